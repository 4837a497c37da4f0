//! The records table: entities and document records that pass the shared
//! filters, with facet filters, sortable columns, search highlighting and a
//! checkbox per row for the export selection. Rows are virtualized, so a
//! quarter of a million rows draw as fast as fifty.

use super::Cx;
use crate::app::command::Command;
use crate::app::state::Focus;
use crate::app::widgets::{highlighted_ui, kind_chip_ui};
use crate::model::{EntityKind, Item, PartialDate};
use crate::views::rows::{self, Column};
use egui::{Key, RichText, Ui};
use egui_extras::{Column as Col, TableBuilder};
use std::collections::BTreeSet;

/// View state of the table.
#[derive(Default)]
pub struct RecordsPanel {
    /// Date-range fields as typed.
    since: String,
    until: String,
    /// The filter values the fields were last synced from.
    synced: Option<(Option<PartialDate>, Option<PartialDate>)>,
    /// Scroll to this row next frame.
    scroll_to: Option<usize>,
    /// The selection the table last scrolled to.
    last_selection: Option<Item>,
}

impl RecordsPanel {
    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx) {
        self.toolbar_ui(ui, cx);
        self.facets_ui(ui, cx);
        ui.separator();
        if let Some(e) = cx.shown_error {
            ui.colored_label(ui.visuals().error_fg_color, e);
            return;
        }
        self.keys(ui, cx);
        if cx.state.selection != self.last_selection {
            self.last_selection = cx.state.selection;
            if let Some(sel) = cx.state.selection
                && self.scroll_to.is_none()
            {
                self.scroll_to = cx.shown.iter().position(|i| *i == sel);
            }
        }
        egui::ScrollArea::horizontal()
            .id_salt("records-h")
            .auto_shrink([false, false])
            .show(ui, |ui| self.table_ui(ui, cx));
    }

    fn toolbar_ui(&mut self, ui: &mut Ui, cx: &mut Cx) {
        let st = cx.state;
        ui.horizontal_wrapped(|ui| {
            ui.label("Show:");
            let kinds = st.filter.base.kinds.clone();
            for k in EntityKind::ALL {
                let mut on = kinds.as_ref().is_none_or(|s| s.contains(k));
                if ui
                    .checkbox(
                        &mut on,
                        RichText::new(k.as_str()).color(crate::app::widgets::kind_color(*k)),
                    )
                    .changed()
                {
                    let mut set: BTreeSet<EntityKind> = kinds
                        .clone()
                        .unwrap_or_else(|| EntityKind::ALL.iter().copied().collect());
                    if on {
                        set.insert(*k);
                    } else {
                        set.remove(k);
                    }
                    let all = set.len() == EntityKind::ALL.len();
                    cx.send(Command::SetKinds(
                        (!all).then_some(set),
                        st.filter.base.records,
                    ));
                }
            }
            let mut recs = st.filter.base.records;
            if ui.checkbox(&mut recs, "records").changed() {
                cx.send(Command::SetKinds(kinds.clone(), recs));
            }
        });
    }

    fn facets_ui(&mut self, ui: &mut Ui, cx: &mut Cx) {
        let st = cx.state;
        let f = &st.filter;
        if self.synced != Some((f.base.since, f.base.until)) {
            self.synced = Some((f.base.since, f.base.until));
            self.since = f.base.since.map(|d| d.to_string()).unwrap_or_default();
            self.until = f.base.until.map(|d| d.to_string()).unwrap_or_default();
        }
        ui.horizontal_wrapped(|ui| {
            facet_menu_ui(ui, "Type", &st.index.types, &f.types, cx, Command::SetTypes);
            facet_menu_ui(
                ui,
                "Status",
                &st.index.statuses,
                &f.statuses,
                cx,
                Command::SetStatuses,
            );
            let docs: Vec<String> = st.model.documents.iter().map(|d| d.file.clone()).collect();
            facet_menu_ui(
                ui,
                "Document",
                &docs,
                &f.documents,
                cx,
                Command::SetDocuments,
            );
            ui.separator();
            ui.label("From");
            let a = ui.add(
                egui::TextEdit::singleline(&mut self.since)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(80.0),
            );
            ui.label("to");
            let b = ui.add(
                egui::TextEdit::singleline(&mut self.until)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(80.0),
            );
            let commit = (a.lost_focus() || b.lost_focus())
                || ui.input(|i| i.key_pressed(Key::Enter)) && (a.has_focus() || b.has_focus());
            let parse = |s: &str| (!s.trim().is_empty()).then(|| PartialDate::parse_iso(s.trim()));
            let (ps, pu) = (parse(&self.since), parse(&self.until));
            let bad = matches!(ps, Some(None)) || matches!(pu, Some(None));
            if bad {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    "dates are YYYY, YYYY-MM or YYYY-MM-DD",
                );
            } else if commit {
                let (s, u) = (ps.flatten(), pu.flatten());
                if (s, u) != (f.base.since, f.base.until) {
                    cx.send(Command::SetDateRange(s, u));
                }
            }
            if !f.is_empty() && ui.button("Clear filters").clicked() {
                cx.send(Command::ClearFilters);
            }
        });
        ui.horizontal(|ui| {
            let n = cx.shown.len();
            ui.label(RichText::new(format!("{n} shown")).strong());
            ui.label(format!("· {} checked", st.checked.len()));
            if ui
                .button("Select all shown")
                .on_hover_text("Check every row shown for export")
                .clicked()
            {
                cx.send(Command::CheckAllShown);
            }
            if !st.checked.is_empty() && ui.button("Uncheck all").clicked() {
                cx.send(Command::UncheckAll);
            }
        });
    }

    fn table_ui(&mut self, ui: &mut Ui, cx: &mut Cx) {
        let st = cx.state;
        let query = st.filter.base.query.clone().unwrap_or_default();
        let row_h = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        // Clicks on cell text select the row rather than start a text selection.
        ui.style_mut().interaction.selectable_labels = false;
        let mut table = TableBuilder::new(ui)
            .id_salt("records")
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Col::exact(22.0))
            .column(Col::initial(80.0).at_least(50.0))
            .column(Col::initial(140.0).at_least(60.0).clip(true))
            .column(Col::initial(320.0).at_least(120.0).clip(true))
            .column(Col::initial(90.0).at_least(40.0).clip(true))
            .column(Col::initial(110.0).at_least(40.0).clip(true))
            .column(Col::initial(110.0).at_least(40.0).clip(true))
            .column(Col::initial(84.0).at_least(60.0))
            .column(Col::initial(200.0).at_least(80.0).clip(true))
            .min_scrolled_height(0.0);
        if let Some(r) = self.scroll_to.take() {
            table = table.scroll_to_row(r, Some(egui::Align::Center));
        }
        let (sort_col, desc) = st.sort;
        table
            .header(row_h, |mut header| {
                header.col(|_| {});
                for c in Column::ALL {
                    header.col(|ui| {
                        let arrow = if c == sort_col {
                            if desc { " ⏷" } else { " ⏶" }
                        } else {
                            ""
                        };
                        let r = ui.selectable_label(
                            c == sort_col,
                            RichText::new(format!("{}{arrow}", c.title())).strong(),
                        );
                        if r.clicked() {
                            cx.send(Command::SortBy(c, c == sort_col && !desc));
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(row_h, cx.shown.len(), |mut row| {
                    let item = cx.shown[row.index()];
                    row.set_selected(st.selection == Some(item));
                    row.col(|ui| {
                        let mut on = st.checked.contains(&item);
                        if ui
                            .checkbox(&mut on, "")
                            .on_hover_text("Check for export")
                            .changed()
                        {
                            cx.send(Command::SetChecked(item, on));
                        }
                    });
                    row.col(|ui| {
                        let kind = match item {
                            Item::Entity(e) => Some(st.model.entity(e).kind),
                            Item::Record(_) => None,
                        };
                        kind_chip_ui(ui, kind);
                    });
                    for c in &Column::ALL[1..] {
                        row.col(|ui| {
                            let text = rows::cell(&st.model, &st.index, item, *c);
                            if matches!(c, Column::Code | Column::Name) {
                                highlighted_ui(ui, &text, &query, *c == Column::Code);
                            } else {
                                ui.add(egui::Label::new(text.as_ref()).truncate());
                            }
                        });
                    }
                    let r = row.response();
                    if r.clicked() {
                        cx.send(Command::SetFocus(Focus::Table));
                        cx.send(Command::Select(Some(item)));
                    }
                    if r.double_clicked() {
                        cx.send(Command::ShowDetails(true));
                    }
                });
            });
    }

    /// Up/down move the selection through the shown rows; Enter opens details.
    fn keys(&mut self, ui: &Ui, cx: &mut Cx) {
        if cx.state.focus != Focus::Table || !Cx::keys_free(ui) || cx.shown.is_empty() {
            return;
        }
        let (up, down, enter) = ui.input(|i| {
            (
                i.key_pressed(Key::ArrowUp),
                i.key_pressed(Key::ArrowDown),
                i.key_pressed(Key::Enter),
            )
        });
        let pos = cx
            .state
            .selection
            .and_then(|s| cx.shown.iter().position(|i| *i == s));
        let next = match (pos, up, down) {
            (None, true, _) | (None, _, true) => Some(0),
            (Some(i), _, true) if i + 1 < cx.shown.len() => Some(i + 1),
            (Some(i), true, _) if i > 0 => Some(i - 1),
            _ => None,
        };
        if let Some(n) = next {
            self.scroll_to = Some(n);
            cx.send(Command::Select(Some(cx.shown[n])));
        }
        if enter && pos.is_some() {
            cx.send(Command::ShowDetails(true));
        }
    }
}

/// A drop-down of checkboxes for one facet; an empty choice keeps all.
fn facet_menu_ui(
    ui: &mut Ui,
    name: &str,
    values: &[String],
    chosen: &BTreeSet<String>,
    cx: &mut Cx,
    make: fn(BTreeSet<String>) -> Command,
) -> egui::Response {
    let title = if chosen.is_empty() {
        format!("{name}: all")
    } else {
        format!("{name}: {}", chosen.len())
    };
    ui.menu_button(title, |ui| {
        if values.is_empty() {
            ui.label(RichText::new("none in this corpus").weak());
        }
        if !chosen.is_empty() && ui.button("All").clicked() {
            cx.send(make(BTreeSet::new()));
        }
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                for v in values {
                    let mut on = chosen.contains(v);
                    if ui.checkbox(&mut on, v).changed() {
                        let mut next = chosen.clone();
                        if on {
                            next.insert(v.clone());
                        } else {
                            next.remove(v);
                        }
                        cx.send(make(next));
                    }
                }
            });
    })
    .response
}
