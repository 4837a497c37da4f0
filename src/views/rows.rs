//! The records table's data: which items pass the view filter (kind,
//! committee, date range, text, and the type/status/document facets), the
//! text of each cell, and sorting by any column. Plain data; the table
//! widget only draws the rows it is given.

use super::Index;
use crate::export::{self, Filter, Subset};
use crate::model::{EntityKind, Item, Model, PartialDate};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// Every filter the views share: the export filter (kinds, committee, date
/// range, text) plus the table's facets. Empty facet sets keep everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewFilter {
    /// Kinds, committee (by code), date range and query.
    pub base: Filter,
    /// Keep these types (an entity's type, a record's category).
    pub types: BTreeSet<String>,
    /// Keep these statuses.
    pub statuses: BTreeSet<String>,
    /// Keep items in (or named in) these documents, by file name.
    pub documents: BTreeSet<String>,
}

impl ViewFilter {
    /// True when nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self == &ViewFilter::default()
    }
}

/// A table column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Column {
    /// Entity kind or `record`.
    Kind,
    /// Code.
    Code,
    /// Name or title.
    #[default]
    Name,
    /// Type (entity type, record category).
    Type,
    /// Status.
    Status,
    /// Committee.
    Committee,
    /// Date.
    Date,
    /// Document.
    Document,
}

impl Column {
    /// Every column, in display order.
    pub const ALL: [Column; 8] = [
        Column::Kind,
        Column::Code,
        Column::Name,
        Column::Type,
        Column::Status,
        Column::Committee,
        Column::Date,
        Column::Document,
    ];

    /// Header text.
    pub fn title(self) -> &'static str {
        match self {
            Column::Kind => "Kind",
            Column::Code => "Code",
            Column::Name => "Name / title",
            Column::Type => "Type",
            Column::Status => "Status",
            Column::Committee => "Committee",
            Column::Date => "Date",
            Column::Document => "Document",
        }
    }
}

/// The items that pass a filter, in model order (entities, then records).
pub fn filtered(model: &Model, ix: &Index, f: &ViewFilter) -> Result<Vec<Item>, String> {
    let Subset { records, entities } = export::select(model, &f.base)?;
    let docs: Option<BTreeSet<_>> = (!f.documents.is_empty()).then(|| {
        model
            .documents
            .iter()
            .filter(|d| f.documents.contains(&d.file))
            .map(|d| d.id)
            .collect()
    });
    let mut out = Vec::with_capacity(records.len() + entities.len());
    for e in entities {
        let ent = model.entity(e);
        if !f.types.is_empty() && !f.types.contains(&ent.etype) {
            continue;
        }
        if !f.statuses.is_empty() && !ent.status.as_ref().is_some_and(|s| f.statuses.contains(s)) {
            continue;
        }
        if let Some(d) = &docs
            && !ix.documents_of[e.index()].iter().any(|x| d.contains(x))
        {
            continue;
        }
        out.push(Item::Entity(e));
    }
    if f.statuses.is_empty() {
        for r in records {
            let rec = model.record(r);
            if !f.types.is_empty() && !rec.category.as_ref().is_some_and(|c| f.types.contains(c)) {
                continue;
            }
            if let Some(d) = &docs
                && !d.contains(&rec.document)
            {
                continue;
            }
            out.push(Item::Record(r));
        }
    }
    Ok(out)
}

/// The kind column's text.
pub fn kind_label(item: Item, model: &Model) -> &'static str {
    match item {
        Item::Entity(e) => model.entity(e).kind.as_str(),
        Item::Record(_) => "record",
    }
}

/// The main date of an item: a record's date, an entity's earliest dated fact.
pub fn date_of(model: &Model, item: Item) -> Option<PartialDate> {
    match item {
        Item::Entity(e) => model.entity(e).dates.iter().map(|d| d.date).min(),
        Item::Record(r) => model.record(r).date,
    }
}

/// The text of one cell.
pub fn cell<'m>(model: &'m Model, ix: &Index, item: Item, col: Column) -> Cow<'m, str> {
    match item {
        Item::Entity(id) => {
            let e = model.entity(id);
            match col {
                Column::Kind => e.kind.as_str().into(),
                Column::Code => e.code.as_deref().unwrap_or("").into(),
                Column::Name => e.name.as_str().into(),
                Column::Type => e.etype.as_str().into(),
                Column::Status => e.status.as_deref().unwrap_or("").into(),
                Column::Committee => ix.committee_of[id.index()]
                    .map(|c| model.entity(c).label())
                    .unwrap_or("")
                    .into(),
                Column::Date => date_of(model, item)
                    .map(|d| d.to_string())
                    .unwrap_or_default()
                    .into(),
                Column::Document => {
                    let docs = &ix.documents_of[id.index()];
                    match docs.as_slice() {
                        [] => "".into(),
                        [d] => model.document(*d).file.as_str().into(),
                        [d, rest @ ..] => {
                            format!("{} +{}", model.document(*d).file, rest.len()).into()
                        }
                    }
                }
            }
        }
        Item::Record(id) => {
            let r = model.record(id);
            match col {
                Column::Kind => "record".into(),
                Column::Code => "".into(),
                Column::Name => r.title.as_str().into(),
                Column::Type => r.category.as_deref().unwrap_or("").into(),
                Column::Status => "".into(),
                Column::Committee => "".into(),
                Column::Date => r.date.map(|d| d.to_string()).unwrap_or_default().into(),
                Column::Document => model.document(r.document).file.as_str().into(),
            }
        }
    }
}

