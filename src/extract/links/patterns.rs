//! The cue patterns of the link rules and the statuses they name.

use regex::Regex;
use std::sync::LazyLock;

/// A link rule's pattern: ASCII-only word boundaries and case folding
/// (the cue words are English; the fast engines need no Unicode tables).
pub(super) fn re(p: &str) -> Regex {
    Regex::new(&ascii(p)).expect("link regex")
}

pub(super) fn ascii(p: &str) -> String {
    format!("(?-u){}", p.replace("[:：]", "(?::|：)"))
}

pub(super) const ISSUE_VERB_RE: &str = r"(?i)(?-u:\b)(?:released|issued|published|unveiled|introduced|announced|launched|rolled out|promulgated|promulgating|jointly issued|put forward|adopted|releases|issues|publishes|unveils|launches|promulgates|jointly issue|jointly release|jointly publish|issue|release|publish)(?-u:\b)";
pub(super) static ISSUE_VERB: LazyLock<Regex> = LazyLock::new(|| re(ISSUE_VERB_RE));

/// The issue verbs of a sentence ([`ISSUE_VERB`]), without the bare forms
/// used as nouns: "Issue date:", "Release No. 5", "the release of", "a
/// press release", "Issue 5" (a headline's "NDRC and NEA issue the X" is
/// a verb).
pub(super) fn issue_verbs(sent: &str) -> impl Iterator<Item = regex::Match<'_>> {
    ISSUE_VERB.find_iter(sent).filter(move |m| {
        let w = m.as_str();
        if !["issue", "release", "publish"]
            .iter()
            .any(|b| w.eq_ignore_ascii_case(b))
        {
            return true;
        }
        // (Only the words next to it matter: a few bytes each way.)
        let near = |t: &str, from_end: bool| {
            let mut k = if from_end {
                t.len().saturating_sub(12)
            } else {
                t.len().min(12)
            };
            while !t.is_char_boundary(k) {
                k = if from_end { k + 1 } else { k - 1 };
            }
            if from_end {
                t[k..].to_ascii_lowercase()
            } else {
                t[..k].to_ascii_lowercase()
            }
        };
        let after = near(sent[m.end()..].trim_start(), false);
        let before = near(sent[..m.start()].trim_end(), true);
        let noun_after = after.is_empty()
            || after.starts_with(|c: char| c.is_ascii_digit() || ":：(-|".contains(c))
            || ["date", "no", "number", "of ", "time", "notes", "and "]
                .iter()
                .any(|x| after.starts_with(x));
        let noun_before = before.is_empty()
            || before.ends_with(|c: char| ".:|#*".contains(c))
            || [
                "the", "this", "a", "an", "press", "latest", "new", "its", "their", "news",
            ]
            .iter()
            .any(|x| {
                before.ends_with(x)
                    && !before[..before.len() - x.len()]
                        .ends_with(|c: char| c.is_ascii_alphanumeric())
            });
        !noun_after && !noun_before
    })
}
pub(super) static ISSUED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:issuing authorit(?:y|ies)|issued by|released by|jointly issued by|organi[sz]er|发布机关|发文机关|发布单位|制定机关)\**\s*[:：]?",
    )
});
pub(super) static LEGAL_BASIS_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)legal basis\s*[:：]"));
pub(super) const LEGAL_BASIS_PHRASE_RE: &str = r"(?i)(?-u:\b)(?:in accordance with|in line with the requirements of|pursuant to|on the basis of|(?:developed|drafted|formulated|prepared|made) in line with|legal basis|(?:is|are|was|were) based on|implements?|to implement|builds? on|built on|rel(?:y|ies|ied) on|(?:formulated|enacted|made) (?:under|according to))(?-u:\b)";
pub(super) static LEGAL_BASIS_PHRASE: LazyLock<Regex> = LazyLock::new(|| re(LEGAL_BASIS_PHRASE_RE));
pub(super) static SUPPORT_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)supporting (?:documents?|standards?)\s*[:：]?\s*$"));
pub(super) const SUPPORT_PHRASE_RE: &str = r"(?i)(?-u:\b)(?:to support|in support of|supported by|supports?|implements? the requirements (?:outlined |set out |laid down )?(?:in|of)|required (?:under|by)|adapt to|standards (?:that|which) implement)(?-u:\b)";
pub(super) static SUPPORT_PHRASE: LazyLock<Regex> = LazyLock::new(|| re(SUPPORT_PHRASE_RE));
/// "The Provisions are supported by three national standards:" (a list
/// of the standards follows).
pub(super) static SUPPORTED_BY_LIST: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?-u:\b)(?:is|are|was|were|will be|to be)\s+(?:also\s+)?supported\s+by(?-u:\b)")
});
/// A back-reference to the instrument a text is about, right after a cue:
/// " the Measures", " these Regulations", " the Law", " the amended law"
/// (the law the instrument amends).
pub(super) static BACK_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:the|these|this|said)\s+(?P<amended>(?:amended|revised)\s+)?(?P<head>Measures|Regulations?|Provisions|Law|Guidelines?|Framework|Plan|Rules|Opinions|Notice|Decision|Standards? System|law)(?-u:\b)(?:\s*[,.;:]|\s*$|\s+(?:and|by|with|on|in|,|including))",
    )
});
/// "replaces GB/T 1-2020"; "(revision of GB/T 1-2020)" says the same of a
/// standard (see [`crate::extract::codes::replaced_on_line`]).
pub(super) static REPLACE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?-u:\b)(?:replac(?:e|es|ing)|supersed(?:e|es|ing)|revision of|revises|revising)(?-u:\b)|代替|替代)",
    )
});
pub(super) const AMEND_RE: &str = r"(?i)(?-u:\b)(?:draft )?(?:amendment|revision|revise|revises|amends|amend)(?-u:\b)(?: (?:of|to))?";
pub(super) static AMEND: LazyLock<Regex> = LazyLock::new(|| re(AMEND_RE));
/// ("It is the domestic counterpart of ISO/TC 204" too.)
pub(super) const MIRROR_RE: &str = r"(?i)(?-u:\b)(?:mirror(?:s|ing)?|counterparts?)(?-u:\b)";
pub(super) static MIRROR: LazyLock<Regex> = LazyLock::new(|| re(MIRROR_RE));
/// "X holds the secretariat of Y": the holder is named before.
pub(super) const HOLDS_SECRETARIAT_RE: &str =
    r"(?:holds|hosts|houses|undertakes|held|hosted|undertook) the secretariat (?:of|for)(?-u:\b)";
