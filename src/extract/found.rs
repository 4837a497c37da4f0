//! The finder rules' results for a document ([`Found`]), and running the
//! finders one rule at a time over a batch of documents.

use super::{bodies, codes, committees, events, instruments};
use committees::CommitteeHit;

/// What the finder rules see in one document's text: every name found by
/// its pattern, before any of it is drafted. The finders depend on the text
/// alone, so they can run ahead of extraction, one rule at a time over a
/// batch of documents ([`Found::batch`]).
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// Standard codes.
    pub codes: Vec<codes::CodeHit>,
    /// Committee codes.
    pub committees: Vec<CommitteeHit>,
    /// Instruments.
    pub instruments: Vec<instruments::InstrumentHit>,
    /// Dictionary bodies.
    pub known: Vec<bodies::BodyHit>,
    /// Bodies found by the shape of their name.
    pub shapes: Vec<bodies::BodyHit>,
    /// Departments: (start, end, name, end of "under").
    pub departments: Vec<(usize, usize, String, usize)>,
    /// Events.
    pub events: Vec<events::EventHit>,
}

impl Found {
    /// Every finder over one text.
    pub fn find(text: &str) -> Found {
        Found::batch(&[text]).pop().unwrap_or_default()
    }

    /// Every finder over each of `texts`, one rule at a time: a rule's
    /// automaton stays in the processor's cache while it reads the whole
    /// batch, instead of being evicted by the other rules' automata after
    /// each document (≈ 15 % of the finders' time on a large corpus).
    pub fn batch(texts: &[&str]) -> Vec<Found> {
        let mut out: Vec<Found> = texts.iter().map(|_| Found::default()).collect();
        // One rule over every text of the batch, then the next rule.
        macro_rules! rule_by_rule {
            ($($field:ident = $find:path;)*) => {$(
                for (f, t) in out.iter_mut().zip(texts) {
                    f.$field = $find(t);
                }
            )*};
        }
        rule_by_rule! {
            codes = codes::find_codes;
            committees = committees::find_committees;
            instruments = instruments::find_instruments;
            known = bodies::find_known;
            shapes = bodies::find_by_shape;
            departments = bodies::find_departments;
            events = events::find_events;
        }
        out
    }
}
