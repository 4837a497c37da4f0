//! Standard codes in every form: national (`GB`, `GB/T`, `GB/Z`, parts,
//! placeholder years), plan numbers (`20260948-T-469`, `2024-0746T-QC`),
//! sector (`YD/T`...), local (`DB33/T ...`), association (`T/CAS ...`), committee documents
//! (`TC260-003`, `TC260-PG-20252A`) and international (`ISO/IEC TS 4213`,
//! `IEC 62443-4-2:2019`).

use regex::Regex;
use std::sync::LazyLock;

mod titles;
pub use titles::{chinese_title, title_after};

// Every code form but sector codes. A sector code ("YD/T 1234-2020") starts
// with any two or three capitals: in the same pattern that branch would
// leave the others no literal to look for, and the whole scan would run ~8×
// slower. It has its own pattern ([`SECTOR_RE`], found by its "/T" or "/Z"),
// and [`code_matches`] merges the two as one alternation would (the sector
// branch sits after the local one).
static CODE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?-u:\b)(?:",
        r"(?P<gb>GB(?:[ \t]?[/／][ \t]?[TZ])?)[ \t]?(?P<gbn>\d{1,6})(?:\.(?P<gbp>\d{1,3}))?(?:[ \t]?[-–—－][ \t]?(?P<gby>(?:19|20)\d{2}|20\d[Xx]|20[Xx]{2}|[Xx]{4}))?",
        r"|(?P<plan>20\d{6})[ \t]?-[ \t]?(?P<plt>[TQZ])[ \t]?-[ \t]?(?P<plo>\d{3})",
        r"|(?P<splan>20\d{2}-\d{4}[TQZ]-[A-Z]{2,4})",
        r"|T[/／](?P<as>[A-Z]{2,12})[ \t]?(?P<asn>\d{1,6}(?:\.\d{1,3})?)(?:[ \t]?[-–—－][ \t]?(?P<asy>(?:19|20)\d{2}|20\d[Xx]|20[Xx]{2}|[Xx]{4}))?",
        r"|(?P<loc>DB\d{2})(?:[ \t]?[/／][ \t]?(?P<loct>[TZ]))?[ \t]?(?P<locn>\d{2,6}(?:\.\d{1,3})?)(?:[ \t]?[-–—－][ \t]?(?P<locy>(?:19|20)\d{2}|20\d[Xx]|20[Xx]{2}|[Xx]{4}))?",
        r"|(?P<tcd>TC\d{2,3})-(?P<tcpg>PG-)?(?P<tcn>\d{3,6}[A-Z]?)",
        // (A project's stage may come first: "ISO/AWI 25870", "ISO/IEC DIS
        // 42001"; the code is the number's, the written form an alias.)
        r"|(?P<io>ISO/IEC|ISO|IEC|IEEE)(?:[ \t/](?P<ist>PWI|NP|AWI|WD|CD|DIS|FDIS|DTS|DTR|DPAS))?[ \t](?:(?P<it>TS|TR|PAS|Guide)[ \t])?(?P<in>\d{3,6}(?:-\d{1,3})*)(?::(?P<iy>(?:19|20)\d{2}))?",
        // European standards: EN 18031-1:2024, EN ISO 13849-1:2023,
        // ETSI EN 303 645.
        r"|(?P<en>(?:ETSI[ \t])?EN(?:[ \t](?:ISO/IEC|ISO|IEC))?)[ \t](?P<enn>\d{3}[ \t]\d{3}(?:-\d{1,3})*|\d{3,6}(?:-\d{1,3})*)(?::(?P<eny>(?:19|20)\d{2}))?",
        // ITU recommendations: ITU-T X.1060, ITU-T Y.3172, ITU-R M.2150.
        r"|(?P<itu>ITU-[TR])[ \t]?(?P<ituser>[A-Z])\.(?P<itun>\d{1,4}(?:\.\d{1,3})?)",
        r")(?-u:\b)"
    ))
    .expect("code regex")
});

