//! Sentences about a standard that do not name it but refer back to it
//! ("The standard was approved in July 2031.", "It took effect on D.",
//! "It will replace GB/T 1-2020."): whether a sentence does, and the stage
//! and dates it gives the standard named before it.

use super::standards::{replaced_hits, standard_dates, standard_status};
use super::subjects::unnamed_sentences;
use super::{Cat, Hit};
use crate::extract::{Cx, sentence_bounds};
use crate::model::EntityKind;
use crate::model::builder::EntityDraft;

/// The words a sentence opens with when it is about the standard named
/// before it. Pronouns come last: they may stand for something else.
const BACK: [&str; 8] = [
    "the new standard",
    "the revised standard",
    "the national standard",
    "the standard",
    "this national standard",
    "this standard",
    "it ",
    "this ",
];

/// The length of the words opening `sent` that refer back to a standard
/// named before, and whether they are a bare pronoun ("It", "This").
fn back_subject(sent: &str) -> Option<(usize, bool)> {
    let t = sent.trim_start();
    let lead = sent.len() - t.len();
    let head = t.get(..t.floor_char_boundary(24))?.to_ascii_lowercase();
    let w = BACK.iter().find(|w| {
        head.starts_with(**w)
            // ("The standards ..." and "The standardization ..." are
            // other sentences.)
            && (w.ends_with(' ') || !head[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()))
    })?;
    Some((lead + w.len(), matches!(*w, "it " | "this ")))
}

/// Whether the sentence of `raw` holding byte `at` opens by referring back
/// to a standard named before ("It will replace ...", "This standard ...",
/// "Description: It ...").
pub(super) fn refers_back(raw: &str, at: usize) -> bool {
    let (a, _) = sentence_bounds(raw, at);
    let pre = raw[a..at].trim_start().to_ascii_lowercase();
    let pre = pre.rsplit(": ").next().unwrap_or(&pre);
    BACK.iter().any(|p| pre.starts_with(p))
}

/// The stage and dates a sentence naming no standard gives the one named
/// last before it on the line, when it opens by referring back to it:
/// "Makers shall comply with GB 1-2031. The standard was approved in July
/// 2031." A bare "It" or "This" stands for the standard only when nothing
/// else was named after it.
pub(super) fn referred_back_facts(
    cx: &mut Cx,
    raw: &str,
    hits: &[Hit],
    standards: &[&Hit],
    year: Option<i32>,
) {
    let Some(first) = standards.first() else {
        return;
    };
    for (at, sent) in unnamed_sentences(raw, standards) {
        if at < first.end {
            continue;
        }
        let Some((len, pronoun)) = back_subject(sent) else {
            continue;
        };
        let Some(s) = antecedent(raw, hits, standards, at, pronoun) else {
            continue;
        };
        let mut d = EntityDraft::new(EntityKind::Standard, s.r.1.clone(), "");
        d.status = standard_status(sent, len).map(str::to_owned);
        d.dates = standard_dates(sent, (len, sent.len()), year);
        if d.status.is_some() || !d.dates.is_empty() {
            cx.add(d);
        }
    }
}

/// The standard the sentence starting at byte `at` refers back to: the
/// one the sentence right before it names — of several, the one neither
/// international nor replaced ("SAC approved GB/T 1-2031, an adoption of
/// ISO 9:2030. The national standard ..."). For a bare pronoun, a sentence
/// naming an instrument or naming anything after the standard leaves it
/// open ("The CAC issued the Measures, supported by GB 1-2031. It will
/// take effect ..." is about the Measures).
fn antecedent<'h>(
    raw: &str,
    hits: &'h [Hit],
    standards: &[&'h Hit],
    at: usize,
    pronoun: bool,
) -> Option<&'h Hit> {
    let last = standards.iter().rev().find(|h| h.end <= at)?;
    let (a, b) = sentence_bounds(raw, last.start);
    if !raw.get(b..at).is_some_and(|g| g.trim().is_empty()) {
        return None;
    }
    let replaced = replaced_hits(raw, hits);
    let all: Vec<(&Hit, bool)> = hits
        .iter()
        .zip(replaced)
        .filter(|(h, _)| h.cat == Cat::Standard && h.start >= a && h.end <= b)
        .collect();
    let s = if all.len() == 1 {
        all[0].0
    } else {
        let mut own = all
            .iter()
            .filter(|(h, r)| !r && !crate::extract::codes::is_international(&h.r.1));
        match (own.next(), own.next()) {
            (Some((h, _)), None) => *h,
            _ => return None,
        }
    };
    let other = |h: &Hit| h.cat != Cat::Standard && h.start >= a && h.end <= b;
    if pronoun
        && hits
            .iter()
            .any(|h| other(h) && (h.start > s.end || matches!(h.cat, Cat::Instrument { .. })))
    {
        return None;
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_that_refer_back() {
        assert_eq!(
            back_subject("The standard was approved."),
            Some((12, false))
        );
        assert_eq!(back_subject(" It took effect."), Some((4, true)));
        assert_eq!(
            back_subject("The new standard, drafted by X"),
            Some((16, false))
        );
        assert_eq!(back_subject("The standards were approved."), None);
        assert_eq!(back_subject("The standardization plan"), None);
        assert_eq!(back_subject("Its scope"), None);
    }
}
