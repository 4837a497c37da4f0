//! Recognizing headings and the topic line under them, and the generic
//! segmentation used for single articles and newsletters without an index.

use super::bylines::{dateline, document_number, is_byline, italic_dated, official_title};
use super::{Lines, Span, is_boilerplate_heading};
use crate::extract::text::{heading_text, split_hashtag, strip_markup};

/// Whether line `i` could be a heading: short, not a bullet or sentence.
pub(crate) fn is_heading_like_at(lines: &Lines, i: usize) -> bool {
    let raw = lines.raw[i];
    raw.len() < 800 && is_heading_like_stripped(raw, lines.stripped(i))
}

/// [`is_heading_like_at`] for a line and its text stripped of markup.
pub(crate) fn is_heading_like_stripped(raw: &str, t: &str) -> bool {
    let r = raw.trim();
    if r.starts_with("- ") || r.starts_with("• ") || r.starts_with('|') || r.contains("://") {
        return false;
    }
    let n = t.chars().count();
    if !(3..=200).contains(&n) {
        return false;
    }
    let last = t.chars().last().unwrap_or(' ');
    if matches!(last, '.' | ',' | ';' | ':' | '，' | '。' | '：' | '；') {
        return false;
    }
    // "Beijing, 2 September 2026" and "Client Alert | 3 February 2026"
    // are datelines, not headings.
    let dateline = |sep: &str| {
        t.split_once(sep).is_some_and(|(place, when)| {
            place.split_whitespace().count() <= 3
                && when.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase())
                && crate::extract::dates::date_at_start(when, Some(2000))
                    .is_some_and(|m| m.end + 1 >= when.len())
        })
    };
    if n <= 48 && [", ", " | ", " · ", " — ", " – "].into_iter().any(dateline) {
        return false;
    }
    // "Published 18 June 2026 | Technology" and "Posted on 2026-05-12" are
    // a page's byline, not a heading; so is a dated line in italics
    // ("*China Widget Association | 2026-08-05*").
    if is_byline(t) || italic_dated(r, t) {
        return false;
    }
    // A document number ("2026年第31号") heads nothing.
    if !t.is_ascii() && document_number(t) {
        return false;
    }
    // A date alone ("2026-09-12", "12 September 2026") heads nothing.
    if n <= 30
        && t.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase())
        && crate::extract::dates::date_at_start(t, Some(2000)).is_some_and(|m| m.end + 1 >= t.len())
    {
        return false;
    }
    // "**Standard No.:** GB/T 1-2026": a bold label and its value is a
    // field, not a heading.
    if let Some(rest) = r.strip_prefix("**")
        && let Some(close) = rest.find("**")
        && rest[..close].trim_end().ends_with([':', '：'])
        && close <= 40
        && !rest[close + 2..].trim().is_empty()
    {
        return false;
    }
    // "Releasing Date: 2026/04/18" and "发布时间：2026-04-18" are fields,
    // not headings.
    if let Some((i, colon)) = t
        .char_indices()
        .take_while(|&(i, _)| i < 31)
        .find(|&(_, c)| c == ':' || c == '：')
    {
        let tail = t[i + colon.len_utf8()..].trim();
        if tail.len() <= 40
            && tail.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase())
            && crate::extract::dates::date_at_start(tail, Some(2000))
                .is_some_and(|m| m.end + 2 >= tail.len())
        {
            return false;
        }
    }
    t.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '#' || !c.is_ascii())
}

/// Whether a raw line is a topic tag: `#AI Governance`, `# Law and
/// Regulations`, `### # Policy Explanation`.
fn hashtag_line(raw: &str) -> Option<String> {
    let r = raw.trim();
    if !r.starts_with('#') {
        return None;
    }
    let t = strip_markup(r.trim_start_matches(['#', ' ']));
    let words = t.split_whitespace().count();
    ((1..=6).contains(&words) && !t.ends_with('.')).then_some(t)
}

