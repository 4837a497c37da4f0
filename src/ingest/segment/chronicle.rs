//! Chronicles: a run of paragraphs each opened by its date and a dash or a
//! colon ("January — SAMR released X.", "15 March 2030: MIIT issued Y."),
//! as a year in review or a timeline writes them. Each paragraph is an
//! item an analyst reads on its own, so each becomes a record.

use super::headings::{clean_title, last_nonblank};
use super::{Lines, Span};
use crate::extract::dates;

/// How many dated paragraphs make a chronicle of a record.
const MIN_ENTRIES: usize = 3;

/// Longest title taken from an entry's first sentence (bytes, cut at a
/// word).
const TITLE_MAX: usize = 120;

/// Where an entry's text starts after its date lead, if `line` opens with
/// a date set off by a dash or a colon.
pub(super) fn entry_text(line: &str) -> Option<usize> {
    let t = line.trim_start();
    if !t.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let m = dates::date_at_start(t, Some(2000))?;
    let body = dates::after_lead_mark(t[m.end..].trim_start_matches([' ', '\t']))?;
    // (A heading's date alone, "March 2030:", leads no entry.)
    (body.len() >= 20).then(|| line.len() - body.len())
}

/// Whether a raw line can open with a date lead (markup aside): a capital
/// or a digit first, a dash or a colon near the start. (A cheap look that
/// spares most lines their markup stripping.)
fn may_lead(raw: &str) -> bool {
    let t = raw.trim_start_matches([' ', '\t', '*', '_', '#', '-', '•']);
    t.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
        && t.as_bytes()[..t.len().min(48)]
            .iter()
            .any(|&b| b == b':' || b == b'-' || b == 0xE2)
}

/// The title of an entry: its first sentence, cut at a word near
/// [`TITLE_MAX`].
fn entry_title(body: &str) -> String {
    let (_, end) = crate::extract::sentence_bounds(body, 0);
    let first = body[..end.min(body.len())].trim_end_matches(['.', ' ']);
    let title = if first.len() <= TITLE_MAX {
        first
    } else {
        let cut = first.floor_char_boundary(TITLE_MAX);
        first[..cut]
            .rsplit_once(' ')
            .map_or(&first[..cut], |(a, _)| a)
    };
    clean_title(title)
}

/// Splits each record that is a chronicle into its entries. A record is
/// one when at least [`MIN_ENTRIES`] of its paragraphs open with a date
/// lead and they are most of its paragraphs from the first of them on. The
/// text above the first entry stays a record when it tells something
/// besides its heading; the entries sit in the record's section (or under
/// its heading, when the record is not the document's own title).
pub(super) fn split_chronicles(lines: &Lines, doc_title: &str, records: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(records.len());
    for r in records {
        let (a, b) = (r.start as usize, r.end as usize);
        // (0-based indices of the record's lines after its heading.)
        let leads: Vec<(usize, usize)> = (a..b.min(lines.len()))
            .filter(|&i| may_lead(lines.raw[i]))
            .filter_map(|i| Some((i, entry_text(lines.stripped(i))?)))
            .collect();
        let paragraphs = leads
            .first()
            .map_or(0, |&(f, _)| (f..b).filter(|&i| !lines.blank(i)).count());
        if leads.len() < MIN_ENTRIES || leads.len() * 2 < paragraphs {
            out.push(r);
            continue;
        }
        let first = leads[0].0;
        let tells = (a..first).any(|i| {
            let l = lines.stripped(i).trim();
            !l.is_empty()
                && !super::bylines::is_byline(l)
                && dates::date_at_start(l, Some(2000)).is_none_or(|m| m.end + 2 < l.len())
        });
        let section = if r.title == doc_title {
            r.section.clone()
        } else {
            r.section.clone().or_else(|| Some(r.title.clone()))
        };
        if tells {
            let end = last_nonblank(lines, a - 1, first);
            out.push(Span {
                end: end as u32 + 1,
                ..r.clone()
            });
        }
        for (k, &(i, at)) in leads.iter().enumerate() {
            let next = leads.get(k + 1).map_or(b, |n| n.0);
            let last = last_nonblank(lines, i, next);
            out.push(Span {
                title: entry_title(&lines.stripped(i)[at..]),
                section: section.clone(),
                category: r.category.clone(),
                start: i as u32 + 1,
                end: last as u32 + 1,
                summary: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_leads() {
        fn at(l: &str) -> Option<&str> {
            entry_text(l).map(|i| &l[i..])
        }
        assert_eq!(
            at("January — SAMR released the Measures for Widgets."),
            Some("SAMR released the Measures for Widgets.")
        );
        assert_eq!(
            at("15 March 2030: MIIT issued the Guidelines for Gadgets."),
            Some("MIIT issued the Guidelines for Gadgets.")
        );
        assert_eq!(
            at("2030-05-10 – SAC approved GB/T 99999-2030 Widgets."),
            Some("SAC approved GB/T 99999-2030 Widgets.")
        );
        // Not a lead: a date inside a sentence, a range of months, a
        // heading's date alone.
        assert_eq!(at("On 15 March 2030, MIIT issued the Guidelines."), None);
        assert_eq!(at("September – October 2030 issue of the newsletter"), None);
        assert_eq!(at("March 2030:"), None);
    }

    #[test]
    fn chronicle_entries_become_records() {
        let text = "Widget Year in Review 2030\n\nPrepared by the Widget Desk, 20 December 2030\n\nJanuary — SAMR released the Measures for Widget Certification, which took effect on 1 March 2030.\n\nFebruary — SAC/TC 999 held its plenary in Hangzhou.\n\nMay — SAMR published GB 99999-2030 Widget chargers. It replaces GB 98888-2015.\nThe standard applies to imports.\n\nOctober — The 2030 Widget Week took place in Shenzhen.";
        let lines = Lines::new(text);
        let whole = Span {
            title: "Widget Year in Review 2030".into(),
            section: None,
            category: None,
            start: 1,
            end: 12,
            summary: None,
        };
        let out = split_chronicles(&lines, "Widget Year in Review 2030", vec![whole]);
        let got: Vec<(&str, u32, u32)> = out
            .iter()
            .map(|s| (s.title.as_str(), s.start, s.end))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "SAMR released the Measures for Widget Certification, which took effect on 1 March 2030",
                    5,
                    5
                ),
                ("SAC/TC 999 held its plenary in Hangzhou", 7, 7),
                ("SAMR published GB 99999-2030 Widget chargers", 9, 10),
                ("The 2030 Widget Week took place in Shenzhen", 12, 12),
            ]
        );
    }

    #[test]
    fn prose_with_one_dated_paragraph_stays_whole() {
        let text = "Widget news\n\nJanuary — SAMR released the Measures for Widgets.\n\nThe Measures apply to all widgets.\n\nThey were drafted over two years.\n\nFebruary — MIIT commented on them.";
        let lines = Lines::new(text);
        let whole = Span {
            title: "Widget news".into(),
            section: None,
            category: None,
            start: 1,
            end: 9,
            summary: None,
        };
        let out = split_chronicles(&lines, "Widget news", vec![whole]);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].start, out[0].end), (1, 9));
    }
}
