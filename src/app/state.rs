//! The state every panel reads: the loaded model, the selection, the
//! checked items, the shared filters, and what is open. Panels never change
//! it directly; they push [`super::Command`]s.

use crate::ingest::Source;
use crate::model::{DocId, EntityId, Item, Model};
use crate::views::{Column, Index, Tree, ViewFilter, rows};
use std::collections::BTreeSet;
use std::sync::Arc;

/// A central view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tab {
    /// The records table.
    #[default]
    Records,
    /// The timeline of releases.
    Timeline,
    /// The relationship graph.
    Graph,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 3] = [Tab::Records, Tab::Timeline, Tab::Graph];

    /// Its name (also the settings value).
    pub fn name(self) -> &'static str {
        match self {
            Tab::Records => "Records",
            Tab::Timeline => "Timeline",
            Tab::Graph => "Graph",
        }
    }

    /// Parses [`Tab::name`], case-insensitively.
    pub fn parse(s: &str) -> Option<Tab> {
        Tab::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(s))
    }
}

/// Which list the arrow keys move in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Focus {
    /// The records table.
    #[default]
    Table,
    /// The committee tree.
    Tree,
}

/// A message for the window: a confirmation or an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// True for errors (shown until dismissed).
    pub error: bool,
    /// The text.
    pub text: String,
}

/// The document text window's target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceView {
    /// The document.
    pub document: DocId,
    /// The line to show and highlight.
    pub line: u32,
    /// Text to highlight within the line.
    pub needle: Option<String>,
}

/// Shared application state.
pub struct AppState {
    /// The loaded corpus.
    pub model: Arc<Model>,
    /// Where it came from.
    pub source: Source,
    /// Derived lookups for `model`.
    pub index: Arc<Index>,
    /// The committee tree for `model`.
    pub tree: Arc<Tree>,
    /// The selected item (shown in details, highlighted everywhere).
    pub selection: Option<Item>,
    /// Items checked for export.
    pub checked: BTreeSet<Item>,
    /// Filters shared by every view.
    pub filter: ViewFilter,
    /// The committee chosen in the tree (also in `filter.base.committee`).
    pub committee: Option<EntityId>,
    /// Table sort column and direction (true = descending).
    pub sort: (Column, bool),
    /// The open tab.
    pub tab: Tab,
    /// Where arrow keys go.
    pub focus: Focus,
    /// Dark theme.
    pub dark: bool,
    /// Messages for the window, newest last.
    pub notices: Vec<Notice>,
    /// Warnings about the application itself (settings), shown with the corpus warnings.
    pub app_warnings: Vec<String>,
    /// Whether the warnings window is open.
    pub show_warnings: bool,
    /// Whether the export window is open.
    pub show_export: bool,
    /// Whether the "open a path" window is open (no file dialog, or asked for).
    pub show_open_path: Option<String>,
    /// Set when a file dialog could not be shown: why (path fields are offered instead).
    pub dialog_unavailable: Option<String>,
    /// Bytes waiting for a path typed by hand (no file dialog): name and bytes.
    pub pending_save: Option<(String, Arc<Vec<u8>>)>,
    /// The document text window.
    pub source_view: Option<SourceView>,
    /// Whether the details panel is shown.
    pub show_details: bool,
    /// Set by Ctrl+F: the search box takes focus next frame.
    pub focus_search: bool,
}

impl AppState {
    /// State for a model with default view settings.
    pub fn new(model: Model, source: Source) -> Self {
        let index = Index::build(&model);
        let tree = Tree::build(&model, &index);
        Self {
            model: Arc::new(model),
            source,
            index: Arc::new(index),
            tree: Arc::new(tree),
            selection: None,
            checked: BTreeSet::new(),
            filter: ViewFilter::default(),
            committee: None,
            sort: (Column::Name, false),
            tab: Tab::Records,
            focus: Focus::Table,
            dark: true,
            notices: Vec::new(),
            app_warnings: Vec::new(),
            show_warnings: false,
            show_export: false,
            show_open_path: None,
            dialog_unavailable: None,
            pending_save: None,
            source_view: None,
            show_details: true,
            focus_search: false,
        }
    }

    /// Replaces the model; the selection and checks (ids of the old model)
    /// are cleared, filters stay, a committee filter is re-resolved by code.
    pub fn set_model(&mut self, model: Model, source: Source) {
        let index = Index::build(&model);
        let tree = Tree::build(&model, &index);
        self.committee = self
            .filter
            .base
            .committee
            .as_deref()
            .and_then(|c| model.find_by_code(c));
        if self.committee.is_none() {
            self.filter.base.committee = None;
        }
        self.model = Arc::new(model);
        self.index = Arc::new(index);
        self.tree = Arc::new(tree);
        self.source = source;
        self.selection = None;
        self.checked.clear();
        self.source_view = None;
    }

    /// A short label for an item (code or name; record title).
    pub fn label(&self, item: Item) -> String {
        match item {
            Item::Entity(e) => self.model.entity(e).label().to_owned(),
            Item::Record(r) => self.model.record(r).title.clone(),
        }
    }

    /// The items the filters let through, sorted as the table shows them.
    pub fn shown(&self) -> Result<Vec<Item>, String> {
        compute_shown(&self.model, &self.index, &self.filter, self.sort)
    }
}

/// The items a filter lets through, sorted by a column: the table's rows
/// (also computed on a worker thread for large corpora).
pub fn compute_shown(
    model: &Model,
    index: &Index,
    filter: &ViewFilter,
    sort: (Column, bool),
) -> Result<Vec<Item>, String> {
    let mut items = rows::filtered(model, index, filter)?;
    rows::sort(model, index, &mut items, sort.0, sort.1);
    Ok(items)
}
