//! Effective dates stated relative to a release: "took effect on the same
//! day", "shall come into force as of the date of promulgation", "will take
//! effect six months after its release", "12 months after publication".
//! What the phrase says ([`Lag`]) is read here; the day it gives is
//! computed once the entity's release date is known (see
//! `Cx::resolve_lags`). So is where another instrument is named that
//! something takes effect with ("on the same day as the Measures",
//! [`alongside`]).

use crate::model::PartialDate;
use crate::model::date::{civil_from_days, days_from_civil, days_in_month};

/// How long after its release something takes effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lag {
    /// The day it is released.
    Same,
    /// So many calendar months later (the same day of the month, or the
    /// month's last day when it has fewer).
    Months(u32),
    /// So many days later.
    Days(u32),
}

impl Lag {
    /// The day `lag` after `released`; `None` when the release date is
    /// too coarse for it (a month's "six months after" stays a month; a
    /// day count needs a day).
    pub fn after(self, released: PartialDate) -> Option<PartialDate> {
        let month = released.month?;
        match (self, released.day) {
            (Lag::Same, _) => Some(released),
            (Lag::Months(k), day) => {
                let total = i64::from(released.year) * 12 + i64::from(month) - 1 + i64::from(k);
                let year = i32::try_from(total.div_euclid(12)).ok()?;
                let m = u8::try_from(total.rem_euclid(12) + 1).ok()?;
                match day {
                    Some(d) => PartialDate::ymd(year, m, d.min(days_in_month(year, m))),
                    None => PartialDate::ym(year, m),
                }
            }
            (Lag::Days(k), Some(d)) => {
                let z = days_from_civil(released.year, month, d) + i32::try_from(k).ok()?;
                let (y, m, d) = civil_from_days(z);
                PartialDate::ymd(y, m, d)
            }
            (Lag::Days(_), None) => None,
        }
    }
}

/// The lag a text opens with, right after an effective-date verb ("take
/// effect", "come into force", "be implemented"), and how long the phrase
/// is: " on the same day", " from the date of issuance", " as of the date of
/// promulgation", " upon release", " six months after its release", " 30
/// days after publication".
pub fn lag_after(text: &str) -> Option<(Lag, usize)> {
    let t = text.trim_start();
    let skipped = text.len() - t.len();
    let lower = t[..t.floor_char_boundary(t.len().min(80))].to_ascii_lowercase();
    let mut rest = lower.as_str();
    for w in [
        "on ",
        "from ",
        "as of ",
        "as from ",
        "starting from ",
        "with effect from ",
    ] {
        if let Some(r) = rest.strip_prefix(w) {
            rest = r;
            break;
        }
    }
    let release = |r: &str| -> Option<usize> {
        let r2 = r
            .strip_prefix("its ")
            .or_else(|| r.strip_prefix("the "))
            .unwrap_or(r);
        let r2 = r2.strip_prefix("date of ").unwrap_or(r2);
        let r2 = r2.strip_prefix("its ").unwrap_or(r2);
        [
            "promulgation",
            "publication",
            "issuance",
            "issue",
            "release",
            "announcement",
            "being released",
            "being published",
            "being issued",
        ]
        .iter()
        .find(|w| {
            r2.strip_prefix(**w)
                .is_some_and(|x| !x.starts_with(|c: char| c.is_ascii_alphanumeric()))
        })
        .map(|w| r.len() - r2.len() + w.len())
    };
    let done = |lag: Lag, rest_after: &str| Some((lag, skipped + lower.len() - rest_after.len()));
    // (Not "the same day as the Measures": another's day.)
    if let Some(r) = rest
        .strip_prefix("the same day")
        .filter(|r| !r.starts_with(" as ") && !r.starts_with(" that "))
    {
        return done(Lag::Same, r);
    }
    if let Some(r) = rest.strip_prefix("the day of ")
        && let Some(k) = release(r)
    {
        return done(Lag::Same, &r[k..]);
    }
    if rest.starts_with("the date of ") || rest.starts_with("the day of ") {
        let r = &rest[rest.find(" of ").map_or(0, |i| i + 4)..];
        let k = release(r)?;
        return done(Lag::Same, &r[k..]);
    }
    if let Some(r) = rest.strip_prefix("upon ") {
        let k = release(r)?;
        return done(Lag::Same, &r[k..]);
    }
    // "six months after its release", "12 months after publication".
    let (num, r) = rest.split_once(' ')?;
    let k = num
        .parse::<u32>()
        .ok()
        .or_else(|| number_word(num))
        .filter(|k| (1..=60).contains(k))?;
    let (unit, r) = r.split_once(' ')?;
    let lag = match unit {
        "month" | "months" => Lag::Months(k),
        "year" | "years" => Lag::Months(k * 12),
        "day" | "days" => Lag::Days(k),
        _ => return None,
    };
    let r = r.strip_prefix("after ")?;
    let k = release(r)?;
    done(lag, &r[k..])
}

