//! Slide decks converted to text: slides are separated by runs of blank
//! lines; a topic's title is repeated on consecutive slides; one-line
//! slides are section dividers; slides about the publisher are boilerplate.

use super::headings::{clean_title, is_heading_like_at, last_nonblank};
use super::{Lines, Span};
use crate::extract::dates;
use crate::extract::text::{dice_at_least, norm_key};
use regex::Regex;
use std::sync::LazyLock;

/// Lines that mark a slide as housekeeping or project boilerplate.
static BOILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)you are \*?muted|we will start at|welcome to our website|how to subscribe|co-financed by|co-funded by|contact us:|thank you|questions\?|q&a")
        .unwrap()
});

/// The publisher's acronym, from "X is a visibility project ..." or
/// "... (X) is a ... project".
static PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z]{3,10})\)? (?:is|was) an? (?:[\w-]+ ){0,3}(?:project|initiative|programme|program)(?-u:\b)").unwrap()
});

struct Page {
    first: usize,
    last: usize,
    nonblank: Vec<usize>,
    /// Numbered by a "Slide N" line: its first line is its title.
    marked: bool,
}

/// The running footers (or headers) of a deck: a line repeated on three or
/// more slides with only its trailing page number changing ("SESEC VI |
/// www.sesec.eu | 3"). Their line indices, each a page break.
fn running_footers(lines: &Lines) -> rustc_hash::FxHashSet<usize> {
    let mut by_prefix: std::collections::HashMap<&str, Vec<(usize, u32)>> =
        std::collections::HashMap::new();
    for i in 0..lines.len() {
        let t = lines.raw[i].trim();
        let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) || t.len() > 120 {
            continue;
        }
        let (prefix, num) = t.split_at(t.len() - digits);
        let prefix = prefix.trim_end_matches([' ', '|', '-', '/', '·', '•']);
        // Not a plain number nor a short word ("Slide 3" is a marker).
        if prefix.len() < 6 || prefix.len() == t.len() - digits {
            continue;
        }
        if let Ok(n) = num.parse() {
            by_prefix.entry(prefix).or_default().push((i, n));
        }
    }
    by_prefix
        .into_values()
        .filter(|v| v.len() >= 3 && v.windows(2).all(|w| w[1].1 > w[0].1))
        .flat_map(|v| v.into_iter().map(|(i, _)| i))
        .collect()
}

/// The deck's slides: runs of three or more blank lines (or page markers,
/// or running footers) between them; in a deck converted with a single
/// blank line between slides (no such run anywhere), each block of lines.
fn pages(lines: &Lines) -> Vec<Page> {
    let pages = pages_apart(lines, 3);
    if pages.len() <= 1 {
        return pages_apart(lines, 1);
    }
    pages
}

fn pages_apart(lines: &Lines, gap: usize) -> Vec<Page> {
    let footers = running_footers(lines);
    let mut out = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    let mut blanks = 0;
    let (mut marker, mut marked) = (false, false);
    for i in 0..lines.len() {
        if lines.blank(i) {
            blanks += 1;
            continue;
        }
        // "Slide 3", "--- Page 3 of 20 ---": a break, and no content.
        if is_page_marker(lines.raw[i]) || footers.contains(&i) {
            blanks = 3;
            marker = true;
            continue;
        }
        if blanks >= gap && !cur.is_empty() {
            out.push(Page {
                first: cur[0],
                last: *cur.last().unwrap(),
                nonblank: std::mem::take(&mut cur),
                marked,
            });
        }
        if cur.is_empty() {
            marked = marker;
        }
        (blanks, marker) = (0, false);
        cur.push(i);
    }
    if !cur.is_empty() {
        out.push(Page {
            first: cur[0],
            last: *cur.last().unwrap(),
            nonblank: cur,
            marked,
        });
    }
    out
}

/// A line that only numbers a slide or page: "Slide 3", "[Slide 3]",
/// "--- Page 3 of 20 ---", "Page 3/20".
fn is_page_marker(raw: &str) -> bool {
    let t = raw
        .trim()
        .trim_matches(|c: char| matches!(c, '-' | '=' | '[' | ']' | '#' | '*' | ' '));
    let Some(rest) = ["Slide ", "slide ", "SLIDE ", "Page ", "page ", "PAGE "]
        .iter()
        .find_map(|w| t.strip_prefix(w))
    else {
        return false;
    };
    let rest = rest.trim();
    let (num, tail) = rest.split_at(
        rest.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len()),
    );
    let tail = tail.trim();
    !num.is_empty()
        && (tail.is_empty()
            || tail
                .strip_prefix('/')
                .or_else(|| tail.strip_prefix("of "))
                .is_some_and(|n| {
                    let n = n.trim();
                    !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
                }))
}

fn is_cjk(s: &str) -> bool {
    let n = s.chars().filter(|c| !c.is_ascii()).count();
    n * 2 > s.chars().count()
}

