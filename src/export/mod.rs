//! Exports: the `stdatlas.model/1` interchange format (JSON, and RON that
//! mirrors it), CSV tables, written atomically. The command line and the
//! GUI both go through [`render`] and [`atomic::write_atomic`].
//!
//! The format is documented in `docs/export-format.md`; keep it stable.
//! A new format is a new [`Format`] variant and a function in `formats.rs`.

pub mod atomic;
mod formats;
mod graphs;
mod report;
pub mod select;

pub use atomic::write_atomic;
pub use select::{Filter, Subset, select};

use crate::error::{Error, Result};
use crate::model::{Model, Node, PartialDate};
use serde::Serialize;
use std::collections::HashSet;

/// The schema name written in every export.
pub const SCHEMA: &str = "stdatlas.model/1";

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `stdatlas.model/1` as JSON.
    Json,
    /// The same structure as RON.
    Ron,
    /// One row per entity.
    Csv,
    /// One row per record.
    CsvRecords,
    /// A Markdown report, one section per item.
    Markdown,
    /// GraphML of the selected entities and their relations.
    GraphMl,
    /// GEXF (Gephi) of the same graph.
    Gexf,
    /// Graphviz DOT of the same graph.
    Dot,
}

impl Format {
    /// Parses a `--format` value (`csv` with `records` gives [`Format::CsvRecords`]).
    pub fn parse(s: &str, records: bool) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "ron" => Ok(Format::Ron),
            "csv" if records => Ok(Format::CsvRecords),
            "csv" => Ok(Format::Csv),
            "md" | "markdown" => Ok(Format::Markdown),
            "graphml" => Ok(Format::GraphMl),
            "gexf" => Ok(Format::Gexf),
            "dot" | "gv" => Ok(Format::Dot),
            other => Err(Error::Invalid(format!(
                "unknown export format {other:?} (expected json, csv, ron, md, graphml, gexf or dot)"
            ))),
        }
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Ron => "ron",
            Format::Csv | Format::CsvRecords => "csv",
            Format::Markdown => "md",
            Format::GraphMl => "graphml",
            Format::Gexf => "gexf",
            Format::Dot => "dot",
        }
    }
}

/// The interchange document.
#[derive(Serialize, Debug)]
pub struct ExportDoc {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// Documents that hold the exported items.
    pub documents: Vec<DocumentOut>,
    /// Records.
    pub records: Vec<RecordOut>,
    /// Entities.
    pub entities: Vec<EntityOut>,
    /// Relations among the exported items.
    pub relations: Vec<RelationOut>,
}

/// A document in the export.
#[derive(Serialize, Debug)]
pub struct DocumentOut {
    pub id: String,
    pub file: String,
    pub title: String,
    pub kind: &'static str,
    pub date: Option<PartialDate>,
    pub date_end: Option<PartialDate>,
}

/// A record in the export.
#[derive(Serialize, Debug)]
pub struct RecordOut {
    pub id: String,
    pub document: String,
    pub title: String,
    pub section: Option<String>,
    pub category: Option<String>,
    pub date: Option<PartialDate>,
    pub lines: [u32; 2],
    pub summary_lines: Option<[u32; 2]>,
}

/// A dated fact in the export.
#[derive(Serialize, Debug)]
pub struct DateOut {
    pub date: PartialDate,
    pub what: String,
}

/// A mention in the export.
#[derive(Serialize, Debug)]
pub struct MentionOut {
    pub document: String,
    pub line: u32,
}

/// An entity in the export.
#[derive(Serialize, Debug)]
pub struct EntityOut {
    pub id: String,
    pub kind: &'static str,
    #[serde(rename = "type")]
    pub etype: String,
    pub name: String,
    pub code: Option<String>,
    pub aliases: Vec<String>,
    pub parent: Option<String>,
    pub status: Option<String>,
    pub dates: Vec<DateOut>,
    pub place: Option<String>,
    pub mentions: Vec<MentionOut>,
    pub inferred: bool,
}

