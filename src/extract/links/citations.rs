//! Instruments cited the way a digest's list or a reference list writes
//! them: the issuers, then the instrument, then the day ("• NDRC and SAMR,
//! Implementation Plan for X (2031–2035), issued 2031-08-02.", "3. MIIT.
//! Guidelines for Y. 2031-09-10."). The issuers issued it; the day is its
//! release.

use super::{Cat, Hit};
use crate::extract::{Cx, dates, text};
use crate::model::builder::EntityDraft;
use crate::model::{DatedFact, EntityKind, RelationKind};

/// Links a list item citing an instrument to its issuers and release day
/// (see the module's examples). `raw` is the item's line `n`.
pub(super) fn cited_instrument(cx: &mut Cx, raw: &str, hits: &[Hit], n: u32, year: Option<i32>) {
    let lead = raw.len() - list_body(raw).len();
    let Some(inst) = hits
        .iter()
        .find(|h| matches!(h.cat, Cat::Instrument { .. }) && h.start >= lead)
    else {
        return;
    };
    let issuers: Vec<&Hit> = hits
        .iter()
        .filter(|h| {
            matches!(h.cat, Cat::Body | Cat::Committee) && h.start >= lead && h.end <= inst.start
        })
        .collect();
    // Only the issuers before the instrument, joined by "and", "," or "、",
    // and a full stop, comma or colon after the last.
    let Some(last) = issuers.last() else {
        return;
    };
    let mut gaps = issuers.windows(2).map(|w| raw[w[0].end..w[1].start].trim());
    let joined = raw[lead..issuers[0].start].trim().is_empty()
        && gaps.all(|g| matches!(g, "and" | "," | ", and" | "、" | "&" | "/"));
    let closed = matches!(
        raw[last.end..inst.start].trim(),
        "," | "." | ":" | "：" | "，"
    );
    if !joined || !closed {
        return;
    }
    let line = text::strip_markup(raw);
    for b in &issuers {
        cx.link(
            inst.r.clone(),
            RelationKind::IssuedBy,
            b.r.clone(),
            n,
            &line,
            false,
        );
    }
    if let Some(date) = cited_date(&raw[inst.end..], year) {
        let mut e = EntityDraft::new(EntityKind::Instrument, inst.r.1.clone(), "");
        e.dates.push(DatedFact {
            date,
            what: "released".into(),
        });
        cx.add(e);
    }
}

/// A list item's text after its marker ("• ", "- ", "3. ", "(3) ").
fn list_body(raw: &str) -> &str {
    text::strip_list_number(
        raw.trim_start()
            .trim_start_matches(['-', '*', '•'])
            .trim_start(),
    )
}

/// The day right after a cited instrument: ", issued 2031-08-02", ". 2031-09-10",
/// "(released on 3 May 2031)".
fn cited_date(rest: &str, year: Option<i32>) -> Option<crate::model::PartialDate> {
    let t = rest.trim_start_matches([',', '.', ' ', '(', '（', '，']);
    let t = [
        "issued on ",
        "issued ",
        "released on ",
        "released ",
        "published on ",
        "published ",
    ]
    .iter()
    .find_map(|w| t.strip_prefix(w))
    .unwrap_or(t);
    dates::date_at_start(t, year).map(|d| d.date)
}
