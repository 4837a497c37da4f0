//! Sentences written in Chinese about instruments: who issued one and
//! when ("2031年5月10日，国家市场监督管理总局、工业和信息化部联合发布《X
//! 办法》，自2031年9月1日起施行。" — issued_by each body, released and
//! effective), and the standards one requires ("《办法》要求，产品应当
//! 符合GB 1-2031的要求。", "《办法》第十二条规定，不得销售不符合GB/T 2-2031
//! 的产品。" — each standard supports it).

use super::chinese::{date_each, effective_zh, link_each, zh_sentences};
use super::{Cat, Hit};
use crate::extract::{Cx, dates, text};
use crate::model::RelationKind;
use crate::model::builder::EntityRef;

/// Verbs of issuing an instrument, the longer first.
const ISSUE: [&str; 7] = [
    "联合发布",
    "联合印发",
    "发布",
    "印发",
    "公布",
    "颁布",
    "出台",
];

/// Verbs of an instrument stating a requirement.
const REQUIRE: [&str; 3] = ["要求", "规定", "明确"];

/// Words that make a standard named after them binding: comply with, meet,
/// apply.
const COMPLY: [&str; 8] = [
    "符合", "满足", "达到", "执行", "遵守", "按照", "依照", "参照",
];

/// Whether a line may hold one of these sentences (cheap test first).
pub(super) fn worth_reading(raw: &str) -> bool {
    !raw.is_ascii()
        && raw.contains('《')
        && (ISSUE.iter().any(|w| raw.contains(w)) || REQUIRE.iter().any(|w| raw.contains(w)))
}

/// Reads each Chinese sentence of line `n` (see the module's examples).
pub(super) fn instrument_sentences(
    cx: &mut Cx,
    raw: &str,
    hits: &[Hit],
    n: u32,
    year: Option<i32>,
) {
    for (a, sent) in zh_sentences(raw) {
        let in_sent: Vec<&Hit> = hits
            .iter()
            .filter(|h| h.start >= a && h.end <= a + sent.len())
            .collect();
        if !in_sent
            .iter()
            .any(|h| matches!(h.cat, Cat::Instrument { .. }))
        {
            continue;
        }
        let evidence = || text::strip_markup(sent.trim());
        issued(cx, (sent, a), &in_sent, n, year, &evidence);
        required(cx, (sent, a), &in_sent, n, &evidence);
    }
}

/// "X、Y联合发布《Z》": Z issued by the bodies of the clause before the verb,
/// released on the date written before it, effective on the date of "自D起
/// 施行" after it.
fn issued(
    cx: &mut Cx,
    (sent, a): (&str, usize),
    in_sent: &[&Hit],
    n: u32,
    year: Option<i32>,
    evidence: &dyn Fn() -> String,
) {
    let Some((p, verb)) = ISSUE
        .iter()
        .filter_map(|v| sent.find(v).map(|p| (p, *v)))
        .min_by_key(|(p, v)| (*p, std::cmp::Reverse(v.len())))
    else {
        return;
    };
    let after = p + verb.len();
    // The instruments issued: the one right after the verb ("发布了《Z》",
    // or a relative clause: "根据国务院印发的《Z》") and those listed with
    // it ("《Z》和《W》").
    let mut issued: Vec<EntityRef> = Vec::new();
    let mut at = after;
    for h in in_sent.iter().filter(|h| h.start - a >= after) {
        let gap = sent[at..h.start - a].replace(['《', '》'], "");
        let first = issued.is_empty();
        let listed = if first {
            matches!(gap.as_str(), "" | "了" | "的")
        } else {
            matches!(gap.as_str(), "" | "、" | "和" | "及" | "与" | "以及")
        };
        if !matches!(h.cat, Cat::Instrument { .. }) || !listed {
            break;
        }
        if !issued.contains(&h.r) {
            issued.push(h.r.clone());
        }
        at = h.end - a;
    }
    if issued.is_empty() {
        return;
    }
    // The issuers: the bodies of the clause that ends at the verb.
    let clause = sent[..p]
        .char_indices()
        .rfind(|(_, c)| matches!(c, '，' | '：' | ','))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let issuers: Vec<&&Hit> = in_sent
        .iter()
        .filter(|h| matches!(h.cat, Cat::Body | Cat::Committee))
        .filter(|h| h.start - a >= clause && h.end - a <= p)
        .collect();
    let ev = evidence();
    for b in &issuers {
        link_each(cx, &issued, RelationKind::IssuedBy, &b.r, (n, &ev));
    }
    // ("同日，X发布了《Z》": the date before.)
    if !issuers.is_empty()
        && let Some(d) = dates::first_date(&sent[..p], year)
            .map(|d| d.date)
            .or_else(|| super::same_day::same_day(cx, (n, a), sent, year))
    {
        for i in &issued {
            let what = if cx.is_draft(i) {
                "draft released"
            } else {
                "released"
            };
            date_each(cx, std::slice::from_ref(i), d, what);
        }
    }
    effective_zh(cx, &sent[at..], &issued, year);
}

/// "《办法》要求，…应当符合GB 1-2031…": the standards named after a word of
/// compliance support the instrument that states the requirement (written
/// right before its verb, an article number between: "《办法》第十二条规
/// 定").
fn required(
    cx: &mut Cx,
    (sent, a): (&str, usize),
    in_sent: &[&Hit],
    n: u32,
    evidence: &dyn Fn() -> String,
) {
    let Some((inst, v)) = in_sent
        .iter()
        .filter(|h| matches!(h.cat, Cat::Instrument { .. }))
        .find_map(|h| {
            let rest = &sent[h.end - a..];
            let rest = rest.strip_prefix('》').unwrap_or(rest);
            let v = REQUIRE.iter().filter_map(|w| rest.find(w)).min()?;
            // (At most an article's number between: "第十二条".)
            let between = &rest[..v];
            let article = between.is_empty()
                || between.starts_with('第')
                    && between.ends_with('条')
                    && between.chars().count() <= 8;
            article.then(|| (h, sent.len() - rest.len() + v))
        })
    else {
        return;
    };
    let Some(c) = COMPLY.iter().filter_map(|w| sent[v..].find(w)).min() else {
        return;
    };
    let from = v + c;
    let required: Vec<EntityRef> = in_sent
        .iter()
        .filter(|h| h.cat == Cat::Standard && h.start - a >= from)
        .map(|h| h.r.clone())
        .collect();
    link_each(
        cx,
        &required,
        RelationKind::Supports,
        &inst.r,
        (n, &evidence()),
    );
}
