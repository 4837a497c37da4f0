//! Calendar values as the documents give them: a year, a month or a day.
//!
//! Intelligence documents are often vague ("Sep 2025", "early September"),
//! so a date keeps exactly the precision the text had, and prints as ISO
//! `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A date with the precision the source text gave: year, year-month or full day.
///
/// Ordering is chronological; a less precise date sorts before a more precise
/// one within the same period (`2025-09` < `2025-09-01`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// Four-digit year.
    pub year: i32,
    /// 1–12, when known.
    pub month: Option<u8>,
    /// 1–31, when known (only set together with `month`).
    pub day: Option<u8>,
}

impl PartialDate {
    /// A full calendar day. Returns `None` for impossible days (e.g. 31 April).
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        (day >= 1 && (1..=12).contains(&month) && day <= days_in_month(year, month)).then_some(
            Self {
                year,
                month: Some(month),
                day: Some(day),
            },
        )
    }

    /// A month of a year. Returns `None` when `month` is not 1–12.
    pub fn ym(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A year only.
    pub fn y(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the export form).
    pub fn parse_iso(s: &str) -> Option<Self> {
        let mut parts = s.trim().split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        if !(1000..=9999).contains(&year) {
            return None;
        }
        let month = match parts.next() {
            None => return Some(Self::y(year)),
            Some(m) => m.parse::<u8>().ok()?,
        };
        let out = match parts.next() {
            None => Self::ym(year, month),
            Some(d) => Self::ymd(year, month, d.parse().ok()?),
        };
        if parts.next().is_some() {
            return None;
        }
        out
    }

    /// The first day this date can mean (for range filters).
    pub fn first_day(self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date can mean (for range filters).
    pub fn last_day(self) -> (i32, u8, u8) {
        let m = self.month.unwrap_or(12);
        (
            self.year,
            m,
            self.day.unwrap_or_else(|| days_in_month(self.year, m)),
        )
    }

    /// Whether the period this date names overlaps `[since, until]`
    /// (either bound may be open).
    pub fn overlaps(self, since: Option<PartialDate>, until: Option<PartialDate>) -> bool {
        since.is_none_or(|s| self.last_day() >= s.first_day())
            && until.is_none_or(|u| self.first_day() <= u.last_day())
    }
}

/// Number of days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse_iso(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not an ISO date: {s:?}")))
    }
}

/// Days from 1970-01-01 to a calendar day (proleptic Gregorian).
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i32::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i32::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar day of a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i32) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_with_the_precision_given() {
        assert_eq!(
            PartialDate::ymd(2025, 9, 1).unwrap().to_string(),
            "2025-09-01"
        );
        assert_eq!(PartialDate::ym(2025, 9).unwrap().to_string(), "2025-09");
        assert_eq!(PartialDate::y(2025).to_string(), "2025");
    }

    #[test]
    fn rejects_impossible_days() {
        assert!(PartialDate::ymd(2025, 4, 31).is_none());
        assert!(PartialDate::ymd(2024, 2, 29).is_some());
        assert!(PartialDate::ymd(2025, 2, 29).is_none());
        assert!(PartialDate::ym(2025, 13).is_none());
    }

    #[test]
    fn parses_its_own_output() {
        for s in ["2025-09-01", "2025-09", "2025"] {
            assert_eq!(PartialDate::parse_iso(s).unwrap().to_string(), s);
        }
        assert!(PartialDate::parse_iso("2025-9-1-3").is_none());
        assert!(PartialDate::parse_iso("tomorrow").is_none());
    }

    #[test]
    fn a_month_overlaps_a_range_that_starts_inside_it() {
        let sep = PartialDate::ym(2025, 9).unwrap();
        let mid = PartialDate::ymd(2025, 9, 15);
        assert!(sep.overlaps(mid, None));
        assert!(!sep.overlaps(PartialDate::ymd(2025, 10, 1), None));
        assert!(sep.overlaps(None, PartialDate::ym(2025, 9)));
        assert!(!sep.overlaps(None, PartialDate::ymd(2025, 8, 31)));
    }
}
