//! Repealed instruments: "The Interim Provisions on X are repealed at the
//! same time", "were abolished on D", "The Decision repeals the Measures
//! for Y", "《X》同时废止". The instrument repealed gets the status `repealed`
//! (and the day, when the sentence gives it); one repealed "at the same
//! time" as the record's instrument takes effect is replaced by it.

use super::standards::{ACT_GAPS, date_of_act};
use super::{Cat, Hit};
use crate::extract::{Cx, sentence_bounds, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, RelationKind};
use regex::Regex;
use std::sync::LazyLock;

/// "was/are/shall be (simultaneously) repealed" (passive: what comes
/// before is repealed), "repeals/abolished the" (active: what follows).
static REPEAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?-u:\b)(?:(?P<p>(?P<aux>was|were|is|are|has\s+been|have\s+been|had\s+been|shall\s+be|will\s+be|is\s+to\s+be|are\s+to\s+be|is\s+hereby|are\s+hereby)\s+",
        r"(?:hereby\s+|officially\s+|formally\s+|also\s+|simultaneously\s+)?(?:repealed|abolished|annulled|revoked|rescinded))",
        r"|(?:repeals|repealed|abolishes|abolished|revokes|revoked|annuls|annulled)\s+(?:the\s+)?)(?-u:\b)",
        r"|(?P<zh>(?:同时|予以|已)?废止)",
    ))
    .expect("repeal")
});

/// "at the same time", "simultaneously": the repeal goes with the new
/// instrument's entry into force.
static SAME_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:at\s+the\s+same\s+time|simultaneously)(?-u:\b)|同时")
        .expect("same time")
});

/// Reads each repeal on line `n` (`raw`, its `hits`); `main` is the
/// instrument its record is about.
pub(super) fn repeals(
    cx: &mut Cx,
    raw: &str,
    hits: &[Hit],
    main: Option<&EntityRef>,
    n: u32,
    year: Option<i32>,
) {
    let instruments: Vec<&Hit> = hits
        .iter()
        .filter(|h| matches!(h.cat, Cat::Instrument { .. }))
        .collect();
    if instruments.is_empty() {
        return;
    }
    for c in REPEAL.captures_iter(raw) {
        let m = c.get(0).expect("match");
        let (a, b) = sentence_bounds(raw, m.start());
        let in_sent: Vec<&&Hit> = instruments
            .iter()
            .filter(|h| h.start >= a && h.end <= b)
            .collect();
        let passive = c.name("p").is_some() || c.name("zh").is_some();
        // The instruments named right before a passive phrase (a list of
        // them: "X and Y were repealed"), or right after an active one.
        let mut repealed: Vec<&EntityRef> = Vec::new();
        if passive {
            let mut until = m.start();
            for h in in_sent.iter().rev().filter(|h| h.end <= m.start()) {
                let gap = raw[h.end..until].trim_end_matches(['》', '"', '”', '*']);
                let gap = gap.trim_start_matches(['》', '"', '”', '*']);
                let first = until == m.start();
                let joins = if first {
                    close_before(gap)
                } else {
                    text::is_list_gap(gap) || gap == ", and the " || gap == " and the "
                };
                if !joins {
                    break;
                }
                repealed.push(&h.r);
                until = h.start;
            }
        } else {
            let mut from = m.end();
            for h in in_sent.iter().filter(|h| h.start >= m.end()) {
                let gap = raw[from..h.start].trim_matches(['《', '"', '“', '*']);
                let first = from == m.end();
                if !(first && gap.trim().is_empty()
                    || !first && (text::is_list_gap(gap) || gap == " and the " || gap == ", the "))
                {
                    break;
                }
                repealed.push(&h.r);
                from = h.end;
            }
        }
        if repealed.is_empty() {
            continue;
        }
        let future = c.name("aux").is_some_and(|x| {
            let x = x.as_str().to_ascii_lowercase();
            x.starts_with("shall") || x.starts_with("will") || x.contains(" to ")
        });
        let sent = &raw[a..b];
        let date = repeal_date(sent, m.start() - a, m.end() - a, year);
        let evidence = text::strip_markup(sent);
        // "... take effect on D, and the X is repealed at the same time":
        // the record's instrument (or the one the sentence names first)
        // replaces it.
        let with_new = SAME_TIME.is_match(sent);
        let new = in_sent
            .iter()
            .map(|h| &h.r)
            .find(|r| !repealed.contains(r))
            .or(main)
            .filter(|r| !repealed.contains(r));
        for r in repealed {
            let mut d = EntityDraft::new(r.0, r.1.clone(), "");
            if !future {
                d.status = Some("repealed".into());
            }
            if let Some(date) = date {
                d.dates.push(DatedFact {
                    date,
                    what: "repealed".into(),
                });
            }
            cx.add(d);
            if with_new && let Some(new) = new {
                // (Repealed the day the new one takes effect.)
                if date.is_none() {
                    cx.alongside.push((r.clone(), new.clone(), "repealed"));
                }
                cx.link(
                    new.clone(),
                    RelationKind::Replaces,
                    r.clone(),
                    n,
                    &evidence,
                    true,
                );
            }
        }
    }
}

/// What may stand between a repealed instrument and "is repealed": nothing,
/// a bracketed note ("(Order No. 5)"), or a short clause giving its year
/// ("issued in 2022", "of 2019").
fn close_before(gap: &str) -> bool {
    let g = gap.trim();
    if g.is_empty() || g.starts_with('(') && g.ends_with(')') && g.len() <= 60 {
        return true;
    }
    let words: Vec<&str> = g.trim_matches(',').split_whitespace().collect();
    words.len() <= 4
        && matches!(
            words.first().copied(),
            Some("issued" | "promulgated" | "adopted" | "of" | "dated" | "released")
        )
}

/// The day of a repeal: "repealed on D" / "as of D" / "with effect from
/// D" / "effective D" / "自D" after the phrase, or "On D, ..." opening the
/// sentence.
fn repeal_date(
    sent: &str,
    start: usize,
    end: usize,
    year: Option<i32>,
) -> Option<crate::model::PartialDate> {
    let gaps: Vec<&str> = ACT_GAPS
        .iter()
        .copied()
        .chain(["effective", "自", "于"])
        .collect();
    date_of_act(sent, (start, end), year, &gaps, &[',', '，'])
}
