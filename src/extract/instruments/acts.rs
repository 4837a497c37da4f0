//! Acts named by number or by what they amend: numbered announcements that
//! approve standards ("SAC Announcement No. 5 of 2027"), European acts by
//! their numbers ("Regulation (EU) 2024/2847") and "the decision on
//! amending the X Law" written in lower case.

use super::{InstrumentHit, instrument_key};
use regex::Regex;
use std::sync::LazyLock;

/// "the decision on amending the X Law" written in lower case (as news
/// reports write it) names the act "Decision on Amending the X Law", the
/// law being a name found on the line.
pub(super) fn lower_case_amending(text: &str, hits: &[InstrumentHit]) -> Vec<InstrumentHit> {
    const CUE: &str = "decision on amending the ";
    memchr::memmem::find_iter(text.as_bytes(), CUE.as_bytes())
        .filter_map(|at| {
            let from = at + CUE.len();
            let law = hits.iter().find(|h| h.start == from && h.etype == "law")?;
            let name = format!("Decision on Amending the {}", law.name);
            Some(InstrumentHit {
                start: at,
                end: law.end,
                key: instrument_key(&name, "decision"),
                name,
                etype: "decision",
                draft: false,
                alias: None,
            })
        })
        .collect()
}

/// Numbered announcements: "SAC Announcement No. 5 of 2027", "National
/// Standard Announcement No. 5 of 2027", "MIIT Announcement [2027] No. 12"
/// (the acts that approve national and sector standards). The key names the
/// issuer as written (its abbreviation when the dictionary knows it), the
/// number and the year: "SAC Announcement No. 5 of 2027".
pub(super) fn announcements(text: &str) -> Vec<InstrumentHit> {
    static ANNOUNCEMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:(?P<who>National[ \t]+Standards?|[A-Z][A-Za-z]{1,11}(?:[ \t]*\([A-Z]{2,6}\))?)[ \t]+)?Announcement[ \t]+(?:No\.[ \t]*(?P<n>\d{1,4})[ \t]+(?:of[ \t]+)?\[?(?P<y>(?:19|20)\d{2})\]?|\[?(?P<y2>(?:19|20)\d{2})\]?[ \t]+No\.[ \t]*(?P<n2>\d{1,4}))(?-u:\b)").unwrap()
    });
    if !text.contains("Announcement") {
        return Vec::new();
    }
    ANNOUNCEMENT
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let n = c.name("n").or(c.name("n2"))?.as_str();
            let y = c.name("y").or(c.name("y2"))?.as_str();
            // "SAMR (SAC)": the body in parentheses is the one known by
            // its abbreviation; "The Announcement" names no issuer.
            let who = c.name("who").map(|w| {
                let w = w.as_str();
                let inner = w.split_once('(').map(|(_, r)| r.trim_end_matches(')'));
                inner
                    .unwrap_or(w)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            let who = who.filter(|w| !matches!(w.as_str(), "The" | "the" | "This" | "An" | "Its"));
            let name = match &who {
                Some(w) => format!("{w} Announcement No. {n} of {y}"),
                None => format!("Announcement No. {n} of {y}"),
            };
            // The span starts at "Announcement": the issuer before it is
            // named too, by its own rule ("SAC", "Ministry of ... (MIIT)").
            let start = m.start() + m.as_str().find("Announcement")?;
            Some(InstrumentHit {
                start,
                end: m.end(),
                key: name.clone(),
                name,
                etype: "announcement",
                draft: false,
                alias: None,
            })
        })
        .collect()
}

/// European acts by their numbers: "Regulation (EU) 2024/2847", "Directive
/// (EU) 2022/2555", "Regulation (EC) No 765/2008". Written in parentheses
/// after a name ("the Cyber Resilience Act (Regulation (EU) 2024/2847)"),
/// the number is that act's alias (see the instruments in `links`).
pub(super) fn european_acts(text: &str) -> Vec<InstrumentHit> {
    static EU_ACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?P<t>Regulation|Directive|Decision)[ \t]+\((?P<o>EU|EC|EEC|EU, Euratom)\)[ \t]+(?:No\.?[ \t]+)?(?P<n>\d{2,4}/\d{1,4}(?:/(?:EU|EC|EEC))?)").unwrap()
    });
    if !text.contains("(E") {
        return Vec::new();
    }
    EU_ACT
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let name = format!("{} ({}) {}", &c["t"], &c["o"], &c["n"]);
            let etype = match &c["t"] {
                "Directive" => "directive",
                "Decision" => "decision",
                _ => "regulation",
            };
            Some(InstrumentHit {
                start: m.start(),
                end: m.end(),
                key: name.clone(),
                name,
                etype,
                draft: false,
                alias: None,
            })
        })
        .collect()
}

