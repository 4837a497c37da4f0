//! Ingestion throughput: the bundled corpus and a synthetic corpus (the
//! seeds copied N times with fresh codes, committees and dates).
//!
//! First prints a summary: full ingest MB/s (total and per core), the
//! baseline (every pattern of the finder rules counted with `find_iter` over
//! the same bytes, building nothing, on the same threads) and their ratio,
//! and for comparison the ratio to a scan of the code, committee and date
//! patterns alone. Then divan runs the detailed benchmarks.
//! `STDATLAS_BENCH_COPIES` sets N for the summary (default 100 ≈ 27 MB;
//! 1000 ≈ 270 MB).

use divan::counter::BytesCount;
use rayon::prelude::*;
use std::time::Instant;
use stdatlas::ingest::{InputFile, Source, load, load_files};
use stdatlas::{extract, synth};

// The allocator the `stdatlas` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn total_bytes(files: &[InputFile]) -> usize {
    files.iter().map(|f| f.bytes.len()).sum()
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            divan::black_box(f());
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn summary() {
    let copies: usize = std::env::var("STDATLAS_BENCH_COPIES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);
    let files = synth::corpus(copies);
    let mb = total_bytes(&files) as f64 / 1e6;
    let threads = rayon::current_num_threads();
    let runs = if copies > 300 { 2 } else { 5 };
    let model = load_files(&files, Vec::new());
    let full = best_of(runs, || load_files(&files, Vec::new()));
    let scan = |f: fn(&str) -> usize| {
        best_of(runs, || {
            files
                .par_iter()
                .map(|x| f(std::str::from_utf8(&x.bytes).unwrap_or("")))
                .sum::<usize>()
        })
    };
    let base = scan(extract::baseline_scan);
    let base_codes = scan(extract::baseline_scan_codes);
    println!(
        "ingest summary: {copies} copies of the seeds, {mb:.1} MB, {threads} threads, best of {runs}"
    );
    println!(
        "  model: {} documents, {} records, {} entities, {} relations",
        model.documents.len(),
        model.records.len(),
        model.entities.len(),
        model.relations.len()
    );
    println!(
        "  full ingest : {:8.1} MB/s  ({:.1} MB/s per core, {:.3} s)",
        mb / full,
        mb / full / threads as f64,
        full
    );
    println!(
        "  plain scan  : {:8.1} MB/s  ({:.3} s; every finder pattern)",
        mb / base,
        base
    );
    println!(
        "  ratio full/scan time: {:.2}x  (target <= 10x; per core target >= 50 MB/s)",
        full / base
    );
    println!(
        "  scan of the code, committee and date patterns only: {:.1} MB/s, ratio {:.2}x",
        mb / base_codes,
        full / base_codes
    );
}

fn main() {
    summary();
    divan::main();
}

#[divan::bench]
fn bundled(b: divan::Bencher) {
    let bytes: usize = stdatlas::ingest::files::BUNDLED
        .iter()
        .map(|f| f.1.len())
        .sum();
    b.counter(BytesCount::new(bytes))
        .bench(|| load(&Source::Bundled).unwrap());
}

#[divan::bench(args = [10, 50])]
fn synthetic(b: divan::Bencher, copies: usize) {
    let files = synth::corpus(copies);
    b.counter(BytesCount::new(total_bytes(&files)))
        .bench(|| load_files(&files, Vec::new()));
}

#[divan::bench(args = [10, 50])]
fn baseline_scan(b: divan::Bencher, copies: usize) {
    let files = synth::corpus(copies);
    b.counter(BytesCount::new(total_bytes(&files))).bench(|| {
        files
            .par_iter()
            .map(|f| extract::baseline_scan(std::str::from_utf8(&f.bytes).unwrap_or("")))
            .sum::<usize>()
    });
}
