//! Who drafted a standard and who proposed it: the organizations,
//! companies and authorities among its drafters (`drafted_by`) and the body
//! or committee that proposed it (`proposed_by`), as forewords, catalogue
//! pages and news stories write them:
//!
//! - labels: "Drafting organizations: A, B and C", "起草单位：A、B、C",
//!   "Proposed by: X", "提出单位：X";
//! - sentences: "GB/T X was drafted by A, B and SAC/TC 260" (or "drafted
//!   under the guidance of MIIT by A and B"), "This document
//!   was proposed by X", "proposed by and is under the jurisdiction of
//!   SAC/TC 260", "The drafting organizations include A and B", "A and B
//!   participated in the drafting of GB/T X", "A led the drafting of GB/T
//!   X";
//! - Chinese sentences: "本文件由X提出并归口", "由A、B起草", "A、B参与起草".
//!
//! The standard is the one named before the cue, else (for "the standard",
//! "this document", 本文件 ...) the one the record or the document is
//! titled with. A committee among drafters is `developed_by` (read by
//! `developed.rs`), not `drafted_by`.

use super::committee_rules::Sentence;
use super::patterns::re;
use super::subjects::{record_standard, refers_to_a_standard, title_subject, titled_standard};
use super::{Cat, Hit, LineHits};
use crate::extract::{Cx, text};
use crate::model::builder::EntityRef;
use crate::model::{Record, RelationKind};
use regex::Regex;
use std::sync::LazyLock;

/// The cue of a sentence rule whose drafters follow it ("drafted by",
/// "The drafting organizations include").
static DRAFTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:(?:(?:jointly|co-?)\s+)?drafted\s+(?:under\s+the\s+(?:guidance|leadership|direction|auspices|organi[sz]ation)\s+of\s+[\w &()/'-]{2,80}?\s+)?by|drafting\s+(?:organi[sz]ations?|units?|bodies|institutions)\s+(?:of\s+(?:this|the)\s+(?:document|standards?)\s+)?(?:include|includes|including|are|were|is|was))(?-u:\b)",
    )
});

/// The cue of a sentence whose drafters come before it ("A and B
/// participated in the drafting of GB/T X", "A led the drafting of ...").
static DRAFTING_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:(?:participated|participate|participates|took\s+part|takes\s+part|were\s+involved|was\s+involved|are\s+involved|is\s+involved)\s+in|(?:led|leads|lead|leading|contributed\s+to|contribute\s+to|contributes\s+to))\s+(?:the\s+)?drafting(?:\s+work)?(?:\s+of)?(?-u:\b)|(?-u:\b)took\s+the\s+lead\s+in\s+drafting(?-u:\b)",
    )
});

/// "proposed by" (what follows proposed it).
static PROPOSED_BY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)(?:was\s+|is\s+|were\s+|are\s+)?proposed\s+by(?-u:\b)"));

/// "... and (is) under the jurisdiction of (the)": after "proposed by", the
/// committee that both proposed and administers it.
static AND_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*and\s+(?:is\s+|are\s+)?(?:under\s+the\s+jurisdiction\s+of|administered\s+by|centrali[sz]ed\s+by)(?:\s+the)?(?-u:\b)",
    )
});

/// A label opening a line: drafters ("Drafting organizations:", "起草单位：")
/// or a proposer ("Proposed by:", "提出单位："); the relation it states and
/// where its value starts.
pub(super) fn label(line: &str) -> Option<(RelationKind, usize)> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:[\s*_#|-]|•)*(?:(?P<d>(?:the\s+)?(?:main\s+)?(?:drafting\s+(?:organi[sz]ations?|units?|bodies|institutions)(?:\s+of\s+this\s+(?:document|standard))?|drafted\s+by)|(?:本文件|本标准)?(?:主要)?起草单位)|(?P<p>proposed\s+by|proposer|proposing\s+(?:unit|organi[sz]ation|department)|提出单位|提出部门))[\s*_]*[:：]",
        )
    });
    // (Every label opens with one of these letters, or in Chinese.)
    let first = line.trim_start_matches(|c: char| c.is_whitespace() || "*_#|-•".contains(c));
    if !first.starts_with(['d', 'D', 'm', 'M', 't', 'T', 'p', 'P']) && first.is_ascii() {
        return None;
    }
    let c = LABEL.captures(line)?;
    let kind = if c.name("d").is_some() {
        RelationKind::DraftedBy
    } else {
        RelationKind::ProposedBy
    };
    Some((kind, c.get(0)?.end()))
}

