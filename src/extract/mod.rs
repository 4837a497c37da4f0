//! Extraction: what a careful analyst would write down after reading a
//! document. Runs per document on its lines and records and produces a
//! [`DocDraft`]: entity facts and relations, each with its source line.
//!
//! Rules live in their own files: [`codes`] (standard codes), [`committees`]
//! (committee codes and the tree), [`dates`] (dates in running text),
//! [`text`] (clean-up shared with segmentation), `sentence` (sentence
//! bounds and evidence); `found` runs the finders
//! over a batch of documents before anything is drafted ([`Found`]).

pub mod bodies;
pub mod codes;
pub mod committees;
mod cx;
pub mod dates;
mod editions;
pub mod events;
mod forms;
mod found;
mod guesses;
pub mod instruments;
pub mod lag;
mod links;
mod sentence;
mod shared_names;
pub mod text;

pub(crate) use cx::Cx;
pub use found::Found;
use sentence::evidence_text;
pub use sentence::{sentence_at, sentence_bounds};
pub use shared_names::share_committee_names;

use crate::model::builder::{DocDraft, EntityDraft};
use crate::model::{Document, EntityKind, Record, RelationKind};
use committees::{CommitteeHit, known_name};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;

/// The work a plain scan does: every pattern of the finder rules (standard
/// codes, committees, dates, the body dictionary, name shapes, departments,
/// instruments, events) run with `find_iter` over the whole text, counting
/// matches and building nothing. The benchmark compares full ingestion
/// against it.
pub fn baseline_scan(text: &str) -> usize {
    baseline_scan_codes(text) + bodies::count(text) + instruments::count(text) + events::count(text)
}

