//! Policy instruments: laws, regulations, measures, provisions, opinions,
//! guidelines, frameworks, plans, notices, initiatives, rules, catalogues,
//! standard systems. Names are found by their shape (a head word such as
//! "Measures for ..." or "... Law"), typed by the head word, and normalized
//! so that "China Data Security Law" and "Data Security Law" are one law.

use regex::Regex;
use std::sync::LazyLock;

// (A year is a word of a name when a capitalized one follows: "the
// Notice on Issuing the 2027 Work Plan for X"; so is a count of standards:
// "Notice on the Publication of 10 National Cybersecurity Standards".)
const TOKEN: &str = r#"(?:[A-Z][A-Za-z'’+-]*|(?:19|20)\d{2}[ \t]+[A-Z][A-Za-z'’+-]*|\d+(?:st|nd|rd|th)|[1-9]\d{0,3}[ \t]+(?:[A-Z][A-Za-z-]*[ \t]+){0,3}Standards|\d[A-Z][A-Za-z]*|\d\.\d|AI\+?|“[^”]{1,40}”|"[^"]{1,40}")"#;
const JOIN: &str =
    r"(?:(?: +(?:of|for|the|and|on|in|to|by|with|from|out|a|an|x|\+)){1,2} +| *\+ *| +|-)";
const SUFFIX: &str = r"(?:[ \t]*\((?:Trial|Draft[^)]{0,30}|(?:Revision|Amendment|Revised)[ \t]+Draft[^)]{0,30}|\d{4}(?:[ \t]*Edition)?|\d{4}[–-]\d{4}|Version[ \t]*\d\.\d|for Trial Implementation|PIP)\))*";

static TYPE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    big_regex(&format!(
        r"(?-u:\b)(?:{TOKEN}[ \t]+)*(?P<head>Measures|Provisions|Regulations?|Opinions|Guidelines?|Norms|Rules|Notice|Decision|Outline|Catalogue|Catalog|Standards?[ \t]+System|(?:Action[ \t]+|Work[ \t]+|Working[ \t]+)?Plan|Implementation[ \t]+Rules|(?:Key|Work)[ \t]+Points)[ \t]+(?:for|on|of|to|regarding)[ \t]+(?:the[ \t]+)?{TOKEN}(?:{JOIN}{TOKEN})*(?:[ \t]+of[ \t]+(?:19|20)\d{{2}}(?-u:\b))?{SUFFIX}"
    ))
    .expect("type-first regex")
});

static NAME_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    big_regex(&format!(
        r"(?-u:\b){TOKEN}(?:{JOIN}{TOKEN})*(?:[ \t]+(?:19|20)\d{{2}})?[ \t]+(?P<head>Law|Act|Framework|Initiative|Plan|Roadmap|Outline|Strategy|Guidelines?|Guide|Catalogue|Catalog|Scheme|Regulations|Measures|Provisions)(?-u:\b)(?:[ \t]+\d\.\d)?(?:[ \t]+of[ \t]+(?:the[ \t]+)?People['’]s[ \t]+Republic[ \t]+of[ \t]+China|[ \t]+of[ \t]+China)?{SUFFIX}"
    ))
    .expect("name-first regex")
});

/// A law named type-first: "the Law on the Protection of Minors", "Law for
/// the Promotion of X" (only where no capitalized word precedes "Law": "X
/// Law on ..." is a name-first law and what follows it).
static LAW_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    big_regex(&format!(
        r"(?-u:\b)Law[ \t]+(?:on|for)[ \t]+(?:the[ \t]+)?{TOKEN}(?:{JOIN}{TOKEN})*{SUFFIX}"
    ))
    .expect("law-first regex")
});

/// A regex with room for a large lazy DFA, so long alternations stay on the
/// fast engine instead of falling back to the PikeVM.
pub(crate) fn big_regex(p: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(p)
        .dfa_size_limit(64 << 20)
        .size_limit(64 << 20)
        .build()
}