/// The evidence of a relation in the export.
#[derive(Serialize, Debug)]
pub struct EvidenceOut {
    pub document: String,
    pub line: u32,
    pub text: String,
}

/// A relation in the export.
#[derive(Serialize, Debug)]
pub struct RelationOut {
    pub from: String,
    pub to: String,
    pub kind: &'static str,
    pub evidence: EvidenceOut,
    pub inferred: bool,
}

/// Builds the interchange document for a subset: its items, the documents
/// they come from, and the relations whose both ends are in it.
pub fn to_export(model: &Model, subset: &Subset) -> ExportDoc {
    let recs: HashSet<_> = subset.records.iter().copied().collect();
    let ents: HashSet<_> = subset.entities.iter().copied().collect();
    let mut docs = std::collections::BTreeSet::new();
    let dkey = |d| model.document(d).key();
    let records = subset
        .records
        .iter()
        .map(|&id| {
            let r = model.record(id);
            docs.insert(r.document);
            RecordOut {
                id: model.node_key(Node::Record(id)),
                document: dkey(r.document),
                title: r.title.clone(),
                section: r.section.clone(),
                category: r.category.clone(),
                date: r.date,
                lines: [r.lines.0, r.lines.1],
                summary_lines: r.summary_lines.map(|s| [s.0, s.1]),
            }
        })
        .collect();
    let entities = subset
        .entities
        .iter()
        .map(|&id| {
            let e = model.entity(id);
            docs.extend(e.mentions.iter().map(|m| m.document));
            EntityOut {
                id: e.export_id(),
                kind: e.kind.as_str(),
                etype: e.etype.clone(),
                name: e.name.clone(),
                code: e.code.clone(),
                aliases: e.aliases.clone(),
                parent: e.parent.map(|p| model.entity(p).export_id()),
                status: e.status.clone(),
                dates: e
                    .dates
                    .iter()
                    .map(|d| DateOut {
                        date: d.date,
                        what: d.what.clone(),
                    })
                    .collect(),
                place: e.place.clone(),
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| MentionOut {
                        document: dkey(m.document),
                        line: m.line,
                    })
                    .collect(),
                inferred: e.inferred,
            }
        })
        .collect();
    let relations = model
        .relations
        .iter()
        .filter(|r| {
            ents.contains(&r.to)
                && match r.from {
                    Node::Entity(e) => ents.contains(&e),
                    Node::Record(x) => recs.contains(&x),
                }
        })
        .map(|r| RelationOut {
            from: model.node_key(r.from),
            to: model.entity(r.to).export_id(),
            kind: r.kind.as_str(),
            evidence: EvidenceOut {
                document: dkey(r.evidence.document),
                line: r.evidence.line,
                text: r.evidence.text.clone(),
            },
            inferred: r.inferred,
        })
        .collect();
    let documents = docs
        .into_iter()
        .map(|d| {
            let doc = model.document(d);
            DocumentOut {
                id: doc.key(),
                file: doc.file.clone(),
                title: doc.title.clone(),
                kind: doc.kind.as_str(),
                date: doc.date,
                date_end: doc.date_end,
            }
        })
        .collect();
    ExportDoc {
        schema: SCHEMA,
        documents,
        records,
        entities,
        relations,
    }
}

/// Renders a subset in a format.
pub fn render(model: &Model, subset: &Subset, format: Format) -> Result<Vec<u8>> {
    match format {
        Format::Json => formats::json(&to_export(model, subset)),
        Format::Ron => formats::ron(&to_export(model, subset)),
        Format::Csv => formats::csv_entities(model, subset),
        Format::CsvRecords => formats::csv_records(model, subset),
        Format::Markdown => Ok(report::markdown(model, subset).into_bytes()),
        Format::GraphMl => Ok(graphs::graphml(model, subset).into_bytes()),
        Format::Gexf => Ok(graphs::gexf(model, subset).into_bytes()),
        Format::Dot => Ok(graphs::dot(model, subset).into_bytes()),
    }
}
