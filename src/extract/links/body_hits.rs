//! Bodies named in a document: the dictionary's first, then those found by
//! the shape of their names where no dictionary body is; each drafted once
//! with its code (its abbreviation) and named again at every mention; a
//! department `part_of` the ministry it is under.

use super::abbreviations::{Abbreviation, abbreviation_mentions, abbreviation_of};
use super::{Cat, Hit, LineHits, place};
use crate::extract::{Cx, bodies};
use crate::model::builder::EntityDraft;
use crate::model::{EntityKind, RelationKind};

/// Drafts the bodies of `known` (dictionary hits) and `shapes` (hits by
/// shape, dropped where they overlap a dictionary hit) and adds their hits
/// to `by_line`, skipping those inside an instrument's name or a code.
pub(super) fn draft_bodies(
    cx: &mut Cx,
    known: Vec<bodies::BodyHit>,
    shapes: Vec<bodies::BodyHit>,
    by_line: &mut LineHits,
) {
    let (shapes, known, parents) = under_authorities(&cx.doc.text, shapes, known);
    // Bodies: the dictionary first, then shapes that overlap nothing.
    let mut body_hits = Vec::with_capacity(known.len());
    for h in shapes {
        // (A Chinese name in an abbreviations table is an alias of the
        // body its row lists.)
        if !h.key.is_ascii() && super::abbreviations::table_row(line_at(cx, h.start)).is_some() {
            continue;
        }
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
        // "Third Research Institute of the Ministry of Public Security".
        if let Some(p) = parents.get(&h.start) {
            let mut pd = EntityDraft::new(p.kind, p.key.clone(), p.etype);
            pd.name = bodies::body(&p.key).map(|b| b.name.to_owned());
            if b_is_abbr(&p.key) {
                pd.code = Some(p.key.clone());
            }
            let pref = pd.entity_ref();
            cx.mention(pd, n, s + (p.start - h.start));
            cx.link_at(me.clone(), RelationKind::PartOf, pref, n, s, false);
        }
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

/// Bodies named as a unit of an authority: "Third Research Institute of the
/// Ministry of Public Security (TRIMPS)", "Research Institute of Highway,
/// Ministry of Transport": the shape hit grows to the whole name (which
/// tells one ministry's "Third Research Institute" from another's) and the
/// authority becomes its parent, keyed by where the unit starts.
type Parents = rustc_hash::FxHashMap<usize, bodies::BodyHit>;
fn under_authorities(
    text: &str,
    mut shapes: Vec<bodies::BodyHit>,
    known: Vec<bodies::BodyHit>,
) -> (Vec<bodies::BodyHit>, Vec<bodies::BodyHit>, Parents) {
    let mut parents = Parents::default();
    let mut taken = rustc_hash::FxHashSet::default();
    for h in &mut shapes {
        // "交通运输部小部件科学研究院": an institute under the ministry its
        // name opens with.
        if !h.key.is_ascii()
            && let Some(b) = chinese_authority_prefix(&h.key)
        {
            let start = h.start;
            parents.insert(
                start,
                bodies::BodyHit {
                    start,
                    end: start + b.1,
                    key: b.0.key.to_owned(),
                    kind: b.0.kind,
                    etype: b.0.etype,
                    written: h.key[..b.1].to_owned(),
                },
            );
            continue;
        }
        let after = &text[h.end..];
        let Some(gap) = [" of the ", ", "]
            .into_iter()
            .find(|g| after.starts_with(g))
        else {
            continue;
        };
        let at = h.end + gap.len();
        let Some((i, k)) = known
            .iter()
            .enumerate()
            .find(|(_, k)| k.start == at && k.kind == crate::model::EntityKind::Authority)
        else {
            continue;
        };
        // (Written in full: "Ministry of Transport", not "MOT".)
        if text[k.start..k.end].split_whitespace().count() < 2 {
            continue;
        }
        let name = text[h.start..k.end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // (With the abbreviation after it: "..., Ministry of Transport (RIOH)".)
        let rest = &text[k.end..];
        let abbr = rest
            .strip_prefix(" (")
            .and_then(|r| r.find(')'))
            .map(|j| j + 3)
            .filter(|&l| abbreviation_of(&rest[..l]).is_some());
        h.end = k.end + abbr.unwrap_or(0);
        h.key = name.clone();
        h.written = name;
        parents.insert(h.start, k.clone());
        taken.insert(i);
    }
    let known = known
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !taken.contains(i))
        .map(|(_, k)| k)
        .collect();
    (shapes, known, parents)
}

/// The dictionary authority whose Chinese name opens `name`, with that
/// name's length, when more follows it ("交通运输部" in
/// "交通运输部公路科学研究院").
fn chinese_authority_prefix(name: &str) -> Option<(&'static bodies::Body, usize)> {
    bodies::BODIES
        .iter()
        .filter(|b| b.kind == crate::model::EntityKind::Authority)
        .flat_map(|b| b.names.iter().map(move |n| (*b, n.len(), *n)))
        .filter(|(_, len, n)| !n.is_ascii() && *len < name.len() && name.starts_with(n))
        .max_by_key(|(_, len, _)| *len)
        .map(|(b, len, _)| (b, len))
}

/// The line of the document holding byte `pos`.
fn line_at<'a>(cx: &Cx<'a>, pos: usize) -> &'a str {
    cx.doc.line(cx.doc.line_of(pos))
}

/// Departments inside a ministry: part_of the body named after "under".
pub(super) fn departments(
    cx: &mut Cx,
    by_line: &LineHits,
    found: Vec<(usize, usize, String, usize)>,
) {
    for (start, _, name, after) in found {
        let (n, s) = place(cx, start);
        let (_, a) = place(cx, after);
        // ("Department of X, MIIT": after a comma only a ministry, not the
        // next name of a list: "Department of Education, Y University".)
        let comma = cx.doc.text[..after].ends_with(", ");
        // (Its owner's possessive before it ends where `after` is.)
        let owned = after < start;
        let parent = by_line
            .get(&n)
            .and_then(|v| {
                v.iter().find(|h| {
                    h.cat == Cat::Body
                        && if owned {
                            h.end == a
                        } else {
                            h.start >= a && h.start <= a + 2
                        }
                })
            })
            .map(|h| h.r.clone())
            .filter(|p| !comma || p.0 == EntityKind::Authority);
        if let Some(p) = parent {
            let mut d = EntityDraft::new(p.0, format!("{} ({})", name, p.1), "department");
            d.name = Some(name.clone());
            let me = d.entity_ref();
            cx.mention(d, n, s);
            cx.link_at(me, RelationKind::PartOf, p, n, s, false);
        }
    }
}
