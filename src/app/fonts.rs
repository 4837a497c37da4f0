//! Fonts: egui's defaults have no CJK glyphs, so the bundled WenQuanYi
//! Micro Hei (Apache-2.0, `assets/fonts/`) is added as the last fallback of
//! both families. Embedded in the binary: Chinese renders on any machine and
//! in headless tests alike.

use egui::epaint::text::{FontData, FontInsert, FontPriority, InsertFontFamily};
use egui::{Context, FontFamily};

/// The bundled CJK font (a TrueType collection; face 0 is the proportional one).
pub static CJK_FONT: &[u8] = include_bytes!("../../assets/fonts/wqy-microhei.ttc");

/// Registers the CJK fallback font.
pub fn install(ctx: &Context) {
    let families = [FontFamily::Proportional, FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(FontInsert::new(
        "wqy-microhei",
        FontData::from_static(CJK_FONT),
        families,
    ));
}
