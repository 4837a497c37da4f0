//! The status bar: corpus summary, warnings count (click to list them),
//! the export selection, load progress with cancel, the latest message.

use super::Cx;
use crate::app::command::Command;
use egui::{RichText, Ui};

/// The status bar (no view state of its own).
#[derive(Default)]
pub struct StatusBar;

impl StatusBar {
    /// Draws the bar.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx) {
        let st = cx.state;
        let m = &st.model;
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} · {} documents · {} records · {} entities · {} relations",
                st.source.describe(),
                m.documents.len(),
                m.records.len(),
                m.entities.len(),
                m.relations.len()
            ));
            ui.separator();
            let n = m.warnings.len() + st.app_warnings.len();
            let text = format!("⚠ {n} warning{}", if n == 1 { "" } else { "s" });
            let label = if n > 0 {
                RichText::new(text).color(ui.visuals().warn_fg_color)
            } else {
                RichText::new(text).weak()
            };
            if ui
                .button(label)
                .on_hover_text("List the warnings with file and line")
                .clicked()
            {
                cx.send(Command::ShowWarnings(true));
            }
            ui.separator();
            ui.label(format!(
                "{} shown · {} checked",
                cx.shown.len(),
                st.checked.len()
            ));
            if let Some(l) = cx.loading {
                ui.separator();
                ui.label(format!("Loading {}…", l.source.describe()));
                ui.add(
                    egui::ProgressBar::new(l.progress.fraction())
                        .desired_width(140.0)
                        .show_percentage(),
                );
                if ui.button("Cancel").clicked() {
                    cx.send(Command::CancelLoad);
                }
            }
            if let Some(n) = st.notices.iter().rev().find(|n| !n.error) {
                ui.separator();
                ui.label(RichText::new(&n.text).weak());
            }
        });
    }
}