/// Sector codes: `YD/T 1234-2020`, `JR/T 0171-2020`.
static SECTOR_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?-u:\b)(?P<sec>[A-Z]{2,3}[/／][TZ])[ \t]?(?P<secn>\d{2,6}(?:\.\d{1,3})?)(?:[ \t]?[-–—－][ \t]?(?P<secy>(?:19|20)\d{2}|20\d[Xx]|20[Xx]{2}|[Xx]{4}))?",
        r"(?-u:\b)"
    ))
    .expect("sector code regex")
});

/// The sector prefixes of mandatory sector standards (a stable list of the
/// system).
const MANDATORY_SECTORS: &[&str] = &[
    "AQ", "CB", "CH", "CJ", "DL", "DZ", "EJ", "FZ", "GA", "GY", "HG", "HJ", "JB", "JC", "JG", "JT",
    "JY", "LD", "LY", "MH", "MT", "NB", "NY", "QB", "QC", "SH", "SJ", "SL", "SN", "SY", "TB", "WJ",
    "WS", "XF", "YB", "YD", "YY", "YZ",
];

/// Mandatory sector standards, written without "/T": `HJ 1401-2027`,
/// `GA 1800.1-2021`, `YD 5201-2014`. Only the prefixes of
/// [`MANDATORY_SECTORS`] and only with a year (or a placeholder year):
/// "AB 18031-2024" or "AI 2025" are no such code. Anchored: tried only
/// where [`MANDATORY_PREFIXES`] finds a prefix.
static MANDATORY_SECTOR_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<sec>{})[ \t](?P<secn>\d{{1,6}}(?:\.\d{{1,3}})?)[ \t]?[-–—－][ \t]?(?P<secy>(?:19|20)\d{{2}}|20\d[Xx]|20[Xx]{{2}}|[Xx]{{4}})(?-u:\b)",
        MANDATORY_SECTORS.join("|")
    ))
    .expect("mandatory sector code regex")
});

/// The prefixes with their space ("HJ "), found by one SIMD search (the
/// regex's own prefilter is slow on so many short literals).
static MANDATORY_PREFIXES: LazyLock<aho_corasick::packed::Searcher> = LazyLock::new(|| {
    aho_corasick::packed::Config::new()
        .builder()
        .extend(MANDATORY_SECTORS.iter().map(|p| format!("{p} ")))
        .build()
        .expect("mandatory sector prefixes")
});

/// Where mandatory sector codes are in `text`: (start, end).
fn mandatory_sector_matches(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    MANDATORY_PREFIXES
        .find_iter(text.as_bytes())
        .filter(move |m| {
            // (At a word's start.)
            text.as_bytes()[..m.start()]
                .last()
                .is_none_or(|b| !b.is_ascii_alphanumeric())
        })
        .filter_map(move |m| {
            let found = MANDATORY_SECTOR_RE.find(&text[m.start()..])?;
            Some((m.start(), m.start() + found.end()))
        })
}

static GROUPS: LazyLock<super::text::Groups> = LazyLock::new(|| super::text::Groups::of(&CODE_RE));
static MANDATORY_GROUPS: LazyLock<super::text::Groups> =
    LazyLock::new(|| super::text::Groups::of(&MANDATORY_SECTOR_RE));
static SECTOR_GROUPS: LazyLock<super::text::Groups> =
    LazyLock::new(|| super::text::Groups::of(&SECTOR_RE));

/// Which pattern found a code: [`CODE_RE`], [`SECTOR_RE`] or
/// [`MANDATORY_SECTOR_RE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pattern {
    Code,
    Sector,
    MandatorySector,
}

/// The code matches in `text` that one alternation of [`CODE_RE`]'s and
/// [`SECTOR_RE`]'s branches would find, in order: (start, end, pattern).
/// The leftmost match wins; at one start, a GB, plan, association or local
/// code comes before a sector code, which comes before a TC260 document or
/// an international code. Mandatory sector codes ("HJ 1401-2027") fill in
/// where none of those is.
pub(crate) fn code_matches(text: &str) -> Vec<(usize, usize, Pattern)> {
    let mut out = recommended_matches(text);
    for (a, b) in mandatory_sector_matches(text) {
        let i = out.partition_point(|x| x.1 <= a);
        if out.get(i).is_none_or(|x| x.0 >= b) {
            out.insert(i, (a, b, Pattern::MandatorySector));
        }
    }
    out
}

