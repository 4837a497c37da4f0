//! Bodies, instruments and events, and the links an analyst notes between
//! policies, regulations, standards and committees: `issued_by`,
//! `legal_basis`, `supports`, `replaces`, `amends`, `mirrors`,
//! `secretariat`; statuses and dated facts of standards and instruments.
//!
//! Rules read one sentence (or one labelled line such as "Legal basis: ...")
//! at a time and use the record's main instrument or committee as the
//! subject when the sentence does not name one.

use super::{Cx, bodies, dates, events, instruments, sentence_bounds, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, PartialDate, Record, RelationKind};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// What a hit on a line is.
#[derive(Clone, Debug, PartialEq)]
enum Cat {
    Standard,
    Committee,
    Body,
    /// `law`: a law or a regulation, what other instruments rest on.
    Instrument {
        law: bool,
    },
    Event,
}

#[derive(Clone, Debug)]
struct Hit {
    start: usize,
    end: usize,
    r: EntityRef,
    cat: Cat,
}

/// A link rule's pattern: ASCII-only word boundaries and case folding
/// (the cue words are English; the fast engines need no Unicode tables).
fn re(p: &str) -> Regex {
    Regex::new(&ascii(p)).expect("link regex")
}

fn ascii(p: &str) -> String {
    format!("(?-u){}", p.replace("[:：]", "(?::|：)"))
}

const ISSUE_VERB_RE: &str = r"(?i)(?-u:\b)(?:released|issued|published|unveiled|introduced|announced|launched|rolled out|promulgated|jointly issued|put forward|adopted)(?-u:\b)";
static ISSUE_VERB: LazyLock<Regex> = LazyLock::new(|| re(ISSUE_VERB_RE));
static ISSUED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:issuing authorit(?:y|ies)|issued by|released by|jointly issued by|organi[sz]er)\s*[:：]?",
    )
});
static LEGAL_BASIS_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)legal basis\s*[:：]"));
const LEGAL_BASIS_PHRASE_RE: &str = r"(?i)(?-u:\b)(?:in accordance with|in line with the requirements of|pursuant to|on the basis of|developed in line with|legal basis)(?-u:\b)";
static LEGAL_BASIS_PHRASE: LazyLock<Regex> = LazyLock::new(|| re(LEGAL_BASIS_PHRASE_RE));
static SUPPORT_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)supporting (?:documents?|standards?)\s*[:：]?\s*$"));
const SUPPORT_PHRASE_RE: &str = r"(?i)(?-u:\b)(?:to support|in support of|supports?|implements? the requirements (?:outlined )?in|adapt to)(?-u:\b)";
static SUPPORT_PHRASE: LazyLock<Regex> = LazyLock::new(|| re(SUPPORT_PHRASE_RE));
static REPLACE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)replac(?:e|es|ing)(?-u:\b)"));
const AMEND_RE: &str = r"(?i)(?-u:\b)(?:draft )?(?:amendment|revision|revise|revises|amends|amend)(?-u:\b)(?: (?:of|to))?";
static AMEND: LazyLock<Regex> = LazyLock::new(|| re(AMEND_RE));
const MIRROR_RE: &str = r"(?i)(?-u:\b)mirror(?:s|ing)?(?-u:\b)";
static MIRROR: LazyLock<Regex> = LazyLock::new(|| re(MIRROR_RE));
/// "Secretariat:" / "Secretariat unit:" as a label.
const SECRETARIAT_LABEL_RE: &str = r"(?i)(?-u:\b)secretariat(?: unit)?\s*[:：]";
static SECRETARIAT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"{SECRETARIAT_LABEL_RE}|(?i)(?-u:\b)secretariat(?-u:\b)(?u:[^.;]){{0,60}}?(?-u:\b)(?:is|will be|are|was) held by"
    ))
});
static SECRETARIAT_LABEL: LazyLock<Regex> = LazyLock::new(|| re(SECRETARIAT_LABEL_RE));

/// The cue patterns of the sentence rules, matched together once per line:
/// a sentence rule only runs where its cue is on the line.
static CUES: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSet::new(
        [
            ISSUE_VERB_RE,
            EFFECTIVE_RE,
            LEGAL_BASIS_PHRASE_RE,
            SUPPORT_PHRASE_RE,
            AMEND_RE,
            MIRROR_RE,
            SECRETARIAT.as_str(),
        ]
        .map(ascii),
    )
    .expect("cue set")
});
/// Indices into [`CUES`].
const CUE_ISSUE: usize = 0;
const CUE_EFFECTIVE: usize = 1;
const CUE_LEGAL: usize = 2;
const CUE_SUPPORT: usize = 3;
const CUE_AMEND: usize = 4;
const CUE_MIRROR: usize = 5;
const CUE_SECRETARIAT: usize = 6;
static RELEASE_DATE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:releasing date|release date|issued|announcement date)\s*[:：]"));
const EFFECTIVE_RE: &str = r"(?i)(?:effective(?: from| date)?|take effect|took effect|takes effect|come into (?:effect|force)|comes into effect|came into effect|enforced from|implemented on|in effect from)\s*[:：]?\s*(?:on|from)?";
static EFFECTIVE: LazyLock<Regex> = LazyLock::new(|| re(EFFECTIVE_RE));
static DEADLINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:until|deadline|before|no later than)(?-u:\b)"));
static COMMENTS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)comment|consultation|feedback|public input|opinions? (?:will|from)"));
static STATUS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(new project proposals?|drafts? for comments?|standards? drafts?|translation of standards|approved standards?|published standards?|under development|call for comments?|standards? under development)$",
    )
});

