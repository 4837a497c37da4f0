//! The graph view's toolbar: node and relation kinds, isolated nodes, the
//! ego view (depth, direction), find a node, fit, relayout, export.

use super::GraphPanel;
use crate::app::command::Command;
use crate::app::panels::Cx;
use crate::app::widgets::{kind_color, relation_color};
use crate::export::{Format, Subset};
use crate::graph::Dir;
use crate::model::{EntityKind, Item, Model, RelationKind};
use crate::views::graph::GraphView;
use egui::{RichText, Ui};

impl GraphPanel {
    pub(super) fn toolbar_ui(
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
            if g.edges.len() > super::EDGE_BUDGET {
                ui.label(
                    RichText::new("(edges sampled when zoomed out)")
                        .weak()
                        .small(),
                )
                .on_hover_text(
                    "Past 40,000 visible edges an even sample is drawn; zoom in to see them all",
                );
            }
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
}
