//! Bodies found by the shape of their names where the dictionary has none:
//! a capitalized phrase with a word that makes it a body's name ("...
//! University", "... Co., Ltd.", "Institute of ...", "... Provincial
//! Administration for Market Regulation"), minus the words around a name
//! that are no part of it (roles, headline verbs, "The").

use super::BodyHit;
use crate::model::EntityKind;
use regex::Regex;
use std::sync::LazyLock;

/// Capitalized phrases (with `of`, `for`, `and`... between the words), and
/// a company suffix: the candidates for bodies found by shape.
pub(super) static PHRASE_RE: LazyLock<Regex> = LazyLock::new(|| {
    // (A numbered unit is one word: "... Corporation No. 18 Research
    // Institute".)
    let cap = r"(?:No\. ?\d{1,3}|[A-Z][A-Za-z&'’-]*|\([A-Z]{2,}\))";
    // Spaces only: a tab separates table cells, never the words of a name.
    let join = r"(?: +(?:of|for|and|on|the|in|&) +| +)";
    crate::extract::instruments::big_regex(&format!(r"(?-u:\b){cap}(?:{join}{cap})*"))
        .expect("phrase regex")
});

/// Words that make a capitalized phrase the name of a body, and its type.
const SHAPE_WORDS: &[(&str, &str)] = &[
    ("Ltd", "company"),
    ("LTD", "company"),
    ("LLP", "company"),
    ("LLC", "company"),
    ("GmbH", "company"),
    ("Group", "company"),
    ("University", "university"),
    ("Institute", "institute"),
    ("Academy", "institute"),
    ("Laboratory", "institute"),
    ("Center", "institute"),
    ("Centre", "institute"),
    ("Alliance", "alliance"),
    ("Association", "association"),
    ("Society", "association"),
    ("Consortium", "alliance"),
    ("Federation", "association"),
    ("Council", "association"),
    ("Chamber", "association"),
    ("Commission", "government"),
    ("Corporation", "company"),
    // Local and national government bodies the dictionary does not hold
    // (with a word of `GOVERNMENT_MARKS`).
    ("Government", "government"),
    ("Administration", "government"),
    ("Bureau", "government"),
];

/// A government body's name holds one of these ("Zhejiang Provincial
/// Administration for Market Regulation", "Shenzhen Municipal People's
/// Government"); "Measures for the Administration of X" holds none.
const GOVERNMENT_MARKS: &[&str] = &[
    "Provincial",
    "Municipal",
    "Province",
    "City",
    "County",
    "District",
    "Autonomous",
    "People's",
    "People’s",
    "National",
    "State",
];

const NOT_A_NAME_START: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "These",
    "Those",
    "Its",
    "Their",
    "Our",
    "Each",
    "Every",
    "And",
    "Of",
    "In",
    "On",
    "By",
    "Meanwhile",
    "Moreover",
    "Organized",
    "Guided",
    "Hosted",
    "Led",
    "Both",
    "From",
    "With",
    "Under",
    "At",
];

/// Bodies found by the shape of their names (companies, universities,
/// institutes, alliances, associations...).
pub fn find_by_shape(text: &str) -> Vec<BodyHit> {
    static WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"Ltd|LTD|LLP|LLC|GmbH|Group|University|Institute|Academy|Laboratory|Cent(?:er|re)|Alliance|Association|Society|Consortium|Federation|Council|Chamber|Commission|Corporation|Government|Bureau|(?:Provincial|Municipal|Regional|City|County|District) Administration").unwrap()
    });
    let mut out = crate::extract::text::on_matching_lines(text, &WORDS, shape_in_line);
    // (Chinese names end in a word of their kind: "…研究院", "…有限公司".)
    if !text.is_ascii() {
        out.extend(super::chinese::find_chinese(text));
        out.sort_by_key(|h| h.start);
    }
    out
}

fn shape_in_line(text: &str) -> Vec<BodyHit> {
    let mut out = Vec::new();
    for m in PHRASE_RE.find_iter(text) {
        // A company suffix: "... Co., Ltd." / "... Co., LTD" / "... Corp., Ltd.".
        let mut whole = m.as_str();
        if whole.ends_with(" Co") || whole.ends_with(" Corp") {
            let after = &text[m.end()..];
            let suffix = [
                ".,  Ltd.", "., Ltd.", "., Ltd", ". Ltd.", "., LTD", ".,Ltd.", ", Ltd.",
            ]
            .iter()
            .find(|s| after.starts_with(*s));
            if let Some(sfx) = suffix {
                whole = &text[m.start()..m.end() + sfx.len()];
            }
        }
        // (A phrase without a word of `SHAPE_WORDS` names no body: none of
        // its parts has a type.)
        if !whole
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| SHAPE_WORDS.iter().any(|(k, _)| *k == w))
        {
            continue;
        }
        // "X University and Y University" are two bodies; so are "the X
        // Bureau of Statistics and Zhejiang Province" (a place standing for
        // its government, which is not a body's name of its own).
        let parts = crate::extract::text::split_at_and(whole, |left, right| {
            let right_head = right.split(" and ").next().unwrap_or(right);
            shape_type(left).is_some() && (shape_type(right_head).is_some() || place(right_head))
        });
        for (off, s) in parts {
            if let Some(h) = shape_hit(m.start() + off, s) {
                out.push(h);
            }
        }
    }
    out
}

