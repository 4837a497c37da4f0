//! Choosing what to export (and what a view shows): filters by kind,
//! committee (with its sub-committees), date range and text.

use crate::model::{EntityId, EntityKind, Model, Node, PartialDate, RecordId, RelationKind};
use std::collections::{BTreeSet, HashSet};

/// What to keep. The default filter keeps everything.
#[derive(Clone, Debug, PartialEq)]
pub struct Filter {
    /// Entity kinds to keep; `None` keeps all, an empty set none.
    pub kinds: Option<BTreeSet<EntityKind>>,
    /// Whether records are kept.
    pub records: bool,
    /// A committee code: keep it, its sub-committees and what they relate to.
    pub committee: Option<String>,
    /// Keep what is dated on or after this.
    pub since: Option<PartialDate>,
    /// Keep what is dated on or before this.
    pub until: Option<PartialDate>,
    /// Case-insensitive text in names, codes, aliases, titles or record text.
    pub query: Option<String>,
}

impl Default for Filter {
    fn default() -> Self {
        Self {
            kinds: None,
            records: true,
            committee: None,
            since: None,
            until: None,
            query: None,
        }
    }
}

/// The chosen part of a model.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Subset {
    /// Records kept, in model order.
    pub records: Vec<RecordId>,
    /// Entities kept, in model order.
    pub entities: Vec<EntityId>,
}

impl Subset {
    /// The whole model.
    pub fn all(model: &Model) -> Self {
        Self {
            records: model.records.iter().map(|r| r.id).collect(),
            entities: model.entities.iter().map(|e| e.id).collect(),
        }
    }
}

/// The committee and every committee below it.
pub fn committee_scope(model: &Model, root: EntityId) -> HashSet<EntityId> {
    let mut scope = HashSet::from([root]);
    let mut changed = true;
    while changed {
        changed = false;
        for e in &model.entities {
            if let Some(p) = e.parent
                && scope.contains(&p)
                && e.kind == EntityKind::Committee
                && scope.insert(e.id)
            {
                changed = true;
            }
        }
    }
    scope
}

/// Applies a filter. Fails only when the committee code is unknown.
pub fn select(model: &Model, f: &Filter) -> Result<Subset, String> {
    let scope = match &f.committee {
        Some(code) => {
            // A committee, or a body committees hang from (SAC, CCSA, ISO/IEC JTC 1).
            let id = model
                .find_by_code(code)
                .filter(|&id| {
                    model.entity(id).kind == EntityKind::Committee
                        || model.children(id).any(|c| c.kind == EntityKind::Committee)
                })
                .ok_or_else(|| format!("no committee with code {code:?} in the corpus"))?;
            Some(committee_scope(model, id))
        }
        None => None,
    };
    // Entities related to the committee scope (standards it develops...).
    let related: Option<HashSet<EntityId>> = scope.as_ref().map(|s| {
        let mut r = s.clone();
        for rel in &model.relations {
            if rel.kind == RelationKind::Mentions {
                continue;
            }
            if let Node::Entity(from) = rel.from {
                if s.contains(&rel.to) {
                    r.insert(from);
                }
                if s.contains(&from) && rel.kind != RelationKind::PartOf {
                    r.insert(rel.to);
                }
            }
        }
        r
    });
    let query = f
        .query
        .as_ref()
        .map(|q| q.to_lowercase())
        .filter(|q| !q.is_empty());
    let dated = f.since.is_some() || f.until.is_some();

    // Record dates per entity, for entities with no dated facts of their own.
    let mut mention_dates: Vec<Vec<PartialDate>> = vec![Vec::new(); model.entities.len()];
    let mut rec_mentions: Vec<Vec<EntityId>> = vec![Vec::new(); model.records.len()];
    for rel in &model.relations {
        if let (RelationKind::Mentions, Node::Record(r)) = (rel.kind, rel.from) {
            rec_mentions[r.index()].push(rel.to);
            if let Some(d) = model.record(r).date {
                mention_dates[rel.to.index()].push(d);
            }
        }
    }

    let entities: Vec<EntityId> = model
        .entities
        .iter()
        .filter(|e| f.kinds.as_ref().is_none_or(|k| k.contains(&e.kind)))
        .filter(|e| related.as_ref().is_none_or(|r| r.contains(&e.id)))
        .filter(|e| {
            !dated || {
                let own: Vec<PartialDate> = e.dates.iter().map(|d| d.date).collect();
                let ds = if own.is_empty() {
                    &mention_dates[e.id.index()]
                } else {
                    &own
                };
                ds.iter().any(|d| d.overlaps(f.since, f.until))
            }
        })
        .filter(|e| {
            query.as_ref().is_none_or(|q| {
                e.name.to_lowercase().contains(q)
                    || e.key.to_lowercase().contains(q)
                    || e.aliases.iter().any(|a| a.to_lowercase().contains(q))
            })
        })
        .map(|e| e.id)
        .collect();

    let records: Vec<RecordId> = if !f.records {
        Vec::new()
    } else {
        model
            .records
            .iter()
            .filter(|r| {
                related
                    .as_ref()
                    .is_none_or(|rel| rec_mentions[r.id.index()].iter().any(|e| rel.contains(e)))
            })
            .filter(|r| !dated || r.date.is_some_and(|d| d.overlaps(f.since, f.until)))
            .filter(|r| {
                query.as_ref().is_none_or(|q| {
                    r.title.to_lowercase().contains(q)
                        || record_text(model, r.id).to_lowercase().contains(q)
                })
            })
            .map(|r| r.id)
            .collect()
    };
    Ok(Subset { records, entities })
}

/// The full text of a record.
pub fn record_text(model: &Model, id: RecordId) -> String {
    let r = model.record(id);
    let d = model.document(r.document);
    (r.lines.0..=r.lines.1)
        .map(|n| d.line(n))
        .collect::<Vec<_>>()
        .join("\n")
}