/// An instrument named in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstrumentHit {
    /// Byte range.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// Canonical key (normalized name).
    pub key: String,
    /// Display name as written (cleaned).
    pub name: String,
    /// Type: law, regulation, measures...
    pub etype: &'static str,
    /// A draft ("Draft for Comments", "Revision Draft 2023").
    pub draft: bool,
    /// Another name it is written under here (the Chinese name of a law
    /// known by its English one).
    pub alias: Option<String>,
}

mod acts;
pub(crate) use acts::is_european_number;
mod names;
mod words;
mod zh;

pub(crate) use names::generic;
use names::{
    clean, cut_code_prefix, defined_short_name, is_translated_head, law_firm_after,
    second_type_first, thin_name_first, trailing_law,
};
use words::{HEADS_NAME_FIRST, HEADS_TYPE_FIRST, LEADING};
pub(crate) use zh::is_instrument_name as is_chinese_instrument_name;

/// The head word of a match: the first type word of a type-first name, the
/// last of a name-first one.
fn head_word(m: &str, type_first: bool) -> &'static str {
    let is_sep = |c: char| c.is_whitespace() || c == '(' || c == ')';
    // Words as `split` yields them (empty ones included), so two-word heads
    // match only across a single separator.
    let words = || m.split(is_sep);
    // Each head split into its words once: (head, its words).
    type Split = Vec<(&'static str, Vec<&'static str>)>;
    static SPLIT: LazyLock<[Split; 2]> = LazyLock::new(|| {
        let split = |heads: &'static [&'static str]| -> Split {
            heads.iter().map(|h| (*h, h.split(' ').collect())).collect()
        };
        [split(HEADS_TYPE_FIRST), split(HEADS_NAME_FIRST)]
    });
    let heads = &SPLIT[usize::from(!type_first)];
    let at = |rest: std::str::Split<'_, _>| {
        let first = rest.clone().next()?;
        heads.iter().find_map(|(h, ws)| {
            if ws[0] != first {
                return None;
            }
            let mut r = rest.clone();
            ws.iter().all(|hw| r.next() == Some(*hw)).then_some(*h)
        })
    };
    // Only a word that starts some head is worth the full comparison.
    let starts_head = |w: &str| {
        w.len() >= 3
            && matches!(
                w.as_bytes()[0],
                b'M' | b'P'
                    | b'R'
                    | b'O'
                    | b'G'
                    | b'N'
                    | b'D'
                    | b'C'
                    | b'S'
                    | b'A'
                    | b'L'
                    | b'F'
                    | b'I'
                    | b'K'
                    | b'W'
            )
    };
    let mut it = words();
    let mut found = None;
    loop {
        if it.clone().next().is_some_and(starts_head)
            && let Some(h) = at(it.clone())
        {
            found = Some(h);
            if type_first {
                break;
            }
        }
        if it.next().is_none() {
            break;
        }
    }
    found.unwrap_or("")
}

fn type_of(head: &str) -> &'static str {
    let h = head.to_ascii_lowercase();
    match h.split_whitespace().next().unwrap_or("") {
        "law" | "code" | "act" => "law",
        "regulation" | "regulations" => "regulation",
        "measures" => "measures",
        "provisions" => "provisions",
        "opinions" => "opinions",
        // ("Ethical Norms for X": guidance, not binding rules.)
        "guideline" | "guidelines" | "guide" | "norms" => "guidelines",
        "framework" => "framework",
        "plan" | "roadmap" | "strategy" | "scheme" | "action" => "plan",
        // "Key Points for Standardization Work" (工作要点): a year's plan.
        "key" | "work" => "plan",
        "outline" => "plan",
        "notice" => "notice",
        "decision" => "decision",
        "initiative" => "initiative",
        "rules" | "implementation" => "rules",
        "catalogue" | "catalog" => "catalogue",
        "standard" | "standards" => "standard system",
        _ => "instrument",
    }
}

