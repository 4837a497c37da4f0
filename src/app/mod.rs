//! The desktop application (feature `gui`): eframe/egui 0.37 with the glow
//! renderer. [`AtlasApp`] owns the shared [`state::AppState`], one struct
//! per panel holding only view state, and the queue of [`Command`]s the
//! panels push during a frame and [`AtlasApp::apply_pending`] applies after
//! it. Derived view data (index, tree, table rows) is cached by model
//! revision and filter, so drawing stays thin.

mod apply;
pub mod command;
pub mod dialogs;
pub mod fonts;
pub mod layout_worker;
pub mod loader;
pub mod panels;
pub mod settings;
pub mod state;
pub mod widgets;

pub use command::Command;
pub use settings::Settings;
pub use state::{AppState, Tab};

use crate::ingest::Source;
use crate::model::{Item, Model};
use crate::views::{Column, ViewFilter};
use dialogs::FileDialogs;
use loader::Loading;
use panels::Cx;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// How the application starts.
pub struct Options {
    /// The corpus named on the command line (else the last one, else the bundled one).
    pub corpus: Option<Source>,
    /// Where settings live (`None`: not persisted).
    pub settings_path: Option<PathBuf>,
    /// The file dialogs (rfd in the binary, a fake in tests).
    pub dialogs: Box<dyn FileDialogs>,
    /// When the process started, for the start-up time trace.
    pub started: Instant,
}

impl Options {
    /// Options for the real application.
    pub fn native(corpus: Option<Source>, started: Instant) -> Self {
        Self {
            corpus,
            settings_path: Settings::default_path(),
            dialogs: Box::new(dialogs::RfdDialogs),
            started,
        }
    }
}

/// The application.
pub struct AtlasApp {
    /// Shared state.
    pub state: AppState,
    /// File dialogs.
    pub dialogs: Box<dyn FileDialogs>,
    settings: Settings,
    settings_path: Option<PathBuf>,
    loading: Option<Loading>,
    shown: Arc<Vec<Item>>,
    shown_error: Option<String>,
    shown_key: Option<(u64, ViewFilter, (Column, bool))>,
    shown_job: Option<std::sync::mpsc::Receiver<Result<Vec<Item>, String>>>,
    shown_gen: u64,
    pending: Vec<Command>,
    snapshot: apply::SnapshotSlot,
    ctx: egui::Context,
    started: Instant,
    first_frame_traced: bool,
    top: panels::top_bar::TopBar,
    tree: panels::tree::TreePanel,
    records: panels::records::RecordsPanel,
    timeline: panels::timeline::TimelinePanel,
    graph: panels::graph::GraphPanel,
    details: panels::details::DetailsPanel,
    source: panels::source::SourcePanel,
    status: panels::status_bar::StatusBar,
    export: panels::export::ExportWindow,
    windows: panels::windows::Windows,
}

impl AtlasApp {
    /// Creates the application: fonts, settings, and the first corpus (the
    /// bundled one loads at once; a folder loads in the background).
    pub fn new(ctx: &egui::Context, mut opts: Options) -> Self {
        let corpus = opts.corpus.take();
        let mut app = Self::empty(ctx, opts);
        let source = corpus.unwrap_or_else(|| match &app.settings.last_corpus {
            Some(p) if !p.is_empty() && p.iter().all(|p| p.exists()) => Source::Paths(p.clone()),
            _ => Source::Bundled,
        });
        if source == Source::Bundled {
            match crate::ingest::load(&Source::Bundled) {
                Ok(m) => app.state.set_model(m, Source::Bundled),
                Err(e) => app.notify(true, format!("could not load the bundled corpus: {e}")),
            }
        } else {
            app.start_load(source);
        }
        app.refresh_shown();
        app
    }

    /// Creates the application on a model already in memory (benchmarks).
    pub fn with_model(ctx: &egui::Context, opts: Options, model: Model, source: Source) -> Self {
        let mut app = Self::empty(ctx, opts);
        app.state.set_model(model, source);
        app.refresh_shown();
        app
    }

    fn empty(ctx: &egui::Context, opts: Options) -> Self {
        fonts::install(ctx);
        let (settings, warning) = match &opts.settings_path {
            Some(p) => Settings::load(p),
            None => (Settings::default(), None),
        };
        let mut state = AppState::new(Model::default(), Source::Bundled);
        state.app_warnings.extend(warning);
        let mut app = Self {
            state,
            dialogs: opts.dialogs,
            settings,
            settings_path: opts.settings_path,
            loading: None,
            shown: Arc::new(Vec::new()),
            shown_error: None,
            shown_key: None,
            shown_job: None,
            shown_gen: 0,
            pending: Vec::new(),
            snapshot: Default::default(),
            ctx: ctx.clone(),
            started: opts.started,
            first_frame_traced: false,
            top: Default::default(),
            tree: Default::default(),
            records: Default::default(),
            timeline: Default::default(),
            graph: Default::default(),
            details: Default::default(),
            source: Default::default(),
            status: Default::default(),
            export: Default::default(),
            windows: Default::default(),
        };
        app.restore_settings();
        app
    }

