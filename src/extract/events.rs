//! Events: standards weeks, plenaries, forums, conferences, webinars,
//! symposiums, seminars, training sessions — named in running text.

use regex::Regex;
use std::sync::LazyLock;

static EVENT_RE: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"(?:(?:[A-Z]+/)*(?:TC|SC|WG|SWG) ?\d{1,4}(?:/(?:SC|WG|SWG) ?\d{1,4})*|[A-Z][A-Za-z0-9/&'’–-]*|\d+(?:st|nd|rd|th)|\d{4}|[A-Z]+/[A-Z]+\d+(?:/[A-Z]+\d+)*)";
    let join = r"(?: +(?:of|on|for|and|the|in) +| +| *- *)";
    super::instruments::big_regex(&format!(
        r"(?-u:\b){word}(?:{join}{word})*[ \t]+(?P<head>Standards?[ \t]+Week|Standardi[sz]ation[ \t]+Week|Plenary(?:[ \t]+(?:Meeting|Session))?|Annual[ \t]+Meeting|(?:Working|Work)[ \t]+Meeting|Forum|Conference|Webinar|Symposium|Olympiad|Seminar|Summit|Expo|Workshop|Training|Dialogue)s?(?-u:\b)(?:[ \t]+of[ \t]+(?:(?:SAC|MIIT|CCSA)[ \t]?/[ \t]?)?TC[ \t]?\d{{1,4}}(?:[ \t]?/[ \t]?SC[ \t]?\d{{1,4}})?(?-u:\b)|[ \t]+(?:on|of|for)[ \t]+(?:[A-Z][\w-]*[ \t]*){{1,8}})?(?:[ \t]+(?:of[ \t]+)?\d{{4}})?(?:[ \t]+\d{{1,2}}:[ \t]*[A-Z][^.;,]{{3,80}})?"
    ))
    .expect("event regex")
});

/// "Minutes of the 12th meeting of ISO/TC 999/WG 4": a title naming a
/// committee's numbered meeting (what the document is about).
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[#*_ ]*(?:(?:Minutes|Agenda|Report|Summary|Notes|Draft agenda)(?: of| for| on)? (?:the )?)?(?P<ord>\d{1,3}(?:st|nd|rd|th)) (?P<plen>[Pp]lenary )?[Mm]eeting of (?:the )?(?P<code>(?:[A-Z]{2,}(?:/[A-Z]{2,})*[ /])?(?:JTC|TC|SC|WG|SG|SWG) ?\d{1,4}(?:/(?:SC|WG|AG|JWG) ?\d{1,4})*)(?-u:\b)")
        .expect("numbered meeting regex")
});

/// An event named in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventHit {
    /// Byte range.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// Name as written, cleaned.
    pub name: String,
    /// Type: standards week, plenary, forum, conference, webinar...
    pub etype: &'static str,
    /// Named by a title line with its kind as a label ("Webinar: X"):
    /// the document or record it heads is about it.
    pub labelled: bool,
}

const LEADING: &[&str] = &[
    "The",
    "A",
    "An",
    "At",
    "During",
    "In",
    "On",
    "From",
    "This",
    "Its",
    "Both",
    "Meanwhile",
    "Moreover",
];

const HEADS: &[&str] = &[
    "week",
    // "2026 Annual Meeting of SAC/TC 999".
    "annual",
    // "SAC/TC 999 2029 Working Meeting".
    "meeting",
    "plenary",
    "forum",
    "conference",
    "webinar",
    "symposium",
    "olympiad",
    "seminar",
    "summit",
    "expo",
    "workshop",
    "training",
    "dialogue",
];

/// The event word of a match (the last one: "Forum on Partnership ... Conference").
fn head_of(m: &str) -> Option<String> {
    m.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_ascii_lowercase();
            match plural_head(&w) {
                Some(one) => one.to_owned(),
                None => w,
            }
        })
        .rfind(|w| HEADS.contains(&w.as_str()))
}

