//! Standards described field by field, as catalogue pages and standard
//! detail pages print them: a "Standard No.: GB/T 43697-2024" line, then
//! "English Title:", "Status:", "Release Date:", "Implementation Date:",
//! "Replaced Standard:", "Technical Committee:", "Adopted International
//! Standard:" lines about that standard,
//! up to the next "Standard No." line or the end of the record; and tables
//! of standards (markdown or tab-separated) whose header names a code
//! column and columns such as "Title", "Replaced Standard" or
//! "Implementation Date".

use super::{Cat, Hit, LineHits};
use crate::extract::codes::is_international;
use crate::extract::{Cx, dates, text};
use crate::model::builder::{DraftNode, EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, Record, RelationKind};

mod tables;
mod vocabulary;
use tables::{cells, header, labelled_cells, table_delimiter, table_row};
use vocabulary::{Field, bare_labelled, field_of, labelled, status_word};

/// Whether a line starts with a field's label ("5. Title, number of pages
/// ...:", "Standard No.:"): what follows is that field, not a title.
pub(super) fn is_field_line(line: &str) -> bool {
    labelled(line).is_some()
}

/// The date of a document that announces the approval of standards: its
/// title says so ("关于批准发布…国家标准的公告", "Announcement on Approving
/// and Releasing 28 National Standards") and it states its own date (the
/// date signed under it). The standards its tables list were released then.
fn announcement_date(cx: &Cx) -> Option<crate::model::PartialDate> {
    if !cx.doc.date_stated {
        return None;
    }
    let first = (1..=cx.doc.line_count() as u32)
        .map(|n| cx.doc.line(n))
        .find(|l| !l.trim().is_empty())?;
    let l = first.to_ascii_lowercase();
    let about_standards = l.contains("标准") || l.contains("standards");
    let announces = l.contains("公告") || l.contains("announcement");
    let approves = l.contains("批准") || l.contains("approv");
    if about_standards && announces && approves {
        cx.doc.date
    } else {
        None
    }
}

