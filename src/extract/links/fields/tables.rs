//! Tables of standards, instruments and committees (markdown, tab- or
//! pipe-separated), and catalogue lines of labelled cells: each row read
//! with the fields its header (or its labels) names.

use super::{Field, apply, field_of, labelled};
use crate::extract::links::{Cat, Hit};
use crate::extract::{Cx, dates, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, RelationKind};

/// A catalogue line of labelled cells: "GB/T 1-2027 | Title | Issued:
/// 2027-04-25 | Implemented: 2027-11-01 | TC: SAC/TC 260". The code's cell
/// names the standard, an unlabelled cell after it is its title, each
/// "Label: value" cell a field. Whether the line was one.
pub(super) fn labelled_cells(
    cx: &mut Cx,
    n: u32,
    raw: &str,
    hits: &[Hit],
    year: Option<i32>,
) -> bool {
    let cs = cells(raw, b'|');
    let Some(&(a, b)) = cs.first() else {
        return false;
    };
    let Some(me) = hits
        .iter()
        .find(|h| h.cat == Cat::Standard && h.start >= a && h.end <= b)
        .map(|h| h.r.clone())
    else {
        return false;
    };
    let fields: Vec<(usize, Option<(Field, usize)>)> = cs
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, &(a, b))| (i, labelled(&raw[a..b])))
        .collect();
    if fields.iter().filter(|(_, f)| f.is_some()).count() < 2 {
        return false;
    }
    for (i, f) in fields {
        let (a, b) = cs[i];
        match f {
            Some((field, at)) => apply(cx, &me, field, n, raw, (a + at, b), hits, year),
            None if i == 1 => apply(cx, &me, Field::Title, n, raw, (a, b), hits, year),
            None => {}
        }
    }
    true
}

/// The cell delimiter of a table row: `|` (markdown, or two " | " without
/// the outer pipes) or a tab.
pub(super) fn table_delimiter(raw: &str) -> Option<u8> {
    let b = raw.as_bytes();
    let first = b.iter().position(|c| *c != b' ')?;
    if b[first] == b'|' && memchr::memchr(b'|', &b[first + 1..]).is_some() {
        return Some(b'|');
    }
    // Without the outer pipes: "1 | Widgets — Safety | 20271501-T-999".
    if memchr::memmem::find_iter(b, b" | ").nth(1).is_some() {
        return Some(b'|');
    }
    let mut tabs = memchr::memchr_iter(b'\t', b);
    (tabs.next().is_some() && tabs.next().is_some()).then_some(b'\t')
}

/// The byte ranges of a row's cells (markdown pipes at the ends dropped).
pub(super) fn cells(raw: &str, sep: u8) -> Vec<(usize, usize)> {
    let bytes = raw.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == sep {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, bytes.len()));
    if sep == b'|' {
        // "| a | b |": nothing before the first pipe or after the last.
        if raw[out[0].0..out[0].1].trim().is_empty() {
            out.remove(0);
        }
        if out
            .last()
            .is_some_and(|&(a, b)| raw[a..b].trim().is_empty())
        {
            out.pop();
        }
    }
    out
}

/// A header row: the field each column holds, when one of them holds the
/// code and another something known.
pub(super) fn header(raw: &str, sep: u8) -> Option<Vec<Option<Field>>> {
    let cols: Vec<Option<Field>> = cells(raw, sep)
        .into_iter()
        .map(|(a, b)| field_of(&text::strip_markup(raw[a..b].trim())))
        .collect();
    let known = cols.iter().flatten().count();
    let has = |f: Field| cols.contains(&Some(f));
    // (Or codes written in the title's cell, "| GB 1-202X Widgets — Safety
    // |", with a date or status column: a WTO TBT notification list.)
    let dated = [
        Field::Deadline,
        Field::Effective,
        Field::Released,
        Field::Status,
        Field::Replaces,
    ]
    .into_iter()
    .any(has);
    let standards = (has(Field::Code) || has(Field::Title) && dated) && known >= 2;
    // A tracker of laws and rules: "| Date | Authority | Instrument | Status |".
    let instruments = has(Field::Issuer) && (has(Field::Instrument) || has(Field::Title));
    // A calendar: "| Date | Event | Location | Organizer |".
    let events = has(Field::Event) && (has(Field::Location) || has(Field::Organizer));
    (standards || instruments || events).then_some(cols)
}

