//! A sentence that counts standards without naming them, followed by the
//! standards it counts: "SAMR approved and published three mandatory
//! national standards, which will take effect on 1 June 2030." then
//! "Among them, GB 1-2029 ... GB 2-2029 ... GB 3-2029 ...". The stage and
//! the dates the sentence gives are those of each standard the record names
//! after it — when it names exactly as many as the sentence counts (a count
//! that does not match names some other set).

use super::patterns::{EFFECTIVE, status_of};
use super::subjects::{number_word, standards_after, unnamed_sentences};
use super::{Cat, LineHits};
use crate::extract::{Cx, dates};
use crate::model::builder::EntityDraft;
use crate::model::{DatedFact, Record};
use regex::Regex;
use std::sync::LazyLock;

/// "three mandatory national standards", "12 industry standards": a count,
/// up to three words, then "standards".
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    super::patterns::re(
        r"(?i)(?-u:\b)(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:[a-z-]+\s+){0,3}standards(?-u:\b)",
    )
});

/// How many standards `sent` counts.
fn count_of(sent: &str) -> Option<usize> {
    let n = COUNT.captures(sent)?.name("n")?.as_str();
    n.parse().ok().or_else(|| number_word(n))
}

/// Reads line `n` of record `r` (named `raw`, naming no standard): each
/// sentence that counts standards and gives a stage or a date.
pub(super) fn counted_sentence(
    cx: &mut Cx,
    (raw, n): (&str, u32),
    r: &Record,
    by_line: &LineHits,
    year: Option<i32>,
) {
    // (Not a headline: "SAMR approves three standards" over the story that
    // says they were approved and published.)
    if !raw.contains("standards")
        || n == r.lines.0
        || raw.trim_start().starts_with('#')
        || by_line
            .get(&n)
            .is_some_and(|v| v.iter().any(|h| h.cat == Cat::Standard))
    {
        return;
    }
    for (_, sent) in unnamed_sentences(raw, &[]) {
        let Some(k) = count_of(sent) else { continue };
        let status = status_of(sent);
        // (The effective date, and where its phrase starts.)
        let effective = EFFECTIVE.find(sent).and_then(|e| {
            dates::first_date(&sent[e.end()..], year)
                .filter(|d| d.start < 30)
                .map(|d| (d.date, e.start()))
        });
        if status.is_none() && effective.is_none() {
            continue;
        }
        // (The release date: one before the effective phrase.)
        let released = matches!(status, Some("published" | "approved"))
            .then(|| {
                let upto = effective.map_or(sent.len(), |(_, at)| at);
                dates::first_date(&sent[..upto], year)
            })
            .flatten();
        let mut after = standards_after(cx, by_line, r, n);
        let mut seen = rustc_hash::FxHashSet::default();
        after.retain(|(s, _)| seen.insert(s.clone()));
        if after.len() != k {
            continue;
        }
        for (s, _) in after {
            let mut d = EntityDraft::new(s.0, s.1, "");
            d.status = status.map(str::to_owned);
            if let Some(rel) = released {
                d.dates.push(DatedFact {
                    date: rel.date,
                    what: "released".into(),
                });
            }
            if let Some((date, _)) = effective {
                d.dates.push(DatedFact {
                    date,
                    what: "effective".into(),
                });
            }
            cx.add(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_of_standards() {
        assert_eq!(
            count_of("SAMR approved three mandatory national standards, which"),
            Some(3)
        );
        assert_eq!(count_of("MIIT released 12 industry standards."), Some(12));
        assert_eq!(count_of("Two standards were approved"), Some(2));
        assert_eq!(count_of("the standards of three ministries"), None);
    }
}
