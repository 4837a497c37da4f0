//! Facts read by hand from the bundled seed documents.

mod common;
use common::*;
use stdatlas::model::{DocKind, EntityKind, RelationKind};

#[test]
fn every_seed_is_a_document_of_the_right_kind_and_date() {
    let m = seeds();
    let got: Vec<(String, DocKind, Option<String>, Option<String>)> = m
        .documents
        .iter()
        .map(|d| {
            (
                d.file[..3].to_owned(),
                d.kind,
                d.date.map(|x| x.to_string()),
                d.date_end.map(|x| x.to_string()),
            )
        })
        .collect();
    let s = |x: &str| Some(x.to_owned());
    assert_eq!(
        got,
        [
            ("000".into(), DocKind::Agenda, s("2026-04"), None),
            (
                "001".into(),
                DocKind::Newsletter,
                s("2025-09"),
                s("2025-10")
            ),
            ("002".into(), DocKind::Slides, s("2025-09-23"), None),
            (
                "003".into(),
                DocKind::Newsletter,
                s("2023-09"),
                s("2023-10")
            ),
            ("004".into(), DocKind::Listing, None, None),
        ]
    );
    // The one implausible date in the corpus is kept as printed and reported.
    let w: Vec<String> = m.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].starts_with("001_2db12343a8012ce7.txt:113: implausible date 2027-06-01"),
        "{w:?}"
    );
}

#[test]
fn agenda_sessions_and_the_wg8_plan_numbers() {
    let m = seeds();
    let recs = records(m, "000");
    let titles: Vec<&str> = recs.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Plenary Session",
            "WG5 (Cybersecurity Assessment)",
            "WG7 (Network Security Management)",
            "WG8 (Data Security)",
            "WG9 (AI Security)"
        ]
    );
    assert_eq!(recs[0].date.unwrap().to_string(), "2026-03-31");
    let wg8 = standards_in(m, recs[3]);
    for code in [
        "20260948-T-469",
        "20261182-T-469",
        "20257066-T-469",
        "GB/T 41819-2022",
        "GB/T 39335-2020",
    ] {
        assert!(wg8.contains(&code.to_owned()), "{code} in {wg8:?}");
    }
    let plan = entity(m, EntityKind::Standard, "20260948-T-469");
    assert_eq!(plan.etype, "plan");
    assert_eq!(
        plan.name,
        "Data Security Technology - Technical Requirements for Automated Tools to Collect Network Data"
    );
    assert_eq!(
        targets(m, plan, RelationKind::DevelopedBy),
        ["committee:SAC/TC260/WG8"]
    );
    let wg = entity(m, EntityKind::Committee, "SAC/TC260/WG8");
    assert_eq!(wg.parent, m.find(EntityKind::Committee, "SAC/TC260"));
    assert_eq!(wg.name, "Data Security");
}

#[test]
fn slides_list_the_large_model_standard_under_sc42() {
    let m = seeds();
    let std = entity(m, EntityKind::Standard, "GB/T 45288.1-2025");
    assert_eq!(std.etype, "GB/T");
    assert_eq!(
        std.name,
        "Artificial intelligence—Large-scale model—Part 1: General requirements"
    );
    assert_eq!(
        targets(m, std, RelationKind::DevelopedBy),
        ["committee:SAC/TC28/SC42"]
    );
    // A title the slide wraps over three lines is read whole.
    assert_eq!(
        entity(m, EntityKind::Standard, "GB/T 45401.2-2025").name,
        "Artificial intelligence—Scheduling and cooperation for computing devices—Part 2: Framework for distributed computing"
    );
    let sc42 = entity(m, EntityKind::Committee, "SAC/TC28/SC42");
    assert_eq!(sc42.parent, m.find(EntityKind::Committee, "SAC/TC28"));
    // Its working groups known by name.
    let kids: Vec<&str> = m.children(sc42.id).map(|e| e.key.as_str()).collect();
    for wg in [
        "SAC/TC28/SC42/WG Knowledge Graph",
        "SAC/TC28/SC42/WG Embodied Intelligence",
        "SAC/TC28/SC42/WG Fundamental Standards",
    ] {
        assert!(kids.contains(&wg), "{wg} in {kids:?}");
    }
    // Their secretariats: SC42's is CESI's; MIIT/TC1's is CAICT, whose
    // name the slide wraps onto a second line ("China Academy of
    // Information and" / "Communications Technology (CAICT)").
    assert_eq!(
        targets(m, sc42, RelationKind::Secretariat),
        ["organization:CESI"]
    );
    let miit_tc1 = entity(m, EntityKind::Committee, "MIIT/TC1");
    assert_eq!(
        targets(m, miit_tc1, RelationKind::Secretariat),
        ["organization:CAICT"]
    );
    // The slide's own spelling is kept as an alias.
    assert!(
        sc42.aliases.iter().any(|a| a == "sac/tc28/sc42"),
        "{:?}",
        sc42.aliases
    );
}

