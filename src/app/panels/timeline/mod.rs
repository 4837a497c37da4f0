//! The timeline: stacked bars of releases per month, quarter or year by
//! series (GB, GB/T, GB/Z, plans, other standards, instruments, events,
//! records), and under it a strip of the individual dated items, one lane
//! per series, aggregated to a few markers per pixel column. Zoom and pan
//! on the time axis; a brush or two date fields set the shared date range;
//! an "as of" marker shows what was not yet effective or published then.

mod axis;
mod strip;

pub use axis::{axis_label, calendar_marks, day_label, series_color, series_csv};

use super::Cx;
use crate::app::command::Command;
use crate::model::{Item, Model, PartialDate};
use crate::timeline::{self, Chart, Granularity, Series, civil_from_days, day_of};
use crate::views::rows;
use egui::{Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, MarkerShape, Plot, Points, Span, VLine};
use std::collections::{BTreeSet, HashSet};
use std::sync::Arc;

/// Key of the cached chart: model, filters other than the date range,
/// chosen facts, granularity.
type ChartKey = (u64, crate::views::ViewFilter, BTreeSet<String>, Granularity);

/// Above this many items the chart is derived off the UI thread.
const LARGE_CORPUS: usize = 50_000;

/// A chart being derived on a worker thread, with the key it is for.
type ChartJob = (ChartKey, std::sync::mpsc::Receiver<(Chart, Vec<String>)>);

/// The chart's data for the filters (all but the date range) and the facts
/// kept, and every fact name seen (for the facts menu).
fn derive_chart(
    model: &Model,
    index: &crate::views::Index,
    f: &crate::views::ViewFilter,
    hidden: &BTreeSet<String>,
    g: Granularity,
) -> (Chart, Vec<String>) {
    let keep: HashSet<Item> = rows::filtered(model, index, f)
        .unwrap_or_default()
        .into_iter()
        .collect();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let items = timeline::dated_items(model, None)
        .into_iter()
        .filter(|d| {
            seen.insert(d.what.clone());
            !hidden.contains(&d.what) && keep.contains(&d.item)
        })
        .collect();
    (Chart::new(items, g), seen.into_iter().collect())
}

/// What the strip's columns depend on: chart, visible range, column count.
type StripKey = (usize, u64, u64, usize);

/// What the selection's markers depend on: chart and selection.
type SelKey = (usize, Option<Item>);

/// View state of the timeline.
pub struct TimelinePanel {
    /// Bar width.
    pub granularity: Granularity,
    /// Dated facts left out (`released`, `effective`, `record`...).
    pub hidden_facts: BTreeSet<String>,
    /// The "as of" day number, when set.
    pub as_of: Option<i32>,
    /// Brush mode: dragging on the chart sets the date range.
    pub brush: bool,
    brush_from: Option<f64>,
    dragging_as_of: bool,
    as_of_hovered: bool,
    reset: bool,
    cache: Option<(ChartKey, Arc<Chart>)>,
    facts_seen: Vec<String>,
    since: String,
    until: String,
    synced: Option<(Option<PartialDate>, Option<PartialDate>)>,
    /// The chart's screen rectangle (for the PNG export).
    pub chart_rect: Option<egui::Rect>,
    /// The chart being derived in the background (large corpora).
    job: Option<ChartJob>,
    /// The strip's aggregated columns for a chart, view range and width.
    strip_cache: Option<(StripKey, Arc<Vec<Vec<timeline::Column>>>)>,
    /// The selection's markers for a chart.
    sel_cache: Option<(SelKey, Vec<[f64; 2]>)>,
}

impl Default for TimelinePanel {
    fn default() -> Self {
        Self {
            granularity: Granularity::Month,
            hidden_facts: BTreeSet::new(),
            as_of: None,
            brush: false,
            brush_from: None,
            dragging_as_of: false,
            as_of_hovered: false,
            reset: false,
            cache: None,
            facts_seen: Vec::new(),
            since: String::new(),
            until: String::new(),
            synced: None,
            chart_rect: None,
            job: None,
            strip_cache: None,
            sel_cache: None,
        }
    }
}

