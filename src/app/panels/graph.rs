//! The relationship graph: entities as nodes (colour and shape by kind,
//! size by degree), typed relations as edges (colour by kind, arrows when
//! zoomed in, label on hover), laid out by a force-directed layout on its
//! own thread. Drawn with egui's painter as two meshes, culled to the
//! screen; labels only where they fit, always for the selection and its
//! neighbours. Ego view, kind filters, search, pin by dragging, fit, export.

use super::Cx;
use crate::app::command::Command;
use crate::app::layout_worker::LayoutWorker;
use crate::app::widgets::{kind_color, relation_color};
use crate::export::{Format, Subset};
use crate::graph::Dir;
use crate::model::{EntityId, EntityKind, Item, Model, RelationKind};
use crate::views::graph::{self, GraphSpec, GraphView};
use egui::epaint::{Mesh, Vertex, WHITE_UV};
use egui::{Color32, Pos2, Rect, RichText, Sense, Shape, Stroke, Ui, Vec2, pos2, vec2};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

type GraphKey = (u64, crate::views::ViewFilter, GraphSpec);

/// View state of the graph.
pub struct GraphPanel {
    /// Kinds, relations, ego, expansion, isolated nodes.
    pub spec: GraphSpec,
    /// Ego view on: centred on the selection.
    pub ego: bool,
    /// Ego depth (1–3).
    pub depth: usize,
    /// Ego direction.
    pub dir: Dir,
    cache: Option<(GraphKey, Arc<GraphView>)>,
    worker: Option<LayoutWorker>,
    /// Camera: layout point at the centre of the view, and pixels per unit.
    center: [f32; 2],
    zoom: f32,
    /// Fit the view to the graph while the layout runs (until the user moves it).
    auto_fit: bool,
    dragging: Option<u32>,
    search: String,
    /// The graph's screen rectangle (for the PNG export).
    pub rect: Option<Rect>,
    /// Where each shown node was drawn last frame (tests click on them).
    last_screen: HashMap<EntityId, Pos2>,
}

impl Default for GraphPanel {
    fn default() -> Self {
        Self {
            spec: GraphSpec::default(),
            ego: false,
            depth: 1,
            dir: Dir::Both,
            cache: None,
            worker: None,
            center: [0.0, 0.0],
            zoom: 1.0,
            auto_fit: true,
            dragging: None,
            search: String::new(),
            rect: None,
            last_screen: HashMap::new(),
        }
    }
}

