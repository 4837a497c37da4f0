//! News listings: items made of a title line and a summary paragraph that
//! ends in "[…]".

use super::headings::clean_title;
use super::{Lines, Span, is_summary_end};

/// Segments a listing into its items.
pub(crate) fn segment(lines: &Lines) -> Vec<Span> {
    let mut out = Vec::new();
    let mut prev_end = 0usize;
    for i in 0..lines.len() {
        if !is_summary_end(lines.raw[i]) {
            continue;
        }
        // The title is the nearest non-blank line above the summary.
        let Some(t) = (prev_end..i).rev().find(|&j| !lines.blank(j)) else {
            continue;
        };
        out.push(Span {
            title: clean_title(lines.raw[t]),
            section: None,
            category: None,
            start: t as u32 + 1,
            end: i as u32 + 1,
            summary: None,
        });
        prev_end = i + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_title_plus_summary() {
        let text =
            "News\n\nFirst Item\n\nOn 1 May 2024, text […]\n\nSecond Item\n\nMore text [...]\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(t, [("First Item", 3, 5), ("Second Item", 7, 9)]);
    }
}
