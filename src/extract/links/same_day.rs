//! Sentences dated by the date written before them: "On 12 November, the
//! CAC issued the X. On the same day, MIIT released the Y." — the Y was
//! released on 12 November; "同日，国家市场监督管理总局发布了《Z》。" the
//! same. The date is the last one written before the sentence in its
//! record.

use crate::extract::{Cx, dates};
use crate::model::PartialDate;

/// The words that open such a sentence (lower-case), the longer first.
const LEADS: [&str; 8] = [
    "on that same day",
    "on the same day",
    "that same day",
    "the same day",
    "on that day",
    "同日",
    "当日",
    "当天",
];

/// Whether `sent` opens with words dating it by the date before ("On the
/// same day,", "同日，").
pub(super) fn opens_same_day(sent: &str) -> bool {
    let t = sent.trim_start_matches([' ', '*', '_']);
    LEADS.iter().any(|w| {
        t.get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w))
            && t[w.len()..].starts_with([',', '，', ' ', '、'])
    })
}

/// The date a sentence opening line `n` at byte `at` with "On the same
/// day" stands for: the last date written before it on its line, else on
/// the lines of its record above it. `None` when `sent` does not open so.
pub(super) fn same_day(
    cx: &Cx,
    (n, at): (u32, usize),
    sent: &str,
    year: Option<i32>,
) -> Option<PartialDate> {
    if !opens_same_day(sent) {
        return None;
    }
    let raw = cx.doc.line(n);
    if let Some(d) = last_act_date(&raw[..at.min(raw.len())], year) {
        return Some(d);
    }
    let record = cx.rec_of.get(n as usize).copied().flatten()?;
    (1..n)
        .rev()
        .take_while(|l| cx.rec_of.get(*l as usize).copied().flatten() == Some(record))
        .find_map(|l| last_act_date(cx.doc.line(l), year))
}

/// The last date of `text` that dates an act, not a deadline or when
/// something takes effect ("..., which takes effect on 1 January 2032",
/// "自2032年1月1日起施行", "comments are due by D").
fn last_act_date(text: &str, year: Option<i32>) -> Option<PartialDate> {
    const NOT_ACTS: [&str; 9] = [
        "effect",
        "force",
        "effective",
        "until",
        "deadline",
        "due",
        "实施",
        "施行",
        "截止",
    ];
    dates::find_dates(text, year)
        .into_iter()
        .rev()
        .find(|d| {
            let before = &text[text.floor_char_boundary(d.start.saturating_sub(30))..d.start];
            let after = &text[d.end..text.ceil_char_boundary((d.end + 12).min(text.len()))];
            let before = before.to_ascii_lowercase();
            !NOT_ACTS.iter().any(|w| {
                before.split_whitespace().any(|x| x.trim_matches(',') == *w) || after.contains(w)
            }) && !NOT_ACTS[6..].iter().any(|w| before.contains(w))
        })
        .map(|d| d.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_day_leads() {
        assert!(opens_same_day("On the same day, MIIT released the X."));
        assert!(opens_same_day(" The same day SAMR published GB 1."));
        assert!(opens_same_day("同日，国家市场监督管理总局发布了《X》。"));
        assert!(!opens_same_day("The same-day delivery rules"));
        assert!(!opens_same_day("On the same date as before"));
        assert!(!opens_same_day("同日期"));
    }

    #[test]
    fn act_dates_not_effective_dates() {
        let d = |s: &str| last_act_date(s, Some(2031)).map(|d| d.to_string());
        assert_eq!(
            d("On 12 November 2031, the CAC issued the X, which takes effect on 1 January 2032."),
            Some("2031-11-12".into())
        );
        assert_eq!(
            d("2031年11月13日，工业和信息化部发布《X》，自2032年1月1日起施行。"),
            Some("2031-11-13".into())
        );
        assert_eq!(d("Comments are due by 1 December 2031."), None);
        assert_eq!(
            d("It was issued by SAMR and SAC on 3 May 2031."),
            Some("2031-05-03".into())
        );
    }
}
