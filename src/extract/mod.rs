//! Extraction: what a careful analyst would write down after reading a
//! document. Runs per document on its lines and records and produces a
//! [`DocDraft`]: entity facts and relations, each with its source line.
//!
//! Rules live in their own files: [`codes`] (standard codes), [`committees`]
//! (committee codes and the tree), [`dates`] (dates in running text),
//! [`text`] (clean-up shared with segmentation), `sentence` (sentence
//! bounds and evidence); `found` runs the finders
//! over a batch of documents before anything is drafted ([`Found`]).
//!
//! [`extract_found`] places the codes and committees found on their lines,
//! then drafts in order: committees named in full without a code (`named`),
//! the committee each record and session is about (`homes`), the
//! committees (`committee_hits`), the standards (`standard_hits`), and
//! everything else with the links between them (`links`).

pub mod bodies;
pub mod codes;
mod committee_hits;
pub mod committees;
mod cx;
pub mod dates;
mod editions;
pub mod events;
mod forms;
mod found;
mod guesses;
mod homes;
pub mod instruments;
pub mod lag;
mod links;
mod named;
mod sentence;
mod shared_names;
mod standard_hits;
pub mod text;

pub(crate) use cx::Cx;
pub use found::Found;
use sentence::evidence_text;
pub use sentence::{sentence_at, sentence_bounds};
pub use shared_names::share_committee_names;

use crate::model::builder::DocDraft;
use crate::model::{Document, Record};
use committees::CommitteeHit;
use named::{named_again, named_only};

/// The work a plain scan does: every pattern of the finder rules (standard
/// codes, committees, dates, the body dictionary, name shapes, departments,
/// instruments, events) run with `find_iter` over the whole text, counting
/// matches and building nothing. The benchmark compares full ingestion
/// against it.
pub fn baseline_scan(text: &str) -> usize {
    baseline_scan_codes(text) + bodies::count(text) + instruments::count(text) + events::count(text)
}

/// A rule's name and a scan that runs it over a text, counting what it finds.
pub type RuleScan = (&'static str, fn(&str) -> usize);

/// The link rules' pattern families by name, each run on every line of a
/// text (see `cargo bench --bench rules`).
pub fn link_rule_scans() -> Vec<RuleScan> {
    links::rule_scans()
}

/// The part of [`baseline_scan`] for codes, committees and dates only (the
/// patterns of the first version of the benchmark, printed for comparison).
pub fn baseline_scan_codes(text: &str) -> usize {
    codes::count(text) + committees::count(text) + dates::count(text)
}

/// Which record each line belongs to (ordinal), by its span or its summary.
fn record_of_lines(doc: &Document, records: &[Record]) -> Vec<Option<u32>> {
    let mut v = vec![None; doc.line_count() + 2];
    for r in records {
        let spans = std::iter::once(r.lines).chain(r.summary_lines);
        for (a, b) in spans {
            for n in a..=b.min(doc.line_count() as u32) {
                v[n as usize] = Some(r.ordinal);
            }
        }
    }
    v
}

/// Extracts entities and relations from one document.
pub fn extract(doc: Document, records: Vec<Record>) -> DocDraft {
    let found = Found::find(&doc.text);
    extract_found(doc, records, found)
}

/// [`extract`] with the finders' results already at hand.
pub fn extract_found(doc: Document, records: Vec<Record>, found: Found) -> DocDraft {
    let rec_of = record_of_lines(&doc, &records);
    let mut cx = Cx::new(&doc, rec_of);
    let mut found = found;
    // Codes and committees are drafted here; the rest in `links`.
    let all_codes = std::mem::take(&mut found.codes);
    let all_committees = std::mem::take(&mut found.committees);

    // Pass 1: every code and committee named, found over the whole text
    // and placed on their lines.
    let mut chits: Vec<(u32, CommitteeHit)> = Vec::new();
    for mut h in all_committees {
        // "TC260" inside "TC260-PG-20252A" is part of a code (codes are
        // sorted and do not overlap, so one look at the nearest suffices).
        let i = all_codes.partition_point(|c| c.end <= h.start);
        if all_codes.get(i).is_some_and(|c| c.start < h.end) {
            continue;
        }
        let n = cx.doc.line_of(h.start);
        let base = cx.doc.line_start(n);
        h.start -= base;
        h.end -= base;
        chits.push((n, h));
    }
    let learned = named_again(&cx, &mut chits);
    named_only(&cx, &mut chits, &learned);
    let mut code_hits: Vec<(u32, Vec<codes::CodeHit>)> = Vec::new();
    for mut h in all_codes {
        let n = cx.doc.line_of(h.start);
        let base = cx.doc.line_start(n);
        h.start -= base;
        h.end -= base;
        match code_hits.last_mut() {
            Some((m, v)) if *m == n => v.push(h),
            _ => code_hits.push((n, vec![h])),
        }
    }

    let homes = homes::read_homes(&mut cx, &chits, &records);
    let (placed, session_committee) =
        committee_hits::place_committees(&mut cx, &chits, &records, &homes);
    standard_hits::draft_standards(&mut cx, &code_hits, &homes, &session_committee);

    cx.unsure_home = homes.unsure_home;
    links::extract_links(
        &mut cx,
        &records,
        &homes.rec_home,
        &session_committee,
        &code_hits,
        &placed,
        found,
    );

    cx.resolve_lags();
    editions::fold_yearless(&mut cx.entities, &mut cx.relations);
    links::default_statuses(&mut cx.entities);
    let Cx {
        entities,
        mut relations,
        warnings,
        owned_elsewhere,
        ..
    } = cx;
    guesses::settle(&mut relations, &owned_elsewhere);
    DocDraft {
        document: doc,
        records,
        entities,
        relations,
        warnings,
    }
}
