//! The panels of the window, one file each. A panel struct holds only its
//! own view state (scroll, filter text, expansion); it reads shared state
//! through [`Cx`] and asks for changes by pushing commands.

pub mod details;
pub mod export;
pub mod graph;
pub mod records;
pub mod source;
pub mod status_bar;
pub mod timeline;
pub mod top_bar;
pub mod tree;
pub mod windows;

use super::command::Command;
use super::loader::Loading;
use super::state::AppState;
use crate::model::Item;

/// What a panel sees during a frame.
pub struct Cx<'a> {
    /// Shared state (read-only during the frame).
    pub state: &'a AppState,
    /// The items the filters let through, in table order.
    pub shown: &'a [Item],
    /// Why the filters could not be applied, if they could not.
    pub shown_error: Option<&'a str>,
    /// A load in progress.
    pub loading: Option<&'a Loading>,
    /// Changes asked for this frame.
    pub commands: &'a mut Vec<Command>,
    /// The egui context (for repaint requests from worker threads).
    pub ctx: &'a egui::Context,
    /// The rows are being recomputed in the background (large corpora).
    pub filtering: bool,
    /// Bumped whenever `shown` is replaced (views cache by it).
    pub shown_gen: u64,
}

impl Cx<'_> {
    /// Asks for a change, applied after the frame.
    pub fn send(&mut self, c: Command) {
        self.commands.push(c);
    }

    /// Whether no text field has keyboard focus (so plain keys are for lists).
    pub fn keys_free(ui: &egui::Ui) -> bool {
        !ui.ctx().egui_wants_keyboard_input()
    }
}
