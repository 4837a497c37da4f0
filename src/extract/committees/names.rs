//! Committees' names written around their codes: a full name before the
//! code in parentheses (English or Chinese), a bare working group's topic
//! after it, a name after a dash.

use crate::extract::text;

/// A committee's full name written before its code in parentheses: "the
/// National Technical Committee on Blockchain Technology (SAC/TC611)". The
/// name is the run of capitalized words (small joining words allowed) that
/// ends at the parenthesis and names a committee or a working group.
pub fn name_before(line: &str, start: usize) -> Option<String> {
    let before = line
        .get(..start)?
        .trim_end()
        .strip_suffix(['(', '（'])?
        .trim_end();
    if before.ends_with("委员会") || before.ends_with("工作组") {
        return chinese_name_before(before);
    }
    let words: Vec<&str> = before.split(' ').collect();
    let joining = |w: &str| matches!(w, "on" | "of" | "for" | "and" | "the" | "&" | "in");
    let n = words
        .iter()
        .rev()
        .take_while(|w| {
            // A word of a name: no punctuation ends it ("2026," or "Week”"),
            // but for a comma between capitalized words ("Measurement,
            // Control and Automation").
            let listed = w.strip_suffix(',').is_some_and(|x| {
                x.chars().all(char::is_alphabetic) && x.starts_with(|c: char| c.is_uppercase())
            });
            let whole = w.chars().last().is_some_and(char::is_alphanumeric) || listed;
            whole
                && (w
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    || joining(w))
        })
        .take(16)
        .count();
    let mut name = &words[words.len() - n..];
    // ("Meanwhile, the Electric Power ... Committee": a comma before "the"
    // ends a sentence's opening word, not an item of the name.)
    if let Some(i) = name
        .windows(2)
        .rposition(|w| w[0].ends_with(',') && w[1] == "the")
    {
        name = &name[i + 1..];
    }
    while let Some((w, rest)) = name.split_first()
        && (joining(w)
            || matches!(*w, "The" | "China's" | "China’s")
            // "NEA's Power Industry ... Committee": the owner is no part
            // of the name.
            || w.ends_with("'s") || w.ends_with("’s"))
    {
        name = rest;
    }
    let name = name.join(" ");
    // ("Beijing, the National Technical Committee on X": from "National".)
    let name = match name.find("National ") {
        Some(i) if name[..i].contains(',') => name[i..].to_owned(),
        _ => name,
    };
    // "Annual Report 2029 of the National Technical Committee on X": a
    // document's title before the committee's name.
    // (Not a subcommittee's name: "Subcommittee for X of the National ...".)
    let cut = name
        .rfind(" of the National ")
        .map(|i| i + 8)
        .or_else(|| name.rfind(" of National ").map(|i| i + 4))
        .filter(|&i| !["ommittee", "Group"].iter().any(|k| name[..i].contains(k)));
    let name = match cut {
        Some(i) => name[i..].to_owned(),
        None => name,
    };
    let names_committee = [
        "Committee",
        "Subcommittee",
        "Sub-committee",
        "Working Group",
    ]
    .iter()
    .any(|k| name.contains(k));
    (names_committee && name.split(' ').count() >= 3).then_some(name)
}

/// A Chinese committee name ending `before`: "由全国小部件标准化技术委员会"
/// → "全国小部件标准化技术委员会" (from 全国 or 国际, else the run of Chinese
/// after a verb such as 由 or 对口).
fn chinese_name_before(before: &str) -> Option<String> {
    let cjk = text::is_han;
    let run_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| cjk(*c))
        .last()
        .map(|(i, _)| i)?;
    let run = &before[run_start..];
    let name = match run.rfind("全国").or_else(|| run.rfind("国际")) {
        Some(i) => &run[i..],
        None => {
            // After the last verb before it ("对口", "由").
            let from = ["对口", "由", "归口", "设在", "为"]
                .iter()
                .filter_map(|v| run.rfind(v).map(|i| i + v.len()))
                .max()
                .unwrap_or(0);
            &run[from..]
        }
    };
    let chars = name.chars().count();
    ((6..=40).contains(&chars) && name.contains("标准化")).then(|| name.to_owned())
}