/// "Secretariat:" / "Secretariat unit:" as a label.
pub(super) const SECRETARIAT_LABEL_RE: &str = r"(?i)(?-u:\b)secretariat(?: unit)?\**\s*[:：]";
pub(super) static SECRETARIAT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"{SECRETARIAT_LABEL_RE}|(?i)(?-u:\b)secretariat(?-u:\b)(?u:[^.;]){{0,60}}?(?-u:\b)(?:(?:is|will be|are|was) )?(?:held|hosted|undertaken) by|(?i)(?-u:\b)whose secretariat is(?-u:\b)|(?i)(?-u:\b)secretariat of (?:the )?[A-Z][A-Za-z0-9/ ]{{1,40}} \(|(?i)(?-u:\b){HOLDS_SECRETARIAT_RE}"
    ))
});
pub(super) static SECRETARIAT_LABEL: LazyLock<Regex> = LazyLock::new(|| re(SECRETARIAT_LABEL_RE));
/// "International counterpart:", "Mirror committee of:" as a label.
pub(super) static MIRROR_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?:(?:international|domestic) )?counterparts?(?: of| to)?|mirror(?:ing)? (?:committee|of)|corresponding (?:international|ISO|IEC|ISO/IEC) (?:committees?|bod(?:y|ies)))\**\s*[:：]",
    )
});

