//! Committee codes and their tree: `SAC/TC260`, `TC 260`, `SAC TC114`,
//! `SAC/TC28/SC42`, `SAC/SC42`, `TC260/WG5`, `SAC/TC 591/WG 1`,
//! `MIIT/TC01`, `CCSA/TC602`, `SAC/SWG32`, `ISO/IEC JTC 1/SC 27`,
//! `ISO/TC 204`, `ITU-T SG17`, `ITU-R WP 5D`; and bare working groups (`WG8`, `SWG-ETS`) that belong to
//! the committee whose section they appear in.
//!
//! Every spelling maps to one canonical key; [`KNOWN`] holds the stable
//! facts of the system (full names, where a bare SC sits).

use regex::Regex;
use std::sync::LazyLock;

mod known;
use known::SC_PARENTS;
mod names;
mod owners;
mod uncoded;
pub use known::{KNOWN, Known};
pub use names::{name_after_dash, name_before, wg_name};
use owners::with_owner;
pub(crate) use uncoded::find_in_line as uncoded_in_line;
pub use uncoded::{compared_name, is_name_key, lines_naming, name_key};

static COMMITTEE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?-u:\b)(?:",
        // International: ISO/IEC JTC 1/SC 42 (WG 5), ISO/IEC/JTC1/SC42, ISO/TC 204
        // IEC/SC 65C: a lettered IEC subcommittee, written without its TC.
        r"(?P<io>ISO/IEC|ISO|IEC)[ \t]?/?[ \t]?(?:(?i:JTC)[ \t]?(?P<jtc>\d{1,2})(?:[ \t]?/[ \t]?(?i:SC)[ \t]?(?P<jsc>\d{1,3}))?|(?i:TC)[ \t]?(?P<itc>\d{1,3})(?:[ \t]?/[ \t]?(?i:SC)[ \t]?(?P<isc>\d{1,3}[A-Z]?))?|SC[ \t]?(?P<ilsc>\d{1,3})(?P<ilscl>[A-Z]))(?:[ \t]?/?[ \t]?WG[ \t]?(?P<iwg>\d{1,2}))?",
        // European joint committees: CEN-CENELEC JTC 13, CEN/CLC/JTC 21/WG 3.
        r"|(?P<eu>CEN[ \t]?[-/][ \t]?(?:CENELEC|CLC)|CENELEC|CEN|CLC)[ \t]?/?[ \t]?JTC[ \t]?(?P<eujtc>\d{1,2})(?:[ \t]?/[ \t]?WG[ \t]?(?P<euwg>\d{1,2}))?",
        // ITU: ITU-T SG17, ITU-T Study Group 13, ITU-R WP 5D (working party
        // D of study group 5).
        r"|(?P<itu>ITU-[TRD])[ \t]?/?[ \t]?(?:(?:SG|Study[ \t]Group)[ \t]?(?P<itusg>\d{1,2})|(?:WP|Working[ \t]Party)[ \t]?(?P<ituwp>\d{1,2})(?P<ituwpl>[A-Z]))",
        // National: SAC/TC28/SC42/WG1, TC260/WG5, MIIT/TC01, CCSA/TC602, SAC TC114
        r"|(?:(?P<org>(?i:SAC|MIIT|CCSA))[ \t]?[/ ][ \t]?(?i:TC)|TC)[ \t]?(?P<tc>\d{1,3})(?:[ \t]?/[ \t]?(?i:SC)[ \t]?(?P<sc>\d{1,3}))?(?:[ \t]?/[ \t]?(?P<wgt>S?WG)[ \t]?-?[ \t]?(?P<wg>\d{1,2}|[A-Z]{2,5}))?",
        // SAC/SC42, SAC/SWG32
        r"|(?i:SAC)[ \t]?/[ \t]?(?P<st>(?i:SC|SWG))[ \t]?(?P<sn>\d{1,3})",
        // "Technical Committee 260"
        r"|Technical Committee (?P<tcn>\d{2,3})",
        // Bare working groups: WG8, WG 5, SWG-ETS
        r"|(?P<bwt>S?WG)(?:[ \t]?(?P<bw>\d{1,2})|-(?P<bwl>[A-Z]{2,5}))",
        // "Working Group 7 (Data Security)": a bare WG written out.
        r"|Working Group (?P<bwn>\d{1,2})",
        // Bare subcommittees: SC41, SC 27
        r"|SC[ \t]?(?P<bsc>\d{1,3})",
        r")(?-u:\b)"
    ))
    .expect("committee regex")
});

