//! The relationship graph's data: which entities and relations are shown
//! for the filters, the node and relation kinds chosen, the ego view
//! (neighbourhood of the selection to a depth, in a direction) and nodes
//! expanded by hand, as dense node and edge lists ready for the layout.

use super::Index;
use crate::graph::Dir;
use crate::model::{EntityId, EntityKind, Model, Node, RelationKind};
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

/// What the graph shows, besides the shared filters.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct GraphSpec {
    /// Entity kinds left out.
    pub hidden_kinds: BTreeSet<EntityKind>,
    /// Relation kinds left out.
    pub hidden_relations: BTreeSet<RelationKind>,
    /// Ego view: centre, depth (1–3) and direction.
    pub ego: Option<(EntityId, usize, Dir)>,
    /// Nodes whose neighbours are shown too (double click).
    pub expanded: BTreeSet<EntityId>,
    /// Drop nodes without a shown edge (on by default: a corpus names many
    /// organizations that nothing links to).
    pub hide_isolated: bool,
}

impl Default for GraphSpec {
    fn default() -> Self {
        Self {
            hidden_kinds: BTreeSet::new(),
            hidden_relations: BTreeSet::new(),
            ego: None,
            expanded: BTreeSet::new(),
            hide_isolated: true,
        }
    }
}

/// One shown edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// Source node (index into [`GraphView::nodes`]).
    pub from: u32,
    /// Target node.
    pub to: u32,
    /// What it means.
    pub kind: RelationKind,
    /// The relation (index into `model.relations`).
    pub relation: u32,
}

/// The shown graph.
#[derive(Clone, Debug, Default)]
pub struct GraphView {
    /// Shown entities, in model order.
    pub nodes: Vec<EntityId>,
    /// Shown edges, in relation order.
    pub edges: Vec<Edge>,
    /// Degree of each node in the shown graph.
    pub degree: Vec<u32>,
    index: HashMap<EntityId, u32>,
}

impl GraphView {
    /// The node index of an entity, when shown.
    pub fn node_of(&self, e: EntityId) -> Option<u32> {
        self.index.get(&e).copied()
    }

    /// Edges as node index pairs, for the layout.
    pub fn pairs(&self) -> Vec<(u32, u32)> {
        self.edges.iter().map(|e| (e.from, e.to)).collect()
    }
}

/// Whether a relation kind is drawn at all (record mentions are not entity edges).
fn drawable(kind: RelationKind) -> bool {
    kind != RelationKind::Mentions
}

