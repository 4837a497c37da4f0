//! The body a committee code belongs to when it is not SAC: European
//! committees written with their body ("CEN/TC 442", "CLC/TC 79/WG 3") and
//! other owners before a slash ("NEA/TC 36"), and the foreign bodies
//! before a written-out "Technical Committee N".

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

/// The body before a written-out "Technical Committee N", when it is not
/// SAC's: "CEN-CENELEC Joint Technical Committee 21" is CEN/CENELEC JTC 21
/// and "ISO Technical Committee 204" ISO/TC 204 (a key pattern with `{}`
/// for the number, and where the name starts); "IEEE Joint Technical
/// Committee 9" names no committee this model knows (None for the key).
/// None when nothing foreign comes before.
pub(super) fn foreign_body(before: &str) -> Option<(usize, Option<&'static str>)> {
    let head = before.trim_end();
    let (head, joint) = match head.strip_suffix("Joint") {
        Some(h) => (h.trim_end(), true),
        None => (head, false),
    };
    let word_at = head
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == ',')
        .map_or(0, |i| i + 1);
    let word = &head[word_at..];
    let body = match word.to_ascii_uppercase().as_str() {
        "CEN-CENELEC" | "CEN/CENELEC" | "CEN-CLC" | "CEN/CLC" => Some("CEN/CENELEC JTC {}"),
        "ISO/IEC" if joint => Some("ISO/IEC JTC {}"),
        "ISO" | "IEC" | "ISO/IEC" if joint => None,
        "ISO" => Some("ISO/TC {}"),
        "IEC" => Some("IEC/TC {}"),
        "CEN" | "CENELEC" | "ETSI" | "IEEE" | "ITU" | "ITU-T" | "ASTM" | "ANSI" | "DIN" | "BSI"
        | "AFNOR" | "JISC" | "IEC/ISO" => None,
        _ if joint => None,
        _ => return None,
    };
    Some((if body.is_some() { word_at } else { 0 }, body))
}

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

/// "CCSA TC 5 and TC 9", "MIIT/TC 1, TC 2": a bare TC listed right after an
/// owned one has the same owner — unless SAC's committee of that number is
/// a known one ("CCSA TC 8 and TC 260": SAC/TC260).
pub(super) fn owner_from_list(text: &str, hits: &mut [CommitteeHit]) {
    for i in 1..hits.len() {
        let (before, rest) = hits.split_at_mut(i);
        let (prev, h) = (&before[i - 1], &mut rest[0]);
        if !(h.key.starts_with("SAC/TC") && h.written.starts_with("TC"))
            || prev.end > h.start
            || super::known_name(&h.key).is_some()
        {
            continue;
        }
        let Some((owner, _)) = prev.key.split_once("/TC") else {
            continue;
        };
        if owner == "SAC" || !owner.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        if crate::extract::text::is_list_gap(&text[prev.end..h.start]) {
            h.key = format!("{owner}{}", &h.key["SAC".len()..]);
        }
    }
}

/// Whether byte `i` of `s` starts a word.
fn is_word_start(s: &str, i: usize) -> bool {
    s[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && c != '/')
}

/// A TC written without its owner ("TC8", "Technical Committee 8") in a
/// document that names one other owner's TC of that number ("CCSA TC 8",
/// "MIIT/TC 1") and never SAC's: that committee ("The CCSA Technical
/// Committee 8 on Network and Data Security (TC8) ..." is CCSA/TC8, not
/// SAC/TC8).
pub(super) fn owner_from_document(hits: &mut [CommitteeHit]) {
    // "SAC/TC8/WG4" → ("SAC", "8", "/WG4").
    fn split(key: &str) -> Option<(&str, &str, &str)> {
        let (owner, rest) = key.split_once("/TC")?;
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        (n > 0).then(|| (owner, &rest[..n], &rest[n..]))
    }
    let unowned = |h: &CommitteeHit| {
        h.key.starts_with("SAC/TC")
            && (h.written.starts_with("TC") || h.written.starts_with("Technical Committee"))
    };
    if !hits.iter().any(unowned) {
        return;
    }
    let owned: Vec<(String, String)> = hits
        .iter()
        .filter(|h| !unowned(h) && !h.bare)
        .filter_map(|h| {
            let (owner, n, _) = split(&h.key)?;
            (matches!(owner, "SAC" | "MIIT" | "CCSA")
                || owner.bytes().all(|b| b.is_ascii_uppercase()))
            .then(|| (owner.to_owned(), n.to_owned()))
        })
        .collect();
    for h in hits.iter_mut().filter(|h| unowned(h)) {
        let Some((_, n, rest)) = split(&h.key) else {
            continue;
        };
        let mut owners = owned
            .iter()
            .filter(|(_, m)| m == n)
            .map(|(o, _)| o.as_str());
        let Some(first) = owners.next() else {
            continue;
        };
        if first != "SAC" && owners.all(|o| o == first) {
            h.key = format!("{first}/TC{n}{rest}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::find_committees;

    fn keys(text: &str) -> Vec<String> {
        find_committees(text).into_iter().map(|h| h.key).collect()
    }

    #[test]
    fn an_unowned_tc_takes_the_owner_the_document_gives_it() {
        let t = "CCSA TC 8 met. Technical Committee 8 on Network Security (TC8) and TC8 WG4 ...";
        // (A working group after a space is found on its own.)
        assert_eq!(keys(t), ["CCSA/TC8", "CCSA/TC8", "CCSA/TC8", "WG4"]);
        // Not when SAC's committee of that number is named too, nor when
        // two owners share the number.
        let t = "CCSA TC 8 and SAC/TC 8 met. TC8 ...";
        assert_eq!(keys(t), ["CCSA/TC8", "SAC/TC8", "SAC/TC8"]);
        let t = "CCSA TC 8 and MIIT/TC 8 met. TC8 ...";
        assert_eq!(keys(t), ["CCSA/TC8", "MIIT/TC8", "SAC/TC8"]);
        // A TC of another number stays SAC's when SAC's is a known one;
        // else it is listed with its owner's.
        assert_eq!(keys("CCSA TC 8 and TC 260 met."), ["CCSA/TC8", "SAC/TC260"]);
        assert_eq!(keys("CCSA TC 5 and TC 9 met."), ["CCSA/TC5", "CCSA/TC9"]);
    }
}