impl GraphPanel {
    /// The shown graph for the current filters and spec, cached; a new graph
    /// restarts the layout, keeping the positions of nodes seen before.
    pub fn graph(&mut self, cx: &Cx) -> Arc<GraphView> {
        let st = cx.state;
        let mut spec = self.spec.clone();
        spec.ego = match (self.ego, st.selection) {
            (true, Some(Item::Entity(e))) => Some((e, self.depth, self.dir)),
            _ => None,
        };
        let key: GraphKey = (st.model.revision, st.filter.clone(), spec.clone());
        if let Some((k, g)) = &self.cache
            && *k == key
        {
            return Arc::clone(g);
        }
        let shown: HashSet<EntityId> = cx
            .shown
            .iter()
            .filter_map(|i| match i {
                Item::Entity(e) => Some(*e),
                Item::Record(_) => None,
            })
            .collect();
        let g = Arc::new(graph::build(&st.model, &st.index, &shown, &spec));
        // Warm start: nodes of the previous graph keep their place.
        let known: Vec<Option<[f32; 2]>> = match (&self.cache, &self.worker) {
            (Some((_, old)), Some(w)) if old.nodes.len() == w.frame().pos.len() => {
                let pos = w.frame().pos;
                g.nodes
                    .iter()
                    .map(|e| old.node_of(*e).map(|i| pos[i as usize]))
                    .collect()
            }
            _ => Vec::new(),
        };
        let fresh = known.iter().all(Option::is_none);
        let ctx = cx.ctx.clone();
        self.worker = Some(LayoutWorker::start(
            g.nodes.len(),
            g.pairs(),
            0x57D_A71A5,
            &known,
            move || ctx.request_repaint(),
        ));
        if fresh {
            self.auto_fit = true;
        }
        self.cache = Some((key, Arc::clone(&g)));
        g
    }

    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx) {
        let g = self.graph(cx);
        let frame = self.worker.as_ref().map(|w| w.frame()).unwrap_or_default();
        self.toolbar_ui(ui, cx, &g, &frame);
        let (rect, resp) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        self.rect = Some(rect);
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, ui.visuals().extreme_bg_color);
        if g.nodes.is_empty() {
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "No entities pass the filters",
                egui::TextStyle::Body.resolve(ui.style()),
                ui.visuals().weak_text_color(),
            );
            return;
        }
        let pos = &frame.pos;
        if pos.len() != g.nodes.len() {
            return;
        }
        if self.auto_fit {
            self.fit(pos, rect);
            if frame.settled {
                self.auto_fit = false;
            }
        }
        self.input(ui, cx, &resp, rect, &g, pos);
        let to_screen = |p: [f32; 2]| -> Pos2 {
            rect.center()
                + vec2(
                    (p[0] - self.center[0]) * self.zoom,
                    (p[1] - self.center[1]) * self.zoom,
                )
        };
        let selected = match cx.state.selection {
            Some(Item::Entity(e)) => g.node_of(e),
            _ => None,
        };
        let neighbours: HashSet<u32> = selected
            .map(|s| {
                g.edges
                    .iter()
                    .filter_map(|e| {
                        if e.from == s {
                            Some(e.to)
                        } else if e.to == s {
                            Some(e.from)
                        } else {
                            None
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let radius = |i: usize| -> f32 {
            let base = 2.5 + 1.4 * (g.degree[i] as f32).sqrt();
            (base * self.zoom.sqrt().clamp(0.35, 2.5)).min(22.0)
        };
        // Edges: one mesh of thin quads, culled, arrows when long enough.
        let screen: Vec<Pos2> = pos.iter().map(|p| to_screen(*p)).collect();
        if g.nodes.len() <= 5000 {
            self.last_screen = g
                .nodes
                .iter()
                .copied()
                .zip(screen.iter().copied())
                .collect();
        } else {
            self.last_screen.clear();
        }
        let mut mesh = Mesh::default();
        let visible_edges = g
            .edges
            .iter()
            .filter(|e| {
                let (a, b) = (screen[e.from as usize], screen[e.to as usize]);
                Rect::from_two_pos(a, b).intersects(rect)
            })
            .count();
        let arrows = visible_edges < 4000;
        for e in &g.edges {
            let (a, b) = (screen[e.from as usize], screen[e.to as usize]);
            if !Rect::from_two_pos(a, b).intersects(rect) {
                continue;
            }
            let on_sel = selected.is_some_and(|s| e.from == s || e.to == s);
            let mut c = relation_color(e.kind);
            c = if on_sel {
                c
            } else {
                c.gamma_multiply(if selected.is_some() { 0.25 } else { 0.55 })
            };
            let w = if on_sel { 2.0 } else { 1.0 };
            line_quad(&mut mesh, a, b, w, c);
            if arrows && (b - a).length() > 24.0 {
                let r = radius(e.to as usize);
                let dir = (b - a).normalized();
                let tip = b - dir * (r + 1.0);
                let side = vec2(-dir.y, dir.x) * 3.5;
                let back = tip - dir * 8.0;
                triangle(&mut mesh, tip, back + side, back - side, c);
            }
        }
        painter.add(Shape::mesh(mesh));
        // Nodes: one mesh; shapes by kind.
        let mut mesh = Mesh::default();
        let model: &Model = &cx.state.model;
        for (i, e) in g.nodes.iter().enumerate() {
            let p = screen[i];
            let r = radius(i);
            if !rect.expand(r).contains(p) {
                continue;
            }
            let kind = model.entity(*e).kind;
            let dim = selected.is_some()
                && Some(i as u32) != selected
                && !neighbours.contains(&(i as u32));
            let c = if dim {
                kind_color(kind).gamma_multiply(0.45)
            } else {
                kind_color(kind)
            };
            node_shape(&mut mesh, kind, p, r, c);
        }
        painter.add(Shape::mesh(mesh));
        if let Some(s) = selected {
            let p = screen[s as usize];
            painter.circle_stroke(
                p,
                radius(s as usize) + 3.0,
                Stroke::new(2.0, ui.visuals().strong_text_color()),
            );
        }
        self.labels(
            &painter,
            ui,
            model,
            &g,
            &screen,
            rect,
            selected,
            &neighbours,
            &radius,
        );
        self.hover(ui, cx, &resp, &g, &screen, &radius);
        legend_ui(ui, rect);
        if !frame.settled {
            ui.ctx().request_repaint();
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn labels(
        &self,
        painter: &egui::Painter,
        ui: &Ui,
        model: &Model,
        g: &GraphView,
        screen: &[Pos2],
        rect: Rect,
        selected: Option<u32>,
        neighbours: &HashSet<u32>,
        radius: &dyn Fn(usize) -> f32,
    ) {
        // Priority: the selection, its neighbours, then by degree.
        let mut order: Vec<u32> = (0..g.nodes.len() as u32)
            .filter(|i| rect.contains(screen[*i as usize]))
            .collect();
        order.sort_by_key(|i| {
            let pri = if Some(*i) == selected {
                0
            } else if neighbours.contains(i) {
                1
            } else {
                2
            };
            (pri, std::cmp::Reverse(g.degree[*i as usize]))
        });
        let font = egui::TextStyle::Small.resolve(ui.style());
        let color = ui.visuals().text_color();
        let mut placed: Vec<Rect> = Vec::new();
        let mut grid: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
        let cell = 80.0;
        for i in order.into_iter().take(4000) {
            let must = Some(i) == selected || neighbours.contains(&i);
            if placed.len() >= 400 && !must {
                break;
            }
            let r = radius(i as usize);
            if !must && r < 4.0 {
                continue;
            }
            let e = model.entity(g.nodes[i as usize]);
            let text = crate::app::widgets::ellipsize(e.label(), 40);
            let galley = painter.layout_no_wrap(text.into_owned(), font.clone(), color);
            let at = screen[i as usize] + vec2(r + 3.0, -galley.size().y / 2.0);
            let lr = Rect::from_min_size(at, galley.size()).expand(1.0);
            let cells = |r: Rect| {
                let (x0, x1) = (
                    (r.min.x / cell).floor() as i32,
                    (r.max.x / cell).floor() as i32,
                );
                let (y0, y1) = (
                    (r.min.y / cell).floor() as i32,
                    (r.max.y / cell).floor() as i32,
                );
                (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
            };
            let overlaps = cells(lr).any(|c| {
                grid.get(&c)
                    .is_some_and(|v| v.iter().any(|j| placed[*j].intersects(lr)))
            });
            if overlaps && !must {
                continue;
            }
            let idx = placed.len();
            placed.push(lr);
            for c in cells(lr) {
                grid.entry(c).or_default().push(idx);
            }
            if must {
                painter.rect_filled(lr, 2.0, ui.visuals().extreme_bg_color.gamma_multiply(0.85));
            }
            painter.galley(at, galley, color);
        }
    }

    fn fit(&mut self, pos: &[[f32; 2]], rect: Rect) {
        if pos.is_empty() {
            return;
        }
        let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
        for p in pos {
            for k in 0..2 {
                lo[k] = lo[k].min(p[k]);
                hi[k] = hi[k].max(p[k]);
            }
        }
        self.center = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
        let (w, h) = ((hi[0] - lo[0]).max(1.0), (hi[1] - lo[1]).max(1.0));
        self.zoom = ((rect.width() - 60.0) / w)
            .min((rect.height() - 60.0) / h)
            .clamp(0.01, 8.0);
    }

    fn input(
        &mut self,
        ui: &Ui,
        cx: &mut Cx,
        resp: &egui::Response,
        rect: Rect,
        g: &GraphView,
        pos: &[[f32; 2]],
    ) {
        let to_layout = |p: Pos2, s: &Self| -> [f32; 2] {
            let d = (p - rect.center()) / s.zoom;
            [s.center[0] + d.x, s.center[1] + d.y]
        };
        let hit = |p: Pos2, s: &Self| -> Option<u32> {
            let mut best = None;
            let mut best_d = f32::MAX;
            for (i, q) in pos.iter().enumerate() {
                let sp = rect.center()
                    + vec2((q[0] - s.center[0]) * s.zoom, (q[1] - s.center[1]) * s.zoom);
                let d = sp.distance(p);
                let r = (2.5 + 1.4 * (g.degree[i] as f32).sqrt()) * s.zoom.sqrt().clamp(0.35, 2.5);
                if d <= r.min(22.0) + 3.0 && d < best_d {
                    best = Some(i as u32);
                    best_d = d;
                }
            }
            best
        };
        // Zoom at the pointer.
        if resp.hovered() {
            let (scroll, zoom_delta, pointer) = ui.input(|i| {
                (
                    i.smooth_scroll_delta.y,
                    i.zoom_delta(),
                    i.pointer.hover_pos(),
                )
            });
            let factor = zoom_delta * (scroll / 300.0).exp();
            if (factor - 1.0).abs() > 1e-4
                && let Some(p) = pointer
            {
                let before = to_layout(p, self);
                self.zoom = (self.zoom * factor).clamp(0.005, 40.0);
                let after = to_layout(p, self);
                self.center[0] += before[0] - after[0];
                self.center[1] += before[1] - after[1];
                self.auto_fit = false;
            }
        }
        if resp.drag_started()
            && let Some(p) = resp.interact_pointer_pos()
        {
            self.dragging = hit(p, self);
        }
        if resp.dragged() {
            match (self.dragging, resp.interact_pointer_pos()) {
                (Some(i), Some(p)) => {
                    if let Some(w) = &self.worker {
                        w.pin(i, to_layout(p, self));
                    }
                }
                _ => {
                    let d = resp.drag_delta() / self.zoom;
                    self.center[0] -= d.x;
                    self.center[1] -= d.y;
                    self.auto_fit = false;
                }
            }
        }
        if resp.drag_stopped() {
            self.dragging = None;
        }
        if resp.clicked()
            && let Some(p) = resp.interact_pointer_pos()
        {
            match hit(p, self) {
                Some(i) => cx.send(Command::Select(Some(Item::Entity(g.nodes[i as usize])))),
                None => cx.send(Command::Select(None)),
            }
        }
        if resp.double_clicked()
            && let Some(p) = resp.interact_pointer_pos()
            && let Some(i) = hit(p, self)
        {
            let e = g.nodes[i as usize];
            if !self.spec.expanded.insert(e) {
                self.spec.expanded.remove(&e);
            }
        }
        // Keyboard: arrows pan, +/- zoom, F fits (when no text field has focus).
        if resp.hovered() && !ui.ctx().egui_wants_keyboard_input() {
            use egui::Key;
            let step = 60.0 / self.zoom;
            ui.input(|i| {
                if i.key_pressed(Key::ArrowLeft) {
                    self.center[0] -= step;
                }
                if i.key_pressed(Key::ArrowRight) {
                    self.center[0] += step;
                }
                if i.key_pressed(Key::ArrowUp) {
                    self.center[1] -= step;
                }
                if i.key_pressed(Key::ArrowDown) {
                    self.center[1] += step;
                }
                if i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals) {
                    self.zoom *= 1.25;
                }
                if i.key_pressed(Key::Minus) {
                    self.zoom /= 1.25;
                }
                if i.key_pressed(Key::F) {
                    self.auto_fit = true;
                }
            });
        }
    }

    fn hover(
        &self,
        ui: &Ui,
        cx: &mut Cx,
        resp: &egui::Response,
        g: &GraphView,
        screen: &[Pos2],
        radius: &dyn Fn(usize) -> f32,
    ) {
        let Some(p) = resp.hover_pos() else { return };
        let model: &Model = &cx.state.model;
        let node = (0..g.nodes.len())
            .filter(|i| screen[*i].distance(p) <= radius(*i) + 3.0)
            .min_by(|a, b| screen[*a].distance(p).total_cmp(&screen[*b].distance(p)));
        if let Some(i) = node {
            let e = model.entity(g.nodes[i]);
            resp.clone().on_hover_ui_at_pointer(|ui| {
                ui.label(RichText::new(e.label()).strong());
                if e.name != e.label() {
                    ui.label(&e.name);
                }
                ui.label(
                    RichText::new(format!("{} · {} · {} links", e.kind, e.etype, g.degree[i]))
                        .weak(),
                );
                ui.label(
                    RichText::new("click: select · double click: expand · drag: pin")
                        .weak()
                        .small(),
                );
            });
            return;
        }
        // The nearest edge within 4 px.
        let mut best: Option<(f32, usize)> = None;
        for (k, e) in g.edges.iter().enumerate() {
            let (a, b) = (screen[e.from as usize], screen[e.to as usize]);
            let d = segment_distance(p, a, b);
            if d <= 4.0 && best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, k));
            }
        }
        if let Some((_, k)) = best {
            let e = &g.edges[k];
            let rel = &model.relations[e.relation as usize];
            let (a, b) = (
                model.entity(g.nodes[e.from as usize]),
                model.entity(g.nodes[e.to as usize]),
            );
            resp.clone().on_hover_ui_at_pointer(|ui| {
                ui.label(
                    RichText::new(format!("{} → {} → {}", a.label(), e.kind, b.label()))
                        .strong()
                        .color(relation_color(e.kind)),
                );
                ui.label(
                    RichText::new(crate::app::widgets::ellipsize(&rel.evidence.text, 240)).weak(),
                );
            });
        }
        let _ = ui;
    }

    fn toolbar_ui(
        &mut self,
        ui: &mut Ui,
        cx: &mut Cx,
        g: &GraphView,
        frame: &crate::app::layout_worker::Frame,
    ) {
        ui.horizontal_wrapped(|ui| {
            for k in EntityKind::ALL {
                let mut on = !self.spec.hidden_kinds.contains(k);
                if ui
                    .checkbox(&mut on, RichText::new(k.as_str()).color(kind_color(*k)))
                    .changed()
                {
                    if on {
                        self.spec.hidden_kinds.remove(k);
                    } else {
                        self.spec.hidden_kinds.insert(*k);
                    }
                }
            }
            ui.menu_button("Relations", |ui| {
                for k in RelationKind::ALL
                    .iter()
                    .filter(|k| **k != RelationKind::Mentions)
                {
                    let mut on = !self.spec.hidden_relations.contains(k);
                    if ui
                        .checkbox(&mut on, RichText::new(k.as_str()).color(relation_color(*k)))
                        .changed()
                    {
                        if on {
                            self.spec.hidden_relations.remove(k);
                        } else {
                            self.spec.hidden_relations.insert(*k);
                        }
                    }
                }
            });
            ui.checkbox(&mut self.spec.hide_isolated, "Hide isolated");
        });
        ui.horizontal_wrapped(|ui| {
            let has_sel = matches!(cx.state.selection, Some(Item::Entity(_)));
            ui.add_enabled_ui(has_sel || self.ego, |ui| {
                ui.toggle_value(&mut self.ego, "◎ Ego view")
                    .on_hover_text("Only the neighbourhood of the selection");
            });
            if self.ego {
                ui.label("depth");
                for d in 1..=3 {
                    ui.selectable_value(&mut self.depth, d, d.to_string());
                }
                ui.selectable_value(&mut self.dir, Dir::Out, "out")
                    .on_hover_text("Follow relations from the selection");
                ui.selectable_value(&mut self.dir, Dir::In, "in")
                    .on_hover_text("Follow relations into the selection");
                ui.selectable_value(&mut self.dir, Dir::Both, "both");
            }
            ui.separator();
            let r = ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text("Find a node")
                    .desired_width(160.0),
            );
            if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                self.centre_on_match(cx, g);
            }
            if ui
                .button("Fit")
                .on_hover_text("Fit the graph to the view (F)")
                .clicked()
            {
                self.auto_fit = true;
            }
            if ui
                .button("Relayout")
                .on_hover_text("Let the layout move again")
                .clicked()
                && let Some(w) = &self.worker
            {
                w.reheat();
            }
            ui.menu_button("Export", |ui| {
                for (f, name) in [
                    (Format::GraphMl, "GraphML…"),
                    (Format::Gexf, "GEXF (Gephi)…"),
                    (Format::Dot, "DOT (Graphviz)…"),
                ] {
                    if ui.button(name).clicked() {
                        let subset = Subset {
                            records: Vec::new(),
                            entities: g.nodes.clone(),
                        };
                        cx.send(Command::ExportSubset(f, subset));
                        ui.close();
                    }
                }
                if ui.button("PNG…").clicked() {
                    if let Some(r) = self.rect {
                        cx.send(Command::ExportPng(r, "stdatlas-graph.png".into()));
                    }
                    ui.close();
                }
            });
            ui.separator();
            let state = if frame.settled {
                "settled".to_owned()
            } else {
                format!("laying out… step {}", frame.steps)
            };
            ui.label(
                RichText::new(format!(
                    "{} nodes · {} edges · {state}",
                    g.nodes.len(),
                    g.edges.len()
                ))
                .weak(),
            );
        });
    }

    fn centre_on_match(&mut self, cx: &mut Cx, g: &GraphView) {
        let q = self.search.trim().to_lowercase();
        if q.is_empty() {
            return;
        }
        let model: &Model = &cx.state.model;
        let found = g.nodes.iter().position(|e| {
            let e = model.entity(*e);
            e.label().to_lowercase().contains(&q)
                || e.name.to_lowercase().contains(&q)
                || e.aliases.iter().any(|a| a.to_lowercase().contains(&q))
        });
        if let (Some(i), Some(w)) = (found, &self.worker) {
            let pos = w.frame().pos;
            if let Some(p) = pos.get(i) {
                self.center = *p;
                self.zoom = self.zoom.max(1.0);
                self.auto_fit = false;
            }
            cx.send(Command::Select(Some(Item::Entity(g.nodes[i]))));
        }
    }

    /// Where a node was drawn last frame (small graphs only).
    pub fn screen_pos(&self, e: EntityId) -> Option<Pos2> {
        self.last_screen.get(&e).copied()
    }

    /// Whether the layout has settled.
    pub fn settled(&self) -> bool {
        self.worker.as_ref().is_none_or(|w| w.frame().settled)
    }

    /// The entities of the graph last built.
    pub fn shown_nodes(&self) -> Vec<EntityId> {
        self.cache
            .as_ref()
            .map(|(_, g)| g.nodes.clone())
            .unwrap_or_default()
    }
}

