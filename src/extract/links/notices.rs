//! An instrument's name that says who issued it, and what it issues:
//! "Notice of the Ministry of X on Issuing the Y Guidelines", "Decision of
//! the State Council on Printing and Distributing the Z Plan", "Opinions of
//! the State Council on Promoting X". The notice (and the instrument it
//! issues) are issued by the bodies named between "of" and "on"; when the
//! notice titles the document, on the document's own date (the day it is
//! signed).

use super::{Cat, LineHits};
use crate::extract::instruments::{InstrumentHit, find_instruments};
use crate::extract::{Cx, bodies};
use crate::model::builder::EntityDraft;
use crate::model::{DatedFact, EntityKind, RelationKind};

/// The words a notice's name opens with, before "of" and its issuer.
const HEADS: [&str; 9] = [
    "Notice of ",
    "Decision of ",
    "Circular of ",
    "Announcement of ",
    "Order of ",
    "Opinions of ",
    "Guiding Opinions of ",
    "Implementation Opinions of ",
    "Reply of ",
];

/// What a notice does to the instrument it names ("on Issuing the X").
const VERBS: [&str; 5] = [
    "Issuing ",
    "Printing and Distributing ",
    "Releasing ",
    "Publishing ",
    "Promulgating ",
];

/// The instrument a notice's name issues, and where its name starts in
/// it: "Notice of X on Issuing the Y Guidelines" → the Y Guidelines.
pub(super) fn issued_within(name: &str) -> Option<(usize, InstrumentHit)> {
    let from = name.find(" on ")? + " on ".len();
    let from = VERBS
        .iter()
        .find_map(|v| name[from..].strip_prefix(v).map(|_| from + v.len()))?;
    find_instruments(&name[from..])
        .into_iter()
        .find(|x| matches!(&name[from..from + x.start], "" | "the "))
        .map(|x| (from + x.start, x))
}

/// The `issued_by` links (and release dates) of every notice named in the
/// document's lines.
pub(super) fn notices_issuing(cx: &mut Cx, by_line: &LineHits) {
    let first_line = (1..=cx.doc.line_count() as u32).find(|&n| !cx.doc.line(n).trim().is_empty());
    let mut found = Vec::new();
    for (&n, hits) in by_line {
        let line = cx.doc.line(n);
        for h in hits
            .iter()
            .filter(|h| matches!(h.cat, Cat::Instrument { .. }))
        {
            let Some(name) = line.get(h.start..h.end) else {
                continue;
            };
            let Some(head) = HEADS.iter().find(|w| name.starts_with(*w)) else {
                continue;
            };
            // ("Opinions of the State Council on Promoting X": its
            // issuer, between "of" and "on".)
            let Some(at) = name.find(" on ") else {
                continue;
            };
            let issuers: Vec<(usize, bodies::BodyHit)> = bodies::find_known(&name[head.len()..at])
                .into_iter()
                .map(|b| (h.start + head.len() + b.start, b))
                .collect();
            // (The instrument it issues, found inside the notice's name.)
            let issued: Vec<(usize, InstrumentHit)> = issued_within(name)
                .map(|(at, x)| (h.start + at, x))
                .into_iter()
                .collect();
            if !issuers.is_empty() {
                found.push((n, h.start, h.r.clone(), issuers, issued));
            }
        }
    }
    for (n, at, notice, issuers, issued) in found {
        let titled = cx.doc.date_stated && first_line == Some(n);
        let date = cx.doc.date.filter(|_| titled);
        let mut by = Vec::with_capacity(issuers.len());
        for (pos, b) in issuers {
            let mut d = EntityDraft::new(b.kind, b.key.clone(), b.etype);
            if let Some(k) = bodies::body(&b.key) {
                d.name = Some(k.name.to_owned());
            }
            d.aliases.push(b.written);
            cx.mention(d, n, pos);
            by.push((b.kind, b.key));
        }
        let mut what_all = vec![notice];
        for (pos, x) in issued {
            let mut d = EntityDraft::new(EntityKind::Instrument, x.key.clone(), x.etype);
            d.name = Some(x.name.clone());
            cx.mention(d, n, pos);
            what_all.push((EntityKind::Instrument, x.key));
        }
        for what in what_all {
            for b in &by {
                cx.link_at(
                    what.clone(),
                    RelationKind::IssuedBy,
                    b.clone(),
                    n,
                    at,
                    false,
                );
            }
            if let Some(date) = date {
                let mut e = EntityDraft::new(EntityKind::Instrument, what.1.clone(), "");
                e.dates.push(DatedFact {
                    date,
                    what: "released".into(),
                });
                cx.add(e);
            }
        }
    }
}
