//! Cleaning what the instrument patterns match into a name: a headline's
//! subject and verbs, leading words, section numbers and trailing dates
//! cut; names that are only generic words; and where one match names two
//! instruments ("X Law and the Y Law", "Law on A and the Regulations on B").

use super::head_word;
use super::words::{GENERIC, HEADS_NAME_FIRST, HEADS_TYPE_FIRST, LEADING, NEW_TERMS, TITLE_VERBS};
use std::sync::LazyLock;

pub(super) fn clean(hit: &str) -> (usize, String) {
    let mut start = 0;
    let mut s = hit;
    // Drop a headline's subject and verb: keep what follows the last verb.
    let mut cut = None;
    let mut off = 0;
    let mut prev = "";
    for w in hit.split(' ') {
        if TITLE_VERBS.contains(w) || headline_verb(prev, w) {
            cut = Some(off + w.len());
        }
        off += w.len() + 1;
        prev = w;
    }
    // Verbs at the very end ("Draft Measures on X Released for Comments")
    // follow the name: it ends before the first of them.
    let mut hit = hit;
    if cut == Some(hit.len()) {
        let mut off = 0;
        for (i, w) in hit.split(' ').enumerate() {
            if i > 0 && TITLE_VERBS.contains(w) {
                hit = hit[..off].trim_end();
                s = hit;
                cut = None;
                break;
            }
            off += w.len() + 1;
        }
    }
    // A verb with no instrument after it is inside the name ("Notice on
    // Soliciting Comments on Four National Standards").
    let names_after = |c: usize| {
        let rest = &hit[c..];
        !head_word(rest, true).is_empty() || !head_word(rest, false).is_empty()
    };
    if let Some(c) = cut.filter(|&c| c < hit.len() && names_after(c)) {
        let rest = hit[c..].trim_start();
        let rest = rest
            .trim_start_matches("for ")
            .trim_start_matches("on ")
            .trim_start_matches("to ")
            .trim_start_matches("of ")
            .trim_start_matches("the ");
        start = hit.len() - rest.len();
        s = rest;
    }
    // (An adverb before "the" leads too: "Mainly the X Plan".)
    let adverb = |s: &str, w: &str| {
        w.len() > 4 && w.ends_with("ly") && s.split_whitespace().nth(1) == Some("the")
    };
    while let Some(w) = s.split_whitespace().next()
        && (LEADING.contains(&w) || adverb(s, w))
        && s.len() > w.len()
        && !(w == "New"
            && s.split_whitespace()
                .nth(1)
                .is_some_and(|n| NEW_TERMS.contains(&n)))
    {
        let rest = s[w.len()..].trim_start();
        start += s.len() - rest.len();
        s = rest;
    }
    // An issuer's abbreviation before a type-first name ("the MIIT
    // Guidelines for X", "CAC's Provisions on Y") is no part of it.
    if let Some(w) = s.split_whitespace().next()
        && let abbr = w.trim_end_matches("'s").trim_end_matches("’s")
        && abbr.len() >= 2
        && abbr.bytes().all(|b| b.is_ascii_uppercase())
        && crate::extract::bodies::body(abbr).is_some()
        && let rest = s[w.len()..].trim_start()
        && !head_word(rest, true).is_empty()
        && rest
            .split_whitespace()
            .next()
            .is_some_and(|t| HEADS_TYPE_FIRST.iter().any(|h| h.starts_with(t)))
    {
        start += s.len() - rest.len();
        s = rest;
    }
    // A body's possessive before a name ("the State Council's New
    // Generation AI Development Plan") is its issuer, no part of it.
    if let Some((i, apo)) = s
        .find("'s ")
        .map(|i| (i, 3))
        .or_else(|| s.find("’s ").map(|i| (i, 5)))
        .filter(|&(i, _)| i <= 60)
        && crate::extract::bodies::find_known(&s[..i])
            .first()
            .is_some_and(|b| b.start == 0 && b.end == i)
        && s.len() > i + apo
    {
        start += i + apo;
        s = &s[i + apo..];
    }
    // A section number before a heading's name ("1.2 Revision of the X
    // Law") is no part of it (a version, "2.0", only ends a name).
    while let Some(w) = s.split_whitespace().next()
        && w.contains('.')
        && w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && s.len() > w.len()
    {
        let rest = s[w.len()..].trim_start();
        start += s.len() - rest.len();
        s = rest;
    }
    // A name starts with a capital, a digit or a quote, never with "and the".
    while let Some(w) = s.split_whitespace().next()
        && w.chars().next().is_some_and(char::is_lowercase)
        && s.len() > w.len()
    {
        let rest = s[w.len()..].trim_start();
        start += s.len() - rest.len();
        s = rest;
    }
    // A name cut short before a quoted title ends with no dangling
    // "Including".
    let mut s = s.trim_end_matches([' ', ',', '.', '-']);
    for w in [" Including", " Concerning", " Regarding"] {
        s = s.strip_suffix(w).unwrap_or(s);
    }
    // "... Digitalization in January (2027)": the date it was issued.
    if let Some((rest, last)) = s.rsplit_once(' ')
        && last.starts_with(|c: char| c.is_ascii_uppercase())
        && crate::extract::dates::is_month(last)
        && let Some((name, prep)) = rest.rsplit_once(' ')
        && matches!(prep, "in" | "on" | "since" | "from" | "by")
    {
        s = name;
    }
    (start, s.to_owned())
}

