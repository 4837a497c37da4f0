//! The labels of catalogue fields and table columns ("Standard No.",
//! "Release Date", "Replaced Standard", 起草单位 ...), the field each names,
//! and the statuses a catalogue prints, in the model's words.

use crate::extract::text;

/// What a field's label says about the standard of its block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Field {
    /// "Standard No.": starts a block.
    Code,
    Title,
    ChineseTitle,
    Status,
    Released,
    Effective,
    Replaces,
    /// The newer standard that replaced this one ("Replaced by").
    ReplacedBy,
    Committee,
    /// The organizations that drafted it ("Drafting organizations", 起草单位).
    Drafters,
    /// Who proposed it ("Proposed by", 提出单位).
    Proposer,
    Adopts,
    /// The last day for comments on a draft.
    Deadline,
    /// A committee table's "Name" column.
    Name,
    /// A committee table's "Secretariat" column.
    Secretariat,
    /// A table of instruments: the column naming them.
    Instrument,
    /// A table of instruments: the authorities that issued them.
    Issuer,
    /// A table's "Date" column: when its item was issued or released.
    Date,
    /// A table of events: the column naming them.
    Event,
    /// A table of events: where each is held.
    Location,
    /// A table of events: who organizes each.
    Organizer,
}

/// The field a label names (lower case, without the colon).
pub(super) fn field_of(label: &str) -> Option<Field> {
    let l = label.trim().trim_end_matches('.').to_ascii_lowercase();
    // Chinese labels may say which level of standard they list
    // (国家标准编号, 行业标准名称): the field is the same.
    if let Some(rest) = ["国家", "行业", "团体", "地方"]
        .iter()
        .find_map(|p| l.strip_prefix(p))
        .filter(|r| r.starts_with("标准"))
    {
        return field_of(rest);
    }
    let l = l.as_str();
    Some(match l {
        "standard no" | "standard number" | "standard code" | "standard id" | "gb number"
        | "code" | "standard" | "number" | "标准号" | "标准编号"
        // A table of standard projects names them by plan number.
        | "plan no" | "plan number" | "project no" | "project number" | "project code"
        | "计划号" | "计划编号" | "项目编号" => Field::Code,
        "name" | "committee name" | "full name" => Field::Name,
        "event" | "events" | "event name" | "meeting" | "activity" | "活动" | "会议" => Field::Event,
        "location" | "venue" | "place" | "city" | "地点" => Field::Location,
        "organizer" | "organiser" | "organizers" | "organisers" | "host" | "hosts" | "organized by"
        | "organised by" | "主办" | "主办单位" => Field::Organizer,
        "secretariat" | "secretariat unit" => Field::Secretariat,
        "instrument" | "regulation" | "regulations" | "policy" | "document" | "law/regulation"
        | "legislation" => Field::Instrument,
        "authority" | "authorities" | "issuer" | "issuers" | "issued by" | "issuing authority"
        | "issuing authorities" | "regulator" | "发布机关" | "发文机关" => Field::Issuer,
        "english title" | "english name" | "english standard name" | "title" | "standard title" | "standard name"
        | "title (english)" | "name (english)"
        | "project title" | "project name" | "project" | "name of the project" | "项目名称"
        // A WTO TBT notification's field 5.
        | "title, number of pages and language(s) of the notified document"
        | "title of the notified document"
        | "英文标准名称"
        | "英文名称" => Field::Title,
        "chinese title" | "chinese name" | "chinese standard name" | "title (chinese)" | "name (chinese)" | "中文标准名称"
        | "标准名称" | "中文名称" => Field::ChineseTitle,
        "status" | "standard status" | "state" | "stage" | "标准状态" | "状态" => Field::Status,
        "date" | "date issued" | "日期" => Field::Date,
        "release date" | "issue date" | "issuance date" | "publication date" | "date of issue"
        | "published" | "publication" | "issued" | "released" | "issued date" | "date of issuance"
        | "published date" | "publish date" | "date of publication" | "date of release"
        | "发布日期" => Field::Released,
        "implementation date"
        | "execute date"
        | "effective date"
        | "date of implementation"
        | "implementation"
        | "effective"
        | "effective from"
        | "implemented"
        | "implemented on"
        | "in force"
        | "in force from"
        | "proposed date of entry into force"
        | "date of entry into force"
        | "实施日期" => Field::Effective,
        "final date for comments" | "comment deadline" | "deadline for comments" | "deadline"
        | "comments due" | "comments by" | "反馈截止日期" | "截止日期" => {
            Field::Deadline
        }
        "replaced standard"
        | "replaced standards"
        | "replaced"
        | "replaced code"
        | "standard replaced"
        | "standards replaced"
        | "to replace"
        | "replaces"
        | "replacing"
        | "replace"
        | "supersedes"
        | "superseded standard"
        | "代替标准"
        | "代替标准号"
        | "被代替标准号"
        | "代替标准编号"
        | "替代标准" => Field::Replaces,
        "replaced by" | "superseded by" | "被代替" | "被替代" => Field::ReplacedBy,
        "technical committee"
        | "technical committees"
        | "technical committee in charge"
        | "committee in charge"
        | "tc in charge"
        | "responsible technical committee"
        | "committee"
        | "responsible committee"
        | "drafting committee"
        | "tc"
        | "responsible tc"
        | "centralized by"
        | "administrative department"
        | "technical administrative department"
        | "competent department"
        | "administered by"
        | "under the jurisdiction of"
        | "working group"
        | "wg"
        | "归口部门"
        | "归口单位"
        | "归口工作组"
        | "工作组"
        | "技术委员会"
        | "技术归口" => Field::Committee,
        "drafting organizations"
        | "drafting organization"
        | "drafting organisations"
        | "drafting organisation"
        | "drafting units"
        | "drafting unit"
        | "drafting bodies"
        | "drafting institutions"
        | "main drafting organizations"
        | "main drafting units"
        | "drafting organizations of this document"
        | "drafting units of this document"
        | "drafted by"
        | "起草单位"
        | "主要起草单位"
        | "本文件起草单位"
        | "本标准起草单位" => Field::Drafters,
        "proposed by" | "proposer" | "proposing unit" | "proposing organization"
        | "proposing department" | "提出单位" | "提出部门" => Field::Proposer,
        "adopted international standard"
        | "adopted international standards"
        | "adopted standard"
        | "international standard"
        | "international standards"
        | "adoption"
        | "adopts"
        | "equivalent international standard"
        | "采标情况"
        | "采用国际标准" => Field::Adopts,
        _ => return None,
    })
}

