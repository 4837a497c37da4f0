//! Ingestion: files → decoded documents → records, then extraction per
//! document, then one merged [`Model`]. Files are processed in batches on
//! all cores; within a batch each stage (and each finder rule) runs over
//! every document before the next starts, which keeps its patterns in cache.
//!
//! A bad file (binary, empty, invalid UTF-8, unreadable, too large) becomes
//! a warning and the rest goes on; only a missing corpus path is an error.

mod bullets;
pub mod decode;
pub mod files;
mod front_matter;
mod reflow;
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
        .par_chunks(batch_size(files.len()))
        .flat_map_iter(|batch| {
            if progress.cancelled() {
                return Vec::new();
            }
            let drafts = process_batch(batch);
            progress.done.fetch_add(batch.len(), Ordering::Relaxed);
            drafts.into_iter().map(Some).collect()
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
    crate::extract::share_committee_names(&mut ok);
    Ok(Some(build(ok, warnings)))
}

/// How many files one task processes together ([`process_batch`]): up to
/// 64, fewer when that would leave a core idle (at least four batches per
/// thread so the work stays balanced).
fn batch_size(files: usize) -> usize {
    let threads = rayon::current_num_threads().max(1);
    (files / (threads * 4)).clamp(1, 64)
}

/// Builds a model from files already in memory.
pub fn load_files(files: &[InputFile], mut warnings: Vec<Warning>) -> Model {
    let drafts: Vec<Result<DocDraft, Warning>> = files
        .par_chunks(batch_size(files.len()))
        .flat_map_iter(process_batch)
        .collect();
    let mut ok = Vec::with_capacity(drafts.len());
    for d in drafts {
        match d {
            Ok(d) => ok.push(d),
            Err(w) => warnings.push(w),
        }
    }
    crate::extract::share_committee_names(&mut ok);
    build(ok, warnings)
}

/// Decodes, segments and extracts one file.
pub fn process(file: &InputFile) -> Result<DocDraft, Warning> {
    process_batch(std::slice::from_ref(file))
        .pop()
        .expect("one result per file")
}

/// [`process`] for each of a few files, in order. Each stage runs over the
/// whole batch before the next starts (and the finders one rule at a time,
/// see [`extract::Found::batch`]), so the patterns of a stage stay in the
/// processor's cache.
///
/// A file that makes extraction fail (a bug, not bad input: bad input is a
/// warning already) is skipped with a warning instead of ending the load:
/// the batch is read again one file at a time, and only the file that fails
/// is lost.
pub fn process_batch(files: &[InputFile]) -> Vec<Result<DocDraft, Warning>> {
    guarded(files, read_batch)
}

/// `read` over `files`, a panic turned into a warning for the file that
/// caused it (see [`process_batch`]).
fn guarded(
    files: &[InputFile],
    read: impl Fn(&[InputFile]) -> Vec<Result<DocDraft, Warning>>,
) -> Vec<Result<DocDraft, Warning>> {
    use std::panic::{AssertUnwindSafe, catch_unwind};
    if let Ok(v) = catch_unwind(AssertUnwindSafe(|| read(files))) {
        return v;
    }
    files
        .iter()
        .map(|f| {
            catch_unwind(AssertUnwindSafe(|| read(std::slice::from_ref(f))))
                .ok()
                .and_then(|mut v| v.pop())
                .unwrap_or_else(|| {
                    Err(Warning {
                        file: f.name.clone(),
                        line: None,
                        message: "skipped: an internal error stopped the reading of this file \
                                  (a bug in Standards Atlas; the rest of the corpus is loaded)"
                            .into(),
                    })
                })
        })
        .collect()
}

/// [`process_batch`] without the guard.
fn read_batch(files: &[InputFile]) -> Vec<Result<DocDraft, Warning>> {
    let read: Vec<Result<Read, Warning>> = files.iter().map(read_document).collect();
    let texts: Vec<&str> = read
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|r| r.doc.text.as_str())
        .collect();
    let mut found = extract::Found::batch(&texts).into_iter();
    read.into_iter()
        .map(|r| {
            let Read {
                doc,
                records,
                warnings,
            } = r?;
            let found = found.next().expect("one finding per document");
            let mut draft = extract::extract_found(doc, records, found);
            draft.warnings.extend(warnings);
            Ok(draft)
        })
        .collect()
}

