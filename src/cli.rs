//! The command line: `stats`, `export`, and (with no subcommand) the GUI.
//! Errors are printed once, as one line naming the cause, with exit code 2.

use crate::error::{Error, Result};
use crate::export::{self, Filter, Format};
use crate::ingest::{self, Source};
use crate::model::{EntityKind, Model, PartialDate, RelationKind};
use clap::{Args, Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;

/// Standards Atlas: who in China's standardization system is drafting
/// what, which law a standard supports, and what was released when.
#[derive(Parser, Debug)]
#[command(name = "stdatlas", version, about)]
pub struct Cli {
    /// A document file or a folder of them (read recursively); repeatable.
    /// Replaces the bundled corpus.
    #[arg(long, global = true, value_name = "PATH")]
    pub corpus: Vec<PathBuf>,
    /// Desktop application: open with this item selected (a code such as
    /// `GB 45438-2025` or `SAC/TC260`).
    #[arg(long, value_name = "CODE")]
    pub select: Option<String>,
    /// Desktop application: open on this view (records, timeline or graph).
    #[arg(long, value_name = "VIEW")]
    pub view: Option<String>,
    /// What to do; with none, the desktop application opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print documents, records, entities and relations per kind, and warnings.
    Stats,
    /// Write the model, or the selected part of it, to a file or stdout.
    Export(ExportArgs),
}

/// Options of `export`.
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Keep only these entity kinds (authority, committee, organization,
    /// standard, instrument, event, or record); repeatable.
    #[arg(long = "kind", value_name = "K")]
    pub kinds: Vec<String>,
    /// Keep a committee (by code), its sub-committees and what relates to them.
    #[arg(long, value_name = "CODE")]
    pub committee: Option<String>,
    /// Keep items dated on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Keep items dated on or before this day.
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Keep items whose name, code, alias, title or text contains this.
    #[arg(long, value_name = "TEXT")]
    pub query: Option<String>,
    /// Output format: json, csv, ron, md (a report), graphml, gexf or dot.
    #[arg(long, value_name = "FORMAT")]
    pub format: String,
    /// With csv: one row per record instead of per entity.
    #[arg(long)]
    pub records: bool,
    /// Output file (written atomically); stdout when absent.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

fn parse_date(s: &str, what: &str) -> Result<PartialDate> {
    PartialDate::parse_iso(s).ok_or_else(|| {
        Error::Invalid(format!(
            "{what} {s:?} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        ))
    })
}

/// Builds the export filter from the arguments.
pub fn filter_from(a: &ExportArgs) -> Result<Filter> {
    let mut f = Filter::default();
    if !a.kinds.is_empty() {
        f.kinds = Some(Default::default());
        f.records = false;
    }
    for k in &a.kinds {
        if k.eq_ignore_ascii_case("record") || k.eq_ignore_ascii_case("records") {
            f.records = true;
            continue;
        }
        let kind = EntityKind::parse(k).ok_or_else(|| {
            let all: Vec<_> = EntityKind::ALL.iter().map(|k| k.as_str()).collect();
            Error::Invalid(format!(
                "unknown kind {k:?} (expected one of {}, record)",
                all.join(", ")
            ))
        })?;
        f.kinds.get_or_insert_default().insert(kind);
    }
    f.committee = a.committee.clone();
    f.since = a
        .since
        .as_deref()
        .map(|s| parse_date(s, "--since"))
        .transpose()?;
    f.until = a
        .until
        .as_deref()
        .map(|s| parse_date(s, "--until"))
        .transpose()?;
    if let (Some(s), Some(u)) = (f.since, f.until)
        && s.first_day() > u.last_day()
    {
        return Err(Error::Invalid(format!("--since {s} is after --until {u}")));
    }
    f.query = a.query.clone();
    Ok(f)
}

/// Checks the `export` arguments before anything is loaded.
pub fn check_export(a: &ExportArgs) -> Result<()> {
    Format::parse(&a.format, a.records)?;
    filter_from(a).map(|_| ())
}

/// Runs `export`.
pub fn export(model: &Model, a: &ExportArgs, stdout: &mut dyn Write) -> Result<()> {
    let format = Format::parse(&a.format, a.records)?;
    let filter = filter_from(a)?;
    let subset = export::select(model, &filter).map_err(Error::Invalid)?;
    let bytes = export::render(model, &subset, format)?;
    match &a.out {
        Some(path) => export::write_atomic(path, &bytes),
        None => stdout.write_all(&bytes).map_err(|source| Error::Write {
            path: "<stdout>".into(),
            source,
        }),
    }
}

/// Writes the `stats` report.
pub fn stats(model: &Model, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "documents: {}", model.documents.len())?;
    for d in &model.documents {
        let n = model.records_of(d.id).count();
        let date = match (d.date, d.date_end) {
            (Some(a), Some(b)) => format!("{a}/{b}"),
            (Some(a), None) => a.to_string(),
            _ => "-".into(),
        };
        writeln!(
            out,
            "  {}  {}  {}  {} records  {:?}",
            d.file, d.kind, date, n, d.title
        )?;
    }
    writeln!(out, "records: {}", model.records.len())?;
    writeln!(out, "entities: {}", model.entities.len())?;
    for k in EntityKind::ALL {
        let n = model.entities.iter().filter(|e| e.kind == *k).count();
        writeln!(out, "  {k}: {n}")?;
    }
    writeln!(out, "relations: {}", model.relations.len())?;
    for k in RelationKind::ALL {
        let n = model.relations.iter().filter(|r| r.kind == *k).count();
        writeln!(out, "  {k}: {n}")?;
    }
    writeln!(out, "warnings: {}", model.warnings.len())?;
    for w in &model.warnings {
        writeln!(out, "  {w}")?;
    }
    Ok(())
}

/// Loads the corpus the arguments name (the bundled one when none is given).
pub fn load(cli: &Cli) -> Result<Model> {
    ingest::load(&Source::from_paths(cli.corpus.clone()))
}
