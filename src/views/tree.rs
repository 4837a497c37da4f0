//! The committee tree's data: the tree from [`crate::graph::committee_tree`]
//! with per-node counts (standards developed under a node, mentions under
//! it), flattened into the rows visible for an expansion state and a filter.

use super::Index;
use crate::graph::{TreeNode, committee_tree};
use crate::model::{EntityId, EntityKind, Model};
use std::collections::{HashMap, HashSet};

/// One committee (or root body) with its counts and children.
#[derive(Clone, Debug)]
pub struct CountedNode {
    /// The entity.
    pub id: EntityId,
    /// Standards developed by it or any committee below it.
    pub standards: usize,
    /// Mentions of it and every committee below it.
    pub mentions: usize,
    /// Children, naturally sorted by code.
    pub children: Vec<CountedNode>,
}

/// The whole tree with counts.
#[derive(Clone, Debug, Default)]
pub struct Tree {
    /// Roots: SAC, ministries and associations, international bodies,
    /// committees whose parent is unknown.
    pub roots: Vec<CountedNode>,
    /// Number of nodes.
    pub len: usize,
}

/// A visible row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TreeRow {
    /// The entity.
    pub id: EntityId,
    /// Nesting depth (roots are 0).
    pub depth: usize,
    /// Whether it has children.
    pub has_children: bool,
    /// Whether its children are shown.
    pub expanded: bool,
    /// Standards under it.
    pub standards: usize,
    /// Mentions under it.
    pub mentions: usize,
}

impl Tree {
    /// Builds the tree and its counts.
    pub fn build(model: &Model, ix: &Index) -> Self {
        // Standards directly developed by each committee.
        let mut direct: HashMap<EntityId, HashSet<EntityId>> = HashMap::new();
        for e in &model.entities {
            if e.kind == EntityKind::Standard
                && let Some(c) = ix.committee_of[e.id.index()]
            {
                direct.entry(c).or_default().insert(e.id);
            }
        }
        fn count(
            n: &TreeNode,
            model: &Model,
            direct: &HashMap<EntityId, HashSet<EntityId>>,
            len: &mut usize,
        ) -> (CountedNode, HashSet<EntityId>) {
            *len += 1;
            let mut standards = direct.get(&n.id).cloned().unwrap_or_default();
            let mut mentions = model.entity(n.id).mentions.len();
            let mut children = Vec::with_capacity(n.children.len());
            for c in &n.children {
                let (cn, s) = count(c, model, direct, len);
                mentions += cn.mentions;
                standards.extend(s);
                children.push(cn);
            }
            (
                CountedNode {
                    id: n.id,
                    standards: standards.len(),
                    mentions,
                    children,
                },
                standards,
            )
        }
        let mut len = 0;
        let roots = committee_tree(model)
            .iter()
            .map(|n| count(n, model, &direct, &mut len).0)
            .collect();
        Self { roots, len }
    }

    /// The rows to draw: children of expanded nodes only; with a filter,
    /// the nodes whose code, name or alias contains it and their ancestors
    /// (all expanded, so every match shows).
    pub fn rows(&self, model: &Model, expanded: &HashSet<EntityId>, filter: &str) -> Vec<TreeRow> {
        let q = filter.trim().to_lowercase();
        let matches = |id: EntityId| {
            let e = model.entity(id);
            e.name.to_lowercase().contains(&q)
                || e.key.to_lowercase().contains(&q)
                || e.aliases.iter().any(|a| a.to_lowercase().contains(&q))
        };
        fn keep(
            n: &CountedNode,
            m: &dyn Fn(EntityId) -> bool,
            out: &mut HashSet<EntityId>,
        ) -> bool {
            let mut any = m(n.id);
            for c in &n.children {
                any |= keep(c, m, out);
            }
            if any {
                out.insert(n.id);
            }
            any
        }
        let shown: Option<HashSet<EntityId>> = (!q.is_empty()).then(|| {
            let mut s = HashSet::new();
            for r in &self.roots {
                keep(r, &matches, &mut s);
            }
            s
        });
        let mut out = Vec::new();
        fn walk(
            n: &CountedNode,
            depth: usize,
            expanded: &HashSet<EntityId>,
            shown: &Option<HashSet<EntityId>>,
            out: &mut Vec<TreeRow>,
        ) {
            if shown.as_ref().is_some_and(|s| !s.contains(&n.id)) {
                return;
            }
            let open = shown.is_some() || expanded.contains(&n.id);
            out.push(TreeRow {
                id: n.id,
                depth,
                has_children: !n.children.is_empty(),
                expanded: open && !n.children.is_empty(),
                standards: n.standards,
                mentions: n.mentions,
            });
            if open {
                for c in &n.children {
                    walk(c, depth + 1, expanded, shown, out);
                }
            }
        }
        for r in &self.roots {
            walk(r, 0, expanded, &shown, &mut out);
        }
        out
    }

    /// Every node with children (for "expand all").
    pub fn inner_nodes(&self) -> HashSet<EntityId> {
        fn go(n: &CountedNode, out: &mut HashSet<EntityId>) {
            if !n.children.is_empty() {
                out.insert(n.id);
                n.children.iter().for_each(|c| go(c, out));
            }
        }
        let mut s = HashSet::new();
        self.roots.iter().for_each(|r| go(r, &mut s));
        s
    }

    /// The chain of ancestors of a node, root first (empty when not in the tree).
    pub fn path_to(&self, id: EntityId) -> Vec<EntityId> {
        fn go(n: &CountedNode, id: EntityId, path: &mut Vec<EntityId>) -> bool {
            path.push(n.id);
            if n.id == id || n.children.iter().any(|c| go(c, id, path)) {
                return true;
            }
            path.pop();
            false
        }
        let mut path = Vec::new();
        for r in &self.roots {
            if go(r, id, &mut path) {
                path.pop();
                return path;
            }
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Source, load};

    #[test]
    fn tc260_counts_the_standards_of_its_working_groups() {
        let m = load(&Source::Bundled).unwrap();
        let ix = Index::build(&m);
        let t = Tree::build(&m, &ix);
        let tc260 = m.find_by_code("SAC/TC260").unwrap();
        let wg8 = m.find_by_code("SAC/TC260/WG8").unwrap();
        let sac = m.find_by_code("SAC").unwrap();
        assert_eq!(t.path_to(wg8), vec![sac, tc260]);
        let rows = t.rows(&m, &HashSet::from([sac, tc260]), "");
        let r260 = rows.iter().find(|r| r.id == tc260).unwrap();
        let r8 = rows.iter().find(|r| r.id == wg8).unwrap();
        assert_eq!(r8.depth, 2);
        assert!(
            r8.standards >= 6,
            "WG8 has six plan numbers: {}",
            r8.standards
        );
        assert!(r260.standards > r8.standards);
        // Collapsed: WG8 is hidden; a filter reveals it with its ancestors.
        let collapsed = t.rows(&m, &HashSet::new(), "");
        assert!(!collapsed.iter().any(|r| r.id == wg8));
        let found = t.rows(&m, &HashSet::new(), "wg8");
        assert!(found.iter().any(|r| r.id == wg8));
        assert!(found.iter().any(|r| r.id == tc260));
        assert!(t.inner_nodes().contains(&tc260));
    }
}
