//! The committee a document, a record and an agenda session are about:
//! what a bare working group is placed under and what a standard listed
//! without its committee is guessed to be developed by.

use super::{Cx, committees};
use crate::model::Record;
use committees::CommitteeHit;
use rustc_hash::FxHashSet;
use std::collections::BTreeMap;

/// The committees a document's records are about.
pub(super) struct Homes {
    /// The document's own committee, named in its header.
    pub doc_home: Option<String>,
    /// Each record's committee (by ordinal).
    pub rec_home: BTreeMap<u32, String>,
    /// Where a record first names a home found in its text only (not in
    /// its title): standards listed before it are not that committee's.
    pub home_named_at: BTreeMap<u32, u32>,
    /// Records naming two unrelated committees equally often.
    pub unsure_home: FxHashSet<u32>,
    /// Records titled with an international committee and no national one.
    pub intl_home: BTreeMap<u32, String>,
    /// (record, its heading line).
    pub heading_lines: FxHashSet<(u32, u32)>,
}

/// Reads the homes of `records` from the committees named (`chits`,
/// line-relative) and sets `cx.sole_committee`.
pub(super) fn read_homes(cx: &mut Cx, chits: &[(u32, CommitteeHit)], records: &[Record]) -> Homes {
    let doc = cx.doc;
    // The committee each record is about: named in its title, else the one
    // it names most often; the document's own committee as a fallback.
    // The document's own committee is named in its header, before the first
    // record (a multi-topic document's first story is not its subject).
    // (In a document of several records whose first starts on its first
    // line, only that line, the document's title, is its header: the
    // committee the first story names is not the other stories'.)
    let first_line = records.iter().map(|r| r.lines.0).min();
    let header_end = match first_line {
        Some(1) if records.len() > 1 => 1,
        Some(n) if n > 1 => n - 1,
        _ => u32::MAX,
    };
    let doc_home = home_committee(
        chits,
        (1, 12.min(cx.doc.line_count() as u32).min(header_end)),
    );
    // A page about a subcommittee names its parent first: the one of the
    // home committee's own subcommittees named early on is the subject (a
    // page naming several of them early, or listing them in a table or a
    // list, is about the TC).
    let listed = |n: u32| {
        let t = doc.line(n).trim_start();
        t.starts_with(['|', '-', '*', '•'])
    };
    let refine = |home: String, (a, b): (u32, u32)| {
        let prefix = format!("{home}/");
        let mut subs: Vec<&str> = chits
            .iter()
            .filter(|(n, h)| *n >= a && *n <= b && !h.bare && is_wg_home(&h.key) && !listed(*n))
            .map(|(_, c)| c.key.as_str())
            .filter(|k| k.starts_with(&prefix))
            .collect();
        subs.sort_unstable();
        subs.dedup();
        match subs.as_slice() {
            [one] => (*one).to_owned(),
            _ => home,
        }
    };
    let doc_home = doc_home.map(|h| refine(h, (1, 12)));
    // The one national committee a document names, when it names no other
    // (an interview's "We mirror ISO/TC 299" is that committee's).
    cx.sole_committee = sole_key(
        chits
            .iter()
            .filter(|(_, h)| !h.bare && is_wg_home(&h.key))
            .map(|(_, h)| h.key.as_str()),
    );
    // Per record: (mentions, first line) of each national committee.
    let mut counts: BTreeMap<u32, BTreeMap<&str, (usize, u32)>> = BTreeMap::new();
    for (n, h) in chits {
        if let Some(o) = cx.rec_of[*n as usize]
            && !h.bare
            && let Some(key) = wg_home_of(&h.key)
        {
            let e = counts.entry(o).or_default().entry(key).or_insert((0, *n));
            e.0 += 1;
        }
    }
    let mut rec_home: BTreeMap<u32, String> = BTreeMap::new();
    let mut home_named_at: BTreeMap<u32, u32> = BTreeMap::new();
    let mut unsure_home: FxHashSet<u32> = FxHashSet::default();
    for r in records {
        let c = counts.get(&r.ordinal);
        let mut ambiguous = false;
        let title_home = c.and_then(|c| {
            c.iter()
                .find(|(_, v)| v.1 == r.lines.0)
                .map(|(k, _)| (*k).to_owned())
        });
        let most = c.and_then(|c| {
            let (best, &(max, _)) = c
                .iter()
                .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))?;
            // Subcommittees of one committee named as often as each other
            // (a page listing "SAC/TC 9/SC 1" and "SAC/TC 9/SC 2"): their
            // committee, not the first of them.
            let tied: Vec<&str> = c
                .iter()
                .filter(|(_, v)| v.0 == max)
                .map(|(k, _)| *k)
                .collect();
            let parent = |k: &str| k.rsplit_once('/').map(|(p, _)| p.to_owned());
            // (Of a committee: TCs tied under SAC are not SAC's.)
            let shared = parent(tied[0]).filter(|p| {
                p.contains('/')
                    && tied.len() >= 2
                    && tied
                        .iter()
                        .all(|k| parent(k).as_deref() == Some(p.as_str()))
            });
            // Unrelated committees named as often as each other (a story
            // naming SAC/TC28/SC42 and SAC/TC260 once each): the record is
            // about neither more than the other, so its standards get no
            // committee guessed from it (its bare WGs still go under the
            // first).
            // (A committee and its own subcommittee are related; "SAC/TC2"
            // and "SAC/TC260" are not.)
            let within = |a: &str, b: &str| a.strip_prefix(b).is_some_and(|r| r.starts_with('/'));
            ambiguous = shared.is_none()
                && tied
                    .iter()
                    .any(|k| *k != *best && !within(best, k) && !within(k, best));
            Some(shared.unwrap_or_else(|| (*best).to_owned()))
        });
        // Where the record first names a home found in its text only.
        if title_home.is_none()
            && let Some(h) = &most
            && let Some(first) = c.and_then(|c| c.get(h.as_str())).map(|v| v.1)
        {
            home_named_at.insert(r.ordinal, first);
        }
        if ambiguous && title_home.is_none() {
            unsure_home.insert(r.ordinal);
        }
        if let Some(h) = title_home.or(most).or_else(|| doc_home.clone()) {
            let early = (r.lines.0, r.lines.1.min(r.lines.0 + 11));
            rec_home.insert(r.ordinal, refine(h, early));
        }
    }
    // A record titled with an international committee and no national one
    // ("Report: ISO/IEC JTC 1/SC 27 plenary"): its bare WGs are that
    // committee's.
    let intl_home: BTreeMap<u32, String> = records
        .iter()
        .filter_map(|r| {
            let national = counts
                .get(&r.ordinal)
                .is_some_and(|c| c.values().any(|v| v.1 == r.lines.0));
            let intl = chits.iter().find(|(n, h)| {
                *n == r.lines.0 && !h.bare && committees::is_international(&h.key)
            })?;
            (!national).then(|| (r.ordinal, intl.1.key.clone()))
        })
        .collect();
    let heading_lines: FxHashSet<(u32, u32)> =
        records.iter().map(|r| (r.ordinal, r.lines.0)).collect();
    Homes {
        doc_home,
        rec_home,
        home_named_at,
        unsure_home,
        intl_home,
        heading_lines,
    }
}

