//! Listings without headings: blocks of labelled fields, one block per
//! entry (a list of WTO TBT notifications, a catalogue export); and a
//! digest's list items, each a dated story under a bold headline.
//!
//! ```text
//! G/TBT/N/CHN/2001
//! Notified: 8 April 2029
//! Title: GB 99883-2029 Gizmo safety — Part 3: Chargers
//! Final date for comments: 7 June 2029
//! ```

use super::headings::{clean_title, field_value_len, is_paragraph, last_nonblank, text_span};
use super::{Lines, Span};

/// The records of a single document between lines `from` and `end` that
/// lists its entries without headings (`heads`, the headings found): field
/// blocks when there is no heading; a digest's stories below its title
/// (and an introduction, a record of its own when it holds a paragraph).
pub(crate) fn listing_without_headings(
    lines: &Lines,
    from: usize,
    end: usize,
    heads: &[usize],
) -> Option<Vec<Span>> {
    if heads.is_empty() {
        let entries = field_blocks(lines, from, end);
        if !entries.is_empty() {
            return Some(entries);
        }
    }
    let mut items = bold_lead_items(lines, from, end);
    let first = items.first().map(|s| s.start as usize - 1)?;
    if heads.iter().any(|&h| h >= first) {
        return None;
    }
    if let Some(intro) = lines.next_nonblank(from, first.saturating_sub(from))
        && (intro..first).any(|i| !lines.blank(i) && is_paragraph(lines.stripped(i)))
    {
        items.insert(0, text_span(lines, intro, first));
    }
    Some(items)
}

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

/// A digest's stories: list items that open with a bold headline of two
/// words or more and tell of a date ("- **MIIT approves 42 industry
/// standards.** On 8 May 2029, ..."). Each item, with the lines wrapped
/// under it, is a record titled by its headline. Empty unless there are
/// two such items and every item of the list is one.
pub(crate) fn bold_lead_items(lines: &Lines, from: usize, end: usize) -> Vec<Span> {
    let item = |i: usize| {
        let t = lines.raw[i].trim_start();
        ["- ", "* ", "• "]
            .iter()
            .find_map(|b| t.strip_prefix(b))
            .map(str::trim_start)
    };
    let mut starts = Vec::new();
    for i in from..end {
        let Some(t) = item(i) else {
            continue;
        };
        let lead = t
            .strip_prefix("**")
            .and_then(|r| r.find("**").map(|e| &r[..e]))
            .filter(|l| l.split_whitespace().count() >= 2);
        match lead {
            Some(l) if crate::extract::dates::first_date(t, Some(2000)).is_some() => {
                starts.push((i, l.trim().trim_end_matches(['.', ':']).to_owned()));
            }
            _ => return Vec::new(),
        }
    }
    if starts.len() < 2 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, (i, title)) in starts.iter().enumerate() {
        // The item runs to the next item, a blank line or the end.
        let next = starts.get(k + 1).map_or(end, |s| s.0);
        let stop = (*i + 1..next).find(|&j| lines.blank(j)).unwrap_or(next);
        out.push(Span {
            title: title.clone(),
            section: None,
            category: None,
            start: *i as u32 + 1,
            end: stop as u32,
            summary: None,
        });
    }
    out
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
    fn a_digest_has_a_record_per_dated_story() {
        let t = "# Weekly\n\n- **MIIT approves industry standards.** On 8 May 2029, MIIT ...\n  wrapped line\n- **TC 9 publishes guide.** On 10 May 2029, ...\n";
        let l = Lines::new(t);
        let s: Vec<_> = bold_lead_items(&l, 0, l.len())
            .into_iter()
            .map(|s| (s.title, s.start, s.end))
            .collect();
        assert_eq!(
            s,
            [
                ("MIIT approves industry standards".to_owned(), 3, 4),
                ("TC 9 publishes guide".to_owned(), 5, 5)
            ]
        );
        // Goals in bold without dates are no stories.
        let t =
            "- **Drive the innovation:** Increase supply.\n- **Improve the ecosystem:** Develop.\n";
        let l = Lines::new(t);
        assert!(bold_lead_items(&l, 0, l.len()).is_empty());
    }

    #[test]
    fn prose_and_a_single_block_are_no_listing() {
        assert!(titles("Title\n\nN/1\nNotified: 8 April\nTitle: X\n\nA paragraph.\n").is_empty());
        let prose = "A\nB: c\nD\n\nE\nF: g\nH\n";
        assert!(titles(prose).is_empty());
    }
}
