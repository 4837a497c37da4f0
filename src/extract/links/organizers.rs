//! Who organizes an event: "Organized by TC260 and co-hosted by CESI and
//! the X Commission, the forum ...", "The forum was hosted by X".

use super::committee_rules::Sentence;
use super::patterns::ORGANIZED_BY;
use super::{Cat, Hit, LineHits, lines_between};
use crate::extract::Cx;
use crate::model::builder::EntityRef;
use crate::model::{Record, RelationKind};

/// The organizers a sentence names after its "organized by" (whose cue
/// matched): of the event named last before, on the line or earlier in the
/// record.
pub(super) fn organizers(
    cx: &mut Cx,
    s: &Sentence,
    by_line: &LineHits,
    r: &Record,
    evidence: &dyn Fn() -> String,
) {
    let (sent, a, n, hits, in_sent) = (s.text, s.at, s.n, s.line_hits, s.hits);
    let rel = |h: &Hit| h.start - a;
    if let Some(p) = ORGANIZED_BY.find(sent) {
        // An event named earlier is only this sentence's when the
        // sentence is about it: "Organized by X, ...", "The forum was
        // hosted by X" — not "The delegation, organized by X" or "The
        // next plenary will be held ..., hosted by X".
        let about_earlier = || event_subject(&sent[..p.start()]);
        let event = hits
            .iter()
            .rev()
            .find(|h| {
                h.cat == Cat::Event && h.start < a + p.start() && (h.start >= a || about_earlier())
            })
            .map(|h| h.r.clone())
            .or_else(|| {
                if !about_earlier() {
                    return None;
                }
                lines_between(by_line, r.lines.0, n.saturating_sub(1))
                    .flat_map(|(_, v)| v.iter())
                    .filter(|h| h.cat == Cat::Event)
                    .last()
                    .map(|h| h.r.clone())
            });
        if let Some(ev) = event {
            let mut at = p.end();
            for h in in_sent.iter().filter(|h| rel(h) >= p.end()) {
                // (A name nested in the one before is read with it.)
                let Some(gap) = sent.get(at..rel(h)) else {
                    continue;
                };
                let gap = gap.to_ascii_lowercase();
                let joined = gap
                    .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
                    .filter(|w| !w.is_empty())
                    .all(|w| {
                        matches!(
                            w,
                            "and"
                                | "the"
                                | "by"
                                | "jointly"
                                | "with"
                                | "cohosted"
                                | "co-hosted"
                                | "co-chaired"
                                | "co-organized"
                                | "co-organised"
                                | "hosted"
                                | "organized"
                                | "organised"
                                | "sponsored"
                                | "co-sponsored"
                        )
                    });
                if !joined {
                    break;
                }
                if matches!(h.cat, Cat::Body | Cat::Committee) {
                    cx.link(
                        ev.clone(),
                        RelationKind::IssuedBy,
                        h.r.clone(),
                        n,
                        &evidence(),
                        false,
                    );
                }
                at = rel(h) + (h.end - h.start);
            }
        }
    }
}

/// Whether the words of a sentence before its "organized by" are about an
/// event named before: none ("Organized by X, it ..."), or an event word
/// that is not another edition ("The forum was hosted by", not "The
/// delegation, organized by" nor "The next plenary ..., hosted by").
fn event_subject(before: &str) -> bool {
    // (A sentence that ends in a quote ends there: `... Sector." Organized by`.)
    let before = [".\" ", ".” ", "?\" ", "!\" "]
        .iter()
        .filter_map(|q| before.rfind(q).map(|i| i + q.len()))
        .max()
        .map_or(before, |i| &before[i..]);
    let l = before.trim().to_ascii_lowercase();
    if l.is_empty() || l == "it was" || l == "it is" || l == "it will be" {
        return true;
    }
    const EVENTS: [&str; 15] = [
        "meeting",
        "plenary",
        "forum",
        "conference",
        "webinar",
        "event",
        "seminar",
        "workshop",
        "symposium",
        "week",
        "summit",
        "training",
        "session",
        "dialogue",
        "olympiad",
    ];
    EVENTS.iter().any(|w| l.contains(w))
        && !["next ", "following ", "upcoming ", "previous ", "last "]
            .iter()
            .any(|w| l.contains(w))
}

/// The organizers an event's title block names on the lines under its
/// title ("Organized by the EU SME Centre and CESIP"): the bodies after
/// the phrase.
pub(super) fn labelled_event_organizers(
    cx: &mut Cx,
    by_line: &LineHits,
    event: &EntityRef,
    n: u32,
) {
    let last = (n + 4).min(cx.doc.line_count() as u32);
    for ln in n + 1..=last {
        let line = cx.doc.line(ln);
        let Some(p) = ORGANIZED_BY.find(line) else {
            continue;
        };
        let bodies: Vec<EntityRef> = by_line
            .get(&ln)
            .into_iter()
            .flatten()
            .filter(|h| h.cat == Cat::Body && h.start >= p.end())
            .map(|h| h.r.clone())
            .collect();
        let evidence = crate::extract::text::strip_markup(line);
        for b in bodies {
            cx.link(
                event.clone(),
                RelationKind::IssuedBy,
                b,
                ln,
                &evidence,
                false,
            );
        }
    }
}