/// The standard a record is titled with (its title line, else the
/// document's title), else the nearest standard named above line `n` in
/// the record (or on it before `before`).
fn labelled_standard(
    cx: &Cx,
    by_line: &LineHits,
    r: &Record,
    n: u32,
    before: usize,
) -> Option<EntityRef> {
    titled_standard(cx, by_line, r).map(|(s, _)| s).or_else(|| {
        let on_line = by_line.get(&n).and_then(|v| {
            v.iter()
                .rfind(|h| h.cat == Cat::Standard && h.end <= before)
                .map(|h| h.r.clone())
        });
        // (Not one the page lists as replaced: "Replaced Standard: GB/T
        // 1-2020" between the code and the drafters.)
        on_line.or_else(|| {
            (r.lines.0..n).rev().find_map(|ln| {
                let hits = by_line.get(&ln)?;
                let replaced = super::standards::replaced_hits(cx.doc.line(ln), hits);
                hits.iter()
                    .zip(replaced)
                    .rfind(|(h, old)| h.cat == Cat::Standard && !old)
                    .map(|(h, _)| h.r.clone())
            })
        })
    })
}

/// A labelled line ("Drafting organizations: A, B", "Proposed by: X") and
/// the lines its value runs on to: the bodies listed drafted (proposed)
/// the standard the line is about.
pub(super) fn labelled_drafters(
    cx: &mut Cx,
    (raw, n): (&str, u32),
    r: &Record,
    by_line: &LineHits,
) {
    let Some((kind, at)) = label(raw) else {
        return;
    };
    let Some(me) = labelled_standard(cx, by_line, r, n, at) else {
        return;
    };
    // (The value may run on over the next lines: not blank, no list mark,
    // no label of their own.)
    let mut last = n;
    for ln in n + 1..=r.lines.1.min(n + 4) {
        let t = cx.doc.line(ln).trim_start();
        if t.is_empty() || t.starts_with(['-', '•', '*', '#']) || t.contains([':', '：']) {
            break;
        }
        last = ln;
    }
    let evidence = (n..=last)
        .map(|ln| text::strip_markup(cx.doc.line(ln)))
        .collect::<Vec<_>>()
        .join(" ");
    let named: Vec<EntityRef> = (n..=last)
        .flat_map(|ln| {
            by_line
                .get(&ln)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .filter(move |h| ln > n || h.start >= at)
        })
        .filter(|h| {
            h.cat == Cat::Body || kind == RelationKind::ProposedBy && h.cat == Cat::Committee
        })
        .map(|h| h.r.clone())
        .collect();
    for b in named {
        cx.link(me.clone(), kind, b, n, &evidence, false);
    }
}

/// The words between two names of a list, without the parentheses around
/// an abbreviation ("the China Academy of X (CAICT)") or a "the" before the
/// next name.
fn list_gap(gap: &str) -> &str {
    let g = gap.trim_matches(|c: char| c.is_whitespace() || c == '(' || c == ')');
    let g = g.strip_suffix(" the").unwrap_or(g);
    let g = g
        .strip_prefix("the")
        .filter(|r| r.is_empty() || r.starts_with(' '))
        .unwrap_or(g);
    g.trim()
}

/// Whether the words between two names join them into one list.
fn is_joint(gap: &str) -> bool {
    matches!(
        gap,
        "" | ","
            | "and"
            | ", and"
            | "、"
            | "&"
            | "as well as"
            | "together with"
            | "with"
            | "and with"
    )
}

/// The bodies (and, for a proposer, committees) listed from byte `from` of
/// sentence `s` on: one after another, joined by commas and "and"; the
/// committees in the list are passed over for drafters.
fn listed_after<'h>(s: &Sentence<'h>, from: usize, committees: bool) -> Vec<&'h Hit> {
    let rel = |h: &Hit| h.start - s.at;
    let mut out = Vec::new();
    let mut at = from;
    for h in s.hits.iter().filter(|h| rel(h) >= from) {
        let Some(gap) = s.text.get(at..rel(h)) else {
            continue;
        };
        let gap = list_gap(gap);
        let joins = at == from && gap.is_empty() || is_joint(gap);
        if !joins {
            break;
        }
        match h.cat {
            Cat::Body => out.push(*h),
            Cat::Committee if committees => out.push(*h),
            Cat::Committee => {}
            _ => break,
        }
        at = rel(h) + (h.end - h.start);
    }
    out
}

