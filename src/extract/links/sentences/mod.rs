//! Rules that read one sentence: who issued an instrument and when, when it
//! takes effect, what it rests on (`legal_basis`), what supports it, what
//! amends it, which committee mirrors which and who holds a secretariat.
//! This file walks a line's sentences and works out what each is about (the
//! standards a pronoun or a count refers to); the larger rule families have
//! a file each: effective dates (`effective.rs`), legal basis (`basis.rs`)
//! and what supports an instrument (`supports.rs`).

use super::committee_rules::{Sentence, committee_sentence};
use super::patterns::*;
use super::standards;
use super::subjects::{
    collective_subject, earlier_standards, list_above, one_standard, plural_standards,
    pronoun_instrument, pronoun_standards, referred_instrument, topic_standard,
};
use super::{Cat, Hit, LineHits};
use crate::extract::{Cx, sentence_bounds, text};
use crate::model::Record;
use crate::model::builder::{EntityDraft, EntityRef};

mod basis;
mod effective;
mod supports;

/// One sentence of a line, what is named in it and what it is read
/// against: the view the sentence rules of this module's files share.
struct Said<'a> {
    /// The sentence.
    sent: &'a str,
    /// Where it starts in its line.
    at: usize,
    /// Its line.
    raw: &'a str,
    /// Every hit of its line.
    hits: &'a [Hit],
    /// The line's number.
    n: u32,
    /// The instruments named in the sentence.
    instruments: &'a [&'a &'a Hit],
    /// The line's standards (codes after "Replace" left out) in it.
    sent_standards: &'a [&'a &'a Hit],
    /// The bodies and committees named in it.
    issuers: &'a [&'a &'a Hit],
    /// The standards a pronoun or a counted subject refers to ("They",
    /// "All three").
    they: &'a [EntityRef],
    /// The record's instrument.
    main: Option<&'a EntityRef>,
    /// The document's year.
    year: Option<i32>,
    /// Every hit of the document, by line.
    by_line: &'a LineHits,
    /// The record the line is in.
    r: &'a Record,
    /// The sentence cleaned of markup, made once when first asked for.
    evidence: &'a dyn Fn() -> String,
}