/// The cue patterns of the sentence rules, matched together once per line:
/// a sentence rule only runs where its cue is on the line.
pub(super) static CUES: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSet::new(
        [
            ISSUE_VERB_RE,
            EFFECTIVE_RE,
            LEGAL_BASIS_PHRASE_RE,
            SUPPORT_PHRASE_RE,
            AMEND_RE,
            MIRROR_RE,
            SECRETARIAT.as_str(),
            DEVELOPED_BY_RE,
            SUPPORTING_RE,
            ORGANIZED_BY_RE,
            ADOPT_RE,
            DRAFTING_RE,
        ]
        .map(ascii),
    )
    .expect("cue set")
});
/// Indices into [`CUES`].
pub(super) const CUE_ISSUE: usize = 0;
pub(super) const CUE_EFFECTIVE: usize = 1;
pub(super) const CUE_LEGAL: usize = 2;
pub(super) const CUE_SUPPORT: usize = 3;
pub(super) const CUE_AMEND: usize = 4;
pub(super) const CUE_MIRROR: usize = 5;
pub(super) const CUE_SECRETARIAT: usize = 6;
pub(super) const CUE_DEVELOPED: usize = 7;
pub(super) const CUE_SUPPORTING: usize = 8;
pub(super) const CUE_ORGANIZED: usize = 9;
pub(super) const CUE_ADOPT: usize = 10;
pub(super) const CUE_DRAFTING: usize = 11;
pub(super) static DRAFTING: LazyLock<Regex> = LazyLock::new(|| re(DRAFTING_RE));
/// Drafters named around "drafting": "The drafting organizations include
/// A and B", "A participated in the drafting of GB/T X" (see
/// `drafters.rs`).
pub(super) const DRAFTING_RE: &str = r"(?i)(?-u:\b)(?:drafting (?:organi[sz]ations?|units?|bodies|institutions)|(?:in|led|leads|lead|leading|to) (?:the )?drafting|took the lead in drafting)(?-u:\b)";
/// A national standard adopting an international one: "identical to ISO
/// 26262-1:2018", "(ISO/IEC 27001:2022, IDT)", "adopts IEC 62443-4-2".
/// ("adopted" alone is how a law is passed, not a cue.)
pub(super) const ADOPT_RE: &str = r"(?i)(?-u:\b)(?:identical (?:to|with)|equivalent to|modified (?:from|adoption of)|adopts|adopting|adoption of|adopted from|adopted as|adoption as|adopted(?: the)? (?:ISO|IEC|ITU)|(?-i:IDT|MOD|NEQ))(?-u:\b)";
pub(super) static ADOPT: LazyLock<Regex> = LazyLock::new(|| re(ADOPT_RE));
/// "Organized by X", "hosted by X and co-hosted by Y", "co-chaired by X
/// and Y" (a dialogue's two sides): an event's organizers.
pub(super) const ORGANIZED_BY_RE: &str = r"(?i)(?-u:\b)(?:organi[sz]ed|co-?organi[sz]ed|hosted|co-?hosted|sponsored|co-?chaired) by(?-u:\b)";
pub(super) static ORGANIZED_BY: LazyLock<Regex> = LazyLock::new(|| re(ORGANIZED_BY_RE));
/// "the supporting practice guide TC260-PG-...": what follows supports the
/// instrument named before.
pub(super) const SUPPORTING_RE: &str = r"(?i)(?-u:\b)(?:the|its|their|a|two|three|several|of|develop|formulate) supporting (?:mandatory |recommended )?(?:national |industry |sector |technical )?(?:standards?|practice guides?|guidelines?|documents?)(?-u:\b)";
pub(super) static SUPPORTING: LazyLock<Regex> = LazyLock::new(|| re(SUPPORTING_RE));
/// "developed by", "drafted by", "drafted under": the committee that
/// wrote a standard.
pub(super) const DEVELOPED_BY_RE: &str = r"(?i)(?-u:\b)(?:(?:developed|drafted|prepared|formulated|proposed) by(?: the)?|(?:developed|drafted|prepared|formulated) under(?: the)?|(?:is |are )?under the jurisdiction of(?: the)?|under the guidance of(?: the)?)(?-u:\b)";
pub(super) static DEVELOPED_BY: LazyLock<Regex> = LazyLock::new(|| re(DEVELOPED_BY_RE));
pub(super) static RELEASE_DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:releasing date|release date|issued|announcement date|发布日期|发文日期|公布日期)\**\s*[:：]",
    )
});
/// "Effective date:", "Date of entry into force:", "施行日期：" as a label.
pub(super) static EFFECTIVE_DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:effective date|date effective|date of (?:entry into force|implementation)|implementation date|entry into force|实施日期|施行日期)\**\s*[:：]",
    )
});
pub(super) const EFFECTIVE_RE: &str = r"(?i)(?:effective(?: from| date)?|take effect|took effect|takes effect|come into (?:effect|force)|comes into effect|came into effect|enter(?:s|ed)? into (?:force|effect)|enforced from|implemented (?:on|from|as of)|(?:will|shall) be implemented|in effect from)\s*[:：]?\s*(?:on|from)?";
pub(super) static EFFECTIVE: LazyLock<Regex> = LazyLock::new(|| re(EFFECTIVE_RE));
pub(super) static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:until|deadline|before|no later than|close[sd]? on|due(?: on| by)?|final date for comments(?: is)?)(?-u:\b)",
    )
});
pub(super) static COMMENTS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)comment|consultation|feedback|public input|opinions? (?:will|from)"));
pub(super) static STATUS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:recently |newly )?(new (?:project|work item|standards?) proposals?|new work items?|drafts? for comments?|standards? drafts?|translation of standards|approved standards?|published (?:national |industry |sector )?standards?|drafts? open for comments?|under development|call for comments?|(?:standards?|projects?) under development)(?: for approval| for review| for voting)?\s*[:：]?$",
    )
});

