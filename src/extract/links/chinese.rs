//! Sentences written in Chinese about standards and committees (成立于,
//! 秘书处, 对口 on a committee's page): "将于2027年11月1日起实施"
//! (the effective date of the standards the sentence names, or of the
//! record's one standard when it says 该标准 "this standard"), "由 X 归口"
//! (the committee responsible for them), "该标准支撑《X》" (the instrument
//! they support), "D，SAMR 批准发布 GB ..." (their release date), "征求意见
//! 截止日期为 D" (the deadline for comments). Sentences end at 。, ； or ！.

use super::subjects::{standards_after, standards_before, title_subject, titled_standard};
use super::{Cat, Hit, LineHits};
use crate::extract::{Cx, dates, text};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, PartialDate, Record, RelationKind};

/// The words these sentences turn on: effective (实施, 施行), the committee
/// responsible (归口), support (支撑: "该标准支撑《X》的实施"), release
/// (批准发布, 发布), the deadline for comments (截止).
const CUES: &[&str] = &["实施", "施行", "归口", "支撑", "发布", "截止"];

/// "Takes effect on the same day" (as the standard named before).
const SAME_DAY: [&str; 4] = ["同日实施", "同日起实施", "同日施行", "同日起施行"];

/// The sentences of a line written in Chinese, ended by 。, ； or ！ (and
/// the line's end): each with the byte it starts at.
pub(super) fn zh_sentences(raw: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    raw.char_indices()
        .chain(std::iter::once((raw.len(), '。')))
        .filter(|(_, c)| matches!(c, '。' | '；' | '！'))
        .map(move |(i, c)| {
            let a = start;
            start = (i + c.len_utf8()).min(raw.len());
            (a, &raw[a..i])
        })
}

/// Whether a line may hold one of these sentences (cheap test first).
pub(super) fn worth_reading(raw: &str) -> bool {
    !raw.is_ascii() && CUES.iter().any(|w| raw.contains(w))
}

/// A committee's page in Chinese: "秘书处承担单位为 X" / "秘书处设在 X" (X
/// holds its secretariat; X, an organization known by its Chinese name,
/// becomes one), "对口 ISO/TC 204" (it mirrors that committee). The
/// committee is the national one named before the cue in the sentence,
/// else the record's (`home`).
pub(super) fn committee_sentences(
    cx: &mut Cx,
    raw: &str,
    hits: &[Hit],
    n: u32,
    home: Option<&str>,
) {
    if raw.is_ascii() || !(raw.contains("秘书处") || raw.contains("对口") || raw.contains("成立于"))
    {
        return;
    }
    for (a, sent) in zh_sentences(raw) {
        let i = a + sent.len();
        let national = |before: usize| {
            hits.iter()
                .filter(|h| h.cat == Cat::Committee && h.start >= a && h.end <= a + before)
                .rfind(|h| !crate::extract::committees::is_international(&h.r.1))
                .map(|h| h.r.clone())
                .or_else(|| home.map(|k| (EntityKind::Committee, k.to_owned())))
        };
        let evidence = || text::strip_markup(sent.trim());
        // "成立于2018年": when the committee was founded.
        if let Some(p) = sent.find("成立于")
            && let Some(committee) = national(p)
        {
            let t = &sent[p + "成立于".len()..];
            let date = dates::date_at_start(t, None).map(|d| d.date).or_else(|| {
                super::committee_rules::bare_year(t)
                    .filter(|_| t.get(4..).is_some_and(|r| r.starts_with('年')))
            });
            if let Some(date) = date {
                let mut d = EntityDraft::new(committee.0, committee.1, "");
                d.dates.push(DatedFact {
                    date,
                    what: "established".into(),
                });
                cx.add(d);
            }
        }
        // "秘书处承担单位为 X", "秘书处设在 X", "秘书处挂靠 X", "秘书处由 X 承担".
        if let Some(p) = sent.find("秘书处") {
            let rest = &sent[p + "秘书处".len()..];
            // ("秘书处承担单位X主办": the holder hosts the meeting.)
            let holder = [
                "承担单位为",
                "承担单位是",
                "承担单位",
                "设在",
                "挂靠在",
                "挂靠",
                "由",
            ]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .map(|h| {
                // ("秘书处承担单位：X": a label's colon.)
                let h = h.trim_start_matches(['：', ':', ' ']);
                let h = &h[..h.find(['，', ',', '（', '(']).unwrap_or(h.len())];
                // (The verb may go on: "X主办了本次会议".)
                let verb = ["承担", "主办", "承办", "组织", "举办", "负责"]
                    .iter()
                    .filter_map(|v| h.find(v))
                    .min()
                    .unwrap_or(h.len());
                h[..verb].trim()
            })
            .filter(|h| (4..=40).contains(&h.chars().count()));
            if let (Some(holder), Some(committee)) = (holder, national(p)) {
                let at = rest.find(holder).map_or(p, |q| p + "秘书处".len() + q);
                let body = hits
                    .iter()
                    .find(|h| {
                        h.cat == Cat::Body && h.start == a + at && h.end == a + at + holder.len()
                    })
                    .map(|h| h.r.clone())
                    .unwrap_or_else(|| {
                        let mut d = EntityDraft::new(
                            EntityKind::Organization,
                            holder.to_owned(),
                            org_type(holder),
                        );
                        d.name = Some(holder.to_owned());
                        cx.mention(d, n, a + at);
                        (EntityKind::Organization, holder.to_owned())
                    });
                cx.link(
                    committee,
                    RelationKind::Secretariat,
                    body,
                    n,
                    &evidence(),
                    false,
                );
            }
        }
        // "对口 ISO/TC 204": the international committees after the cue.
        if let Some(p) = sent.find("对口")
            && let Some(committee) = national(p)
        {
            for h in hits.iter().filter(|h| {
                h.cat == Cat::Committee
                    && h.start >= a + p
                    && h.end <= i
                    && crate::extract::committees::is_international(&h.r.1)
            }) {
                cx.link(
                    committee.clone(),
                    RelationKind::Mirrors,
                    h.r.clone(),
                    n,
                    &evidence(),
                    false,
                );
            }
        }
    }
}

