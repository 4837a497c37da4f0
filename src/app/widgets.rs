//! Small widgets shared by the panels, each a free `*_ui` function that
//! returns its `Response`, and the colours of entity kinds.

use crate::model::EntityKind;
use crate::views::rows::match_ranges;
use egui::text::LayoutJob;
use egui::{Color32, Response, RichText, TextFormat, Ui};

/// The colour of an entity kind (records use [`RECORD_COLOR`]); chosen to
/// read on both themes and to tell kinds apart in the graph.
pub fn kind_color(kind: EntityKind) -> Color32 {
    match kind {
        EntityKind::Authority => Color32::from_rgb(0xe1, 0x5a, 0x4f),
        EntityKind::Committee => Color32::from_rgb(0x3f, 0x8f, 0xe0),
        EntityKind::Organization => Color32::from_rgb(0x9b, 0x7b, 0xd8),
        EntityKind::Standard => Color32::from_rgb(0x3c, 0xb3, 0x71),
        EntityKind::Instrument => Color32::from_rgb(0xe8, 0xa1, 0x2e),
        EntityKind::Event => Color32::from_rgb(0x2b, 0xb5, 0xb8),
    }
}

/// The colour of a relation kind's edges.
pub fn relation_color(kind: crate::model::RelationKind) -> Color32 {
    use crate::model::RelationKind::*;
    match kind {
        PartOf => Color32::from_rgb(0x6b, 0x8a, 0xb8),
        IssuedBy => Color32::from_rgb(0xe1, 0x5a, 0x4f),
        DevelopedBy => Color32::from_rgb(0x3f, 0x8f, 0xe0),
        DraftedBy => Color32::from_rgb(0x8f, 0xb3, 0xe8),
        ProposedBy => Color32::from_rgb(0xb8, 0x9b, 0x5c),
        Supports => Color32::from_rgb(0x3c, 0xb3, 0x71),
        LegalBasis => Color32::from_rgb(0xe8, 0xa1, 0x2e),
        Replaces => Color32::from_rgb(0xc0, 0x6c, 0xd0),
        Amends => Color32::from_rgb(0xd0, 0x8c, 0x6c),
        Adopts => Color32::from_rgb(0x5f, 0xa8, 0xa0),
        Mirrors => Color32::from_rgb(0x2b, 0xb5, 0xb8),
        Secretariat => Color32::from_rgb(0x9b, 0x7b, 0xd8),
        Mentions => Color32::from_rgb(0x80, 0x80, 0x80),
    }
}

/// The colour of records.
pub const RECORD_COLOR: Color32 = Color32::from_rgb(0x9a, 0x9a, 0x9a);

/// A small coloured kind label.
pub fn kind_chip_ui(ui: &mut Ui, kind: Option<EntityKind>) -> Response {
    let (text, color) = match kind {
        Some(k) => (k.as_str(), kind_color(k)),
        None => ("record", RECORD_COLOR),
    };
    ui.label(RichText::new(text).color(color).small().strong())
}

/// A label with every case-insensitive match of `query` highlighted.
pub fn highlighted_ui(ui: &mut Ui, text: &str, query: &str, strong: bool) -> Response {
    let ranges = match_ranges(text, query);
    if ranges.is_empty() {
        let t = RichText::new(text);
        return ui.add(egui::Label::new(if strong { t.strong() } else { t }).truncate());
    }
    let style = ui.style();
    let font = egui::TextStyle::Body.resolve(style);
    let color = if strong {
        style.visuals.strong_text_color()
    } else {
        style.visuals.text_color()
    };
    let normal = TextFormat::simple(font.clone(), color);
    let hit = TextFormat {
        background: Color32::from_rgb(0xf2, 0xc9, 0x4c),
        color: Color32::BLACK,
        ..TextFormat::simple(font, Color32::BLACK)
    };
    let mut job = LayoutJob::default();
    let mut at = 0;
    for (s, e) in ranges {
        job.append(&text[at..s], 0.0, normal.clone());
        job.append(&text[s..e], 0.0, hit.clone());
        at = e;
    }
    job.append(&text[at..], 0.0, normal);
    ui.add(egui::Label::new(job).truncate())
}

/// A clickable link-like label; returns its response.
pub fn link_ui(ui: &mut Ui, text: &str) -> Response {
    ui.add(egui::Link::new(text))
}

/// Shortens long text to `max` characters with an ellipsis.
pub fn ellipsize(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]).into(),
        None => text.into(),
    }
}
