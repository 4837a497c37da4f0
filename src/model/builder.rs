//! Assembling a [`Model`] from per-document drafts.
//!
//! Extraction runs per document (in parallel) and names entities by
//! `(kind, key)` rather than by id. [`build`] merges the drafts of all
//! documents: one entity per key, mentions and aliases unioned, relations
//! deduplicated, and every collection sorted so ids are stable.

use super::*;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

/// A reference to an entity by identity, before ids exist.
pub type EntityRef = (EntityKind, String);

/// What one document says about one entity.
#[derive(Clone, Debug)]
pub struct EntityDraft {
    /// Kind and normalized key: the entity's identity.
    pub kind: EntityKind,
    /// See [`Entity::key`].
    pub key: String,
    /// See [`Entity::etype`].
    pub etype: String,
    /// Display name, when this mention gives one.
    pub name: Option<String>,
    /// Its code, if it has one.
    pub code: Option<String>,
    /// Spellings seen.
    pub aliases: Vec<String>,
    /// Lifecycle status, when stated here.
    pub status: Option<String>,
    /// Dated facts stated here.
    pub dates: Vec<DatedFact>,
    /// Where it took place (events).
    pub place: Option<String>,
    /// The line it is named on, if it is named (not only inferred).
    pub line: Option<u32>,
    /// Further lines of the same document that name it.
    pub more_lines: Vec<u32>,
}

impl EntityDraft {
    /// A draft with only an identity and a type.
    pub fn new(kind: EntityKind, key: impl Into<String>, etype: impl Into<String>) -> Self {
        Self {
            kind,
            key: key.into(),
            etype: etype.into(),
            name: None,
            code: None,
            aliases: Vec::new(),
            status: None,
            dates: Vec::new(),
            place: None,
            line: None,
            more_lines: Vec::new(),
        }
    }

    /// Folds another draft about the same entity into this one: the first
    /// value of each field wins, lists are unioned.
    pub fn merge(&mut self, d: EntityDraft) {
        if self.etype.is_empty() {
            self.etype = d.etype;
        }
        if self.name.is_none() {
            self.name = d.name;
        }
        if self.code.is_none() {
            self.code = d.code;
        }
        if self.status.is_none() {
            self.status = d.status;
        }
        if self.place.is_none() {
            self.place = d.place;
        }
        for a in d.aliases {
            if !self.aliases.contains(&a) {
                self.aliases.push(a);
            }
        }
        for f in d.dates {
            if !self.dates.contains(&f) {
                self.dates.push(f);
            }
        }
        let lines = d.line.into_iter().chain(d.more_lines);
        for l in lines {
            match self.line {
                None => self.line = Some(l),
                Some(x) if x == l => {}
                Some(_) => self.more_lines.push(l),
            }
        }
    }

    /// Its identity.
    pub fn entity_ref(&self) -> EntityRef {
        (self.kind, self.key.clone())
    }
}

/// The source of a drafted relation.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DraftNode {
    /// An entity by identity.
    Entity(EntityRef),
    /// A record of the same document, by ordinal.
    Record(u32),
}

/// A relation stated or inferred in one document.
#[derive(Clone, Debug)]
pub struct RelationDraft {
    /// Source.
    pub from: DraftNode,
    /// Target.
    pub to: EntityRef,
    /// Meaning.
    pub kind: RelationKind,
    /// Line of the evidence.
    pub line: u32,
    /// The evidence sentence.
    pub text: String,
    /// Taken from context rather than stated.
    pub inferred: bool,
}

/// Everything read from one document.
#[derive(Debug)]
pub struct DocDraft {
    /// The document, with kind, title and date set.
    pub document: Document,
    /// Its records, ordinals from 1.
    pub records: Vec<Record>,
    /// Entity facts.
    pub entities: Vec<EntityDraft>,
    /// Relation facts.
    pub relations: Vec<RelationDraft>,
    /// Problems found in it.
    pub warnings: Vec<Warning>,
}

/// Everything the corpus says about one entity: the merged drafts and the
/// places that name it.
struct Acc {
    draft: EntityDraft,
    mentions: BTreeSet<Mention>,
}

