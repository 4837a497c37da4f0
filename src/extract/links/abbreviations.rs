//! Abbreviations a document uses: the abbreviations table of a newsletter
//! (aliases of the bodies it lists), and an abbreviation given in
//! parentheses after a body's or an instrument's name ("(BAAI)", "(PIPL)"),
//! whose later uses are mentions of it.

use super::{Cat, Hit, LineHits, place};
use crate::extract::{Cx, bodies, text};
use crate::model::EntityKind;
use crate::model::builder::{EntityDraft, EntityRef};

/// The cells of an abbreviations table's row ("SAMR<tab>State
/// Administration ...<tab>国家..."): tab-separated, short, the first cell an
/// abbreviation in capitals.
pub(super) fn table_row(line: &str) -> Option<Vec<String>> {
    if !line.contains('\t') || line.len() > 300 {
        return None;
    }
    let cells: Vec<String> = line
        .split('\t')
        .map(|c| join_han(&text::strip_markup_cow(c)))
        .filter(|c| !c.is_empty())
        .collect();
    (cells.len() >= 2 && cells[0].len() <= 10 && cells[0].chars().all(|c| c.is_ascii_uppercase()))
        .then_some(cells)
}

/// A cell with the spaces a conversion left between Chinese characters
/// dropped ("中国食品药品检定研究 院").
fn join_han(cell: &str) -> String {
    if cell.is_ascii() || !cell.contains(' ') {
        return cell.to_owned();
    }
    let han = text::is_han;
    let chars: Vec<char> = cell.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            !(c == ' '
                && i > 0
                && chars.get(i - 1).is_some_and(|&p| han(p))
                && chars.get(i + 1).is_some_and(|&n| han(n)))
        })
        .map(|(_, &c)| c)
        .collect()
}

/// The abbreviations table gives aliases (the abbreviation, the Chinese
/// name) to the bodies it lists: those of the dictionary, and those found
/// by the shape of their English name.
pub(super) fn abbreviation_aliases(cx: &mut Cx) {
    let doc = cx.doc;
    for (n, line) in doc.lines() {
        let Some(cells) = table_row(line) else {
            continue;
        };
        if let Some(b) = bodies::body(&cells[0]).or_else(|| {
            bodies::BODIES
                .iter()
                .find(|b| b.names.contains(&cells[0].as_str()))
                .copied()
        }) {
            let mut d = EntityDraft::new(b.kind, b.key, b.etype);
            d.aliases
                .extend(cells[1..].iter().filter(|c| c.as_str() != b.name).cloned());
            d.line = Some(n);
            cx.add(d);
        } else if let Some(slot) = cx.slot(EntityKind::Organization, &cells[1]) {
            // ("CEEIA<tab>China Electrical Equipment Industrial
            // Association<tab>中国电器工业协会".)
            let e = &mut cx.entities[slot];
            for a in std::iter::once(&cells[0]).chain(&cells[2..]) {
                if !e.aliases.contains(a) {
                    e.aliases.push(a.clone());
                }
            }
        }
    }
}

/// The abbreviation in parentheses at the end of a name as written
/// ("Beijing Academy of Artificial Intelligence (BAAI)" → "BAAI"): two to
/// ten capitals and digits, starting with a capital.
pub(super) fn abbreviation_of(written: &str) -> Option<&str> {
    let inner = written.trim_end().strip_suffix(')')?;
    let a = &inner[inner.rfind('(')? + 1..];
    let ok = (2..=10).contains(&a.len())
        && a.starts_with(|c: char| c.is_ascii_uppercase())
        && a.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && a.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
    ok.then_some(a)
}

/// An abbreviation a document gives a body or an instrument: "(BAAI)",
/// "(PIPL)".
pub(super) struct Abbreviation {
    /// The abbreviation.
    pub(super) abbr: String,
    /// What it names.
    pub(super) of: EntityRef,
    /// Where it is defined (the name and the parenthesis), in the document.
    pub(super) span: (usize, usize),
    /// What its mentions are.
    pub(super) cat: Cat,
}

/// "(PIPL)" right after a name, or the short name a document defines for
/// it (`(the "Drone Data Measures")`, `(hereinafter "the Data Rules")`):
/// the abbreviation and the end of the parenthesis.
pub(super) fn abbreviation_after(rest: &str) -> Option<(&str, usize)> {
    let inner = rest.strip_prefix(" (")?;
    if let Some(close) = inner.find(')').filter(|&c| c <= 10)
        && let Some(a) = abbreviation_of(&rest[..2 + close + 1])
    {
        return Some((a, 2 + close + 1));
    }
    defined_short_name(inner).map(|(a, len)| (a, 2 + len))
}

