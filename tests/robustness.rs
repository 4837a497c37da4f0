//! Mangled input never panics: the seeds cut, spliced and sprinkled with
//! odd characters, random bytes, and degenerate one-line documents all load.

use stdatlas::ingest::{InputFile, files::BUNDLED, load_files};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() as usize) % n.max(1)
    }
}

const ODD: &[&str] = &[
    "—",
    "–",
    "中",
    "国",
    "\t",
    "\r",
    "\u{a0}",
    "\u{feff}",
    "**",
    "<b>",
    "</i>",
    "#",
    "- ",
    "1. ",
    "II. ",
    "[…]",
    "(",
    ")",
    ":",
    "Replace ",
    "GB/T ",
    "20261234-T-",
    "SAC/TC",
    "WG",
    "Working Group of ",
    "Issued by:",
    "Legal basis:",
    "Secretariat:",
    "Supporting Documents",
    "\n",
    "\n\n\n\n",
    " Law",
    "Measures for ",
    "On September 31, 2025",
    "From 40 to 2 May",
    "\u{3000}",
    "（",
    "）",
    "《",
    "》",
    "：",
    "。",
    " | ",
    "## ",
    "By ",
    "Published ",
    "1.2 ",
    "Law on ",
    " and the ",
    "(WG8)",
    "Issued: ",
    "ITU-T X.",
    "CEN/",
    "NEA/TC",
    "Key Points for ",
    "秘书处承担单位为",
    "对口",
    "请于",
    "年",
];

fn load(name: &str, text: Vec<u8>) {
    let m = load_files(
        &[InputFile {
            name: name.into(),
            bytes: text,
        }],
        Vec::new(),
    );
    // Every relation points inside the model; every record span is in its document.
    for r in &m.records {
        let d = m.document(r.document);
        assert!(
            r.lines.0 >= 1 && r.lines.0 <= r.lines.1 && r.lines.1 as usize <= d.line_count(),
            "{name}: {:?}",
            r.lines
        );
    }
    for rel in &m.relations {
        assert!(rel.to.index() < m.entities.len());
        assert!(rel.evidence.line >= 1);
    }
}

#[test]
fn mangled_seeds_load() {
    let mut rng = Rng(7);
    for (name, bytes) in BUNDLED {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let chars: Vec<char> = text.chars().collect();
        for round in 0..12 {
            let mut out: Vec<char> = chars.clone();
            for _ in 0..40 {
                match rng.below(3) {
                    0 if !out.is_empty() => {
                        let a = rng.below(out.len());
                        let b = (a + rng.below(200)).min(out.len());
                        out.drain(a..b);
                    }
                    1 => {
                        let at = rng.below(out.len() + 1);
                        let s = ODD[rng.below(ODD.len())];
                        for (k, c) in s.chars().enumerate() {
                            out.insert(at + k, c);
                        }
                    }
                    _ => {
                        // Splice a random slice of the document elsewhere.
                        if out.len() > 10 {
                            let a = rng.below(out.len() - 1);
                            let b = (a + rng.below(300)).min(out.len());
                            let piece: Vec<char> = out[a..b].to_vec();
                            let at = rng.below(out.len());
                            for (k, c) in piece.into_iter().enumerate() {
                                out.insert(at + k, c);
                            }
                        }
                    }
                }
            }
            let cut = rng.below(out.len() + 1);
            let s: String = out[..cut].iter().collect();
            load(&format!("{round}-{name}"), s.into_bytes());
        }
    }
}

#[test]
fn random_bytes_and_degenerate_documents_load() {
    let mut rng = Rng(11);
    for i in 0..50 {
        let len = rng.below(4000);
        let bytes: Vec<u8> = (0..len)
            .map(|_| (rng.next() % 256) as u8)
            .filter(|b| *b != 0)
            .collect();
        load(&format!("random{i}.txt"), bytes);
    }
    for (i, s) in [
        "",
        "\n",
        "\n\n\n",
        "#",
        "I.",
        "I. ",
        "II. WG8",
        "Index\nTakeaways\t3",
        "Index\n\nA\t1\nB\t2\nC\t3\n",
        "[…]",
        "x […]\n[…]",
        "GB/T",
        "GB/T 1",
        "20261234-T-1",
        "SAC/TC",
        "WG8",
        "Issued by:",
        "Legal basis:\n",
        "Secretariat: CESI",
        "Supporting Documents\n- GB 1-2020",
        "Working Group of ",
        "Mr.",
        ". . .",
        "中文\n中文",
        "\u{feff}",
        "\r\r\r",
    ]
    .iter()
    .enumerate()
    {
        load(&format!("edge{i}.txt"), s.as_bytes().to_vec());
    }
}

#[test]
fn inputs_that_once_panicked() {
    // A wide space before a date; a draft marker with a Chinese character
    // in it; an instrument's name that holds a committee's full name, with
    // a parenthesis after it.
    for (i, t) in [
        "发\u{3000}布日期：2024-03-15\n",
        "SAMR released the Product Quality Law (Draft ：2023) for comments.\n",
        "Provisions on the Protection of Widget Data (Draft for Comm年ents) were issued.\n",
        "According to the plan, Key Points for the National Technical Committee on Robot Standardization (SAC/TC 591) will lead.\n",
        // Names nested in others after "organized by" and "drafted by".
        "The Widget Week will be held in Guangzhou, organized by Key Points for TC260.\n",
        "The YD/T standards were drafted by CCSA/TC 5 and Key Points for CCSA/TC 8.\n",
        // A name wrapped onto the next line, before a parenthesis.
        "- Regulations on Network Data Security Management (State\nCouncil, effective 1 January 2025)\n",
        // An issuing verb inside an instrument's name, "issued by" after it.
        "The standards support the Regulations on the Published Administration of Widget Data (Trial), issued by CAC and MIIT in 2021.\n",
    ]
    .into_iter()
    .enumerate()
    {
        load(&format!("once-{i}"), t.as_bytes().to_vec());
    }
}
