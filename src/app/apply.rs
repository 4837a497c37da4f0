//! Applying commands to shared state, loading and exporting, and moving
//! view settings in and out of [`Settings`].

use super::dialogs::Picked;
use super::loader::{Loading, Outcome};
use super::state::{SourceView, Tab};
use super::{AtlasApp, Command};
use crate::export::{self, Format, Subset};
use crate::ingest::Source;
use crate::model::{EntityKind, Item, PartialDate};
use crate::views::Column;
use std::collections::BTreeSet;
use std::path::PathBuf;

impl AtlasApp {
    /// Applies every queued command, then refreshes derived view data.
    pub fn apply_pending(&mut self) {
        while !self.pending.is_empty() {
            let batch = std::mem::take(&mut self.pending);
            for c in batch {
                self.apply(c);
            }
        }
        self.refresh_shown();
    }

    fn apply(&mut self, c: Command) {
        let st = &mut self.state;
        match c {
            Command::Select(item) => {
                st.selection = item;
            }
            Command::SetChecked(item, on) => {
                if on {
                    st.checked.insert(item);
                } else {
                    st.checked.remove(&item);
                }
            }
            Command::CheckAllShown => st.checked.extend(self.shown.iter().copied()),
            Command::UncheckAll => st.checked.clear(),
            Command::SetQuery(q) => {
                st.filter.base.query = (!q.trim().is_empty()).then_some(q);
            }
            Command::SetCommittee(c) => {
                st.committee = c;
                st.filter.base.committee = c.map(|c| st.model.entity(c).key.clone());
            }
            Command::SetKinds(kinds, records) => {
                st.filter.base.kinds = kinds;
                st.filter.base.records = records;
            }
            Command::SetDateRange(since, until) => {
                st.filter.base.since = since;
                st.filter.base.until = until;
            }
            Command::SetTypes(t) => st.filter.types = t,
            Command::SetStatuses(s) => st.filter.statuses = s,
            Command::SetDocuments(d) => st.filter.documents = d,
            Command::ClearFilters => {
                st.filter = Default::default();
                st.committee = None;
            }
            Command::SortBy(col, desc) => st.sort = (col, desc),
            Command::SetTab(t) => st.tab = t,
            Command::SetFocus(f) => st.focus = f,
            Command::SetDark(d) => {
                st.dark = d;
                self.ctx.set_theme(theme(d));
            }
            Command::ShowDetails(s) => st.show_details = s,
            Command::ShowSource(document, line, needle) => {
                if document.index() < st.model.documents.len() {
                    st.source_view = Some(SourceView {
                        document,
                        line,
                        needle,
                    });
                }
            }
            Command::CloseSource => st.source_view = None,
            Command::ShowWarnings(s) => st.show_warnings = s,
            Command::ShowExport(s) => st.show_export = s,
            Command::ShowOpenPath(reason) => st.show_open_path = Some(reason.unwrap_or_default()),
            Command::CloseOpenPath => st.show_open_path = None,
            Command::OpenFolderDialog => match self.dialogs.pick_folder() {
                Picked::Chosen(p) => self.start_load(Source::Paths(vec![p])),
                Picked::Cancelled => {}
                Picked::Unavailable(why) => self.dialog_unavailable(why),
            },
            Command::OpenFilesDialog => match self.dialogs.pick_files() {
                Picked::Chosen(p) if !p.is_empty() => self.start_load(Source::Paths(p)),
                Picked::Chosen(_) | Picked::Cancelled => {}
                Picked::Unavailable(why) => self.dialog_unavailable(why),
            },
            Command::Open(source) => self.start_load(source),
            Command::CancelLoad => {
                if let Some(l) = &self.loading {
                    l.cancel();
                }
            }
            Command::ExportDialog(format) => {
                let name = format!("stdatlas-export.{}", format.extension());
                match self.dialogs.save_file(&name, format.extension()) {
                    Picked::Chosen(path) => self.export_to(format, &path),
                    Picked::Cancelled => {}
                    Picked::Unavailable(why) => self.dialog_unavailable(why),
                }
            }
            Command::ExportTo(format, path) => self.export_to(format, &path),
            Command::ExportSubset(format, subset) => {
                let name = format!("stdatlas-graph.{}", format.extension());
                match export::render(&self.state.model, &subset, format) {
                    Ok(bytes) => self.send(Command::SaveFile(
                        name,
                        format.extension(),
                        std::sync::Arc::new(bytes),
                    )),
                    Err(e) => self.notify(true, format!("Export failed: {e}")),
                }
            }
            Command::SaveFile(name, ext, bytes) => match self.dialogs.save_file(&name, ext) {
                Picked::Chosen(path) => self.write_file(&path, &bytes),
                Picked::Cancelled => {}
                Picked::Unavailable(why) => {
                    self.state.dialog_unavailable = Some(why.clone());
                    self.state.pending_save = Some((name, bytes));
                }
            },
            Command::SaveTo(path) => {
                if let Some((_, bytes)) = self.state.pending_save.take() {
                    self.write_file(&path, &bytes);
                }
            }
            Command::ExportPng(rect, name) => {
                let slot = std::sync::Arc::clone(&self.snapshot);
                let ctx = self.ctx.clone();
                self.ctx
                    .send_viewport_cmd(egui::ViewportCommand::Screenshot(
                        egui::ScreenshotCallback::new(move |image| {
                            if let Ok(mut s) = slot.lock() {
                                *s = Some((image, rect, name));
                            }
                            ctx.request_repaint();
                        }),
                    ));
            }
            Command::FocusSearch => st.focus_search = true,
            Command::DismissNotice(i) => {
                if i < st.notices.len() {
                    st.notices.remove(i);
                }
            }
        }
    }

