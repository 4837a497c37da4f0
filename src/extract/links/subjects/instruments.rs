//! The instrument a sentence refers back to without its full name ("The
//! Measures will take effect ...", "the Provisions", a short name the
//! document defines): the record's, or the document's one instrument with
//! that head word.

use crate::extract::links::patterns::re;
use crate::extract::links::{Cat, Hit};
use crate::extract::{Cx, sentence_bounds};
use crate::model::EntityKind;
use crate::model::builder::EntityRef;

/// Whether a sentence opens with a reference back to instrument `m`: "The
/// Measures ...", "The amended law ...", "These Provisions ..." (not "It":
/// that may be a standard).
pub(crate) fn refers_to(cx: &Cx, sent: &str, m: &EntityRef) -> bool {
    opening_head(sent).is_some_and(|head| names_head(cx, head, m))
}

/// Whether instrument `m` is what its type word `head` ("Measures") refers
/// back to: its name holds the word.
pub(super) fn names_head(cx: &Cx, head: &str, m: &EntityRef) -> bool {
    m.0 == EntityKind::Instrument
        && m.1
            .to_ascii_lowercase()
            .contains(head.to_ascii_lowercase().trim_end_matches('s'))
        // (Not when the document gave it a short name of its own and names
        // another such instrument: after `the Interim Measures for X (the
        // "Interim Measures")`, "The Measures ..." is the other measures.)
        && !(renamed(cx, &m.1, head)
            && candidates(cx, head)
                .iter()
                .any(|k| *k != m.1.as_str() && !renamed(cx, k, head)))
}

/// Whether the document gave instrument `key` a short name of its own
/// other than `head` (`(the "Interim Measures")` for "Measures").
pub(super) fn renamed(cx: &Cx, key: &str, head: &str) -> bool {
    cx.defined
        .iter()
        .any(|(d, r)| r.1 == key && !d.eq_ignore_ascii_case(head))
}

/// The keys of the instruments drafted so far whose names hold `head`
/// (its plural's "s" aside).
pub(super) fn candidates<'c>(cx: &'c Cx, head: &str) -> Vec<&'c str> {
    let head = head.to_ascii_lowercase();
    let head = head.trim_end_matches('s');
    cx.entities
        .iter()
        .filter(|e| e.kind == EntityKind::Instrument && e.key.to_ascii_lowercase().contains(head))
        .map(|e| e.key.as_str())
        .collect()
}

/// The head word a sentence opens with when it refers back to an
/// instrument: "The Provisions are ..." → "Provisions" (also as a list
/// item: "- The Provisions are ...", or its draft: "The draft of the
/// Provisions went out for comments ...").
pub(crate) fn opening_head(sent: &str) -> Option<&str> {
    static OPENING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        re(
            r"^\s*(?:(?:-|\*|•)\s+|\d{1,2}[.)]\s+)?(?:Article\s+\d{1,3}\s+)?(?:(?:The|These|This)\s+(?:draft\s+(?:of\s+the\s+)?)?(?:(?i:new|revised|amended|final|interim)\s+)?(?P<head>Measures|Regulations?|Provisions|Law|Guidelines?|Framework|Plan|Rules|Opinions|Notice|Decision|Catalogue|law|measures|regulations?|provisions|rules|guidelines?|framework|plan)(?-u:\b))",
        )
    });
    OPENING
        .captures(sent)
        .and_then(|c| c.name("head"))
        .map(|h| h.as_str())
}

/// The one instrument of the document drafted so far whose name holds
/// `head` ("Provisions"): what "The Provisions ..." refers back to when the
/// record names another instrument first. None when there are several.
pub(crate) fn unique_instrument_with(cx: &Cx, head: &str) -> Option<EntityRef> {
    // (The one the document defined that word as: `(the "Provisions")`.)
    if let Some((_, r)) = cx
        .defined
        .iter()
        .find(|(d, _)| d.eq_ignore_ascii_case(head))
    {
        return Some(r.clone());
    }
    let mut found = candidates(cx, head);
    // (Of several, the one not given a short name of its own: after `the
    // Interim Measures for X (the "Interim Measures")`, "the Measures" is
    // the other measures.)
    if found.len() > 1 {
        found.retain(|k| !renamed(cx, k, head));
    }
    match found.as_slice() {
        [one] => Some((EntityKind::Instrument, (*one).to_owned())),
        _ => None,
    }
}

/// The instrument a sentence opening "The Measures ..." refers back to: the
/// record's own (`main`) when its name holds that word, else the one
/// instrument of the document so far whose name does. None when the
/// sentence opens with no such word.
pub(crate) fn referred_instrument(
    cx: &Cx,
    sent: &str,
    main: Option<&EntityRef>,
) -> Option<EntityRef> {
    instrument_by_head(cx, opening_head(sent)?, main)
}

/// The instrument a type word ("Measures") refers back to: the record's
/// own (`main`) when its name holds that word, else the one instrument of
/// the document so far whose name does.
pub(crate) fn instrument_by_head(
    cx: &Cx,
    head: &str,
    main: Option<&EntityRef>,
) -> Option<EntityRef> {
    match main {
        Some(m) if names_head(cx, head, m) => Some(m.clone()),
        _ => unique_instrument_with(cx, head),
    }
}

/// The instrument a sentence opening with "It" (at byte `at` of `raw`)
/// stands for: the one instrument the sentence right before it on the line
/// names, when that sentence names no standard ("The CAC issued the
/// Measures for X on D. It takes effect on D2."). A sentence naming a
/// standard too leaves "It" open.
pub(crate) fn pronoun_instrument(raw: &str, at: usize, hits: &[Hit]) -> Option<EntityRef> {
    let t = raw.get(at..)?.trim_start();
    if !(t.starts_with("It ") || t.starts_with("It\u{2019}")) || at == 0 {
        return None;
    }
    // (The sentence before ends with its stop right before `at`.)
    let stop = raw[..at].trim_end().len().checked_sub(1)?;
    let (a, b) = sentence_bounds(raw, raw.floor_char_boundary(stop.checked_sub(1)?));
    if b > at
        || !raw[b..at]
            .trim_matches(|c: char| c.is_whitespace() || c == '.')
            .is_empty()
    {
        return None;
    }
    let named: Vec<&Hit> = hits.iter().filter(|h| h.start >= a && h.end <= b).collect();
    let mut instruments = named
        .iter()
        .filter(|h| matches!(h.cat, Cat::Instrument { .. }));
    let one = instruments.next()?;
    (instruments.all(|h| h.r == one.r) && !named.iter().any(|h| h.cat == Cat::Standard))
        .then(|| one.r.clone())
}
