//! The top bar: Open (folder, files, path, recent, bundled), Export, the
//! search box and the light/dark toggle.

use super::Cx;
use crate::app::command::Command;
use crate::ingest::Source;
use egui::{Key, Ui};

/// View state of the top bar: the search text as typed.
#[derive(Default)]
pub struct TopBar {
    /// The search box's text.
    pub search: String,
    /// The query the box was last synced from.
    synced: Option<String>,
    /// Recent corpora to offer (set by the app from settings).
    pub recent: Vec<Vec<std::path::PathBuf>>,
    /// When the search text last changed but was not applied yet (large corpora).
    typed_at: Option<f64>,
}

/// Above this many items, the search applies when typing pauses.
const LARGE: usize = 50_000;
/// How long typing must pause, in seconds.
const DEBOUNCE: f64 = 0.3;

/// Id of the search box, so Ctrl+F can focus it.
pub fn search_id() -> egui::Id {
    egui::Id::unique("stdatlas-search")
}

impl TopBar {
    /// Draws the bar.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx) {
        let st = cx.state;
        let q = st.filter.base.query.clone().unwrap_or_default();
        if self.synced.as_ref() != Some(&q) {
            self.search = q.clone();
            self.synced = Some(q);
        }
        ui.horizontal(|ui| {
            ui.menu_button("📂 Open", |ui| {
                if ui
                    .add(egui::Button::new("Open folder…").shortcut_text("Ctrl+O"))
                    .clicked()
                {
                    cx.send(Command::OpenFolderDialog);
                    ui.close();
                }
                if ui.button("Open files…").clicked() {
                    cx.send(Command::OpenFilesDialog);
                    ui.close();
                }
                if ui.button("Open a path…").clicked() {
                    cx.send(Command::ShowOpenPath(None));
                    ui.close();
                }
                if ui.button("Bundled corpus").clicked() {
                    cx.send(Command::Open(Source::Bundled));
                    ui.close();
                }
                ui.separator();
                ui.menu_button("Recent", |ui| {
                    if self.recent.is_empty() {
                        ui.label("Nothing yet");
                    }
                    for paths in &self.recent {
                        let label = Source::Paths(paths.clone()).describe();
                        if ui.button(label).clicked() {
                            cx.send(Command::Open(Source::Paths(paths.clone())));
                            ui.close();
                        }
                    }
                });
            });
            if ui
                .add(egui::Button::new("⮉ Export…"))
                .on_hover_text("Export the checked items, or all shown (Ctrl+E)")
                .clicked()
            {
                cx.send(Command::ShowExport(true));
            }
            ui.separator();
            let label = ui.label("🔍").on_hover_text("Search");
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.search)
                        .id(search_id())
                        .hint_text("Search names, codes, aliases, text (Ctrl+F)")
                        .desired_width(360.0),
                )
                .labelled_by(label.id);
            if st.focus_search {
                r.request_focus();
            }
            if r.changed() {
                // Small corpora filter on every key; large ones once typing
                // pauses (re-filtering 250,000 rows takes ~0.1 s).
                let large = st.model.records.len() + st.model.entities.len() > LARGE;
                if large {
                    self.typed_at = Some(ui.input(|i| i.time));
                } else {
                    self.synced = Some(self.search.clone());
                    cx.send(Command::SetQuery(self.search.clone()));
                }
            }
            if let Some(t) = self.typed_at {
                let now = ui.input(|i| i.time);
                if now - t >= DEBOUNCE || ui.input(|i| i.key_pressed(Key::Enter)) {
                    self.typed_at = None;
                    self.synced = Some(self.search.clone());
                    cx.send(Command::SetQuery(self.search.clone()));
                } else {
                    ui.ctx()
                        .request_repaint_after(std::time::Duration::from_secs_f64(
                            DEBOUNCE - (now - t),
                        ));
                }
            }
            if r.has_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
                self.search.clear();
                cx.send(Command::SetQuery(String::new()));
            }
            if !self.search.is_empty()
                && ui
                    .small_button("✖")
                    .on_hover_text("Clear the search")
                    .clicked()
            {
                cx.send(Command::SetQuery(String::new()));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let (icon, tip) = if st.dark {
                    ("☀", "Light theme")
                } else {
                    ("🌙", "Dark theme")
                };
                if ui.button(icon).on_hover_text(tip).clicked() {
                    cx.send(Command::SetDark(!st.dark));
                }
                if !st.show_details && ui.button("Details ▸").clicked() {
                    cx.send(Command::ShowDetails(true));
                }
            });
        });
    }
}
