//! Paragraphs a PDF conversion wrapped at a fixed width ("On 2 July 2029,
//! the Ministry of Industry and Infor-\nmation Technology (MIIT) released
//! the Guidelines for\nGizmo Data ..."): joined into one line each, so the
//! rules, which read a line at a time, see whole names, titles and
//! sentences. A word broken by a hyphen at a line's end is mended.
//!
//! Only runs that look wrapped are touched: three lines or more, each but
//! the last of about the same width (40 to 110 columns, a Chinese character
//! taking two), most ending
//! inside a sentence, none a list item, a table row, a heading or a
//! "Label: value" field. A line that opens with a standard code starts a
//! new line of its own (a list of codes and their wrapped titles).

use std::borrow::Cow;

/// `text` with its wrapped paragraphs joined (borrowed when none is).
pub fn reflow(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let j = (i..lines.len())
            .find(|&j| lines[j].trim().is_empty())
            .unwrap_or(lines.len());
        if j - i >= 3 && wrapped(&lines[i..j]) {
            runs.push((i, j));
        }
        i = j + 1;
    }
    if runs.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut next = 0;
    for (a, b) in runs {
        for l in &lines[next..a] {
            out.push_str(l);
            out.push('\n');
        }
        out.push_str(&join(&lines[a..b]));
        out.push('\n');
        next = b;
    }
    for (k, l) in lines[next..].iter().enumerate() {
        out.push_str(l);
        if next + k + 1 < lines.len() {
            out.push('\n');
        }
    }
    Cow::Owned(out)
}