/// Undoes the letter confusions PDF conversion makes in these documents
/// ("Cvbersecurity", "Svstem", "Al" for "AI").
pub fn ocr_fix(s: &str) -> String {
    // Most names hold none of the confusions: one look decides.
    let suspect = s.contains("vber") || s.contains("Svstem") || s.contains("Al");
    if !suspect {
        return s.to_owned();
    }
    let mut out = s
        .replace("Cvber", "Cyber")
        .replace("cvber", "cyber")
        .replace("Svstem", "System");
    for (from, to) in [("Al ", "AI "), ("Al-", "AI-"), ("Al+", "AI+")] {
        if out.starts_with(from) {
            out = format!("{to}{}", &out[from.len()..]);
        }
        out = out.replace(&format!(" {from}"), &format!(" {to}"));
    }
    if out.ends_with(" Al") {
        out.truncate(out.len() - 1);
        out.push('I');
    }
    out
}

/// Canonical key of an instrument name: conversion errors undone, quotes,
/// dashes and spaces unified; for laws, "China"/"of the People's Republic
/// of China" dropped.
pub fn instrument_key(name: &str, etype: &str) -> String {
    let fixed = ocr_fix(name);
    let mut s = if fixed.contains(" Info ")
        || !fixed.is_ascii()
        || fixed.contains("  ")
        || fixed.contains(['\t', '\n', '\r'])
    {
        fixed
            .replace(" Info ", " Information ")
            .replace(['“', '”'], "\"")
            .replace('’', "'")
            .replace(['–', '—'], "-")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        // Already single-spaced ASCII: only the ends can differ.
        fixed.trim().to_owned()
    };
    if etype == "law" {
        for suffix in [
            " of the People's Republic of China",
            " of People's Republic of China",
            " of China",
        ] {
            if let Some(t) = s.strip_suffix(suffix) {
                s = t.to_owned();
            }
        }
        for prefix in ["China ", "PRC "] {
            if let Some(t) = s.strip_prefix(prefix) {
                s = t.to_owned();
            }
        }
    }
    // A bare year in parentheses ("(2023)") only dates the name; editions
    // ("(2025 Edition)") and "(Trial)" are part of it; draft markers are not.
    if s.len() > 7
        && s.ends_with(')')
        && let Some(tail) = s.get(s.len() - 7..)
        && tail.starts_with(" (")
        && tail.as_bytes()[2..6].iter().all(u8::is_ascii_digit)
    {
        s.truncate(s.len() - 7);
    }
    for d in [" (Draft for Comments)", " (Draft for Comment)", " (Draft)"] {
        if let Some(t) = s.strip_suffix(d) {
            s = t.to_owned();
        }
    }
    revision_draft_key(s)
}

/// "X Law (Revised Draft for Comments)", "(Draft Revision)", "(Revision
/// Draft)": one draft revision of X whatever its marker's wording, keyed
/// "X Law (Revision Draft)" ("(Amendment Draft)" likewise).
fn revision_draft_key(s: String) -> String {
    let Some(open) = s.rfind(" (").filter(|_| s.ends_with(')')) else {
        return s;
    };
    let marker = &s[open + 2..s.len() - 1];
    let lower = marker.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let is = |a: &str, b: &str| {
        words.len() >= 2 && (words[0] == a && words[1] == b || words[0] == b && words[1] == a)
    };
    let canonical = if is("revised", "draft") || is("revision", "draft") {
        "Revision Draft"
    } else if is("amendment", "draft") {
        "Amendment Draft"
    } else {
        return s;
    };
    // (A year in the marker tells drafts apart: "Revision Draft 2023".)
    match words
        .iter()
        .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    {
        Some(year) => format!("{} ({canonical} {year})", &s[..open]),
        None => format!("{} ({canonical})", &s[..open]),
    }
}

/// Every instrument named in `text`, in order, overlapping hits resolved in
/// favour of the longer one.
pub fn find_instruments(text: &str) -> Vec<InstrumentHit> {
    static HEADS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"Law|Constitution|Act(?-u:\b)|Framework|Initiative|Plan|Roadmap|Outline|Strategy|Guide|Catalog|Scheme|Measures|Provisions|Regulation|Opinions|Norms|Rules|Notice|Decision|System|Announcement|Points").unwrap()
    });
    let mut hits = super::text::on_matching_lines(text, &HEADS, find_in_line);
    let zh = zh::find(text);
    if !zh.is_empty() {
        hits.extend(zh);
        hits.sort_by_key(|h| h.start);
    }
    hits
}

