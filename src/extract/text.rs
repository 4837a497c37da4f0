//! Text clean-up shared by segmentation and extraction: markup from PDF and
//! web conversion (`<b>`, `**`, `#`), list numbering, and the normalized
//! forms used to compare headings that drift between mentions.

use std::borrow::Cow;

/// Removes inline markup: HTML tags such as `<b>`/`<i>`/`<u>`, markdown
/// emphasis, escapes and links, leading `#` heading marks; collapses spaces.
pub fn strip_markup(line: &str) -> String {
    strip_markup_cow(line).into_owned()
}

/// Whether `c` is a Chinese character (CJK Unified Ideographs).
pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// [`strip_markup`] that borrows the line when it is plain already (most
/// lines are): no copy then.
pub fn strip_markup_cow(line: &str) -> Cow<'_, str> {
    let trimmed = line.trim();
    // Fast path: plain text with single spaces needs no work.
    if is_plain(trimmed.as_bytes()) {
        return Cow::Borrowed(trimmed);
    }
    let mut s: Cow<str> = Cow::Borrowed(trimmed);
    if s.contains('<') {
        s = Cow::Owned(strip_tags(&s));
    }
    if s.contains('[') && s.contains("](") {
        s = Cow::Owned(strip_links(&s));
    }
    let t = s.trim_start_matches('#').trim();
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len());
    // Runs of kept characters are copied whole, a space before a run when
    // white space was dropped before it. A byte's class says whether it can
    // be anything but ordinary (a single space between two ordinary
    // characters stays in its run: it comes out as it went in); only the
    // lead bytes of Unicode spaces are decoded.
    let mut space_before = false;
    let flush = |out: &mut String, run: &str, space_before: &mut bool| {
        if !run.is_empty() {
            if *space_before && !out.is_empty() {
                out.push(' ');
            }
            out.push_str(run);
            *space_before = false;
        }
    };
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let class = STRIP_CLASS[b[i] as usize];
        if class == ORDINARY {
            i += 1;
            continue;
        }
        if b[i] == b' '
            && i > run
            && b.get(i + 1)
                .is_some_and(|&n| STRIP_CLASS[n as usize] == ORDINARY)
        {
            i += 2;
            continue;
        }
        let (drop, len) = match class {
            STAR => (true, 1),
            BACKSLASH => (b.get(i + 1).is_some_and(|n| b"_*#[]()".contains(n)), 1),
            SPACE => (true, 1),
            _ => {
                let c = t[i..].chars().next().unwrap_or(' ');
                (c.is_whitespace(), c.len_utf8())
            }
        };
        if !drop {
            i += len;
            continue;
        }
        flush(&mut out, &t[run..i], &mut space_before);
        if class != STAR && class != BACKSLASH {
            space_before = true;
        }
        i += len;
        run = i;
    }
    flush(&mut out, &t[run..], &mut space_before);
    Cow::Owned(out)
}

/// [`strip_markup_cow`]'s byte classes.
const ORDINARY: u8 = 0;
const STAR: u8 = 1;
const BACKSLASH: u8 = 2;
const SPACE: u8 = 3;
/// The lead byte of a character that may be a Unicode space (U+0085,
/// U+00A0, U+1680, U+2000–U+205F, U+3000).
const MAYBE_SPACE: u8 = 4;
static STRIP_CLASS: [u8; 256] = {
    let mut t = [ORDINARY; 256];
    t[b'*' as usize] = STAR;
    t[b'\\' as usize] = BACKSLASH;
    let spaces = b" \t\n\r\x0b\x0c";
    let mut k = 0;
    while k < spaces.len() {
        t[spaces[k] as usize] = SPACE;
        k += 1;
    }
    t[0xC2] = MAYBE_SPACE;
    t[0xE1] = MAYBE_SPACE;
    t[0xE2] = MAYBE_SPACE;
    t[0xE3] = MAYBE_SPACE;
    t
};

