//! The corpus model: documents, the records segmented from them, the
//! entities extracted from the records and the typed relations between them.
//!
//! Everything here is plain data. Ids are dense newtype indices that are
//! stable for a given corpus: [`builder::build`] sorts every
//! collection by a stable key, so the same files always give the same ids,
//! the same order and the same export. Each item also has a readable string
//! key (`standard:GB/T 45288.1-2025`, `committee:SAC/TC260`) that the export
//! format uses as its id.

pub mod builder;
pub mod date;
mod kinds;

pub use date::PartialDate;
pub use kinds::{DocKind, EntityKind, RelationKind};

use serde::Serialize;

macro_rules! id_type {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub struct $name(pub u32);
        impl $name {
            /// The index into the model's vector.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    /// Index of a [`Document`] in [`Model::documents`].
    DocId
);
id_type!(
    /// Index of a [`Record`] in [`Model::records`].
    RecordId
);
id_type!(
    /// Index of an [`Entity`] in [`Model::entities`].
    EntityId
);

/// One input file, decoded, with its kind, date and full text.
#[derive(Clone, Debug)]
pub struct Document {
    /// Stable id (order of the documents by key).
    pub id: DocId,
    /// File name as read (relative to the folder it was found in).
    pub file: String,
    /// The document's own title (first heading-like line).
    pub title: String,
    /// What genre of document it is.
    pub kind: DocKind,
    /// The date or first day of the period the document covers.
    pub date: Option<PartialDate>,
    /// End of the covered period, when the document names one ("September – October 2025").
    pub date_end: Option<PartialDate>,
    /// Whether the document states `date` as its own (a line that is only
    /// a date, a labelled date, a dateline or byline). False when `date` is
    /// only the first date its opening tells of ("On 3 May 2025, SAMR
    /// ..."): that still gives yearless dates their year, but a later date
    /// is no sign of a mistake.
    pub date_stated: bool,
    /// Decoded text (LF line ends, no BOM).
    pub text: String,
    line_starts: Vec<usize>,
}

impl Document {
    /// Creates a document and indexes its lines.
    pub fn new(file: String, text: String) -> Self {
        let line_starts = line_starts(&text);
        Self {
            id: DocId(0),
            file,
            title: String::new(),
            kind: DocKind::Article,
            date: None,
            date_end: None,
            date_stated: false,
            text,
            line_starts,
        }
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Line `n` (1-based), without its line end; empty when out of range.
    pub fn line(&self, n: u32) -> &str {
        let i = n as usize;
        if i == 0 || i > self.line_starts.len() {
            return "";
        }
        let start = self.line_starts[i - 1];
        let end = match self.line_starts.get(i) {
            Some(&e) => e - 1,
            None => self.text.len() - usize::from(self.text.ends_with('\n')),
        };
        &self.text[start..end.max(start)]
    }

    /// Byte offset where line `n` (1-based) starts.
    pub fn line_start(&self, n: u32) -> usize {
        let i = (n as usize).clamp(1, self.line_starts.len());
        self.line_starts[i - 1]
    }

    /// The text of lines `a..=b` (1-based), as one slice.
    pub fn span_text(&self, a: u32, b: u32) -> &str {
        let start = self.line_start(a);
        let last = self.line(b);
        let end = self.line_start(b) + last.len();
        &self.text[start..end.max(start)]
    }

    /// The line (1-based) that holds byte `offset`.
    pub fn line_of(&self, offset: usize) -> u32 {
        self.line_starts.partition_point(|&s| s <= offset).max(1) as u32
    }

    /// Iterates `(line number, text)` over all lines, 1-based.
    pub fn lines(&self) -> impl Iterator<Item = (u32, &str)> {
        (1..=self.line_starts.len() as u32).map(|n| (n, self.line(n)))
    }

    /// The export key of this document (`doc:<file>`).
    pub fn key(&self) -> String {
        format!("doc:{}", self.file)
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    let mut v = Vec::with_capacity(text.len() / 40 + 1);
    v.push(0);
    v.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
    if text.ends_with('\n') {
        v.pop();
    }
    v
}

/// A unit an analyst reads: a newsletter article, an agenda session, a slide
/// topic, a listing item.
#[derive(Clone, Debug, Serialize)]
pub struct Record {
    /// Stable id (documents in order, records in reading order).
    pub id: RecordId,
    /// The document it belongs to.
    pub document: DocId,
    /// Position in its document, from 1.
    pub ordinal: u32,
    /// Its heading.
    pub title: String,
    /// The document section it sits in ("Digital Transition"), if any.
    pub section: Option<String>,
    /// Its topic tag (`#AI Governance`), or the section when there is none.
    pub category: Option<String>,
    /// The date it is about: its first dated event, or the document's date.
    pub date: Option<PartialDate>,
    /// First and last line of its full text (1-based, inclusive).
    pub lines: (u32, u32),
    /// Lines of a summary of it elsewhere in the document (a "Takeaways" entry).
    pub summary_lines: Option<(u32, u32)>,
}

impl Record {
    /// The export key of this record (`doc:<file>#<ordinal>`).
    pub fn key(&self, doc: &Document) -> String {
        format!("{}#{}", doc.key(), self.ordinal)
    }
}

/// Something a view can show and select: an entity or a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Item {
    /// An entity.
    Entity(EntityId),
    /// A document record.
    Record(RecordId),
}

/// A place in a document where an entity is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Mention {
    /// The document.
    pub document: DocId,
    /// The line (1-based).
    pub line: u32,
}

/// A dated fact about an entity: released, effective, comment deadline...
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DatedFact {
    /// When.
    pub date: PartialDate,
    /// What happened then (`released`, `effective`, `comment deadline`, `held`...).
    pub what: String,
}

/// A committee, authority, organization, standard, instrument or event.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Stable id (entities sorted by kind, then key).
    pub id: EntityId,
    /// What sort of thing it is.
    pub kind: EntityKind,
    /// Its type within the kind (`GB/T`, `plan`, `TC`, `WG`, `law`...).
    pub etype: String,
    /// Normalized identity within the kind (the code when there is one).
    pub key: String,
    /// Display name (title of a standard, full name of a committee).
    pub name: String,
    /// Its code (`GB/T 45288.1-2025`, `SAC/TC260`), if it has one.
    pub code: Option<String>,
    /// Other spellings seen, sorted.
    pub aliases: Vec<String>,
    /// Parent committee or organization.
    pub parent: Option<EntityId>,
    /// Lifecycle status from context, when stated.
    pub status: Option<String>,
    /// Dated facts, sorted.
    pub dates: Vec<DatedFact>,
    /// Where it took place (events).
    pub place: Option<String>,
    /// Every place it is named, sorted.
    pub mentions: Vec<Mention>,
    /// True when the entity exists only by inference (never named as such).
    pub inferred: bool,
}