/// [`code_matches`] of the two main patterns.
fn recommended_matches(text: &str) -> Vec<(usize, usize, Pattern)> {
    let mut out = Vec::new();
    let mut pos = 0;
    let (mut a, mut s) = (CODE_RE.find_at(text, 0), SECTOR_RE.find_at(text, 0));
    loop {
        if a.is_some_and(|m| m.start() < pos) {
            a = CODE_RE.find_at(text, pos);
        }
        if s.is_some_and(|m| m.start() < pos) {
            s = SECTOR_RE.find_at(text, pos);
        }
        let (m, sector) = match (a, s) {
            (None, None) => break,
            (Some(x), None) => (x, false),
            (None, Some(y)) => (y, true),
            (Some(x), Some(y)) if x.start() != y.start() => {
                if x.start() < y.start() {
                    (x, false)
                } else {
                    (y, true)
                }
            }
            (Some(x), Some(y)) => {
                // The same start: which branch of CODE_RE matched there.
                let late = CODE_RE.captures_at(text, x.start()).is_some_and(|c| {
                    GROUPS.get(&c, "tcd").is_some()
                        || GROUPS.get(&c, "io").is_some()
                        || GROUPS.get(&c, "itu").is_some()
                });
                if late { (y, true) } else { (x, false) }
            }
        };
        let p = if sector {
            Pattern::Sector
        } else {
            Pattern::Code
        };
        out.push((m.start(), m.end(), p));
        pos = m.end().max(m.start() + 1);
    }
    out
}

/// A standard code found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeHit {
    /// Byte range in the text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// Canonical code (`GB/T 45288.1-2025`).
    pub code: String,
    /// Type: `GB`, `GB/T`, `GB/Z`, `plan`, `sector`, `local`, `association`,
    /// `technical document`, `practice guide`, `international`.
    pub etype: &'static str,
    /// The code as written, when it differs from the canonical one.
    pub written: String,
}

