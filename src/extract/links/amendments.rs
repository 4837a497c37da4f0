//! Amendments: "a draft amendment of the X Law" (an amendment that amends
//! the law), and "The draft amends the X Law" in a story about that draft.

use super::patterns::AMEND;
use super::{Cat, Hit};
use crate::extract::{Cx, dates};
use crate::model::builder::{EntityDraft, EntityRef};
use crate::model::{DatedFact, EntityKind, RelationKind};

/// "a draft amendment of the X Law": an amendment (a draft, when the cue
/// says so) that amends the law named right after the cue; "The draft
/// amends the X Law" in a story about "X Law (Revision Draft)": that draft
/// amends it.
pub(super) fn amendment(
    cx: &mut Cx,
    (sent, a): (&str, usize),
    instruments: &[&&Hit],
    main: Option<&EntityRef>,
    n: u32,
    year: Option<i32>,
    evidence: &dyn Fn() -> String,
) {
    let rel = |h: &Hit| h.start - a;
    let Some(p) = AMEND.find(sent) else { return };
    let Some(law) = instruments.iter().find(|h| {
        rel(h) >= p.end() && rel(h) <= p.end() + 30 && h.cat == Cat::Instrument { law: true }
    }) else {
        return;
    };
    // ("The amendment follows the Draft Amendment to the X Law": an
    // amendment is named, none is made of it.)
    // (Nor is one made of a draft revision: "Draft revision of the X Law"
    // over a story about "X Law (Revised Draft)" names that draft.)
    if law.r.1.starts_with("Amendment")
        || law.r.1.contains("Amending")
        || law.r.1.ends_with("Draft)")
    {
        return;
    }
    let named = main.filter(|m| {
        m.1 != law.r.1
            && m.1.starts_with(law.r.1.as_str())
            && !instruments.iter().any(|h| rel(h) < p.start())
    });
    if let Some(m) = named {
        cx.link(
            m.clone(),
            RelationKind::Amends,
            law.r.clone(),
            n,
            &evidence(),
            false,
        );
        return;
    }
    // The document names the amending act itself ("Decision on Amending
    // the X Law"): "China amends the X Law" is about it.
    // (Or names the amendment: "the Draft Amendment to the X Law" in the
    // text under a headline "Draft amendment to the X Law".)
    let amending = cx.entities.iter().find(|d| {
        d.kind == EntityKind::Instrument
            && (d.key.contains("Amending") && d.key.contains(law.r.1.as_str())
                || ["Amendment to the ", "Amendments to the "]
                    .iter()
                    .any(|p| d.key.strip_prefix(p) == Some(law.r.1.as_str())))
    });
    if let Some(act) = amending {
        let act = act.entity_ref();
        cx.link(
            act,
            RelationKind::Amends,
            law.r.clone(),
            n,
            &evidence(),
            false,
        );
        return;
    }
    let key = format!("{} (Amendment)", law.r.1);
    let mut d = EntityDraft::new(EntityKind::Instrument, key, "amendment");
    d.name = Some(format!("Amendment to the {}", law.r.1));
    if p.as_str().to_ascii_lowercase().contains("draft") {
        d.status = Some("draft".into());
    }
    if let Some(dt) = dates::first_date(sent, year) {
        d.dates.push(DatedFact {
            date: dt.date,
            what: "reported".into(),
        });
    }
    let me = d.entity_ref();
    cx.mention(d, n, a);
    cx.link(
        me,
        RelationKind::Amends,
        law.r.clone(),
        n,
        &evidence(),
        false,
    );
}