/// The bodies listed right before byte `to` of the sentence, as its
/// subject ("A, B and C participated in ..."): back from `to` while only
/// list gaps and auxiliaries ("have", "also", "jointly") come between.
fn listed_before<'h>(s: &Sentence<'h>, to: usize) -> Vec<&'h Hit> {
    let rel = |h: &Hit| h.start - s.at;
    let mut out = Vec::new();
    let mut at = to;
    for h in s
        .hits
        .iter()
        .rev()
        .filter(|h| rel(h) + (h.end - h.start) <= to)
    {
        let end = rel(h) + (h.end - h.start);
        let gap = list_gap(s.text.get(end..at).unwrap_or(""));
        let first = at == to;
        let aux = |g: &str| {
            g.split_whitespace().all(|w| {
                matches!(
                    w,
                    "have" | "has" | "had" | "also" | "jointly" | "all" | "both"
                )
            })
        };
        let joins = if first { aux(gap) } else { is_joint(gap) };
        if !joins || h.cat != Cat::Body {
            break;
        }
        out.push(*h);
        at = rel(h);
    }
    out.reverse();
    out
}

/// The standards a sentence's cue at `cue` is about: those named before
/// it, else the record's own when the sentence refers to one ("The
/// standard was drafted by ...", "This document was proposed by ...").
fn subjects_before(
    cx: &Cx,
    s: &Sentence,
    sent_standards: &[&&Hit],
    (by_line, r): (&LineHits, &Record),
    cue: usize,
) -> Vec<EntityRef> {
    let rel = |h: &Hit| h.start - s.at;
    let named: Vec<EntityRef> = sent_standards
        .iter()
        .filter(|h| rel(h) < cue)
        .map(|h| h.r.clone())
        .collect();
    if !named.is_empty() {
        return named;
    }
    let before = &s.text[..cue];
    let before = before.rsplit([',', ';']).next().unwrap_or(before);
    // ("The drafting organizations include ...", "Its drafting units
    // are ...": of the standard the record is about.)
    let noun = s.text[cue..].to_ascii_lowercase().starts_with("drafting");
    let bare = matches!(
        before.trim().to_ascii_lowercase().as_str(),
        "" | "the" | "its" | "their" | "the main" | "its main"
    );
    if noun && bare {
        return titled_standard(cx, by_line, r)
            .or_else(|| record_standard(cx, by_line, r))
            .map(|(x, _)| x)
            .into_iter()
            .collect();
    }
    if refers_to_a_standard(before) {
        record_standard(cx, by_line, r)
            .map(|(x, _)| x)
            .into_iter()
            .collect()
    } else {
        Vec::new()
    }
}

/// The drafters and proposers a sentence names (its cue matched the
/// `developed_by` or the drafting cue).
pub(super) fn drafters(
    cx: &mut Cx,
    s: &Sentence,
    sent_standards: &[&&Hit],
    (by_line, r): (&LineHits, &Record),
    evidence: &dyn Fn() -> String,
) {
    let rel = |h: &Hit| h.start - s.at;
    let mut links: Vec<(EntityRef, RelationKind, EntityRef)> = Vec::new();
    // "X was drafted by A, B and SAC/TC 260"; "The drafting organizations
    // include A and B".
    for cue in DRAFTED_BY.find_iter(s.text) {
        let drafters = listed_after(s, cue.end(), false);
        if drafters.is_empty() {
            continue;
        }
        for std in subjects_before(cx, s, sent_standards, (by_line, r), cue.start()) {
            for d in &drafters {
                links.push((std.clone(), RelationKind::DraftedBy, d.r.clone()));
            }
        }
    }
    // "A and B participated in the drafting of GB/T X".
    for cue in DRAFTING_OF.find_iter(s.text) {
        let drafters = listed_before(s, cue.start());
        if drafters.is_empty() {
            continue;
        }
        let mut standards: Vec<EntityRef> = sent_standards
            .iter()
            .filter(|h| rel(h) >= cue.end())
            .map(|h| h.r.clone())
            .collect();
        // ("... participated in the drafting of the standard.")
        if standards.is_empty() && refers_to_a_standard(s.text[cue.end()..].trim_end_matches('.')) {
            standards.extend(record_standard(cx, by_line, r).map(|(x, _)| x));
        }
        for std in standards {
            for d in &drafters {
                links.push((std.clone(), RelationKind::DraftedBy, d.r.clone()));
            }
        }
    }
    // "This document was proposed by X"; "proposed by and is under the
    // jurisdiction of SAC/TC 260".
    for cue in PROPOSED_BY.find_iter(s.text) {
        let mut from = cue.end();
        if let Some(under) = AND_UNDER.find(&s.text[from..]) {
            from += under.end();
        }
        let proposers = listed_after(s, from, true);
        if proposers.is_empty() {
            continue;
        }
        for std in subjects_before(cx, s, sent_standards, (by_line, r), cue.start()) {
            for p in &proposers {
                links.push((std.clone(), RelationKind::ProposedBy, p.r.clone()));
            }
        }
    }
    for (from, kind, to) in links {
        cx.link(from, kind, to, s.n, &evidence(), false);
    }
}