impl Entity {
    /// The export id (`committee:SAC/TC260`).
    pub fn export_id(&self) -> String {
        format!("{}:{}", self.kind.as_str(), self.key)
    }

    /// The code if any, else the name: what a short label shows (an
    /// instrument is shown by its name, not its document number).
    pub fn label(&self) -> &str {
        match &self.code {
            Some(c) if self.kind != EntityKind::Instrument => c,
            _ => &self.name,
        }
    }
}

/// The source of a relation end: an entity, or a record for `mentions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    /// An entity.
    Entity(EntityId),
    /// A record (only as the source of `mentions`).
    Record(RecordId),
}

/// Where a fact was read: document, line and the sentence itself.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Evidence {
    /// The document.
    pub document: DocId,
    /// The line (1-based).
    pub line: u32,
    /// The sentence the fact came from.
    pub text: String,
}

/// A typed, directed link with its evidence.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Relation {
    /// Source.
    pub from: Node,
    /// Target.
    pub to: EntityId,
    /// What the link means.
    pub kind: RelationKind,
    /// Where it was read.
    pub evidence: Evidence,
    /// True when taken from context (the section it sits in) rather than stated.
    pub inferred: bool,
}

/// How serious a warning is and what it is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Warning {
    /// The file it is about.
    pub file: String,
    /// The line, when it is about one.
    pub line: Option<u32>,
    /// What is wrong, in words.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file, l, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// The whole loaded corpus.
