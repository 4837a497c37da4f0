//! Details of the selected item: every field; its relations grouped by
//! kind and direction, each clickable; every mention with its source line and
//! a "show in source" button.

use super::Cx;
use crate::app::command::Command;
use crate::app::widgets::{ellipsize, kind_chip_ui, link_ui};
use crate::model::{Entity, EntityId, EntityKind, Item, Model, Node, RecordId, RelationKind};
use egui::{RichText, Ui};
use std::collections::BTreeMap;

/// View state of the details panel.
#[derive(Default)]
pub struct DetailsPanel {
    /// How many mentions to list before "show more".
    mention_limit: usize,
    /// The item the limit belongs to.
    item: Option<Item>,
}

const PAGE: usize = 50;

impl DetailsPanel {
    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx) {
        if self.item != cx.state.selection {
            self.item = cx.state.selection;
            self.mention_limit = PAGE;
        }
        ui.horizontal(|ui| {
            ui.heading("Details");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.small_button("✖").on_hover_text("Hide details").clicked() {
                    cx.send(Command::ShowDetails(false));
                }
            });
        });
        ui.separator();
        let Some(item) = cx.state.selection else {
            ui.label(RichText::new("Select a committee, standard, record… to see it here.").weak());
            return;
        };
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| match item {
                Item::Entity(e) => self.entity_ui(ui, cx, e),
                Item::Record(r) => self.record_ui(ui, cx, r),
            });
    }

    fn entity_ui(&mut self, ui: &mut Ui, cx: &mut Cx, id: EntityId) {
        let m: &Model = &cx.state.model;
        let e = m.entity(id);
        ui.horizontal(|ui| {
            kind_chip_ui(ui, Some(e.kind));
            if !e.etype.is_empty() {
                ui.label(RichText::new(&e.etype).weak());
            }
            if e.inferred {
                ui.label(RichText::new("inferred").italics().weak())
                    .on_hover_text("Never named as such: taken from context");
            }
        });
        ui.label(RichText::new(e.label()).heading().strong());
        if e.code.is_some() && e.name != e.label() {
            ui.label(&e.name);
        }
        ui.add_space(4.0);
        fields_ui(ui, cx, e);
        ui.add_space(6.0);
        relations_ui(ui, cx, id);
        ui.add_space(6.0);
        let records = &cx.state.index.mentioned_in[id.index()];
        if !records.is_empty() {
            let n = records.len();
            let noun = if n == 1 { "record" } else { "records" };
            ui.label(RichText::new(format!("Named in {n} {noun}")).strong());
            for r in records.iter().take(self.mention_limit) {
                let rec = m.record(*r);
                if link_ui(ui, &ellipsize(&rec.title, 80))
                    .on_hover_text(&m.document(rec.document).file)
                    .clicked()
                {
                    cx.send(Command::Select(Some(Item::Record(*r))));
                }
            }
        }
        ui.add_space(6.0);
        ui.label(RichText::new(format!("Mentions ({})", e.mentions.len())).strong());
        let needle = e.code.clone().unwrap_or_else(|| e.name.clone());
        for mention in e.mentions.iter().take(self.mention_limit) {
            let doc = m.document(mention.document);
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("{}:{}", doc.file, mention.line))
                        .monospace()
                        .small(),
                );
                if ui.small_button("show in source").clicked() {
                    cx.send(Command::ShowSource(
                        mention.document,
                        mention.line,
                        Some(needle.clone()),
                    ));
                }
            });
            ui.add(
                egui::Label::new(
                    RichText::new(ellipsize(doc.line(mention.line).trim(), 300)).weak(),
                )
                .wrap(),
            );
        }
        if e.mentions.len() > self.mention_limit && ui.button("Show more").clicked() {
            self.mention_limit += PAGE;
        }
    }

    fn record_ui(&mut self, ui: &mut Ui, cx: &mut Cx, id: RecordId) {
        let m: &Model = &cx.state.model;
        let r = m.record(id);
        let doc = m.document(r.document);
        kind_chip_ui(ui, None);
        ui.label(RichText::new(&r.title).heading().strong());
        egui::Grid::new("record-fields")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                let mut row = |k: &str, v: String| {
                    ui.label(RichText::new(k).weak());
                    ui.add(egui::Label::new(v).wrap());
                    ui.end_row();
                };
                row("document", format!("{} ({})", doc.file, doc.kind));
                row("number", r.ordinal.to_string());
                if let Some(s) = &r.section {
                    row("section", s.clone());
                }
                if let Some(c) = &r.category {
                    row("category", c.clone());
                }
                row(
                    "date",
                    r.date.map(|d| d.to_string()).unwrap_or_else(|| "–".into()),
                );
                row("lines", format!("{}–{}", r.lines.0, r.lines.1));
                if let Some((a, b)) = r.summary_lines {
                    row("summary", format!("lines {a}–{b}"));
                }
            });
        if ui.button("Show in source").clicked() {
            cx.send(Command::ShowSource(r.document, r.lines.0, None));
        }
        let named = &cx.state.index.record_mentions[id.index()];
        if !named.is_empty() {
            ui.add_space(6.0);
            ui.label(RichText::new(format!("Names {} entities", named.len())).strong());
            let mut by_kind: BTreeMap<_, Vec<&Entity>> = BTreeMap::new();
            for e in named {
                let ent = m.entity(*e);
                by_kind.entry(ent.kind).or_default().push(ent);
            }
            for (kind, list) in by_kind {
                egui::CollapsingHeader::new(format!("{kind} ({})", list.len()))
                    .id_salt(("rec-kind", kind))
                    .default_open(true)
                    .show(ui, |ui| {
                        for ent in list {
                            if link_ui(ui, &ellipsize(ent.label(), 90))
                                .on_hover_text(&ent.name)
                                .clicked()
                            {
                                cx.send(Command::Select(Some(Item::Entity(ent.id))));
                            }
                        }
                    });
            }
        }
        ui.add_space(6.0);
        ui.label(RichText::new("Text").strong());
        let text = doc.span_text(r.lines.0, r.lines.1.min(r.lines.0 + 60));
        ui.add(egui::Label::new(RichText::new(ellipsize(text, 4000)).small()).wrap());
    }
}