/// The singular of an event word in the plural ("webinars" → "webinar"):
/// a series is named by its singular.
fn plural_head(w: &str) -> Option<&str> {
    w.strip_suffix('s')
        .filter(|one| HEADS.contains(&one.to_ascii_lowercase().as_str()))
}

/// Headline words before the event's own name ("Agenda of", "Delegation Attends").
const CUT_AFTER: &[&str] = &[
    "Agenda", "Attends", "Attend", "Joins", "Hosts", "Holds", "Report", "Upcoming", "Of",
];

/// Matches of the event pattern over `text`, counted without building
/// anything: the ingest benchmark's baseline.
pub fn count(text: &str) -> usize {
    EVENT_RE.find_iter(text).count() + NUMBERED.find_iter(text).count()
}

/// Every event named in `text`.
pub fn find_events(text: &str) -> Vec<EventHit> {
    static HEADS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"Week|Plenary|Annual Meeting|Work Meeting|Working Meeting|Forum|Conference|Webinar|Symposium|Olympiad|Seminar|Summit|Expo|Workshop|Training|Dialogue").unwrap()
    });
    let mut hits = super::text::on_matching_lines(text, &HEADS, find_in_line);
    // (Only the lines that hold "meeting of" are read.)
    let bytes = text.as_bytes();
    let mut last_line = usize::MAX;
    let mut found = false;
    for at in memchr::memmem::find_iter(bytes, b"eeting of ") {
        let a = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |p| p + 1);
        if a == last_line {
            continue;
        }
        last_line = a;
        let b = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |p| at + p);
        for c in NUMBERED.captures_iter(&text[a..b]) {
            let (o, code) = (&c["ord"], &c["code"]);
            let plenary = c.name("plen").is_some();
            let start = a + c.name("ord").expect("ordinal").start();
            let end = a + c.name("code").expect("code").end();
            // (Found by name already, "Minutes of the 7th Plenary Meeting
            // of SAC/TC 993": that one is what the title names.)
            if let Some(h) = hits.iter_mut().find(|h| h.start < end && start < h.end) {
                h.labelled = true;
                continue;
            }
            found = true;
            hits.push(EventHit {
                start,
                end,
                name: if plenary {
                    format!("{code} {o} Plenary Meeting")
                } else {
                    format!("{code} {o} Meeting")
                },
                etype: if plenary { "plenary" } else { "meeting" },
                // (A title: the document is about it.)
                labelled: true,
            });
        }
    }
    let zh = super::text::on_matching_lines(text, &ZH_HEADS, find_in_line_zh);
    if found || !zh.is_empty() {
        hits.extend(zh);
        hits.sort_by_key(|h| h.start);
    }
    hits
}

