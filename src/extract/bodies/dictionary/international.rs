//! International and European bodies.

use super::{Body, body};
use crate::model::EntityKind::Organization as O;

/// International and European bodies.
pub(super) const INTERNATIONAL: &[Body] = &[
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
        "ITU-T",
        O,
        "international",
        "ITU Telecommunication Standardization Sector",
        ["ITU Telecommunication Standardization Sector"],
        "ITU"
    ),
    body!(
        "ITU-R",
        O,
        "international",
        "ITU Radiocommunication Sector",
        ["ITU Radiocommunication Sector"],
        "ITU"
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
    // The Commission's directorates-general that deal with standards and
    // trade with China.
    body!(
        "DG GROW",
        O,
        "european",
        "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs",
        [
            "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs",
            "DG GROW"
        ],
        "EC"
    ),
    body!(
        "DG TRADE",
        O,
        "european",
        "Directorate-General for Trade",
        ["Directorate-General for Trade", "DG TRADE"],
        "EC"
    ),
    body!(
        "DG CNECT",
        O,
        "european",
        "Directorate-General for Communications Networks, Content and Technology",
        [
            "Directorate-General for Communications Networks, Content and Technology",
            "DG CNECT",
            "DG CONNECT"
        ],
        "EC"
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
    // National standards bodies of other countries (members of ISO, IEC,
    // CEN and CENELEC), named in liaison reports and meeting minutes.
    body!(
        "DIN",
        O,
        "national standards body",
        "German Institute for Standardization",
        ["German Institute for Standardization"]
    ),
    body!(
        "DKE",
        O,
        "national standards body",
        "German Commission for Electrical, Electronic & Information Technologies",
        ["German Commission for Electrical, Electronic & Information Technologies"]
    ),
    body!(
        "AFNOR",
        O,
        "national standards body",
        "Association française de normalisation",
        [
            "Association française de normalisation",
            "French Standardization Association"
        ]
    ),
    body!(
        "SIS",
        O,
        "national standards body",
        "Swedish Institute for Standards",
        [
            "Swedish Institute for Standards",
            "Svenska institutet för standarder"
        ]
    ),
    body!(
        "NEN",
        O,
        "national standards body",
        "Royal Netherlands Standardization Institute",
        ["Royal Netherlands Standardization Institute"]
    ),
    body!(
        "ANSI",
        O,
        "national standards body",
        "American National Standards Institute",
        ["American National Standards Institute"]
    ),
    body!(
        "JISC",
        O,
        "national standards body",
        "Japanese Industrial Standards Committee",
        ["Japanese Industrial Standards Committee"]
    ),
    body!(
        "KATS",
        O,
        "national standards body",
        "Korean Agency for Technology and Standards",
        ["Korean Agency for Technology and Standards"]
    ),
    body!(
        "British Standards Institution",
        O,
        "national standards body",
        "British Standards Institution",
        []
    ),
];
