//! The committee tree: roots (SAC, ministries' and international bodies) →
//! TC → SC → WG, with each node's full name and the standards and mentions
//! under it. Selecting a node filters every view to it and its
//! sub-committees.

use super::Cx;
use crate::app::command::Command;
use crate::app::state::Focus;
use crate::model::{EntityId, Item};
use crate::views::TreeRow;
use egui::{Key, RichText, Ui};
use std::collections::HashSet;

/// View state of the tree.
#[derive(Default)]
pub struct TreePanel {
    /// Filter text.
    pub filter: String,
    /// Expanded nodes.
    pub expanded: HashSet<EntityId>,
    /// The selection the tree last revealed (to expand its ancestors once).
    revealed: Option<EntityId>,
    /// Scroll to the selected row on the next frame.
    scroll_to_selected: bool,
    /// Model revision the expansion belongs to.
    revision: u64,
}

impl TreePanel {
    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx) {
        let st = cx.state;
        if self.revision != st.model.revision {
            self.revision = st.model.revision;
            self.expanded = st.tree.roots.iter().map(|r| r.id).collect();
        }
        let selected = match st.selection {
            Some(Item::Entity(e)) => Some(e),
            _ => None,
        };
        // Reveal a selection made elsewhere.
        if selected != self.revealed {
            self.revealed = selected;
            if let Some(id) = selected {
                let path = st.tree.path_to(id);
                if !path.is_empty() || st.tree.roots.iter().any(|r| r.id == id) {
                    self.expanded.extend(path);
                    self.scroll_to_selected = true;
                }
            }
        }
        ui.horizontal(|ui| {
            ui.heading("Committees");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .small_button("Collapse")
                    .on_hover_text("Collapse all")
                    .clicked()
                {
                    self.expanded.clear();
                }
                if ui
                    .small_button("Expand")
                    .on_hover_text("Expand all")
                    .clicked()
                {
                    self.expanded = st.tree.inner_nodes();
                }
            });
        });
        ui.add(
            egui::TextEdit::singleline(&mut self.filter)
                .hint_text("Filter committees")
                .desired_width(f32::INFINITY),
        );
        if let Some(c) = st.committee {
            ui.horizontal(|ui| {
                ui.label(RichText::new("Filtering to").weak());
                ui.label(RichText::new(st.model.entity(c).label()).strong());
                if ui
                    .small_button("✖")
                    .on_hover_text("Clear the committee filter")
                    .clicked()
                {
                    cx.send(Command::SetCommittee(None));
                }
            });
        }
        ui.separator();
        let rows = st.tree.rows(&st.model, &self.expanded, &self.filter);
        if rows.is_empty() {
            ui.label(RichText::new("No committees in this corpus match.").weak());
            return;
        }
        self.keys(ui, cx, &rows, selected);
        let row_h = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let mut area = egui::ScrollArea::both().auto_shrink([false, false]);
        if self.scroll_to_selected {
            self.scroll_to_selected = false;
            if let Some(i) = rows.iter().position(|r| Some(r.id) == selected) {
                let avail = ui.available_height();
                let pitch = row_h + ui.spacing().item_spacing.y;
                area = area.vertical_scroll_offset((i as f32 * pitch - avail / 2.0).max(0.0));
            }
        }
        area.show_rows(ui, row_h, rows.len(), |ui, range| {
            for row in &rows[range] {
                self.row_ui(ui, cx, row, selected == Some(row.id));
            }
        });
    }

    fn row_ui(&mut self, ui: &mut Ui, cx: &mut Cx, row: &TreeRow, selected: bool) {
        let e = cx.state.model.entity(row.id);
        ui.horizontal(|ui| {
            ui.add_space(row.depth as f32 * 14.0);
            if row.has_children {
                let icon = if row.expanded { "⏷" } else { "⏵" };
                if ui.small_button(icon).clicked() {
                    self.toggle(row.id);
                }
            } else {
                ui.add_space(ui.spacing().interact_size.y);
            }
            let code = e.label();
            let text = if e.code.is_some() && e.name != code && !e.name.is_empty() {
                format!("{code}  {}", e.name)
            } else {
                code.to_owned()
            };
            let r = ui.selectable_label(selected, text).on_hover_ui(|ui| {
                ui.label(RichText::new(&e.name).strong());
                ui.label(format!(
                    "{} standards · {} mentions under it",
                    row.standards, row.mentions
                ));
            });
            if r.clicked() {
                cx.send(Command::SetFocus(Focus::Tree));
                cx.send(Command::Select(Some(Item::Entity(row.id))));
                cx.send(Command::SetCommittee(Some(row.id)));
            }
            if r.double_clicked() {
                self.toggle(row.id);
            }
            ui.label(
                RichText::new(format!("{} · {}", row.standards, row.mentions))
                    .weak()
                    .small(),
            )
            .on_hover_text("standards · mentions under it");
        });
    }

    fn toggle(&mut self, id: EntityId) {
        if !self.expanded.remove(&id) {
            self.expanded.insert(id);
        }
    }

    /// Arrow keys when the tree has focus: up/down move, right expands,
    /// left collapses (or goes to the parent), Enter opens details.
    fn keys(&mut self, ui: &Ui, cx: &mut Cx, rows: &[TreeRow], selected: Option<EntityId>) {
        if cx.state.focus != Focus::Tree || !Cx::keys_free(ui) {
            return;
        }
        let pos = rows.iter().position(|r| Some(r.id) == selected);
        let (up, down, left, right, enter) = ui.input(|i| {
            (
                i.key_pressed(Key::ArrowUp),
                i.key_pressed(Key::ArrowDown),
                i.key_pressed(Key::ArrowLeft),
                i.key_pressed(Key::ArrowRight),
                i.key_pressed(Key::Enter),
            )
        });
        let go = |cx: &mut Cx, id: EntityId| {
            cx.send(Command::Select(Some(Item::Entity(id))));
            cx.send(Command::SetCommittee(Some(id)));
        };
        match pos {
            None if up || down => go(cx, rows[0].id),
            Some(i) => {
                let r = rows[i];
                if down && i + 1 < rows.len() {
                    go(cx, rows[i + 1].id);
                    self.scroll_to_selected = true;
                } else if up && i > 0 {
                    go(cx, rows[i - 1].id);
                    self.scroll_to_selected = true;
                } else if right && r.has_children {
                    self.expanded.insert(r.id);
                } else if left && r.expanded {
                    self.expanded.remove(&r.id);
                } else if left && r.depth > 0 {
                    if let Some(p) = rows[..i].iter().rev().find(|p| p.depth < r.depth) {
                        go(cx, p.id);
                    }
                } else if enter {
                    cx.send(Command::ShowDetails(true));
                }
            }
            None => {}
        }
    }
}
