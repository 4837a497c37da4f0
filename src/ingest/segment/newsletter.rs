//! Newsletters: an index (table of contents with page numbers) names the
//! sections and articles; the body repeats those titles as headings, after
//! an optional "Takeaways" block that summarizes some articles again.
//!
//! The index titles are located in the body by fuzzy matching (titles
//! drift: markup, broken lines, list numbers, singular/plural). Each
//! takeaway is linked to its full article, so no item is counted twice.

use super::headings::{
    boilerplate_start, category_after, clean_title, find_headings, is_heading_like_stripped,
    last_nonblank, md_level, segment_generic, spans_from_anchors,
};
use super::{Lines, Span};
use crate::extract::dates;
use crate::extract::text::{
    Bigrams, dice_at_least, heading_text, norm_key, split_hashtag, strip_markup,
};
use crate::model::PartialDate;
use std::cell::OnceCell;

/// An index entry: its title and normalized key.
#[derive(Clone, Debug)]
pub(crate) struct TocEntry {
    pub key: String,
    /// Its bigrams, built when a heading is first compared with it.
    pub grams: OnceCell<Bigrams>,
}

/// The index: its entries and the line after it (where the body starts).
pub(crate) struct Toc {
    pub entries: Vec<TocEntry>,
    pub body_start: usize,
}

const TOC_WORDS: &[&str] = &["index", "contents", "tableofcontents", "inthisissue"];
const SUMMARY_WORDS: &[&str] = &[
    "takeaways",
    "keytakeaways",
    "highlights",
    "summary",
    "inbrief",
    "executivesummary",
];

fn toc_entry(raw: &str) -> Option<String> {
    let t = strip_markup(raw);
    let (title, page) = t.rsplit_once(' ')?;
    let ok =
        page.len() <= 3 && page.bytes().all(|b| b.is_ascii_digit()) && !title.trim().is_empty();
    ok.then(|| heading_text(title))
}

/// Finds an index: a line "Index"/"Contents" followed by entries ending in
/// page numbers.
pub(crate) fn find_toc(lines: &Lines) -> Option<Toc> {
    let scan = lines.len().min(200);
    let at = (0..scan).find(|&i| {
        lines.raw[i].len() < 60
            && TOC_WORDS.contains(&norm_key(&heading_text(lines.raw[i])).as_str())
    })?;
    let mut entries = Vec::new();
    let mut i = at + 1;
    let mut last = at;
    while i < lines.len() {
        if lines.blank(i) {
            if i > last + 3 && !entries.is_empty() {
                break;
            }
            i += 1;
            continue;
        }
        match toc_entry(lines.raw[i]) {
            Some(title) => {
                let key = norm_key(&title);
                entries.push(TocEntry {
                    grams: OnceCell::new(),
                    key,
                });
                last = i;
            }
            None => break,
        }
        i += 1;
    }
    (entries.len() >= 2).then_some(Toc {
        entries,
        body_start: last + 1,
    })
}

/// The comparison key of line `i` if it is heading-like.
fn line_key(lines: &Lines, i: usize) -> Option<String> {
    let raw = lines.raw[i];
    let r = raw.trim_end();
    if r.len() > 400 || r.ends_with(['.', ',', ';', ':']) || r.is_empty() {
        return None;
    }
    let t = lines.stripped(i);
    if !is_heading_like_stripped(raw, t) {
        return None;
    }
    Some(norm_key(split_hashtag(&heading_text(t)).0))
}

/// Whether body line `i` (maybe joined with the next line) is the heading
/// titled `key`, given every line's precomputed key. Returns the last line
/// the heading occupies.
fn heading_match(
    lines: &Lines,
    keys: &[Option<String>],
    grams: &[OnceCell<Bigrams>],
    i: usize,
    e: &TocEntry,
) -> Option<usize> {
    let own = keys[i].as_deref()?;
    let key = e.key.as_str();
    if own.len() < 3 || key.len() < 3 {
        return None;
    }
    if own == key
        || (own.chars().take(8).eq(key.chars().take(8))
            && grams[i]
                .get_or_init(|| Bigrams::new(own))
                .dice(e.grams.get_or_init(|| Bigrams::new(&e.key)))
                >= 0.8)
    {
        return Some(i);
    }
    // A heading broken over two lines.
    let prefix = own.char_indices().nth(8).map_or(own, |(b, _)| &own[..b]);
    if own.len() < key.len() && key.starts_with(prefix) {
        let n = lines.next_nonblank(i + 1, 3)?;
        let next = norm_key(split_hashtag(&heading_text(lines.raw[n])).0);
        if dice_at_least(&format!("{own}{next}"), key, 0.85) {
            return Some(n);
        }
    }
    None
}

