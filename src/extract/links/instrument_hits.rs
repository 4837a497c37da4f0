//! Instruments on the lines: each found name drafted once (a later one
//! names it again), with its Chinese name and document number in
//! parentheses, the short name a document gives it, a draft law's
//! amendment of its law, and the editions of one instrument.

use super::{
    Abbreviation, Cat, Hit, LineHits, abbreviation_after, abbreviations, headlines, place, titled,
};
use crate::extract::{Cx, bodies, instruments};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{EntityKind, Record, RelationKind};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// Drafts the instruments found (`hits`), records their mentions and
/// hits on `by_line`, and returns the short names the document gave them.
pub(super) fn draft_instruments(
    cx: &mut Cx,
    records: &[Record],
    by_line: &mut LineHits,
    hits: Vec<instruments::InstrumentHit>,
) -> Vec<Abbreviation> {
    let mut drafted = rustc_hash::FxHashSet::default();
    // "the Personal Information Protection Law (PIPL)": abbreviations that
    // name an instrument later in the document.
    let mut inst_abbrs: Vec<Abbreviation> = Vec::new();
    let mut instrument_hits = hits;
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
                let t = crate::extract::codes::title_after(line, x.end)?;
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
        // "国务院关于X的意见": the bodies before 关于 issued it.
        if !h.name.is_ascii()
            && let Some((who, _)) = h.name.split_once("关于")
        {
            let found = bodies::find_known(who);
            if !found.is_empty() && names_only_bodies(who, &found) {
                issuers_in_name(cx, &me, found, n, s);
            }
        }
        if let Some((law, by)) = amended_law(&h.key) {
            issuers_in_name(
                cx,
                &me,
                by.map(bodies::find_known).unwrap_or_default(),
                n,
                s,
            );
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

    inst_abbrs
}

/// Editions of one instrument: "Framework 2.0" follows and replaces "1.0".
pub(super) fn link_editions(cx: &mut Cx, by_line: &LineHits) {
    // base name → (major, minor, instrument, line, position)
    type Edition = (u32, u32, EntityRef, u32, usize);
    let mut editions: BTreeMap<String, Vec<Edition>> = BTreeMap::new();
    for (n, v) in by_line {
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
}

/// The bodies named inside an instrument's name (`found`) issued it. (A
/// body inside an instrument's name is drafted here, not with the others.)
fn issuers_in_name(cx: &mut Cx, me: &EntityRef, found: Vec<bodies::BodyHit>, n: u32, s: usize) {
    for b in found {
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
}

/// Whether `who` is nothing but the bodies `found` in it, joined by 、, 和,
/// 与 or 及 ("国务院办公厅", "工业和信息化部、国家发展改革委").
fn names_only_bodies(who: &str, found: &[bodies::BodyHit]) -> bool {
    let mut at = 0;
    for b in found {
        let gap = who.get(at..b.start).unwrap_or("x");
        if !gap
            .chars()
            .all(|c| matches!(c, '、' | '和' | '与' | '及' | ' ' | '\u{3000}'))
        {
            return false;
        }
        at = b.end;
    }
    who[at..].trim().is_empty()
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
