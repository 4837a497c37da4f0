//! Rules that walk a record line by line: list headings that set a status,
//! "Supporting Documents:" lists, titled projects, replaced standards,
//! labelled lines ("Issued by:", "Legal basis:", "Secretariat:") and the
//! dates and statuses stated around a standard's code.

use super::about::{doc_instrument, main_instrument};
use super::chinese;
use super::labels;
use super::patterns::*;
use super::referred::refers_back;
use super::sentences::sentence_links;
use super::standards::{
    comment_deadline, effective_alongside, effective_lag, instrument_at, instrument_replaces,
    labelled_project, project_title, replaced_hits, replaces, standard_dates, standard_status,
};
use super::subjects::{shared_clause, this_document, unnamed_sentences};
use super::titled;
use super::{Cat, Hit, LineHits};
use crate::extract::{Cx, dates, sentence_bounds, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, PartialDate, Record, RelationKind};
use std::collections::BTreeMap;

#[allow(clippy::too_many_arguments)]
pub(super) fn read_links(
    cx: &mut Cx,
    records: &[Record],
    rec_home: &BTreeMap<u32, String>,
    session: &BTreeMap<u32, String>,
    by_line: &LineHits,
    year: Option<i32>,
) {
    // Which word lists each line holds a word of, in one pass (documents
    // lines are 1-based, the flags 0-based).
    let words = line_words(cx.doc.text.as_str());
    let has = |n: u32, bit: u8| {
        n.checked_sub(1)
            .and_then(|i| words.get(i as usize))
            .is_some_and(|b| b & bit != 0)
    };
    let replace_in = |n: u32, raw: &str| {
        if has(n, HAS_REPLACE_WORD) {
            REPLACE.find(raw).map(|m| m.start())
        } else {
            None
        }
    };
    let about_doc = doc_instrument(cx, records, by_line);
    // An agenda's header above its first session ("Organizer: Secretariat
    // of X (Y)") is read like a record of its own (ordinal 0, no record's).
    let preamble = records
        .first()
        .filter(|f| cx.doc.kind == crate::model::DocKind::Agenda && f.lines.0 > 1)
        .map(|f| Record {
            ordinal: 0,
            title: String::new(),
            section: None,
            category: None,
            date: None,
            lines: (1, f.lines.0 - 1),
            summary_lines: None,
            ..f.clone()
        });
    for r in preamble.iter().chain(records) {
        // (A document with no date of its own: a record's year stands in
        // for it — a listing's item dated "2029-06-10 | ..." says "8 to 9
        // June" of 2029.)
        let year = year.or(r.date.map(|d| d.year));
        let main = main_instrument(cx, r, by_line).or_else(|| about_doc.clone());
        let committee = session
            .get(&r.ordinal)
            .or_else(|| {
                rec_home
                    .get(&r.ordinal)
                    .filter(|_| !cx.unsure_home.contains(&r.ordinal))
            })
            .cloned();
        let mut status: Option<&'static str> = None;
        // The date of the sentence that introduced the list as released
        // ("On D, X approved and published three standards:").
        let mut list_released: Option<crate::model::PartialDate> = None;
        // The effective date of the sentence that introduced the list.
        let mut list_effective: Option<crate::model::PartialDate> = None;
        let mut supporting = false;
        // The instrument a list's items support, when the sentence that
        // introduced the list names it (else the record's).
        let mut supported: Option<EntityRef> = None;
        let mut last_standard: Option<EntityRef> = None;
        // The record's drafts for comments, and the deadline a sentence
        // naming none of them gives ("Comments should be sent by ...").
        let mut for_comments: Vec<EntityRef> = Vec::new();
        let mut deadline: Option<(PartialDate, u32)> = None;
        // How many of those drafts were named before the deadline.
        let mut drafts_before_deadline = 0;
        // Draft instruments a deadline sentence refers back to: the
        // instrument, its deadline and the draft's release date.
        let mut instrument_deadlines: Vec<(EntityRef, PartialDate, Option<PartialDate>)> =
            Vec::new();
        for n in r.lines.0..=r.lines.1 {
            let drafts_at_line_start = for_comments.len();
            let raw = cx.doc.line(n);
            // Only short lines can be list headings or labels, and only
            // those holding one of their words are cleaned for a look.
            let clean = if raw.len() < 120 && has(n, HAS_HEADING_WORD) {
                text::heading_text(text::without_clock(raw))
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
                list_released = None;
                list_effective = None;
                supporting = false;
                supported = None;
                continue;
            }
            // "Supporting Documents:" introduces the standards that support
            // the record's instrument.
            if SUPPORT_LABEL.is_match(&clean) {
                supporting = true;
                supported = None;
                continue;
            }
            let bullet = {
                let t = raw.trim_start();
                // (A time, "10:30–12:00 ...", opens an agenda's session.)
                let time = dates::clock_time_len(t).is_some();
                // ("2026年发布的国家标准：" starts with a year, not a number.)
                let year_zh = || {
                    t.trim_start_matches(|c: char| c.is_ascii_digit())
                        .starts_with(['年', '月'])
                };
                t.starts_with('-')
                    || t.starts_with('•')
                    || t.starts_with('*')
                    || t.chars().next().is_some_and(|c| c.is_ascii_digit()) && !time && !year_zh()
            };
            if supporting && !bullet {
                supporting = false;
            }
            let replace_at = replace_in(n, raw);
            // "• NDRC and SAMR, Implementation Plan for X, issued D."
            if bullet && hits.iter().any(|h| matches!(h.cat, Cat::Instrument { .. })) {
                super::citations::cited_instrument(cx, raw, hits, n, year);
            }
            // A list item is about what it names itself, not what the
            // item before named — unless it refers back to it ("5.
            // Description: ... It will replace GB 1-2020.").
            if bullet && !replace_at.is_some_and(|p| refers_back(raw, p)) {
                last_standard = None;
            }
            // A sentence introducing a list ("... have completed the drafts
            // for comments:", "TC260 is developing two more standards:")
            // sets the status of its items, like a heading; one that names
            // no status ("Under the new rules:") ends the list before.
            // ("10:30–12:00 WG 1 — review of drafts:" names a status too;
            // only a sentence ends a list without naming one.)
            // (In Chinese: "组织编制了以下3项国家标准征求意见稿，...。", "the
            // following".)
            // (Or a call for comments right above a numbered list: "…已形成征
            // 求意见稿，现公开征求意见。" then "1. 标题（计划号：…）".)
            let list_below = || {
                (n + 1..=r.lines.1)
                    .map(|l| cx.doc.line(l).trim())
                    .find(|l| !l.is_empty())
                    .is_some_and(|l| {
                        let digits =
                            l.len() - l.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                        digits > 0 && l[digits..].starts_with(['.', '、', '）', ')'])
                    })
            };
            let zh_intro = || {
                !raw.is_ascii()
                    && raw.trim_end().ends_with('。')
                    && (raw.contains("以下")
                        || raw.contains("如下")
                        || raw.contains("征求意见") && list_below())
            };
            if !bullet
                && (raw.trim_end().ends_with([':', '：']) || zh_intro())
                && !hits.iter().any(|h| h.cat == Cat::Standard)
            {
                let end =
                    raw.trim_end().len() - raw.trim_end().chars().last().map_or(1, char::len_utf8);
                let (a, _) = sentence_bounds(raw, end);
                let named = status_of(&raw[a..]);
                let introduces = raw.len() >= 60 || {
                    let l = raw.to_ascii_lowercase();
                    l.contains("standard") || l.contains("project")
                };
                if named.is_some() || introduces {
                    status = named;
                    list_released = matches!(named, Some("published" | "approved"))
                        .then(|| dates::first_date(&raw[a..], year))
                        .flatten()
                        .map(|d| d.date);
                    // "The following standards will take effect on D:".
                    list_effective = EFFECTIVE
                        .find(&raw[a..])
                        .and_then(|e| dates::first_date(&raw[a + e.end()..], year))
                        .filter(|d| d.start < 30)
                        .map(|d| d.date);
                    supporting = false;
                    // "The Provisions are supported by three national
                    // standards:": the items support the instrument the
                    // sentence opens with (or names before the verb).
                    if let Some(p) = SUPPORTED_BY_LIST.find(&raw[a..]) {
                        let before = a + p.start();
                        supported = hits
                            .iter()
                            .rfind(|h| {
                                matches!(h.cat, Cat::Instrument { .. })
                                    && h.start >= a
                                    && h.end <= before
                            })
                            .map(|h| h.r.clone())
                            .or_else(|| {
                                super::subjects::referred_instrument(cx, &raw[a..], main.as_ref())
                            });
                        supporting = supported.is_some();
                    }
                }
            }
            // Codes after "Replace" are the replaced standards, not the item.
            let replaced = match replace_at {
                Some(_) => replaced_hits(raw, hits),
                None => Vec::new(),
            };
            let standards: Vec<&Hit> = hits
                .iter()
                .zip(replaced.iter().chain(std::iter::repeat(&false)))
                .filter(|(h, old)| h.cat == Cat::Standard && !**old)
                .map(|(h, _)| h)
                .collect();
            // "Once adopted, it will replace the Interim Provisions on X":
            // an instrument replaces an earlier one.
            // ("A revision of the X Law" amends it: only "replace" here.)
            if let Some(p) = replace_at
                && !hits.iter().any(|h| h.cat == Cat::Standard)
                && raw[p..].get(..6).is_some_and(|w| {
                    w.eq_ignore_ascii_case("replac") || w.eq_ignore_ascii_case("supers")
                })
            {
                instrument_replaces(cx, raw, hits, p, main.as_ref(), n);
            } else if has(n, HAS_REPLACE_WORD)
                && !hits.iter().any(|h| h.cat == Cat::Standard)
                && let Some(p) = replaced_by(raw)
            {
                // "The Interim Measures ... were repealed and replaced by the
                // Measures for X".
                instrument_replaces(cx, raw, hits, p, main.as_ref(), n);
            }
            // "The Interim Provisions on X are repealed at the same time".
            if has(n, HAS_REPLACE_WORD) {
                super::repeals::repeals(cx, raw, hits, main.as_ref(), n, year);
            }
            // Titled projects in agenda lists: a list item with no code
            // under a status heading, or labelled with its stage ("- New
            // project proposal: Artificial intelligence — X").
            // (Only a line holding a stage's word and a label is cleaned.)
            let labelled =
                (bullet && standards.is_empty() && has(n, HAS_HEADING_WORD) && raw.contains(": "))
                    .then(|| labelled_project(&text::heading_text(raw)))
                    .flatten();
            if (status.is_some() || labelled.is_some())
                && bullet
                && standards.is_empty()
                && hits.iter().all(|h| h.cat != Cat::Instrument { law: false })
            {
                let (title, status) = match labelled {
                    Some((t, st)) => (Some(t), Some(st)),
                    None => (project_title(&text::heading_text(raw)), status),
                };
                if let Some(t) = title {
                    let mut d = EntityDraft::new(EntityKind::Standard, t.clone(), "project");
                    d.name = Some(t.clone());
                    // The item's own note ("(new project proposal, X)")
                    // names its stage better than the list's heading.
                    let own = raw
                        .rfind(" (")
                        .and_then(|p| status_of(&raw[p..]))
                        .filter(|_| raw.len() > t.len());
                    d.status = own.or(status).map(str::to_owned);
                    let me = d.entity_ref();
                    if open_for_comments(d.status.as_deref()) {
                        for_comments.push(me.clone());
                    }
                    cx.mention(d, n, 0);
                    // A committee the item names ("... (WG8)") drafts it.
                    if let Some(c) = hits.iter().find(|h| {
                        h.cat == Cat::Committee
                            && !crate::extract::committees::is_international(&h.r.1)
                    }) {
                        cx.link(
                            me.clone(),
                            RelationKind::DevelopedBy,
                            c.r.clone(),
                            n,
                            &text::heading_text(raw),
                            false,
                        );
                    } else if let Some(c) = &committee {
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
                        replaces(cx, &me, raw, hits, &replaced, n);
                    }
                    last_standard = Some(me);
                }
                continue;
            }
            // "1. Title of the project (project number: 20251187-T-469)":
            // the title is written before its code.
            if bullet
                && let Some(s) = standards.first()
                && raw[..s.start].trim_end().ends_with([':', '('])
                && !super::fields::is_field_line(raw)
            {
                let before = text::heading_text(&raw[..s.start]);
                let before = before
                    .trim_end_matches(|c: char| c != '(')
                    .trim_end_matches('(');
                if let Some(t) = project_title(before) {
                    let mut d = EntityDraft::new(EntityKind::Standard, s.r.1.clone(), "");
                    d.name = Some(t);
                    cx.add(d);
                }
            }
            // "... three drafts: Widget technology — Safety requirements
            // (plan number 20271234-T-469), ...": a title in running text
            // written before its code in parentheses.
            for s in &standards {
                if let Some(t) = titled::title_before_code(raw, s.start, &s.r.1) {
                    let mut d = EntityDraft::new(EntityKind::Standard, s.r.1.clone(), "");
                    d.name = Some(t);
                    cx.add(d);
                }
            }
            // "... three standards: Widget technology — X, and Widget
            // technology — Y": titled projects in running text.
            if !raw.is_ascii() && raw.contains('《') {
                let titled =
                    titled::chinese_titles(cx, (raw, hits, n), by_line, committee.as_deref());
                for (me, stage) in titled {
                    if open_for_comments(stage) {
                        for_comments.push(me);
                    }
                }
            }
            if raw.contains(['"', '“', '*']) {
                let titled =
                    titled::quoted_titles(cx, (raw, hits, n), by_line, committee.as_deref());
                for (me, stage) in titled {
                    if open_for_comments(stage) {
                        for_comments.push(me);
                    }
                }
            }
            if raw.contains(':') {
                let titled = titled::listed_titles(cx, raw, hits, n, committee.as_deref());
                for (me, stage) in titled {
                    if open_for_comments(stage) {
                        for_comments.push(me);
                    }
                }
            }
            // (How many of the line's standards are no international ones.)
            let national = standards
                .iter()
                .filter(|h| !crate::extract::codes::is_international(&h.r.1))
                .count();
            for (i, s) in standards.iter().enumerate() {
                // An international standard a national one adopts ("...,
                // which adopts ITU-T X.1060") takes none of its facts.
                if crate::extract::codes::is_international(&s.r.1)
                    && ADOPT.find(&raw[..s.start]).is_some()
                {
                    continue;
                }
                let mut d = EntityDraft::new(EntityKind::Standard, s.r.1.clone(), "");
                if status.is_some() && bullet {
                    d.status = status.map(str::to_owned);
                }
                let (a, b) = sentence_bounds(raw, s.start);
                let sent = &raw[a..b];
                if d.status.is_none() {
                    d.status = standard_status(sent, s.start - a).map(str::to_owned);
                }
                // The text that is about this standard alone ends at the
                // next standard's code.
                let own_end = standards
                    .get(i + 1)
                    .map_or(b, |nx| nx.start.clamp(s.end, b))
                    - a;
                d.dates = standard_dates(sent, (s.end - a, own_end), year);
                // ("... and will take effect six months after its release":
                // dated once its release date is known.)
                if let Some(lag) = effective_lag(sent, (s.end - a, own_end)) {
                    cx.lags.push((s.r.clone(), lag));
                }
                // ("... will take effect on the same day as the Measures":
                // the instrument named there, or the one "the Measures"
                // refers back to.)
                if let Some(at) = effective_alongside(sent, (s.end - a, own_end))
                    && let Some(i) = instrument_at(cx, raw, hits, a + at, main.as_ref())
                {
                    cx.alongside.push((s.r.clone(), i, "effective"));
                }
                // "X and Y for approval; both were published on D": a
                // clause after the last code about all of them.
                if let Some(k) = shared_clause(sent, &standards, (a, b)) {
                    for f in standard_dates(sent, (k, sent.len()), year) {
                        if !d.dates.iter().any(|g| g.what == f.what) {
                            d.dates.push(f);
                        }
                    }
                }
                if bullet
                    && matches!(status, Some("published" | "approved"))
                    && let Some(date) = list_released
                    && !d.dates.iter().any(|f| f.what == "released")
                {
                    d.dates.push(DatedFact {
                        date,
                        what: "released".into(),
                    });
                }
                if bullet
                    && let Some(date) = list_effective
                    && !d.dates.iter().any(|f| f.what == "effective")
                    && !crate::extract::codes::is_international(&s.r.1)
                {
                    d.dates.push(DatedFact {
                        date,
                        what: "effective".into(),
                    });
                }
                if open_for_comments(d.status.as_deref()) {
                    for_comments.push(s.r.clone());
                }
                if d.status.is_some() || !d.dates.is_empty() {
                    cx.add(d);
                }
                // (An international standard it adopts aside.)
                if bullet && national == 1 && !crate::extract::codes::is_international(&s.r.1) {
                    super::standards::noted_committee(cx, raw, hits, s, n);
                }
                if supporting && let Some(m) = supported.as_ref().or(main.as_ref()) {
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
            // "Article 9 of the Measures requires ... GB/T X": X supports them.
            if !standards.is_empty() && super::required::worth_reading(raw) {
                super::required::required_on_line(cx, raw, hits, n, main.as_ref());
            }
            // "GB 1-2031 X. The standard was approved in July 2031."
            super::referred::referred_back_facts(cx, raw, hits, &standards, year);
            if let Some(first) = standards.first() {
                if let Some(p) = replace_at {
                    // "This document replaces GB/T 1-2017": every code on
                    // the line is an old one; the new one is the record's.
                    // (Named again after: "Compared with GB/T 1-2017, ...".)
                    let olds: Vec<&EntityRef> = hits
                        .iter()
                        .zip(&replaced)
                        .filter(|(_, old)| **old)
                        .map(|(h, _)| &h.r)
                        .collect();
                    let all_old = hits
                        .iter()
                        .all(|h| h.cat != Cat::Standard || olds.contains(&&h.r));
                    let own = (all_old && refers_back(raw, p))
                        .then(|| super::subjects::record_standard(cx, by_line, r))
                        .flatten()
                        .map(|(s, _)| s);
                    replaces(
                        cx,
                        own.as_ref().unwrap_or(&first.r),
                        raw,
                        hits,
                        &replaced,
                        n,
                    );
                }
                last_standard = Some(first.r.clone());
            } else if let Some(p) = replace_at {
                // "This document replaces GB/T X": the standard the text
                // is titled with, not the one named last.
                // ("《X》……，代替GB 1-2018": the standard titled X.)
                let own = this_document(raw, p)
                    .then(|| super::subjects::titled_standard(cx, by_line, r))
                    .flatten()
                    .map(|(s, _)| s)
                    .or_else(|| super::subjects::title_subject(cx, raw, p));
                if let Some(s) = own.or_else(|| last_standard.clone()) {
                    replaces(cx, &s, raw, hits, &replaced, n);
                }
            }
            // Labelled lines ("Issued by: CAC, MIIT", "Legal basis: ...",
            // "Secretariat: X").
            if has(n, HAS_LABEL_WORD) && (raw.contains(':') || raw.contains('：')) {
                labels::labelled_line(
                    cx,
                    (raw, hits, n),
                    r,
                    by_line,
                    (committee.as_deref(), main.as_ref()),
                    year,
                );
            }
            // "Drafting organizations: A, B", "起草单位：A、B", "Proposed by: X".
            if memchr::memchr2(b':', 0xEF, &raw.as_bytes()[..raw.len().min(80)]).is_some() {
                super::drafters::labelled_drafters(cx, (raw, n), r, by_line);
            }
            if !raw.is_ascii() && (raw.contains("起草") || raw.contains("提出")) {
                super::drafters::chinese_drafters(cx, (raw, hits, n), r, by_line);
            }
            chinese::committee_sentences(cx, raw, hits, n, committee.as_deref());
            if super::chinese_events::worth_reading(raw) {
                super::chinese_events::meetings(cx, raw, hits, n, year);
                super::chinese_events::named_event_hosts(cx, raw, hits, n);
            }
            if chinese::worth_reading(raw) {
                chinese::chinese_sentences(cx, raw, hits, n, r, by_line, year);
            }
            // (On a line naming standards, only a sentence naming none:
            // "... including YD/T 1-2027 X. Comments are due by D.")
            if deadline.is_none()
                && let Some((d, at)) = has(n, HAS_COMMENT_WORD)
                    .then(|| {
                        unnamed_sentences(raw, &standards).find_map(|(at, t)| {
                            let d = comment_deadline(t, year)?;
                            // ("The draft of the Provisions went out for
                            // comments ..., with comments due by D": the
                            // deadline of the draft instrument it refers
                            // back to.)
                            if let Some(inst) =
                                super::subjects::referred_instrument(cx, t, main.as_ref())
                            {
                                instrument_deadlines.push((
                                    inst,
                                    d,
                                    super::standards::released_for_comments(t, year),
                                ));
                                return None;
                            }
                            Some((d, at))
                        })
                    })
                    .flatten()
                    .or_else(|| {
                        standards
                            .is_empty()
                            .then(|| chinese::comment_deadline(raw, year))
                            .flatten()
                            .map(|d| (d, 0))
                    })
            {
                deadline = Some((d, n));
                // "X is drafting GB/T 1 Widgets. The draft for comments is
                // open until D.": the one standard named before it on the
                // line is that draft.
                if for_comments.is_empty()
                    && let Some(me) = drafted_before(cx, raw, at, &standards)
                {
                    for_comments.push(me);
                }
                // (Those of this line named before its sentence.)
                let on_line_before = for_comments[drafts_at_line_start..]
                    .iter()
                    .filter(|f| standards.iter().any(|h| h.r == **f && h.start < at))
                    .count();
                drafts_before_deadline = drafts_at_line_start + on_line_before;
            }
            // "SAMR published three national standards, which will take
            // effect on D." over the three it names after.
            if !bullet && raw.contains("standards") {
                super::counted::counted_sentence(cx, (raw, n), r, by_line, year);
            }
            // "SAC/TC 998 was established in 2003".
            if hits.iter().any(|h| h.cat == Cat::Committee) || committee.is_some() {
                super::committee_rules::established(cx, raw, hits, committee.as_deref());
            }
            // "Working Group 8 will finalize GB/T X".
            if hits.len() >= 2 {
                super::developed::drafted_by_subject(cx, raw, hits, n);
                super::developed::administered_by_a_ministry(cx, raw, hits);
            }
            // Sentence rules, on lines that hold a cue word and name
            // something (a rule needs both in its sentence) — or, for an
            // effective date, refer back to the record's instrument ("The
            // Measures will take effect on ...").
            // ("The standards take effect on D." names nothing but refers
            // back to the standards named before.)
            // (An instrument a sentence above issued without naming it,
            // named here.)
            if cx.unnamed_issue.is_some() {
                let named: Vec<EntityRef> = hits
                    .iter()
                    .filter(|h| matches!(h.cat, Cat::Instrument { .. }))
                    .map(|h| h.r.clone())
                    .collect();
                super::issued::resolve_unnamed(cx, named.iter(), r.ordinal);
            }
            if !has(n, HAS_CUE_WORD)
                || hits.is_empty()
                    && main.is_none()
                    && !super::subjects::plural_standards(raw)
                    && !raw.starts_with("They ")
                    && !super::issued::authorities_at_large(raw)
            {
                continue;
            }
            let cues = CUES.matches(raw);
            if !cues.matched_any()
                || hits.is_empty()
                    && !cues.matched(CUE_EFFECTIVE)
                    && !super::issued::authorities_at_large(raw)
            {
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
        for (inst, date, released) in instrument_deadlines {
            // (No draft status: the same text may say it was since issued.)
            let mut d = EntityDraft::new(EntityKind::Instrument, inst.1, "");
            d.dates.push(DatedFact {
                date,
                what: "comment deadline".into(),
            });
            if let Some(date) = released {
                d.dates.push(DatedFact {
                    date,
                    what: "draft released".into(),
                });
            }
            cx.add(d);
        }
        // A record about a draft instrument and no draft standard: the
        // deadline is the instrument's ("... (Draft for Comments). Comments
        // close on D.").
        // (Also when the drafts for comments are only named after it: "CAC
        // released the draft Measures. Comments are due by D. A supporting
        // standard, GB X, was released for comments".)
        let mut instrument_deadline = false;
        if let Some((date, _)) = deadline
            && drafts_before_deadline == 0
            && let Some(m) = &main
            && (m.1.contains("Draft") || cx.is_draft(m) || {
                // ("MIIT Seeks Comments on Draft Widget Standards": the
                // drafts the title names are standards.)
                let t = r.title.to_ascii_lowercase();
                t.find("draft")
                    .is_some_and(|d| !t[d..].contains("standard"))
            })
        {
            let mut d = EntityDraft::new(EntityKind::Instrument, m.1.clone(), "");
            d.dates.push(DatedFact {
                date,
                what: "comment deadline".into(),
            });
            cx.add(d);
            instrument_deadline = true;
        }
        if let Some((date, _)) = deadline.filter(|_| !instrument_deadline) {
            for s in for_comments {
                let mut d = EntityDraft::new(EntityKind::Standard, s.1, "");
                d.dates.push(DatedFact {
                    date,
                    what: "comment deadline".into(),
                });
                cx.add(d);
            }
        }
    }
}

/// The one standard named on a line before a sentence at `at` whose
/// subject is its draft ("The draft for comments is open until D"), now
/// taken as a draft for comments (a stage that follows "under
/// development"; a later one stated is kept).
fn drafted_before(cx: &mut Cx, raw: &str, at: usize, standards: &[&Hit]) -> Option<EntityRef> {
    let sent = raw.get(at..)?.trim_start();
    let subject = [
        "The draft ",
        "The draft, ",
        "The draft for comments ",
        "A draft for comments ",
    ];
    if !subject.iter().any(|p| sent.starts_with(p)) {
        return None;
    }
    let mut named: Vec<&EntityRef> = standards
        .iter()
        .filter(|h| h.end <= at)
        .map(|h| &h.r)
        .collect();
    named.dedup();
    let [me] = named[..] else {
        return None;
    };
    let i = cx.slot(me.0, &me.1)?;
    let status = &mut cx.entities[i].status;
    if matches!(
        status.as_deref(),
        None | Some("under development" | "proposal")
    ) {
        *status = Some(FOR_COMMENTS.into());
    }
    Some(me.clone())
}

/// The status of a standard open for comments.
pub(super) const FOR_COMMENTS: &str = "draft for comments";

/// A standard in a stage whose comment deadline a sentence naming no code
/// gives ("The final date for comments is D."): a draft for comments, or a
/// draft (a notified one).
fn open_for_comments(status: Option<&str>) -> bool {
    matches!(status, Some(FOR_COMMENTS | "draft"))
}

/// Where "replaced by" or "superseded by" starts on a line, if it does.
fn replaced_by(raw: &str) -> Option<usize> {
    ["replaced by ", "superseded by "]
        .iter()
        .find_map(|w| raw.find(w))
}
