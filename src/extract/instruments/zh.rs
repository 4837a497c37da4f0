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

/// Every instrument named in title marks in `text`.
pub(super) fn find(text: &str) -> Vec<InstrumentHit> {
    static MARKED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"《(?P<name>[^《》\n]{2,60})》").expect("title marks"));
    if !text.contains('《') {
        return Vec::new();
    }
    MARKED
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.name("name")?;
            let written = m.as_str().trim();
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
            let draft = name.len() < written.len()
                && !written.ends_with("试行）")
                && !written.ends_with("试行)");
            // A standard's title names no instrument: its elements are
            // apart ("网络安全技术 检测方法"), and a method (方法) or an
            // algorithm (算法) is no law. An instrument's name ends in its
            // type word.
            if name.contains([' ', '\u{3000}']) || name.ends_with("方法") || name.ends_with("算法")
            {
                return None;
            }
            let (_, etype) = TYPES.iter().find(|(w, _)| name.ends_with(w))?;
            let core = name.strip_prefix("中华人民共和国").unwrap_or(name);
            // A law the English documents name too: its English name, and
            // the Chinese one as an alias.
            let (key, shown, alias) = match KNOWN.iter().find(|(zh, _)| *zh == core) {
                Some((_, en)) => ((*en).to_owned(), (*en).to_owned(), Some(written.to_owned())),
                None => (name.to_owned(), written.to_owned(), None),
            };
            Some(InstrumentHit {
                start: m.start(),
                end: m.end(),
                key,
                name: shown,
                etype,
                draft,
                alias,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
