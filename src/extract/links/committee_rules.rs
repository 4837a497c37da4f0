//! Sentence rules about committees and international standards: a
//! committee mirrors an international one ("SAC/TC28/SC42 – Mirroring
//! committee of ISO/IEC JTC 1/SC 42"), a body holds a committee's
//! secretariat, a national standard adopts an international one
//! ("identical to IEC 62443-4-2:2019", "(ISO/IEC 27001:2022, IDT)");
//! working groups known by name ("Working Group of Knowledge Graph").

use super::patterns::*;
use super::{Cat, Hit};
use crate::extract::codes::is_international;
use crate::extract::{Cx, dates, text};
use crate::model::builder::EntityDraft;
use crate::model::{DatedFact, EntityKind, Record, RelationKind};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// One sentence of a line and what is named in it.
pub(super) struct Sentence<'a> {
    /// The sentence.
    pub(super) text: &'a str,
    /// Where it starts in its line.
    pub(super) at: usize,
    /// The hits inside it.
    pub(super) hits: &'a [&'a Hit],
    /// Every hit of its line.
    pub(super) line_hits: &'a [Hit],
    /// Its line.
    pub(super) n: u32,
}

impl Sentence<'_> {
    /// A hit's position in the sentence.
    fn rel(&self, h: &Hit) -> usize {
        h.start - self.at
    }
}

/// The title that ends a sentence after an international committee's
/// code: " Robotics.", " Intelligent transport systems" — a capital, then
/// lower-case words only (commas and "and" allowed), up to eight.
pub(super) fn committee_title(rest: &str) -> Option<String> {
    let end = rest.find(['.', ';', '(', ')', '\n']).unwrap_or(rest.len());
    let t = rest[..end].trim();
    let t = t.strip_suffix(',').unwrap_or(t).trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let first = words.first()?;
    let shaped = (1..=8).contains(&words.len())
        && rest.starts_with(' ')
        && first.len() >= 3
        && first.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && first
            .chars()
            .skip(1)
            .all(|c| c.is_ascii_lowercase() || c == '-')
        && words[1..].iter().all(|w| {
            w.trim_end_matches(',')
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-')
        })
        && !words.iter().any(|w| {
            matches!(
                w.trim_end_matches(','),
                "is" | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "will"
                    | "since"
                    | "from"
                    | "in"
                    | "at"
            )
        });
    shaped.then(|| t.to_owned())
}

/// "X, its Chinese mirror committee" (the cue at byte `cue` of the
/// sentence): the national committee X, and the international committee
/// "its" refers to — the last named before X.
fn its_mirror<'h>(s: &'h Sentence, cue: usize) -> Option<(&'h Hit, &'h Hit)> {
    let before = s.text[..cue].trim_end();
    let its = before.rfind(", its")?;
    // ("its mirror", "its Chinese mirror", "its national mirror".)
    if before[its + ", its".len()..].split_whitespace().count() > 2 {
        return None;
    }
    let committee = |h: &&&Hit| h.cat == Cat::Committee;
    let national = s
        .hits
        .iter()
        .filter(committee)
        .rfind(|h| s.rel(h) < its && !crate::extract::committees::is_international(&h.r.1))?;
    if s.text[s.rel(national) + (national.end - national.start)..its].trim() != "" {
        return None;
    }
    let intl = s.hits.iter().filter(committee).rfind(|h| {
        s.rel(h) < s.rel(national) && crate::extract::committees::is_international(&h.r.1)
    })?;
    Some((national, intl))
}

