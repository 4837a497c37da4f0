//! Reading one standard's line or sentence: a titled project's title, the
//! standards a line says are replaced (and by what), a standard's status
//! and dated facts from its sentence, comment deadlines, and an instrument
//! that replaces another.
//! Stages are read in `stage.rs`, dates in `dated.rs`, replacements in
//! `replaced.rs`.

mod dated;
mod replaced;
mod stage;

use super::patterns::*;
use super::{Cat, Hit};
use crate::extract::{Cx, codes, dates, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{EntityKind, PartialDate, RelationKind};
use regex::Regex;
use std::sync::LazyLock;

pub(super) use dated::{ACT_GAPS, date_of_act, effective_alongside, effective_lag, standard_dates};
pub(super) use replaced::{instrument_replaces, replaced_hits, replaces};
pub(super) use stage::{sentence_status, standard_status};

/// The comment deadline a sentence about comments gives: a date right
/// after "until", "before", "no later than", "deadline" (within a few
/// words) or "by".
pub(super) fn comment_deadline(sent: &str, year: Option<i32>) -> Option<PartialDate> {
    if !COMMENTS.is_match(sent) {
        return None;
    }
    DEADLINE
        .find_iter(sent)
        .find_map(|m| {
            dates::first_date(&sent[m.end()..], year)
                .filter(|d| d.start <= 20)
                .map(|d| d.date)
        })
        .or_else(|| {
            // "sent ... by 17 August": a date right after "by".
            memchr::memmem::find_iter(sent.as_bytes(), b" by ").find_map(|p| {
                let rest = &sent[p + 4..];
                rest.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase())
                    .then(|| dates::date_at_start(rest, year))
                    .flatten()
                    .map(|d| d.date)
            })
        })
}

