//! Government authorities: the State Council, the NPC, ministries, administrations and regulators.

use super::{Body, body};
use crate::model::EntityKind::Authority as A;

/// Government authorities: the State Council, the NPC, ministries, administrations and regulators.
pub(super) const AUTHORITIES: &[Body] = &[
    body!(
        "State Council",
        A,
        "government",
        "State Council",
        [
            "State Council of the People's Republic of China",
            "State Council of People's Republic of China",
            "国务院"
        ]
    ),
    body!(
        "General Office of the State Council",
        A,
        "government",
        "General Office of the State Council",
        ["国务院办公厅"],
        "State Council"
    ),
    body!(
        "NPC",
        A,
        "legislature",
        "National People's Congress",
        ["National People's Congress", "全国人民代表大会", "全国人大"]
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
            "Standing Committee of the 13th National People's Congress",
            "Standing Committee of the 14th National People's Congress",
            "Standing Committee of the 15th National People's Congress",
            "Standing Committee of the 10th National People's Congress",
            "Standing Committee of the 11th National People's Congress",
            "Standing Committee of the 12th National People's Congress",
            "Standing Committee of the Tenth National People's Congress",
            "Standing Committee of the Eleventh National People's Congress",
            "Standing Committee of the Twelfth National People's Congress",
            "Standing Committee of the Thirteenth National People's Congress",
            "Standing Committee of the Fourteenth National People's Congress",
            "Standing Committee of the Fifteenth National People's Congress",
            "13th NPC Standing Committee",
            "14th NPC Standing Committee",
            "15th NPC Standing Committee",
            "National People's Congress (NPC) Standing Committee",
            "全国人民代表大会常务委员会",
            "全国人大常委会"
        ],
        "NPC"
    ),
    body!(
        "CPC Central Committee",
        A,
        "party",
        "Central Committee of the Communist Party of China",
        [
            "Central Committee of the Communist Party of China",
            "Communist Party of China Central Committee",
            "CPC Central Committee",
            "Central Committee of the CPC",
            "中共中央"
        ]
    ),
    body!(
        "CAC",
        A,
        "regulator",
        "Cyberspace Administration of China",
        [
            "Cyberspace Administration of China",
            "Cyberspace Administration",
            "国家互联网信息办公室",
            "国家网信办"
        ]
    ),
    body!(
        "SAMR",
        A,
        "regulator",
        "State Administration for Market Regulation",
        [
            "State Administration for Market Regulation",
            "State Administration of Market Regulation",
            "国家市场监督管理总局",
            "市场监管总局"
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
            "Standardization Administration of the People's Republic of China",
            "Standardization Administration of the PRC",
            "National Standardization Administration of China",
            "National Standardization Administration",
            "National Standardisation Administration",
            "国家标准化管理委员会",
            "国家标准委"
        ],
        "SAMR"
    ),
    body!(
        "MIIT",
        A,
        "ministry",
        "Ministry of Industry and Information Technology",
        [
            "Ministry of Industry and Information Technology",
            "工业和信息化部",
            "工信部"
        ]
    ),
    body!(
        "NDRC",
        A,
        "ministry",
        "National Development and Reform Commission",
        [
            "National Development and Reform Commission",
            "国家发展和改革委员会",
            "国家发展改革委"
        ]
    ),
    body!(
        "MOST",
        A,
        "ministry",
        "Ministry of Science and Technology",
        [
            "Ministry of Science and Technology",
            "MoST",
            "科学技术部",
            "科技部"
        ]
    ),
    body!(
        "MPS",
        A,
        "ministry",
        "Ministry of Public Security",
        ["Ministry of Public Security", "公安部"]
    ),
    body!(
        "MOF",
        A,
        "ministry",
        "Ministry of Finance",
        ["Ministry of Finance", "财政部"]
    ),
    body!(
        "MOT",
        A,
        "ministry",
        "Ministry of Transport",
        ["Ministry of Transport", "交通运输部"]
    ),
    body!(
        "MOE",
        A,
        "ministry",
        "Ministry of Education",
        ["Ministry of Education", "MoE", "教育部"]
    ),
    body!(
        "MOFCOM",
        A,
        "ministry",
        "Ministry of Commerce",
        ["Ministry of Commerce", "商务部"]
    ),
    body!(
        "MEE",
        A,
        "ministry",
        "Ministry of Ecology and Environment",
        ["Ministry of Ecology and Environment", "生态环境部"]
    ),
    body!(
        "MWR",
        A,
        "ministry",
        "Ministry of Water Resources",
        ["Ministry of Water Resources", "水利部"]
    ),
    body!(
        "MNR",
        A,
        "ministry",
        "Ministry of Natural Resources",
        ["Ministry of Natural Resources", "自然资源部"]
    ),
    body!(
        "MOHURD",
        A,
        "ministry",
        "Ministry of Housing and Urban-Rural Development",
        [
            "Ministry of Housing and Urban-Rural Development",
            "MoHURD",
            "住房和城乡建设部"
        ]
    ),
    body!(
        "NHC",
        A,
        "ministry",
        "National Health Commission",
        [
            "National Health Commission",
            "Ministry of Health",
            "MoH",
            "国家卫生健康委员会",
            "国家卫生健康委"
        ]
    ),
    body!(
        "NDB",
        A,
        "regulator",
        "National Data Bureau",
        [
            "National Data Bureau",
            "National Data Administration",
            "国家数据局"
        ],
        "NDRC"
    ),
    body!(
        "CAAC",
        A,
        "regulator",
        "Civil Aviation Administration of China",
        [
            "Civil Aviation Administration of China",
            "中国民用航空局",
            "中国民航局"
        ],
        "MOT"
    ),
    body!(
        "SPB",
        A,
        "regulator",
        "State Post Bureau",
        ["State Post Bureau", "国家邮政局"],
        "MOT"
    ),
    body!(
        "PBOC",
        A,
        "central bank",
        "People's Bank of China",
        [
            "People's Bank of China",
            "People’s Bank of China",
            "中国人民银行"
        ]
    ),
    body!(
        "NFRA",
        A,
        "regulator",
        "National Financial Regulatory Administration",
        [
            "National Financial Regulatory Administration",
            "国家金融监督管理总局"
        ]
    ),
    body!(
        "CSRC",
        A,
        "regulator",
        "China Securities Regulatory Commission",
        [
            "China Securities Regulatory Commission",
            "中国证券监督管理委员会",
            "中国证监会"
        ]
    ),
    body!(
        "MEM",
        A,
        "ministry",
        "Ministry of Emergency Management",
        ["Ministry of Emergency Management", "应急管理部"]
    ),
    body!(
        "MARA",
        A,
        "ministry",
        "Ministry of Agriculture and Rural Affairs",
        ["Ministry of Agriculture and Rural Affairs", "农业农村部"]
    ),
    body!(
        "MCT",
        A,
        "ministry",
        "Ministry of Culture and Tourism",
        ["Ministry of Culture and Tourism", "文化和旅游部"]
    ),
    body!(
        "MOJ",
        A,
        "ministry",
        "Ministry of Justice",
        ["Ministry of Justice", "司法部"]
    ),
    body!(
        "MOHRSS",
        A,
        "ministry",
        "Ministry of Human Resources and Social Security",
        [
            "Ministry of Human Resources and Social Security",
            "人力资源和社会保障部"
        ]
    ),
    body!(
        "NHSA",
        A,
        "regulator",
        "National Healthcare Security Administration",
        [
            "National Healthcare Security Administration",
            "国家医疗保障局"
        ]
    ),
    body!(
        "NCAC",
        A,
        "regulator",
        "National Copyright Administration of China",
        [
            "National Copyright Administration of China",
            "National Copyright Administration",
            "国家版权局"
        ]
    ),
    body!(
        "Supreme People's Court",
        A,
        "judiciary",
        "Supreme People's Court",
        [
            "Supreme People's Court",
            "Supreme People’s Court",
            "最高人民法院"
        ]
    ),
    body!(
        "Supreme People's Procuratorate",
        A,
        "judiciary",
        "Supreme People's Procuratorate",
        [
            "Supreme People's Procuratorate",
            "Supreme People’s Procuratorate",
            "最高人民检察院"
        ]
    ),
    body!(
        "SCA",
        A,
        "regulator",
        "State Cryptography Administration",
        ["State Cryptography Administration", "国家密码管理局"]
    ),
    body!(
        "CNCA",
        A,
        "regulator",
        "Certification and Accreditation Administration of China",
        [
            "Certification and Accreditation Administration of China",
            "National Certification and Accreditation Administration",
            "国家认证认可监督管理委员会",
            "国家认监委"
        ],
        "SAMR"
    ),
    body!(
        "NEA",
        A,
        "regulator",
        "National Energy Administration",
        ["National Energy Administration", "国家能源局"],
        "NDRC"
    ),
    body!(
        "NRTA",
        A,
        "regulator",
        "National Radio and Television Administration",
        [
            "National Radio and Television Administration",
            "国家广播电视总局"
        ]
    ),
    body!(
        "NMPA",
        A,
        "regulator",
        "National Medical Products Administration",
        [
            "National Medical Products Administration",
            "国家药品监督管理局"
        ],
        "SAMR"
    ),
    body!(
        "GACC",
        A,
        "regulator",
        "General Administration of Customs",
        ["General Administration of Customs", "海关总署"]
    ),
    body!(
        "MSS",
        A,
        "ministry",
        "Ministry of State Security",
        ["Ministry of State Security", "国家安全部"]
    ),
    body!(
        "MFA",
        A,
        "ministry",
        "Ministry of Foreign Affairs",
        ["Ministry of Foreign Affairs", "外交部"]
    ),
    body!(
        "MCA",
        A,
        "ministry",
        "Ministry of Civil Affairs",
        ["Ministry of Civil Affairs", "民政部"]
    ),
    body!(
        "Ministry of National Defense",
        A,
        "ministry",
        "Ministry of National Defense",
        ["Ministry of National Defence", "国防部"]
    ),
    body!(
        "Ministry of Veterans Affairs",
        A,
        "ministry",
        "Ministry of Veterans Affairs",
        ["退役军人事务部"]
    ),
    body!(
        "National Audit Office",
        A,
        "ministry",
        "National Audit Office",
        ["审计署"]
    ),
    body!(
        "SASAC",
        A,
        "regulator",
        "State-owned Assets Supervision and Administration Commission of the State Council",
        [
            "State-owned Assets Supervision and Administration Commission",
            "国务院国有资产监督管理委员会",
            "国务院国资委"
        ]
    ),
    body!(
        "State Taxation Administration",
        A,
        "regulator",
        "State Taxation Administration",
        ["国家税务总局"]
    ),
    body!(
        "NBS",
        A,
        "regulator",
        "National Bureau of Statistics",
        [
            "National Bureau of Statistics",
            "National Bureau of Statistics of China",
            "国家统计局"
        ]
    ),
    body!(
        "CNIPA",
        A,
        "regulator",
        "China National Intellectual Property Administration",
        [
            "China National Intellectual Property Administration",
            "National Intellectual Property Administration",
            "国家知识产权局"
        ],
        "SAMR"
    ),
    body!(
        "SASTIND",
        A,
        "regulator",
        "State Administration of Science, Technology and Industry for National Defense",
        [
            "State Administration of Science, Technology and Industry for National Defense",
            "State Administration of Science, Technology and Industry for National Defence",
            "国家国防科技工业局"
        ],
        "MIIT"
    ),
    body!(
        "State Administration of Foreign Exchange",
        A,
        "regulator",
        "State Administration of Foreign Exchange",
        ["国家外汇管理局"],
        "PBOC"
    ),
    body!(
        "National Forestry and Grassland Administration",
        A,
        "regulator",
        "National Forestry and Grassland Administration",
        ["国家林业和草原局", "国家林草局"],
        "MNR"
    ),
    body!(
        "National Nuclear Safety Administration",
        A,
        "regulator",
        "National Nuclear Safety Administration",
        ["国家核安全局"],
        "MEE"
    ),
    body!(
        "CAEA",
        A,
        "regulator",
        "China Atomic Energy Authority",
        ["China Atomic Energy Authority", "国家原子能机构"]
    ),
    body!(
        "CNSA",
        A,
        "regulator",
        "China National Space Administration",
        ["China National Space Administration", "国家航天局"]
    ),
    body!(
        "NDCPA",
        A,
        "regulator",
        "National Disease Control and Prevention Administration",
        [
            "National Disease Control and Prevention Administration",
            "国家疾病预防控制局",
            "国家疾控局"
        ],
        "NHC"
    ),
    body!(
        "NATCM",
        A,
        "regulator",
        "National Administration of Traditional Chinese Medicine",
        [
            "National Administration of Traditional Chinese Medicine",
            "国家中医药管理局"
        ],
        "NHC"
    ),
    body!(
        "NCHA",
        A,
        "regulator",
        "National Cultural Heritage Administration",
        ["National Cultural Heritage Administration", "国家文物局"],
        "MCT"
    ),
    body!(
        "National Mine Safety Administration",
        A,
        "regulator",
        "National Mine Safety Administration",
        ["国家矿山安全监察局"],
        "MEM"
    ),
    body!(
        "National Fire and Rescue Administration",
        A,
        "regulator",
        "National Fire and Rescue Administration",
        ["国家消防救援局"],
        "MEM"
    ),
    body!(
        "National Immigration Administration",
        A,
        "regulator",
        "National Immigration Administration",
        ["国家移民管理局"],
        "MPS"
    ),
    body!(
        "National Railway Administration",
        A,
        "regulator",
        "National Railway Administration",
        ["国家铁路局"],
        "MOT"
    ),
    body!(
        "China Meteorological Administration",
        A,
        "regulator",
        "China Meteorological Administration",
        ["中国气象局"]
    ),
    body!(
        "General Administration of Sport",
        A,
        "regulator",
        "General Administration of Sport of China",
        ["General Administration of Sport", "国家体育总局"]
    ),
    body!(
        "National Press and Publication Administration",
        A,
        "regulator",
        "National Press and Publication Administration",
        ["国家新闻出版署"]
    ),
    body!(
        "National Administration of State Secrets Protection",
        A,
        "regulator",
        "National Administration of State Secrets Protection",
        ["国家保密局"]
    ),
    body!(
        "State Tobacco Monopoly Administration",
        A,
        "regulator",
        "State Tobacco Monopoly Administration",
        ["国家烟草专卖局"],
        "MIIT"
    ),
    body!(
        "National Food and Strategic Reserves Administration",
        A,
        "regulator",
        "National Food and Strategic Reserves Administration",
        ["国家粮食和物资储备局"],
        "NDRC"
    ),
];