/// Whether `b` is already clean: no markup characters, no tabs, carriage
/// returns or non-breaking spaces, no double spaces.
fn is_plain(b: &[u8]) -> bool {
    static SPECIAL: [bool; 256] = {
        let mut t = [false; 256];
        let special = b"<[*\\#\t\r\xC2";
        let mut k = 0;
        while k < special.len() {
            t[special[k] as usize] = true;
            k += 1;
        }
        t
    };
    let mut prev_space = false;
    for &c in b {
        if SPECIAL[c as usize] || (c == b' ' && prev_space) {
            return false;
        }
        prev_space = c == b' ';
    }
    true
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        match after.find('>') {
            Some(j) if j <= 8 && is_tag(&after[1..j]) => rest = &after[j + 1..],
            _ => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_tag(inner: &str) -> bool {
    let t = inner
        .strip_prefix('/')
        .unwrap_or(inner)
        .trim_end_matches('/');
    !t.is_empty() && t.len() <= 6 && t.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn strip_links(s: &str) -> String {
    // [text](url) -> text
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('[') {
        let after = &rest[i + 1..];
        if let Some(j) = after.find("](")
            && let Some(k) = after[j + 2..].find(')')
        {
            out.push_str(&rest[..i]);
            out.push_str(&after[..j]);
            rest = &after[j + 2 + k + 1..];
            continue;
        }
        out.push_str(&rest[..=i]);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Strips markup and leading list markers: bullets, `12.`, `17 `, `a)`,
/// `II.`. Years (`2025 World ...`) are kept.
pub fn heading_text(line: &str) -> String {
    let s = strip_markup(line);
    let mut t = s.as_str();
    loop {
        let before = t;
        t = t
            .trim_start_matches(|c: char| {
                "-•❖■●▪√✓✔➢►>".contains(c) || ('\u{e000}'..='\u{f8ff}').contains(&c)
            })
            .trim_start();
        t = strip_list_number(t);
        if t == before {
            break;
        }
    }
    t.trim().to_owned()
}

/// Drops a leading clock time or time range ("09:00–11:00  ", "9:30 - 10:00
/// ", "14:00 "): an agenda session's line without its slot.
pub fn without_clock(line: &str) -> &str {
    let t = line.trim_start();
    let Some(k) = super::dates::clock_time_len(t) else {
        return line;
    };
    let rest = t[k..].trim_start();
    let rest = rest
        .strip_prefix(['–', '—', '-', '~'])
        .map(str::trim_start)
        .and_then(|r| super::dates::clock_time_len(r).map(|k| &r[k..]))
        .unwrap_or(rest);
    rest.trim_start()
}

/// Drops one leading list number: `12. `, `12 `, `a) `, `(3) `, `IV. `.
pub fn strip_list_number(t: &str) -> &str {
    let b = t.as_bytes();
    // (3) or 3)
    let mut i = 0;
    let paren = b.first() == Some(&b'(');
    if paren {
        i = 1;
    }
    let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&digits) {
        let j = i + digits;
        match b.get(j) {
            Some(b'.') | Some(b')') if b.get(j + 1) == Some(&b' ') => {
                return t[j + 2..].trim_start();
            }
            Some(b' ') if !paren && b.get(j + 1).is_some_and(|c| c.is_ascii_uppercase()) => {
                return t[j + 1..].trim_start();
            }
            _ => {}
        }
    }
    // a) / b.
    if b.len() > 3 && b[0].is_ascii_lowercase() && (b[1] == b')' || b[1] == b'.') && b[2] == b' ' {
        return t[3..].trim_start();
    }
    // Roman numerals up to XX followed by ". "
    let roman = b
        .iter()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
        .count();
    if roman > 0 && roman <= 5 && b.get(roman) == Some(&b'.') && b.get(roman + 1) == Some(&b' ') {
        return t[roman + 2..].trim_start();
    }
    t
}

/// Whether the text between two names only joins them into a list
/// (", ", " and ", ", and ", " or ", " & ", "、", "/").
pub fn is_list_gap(between: &str) -> bool {
    matches!(
        between,
        " and " | ", " | "," | " or " | "、" | ", and " | " & " | "/"
    )
}

/// Splits `s` at each " and " whose left part `joins` accepts (given the
/// left part and what follows): "X University and Y University" → two
/// names. Returns each part with its byte offset in `s`.
/// An " and " it does not accept stays inside a name and the next is tried
/// ("China Academy of Information and Communications Technology and Peking
/// University" → two names).
pub fn split_at_and(s: &str, joins: impl Fn(&str, &str) -> bool) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let (mut rest, mut at, mut from) = (s, 0, 0);
    while let Some(k) = rest[from..].find(" and ") {
        let i = from + k;
        let (left, right) = (&rest[..i], &rest[i + 5..]);
        if joins(left, right) {
            parts.push((at, left));
            at += i + 5;
            rest = right;
            from = 0;
        } else {
            from = i + 5;
        }
    }
    parts.push((at, rest));
    parts
}

/// A match with a byte range that can be moved.
pub trait Located {
    /// Moves the range `by` bytes later.
    fn shift(&mut self, by: usize);
}

/// Implements [`Located`] for a hit type with `start` and `end` fields.
macro_rules! located {
    ($t:ty) => {
        impl $crate::extract::text::Located for $t {
            fn shift(&mut self, by: usize) {
                self.start += by;
                self.end += by;
            }
        }
    };
}
pub(crate) use located;

/// Runs `find` on each line of `text` that `prefilter` matches, and shifts
/// the byte ranges it returns to offsets in `text`. Rules
/// whose matches never cross a line use it to skip the lines that cannot
/// hold one, so their big patterns only run where a cheap literal says so.
/// The prefilter must match within one line (plain words, no `\n`).
pub fn on_matching_lines<T: Located>(
    text: &str,
    prefilter: &regex::Regex,
    mut find: impl FnMut(&str) -> Vec<T>,
) -> Vec<T> {
    let mut out = Vec::new();
    // One search over the whole text finds the next line worth reading
    // (a search per line would cost more than the lines that match).
    let mut pos = 0;
    while pos <= text.len() {
        let Some(m) = prefilter.find_at(text, pos) else {
            break;
        };
        let start = memchr::memrchr(b'\n', &text.as_bytes()[..m.start()]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &text.as_bytes()[m.start()..])
            .map_or(text.len(), |i| m.start() + i);
        for mut h in find(&text[start..end]) {
            h.shift(start);
            out.push(h);
        }
        pos = end + 1;
    }
    out
}

/// Lowercase ASCII letters and digits only: the form in which headings are
/// compared (`China 15 th Five-Year Plan` = `china15thfiveyearplan`).
pub fn norm_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The sorted character bigrams of a string, for repeated [`dice`] scoring.
#[derive(Clone, Debug, Default)]
pub struct Bigrams(Vec<u64>, usize, Buckets);

/// How many bigrams fall in each of 64 hash buckets: two strings share at
/// most the sum of the smaller counts, a bound read without the merge.
#[derive(Clone, Debug)]
struct Buckets([u8; 64]);

impl Default for Buckets {
    fn default() -> Self {
        Buckets([0; 64])
    }
}

impl Buckets {
    fn of(grams: &[u64]) -> Self {
        let mut b = [0u8; 64];
        for g in grams {
            let k = (g.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58) as usize;
            b[k] = b[k].saturating_add(1);
        }
        Buckets(b)
    }

    /// At least the number of bigrams the two sides share (a saturated
    /// bucket counts as unbounded).
    fn common_bound(&self, other: &Buckets) -> usize {
        self.0
            .iter()
            .zip(&other.0)
            .map(|(&a, &b)| {
                if a == 255 || b == 255 {
                    1 << 20
                } else {
                    a.min(b) as usize
                }
            })
            .sum()
    }
}

impl Bigrams {
    /// Bigrams of `s`.
    pub fn new(s: &str) -> Self {
        let mut prev = None;
        let mut v = Vec::with_capacity(s.len());
        let mut n = 0;
        for c in s.chars() {
            n += 1;
            if let Some(p) = prev {
                // A pair packed in one word sorts like the (char, char) tuple.
                v.push((u64::from(p) << 32) | u64::from(c));
            }
            prev = Some(c);
        }
        v.sort_unstable();
        let buckets = Buckets::of(&v);
        Bigrams(v, n, buckets)
    }

    /// At least [`Bigrams::dice`]: a cheap bound that often rules a pair out.
    pub fn dice_upper(&self, other: &Bigrams) -> f64 {
        if self.1 < 2 || other.1 < 2 {
            return self.dice(other);
        }
        let common = self.2.common_bound(&other.2);
        2.0 * common as f64 / (self.0.len() + other.0.len()) as f64
    }

    /// The highest [`Bigrams::dice`] two strings of these lengths can reach.
    pub fn dice_bound(&self, other: &Bigrams) -> f64 {
        let (a, b) = (self.0.len(), other.0.len());
        if a + b == 0 {
            1.0
        } else {
            2.0 * a.min(b) as f64 / (a + b) as f64
        }
    }

    /// Sørensen–Dice similarity with another string's bigrams.
    pub fn dice(&self, other: &Bigrams) -> f64 {
        if self.1 < 2 || other.1 < 2 {
            return if self.0 == other.0 && self.1 == other.1 {
                1.0
            } else {
                0.0
            };
        }
        common_dice(&self.0, &other.0)
    }
}

/// Sørensen–Dice similarity of character bigrams, 0.0–1.0, on [`norm_key`]s.
pub fn dice(a: &str, b: &str) -> f64 {
    Bigrams::new(a).dice(&Bigrams::new(b))
}

/// Whether [`dice`]`(a, b) >= min`; the lengths alone often decide it, and
/// then no bigrams are built.
pub fn dice_at_least(a: &str, b: &str, min: f64) -> bool {
    let (n, m) = (a.chars().count(), b.chars().count());
    // Two strings of n and m characters share at most min(n, m) - 1 bigrams.
    if n >= 2 && m >= 2 {
        let (x, y) = (n - 1, m - 1);
        if (2.0 * x.min(y) as f64 / (x + y) as f64) < min {
            return false;
        }
    }
    dice(a, b) >= min
}

fn common_dice(grams: &[u64], other: &[u64]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < grams.len() && j < other.len() {
        match grams[i].cmp(&other[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (grams.len() + other.len()) as f64
}

/// Splits a hashtag topic off a heading: `Title #AI Governance` →
/// (`Title`, `AI Governance`). A heading that is only a hashtag gives an
/// empty title.
pub fn split_hashtag(s: &str) -> (&str, Option<&str>) {
    match s.find(" #").or_else(|| s.starts_with('#').then_some(0)) {
        Some(i) => {
            let tag = s[i..].trim().trim_start_matches('#').trim();
            (s[..i].trim(), (!tag.is_empty()).then_some(tag))
        }
        None => (s, None),
    }
}

/// Capture groups of a regex by name, looked up with Fx hashing: quicker
/// than `Captures::name`, which hashes the name with SipHash at every call
/// (the code, committee and date rules read several groups per match).
pub(crate) struct Groups(rustc_hash::FxHashMap<String, usize>);

impl Groups {
    /// The named groups of `re`.
    pub(crate) fn of(re: &regex::Regex) -> Self {
        Groups(
            re.capture_names()
                .enumerate()
                .filter_map(|(i, n)| n.map(|n| (n.to_owned(), i)))
                .collect(),
        )
    }

    /// Group `name` of `c`, if it took part in the match.
    pub(crate) fn get<'h>(&self, c: &regex::Captures<'h>, name: &str) -> Option<regex::Match<'h>> {
        self.0.get(name).and_then(|&i| c.get(i))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn clock_slots_come_off_session_lines() {
        use super::without_clock;
        assert_eq!(
            without_clock("09:00–11:00  5. New work items"),
            "5. New work items"
        );
        assert_eq!(without_clock("  9:30 - 10:00 Opening"), "Opening");
        assert_eq!(without_clock("14:00 Break"), "Break");
        assert_eq!(without_clock("2025: a year"), "2025: a year");
        assert_eq!(without_clock("Opening at 9:30"), "Opening at 9:30");
    }

    /// The plain character-by-character clean-up [`strip_markup_cow`] must
    /// agree with.
    fn strip_reference(line: &str) -> String {
        let trimmed = line.trim();
        if is_plain(trimmed.as_bytes()) {
            return trimmed.to_owned();
        }
        let mut s = trimmed.to_owned();
        if s.contains('<') {
            s = strip_tags(&s);
        }
        if s.contains('[') && s.contains("](") {
            s = strip_links(&s);
        }
        let t = s.trim_start_matches('#').trim();
        let mut out = String::new();
        let mut chars = t.chars().peekable();
        let mut prev_space = false;
        while let Some(c) = chars.next() {
            if c == '*' {
                continue;
            }
            if c == '\\' && chars.peek().is_some_and(|n| "_*#[]()".contains(*n)) {
                continue;
            }
            if c.is_whitespace() {
                prev_space = true;
                continue;
            }
            if prev_space && !out.is_empty() {
                out.push(' ');
            }
            prev_space = false;
            out.push(c);
        }
        out
    }

    #[test]
    fn the_fast_clean_up_agrees_with_the_plain_one() {
        let alphabet: Vec<&str> = vec![
            "a", "B", " ", " ", "  ", "*", "**", "\\", "\\*", "\\_", "\t", "\n", "\r", "\u{a0}",
            "\u{3000}", "\u{2009}", "\u{85}", "é", "中", "、", "—", "#", "<b>", "</i>", "[x](y)",
            "<", ">", "[", "](", "\u{1680}", "\u{205f}", "’",
        ];
        let mut seed = 7u64;
        for _ in 0..20_000 {
            let mut s = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let n = (seed >> 40) as usize % 14;
            for _ in 0..n {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            assert_eq!(strip_markup(&s), strip_reference(&s), "{s:?}");
        }
    }

    #[test]
    fn lists_split_at_the_and_that_joins_two_names() {
        let bodies = |l: &str, r: &str| {
            l.ends_with("University") || l.ends_with("Technology") && r.ends_with("University")
        };
        assert_eq!(
            split_at_and("Academy of X and Y Technology and Z University", bodies),
            [(0, "Academy of X and Y Technology"), (34, "Z University")]
        );
        assert_eq!(
            split_at_and("A University and B University", bodies),
            [(0, "A University"), (17, "B University")]
        );
        assert_eq!(
            split_at_and("Research and Development", bodies),
            [(0, "Research and Development")]
        );
    }

    use super::*;

    #[test]
    fn strips_html_and_markdown() {
        assert_eq!(strip_markup("<b>Takeaways</b>\t<b>2</b>"), "Takeaways 2");
        assert_eq!(
            strip_markup("## **China Releases the Disposal Guidelines**"),
            "China Releases the Disposal Guidelines"
        );
        assert_eq!(
            strip_markup("the <i>GB 46864 Data</i> x < y"),
            "the GB 46864 Data x < y"
        );
        assert_eq!(strip_markup("[here](#) and [a](http://x)"), "here and a");
        assert_eq!(strip_markup(r"WN\_JG\_4b"), "WN_JG_4b");
    }

    #[test]
    fn heading_text_drops_list_markers_but_keeps_years() {
        assert_eq!(
            heading_text("## 4. China Calls for Comments"),
            "China Calls for Comments"
        );
        assert_eq!(
            heading_text("17 National Standard on IoT"),
            "National Standard on IoT"
        );
        assert_eq!(heading_text("### a) China-EU Pump"), "China-EU Pump");
        assert_eq!(
            heading_text("II. WG5 (Cybersecurity Assessment)"),
            "WG5 (Cybersecurity Assessment)"
        );
        assert_eq!(
            heading_text("18. 2025 World ICV Conference"),
            "2025 World ICV Conference"
        );
        assert_eq!(
            heading_text("2025 World ICV Conference"),
            "2025 World ICV Conference"
        );
        assert_eq!(heading_text("- ❖ Improve contacts"), "Improve contacts");
    }

    #[test]
    fn dice_tolerates_small_drift() {
        let a =
            norm_key("China Rolls Out Updated Frameworks for Data Security and Privacy Standards");
        let b =
            norm_key("China Rolls Out Updated Framework for Data Security and Privacy Standards");
        assert!(dice(&a, &b) > 0.95);
        assert!(dice(&a, &norm_key("SAC to Review Mandatory National Standards")) < 0.5);
    }

    #[test]
    fn the_cheap_dice_bound_is_never_below_the_score() {
        // Pseudo-random keys over a small alphabet share many bigrams;
        // long runs of one letter saturate a bucket.
        let mut seed = 11u64;
        let mut key = |len: usize| -> String {
            (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    b"abcde"[(seed >> 33) as usize % 5] as char
                })
                .collect()
        };
        let mut keys: Vec<String> = (0..60).map(|i| key(i % 30)).collect();
        keys.push("a".repeat(600));
        keys.push("a".repeat(300));
        let grams: Vec<Bigrams> = keys.iter().map(|k| Bigrams::new(k)).collect();
        let mut ruled_out = 0;
        for (a, ka) in grams.iter().zip(&keys) {
            for (b, kb) in grams.iter().zip(&keys) {
                let (d, up) = (a.dice(b), a.dice_upper(b));
                assert!(up >= d, "{ka:?} {kb:?}: {up} < {d}");
                ruled_out += usize::from(up < 0.8);
            }
        }
        // And it does rule pairs out.
        assert!(ruled_out > 1000, "{ruled_out}");
    }

    #[test]
    fn splits_hashtags() {
        assert_eq!(
            split_hashtag("China Revises Law #Cvbersecurity Law"),
            ("China Revises Law", Some("Cvbersecurity Law"))
        );
        assert_eq!(
            split_hashtag("#AI+ Initiative"),
            ("", Some("AI+ Initiative"))
        );
        assert_eq!(split_hashtag("No tag"), ("No tag", None));
    }
}