/// All standard codes in `text`, in order.
pub fn find_codes(text: &str) -> Vec<CodeHit> {
    code_matches(text)
        .into_iter()
        .filter_map(|(start, _, pattern)| {
            let (re, groups) = match pattern {
                Pattern::Sector => (&*SECTOR_RE, &*SECTOR_GROUPS),
                Pattern::MandatorySector => (&*MANDATORY_SECTOR_RE, &*MANDATORY_GROUPS),
                Pattern::Code => (&*CODE_RE, &*GROUPS),
            };
            // (The anchored pattern reads from the code's start.)
            let base = if pattern == Pattern::MandatorySector {
                start
            } else {
                0
            };
            let c = re.captures_at(&text[base..], start - base)?;
            let m = c.get(0)?;
            let g = |k: &str| groups.get(&c, k).map(|x| x.as_str());
            let (code, etype) = if let Some(gb) = g("gb") {
                // A short number only with a part or a year ("GB/T 1.1-2020",
                // "GB 5-2019"): "GB 5" alone is a size.
                if g("gbn")?.len() < 3 && g("gbp").is_none() && g("gby").is_none() {
                    return None;
                }
                // (A full-width slash is a slash: "GB／T".)
                let prefix: String = gb
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .map(|c| if c == '／' { '/' } else { c })
                    .collect();
                let mut code = format!("{prefix} {}", g("gbn")?);
                if let Some(p) = g("gbp") {
                    code.push('.');
                    code.push_str(p);
                }
                if let Some(y) = g("gby") {
                    code.push('-');
                    code.push_str(&y.to_ascii_uppercase());
                }
                let t = match prefix.as_str() {
                    "GB/T" => "GB/T",
                    "GB/Z" => "GB/Z",
                    _ => "GB",
                };
                (code, t)
            } else if let Some(p) = g("plan") {
                (format!("{p}-{}-{}", g("plt")?, g("plo")?), "plan")
            } else if let Some(p) = g("splan") {
                (p.to_owned(), "plan")
            } else if let Some(a) = g("as") {
                let mut code = format!("T/{a} {}", g("asn")?);
                if let Some(y) = g("asy") {
                    code.push('-');
                    code.push_str(&y.to_ascii_uppercase());
                }
                (code, "association")
            } else if let Some(l) = g("loc") {
                // A province's local standard: DB33/T 2600-2026.
                let mut code = l.to_owned();
                if let Some(t) = g("loct") {
                    code.push('/');
                    code.push_str(t);
                }
                code.push(' ');
                code.push_str(g("locn")?);
                if let Some(y) = g("locy") {
                    code.push('-');
                    code.push_str(&y.to_ascii_uppercase());
                }
                (code, "local")
            } else if let Some(s) = g("sec") {
                let mut code = format!("{} {}", s.replace('／', "/"), g("secn")?);
                if let Some(y) = g("secy") {
                    code.push('-');
                    code.push_str(&y.to_ascii_uppercase());
                }
                (code, "sector")
            } else if let Some(t) = g("tcd") {
                let pg = g("tcpg").unwrap_or("");
                let t2 = if pg.is_empty() {
                    "technical document"
                } else {
                    "practice guide"
                };
                (format!("{t}-{pg}{}", g("tcn")?), t2)
            } else if let Some(en) = g("en") {
                let mut code = format!(
                    "{} {}",
                    en.split_whitespace().collect::<Vec<_>>().join(" "),
                    g("enn")?.split_whitespace().collect::<Vec<_>>().join(" ")
                );
                if let Some(y) = g("eny") {
                    code.push(':');
                    code.push_str(y);
                }
                (code, "european")
            } else if let Some(itu) = g("itu") {
                (
                    format!("{itu} {}.{}", g("ituser")?, g("itun")?),
                    "international",
                )
            } else {
                let mut code = g("io")?.to_owned();
                // (A draft TS, TR or PAS is one.)
                let draft_type = g("ist")
                    .and_then(|st| st.strip_prefix('D'))
                    .filter(|t| t.starts_with(['T', 'P']));
                if let Some(t) = g("it").or(draft_type) {
                    code.push(' ');
                    code.push_str(t);
                }
                code.push(' ');
                code.push_str(g("in")?);
                if let Some(y) = g("iy") {
                    code.push(':');
                    code.push_str(y);
                }
                (code, "international")
            };
            Some(CodeHit {
                start: base + m.start(),
                end: base + m.end(),
                written: m.as_str().to_owned(),
                code,
                etype,
            })
        })
        .collect()
}

/// Whether a standard's key is an international (or European) standard's
/// code (ISO, IEC, ISO/IEC, IEEE, an ITU recommendation, EN, ETSI).
pub fn is_international(key: &str) -> bool {
    ["ISO", "IEC", "IEEE", "ITU", "EN ", "ETSI "]
        .iter()
        .any(|p| key.starts_with(p))
}

/// The year of a code ("GB/T 18487.1-2023" → 2023, "ISO/IEC 27001:2022"
/// → 2022); none for a placeholder year, a plan number or no year.
pub fn code_year(code: &str) -> Option<u16> {
    let tail = code.get(code.len().checked_sub(5)?..)?;
    let (sep, year) = tail.split_at(1);
    if !matches!(sep, "-" | ":") || is_plan_number(code) {
        return None;
    }
    year.parse().ok().filter(|y| (1950..2100).contains(y))
}

fn is_plan_number(code: &str) -> bool {
    code.bytes().take_while(u8::is_ascii_digit).count() >= 8
}

