//! Events written in lower case as what a body did: "SAC/TC611 held its
//! third plenary meeting in Shenzhen", "BAAI hosted its annual conference",
//! "the subcommittee held its 2026 plenary meeting on 12 March 2026". The
//! event is named after its organizer (the committee or body before the
//! verb), which is linked as its organizer (`issued_by`).

use super::patterns::re;
use super::{Cat, Hit, LineHits, place};
use crate::extract::{Cx, dates, events, instruments, sentence_bounds};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{EntityKind, RelationKind};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// What an event written in lower case may be called, and how it may be
/// qualified ("2026", "third", "annual").
const QUALIFIER: &str = r"(?:(?P<q>(?:\d{4} )?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|\d{4}|annual|inaugural|founding|\d{4} annual|annual working) )?";
const HEAD: &str = r"(?P<head>plenary meeting|plenary session|plenary|annual meeting|conference|forum|symposium|seminar|workshop|webinar|training session|summit|meeting)";

/// "X held its third plenary meeting".
static HELD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?:held|convened|hosted|organi[sz]ed|holds|convenes|hosts|will hold|will convene|will host) (?P<det>its|their|the|a|an) {QUALIFIER}{HEAD}s?(?-u:\b)"
    ))
});

/// "The 2025 plenary meeting of SAC/TC 124 was held in Chongqing": the
/// organizer is named between "of" and the verb; "The 15th meeting will be
/// held in Stockholm": the committee the record is about; "The conference,
/// hosted by X, was held from D1 to D2": the event the record named before.
static HELD_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?P<det>[Tt]he|[Ii]ts|[Tt]heir) {QUALIFIER}{HEAD}(?: of (?P<org>(?u:[^.;\n]){{2,120}}?))?(?:,(?u:[^.;\n,]){{2,120}},)? (?:(?:was|were|will be|is to be) (?:held|convened|hosted)|took place|takes place|will take place)(?-u:\b)"
    ))
});