fn same_topic(a: &str, b: &str) -> bool {
    let (a, b) = (norm_key(a), norm_key(b));
    a.len() >= 6
        && b.len() >= 6
        && (a == b || a.contains(&b) || b.contains(&a) || dice_at_least(&a, &b, 0.85))
}

/// A sub-heading inside a slide ("Key Provisions", "Next Steps"), not a topic.
fn is_generic(title: &str) -> bool {
    let words = title.split_whitespace().count();
    words <= 3
        && !title.chars().any(|c| c.is_ascii_digit())
        && !title.contains('/')
        && title
            .split_whitespace()
            .skip(1)
            .all(|w| !w.chars().all(|c| c.is_uppercase()))
}

fn is_bullet(raw: &str) -> bool {
    let r = raw.trim_start();
    r.starts_with("- ") || r.starts_with("• ") || r.starts_with("* ") || r.starts_with('>')
}

/// A line that can title a topic.
fn titles(lines: &Lines, i: usize) -> bool {
    let raw = lines.raw[i];
    let t = lines.stripped(i);
    !is_bullet(raw)
        && is_heading_like_at(lines, i)
        && !t.ends_with('-')
        && t.chars().count() <= 160
        && dates::first_date(t, None).is_none_or(|m| m.end - m.start + 2 < t.len())
}

/// The topics an agenda or contents slide lists ("Agenda", then "1. Policy
/// background", "2. Committees" ...), as [`norm_key`]s: a slide titled by
/// one starts a topic, however short its title.
fn agenda_topics(lines: &Lines, pages: &[Page]) -> Vec<String> {
    const HEADS: [&str; 5] = [
        "agenda",
        "contents",
        "outline",
        "table of contents",
        "overview",
    ];
    pages
        .iter()
        .filter(|p| HEADS.contains(&lines.stripped(p.first).trim().to_lowercase().as_str()))
        .flat_map(|p| p.nonblank.iter().skip(1))
        .map(|&i| {
            let t = lines.stripped(i).trim_start_matches(['-', '•', '*', ' ']);
            crate::extract::text::strip_list_number(t).to_owned()
        })
        .filter(|t| (3..=80).contains(&t.len()))
        .map(|t| norm_key(&t))
        .collect()
}

