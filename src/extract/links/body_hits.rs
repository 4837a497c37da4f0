//! Bodies named in a document: the dictionary's first, then those found by
//! the shape of their names where no dictionary body is; each drafted once
//! with its code (its abbreviation) and named again at every mention.

use super::abbreviations::{Abbreviation, abbreviation_mentions, abbreviation_of};
use super::{Cat, Hit, LineHits, place};
use crate::extract::{Cx, bodies};
use crate::model::RelationKind;
use crate::model::builder::EntityDraft;

/// Drafts the bodies of `known` (dictionary hits) and `shapes` (hits by
/// shape, dropped where they overlap a dictionary hit) and adds their hits
/// to `by_line`, skipping those inside an instrument's name or a code.
pub(super) fn draft_bodies(
    cx: &mut Cx,
    known: Vec<bodies::BodyHit>,
    shapes: Vec<bodies::BodyHit>,
    by_line: &mut LineHits,
) {
    // Bodies: the dictionary first, then shapes that overlap nothing.
    let mut body_hits = Vec::with_capacity(known.len());
    for h in shapes {
        // Both lists are sorted: the known hits that could overlap `h` start before its end.
        let i = known.partition_point(|b| b.end <= h.start);
        if known.get(i).is_none_or(|b| b.start >= h.end) {
            body_hits.push(h);
        }
    }
    body_hits.extend(known);
    body_hits.sort_by_key(|h| h.start);
    let mut drafted = rustc_hash::FxHashSet::default();
    let mut shape_abbrs: Vec<Abbreviation> = Vec::new();
    for h in body_hits {
        let (n, s) = place(cx, h.start);
        let len = h.end - h.start;
        if by_line
            .get(&n)
            .is_some_and(|v| v.iter().any(|x| s < x.end && x.start < s + len))
        {
            continue; // inside an instrument's name or a code
        }
        // A body this loop has already drafted is only named again.
        if let Some(slot) = cx.slot(h.kind, &h.key)
            && drafted.contains(&slot)
        {
            cx.mention_again(slot, Some(&h.written), n, s);
            // (Its abbreviation may come only now: a byline names the body
            // in full, the text then "the X Association (XA)".)
            if cx.entities[slot].code.is_none()
                && bodies::body(&h.key).is_none()
                && let Some(a) = abbreviation_of(&cx.doc.text[h.start..h.end])
            {
                cx.entities[slot].code = Some(a.to_owned());
                cx.entities[slot].aliases.push(a.to_owned());
                shape_abbrs.push(Abbreviation {
                    abbr: a.to_owned(),
                    of: (h.kind, h.key.clone()),
                    span: (h.start, h.end),
                    cat: Cat::Body,
                });
            }
            by_line.entry(n).or_default().push(Hit {
                start: s,
                end: s + len,
                r: (h.kind, h.key),
                cat: Cat::Body,
            });
            continue;
        }
        let mut d = EntityDraft::new(h.kind, h.key.clone(), h.etype);
        let known = bodies::body(&h.key);
        d.name = Some(known.map_or(h.key.clone(), |b| b.name.to_owned()));
        if known.is_some() && b_is_abbr(&h.key) {
            d.code = Some(h.key.clone());
        }
        d.aliases.push(h.written.clone());
        // "Beijing Academy of X (BAAI)": the abbreviation is its code, and
        // names it wherever the document uses it.
        let span = &cx.doc.text[h.start..h.end];
        let abbr = known.is_none().then(|| abbreviation_of(span)).flatten();
        if let Some(a) = abbr {
            d.code = Some(a.to_owned());
            d.aliases.push(a.to_owned());
            shape_abbrs.push(Abbreviation {
                abbr: a.to_owned(),
                of: (h.kind, h.key.clone()),
                span: (h.start, h.end),
                cat: Cat::Body,
            });
        }
        let me = d.entity_ref();
        drafted.insert(cx.mention(d, n, s));
        if let Some(p) = known.and_then(|b| b.parent).and_then(bodies::body) {
            let mut pd = EntityDraft::new(p.kind, p.key, p.etype);
            pd.name = Some(p.name.to_owned());
            cx.add(pd);
            cx.link_at(
                me.clone(),
                RelationKind::PartOf,
                (p.kind, p.key.to_owned()),
                n,
                s,
                true,
            );
        }
        by_line.entry(n).or_default().push(Hit {
            start: s,
            end: s + len,
            r: me,
            cat: Cat::Body,
        });
    }
    abbreviation_mentions(cx, by_line, &shape_abbrs);
}

fn b_is_abbr(key: &str) -> bool {
    key.chars().all(|c| c.is_ascii_uppercase())
}