/// The mirrors, adoption and secretariat rules on sentence `s`
/// (`committee`: the one its record is about).
pub(super) fn committee_sentence(
    cx: &mut Cx,
    cues: &regex::SetMatches,
    s: &Sentence,
    committee: Option<&str>,
    evidence: &dyn Fn() -> String,
) {
    // Mirrors: "SAC/TC28/SC42 – Mirroring committee of ISO/IEC/JTC1/SC42".
    if cues.matched(CUE_MIRROR)
        && let Some(p) = MIRROR.find(s.text)
    {
        // Every international committee after the cue, while they are
        // joined as a list ("of IEC/TC 65 and IEC/SC 65C").
        let intl_hits: Vec<&&Hit> = s
            .hits
            .iter()
            .filter(|h| {
                h.cat == Cat::Committee
                    && s.rel(h) >= p.end()
                    && crate::extract::committees::is_international(&h.r.1)
            })
            .collect();
        // "ISO/IEC JTC 1/SC 42 ... hosted by SAC/TC28/SC42, its Chinese
        // mirror committee": the national committee right before "its",
        // the international one named before it.
        if intl_hits.is_empty()
            && let Some((national, intl)) = its_mirror(s, p.start())
        {
            cx.link(
                national.r.clone(),
                RelationKind::Mirrors,
                intl.r.clone(),
                s.n,
                &evidence(),
                false,
            );
        }
        let mut intl: Vec<&&Hit> = intl_hits.iter().take(1).copied().collect();
        for w in intl_hits.windows(2) {
            let gap = s
                .text
                .get(s.rel(w[0]) + (w[0].end - w[0].start)..s.rel(w[1]))
                .unwrap_or("x");
            // (A committee's topic may stand between: "ISO/TC 993
            // (Gadgets) and IEC/TC 193".)
            let gap = match (gap.find('('), gap.find(')')) {
                (Some(o), Some(c)) if o < c => {
                    format!("{}{}", gap[..o].trim_end(), &gap[c + 1..])
                }
                _ => gap.to_owned(),
            };
            if !text::is_list_gap(&gap) {
                break;
            }
            intl.push(w[1]);
        }
        // "The committee ... mirrors ISO/TC 299": the committee named
        // before on the line, else the record's.
        let back = {
            let l = s.text.trim_start().to_ascii_lowercase();
            [
                "the committee",
                "the subcommittee",
                "the new committee",
                "this committee",
                "it ",
            ]
            .iter()
            .any(|w| l.starts_with(w))
        };
        let national = s
            .hits
            .iter()
            .find(|h| {
                h.cat == Cat::Committee
                    && s.rel(h) < p.start()
                    && h.r.1.starts_with(['S', 'M', 'C'])
            })
            .map(|h| h.r.1.clone())
            .or_else(|| {
                s.line_hits
                    .iter()
                    .rev()
                    .filter(|_| back)
                    .find(|h| {
                        h.cat == Cat::Committee
                            && h.end <= s.at
                            && h.r.1.starts_with(['S', 'M', 'C'])
                            && !h.r.1.contains("WG")
                    })
                    .map(|h| h.r.1.clone())
            })
            .or_else(|| committee.map(str::to_owned))
            // ("A: We mirror ISO/TC 299": the one committee the document
            // names, when a pronoun is the subject.)
            .or_else(|| {
                let t = s.text.trim_start();
                let t = t
                    .split_once(": ")
                    .filter(|(l, _)| l.len() <= 12)
                    .map_or(t, |(_, r)| r);
                ["We ", "Our committee ", "It "]
                    .iter()
                    .any(|w| t.starts_with(w))
                    .then(|| cx.sole_committee.clone())
                    .flatten()
            });
        // "mirrors ISO/TC 299 Robotics.": the international committee's
        // title, when the rest of the sentence is one.
        for i in &intl {
            if let Some(title) = s
                .text
                .get(s.rel(i) + (i.end - i.start)..)
                .and_then(committee_title)
            {
                let mut d = EntityDraft::new(EntityKind::Committee, i.r.1.clone(), "");
                d.name = Some(title);
                cx.add(d);
            }
        }
        if let Some(c) = national {
            for i in intl {
                cx.link(
                    (EntityKind::Committee, c.clone()),
                    RelationKind::Mirrors,
                    i.r.clone(),
                    s.n,
                    &evidence(),
                    false,
                );
            }
        }
    }
    // Adoption: "GB/T X Title, identical to IEC Y", "GB/T X (ISO Y, IDT)".
    if cues.matched(CUE_ADOPT)
        && let Some(p) = ADOPT.find(s.text)
    {
        let intl = |h: &&&Hit| h.cat == Cat::Standard && is_international(&h.r.1);
        // ("China adopted ISO/IEC Y as GB/T X": the cue ends inside Y.)
        let lead = p.as_str().to_ascii_lowercase();
        let adopted_intl =
            lead.starts_with("adopted ") && !lead.ends_with(" as") && !lead.ends_with(" from");
        let from = if adopted_intl { p.start() } else { p.end() };
        // The adopted standard: the first international one after the
        // cue, else ("(ISO Y, IDT)") the last one before it.
        let adopted = s
            .hits
            .iter()
            .filter(intl)
            .find(|h| s.rel(h) >= from)
            .or_else(|| s.hits.iter().filter(intl).rfind(|h| s.rel(h) < p.start()));
        // The adopting standard: the national one named last before it,
        // else the first after it ("IEC Y is adopted as GB/T X (IDT)").
        // ("ISO Y adopted as GB/T X": the national one after "as".)
        let as_national = lead.ends_with(" as") || adopted_intl;
        let national = adopted.and_then(|i| {
            let mut nat = s
                .hits
                .iter()
                .filter(|h| h.cat == Cat::Standard && !is_international(&h.r.1));
            if as_national {
                return nat.find(|h| s.rel(h) >= p.end());
            }
            nat.clone()
                .rfind(|h| h.start < i.start)
                .or_else(|| nat.find(|h| h.start >= i.end))
        });
        if let (Some(i), Some(nat)) = (adopted, national) {
            cx.link(
                nat.r.clone(),
                RelationKind::Adopts,
                i.r.clone(),
                s.n,
                &evidence(),
                false,
            );
        }
    }
    // Secretariat: "Secretariat unit: CESI", "The Secretariat of X is held by Y".
    let p = cues
        .matched(CUE_SECRETARIAT)
        .then(|| SECRETARIAT.find(s.text))
        .flatten();
    if p.is_some_and(|p| p.as_str().ends_with('(')) {
        secretariat_in_parentheses(cx, s, evidence);
    } else if let Some(p) = p {
        // "X holds the secretariat of Y": X before, Y after; else the
        // holder follows ("... is held by X", "Secretariat: X").
        let holds = p.as_str().to_ascii_lowercase().contains("the secretariat");
        let holder = if holds {
            s.hits
                .iter()
                .rev()
                .find(|h| h.cat == Cat::Body && s.rel(h) < p.start())
        } else {
            s.hits
                .iter()
                .find(|h| h.cat == Cat::Body && s.rel(h) >= p.end())
        };
        if let Some(h) = holder {
            // (The committee nearest before the holder: "TC260 drafts X,
            // while SC42, whose secretariat is held by CESI, ...".)
            let before_holder = |c: &&&Hit| c.cat == Cat::Committee && s.rel(c) < s.rel(h);
            let national = if holds {
                s.hits
                    .iter()
                    .find(|c| c.cat == Cat::Committee && s.rel(c) >= p.end())
            } else {
                // (A national one first: "SC42 ..., mirrors ISO/IEC JTC 1/SC
                // 42; secretariat: CESI".)
                s.hits
                    .iter()
                    .rev()
                    .filter(before_holder)
                    .find(|c| !is_international(&c.r.1))
                    .or_else(|| s.hits.iter().rev().find(before_holder))
            }
            .map(|c| c.r.1.clone())
            // ("SAC/TC 777 held ... Its secretariat is held by X": the
            // committee the paragraph named last before, not a working
            // group; else the record's.)
            .or_else(|| {
                s.line_hits
                    .iter()
                    .rev()
                    .filter(|c| c.cat == Cat::Committee && c.end <= s.at)
                    .find(|c| !is_international(&c.r.1) && !c.r.1.contains("WG"))
                    .map(|c| c.r.1.clone())
            })
            .or_else(|| committee.map(str::to_owned));
            if let Some(c) = national {
                cx.link(
                    (EntityKind::Committee, c),
                    RelationKind::Secretariat,
                    h.r.clone(),
                    s.n,
                    &evidence(),
                    false,
                );
            }
        }
    }
}