fn find_in_line(text: &str) -> Vec<InstrumentHit> {
    // Bold set inside a name by a converter ("the **Guiding Opinions on**
    // Strengthening X") hides no part of it: the names are read with the
    // markers taken out, their offsets mapped back to the line.
    let markers: Vec<usize> = memchr::memmem::find_iter(text.as_bytes(), b"**").collect();
    if markers.is_empty() {
        return find_in_plain_line(text);
    }
    let plain = text.replace("**", "");
    // Marker k sat before byte `markers[k] - 2k` of the plain line.
    let at: Vec<usize> = markers.iter().enumerate().map(|(k, m)| m - 2 * k).collect();
    let mut hits = find_in_plain_line(&plain);
    for h in &mut hits {
        h.start += 2 * at.partition_point(|&p| p <= h.start);
        h.end += 2 * at.partition_point(|&p| p < h.end);
    }
    hits
}

fn find_in_plain_line(text: &str) -> Vec<InstrumentHit> {
    // A standard's title ("Data security technology — Guidelines for ...")
    // names no instrument.
    static STANDARD_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\d{1,3}[.)] *)?(?:[A-Za-z]+ +){0,3}[Tt]echnology *[—–-]").unwrap()
    });
    // Only the start of a list item can be a standard's title.
    let head = text.trim_start_matches([' ', '-', '*', '•', '\t']);
    let head = &head[..head.char_indices().nth(80).map_or(head.len(), |(i, _)| i)];
    if STANDARD_TITLE.is_match(head) {
        return Vec::new();
    }
    let mut hits: Vec<InstrumentHit> = Vec::new();
    // Matches are found with `find_iter` (the fast engines); the head word
    // is then read from the match instead of a capture group, which would
    // need the slow capture engine on long matches.
    // Each pattern only runs on a line that holds one of its head words in
    // the position it needs.
    static TYPE_CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:Measures|Provisions|Regulations?|Opinions|Guidelines?|Norms|Rules|Notice|Decision|Outline|Catalog(?:ue)?|System|Plan|Points) (?:for|on|of|to|regarding) ").unwrap()
    });
    static NAME_CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:Law|Act|Framework|Initiative|Plan|Roadmap|Outline|Strategy|Guidelines?|Guide|Catalog(?:ue)?|Scheme|Regulations|Measures|Provisions)(?-u:\b)").unwrap()
    });
    static LAW_CUE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"Law (?:on|for) ").unwrap());
    // (type-first, pattern, cue, the type-first law pattern)
    let patterns = [
        (true, &*TYPE_FIRST, &*TYPE_CUE, false),
        (false, &*NAME_FIRST, &*NAME_CUE, false),
        (true, &*LAW_FIRST, &*LAW_CUE, true),
    ];
    for (first, re, cue, law_first_pattern) in patterns {
        if !cue.is_match(text) {
            continue;
        }
        let ms: Vec<regex::Match> = { re.find_iter(text).collect() };
        for m in ms {
            // "Cybersecurity Law on ...": the law is name-first.
            if law_first_pattern
                && text[..m.start()]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| {
                        w.starts_with(|c: char| c.is_uppercase()) && !LEADING.contains(&w)
                    })
            {
                continue;
            }
            let head = std::cell::OnceCell::new();
            let (mut skip, mut name) = clean(m.as_str());
            // "GB/Z 43194-2023 Disposal Guidelines ...": a code's year is
            // no word of the name after it.
            if text[..m.start() + skip].ends_with(['-', ':', '/'])
                && name.len() > 5
                && name.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && name.as_bytes()[4] == b' '
            {
                skip += 5;
                name.drain(..5);
            }
            if generic(&name) {
                continue;
            }
            // "X Law and Y Law" names two laws; "Regulations on X and the
            // Y Law" a regulation and a law.
            let mut law_after = None;
            // A name-first match can span a whole type-first name and a law.
            let name_first = !first;
            let first = first
                || HEADS_TYPE_FIRST.iter().any(|h| {
                    name.strip_prefix(h)
                        .is_some_and(|r| [" for ", " on ", " of "].iter().any(|j| r.starts_with(j)))
                });
            // ("Measures for X and the Interim Measures" read name-first: the
            // second name runs on past the match, where the type-first
            // pattern reads it whole; this one ends before its "and".)
            if name_first
                && first
                && let Some(i) = names::trailing_type_head(&name)
            {
                name.truncate(i);
            }
            // "Law on the Protection of Minors and the X Law": a law named
            // type-first, then another.
            let law_first = ["Law on ", "Law of ", "Law for "]
                .iter()
                .any(|p| name.starts_with(p));
            let parts = if first || law_first {
                match (trailing_law(&name), second_type_first(&name)) {
                    (Some((and, at)), _) => {
                        law_after = Some(at);
                        vec![(0, &name[..and]), (at, &name[at..])]
                    }
                    (None, Some((and, at))) => vec![(0, &name[..and]), (at, &name[at..])],
                    (None, None) => vec![(0, name.as_str())],
                }
            } else {
                super::text::split_at_and(&name, |left, _| {
                    let bare = left.strip_suffix(" of China");
                    // ("the Constitution and the Standardization Law".)
                    left.ends_with("Constitution")
                        || HEADS_NAME_FIRST
                            .iter()
                            .any(|h| left.ends_with(h) || bare.is_some_and(|b| b.ends_with(h)))
                })
            };
            for (off, part) in parts {
                // "X Law and the Y Law": the second is "Y Law".
                let (off, part) = match part.strip_prefix("the ") {
                    Some(rest) => (off + 4, rest),
                    None => (off, part),
                };
                // "Key Points of the Measures for X": a reading of another
                // instrument names that one.
                let (off, part) = match key_points_of(part) {
                    Some(k) => (off + k, &part[k..]),
                    None => (off, part),
                };
                if generic(part) {
                    continue;
                }
                let own = head_word(part, first);
                // "Administrative Measures for X" is type-first: the
                // name-first reading stops short of it.
                let type_first_after = || {
                    let after = &text[m.start() + skip + off + part.len()..];
                    [" for ", " on ", " of ", " to ", " regarding "]
                        .iter()
                        .any(|j| after.starts_with(j))
                };
                if !first
                    && (thin_name_first(part, own)
                        || is_translated_head(own)
                            && (type_first_after()
                                || defined_short_name(&text[..m.start() + skip + off])))
                {
                    continue;
                }
                // "Amendment to the X Law": an amendment, whatever it amends.
                let etype =
                    if part.starts_with("Amendment to ") || part.starts_with("Amendments to ") {
                        "amendment"
                    } else if law_after == Some(off)
                        || ["Law on ", "Law for ", "Law of "]
                            .iter()
                            .any(|p| part.starts_with(p))
                    {
                        "law"
                    } else {
                        type_of(if own.is_empty() {
                            head.get_or_init(|| head_word(m.as_str(), first))
                        } else {
                            own
                        })
                    };
                // "Example Law Offices", "X Law School": a firm or a
                // school, not a law.
                if etype == "law"
                    && !first
                    && law_firm_after(&text[m.start() + skip + off + part.len()..])
                {
                    continue;
                }
                // "the Measures for X and GB 45438-2025": a standard code's
                // prefix is no part of the name.
                let part = cut_code_prefix(part, &text[m.start() + skip + off + part.len()..]);
                // "Key Points for Standardization Work in 2026": a year's
                // points name their year.
                let end = m.start() + skip + off + part.len();
                let year = (part.starts_with("Key Points") || part.starts_with("Work Points"))
                    .then(|| text.get(end..end + 8))
                    .flatten()
                    .filter(|t| {
                        t.starts_with(" in ")
                            && t[4..].bytes().all(|b| b.is_ascii_digit())
                            && text[end + 8..]
                                .chars()
                                .next()
                                .is_none_or(|c| !c.is_alphanumeric())
                    })
                    .map_or(0, str::len);
                let with_year;
                let part = if year > 0 {
                    with_year = format!("{part}{}", &text[end..end + year]);
                    with_year.as_str()
                } else {
                    part
                };
                let key = instrument_key(part, etype);
                hits.push(InstrumentHit {
                    start: m.start() + skip + off,
                    end: end + year,
                    key,
                    name: part.to_owned(),
                    etype,
                    draft: part.contains("Draft"),
                    alias: None,
                });
            }
        }
    }
    hits.extend(acts::announcements(text));
    hits.extend(acts::european_acts(text));
    hits.extend(acts::named_european_acts(text));
    hits.extend(acts::constitution(text));
    hits.extend(acts::lower_case_amending(text, &hits));
    hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<InstrumentHit> = Vec::new();
    for h in hits {
        if out.last().is_some_and(|l| h.start < l.end) {
            continue;
        }
        out.push(h);
    }
    out
}

