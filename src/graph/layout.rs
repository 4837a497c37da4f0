//! Force-directed graph layout: repulsion between all nodes approximated
//! with a Barnes–Hut quadtree (O(n log n) per step), springs along edges,
//! and a weak pull to the centre so disconnected parts stay in view.
//!
//! Deterministic: positions start from a seeded generator and every step
//! visits nodes and edges in a fixed order, so the same graph and seed give
//! the same picture. Pinned nodes (dragged by the user) do not move. The
//! layout is plain data and can run on a worker thread.

/// Tuning of the forces.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// Ideal edge length.
    pub spring_length: f32,
    /// Repulsion strength.
    pub repulsion: f32,
    /// Spring stiffness.
    pub spring: f32,
    /// Pull towards the centre.
    pub gravity: f32,
    /// Barnes–Hut opening angle (0.5 precise … 1.2 fast).
    pub theta: f32,
    /// Largest move of a node in one step, before cooling.
    pub max_step: f32,
    /// Factor applied to the temperature after each step.
    pub cooling: f32,
}

impl Default for Params {
    fn default() -> Self {
        Self {
            spring_length: 30.0,
            repulsion: 900.0,
            spring: 0.05,
            gravity: 0.01,
            theta: 0.9,
            max_step: 20.0,
            cooling: 0.99,
        }
    }
}

/// A layout in progress.
#[derive(Clone, Debug)]
pub struct Layout {
    /// Node positions.
    pub pos: Vec<[f32; 2]>,
    /// Pinned nodes keep their position.
    pub pinned: Vec<bool>,
    edges: Vec<(u32, u32)>,
    /// Force parameters.
    pub params: Params,
    temperature: f32,
    force: Vec<[f32; 2]>,
    tree: Vec<Cell>,
}

/// SplitMix64: a tiny seeded generator (no dependency, same numbers everywhere).
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn unit(state: &mut u64) -> f32 {
    (splitmix(state) >> 40) as f32 / (1u64 << 24) as f32
}

#[derive(Clone, Copy, Debug)]
struct Cell {
    center: [f32; 2],
    half: f32,
    mass: f32,
    com: [f32; 2],
    /// Index of the first of four children, or 0 for a leaf.
    child: u32,
    /// The single node in a leaf, or u32::MAX.
    node: u32,
}

impl Cell {
    fn new(center: [f32; 2], half: f32) -> Self {
        Self {
            center,
            half,
            mass: 0.0,
            com: [0.0; 2],
            child: 0,
            node: u32::MAX,
        }
    }
}