/// The title of a project listed without a code: "Data security technology
/// — Guide for identification of personal information".
pub(super) fn project_title(clean: &str) -> Option<String> {
    // A note in parentheses ("(Replace GB/T ...)", "(SG Hubei)", "(to
    // replace ...)", "(project number: ...)") is not part of the title; a
    // drafting unit's name ("(CERT)") tells two items apart and stays.
    let t = match clean.find(" (") {
        Some(i) => {
            let note = &clean[i + 2..];
            // (A working group's code, "(WG8)", names who drafts it.)
            let committee = ["WG", "SWG", "SC", "TC"].iter().any(|c| {
                note.strip_prefix(c).is_some_and(|r| {
                    r.starts_with(|c: char| c.is_ascii_digit() || c == ' ' || c == '-')
                })
            });
            let is_note = note.starts_with(|c: char| c.is_lowercase())
                || note.starts_with("Replac")
                || note.starts_with("SG ")
                || committee;
            if is_note { &clean[..i] } else { clean }
        }
        None => clean,
    }
    .trim();
    // (A title starts with a capital, or with a term such as "5G".)
    let first_word = t.split(' ').next().unwrap_or("");
    let ok = t.len() >= 15
        && t.len() <= 220
        && t.chars().next().is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit() && first_word.chars().any(|c| c.is_ascii_uppercase())
        })
        && (t.contains('—')
            || t.contains(" - ")
            || t.contains(" – ")
            || t.split_whitespace().count() >= 4);
    ok.then(|| t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A list item labelled with a project's stage, then its title in the
/// shape "Subject — Aspect": "New project proposal: Artificial intelligence
/// — Knowledge graph quality" → the title and the stage.
pub(super) fn labelled_project(clean: &str) -> Option<(String, &'static str)> {
    let (label, rest) = clean.split_once(": ")?;
    if label.len() > 40 {
        return None;
    }
    let status = super::patterns::status_of(label)?;
    let t = project_title(rest)?;
    [" — ", " – ", " - "]
        .iter()
        .any(|d| t.contains(d))
        .then_some((t, status))
}

/// The instrument named at byte `at` of `raw` (a line whose hits are
/// `hits`): its hit there, else the one a short name there ("the
/// Measures") refers back to.
pub(super) fn instrument_at(
    cx: &Cx,
    raw: &str,
    hits: &[Hit],
    at: usize,
    main: Option<&EntityRef>,
) -> Option<EntityRef> {
    hits.iter()
        .find(|h| matches!(h.cat, Cat::Instrument { .. }) && h.start >= at && h.start <= at + 4)
        .map(|h| h.r.clone())
        .or_else(|| {
            let word = raw.get(at..)?.trim_start();
            let word = word.strip_prefix("the ").unwrap_or(word);
            let word = word.split([' ', '.', ',', ';']).next().unwrap_or("");
            crate::extract::instruments::is_head_word(word)
                .then(|| super::subjects::instrument_by_head(cx, word, main))
                .flatten()
        })
}

/// A standard this document dates as taking effect but gives no stage has
/// been published (a table of approved standards with an "Effective"
/// column; "GB X will take effect on D"). Not a draft: one with a comment
/// deadline or a placeholder year ("GB 1-202X").
/// And a draft's release is the draft's: "released" becomes "draft
/// released" for a standard this document calls a draft — or gives a
/// comment deadline and no stage: a draft for comments. A placeholder
/// year is never published: such a code is under development.
pub(crate) fn default_statuses(entities: &mut [EntityDraft]) {
    // A code with a placeholder year ("YD/T 1-202X") is not yet published,
    // whatever the sentence's verb ("MIIT published the plan, including
    // YD/T 1-202X"): it is under development.
    for e in entities.iter_mut().filter(|e| {
        e.kind == EntityKind::Standard
            && e.status.as_deref() == Some("published")
            && crate::model::builder::placeholder_year(&e.key)
    }) {
        e.status = Some("under development".into());
    }
    // A standard open for comments and given no stage is a draft for
    // comments (a TBT notification's "Final date for comments" column).
    for e in entities.iter_mut().filter(|e| {
        e.kind == EntityKind::Standard
            && e.status.is_none()
            && e.dates.iter().any(|d| d.what == "comment deadline")
    }) {
        e.status = Some("draft for comments".into());
    }
    for e in entities.iter_mut().filter(|e| {
        e.kind == EntityKind::Standard
            && matches!(e.status.as_deref(), Some("draft" | "draft for comments"))
    }) {
        for d in &mut e.dates {
            if d.what == "released" {
                d.what = "draft released".into();
            }
        }
    }
    for e in entities
        .iter_mut()
        .filter(|e| e.kind == EntityKind::Standard && e.status.is_none())
    {
        let effective = e.dates.iter().any(|d| d.what == "effective");
        let draft = e
            .dates
            .iter()
            .any(|d| d.what == "comment deadline" || d.what == "draft released")
            || crate::model::builder::placeholder_year(&e.key);
        if effective && !draft {
            e.status = Some("published".into());
        }
    }
}

/// A list item's note naming the committee: "- 20260101-T-339 Widget
/// recycling (under development, SAC/TC 999)": that committee drafts it.
pub(super) fn noted_committee(cx: &mut Cx, raw: &str, hits: &[Hit], s: &Hit, n: u32) {
    let Some(c) = hits.iter().find(|h| {
        h.cat == Cat::Committee
            && h.start > s.end
            && !codes::is_international(&h.r.1)
            && raw[s.end..h.start]
                .rfind('(')
                .is_some_and(|o| !raw[s.end + o..h.start].contains(')'))
    }) else {
        return;
    };
    cx.link(
        s.r.clone(),
        RelationKind::DevelopedBy,
        c.r.clone(),
        n,
        &text::strip_markup(raw),
        false,
    );
}

/// The date a draft went out for comments: "went out for public comments
/// on D", "was released for comments on D", "opened for consultation on D".
pub(super) fn released_for_comments(sent: &str, year: Option<i32>) -> Option<PartialDate> {
    static FOR_COMMENTS_ON: LazyLock<Regex> = LazyLock::new(|| {
        super::patterns::re(
            r"(?i)(?-u:\b)(?:out|released|published|issued|opened|put) for (?:public )?(?:comments?|consultation) (?:on|from) ",
        )
    });
    let m = FOR_COMMENTS_ON.find(sent)?;
    crate::extract::dates::date_at_start(&sent[m.end()..], year).map(|d| d.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projects_labelled_with_their_stage() {
        assert_eq!(
            labelled_project("New project proposal: Widgets — Quality evaluation"),
            Some(("Widgets — Quality evaluation".into(), "proposal"))
        );
        assert_eq!(
            labelled_project("Draft for comments: Widgets — Test methods (WG2)"),
            Some(("Widgets — Test methods".into(), "draft for comments"))
        );
        // (No stage, or no title in the standards' shape.)
        assert_eq!(labelled_project("Opening: Widgets — Welcome words"), None);
        assert_eq!(
            labelled_project("Proposal: the committee will meet again"),
            None
        );
    }
}
