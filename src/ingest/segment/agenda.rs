//! Meeting agendas: numbered sessions ("I. Plenary Session", "II. WG5
//! (Cybersecurity Assessment)"); the preamble and boilerplate are not records.

use super::headings::{boilerplate_start, segment_generic, text_span};
use super::{Lines, Span};
use crate::extract::text::strip_markup;

fn is_session(raw: &str) -> bool {
    let t = strip_markup(raw);
    let b = t.as_bytes();
    let roman = b
        .iter()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
        .count();
    roman > 0
        && roman <= 5
        && b.get(roman) == Some(&b'.')
        && b.get(roman + 1) == Some(&b' ')
        && t.len() < 160
}

/// Segments an agenda into its sessions.
pub(crate) fn segment(lines: &Lines) -> Vec<Span> {
    let end = boilerplate_start(lines, 0);
    let heads: Vec<usize> = (0..end).filter(|&i| is_session(lines.raw[i])).collect();
    if heads.is_empty() {
        return segment_generic(lines, 0, true);
    }
    heads
        .iter()
        .enumerate()
        .map(|(k, &h)| text_span(lines, h, heads.get(k + 1).copied().unwrap_or(end)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_by_roman_numerals() {
        let text = "Agenda of TC 99 Week\n\nPreamble text.\n\nI. Plenary\n\nTime: 1 May\n\nII. WG2 (Testing)\n\n- 20241234-T-999 Foo\n\nIntroduction of ACME Project\n\nBoilerplate.\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(t, [("Plenary", 5, 7), ("WG2 (Testing)", 9, 11)]);
    }
}
