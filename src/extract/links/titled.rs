//! Standards named by their titles in running text: a title written before
//! its code in parentheses, titled projects listed after a colon without
//! codes, and Chinese titles in title marks without codes.

use super::standards::{project_title, sentence_status};
use super::{Cat, Hit, LineHits};
use crate::extract::{Cx, sentence_bounds, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{EntityKind, RelationKind};

/// The title written before a code that opens a parenthesis, after a colon,
/// a semicolon or a quote (or after a comma when it has a dash, the shape
/// of a standard's title): "...: Safety specification for widgets (GB
/// 99761-XXXX)", "..., Widget technology — Safety requirements (plan number
/// 20271234-T-469)".
pub(super) fn title_before_code(raw: &str, start: usize, code: &str) -> Option<String> {
    // ("... Part 4-2: Requirements (IEC 62443-4-2:2019, IDT)": an adopted
    // international code; the title is the national standard's.)
    if crate::extract::codes::is_international(code) {
        return None;
    }
    let before = raw[..start].trim_end();
    let mut open = before;
    for label in [
        "plan number",
        "project number",
        "plan No.",
        "project No.",
        "计划号",
    ] {
        let t = open.trim_end_matches([':', '：', ' ']);
        if let Some(r) = t.strip_suffix(label) {
            open = r;
            break;
        }
    }
    let seg = open
        .trim_end()
        .strip_suffix('(')
        .or_else(|| open.trim_end().strip_suffix('（'))?
        .trim_end();
    let cut = |d: &str| seg.rfind(d).map(|i| i + d.len());
    let hard = [": ", "; ", "：", "“", "\""]
        .iter()
        .filter_map(|d| cut(d))
        .max();
    let soft = cut(", ").filter(|&i| seg[i..].contains(['—', '–']));
    // ("SAC/TC 260 released the Cybersecurity Standard Practice Guide —
    // Security requirements for X (TC260-PG-20294A)": after the verb's
    // "the", a title with a dash.)
    // ("Notice on Releasing the Cybersecurity Standard Practice Guide —
    // X (TC260-PG-20294B)": a notice's title around it.)
    let verb = [
        "released the ",
        "issued the ",
        "published the ",
        "launched the ",
        "Releasing the ",
        "Issuing the ",
        "Publishing the ",
        "Release of the ",
        "Publication of the ",
    ]
    .iter()
    .filter_map(|d| cut(d))
    .max()
    .filter(|&i| seg[i..].contains(['—', '–']));
    // (A list item's whole text: "1. Cybersecurity Standard Practice
    // Guide — X (TC260-PG-20294A)".)
    let item = || {
        let t = seg.trim_start().trim_start_matches(['-', '*', '•', ' ']);
        let t = text::strip_list_number(t);
        (t.contains(['—', '–'])).then(|| seg.len() - t.len())
    };
    let from = hard
        .into_iter()
        .chain(soft)
        .chain(verb)
        .max()
        .or_else(item)?;
    let title = seg[from..].trim();
    const VERBS: [&str; 10] = [
        " was ",
        " were ",
        " is ",
        " are ",
        " has ",
        " have ",
        " will ",
        " released",
        " issued",
        " published",
    ];
    if VERBS.iter().any(|v| title.contains(v)) {
        return None;
    }
    project_title(&text::heading_text(title))
}

/// "TC260 released the drafts of three national standards: Widget
/// technology — Safety requirements (plan number ...), Widget technology —
/// Basic requirements for X, and Data technology — Guidelines for Y":
/// each title with a dash after the colon that names no code is a standard
/// project, in the sentence's stage, drafted by the record's committee
/// (inferred). Gives the projects drafted and their stage.
pub(super) fn listed_titles(
    cx: &mut Cx,
    raw: &str,
    hits: &[Hit],
    n: u32,
    committee: Option<&str>,
) -> Vec<(EntityRef, Option<&'static str>)> {
    const NOUNS: [&str; 8] = [
        "standards",
        "standard",
        "drafts",
        "projects",
        "documents",
        "guides",
        "specifications",
        "guidelines",
    ];
    let mut out = Vec::new();
    for (colon, _) in raw.match_indices(": ") {
        let lead = raw[..colon].trim_end_matches('*').to_ascii_lowercase();
        if !NOUNS.iter().any(|w| lead.ends_with(w)) {
            continue;
        }
        let (a, b) = sentence_bounds(raw, colon);
        let sent = &raw[a..b];
        let status = sentence_status(sent);
        let list = &raw[colon + 2..b];
        let mut at = colon + 2;
        for item in list.split([',', ';']) {
            let start = at;
            at += item.len() + 1;
            // (A coded item is read by the code rules.)
            if hits
                .iter()
                .any(|h| h.cat == Cat::Standard && h.start >= start && h.start < start + item.len())
            {
                continue;
            }
            let item = item.trim();
            let item = item.strip_prefix("and ").unwrap_or(item);
            let item = item.trim_end_matches(['.', ' ']);
            if !item.contains(['—', '–']) {
                continue;
            }
            let Some(t) = project_title(&text::heading_text(item)) else {
                continue;
            };
            let me = project(
                cx,
                t,
                status,
                (n, start),
                committee.map(|c| (c, true)),
                sent,
            );
            out.push((me, status));
        }
    }
    out
}

/// "各工作组审议了《网络安全技术 X》等42项国家标准草案", "WG7审议了《数据安全技术
/// Y》": a Chinese standard's title in title marks — its elements set apart
/// by a space, no code next to it — is a standard project, in the stage its
/// sentence names (征求意见: for comments; 草案, 审议, 审查: a draft; 立项: a
/// proposal), drafted by the committee that opens the sentence, else the
/// record's (inferred). Gives the projects drafted and their stage.
pub(super) fn chinese_titles(
    cx: &mut Cx,
    (raw, hits, n): (&str, &[Hit], u32),
    by_line: &LineHits,
    committee: Option<&str>,
) -> Vec<(EntityRef, Option<&'static str>)> {
    let mut out = Vec::new();
    for (a, sent) in super::chinese::zh_sentences(raw) {
        let i = a + sent.len();
        let stage = if sent.contains("征求意见") {
            Some("draft for comments")
        } else if ["草案", "审议", "审查", "送审稿"]
            .iter()
            .any(|w| sent.contains(w))
        {
            Some("draft")
        } else if sent.contains("立项") {
            Some("proposal")
        } else {
            None
        };
        let opener = hits
            .iter()
            .find(|h| h.start >= a && h.start < i)
            .filter(|h| {
                // (After a short opening: "其中，WG7审议了...".)
                let lead = raw[a..h.start].trim();
                h.cat == Cat::Committee
                    && (lead.is_empty() || lead.ends_with('，') && lead.chars().count() <= 6)
            });
        let mut at = 0;
        while let Some(open) = sent[at..].find('《').map(|k| at + k) {
            let inner_start = open + '《'.len_utf8();
            let Some(close) = sent[inner_start..].find('》').map(|k| inner_start + k) else {
                break;
            };
            at = close + '》'.len_utf8();
            let title = sent[inner_start..close].trim();
            let chars = title.chars().count();
            if !title.contains([' ', '\u{3000}']) || !(6..=60).contains(&chars) || title.is_ascii()
            {
                continue;
            }
            // A code next to it titles its own standard.
            let (lo, hi) = (a + open, a + at);
            if hits.iter().any(|h| {
                h.cat == Cat::Standard
                    && (h.end <= lo && lo - h.end <= 3 || h.start >= hi && h.start - hi <= 16)
            }) {
                continue;
            }
            // A title the document also writes on a line with a code (the
            // table under "批准《X》等2项国家标准") is that code's.
            if coded_elsewhere(cx, by_line, title, n) {
                continue;
            }
            let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
            let by = match opener {
                Some(h) => Some((h.r.1.as_str(), false)),
                None => committee.map(|c| (c, true)),
            };
            let me = project(cx, title, stage, (n, a + open), by, sent.trim());
            out.push((me, stage));
        }
    }
    out
}

/// "Notice on Soliciting Comments on the Draft National Standard
/// "Information Security Technology—X"", "3 national standards including
/// “Widget technology — Y”": a standard's title in quotes or emphasis
/// (`*X- Y- Z*`) — a dash sets its elements apart — right after the words "standard(s)" (and
/// "including"), with no code next to it, is a standard project in the
/// sentence's stage, drafted by the record's committee (inferred). Gives
/// the projects and their stage.
pub(super) fn quoted_titles(
    cx: &mut Cx,
    (raw, hits, n): (&str, &[Hit], u32),
    by_line: &LineHits,
    committee: Option<&str>,
) -> Vec<(EntityRef, Option<&'static str>)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = raw[at..].find(['"', '“', '*']).map(|k| at + k) {
        let q = raw[open..].chars().next().unwrap_or('"');
        // (Emphasis: "*Title*" or "**Title**".)
        let mark = match q {
            '“' => "”",
            '*' if raw[open..].starts_with("**") => "**",
            '*' => "*",
            _ => "\"",
        };
        let inner = open + if q == '“' { q.len_utf8() } else { mark.len() };
        let Some(close) = raw[inner..].find(mark).map(|k| inner + k) else {
            break;
        };
        at = close + mark.len();
        let title = raw[inner..close].trim();
        // (A dash sets the elements apart: "X — Y", "X- Big data- Y".)
        if !(title.contains(['—', '–']) || title.contains("- ")) || title.len() > 220 {
            continue;
        }
        let lead = raw[..open].trim_end().to_ascii_lowercase();
        let lead = lead.strip_suffix("including").unwrap_or(&lead).trim_end();
        let lead = lead.strip_suffix(',').unwrap_or(lead);
        if !(lead.ends_with("standard") || lead.ends_with("standards")) {
            continue;
        }
        // A code next to it titles its own standard.
        if hits.iter().any(|h| {
            h.cat == Cat::Standard
                && (h.end <= open && open - h.end <= 3 || h.start >= at && h.start - at <= 3)
        }) {
            continue;
        }
        let Some(t) = project_title(&text::heading_text(title)) else {
            continue;
        };
        if coded_elsewhere(cx, by_line, title, n) {
            continue;
        }
        let (a, b) = sentence_bounds(raw, open);
        let sent = &raw[a..b];
        let stage = sentence_status(sent).or_else(|| {
            let l = sent.to_ascii_lowercase();
            (l.contains("comment") && l.contains("draft") || l.contains("soliciting"))
                .then_some("draft for comments")
        });
        let me = project(
            cx,
            t,
            stage,
            (n, open),
            committee.map(|c| (c, true)),
            sent.trim(),
        );
        out.push((me, stage));
    }
    out
}