/// A short plain label under a heading ("Self-Driving", "Computing Power"),
/// given the line stripped of markup.
fn label_line(t: &str) -> Option<String> {
    let words = t.split_whitespace().count();
    let ok = (1..=4).contains(&words)
        && t.len() <= 40
        && !t.chars().any(|c| c.is_ascii_digit())
        && !t.ends_with(['.', ':', ',', ';'])
        && t.chars().next().is_some_and(char::is_uppercase);
    ok.then(|| t.to_owned())
}

/// The topic of the record whose heading is on line `h`: a hashtag on the
/// heading itself, or a tag/label line just under it. Returns the tag and
/// the line it was on.
pub(crate) fn category_after(lines: &Lines, h: usize) -> Option<(String, usize)> {
    let head = lines.stripped(h);
    if let (_, Some(tag)) = split_hashtag(head) {
        return Some((tag.to_owned(), h));
    }
    let n = lines.next_nonblank(h + 1, 4)?;
    if let Some(tag) = hashtag_line(lines.raw[n]) {
        return Some((tag, n));
    }
    if let Some(Some(tag)) = dateline(lines.stripped(n)) {
        return Some((tag.to_owned(), n));
    }
    let after = lines.next_nonblank(n + 1, 4)?;
    let para = lines.stripped(after).len() >= 60;
    // A label is shorter than the heading it tags.
    let head_words = head.split_whitespace().count();
    match label_line(lines.stripped(n)) {
        Some(l) if para && head_words >= 4 && head_words > l.split_whitespace().count() => {
            Some((l, n))
        }
        _ => None,
    }
}

/// The clean title of a heading line: markup, numbering, hashtags and list
/// numbers left inside by PDF conversion ("Intelligent 15. Transport") removed.
pub(crate) fn clean_title(raw: &str) -> String {
    let t = heading_text(raw);
    let (t, _) = split_hashtag(&t);
    let words: Vec<&str> = t
        .split_whitespace()
        .enumerate()
        .filter(|(i, w)| {
            let b = w.as_bytes();
            !(*i > 0
                && b.len() <= 3
                && b.ends_with(b".")
                && b[..b.len() - 1].iter().all(u8::is_ascii_digit))
        })
        .map(|(_, w)| w)
        .collect();
    words.join(" ")
}

/// Index of the first boilerplate heading at or after `from`, or the end.
pub(crate) fn boilerplate_start(lines: &Lines, from: usize) -> usize {
    (from..lines.len())
        .find(|&i| !lines.blank(i) && is_boilerplate_heading(lines.raw[i]))
        .unwrap_or(lines.len())
}

/// Last non-blank line before `end` (exclusive) and at or after `start`.
pub(crate) fn last_nonblank(lines: &Lines, start: usize, end: usize) -> usize {
    (start..end)
        .rev()
        .find(|&i| !lines.blank(i))
        .unwrap_or(start)
}

pub(super) fn is_paragraph(t: &str) -> bool {
    t.len() >= 100 || t.starts_with("On ") || t.starts_with("From ")
}

/// Headings found by shape: a heading-like line after a blank line,
/// followed (after an optional topic line) by a paragraph.
pub(crate) fn find_headings(lines: &Lines, from: usize, to: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if !lines.blank(i) && (i == 0 || lines.blank(i - 1)) && is_heading_like_at(lines, i) {
            let mut next = lines.next_nonblank(i + 1, 4);
            if let Some((_, c)) = category_after(lines, i)
                && c > i
            {
                next = lines.next_nonblank(c + 1, 4);
            }
            // A news item's dateline or byline under its title ("2026-11-09
            // · Telecom", "Date: 10 June 2026 | Source: SAMR").
            if let Some(d) = next.filter(|&d| {
                let t = lines.stripped(d);
                dateline(t).is_some() || is_byline(t)
            }) {
                next = lines.next_nonblank(d + 1, 4);
            }
            // (Under a markdown heading or a numbered section heading, "2.
            // Standards published", a table or a list is content too.)
            let md = md_level(lines.raw[i]) >= 1 || numbered_heading(lines.stripped(i));
            // (A markdown section heading is one whatever text follows it;
            // "# X" is the document's title.)
            let markdown = md_level(lines.raw[i]) >= 2;
            // (An FAQ's question over its answer, however short: "Q2: When
            // do they take effect?" / "A: On 1 March.")
            let question = lines.stripped(i).ends_with(['?', '？']);
            let content = |n: usize| {
                is_paragraph(lines.stripped(n))
                    || question && is_answer(lines.stripped(n))
                    || markdown && md_level(lines.raw[n]) == 0 && {
                        let t = lines.stripped(n);
                        !is_byline(t) && dateline(t).is_none()
                    }
                    || md && {
                        let t = lines.raw[n].trim_start();
                        t.starts_with('|')
                            || t.starts_with("- ")
                            || t.starts_with("* ")
                            || t.starts_with("• ")
                    }
            };
            if next.is_some_and(|n| n < to && content(n))
                && !is_paragraph(lines.stripped(i))
                && !next.is_some_and(|n| numbered_list(lines.raw[i], lines.raw[n]))
            {
                out.push(i);
                i = next.unwrap();
                continue;
            }
        }
        i += 1;
    }
    out
}

