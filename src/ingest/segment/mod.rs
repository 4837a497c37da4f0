//! Segmenting a document into records: detect the genre, the document's
//! own title and date, then cut it into the units an analyst reads.
//!
//! Each genre has its own file: `newsletter` (index, takeaways, sections,
//! articles), `agenda` (numbered sessions), `slides` (topics spanning
//! slides), `listing` (news items with summaries). What is not a record
//! (indexes, abbreviation tables, project boilerplate) is recognized here.

mod agenda;
mod blocks;
mod bylines;
mod chronicle;
pub(crate) use bylines::is_publication_line;
mod headings;
mod listing;
mod newsletter;
mod slides;

use crate::extract::dates;
use crate::extract::text::{heading_text, strip_markup_cow};
use crate::model::{DocKind, PartialDate};
use regex::Regex;
use std::sync::LazyLock;

/// A record's place in its document, before dates are read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// Heading.
    pub title: String,
    /// Section it sits in.
    pub section: Option<String>,
    /// Topic tag.
    pub category: Option<String>,
    /// First line (the heading), 1-based.
    pub start: u32,
    /// Last line, inclusive.
    pub end: u32,
    /// Lines of a summary elsewhere (takeaways).
    pub summary: Option<(u32, u32)>,
}

/// What segmentation found in a document.
#[derive(Clone, Debug)]
pub struct Layout {
    /// Genre.
    pub kind: DocKind,
    /// Own title.
    pub title: String,
    /// Own date or the start of its period.
    pub date: Option<PartialDate>,
    /// End of its period.
    pub date_end: Option<PartialDate>,
    /// Whether the document states `date` as its own (see
    /// [`crate::model::Document::date_stated`]).
    pub date_stated: bool,
    /// Records in reading order.
    pub records: Vec<Span>,
}

/// The document's lines, 0-based, with cheap accessors and each line's
/// markup-stripped text, computed once however many rules read it.
pub(crate) struct Lines<'a> {
    pub raw: Vec<&'a str>,
    stripped: Vec<std::cell::OnceCell<std::borrow::Cow<'a, str>>>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let raw: Vec<&str> = text.split('\n').collect();
        let stripped = (0..raw.len()).map(|_| std::cell::OnceCell::new()).collect();
        Self { raw, stripped }
    }
    /// `strip_markup` of line `i`.
    pub fn stripped(&self, i: usize) -> &str {
        self.stripped[i].get_or_init(|| strip_markup_cow(self.raw[i]))
    }
    pub fn len(&self) -> usize {
        self.raw.len()
    }
    pub fn blank(&self, i: usize) -> bool {
        self.raw.get(i).is_none_or(|l| l.trim().is_empty())
    }
    /// Next non-blank line at or after `i`, within `limit` lines.
    pub fn next_nonblank(&self, i: usize, limit: usize) -> Option<usize> {
        (i..self.len().min(i + limit)).find(|&j| !self.blank(j))
    }
}

/// Segments a document's text.
pub fn segment(text: &str) -> Layout {
    let lines = Lines::new(text);
    let kind = detect_kind(&lines);
    let title = doc_title(&lines, kind);
    let mut records = match kind {
        DocKind::Newsletter => newsletter::segment(&lines),
        DocKind::Agenda => agenda::segment(&lines),
        DocKind::Slides => slides::segment(&lines),
        DocKind::Listing => listing::segment(&lines),
        DocKind::Article => headings::segment_generic(&lines, 0, true),
    };
    if matches!(kind, DocKind::Newsletter | DocKind::Article) {
        records = bare_headings_as_sections(&lines, records);
        records = chronicle::split_chronicles(&lines, &title, records);
    }
    let header_end = records
        .iter()
        .map(|r| r.start as usize - 1)
        .min()
        .filter(|&s| lines.next_nonblank(0, lines.len()).is_some_and(|f| f < s))
        .unwrap_or(lines.len());
    let own = doc_date(&lines, header_end);
    Layout {
        kind,
        title,
        date: own.date,
        date_end: own.end,
        date_stated: own.stated,
        records,
    }
}