/// Which of the standard codes on a line (`(byte offset, code)`, in order)
/// are the older standards the line says are replaced: those after a
/// "replace"/"replacing" word. The list ends at a code that cannot be an
/// older standard (its year is not before the year of the code that
/// replaces): "GB/T 1-2026, which replaces GB/T 1-2023, and GB/T 2-2026
/// Widgets" replaces only the first. A list ends with its sentence too.
pub fn replaced_on_line(line: &str, codes: &[(usize, &str)]) -> Vec<bool> {
    // "replace", "replaces", "replacing" as whole words; "Replaced
    // standard(s):" labels the replaced ones too; "(revision of GB/T ...)".
    static WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?:(?-u:\b)(?:replac(?:e|es|ing|ed standard)|revision of|revises|revising)(?-u:\b)|代替|替代)",
        )
        .expect("replace words")
    });
    let words: Vec<usize> = WORDS.find_iter(line).map(|m| m.end()).collect();
    let mut out = Vec::with_capacity(codes.len());
    let (mut in_list, mut subject_year, mut at) = (false, None, 0);
    for (i, &(start, code)) in codes.iter().enumerate() {
        // A new sentence ends the list ("... replaces GB/T 1-2018. The
        // standard references ISO 2:2025.").
        // ("; " goes on with the list: "replaces GB 1-2009; GB 2-2007".)
        let sentence = crate::extract::sentence_bounds(line, start).0;
        if i > 0 && sentence > at && line.as_bytes()[sentence - 2] != b';' {
            in_list = false;
        }
        if words.iter().any(|&w| w > at && w <= start) {
            in_list = true;
        }
        at = start;
        let year = code_year(code);
        // "the revision of GB/T 1, which will replace GB/T 1-2019": a code
        // without a year that a later code on the line gives an edition of
        // names the standard under revision, the new edition.
        let revised_here = in_list
            && !code.contains(['-', ':'])
            && codes[i + 1..].iter().any(|(_, c)| {
                c.strip_prefix(code)
                    .is_some_and(|rest| rest.starts_with(['-', ':']))
            });
        if revised_here {
            in_list = false;
            subject_year = None;
            out.push(false);
            continue;
        }
        let older = match (year, subject_year) {
            (Some(y), Some(s)) => y < s,
            _ => true,
        };
        if in_list && older {
            out.push(true);
        } else {
            in_list = false;
            subject_year = year;
            out.push(false);
        }
    }
    out
}

