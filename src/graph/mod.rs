//! The relationship graph: a petgraph graph of entities and typed relations
//! built from the model, with what the views need: neighbourhoods to a
//! depth, filtering by node and relation kind, and the committee tree.

pub mod layout;

use crate::model::{EntityId, EntityKind, Model, Node, RelationKind};
use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::{BTreeSet, HashMap, VecDeque};

/// Which way to follow edges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Dir {
    /// From source to target.
    Out,
    /// From target to source.
    In,
    /// Both ways.
    #[default]
    Both,
}

/// Entities as nodes, entity-to-entity relations as edges (record
/// `mentions` are not part of the graph).
#[derive(Clone, Debug, Default)]
pub struct EntityGraph {
    /// The graph; node weights are entity ids, edge weights relation kinds.
    pub graph: DiGraph<EntityId, RelationKind>,
    index: HashMap<EntityId, NodeIndex>,
}

impl EntityGraph {
    /// Builds the graph of the entities whose kind passes `keep_node`, with
    /// the relations whose kind passes `keep_edge`.
    pub fn build_filtered(
        model: &Model,
        keep_node: impl Fn(EntityKind) -> bool,
        keep_edge: impl Fn(RelationKind) -> bool,
    ) -> Self {
        let mut g = EntityGraph::default();
        for e in model.entities.iter().filter(|e| keep_node(e.kind)) {
            let n = g.graph.add_node(e.id);
            g.index.insert(e.id, n);
        }
        for r in &model.relations {
            if r.kind == RelationKind::Mentions || !keep_edge(r.kind) {
                continue;
            }
            if let Node::Entity(from) = r.from
                && let (Some(&a), Some(&b)) = (g.index.get(&from), g.index.get(&r.to))
            {
                g.graph.add_edge(a, b, r.kind);
            }
        }
        g
    }

    /// The graph of every entity and relation.
    pub fn build(model: &Model) -> Self {
        Self::build_filtered(model, |_| true, |_| true)
    }

    /// The node of an entity, if it is in the graph.
    pub fn node(&self, id: EntityId) -> Option<NodeIndex> {
        self.index.get(&id).copied()
    }

    /// Entities within `depth` steps of `start` (including it), sorted.
    pub fn neighbourhood(&self, start: EntityId, depth: usize, dir: Dir) -> BTreeSet<EntityId> {
        let mut seen = BTreeSet::new();
        let Some(s) = self.node(start) else {
            return seen;
        };
        let mut queue = VecDeque::from([(s, 0usize)]);
        seen.insert(start);
        while let Some((n, d)) = queue.pop_front() {
            if d == depth {
                continue;
            }
            let dirs: &[Direction] = match dir {
                Dir::Out => &[Direction::Outgoing],
                Dir::In => &[Direction::Incoming],
                Dir::Both => &[Direction::Outgoing, Direction::Incoming],
            };
            for &dn in dirs {
                for m in self.graph.neighbors_directed(n, dn) {
                    if seen.insert(self.graph[m]) {
                        queue.push_back((m, d + 1));
                    }
                }
            }
        }
        seen
    }

    /// Number of edges touching an entity.
    pub fn degree(&self, id: EntityId) -> usize {
        self.node(id).map_or(0, |n| {
            self.graph
                .neighbors_directed(n, Direction::Outgoing)
                .count()
                + self
                    .graph
                    .neighbors_directed(n, Direction::Incoming)
                    .count()
        })
    }
}

/// A node of the committee tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeNode {
    /// The committee (or the body at a root).
    pub id: EntityId,
    /// Sub-committees, sorted by code.
    pub children: Vec<TreeNode>,
}

/// The committee tree: roots are the bodies committees hang from (SAC,
/// ministries, associations, international bodies) and committees with no
/// known parent; below them TC → SC → WG, sorted naturally by code.
pub fn committee_tree(model: &Model) -> Vec<TreeNode> {
    let mut kids: HashMap<EntityId, Vec<EntityId>> = HashMap::new();
    for e in model
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Committee)
    {
        if let Some(p) = e.parent {
            kids.entry(p).or_default().push(e.id);
        }
    }
    let mut roots: Vec<EntityId> = model
        .entities
        .iter()
        .filter(|e| {
            if e.kind == EntityKind::Committee {
                e.parent.is_none()
            } else {
                kids.contains_key(&e.id)
            }
        })
        .map(|e| e.id)
        .collect();
    let key = |id: &EntityId| natural_key(model.entity(*id).label());
    roots.sort_by_key(key);
    fn grow(
        id: EntityId,
        kids: &HashMap<EntityId, Vec<EntityId>>,
        model: &Model,
        depth: usize,
    ) -> TreeNode {
        let mut c = kids.get(&id).cloned().unwrap_or_default();
        c.sort_by_key(|id| natural_key(model.entity(*id).label()));
        TreeNode {
            id,
            children: if depth > 16 {
                Vec::new()
            } else {
                c.into_iter()
                    .map(|k| grow(k, kids, model, depth + 1))
                    .collect()
            },
        }
    }
    roots
        .into_iter()
        .map(|r| grow(r, &kids, model, 0))
        .collect()
}

/// A sort key that orders embedded numbers by value (`WG9` < `WG10`).
pub fn natural_key(s: &str) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut digits = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            if !digits.is_empty() {
                out.push((
                    std::mem::take(&mut text),
                    digits.parse().unwrap_or(u64::MAX),
                ));
                digits.clear();
            }
            text.push(c);
        }
    }
    out.push((text, digits.parse().unwrap_or(0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order() {
        let mut v = vec!["WG10", "WG9", "SWG-ETS", "WG3"];
        v.sort_by_key(|s| natural_key(s));
        assert_eq!(v, ["SWG-ETS", "WG3", "WG9", "WG10"]);
    }
}