/// "the subcommittee held ...": the committee the record is about.
const PRONOUN_SUBJECTS: &[&str] = &[
    "the committee",
    "the subcommittee",
    "the sub-committee",
    "the working group",
    "the tc",
    "the sc",
    "the wg",
];

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Drafts the events found by [`HELD`] and adds their hits to `by_line`.
pub(super) fn held_events(
    cx: &mut Cx,
    by_line: &mut LineHits,
    rec_home: &BTreeMap<u32, String>,
    year: Option<i32>,
) {
    let text = cx.doc.text.as_str();
    // (start, end, start of the event word, qualifier, event word, "the",
    // where the organizer is named in a passive sentence).
    type Found = (
        usize,
        usize,
        usize,
        Option<String>,
        String,
        bool,
        Option<(usize, usize)>,
        bool,
    );
    let read = |c: regex::Captures, passive: bool, off: usize| -> Found {
        let m = c.get(0).expect("whole match");
        let org = c.name("org").map(|o| (off + o.start(), off + o.end()));
        (
            off + m.start(),
            off + m.end(),
            off + c.name("head").map_or(m.start(), |h| h.start()),
            c.name("q").map(|q| q.as_str().to_owned()),
            c["head"].to_owned(),
            // "The plenary meeting of X was held": an event of its own.
            !passive && &c["det"] == "the",
            org,
            passive,
        )
    };
    let mut found: Vec<Found> = HELD
        .captures_iter(text)
        .map(|c| read(c, false, 0))
        .collect();
    // The passive form only on the lines that hold its verb (its pattern
    // starts with "the", which is everywhere).
    for (a, b) in lines_with_verb(text) {
        found.extend(
            HELD_PASSIVE
                .captures_iter(&text[a..b])
                .map(|c| read(c, true, a)),
        );
    }
    found.sort_by_key(|f| f.0);
    for (start, end, head_at, q, head, the, org, passive) in found {
        // A meeting is an event only when numbered or dated ("its 14th
        // meeting", "the 2026 meeting"), not "held a meeting with ...".
        if head.eq_ignore_ascii_case("meeting") && q.is_none() {
            continue;
        }
        let (n, s) = place(cx, start);
        let e = s + (end - start);
        let line = cx.doc.line(n);
        // "The forum was hosted by X": the organizers after "by" are read
        // with the event named before (see `organizers`).
        if passive && org.is_none() && q.is_none() && line[e..].starts_with(" by ") {
            continue;
        }
        let (a, b) = sentence_bounds(line, s);
        // The organizer: the committee or body nearest before the verb in
        // the sentence (in a passive one: named after "of"), else the
        // record's committee for "the subcommittee".
        let hits = by_line.get(&n).map(Vec::as_slice).unwrap_or(&[]);
        let org = org.map(|(os, oe)| (os - start + s, oe - start + s));
        let subject: Option<(EntityRef, String)> = hits
            .iter()
            .rev()
            .find(|h| {
                matches!(h.cat, Cat::Committee | Cat::Body)
                    && match org {
                        Some((os, oe)) => h.start >= os && h.end <= oe,
                        // (A name in parentheses between does not count:
                        // "TC609 (the National Technical Committee on X)
                        // held its first plenary meeting".)
                        None => {
                            h.end <= s && h.start >= a && {
                                let gap = line[h.end..s].trim_start();
                                let gap =
                                    match gap.strip_prefix('(').and_then(|g| g.split_once(')')) {
                                        Some((inside, rest)) if inside.len() <= 120 => rest,
                                        _ => gap,
                                    };
                                gap.len() <= 40
                            }
                        }
                    }
            })
            .map(|h| (h.r.clone(), line[h.start..h.end].trim().to_owned()))
            .or_else(|| {
                let before = line[a..s].trim_end().to_ascii_lowercase();
                let pronoun = PRONOUN_SUBJECTS.iter().any(|p| before.ends_with(p));
                // Only a committee of the level the pronoun names.
                let level = |c: &&String| {
                    let last = c.rsplit('/').next().unwrap_or("");
                    match before.rsplit(' ').next().unwrap_or("") {
                        "subcommittee" | "sub-committee" | "sc" => last.starts_with("SC"),
                        "group" | "wg" => last.starts_with("WG") || last.starts_with("SWG"),
                        _ => last.starts_with("TC"),
                    }
                };
                let home = cx.rec_of[n as usize].and_then(|o| rec_home.get(&o));
                // ("The 15th meeting will be held in X": of no one named.)
                let unnamed = passive && org.is_none();
                // (Else the committee the document's title names: "Minutes
                // of the 14th meeting of CEN-CENELEC JTC 13".)
                // The record's title line first, then the document's.
                let ord = cx.rec_of[n as usize];
                let mut first = n;
                while first > 1 && ord.is_some() && cx.rec_of[first as usize - 1] == ord {
                    first -= 1;
                }
                let committee_on = |lines: std::ops::RangeInclusive<u32>| {
                    by_line
                        .range(lines)
                        .flat_map(|(_, v)| v.iter())
                        .find(|h| h.cat == Cat::Committee)
                        .map(|h| h.r.1.clone())
                };
                let titled = || committee_on(first..=first).or_else(|| committee_on(1..=3));
                // ("The committee held ..." in a record about one of its
                // subcommittees: the committee above it.)
                let up = || {
                    let h = home?;
                    let tc = &h[..h.find("/SC")?];
                    Some(tc.to_owned()).filter(|t| level(&t))
                };
                if unnamed {
                    titled().or_else(|| home.cloned())
                } else if pronoun {
                    home.filter(level).cloned().or_else(up)
                } else {
                    None
                }
                .map(|c| ((EntityKind::Committee, c.clone()), c))
            });
        let Some((organizer, written)) = subject else {
            // "The conference, hosted by X, was held from 5 to 7 November
            // in Nanjing": the event the record named before, dated.
            if passive && org.is_none() && q.is_none() {
                date_named_before(cx, by_line, (n, s, e), year);
            }
            continue;
        };
        // An event already named here ("TC 124 Plenary Meeting") stays as is.
        if hits
            .iter()
            .any(|h| h.cat == Cat::Event && h.start < e && s < h.end)
        {
            continue;
        }
        let short = match organizer.0 {
            EntityKind::Committee => organizer.1.clone(),
            _ if written.len() <= 12 => written.clone(),
            _ => organizer.1.clone(),
        };
        // The date written with the event ("on 12 March 2026"), else the
        // one the sentence opens with ("From 20 to 22 May 2026, X held ...").
        // ("... was held in Chongqing from 16 to 17 September": a place
        // may come first.)
        let near = if passive || line[e..b].starts_with(" in ") {
            40
        } else {
            12
        };
        // ("will hold a training session on the new standards in Shenzhen
        // on 8 December": further on, after what the event is about, when
        // no clause comes between.)
        let date = dates::first_date(&line[e..b], year)
            .filter(|d| d.start <= near || about_then_date(&line[e..e + d.start]))
            .or_else(|| dates::first_date(&line[a..s], year));
        let head = title_case(&head);
        let mut name = match q.as_deref() {
            Some(q) => format!("{short} {} {head}", title_case(q)),
            None => format!("{short} {head}"),
        };
        // "held the 18th meeting of the Widget Security Working Group": a
        // meeting of the group named after it.
        if head == "Meeting"
            && let Some(of) = meeting_of(&line[e..b])
        {
            name = format!(
                "{} {head} of the {of}",
                title_case(q.as_deref().unwrap_or(""))
            );
        }
        // One meeting a year: an unnumbered one is named by its year.
        let numbered = q
            .as_deref()
            .is_some_and(|q| q.chars().any(|c| c.is_ascii_digit()) || !q.contains("annual"));
        if !numbered && let Some(d) = date {
            name = format!("{name} {}", d.date.year);
        }
        let etype = match head.as_str() {
            h if h.starts_with("Plenary") => "plenary",
            "Forum" | "Summit" => "forum",
            "Conference" | "Annual Meeting" => "conference",
            "Webinar" => "webinar",
            "Symposium" | "Seminar" | "Workshop" => "seminar",
            "Training Session" => "training",
            "Meeting" => "meeting",
            _ => "event",
        };
        // The same meeting named in the record's headline ("TC 124 Plenary
        // Meeting in Hangzhou"): this sentence dates it.
        let compact = compact_key;
        let same = record_hits(cx, by_line, n)
            .find(|h| {
                let k = compact(&h.r.1);
                // (Not another meeting of the same body: "the 13th meeting"
                // in the minutes of the 12th.)
                // ("its 2025 annual meeting" under the headline "X holds
                // its annual meeting": a year tells no meeting apart.)
                let numbered = q
                    .as_deref()
                    .map(|q| {
                        let year = |y: &str| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit());
                        if year(q) {
                            ""
                        } else {
                            q.split_once(' ')
                                .filter(|(y, _)| year(y))
                                .map_or(q, |(_, rest)| rest)
                        }
                    })
                    .filter(|q| q.chars().any(|c| c.is_ascii_digit()));
                // ("CCSA TC8 Holds Its 60th Plenary Meeting": the headline
                // names the meeting by its number alone.)
                let bare = numbered.is_some_and(|q| k == compact(&format!("{q}{head}")));
                h.cat == Cat::Event
                    && (k.contains(&compact(&short)) || bare)
                    && k.contains(&compact(head.split(' ').next().unwrap_or("")))
                    && numbered.is_none_or(|q| k.contains(&compact(q)))
            })
            .map(|h| h.r.1.clone());
        // "MIIT hosted the conference": the one the record named before.
        let same = same.or_else(|| {
            (the && q.is_none())
                .then(|| event_named_before(cx, by_line, n, s))
                .flatten()
        });
        if the && q.is_none() && same.is_none() {
            continue;
        }
        // (Named otherwise by the headline: this name is an alias.)
        let alias = (same.is_some() && q.is_some()).then(|| name.clone());
        let key =
            same.unwrap_or_else(|| events::event_key(&instruments::instrument_key(&name, "")));
        let mut d = EntityDraft::new(EntityKind::Event, key, etype);
        d.name = Some(name);
        d.aliases.extend(alias);
        if let Some(m) = date {
            super::held_dates(&mut d, m);
        }
        d.place = place_in(&line[e..b]);
        let me = d.entity_ref();
        let full = d.name.clone();
        let slot = cx.mention(d, n, head_at - start + s);
        // (A headline's "60th Plenary Meeting" takes its organizer's name,
        // "CCSA/TC8 60th Plenary Meeting"; an undated one its year.)
        let e_ = &mut cx.entities[slot];
        let words_of =
            |s: &str| -> Vec<String> { s.split(' ').map(str::to_ascii_lowercase).collect() };
        if let (Some(full), Some(old)) = (full, e_.name.clone())
            && full.len() > old.len()
            && {
                let w = words_of(&full);
                words_of(&old).iter().all(|o| w.contains(o))
            }
        {
            e_.aliases.retain(|a| *a != full);
            e_.aliases.push(old);
            e_.name = Some(full);
        }
        cx.link_at(me.clone(), RelationKind::IssuedBy, organizer, n, s, false);
        add_event_hit(by_line, n, (s, e), me);
    }
}