/// Words of the list headings and labels (`STATUS_HEADING`,
/// `SUPPORT_LABEL`): a line without one is not cleaned for a look.
static HEADING_WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "propos",
            "comment",
            "draft",
            "translation",
            "approved",
            "published",
            "development",
            "supporting",
        ])
        .expect("heading words")
});

/// The literal every "Replace ..." holds.
static REPLACE_WORD: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["replac"])
        .expect("replace word")
});

/// Normalized status from a list heading or a sentence.
fn status_of(s: &str) -> Option<&'static str> {
    let l = s.to_ascii_lowercase();
    if l.contains("proposal") {
        Some("proposal")
    } else if l.contains("for comment")
        || l.contains("call-for-comment")
        || l.contains("call for comment")
        || l.contains("public consultation")
    {
        Some("draft for comments")
    } else if l.contains("standards draft")
        || l.contains("standard draft")
        || l.contains("draft for approval")
    {
        Some("draft")
    } else if l.contains("translation") {
        Some("translation")
    } else if l.contains("under development") || l.contains("developing") {
        Some("under development")
    } else if l.contains("approved") {
        Some("approved")
    } else if l.contains("published") || l.contains("released") {
        Some("published")
    } else {
        None
    }
}

/// Everything named on one line, sorted by position.
type LineHits = BTreeMap<u32, Vec<Hit>>;

/// The hits of lines `a..=b`; nothing when the range is empty (a plain
/// `BTreeMap::range` would panic on `a > b`).
fn lines_between(by_line: &LineHits, a: u32, b: u32) -> impl Iterator<Item = (&u32, &Vec<Hit>)> {
    let range = if a <= b {
        Some(by_line.range(a..=b))
    } else {
        None
    };
    range.into_iter().flatten()
}

fn place(cx: &Cx, start: usize) -> (u32, usize) {
    let n = cx.doc.line_of(start);
    (n, start - cx.doc.line_start(n))
}

