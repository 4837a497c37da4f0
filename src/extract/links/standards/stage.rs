//! A standard's stage read from its sentence: "was released for
//! comments", "approved", "published", "will take effect", "withdrawn",
//! "under development" — the clause about it alone, not one about another
//! standard or a foreign body's act.

use super::dated::own_clause;
use crate::extract::codes;
use crate::extract::links::patterns::*;
use regex::Regex;
use std::sync::LazyLock;

pub(crate) fn sentence_status(sent: &str) -> Option<&'static str> {
    let l = sent.to_ascii_lowercase();
    if l.contains("replaced by") {
        Some("replaced")
    } else if [
        "took effect",
        "effective from",
        "came into effect",
        "comes into effect",
    ]
    .iter()
    .any(|k| l.contains(k))
    {
        Some("effective")
    } else if l.contains("seeking public input") || l.contains("for public comment") {
        Some("draft for comments")
    } else {
        status_of(&l).map(|s| {
            // ("published the draft of GB X": a draft, not yet the standard.)
            let draft = || [" draft of ", " drafts of "].iter().any(|w| l.contains(w));
            if s == "published" && draft() {
                "draft"
            } else {
                s
            }
        })
    }
}

/// Where a sentence says standards are withdrawn: "GB/T X was abolished",
/// "has been withdrawn" (those before the phrase, `passive`), "TC260
/// withdrew TC260-PG-20231A", "SAC abolished 12 standards" (those after
/// it). A duty or a wish ("Outdated standards should be abolished") says
/// nothing done. The phrase's bounds and whether it is passive.
pub(crate) fn withdrawn(sent: &str) -> Option<(usize, usize, bool)> {
    static WITHDRAWN: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?-u:\b)(?:(?P<p>(?:was|were|has\s+been|have\s+been|had\s+been|is\s+now|are\s+now)\s+(?:officially\s+|formally\s+|also\s+)?(?:withdrawn|abolished|repealed|annulled))|(?:withdrew|abolished|repealed|annulled)\s+(?:the\s+)?)(?-u:\b)",
        )
    });
    // (Every form holds one of these words: a cheap test first.)
    let l = sent.as_bytes();
    let cue = |w: &[u8]| l.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    if !(cue(b"withdr") || cue(b"aboli") || cue(b"repeal") || cue(b"annul")) {
        return None;
    }
    let c = WITHDRAWN.captures(sent)?;
    let m = c.get(0)?;
    Some((m.start(), m.end(), c.name("p").is_some()))
}

/// Whether the sentence withdraws the standard whose code starts (with
/// `past_code`, ends) at `at`: the last code before "was abolished", or
/// one after "abolished".
pub(super) fn withdraws(sent: &str, at: usize, past_code: bool) -> bool {
    let Some((a, b, passive)) = withdrawn(sent) else {
        return false;
    };
    if passive {
        // (No other code between: "GB/T 2-2029 was published and GB/T
        // 2-2017 was withdrawn".)
        at < a && codes::code_matches(&sent[at..a]).len() <= usize::from(!past_code)
    } else {
        at >= b
    }
}

/// Whether the phrase at `at`, before a standard's code (at `after`), opens
/// a relative clause about an earlier name (", which took effect on D"): it
/// says nothing about the standard.
pub(crate) fn foreign_clause(sent: &str, at: usize, after: usize) -> bool {
    let before = sent[..at].trim_end();
    at < after
        && [" which", " which has", " which had", " that", " that has"]
            .iter()
            .any(|w| {
                before.len() >= w.len()
                    && before.is_char_boundary(before.len() - w.len())
                    && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
            })
}

/// [`sentence_status`] of a standard whose code starts at `after`: an
/// effective date in a relative clause about an earlier name is not its.
pub(crate) fn standard_status(sent: &str, after: usize) -> Option<&'static str> {
    // (A clause of its own after "; ": "Draft for comments: GB/T X ...;
    // new project proposal: Y" — the second stage is Y's.)
    let after = sent.floor_char_boundary(after.min(sent.len()));
    let from = sent[..after].rfind("; ").map_or(0, |i| i + 2);
    // (Unless the next clause is about it too: "...; both were published".)
    let to = sent[after..]
        .find("; ")
        .map(|i| after + i)
        .filter(|&i| !about_the_same(&sent[i + 2..]))
        .unwrap_or(sent.len());
    let (sent, after) = (&sent[from..to], after - from);
    // (Clauses joined by ", while", ", whereas", ", but" or ", and" each
    // with its own code: "SAMR published GB/T 1 X, while TC 9 released
    // GB/T 2 Y for comments" — a code's stage is the one its clause states,
    // and none when only another code's clause states one.)
    let (sent, after) = match own_clause(sent, after) {
        Some((a, b)) => {
            let own = &sent[a..b];
            if sentence_status(own).is_some() || withdrawn(own).is_some() {
                (own, after - a)
            } else {
                let others = [&sent[..a], &sent[b..]];
                if others.iter().any(|o| {
                    sentence_status(o).is_some()
                        && !crate::extract::codes::code_matches(o).is_empty()
                }) {
                    return None;
                }
                (sent, after)
            }
        }
        None => (sent, after),
    };
    if withdraws(sent, after, false) {
        return Some("withdrawn");
    }
    // "notified the WTO of the draft GB X": a draft, whatever the verb.
    let lead = sent[..sent.floor_char_boundary(after.min(sent.len()))]
        .trim_end()
        .to_ascii_lowercase();
    // (Also "a draft national standard, GB/T X": words naming the kind of
    // standard between.)
    let draft_before = lead.rfind("draft").is_some_and(|d| {
        (d == 0 || lead[..d].ends_with(' '))
            && lead[d + 5..]
                .split([' ', ','])
                .filter(|w| !w.is_empty())
                .all(|w| {
                    matches!(
                        w,
                        "national"
                            | "mandatory"
                            | "recommended"
                            | "industry"
                            | "sector"
                            | "standard"
                            // ("reviewed 15 draft industry standards,
                            // including YD/T X").
                            | "standards"
                            | "including"
                    ) || w.bytes().all(|b| b.is_ascii_digit())
                })
    });
    let status = sentence_status(sent)
        .filter(|s| !draft_before || s.contains("draft"))
        .or(draft_before.then_some("draft"))?;
    // A standard the sentence refers to ("drafted in accordance with the
    // rules given in GB/T 1.1-2020", "compared with GB/T 1-2017") is in
    // none of its stages.
    let before = &sent
        [sent.floor_char_boundary(after.min(sent.len()).saturating_sub(80))..after.min(sent.len())];
    let before = before.to_ascii_lowercase();
    if [
        "in accordance with",
        "according to",
        "with reference to",
        "compared with",
        "refer to",
    ]
    .iter()
    .any(|p| before.contains(p))
    {
        return None;
    }
    let mut phrases = EFFECTIVE.find_iter(sent).peekable();
    let foreign = status == "effective"
        && phrases.peek().is_some()
        && phrases.all(|e| foreign_clause(sent, e.start(), after));
    (!foreign).then_some(status)
}

/// Whether a clause opens by referring back to what the clause before
/// named ("both were published", "they take effect", "which ..."): it is
/// about the same standards.
pub(super) fn about_the_same(clause: &str) -> bool {
    let next = clause.trim_start().to_ascii_lowercase();
    [
        "both",
        "they",
        "all ",
        "it ",
        "each",
        "which",
        "these",
        "the standard",
    ]
    .iter()
    .any(|w| next.starts_with(w))
}
