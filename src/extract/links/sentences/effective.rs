//! When what a sentence names takes effect: "effective January 1, 2026",
//! "... will take effect six months after its release", "on the same day
//! as the Measures" — for the instrument it names or refers back to, or
//! the standards it counts or refers to.

use super::Said;
use crate::extract::Cx;
use crate::extract::dates;
use crate::extract::lag::{Lag, alongside, lag_after};
use crate::extract::links::patterns::*;
use crate::extract::links::standards;
use crate::extract::links::subjects::{
    implausible, one_standard, opening_head, plural_standards, pronoun_instrument,
    referred_instrument, relative_gap, standards_after, standards_before, topic_standard,
};
use crate::model::DatedFact;
use crate::model::builder::{EntityDraft, EntityRef};

/// Effective dates of instruments: "effective January 1, 2026".
/// (Or relative to the release: "... will take effect six months after its
/// release", dated once the release date is known.)
/// `about_standards`: the sentence is about standards, named or not
/// ("Both standards will take effect ..."), so it does not date the
/// record's instrument.
pub(super) fn effective_dates(cx: &mut Cx, s: &Said, about_standards: &dyn Fn() -> bool) {
    let Said {
        sent,
        at: a,
        raw,
        hits,
        n,
        instruments,
        sent_standards,
        they,
        main,
        year,
        by_line,
        r,
        ..
    } = *s;
    let rel = |h: &crate::extract::links::Hit| s.rel(h);
    let evidence = s.evidence;
    if let Some(e) = EFFECTIVE.find(sent)
        && let Some((when, d_end)) = dates::first_date(&sent[e.end()..], year)
            .filter(|d| d.start < 30)
            .map(|d| (When::On(d.date), d.end))
            .or_else(|| lag_after(&sent[e.end()..]).map(|(l, len)| (When::After(l), len)))
            .or_else(|| {
                // ("It will take effect on the same day as the Measures".)
                let k = alongside(&sent[e.end()..])?;
                let at = a + e.end() + k;
                let other = standards::instrument_at(cx, raw, hits, at, main)?;
                Some((When::With(other), k))
            })
    {
        if let When::On(date) = when {
            implausible(cx, &sent[..e.start()], e.as_str(), date, n, &evidence());
        }
        // Not an instrument named as the basis or the supported one
        // ("The Measures were formulated in accordance with the X Law
        // and will take effect ...": the Measures take effect).
        let objects_from = [&*LEGAL_BASIS_PHRASE, &*SUPPORT_PHRASE]
            .iter()
            .filter_map(|p| p.find(&sent[..e.start()]).map(|m| m.start()))
            .min()
            .unwrap_or(e.start());
        // "... builds on the X Regulations, which took effect on D": the
        // instrument the relative clause follows.
        // (Or set off right after it: "the X Measures, effective 1
        // September 2025, together with GB ...".)
        let which = instruments.iter().rev().find(|h| {
            rel(h) + (h.end - h.start) <= e.start() && {
                let gap = &sent[rel(h) + (h.end - h.start)..e.start()];
                relative_gap(gap) || gap.trim() == ","
            }
        });
        let subject = which
            .or_else(|| instruments.iter().rev().find(|h| rel(h) < objects_from))
            .map(|h| h.r.clone())
            .or_else(|| {
                // ("The CAC issued the X Measures on D. It takes effect on
                // D2.": the instrument of the sentence before.)
                // ("The Measures will take effect ..." in a record that
                // first names other guidelines: the Measures.)
                if let Some(it) = pronoun_instrument(raw, a, hits) {
                    Some(it)
                } else if about_standards() {
                    None
                } else if opening_head(sent).is_some() {
                    referred_instrument(cx, sent, main)
                } else {
                    main.cloned()
                }
            });
        // "Both standards will take effect on ...": the standards
        // named before, when the sentence names no instrument.
        let before = &sent[..e.start()];
        let subjects = if !they.is_empty() && sent_standards.is_empty() {
            they.to_vec()
        } else if sent_standards.is_empty() && subject.is_none() && plural_standards(before) {
            // (None named yet: the list that follows, "The standards
            // will be implemented from D. Selected standards: ...".)
            let mut named = standards_before(cx, by_line, r, n, a);
            if named.is_empty() {
                named = standards_after(cx, by_line, r, n);
            }
            named.into_iter().map(|(s, _)| s).collect()
        } else if sent_standards.is_empty()
            && subject.is_none()
            && let Some(t) = topic_standard(cx, by_line, r, (n, a), sent)
        {
            // "The blockchain standard will take effect on ...".
            vec![t]
        } else if sent_standards.is_empty() && subject.is_none() && one_standard(before) {
            // "The standard ... will be implemented on ...": the one
            // standard the record names.
            let mut one = standards_before(cx, by_line, r, n, a);
            one.dedup_by(|x, y| x.0 == y.0);
            // (The international standard it adopts is not "the
            // standard" taking effect.)
            let intl = |s: &(EntityRef, u32)| crate::extract::codes::is_international(&s.0.1);
            if one.iter().any(|s| !intl(s)) {
                one.retain(|s| !intl(s));
            }
            if one.len() == 1 {
                vec![one.remove(0).0]
            } else {
                Vec::new()
            }
        } else {
            // (A relative clause names its subject even when the
            // sentence goes on to name standards.)
            // (So does one whose standards all come after the date:
            // "The X Measures ... entered into force on D; GB Y is
            // their supporting standard".)
            let date_end = e.end() + d_end;
            subject
                .filter(|_| {
                    sent_standards.is_empty()
                        || which.is_some()
                        || sent_standards.iter().all(|h| rel(h) >= date_end)
                })
                .into_iter()
                .collect::<Vec<_>>()
        };
        for s in subjects {
            match &when {
                When::On(date) => {
                    let mut x = EntityDraft::new(s.0, s.1, "");
                    x.dates.push(DatedFact {
                        date: *date,
                        what: "effective".into(),
                    });
                    cx.add(x);
                }
                When::After(lag) => cx.lags.push((s, *lag)),
                When::With(other) => {
                    if *other != s {
                        cx.alongside.push((s, other.clone(), "effective"));
                    }
                }
            }
        }
    }
}

/// When a sentence says something takes effect: on a date, some time after
/// its release, or with another instrument.
enum When {
    On(crate::model::PartialDate),
    After(Lag),
    With(EntityRef),
}
