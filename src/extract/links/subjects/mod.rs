//! Who a sentence is about when it does not name it: the standards named
//! before ("Both standards ...", "The YD/T standards ..."), the record's
//! instrument referred back to ("The Measures will take effect ..."); and
//! the warning for a date that cannot be right; the sentences of a line
//! that name no standard, and a clause shared by all it names.
//! Standards referred to by a count or a pronoun are found in
//! `counted.rs`, instruments referred back to in `instruments.rs`, standards
//! named without their code in `standards.rs`.

mod counted;
mod instruments;
mod standards;

use super::Hit;
use crate::extract::{Cx, sentence_bounds};
use crate::model::PartialDate;

pub(super) use counted::{
    collective_subject, counted_standards, earlier_standards, list_above, number_word,
    plural_standards, pronoun_standards,
};
pub(super) use instruments::{
    instrument_by_head, opening_head, pronoun_instrument, referred_instrument, refers_to,
    unique_instrument_with,
};
pub(super) use standards::{
    code_family, one_standard, record_standard, refers_to_a_standard, standards_after,
    standards_before, this_document, title_subject, titled_standard, topic_standard,
};

/// Warns about a past event dated after the date the document states as
/// its own ("Implemented on June 1, 2027" in a 2025 newsletter). The date
/// is kept as printed.
pub(super) fn implausible(
    cx: &mut Cx,
    before: &str,
    verb: &str,
    date: PartialDate,
    n: u32,
    evidence: &str,
) {
    let v = verb.to_ascii_lowercase();
    let b = before.trim_end().to_ascii_lowercase();
    let future = b.ends_with("will")
        || b.ends_with("will be")
        || b.ends_with("to be")
        || b.ends_with("shall");
    let past = !future
        && !v.starts_with("will")
        && !v.starts_with("shall")
        && (v.contains("took")
            || v.contains("came")
            || v.contains("implemented")
            || v.contains("enforced"));
    let doc_end = cx.doc.date_end.or(cx.doc.date);
    if past
        && cx.doc.date_stated
        && let Some(end) = doc_end
        && date.first_day() > end.last_day()
    {
        cx.warnings.push(crate::model::Warning {
            file: cx.doc.file.clone(),
            line: Some(n),
            message: format!(
                "implausible date {date}: in the past tense but after the document's own date {end} (kept as printed): {}",
                evidence.chars().take(120).collect::<String>()
            ),
        });
    }
}

/// Whether the text between an instrument's name and an effective-date
/// phrase makes the phrase a relative clause about it: ", which", ", which
/// will", or a participle first (", jointly issued by CAC and MIIT, which").
pub(super) fn relative_gap(gap: &str) -> bool {
    let g = gap.trim();
    if matches!(
        g,
        ", which" | "which" | ", which will" | "which will" | ", which has" | ", which had"
    ) {
        return true;
    }
    let Some(inner) = g.strip_prefix(", ").and_then(|x| x.strip_suffix(", which")) else {
        return false;
    };
    let inner = inner.strip_prefix("jointly ").unwrap_or(inner);
    [
        "issued by ",
        "released by ",
        "published by ",
        "promulgated by ",
        "adopted by ",
    ]
    .iter()
    .any(|p| inner.starts_with(p))
        && inner.matches(',').count() <= 6
        && !inner.contains(" which ")
}

/// The sentences of a line that name none of `standards` (the whole line
/// when it names none), with where each starts.
pub(super) fn unnamed_sentences<'a>(
    raw: &'a str,
    standards: &[&Hit],
) -> impl Iterator<Item = (usize, &'a str)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < raw.len() {
            let (a, b) = sentence_bounds(raw, pos);
            let b = b.max(pos + 1).min(raw.len());
            pos = b;
            if !standards.iter().any(|h| h.start < b && h.end > a) {
                return raw.get(a..b).map(|t| (a, t));
            }
        }
        None
    })
}

/// Where a clause about every standard of sentence `(a, b)` starts, after
/// the last code: "; both were published ...", "; they take effect ...",
/// ", both of which ...".
pub(super) fn shared_clause(
    sent: &str,
    standards: &[&Hit],
    (a, b): (usize, usize),
) -> Option<usize> {
    let inside: Vec<&&Hit> = standards
        .iter()
        .filter(|h| h.start >= a && h.end <= b)
        .collect();
    if inside.len() < 2 {
        return None;
    }
    let last = inside.iter().map(|h| h.end).max()? - a;
    let rest = &sent[last..];
    [
        "; both ",
        "; they ",
        ", both of which ",
        "; all of them ",
        "; the two ",
    ]
    .iter()
    .filter_map(|w| rest.find(w).map(|i| last + i + w.len()))
    .min()
}