/// A headline's verb after its subject: "China Tightens", "MIIT Finalizes",
/// "SAMR Sets" — a capitalized word in `-s` (not `-ss`, `-us`, `-is`, not a
/// head word) right after "China" or an acronym.
fn headline_verb(prev: &str, w: &str) -> bool {
    let subject = prev == "China"
        || prev.len() >= 2
            && prev
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && prev.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    subject
        && w.len() >= 4
        && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
        && !HEADS_TYPE_FIRST.contains(&w)
        && !HEADS_NAME_FIRST.contains(&w)
        && !GENERIC.contains(&w)
}

/// A head word that is name-first only in a word-for-word translation
/// ("the Network Data Security Management Regulations"); mostly it comes
/// first ("Regulations on ...").
pub(super) fn is_translated_head(head: &str) -> bool {
    matches!(head, "Regulations" | "Measures" | "Provisions")
}

/// Whether a name starting after `before` is the short name a document
/// gives an instrument: `(the "Flight Data Measures")`, `(hereinafter
/// referred to as "the Data Provisions")`.
pub(super) fn defined_short_name(before: &str) -> bool {
    let b = before.trim_end_matches(['"', '“', '\'', '‘']);
    if b.len() == before.len() {
        return false;
    }
    let b = b.trim_end();
    [
        "(the",
        "(",
        "hereinafter",
        "referred to as",
        "(the \"the",
        "as \"the",
    ]
    .iter()
    .any(|p| b.ends_with(p))
}

/// A name-first regulation, measures or provisions with fewer than two
/// words of its own before the head ("the Interim Measures", "Security
/// Measures"): a word in running text or a heading, not a name ("the
/// Cybersecurity Review Measures" is one).
pub(super) fn thin_name_first(name: &str, head: &str) -> bool {
    if !is_translated_head(head) {
        return false;
    }
    let Some(before) = name.rfind(head).map(|i| &name[..i]) else {
        return true;
    };
    before
        .split_whitespace()
        .filter(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && !GENERIC.contains(w)
                && !LEADING.contains(w)
                && !matches!(
                    *w,
                    "Interim"
                        | "Administrative"
                        | "Management"
                        | "Implementing"
                        // A law's chapter headings: "Chapter I General
                        // Provisions", "Chapter VIII Supplementary Provisions".
                        | "Chapter"
                        | "Section"
                        | "General"
                        | "Supplementary"
                        | "Final"
                        | "Transitional"
                )
                && !w.chars().all(|c| "IVXLC".contains(c) || c.is_ascii_digit())
        })
        .count()
        < 2
}

/// Whether a name is only generic words ("the Implementation Rules",
/// "Action Plan"): it names no instrument on its own.
pub(crate) fn generic(name: &str) -> bool {
    static SET: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| GENERIC.iter().copied().collect());
    let mut words = 0;
    let mut all_generic = true;
    for w in name
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if all_generic
            && !(SET.contains(w)
                || w.chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == '–' || c == '-')
                || w.ends_with("th") && w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        {
            all_generic = false;
            if words >= 2 {
                return false;
            }
        }
    }
    words < 2 || all_generic
}

