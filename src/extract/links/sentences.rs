//! Rules that read one sentence: who issued an instrument and when, when it
//! takes effect, what it rests on (`legal_basis`), what supports it, what
//! amends it, which committee mirrors which and who holds a secretariat.

use super::committee_rules::{Sentence, committee_sentence};
use super::patterns::*;
use super::standards;
use super::subjects::{
    collective_subject, earlier_standards, implausible, list_above, one_standard, opening_head,
    plural_standards, pronoun_standards, record_standard, referred_instrument, refers_to,
    refers_to_a_standard, relative_gap, standards_after, standards_before, topic_standard,
    unique_instrument_with,
};
use super::{Cat, Hit, LineHits, lines_between};
use crate::extract::lag::{Lag, alongside, lag_after};
use crate::extract::{Cx, dates, sentence_bounds, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, Record, RelationKind};

#[allow(clippy::too_many_arguments)]
pub(super) fn sentence_links(
    cx: &mut Cx,
    cues: &regex::SetMatches,
    raw: &str,
    hits: &[Hit],
    n: u32,
    main: Option<&EntityRef>,
    committee: Option<&str>,
    year: Option<i32>,
    standards: &[&Hit],
    by_line: &LineHits,
    r: &Record,
) {
    let mut pos = 0;
    while pos < raw.len() {
        let (a, b) = sentence_bounds(raw, pos);
        let b = b.max(a + 1).min(raw.len());
        pos = b + 1;
        let sent = &raw[a..b];
        let in_sent: Vec<&Hit> = hits.iter().filter(|h| h.start >= a && h.end <= b).collect();
        // A sentence that names nothing can only date the record's
        // instrument it refers back to ("The Measures will take effect on
        // 1 July 2027.", "The amended law will take effect ...").
        // "They come into force on ..." after a sentence naming two or more
        // standards on this line: those standards.
        let mut they = pronoun_standards(raw, (a, sent), standards, hits);
        // ("- GB/T 1 ...\n- GB/T 2 ...\nThey will be implemented from D.":
        // the list right above a line that opens with "They".)
        // ("All three were released on D and support the X": so many of
        // that list.)
        if they.is_empty()
            && a == 0
            && let Some(count) = collective_subject(sent)
        {
            they = list_above(cx, by_line, r, n);
            // (Or a paragraph above naming them: "X issued GB/T 1 ... and
            // GB/T 2 ....\n\nThey support the Y.")
            if they.is_empty() {
                they = earlier_standards(cx, by_line, r, (n, a), standards, count);
            }
            if let Some(c) = count.filter(|c| they.len() > c.n()) {
                they = c.pick(they);
            }
        }
        // ("... two standards: GB/T 1-2029 X, and GB/T 2-2029 Y. Both were
        // released on D ...": the standards of the sentence before, on the
        // same line, when it names at least as many as counted.)
        if they.is_empty()
            && a > 0
            && let Some(count) = collective_subject(sent)
        {
            they = earlier_standards(cx, by_line, r, (n, a), standards, count);
        }
        // ("Chinese authorities on Tuesday unveiled a set of rules": an
        // instrument issued unnamed, named in a sentence after.)
        let unnamed_at_large =
            || cues.matched(CUE_ISSUE) && super::issued::authorities_at_large(sent);
        if in_sent.is_empty()
            && !unnamed_at_large()
            && !(cues.matched(CUE_EFFECTIVE)
                && (referred_instrument(cx, sent, main).is_some()
                    || !they.is_empty()
                    || plural_standards(sent)
                    || one_standard(sent)
                    || topic_standard(cx, by_line, r, (n, a), sent).is_some()))
        {
            continue;
        }
        let ev = std::cell::OnceCell::new();
        let evidence = || ev.get_or_init(|| text::strip_markup(sent)).clone();
        let rel = |h: &Hit| h.start - a;
        let instruments: Vec<&&Hit> = in_sent
            .iter()
            .filter(|h| matches!(h.cat, Cat::Instrument { .. }))
            .collect();
        // The line's standards (codes after "Replace" left out) in this sentence.
        let sent_standards: Vec<&&Hit> = standards
            .iter()
            .filter(|h| h.start >= a && h.end <= b)
            .collect();
        // A sentence about standards without their codes ("Both standards
        // will take effect ...") does not date the record's instrument.
        // (Read only when that rule needs it.)
        let about_standards = || {
            !sent_standards.is_empty() || !they.is_empty() || {
                let l = sent.to_ascii_lowercase();
                l.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == "standard" || w == "standards")
            }
        };
        // "All three were released by SAMR and SAC on D": the list's
        // release dates (and withdrawal, comment deadline; effective dates
        // below).
        if !they.is_empty() && sent_standards.is_empty() {
            for f in standards::standard_dates(sent, (0, sent.len()), year) {
                if f.what != "effective" {
                    for s in &they {
                        let mut x = EntityDraft::new(s.0, s.1.clone(), "");
                        x.dates.push(f.clone());
                        cx.add(x);
                    }
                }
            }
        }
        let sentence = Sentence {
            text: sent,
            at: a,
            hits: &in_sent,
            line_hits: hits,
            n,
        };
        let issuers: Vec<&&Hit> = in_sent
            .iter()
            .filter(|h| matches!(h.cat, Cat::Body | Cat::Committee))
            .collect();

        if cx.unnamed_issue.is_some() || cues.matched(CUE_ISSUE) && instruments.is_empty() {
            super::issued::unnamed_issue(
                cx,
                &sentence,
                (&instruments, &issuers),
                (r.ordinal, year),
                &evidence,
            );
        }
        if cues.matched(CUE_ISSUE) {
            super::issued::issue_links(
                cx,
                &sentence,
                &instruments,
                &issuers,
                main,
                year,
                &evidence,
            );
        }
        // Effective dates of instruments: "effective January 1, 2026".
        // (Or relative to the release: "... will take effect six months
        // after its release", dated once the release date is known.)
        if cues.matched(CUE_EFFECTIVE)
            && let Some(e) = EFFECTIVE.find(sent)
            && let Some((when, d_end)) = dates::first_date(&sent[e.end()..], year)
                .filter(|d| d.start < 30)
                .map(|d| (When::On(d.date), d.end))
                .or_else(|| lag_after(&sent[e.end()..]).map(|(l, len)| (When::After(l), len)))
                .or_else(|| {
                    // ("It will take effect on the same day as the Measures".)
                    let k = alongside(&sent[e.end()..])?;
                    let at = a + e.end() + k;
                    let other = standards::instrument_at(cx, raw, hits, at, main)?;
                    Some((When::With(other), k))
                })
        {
            if let When::On(date) = when {
                implausible(cx, &sent[..e.start()], e.as_str(), date, n, &evidence());
            }
            // Not an instrument named as the basis or the supported one
            // ("The Measures were formulated in accordance with the X Law
            // and will take effect ...": the Measures take effect).
            let objects_from = [&*LEGAL_BASIS_PHRASE, &*SUPPORT_PHRASE]
                .iter()
                .filter_map(|p| p.find(&sent[..e.start()]).map(|m| m.start()))
                .min()
                .unwrap_or(e.start());
            // "... builds on the X Regulations, which took effect on D": the
            // instrument the relative clause follows.
            // (Or set off right after it: "the X Measures, effective 1
            // September 2025, together with GB ...".)
            let which = instruments.iter().rev().find(|h| {
                rel(h) + (h.end - h.start) <= e.start() && {
                    let gap = &sent[rel(h) + (h.end - h.start)..e.start()];
                    relative_gap(gap) || gap.trim() == ","
                }
            });
            let subject = which
                .or_else(|| instruments.iter().rev().find(|h| rel(h) < objects_from))
                .map(|h| h.r.clone())
                .or_else(|| {
                    // ("The Measures will take effect ..." in a record that
                    // first names other guidelines: the Measures.)
                    if about_standards() {
                        None
                    } else if opening_head(sent).is_some() {
                        referred_instrument(cx, sent, main)
                    } else {
                        main.cloned()
                    }
                });
            // "Both standards will take effect on ...": the standards
            // named before, when the sentence names no instrument.
            let before = &sent[..e.start()];
            let subjects = if !they.is_empty() && sent_standards.is_empty() {
                they.clone()
            } else if sent_standards.is_empty() && subject.is_none() && plural_standards(before) {
                // (None named yet: the list that follows, "The standards
                // will be implemented from D. Selected standards: ...".)
                let mut named = standards_before(cx, by_line, r, n, a);
                if named.is_empty() {
                    named = standards_after(cx, by_line, r, n);
                }
                named.into_iter().map(|(s, _)| s).collect()
            } else if sent_standards.is_empty()
                && subject.is_none()
                && let Some(t) = topic_standard(cx, by_line, r, (n, a), sent)
            {
                // "The blockchain standard will take effect on ...".
                vec![t]
            } else if sent_standards.is_empty() && subject.is_none() && one_standard(before) {
                // "The standard ... will be implemented on ...": the one
                // standard the record names.
                let mut one = standards_before(cx, by_line, r, n, a);
                one.dedup_by(|x, y| x.0 == y.0);
                // (The international standard it adopts is not "the
                // standard" taking effect.)
                let intl = |s: &(EntityRef, u32)| crate::extract::codes::is_international(&s.0.1);
                if one.iter().any(|s| !intl(s)) {
                    one.retain(|s| !intl(s));
                }
                if one.len() == 1 {
                    vec![one.remove(0).0]
                } else {
                    Vec::new()
                }
            } else {
                // (A relative clause names its subject even when the
                // sentence goes on to name standards.)
                // (So does one whose standards all come after the date:
                // "The X Measures ... entered into force on D; GB Y is
                // their supporting standard".)
                let date_end = e.end() + d_end;
                subject
                    .filter(|_| {
                        sent_standards.is_empty()
                            || which.is_some()
                            || sent_standards.iter().all(|h| rel(h) >= date_end)
                    })
                    .into_iter()
                    .collect::<Vec<_>>()
            };
            for s in subjects {
                match &when {
                    When::On(date) => {
                        let mut x = EntityDraft::new(s.0, s.1, "");
                        x.dates.push(DatedFact {
                            date: *date,
                            what: "effective".into(),
                        });
                        cx.add(x);
                    }
                    When::After(lag) => cx.lags.push((s, *lag)),
                    When::With(other) => {
                        if *other != s {
                            cx.alongside.push((s, other.clone(), "effective"));
                        }
                    }
                }
            }
        }
        // Legal basis: "in accordance with the Cryptography Law".
        // "The X Law and the Y Law are the legal basis of the Z Measures":
        // the other way round.
        let legal = cues
            .matched(CUE_LEGAL)
            .then(|| LEGAL_BASIS_PHRASE.find(sent))
            .flatten();
        let reversed = legal.filter(|p| {
            p.as_str().eq_ignore_ascii_case("legal basis")
                && [" of ", " for "]
                    .iter()
                    .any(|w| sent[p.end()..].starts_with(w))
        });
        if let Some(p) = reversed {
            if let Some(subject) = instruments.iter().find(|h| rel(h) >= p.end()) {
                for l in instruments
                    .iter()
                    .filter(|h| rel(h) < p.start() && h.cat == Cat::Instrument { law: true })
                {
                    cx.link(
                        subject.r.clone(),
                        RelationKind::LegalBasis,
                        l.r.clone(),
                        n,
                        &evidence(),
                        false,
                    );
                }
            }
        } else if let Some(p) = legal {
            // The laws after the phrase, and the instruments listed with
            // the first one named right after it ("formulated under the X
            // Law and the Provisions on Y").
            let mut laws: Vec<&&Hit> = instruments
                .iter()
                .filter(|h| rel(h) >= p.end() && h.cat == Cat::Instrument { law: true })
                .copied()
                .collect();
            let mut at = p.end();
            for h in instruments.iter().filter(|h| rel(h) >= p.end()) {
                let gap = sent[at..rel(h)].replace(" the ", " ");
                let first = at == p.end();
                if !(first && matches!(gap.trim(), "" | "the") || !first && text::is_list_gap(&gap))
                {
                    break;
                }
                if !laws.iter().any(|l| std::ptr::eq(**l, **h)) {
                    laws.push(h);
                }
                at = rel(h) + (h.end - h.start);
            }
            // Else the record's instrument — unless the sentence refers
            // back to another ("The Provisions are based on ..." in a record
            // about a law): the document's one instrument of that kind.
            // ("To implement the X Plan, SAC released the Y Guidelines":
            // the instrument after the clause the phrase opens.)
            let opener = sent[..p.start()].trim().is_empty();
            let subject = instruments
                .iter()
                .find(|h| rel(h) < p.start())
                .or_else(|| {
                    instruments
                        .iter()
                        .filter(|_| opener)
                        .find(|h| rel(h) >= at && sent[at..rel(h)].contains(','))
                })
                .map(|h| h.r.clone())
                .or_else(|| {
                    if !sent_standards.is_empty() {
                        // "The Guidelines are supported by GB/T X, ..., and
                        // were developed in line with the Y Law": the
                        // instrument the sentence opens with, when the
                        // phrase is its second verb's, no relative clause's.
                        let before = sent[..p.start()].trim_end();
                        let second_verb = [" and were", " and was", " and are", " and is"]
                            .iter()
                            .any(|v| before.ends_with(v));
                        return second_verb
                            .then(|| referred_instrument(cx, sent, main))
                            .flatten();
                    }
                    match opening_head(sent) {
                        Some(head) if !main.is_some_and(|m| refers_to(cx, sent, m)) => {
                            unique_instrument_with(cx, head)
                        }
                        _ => main.cloned(),
                    }
                })
                .filter(|s| !laws.iter().any(|l| l.r == *s));
            // (What an instrument implements that is no law or
            // regulation, "implement the X Plan", it supports.)
            let implements = p.as_str().to_ascii_lowercase().contains("implement");
            if let Some(s) = subject {
                for l in laws {
                    let kind = if implements && l.cat == (Cat::Instrument { law: false }) {
                        RelationKind::Supports
                    } else {
                        RelationKind::LegalBasis
                    };
                    cx.link(s.clone(), kind, l.r.clone(), n, &evidence(), false);
                }
            } else if let Some(st) = sent_standards.first() {
                // A standard "aligns with the Data Security Law": it supports it.
                for l in laws {
                    cx.link(
                        st.r.clone(),
                        RelationKind::Supports,
                        l.r.clone(),
                        n,
                        &evidence(),
                        true,
                    );
                }
            }
        }
        // Supports: "to support the Measures ...", "implements the requirements in ...".
        // "The Measures are supported by GB/T X and TC260-003": the codes
        // after the phrase support the instrument before it (or the record's,
        // referred back to).
        let support = cues
            .matched(CUE_SUPPORT)
            .then(|| SUPPORT_PHRASE.find(sent))
            .flatten();
        if let Some(p) = support.filter(|p| p.as_str().eq_ignore_ascii_case("supported by")) {
            let target = instruments
                .iter()
                .rev()
                .find(|h| rel(h) < p.start())
                .map(|h| h.r.clone())
                .or_else(|| main.filter(|m| refers_to(cx, sent, m)).cloned());
            if let Some(t) = target {
                for s in sent_standards.iter().filter(|h| rel(h) > p.end()) {
                    cx.link(
                        s.r.clone(),
                        RelationKind::Supports,
                        t.clone(),
                        n,
                        &evidence(),
                        false,
                    );
                }
            }
        } else if let Some(p) = support {
            let mut targets: Vec<EntityRef> = instruments
                .iter()
                .filter(|h| rel(h) >= p.end())
                .map(|h| h.r.clone())
                .collect();
            // "To support the Measures, ...": the record's instrument.
            // ("... that implement the amended law": the law it amends.)
            let back = targets
                .is_empty()
                .then(|| BACK_REFERENCE.captures(&sent[p.end()..]))
                .flatten();
            if let Some(c) = &back
                && let Some(m) = main.filter(|m| m.0 == EntityKind::Instrument)
            {
                let amended = c.name("amended").is_some().then(|| {
                    cx.relations
                        .iter()
                        .find(|x| {
                            x.kind == RelationKind::Amends
                                && matches!(&x.from, crate::model::builder::DraftNode::Entity(e) if e == m)
                        })
                        .map(|x| x.to.clone())
                });
                match amended {
                    Some(Some(law)) => targets.push(law),
                    _ if m
                        .1
                        .to_ascii_lowercase()
                        .contains(c["head"].to_ascii_lowercase().trim_end_matches('s')) =>
                    {
                        targets.push(m.clone());
                    }
                    _ => {}
                }
            }
            // (Else the one instrument of the document so far with that
            // word: "supports the Measures" in a record about no instrument.)
            if targets.is_empty()
                && let Some(c) = &back
                && c.name("amended").is_none()
                && let Some(u) = unique_instrument_with(cx, &c["head"])
            {
                targets.push(u);
            }
            if !targets.is_empty() {
                // Subjects: codes in the sentence, else the list that follows,
                // else the standard the record is about. (Codes after the
                // verb are its objects too — "The guide supports the
                // Measures and GB 1-2025" — unless the sentence opens with
                // it: "To support the Measures, TC260 released GB/T 2".)
                let opener = sent[..p.start()].trim().is_empty();
                let first_target = targets
                    .first()
                    .and_then(|t| instruments.iter().find(|h| h.r == *t))
                    .map_or(p.end(), |h| rel(h));
                let mut subjects: Vec<(EntityRef, u32)> = sent_standards
                    .iter()
                    .filter(|h| rel(h) < p.start() || opener && rel(h) > first_target)
                    .map(|h| (h.r.clone(), n))
                    .collect();
                // "The guide supports ...": the standard the record is about.
                // ("The ledger standard supports ...": the one so titled.)
                if subjects.is_empty() && !opener {
                    if let Some(t) = topic_standard(cx, by_line, r, (n, a), sent) {
                        subjects.push((t, n));
                    } else if refers_to_a_standard(&sent[..p.start()])
                        && let Some(own) = record_standard(cx, by_line, r)
                    {
                        subjects.push(own);
                    }
                }
                let objects_only = !sent_standards.is_empty() && subjects.is_empty() && !opener;
                // ("All three ... support the X": the list above.)
                if subjects.is_empty() && !objects_only {
                    subjects.extend(they.iter().map(|t| (t.clone(), n)));
                }
                if subjects.is_empty() && !objects_only {
                    for (ln, v) in lines_between(by_line, n + 1, (n + 8).min(r.lines.1)) {
                        let l = cx.doc.line(*ln).trim_start();
                        // (Or a numbered list: "1. GB/T ...".)
                        let numbered = {
                            let d =
                                l.len() - l.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                            d > 0 && d <= 3 && l[d..].starts_with(['.', ')'])
                        };
                        if !(l.starts_with('-')
                            || l.starts_with('•')
                            || l.starts_with('*')
                            || numbered
                            || l.is_empty())
                        {
                            break;
                        }
                        subjects.extend(
                            v.iter()
                                .filter(|h| h.cat == Cat::Standard)
                                .map(|h| (h.r.clone(), *ln)),
                        );
                    }
                }
                if subjects.is_empty() && !objects_only {
                    // "The standards ... support": every standard named
                    // before in the record; else the one it is about.
                    // (Not when bodies are the subject: "CEN and CENELEC
                    // presented the request M/606 in support of the X Act".)
                    // (Nor an instrument: "The plan supports the Opinions".)
                    let bodies_act = issuers.iter().any(|h| rel(h) < p.start())
                        || instruments.iter().any(|h| rel(h) < p.start())
                        || opening_head(sent).is_some();
                    if plural_standards(&sent[..p.start()]) {
                        subjects.extend(standards_before(cx, by_line, r, n, a));
                    } else if !bodies_act
                        // (A plural subject it could not place, "They
                        // support ...", is not the record's one standard.)
                        && collective_subject(sent).is_none()
                        && let Some(own) = record_standard(cx, by_line, r)
                    {
                        subjects.push(own);
                    }
                }
                for (s, _) in &subjects {
                    for t in &targets {
                        cx.link(
                            s.clone(),
                            RelationKind::Supports,
                            t.clone(),
                            n,
                            &evidence(),
                            false,
                        );
                    }
                }
            }
        }
        // "... the Measures. TC260 published the supporting practice guide
        // TC260-PG-20261A": the codes after it support the instrument named
        // before in the sentence, else the record's.
        // ("It is the supporting standard for the X Measures": the other
        // way round, the instrument right after "for".)
        let supporting = cues
            .matched(CUE_SUPPORTING)
            .then(|| SUPPORTING.find(sent))
            .flatten();
        let supported = supporting.and_then(|p| {
            let after = sent[p.end()..].trim_start();
            let skip = sent.len() - after.len();
            ["for ", "of ", "to "]
                .iter()
                .any(|w| after.starts_with(w))
                .then(|| {
                    instruments
                        .iter()
                        .find(|h| rel(h) >= skip && rel(h) <= skip + 12)
                })
                .flatten()
                .map(|h| (p, h.r.clone()))
        });
        if let Some((p, t)) = supported {
            let mut subjects: Vec<EntityRef> = sent_standards
                .iter()
                .filter(|h| rel(h) < p.start())
                .map(|h| h.r.clone())
                .collect();
            if subjects.is_empty() && refers_to_a_standard(&sent[..p.start()]) {
                subjects = if they.is_empty() {
                    record_standard(cx, by_line, r)
                        .map(|(s, _)| s)
                        .into_iter()
                        .collect()
                } else {
                    they.clone()
                };
            }
            for s in subjects {
                cx.link(s, RelationKind::Supports, t.clone(), n, &evidence(), false);
            }
        } else if let Some(p) = supporting {
            let target = instruments
                .iter()
                .rev()
                .find(|h| rel(h) < p.start())
                .map(|h| h.r.clone())
                .or_else(|| main.filter(|m| m.0 == EntityKind::Instrument).cloned());
            // ("... the Measures X; GB 45438-2025 is their supporting
            // standard": a standard right before "is/are/as their supporting
            // standard" is one.)
            let before = sent_standards
                .iter()
                .rfind(|h| rel(h) < p.start())
                .filter(|h| {
                    let end = (h.end - a).min(p.start());
                    let gap = sent[end..p.start()].trim();
                    gap.len() <= 24
                        && gap.split_whitespace().next().is_some_and(|w| {
                            matches!(
                                w,
                                "is" | "are" | "as" | "serves" | "serve" | "becomes" | "became"
                            )
                        })
                });
            if let Some(t) = target {
                for s in sent_standards
                    .iter()
                    .filter(|h| rel(h) >= p.end())
                    .chain(before)
                {
                    cx.link(
                        s.r.clone(),
                        RelationKind::Supports,
                        t.clone(),
                        n,
                        &evidence(),
                        false,
                    );
                }
            }
        }
        // Organizers: "Organized by TC260 and co-hosted by CESI".
        if cues.matched(CUE_ORGANIZED) {
            super::organizers::organizers(cx, &sentence, by_line, r, &evidence);
        }
        // Developed by: "GB/T X ... was drafted by SAC/TC114".
        if cues.matched(CUE_DEVELOPED) {
            super::developed::developed_by(cx, &sentence, &sent_standards, by_line, r, &evidence);
        }
        // Drafters and proposers: "drafted by A and B", "This document was
        // proposed by X", "A participated in the drafting of GB/T X".
        if cues.matched(CUE_DEVELOPED) || cues.matched(CUE_DRAFTING) {
            super::drafters::drafters(cx, &sentence, &sent_standards, (by_line, r), &evidence);
        }
        // Amends: "a draft amendment of Cybersecurity Law".
        if cues.matched(CUE_AMEND) {
            super::amendments::amendment(cx, (sent, a), &instruments, main, n, year, &evidence);
        }
        committee_sentence(cx, cues, &sentence, committee, &evidence);
    }
}

/// When a sentence says something takes effect: on a date, some time after
/// its release, or with another instrument.
enum When {
    On(crate::model::PartialDate),
    After(Lag),
    With(EntityRef),
}