fn find_in_line(text: &str) -> Vec<EventHit> {
    // "Webinar: China's AI Standards in 2027 — What ...": a title line that
    // names its event's kind first.
    if let Some(h) = labelled_event(text) {
        return vec![h];
    }
    // The same in a table's cell: "| 3 June 2027 | Webinar: X | Online |".
    let labelled_cells: Vec<EventHit> = if text.trim_start().starts_with('|') {
        let mut at = 0;
        text.split('|')
            .filter_map(|cell| {
                let from = at;
                at += cell.len() + 1;
                let mut h = labelled_event(cell.trim_end())?;
                h.start += from;
                h.end += from;
                h.labelled = false;
                Some(h)
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut hits: Vec<EventHit> = EVENT_RE
        .find_iter(text)
        .filter_map(|m| {
            let head = head_of(m.as_str())?;
            // "Hangzhou International Expo Center": a venue.
            let after = &text[m.end()..];
            if [" Center", " Centre", " Hall", " Park", " Building"]
                .iter()
                .any(|v| after.starts_with(v))
            {
                return None;
            }
            let mut s = m.as_str();
            let mut start = m.start();
            let mut off = 0;
            let mut cut = None;
            for w in s.split(' ') {
                if CUT_AFTER.contains(&w) {
                    cut = Some(off + w.len());
                }
                off += w.len() + 1;
            }
            if let Some(c) = cut.filter(|&c| c < s.len()) {
                let rest = s[c..].trim_start();
                let rest = rest.strip_prefix("of ").unwrap_or(rest).trim_start();
                let rest = rest.strip_prefix("the ").unwrap_or(rest);
                start += s.len() - rest.len();
                s = rest;
            }
            while let Some(w) = s.split_whitespace().next() {
                if !LEADING.contains(&w) || s.len() == w.len() {
                    break;
                }
                let rest = s[w.len()..].trim_start();
                start += s.len() - rest.len();
                s = rest;
            }
            let mut s = s.trim_end();
            // "Week of SAC/TC 999": a committee code cut at its slash is no
            // part of the name.
            if text[m.end()..].starts_with('/')
                && let Some(i) = s.rfind(" of ")
            {
                s = s[..i].trim_end();
            }
            // A series ("Upcoming SESEC Webinars") is named by its singular.
            if s.rsplit(' ').next().and_then(plural_head).is_some() {
                s = &s[..s.len() - 1];
            }
            let words = s.split_whitespace().count();
            if words < 2 {
                return None;
            }
            let etype = if head.contains("week") {
                "standards week"
            } else if head.starts_with("plenary") || head == "meeting" && s.contains("Plenary") {
                "plenary"
            } else {
                match head.split_whitespace().next().unwrap_or("") {
                    "forum" | "dialogue" | "summit" => "forum",
                    "conference" | "expo" | "annual" => "conference",
                    "webinar" => "webinar",
                    "symposium" | "seminar" | "workshop" => "seminar",
                    "training" => "training",
                    "olympiad" => "competition",
                    "meeting" => "meeting",
                    _ => "event",
                }
            };
            Some(EventHit {
                start,
                end: start + s.len(),
                name: s.split_whitespace().collect::<Vec<_>>().join(" "),
                etype,
                labelled: false,
            })
        })
        .filter(|h| {
            !labelled_cells
                .iter()
                .any(|l| h.start < l.end && l.start < h.end)
        })
        .collect();
    if !labelled_cells.is_empty() {
        hits.extend(labelled_cells);
        hits.sort_by_key(|h| h.start);
    }
    hits
}

/// The head words of an event named in Chinese.
static ZH_HEADS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("大会|论坛|峰会|研讨会|博览会").expect("zh event heads"));

/// "2031年10月12日至14日，第五届小部件标准化大会在深圳召开": an event named
/// in Chinese from a clause's start (after punctuation) to its head word,
/// right before where or when it is held ("在", "于", "召开"...).
fn find_in_line_zh(line: &str) -> Vec<EventHit> {
    static NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:^|[，。；：、“”《》\s])(?P<name>(?:\d{4}(?:年度?)?)?(?:第[一二三四五六七八九十\d]{1,3}届)?\p{Han}{2,24}?(?P<head>大会|论坛|峰会|研讨会|博览会))(?:在|于|将于|顺利|隆重|日前|近日|召开|举行|举办|开幕)",
        )
        .expect("zh event regex")
    });
    NAME.captures_iter(line)
        .filter_map(|c| {
            let m = c.name("name")?;
            // (A committee's plenary, "全体委员大会", is read with its
            // committee by the rules for committee meetings.)
            if m.as_str().contains("委员") {
                return None;
            }
            let etype = match &c["head"] {
                "论坛" | "峰会" => "forum",
                "研讨会" => "seminar",
                _ => "conference",
            };
            Some(EventHit {
                start: m.start(),
                end: m.end(),
                name: m.as_str().to_owned(),
                etype,
                labelled: false,
            })
        })
        .collect()
}

/// The value of a venue line: "Venue: Hangzhou International Expo Center",
/// "地点：杭州".
pub fn venue_label(line: &str) -> Option<String> {
    let t = crate::extract::text::strip_markup(line);
    let (label, value) = t.split_once([':', '：'])?;
    let label = label.trim().to_ascii_lowercase();
    let value = value.trim();
    (matches!(
        label.as_str(),
        "venue" | "location" | "place" | "地点" | "会议地点"
    ) && (2..=80).contains(&value.chars().count()))
    .then(|| value.to_owned())
}