impl Layout {
    /// A layout of `n` nodes joined by `edges`, started from positions drawn
    /// with `seed` in a disc sized for `n`.
    pub fn new(n: usize, edges: &[(u32, u32)], seed: u64) -> Self {
        let params = Params::default();
        let mut state = seed ^ 0x5EED;
        let radius = params.spring_length * (n as f32).sqrt().max(1.0);
        let pos = (0..n)
            .map(|_| {
                let a = unit(&mut state) * std::f32::consts::TAU;
                let r = radius * unit(&mut state).sqrt();
                [r * a.cos(), r * a.sin()]
            })
            .collect();
        let mut edges: Vec<(u32, u32)> = edges
            .iter()
            .copied()
            .filter(|&(a, b)| a != b && (a as usize) < n && (b as usize) < n)
            .collect();
        edges.sort_unstable();
        edges.dedup();
        Self {
            pos,
            pinned: vec![false; n],
            edges,
            params,
            temperature: params.max_step,
            force: vec![[0.0; 2]; n],
            tree: Vec::new(),
        }
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    /// Whether there are no nodes.
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// Whether the layout has cooled down (moves are now tiny).
    pub fn settled(&self) -> bool {
        self.temperature < 0.05 * self.params.max_step
    }

    /// Restarts the cooling (after a drag or a change of graph).
    pub fn reheat(&mut self) {
        self.temperature = self.params.max_step;
    }

    fn build_tree(&mut self) {
        self.tree.clear();
        let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
        for p in &self.pos {
            for k in 0..2 {
                lo[k] = lo[k].min(p[k]);
                hi[k] = hi[k].max(p[k]);
            }
        }
        if self.pos.is_empty() {
            return;
        }
        let half = ((hi[0] - lo[0]).max(hi[1] - lo[1]) / 2.0).max(1.0) * 1.01;
        let center = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
        self.tree.push(Cell::new(center, half));
        for i in 0..self.pos.len() {
            self.insert(0, i as u32, 0);
        }
        self.summarize(0);
    }

    fn insert(&mut self, cell: usize, node: u32, depth: u32) {
        let c = self.tree[cell];
        if c.child == 0 && c.node == u32::MAX && c.mass == 0.0 {
            self.tree[cell].node = node;
            self.tree[cell].mass = 1.0;
            return;
        }
        // Coincident points (or a very deep tree): keep them in this leaf.
        if depth > 40 {
            self.tree[cell].mass += 1.0;
            return;
        }
        if c.child == 0 {
            let first = self.tree.len() as u32;
            let h = c.half / 2.0;
            for q in 0..4 {
                let dx = if q & 1 == 0 { -h } else { h };
                let dy = if q & 2 == 0 { -h } else { h };
                self.tree
                    .push(Cell::new([c.center[0] + dx, c.center[1] + dy], h));
            }
            self.tree[cell].child = first;
            let old = c.node;
            self.tree[cell].node = u32::MAX;
            if old != u32::MAX {
                let q = self.quadrant(cell, old);
                self.insert(first as usize + q, old, depth + 1);
            }
        }
        let q = self.quadrant(cell, node);
        let child = self.tree[cell].child as usize + q;
        self.insert(child, node, depth + 1);
    }

    fn quadrant(&self, cell: usize, node: u32) -> usize {
        let c = &self.tree[cell];
        let p = self.pos[node as usize];
        usize::from(p[0] >= c.center[0]) | (usize::from(p[1] >= c.center[1]) << 1)
    }

    fn summarize(&mut self, cell: usize) -> (f32, [f32; 2]) {
        let c = self.tree[cell];
        if c.child == 0 {
            let com = if c.node == u32::MAX {
                [0.0; 2]
            } else {
                self.pos[c.node as usize]
            };
            self.tree[cell].com = com;
            return (c.mass, com);
        }
        let (mut m, mut s) = (0.0, [0.0f32; 2]);
        for q in 0..4 {
            let (cm, cc) = self.summarize(c.child as usize + q);
            m += cm;
            s[0] += cm * cc[0];
            s[1] += cm * cc[1];
        }
        let com = if m > 0.0 {
            [s[0] / m, s[1] / m]
        } else {
            c.center
        };
        self.tree[cell].mass = m;
        self.tree[cell].com = com;
        (m, com)
    }

    fn repulse(&self, i: usize) -> [f32; 2] {
        let p = self.pos[i];
        let (k, theta2) = (self.params.repulsion, self.params.theta * self.params.theta);
        let mut f = [0.0f32; 2];
        let mut stack = vec![0usize];
        while let Some(ci) = stack.pop() {
            let c = &self.tree[ci];
            if c.mass == 0.0 || (c.child == 0 && c.node == i as u32 && c.mass <= 1.0) {
                continue;
            }
            let dx = p[0] - c.com[0];
            let dy = p[1] - c.com[1];
            let d2 = dx * dx + dy * dy;
            let size = 2.0 * c.half;
            if c.child == 0 || size * size < theta2 * d2 {
                // Far enough (or a leaf): the cell acts as one mass. A leaf
                // holding this node and coincident ones pushes it aside by index.
                let (dx, dy, d2) = if d2 < 1e-6 {
                    let a = i as f32 * 2.399_963;
                    (a.cos(), a.sin(), 1.0)
                } else {
                    (dx, dy, d2)
                };
                let mass = if c.child == 0 && c.node == i as u32 {
                    c.mass - 1.0
                } else {
                    c.mass
                };
                let s = k * mass / d2.max(1.0);
                f[0] += dx * s / d2.sqrt().max(1e-3);
                f[1] += dy * s / d2.sqrt().max(1e-3);
            } else {
                for q in 0..4 {
                    stack.push(c.child as usize + q);
                }
            }
        }
        f
    }

    /// One step of the simulation. Returns the mean move of the free nodes.
    pub fn step(&mut self) -> f32 {
        let n = self.pos.len();
        if n == 0 {
            return 0.0;
        }
        self.build_tree();
        for i in 0..n {
            self.force[i] = self.repulse(i);
        }
        let (spring, len) = (self.params.spring, self.params.spring_length);
        for &(a, b) in &self.edges {
            let (pa, pb) = (self.pos[a as usize], self.pos[b as usize]);
            let dx = pb[0] - pa[0];
            let dy = pb[1] - pa[1];
            let d = (dx * dx + dy * dy).sqrt().max(1e-3);
            let s = spring * (d - len) / d;
            self.force[a as usize][0] += dx * s;
            self.force[a as usize][1] += dy * s;
            self.force[b as usize][0] -= dx * s;
            self.force[b as usize][1] -= dy * s;
        }
        let g = self.params.gravity;
        let t = self.temperature;
        let mut moved = 0.0;
        let mut free = 0;
        for i in 0..n {
            if self.pinned[i] {
                continue;
            }
            let f = self.force[i];
            let fx = f[0] - g * self.pos[i][0];
            let fy = f[1] - g * self.pos[i][1];
            let m = (fx * fx + fy * fy).sqrt();
            if !m.is_finite() || m == 0.0 {
                continue;
            }
            let step = m.min(t);
            self.pos[i][0] += fx / m * step;
            self.pos[i][1] += fy / m * step;
            moved += step;
            free += 1;
        }
        self.temperature *= self.params.cooling;
        if free == 0 { 0.0 } else { moved / free as f32 }
    }

    /// The bounding box of all nodes: `(min, max)`.
    pub fn bounds(&self) -> ([f32; 2], [f32; 2]) {
        let mut lo = [f32::MAX; 2];
        let mut hi = [f32::MIN; 2];
        for p in &self.pos {
            for k in 0..2 {
                lo[k] = lo[k].min(p[k]);
                hi[k] = hi[k].max(p[k]);
            }
        }
        (lo, hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(n: u32) -> Vec<(u32, u32)> {
        (0..n).map(|i| (i, (i + 1) % n)).collect()
    }

    #[test]
    fn same_seed_same_picture() {
        let mut a = Layout::new(200, &ring(200), 7);
        let mut b = Layout::new(200, &ring(200), 7);
        for _ in 0..50 {
            a.step();
            b.step();
        }
        assert_eq!(a.pos, b.pos);
        let c = Layout::new(200, &ring(200), 8);
        assert_ne!(a.pos[0], c.pos[0]);
    }

    #[test]
    fn it_settles_moves_shrink_and_nothing_is_nan() {
        let mut l = Layout::new(300, &ring(300), 1);
        let first: f32 = (0..10).map(|_| l.step()).sum();
        for _ in 0..300 {
            l.step();
        }
        let last: f32 = (0..10).map(|_| l.step()).sum();
        assert!(last < first / 5.0, "first {first} last {last}");
        assert!(l.settled());
        assert!(l.pos.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
    }

    #[test]
    fn coincident_nodes_are_separated_without_nan() {
        let mut l = Layout::new(50, &[], 3);
        for p in &mut l.pos {
            *p = [5.0, 5.0];
        }
        for _ in 0..100 {
            l.step();
        }
        assert!(l.pos.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
        assert!(l.pos.iter().any(|p| (p[0] - 5.0).abs() > 1.0));
    }

    #[test]
    fn disconnected_parts_stay_in_view() {
        // Two rings and ten isolated nodes.
        let mut edges = ring(100);
        edges.extend(ring(100).into_iter().map(|(a, b)| (a + 100, b + 100)));
        let mut l = Layout::new(210, &edges, 5);
        for _ in 0..500 {
            l.step();
        }
        let (lo, hi) = l.bounds();
        let extent = (hi[0] - lo[0]).max(hi[1] - lo[1]);
        // A few hundred units for 210 nodes of spring length 30: not flying away.
        assert!(extent < 30.0 * 210.0f32.sqrt() * 6.0, "extent {extent}");
    }

    #[test]
    fn linked_nodes_end_closer_than_unlinked_ones() {
        let mut l = Layout::new(100, &ring(100), 9);
        for _ in 0..400 {
            l.step();
        }
        let d = |a: usize, b: usize| {
            let (p, q) = (l.pos[a], l.pos[b]);
            ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt()
        };
        let neighbours: f32 = (0..100).map(|i| d(i, (i + 1) % 100)).sum::<f32>() / 100.0;
        let opposite: f32 = (0..100).map(|i| d(i, (i + 50) % 100)).sum::<f32>() / 100.0;
        assert!(
            neighbours * 2.0 < opposite,
            "neighbours {neighbours} opposite {opposite}"
        );
    }

    #[test]
    fn pinned_nodes_do_not_move() {
        let mut l = Layout::new(20, &ring(20), 2);
        l.pinned[3] = true;
        let before = l.pos[3];
        for _ in 0..20 {
            l.step();
        }
        assert_eq!(l.pos[3], before);
    }
}