/// A document read and segmented, waiting for extraction.
struct Read {
    doc: Document,
    records: Vec<Record>,
    warnings: Vec<Warning>,
}

/// Decodes and segments one file into its document and records.
fn read_document(file: &InputFile) -> Result<Read, Warning> {
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
    // (A web page's front matter becomes a heading and fields.)
    let text = match front_matter::rewrite(&decoded.text) {
        std::borrow::Cow::Borrowed(_) => decoded.text,
        std::borrow::Cow::Owned(t) => t,
    };
    // (List items marked "▪", "■", "►" ... are marked "•".)
    let text = match bullets::plain_bullets(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(t) => t,
    };
    // (Paragraphs a conversion wrapped at a width become one line each.)
    let text = match reflow::reflow(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(t) => t,
    };
    let mut doc = Document::new(file.name.clone(), text);
    let layout = segment::segment(&doc.text);
    doc.kind = layout.kind;
    doc.title = layout.title;
    doc.date = layout.date;
    doc.date_end = layout.date_end;
    doc.date_stated = layout.date_stated;
    let year = doc.date.map(|d| d.year);
    let records: Vec<Record> = layout
        .records
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            // Undated, a record takes its section's date (an agenda's day),
            // else the document's.
            let date = record_date(&doc, s.start, s.end, year)
                .or_else(|| segment::section_date(s.section.as_deref()?, year))
                .or(doc.date);
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
    Ok(Read {
        doc,
        records,
        warnings,
    })
}

fn record_date(
    doc: &Document,
    start: u32,
    end: u32,
    year: Option<i32>,
) -> Option<crate::model::PartialDate> {
    // A listing's item is about the date it is listed under.
    if doc.kind == crate::model::DocKind::Listing
        && let Some(d) = segment::listed_date(doc.line(start), year)
    {
        return Some(d);
    }
    let text = doc.span_text(start, end);
    let first = extract::dates::first_date(text, year)?;
    // A byline's date ("*X Association | 2027-08-05*") is when the record
    // was published: the first date after it is what it is about — in its
    // prose, not in a table's cell (a column of effective dates).
    let line = doc.line_of(doc.line_start(start) + first.start);
    // A table's cell ("| YD/T 1-2029 | ... | 2029-10-01 |") dates a row: a
    // record that opens with a table is about the date its document states
    // (an announcement signed "2029年7月10日" under the table).
    if doc.line(line).trim_start().starts_with('|')
        && doc.date_stated
        && let Some(d) = doc.date
    {
        return Some(d);
    }
    if segment::is_publication_line(doc.line(line)) && line < end {
        let after = doc.line_start(line + 1) - doc.line_start(start);
        // ("... released by SAC on Tuesday": a weekday before any date is
        // the last one before the publication.)
        let story = text.get(after..).unwrap_or("");
        let next = extract::dates::first_date(story, year);
        let before_dates = next.as_ref().map_or(story, |m| &story[..m.start]);
        if before_dates.contains("day")
            && let Some(d) = extract::dates::weekday_before(before_dates, first.date)
        {
            return Some(d);
        }
        if let Some(m) = next {
            let at = doc.line_of(doc.line_start(line + 1) + m.start);
            // (Nor a date the story looks ahead to: "..., which will take
            // effect on 1 January 2027", "Comments are due by ...".)
            let lead = lead_before(doc, doc.line_start(line + 1) + m.start);
            if !doc.line(at).contains('|') && !looks_ahead(&lead) {
                return Some(m.date);
            }
        }
    }
    // A deadline is no date the record is about ("请于2029年5月15日前将意见
    // 反馈", "Comments are due by D"): the next date the record tells is,
    // else the document's own, when it states one.
    if doc.date_stated
        && let Some(d) = doc.date
    {
        let base = doc.line_start(start);
        let lead = lead_before(doc, base + first.start);
        // ("... for public comments until 30 May 2026".)
        let open_until = lead.contains("until")
            && ["comment", "consultation", "feedback", "opinion"]
                .iter()
                .any(|w| lead.contains(w));
        let deadline = open_until
            || ["deadline", "due by", "no later than", "截止", "请于"]
                .iter()
                .any(|w| lead.contains(w));
        if deadline {
            let told = extract::dates::find_dates(text, year)
                .into_iter()
                .skip(1)
                .find(|m| {
                    let lead = lead_before(doc, base + m.start);
                    m.date.day.is_some() && !looks_ahead(&lead) && !lead.contains("请于")
                });
            return Some(told.map_or(d, |m| m.date));
        }
    }
    // A month leading the record ("October — The Widget Week took place in
    // Shenzhen from 13 to 17 October."): the first day of that month it
    // tells, when it tells one.
    if first.start == 0
        && first.date.day.is_none()
        && first.date.month.is_some()
        && let Some(m) = extract::dates::find_dates(&text[first.end..], Some(first.date.year))
            .into_iter()
            .find(|m| {
                m.date.day.is_some()
                    && (m.date.year, m.date.month) == (first.date.year, first.date.month)
            })
    {
        return Some(m.date);
    }
    Some(first.date)
}

