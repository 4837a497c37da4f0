//! The title written after a standard's code: in English up to where it
//! ends, or set off in emphasis, quotes or title marks; in Chinese in title
//! marks or plain in a catalogue's shape.

use super::code_matches;
use std::sync::LazyLock;

/// The title written right after a code, up to where it ends (a
/// parenthesis, emphasis, a verb that starts the rest of the sentence).
pub fn title_after(line: &str, end: usize) -> Option<String> {
    let rest = line.get(end..)?;
    // A title set off in emphasis or quotes ends where they close.
    if let Some(t) = delimited_title(rest) {
        return Some(t);
    }
    // "TC260-PG-20261A, Cybersecurity Standard Practice Guide — Certification
    // of ...": after a comma only a title in the shape "Subject — Aspect".
    let rest = match rest.strip_prefix(", ") {
        Some(r) => {
            // (A list of codes, "GB 1-2009, GB 2-2007", is not a title.)
            let head = &r[..r.floor_char_boundary(r.len().min(24))];
            if code_matches(head).first().is_some_and(|m| m.0 < 4) {
                return None;
            }
            let (_, end) = crate::extract::sentence_bounds(r, 0);
            let sentence = &r[..end.min(r.len())];
            let dashed = [" — ", " – ", " -- "].iter().any(|d| sentence.contains(d));
            if !dashed {
                // ("YD/T 4821-202X, Widget Platform Security Protection
                // Requirements, and YD/T ...": a title in title case set off
                // by commas.)
                return comma_title(sentence);
            }
            r
        }
        None => rest,
    };
    let rest = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '*' | ':' | '-' | '–' | '—')
    });
    // A table cell ends at the next tab or pipe.
    let rest = &rest[..memchr::memchr2(b'\t', b'|', rest.as_bytes()).unwrap_or(rest.len())];
    let rest = crate::extract::text::strip_markup(rest);
    // A title starts with a capital, or with a term such as "5G" or "3D".
    let first_word = rest.split(' ').next().unwrap_or("");
    let starts = rest.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() && first_word.chars().any(|c| c.is_ascii_uppercase())
    });
    if !starts {
        return None;
    }
    const STOPS: &[&str] = &[
        " (",
        "(",
        " entered ",
        " was ",
        " were ",
        " has ",
        " have ",
        " is ",
        " are ",
        " will ",
        " comes ",
        " came ",
        " took ",
        " takes ",
        ", replacing",
        ", replaces",
        ", which replaces",
        ", respectively",
        " respectively",
        "; ",
        " and GB",
        ", GB",
        " which ",
        " by TC",
        " published ",
        " released ",
        " issued ",
        ", and the ",
        " for public comment",
        " went out ",
        " goes out ",
        " for comment",
        " for approval",
        // "approved X and Y for submission to SAC".
        " for submission",
        " to solicit",
        " for soliciting",
        " until ",
        " to support ",
        " in support of ",
        // A purpose after the title: "GB/T X Title to reflect the law".
        " to reflect ",
        " to align ",
        " to implement ",
        " to meet ",
        " to ensure ",
        // Adoption of an international standard follows the title.
        ", identical ",
        " identical to ",
        ", an identical adoption",
        ", a modified adoption",
        ", an adoption of",
        ", a non-equivalent adoption",
        // A second task of the sentence: "revising GB/T X Title and
        // developing a new standard".
        " and developing a ",
        " and developing the ",
        " and revising the ",
        " and formulating a ",
        " and formulating the ",
        ", equivalent to ",
        ", modified from ",
        ", adopting ",
        ", which adopts ",
        ", supports ",
        // The sentence's verb: "GB 1-2026 Title supports the Measures".
        " supports the ",
        " support the ",
        " underpins the ",
        ", supporting ",
        ", which supports ",
        ", effective ",
        // "GB 1-2026 Title — effective 1 January 2027": a note after a dash.
        " — effective ",
        " – effective ",
        " - effective ",
        " — released ",
        " — published ",
        " — issued ",
        " — approved ",
        " — in force ",
        " — replaces ",
        // Who drafts it: "YD/T X Title, developed by TC8 WG4".
        ", developed ",
        ", drafted ",
        ", proposed by ",
        ", prepared by ",
        ", led by ",
        " developed by ",
        " drafted by ",
        " replaces ",
        " will replace ",
        ", to replace ",
        " to replace ",
        // A second verb of the sentence: "launch ISO/AWI X Title and to
        // ballot Y".
        " and to ",
        // "reviewed the draft of GB/T X Title and agreed to submit it".
        " and agreed ",
        " and decided ",
        " and submitted ",
        " and voted ",
        " and endorsed ",
        // What the standard does: "GB/T X Title specifies the procedure
        // ...", "... provides technical support for ...".
        " specifies ",
        " provides ",
        " implements ",
        " establishes ",
        " defines ",
        " describes ",
        " sets out ",
        " lays down ",
        " applies to ",
        " builds on ",
        // A second clause: "GB/T X Title, while TC 9 released Y".
        ", while ",
        ", whereas ",
        ", but ",
    ];
    // The earliest stop of all (one automaton, one pass).
    static STOP_AC: LazyLock<aho_corasick::AhoCorasick> =
        LazyLock::new(|| aho_corasick::AhoCorasick::new(STOPS).expect("title stops"));
    let mut cut = STOP_AC
        .find(rest.as_str())
        .map_or(rest.len(), |m| m.start());
    // The end of the sentence.
    let (_, sentence_end) = crate::extract::sentence_bounds(&rest, 0);
    cut = cut.min(sentence_end);
    // "... Rules for data labelling on 1 September 2026": a date after
    // "on"/"from"/"since" is the sentence's, not the title's.
    if rest[..cut].bytes().any(|b| b.is_ascii_digit())
        && let Some(d) = crate::extract::dates::first_date(&rest[..cut], Some(2000))
        && let Some(p) = [" on ", " from ", " since ", " in "]
            .iter()
            .find(|p| rest[..d.start].ends_with(*p))
    {
        cut = d.start - p.len();
    }
    // "... Widget terminology in 2027, and ...": a year alone after "in"
    // or "by" is the sentence's too.
    for p in [" in ", " by "] {
        if let Some(i) = rest[..cut].find(p).map(|i| i + p.len())
            && rest[i..].len() >= 4
            && rest.as_bytes()[i..i + 4].iter().all(u8::is_ascii_digit)
            && !rest[i + 4..].starts_with(|c: char| c.is_ascii_alphanumeric())
        {
            cut = i - p.len();
        }
    }
    let t = rest[..cut]
        .trim()
        .trim_end_matches([',', '.', ';', ':', '*'])
        .trim();
    // "submitted GB X Title to SAC for approval": the body it goes to
    // before "for approval" is the sentence's.
    let t = if rest[cut..].starts_with(" for ")
        && let Some(i) = t.rfind(" to ")
        && is_abbreviation(&t[i + 4..])
    {
        t[..i].trim_end()
    } else {
        t
    };
    // "X requirements and GB/T ...": the joining word goes with the next
    // code; so does the verb of "X data replaces GB/T ...".
    let mut t = t;
    while let Some(rest) = [
        " and",
        " or",
        ",",
        " replaces",
        " replacing",
        " which replaces",
        " will replace",
        " to replace",
        // ("GB/T X Title builds on GB/T Y": the next code's verb.)
        " builds on",
        // (A table cell's headline: "GB/T X Title published |".)
        " published",
        " released",
        " issued",
    ]
    .iter()
    .find_map(|w| t.strip_suffix(w))
    {
        t = rest.trim_end();
    }
    title_ok(t)
}

