//! Drawing the relationship graph: edges and nodes as meshes of simple
//! shapes (one draw call each, whatever the graph size), node shapes by
//! kind, labels placed only where they fit, and the legend.

use crate::app::widgets::kind_color;
use crate::model::{EntityKind, Model};
use crate::views::graph::GraphView;
use egui::epaint::{Mesh, Vertex, WHITE_UV};
use egui::{Color32, Pos2, Rect, Shape, Ui, Vec2, pos2, vec2};
use std::collections::{HashMap, HashSet};

/// What one frame of the graph draws: the graph, where its nodes are on
/// screen, the view, the selection and its neighbours, the node radii.
pub struct Scene<'a> {
    /// The model (names and kinds).
    pub model: &'a Model,
    /// The shown graph.
    pub g: &'a GraphView,
    /// Screen position of each node.
    pub screen: &'a [Pos2],
    /// The view's rectangle.
    pub rect: Rect,
    /// The selected node.
    pub selected: Option<u32>,
    /// Its neighbours.
    pub neighbours: &'a HashSet<u32>,
    /// Screen radius of each node.
    pub radius: &'a dyn Fn(usize) -> f32,
}

/// Labels where they fit: the selection's and its neighbours' always, then
/// by degree, skipping any that would overlap one already placed.
pub fn labels(painter: &egui::Painter, ui: &Ui, scene: &Scene) {
    let Scene {
        model,
        g,
        screen,
        rect,
        selected,
        neighbours,
        radius,
    } = *scene;
    // Priority: the selection, its neighbours, then by degree.
    // Only nodes big enough for a label compete (and the selection's).
    let mut order: Vec<u32> = (0..g.nodes.len() as u32)
        .filter(|i| {
            rect.contains(screen[*i as usize])
                && (radius(*i as usize) >= 4.0 || Some(*i) == selected || neighbours.contains(i))
        })
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

pub fn segment_distance(p: Pos2, a: Pos2, b: Pos2) -> f32 {
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

pub fn triangle(mesh: &mut Mesh, a: Pos2, b: Pos2, c: Pos2, color: Color32) {
    let i = mesh.vertices.len() as u32;
    mesh.vertices
        .extend([vertex(a, color), vertex(b, color), vertex(c, color)]);
    mesh.indices.extend([i, i + 1, i + 2]);
}

pub fn line_quad(mesh: &mut Mesh, a: Pos2, b: Pos2, width: f32, color: Color32) {
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
pub fn node_shape(mesh: &mut Mesh, kind: EntityKind, c: Pos2, r: f32, color: Color32) {
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
pub fn legend_ui(ui: &Ui, rect: Rect) {
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

/// Nodes as filled shapes by kind, culled to the view; nodes away from
/// the selection are dimmed.
pub fn nodes_mesh(scene: &Scene) -> Mesh {
    let Scene {
        model,
        g,
        screen,
        rect,
        selected,
        neighbours,
        radius,
    } = *scene;
    let mut mesh = Mesh::default();
    for (i, e) in g.nodes.iter().enumerate() {
        let p = screen[i];
        let r = radius(i);
        if !rect.expand(r).contains(p) {
            continue;
        }
        let kind = model.entity(*e).kind;
        let dim =
            selected.is_some() && Some(i as u32) != selected && !neighbours.contains(&(i as u32));
        let c = if dim {
            kind_color(kind).gamma_multiply(0.45)
        } else {
            kind_color(kind)
        };
        node_shape(&mut mesh, kind, p, r, c);
    }
    mesh
}
