//! An official document's signature: the issuing bodies on their own lines
//! at its end, over the date it was signed ("Ministry of Industry and
//! Information Technology\nCivil Aviation Administration of China\nApril
//! 3, 2028", "工业和信息化部办公厅\n2028年5月9日"). The instruments its
//! title issues ("Notice on Issuing the X Guidelines", "关于印发《X》的通知",
//! "Measures for Y") are issued by those bodies on that date.

use super::{Cat, LineHits, notices};
use crate::extract::{Cx, dates, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, PartialDate, RelationKind};

/// At most this many bodies sign one document.
const MAX_SIGNERS: usize = 6;

/// What may follow a body's name on a signature line: its office.
const OFFICES: [&str; 4] = ["办公厅", "办公室", " General Office", " (Seal)"];

/// Chinese verbs of a title that issues what it names ("关于印发《X》的通知").
const ZH_ISSUING: [&str; 5] = ["印发", "发布", "公布", "颁布", "修订"];

/// The `issued_by` links and release date a document's signature gives the
/// instruments its title issues.
pub(super) fn signed_issuers(cx: &mut Cx, by_line: &LineHits) {
    let Some(Signature {
        signers,
        date: signed,
        date_line,
    }) = signature(cx, by_line)
    else {
        return;
    };
    let Some(title) = (1..date_line).find(|&n| !cx.doc.line(n).trim().is_empty()) else {
        return;
    };
    if signers.iter().any(|s| s.1 == title) {
        return;
    }
    let issued = title_instruments(cx, by_line, title);
    for what in issued {
        for (body, n, pos) in &signers {
            cx.link_at(
                what.clone(),
                RelationKind::IssuedBy,
                body.clone(),
                *n,
                *pos,
                false,
            );
        }
        let dated = cx
            .slot(what.0, &what.1)
            .is_some_and(|s| cx.entities[s].dates.iter().any(|d| d.what == "released"));
        if !dated {
            let mut e = EntityDraft::new(EntityKind::Instrument, what.1.clone(), "");
            e.dates.push(DatedFact {
                date: signed,
                what: "released".into(),
            });
            cx.add(e);
        }
    }
}

/// The signature closing a document.
struct Signature {
    /// The signing bodies, each with its line and position.
    signers: Vec<(EntityRef, u32, usize)>,
    /// The day signed.
    date: PartialDate,
    /// The line of that date.
    date_line: u32,
}

/// The signature closing the document: bodies alone on their lines over a
/// day alone on the last line.
fn signature(cx: &Cx, by_line: &LineHits) -> Option<Signature> {
    let mut lines = (1..=cx.doc.line_count() as u32)
        .rev()
        .filter(|&n| !cx.doc.line(n).trim().is_empty());
    let date_line = lines.next()?;
    let m = dates::date_alone(cx.doc.line(date_line).trim())?;
    m.date.day?;
    let mut signers = Vec::new();
    for n in lines.take(MAX_SIGNERS) {
        let Some(body) = sole_body(cx, by_line, n) else {
            break;
        };
        signers.push(body);
    }
    signers.reverse();
    (!signers.is_empty()).then_some(Signature {
        signers,
        date: m.date,
        date_line,
    })
}

/// The one body a line consists of (its office may follow).
fn sole_body(cx: &Cx, by_line: &LineHits, n: u32) -> Option<(EntityRef, u32, usize)> {
    let line = cx.doc.line(n);
    let start = line.len() - line.trim_start().len();
    let end = line.trim_end().len();
    let mut bodies = by_line.get(&n)?.iter().filter(|h| h.cat == Cat::Body);
    let h = bodies.next()?;
    if bodies.next().is_some() || h.start > start {
        return None;
    }
    let rest = &line[h.end.min(end)..end];
    (rest.is_empty() || OFFICES.contains(&rest)).then(|| (h.r.clone(), n, h.start))
}

/// The instruments a title line issues: every one it names when it opens
/// with an instrument's name ("Notice on Issuing the X", "Measures for
/// Y") or is a Chinese notice of issue ("关于印发《X》的通知").
fn title_instruments(cx: &mut Cx, by_line: &LineHits, title: u32) -> Vec<EntityRef> {
    let line = cx.doc.line(title);
    let Some(hits) = by_line.get(&title) else {
        return Vec::new();
    };
    let mut inst = hits
        .iter()
        .filter(|h| matches!(h.cat, Cat::Instrument { .. }))
        .peekable();
    let Some(first) = inst.peek() else {
        return Vec::new();
    };
    let heading = text::heading_text(line);
    // (Its issuer's name may come first: "MIIT Announcement No. 5".)
    let opens = line.get(..first.start).is_some_and(|before| {
        before.char_indices().all(|(i, c)| {
            matches!(c, ' ' | '#' | '*' | '_')
                || hits
                    .iter()
                    .any(|h| h.cat == Cat::Body && h.start <= i && i < h.end)
        })
    });
    let zh = heading
        .strip_prefix("关于")
        .is_some_and(|rest| ZH_ISSUING.iter().any(|v| rest.starts_with(v)));
    if !(opens || zh) {
        return Vec::new();
    }
    let mut refs = Vec::new();
    for h in inst {
        refs.push(h.r.clone());
        // ("Notice on Issuing the X": and the X it issues.)
        if let Some((at, x)) = line.get(h.start..h.end).and_then(notices::issued_within) {
            let mut d = EntityDraft::new(EntityKind::Instrument, x.key.clone(), x.etype);
            d.name = Some(x.name.clone());
            cx.mention(d, title, h.start + at);
            refs.push((EntityKind::Instrument, x.key));
        }
    }
    refs.dedup();
    refs
}
