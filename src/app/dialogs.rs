//! File dialogs: the only module that calls `rfd`. Everything else goes
//! through [`FileDialogs`], so tests use a fake and never open a window.
//!
//! rfd answers "cancelled" both when the user cancels and when no dialog
//! could be shown at all, so availability is checked first: the portal needs
//! a session D-Bus, the fallback needs `zenity` on the `PATH`. When neither
//! exists the window says so and offers a path field instead.

use std::path::PathBuf;

/// What a dialog gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked<T> {
    /// The user chose something.
    Chosen(T),
    /// The user cancelled.
    Cancelled,
    /// No dialog can be shown here; the reason, for the window.
    Unavailable(String),
}

/// Native file dialogs, behind a trait so tests can fake them.
pub trait FileDialogs {
    /// Picks a folder to open.
    fn pick_folder(&mut self) -> Picked<PathBuf>;
    /// Picks document files to open.
    fn pick_files(&mut self) -> Picked<Vec<PathBuf>>;
    /// Asks where to save, suggesting a file name; `extension` filters.
    fn save_file(&mut self, suggested: &str, extension: &str) -> Picked<PathBuf>;
}

/// The real dialogs (xdg portal, or zenity).
#[derive(Debug, Default)]
pub struct RfdDialogs;

impl RfdDialogs {
    fn available() -> Result<(), String> {
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|d| PathBuf::from(d).join("bus").exists());
        let zenity = std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("zenity").is_file()));
        if bus || zenity || !cfg!(target_os = "linux") {
            Ok(())
        } else {
            Err(
                "No file dialog can be shown here (no desktop portal on a session bus, and \
                 no zenity). Type a path instead."
                    .into(),
            )
        }
    }
}

fn picked<T>(r: Option<T>) -> Picked<T> {
    r.map_or(Picked::Cancelled, Picked::Chosen)
}

impl FileDialogs for RfdDialogs {
    fn pick_folder(&mut self) -> Picked<PathBuf> {
        if let Err(e) = Self::available() {
            return Picked::Unavailable(e);
        }
        picked(
            rfd::FileDialog::new()
                .set_title("Open a corpus folder")
                .pick_folder(),
        )
    }

    fn pick_files(&mut self) -> Picked<Vec<PathBuf>> {
        if let Err(e) = Self::available() {
            return Picked::Unavailable(e);
        }
        picked(
            rfd::FileDialog::new()
                .set_title("Open documents")
                .add_filter("Text documents", crate::ingest::files::EXTENSIONS)
                .pick_files(),
        )
    }

    fn save_file(&mut self, suggested: &str, extension: &str) -> Picked<PathBuf> {
        if let Err(e) = Self::available() {
            return Picked::Unavailable(e);
        }
        picked(
            rfd::FileDialog::new()
                .set_title("Export")
                .set_file_name(suggested)
                .add_filter(extension, &[extension])
                .save_file(),
        )
    }
}

/// A scripted stand-in for tests: answers from queues, records the requests.
#[derive(Debug, Default)]
pub struct FakeDialogs {
    /// Answers to `save_file`, in order (then `Cancelled`).
    pub saves: std::collections::VecDeque<Picked<PathBuf>>,
    /// Answers to `pick_folder`.
    pub folders: std::collections::VecDeque<Picked<PathBuf>>,
    /// Suggested names seen by `save_file`.
    pub asked: Vec<String>,
}

impl FileDialogs for FakeDialogs {
    fn pick_folder(&mut self) -> Picked<PathBuf> {
        self.folders.pop_front().unwrap_or(Picked::Cancelled)
    }
    fn pick_files(&mut self) -> Picked<Vec<PathBuf>> {
        Picked::Cancelled
    }
    fn save_file(&mut self, suggested: &str, _extension: &str) -> Picked<PathBuf> {
        self.asked.push(suggested.to_owned());
        self.saves.pop_front().unwrap_or(Picked::Cancelled)
    }
}
