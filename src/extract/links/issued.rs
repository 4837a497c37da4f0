//! Who issued an instrument and when, read from one sentence: "X (and Y)
//! released the Z on D", "the Z, jointly issued by X and Y in D", "the Z,
//! which X issued on D", "The Z was issued by X".

use super::committee_rules::Sentence;
use super::patterns::*;
use super::standards::comment_deadline;
use super::subjects::refers_to;
use super::{Cat, Hit};
use crate::extract::{Cx, dates};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, RelationKind};
use regex::Match;

/// What the issue rules read in one sentence.
struct Issue<'a, 'h> {
    s: &'a Sentence<'a>,
    instruments: &'a [&'a &'h Hit],
    issuers: &'a [&'a &'h Hit],
    main: Option<&'a EntityRef>,
    year: Option<i32>,
    evidence: &'a dyn Fn() -> String,
}

impl Issue<'_, '_> {
    /// A hit's position in the sentence.
    fn rel(&self, h: &Hit) -> usize {
        h.start - self.s.at
    }
}

/// Dates instrument `key` (`what`: "released", "draft released").
fn date_instrument(cx: &mut Cx, key: &str, date: crate::model::PartialDate, what: &str) {
    let mut e = EntityDraft::new(EntityKind::Instrument, key.to_owned(), "");
    e.dates.push(DatedFact {
        date,
        what: what.into(),
    });
    cx.add(e);
}

/// The issue links of a sentence with an issue verb.
pub(super) fn issue_links(
    cx: &mut Cx,
    s: &Sentence,
    instruments: &[&&Hit],
    issuers: &[&&Hit],
    main: Option<&EntityRef>,
    year: Option<i32>,
    evidence: &dyn Fn() -> String,
) {
    let sent = s.text;
    let verbs: Vec<Match> = issue_verbs(sent).collect();
    let Some(&v) = verbs.first() else {
        return;
    };
    let is = Issue {
        s,
        instruments,
        issuers,
        main,
        year,
        evidence,
    };
    let rel = |h: &Hit| is.rel(h);
    // "SAMR introduced the X, jointly issued by A and B in D": a later
    // participle right after the first verb's object tells who issued it
    // and when; the first verb's subject and date do not.
    let late = verbs[1..]
        .iter()
        .find_map(|p| participle_after(sent, p, instruments, &rel).map(|h| (*p, h)));
    let told_later = late.map(|(_, h)| h);
    adoption_note(cx, &is, v);
    object_links(cx, &is, v, told_later);
    by_links(cx, &is, v);
    if let Some((p, _)) = late {
        by_links(cx, &is, p);
    }
    passive_dated(cx, &is, v);
}

/// "The X were issued in August 2021", "the X issued in August 2021": the
/// release date of a name right before a passive verb or a participle with
/// no issuer.
fn passive_dated(cx: &mut Cx, is: &Issue, v: Match) {
    let (sent, instruments, year) = (is.s.text, is.instruments, is.year);
    let rel = |h: &Hit| is.rel(h);
    let after = &sent[v.end()..];
    let Some(t) = after
        .strip_prefix(" in ")
        .or_else(|| after.strip_prefix(" on "))
    else {
        return;
    };
    let Some(inst) = instruments.iter().rev().find(|h| rel(h) < v.start()) else {
        return;
    };
    let gap = &sent[rel(inst) + (inst.end - inst.start)..v.start()];
    // (A note in parentheses after the name: "the X (Trial) were issued".)
    let gap = gap
        .trim_start()
        .strip_prefix('(')
        .and_then(|g| g.split_once(')'))
        .map_or(gap, |(_, g)| g);
    // (Or a participle right after it: "the X (Trial) issued in August
    // 2021", "the X, issued on D, ...".)
    if !(passive_gap(gap) || matches!(gap.trim(), "" | ",")) {
        return;
    }
    if let Some(d) = dates::date_at_start(t, year) {
        date_instrument(cx, &inst.r.1, d.date, "released");
    }
}