/// Chinese sentences on line `n`: "本文件由X提出（并归口）", "由A、B起草",
/// "A、B参与起草": the bodies between 由 and the verb (or before 参与/牵头)
/// proposed (drafted) the standards the sentence names, else the record's
/// standard when it says 本文件/本标准/该标准.
pub(super) fn chinese_drafters(
    cx: &mut Cx,
    (raw, hits, n): (&str, &[Hit], u32),
    r: &Record,
    by_line: &LineHits,
) {
    for (a, sent) in super::chinese::zh_sentences(raw) {
        let verbs = [
            ("提出", RelationKind::ProposedBy),
            ("起草", RelationKind::DraftedBy),
        ];
        for (verb, kind) in verbs {
            let Some(v) = sent.find(verb) else { continue };
            // The names between 由 and the verb, or right before 参与/牵头
            // (参与起草, 牵头起草).
            let (from, to) = match sent[..v].rfind('由') {
                Some(u) => (a + u + '由'.len_utf8(), a + v),
                None if kind == RelationKind::DraftedBy
                    && (sent[..v].ends_with("参与") || sent[..v].ends_with("牵头")) =>
                {
                    (a, a + v)
                }
                None => continue,
            };
            let named: Vec<&Hit> = hits
                .iter()
                .filter(|h| h.start >= from && h.end <= to)
                .filter(|h| {
                    h.cat == Cat::Body
                        || kind == RelationKind::ProposedBy && h.cat == Cat::Committee
                })
                .collect();
            // (One clause: "由A、B和C共同起草", "由X提出并归口", not "由A
            // 组织，B起草".)
            if named.is_empty() || raw[from..to].contains(['，', ',', '；', ';']) {
                continue;
            }
            // (Not the older standards it replaces: "……，代替GB 1-2018".)
            let replaced_from = sent.find("代替").map_or(usize::MAX, |p| a + p);
            let mut subjects: Vec<EntityRef> = hits
                .iter()
                .filter(|h| h.cat == Cat::Standard && h.start >= a && h.end <= a + sent.len())
                .filter(|h| h.start < replaced_from)
                .map(|h| h.r.clone())
                .collect();
            if subjects.is_empty() {
                subjects.extend(title_subject(cx, raw, a));
            }
            if subjects.is_empty()
                && ["本文件", "本标准", "该标准", "本部分"]
                    .iter()
                    .any(|w| sent.contains(w))
            {
                subjects.extend(
                    titled_standard(cx, by_line, r)
                        .or_else(|| record_standard(cx, by_line, r))
                        .map(|(x, _)| x),
                );
            }
            let evidence = text::strip_markup(sent.trim());
            for std in &subjects {
                for h in &named {
                    cx.link(std.clone(), kind, h.r.clone(), n, &evidence, false);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_of_drafters_and_proposers() {
        let kind = |l: &str| label(l).map(|(k, _)| k);
        assert_eq!(
            kind("Drafting organizations: A Institute, B Co., Ltd."),
            Some(RelationKind::DraftedBy)
        );
        assert_eq!(
            kind("**Main drafting units of this document:** X"),
            Some(RelationKind::DraftedBy)
        );
        assert_eq!(
            kind("- Drafting units of this document: X"),
            Some(RelationKind::DraftedBy)
        );
        assert_eq!(
            kind("本文件起草单位：X研究院"),
            Some(RelationKind::DraftedBy)
        );
        assert_eq!(kind("Proposed by: MIIT"), Some(RelationKind::ProposedBy));
        assert_eq!(
            kind("提出单位：工业和信息化部"),
            Some(RelationKind::ProposedBy)
        );
        assert_eq!(kind("The proposed by-law: X"), None);
        assert_eq!(kind("Drafting of GB/T 1: done"), None);
    }
}
