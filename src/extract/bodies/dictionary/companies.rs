//! Well-known companies that draft standards and sit on committees, known by
//! their short name as much as by their registered one ("Huawei",
//! "Huawei Technologies Co., Ltd."). Companies the dictionary does not hold
//! are found by the shape of their names ("... Co., Ltd.", "... Group").

use super::{Body, body};
use crate::model::EntityKind::Organization as O;

/// Well-known companies.
pub(super) const COMPANIES: &[Body] = &[
    body!(
        "Huawei",
        O,
        "company",
        "Huawei Technologies Co., Ltd.",
        [
            "Huawei",
            "Huawei Technologies",
            "Huawei Technologies Co., Ltd.",
            "华为技术有限公司",
            "华为"
        ]
    ),
    body!(
        "ZTE",
        O,
        "company",
        "ZTE Corporation",
        ["ZTE Corporation", "中兴通讯"]
    ),
    body!(
        "China Mobile",
        O,
        "company",
        "China Mobile Communications Group Co., Ltd.",
        [
            "China Mobile",
            "China Mobile Communications Group Co., Ltd.",
            "China Mobile Communications Group",
            "中国移动"
        ]
    ),
    body!(
        "China Telecom",
        O,
        "company",
        "China Telecom Corporation Limited",
        [
            "China Telecom",
            "China Telecom Corporation Limited",
            "China Telecommunications Corporation",
            "中国电信"
        ]
    ),
    body!(
        "China Unicom",
        O,
        "company",
        "China United Network Communications Group Co., Ltd.",
        [
            "China Unicom",
            "China United Network Communications Group Co., Ltd.",
            "China United Network Communications Group",
            "中国联通"
        ]
    ),
    body!(
        "Alibaba",
        O,
        "company",
        "Alibaba Group",
        [
            "Alibaba",
            "Alibaba Group",
            "Alibaba Group Holding Limited",
            "阿里巴巴"
        ]
    ),
    body!(
        "Alibaba Cloud",
        O,
        "company",
        "Alibaba Cloud",
        ["Alibaba Cloud", "Aliyun", "阿里云"],
        "Alibaba"
    ),
    body!(
        "Tencent",
        O,
        "company",
        "Tencent Holdings Ltd.",
        [
            "Tencent",
            "Tencent Holdings Ltd.",
            "Tencent Holdings Limited",
            "腾讯"
        ]
    ),
    body!(
        "Baidu",
        O,
        "company",
        "Baidu, Inc.",
        ["Baidu", "Baidu, Inc.", "百度"]
    ),
    body!(
        "Ant Group",
        O,
        "company",
        "Ant Group Co., Ltd.",
        ["Ant Group", "Ant Group Co., Ltd.", "蚂蚁集团"]
    ),
    body!(
        "ByteDance",
        O,
        "company",
        "ByteDance Ltd.",
        ["ByteDance", "ByteDance Ltd.", "字节跳动"]
    ),
    body!(
        "Xiaomi",
        O,
        "company",
        "Xiaomi Corporation",
        ["Xiaomi", "Xiaomi Corporation", "小米"]
    ),
    body!(
        "Lenovo",
        O,
        "company",
        "Lenovo Group Limited",
        ["Lenovo", "Lenovo Group", "Lenovo Group Limited", "联想"]
    ),
    body!(
        "iFlytek",
        O,
        "company",
        "iFLYTEK Co., Ltd.",
        ["iFlytek", "iFLYTEK", "iFLYTEK Co., Ltd.", "科大讯飞"]
    ),
    body!(
        "SenseTime",
        O,
        "company",
        "SenseTime Group Inc.",
        [
            "SenseTime",
            "SenseTime Group",
            "SenseTime Group Inc.",
            "商汤"
        ]
    ),
    body!(
        "Hikvision",
        O,
        "company",
        "Hangzhou Hikvision Digital Technology Co., Ltd.",
        [
            "Hikvision",
            "Hangzhou Hikvision Digital Technology Co., Ltd.",
            "海康威视"
        ]
    ),
    body!(
        "BYD",
        O,
        "company",
        "BYD Company Limited",
        ["BYD Company Limited", "BYD Co., Ltd.", "比亚迪"]
    ),
    body!(
        "CATL",
        O,
        "company",
        "Contemporary Amperex Technology Co., Limited",
        [
            "Contemporary Amperex Technology Co., Limited",
            "Contemporary Amperex Technology",
            "宁德时代"
        ]
    ),
    body!(
        "SAIC Motor",
        O,
        "company",
        "SAIC Motor Corporation Limited",
        ["SAIC Motor", "SAIC Motor Corporation Limited", "上汽集团"]
    ),
    body!(
        "FAW",
        O,
        "company",
        "China FAW Group Co., Ltd.",
        [
            "China FAW Group Co., Ltd.",
            "China FAW Group",
            "FAW Group",
            "中国一汽"
        ]
    ),
    body!(
        "Geely",
        O,
        "company",
        "Zhejiang Geely Holding Group",
        [
            "Geely",
            "Zhejiang Geely Holding Group",
            "Geely Holding Group",
            "吉利"
        ]
    ),
    body!(
        "State Grid",
        O,
        "company",
        "State Grid Corporation of China",
        ["State Grid", "State Grid Corporation of China", "国家电网"]
    ),
    body!(
        "CRRC",
        O,
        "company",
        "CRRC Corporation Limited",
        ["CRRC Corporation Limited", "中国中车"]
    ),
];