/// "Label: value" with a short label at the start of a line (list marks
/// and emphasis around it allowed): the field and where its value starts.
pub(super) fn labelled(line: &str) -> Option<(Field, usize)> {
    let colon = line.find([':', '：'])?;
    if colon > 80 {
        return None;
    }
    let label = line[..colon].trim_start_matches([' ', '\t', '-', '*', '•', '|', '_']);
    // A numbered field ("5. Title, number of pages ...").
    let label = text::strip_list_number(label);
    let label = label.trim_end_matches(['*', '_', ' ']);
    let field = field_of(label)?;
    let sep = line[colon..].chars().next().map_or(1, char::len_utf8);
    Some((field, colon + sep))
}

/// "Label value" without a colon ("Release Date 2024-10-26", "Standard No.
/// GB/T 1-2024"): the longest label of up to four words at the start of the
/// line, and where its value starts (the line's end for a label alone).
pub(super) fn bare_labelled(line: &str) -> Option<(Field, usize)> {
    let start = line.len() - line.trim_start_matches([' ', '\t', '-', '*', '•']).len();
    // The ends of the line's first four words.
    let mut ends = Vec::with_capacity(4);
    let mut in_word = false;
    for (i, c) in line[start..].char_indices() {
        let space = c == ' ' || c == '\t';
        if space && in_word {
            ends.push(start + i);
            if ends.len() == 4 {
                break;
            }
        }
        in_word = !space;
    }
    if in_word && ends.len() < 4 {
        ends.push(line.len());
    }
    ends.into_iter().rev().find_map(|end| {
        let label = line[start..end].trim_end_matches(['*', '_']);
        let field = field_of(label)?;
        Some((field, end))
    })
}

/// The status a catalogue prints, in the model's words.
pub(super) fn status_word(value: &str) -> Option<&'static str> {
    let v = value.trim().to_ascii_lowercase();
    let v = v.trim_end_matches('.');
    if v.contains("to be implemented") || v.contains("upcoming") || v.contains("即将实施") {
        Some("published")
    } else if [
        "effective",
        "current",
        "valid",
        "now valid",
        "in force",
        "现行",
        "active",
    ]
    .iter()
    .any(|w| v.starts_with(w))
    {
        Some("effective")
    } else if ["abolished", "withdrawn", "repealed", "annulled", "废止"]
        .iter()
        .any(|w| v.starts_with(w))
    {
        Some("withdrawn")
    } else if v.starts_with("replaced") || v.starts_with("superseded") || v.starts_with("被代替")
    {
        Some("replaced")
    } else if v.starts_with("published") || v.starts_with("issued") {
        Some("published")
    } else if v.starts_with("approved") {
        Some("approved")
    } else if v.contains("for comment") || v.contains("征求意见") {
        Some("draft for comments")
    } else if v.starts_with("draft") || v.contains("送审") || v.contains("报批") {
        Some("draft")
    } else if v.contains("proposal") || v.contains("立项") {
        Some("proposal")
    } else if v.starts_with("under development") || v.starts_with("drafting") || v.contains("起草")
    {
        Some("under development")
    } else {
        None
    }
}
