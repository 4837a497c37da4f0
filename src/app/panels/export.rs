//! The export window: the format, what will be written (the checked items,
//! or everything shown when none is checked), then the save dialog — or a
//! path field when no dialog can be shown.

use super::Cx;
use crate::app::command::Command;
use crate::export::Format;
use egui::{RichText, Ui};

/// The formats offered, with their labels.
pub const FORMATS: [(Format, &str); 8] = [
    (Format::Csv, "CSV — one row per entity"),
    (Format::CsvRecords, "CSV — one row per record"),
    (Format::Json, "JSON — stdatlas.model/1"),
    (Format::Ron, "RON — stdatlas.model/1"),
    (Format::Markdown, "Markdown report"),
    (Format::GraphMl, "GraphML graph"),
    (Format::Gexf, "GEXF graph (Gephi)"),
    (Format::Dot, "DOT graph (Graphviz)"),
];

/// View state of the export window.
pub struct ExportWindow {
    /// The chosen format.
    pub format: Format,
    /// The path field (used when no dialog can be shown).
    pub path: String,
}

impl Default for ExportWindow {
    fn default() -> Self {
        Self {
            format: Format::Csv,
            path: String::new(),
        }
    }
}

impl ExportWindow {
    /// Draws the window when it is open.
    pub fn show(&mut self, ctx: &egui::Context, cx: &mut Cx) {
        if !cx.state.show_export {
            return;
        }
        let mut open = true;
        egui::Window::new("Export")
            .id(egui::Id::unique("export-window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| self.body_ui(ui, cx));
        if !open {
            cx.send(Command::ShowExport(false));
        }
    }

    fn body_ui(&mut self, ui: &mut Ui, cx: &mut Cx) {
        let st = cx.state;
        let what = if st.checked.is_empty() {
            format!(
                "Nothing is checked: all {} items shown will be exported.",
                cx.shown.len()
            )
        } else {
            format!(
                "The {} checked items will be exported, with the relations among them.",
                st.checked.len()
            )
        };
        ui.label(what);
        ui.add_space(4.0);
        for (f, label) in FORMATS {
            ui.radio_value(&mut self.format, f, label);
        }
        ui.add_space(6.0);
        if let Some(reason) = &st.dialog_unavailable {
            ui.label(RichText::new(reason).color(ui.visuals().warn_fg_color));
            ui.horizontal(|ui| {
                ui.label("Save to:");
                ui.add(
                    egui::TextEdit::singleline(&mut self.path)
                        .hint_text(format!("/path/to/export.{}", self.format.extension()))
                        .desired_width(320.0),
                );
                if ui
                    .add_enabled(!self.path.trim().is_empty(), egui::Button::new("Write"))
                    .clicked()
                {
                    cx.send(Command::ExportTo(self.format, self.path.trim().into()));
                }
            });
        } else if ui.button("Save…").clicked() {
            cx.send(Command::ExportDialog(self.format));
        }
    }
}
