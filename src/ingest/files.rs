//! Finding and reading the input files: the bundled corpus or the user's
//! files and folders (read recursively, in sorted order).

use crate::error::{Error, Result};
use crate::model::Warning;
use std::fs;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// Files larger than this are skipped with a warning.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Extensions read when walking a folder.
pub const EXTENSIONS: &[&str] = &["txt", "md"];

/// Where the documents come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The seed documents embedded in the binary.
    Bundled,
    /// Files and folders given by the user.
    Paths(Vec<PathBuf>),
}

impl Source {
    /// `Bundled` when no path is given.
    pub fn from_paths(paths: Vec<PathBuf>) -> Self {
        if paths.is_empty() {
            Source::Bundled
        } else {
            Source::Paths(paths)
        }
    }

    /// A short description for titles and status lines.
    pub fn describe(&self) -> String {
        match self {
            Source::Bundled => "bundled corpus".to_owned(),
            Source::Paths(p) if p.len() == 1 => p[0].display().to_string(),
            Source::Paths(p) => format!("{} paths", p.len()),
        }
    }
}

/// One file's name (as read) and bytes.
#[derive(Clone, Debug)]
pub struct InputFile {
    /// File name, relative to the folder it was found in.
    pub name: String,
    /// Raw content.
    pub bytes: Vec<u8>,
}

/// Reads every input file. A missing path is an error; an unreadable,
/// oversized or non-text file is a warning and is skipped.
pub fn read_inputs(source: &Source, warnings: &mut Vec<Warning>) -> Result<Vec<InputFile>> {
    match source {
        Source::Bundled => Ok(BUNDLED
            .iter()
            .map(|(n, b)| InputFile {
                name: (*n).to_owned(),
                bytes: b.to_vec(),
            })
            .collect()),
        Source::Paths(paths) => {
            let mut found: Vec<(String, PathBuf)> = Vec::new();
            for p in paths {
                if !p.exists() {
                    return Err(Error::MissingPath(p.clone()));
                }
                if p.is_dir() {
                    walk(p, p, 0, &mut found, warnings);
                } else {
                    let name = p
                        .file_name()
                        .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into());
                    found.push((name, p.clone()));
                }
            }
            let mut out = Vec::with_capacity(found.len());
            let mut seen = std::collections::HashSet::new();
            for (mut name, path) in found {
                if !seen.insert(name.clone()) {
                    name = path.display().to_string();
                    if !seen.insert(name.clone()) {
                        continue; // the same file given twice
                    }
                }
                if let Some(f) = read_one(name, &path, warnings) {
                    out.push(f);
                }
            }
            Ok(out)
        }
    }
}

fn walk(
    root: &Path,
    dir: &Path,
    depth: usize,
    out: &mut Vec<(String, PathBuf)>,
    w: &mut Vec<Warning>,
) {
    if depth > 32 {
        w.push(warn(
            dir,
            "folder nesting deeper than 32 levels; not read further".into(),
        ));
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            w.push(warn(dir, format!("cannot list folder: {e}")));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(root, &p, depth + 1, out, w);
        } else if has_text_extension(&p) {
            let rel = p.strip_prefix(root).unwrap_or(&p);
            out.push((rel.to_string_lossy().replace('\\', "/"), p));
        }
    }
}

fn has_text_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn read_one(name: String, path: &Path, w: &mut Vec<Warning>) -> Option<InputFile> {
    if !has_text_extension(path) {
        w.push(warn_name(
            &name,
            "skipped: only .txt and .md files are read".into(),
        ));
        return None;
    }
    match fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            w.push(warn_name(
                &name,
                format!(
                    "skipped: {} MiB is over the {} MiB limit for one document",
                    m.len() / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            ));
            return None;
        }
        Err(e) => {
            w.push(warn_name(&name, format!("cannot read: {e}")));
            return None;
        }
        _ => {}
    }
    match fs::read(path) {
        Ok(bytes) => Some(InputFile { name, bytes }),
        Err(e) => {
            w.push(warn_name(&name, format!("cannot read: {e}")));
            None
        }
    }
}

fn warn(p: &Path, message: String) -> Warning {
    warn_name(&p.display().to_string(), message)
}

fn warn_name(name: &str, message: String) -> Warning {
    Warning {
        file: name.to_owned(),
        line: None,
        message,
    }
}