/// A rule's name and a scan that runs it over a text, counting what it finds.
pub type RuleScan = (&'static str, fn(&str) -> usize);

/// The link rules' pattern families by name, each run on every line of a
/// text (see `cargo bench --bench rules`).
pub fn link_rule_scans() -> Vec<RuleScan> {
    links::rule_scans()
}

/// The part of [`baseline_scan`] for codes, committees and dates only (the
/// patterns of the first version of the benchmark, printed for comparison).
pub fn baseline_scan_codes(text: &str) -> usize {
    codes::count(text) + committees::count(text) + dates::count(text)
}

/// Which record each line belongs to (ordinal), by its span or its summary.
fn record_of_lines(doc: &Document, records: &[Record]) -> Vec<Option<u32>> {
    let mut v = vec![None; doc.line_count() + 2];
    for r in records {
        let spans = std::iter::once(r.lines).chain(r.summary_lines);
        for (a, b) in spans {
            for n in a..=b.min(doc.line_count() as u32) {
                v[n as usize] = Some(r.ordinal);
            }
        }
    }
    v
}

/// A national committee at TC or SC level: what a bare WG can belong to.
fn is_wg_home(key: &str) -> bool {
    !committees::is_international(key) && !key.contains("WG")
}

/// The committee that a document or record is about: the first one named
/// in its title lines, else in the first lines of its text.
fn home_committee(hits: &[(u32, CommitteeHit)], lines: (u32, u32)) -> Option<String> {
    homes_in(hits, lines).map(|h| h.key.clone()).next()
}

/// The committee a national committee named in full makes the home of its
/// record: itself, or a working group's TC or SC ("SAC/TC 417/WG 3 ...
/// WG 4" are siblings).
fn wg_home_of(key: &str) -> Option<&str> {
    if committees::is_international(key) {
        return None;
    }
    match key.find("/WG").or_else(|| key.find("/SWG")) {
        Some(i) => Some(&key[..i]).filter(|k| !k.contains("WG") && k.contains('/')),
        None => is_wg_home(key).then_some(key),
    }
}

/// The committees named on `lines` that a record can be about (no bare WG).
fn homes_in(
    hits: &[(u32, CommitteeHit)],
    (a, b): (u32, u32),
) -> impl Iterator<Item = &CommitteeHit> {
    hits.iter()
        .filter(move |(n, h)| *n >= a && *n <= b && !h.bare && is_wg_home(&h.key))
        .map(|(_, h)| h)
}

/// Extracts entities and relations from one document.
pub fn extract(doc: Document, records: Vec<Record>) -> DocDraft {
    let found = Found::find(&doc.text);
    extract_found(doc, records, found)
}

/// A committee the document names in full before its code ("the National
/// Technical Committee on Widget Batteries (SAC/TC 961)", "全国X标准化技术委员会
/// （SAC/TC 961）") and elsewhere by that name alone: each of those other
/// mentions is the committee too (the dictionary's names are found
/// anyway). `chits` are line-relative and stay sorted.
fn named_again(cx: &Cx, chits: &mut Vec<(u32, CommitteeHit)>) -> Vec<(String, String)> {
    let mut learned: Vec<(String, String)> = Vec::new();
    for (n, h) in chits.iter() {
        if h.bare || known_name(&h.key).is_some() || committees::is_international(&h.key) {
            continue;
        }
        let Some(name) = committees::name_before(cx.doc.line(*n), h.start) else {
            continue;
        };
        let han = name.chars().filter(|c| !c.is_ascii()).count();
        let long = name.split_whitespace().count() >= 4 || han >= 6;
        if long
            && (name.contains("Committee") || name.ends_with("委员会"))
            && !learned.iter().any(|(x, _)| *x == name)
        {
            learned.push((name, h.key.clone()));
        }
    }
    if learned.is_empty() {
        return learned;
    }
    let text = cx.doc.text.as_str();
    let mut added = Vec::new();
    // (Each name's mentions found with a vectorized search; a shorter name
    // that starts a longer one is left to the longer, below.)
    let found = learned.iter().flat_map(|(name, key)| {
        memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).map(move |p| (p, name, key))
    });
    for (p, name, key) in found {
        let n = cx.doc.line_of(p);
        let start = p - cx.doc.line_start(n);
        let end = start + name.len();
        let line = cx.doc.line(n);
        // (Not inside a longer word — Chinese writes none apart —, nor
        // the mention that gave the code: the code right after it.)
        let word = |c: char| c.is_ascii_alphanumeric();
        let inside = line[..start].chars().next_back().is_some_and(word)
            || line[end..].chars().next().is_some_and(word);
        // (Nor the start of a longer name: "... on Widget Batteries and
        // Cells".)
        let longer = line[end..].strip_prefix(' ').is_some_and(|rest| {
            let rest = ["and ", "of ", "for ", "on ", "& "]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .unwrap_or(rest);
            rest.starts_with(|c: char| c.is_ascii_uppercase())
        });
        let coded = chits
            .iter()
            .any(|(m, c)| *m == n && c.start < end + 4 && c.end > start);
        if !inside && !longer && !coded {
            added.push((
                n,
                CommitteeHit {
                    start,
                    end,
                    key: key.clone(),
                    bare: false,
                    written: name.clone(),
                },
            ));
        }
    }
    if !added.is_empty() {
        chits.extend(added);
        chits.sort_by_key(|(n, h)| (*n, h.start));
    }
    learned
}

