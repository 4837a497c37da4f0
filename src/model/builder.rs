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
    /// value of each field wins (a place only to a fuller one naming it),
    /// lists are unioned.
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
        // (A place told more fully later wins: "杭州" in a headline, "浙江杭州"
        // in the text.)
        match (&self.place, d.place) {
            (None, p) => self.place = p,
            (Some(a), Some(b)) if b.len() > a.len() && b.contains(a.as_str()) => {
                self.place = Some(b);
            }
            _ => {}
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
    model
        .records
        .reserve_exact(drafts.iter().map(|d| d.records.len()).sum());
    model.documents.reserve_exact(drafts.len());
    let mut record_base: Vec<u32> = Vec::with_capacity(drafts.len());
    for (i, draft) in drafts.iter_mut().enumerate() {
        let doc_id = DocId(i as u32);
        record_base.push(model.records.len() as u32);
        for mut r in std::mem::take(&mut draft.records) {
            r.id = RecordId(model.records.len() as u32);
            r.document = doc_id;
            model.records.push(r);
        }
        warnings.append(&mut draft.warnings);
        let mut doc = std::mem::replace(
            &mut draft.document,
            Document::new(String::new(), String::new()),
        );
        doc.id = doc_id;
        model.documents.push(doc);
    }

    // Entity drafts stay where they are: a small handle per draft is
    // grouped by identity with a stable parallel sort (so within a group the
    // drafts keep document order and the first value of each field wins),
    // then each group is merged in parallel from references.
    let mut handles: Vec<(EntityKind, &str, DocId, &EntityDraft)> = drafts
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, d)| {
            d.entities
                .iter()
                .map(move |e| (e.kind, e.key.as_str(), DocId(i as u32), e))
        })
        .collect();
    handles.par_sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    model.entities = handles
        .par_chunk_by(|a, b| (a.0, a.1) == (b.0, b.1))
        .map(merge_group)
        .collect();
    drop(handles);
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
        let record_base = &record_base;
        drafts
            .par_iter_mut()
            .enumerate()
            .flat_map_iter(|(i, d)| {
                let doc = DocId(i as u32);
                std::mem::take(&mut d.relations)
                    .into_iter()
                    .map(move |r| (doc, r))
            })
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
    drop(drafts);
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

    // A standard no document gives a stage, replaced by one in effect (or
    // published with no effective date told), is replaced. (One replaced by
    // a standard that "will take effect on D" stays in force until then.)
    for r in relations
        .iter()
        .filter(|r| r.kind == RelationKind::Replaces)
    {
        let Node::Entity(new) = r.from else { continue };
        let (new, old) = (&model.entities[new.index()], &model.entities[r.to.index()]);
        if new.kind == EntityKind::Standard
            && old.kind == EntityKind::Standard
            && old.status.is_none()
            && match new.status.as_deref() {
                Some("effective") => true,
                Some("published") => !new.dates.iter().any(|d| d.what == "effective"),
                _ => false,
            }
        {
            model.entities[r.to.index()].status = Some("replaced".into());
        }
    }

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
/// order): the first value of each field wins, lists are unioned (the same
/// result as folding the drafts with [`EntityDraft::merge`]), and each
/// draft's lines become mentions. Its id is set by the caller.
fn merge_group(group: &[(EntityKind, &str, DocId, &EntityDraft)]) -> Entity {
    let drafts = || group.iter().map(|g| g.3);
    let first = |f: fn(&EntityDraft) -> Option<&String>| drafts().find_map(f).cloned();
    let mut mentions: Vec<Mention> = group
        .iter()
        .flat_map(|&(_, _, document, e)| {
            e.line
                .iter()
                .chain(&e.more_lines)
                .map(move |&line| Mention { document, line })
        })
        .collect();
    mentions.sort_unstable();
    mentions.dedup();
    let d = group[0].3;
    let code = first(|e| e.code.as_ref());
    // Without a name of its own, a Chinese name it is known by names it
    // better than its code ("GB/T 1-2027" with only 《数据安全技术 ...》).
    let chinese = || {
        drafts()
            .flat_map(|e| &e.aliases)
            .find(|a| a.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)))
            .cloned()
    };
    let name = first(|e| e.name.as_ref())
        .or_else(chinese)
        .or_else(|| code.clone())
        .unwrap_or_else(|| d.key.clone());
    let aliases: BTreeSet<&String> = drafts()
        .flat_map(|e| &e.aliases)
        .filter(|a| **a != name && Some(*a) != code.as_ref())
        .collect();
    let dates: BTreeSet<&DatedFact> = drafts().flat_map(|e| &e.dates).collect();
    Entity {
        id: EntityId(0),
        kind: d.kind,
        etype: drafts()
            .map(|e| &e.etype)
            .find(|t| !t.is_empty())
            .cloned()
            .unwrap_or_default(),
        inferred: mentions.is_empty(),
        key: d.key.clone(),
        name,
        code,
        aliases: aliases.into_iter().cloned().collect(),
        parent: None,
        // (A code with a placeholder year, "YD/T 4821-202X", that no
        // document gives a stage is a draft: it is not published yet.)
        status: first(|e| e.status.as_ref()).or_else(|| {
            (d.kind == EntityKind::Standard && placeholder_year(&d.key)).then(|| "draft".into())
        }),
        dates: dates.into_iter().cloned().collect(),
        place: first(|e| e.place.as_ref()),
        mentions,
    }
}

