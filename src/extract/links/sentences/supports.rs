//! What supports an instrument, read from one sentence: "to support the
//! Measures ...", "implements the requirements in ...", "The Measures are
//! supported by GB/T X and TC260-003", "TC260 published the supporting
//! practice guide TC260-PG-20261A", "It is the supporting standard for the
//! X Measures".

use super::Said;
use crate::extract::Cx;
use crate::extract::links::patterns::*;
use crate::extract::links::subjects::{
    collective_subject, opening_head, plural_standards, record_standard, refers_to,
    refers_to_a_standard, standards_before, topic_standard, unique_instrument_with,
};
use crate::extract::links::{Cat, Hit, lines_between};
use crate::model::builder::EntityRef;
use crate::model::{EntityKind, RelationKind};

/// "to support the Measures ...", "implements the requirements in ...":
/// the codes before the phrase (else the list that follows, else the
/// standard the record is about) support the instruments after it.
/// "The Measures are supported by GB/T X and TC260-003": the codes after
/// the phrase support the instrument before it (or the record's, referred
/// back to).
pub(super) fn support_phrase(cx: &mut Cx, s: &Said) {
    let Said {
        sent,
        at: a,
        n,
        instruments,
        sent_standards,
        issuers,
        they,
        main,
        by_line,
        r,
        ..
    } = *s;
    let rel = |h: &Hit| s.rel(h);
    let evidence = s.evidence;
    let support = SUPPORT_PHRASE.find(sent);
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
                        let d = l.len() - l.trim_start_matches(|c: char| c.is_ascii_digit()).len();
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
}

/// "... the Measures. TC260 published the supporting practice guide
/// TC260-PG-20261A": the codes after it support the instrument named before
/// in the sentence, else the record's.
/// ("It is the supporting standard for the X Measures": the other way
/// round, the instrument right after "for".)
pub(super) fn supporting_word(cx: &mut Cx, s: &Said) {
    let Said {
        sent,
        at: a,
        n,
        instruments,
        sent_standards,
        they,
        main,
        by_line,
        r,
        ..
    } = *s;
    let rel = |h: &Hit| s.rel(h);
    let evidence = s.evidence;
    let supporting = SUPPORTING.find(sent);
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
                they.to_vec()
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
}
