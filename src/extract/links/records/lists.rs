//! Lists in a record: what makes a line a list item, the sentences that
//! introduce a list and set its items' stage, date and supported
//! instrument ("On D, X approved and published three standards:", "The
//! Provisions are supported by three national standards:"), titled
//! projects without a code ("- New project proposal: Artificial
//! intelligence — X") and titles written before or around a code.

use super::deadlines::open_for_comments;
use super::{Line, RecordCx, Walk};
use crate::extract::links::patterns::*;
use crate::extract::links::standards::{labelled_project, project_title, replaces};
use crate::extract::links::{Cat, Hit, titled};
use crate::extract::{Cx, dates, sentence_bounds, text};
use crate::model::builder::EntityDraft;
use crate::model::{EntityKind, RelationKind};

/// A list item: a line opened by "-", "•", "*" or a number — not a clock
/// time ("10:30–12:00 ...", which opens an agenda's session) nor a Chinese
/// year or month ("2026年发布的国家标准：").
pub(super) fn is_bullet(raw: &str) -> bool {
    let t = raw.trim_start();
    let time = || dates::clock_time_len(t).is_some();
    let year_zh = || {
        t.trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['年', '月'])
    };
    t.starts_with('-')
        || t.starts_with('•')
        || t.starts_with('*')
        || t.chars().next().is_some_and(|c| c.is_ascii_digit()) && !time() && !year_zh()
}

