//! The graph layout off the UI thread: a named thread owns the
//! [`Layout`], steps it until it settles, and publishes positions after
//! every step; the view draws the latest positions and never waits.
//! Pinning and reheating are messages to the thread.

use crate::graph::layout::Layout;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

enum Msg {
    Pin(u32, [f32; 2]),
    Unpin(u32),
    Reheat,
}

/// Positions published by the worker.
#[derive(Clone, Debug, Default)]
pub struct Frame {
    /// Node positions in layout units.
    pub pos: Arc<Vec<[f32; 2]>>,
    /// Steps taken so far.
    pub steps: u64,
    /// Whether the layout has settled (the thread is idle).
    pub settled: bool,
}

/// A running layout.
pub struct LayoutWorker {
    tx: Sender<Msg>,
    shared: Arc<Mutex<Frame>>,
}

impl LayoutWorker {
    /// Starts laying out `n` nodes with these edges, seeded (same input,
    /// same picture). `wake` is called after each published step.
    /// Nodes with a known position (from the previous graph) start there.
    pub fn start(
        n: usize,
        edges: Vec<(u32, u32)>,
        seed: u64,
        known: &[Option<[f32; 2]>],
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let (tx, rx) = channel();
        let mut layout = Layout::new(n, &edges, seed);
        for (p, k) in layout.pos.iter_mut().zip(known) {
            if let Some(k) = k {
                *p = *k;
            }
        }
        let shared = Arc::new(Mutex::new(Frame {
            pos: Arc::new(layout.pos.clone()),
            steps: 0,
            settled: n == 0,
        }));
        let out = Arc::clone(&shared);
        let spawned = std::thread::Builder::new()
            .name("stdatlas-layout".into())
            .spawn(move || run(layout, rx, out, wake));
        if spawned.is_err()
            && let Ok(mut f) = shared.lock()
        {
            f.settled = true;
        }
        Self { tx, shared }
    }

    /// The latest positions.
    pub fn frame(&self) -> Frame {
        self.shared.lock().map(|f| f.clone()).unwrap_or_default()
    }

    /// Pins a node at a position (it stays where it is dropped).
    pub fn pin(&self, node: u32, at: [f32; 2]) {
        let _ = self.tx.send(Msg::Pin(node, at));
    }

    /// Lets a node move again.
    pub fn unpin(&self, node: u32) {
        let _ = self.tx.send(Msg::Unpin(node));
    }

    /// Starts the layout moving again.
    pub fn reheat(&self) {
        let _ = self.tx.send(Msg::Reheat);
    }
}

fn run(mut layout: Layout, rx: Receiver<Msg>, out: Arc<Mutex<Frame>>, wake: impl Fn()) {
    let mut steps = 0u64;
    loop {
        // Block while settled; otherwise take what is queued and step.
        let first = if layout.settled() {
            match rx.recv() {
                Ok(m) => Some(m),
                Err(_) => return,
            }
        } else {
            None
        };
        let apply = |m: Msg, layout: &mut Layout| match m {
            Msg::Pin(i, p) => {
                if let Some(slot) = layout.pos.get_mut(i as usize) {
                    *slot = p;
                    layout.pinned[i as usize] = true;
                    layout.reheat();
                }
            }
            Msg::Unpin(i) => {
                if let Some(p) = layout.pinned.get_mut(i as usize) {
                    *p = false;
                    layout.reheat();
                }
            }
            Msg::Reheat => layout.reheat(),
        };
        if let Some(m) = first {
            apply(m, &mut layout);
        }
        loop {
            match rx.try_recv() {
                Ok(m) => apply(m, &mut layout),
                Err(std::sync::mpsc::TryRecvError::Empty) => break,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => return,
            }
        }
        if !layout.settled() {
            layout.step();
            steps += 1;
        }
        if let Ok(mut f) = out.lock() {
            f.pos = Arc::new(layout.pos.clone());
            f.steps = steps;
            f.settled = layout.settled();
        }
        wake();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settles_off_thread_and_keeps_pins() {
        let edges: Vec<(u32, u32)> = (0..99).map(|i| (i, i + 1)).collect();
        let w = LayoutWorker::start(100, edges, 7, &[], || {});
        w.pin(0, [500.0, 500.0]);
        let t = std::time::Instant::now();
        while !w.frame().settled && t.elapsed().as_secs() < 20 {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let f = w.frame();
        assert!(f.settled, "settles");
        assert_eq!(f.pos[0], [500.0, 500.0]);
        assert!(f.pos.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
    }
}
