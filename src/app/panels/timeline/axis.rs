//! The timeline's axis and data helpers: series colours, calendar grid
//! marks and labels readable at every zoom, and the bars as CSV.

use crate::app::widgets::{RECORD_COLOR, kind_color};
use crate::model::EntityKind;
use crate::timeline::{self, Chart, Granularity, Series, civil_from_days};
use egui::Color32;
use egui_plot::{GridInput, GridMark};

/// The series' colours: standards in greens by type, then the kinds' colours.
pub fn series_color(s: Series) -> Color32 {
    match s {
        Series::Gb => Color32::from_rgb(0x1b, 0x7f, 0x4c),
        Series::GbT => kind_color(EntityKind::Standard),
        Series::GbZ => Color32::from_rgb(0x9b, 0xd7, 0x7a),
        Series::Plan => Color32::from_rgb(0x6c, 0xc4, 0xa4),
        Series::OtherStandard => Color32::from_rgb(0x4d, 0x9d, 0x8f),
        Series::Instrument => kind_color(EntityKind::Instrument),
        Series::Event => kind_color(EntityKind::Event),
        Series::Record => RECORD_COLOR,
    }
}

/// A date for a day number.
pub fn day_label(day: f64) -> String {
    let (y, m, d) = civil_from_days(day.floor() as i32);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Grid marks on calendar boundaries: days, weeks, months, quarters,
/// years or decades, whichever gives a readable number of labels.
pub fn calendar_marks(input: GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    let span = (hi - lo).max(1.0);
    // Steps in months (negative: days).
    let steps: [(i32, f64); 10] = [
        (-1, 1.0),
        (-7, 7.0),
        (1, 30.4),
        (3, 91.3),
        (6, 182.6),
        (12, 365.2),
        (24, 730.5),
        (60, 1826.2),
        (120, 3652.4),
        (600, 18262.0),
    ];
    let &(step, approx) = steps
        .iter()
        .find(|(_, d)| span / d <= 12.0)
        .unwrap_or(&steps[steps.len() - 1]);
    let mut out = Vec::new();
    if step < 0 {
        let n = -step;
        let mut d = (lo.floor() as i32).div_euclid(n) * n;
        while f64::from(d) <= hi && out.len() < 400 {
            out.push(GridMark {
                value: f64::from(d),
                step_size: approx,
            });
            d += n;
        }
        return out;
    }
    let (y, m, _) = civil_from_days(lo.floor() as i32);
    let mut months = (y * 12 + i32::from(m) - 1).div_euclid(step) * step;
    loop {
        let day =
            timeline::days_from_civil(months.div_euclid(12), (months.rem_euclid(12) + 1) as u8, 1);
        if f64::from(day) > hi || out.len() > 400 {
            break;
        }
        if f64::from(day) < lo {
            months += step;
            continue;
        }
        out.push(GridMark {
            value: f64::from(day),
            step_size: approx,
        });
        months += step;
    }
    out
}

/// The axis label of a mark, as precise as the zoom needs.
pub fn axis_label(mark: GridMark) -> String {
    let (y, m, d) = civil_from_days(mark.value.round() as i32);
    if mark.step_size >= 365.0 {
        format!("{y}")
    } else if mark.step_size >= 28.0 {
        const M: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        if m == 1 {
            format!("{} {y}", M[0])
        } else {
            M[usize::from(m - 1)].to_owned()
        }
    } else {
        format!("{y}-{m:02}-{d:02}")
    }
}

/// The bars as CSV: period start and end, then one column per series.
pub fn series_csv(chart: &Chart, g: Granularity) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut head = vec!["period".to_owned(), "from".to_owned(), "to".to_owned()];
    head.extend(Series::ALL.iter().map(|s| s.label().to_owned()));
    let _ = w.write_record(&head);
    for b in &chart.bars {
        let period = match g {
            Granularity::Month => b.start.to_string(),
            Granularity::Quarter => format!(
                "{}-Q{}",
                b.start.year,
                (b.start.month.unwrap_or(1) - 1) / 3 + 1
            ),
            Granularity::Year => b.start.year.to_string(),
        };
        let mut row = vec![
            period,
            day_label(f64::from(b.from)),
            day_label(f64::from(b.to - 1)),
        ];
        row.extend(b.counts.iter().map(|c| c.to_string()));
        let _ = w.write_record(&row);
    }
    w.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, PartialDate, RecordId};
    use crate::timeline::Dated;

    #[test]
    fn csv_has_one_row_per_bar_with_counts_per_series() {
        let d = |s: &str| PartialDate::parse_iso(s).unwrap();
        let items = vec![
            Dated {
                date: d("2025-09-01"),
                series: Series::Gb,
                item: Item::Record(RecordId(0)),
                what: "effective".into(),
            },
            Dated {
                date: d("2025-08-20"),
                series: Series::Instrument,
                item: Item::Record(RecordId(1)),
                what: "released".into(),
            },
            Dated {
                date: d("2025-11-03"),
                series: Series::GbT,
                item: Item::Record(RecordId(2)),
                what: "released".into(),
            },
        ];
        let chart = Chart::new(items, Granularity::Quarter);
        let csv = String::from_utf8(series_csv(&chart, Granularity::Quarter)).unwrap();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "period,from,to,GB,GB/T,GB/Z,plans & projects,other standards,instruments,events,records"
        );
        assert_eq!(lines[1], "2025-Q3,2025-07-01,2025-09-30,1,0,0,0,0,1,0,0");
        assert_eq!(lines[2], "2025-Q4,2025-10-01,2025-12-31,0,1,0,0,0,0,0,0");
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn calendar_marks_fall_on_month_and_year_starts() {
        use crate::timeline::{civil_from_days, days_from_civil};
        let lo = f64::from(days_from_civil(2016, 3, 15));
        let hi = f64::from(days_from_civil(2026, 2, 1));
        let marks = calendar_marks(GridInput {
            bounds: (lo, hi),
            base_step_size: 1.0,
        });
        assert!(!marks.is_empty() && marks.len() <= 13);
        for m in &marks {
            let (_, mo, d) = civil_from_days(m.value as i32);
            assert_eq!((mo, d), (1, 1), "yearly marks at this zoom");
        }
        assert_eq!(axis_label(marks[0]), "2017");
        // Six years: marks every six months, January ones with their year.
        let lo6 = f64::from(days_from_civil(2020, 3, 15));
        let marks = calendar_marks(GridInput {
            bounds: (lo6, hi),
            base_step_size: 1.0,
        });
        let labels: Vec<String> = marks.iter().take(3).map(|m| axis_label(*m)).collect();
        assert_eq!(labels, ["Jul", "Jan 2021", "Jul"]);
        let lo = f64::from(days_from_civil(2025, 9, 1));
        let marks = calendar_marks(GridInput {
            bounds: (lo, lo + 200.0),
            base_step_size: 1.0,
        });
        assert!(
            marks.iter().all(|m| civil_from_days(m.value as i32).2 == 1),
            "monthly marks"
        );
        assert_eq!(axis_label(marks[0]), "Sep");
        let marks = calendar_marks(GridInput {
            bounds: (lo, lo + 10.0),
            base_step_size: 1.0,
        });
        assert_eq!(axis_label(marks[0]), "2025-09-01");
    }
}