impl Walk {
    /// A sentence introducing a list ("... have completed the drafts for
    /// comments:", "TC260 is developing two more standards:") sets the
    /// status of its items, like a heading; one that names no status
    /// ("Under the new rules:") ends the list before.
    /// ("10:30–12:00 WG 1 — review of drafts:" names a status too; only a
    /// sentence ends a list without naming one.)
    /// (In Chinese: "组织编制了以下3项国家标准征求意见稿，...。", "the
    /// following".)
    /// (Or a call for comments right above a numbered list: "…已形成征求意见
    /// 稿，现公开征求意见。" then "1. 标题（计划号：…）".)
    /// Called on lines that are no list item.
    pub(super) fn list_intro(
        &mut self,
        cx: &mut Cx,
        rc: &RecordCx,
        raw: &str,
        hits: &[Hit],
        n: u32,
    ) {
        let list_below = || {
            (n + 1..=rc.r.lines.1)
                .map(|l| cx.doc.line(l).trim())
                .find(|l| !l.is_empty())
                .is_some_and(|l| {
                    let digits = l.len() - l.trim_start_matches(|c: char| c.is_ascii_digit()).len();
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
        if !(raw.trim_end().ends_with([':', '：']) || zh_intro())
            || hits.iter().any(|h| h.cat == Cat::Standard)
        {
            return;
        }
        let end = raw.trim_end().len() - raw.trim_end().chars().last().map_or(1, char::len_utf8);
        let (a, _) = sentence_bounds(raw, end);
        let named = status_of(&raw[a..]);
        let introduces = raw.len() >= 60 || {
            let l = raw.to_ascii_lowercase();
            l.contains("standard") || l.contains("project")
        };
        if named.is_none() && !introduces {
            return;
        }
        let year = rc.year;
        self.status = named;
        self.list_released = matches!(named, Some("published" | "approved"))
            .then(|| dates::first_date(&raw[a..], year))
            .flatten()
            .map(|d| d.date);
        // "The following standards will take effect on D:".
        self.list_effective = EFFECTIVE
            .find(&raw[a..])
            .and_then(|e| dates::first_date(&raw[a + e.end()..], year))
            .filter(|d| d.start < 30)
            .map(|d| d.date);
        self.supporting = false;
        // "The Provisions are supported by three national standards:": the
        // items support the instrument the sentence opens with (or names
        // before the verb).
        if let Some(p) = SUPPORTED_BY_LIST.find(&raw[a..]) {
            let before = a + p.start();
            self.supported = hits
                .iter()
                .rfind(|h| {
                    matches!(h.cat, Cat::Instrument { .. }) && h.start >= a && h.end <= before
                })
                .map(|h| h.r.clone())
                .or_else(|| {
                    crate::extract::links::subjects::referred_instrument(
                        cx,
                        &raw[a..],
                        rc.main.as_ref(),
                    )
                });
            self.supporting = self.supported.is_some();
        }
    }

    /// Titled projects in agenda lists: a list item with no code under a
    /// status heading, or labelled with its stage ("- New project proposal:
    /// Artificial intelligence — X"). True when the line is such an item
    /// (nothing else on it is read). `stage_word`: the line holds a stage's
    /// word (only then is a labelled item cleaned for a look).
    pub(super) fn titled_project(
        &mut self,
        cx: &mut Cx,
        rc: &RecordCx,
        line: &Line,
        stage_word: bool,
    ) -> bool {
        let Line {
            raw,
            n,
            hits,
            bullet,
            ..
        } = *line;
        let uncoded = bullet && line.standards.is_empty();
        let labelled = (uncoded && stage_word && raw.contains(": "))
            .then(|| labelled_project(&text::heading_text(raw)))
            .flatten();
        if !((self.status.is_some() || labelled.is_some())
            && uncoded
            && hits.iter().all(|h| h.cat != Cat::Instrument { law: false }))
        {
            return false;
        }
        let (title, status) = match labelled {
            Some((t, st)) => (Some(t), Some(st)),
            None => (project_title(&text::heading_text(raw)), self.status),
        };
        let Some(t) = title else {
            return true;
        };
        let mut d = EntityDraft::new(EntityKind::Standard, t.clone(), "project");
        d.name = Some(t.clone());
        // The item's own note ("(new project proposal, X)") names its stage
        // better than the list's heading.
        let own = raw
            .rfind(" (")
            .and_then(|p| status_of(&raw[p..]))
            .filter(|_| raw.len() > t.len());
        d.status = own.or(status).map(str::to_owned);
        let me = d.entity_ref();
        if open_for_comments(d.status.as_deref()) {
            self.for_comments.push(me.clone());
        }
        cx.mention(d, n, 0);
        // A committee the item names ("... (WG8)") drafts it.
        if let Some(c) = hits.iter().find(|h| {
            h.cat == Cat::Committee && !crate::extract::committees::is_international(&h.r.1)
        }) {
            cx.link(
                me.clone(),
                RelationKind::DevelopedBy,
                c.r.clone(),
                n,
                &text::heading_text(raw),
                false,
            );
        } else if let Some(c) = &rc.committee {
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
        if line.replace_at.is_some() {
            replaces(cx, &me, raw, hits, &line.replaced, n);
        }
        self.last_standard = Some(me);
        true
    }

    /// Titles written around codes: "1. Title of the project (project
    /// number: 20251187-T-469)", "... three drafts: Widget technology —
    /// Safety requirements (plan number 20271234-T-469), ...", and titled
    /// projects in running text, in quotes or in Chinese title marks.
    pub(super) fn titles_on_line(&mut self, cx: &mut Cx, rc: &RecordCx, line: &Line) {
        let Line {
            raw,
            n,
            hits,
            bullet,
            ..
        } = *line;
        let standards = &line.standards;
        let committee = rc.committee.as_deref();
        // "1. Title of the project (project number: 20251187-T-469)": the
        // title is written before its code.
        if bullet
            && let Some(s) = standards.first()
            && raw[..s.start].trim_end().ends_with([':', '('])
            && !crate::extract::links::fields::is_field_line(raw)
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
        // "... three drafts: Widget technology — Safety requirements (plan
        // number 20271234-T-469), ...": a title in running text written
        // before its code in parentheses.
        for s in standards {
            if let Some(t) = titled::title_before_code(raw, s.start, &s.r.1) {
                let mut d = EntityDraft::new(EntityKind::Standard, s.r.1.clone(), "");
                d.name = Some(t);
                cx.add(d);
            }
        }
        // "... three standards: Widget technology — X, and Widget
        // technology — Y": titled projects in running text.
        let mut titled = Vec::new();
        if !raw.is_ascii() && raw.contains('《') {
            titled.extend(titled::chinese_titles(
                cx,
                (raw, hits, n),
                rc.by_line,
                committee,
            ));
        }
        if raw.contains(['"', '“', '*']) {
            titled.extend(titled::quoted_titles(
                cx,
                (raw, hits, n),
                rc.by_line,
                committee,
            ));
        }
        if raw.contains(':') {
            titled.extend(titled::listed_titles(cx, raw, hits, n, committee));
        }
        for (me, stage) in titled {
            if open_for_comments(stage) {
                self.for_comments.push(me);
            }
        }
    }
}