/// Full names of known committees, matched as whole phrases.
static FULL_NAMES: LazyLock<(Regex, rustc_hash::FxHashMap<String, &'static str>)> =
    LazyLock::new(|| {
        let mut names: Vec<(&'static str, &'static str)> = Vec::new();
        for k in KNOWN {
            names.push((k.name, k.key));
            names.extend(k.names.iter().map(|n| (*n, k.key)));
        }
        names.sort_by_key(|n| std::cmp::Reverse(n.0.len()));
        // English names of three words or more, with word boundaries;
        // Chinese names without (no boundary falls between Chinese words).
        let pattern = |ascii: bool| {
            names
                .iter()
                .filter(|(n, _)| n.is_ascii() == ascii)
                .filter(|(n, _)| !ascii || n.split_whitespace().count() >= 3)
                .map(|(n, _)| regex::escape(n).replace(' ', r"\s+"))
                .collect::<Vec<_>>()
                .join("|")
        };
        let re = Regex::new(&format!(
            r"(?-u:\b)(?:{})(?-u:\b)|{}",
            pattern(true),
            pattern(false)
        ))
        .expect("committee names");
        let map = names
            .iter()
            .map(|(n, k)| (n.to_ascii_lowercase(), *k))
            .collect();
        (re, map)
    });

/// Committees named by a known full name ("National Information Security
/// Standardisation Technical Committee" is SAC/TC260).
pub fn find_by_name(text: &str) -> Vec<CommitteeHit> {
    let (re, map) = &*FULL_NAMES;
    re.find_iter(text)
        .filter_map(|m| {
            let norm = m
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_ascii_lowercase();
            let key = map.get(&norm)?;
            Some(CommitteeHit {
                start: m.start(),
                end: m.end(),
                key: (*key).to_owned(),
                bare: false,
                written: m.as_str().split_whitespace().collect::<Vec<_>>().join(" "),
            })
        })
        .collect()
}

/// The full name of a known committee.
pub fn known_name(key: &str) -> Option<&'static str> {
    KNOWN.iter().find(|k| k.key == key).map(|k| k.name)
}

/// A committee named in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommitteeHit {
    /// Byte range.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// Canonical key, or for a bare working group only its own part (`WG8`).
    pub key: String,
    /// True for a bare WG/SWG whose parent comes from context.
    pub bare: bool,
    /// As written.
    pub written: String,
}

fn num(s: &str) -> String {
    let t = s.trim_start_matches('0');
    if t.is_empty() { "0".into() } else { t.into() }
}

/// Every committee named in `text`, by code or by a known full name, in
/// order (a code inside a full name's span is dropped).
pub fn find_committees(text: &str) -> Vec<CommitteeHit> {
    let mut hits = find_by_name(text);
    if hits.is_empty() {
        hits = find_by_code(text);
    } else {
        for h in find_by_code(text) {
            if !hits.iter().any(|n| h.start < n.end && n.start < h.end) {
                hits.push(h);
            }
        }
        hits.sort_by_key(|h| h.start);
    }
    owners::owner_from_list(text, &mut hits);
    owners::owner_from_document(&mut hits);
    expand_ranges(text, &mut hits);
    hits
}