/// Whether the words between an event and a date are what it is about,
/// where and how ("on the new standards in Shenzhen", "on GB 1-2029"): a
/// short phrase with no clause of its own (no comma, no relative pronoun,
/// no verb of what a standard does).
fn about_then_date(gap: &str) -> bool {
    let g = gap.to_ascii_lowercase();
    g.len() <= 90
        && g.starts_with(" on ")
        && !g.contains([',', ';', '(', ':'])
        && ![
            " which ",
            " that ",
            " effect",
            " issued",
            " released",
            " published",
            " approved",
            " adopted",
            " will ",
            " was ",
            " were ",
            " is ",
            " are ",
        ]
        .iter()
        .any(|w| g.contains(w))
}

/// "attended the ISO/TC 299 plenary meeting in Tokyo from 14 to 17 October
/// 2026": a committee's code followed by its (lower-case) plenary or
/// annual meeting is an event of that committee, named by its code and
/// year, dated and placed by what follows. (Undated and without a year,
/// it names no one meeting and is left alone.)
pub(super) fn code_meetings(cx: &mut Cx, by_line: &mut LineHits, year: Option<i32>) {
    static AFTER_CODE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^ (?:(?P<y>(?:19|20)\d{2}) )?(?P<head>plenary(?: meeting| session)?|annual meeting)(?-u:\b)",
        )
    });
    let mut found = Vec::new();
    for (&n, hits) in by_line.iter() {
        let line = cx.doc.line(n);
        for h in hits.iter().filter(|h| h.cat == Cat::Committee) {
            let Some(m) = line.get(h.end..).and_then(|t| AFTER_CODE.captures(t)) else {
                continue;
            };
            let e = h.end + m.get(0).map_or(0, |x| x.end());
            if hits
                .iter()
                .any(|x| x.cat == Cat::Event && x.start < e && h.start < x.end)
            {
                continue;
            }
            let (_, b) = sentence_bounds(line, h.start);
            let rest = &line[e.min(b)..b];
            let date = dates::first_date(rest, year).filter(|d| d.start <= 40);
            let y = m
                .name("y")
                .and_then(|y| y.as_str().parse::<i32>().ok())
                .or(date.as_ref().map(|d| d.date.year));
            let Some(y) = y else { continue };
            let annual = m["head"].starts_with("annual");
            // (A report's headline, "Report: X plenary, Turku, May 2028",
            // names the meeting its text calls "the 31st plenary meeting
            // of X": one event.)
            // (Keys compared as event keys spell them: "TC28/SC42", not
            // "SAC/TC28/SC42".)
            let code = compact_key(&h.r.1);
            let named = record_hits(cx, by_line, n)
                .any(|x| x.cat == Cat::Event && compact_key(&x.r.1).contains(&code));
            if named {
                continue;
            }
            // ("SAC/TC 9 plenary meeting, Beijing, 4 November 2031": a
            // list's city after the name.)
            let place = place_in(rest).or_else(|| events::listed_place(rest));
            found.push((n, h.start, e, h.r.clone(), y, annual, date, place));
        }
    }
    for (n, s, e, organizer, y, annual, date, place) in found {
        let (head, etype) = if annual {
            ("Annual Meeting", "conference")
        } else {
            ("Plenary Meeting", "plenary")
        };
        let name = format!("{} {head} {y}", organizer.1);
        let key = events::event_key(&instruments::instrument_key(&name, ""));
        let mut d = EntityDraft::new(EntityKind::Event, key, etype);
        d.name = Some(name);
        if let Some(m) = date {
            super::held_dates(&mut d, m);
        }
        d.place = place;
        let me = d.entity_ref();
        cx.mention(d, n, s);
        cx.link_at(me.clone(), RelationKind::IssuedBy, organizer, n, s, false);
        add_event_hit(by_line, n, (s, e), me);
    }
}

