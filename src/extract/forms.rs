//! Patterns written as alternative forms (the date, code and committee
//! patterns): found with one regex of every form, the fast engines only,
//! and read — their groups — with the one form that matched, searched
//! anchored where the match starts. A form's own pattern is a fraction of
//! the whole, so the capture engine's work (which grows with the size of
//! the pattern) shrinks with it.
//!
//! The combined pattern prefers, at a given start, the first form that
//! matches there (leftmost-first is backtracking's order of preference),
//! so the first form whose own pattern matches anchored at a match's start
//! is the one that matched, with the same groups.

use regex_automata::{Anchored, Input, meta};

/// A pattern `{prefix}(?:form|form|...){suffix}`, searched whole and read
/// form by form.
pub(crate) struct Forms {
    /// Every form: where matches are.
    pub(crate) all: regex::Regex,
    /// Every form, for anchored searches.
    all_anchored: meta::Regex,
    /// Each form alone (with the prefix and suffix).
    forms: Vec<meta::Regex>,
}

/// The groups of one match, read by name.
pub(crate) struct FormCaps<'h> {
    text: &'h str,
    caps: regex_automata::util::captures::Captures,
}

/// A group's text and place.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Group<'h> {
    text: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    /// The group's text.
    pub(crate) fn as_str(&self) -> &'h str {
        &self.text[self.start..self.end]
    }
    /// Start (byte).
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    /// End (exclusive).
    pub(crate) fn end(&self) -> usize {
        self.end
    }
}

impl<'h> FormCaps<'h> {
    /// The whole match.
    pub(crate) fn whole(&self) -> Group<'h> {
        let m = self.caps.get_match().expect("a match");
        Group {
            text: self.text,
            start: m.start(),
            end: m.end(),
        }
    }

    /// Group `name`, if it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Group<'h>> {
        self.caps.get_group_by_name(name).map(|s| Group {
            text: self.text,
            start: s.start,
            end: s.end,
        })
    }
}

impl Forms {
    /// The pattern of these forms between `prefix` and `suffix`.
    pub(crate) fn new(prefix: &str, forms: &[String], suffix: &str) -> Forms {
        let whole = format!("{prefix}(?:{}){suffix}", forms.join("|"));
        Forms {
            all: regex::Regex::new(&whole).expect("forms"),
            all_anchored: meta::Regex::new(&whole).expect("forms"),
            forms: forms
                .iter()
                .map(|f| meta::Regex::new(&format!("{prefix}(?:{f}){suffix}")).expect("form"))
                .collect(),
        }
    }

    /// The groups of the match that starts at `start` of `text` (where
    /// [`Forms::all`] found one), or of the match at `start` if there is one.
    pub(crate) fn captures_at<'h>(&self, text: &'h str, start: usize) -> Option<FormCaps<'h>> {
        let input = Input::new(text).range(start..).anchored(Anchored::Yes);
        let form = self.forms.iter().find(|f| f.is_match(input.clone()))?;
        let mut caps = form.create_captures();
        form.captures(input, &mut caps);
        caps.is_match().then_some(FormCaps { text, caps })
    }

    /// Whether a match starts at `start` of `text`.
    pub(crate) fn matches_at(&self, text: &str, start: usize) -> bool {
        self.all_anchored
            .is_match(Input::new(text).range(start..).anchored(Anchored::Yes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_form_that_matches_reads_the_match() {
        let forms = Forms::new(
            r"(?-u:\b)",
            &[
                r"(?P<a>ab)(?P<b>c)?".to_owned(),
                r"(?P<x>abcd)".to_owned(),
                r"(?P<y>[a-z]+)".to_owned(),
            ],
            r"(?-u:\b)",
        );
        let text = "abcd ab abc zz";
        let mut got = Vec::new();
        for m in forms.all.find_iter(text) {
            let c = forms.captures_at(text, m.start()).unwrap();
            let w = c.whole();
            assert_eq!((w.start(), w.end()), (m.start(), m.end()));
            let g = ["a", "x", "y"]
                .iter()
                .find(|n| c.name(n).is_some())
                .unwrap()
                .to_string();
            got.push((m.as_str().to_owned(), g));
        }
        // "abcd": the first form matches "abc" but the word boundary after
        // it fails, so the second form reads it.
        assert_eq!(
            got,
            [
                ("abcd".into(), "x".into()),
                ("ab".into(), "a".into()),
                ("abc".into(), "a".into()),
                ("zz".into(), "y".into())
            ]
        );
        assert!(forms.matches_at(text, 5) && !forms.matches_at(text, 6));
    }
}
