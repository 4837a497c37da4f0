//! What one document teaches about another: a committee a document knows
//! only by its full name ("由全国小部件标准化技术委员会归口") is the committee
//! another document of the corpus names with that name beside its code
//! ("全国小部件标准化技术委员会（SAC/TC 931）"). Runs over all documents' drafts
//! before the model is built.

use super::committees::{compared_name as compared, is_name_key};
use crate::model::EntityKind;
use crate::model::builder::{DocDraft, DraftNode, EntityRef};
use rustc_hash::FxHashMap;

/// Rekeys every committee known by name alone (and the groups under it)
/// to the code another document gives that name, in entities and
/// relations. A name two codes claim is left alone.
pub fn share_committee_names(drafts: &mut [DocDraft]) {
    // (Most corpora name every committee by its code: nothing to do.)
    let named_only = |d: &DocDraft| {
        d.entities
            .iter()
            .any(|e| e.kind == EntityKind::Committee && is_name_key(&e.key))
    };
    if !drafts.iter().any(named_only) {
        return;
    }
    let mut coded: FxHashMap<String, Option<String>> = FxHashMap::default();
    for e in drafts.iter().flat_map(|d| &d.entities) {
        if e.kind != EntityKind::Committee || is_name_key(&e.key) {
            continue;
        }
        for n in e.name.iter().chain(&e.aliases).filter(|n| is_name_key(n)) {
            coded
                .entry(compared(n))
                .and_modify(|k| {
                    if k.as_deref() != Some(e.key.as_str()) {
                        *k = None;
                    }
                })
                .or_insert_with(|| Some(e.key.clone()));
        }
    }
    if coded.is_empty() {
        return;
    }
    for d in drafts.iter_mut() {
        let mut renamed: FxHashMap<String, String> = FxHashMap::default();
        for e in &d.entities {
            if e.kind != EntityKind::Committee || !is_name_key(&e.key) || e.key.contains('/') {
                continue;
            }
            if let Some(Some(code)) = coded.get(&compared(&e.key)) {
                renamed.insert(e.key.clone(), code.clone());
            }
        }
        if renamed.is_empty() {
            continue;
        }
        // "Name/WG 3" → "CODE/WG 3".
        let new_key = |key: &str| -> Option<String> {
            let (top, rest) = key.split_once('/').unwrap_or((key, ""));
            let code = renamed.get(top)?;
            Some(if rest.is_empty() {
                code.clone()
            } else {
                format!("{code}/{rest}")
            })
        };
        for e in &mut d.entities {
            if e.kind != EntityKind::Committee {
                continue;
            }
            if let Some(k) = new_key(&e.key) {
                let old = std::mem::replace(&mut e.key, k.clone());
                // (The name is an alias; "Name/WG 3" is no spelling.)
                if !old.contains('/') && !e.aliases.contains(&old) {
                    e.aliases.push(old);
                }
                e.code = Some(k);
            }
        }
        let fix = |r: &mut EntityRef| {
            if r.0 == EntityKind::Committee
                && let Some(k) = new_key(&r.1)
            {
                r.1 = k;
            }
        };
        for r in &mut d.relations {
            if let DraftNode::Entity(e) = &mut r.from {
                fix(e);
            }
            fix(&mut r.to);
        }
    }
}
