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
use tables::{cells, header, labelled_cells, table_delimiter, table_row};

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
    /// The newer standard that replaced this one ("Replaced by").
    ReplacedBy,
    Committee,
    /// The organizations that drafted it ("Drafting organizations", 起草单位).
    Drafters,
    /// Who proposed it ("Proposed by", 提出单位).
    Proposer,
    Adopts,
    /// The last day for comments on a draft.
    Deadline,
    /// A committee table's "Name" column.
    Name,
    /// A committee table's "Secretariat" column.
    Secretariat,
    /// A table of instruments: the column naming them.
    Instrument,
    /// A table of instruments: the authorities that issued them.
    Issuer,
    /// A table's "Date" column: when its item was issued or released.
    Date,
    /// A table of events: the column naming them.
    Event,
    /// A table of events: where each is held.
    Location,
    /// A table of events: who organizes each.
    Organizer,
}

/// The field a label names (lower case, without the colon).
fn field_of(label: &str) -> Option<Field> {
    let l = label.trim().trim_end_matches('.').to_ascii_lowercase();
    // Chinese labels may say which level of standard they list
    // (国家标准编号, 行业标准名称): the field is the same.
    if let Some(rest) = ["国家", "行业", "团体", "地方"]
        .iter()
        .find_map(|p| l.strip_prefix(p))
        .filter(|r| r.starts_with("标准"))
    {
        return field_of(rest);
    }
    let l = l.as_str();
    Some(match l {
        "standard no" | "standard number" | "standard code" | "standard id" | "gb number"
        | "code" | "standard" | "number" | "标准号" | "标准编号"
        // A table of standard projects names them by plan number.
        | "plan no" | "plan number" | "project no" | "project number" | "project code"
        | "计划号" | "计划编号" | "项目编号" => Field::Code,
        "name" | "committee name" | "full name" => Field::Name,
        "event" | "events" | "event name" | "meeting" | "activity" | "活动" | "会议" => Field::Event,
        "location" | "venue" | "place" | "city" | "地点" => Field::Location,
        "organizer" | "organiser" | "organizers" | "organisers" | "host" | "hosts" | "organized by"
        | "organised by" | "主办" | "主办单位" => Field::Organizer,
        "secretariat" | "secretariat unit" => Field::Secretariat,
        "instrument" | "regulation" | "regulations" | "policy" | "document" | "law/regulation"
        | "legislation" => Field::Instrument,
        "authority" | "authorities" | "issuer" | "issuers" | "issued by" | "issuing authority"
        | "issuing authorities" | "regulator" | "发布机关" | "发文机关" => Field::Issuer,
        "english title" | "english name" | "english standard name" | "title" | "standard title" | "standard name"
        | "title (english)" | "name (english)"
        | "project title" | "project name" | "project" | "name of the project" | "项目名称"
        // A WTO TBT notification's field 5.
        | "title, number of pages and language(s) of the notified document"
        | "title of the notified document"
        | "英文标准名称"
        | "英文名称" => Field::Title,
        "chinese title" | "chinese name" | "chinese standard name" | "title (chinese)" | "name (chinese)" | "中文标准名称"
        | "标准名称" | "中文名称" => Field::ChineseTitle,
        "status" | "standard status" | "state" | "stage" | "标准状态" | "状态" => Field::Status,
        "date" | "date issued" | "日期" => Field::Date,
        "release date" | "issue date" | "issuance date" | "publication date" | "date of issue"
        | "published" | "publication" | "issued" | "released" | "issued date" | "date of issuance"
        | "published date" | "publish date" | "date of publication" | "date of release"
        | "发布日期" => Field::Released,
        "implementation date"
        | "execute date"
        | "effective date"
        | "date of implementation"
        | "implementation"
        | "effective"
        | "effective from"
        | "implemented"
        | "implemented on"
        | "in force"
        | "in force from"
        | "proposed date of entry into force"
        | "date of entry into force"
        | "实施日期" => Field::Effective,
        "final date for comments" | "comment deadline" | "deadline for comments" | "deadline"
        | "comments due" | "comments by" | "反馈截止日期" | "截止日期" => {
            Field::Deadline
        }
        "replaced standard"
        | "replaced standards"
        | "replaced"
        | "replaced code"
        | "standard replaced"
        | "standards replaced"
        | "to replace"
        | "replaces"
        | "replacing"
        | "replace"
        | "supersedes"
        | "superseded standard"
        | "代替标准"
        | "代替标准号"
        | "被代替标准号"
        | "代替标准编号"
        | "替代标准" => Field::Replaces,
        "replaced by" | "superseded by" | "被代替" | "被替代" => Field::ReplacedBy,
        "technical committee"
        | "technical committees"
        | "technical committee in charge"
        | "committee in charge"
        | "tc in charge"
        | "responsible technical committee"
        | "committee"
        | "responsible committee"
        | "drafting committee"
        | "tc"
        | "responsible tc"
        | "centralized by"
        | "administrative department"
        | "technical administrative department"
        | "competent department"
        | "administered by"
        | "under the jurisdiction of"
        | "working group"
        | "wg"
        | "归口部门"
        | "归口单位"
        | "归口工作组"
        | "工作组"
        | "技术委员会"
        | "技术归口" => Field::Committee,
        "drafting organizations"
        | "drafting organization"
        | "drafting organisations"
        | "drafting organisation"
        | "drafting units"
        | "drafting unit"
        | "drafting bodies"
        | "drafting institutions"
        | "main drafting organizations"
        | "main drafting units"
        | "drafting organizations of this document"
        | "drafting units of this document"
        | "drafted by"
        | "起草单位"
        | "主要起草单位"
        | "本文件起草单位"
        | "本标准起草单位" => Field::Drafters,
        "proposed by" | "proposer" | "proposing unit" | "proposing organization"
        | "proposing department" | "提出单位" | "提出部门" => Field::Proposer,
        "adopted international standard"
        | "adopted international standards"
        | "adopted standard"
        | "international standard"
        | "international standards"
        | "adoption"
        | "adopts"
        | "equivalent international standard"
        | "采标情况"
        | "采用国际标准" => Field::Adopts,
        _ => return None,
    })
}