/// The instrument a participle ("issued by") right after a name is about:
/// "the X, jointly issued by", "the X issued by".
fn participle_after<'h>(
    sent: &str,
    p: &Match,
    instruments: &[&&'h Hit],
    rel: &dyn Fn(&Hit) -> usize,
) -> Option<&'h Hit> {
    if !sent[p.end()..].starts_with(" by ") {
        return None;
    }
    let h = instruments.iter().rev().find(|h| rel(h) < p.start())?;
    let gap = sent.get(rel(h) + (h.end - h.start)..p.start())?;
    participle_gap(gap).then_some(**h)
}

/// The words between a name and a participle about it ("the X, jointly
/// issued by").
fn participle_gap(gap: &str) -> bool {
    // (A short name the document gives it may come between: "the X (the
    // \"Audit Measures\"), issued by".)
    // (The name's emphasis may close first: "*the X* issued by".)
    let g = gap.trim().trim_start_matches(['*', '_']).trim_start();
    let g = g
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(alias, _)| alias.len() <= 60)
        .map_or(g, |(_, rest)| rest.trim());
    matches!(g, "," | "" | ", jointly" | "jointly")
}

/// The words between a name and the passive verb it is the subject of
/// ("The X was jointly issued by").
fn passive_gap(gap: &str) -> bool {
    let g = gap.trim().trim_start_matches(['*', '_']).trim_start();
    let g = g.strip_suffix(" jointly").unwrap_or(g);
    matches!(g, "was" | "were" | "has been" | "have been" | "had been")
}

