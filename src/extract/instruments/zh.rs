//! Instruments named in Chinese, in title marks: 《中华人民共和国网络安全法》,
//! 《生成式人工智能服务管理暂行办法》. The type comes from the name's last
//! word (法 law, 条例 regulation, 办法 measures ...). The laws the English
//! documents name too are one entity in both languages: a table of their
//! Chinese names gives their English key.

use super::InstrumentHit;
use regex::Regex;
use std::sync::LazyLock;

/// Chinese names of instruments (without 中华人民共和国) and the English key
/// the English finder gives them.
const KNOWN: &[(&str, &str)] = &[
    ("网络安全法", "Cybersecurity Law"),
    ("数据安全法", "Data Security Law"),
    ("个人信息保护法", "Personal Information Protection Law"),
    ("标准化法", "Standardization Law"),
    ("产品质量法", "Product Quality Law"),
    ("密码法", "Cryptography Law"),
    ("计量法", "Metrology Law"),
    ("反不正当竞争法", "Anti-Unfair Competition Law"),
    ("反垄断法", "Anti-Monopoly Law"),
    ("电子商务法", "E-Commerce Law"),
    ("外商投资法", "Foreign Investment Law"),
    ("政府采购法", "Government Procurement Law"),
    ("节约能源法", "Energy Conservation Law"),
    ("未成年人保护法", "Law on the Protection of Minors"),
    (
        "网络数据安全管理条例",
        "Regulations on Network Data Security Management",
    ),
    (
        "生成式人工智能服务管理暂行办法",
        "Interim Measures for the Management of Generative Artificial Intelligence Services",
    ),
];

/// The type an instrument's Chinese name ends in.
const TYPES: &[(&str, &str)] = &[
    ("实施细则", "rules"),
    ("暂行办法", "measures"),
    ("办法", "measures"),
    ("条例", "regulation"),
    ("规定", "provisions"),
    ("意见", "opinions"),
    ("指南", "guidelines"),
    ("指引", "guidelines"),
    ("通知", "notice"),
    ("公告", "announcement"),
    ("规划", "plan"),
    ("计划", "plan"),
    ("方案", "plan"),
    ("纲要", "plan"),
    ("框架", "framework"),
    ("决定", "decision"),
    ("目录", "catalogue"),
    ("细则", "rules"),
    ("法", "law"),
];

/// Every instrument named in title marks in `text`. A short name the text
/// gives one ("《X管理办法》（以下简称《办法》）") and a bare type word in
/// title marks ("《办法》要求...") name the instrument before them; a bare
/// type word naming none before is no instrument.
pub(super) fn find(text: &str) -> Vec<InstrumentHit> {
    static MARKED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"《(?P<name>[^《》\n]{2,60})》").expect("title marks"));
    let mut out: Vec<InstrumentHit> = headed(text);
    if !text.contains('《') {
        return out;
    }
    // The short names defined so far, each with the hit it stands for.
    let mut short: Vec<(&str, usize)> = Vec::new();
    for c in MARKED.captures_iter(text) {
        let Some(m) = c.name("name") else { continue };
        let written = m.as_str().trim();
        let again = |of: &InstrumentHit| InstrumentHit {
            start: m.start(),
            end: m.end(),
            alias: None,
            ..of.clone()
        };
        if let Some(i) = short_name_of(text, m.start(), &out) {
            short.push((written, i));
            out.push(again(&out[i]));
        } else if let Some(&(_, i)) = short.iter().rev().find(|(s, _)| *s == written) {
            out.push(again(&out[i]));
        } else if TYPES.iter().any(|(w, _)| *w == written) {
            // ("《办法》": the last instrument named with that type word.)
            if let Some(of) = out.iter().rev().find(|h| {
                edition_stripped(&h.name).ends_with(written)
                    || h.alias.as_deref().is_some_and(|a| a.ends_with(written))
            }) {
                out.push(again(of));
            }
        } else if let Some(h) = named(written, m.start(), m.end()) {
            out.push(h);
        }
    }
    out
}