/// European acts by their common names: "the EU Battery Regulation", "the
/// EU General Data Protection Regulation", "the European Ecodesign
/// Directive" — "EU" or "European", capitalized words, then "Regulation" or
/// "Directive" (not "the State Administration for Market Regulation": no
/// "EU" before it; not "the European Commission's Regulation").
pub(super) fn named_european_acts(text: &str) -> Vec<InstrumentHit> {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?P<by>EU|European(?:[ \t]+(?:Commission|Union)(?:'s|’s))?)(?P<w>[ \t]+[A-Z][A-Za-z-]*(?:[ \t]+(?:[A-Z][A-Za-z-]*|for|on|of|and)){0,6}?)[ \t]+(?P<t>Regulation|Directive)(?-u:\b)").unwrap()
    });
    if !text.contains("EU ") && !text.contains("European ") {
        return Vec::new();
    }
    NAMED
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let words = &c["w"];
            // (The bodies that adopt acts are no part of an act's name; a
            // name runs on one line.)
            if [
                "Commission",
                "Parliament",
                "Council",
                "Union's",
                "Regulation",
                "Directive",
            ]
            .iter()
            .any(|w| words.split_whitespace().any(|x| x == *w))
                || m.as_str().contains('\n')
            {
                return None;
            }
            // ("the European Commission's Ecodesign for Sustainable
            // Products Regulation": the act's name is what follows the
            // possessive.)
            let from = if c["by"].contains(['\'', '’']) {
                let w = c.name("w")?;
                w.end() - w.as_str().trim_start().len()
            } else {
                m.start()
            };
            let name = text[from..m.end()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            // (A name ends on a capitalized word: not "EU rules for ... and
            // Regulation".)
            if name
                .split(' ')
                .rev()
                .nth(1)
                .is_some_and(|w| matches!(w, "for" | "on" | "of" | "and"))
            {
                return None;
            }
            let etype = if &c["t"] == "Directive" {
                "directive"
            } else {
                "regulation"
            };
            Some(InstrumentHit {
                start: from,
                end: m.end(),
                key: instrument_key(&name, etype),
                name,
                etype,
                draft: false,
                alias: None,
            })
        })
        .collect()
}

/// The Constitution, the law every other rests on: "in accordance with
/// the Constitution", "China's Constitution", "the Constitution of the
/// People's Republic of China" (not a party's or an organization's
/// constitution: "the Constitution of the Communist Party of China", "the
/// ISO Constitution").
pub(super) fn constitution(text: &str) -> Vec<InstrumentHit> {
    const WORD: &str = "Constitution";
    const STATE: [&str; 2] = [" of the People's Republic of China", " of China"];
    memchr::memmem::find_iter(text.as_bytes(), WORD.as_bytes())
        .filter_map(|at| {
            let before = &text[..at];
            let after = &text[at + WORD.len()..];
            let owner = ["the ", "China's ", "China’s ", "PRC ", "Chinese "]
                .iter()
                .any(|p| before.ends_with(p));
            let own = STATE.iter().find(|s| after.starts_with(**s));
            let other = after.starts_with(" of ") && own.is_none()
                || after.starts_with(|c: char| c.is_alphanumeric());
            if !owner || other {
                return None;
            }
            Some(InstrumentHit {
                start: at,
                end: at + WORD.len() + own.map_or(0, |s| s.len()),
                key: instrument_key(WORD, "law"),
                name: WORD.to_owned(),
                etype: "law",
                draft: false,
                alias: None,
            })
        })
        .collect()
}

/// Whether a name is a European act's number ("Regulation (EU) 2024/2847").
pub(crate) fn is_european_number(name: &str) -> bool {
    ["Regulation (E", "Directive (E", "Decision (E"]
        .iter()
        .any(|p| name.starts_with(p))
        && name.contains('/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn european_acts_by_their_common_names() {
        let names = |t: &str| -> Vec<String> {
            named_european_acts(t).into_iter().map(|h| h.name).collect()
        };
        assert_eq!(
            names("similar to the EU Battery Regulation (Regulation (EU) 2023/1542)."),
            ["EU Battery Regulation"]
        );
        assert_eq!(
            names("the European Ecodesign Directive and the EU General Data Protection Regulation"),
            [
                "European Ecodesign Directive",
                "EU General Data Protection Regulation"
            ]
        );
        assert!(names("the State Administration for Market Regulation").is_empty());
        assert!(names("the European Commission Regulation on X").is_empty());
        assert!(names("an EU Regulation").is_empty());
        let laws = |t: &str| -> Vec<(String, usize)> {
            constitution(t)
                .into_iter()
                .map(|h| (h.name, h.end - h.start))
                .collect()
        };
        assert_eq!(
            laws("drafted in accordance with the Constitution and the Widget Law"),
            [("Constitution".to_owned(), 12)]
        );
        assert_eq!(
            laws("the Constitution of the People's Republic of China"),
            [("Constitution".to_owned(), 46)]
        );
        assert!(laws("the Constitution of the Widget Party of China").is_empty());
        assert!(laws("the ISO Constitution and Rules of Procedure").is_empty());
        assert!(laws("Constitutional review").is_empty());
        // Small joining words inside the name; the adopting body's
        // possessive before it is no part of it.
        assert_eq!(
            names("The European Commission's Ecodesign for Sustainable Widgets Regulation also"),
            ["Ecodesign for Sustainable Widgets Regulation"]
        );
        assert_eq!(
            names("the EU Widget Safety and Liability Directive"),
            ["EU Widget Safety and Liability Directive"]
        );
    }
}
