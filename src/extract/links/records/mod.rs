//! Rules that walk a record line by line: list headings that set a status,
//! "Supporting Documents:" lists, titled projects, replaced standards,
//! labelled lines ("Issued by:", "Legal basis:", "Secretariat:") and the
//! dates and statuses stated around a standard's code.
//! This file walks the lines and keeps what a line hands on to the next
//! (`Walk`); list headings, list-introducing sentences and titled projects
//! are in `lists.rs`, the facts stated around a standard's code and what
//! replaces what in `facts.rs`, comment deadlines in `deadlines.rs`.

mod deadlines;
mod facts;
mod lists;

use super::about::{doc_instrument, main_instrument};
use super::chinese;
use super::labels;
use super::patterns::*;
use super::sentences::sentence_links;
use super::standards::replaced_hits;
use super::{Cat, Hit, LineHits};
use crate::extract::{Cx, text};
use crate::model::builder::EntityRef;
use crate::model::{PartialDate, Record};
use std::collections::BTreeMap;

/// What one record's walk carries from line to line.
#[derive(Default)]
struct Walk {
    /// The status a list heading or a list-introducing sentence set.
    status: Option<&'static str>,
    /// The date of the sentence that introduced the list as released ("On
    /// D, X approved and published three standards:").
    list_released: Option<PartialDate>,
    /// The effective date of the sentence that introduced the list.
    list_effective: Option<PartialDate>,
    /// Inside a "Supporting Documents:" list.
    supporting: bool,
    /// The instrument a list's items support, when the sentence that
    /// introduced the list names it (else the record's).
    supported: Option<EntityRef>,
    /// The standard the last line named (what "It will replace ..."
    /// refers back to).
    last_standard: Option<EntityRef>,
    /// The record's drafts for comments.
    for_comments: Vec<EntityRef>,
    /// The deadline a sentence naming none of them gives ("Comments should
    /// be sent by ..."), and its line.
    deadline: Option<(PartialDate, u32)>,
    /// How many of those drafts were named before the deadline.
    drafts_before_deadline: usize,
    /// Draft instruments a deadline sentence refers back to: the
    /// instrument, its deadline and the draft's release date.
    instrument_deadlines: Vec<(EntityRef, PartialDate, Option<PartialDate>)>,
}

/// What a record's lines are read against.
struct RecordCx<'a> {
    /// The record (or an agenda's preamble).
    r: &'a Record,
    /// Every hit of the document, by line.
    by_line: &'a LineHits,
    /// The document's year, or the record's.
    year: Option<i32>,
    /// The record's instrument.
    main: Option<EntityRef>,
    /// The record's committee: its session's, else its home committee.
    committee: Option<String>,
}

/// One non-empty line of a record and what is named on it.
struct Line<'a> {
    raw: &'a str,
    n: u32,
    hits: &'a [Hit],
    /// A list item: "- ", "• ", "* " or a number opens it.
    bullet: bool,
    /// Where "replace(s)", "supersede(s)" ... starts, if the line holds it.
    replace_at: Option<usize>,
    /// Which of the line's hits are replaced standards (after "Replace").
    replaced: Vec<bool>,
    /// The line's standards, the replaced ones left out.
    standards: Vec<&'a Hit>,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn read_links(
    cx: &mut Cx,
    records: &[Record],
    rec_home: &BTreeMap<u32, String>,
    session: &BTreeMap<u32, String>,
    by_line: &LineHits,
    year: Option<i32>,
) {
    // Which word lists each line holds a word of, in one pass (documents
    // lines are 1-based, the flags 0-based).
    let words = line_words(cx.doc.text.as_str());
    let has = |n: u32, bit: u8| {
        n.checked_sub(1)
            .and_then(|i| words.get(i as usize))
            .is_some_and(|b| b & bit != 0)
    };
    let about_doc = doc_instrument(cx, records, by_line);
    // An agenda's header above its first session ("Organizer: Secretariat
    // of X (Y)") is read like a record of its own (ordinal 0, no record's).
    let preamble = records
        .first()
        .filter(|f| cx.doc.kind == crate::model::DocKind::Agenda && f.lines.0 > 1)
        .map(|f| Record {
            ordinal: 0,
            title: String::new(),
            section: None,
            category: None,
            date: None,
            lines: (1, f.lines.0 - 1),
            summary_lines: None,
            ..f.clone()
        });
    for r in preamble.iter().chain(records) {
        // (A document with no date of its own: a record's year stands in
        // for it — a listing's item dated "2029-06-10 | ..." says "8 to 9
        // June" of 2029.)
        let rc = RecordCx {
            r,
            by_line,
            year: year.or(r.date.map(|d| d.year)),
            main: main_instrument(cx, r, by_line).or_else(|| about_doc.clone()),
            committee: session
                .get(&r.ordinal)
                .or_else(|| {
                    rec_home
                        .get(&r.ordinal)
                        .filter(|_| !cx.unsure_home.contains(&r.ordinal))
                })
                .cloned(),
        };
        let mut walk = Walk::default();
        for n in r.lines.0..=r.lines.1 {
            walk.line(cx, &rc, n, &has);
        }
        walk.finish(cx, &rc);
    }
}