/// National committees named in full where neither the dictionary nor the
/// document gives their code (`learned`: the names the document pairs with
/// one): each is a committee keyed by its name. A name written right beside
/// a committee's code ("SAC/TC 888 — Name", "TC612 (the Name)", "SAC/TC 996
/// Name") is that committee's, here and wherever else the document uses it.
/// `chits` stay sorted.
fn named_only(cx: &Cx, chits: &mut Vec<(u32, CommitteeHit)>, learned: &[(String, String)]) {
    let bare = committees::compared_name;
    let mut learned: Vec<(String, String)> = learned
        .iter()
        .map(|(name, key)| (bare(name), key.clone()))
        .collect();
    let found: Vec<(u32, CommitteeHit)> = committees::lines_naming(cx.doc)
        .into_iter()
        .flat_map(|n| {
            committees::uncoded_in_line(cx.doc.line(n), &|_| false)
                .into_iter()
                .map(move |h| (n, h))
        })
        .filter(|(n, h)| {
            !chits
                .iter()
                .any(|(m, c)| m == n && c.start < h.end && h.start < c.end)
        })
        .collect();
    if found.is_empty() {
        return;
    }
    // Names beside a national committee's code.
    let beside = |n: u32, h: &CommitteeHit| {
        let line = cx.doc.line(n);
        let filler = |gap: &str| {
            let g = gap.trim_matches(|c: char| {
                c.is_whitespace()
                    || matches!(c, '(' | ')' | '（' | '）' | '—' | '–' | '-' | ':' | ',')
            });
            g.is_empty() || g == "the"
        };
        chits.iter().find_map(|(m, c)| {
            let gap = if c.end <= h.start {
                line.get(c.end..h.start)
            } else if h.end <= c.start {
                line.get(h.end..c.start)
            } else {
                None
            }?;
            (*m == n
                && !c.bare
                && gap.len() <= 8
                && is_wg_home(&c.key)
                && !committees::is_name_key(&c.key)
                && filler(gap))
            .then(|| c.key.clone())
        })
    };
    // (The name beside its code is the same mention as the code.)
    let mut named_elsewhere = Vec::with_capacity(found.len());
    for (n, h) in found {
        match beside(n, &h) {
            Some(key) => {
                if !learned.iter().any(|(x, _)| *x == bare(&h.key)) {
                    learned.push((bare(&h.key), key));
                }
            }
            None => named_elsewhere.push((n, h)),
        }
    }
    for (n, mut h) in named_elsewhere {
        let at = learned.iter().find(|(x, _)| *x == bare(&h.key));
        if let Some((_, key)) = at {
            h.key = key.clone();
        }
        chits.push((n, h));
    }
    chits.sort_by_key(|(n, h)| (*n, h.start));
}