    /// The items the filters let through, in table order.
    pub fn shown(&self) -> &[Item] {
        &self.shown
    }

    /// Queues a command (applied after the frame, or by [`Self::apply_pending`]).
    pub fn send(&mut self, c: Command) {
        self.pending.push(c);
    }

    /// Selects an item by code, or says in the window that there is none
    /// (a corpus still loading is searched when it arrives).
    pub fn select_code(&mut self, code: &str) {
        self.finish_loading();
        match self.state.model.find_by_code(code) {
            Some(id) => self.send(Command::Select(Some(Item::Entity(id)))),
            None => self.notify(true, format!("No item with code {code:?} in this corpus")),
        }
    }

    /// The entities the graph view shows (after its last frame).
    pub fn graph_nodes(&self) -> Vec<crate::model::EntityId> {
        self.graph.shown_nodes()
    }

    /// The graph view's state (ego view, depth, kinds...), for tests and scripts.
    pub fn graph_panel(&mut self) -> &mut panels::graph::GraphPanel {
        &mut self.graph
    }

    /// Whether the timeline's chart is being derived in the background.
    pub fn timeline_busy(&self) -> bool {
        self.timeline.busy()
    }

    /// Whether a corpus is loading.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Waits for a background load to finish and applies it (tests, benchmarks).
    pub fn finish_loading(&mut self) {
        if let Some(l) = self.loading.take() {
            let source = l.source.clone();
            let outcome = l.wait();
            self.loaded(source, outcome);
        }
    }