/// An FAQ's answer line: "A: ...", "A. ...", "Answer: ...", "答：...".
fn is_answer(t: &str) -> bool {
    ["A:", "A：", "A. ", "Answer:", "答：", "答:"]
        .iter()
        .any(|p| t.starts_with(p))
}

/// "2. Standards published in 2026", "IV. Work Plan": a short numbered
/// line of a few words.
fn numbered_heading(t: &str) -> bool {
    let Some((num, title)) = t.split_once(". ") else {
        return false;
    };
    let numeral = (1..=2).contains(&num.len()) && num.bytes().all(|b| b.is_ascii_digit())
        || (1..=4).contains(&num.len()) && num.bytes().all(|b| b"IVX".contains(&b));
    numeral && title.len() <= 60 && (1..=8).contains(&title.split_whitespace().count())
}

/// Whether `line` and `next` are consecutive items of a numbered list ("1.
/// Notifying Member: ..." then "2. Agency responsible: ..."): list items,
/// not a heading over its text.
fn numbered_list(line: &str, next: &str) -> bool {
    let number = |s: &str| -> Option<u32> {
        let t = s.trim_start();
        let d = t.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&d) || !matches!(t.as_bytes().get(d), Some(b'.' | b')')) {
            return None;
        }
        t[..d].parse().ok()
    };
    matches!((number(line), number(next)), (Some(a), Some(b)) if b == a + 1)
}

/// Segments `lines[from..]` by headings found by shape; with `single`, a
/// document without headings becomes one record.
pub(crate) fn segment_generic(lines: &Lines, from: usize, single: bool) -> Vec<Span> {
    let end = boilerplate_start(lines, from);
    let heads = find_headings(lines, from, end);
    if single
        && let Some(entries) = super::blocks::listing_without_headings(lines, from, end, &heads)
    {
        return entries;
    }
    if heads.is_empty() {
        let Some(first) = lines.next_nonblank(from, lines.len()) else {
            return Vec::new();
        };
        if !single || first >= end {
            return Vec::new();
        }
        return vec![text_span(lines, first, end)];
    }
    // "## Section" right above "### Article": a section over its articles.
    let mut anchors = Vec::with_capacity(heads.len());
    let mut sections = Vec::new();
    for h in heads {
        let level = md_level(lines.raw[h]);
        match lines.next_nonblank(h + 1, lines.len()) {
            Some(n) if level >= 1 && md_level(lines.raw[n]) > level && n < end => {
                sections.push((h, clean_title(lines.raw[h])));
                anchors.push(n);
            }
            _ => anchors.push(h),
        }
    }
    let mut spans = spans_from_anchors(lines, &anchors, end, &sections);
    // Text before the first heading ("MIIT Announcement No. 12 ... The
    // ministry approved ...") is a record of its own, titled by its first
    // line, when it holds a paragraph or two labelled fields ("Secretariat:
    // China Academy of ...", a committee page's header).
    let first_anchor = sections.first().map_or(anchors[0], |s| s.0.min(anchors[0]));
    if single
        && let Some(first) = lines
            .next_nonblank(from, first_anchor.saturating_sub(from))
            .filter(|&f| f < first_anchor)
        && ((first..first_anchor).any(|i| !lines.blank(i) && is_paragraph(lines.stripped(i)))
            || header_fields(lines, first, first_anchor))
    {
        spans.insert(0, text_span(lines, first, first_anchor));
    }
    spans
}

