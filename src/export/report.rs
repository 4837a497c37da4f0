//! The Markdown report: one section per selected item with its fields, its
//! relations (both directions, with their evidence) and the source lines
//! that name it.

use super::Subset;
use crate::model::{Entity, Model, Node};
use std::collections::HashSet;
use std::fmt::Write;

fn quote(s: &str) -> String {
    let s: String = s.chars().take(300).collect();
    format!("“{}”", s.replace('\n', " "))
}

fn place(model: &Model, doc: crate::model::DocId, line: u32) -> String {
    format!("{}:{}", model.document(doc).file, line)
}

fn entity_section(out: &mut String, model: &Model, e: &Entity, in_subset: &HashSet<Node>) {
    let title = match &e.code {
        Some(c) if *c != e.name => format!("{c} — {}", e.name),
        _ => e.name.clone(),
    };
    let _ = writeln!(out, "## {title}\n");
    let _ = writeln!(out, "- Kind: {} ({})", e.kind, e.etype);
    if let Some(p) = e.parent {
        let _ = writeln!(out, "- Part of: {}", model.entity(p).label());
    }
    if let Some(s) = &e.status {
        let _ = writeln!(out, "- Status: {s}");
    }
    for d in &e.dates {
        let _ = writeln!(out, "- {}: {}", capital(&d.what), d.date);
    }
    if let Some(p) = &e.place {
        let _ = writeln!(out, "- Place: {p}");
    }
    if !e.aliases.is_empty() {
        let _ = writeln!(out, "- Also written: {}", e.aliases.join("; "));
    }
    if e.inferred {
        let _ = writeln!(out, "- Inferred: never named itself in the corpus");
    }
    let rels: Vec<_> = model
        .relations
        .iter()
        .filter(|r| r.kind != crate::model::RelationKind::Mentions)
        .filter(|r| r.from == Node::Entity(e.id) || r.to == e.id)
        .collect();
    if !rels.is_empty() {
        let _ = writeln!(out, "\n### Relations\n");
        for r in rels {
            let (arrow, other) = if r.from == Node::Entity(e.id) {
                ("→", model.entity(r.to).label().to_owned())
            } else {
                ("←", model.node_key(r.from))
            };
            let other_shown = if r.from == Node::Entity(e.id) {
                in_subset.contains(&Node::Entity(r.to))
            } else {
                in_subset.contains(&r.from)
            };
            let _ = writeln!(
                out,
                "- {} {arrow} {other}{}{} — {} ({})",
                r.kind,
                if r.inferred { " (inferred)" } else { "" },
                if other_shown {
                    ""
                } else {
                    " [not in this report]"
                },
                quote(&r.evidence.text),
                place(model, r.evidence.document, r.evidence.line)
            );
        }
    }
    if !e.mentions.is_empty() {
        let _ = writeln!(out, "\n### Sources\n");
        for m in e.mentions.iter().take(20) {
            let line = model.document(m.document).line(m.line).trim();
            let _ = writeln!(
                out,
                "- {} — {}",
                place(model, m.document, m.line),
                quote(&crate::extract::text::strip_markup(line))
            );
        }
        if e.mentions.len() > 20 {
            let _ = writeln!(out, "- … and {} more", e.mentions.len() - 20);
        }
    }
    out.push('\n');
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Renders the Markdown report of a subset.
pub(super) fn markdown(model: &Model, subset: &Subset) -> String {
    let mut out = String::new();
    let in_subset: HashSet<Node> = subset
        .entities
        .iter()
        .map(|&e| Node::Entity(e))
        .chain(subset.records.iter().map(|&r| Node::Record(r)))
        .collect();
    let _ = writeln!(out, "# Standards Atlas report\n");
    let _ = writeln!(
        out,
        "{} entities and {} records from {} documents.\n",
        subset.entities.len(),
        subset.records.len(),
        model.documents.len()
    );
    for &id in &subset.entities {
        entity_section(&mut out, model, model.entity(id), &in_subset);
    }
    for &id in &subset.records {
        let r = model.record(id);
        let d = model.document(r.document);
        let _ = writeln!(out, "## {}\n", r.title);
        let _ = writeln!(
            out,
            "- Record of: {} (lines {}–{})",
            d.file, r.lines.0, r.lines.1
        );
        if let Some(date) = r.date {
            let _ = writeln!(out, "- Date: {date}");
        }
        if let Some(s) = &r.section {
            let _ = writeln!(out, "- Section: {s}");
        }
        if let Some(c) = r
            .category
            .as_ref()
            .filter(|c| Some(*c) != r.section.as_ref())
        {
            let _ = writeln!(out, "- Topic: {c}");
        }
        let named: Vec<String> = model
            .relations
            .iter()
            .filter(|x| x.from == Node::Record(id))
            .map(|x| model.entity(x.to).label().to_owned())
            .collect();
        if !named.is_empty() {
            let _ = writeln!(out, "- Names: {}", named.join("; "));
        }
        out.push('\n');
    }
    out
}