/// One token of capitals (and a slash or digits after the first letter):
/// "SAC", "SAMR", "MIIT", "ISO/TC".
fn is_abbreviation(w: &str) -> bool {
    (2..=8).contains(&w.len())
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'/')
}

/// A title in title case up to the next comma: three words or more, every
/// word of four letters or more capitalized ("Industrial Internet Platform
/// Security Protection Requirements"), no verb among them.
fn comma_title(sentence: &str) -> Option<String> {
    let t = sentence[..sentence.find(',').unwrap_or(sentence.len())].trim_end_matches(['.', ' ']);
    let words: Vec<&str> = t.split(' ').collect();
    let capital =
        |w: &&str| w.len() < 4 || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    const VERBS: [&str; 8] = [
        "Said", "Says", "Will", "Was", "Were", "Has", "Have", "Which",
    ];
    (words.len() >= 3
        && words.iter().all(capital)
        && !words.iter().any(|w| VERBS.contains(w))
        && words.iter().filter(|w| w.len() >= 4).count() >= 2)
        .then(|| t.to_owned())
        .and_then(|t| title_ok(&t))
}

/// A title is at least eight characters long and not all capitals.
fn title_ok(t: &str) -> Option<String> {
    (t.chars().count() >= 8 && t.chars().any(char::is_lowercase)).then(|| t.to_owned())
}