/// Name of a bare WG from what follows it: `WG5 (Cybersecurity Assessment)`,
/// `WG3: Cryptography Technology Standards Working Group`.
pub fn wg_name(line: &str, end: usize) -> Option<String> {
    let rest = line.get(end..)?.trim_start();
    // A list of groups: "- WG 1 Foundational standards", "- SC1 Vehicle
    // data" (the code opens
    // the item, its name is the rest).
    // ("- SAC/TC 999/SC 1 Widget terminals": a subcommittee's full code
    // opening the item too.)
    let item_opener = || {
        let head = line[..line.len() - line[end..].len()].trim_start();
        let head = head.trim_start_matches(['-', '*', '•', ' ', '\t']);
        let first = head.split_whitespace().next().unwrap_or("");
        head.starts_with("WG")
            || head.starts_with("SWG")
            || head.starts_with("SC")
            || first.contains('/')
                && (head.contains("SC") || head.contains("WG"))
                && head
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
    };
    let name = if let Some(r) = rest.strip_prefix('(') {
        // ("TC609 (the National Technical Committee on X)".)
        let r = r
            .strip_prefix("the ")
            .filter(|x| x.starts_with("National "))
            .unwrap_or(r);
        r.split(')').next()?
    } else if let Some(r) = rest.strip_prefix(':') {
        r.trim()
    } else if line.trim_start().starts_with(['-', '*', '•'])
        && item_opener()
        && !rest.contains(". ")
        && !rest.ends_with('.')
    {
        // (A note in parentheses after the name is no part of it: "- SC 4
        // Industrial networks (mirrors IEC/SC 65C)".)
        let r = rest.trim_start_matches(['–', '—', '-', ' ']);
        let r = r.split(" (").next().unwrap_or(r);
        // (Nor a note after a comma: "- SAC/TC 1/SC 2 Widget batteries,
        // mirrors IEC/TC 121", "小部件电池分技术委员会，对口 IEC/TC 121".)
        let r = r.split(['，', '（', '；']).next().unwrap_or(r);
        let r = r
            .match_indices(", ")
            .find(|(i, _)| {
                // (A note names a code or says what the group is to
                // another: not "Widget measurement, control and testing".)
                let note = &r[i + 2..];
                note.starts_with(|c: char| c.is_lowercase())
                    && (note.contains(|c: char| c.is_ascii_digit())
                        || [
                            "mirror",
                            "counterpart",
                            "secretariat",
                            "established",
                            "set up",
                        ]
                        .iter()
                        .any(|w| note.starts_with(w)))
            })
            .map_or(r, |(i, _)| &r[..i]);
        r.trim()
    } else {
        return None;
    };
    let name = text::strip_markup(name);
    // (A Chinese name: "- SAC/TC 1/SC 2 小部件电池分技术委员会".)
    let opens = |c: char| c.is_uppercase() || text::is_han(c);
    (name.len() >= 3 && name.len() <= 100 && name.chars().next().is_some_and(opens)).then_some(name)
}

