//! Per-rule throughput: each extraction rule run alone over the same
//! synthetic corpus, so one slow pattern shows up by name. The link rules'
//! pattern families run on every line, each the way its rule runs it. Prints MB/s per
//! rule (single thread). `STDATLAS_BENCH_COPIES` sets the corpus size
//! (default 20 copies of the seeds ≈ 5.4 MB).

use std::time::Instant;
use stdatlas::extract::{self, bodies, codes, committees, dates, events, instruments};
use stdatlas::ingest::segment;
use stdatlas::synth;

fn main() {
    let copies: usize = std::env::var("STDATLAS_BENCH_COPIES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let texts: Vec<String> = synth::corpus(copies)
        .into_iter()
        .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
        .collect();
    let mb = texts.iter().map(|t| t.len()).sum::<usize>() as f64 / 1e6;
    let mut rules: Vec<extract::RuleScan> = vec![
        ("codes (standard codes)", |t| codes::find_codes(t).len()),
        ("committees", |t| committees::find_committees(t).len()),
        ("dates", |t| dates::find_dates(t, Some(2025)).len()),
        ("bodies: dictionary", |t| bodies::find_known(t).len()),
        ("bodies: name shapes", |t| bodies::find_by_shape(t).len()),
        ("bodies: departments", |t| bodies::find_departments(t).len()),
        ("instruments", |t| instruments::find_instruments(t).len()),
        ("events", |t| events::find_events(t).len()),
        ("segmentation", |t| segment::segment(t).records.len()),
    ];
    rules.extend(extract::link_rule_scans());
    println!("per-rule throughput over {mb:.1} MB ({copies} copies), one thread, best of 3:");
    for (name, f) in &rules {
        let best = (0..3)
            .map(|_| {
                let t = Instant::now();
                let n: usize = texts.iter().map(|x| f(x)).sum();
                std::hint::black_box(n);
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        let rate = mb / best;
        let flag = if rate < 100.0 { "  < 100 MB/s" } else { "" };
        println!("  {name:<26} {rate:9.1} MB/s{flag}");
    }
}