/// "X (and Y) released the Z (on D)": Z's issuers before the verb, its
/// release date, and whether it is a draft.
fn object_links(cx: &mut Cx, is: &Issue, v: Match, told_later: Option<&Hit>) {
    let (sent, n, instruments, issuers, year, evidence) = (
        is.s.text,
        is.s.n,
        is.instruments,
        is.issuers,
        is.year,
        is.evidence,
    );
    let rel = |h: &Hit| is.rel(h);
    let passive = sent[..v.start()].trim_end().ends_with("was")
        || sent[..v.start()].trim_end().ends_with("were");
    // ("The X, issued by Y in D, ...": a participle about the name
    // before it; the one after is no object.)
    let participle = sent[v.end()..].starts_with(" by ");
    let object = instruments
        .iter()
        .find(|h| rel(h) >= v.end())
        .filter(|h| {
            // ("released the draft standard *X* ..., in line with the Y
            // Plan": a standard is the object, the plan only referred to;
            // "the National Standard Announcement" is a name.)
            let gap = &sent[v.end()..rel(h)];
            !SUPPORT_PHRASE.is_match(gap)
                && !LEGAL_BASIS_PHRASE.is_match(gap)
                && !gap.contains(" under ")
                && !gap
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == "standard")
        })
        .filter(|_| !participle)
        // (Its issuers and date are told by a participle after it.)
        .filter(|h| told_later.is_none_or(|t| !std::ptr::eq(***h, t)));
    if let Some(inst) = object {
        if !passive {
            for b in issuers.iter().filter(|h| rel(h) < v.start()) {
                // "TC260 is drafting X, while MIIT issued the Y":
                // the subject of another clause is not the issuer.
                if another_clause(&sent[rel(b)..v.start()]) {
                    continue;
                }
                // "the Secretariat of X of SAC": SAC is not the issuer.
                // (But "the 18th session of the NPCSC adopted the X": a
                // body's meeting acts for it.)
                let before = sent[..rel(b)].trim_end();
                let owner = before
                    .strip_suffix(" of the")
                    .or_else(|| before.strip_suffix(" of"));
                let meeting = owner.is_some_and(|o| {
                    let w = o.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
                    matches!(w.as_str(), "session" | "meeting" | "sitting" | "plenary")
                });
                if (owner.is_some() || before.ends_with(" under the")) && !meeting {
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
            // "MIIT issued the X together with SAMR": co-issuers after it.
            let mut at = rel(inst) + (inst.end - inst.start);
            let co = [
                " together with ",
                ", together with ",
                " jointly with ",
                " along with ",
            ]
            .iter()
            .find(|w| sent[at..].starts_with(**w));
            if let Some(w) = co {
                at += w.len();
                let from = at;
                for b in issuers.iter().filter(|h| rel(h) >= from) {
                    let gap = sent[at..rel(b)].trim();
                    if !matches!(
                        gap,
                        "" | "and" | "," | ", and" | "the" | "and the" | ", the"
                    ) {
                        break;
                    }
                    cx.link(
                        inst.r.clone(),
                        RelationKind::IssuedBy,
                        b.r.clone(),
                        n,
                        &evidence(),
                        false,
                    );
                    at = rel(b) + (b.end - b.start);
                }
            }
        }
        // "released the draft Guidelines for X for public comments
        // until ...": a draft, written in lower case.
        let before = sent[v.end()..rel(inst)]
            .trim_end_matches([' ', '*', '_'])
            .to_ascii_lowercase();
        let lower_draft = ["draft", "draft of the", "draft of", "draft version of the"]
            .iter()
            .any(|w| before.ends_with(w));
        let draft = lower_draft || inst.r.1.contains("Draft") || cx.is_draft(&inst.r);
        // (Or the date right after the name: "issued the X in
        // January 2027".)
        let after_name = || {
            let rest = &sent[rel(inst) + (inst.end - inst.start)..];
            // (A short note in parentheses between: "the X (Revised) on D".)
            let rest = rest
                .strip_prefix(" (")
                .and_then(|r| r.split_once(')'))
                .filter(|(note, _)| note.len() <= 20 && !note.contains('('))
                .map_or(rest, |(_, r)| r);
            if let Some(t) = rest
                .strip_prefix(" in ")
                .or_else(|| rest.strip_prefix(" on "))
                && let Some(d) = dates::date_at_start(t, year)
            {
                return Some(d);
            }
            // (Or after its subject, in the same clause: "issued
            // Announcement No. 18 on export controls of X on 3 November".)
            let clause = &rest[..rest.find([',', ';', '(']).unwrap_or(rest.len())];
            dates::first_date(clause, year)
                .filter(|d| d.start <= 80 && clause[..d.start].ends_with(" on "))
                .filter(|d| !clause[..d.start].contains(" and "))
        };
        // ("On the same day, MIIT released the X": the date before.)
        if let Some(d) = dates::first_date(sent, year)
            .filter(|d| d.start < v.start() + 40)
            .or_else(after_name)
            .map(|d| d.date)
            .or_else(|| super::same_day::same_day(cx, (n, is.s.at), sent, year))
        {
            let what = if draft { "draft released" } else { "released" };
            date_instrument(cx, &inst.r.1, d, what);
        }
        if draft {
            let mut e = EntityDraft::new(EntityKind::Instrument, inst.r.1.clone(), "");
            e.status = Some("draft".into());
            if let Some(date) = comment_deadline(sent, year) {
                e.dates.push(DatedFact {
                    date,
                    what: "comment deadline".into(),
                });
            }
            cx.add(e);
        }
    }
    // "the Guidelines for X, which MIIT issued on 12 November 2025":
    // the instrument right before "which", its issuers after it.
    if object.is_none()
        && let Some(w) = sent[..v.start()].rfind("which ").map(|w| w + 6)
        && v.start() - w <= 80
        && let Some(inst) = instruments
            .iter()
            .rev()
            .find(|h| rel(h) + (h.end - h.start) <= w)
            .filter(|h| matches!(sent[rel(h) + (h.end - h.start)..w - 6].trim(), "" | ","))
    {
        let who = issuers
            .iter()
            .filter(|h| rel(h) >= w && rel(h) + (h.end - h.start) <= v.start());
        let mut any = false;
        for b in who {
            any = true;
            cx.link(
                inst.r.clone(),
                RelationKind::IssuedBy,
                b.r.clone(),
                n,
                &evidence(),
                false,
            );
        }
        if any {
            // ("... on 12 November 2025", "... in 2026".)
            let after = &sent[v.end()..];
            let date = dates::first_date(after, year)
                .filter(|d| matches!(after[..d.start].trim(), "on" | "in"))
                .map(|d| d.date)
                .or_else(|| year_in(after));
            if let Some(d) = date {
                date_instrument(cx, &inst.r.1, d, "released");
            }
        }
    }
}

/// " in 2026": a year alone after "in" (no code, no longer number).
fn year_in(t: &str) -> Option<crate::model::PartialDate> {
    let y = t.strip_prefix(" in ")?;
    let digits = y.get(..4)?;
    let whole = !y[4..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '/');
    let year: i32 = digits.parse().ok().filter(|y| (1949..=2100).contains(y))?;
    (whole && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| crate::model::PartialDate::y(year))
}

/// A law's adoption note under its title: "(Adopted at the 30th Meeting of
/// the Standing Committee of the Thirteenth National People's Congress on
/// August 20, 2021)", "Promulgated by Decree No. 790 of the State Council on
/// D". It names no instrument: it is about the record's own; the bodies in
/// it adopted it, on the date after "on".
fn adoption_note(cx: &mut Cx, is: &Issue, v: Match) {
    let sent = is.s.text;
    let opening = sent[..v.start()].trim_matches([' ', '(', '（', '*', '_']);
    let Some(main) = is
        .main
        .filter(|_| opening.is_empty() && is.instruments.is_empty())
    else {
        return;
    };
    // (How laws and regulations are passed, not a byline's "Published by".)
    let passed = ["adopted", "promulgated"]
        .iter()
        .any(|w| v.as_str().eq_ignore_ascii_case(w));
    if !passed
        || !matches!(
            sent[v.end()..].split_whitespace().next(),
            Some("at" | "by" | "on")
        )
    {
        return;
    }
    for b in is.issuers.iter().filter(|h| is.rel(h) > v.end()) {
        cx.link(
            main.clone(),
            RelationKind::IssuedBy,
            b.r.clone(),
            is.s.n,
            &(is.evidence)(),
            false,
        );
    }
    if let Some(on) = sent[v.end()..].rfind(" on ").map(|i| v.end() + i + 4)
        && let Some(d) = dates::date_at_start(&sent[on..], is.year)
    {
        date_instrument(cx, &main.1, d.date, "released");
    }
}

/// "Z (was) issued by X (in D)": the bodies after "by" issued Z, the
/// instrument before the verb (or the record's instrument the sentence
/// refers back to).
fn by_links(cx: &mut Cx, is: &Issue, v: Match) {
    let (sent, n, instruments, issuers, main, year, evidence) = (
        is.s.text,
        is.s.n,
        is.instruments,
        is.issuers,
        is.main,
        is.year,
        is.evidence,
    );
    let rel = |h: &Hit| is.rel(h);
    let participle = sent[v.end()..].starts_with(" by ");
    // (A standard named last before the verb is what was issued: "...
    // including GB X Title, which was released by SAMR and SAC in June".)
    let last_named = is
        .s
        .hits
        .iter()
        .filter(|h| rel(h) < v.start() && matches!(h.cat, Cat::Standard | Cat::Instrument { .. }))
        .max_by_key(|h| rel(h));
    if last_named.is_some_and(|h| h.cat == Cat::Standard) {
        return;
    }
    // "Z issued by X": bodies after "by"; Z may be the record's
    // instrument referred back to ("The plan was issued by X").
    if let Some(byp) = sent[v.end()..].find(" by ").map(|i| i + v.end())
        && let Some(inst) = instruments
            .iter()
            .rev()
            .find(|h| rel(h) < v.start())
            .map(|h| h.r.clone())
            .or_else(|| main.filter(|m| refers_to(cx, sent, m)).cloned())
    {
        let stop = instruments
            .iter()
            .map(|h| rel(h))
            .find(|&p| p > byp)
            .unwrap_or(sent.len());
        let mut last = None;
        for b in issuers.iter().filter(|h| rel(h) > byp && rel(h) < stop) {
            cx.link(
                inst.clone(),
                RelationKind::IssuedBy,
                b.r.clone(),
                n,
                &evidence(),
                false,
            );
            last = Some(rel(b) + (b.end - b.start));
        }
        // "The X, issued by Y in September 2024, ...": its date,
        // right after the issuers, when X is right before the verb.
        let right_before = instruments
            .iter()
            .rev()
            .find(|h| rel(h) < v.start())
            .is_some_and(|h| {
                // (A verb inside the name is none: "Regulations on
                // the Published X".)
                h.r == inst
                    && sent
                        .get(rel(h) + (h.end - h.start)..v.start())
                        .is_some_and(|gap| participle_gap(gap) || passive_gap(gap))
            });
        // (An issuer not named: "issued by the administration in
        // early February 2025".)
        let dated = || {
            let from = last.unwrap_or(byp + 4);
            let d = dates::first_date(&sent[from..], year)?;
            let gap = &sent[from..from + d.start];
            // ("the CAC and six other authorities on D": the
            // issuers not named count as named.)
            let others = gap.starts_with(" and ")
                && gap.split_whitespace().nth(2) == Some("other")
                && gap.split_whitespace().count() <= 5;
            let near = others || gap.len() <= if last.is_some() { 4 } else { 40 };
            (near && (gap.ends_with(" in ") || gap.ends_with(" on "))).then_some(d)
        };
        // (Or a year alone right after the issuers: "issued by MIIT in 2025".)
        let date = dated()
            .map(|d| d.date)
            .or_else(|| last.and_then(|l| year_in(&sent[l..])));
        if participle
            && right_before
            && let Some(d) = date
        {
            date_instrument(cx, &inst.1, d, "released");
        }
    }
}

/// Whether the words between a name and a verb start another clause
/// (", while", ", whereas", ", but", "; "): the name is not the verb's
/// subject.
pub(super) fn another_clause(between: &str) -> bool {
    [
        ", while ",
        " while ",
        ", whereas ",
        ", but ",
        "; ",
        ", although ",
        ", as ",
    ]
    .iter()
    .any(|w| between.contains(w))
}

#[cfg(test)]
mod tests {
    use crate::model::PartialDate;

    #[test]
    fn a_year_alone_after_in() {
        assert_eq!(super::year_in(" in 2026."), Some(PartialDate::y(2026)));
        assert_eq!(super::year_in(" in 2026"), Some(PartialDate::y(2026)));
        assert_eq!(super::year_in(" in 2026-2027"), None);
        assert_eq!(super::year_in(" in 20261"), None);
        assert_eq!(super::year_in(" on 2026"), None);
        assert_eq!(super::year_in(" in 1234"), None);
    }
}

/// A sentence that said an instrument was issued without naming it: "SAMR
/// and six other departments on Tuesday jointly released an action plan to
/// ...". The record's next sentence that names an instrument of that type
/// ("The Action Plan for X (2029-2031) sets ...") names it.
#[derive(Clone, Debug)]
pub(crate) struct UnnamedIssue {
    /// The record the sentence is in.
    record: u32,
    /// Who issued it.
    issuers: Vec<EntityRef>,
    /// When.
    date: Option<crate::model::PartialDate>,
    /// The instrument type the sentence named it by ("plan").
    etype: &'static str,
    /// Where the sentence is, and the sentence.
    line: u32,
    evidence: String,
}

/// "an action plan", "new guidelines", "a notice": an instrument named by
/// its type alone, in lower case, right after an issue verb.
static UNNAMED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    super::patterns::re(
        r"^\s+(?:an?|new|the|two|three|several)\s+(?:(?:set|series|package)\s+of\s+)?(?:new\s+)?(?:(?:three|five|two)-year\s+)?(?P<t>action plans?|work plans?|implementation plans?|plans?|roadmap|strateg(?:y|ies)|guidelines?|guiding opinions|opinions|measures|provisions|regulations?|rules|notice|framework|catalogue)(?-u:\b)",
    )
});