/// Reads the field blocks and the tables of standards of record `r`.
pub(super) fn standard_fields(cx: &mut Cx, r: &Record, by_line: &LineHits, year: Option<i32>) {
    let mut current: Option<EntityRef> = None;
    // The columns of the table being read: (field, cell index).
    let mut table: Option<(u8, Vec<Option<Field>>)> = None;
    // Whether the lines above were colon-less fields of one block.
    let mut bare_block = false;
    let announced = announcement_date(cx);
    // The standards that open a block of fields, and whether their block
    // names a committee.
    let mut blocks: Vec<(EntityRef, bool)> = Vec::new();
    for n in r.lines.0..=r.lines.1 {
        let raw = cx.doc.line(n);
        let hits = || -> &[Hit] { by_line.get(&n).map_or(&[], Vec::as_slice) };
        // A table of standards: a header row naming a code column, then
        // one row per standard.
        if let Some(sep) = table_delimiter(raw) {
            match &table {
                Some((s, cols)) if *s == sep => {
                    let cols = cols.clone();
                    if let Some(me) = table_row(cx, n, raw, sep, &cols, hits(), year)
                        && let Some(date) = announced
                    {
                        let mut d = EntityDraft::new(EntityKind::Standard, me.1, "");
                        d.dates.push(DatedFact {
                            date,
                            what: "released".into(),
                        });
                        cx.add(d);
                    }
                }
                _ => {
                    table = header(raw, sep).map(|cols| (sep, cols));
                    // A two-column table of fields ("| Standard No. | GB
                    // 4943.1-2022 |"): each row is a "Label: value" line.
                    if table.is_none() && sep == b'|' && labelled_cells(cx, n, raw, hits(), year) {
                        continue;
                    }
                    if table.is_none()
                        && let [(la, lb), (va, vb)] = cells(raw, sep)[..]
                        && let Some(field) = field_of(&text::strip_markup(raw[la..lb].trim()))
                    {
                        if field == Field::Code {
                            current = hits()
                                .iter()
                                .find(|h| h.cat == Cat::Standard && h.start >= va)
                                .map(|h| h.r.clone());
                        } else if let Some(me) = current.clone() {
                            apply(cx, &me, field, n, raw, (va, vb), hits(), year);
                        }
                    }
                }
            }
            continue;
        }
        table = None;
        // Cheap test first: a colon near the start.
        // (":" or the first byte of "：").
        let head = &raw.as_bytes()[..raw.len().min(84)];
        let with_colon = memchr::memchr2(b':', 0xEF, head)
            .is_some()
            .then(|| labelled(raw))
            .flatten();
        // Catalogue pages copied without their table borders print "Label
        // value" ("Release Date 2024-10-26"): read so after a colon-less
        // "Standard No. GB/T 1-2024" line and while the lines are fields.
        let found = with_colon.or_else(|| {
            let starts_code = || hits().iter().any(|h| h.cat == Cat::Standard);
            (bare_block || starts_code())
                .then(|| bare_labelled(raw))
                .flatten()
                .filter(|&(f, at)| {
                    bare_block && current.is_some()
                        || f == Field::Code
                            && hits().iter().any(|h| {
                                h.cat == Cat::Standard
                                    && raw.get(at..h.start).is_some_and(|g| g.trim().is_empty())
                            })
                })
        });
        let Some((field, at)) = found else {
            // A blank line ends no block; any other line does.
            bare_block &= raw.trim().is_empty();
            continue;
        };
        bare_block = with_colon.is_none();
        let code_in_value = || {
            hits()
                .iter()
                .find(|h| h.cat == Cat::Standard && h.start >= at)
                .map(|h| h.r.clone())
        };
        if field == Field::Code {
            current = code_in_value();
            if let Some(c) = &current {
                blocks.push((c.clone(), false));
            }
            continue;
        }
        if field == Field::Committee
            && let Some(b) = blocks.last_mut().filter(|b| Some(&b.0) == current.as_ref())
        {
            b.1 = true;
        }
        // A title field that starts with its code ("Title ...: GB 1-202X
        // Widgets") starts a block too; the code's own title is read.
        if field == Field::Title
            && raw[at..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_uppercase())
            && let Some(code) = code_in_value().filter(|c| {
                let first = hits().iter().find(|h| h.start >= at);
                first.is_some_and(|h| h.r == *c && raw[at..h.start].trim().is_empty())
            })
        {
            // "GB 1-XXXX, Safety of widgets (12 page(s), in Chinese)": the
            // title after the comma, when no title follows the code itself.
            if let Some(h) = hits().iter().find(|h| h.start >= at && h.r == code)
                && crate::extract::codes::title_after(raw, h.end).is_none()
                && let Some(rest) = raw[h.end..].strip_prefix(", ")
            {
                let title = rest
                    .split(" (")
                    .next()
                    .unwrap_or(rest)
                    .trim_end_matches(['.', ';']);
                let from = h.end + 2;
                apply(
                    cx,
                    &code,
                    Field::Title,
                    n,
                    raw,
                    (from, from + title.len()),
                    hits(),
                    year,
                );
            }
            current = Some(code);
            continue;
        }
        if let Some(me) = current.clone() {
            apply(cx, &me, field, n, raw, (at, raw.len()), hits(), year);
        }
    }
    // A catalogue that names each standard's committee in its block says
    // nothing of the committee of a block without one: the committee
    // guessed from the record (named in another block) is not its.
    if blocks.iter().any(|b| b.1) {
        let silent: Vec<EntityRef> = blocks.into_iter().filter(|b| !b.1).map(|b| b.0).collect();
        cx.relations.retain(|r| {
            !(r.kind == RelationKind::DevelopedBy
                && r.inferred
                && matches!(&r.from, DraftNode::Entity(e) if silent.contains(e)))
        });
    }
}

/// The byte ranges of line `n`'s cells that a table's header (above it in
/// record `r`) calls replaced standards ("| Replaced Standard |"): the
/// codes there are older standards, not the row's own.
pub(super) fn replaced_cells(cx: &Cx, r: &Record, n: u32) -> Vec<(usize, usize)> {
    let raw = cx.doc.line(n);
    let Some(sep) = table_delimiter(raw) else {
        return Vec::new();
    };
    let head = (r.lines.0..n)
        .rev()
        .map(|ln| cx.doc.line(ln))
        .take_while(|l| table_delimiter(l) == Some(sep))
        .find_map(|l| header(l, sep));
    let Some(cols) = head else {
        return Vec::new();
    };
    cols.iter()
        .zip(cells(raw, sep))
        .filter(|(f, _)| **f == Some(Field::Replaces))
        .map(|(_, c)| c)
        .collect()
}

