//! Meeting agendas: numbered sessions ("I. Plenary Session", "II. WG5
//! (Cybersecurity Assessment)") or timed ones ("09:30–10:30 Report on ...",
//! under day headings such as "Day 2 — 15 October 2026"); the preamble and
//! boilerplate are not records.

use super::headings::{boilerplate_start, clean_title, last_nonblank, segment_generic, text_span};
use super::{Lines, Span};
use crate::extract::dates;
use crate::extract::text::strip_markup;

fn is_session(raw: &str) -> bool {
    let t = strip_markup(raw);
    let b = t.as_bytes();
    let roman = b
        .iter()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
        .count();
    roman > 0
        && roman <= 5
        && b.get(roman) == Some(&b'.')
        && b.get(roman + 1) == Some(&b' ')
        && t.len() < 160
}

/// A session that opens with its time or time range: the title after it
/// ("09:30–10:30 Report on X" → "Report on X").
/// (A table's row, "| 09:30–10:30 | WG 1 (Widgets) | Review of ... |":
/// the session's title is its second cell.)
pub(super) fn timed_session(raw: &str) -> Option<&str> {
    let row = raw.trim_start().starts_with('|');
    let t = raw.trim_start_matches(['*', ' ', '\t', '|']);
    let mut rest = &t[dates::clock_time_len(t)?..];
    let r = rest.trim_start();
    if let Some(r) = r.strip_prefix(['–', '-', '—']) {
        let r = r.trim_start();
        if let Some(n) = dates::clock_time_len(r) {
            rest = &r[n..];
        }
    }
    let mut title = rest.trim_start_matches([' ', '\t', '|', ':', '*']).trim();
    if row {
        title = title[..title.find('|').unwrap_or(title.len())].trim();
    }
    (title.chars().count() >= 3).then_some(title)
}

/// A day's heading in a timed agenda: short, and naming a day or a date
/// ("Day 1 — 14 October 2026", "Tuesday, 15 October").
fn day_heading(raw: &str) -> bool {
    let t = strip_markup(raw);
    let t = t.trim();
    let l = t.to_ascii_lowercase();
    (3..=60).contains(&t.len())
        && !t.starts_with(['-', '•', '*'])
        && (l.starts_with("day ")
            || [
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
            ]
            .iter()
            .any(|d| l.starts_with(d))
            || dates::date_at_start(t, Some(2000)).is_some_and(|m| m.end + 2 >= t.len()))
}

/// A pause in a programme, not a session: "Lunch", "Coffee break", "Group
/// photo".
fn is_break(title: &str) -> bool {
    let l = title.trim().trim_end_matches('.').to_ascii_lowercase();
    matches!(
        l.as_str(),
        "lunch"
            | "lunch break"
            | "break"
            | "coffee break"
            | "tea break"
            | "coffee"
            | "group photo"
            | "dinner"
            | "registration"
            | "午餐"
            | "茶歇"
            | "合影"
            | "签到"
    )
}

/// An agenda of timed sessions, each under the day heading before it.
fn timed(lines: &Lines, end: usize) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut day: Option<String> = None;
    let mut open: Option<(usize, String)> = None;
    let close = |out: &mut Vec<Span>,
                 open: &mut Option<(usize, String)>,
                 stop: usize,
                 day: &Option<String>| {
        if let Some((start, title)) = open.take() {
            out.push(Span {
                title,
                section: day.clone(),
                category: day.clone(),
                start: start as u32 + 1,
                end: last_nonblank(lines, start, stop) as u32 + 1,
                summary: None,
            });
        }
    };
    for i in 0..end {
        if let Some(t) = timed_session(lines.raw[i]) {
            close(&mut out, &mut open, i, &day);
            let title = clean_title(t).trim_end_matches(':').to_owned();
            // ("12:00 Lunch": a break is no session.)
            if !is_break(&title) {
                open = Some((i, title));
            }
        } else if day_heading(lines.raw[i]) && open.as_ref().is_none_or(|o| o.0 < i) {
            close(&mut out, &mut open, i, &day);
            day = Some(clean_title(lines.raw[i]));
        }
    }
    close(&mut out, &mut open, end, &day);
    out
}

/// Segments an agenda into its sessions.
pub(crate) fn segment(lines: &Lines) -> Vec<Span> {
    let end = boilerplate_start(lines, 0);
    let heads: Vec<usize> = (0..end).filter(|&i| is_session(lines.raw[i])).collect();
    if heads.is_empty() {
        if (0..end)
            .filter(|&i| timed_session(lines.raw[i]).is_some())
            .count()
            >= 2
        {
            return timed(lines, end);
        }
        return segment_generic(lines, 0, true);
    }
    heads
        .iter()
        .enumerate()
        .map(|(k, &h)| text_span(lines, h, heads.get(k + 1).copied().unwrap_or(end)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_by_roman_numerals() {
        let text = "Agenda of TC 99 Week\n\nPreamble text.\n\nI. Plenary\n\nTime: 1 May\n\nII. WG2 (Testing)\n\n- 20241234-T-999 Foo\n\nIntroduction of ACME Project\n\nBoilerplate.\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline(&spans);
        assert_eq!(t, [("Plenary", 5, 7), ("WG2 (Testing)", 9, 11)]);
    }

    #[test]
    fn timed_sessions_under_their_days() {
        let text = "Plenary of TC 99 — Agenda\n\nDate: 14–15 May 2027\n\nDay 1 — 14 May 2027\n\n\
                    09:00–09:30 Opening\n10:30–12:00 WG 1 (Widgets) — review of drafts:\n  • GB/T 1-XXXX Widgets\n\n\
                    Day 2 — 15 May 2027\n\n9:00 - 12:00 Joint session with TC 98\n";
        let spans = segment(&Lines::new(text));
        let t = crate::ingest::segment::outline_sections(&spans);
        assert_eq!(
            t,
            [
                ("Opening", Some("Day 1 — 14 May 2027"), 7, 7),
                (
                    "WG 1 (Widgets) — review of drafts",
                    Some("Day 1 — 14 May 2027"),
                    8,
                    9
                ),
                (
                    "Joint session with TC 98",
                    Some("Day 2 — 15 May 2027"),
                    13,
                    13
                )
            ]
        );
        // Each session is dated by its day, not by the day's number.
        assert_eq!(
            crate::ingest::segment::section_date("Day 2 — 15 May 2027", None)
                .map(|d| d.to_string()),
            Some("2027-05-15".into())
        );
        assert_eq!(timed_session("14:00 Closing"), Some("Closing"));
        assert_eq!(
            timed_session("| 09:30–10:30 | WG 1 (Widgets) | Review of GB/T 1 |"),
            Some("WG 1 (Widgets)")
        );
        assert_eq!(timed_session("2026:10 nothing"), None);
        assert!(day_heading("Tuesday, 15 October"));
        assert!(!day_heading(
            "Daybreak of widgets and gadgets in the market"
        ));
    }
}