    /// Draws one frame into `ui` (the whole window), then applies the
    /// commands the panels sent.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        self.poll_loading();
        self.poll_shown(false);
        self.poll_snapshot();
        self.shortcuts(ui.ctx());
        let ctx = ui.ctx().clone();
        let mut commands = std::mem::take(&mut self.pending);
        {
            let Self {
                state,
                shown,
                shown_error,
                shown_job,
                shown_gen,
                loading,
                top,
                tree,
                records,
                timeline,
                graph,
                details,
                source,
                status,
                export,
                windows,
                settings,
                ..
            } = self;
            let mut cx = Cx {
                state,
                shown,
                shown_error: shown_error.as_deref(),
                loading: loading.as_ref(),
                commands: &mut commands,
                ctx: &ctx,
                filtering: shown_job.is_some(),
                shown_gen: *shown_gen,
            };
            top.recent.clone_from(&settings.recent);
            egui::Panel::top("top-bar").show(ui, |ui| {
                ui.add_space(2.0);
                top.ui(ui, &mut cx);
                ui.add_space(2.0);
            });
            egui::Panel::bottom("status-bar").show(ui, |ui| status.ui(ui, &mut cx));
            let left = egui::Panel::left("committee-tree")
                .resizable(true)
                .default_size(settings.left_width)
                .size_range(160.0..=700.0)
                .show(ui, |ui| tree.ui(ui, &mut cx));
            settings.left_width = left.response.rect.width();
            if cx.state.show_details {
                let right = egui::Panel::right("details")
                    .resizable(true)
                    .default_size(settings.right_width)
                    .size_range(220.0..=800.0)
                    .show(ui, |ui| details.ui(ui, &mut cx));
                settings.right_width = right.response.rect.width();
            }
            egui::CentralPanel::default().show(ui, |ui| {
                ui.horizontal(|ui| {
                    for t in Tab::ALL {
                        if ui.selectable_label(cx.state.tab == t, t.name()).clicked() {
                            cx.send(Command::SetTab(t));
                        }
                    }
                });
                ui.separator();
                match cx.state.tab {
                    Tab::Records => records.ui(ui, &mut cx),
                    Tab::Timeline => timeline.ui(ui, &mut cx),
                    Tab::Graph => graph.ui(ui, &mut cx),
                }
            });
            source.show(&ctx, &mut cx);
            export.show(&ctx, &mut cx);
            windows.show(&ctx, &mut cx);
        }
        self.state.focus_search = false;
        self.pending.extend(commands);
        self.apply_pending();
        self.trace_first_frame();
    }

    fn trace_first_frame(&mut self) {
        if !self.first_frame_traced && self.loading.is_none() {
            self.first_frame_traced = true;
            if std::env::var_os("STDATLAS_TRACE_STARTUP").is_some() {
                eprintln!(
                    "stdatlas: first frame with the corpus loaded after {:.3} s",
                    self.started.elapsed().as_secs_f64()
                );
            }
        }
    }

    /// Keyboard shortcuts and dropped files.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let sc = |k| KeyboardShortcut::new(Modifiers::COMMAND, k);
        let (open, find, export) = ctx.input_mut(|i| {
            (
                i.consume_shortcut(&sc(Key::O)),
                i.consume_shortcut(&sc(Key::F)),
                i.consume_shortcut(&sc(Key::E)),
            )
        });
        if open {
            self.send(Command::OpenFolderDialog);
        }
        if find {
            self.send(Command::FocusSearch);
        }
        if export {
            self.send(Command::ShowExport(true));
        }
        let esc = !ctx.egui_wants_keyboard_input() && ctx.input(|i| i.key_pressed(Key::Escape));
        if esc {
            self.send(Command::Select(None));
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.send(Command::Open(Source::Paths(dropped)));
        }
    }

    fn poll_loading(&mut self) {
        let Some(l) = &self.loading else { return };
        match l.poll() {
            Some(outcome) => {
                let source = l.source.clone();
                self.loading = None;
                self.loaded(source, outcome);
            }
            None => self
                .ctx
                .request_repaint_after(std::time::Duration::from_millis(100)),
        }
    }

    /// Adds a message for the window.
    fn notify(&mut self, error: bool, text: String) {
        self.state.notices.push(state::Notice { error, text });
        if self.state.notices.len() > 50 {
            self.state.notices.remove(0);
        }
    }

    /// Recomputes the shown rows when the model, filters or sort changed.
    fn refresh_shown(&mut self) {
        let st = &self.state;
        let key = (st.model.revision, st.filter.clone(), st.sort);
        if self.shown_key.as_ref() == Some(&key) {
            return;
        }
        self.shown_key = Some(key);
        let large = st.model.records.len() + st.model.entities.len() > LARGE_CORPUS;
        if !large {
            let result = st.shown();
            self.set_shown(result);
            return;
        }
        // Large corpora filter and sort on a worker thread; the table keeps
        // the previous rows until the new ones arrive.
        let (model, index, filter, sort) = (
            Arc::clone(&st.model),
            Arc::clone(&st.index),
            st.filter.clone(),
            st.sort,
        );
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = self.ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("stdatlas-filter".into())
            .spawn(move || {
                let _ = tx.send(state::compute_shown(&model, &index, &filter, sort));
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.shown_job = Some(rx),
            Err(_) => {
                let result = self.state.shown();
                self.set_shown(result);
            }
        }
    }

    fn set_shown(&mut self, result: Result<Vec<Item>, String>) {
        self.shown_gen += 1;
        match result {
            Ok(items) => {
                self.shown = Arc::new(items);
                self.shown_error = None;
            }
            Err(e) => {
                self.shown = Arc::new(Vec::new());
                self.shown_error = Some(e);
            }
        }
    }

    /// Takes the rows of a finished background filter, if any; `wait`
    /// blocks until the running one is done (tests, benchmarks).
    pub fn poll_shown(&mut self, wait: bool) {
        let Some(rx) = &self.shown_job else { return };
        let got = if wait {
            rx.recv().ok()
        } else {
            rx.try_recv().ok()
        };
        if let Some(result) = got {
            self.shown_job = None;
            self.set_shown(result);
        }
    }

    /// Whether the rows are being recomputed in the background.
    pub fn is_filtering(&self) -> bool {
        self.shown_job.is_some()
    }
}

/// Above this many items, filtering and sorting run off the UI thread.
const LARGE_CORPUS: usize = 50_000;

#[cfg(feature = "gui")]
impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        self.save_settings();
    }

    fn persist_egui_memory(&self) -> bool {
        false
    }
}

/// What the command line asks the window to start with.
pub struct Start {
    /// The corpus (else the last one, else the bundled one).
    pub corpus: Option<Source>,
    /// An item to select, by code.
    pub select: Option<String>,
    /// The view to open.
    pub view: Option<Tab>,
    /// When the process started.
    pub started: Instant,
}

/// Opens the window and runs until it is closed.
pub fn run(start: Start) -> crate::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Standards Atlas")
            .with_app_id("stdatlas")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "Standards Atlas",
        options,
        Box::new(move |cc| {
            let mut app = AtlasApp::new(&cc.egui_ctx, Options::native(start.corpus, start.started));
            if let Some(t) = start.view {
                app.send(Command::SetTab(t));
            }
            if let Some(code) = start.select {
                app.select_code(&code);
            }
            app.apply_pending();
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| crate::Error::Invalid(format!("could not open the window: {e}")))
}
