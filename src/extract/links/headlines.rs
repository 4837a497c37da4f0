//! Headlines that paraphrase the instrument their story names in full:
//! "CAC releases draft Provisions on Minors' Online Data" over a story
//! about the "Provisions on the Protection of Minors' Online Data". The
//! headline's name (and the same title repeated in a table of contents or
//! a takeaway) is a mention of the story's instrument, not one of its own.

use super::place;
use crate::extract::instruments::InstrumentHit;
use crate::extract::{Cx, text};
use crate::model::{DocKind, Record};

/// Words a paraphrase may drop or add without naming something else.
const STOP: &[&str] = &[
    "the", "of", "on", "for", "and", "in", "a", "an", "to", "draft", "comments", "comment",
    "china", "chinese", "people's", "republic", "new",
];

/// The content words of a name, lower case.
fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

/// Rewrites each instrument hit on a record's title line (or on a line
/// repeating that title) whose name is a paraphrase of one the record's text
/// names in full — same type, every content word of the headline in the
/// full name — to name that instrument.
pub(super) fn resolve_headline_names(cx: &Cx, records: &[Record], hits: &mut [InstrumentHit]) {
    if records.is_empty() || hits.len() < 2 {
        return;
    }
    let lines: Vec<u32> = hits.iter().map(|h| place(cx, h.start).0).collect();
    // (A takeaway's heading is a title line too, its text part of the story.)
    let spans = |r: &Record| std::iter::once(r.lines).chain(r.summary_lines);
    // (An article's title is the headline of the whole text, not only of
    // the record its title line opens.)
    let last = cx.doc.line_count() as u32;
    let story = |r: &Record| {
        let whole = cx.doc.kind == DocKind::Article && r.ordinal == 1 && r.title == cx.doc.title;
        std::iter::once(if whole { (r.lines.0, last) } else { r.lines }).chain(r.summary_lines)
    };
    let mut full_words: Vec<Option<Vec<String>>> = vec![None; hits.len()];
    for i in 0..hits.len() {
        let n = lines[i];
        let r = records
            .iter()
            .find(|r| spans(r).any(|(a, _)| a == n))
            .or_else(|| {
                // A line repeating a title (a contents entry): outside
                // every record, short, read once.
                let line = cx.doc.line(n);
                if line.len() > 300 || cx.rec_of.get(n as usize).is_some_and(Option::is_some) {
                    return None;
                }
                let t = text::heading_text(line);
                records.iter().find(|r| {
                    r.title.len() >= 20
                        && !spans(r).any(|(a, b)| (a..=b).contains(&n))
                        && t.starts_with(r.title.as_str())
                })
            });
        let Some(r) = r else {
            continue;
        };
        let short = words(&hits[i].name);
        if short.len() < 2 {
            continue;
        }
        // "China Tightens Rules on Gadget Batteries" over the "Regulations
        // on the Safety Management of Gadget Batteries": "rules" is what a
        // headline calls any regulation, measures or provisions.
        let generic = hits[i].etype == "rules"
            && short.first().is_some_and(|w| w == "rules")
            && short.len() >= 3;
        let same_type = |t: &str| {
            t == hits[i].etype || generic && matches!(t, "regulation" | "measures" | "provisions")
        };
        let below = |j: usize| story(r).any(|(a, b)| lines[j] > a && lines[j] <= b);
        let in_story =
            |j: usize| below(j) && same_type(hits[j].etype) && hits[j].key != hits[i].key;
        let full = (0..hits.len())
            .find(|&j| {
                in_story(j) && {
                    let long = full_words[j].get_or_insert_with(|| words(&hits[j].name));
                    let own = if hits[j].etype == hits[i].etype { 0 } else { 1 };
                    short[own..].iter().all(|w| long.contains(w))
                }
            })
            .or_else(|| {
                // "Draft Amendment to the Widget Law" over a story about
                // the "Widget Law (Amendment Draft)": that draft.
                let law = ["Amendment to the ", "Amendments to the "]
                    .iter()
                    .find_map(|p| hits[i].name.strip_prefix(p))?;
                (0..hits.len()).find(|&j| {
                    below(j)
                        && hits[j].name.strip_prefix(law).is_some_and(|rest| {
                            rest.starts_with(" (")
                                && rest.contains("Draft")
                                && (rest.contains("Amendment") || rest.contains("Revis"))
                        })
                })
            })
            .or_else(|| {
                // "New Rules on Vehicle Data and the Standards Behind Them"
                // over a story naming one set of measures, the "Measures
                // for ... Connected Vehicle Data": a headline's loose
                // words, when two of its content words are in that name.
                if !generic {
                    return None;
                }
                let mut named = (0..hits.len()).filter(|&j| in_story(j));
                let j = named.next()?;
                let one = named.all(|k| hits[k].key == hits[j].key);
                let long = words(&hits[j].name);
                let shared = short[1..].iter().filter(|w| long.contains(w)).count();
                (one && shared >= 2).then_some(j)
            });
        if let Some(j) = full {
            hits[i].key = hits[j].key.clone();
            hits[i].name = hits[j].name.clone();
            hits[i].etype = hits[j].etype;
            full_words[i] = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words() {
        assert_eq!(
            words("Provisions on the Protection of Minors’ Online Data (Draft for Comments)"),
            ["provisions", "protection", "minors'", "online", "data"]
        );
    }
}
