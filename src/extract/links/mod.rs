//! Bodies, instruments and events, and the links an analyst notes between
//! policies, regulations, standards and committees: `issued_by`,
//! `legal_basis`, `supports`, `replaces`, `amends`, `mirrors`,
//! `secretariat`; statuses and dated facts of standards and instruments.
//!
//! Rules read one sentence (or one labelled line such as "Legal basis: ...")
//! at a time and use the record's main instrument or committee as the
//! subject when the sentence does not name one.
//!
//! This file finds what the rules read about (the hits on each line);
//! [`patterns`] holds the cue patterns, [`records`] the rules that walk a
//! record line by line (list headings, labels, replacements) and
//! [`sentences`] the rules that read one sentence.

use super::{Cx, bodies, dates, events, instruments, sentence_bounds};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, Record, RelationKind};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

mod abbreviations;
mod about;
mod amendments;
mod body_hits;
mod chinese;
mod chinese_events;
mod chinese_instruments;
mod citations;
pub(crate) mod committee_rules;
mod counted;
mod developed;
mod drafters;
mod fields;
mod headlines;
mod held;
mod issued;
mod labels;
mod notices;
mod organizers;
mod patterns;
mod records;
mod referred;
mod repeals;
mod required;
mod same_day;
mod sentences;
mod signatures;
mod standards;
mod subjects;
mod titled;

use abbreviations::{
    Abbreviation, abbreviation_after, abbreviation_aliases, abbreviation_mentions,
};
use records::read_links;

pub(crate) use issued::UnnamedIssue;
pub(crate) use patterns::rule_scans;
pub(crate) use standards::default_statuses;

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
    /// A standard's title after its code: names nothing itself, only keeps
    /// other names from being read inside it.
    Title,
}

