//! Who developed a standard: "GB/T X ... was drafted by SAC/TC114", "Both
//! standards were developed by SAC/TC114/SC27", "The standard was developed
//! under the National Technical Committee on X (SAC/TC 485)", "..., and
//! QC/T 2-2026 under SAC/TC 114".

use super::committee_rules::Sentence;
use super::patterns::DEVELOPED_BY;
use super::subjects::{
    code_family, counted_standards, plural_standards, record_standard, refers_to_a_standard,
    standards_before, topic_standard,
};
use super::{Cat, Hit, LineHits};
use crate::extract::{Cx, sentence_bounds, text};
use crate::model::builder::EntityRef;
use crate::model::{Record, RelationKind};
use regex::Regex;
use std::sync::LazyLock;

/// `developed_by` links from sentence `s` (whose cue matched): the
/// committees after the verb developed the standards before it, else the
/// ones it refers to.
pub(super) fn developed_by(
    cx: &mut Cx,
    s: &Sentence,
    sent_standards: &[&&Hit],
    by_line: &LineHits,
    r: &Record,
    evidence: &dyn Fn() -> String,
) {
    let (sent, a, n, in_sent) = (s.text, s.at, s.n, s.hits);
    let rel = |h: &Hit| h.start - a;
    // Developed by: "GB/T X ... was drafted by SAC/TC114", "Both
    // standards were developed by SAC/TC114/SC27".
    // (Or its full name first: "under the National Technical
    // Committee on X (SAC/TC 485)".)
    // (A full name may hold commas: "the National Technical Committee on
    // Audio, Video, Multimedia and Equipment (SAC/TC 242)".)
    let full_name_first = |p: usize, h: &&&Hit| {
        sent.get(p..rel(h)).is_some_and(|gap| {
            let g = gap.trim_end();
            let named = g
                .trim_start()
                .trim_start_matches("the ")
                .starts_with("National ");
            (g.ends_with('(') || g.ends_with('（'))
                && g.contains("Committee")
                && !g.contains([';', '.'])
                && (named || !g.contains(','))
        })
    };
    // (Of several cues, the one the committee follows: "proposed by and is
    // under the jurisdiction of SAC/TC 260".)
    // (Or after bodies listed first: "drafted by CESI and SAC/TC 260".)
    let after_bodies = |p: &regex::Match| {
        let mut at = p.end();
        for h in in_sent.iter().filter(|h| rel(h) >= p.end()) {
            let gap = sent.get(at..rel(h)).map_or("", str::trim);
            if !matches!(gap, "" | "and" | "," | ", and" | "with" | "together with") {
                return false;
            }
            match h.cat {
                Cat::Committee => return true,
                Cat::Body => at = rel(h) + (h.end - h.start),
                _ => return false,
            }
        }
        false
    };
    let follows = |p: &regex::Match, near: bool| {
        in_sent.iter().any(|h| {
            h.cat == Cat::Committee
                && rel(h) >= p.end()
                && (rel(h) <= p.end() + 4 || !near && full_name_first(p.end(), &h))
        }) || !near && after_bodies(p)
    };
    let cue = DEVELOPED_BY
        .find_iter(sent)
        .find(|p| follows(p, true))
        .or_else(|| DEVELOPED_BY.find_iter(sent).find(|p| follows(p, false)));
    if let Some(p) = cue {
        // What was developed is named before the first cue.
        // (A deadline is no cue: "120 standards will be developed by 2030,
        // including GB X, which is drafted by Y".)
        let first_cue = DEVELOPED_BY
            .find_iter(sent)
            .find(|f| !by_a_date(&sent[f.end()..]))
            .map_or(p.start(), |f| f.start());
        // The committees after "by", one after another ("by CCSA/TC5
        // and CCSA/TC8").
        let mut committees: Vec<&EntityRef> = Vec::new();
        let mut at = p.end();
        // (Names inside a full name written first are read with it.)
        let from = in_sent
            .iter()
            .find(|h| h.cat == Cat::Committee && rel(h) >= p.end())
            .filter(|c| rel(c) > p.end() + 4 && full_name_first(p.end(), c))
            .map_or(p.end(), |c| rel(c));
        for h in in_sent.iter().filter(|h| rel(h) >= from) {
            let Some(gap) = sent.get(at..rel(h)).map(str::trim) else {
                continue;
            };
            let named = committees.is_empty() && full_name_first(at, &h);
            if !(gap.is_empty() || named || matches!(gap, "and" | "," | ", and" | "&" | "/")) {
                break;
            }
            if h.cat == Cat::Committee {
                committees.push(&h.r);
            }
            at = rel(h) + (h.end - h.start);
        }
        let mut subjects: Vec<(EntityRef, u32)> = sent_standards
            .iter()
            .filter(|h| rel(h) < first_cue)
            .map(|h| (h.r.clone(), n))
            .collect();
        if subjects.is_empty() {
            let before = &sent[..first_cue];
            if let Some(prefix) = code_family(before) {
                // "The YD/T standards were drafted by ...": those of the family.
                subjects = standards_before(cx, by_line, r, n, a);
                subjects.retain(|(s, _)| {
                    s.1.strip_prefix(prefix.as_str())
                        .is_some_and(|t| t.starts_with(' '))
                });
            } else if let Some(c) = counted_standards(before) {
                // "All three were developed under X": the last three named
                // ("The first two ...": the first two).
                let mut before = standards_before(cx, by_line, r, n, a);
                // (Each once, where first named: the order "respectively"
                // pairs them in.)
                let mut seen = rustc_hash::FxHashSet::default();
                before.retain(|x| seen.insert(x.0.clone()));
                subjects = c.pick(before);
            } else if plural_standards(before) {
                subjects = standards_before(cx, by_line, r, n, a);
            } else if let Some(t) = topic_standard(cx, by_line, r, (n, a), sent) {
                // "The blockchain standard was developed by ...".
                subjects.push((t, n));
            } else if refers_to_a_standard(before)
                && let Some(own) = record_standard(cx, by_line, r)
            {
                // "It was developed by ...": the record's standard.
                subjects.push(own);
            }
        }
        // "..., and QC/T 2-2026 under SAC/TC 114": a code later in the
        // sentence with its own committee, the verb left out.
        for h in sent_standards.iter().filter(|h| rel(h) > p.end()) {
            let after = sent[rel(h) + (h.end - h.start)..].trim_start();
            let Some(rest) = after
                .strip_prefix("under ")
                .or_else(|| after.strip_prefix("by "))
            else {
                continue;
            };
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            let at = sent.len() - rest.len();
            if let Some(c) = in_sent
                .iter()
                .find(|c| c.cat == Cat::Committee && rel(c) >= at && rel(c) <= at + 4)
            {
                subjects.retain(|(s, _)| *s != h.r);
                cx.link(
                    h.r.clone(),
                    RelationKind::DevelopedBy,
                    c.r.clone(),
                    n,
                    &evidence(),
                    false,
                );
            }
        }
        // "... by SAC/TC 114 and SAC/TC 27 respectively": one each, in order.
        let respectively = committees.len() > 1
            && subjects.len() == committees.len()
            && sent.contains("respectively");
        if respectively {
            // (In the order they were named.)
            subjects.sort_by_key(|(_, line)| *line);
        }
        for (k, (s, _)) in subjects.into_iter().enumerate() {
            for (j, c) in committees.iter().enumerate() {
                if respectively && j != k {
                    continue;
                }
                cx.link(
                    s.clone(),
                    RelationKind::DevelopedBy,
                    (*c).clone(),
                    n,
                    &evidence(),
                    false,
                );
            }
        }
    }
}