/// [`extract`] with the finders' results already at hand.
pub fn extract_found(doc: Document, records: Vec<Record>, found: Found) -> DocDraft {
    let rec_of = record_of_lines(&doc, &records);
    let mut cx = Cx::new(&doc, rec_of);
    let mut found = found;
    // Codes and committees are drafted here; the rest in `links`.
    let all_codes = std::mem::take(&mut found.codes);
    let all_committees = std::mem::take(&mut found.committees);

    // Pass 1: every code and committee named, found over the whole text
    // and placed on their lines.
    let mut chits: Vec<(u32, CommitteeHit)> = Vec::new();
    for mut h in all_committees {
        // "TC260" inside "TC260-PG-20252A" is part of a code (codes are
        // sorted and do not overlap, so one look at the nearest suffices).
        let i = all_codes.partition_point(|c| c.end <= h.start);
        if all_codes.get(i).is_some_and(|c| c.start < h.end) {
            continue;
        }
        let n = cx.doc.line_of(h.start);
        let base = cx.doc.line_start(n);
        h.start -= base;
        h.end -= base;
        chits.push((n, h));
    }
    let learned = named_again(&cx, &mut chits);
    named_only(&cx, &mut chits, &learned);
    let mut code_hits: Vec<(u32, Vec<codes::CodeHit>)> = Vec::new();
    for mut h in all_codes {
        let n = cx.doc.line_of(h.start);
        let base = cx.doc.line_start(n);
        h.start -= base;
        h.end -= base;
        match code_hits.last_mut() {
            Some((m, v)) if *m == n => v.push(h),
            _ => code_hits.push((n, vec![h])),
        }
    }

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
        &chits,
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
    cx.sole_committee = {
        let mut keys = chits
            .iter()
            .filter(|(_, h)| !h.bare && is_wg_home(&h.key))
            .map(|(_, h)| h.key.as_str());
        keys.next()
            .filter(|first| keys.all(|k| k == *first))
            .map(str::to_owned)
    };
    // Per record: (mentions, first line) of each national committee.
    let mut counts: BTreeMap<u32, BTreeMap<&str, (usize, u32)>> = BTreeMap::new();
    for (n, h) in &chits {
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
    for r in &records {
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

    // Pass 2: committees, with bare WGs placed under their context.
    let mut session_committee: BTreeMap<u32, String> = BTreeMap::new();
    // Every committee named, with its key (a bare one under its context).
    let mut placed: Vec<(u32, usize, usize, String)> = Vec::with_capacity(chits.len());
    // A bare SC that the document also names in full ("ISO/IEC JTC 1/SC 27
    // ... trends of SC 27") is that one.
    let named_sc: FxHashMap<String, &str> = chits
        .iter()
        .filter(|(_, h)| !h.bare)
        .filter_map(|(_, h)| {
            let last = h.key.rsplit('/').next()?;
            last.starts_with("SC")
                .then(|| (last.replace(' ', ""), h.key.as_str()))
        })
        .rev()
        .collect();
    for (n, h) in &chits {
        let line = cx.doc.line(*n);
        let ord = cx.rec_of[*n as usize];
        if h.bare {
            // A working group right after its committee on the same line
            // ("SAC/TC 260 — data security (WG 5)") is that committee's.
            // (Written in full, close before it in the same clause.)
            let same_line = chits
                .iter()
                .filter(|_| h.key.contains("WG"))
                .rfind(|(m, c)| m == n && !c.bare && c.end <= h.start)
                .filter(|(_, c)| {
                    let gap = &line[c.end..h.start];
                    is_wg_home(&c.key)
                        && gap.len() <= 60
                        && !gap.contains(". ")
                        && !gap.contains(" and ")
                })
                .map(|(_, c)| c.key.clone());
            let home = same_line
                .as_ref()
                .or_else(|| ord.and_then(|o| rec_home.get(&o)))
                .or(doc_home.as_ref());
            // A working group named before the subcommittee its record is
            // mostly about, after that subcommittee's TC ("SAC/TC 777 ...
            // set up a new working group (WG 6). SAC/TC 777/SC 2 ..."): the
            // TC's.
            let home = home.map(|home| -> &str {
                let before: Vec<&str> = placed
                    .iter()
                    .rev()
                    .take_while(|p| ord.is_some() && cx.rec_of[p.0 as usize] == ord)
                    .map(|p| p.3.as_str())
                    .collect();
                if before.contains(&home.as_str()) {
                    return home.as_str();
                }
                before
                    .iter()
                    .find(|k| home.starts_with(&format!("{k}/")) && k.contains('/'))
                    .map_or(home.as_str(), |k| *k)
            });
            let full = named_sc.get(&h.key).map(|k| (*k).to_owned()).or_else(|| {
                let intl = intl_home.get(&ord?)?;
                let digits = h.key.strip_prefix("WG")?;
                Some(format!("{intl}/WG {digits}"))
            });
            let Some(key) =
                full.or_else(|| home.and_then(|home| committees::place_bare(home, &h.key)))
            else {
                continue;
            };
            cx.committee(
                &key,
                Some(&h.written),
                committees::wg_name(line, h.end),
                *n,
                h.start,
                true,
            );
            // The heading of a session names the committee the session is about.
            if let Some(o) = ord
                && heading_lines.contains(&(o, *n))
            {
                session_committee.insert(o, key.clone());
            }
            placed.push((*n, h.start, h.end, key));
        } else {
            // A full name written before the code, when the dictionary has none.
            // (or in parentheses after it: "SAC/TC 999 (National Technical
            // Committee on Widget Technology)").
            let name = known_name(&h.key)
                .is_none()
                .then(|| {
                    // (or after a dash: "SAC/TC 485 — National Technical
                    // Committee on Communication Standardization").
                    // A working group's code: its name in parentheses is
                    // its topic ("SAC/TC 28/SC 42/WG 8 (Agents)").
                    // So is an international committee's ("ISO/TC 993
                    // (Gadgets)"), as ISO titles its committees.
                    let wg = h.key.rsplit('/').next().is_some_and(|l| l.contains("WG"));
                    // (A subcommittee listed with its topic: "- SAC/TC 999/SC
                    // 1 Widget terminals".)
                    let sc = h
                        .key
                        .rsplit('/')
                        .next()
                        .is_some_and(|l| l.starts_with("SC"))
                        && h.key.contains('/');
                    let intl = committees::is_international(&h.key);
                    committees::name_before(line, h.start).or_else(|| {
                        let own = committees::wg_name(line, h.end);
                        if sc && let Some(n) = own.as_ref().filter(|n| !n.contains(['/', '|'])) {
                            return Some(n.clone());
                        }
                        own.or_else(|| committees::name_after_dash(line, h.end))
                            .filter(|n| {
                                wg || intl && !n.contains(['/', ','])
                                    || ["Committee", "Subcommittee", "Working Group"]
                                        .iter()
                                        .any(|k| n.contains(k))
                            })
                    })
                })
                .flatten();
            cx.committee(&h.key, Some(&h.written), name, *n, h.start, false);
            placed.push((*n, h.start, h.end, h.key.clone()));
        }
    }

    // A session headed by a working group known by name ("Session 2:
    // Working Group on Large Models") is about that group.
    for r in &records {
        if let Some(home) = rec_home.get(&r.ordinal)
            && !session_committee.contains_key(&r.ordinal)
            && let [(_, name)] =
                links::committee_rules::working_groups_named(cx.doc.line(r.lines.0)).as_slice()
        {
            session_committee.insert(r.ordinal, format!("{home}/WG {name}"));
        }
    }

    // Standards, developed by the committee their record is about.
    let mut named: FxHashSet<String> = FxHashSet::default();
    for (n, hits) in &code_hits {
        let line = cx.doc.line(*n);
        let positions: Vec<(usize, &str)> =
            hits.iter().map(|h| (h.start, h.code.as_str())).collect();
        let replaced_flags = codes::replaced_on_line(line, &positions);
        for (k, h) in hits.iter().enumerate() {
            // A title ends where the next code on the line starts.
            let until = hits.get(k + 1).map_or(line.len(), |n| n.start);
            let mut d = EntityDraft::new(EntityKind::Standard, h.code.clone(), h.etype);
            d.code = Some(h.code.clone());
            if !named.contains(&h.code) {
                d.name = codes::title_after(&line[..until], h.end);
                if d.name.is_some() {
                    named.insert(h.code.clone());
                }
            }
            if d.name.is_none()
                && let Some(t) = codes::chinese_title(line, h.start, h.end)
            {
                d.aliases.push(t);
            }
            if h.written != h.code {
                d.aliases.push(h.written.clone());
            }
            let me = d.entity_ref();
            cx.mention(d, *n, h.start);
            // (International, European and association standards are no
            // national committee's work.)
            if matches!(h.etype, "international" | "european" | "association") {
                continue;
            }
            let ord = cx.rec_of[*n as usize];
            // The record's committee, when named before the standard: a
            // committee named only after a list is about part of it ("The
            // QC/T standards were developed by SAC/TC114").
            let committee = ord.and_then(|o| {
                session_committee.get(&o).or_else(|| {
                    rec_home
                        .get(&o)
                        .filter(|_| home_named_at.get(&o).is_none_or(|&at| at <= *n))
                        .filter(|_| !unsure_home.contains(&o))
                })
            });
            // A replaced code is an older standard, not the session's.
            if let Some(c) = committee.cloned().filter(|_| !replaced_flags[k]) {
                cx.link_at(
                    me,
                    RelationKind::DevelopedBy,
                    (EntityKind::Committee, c),
                    *n,
                    h.start,
                    true,
                );
            }
        }
    }

    cx.unsure_home = unsure_home;
    links::extract_links(
        &mut cx,
        &records,
        &rec_home,
        &session_committee,
        &code_hits,
        &placed,
        found,
    );

    cx.resolve_lags();
    editions::fold_yearless(&mut cx.entities, &mut cx.relations);
    links::default_statuses(&mut cx.entities);
    let Cx {
        entities,
        mut relations,
        warnings,
        owned_elsewhere,
        ..
    } = cx;
    guesses::settle(&mut relations, &owned_elsewhere);
    DocDraft {
        document: doc,
        records,
        entities,
        relations,
        warnings,
    }
}