/// Drafts a titled standard project named on line `n` at byte `at`, in
/// `stage`, developed by `by` (a committee's key, and whether that was
/// inferred), with `sent` as the evidence.
fn project(
    cx: &mut Cx,
    title: String,
    stage: Option<&str>,
    (n, at): (u32, usize),
    by: Option<(&str, bool)>,
    sent: &str,
) -> EntityRef {
    let mut d = EntityDraft::new(EntityKind::Standard, title.clone(), "project");
    d.name = Some(title);
    d.status = stage.map(str::to_owned);
    let me = d.entity_ref();
    cx.mention(d, n, at);
    if let Some((c, inferred)) = by {
        cx.link(
            me.clone(),
            RelationKind::DevelopedBy,
            (EntityKind::Committee, c.to_owned()),
            n,
            &text::strip_markup(sent),
            inferred,
        );
    }
    me
}

/// Whether `title` is also written on another line of the document that
/// names a standard's code.
fn coded_elsewhere(cx: &Cx, by_line: &LineHits, title: &str, n: u32) -> bool {
    memchr::memmem::find_iter(cx.doc.text.as_bytes(), title.as_bytes()).any(|p| {
        let ln = cx.doc.line_of(p);
        ln != n
            && by_line
                .get(&ln)
                .is_some_and(|v| v.iter().any(|h| h.cat == Cat::Standard))
    })
}
