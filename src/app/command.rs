//! Every change to shared state is a [`Command`], pushed by panels during a
//! frame and applied after it by [`super::AtlasApp::apply`]. Tests drive the
//! application by sending commands without drawing anything.

use super::state::{Focus, Tab};
use crate::export::Format;
use crate::ingest::Source;
use crate::model::{DocId, EntityId, EntityKind, Item, PartialDate};
use crate::views::Column;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// A change to shared state.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Select an item (or nothing) everywhere.
    Select(Option<Item>),
    /// Check or uncheck an item for export.
    SetChecked(Item, bool),
    /// Check every item currently shown.
    CheckAllShown,
    /// Uncheck everything.
    UncheckAll,
    /// Set the search text.
    SetQuery(String),
    /// Filter to a committee and everything below it (or clear).
    SetCommittee(Option<EntityId>),
    /// Which entity kinds are shown (`None`: all) and whether records are.
    SetKinds(Option<BTreeSet<EntityKind>>, bool),
    /// Set the date range.
    SetDateRange(Option<PartialDate>, Option<PartialDate>),
    /// Replace the type facet.
    SetTypes(BTreeSet<String>),
    /// Replace the status facet.
    SetStatuses(BTreeSet<String>),
    /// Replace the document facet.
    SetDocuments(BTreeSet<String>),
    /// Clear every filter.
    ClearFilters,
    /// Sort the table.
    SortBy(Column, bool),
    /// Switch the central view.
    SetTab(Tab),
    /// Where arrow keys go.
    SetFocus(Focus),
    /// Light or dark.
    SetDark(bool),
    /// Show the details panel.
    ShowDetails(bool),
    /// Open the document text at a line, highlighting `needle` in it.
    ShowSource(DocId, u32, Option<String>),
    /// Close the document text.
    CloseSource,
    /// Open or close the warnings list.
    ShowWarnings(bool),
    /// Open or close the export window.
    ShowExport(bool),
    /// Open the path field (with a reason to show, if any).
    ShowOpenPath(Option<String>),
    /// Close the path field.
    CloseOpenPath,
    /// Ask the dialogs for a folder, then open it.
    OpenFolderDialog,
    /// Ask the dialogs for files, then open them.
    OpenFilesDialog,
    /// Load a corpus in the background.
    Open(Source),
    /// Cancel the running load.
    CancelLoad,
    /// Export the checked items (or all shown) in a format: ask the dialogs
    /// where, then write.
    ExportDialog(Format),
    /// Export these items in a format (the graph view's nodes): ask where, then write.
    ExportSubset(Format, crate::export::Subset),
    /// Export to this path without asking.
    ExportTo(Format, PathBuf),
    /// Save bytes a view made (a CSV of the chart...): ask where, then write.
    SaveFile(String, &'static str, std::sync::Arc<Vec<u8>>),
    /// Write the bytes waiting for a path (no file dialog) to this path.
    SaveTo(PathBuf),
    /// Save this screen rectangle of the window as a PNG (suggested name).
    ExportPng(egui::Rect, String),
    /// Focus the search box.
    FocusSearch,
    /// Dismiss a notice by index.
    DismissNotice(usize),
}
