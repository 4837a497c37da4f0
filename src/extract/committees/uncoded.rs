//! National committees a document names only by their full name, with no
//! code anywhere: "under the jurisdiction of the National Technical
//! Committee on Electric Bicycles Standardization", "the National Smart
//! Home Standardization Technical Committee", "由全国智能家居标准化技术委员会归口".
//! Such a committee is keyed by its name ([`is_name_key`]); the model
//! builder gives it the code another document pairs that name with.

use super::CommitteeHit;
use crate::model::Document;
use regex::Regex;
use std::sync::LazyLock;

/// A capitalized word of a name (an acronym only as the few names use).
const WORD: &str = r"(?:[A-Z][a-z][A-Za-z'’-]*|AI|ICT)";
/// What joins two words of a name.
const JOIN: &str = r"(?:,?[ \t]+(?:(?:and|of|for|on|&)[ \t]+)?)";

static NAME: LazyLock<Regex> = LazyLock::new(|| {
    let words = format!("{WORD}(?:{JOIN}{WORD})*?");
    Regex::new(&format!(
        concat!(
            r"(?-u:\b)National[ \t]+(?:",
            // National Technical Committee on X (Standardization)
            r"Technical[ \t]+Committee[ \t]+(?:on|for|of)[ \t]+(?:the[ \t]+)?{w}(?:{j}{word})*",
            // National Standardization Technical Committee on X
            r"|Standardi[sz]ation[ \t]+Technical[ \t]+Committee[ \t]+(?:on|for|of)[ \t]+(?:the[ \t]+)?{w}(?:{j}{word})*",
            // National X Standardization Technical Committee
            r"|{w}[ \t]+Standardi[sz]ation[ \t]+Technical[ \t]+Committee",
            r")(?-u:\b)",
            // 全国X标准化技术委员会
            r"|全国\p{{Han}}{{2,25}}?标准化技术委员会",
        ),
        w = words,
        j = JOIN,
        word = WORD,
    ))
    .expect("uncoded committee names")
});

/// Whether a committee key is a full name (a committee known by no code)
/// rather than a code: codes never hold the word.
pub fn is_name_key(key: &str) -> bool {
    key.contains("Committee") || key.contains("委员会")
}

/// The key a full name is filed under: spaces collapsed, one spelling of
/// "Standardization".
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("Standardisation", "Standardization")
}

/// A committee's name as names are compared: spaces collapsed, lower case,
/// no leading "the", no trailing "Standardization" ("... on X" and "... on
/// X Standardization" are one name).
pub fn compared_name(name: &str) -> String {
    let key = name_key(name);
    let key = key.trim_end_matches(" Standardization");
    key.strip_prefix("the ").unwrap_or(key).to_lowercase()
}

/// Every national committee named in full in `line` that is none of
/// `skip` (names the dictionary or the document pairs with a code), as
/// hits keyed by the name. Line-relative offsets.
pub fn find_in_line(line: &str, skip: &dyn Fn(&str) -> bool) -> Vec<CommitteeHit> {
    NAME.find_iter(line)
        .filter_map(|m| {
            // ("... on Widget Batteries and SAC/TC 9": no joining word
            // ends a name.)
            // (Nor is the possessive of "X Committee's WG 3".)
            let text = m.as_str().trim_end_matches([',', ' ', '\t']);
            let text = text
                .strip_suffix("'s")
                .or_else(|| text.strip_suffix("’s"))
                .unwrap_or(text);
            let key = name_key(text);
            if skip(&key) {
                return None;
            }
            Some(CommitteeHit {
                start: m.start(),
                end: m.start() + text.len(),
                key: key.clone(),
                bare: false,
                written: key,
            })
        })
        .collect()
}

/// The lines of `doc` that may name a committee in full (the cheap look
/// before [`find_in_line`]), in order.
pub fn lines_naming(doc: &Document) -> Vec<u32> {
    let text = doc.text.as_bytes();
    let mut lines: Vec<u32> = [&b"Technical Committee"[..], "标准化技术委员会".as_bytes()]
        .iter()
        .flat_map(|needle| memchr::memmem::find_iter(text, needle))
        .map(|p| doc.line_of(p))
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(line: &str) -> Vec<String> {
        find_in_line(line, &|_| false)
            .into_iter()
            .map(|h| h.key)
            .collect()
    }

    #[test]
    fn names_in_every_order() {
        assert_eq!(
            keys(
                "It is under the jurisdiction of the National Technical Committee on Electric Bicycles Standardization."
            ),
            ["National Technical Committee on Electric Bicycles Standardization"]
        );
        assert_eq!(
            keys("The National Smart Home Standardisation Technical Committee released drafts."),
            ["National Smart Home Standardization Technical Committee"]
        );
        assert_eq!(
            keys("the National Standardization Technical Committee on Fine Ceramics and SAC/TC 9"),
            ["National Standardization Technical Committee on Fine Ceramics"]
        );
        assert_eq!(
            keys("The National Technical Committee on Gizmo Standardization's WG 3"),
            ["National Technical Committee on Gizmo Standardization"]
        );
        assert_eq!(
            keys("GB/T 1-2027 由全国智能家居标准化技术委员会提出并归口。"),
            ["全国智能家居标准化技术委员会"]
        );
    }

    #[test]
    fn no_name_without_its_subject() {
        assert!(keys("the National Technical Committee on the").is_empty());
        assert!(keys("a national technical committee on batteries").is_empty());
        assert!(keys("National Technical Committee 260 on Cybersecurity").is_empty());
        assert!(keys("全国标准化技术委员会").is_empty());
    }

    #[test]
    fn name_keys() {
        assert!(is_name_key("National Technical Committee on X"));
        assert!(is_name_key("全国X标准化技术委员会"));
        assert!(!is_name_key("SAC/TC260"));
        assert!(!is_name_key("ISO/IEC JTC 1/SC 42"));
    }
}