/// Sorts items by a column (ties keep model order). Codes and names sort
/// naturally (`WG9` before `WG10`); dates chronologically, undated last.
pub fn sort(model: &Model, ix: &Index, items: &mut [Item], col: Column, descending: bool) {
    match col {
        Column::Date => {
            items.sort_by(|a, b| {
                let (da, db) = (date_of(model, *a), date_of(model, *b));
                let o = match (da, db) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                };
                if descending && da.is_some() && db.is_some() {
                    o.reverse()
                } else {
                    o
                }
            });
        }
        Column::Kind => {
            items.sort_by_key(|i| match i {
                Item::Entity(e) => model.entity(*e).kind as u8,
                Item::Record(_) => EntityKind::ALL.len() as u8,
            });
            if descending {
                items.reverse();
            }
        }
        _ => {
            items.sort_by_cached_key(|i| {
                let text = cell(model, ix, *i, col);
                let empty = text.is_empty();
                (empty, crate::graph::natural_key(&text.to_lowercase()))
            });
            if descending {
                let blank = items.partition_point(|i| !cell(model, ix, *i, col).is_empty());
                items[..blank].reverse();
            }
        }
    }
}

/// Byte ranges of case-insensitive matches of `query` in `text`, for
/// highlighting. Returns nothing when the lowercase form changes byte
/// lengths (rare scripts), rather than wrong ranges.
pub fn match_ranges(text: &str, query: &str) -> Vec<(usize, usize)> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find(&q) {
        let s = from + i;
        out.push((s, s + q.len()));
        from = s + q.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Source, load};

    #[test]
    fn committee_filter_keeps_the_wg8_plans_and_facets_narrow_it() {
        let m = load(&Source::Bundled).unwrap();
        let ix = Index::build(&m);
        let mut f = ViewFilter::default();
        f.base.committee = Some("SAC/TC260".into());
        let rows = filtered(&m, &ix, &f).unwrap();
        let plan = m.find(EntityKind::Standard, "20260948-T-469").unwrap();
        assert!(rows.contains(&Item::Entity(plan)));
        f.types.insert("plan".into());
        let plans = filtered(&m, &ix, &f).unwrap();
        assert!(plans.contains(&Item::Entity(plan)));
        assert!(
            plans
                .iter()
                .all(|i| matches!(i, Item::Entity(e) if m.entity(*e).etype == "plan"))
        );
        assert!(plans.len() < rows.len());
    }

    #[test]
    fn sorting_by_code_is_natural_and_blanks_go_last() {
        let m = load(&Source::Bundled).unwrap();
        let ix = Index::build(&m);
        let mut items: Vec<Item> = ["SAC/TC260/WG10", "SAC/TC260/WG9", "SAC/TC260/WG3"]
            .iter()
            .filter_map(|c| m.find_by_code(c))
            .map(Item::Entity)
            .collect();
        items.push(Item::Record(m.records[0].id));
        sort(&m, &ix, &mut items, Column::Code, false);
        let codes: Vec<_> = items
            .iter()
            .map(|i| cell(&m, &ix, *i, Column::Code))
            .collect();
        assert_eq!(codes.last().map(|c| c.as_ref()), Some(""));
        let wg9 = codes.iter().position(|c| c == "SAC/TC260/WG9");
        let wg3 = codes.iter().position(|c| c == "SAC/TC260/WG3");
        assert!(wg3 < wg9, "{codes:?}");
        sort(&m, &ix, &mut items, Column::Code, true);
        let first = cell(&m, &ix, items[0], Column::Code);
        assert_ne!(first, "");
    }

    #[test]
    fn matches_are_found_case_insensitively() {
        assert_eq!(
            match_ranges("GB 45438-2025 and gb 45438", "45438"),
            vec![(3, 8), (21, 26)]
        );
        assert_eq!(match_ranges("Data Security", "security"), vec![(5, 13)]);
        assert!(match_ranges("abc", "  ").is_empty());
    }
}
