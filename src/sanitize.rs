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

/// The character boundary at or before byte `i`.
fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
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
    // Printable ASCII is always safe: only the rest is decoded and looked at.
    let suspect = |b: &u8| !matches!(b, b' '..=b'~' | b'\n');
    let Some(first) = text.bytes().position(|b| suspect(&b)) else {
        return Cow::Borrowed(text);
    };
    if !text[floor(text, first)..]
        .chars()
        .any(|c| c != '\n' && is_unsafe(c))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c != '\n' && is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
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

    proptest! {
        #[test]
        fn nothing_unsafe_gets_through(s in any::<String>()) {
            prop_assert!(!line(&s).chars().any(is_unsafe));
            prop_assert!(!lines(&s).chars().any(|c| c != '\n' && is_unsafe(c)));
            prop_assert_eq!(line(&s).chars().count(), s.chars().count());
        }
    }
}