/// A heading with nothing under it before the next record's heading is a
/// section heading ("## Horizontal Actions" right above "**EU–China
/// dialogue held**"): not a record, but the section of the records after it
/// that have none, up to the next such heading.
fn bare_headings_as_sections(lines: &Lines, records: Vec<Span>) -> Vec<Span> {
    // (Every line after the heading, up to the next record's, is blank; and
    // the heading's own line holds no story: "- **X.** On D, ...".)
    let bare = |k: usize| {
        let r = &records[k];
        records.get(k + 1).is_some_and(|n| {
            n.start > r.end
                && n.section.is_none()
                && (r.start + 1..n.start).all(|l| lines.blank(l as usize - 1))
                && lines.stripped(r.start as usize - 1).len() <= r.title.len() + 20
        })
    };
    let flags: Vec<bool> = (0..records.len()).map(bare).collect();
    let mut section: Option<String> = None;
    let mut out = Vec::with_capacity(records.len());
    for (mut r, is_bare) in records.into_iter().zip(flags) {
        if is_bare {
            section = Some(r.title);
            continue;
        }
        if r.section.is_none() {
            r.section.clone_from(&section);
        }
        out.push(r);
    }
    out
}

/// Whether a line ends a listing item's summary ("... […]").
/// The date of a listing's dated headline ("Title    2029-07-28", "- Title
/// — 2029-07-28", "2029-07-28 | Title"): the date closing or opening the
/// line, not one its title tells ("(Comment Deadline: March 30, 2029)").
pub(crate) fn listed_date(line: &str, year: Option<i32>) -> Option<crate::model::PartialDate> {
    listing::dated_item(line).or_else(|| listing::dated_line(line))?;
    let t = line.trim();
    let dates = crate::extract::dates::find_dates(t, year);
    let closing = dates.iter().rev().find(|m| m.end + 2 >= t.len());
    let opening = dates.iter().find(|m| m.start <= 2);
    closing.or(opening).map(|m| m.date)
}

pub(crate) fn is_summary_end(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with("…]") || t.ends_with("...]")
}

/// The first `n` non-blank lines, stripped.
fn header(lines: &Lines, n: usize) -> Vec<(usize, String)> {
    (0..lines.len())
        .filter(|&i| !lines.blank(i))
        .take(n)
        .map(|i| (i, lines.stripped(i).to_owned()))
        .collect()
}