/// The type of an organization from the last word of its Chinese name.
fn org_type(name: &str) -> &'static str {
    if name.ends_with("大学") || name.ends_with("学院") {
        "university"
    } else if name.ends_with("协会") || name.ends_with("学会") || name.ends_with("联合会") {
        "association"
    } else if name.ends_with("联盟") {
        "alliance"
    } else if name.ends_with("公司") {
        "company"
    } else {
        "institute"
    }
}

/// The deadline for comments a Chinese sentence gives: "请于2027年12月20日
/// 前将意见反馈至秘书处" (before D), "意见反馈截止日期为 D" (the last day) —
/// for the record's drafts, when the sentence names none of them.
pub(super) fn comment_deadline(raw: &str, year: Option<i32>) -> Option<PartialDate> {
    if raw.is_ascii() || !raw.contains("意见") {
        return None;
    }
    raw.split(['。', '；', '！'])
        .filter(|s| s.contains("意见"))
        .find_map(|s| {
            let from = s.find("截止").or_else(|| s.find("请于"))?;
            let d = dates::first_date(&s[from..], year)?;
            // "请于 D 前": the date is a time limit only with 前 after it.
            let rest = &s[from + d.end..];
            (s[from..].starts_with("截止")
                || rest
                    .trim_start()
                    .split_once('前')
                    .is_some_and(|(t, _)| t.chars().count() <= 6))
            .then_some(d.date)
        })
}

/// "自/于 D 起实施": the date right before the verb dates `subjects` as
/// effective. ("（2030-03-01实施）": the verb right after the date.)
pub(super) fn effective_zh(cx: &mut Cx, sent: &str, subjects: &[EntityRef], year: Option<i32>) {
    for verb in ["起实施", "起施行", "开始实施", "正式实施", "实施", "施行"] {
        let Some(v) = sent.find(verb) else { continue };
        let Some(d) = dates::find_dates(&sent[..v], year)
            .pop()
            .filter(|d| sent[d.end..v].trim().chars().count() <= 2)
        else {
            continue;
        };
        date_each(cx, subjects, d.date, "effective");
        break;
    }
}

