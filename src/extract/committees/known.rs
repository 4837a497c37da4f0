//! The stable facts of the committee system: well-known committees with
//! their fixed full names (older names included), and the subcommittees
//! whose number names their TC.

/// A well-known committee: key, full name, and (for keys that appear bare)
/// the parent it belongs to.
pub struct Known {
    /// Canonical key.
    pub key: &'static str,
    /// Full English name.
    pub name: &'static str,
    /// Other full names it is written under (older names included).
    pub names: &'static [&'static str],
}

/// Stable facts of the system: committees whose full names are fixed.
pub const KNOWN: &[Known] = &[
    Known {
        key: "SAC/TC260",
        names: &[
            "National Information Security Standardisation Technical Committee",
            "National Information Security Standardization Technical Committee",
            "National Technical Committee on Cybersecurity Standardization",
            "National Standardization Technical Committee on Cybersecurity",
            "National Cybersecurity Standardization Technical Committee",
            "全国网络安全标准化技术委员会",
            "全国信息安全标准化技术委员会",
        ],
        name: "National Technical Committee 260 on Cybersecurity",
    },
    Known {
        key: "SAC/TC28",
        names: &[
            "National Technical Committee of Information Technology",
            "National Information Technology Standardization Technical Committee",
            "全国信息技术标准化技术委员会",
        ],
        name: "National Technical Committee on Information Technology",
    },
    Known {
        key: "SAC/TC28/SC42",
        names: &[
            "National Artificial Intelligence Standardization Subcommittee",
            "National AI Standardization Committee",
            "National Artificial Intelligence Standardization Technical Committee",
            "全国信息技术标准化技术委员会人工智能分技术委员会",
        ],
        name: "National Artificial Intelligence Standardization Subcommittee",
    },
    Known {
        key: "SAC/TC114",
        names: &[
            "National Technical Committee of Auto Standardization",
            "National Technical Committee of Automobile Standardization",
            "全国汽车标准化技术委员会",
        ],
        name: "National Technical Committee of Auto Standardization",
    },
    Known {
        key: "SAC/TC114/SC34",
        names: &[
            "Subcommittee for Intelligent Connected Vehicles",
            "Subcommittee on Intelligent and Connected Vehicles",
            "全国汽车标准化技术委员会智能网联汽车分技术委员会",
        ],
        name: "Subcommittee on Intelligent and Connected Vehicles",
    },
    Known {
        key: "SAC/TC591",
        name: "National Technical Committee on Robot Standardization",
        names: &[],
    },
    Known {
        key: "SAC/TC268",
        name: "National Technical Committee on Intelligent Transport Systems",
        names: &[],
    },
    Known {
        key: "MIIT/TC1",
        name: "MIIT Artificial Intelligence Standardization Technical Committee",
        names: &[],
    },
    Known {
        key: "CCSA/TC602",
        names: &["AI Technology and Standards Promotion Committee"],
        name: "AI Technology and Standards Promotion Committee",
    },
    Known {
        key: "ISO/IEC JTC 1",
        name: "ISO/IEC Joint Technical Committee 1: Information technology",
        names: &[],
    },
    Known {
        key: "ISO/IEC JTC 1/SC 42",
        name: "Artificial intelligence",
        names: &[],
    },
    Known {
        key: "ISO/IEC JTC 1/SC 27",
        name: "Information security, cybersecurity and privacy protection",
        names: &[],
    },
    Known {
        key: "ISO/TC 204",
        name: "Intelligent transport systems",
        names: &[],
    },
];

/// Subcommittee numbers that identify their TC on their own (`SAC/SC42`).
pub(super) const SC_PARENTS: &[(&str, &str)] = &[("42", "28"), ("34", "114")];
