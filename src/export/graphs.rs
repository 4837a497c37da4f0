//! Graph exchange formats of the selected entities and the relations among
//! them: GraphML, GEXF and Graphviz DOT, with kinds and labels as
//! attributes and text kept in UTF-8 (Chinese intact).

use super::Subset;
use crate::model::{EntityId, Model, Node, RelationKind};
use std::collections::HashSet;
use std::fmt::Write;

fn xml(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => {}
            c => o.push(c),
        }
    }
    o
}

fn dot_str(s: &str) -> String {
    format!(
        "\"{}\"",
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', " ")
    )
}

/// The edges among the subset's entities (records and `mentions` left out).
fn edges(model: &Model, subset: &Subset) -> Vec<(EntityId, EntityId, RelationKind, bool)> {
    let set: HashSet<EntityId> = subset.entities.iter().copied().collect();
    model
        .relations
        .iter()
        .filter_map(|r| match r.from {
            Node::Entity(f) if set.contains(&f) && set.contains(&r.to) => {
                Some((f, r.to, r.kind, r.inferred))
            }
            _ => None,
        })
        .collect()
}

/// GraphML.
pub(super) fn graphml(model: &Model, subset: &Subset) -> String {
    let mut o = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    o.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    for (id, on, name) in [
        ("label", "node", "label"),
        ("kind", "node", "kind"),
        ("type", "node", "type"),
        ("code", "node", "code"),
        ("rkind", "edge", "kind"),
        ("inferred", "edge", "inferred"),
    ] {
        let ty = if id == "inferred" {
            "boolean"
        } else {
            "string"
        };
        let _ = writeln!(
            o,
            "  <key id=\"{id}\" for=\"{on}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    o.push_str("  <graph id=\"stdatlas\" edgedefault=\"directed\">\n");
    for &id in &subset.entities {
        let e = model.entity(id);
        let _ = writeln!(o, "    <node id=\"{}\">", xml(&e.export_id()));
        let _ = writeln!(o, "      <data key=\"label\">{}</data>", xml(&e.name));
        let _ = writeln!(o, "      <data key=\"kind\">{}</data>", e.kind);
        let _ = writeln!(o, "      <data key=\"type\">{}</data>", xml(&e.etype));
        if let Some(c) = &e.code {
            let _ = writeln!(o, "      <data key=\"code\">{}</data>", xml(c));
        }
        o.push_str("    </node>\n");
    }
    for (i, (f, t, k, inf)) in edges(model, subset).into_iter().enumerate() {
        let _ = writeln!(
            o,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">\n      <data key=\"rkind\">{k}</data>\n      <data key=\"inferred\">{inf}</data>\n    </edge>",
            xml(&model.entity(f).export_id()),
            xml(&model.entity(t).export_id())
        );
    }
    o.push_str("  </graph>\n</graphml>\n");
    o
}

/// GEXF 1.3.
pub(super) fn gexf(model: &Model, subset: &Subset) -> String {
    let mut o = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    o.push_str("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n  <graph defaultedgetype=\"directed\">\n");
    o.push_str("    <attributes class=\"node\">\n      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n      <attribute id=\"1\" title=\"type\" type=\"string\"/>\n      <attribute id=\"2\" title=\"code\" type=\"string\"/>\n    </attributes>\n");
    o.push_str("    <attributes class=\"edge\">\n      <attribute id=\"0\" title=\"inferred\" type=\"boolean\"/>\n    </attributes>\n");
    o.push_str("    <nodes>\n");
    for &id in &subset.entities {
        let e = model.entity(id);
        let _ = writeln!(
            o,
            "      <node id=\"{}\" label=\"{}\">\n        <attvalues>\n          <attvalue for=\"0\" value=\"{}\"/>\n          <attvalue for=\"1\" value=\"{}\"/>\n          <attvalue for=\"2\" value=\"{}\"/>\n        </attvalues>\n      </node>",
            xml(&e.export_id()),
            xml(&e.name),
            e.kind,
            xml(&e.etype),
            xml(e.code.as_deref().unwrap_or(""))
        );
    }
    o.push_str("    </nodes>\n    <edges>\n");
    for (i, (f, t, k, inf)) in edges(model, subset).into_iter().enumerate() {
        let _ = writeln!(
            o,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" label=\"{k}\">\n        <attvalues>\n          <attvalue for=\"0\" value=\"{inf}\"/>\n        </attvalues>\n      </edge>",
            xml(&model.entity(f).export_id()),
            xml(&model.entity(t).export_id())
        );
    }
    o.push_str("    </edges>\n  </graph>\n</gexf>\n");
    o
}

/// Graphviz DOT.
pub(super) fn dot(model: &Model, subset: &Subset) -> String {
    let mut o = String::from("digraph stdatlas {\n  node [shape=box];\n");
    for &id in &subset.entities {
        let e = model.entity(id);
        let _ = writeln!(
            o,
            "  {} [label={}, kind={}, type={}];",
            dot_str(&e.export_id()),
            dot_str(e.label()),
            dot_str(e.kind.as_str()),
            dot_str(&e.etype)
        );
    }
    for (f, t, k, inf) in edges(model, subset) {
        let _ = writeln!(
            o,
            "  {} -> {} [label={}{}];",
            dot_str(&model.entity(f).export_id()),
            dot_str(&model.entity(t).export_id()),
            dot_str(k.as_str()),
            if inf { ", style=dashed" } else { "" }
        );
    }
    o.push_str("}\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(xml("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(dot_str("say \"hi\""), "\"say \\\"hi\\\"\"");
        assert_eq!(xml("国务院"), "国务院");
    }
}