/// The rules for one line `n` of record `r`.
pub(super) fn chinese_sentences(
    cx: &mut Cx,
    raw: &str,
    hits: &[Hit],
    n: u32,
    r: &Record,
    by_line: &LineHits,
    year: Option<i32>,
) {
    // The standards the last sentence on this line named (older ones it
    // replaces left out).
    let mut prev: Vec<EntityRef> = Vec::new();
    for (a, sent) in zh_sentences(raw) {
        let i = a + sent.len();
        // The standards it names, older ones it replaces (代替) left out;
        // else, for 该标准/本标准, the one standard the sentence before
        // named, or the record's one standard named before.
        let replaced_from = sent.find("代替").map_or(usize::MAX, |p| a + p);
        let mut subjects: Vec<EntityRef> = hits
            .iter()
            .filter(|h| h.cat == Cat::Standard && h.start >= a && h.end <= i)
            .filter(|h| h.start < replaced_from)
            .map(|h| h.r.clone())
            .collect();
        subjects.dedup();
        let before_this = std::mem::take(&mut prev);
        if !subjects.is_empty() {
            prev = subjects.clone();
        }
        if !CUES.iter().any(|w| sent.contains(w)) {
            continue;
        }
        // (《X》 opening the sentence: the standard titled X.)
        if subjects.is_empty() {
            subjects.extend(title_subject(cx, raw, a));
        }
        // ("批准发布《X》等3项强制性国家标准，将于D起实施" naming no code:
        // the standards the record lists after it — "其中，GB 1-2029《X》…" —
        // when it lists no more than the sentence counts.)
        if subjects.is_empty()
            && let Some(k) = counted_standards_zh(sent)
        {
            let mut after = standards_after(cx, by_line, r, n);
            let mut seen = rustc_hash::FxHashSet::default();
            after.retain(|(s, _)| seen.insert(s.clone()));
            if after.len() <= k {
                subjects.extend(after.into_iter().map(|(s, _)| s));
            }
        }
        // (本文件 "this document": the standard the text is titled with.)
        if subjects.is_empty() && (sent.contains("本文件") || sent.contains("本部分")) {
            subjects.extend(titled_standard(cx, by_line, r).map(|(s, _)| s));
        }
        if subjects.is_empty() && (sent.contains("该标准") || sent.contains("本标准")) {
            if let [one] = before_this.as_slice() {
                subjects.push(one.clone());
            } else {
                let mut before = standards_before(cx, by_line, r, n, a);
                before.dedup_by(|x, y| x.0 == y.0);
                if let [(one, _)] = before.as_slice() {
                    subjects.push(one.clone());
                }
            }
        }
        // ("该系列标准支撑《X》", "上述标准…": every standard named before.)
        if subjects.is_empty()
            && [
                "该系列标准",
                "上述标准",
                "这些标准",
                "以上标准",
                "该批标准",
                "上述",
                "以上",
            ]
            .iter()
            .any(|w| sent.trim_start().starts_with(w))
            && sent.contains("标准")
        {
            let mut before = standards_before(cx, by_line, r, n, a);
            before.dedup_by(|x, y| x.0 == y.0);
            subjects.extend(before.into_iter().map(|(s, _)| s));
        }
        // ("《X办法》自D起施行": an instrument opening the sentence takes
        // effect — only that is read of it here.)
        if subjects.is_empty() {
            let lead = a + (sent.len() - sent.trim_start().len());
            if let Some(h) = hits.iter().find(|h| {
                matches!(h.cat, Cat::Instrument { .. }) && h.start >= lead && h.start <= lead + 3
            }) {
                effective_zh(cx, sent, std::slice::from_ref(&h.r), year);
            }
            continue;
        }
        let evidence = text::strip_markup(sent.trim());
        effective_zh(cx, sent, &subjects, year);
        // "Y同日实施": effective the day the standard named before is.
        if SAME_DAY.iter().any(|w| sent.contains(w)) {
            let other = before_this.first().cloned().or_else(|| {
                standards_before(cx, by_line, r, n, a)
                    .into_iter()
                    .map(|(s, _)| s)
                    .rfind(|s| !subjects.contains(s))
            });
            if let Some(o) = other {
                for s in subjects.iter().filter(|s| **s != o) {
                    cx.alongside.push((s.clone(), o.clone(), "effective"));
                }
            }
        }
        // "D，X 批准发布 GB ...": released on the sentence's date before the
        // verb, for the standards named after it.
        if let Some(p) = sent.find("发布")
            && let Some(d) = dates::first_date(&sent[..p], year)
        {
            let released: Vec<EntityRef> = hits
                .iter()
                .filter(|h| {
                    h.cat == Cat::Standard
                        && h.start >= a + p
                        && h.end <= i
                        && h.start < replaced_from
                })
                .map(|h| h.r.clone())
                .collect();
            date_each(cx, &released, d.date, "released");
            // "GB X已于2031年3月发布": the date right before the verb after
            // 于, for the standards named before it.
            if let Some(last) = dates::find_dates(&sent[..p], year).pop()
                && sent[..last.start].ends_with('于')
                && sent[last.end..p].chars().count() <= 2
            {
                let before: Vec<EntityRef> = hits
                    .iter()
                    .filter(|h| h.cat == Cat::Standard && h.start >= a && h.end <= a + last.start)
                    .map(|h| h.r.clone())
                    .collect();
                date_each(cx, &before, last.date, "released");
            }
        }
        // "征求意见截止日期为 D" / "截止时间：D": the last day for comments.
        if let Some(p) = sent.find("截止")
            && sent.contains("意见")
            && let Some(d) = dates::first_date(&sent[p..], year)
        {
            date_each(cx, &subjects, d.date, "comment deadline");
        }
        // "支撑《X》": the instruments named after the verb.
        if let Some(p) = sent.find("支撑") {
            for inst in hits.iter().filter(|h| {
                matches!(h.cat, Cat::Instrument { .. }) && h.start >= a + p && h.end <= i
            }) {
                link_each(
                    cx,
                    &subjects,
                    RelationKind::Supports,
                    &inst.r,
                    (n, &evidence),
                );
            }
        }
        // "由 X 归口": the committee responsible.
        if let Some(g) = sent.find("归口") {
            let committee = hits
                .iter()
                .rev()
                .find(|h| h.cat == Cat::Committee && h.start >= a && h.end <= a + g);
            if let Some(c) = committee {
                link_each(
                    cx,
                    &subjects,
                    RelationKind::DevelopedBy,
                    &c.r,
                    (n, &evidence),
                );
            } else if hits
                .iter()
                .any(|h| h.cat == Cat::Body && h.start >= a && h.end <= a + g)
            {
                // ("由工业和信息化部提出并归口": a ministry, no committee.)
                cx.owned_elsewhere.extend(subjects.iter().cloned());
            }
        }
    }
}