#[test]
fn sep_oct_2025_newsletter_has_its_articles_once_with_their_own_dates() {
    let m = seeds();
    let recs = records(m, "001");
    let articles: Vec<_> = recs
        .iter()
        .filter(|r| r.section.as_deref() != Some("Takeaways"))
        .collect();
    assert_eq!(articles.len(), 30, "the index lists 30 articles");
    let mut titles: Vec<&str> = recs.iter().map(|r| r.title.as_str()).collect();
    titles.sort();
    titles.dedup();
    assert_eq!(titles.len(), recs.len(), "no item counted twice");
    let date_of = |t: &str| {
        recs.iter()
            .find(|r| r.title == t)
            .unwrap_or_else(|| panic!("no record {t}"))
            .date
            .map(|d| d.to_string())
    };
    let s = |x: &str| Some(x.to_owned());
    assert_eq!(
        date_of("China Revises Cybersecurity Law to Strengthen Legal Liability"),
        s("2025-08-08")
    );
    assert_eq!(
        date_of("TC260 Published AI Safety Governance Framework 2.0"),
        s("2025-09-15")
    );
    assert_eq!(
        date_of("SAC/TC260 2nd Standards Week 2025 Held in Kunming"),
        s("2025-09-14")
    );
    assert_eq!(
        date_of("SAC/TC114/SC34 18th Working Meeting on Six ICV-Related Standards in 2025"),
        s("2025-10-13")
    );
    assert_eq!(
        date_of("China Updates Energy and Water Efficiency Labeling Catalogue"),
        s("2025-09")
    );
    assert_eq!(
        date_of(
            "MIIT to Establish New Standardization Working Group on Service-Oriented Manufacturing"
        ),
        s("2025-09-28")
    );
    assert_eq!(
        date_of("SAC Launched Statistical Analysis on the Implementation of Mandatory Standards"),
        s("2025-09-26")
    );
    assert_eq!(
        date_of("China Calls for Comments on Standards System of Intelligent Transport System"),
        s("2025-09-25")
    );
    // Sections and topic tags.
    let cdas = recs
        .iter()
        .find(|r| {
            r.title
                .starts_with("Call for Comment on National Mandatory")
        })
        .unwrap();
    assert_eq!(cdas.section.as_deref(), Some("Digital Transition"));
    assert_eq!(cdas.category.as_deref(), Some("Self-Driving"));
    // Takeaways link to their articles instead of being records.
    let iso = recs
        .iter()
        .find(|r| r.title == "China Launches Call for 2026 ISO Standards Project")
        .unwrap();
    let (a, b) = iso.summary_lines.expect("linked takeaway");
    assert!(a < 100 && b >= a, "the takeaway comes before the body");
    assert_eq!(recs.iter().filter(|r| r.summary_lines.is_some()).count(), 9);
}

#[test]
fn sep_oct_2023_newsletter_links_all_twelve_takeaways() {
    let m = seeds();
    let recs = records(m, "003");
    assert_eq!(recs.len(), 23);
    assert_eq!(
        recs.iter().filter(|r| r.summary_lines.is_some()).count(),
        12
    );
    assert_eq!(
        recs[0].title,
        "SESEC in Recent Chinese Standardisation Events"
    );
    assert_eq!(
        recs[22].title,
        "China Releases Association Standard on Education Services for the Elderly"
    );
    let sca = recs
        .iter()
        .find(|r| r.title.starts_with("SCA Issues the Measures"))
        .unwrap();
    assert_eq!(sca.date.unwrap().to_string(), "2023-10-07");
    assert_eq!(sca.category.as_deref(), Some("Law and Regulations"));
    let conf = recs
        .iter()
        .find(|r| r.title == "The 5th China Quality Conference Held in Chengdu")
        .unwrap();
    assert_eq!(
        conf.date.unwrap().to_string(),
        "2023-09-01",
        "September 1-3 takes the issue's year"
    );
}

#[test]
fn listing_items_are_records_with_their_dates() {
    let m = seeds();
    let recs = records(m, "004");
    assert_eq!(recs.len(), 10);
    assert_eq!(
        recs[0].title,
        "China Releases National Recommended Standard on Security of Office Devices"
    );
    assert_eq!(recs[0].date.unwrap().to_string(), "2024-09-29");
    assert_eq!(recs[9].date.unwrap().to_string(), "2024-09-04");
}