/// Merges per-document drafts into a model with stable ids and order.
pub fn build(mut drafts: Vec<DocDraft>, mut warnings: Vec<Warning>) -> Model {
    drafts.sort_by(|a, b| a.document.file.cmp(&b.document.file));
    let mut model = Model::default();
    let mut accs: BTreeMap<EntityRef, Acc> = BTreeMap::new();
    // (doc index, draft) for relations, resolved once entity ids exist.
    let mut pending: Vec<(DocId, RelationDraft)> = Vec::new();
    let mut record_base: Vec<u32> = Vec::with_capacity(drafts.len());

    for (i, draft) in drafts.into_iter().enumerate() {
        let doc_id = DocId(i as u32);
        record_base.push(model.records.len() as u32);
        for mut r in draft.records {
            r.id = RecordId(model.records.len() as u32);
            r.document = doc_id;
            model.records.push(r);
        }
        for e in draft.entities {
            let mut e = e;
            let lines: Vec<u32> = e
                .line
                .take()
                .into_iter()
                .chain(std::mem::take(&mut e.more_lines))
                .collect();
            let acc = match accs.entry(e.entity_ref()) {
                std::collections::btree_map::Entry::Occupied(o) => {
                    let acc = o.into_mut();
                    acc.draft.merge(e);
                    acc
                }
                std::collections::btree_map::Entry::Vacant(v) => v.insert(Acc {
                    draft: e,
                    mentions: BTreeSet::new(),
                }),
            };
            acc.mentions.extend(lines.into_iter().map(|line| Mention {
                document: doc_id,
                line,
            }));
        }
        pending.extend(draft.relations.into_iter().map(|r| (doc_id, r)));
        warnings.extend(draft.warnings);
        let mut doc = draft.document;
        doc.id = doc_id;
        model.documents.push(doc);
    }

    let index: FxHashMap<EntityRef, EntityId> = accs
        .keys()
        .enumerate()
        .map(|(i, k)| (k.clone(), EntityId(i as u32)))
        .collect();
    model.entities = accs
        .into_iter()
        .enumerate()
        .map(|(i, ((kind, key), acc))| {
            let d = acc.draft;
            let code = d.code;
            let name = d
                .name
                .or_else(|| code.clone())
                .unwrap_or_else(|| key.clone());
            let aliases: BTreeSet<String> = d
                .aliases
                .into_iter()
                .filter(|a| *a != name && Some(a) != code.as_ref())
                .collect();
            let dates: BTreeSet<DatedFact> = d.dates.into_iter().collect();
            Entity {
                id: EntityId(i as u32),
                kind,
                etype: d.etype,
                inferred: acc.mentions.is_empty(),
                key,
                name,
                code,
                aliases: aliases.into_iter().collect(),
                parent: None,
                status: d.status,
                dates: dates.into_iter().collect(),
                place: d.place,
                mentions: acc.mentions.into_iter().collect(),
            }
        })
        .collect();

    // One relation per (from, kind, to): stated evidence beats inferred,
    // then the earliest place in the corpus.
    let mut best: FxHashMap<(Node, RelationKind, EntityId), Relation> = FxHashMap::default();
    for (doc, r) in pending {
        let from = match r.from {
            DraftNode::Entity(ref e) => match index.get(e) {
                Some(&id) => Node::Entity(id),
                None => continue,
            },
            DraftNode::Record(ord) => {
                Node::Record(RecordId(record_base[doc.index()] + ord.saturating_sub(1)))
            }
        };
        let Some(&to) = index.get(&r.to) else {
            continue;
        };
        if from == Node::Entity(to) {
            continue;
        }
        let rel = Relation {
            from,
            to,
            kind: r.kind,
            evidence: Evidence {
                document: doc,
                line: r.line,
                text: r.text,
            },
            inferred: r.inferred,
        };
        let slot = best.entry((from, r.kind, to));
        match slot {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(rel);
            }
            std::collections::hash_map::Entry::Occupied(mut o) => {
                let cur = o.get();
                let rank = |x: &Relation| (x.inferred, x.evidence.document, x.evidence.line);
                if rank(&rel) < rank(cur) {
                    o.insert(rel);
                }
            }
        }
    }
    let mut relations: Vec<Relation> = best.into_values().collect();
    relations.sort_by(|a, b| {
        (a.from, a.kind, a.to, &a.evidence).cmp(&(b.from, b.kind, b.to, &b.evidence))
    });

    // Parents come from part_of links, stated ones first.
    let mut parent_rank: FxHashMap<EntityId, (bool, EntityId)> = FxHashMap::default();
    for r in relations.iter().filter(|r| r.kind == RelationKind::PartOf) {
        if let Node::Entity(child) = r.from {
            let cand = (r.inferred, r.to);
            parent_rank
                .entry(child)
                .and_modify(|cur| {
                    if !cand.0 && cur.0 {
                        *cur = cand;
                    }
                })
                .or_insert(cand);
        }
    }
    for (child, (_, parent)) in parent_rank {
        model.entities[child.index()].parent = Some(parent);
    }
    model.relations = relations;
    warnings.sort();
    warnings.dedup();
    model.warnings = warnings;
    model.revision = next_revision();
    model
}

/// A revision number no other model of this process has: views cache
/// derived data by it, so a newly loaded corpus never reuses stale caches.
pub fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}
