//! List items marked with other glyphs than a hyphen or "•" ("▪ GB/T 1-2031
//! X", "■ Drafts", "► Events", "✓ Done"), as PDF and word-processor
//! conversions write them: the glyph becomes "•", so every rule that knows
//! a list item by its first character sees one. Only a glyph opening a
//! line and followed by a space is touched; the rest of the text is kept.

use std::borrow::Cow;

/// The glyphs that open a list item besides "-", "*" and "•" (and a
/// symbol font's private-use characters: Wingdings bullets).
const GLYPHS: [char; 19] = [
    '▪', '■', '□', '◆', '◇', '●', '○', '◦', '►', '▶', '▸', '➢', '➤', '✓', '✔', '‣', '∙', '❖', '√',
];

fn is_glyph(c: char) -> bool {
    GLYPHS.contains(&c) || ('\u{e000}'..='\u{f8ff}').contains(&c)
}

/// `text` with the list items' glyphs replaced by "•" (borrowed when it
/// has none).
pub fn plain_bullets(text: &str) -> Cow<'_, str> {
    let marked = |line: &str| {
        let mut c = line.trim_start().chars();
        c.next().is_some_and(is_glyph) && c.next().is_some_and(|s| s == ' ' || s == '\t')
    };
    // (Every glyph is three bytes long in UTF-8 and starts with 0xE2, or
    // 0xEE or 0xEF for the private-use ones.)
    if memchr::memchr3(0xE2, 0xEE, 0xEF, text.as_bytes()).is_none() || !text.split('\n').any(marked)
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if marked(line) {
            let lead = line.len() - line.trim_start().len();
            let glyph = line[lead..].chars().next().map_or(0, char::len_utf8);
            out.push_str(&line[..lead]);
            out.push('•');
            out.push_str(&line[lead + glyph..]);
        } else {
            out.push_str(line);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyphs_opening_items_become_bullets() {
        assert_eq!(
            plain_bullets("Standards\n▪ GB/T 1-2031 X\n  ■ Drafts\n► Events\n\u{f0b7}\tPlans"),
            "Standards\n• GB/T 1-2031 X\n  • Drafts\n• Events\n•\tPlans"
        );
    }

    #[test]
    fn other_glyphs_are_kept() {
        // (Inside a line, or not followed by a space.)
        let t = "Rating: ●●●○○\nA ▪ B\n■Note";
        assert!(matches!(plain_bullets(t), Cow::Borrowed(_)));
        assert!(matches!(
            plain_bullets("No glyphs at all"),
            Cow::Borrowed(_)
        ));
    }
}
