//! Committees placed: each code drafted under its key, a bare working
//! group under the committee of its line, record or document, and the
//! committee each agenda session is about.

use super::homes::{Homes, is_wg_home};
use super::{Cx, committees, links};
use crate::model::Record;
use committees::{CommitteeHit, known_name};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// Every committee named, with its key: (line, start, end, key).
pub(super) type Placed = Vec<(u32, usize, usize, String)>;

/// Drafts the committees named (`chits`, line-relative), a bare one under
/// its context; returns them placed and the committee of each session.
pub(super) fn place_committees(
    cx: &mut Cx,
    chits: &[(u32, CommitteeHit)],
    records: &[Record],
    homes: &Homes,
) -> (Placed, BTreeMap<u32, String>) {
    let Homes {
        doc_home,
        rec_home,
        intl_home,
        heading_lines,
        ..
    } = homes;
    // Pass 2: committees, with bare WGs placed under their context.
    let mut session_committee: BTreeMap<u32, String> = BTreeMap::new();
    // Every committee named, with its key (a bare one under its context).
    let mut placed: Vec<(u32, usize, usize, String)> = Vec::with_capacity(chits.len());
    // A bare SC that the document also names in full ("ISO/IEC JTC 1/SC 27
    // ... trends of SC 27") is that one.
    let named_sc: FxHashMap<String, &str> = chits
        .iter()
        .filter(|(_, h)| !h.bare)
        .filter_map(|(_, h)| {
            let last = h.key.rsplit('/').next()?;
            last.starts_with("SC")
                .then(|| (last.replace(' ', ""), h.key.as_str()))
        })
        .rev()
        .collect();
    for (n, h) in chits {
        let line = cx.doc.line(*n);
        let ord = cx.rec_of[*n as usize];
        if h.bare {
            // A working group right after its committee on the same line
            // ("SAC/TC 260 — data security (WG 5)") is that committee's.
            // (Written in full, close before it in the same clause.)
            let same_line = chits
                .iter()
                .filter(|_| h.key.contains("WG"))
                .rfind(|(m, c)| m == n && !c.bare && c.end <= h.start)
                .filter(|(_, c)| {
                    let gap = &line[c.end..h.start];
                    is_wg_home(&c.key)
                        && gap.len() <= 60
                        && !gap.contains(". ")
                        && !gap.contains(" and ")
                })
                .map(|(_, c)| c.key.clone());
            let home = same_line
                .as_ref()
                .or_else(|| ord.and_then(|o| rec_home.get(&o)))
                .or(doc_home.as_ref());
            // A working group named before the subcommittee its record is
            // mostly about, after that subcommittee's TC ("SAC/TC 777 ...
            // set up a new working group (WG 6). SAC/TC 777/SC 2 ..."): the
            // TC's.
            let home = home.map(|home| -> &str {
                let before: Vec<&str> = placed
                    .iter()
                    .rev()
                    .take_while(|p| ord.is_some() && cx.rec_of[p.0 as usize] == ord)
                    .map(|p| p.3.as_str())
                    .collect();
                if before.contains(&home.as_str()) {
                    return home.as_str();
                }
                before
                    .iter()
                    .find(|k| home.starts_with(&format!("{k}/")) && k.contains('/'))
                    .map_or(home.as_str(), |k| *k)
            });
            let full = named_sc.get(&h.key).map(|k| (*k).to_owned()).or_else(|| {
                let intl = intl_home.get(&ord?)?;
                let digits = h.key.strip_prefix("WG")?;
                Some(format!("{intl}/WG {digits}"))
            });
            let Some(key) =
                full.or_else(|| home.and_then(|home| committees::place_bare(home, &h.key)))
            else {
                continue;
            };
            cx.committee(
                &key,
                Some(&h.written),
                committees::wg_name(line, h.end),
                *n,
                h.start,
                true,
            );
            // The heading of a session names the committee the session is about.
            if let Some(o) = ord
                && heading_lines.contains(&(o, *n))
            {
                session_committee.insert(o, key.clone());
            }
            placed.push((*n, h.start, h.end, key));
        } else {
            // A full name written before the code, when the dictionary has none.
            // (or in parentheses after it: "SAC/TC 999 (National Technical
            // Committee on Widget Technology)").
            let name = known_name(&h.key)
                .is_none()
                .then(|| {
                    // (or after a dash: "SAC/TC 485 — National Technical
                    // Committee on Communication Standardization").
                    // A working group's code: its name in parentheses is
                    // its topic ("SAC/TC 28/SC 42/WG 8 (Agents)").
                    // So is an international committee's ("ISO/TC 993
                    // (Gadgets)"), as ISO titles its committees.
                    let wg = h.key.rsplit('/').next().is_some_and(|l| l.contains("WG"));
                    // (A subcommittee listed with its topic: "- SAC/TC 999/SC
                    // 1 Widget terminals".)
                    let sc = h
                        .key
                        .rsplit('/')
                        .next()
                        .is_some_and(|l| l.starts_with("SC"))
                        && h.key.contains('/');
                    let intl = committees::is_international(&h.key);
                    committees::name_before(line, h.start).or_else(|| {
                        let own = committees::wg_name(line, h.end);
                        if sc && let Some(n) = own.as_ref().filter(|n| !n.contains(['/', '|'])) {
                            return Some(n.clone());
                        }
                        own.or_else(|| committees::name_after_dash(line, h.end))
                            .filter(|n| {
                                wg || intl && !n.contains(['/', ','])
                                    || ["Committee", "Subcommittee", "Working Group"]
                                        .iter()
                                        .any(|k| n.contains(k))
                            })
                    })
                })
                .flatten();
            cx.committee(&h.key, Some(&h.written), name, *n, h.start, false);
            placed.push((*n, h.start, h.end, h.key.clone()));
        }
    }

    // A session headed by a working group known by name ("Session 2:
    // Working Group on Large Models") is about that group.
    for r in records {
        if let Some(home) = rec_home.get(&r.ordinal)
            && !session_committee.contains_key(&r.ordinal)
            && let [(_, name)] =
                links::committee_rules::working_groups_named(cx.doc.line(r.lines.0)).as_slice()
        {
            session_committee.insert(r.ordinal, format!("{home}/WG {name}"));
        }
    }
    (placed, session_committee)
}
