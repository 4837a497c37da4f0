//! Large synthetic models built directly (no text extraction), for the
//! view benchmarks: a committee tree, standards developed by its working
//! groups, instruments they support, dated facts, and records that mention
//! them. Deterministic for a given size.

use crate::model::{
    DatedFact, DocId, Document, Entity, EntityId, EntityKind, Evidence, Mention, Model, Node,
    PartialDate, Record, RecordId, Relation, RelationKind,
};

/// Sizes of a synthetic model.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    /// Document records.
    pub records: usize,
    /// Standards (most entities are standards).
    pub standards: usize,
    /// Relations between entities, besides `part_of` and mentions (about).
    pub links: usize,
}

fn lcg(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *state >> 33
}

/// Builds a model of about the given size.
pub fn model(size: Size) -> Model {
    let mut rng = 0x5eed_u64;
    let mut m = Model::default();
    let per_doc = 1000usize;
    let docs = size.records.div_ceil(per_doc).max(1);
    // Entities, grouped by kind in the model's kind order, keys sorted.
    let mut ents: Vec<Entity> = Vec::new();
    let mut push = |kind: EntityKind, etype: &str, key: String, name: String| {
        ents.push(Entity {
            id: EntityId(0),
            kind,
            etype: etype.into(),
            code: Some(key.clone()),
            key,
            name,
            aliases: Vec::new(),
            parent: None,
            status: None,
            dates: Vec::new(),
            place: None,
            mentions: Vec::new(),
            inferred: false,
        });
    };
    push(
        EntityKind::Authority,
        "authority",
        "SAC".into(),
        "Standardization Administration of China".into(),
    );
    let tcs = (size.standards / 400).clamp(5, 900);
    for t in 0..tcs {
        push(
            EntityKind::Committee,
            "TC",
            format!("SAC/TC{t:03}"),
            format!("Technical committee {t} 技术委员会"),
        );
        for w in 1..=6 {
            push(
                EntityKind::Committee,
                "WG",
                format!("SAC/TC{t:03}/WG{w}"),
                format!("Working group {w} of TC {t}"),
            );
        }
    }
    let instruments = (size.standards / 20).max(10);
    for i in 0..instruments {
        push(
            EntityKind::Instrument,
            "measures",
            format!("Measures {i:06}"),
            format!("Measures for the Administration of Topic {i}"),
        );
    }
    for s in 0..size.standards {
        let etype = ["GB", "GB/T", "GB/Z", "plan"][s % 4];
        push(
            EntityKind::Standard,
            etype,
            format!("{etype} {:05}-{}", 10000 + s, 2000 + s % 26),
            format!("Information technology — Synthetic requirements part {s}"),
        );
    }
    ents.sort_by(|a, b| (a.kind, &a.key).cmp(&(b.kind, &b.key)));
    for (i, e) in ents.iter_mut().enumerate() {
        e.id = EntityId(i as u32);
    }
    let find = |ents: &[Entity], kind: EntityKind, key: &str| {
        ents.binary_search_by(|e| (e.kind, e.key.as_str()).cmp(&(kind, key)))
            .ok()
            .map(|i| EntityId(i as u32))
    };
    let sac = find(&ents, EntityKind::Authority, "SAC").unwrap_or(EntityId(0));
    let committees: Vec<EntityId> = ents
        .iter()
        .filter(|e| e.kind == EntityKind::Committee)
        .map(|e| e.id)
        .collect();
    let wgs: Vec<EntityId> = committees
        .iter()
        .copied()
        .filter(|c| ents[c.index()].etype == "WG")
        .collect();
    let insts: Vec<EntityId> = ents
        .iter()
        .filter(|e| e.kind == EntityKind::Instrument)
        .map(|e| e.id)
        .collect();
    let stds: Vec<EntityId> = ents
        .iter()
        .filter(|e| e.kind == EntityKind::Standard)
        .map(|e| e.id)
        .collect();
    let ev = |d: usize, line: u32| Evidence {
        document: DocId((d % docs) as u32),
        line,
        text: "synthetic evidence".into(),
    };
    let mut rels = Vec::new();
    for &c in &committees {
        let parent = match ents[c.index()].key.rsplit_once('/') {
            Some((p, w)) if w.starts_with("WG") => {
                find(&ents, EntityKind::Committee, p).unwrap_or(sac)
            }
            _ => sac,
        };
        ents[c.index()].parent = Some(parent);
        rels.push(Relation {
            from: Node::Entity(c),
            to: parent,
            kind: RelationKind::PartOf,
            evidence: ev(0, 1),
            inferred: true,
        });
    }
    for (i, &s) in stds.iter().enumerate() {
        let wg = wgs[(lcg(&mut rng) as usize) % wgs.len()];
        rels.push(Relation {
            from: Node::Entity(s),
            to: wg,
            kind: RelationKind::DevelopedBy,
            evidence: ev(i, 2),
            inferred: false,
        });
        let day = (lcg(&mut rng) % 28 + 1) as u8;
        let month = (lcg(&mut rng) % 12 + 1) as u8;
        let year = 2015 + (lcg(&mut rng) % 12) as i32;
        if let Some(d) = PartialDate::ymd(year, month, day) {
            ents[s.index()].dates.push(DatedFact {
                date: d,
                what: "released".into(),
            });
            ents[s.index()].status = Some(
                if year >= 2026 {
                    "draft for comments"
                } else {
                    "published"
                }
                .into(),
            );
        }
    }
    let extra = size.links.saturating_sub(stds.len() + committees.len());
    for i in 0..extra {
        let s = stds[(lcg(&mut rng) as usize) % stds.len()];
        let t = insts[(lcg(&mut rng) as usize) % insts.len()];
        rels.push(Relation {
            from: Node::Entity(s),
            to: t,
            kind: RelationKind::Supports,
            evidence: ev(i, 3),
            inferred: false,
        });
    }
    // Documents and records; each record mentions two entities.
    let n_ent = ents.len() as u64;
    for d in 0..docs {
        let count = per_doc.min(size.records - d * per_doc.min(size.records));
        let mut text = String::with_capacity(count * 160);
        for r in 0..count {
            text.push_str(&format!("Record {r} of document {d}\nOn 3 May 2025 the committee discussed synthetic matters {r}.\n\n"));
        }
        let mut doc = Document::new(format!("synthetic/{d:05}.txt"), text);
        doc.id = DocId(d as u32);
        doc.title = format!("Synthetic document {d}");
        m.documents.push(doc);
        for r in 0..count {
            let id = RecordId(m.records.len() as u32);
            let line = (r * 3 + 1) as u32;
            m.records.push(Record {
                id,
                document: DocId(d as u32),
                ordinal: r as u32 + 1,
                title: format!("Synthetic record {d}-{r}"),
                section: None,
                category: Some(["Horizontal", "Digital", "Green"][r % 3].into()),
                date: PartialDate::ymd(
                    2015 + (r % 12) as i32,
                    (r % 12) as u8 + 1,
                    (r % 28) as u8 + 1,
                ),
                lines: (line, line + 1),
                summary_lines: None,
            });
            for _ in 0..2 {
                let e = EntityId((lcg(&mut rng) % n_ent) as u32);
                ents[e.index()].mentions.push(Mention {
                    document: DocId(d as u32),
                    line: line + 1,
                });
                rels.push(Relation {
                    from: Node::Record(id),
                    to: e,
                    kind: RelationKind::Mentions,
                    evidence: ev(d, line + 1),
                    inferred: false,
                });
            }
        }
    }
    for e in &mut ents {
        e.mentions.sort();
        e.mentions.dedup();
    }
    rels.sort();
    rels.dedup();
    m.entities = ents;
    m.relations = rels;
    m.revision = crate::model::builder::next_revision();
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_invariants() {
        let m = model(Size {
            records: 2500,
            standards: 800,
            links: 2000,
        });
        assert_eq!(m.records.len(), 2500);
        assert_eq!(
            m.entities
                .iter()
                .filter(|e| e.kind == EntityKind::Standard)
                .count(),
            800
        );
        for (i, e) in m.entities.iter().enumerate() {
            assert_eq!(e.id.index(), i);
        }
        assert!(
            m.entities
                .windows(2)
                .all(|w| (w[0].kind, &w[0].key) < (w[1].kind, &w[1].key))
        );
        let wg = m.find_by_code("SAC/TC003/WG2").unwrap();
        assert_eq!(m.entity(m.entity(wg).parent.unwrap()).key, "SAC/TC003");
        assert!(
            m.relations
                .iter()
                .filter(|r| r.kind == RelationKind::Mentions)
                .count()
                <= 5000
        );
    }
}