/// Whether lines `a..b` hold a page's header fields: two "Label: value"
/// lines, one with a value of some length ("Secretariat: China Academy of
/// ...", then "Chair: Prof. Li").
fn header_fields(lines: &Lines, a: usize, b: usize) -> bool {
    let values: Vec<usize> = (a..b)
        .filter_map(|i| field_value_len(lines.stripped(i)))
        .collect();
    values.len() >= 2 && values.iter().any(|&n| n >= 20)
}

/// "Label: value": the length of the value (in characters, a Chinese one
/// counting as two: "秘书处承担单位：中国电子技术标准化研究院" says as much as
/// "Secretariat: China Electronics Standardization Institute") of a field
/// line.
pub(super) fn field_value_len(t: &str) -> Option<usize> {
    let c = t.find([':', '：']).filter(|c| (2..=40).contains(c))?;
    let value = t[c..].trim_start_matches([':', '：', ' ', '*']);
    let n = value
        .chars()
        .map(|ch| {
            if crate::extract::text::is_han(ch) {
                2
            } else {
                1
            }
        })
        .sum();
    (n >= 2).then_some(n)
}

/// Text from line `first` up to `end` as one record, titled by its first line.
pub(crate) fn text_span(lines: &Lines, first: usize, end: usize) -> Span {
    let title_line = if lines.raw[first].is_ascii() {
        first
    } else {
        official_title(lines, first).unwrap_or(first)
    };
    Span {
        title: clean_title(lines.raw[title_line]),
        section: None,
        category: None,
        start: first as u32 + 1,
        end: last_nonblank(lines, first, end) as u32 + 1,
        summary: None,
    }
}

/// The level of a markdown heading ("## X" → 2); 0 for any other line
/// (a "#Hashtag" category has no space and is no heading).
pub(crate) fn md_level(raw: &str) -> usize {
    let t = raw.trim_start();
    let n = t.bytes().take_while(|&b| b == b'#').count();
    if n > 0 && t[n..].starts_with(' ') {
        n
    } else {
        0
    }
}

