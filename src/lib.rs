//! Standards Atlas: a model of China's standardization system built from
//! intelligence documents, and the views and exports over it.
//!
//! The core (`model`, `ingest`, `extract`, `graph`, `export`) never depends
//! on a GUI crate; the desktop application lives in `app` behind the `gui`
//! feature.

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod model;
pub mod synth;
pub mod timeline;
pub mod views;

pub use error::{Error, Result};
pub use model::Model;
