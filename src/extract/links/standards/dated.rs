//! A standard's dated facts read from its sentence: released, effective
//! ("took effect on 1 Sep 2025", "(effective from D)"), or relative to its
//! release or another instrument, comment deadline, withdrawn.

use super::stage::{about_the_same, foreign_clause, sentence_status, withdrawn, withdraws};
use super::{comment_deadline, released_for_comments};
use crate::extract::dates;
use crate::extract::lag::{Lag, alongside, lag_after};
use crate::extract::links::patterns::*;
use crate::model::DatedFact;

/// The clause of `sent` that holds byte `at`, when the sentence joins
/// clauses with ", while", ", whereas", ", but" or ", and" and another
/// clause names a code of its own (not ", and both were published": a
/// clause about the same standards).
pub(super) fn own_clause(sent: &str, at: usize) -> Option<(usize, usize)> {
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
pub(super) fn own_effective(
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
pub(crate) fn effective_lag(sent: &str, range: (usize, usize)) -> Option<Lag> {
    own_effective(sent, range).find_map(|m| lag_after(&sent[m.end()..]).map(|(l, _)| l))
}

/// Where the instrument a standard takes effect with is named ("... will
/// take effect on the same day as the Measures"), in the sentence about
/// the standard whose code ends at byte `after` of `sent`.
pub(crate) fn effective_alongside(sent: &str, range: (usize, usize)) -> Option<usize> {
    own_effective(sent, range).find_map(|m| alongside(&sent[m.end()..]).map(|k| m.end() + k))
}

/// What may stand between an act's phrase and its date: "abolished on D",
/// "as of D", "with effect from D", or nothing.
pub(crate) const ACT_GAPS: &[&str] = &["on", "from", "as of", "with effect from", ""];

/// The day of an act whose phrase spans `(start, end)` of `sent` (a
/// withdrawal, a repeal): a date right after it, separated only by one of
/// `gaps` ("was abolished on D"), or the date opening the sentence and
/// followed by one of `commas` ("On D, SAC abolished ...").
pub(crate) fn date_of_act(
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

pub(crate) fn standard_dates(
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
    if let Some(v) = crate::extract::links::patterns::issue_verbs(sent)
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
        // ("... was published in March 2031": a month after "in".)
        let in_month = |d: &dates::DateMatch, lead: &str| {
            lead.ends_with("in") && d.date.month.is_some() && d.date.day.is_none()
        };
        let after_code = v.start() < after
            && d.start >= after
            && (sent[..d.start].ends_with("on ") || in_month(&d, sent[..d.start].trim_end()))
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
                (matches!(gap, "on" | "" | ":") || by_issuers || gap == "in" && in_month(od, gap))
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