/// A line that is an event's title with its kind as a label: "Webinar:
/// X", "# Workshop — X". The name is the title after the label.
fn labelled_event(line: &str) -> Option<EventHit> {
    const KINDS: &[(&str, &str)] = &[
        ("Webinar", "webinar"),
        ("Workshop", "seminar"),
        ("Seminar", "seminar"),
        ("Symposium", "seminar"),
        ("Conference", "conference"),
        ("Forum", "forum"),
        ("Training", "training"),
    ];
    let t = line.trim_start_matches(['#', '*', ' ']);
    let (word, etype) = KINDS.iter().find(|(w, _)| t.starts_with(w))?;
    let rest = t[word.len()..].trim_start();
    let rest = ["：", ":", " — ", "— ", " – "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?
        .trim_start();
    let title = rest.trim_end().trim_end_matches(['*', ' ']);
    let words = title.split_whitespace().count();
    if !(2..=24).contains(&words) || !title.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let start = line.len() - rest.len();
    Some(EventHit {
        start,
        end: start + title.len(),
        name: title.split_whitespace().collect::<Vec<_>>().join(" "),
        etype,
        labelled: true,
    })
}

/// The identity of an event name: ordinals as numbers ("Second" = "2nd"),
/// "of 2025" = "2025", a committee code without its "SAC/" prefix, so the
/// spellings of one meeting meet.
pub fn event_key(name: &str) -> String {
    const ORDINALS: &[(&str, &str)] = &[
        ("First", "1st"),
        ("Second", "2nd"),
        ("Third", "3rd"),
        ("Fourth", "4th"),
        ("Fifth", "5th"),
        ("Sixth", "6th"),
        ("Seventh", "7th"),
        ("Eighth", "8th"),
        ("Ninth", "9th"),
        ("Tenth", "10th"),
    ];
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            let w = w.strip_prefix("SAC/").unwrap_or(w);
            ORDINALS
                .iter()
                .find(|(a, _)| *a == w)
                .map_or(w.to_owned(), |(_, b)| (*b).to_owned())
        })
        .collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        // "of 2025" at the end → "2025"
        if w == "of"
            && i + 2 == words.len()
            && words[i + 1].len() == 4
            && words[i + 1].bytes().all(|b| b.is_ascii_digit())
        {
            continue;
        }
        // "TC 124" = "TC124": a committee code written with a space.
        // ("TC 28/SC 42" too: the number before the next level.)
        // (A national code only: "ISO/TC 993/WG 4" keeps ISO's spelling.)
        let number = match w.split_once('/') {
            Some((n, _)) if out.last().is_some_and(|p| !p.contains('/')) => n,
            Some(_) => "x",
            None => w.as_str(),
        };
        if !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
            && out
                .last()
                .is_some_and(|p| matches!(p.rsplit('/').next(), Some("TC" | "SC" | "WG" | "SWG")))
        {
            out.last_mut().expect("checked").push_str(w);
            continue;
        }
        out.push(w.clone());
    }
    out.join(" ")
}

/// Whether capitalized words after "in" can name a place: not a month
/// ("held its annual conference in June 2025").
pub(crate) fn can_be_place(p: &str) -> bool {
    !super::dates::is_month(p.split(' ').next().unwrap_or(""))
}

/// The place an event was held: "held in Kunming", "in Chengdu, Sichuan".
pub fn place_after(text: &str) -> Option<String> {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:held|convened|opened|took place|was held)(?:[ \t]+\w+){0,2}[ \t]+in[ \t]+([A-Z][a-z]+(?:['’][a-z]+)?(?:[ \t]+[A-Z][a-z]+)?)").unwrap()
    });
    PLACE
        .captures_iter(text)
        .map(|c| c[1].to_owned())
        .find(|p| can_be_place(p))
}