/// A key in lower case without spaces, hyphens or "SAC/": how an event's
/// key and a committee's code are compared.
fn compact_key(k: &str) -> String {
    k.to_ascii_lowercase()
        .replace([' ', '-'], "")
        .replace("sac/", "")
}

/// Every hit of the record line `n` belongs to (none outside a record).
fn record_hits<'a>(cx: &'a Cx, by_line: &'a LineHits, n: u32) -> impl Iterator<Item = &'a Hit> {
    let ord = cx.rec_of[n as usize];
    by_line
        .iter()
        .filter(move |(ln, _)| {
            ord.is_some() && cx.rec_of.get(**ln as usize).copied().flatten() == ord
        })
        .flat_map(|(_, v)| v.iter())
}

/// The event named last before byte `s` of line `n` in the same record:
/// what "the conference" refers back to.
fn event_named_before(cx: &Cx, by_line: &LineHits, n: u32, s: usize) -> Option<String> {
    let ord = cx.rec_of[n as usize];
    ord?;
    by_line
        .range(..=n)
        .rev()
        .filter(|(ln, _)| cx.rec_of.get(**ln as usize).copied().flatten() == ord)
        .flat_map(|(ln, v)| v.iter().rev().filter(move |h| *ln < n || h.end <= s))
        .find(|h| h.cat == Cat::Event)
        .map(|h| h.r.1.clone())
}