/// An instrument's Chinese name written without title marks as the
/// document's title or a heading of it: "# 小部件数据出境管理办法" (a page
/// of the measures' text).
fn headed(text: &str) -> Vec<InstrumentHit> {
    let mut out = Vec::new();
    let mut first = true;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let heading = line.starts_with('#');
        if !(first || heading) || line.trim().is_empty() {
            continue;
        }
        first = false;
        let body = line.trim_end();
        let name = body
            .trim_start_matches(['#', '*', ' ', '\u{3000}'])
            .trim_end_matches(['*', ' ', '\u{3000}']);
        let count = name.chars().count();
        // (Joint issuers before 关于 are listed with 、.)
        let subject = name.split_once("关于").map_or(name, |(_, s)| s);
        if !(4..=60).contains(&count)
            || name.bytes().any(|b| b.is_ascii_alphabetic())
            || name.contains(['，', '。', '：', '；', '《', '》', '“', '”', ':', ','])
            || subject.contains('、')
        {
            continue;
        }
        let at = start + (body.len() - body.trim_start_matches(['#', '*', ' ', '\u{3000}']).len());
        // (A body's announcement or notice named by its type alone,
        // "工业和信息化部公告", is one of many: its number tells it apart.)
        if let Some(h) = named(name, at, at + name.len())
            .filter(|h| !matches!(h.etype, "announcement" | "notice") || name.contains("关于"))
        {
            out.push(h);
        }
    }
    out
}

/// The instrument a short name at `at` (inside its title marks) is defined
/// for: "《X办法》（以下简称《办法》）" — the hit right before the
/// parenthesis that says 简称.
fn short_name_of(text: &str, at: usize, before: &[InstrumentHit]) -> Option<usize> {
    let lead = text[..at].strip_suffix('《')?;
    let lead = lead.strip_suffix('为').unwrap_or(lead);
    let lead = lead.strip_suffix("简称")?;
    let prev = before.len().checked_sub(1)?;
    // (The parenthesis opens right after the name's closing mark.)
    let between = text.get(before[prev].end..lead.len())?;
    let between = between.strip_prefix('》')?;
    let between = between.strip_prefix(['（', '(']).unwrap_or(between);
    let between = between.trim_end_matches("以下").trim_end_matches('，');
    let between = ["（征求意见稿）", "（草案）", "（试行）"]
        .iter()
        .fold(between, |b, d| b.trim_start_matches(d));
    let between = between.strip_prefix(['（', '(']).unwrap_or(between);
    between.is_empty().then_some(prev)
}

/// The instrument a name in title marks (at `start..end`) names, when it
/// ends in a type word and is no standard's title.
fn named(written: &str, start: usize, end: usize) -> Option<InstrumentHit> {
    // A draft: "...办法（征求意见稿）", "...法（草案）".
    let name = [
        "（征求意见稿）",
        "(征求意见稿)",
        "（草案）",
        "(草案)",
        "（试行）",
        "(试行)",
    ]
    .iter()
    .find_map(|d| written.strip_suffix(d))
    .unwrap_or(written);
    let draft =
        name.len() < written.len() && !written.ends_with("试行）") && !written.ends_with("试行)");
    // A standard's title names no instrument: its elements are apart
    // ("网络安全技术 检测方法"), and a method (方法) or an algorithm (算法)
    // is no law. An instrument's name ends in its type word.
    if name.contains([' ', '\u{3000}']) || name.ends_with("方法") || name.ends_with("算法") {
        return None;
    }
    // (Its edition or years after it: "...指南（2031年版）", "...规划
    // （2031—2035年）".)
    let typed = edition_stripped(name);
    let (_, etype) = TYPES.iter().find(|(w, _)| typed.ends_with(w))?;
    let core = name.strip_prefix("中华人民共和国").unwrap_or(name);
    // A law the English documents name too: its English name, and the
    // Chinese one as an alias.
    let (key, shown, alias) = match KNOWN.iter().find(|(zh, _)| *zh == core) {
        Some((_, en)) => ((*en).to_owned(), (*en).to_owned(), Some(written.to_owned())),
        None => (name.to_owned(), written.to_owned(), None),
    };
    Some(InstrumentHit {
        start,
        end,
        key,
        name: shown,
        etype,
        draft,
        alias,
    })
}

