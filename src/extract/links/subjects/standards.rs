//! The standard a sentence is about when it names no code: the standards
//! named before or after in the record, the one the record is titled
//! with or about, "the blockchain standard" by its topic, "This document".

use crate::extract::links::patterns::re;
use crate::extract::links::standards::replaced_hits;
use crate::extract::links::{Cat, Hit, LineHits};
use crate::extract::{Cx, sentence_bounds};
use crate::model::builder::EntityRef;
use crate::model::{EntityKind, Record};

/// The standards named in record `r` before byte `a` of line `n`, with
/// their lines, not counting the older standards they replace.
pub(crate) fn standards_before(
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
pub(crate) fn standards_after(
    cx: &Cx,
    by_line: &LineHits,
    r: &Record,
    n: u32,
) -> Vec<(EntityRef, u32)> {
    standards_in(cx, by_line, r, n + 1..=r.lines.1.max(n + 1), |_, _| true)
}

pub(super) fn standards_in(
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
pub(super) fn standard_hits<'h>(
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
            crate::extract::links::fields::replaced_cells(cx, r, *ln)
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
pub(crate) fn code_family(before: &str) -> Option<String> {
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

/// The standards named on line `ln` of record `r`, replaced codes left
/// out, in order.
pub(super) fn line_standards<'h>(
    cx: &Cx,
    by_line: &'h LineHits,
    r: &Record,
    ln: u32,
) -> Vec<&'h Hit> {
    let mut out = Vec::new();
    standard_hits(cx, by_line, r, ln..=ln, |_, h| out.push(h));
    out
}

/// Whether a sentence's subject (the text before its verb) refers back to
/// a standard without its code: "The guide", "The new standard", "It".
pub(crate) fn refers_to_a_standard(before: &str) -> bool {
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
pub(crate) fn titled_standard(cx: &Cx, by_line: &LineHits, r: &Record) -> Option<(EntityRef, u32)> {
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
pub(crate) fn title_subject(cx: &Cx, raw: &str, at: usize) -> Option<EntityRef> {
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
pub(crate) fn this_document(raw: &str, at: usize) -> bool {
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
pub(crate) fn record_standard(cx: &Cx, by_line: &LineHits, r: &Record) -> Option<(EntityRef, u32)> {
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
pub(crate) fn one_standard(sent: &str) -> bool {
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
pub(crate) fn topic_standard(
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
