//! Standards a sentence refers to by a count or a pronoun: "Both
//! standards ...", "All three were released on D", "They take effect on
//! D" — the ones named before on the line, in the list right above or in a
//! paragraph above.

use super::standards::line_standards;
use crate::extract::links::{Cat, Hit, LineHits};
use crate::extract::{Cx, sentence_bounds};
use crate::model::Record;
use crate::model::builder::EntityRef;

/// A sentence (up to its verb) about several standards named before:
/// "The standards ...", "Both standards ...".
pub(crate) fn plural_standards(before: &str) -> bool {
    let before = before.to_ascii_lowercase();
    [
        "the standards",
        "these standards",
        "both standards",
        "the two standards",
        "the guides",
        "these guides",
        "the practice guides",
    ]
    .iter()
    .any(|w| before.contains(w))
}

/// How many standards a sentence's subject counts, and which of those
/// named before: the last so many ("All three were developed by ...", "The
/// four standards ...", "These two ...") or the first ("The first two
/// standards were published ...").
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Count {
    /// The last `n` named.
    Last(usize),
    /// The first `n` named.
    First(usize),
}

impl Count {
    /// How many.
    pub(crate) fn n(self) -> usize {
        match self {
            Count::Last(n) | Count::First(n) => n,
        }
    }

    /// The counted ones of `named` (in the order named).
    pub(crate) fn pick<T>(self, mut named: Vec<T>) -> Vec<T> {
        match self {
            Count::Last(k) => named.split_off(named.len().saturating_sub(k)),
            Count::First(k) => {
                named.truncate(k);
                named
            }
        }
    }
}

/// The number an English number word from two to ten stands for.
pub(crate) fn number_word(w: &str) -> Option<usize> {
    const COUNTS: [&str; 9] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    COUNTS
        .iter()
        .position(|c| c.eq_ignore_ascii_case(w))
        .map(|i| i + 2)
}

/// The [`Count`] of a sentence's subject, if it counts standards.
pub(crate) fn counted_standards(before: &str) -> Option<Count> {
    let b = before.trim().to_ascii_lowercase();
    let words: Vec<&str> = b
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "all three", "the three standards", "these four", "The two standards
    // on X and Y were".
    // ("Both were drafted by WG 2", "Both standards ...": the last two.)
    if words.first() == Some(&"both") {
        return Some(Count::Last(2));
    }
    // "the first two standards", "the last three".
    if let Some(c) = words.windows(3).find_map(|w| {
        let n = number_word(w[2])?;
        match (w[0], w[1]) {
            ("the", "first") => Some(Count::First(n)),
            ("the", "last") => Some(Count::Last(n)),
            _ => None,
        }
    }) {
        return Some(c);
    }
    words.windows(2).find_map(|w| {
        let n = number_word(w[1])?;
        matches!(w[0], "all" | "the" | "these" | "those").then_some(Count::Last(n))
    })
}

/// Whether a sentence opens by referring to a list of standards without
/// naming them — "They ...", "All three were ...", "Both ...", "All of
/// them ...", "These standards ...": `Some` of how many it counts, if it
/// counts them.
pub(crate) fn collective_subject(sent: &str) -> Option<Option<Count>> {
    let s = sent.trim_start();
    let head = &s[..s.floor_char_boundary(s.len().min(40))];
    let words: Vec<&str> = head.split(' ').take(4).collect();
    let opening = words.join(" ");
    if let Some(k) = counted_standards(&opening).filter(|_| {
        // (The count opens the sentence: "All three", "These two
        // standards", "Both".)
        matches!(
            words.first().map(|w| w.to_ascii_lowercase()).as_deref(),
            Some("all" | "these" | "the" | "both")
        )
    }) {
        return Some(Some(k));
    }
    [
        "They ",
        "All of them ",
        "All of these ",
        "These standards ",
        "All these standards ",
    ]
    .iter()
    .any(|p| s.starts_with(p))
    .then_some(None)
}

#[cfg(test)]
#[test]
fn counted_subjects() {
    assert_eq!(
        collective_subject("All three were released on D"),
        Some(Some(Count::Last(3)))
    );
    assert_eq!(
        collective_subject("Both support the X"),
        Some(Some(Count::Last(2)))
    );
    assert_eq!(
        collective_subject("The first two standards were published on D"),
        Some(Some(Count::First(2)))
    );
    assert_eq!(collective_subject("They take effect"), Some(None));
    assert_eq!(collective_subject("All standards bodies agree"), None);
    assert_eq!(collective_subject("In 2029, these two standards"), None);
    assert_eq!(counted_standards("All three were"), Some(Count::Last(3)));
    assert_eq!(
        counted_standards("The four standards"),
        Some(Count::Last(4))
    );
    assert_eq!(counted_standards("the last three"), Some(Count::Last(3)));
    assert_eq!(
        counted_standards("In 2029, these two standards"),
        Some(Count::Last(2))
    );
    assert_eq!(counted_standards("Three standards were"), None);
    assert_eq!(counted_standards("Both were"), Some(Count::Last(2)));
    assert_eq!(
        counted_standards("The two standards on plugs and sockets were"),
        Some(Count::Last(2))
    );
    assert_eq!(counted_standards("The standards"), None);
}