/// Verbs of a headline written in title case ("X Publishes Y", "X
/// Approves Y"): a phrase holding one is no body's name.
const HEADLINE_VERBS: &[&str] = &[
    "Publishes",
    "Releases",
    "Issues",
    "Approves",
    "Launches",
    "Announces",
    "Unveils",
    "Holds",
    "Hosts",
    "Signs",
    "Opens",
    "Seeks",
];

/// Job titles before an organization's name ("Director of X Laboratory").
const ROLES: &[&str] = &[
    "Director",
    "Deputy",
    "Chairman",
    "Chair",
    "President",
    "Secretary",
    "Secretary-General",
    "Founder",
    "Vice",
    "Chief",
    "Head",
    "Dean",
    "Minister",
    "Member",
    "Academician",
    "Professor",
    "Engineer",
    "Expert",
    "Experts",
    "Members",
    "Representative",
    "Representatives",
    "Delegates",
    "Delegation",
];

/// A province or city by name: "Zhejiang Province", "Shenzhen City".
fn place(s: &str) -> bool {
    let mut words = s.split(' ');
    let (Some(name), Some(kind), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && matches!(kind, "Province" | "City" | "Municipality")
}

/// The type of a name by its head word: the last word of its kind before
/// an "of" or "for" ("China Academy of X Technology" → institute; "X Group
/// Corporation No. 18 Research Institute" → institute), else the first.
fn shape_type(s: &str) -> Option<&'static str> {
    let type_of = |w: &str| SHAPE_WORDS.iter().find(|(k, _)| *k == w).map(|(_, t)| *t);
    let mut head = None;
    let mut words = s.split(|c: char| !c.is_alphanumeric());
    for w in words.by_ref() {
        if w == "of" || w == "for" {
            break;
        }
        head = type_of(w).or(head);
    }
    head.or_else(|| words.find_map(type_of))
}

fn shape_hit(mut start: usize, mut s: &str) -> Option<BodyHit> {
    // Working and task groups are committees' groups, not companies;
    // "Group Standards" are association standards (团体标准).
    if s.contains("Working Group")
        || s.contains("Woking Group")
        || s.ends_with("Task Group")
        || s.ends_with(" Group C-V")
        || s.contains("Group Standard")
    {
        return None;
    }
    // "Director of Shanghai AI Laboratory": drop the role and its "of".
    if let Some(first) = s.split_whitespace().next()
        && ROLES.contains(&first)
        && let Some(i) = s.find(" of ")
    {
        start += i + 4;
        s = &s[i + 4..];
    }
    while let Some(w) = s.split_whitespace().next() {
        if !NOT_A_NAME_START.contains(&w) {
            break;
        }
        let rest = s[w.len()..].trim_start();
        start += s.len() - rest.len();
        s = rest;
    }
    let etype = shape_type(s)?;
    // A headline in title case is no name: "CESA Publishes Three Group ...".
    if s.split(' ').any(|w| HEADLINE_VERBS.contains(&w)) {
        return None;
    }
    let government_word = s
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "Government" | "Administration" | "Bureau"));
    if government_word
        && !s.split_whitespace().any(|w| GOVERNMENT_MARKS.contains(&w))
        && shape_type(s) == Some("government")
    {
        return None;
    }
    let s = s.trim_end_matches([' ', ',']);
    let words = s.split_whitespace().count();
    let last = s.split_whitespace().last()?;
    // The type word must be in the name's head: "Institute of X" or "X Institute".
    if words < 2 || ["of", "for", "and", "the", "in", "on"].contains(&last) {
        return None;
    }
    // "China Association for Science and Technology (CAST)": the
    // abbreviation in parentheses is no part of the name (the span keeps
    // it, so a dictionary body's abbreviation still wins the overlap).
    let span = s.len();
    let s = match s.rsplit_once(" (") {
        Some((n, abbr))
            if abbr.ends_with(')')
                && abbr.len() >= 3
                && abbr[..abbr.len() - 1]
                    .bytes()
                    .all(|b| b.is_ascii_uppercase())
                && n.split_whitespace().count() >= 2 =>
        {
            n
        }
        _ => s,
    };
    let name = s.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(BodyHit {
        start,
        end: start + span,
        key: name.clone(),
        kind: EntityKind::Organization,
        etype,
        written: name,
    })
}
