//! Who a sentence is about when it does not name it: the standards named
//! before ("Both standards ...", "The YD/T standards ..."), the record's
//! instrument referred back to ("The Measures will take effect ..."); and
//! the warning for a date that cannot be right; the sentences of a line
//! that name no standard, and a clause shared by all it names.

use super::patterns::re;
use super::standards::replaced_hits;
use super::{Cat, Hit, LineHits};
use crate::extract::{Cx, sentence_bounds};
use crate::model::builder::EntityRef;
use crate::model::{EntityKind, PartialDate, Record};

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

/// A sentence (up to its verb) about several standards named before:
/// "The standards ...", "Both standards ...".
pub(super) fn plural_standards(before: &str) -> bool {
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
pub(super) enum Count {
    /// The last `n` named.
    Last(usize),
    /// The first `n` named.
    First(usize),
}

impl Count {
    /// How many.
    pub(super) fn n(self) -> usize {
        match self {
            Count::Last(n) | Count::First(n) => n,
        }
    }

    /// The counted ones of `named` (in the order named).
    pub(super) fn pick<T>(self, mut named: Vec<T>) -> Vec<T> {
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
pub(super) fn number_word(w: &str) -> Option<usize> {
    const COUNTS: [&str; 9] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    COUNTS
        .iter()
        .position(|c| c.eq_ignore_ascii_case(w))
        .map(|i| i + 2)
}

/// The [`Count`] of a sentence's subject, if it counts standards.
pub(super) fn counted_standards(before: &str) -> Option<Count> {
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
pub(super) fn collective_subject(sent: &str) -> Option<Option<Count>> {
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

/// The standards named in record `r` before byte `a` of line `n`, with
/// their lines, not counting the older standards they replace.
pub(super) fn standards_before(
    cx: &Cx,
    by_line: &LineHits,
    r: &Record,
    n: u32,
    a: usize,
) -> Vec<(EntityRef, u32)> {
    standards_in(cx, by_line, r, r.lines.0..=n.max(r.lines.0), |ln, h| {
        ln < n || h.start < a
    })
}

/// The standards named in record `r` on the lines after line `n` (a list
/// after "The standards will be implemented from D."), not counting the
/// older standards they replace.
pub(super) fn standards_after(
    cx: &Cx,
    by_line: &LineHits,
    r: &Record,
    n: u32,
) -> Vec<(EntityRef, u32)> {
    standards_in(cx, by_line, r, n + 1..=r.lines.1.max(n + 1), |_, _| true)
}

fn standards_in(
    cx: &Cx,
    by_line: &LineHits,
    r: &Record,
    lines: std::ops::RangeInclusive<u32>,
    keep: impl Fn(u32, &Hit) -> bool,
) -> Vec<(EntityRef, u32)> {
    let mut out = Vec::new();
    standard_hits(cx, by_line, r, lines, |ln, h| {
        if keep(ln, h) {
            out.push((h.r.clone(), ln));
        }
    });
    out
}

/// Each standard named on `lines` of record `r` with its line, in order,
/// not counting the older standards they replace.
fn standard_hits<'h>(
    cx: &Cx,
    by_line: &'h LineHits,
    r: &Record,
    lines: std::ops::RangeInclusive<u32>,
    mut each: impl FnMut(u32, &'h Hit),
) {
    for (ln, v) in by_line.range(lines) {
        let old = replaced_hits(cx.doc.line(*ln), v);
        // (A table's "Replaced Standard" column holds older ones too.)
        let old_cells = if v.iter().any(|h| h.cat == Cat::Standard) {
            super::fields::replaced_cells(cx, r, *ln)
        } else {
            Vec::new()
        };
        let in_old_cell = |h: &Hit| old_cells.iter().any(|&(x, y)| h.start >= x && h.end <= y);
        for (h, old) in v.iter().zip(old) {
            if h.cat == Cat::Standard && !old && !in_old_cell(h) {
                each(*ln, h);
            }
        }
    }
}

/// "The YD/T standards ...", "the GB standards ...": the code family a
/// sentence names (`YD/T`).
pub(super) fn code_family(before: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let i = words
        .iter()
        .position(|w| matches!(*w, "standards" | "standard"))?;
    let fam = *words.get(i.checked_sub(1)?)?;
    let det = words.get(i.wrapping_sub(2)).copied().unwrap_or("");
    let shaped = fam.len() >= 2
        && fam.len() <= 8
        && fam.bytes().all(|b| b.is_ascii_uppercase() || b == b'/')
        && fam.bytes().next().is_some_and(|b| b.is_ascii_uppercase());
    (shaped && matches!(det, "The" | "the" | "These" | "these" | "All" | "all"))
        .then(|| fam.to_owned())
}

/// Whether a sentence opens with a reference back to instrument `m`: "The
/// Measures ...", "The amended law ...", "These Provisions ..." (not "It":
/// that may be a standard).
pub(super) fn refers_to(cx: &Cx, sent: &str, m: &EntityRef) -> bool {
    opening_head(sent).is_some_and(|head| names_head(cx, head, m))
}

/// Whether instrument `m` is what its type word `head` ("Measures") refers
/// back to: its name holds the word.
fn names_head(cx: &Cx, head: &str, m: &EntityRef) -> bool {
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
fn renamed(cx: &Cx, key: &str, head: &str) -> bool {
    cx.defined
        .iter()
        .any(|(d, r)| r.1 == key && !d.eq_ignore_ascii_case(head))
}

/// The keys of the instruments drafted so far whose names hold `head`
/// (its plural's "s" aside).
fn candidates<'c>(cx: &'c Cx, head: &str) -> Vec<&'c str> {
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
pub(super) fn opening_head(sent: &str) -> Option<&str> {
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
pub(super) fn unique_instrument_with(cx: &Cx, head: &str) -> Option<EntityRef> {
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
pub(super) fn referred_instrument(
    cx: &Cx,
    sent: &str,
    main: Option<&EntityRef>,
) -> Option<EntityRef> {
    instrument_by_head(cx, opening_head(sent)?, main)
}

/// The instrument a type word ("Measures") refers back to: the record's
/// own (`main`) when its name holds that word, else the one instrument of
/// the document so far whose name does.
pub(super) fn instrument_by_head(
    cx: &Cx,
    head: &str,
    main: Option<&EntityRef>,
) -> Option<EntityRef> {
    match main {
        Some(m) if names_head(cx, head, m) => Some(m.clone()),
        _ => unique_instrument_with(cx, head),
    }
}

/// The standards a sentence opening with a pronoun refers back to: "They
/// come into force on ..." after a sentence naming two or more standards on
/// the line; "It will take effect on ..." after one naming exactly one (and
/// no instrument but the announcement approving it). `standards` are the
/// line's standards (replaced codes left out); the sentence starts at byte
/// `a` of `raw`.
pub(super) fn pronoun_standards(
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
fn sentence_before(raw: &str, a: usize, standards: &[&Hit]) -> (usize, Vec<EntityRef>) {
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
pub(super) fn earlier_standards(
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

/// The standards named on line `ln` of record `r`, replaced codes left
/// out, in order.
fn line_standards<'h>(cx: &Cx, by_line: &'h LineHits, r: &Record, ln: u32) -> Vec<&'h Hit> {
    let mut out = Vec::new();
    standard_hits(cx, by_line, r, ln..=ln, |_, h| out.push(h));
    out
}

/// Whether a sentence's subject (the text before its verb) refers back to
/// a standard without its code: "The guide", "The new standard", "It".
pub(super) fn refers_to_a_standard(before: &str) -> bool {
    let b = before.trim().to_ascii_lowercase();
    // (After a label: "A: It ...", "Description: The standard ...".)
    let b = b.rsplit(": ").next().unwrap_or(&b).to_owned();
    // (After reported speech: "MIIT said the standard ...".)
    let b = [
        " said that ",
        " said ",
        " noted that ",
        " stated that ",
        " added that ",
        " explained that ",
    ]
    .iter()
    .find_map(|v| b.rsplit_once(v).map(|(_, t)| t.to_owned()))
    .unwrap_or(b);
    // ("It was developed by": up to the verb, its auxiliary dropped.)
    let b = [" has been", " had been", " will be", " was", " is", " were"]
        .iter()
        .find_map(|aux| b.strip_suffix(aux))
        .unwrap_or(&b);
    let b = b.trim_start_matches("the ").trim_start_matches("this ");
    let b = b.trim_start_matches("new ").trim_start_matches("revised ");
    // ("The draft was prepared by X": a draft standard's committee.)
    matches!(
        b,
        "guide"
            | "practice guide"
            | "standard"
            | "document"
            | "specification"
            | "it"
            | "draft"
            | "draft standard"
    )
}

/// The standard a record is titled with: the first code in its title
/// line, else in the document's title (a standard's text: "# GB/T X
/// Title", then "## Foreword" ... "This document replaces ...").
pub(super) fn titled_standard(cx: &Cx, by_line: &LineHits, r: &Record) -> Option<(EntityRef, u32)> {
    let on = |ln: u32| {
        by_line
            .get(&ln)?
            .iter()
            .find(|h| h.cat == Cat::Standard)
            .map(|h| (h.r.clone(), ln))
    };
    let doc_title = (1..r.lines.0)
        .find(|&ln| !cx.doc.line(ln).trim().is_empty())
        .filter(|&ln| ln < r.lines.0);
    on(r.lines.0).or_else(|| doc_title.and_then(on))
}

/// The standard a Chinese sentence opens with by its title in book-title
/// marks ("《电动自行车安全技术规范》由工业和信息化部提出，……代替GB
/// 99811-2018": the sentence of `raw` around byte `at`), when the document
/// named one standard with that title ("《X》（GB 99811-2029）").
pub(super) fn title_subject(cx: &Cx, raw: &str, at: usize) -> Option<EntityRef> {
    let at = raw.floor_char_boundary(at.min(raw.len()));
    let from = raw[..at]
        .rfind(['。', '；', '！'])
        .map_or(0, |p| p + '。'.len_utf8());
    let sent = raw[from..].trim_start_matches([' ', '*', '-', '　']);
    let title = sent.strip_prefix('《')?.split_once('》')?.0.trim();
    if title.is_empty() {
        return None;
    }
    let mut named = cx
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Standard)
        .filter(|e| e.name.as_deref() == Some(title) || e.aliases.iter().any(|a| a == title));
    let one = named.next()?;
    named
        .all(|e| e.key == one.key)
        .then(|| (one.kind, one.key.clone()))
}

/// Whether the words before byte `at` of `raw`, in its sentence, are "This
/// document" or "This standard" (本文件, 本标准): the standard the text is.
pub(super) fn this_document(raw: &str, at: usize) -> bool {
    let (a, _) = sentence_bounds(raw, at);
    let pre = raw[a..at].trim_start().to_ascii_lowercase();
    [
        "this document",
        "this standard",
        "this part",
        "本文件",
        "本标准",
        "本部分",
    ]
    .iter()
    .any(|p| pre.starts_with(p))
}

/// The standard a record is about: the first code in its title line, else
/// the first code it names.
pub(super) fn record_standard(cx: &Cx, by_line: &LineHits, r: &Record) -> Option<(EntityRef, u32)> {
    // The one its title names; else the one the document's title names;
    // else the first it names.
    titled_standard(cx, by_line, r).or_else(|| {
        by_line
            .range(r.lines.0..=r.lines.1.max(r.lines.0))
            .flat_map(|(ln, v)| v.iter().map(move |h| (h, *ln)))
            .find(|(h, _)| h.cat == Cat::Standard)
            .map(|(h, ln)| (h.r.clone(), ln))
    })
}

/// Whether a sentence opens with "The standard" or "This standard": about
/// the one standard its record names.
pub(super) fn one_standard(sent: &str) -> bool {
    let t = sent.trim_start();
    [
        "The standard ",
        "This standard ",
        "The new standard ",
        "The national standard ",
        "The new national standard ",
        "The mandatory standard ",
        "The recommended standard ",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

/// "The blockchain standard ...", "the gizmo data standard, drafted by
/// ...": the one standard named before in record `r` (before byte `a` of
/// line `n`) whose title holds every word between "The" and "standard".
/// None when the words are only a kind ("The new national standard") or
/// no single standard's title holds them.
pub(super) fn topic_standard(
    cx: &Cx,
    by_line: &LineHits,
    r: &Record,
    (n, a): (u32, usize),
    sent: &str,
) -> Option<EntityRef> {
    static TOPIC: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        re(r"^\s*(?:The|the|This|this)\s+((?:[A-Za-z][A-Za-z0-9-]*\s+){1,4})standard(?-u:\b)")
    });
    const KINDS: [&str; 12] = [
        "new",
        "revised",
        "national",
        "mandatory",
        "recommended",
        "industry",
        "sector",
        "first",
        "second",
        "above",
        "said",
        "supporting",
    ];
    let words: Vec<String> = TOPIC
        .captures(sent)?
        .get(1)?
        .as_str()
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .filter(|w| !KINDS.contains(&w.as_str()))
        .collect();
    if words.is_empty() {
        return None;
    }
    let mut named = standards_before(cx, by_line, r, n, a);
    named.dedup_by(|x, y| x.0 == y.0);
    let mut fits = named.into_iter().map(|(s, _)| s).filter(|s| {
        let title = cx
            .slot(s.0, &s.1)
            .and_then(|i| cx.entities[i].name.as_deref())
            .unwrap_or("")
            .to_ascii_lowercase();
        let title_words: Vec<&str> = title.split(|c: char| !c.is_alphanumeric()).collect();
        words.iter().all(|w| title_words.contains(&w.as_str()))
    });
    let one = fits.next()?;
    fits.all(|s| s == one).then_some(one)
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

/// The standards of the list right above line `n` of record `r` (its
/// bullet lines, blank lines between allowed): what a line opening with
/// "They" refers back to. Empty when fewer than two.
pub(super) fn list_above(cx: &Cx, by_line: &LineHits, r: &Record, n: u32) -> Vec<EntityRef> {
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
