//! Authorities and organizations: a dictionary of the stable bodies of the
//! system (each with its abbreviation and the full names it is written
//! under), plus shape rules for the bodies no dictionary lists (companies,
//! universities, institutes, alliances, departments of a ministry).

use crate::model::EntityKind;
use regex::Regex;
use std::sync::LazyLock;

mod chinese;
mod dictionary;
mod shapes;

pub use dictionary::{BODIES, Body};
pub use shapes::find_by_shape;

/// The dictionary entry with this key.
pub fn body(key: &str) -> Option<&'static Body> {
    static INDEX: LazyLock<rustc_hash::FxHashMap<&'static str, usize>> =
        LazyLock::new(|| BODIES.iter().enumerate().map(|(i, b)| (b.key, i)).collect());
    INDEX.get(key).map(|&i| BODIES[i])
}

/// The dictionary's names: regexes over the English names and the
/// abbreviations (the longest spelling wins at each position), one
/// automaton over the Chinese names (which need no word boundary: none
/// falls between two Chinese words), and each spelling's body.
struct Dict {
    /// Abbreviations, full names, companies' names: three regexes, each
    /// with a smaller set of literals for its prefilter (one regex over the
    /// first two scans ≈ 25 % slower; `cargo bench --bench rules`,
    /// "bodies: dictionary").
    re: [Regex; 4],
    zh: aho_corasick::AhoCorasick,
    zh_names: Vec<usize>,
    index: rustc_hash::FxHashMap<String, usize>,
}

static DICT_RE: LazyLock<Dict> = LazyLock::new(|| {
    let mut alts: Vec<(String, usize)> = Vec::new();
    for (i, b) in BODIES.iter().enumerate() {
        let abbr_like = b.key.chars().all(|c| c.is_ascii_uppercase());
        if abbr_like {
            alts.push((b.key.to_owned(), i));
        } else {
            alts.push((b.name.to_owned(), i));
        }
        for n in b.names {
            alts.push(((*n).to_owned(), i));
        }
        alts.push((b.name.to_owned(), i));
    }
    alts.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    alts.dedup_by(|a, b| a.0 == b.0);
    let is_abbr = |s: &str| !s.contains(' ') && s.bytes().all(|b| !b.is_ascii_lowercase());
    let regex_of = |names: &[&str]| {
        let pattern = names
            .iter()
            .map(|s| regex::escape(s).replace("'", "['’]").replace(' ', r"\s+"))
            .collect::<Vec<_>>()
            .join("|");
        super::instruments::big_regex(&format!(r"(?-u:\b)(?:{pattern})(?-u:\b)"))
            .expect("body regex")
    };
    // Companies' names in a regex of their own: in one with the others'
    // they leave the prefilter too many literals (≈ 2× slower scan).
    let company = |i: usize| BODIES[i].etype == "company";
    let ascii = |companies: bool| {
        alts.iter()
            .filter(move |(s, i)| s.is_ascii() && company(*i) == companies)
            .map(|(s, _)| s.as_str())
    };
    let abbrs: Vec<&str> = ascii(false).filter(|s| is_abbr(s)).collect();
    let names: Vec<&str> = ascii(false).filter(|s| !is_abbr(s)).collect();
    let companies: Vec<&str> = ascii(true).collect();
    // The abbreviations in two regexes: the prefilter's fastest searcher
    // (Teddy) takes at most 64 literals; past that a scan is ≈ 1.5× slower.
    let (abbrs_a, abbrs_b) = abbrs.split_at(abbrs.len() / 2);
    let re = [
        regex_of(abbrs_a),
        regex_of(abbrs_b),
        regex_of(&names),
        regex_of(&companies),
    ];
    let (zh_alts, zh_names): (Vec<&str>, Vec<usize>) = alts
        .iter()
        .filter(|(s, _)| !s.is_ascii())
        .map(|(s, i)| (s.as_str(), *i))
        .unzip();
    let zh = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(zh_alts)
        .expect("Chinese body names");
    Dict {
        re,
        zh,
        zh_names,
        index: alts
            .into_iter()
            .map(|(s, i)| (spelling_key(&s), i))
            .collect(),
    }
});