/// The name written after a dash right after a code: "SAC/TC 485 — National
/// Technical Committee on X" (up to a parenthesis or the sentence's end).
pub fn name_after_dash(line: &str, end: usize) -> Option<String> {
    let rest = line.get(end..)?.trim_start();
    // (Or right after the code without a dash when it is a committee's
    // full name: "SAC/TC 609 National Technical Committee on X (...)".)
    let rest = ["— ", "– ", "- "]
        .iter()
        .find_map(|d| rest.strip_prefix(d))
        .or_else(|| {
            // (Up to a dash: "SAC/TC 997 National Technical Committee on X
            // — Subcommittee on Y" names two.)
            let cut = [" — ", " – ", " | "]
                .iter()
                .filter_map(|d| rest.find(d))
                .min()
                .unwrap_or(rest.len());
            let head = &rest[..cut];
            (head.starts_with("National ")
                && head.split(" (").next()?.contains("Technical Committee"))
            .then_some(head)
        })?;
    let name = rest.split(" (").next()?;
    let name = name
        .split(". ")
        .next()?
        .trim_end_matches(['.', ',', ';', ' ']);
    let name = text::strip_markup(name);
    // The owner after the name is no part of it: "National Technical
    // Committee on X of Standardization Administration of China".
    let name = [
        " of Standardization Administration of China",
        " of the Standardization Administration of China",
        " of SAC",
    ]
    .iter()
    .find_map(|o| name.strip_suffix(o))
    .map_or(name.clone(), str::to_owned);
    (name.len() >= 10 && name.len() <= 120 && name.chars().next().is_some_and(char::is_uppercase))
        .then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committee_names_before_their_codes() {
        let l = "From 20 May, the National Technical Committee on Widget and Gadget Technology (SAC/TC999) met.";
        let at = l.find("SAC/TC999").unwrap();
        assert_eq!(
            name_before(l, at).as_deref(),
            Some("National Technical Committee on Widget and Gadget Technology")
        );
        // Not a committee's name, or no parenthesis.
        let l = "Experts from Tsinghua University (SAC/TC999) met.";
        assert_eq!(name_before(l, l.find("SAC").unwrap()), None);
        let l = "The National Technical Committee on Widgets SAC/TC999 met.";
        assert_eq!(name_before(l, l.find("SAC").unwrap()), None);
        // A comma between capitalized words of the name; a place before it
        // is no part of it.
        let l = "The National Technical Committee on Widget Measurement, Control and Automation of Standardization Administration of China (SAC/TC 998)";
        assert_eq!(
            name_before(l, l.find("SAC/TC 998").unwrap()).as_deref(),
            Some(
                "National Technical Committee on Widget Measurement, Control and Automation of Standardization Administration of China"
            )
        );
        let l = "In Wuxi, the National Technical Committee on Widgets (SAC/TC 998)";
        assert_eq!(
            name_before(l, l.find("SAC/").unwrap()).as_deref(),
            Some("National Technical Committee on Widgets")
        );
        // The owner in the possessive is no part of the name.
        let l = "NEA's Power Widget Standardization Technical Committee (NEA/TC 99)";
        assert_eq!(
            name_before(l, l.find("NEA/").unwrap()).as_deref(),
            Some("Power Widget Standardization Technical Committee")
        );
        // A sentence's opening word set off by a comma is no part of it;
        // a comma between the name's own words is.
        let l = "Meanwhile, the Gadget Industry Standardization Technical Committee (NEA/TC 98)";
        assert_eq!(
            name_before(l, l.find("NEA/").unwrap()).as_deref(),
            Some("Gadget Industry Standardization Technical Committee")
        );
        let l = "the National Technical Committee on Measurement, Control and Widgets (SAC/TC 997)";
        assert_eq!(
            name_before(l, l.find("SAC/").unwrap()).as_deref(),
            Some("National Technical Committee on Measurement, Control and Widgets")
        );
    }

    #[test]
    fn wg_names() {
        assert_eq!(
            wg_name("II. WG5 (Cybersecurity Assessment)", 7).as_deref(),
            Some("Cybersecurity Assessment")
        );
        assert_eq!(
            wg_name("- WG3: Cryptography Technology Standards Working Group", 5).as_deref(),
            Some("Cryptography Technology Standards Working Group")
        );
        assert_eq!(wg_name("WG8 is", 3), None);
        // A list item: the name after the code, up to a note after a comma;
        // a Chinese name too.
        let l = "- SAC/TC 999/SC 2 Widget batteries, mirrors IEC/TC 121";
        let end = l.find(" Widget").unwrap();
        assert_eq!(wg_name(l, end).as_deref(), Some("Widget batteries"));
        let l = "- SAC/TC 999/SC 3 Widget measurement, control and testing";
        let end = l.find(" Widget").unwrap();
        assert_eq!(
            wg_name(l, end).as_deref(),
            Some("Widget measurement, control and testing")
        );
        let l = "- SAC/TC 999/SC 2 小部件电池分技术委员会，对口 IEC/TC 121";
        let end = l.find(" 小").unwrap();
        assert_eq!(wg_name(l, end).as_deref(), Some("小部件电池分技术委员会"));
    }

    #[test]
    fn names_after_a_dash_without_their_owner() {
        let l = "SAC/TC 998 — National Technical Committee on Widget Measurement, Control and Automation of Standardization Administration of China";
        assert_eq!(
            name_after_dash(l, "SAC/TC 998".len()).as_deref(),
            Some("National Technical Committee on Widget Measurement, Control and Automation")
        );
    }
}
