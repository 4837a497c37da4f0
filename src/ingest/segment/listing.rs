//! News listings: items made of a title line and a summary paragraph that
//! ends in "[…]", or list items of a title and a date ("- SAMR releases 112
//! national standards — 2026-06-10").

use super::headings::{clean_title, last_nonblank};
use super::{Lines, Span, is_summary_end};

/// A list item that is a dated headline: "- Title — 2026-06-10", "* 12 June
/// 2026 | Title". Gives the title.
pub(crate) fn dated_item(raw: &str) -> Option<String> {
    let t = raw.trim();
    let t = t.strip_prefix(['-', '*', '•'])?.trim_start();
    dated_title(t)
}

/// A line that is a dated headline without a list marker: "2029-11-05 |
/// SAMR Announcement No. 31 ..." (not a byline: "2029-11-05 | Source: X").
pub(crate) fn dated_line(raw: &str) -> Option<String> {
    let t = raw.trim();
    // (The date opens or closes the line.)
    let b = t.as_bytes();
    let dated_end = |c: Option<&u8>| c.is_some_and(u8::is_ascii_digit);
    if t.len() > 300 || !(dated_end(b.first()) || dated_end(b.last())) {
        return None;
    }
    dated_title(t)
        .filter(|title| title.split_whitespace().count() >= 3)
        .filter(|_| !super::bylines::is_byline(t))
}

/// The title of "Title — date" or "date | Title".
fn dated_title(t: &str) -> Option<String> {
    if t.len() > 300 {
        return None;
    }
    const SEPS: [&str; 5] = [" — ", " – ", " - ", " | ", " · "];
    // The first and last place of each separator, found in one pass over
    // the bytes that can be a separator's middle.
    let b = t.as_bytes();
    let mut at: [Option<(usize, usize)>; 5] = [None; 5];
    let mut note = |k: usize, i: usize| {
        at[k] = Some(at[k].map_or((i, i), |(first, _)| (first, i)));
    };
    let mut consider = |i: usize| {
        // (`i` is the separator's middle; `i - 1` its space.)
        let Some(k) = (i >= 1 && b[i - 1] == b' ')
            .then(|| {
                SEPS.iter()
                    .position(|sep| b[i - 1..].starts_with(sep.as_bytes()))
            })
            .flatten()
        else {
            return;
        };
        note(k, i - 1);
    };
    for i in memchr::memchr3_iter(b'-', b'|', 0xE2, b) {
        consider(i);
    }
    for i in memchr::memchr_iter(0xC2, b) {
        consider(i);
    }
    let date = |s: &str| {
        crate::extract::dates::date_at_start(s, Some(2000))
            .is_some_and(|m| m.end + 1 >= s.trim_end().len())
    };
    let title = SEPS
        .iter()
        .zip(at)
        .find_map(|(sep, at)| {
            // (The text after the last separator, else before the first.)
            let (first, last) = at?;
            if date(t[last + sep.len()..].trim()) {
                return Some(&t[..last]);
            }
            date(t[..first].trim()).then_some(&t[first + sep.len()..])
        })
        .or_else(|| {
            // "Title    2029-07-28", "Title\t2029-07-28": a web listing's
            // columns copied as runs of spaces or a tab.
            let t = t.trim_end();
            let gap = t.rfind('\t').into_iter().chain(t.rfind("  ")).max()?;
            let head = t[..gap].trim_end();
            (!head.is_empty() && date(t[gap..].trim())).then_some(head)
        })
        .or_else(|| {
            // "2029-07-28    Title": the date column first.
            let gap = t.find('\t').into_iter().chain(t.find("  ")).min()?;
            let tail = t[gap..].trim_start();
            (!tail.is_empty() && date(t[..gap].trim())).then_some(tail)
        })
        .or_else(|| {
            // "- [Title](url) 2029-07-28": a linked title, then its date.
            let inner = t.strip_prefix('[')?;
            let (title, rest) = inner.split_once("](")?;
            let (_, after) = rest.split_once(')')?;
            let after = after.trim().trim_start_matches('(').trim_end_matches(')');
            (!after.is_empty() && date(after)).then_some(title)
        })?;
    let title = clean_title(title);
    (title.split_whitespace().count() >= 2).then_some(title)
}

/// Whether a line is a date and nothing else ("2026-10-28", "28 October
/// 2026").
fn date_only(raw: &str) -> bool {
    let t = raw.trim();
    !t.is_empty()
        && t.len() <= 40
        && crate::extract::dates::date_at_start(t, Some(2000)).is_some_and(|m| m.end >= t.len())
}

