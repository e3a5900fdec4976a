//! Decoding and normalising text, whole or a block at a time.
//!
//! [`Normaliser`] takes bytes in blocks of any size, cut anywhere, and gives
//! exactly the text [`normalise`] gives for all of them at once: what it has
//! written never changes afterwards, so the text of the first blocks can be
//! shown while the rest is still being read.

use super::text::printable_ascii;
use crate::sanitize;

/// Tab stops are every this many columns.
pub const TAB_WIDTH: usize = 8;

/// Normalise decoded text: drop a BOM, turn CRLF, lone CR and U+2028 LINE
/// SEPARATOR into `\n` and U+2029 PARAGRAPH SEPARATOR into a paragraph break
/// (`\n\n`), expand tabs, and replace every other character that could drive
/// the terminal with its [`sanitize::marker`]. Afterwards no character but
/// `\n` is [`sanitize::is_unsafe`].
pub fn normalise(raw: &str) -> String {
    let mut n = Normaliser::with_capacity(raw.len());
    n.push_str(raw);
    n.finish().0
}

/// Decodes and normalises text given in pieces; see the module notes.
#[derive(Debug, Default, Clone)]
pub struct Normaliser {
    out: String,
    /// Some text was seen: a BOM is dropped only at the very start.
    started: bool,
    /// The last piece ended with `\r`, already written as `\n`: a `\n` that
    /// starts the next piece belongs to it.
    after_cr: bool,
    /// The display column reached at `out[..counted]`, counted only when a
    /// tab needs it.
    column: usize,
    counted: usize,
    /// The first bytes of a character cut by the end of the last block.
    pending: Vec<u8>,
    /// Invalid UTF-8 was replaced.
    lossy: bool,
}

impl Normaliser {
    /// A normaliser whose output has room for `bytes` without growing.
    pub fn with_capacity(bytes: usize) -> Normaliser {
        Normaliser {
            out: String::with_capacity(bytes),
            ..Normaliser::default()
        }
    }

    /// The text so far: final, only ever added to.
    pub fn text(&self) -> &str {
        &self.out
    }

    /// Whether invalid UTF-8 was replaced so far.
    pub fn lossy(&self) -> bool {
        self.lossy
    }

    /// Decode and normalise the next block of bytes. A character cut by the
    /// end of the block waits for the next one; invalid UTF-8 is replaced
    /// with U+FFFD exactly as [`String::from_utf8_lossy`] does on the whole.
    pub fn push_bytes(&mut self, bytes: &[u8]) {
        let joined;
        let mut bytes = bytes;
        if !self.pending.is_empty() {
            let mut j = std::mem::take(&mut self.pending);
            j.extend_from_slice(bytes);
            joined = j;
            bytes = &joined;
        }
        let (whole, tail) = bytes.split_at(complete_up_to(bytes));
        self.pending = tail.to_vec();
        match std::str::from_utf8(whole) {
            Ok(text) => self.push_str(text),
            Err(_) => {
                self.lossy = true;
                self.push_str(&String::from_utf8_lossy(whole));
            }
        }
    }

    /// Normalise the next piece of decoded text.
    pub fn push_str(&mut self, raw: &str) {
        let mut raw = raw;
        if raw.is_empty() {
            return;
        }
        if !self.started {
            self.started = true;
            raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
        }
        if std::mem::take(&mut self.after_cr) {
            raw = raw.strip_prefix('\n').unwrap_or(raw);
        }
        let out = &mut self.out;
        // Text that needs no change is copied a run at a time: `raw[run..]` is
        // not copied yet. The column is counted only when a tab needs it, and
        // only over `out[counted..]`, which it does not yet include.
        let mut run = 0;
        let bytes = raw.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Printable ASCII is the common case, and needs no decoding:
            // passed over eight bytes at a time.
            while let Some(chunk) = bytes.get(i..i + 8)
                && printable_ascii(u64::from_le_bytes(chunk.try_into().expect("8 bytes")))
            {
                i += 8;
            }
            if matches!(bytes.get(i), Some(b' '..=b'~')) {
                i += 1;
                continue;
            }
            // A line break stays as it is: the run goes on past it.
            if bytes.get(i) == Some(&b'\n') {
                i += 1;
                self.column = 0;
                self.counted = out.len() + (i - run);
                continue;
            }
            let Some(c) = raw[i..].chars().next() else {
                break;
            };
            let at = i;
            i += c.len_utf8();
            let is_break = matches!(c, '\r' | '\n' | '\t' | '\u{2028}' | '\u{2029}');
            if !is_break && !sanitize::is_unsafe(c) {
                continue;
            }
            out.push_str(&raw[run..at]);
            run = i;
            match c {
                '\r' | '\n' | '\u{2028}' | '\u{2029}' => {
                    if c == '\r' {
                        match bytes.get(i) {
                            Some(b'\n') => {
                                i += 1;
                                run = i;
                            }
                            None => self.after_cr = true,
                            Some(_) => {}
                        }
                    }
                    out.push_str(if c == '\u{2029}' { "\n\n" } else { "\n" });
                    self.column = 0;
                    self.counted = out.len();
                }
                '\t' => {
                    self.column += out[self.counted..]
                        .chars()
                        .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0))
                        .sum::<usize>();
                    let spaces = TAB_WIDTH - self.column % TAB_WIDTH;
                    out.extend(std::iter::repeat_n(' ', spaces));
                    self.column += spaces;
                    self.counted = out.len();
                }
                _ => out.push(sanitize::marker(c).unwrap_or(c)),
            }
        }
        out.push_str(&raw[run..]);
    }

    /// The whole text, and whether invalid UTF-8 was replaced.
    pub fn finish(mut self) -> (String, bool) {
        if !self.pending.is_empty() {
            let pending = std::mem::take(&mut self.pending);
            self.lossy = true;
            self.push_str(&String::from_utf8_lossy(&pending));
        }
        (self.out, self.lossy)
    }
}