/// The standards a sentence opening with a pronoun refers back to: "They
/// come into force on ..." after a sentence naming two or more standards on
/// the line; "It will take effect on ..." after one naming exactly one (and
/// no instrument but the announcement approving it). `standards` are the
/// line's standards (replaced codes left out); the sentence starts at byte
/// `a` of `raw`.
pub(crate) fn pronoun_standards(
    raw: &str,
    (a, sent): (usize, &str),
    standards: &[&Hit],
    hits: &[Hit],
) -> Vec<EntityRef> {
    if sent.trim_start().starts_with("They ") {
        let mut v: Vec<EntityRef> = standards
            .iter()
            .filter(|h| h.end <= a)
            .map(|h| h.r.clone())
            .collect();
        v.dedup();
        if v.len() >= 2 { v } else { Vec::new() }
    } else if sent.trim_start().starts_with("It ") && a > 0 {
        // "It will take effect on ..." after a sentence naming one
        // standard (and no instrument but the announcement approving
        // it): that standard.
        let (pa, v) = sentence_before(raw, a, standards);
        let other_instrument = hits.iter().any(|h| {
            h.start >= pa
                && h.end <= a
                && matches!(h.cat, Cat::Instrument { .. })
                && !h.r.1.contains("Announcement")
        });
        if v.len() == 1 && !other_instrument {
            v
        } else {
            Vec::new()
        }
    } else {
        Vec::new()
    }
}

/// Where the sentence before byte `a` of the line starts, and the
/// standards it names (each once, in order).
pub(super) fn sentence_before(raw: &str, a: usize, standards: &[&Hit]) -> (usize, Vec<EntityRef>) {
    let (pa, _) = sentence_bounds(raw, a.saturating_sub(2));
    let mut v: Vec<EntityRef> = standards
        .iter()
        .filter(|h| h.start >= pa && h.end <= a)
        .map(|h| h.r.clone())
        .collect();
    v.dedup();
    (pa, v)
}

/// The standards a collective subject at byte `a` of line `n` refers back
/// to ("Both were released on D", "They support the X"): those of the
/// nearest sentence before naming any, on this line (whose standards,
/// replaced codes left out, are `standards`) or the paragraphs above in the
/// record — passing over sentences that name none but themselves refer
/// back ("The standards were drafted by X. They support ..."). As many as
/// `count` says (the last ones), or all of them when it counts none; none
/// when that sentence names fewer than that (or fewer than two), a
/// sentence in between is about something else, or a list comes first
/// (its own rule reads a list).
pub(crate) fn earlier_standards(
    cx: &Cx,
    by_line: &LineHits,
    r: &Record,
    (n, a): (u32, usize),
    standards: &[&Hit],
    count: Option<Count>,
) -> Vec<EntityRef> {
    let need = count.map_or(2, Count::n).max(2);
    for ln in (r.lines.0..=n).rev() {
        let raw = cx.doc.line(ln);
        if ln < n && raw.trim_start().starts_with(['-', '*', '•']) {
            return Vec::new();
        }
        let own;
        let hits: &[&Hit] = if ln == n {
            standards
        } else {
            own = line_standards(cx, by_line, r, ln);
            &own
        };
        let mut end = if ln == n { a } else { raw.len() + 1 };
        while end > 0 {
            let (pa, v) = sentence_before(raw, end, hits);
            if pa >= end {
                // (No sentence ends before `end`'s: nothing earlier.)
                break;
            }
            let sent = raw.get(pa..end.min(raw.len())).unwrap_or("");
            end = pa;
            if sent.trim().is_empty() {
                continue;
            }
            if !v.is_empty() {
                return match (v.len() >= need, count) {
                    (false, _) => Vec::new(),
                    (true, Some(c)) => c.pick(v),
                    (true, None) => v,
                };
            }
            let head = &sent[..sent.floor_char_boundary(40)];
            if collective_subject(sent).is_none() && !plural_standards(head) {
                return Vec::new();
            }
        }
    }
    Vec::new()
}

/// The standards of the list right above line `n` of record `r` (its
/// bullet lines, blank lines between allowed): what a line opening with
/// "They" refers back to. Empty when fewer than two.
pub(crate) fn list_above(cx: &Cx, by_line: &LineHits, r: &Record, n: u32) -> Vec<EntityRef> {
    let mut out: Vec<EntityRef> = Vec::new();
    for ln in (r.lines.0..n).rev() {
        let l = cx.doc.line(ln).trim_start();
        if l.is_empty() {
            continue;
        }
        if !l.starts_with(['-', '*', '•']) {
            break;
        }
        let v = by_line.get(&ln).map(Vec::as_slice).unwrap_or(&[]);
        // (The item's own code: the first on its line.)
        if let Some(h) = v.iter().find(|h| h.cat == Cat::Standard) {
            out.push(h.r.clone());
        }
    }
    out.reverse();
    out.dedup();
    if out.len() >= 2 { out } else { Vec::new() }
}