/// "Secretariat of SAC/TC28/SC42 (China Electronics Standardization
/// Institute)": the body in parentheses after the committee holds its
/// secretariat.
fn secretariat_in_parentheses(cx: &mut Cx, s: &Sentence, evidence: &dyn Fn() -> String) {
    for c in s.hits.iter().filter(|c| c.cat == Cat::Committee) {
        let before = s.text[..s.rel(c)].trim_end().to_ascii_lowercase();
        if !(before.ends_with("secretariat of") || before.ends_with("secretariat of the")) {
            continue;
        }
        let open = s.rel(c) + (c.end - c.start);
        if !s.text[open..].starts_with(" (") {
            continue;
        }
        let Some(h) = s.hits.iter().find(|h| {
            h.cat == Cat::Body
                && s.rel(h) == open + 2
                && s.text[s.rel(h) + (h.end - h.start)..].starts_with(')')
        }) else {
            continue;
        };
        cx.link(
            c.r.clone(),
            RelationKind::Secretariat,
            h.r.clone(),
            s.n,
            &evidence(),
            false,
        );
    }
}

/// "SAC/TC 998 was established in 2003", "TC 999, founded on 12 May 2004,
/// ...", "SAC/TC 997 Widgets (established 2024, ...)", "The committee was
/// set up in 2010" (the record's committee): when
/// a committee was founded. Read on every line that names a committee.
pub(super) fn established(cx: &mut Cx, raw: &str, hits: &[Hit], committee: Option<&str>) {
    const VERBS: [&str; 7] = [
        " was established ",
        " was founded ",
        " was set up ",
        ", established ",
        ", founded ",
        " were established ",
        "(established ",
    ];
    // (Most lines hold none of the verbs: one look decides.)
    static ANY: std::sync::LazyLock<regex::bytes::Regex> = std::sync::LazyLock::new(|| {
        regex::bytes::Regex::new("established|founded|set up").expect("verbs")
    });
    if !ANY.is_match(raw.as_bytes()) {
        return;
    }
    let mut at: Vec<(usize, &str)> = VERBS
        .iter()
        .flat_map(|v| memchr::memmem::find_iter(raw.as_bytes(), v).map(move |p| (p, *v)))
        .collect();
    at.sort_unstable();
    for (p, verb) in at {
        established_at(cx, raw, hits, committee, p, verb);
    }
}