/// One row of a table of standards: its code cell names the standard, the
/// other cells what the header says they hold. The standard, when the row
/// names one.
pub(super) fn table_row(
    cx: &mut Cx,
    n: u32,
    raw: &str,
    sep: u8,
    cols: &[Option<Field>],
    hits: &[Hit],
    year: Option<i32>,
) -> Option<EntityRef> {
    let cs = cells(raw, sep);
    // (Without a code column, a title cell that opens with a code.)
    let code_col = cols
        .iter()
        .position(|c| *c == Some(Field::Code))
        .or_else(|| {
            let t = cols.iter().position(|c| *c == Some(Field::Title))?;
            let (a, b) = *cs.get(t)?;
            let lead = raw[a..b].len() - raw[a..b].trim_start().len();
            hits.iter()
                .any(|h| h.cat == Cat::Standard && h.start == a + lead && h.end <= b)
                .then_some(t)
        });
    let Some(&(a, b)) = code_col.and_then(|i| cs.get(i)) else {
        if cols.contains(&Some(Field::Event)) {
            event_row(cx, n, raw, cols, &cs, hits);
        } else {
            instrument_row(cx, n, raw, cols, &cs, hits, year);
        }
        return None;
    };
    let in_code = |h: &&Hit| h.start >= a && h.end <= b;
    let Some(me) = hits
        .iter()
        .filter(in_code)
        .find(|h| h.cat == Cat::Standard)
        .map(|h| h.r.clone())
    else {
        // A table of committees: "SAC/TC 485/SC 1 | Network and Switching | CAICT".
        if let Some(c) = hits
            .iter()
            .filter(in_code)
            .find(|h| h.cat == Cat::Committee)
        {
            committee_row(cx, &c.r, n, raw, cols, &cs, hits);
        }
        return None;
    };
    for (i, (field, &range)) in cols.iter().zip(&cs).enumerate() {
        if let Some(f) = field.filter(|f| *f != Field::Code && Some(i) != code_col) {
            apply(cx, &me, f, n, raw, range, hits, year);
        }
    }
    Some(me)
}

/// The byte range of a row's cell in the column a header calls `f`.
fn column(cols: &[Option<Field>], cs: &[(usize, usize)], f: Field) -> Option<(usize, usize)> {
    cols.iter()
        .position(|c| *c == Some(f))
        .and_then(|i| cs.get(i))
        .copied()
}

/// One row of a table of instruments: the instrument its "Instrument" (or
/// "Title") cell names is issued by the bodies of its "Authority" cell.
fn instrument_row(
    cx: &mut Cx,
    n: u32,
    raw: &str,
    cols: &[Option<Field>],
    cs: &[(usize, usize)],
    hits: &[Hit],
    year: Option<i32>,
) {
    let cell = |f: Field| column(cols, cs, f);
    let Some((a, b)) = cell(Field::Instrument).or_else(|| cell(Field::Title)) else {
        return;
    };
    let Some(me) = hits
        .iter()
        .find(|h| matches!(h.cat, Cat::Instrument { .. }) && h.start >= a && h.end <= b)
    else {
        return;
    };
    // Its dates: the "Date" column (a draft's is its release as a draft),
    // and a status such as "Effective 1 September 2027" or "Comments until
    // 10 June 2027".
    let mut d = EntityDraft::new(EntityKind::Instrument, me.r.1.clone(), "");
    let draft = cx.is_draft(&me.r) || raw[a..b].contains("Draft");
    if let Some((da, db)) = cell(Field::Date).or_else(|| cell(Field::Released))
        && let Some(m) = dates::first_date(&raw[da..db], year)
    {
        let what = if draft { "draft released" } else { "released" };
        d.dates.push(DatedFact {
            date: m.date,
            what: what.into(),
        });
    }
    // (Columns of their own: "| Comment deadline |", "| Effective |" — a
    // WTO TBT notification list names drafts of measures beside standards.)
    for (f, what) in [
        (Field::Deadline, "comment deadline"),
        (Field::Effective, "effective"),
    ] {
        if let Some((ca, cb)) = cell(f)
            && let Some(m) = dates::first_date(&raw[ca..cb], year)
        {
            d.dates.push(DatedFact {
                date: m.date,
                what: what.into(),
            });
        }
    }
    if let Some((sa, sb)) = cell(Field::Status)
        && let Some(m) = dates::first_date(&raw[sa..sb], year)
    {
        let status = raw[sa..sb].to_ascii_lowercase();
        let what = if status.contains("comment") || status.contains("until") {
            Some("comment deadline")
        } else if status.contains("effect") || status.contains("force") {
            Some("effective")
        } else {
            None
        };
        if let Some(what) = what {
            d.dates.push(DatedFact {
                date: m.date,
                what: what.into(),
            });
        }
    }
    // A "Date" after the row's effective date is when the tracker noted
    // the item, not its release.
    if let Some(eff) = d
        .dates
        .iter()
        .find(|f| f.what == "effective")
        .map(|f| f.date)
    {
        d.dates
            .retain(|f| !(f.what.ends_with("released") && f.date > eff));
    }
    if !d.dates.is_empty() {
        cx.add(d);
    }
    let Some((ia, ib)) = cell(Field::Issuer) else {
        return;
    };
    for body in hits
        .iter()
        .filter(|h| h.cat == Cat::Body && h.start >= ia && h.end <= ib)
    {
        cx.link(
            me.r.clone(),
            RelationKind::IssuedBy,
            body.r.clone(),
            n,
            &text::strip_markup(raw.trim()),
            false,
        );
    }
}

