//! Standards an instrument requires: "Article 9 of the Measures requires
//! operators to meet GB/T X", "The Notice refers to YD/T Y for test
//! methods", "Under the Provisions, providers must comply with GB Z",
//! "Makers shall comply with GB Z, the provisions say". A standard an
//! instrument makes binding supports it.

use super::committee_rules::Sentence;
use super::patterns::re;
use super::subjects::instrument_by_head;
use super::{Cat, Hit};
use crate::extract::{Cx, sentence_bounds, text};
use crate::model::RelationKind;
use crate::model::builder::EntityRef;
use regex::Regex;
use std::sync::LazyLock;

/// The verb of an instrument requiring or citing a standard.
static REQUIRES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:requires?|mandates?|refers? to|references|cites?|prescribes?|calls? for compliance with)(?-u:\b)",
    )
});

/// A duty in the sentence: what the instrument's subjects must do.
static DUTY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?-u:\b)(?:must|shall|(?:is|are) required to|(?:has|have) to|needs? to)(?-u:\b)")
});

/// An instrument referred back to by its type word, opening the sentence
/// as its subject ("The Measures also require", "Article 9 of the
/// Measures requires") or as its frame ("Under the Provisions, ...").
static OPENING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?P<under>(?i:under|according to|pursuant to|as required by)\s+)?(?:(?i:article)\s+\d{1,3}\s+of\s+)?(?i:the|these|this)\s+(?:(?i:new|revised|draft)\s+)?(?P<head>(?i:measures|regulations?|provisions|law|guidelines?|rules|notice|decision|opinions|plan|framework))(?-u:\b)",
    )
});

/// The same, reported after the duty: "..., the provisions say.",
/// "..., according to the Measures."
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r",\s*(?:(?i:according to)\s+)?(?i:the|these)\s+(?P<head>(?i:measures|regulations?|provisions|law|guidelines?|rules|notice|decision|opinions))(?:\s+(?:say|says|said|state|states|stipulate|stipulates|provide|provides))?[.\s]*$",
    )
});

/// Links the standards each sentence of line `n` says an instrument
/// requires to it (see the module's examples). `main` is the record's
/// instrument.
pub(super) fn required_on_line(
    cx: &mut Cx,
    raw: &str,
    hits: &[Hit],
    n: u32,
    main: Option<&EntityRef>,
) {
    let mut pos = 0;
    while pos < raw.len() {
        let (a, b) = sentence_bounds(raw, pos);
        let b = b.max(a + 1).min(raw.len());
        pos = b + 1;
        let in_sent: Vec<&Hit> = hits.iter().filter(|h| h.start >= a && h.end <= b).collect();
        if !in_sent.iter().any(|h| h.cat == Cat::Standard) {
            continue;
        }
        let s = Sentence {
            text: &raw[a..b],
            at: a,
            hits: &in_sent,
            line_hits: hits,
            n,
        };
        required_standards(cx, &s, main);
    }
}

/// Links the standards sentence `s` says an instrument requires to it.
fn required_standards(cx: &mut Cx, s: &Sentence, main: Option<&EntityRef>) {
    let sent = s.text;
    let rel = |h: &Hit| h.start - s.at;
    // (One clause: "...; GB/T X was also released" is another's.)
    let end = sent.find("; ").unwrap_or(sent.len());
    let Some((target, from)) = required_by(cx, s, &sent[..end], main) else {
        return;
    };
    for h in s
        .hits
        .iter()
        .filter(|h| h.cat == Cat::Standard && rel(h) >= from && rel(h) < end)
    {
        cx.link(
            h.r.clone(),
            RelationKind::Supports,
            target.clone(),
            s.n,
            &text::strip_markup(sent),
            false,
        );
    }
}

/// The instrument a clause says requires something, and where what it
/// requires starts.
fn required_by(
    cx: &Cx,
    s: &Sentence,
    clause: &str,
    main: Option<&EntityRef>,
) -> Option<(EntityRef, usize)> {
    let opening = OPENING.captures(clause);
    // "Under the Provisions, providers must comply with GB Z".
    if let Some(c) = opening.as_ref().filter(|c| c.name("under").is_some()) {
        let head = c.name("head")?;
        let comma = clause[head.end()..].find(',')? + head.end();
        let duty = DUTY.find(&clause[comma..])?;
        let target = instrument_by_head(cx, head.as_str(), main)?;
        return Some((target, comma + duty.end()));
    }
    if let Some(v) = REQUIRES.find(clause) {
        // Its subject: an instrument named right before the verb ("The
        // MIIT Notice on X refers to ..."), else the one the clause opens
        // by referring back to.
        let named = s
            .hits
            .iter()
            .rfind(|h| matches!(h.cat, Cat::Instrument { .. }) && h.end - s.at <= v.start())
            .filter(|h| {
                let gap = clause[h.end - s.at..v.start()].trim();
                !gap.contains(',') && gap.split_whitespace().count() <= 2
            })
            .map(|h| h.r.clone());
        let target = named.or_else(|| {
            let c = opening.as_ref()?;
            let head = c.name("head")?;
            let gap = clause[head.end()..v.start()].trim();
            (!gap.contains(',') && gap.split_whitespace().count() <= 2)
                .then(|| instrument_by_head(cx, head.as_str(), main))
                .flatten()
        })?;
        return Some((target, v.end()));
    }
    // "Makers shall comply with GB Z, the provisions say."
    let duty = DUTY.find(clause)?;
    let c = REPORTED.captures(clause)?;
    let head = c.name("head")?;
    Some((instrument_by_head(cx, head.as_str(), main)?, duty.end()))
}

/// Whether a line may hold such a sentence (a cheap look before the rule).
pub(super) fn worth_reading(raw: &str) -> bool {
    [
        "requir", "refer", "must", "shall", "mandat", "cite", "prescrib",
    ]
    .iter()
    .any(|w| raw.contains(w))
}
