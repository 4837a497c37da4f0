//! View data: plain structures derived from a model for the desktop views
//! (lookup index, committee tree rows with counts, filtered and sorted
//! table rows). No drawing and no GUI crate here, so all of it is tested
//! and benchmarked without a window; the GUI caches it by model revision.

pub mod graph;
mod index;
pub mod rows;
pub mod tree;

pub use index::Index;
pub use rows::{Column, ViewFilter};
pub use tree::{Tree, TreeRow};
