//! The details panel on a corpus of the user's own (not the bundled one),
//! driven headless with egui_kittest: relations the seeds do not have are
//! listed under their own labels, in both directions.
#![cfg(feature = "gui")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::time::Instant;
use stdatlas::app::dialogs::FakeDialogs;
use stdatlas::app::{AtlasApp, Command, Options};
use stdatlas::ingest::{InputFile, Source, load_files};
use stdatlas::model::{Item, Model};

/// A catalogue page: one standard that adopts an ISO/IEC standard.
const CATALOGUE: &str = "Standard No.: GB/T 77080-2027\n\
English Title: Widget technology — Management systems — Requirements\n\
Status: Effective\n\
Adopted International Standard: ISO/IEC 99001:2026, IDT\n";

struct Slot {
    app: Option<AtlasApp>,
    model: Option<Model>,
}

fn harness() -> Harness<'static, Slot> {
    let model = load_files(
        &[InputFile {
            name: "catalogue.txt".into(),
            bytes: CATALOGUE.as_bytes().to_vec(),
        }],
        Vec::new(),
    );
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .with_max_steps(32)
        .build_ui_state(
            |ui, slot: &mut Slot| {
                if slot.app.is_none() {
                    let opts = Options {
                        corpus: None,
                        settings_path: None,
                        dialogs: Box::new(FakeDialogs::default()),
                        started: Instant::now(),
                    };
                    let model = slot.model.take().expect("one model");
                    slot.app = Some(AtlasApp::with_model(
                        ui.ctx(),
                        opts,
                        model,
                        Source::Paths(Vec::new()),
                    ));
                }
                slot.app.as_mut().expect("created").frame_ui(ui);
            },
            Slot {
                app: None,
                model: Some(model),
            },
        );
    h.run();
    h
}

fn select(h: &mut Harness<Slot>, code: &str) {
    let app = h.state_mut().app.as_mut().expect("created");
    let item = Item::Entity(
        app.state
            .model
            .find_by_code(code)
            .unwrap_or_else(|| panic!("{code} in the corpus")),
    );
    app.send(Command::Select(Some(item)));
    app.apply_pending();
    h.run();
}

#[test]
fn a_standard_lists_the_international_standard_it_adopts_and_back() {
    let mut h = harness();
    select(&mut h, "GB/T 77080-2027");
    h.get_by_label_contains("→ adopts (1)");
    // The evidence is the catalogue's line.
    h.get_by_label_contains("Adopted International Standard: ISO/IEC 99001:2026, IDT");
    select(&mut h, "ISO/IEC 99001:2026");
    h.get_by_label_contains("← adopted by (1)");
}