impl Said<'_> {
    /// A hit's position in the sentence.
    fn rel(&self, h: &Hit) -> usize {
        h.start - self.at
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn sentence_links(
    cx: &mut Cx,
    cues: &regex::SetMatches,
    raw: &str,
    hits: &[Hit],
    n: u32,
    main: Option<&EntityRef>,
    committee: Option<&str>,
    year: Option<i32>,
    standards: &[&Hit],
    by_line: &LineHits,
    r: &Record,
) {
    let mut pos = 0;
    while pos < raw.len() {
        let (a, b) = sentence_bounds(raw, pos);
        let b = b.max(a + 1).min(raw.len());
        pos = b + 1;
        let sent = &raw[a..b];
        let in_sent: Vec<&Hit> = hits.iter().filter(|h| h.start >= a && h.end <= b).collect();
        // A sentence that names nothing can only date the record's
        // instrument it refers back to ("The Measures will take effect on
        // 1 July 2027.", "The amended law will take effect ...").
        // "They come into force on ..." after a sentence naming two or more
        // standards on this line: those standards.
        let mut they = pronoun_standards(raw, (a, sent), standards, hits);
        // ("- GB/T 1 ...\n- GB/T 2 ...\nThey will be implemented from D.":
        // the list right above a line that opens with "They".)
        // ("All three were released on D and support the X": so many of
        // that list.)
        if they.is_empty()
            && a == 0
            && let Some(count) = collective_subject(sent)
        {
            they = list_above(cx, by_line, r, n);
            // (Or a paragraph above naming them: "X issued GB/T 1 ... and
            // GB/T 2 ....\n\nThey support the Y.")
            if they.is_empty() {
                they = earlier_standards(cx, by_line, r, (n, a), standards, count);
            }
            if let Some(c) = count.filter(|c| they.len() > c.n()) {
                they = c.pick(they);
            }
        }
        // ("... two standards: GB/T 1-2029 X, and GB/T 2-2029 Y. Both were
        // released on D ...": the standards of the sentence before, on the
        // same line, when it names at least as many as counted.)
        if they.is_empty()
            && a > 0
            && let Some(count) = collective_subject(sent)
        {
            they = earlier_standards(cx, by_line, r, (n, a), standards, count);
        }
        // ("Chinese authorities on Tuesday unveiled a set of rules": an
        // instrument issued unnamed, named in a sentence after.)
        let unnamed_at_large =
            || cues.matched(CUE_ISSUE) && super::issued::authorities_at_large(sent);
        if in_sent.is_empty()
            && !unnamed_at_large()
            && !(cues.matched(CUE_EFFECTIVE)
                && (referred_instrument(cx, sent, main).is_some()
                    || pronoun_instrument(raw, a, hits).is_some()
                    || !they.is_empty()
                    || plural_standards(sent)
                    || one_standard(sent)
                    || topic_standard(cx, by_line, r, (n, a), sent).is_some()))
        {
            continue;
        }
        let ev = std::cell::OnceCell::new();
        let evidence = || ev.get_or_init(|| text::strip_markup(sent)).clone();
        let instruments: Vec<&&Hit> = in_sent
            .iter()
            .filter(|h| matches!(h.cat, Cat::Instrument { .. }))
            .collect();
        // The line's standards (codes after "Replace" left out) in this sentence.
        let sent_standards: Vec<&&Hit> = standards
            .iter()
            .filter(|h| h.start >= a && h.end <= b)
            .collect();
        // A sentence about standards without their codes ("Both standards
        // will take effect ...") does not date the record's instrument.
        // (Read only when that rule needs it.)
        let about_standards = || {
            !sent_standards.is_empty() || !they.is_empty() || {
                let l = sent.to_ascii_lowercase();
                l.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == "standard" || w == "standards")
            }
        };
        // "All three were released by SAMR and SAC on D": the list's
        // release dates (and withdrawal, comment deadline; effective dates
        // below).
        if !they.is_empty() && sent_standards.is_empty() {
            for f in standards::standard_dates(sent, (0, sent.len()), year) {
                if f.what != "effective" {
                    for s in &they {
                        let mut x = EntityDraft::new(s.0, s.1.clone(), "");
                        x.dates.push(f.clone());
                        cx.add(x);
                    }
                }
            }
        }
        let sentence = Sentence {
            text: sent,
            at: a,
            hits: &in_sent,
            line_hits: hits,
            n,
        };
        let issuers: Vec<&&Hit> = in_sent
            .iter()
            .filter(|h| matches!(h.cat, Cat::Body | Cat::Committee))
            .collect();

        if cx.unnamed_issue.is_some() || cues.matched(CUE_ISSUE) && instruments.is_empty() {
            super::issued::unnamed_issue(
                cx,
                &sentence,
                (&instruments, &issuers),
                (r.ordinal, year),
                &evidence,
            );
        }
        if cues.matched(CUE_ISSUE) {
            super::issued::issue_links(
                cx,
                &sentence,
                &instruments,
                &issuers,
                main,
                year,
                &evidence,
            );
        }
        let said = Said {
            sent,
            at: a,
            raw,
            hits,
            n,
            instruments: &instruments,
            sent_standards: &sent_standards,
            issuers: &issuers,
            they: &they,
            main,
            year,
            by_line,
            r,
            evidence: &evidence,
        };
        // Effective dates of instruments and standards.
        if cues.matched(CUE_EFFECTIVE) {
            effective::effective_dates(cx, &said, &about_standards);
        }
        // Legal basis: "in accordance with the Cryptography Law".
        if cues.matched(CUE_LEGAL) {
            basis::legal_basis(cx, &said);
        }
        // Supports: "to support the Measures ...", "the Measures are
        // supported by GB/T X".
        if cues.matched(CUE_SUPPORT) {
            supports::support_phrase(cx, &said);
        }
        // "TC260 published the supporting practice guide X".
        if cues.matched(CUE_SUPPORTING) {
            supports::supporting_word(cx, &said);
        }
        // Organizers: "Organized by TC260 and co-hosted by CESI".
        if cues.matched(CUE_ORGANIZED) {
            super::organizers::organizers(cx, &sentence, by_line, r, &evidence);
        }
        // Developed by: "GB/T X ... was drafted by SAC/TC114".
        if cues.matched(CUE_DEVELOPED) {
            super::developed::developed_by(cx, &sentence, &sent_standards, by_line, r, &evidence);
        }
        // Drafters and proposers: "drafted by A and B", "This document was
        // proposed by X", "A participated in the drafting of GB/T X".
        if cues.matched(CUE_DEVELOPED) || cues.matched(CUE_DRAFTING) {
            super::drafters::drafters(cx, &sentence, &sent_standards, (by_line, r), &evidence);
        }
        // Amends: "a draft amendment of Cybersecurity Law".
        if cues.matched(CUE_AMEND) {
            super::amendments::amendment(cx, (sent, a), &instruments, main, n, year, &evidence);
        }
        committee_sentence(cx, cues, &sentence, committee, &evidence);
    }
}