/// "Working Group 8 (AI Security) will finalize GB/T X and start ...",
/// "SAC/TC 999 is drafting GB/T Y", "SAC/TC 9 released the draft for
/// comments of GB/T Z": a committee that opens its sentence and is followed
/// by a drafting (or releasing) verb drafts the codes named after the verb
/// in that clause. (Read on every line that names a committee before a code:
/// the verbs are too common to be worth a cue.)
pub(super) fn drafted_by_subject(cx: &mut Cx, raw: &str, hits: &[Hit], n: u32) {
    static VERB: LazyLock<Regex> = LazyLock::new(|| {
        super::patterns::re(
            r"^(?:\s*\((?u:[^)]){1,80}\))?,?\s+(?:(?:will|is|are|has|have|also|now|currently|then)\s+)*(?:be\s+)?(?:draft(?:s|ed|ing)?|develop(?:s|ed|ing)?|finali[sz](?:e|es|ed|ing)|revis(?:e|es|ed|ing)|formulat(?:e|es|ed|ing)|prepar(?:e|es|ed|ing)|lead(?:s|ing)? the drafting of|led the drafting of|propos(?:e|es|ed|ing)|start(?:s|ed)? (?:work on|drafting|\d+ new (?:projects|standards))|complet(?:e|es|ed|ing)(?: the (?:revision|drafting|development|review) of)?|submit(?:s|ted|ting)?|releas(?:e|es|ed|ing)|publish(?:es|ed|ing)?|issu(?:e|es|ed|ing)|solicit(?:s|ed|ing)?|launch(?:es|ed|ing)?)(?-u:\b)",
        )
    });
    for c in hits.iter().filter(|h| h.cat == Cat::Committee) {
        if !hits
            .iter()
            .any(|h| h.cat == Cat::Standard && h.start > c.end)
        {
            continue;
        }
        let (a, b) = sentence_bounds(raw, c.start);
        // Only "The" (or nothing) before the committee, or a phrase set
        // off before it ("According to the plan, SAC/TC 1 will ..."), or
        // the clause before ("..., and SAC/TC 2 will start ...").
        let mut lead = raw[a..c.start]
            .trim_matches(|ch: char| ch.is_whitespace() || matches!(ch, '*' | '_' | '-' | '•'));
        // ("The Widget Standardization Technical Committee (NEA/TC 36) has
        // published ...": the committee's name before its code in
        // parentheses is the subject.)
        let mut after = c.end;
        if let Some(inner) = lead.strip_suffix(['(', '（'])
            && raw[c.end..].starts_with([')', '）'])
            && let Some(name) = crate::extract::committees::name_before(raw, c.start)
            && let Some(i) = inner.rfind(name.as_str())
        {
            lead = inner[..i].trim_end();
            after = c.end + raw[c.end..].chars().next().map_or(1, char::len_utf8);
        }
        // ("Meanwhile, the X Committee (NEA/TC 36) ...": "the" after a
        // phrase set off.)
        if let Some(l) = lead.strip_suffix(" the").filter(|l| l.ends_with(',')) {
            lead = l;
        }
        let set_off = lead.ends_with(',') && lead.len() <= 60 && !hits_between(hits, a, c.start);
        let next_clause = lead.ends_with(", and") && lead.len() > 5;
        if !(lead.is_empty() || lead.eq_ignore_ascii_case("the") || set_off || next_clause) {
            continue;
        }
        let Some(v) = raw.get(after..b).and_then(|t| VERB.find(t)) else {
            continue;
        };
        let from = after + v.end();
        // The clause ends at "; " or a new subject (", while").
        // (Or at the next committee: "..., and SAC/TC 2 will start X".)
        // (What it replaces is an older standard: "..., replacing GB/T Y".)
        let to = [
            ";",
            ", while ",
            ", whereas ",
            ", but ",
            " replac",
            " to supersede",
        ]
        .iter()
        .filter_map(|w| raw[from..b].find(w).map(|i| from + i))
        .chain(
            hits.iter()
                .filter(|h| h.cat == Cat::Committee && h.start >= from && h.start < b)
                .map(|h| h.start),
        )
        .min()
        .unwrap_or(b);
        for h in hits.iter().filter(|h| {
            h.cat == Cat::Standard
                && h.start >= from
                && h.end <= to
                && !crate::extract::codes::is_international(&h.r.1)
        }) {
            cx.link(
                h.r.clone(),
                RelationKind::DevelopedBy,
                c.r.clone(),
                n,
                &text::strip_markup(&raw[a..b]),
                false,
            );
        }
    }
}

