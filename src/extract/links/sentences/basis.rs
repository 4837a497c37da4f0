//! What an instrument rests on: "in accordance with the Cryptography
//! Law", "formulated under the X Law and the Provisions on Y", "The X Law
//! and the Y Law are the legal basis of the Z Measures" (`legal_basis`);
//! what it implements that is no law, it supports.

use super::Said;
use crate::extract::links::patterns::*;
use crate::extract::links::subjects::{
    opening_head, referred_instrument, refers_to, unique_instrument_with,
};
use crate::extract::links::{Cat, Hit};
use crate::extract::{Cx, text};
use crate::model::RelationKind;

/// Legal basis: "in accordance with the Cryptography Law".
/// "The X Law and the Y Law are the legal basis of the Z Measures": the
/// other way round.
pub(super) fn legal_basis(cx: &mut Cx, s: &Said) {
    let Said {
        sent,
        n,
        instruments,
        sent_standards,
        main,
        ..
    } = *s;
    let rel = |h: &Hit| s.rel(h);
    let evidence = s.evidence;
    let legal = LEGAL_BASIS_PHRASE.find(sent);
    let reversed = legal.filter(|p| {
        p.as_str().eq_ignore_ascii_case("legal basis")
            && [" of ", " for "]
                .iter()
                .any(|w| sent[p.end()..].starts_with(w))
    });
    if let Some(p) = reversed {
        if let Some(subject) = instruments.iter().find(|h| rel(h) >= p.end()) {
            for l in instruments
                .iter()
                .filter(|h| rel(h) < p.start() && h.cat == Cat::Instrument { law: true })
            {
                cx.link(
                    subject.r.clone(),
                    RelationKind::LegalBasis,
                    l.r.clone(),
                    n,
                    &evidence(),
                    false,
                );
            }
        }
    } else if let Some(p) = legal {
        // The laws after the phrase, and the instruments listed with
        // the first one named right after it ("formulated under the X
        // Law and the Provisions on Y").
        let mut laws: Vec<&&Hit> = instruments
            .iter()
            .filter(|h| rel(h) >= p.end() && h.cat == Cat::Instrument { law: true })
            .copied()
            .collect();
        let mut at = p.end();
        for h in instruments.iter().filter(|h| rel(h) >= p.end()) {
            let gap = sent[at..rel(h)].replace(" the ", " ");
            let first = at == p.end();
            if !(first && matches!(gap.trim(), "" | "the") || !first && text::is_list_gap(&gap)) {
                break;
            }
            if !laws.iter().any(|l| std::ptr::eq(**l, **h)) {
                laws.push(h);
            }
            at = rel(h) + (h.end - h.start);
        }
        // Else the record's instrument — unless the sentence refers
        // back to another ("The Provisions are based on ..." in a record
        // about a law): the document's one instrument of that kind.
        // ("To implement the X Plan, SAC released the Y Guidelines":
        // the instrument after the clause the phrase opens.)
        let opener = sent[..p.start()].trim().is_empty();
        let subject = instruments
            .iter()
            .find(|h| rel(h) < p.start())
            .or_else(|| {
                instruments
                    .iter()
                    .filter(|_| opener)
                    .find(|h| rel(h) >= at && sent[at..rel(h)].contains(','))
            })
            .map(|h| h.r.clone())
            .or_else(|| {
                if !sent_standards.is_empty() {
                    // "The Guidelines are supported by GB/T X, ..., and
                    // were developed in line with the Y Law": the
                    // instrument the sentence opens with, when the
                    // phrase is its second verb's, no relative clause's.
                    let before = sent[..p.start()].trim_end();
                    let second_verb = [" and were", " and was", " and are", " and is"]
                        .iter()
                        .any(|v| before.ends_with(v));
                    return second_verb
                        .then(|| referred_instrument(cx, sent, main))
                        .flatten();
                }
                match opening_head(sent) {
                    Some(head) if !main.is_some_and(|m| refers_to(cx, sent, m)) => {
                        unique_instrument_with(cx, head)
                    }
                    _ => main.cloned(),
                }
            })
            .filter(|s| !laws.iter().any(|l| l.r == *s));
        // (What an instrument implements that is no law or
        // regulation, "implement the X Plan", it supports.)
        let implements = p.as_str().to_ascii_lowercase().contains("implement");
        if let Some(s) = subject {
            for l in laws {
                let kind = if implements && l.cat == (Cat::Instrument { law: false }) {
                    RelationKind::Supports
                } else {
                    RelationKind::LegalBasis
                };
                cx.link(s.clone(), kind, l.r.clone(), n, &evidence(), false);
            }
        } else if let Some(st) = sent_standards.first() {
            // A standard "aligns with the Data Security Law": it supports it.
            for l in laws {
                cx.link(
                    st.r.clone(),
                    RelationKind::Supports,
                    l.r.clone(),
                    n,
                    &evidence(),
                    true,
                );
            }
        }
    }
}