fn detect_kind(lines: &Lines) -> DocKind {
    let summaries = lines.raw.iter().filter(|l| is_summary_end(l)).count();
    if summaries >= 2 {
        return DocKind::Listing;
    }
    // A list of dated headlines, most of the document's lines (a summary
    // indented under its item is part of it).
    let nonblank = lines
        .raw
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.starts_with([' ', '\t']))
        .count();
    let dated = lines
        .raw
        .iter()
        .filter(|l| l.trim_start().starts_with(['-', '*', '•']))
        .filter(|l| listing::dated_item(l).is_some())
        .count();
    if dated >= 3 && dated * 2 >= nonblank {
        return DocKind::Listing;
    }
    // (Or without list markers: "2029-11-05 | Title" lines.)
    // (Looked at in full only when three of the first ten lines are.)
    let head_dated = || {
        lines
            .raw
            .iter()
            .filter(|l| !l.trim().is_empty())
            .take(10)
            .filter(|l| listing::dated_line(l).is_some())
            .count()
            >= 3
    };
    if dated == 0 && head_dated() {
        // (A one-line summary right under a dated headline is part of its
        // item: "2029-11-05  Title\nSummary.")
        let mut lines_dated = 0;
        let mut summaries = 0;
        let mut after_dated = false;
        for l in lines.raw.iter().filter(|l| !l.trim().is_empty()) {
            if l.len() < 400 && listing::dated_line(l).is_some() {
                lines_dated += 1;
                after_dated = true;
            } else {
                summaries += usize::from(after_dated);
                after_dated = false;
            }
        }
        if lines_dated >= 3 && lines_dated * 2 >= nonblank.saturating_sub(summaries) {
            return DocKind::Listing;
        }
    }
    let head = header(lines, 10);
    // The header line where one of `words` first appears: the kind named
    // first wins ("... Webinar Series" above an "Agenda" slide is a deck).
    // (A table row names what it lists, not what the document is: "| 3
    // June | Webinar: X |" in a table of events.)
    let first = |words: &[&str]| {
        head.iter().position(|(i, l)| {
            if lines.raw[*i].trim_start().starts_with('|') {
                return false;
            }
            let l = l.to_lowercase();
            words
                .iter()
                .any(|w| l.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w))
        })
    };
    let agenda = first(&["agenda", "programme", "program"]);
    let mut slides = first(&["webinar", "presentation", "slides", "workshop"]);
    // A webinar's programme of timed sessions ("10:10–10:40 X") is an
    // agenda, though the title names the webinar first.
    if agenda.is_some()
        && slides.is_some()
        && lines
            .raw
            .iter()
            .filter(|l| agenda::timed_session(l).is_some())
            .nth(1)
            .is_some()
    {
        slides = None;
    }
    // A table of contents makes a newsletter of a document no word names.
    let newsletter = first(&["newsletter", "bulletin", "digest", "briefing"]).or_else(|| {
        newsletter::find_toc(lines)
            .is_some()
            .then(|| slides.unwrap_or(usize::MAX))
    });
    // On the same line: agenda, then newsletter, then slides.
    [
        (agenda, DocKind::Agenda),
        (newsletter, DocKind::Newsletter),
        (slides, DocKind::Slides),
    ]
    .into_iter()
    .enumerate()
    .filter_map(|(rank, (pos, kind))| pos.map(|p| ((p, rank), kind)))
    .min_by_key(|(k, _)| *k)
    .map_or(DocKind::Article, |(_, kind)| kind)
}

fn doc_title(lines: &Lines, kind: DocKind) -> String {
    let head = header(lines, 12);
    let keyword: &[&str] = match kind {
        DocKind::Newsletter => &["newsletter", "bulletin", "digest", "briefing"],
        DocKind::Agenda => &["agenda", "programme", "program"],
        DocKind::Slides => &["webinar", "presentation", "slides", "workshop"],
        _ => &[],
    };
    let pos = head.iter().position(|(i, l)| {
        if lines.raw[*i].trim_start().starts_with('|') {
            return false;
        }
        let low = l.to_lowercase();
        keyword.iter().any(|k| low.contains(k))
    });
    match pos {
        Some(p) => {
            let mut t = heading_text(&head[p].1);
            // A short line just above ("SESEC V") belongs to the title.
            if p > 0 && head[p].0 <= head[p - 1].0 + 3 {
                let prev = &head[p - 1].1;
                if prev.split_whitespace().count() <= 3
                    && !prev.contains(':')
                    && !t.contains(prev.as_str())
                {
                    t = format!("{prev} {t}");
                }
            }
            t
        }
        // A Chinese official document's title under its letterhead.
        None => head
            .first()
            .map(|&(i, ref l)| {
                bylines::official_title(lines, i)
                    .map_or_else(|| heading_text(l), |t| heading_text(lines.raw[t]))
            })
            .unwrap_or_default(),
    }
}

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:date|issue|period|dated?|published|发布时间|日期)\s*[|:：]\s*").unwrap()
});

/// The document's date as [`doc_date`] finds it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct DocDate {
    date: Option<PartialDate>,
    end: Option<PartialDate>,
    /// Stated as the document's own (not only mentioned in its opening).
    stated: bool,
}

