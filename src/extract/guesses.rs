//! The committees guessed from context (a standard's record, a section)
//! checked against what the document states, once all of it is read.

use crate::model::RelationKind;
use crate::model::builder::{DraftNode, EntityRef, RelationDraft};
use rustc_hash::FxHashSet;

/// Drops the guessed `developed_by` links the text contradicts: a
/// standard replaced on the line its guess came from is an older one, a
/// committee the text states for a standard wins over a guessed one, and
/// a standard the text puts under another body (`owned_elsewhere`) has
/// no guessed committee.
pub(super) fn settle(relations: &mut Vec<RelationDraft>, owned_elsewhere: &[EntityRef]) {
    if !owned_elsewhere.is_empty() {
        relations.retain(|r| {
            !(r.kind == RelationKind::DevelopedBy
                && r.inferred
                && matches!(&r.from, DraftNode::Entity(e) if owned_elsewhere.contains(e)))
        });
    }
    // A standard replaced on a line (a table's "Replaces" column, "which
    // replaces GB/T ...") is an older one: the committee guessed for what
    // that line lists is not its committee.
    let replaced_at: FxHashSet<(&EntityRef, u32)> = relations
        .iter()
        .filter(|r| r.kind == RelationKind::Replaces)
        .map(|r| (&r.to, r.line))
        .collect();
    if !replaced_at.is_empty() {
        let drop: FxHashSet<(EntityRef, u32)> = relations
            .iter()
            .filter(|r| r.kind == RelationKind::DevelopedBy && r.inferred)
            .filter_map(|r| match &r.from {
                DraftNode::Entity(e) if replaced_at.contains(&(e, r.line)) => {
                    Some((e.clone(), r.line))
                }
                _ => None,
            })
            .collect();
        relations.retain(|r| {
            !(r.kind == RelationKind::DevelopedBy
                && r.inferred
                && matches!(&r.from, DraftNode::Entity(e) if drop.contains(&(e.clone(), r.line))))
        });
    }
    // A committee guessed from the context gives way to one the text states
    // for the same standard.
    let stated: FxHashSet<&EntityRef> = relations
        .iter()
        .filter(|r| r.kind == RelationKind::DevelopedBy && !r.inferred)
        .filter_map(|r| match &r.from {
            DraftNode::Entity(e) => Some(e),
            DraftNode::Record(_) => None,
        })
        .collect();
    let guessed_over: FxHashSet<EntityRef> = relations
        .iter()
        .filter(|r| r.kind == RelationKind::DevelopedBy && r.inferred)
        .filter_map(|r| match &r.from {
            DraftNode::Entity(e) if stated.contains(e) => Some(e.clone()),
            _ => None,
        })
        .collect();
    if !guessed_over.is_empty() {
        relations.retain(|r| {
            !(r.kind == RelationKind::DevelopedBy
                && r.inferred
                && matches!(&r.from, DraftNode::Entity(e) if guessed_over.contains(e)))
        });
    }
}