/// Words of the list headings and labels (`STATUS_HEADING`,
/// `SUPPORT_LABEL`): a line without one is not cleaned for a look.
const HEADING_WORDS: &[&str] = &[
    "propos",
    "comment",
    "draft",
    "translation",
    "approved",
    "published",
    "development",
    "supporting",
];

/// The words every label pattern holds (`ISSUED_BY`, `LEGAL_BASIS_LABEL`,
/// `RELEASE_DATE_LABEL`, `SECRETARIAT_LABEL`): a line without one has no label.
const LABEL_WORDS: &[&str] = &[
    "issuing authorit",
    "issued",
    "released by",
    "organiser",
    "organizer",
    "legal basis",
    "release date",
    "releasing date",
    "announcement date",
    "effective date",
    "date effective",
    "implementation date",
    "date of implementation",
    "entry into force",
    "实施日期",
    "施行日期",
    "发布日期",
    "发文日期",
    "公布日期",
    "发布机关",
    "发文机关",
    "发布单位",
    "制定机关",
    "secretariat",
    "counterpart",
    "mirror",
    "corresponding international",
    "established",
    "founded",
    "成立",
];

/// Every word a cue pattern of [`CUES`] starts with: a line without one
/// needs no look with the set.
const CUE_WORDS: &[&str] = &[
    "releas",
    "issu",
    "publish",
    "unveil",
    "introduc",
    "announc",
    "launch",
    "rolled out",
    "promulgat",
    "put forward",
    "adopt",
    "effect",
    "enforc",
    "implement",
    "accordance",
    "in line with",
    "pursuant",
    "basis",
    "based on",
    "build on",
    "builds on",
    "built on",
    "rely on",
    "relies on",
    "relied on",
    "support",
    "required under",
    "required by",
    "adapt to",
    "amend",
    "revis",
    "mirror",
    "secretariat",
    "into force",
    "developed by",
    "drafted by",
    "drafting",
    "prepared by",
    "formulated by",
    "proposed by",
    "developed under",
    "drafted under",
    "prepared under",
    "formulated under",
    "jurisdiction of",
    "guidance of",
    "organized by",
    "organised by",
    "hosted by",
    "sponsored by",
    "chaired by",
    "identical",
    "equivalent to",
    "modified from",
    "modified adoption",
    ", idt",
    ", mod",
    ", neq",
    "(idt",
    "(mod",
    "(neq",
];

/// The literals every "Replace ..." or "revision of ..." holds (and every
/// repeal: "is repealed", "abolished the", 废止).
const REPLACE_WORDS: &[&str] = &[
    "replac", "supersed", "revis", "代替", "替代", "repeal", "aboli", "annul", "revok", "rescind",
    "废止",
];

