//! Which instrument a record is about, for the sentences that refer back
//! to it without its name ("The Measures will take effect on ...").

use super::subjects::{opening_head, unique_instrument_with};
use super::{Cat, LineHits, lines_between};
use crate::extract::{Cx, text};
use crate::model::builder::EntityRef;
use crate::model::{DocKind, Record};

/// The instrument a record is about: the first named in its title, else in
/// its first lines.
pub(super) fn main_instrument(cx: &Cx, r: &Record, by_line: &LineHits) -> Option<EntityRef> {
    let first = |a: u32, b: u32| {
        lines_between(by_line, a, b)
            .flat_map(|(_, v)| v.iter())
            .find(|h| matches!(h.cat, Cat::Instrument { .. }))
    };
    let in_title = first(r.lines.0, r.lines.0);
    // A title that is the instrument's name (a slide) names it best; a
    // headline only paraphrases it, and the text names it in full.
    let title_len = cx.doc.line(r.lines.0).trim().len().max(1);
    if let Some(h) = in_title
        && (h.end - h.start) * 10 >= title_len * 6
        && text::heading_text(&cx.doc.line(r.lines.0)[..h.start]).is_empty()
    {
        return Some(h.r.clone());
    }
    // A text that opens by referring back to an instrument ("The Provisions
    // are formulated in accordance with the X Law ...") is about that one,
    // not the first it names.
    let opening = (r.lines.0 + 1..=r.lines.1.min(r.lines.0 + 3))
        .map(|n| cx.doc.line(n).trim())
        .find(|l| !l.is_empty())
        .and_then(opening_head)
        .and_then(|head| unique_instrument_with(cx, head));
    if opening.is_some() {
        return opening;
    }
    first(r.lines.0 + 1, (r.lines.0 + 6).min(r.lines.1))
        .or(in_title)
        .map(|h| h.r.clone())
}

/// The one instrument an article's title is about ("Q&A: Interpretation
/// of the Measures for X", "X takes effect"): its records that name none
/// (the answers of a Q&A) refer back to it. None when the title names no
/// instrument or several, or the document is not a single article.
pub(super) fn doc_instrument(cx: &Cx, records: &[Record], by_line: &LineHits) -> Option<EntityRef> {
    let first = records
        .first()
        .filter(|_| cx.doc.kind == DocKind::Article)?;
    let n = first.lines.0;
    let mut named = by_line
        .get(&n)?
        .iter()
        .filter(|h| matches!(h.cat, Cat::Instrument { .. }));
    let h = named.next()?;
    named.next().is_none().then(|| h.r.clone())
}