/// The one key of `keys`, when they are all the same one.
pub(super) fn sole_key<'a>(mut keys: impl Iterator<Item = &'a str>) -> Option<String> {
    let first = keys.next()?;
    keys.all(|k| k == first).then(|| first.to_owned())
}

/// A national committee at TC or SC level: what a bare WG can belong to.
pub(super) fn is_wg_home(key: &str) -> bool {
    !committees::is_international(key) && !key.contains("WG")
}

/// The committee that a document or record is about: the first one named
/// in its title lines, else in the first lines of its text.
pub(super) fn home_committee(hits: &[(u32, CommitteeHit)], lines: (u32, u32)) -> Option<String> {
    homes_in(hits, lines).map(|h| h.key.clone()).next()
}

/// The committee a national committee named in full makes the home of its
/// record: itself, or a working group's TC or SC ("SAC/TC 417/WG 3 ...
/// WG 4" are siblings).
pub(super) fn wg_home_of(key: &str) -> Option<&str> {
    if committees::is_international(key) {
        return None;
    }
    match key.find("/WG").or_else(|| key.find("/SWG")) {
        Some(i) => Some(&key[..i]).filter(|k| !k.contains("WG") && k.contains('/')),
        None => is_wg_home(key).then_some(key),
    }
}

/// The committees named on `lines` that a record can be about (no bare WG).
pub(super) fn homes_in(
    hits: &[(u32, CommitteeHit)],
    (a, b): (u32, u32),
) -> impl Iterator<Item = &CommitteeHit> {
    hits.iter()
        .filter(move |(n, h)| *n >= a && *n <= b && !h.bare && is_wg_home(&h.key))
        .map(|(_, h)| h)
}
