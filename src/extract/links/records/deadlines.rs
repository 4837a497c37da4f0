//! Comment deadlines in a record: a sentence naming no code ("Comments
//! should be sent by D", "The draft for comments is open until D", 征求意见
//! 截止日期) gives the deadline of the record's drafts for comments named
//! before it — or of the draft instrument it refers back to, or the
//! record's, when it is about a draft instrument and no draft standard.

use super::{Line, RecordCx, Walk};
use crate::extract::Cx;
use crate::extract::links::standards::comment_deadline;
use crate::extract::links::subjects::unnamed_sentences;
use crate::extract::links::{Hit, chinese};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind};

impl Walk {
    /// A deadline sentence on the line, when the record has none yet. (On
    /// a line naming standards, only a sentence naming none: "... including
    /// YD/T 1-2027 X. Comments are due by D.") `comment_word`: the line
    /// holds a word of comments; `drafts_at_line_start`: how many drafts
    /// for comments the lines above named.
    pub(super) fn deadline_sentence(
        &mut self,
        cx: &mut Cx,
        rc: &RecordCx,
        line: &Line,
        comment_word: bool,
        drafts_at_line_start: usize,
    ) {
        let Line { raw, n, .. } = *line;
        let standards = &line.standards;
        let year = rc.year;
        let instrument_deadlines = &mut self.instrument_deadlines;
        let Some((d, at)) = comment_word
            .then(|| {
                unnamed_sentences(raw, standards).find_map(|(at, t)| {
                    let d = comment_deadline(t, year)?;
                    // ("The draft of the Provisions went out for comments
                    // ..., with comments due by D": the deadline of the
                    // draft instrument it refers back to.)
                    if let Some(inst) = crate::extract::links::subjects::referred_instrument(
                        cx,
                        t,
                        rc.main.as_ref(),
                    ) {
                        instrument_deadlines.push((
                            inst,
                            d,
                            crate::extract::links::standards::released_for_comments(t, year),
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
        else {
            return;
        };
        self.deadline = Some((d, n));
        // "X is drafting GB/T 1 Widgets. The draft for comments is open
        // until D.": the one standard named before it on the line is that
        // draft.
        if self.for_comments.is_empty()
            && let Some(me) = drafted_before(cx, raw, at, standards)
        {
            self.for_comments.push(me);
        }
        // (Those of this line named before its sentence.)
        let on_line_before = self.for_comments[drafts_at_line_start..]
            .iter()
            .filter(|f| standards.iter().any(|h| h.r == **f && h.start < at))
            .count();
        self.drafts_before_deadline = drafts_at_line_start + on_line_before;
    }

    /// Dates the record's deadlines once its lines are read.
    pub(super) fn finish(self, cx: &mut Cx, rc: &RecordCx) {
        for (inst, date, released) in self.instrument_deadlines {
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
        if let Some((date, _)) = self.deadline
            && self.drafts_before_deadline == 0
            && let Some(m) = &rc.main
            && (m.1.contains("Draft") || cx.is_draft(m) || {
                // ("MIIT Seeks Comments on Draft Widget Standards": the
                // drafts the title names are standards.)
                let t = rc.r.title.to_ascii_lowercase();
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
        if let Some((date, _)) = self.deadline.filter(|_| !instrument_deadline) {
            for s in self.for_comments {
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
const FOR_COMMENTS: &str = "draft for comments";

/// A standard in a stage whose comment deadline a sentence naming no code
/// gives ("The final date for comments is D."): a draft for comments, or a
/// draft (a notified one).
pub(super) fn open_for_comments(status: Option<&str>) -> bool {
    matches!(status, Some(FOR_COMMENTS | "draft"))
}