/// "SC 1 to SC 4", "WG3–WG9": the groups between the two a range names,
/// as bare groups placed at the words between them.
fn expand_ranges(text: &str, hits: &mut Vec<CommitteeHit>) {
    let split = |k: &str| {
        let d = k.find(|c: char| c.is_ascii_digit())?;
        let (p, n) = k.split_at(d);
        Some((p.to_owned(), n.parse::<u32>().ok()?))
    };
    let mut added = Vec::new();
    for w in hits.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if !(a.bare && b.bare) || a.end > b.start {
            continue;
        }
        let gap = &text[a.end..b.start];
        if !matches!(gap.trim(), "to" | "through" | "–" | "—" | "-" | "~") {
            continue;
        }
        let (Some((pa, na)), Some((pb, nb))) = (split(&a.key), split(&b.key)) else {
            continue;
        };
        if pa != pb || nb <= na + 1 || nb > na + 40 {
            continue;
        }
        for k in na + 1..nb {
            added.push(CommitteeHit {
                start: a.end,
                end: b.start,
                key: format!("{pa}{k}"),
                bare: true,
                written: format!("{pa}{k}"),
            });
        }
    }
    if !added.is_empty() {
        hits.extend(added);
        hits.sort_by_key(|h| (h.start, h.end));
    }
}

static GROUPS: LazyLock<super::text::Groups> =
    LazyLock::new(|| super::text::Groups::of(&COMMITTEE_RE));

/// Committees named by code.
fn find_by_code(text: &str) -> Vec<CommitteeHit> {
    let mut out: Vec<CommitteeHit> = Vec::new();
    for c in COMMITTEE_RE.captures_iter(text) {
        // A bare SC in a list after another committee ("ISO/IEC JTC 1/SC 27
        // and SC 44", "SAC/TC28/SC42, SC41") belongs to the same TC.
        if let Some(n) = GROUPS.get(&c, "bsc") {
            let m = c.get(0).expect("whole match");
            let prev = out.last().filter(|p| {
                let between = &text[p.end.min(m.start())..m.start()];
                super::text::is_list_gap(between) && !p.bare
            });
            let key = match prev {
                Some(p) => {
                    let tc = p.key.rfind("/SC").map_or(p.key.as_str(), |i| &p.key[..i]);
                    if tc.starts_with("ISO") || tc.starts_with("IEC") {
                        format!("{tc}/SC {}", num(n.as_str()))
                    } else {
                        format!("{tc}/SC{}", num(n.as_str()))
                    }
                }
                None => format!("SC{}", num(n.as_str())),
            };
            out.push(CommitteeHit {
                start: m.start(),
                end: m.end(),
                bare: prev.is_none(),
                key,
                written: m.as_str().to_owned(),
            });
            continue;
        }
        let Some(mut hit) = code_hit(&c) else {
            continue;
        };
        if GROUPS.get(&c, "tcn").is_some() {
            match owners::foreign_body(&text[..hit.start]) {
                Some((start, Some(body))) => {
                    hit.key = body.replace("{}", &hit.key["SAC/TC".len()..]);
                    hit.start = start;
                    hit.written = text[start..hit.end].to_owned();
                }
                Some((_, None)) => continue,
                None => {}
            }
        }
        out.push(with_owner(text, hit));
    }
    out
}

