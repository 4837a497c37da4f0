//! Bad input never stops a load and never panics: each case is a warning
//! naming the file (and offset), and the good files are still read.

use std::fs;
use stdatlas::ingest::{Source, files::MAX_FILE_BYTES, load};
use stdatlas::model::EntityKind;

fn data(p: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(p)
}

#[test]
fn each_bad_file_is_a_warning_and_the_rest_loads() {
    let m = load(&Source::Paths(vec![data("bad")])).unwrap();
    let warnings: Vec<String> = m.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            "binary.txt: skipped: binary file (contains NUL bytes), not text",
            "empty.txt: skipped: the file is empty",
            "invalid_utf8.txt: invalid UTF-8 at byte 79 (2 invalid sequences); replaced with U+FFFD",
        ]
    );
    let files: Vec<&str> = m.documents.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(files, ["bom_crlf.txt", "invalid_utf8.txt"]);
    // The lossily decoded file still yields its standard.
    assert!(m.find(EntityKind::Standard, "GB/T 12345-2024").is_some());
}

#[test]
fn bom_and_crlf_are_invisible() {
    let m = load(&Source::Paths(vec![data("bad/bom_crlf.txt")])).unwrap();
    let d = &m.documents[0];
    assert_eq!(d.line(1), "BOM Article Title");
    assert!(!d.text.contains('\r') && !d.text.starts_with('\u{feff}'));
    assert_eq!(m.records[0].title, "BOM Article Title");
    assert_eq!(m.records[0].date.unwrap().to_string(), "2024-06-05");
    let std = m.entity(m.find(EntityKind::Standard, "GB/T 54321.2-2024").unwrap());
    assert_eq!(std.name, "Information technology — Sample widgets");
}

#[test]
fn a_file_given_by_name_with_another_extension_is_skipped_with_a_warning() {
    let m = load(&Source::Paths(vec![data("bad/notes.pdf")])).unwrap();
    assert!(m.documents.is_empty());
    assert_eq!(
        m.warnings[0].to_string(),
        "notes.pdf: skipped: only .txt and .md files are read"
    );
}

#[test]
fn a_huge_file_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.txt");
    let f = fs::File::create(&p).unwrap();
    f.set_len(MAX_FILE_BYTES + 1).unwrap(); // sparse: costs no disk
    fs::write(
        dir.path().join("ok.txt"),
        "Small Note\n\nOn 1 May 2024, GB 1234-2024 Thing was issued.\n",
    )
    .unwrap();
    let m = load(&Source::Paths(vec![dir.path().to_owned()])).unwrap();
    assert_eq!(m.documents.len(), 1);
    assert_eq!(m.warnings.len(), 1);
    assert_eq!(m.warnings[0].file, "huge.txt");
    assert!(
        m.warnings[0].message.contains("over the 512 MiB limit"),
        "{}",
        m.warnings[0]
    );
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let e = load(&Source::Paths(vec![data("no/such/folder")])).unwrap_err();
    assert!(e.to_string().starts_with("corpus path not found: "), "{e}");
    assert!(e.to_string().ends_with("no/such/folder"), "{e}");
}
