//! Loading a corpus on a named background thread, with progress and
//! cancel, so the window keeps drawing. The finished model comes back over a
//! channel and is applied as a command.

use crate::ingest::{self, Progress, Source};
use crate::model::Model;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Instant;

/// What a finished load gives.
pub enum Outcome {
    /// The model.
    Loaded(Box<Model>),
    /// The user cancelled.
    Cancelled,
    /// The corpus could not be read at all (missing path...).
    Failed(String),
}

/// A load in progress.
pub struct Loading {
    /// What is being loaded.
    pub source: Source,
    /// Counters shared with the thread.
    pub progress: Arc<Progress>,
    /// When it started.
    pub started: Instant,
    rx: Receiver<Outcome>,
}

impl Loading {
    /// Starts loading on a thread named `stdatlas-load`; `wake` is called
    /// when it is done (the GUI passes a repaint request).
    pub fn start(source: Source, wake: impl Fn() + Send + 'static) -> Self {
        let progress = Arc::new(Progress::default());
        let (tx, rx) = channel();
        let p = Arc::clone(&progress);
        let s = source.clone();
        let spawned = std::thread::Builder::new()
            .name("stdatlas-load".into())
            .spawn(move || {
                let out = match ingest::load_with_progress(&s, &p) {
                    Ok(Some(m)) => Outcome::Loaded(Box::new(m)),
                    Ok(None) => Outcome::Cancelled,
                    Err(e) => Outcome::Failed(e.to_string()),
                };
                let _ = tx.send(out);
                wake();
            });
        if let Err(e) = spawned {
            let (tx, rx2) = channel();
            let _ = tx.send(Outcome::Failed(format!("could not start the loader: {e}")));
            return Self {
                source,
                progress,
                started: Instant::now(),
                rx: rx2,
            };
        }
        Self {
            source,
            progress,
            started: Instant::now(),
            rx,
        }
    }

    /// Asks the thread to stop.
    pub fn cancel(&self) {
        self.progress.cancel.store(true, Ordering::Relaxed);
    }

    /// The outcome, once there is one.
    pub fn poll(&self) -> Option<Outcome> {
        match self.rx.try_recv() {
            Ok(o) => Some(o),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Outcome::Failed("the loader stopped unexpectedly".into()))
            }
        }
    }

    /// Blocks until done (tests and benchmarks).
    pub fn wait(self) -> Outcome {
        self.rx
            .recv()
            .unwrap_or_else(|_| Outcome::Failed("the loader stopped unexpectedly".into()))
    }
}
