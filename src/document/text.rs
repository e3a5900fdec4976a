//! The text of a document: held in memory, or mapped from its file.
//!
//! A large file that is already valid UTF-8 and needs no normalising (no
//! BOM, no carriage returns, tabs or characters that could drive the
//! terminal: see [`is_clean`]) is shown straight from its file's pages,
//! which the system can drop and read again at will, instead of being copied
//! into memory. Everything else reads a [`Text`] as a `&str` and cannot tell
//! the difference.
//!
//! A mapped file must keep its length while it is open: the system stops a
//! program that reads a page its file no longer has.

use std::fmt;
use std::ops::Deref;

use memmap2::Mmap;

use crate::sanitize;

/// A document's normalised text.
pub struct Text(Repr);

enum Repr {
    Owned(String),
    /// Valid UTF-8, checked when it was made.
    Mapped(Mmap),
}

impl Text {
    /// The text of a mapped file, when its bytes are valid UTF-8 (else the
    /// map back).
    pub fn mapped(map: Mmap) -> Result<Text, Mmap> {
        if std::str::from_utf8(&map).is_ok() {
            Ok(Text(Repr::Mapped(map)))
        } else {
            Err(map)
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Owned(s) => s,
            // SAFETY: checked to be UTF-8 in `mapped`; the map is read-only.
            Repr::Mapped(map) => unsafe { std::str::from_utf8_unchecked(map) },
        }
    }

    /// Whether the text is read from its file's pages rather than held.
    pub fn is_mapped(&self) -> bool {
        matches!(self.0, Repr::Mapped(_))
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(Repr::Owned(s))
    }
}

