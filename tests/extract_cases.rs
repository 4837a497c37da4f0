//! Data-driven extraction cases: each file under `tests/data/extract/`
//! holds short snippets in the style of the corpus (many with codes,
//! committees and laws that appear nowhere in the seeds) and what must, and
//! must not, be extracted from them.

use serde::Deserialize;
use std::collections::HashSet;
use stdatlas::ingest::{InputFile, load_files};
mod common;

#[derive(Deserialize, Debug)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    entities: Vec<String>,
    #[serde(default)]
    absent: Vec<String>,
    #[serde(default)]
    names: Vec<(String, String)>,
    /// Types within their kind: (id, type), e.g. ("instrument:X", "plan").
    #[serde(default)]
    types: Vec<(String, String)>,
    /// Where an event was held: (id, place).
    #[serde(default)]
    places: Vec<(String, String)>,
    /// Codes entities must have: (id, code).
    #[serde(default)]
    codes: Vec<(String, String)>,
    /// Aliases an entity must have: (id, alias).
    #[serde(default)]
    aliases: Vec<(String, String)>,
    /// Statuses: (id, status), "" for none.
    #[serde(default)]
    status: Vec<(String, String)>,
    #[serde(default)]
    dates: Vec<(String, String, String)>,
    #[serde(default)]
    relations: Vec<(String, String, String)>,
    /// Relations that must be stated in the text, not inferred from context.
    #[serde(default)]
    stated: Vec<(String, String, String)>,
    /// Dated facts an entity must not have: (id, what).
    #[serde(default)]
    undated: Vec<(String, String)>,
    /// Relations that must not be drawn.
    #[serde(default)]
    wrong: Vec<(String, String, String)>,
    #[serde(default)]
    warnings: Option<usize>,
    /// Records the document must be segmented into: (title, date), the
    /// date "" when any will do.
    #[serde(default)]
    records: Vec<(String, String)>,
    /// Records' sections: (title, section).
    #[serde(default)]
    sections: Vec<(String, String)>,
    /// Titles that must not be records (section headings, bylines).
    #[serde(default)]
    not_records: Vec<String>,
    /// The document's own date ("" for none), when the case says.
    #[serde(default)]
    doc_date: Option<String>,
}

