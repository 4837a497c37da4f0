//! Listings written as blocks of labelled fields, one block per entry and
//! no headings: a list of WTO TBT notifications, a catalogue export.
//!
//! ```text
//! G/TBT/N/CHN/2001
//! Notified: 8 April 2029
//! Title: GB 99883-2029 Gizmo safety — Part 3: Chargers
//! Final date for comments: 7 June 2029
//! ```

use super::headings::{clean_title, field_value_len, last_nonblank};
use super::{Lines, Span};

/// The entries of a listing of field blocks between lines `from` and
/// `end`: each block of three or more lines, most of them "Label: value",
/// is a record titled by its first line (or its "Title:" field when the
/// first line is a field too). Empty unless at least two blocks are
/// entries and the blocks that are not hold no more than a title and a
/// paragraph or two.
pub(crate) fn field_blocks(lines: &Lines, from: usize, end: usize) -> Vec<Span> {
    let mut entries = Vec::new();
    let mut others = 0;
    let mut i = from;
    while let Some(a) = lines.next_nonblank(i, end.saturating_sub(i)) {
        let b = (a..end).find(|&j| lines.blank(j)).unwrap_or(end);
        let fields = (a..b)
            .filter(|&j| field_value_len(lines.stripped(j)).is_some())
            .count();
        if b - a >= 3 && fields * 3 >= (b - a) * 2 && fields >= 2 {
            entries.push(entry(lines, a, b));
        } else {
            others += 1;
        }
        i = b;
    }
    if entries.len() >= 2 && others <= 3 {
        entries
    } else {
        Vec::new()
    }
}

/// One block's record.
fn entry(lines: &Lines, a: usize, b: usize) -> Span {
    let first = lines.stripped(a);
    let title = if field_value_len(first).is_none() {
        clean_title(lines.raw[a])
    } else {
        // ("Title:", "Name:", else "English Title:" over "Chinese Title:".)
        let field = |rank: fn(&str) -> bool| {
            (a..b).map(|j| lines.stripped(j)).find_map(|l| {
                let (label, value) = l.split_once([':', '：'])?;
                rank(&label.trim().to_ascii_lowercase()).then(|| value.trim().to_owned())
            })
        };
        field(|l| matches!(l, "title" | "name" | "subject" | "english title"))
            .or_else(|| field(|l| l.ends_with("title") && !l.contains("chinese")))
            .or_else(|| field(|l| l.ends_with("title")))
            .unwrap_or_else(|| clean_title(lines.raw[a]))
    };
    Span {
        title,
        section: None,
        category: None,
        start: a as u32 + 1,
        end: last_nonblank(lines, a, b) as u32 + 1,
        summary: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str) -> Vec<(String, u32, u32)> {
        let l = Lines::new(text);
        field_blocks(&l, 0, l.len())
            .into_iter()
            .map(|s| (s.title, s.start, s.end))
            .collect()
    }

    #[test]
    fn blocks_of_fields_are_entries() {
        let t = "Notifications\n\nN/1\nNotified: 8 April 2029\nTitle: GB 1 X\n\nN/2\nNotified: 9 April 2029\nTitle: GB 2 Y\nAgency: SAMR\n";
        assert_eq!(
            titles(t),
            [("N/1".to_owned(), 3, 5), ("N/2".to_owned(), 7, 10)]
        );
        // A block that opens with a field is titled by its "Title:".
        let t = "Code: GB 1\nTitle: Widget rules\nStatus: Current\n\nCode: GB 2\nTitle: Gadget rules\nStatus: Draft\n";
        assert_eq!(titles(t)[1].0, "Gadget rules");
        let t = "No.: GB 1\nChinese Title: 小部件\nEnglish Title: Widgets\n\nNo.: GB 2\nChinese Title: 小工具\nStatus: Draft\n";
        assert_eq!(titles(t)[0].0, "Widgets");
        assert_eq!(titles(t)[1].0, "小工具");
    }

    #[test]
    fn prose_and_a_single_block_are_no_listing() {
        assert!(titles("Title\n\nN/1\nNotified: 8 April\nTitle: X\n\nA paragraph.\n").is_empty());
        let prose = "A\nB: c\nD\n\nE\nF: g\nH\n";
        assert!(titles(prose).is_empty());
    }
}