fn spelling_key(s: &str) -> String {
    s.replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A body named in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodyHit {
    /// Byte range.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// Dictionary key, or for a body found by shape, its name.
    pub key: String,
    /// Kind.
    pub kind: EntityKind,
    /// Type.
    pub etype: &'static str,
    /// As written.
    pub written: String,
}

/// Dictionary bodies named in `text`.
pub fn find_known(text: &str) -> Vec<BodyHit> {
    let dict = &*DICT_RE;
    let hit = |i: usize, start: usize, end: usize, written: String| {
        let b = &BODIES[i];
        BodyHit {
            start,
            end,
            key: b.key.to_owned(),
            kind: b.kind,
            etype: b.etype,
            written,
        }
    };
    // The regexes' matches by position, the longest first at each; a match
    // inside an earlier one is dropped (as one regex would not find it).
    let mut ms: Vec<regex::Match> = Vec::new();
    let mut sources = 0;
    for re in &dict.re {
        let before = ms.len();
        ms.extend(re.find_iter(text));
        sources += usize::from(ms.len() > before);
    }
    if sources > 1 {
        ms.sort_by_key(|m| (m.start(), std::cmp::Reverse(m.end())));
        let mut end = 0;
        ms.retain(|m| {
            let keep = m.start() >= end;
            if keep {
                end = m.end();
            }
            keep
        });
    }
    let mut out: Vec<BodyHit> = ms
        .into_iter()
        .filter_map(|m| {
            let w = m.as_str();
            // Most names are written with single spaces and straight quotes:
            // their spelling is the text itself.
            let plain = !w.contains('’')
                && !w.contains("  ")
                && !w.bytes().any(|c| c.is_ascii_whitespace() && c != b' ')
                && w.is_ascii();
            let (i, written) = if plain {
                (*dict.index.get(w)?, w.to_owned())
            } else {
                let i = *dict.index.get(&spelling_key(w))?;
                (i, w.split_whitespace().collect::<Vec<_>>().join(" "))
            };
            Some(hit(i, m.start(), m.end(), written))
        })
        .collect();
    let before = out.len();
    // Chinese names only where Chinese is written: the runs of non-ASCII
    // text that start with a CJK character (lead byte 0xE3..=0xE9), not the
    // whole (mostly English) text.
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(p) = bytes[at..].iter().position(|b| (0xE3..=0xE9).contains(b)) {
        let start = at + p;
        let end = bytes[start..]
            .iter()
            .position(u8::is_ascii)
            .map_or(bytes.len(), |q| start + q);
        for m in dict.zh.find_iter(&text[start..end]) {
            let i = dict.zh_names[m.pattern().as_usize()];
            let (a, b) = (start + m.start(), start + m.end());
            if inside_chinese_institution(&text[b..end]) {
                continue;
            }
            out.push(hit(i, a, b, text[a..b].to_owned()));
        }
        at = end;
    }
    if out.len() > before {
        out.sort_by_key(|h| h.start);
    }
    out
}

/// Whether a Chinese body's name is only the start of an institution's
/// name, given the text after it: "交通运输部" in "交通运输部公路科学研究院"
/// (an institute under the ministry, not the ministry).
fn inside_chinese_institution(after: &str) -> bool {
    const SUFFIXES: [&str; 10] = [
        "研究院",
        "研究所",
        "研究中心",
        "中心",
        "大学",
        "学院",
        "协会",
        "联盟",
        "公司",
        "实验室",
    ];
    const BREAKS: [&str; 14] = [
        "发布", "印发", "指导", "主办", "召开", "组织", "批准", "联合", "和", "与", "及", "、",
        "，", "。",
    ];
    let head: String = after.chars().take(12).collect();
    let Some(at) = SUFFIXES.iter().filter_map(|s| head.find(s)).min() else {
        return false;
    };
    let between = &head[..at];
    !between.is_empty()
        && !BREAKS.iter().any(|w| between.contains(w))
        && between.chars().all(crate::extract::text::is_han)
}

/// A department inside a ministry: "Department of Standards Innovation under
/// the State Administration for Market Regulation (SAMR)", "Department of
/// Science and Technology, MIIT". Returns the
/// department's name and the byte range of the body it belongs to.
static DEPT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:Department|Bureau|Office|Division|Secretariat)\s+(?:of|for)\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){0,5}[A-Z][\w-]*)(?:\s+(?:under|of)|,)\s+(?:the\s+)?").unwrap()
});

/// Departments and the position right after "under the", where their parent
/// is named (or, before the department, the end of its possessive owner:
/// "MIIT's X Department").
pub fn find_departments(text: &str) -> Vec<(usize, usize, String, usize)> {
    DEPT_RE
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let name = c
                .get(1)?
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            Some((m.start(), m.end(), name, m.end()))
        })
        .chain(name_first_departments(text))
        .collect()
}

