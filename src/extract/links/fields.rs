//! Standards described field by field, as catalogue pages and standard
//! detail pages print them: a "Standard No.: GB/T 43697-2024" line, then
//! "English Title:", "Status:", "Release Date:", "Implementation Date:",
//! "Replaced Standard:", "Technical Committee:" lines about that standard,
//! up to the next "Standard No." line or the end of the record.

use super::{Cat, LineHits, lines_between};
use crate::extract::{Cx, dates, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, Record, RelationKind};

/// What a field's label says about the standard of its block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    /// "Standard No.": starts a block.
    Code,
    Title,
    ChineseTitle,
    Status,
    Released,
    Effective,
    Replaces,
    Committee,
}

/// The field a label names (lower case, without the colon).
fn field_of(label: &str) -> Option<Field> {
    let l = label.trim().trim_end_matches('.').to_ascii_lowercase();
    let l = l.as_str();
    Some(match l {
        "standard no" | "standard number" | "standard code" | "standard id" | "gb number" => {
            Field::Code
        }
        "english title" | "english name" | "title" | "standard title" | "standard name"
        | "title (english)" | "name (english)" => Field::Title,
        "chinese title" | "chinese name" | "title (chinese)" | "name (chinese)" => {
            Field::ChineseTitle
        }
        "status" | "standard status" | "state" => Field::Status,
        "release date" | "issue date" | "issuance date" | "publication date" | "date of issue"
        | "published" | "publication" | "issued" | "released" => Field::Released,
        "implementation date"
        | "effective date"
        | "date of implementation"
        | "implementation"
        | "effective"
        | "effective from" => Field::Effective,
        "replaced standard"
        | "replaced standards"
        | "replaces"
        | "replacing"
        | "replace"
        | "supersedes"
        | "superseded standard" => Field::Replaces,
        "technical committee"
        | "committee"
        | "responsible committee"
        | "drafting committee"
        | "tc"
        | "responsible tc"
        | "centralized by"
        | "under the jurisdiction of" => Field::Committee,
        _ => return None,
    })
}

/// "Label: value" with a short label at the start of a line (list marks
/// and emphasis around it allowed): the field and where its value starts.
fn labelled(line: &str) -> Option<(Field, usize)> {
    let colon = line.find([':', '：'])?;
    if colon > 48 {
        return None;
    }
    let label = line[..colon].trim_start_matches([' ', '\t', '-', '*', '•', '|', '_']);
    let label = label.trim_end_matches(['*', '_', ' ']);
    let field = field_of(label)?;
    let sep = line[colon..].chars().next().map_or(1, char::len_utf8);
    Some((field, colon + sep))
}

/// The status a catalogue prints, in the model's words.
fn status_word(value: &str) -> Option<&'static str> {
    let v = value.trim().to_ascii_lowercase();
    let v = v.trim_end_matches('.');
    if v.contains("to be implemented") || v.contains("upcoming") || v.contains("即将实施") {
        Some("published")
    } else if [
        "effective",
        "current",
        "valid",
        "in force",
        "现行",
        "active",
    ]
    .iter()
    .any(|w| v.starts_with(w))
    {
        Some("effective")
    } else if ["abolished", "withdrawn", "repealed", "annulled", "废止"]
        .iter()
        .any(|w| v.starts_with(w))
    {
        Some("withdrawn")
    } else if v.starts_with("replaced") || v.starts_with("superseded") {
        Some("replaced")
    } else if v.starts_with("published") || v.starts_with("issued") {
        Some("published")
    } else if v.starts_with("approved") {
        Some("approved")
    } else if v.starts_with("draft") {
        Some("draft")
    } else {
        None
    }
}

/// Reads the field blocks of record `r`.
pub(super) fn standard_fields(cx: &mut Cx, r: &Record, by_line: &LineHits, year: Option<i32>) {
    let mut current: Option<EntityRef> = None;
    for n in r.lines.0..=r.lines.1 {
        let raw = cx.doc.line(n);
        // Cheap test first: a colon near the start.
        let head = &raw.as_bytes()[..raw.len().min(52)];
        if !(head.contains(&b':') || head.windows(3).any(|w| w == "：".as_bytes())) {
            continue;
        }
        let Some((field, at)) = labelled(raw) else {
            continue;
        };
        let mut hits = lines_between(by_line, n, n).flat_map(|(_, v)| v.iter());
        let value = &raw[at..];
        if field == Field::Code {
            current = hits
                .filter(|h| h.cat == Cat::Standard && h.start >= at)
                .map(|h| h.r.clone())
                .next();
            continue;
        }
        let Some(me) = current.clone() else { continue };
        let evidence = || text::strip_markup(raw.trim());
        match field {
            Field::Code => {}
            Field::Title | Field::ChineseTitle => {
                let t = text::strip_markup(value.trim());
                let t = t.trim();
                if t.chars().count() >= 4 && !matches!(t, "None" | "-" | "/") {
                    let mut d = EntityDraft::new(EntityKind::Standard, me.1.clone(), "");
                    if field == Field::Title {
                        d.name = Some(t.to_owned());
                    } else {
                        d.aliases.push(t.to_owned());
                    }
                    cx.add(d);
                }
            }
            Field::Status => {
                if let Some(s) = status_word(value) {
                    let mut d = EntityDraft::new(EntityKind::Standard, me.1.clone(), "");
                    d.status = Some(s.to_owned());
                    cx.add(d);
                }
            }
            Field::Released | Field::Effective => {
                if let Some(m) = dates::first_date(value, year) {
                    let mut d = EntityDraft::new(EntityKind::Standard, me.1.clone(), "");
                    d.dates.push(DatedFact {
                        date: m.date,
                        what: if field == Field::Released {
                            "released".into()
                        } else {
                            "effective".into()
                        },
                    });
                    cx.add(d);
                }
            }
            Field::Replaces => {
                for h in hits.filter(|h| h.cat == Cat::Standard && h.start >= at && h.r != me) {
                    cx.link(
                        me.clone(),
                        RelationKind::Replaces,
                        h.r.clone(),
                        n,
                        &evidence(),
                        false,
                    );
                }
            }
            Field::Committee => {
                if let Some(c) = hits.find(|h| h.cat == Cat::Committee && h.start >= at) {
                    cx.link(
                        me.clone(),
                        RelationKind::DevelopedBy,
                        c.r.clone(),
                        n,
                        &evidence(),
                        false,
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_name_their_fields() {
        assert_eq!(
            labelled("Standard No.: GB/T 1-2027"),
            Some((Field::Code, 13))
        );
        assert_eq!(
            labelled("- **English Title:** Widgets"),
            Some((Field::Title, 18))
        );
        assert_eq!(
            labelled("Implementation Date：2027-01-01"),
            Some((Field::Effective, 22))
        );
        assert_eq!(
            labelled("Replaced Standard: GB/T 2-2019").map(|l| l.0),
            Some(Field::Replaces)
        );
        // Not a field: an unknown label, a colon far into a sentence.
        assert_eq!(labelled("Note: see below"), None);
        assert_eq!(
            labelled("On 3 June the committee said that the status was: effective"),
            None
        );
    }

    #[test]
    fn catalogue_statuses() {
        assert_eq!(status_word("Effective"), Some("effective"));
        assert_eq!(status_word("To be implemented"), Some("published"));
        assert_eq!(status_word("Abolished"), Some("withdrawn"));
        assert_eq!(status_word("Replaced"), Some("replaced"));
        assert_eq!(status_word("unknown"), None);
    }
}