#[derive(Clone, Debug)]
struct Hit {
    start: usize,
    end: usize,
    r: EntityRef,
    cat: Cat,
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

/// Drafts the bodies, instruments and events found, records their mentions,
/// then reads the links. `rec_home` is the committee each record is about; `session`
/// the committee an agenda session is about.
pub(crate) fn extract_links(
    cx: &mut Cx,
    records: &[Record],
    rec_home: &BTreeMap<u32, String>,
    session: &BTreeMap<u32, String>,
    code_hits: &[(u32, Vec<super::codes::CodeHit>)],
    committees: &[(u32, usize, usize, String)],
    finds: super::Found,
) {
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
    for (n, start, end, key) in committees {
        by_line.entry(*n).or_default().push(Hit {
            start: *start,
            end: *end,
            r: (EntityKind::Committee, key.clone()),
            cat: Cat::Committee,
        });
    }

    // Instruments.
    let mut drafted = rustc_hash::FxHashSet::default();
    // "the Personal Information Protection Law (PIPL)": abbreviations that
    // name an instrument later in the document.
    let mut inst_abbrs: Vec<Abbreviation> = Vec::new();
    let mut instrument_hits = finds.instruments;
    headlines::resolve_headline_names(cx, records, &mut instrument_hits);
    // The last instrument drafted: (its key, where it ends in the text).
    let mut prev: Option<(String, usize)> = None;
    for mut h in instrument_hits {
        let (n, s) = place(cx, h.start);
        // "the Data Security Law (《数据安全法》)": the Chinese name in
        // parentheses right after an English one is that instrument's.
        // (A law known in both languages is found under its English name,
        // the Chinese one its alias.)
        // (So is a European act's number: "the Cyber Resilience Act
        // (Regulation (EU) 2024/2847)".)
        let zh_name = h
            .alias
            .clone()
            .filter(|a| !a.is_ascii())
            .or_else(|| (!h.name.is_ascii()).then(|| h.name.clone()))
            .or_else(|| instruments::is_european_number(&h.name).then(|| h.name.clone()));
        // (After its document number too: "the Guiding Opinions on X (Fa
        // Gai Neng Yuan [2025] No. 1388, 《关于…的指导意见》)", which is that
        // instrument's code.)
        let number = |gap: &str| -> Option<Option<String>> {
            let inner = in_parentheses(gap)?;
            if inner.is_empty() {
                return Some(None);
            }
            is_document_number(inner).then(|| Some(inner.to_owned()))
        };
        if let Some((key, end)) = &prev
            && let Some(zh_name) = &zh_name
            && h.start > *end
            && let Some(doc_number) = number(&cx.doc.text[*end..h.start])
            && let Some(slot) = cx.slot(EntityKind::Instrument, key)
        {
            cx.mention_again(slot, Some(zh_name.as_str()), n, s);
            if let Some(no) = doc_number
                && cx.entities[slot].code.is_none()
            {
                cx.entities[slot].code = Some(no);
            }
            // (The English name's hit covers the parenthesis: a clause
            // after it, ", which took effect ...", follows that name.)
            let close = cx.doc.text[h.end..]
                .char_indices()
                .take(3)
                .find(|(_, c)| matches!(c, ')' | '）'))
                .map(|(i, c)| h.end + i + c.len_utf8());
            if let Some(close) = close
                && let Some(v) = by_line.get_mut(&n)
                && let Some(hit) = v
                    .iter_mut()
                    .rfind(|x| x.r.0 == EntityKind::Instrument && x.r.1 == *key)
                && cx.doc.line_of(*end) == n
            {
                hit.end = close - cx.doc.line_start(n);
            }
            continue;
        }
        // "The Flight Data Measures are ...": the short name the document
        // gave an instrument before names that instrument.
        if let Some(a) = inst_abbrs
            .iter()
            .find(|a| a.abbr == h.name && a.span.1 <= h.start && !h.draft)
        {
            h.key = a.of.1.clone();
        }
        prev = Some((h.key.clone(), h.end));
        // ("*Provisions on X* (the "Provisions")": after the name's
        // emphasis.)
        let after = &cx.doc.text[h.end..];
        let rest = after.trim_start_matches(['*', '_']);
        let skip = after.len() - rest.len();
        if let Some(head) = abbreviations::defined_head(rest) {
            cx.defined
                .push((head.to_owned(), (EntityKind::Instrument, h.key.clone())));
        }
        if let Some((a, close)) = abbreviation_after(rest) {
            // (A short name ending in a type word, "Interim Measures", is
            // the instrument's own: "the Measures" is then another's.)
            if a.rsplit_once(' ')
                .is_some_and(|(_, w)| crate::extract::instruments::is_head_word(w))
            {
                cx.defined
                    .push((a.to_owned(), (EntityKind::Instrument, h.key.clone())));
            }
            let law = h.etype == "law" || h.etype == "regulation";
            inst_abbrs.push(Abbreviation {
                abbr: a.to_owned(),
                of: (EntityKind::Instrument, h.key.clone()),
                span: (h.start, h.end + skip + close),
                cat: Cat::Instrument { law },
            });
        }
        // A standard's title right after its code ("TC260-PG-20261A,
        // Cybersecurity Standard Practice Guide — ...") names no instrument,
        // nor does a part of it ("TC260-PG-20261A \"Practice Guide —
        // Guidelines for X\"").
        let line = cx.doc.line(n);
        let len = h.end - h.start;
        let title = by_line.get(&n).and_then(|v| {
            v.iter().find_map(|x| {
                let gap = s
                    .checked_sub(x.end)
                    .filter(|&g| g <= 160 && x.cat == Cat::Standard)?;
                let t = super::codes::title_after(line, x.end)?;
                if gap <= 3 {
                    (t.len() + gap >= len).then(|| (x.r.clone(), t.len() + gap))
                } else {
                    // (Only a title set off in quotes: an unquoted one may
                    // run on into the sentence's verb and object.)
                    let opened = line[x.end..s]
                        .trim_start_matches([' ', ',', ':'])
                        .starts_with(['"', '“', '«', '*', '_']);
                    let inner = line.get(s..s + len)?;
                    // (Or a title in the shape "Subject — Aspect" whose
                    // aspect it is: "GB/T X Data security technology —
                    // Identification guideline of Y".)
                    let within = || {
                        let at = x.end + line[x.end..].find(t.as_str())?;
                        let dashed = line[at..s].contains(['—', '–']);
                        (dashed && s + len <= at + t.len()).then_some(())
                    };
                    ((opened && gap < t.len() && t.contains(inner)) || within().is_some())
                        .then(|| (x.r.clone(), len))
                }
            })
        });
        // (Or right before its code in parentheses: "the Cybersecurity
        // Standard Practice Guide — Security requirements for X
        // (TC260-PG-20294A)".)
        let title = title.or_else(|| {
            let inner = line.get(s..s + len)?;
            by_line.get(&n)?.iter().find_map(|x| {
                let gap = x.start.checked_sub(s + len)?;
                (x.cat == Cat::Standard
                    && gap <= 160
                    && line[s + len..x.start].trim_end().ends_with(['(', '（'])
                    && titled::title_before_code(line, x.start, &x.r.1)
                        .is_some_and(|t| t.contains(inner)))
                .then(|| (x.r.clone(), len))
            })
        });
        if let Some((r, len)) = title {
            by_line.entry(n).or_default().push(Hit {
                start: s,
                end: (s + len).min(line.len()),
                r,
                cat: Cat::Title,
            });
            continue;
        }
        // An instrument this loop has drafted is only named again (a draft
        // marker still takes the full path: it may set a status).
        if !h.draft
            && let Some(slot) = cx.slot(EntityKind::Instrument, &h.key)
            && drafted.contains(&slot)
        {
            cx.mention_again(slot, (h.name != h.key).then_some(h.name.as_str()), n, s);
            by_line.entry(n).or_default().push(Hit {
                start: s,
                end: s + (h.end - h.start),
                r: (EntityKind::Instrument, h.key),
                cat: Cat::Instrument {
                    law: h.etype == "law" || h.etype == "regulation",
                },
            });
            continue;
        }
        let mut d = EntityDraft::new(EntityKind::Instrument, h.key.clone(), h.etype);
        d.name = Some(h.name.clone());
        if h.name != h.key {
            d.aliases.push(h.name.clone());
        }
        d.aliases.extend(h.alias.clone());
        if h.draft {
            d.status = Some("draft".into());
        }
        // Its document number in parentheses right after it: "the
        // Regulations (State Council Decree No. 790)".
        d.code = document_number(rest);
        let me = d.entity_ref();
        drafted.insert(cx.mention(d, n, s));
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
        // "Decision on Amending the X Law", "Amendment to the X Law": it
        // amends the law.
        // "SAC Announcement No. 5 of 2027" is issued by the body it names.
        if h.etype == "announcement"
            && let Some((who, _)) = h.key.split_once(" Announcement")
        {
            for b in bodies::find_known(who) {
                cx.link_at(
                    me.clone(),
                    RelationKind::IssuedBy,
                    (b.kind, b.key),
                    n,
                    s,
                    false,
                );
            }
        }
        if let Some((law, by)) = amended_law(&h.key) {
            // (A body inside an instrument's name is drafted here, not
            // with the others.)
            for b in by.map(bodies::find_known).unwrap_or_default() {
                let mut d = EntityDraft::new(b.kind, b.key.clone(), b.etype);
                if let Some(k) = bodies::body(&b.key) {
                    d.name = Some(k.name.to_owned());
                }
                d.aliases.push(b.written);
                cx.mention(d, n, s);
                cx.link_at(
                    me.clone(),
                    RelationKind::IssuedBy,
                    (b.kind, b.key),
                    n,
                    s,
                    false,
                );
            }
            let mut d = EntityDraft::new(EntityKind::Instrument, law.clone(), "law");
            d.name = Some(law.clone());
            cx.add(d);
            cx.link_at(
                me.clone(),
                RelationKind::Amends,
                (EntityKind::Instrument, law),
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

    abbreviation_mentions(cx, &mut by_line, &inst_abbrs);
    notices::notices_issuing(cx, &by_line);

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

    body_hits::draft_bodies(cx, finds.known, finds.shapes, &mut by_line);
    signatures::signed_issuers(cx, &by_line);
    // Departments inside a ministry: part_of the body named after "under".
    for (start, _, name, after) in finds.departments {
        let (n, s) = place(cx, start);
        let (_, a) = place(cx, after);
        // ("Department of X, MIIT": after a comma only a ministry, not the
        // next name of a list: "Department of Education, Y University".)
        let comma = cx.doc.text[..after].ends_with(", ");
        // (Its owner's possessive before it ends where `after` is.)
        let owned = after < start;
        let parent = by_line
            .get(&n)
            .and_then(|v| {
                v.iter().find(|h| {
                    h.cat == Cat::Body
                        && if owned {
                            h.end == a
                        } else {
                            h.start >= a && h.start <= a + 2
                        }
                })
            })
            .map(|h| h.r.clone())
            .filter(|p| !comma || p.0 == EntityKind::Authority);
        if let Some(p) = parent {
            let mut d = EntityDraft::new(p.0, format!("{} ({})", name, p.1), "department");
            d.name = Some(name.clone());
            let me = d.entity_ref();
            cx.mention(d, n, s);
            cx.link_at(me, RelationKind::PartOf, p, n, s, false);
        }
    }

    // Events, with their date and place. An agenda or a deck is about the
    // event its header names: undated there, it takes the document's date.
    let header_end = records.iter().map(|r| r.lines.0).min().unwrap_or(0);
    let about_event = matches!(
        cx.doc.kind,
        crate::model::DocKind::Agenda | crate::model::DocKind::Slides
    );
    for h in finds.events {
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
        // (Undated, the document lends its record's year: a listing's item.)
        let year = year.or_else(|| {
            let o = cx.rec_of.get(n as usize).copied().flatten()?;
            Some(records.iter().find(|r| r.ordinal == o)?.date?.year)
        });
        if let Some(m) = held_after(&line[(s + len).min(b)..b], year)
            .or_else(|| dates::first_date(&line[a..b], year))
        {
            held_dates(&mut d, m);
        } else if (about_event && n < header_end || h.labelled && n <= 3)
            && let Some(date) = cx.doc.date
        {
            d.dates.push(DatedFact {
                date,
                what: "held".into(),
            });
            if let Some(end) = cx.doc.date_end {
                d.dates.push(DatedFact {
                    date: end,
                    what: "ends".into(),
                });
            }
        }
        // (An agenda's header may name the venue: "Venue: X".)
        // (So may the lines under a titled event: "Location: X".)
        let header_venue = || {
            let lines = if about_event && n < header_end {
                1..header_end
            } else if h.labelled && n <= 3 {
                n + 1..n + 8
            } else {
                return None;
            };
            lines
                .take_while(|&l| l as usize <= cx.doc.line_count())
                .find_map(|l| events::venue_label(cx.doc.line(l)))
        };
        // ("CESI will host the 2029 X Forum in Beijing on D": the place
        // right after the name.)
        if let Some(p) = events::place_after(&line[s..b])
            .or_else(|| line.get(s + len..b).and_then(events::listed_place))
            .or_else(|| line.get(s + len..b).and_then(held::place_in))
            .or_else(|| line.get(s + len..).and_then(events::place_after_zh))
            .or_else(header_venue)
        {
            d.place = Some(p);
        }
        let me = d.entity_ref();
        cx.mention(d, n, s);
        // "Plenary Meeting of SAC/TC 999": the committee named in the
        // event's name holds it.
        let holder = by_line.get(&n).and_then(|v| {
            v.iter()
                .find(|x| x.cat == Cat::Committee && x.start >= s && x.end <= s + len)
                .map(|x| x.r.clone())
        });
        if let Some(c) = holder {
            cx.link_at(me.clone(), RelationKind::IssuedBy, c, n, s, false);
        }
        // A titled event's header: "Organized by X and Y" on a line below.
        if h.labelled {
            organizers::labelled_event_organizers(cx, &by_line, &me, n);
        }
        by_line.entry(n).or_default().push(Hit {
            start: s,
            end: s + len,
            r: me,
            cat: Cat::Event,
        });
    }
    // A name wrapped onto the next line ("State\nCouncil") is placed on its
    // first line and ends with it: the rules read one line at a time.
    // (Names may nest: an event's name holds its committee's code.)
    for (&n, v) in by_line.iter_mut() {
        let len = cx.doc.line(n).len();
        for h in v.iter_mut() {
            h.end = h.end.min(len);
            h.start = h.start.min(h.end);
        }
        v.sort_by_key(|h| h.start);
    }
    labels::parenthetical_issuers(cx, &by_line);
    held::held_events(cx, &mut by_line, rec_home, year);
    held::code_meetings(cx, &mut by_line, year);

    committee_rules::named_working_groups(cx, records, rec_home);
    abbreviation_aliases(cx);
    read_links(cx, records, rec_home, session, &by_line, year);
    for r in records {
        fields::standard_fields(cx, r, &by_line, year);
    }
}

/// The law an amending instrument names: "Decision on Amending the
/// Cybersecurity Law of the People's Republic of China" → "Cybersecurity
/// Law", "Amendment to the X Law" → "X Law".
/// A decision may name who took it: "Decision of the NPCSC on Amending
/// ..." (the second value).
fn amended_law(name: &str) -> Option<(String, Option<&str>)> {
    static AMENDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:Draft )?(?:Decision(?: of (?:the )?(?P<by>.{2,80}?))? on (?:Amending|Revising)|Amendments? to) (?:the )?(?P<law>.+)$",
        )
        .expect("amending regex")
    });
    let c = AMENDING.captures(name)?;
    let law = instruments::instrument_key(c.name("law")?.as_str(), "law");
    (law.ends_with(" Law") && law.split(' ').count() >= 2)
        .then(|| (law, c.name("by").map(|b| b.as_str())))
}