/// The document's own date: a header line that is only a date ("23 Sep
/// 2025", "September – October 2025", "Date | April 2026"), else the first
/// date in the header. That one is stated as the document's own when it
/// opens its line like a dateline or byline ("BEIJING, May 3 (Xinhua)",
/// "Client Alert | 3 February 2027"); a date a sentence tells ("On 3 May
/// 2025, SAMR ...", "... held its meeting on 12 December") still gives
/// yearless dates their year but is no date of the document.
fn doc_date(lines: &Lines, before: usize) -> DocDate {
    let head: Vec<_> = header(lines, 15)
        .into_iter()
        .filter(|(i, _)| *i < before)
        .collect();
    let mut first = None;
    for (_, l) in &head {
        // A field's date is the document's only under a date label
        // ("Established: March 2025" dates the committee, not the page).
        let labelled = LABEL.is_match(l);
        // A byline of fields: "Source: X | Published: 2027-04-18".
        if !labelled
            && let Some(m) = l
                .split('|')
                .map(str::trim)
                .filter(|f| LABEL.is_match(f))
                .find_map(|f| dates::first_date(&LABEL.replace(f, ""), None))
        {
            return DocDate {
                date: Some(m.date),
                end: m.until,
                stated: true,
            };
        }
        if !labelled && other_field(l) {
            continue;
        }
        // (A table's row dates what it lists: "| GB/T 1-2027 | Title |
        // 2028-01-01 |" on a committee's page.)
        if l.trim_start().starts_with('|') && l.matches('|').count() >= 3 {
            continue;
        }
        let l = LABEL.replace(l, "");
        let l = l.trim();
        if let Some(m) = dates::first_date(l, None) {
            let only = l.len() <= m.end - m.start + 2;
            let date = DocDate {
                date: Some(m.date),
                end: m.until,
                stated: only || labelled || dateline(&l[..m.start]),
            };
            if only {
                return date;
            }
            if first.is_none() {
                first = Some(date);
            }
        }
    }
    // A date only told of, or none: a signature's date closing the
    // document ("工业和信息化部\n2029年7月10日") is its own.
    match first {
        Some(d) if d.stated => d,
        _ => signature_date(lines).or(first).unwrap_or_default(),
    }
}

/// The date alone on one of the last two lines of a document, right under
/// a short line naming its issuer: an official document's date of
/// signature ("工业和信息化部\n2029年7月10日").
fn signature_date(lines: &Lines) -> Option<DocDate> {
    let last: Vec<usize> = (0..lines.len())
        .rev()
        .filter(|&i| !lines.blank(i))
        .take(3)
        .collect();
    last.windows(2).take(2).find_map(|w| {
        let (l, above) = (lines.stripped(w[0]), lines.stripped(w[1]));
        let m = dates::date_alone(l)?;
        let issuer = above.chars().count() <= 30 && dates::first_date(above, Some(2000)).is_none();
        issuer.then_some(DocDate {
            date: Some(m.date),
            end: None,
            stated: true,
        })
    })
}

/// Whether the text before a date in a header line reads like a dateline
/// or byline ("BEIJING, ", "Release date: ", "Client Alert | ") rather than
/// a sentence telling of the day ("On ", "The committee met in X on ").
fn dateline(before: &str) -> bool {
    const PROSE: [&str; 12] = [
        "on", "from", "in", "since", "by", "at", "until", "before", "after", "between", "of", "to",
    ];
    let b = before.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let last = b
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    b.len() <= 60 && !PROSE.contains(&last.as_str())
}

/// "Established: March 2025": a labelled field whose label names no date
/// of the document (a label of words, without "date").
fn other_field(l: &str) -> bool {
    l.split_once([':', '：']).is_some_and(|(label, _)| {
        let label = label.trim().trim_matches('*');
        (2..=30).contains(&label.len())
            && label.chars().all(|c| c.is_alphabetic() || c == ' ')
            && !label.to_lowercase().contains("date")
    })
}