/// The city right after an event's name in Chinese: "…大会在深圳召开" →
/// 深圳.
pub fn place_after_zh(rest: &str) -> Option<String> {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:将于|于)?在(\p{Han}{2,8}?)(?:隆重|顺利)?(?:召开|举行|举办|开幕)").unwrap()
    });
    PLACE.captures(rest).map(|c| c[1].to_owned())
}

/// The place written right after an event's name in a list: "2026 World
/// AI Conference, Shanghai, 26-28 July 2026", "Widget Forum (Wuxi, 12 May
/// 2027)" — a city, then a date.
pub fn listed_place(rest: &str) -> Option<String> {
    static LISTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:,[ \t]*|[ \t]*\()([A-Z][a-z]+(?:['’][a-z]+)?(?:[ \t][A-Z][a-z]+)?),[ \t]*\d",
        )
        .unwrap()
    });
    LISTED
        .captures(rest)
        .map(|c| c[1].to_owned())
        .filter(|p| can_be_place(p))
}

super::text::located!(EventHit);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_named_in_chinese() {
        let names =
            |t: &str| -> Vec<String> { find_in_line_zh(t).into_iter().map(|h| h.name).collect() };
        assert_eq!(
            names("2031年5月8日，2031小部件产业峰会在杭州举行。"),
            ["2031小部件产业峰会"]
        );
        assert_eq!(
            names("第三届小部件论坛将于6月在上海召开"),
            ["第三届小部件论坛"]
        );
        // (A committee's plenary is its committee's; a head word not
        // followed by where or when is no event named.)
        assert!(names("，第二次全体委员大会在北京召开").is_empty());
        assert!(names("他参加了小部件大会。").is_empty());
        assert_eq!(place_after_zh("在深圳隆重召开"), Some("深圳".to_owned()));
    }

    fn names(s: &str) -> Vec<(String, &'static str)> {
        find_events(s)
            .into_iter()
            .map(|e| (e.name, e.etype))
            .collect()
    }

    #[test]
    fn spellings_of_one_event_meet() {
        assert_eq!(
            event_key("SAC/TC260 Second Standards Week of 2025"),
            event_key("TC260 2nd Standards Week 2025")
        );
        assert_eq!(
            event_key("First Standards Week of 2026"),
            "1st Standards Week 2026"
        );
        assert_ne!(
            event_key("2nd Forum of 2025"),
            event_key("3rd Forum of 2025")
        );
    }

    #[test]
    fn events_in_running_text() {
        assert_eq!(
            names(
                "From September 14 to 18, 2025, SAC/TC260 Second Standards Week of 2025 was held in Kunming"
            ),
            [(
                "SAC/TC260 Second Standards Week of 2025".into(),
                "standards week"
            )]
        );
        assert_eq!(
            names("the 5th China Quality Conference was held"),
            [("5th China Quality Conference".into(), "conference")]
        );
        assert_eq!(
            names("SESEC V Webinar 11: Quantum Standardization Development in China"),
            [(
                "SESEC V Webinar 11: Quantum Standardization Development in China".into(),
                "webinar"
            )]
        );
        assert_eq!(names("the plenary session included"), []);
        assert_eq!(
            place_after("was convened in Kunming, Yunnan Province").as_deref(),
            Some("Kunming")
        );
        assert_eq!(
            place_after("held its conference in June 2027; the plenary was held in Hangzhou")
                .as_deref(),
            Some("Hangzhou")
        );
        assert_eq!(place_after("held its annual conference in June 2027"), None);
        assert_eq!(
            listed_place(", Shanghai, 26-28 July 2027").as_deref(),
            Some("Shanghai")
        );
        assert_eq!(
            listed_place(" (Wuxi, 12 May 2027)").as_deref(),
            Some("Wuxi")
        );
        assert_eq!(listed_place(", June 12, 2027"), None);
        assert_eq!(listed_place(", organized by SAMR"), None);
    }
}