/// The authorities at large as a sentence's subject: "Chinese
/// authorities", "China's regulators", "the government".
static GENERIC_SUBJECT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    super::patterns::re(
        r"(?i)(?-u:\b)(?:(?:Chinese|China's|the|national|central)\s+)?(?:authorities|regulators|government)(?-u:\b)",
    )
});

/// Whether a line names the authorities at large ("Chinese authorities on
/// Tuesday unveiled a set of rules"): a sentence that may issue an
/// instrument without naming it or its issuer.
pub(super) fn authorities_at_large(raw: &str) -> bool {
    (raw.contains("authorities") || raw.contains("regulators") || raw.contains("government"))
        && GENERIC_SUBJECT.is_match(raw)
}

/// The instrument type an unnamed reference's word stands for.
fn unnamed_type(word: &str) -> &'static str {
    match word.trim_end_matches('s') {
        w if w.ends_with("plan") || w == "roadmap" || w.starts_with("strateg") => "plan",
        "guideline" => "guidelines",
        w if w.ends_with("opinion") => "opinions",
        "measure" => "measures",
        "provision" => "provisions",
        "regulation" => "regulation",
        "rule" => "rules",
        "notice" => "notice",
        "framework" => "framework",
        _ => "catalogue",
    }
}

/// Whether an instrument of type `etype` can be what a sentence named by
/// the word for `unnamed`: the same type, or, for "rules", any binding
/// text ("a set of rules" may be the Provisions or the Measures on X).
fn same_type(etype: &str, unnamed: &str) -> bool {
    etype == unnamed
        || unnamed == "rules" && matches!(etype, "provisions" | "measures" | "regulation")
}

