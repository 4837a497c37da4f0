//! The relationship graph: entities as nodes (colour and shape by kind,
//! size by degree), typed relations as edges (colour by kind, arrows when
//! zoomed in, label on hover), laid out by a force-directed layout on its
//! own thread. Drawn with egui's painter as two meshes, culled to the
//! screen; labels only where they fit, always for the selection and its
//! neighbours. Ego view, kind filters, search, pin by dragging, fit, export.

mod draw;
mod toolbar;

use super::Cx;
use crate::app::command::Command;
use crate::app::layout_worker::LayoutWorker;
use crate::app::widgets::relation_color;
use crate::graph::Dir;
use crate::model::{EntityId, Item, Model};
use crate::views::graph::{self, GraphSpec, GraphView};
use egui::epaint::Mesh;
use egui::{Pos2, Rect, RichText, Sense, Shape, Stroke, Ui, vec2};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// What the shown graph depends on: model, the shown rows' generation, spec.
type GraphKey = (u64, u64, GraphSpec);

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
    /// The last edge and node meshes and what they were drawn for.
    meshes: Option<(MeshKey, Arc<Mesh>, Arc<Mesh>)>,
}

/// Most edges drawn in one frame; more are sampled (see `edges_mesh`).
pub const EDGE_BUDGET: usize = 40_000;

/// What the meshes depend on: graph, layout step, camera, view, selection.
type MeshKey = (usize, u64, [u32; 2], u32, [u32; 4], Option<u32>);

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
            meshes: None,
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
        let key: GraphKey = (st.model.revision, cx.shown_gen, spec.clone());
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
        // The meshes are rebuilt only when something they show changed
        // (layout step, camera, selection, graph); a settled, still view
        // reuses them.
        let mesh_key = (
            Arc::as_ptr(&g) as usize,
            frame.steps,
            self.center.map(f32::to_bits),
            self.zoom.to_bits(),
            [rect.min.x, rect.min.y, rect.max.x, rect.max.y].map(f32::to_bits),
            selected,
        );
        let scene = draw::Scene {
            model: &cx.state.model,
            g: &g,
            screen: &screen,
            rect,
            selected,
            neighbours: &neighbours,
            radius: &radius,
        };
        let (edges_mesh, nodes_mesh) = match &self.meshes {
            Some((k, e, n)) if *k == mesh_key => (Arc::clone(e), Arc::clone(n)),
            _ => {
                let e = Arc::new(self.edges_mesh(&g, &screen, rect, selected, &radius));
                let n = Arc::new(draw::nodes_mesh(&scene));
                self.meshes = Some((mesh_key, Arc::clone(&e), Arc::clone(&n)));
                (e, n)
            }
        };
        painter.add(Shape::Mesh(edges_mesh));
        painter.add(Shape::Mesh(nodes_mesh));
        if let Some(s) = selected {
            let p = screen[s as usize];
            painter.circle_stroke(
                p,
                radius(s as usize) + 3.0,
                Stroke::new(2.0, ui.visuals().strong_text_color()),
            );
        }
        draw::labels(&painter, ui, &scene);
        self.hover(ui, cx, &resp, &g, &screen, &radius);
        draw::legend_ui(ui, rect);
        if !frame.settled {
            ui.ctx().request_repaint();
        }
    }

    /// Edges as thin quads, culled to the view; edges shorter than two
    /// pixels (hidden under their nodes when zoomed out) are skipped.
    fn edges_mesh(
        &self,
        g: &GraphView,
        screen: &[Pos2],
        rect: Rect,
        selected: Option<u32>,
        radius: &dyn Fn(usize) -> f32,
    ) -> Mesh {
        let mut mesh = Mesh::default();
        let visible = |a: Pos2, b: Pos2| {
            Rect::from_two_pos(a, b).intersects(rect) && (b - a).length_sq() >= 4.0
        };
        let visible_edges = g
            .edges
            .iter()
            .filter(|e| visible(screen[e.from as usize], screen[e.to as usize]))
            .count();
        let arrows = visible_edges < 4000;
        // Level of detail: past the budget, an even sample of the edges is
        // drawn (every k-th, so the picture is stable); the selection's
        // edges always are. Zooming in brings the rest back.
        let stride = visible_edges.div_ceil(EDGE_BUDGET).max(1);
        let drawn = visible_edges.min(EDGE_BUDGET);
        mesh.reserve_triangles(drawn * 2);
        mesh.reserve_vertices(drawn * 4);
        let mut seen = 0usize;
        for e in &g.edges {
            let (a, b) = (screen[e.from as usize], screen[e.to as usize]);
            let on_sel = selected.is_some_and(|s| e.from == s || e.to == s);
            if !on_sel {
                if !visible(a, b) {
                    continue;
                }
                seen += 1;
                if !seen.is_multiple_of(stride) {
                    continue;
                }
            }
            let c = relation_color(e.kind);
            let c = if on_sel {
                c
            } else {
                c.gamma_multiply(if selected.is_some() { 0.25 } else { 0.55 })
            };
            draw::line_quad(&mut mesh, a, b, if on_sel { 2.0 } else { 1.0 }, c);
            if arrows && (b - a).length() > 24.0 {
                let r = radius(e.to as usize);
                let dir = (b - a).normalized();
                let tip = b - dir * (r + 1.0);
                let side = vec2(-dir.y, dir.x) * 3.5;
                let back = tip - dir * 8.0;
                draw::triangle(&mut mesh, tip, back + side, back - side, c);
            }
        }
        mesh
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
        // The nearest edge within 4 px (not in a sampled hairball).
        if g.edges.len() > EDGE_BUDGET {
            return;
        }
        let mut best: Option<(f32, usize)> = None;
        for (k, e) in g.edges.iter().enumerate() {
            let (a, b) = (screen[e.from as usize], screen[e.to as usize]);
            let d = draw::segment_distance(p, a, b);
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