/// The words [`COMMENTS`] starts with: a line without one asks for no
/// comments.
const COMMENT_WORDS: &[&str] = &[
    "comment",
    "consultation",
    "feedback",
    "public input",
    "opinion",
];

/// Bits of [`line_words`]: which word lists a line holds a word of.
pub(super) const HAS_HEADING_WORD: u8 = 1;
pub(super) const HAS_LABEL_WORD: u8 = 2;
pub(super) const HAS_CUE_WORD: u8 = 4;
pub(super) const HAS_REPLACE_WORD: u8 = 8;
pub(super) const HAS_COMMENT_WORD: u8 = 16;

/// Every word of the five lists in one automaton, with the bits of the
/// lists each belongs to. A word that starts with another word of the lists
/// ("released by", "releas") is left out and its bits go to the shorter
/// one: the bits only say which rules may look at a line (each rule then
/// checks its own pattern), so a line holding "releases" may be looked at
/// for labels too. With no word the start of another, the automaton has
/// fewer than 64 words and searches with a fast literal prefilter.
static ALL_WORDS: LazyLock<Vec<(aho_corasick::packed::Searcher, Vec<u8>)>> = LazyLock::new(|| {
    let lists = [
        (HEADING_WORDS, HAS_HEADING_WORD),
        (LABEL_WORDS, HAS_LABEL_WORD),
        (CUE_WORDS, HAS_CUE_WORD),
        (REPLACE_WORDS, HAS_REPLACE_WORD),
        (COMMENT_WORDS, HAS_COMMENT_WORD),
    ];
    let mut bits: Vec<(String, u8)> = Vec::new();
    for (list, bit) in lists {
        for w in list {
            let w = w.to_ascii_lowercase();
            match bits.iter_mut().find(|(x, _)| *x == w) {
                Some(e) => e.1 |= bit,
                None => bits.push((w, bit)),
            }
        }
    }
    // Shortest first, so a word's prefixes are kept before it is seen.
    bits.sort_by(|a, b| a.0.len().cmp(&b.0.len()).then(a.0.cmp(&b.0)));
    let mut kept: Vec<(String, u8)> = Vec::new();
    for (w, b) in bits {
        match kept.iter_mut().find(|(p, _)| w.starts_with(p.as_str())) {
            Some(p) => p.1 |= b,
            None => kept.push((w, b)),
        }
    }
    // Searched in lowercased text (case-insensitive search has no SIMD
    // literal search) by a few SIMD searchers of ~16 words each: one
    // searcher of 60 words finds too many false candidates in English text
    // and runs ~1.7× slower than four.
    kept.chunks(16)
        .map(|group| {
            let searcher = aho_corasick::packed::Config::new()
                .builder()
                .extend(group.iter().map(|(w, _)| w))
                .build()
                .expect("link words");
            (searcher, group.iter().map(|(_, b)| *b).collect())
        })
        .collect()
});

/// For each line of `text` (0-based, `\n`-separated), the bits of the word
/// lists it holds a word of (or of a longer word starting with it): one
/// pass over the text for all five lists. Every occurrence of every word
/// counts, also inside or across another ("basissued" holds "basis" and
/// "issu"): the search goes on from the byte after each match's start.
pub(super) fn line_words(text: &str) -> Vec<u8> {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let newlines: Vec<usize> = memchr::memchr_iter(b'\n', bytes).collect();
    let mut out = vec![0u8; newlines.len() + 1];
    for (searcher, bits) in ALL_WORDS.iter() {
        let mut pos = 0;
        // (Matches come in order: the line only moves forward.)
        let mut line = 0;
        while let Some(m) = searcher.find_in(
            bytes,
            aho_corasick::Span {
                start: pos,
                end: bytes.len(),
            },
        ) {
            while newlines.get(line).is_some_and(|&nl| nl < m.start()) {
                line += 1;
            }
            out[line] |= bits[m.pattern().as_usize()];
            pos = m.start() + 1;
        }
    }
    out
}