fn check(file: &str, c: &Case) -> Vec<String> {
    let m = load_files(
        &[InputFile {
            name: "case.txt".into(),
            bytes: c.text.clone().into_bytes(),
        }],
        Vec::new(),
    );
    let ids: HashSet<String> = m.entities.iter().map(|e| e.export_id()).collect();
    let by_id = |id: &str| m.entities.iter().find(|e| e.export_id() == id);
    let mut errs = Vec::new();
    let mut fail = |what: String| errs.push(format!("{file}: {}: {what}", c.name));
    if let Some(want) = &c.doc_date {
        let got = m.documents[0]
            .date
            .map(|d| d.to_string())
            .unwrap_or_default();
        if &got != want {
            fail(format!("the document is dated {got:?}, expected {want:?}"));
        }
    }
    for e in &c.entities {
        if !ids.contains(e) {
            fail(format!("missing entity {e}"));
        }
    }
    for e in &c.absent {
        if ids.contains(e) {
            fail(format!("invented entity {e}"));
        }
    }
    for (id, name) in &c.names {
        match by_id(id) {
            Some(e) if &e.name == name => {}
            Some(e) => fail(format!("{id} is named {:?}, expected {name:?}", e.name)),
            None => fail(format!("missing entity {id}")),
        }
    }
    for (id, etype) in &c.types {
        match by_id(id) {
            Some(e) if &e.etype == etype => {}
            Some(e) => fail(format!("{id} has type {:?}, expected {etype:?}", e.etype)),
            None => fail(format!("missing entity {id}")),
        }
    }
    for (id, place) in &c.places {
        match by_id(id) {
            Some(e) if e.place.as_deref() == Some(place.as_str()) => {}
            Some(e) => fail(format!("{id} is held in {:?}, expected {place:?}", e.place)),
            None => fail(format!("missing entity {id}")),
        }
    }
    for (id, code) in &c.codes {
        match by_id(id) {
            Some(e) if e.code.as_deref() == Some(code.as_str()) => {}
            Some(e) => fail(format!("{id} has code {:?}, expected {code:?}", e.code)),
            None => fail(format!("missing entity {id}")),
        }
    }
    for (id, alias) in &c.aliases {
        match by_id(id) {
            Some(e) if e.aliases.contains(alias) => {}
            Some(e) => fail(format!("{id} lacks alias {alias:?}: {:?}", e.aliases)),
            None => fail(format!("missing entity {id}")),
        }
    }
    for (id, status) in &c.status {
        match by_id(id) {
            Some(e) if e.status.as_deref() == Some(status.as_str()).filter(|s| !s.is_empty()) => {}
            Some(e) => fail(format!(
                "{id} has status {:?}, expected {status:?}",
                e.status
            )),
            None => fail(format!("missing entity {id}")),
        }
    }
    for (id, date, what) in &c.dates {
        match by_id(id) {
            Some(e)
                if e.dates
                    .iter()
                    .any(|d| d.date.to_string() == *date && d.what == *what) => {}
            Some(e) => fail(format!("{id} lacks {what} {date}: {:?}", e.dates)),
            None => fail(format!("missing entity {id}")),
        }
    }
    for (id, what) in &c.undated {
        if let Some(e) = by_id(id)
            && e.dates.iter().any(|d| d.what == *what)
        {
            fail(format!("{id} has a wrong {what} date: {:?}", e.dates));
        }
    }
    let rels: HashSet<(String, String, String)> = m
        .relations
        .iter()
        .filter_map(|r| common::link_triple(&m, r))
        .collect();
    for r in &c.relations {
        if !rels.contains(r) {
            fail(format!("missing relation {r:?}"));
        }
    }
    let stated: HashSet<(String, String, String)> = m
        .relations
        .iter()
        .filter(|r| !r.inferred)
        .filter_map(|r| common::link_triple(&m, r))
        .collect();
    for r in &c.stated {
        if !stated.contains(r) {
            fail(format!("missing stated relation {r:?}"));
        }
    }
    for r in &c.wrong {
        if rels.contains(r) {
            fail(format!("wrong relation {r:?}"));
        }
    }
    for (title, date) in &c.records {
        let found = m.records.iter().find(|r| r.title == *title);
        match found {
            Some(r) if date.is_empty() || r.date.is_some_and(|d| d.to_string() == *date) => {}
            Some(r) => fail(format!(
                "record {title:?} is dated {:?}, expected {date}",
                r.date
            )),
            None => fail(format!(
                "no record titled {title:?}: {:?}",
                m.records.iter().map(|r| &r.title).collect::<Vec<_>>()
            )),
        }
    }
    for (title, section) in &c.sections {
        match m.records.iter().find(|r| r.title == *title) {
            Some(r) if r.section.as_deref() == Some(section.as_str()) => {}
            Some(r) => fail(format!(
                "record {title:?} is in section {:?}, expected {section:?}",
                r.section
            )),
            None => fail(format!("no record titled {title:?}")),
        }
    }
    for title in &c.not_records {
        if m.records.iter().any(|r| r.title == *title) {
            fail(format!("{title:?} is a record"));
        }
    }
    if let Some(n) = c.warnings
        && m.warnings.len() != n
    {
        fail(format!(
            "{} warnings, expected {n}: {:?}",
            m.warnings.len(),
            m.warnings
        ));
    }
    errs
}

#[test]
fn extraction_cases() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/extract");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut total = 0;
    let mut errors = Vec::new();
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "ron"))
    {
        let text = std::fs::read_to_string(f).unwrap();
        let cases: Vec<Case> =
            ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        for c in &cases {
            total += 1;
            errors.extend(check(&name, c));
        }
    }
    assert!(total >= 80, "only {total} cases");
    assert!(
        errors.is_empty(),
        "{} of {total} cases failed:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
