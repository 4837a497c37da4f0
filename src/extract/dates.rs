//! Finding dates in running text, in every form the corpus uses:
//! "On September 15, 2025", "15 September 2025", "2025/08/21",
//! "From September 14 to 18, 2025", "From 13 to 17 October 2025",
//! "25 September to 17 October 2025", "September 1-3", "Sep 2025",
//! "September – October 2025", "early September", "Q4 2026", "the first
//! quarter of 2027", "2025年9月1日". A day and month without
//! a year take the year the caller supplies (the document's).

use crate::model::PartialDate;
use std::sync::LazyLock;

const MB: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";
const ORD: &str = r"(?:st|nd|rd|th)?";
const TO: &str = r"\s*(?:to|until|till|and|-|–|—|~)\s*";

static M: LazyLock<String> = LazyLock::new(|| format!(r"{MB}(?-u:\b)\.?"));

/// The date forms, one regex source each, in order of preference.
static ALTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let m = M.as_str();
    vec![
        // 2025/08/21, 2025-08-21, 2025.08.21
        r"(?P<iy>(?:19|20)\d{2})[/.\-](?P<im>\d{1,2})[/.\-](?P<id>\d{1,2})(?-u:\b)".to_owned(),
        // 2025年9月1日, 2025年9月, 2025年9月1日至3日, 2025年9月30日至10月2日
        r"(?P<zy>(?:19|20)[0-9]{2}) ?年 ?(?P<zm>[0-9]{1,2}) ?月(?: ?(?P<zd>[0-9]{1,2}) ?日(?:(?:至|到|[-–—~])(?:(?P<zm2>[0-9]{1,2}) ?月)?(?P<zd2>[0-9]{1,2}) ?日)?)?"
            .to_owned(),
        // 25 September to 17 October 2025
        format!(
            r"(?P<bd>\d{{1,2}}){ORD}\s+(?P<bm>{m}){TO}(?P<bd2>\d{{1,2}}){ORD}\s+(?P<bm2>{m}),?\s*(?P<by>\d{{4}})"
        ),
        // 13 to 17 October 2025, 1~4 November
        format!(
            r"(?P<ad>\d{{1,2}}){ORD}{TO}(?P<ad2>\d{{1,2}}){ORD}\s+(?P<am>{m})(?:,?\s*(?P<ay>\d{{4}})(?-u:\b))?"
        ),
        // October 13 to October 16 2025
        format!(
            r"(?P<cm>{m})\s+(?P<cd>\d{{1,2}}){ORD}{TO}(?P<cm2>{m})\s+(?P<cd2>\d{{1,2}}){ORD},?\s*(?P<cy>\d{{4}})"
        ),
        // September 14 to 18, 2025; September 1-3
        format!(
            r"(?P<dm>{m})\s+(?P<dd>\d{{1,2}}){ORD}{TO}(?P<dd2>\d{{1,2}}){ORD}(?-u:\b)(?:,?\s*(?P<dy>\d{{4}})(?-u:\b))?"
        ),
        // September – October 2025
        format!(r"(?P<gm>{m})\s*[-–—]\s*(?P<gm2>{m})\s+(?P<gy>\d{{4}})(?-u:\b)"),
        // September 15, 2025; September, 29, 2024; Dec 25, 2022; October 19th
        format!(r"(?P<em>{m}),?\s+(?P<ed>\d{{1,2}}){ORD}(?-u:\b)(?:,?\s*(?P<ey>\d{{4}})(?-u:\b))?"),
        // 15 September 2025; 26 September2025; 28 September
        format!(
            r"(?P<fd>\d{{1,2}}){ORD}\s+(?P<fm>{MB})(?:(?P<fy2>\d{{4}})(?-u:\b)|(?-u:\b)\.?(?:,?\s*(?P<fy>\d{{4}})(?-u:\b))?)"
        ),
        // early September (2025)
        format!(
            r"(?P<iq>[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd of|[Bb]eginning of)[- ]?(?P<qm>{m})(?:,?\s+(?P<qy>\d{{4}})(?-u:\b))?"
        ),
        // Sep 2025, August, 2024
        format!(r"(?P<hm>{m}),?\s+(?P<hy>\d{{4}})(?-u:\b)"),
        // Q4 2026, the first quarter of 2027: its three months; the end of
        // Q3 2031: its last month
        r"(?P<qe>[Ee]nd of (?:the )?)?(?:Q(?P<qn>[1-4])\s+|(?P<qw>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth) quarter of )(?P<qny>(?:19|20)\d{2})(?-u:\b)".to_owned(),
    ]
});

