//! Chinese institutes, associations, alliances and research bodies.

use super::{Body, body};
use crate::model::EntityKind::Organization as O;

/// Chinese institutes, associations, alliances and research bodies.
pub(super) const ORGANIZATIONS: &[Body] = &[
    body!(
        "CAST",
        O,
        "association",
        "China Association for Science and Technology",
        [
            "China Association for Science and Technology",
            "中国科学技术协会",
            "中国科协"
        ]
    ),
    body!(
        "CNAS",
        O,
        "institute",
        "China National Accreditation Service for Conformity Assessment",
        [
            "China National Accreditation Service for Conformity Assessment",
            "中国合格评定国家认可委员会"
        ]
    ),
    body!(
        "CNIS",
        O,
        "institute",
        "China National Institute of Standardization",
        [
            "China National Institute of Standardization",
            "China National Institute of Standardisation",
            "中国标准化研究院"
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
            "China Electronics Standardisation Institute",
            "中国电子技术标准化研究院"
        ],
        "MIIT"
    ),
    body!(
        "CAICT",
        O,
        "institute",
        "China Academy of Information and Communications Technology",
        [
            "China Academy of Information and Communications Technology",
            "中国信息通信研究院"
        ],
        "MIIT"
    ),
    body!(
        "CATARC",
        O,
        "institute",
        "China Automotive Technology and Research Center",
        [
            "China Automotive Technology and Research Center",
            "China Automotive Technology & Research Center",
            "中国汽车技术研究中心"
        ]
    ),
    body!(
        "CCSA",
        O,
        "association",
        "China Communications Standards Association",
        [
            "China Communications Standards Association",
            "China Communication Standardization Association",
            "中国通信标准化协会"
        ]
    ),
    body!(
        "CAS",
        O,
        "association",
        "China Association for Standardization",
        [
            "China Association for Standardization",
            "China Association for Standardisation",
            "中国标准化协会"
        ]
    ),
    body!(
        "CQC",
        O,
        "certification body",
        "China Quality Certification Centre",
        [
            "China Quality Certification Centre",
            "China Quality Certification Center",
            "中国质量认证中心"
        ]
    ),
    body!(
        "CNCERT",
        O,
        "institute",
        "National Computer Network Emergency Response Technical Team/Coordination Center of China",
        [
            "National Computer Network Emergency Response Technical Team/Coordination Center of China",
            "国家计算机网络应急技术处理协调中心"
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
            "China Council for Promotion of International Trade",
            "中国国际贸易促进委员会"
        ]
    ),
];