impl Walk {
    /// Reads line `n` of the record.
    fn line(&mut self, cx: &mut Cx, rc: &RecordCx, n: u32, has: &dyn Fn(u32, u8) -> bool) {
        let RecordCx {
            r, by_line, year, ..
        } = *rc;
        let main = rc.main.as_ref();
        let committee = rc.committee.as_deref();
        let drafts_at_line_start = self.for_comments.len();
        let raw = cx.doc.line(n);
        // Only short lines can be list headings or labels, and only
        // those holding one of their words are cleaned for a look.
        let clean = if raw.len() < 120 && has(n, HAS_HEADING_WORD) {
            text::heading_text(text::without_clock(raw))
        } else {
            String::new()
        };
        let hits: &[Hit] = by_line.get(&n).map_or(&[], Vec::as_slice);
        if raw.trim().is_empty() || self.heading(&clean) {
            return;
        }
        let bullet = lists::is_bullet(raw);
        if self.supporting && !bullet {
            self.supporting = false;
        }
        let replace_at = if has(n, HAS_REPLACE_WORD) {
            REPLACE.find(raw).map(|m| m.start())
        } else {
            None
        };
        // "• NDRC and SAMR, Implementation Plan for X, issued D."
        if bullet && hits.iter().any(|h| matches!(h.cat, Cat::Instrument { .. })) {
            super::citations::cited_instrument(cx, raw, hits, n, year);
        }
        // A list item is about what it names itself, not what the
        // item before named — unless it refers back to it ("5.
        // Description: ... It will replace GB 1-2020.").
        if bullet && !replace_at.is_some_and(|p| super::referred::refers_back(raw, p)) {
            self.last_standard = None;
        }
        if !bullet {
            self.list_intro(cx, rc, raw, hits, n);
        }
        // Codes after "Replace" are the replaced standards, not the item.
        let replaced = match replace_at {
            Some(_) => replaced_hits(raw, hits),
            None => Vec::new(),
        };
        let standards: Vec<&Hit> = hits
            .iter()
            .zip(replaced.iter().chain(std::iter::repeat(&false)))
            .filter(|(h, old)| h.cat == Cat::Standard && !**old)
            .map(|(h, _)| h)
            .collect();
        let line = Line {
            raw,
            n,
            hits,
            bullet,
            replace_at,
            replaced,
            standards,
        };
        facts::instrument_replacements(cx, rc, &line, has(n, HAS_REPLACE_WORD));
        if self.titled_project(cx, rc, &line, has(n, HAS_HEADING_WORD)) {
            return;
        }
        self.titles_on_line(cx, rc, &line);
        self.standard_facts(cx, rc, &line);
        // "Article 9 of the Measures requires ... GB/T X": X supports them.
        let standards = &line.standards;
        if !standards.is_empty() && super::required::worth_reading(raw) {
            super::required::required_on_line(cx, raw, hits, n, main);
        }
        // "GB 1-2031 X. The standard was approved in July 2031."
        super::referred::referred_back_facts(cx, raw, hits, standards, year);
        self.replacements(cx, rc, &line);
        // Labelled lines ("Issued by: CAC, MIIT", "Legal basis: ...",
        // "Secretariat: X").
        if has(n, HAS_LABEL_WORD) && (raw.contains(':') || raw.contains('：')) {
            labels::labelled_line(cx, (raw, hits, n), r, by_line, (committee, main), year);
        }
        // "Drafting organizations: A, B", "起草单位：A、B", "Proposed by: X".
        if memchr::memchr2(b':', 0xEF, &raw.as_bytes()[..raw.len().min(80)]).is_some() {
            super::drafters::labelled_drafters(cx, (raw, n), r, by_line);
        }
        if !raw.is_ascii() && (raw.contains("起草") || raw.contains("提出")) {
            super::drafters::chinese_drafters(cx, (raw, hits, n), r, by_line);
        }
        chinese::committee_sentences(cx, raw, hits, n, committee);
        if super::chinese_events::worth_reading(raw) {
            super::chinese_events::meetings(cx, raw, hits, n, year);
            super::chinese_events::named_event_hosts(cx, raw, hits, n);
        }
        if chinese::worth_reading(raw) {
            chinese::chinese_sentences(cx, raw, hits, n, r, by_line, year);
        }
        if super::chinese_instruments::worth_reading(raw) {
            super::chinese_instruments::instrument_sentences(cx, raw, hits, n, year);
        }
        if self.deadline.is_none() {
            self.deadline_sentence(
                cx,
                rc,
                &line,
                has(n, HAS_COMMENT_WORD),
                drafts_at_line_start,
            );
        }
        // "SAMR published three national standards, which will take
        // effect on D." over the three it names after.
        if !bullet && raw.contains("standards") {
            super::counted::counted_sentence(cx, (raw, n), r, by_line, year);
        }
        // "SAC/TC 998 was established in 2003".
        if hits.iter().any(|h| h.cat == Cat::Committee) || committee.is_some() {
            super::committee_rules::established(cx, raw, hits, committee);
        }
        // "Working Group 8 will finalize GB/T X".
        if hits.len() >= 2 {
            super::developed::drafted_by_subject(cx, raw, hits, n);
            super::developed::administered_by_a_ministry(cx, raw, hits);
        }
        // (An instrument a sentence above issued without naming it,
        // named here.)
        if cx.unnamed_issue.is_some() {
            let named: Vec<EntityRef> = hits
                .iter()
                .filter(|h| matches!(h.cat, Cat::Instrument { .. }))
                .map(|h| h.r.clone())
                .collect();
            super::issued::resolve_unnamed(cx, named.iter(), r.ordinal);
        }
        // Sentence rules, on lines that hold a cue word and name
        // something (a rule needs both in its sentence) — or, for an
        // effective date, refer back to the record's instrument ("The
        // Measures will take effect on ...").
        // ("The standards take effect on D." names nothing but refers
        // back to the standards named before.)
        if !has(n, HAS_CUE_WORD)
            || hits.is_empty()
                && main.is_none()
                && !super::subjects::plural_standards(raw)
                && !raw.starts_with("They ")
                && !super::issued::authorities_at_large(raw)
        {
            return;
        }
        let cues = CUES.matches(raw);
        if !cues.matched_any()
            || hits.is_empty()
                && !cues.matched(CUE_EFFECTIVE)
                && !super::issued::authorities_at_large(raw)
        {
            return;
        }
        sentence_links(
            cx, &cues, raw, hits, n, main, committee, year, standards, by_line, r,
        );
    }

    /// A list heading sets the status of what follows; "Supporting
    /// Documents:" introduces the standards that support the record's
    /// instrument. True when `clean` (the line cleaned, if short and
    /// holding a heading's word) is one of them.
    fn heading(&mut self, clean: &str) -> bool {
        if STATUS_HEADING.is_match(clean) {
            self.status = status_of(clean);
            self.list_released = None;
            self.list_effective = None;
            self.supporting = false;
            self.supported = None;
            return true;
        }
        if SUPPORT_LABEL.is_match(clean) {
            self.supporting = true;
            self.supported = None;
            return true;
        }
        false
    }
}