static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:introduction (?:of|to) (?:the )?.*project|about (?:us|the project|this (?:newsletter|report))|(?:list of )?abbreviations|acronyms|contacts?(?: us)?|disclaimer|how to subscribe\??|subscribe|(?-i:Annex(?:es)?)(?:\s*\d+\b.*)?|in this (?:bimonthly |monthly |weekly )?newsletter)$")
        .unwrap()
});

/// Whether a heading starts boilerplate that ends the records
/// (project introduction, abbreviations, annex list, subscription).
pub(crate) fn is_boilerplate_heading(line: &str) -> bool {
    if line.len() > 240 {
        return false;
    }
    // Every boilerplate heading starts with one of these letters.
    let first = line
        .trim_start_matches(|c: char| !c.is_alphabetic())
        .chars()
        .next();
    if !first.is_some_and(|c| "iIaAlLcCdDhHsS".contains(c)) {
        return false;
    }
    // And holds one of these stems (most lines hold none: no clean-up then).
    // Markup inside a word ("Abbre<b>viations") is removed by the clean-up,
    // so a line with markup characters is always cleaned up.
    static STEMS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)introduc|about|abbrev|acronym|contact|disclaim|subscri|annex|newsletter")
            .unwrap()
    });
    if !line.contains(['*', '<', '\\', '[']) && !STEMS.is_match(line) {
        return false;
    }
    let t = heading_text(line);
    t.len() < 160 && BOILERPLATE.is_match(&t)
}

/// Test outlines of segmented spans: (title, first line, last line), and
/// the same with the section.
/// The date a section heading names ("Day 2 — 15 October 2026" → 15
/// October 2026; the day's number is no date).
pub(crate) fn section_date(section: &str, year: Option<i32>) -> Option<crate::model::PartialDate> {
    let s = match section.strip_prefix("Day ") {
        Some(r) => r.trim_start_matches(|c: char| c.is_ascii_digit()),
        None => section,
    };
    crate::extract::dates::first_date(s, year).map(|m| m.date)
}

#[cfg(test)]
pub(crate) fn outline(spans: &[Span]) -> Vec<(&str, u32, u32)> {
    spans
        .iter()
        .map(|s| (s.title.as_str(), s.start, s.end))
        .collect()
}