/// How much of `bytes` can be decoded now: all of it, but for the first bytes
/// of a character that the end cuts short (a valid start that more bytes
/// could complete), which wait for the next block. Whatever comes before the
/// last byte that is not a continuation byte decodes the same whatever
/// follows.
fn complete_up_to(bytes: &[u8]) -> usize {
    for k in (bytes.len().saturating_sub(3)..bytes.len()).rev() {
        if bytes[k] & 0xC0 != 0x80 {
            return match std::str::from_utf8(&bytes[k..]) {
                Err(e) if e.error_len().is_none() => k,
                _ => bytes.len(),
            };
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `bytes` through a normaliser, cut before each offset of `cuts`.
    fn in_blocks(bytes: &[u8], cuts: &[usize]) -> (String, bool) {
        let mut cuts: Vec<usize> = cuts.iter().map(|&c| c % (bytes.len() + 1)).collect();
        cuts.sort_unstable();
        let mut n = Normaliser::default();
        let mut from = 0;
        for cut in cuts {
            n.push_bytes(&bytes[from..cut]);
            from = cut;
        }
        n.push_bytes(&bytes[from..]);
        n.finish()
    }

    fn at_once(bytes: &[u8]) -> (String, bool) {
        match std::str::from_utf8(bytes) {
            Ok(text) => (normalise(text), false),
            Err(_) => (normalise(&String::from_utf8_lossy(bytes)), true),
        }
    }

    #[test]
    fn pieces_cut_anywhere_give_the_same_text() {
        let bytes = "\u{feff}a\r\nb\tc日\u{2029}d\r".as_bytes();
        for cut in 0..=bytes.len() {
            assert_eq!(in_blocks(bytes, &[cut]), at_once(bytes), "cut at {cut}");
        }
        // Invalid and cut sequences are replaced as on the whole.
        let bytes = b"\xf0\x9f\x98 x \xe2\x82\xac\xe0\x80 \xff\xf4\x8f\xbf\xbf";
        for a in 0..=bytes.len() {
            for b in a..=bytes.len() {
                assert_eq!(in_blocks(bytes, &[a, b]), at_once(bytes), "cuts {a}, {b}");
            }
        }
    }

    #[test]
    fn a_cr_at_the_end_of_a_block_pairs_with_the_next_lf() {
        assert_eq!(in_blocks(b"a\r\nb", &[2]).0, "a\nb");
        assert_eq!(in_blocks(b"a\r\r\nb", &[2, 3]).0, "a\n\nb");
        assert_eq!(in_blocks(b"a\r", &[2]).0, "a\n");
    }

    fn bytes_with_breaks() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            3 => crate::document::tests::hostile().prop_map(String::into_bytes),
            1 => proptest::collection::vec(any::<u8>(), 0..12),
            1 => Just(b"\xef\xbb\xbf".to_vec()),
            1 => Just(b"\r".to_vec()),
            1 => Just(b"\t".to_vec()),
        ];
        proptest::collection::vec(piece, 0..6).prop_map(|parts| parts.concat())
    }

    #[test]
    fn each_byte_value_in_a_run_of_ascii_is_told_apart() {
        for b in 0..=0x7fu8 {
            let raw = format!("abcdefg{}hijklmnopq", b as char);
            assert_eq!(
                normalise(&raw),
                crate::document::tests::normalise_slowly(&raw),
                "byte {b:#x}"
            );
        }
        for x in [0u64, u64::MAX, 0x2020_2020_2020_2020, 0x7e7e_7e7e_7e7e_7e7e] {
            let want = x.to_le_bytes().iter().all(|b| (b' '..=b'~').contains(b));
            assert_eq!(printable_ascii(x), want, "{x:#x}");
        }
    }

    proptest! {
        #[test]
        fn text_is_normalised_as_a_character_at_a_time(
            raw in "([ -~]{0,20}|\t|\r|\n|\r\n|\u{2028}|\u{2029}|\u{feff}|\u{1b}|\u{7f}|\u{a0}|\u{85}|\u{202e}|\u{e9}|\u{65e5}|\u{301}|\u{1f600}|\\PC){0,16}",
        ) {
            prop_assert_eq!(normalise(&raw), crate::document::tests::normalise_slowly(&raw));
        }

        #[test]
        fn eight_bytes_are_printable_when_each_is(x: u64) {
            let want = x.to_le_bytes().iter().all(|b| (b' '..=b'~').contains(b));
            prop_assert_eq!(printable_ascii(x), want);
        }

        #[test]
        fn blocks_give_what_the_whole_gives(
            bytes in bytes_with_breaks(),
            cuts in proptest::collection::vec(any::<usize>(), 0..6),
        ) {
            prop_assert_eq!(in_blocks(&bytes, &cuts), at_once(&bytes));
        }
    }
}