/// The last 40 bytes or so of the line before byte `abs` of the document,
/// lowercased: the words leading to a date.
fn lead_before(doc: &Document, abs: usize) -> String {
    let lead = &doc.text[doc.line_start(doc.line_of(abs))..abs];
    lead[lead.floor_char_boundary(lead.len().saturating_sub(40))..].to_ascii_lowercase()
}

/// Whether the words before a date look ahead to it (an effective date, a
/// deadline, a meeting to come) rather than tell what happened on it.
fn looks_ahead(lead: &str) -> bool {
    [
        "effect",
        "implement",
        "into force",
        "deadline",
        "due by",
        "until",
        "before",
        "no later than",
        // ("The next meeting will be held in X in March".)
        "will be held",
        "to be held",
        "will take place",
        // ("将于2029年12月1日起实施", "截止日期为 ...".)
        "将于",
        "截止",
    ]
    .iter()
    .any(|w| lead.contains(w))
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

    #[test]
    fn a_file_that_makes_reading_fail_is_a_warning_and_the_rest_is_read() {
        let file = |name: &str| InputFile {
            name: name.into(),
            bytes: b"SAC/TC260 met.".to_vec(),
        };
        let files = [file("a.txt"), file("boom.txt"), file("c.txt")];
        // A reader with a bug that only one file meets.
        let read = |fs: &[InputFile]| -> Vec<Result<DocDraft, Warning>> {
            assert!(fs.iter().all(|f| f.name != "boom.txt"), "a bug");
            read_batch(fs)
        };
        let out = guarded(&files, read);
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].as_ref().unwrap().document.file, "a.txt");
        assert_eq!(out[2].as_ref().unwrap().document.file, "c.txt");
        let w = out[1].as_ref().unwrap_err();
        assert_eq!(w.file, "boom.txt");
        assert!(w.message.contains("internal error"), "{}", w.message);
    }

    #[test]
    fn a_batch_gives_what_one_file_at_a_time_gives() {
        let mut warnings = Vec::new();
        let mut files = read_inputs(&Source::Bundled, &mut warnings).unwrap();
        // A bad file in the middle of the batch is a warning in its place.
        files.insert(
            2,
            InputFile {
                name: "nul.txt".into(),
                bytes: b"text\0with a NUL".to_vec(),
            },
        );
        let batch = process_batch(&files);
        assert_eq!(batch.len(), 6);
        for (file, b) in files.iter().zip(&batch) {
            let one = process(file);
            assert_eq!(format!("{b:?}"), format!("{one:?}"), "{}", file.name);
        }
        let w = batch[2].as_ref().unwrap_err();
        assert_eq!(w.file, "nul.txt");
        assert!(w.message.contains("binary"), "{}", w.message);
        let first = batch[0].as_ref().unwrap();
        assert_eq!(first.document.file, files[0].name);
    }
}
