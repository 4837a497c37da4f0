//! Sentences in a line: where one starts and ends (full stops that end
//! none — "Mr.", "No.", initials —, footnote marks, a Q&A answer's label,
//! Chinese sentences ended by 。！？；),
//! and a sentence cleaned up as a relation's evidence.

/// The byte range of the sentence of `line` that contains byte `pos`.
pub fn sentence_bounds(line: &str, pos: usize) -> (usize, usize) {
    let bytes = line.as_bytes();
    // Abbreviations whose full stop ends no sentence.
    const ABBREV: &[&[u8]] = &[
        b"Mr", b"Ms", b"Mrs", b"Dr", b"Prof", b"No", b"Art", b"Vol", b"St", b"Ltd", b"Inc", b"Co",
        b"vs",
    ];
    // The stop at `i` ends a sentence: the length of what follows it up to
    // the next sentence's capital (its space, or a footnote mark and its
    // space: "2021.[^1] They", "2021.[1] They").
    let end_len = |i: usize| -> Option<usize> {
        if !matches!(bytes[i], b'.' | b'!' | b'?' | b';') {
            return None;
        }
        let mut k = i + 1;
        // (A closing emphasis after the stop: "**X approves Y.** On D, ...".)
        while matches!(bytes.get(k), Some(b'*' | b'_')) && k < i + 3 {
            k += 1;
        }
        if bytes.get(k) == Some(&b'[') {
            let close = bytes[k..].iter().take(6).position(|&b| b == b']')?;
            let inner = &bytes[k + 1..k + close];
            let digits = inner.strip_prefix(b"^").unwrap_or(inner);
            if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            k += close + 1;
        }
        if !(bytes.get(k).is_some_and(|b| *b == b' ')
            && bytes.get(k + 1).is_some_and(|b| b.is_ascii_uppercase()))
        {
            return None;
        }
        if bytes[i] != b'.' {
            return Some(k + 1 - i);
        }
        let word_start = bytes[..i]
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric())
            .map_or(0, |p| p + 1);
        let word = &bytes[word_start..i];
        // "U. S." style initials and listed abbreviations.
        (!(ABBREV.contains(&word) || word.len() == 1 && word[0].is_ascii_uppercase()))
            .then_some(k + 1 - i)
    };
    let pos = pos.min(bytes.len());
    // Only a full stop, `!`, `?` or `;` can end a sentence: jump between
    // them (memchr) instead of testing every byte.
    let mut start = 0;
    let mut hi = pos;
    let mut semi = memchr::memrchr(b';', &bytes[..hi]);
    while let Some(i) = memchr::memrchr3(b'.', b'!', b'?', &bytes[..hi]).max(semi) {
        if let Some(len) = end_len(i) {
            start = i + len;
            break;
        }
        hi = i;
        if semi.is_some_and(|s| s >= hi) {
            semi = memchr::memrchr(b';', &bytes[..hi]);
        }
    }
    // A Q&A answer's label is no word of its first sentence ("A: The
    // Measures were formulated ...").
    if start == 0 {
        start = answer_label_len(line).unwrap_or(0);
    }
    let mut end = bytes.len();
    let mut lo = pos;
    let mut semi = memchr::memchr(b';', &bytes[lo..]).map(|k| lo + k);
    loop {
        let stop = memchr::memchr3(b'.', b'!', b'?', &bytes[lo..]).map(|k| lo + k);
        let Some(i) = [stop, semi].into_iter().flatten().min() else {
            break;
        };
        if end_len(i).is_some() {
            end = i + 1;
            break;
        }
        lo = i + 1;
        if semi.is_some_and(|s| s < lo) {
            semi = memchr::memchr(b';', &bytes[lo..]).map(|k| lo + k);
        }
    }
    chinese_bounds(line, pos, (start, end))
}

/// The sentence written in Chinese that holds byte `pos` of the span
/// `(start, end)`: 。, ！, ？ and ； end one (no space and capital after
/// them). A span without them is kept.
fn chinese_bounds(line: &str, pos: usize, (start, end): (usize, usize)) -> (usize, usize) {
    // (Their UTF-8 forms start with 0xE3 or 0xEF: most spans have neither.)
    if memchr::memchr2(0xE3, 0xEF, &line.as_bytes()[start..end]).is_none() {
        return (start, end);
    }
    let (mut a, mut b) = (start, end);
    for (i, c) in line[start..end].char_indices() {
        if matches!(c, '。' | '！' | '？' | '；') {
            let after = start + i + c.len_utf8();
            if after <= pos {
                a = after;
            } else {
                b = after;
                break;
            }
        }
    }
    (a, b)
}

/// The length of a Q&A answer's label opening `line` ("A: ", "**Answer:**
/// ", "答："), if it has one.
fn answer_label_len(line: &str) -> Option<usize> {
    let t = line.trim_start_matches([' ', '*', '_']);
    let rest = ["A:", "A：", "Answer:", "Answer：", "答：", "答:"]
        .iter()
        .find_map(|l| t.strip_prefix(l))?;
    let rest = rest.trim_start_matches([' ', '*', '_']);
    Some(line.len() - rest.len())
}