/// Every date form: where dates are (found with the fast engines only),
/// and their groups (read with the one form that matched).
static DATES: LazyLock<super::forms::Forms> =
    LazyLock::new(|| super::forms::Forms::new(r"(?-u:\b)", &ALTS, ""));

/// The date that starts at `start` of `text` (where a date matched), None
/// when that match gives no date.
fn read_at(text: &str, start: usize, default_year: Option<i32>) -> Option<DateMatch> {
    let c = DATES.captures_at(text, start)?;
    let whole = c.whole();
    let group = |k: &str| c.name(k).map(|g| g.as_str());
    convert((whole.start(), whole.end()), group, default_year)
}

/// The dates of `text` in order, those inside a URL left out; None for a
/// match that gives no date.
fn matches<'a>(
    text: &'a str,
    default_year: Option<i32>,
) -> impl Iterator<Item = Option<DateMatch>> + 'a {
    DATES
        .all
        .find_iter(text)
        .filter(move |m| !inside_url(text, m.start()))
        .map(move |m| {
            let d = read_at(text, m.start(), default_year);
            debug_assert!(d.is_none_or(|d| (d.start, d.end) == (m.start(), m.end())));
            d
        })
}

/// A date found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte range of the match in the text.
    pub start: usize,
    /// End of the match (exclusive).
    pub end: usize,
    /// The (first) date.
    pub date: PartialDate,
    /// The last date of a range ("14 to 18" → the 18th).
    pub until: Option<PartialDate>,
    /// The year was not written and came from the caller.
    pub year_inferred: bool,
}

/// Month number of an English month name or abbreviation.
pub fn month_number(name: &str) -> Option<u8> {
    let m = name.get(..3)?.to_ascii_lowercase();
    let i = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|x| *x == m)?;
    Some(i as u8 + 1)
}

/// Whether a word is an English month name, in full or abbreviated
/// ("June", "Sep", "Sept.").
pub fn is_month(word: &str) -> bool {
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    FULL.contains(&w.as_str())
        || w == "sept"
        || w.len() == 3 && FULL.iter().any(|f| f.starts_with(&w))
}

/// Every date in `text`, in order. `default_year` fills a missing year; a
/// yearless date is dropped when there is none.
pub fn find_dates(text: &str, default_year: Option<i32>) -> Vec<DateMatch> {
    matches(text, default_year).flatten().collect()
}

/// The date `text` opens with, if it opens with one: what
/// `first_date(text, default_year).filter(|d| d.start == 0)` gives, read
/// without searching the rest of the text.
/// ("January — SAMR released X.", "March 2029: ...": a month set off by a
/// dash or a colon at the start of a paragraph, as a year in review writes
/// it, dates what the paragraph tells.)
pub fn date_at_start(text: &str, default_year: Option<i32>) -> Option<DateMatch> {
    if !DATES.matches_at(text, 0) {
        return month_lead(text, default_year);
    }
    read_at(text, 0, default_year)
}

