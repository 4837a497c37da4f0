//! Labelled lines: "Issued by: CAC, MIIT", "Legal basis: ...", "Releasing
//! Date: 2025/08/21" about the instrument the slide or paragraph is about;
//! "Secretariat: X" and "International counterpart: ISO/IEC JTC 1/SC 6"
//! about the record's committee. A label's text may go on over the next
//! lines. And the issuers in parentheses after an instrument's name
//! ("Regulations on X (State Council, effective 1 January 2025)").

use super::patterns::*;
use super::{Cat, Hit, LineHits, lines_between};
use crate::extract::{Cx, bodies, dates, instruments, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, Record, RelationKind};

/// The date of a founding label opening a line: "Established: 2011",
/// "**Founded:** 12 May 2004", "成立时间：2011年".
fn established_label(raw: &str) -> Option<crate::model::PartialDate> {
    let t = raw.trim_start_matches(['-', '*', '•', ' ', '\t', '#']);
    let (label, value) = t.split_once([':', '：'])?;
    let label = label
        .trim()
        .trim_end_matches('*')
        .trim()
        .to_ascii_lowercase();
    if !matches!(
        label.as_str(),
        "established"
            | "founded"
            | "date of establishment"
            | "year of establishment"
            | "year established"
            | "成立时间"
            | "成立日期"
            | "成立"
    ) {
        return None;
    }
    let value = value.trim_start_matches(['*', ' ']);
    dates::date_at_start(value, None)
        .map(|d| d.date)
        .or_else(|| super::committee_rules::bare_year(value))
}

/// Reads line `n` of record `r` (which holds a label word and a colon) as
/// a labelled line.
pub(super) fn labelled_line(
    cx: &mut Cx,
    (raw, hits, n): (&str, &[Hit], u32),
    r: &Record,
    by_line: &LineHits,
    (committee, main): (Option<&str>, Option<&EntityRef>),
    year: Option<i32>,
) {
    // Labelled lines ("Issued by: CAC, MIIT", "Legal basis: ...")
    // about the instrument the slide or paragraph is about; the
    // label's text may go on over the next lines.
    // "Secretariat: China Academy of ... (CAICT)" may run over lines.
    if SECRETARIAT_LABEL.is_match(raw)
        && let Some(c) = committee
    {
        let joined = continued(cx, n, r.lines.1);
        let tail = &joined[SECRETARIAT_LABEL.find(&joined).map_or(0, |m| m.end())..];
        if let Some(b) = bodies::find_known(tail).into_iter().next() {
            cx.link(
                (EntityKind::Committee, c.to_owned()),
                RelationKind::Secretariat,
                (b.kind, b.key),
                n,
                &text::strip_markup(&joined),
                false,
            );
        }
    }
    // "International counterpart: ISO/IEC JTC 1/SC 6": the
    // committee the record is about mirrors the ones named.
    if let Some(c) = committee
        && let Some(lab) = MIRROR_LABEL.find(raw)
    {
        let evidence = text::strip_markup(raw);
        for h in hits.iter().filter(|h| {
            h.cat == Cat::Committee
                && h.start >= lab.end()
                && crate::extract::committees::is_international(&h.r.1)
        }) {
            cx.link(
                (EntityKind::Committee, c.to_owned()),
                RelationKind::Mirrors,
                h.r.clone(),
                n,
                &evidence,
                false,
            );
            // ("Counterpart: ISO/TC 377 Gadgets": its title after it.)
            if let Some(title) = raw
                .get(h.end..)
                .and_then(super::committee_rules::committee_title)
            {
                let mut d = EntityDraft::new(EntityKind::Committee, h.r.1.clone(), "");
                d.name = Some(title);
                cx.add(d);
            }
        }
    }
    // "Established: 2011", "成立时间：2011年": when the committee was founded.
    if let Some(c) = committee
        && let Some(date) = established_label(raw)
    {
        let mut e = EntityDraft::new(EntityKind::Committee, c.to_owned(), "");
        e.dates.push(DatedFact {
            date,
            what: "established".into(),
        });
        cx.add(e);
    }
    let labelled = issued_by_label(raw).is_some()
        || LEGAL_BASIS_LABEL.is_match(raw)
        || RELEASE_DATE_LABEL.is_match(raw)
        || EFFECTIVE_DATE_LABEL.is_match(raw);
    if labelled && let Some(m) = local_subject(cx, n, r, by_line).or_else(|| main.cloned()) {
        let joined = continued(cx, n, r.lines.1);
        let evidence = text::strip_markup(&joined);
        if let Some(lab) = issued_by_label(&joined) {
            let tail = &joined[lab.end()..];
            for b in bodies::find_known(tail) {
                cx.link(
                    m.clone(),
                    RelationKind::IssuedBy,
                    (b.kind, b.key),
                    n,
                    &evidence,
                    false,
                );
            }
        }
        if let Some(lab) = LEGAL_BASIS_LABEL.find(&joined) {
            for h in instruments::find_instruments(&joined[lab.end()..]) {
                let mut d = EntityDraft::new(EntityKind::Instrument, h.key.clone(), h.etype);
                d.name = Some(h.name.clone());
                cx.mention(d, n, 0);
                cx.link(
                    m.clone(),
                    RelationKind::LegalBasis,
                    (EntityKind::Instrument, h.key),
                    n,
                    &evidence,
                    false,
                );
            }
        }
        if let Some(lab) = RELEASE_DATE_LABEL.find(&joined)
            && let Some(d) = dates::first_date(&joined[lab.end()..], year)
        {
            let mut e = EntityDraft::new(m.0, m.1.clone(), "");
            e.dates.push(DatedFact {
                date: d.date,
                what: "released".into(),
            });
            if let Some(eff) = EFFECTIVE.find(&joined[lab.end()..])
                && let Some(ed) = dates::first_date(&joined[lab.end() + eff.end()..], year)
            {
                e.dates.push(DatedFact {
                    date: ed.date,
                    what: "effective".into(),
                });
            }
            cx.add(e);
        }
        // "Effective date: D" about an instrument (a standard's is read
        // by the catalogue fields): only before any standard is named in
        // the record, which the label might be about.
        if m.0 == EntityKind::Instrument
            && let Some(lab) = EFFECTIVE_DATE_LABEL.find(&joined)
            && let Some(d) = dates::first_date(&joined[lab.end()..], year).filter(|d| d.start <= 4)
            && !lines_between(by_line, r.lines.0, n)
                .any(|(_, v)| v.iter().any(|h| h.cat == Cat::Standard))
        {
            super::chinese::date_each(cx, std::slice::from_ref(&m), d.date, "effective");
        }
    }
}