/// The committee one match of [`COMMITTEE_RE`] names (not a bare SC).
fn code_hit(c: &regex::Captures) -> Option<CommitteeHit> {
    let m = c.get(0)?;
    let g = |k: &str| GROUPS.get(c, k).map(|x| x.as_str());
    let (key, bare) = if let Some(itu) = g("itu") {
        let k = match (g("itusg"), g("ituwp"), g("ituwpl")) {
            (Some(sg), _, _) => format!("{itu}/SG {}", num(sg)),
            (_, Some(sg), Some(l)) => format!("{itu}/SG {n}/WP {n}{l}", n = num(sg)),
            _ => return None,
        };
        (k, false)
    } else if let Some(eu) = g("eu") {
        let body = match (eu.starts_with("CEN"), eu.len() > 3 && eu != "CENELEC") {
            (true, true) => "CEN/CENELEC",
            (true, false) if eu == "CEN" => "CEN",
            _ => "CENELEC",
        };
        let mut k = format!("{body} JTC {}", num(g("eujtc")?));
        if let Some(w) = g("euwg") {
            k.push_str(&format!("/WG {}", num(w)));
        }
        (k, false)
    } else if let Some(io) = g("io") {
        let io = io.to_ascii_uppercase();
        let mut k = if let Some(j) = g("jtc") {
            let mut k = format!("ISO/IEC JTC {}", num(j));
            if let Some(sc) = g("jsc") {
                k.push_str(&format!("/SC {}", num(sc)));
            }
            k
        } else if let (Some(tc), Some(l)) = (g("ilsc"), g("ilscl")) {
            // "SC 65C" is subcommittee C of TC 65.
            format!("{io}/TC {t}/SC {t}{l}", t = num(tc))
        } else {
            let mut k = format!("{io}/TC {}", num(g("itc")?));
            if let Some(sc) = g("isc") {
                k.push_str(&format!("/SC {}", num(sc)));
            }
            k
        };
        if let Some(w) = g("iwg") {
            k.push_str(&format!("/WG {}", num(w)));
        }
        (k, false)
    } else if let Some(tc) = g("tc") {
        let org = g("org").map_or("SAC".to_owned(), str::to_ascii_uppercase);
        let mut k = format!("{org}/TC{}", num(tc));
        if let Some(sc) = g("sc") {
            k.push_str(&format!("/SC{}", num(sc)));
        }
        if let (Some(t), Some(w)) = (g("wgt"), g("wg")) {
            let w = if w.bytes().all(|b| b.is_ascii_digit()) {
                num(w)
            } else {
                format!("-{w}")
            };
            k.push_str(&format!("/{t}{w}"));
        }
        (k, false)
    } else if let Some(st) = g("st") {
        let n = num(g("sn")?);
        let st = st.to_ascii_uppercase();
        let k = match SC_PARENTS.iter().find(|p| p.0 == n && st == "SC") {
            Some((_, tc)) => format!("SAC/TC{tc}/SC{n}"),
            None => format!("SAC/{st}{n}"),
        };
        (k, false)
    } else if let Some(n) = g("tcn") {
        (format!("SAC/TC{}", num(n)), false)
    } else if let Some(n) = g("bwn") {
        (format!("WG{}", num(n)), true)
    } else {
        let t = g("bwt")?;
        let k = match (g("bw"), g("bwl")) {
            (Some(n), _) => format!("{t}{}", num(n)),
            (_, Some(l)) => format!("{t}-{l}"),
            _ => return None,
        };
        (k, true)
    };
    Some(CommitteeHit {
        start: m.start(),
        end: m.end(),
        key,
        bare,
        written: m.as_str().to_owned(),
    })
}

/// The key of a bare committee code placed under the committee its context
/// is about: a working group under it (`SAC/TC260` + `WG8`), a
/// subcommittee beside its TC (`SAC/TC28/SC42` + `SC41` → `SAC/TC28/SC41`).
/// None for a bare SC when the context names no TC.
pub fn place_bare(home: &str, key: &str) -> Option<String> {
    if !key.starts_with("SC") {
        return Some(format!("{home}/{key}"));
    }
    let tc = home.find("/SC").map_or(home, |i| &home[..i]);
    let tc = tc
        .find("/WG")
        .or_else(|| tc.find("/SWG"))
        .map_or(tc, |i| &tc[..i]);
    tc.rsplit('/')
        .next()
        .is_some_and(|last| last.starts_with("TC"))
        .then(|| format!("{tc}/{key}"))
}

/// The parent key of a committee key (`SAC/TC28/SC42` → `SAC/TC28`), or the
/// body that runs a top-level committee (`SAC/TC260` → `SAC`).
pub fn parent_key(key: &str) -> Option<String> {
    // A national committee known by its full name alone is SAC's.
    if is_name_key(key) && !key.contains('/') {
        return (key.starts_with("National") || key.starts_with("全国")).then(|| "SAC".to_owned());
    }
    if let Some(rest) = key.strip_prefix("ISO/IEC JTC ")
        && !rest.contains('/')
    {
        return Some("ISO/IEC".to_owned());
    }
    // "CEN/CENELEC JTC 13" is run by the two bodies together.
    if let Some((body, rest)) = key.split_once(" JTC ")
        && !rest.contains('/')
    {
        return Some(body.to_owned());
    }
    key.rfind('/').map(|i| key[..i].to_owned())
}

