//! Ingestion: files → decoded documents → records, then extraction per
//! document in parallel, then one merged [`Model`].
//!
//! A bad file (binary, empty, invalid UTF-8, unreadable, too large) becomes
//! a warning and the rest goes on; only a missing corpus path is an error.

pub mod decode;
pub mod files;
pub mod segment;

pub use files::{InputFile, Source, read_inputs};

use crate::error::Result;
use crate::extract;
use crate::model::builder::{DocDraft, build};
use crate::model::{DocId, Document, Model, Record, RecordId, Warning};
use rayon::prelude::*;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Loads a corpus: reads, decodes, segments and extracts every document.
pub fn load(source: &Source) -> Result<Model> {
    let mut warnings = Vec::new();
    let files = read_inputs(source, &mut warnings)?;
    Ok(load_files(&files, warnings))
}

/// Shared counters for a load running on another thread: files done out of
/// the total, and a cancel flag the loader checks between files.
#[derive(Debug, Default)]
pub struct Progress {
    /// Files to process (known once the inputs are read).
    pub total: AtomicUsize,
    /// Files processed so far.
    pub done: AtomicUsize,
    /// Set to ask the load to stop.
    pub cancel: AtomicBool,
}

impl Progress {
    /// Fraction done, 0.0–1.0 (0 while the total is unknown).
    pub fn fraction(&self) -> f32 {
        let t = self.total.load(Ordering::Relaxed);
        if t == 0 {
            0.0
        } else {
            self.done.load(Ordering::Relaxed) as f32 / t as f32
        }
    }

    /// Whether cancellation was asked for.
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// Loads a corpus reporting progress; returns `Ok(None)` when cancelled.
pub fn load_with_progress(source: &Source, progress: &Progress) -> Result<Option<Model>> {
    let mut warnings = Vec::new();
    let files = read_inputs(source, &mut warnings)?;
    progress.total.store(files.len(), Ordering::Relaxed);
    let drafts: Vec<Option<Result<DocDraft, Warning>>> = files
        .par_iter()
        .map(|f| {
            if progress.cancelled() {
                return None;
            }
            let d = process(f);
            progress.done.fetch_add(1, Ordering::Relaxed);
            Some(d)
        })
        .collect();
    if progress.cancelled() {
        return Ok(None);
    }
    let mut ok = Vec::with_capacity(drafts.len());
    for d in drafts.into_iter().flatten() {
        match d {
            Ok(d) => ok.push(d),
            Err(w) => warnings.push(w),
        }
    }
    Ok(Some(build(ok, warnings)))
}

/// Builds a model from files already in memory.
pub fn load_files(files: &[InputFile], mut warnings: Vec<Warning>) -> Model {
    let drafts: Vec<Result<DocDraft, Warning>> = files.par_iter().map(process).collect();
    let mut ok = Vec::with_capacity(drafts.len());
    for d in drafts {
        match d {
            Ok(d) => ok.push(d),
            Err(w) => warnings.push(w),
        }
    }
    build(ok, warnings)
}

/// Decodes, segments and extracts one file.
pub fn process(file: &InputFile) -> Result<DocDraft, Warning> {
    let warn = |message: String| Warning {
        file: file.name.clone(),
        line: None,
        message,
    };
    let decoded = decode::decode(&file.bytes).map_err(|r| match r {
        decode::Rejected::Empty => warn("skipped: the file is empty".into()),
        decode::Rejected::Binary => {
            warn("skipped: binary file (contains NUL bytes), not text".into())
        }
    })?;
    let mut warnings = Vec::new();
    if let Some((offset, count)) = decoded.invalid_utf8 {
        warnings.push(warn(format!(
            "invalid UTF-8 at byte {offset} ({count} invalid sequence{}); replaced with U+FFFD",
            if count == 1 { "" } else { "s" }
        )));
    }
    let mut doc = Document::new(file.name.clone(), decoded.text);
    let layout = segment::segment(&doc.text);
    doc.kind = layout.kind;
    doc.title = layout.title;
    doc.date = layout.date;
    doc.date_end = layout.date_end;
    let year = doc.date.map(|d| d.year);
    let records: Vec<Record> = layout
        .records
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let date = record_date(&doc, s.start, s.end, year).or(doc.date);
            Record {
                id: RecordId(0),
                document: DocId(0),
                ordinal: i as u32 + 1,
                title: s.title,
                section: s.section,
                category: s.category,
                date,
                lines: (s.start, s.end),
                summary_lines: s.summary,
            }
        })
        .collect();
    let mut draft = extract::extract(doc, records);
    draft.warnings.extend(warnings);
    Ok(draft)
}

fn record_date(
    doc: &Document,
    start: u32,
    end: u32,
    year: Option<i32>,
) -> Option<crate::model::PartialDate> {
    extract::dates::first_date(doc.span_text(start, end), year).map(|m| m.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_counts_files_and_cancel_stops_the_load() {
        let p = Progress::default();
        let m = load_with_progress(&Source::Bundled, &p).unwrap().unwrap();
        assert_eq!(m.documents.len(), 5);
        assert_eq!(
            (
                p.total.load(Ordering::Relaxed),
                p.done.load(Ordering::Relaxed)
            ),
            (5, 5)
        );
        assert_eq!(p.fraction(), 1.0);
        let cancelled = Progress::default();
        cancelled.cancel.store(true, Ordering::Relaxed);
        assert!(
            load_with_progress(&Source::Bundled, &cancelled)
                .unwrap()
                .is_none()
        );
        assert_eq!(cancelled.done.load(Ordering::Relaxed), 0);
    }
}