/// The type word a document makes an instrument's short name: ` (the
/// "Provisions")`, ` (hereinafter "the Measures")` → "Provisions",
/// "Measures". "The Provisions ..." then refers to that instrument even
/// when the document names other provisions.
pub(super) fn defined_head(rest: &str) -> Option<&str> {
    let mut t = rest.strip_prefix(" (")?;
    for lead in ["hereinafter ", "referred to as ", "the "] {
        t = t.strip_prefix(lead).unwrap_or(t);
    }
    let t = t.strip_prefix(['"', '“'])?;
    let t = t.strip_prefix("the ").unwrap_or(t);
    let end = t.find(['"', '”'])?;
    let head = &t[..end];
    let close = &t[end..];
    let close = close[close.chars().next()?.len_utf8()..].starts_with(')');
    (close && crate::extract::instruments::is_head_word(head)).then_some(head)
}

/// `the "Drone Data Measures")` (the inside of a parenthesis, up to and
/// with its end): a short name in quotes, after "the", "hereinafter" or
/// "referred to as". One word only when it is an abbreviation ("PIPL");
/// a bare type word ("the Measures") is no name of its own.
fn defined_short_name(inner: &str) -> Option<(&str, usize)> {
    let mut t = inner;
    for lead in ["hereinafter ", "referred to as ", "the "] {
        t = t.strip_prefix(lead).unwrap_or(t);
    }
    let open = t.chars().next().filter(|c| matches!(c, '"' | '“' | '\''))?;
    let body = &t[open.len_utf8()..];
    let body = body.strip_prefix("the ").unwrap_or(body);
    let end = body.find(['"', '”', '\'', '’']).filter(|&e| e <= 60)?;
    let name = &body[..end];
    let after = &body[end..];
    let q = after.chars().next()?.len_utf8();
    let close = after[q..].strip_prefix(')').map(|_| q + 1)?;
    let words = name.split_whitespace().count();
    let ok = name.starts_with(|c: char| c.is_ascii_uppercase())
        && if words == 1 {
            abbreviation_of(&format!("({name})")).is_some()
        } else {
            (2..=8).contains(&words) && !crate::extract::instruments::generic(name)
        };
    let used = inner.len() - after.len() + close;
    ok.then_some((name, used))
}

/// Every later use of an abbreviation a body or an instrument was given in
/// the document, as a mention of it.
pub(super) fn abbreviation_mentions(cx: &mut Cx, by_line: &mut LineHits, abbrs: &[Abbreviation]) {
    let text = cx.doc.text.as_str();
    for Abbreviation {
        abbr: a,
        of: body,
        span: (start, end),
        cat,
    } in abbrs
    {
        let bytes = text.as_bytes();
        for at in memchr::memmem::find_iter(bytes, a.as_bytes()) {
            let whole = (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
                && bytes
                    .get(at + a.len())
                    .is_none_or(|b| !b.is_ascii_alphanumeric());
            if !whole || (at >= *start && at < *end) {
                continue;
            }
            let (n, s) = place(cx, at);
            let e = s + a.len();
            if by_line
                .get(&n)
                .is_some_and(|v| v.iter().any(|x| s < x.end && x.start < e))
            {
                continue;
            }
            let Some(slot) = cx.slot(body.0, &body.1) else {
                continue;
            };
            cx.mention_again(slot, Some(a), n, s);
            let v = by_line.entry(n).or_default();
            v.push(Hit {
                start: s,
                end: e,
                r: body.clone(),
                cat: cat.clone(),
            });
            v.sort_by_key(|h| h.start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows() {
        assert_eq!(
            table_row("<b>NIFDC</b>\tNational Institute of X\t中国食品 检定研究 院"),
            Some(vec![
                "NIFDC".to_owned(),
                "National Institute of X".to_owned(),
                "中国食品检定研究院".to_owned()
            ])
        );
        assert_eq!(table_row("Widget\tX"), None);
        assert_eq!(table_row("NIFDC National Institute"), None);
    }

    #[test]
    fn abbreviations_and_defined_short_names() {
        assert_eq!(abbreviation_after(" (PIPL) requires"), Some(("PIPL", 7)));
        let rest = " (the \"Drone Data Measures\"), which";
        assert_eq!(
            abbreviation_after(rest),
            Some(("Drone Data Measures", rest.find(',').unwrap()))
        );
        let rest = " (hereinafter “the Grid Data Rules”) apply";
        assert_eq!(
            abbreviation_after(rest),
            Some(("Grid Data Rules", rest.find(" apply").unwrap()))
        );
        assert_eq!(abbreviation_after(" (\"SDM\")."), Some(("SDM", 8)));
        // A bare type word is the generic "the Measures", no name.
        assert_eq!(abbreviation_after(" (the \"Measures\")"), None);
        assert_eq!(defined_head(" (the \"Measures\")"), Some("Measures"));
        assert_eq!(
            defined_head(" (hereinafter “the Provisions”), which"),
            Some("Provisions")
        );
        assert_eq!(defined_head(" (the \"Drone Data Measures\")"), None);
        assert_eq!(defined_head(" (the \"Measures\" below"), None);
        assert_eq!(abbreviation_after(" (the \"new rules\")"), None);
        assert_eq!(
            abbreviation_after(" (hereinafter referred to as the \"Implementation Rules\")"),
            None
        );
        assert_eq!(abbreviation_after(" (\"Drone Data Measures\" below"), None);
    }
}
