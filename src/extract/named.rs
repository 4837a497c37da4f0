//! Committees the document names in full without their code: the same
//! committee as a code the document pairs the name with, or a committee
//! keyed by its name.

use super::homes::{is_wg_home, sole_key};
use super::{Cx, committees};
use committees::{CommitteeHit, known_name};

/// A committee the document names in full before its code ("the National
/// Technical Committee on Widget Batteries (SAC/TC 961)", "全国X标准化技术委员会
/// （SAC/TC 961）") and elsewhere by that name alone: each of those other
/// mentions is the committee too (the dictionary's names are found
/// anyway). `chits` are line-relative and stay sorted.
pub(super) fn named_again(cx: &Cx, chits: &mut Vec<(u32, CommitteeHit)>) -> Vec<(String, String)> {
    let mut learned: Vec<(String, String)> = Vec::new();
    for (n, h) in chits.iter() {
        if h.bare || known_name(&h.key).is_some() || committees::is_international(&h.key) {
            continue;
        }
        let Some(name) = committees::name_before(cx.doc.line(*n), h.start) else {
            continue;
        };
        let han = name.chars().filter(|c| !c.is_ascii()).count();
        let long = name.split_whitespace().count() >= 4 || han >= 6;
        if long
            && (name.contains("Committee") || name.ends_with("委员会"))
            && !learned.iter().any(|(x, _)| *x == name)
        {
            learned.push((name, h.key.clone()));
        }
    }
    if learned.is_empty() {
        return learned;
    }
    let text = cx.doc.text.as_str();
    let mut added = Vec::new();
    // (Each name's mentions found with a vectorized search; a shorter name
    // that starts a longer one is left to the longer, below.)
    let found = learned.iter().flat_map(|(name, key)| {
        memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).map(move |p| (p, name, key))
    });
    for (p, name, key) in found {
        let n = cx.doc.line_of(p);
        let start = p - cx.doc.line_start(n);
        let end = start + name.len();
        let line = cx.doc.line(n);
        // (Not inside a longer word — Chinese writes none apart —, nor
        // the mention that gave the code: the code right after it.)
        let word = |c: char| c.is_ascii_alphanumeric();
        let inside = line[..start].chars().next_back().is_some_and(word)
            || line[end..].chars().next().is_some_and(word);
        // (Nor the start of a longer name: "... on Widget Batteries and
        // Cells".)
        let longer = line[end..].strip_prefix(' ').is_some_and(|rest| {
            let rest = ["and ", "of ", "for ", "on ", "& "]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .unwrap_or(rest);
            rest.starts_with(|c: char| c.is_ascii_uppercase())
        });
        let coded = chits
            .iter()
            .any(|(m, c)| *m == n && c.start < end + 4 && c.end > start);
        if !inside && !longer && !coded {
            added.push((
                n,
                CommitteeHit {
                    start,
                    end,
                    key: key.clone(),
                    bare: false,
                    written: name.clone(),
                },
            ));
        }
    }
    if !added.is_empty() {
        chits.extend(added);
        chits.sort_by_key(|(n, h)| (*n, h.start));
    }
    learned
}