/// Whether a line starts with a field's label ("5. Title, number of pages
/// ...:", "Standard No.:"): what follows is that field, not a title.
pub(super) fn is_field_line(line: &str) -> bool {
    labelled(line).is_some()
}

/// "Label: value" with a short label at the start of a line (list marks
/// and emphasis around it allowed): the field and where its value starts.
fn labelled(line: &str) -> Option<(Field, usize)> {
    let colon = line.find([':', '：'])?;
    if colon > 80 {
        return None;
    }
    let label = line[..colon].trim_start_matches([' ', '\t', '-', '*', '•', '|', '_']);
    // A numbered field ("5. Title, number of pages ...").
    let label = text::strip_list_number(label);
    let label = label.trim_end_matches(['*', '_', ' ']);
    let field = field_of(label)?;
    let sep = line[colon..].chars().next().map_or(1, char::len_utf8);
    Some((field, colon + sep))
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

/// "Label value" without a colon ("Release Date 2024-10-26", "Standard No.
/// GB/T 1-2024"): the longest label of up to four words at the start of the
/// line, and where its value starts (the line's end for a label alone).
fn bare_labelled(line: &str) -> Option<(Field, usize)> {
    let start = line.len() - line.trim_start_matches([' ', '\t', '-', '*', '•']).len();
    // The ends of the line's first four words.
    let mut ends = Vec::with_capacity(4);
    let mut in_word = false;
    for (i, c) in line[start..].char_indices() {
        let space = c == ' ' || c == '\t';
        if space && in_word {
            ends.push(start + i);
            if ends.len() == 4 {
                break;
            }
        }
        in_word = !space;
    }
    if in_word && ends.len() < 4 {
        ends.push(line.len());
    }
    ends.into_iter().rev().find_map(|end| {
        let label = line[start..end].trim_end_matches(['*', '_']);
        let field = field_of(label)?;
        Some((field, end))
    })
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
        "now valid",
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
    } else if v.starts_with("replaced") || v.starts_with("superseded") || v.starts_with("被代替")
    {
        Some("replaced")
    } else if v.starts_with("published") || v.starts_with("issued") {
        Some("published")
    } else if v.starts_with("approved") {
        Some("approved")
    } else if v.contains("for comment") || v.contains("征求意见") {
        Some("draft for comments")
    } else if v.starts_with("draft") || v.contains("送审") || v.contains("报批") {
        Some("draft")
    } else if v.contains("proposal") || v.contains("立项") {
        Some("proposal")
    } else if v.starts_with("under development") || v.starts_with("drafting") || v.contains("起草")
    {
        Some("under development")
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
