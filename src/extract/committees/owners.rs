//! The body a committee code belongs to when it is not SAC: European
//! committees written with their body ("CEN/TC 442", "CLC/TC 79/WG 3") and
//! other owners before a slash ("NEA/TC 36").

use super::CommitteeHit;

/// European committees are written with their body ("CEN/TC 442",
/// "CLC/TC 79"), like ISO's: the prefixes and the body they name.
const EUROPEAN: &[(&str, &str)] = &[
    ("CEN/CLC/", "CEN/CENELEC"),
    ("CEN/CENELEC/", "CEN/CENELEC"),
    ("CEN-CENELEC ", "CEN/CENELEC"),
    ("CENELEC/", "CENELEC"),
    ("CENELEC ", "CENELEC"),
    ("CLC/", "CENELEC"),
    ("CEN/", "CEN"),
    ("CEN ", "CEN"),
];

/// A national-looking TC code ("TC 442", read as SAC's) written after
/// another body's name: "CEN/TC 442" is CEN's committee, "NEA/TC 36" the
/// National Energy Administration's (an owner of two to six capitals and
/// a slash). The hit grows to cover the owner.
pub(super) fn with_owner(text: &str, mut h: CommitteeHit) -> CommitteeHit {
    if !h.key.starts_with("SAC/TC")
        || h.written
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("sac"))
    {
        return h;
    }
    let before = &text[..h.start];
    let rest = &h.key["SAC/TC".len()..];
    if let Some((w, body)) = EUROPEAN.iter().find(|(w, _)| before.ends_with(w))
        && is_word_start(before, before.len() - w.len())
    {
        // "TC 442/WG 1" (read as "SAC/TC442/WG1") → "CEN/TC 442/WG 1".
        let spaced = rest.replacen("/SC", "/SC ", 1).replacen("/WG", "/WG ", 1);
        h.key = format!("{body}/TC {spaced}");
        h.start -= w.len();
        h.written = text[h.start..h.end].to_owned();
        return h;
    }
    let Some(owner) = before.strip_suffix('/') else {
        return h;
    };
    let n = owner
        .bytes()
        .rev()
        .take_while(u8::is_ascii_uppercase)
        .count();
    if (2..=6).contains(&n) && is_word_start(owner, owner.len() - n) {
        let org = &owner[owner.len() - n..];
        h.key = format!("{org}/TC{rest}");
        h.start -= n + 1;
        h.written = text[h.start..h.end].to_owned();
    }
    h
}

/// Whether byte `i` of `s` starts a word.
fn is_word_start(s: &str, i: usize) -> bool {
    s[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && c != '/')
}
