//! The dictionary of stable bodies: authorities, institutes, associations,
//! international organizations and well-known companies, each with its key,
//! type, display name and the other names it is written under. One file per
//! group; a new body goes into its group's list.

use crate::model::EntityKind;

/// A body known by name: its key (usually its abbreviation), kind, type,
/// display name and every other way it is written.
pub struct Body {
    /// Canonical key (`SAMR`).
    pub key: &'static str,
    /// Authority or organization.
    pub kind: EntityKind,
    /// Type within the kind.
    pub etype: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Other full names and spellings, Chinese names included (the
    /// abbreviation itself is matched as a whole upper-case word).
    pub names: &'static [&'static str],
    /// The body it belongs to, if any.
    pub parent: Option<&'static str>,
}

mod authorities;
mod companies;
mod international;
mod organizations;

macro_rules! body {
    ($key:literal, $kind:ident, $t:literal, $name:literal, [$($n:literal),*] $(, $p:literal)?) => {
        Body { key: $key, kind: $kind, etype: $t, name: $name, names: &[$($n),*], parent: body!(@p $($p)?) }
    };
    (@p) => { None };
    (@p $p:literal) => { Some($p) };
}
use body;

/// The bodies of China's standardization system, the international ones it
/// deals with and the companies that take part in it, in one list.
pub static BODIES: std::sync::LazyLock<Vec<&'static Body>> = std::sync::LazyLock::new(|| {
    authorities::AUTHORITIES
        .iter()
        .chain(organizations::ORGANIZATIONS)
        .chain(international::INTERNATIONAL)
        .chain(companies::COMPANIES)
        .collect()
});
