//! The one sanitiser for everything folio shows: file text, titles, paths,
//! notes, prompts and error messages.
//!
//! No character that could drive a terminal gets through. The style, used
//! everywhere:
//! - C0 controls (U+0000–U+001F) and DEL become their Unicode "control
//!   pictures" (`␛` for ESC, `␇` for BEL, `␊` for a line feed in one-line
//!   output);
//! - C1 controls (U+0080–U+009F), bidirectional embeddings, overrides and
//!   isolates (U+202A–U+202E, U+2066–U+2069), the line and paragraph separators
//!   (U+2028, U+2029) where a line break cannot be shown, and the interlinear
//!   annotation characters (U+FFF9–U+FFFB) become `�` (U+FFFD).
//!
//! Everything else, including combining marks, zero-width joiners and
//! right-to-left letters, is kept.

use std::borrow::Cow;

/// What `c` is shown as, or `None` when it is safe as it is. Line breaks are
/// not special here: callers that keep them handle them first.
pub fn marker(c: char) -> Option<char> {
    match c {
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
        '\u{7f}' => Some('\u{2421}'),
        '\u{80}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{fff9}'..='\u{fffb}' => Some('\u{fffd}'),
        _ => None,
    }
}

/// True when `c` would be replaced by [`marker`].
pub fn is_unsafe(c: char) -> bool {
    marker(c).is_some()
}

/// `text` as one safe line: every unsafe character, line breaks and tabs
/// included, replaced by its marker. Borrowed when nothing had to change.
pub fn line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| marker(c).unwrap_or(c)).collect())
}

/// `text` as safe lines: like [`line`], but `\n` is kept.
pub fn lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if c == '\n' { c } else { marker(c).unwrap_or(c) })
            .collect(),
    )
}

/// JSON text with every character that is unsafe on a terminal written as a
/// `\uXXXX` escape. Such characters can only stand inside JSON strings, where
/// the escape means the same character, so the value is unchanged.
pub fn json(text: &str) -> Cow<'_, str> {
    let Some(first) = first_unsafe_but_newline(text) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        if c != '\n' && is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The byte at which the first unsafe character of `text` other than `\n`
/// starts. Printable ASCII, always safe, is passed over 16 bytes at a time
/// (a test the compiler makes one vector operation); only the rest is
/// decoded and looked at.
fn first_unsafe_but_newline(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let plain = |b: u8| matches!(b, b' '..=b'~' | b'\n');
    let mut at = 0;
    loop {
        while let Some(block) = bytes.get(at..at + 16)
            && block.iter().fold(true, |all, &b| all & plain(b))
        {
            at += 16;
        }
        let next = at + bytes[at..].iter().position(|&b| !plain(b))?;
        // A byte past ASCII starts a character here: the scan goes from one
        // character's start to the next.
        let c = text[next..].chars().next()?;
        if is_unsafe(c) {
            return Some(next);
        }
        at = next + c.len_utf8();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(line("a\u{1b}]0;X\u{7}b"), "a\u{241b}]0;X\u{2407}b");
        assert_eq!(line("x\u{9b}2Jy"), "x\u{fffd}2Jy");
        assert_eq!(
            line("a\u{202e}b\u{2028}c\u{fff9}"),
            "a\u{fffd}b\u{fffd}c\u{fffd}"
        );
        assert_eq!(line("one\ntwo\tthree"), "one\u{240a}two\u{2409}three");
        assert_eq!(lines("one\ntwo\u{1b}"), "one\ntwo\u{241b}");
    }

    #[test]
    fn ordinary_text_is_borrowed() {
        for s in [
            "Kim Jong Un",
            "José e\u{301}",
            "北京 محمد",
            "👨\u{200d}👩\u{200d}👧",
        ] {
            assert!(matches!(line(s), Cow::Borrowed(_)));
        }
    }

    #[test]
    fn json_escapes_keep_the_value() {
        let value = serde_json::json!({"path": "a\u{9b}b\u{202e}c\u{1b}d"});
        let text = serde_json::to_string(&value).unwrap();
        let safe = json(&text);
        assert!(!safe.chars().any(is_unsafe), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
    }

    /// [`json`] as it was first written, a character at a time.
    fn json_by_chars(text: &str) -> String {
        text.chars()
            .map(|c| {
                if c != '\n' && is_unsafe(c) {
                    format!("\\u{:04x}", c as u32)
                } else {
                    c.to_string()
                }
            })
            .collect()
    }

    #[test]
    fn json_finds_what_follows_long_safe_runs() {
        for pad in 0..40 {
            let text = format!("{}\u{1b}é{}\u{202e}\n", "a".repeat(pad), "b".repeat(pad));
            assert_eq!(json(&text), json_by_chars(&text), "{pad}");
            let fine = format!("{}é\n{}", "a".repeat(pad), "\u{2066}".repeat(0));
            assert!(matches!(json(&fine), Cow::Borrowed(_)));
        }
    }

    proptest! {
        #[test]
        fn json_is_the_same_as_a_character_at_a_time(
            s in proptest::collection::vec(
                prop_oneof![
                    "[ -~]{0,40}",
                    any::<char>().prop_map(String::from),
                    Just("\n".to_string()),
                    Just("\u{202e}".to_string()),
                    Just("\u{9b}".to_string()),
                ],
                0..12,
            ).prop_map(|parts| parts.concat())
        ) {
            prop_assert_eq!(json(&s).into_owned(), json_by_chars(&s));
        }

        #[test]
        fn nothing_unsafe_gets_through(s in any::<String>()) {
            prop_assert!(!line(&s).chars().any(is_unsafe));
            prop_assert!(!lines(&s).chars().any(|c| c != '\n' && is_unsafe(c)));
            prop_assert_eq!(line(&s).chars().count(), s.chars().count());
        }
    }
}