/// Number of matches in `text` (the benchmark's baseline).
pub fn count(text: &str) -> usize {
    CODE_RE.find_iter(text).count()
        + SECTOR_RE.find_iter(text).count()
        + mandatory_sector_matches(text).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_patterns_match_as_one_alternation() {
        // The single pattern the two stand for: the sector branch after the
        // local one.
        let sector = SECTOR_RE.as_str();
        let branch = &sector["(?-u:\\b)".len()..sector.len() - "(?-u:\\b)".len()];
        let at = CODE_RE.as_str().find("|(?P<tcd>").unwrap();
        let one = Regex::new(&format!(
            "{}|{branch}{}",
            &CODE_RE.as_str()[..at],
            &CODE_RE.as_str()[at..]
        ))
        .unwrap();
        for text in [
            "GB/T 45288.1-2025 and YD/T 1234-2020; JR/T 0171-2020, GB 1-2009",
            "TC260-003 ISO/IEC 27001:2022 QC/T 1234 DB33/T 2600-2026 T/CAS 754-2023",
            "AB/T 12ISO 1234 GB/Z 43194-2023YD/T 12-2020 20260948-T-469 2024-0746T-QC",
            "XYZ/T 123.4-20XX, GA/T 1400.1-2017 GB/T29244-2012 GBT/T 99",
            "",
        ] {
            let want: Vec<(usize, usize)> =
                one.find_iter(text).map(|m| (m.start(), m.end())).collect();
            let got: Vec<(usize, usize)> = code_matches(text).iter().map(|m| (m.0, m.1)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn code_years() {
        assert_eq!(code_year("GB/T 18487.1-2023"), Some(2023));
        assert_eq!(code_year("ISO/IEC 27001:2022"), Some(2022));
        assert_eq!(code_year("GB/T 37044-XXXX"), None);
        assert_eq!(code_year("GB 38031-202X"), None);
        assert_eq!(code_year("GB 46864"), None);
        assert_eq!(code_year("20260948-T-469"), None);
    }

    #[test]
    fn the_revision_of_a_code_without_year_is_its_new_edition() {
        let line = "the revision of GB/T 99239, which will replace GB/T 99239-2019.";
        assert_eq!(
            replaced_on_line(line, &[(16, "GB/T 99239"), (47, "GB/T 99239-2019")]),
            [false, true]
        );
        // (Alone, it is what the code before it revises.)
        let line = "GB/T 99239-2029 (revision of GB/T 99239)";
        assert_eq!(
            replaced_on_line(line, &[(0, "GB/T 99239-2029"), (29, "GB/T 99239")]),
            [false, true]
        );
    }

    #[test]
    fn a_revision_replaces_the_older_code() {
        let line = "GB/T 41867-XXXX Terminology (revision of GB/T 41867-2022)";
        assert_eq!(
            replaced_on_line(line, &[(0, "GB/T 41867-XXXX"), (41, "GB/T 41867-2022")]),
            [false, true]
        );
    }

    #[test]
    fn replaced_lists_end_at_a_code_that_is_not_older() {
        let line = "GB/T 1.1-2026 Widgets, which replaces GB/T 1.1-2023, and GB/T 2-2026 Gadgets.";
        let codes = [
            (0, "GB/T 1.1-2026"),
            (38, "GB/T 1.1-2023"),
            (57, "GB/T 2-2026"),
        ];
        assert_eq!(replaced_on_line(line, &codes), [false, true, false]);
        // A list of older codes stays one list; a code before the word is not in it.
        let line = "GB 9-2026 will replace GB 7-2019 and GB 8-2020.";
        let codes = [(0, "GB 9-2026"), (23, "GB 7-2019"), (37, "GB 8-2020")];
        assert_eq!(replaced_on_line(line, &codes), [false, true, true]);
        // "replaced by" names the newer one.
        let line = "GB 7-2019 was replaced by GB 9-2026.";
        assert_eq!(
            replaced_on_line(line, &[(0, "GB 7-2019"), (26, "GB 9-2026")]),
            [false, false]
        );
        assert_eq!(
            replaced_on_line("Replaced Standard: GB 7-2019", &[(19, "GB 7-2019")]),
            [true]
        );
    }

    #[test]
    fn replaced_lists_end_with_their_sentence() {
        let line = "GB 9-2026 replaces GB 7-2019. It cites ISO 5:2025 and GB 6-XXXX.";
        let codes = [
            (0, "GB 9-2026"),
            (19, "GB 7-2019"),
            (40, "ISO 5:2025"),
            (55, "GB 6-XXXX"),
        ];
        assert_eq!(replaced_on_line(line, &codes), [false, true, false, false]);
        // A semicolon goes on with the list.
        let line = "GB 9-2026 replaces GB 7-2019; GB 8-2020.";
        let codes = [(0, "GB 9-2026"), (19, "GB 7-2019"), (30, "GB 8-2020")];
        assert_eq!(replaced_on_line(line, &codes), [false, true, true]);
    }

    fn codes(s: &str) -> Vec<(String, &'static str)> {
        find_codes(s)
            .into_iter()
            .map(|h| (h.code, h.etype))
            .collect()
    }

    #[test]
    fn national_codes_and_their_variants() {
        assert_eq!(
            codes("GB/T 45288.1-2025 Artificial"),
            [("GB/T 45288.1-2025".into(), "GB/T")]
        );
        assert_eq!(
            codes("the GB/T29244-2012 standard"),
            [("GB/T 29244-2012".into(), "GB/T")]
        );
        assert_eq!(
            codes("GB/T 37044-XXXX Cyber"),
            [("GB/T 37044-XXXX".into(), "GB/T")]
        );
        // Placeholder years with the decade written: "202X", "20xx".
        assert_eq!(
            codes("GB 38031-202X Traction batteries; YD/T 4000-20xx"),
            [
                ("GB 38031-202X".into(), "GB"),
                ("YD/T 4000-20XX".into(), "sector")
            ]
        );
        assert_eq!(codes("<i>GB 46864 Data</i>"), [("GB 46864".into(), "GB")]);
        assert_eq!(
            codes("GB 1111-2009,GB 2222-2007"),
            [("GB 1111-2009".into(), "GB"), ("GB 2222-2007".into(), "GB")]
        );
        assert_eq!(
            codes("GB/Z 43194-2023 Disposal"),
            [("GB/Z 43194-2023".into(), "GB/Z")]
        );
    }

    #[test]
    fn plans_sector_association_and_documents() {
        assert_eq!(
            codes("- 20260948-T-469 Data"),
            [("20260948-T-469".into(), "plan")]
        );
        assert_eq!(
            codes("20243883-Q-339 Technical"),
            [("20243883-Q-339".into(), "plan")]
        );
        assert_eq!(
            codes("2024-0746T-QC Technical"),
            [("2024-0746T-QC".into(), "plan")]
        );
        assert_eq!(
            codes("YD/T 3000-2016 and JR/T 0171-2020"),
            [
                ("YD/T 3000-2016".into(), "sector"),
                ("JR/T 0171-2020".into(), "sector")
            ]
        );
        // Mandatory sector standards: no "/T", a known prefix and a year.
        assert_eq!(
            codes("HJ 1401-2027 replaces HJ 76-2017; GA 1800.1-2021 and YD/T 12-2020"),
            [
                ("HJ 1401-2027".into(), "sector"),
                ("HJ 76-2017".into(), "sector"),
                ("GA 1800.1-2021".into(), "sector"),
                ("YD/T 12-2020".into(), "sector")
            ]
        );
        assert!(codes("AB 18031-2024, AI 2025, HJ 1401 and ZZ 12-2020").is_empty());
        assert_eq!(
            codes("T/CAS 754-2023 Specification"),
            [("T/CAS 754-2023".into(), "association")]
        );
        assert_eq!(
            codes("DB33/T 2600-2026 Data labelling; DB11 1234-2020; DB 2026"),
            [
                ("DB33/T 2600-2026".into(), "local"),
                ("DB11 1234-2020".into(), "local")
            ]
        );
        assert_eq!(
            codes("TC260-003 Basic"),
            [("TC260-003".into(), "technical document")]
        );
        assert_eq!(
            codes("TC260-PG-20252A Cyber"),
            [("TC260-PG-20252A".into(), "practice guide")]
        );
    }

    #[test]
    fn international_codes() {
        assert_eq!(
            codes("ISO/IEC TS 4213 Information"),
            [("ISO/IEC TS 4213".into(), "international")]
        );
        assert_eq!(
            codes("ISO/AWI 99870 Widgets and ISO/IEC DIS 99871, ISO/IEC DTS 99872"),
            [
                ("ISO 99870".into(), "international"),
                ("ISO/IEC 99871".into(), "international"),
                ("ISO/IEC TS 99872".into(), "international")
            ]
        );
        assert_eq!(
            codes("ISO/IEC 27001:2022"),
            [("ISO/IEC 27001:2022".into(), "international")]
        );
        assert_eq!(
            codes("IEC 62443-4-2:2019"),
            [("IEC 62443-4-2:2019".into(), "international")]
        );
        assert_eq!(codes("ISO/IEC JTC 1/SC 42 and ISO/TC 204"), []);
        assert_eq!(
            codes("ITU-T X.1060, ITU-R M.2150.1 and ITU-T SG17"),
            [
                ("ITU-T X.1060".into(), "international"),
                ("ITU-R M.2150.1".into(), "international")
            ]
        );
        assert_eq!(
            codes("EN 18031-1:2024, EN ISO 13849-1:2023 and ETSI EN 303 645; ENERGY 2024"),
            [
                ("EN 18031-1:2024".into(), "european"),
                ("EN ISO 13849-1:2023".into(), "european"),
                ("ETSI EN 303 645".into(), "european")
            ]
        );
    }

    #[test]
    fn not_codes() {
        assert_eq!(codes("GBT is not a code, nor is 20% or 2025-2030"), []);
        assert_eq!(codes("SAC/TC260 and TC 260"), []);
    }
}