/// What one field (the text of `raw` in `range`) says about standard `me`.
#[allow(clippy::too_many_arguments)]
fn apply(
    cx: &mut Cx,
    me: &EntityRef,
    field: Field,
    n: u32,
    raw: &str,
    (from, to): (usize, usize),
    hits: &[Hit],
    year: Option<i32>,
) {
    let value = &raw[from..to];
    let inside = |h: &&Hit| h.start >= from && h.end <= to;
    let evidence = || text::strip_markup(raw.trim());
    let draft = || EntityDraft::new(EntityKind::Standard, me.1.clone(), "");
    match field {
        Field::Code
        | Field::Secretariat
        | Field::Instrument
        | Field::Issuer
        | Field::Event
        | Field::Location
        | Field::Organizer => {}
        Field::Title | Field::Name | Field::ChineseTitle => {
            let t = text::strip_markup(value.trim());
            let t = t.trim();
            if t.chars().count() >= 4 && !matches!(t, "None" | "-" | "/") {
                let mut d = draft();
                if field != Field::ChineseTitle {
                    d.name = Some(t.to_owned());
                } else {
                    d.aliases.push(t.to_owned());
                }
                cx.add(d);
            }
        }
        Field::Status => {
            if let Some(s) = status_word(&text::strip_markup(value)) {
                let mut d = draft();
                d.status = Some(s.to_owned());
                cx.add(d);
            }
        }
        Field::Deadline => {
            let mut d = draft();
            if let Some(m) = dates::first_date(value, year) {
                d.dates.push(DatedFact {
                    date: m.date,
                    what: "comment deadline".into(),
                });
            } else if counted_days(value) {
                // "Final date for comments: 60 days from notification":
                // open for comments, though no day is printed.
                d.status = Some("draft for comments".into());
            } else {
                return;
            }
            cx.add(d);
        }
        Field::Released | Field::Effective | Field::Date => {
            if let Some(m) = dates::first_date(value, year) {
                let mut d = draft();
                d.dates.push(DatedFact {
                    date: m.date,
                    what: if field != Field::Effective {
                        "released".into()
                    } else {
                        "effective".into()
                    },
                });
                cx.add(d);
            }
        }
        Field::Replaces => {
            for h in hits
                .iter()
                .filter(inside)
                .filter(|h| h.cat == Cat::Standard && h.r != *me)
            {
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
        Field::ReplacedBy => {
            for h in hits
                .iter()
                .filter(inside)
                .filter(|h| h.cat == Cat::Standard && h.r != *me)
            {
                cx.link(
                    h.r.clone(),
                    RelationKind::Replaces,
                    me.clone(),
                    n,
                    &evidence(),
                    false,
                );
            }
        }
        Field::Adopts => {
            for h in hits
                .iter()
                .filter(inside)
                .filter(|h| h.cat == Cat::Standard && is_international(&h.r.1))
            {
                cx.link(
                    me.clone(),
                    RelationKind::Adopts,
                    h.r.clone(),
                    n,
                    &evidence(),
                    false,
                );
            }
        }
        Field::Drafters | Field::Proposer => {
            // The bodies listed (a proposer may be a committee too).
            let kind = if field == Field::Drafters {
                RelationKind::DraftedBy
            } else {
                RelationKind::ProposedBy
            };
            for h in hits.iter().filter(inside).filter(|h| {
                h.cat == Cat::Body || field == Field::Proposer && h.cat == Cat::Committee
            }) {
                cx.link(me.clone(), kind, h.r.clone(), n, &evidence(), false);
            }
        }
        Field::Committee => {
            if let Some(c) = hits.iter().filter(inside).find(|h| h.cat == Cat::Committee) {
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

/// A span of days a deadline field gives instead of a date ("60 days
/// from notification", "30 天"): a number directly before the word.
fn counted_days(value: &str) -> bool {
    let v = value.trim_start();
    let digits = v.bytes().take_while(u8::is_ascii_digit).count();
    let rest = v[digits..].trim_start();
    digits > 0
        && [
            "days",
            "calendar days",
            "working days",
            "天",
            "日",
            "个工作日",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_counted_in_days() {
        assert!(counted_days(" 60 days from notification"));
        assert!(counted_days("30天"));
        assert!(counted_days("15 个工作日"));
        assert!(!counted_days("2031-05-13"));
        assert!(!counted_days("To be determined"));
        assert!(!counted_days("60"));
    }

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
        assert_eq!(
            labelled("Adopted International Standard: ISO 26262-1:2018, IDT").map(|l| l.0),
            Some(Field::Adopts)
        );
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
        // A table of projects' "Stage" column.
        assert_eq!(
            status_word("Draft for comments"),
            Some("draft for comments")
        );
        assert_eq!(status_word("征求意见稿"), Some("draft for comments"));
        assert_eq!(status_word("Draft for approval"), Some("draft"));
        assert_eq!(status_word("New project proposal"), Some("proposal"));
        assert_eq!(status_word("unknown"), None);
    }
}