/// The text after a lead's mark: `text` opening with a dash or a colon
/// and a space ("— SAMR released X", ": MIIT issued Y"), the text after
/// them (spaces trimmed).
pub(crate) fn after_lead_mark(text: &str) -> Option<&str> {
    let mark = text.chars().next()?;
    let after = &text[mark.len_utf8()..];
    (matches!(mark, '—' | '–' | '-' | ':') && after.starts_with([' ', '\t']))
        .then(|| after.trim_start())
}

/// A full month name (and a year) opening `text`, then a dash or a colon.
fn month_lead(text: &str, default_year: Option<i32>) -> Option<DateMatch> {
    let word_end = text
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(text.len());
    let word = &text[..word_end];
    if word.len() < 3 || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let month =
        month_number(word).filter(|_| is_month(word) && word.len() >= 4 || word == "May")?;
    let rest = &text[word_end..];
    let after_space = rest.trim_start_matches([' ', '\t']);
    let digits = after_space.bytes().take_while(u8::is_ascii_digit).count();
    let (year, rest, inferred) = if digits == 4 {
        (after_space[..4].parse().ok()?, &after_space[4..], false)
    } else {
        (default_year?, rest, true)
    };
    let sep = rest.trim_start_matches([' ', '\t']);
    let after = after_lead_mark(sep)?;
    // ("September – October": a range, not a lead.)
    let next_word = after.split(|c: char| !c.is_ascii_alphabetic()).next();
    if next_word.is_some_and(is_month) {
        return None;
    }
    Some(DateMatch {
        start: 0,
        end: text.len() - sep.len(),
        date: PartialDate::ym(year, month)?,
        until: None,
        year_inferred: inferred,
    })
}

/// The date a short line holds alone (a trailing mark allowed): an
/// official document's date of signature ("2029年7月10日", "April 3, 2028").
pub fn date_alone(line: &str) -> Option<DateMatch> {
    let m = first_date(line, None)?;
    (m.start == 0 && m.end + 2 >= line.len() && line.len() <= 40).then_some(m)
}

/// The first date in `text` (see [`find_dates`]).
/// (A month that leads a paragraph, "January — X released Y", is its first.)
pub fn first_date(text: &str, default_year: Option<i32>) -> Option<DateMatch> {
    if text.starts_with(|c: char| c.is_ascii_uppercase())
        && !DATES.matches_at(text, 0)
        && let Some(d) = month_lead(text, default_year)
    {
        return Some(d);
    }
    matches(text, default_year).flatten().next()
}

fn inside_url(text: &str, at: usize) -> bool {
    // (The space may be wider than a byte: "发　布日期：2024-03-15".)
    let start = text[..at]
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &text[start..at];
    word.contains("://") || word.contains("www.") || word.contains('/') && word.contains('.')
}

