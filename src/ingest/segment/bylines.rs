//! Lines that head nothing though they look like headings: a news item's
//! dateline, an author's or source's byline, a Chinese document number;
//! and the title of a Chinese official document under its letterhead.

use super::Lines;

/// A dateline under a news item's title: a date alone, or a date then a
/// short tag ("2026-11-09 · Telecom", "12 May 2026 | Data policy"). Gives
/// the tag, if any.
pub(crate) fn dateline(t: &str) -> Option<Option<&str>> {
    if t.len() > 80 || !t.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()) {
        return None;
    }
    let m = crate::extract::dates::date_at_start(t, Some(2000))?;
    let rest = t[m.end..].trim();
    if rest.is_empty() {
        return Some(None);
    }
    let tag = ["·", "|", "–", "—", "/", "-"]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?
        .trim();
    (!tag.is_empty() && tag.split_whitespace().count() <= 4 && !tag.ends_with('.'))
        .then_some(Some(tag))
}

/// A byline: "Published 18 June 2026", "Posted on 2026-05-12 by ...",
/// "Updated: 3 March 2026 | News", "Date: 10 June 2026 | Source: SAMR" — a
/// publication word, then a date — or
/// "By Jane Doe | 2 September 2026", an author and a date.
pub(crate) fn is_byline(t: &str) -> bool {
    // "2026-10-14 | Source: SAMR", "Source: Xinhua | 2026-10-14": a date
    // and where the item comes from.
    const SOURCE: [&str; 11] = [
        "source",
        "author",
        "by ",
        "editor",
        "published by",
        "posted by",
        "prepared by",
        "compiled by",
        "written by",
        "来源",
        "作者",
    ];
    let source_label = |s: &str| {
        let h = s.get(..s.len().min(12)).unwrap_or(s).to_ascii_lowercase();
        SOURCE.iter().any(|w| h.starts_with(w))
    };
    if t.len() <= 160
        && let Some(m) = crate::extract::dates::first_date(t, Some(2000))
    {
        let rest = after_date(&t[m.end..]);
        // ("Published by the X Institute, 12 May 2026": the date last.)
        let dated_last = m.end + 1 >= t.len() && t[..m.start].trim_end().ends_with([',', '|', '·']);
        if m.start == 0 && source_label(rest)
            || source_label(t) && (t[..m.start].contains(['|', '·']) || dated_last)
        {
            return true;
        }
    }
    // "Shanghai Municipal Administration for Market Regulation |
    // 2026-03-12", "CAC · 2026-03-12": a body, then the date ending the line.
    // ("Xinhua | 2029-09-02 18:31": a time of day may follow the date.)
    let to_end = |end: usize| {
        let rest = t[end..].trim();
        rest.is_empty()
            || crate::extract::dates::clock_time_len(rest).is_some_and(|l| l == rest.len())
    };
    if t.len() <= 120
        && let Some(m) = crate::extract::dates::first_date(t, Some(2000))
        && to_end(m.end)
        && let Some(who) = t[..m.start]
            .trim_end()
            .strip_suffix(['|', '·'])
            .map(str::trim)
        && names_a_source(who)
    {
        return true;
    }
    // "By Jane Doe and Li Ming, Partners | 2 September 2026".
    if t.starts_with("By ")
        && t.len() <= 160
        && crate::extract::dates::first_date(t, Some(2000)).is_some()
    {
        return true;
    }
    const WORDS: [&str; 6] = [
        "published",
        "posted",
        "updated",
        "last updated",
        "first published",
        // "Date: 10 June 2026 | Source: SAMR".
        "date",
    ];
    let head = t.get(..t.len().min(20)).unwrap_or(t).to_ascii_lowercase();
    // "Release date: 2026-08-30    Source: X" (a catalogue's "Release
    // Date:" field names no source).
    // ("发布时间：2029-03-08 来源：市场监管总局" too.)
    if [
        "release date",
        "release time",
        "issue date",
        "发布时间",
        "发布日期",
        "日期",
        "时间",
    ]
    .iter()
    .any(|w| head.starts_with(w))
        && t.len() <= 200
        && let Some(m) = crate::extract::dates::first_date(t, Some(2000))
        && source_label(after_date(&t[m.end..]))
    {
        return true;
    }
    let Some(w) = WORDS.iter().find(|w| head.starts_with(*w)) else {
        return false;
    };
    let rest = t[w.len()..].trim_start_matches([' ', ':', '：']);
    let rest = rest.strip_prefix("on ").unwrap_or(rest);
    crate::extract::dates::date_at_start(rest, Some(2000)).is_some()
}

/// What follows a byline's date, its separators and its time of day left
/// out ("2029-05-20 10:00 来源：X", "2026-10-14 | Source: SAMR").
fn after_date(rest: &str) -> &str {
    const SEPARATORS: [char; 9] = [' ', '\t', '|', '·', '/', '-', '–', '—', '\u{3000}'];
    let rest = rest.trim_start_matches(SEPARATORS);
    crate::extract::dates::clock_time_len(rest)
        .map_or(rest, |l| rest[l..].trim_start_matches(SEPARATORS))
}

