//! Timeline view data: the dated items of a model (entities' dated facts and
//! records' dates), sorted into series, and their counts per month, quarter
//! or year. Plain data for the timeline chart; no drawing here.

#[cfg(test)]
use crate::model::RecordId;
pub use crate::model::date::{civil_from_days, days_from_civil};
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

/// The day number of the first day a date can mean.
pub fn day_of(d: PartialDate) -> i32 {
    let (y, m, dd) = d.first_day();
    days_from_civil(y, m, dd)
}

/// The first day of the bar after the one starting at `start`.
pub fn next_bucket(start: PartialDate, g: Granularity) -> PartialDate {
    let m = start.month.unwrap_or(1);
    let step = match g {
        Granularity::Month => 1,
        Granularity::Quarter => 3,
        Granularity::Year => 12,
    };
    let total = start.year * 12 + i32::from(m - 1) + step;
    PartialDate::ym(total.div_euclid(12), (total.rem_euclid(12) + 1) as u8)
        .unwrap_or(PartialDate::y(start.year + 1))
}

/// One bar of the chart: its span in day numbers and counts per series.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// The bar's period (first day).
    pub start: PartialDate,
    /// Day number of its first day.
    pub from: i32,
    /// Day number of the first day after it.
    pub to: i32,
    /// Items per series, in [`Series::ALL`] order.
    pub counts: [u32; 8],
}

/// The timeline chart's data: bars per period and, per series, the items
/// as day numbers (sorted) for the marker strip.
#[derive(Clone, Debug, Default)]
pub struct Chart {
    /// Dated items, sorted by date.
    pub items: Vec<Dated>,
    /// Bars in date order (empty periods omitted).
    pub bars: Vec<Bar>,
    /// Per series: (day number, index into `items`), sorted by day.
    pub lanes: [Vec<(i32, u32)>; 8],
}

impl Chart {
    /// Builds the chart data from dated items.
    pub fn new(mut items: Vec<Dated>, g: Granularity) -> Self {
        items.sort();
        let bars = histogram(&items, g)
            .into_iter()
            .map(|(start, counts)| Bar {
                start,
                from: day_of(start),
                to: day_of(next_bucket(start, g)),
                counts,
            })
            .collect();
        let mut lanes: [Vec<(i32, u32)>; 8] = Default::default();
        for (i, it) in items.iter().enumerate() {
            let lane = Series::ALL
                .iter()
                .position(|s| *s == it.series)
                .unwrap_or(7);
            lanes[lane].push((day_of(it.date), i as u32));
        }
        Self { items, bars, lanes }
    }

    /// The day range covered, if any item is dated.
    pub fn span(&self) -> Option<(i32, i32)> {
        Some((self.bars.first()?.from, self.bars.last()?.to))
    }
}

/// One marker of the strip after aggregation: the pixel column, how many
/// items fall in it, and the first of them (index into [`Chart::items`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// Column index, 0-based from `x0`.
    pub column: u32,
    /// Items in the column.
    pub count: u32,
    /// The first item in it.
    pub first: u32,
    /// The first item's day number.
    pub day: i32,
}

/// Aggregates a lane to at most one marker per column of `width_days`
/// days, over the visible range `[x0, x1]` (day numbers): a million items
/// draw as at most a few thousand markers.
pub fn columns(lane: &[(i32, u32)], x0: f64, x1: f64, n: usize) -> Vec<Column> {
    let n = n.max(1);
    let w = ((x1 - x0) / n as f64).max(1e-9);
    let lo = lane.partition_point(|(d, _)| f64::from(*d) < x0);
    let hi = lane.partition_point(|(d, _)| f64::from(*d) <= x1);
    let mut out: Vec<Column> = Vec::new();
    for &(d, idx) in &lane[lo..hi] {
        let c = (((f64::from(d) - x0) / w) as usize).min(n - 1) as u32;
        match out.last_mut() {
            Some(last) if last.column == c => last.count += 1,
            _ => out.push(Column {
                column: c,
                count: 1,
                first: idx,
                day: d,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse_iso(s).unwrap()
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2025, 9, 1), 20_332);
        assert_eq!(civil_from_days(20_332), (2025, 9, 1));
        for z in [-800_000, -1, 0, 59, 60, 11_016, 20_513, 100_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(day_of(d("2024-03")), days_from_civil(2024, 3, 1));
    }

    #[test]
    fn bars_span_their_period_and_strips_aggregate_per_column() {
        assert_eq!(
            next_bucket(d("2025-11"), Granularity::Quarter),
            d("2026-02")
        );
        assert_eq!(next_bucket(d("2025-12"), Granularity::Month), d("2026-01"));
        assert_eq!(next_bucket(d("2025-01"), Granularity::Year), d("2026-01"));
        let items: Vec<Dated> = ["2025-09-01", "2025-09-20", "2025-11-01"]
            .iter()
            .enumerate()
            .map(|(i, s)| Dated {
                date: d(s),
                series: Series::Gb,
                item: Item::Record(RecordId(i as u32)),
                what: "effective".into(),
            })
            .collect();
        let c = Chart::new(items, Granularity::Quarter);
        assert_eq!(c.bars.len(), 2);
        assert_eq!((c.bars[0].start, c.bars[0].counts[0]), (d("2025-07"), 2));
        assert_eq!(c.bars[0].to - c.bars[0].from, 92);
        assert_eq!(c.lanes[0].len(), 3);
        // Columns of 30 days from Aug 25: Sep 1 (day 7) and Sep 20 (day 26)
        // share the first, Nov 1 (day 68) is alone in the third.
        let x0 = f64::from(day_of(d("2025-08-25")));
        let cols = columns(&c.lanes[0], x0, x0 + 120.0, 4);
        assert_eq!(
            cols,
            vec![
                Column {
                    column: 0,
                    count: 2,
                    first: 0,
                    day: day_of(d("2025-09-01")),
                },
                Column {
                    column: 2,
                    count: 1,
                    first: 2,
                    day: day_of(d("2025-11-01")),
                }
            ]
        );
        // Narrow columns separate them again.
        assert_eq!(columns(&c.lanes[0], x0, x0 + 120.0, 120).len(), 3);
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