/// The date a match of one form gives: `span` its byte range, `group` its
/// groups by name.
fn convert<'h>(
    span: (usize, usize),
    group: impl Fn(&str) -> Option<&'h str>,
    default_year: Option<i32>,
) -> Option<DateMatch> {
    let num = |k: &str| group(k).and_then(|x| x.parse::<i32>().ok());
    let mon = |k: &str| group(k).and_then(month_number);
    let year_or = |k: &str| match num(k) {
        Some(y) => Some((y, false)),
        None => default_year.map(|y| (y, true)),
    };
    let day = |y: i32, mo: u8, d: Option<i32>| d.and_then(|d| PartialDate::ymd(y, mo, d as u8));
    let (date, until, inferred) = if let Some(y) = num("iy") {
        let d = day(y, num("im")? as u8, num("id"))?;
        (d, None, false)
    } else if let Some(y) = num("zy") {
        let mo = num("zm")? as u8;
        let d = match num("zd") {
            Some(_) => day(y, mo, num("zd"))?,
            None => PartialDate::ym(y, mo)?,
        };
        let until = num("zd2").and_then(|d2| {
            let mo2 = num("zm2").map_or(mo, |m| m as u8);
            day(y, mo2, Some(d2))
        });
        (d, until, false)
    } else if group("bd").is_some() {
        let y = num("by")?;
        (
            day(y, mon("bm")?, num("bd"))?,
            day(y, mon("bm2")?, num("bd2")),
            false,
        )
    } else if group("ad").is_some() {
        let (y, inf) = year_or("ay")?;
        let mo = mon("am")?;
        (day(y, mo, num("ad"))?, day(y, mo, num("ad2")), inf)
    } else if group("cd").is_some() {
        let y = num("cy")?;
        (
            day(y, mon("cm")?, num("cd"))?,
            day(y, mon("cm2")?, num("cd2")),
            false,
        )
    } else if group("dd").is_some() {
        let (y, inf) = year_or("dy")?;
        let mo = mon("dm")?;
        (day(y, mo, num("dd"))?, day(y, mo, num("dd2")), inf)
    } else if group("gm").is_some() {
        let y = num("gy")?;
        (
            PartialDate::ym(y, mon("gm")?)?,
            PartialDate::ym(y, mon("gm2")?),
            false,
        )
    } else if group("ed").is_some() {
        let (y, inf) = year_or("ey")?;
        (day(y, mon("em")?, num("ed"))?, None, inf)
    } else if group("fd").is_some() {
        let (y, inf) = match num("fy2") {
            Some(y) => (y, false),
            None => year_or("fy")?,
        };
        (day(y, mon("fm")?, num("fd"))?, None, inf)
    } else if group("qm").is_some() {
        let (y, inf) = year_or("qy")?;
        (PartialDate::ym(y, mon("qm")?)?, None, inf)
    } else if let Some(y) = num("qny") {
        let q = match group("qw").map(str::to_ascii_lowercase).as_deref() {
            Some("first") => 1,
            Some("second") => 2,
            Some("third") => 3,
            Some("fourth") => 4,
            _ => num("qn")?,
        };
        let first = (3 * (q - 1) + 1) as u8;
        if group("qe").is_some() {
            (PartialDate::ym(y, first + 2)?, None, false)
        } else {
            (
                PartialDate::ym(y, first)?,
                PartialDate::ym(y, first + 2),
                false,
            )
        }
    } else {
        let y = num("hy")?;
        (PartialDate::ym(y, mon("hm")?)?, None, false)
    };
    if !(1900..=2100).contains(&date.year) {
        return None;
    }
    Some(DateMatch {
        start: span.0,
        end: span.1,
        date,
        until: until.filter(|u| *u > date),
        year_inferred: inferred,
    })
}

/// The length of a clock time ("9:30", "14:00") at the start of `s`.
pub fn clock_time_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let ok = (1..=2).contains(&h)
        && b.get(h) == Some(&b':')
        && b.get(h + 1..h + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
        && !b.get(h + 3).is_some_and(u8::is_ascii_digit);
    ok.then_some(h + 3)
}

/// "on Tuesday" in a story published on `published` (a full date): the
/// last such weekday on or before it. None when the text names no weekday
/// after "on" or the publication date is not a full day.
pub fn weekday_before(text: &str, published: PartialDate) -> Option<PartialDate> {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let (y, m, d) = (published.year, published.month?, published.day?);
    let (wd, _) = DAYS
        .iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let at = text.find(&format!("on {w}"))?;
            let after = text[at + 3 + w.len()..].chars().next();
            after
                .is_none_or(|c| !c.is_alphanumeric())
                .then_some((i as i64, at))
        })
        .min_by_key(|&(_, at)| at)?;
    let days = i64::from(crate::model::date::days_from_civil(y, m, d));
    // (1970-01-01 was a Thursday: weekday 3 counted from Monday.)
    let today = (days + 3).rem_euclid(7);
    let back = (today - wd).rem_euclid(7);
    let (y, m, d) = crate::model::date::civil_from_days(i32::try_from(days - back).ok()?);
    PartialDate::ymd(y, m, d)
}