/// Whether a standard's code ends in a placeholder year: "GB 1-202X",
/// "GB/T 2-XXXX" (not "ITU-T X.1060").
pub fn placeholder_year(code: &str) -> bool {
    code.rsplit_once('-').is_some_and(|(_, y)| {
        y.len() == 4
            && y.bytes()
                .all(|b| b.is_ascii_digit() || b == b'X' || b == b'x')
            && y.bytes().any(|b| b == b'X' || b == b'x')
    })
}

/// A revision number no other model of this process has: views cache
/// derived data by it, so a newly loaded corpus never reuses stale caches.
pub fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_years() {
        assert!(placeholder_year("GB 1-202X"));
        assert!(placeholder_year("GB/T 37044-XXXX"));
        assert!(!placeholder_year("ITU-T X.1060"));
        assert!(!placeholder_year("GB/T 1-2025"));
    }

    fn doc(file: &str, entities: Vec<EntityDraft>) -> DocDraft {
        DocDraft {
            document: Document::new(file.into(), "a\nb\nc\nd".into()),
            records: Vec::new(),
            entities,
            relations: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn fact(day: u8, what: &str) -> DatedFact {
        DatedFact {
            date: PartialDate::ymd(2025, 9, day).unwrap(),
            what: what.into(),
        }
    }

    /// Drafts of one entity from two documents merge like a fold with
    /// `EntityDraft::merge`: the first value of each field (in document
    /// order) wins, lists are unioned and sorted, every line is a mention.
    #[test]
    fn drafts_of_one_entity_merge_first_value_wins() {
        let mut a = EntityDraft::new(EntityKind::Standard, "GB 1-2025", "");
        a.status = Some("draft".into());
        a.aliases = vec!["GB1-2025".into(), "GB 1-2025".into()];
        a.dates = vec![fact(15, "released")];
        a.line = Some(3);
        let mut b = EntityDraft::new(EntityKind::Standard, "GB 1-2025", "GB");
        b.name = Some("Widgets".into());
        b.code = Some("GB 1-2025".into());
        b.status = Some("published".into());
        b.aliases = vec!["GB 1 - 2025".into(), "GB1-2025".into()];
        b.dates = vec![fact(1, "effective"), fact(15, "released")];
        b.line = Some(1);
        b.more_lines = vec![2];
        // Built in file order: "x.txt" comes first although listed second.
        let m = build(
            vec![doc("y.txt", vec![b.clone()]), doc("x.txt", vec![a.clone()])],
            Vec::new(),
        );
        assert_eq!(m.entities.len(), 1);
        let e = &m.entities[0];
        assert_eq!(e.etype, "GB");
        assert_eq!(e.name, "Widgets");
        assert_eq!(e.code.as_deref(), Some("GB 1-2025"));
        assert_eq!(e.status.as_deref(), Some("draft"));
        assert_eq!(e.aliases, ["GB 1 - 2025", "GB1-2025"]);
        assert_eq!(e.dates, [fact(1, "effective"), fact(15, "released")]);
        let mentions: Vec<(u32, u32)> = e.mentions.iter().map(|m| (m.document.0, m.line)).collect();
        assert_eq!(mentions, [(0, 3), (1, 1), (1, 2)]);
        assert!(!e.inferred);

        // The same fields as folding the drafts one into the other.
        let mut folded = a;
        folded.merge(b);
        assert_eq!(e.etype, folded.etype);
        assert_eq!(Some(&e.name), folded.name.as_ref());
        assert_eq!(e.status, folded.status);
    }
}