fn segment_distance(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = ((p - a).dot(ab) / ab.length_sq().max(1e-6)).clamp(0.0, 1.0);
    p.distance(a + ab * t)
}

fn vertex(pos: Pos2, color: Color32) -> Vertex {
    Vertex {
        pos,
        uv: WHITE_UV,
        color,
    }
}

fn triangle(mesh: &mut Mesh, a: Pos2, b: Pos2, c: Pos2, color: Color32) {
    let i = mesh.vertices.len() as u32;
    mesh.vertices
        .extend([vertex(a, color), vertex(b, color), vertex(c, color)]);
    mesh.indices.extend([i, i + 1, i + 2]);
}

fn line_quad(mesh: &mut Mesh, a: Pos2, b: Pos2, width: f32, color: Color32) {
    let d = b - a;
    let len = d.length();
    if len < 0.5 {
        return;
    }
    let n = vec2(-d.y, d.x) / len * (width / 2.0);
    let i = mesh.vertices.len() as u32;
    mesh.vertices.extend([
        vertex(a + n, color),
        vertex(b + n, color),
        vertex(b - n, color),
        vertex(a - n, color),
    ]);
    mesh.indices.extend([i, i + 1, i + 2, i, i + 2, i + 3]);
}

fn polygon(mesh: &mut Mesh, c: Pos2, r: f32, sides: usize, rot: f32, color: Color32) {
    let i = mesh.vertices.len() as u32;
    mesh.vertices.push(vertex(c, color));
    for k in 0..sides {
        let a = rot + k as f32 * std::f32::consts::TAU / sides as f32;
        mesh.vertices
            .push(vertex(c + vec2(a.cos(), a.sin()) * r, color));
    }
    for k in 0..sides as u32 {
        mesh.indices
            .extend([i, i + 1 + k, i + 1 + (k + 1) % sides as u32]);
    }
}

