//! Reading one standard's line or sentence: a titled project's title, the
//! standards a line says are replaced (and by what), a standard's status
//! and dated facts from its sentence, comment deadlines, and an instrument
//! that replaces another.

use super::patterns::*;
use super::{Cat, Hit};
use crate::extract::lag::{Lag, alongside, lag_after};
use crate::extract::{Cx, codes, dates, sentence_bounds, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, PartialDate, RelationKind};
use regex::Regex;
use std::sync::LazyLock;

/// The comment deadline a sentence about comments gives: a date right
/// after "until", "before", "no later than", "deadline" (within a few
/// words) or "by".
pub(super) fn comment_deadline(sent: &str, year: Option<i32>) -> Option<PartialDate> {
    if !COMMENTS.is_match(sent) {
        return None;
    }
    DEADLINE
        .find_iter(sent)
        .find_map(|m| {
            dates::first_date(&sent[m.end()..], year)
                .filter(|d| d.start <= 20)
                .map(|d| d.date)
        })
        .or_else(|| {
            // "sent ... by 17 August": a date right after "by".
            memchr::memmem::find_iter(sent.as_bytes(), b" by ").find_map(|p| {
                let rest = &sent[p + 4..];
                rest.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase())
                    .then(|| dates::date_at_start(rest, year))
                    .flatten()
                    .map(|d| d.date)
            })
        })
}