/// "GB 1-2029 ... was proposed and is administered by MIIT": a standard
/// a ministry administers itself (由X提出并归口 in English) has no
/// committee guessed from its story's (see `guesses`).
pub(super) fn administered_by_a_ministry(cx: &mut Cx, raw: &str, hits: &[Hit]) {
    const CUES: [&str; 3] = [
        "administered by ",
        "under the centralized administration of ",
        "centrally administered by ",
    ];
    if !CUES.iter().any(|c| raw.contains(c)) {
        return;
    }
    for c in CUES {
        for (p, _) in raw.match_indices(c) {
            let after = p + c.len();
            let after = after + raw[after..].len() - raw[after..].trim_start_matches("the ").len();
            let Some(by) = hits
                .iter()
                .find(|h| h.start >= after && h.start <= after + 2)
            else {
                continue;
            };
            if by.cat != Cat::Body || by.r.0 != crate::model::EntityKind::Authority {
                continue;
            }
            let (a, _) = sentence_bounds(raw, p);
            cx.owned_elsewhere.extend(
                hits.iter()
                    .filter(|h| h.cat == Cat::Standard && h.start >= a && h.end <= p)
                    .map(|h| h.r.clone()),
            );
        }
    }
}

/// Whether the words after "developed by" are a time, not who: "by 2030",
/// "by the end of 2026".
fn by_a_date(after: &str) -> bool {
    let a = after.trim_start();
    a.starts_with(|c: char| c.is_ascii_digit())
        || a.starts_with("the end of")
        || a.starts_with("end of")
}

/// Whether a standard or committee is named between `a` and `b`.
fn hits_between(hits: &[Hit], a: usize, b: usize) -> bool {
    hits.iter()
        .any(|h| matches!(h.cat, Cat::Committee | Cat::Standard) && h.start >= a && h.end <= b)
}