/// Committees are squares, standards circles, instruments diamonds,
/// authorities triangles, organizations hexagons, events inverted triangles.
fn node_shape(mesh: &mut Mesh, kind: EntityKind, c: Pos2, r: f32, color: Color32) {
    use std::f32::consts::{FRAC_PI_2, FRAC_PI_4};
    let sides = if r < 2.5 { 4 } else { 12 };
    match kind {
        EntityKind::Standard => polygon(mesh, c, r, sides, 0.0, color),
        EntityKind::Committee => polygon(mesh, c, r * 1.2, 4, FRAC_PI_4, color),
        EntityKind::Instrument => polygon(mesh, c, r * 1.25, 4, 0.0, color),
        EntityKind::Authority => polygon(mesh, c, r * 1.35, 3, -FRAC_PI_2, color),
        EntityKind::Organization => polygon(mesh, c, r * 1.1, 6, 0.0, color),
        EntityKind::Event => polygon(mesh, c, r * 1.35, 3, FRAC_PI_2, color),
    }
}

/// The legend: node shapes by kind, in the bottom-left corner.
fn legend_ui(ui: &Ui, rect: Rect) {
    let painter = ui.painter_at(rect);
    let font = egui::TextStyle::Small.resolve(ui.style());
    let row = 16.0;
    let kinds = EntityKind::ALL;
    let h = row * kinds.len() as f32 + 8.0;
    let bg = Rect::from_min_size(
        pos2(rect.min.x + 8.0, rect.max.y - h - 8.0),
        Vec2::new(120.0, h),
    );
    painter.rect_filled(bg, 4.0, ui.visuals().window_fill.gamma_multiply(0.9));
    let mut mesh = Mesh::default();
    for (k, kind) in kinds.iter().enumerate() {
        let y = bg.min.y + 4.0 + row * (k as f32 + 0.5);
        node_shape(
            &mut mesh,
            *kind,
            pos2(bg.min.x + 12.0, y),
            4.5,
            kind_color(*kind),
        );
        painter.text(
            pos2(bg.min.x + 24.0, y),
            egui::Align2::LEFT_CENTER,
            kind.as_str(),
            font.clone(),
            ui.visuals().text_color(),
        );
    }
    painter.add(Shape::mesh(mesh));
}