/// A Chinese title in title marks right after a code ("GB 46100-2026《网络
/// 安全技术 智能体安全要求》") or right before it in parentheses
/// ("《...》（GB 45438-2025）"), or written plain after the code and a space
/// in a catalogue's shape ("GB/T 1-2027 智能运输系统 自动驾驶 术语，..."):
/// an alias of the standard.
pub fn chinese_title(line: &str, start: usize, end: usize) -> Option<String> {
    // The words a standard's Chinese title ends with.
    const LAST: [&str; 12] = [
        "要求", "规范", "指南", "术语", "方法", "规则", "规程", "导则", "分类", "代码", "格式",
        "架构",
    ];
    let is_han = crate::extract::text::is_han;
    let cjk = |t: &str| t.chars().any(is_han);
    let spaced = line.get(end..)?.starts_with([' ', '\t', '\u{3000}']);
    let after = line.get(end..)?.trim_start_matches([' ', '\t', '\u{3000}']);
    let inner = if let Some(r) = after.strip_prefix('《') {
        &r[..r.find('》')?]
    } else if spaced && after.starts_with(is_han) {
        let t = &after[..after
            .find(['，', '。', '；', '（', '(', '、', '\t', '|', ',', ';'])
            .unwrap_or(after.len())];
        let t = t.trim_end();
        // Elements apart ("系统 自动驾驶 术语"), or the last word of a
        // standard's title: not the start of a sentence ("将于 ...").
        let titled = t.contains([' ', '\u{3000}']) || LAST.iter().any(|w| t.ends_with(w));
        if !titled || t.chars().count() > 60 || t.starts_with(['将', '于', '由', '已', '自']) {
            return None;
        }
        t
    } else {
        // ("《...》（计划号：20263301-T-469）": a label may come first.)
        let before = line.get(..start)?.trim_end_matches([' ', '\t']);
        let before = [
            "计划号：",
            "计划号:",
            "计划编号：",
            "项目编号：",
            "标准号：",
        ]
        .iter()
        .find_map(|l| before.strip_suffix(l))
        .unwrap_or(before);
        let opened = before.trim_end_matches([' ', '\t']).ends_with(['(', '（']);
        let before = before.trim_end_matches([' ', '\t', '(', '（']);
        if let Some(b) = before.strip_suffix('》') {
            &b[b.rfind('《')? + '《'.len_utf8()..]
        } else if opened {
            // A list item titled before its code in parentheses: "1. 网络安全
            // 技术 XX指南（计划号：20250123-T-469）" — the whole item is the
            // title, when it reads as one (elements apart or a title's last
            // word, no sentence punctuation).
            let item = before.trim_start_matches([' ', '\t', '-', '*', '•']);
            let item = crate::extract::text::strip_list_number(item).trim();
            let titled = item.contains([' ', '\u{3000}']) || LAST.iter().any(|w| item.ends_with(w));
            if !titled
                || item.contains(['，', '。', '；', '：', ':', '《', '》'])
                || !item.starts_with(is_han)
                || item.chars().count() > 60
            {
                return None;
            }
            item
        } else {
            return None;
        }
    };
    let t = inner.split_whitespace().collect::<Vec<_>>().join(" ");
    (cjk(&t) && t.chars().count() >= 4 && !t.contains('《')).then_some(t)
}