/// The type of a committee from its key: `TC`, `SC`, `WG`, `SWG`, `JTC`,
/// and ITU's `SG` (study group) and `WP` (working party).
pub fn committee_type(key: &str) -> &'static str {
    let last = key.rsplit('/').next().unwrap_or(key);
    if last.starts_with("SWG") {
        "SWG"
    } else if last.starts_with("WG") {
        "WG"
    } else if last.starts_with("SC") {
        "SC"
    } else if last.starts_with("WP") {
        "WP"
    } else if last.starts_with("SG") {
        "SG"
    } else if last.contains("JTC") {
        "JTC"
    } else {
        "TC"
    }
}

/// Whether a committee key is an international or European one (ISO, IEC,
/// ITU, CEN, CENELEC): one a national committee can mirror.
pub fn is_international(key: &str) -> bool {
    ["ISO", "IEC", "ITU", "CEN"]
        .iter()
        .any(|p| key.starts_with(p))
}

/// Whether a key names a body that is not itself a committee (SAC, MIIT,
/// CCSA, ISO, IEC, ISO/IEC): the roots committees hang from.
pub fn is_root_body(key: &str) -> bool {
    !is_name_key(key)
        && !key.contains("TC")
        && !key.contains("SC")
        && !key.contains("WG")
        && !key.contains("/SG")
        && !key.contains("/WP")
}

