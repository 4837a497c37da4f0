//! Lookup tables over a model that every view needs and the model does not
//! keep: relations by entity, mentions by record and by entity, the
//! committee an entity belongs to, and the facet values. Built once per
//! model revision.

use crate::model::{DocId, EntityId, EntityKind, Item, Model, Node, RecordId, RelationKind};
use std::collections::BTreeSet;

/// Derived lookups over one model.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// The model revision this index was built from.
    pub revision: u64,
    /// Indices into `model.relations` leaving each entity (not `mentions`).
    pub outgoing: Vec<Vec<u32>>,
    /// Indices into `model.relations` arriving at each entity (not `mentions`).
    pub incoming: Vec<Vec<u32>>,
    /// Records that mention each entity, sorted.
    pub mentioned_in: Vec<Vec<RecordId>>,
    /// Entities each record mentions, sorted.
    pub record_mentions: Vec<Vec<EntityId>>,
    /// The committee column: the committee developing a standard, the parent
    /// of a committee, the committee an event or instrument is tied to.
    pub committee_of: Vec<Option<EntityId>>,
    /// Documents each entity is named in, sorted.
    pub documents_of: Vec<Vec<DocId>>,
    /// Distinct entity types (`GB/T`, `WG`, `law`...) and record categories, sorted.
    pub types: Vec<String>,
    /// Distinct statuses, sorted.
    pub statuses: Vec<String>,
}

impl Index {
    /// Builds the index.
    pub fn build(model: &Model) -> Self {
        let n = model.entities.len();
        let mut outgoing = vec![Vec::new(); n];
        let mut incoming = vec![Vec::new(); n];
        let mut mentioned_in = vec![Vec::new(); n];
        let mut record_mentions = vec![Vec::new(); model.records.len()];
        let mut committee_of: Vec<Option<EntityId>> = vec![None; n];
        for (i, rel) in model.relations.iter().enumerate() {
            match rel.from {
                Node::Record(r) => {
                    if rel.kind == RelationKind::Mentions {
                        mentioned_in[rel.to.index()].push(r);
                        record_mentions[r.index()].push(rel.to);
                    }
                }
                Node::Entity(from) => {
                    outgoing[from.index()].push(i as u32);
                    incoming[rel.to.index()].push(i as u32);
                    let to_committee = model.entity(rel.to).kind == EntityKind::Committee;
                    if to_committee
                        && committee_of[from.index()].is_none()
                        && matches!(rel.kind, RelationKind::DevelopedBy | RelationKind::PartOf)
                    {
                        committee_of[from.index()] = Some(rel.to);
                    }
                }
            }
        }
        for e in &model.entities {
            if committee_of[e.id.index()].is_none()
                && let Some(p) = e.parent
                && model.entity(p).kind == EntityKind::Committee
            {
                committee_of[e.id.index()] = Some(p);
            }
        }
        for v in &mut mentioned_in {
            v.sort();
            v.dedup();
        }
        for v in &mut record_mentions {
            v.sort();
            v.dedup();
        }
        let documents_of = model
            .entities
            .iter()
            .map(|e| {
                let mut d: Vec<DocId> = e.mentions.iter().map(|m| m.document).collect();
                d.dedup();
                d.sort();
                d.dedup();
                d
            })
            .collect();
        let mut types = BTreeSet::new();
        let mut statuses = BTreeSet::new();
        for e in &model.entities {
            if !e.etype.is_empty() {
                types.insert(e.etype.clone());
            }
            if let Some(s) = &e.status {
                statuses.insert(s.clone());
            }
        }
        for r in &model.records {
            if let Some(c) = &r.category {
                types.insert(c.clone());
            }
        }
        Self {
            revision: model.revision,
            outgoing,
            incoming,
            mentioned_in,
            record_mentions,
            committee_of,
            documents_of,
            types: types.into_iter().collect(),
            statuses: statuses.into_iter().collect(),
        }
    }

    /// How many times an item is named: an entity's mentions, a record's
    /// named entities.
    pub fn weight(&self, model: &Model, item: Item) -> usize {
        match item {
            Item::Entity(e) => model.entity(e).mentions.len(),
            Item::Record(r) => self.record_mentions[r.index()].len(),
        }
    }

    /// The entity's degree in the relationship graph (relations in and out,
    /// `mentions` excluded).
    pub fn degree(&self, e: EntityId) -> usize {
        self.outgoing[e.index()].len() + self.incoming[e.index()].len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Source, load};

    #[test]
    fn a_standard_belongs_to_the_committee_developing_it() {
        let m = load(&Source::Bundled).unwrap();
        let ix = Index::build(&m);
        let wg8 = m.find_by_code("SAC/TC260/WG8").unwrap();
        let plan = m.find(EntityKind::Standard, "20260948-T-469").unwrap();
        assert_eq!(ix.committee_of[plan.index()], Some(wg8));
        let tc260 = m.find_by_code("SAC/TC260").unwrap();
        assert_eq!(ix.committee_of[wg8.index()], Some(tc260));
        assert!(ix.types.iter().any(|t| t == "GB/T"));
        assert!(
            ix.outgoing[plan.index()]
                .iter()
                .any(|&r| m.relations[r as usize].to == wg8)
        );
    }
}