/// The instrument a labelled line is about: the nearest line above it (in
/// the same record) that is mostly an instrument's name.
fn local_subject(cx: &Cx, n: u32, r: &Record, by_line: &LineHits) -> Option<EntityRef> {
    let from = r.lines.0.max(n.saturating_sub(15));
    for ln in (from..n).rev() {
        let Some(v) = by_line.get(&ln) else { continue };
        let len = text::strip_markup(cx.doc.line(ln)).len().max(1);
        if let Some(h) = v
            .iter()
            .find(|h| matches!(h.cat, Cat::Instrument { .. }) && (h.end - h.start) * 10 >= len * 6)
        {
            return Some(h.r.clone());
        }
    }
    None
}

/// A labelled line and the lines that continue it (not bullets, not blank,
/// no label of their own), joined with spaces.
fn continued(cx: &Cx, n: u32, last: u32) -> String {
    let mut s = cx.doc.line(n).trim().to_owned();
    for ln in n + 1..=last.min(n + 4) {
        let l = cx.doc.line(ln);
        let t = l.trim_start();
        if t.is_empty() || t.starts_with('-') || t.starts_with('•') || t.contains(':') {
            break;
        }
        s.push(' ');
        s.push_str(t.trim_end());
    }
    s
}

/// "Issuing Authorities: X", "Issued by: X", or "Released by X" opening a
/// line: an issuer label. ("... the Provisions issued by the CAC in March"
/// in a line that holds a colon elsewhere is prose, read by the sentence
/// rules.)
fn issued_by_label(line: &str) -> Option<regex::Match<'_>> {
    ISSUED_BY.find_iter(line).find(|m| {
        m.as_str().ends_with([':', '：'])
            || line[..m.start()]
                .trim_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '-' | '*' | '•' | '_' | '|')
                })
                .is_empty()
    })
}

/// "Regulations on X (State Council, effective 1 January 2025)",
/// "Measures for Y (CAC and MIIT, 2022)": the authorities that open the
/// parentheses right after an instrument's name issued it; so did one
/// right before it ("the MIIT Guidelines for Z").
pub(super) fn parenthetical_issuers(cx: &mut Cx, by_line: &LineHits) {
    let mut links = Vec::new();
    for (&n, v) in by_line {
        let line = cx.doc.line(n);
        for (i, h) in v.iter().enumerate() {
            if !matches!(h.cat, Cat::Instrument { .. }) {
                continue;
            }
            // "the MIIT Guidelines for X", "CAC's Provisions on Y": the
            // authority right before the name.
            if let Some(b) = i.checked_sub(1).map(|j| &v[j])
                && b.cat == Cat::Body
                && b.r.0 == EntityKind::Authority
                && matches!(line.get(b.end..h.start), Some(" " | "'s " | "’s "))
            {
                links.push((h.r.clone(), b.r.clone(), n, h.start));
            }
            let rest = &line[h.end..];
            let Some(inner) = rest.strip_prefix(" (").or_else(|| rest.strip_prefix('(')) else {
                continue;
            };
            // A list of authorities from the parenthesis on, joined by
            // list words, up to a comma, a semicolon or the parenthesis' end.
            let mut at = line.len() - inner.len();
            let mut issuers = Vec::new();
            // (Names inside the instrument's own name come before the
            // parenthesis: "Key Points for the National Technical Committee
            // on X (...)".)
            for x in v[i + 1..].iter().filter(|x| x.start >= h.end) {
                let Some(gap) = line.get(at..x.start) else {
                    break;
                };
                let joins = issuers.is_empty() && gap.is_empty()
                    || !issuers.is_empty() && matches!(gap, " and " | " & " | "、" | "/");
                if x.cat != Cat::Body || x.r.0 != EntityKind::Authority || !joins {
                    break;
                }
                issuers.push(x.r.clone());
                at = x.end;
            }
            // The list must end the parenthesis' first part.
            let after = line.get(at..).unwrap_or("").trim_start();
            let ends = after.starts_with([',', ')', ';'])
                || after.starts_with("and ") && after.contains("other");
            if ends {
                for b in issuers {
                    links.push((h.r.clone(), b, n, h.start));
                }
            }
        }
    }
    for (inst, body, n, s) in links {
        cx.link_at(inst, RelationKind::IssuedBy, body, n, s, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn founding_labels() {
        let y = |s: &str| established_label(s).map(|d| d.to_string());
        assert_eq!(y("Established: 2011"), Some("2011".into()));
        assert_eq!(y("**Founded:** 12 May 2004"), Some("2004-05-12".into()));
        assert_eq!(y("成立时间：2011年"), Some("2011".into()));
        assert_eq!(y("Established in 2011 by SAC"), None);
        assert_eq!(y("Scope: founded 2011"), None);
    }
}