/// Number of matches in `text` (the benchmark's baseline).
pub fn count(text: &str) -> usize {
    COMMITTEE_RE.find_iter(text).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_out_committees_of_other_bodies() {
        let keys =
            |t: &str| -> Vec<String> { find_committees(t).into_iter().map(|h| h.key).collect() };
        assert_eq!(
            keys("for the CEN-CENELEC Joint Technical Committee 21 liaison"),
            ["CEN/CENELEC JTC 21"]
        );
        assert_eq!(keys("ISO Technical Committee 204 met"), ["ISO/TC 204"]);
        assert!(keys("the IEEE Joint Technical Committee 12 met").is_empty());
        assert!(keys("ETSI Technical Committee 44 met").is_empty());
        assert_eq!(keys("China's Technical Committee 260 met"), ["SAC/TC260"]);
    }

    #[test]
    fn bare_subcommittees() {
        let keys = |t: &str| -> Vec<(String, bool)> {
            find_committees(t)
                .into_iter()
                .map(|h| (h.key, h.bare))
                .collect()
        };
        assert_eq!(
            keys("experts from ISO/IEC JTC 1/SC 27 and SC 44 attended"),
            [
                ("ISO/IEC JTC 1/SC 27".into(), false),
                ("ISO/IEC JTC 1/SC 44".into(), false)
            ]
        );
        assert_eq!(
            keys("SAC/TC28/SC42, SC41 met"),
            [
                ("SAC/TC28/SC42".into(), false),
                ("SAC/TC28/SC41".into(), false)
            ]
        );
        assert_eq!(
            keys("On 12 June, SC41 held its meeting"),
            [("SC41".into(), true)]
        );
        assert_eq!(
            place_bare("SAC/TC28/SC42", "SC41").as_deref(),
            Some("SAC/TC28/SC41")
        );
        assert_eq!(
            place_bare("SAC/TC28/SC41", "SC41").as_deref(),
            Some("SAC/TC28/SC41")
        );
        assert_eq!(
            place_bare("SAC/TC260", "WG8").as_deref(),
            Some("SAC/TC260/WG8")
        );
        assert_eq!(place_bare("SAC/SWG32", "SC41"), None);
    }

    fn keys(s: &str) -> Vec<String> {
        find_committees(s).into_iter().map(|h| h.key).collect()
    }

    #[test]
    fn one_key_for_every_spelling_of_tc260() {
        for s in [
            "TC 260",
            "TC260",
            "SAC/TC260",
            "SAC TC260",
            "SAC/TC 260",
            "Technical Committee 260 on Cybersecurity",
        ] {
            assert_eq!(keys(s), ["SAC/TC260"], "{s}");
        }
    }

    #[test]
    fn full_names_old_and_new() {
        assert_eq!(
            keys(
                "China's National Information Security Standardisation Technical Committee (SAC/TC260) published"
            ),
            ["SAC/TC260", "SAC/TC260"]
        );
        assert_eq!(
            keys("the National Technical Committee of Auto Standardization (NTCAS, SAC TC114)"),
            ["SAC/TC114", "SAC/TC114"]
        );
    }

    #[test]
    fn nested_and_ministry_committees() {
        assert_eq!(keys("SAC/TC28/SC42"), ["SAC/TC28/SC42"]);
        assert_eq!(keys("sac/tc28/sc42"), ["SAC/TC28/SC42"]);
        assert_eq!(keys("SAC/SC42"), ["SAC/TC28/SC42"]);
        assert_eq!(keys("TC260/WG5"), ["SAC/TC260/WG5"]);
        assert_eq!(keys("SAC/TC 591/WG 1"), ["SAC/TC591/WG1"]);
        assert_eq!(keys("MIIT/TC01 and MIIT/TC1"), ["MIIT/TC1", "MIIT/TC1"]);
        assert_eq!(keys("ccsA/Tc602"), ["CCSA/TC602"]);
        // Another body's committee, not SAC's.
        assert_eq!(
            keys("CEN/TC 442, CLC/TC 79/WG 3, NEA/TC 36, XSAC/TC 5, SAC/TC 5"),
            [
                "CEN/TC 442",
                "CENELEC/TC 79/WG 3",
                "NEA/TC36",
                "XSAC/TC5",
                "SAC/TC5"
            ]
        );
        assert_eq!(keys("SAC/SWG32"), ["SAC/SWG32"]);
        assert_eq!(keys("SAC/TC260/SWG-ETS"), ["SAC/TC260/SWG-ETS"]);
    }

    #[test]
    fn international_committees() {
        assert_eq!(keys("ISO/IEC JTC 1/SC 27"), ["ISO/IEC JTC 1/SC 27"]);
        assert_eq!(
            keys("CEN-CENELEC JTC 13, CEN/CLC/JTC 21/WG 3 and CLC/JTC 5"),
            [
                "CEN/CENELEC JTC 13",
                "CEN/CENELEC JTC 21/WG 3",
                "CENELEC JTC 5"
            ]
        );
        assert_eq!(
            parent_key("CEN/CENELEC JTC 13").as_deref(),
            Some("CEN/CENELEC")
        );
        assert_eq!(
            parent_key("CEN/CENELEC JTC 21/WG 3").as_deref(),
            Some("CEN/CENELEC JTC 21")
        );
        assert_eq!(committee_type("CEN/CENELEC JTC 13"), "JTC");
        assert_eq!(keys("ISO/IEC/JTC1/SC42"), ["ISO/IEC JTC 1/SC 42"]);
        assert_eq!(keys("ISO/IEC JTC1/SC42 WG5"), ["ISO/IEC JTC 1/SC 42/WG 5"]);
        assert_eq!(keys("29 ISO/TC 204 international"), ["ISO/TC 204"]);
    }

    #[test]
    fn bare_working_groups() {
        let h = find_committees("IV. WG8 (Data Security) and SWG-ETS");
        assert_eq!(
            h.iter()
                .map(|x| (x.key.as_str(), x.bare))
                .collect::<Vec<_>>(),
            [("WG8", true), ("SWG-ETS", true)]
        );
        assert_eq!(keys("etc. and the TCs"), Vec::<String>::new());
    }

    #[test]
    fn parents_and_types() {
        assert_eq!(parent_key("SAC/TC28/SC42").as_deref(), Some("SAC/TC28"));
        assert_eq!(parent_key("SAC/TC260").as_deref(), Some("SAC"));
        assert_eq!(
            parent_key("ISO/IEC JTC 1/SC 42").as_deref(),
            Some("ISO/IEC JTC 1")
        );
        assert_eq!(parent_key("ISO/IEC JTC 1").as_deref(), Some("ISO/IEC"));
        assert_eq!(committee_type("SAC/TC260/SWG-ETS"), "SWG");
        assert_eq!(committee_type("ISO/IEC JTC 1"), "JTC");
        assert_eq!(committee_type("SAC/TC28/SC42"), "SC");
        assert!(is_root_body("SAC") && is_root_body("ISO/IEC") && !is_root_body("SAC/TC260"));
    }
}