/// The date after "was held" ("X was held in Wuxi from 19 to 20 October"),
/// which beats a dateline before the name ("Wuxi, 21 October — X was held").
fn held_after(after: &str, year: Option<i32>) -> Option<dates::DateMatch> {
    let verb = [
        "was held",
        "were held",
        "took place",
        "will be held",
        "will take place",
    ]
    .iter()
    .filter_map(|v| after.find(v).map(|i| i + v.len()))
    .min()
    .filter(|&i| i <= 30)?;
    dates::first_date(&after[verb..], year).filter(|d| d.start <= 60)
}

/// An event's dates: when it was held and, for a range, when it ended.
pub(super) fn held_dates(d: &mut EntityDraft, m: dates::DateMatch) {
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

/// Whether words in parentheses after an instrument are its document
/// number: "State Council Decree No. 790", "Fa Gai Neng Yuan [2025] No.
/// 1388", "国办发〔2024〕12号".
fn is_document_number(inner: &str) -> bool {
    inner.len() <= 60
        && !inner.contains([')', '）', '(', '（', '《', ';', '"', '“'])
        && (inner.contains("No.") || inner.ends_with('号'))
        && inner.bytes().any(|b| b.is_ascii_digit())
}

/// What a parenthesis at the start of `s` holds, up to its close or a
/// Chinese title mark (`(Decree No. 790)`, `(Fa Gai [2025] No. 1388, 《`),
/// without the punctuation before that.
fn in_parentheses(s: &str) -> Option<&str> {
    let inner = s.trim_start().strip_prefix(['(', '（'])?;
    let end = inner.find([')', '）', '《']).unwrap_or(inner.len());
    Some(
        inner[..end]
            .trim_end_matches([',', '，', ';', '；', '、', ' '])
            .trim(),
    )
}

/// The document number in parentheses at the start of `rest` (right after
/// an instrument's name), if that is what they hold.
fn document_number(rest: &str) -> Option<String> {
    in_parentheses(rest)
        .filter(|inner| is_document_number(inner))
        .map(str::to_owned)
}