    fn write_file(&mut self, path: &std::path::Path, bytes: &[u8]) {
        match export::write_atomic(path, bytes) {
            Ok(()) => self.notify(false, format!("Saved {}", path.display())),
            Err(e) => self.notify(true, format!("Could not save: {e}")),
        }
    }

    /// Turns a finished screenshot into a PNG of the asked rectangle and
    /// asks where to save it.
    pub(super) fn poll_snapshot(&mut self) {
        let taken = self.snapshot.lock().ok().and_then(|mut s| s.take());
        let Some((image, rect, name)) = taken else {
            return;
        };
        let ppp = self.ctx.pixels_per_point();
        match png_of(&image, rect, ppp) {
            Ok(bytes) => self.send(Command::SaveFile(name, "png", std::sync::Arc::new(bytes))),
            Err(e) => self.notify(true, format!("Could not make the image: {e}")),
        }
    }

    fn dialog_unavailable(&mut self, why: String) {
        self.state.dialog_unavailable = Some(why.clone());
        if !self.state.show_export {
            self.state.show_open_path = Some(why);
        }
    }

    /// What an export writes: the checked items, or all shown when none is.
    pub fn export_subset(&self) -> Subset {
        let items: Vec<Item> = if self.state.checked.is_empty() {
            self.shown.to_vec()
        } else {
            self.state.checked.iter().copied().collect()
        };
        let mut s = Subset::default();
        for i in items {
            match i {
                Item::Entity(e) => s.entities.push(e),
                Item::Record(r) => s.records.push(r),
            }
        }
        s.entities.sort();
        s.records.sort();
        s
    }

    fn export_to(&mut self, format: Format, path: &std::path::Path) {
        let subset = self.export_subset();
        let result = export::render(&self.state.model, &subset, format)
            .and_then(|bytes| export::write_atomic(path, &bytes));
        match result {
            Ok(()) => {
                self.state.show_export = false;
                self.notify(
                    false,
                    format!(
                        "Exported {} entities and {} records to {}",
                        subset.entities.len(),
                        subset.records.len(),
                        path.display()
                    ),
                );
            }
            Err(e) => self.notify(true, format!("Export failed: {e}")),
        }
    }

    /// Starts loading a corpus in the background (cancelling a running load).
    pub fn start_load(&mut self, source: Source) {
        if let Some(l) = self.loading.take() {
            l.cancel();
        }
        let ctx = self.ctx.clone();
        self.loading = Some(Loading::start(source, move || ctx.request_repaint()));
    }

    pub(super) fn loaded(&mut self, source: Source, outcome: Outcome) {
        match outcome {
            Outcome::Loaded(model) => {
                let what = source.describe();
                let n = model.documents.len();
                if let Source::Paths(p) = &source {
                    self.settings.remember(p);
                    self.settings.last_corpus = Some(p.clone());
                } else {
                    self.settings.last_corpus = None;
                }
                self.state.set_model(*model, source);
                self.notify(false, format!("Opened {what}: {n} documents"));
            }
            Outcome::Cancelled => self.notify(
                false,
                "Loading cancelled; the previous corpus stays open".into(),
            ),
            Outcome::Failed(e) => {
                self.notify(true, format!("Could not open {}: {e}", source.describe()))
            }
        }
        self.refresh_shown();
    }

