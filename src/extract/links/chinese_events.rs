//! Meetings reported in Chinese: "全国X标准化技术委员会（SAC/TC 268）2026年
//! 年会在浙江杭州召开" or "…在北京召开2029年年会" (a committee's annual
//! meeting, held in a city; or its "第一次标准周活动", a standards week). The
//! event is named in English after its committee and year ("SAC/TC268 2026
//! Annual Meeting"), dated by its sentence and held by the committee named
//! right before it.

use super::{Cat, Hit};
use crate::extract::{Cx, dates, events, instruments};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{EntityKind, RelationKind};
use regex::Regex;
use std::sync::LazyLock;

/// "2026年年会在杭州召开", "第三次全体委员会议在北京举行", "2026年第一次
/// 标准周活动在北京召开".
static MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{MEETING_NAME}(?:暨[^在，。]{{0,30}})?在(?P<place>\p{{Han}}{{2,10}}?)(?:隆重)?(?:召开|举行|举办)"
    ))
    .expect("meeting regex")
});

/// The other order: "在北京召开2027年年会", "在上海召开第二次全体委员会议".
static MEETING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"在(?P<place>\p{{Han}}{{2,10}}?)(?:隆重)?(?:召开|举行|举办)了?{MEETING_NAME}"
    ))
    .expect("meeting regex")
});

/// A meeting's name: its year, then what it is.
const MEETING_NAME: &str = r"(?:(?P<year>\d{4})年(?:度)?)?(?P<head>年会|全体委员(?:大)?会议?|工作会议|第(?P<ord>[一二三四五六七八九十\d]{1,3})次(?:全体)?(?:委员)?(?:大)?会议?|(?:第(?P<wk>[一二三四五六七八九十\d]{1,3})次)?标准周(?:活动)?)";

/// Whether a line may report a meeting.
pub(super) fn worth_reading(raw: &str) -> bool {
    !raw.is_ascii() && (raw.contains("召开") || raw.contains("举行") || raw.contains("举办"))
}

/// Drafts the meetings a Chinese line reports, held by the committee
/// named right before each.
pub(super) fn meetings(cx: &mut Cx, raw: &str, hits: &[Hit], n: u32, year: Option<i32>) {
    for c in MEETING
        .captures_iter(raw)
        .chain(MEETING_AFTER.captures_iter(raw))
    {
        let m = c.get(0).expect("whole match");
        // The committee right before ("...委员会（SAC/TC 268）2026年年会").
        let Some(holder) = hits.iter().rfind(|h| {
            h.cat == Cat::Committee
                && h.end <= m.start()
                && raw[h.end..m.start()].chars().count() <= 16
        }) else {
            continue;
        };
        let head = match &c["head"] {
            "年会" => "Annual Meeting".to_owned(),
            h if h.starts_with("全体委员") => "Plenary Meeting".to_owned(),
            "工作会议" => "Work Meeting".to_owned(),
            h if h.contains("标准周") => match c.name("wk") {
                Some(w) => format!("{} Standards Week", ordinal(w.as_str())),
                None => "Standards Week".to_owned(),
            },
            // "第二次全体委员会议": the 2nd plenary.
            h if h.contains("全体") => format!("{} Plenary Meeting", ordinal(&c["ord"])),
            _ => format!("{} Meeting", ordinal(&c["ord"])),
        };
        let short = holder.r.1.clone();
        let name = match c.name("year") {
            Some(y) => format!("{short} {} {head}", y.as_str()),
            None => format!("{short} {head}"),
        };
        let etype = if head.contains("Standards Week") {
            "standards week"
        } else if head.contains("Plenary") || head.contains("Annual") {
            "plenary"
        } else {
            "meeting"
        };
        let key = events::event_key(&instruments::instrument_key(&name, ""));
        let mut d = EntityDraft::new(EntityKind::Event, key, etype);
        d.name = Some(name);
        d.place = Some(c["place"].to_owned());
        // The date of its sentence ("2026年11月16日至17日，...").
        let sentence_start = raw[..m.start()]
            .rfind('。')
            .map_or(0, |p| p + '。'.len_utf8());
        if let Some(dm) = dates::first_date(&raw[sentence_start..], year) {
            super::held_dates(&mut d, dm);
        }
        let me = d.entity_ref();
        cx.mention(d, n, m.start());
        cx.link_at(
            me.clone(),
            RelationKind::IssuedBy,
            holder.r.clone(),
            n,
            m.start(),
            false,
        );
        // "会议由X承办": the bodies that host it, in a sentence after it.
        link_hosts(cx, (raw, hits, n), &me, m.end());
    }
}