fn fields_ui(ui: &mut Ui, cx: &mut Cx, e: &Entity) {
    let m: &Model = &cx.state.model;
    egui::Grid::new("entity-fields")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            let label = |ui: &mut Ui, k: &str| {
                ui.label(RichText::new(k).weak());
            };
            label(ui, "id");
            ui.add(egui::Label::new(RichText::new(e.export_id()).monospace().small()).wrap());
            ui.end_row();
            if let Some(c) = &e.code {
                label(ui, "code");
                ui.label(c);
                ui.end_row();
            }
            label(ui, "name");
            ui.add(egui::Label::new(&e.name).wrap());
            ui.end_row();
            if !e.aliases.is_empty() {
                label(ui, "aliases");
                ui.add(egui::Label::new(e.aliases.join("; ")).wrap());
                ui.end_row();
            }
            if let Some(p) = e.parent {
                label(ui, "part of");
                if link_ui(ui, m.entity(p).label()).clicked() {
                    cx.send(Command::Select(Some(Item::Entity(p))));
                }
                ui.end_row();
            }
            if let Some(c) =
                cx.state.index.committee_of[e.id.index()].filter(|c| Some(*c) != e.parent)
            {
                label(ui, "committee");
                if link_ui(ui, m.entity(c).label()).clicked() {
                    cx.send(Command::Select(Some(Item::Entity(c))));
                }
                ui.end_row();
            }
            if let Some(s) = &e.status {
                label(ui, "status");
                ui.label(s);
                ui.end_row();
            }
            for d in &e.dates {
                label(ui, &d.what);
                ui.label(d.date.to_string());
                ui.end_row();
            }
            if let Some(p) = &e.place {
                label(ui, "place");
                ui.label(p);
                ui.end_row();
            }
            let children = m.children(e.id).count();
            if children > 0 {
                label(ui, "children");
                ui.label(children.to_string());
                ui.end_row();
            }
        });
}

