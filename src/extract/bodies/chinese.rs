//! Chinese organizations found by the shape of their names where the
//! dictionary has none: a run of Chinese characters ending in a word that
//! makes it a body ("…有限公司", "…研究院", "…大学", "…协会", "…联盟"),
//! cut after the words around a name that are no part of it ("会议由X承办",
//! "A、B和C", "来自X").

use super::BodyHit;
use crate::model::EntityKind;
use regex::Regex;
use std::sync::LazyLock;

/// Name endings and the type they give (longest first where one ends
/// another).
const ENDINGS: &[(&str, &str)] = &[
    ("股份有限公司", "company"),
    ("有限责任公司", "company"),
    ("集团有限公司", "company"),
    ("有限公司", "company"),
    ("集团", "company"),
    ("研究院", "institute"),
    ("研究所", "institute"),
    ("研究中心", "institute"),
    ("检测中心", "institute"),
    ("实验室", "institute"),
    ("大学", "university"),
    ("学院", "university"),
    ("协会", "association"),
    ("学会", "association"),
    ("联盟", "alliance"),
];

static ENDING_RE: LazyLock<Regex> = LazyLock::new(|| {
    let alts: Vec<&str> = ENDINGS.iter().map(|(e, _)| *e).collect();
    Regex::new(&alts.join("|")).expect("chinese endings")
});

/// Words after which a name starts: the name is what follows the last of
/// them in the run of Chinese characters before its ending.
const BEFORE_A_NAME: &[&str] = &[
    "由", "和", "与", "及", "同", "为", "是", "经", "在", "向", "对", "等", "了", "将", "从",
    "会同", "联合", "组织", "委托", "牵头", "包括", "参加", "参与", "来自", "依托", "承担", "单位",
];

/// Words a name does not start with ("各研究院", "相关企业").
const NOT_A_NAME_START: &[&str] = &["各", "本", "该", "其", "相关", "有关", "其他", "多家", "某"];

/// Chinese bodies named in `text` by shape, in order.
pub(super) fn find_chinese(text: &str) -> Vec<BodyHit> {
    let mut out: Vec<BodyHit> = Vec::new();
    for m in ENDING_RE.find_iter(text) {
        // The name's ending continues the previous one ("中国科学院" +
        // "大学"): one name.
        if let Some(last) = out.last_mut()
            && last.end == m.start()
        {
            last.end = m.end();
            last.key = text[last.start..last.end].to_owned();
            last.written = last.key.clone();
            last.etype = ending_type(m.as_str());
            continue;
        }
        // The run of Chinese characters (and digits) before the ending.
        let run_start = text[..m.start()]
            .char_indices()
            .rev()
            .take_while(|(_, c)| crate::extract::text::is_han(*c) || c.is_ascii_digit())
            .take(30)
            .last()
            .map_or(m.start(), |(i, _)| i);
        let run = &text[run_start..m.start()];
        let start = run_start + name_start(run);
        let mut name = &text[start..m.end()];
        for w in NOT_A_NAME_START {
            name = name.strip_prefix(w).unwrap_or(name);
        }
        let start = m.end() - name.len();
        // At least two characters before the ending.
        if name.chars().count() < m.as_str().chars().count() + 2 {
            continue;
        }
        out.push(BodyHit {
            start,
            end: m.end(),
            key: name.to_owned(),
            kind: EntityKind::Organization,
            etype: ending_type(m.as_str()),
            written: name.to_owned(),
        });
    }
    out
}

fn ending_type(ending: &str) -> &'static str {
    ENDINGS
        .iter()
        .find(|(e, _)| *e == ending)
        .map_or("organization", |(_, t)| t)
}

/// Where the name starts in the run before its ending: after the last word
/// that comes before names — unless that word is inside a body's name the
/// dictionary knows ("工业和信息化部电子第五研究所").
fn name_start(run: &str) -> usize {
    let cuts: Vec<(usize, usize)> = BEFORE_A_NAME
        .iter()
        .flat_map(|w| run.match_indices(w).map(|(i, w)| (i, i + w.len())))
        .collect();
    if cuts.is_empty() {
        return 0;
    }
    let known = super::find_known(run);
    let inside_known = |i: usize| known.iter().any(|k| k.start < i && i < k.end);
    cuts.into_iter()
        .filter(|&(i, _)| !inside_known(i))
        .map(|(_, e)| e)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, &'static str)> {
        find_chinese(text)
            .into_iter()
            .map(|h| (h.key, h.etype))
            .collect()
    }

    #[test]
    fn names_end_in_their_kind_and_start_after_the_words_before_them() {
        assert_eq!(
            names("会议由中国小部件研究院承办。"),
            [("中国小部件研究院".to_owned(), "institute")]
        );
        assert_eq!(
            names("起草单位：小部件科技有限公司、东方大学和西部小部件产业联盟"),
            [
                ("小部件科技有限公司".to_owned(), "company"),
                ("东方大学".to_owned(), "university"),
                ("西部小部件产业联盟".to_owned(), "alliance"),
            ]
        );
        // A ministry's institute keeps the ministry's "和".
        assert_eq!(
            names("工业和信息化部电子第五研究所"),
            [("工业和信息化部电子第五研究所".to_owned(), "institute")]
        );
        assert_eq!(names("中国科学院大学")[0].0, "中国科学院大学");
    }

    #[test]
    fn generic_words_are_no_names() {
        assert!(names("各研究院和大学").is_empty());
        assert!(names("相关协会").is_empty());
        assert!(names("English Institute").is_empty());
    }
}
