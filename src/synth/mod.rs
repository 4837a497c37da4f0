//! Synthetic corpora for benchmarks: the bundled documents copied N times,
//! each copy with freshly minted standard codes, plan numbers, committee
//! numbers and dates, so entity and relation counts grow with N; and
//! [`model`], large models built directly for the view benchmarks.

pub mod model;

use crate::ingest::InputFile;
use crate::ingest::files::BUNDLED;
use regex::{Captures, Regex};
use std::sync::LazyLock;

static GB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(GB(?:/[TZ])?\s?)(\d{3,6})").unwrap());
static PLAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(20\d{2})(\d{4})-([TQZ])-(\d{3})(?-u:\b)").unwrap());
static TC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)((?i:TC)\s?)(\d{1,3})(?-u:\b)").unwrap());
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(20[12]\d)(?-u:\b)").unwrap());

/// Rewrites one document for copy number `i` (copy 0 is unchanged).
pub fn mint(text: &str, i: usize) -> String {
    if i == 0 {
        return text.to_owned();
    }
    let k = i as u64;
    let t = GB.replace_all(text, |c: &Captures| {
        let n: u64 = c[2].parse().unwrap_or(0);
        format!("{}{}", &c[1], 10_000 + (n * 31 + k * 7_919) % 90_000)
    });
    let t = PLAN.replace_all(&t, |c: &Captures| {
        let seq: u64 = c[2].parse().unwrap_or(0);
        let tc: u64 = c[4].parse().unwrap_or(0);
        format!(
            "{}{:04}-{}-{}",
            &c[1],
            (seq + k * 13) % 10_000,
            &c[3],
            100 + (tc + k) % 900
        )
    });
    let t = TC.replace_all(&t, |c: &Captures| {
        let n: u64 = c[2].parse().unwrap_or(0);
        format!("{}{}", &c[1], 1 + (n + k * 17) % 999)
    });
    let t = YEAR.replace_all(&t, |c: &Captures| {
        let y: u64 = c[1].parse().unwrap_or(2020);
        format!("{}", 2000 + (y - 2000 + k) % 30)
    });
    t.into_owned()
}

/// The bundled corpus copied `n` times (copy `i` in folder `copyNNNN/`).
pub fn corpus(n: usize) -> Vec<InputFile> {
    let mut out = Vec::with_capacity(n * BUNDLED.len());
    for i in 0..n {
        for (name, bytes) in BUNDLED {
            let text = String::from_utf8_lossy(bytes);
            out.push(InputFile {
                name: format!("copy{i:04}/{name}"),
                bytes: mint(&text, i).into_bytes(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_get_new_codes_and_years() {
        let s = "GB/T 45288.1-2025 by SAC/TC260, plan 20260948-T-469 on 1 May 2025";
        assert_eq!(mint(s, 0), s);
        let m = mint(s, 1);
        assert_ne!(m, s);
        assert!(
            !m.contains("45288") && !m.contains("TC260") && !m.contains("20260948"),
            "{m}"
        );
        assert_eq!(mint(s, 1), m, "deterministic");
        assert_ne!(mint(s, 2), m);
    }
}