/// Whether a Chinese text says something was released (发布) other than an
/// instrument in title marks: "市场监管总局发布的《X办法》要求…符合GB/T 1"
/// and "MIIT发布了《Y规划》" release no standard.
fn released_zh(l: &str) -> bool {
    l.match_indices("发布").any(|(i, w)| {
        let object = l[i + w.len()..].trim_start_matches(['了', '的', ' ']);
        !object
            .strip_prefix('《')
            .and_then(|r| r.split_once('》'))
            .is_some_and(|(t, _)| crate::extract::instruments::is_chinese_instrument_name(t))
    })
}

/// Normalized status from a list heading or a sentence.
pub(super) fn status_of(s: &str) -> Option<&'static str> {
    let l = s.to_ascii_lowercase();
    if !l.is_ascii() {
        // Chinese: 征求意见稿 (draft for comments), 送审稿/报批稿 (draft for
        // review, for approval), 立项 (a project approved), 发布 (released),
        // 批准 (approved).
        if l.contains("征求意见") {
            return Some("draft for comments");
        } else if l.contains("送审稿") || l.contains("报批稿") {
            return Some("draft");
        } else if l.contains("立项") {
            return Some("proposal");
        } else if released_zh(&l) {
            return Some("published");
        } else if l.contains("批准") {
            return Some("approved");
        }
    }
    // ("is expected to be released for comments in 2027": not yet a
    // draft for comments.)
    let yet_to_come = [
        "expected to be",
        "will be released for",
        "will be published for",
        "is to be released",
        "are to be released",
        "plans to release",
        "planned to be",
    ]
    .iter()
    .any(|w| l.contains(w));
    if l.contains("proposal") {
        Some("proposal")
    } else if yet_to_come && l.contains("for comment") {
        Some("under development")
    } else if l.contains("for comment")
        || l.contains("for public comment")
        || l.contains("call-for-comment")
        || l.contains("call for comment")
        || l.contains("public consultation")
        || l.contains("seeks comments")
        || l.contains("seeking comments")
        || l.contains("solicits comments")
        || l.contains("soliciting comments")
        || l.contains("comments on ") && l.contains(" due")
    {
        Some("draft for comments")
    } else if l.contains("standards draft")
        || l.contains("standard draft")
        || l.contains("draft for approval")
        || l.contains("committee draft")
        || l.contains("drafts for approval")
        || l.contains("review of draft")
        // ("TC 9 submitted GB X to SAC for approval": its draft for
        // approval.)
        || l.contains("submit") && l.contains(" for approval")
    {
        Some("draft")
    } else if l.contains("translation") {
        Some("translation")
    } else if l.contains("under development")
        || l.contains("developing")
        // ("the lead drafting unit" names who drafted it, not a stage.)
        || l.contains("drafting") && !l.contains("drafting unit")
        || l.contains("pre-research")
        || l.contains("preliminary research")
        // ("CEN-CENELEC JTC 13 works on EN X", "work on GB/T Y has
        // started".)
        || [" works on ", " working on ", "work on "]
            .iter()
            .any(|w| l.contains(w))
    {
        Some("under development")
    } else if (l.contains("approved") || l.contains("approving") || l.contains("approves"))
        // ("approved and published": published.)
        && !(l.contains("published") || l.contains("released"))
    {
        Some("approved")
    } else if l.contains("published")
        || l.contains("released")
        // (A notice's title: "Notice on the Publication of 10 National
        // Standards, Including GB/T X".)
        || l.contains("on the publication of")
        || l.contains("on the release of")
    {
        Some("published")
    } else {
        None
    }
}