/// Where another's name starts in a text that opens by saying something
/// takes effect with it, right after an effective-date verb: " on the same
/// day as the Measures", " at the same time as X", " simultaneously with
/// X" (the byte after the phrase, where "the Measures" or X starts).
pub fn alongside(text: &str) -> Option<usize> {
    let lower = text[..text.floor_char_boundary(text.len().min(48))].to_ascii_lowercase();
    let t = lower.trim_start();
    let t = t.strip_prefix("on ").unwrap_or(t);
    [
        "the same day as ",
        "the same date as ",
        "at the same time as ",
        "simultaneously with ",
    ]
    .iter()
    .find_map(|p| t.strip_prefix(p))
    .map(|r| lower.len() - r.len())
}

fn number_word(w: &str) -> Option<u32> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    WORDS.iter().position(|x| *x == w).map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse_iso(s).unwrap()
    }

    #[test]
    fn lags_read_after_the_verb() {
        assert_eq!(lag_after(" on the same day."), Some((Lag::Same, 16)));
        assert_eq!(
            lag_after(" as of the date of promulgation.").map(|x| x.0),
            Some(Lag::Same)
        );
        assert_eq!(
            lag_after(" from the date of issuance").map(|x| x.0),
            Some(Lag::Same)
        );
        assert_eq!(lag_after(" upon release").map(|x| x.0), Some(Lag::Same));
        assert_eq!(
            lag_after(" six months after its release.").map(|x| x.0),
            Some(Lag::Months(6))
        );
        assert_eq!(
            lag_after(" 12 months after publication").map(|x| x.0),
            Some(Lag::Months(12))
        );
        assert_eq!(
            lag_after(" 30 days after the date of issue").map(|x| x.0),
            Some(Lag::Days(30))
        );
        assert_eq!(
            lag_after(" one year after release").map(|x| x.0),
            Some(Lag::Months(12))
        );
        // Not relative to the release.
        assert_eq!(lag_after(" six months after the Law"), None);
        assert_eq!(lag_after(" on 1 July 2031"), None);
        assert_eq!(lag_after(" the same way"), None);
        assert_eq!(lag_after(" on the same day as the Measures"), None);
        assert_eq!(lag_after(" upon approval by the State Council"), None);
    }

    #[test]
    fn alongside_names_the_other() {
        assert_eq!(alongside(" on the same day as the Measures."), Some(20));
        assert_eq!(alongside(" simultaneously with the Law"), Some(21));
        assert_eq!(alongside(" on the same day."), None);
        assert_eq!(alongside(" on 1 July 2031"), None);
    }

    #[test]
    fn lags_count_calendar_months_and_days() {
        assert_eq!(Lag::Months(6).after(d("2031-03-05")), Some(d("2031-09-05")));
        assert_eq!(
            Lag::Months(12).after(d("2031-03-10")),
            Some(d("2032-03-10"))
        );
        // (A month with fewer days: its last day.)
        assert_eq!(Lag::Months(6).after(d("2031-08-31")), Some(d("2032-02-29")));
        assert_eq!(Lag::Months(3).after(d("2031-11")), Some(d("2032-02")));
        assert_eq!(Lag::Days(30).after(d("2031-12-15")), Some(d("2032-01-14")));
        assert_eq!(Lag::Same.after(d("2031-03-03")), Some(d("2031-03-03")));
        // Too coarse.
        assert_eq!(Lag::Days(30).after(d("2031-12")), None);
        assert_eq!(Lag::Months(6).after(d("2031")), None);
    }
}
