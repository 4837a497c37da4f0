//! The facts a line states around a standard's code — its stage, its
//! dates (or a date relative to its release, or "on the same day as the
//! Measures"), the instrument a "Supporting Documents:" list supports, the
//! committee an item's note names — and what replaces what: a standard the
//! codes after "Replace" ("This document replaces GB/T 1-2017"), an
//! instrument an earlier one ("Once adopted, it will replace the Interim
//! Provisions on X"), repealed instruments.

use super::deadlines::open_for_comments;
use super::{Line, RecordCx, Walk};
use crate::extract::links::patterns::*;
use crate::extract::links::referred::refers_back;
use crate::extract::links::standards::{
    effective_alongside, effective_lag, instrument_at, instrument_replaces, replaces,
    standard_dates, standard_status,
};
use crate::extract::links::subjects::{shared_clause, this_document};
use crate::extract::links::{Cat, subjects};
use crate::extract::{Cx, codes, sentence_bounds, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, RelationKind};

/// "Once adopted, it will replace the Interim Provisions on X": an
/// instrument replaces an earlier one ("A revision of the X Law" amends
/// it: only "replace" here); "The Interim Measures ... were repealed and
/// replaced by the Measures for X"; "The Interim Provisions on X are
/// repealed at the same time". `replace_word`: the line holds a word of
/// replacing.
pub(super) fn instrument_replacements(cx: &mut Cx, rc: &RecordCx, line: &Line, replace_word: bool) {
    let Line {
        raw,
        n,
        hits,
        replace_at,
        ..
    } = *line;
    let main = rc.main.as_ref();
    let names_standards = hits.iter().any(|h| h.cat == Cat::Standard);
    if let Some(p) = replace_at
        && !names_standards
        && raw[p..]
            .get(..6)
            .is_some_and(|w| w.eq_ignore_ascii_case("replac") || w.eq_ignore_ascii_case("supers"))
    {
        instrument_replaces(cx, raw, hits, p, main, n);
    } else if replace_word
        && !names_standards
        && let Some(p) = replaced_by(raw)
    {
        instrument_replaces(cx, raw, hits, p, main, n);
    }
    if replace_word {
        crate::extract::links::repeals::repeals(cx, raw, hits, main, n, rc.year);
    }
}

/// Where "replaced by" or "superseded by" starts on a line, if it does.
fn replaced_by(raw: &str) -> Option<usize> {
    ["replaced by ", "superseded by "]
        .iter()
        .find_map(|w| raw.find(w))
}