/// Segments slides into topics.
pub(crate) fn segment(lines: &Lines) -> Vec<Span> {
    let publisher: Option<String> = lines
        .raw
        .iter()
        .find_map(|l| PUBLISHER.captures(l).map(|c| c[1].to_owned()));
    let names_publisher = |t: &str| {
        publisher.as_ref().is_some_and(|pb| {
            t.contains(pb.as_str()) && t.split(|c: char| !c.is_alphanumeric()).any(|w| w == pb)
        })
    };
    let mut out: Vec<Span> = Vec::new();
    let mut section: Option<String> = None;
    let mut pending: Option<(String, usize)> = None;
    let mut open = false; // the last record may continue on this page
    // A one-line slide right before untitled bullets: in a deck with one
    // blank line between its slides, the title of the bullets below it
    // (with the section it sat in).
    let mut over: Option<((String, usize), Option<String>)> = None;
    let pages = pages(lines);
    let topics = agenda_topics(lines, &pages);
    for (n, p) in pages.into_iter().enumerate() {
        let texts: Vec<String> = p
            .nonblank
            .iter()
            .map(|&i| lines.stripped(i).to_owned())
            .collect();
        let first_raw = lines.raw[p.first];
        let listed = topics.contains(&norm_key(&clean_title(lines.raw[p.first])));
        // (An agenda slide is no topic, whatever it lists: "4. Q&A".)
        if !topics.is_empty() && !agenda_topics(lines, std::slice::from_ref(&p)).is_empty() {
            open = false;
            (pending, over) = (None, None);
            continue;
        }
        let boiler = texts.iter().any(|t| BOILER.is_match(t))
            || texts.iter().take(2).any(|t| names_publisher(t));
        if boiler {
            open = false;
            (pending, over) = (None, None);
            continue;
        }
        let end_line = last_nonblank(lines, p.first, p.last + 1) as u32 + 1;
        // The same topic goes on: its title repeated, or the original
        // document (in Chinese) shown after its summary.
        if open && let Some(prev) = out.last_mut() {
            let title = clean_title(first_raw);
            let repeated = texts.iter().take(3).any(|t| same_topic(t, &prev.title));
            let continues = repeated
                || !listed
                    && (is_cjk(&title)
                        || !titles(lines, p.first) && pending.is_none()
                        || is_generic(&title) && pending.is_none() && !p.marked);
            if continues {
                prev.end = end_line;
                continue;
            }
        }
        let divider = !p.marked
            && texts.len() <= 4
            && texts.iter().all(|t| t.chars().count() <= 60)
            && p.nonblank.iter().all(|&i| !is_bullet(lines.raw[i]));
        if divider {
            // A date is no section, nor the title page naming the deck.
            if !titles(lines, p.first) {
                (pending, over) = (None, None);
                continue;
            }
            over = (texts.len() == 1 && pending.is_none())
                .then(|| ((clean_title(first_raw), p.first), section.clone()));
            if n == 0 {
                continue;
            }
            section = Some(clean_title(first_raw));
            pending = p
                .nonblank
                .iter()
                .skip(1)
                .take(1)
                .filter(|&&i| titles(lines, i) && !names_publisher(lines.raw[i]))
                .map(|&i| (clean_title(lines.raw[i]), i))
                .next();
            open = false;
            continue;
        }
        let (title, start) = if titles(lines, p.first)
            && (listed || !(is_generic(&clean_title(first_raw)) && pending.is_some()))
        {
            (clean_title(first_raw), p.first)
        } else if let Some(pd) = pending.take() {
            pd
        } else if let Some((pd, sec)) = over.take().filter(|_| is_bullet(first_raw)) {
            section = sec;
            pd
        } else {
            // Running text with no title and nothing open: not a topic.
            continue;
        };
        (pending, over) = (None, None);
        out.push(Span {
            title,
            section: section.clone(),
            category: section.clone(),
            start: start as u32 + 1,
            end: end_line,
            summary: None,
        });
        open = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_titles_merge_and_dividers_become_sections() {
        let text = "ACME Webinar\n\nACME is a visibility project co-financed by partners\n\n\n\nPolicies\n\n\n\nPlan on Robots (2024)\n\n- goal one\n- goal two\n\n\n\nPlan on Robots (2024)\n\n- goal three\n\n\n\nStandards of TC 99\n\n- GB/T 1-2024 Foo\n- GB/T 2-2024 Bar\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline_sections(&spans);
        assert_eq!(
            t,
            [
                ("Plan on Robots (2024)", Some("Policies"), 11, 20),
                ("Standards of TC 99", Some("Policies"), 24, 27)
            ]
        );
    }

    #[test]
    fn a_deck_with_one_blank_line_between_slides_and_an_agenda() {
        let text = "Webinar: Widget Standardization\nWidget Dialogue | 4 March 2027\n\nAgenda\n1. Policy background\n2. Committees\n3. Q&A\n\nPolicy background\n- The ministry issued the Widget Opinions\n\nPolicy background\n- Target: 30 standards\n\nCommittees\n- SAC/TC 999 (Widgets)\n\nQ&A\nContact: dialogue@example.eu\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline(&spans);
        // The agenda is no topic; "Committees" is one (the agenda lists
        // it), not a sub-heading of the slide before.
        assert_eq!(t, [("Policy background", 9, 13), ("Committees", 15, 16)]);
    }

    #[test]
    fn one_line_titles_over_bullets_in_a_deck_with_one_blank_line() {
        // Title page, a date, then each slide's title and bullets as two
        // blocks: the title line titles the bullets; the deck's title and
        // its date are no sections.
        let text = "ACME Webinar – Widget Standardization Update

12 Dec 2029

                    Widget Standard System

- MIIT issued the Widget Guidelines
- Target: 80 standards

                    Key standards released in 2029

- GB/T 1-2029 Widgets — Terminology

                    Thank you
";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline_sections(&spans);
        assert_eq!(
            t,
            [
                ("Widget Standard System", None, 5, 8),
                ("Key standards released in 2029", None, 10, 12)
            ]
        );
    }

    #[test]
    fn numbered_slides_are_pages() {
        assert!(is_page_marker("Slide 3"));
        assert!(is_page_marker("--- Page 3 of 20 ---"));
        assert!(is_page_marker("[Slide 12]"));
        assert!(is_page_marker("Page 4/9"));
        assert!(!is_page_marker("Slide 3 shows the plan"));
        assert!(!is_page_marker("Page"));
        let text = "ACME Webinar\nDate | May 2027\n\nSlide 1\nPlan on Robots (2024)\n- goal one\n\nSlide 2\nStandards of TC 99\n- GB/T 1-2024 Foo\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(
            t,
            [
                ("Plan on Robots (2024)", 5, 6),
                ("Standards of TC 99", 9, 10)
            ]
        );
    }

    #[test]
    fn running_footers_with_page_numbers_break_pages() {
        let text = "ACME Widget Webinar\nWebinar | 3 May 2027\n\nACME | acme.example | 1\n\n\
                    Legal framework\n- Widget Law (2020)\n\nACME | acme.example | 2\n\n\
                    Widget schemes\n- catalogue of widgets\n\nACME | acme.example | 3\n\n\
                    Standards landscape\n- GB/T 1-2027 Widgets\n\nACME | acme.example | 4\n";
        let lines = Lines::new(text);
        let mut f: Vec<usize> = running_footers(&lines).into_iter().collect();
        f.sort();
        assert_eq!(f, [3, 8, 13, 18]);
        let spans = segment(&lines);
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(
            t,
            [
                ("Legal framework", 6, 7),
                ("Widget schemes", 11, 12),
                ("Standards landscape", 16, 17)
            ]
        );
        // A number repeated with its prefix but not increasing is no footer.
        let l = Lines::new("Table 1\nRow total | 5\nRow total | 5\nRow total | 5\n");
        assert!(running_footers(&l).is_empty());
    }
}