/// Finds bodies, instruments and events, records their mentions, then reads
/// the links. `rec_home` is the committee each record is about; `session`
/// the committee an agenda session is about.
pub(crate) fn extract_links(
    cx: &mut Cx,
    records: &[Record],
    rec_home: &BTreeMap<u32, String>,
    session: &BTreeMap<u32, String>,
    code_hits: &[(u32, Vec<super::codes::CodeHit>)],
    chits: &[(u32, super::committees::CommitteeHit)],
) {
    let text = cx.doc.text.as_str();
    let year = cx.doc.date.map(|d| d.year);
    let mut by_line: LineHits = BTreeMap::new();

    // Codes and committees, as found by the caller (line-relative).
    for (n, hs) in code_hits {
        for h in hs {
            by_line.entry(*n).or_default().push(Hit {
                start: h.start,
                end: h.end,
                r: (EntityKind::Standard, h.code.clone()),
                cat: Cat::Standard,
            });
        }
    }
    for (n, h) in chits.iter().filter(|(_, h)| !h.bare) {
        by_line.entry(*n).or_default().push(Hit {
            start: h.start,
            end: h.end,
            r: (EntityKind::Committee, h.key.clone()),
            cat: Cat::Committee,
        });
    }

    // Instruments.
    for h in instruments::find_instruments(text) {
        let (n, s) = place(cx, h.start);
        let mut d = EntityDraft::new(EntityKind::Instrument, h.key.clone(), h.etype);
        d.name = Some(h.name.clone());
        if h.name != h.key {
            d.aliases.push(h.name.clone());
        }
        if h.draft {
            d.status = Some("draft".into());
        }
        d.line = Some(n);
        let me = d.entity_ref();
        cx.mention(d, n, s);
        // A draft of a law amends the law.
        if h.etype == "law"
            && h.draft
            && let Some(base) = h.key.split(" (").next().filter(|b| *b != h.key)
        {
            let mut law = EntityDraft::new(EntityKind::Instrument, base, "law");
            law.name = Some(base.to_owned());
            cx.add(law);
            cx.link_at(
                me.clone(),
                RelationKind::Amends,
                (EntityKind::Instrument, base.to_owned()),
                n,
                s,
                false,
            );
        }
        by_line.entry(n).or_default().push(Hit {
            start: s,
            end: s + (h.end - h.start),
            r: me,
            cat: Cat::Instrument {
                law: h.etype == "law" || h.etype == "regulation",
            },
        });
    }

    // Editions of one instrument: "Framework 2.0" follows and replaces "1.0".
    // base name → (major, minor, instrument, line, position)
    type Edition = (u32, u32, EntityRef, u32, usize);
    let mut editions: BTreeMap<String, Vec<Edition>> = BTreeMap::new();
    for (n, v) in &by_line {
        for h in v.iter().filter(|h| matches!(h.cat, Cat::Instrument { .. })) {
            if let Some((base, ver)) = h.r.1.rsplit_once(' ')
                && let Some((a, b)) = ver.split_once('.')
                && let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>())
            {
                editions
                    .entry(base.to_owned())
                    .or_default()
                    .push((a, b, h.r.clone(), *n, h.start));
            }
        }
    }
    for mut eds in editions.into_values() {
        eds.sort_by_key(|x| (x.0, x.1));
        eds.dedup_by(|x, y| x.2 == y.2);
        if let Some(newest) = eds.last().cloned() {
            for old in &eds[..eds.len() - 1] {
                cx.link_at(
                    newest.2.clone(),
                    RelationKind::Replaces,
                    old.2.clone(),
                    newest.3,
                    newest.4,
                    true,
                );
            }
        }
    }

    // Bodies: the dictionary first, then shapes that overlap nothing.
    let known = bodies::find_known(text);
    let mut body_hits = Vec::with_capacity(known.len());
    for h in bodies::find_by_shape(text) {
        // Both lists are sorted: the known hits that could overlap `h` start before its end.
        let i = known.partition_point(|b| b.end <= h.start);
        if known.get(i).is_none_or(|b| b.start >= h.end) {
            body_hits.push(h);
        }
    }
    body_hits.extend(known);
    body_hits.sort_by_key(|h| h.start);
    let mut drafted = rustc_hash::FxHashSet::default();
    for h in body_hits {
        let (n, s) = place(cx, h.start);
        let len = h.end - h.start;
        if by_line
            .get(&n)
            .is_some_and(|v| v.iter().any(|x| s < x.end && x.start < s + len))
        {
            continue; // inside an instrument's name or a code
        }
        // A body this loop has already drafted is only named again.
        if let Some(slot) = cx.slot(h.kind, &h.key)
            && drafted.contains(&slot)
        {
            cx.mention_again(slot, Some(&h.written), n, s);
            by_line.entry(n).or_default().push(Hit {
                start: s,
                end: s + len,
                r: (h.kind, h.key),
                cat: Cat::Body,
            });
            continue;
        }
        let mut d = EntityDraft::new(h.kind, h.key.clone(), h.etype);
        let known = bodies::body(&h.key);
        d.name = Some(known.map_or(h.key.clone(), |b| b.name.to_owned()));
        if known.is_some() && b_is_abbr(&h.key) {
            d.code = Some(h.key.clone());
        }
        d.aliases.push(h.written.clone());
        d.line = Some(n);
        let me = d.entity_ref();
        drafted.insert(cx.mention(d, n, s));
        if let Some(p) = known.and_then(|b| b.parent).and_then(bodies::body) {
            let mut pd = EntityDraft::new(p.kind, p.key, p.etype);
            pd.name = Some(p.name.to_owned());
            cx.add(pd);
            cx.link_at(
                me.clone(),
                RelationKind::PartOf,
                (p.kind, p.key.to_owned()),
                n,
                s,
                true,
            );
        }
        by_line.entry(n).or_default().push(Hit {
            start: s,
            end: s + len,
            r: me,
            cat: Cat::Body,
        });
    }
    // Departments inside a ministry: part_of the body named after "under".
    for (start, _, name, after) in bodies::find_departments(text) {
        let (n, s) = place(cx, start);
        let (_, a) = place(cx, after);
        let parent = by_line
            .get(&n)
            .and_then(|v| {
                v.iter()
                    .find(|h| h.cat == Cat::Body && h.start >= a && h.start <= a + 2)
            })
            .map(|h| h.r.clone());
        if let Some(p) = parent {
            let mut d = EntityDraft::new(p.0, format!("{} ({})", name, p.1), "department");
            d.name = Some(name.clone());
            d.line = Some(n);
            let me = d.entity_ref();
            cx.mention(d, n, s);
            cx.link_at(me, RelationKind::PartOf, p, n, s, false);
        }
    }

    // Events, with their date and place.
    for h in events::find_events(text) {
        let (n, s) = place(cx, h.start);
        let len = h.end - h.start;
        // An event's name may hold a committee or an instrument, not a code.
        if by_line.get(&n).is_some_and(|v| {
            v.iter()
                .any(|x| x.cat == Cat::Standard && s < x.end && x.start < s + len)
        }) {
            continue;
        }
        let line = cx.doc.line(n);
        let (a, b) = sentence_bounds(line, s);
        let key = events::event_key(&instruments::instrument_key(&h.name, ""));
        let mut d = EntityDraft::new(EntityKind::Event, key, h.etype);
        d.name = Some(h.name.clone());
        if let Some(m) = dates::first_date(&line[a..b], year) {
            d.dates.push(DatedFact {
                date: m.date,
                what: "held".into(),
            });
            if let Some(u) = m.until {
                d.dates.push(DatedFact {
                    date: u,
                    what: "ends".into(),
                });
            }
        }
        if let Some(p) = events::place_after(&line[s..b]) {
            d.place = Some(p);
        }
        d.line = Some(n);
        let me = d.entity_ref();
        cx.mention(d, n, s);
        by_line.entry(n).or_default().push(Hit {
            start: s,
            end: s + len,
            r: me,
            cat: Cat::Event,
        });
    }
    for v in by_line.values_mut() {
        v.sort_by_key(|h| h.start);
    }

    named_working_groups(cx, records, rec_home);
    abbreviation_aliases(cx);
    read_links(cx, records, rec_home, session, &by_line, year);
}

fn b_is_abbr(key: &str) -> bool {
    key.chars().all(|c| c.is_ascii_uppercase())
}