fn established_at(
    cx: &mut Cx,
    raw: &str,
    hits: &[Hit],
    committee: Option<&str>,
    p: usize,
    verb: &str,
) {
    let after = &raw[p + verb.len()..];
    // (A participle in parentheses may take the year alone: "SAC/TC 998
    // Widgets (established 2024, secretariat: X)".)
    let participle = verb == "(established ";
    let Some(date) = ["in ", "on ", ""]
        .iter()
        .filter(|w| !w.is_empty() || participle)
        .find_map(|w| after.strip_prefix(w))
        .and_then(|t| {
            dates::date_at_start(t, None)
                .map(|d| d.date)
                .or_else(|| bare_year(t))
        })
    else {
        return;
    };
    let (a, _) = crate::extract::sentence_bounds(raw, p);
    // The committee right before the verb in its sentence ("SAC/TC 998
    // was established"), else the record's for "The committee".
    let named = hits
        .iter()
        .rev()
        .find(|h| h.cat == Cat::Committee && h.start >= a && h.end <= p)
        .filter(|h| {
            let gap = &raw[h.end..p];
            gap.len() <= 60 && !gap.contains(", which") && !gap.contains(" and ")
        })
        .map(|h| h.r.1.clone());
    let back = || {
        let l = raw[a..p].trim_start().to_ascii_lowercase();
        ["the committee", "the subcommittee", "the working group"].contains(&l.as_str())
    };
    let Some(key) = named.or_else(|| committee.filter(|_| back()).map(str::to_owned)) else {
        return;
    };
    let mut e = EntityDraft::new(EntityKind::Committee, key, "");
    e.dates.push(DatedFact {
        date,
        what: "established".into(),
    });
    cx.add(e);
}

/// A year written alone at the start of `t` ("2003 and is ...", "2018年").
pub(super) fn bare_year(t: &str) -> Option<crate::model::PartialDate> {
    let y = t.get(..4)?;
    let rest = &t[4..];
    let year: i32 = y.parse().ok()?;
    ((1949..=2100).contains(&year) && !rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
        .then_some(crate::model::PartialDate {
            year,
            month: None,
            day: None,
        })
}

/// The working groups a line names by name rather than number ("Working
/// Group of Knowledge Graph"): where each starts, and its name. A group
/// that also has a code ("Special Working Group on ... (SWG-ETS)") is named
/// by it instead.
pub(crate) fn working_groups_named(line: &str) -> Vec<(usize, String)> {
    static WG: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?-u:\b)Working Group (?:of|on|for) (?:the )?([A-Z][\w-]*(?: +(?:and +)?[A-Z][\w-]*){0,5})",
        )
    });
    if !line.contains("Working Group") {
        return Vec::new();
    }
    WG.captures_iter(line)
        .filter(|c| {
            let m = c.get(0).unwrap();
            let after = line[m.end()..].trim_start();
            !line[..m.start()].trim_end().ends_with("Special")
                && !after.starts_with("(SWG")
                && !after.starts_with("(WG")
        })
        .map(|c| (c.get(0).unwrap().start(), c[1].to_owned()))
        .collect()
}

/// Working groups known by name rather than number, placed under the
/// committee their record is about.
pub(super) fn named_working_groups(
    cx: &mut Cx,
    records: &[Record],
    rec_home: &BTreeMap<u32, String>,
) {
    for r in records {
        let Some(home) = rec_home.get(&r.ordinal) else {
            continue;
        };
        for n in r.lines.0..=r.lines.1 {
            let line = cx.doc.line(n);
            for (pos, name) in working_groups_named(line) {
                let key = format!("{home}/WG {name}");
                let mut d = EntityDraft::new(EntityKind::Committee, key.clone(), "WG");
                d.name = Some(format!("Working Group of {name}"));
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