/// Records an event found on line `n` (bytes `s..e`) as a hit there, so the
/// rules that read the line after see it.
fn add_event_hit(by_line: &mut LineHits, n: u32, (s, e): (usize, usize), me: EntityRef) {
    let v = by_line.entry(n).or_default();
    v.push(Hit {
        start: s,
        end: e,
        r: me,
        cat: Cat::Event,
    });
    v.sort_by_key(|h| h.start);
}

/// Dates the event named last before byte `s` of line `n` in its record
/// (the one "The conference was held ..." refers back to) with the date
/// and place written after the verb (the sentence's match ends at `e`).
fn date_named_before(
    cx: &mut Cx,
    by_line: &LineHits,
    (n, s, e): (u32, usize, usize),
    year: Option<i32>,
) {
    let Some(ev) = event_named_before(cx, by_line, n, s) else {
        return;
    };
    // (A document with no date of its own: the year the event was dated
    // with before, as by its headline "2026-11-05 The X opens".)
    let year = year.or_else(|| {
        let slot = cx.slot(EntityKind::Event, &ev)?;
        cx.entities[slot].dates.first().map(|d| d.date.year)
    });
    let line = cx.doc.line(n);
    let (_, b) = sentence_bounds(line, s);
    let rest = &line[e.min(b)..b];
    let Some(date) = dates::first_date(rest, year).filter(|d| d.start <= 40) else {
        return;
    };
    let mut d = EntityDraft::new(EntityKind::Event, ev, "");
    super::held_dates(&mut d, date);
    d.place = place_in(rest);
    cx.add(d);
}