/// Relations grouped by kind and direction; each end is a link, the
/// evidence sentence shows underneath.
fn relations_ui(ui: &mut Ui, cx: &mut Cx, id: EntityId) {
    let m: &Model = &cx.state.model;
    let ix = &cx.state.index;
    // An event's `issued_by` names its organizer: grouped apart.
    let is_event = |e: Node| matches!(e, Node::Entity(e) if m.entity(e).kind == EntityKind::Event);
    let mut groups: BTreeMap<(RelationKind, bool, bool), Vec<u32>> = BTreeMap::new();
    for &r in &ix.outgoing[id.index()] {
        let rel = &m.relations[r as usize];
        groups
            .entry((
                rel.kind,
                true,
                rel.kind == RelationKind::IssuedBy && is_event(rel.from),
            ))
            .or_default()
            .push(r);
    }
    for &r in &ix.incoming[id.index()] {
        let rel = &m.relations[r as usize];
        groups
            .entry((
                rel.kind,
                false,
                rel.kind == RelationKind::IssuedBy && is_event(rel.from),
            ))
            .or_default()
            .push(r);
    }
    if groups.is_empty() {
        ui.label(RichText::new("No relations.").weak());
        return;
    }
    ui.label(RichText::new(format!("Relations ({})", ix.degree(id))).strong());
    for ((kind, out, organized), rels) in groups {
        let phrase = match (organized, out) {
            (true, true) => "organized by",
            (true, false) => "organized",
            _ => relation_phrase(kind, out),
        };
        let title = format!(
            "{} {} ({})",
            if out { "→" } else { "←" },
            phrase,
            rels.len()
        );
        egui::CollapsingHeader::new(title)
            .id_salt(("rel", kind, out, organized))
            .default_open(true)
            .show(ui, |ui| {
                for r in rels {
                    let rel = &m.relations[r as usize];
                    let other = if out {
                        rel.to
                    } else {
                        match rel.from {
                            Node::Entity(e) => e,
                            Node::Record(_) => continue,
                        }
                    };
                    let o = m.entity(other);
                    ui.horizontal_wrapped(|ui| {
                        kind_chip_ui(ui, Some(o.kind));
                        let text = if o.code.is_some() && o.name != o.label() {
                            format!("{} — {}", o.label(), o.name)
                        } else {
                            o.label().to_owned()
                        };
                        if link_ui(ui, &ellipsize(&text, 90)).clicked() {
                            cx.send(Command::Select(Some(Item::Entity(other))));
                        }
                        if rel.inferred {
                            ui.label(RichText::new("inferred").italics().weak().small());
                        }
                    });
                    let ev = &rel.evidence;
                    let doc = m.document(ev.document);
                    let r = ui.add(
                        egui::Label::new(RichText::new(ellipsize(&ev.text, 240)).weak().small())
                            .wrap()
                            .sense(egui::Sense::click()),
                    );
                    if r.on_hover_text(format!(
                        "{}:{} — click to show in source",
                        doc.file, ev.line
                    ))
                    .clicked()
                    {
                        cx.send(Command::ShowSource(ev.document, ev.line, None));
                    }
                }
            });
    }
}

/// How a relation reads from the selected entity's side.
pub fn relation_phrase(kind: RelationKind, outgoing: bool) -> &'static str {
    use RelationKind::*;
    match (kind, outgoing) {
        (PartOf, true) => "part of",
        (PartOf, false) => "has part",
        (IssuedBy, true) => "issued by",
        (IssuedBy, false) => "issued",
        (DevelopedBy, true) => "developed by",
        (DevelopedBy, false) => "develops",
        (DraftedBy, true) => "drafted by",
        (DraftedBy, false) => "drafted",
        (ProposedBy, true) => "proposed by",
        (ProposedBy, false) => "proposed",
        (Supports, true) => "supports",
        (Supports, false) => "supported by",
        (LegalBasis, true) => "legal basis",
        (LegalBasis, false) => "legal basis of",
        (Replaces, true) => "replaces",
        (Replaces, false) => "replaced by",
        (Amends, true) => "amends",
        (Amends, false) => "amended by",
        (Adopts, true) => "adopts",
        (Adopts, false) => "adopted by",
        (Mirrors, true) => "mirrors",
        (Mirrors, false) => "mirrored by",
        (Secretariat, true) => "secretariat",
        (Secretariat, false) => "secretariat of",
        (Mentions, _) => "mentions",
    }
}