#[cfg(test)]
pub(crate) fn outline_sections(spans: &[Span]) -> Vec<(&str, Option<&str>, u32, u32)> {
    spans
        .iter()
        .map(|s| (s.title.as_str(), s.section.as_deref(), s.start, s.end))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_headings() {
        assert!(is_boilerplate_heading("Introduction of SESEC Project"));
        assert!(is_boilerplate_heading("## Abbreviations"));
        assert!(is_boilerplate_heading("Abbre<b>viations</b>"));
        assert!(is_boilerplate_heading("**Abbre**viations"));
        assert!(is_boilerplate_heading(
            "- Annex 1 SESEC V Report SAC/TC260 Standards Week Sep 2025"
        ));
        assert!(!is_boilerplate_heading(
            "China Releases Annexes to the Standard on Robots"
        ));
        assert!(!is_boilerplate_heading(
            "SESEC in Recent Chinese Standardisation Events"
        ));
    }

    #[test]
    fn kinds_by_header() {
        // The kind named first wins: a webinar deck with an agenda slide.
        assert_eq!(
            detect_kind(&Lines::new(
                "ACME Webinar Series\nWidgets\n\nAgenda\n1. Law\n"
            )),
            DocKind::Slides
        );
        assert_eq!(
            detect_kind(&Lines::new("X\n\nAgenda of the TC 99 Plenary\n")),
            DocKind::Agenda
        );
        assert_eq!(
            detect_kind(&Lines::new("ACME Webinar – Standards\n\nfoo")),
            DocKind::Slides
        );
        assert_eq!(
            detect_kind(&Lines::new("Some article\n\nOn 1 May 2024, ...")),
            DocKind::Article
        );
        let listing = "News\n\nA\n\nText […]\n\nB\n\nMore text [...]\n";
        assert_eq!(detect_kind(&Lines::new(listing)), DocKind::Listing);
        // "date  Title" columns, a summary line under each: a listing.
        let columns = "Ministry news\n\n2029-11-28  Widget plans released today\nSummary one.\n\n\
                       2029-11-20  Notice on widget comments issued\nSummary two.\n\n\
                       2029-11-05  Widget conference opens in Nanjing\nSummary three.\n";
        assert_eq!(detect_kind(&Lines::new(columns)), DocKind::Listing);
        // (Every line indented: no non-blank line of the body counts, and
        // the summaries are not taken from nothing.)
        let indented = "  2029-11-28  Widget plans released today\n  Summary.\n  \
                        2029-11-20  Notice on widget comments issued\n  2029-11-05  Widget conference opens in Nanjing\n";
        assert_eq!(detect_kind(&Lines::new(indented)), DocKind::Listing);
    }

    #[test]
    fn document_dates() {
        let l = Lines::new("SESEC VI\n\nAgenda of TC260\n\nDate | April 2026\n");
        assert_eq!(doc_date(&l, 99).date.unwrap().to_string(), "2026-04");
        let l = Lines::new("Newsletter\n\nSeptember – October 2025\n");
        let d = doc_date(&l, 99);
        assert_eq!(
            (d.date.unwrap().to_string(), d.end.unwrap().to_string()),
            ("2025-09".into(), "2025-10".into())
        );
        let l = Lines::new("Webinar\n\nChina AI as of Sep 2025\n\n23 Sep 2025\n");
        assert_eq!(doc_date(&l, 99).date.unwrap().to_string(), "2025-09-23");
        // A field's date is no date of the page unless its label says so.
        let l = Lines::new("Widget Committee\nEstablished: March 2025\nUpdated: 12 May 2027\n");
        assert_eq!(doc_date(&l, 99).date.unwrap().to_string(), "2027-05-12");
        // Nor is a table's row.
        let l = Lines::new(
            "Widget Committee\n\n| Code | Effective |\n|---|---|\n| GB 1-2027 | 2028-01-01 |\n",
        );
        assert_eq!(doc_date(&l, 99).date, None);
    }

    #[test]
    fn a_dateline_states_the_date_a_sentence_only_tells_it() {
        let stated = |t: &str| {
            let d = doc_date(&Lines::new(t), 99);
            (d.date.map(|d| d.to_string()), d.stated)
        };
        let day = |s: &str| Some(s.to_owned());
        assert_eq!(stated("Title\n\n12 May 2027\n"), (day("2027-05-12"), true));
        assert_eq!(
            stated("T\n\nBEIJING, May 3, 2027 (Xinhua) -- X"),
            (day("2027-05-03"), true)
        );
        assert_eq!(
            stated("T\n\n*Client Note | 3 February 2028*"),
            (day("2028-02-03"), true)
        );
        assert_eq!(
            stated("T\n\nDate: 3 February 2028, Beijing"),
            (day("2028-02-03"), true)
        );
        assert_eq!(
            stated("T\n\nOn 3 May 2027, SAMR released X."),
            (day("2027-05-03"), false)
        );
        let late = "T\n\nThe committee held its annual meeting in Tianjin on 12 December 2027.";
        assert_eq!(stated(late), (day("2027-12-12"), false));
        // An official document signed and dated at its end.
        let signed = "工业和信息化部公告\n\n| 1 | YD/T 1-2029 | 2029-10-01 |\n\n工业和信息化部\n2029年7月10日\n";
        assert_eq!(stated(signed), (day("2029-07-10"), true));
    }
}