/// The name after a meeting's "of": " of the Widget Security Working
/// Group and ..." → "Widget Security Working Group" (capitalized words, a
/// group or committee of two words or more).
fn meeting_of(rest: &str) -> Option<&str> {
    let r = rest.strip_prefix(" of ")?;
    let r = r.strip_prefix("the ").unwrap_or(r);
    let mut end = 0;
    let mut words = 0;
    for w in r.split(' ') {
        let small = matches!(w, "of" | "for" | "on" | "and");
        let cap = w.starts_with(|c: char| c.is_ascii_uppercase());
        if !(cap || small && words > 0) {
            break;
        }
        end += w.len() + 1;
        words += usize::from(cap);
        if w.ends_with([',', '.', ';', ':']) {
            break;
        }
    }
    let name = r[..end.min(r.len())]
        .trim_end()
        .trim_end_matches([',', '.', ';', ':']);
    let name = name
        .trim_end_matches(" and")
        .trim_end_matches(" of")
        .trim_end_matches(" for")
        .trim_end_matches(" on");
    let group = [
        "Group",
        "Committee",
        "Subcommittee",
        "Alliance",
        "Association",
    ]
    .iter()
    .any(|g| name.ends_with(g));
    (words >= 2 && group).then_some(name)
}

/// The byte ranges of the lines of `text` that hold "held", "convened",
/// "hosted" or "(took) place", in order.
fn lines_with_verb(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    // One fast single-word search per verb (rare words: few hits).
    let mut at: Vec<usize> = [&b" held"[..], b" convened", b" hosted", b" place"]
        .iter()
        .flat_map(|w| memchr::memmem::find_iter(bytes, w))
        .collect();
    at.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for p in at {
        if out.last().is_some_and(|&(_, e)| p < e) {
            continue;
        }
        let a = memchr::memrchr(b'\n', &bytes[..p]).map_or(0, |i| i + 1);
        let b = memchr::memchr(b'\n', &bytes[p..]).map_or(text.len(), |i| p + i);
        out.push((a, b));
    }
    out
}

/// "in Shenzhen", "on 12 March 2026 in Hangzhou": the city after the event.
pub(super) fn place_in(rest: &str) -> Option<String> {
    static IN: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:\s+(?:on|from|(?:is\s+|was\s+)?scheduled\s+(?:for|on))\s+(?u:[^,.;]){1,30}?)?\s+in\s+([A-Z][a-z]+(?:(?:'|’)[a-z]+)?(?:\s[A-Z][a-z]+)?)",
        )
    });
    IN.captures(rest)
        .map(|c| c[1].to_owned())
        .filter(|p| crate::extract::events::can_be_place(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_group_a_meeting_is_of() {
        assert_eq!(
            meeting_of(" of the Automotive Widget Standards Working Group and a series"),
            Some("Automotive Widget Standards Working Group")
        );
        assert_eq!(meeting_of(" of experts in Beijing"), None);
        assert_eq!(meeting_of(" of the Board"), None);
        assert_eq!(
            meeting_of(" of the Widget Working Group. The session"),
            Some("Widget Working Group")
        );
    }

    #[test]
    fn places_after_the_event() {
        assert_eq!(place_in(" in Shenzhen.").as_deref(), Some("Shenzhen"));
        assert_eq!(
            place_in(" on 12 March 2026 in Hangzhou").as_deref(),
            Some("Hangzhou")
        );
        assert_eq!(place_in(" with experts in Hangzhou"), None);
        assert_eq!(place_in(" in June 2027"), None);
    }

    #[test]
    fn what_an_event_is_about_before_its_date() {
        assert!(about_then_date(" on the new standards in Shenzhen "));
        assert!(about_then_date(" on GB 99501-2029 "));
        assert!(!about_then_date(" on the standard, which takes effect "));
        assert!(!about_then_date(" with experts "));
    }
}
