//! The command line, run as a user would.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stdatlas"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn stats_on_the_bundled_corpus() {
    let o = run(&["stats"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = stdout(&o);
    assert!(s.starts_with("documents: 5\n"), "{s}");
    assert!(
        s.contains("  000_9ac5c7284d181038.txt  agenda  2026-04  5 records"),
        "{s}"
    );
    assert!(
        s.contains("warnings: 1\n  001_2db12343a8012ce7.txt:113: implausible date 2027-06-01"),
        "{s}"
    );
}

#[test]
fn json_export_follows_the_schema() {
    let o = run(&["export", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["schema"], "stdatlas.model/1");
    assert_eq!(v["documents"].as_array().unwrap().len(), 5);
    let ids: std::collections::HashSet<&str> = ["records", "entities"]
        .iter()
        .flat_map(|k| v[k].as_array().unwrap())
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    for r in v["relations"].as_array().unwrap() {
        assert!(ids.contains(r["from"].as_str().unwrap()), "{r}");
        assert!(ids.contains(r["to"].as_str().unwrap()), "{r}");
        assert!(r["evidence"]["line"].as_u64().unwrap() >= 1);
    }
    let wg8 = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "committee:SAC/TC260/WG8")
        .unwrap();
    assert_eq!(wg8["type"], "WG");
    assert_eq!(wg8["parent"], "committee:SAC/TC260");
    let rec = &v["records"][0];
    assert_eq!(rec["id"], "doc:000_9ac5c7284d181038.txt#1");
    assert_eq!(rec["lines"], serde_json::json!([13, 30]));
    assert_eq!(rec["date"], "2026-03-31");
}

#[test]
fn export_is_deterministic() {
    let a = run(&["export", "--format", "json"]).stdout;
    let b = run(&["export", "--format", "json"]).stdout;
    assert_eq!(a, b);
}

#[test]
fn committee_filter_keeps_its_subcommittees_standards() {
    let o = run(&[
        "export",
        "--format",
        "csv",
        "--kind",
        "standard",
        "--committee",
        "sac/tc 260",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = stdout(&o);
    assert!(s.starts_with(
        "id,kind,type,code,name,aliases,parent,status,dates,mentions,first_mention\n"
    ));
    assert!(s.contains("standard:20260948-T-469,standard,plan,"), "{s}");
    assert!(s.contains("standard:GB 45438-2025,"), "{s}");
    assert!(
        !s.contains("GB/T 45288.1-2025"),
        "SC42's standard is not TC260's"
    );
}

#[test]
fn date_and_text_filters_on_records() {
    let o = run(&[
        "export",
        "--format",
        "csv",
        "--records",
        "--kind",
        "record",
        "--since",
        "2025-10-16",
        "--until",
        "2025-10-18",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = stdout(&o);
    let titles: Vec<&str> = s
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(2).unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "China Published Report on Standards Essential Patent (English Available)",
            "2025 World ICV Conference Held in Beijing",
            "Technological Roadmap of ICV Network (2025-2030) Officially Released"
        ]
    );
    let o = run(&["export", "--format", "json", "--query", "45438"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let ents: Vec<&str> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ents, ["standard:GB 45438-2025"]);
}

#[test]
fn export_to_a_file_and_ron() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("model.ron");
    let o = run(&[
        "export",
        "--format",
        "ron",
        "--out",
        out.to_str().unwrap(),
        "--corpus",
        "tests/data/corpus",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = std::fs::read_to_string(&out).unwrap();
    assert!(s.starts_with("(\n    schema: \"stdatlas.model/1\","), "{s}");
    assert!(s.contains("file: \"sub/article.txt\""), "{s}");
    assert!(s.contains("\"committee:SAC/TC999/WG2\""), "{s}");
}

#[test]
fn errors_are_one_line_with_a_cause_and_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["export", "--format", "xml"],
            "unknown export format \"xml\"",
        ),
        (
            &[
                "export",
                "--format",
                "json",
                "--out",
                "/nonexistent-dir/x.json",
            ],
            "cannot write /nonexistent-dir/x.json",
        ),
        (
            &["stats", "--corpus", "no/such/dir"],
            "corpus path not found: no/such/dir",
        ),
        (
            &["export", "--format", "json", "--since", "last week"],
            "--since \"last week\" is not a date",
        ),
        (
            &["export", "--format", "json", "--kind", "law"],
            "unknown kind \"law\"",
        ),
        (
            &["export", "--format", "json", "--committee", "TC999"],
            "no committee with code \"TC999\"",
        ),
        (&["frobnicate"], "unrecognized subcommand"),
    ];
    for (args, want) in cases {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = stderr(&o);
        // Warnings about the corpus may come first; the error is one line.
        let errors: Vec<&str> = e
            .lines()
            .filter(|l| !l.starts_with("stdatlas: warning: "))
            .collect();
        assert_eq!(errors.len(), 1, "{args:?}: {e}");
        assert!(
            errors[0].starts_with("stdatlas: error: ") && errors[0].contains(want),
            "{args:?}: {e}"
        );
    }
}

#[test]
fn a_failed_export_keeps_the_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("keep.json");
    std::fs::write(&out, "precious").unwrap();
    let o = run(&[
        "export",
        "--format",
        "json",
        "--until",
        "2025-13",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "precious");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temp file left"
    );
}

#[test]
fn markdown_report_has_fields_relations_and_sources() {
    let o = run(&["export", "--format", "md", "--query", "45438"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = stdout(&o);
    assert!(s.starts_with("# Standards Atlas report\n"), "{s}");
    assert!(s.contains("## GB 45438-2025 — Cybersecurity technology—Labeling method for content generated by artificial intelligence"), "{s}");
    assert!(s.contains("- Status: effective"), "{s}");
    assert!(s.contains("- Effective: 2025-09-01"), "{s}");
    assert!(
        s.contains(
            "- supports → Measures for the Labeling of Content Generated by Artificial Intelligence"
        ),
        "{s}"
    );
    assert!(s.contains("### Sources"), "{s}");
    assert!(s.contains("002_7c79ee682fc5b743.txt:"), "{s}");
}

#[test]
fn graph_formats_hold_nodes_edges_and_chinese() {
    for (fmt, node, edge) in [
        (
            "graphml",
            "<node id=\"committee:SAC/TC260/WG8\">",
            "<data key=\"rkind\">part_of</data>",
        ),
        (
            "gexf",
            "<node id=\"committee:SAC/TC260/WG8\" label=\"Data Security\">",
            "label=\"part_of\"",
        ),
        (
            "dot",
            "\"committee:SAC/TC260/WG8\" [label=\"SAC/TC260/WG8\"",
            "\"committee:SAC/TC260/WG8\" -> \"committee:SAC/TC260\" [label=\"part_of\"",
        ),
    ] {
        let o = run(&[
            "export",
            "--format",
            fmt,
            "--kind",
            "committee",
            "--kind",
            "organization",
        ]);
        assert!(o.status.success(), "{fmt}: {}", stderr(&o));
        let s = stdout(&o);
        assert!(s.contains(node), "{fmt}: {node}");
        assert!(s.contains(edge), "{fmt}: {edge}");
        // The abbreviations table gives CESI its Chinese name; names stay intact.
        assert!(!s.contains("&#"), "{fmt}: no numeric escapes");
    }
    let o = run(&[
        "export",
        "--format",
        "graphml",
        "--kind",
        "organization",
        "--query",
        "中国电子标准化研究所",
    ]);
    assert!(
        stdout(&o).contains("<node id=\"organization:CESI\">"),
        "{}",
        stdout(&o)
    );
}