/// Builds spans from article heading lines; `sections` are section heading
/// lines whose titles become the `section` of what follows them.
pub(crate) fn spans_from_anchors(
    lines: &Lines,
    anchors: &[usize],
    end: usize,
    sections: &[(usize, String)],
) -> Vec<Span> {
    let mut out = Vec::with_capacity(anchors.len());
    for (k, &a) in anchors.iter().enumerate() {
        let stop = anchors
            .get(k + 1)
            .copied()
            .into_iter()
            .chain(sections.iter().map(|s| s.0).filter(|&s| s > a))
            .min()
            .unwrap_or(end)
            .min(end);
        let section = sections.iter().rev().find(|s| s.0 < a).map(|s| s.1.clone());
        let category = category_after(lines, a).map(|c| c.0);
        // (A letterhead heads its official document's title: "关于…的公告".)
        let title_line = if lines.raw[a].is_ascii() {
            a
        } else {
            official_title(lines, a).unwrap_or(a)
        };
        out.push(Span {
            title: clean_title(lines.raw[title_line]),
            category: category.or_else(|| section.clone()),
            section,
            start: a as u32 + 1,
            end: last_nonblank(lines, a, stop) as u32 + 1,
            summary: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_italic_lines_are_no_headings() {
        let t = "China Widget Standardization Association | 2026-08-05";
        let italic = "*China Widget Standardization Association | 2026-08-05*";
        assert!(!is_heading_like_stripped(italic, t));
        // A body and a date are a byline in any type.
        let bold = "**China Widget Standardization Association | 2026-08-05**";
        assert!(!is_heading_like_stripped(bold, t));
        assert!(is_heading_like_stripped(
            "*Widget Standards Explained*",
            "Widget Standards Explained"
        ));
    }

    #[test]
    fn consecutive_numbered_items_are_a_list() {
        assert!(numbered_list(
            "1. Notifying Member: X",
            "2. Agency responsible: Y"
        ));
        assert!(numbered_list("9) Date", "10) Comments"));
        assert!(!numbered_list("1. Overview", "In 2025, the committee ..."));
        assert!(!numbered_list("2. Standards", "4. Meetings"));
    }

    #[test]
    fn datelines_and_date_fields_are_no_headings() {
        for t in [
            "Beijing, 2 September 2027",
            "Releasing Date: 2027/04/18",
            "Client Alert | 3 February 2027",
            "2027-09-12",
            "12 September 2027",
            "Published 18 June 2027 | Technology, Media & Telecoms",
            "Posted on 2027-05-12 by the editors",
            "Last updated: 3 March 2027",
        ] {
            assert!(!is_heading_like_stripped(t, t), "{t}");
        }
        for t in [
            "Beijing Hosts the Widget Forum",
            "Standards Released in 2027",
            "Published Standards of 2027",
        ] {
            assert!(is_heading_like_stripped(t, t), "{t}");
        }
    }

    #[test]
    fn text_before_the_first_heading_is_a_record() {
        let text = "Ministry Announcement No. 9 of 2027 on Widget Standards\n\nReleasing Date: 2027/04/18\n\nThe ministry approved 12 widget industry standards, which will be implemented from 1 October 2027 across the whole sector.\n\nAssociation standards\nOn 20 April 2027, the association released T/CAS 9-2027 Widget guidelines.\n";
        let spans = segment_generic(&Lines::new(text), 0, true);
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(
            t,
            [
                (
                    "Ministry Announcement No. 9 of 2027 on Widget Standards",
                    1,
                    5
                ),
                ("Association standards", 7, 8)
            ]
        );
    }

    #[test]
    fn a_committee_page_header_and_numbered_sections_over_lists() {
        let text = "Widget Committee (SAC/TC 999)\nSecretariat: China Widget Research Institute (CWRI)\nChair: Prof. Li\n\n1. Overview\n\nIn 2027 the committee held two plenary meetings and set up three working groups for its work on widget terminology.\n\n2. Standards published in 2027\n\n- GB/T 99901-2027 Widgets — Terminology\n\n3. Projects\n\n| Plan No. | Title |\n|---|---|\n| 20279901-T-999 | Widgets — Safety |\n";
        let spans = segment_generic(&Lines::new(text), 0, true);
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(
            t,
            [
                ("Widget Committee (SAC/TC 999)", 1, 3),
                ("Overview", 5, 7),
                ("Standards published in 2027", 9, 11),
                ("Projects", 13, 17)
            ]
        );
        assert!(numbered_heading("IV. Work Plan"));
        assert!(!numbered_heading(
            "2. The committee held two plenary meetings in Beijing and set up three groups"
        ));
    }

    #[test]
    fn markdown_sections_over_short_text_under_a_title_and_byline() {
        let text = "# Widget Alert\n\nBy Jane Doe, Partner | 2 September 2027\n\n## Background\n\nOn 28 August 2027, SAMR approved GB 99721-2027 Safety of widget watches for children and others.\n\n## Transition\n\nOld widgets may be sold until 1 March 2028.\n\n## Contacts\n\nJane Doe\n";
        let spans = segment_generic(&Lines::new(text), 0, true);
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(t, [("Background", 5, 7), ("Transition", 9, 11)]);
        assert!(is_byline("By Jane Doe, Partner | 2 September 2027"));
        assert!(!is_byline("By 2027 the ministry will issue 30 standards"));
    }

    #[test]
    fn news_items_with_a_dateline_under_the_title() {
        let text = "# Widget News — Week 46\n\n**Ministry seeks comments on 9 widget standards**\n2027-11-09 · Telecom\nThe ministry published 9 draft industry standards for comments, including YD/T 9901-2027 Widget terminal requirements.\n\n**SAMR approves 96 standards**\n12 November 2027\nSAMR approved 96 national standards on 11 November 2027, among them GB 99501-2027 Safety of widgets.\n";
        let spans = segment_generic(&Lines::new(text), 0, true);
        let got: Vec<(&str, Option<&str>, u32, u32)> = spans
            .iter()
            .map(|s| (s.title.as_str(), s.category.as_deref(), s.start, s.end))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Ministry seeks comments on 9 widget standards",
                    Some("Telecom"),
                    3,
                    5
                ),
                ("SAMR approves 96 standards", None, 7, 9)
            ]
        );
        assert_eq!(dateline("2027-11-09 · Telecom"), Some(Some("Telecom")));
        assert_eq!(dateline("12 November 2027"), Some(None));
        assert_eq!(dateline("12 November 2027 the ministry approved it."), None);
    }

    #[test]
    fn markdown_sections_without_an_index() {
        let text = "# Widget Bulletin\n\nMay 2027\n\n## Policy Watch\n\n### Plan on Robots\nOn 2 May 2027, the ministry issued the Plan on Robots.\n\n## Industry\n\n### Draft on Sensors\nOn 3 May 2027, TC 99 released a draft of the national standard.\n\n### Forum on Gadgets\nOn 4 May 2027, the Gadget Forum was held in Wuhan with many experts.\n";
        let spans = segment_generic(&Lines::new(text), 0, true);
        let t = crate::ingest::segment::outline_sections(&spans);
        assert_eq!(
            t,
            [
                ("Plan on Robots", Some("Policy Watch"), 7, 8),
                ("Draft on Sensors", Some("Industry"), 12, 13),
                ("Forum on Gadgets", Some("Industry"), 15, 16)
            ]
        );
        assert_eq!(
            (md_level("## X"), md_level("#Hashtag"), md_level("Text")),
            (2, 0, 0)
        );
    }

    #[test]
    fn clean_titles() {
        assert_eq!(
            clean_title(
                "China Calls for Comments on Standards System of Intelligent **15. Transport System**"
            ),
            "China Calls for Comments on Standards System of Intelligent Transport System"
        );
        assert_eq!(
            clean_title("14. China Releases Roadmap #AI+ Initiative"),
            "China Releases Roadmap"
        );
        assert_eq!(
            clean_title("TC260 Published AI Safety Governance Framework 2.0"),
            "TC260 Published AI Safety Governance Framework 2.0"
        );
    }

    #[test]
    fn categories_under_headings() {
        let l = Lines::new(
            "12. Call for Comment\n\nSelf-Driving\n\nOn September 17, 2025, the National Technical Committee of Auto Standardization released a draft.\n",
        );
        assert_eq!(
            category_after(&l, 0).map(|c| c.0),
            Some("Self-Driving".into())
        );
        let l = Lines::new("## 5. SAMR Publishes Q&A\n\n### # Policy Explanation\n\nRecently...\n");
        assert_eq!(
            category_after(&l, 0).map(|c| c.0),
            Some("Policy Explanation".into())
        );
        let l = Lines::new(
            "Title\n\nOn 1 May 2024, something happened that is long enough to be a paragraph here.\n",
        );
        assert_eq!(category_after(&l, 0), None);
    }

    #[test]
    fn generic_headings_need_a_paragraph() {
        let text = "Header line\n\nFirst Story Title\n\nOn 3 March 2024, the ministry released a plan that is described in a long paragraph of text.\n\nSecond Story\n#Topic\nOn 5 March 2024, the committee did another thing described in a long enough paragraph here.\n";
        let spans = segment_generic(&Lines::new(text), 0, true);
        let titles: Vec<_> = spans.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["First Story Title", "Second Story"]);
        assert_eq!(spans[1].category.as_deref(), Some("Topic"));
        assert_eq!((spans[0].start, spans[0].end), (3, 5));
    }
}