impl Walk {
    /// The stage and dates stated around each standard the line names (a
    /// list item takes its list's), its committee noted in the item, and
    /// the instrument a supporting list's items support.
    pub(super) fn standard_facts(&mut self, cx: &mut Cx, rc: &RecordCx, line: &Line) {
        let Line {
            raw,
            n,
            hits,
            bullet,
            ..
        } = *line;
        let standards = &line.standards;
        let year = rc.year;
        let status = self.status;
        // (How many of the line's standards are no international ones.)
        let national = standards
            .iter()
            .filter(|h| !codes::is_international(&h.r.1))
            .count();
        for (i, s) in standards.iter().enumerate() {
            // An international standard a national one adopts ("..., which
            // adopts ITU-T X.1060") takes none of its facts.
            if codes::is_international(&s.r.1) && ADOPT.find(&raw[..s.start]).is_some() {
                continue;
            }
            let mut d = EntityDraft::new(EntityKind::Standard, s.r.1.clone(), "");
            if status.is_some() && bullet {
                d.status = status.map(str::to_owned);
            }
            let (a, b) = sentence_bounds(raw, s.start);
            let sent = &raw[a..b];
            if d.status.is_none() {
                d.status = standard_status(sent, s.start - a).map(str::to_owned);
            }
            // The text that is about this standard alone ends at the next
            // standard's code.
            let own_end = standards
                .get(i + 1)
                .map_or(b, |nx| nx.start.clamp(s.end, b))
                - a;
            d.dates = standard_dates(sent, (s.end - a, own_end), year);
            // ("... and will take effect six months after its release":
            // dated once its release date is known.)
            if let Some(lag) = effective_lag(sent, (s.end - a, own_end)) {
                cx.lags.push((s.r.clone(), lag));
            }
            // ("... will take effect on the same day as the Measures": the
            // instrument named there, or the one "the Measures" refers back
            // to.)
            if let Some(at) = effective_alongside(sent, (s.end - a, own_end))
                && let Some(i) = instrument_at(cx, raw, hits, a + at, rc.main.as_ref())
            {
                cx.alongside.push((s.r.clone(), i, "effective"));
            }
            // "X and Y for approval; both were published on D": a clause
            // after the last code about all of them.
            if let Some(k) = shared_clause(sent, standards, (a, b)) {
                for f in standard_dates(sent, (k, sent.len()), year) {
                    if !d.dates.iter().any(|g| g.what == f.what) {
                        d.dates.push(f);
                    }
                }
            }
            if bullet
                && matches!(status, Some("published" | "approved"))
                && let Some(date) = self.list_released
                && !d.dates.iter().any(|f| f.what == "released")
            {
                d.dates.push(DatedFact {
                    date,
                    what: "released".into(),
                });
            }
            // ("On the same day, SAMR published GB X": the date before.)
            if !d.dates.iter().any(|f| f.what == "released")
                && matches!(d.status.as_deref(), Some("published" | "approved"))
                && let Some(date) =
                    crate::extract::links::same_day::same_day(cx, (n, a), sent, year)
            {
                d.dates.push(DatedFact {
                    date,
                    what: "released".into(),
                });
            }
            if bullet
                && let Some(date) = self.list_effective
                && !d.dates.iter().any(|f| f.what == "effective")
                && !codes::is_international(&s.r.1)
            {
                d.dates.push(DatedFact {
                    date,
                    what: "effective".into(),
                });
            }
            if open_for_comments(d.status.as_deref()) {
                self.for_comments.push(s.r.clone());
            }
            if d.status.is_some() || !d.dates.is_empty() {
                cx.add(d);
            }
            // (An international standard it adopts aside.)
            if bullet && national == 1 && !codes::is_international(&s.r.1) {
                crate::extract::links::standards::noted_committee(cx, raw, hits, s, n);
            }
            if self.supporting
                && let Some(m) = self.supported.as_ref().or(rc.main.as_ref())
            {
                cx.link(
                    s.r.clone(),
                    RelationKind::Supports,
                    m.clone(),
                    n,
                    &text::strip_markup(sent),
                    false,
                );
            }
        }
    }

    /// What the standards after "Replace" are replaced by: the line's
    /// standard, the record's ("This document replaces GB/T 1-2017"), the
    /// one the text is titled with, or the one named last.
    pub(super) fn replacements(&mut self, cx: &mut Cx, rc: &RecordCx, line: &Line) {
        let Line {
            raw,
            n,
            hits,
            replace_at,
            ..
        } = *line;
        let replaced = &line.replaced;
        if let Some(first) = line.standards.first() {
            if let Some(p) = replace_at {
                // "This document replaces GB/T 1-2017": every code on the
                // line is an old one; the new one is the record's.
                // (Named again after: "Compared with GB/T 1-2017, ...".)
                let olds: Vec<&EntityRef> = hits
                    .iter()
                    .zip(replaced)
                    .filter(|(_, old)| **old)
                    .map(|(h, _)| &h.r)
                    .collect();
                let all_old = hits
                    .iter()
                    .all(|h| h.cat != Cat::Standard || olds.contains(&&h.r));
                let own = (all_old && refers_back(raw, p))
                    .then(|| subjects::record_standard(cx, rc.by_line, rc.r))
                    .flatten()
                    .map(|(s, _)| s);
                replaces(cx, own.as_ref().unwrap_or(&first.r), raw, hits, replaced, n);
            }
            self.last_standard = Some(first.r.clone());
        } else if let Some(p) = replace_at {
            // "This document replaces GB/T X": the standard the text is
            // titled with, not the one named last.
            // ("《X》……，代替GB 1-2018": the standard titled X.)
            let own = this_document(raw, p)
                .then(|| subjects::titled_standard(cx, rc.by_line, rc.r))
                .flatten()
                .map(|(s, _)| s)
                .or_else(|| subjects::title_subject(cx, raw, p));
            if let Some(s) = own.or_else(|| self.last_standard.clone()) {
                replaces(cx, &s, raw, hits, replaced, n);
            }
        }
    }
}