impl TimelinePanel {
    /// The chart for the current filters (all but the date range), cached.
    pub fn chart(&mut self, cx: &Cx) -> Arc<Chart> {
        let st = cx.state;
        let mut f = st.filter.clone();
        f.base.since = None;
        f.base.until = None;
        let key: ChartKey = (
            st.model.revision,
            f.clone(),
            self.hidden_facts.clone(),
            self.granularity,
        );
        if let Some((k, c)) = &self.cache
            && *k == key
        {
            return Arc::clone(c);
        }
        let hidden = self.hidden_facts.clone();
        let g = self.granularity;
        let large = st.model.records.len() + st.model.entities.len() > LARGE_CORPUS;
        if !large {
            let (chart, seen) = derive_chart(&st.model, &st.index, &f, &hidden, g);
            return self.store(key, chart, seen);
        }
        // Large corpora: derive on a worker thread, keep drawing the last chart.
        if let Some((k, rx)) = &self.job
            && *k == key
        {
            if let Ok((chart, seen)) = rx.try_recv() {
                self.job = None;
                return self.store(key, chart, seen);
            }
            return self
                .cache
                .as_ref()
                .map(|(_, c)| Arc::clone(c))
                .unwrap_or_default();
        }
        let (model, index, ctx) = (Arc::clone(&st.model), Arc::clone(&st.index), cx.ctx.clone());
        let (tx, rx) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("stdatlas-timeline".into())
            .spawn(move || {
                let _ = tx.send(derive_chart(&model, &index, &f, &hidden, g));
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.job = Some((key, rx));
        }
        self.cache
            .as_ref()
            .map(|(_, c)| Arc::clone(c))
            .unwrap_or_default()
    }

    /// Whether a chart is being derived in the background.
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    fn store(&mut self, key: ChartKey, chart: Chart, seen: Vec<String>) -> Arc<Chart> {
        self.facts_seen = seen;
        let chart = Arc::new(chart);
        self.cache = Some((key, Arc::clone(&chart)));
        chart
    }

    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx) {
        let chart = self.chart(cx);
        self.toolbar_ui(ui, cx, &chart);
        if chart.items.is_empty() {
            if self.job.is_some() {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(RichText::new("Building the timeline…").weak());
                });
            } else {
                ui.label(RichText::new("Nothing dated passes the filters.").weak());
            }
            return;
        }
        let strip_h = 8.0 * 20.0 + 30.0;
        let chart_h = (ui.available_height() - strip_h - 8.0).max(160.0);
        let group = egui::Id::unique("timeline-x");
        let (lo, hi) = chart
            .span()
            .map(|(a, b)| (f64::from(a), f64::from(b)))
            .unwrap_or((0.0, 1.0));
        let pad = ((hi - lo) * 0.03).max(15.0);
        let reset = std::mem::take(&mut self.reset);
        self.bars_ui(ui, cx, &chart, chart_h, group, (lo - pad, hi + pad), reset);
        self.strip_ui(ui, cx, &chart, group, (lo - pad, hi + pad), reset);
    }

    fn toolbar_ui(&mut self, ui: &mut Ui, cx: &mut Cx, chart: &Chart) {
        let f = &cx.state.filter;
        if self.synced != Some((f.base.since, f.base.until)) {
            self.synced = Some((f.base.since, f.base.until));
            self.since = f.base.since.map(|d| d.to_string()).unwrap_or_default();
            self.until = f.base.until.map(|d| d.to_string()).unwrap_or_default();
        }
        ui.horizontal_wrapped(|ui| {
            for (g, name) in [(Granularity::Month, "Month"), (Granularity::Quarter, "Quarter"), (Granularity::Year, "Year")] {
                ui.selectable_value(&mut self.granularity, g, name);
            }
            ui.separator();
            ui.menu_button(format!("Facts: {}", if self.hidden_facts.is_empty() { "all".to_owned() } else { format!("{} hidden", self.hidden_facts.len()) }), |ui| {
                for what in self.facts_seen.clone() {
                    let mut on = !self.hidden_facts.contains(&what);
                    if ui.checkbox(&mut on, &what).changed() {
                        if on {
                            self.hidden_facts.remove(&what);
                        } else {
                            self.hidden_facts.insert(what);
                        }
                    }
                }
            });
            ui.separator();
            ui.toggle_value(&mut self.brush, "⬌ Brush").on_hover_text("Drag on the chart to set the date range");
            let from = ui.label("From");
            let a = ui
                .add(egui::TextEdit::singleline(&mut self.since).hint_text("YYYY-MM-DD").desired_width(80.0))
                .labelled_by(from.id);
            let to = ui.label("to");
            let b = ui
                .add(egui::TextEdit::singleline(&mut self.until).hint_text("YYYY-MM-DD").desired_width(80.0))
                .labelled_by(to.id);
            if a.lost_focus() || b.lost_focus() {
                let p = |s: &str| PartialDate::parse_iso(s.trim());
                let (s, u) = (p(&self.since), p(&self.until));
                let ok = (s.is_some() || self.since.trim().is_empty()) && (u.is_some() || self.until.trim().is_empty());
                if ok && (s, u) != (f.base.since, f.base.until) {
                    cx.send(Command::SetDateRange(s, u));
                }
            }
            if ui.button("Reset").on_hover_text("Show everything: clear the date range and zoom").clicked() {
                self.reset = true;
                cx.send(Command::SetDateRange(None, None));
            }
            ui.separator();
            let mut has_as_of = self.as_of.is_some();
            if ui.checkbox(&mut has_as_of, "As of").on_hover_text("Drag the marker: what comes after it is drawn hollow (not yet effective, published or held)").changed() {
                self.as_of = has_as_of.then(|| {
                    chart.span().map(|(a, b)| (a + b) / 2).unwrap_or(0)
                });
            }
            if let Some(d) = self.as_of {
                ui.label(RichText::new(day_label(f64::from(d))).strong());
            }
            ui.separator();
            if ui.button("PNG…").on_hover_text("Save the chart as an image").clicked()
                && let Some(r) = self.chart_rect
            {
                cx.send(Command::ExportPng(r, "stdatlas-timeline.png".into()));
            }
            if ui.button("CSV…").on_hover_text("Save the bars' counts per period and series").clicked() {
                cx.send(Command::SaveFile("stdatlas-timeline.csv".into(), "csv", Arc::new(series_csv(chart, self.granularity))));
            }
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn bars_ui(
        &mut self,
        ui: &mut Ui,
        cx: &mut Cx,
        chart: &Chart,
        height: f32,
        group: egui::Id,
        x: (f64, f64),
        reset: bool,
    ) {
        let as_of = self.as_of.map(f64::from);
        // Grab the as-of marker when the pointer starts a drag near it.
        let near_as_of = self.dragging_as_of
            || match (as_of, self.chart_rect, ui.ctx().pointer_hover_pos()) {
                (Some(_), Some(_), Some(_)) => self.as_of_hovered,
                _ => false,
            };
        let mut plot = Plot::new("timeline-bars")
            .height(height)
            .link_axis(group, [true, false])
            .link_cursor(group, [true, false])
            .allow_zoom([true, false])
            .allow_scroll([true, false])
            .allow_drag([!self.brush && !near_as_of, false])
            .allow_boxed_zoom(false)
            .auto_bounds([false, true])
            .default_x_bounds(x.0, x.1)
            .include_y(0.0)
            .x_grid_spacer(calendar_marks)
            .x_axis_formatter(|m, _| axis_label(m))
            .y_axis_label("items")
            .y_axis_min_width(110.0)
            .legend(egui_plot::Legend::default().position(egui_plot::Corner::LeftTop))
            .label_formatter(|h| match h {
                egui_plot::HoverPosition::NearDataPoint {
                    plot_name,
                    position,
                    ..
                } => Some(format!("{plot_name}\n{} items", position.y.round())),
                egui_plot::HoverPosition::Elsewhere { position } => Some(day_label(position.x)),
            });
        if reset {
            plot = plot.reset();
        }
        let since = cx.state.filter.base.since.map(|d| f64::from(day_of(d)));
        let until = cx.state.filter.base.until.map(|d| {
            let (y, m, dd) = d.last_day();
            f64::from(timeline::days_from_civil(y, m, dd) + 1)
        });
        let brush_from = self.brush_from;
        let brush = self.brush;
        let resp = plot.show(ui, |pu| {
            let mut below: Vec<BarChart> = Vec::new();
            for (si, s) in Series::ALL.iter().enumerate() {
                let color = series_color(*s);
                let bars: Vec<Bar> = chart
                    .bars
                    .iter()
                    .filter(|b| b.counts[si] > 0)
                    .map(|b| {
                        let w = f64::from(b.to - b.from);
                        let future = as_of.is_some_and(|a| f64::from(b.from) > a);
                        Bar::new(f64::from(b.from) + w / 2.0, f64::from(b.counts[si]))
                            .width(w * 0.9)
                            .fill(if future {
                                color.gamma_multiply(0.35)
                            } else {
                                color
                            })
                            .name(format!("{} {}", s.label(), b.start))
                    })
                    .collect();
                if bars.is_empty() {
                    continue;
                }
                let refs: Vec<&BarChart> = below.iter().collect();
                let bc = BarChart::new(s.label(), bars).color(color).stack_on(&refs);
                below.push(bc);
            }
            for bc in below {
                pu.bar_chart(bc);
            }
            if since.is_some() || until.is_some() {
                let b = pu.plot_bounds();
                let r = since.unwrap_or(b.min()[0])..=until.unwrap_or(b.max()[0]);
                pu.span(
                    Span::new("date range", r)
                        .fill(Color32::from_rgba_unmultiplied(0x3f, 0x8f, 0xe0, 40)),
                );
            }
            if let (true, Some(from), Some(p)) = (brush, brush_from, pu.pointer_coordinate()) {
                pu.span(
                    Span::new("brush", from.min(p.x)..=from.max(p.x))
                        .fill(Color32::from_rgba_unmultiplied(0xf2, 0xc9, 0x4c, 50)),
                );
            }
            if let Some(a) = as_of {
                pu.vline(
                    VLine::new("as of", a)
                        .color(Color32::from_rgb(0xe1, 0x5a, 0x4f))
                        .width(2.0),
                );
            }
            pu.pointer_coordinate()
        });
        self.chart_rect = Some(resp.response.rect);
        let pointer = resp.inner;
        let r = &resp.response;
        // The as-of marker: hovered within 6 px, dragged along the axis.
        self.as_of_hovered = match (as_of, ui.ctx().pointer_hover_pos()) {
            (Some(a), Some(p)) if r.rect.contains(p) => {
                (resp.transform.position_from_point_x(a) - p.x).abs() <= 6.0
            }
            _ => false,
        };
        if self.as_of_hovered || self.dragging_as_of {
            ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeHorizontal);
        }
        if r.drag_started() && self.as_of_hovered {
            self.dragging_as_of = true;
        }
        if self.dragging_as_of {
            if let Some(p) = pointer {
                self.as_of = Some(p.x.round() as i32);
            }
            if r.drag_stopped() || !ui.input(|i| i.pointer.primary_down()) {
                self.dragging_as_of = false;
            }
            return;
        }
        if self.brush {
            if r.drag_started() {
                self.brush_from = pointer.map(|p| p.x);
            }
            if r.drag_stopped()
                && let (Some(a), Some(b)) = (self.brush_from.take(), pointer)
            {
                let (a, b) = (a.min(b.x), a.max(b.x));
                if b - a >= 1.0 {
                    let to_date = |d: f64| {
                        let (y, m, dd) = civil_from_days(d.floor() as i32);
                        PartialDate::ymd(y, m, dd)
                    };
                    cx.send(Command::SetDateRange(to_date(a), to_date(b)));
                }
            }
        }
    }
}