/// Segments a newsletter.
pub(crate) fn segment(lines: &Lines) -> Vec<Span> {
    let Some(toc) = find_toc(lines) else {
        return segment_generic(lines, 0, true);
    };
    let end = boilerplate_start(lines, toc.body_start);
    let keys: Vec<Option<String>> = (0..lines.len())
        .map(|i| {
            if i >= toc.body_start && i < end {
                line_key(lines, i)
            } else {
                None
            }
        })
        .collect();
    let grams: Vec<OnceCell<Bigrams>> = (0..lines.len()).map(|_| OnceCell::new()).collect();
    // Candidate lines by the first 8 letters of their key: a heading can
    // only match an entry that starts the same way.
    let prefix = |k: &str| k.chars().take(8).collect::<String>();
    let mut by_prefix: rustc_hash::FxHashMap<String, Vec<usize>> = rustc_hash::FxHashMap::default();
    for (i, k) in keys.iter().enumerate() {
        if let Some(k) = k {
            by_prefix.entry(prefix(k)).or_default().push(i);
        }
    }
    // Every place each entry's title stands as a heading.
    let occ: Vec<Vec<(usize, usize)>> = toc
        .entries
        .iter()
        .map(|e| {
            let cands = by_prefix
                .get(&prefix(&e.key))
                .map_or(&[][..], Vec::as_slice);
            cands
                .iter()
                .filter_map(|&i| heading_match(lines, &keys, &grams, i, e).map(|j| (i, j)))
                .collect()
        })
        .collect();
    let summary_idx = toc
        .entries
        .iter()
        .position(|e| SUMMARY_WORDS.contains(&e.key.as_str()));

    // The takeaways block runs from its heading to the earliest of the last
    // occurrences of the entries after it.
    let mut block: Option<(usize, usize)> = None;
    let mut first_entry = 0;
    if let Some(s) = summary_idx
        && let Some(&(at, _)) = occ[s].first()
    {
        let stop = occ[s + 1..]
            .iter()
            .filter_map(|o| o.last().map(|x| x.0))
            .filter(|&x| x > at)
            .min()
            .unwrap_or(end);
        block = Some((at, stop));
        first_entry = s + 1;
    }

    // Anchors in index order, each after the previous one.
    let mut cursor = block.map_or(toc.body_start, |b| b.1);
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    for o in &occ[first_entry..] {
        if let Some(&hit) = o.iter().find(|h| h.0 >= cursor) {
            anchors.push(hit);
            cursor = hit.1 + 1;
        }
    }
    if anchors.is_empty() {
        return segment_generic(lines, toc.body_start, true);
    }

    // A heading followed directly by another heading is a section.
    let mut sections: Vec<(usize, String)> = Vec::new();
    let mut articles: Vec<usize> = Vec::new();
    for (k, &(a, last)) in anchors.iter().enumerate() {
        let next = anchors.get(k + 1).map_or(end, |n| n.0);
        let tag = category_after(lines, a).map(|c| c.1);
        let body = (last + 1..next).any(|i| !lines.blank(i) && Some(i) != tag);
        if body {
            articles.push(a);
        } else {
            sections.push((a, clean_title(lines.raw[a])));
        }
    }
    markdown_sections(
        lines,
        &anchors,
        &articles,
        (block.map_or(toc.body_start, |b| b.1), end),
        &mut sections,
    );
    let mut spans = spans_from_anchors(lines, &articles, end, &sections);
    for (span, &(a, last)) in spans
        .iter_mut()
        .zip(anchors.iter().filter(|x| articles.contains(&x.0)))
    {
        if last > a {
            let joined = format!("{} {}", lines.raw[a], lines.raw[last]);
            span.title = clean_title(&joined);
        }
    }
    if let Some((at, stop)) = block {
        link_takeaways(lines, at, stop, &mut spans);
    }
    spans
}

/// Links each takeaway to its article: by title, else by the date it
/// opens with (the article with the same first date and the closest
/// title). An unmatched takeaway becomes a record of its own.
fn link_takeaways(lines: &Lines, at: usize, stop: usize, spans: &mut Vec<Span>) {
    let section = clean_title(lines.raw[at]);
    let heads = find_headings(lines, at + 1, stop);
    let titles: Vec<Bigrams> = spans
        .iter()
        .map(|s| Bigrams::new(&norm_key(&s.title)))
        .collect();
    let mut first_dates: Vec<Option<PartialDate>> = Vec::new();
    let mut extra = Vec::new();
    for (k, &h) in heads.iter().enumerate() {
        let last = last_nonblank(lines, h, heads.get(k + 1).copied().unwrap_or(stop));
        let key = Bigrams::new(&norm_key(&clean_title(lines.raw[h])));
        // Scores of 0.6 and more, or -1 where the lengths already rule that
        // out; for the first look (0.8 and more) only where a cheap bound
        // allows it.
        let score = |t: &Bigrams, min: f64| {
            if t.dice_bound(&key) >= 0.6 && t.dice_upper(&key) >= min {
                t.dice(&key)
            } else {
                -1.0
            }
        };
        let by_title = best(titles.iter().map(|t| score(t, 0.8)), 0.8);
        let scores: Vec<f64> = if by_title.is_some() {
            Vec::new()
        } else {
            titles.iter().map(|t| score(t, 0.0)).collect()
        };
        let found = by_title.or_else(|| {
            let mine = first_date(lines, h + 1, last + 1)?;
            if first_dates.is_empty() {
                first_dates = spans
                    .iter()
                    .map(|s| first_date(lines, s.start as usize, s.end as usize))
                    .collect();
            }
            let same = scores.iter().enumerate().map(|(i, &sc)| {
                if first_dates[i] == Some(mine) {
                    sc
                } else {
                    -1.0
                }
            });
            best(same, 0.0)
        });
        // Reworded titles ("SAMR Answers Questions" / "SAMR Publishes Q&A").
        let found = found.or_else(|| best(scores.iter().copied(), 0.6));
        match found {
            Some(i) if spans[i].summary.is_none() => {
                spans[i].summary = Some((h as u32 + 1, last as u32 + 1));
            }
            _ => extra.push(Span {
                title: clean_title(lines.raw[h]),
                section: Some(section.clone()),
                category: Some(section.clone()),
                start: h as u32 + 1,
                end: last as u32 + 1,
                summary: None,
            }),
        }
    }
    if !extra.is_empty() {
        extra.append(spans);
        *spans = extra;
    }
}

