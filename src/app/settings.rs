//! Settings that outlive a session: theme, last and recent corpora, panel
//! sizes, open tab, filters and sort. Stored as RON in the platform config
//! folder (`directories`). A file that cannot be read or parsed, or one from
//! another settings version, is renamed aside and defaults are used, with a
//! warning for the window; it never stops the start.

use crate::export::write_atomic;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The settings format version; a file with another is kept aside.
pub const VERSION: u32 = 1;

/// Everything persisted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Format version.
    pub version: u32,
    /// Dark theme (else light).
    pub dark: bool,
    /// The corpus open at exit; `None` is the bundled one.
    pub last_corpus: Option<Vec<PathBuf>>,
    /// Recently opened corpora, newest first.
    pub recent: Vec<Vec<PathBuf>>,
    /// Width of the committee tree panel.
    pub left_width: f32,
    /// Width of the details panel.
    pub right_width: f32,
    /// The open tab (`records`, `timeline`, `graph`).
    pub tab: String,
    /// Search text.
    pub query: String,
    /// Entity kinds shown (`None`: all).
    pub kinds: Option<Vec<String>>,
    /// Whether records are shown.
    pub records: bool,
    /// Committee filter, by code.
    pub committee: Option<String>,
    /// Date range, ISO.
    pub since: Option<String>,
    /// Date range, ISO.
    pub until: Option<String>,
    /// Type facet.
    pub types: Vec<String>,
    /// Status facet.
    pub statuses: Vec<String>,
    /// Document facet.
    pub documents: Vec<String>,
    /// Sort column name and direction.
    pub sort: (String, bool),
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            version: VERSION,
            dark: true,
            last_corpus: None,
            recent: Vec::new(),
            left_width: 300.0,
            right_width: 380.0,
            tab: "records".into(),
            query: String::new(),
            kinds: None,
            records: true,
            committee: None,
            since: None,
            until: None,
            types: Vec::new(),
            statuses: Vec::new(),
            documents: Vec::new(),
            sort: ("Name".into(), false),
        }
    }
}

/// How many recent corpora are remembered.
pub const MAX_RECENT: usize = 8;

impl Settings {
    /// `settings.ron` in the platform config folder, when there is one.
    pub fn default_path() -> Option<PathBuf> {
        directories::ProjectDirs::from("org", "stdatlas", "stdatlas")
            .map(|d| d.config_dir().join("settings.ron"))
    }

    /// Reads settings. Returns defaults and a warning when the file is bad
    /// (the bad file is renamed to `settings.ron.bad` so nothing is lost).
    pub fn load(path: &Path) -> (Self, Option<String>) {
        let text = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Self::default(), None),
            Err(e) => {
                return (
                    Self::default(),
                    Some(format!(
                        "could not read settings {}: {e}; using defaults",
                        path.display()
                    )),
                );
            }
        };
        let problem = match std::str::from_utf8(&text) {
            Err(_) => "is not UTF-8 text".to_owned(),
            Ok(t) => match ron::from_str::<Settings>(t) {
                Ok(s) if s.version == VERSION => return (s, None),
                Ok(s) => format!("is from settings version {} (this is {VERSION})", s.version),
                Err(e) => format!("could not be parsed ({e})"),
            },
        };
        let aside = path.with_extension("ron.bad");
        let kept = match std::fs::rename(path, &aside) {
            Ok(()) => format!("kept as {}", aside.display()),
            Err(e) => format!("could not be moved aside: {e}"),
        };
        (
            Self::default(),
            Some(format!(
                "settings file {} {problem}; using defaults (the old file was {kept})",
                path.display()
            )),
        )
    }

    /// Writes settings atomically.
    pub fn save(&self, path: &Path) -> crate::Result<()> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(|e| crate::Error::Invalid(format!("settings: {e}")))?;
        write_atomic(path, text.as_bytes())
    }

    /// Puts a corpus at the front of the recent list.
    pub fn remember(&mut self, paths: &[PathBuf]) {
        self.recent.retain(|p| p != paths);
        self.recent.insert(0, paths.to_vec());
        self.recent.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_bad_files_are_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("settings.ron");
        assert_eq!(Settings::load(&p), (Settings::default(), None));
        let mut s = Settings {
            dark: false,
            query: "45438".into(),
            ..Settings::default()
        };
        s.remember(&[PathBuf::from("/a")]);
        s.remember(&[PathBuf::from("/b")]);
        s.remember(&[PathBuf::from("/a")]);
        assert_eq!(
            s.recent,
            vec![vec![PathBuf::from("/a")], vec![PathBuf::from("/b")]]
        );
        s.save(&p).unwrap();
        assert_eq!(Settings::load(&p), (s, None));

        std::fs::write(&p, "(version: 1, dark: maybe").unwrap();
        let (d, w) = Settings::load(&p);
        assert_eq!(d, Settings::default());
        assert!(w.unwrap().contains("could not be parsed"));
        assert_eq!(
            std::fs::read_to_string(dir.path().join("settings.ron.bad")).unwrap(),
            "(version: 1, dark: maybe"
        );
        assert!(!p.exists());

        std::fs::write(&p, "(version: 99)").unwrap();
        let (_, w) = Settings::load(&p);
        assert!(w.unwrap().contains("version 99"));

        std::fs::write(&p, [0xff, 0xfe, 0x00]).unwrap();
        let (_, w) = Settings::load(&p);
        assert!(w.unwrap().contains("not UTF-8"));
    }
}