#[test]
fn tc260_is_one_committee_across_spellings_and_years() {
    let m = seeds();
    let tc = entity(m, EntityKind::Committee, "SAC/TC260");
    let files: std::collections::BTreeSet<&str> = tc
        .mentions
        .iter()
        .map(|x| &m.document(x.document).file[..3])
        .collect();
    assert!(
        files.contains("001") && files.contains("003") && files.contains("000"),
        "{files:?}"
    );
    for alias in [
        "TC 260",
        "TC260",
        "SAC TC260",
        "National Information Security Standardisation Technical Committee",
    ] {
        assert!(
            tc.aliases.iter().any(|a| a == alias),
            "{alias} in {:?}",
            tc.aliases
        );
    }
    let kids: Vec<&str> = m.children(tc.id).map(|e| e.key.as_str()).collect();
    for wg in [
        "SAC/TC260/WG3",
        "SAC/TC260/WG5",
        "SAC/TC260/WG8",
        "SAC/TC260/WG9",
        "SAC/TC260/SWG-ETS",
    ] {
        assert!(kids.contains(&wg), "{wg} in {kids:?}");
    }
}

#[test]
fn every_code_in_a_sample_line_is_extracted_and_none_invented() {
    let m = seeds();
    let standards: Vec<&str> = m
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Standard)
        .map(|e| e.key.as_str())
        .collect();
    for code in [
        "GB 45438-2025",
        "GB/T 29244-2012",
        "GB/T 37044-XXXX",
        "GB 46864",
        "GB/Z 43194-2023",
        "T/CAS 754-2023",
        "TC260-PG-20252A",
        "TC260-003",
        "2024-0746T-QC",
        "20243883-Q-339",
        "ISO/IEC TS 4213",
        "ISO/IEC TR 24372",
    ] {
        assert!(standards.contains(&code), "{code}");
    }
    assert!(
        !standards
            .iter()
            .any(|s| s.contains("TC260-PG") && *s != "TC260-PG-20252A")
    );
    assert!(!standards.contains(&"GB/T 2026"));
}

#[test]
fn same_corpus_same_ids_and_order() {
    let a = stdatlas::ingest::load(&stdatlas::ingest::Source::Bundled).unwrap();
    let b = seeds();
    let keys = |m: &stdatlas::Model| m.entities.iter().map(|e| e.export_id()).collect::<Vec<_>>();
    assert_eq!(keys(&a), keys(b));
    assert_eq!(a.relations, b.relations);
}

#[test]
fn ccsa_tc602_working_groups_are_named_by_the_slide_that_lists_them() {
    // "CCSA/TC602 consists of 14 technical working groups: - WG1 General
    // Group ... - WG14 Software" (the slide's spelling kept as printed).
    let m = seeds();
    for (key, name) in [
        ("CCSA/TC602/WG1", "General Group"),
        ("CCSA/TC602/WG2", "Data and labeling"),
        ("CCSA/TC602/WG7", "Safety governance and scentific ethics"),
        ("CCSA/TC602/WG14", "Software"),
    ] {
        let wg = entity(m, EntityKind::Committee, key);
        assert_eq!(wg.name, name, "{key}");
        assert_eq!(
            wg.parent,
            m.find(EntityKind::Committee, "CCSA/TC602"),
            "{key}"
        );
    }
}

#[test]
fn the_titled_big_data_draft_is_a_standard_open_for_comments_not_the_plans() {
    // 2025 newsletter: "SAC/TC28 released the draft national recommended
    // standard *Information technology- Big data- Core metadata for data
    // asset* for public comments until **December 31, 2025**, ... as
    // outlined in policy documents such as "Data Elements x" Three-Year
    // Action Plan (2024-2026) ...".
    let m = seeds();
    let p = entity(
        m,
        EntityKind::Standard,
        "Information technology- Big data- Core metadata for data asset",
    );
    assert_eq!(p.status.as_deref(), Some("draft for comments"));
    let deadline: Vec<String> = p
        .dates
        .iter()
        .filter(|d| d.what == "comment deadline")
        .map(|d| d.date.to_string())
        .collect();
    assert_eq!(deadline, ["2025-12-31"]);
    assert_eq!(
        targets(m, p, RelationKind::DevelopedBy),
        ["committee:SAC/TC28"]
    );
    // The deadline is the draft's, not that of a plan the text mentions.
    let plan = entity(
        m,
        EntityKind::Instrument,
        "Three-Year Action Plan (2024-2026)",
    );
    assert!(plan.dates.iter().all(|d| d.what != "comment deadline"));
}