impl Clone for Text {
    /// A copy held in memory.
    fn clone(&self) -> Text {
        Text(Repr::Owned(self.as_str().to_string()))
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much of `bytes` is known to need no normalising: all of it when it
/// does, but for the first bytes of a character cut short by the end (which
/// decide nothing yet); `None` as soon as something would be changed. `start`
/// says whether `bytes` begins the text (where a BOM would be dropped).
///
/// Clean means: valid UTF-8, no BOM at the start, and no character but
/// `\n` that the [`Normaliser`](super::Normaliser) rewrites (carriage
/// returns, tabs, line and paragraph separators, controls and the other
/// characters [`sanitize::is_unsafe`] names). Such text normalises to itself.
pub fn clean_prefix(bytes: &[u8], start: bool) -> Option<usize> {
    if start && bytes.starts_with(b"\xef\xbb\xbf") {
        return None;
    }
    let (text, complete) = match std::str::from_utf8(bytes) {
        Ok(text) => (text, bytes.len()),
        // A character cut by the end: the rest is checked with what follows.
        Err(e) if e.error_len().is_none() => {
            let upto = e.valid_up_to();
            (std::str::from_utf8(&bytes[..upto]).ok()?, upto)
        }
        Err(_) => return None,
    };
    is_clean(text).then_some(complete)
}

/// Whether normalising `text` would leave it as it is (a BOM at its start
/// aside, which [`clean_prefix`] checks).
pub fn is_clean(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Printable ASCII and line breaks, eight bytes at a time.
        while let Some(chunk) = bytes.get(i..i + 8)
            && plain_ascii(u64::from_le_bytes(chunk.try_into().expect("8 bytes")))
        {
            i += 8;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if matches!(b, b' '..=b'~' | b'\n') {
            i += 1;
            continue;
        }
        if b < 0x80 {
            // A control character or DEL.
            return false;
        }
        let c = text[i..].chars().next().unwrap_or('\u{fffd}');
        if sanitize::is_unsafe(c) {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether the eight bytes of `x` are all printable ASCII (`' '..='~'`).
#[inline]
pub(super) fn printable_ascii(x: u64) -> bool {
    // A byte below a space borrows into its high bit; one of 0x7f or more
    // has it set, or sets it when one is added.
    let below_space = x.wrapping_sub(ONES * 0x20) & !x;
    let past_tilde = x | x.wrapping_add(ONES);
    (below_space | past_tilde) & HIGHS == 0
}

/// Whether each of the eight bytes of `x` is printable ASCII or a line
/// break.
#[inline]
fn plain_ascii(x: u64) -> bool {
    const LOWS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // The high bit of each byte that is a line break, exactly: a byte of
    // `t` is zero there. Line breaks are then made `*` (0x0a | 0x20).
    let t = x ^ (ONES * u64::from(b'\n'));
    let breaks = !(((t & LOWS) + LOWS) | t) & HIGHS;
    printable_ascii(x | (breaks >> 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::normalise;
    use proptest::prelude::*;

    #[test]
    fn clean_text_is_what_normalising_leaves() {
        for text in ["", "a\nb", "Kim Jong Un\n\nnaïve 北京 שלום e\u{301}\u{a0}x"] {
            assert!(is_clean(text), "{text:?}");
            assert_eq!(normalise(text), text);
        }
        for text in [
            "a\r\nb",
            "a\tb",
            "\u{1b}[31m",
            "a\u{2028}b",
            "\u{7f}",
            "\u{85}",
            "\u{202e}x",
        ] {
            assert!(!is_clean(text), "{text:?}");
        }
    }

    #[test]
    fn a_bom_or_invalid_bytes_are_not_clean_and_a_cut_character_waits() {
        assert_eq!(clean_prefix(b"\xef\xbb\xbfabc", true), None);
        assert_eq!(clean_prefix(b"a\xef\xbb\xbfbc", true), Some(6));
        assert_eq!(clean_prefix(b"\xef\xbb\xbfabc", false), Some(6));
        assert_eq!(clean_prefix(b"a\xff", true), None);
        assert_eq!(clean_prefix("ab北".as_bytes(), true), Some(5));
        assert_eq!(clean_prefix(&"ab北".as_bytes()[..4], true), Some(2));
    }

    #[test]
    fn each_byte_value_in_a_run_of_ascii_is_told_apart() {
        for b in 0..=0x7fu8 {
            for at in 0..8 {
                let mut bytes = *b"abcdefghijklmnop";
                bytes[at] = b;
                let text = std::str::from_utf8(&bytes).expect("ASCII");
                let plain = (b' '..=b'~').contains(&b) || b == b'\n';
                assert_eq!(is_clean(text), plain, "byte {b:#x} at {at}");
                let x = u64::from_le_bytes(bytes[..8].try_into().unwrap());
                assert_eq!(plain_ascii(x), plain, "byte {b:#x} at {at}");
            }
        }
    }

    proptest! {
        #[test]
        fn eight_bytes_are_plain_when_each_is(x: u64) {
            let want = x
                .to_le_bytes()
                .iter()
                .all(|b| (b' '..=b'~').contains(b) || *b == b'\n');
            prop_assert_eq!(plain_ascii(x), want);
        }

        /// Runs of ASCII long enough for the eight-byte steps, with the
        /// characters normalising changes among them.
        #[test]
        fn clean_means_unchanged_among_long_runs(
            text in "([ -~]{0,24}|\n|\r|\t|\u{1b}|\u{7f}|\u{85}|\u{a0}|\u{2028}|\u{202e}|\u{e9}){0,12}",
        ) {
            prop_assert_eq!(is_clean(&text), normalise(&text) == text);
        }

        /// Normalised text is clean (a second BOM aside), whole and cut
        /// anywhere, but for a character the cut splits.
        #[test]
        fn normalised_text_is_clean(raw in crate::document::tests::hostile(), cut in any::<usize>()) {
            let text = normalise(&raw);
            prop_assume!(!text.starts_with('\u{feff}'));
            let bytes = text.as_bytes();
            prop_assert_eq!(clean_prefix(bytes, true), Some(bytes.len()));
            let cut = cut % (bytes.len() + 1);
            let head = clean_prefix(&bytes[..cut], true);
            prop_assert!(head.is_some_and(|h| h <= cut && cut - h < 4));
        }

        /// Whatever text is called clean normalises to itself, and cutting
        /// it anywhere leaves each piece clean (but for a cut character).
        #[test]
        fn clean_means_unchanged(text in crate::document::tests::hostile(), cut in any::<usize>()) {
            let bytes = text.as_bytes();
            if clean_prefix(bytes, true) == Some(bytes.len()) {
                prop_assert_eq!(normalise(&text), text.clone());
                let cut = cut % (bytes.len() + 1);
                let head = clean_prefix(&bytes[..cut], true);
                prop_assert!(head.is_some_and(|h| h <= cut && cut - h < 4));
            } else {
                prop_assert_ne!(normalise(&text), text);
            }
        }
    }
}