/// "第五届X大会在深圳召开，由A主办": the bodies hosting an event named in
/// Chinese (found with the other events) organize it.
pub(super) fn named_event_hosts(cx: &mut Cx, raw: &str, hits: &[Hit], n: u32) {
    for e in hits.iter().filter(|h| h.cat == Cat::Event) {
        if !raw[e.start..e.end].is_ascii() {
            link_hosts(cx, (raw, hits, n), &e.r, e.end);
        }
    }
}

/// Links `event` to the bodies and committees that host it, named in the
/// first "由X主办" clause after byte `from` of line `n`.
fn link_hosts(cx: &mut Cx, (raw, hits, n): (&str, &[Hit], u32), event: &EntityRef, from: usize) {
    let Some((a, b)) = hosted_by(raw, from) else {
        return;
    };
    for h in hits
        .iter()
        .filter(|h| matches!(h.cat, Cat::Body | Cat::Committee) && h.start >= a && h.end <= b)
    {
        cx.link_at(
            event.clone(),
            RelationKind::IssuedBy,
            h.r.clone(),
            n,
            h.start,
            false,
        );
    }
}

/// Where the hosts are named in "由X承办" / "由X主办" / "由X协办" after
/// byte `from` of `raw` (the first such clause): the byte range of X.
fn hosted_by(raw: &str, from: usize) -> Option<(usize, usize)> {
    let rest = raw.get(from..)?;
    let verb = ["承办", "主办", "协办"]
        .iter()
        .filter_map(|v| rest.find(v))
        .min()?;
    let by = rest[..verb].rfind('由')?;
    // (Within one sentence.)
    if rest[by..verb].contains('。') {
        return None;
    }
    // ("由A指导，B主办": the clause of the verb, B.)
    let start = match rest[by..verb].rfind(['，', ',']) {
        Some(c) => by + c + rest[by + c..].chars().next().map_or(1, char::len_utf8),
        None => by + '由'.len_utf8(),
    };
    Some((from + start, from + verb))
}

/// "三" → "3rd", "12" → "12th".
fn ordinal(s: &str) -> String {
    const HAN: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    let n: u32 = s.parse().unwrap_or_else(|_| {
        // 一 … 十, 十一 … 十九, 二十 …
        let v: Vec<u32> = s
            .chars()
            .filter_map(|c| HAN.iter().position(|h| *h == c).map(|p| p as u32 + 1))
            .collect();
        match v[..] {
            [x] => x,
            [10, y] => 10 + y,
            [x, 10] => x * 10,
            [x, 10, y] => x * 10 + y,
            _ => 0,
        }
    });
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meeting_pattern_reads_its_parts() {
        let c = MEETING
            .captures("委员会（SAC/TC 268）2026年年会在浙江杭州召开")
            .unwrap();
        assert_eq!(
            (&c["year"], &c["head"], &c["place"]),
            ("2026", "年会", "浙江杭州")
        );
        let c = MEETING.captures("第三次全体委员会议在北京举行").unwrap();
        assert_eq!(&c["ord"], "三");
        // The place first: "在北京召开2029年年会".
        let c = MEETING_AFTER
            .captures("委员会（SAC/TC 888）在北京召开2029年年会。")
            .unwrap();
        assert_eq!(
            (&c["year"], &c["head"], &c["place"]),
            ("2029", "年会", "北京")
        );
        assert!(MEETING_AFTER.captures("在杭州召开。").is_none());
    }

    #[test]
    fn hosts_named_after_the_meeting() {
        let raw = "X在北京召开。会议由中国小部件研究院承办。";
        let (a, b) = hosted_by(raw, 0).unwrap();
        assert_eq!(&raw[a..b], "中国小部件研究院");
        assert_eq!(hosted_by("X在北京召开。由A提出。会议承办", 0), None);
        let raw = "X召开。会议由A部指导，B研究院主办。";
        let (a, b) = hosted_by(raw, 0).unwrap();
        assert_eq!(&raw[a..b], "B研究院");
    }

    #[test]
    fn ordinals_from_han_numerals() {
        assert_eq!(ordinal("三"), "3rd");
        assert_eq!(ordinal("十二"), "12th");
        assert_eq!(ordinal("二十一"), "21st");
        assert_eq!(ordinal("2"), "2nd");
    }
}