/// Working groups known by name rather than number ("Working Group of
/// Knowledge Graph"), placed under the committee their record is about.
fn named_working_groups(cx: &mut Cx, records: &[Record], rec_home: &BTreeMap<u32, String>) {
    static WG: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?-u:\b)Working Group (?:of|on|for) (?:the )?([A-Z][\w-]*(?: +(?:and +)?[A-Z][\w-]*){0,5})",
        )
    });
    for r in records {
        let Some(home) = rec_home.get(&r.ordinal) else {
            continue;
        };
        for n in r.lines.0..=r.lines.1 {
            let line = cx.doc.line(n);
            if !line.contains("Working Group") {
                continue;
            }
            // A group that also has a code ("Special Working Group on ... (SWG-ETS)") is named by it.
            let found: Vec<(usize, String)> = WG
                .captures_iter(line)
                .filter(|c| {
                    let m = c.get(0).unwrap();
                    let after = line[m.end()..].trim_start();
                    !line[..m.start()].trim_end().ends_with("Special")
                        && !after.starts_with("(SWG")
                        && !after.starts_with("(WG")
                })
                .map(|c| (c.get(0).unwrap().start(), c[1].to_owned()))
                .collect();
            for (pos, name) in found {
                let key = format!("{home}/WG {name}");
                let mut d = EntityDraft::new(EntityKind::Committee, key.clone(), "WG");
                d.name = Some(format!("Working Group of {name}"));
                d.line = Some(n);
                cx.mention(d, n, pos);
                cx.link_at(
                    (EntityKind::Committee, key),
                    RelationKind::PartOf,
                    (EntityKind::Committee, home.clone()),
                    n,
                    pos,
                    true,
                );
            }
        }
    }
}

/// The abbreviations table ("SAMR<tab>State Administration ...<tab>国家...")
/// gives aliases (the Chinese name) to the bodies it lists.
fn abbreviation_aliases(cx: &mut Cx) {
    let mut extra = Vec::new();
    for (n, line) in cx.doc.lines() {
        // Table rows are tab-separated and short.
        if !line.contains('\t') || line.len() > 300 {
            continue;
        }
        let cells: Vec<String> = line
            .split('\t')
            .map(text::strip_markup)
            .filter(|c| !c.is_empty())
            .collect();
        if cells.len() < 2
            || cells[0].len() > 10
            || !cells[0].chars().all(|c| c.is_ascii_uppercase())
        {
            continue;
        }
        if let Some(b) = bodies::body(&cells[0]).or_else(|| {
            bodies::BODIES
                .iter()
                .find(|b| b.names.contains(&cells[0].as_str()))
        }) {
            let mut d = EntityDraft::new(b.kind, b.key, b.etype);
            d.aliases
                .extend(cells[1..].iter().filter(|c| c.as_str() != b.name).cloned());
            d.line = Some(n);
            extra.push(d);
        }
    }
    cx.entities.extend(extra);
}

/// The instrument a record is about: the first named in its title, else in
/// its first lines.
fn main_instrument(cx: &Cx, r: &Record, by_line: &LineHits) -> Option<EntityRef> {
    let first = |a: u32, b: u32| {
        lines_between(by_line, a, b)
            .flat_map(|(_, v)| v.iter())
            .find(|h| matches!(h.cat, Cat::Instrument { .. }))
    };
    let in_title = first(r.lines.0, r.lines.0);
    // A title that is the instrument's name (a slide) names it best; a
    // headline only paraphrases it, and the text names it in full.
    let title_len = cx.doc.line(r.lines.0).trim().len().max(1);
    if let Some(h) = in_title
        && (h.end - h.start) * 10 >= title_len * 6
        && text::heading_text(&cx.doc.line(r.lines.0)[..h.start]).is_empty()
    {
        return Some(h.r.clone());
    }
    first(r.lines.0 + 1, (r.lines.0 + 6).min(r.lines.1))
        .or(in_title)
        .map(|h| h.r.clone())
}

