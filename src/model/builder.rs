//! Assembling a [`Model`] from per-document drafts.
//!
//! Extraction runs per document (in parallel) and names entities by
//! `(kind, key)` rather than by id. [`build`] merges the drafts of all
//! documents: one entity per key, mentions and aliases unioned, relations
//! deduplicated, and every collection sorted so ids are stable.

use super::*;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

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

/// Merges per-document drafts into a model with stable ids and order.
///
/// Entities are grouped by identity with a stable parallel sort (so within
/// a group the drafts keep document order and the first value of each field
/// wins), then merged group by group in parallel; relations are resolved in
/// parallel and deduplicated by a stable sort on their rank.
pub fn build(mut drafts: Vec<DocDraft>, mut warnings: Vec<Warning>) -> Model {
    use rayon::prelude::*;
    drafts.sort_by(|a, b| a.document.file.cmp(&b.document.file));
    let mut model = Model::default();
    // The big vectors get their full size at once: growing them by doubling
    // copies them and touches fresh memory at every step.
    let total = |f: fn(&DocDraft) -> usize| drafts.iter().map(f).sum::<usize>();
    model.records.reserve_exact(total(|d| d.records.len()));
    model.documents.reserve_exact(drafts.len());
    // Every entity draft with its document; taken out of its slot when merged.
    let mut ents: Vec<(DocId, Option<EntityDraft>)> =
        Vec::with_capacity(total(|d| d.entities.len()));
    // (doc, draft) for relations, resolved once entity ids exist.
    let mut pending: Vec<(DocId, RelationDraft)> = Vec::with_capacity(total(|d| d.relations.len()));
    let mut record_base: Vec<u32> = Vec::with_capacity(drafts.len());

    for (i, draft) in drafts.into_iter().enumerate() {
        let doc_id = DocId(i as u32);
        record_base.push(model.records.len() as u32);
        for mut r in draft.records {
            r.id = RecordId(model.records.len() as u32);
            r.document = doc_id;
            model.records.push(r);
        }
        ents.extend(draft.entities.into_iter().map(|e| (doc_id, Some(e))));
        pending.extend(draft.relations.into_iter().map(|r| (doc_id, r)));
        warnings.extend(draft.warnings);
        let mut doc = draft.document;
        doc.id = doc_id;
        model.documents.push(doc);
    }

    fn ident(x: &(DocId, Option<EntityDraft>)) -> (EntityKind, &str) {
        let d = x.1.as_ref().expect("draft not yet merged");
        (d.kind, d.key.as_str())
    }
    ents.par_sort_by(|a, b| ident(a).cmp(&ident(b)));
    model.entities = ents
        .par_chunk_by_mut(|a, b| ident(a) == ident(b))
        .map(merge_group)
        .collect();
    for (i, e) in model.entities.iter_mut().enumerate() {
        e.id = EntityId(i as u32);
    }

    // One relation per (from, kind, to): stated evidence beats inferred,
    // then the earliest place in the corpus, then the first drafted.
    let mut relations: Vec<Relation> = {
        let index: FxHashMap<(EntityKind, &str), EntityId> = model
            .entities
            .iter()
            .map(|e| ((e.kind, e.key.as_str()), e.id))
            .collect();
        let id = |r: &EntityRef| index.get(&(r.0, r.1.as_str())).copied();
        pending
            .into_par_iter()
            .filter_map(|(doc, r)| {
                let from = match r.from {
                    DraftNode::Entity(ref e) => Node::Entity(id(e)?),
                    DraftNode::Record(ord) => {
                        Node::Record(RecordId(record_base[doc.index()] + ord.saturating_sub(1)))
                    }
                };
                let to = id(&r.to)?;
                (from != Node::Entity(to)).then_some(Relation {
                    from,
                    to,
                    kind: r.kind,
                    evidence: Evidence {
                        document: doc,
                        line: r.line,
                        text: r.text,
                    },
                    inferred: r.inferred,
                })
            })
            .collect()
    };
    relations.par_sort_by(|a, b| {
        (
            a.from,
            a.kind,
            a.to,
            a.inferred,
            a.evidence.document,
            a.evidence.line,
        )
            .cmp(&(
                b.from,
                b.kind,
                b.to,
                b.inferred,
                b.evidence.document,
                b.evidence.line,
            ))
    });
    relations.dedup_by(|b, a| (a.from, a.kind, a.to) == (b.from, b.kind, b.to));

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

/// One entity from the drafts of every document that names it (in document
/// order): the first value of each field wins, lists are unioned, and each
/// draft's lines become mentions. Its id is set by the caller.
fn merge_group(group: &mut [(DocId, Option<EntityDraft>)]) -> Entity {
    let mut mentions: Vec<Mention> = Vec::new();
    let mut acc: Option<EntityDraft> = None;
    for (doc, slot) in group.iter_mut() {
        let Some(mut e) = slot.take() else { continue };
        let lines = e
            .line
            .take()
            .into_iter()
            .chain(std::mem::take(&mut e.more_lines));
        mentions.extend(lines.map(|line| Mention {
            document: *doc,
            line,
        }));
        match &mut acc {
            Some(a) => a.merge(e),
            None => acc = Some(e),
        }
    }
    mentions.sort_unstable();
    mentions.dedup();
    let d = acc.expect("a group holds at least one draft");
    let code = d.code;
    let name = d
        .name
        .or_else(|| code.clone())
        .unwrap_or_else(|| d.key.clone());
    let aliases: BTreeSet<String> = d
        .aliases
        .into_iter()
        .filter(|a| *a != name && Some(a) != code.as_ref())
        .collect();
    let dates: BTreeSet<DatedFact> = d.dates.into_iter().collect();
    Entity {
        id: EntityId(0),
        kind: d.kind,
        etype: d.etype,
        inferred: mentions.is_empty(),
        key: d.key,
        name,
        code,
        aliases: aliases.into_iter().collect(),
        parent: None,
        status: d.status,
        dates: dates.into_iter().collect(),
        place: d.place,
        mentions,
    }
}

/// A revision number no other model of this process has: views cache
/// derived data by it, so a newly loaded corpus never reuses stale caches.
pub fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}
