//! Frame cost of the desktop views, headless: CPU time (this thread) of
//! one egui pass plus tessellation, for each view, on the bundled corpus
//! and on a synthetic model of 250,000 records. Prints p50/p95/max per
//! view and the start-up time to the first frame with the corpus loaded.
//!
//! `cargo bench --bench frames` (release build). Targets: p95 ≤ 8 ms;
//! start to first frame ≤ 0.5 s.

use egui::{Event, Pos2, RawInput, Rect, Vec2};
use std::time::{Duration, Instant};
use stdatlas::app::dialogs::FakeDialogs;
use stdatlas::app::{AtlasApp, Command, Options, Tab};
use stdatlas::ingest::Source;
use stdatlas::model::Item;
use stdatlas::synth::model::{Size, model};

fn cpu_now() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn opts() -> Options {
    Options {
        corpus: None,
        settings_path: None,
        dialogs: Box::new(FakeDialogs::default()),
        started: Instant::now(),
    }
}

fn input(i: usize) -> RawInput {
    // The pointer sweeps over the table and the tree, so hovering does real work.
    let y = 150.0 + (i % 40) as f32 * 20.0;
    let x = if i.is_multiple_of(2) { 700.0 } else { 120.0 };
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(1600.0, 1000.0))),
        time: Some(i as f64 / 60.0),
        events: vec![Event::PointerMoved(Pos2::new(x, y))],
        ..Default::default()
    }
}

fn frame(ctx: &egui::Context, app: &mut AtlasApp, i: usize) -> Duration {
    let t = cpu_now();
    let out = ctx.run_ui(input(i), |ui| app.frame_ui(ui));
    let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
    cpu_now() - t
}

fn report(name: &str, ctx: &egui::Context, app: &mut AtlasApp) {
    for i in 0..10 {
        frame(ctx, app, i);
    }
    let mut v: Vec<f64> = (0..200)
        .map(|i| frame(ctx, app, i).as_secs_f64() * 1e3)
        .collect();
    v.sort_by(f64::total_cmp);
    let p = |q: f64| v[((v.len() - 1) as f64 * q) as usize];
    let p95 = p(0.95);
    println!(
        "{name:<44} p50 {:>6.2} ms  p95 {:>6.2} ms  max {:>6.2} ms  {}",
        p(0.5),
        p95,
        v[v.len() - 1],
        if p95 <= 8.0 { "ok" } else { "OVER 8 ms" }
    );
}

fn views(label: &str, ctx: &egui::Context, app: &mut AtlasApp, select: Option<Item>) {
    app.send(Command::SetTab(Tab::Records));
    app.send(Command::Select(None));
    app.apply_pending();
    report(&format!("{label}: records table"), ctx, app);
    app.send(Command::Select(select));
    app.apply_pending();
    report(&format!("{label}: records + details"), ctx, app);
    let t = Instant::now();
    app.send(Command::SetQuery("requirements".into()));
    app.apply_pending();
    println!(
        "{label}: typing a search refilters {} rows in {:.1} ms",
        app.shown().len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    report(
        &format!("{label}: records, search \"requirements\""),
        ctx,
        app,
    );
    let t = Instant::now();
    app.send(Command::SortBy(stdatlas::views::Column::Date, true));
    app.apply_pending();
    println!(
        "{label}: sorting by date takes {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    app.send(Command::SetQuery(String::new()));
    if let Some(Item::Entity(e)) = select {
        let m = app.state.model.entity(e).mentions.first().copied();
        if let Some(m) = m {
            app.send(Command::ShowSource(m.document, m.line, None));
        }
    }
    app.apply_pending();
    report(&format!("{label}: source window"), ctx, app);
    app.send(Command::CloseSource);
    for tab in [Tab::Timeline, Tab::Graph] {
        app.send(Command::SetTab(tab));
        app.apply_pending();
        report(&format!("{label}: {}", tab.name().to_lowercase()), ctx, app);
    }
}

fn main() {
    // Start-up: create the app (fonts, bundled corpus) and draw the first frame.
    let started = Instant::now();
    let ctx = egui::Context::default();
    let mut app = AtlasApp::new(&ctx, opts());
    frame(&ctx, &mut app, 0);
    let startup = started.elapsed().as_secs_f64();
    println!(
        "start to first frame with the bundled corpus: {:.3} s  {}",
        startup,
        if startup <= 0.5 { "ok" } else { "OVER 0.5 s" }
    );
    let sel = app.state.model.find_by_code("SAC/TC260").map(Item::Entity);
    views("bundled", &ctx, &mut app, sel);

    let t = Instant::now();
    let big = model(Size {
        records: 250_000,
        standards: 50_000,
        links: 120_000,
    });
    println!(
        "synthetic model: {} records, {} entities, {} relations (built in {:.1} s)",
        big.records.len(),
        big.entities.len(),
        big.relations.len(),
        t.elapsed().as_secs_f64()
    );
    let ctx = egui::Context::default();
    let sel = big.find_by_code("SAC/TC001").map(Item::Entity);
    let mut app = AtlasApp::with_model(&ctx, opts(), big, Source::Bundled);
    views("250k records", &ctx, &mut app, sel);
}