/// Entities within `depth` steps of `start` following relations of the
/// allowed kinds in direction `dir`, restricted to `allowed`.
pub fn neighbourhood(
    model: &Model,
    ix: &Index,
    start: EntityId,
    depth: usize,
    dir: Dir,
    allowed: &dyn Fn(EntityId, RelationKind) -> bool,
) -> BTreeSet<EntityId> {
    let mut seen = BTreeSet::from([start]);
    let mut queue = VecDeque::from([(start, 0usize)]);
    while let Some((e, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        let mut visit = |other: EntityId, kind: RelationKind| {
            if allowed(other, kind) && seen.insert(other) {
                queue.push_back((other, d + 1));
            }
        };
        if matches!(dir, Dir::Out | Dir::Both) {
            for &r in &ix.outgoing[e.index()] {
                let rel = &model.relations[r as usize];
                visit(rel.to, rel.kind);
            }
        }
        if matches!(dir, Dir::In | Dir::Both) {
            for &r in &ix.incoming[e.index()] {
                let rel = &model.relations[r as usize];
                if let Node::Entity(from) = rel.from {
                    visit(from, rel.kind);
                }
            }
        }
    }
    seen
}

/// Builds the shown graph: the entities that pass the shared filters
/// (`shown`) and the spec's kinds, narrowed to the ego neighbourhood when
/// there is one, widened by the neighbours of expanded nodes.
pub fn build(model: &Model, ix: &Index, shown: &HashSet<EntityId>, spec: &GraphSpec) -> GraphView {
    let kind_ok = |e: EntityId| !spec.hidden_kinds.contains(&model.entity(e).kind);
    let rel_ok = |k: RelationKind| drawable(k) && !spec.hidden_relations.contains(&k);
    let mut keep: BTreeSet<EntityId> = match spec.ego {
        Some((centre, depth, dir)) => {
            // The neighbourhood ignores the shared filters' narrowing of
            // relations: a standard's law is shown even if the law is undated.
            neighbourhood(model, ix, centre, depth, dir, &|e, k| {
                kind_ok(e) && rel_ok(k)
            })
        }
        None => shown.iter().copied().filter(|e| kind_ok(*e)).collect(),
    };
    for &x in &spec.expanded {
        if keep.contains(&x) {
            keep.extend(neighbourhood(model, ix, x, 1, Dir::Both, &|e, k| {
                kind_ok(e) && rel_ok(k)
            }));
        }
    }
    let mut nodes: Vec<EntityId> = keep.into_iter().collect();
    let mut index: HashMap<EntityId, u32> = nodes
        .iter()
        .enumerate()
        .map(|(i, e)| (*e, i as u32))
        .collect();
    let mut edges = Vec::new();
    for (ri, rel) in model.relations.iter().enumerate() {
        if !rel_ok(rel.kind) {
            continue;
        }
        let Node::Entity(from) = rel.from else {
            continue;
        };
        if let (Some(&a), Some(&b)) = (index.get(&from), index.get(&rel.to))
            && a != b
        {
            edges.push(Edge {
                from: a,
                to: b,
                kind: rel.kind,
                relation: ri as u32,
            });
        }
    }
    let mut degree = vec![0u32; nodes.len()];
    for e in &edges {
        degree[e.from as usize] += 1;
        degree[e.to as usize] += 1;
    }
    if spec.hide_isolated {
        let centre = spec.ego.map(|(c, _, _)| c);
        let old: Vec<EntityId> = nodes.clone();
        nodes = old
            .iter()
            .enumerate()
            .filter(|(i, e)| degree[*i] > 0 || Some(**e) == centre)
            .map(|(_, e)| *e)
            .collect();
        let remap: HashMap<u32, u32> = nodes
            .iter()
            .enumerate()
            .map(|(i, e)| (index[e], i as u32))
            .collect();
        for e in &mut edges {
            e.from = remap[&e.from];
            e.to = remap[&e.to];
        }
        degree = nodes.iter().map(|e| degree[index[e] as usize]).collect();
        index = nodes
            .iter()
            .enumerate()
            .map(|(i, e)| (*e, i as u32))
            .collect();
    }
    GraphView {
        nodes,
        edges,
        degree,
        index,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Source, load};

    #[test]
    fn ego_view_of_gb_45438_at_depth_one() {
        let m = load(&Source::Bundled).unwrap();
        let ix = Index::build(&m);
        let gb = m.find_by_code("GB 45438-2025").unwrap();
        let measures = m
            .find(
                EntityKind::Instrument,
                "Measures for the Labeling of Content Generated by Artificial Intelligence",
            )
            .unwrap();
        let tc260 = m.find_by_code("SAC/TC260").unwrap();
        let all: HashSet<EntityId> = m.entities.iter().map(|e| e.id).collect();
        let spec = GraphSpec {
            ego: Some((gb, 1, Dir::Both)),
            ..GraphSpec::default()
        };
        let g = build(&m, &ix, &all, &spec);
        let set: BTreeSet<EntityId> = g.nodes.iter().copied().collect();
        assert_eq!(set, BTreeSet::from([gb, measures, tc260]));
        assert_eq!(g.edges.len(), 2);
        let kinds: BTreeSet<RelationKind> = g.edges.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            BTreeSet::from([RelationKind::Supports, RelationKind::DevelopedBy])
        );
        // Outgoing only from the Measures: GB 45438 supports it, so it is not reached.
        let out = build(
            &m,
            &ix,
            &all,
            &GraphSpec {
                ego: Some((measures, 1, Dir::Out)),
                ..GraphSpec::default()
            },
        );
        assert!(!out.nodes.contains(&gb));
        let inc = build(
            &m,
            &ix,
            &all,
            &GraphSpec {
                ego: Some((measures, 1, Dir::In)),
                ..GraphSpec::default()
            },
        );
        assert!(inc.nodes.contains(&gb));
        // Depth 2 reaches TC260's working groups.
        let d2 = build(
            &m,
            &ix,
            &all,
            &GraphSpec {
                ego: Some((gb, 2, Dir::Both)),
                ..GraphSpec::default()
            },
        );
        assert!(d2.nodes.contains(&m.find_by_code("SAC/TC260/WG8").unwrap()));
        // Hiding committees drops TC260.
        let mut hidden = spec.clone();
        hidden.hidden_kinds.insert(EntityKind::Committee);
        assert!(!build(&m, &ix, &all, &hidden).nodes.contains(&tc260));
    }

    #[test]
    fn hiding_isolated_nodes_keeps_edges_consistent() {
        let m = load(&Source::Bundled).unwrap();
        let ix = Index::build(&m);
        let all: HashSet<EntityId> = m.entities.iter().map(|e| e.id).collect();
        let full = build(
            &m,
            &ix,
            &all,
            &GraphSpec {
                hide_isolated: false,
                ..GraphSpec::default()
            },
        );
        let lean = build(&m, &ix, &all, &GraphSpec::default());
        assert_eq!(full.edges.len(), lean.edges.len());
        assert!(lean.nodes.len() < full.nodes.len());
        assert!(lean.degree.iter().all(|d| *d > 0));
        for e in &lean.edges {
            let rel = &m.relations[e.relation as usize];
            assert_eq!(lean.nodes[e.to as usize], rel.to);
        }
    }
}