    /// Applies persisted settings to the state.
    pub(super) fn restore_settings(&mut self) {
        let s = &self.settings;
        let st = &mut self.state;
        st.dark = s.dark;
        self.ctx.set_theme(theme(s.dark));
        st.tab = Tab::parse(&s.tab).unwrap_or_default();
        let f = &mut st.filter;
        f.base.query = (!s.query.is_empty()).then(|| s.query.clone());
        f.base.kinds = s.kinds.as_ref().map(|k| {
            k.iter()
                .filter_map(|k| EntityKind::parse(k))
                .collect::<BTreeSet<_>>()
        });
        f.base.records = s.records;
        f.base.committee = s.committee.clone();
        f.base.since = s.since.as_deref().and_then(PartialDate::parse_iso);
        f.base.until = s.until.as_deref().and_then(PartialDate::parse_iso);
        f.types = s.types.iter().cloned().collect();
        f.statuses = s.statuses.iter().cloned().collect();
        f.documents = s.documents.iter().cloned().collect();
        let col = Column::ALL
            .into_iter()
            .find(|c| format!("{c:?}") == s.sort.0)
            .unwrap_or_default();
        st.sort = (col, s.sort.1);
    }

    /// The settings as they are now.
    pub fn current_settings(&self) -> super::Settings {
        let mut s = self.settings.clone();
        let st = &self.state;
        let f = &st.filter;
        s.dark = st.dark;
        s.tab = st.tab.name().to_lowercase();
        s.query = f.base.query.clone().unwrap_or_default();
        s.kinds = f
            .base
            .kinds
            .as_ref()
            .map(|k| k.iter().map(|k| k.as_str().to_owned()).collect());
        s.records = f.base.records;
        s.committee = f.base.committee.clone();
        s.since = f.base.since.map(|d| d.to_string());
        s.until = f.base.until.map(|d| d.to_string());
        s.types = f.types.iter().cloned().collect();
        s.statuses = f.statuses.iter().cloned().collect();
        s.documents = f.documents.iter().cloned().collect();
        s.sort = (format!("{:?}", st.sort.0), st.sort.1);
        s
    }

    /// Writes the settings file (errors become a warning in the window).
    pub fn save_settings(&mut self) {
        let Some(path) = self.settings_path.clone() else {
            return;
        };
        let s = self.current_settings();
        if let Err(e) = s.save(&path) {
            let w = format!("could not save settings: {e}");
            if !self.state.app_warnings.contains(&w) {
                self.state.app_warnings.push(w);
            }
        }
    }

    /// Where settings are saved, if anywhere.
    pub fn settings_path(&self) -> Option<&PathBuf> {
        self.settings_path.as_ref()
    }
}

/// A screenshot waiting to be cropped and saved: image, rectangle, file name.
pub type SnapshotSlot = std::sync::Arc<
    std::sync::Mutex<Option<(std::sync::Arc<egui::ColorImage>, egui::Rect, String)>>,
>;

/// Crops a screenshot to a rectangle (in points) and encodes it as PNG.
pub fn png_of(image: &egui::ColorImage, rect: egui::Rect, ppp: f32) -> Result<Vec<u8>, String> {
    let [w, h] = image.size;
    let x0 = ((rect.min.x * ppp).max(0.0) as usize).min(w);
    let y0 = ((rect.min.y * ppp).max(0.0) as usize).min(h);
    let x1 = ((rect.max.x * ppp).max(0.0) as usize).min(w);
    let y1 = ((rect.max.y * ppp).max(0.0) as usize).min(h);
    if x1 <= x0 || y1 <= y0 {
        return Err("the view is not on screen".into());
    }
    let mut rgba = Vec::with_capacity((x1 - x0) * (y1 - y0) * 4);
    for y in y0..y1 {
        for p in &image.pixels[y * w + x0..y * w + x1] {
            rgba.extend_from_slice(&p.to_srgba_unmultiplied());
        }
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, (x1 - x0) as u32, (y1 - y0) as u32);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let mut wr = enc.write_header().map_err(|e| e.to_string())?;
        wr.write_image_data(&rgba).map_err(|e| e.to_string())?;
    }
    Ok(out)
}

fn theme(dark: bool) -> egui::Theme {
    if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    }
}
