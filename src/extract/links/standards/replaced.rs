//! What replaces what, read from a standard's line: the codes after
//! "Replace" ("Replace GB/T 41819-2022", "aims to replace ... namely GB/T
//! ... and GB/T ...") and the standard that replaces them; an instrument
//! that replaces an earlier one.

use crate::extract::links::patterns::*;
use crate::extract::links::{Cat, Hit};
use crate::extract::{Cx, codes, sentence_bounds, text};
use crate::model::builder::EntityRef;
use crate::model::{EntityKind, RelationKind};

/// Which of a line's hits are standards the line says are replaced
/// (see [`codes::replaced_on_line`]), one flag per hit.
pub(crate) fn replaced_hits(raw: &str, hits: &[Hit]) -> Vec<bool> {
    let standards: Vec<(usize, &str)> = hits
        .iter()
        .filter(|h| h.cat == Cat::Standard)
        .map(|h| (h.start, h.r.1.as_str()))
        .collect();
    let mut flags = codes::replaced_on_line(raw, &standards).into_iter();
    hits.iter()
        .map(|h| h.cat == Cat::Standard && flags.next().unwrap_or(false))
        .collect()
}

/// `replaces` links for the replaced standards of a line (`replaced`, one
/// flag per hit): each is replaced by the last standard named before it
/// that is not itself replaced, else by `subject` (a titled project).
pub(crate) fn replaces(
    cx: &mut Cx,
    subject: &EntityRef,
    raw: &str,
    hits: &[Hit],
    replaced: &[bool],
    n: u32,
) {
    let Some(m) = REPLACE.find(raw) else { return };
    let mut by = subject;
    let mut by_at = None;
    for (h, old) in hits.iter().zip(replaced) {
        if h.cat != Cat::Standard {
            continue;
        }
        if !old {
            by = &h.r;
            by_at = Some(h.start);
            continue;
        }
        if h.r == *by {
            continue;
        }
        // "... DB31/T 1480-2026 will be drafted. The plan also revises
        // DB31/T 1311-2021": a sentence whose subject is no standard says
        // nothing of the standard named before it.
        let own = sentence_bounds(raw, h.start).0;
        if by_at.is_none_or(|at| at < own) && !subject_is_a_standard(&raw[own..h.start]) {
            continue;
        }
        let (a, b) = sentence_bounds(raw, m.start().min(h.start));
        cx.link(
            by.clone(),
            RelationKind::Replaces,
            h.r.clone(),
            n,
            &text::strip_markup(&raw[a..b.max(h.end).min(raw.len())]),
            false,
        );
    }
}

/// Whether what a sentence says before the replaced code (`lead`) has a
/// standard, or nothing that could be something else, as the subject of its
/// replace word: "Replaced standards:", "It replaces", "The new edition
/// revises" — not "The plan also revises".
pub(super) fn subject_is_a_standard(lead: &str) -> bool {
    let Some(w) = REPLACE.find_iter(lead).last() else {
        return true;
    };
    let subject = text::strip_markup(&lead[..w.start()]).to_ascii_lowercase();
    let subject = subject.trim();
    let pronoun = subject.trim_end_matches(" also").trim_end_matches(" will");
    // ("《X》……，代替GB 1-2018": a title, not of a law or a plan.)
    let zh_title = || {
        subject
            .strip_prefix('《')
            .and_then(|t| t.split_once('》'))
            .is_some_and(|(t, _)| {
                ![
                    "法", "条例", "办法", "规定", "意见", "通知", "决定", "规划", "计划", "方案",
                ]
                .iter()
                .any(|w| t.ends_with(w))
            })
    };
    subject.is_empty()
        || subject.ends_with(['(', ':', '：', '（'])
        || zh_title()
        || matches!(
            pronoun,
            "it" | "this" | "they" | "these" | "which" | "and" | "to"
        )
        || [
            "standard",
            "version",
            "edition",
            "revision",
            "specification",
            "guide",
            "code",
            "draft",
            "document",
            "part",
        ]
        .iter()
        .any(|k| subject.contains(k))
}

/// An instrument that replaces another ("The Regulations will replace the
/// Interim Provisions on X", "Once adopted, it will replace ..."): the
/// instrument named before the verb in its sentence (else the record's),
/// replacing the ones named after it.
pub(crate) fn instrument_replaces(
    cx: &mut Cx,
    raw: &str,
    hits: &[Hit],
    at: usize,
    main: Option<&EntityRef>,
    n: u32,
) {
    let (a, b) = sentence_bounds(raw, at);
    let is_instrument = |h: &&Hit| matches!(h.cat, Cat::Instrument { .. });
    // "The Interim Measures for X were repealed and replaced by the
    // Measures for Y": the one after "by" replaces those before.
    let verb = raw[at..].to_ascii_lowercase();
    if verb.starts_with("replaced by ") || verb.starts_with("superseded by ") {
        let by = at + verb.find(" by ").map_or(0, |i| i + 4);
        let new = hits
            .iter()
            .filter(is_instrument)
            .find(|h| h.start >= by && h.end <= b && raw[by..h.start].trim().len() <= 4);
        if let Some(new) = new {
            let evidence = text::strip_markup(&raw[a..b]);
            let old: Vec<EntityRef> = hits
                .iter()
                .filter(is_instrument)
                .filter(|h| h.start >= a && h.end <= at && h.r != new.r)
                .map(|h| h.r.clone())
                .collect();
            for o in old {
                cx.link(
                    new.r.clone(),
                    RelationKind::Replaces,
                    o,
                    n,
                    &evidence,
                    false,
                );
            }
        }
        return;
    }
    let old: Vec<&Hit> = hits
        .iter()
        .filter(is_instrument)
        .filter(|h| h.start > at && h.end <= b)
        .collect();
    if old.is_empty() {
        return;
    }
    // Not an instrument named as the basis or the supported one ("The
    // Measures are formulated in accordance with the X Law, and replace
    // ...": the Measures replace).
    let objects_from = [&*LEGAL_BASIS_PHRASE, &*SUPPORT_PHRASE]
        .iter()
        .filter_map(|p| p.find(&raw[a..at]).map(|m| a + m.start()))
        .min()
        .unwrap_or(at);
    let subject = hits
        .iter()
        .rev()
        .filter(is_instrument)
        .find(|h| h.start >= a && h.end <= objects_from)
        .map(|h| h.r.clone())
        .or_else(|| main.filter(|m| m.0 == EntityKind::Instrument).cloned());
    let Some(new) = subject else { return };
    let evidence = text::strip_markup(&raw[a..b]);
    for h in old.into_iter().filter(|h| h.r != new) {
        cx.link(
            new.clone(),
            RelationKind::Replaces,
            h.r.clone(),
            n,
            &evidence,
            false,
        );
    }
}
