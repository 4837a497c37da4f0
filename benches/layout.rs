//! Layout step time on synthetic graphs (20,000 nodes / 50,000 edges and
//! 2,000 / 5,000), single thread, median of 15 steps after 5 warm-up steps.
//! Target: one step at 20,000 nodes ≤ 40 ms off the UI thread.

use std::time::Instant;
use stdatlas::graph::layout::Layout;

fn edges(n: u32, m: usize, seed: u64) -> Vec<(u32, u32)> {
    let mut s = seed;
    let mut next = || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (s >> 33) as u32
    };
    (0..m).map(|_| (next() % n, next() % n)).collect()
}

fn main() {
    println!("layout step, one thread, median of 15 after 5 warm-up steps:");
    for (n, m) in [(2_000u32, 5_000usize), (20_000, 50_000)] {
        let mut l = Layout::new(n as usize, &edges(n, m, 42), 1);
        for _ in 0..5 {
            l.step();
        }
        let mut times: Vec<f64> = (0..15)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(l.step());
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        times.sort_by(f64::total_cmp);
        println!(
            "  {n:>6} nodes {m:>6} edges: {:7.2} ms per step (min {:.2}, max {:.2})",
            times[7], times[0], times[14]
        );
    }
}