/// Each link pattern family by name, run the way its rule runs it but on
/// every line of `text` (an upper bound of its use): the per-rule benchmark
/// reads them so a slow pattern shows up by name.
pub(crate) fn rule_scans() -> Vec<crate::extract::RuleScan> {
    fn lines(text: &str) -> impl Iterator<Item = &str> {
        text.split('\n')
    }
    vec![
        ("links: word passes", |t| {
            line_words(t).iter().filter(|b| **b != 0).count()
        }),
        ("links: cue set", |t| {
            lines(t).filter(|l| CUES.matches(l).matched_any()).count()
        }),
        ("links: sentence cues", |t| {
            // As the sentence rules run them: only the cues the set found.
            let res = [
                &*ISSUE_VERB,
                &*EFFECTIVE,
                &*LEGAL_BASIS_PHRASE,
                &*SUPPORT_PHRASE,
                &*AMEND,
                &*MIRROR,
                &*SECRETARIAT,
                &*DEVELOPED_BY,
                &*SUPPORTING,
                &*ORGANIZED_BY,
                &*ADOPT,
                &*DRAFTING,
            ];
            lines(t)
                .map(|l| {
                    CUES.matches(l)
                        .iter()
                        .map(|i| res[i].find_iter(l).count())
                        .sum::<usize>()
                })
                .sum()
        }),
        ("links: labels", |t| {
            let res = [
                &*ISSUED_BY,
                &*LEGAL_BASIS_LABEL,
                &*RELEASE_DATE_LABEL,
                &*SECRETARIAT_LABEL,
                &*MIRROR_LABEL,
            ];
            lines(t)
                .filter(|l| l.contains(':') || l.contains('：'))
                .map(|l| res.iter().filter(|r| r.is_match(l)).count())
                .sum()
        }),
        ("links: list headings", |t| {
            lines(t)
                .filter(|l| l.len() < 120)
                .map(crate::extract::text::heading_text)
                .filter(|c| STATUS_HEADING.is_match(c) || SUPPORT_LABEL.is_match(c))
                .count()
        }),
        ("links: dates and replaces", |t| {
            lines(t)
                .map(|l| {
                    REPLACE.find_iter(l).count()
                        + EFFECTIVE.find_iter(l).count()
                        + DEADLINE.find_iter(l).count()
                        + COMMENTS.find_iter(l).count()
                })
                .sum()
        }),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_release_of_an_instrument_is_no_standards_stage() {
        assert_eq!(
            status_of(
                "根据市场监管总局发布的《小部件质量安全监督管理办法》要求，产品应当符合GB/T 1-2030。"
            ),
            None
        );
        assert_eq!(status_of("工信部发布了《小部件产业发展规划》"), None);
        // A standard's title in title marks, or a code, is released.
        assert_eq!(
            status_of("SAC发布《小部件 电池安全》等3项国家标准"),
            Some("published")
        );
        assert_eq!(
            status_of("SAC批准发布GB 2-2031；同日发布了《X办法》"),
            Some("published")
        );
    }

    #[test]
    fn every_cue_of_the_set_has_its_pattern_in_the_rule_scans() {
        // The benchmark's "sentence cues" scan indexes its list by cue.
        let text = "X released Y. effective from 1 May. in accordance with Z. to support W. \
                    amends V. mirrors U. Secretariat: T. developed by S. the supporting standard R. \
                    organized by Q. identical to P. O took part in the drafting of N.";
        let scans = rule_scans();
        let (_, cues) = scans
            .iter()
            .find(|(n, _)| *n == "links: sentence cues")
            .unwrap();
        assert_eq!(CUES.len(), 12);
        assert_eq!(cues(text), CUES.len());
    }

    #[test]
    fn line_words_sees_overlapping_and_nested_words() {
        // Words running into each other ("basissued", "issupporting") and
        // nested ones ("released by" holds "releas"). A word's bits are
        // those of the longer words starting with it too: "issu" starts the
        // label word "issued", "support" the heading word "supporting".
        let text = "The basissued X\nissupporting\nReleased by: CAC\nnothing here\n\
                    organizerevised\nSECRETARIATranslation; Replacing\nsupport";
        assert_eq!(
            line_words(text),
            [
                HAS_LABEL_WORD | HAS_CUE_WORD,
                HAS_HEADING_WORD | HAS_LABEL_WORD | HAS_CUE_WORD,
                HAS_LABEL_WORD | HAS_CUE_WORD,
                0,
                // ("revis" is a replace word too: "revision of GB/T ...".)
                HAS_LABEL_WORD | HAS_CUE_WORD | HAS_REPLACE_WORD,
                HAS_HEADING_WORD | HAS_LABEL_WORD | HAS_CUE_WORD | HAS_REPLACE_WORD,
                HAS_HEADING_WORD | HAS_CUE_WORD,
            ]
        );
        // Few enough words for the literal prefilter (at most 64).
        assert!(ALL_WORDS.iter().all(|(_, b)| b.len() <= 64));
    }
}