/// How many standards a sentence counts: "等3项强制性国家标准", "两项国家
/// 标准" (a count, 项, then 标准 within a few characters).
fn counted_standards_zh(sent: &str) -> Option<usize> {
    let (before, after) = sent.split_once('项')?;
    if !after.chars().take(10).collect::<String>().contains("标准") {
        return None;
    }
    let digits: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    let numeral = |c: char| "一二三四五六七八九".find(c).map(|i| i / 3 + 1);
    let tail: Vec<char> = before
        .chars()
        .rev()
        .take_while(|&c| numeral(c).is_some() || c == '十' || c == '两')
        .collect();
    match tail.as_slice() {
        ['两'] => Some(2),
        ['十'] => Some(10),
        [c] => numeral(*c),
        [u, '十'] => Some(10 + numeral(*u)?),
        _ => None,
    }
}

/// Dates each of `these` with `what` on `date`.
pub(super) fn date_each(cx: &mut Cx, these: &[EntityRef], date: PartialDate, what: &str) {
    for s in these {
        let mut e = EntityDraft::new(s.0, s.1.clone(), "");
        e.dates.push(DatedFact {
            date,
            what: what.into(),
        });
        cx.add(e);
    }
}

/// Links each of `these` to `to` by `kind`, stated on line `n` by `evidence`.
pub(super) fn link_each(
    cx: &mut Cx,
    these: &[EntityRef],
    kind: RelationKind,
    to: &EntityRef,
    (n, evidence): (u32, &str),
) {
    for s in these {
        cx.link(s.clone(), kind, to.clone(), n, evidence, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_of_standards() {
        let c = counted_standards_zh;
        assert_eq!(c("批准发布《X》等3项强制性国家标准"), Some(3));
        assert_eq!(c("发布了两项国家标准"), Some(2));
        assert_eq!(c("批准发布十二项行业标准"), Some(12));
        assert_eq!(c("发布五项标准"), Some(5));
        assert_eq!(c("完成3项工作"), None);
    }

    #[test]
    fn chinese_comment_deadlines() {
        let d = |s: &str| comment_deadline(s, Some(2027)).map(|d| d.to_string());
        assert_eq!(
            d("请于2027年12月20日24:00前将意见反馈至秘书处。").as_deref(),
            Some("2027-12-20")
        );
        assert_eq!(
            d("征求意见截止日期为2027年11月5日。").as_deref(),
            Some("2027-11-05")
        );
        // A date that is no time limit, or a sentence about no comments.
        assert_eq!(d("请于2027年12月20日参加会议并提出意见。"), None);
        assert_eq!(d("请于2027年12月20日前报名。"), None);
    }
}
