//! The document text window: a document with line numbers, scrolled to a
//! line with that line (and the mention in it) highlighted. Virtualized, so
//! a document of a million lines scrolls as fast as a short one.

use super::Cx;
use crate::app::command::Command;
use crate::app::state::SourceView;
use crate::model::DocId;
use crate::views::rows::match_ranges;
use egui::text::LayoutJob;
use egui::{Color32, RichText, TextFormat, Ui};

/// View state of the source window.
#[derive(Default)]
pub struct SourcePanel {
    /// The target last scrolled to.
    scrolled: Option<(DocId, u32)>,
    /// Frames left in which to (re)apply the scroll: a new window's scroll
    /// area clamps the offset until its size is known.
    settle: u8,
}

impl SourcePanel {
    /// Draws the window when a source view is open.
    pub fn show(&mut self, ctx: &egui::Context, cx: &mut Cx) {
        let Some(view) = cx.state.source_view.clone() else {
            self.scrolled = None;
            return;
        };
        let doc = cx.state.model.document(view.document);
        let mut open = true;
        egui::Window::new(format!("Source — {}", doc.file))
            .id(egui::Id::unique("source-window"))
            .open(&mut open)
            .default_size([760.0, 520.0])
            .resizable(true)
            .show(ctx, |ui| self.body_ui(ui, cx, &view));
        if !open {
            cx.send(Command::CloseSource);
        }
    }

    fn body_ui(&mut self, ui: &mut Ui, cx: &mut Cx, view: &SourceView) {
        let doc = cx.state.model.document(view.document);
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!(
                    "{} · {} · line {} of {}",
                    doc.title,
                    doc.kind,
                    view.line,
                    doc.line_count()
                ))
                .weak(),
            );
        });
        ui.separator();
        let row_h = ui.text_style_height(&egui::TextStyle::Monospace) + 2.0;
        let mut area = egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .animated(false);
        if self.scrolled != Some((view.document, view.line)) {
            self.scrolled = Some((view.document, view.line));
            self.settle = 3;
        }
        if self.settle > 0 {
            self.settle -= 1;
            ui.ctx().request_repaint();
            // show_rows spaces rows by their height plus the item spacing;
            // a few lines of context stay above the target.
            let pitch = row_h + ui.spacing().item_spacing.y;
            area = area.vertical_scroll_offset(((view.line as f32 - 9.0) * pitch).max(0.0));
        }
        let digits = doc.line_count().to_string().len();
        let mono = egui::TextStyle::Monospace.resolve(ui.style());
        let text_color = ui.visuals().text_color();
        let weak = ui.visuals().weak_text_color();
        let line_bg = if ui.visuals().dark_mode {
            Color32::from_rgb(0x4a, 0x3f, 0x10)
        } else {
            Color32::from_rgb(0xff, 0xf1, 0xb8)
        };
        area.show_rows(ui, row_h, doc.line_count(), |ui, range| {
            for n in range {
                let n = n as u32 + 1;
                let text = doc.line(n);
                let target = n == view.line;
                let mut job = LayoutJob::default();
                let bg = if target {
                    line_bg
                } else {
                    Color32::TRANSPARENT
                };
                job.append(
                    &format!("{n:>digits$}  "),
                    0.0,
                    TextFormat {
                        background: bg,
                        ..TextFormat::simple(mono.clone(), weak)
                    },
                );
                let plain = TextFormat {
                    background: bg,
                    ..TextFormat::simple(mono.clone(), text_color)
                };
                let ranges = match (&view.needle, target) {
                    (Some(needle), true) => match_ranges(text, needle),
                    _ => Vec::new(),
                };
                let mut at = 0;
                for (s, e) in ranges {
                    job.append(&text[at..s], 0.0, plain.clone());
                    job.append(
                        &text[s..e],
                        0.0,
                        TextFormat {
                            background: Color32::from_rgb(0xf2, 0xc9, 0x4c),
                            ..TextFormat::simple(mono.clone(), Color32::BLACK)
                        },
                    );
                    at = e;
                }
                job.append(&text[at..], 0.0, plain.clone());
                ui.add(egui::Label::new(job).extend());
            }
        });
    }
}