/// Segments a listing into its items.
pub(crate) fn segment(lines: &Lines) -> Vec<Span> {
    if !lines.raw.iter().any(|l| is_summary_end(l)) {
        return dated_items(lines);
    }
    let mut out = Vec::new();
    let mut prev_end = 0usize;
    for i in 0..lines.len() {
        if !is_summary_end(lines.raw[i]) {
            continue;
        }
        // The title is the nearest non-blank line above the summary.
        let Some(mut t) = (prev_end..i).rev().find(|&j| !lines.blank(j)) else {
            continue;
        };
        // (Under the title, a date: "[Title](url)\n2029-06-20\nSummary
        // [...]".)
        let date_under_title = date_only(lines.raw[t])
            && t.checked_sub(1)
                .is_some_and(|j| j >= prev_end && !lines.blank(j) && !is_summary_end(lines.raw[j]));
        if date_under_title {
            t -= 1;
        }
        // A date alone on the line right above the title is the item's
        // ("2026-10-28\nTC260 publishes ...\nSummary [...]"); one set off
        // by a blank line may be the whole listing's.
        let dateline = t
            .checked_sub(1)
            .filter(|&j| j >= prev_end && date_only(lines.raw[j]));
        out.push(Span {
            title: clean_title(lines.raw[t]),
            section: None,
            category: None,
            start: dateline.filter(|_| !date_under_title).unwrap_or(t) as u32 + 1,
            end: i as u32 + 1,
            summary: None,
        });
        prev_end = i + 1;
    }
    out
}

/// A listing of dated headlines: each item a record, with the lines under
/// it up to the next item (a summary, a note).
fn dated_items(lines: &Lines) -> Vec<Span> {
    let mut items: Vec<(usize, String)> = (0..lines.len())
        .filter_map(|i| Some((i, dated_item(lines.raw[i])?)))
        .collect();
    // (Without list markers: every such line an item.)
    if items.is_empty() {
        items = (0..lines.len())
            .filter_map(|i| Some((i, dated_line(lines.raw[i])?)))
            .collect();
    }
    let mut out = Vec::with_capacity(items.len());
    for (k, (i, title)) in items.iter().enumerate() {
        let next = items.get(k + 1).map_or(lines.len(), |n| n.0);
        let last = last_nonblank(lines, *i, next);
        out.push(Span {
            title: title.clone(),
            section: None,
            category: None,
            start: *i as u32 + 1,
            end: last as u32 + 1,
            summary: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_headlines_are_items() {
        let text = "# News\n\n- SAMR holds a press conference — 2026-06-12\n- 10 June 2026 | SAMR \
                    and SAC release 112 national standards\n- Not an item\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(
            t,
            [
                ("SAMR holds a press conference", 3, 3),
                // (The line under an item is its own.)
                ("SAMR and SAC release 112 national standards", 4, 5)
            ]
        );
        // A linked title and its date after the link.
        assert_eq!(
            dated_item("- [SAMR approves 31 standards](https://x.cn/a_b) 2029-07-28").as_deref(),
            Some("SAMR approves 31 standards")
        );
        assert_eq!(
            dated_item("* [TC9 meets](https://x.cn/1) (12 June 2029)").as_deref(),
            Some("TC9 meets")
        );
        assert_eq!(
            dated_item("- [TC9 meets](https://x.cn/1) on 12 June 2029"),
            None
        );
        // A listing's date column copied as spaces or a tab.
        assert_eq!(
            dated_line("TC9 holds its plenary meeting   2029-02-18").as_deref(),
            Some("TC9 holds its plenary meeting")
        );
        assert_eq!(
            dated_line("Notice on widget labels (deadline: May 30, 2029)\t2029-04-02").as_deref(),
            Some("Notice on widget labels (deadline: May 30, 2029)")
        );
        // (One space is prose: "... released on 2029-02-18".)
        assert_eq!(
            dated_line("SAMR released the widget rules on 2029-02-18"),
            None
        );
        assert_eq!(
            super::super::listed_date("Notice (deadline: May 30, 2029)   2029-04-02", None)
                .map(|d| d.to_string())
                .as_deref(),
            Some("2029-04-02")
        );
    }

    #[test]
    fn items_are_title_plus_summary() {
        let text =
            "News\n\nFirst Item\n\nOn 1 May 2024, text […]\n\nSecond Item\n\nMore text [...]\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(t, [("First Item", 3, 5), ("Second Item", 7, 9)]);
        // A date line above an item's title is the item's.
        let text =
            "News\n\n2026-10-28\nFirst Item\nText […]\n\n2026-10-15\nSecond Item\nMore [...]\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(t, [("First Item", 3, 5), ("Second Item", 7, 9)]);
        // A date line under a linked title is the item's too.
        let text = "News\n\n[First Item](https://x.org/1)\n2026-10-28\nText […]\n\n[Second Item](https://x.org/2)\n2026-10-15\nMore [...]\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(t, [("First Item", 3, 5), ("Second Item", 7, 9)]);
    }
}