/// Whether a run of non-blank lines is one paragraph wrapped at a width.
fn wrapped(run: &[&str]) -> bool {
    let body = &run[..run.len() - 1];
    let structured = |l: &&str| {
        let t = l.trim_start();
        t.starts_with(['-', '*', '•', '|', '#', '>'])
            || l.contains('\t')
            || l.matches('|').count() >= 2
            // ("2029-11-05 | Title", "Title | 2029-11-05": a listing's line.)
            || l.contains(" | ")
            || iso_date_first(t)
            || t.split_once(". ")
                .is_some_and(|(n, _)| n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
            || t.split_once(':').is_some_and(|(label, _)| {
                label.len() <= 30
                    && label.split_whitespace().count() <= 3
                    && label.starts_with(|c: char| c.is_uppercase())
                    && label.chars().all(|c| c.is_alphabetic() || c == ' ')
            })
    };
    if run.iter().any(structured) {
        return false;
    }
    let lens: Vec<usize> = body.iter().map(|l| width(l.trim_end())).collect();
    let (lo, hi) = (
        lens.iter().copied().min().unwrap_or(0),
        lens.iter().copied().max().unwrap_or(0),
    );
    if lo < 40 || hi > 110 || lo * 10 < hi * 7 {
        return false;
    }
    let ends_sentence = body
        .iter()
        .filter(|l| {
            l.trim_end()
                .ends_with(['.', ':', ';', '!', '?', '。', '：', '；'])
        })
        .count();
    ends_sentence * 2 <= body.len()
}

/// Whether a line opens with an ISO date ("2029-11-05 ...",
/// "2029/11/05 ..."): a dated item of a list, not wrapped prose.
fn iso_date_first(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && matches!(b[4], b'-' | b'/' | b'.')
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b[4]
        && b[8..10].iter().all(u8::is_ascii_digit)
}

/// A line's width in columns: a Chinese character or a full-width mark
/// takes two.
fn width(l: &str) -> usize {
    l.chars()
        .map(|c| {
            let wide = crate::extract::text::is_han(c)
                || ('\u{3000}'..='\u{303f}').contains(&c)
                || ('\u{ff00}'..='\u{ffef}').contains(&c);
            if wide { 2 } else { 1 }
        })
        .sum()
}

/// The lines of a wrapped run joined: one line, or one per standard code
/// that opens a line.
fn join(run: &[&str]) -> String {
    let mut out = String::new();
    for (k, l) in run.iter().enumerate() {
        let t = l.trim();
        if k == 0 {
            out.push_str(t);
        } else if opens_with_code(t) {
            out.push('\n');
            out.push_str(t);
        } else if out.ends_with('-')
            && !out.ends_with(" -")
            && t.starts_with(|c: char| c.is_lowercase())
            && out[..out.len() - 1].ends_with(|c: char| c.is_alphabetic())
        {
            // "Infor-" + "mation": one word.
            out.pop();
            out.push_str(t);
        } else if out.ends_with(['—', '–'])
            || out.ends_with(crate::extract::text::is_han)
                && t.starts_with(crate::extract::text::is_han)
        {
            // (No space inside a dash's compound, nor between Chinese
            // characters: "全国网络安全标准化\n技术委员会".)
            out.push_str(t);
        } else {
            out.push(' ');
            out.push_str(t);
        }
    }
    out
}

/// Whether a line opens with a standard code ("GB/T 45401.2-2025 ...").
fn opens_with_code(t: &str) -> bool {
    crate::extract::codes::find_codes(t.get(..t.len().min(40)).unwrap_or(t))
        .first()
        .is_some_and(|h| h.start == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_paragraph_is_one_line_and_a_broken_word_is_mended() {
        let t = "Title\n\nOn 2 July 2029, the Ministry of Industry and Infor-\nmation Technology (MIIT) released the Guidelines for\nGizmo Data Security Management in the Industrial\nSector (Trial).\n\nNext\n";
        assert_eq!(
            reflow(t),
            "Title\n\nOn 2 July 2029, the Ministry of Industry and Information Technology (MIIT) released the Guidelines for Gizmo Data Security Management in the Industrial Sector (Trial).\n\nNext\n"
        );
    }

    #[test]
    fn codes_open_lines_of_their_own() {
        let t = "GB/T 99401.1-2025 Artificial intelligence—\nScheduling and cooperation for computing\ndevices—Part 1: Virtualization and scheduling\nGB/T 99401.2-2025 Artificial intelligence—\nScheduling and cooperation for computing\n";
        assert_eq!(
            reflow(t),
            "GB/T 99401.1-2025 Artificial intelligence—Scheduling and cooperation for computing devices—Part 1: Virtualization and scheduling\nGB/T 99401.2-2025 Artificial intelligence—Scheduling and cooperation for computing\n"
        );
    }

    #[test]
    fn chinese_lines_join_without_a_space() {
        let t = "2029年3月5日，全国小部件标准化技术委员会在北京召开年会，会议审查通过了小部件安全\n要求等五项国家标准草案，并讨论了二〇二九年工作计划和秘书处的年度工作报告以及\n下一步的工作安排。\n";
        assert_eq!(
            reflow(t),
            "2029年3月5日，全国小部件标准化技术委员会在北京召开年会，会议审查通过了小部件安全要求等五项国家标准草案，并讨论了二〇二九年工作计划和秘书处的年度工作报告以及下一步的工作安排。\n"
        );
    }

    #[test]
    fn lists_fields_and_one_line_paragraphs_are_left_alone() {
        for t in [
            "1. Widget technology — Security requirements for widget hubs (x)\n2. Widget technology — Test methods for widget locks (project)\n3. Widget technology — Guide for widget incident reporting (to)\n",
            "Webinar: Widget Standards in 2028 — What Companies Need to Know\nDate: 15 January 2028, 10:00–12:00 CET (online)\nOrganized by the EU SME Centre and the China Widget Association\n",
            "A short line\nAnother\nAnd one more\n",
            "序号 | 标准编号 | 标准名称 | 代替标准号 | 实施日期\n1 | GB/T 99021-2027 | 小部件 互联互通 通用要求 |  | 2028-06-01\n2 | GB/T 99022-2027 | 小部件 远程控制 安全要求 | GB/T 99103-2014 | 2028-06-01\n",
            "A sentence that ends here and is a paragraph of its own line.\nAnother sentence that is a paragraph on its own line too, ok.\nA third one that ends with a full stop as paragraphs do, yes.\n",
            // Dated lines of a listing, with and without a separator.
            "2029-11-05 | SAMR Announcement No. 91 of 2029 on approving 156 national standards\n2029-10-20 | SAMR Announcement No. 88 of 2029 on approving two widget standards\n2029-09-30 | SAMR Announcement No. 85 of 2029 on the abolition of 17 standards\n",
            "2029-11-05 SAMR Announcement No. 91 of 2029 on approving 156 national standards\n2029-10-20 SAMR Announcement No. 88 of 2029 on approving two widget standards\n2029-09-30 SAMR Announcement No. 85 of 2029 on the abolition of 17 standards\n",
        ] {
            assert_eq!(reflow(t), t);
        }
    }
}
