//! The dictionary of stable bodies: authorities, institutes, associations
//! and international organizations, each with its key, type, display name
//! and the other names it is written under.

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
    /// Other full names and spellings (the abbreviation itself is matched
    /// as a whole upper-case word).
    pub names: &'static [&'static str],
    /// The body it belongs to, if any.
    pub parent: Option<&'static str>,
}

use EntityKind::{Authority as A, Organization as O};

macro_rules! body {
    ($key:literal, $kind:ident, $t:literal, $name:literal, [$($n:literal),*] $(, $p:literal)?) => {
        Body { key: $key, kind: $kind, etype: $t, name: $name, names: &[$($n),*], parent: body!(@p $($p)?) }
    };
    (@p) => { None };
    (@p $p:literal) => { Some($p) };
}

/// The bodies of China's standardization system and the international
/// ones it deals with.
pub const BODIES: &[Body] = &[
    body!(
        "State Council",
        A,
        "government",
        "State Council",
        [
            "State Council of the People's Republic of China",
            "State Council of People's Republic of China"
        ]
    ),
    body!(
        "General Office of the State Council",
        A,
        "government",
        "General Office of the State Council",
        [],
        "State Council"
    ),
    body!(
        "NPC",
        A,
        "legislature",
        "National People's Congress",
        ["National People's Congress"]
    ),
    body!(
        "NPCSC",
        A,
        "legislature",
        "Standing Committee of the National People's Congress",
        [
            "Standing Committee of the National People's Congress",
            "NPC Standing Committee",
            "Standing Committee of China's 14th National People's Congress",
            "14th NPC Standing Committee",
            "National People's Congress (NPC) Standing Committee"
        ],
        "NPC"
    ),
    body!(
        "CPC Central Committee",
        A,
        "party",
        "Central Committee of the Communist Party of China",
        ["Central Committee of the Communist Party of China"]
    ),
    body!(
        "CAC",
        A,
        "regulator",
        "Cyberspace Administration of China",
        [
            "Cyberspace Administration of China",
            "Cyberspace Administration"
        ]
    ),
    body!(
        "SAMR",
        A,
        "regulator",
        "State Administration for Market Regulation",
        [
            "State Administration for Market Regulation",
            "State Administration of Market Regulation"
        ]
    ),
    body!(
        "SAC",
        A,
        "regulator",
        "Standardization Administration of China",
        [
            "Standardization Administration of China",
            "Standardisation Administration of China",
            "National Standardization Administration of China",
            "National Standardization Administration",
            "National Standardisation Administration"
        ],
        "SAMR"
    ),
    body!(
        "MIIT",
        A,
        "ministry",
        "Ministry of Industry and Information Technology",
        ["Ministry of Industry and Information Technology"]
    ),
    body!(
        "NDRC",
        A,
        "ministry",
        "National Development and Reform Commission",
        ["National Development and Reform Commission"]
    ),
    body!(
        "MOST",
        A,
        "ministry",
        "Ministry of Science and Technology",
        ["Ministry of Science and Technology", "MoST"]
    ),
    body!(
        "MPS",
        A,
        "ministry",
        "Ministry of Public Security",
        ["Ministry of Public Security"]
    ),
    body!(
        "MOF",
        A,
        "ministry",
        "Ministry of Finance",
        ["Ministry of Finance"]
    ),
    body!(
        "MOT",
        A,
        "ministry",
        "Ministry of Transport",
        ["Ministry of Transport"]
    ),
    body!(
        "MOE",
        A,
        "ministry",
        "Ministry of Education",
        ["Ministry of Education", "MoE"]
    ),
    body!(
        "MOFCOM",
        A,
        "ministry",
        "Ministry of Commerce",
        ["Ministry of Commerce"]
    ),
    body!(
        "MEE",
        A,
        "ministry",
        "Ministry of Ecology and Environment",
        ["Ministry of Ecology and Environment"]
    ),
    body!(
        "MWR",
        A,
        "ministry",
        "Ministry of Water Resources",
        ["Ministry of Water Resources"]
    ),
    body!(
        "MNR",
        A,
        "ministry",
        "Ministry of Natural Resources",
        ["Ministry of Natural Resources"]
    ),
    body!(
        "MOHURD",
        A,
        "ministry",
        "Ministry of Housing and Urban-Rural Development",
        ["Ministry of Housing and Urban-Rural Development", "MoHURD"]
    ),
    body!(
        "NHC",
        A,
        "ministry",
        "National Health Commission",
        ["National Health Commission", "Ministry of Health", "MoH"]
    ),
    body!(
        "NDB",
        A,
        "regulator",
        "National Data Bureau",
        ["National Data Bureau"],
        "NDRC"
    ),
    body!(
        "SCA",
        A,
        "regulator",
        "State Cryptography Administration",
        ["State Cryptography Administration"]
    ),
    body!(
        "CNCA",
        A,
        "regulator",
        "Certification and Accreditation Administration of China",
        [
            "Certification and Accreditation Administration of China",
            "National Certification and Accreditation Administration"
        ],
        "SAMR"
    ),
    body!(
        "NEA",
        A,
        "regulator",
        "National Energy Administration",
        ["National Energy Administration"],
        "NDRC"
    ),
    body!(
        "NRTA",
        A,
        "regulator",
        "National Radio and Television Administration",
        ["National Radio and Television Administration"]
    ),
    body!(
        "NMPA",
        A,
        "regulator",
        "National Medical Products Administration",
        ["National Medical Products Administration"],
        "SAMR"
    ),
    body!(
        "GACC",
        A,
        "regulator",
        "General Administration of Customs",
        ["General Administration of Customs"]
    ),
    body!(
        "CNIS",
        O,
        "institute",
        "China National Institute of Standardization",
        [
            "China National Institute of Standardization",
            "China National Institute of Standardisation"
        ],
        "SAMR"
    ),
    body!(
        "CESI",
        O,
        "institute",
        "China Electronics Standardization Institute",
        [
            "China Electronics Standardization Institute",
            "China Electronic Standardization Institute",
            "China Electronic Standardisation Institute",
            "China Electronics Standardisation Institute"
        ],
        "MIIT"
    ),
    body!(
        "CAICT",
        O,
        "institute",
        "China Academy of Information and Communications Technology",
        ["China Academy of Information and Communications Technology"],
        "MIIT"
    ),
    body!(
        "CATARC",
        O,
        "institute",
        "China Automotive Technology and Research Center",
        [
            "China Automotive Technology and Research Center",
            "China Automotive Technology & Research Center"
        ]
    ),
    body!(
        "CCSA",
        O,
        "association",
        "China Communications Standards Association",
        [
            "China Communications Standards Association",
            "China Communication Standardization Association"
        ]
    ),
    body!(
        "CAS",
        O,
        "association",
        "China Association for Standardization",
        [
            "China Association for Standardization",
            "China Association for Standardisation"
        ]
    ),
    body!(
        "CQC",
        O,
        "certification body",
        "China Quality Certification Centre",
        [
            "China Quality Certification Centre",
            "China Quality Certification Center"
        ]
    ),
    body!(
        "CNCERT",
        O,
        "institute",
        "National Computer Network Emergency Response Technical Team/Coordination Center of China",
        [
            "National Computer Network Emergency Response Technical Team/Coordination Center of China"
        ]
    ),
    body!(
        "AIIA",
        O,
        "alliance",
        "Artificial Intelligence Industry Alliance",
        ["Artificial Intelligence Industry Alliance"]
    ),
    body!(
        "AITISA",
        O,
        "alliance",
        "New Generation AI Industry Technology Innovation Strategic Alliance",
        ["New Generation AI Industry Technology Innovation Strategic Alliance"]
    ),
    body!(
        "CCPIT",
        O,
        "association",
        "China Council for the Promotion of International Trade",
        [
            "China Council for the Promotion of International Trade",
            "China Council for Promotion of International Trade"
        ]
    ),
    body!(
        "ISO",
        O,
        "international",
        "International Organization for Standardization",
        ["International Organization for Standardization"]
    ),
    body!(
        "IEC",
        O,
        "international",
        "International Electrotechnical Commission",
        ["International Electrotechnical Commission"]
    ),
    body!(
        "ITU",
        O,
        "international",
        "International Telecommunication Union",
        ["International Telecommunication Union"]
    ),
    body!(
        "WTO",
        O,
        "international",
        "World Trade Organization",
        ["World Trade Organization"]
    ),
    body!(
        "WIPO",
        O,
        "international",
        "World Intellectual Property Organization",
        ["World Intellectual Property Organization"]
    ),
    body!(
        "CEN",
        O,
        "european",
        "European Committee for Standardization",
        ["European Committee for Standardization"]
    ),
    body!(
        "CENELEC",
        O,
        "european",
        "European Committee for Electrotechnical Standardization",
        ["European Committee for Electrotechnical Standardization"]
    ),
    body!(
        "ETSI",
        O,
        "european",
        "European Telecommunications Standards Institute",
        ["European Telecommunications Standards Institute"]
    ),
    body!(
        "EC",
        O,
        "european",
        "European Commission",
        ["European Commission"]
    ),
    body!(
        "EFTA",
        O,
        "european",
        "European Free Trade Association",
        ["European Free Trade Association"]
    ),
    body!(
        "IEEE",
        O,
        "international",
        "Institute of Electrical and Electronics Engineers",
        []
    ),
];