fn best(scores: impl Iterator<Item = f64>, min: f64) -> Option<usize> {
    scores
        .enumerate()
        .filter(|(_, s)| *s >= min)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// The first full date in lines `from..to` (a few lines at most).
fn first_date(lines: &Lines, from: usize, to: usize) -> Option<PartialDate> {
    (from..to.min(from + 6).min(lines.len()))
        .find_map(|i| dates::first_date(lines.raw[i], None))
        .map(|m| m.date)
}

/// Markdown headings of a higher level than the articles' ("## Digital
/// Transition" above "### Title") that the index does not list are
/// sections too; a category line under an article is not one.
fn markdown_sections(
    lines: &Lines,
    anchors: &[(usize, usize)],
    articles: &[usize],
    (from, end): (usize, usize),
    sections: &mut Vec<(usize, String)>,
) {
    let Some(level) = articles
        .first()
        .map(|&a| md_level(lines.raw[a]))
        .filter(|&l| l >= 2)
    else {
        return;
    };
    let tags: Vec<usize> = articles
        .iter()
        .filter_map(|&a| category_after(lines, a).map(|c| c.1))
        .collect();
    let before = sections.len();
    for i in from..end {
        let l = md_level(lines.raw[i]);
        if l >= 1
            && l < level
            && !tags.contains(&i)
            && !anchors.iter().any(|x| x.0 <= i && i <= x.1)
            && !sections.iter().any(|s| s.0 == i)
        {
            sections.push((i, clean_title(lines.raw[i])));
        }
    }
    if sections.len() > before {
        sections.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "Bulletin\n\nIndex\n\nTakeaways\t2\nPolicy\t3\nMinistry Issues Plan on Robots\t3\nTC 99 Releases Draft on Sensors\t4\n\nTakeaways\n\nMinistry Issues Plan on Robots\n\nOn 2 May 2024, the Ministry issued a plan on robots with many goals in a summary paragraph.\n\nPolicy\n\nMinistry Issues Plan on Robots #Robots\n\nOn 2 May 2024, the Ministry issued a plan on robots with many goals described in the full article.\n\nTC 99 Releases Draft on **Sensors**\n\nOn 9 May 2024, TC 99 released a draft standard on sensors for comments until 9 June 2024 and more.\n\nAbbreviations\n\nTC Technical Committee\n";

    #[test]
    fn index_sections_articles_and_takeaways() {
        let lines = Lines::new(SAMPLE);
        let toc = find_toc(&lines).unwrap();
        assert_eq!(toc.entries.len(), 4);
        let spans = segment(&lines);
        let titles: Vec<_> = spans.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Ministry Issues Plan on Robots",
                "TC 99 Releases Draft on Sensors"
            ]
        );
        assert_eq!(spans[0].section.as_deref(), Some("Policy"));
        assert_eq!(spans[0].category.as_deref(), Some("Robots"));
        assert_eq!(spans[0].summary, Some((12, 14)));
        assert_eq!((spans[0].start, spans[0].end), (18, 20));
        // The last article stops before the abbreviations table.
        assert_eq!(spans[1].end, 24);
    }

    #[test]
    fn markdown_headings_above_the_articles_are_sections() {
        let text = "# Widget Bulletin\n\n## Contents\n1. Plan on Robots ........ 2\n2. Draft on Sensors ........ 3\n3. Forum on Gadgets ........ 4\n\n## Policy Watch\n\n### Plan on Robots\nOn 2 May 2027, the ministry issued the Plan on Robots.\n\n## Industry\n\n### Draft on Sensors\nOn 3 May 2027, TC 99 released a draft.\n\n### Forum on Gadgets\nOn 4 May 2027, the Gadget Forum was held in Wuhan.\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline_sections(&spans);
        assert_eq!(
            t,
            [
                ("Plan on Robots", Some("Policy Watch"), 10, 11),
                ("Draft on Sensors", Some("Industry"), 15, 16),
                ("Forum on Gadgets", Some("Industry"), 18, 19)
            ]
        );
    }
}
