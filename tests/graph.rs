//! The relationship graph and the committee tree on the bundled corpus.

mod common;
use common::*;
use stdatlas::graph::{Dir, EntityGraph, committee_tree};
use stdatlas::model::{EntityKind, RelationKind};

#[test]
fn neighbourhood_of_a_standard_reaches_its_committee_and_beyond() {
    let m = seeds();
    let g = EntityGraph::build(m);
    let std = m.find(EntityKind::Standard, "GB 45438-2025").unwrap();
    let tc260 = m.find(EntityKind::Committee, "SAC/TC260").unwrap();
    let sac = m.find(EntityKind::Authority, "SAC").unwrap();
    let one = g.neighbourhood(std, 1, Dir::Out);
    assert!(one.contains(&tc260) && !one.contains(&sac), "{one:?}");
    let two = g.neighbourhood(std, 2, Dir::Out);
    assert!(two.contains(&sac));
    // Following edges backwards from TC260 finds its standards and WGs.
    let back = g.neighbourhood(tc260, 1, Dir::In);
    assert!(back.contains(&std));
    assert!(back.contains(&m.find(EntityKind::Committee, "SAC/TC260/WG8").unwrap()));
    assert_eq!(g.neighbourhood(std, 0, Dir::Both).len(), 1);
}

#[test]
fn filtered_graph_keeps_only_the_kinds_asked_for() {
    let m = seeds();
    let g = EntityGraph::build_filtered(
        m,
        |k| k == EntityKind::Committee,
        |r| r == RelationKind::PartOf,
    );
    assert!(
        g.node(m.find(EntityKind::Standard, "GB 45438-2025").unwrap())
            .is_none()
    );
    let wg8 = m.find(EntityKind::Committee, "SAC/TC260/WG8").unwrap();
    assert_eq!(g.degree(wg8), 1, "only its part_of edge to TC260");
    assert!(g.graph.edge_weights().all(|k| *k == RelationKind::PartOf));
}

#[test]
fn committee_tree_has_sac_tc260_and_its_working_groups_in_order() {
    let m = seeds();
    let tree = committee_tree(m);
    let label = |id| m.entity(id).label().to_owned();
    let roots: Vec<String> = tree.iter().map(|n| label(n.id)).collect();
    for r in ["SAC", "MIIT", "CCSA", "ISO/IEC", "ISO"] {
        assert!(roots.contains(&r.to_owned()), "{r} in {roots:?}");
    }
    let sac = tree.iter().find(|n| label(n.id) == "SAC").unwrap();
    let tc260 = sac
        .children
        .iter()
        .find(|n| label(n.id) == "SAC/TC260")
        .unwrap();
    let wgs: Vec<String> = tc260.children.iter().map(|n| label(n.id)).collect();
    assert_eq!(
        wgs,
        [
            "SAC/TC260/SWG-ETS",
            "SAC/TC260/WG3",
            "SAC/TC260/WG4",
            "SAC/TC260/WG5",
            "SAC/TC260/WG6",
            "SAC/TC260/WG7",
            "SAC/TC260/WG8",
            "SAC/TC260/WG9"
        ]
    );
    let tc28 = sac
        .children
        .iter()
        .find(|n| label(n.id) == "SAC/TC28")
        .unwrap();
    assert_eq!(
        tc28.children
            .iter()
            .map(|n| label(n.id))
            .collect::<Vec<_>>(),
        ["SAC/TC28/SC42"]
    );
}
