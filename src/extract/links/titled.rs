//! Standards named by their titles in running text: a title written before
//! its code in parentheses, and titled projects listed after a colon
//! without codes.

use super::standards::{project_title, sentence_status};
use super::{Cat, Hit};
use crate::extract::{Cx, sentence_bounds, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{EntityKind, RelationKind};

/// The title written before a code that opens a parenthesis, after a colon,
/// a semicolon or a quote (or after a comma when it has a dash, the shape
/// of a standard's title): "...: Safety specification for widgets (GB
/// 99761-XXXX)", "..., Widget technology — Safety requirements (plan number
/// 20271234-T-469)".
pub(super) fn title_before_code(raw: &str, start: usize) -> Option<String> {
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
    let from = hard.into_iter().chain(soft).max()?;
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
            let mut d = EntityDraft::new(EntityKind::Standard, t.clone(), "project");
            d.name = Some(t);
            d.status = status.map(str::to_owned);
            let me = d.entity_ref();
            cx.mention(d, n, start);
            if let Some(c) = committee {
                cx.link(
                    me.clone(),
                    RelationKind::DevelopedBy,
                    (EntityKind::Committee, c.to_owned()),
                    n,
                    &text::strip_markup(sent),
                    true,
                );
            }
            out.push((me, status));
        }
    }
    out
}