/// Whether a byline's text before its date is a body: an abbreviation
/// ("SAMR") or a name ending in a word bodies end in ("... Administration
/// for Market Regulation", "Xinhua News Agency"), not a headline.
fn names_a_source(who: &str) -> bool {
    // (Law firms and consultancies too: "Hanwell & Partners LLP".)
    const ENDS: &[&str] = &[
        "Times",
        "Administration",
        "Regulation",
        "Ministry",
        "Bureau",
        "Commission",
        "Institute",
        "Association",
        "Committee",
        "Office",
        "Center",
        "Centre",
        "Council",
        "Department",
        "Government",
        "Agency",
        "Daily",
        "News",
        "Press",
        "University",
        "Alliance",
        "Federation",
        "LLP",
        "LLC",
        "Ltd.",
        "Inc.",
        "GmbH",
        "Partners",
        "Group",
    ];
    let words = who.split_whitespace().count();
    let abbreviation = (2..=8).contains(&who.len())
        && who
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
    // (News agencies and papers known by one name.)
    const WIRES: [&str; 6] = ["Xinhua", "Reuters", "Caixin", "Bloomberg", "Yicai", "Sina"];
    abbreviation
        || WIRES.contains(&who)
        || (1..=12).contains(&words)
            && !who.contains(['.', ':', '?', '!'])
            && who.rsplit(' ').next().is_some_and(|w| ENDS.contains(&w))
}

/// A Chinese official document's title under its letterhead: "关于批准发布
/// …的公告" (about …: announcement, notice, opinions ...) within the first
/// few lines from `first`, the lines above it short (the issuers' names).
pub(crate) fn official_title(lines: &Lines, first: usize) -> Option<usize> {
    const TYPES: [&str; 10] = [
        "公告", "通知", "通告", "意见", "决定", "批复", "函", "报告", "办法", "规定",
    ];
    let mut i = first;
    for _ in 0..3 {
        let t = lines.stripped(i);
        if t.starts_with("关于") && TYPES.iter().any(|w| t.ends_with(w)) {
            return Some(i);
        }
        if t.chars().count() > 40 {
            return None;
        }
        i = lines.next_nonblank(i + 1, 3)?;
    }
    None
}

/// A Chinese document number on a line of its own: "2026年第31号",
/// "国市监标〔2026〕31号".
pub(crate) fn document_number(t: &str) -> bool {
    t.ends_with('号')
        && t.chars().count() <= 30
        && (t.contains("年第") || t.contains('〔') || t.contains('［'))
}

/// A line set in italics (one `*` or `_` around it) that holds a date: a
/// byline or a dateline.
pub(crate) fn italic_dated(raw: &str, t: &str) -> bool {
    let italic = |m: char| {
        raw.starts_with(m)
            && raw.ends_with(m)
            && !raw[1..].starts_with(m)
            && raw.len() > 2
            && !raw[..raw.len() - 1].ends_with(m)
    };
    (italic('*') || italic('_'))
        && t.len() <= 160
        && crate::extract::dates::first_date(t, Some(2000)).is_some()
}

/// Whether a raw line is only a byline (an author's or a source's, or a
/// dated line in italics): its date is when the item was published, not
/// what it is about. (A dateline's date, "2026-11-09 · Telecom", is the
/// item's own.)
pub(crate) fn is_publication_line(raw: &str) -> bool {
    let r = raw.trim();
    if r.len() > 200 {
        return false;
    }
    let t = crate::extract::text::strip_markup(r);
    is_byline(&t) || italic_dated(r, &t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_lines_are_bylines() {
        assert!(is_byline(
            "2026-10-14 | Source: State Administration for Market Regulation"
        ));
        assert!(is_byline("Source: Xinhua | 14 October 2026"));
        assert!(is_byline(
            "Release date: 2026-08-30    Source: Department of Science and Technology, MIIT"
        ));
        // A catalogue's field names no source.
        assert!(!is_byline("Release Date: 2025-08-21"));
        assert!(is_byline("By Jane Doe | 2 September 2026"));
        assert!(is_byline("发布时间：2029-03-08 来源：市场监管总局"));
        assert!(is_byline(
            "发布时间：2029-11-20 10:00 来源：国家标准化管理委员会"
        ));
        // (A catalogue's release date field is no byline.)
        assert!(!is_byline("发布日期：2029年3月8日"));
        assert!(!is_byline("时间就是2029年3月8日的会议"));
        assert!(is_byline(
            "Published by the Widget Policy Institute, 12 May 2026"
        ));
        assert!(is_byline(
            "Prepared by the Widget Standards Desk, 20 December 2030"
        ));
        assert!(!is_byline(
            "2026-10-14 | SAMR approves 4 national standards on water"
        ));
        assert!(!is_byline("Sources of widget data in 2026"));
        // A news agency and the date with its time of day.
        assert!(is_byline("Xinhua | 2029-09-02 18:31"));
        assert!(is_byline("2029-05-20 10:00   来源：国家市场监督管理总局"));
        assert!(is_byline("Global Times | 2029-09-02"));
        assert!(!is_byline("Xinhua | 2029-09-02 reports the rules"));
    }

    #[test]
    fn publication_lines() {
        assert!(is_publication_line(
            "*China Widget Association | 2027-08-05*"
        ));
        assert!(is_publication_line("2027-10-14 | Source: SAMR"));
        assert!(!is_publication_line("2026-11-09 · Telecom"));
        assert!(!is_publication_line(
            "On 4 August 2027, CWSA approved two standards."
        ));
    }

    #[test]
    fn chinese_document_numbers() {
        assert!(document_number("2026年第31号"));
        assert!(document_number("国市监标〔2026〕31号"));
        assert!(!document_number("2026年发布的国家标准"));
        assert!(!document_number("第31号"));
    }

    #[test]
    fn the_official_title_under_a_letterhead() {
        let text = "国家市场监督管理总局 国家标准化管理委员会\n关于批准发布《小部件》等2项推荐性国家标准的公告\n\n2026年第31号";
        let lines = Lines::new(text);
        assert_eq!(official_title(&lines, 0), Some(1));
        let lines = Lines::new("Widget news\n关于小部件的通知");
        assert_eq!(official_title(&lines, 0), Some(1));
        let lines = Lines::new("各有关单位：\n\n现将有关事项通知如下。");
        assert_eq!(official_title(&lines, 0), None);
    }
}