/// Departments named before their type word: "the Standards Innovative
/// Management Department of SAMR", "the Science and Technology Department
/// under MIIT".
fn name_first_departments(text: &str) -> Vec<(usize, usize, String, usize)> {
    let mut out = Vec::new();
    static FINDER: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(" Department "));
    for at in FINDER.find_iter(text.as_bytes()) {
        let after = &text[at + " Department ".len()..];
        // (Or its body's possessive before it: "MIIT's Science and
        // Technology Department".)
        let joint = ["of the ", "under the ", "of ", "under "]
            .into_iter()
            .find(|j| after.starts_with(j));
        // The capitalized words before it ("and" may join them).
        let (mut start, mut end, mut words) = (at, at, 0);
        while words < 6 {
            let ws = text[..end].rfind(' ').map_or(0, |i| i + 1);
            let w = &text[ws..end];
            let cap = w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !(cap || w == "and") || matches!(w, "The" | "A" | "An" | "On" | "In" | "At") {
                break;
            }
            start = ws;
            words += 1;
            if ws == 0 {
                break;
            }
            end = ws - 1;
        }
        if let Some(rest) = text[start..at].strip_prefix("and ") {
            start = at - rest.len();
        }
        if start == at || text[start..at].trim().is_empty() {
            continue;
        }
        let name = text[start..at + " Department".len()].to_owned();
        match joint {
            Some(joint) => {
                let end = at + " Department ".len() + joint.len();
                out.push((start, end, name, end));
            }
            None => {
                let Some(owner_end) = ["'s ", "’s "]
                    .iter()
                    .find_map(|p| text[..start].strip_suffix(p).map(str::len))
                else {
                    continue;
                };
                out.push((start, at + " Department".len(), name, owner_end));
            }
        }
    }
    out
}

/// Matches of this module's patterns (dictionary, name shapes,
/// departments) over `text`, counted without building anything: the
/// ingest benchmark's baseline.
pub fn count(text: &str) -> usize {
    DICT_RE
        .re
        .iter()
        .map(|r| r.find_iter(text).count())
        .sum::<usize>()
        + DICT_RE.zh.find_iter(text).count()
        + shapes::PHRASE_RE.find_iter(text).count()
        + DEPT_RE.find_iter(text).count()
}

super::text::located!(BodyHit);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ministry_at_the_start_of_its_institute_is_no_mention_of_it() {
        assert!(inside_chinese_institution("公路科学研究院主办"));
        assert!(inside_chinese_institution("科学研究院"));
        assert!(!inside_chinese_institution("科技司指导，秘书处"));
        assert!(!inside_chinese_institution("发布了研究院的报告"));
        assert!(!inside_chinese_institution("研究院"));
    }

    fn known(s: &str) -> Vec<String> {
        find_known(s).into_iter().map(|h| h.key).collect()
    }

    #[test]
    fn full_names_and_abbreviations_are_one_body() {
        assert_eq!(
            known("the State Administration for Market Regulation (SAMR) released"),
            ["SAMR", "SAMR"]
        );
        assert_eq!(
            known("China Electronic Standardization Institute"),
            ["CESI"]
        );
        assert_eq!(
            known("the Standing Committee of the National People's Congress"),
            ["NPCSC"]
        );
        assert_eq!(
            known("Ministry of Science and Technology (MoST)"),
            ["MOST", "MOST"]
        );
        assert_eq!(
            known("the Cyberspace Administration of China (CAC)"),
            ["CAC", "CAC"]
        );
        assert_eq!(
            known("National Standardization Administration (SAC)"),
            ["SAC", "SAC"]
        );
    }

    #[test]
    fn abbreviations_are_whole_words() {
        assert_eq!(known("CASE and SACRED and ISOLATED"), Vec::<String>::new());
        assert_eq!(known("ISO/IEC and ITU-T"), ["ISO", "IEC", "ITU"]);
    }

    #[test]
    fn companies_by_shape() {
        let h = find_by_shape("Founder & Chairman, Zhuhai Xinju Technology Co., Ltd.");
        assert_eq!(
            h.iter().map(|h| h.key.as_str()).collect::<Vec<_>>(),
            ["Zhuhai Xinju Technology Co., Ltd."]
        );
    }

    #[test]
    fn organizations_by_shape() {
        let names: Vec<String> = find_by_shape(
            "Guan Zhong, Founder & Chairman, Zhuhai Xinju Technology Co., Ltd. and the China Academy of Cyberspace Studies and Zhejiang University",
        )
        .into_iter()
        .map(|h| format!("{} ({})", h.key, h.etype))
        .collect();
        assert_eq!(
            names,
            [
                "Zhuhai Xinju Technology Co., Ltd. (company)",
                "China Academy of Cyberspace Studies (institute)",
                "Zhejiang University (university)"
            ]
        );
        let names: Vec<String> = find_by_shape(
            "by 8 organizations, such as Zhejiang Open University and China Jiliang University.",
        )
        .into_iter()
        .map(|h| h.key)
        .collect();
        assert_eq!(
            names,
            ["Zhejiang Open University", "China Jiliang University"]
        );
    }

    #[test]
    fn departments_under_a_ministry() {
        let d = find_departments(
            "the Department of Standards Innovation under the State Administration for Market Regulation",
        );
        assert_eq!(d[0].2, "Department of Standards Innovation");
    }
}
