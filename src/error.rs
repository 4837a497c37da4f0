//! The library's error type: what stops an operation as a whole.
//!
//! Problems with single files do not stop a load; they become
//! [`crate::model::Warning`]s in the model instead.

use std::path::PathBuf;

/// An operation that could not be done, with its cause.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A corpus path given by the user does not exist.
    #[error("corpus path not found: {}", .0.display())]
    MissingPath(PathBuf),
    /// A path exists but cannot be read (permissions, I/O).
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// An output file cannot be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// An argument value that makes no sense (a bad date, an unknown kind).
    #[error("{0}")]
    Invalid(String),
    /// Serializing the export failed.
    #[error("cannot encode the export: {0}")]
    Encode(String),
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