/// National committees named in full where neither the dictionary nor the
/// document gives their code (`learned`: the names the document pairs with
/// one): each is a committee keyed by its name. A name written right beside
/// a committee's code ("SAC/TC 888 — Name", "TC612 (the Name)", "SAC/TC 996
/// Name") is that committee's, here and wherever else the document uses it.
/// `chits` stay sorted.
pub(super) fn named_only(
    cx: &Cx,
    chits: &mut Vec<(u32, CommitteeHit)>,
    learned: &[(String, String)],
) {
    let bare = committees::compared_name;
    let mut learned: Vec<(String, String)> = learned
        .iter()
        .map(|(name, key)| (bare(name), key.clone()))
        .collect();
    let found: Vec<(u32, CommitteeHit)> = committees::lines_naming(cx.doc)
        .into_iter()
        .flat_map(|n| {
            committees::uncoded_in_line(cx.doc.line(n), &|_| false)
                .into_iter()
                .map(move |h| (n, h))
        })
        .filter(|(n, h)| {
            !chits
                .iter()
                .any(|(m, c)| m == n && c.start < h.end && h.start < c.end)
        })
        .collect();
    if found.is_empty() {
        return;
    }
    // Names beside a national committee's code.
    let beside = |n: u32, h: &CommitteeHit| {
        let line = cx.doc.line(n);
        let filler = |gap: &str| {
            let g = gap.trim_matches(|c: char| {
                c.is_whitespace()
                    || matches!(c, '(' | ')' | '（' | '）' | '—' | '–' | '-' | ':' | ',')
            });
            g.is_empty() || g == "the"
        };
        chits.iter().find_map(|(m, c)| {
            let gap = if c.end <= h.start {
                line.get(c.end..h.start)
            } else if h.end <= c.start {
                line.get(h.end..c.start)
            } else {
                None
            }?;
            (*m == n
                && !c.bare
                && gap.len() <= 8
                && is_wg_home(&c.key)
                && !committees::is_name_key(&c.key)
                && filler(gap))
            .then(|| c.key.clone())
        })
    };
    // A name under a label ("Chinese name: 全国X标准化技术委员会") at the
    // head of a page whose first lines name one national committee's code:
    // that committee's.
    let page_code = sole_key(
        chits
            .iter()
            .filter(|(m, c)| {
                *m <= HEAD_LINES
                    && !c.bare
                    && is_wg_home(&c.key)
                    && !committees::is_name_key(&c.key)
            })
            .map(|(_, c)| c.key.as_str()),
    );
    let labelled = |n: u32, h: &CommitteeHit| {
        let key = page_code.as_ref().filter(|_| n <= HEAD_LINES)?;
        is_name_label(&cx.doc.line(n)[..h.start]).then(|| key.clone())
    };
    // (The name beside its code is the same mention as the code.)
    let mut named_elsewhere = Vec::with_capacity(found.len());
    for (n, h) in found {
        let (key, own_mention) = match beside(n, &h) {
            Some(key) => (Some(key), false),
            // (A labelled name is a mention of its own.)
            None => (labelled(n, &h), true),
        };
        if let Some(key) = key
            && !learned.iter().any(|(x, _)| *x == bare(&h.key))
        {
            learned.push((bare(&h.key), key));
        }
        if own_mention {
            named_elsewhere.push((n, h));
        }
    }
    for (n, mut h) in named_elsewhere {
        let at = learned.iter().find(|(x, _)| *x == bare(&h.key));
        if let Some((_, key)) = at {
            h.key = key.clone();
        }
        chits.push((n, h));
    }
    chits.sort_by_key(|(n, h)| (*n, h.start));
}

/// The lines of a page's head, where its committee's own facts are listed.
const HEAD_LINES: u32 = 12;

/// Whether `before` (the start of a line up to a name) is a label for a
/// committee's name: "Chinese name:", "Full name:", "- **Name in
/// English**:", "中文名称：".
fn is_name_label(before: &str) -> bool {
    let label = before
        .trim()
        .trim_start_matches(['-', '*', '•', '|', '_', ' '])
        .trim_end_matches([':', '：', ' ', '*', '_']);
    let l = label.to_ascii_lowercase();
    before.trim_end().ends_with([':', '：'])
        && (matches!(
            l.as_str(),
            "name" | "full name" | "chinese name" | "english name" | "committee name"
        ) || l.starts_with("name in ")
            || ["中文名称", "英文名称", "名称", "委员会名称", "全称"].contains(&label))
}

#[cfg(test)]
mod tests {
    use super::is_name_label;

    #[test]
    fn name_labels() {
        assert!(is_name_label("Chinese name: "));
        assert!(is_name_label("- **Name in Chinese**: "));
        assert!(is_name_label("中文名称："));
        assert!(is_name_label("| Full name: "));
        // A label about something else, or no label.
        assert!(!is_name_label("Secretariat: "));
        assert!(!is_name_label("It was renamed the "));
        assert!(!is_name_label("Chinese name "));
    }
}
