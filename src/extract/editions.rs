//! A standard's code written without its year ("GB/T 29829") in a
//! document that names one edition of it ("GB/T 29829-2022"): the same
//! standard, unless the document tells them apart.
//!
//! Articles give the full code once and the short one after ("GB/T
//! 48811-2027 ... GB/T 48811 will take effect on 1 October 2027"); read
//! alone, the short code would be a second standard holding half the
//! facts. The short code is folded into the edition as an alias when the
//! document names exactly one edition, links the two to nothing between
//! them (a revision of "GB/T 22239" replacing "GB/T 22239-2019" is a new
//! edition), and does not put one in a draft stage and the other in force.

use crate::model::EntityKind;
use crate::model::builder::{DraftNode, EntityDraft, EntityRef, RelationDraft};
use rustc_hash::FxHashMap;

/// The code without its edition: "GB/T 29829" of "GB/T 29829-2022" (or
/// "-202X"), "ISO/IEC 27001" of "ISO/IEC 27001:2022"; `None` for a code
/// with no year.
fn without_year(code: &str) -> Option<&str> {
    let (base, year) = code.rsplit_once(['-', ':'])?;
    let is_year = year.len() == 4
        && year.starts_with(['1', '2'])
        && year[1..]
            .bytes()
            .all(|b| b.is_ascii_digit() || b.eq_ignore_ascii_case(&b'x'));
    // (A base ends in a digit: "GB/T 1-2020", not "TC260-PG-2025".)
    (is_year && base.ends_with(|c: char| c.is_ascii_digit()) && base.contains(' ')).then_some(base)
}

/// Whether a status is a stage before publication.
fn is_draft_stage(s: &str) -> bool {
    matches!(
        s,
        "proposal" | "draft for comments" | "draft" | "under development" | "translation"
    )
}

/// Folds each yearless standard code into the one edition the document
/// names (see the module's documentation).
pub(super) fn fold_yearless(entities: &mut Vec<EntityDraft>, relations: &mut [RelationDraft]) {
    let standards = || {
        entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Standard)
    };
    // Yearless code → its editions' slots.
    let mut editions: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, e) in standards() {
        if let Some(base) = without_year(&e.key) {
            editions.entry(base).or_default().push(i);
        }
    }
    if editions.is_empty() {
        return;
    }
    // (short slot, edition slot)
    let mut folds: Vec<(usize, usize)> = Vec::new();
    for (i, e) in standards() {
        let Some([ed]) = editions.get(e.key.as_str()).map(Vec::as_slice) else {
            continue;
        };
        let edition = &entities[*ed];
        let (short, full) = (e.entity_ref(), edition.entity_ref());
        let linked = relations.iter().any(|r| {
            let ends = |a: &EntityRef, b: &EntityRef| {
                matches!(&r.from, DraftNode::Entity(f) if f == a) && r.to == *b
            };
            ends(&short, &full) || ends(&full, &short)
        });
        let stages_differ = match (&e.status, &edition.status) {
            (Some(a), Some(b)) => is_draft_stage(a) != is_draft_stage(b),
            _ => false,
        };
        if !linked && !stages_differ {
            folds.push((i, *ed));
        }
    }
    if folds.is_empty() {
        return;
    }
    let renamed: FxHashMap<EntityRef, EntityRef> = folds
        .iter()
        .map(|&(s, f)| (entities[s].entity_ref(), entities[f].entity_ref()))
        .collect();
    for r in relations.iter_mut() {
        if let DraftNode::Entity(from) = &mut r.from
            && let Some(to) = renamed.get(from)
        {
            *from = to.clone();
        }
        if let Some(to) = renamed.get(&r.to) {
            r.to = to.clone();
        }
    }
    // The edition's own values first; the short code's facts after them.
    let mut gone = vec![false; entities.len()];
    for &(s, f) in &folds {
        let mut short = std::mem::replace(
            &mut entities[s],
            EntityDraft::new(EntityKind::Standard, String::new(), String::new()),
        );
        gone[s] = true;
        let alias = short.key.clone();
        short.name = None;
        short.code = None;
        short.aliases.retain(|a| *a != entities[f].key);
        let full = &mut entities[f];
        full.merge(short);
        if !full.aliases.contains(&alias) {
            full.aliases.push(alias);
        }
    }
    let mut i = 0;
    entities.retain(|_| {
        i += 1;
        !gone[i - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_of_an_edition_is_the_last_part_of_its_code() {
        assert_eq!(without_year("GB/T 29829-2022"), Some("GB/T 29829"));
        assert_eq!(without_year("GB/T 45288.1-2025"), Some("GB/T 45288.1"));
        assert_eq!(without_year("YD/T 9501-202X"), Some("YD/T 9501"));
        assert_eq!(without_year("ISO/IEC 27001:2022"), Some("ISO/IEC 27001"));
        assert_eq!(without_year("GB 46864"), None);
        assert_eq!(without_year("IEC 62443-4-2"), None);
        assert_eq!(without_year("TC260-PG-20252A"), None);
        assert_eq!(without_year("20260948-T-469"), None);
    }
}
