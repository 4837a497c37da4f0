//! Timeline view data: the dated items of a model (entities' dated facts and
//! records' dates), sorted into series, and their counts per month, quarter
//! or year. Plain data for the timeline chart; no drawing here.

#[cfg(test)]
use crate::model::RecordId;
use crate::model::{EntityKind, Model, PartialDate};
use std::collections::BTreeMap;

/// How wide a bar is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Granularity {
    /// One bar per month.
    #[default]
    Month,
    /// One bar per quarter.
    Quarter,
    /// One bar per year.
    Year,
}

/// The stacked series of the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Series {
    /// Mandatory national standards.
    Gb,
    /// Recommended national standards.
    GbT,
    /// Guidance national standards.
    GbZ,
    /// Standard projects (plan numbers, titled projects).
    Plan,
    /// Other standards (sector, association, international, guides).
    OtherStandard,
    /// Laws, regulations, measures...
    Instrument,
    /// Meetings, forums, webinars.
    Event,
    /// Articles, sessions, slides, news items.
    Record,
}

impl Series {
    /// Every series, in stacking order.
    pub const ALL: [Series; 8] = [
        Series::Gb,
        Series::GbT,
        Series::GbZ,
        Series::Plan,
        Series::OtherStandard,
        Series::Instrument,
        Series::Event,
        Series::Record,
    ];

    /// Legend label.
    pub fn label(self) -> &'static str {
        match self {
            Series::Gb => "GB",
            Series::GbT => "GB/T",
            Series::GbZ => "GB/Z",
            Series::Plan => "plans & projects",
            Series::OtherStandard => "other standards",
            Series::Instrument => "instruments",
            Series::Event => "events",
            Series::Record => "records",
        }
    }
}

pub use crate::model::Item;

/// One point of the timeline.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Dated {
    /// When.
    pub date: PartialDate,
    /// Which series it stacks in.
    pub series: Series,
    /// The item.
    pub item: Item,
    /// What happened (`released`, `effective`, `held`, `record`...).
    pub what: String,
}

fn series_of(kind: EntityKind, etype: &str) -> Option<Series> {
    match kind {
        EntityKind::Standard => Some(match etype {
            "GB" => Series::Gb,
            "GB/T" => Series::GbT,
            "GB/Z" => Series::GbZ,
            "plan" | "project" => Series::Plan,
            _ => Series::OtherStandard,
        }),
        EntityKind::Instrument => Some(Series::Instrument),
        EntityKind::Event => Some(Series::Event),
        _ => None,
    }
}

/// Every dated item, sorted by date. `facts` keeps only the dated facts
/// named (e.g. `released`, `effective`); `None` keeps all.
pub fn dated_items(model: &Model, facts: Option<&[&str]>) -> Vec<Dated> {
    let mut out = Vec::new();
    for e in &model.entities {
        let Some(series) = series_of(e.kind, &e.etype) else {
            continue;
        };
        for d in &e.dates {
            if facts.is_none_or(|f| f.contains(&d.what.as_str())) {
                out.push(Dated {
                    date: d.date,
                    series,
                    item: Item::Entity(e.id),
                    what: d.what.clone(),
                });
            }
        }
    }
    for r in &model.records {
        if let Some(date) = r.date {
            out.push(Dated {
                date,
                series: Series::Record,
                item: Item::Record(r.id),
                what: "record".into(),
            });
        }
    }
    out.sort();
    out
}

/// The first day of the bar a date falls in. A date known only to the year
/// falls in the year's first bar.
pub fn bucket(date: PartialDate, g: Granularity) -> PartialDate {
    let m = date.month.unwrap_or(1);
    match g {
        Granularity::Month => PartialDate::ym(date.year, m).unwrap_or(PartialDate::y(date.year)),
        Granularity::Quarter => {
            PartialDate::ym(date.year, (m - 1) / 3 * 3 + 1).unwrap_or(PartialDate::y(date.year))
        }
        Granularity::Year => PartialDate::y(date.year),
    }
}

/// Counts per bar and series, bars in date order.
pub fn histogram(items: &[Dated], g: Granularity) -> BTreeMap<PartialDate, [u32; 8]> {
    let mut h: BTreeMap<PartialDate, [u32; 8]> = BTreeMap::new();
    for it in items {
        let slot = Series::ALL
            .iter()
            .position(|s| *s == it.series)
            .unwrap_or(7);
        h.entry(bucket(it.date, g)).or_insert([0; 8])[slot] += 1;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse_iso(s).unwrap()
    }

    #[test]
    fn bucketing_by_month_quarter_and_year() {
        assert_eq!(bucket(d("2025-09-15"), Granularity::Month), d("2025-09"));
        assert_eq!(bucket(d("2025-09-15"), Granularity::Quarter), d("2025-07"));
        assert_eq!(bucket(d("2025-10-01"), Granularity::Quarter), d("2025-10"));
        assert_eq!(bucket(d("2025-03"), Granularity::Quarter), d("2025-01"));
        assert_eq!(bucket(d("2025-12-31"), Granularity::Year), d("2025"));
        assert_eq!(bucket(d("2025"), Granularity::Month), d("2025-01"));
    }

    #[test]
    fn histogram_counts_per_series() {
        let items = vec![
            Dated {
                date: d("2025-09-01"),
                series: Series::Gb,
                item: Item::Record(RecordId(0)),
                what: "effective".into(),
            },
            Dated {
                date: d("2025-09-20"),
                series: Series::Gb,
                item: Item::Record(RecordId(1)),
                what: "effective".into(),
            },
            Dated {
                date: d("2025-11-01"),
                series: Series::Instrument,
                item: Item::Record(RecordId(2)),
                what: "released".into(),
            },
        ];
        let h = histogram(&items, Granularity::Quarter);
        assert_eq!(h.len(), 2);
        assert_eq!(h[&d("2025-07")][0], 2);
        assert_eq!(h[&d("2025-10")][5], 1);
    }
}
