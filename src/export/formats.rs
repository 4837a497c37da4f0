//! The byte encodings of exports.

use super::{ExportDoc, Subset};
use crate::error::{Error, Result};
use crate::model::Model;

pub(super) fn json(doc: &ExportDoc) -> Result<Vec<u8>> {
    let mut v = serde_json::to_vec_pretty(doc).map_err(|e| Error::Encode(e.to_string()))?;
    v.push(b'\n');
    Ok(v)
}

pub(super) fn ron(doc: &ExportDoc) -> Result<Vec<u8>> {
    let cfg = ron::ser::PrettyConfig::new().struct_names(false);
    let mut s = ron::ser::to_string_pretty(doc, cfg).map_err(|e| Error::Encode(e.to_string()))?;
    s.push('\n');
    Ok(s.into_bytes())
}

fn csv_bytes(rows: impl FnOnce(&mut csv::Writer<Vec<u8>>) -> csv::Result<()>) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    rows(&mut w).map_err(|e| Error::Encode(e.to_string()))?;
    w.into_inner().map_err(|e| Error::Encode(e.to_string()))
}

pub(super) fn csv_entities(model: &Model, subset: &Subset) -> Result<Vec<u8>> {
    csv_bytes(|w| {
        w.write_record([
            "id",
            "kind",
            "type",
            "code",
            "name",
            "aliases",
            "parent",
            "status",
            "dates",
            "mentions",
            "first_mention",
        ])?;
        for &id in &subset.entities {
            let e = model.entity(id);
            let dates: Vec<String> = e
                .dates
                .iter()
                .map(|d| format!("{} {}", d.date, d.what))
                .collect();
            let first = e
                .mentions
                .first()
                .map(|m| format!("{}:{}", model.document(m.document).file, m.line))
                .unwrap_or_default();
            w.write_record([
                e.export_id(),
                e.kind.to_string(),
                e.etype.clone(),
                e.code.clone().unwrap_or_default(),
                e.name.clone(),
                e.aliases.join("; "),
                e.parent
                    .map(|p| model.entity(p).export_id())
                    .unwrap_or_default(),
                e.status.clone().unwrap_or_default(),
                dates.join("; "),
                e.mentions.len().to_string(),
                first,
            ])?;
        }
        Ok(())
    })
}

pub(super) fn csv_records(model: &Model, subset: &Subset) -> Result<Vec<u8>> {
    csv_bytes(|w| {
        w.write_record([
            "id",
            "document",
            "title",
            "section",
            "category",
            "date",
            "first_line",
            "last_line",
        ])?;
        for &id in &subset.records {
            let r = model.record(id);
            let d = model.document(r.document);
            w.write_record([
                r.key(d),
                d.file.clone(),
                r.title.clone(),
                r.section.clone().unwrap_or_default(),
                r.category.clone().unwrap_or_default(),
                r.date.map(|x| x.to_string()).unwrap_or_default(),
                r.lines.0.to_string(),
                r.lines.1.to_string(),
            ])?;
        }
        Ok(())
    })
}