/// Number of matches in `text` (the benchmark's baseline).
pub fn count(text: &str) -> usize {
    DATES.all.find_iter(text).count()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_weekday_is_the_last_one_before_publication() {
        let p = |y, m, d| PartialDate::ymd(y, m, d).unwrap();
        // 2029-10-09 was a Tuesday.
        let t = "released by SAC on Tuesday.";
        assert_eq!(weekday_before(t, p(2029, 10, 9)), Some(p(2029, 10, 9)));
        assert_eq!(
            weekday_before("on Monday", p(2029, 10, 9)),
            Some(p(2029, 10, 8))
        );
        assert_eq!(
            weekday_before("on Wednesday", p(2029, 10, 9)),
            Some(p(2029, 10, 3))
        );
        // Across a year's end; 2024-03-01 (a leap year) was a Friday.
        assert_eq!(
            weekday_before("on Sunday", p(2030, 1, 1)),
            Some(p(2029, 12, 30))
        );
        assert_eq!(
            weekday_before("on Thursday", p(2024, 3, 1)),
            Some(p(2024, 2, 29))
        );
        assert_eq!(weekday_before("on Mondays", p(2029, 10, 9)), None);
        assert_eq!(
            weekday_before("on Tuesday", PartialDate::ym(2029, 10).unwrap()),
            None
        );
    }

    use super::*;

    fn first(s: &str) -> String {
        first_date(s, Some(2023))
            .map(|m| m.date.to_string())
            .unwrap_or_default()
    }

    fn range(s: &str) -> (String, String) {
        let m = first_date(s, Some(2023)).unwrap();
        (
            m.date.to_string(),
            m.until.map(|u| u.to_string()).unwrap_or_default(),
        )
    }

    #[test]
    fn each_date_found_is_read_by_the_first_form_that_matches_there() {
        // The combined pattern and the forms searched alone agree on every
        // date of the bundled corpus (and of a few odd spacings).
        let mut texts: Vec<String> = crate::ingest::files::BUNDLED
            .iter()
            .map(|f| String::from_utf8_lossy(f.1).into_owned())
            .collect();
        texts.push("On 5\u{a0}September 2027, 1 to\u{3000}3 May, Sept. 4th-5th 2026".into());
        let mut n = 0;
        for t in &texts {
            for m in DATES.all.find_iter(t) {
                let w = DATES.captures_at(t, m.start()).unwrap().whole();
                assert_eq!(
                    (w.start(), w.end()),
                    (m.start(), m.end()),
                    "{:?}",
                    m.as_str()
                );
                n += 1;
            }
        }
        assert!(n >= 180, "{n}");
    }

    #[test]
    fn a_wide_space_before_a_date() {
        let d = first_date("发\u{3000}布日期：2024-03-15", None).unwrap();
        assert_eq!(d.date.to_string(), "2024-03-15");
    }

    #[test]
    fn chinese_ranges_end_on_their_last_day() {
        let d = first_date("2027年11月16日至17日，年会在杭州召开", None).unwrap();
        assert_eq!(d.date.to_string(), "2027-11-16");
        assert_eq!(
            d.until.map(|u| u.to_string()).as_deref(),
            Some("2027-11-17")
        );
        let d = first_date("2027年9月30日至10月2日", None).unwrap();
        assert_eq!(
            d.until.map(|u| u.to_string()).as_deref(),
            Some("2027-10-02")
        );
        assert_eq!(first_date("2027年9月30日", None).unwrap().until, None);
    }

    #[test]
    fn month_words() {
        assert!(is_month("June") && is_month("Sept.") && is_month("oct"));
        assert!(!is_month("Marketing") && !is_month("Ma") && !is_month("Hangzhou"));
    }

    #[test]
    fn every_form_in_the_corpus() {
        assert_eq!(first("On September 15, 2025, the committee"), "2025-09-15");
        assert_eq!(first("On 7 October 2023, the SCA"), "2023-10-07");
        assert_eq!(first("- Releasing Date: 2025/08/21"), "2025-08-21");
        assert_eq!(first("On September, 29, 2024, China"), "2024-09-29");
        assert_eq!(first("On 26 September2025, the"), "2025-09-26");
        assert_eq!(first("On October 19th, 2023, the"), "2023-10-19");
        assert_eq!(first("On 25 October, 2023, the"), "2023-10-25");
        assert_eq!(first("Issued: Dec 25, 2022 | Effective"), "2022-12-25");
        assert_eq!(first("China AI Standardization as of Sep 2025"), "2025-09");
        assert_eq!(first("(effective from 1 Sep 2025)"), "2025-09-01");
        assert_eq!(first("In early September, SESEC"), "2023-09");
        // A month leading a paragraph, set off by a dash or a colon.
        assert_eq!(first("January — SAMR released X."), "2023-01");
        assert_eq!(first("March 2024: SAC approved Y."), "2024-03");
        assert_eq!(first("May — TC260 met."), "2023-05");
        assert_eq!(
            first("March on: the X released Y on 1 May 2023"),
            "2023-05-01"
        );
    }

    #[test]
    fn ranges_start_on_their_first_day() {
        assert_eq!(
            range("From September 14 to 18, 2025, SAC"),
            ("2025-09-14".into(), "2025-09-18".into())
        );
        assert_eq!(
            range("From 13 to 17 October 2025, the"),
            ("2025-10-13".into(), "2025-10-17".into())
        );
        assert_eq!(
            range("From 25 September to 17 October 2025"),
            ("2025-09-25".into(), "2025-10-17".into())
        );
        assert_eq!(
            range("was held on September 1-3 in Chengdu"),
            ("2023-09-01".into(), "2023-09-03".into())
        );
        assert_eq!(
            range("Between October 27 and 29, 2025, the"),
            ("2025-10-27".into(), "2025-10-29".into())
        );
        assert_eq!(
            range("which was held from 1~4 November"),
            ("2023-11-01".into(), "2023-11-04".into())
        );
        assert_eq!(
            range("September – October 2025"),
            ("2025-09".into(), "2025-10".into())
        );
        // A quarter is its three months.
        assert_eq!(
            range("Update — Q4 2026"),
            ("2026-10".into(), "2026-12".into())
        );
        assert_eq!(
            range("expected in the first quarter of 2027."),
            ("2027-01".into(), "2027-03".into())
        );
        assert!(first_date("Q5 2026 and Q4 26", None).is_none());
        // Its end is its last month.
        let end = |t: &str| first_date(t, None).map(|d| (d.date.to_string(), d.until));
        assert_eq!(
            end("to be completed by the end of Q3 2031."),
            Some(("2031-09".into(), None))
        );
        assert_eq!(
            end("by the end of the fourth quarter of 2030"),
            Some(("2030-12".into(), None))
        );
    }

    #[test]
    fn a_missing_year_comes_from_the_caller() {
        let m = first_date("On 28 September, the Department", Some(2025)).unwrap();
        assert_eq!(m.date.to_string(), "2025-09-28");
        assert!(m.year_inferred);
        assert!(first_date("On 28 September, the Department", None).is_none());
    }

    #[test]
    fn numbers_that_are_not_dates_are_ignored() {
        assert_eq!(first("plan 20260948-T-469 and GB/T 45288.1-2025"), "");
        assert_eq!(first("Article 49-53 of the Draft"), "");
        assert_eq!(first("companies may 10 times"), "");
        assert_eq!(first("see https://www.cac.gov.cn/2025-09/15/c.htm"), "");
        assert_eq!(first("On September 31, 2025"), "");
    }

    #[test]
    fn the_year_of_a_month_is_not_read_as_a_day() {
        assert_eq!(first("In September 2025, Chinese authorities"), "2025-09");
    }
}