/// The first of `instruments` (named in record `record`) of the type a
/// sentence before issued one of without naming it: that one, issued by
/// them then.
pub(super) fn resolve_unnamed<'a>(
    cx: &mut Cx,
    instruments: impl Iterator<Item = &'a EntityRef>,
    record: u32,
) {
    let Some(u) = cx.unnamed_issue.take() else {
        return;
    };
    if u.record != record {
        // (Another record's: forgotten.)
        return;
    }
    let named = instruments.into_iter().find(|r| {
        r.0 == EntityKind::Instrument
            && cx
                .slot(EntityKind::Instrument, &r.1)
                .is_some_and(|i| same_type(&cx.entities[i].etype, u.etype))
    });
    let Some(h) = named else {
        cx.unnamed_issue = Some(u);
        return;
    };
    for b in &u.issuers {
        cx.link(
            h.clone(),
            RelationKind::IssuedBy,
            b.clone(),
            u.line,
            &u.evidence,
            false,
        );
    }
    if let Some(d) = u.date {
        date_instrument(cx, &h.1, d, "released");
    }
}

/// Remembers a sentence that says its subject issued an instrument named by
/// its type alone, and links the instrument a later sentence of the record
/// names with that type to its issuers and date.
pub(super) fn unnamed_issue(
    cx: &mut Cx,
    s: &Sentence,
    (instruments, issuers): (&[&&Hit], &[&&Hit]),
    (record, year): (u32, Option<i32>),
    evidence: &dyn Fn() -> String,
) {
    resolve_unnamed(cx, instruments.iter().map(|h| &h.r), record);
    if !instruments.is_empty() {
        return;
    }
    let sent = s.text;
    let Some(v) = issue_verbs(sent).next() else {
        return;
    };
    let Some(c) = UNNAMED.captures(&sent[v.end()..]) else {
        return;
    };
    // Its subject: the bodies before the verb, or the authorities at large
    // ("Chinese authorities on Tuesday unveiled a set of rules").
    let subject: Vec<&&&Hit> = issuers
        .iter()
        .filter(|h| h.start - s.at < v.start() && h.cat == Cat::Body)
        .collect();
    let Some(from) = subject
        .first()
        .map(|h| h.start - s.at)
        .or_else(|| GENERIC_SUBJECT.find(&sent[..v.start()]).map(|m| m.start()))
    else {
        return;
    };
    let subject: Vec<EntityRef> = subject.iter().map(|h| h.r.clone()).collect();
    // "on Tuesday": the last Tuesday on or before the document's date (a
    // dateline's date opening the sentence is the story's, not the plan's).
    let date = cx
        .doc
        .date
        .filter(|_| cx.doc.date_stated)
        .and_then(|d| dates::weekday_before(&sent[from..], d))
        .or_else(|| dates::first_date(&sent[from..], year).map(|d| d.date));
    cx.unnamed_issue = Some(UnnamedIssue {
        record,
        issuers: subject,
        date,
        etype: unnamed_type(&c["t"].to_ascii_lowercase()),
        line: s.n,
        evidence: evidence(),
    });
}
