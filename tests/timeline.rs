//! Timeline data on the bundled corpus.

mod common;
use common::*;
use stdatlas::model::PartialDate;
use stdatlas::timeline::{Granularity, Item, Series, dated_items, histogram};

#[test]
fn september_2025_bars() {
    let m = seeds();
    let items = dated_items(m, None);
    let h = histogram(&items, Granularity::Month);
    let sep = h[&PartialDate::ym(2025, 9).unwrap()];
    // GB 45438-2025 took effect on 1 Sep 2025.
    assert!(sep[0] >= 1, "{sep:?}");
    // The Sep–Oct 2025 newsletter dates most of its articles in September.
    assert!(sep[7] >= 15, "{sep:?}");
    let gb = m
        .find(stdatlas::model::EntityKind::Standard, "GB 45438-2025")
        .unwrap();
    assert!(
        items
            .iter()
            .any(|d| d.item == Item::Entity(gb) && d.series == Series::Gb && d.what == "effective")
    );
    // Only effective dates when asked.
    let eff = dated_items(m, Some(&["effective"]));
    assert!(
        eff.iter()
            .all(|d| d.what == "effective" || d.series == Series::Record)
    );
}
