//! Extraction quality against hand-checked readings of two seeds
//! (`tests/data/expected/`: the agenda, a newsletter and the listing): every standard code found and none invented,
//! every committee and authority found, ≥ 90 % of instruments, ≥ 80 % of the
//! links an analyst notes, and ≤ 10 % of the links found wrong. Prints the
//! figures.

use serde::Deserialize;
use std::collections::BTreeSet;
use stdatlas::ingest::{Source, load};
mod common;
use stdatlas::model::{EntityKind, RelationKind};

#[derive(Deserialize)]
struct Expected {
    file: String,
    standards: Vec<String>,
    #[serde(default)]
    committees: Vec<String>,
    #[serde(default)]
    authorities: Vec<String>,
    #[serde(default)]
    instruments: Vec<String>,
    /// Absent: the reading covers codes and names only.
    #[serde(default)]
    links: Option<Vec<(String, String, String)>>,
}

const LINK_KINDS: &[RelationKind] = &[
    RelationKind::IssuedBy,
    RelationKind::DevelopedBy,
    RelationKind::Supports,
    RelationKind::LegalBasis,
    RelationKind::Replaces,
    RelationKind::Amends,
    RelationKind::Mirrors,
    RelationKind::Secretariat,
];

fn check(path: &str) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let exp: Expected = ron::from_str(&std::fs::read_to_string(root.join(path)).unwrap()).unwrap();
    let m = load(&Source::Paths(vec![root.join("seeds").join(&exp.file)])).unwrap();
    let keys = |k: EntityKind| -> BTreeSet<String> {
        m.entities
            .iter()
            .filter(|e| e.kind == k && !e.inferred)
            .map(|e| e.key.clone())
            .collect()
    };
    // Standards by code: exact.
    let codes: BTreeSet<String> = m
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Standard && e.code.is_some())
        .map(|e| e.key.clone())
        .collect();
    let want: BTreeSet<String> = exp.standards.iter().cloned().collect();
    assert_eq!(codes, want, "{}: standard codes", exp.file);
    for (kind, list) in [
        (EntityKind::Committee, &exp.committees),
        (EntityKind::Authority, &exp.authorities),
    ] {
        let got = keys(kind);
        for k in list {
            assert!(
                got.contains(k),
                "{}: missing {kind} {k} in {got:?}",
                exp.file
            );
        }
    }
    let inst = keys(EntityKind::Instrument);
    let found = exp.instruments.iter().filter(|i| inst.contains(*i)).count();
    let inst_recall = if exp.instruments.is_empty() {
        1.0
    } else {
        found as f64 / exp.instruments.len() as f64
    };

    let Some(links) = &exp.links else {
        println!(
            "{}: codes {}/{} exact",
            exp.file,
            codes.len(),
            exp.standards.len()
        );
        return;
    };
    // Links among the entities the reading lists.
    let universe: BTreeSet<String> = exp
        .standards
        .iter()
        .map(|s| format!("standard:{s}"))
        .chain(exp.committees.iter().map(|s| format!("committee:{s}")))
        .chain(exp.authorities.iter().map(|s| format!("authority:{s}")))
        .chain(exp.instruments.iter().map(|s| format!("instrument:{s}")))
        .chain(links.iter().flat_map(|l| [l.0.clone(), l.2.clone()]))
        .collect();
    let got: BTreeSet<(String, String, String)> = m
        .relations
        .iter()
        .filter(|r| LINK_KINDS.contains(&r.kind))
        .filter_map(|r| common::link_triple(&m, r))
        .filter(|l| universe.contains(&l.0) && universe.contains(&l.2))
        .collect();
    let want: BTreeSet<(String, String, String)> = links.iter().cloned().collect();
    let hit = want.intersection(&got).count();
    let recall = hit as f64 / want.len().max(1) as f64;
    let wrong: Vec<_> = got.difference(&want).collect();
    let wrong_share = wrong.len() as f64 / got.len().max(1) as f64;
    for miss in want.difference(&got) {
        println!("  missed: {miss:?}");
    }
    println!(
        "{}: codes {}/{} exact; instruments {:.0}%; links found {}/{} ({:.0}%), wrong {}/{} ({:.0}%)",
        exp.file,
        want.len().min(codes.len()),
        exp.standards.len(),
        inst_recall * 100.0,
        hit,
        want.len(),
        recall * 100.0,
        wrong.len(),
        got.len(),
        wrong_share * 100.0
    );
    assert!(
        inst_recall >= 0.9,
        "{}: instruments {inst_recall}",
        exp.file
    );
    assert!(
        recall >= 0.8,
        "{}: link recall {recall}: missing {:?}",
        exp.file,
        want.difference(&got).collect::<Vec<_>>()
    );
    assert!(wrong_share <= 0.1, "{}: wrong links {wrong:?}", exp.file);
}

#[test]
fn every_code_in_the_2025_newsletter_and_the_slides() {
    check("tests/data/expected/001_codes.ron");
    check("tests/data/expected/002_codes.ron");
}

#[test]
fn agenda_reading() {
    check("tests/data/expected/000_agenda.ron");
}

#[test]
fn newsletter_reading() {
    check("tests/data/expected/003_newsletter.ron");
}

#[test]
fn listing_reading() {
    check("tests/data/expected/004_listing.ron");
}
