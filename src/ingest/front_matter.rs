//! A web page's front matter (a YAML block between `---` lines at the top
//! of a Markdown export: `title: "..."`, `date: 2029-04-18`, `author: ...`)
//! rewritten line for line into what the segmenter reads: the title as a
//! `#` heading, the date as a "Date:" field, the other fields as "Key:
//! value" lines and the fences as blank lines. Line numbers do not change.

use std::borrow::Cow;

/// The text with its front matter rewritten, or as it is when it has none.
pub fn rewrite(text: &str) -> Cow<'_, str> {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Cow::Borrowed(text);
    };
    // The closing fence within the first 40 lines, every line between a
    // "key: value" field or a list item of the field before.
    let lines: Vec<&str> = rest.split('\n').take(41).collect();
    let Some(close) = lines.iter().position(|l| l.trim_end() == "---") else {
        return Cow::Borrowed(text);
    };
    let fields = &lines[..close];
    let field = |l: &str| {
        let l = l.trim_end();
        l.is_empty()
            || l.starts_with([' ', '-'])
            || l.split_once(':').is_some_and(|(k, _)| {
                !k.is_empty()
                    && k.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            })
    };
    if fields.is_empty() || !fields.iter().all(|l| field(l)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    out.push('\n');
    for l in fields {
        out.push_str(&field_line(l.trim_end()));
        out.push('\n');
    }
    out.push('\n');
    // (The rest of the text after the closing fence's line.)
    let used: usize = lines[..=close].iter().map(|l| l.len() + 1).sum();
    out.push_str(rest.get(used..).unwrap_or(""));
    Cow::Owned(out)
}

/// One field as a line the segmenter reads.
fn field_line(l: &str) -> String {
    let Some((key, value)) = l.split_once(':').filter(|_| !l.starts_with([' ', '-'])) else {
        // (A list item under a key: kept as it is.)
        return l.to_owned();
    };
    let value = value.trim().trim_matches(['"', '\'']).trim();
    let value = value
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .unwrap_or(value);
    if value.is_empty() {
        return String::new();
    }
    match key.to_ascii_lowercase().as_str() {
        "title" => format!("# {value}"),
        "date" | "published" | "pubdate" | "publishdate" => format!("Date: {value}"),
        k => {
            let mut label = k.replace(['_', '-'], " ");
            if let Some(first) = label.get(..1) {
                label.replace_range(..1, &first.to_ascii_uppercase());
            }
            format!("{label}: {value}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_becomes_a_heading_and_fields_line_for_line() {
        let text = "---\ntitle: \"Widget rules: a view\"\ndate: 2029-04-18\nauthor: Anna\ntags: [China, AI]\n---\n\nBody text.\n";
        let out = rewrite(text);
        assert_eq!(
            out,
            "\n# Widget rules: a view\nDate: 2029-04-18\nAuthor: Anna\nTags: China, AI\n\n\nBody text.\n"
        );
        assert_eq!(out.lines().count(), text.lines().count());
    }

    #[test]
    fn other_texts_are_left_alone() {
        // A horizontal rule, then prose: no front matter.
        let text = "---\nSome prose that is no field.\n---\nText";
        assert!(matches!(rewrite(text), Cow::Borrowed(_)));
        assert!(matches!(rewrite("Title\n---\n"), Cow::Borrowed(_)));
        // No closing fence.
        assert!(matches!(rewrite("---\ntitle: X\nText"), Cow::Borrowed(_)));
    }
}