#[allow(clippy::too_many_arguments)]
fn read_links(
    cx: &mut Cx,
    records: &[Record],
    rec_home: &BTreeMap<u32, String>,
    session: &BTreeMap<u32, String>,
    by_line: &LineHits,
    year: Option<i32>,
) {
    // Lines holding a heading word or "replac", found in one pass each.
    let flagged = |ac: &aho_corasick::AhoCorasick| {
        let mut v = vec![false; cx.doc.line_count() + 2];
        for m in ac.find_iter(cx.doc.text.as_str()) {
            v[cx.doc.line_of(m.start()) as usize] = true;
        }
        v
    };
    let heading_word = flagged(&HEADING_WORDS);
    let replace_word = flagged(&REPLACE_WORD);
    let replace_in = |n: u32, raw: &str| {
        if replace_word[n as usize] {
            REPLACE.find(raw).map(|m| m.start())
        } else {
            None
        }
    };
    for r in records {
        let main = main_instrument(cx, r, by_line);
        let committee = session
            .get(&r.ordinal)
            .or_else(|| rec_home.get(&r.ordinal))
            .cloned();
        let mut status: Option<&'static str> = None;
        let mut supporting = false;
        let mut last_standard: Option<EntityRef> = None;
        for n in r.lines.0..=r.lines.1 {
            let raw = cx.doc.line(n);
            // Only short lines can be list headings or labels, and only
            // those holding one of their words are cleaned for a look.
            let clean = if raw.len() < 120 && heading_word[n as usize] {
                text::heading_text(raw)
            } else {
                String::new()
            };
            let empty = Vec::new();
            let hits = by_line.get(&n).unwrap_or(&empty);
            if raw.trim().is_empty() {
                continue;
            }
            // A list heading sets the status of what follows.
            if STATUS_HEADING.is_match(&clean) {
                status = status_of(&clean);
                supporting = false;
                continue;
            }
            // "Supporting Documents:" introduces the standards that support
            // the record's instrument.
            if SUPPORT_LABEL.is_match(&clean) {
                supporting = true;
                continue;
            }
            let bullet = {
                let t = raw.trim_start();
                t.starts_with('-')
                    || t.starts_with('•')
                    || t.starts_with('*')
                    || t.chars().next().is_some_and(|c| c.is_ascii_digit())
            };
            if supporting && !bullet {
                supporting = false;
            }
            let replace_at = replace_in(n, raw);
            // Codes after "Replace" are the replaced standards, not the item.
            let standards: Vec<&Hit> = hits
                .iter()
                .filter(|h| h.cat == Cat::Standard && replace_at.is_none_or(|p| h.start < p))
                .collect();
            // Titled projects in agenda lists: a list item with no code under a status heading.
            if status.is_some()
                && bullet
                && standards.is_empty()
                && hits.iter().all(|h| h.cat != Cat::Instrument { law: false })
            {
                let title = project_title(&text::heading_text(raw));
                if let Some(t) = title {
                    let mut d = EntityDraft::new(EntityKind::Standard, t.clone(), "project");
                    d.name = Some(t.clone());
                    d.status = status.map(str::to_owned);
                    d.line = Some(n);
                    let me = d.entity_ref();
                    cx.mention(d, n, 0);
                    if let Some(c) = &committee {
                        cx.link(
                            me.clone(),
                            RelationKind::DevelopedBy,
                            (EntityKind::Committee, c.clone()),
                            n,
                            &if raw.len() < 120 {
                                text::heading_text(raw)
                            } else {
                                String::new()
                            },
                            true,
                        );
                    }
                    if replace_at.is_some() {
                        replaces(cx, &me, raw, hits, n);
                    }
                    last_standard = Some(me);
                }
                continue;
            }
            for s in &standards {
                let mut d = EntityDraft::new(EntityKind::Standard, s.r.1.clone(), "");
                if status.is_some() && bullet {
                    d.status = status.map(str::to_owned);
                }
                let (a, b) = sentence_bounds(raw, s.start);
                let sent = &raw[a..b];
                if d.status.is_none() {
                    d.status = sentence_status(sent).map(str::to_owned);
                }
                d.dates = standard_dates(sent, s.end - a, year);
                if d.status.is_some() || !d.dates.is_empty() {
                    cx.add(d);
                }
                if supporting && let Some(m) = &main {
                    cx.link(
                        s.r.clone(),
                        RelationKind::Supports,
                        m.clone(),
                        n,
                        &text::strip_markup(sent),
                        false,
                    );
                }
            }
            if let Some(first) = standards.first() {
                if replace_at.is_some() {
                    replaces(cx, &first.r, raw, hits, n);
                }
                last_standard = Some(first.r.clone());
            } else if replace_at.is_some()
                && let Some(ls) = &last_standard
            {
                replaces(cx, &ls.clone(), raw, hits, n);
            }
            // Labelled lines ("Issued by: CAC, MIIT", "Legal basis: ...")
            // about the instrument the slide or paragraph is about; the
            // label's text may go on over the next lines.
            // "Secretariat: China Academy of ... (CAICT)" may run over lines.
            if (raw.contains(':') || raw.contains('：'))
                && SECRETARIAT_LABEL.is_match(raw)
                && let Some(c) = &committee
            {
                let joined = continued(cx, n, r.lines.1);
                let tail = &joined[SECRETARIAT_LABEL.find(&joined).map_or(0, |m| m.end())..];
                if let Some(b) = bodies::find_known(tail).into_iter().next() {
                    cx.link(
                        (EntityKind::Committee, c.clone()),
                        RelationKind::Secretariat,
                        (b.kind, b.key),
                        n,
                        &text::strip_markup(&joined),
                        false,
                    );
                }
            }
            let labelled = (raw.contains(':') || raw.contains('：'))
                && (ISSUED_BY.is_match(raw)
                    || LEGAL_BASIS_LABEL.is_match(raw)
                    || RELEASE_DATE_LABEL.is_match(raw));
            if labelled && let Some(m) = local_subject(cx, n, r, by_line).or_else(|| main.clone()) {
                let joined = continued(cx, n, r.lines.1);
                let evidence = text::strip_markup(&joined);
                if let Some(lab) = ISSUED_BY.find(&joined) {
                    let tail = &joined[lab.end()..];
                    for b in bodies::find_known(tail) {
                        cx.link(
                            m.clone(),
                            RelationKind::IssuedBy,
                            (b.kind, b.key),
                            n,
                            &evidence,
                            false,
                        );
                    }
                }
                if let Some(lab) = LEGAL_BASIS_LABEL.find(&joined) {
                    for h in instruments::find_instruments(&joined[lab.end()..]) {
                        let mut d =
                            EntityDraft::new(EntityKind::Instrument, h.key.clone(), h.etype);
                        d.name = Some(h.name.clone());
                        d.line = Some(n);
                        cx.mention(d, n, 0);
                        cx.link(
                            m.clone(),
                            RelationKind::LegalBasis,
                            (EntityKind::Instrument, h.key),
                            n,
                            &evidence,
                            false,
                        );
                    }
                }
                if let Some(lab) = RELEASE_DATE_LABEL.find(&joined)
                    && let Some(d) = dates::first_date(&joined[lab.end()..], year)
                {
                    let mut e = EntityDraft::new(m.0, m.1.clone(), "");
                    e.dates.push(DatedFact {
                        date: d.date,
                        what: "released".into(),
                    });
                    if let Some(eff) = EFFECTIVE.find(&joined[lab.end()..])
                        && let Some(ed) = dates::first_date(&joined[lab.end() + eff.end()..], year)
                    {
                        e.dates.push(DatedFact {
                            date: ed.date,
                            what: "effective".into(),
                        });
                    }
                    cx.add(e);
                }
            }
            // Sentence rules, on lines that hold a cue word.
            // A sentence rule needs something named in its sentence.
            if hits.is_empty() {
                continue;
            }
            let cues = CUES.matches(raw);
            if !cues.matched_any() {
                continue;
            }
            sentence_links(
                cx,
                &cues,
                raw,
                hits,
                n,
                main.as_ref(),
                committee.as_deref(),
                year,
                &standards,
                by_line,
                r,
            );
        }
    }
}

