//! The strip under the chart: one lane per series, the individual dated
//! items aggregated to a few markers per pixel column, with hover details
//! and click to select.

use super::*;

impl TimelinePanel {
    pub(super) fn strip_ui(
        &mut self,
        ui: &mut Ui,
        cx: &mut Cx,
        chart_arc: &Arc<Chart>,
        group: egui::Id,
        x: (f64, f64),
        reset: bool,
    ) {
        let chart: &Chart = chart_arc;
        let chart_arc = Arc::clone(chart_arc);
        let strip_cache = &mut self.strip_cache;
        // The selection's markers, found once per selection.
        let sel_key = (Arc::as_ptr(&chart_arc) as usize, cx.state.selection);
        if self.sel_cache.as_ref().is_none_or(|(k, _)| *k != sel_key) {
            let lanes = Series::ALL.len();
            let pts = match cx.state.selection {
                None => Vec::new(),
                Some(sel) => chart
                    .items
                    .iter()
                    .filter(|d| d.item == sel)
                    .map(|d| {
                        let li = Series::ALL.iter().position(|s| *s == d.series).unwrap_or(7);
                        [f64::from(day_of(d.date)), (lanes - 1 - li) as f64]
                    })
                    .collect(),
            };
            self.sel_cache = Some((sel_key, pts));
        }
        let sel_points = self
            .sel_cache
            .as_ref()
            .map(|(_, p)| p.clone())
            .unwrap_or_default();
        let as_of = self.as_of;
        let model: &Model = &cx.state.model;
        let lanes = Series::ALL.len();
        let mut plot = Plot::new("timeline-strip")
            .height(ui.available_height().max(120.0))
            .link_axis(group, [true, false])
            .link_cursor(group, [true, false])
            .allow_zoom([true, false])
            .allow_scroll([true, false])
            .allow_drag([true, false])
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .default_x_bounds(x.0, x.1)
            .default_y_bounds(-0.7, lanes as f64 - 0.3)
            .show_grid([true, false])
            .x_grid_spacer(calendar_marks)
            .x_axis_formatter(|m, _| axis_label(m))
            .y_axis_formatter(|m, _| {
                let i = m.value.round();
                if (m.value - i).abs() < 0.01 && (0.0..8.0).contains(&i) {
                    Series::ALL[7 - i as usize].label().to_owned()
                } else {
                    String::new()
                }
            })
            .y_axis_min_width(110.0)
            .label_formatter(|_| None);
        if reset {
            plot = plot.reset();
        }
        let width_px = ui.available_width().max(100.0);
        let resp = plot.show(ui, |pu| {
            let b = pu.plot_bounds();
            let (x0, x1) = (b.min()[0], b.max()[0]);
            let n = (width_px / 3.0) as usize;
            let mut hits: Vec<(usize, timeline::Column)> = Vec::new();
            // Aggregated columns, recomputed only when the view moves.
            let key = (
                Arc::as_ptr(&chart_arc) as usize,
                x0.to_bits(),
                x1.to_bits(),
                n,
            );
            let strip = match strip_cache {
                Some((k, v)) if *k == key => Arc::clone(v),
                _ => {
                    let v: Arc<Vec<Vec<timeline::Column>>> = Arc::new(
                        chart
                            .lanes
                            .iter()
                            .map(|lane| timeline::columns(lane, x0, x1, n))
                            .collect(),
                    );
                    *strip_cache = Some((key, Arc::clone(&v)));
                    v
                }
            };
            for li in 0..chart.lanes.len() {
                let y = (lanes - 1 - li) as f64;
                let cols = &strip[li];
                let w = (x1 - x0) / n as f64;
                let (mut past, mut future) = (Vec::new(), Vec::new());
                for c in cols {
                    let day = c.day;
                    let px = x0 + (f64::from(c.column) + 0.5) * w;
                    if as_of.is_some_and(|a| day > a) {
                        future.push([px, y]);
                    } else {
                        past.push([px, y]);
                    }
                    hits.push((li, *c));
                }
                let color = series_color(Series::ALL[li]);
                let shape = match Series::ALL[li] {
                    Series::Instrument => MarkerShape::Diamond,
                    Series::Event => MarkerShape::Square,
                    Series::Record => MarkerShape::Circle,
                    _ => MarkerShape::Circle,
                };
                pu.points(
                    Points::new(Series::ALL[li].label(), past)
                        .color(color)
                        .radius(3.5)
                        .shape(shape)
                        .filled(true),
                );
                pu.points(
                    Points::new(format!("{} (after as-of)", Series::ALL[li].label()), future)
                        .color(color)
                        .radius(3.5)
                        .shape(shape)
                        .filled(false),
                );
            }
            if !sel_points.is_empty() {
                let sel = sel_points;
                pu.points(
                    Points::new("selected", sel)
                        .color(Color32::WHITE)
                        .radius(7.0)
                        .filled(false),
                );
            }
            if let Some(a) = as_of {
                pu.vline(
                    VLine::new("as of", f64::from(a))
                        .color(Color32::from_rgb(0xe1, 0x5a, 0x4f))
                        .width(2.0),
                );
            }
            (pu.pointer_coordinate(), hits, x0, (x1 - x0) / n as f64)
        });
        let (pointer, hits, x0, w) = resp.inner;
        let Some(p) = pointer else { return };
        let lane = (lanes as f64 - 1.0 - p.y).round();
        if !(0.0..lanes as f64).contains(&lane) {
            return;
        }
        let li = lane as usize;
        let col = ((p.x - x0) / w).floor() as i64;
        let hit = hits
            .iter()
            .filter(|(l, c)| *l == li && (i64::from(c.column) - col).abs() <= 1)
            .min_by_key(|(_, c)| (i64::from(c.column) - col).abs())
            .map(|(_, c)| *c);
        let Some(c) = hit else { return };
        let d = &chart.items[c.first as usize];
        let label = match d.item {
            Item::Entity(e) => model.entity(e).label().to_owned(),
            Item::Record(r) => model.record(r).title.clone(),
        };
        let pending = match self.as_of {
            Some(a) if day_of(d.date) > a => match d.what.as_str() {
                "effective" => " — not yet effective then",
                "released" | "draft released" => " — not yet published then",
                _ => " — after the as-of date",
            },
            _ => "",
        };
        let more = if c.count > 1 {
            format!("\n(+{} more here; zoom in to separate)", c.count - 1)
        } else {
            String::new()
        };
        resp.response
            .clone()
            .on_hover_text_at_pointer(format!("{label}\n{} {}{pending}{more}", d.what, d.date));
        if resp.response.clicked() {
            cx.send(Command::Select(Some(d.item)));
        }
    }
}
