//! Small windows: the warnings list, the "open a path" field, and error
//! messages that stay until dismissed; plus the drop-files overlay.

use super::Cx;
use crate::app::command::Command;
use crate::ingest::Source;
use egui::{Color32, RichText};

/// View state of the small windows.
#[derive(Default)]
pub struct Windows {
    /// The path field of the open window.
    pub open_path: String,
    /// The path field of the save window.
    pub save_path: String,
}

impl Windows {
    /// Draws whichever of them is open.
    pub fn show(&mut self, ctx: &egui::Context, cx: &mut Cx) {
        self.warnings(ctx, cx);
        self.open_path(ctx, cx);
        self.save_path(ctx, cx);
        self.errors(ctx, cx);
        drop_overlay(ctx);
    }

    fn warnings(&mut self, ctx: &egui::Context, cx: &mut Cx) {
        if !cx.state.show_warnings {
            return;
        }
        let st = cx.state;
        let mut open = true;
        egui::Window::new("Warnings")
            .id(egui::Id::unique("warnings-window"))
            .open(&mut open)
            .default_size([640.0, 360.0])
            .show(ctx, |ui| {
                if st.model.warnings.is_empty() && st.app_warnings.is_empty() {
                    ui.label("No warnings: every file was read.");
                }
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        for w in &st.app_warnings {
                            ui.label(RichText::new(w).color(ui.visuals().warn_fg_color));
                        }
                        egui::Grid::new("warnings")
                            .striped(true)
                            .num_columns(3)
                            .show(ui, |ui| {
                                for w in &st.model.warnings {
                                    ui.label(RichText::new(&w.file).monospace());
                                    ui.label(w.line.map(|l| l.to_string()).unwrap_or_default());
                                    ui.label(&w.message);
                                    ui.end_row();
                                }
                            });
                    });
            });
        if !open {
            cx.send(Command::ShowWarnings(false));
        }
    }

    fn open_path(&mut self, ctx: &egui::Context, cx: &mut Cx) {
        let Some(reason) = cx.state.show_open_path.clone() else {
            return;
        };
        let mut open = true;
        egui::Window::new("Open a corpus")
            .id(egui::Id::unique("open-path-window"))
            .open(&mut open)
            .collapsible(false)
            .show(ctx, |ui| {
                if !reason.is_empty() {
                    ui.label(RichText::new(&reason).color(ui.visuals().warn_fg_color));
                }
                ui.label(
                    "A folder (read recursively) or a .txt/.md file; several separated by ';'.",
                );
                let r = ui
                    .horizontal(|ui| {
                        let l = ui.label("Path:");
                        ui.add(
                            egui::TextEdit::singleline(&mut self.open_path)
                                .hint_text("/path/to/documents")
                                .desired_width(380.0),
                        )
                        .labelled_by(l.id)
                    })
                    .inner;
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button("Open").clicked() || enter) && !self.open_path.trim().is_empty() {
                    let paths = self
                        .open_path
                        .split(';')
                        .map(|p| p.trim().into())
                        .filter(|p: &std::path::PathBuf| !p.as_os_str().is_empty())
                        .collect();
                    cx.send(Command::Open(Source::Paths(paths)));
                    cx.send(Command::CloseOpenPath);
                }
            });
        if !open {
            cx.send(Command::CloseOpenPath);
        }
    }

    fn save_path(&mut self, ctx: &egui::Context, cx: &mut Cx) {
        let Some((name, _)) = &cx.state.pending_save else {
            return;
        };
        let reason = cx.state.dialog_unavailable.clone().unwrap_or_default();
        egui::Window::new(format!("Save {name}"))
            .id(egui::Id::unique("save-path-window"))
            .collapsible(false)
            .show(ctx, |ui| {
                ui.label(RichText::new(&reason).color(ui.visuals().warn_fg_color));
                ui.add(
                    egui::TextEdit::singleline(&mut self.save_path)
                        .hint_text(format!("/path/to/{name}"))
                        .desired_width(420.0),
                );
                if ui.button("Save").clicked() && !self.save_path.trim().is_empty() {
                    cx.send(Command::SaveTo(self.save_path.trim().into()));
                }
            });
    }

    fn errors(&mut self, ctx: &egui::Context, cx: &mut Cx) {
        let errors: Vec<(usize, String)> = cx
            .state
            .notices
            .iter()
            .enumerate()
            .filter(|(_, n)| n.error)
            .map(|(i, n)| (i, n.text.clone()))
            .collect();
        for (i, text) in errors {
            egui::Window::new("Error")
                .id(egui::Id::unique(("error", i)))
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ctx, |ui| {
                    ui.label(RichText::new(&text).color(ui.visuals().error_fg_color));
                    ui.label("Nothing was lost: the corpus and your selection are unchanged.");
                    if ui.button("OK").clicked() {
                        cx.send(Command::DismissNotice(i));
                    }
                });
        }
    }
}

/// Darkens the window while files are dragged over it.
fn drop_overlay(ctx: &egui::Context) {
    let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop"),
    ));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(170));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        "Drop documents or a folder to open them",
        egui::TextStyle::Heading.resolve(&ctx.global_style()),
        Color32::WHITE,
    );
}