/// Warns about a past event dated after the document itself ("Implemented
/// on June 1, 2027" in a 2025 newsletter). The date is kept as printed.
fn implausible(cx: &mut Cx, before: &str, verb: &str, date: PartialDate, n: u32, evidence: &str) {
    let v = verb.to_ascii_lowercase();
    let b = before.trim_end().to_ascii_lowercase();
    let future = b.ends_with("will")
        || b.ends_with("will be")
        || b.ends_with("to be")
        || b.ends_with("shall");
    let past = !future
        && (v.contains("took")
            || v.contains("came")
            || v.contains("implemented")
            || v.contains("enforced"));
    let doc_end = cx.doc.date_end.or(cx.doc.date);
    if past
        && let Some(end) = doc_end
        && date.first_day() > end.last_day()
    {
        cx.warnings.push(crate::model::Warning {
            file: cx.doc.file.clone(),
            line: Some(n),
            message: format!(
                "implausible date {date}: in the past tense but after the document's own date {end} (kept as printed): {}",
                evidence.chars().take(120).collect::<String>()
            ),
        });
    }
}

/// The instrument a labelled line is about: the nearest line above it (in
/// the same record) that is mostly an instrument's name.
fn local_subject(cx: &Cx, n: u32, r: &Record, by_line: &LineHits) -> Option<EntityRef> {
    let from = r.lines.0.max(n.saturating_sub(15));
    for ln in (from..n).rev() {
        let Some(v) = by_line.get(&ln) else { continue };
        let len = text::strip_markup(cx.doc.line(ln)).len().max(1);
        if let Some(h) = v
            .iter()
            .find(|h| matches!(h.cat, Cat::Instrument { .. }) && (h.end - h.start) * 10 >= len * 6)
        {
            return Some(h.r.clone());
        }
    }
    None
}

/// A labelled line and the lines that continue it (not bullets, not blank,
/// no label of their own), joined with spaces.
fn continued(cx: &Cx, n: u32, last: u32) -> String {
    let mut s = cx.doc.line(n).trim().to_owned();
    for ln in n + 1..=last.min(n + 4) {
        let l = cx.doc.line(ln);
        let t = l.trim_start();
        if t.is_empty() || t.starts_with('-') || t.starts_with('•') || t.contains(':') {
            break;
        }
        s.push(' ');
        s.push_str(t.trim_end());
    }
    s
}