/// Whether the words in title marks `written` (without the marks) name an
/// instrument ("小部件质量安全监督管理办法"), not a standard's title.
pub(crate) fn is_instrument_name(written: &str) -> bool {
    named(written, 0, written.len()).is_some()
}

/// A name without the edition or the years in parentheses at its end
/// ("（2031年版）", "(2031版)", "（2031—2035年）", "（2024年修订）").
fn edition_stripped(name: &str) -> &str {
    let Some(open) = name.rfind(['（', '(']) else {
        return name;
    };
    let inner = name[open..].trim_start_matches(['（', '(']);
    let Some(inner) = inner.strip_suffix(['）', ')']) else {
        return name;
    };
    let digits = inner.bytes().filter(u8::is_ascii_digit).count();
    if digits >= 4 && inner.chars().count() <= 14 {
        &name[..open]
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chinese_title_without_title_marks_names_its_instrument() {
        let names = |t: &str| headed(t).into_iter().map(|h| h.key).collect::<Vec<_>>();
        assert_eq!(
            names("# 小部件数据出境管理办法\n\n正文"),
            ["小部件数据出境管理办法"]
        );
        // The first line, or a heading; not a line of the text.
        assert_eq!(
            names("小部件规划\n\n小部件管理条例\n## 小部件安全规定\n"),
            ["小部件规划", "小部件安全规定"]
        );
        // Joint issuers before 关于; no list after it.
        assert_eq!(
            names("# 工业和信息化部、国家发展改革委关于加快小部件发展的指导意见"),
            ["工业和信息化部、国家发展改革委关于加快小部件发展的指导意见"]
        );
        assert!(names("# 关于小部件、小玩意的意见").is_empty());
        // A standard's title, a sentence, a bare announcement: none.
        assert!(names("# 小部件 安全要求").is_empty());
        assert!(names("# 小部件办法发布，自今日起施行").is_empty());
        assert!(names("# 市场监管总局公告").is_empty());
    }

    #[test]
    fn chinese_names_in_title_marks() {
        let hits = find(
            "该标准支撑《中华人民共和国网络安全法》和《生成式人工智能服务管理暂行办法》，\
             以及《某某数据出境安全评估办法（征求意见稿）》；《网络安全技术 智能体安全要求》是标准，\
             《小部件检测方法》《小部件　安全指南》也是。",
        );
        let got: Vec<(&str, &str, bool)> = hits
            .iter()
            .map(|h| (h.key.as_str(), h.etype, h.draft))
            .collect();
        assert_eq!(
            got,
            [
                ("Cybersecurity Law", "law", false),
                (
                    "Interim Measures for the Management of Generative Artificial Intelligence Services",
                    "measures",
                    false
                ),
                ("某某数据出境安全评估办法", "measures", true),
            ]
        );
        assert_eq!(hits[0].name, "Cybersecurity Law");
        assert_eq!(hits[0].alias.as_deref(), Some("中华人民共和国网络安全法"));
        assert_eq!(hits[2].name, "某某数据出境安全评估办法（征求意见稿）");
    }

    #[test]
    fn editions_and_short_names() {
        let hits = find(
            "部里印发《小部件数据安全指南（2031年版）》（以下简称《数据指南》）和《小部件发展规划（2031—2035年）》。\
             《数据指南》要求……《办法》无所指。《规划》提出……",
        );
        let got: Vec<(&str, &str)> = hits.iter().map(|h| (h.key.as_str(), h.etype)).collect();
        assert_eq!(
            got,
            [
                ("小部件数据安全指南（2031年版）", "guidelines"),
                ("小部件数据安全指南（2031年版）", "guidelines"),
                ("小部件发展规划（2031—2035年）", "plan"),
                ("小部件数据安全指南（2031年版）", "guidelines"),
                ("小部件发展规划（2031—2035年）", "plan"),
            ]
        );
        assert_eq!(
            edition_stripped("小部件管理办法（2024年修订）"),
            "小部件管理办法"
        );
        assert_eq!(
            edition_stripped("小部件管理办法（试点）"),
            "小部件管理办法（试点）"
        );
    }
}
