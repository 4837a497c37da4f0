//! The closed vocabularies of the model: document kinds, entity kinds and
//! relation kinds, with the names the export format uses.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vm])* $var),+ }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            /// The name used in exports and on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$var => $s),+ }
            }

            /// Parses the export name.
            pub fn parse(s: &str) -> Option<Self> {
                match s.trim().to_ascii_lowercase().as_str() {
                    $($s => Some($name::$var),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// The genre of a document, which decides how it is segmented.
    DocKind {
        /// A periodical with an index and articles.
        Newsletter = "newsletter",
        /// A meeting agenda with numbered sessions.
        Agenda = "agenda",
        /// Presentation slides.
        Slides = "slides",
        /// A list of news items with short summaries.
        Listing = "listing",
        /// One article.
        Article = "article",
    }
);

vocabulary!(
    /// What an entity is.
    EntityKind {
        /// A government body that issues instruments (CAC, SAMR, MIIT...).
        Authority = "authority",
        /// A standards committee, subcommittee or working group.
        Committee = "committee",
        /// Any other named body: institutes, alliances, companies, international bodies.
        Organization = "organization",
        /// A standard or standard project.
        Standard = "standard",
        /// A law, regulation, measure, guideline, plan...
        Instrument = "instrument",
        /// A meeting, standards week, forum, conference or webinar.
        Event = "event",
    }
);

vocabulary!(
    /// What a relation means; each is directed `from → to`.
    RelationKind {
        /// Child → parent (WG → TC, department → ministry).
        PartOf = "part_of",
        /// Instrument → the authority that issued it.
        IssuedBy = "issued_by",
        /// Standard → the committee developing it.
        DevelopedBy = "developed_by",
        /// Standard → an organization, company or authority among its
        /// drafters (a foreword's or a catalogue's drafting organizations).
        DraftedBy = "drafted_by",
        /// Standard → the body or committee that proposed it.
        ProposedBy = "proposed_by",
        /// Standard or guide → the instrument it supports.
        Supports = "supports",
        /// Instrument → the law it rests on.
        LegalBasis = "legal_basis",
        /// New → old.
        Replaces = "replaces",
        /// Amendment → the law it amends.
        Amends = "amends",
        /// National standard → the international standard it adopts
        /// (identical, modified or equivalent).
        Adopts = "adopts",
        /// National committee → the international one it mirrors.
        Mirrors = "mirrors",
        /// Committee → the organization holding its secretariat.
        Secretariat = "secretariat",
        /// Record → an entity it names.
        Mentions = "mentions",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in RelationKind::ALL {
            assert_eq!(RelationKind::parse(k.as_str()), Some(*k));
        }
        assert_eq!(
            EntityKind::parse(" Committee "),
            Some(EntityKind::Committee)
        );
        assert_eq!(EntityKind::parse("law"), None);
    }
}