/// Matches of the two instrument patterns over `text`, counted without
/// building anything: the ingest benchmark's baseline.
pub fn count(text: &str) -> usize {
    TYPE_FIRST.find_iter(text).count() + NAME_FIRST.find_iter(text).count()
}

super::text::located!(InstrumentHit);

/// Whether `w` is a type word a sentence can refer back to an instrument
/// by ("Measures", "Provisions", "law" ...).
pub(crate) fn is_head_word(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "measures"
            | "regulation"
            | "regulations"
            | "provisions"
            | "law"
            | "guideline"
            | "guidelines"
            | "framework"
            | "plan"
            | "rules"
            | "opinions"
            | "notice"
            | "decision"
            | "catalogue"
    )
}

/// The length of "Key Points of the " before another instrument's name
/// ("Key Points of the Measures for X"), if the name opens so.
fn key_points_of(part: &str) -> Option<usize> {
    let rest = ["Key Points of ", "Work Points of "]
        .iter()
        .find_map(|p| part.strip_prefix(p))?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let w = rest.split(' ').next().unwrap_or("");
    is_head_word(w).then(|| part.len() - rest.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<(String, &'static str)> {
        find_instruments(s)
            .into_iter()
            .map(|h| (h.key, h.etype))
            .collect()
    }

    #[test]
    fn laws_in_every_spelling() {
        assert_eq!(
            names(
                "including the Cybersecurity Law, Data Security Law, Personal Information Protection Law, and the Regulation on Network Data Security Management."
            ),
            [
                ("Cybersecurity Law".into(), "law"),
                ("Data Security Law".into(), "law"),
                ("Personal Information Protection Law".into(), "law"),
                (
                    "Regulation on Network Data Security Management".into(),
                    "regulation"
                ),
            ]
        );
        assert_eq!(
            names("- China Data Security Law"),
            [("Data Security Law".into(), "law")]
        );
        assert_eq!(
            names("Personal Information Protection Law of the People's Republic of China"),
            [("Personal Information Protection Law".into(), "law")]
        );
        assert_eq!(
            names("released the *Product Quality Law (Draft 2023)* for"),
            [("Product Quality Law (Draft 2023)".into(), "law")]
        );
    }

    #[test]
    fn type_first_names() {
        assert_eq!(
            names(
                "Measures for the Labeling of Content Generated by Artificial Intelligence (2025)"
            ),
            [(
                "Measures for the Labeling of Content Generated by Artificial Intelligence".into(),
                "measures"
            )]
        );
        assert_eq!(
            names("the Interim Measures for the Administration of Generative Artificial Intelligence Services"),
            [("Interim Measures for the Administration of Generative Artificial Intelligence Services".into(), "measures")]
        );
        assert_eq!(
            names("issued th National Standard System for Data Security (2025 Edition) and"),
            [(
                "National Standard System for Data Security (2025 Edition)".into(),
                "standard system"
            )]
        );
    }

    #[test]
    fn name_first_names() {
        assert_eq!(
            names("released the AI Safety Governance Framework 2.0 during"),
            [("AI Safety Governance Framework 2.0".into(), "framework")]
        );
        assert_eq!(
            names("unveiled its Global Artificial Intelligence Governance Initiative"),
            [(
                "Global Artificial Intelligence Governance Initiative".into(),
                "initiative"
            )]
        );
    }

    #[test]
    fn generic_phrases_are_not_instruments() {
        assert_eq!(names("The Action Plan proposed 13 calls"), []);
        assert_eq!(names("the Measures were developed"), []);
        assert_eq!(names("Guidelines for natural persons"), []);
    }
}
