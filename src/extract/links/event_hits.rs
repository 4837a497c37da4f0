//! Events on the lines: each found name drafted with its date (after
//! "was held", in its sentence, or the document's for an agenda's or a
//! deck's own event), its place and the committee its name holds.

use super::{Cat, Hit, LineHits, events, held, organizers, place};
use crate::extract::{Cx, dates, instruments, sentence_bounds};
use crate::model::builder::EntityDraft;
use crate::model::{DatedFact, EntityKind, Record, RelationKind};

/// Drafts the events found (`hits`), records their mentions and hits on
/// `by_line`. `year` is the document's.
pub(super) fn draft_events(
    cx: &mut Cx,
    records: &[Record],
    by_line: &mut LineHits,
    hits: Vec<events::EventHit>,
    year: Option<i32>,
) {
    // Events, with their date and place. An agenda or a deck is about the
    // event its header names: undated there, it takes the document's date.
    let header_end = records.iter().map(|r| r.lines.0).min().unwrap_or(0);
    let about_event = matches!(
        cx.doc.kind,
        crate::model::DocKind::Agenda | crate::model::DocKind::Slides
    );
    for h in hits {
        let (n, s) = place(cx, h.start);
        let len = h.end - h.start;
        // An event's name may hold a committee or an instrument, not a code.
        if by_line.get(&n).is_some_and(|v| {
            v.iter()
                .any(|x| x.cat == Cat::Standard && s < x.end && x.start < s + len)
        }) {
            continue;
        }
        let line = cx.doc.line(n);
        let (a, b) = sentence_bounds(line, s);
        let key = events::event_key(&instruments::instrument_key(&h.name, ""));
        let mut d = EntityDraft::new(EntityKind::Event, key, h.etype);
        d.name = Some(h.name.clone());
        // (Undated, the document lends its record's year: a listing's item.)
        let year = year.or_else(|| {
            let o = cx.rec_of.get(n as usize).copied().flatten()?;
            Some(records.iter().find(|r| r.ordinal == o)?.date?.year)
        });
        if let Some(m) = held_after(&line[(s + len).min(b)..b], year)
            .or_else(|| dates::first_date(&line[a..b], year))
        {
            held_dates(&mut d, m);
        } else if (about_event && n < header_end || h.labelled && n <= 3)
            && let Some(date) = cx.doc.date
        {
            d.dates.push(DatedFact {
                date,
                what: "held".into(),
            });
            if let Some(end) = cx.doc.date_end {
                d.dates.push(DatedFact {
                    date: end,
                    what: "ends".into(),
                });
            }
        }
        // (An agenda's header may name the venue: "Venue: X".)
        // (So may the lines under a titled event: "Location: X".)
        let header_venue = || {
            let lines = if about_event && n < header_end {
                1..header_end
            } else if h.labelled && n <= 3 {
                n + 1..n + 8
            } else {
                return None;
            };
            lines
                .take_while(|&l| l as usize <= cx.doc.line_count())
                .find_map(|l| events::venue_label(cx.doc.line(l)))
        };
        // ("CESI will host the 2029 X Forum in Beijing on D": the place
        // right after the name.)
        if let Some(p) = events::place_after(&line[s..b])
            .or_else(|| line.get(s + len..b).and_then(events::listed_place))
            .or_else(|| line.get(s + len..b).and_then(held::place_in))
            .or_else(|| line.get(s + len..).and_then(events::place_after_zh))
            .or_else(header_venue)
        {
            d.place = Some(p);
        }
        let me = d.entity_ref();
        cx.mention(d, n, s);
        // "Plenary Meeting of SAC/TC 999": the committee named in the
        // event's name holds it.
        let holder = by_line.get(&n).and_then(|v| {
            v.iter()
                .find(|x| x.cat == Cat::Committee && x.start >= s && x.end <= s + len)
                .map(|x| x.r.clone())
        });
        if let Some(c) = holder {
            cx.link_at(me.clone(), RelationKind::IssuedBy, c, n, s, false);
        }
        // A titled event's header: "Organized by X and Y" on a line below.
        if h.labelled {
            organizers::labelled_event_organizers(cx, by_line, &me, n);
        }
        by_line.entry(n).or_default().push(Hit {
            start: s,
            end: s + len,
            r: me,
            cat: Cat::Event,
        });
    }
}

/// The date after "was held" ("X was held in Wuxi from 19 to 20 October"),
/// which beats a dateline before the name ("Wuxi, 21 October — X was held").
fn held_after(after: &str, year: Option<i32>) -> Option<dates::DateMatch> {
    let verb = [
        "was held",
        "were held",
        "took place",
        "will be held",
        "will take place",
    ]
    .iter()
    .filter_map(|v| after.find(v).map(|i| i + v.len()))
    .min()
    .filter(|&i| i <= 30)?;
    dates::first_date(&after[verb..], year).filter(|d| d.start <= 60)
}

/// An event's dates: when it was held and, for a range, when it ended.
pub(super) fn held_dates(d: &mut EntityDraft, m: dates::DateMatch) {
    d.dates.push(DatedFact {
        date: m.date,
        what: "held".into(),
    });
    if let Some(u) = m.until {
        d.dates.push(DatedFact {
            date: u,
            what: "ends".into(),
        });
    }
}