/// The title of a project listed without a code: "Data security technology
/// — Guide for identification of personal information".
fn project_title(clean: &str) -> Option<String> {
    let t = clean.split(" (Replace").next().unwrap_or(clean);
    let t = t.split(" (SG ").next().unwrap_or(t).trim();
    let ok = t.len() >= 15
        && t.len() <= 220
        && t.chars().next().is_some_and(char::is_uppercase)
        && (t.contains('—')
            || t.contains(" - ")
            || t.contains(" – ")
            || t.split_whitespace().count() >= 4);
    ok.then(|| t.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn replaces(cx: &mut Cx, subject: &EntityRef, raw: &str, hits: &[Hit], n: u32) {
    let Some(m) = REPLACE.find(raw) else { return };
    for h in hits
        .iter()
        .filter(|h| h.start >= m.end() && h.cat == Cat::Standard && h.r != *subject)
    {
        let (a, b) = sentence_bounds(raw, m.start());
        cx.link(
            subject.clone(),
            RelationKind::Replaces,
            h.r.clone(),
            n,
            &text::strip_markup(&raw[a..b.max(h.end).min(raw.len())]),
            false,
        );
    }
}

fn sentence_status(sent: &str) -> Option<&'static str> {
    let l = sent.to_ascii_lowercase();
    if l.contains("replaced by") {
        Some("replaced")
    } else if [
        "took effect",
        "effective from",
        "came into effect",
        "comes into effect",
    ]
    .iter()
    .any(|k| l.contains(k))
    {
        Some("effective")
    } else if l.contains("seeking public input") || l.contains("for public comment") {
        Some("draft for comments")
    } else {
        status_of(&l)
    }
}

/// Dated facts about a standard from its sentence: effective dates, comment
/// deadlines, release dates.
fn standard_dates(sent: &str, after: usize, year: Option<i32>) -> Vec<DatedFact> {
    let mut out = Vec::new();
    for m in EFFECTIVE.find_iter(sent) {
        if let Some(d) = dates::first_date(&sent[m.end()..], year) {
            out.push(DatedFact {
                date: d.date,
                what: "effective".into(),
            });
            break;
        }
    }
    if COMMENTS.is_match(sent) {
        for m in DEADLINE.find_iter(sent) {
            if let Some(d) = dates::first_date(&sent[m.end()..], year).filter(|d| d.start <= 20) {
                out.push(DatedFact {
                    date: d.date,
                    what: "comment deadline".into(),
                });
                break;
            }
        }
    }
    if out.is_empty()
        && ISSUE_VERB.is_match(sent)
        && let Some(d) = dates::first_date(sent, year)
        && d.start < after
    {
        out.push(DatedFact {
            date: d.date,
            what: "released".into(),
        });
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn sentence_links(
    cx: &mut Cx,
    cues: &regex::SetMatches,
    raw: &str,
    hits: &[Hit],
    n: u32,
    main: Option<&EntityRef>,
    committee: Option<&str>,
    year: Option<i32>,
    standards: &[&Hit],
    by_line: &LineHits,
    r: &Record,
) {
    let mut pos = 0;
    while pos < raw.len() {
        let (a, b) = sentence_bounds(raw, pos);
        let b = b.max(a + 1).min(raw.len());
        pos = b + 1;
        let sent = &raw[a..b];
        let in_sent: Vec<&Hit> = hits.iter().filter(|h| h.start >= a && h.end <= b).collect();
        if in_sent.is_empty() {
            continue;
        }
        let ev = std::cell::OnceCell::new();
        let evidence = || ev.get_or_init(|| text::strip_markup(sent)).clone();
        let rel = |h: &Hit| h.start - a;
        let instruments: Vec<&&Hit> = in_sent
            .iter()
            .filter(|h| matches!(h.cat, Cat::Instrument { .. }))
            .collect();
        let issuers: Vec<&&Hit> = in_sent
            .iter()
            .filter(|h| matches!(h.cat, Cat::Body | Cat::Committee))
            .collect();

        // "X (and Y) released/issued the Z": issued_by, and Z's release date.
        if cues.matched(CUE_ISSUE)
            && let Some(v) = ISSUE_VERB.find(sent)
        {
            let passive = sent[..v.start()].trim_end().ends_with("was")
                || sent[..v.start()].trim_end().ends_with("were");
            let object = instruments.iter().find(|h| rel(h) >= v.end()).filter(|h| {
                !SUPPORT_PHRASE.is_match(&sent[v.end()..rel(h)])
                    && !sent[v.end()..rel(h)].contains(" under ")
            });
            if let Some(inst) = object {
                if !passive {
                    for b in issuers.iter().filter(|h| rel(h) < v.start()) {
                        // "the Secretariat of X of SAC": SAC is not the issuer.
                        let before = sent[..rel(b)].trim_end();
                        if before.ends_with(" of")
                            || before.ends_with(" of the")
                            || before.ends_with(" under the")
                        {
                            continue;
                        }
                        cx.link(
                            inst.r.clone(),
                            RelationKind::IssuedBy,
                            b.r.clone(),
                            n,
                            &evidence(),
                            false,
                        );
                    }
                }
                if let Some(d) = dates::first_date(sent, year).filter(|d| d.start < v.start() + 40)
                {
                    let mut e = EntityDraft::new(EntityKind::Instrument, inst.r.1.clone(), "");
                    e.dates.push(DatedFact {
                        date: d.date,
                        what: if inst.r.1.contains("Draft") {
                            "draft released".into()
                        } else {
                            "released".into()
                        },
                    });
                    cx.add(e);
                }
            }
            // "Z issued by X": bodies after "by".
            if let Some(byp) = sent[v.end()..].find(" by ").map(|i| i + v.end())
                && let Some(inst) = instruments.iter().rev().find(|h| rel(h) < v.start())
            {
                let stop = instruments
                    .iter()
                    .map(|h| rel(h))
                    .find(|&p| p > byp)
                    .unwrap_or(sent.len());
                for b in issuers.iter().filter(|h| rel(h) > byp && rel(h) < stop) {
                    cx.link(
                        inst.r.clone(),
                        RelationKind::IssuedBy,
                        b.r.clone(),
                        n,
                        &evidence(),
                        false,
                    );
                }
            }
        }
        // Effective dates of instruments: "effective January 1, 2026".
        if cues.matched(CUE_EFFECTIVE)
            && let Some(e) = EFFECTIVE.find(sent)
            && let Some(d) = dates::first_date(&sent[e.end()..], year).filter(|d| d.start < 30)
        {
            implausible(cx, &sent[..e.start()], e.as_str(), d.date, n, &evidence());
            let subject = instruments
                .iter()
                .rev()
                .find(|h| rel(h) < e.start())
                .map(|h| h.r.clone())
                .or_else(|| main.cloned());
            if let Some(s) = subject.filter(|_| standards.is_empty()) {
                let mut x = EntityDraft::new(s.0, s.1, "");
                x.dates.push(DatedFact {
                    date: d.date,
                    what: "effective".into(),
                });
                cx.add(x);
            }
        }
        // Legal basis: "in accordance with the Cryptography Law".
        if cues.matched(CUE_LEGAL)
            && let Some(p) = LEGAL_BASIS_PHRASE.find(sent)
        {
            let laws: Vec<&&Hit> = instruments
                .iter()
                .filter(|h| rel(h) >= p.end() && h.cat == Cat::Instrument { law: true })
                .copied()
                .collect();
            let subject = instruments
                .iter()
                .find(|h| rel(h) < p.start())
                .map(|h| h.r.clone())
                .or_else(|| {
                    if standards.is_empty() {
                        main.cloned()
                    } else {
                        None
                    }
                });
            if let Some(s) = subject {
                for l in laws {
                    cx.link(
                        s.clone(),
                        RelationKind::LegalBasis,
                        l.r.clone(),
                        n,
                        &evidence(),
                        false,
                    );
                }
            } else if let Some(st) = standards.first() {
                // A standard "aligns with the Data Security Law": it supports it.
                for l in laws {
                    cx.link(
                        st.r.clone(),
                        RelationKind::Supports,
                        l.r.clone(),
                        n,
                        &evidence(),
                        true,
                    );
                }
            }
        }
        // Supports: "to support the Measures ...", "implements the requirements in ...".
        if cues.matched(CUE_SUPPORT)
            && let Some(p) = SUPPORT_PHRASE.find(sent)
        {
            let targets: Vec<EntityRef> = instruments
                .iter()
                .filter(|h| rel(h) >= p.end())
                .map(|h| h.r.clone())
                .collect();
            if !targets.is_empty() {
                // Subjects: codes in the sentence, else the list that follows,
                // else the standard the record is about.
                let mut subjects: Vec<(EntityRef, u32)> = standards
                    .iter()
                    .filter(|h| h.start >= a && h.end <= b)
                    .map(|h| (h.r.clone(), n))
                    .collect();
                if subjects.is_empty() {
                    for (ln, v) in lines_between(by_line, n + 1, (n + 8).min(r.lines.1)) {
                        let l = cx.doc.line(*ln).trim_start();
                        if !(l.starts_with('-')
                            || l.starts_with('•')
                            || l.starts_with('*')
                            || l.is_empty())
                        {
                            break;
                        }
                        subjects.extend(
                            v.iter()
                                .filter(|h| h.cat == Cat::Standard)
                                .map(|h| (h.r.clone(), *ln)),
                        );
                    }
                }
                if subjects.is_empty() {
                    let first_std = by_line
                        .range(r.lines.0..=r.lines.1.max(r.lines.0))
                        .flat_map(|(ln, v)| v.iter().map(move |h| (h, *ln)))
                        .find(|(h, _)| h.cat == Cat::Standard);
                    if let Some((h, ln)) = first_std {
                        subjects.push((h.r.clone(), ln));
                    }
                }
                for (s, _) in &subjects {
                    for t in &targets {
                        cx.link(
                            s.clone(),
                            RelationKind::Supports,
                            t.clone(),
                            n,
                            &evidence(),
                            false,
                        );
                    }
                }
            }
        }
        // Amends: "a draft amendment of Cybersecurity Law".
        if cues.matched(CUE_AMEND)
            && let Some(p) = AMEND.find(sent)
            && let Some(law) = instruments.iter().find(|h| {
                rel(h) >= p.end()
                    && rel(h) <= p.end() + 30
                    && h.cat == Cat::Instrument { law: true }
            })
        {
            let key = format!("{} (Amendment)", law.r.1);
            let mut d = EntityDraft::new(EntityKind::Instrument, key.clone(), "amendment");
            d.name = Some(format!("Amendment to the {}", law.r.1));
            if p.as_str().to_ascii_lowercase().contains("draft") {
                d.status = Some("draft".into());
            }
            if let Some(dt) = dates::first_date(sent, year) {
                d.dates.push(DatedFact {
                    date: dt.date,
                    what: "reported".into(),
                });
            }
            d.line = Some(n);
            let me = d.entity_ref();
            cx.mention(d, n, a);
            cx.link(
                me,
                RelationKind::Amends,
                law.r.clone(),
                n,
                &evidence(),
                false,
            );
        }
        // Mirrors: "SAC/TC28/SC42 – Mirroring committee of ISO/IEC/JTC1/SC42".
        if cues.matched(CUE_MIRROR)
            && let Some(p) = MIRROR.find(sent)
        {
            let intl = in_sent.iter().find(|h| {
                h.cat == Cat::Committee
                    && rel(h) >= p.end()
                    && (h.r.1.starts_with("ISO") || h.r.1.starts_with("IEC"))
            });
            let national = in_sent
                .iter()
                .find(|h| {
                    h.cat == Cat::Committee
                        && rel(h) < p.start()
                        && h.r.1.starts_with(['S', 'M', 'C'])
                })
                .map(|h| h.r.1.clone())
                .or_else(|| committee.map(str::to_owned));
            if let (Some(i), Some(c)) = (intl, national) {
                cx.link(
                    (EntityKind::Committee, c),
                    RelationKind::Mirrors,
                    i.r.clone(),
                    n,
                    &evidence(),
                    false,
                );
            }
        }
        // Secretariat: "Secretariat unit: CESI", "The Secretariat of X is held by Y".
        if cues.matched(CUE_SECRETARIAT)
            && let Some(p) = SECRETARIAT.find(sent)
        {
            let holder = in_sent
                .iter()
                .find(|h| h.cat == Cat::Body && rel(h) >= p.end());
            if let Some(h) = holder {
                let national = in_sent
                    .iter()
                    .find(|c| c.cat == Cat::Committee && rel(c) < rel(h))
                    .map(|c| c.r.1.clone())
                    .or_else(|| committee.map(str::to_owned));
                if let Some(c) = national {
                    cx.link(
                        (EntityKind::Committee, c),
                        RelationKind::Secretariat,
                        h.r.clone(),
                        n,
                        &evidence(),
                        false,
                    );
                }
            }
        }
    }
}