/// A second type-first name after " and (the) " in a type-first one ("Law
/// on the Protection of Minors and the Regulations on X"): the byte offsets
/// of the " and " and of the second name.
pub(super) fn second_type_first(name: &str) -> Option<(usize, usize)> {
    name.match_indices(" and ").find_map(|(i, _)| {
        let right = &name[i + 5..];
        let right = right.strip_prefix("the ").unwrap_or(right);
        // ("... and the Interim Measures for Y": a qualifier may open it.)
        let core = ["Interim ", "Provisional ", "Administrative ", "Several "]
            .iter()
            .find_map(|q| right.strip_prefix(q))
            .unwrap_or(right);
        let head = HEADS_TYPE_FIRST
            .iter()
            .chain(&["Law"])
            .find(|h| core.starts_with(*h))?;
        let rest = &core[head.len()..];
        [" on ", " for ", " of ", " regarding "]
            .iter()
            .any(|j| rest.starts_with(j))
            .then(|| (i, name.len() - right.len()))
    })
}

/// Where the " and " is before a type-first name's head ending `name`
/// ("Measures for X and the Interim Measures"): the head cut off from the
/// rest of its name.
pub(super) fn trailing_type_head(name: &str) -> Option<usize> {
    let i = name.rfind(" and ")?;
    let right = &name[i + 5..];
    let right = right.strip_prefix("the ").unwrap_or(right);
    let core = ["Interim ", "Provisional ", "Administrative ", "Several "]
        .iter()
        .find_map(|q| right.strip_prefix(q))
        .unwrap_or(right);
    HEADS_TYPE_FIRST.contains(&core).then_some(i)
}

/// A law named after the last " and " of a type-first name ("Regulations
/// on X and the Personal Information Protection Law"): its byte offset in
/// `name` of the " and " and of the law. The law is capitalized word by word (small joining
/// words aside) and has at least two words.
pub(super) fn trailing_law(name: &str) -> Option<(usize, usize)> {
    let i = name.rfind(" and ")?;
    let right = &name[i + 5..];
    let law = right.strip_prefix("the ").unwrap_or(right);
    let core = [" of the People's Republic of China", " of China"]
        .iter()
        .find_map(|s| law.strip_suffix(s))
        .unwrap_or(law);
    let words: Vec<&str> = core.split(' ').collect();
    let capitalized = words.iter().all(|w| {
        matches!(*w, "of" | "on" | "for" | "the" | "and")
            || w.chars().next().is_some_and(|c| c.is_uppercase())
    });
    (core.ends_with(" Law") && words.len() >= 2 && capitalized).then(|| (i, name.len() - law.len()))
}

/// `name` without a last word that starts a standard's code continued in
/// `after` ("Measures for X and GB" + " 45438-2025"), nor the "and" before it.
pub(super) fn cut_code_prefix<'a>(name: &'a str, after: &str) -> &'a str {
    let Some((head, last)) = name.rsplit_once(' ') else {
        return name;
    };
    let prefix = matches!(last, "GB" | "ISO" | "IEC" | "ISO/IEC")
        || last.len() <= 6
            && last.ends_with("/T")
            && last[..last.len() - 2]
                .bytes()
                .all(|b| b.is_ascii_uppercase());
    let continued = after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
    if !(prefix && continued) {
        return name;
    }
    head.trim_end_matches(',')
        .strip_suffix(" and")
        .unwrap_or(head)
        .trim_end_matches(',')
}

/// Whether the word after a name ending in "Law" makes it a firm's or a
/// school's name ("Law Offices", "Law Firm", "Law School").
pub(super) fn law_firm_after(after: &str) -> bool {
    let next = after
        .strip_prefix(' ')
        .and_then(|a| a.split([' ', ',', '.', '|', ';']).next())
        .unwrap_or("");
    matches!(
        next,
        "Office"
            | "Offices"
            | "Firm"
            | "Firms"
            | "School"
            | "Group"
            | "LLP"
            | "Partners"
            | "Society"
            | "Journal"
            | "Review"
            | "Faculty"
            | "Institute"
            | "Center"
            | "Centre"
            | "Clinic"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_prefix_is_no_part_of_a_name() {
        assert_eq!(
            cut_code_prefix("Measures for Labeling X and GB", " 45438-2025, which"),
            "Measures for Labeling X"
        );
        assert_eq!(
            cut_code_prefix("Measures for X, YD/T", " 1-2020"),
            "Measures for X"
        );
        assert_eq!(
            cut_code_prefix("Measures for GB", " Widgets"),
            "Measures for GB"
        );
    }
}