/// The sentence of `line` that contains byte `pos`, markup stripped.
pub fn sentence_at(line: &str, pos: usize) -> String {
    let (start, end) = sentence_bounds(line, pos);
    evidence_text(&line[start..end])
}

/// A sentence as evidence: markup stripped, at most 400 characters.
pub(super) fn evidence_text(sentence: &str) -> String {
    let s = super::text::strip_markup(sentence);
    if s.len() > 400 && s.chars().count() > 400 {
        s.chars().take(400).collect::<String>() + "…"
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_stops_end_sentences() {
        let l = "2027年3月15日，批准发布GB 1-2027。该标准支撑《X办法（征求意见稿）》；另见GB 2。";
        let second = l.find("该标准").unwrap();
        assert_eq!(
            sentence_at(l, second + 3),
            "该标准支撑《X办法（征求意见稿）》；"
        );
        assert_eq!(sentence_at(l, 0), "2027年3月15日，批准发布GB 1-2027。");
        assert_eq!(sentence_at(l, l.len() - 2), "另见GB 2。");
        // (A line of English sentences is cut as before.)
        assert_eq!(sentence_at("One. Two (《X》).", 6), "Two (《X》).");
    }

    #[test]
    fn titles_do_not_end_sentences() {
        let l = "Mr. Yang Heqing, spokesman, introduced the Plan. Next one.";
        assert_eq!(
            sentence_at(l, 20),
            "Mr. Yang Heqing, spokesman, introduced the Plan."
        );
    }

    #[test]
    fn sentences_around_a_position() {
        let l = "First one. The GB 1-2020 standard was issued. Third.";
        assert_eq!(sentence_at(l, 15), "The GB 1-2020 standard was issued.");
        let l = "UN Regulation No. 79 applies. Next";
        assert_eq!(sentence_at(l, 3), "UN Regulation No. 79 applies.");
        // A Q&A answer's label is no word of the sentence.
        let l = "A: The Measures were formulated in accordance with the X Law.";
        assert_eq!(sentence_bounds(l, 20), (3, l.len()));
        assert_eq!(sentence_bounds(l, 0), (3, l.len()));
        assert_eq!(sentence_bounds("**Answer:** It was. Then", 13), (12, 19));
        assert_eq!(
            sentence_bounds("答：该办法自2027年7月1日起施行", 9).0,
            "答：".len()
        );
        assert_eq!(sentence_bounds("Asia: X applies.", 8), (0, 16));
        // A footnote mark after the full stop ends the sentence too.
        let l = "It was issued in 2021.[^1] They replace it. Also [x]. No";
        assert_eq!(sentence_at(l, 30), "They replace it.");
        assert_eq!(sentence_bounds(l, 3), (0, 22));
        assert_eq!(sentence_bounds("In 2021.[12] They", 14), (13, 17));
        assert_eq!(sentence_bounds("In 2021.[a] They", 14), (0, 16));
    }

    #[test]
    fn sentence_bounds_agree_with_a_byte_by_byte_scan() {
        // The plain definition: the nearest sentence end before and after.
        fn naive(line: &str, pos: usize) -> (usize, usize) {
            let b = line.as_bytes();
            let is_end = |i: usize| {
                matches!(b[i], b'.' | b'!' | b'?' | b';')
                    && b.get(i + 1) == Some(&b' ')
                    && b.get(i + 2).is_some_and(u8::is_ascii_uppercase)
                    && (b[i] != b'.' || {
                        let w0 = b[..i]
                            .iter()
                            .rposition(|c| !c.is_ascii_alphanumeric())
                            .map_or(0, |p| p + 1);
                        let w = &line[w0..i];
                        // The listed abbreviations this alphabet can spell.
                        !(["Mr", "No"].contains(&w)
                            || w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase())
                    })
            };
            let pos = pos.min(b.len());
            let start = (0..pos).rev().find(|&i| is_end(i)).map_or(0, |i| i + 2);
            let end = (pos..b.len())
                .find(|&i| is_end(i))
                .map_or(b.len(), |i| i + 1);
            (start, end)
        }
        // Pseudo-random lines over the bytes that matter.
        let alphabet = [
            b'a', b' ', b'.', b'!', b'?', b';', b'U', b'S', b'N', b'o', b'M', b'r',
        ];
        let mut seed = 7u64;
        for _ in 0..2000 {
            let len = (seed % 40) as usize;
            let line: String = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    alphabet[(seed >> 33) as usize % alphabet.len()] as char
                })
                .collect();
            for pos in 0..=line.len() {
                assert_eq!(
                    sentence_bounds(&line, pos),
                    naive(&line, pos),
                    "{line:?} at {pos}"
                );
            }
        }
    }
}
