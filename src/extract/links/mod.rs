//! Bodies, instruments and events, and the links an analyst notes between
//! policies, regulations, standards and committees: `issued_by`,
//! `legal_basis`, `supports`, `replaces`, `amends`, `mirrors`,
//! `secretariat`; statuses and dated facts of standards and instruments.
//!
//! Rules read one sentence (or one labelled line such as "Legal basis: ...")
//! at a time and use the record's main instrument or committee as the
//! subject when the sentence does not name one.
//!
//! This file gathers what the rules read about (the hits on each line):
//! [`instrument_hits`], [`body_hits`] and [`event_hits`] draft the names
//! found and place them on their lines; [`patterns`] holds the cue patterns, [`records`] the rules that walk a
//! record line by line (list headings, labels, replacements) and
//! [`sentences`] the rules that read one sentence.

use super::{Cx, events};
use crate::model::builder::EntityRef;
use crate::model::{EntityKind, Record};
use std::collections::BTreeMap;

mod abbreviations;
mod about;
mod amendments;
mod body_hits;
mod chinese;
mod chinese_events;
mod chinese_instruments;
mod citations;
pub(crate) mod committee_rules;
mod counted;
mod developed;
mod drafters;
mod event_hits;
mod fields;
mod headlines;
mod held;
mod instrument_hits;
mod issued;
mod labels;
mod notices;
mod organizers;
mod patterns;
mod records;
mod referred;
mod repeals;
mod required;
mod same_day;
mod sentences;
mod signatures;
mod standards;
mod subjects;
mod titled;

use abbreviations::{
    Abbreviation, abbreviation_after, abbreviation_aliases, abbreviation_mentions,
};
use event_hits::held_dates;
use records::read_links;

pub(crate) use issued::UnnamedIssue;
pub(crate) use patterns::rule_scans;
pub(crate) use standards::default_statuses;

/// What a hit on a line is.
#[derive(Clone, Debug, PartialEq)]
enum Cat {
    Standard,
    Committee,
    Body,
    /// `law`: a law or a regulation, what other instruments rest on.
    Instrument {
        law: bool,
    },
    Event,
    /// A standard's title after its code: names nothing itself, only keeps
    /// other names from being read inside it.
    Title,
}

#[derive(Clone, Debug)]
struct Hit {
    start: usize,
    end: usize,
    r: EntityRef,
    cat: Cat,
}

/// Everything named on one line, sorted by position.
type LineHits = BTreeMap<u32, Vec<Hit>>;

/// The hits of lines `a..=b`; nothing when the range is empty (a plain
/// `BTreeMap::range` would panic on `a > b`).
fn lines_between(by_line: &LineHits, a: u32, b: u32) -> impl Iterator<Item = (&u32, &Vec<Hit>)> {
    let range = if a <= b {
        Some(by_line.range(a..=b))
    } else {
        None
    };
    range.into_iter().flatten()
}

fn place(cx: &Cx, start: usize) -> (u32, usize) {
    let n = cx.doc.line_of(start);
    (n, start - cx.doc.line_start(n))
}

/// Drafts the bodies, instruments and events found, records their mentions,
/// then reads the links. `rec_home` is the committee each record is about; `session`
/// the committee an agenda session is about.
pub(crate) fn extract_links(
    cx: &mut Cx,
    records: &[Record],
    rec_home: &BTreeMap<u32, String>,
    session: &BTreeMap<u32, String>,
    code_hits: &[(u32, Vec<super::codes::CodeHit>)],
    committees: &[(u32, usize, usize, String)],
    finds: super::Found,
) {
    let year = cx.doc.date.map(|d| d.year);
    let mut by_line: LineHits = BTreeMap::new();

    // Codes and committees, as found by the caller (line-relative).
    for (n, hs) in code_hits {
        for h in hs {
            by_line.entry(*n).or_default().push(Hit {
                start: h.start,
                end: h.end,
                r: (EntityKind::Standard, h.code.clone()),
                cat: Cat::Standard,
            });
        }
    }
    for (n, start, end, key) in committees {
        by_line.entry(*n).or_default().push(Hit {
            start: *start,
            end: *end,
            r: (EntityKind::Committee, key.clone()),
            cat: Cat::Committee,
        });
    }

    let inst_abbrs =
        instrument_hits::draft_instruments(cx, records, &mut by_line, finds.instruments);
    abbreviation_mentions(cx, &mut by_line, &inst_abbrs);
    notices::notices_issuing(cx, &by_line);
    instrument_hits::link_editions(cx, &by_line);

    body_hits::draft_bodies(cx, finds.known, finds.shapes, &mut by_line);
    signatures::signed_issuers(cx, &by_line);
    body_hits::departments(cx, &by_line, finds.departments);
    event_hits::draft_events(cx, records, &mut by_line, finds.events, year);
    // A name wrapped onto the next line ("State\nCouncil") is placed on its
    // first line and ends with it: the rules read one line at a time.
    // (Names may nest: an event's name holds its committee's code.)
    for (&n, v) in by_line.iter_mut() {
        let len = cx.doc.line(n).len();
        for h in v.iter_mut() {
            h.end = h.end.min(len);
            h.start = h.start.min(h.end);
        }
        v.sort_by_key(|h| h.start);
    }
    labels::parenthetical_issuers(cx, &by_line);
    held::held_events(cx, &mut by_line, rec_home, year);
    held::code_meetings(cx, &mut by_line, year);

    committee_rules::named_working_groups(cx, records, rec_home);
    abbreviation_aliases(cx);
    read_links(cx, records, rec_home, session, &by_line, year);
    for r in records {
        fields::standard_fields(cx, r, &by_line, year);
    }
}