#[derive(Clone, Debug, Default)]
pub struct Model {
    /// Input documents, by key.
    pub documents: Vec<Document>,
    /// Records, in document then reading order.
    pub records: Vec<Record>,
    /// Entities, by kind then key.
    pub entities: Vec<Entity>,
    /// Relations, sorted.
    pub relations: Vec<Relation>,
    /// Everything that went wrong without stopping the load.
    pub warnings: Vec<Warning>,
    /// Bumped on every change, so views can cache derived data.
    pub revision: u64,
}

impl Model {
    /// The document with this id.
    pub fn document(&self, id: DocId) -> &Document {
        &self.documents[id.index()]
    }

    /// The record with this id.
    pub fn record(&self, id: RecordId) -> &Record {
        &self.records[id.index()]
    }

    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.index()]
    }

    /// Finds an entity by kind and key (binary search: entities are sorted).
    pub fn find(&self, kind: EntityKind, key: &str) -> Option<EntityId> {
        self.entities
            .binary_search_by(|e| (e.kind, e.key.as_str()).cmp(&(kind, key)))
            .ok()
            .map(|i| EntityId(i as u32))
    }

    /// Finds an entity by its code or any alias, case-insensitively and
    /// ignoring spaces (`sac/tc 260` finds `SAC/TC260`).
    pub fn find_by_code(&self, code: &str) -> Option<EntityId> {
        let want = squash(code);
        self.entities
            .iter()
            .find(|e| {
                e.code.as_deref().is_some_and(|c| squash(c) == want)
                    || squash(&e.key) == want
                    || e.aliases.iter().any(|a| squash(a) == want)
            })
            .map(|e| e.id)
    }

    /// The export key of a relation end.
    pub fn node_key(&self, n: Node) -> String {
        match n {
            Node::Entity(e) => self.entity(e).export_id(),
            Node::Record(r) => {
                let rec = self.record(r);
                rec.key(self.document(rec.document))
            }
        }
    }

    /// Children of an entity by `parent` (sub-committees, departments).
    pub fn children(&self, id: EntityId) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.parent == Some(id))
    }

    /// Records of a document.
    pub fn records_of(&self, doc: DocId) -> impl Iterator<Item = &Record> {
        self.records.iter().filter(move |r| r.document == doc)
    }
}

/// Uppercases and drops whitespace: the form codes are compared in.
pub fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_one_based_and_exclude_the_newline() {
        let d = Document::new("a.txt".into(), "first\nsecond\n\nfourth".into());
        assert_eq!(d.line_count(), 4);
        assert_eq!(d.line(1), "first");
        assert_eq!(d.line(2), "second");
        assert_eq!(d.line(3), "");
        assert_eq!(d.line(4), "fourth");
        assert_eq!(d.line(5), "");
        assert_eq!(d.line(0), "");
    }

    #[test]
    fn offsets_map_to_lines() {
        let d = Document::new("a.txt".into(), "ab\ncd\n\nef".into());
        assert_eq!(
            (
                d.line_of(0),
                d.line_of(2),
                d.line_of(3),
                d.line_of(6),
                d.line_of(7)
            ),
            (1, 1, 2, 3, 4)
        );
        assert_eq!(d.span_text(2, 4), "cd\n\nef");
        assert_eq!(d.span_text(1, 1), "ab");
    }

    #[test]
    fn a_trailing_newline_adds_no_line() {
        let d = Document::new("a.txt".into(), "one\ntwo\n".into());
        assert_eq!(d.line_count(), 2);
        assert_eq!(d.line(2), "two");
    }

    #[test]
    fn squash_ignores_case_and_spaces() {
        assert_eq!(squash("sac/tc 260"), "SAC/TC260");
    }
}
