//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::sync::OnceLock;
use stdatlas::Model;
use stdatlas::ingest::{Source, load};
use stdatlas::model::{Entity, EntityKind, Node, Record, RelationKind};

/// The bundled corpus, loaded once per test binary.
pub fn seeds() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| load(&Source::Bundled).expect("bundled corpus loads"))
}

pub fn entity<'m>(m: &'m Model, kind: EntityKind, key: &str) -> &'m Entity {
    let id = m
        .find(kind, key)
        .unwrap_or_else(|| panic!("no {kind} {key}"));
    m.entity(id)
}

/// Export ids of the targets of `from`'s relations of a kind.
pub fn targets(m: &Model, from: &Entity, kind: RelationKind) -> Vec<String> {
    m.relations
        .iter()
        .filter(|r| r.from == Node::Entity(from.id) && r.kind == kind)
        .map(|r| m.entity(r.to).export_id())
        .collect()
}

/// Records of the document whose file name starts with `prefix`.
pub fn records<'m>(m: &'m Model, prefix: &str) -> Vec<&'m Record> {
    let doc = m
        .documents
        .iter()
        .find(|d| d.file.starts_with(prefix))
        .expect("document");
    m.records_of(doc.id).collect()
}

/// Codes of the standards a record mentions.
pub fn standards_in(m: &Model, rec: &Record) -> Vec<String> {
    m.relations
        .iter()
        .filter(|r| r.from == Node::Record(rec.id) && r.kind == RelationKind::Mentions)
        .map(|r| m.entity(r.to))
        .filter(|e| e.kind == EntityKind::Standard)
        .map(|e| e.key.clone())
        .collect()
}

/// An entity-to-entity relation as `(from id, kind, to id)` export strings;
/// `None` for record mentions.
pub fn link_triple(m: &Model, r: &stdatlas::model::Relation) -> Option<(String, String, String)> {
    match r.from {
        stdatlas::model::Node::Entity(f) => Some((
            m.entity(f).export_id(),
            r.kind.to_string(),
            m.entity(r.to).export_id(),
        )),
        stdatlas::model::Node::Record(_) => None,
    }
}