/// One row of a calendar of events: the event its "Event" cell names is
/// held where its "Location" cell says (unless online) and organized by
/// the bodies and committees of its "Organizer" cell. (Its date is read
/// from the row like any event's.)
fn event_row(
    cx: &mut Cx,
    n: u32,
    raw: &str,
    cols: &[Option<Field>],
    cs: &[(usize, usize)],
    hits: &[Hit],
) {
    let cell = |f: Field| column(cols, cs, f);
    let Some((a, b)) = cell(Field::Event) else {
        return;
    };
    let Some(me) = hits
        .iter()
        .find(|h| h.cat == Cat::Event && h.start >= a && h.end <= b)
    else {
        return;
    };
    if let Some((la, lb)) = cell(Field::Location) {
        let place = text::strip_markup(raw[la..lb].trim());
        let place = place.trim();
        let online = [
            "online", "virtual", "tbd", "tba", "-", "—", "/", "n/a", "线上",
        ]
        .iter()
        .any(|w| place.eq_ignore_ascii_case(w))
            || place.to_ascii_lowercase().starts_with("online");
        if !online && place.starts_with(|c: char| c.is_uppercase() || !c.is_ascii()) {
            let mut d = EntityDraft::new(EntityKind::Event, me.r.1.clone(), "");
            d.place = Some(place.to_owned());
            cx.add(d);
        }
    }
    if let Some((oa, ob)) = cell(Field::Organizer) {
        for o in hits
            .iter()
            .filter(|h| matches!(h.cat, Cat::Body | Cat::Committee) && h.start >= oa && h.end <= ob)
        {
            cx.link(
                me.r.clone(),
                RelationKind::IssuedBy,
                o.r.clone(),
                n,
                &text::strip_markup(raw.trim()),
                false,
            );
        }
    }
}

/// One row of a table of committees: its name and its secretariat.
fn committee_row(
    cx: &mut Cx,
    me: &EntityRef,
    n: u32,
    raw: &str,
    cols: &[Option<Field>],
    cs: &[(usize, usize)],
    hits: &[Hit],
) {
    for (field, &(from, to)) in cols.iter().zip(cs) {
        match field {
            Some(Field::Name | Field::Title) => {
                let t = text::strip_markup(raw[from..to].trim());
                let t = t.trim();
                if t.chars().count() >= 3 && t.starts_with(|c: char| c.is_uppercase()) {
                    let mut d = EntityDraft::new(EntityKind::Committee, me.1.clone(), "");
                    d.name = Some(t.to_owned());
                    cx.add(d);
                }
            }
            Some(Field::Secretariat) => {
                if let Some(b) = hits
                    .iter()
                    .find(|h| h.cat == Cat::Body && h.start >= from && h.end <= to)
                {
                    cx.link(
                        me.clone(),
                        RelationKind::Secretariat,
                        b.r.clone(),
                        n,
                        &text::strip_markup(raw.trim()),
                        false,
                    );
                }
            }
            _ => {}
        }
    }
}
