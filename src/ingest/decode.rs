//! Turning a file's bytes into text: BOMs, UTF-16, line ends, invalid
//! UTF-8 and binary files.

/// Why a file produced no text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejected {
    /// No bytes, or only whitespace.
    Empty,
    /// It contains NUL bytes: not a text file.
    Binary,
}

/// Decoded text and what had to be repaired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, LF line ends, no BOM.
    pub text: String,
    /// Byte offset of the first invalid UTF-8 sequence, and how many there were.
    pub invalid_utf8: Option<(usize, usize)>,
}

/// Decodes a text file. UTF-8 with or without BOM, UTF-16 with BOM; CRLF and
/// lone CR become LF; invalid UTF-8 is replaced by U+FFFD and reported.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Rejected> {
    let (text, invalid) = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (utf16(rest, u16::from_le_bytes), None)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (utf16(rest, u16::from_be_bytes), None)
    } else {
        let b = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        if b.contains(&0) {
            return Err(Rejected::Binary);
        }
        match std::str::from_utf8(b) {
            Ok(s) => (s.to_owned(), None),
            Err(e) => {
                let first = e.valid_up_to() + (bytes.len() - b.len());
                let lossy = String::from_utf8_lossy(b).into_owned();
                let count = count_invalid(b);
                (lossy, Some((first, count)))
            }
        }
    };
    if text.trim().is_empty() {
        return Err(Rejected::Empty);
    }
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    Ok(Decoded {
        text,
        invalid_utf8: invalid,
    })
}

fn utf16(b: &[u8], f: fn([u8; 2]) -> u16) -> String {
    let units = b.chunks_exact(2).map(|c| f([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

fn count_invalid(mut b: &[u8]) -> usize {
    let mut n = 0;
    loop {
        match std::str::from_utf8(b) {
            Ok(_) => return n,
            Err(e) => {
                n += 1;
                let skip = e.valid_up_to() + e.error_len().unwrap_or(b.len() - e.valid_up_to());
                b = &b[skip.max(1).min(b.len())..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_normalizes_line_ends() {
        let d = decode(b"\xEF\xBB\xBFa\r\nb\rc\n").unwrap();
        assert_eq!(d.text, "a\nb\nc\n");
        assert_eq!(d.invalid_utf8, None);
    }

    #[test]
    fn reports_the_offset_of_invalid_utf8() {
        let d = decode(b"GB/T 1\xFF2 and \xC3 more").unwrap();
        assert_eq!(d.invalid_utf8, Some((6, 2)));
        assert!(d.text.starts_with("GB/T 1\u{FFFD}2"));
    }

    #[test]
    fn offset_counts_the_bom() {
        let d = decode(b"\xEF\xBB\xBFab\xFF").unwrap();
        assert_eq!(d.invalid_utf8, Some((5, 1)));
    }

    #[test]
    fn rejects_binary_and_empty() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Err(Rejected::Binary));
        assert_eq!(decode(b""), Err(Rejected::Empty));
        assert_eq!(decode(b" \n\t\r\n"), Err(Rejected::Empty));
    }

    #[test]
    fn decodes_utf16_with_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "标准 GB".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&b).unwrap().text, "标准 GB");
    }
}
