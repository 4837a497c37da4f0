//! Standards drafted from their codes: title, Chinese title, the spelling
//! written, and the committee their record is about as `developed_by`
//! (inferred).

use super::homes::Homes;
use super::{Cx, codes};
use crate::model::builder::EntityDraft;
use crate::model::{EntityKind, RelationKind};
use rustc_hash::FxHashSet;
use std::collections::BTreeMap;

/// Drafts the standards on each line (`code_hits`, line-relative), each
/// developed by the committee of its session or record.
pub(super) fn draft_standards(
    cx: &mut Cx,
    code_hits: &[(u32, Vec<codes::CodeHit>)],
    homes: &Homes,
    session_committee: &BTreeMap<u32, String>,
) {
    let Homes {
        rec_home,
        home_named_at,
        unsure_home,
        ..
    } = homes;
    // Standards, developed by the committee their record is about.
    let mut named: FxHashSet<String> = FxHashSet::default();
    for (n, hits) in code_hits {
        let line = cx.doc.line(*n);
        let positions: Vec<(usize, &str)> =
            hits.iter().map(|h| (h.start, h.code.as_str())).collect();
        let replaced_flags = codes::replaced_on_line(line, &positions);
        for (k, h) in hits.iter().enumerate() {
            // A title ends where the next code on the line starts.
            let until = hits.get(k + 1).map_or(line.len(), |n| n.start);
            let mut d = EntityDraft::new(EntityKind::Standard, h.code.clone(), h.etype);
            d.code = Some(h.code.clone());
            if !named.contains(&h.code) {
                d.name = codes::title_after(&line[..until], h.end);
                if d.name.is_some() {
                    named.insert(h.code.clone());
                }
            }
            if d.name.is_none()
                && let Some(t) = codes::chinese_title(line, h.start, h.end)
            {
                d.aliases.push(t);
            }
            if h.written != h.code {
                d.aliases.push(h.written.clone());
            }
            let me = d.entity_ref();
            cx.mention(d, *n, h.start);
            // (International, European and association standards are no
            // national committee's work.)
            if matches!(h.etype, "international" | "european" | "association") {
                continue;
            }
            let ord = cx.rec_of[*n as usize];
            // The record's committee, when named before the standard: a
            // committee named only after a list is about part of it ("The
            // QC/T standards were developed by SAC/TC114").
            let committee = ord.and_then(|o| {
                session_committee.get(&o).or_else(|| {
                    rec_home
                        .get(&o)
                        .filter(|_| home_named_at.get(&o).is_none_or(|&at| at <= *n))
                        .filter(|_| !unsure_home.contains(&o))
                })
            });
            // A replaced code is an older standard, not the session's.
            if let Some(c) = committee.cloned().filter(|_| !replaced_flags[k]) {
                cx.link_at(
                    me,
                    RelationKind::DevelopedBy,
                    (EntityKind::Committee, c),
                    *n,
                    h.start,
                    true,
                );
            }
        }
    }
}