/// The title of a project listed without a code: "Data security technology
/// — Guide for identification of personal information".
pub(super) fn project_title(clean: &str) -> Option<String> {
    // A note in parentheses ("(Replace GB/T ...)", "(SG Hubei)", "(to
    // replace ...)", "(project number: ...)") is not part of the title; a
    // drafting unit's name ("(CERT)") tells two items apart and stays.
    let t = match clean.find(" (") {
        Some(i) => {
            let note = &clean[i + 2..];
            // (A working group's code, "(WG8)", names who drafts it.)
            let committee = ["WG", "SWG", "SC", "TC"].iter().any(|c| {
                note.strip_prefix(c).is_some_and(|r| {
                    r.starts_with(|c: char| c.is_ascii_digit() || c == ' ' || c == '-')
                })
            });
            let is_note = note.starts_with(|c: char| c.is_lowercase())
                || note.starts_with("Replac")
                || note.starts_with("SG ")
                || committee;
            if is_note { &clean[..i] } else { clean }
        }
        None => clean,
    }
    .trim();
    // (A title starts with a capital, or with a term such as "5G".)
    let first_word = t.split(' ').next().unwrap_or("");
    let ok = t.len() >= 15
        && t.len() <= 220
        && t.chars().next().is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit() && first_word.chars().any(|c| c.is_ascii_uppercase())
        })
        && (t.contains('—')
            || t.contains(" - ")
            || t.contains(" – ")
            || t.split_whitespace().count() >= 4);
    ok.then(|| t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A list item labelled with a project's stage, then its title in the
/// shape "Subject — Aspect": "New project proposal: Artificial intelligence
/// — Knowledge graph quality" → the title and the stage.
pub(super) fn labelled_project(clean: &str) -> Option<(String, &'static str)> {
    let (label, rest) = clean.split_once(": ")?;
    if label.len() > 40 {
        return None;
    }
    let status = super::patterns::status_of(label)?;
    let t = project_title(rest)?;
    [" — ", " – ", " - "]
        .iter()
        .any(|d| t.contains(d))
        .then_some((t, status))
}

/// Which of a line's hits are standards the line says are replaced
/// (see [`codes::replaced_on_line`]), one flag per hit.
pub(super) fn replaced_hits(raw: &str, hits: &[Hit]) -> Vec<bool> {
    let standards: Vec<(usize, &str)> = hits
        .iter()
        .filter(|h| h.cat == Cat::Standard)
        .map(|h| (h.start, h.r.1.as_str()))
        .collect();
    let mut flags = codes::replaced_on_line(raw, &standards).into_iter();
    hits.iter()
        .map(|h| h.cat == Cat::Standard && flags.next().unwrap_or(false))
        .collect()
}

/// `replaces` links for the replaced standards of a line (`replaced`, one
/// flag per hit): each is replaced by the last standard named before it
/// that is not itself replaced, else by `subject` (a titled project).
pub(super) fn replaces(
    cx: &mut Cx,
    subject: &EntityRef,
    raw: &str,
    hits: &[Hit],
    replaced: &[bool],
    n: u32,
) {
    let Some(m) = REPLACE.find(raw) else { return };
    let mut by = subject;
    let mut by_at = None;
    for (h, old) in hits.iter().zip(replaced) {
        if h.cat != Cat::Standard {
            continue;
        }
        if !old {
            by = &h.r;
            by_at = Some(h.start);
            continue;
        }
        if h.r == *by {
            continue;
        }
        // "... DB31/T 1480-2026 will be drafted. The plan also revises
        // DB31/T 1311-2021": a sentence whose subject is no standard says
        // nothing of the standard named before it.
        let own = sentence_bounds(raw, h.start).0;
        if by_at.is_none_or(|at| at < own) && !subject_is_a_standard(&raw[own..h.start]) {
            continue;
        }
        let (a, b) = sentence_bounds(raw, m.start().min(h.start));
        cx.link(
            by.clone(),
            RelationKind::Replaces,
            h.r.clone(),
            n,
            &text::strip_markup(&raw[a..b.max(h.end).min(raw.len())]),
            false,
        );
    }
}

/// Whether what a sentence says before the replaced code (`lead`) has a
/// standard, or nothing that could be something else, as the subject of its
/// replace word: "Replaced standards:", "It replaces", "The new edition
/// revises" — not "The plan also revises".
fn subject_is_a_standard(lead: &str) -> bool {
    let Some(w) = REPLACE.find_iter(lead).last() else {
        return true;
    };
    let subject = text::strip_markup(&lead[..w.start()]).to_ascii_lowercase();
    let subject = subject.trim();
    let pronoun = subject.trim_end_matches(" also").trim_end_matches(" will");
    // ("《X》……，代替GB 1-2018": a title, not of a law or a plan.)
    let zh_title = || {
        subject
            .strip_prefix('《')
            .and_then(|t| t.split_once('》'))
            .is_some_and(|(t, _)| {
                ![
                    "法", "条例", "办法", "规定", "意见", "通知", "决定", "规划", "计划", "方案",
                ]
                .iter()
                .any(|w| t.ends_with(w))
            })
    };
    subject.is_empty()
        || subject.ends_with(['(', ':', '：', '（'])
        || zh_title()
        || matches!(
            pronoun,
            "it" | "this" | "they" | "these" | "which" | "and" | "to"
        )
        || [
            "standard",
            "version",
            "edition",
            "revision",
            "specification",
            "guide",
            "code",
            "draft",
            "document",
            "part",
        ]
        .iter()
        .any(|k| subject.contains(k))
}

pub(super) fn sentence_status(sent: &str) -> Option<&'static str> {
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
pub(super) fn withdrawn(sent: &str) -> Option<(usize, usize, bool)> {
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
fn withdraws(sent: &str, at: usize, past_code: bool) -> bool {
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
pub(super) fn foreign_clause(sent: &str, at: usize, after: usize) -> bool {
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
pub(super) fn standard_status(sent: &str, after: usize) -> Option<&'static str> {
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
fn about_the_same(clause: &str) -> bool {
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

/// The clause of `sent` that holds byte `at`, when the sentence joins
/// clauses with ", while", ", whereas", ", but" or ", and" and another
/// clause names a code of its own (not ", and both were published": a
/// clause about the same standards).
fn own_clause(sent: &str, at: usize) -> Option<(usize, usize)> {
    const JOINS: [&str; 4] = [", while ", ", whereas ", ", but ", ", and "];
    let mut cuts: Vec<(usize, usize)> = JOINS
        .iter()
        .flat_map(|j| sent.match_indices(j).map(|(i, j)| (i, i + j.len())))
        .filter(|&(i, e)| {
            // (", and GB/T 2 Y" goes on the list of the same verb; ", and
            // GB/T 2 was approved" is a clause of its own.)
            let listed = sent[i..].starts_with(", and ") && {
                let head = &sent[e..sent.floor_char_boundary((e + 24).min(sent.len()))];
                let rest = &sent[e..];
                let rest = &rest[..JOINS
                    .iter()
                    .filter_map(|j| rest.find(j))
                    .min()
                    .unwrap_or(rest.len())];
                crate::extract::codes::code_matches(head)
                    .first()
                    .is_some_and(|m| m.0 == 0)
                    && sentence_status(rest).is_none()
                    && withdrawn(rest).is_none()
            };
            !listed && !about_the_same(&sent[e..])
        })
        .collect();
    if cuts.is_empty() {
        return None;
    }
    cuts.sort_unstable();
    let a = cuts.iter().rev().find(|c| c.1 <= at).map_or(0, |c| c.1);
    let b = cuts.iter().find(|c| c.0 >= at).map_or(sent.len(), |c| c.0);
    // (Only where another clause names a code: "GB/T 1 X was approved,
    // and will take effect on D" is one standard's sentence.)
    let others = [&sent[..a], &sent[b..]];
    others
        .iter()
        .any(|o| !crate::extract::codes::code_matches(o).is_empty())
        .then_some((a, b))
}

/// Dated facts about a standard from its sentence: effective dates, comment
/// deadlines, release dates.
/// The effective-date phrases of sentence `sent` about the standard whose
/// code ends at byte `after` (the text about it alone ends at `own_end`).
fn own_effective(
    sent: &str,
    (after, own_end): (usize, usize),
) -> impl Iterator<Item = regex::Match<'_>> {
    EFFECTIVE.find_iter(sent).filter(move |m| {
        // "GB 1-2027 X, which replaces GB 2 and takes effect on D, and GB/T
        // 3-2027 Y": a phrase before the code is another standard's, and
        // one in a relative clause after a later code is that one's own.
        !(m.start() < after
            || m.start() >= own_end && {
                let between = sent[own_end..m.start()].to_ascii_lowercase();
                between.contains("which") || between.contains("that") || between.contains('(')
            })
    })
}

/// How long after its release the standard whose code ends at byte `after`
/// of `sent` takes effect ("... was released on D and will take effect six
/// months after its release").
pub(super) fn effective_lag(sent: &str, range: (usize, usize)) -> Option<Lag> {
    own_effective(sent, range).find_map(|m| lag_after(&sent[m.end()..]).map(|(l, _)| l))
}

/// Where the instrument a standard takes effect with is named ("... will
/// take effect on the same day as the Measures"), in the sentence about
/// the standard whose code ends at byte `after` of `sent`.
pub(super) fn effective_alongside(sent: &str, range: (usize, usize)) -> Option<usize> {
    own_effective(sent, range).find_map(|m| alongside(&sent[m.end()..]).map(|k| m.end() + k))
}

/// The instrument named at byte `at` of `raw` (a line whose hits are
/// `hits`): its hit there, else the one a short name there ("the
/// Measures") refers back to.
pub(super) fn instrument_at(
    cx: &Cx,
    raw: &str,
    hits: &[Hit],
    at: usize,
    main: Option<&EntityRef>,
) -> Option<EntityRef> {
    hits.iter()
        .find(|h| matches!(h.cat, Cat::Instrument { .. }) && h.start >= at && h.start <= at + 4)
        .map(|h| h.r.clone())
        .or_else(|| {
            let word = raw.get(at..)?.trim_start();
            let word = word.strip_prefix("the ").unwrap_or(word);
            let word = word.split([' ', '.', ',', ';']).next().unwrap_or("");
            crate::extract::instruments::is_head_word(word)
                .then(|| super::subjects::instrument_by_head(cx, word, main))
                .flatten()
        })
}

/// What may stand between an act's phrase and its date: "abolished on D",
/// "as of D", "with effect from D", or nothing.
pub(super) const ACT_GAPS: &[&str] = &["on", "from", "as of", "with effect from", ""];

/// The day of an act whose phrase spans `(start, end)` of `sent` (a
/// withdrawal, a repeal): a date right after it, separated only by one of
/// `gaps` ("was abolished on D"), or the date opening the sentence and
/// followed by one of `commas` ("On D, SAC abolished ...").
pub(super) fn date_of_act(
    sent: &str,
    (start, end): (usize, usize),
    year: Option<i32>,
    gaps: &[&str],
    commas: &[char],
) -> Option<crate::model::PartialDate> {
    dates::first_date(&sent[end..], year)
        .filter(|d| {
            let gap = sent[end..end + d.start].trim().to_ascii_lowercase();
            gaps.contains(&gap.as_str())
        })
        .or_else(|| {
            dates::first_date(&sent[..start], year).filter(|d| {
                let lead = sent[..d.start].trim().to_ascii_lowercase();
                matches!(lead.as_str(), "on" | "") && sent[d.end..].starts_with(commas)
            })
        })
        .map(|d| d.date)
}

pub(super) fn standard_dates(
    sent: &str,
    (after, own_end): (usize, usize),
    year: Option<i32>,
) -> Vec<DatedFact> {
    let mut out = Vec::new();
    for m in own_effective(sent, (after, own_end)) {
        if let Some(d) = dates::first_date(&sent[m.end()..], year) {
            out.push(DatedFact {
                date: d.date,
                what: "effective".into(),
            });
            break;
        }
    }
    // "September 1, 2025 — GB/T X took effect.": a dated line whose
    // sentence ends with the phrase.
    if out.is_empty()
        && let Some(d) = dates::date_at_start(sent.trim_start(), year)
        && sent.trim_start()[d.end..]
            .trim_start()
            .starts_with(['—', '–', ':', '|'])
        && EFFECTIVE
            .find_iter(sent)
            .any(|m| m.start() >= after && sent[m.end()..].trim().trim_end_matches('.').is_empty())
    {
        out.push(DatedFact {
            date: d.date,
            what: "effective".into(),
        });
    }
    if let Some(date) = comment_deadline(sent, year) {
        out.push(DatedFact {
            date,
            what: "comment deadline".into(),
        });
    }
    // "GB/T X went out for comments on D".
    if let Some(date) = sent
        .get(after..)
        .and_then(|rest| released_for_comments(rest, year))
    {
        out.push(DatedFact {
            date,
            what: "draft released".into(),
        });
    }
    // "GB/T X was abolished on D" / "as of D": the day it was withdrawn.
    // ("On D, SAC abolished GB/T X": the date opening the sentence.)
    if withdraws(sent, after, true)
        && let Some((a, w, _)) = withdrawn(sent)
        && let Some(date) = date_of_act(sent, (a, w), year, ACT_GAPS, &[','])
    {
        out.push(DatedFact {
            date,
            what: "withdrawn".into(),
        });
    }
    // (A national standard is released when it is approved: "SAMR approved
    // 118 national standards on D, among them GB ...".)
    static APPROVED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?-u:\b)approved(?-u:\b)").expect("approved")
    });
    if let Some(v) = super::patterns::issue_verbs(sent)
        .next()
        .or_else(|| APPROVED.find(sent))
        && let Some(d) = dates::first_date(sent, year)
    {
        // "On 1 May, X released CODE ..." (a date before the code), or "X
        // released CODE Title on 1 May" (the verb before the code, the date
        // right after "on" and before any effective-date phrase).
        // (Not the date of a relative clause about an earlier name: "the X
        // Measures, issued by CAC, which took effect on D, and GB ...".)
        // (Nor the date of an effective-date phrase: "X, effective 1
        // September 2025, together with GB ...".)
        let effective_phrase = EFFECTIVE
            .find_iter(&sent[..d.start])
            .any(|e| sent[e.end()..d.start].trim().is_empty());
        // (Nor the date of a participle about a name before the code: "The
        // Measures X, issued by CAC on D, entered into force ...; GB Y is
        // their supporting standard".)
        let participle = v.start() < after
            && sent[..v.start()].trim_end().ends_with(',')
            && sent[v.end()..].trim_start().starts_with("by ");
        // (Nor the date of an announcement of what is to come: "MIIT
        // announced on D that GB X will take effect on ..."; "announced
        // that GB X has been published" dates it.)
        let reported = v.as_str().eq_ignore_ascii_case("announced")
            && sent
                .get(v.end()..after)
                .is_some_and(|g| g.contains(" that "))
            && sent.get(after..).is_some_and(|rest| {
                rest.contains(" will ")
                    && ![" has been ", " have been ", " was ", " were "]
                        .iter()
                        .any(|w| rest.contains(w))
            });
        let before_code = d.start < after
            && !effective_phrase
            && !participle
            && !reported
            && !out.iter().any(|f| f.date == d.date)
            && !EFFECTIVE
                .find_iter(&sent[..d.start])
                .any(|e| foreign_clause(sent, e.start(), after));
        let after_code = v.start() < after
            && d.start >= after
            && sent[..d.start].ends_with("on ")
            && EFFECTIVE.find(&sent[after..d.start]).is_none()
            && !out.iter().any(|f| f.date == d.date);
        // "CODE Title (published on 28 March 2025; effective ...)",
        // "(published 2025-03-28, effective ...)": the
        // verb and its date after the code, before the next code.
        let own = (v.start() >= after && v.end() < own_end)
            .then(|| dates::first_date(&sent[v.end()..own_end], year))
            .flatten()
            .filter(|od| {
                let gap = sent[v.end()..v.end() + od.start].trim();
                // ("issued by SAMR and SAC on 25 August 2024": its issuers
                // between.)
                let by_issuers = gap.starts_with("by ")
                    && gap.ends_with(" on")
                    && gap.split_whitespace().count() <= 10;
                (matches!(gap, "on" | "" | ":") || by_issuers)
                    && !out.iter().any(|f| f.date == od.date)
            });
        if let Some(od) = own {
            out.push(DatedFact {
                date: od.date,
                what: "released".into(),
            });
        } else if before_code || after_code {
            out.push(DatedFact {
                date: d.date,
                what: "released".into(),
            });
        }
    }
    out
}

/// An instrument that replaces another ("The Regulations will replace the
/// Interim Provisions on X", "Once adopted, it will replace ..."): the
/// instrument named before the verb in its sentence (else the record's),
/// replacing the ones named after it.
pub(super) fn instrument_replaces(
    cx: &mut Cx,
    raw: &str,
    hits: &[Hit],
    at: usize,
    main: Option<&EntityRef>,
    n: u32,
) {
    let (a, b) = sentence_bounds(raw, at);
    let is_instrument = |h: &&Hit| matches!(h.cat, Cat::Instrument { .. });
    // "The Interim Measures for X were repealed and replaced by the
    // Measures for Y": the one after "by" replaces those before.
    let verb = raw[at..].to_ascii_lowercase();
    if verb.starts_with("replaced by ") || verb.starts_with("superseded by ") {
        let by = at + verb.find(" by ").map_or(0, |i| i + 4);
        let new = hits
            .iter()
            .filter(is_instrument)
            .find(|h| h.start >= by && h.end <= b && raw[by..h.start].trim().len() <= 4);
        if let Some(new) = new {
            let evidence = text::strip_markup(&raw[a..b]);
            let old: Vec<EntityRef> = hits
                .iter()
                .filter(is_instrument)
                .filter(|h| h.start >= a && h.end <= at && h.r != new.r)
                .map(|h| h.r.clone())
                .collect();
            for o in old {
                cx.link(
                    new.r.clone(),
                    RelationKind::Replaces,
                    o,
                    n,
                    &evidence,
                    false,
                );
            }
        }
        return;
    }
    let old: Vec<&Hit> = hits
        .iter()
        .filter(is_instrument)
        .filter(|h| h.start > at && h.end <= b)
        .collect();
    if old.is_empty() {
        return;
    }
    // Not an instrument named as the basis or the supported one ("The
    // Measures are formulated in accordance with the X Law, and replace
    // ...": the Measures replace).
    let objects_from = [&*LEGAL_BASIS_PHRASE, &*SUPPORT_PHRASE]
        .iter()
        .filter_map(|p| p.find(&raw[a..at]).map(|m| a + m.start()))
        .min()
        .unwrap_or(at);
    let subject = hits
        .iter()
        .rev()
        .filter(is_instrument)
        .find(|h| h.start >= a && h.end <= objects_from)
        .map(|h| h.r.clone())
        .or_else(|| main.filter(|m| m.0 == EntityKind::Instrument).cloned());
    let Some(new) = subject else { return };
    let evidence = text::strip_markup(&raw[a..b]);
    for h in old.into_iter().filter(|h| h.r != new) {
        cx.link(
            new.clone(),
            RelationKind::Replaces,
            h.r.clone(),
            n,
            &evidence,
            false,
        );
    }
}

/// A standard this document dates as taking effect but gives no stage has
/// been published (a table of approved standards with an "Effective"
/// column; "GB X will take effect on D"). Not a draft: one with a comment
/// deadline or a placeholder year ("GB 1-202X").
/// And a draft's release is the draft's: "released" becomes "draft
/// released" for a standard this document calls a draft — or gives a
/// comment deadline and no stage: a draft for comments. A placeholder
/// year is never published: such a code is under development.
pub(crate) fn default_statuses(entities: &mut [EntityDraft]) {
    // A code with a placeholder year ("YD/T 1-202X") is not yet published,
    // whatever the sentence's verb ("MIIT published the plan, including
    // YD/T 1-202X"): it is under development.
    for e in entities.iter_mut().filter(|e| {
        e.kind == EntityKind::Standard
            && e.status.as_deref() == Some("published")
            && crate::model::builder::placeholder_year(&e.key)
    }) {
        e.status = Some("under development".into());
    }
    // A standard open for comments and given no stage is a draft for
    // comments (a TBT notification's "Final date for comments" column).
    for e in entities.iter_mut().filter(|e| {
        e.kind == EntityKind::Standard
            && e.status.is_none()
            && e.dates.iter().any(|d| d.what == "comment deadline")
    }) {
        e.status = Some("draft for comments".into());
    }
    for e in entities.iter_mut().filter(|e| {
        e.kind == EntityKind::Standard
            && matches!(e.status.as_deref(), Some("draft" | "draft for comments"))
    }) {
        for d in &mut e.dates {
            if d.what == "released" {
                d.what = "draft released".into();
            }
        }
    }
    for e in entities
        .iter_mut()
        .filter(|e| e.kind == EntityKind::Standard && e.status.is_none())
    {
        let effective = e.dates.iter().any(|d| d.what == "effective");
        let draft = e
            .dates
            .iter()
            .any(|d| d.what == "comment deadline" || d.what == "draft released")
            || crate::model::builder::placeholder_year(&e.key);
        if effective && !draft {
            e.status = Some("published".into());
        }
    }
}

/// A list item's note naming the committee: "- 20260101-T-339 Widget
/// recycling (under development, SAC/TC 999)": that committee drafts it.
pub(super) fn noted_committee(cx: &mut Cx, raw: &str, hits: &[Hit], s: &Hit, n: u32) {
    let Some(c) = hits.iter().find(|h| {
        h.cat == Cat::Committee
            && h.start > s.end
            && !codes::is_international(&h.r.1)
            && raw[s.end..h.start]
                .rfind('(')
                .is_some_and(|o| !raw[s.end + o..h.start].contains(')'))
    }) else {
        return;
    };
    cx.link(
        s.r.clone(),
        RelationKind::DevelopedBy,
        c.r.clone(),
        n,
        &text::strip_markup(raw),
        false,
    );
}

/// The date a draft went out for comments: "went out for public comments
/// on D", "was released for comments on D", "opened for consultation on D".
pub(super) fn released_for_comments(sent: &str, year: Option<i32>) -> Option<PartialDate> {
    static FOR_COMMENTS_ON: LazyLock<Regex> = LazyLock::new(|| {
        super::patterns::re(
            r"(?i)(?-u:\b)(?:out|released|published|issued|opened|put) for (?:public )?(?:comments?|consultation) (?:on|from) ",
        )
    });
    let m = FOR_COMMENTS_ON.find(sent)?;
    crate::extract::dates::date_at_start(&sent[m.end()..], year).map(|d| d.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projects_labelled_with_their_stage() {
        assert_eq!(
            labelled_project("New project proposal: Widgets — Quality evaluation"),
            Some(("Widgets — Quality evaluation".into(), "proposal"))
        );
        assert_eq!(
            labelled_project("Draft for comments: Widgets — Test methods (WG2)"),
            Some(("Widgets — Test methods".into(), "draft for comments"))
        );
        // (No stage, or no title in the standards' shape.)
        assert_eq!(labelled_project("Opening: Widgets — Welcome words"), None);
        assert_eq!(
            labelled_project("Proposal: the committee will meet again"),
            None
        );
    }
}