/// The title right after a code when it is set off: `*Title*`, `**Title**`,
/// `_Title_`, `<i>Title</i>`, `“Title”`, `"Title"`, `《Title》`.
fn delimited_title(rest: &str) -> Option<String> {
    let r = rest.trim_start_matches([' ', '\t', ',', ':']);
    if r.len() == rest.len() && !rest.is_empty() {
        return None; // the code runs on into a word
    }
    let pairs: [(&str, &str); 8] = [
        ("**", "**"),
        ("*", "*"),
        ("_", "_"),
        ("<i>", "</i>"),
        ("<em>", "</em>"),
        ("“", "”"),
        ("\"", "\""),
        ("《", "》"),
    ];
    let (open, close) = pairs.iter().find(|(o, _)| r.starts_with(o))?;
    let inner = &r[open.len()..];
    let t = crate::extract::text::strip_markup(&inner[..inner.find(close)?]);
    let t = t.trim().trim_end_matches([',', '.', ';', ':']).trim();
    // (A title may open with a term such as "5G" or "3D".)
    let term = |t: &str| {
        let w = t.split(' ').next().unwrap_or("");
        w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().any(|c| c.is_ascii_uppercase())
    };
    title_ok(t).filter(|t| t.chars().next().is_some_and(char::is_uppercase) || term(t))
}

#[cfg(test)]
mod tests {
    use super::super::find_codes;
    use super::*;

    #[test]
    fn chinese_titles_after_a_code() {
        let t = |line: &str| {
            let h = find_codes(line);
            let h = h.first().unwrap_or_else(|| panic!("no code in {line}"));
            chinese_title(line, h.start, h.end)
        };
        assert_eq!(
            t("- GB/T 99401-2027 小部件 自动驾驶 术语，2027年5月1日起实施").as_deref(),
            Some("小部件 自动驾驶 术语")
        );
        assert_eq!(
            t("GB 99402-2027《网络安全技术 智能体安全要求》").as_deref(),
            Some("网络安全技术 智能体安全要求")
        );
        assert_eq!(
            t("GB/T 99403-2027 小部件安全要求（征求意见稿）").as_deref(),
            Some("小部件安全要求")
        );
        // A sentence after the code, or no space before it: no title.
        assert_eq!(t("GB/T 99404-2027 将于2027年11月1日起实施"), None);
        assert_eq!(t("代替GB/T 99405-2019。"), None);
    }

    #[test]
    fn titles_after_codes() {
        // (The body a draft goes to before "for approval" is no word of
        // its title; a title's own "to" phrase stays.)
        for (l, want) in [
            (
                "TC 9 submitted GB 1-2031 Gizmo safety to SAC for approval.",
                "Gizmo safety",
            ),
            (
                "GB/T 2-2031 Guide to widget interfaces for approval",
                "Guide to widget interfaces",
            ),
        ] {
            let h = &find_codes(l)[0];
            assert_eq!(title_after(l, h.end).as_deref(), Some(want), "{l}");
        }
        let l = "- GB 45438-2025 Cybersecurity technology—Labeling method for content generated by artificial intelligence (effective from 1 Sep 2025)";
        let h = &find_codes(l)[0];
        assert_eq!(
            title_after(l, h.end).as_deref(),
            Some(
                "Cybersecurity technology—Labeling method for content generated by artificial intelligence"
            )
        );
        let l = "the national standard GB/T 37044-XXXX Cybersecurity Technology – Security Reference Model entered the call-for-comment stage.";
        let h = &find_codes(l)[0];
        assert_eq!(
            title_after(l, h.end).as_deref(),
            Some("Cybersecurity Technology – Security Reference Model")
        );
        assert_eq!(title_after("GB 46864, which", 8), None);
        // What the standard does is no part of its title.
        let l = "GB/T 99101-2029 Widget data security — Assessment guide specifies the procedure.";
        assert_eq!(
            title_after(l, 15).as_deref(),
            Some("Widget data security — Assessment guide")
        );
        // Who drafts it is no word of the title.
        let l = "YD/T 9920-2027 Widget edge security — Requirements, developed by TC8 WG4.";
        assert_eq!(
            title_after(l, 14).as_deref(),
            Some("Widget edge security — Requirements")
        );
    }
}
