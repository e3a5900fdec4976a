//! Tokenisation for the tagger: one byte scan over the text.
//!
//! Tokens are words (letters and digits, with inner hyphens, inner
//! apostrophes and abbreviation periods), numbers and single punctuation
//! characters. A possessive `'s` / `’s` is its own token, so a name never
//! swallows it. Every token carries hashes of its normalised form (lowercase,
//! curly quotes and dashes mapped to ASCII) and of its shape, computed while
//! scanning, so feature extraction never allocates.

use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Letters, maybe with digits, inner hyphens, apostrophes and periods.
    Word,
    /// Starts with a digit.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// Starts with an upper-case letter.
pub const CAP: u8 = 1;
/// Every letter is upper case (and there are at least two).
pub const ALL_CAPS: u8 = 2;
/// First token of a sentence.
pub const SENT_START: u8 = 4;
/// First token of a line.
pub const LINE_START: u8 = 8;
/// Contains a digit.
pub const DIGIT: u8 = 16;
/// A letter outside ASCII.
pub const NON_ASCII: u8 = 32;
/// Contains a hyphen or a period.
pub const INNER_PUNCT: u8 = 64;
/// Contains an upper-case letter anywhere (`al-Turabi`, `McDonald`).
pub const HAS_UPPER: u8 = 128;

/// One token of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub class: Class,
    /// Bit set of [`CAP`], [`ALL_CAPS`], ...
    pub flags: u8,
    /// Number of characters.
    pub chars: u16,
    /// Hash of the normalised lower-case form.
    pub lower: u64,
    /// Hash of the collapsed shape (`Xx`, `X.X.`, `d-d`, ...).
    pub shape: u64,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn is(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    /// Hashes of the last one, two and three normalised characters, and of
    /// the first three. Only the tokens that are scored need them, so they
    /// are computed on demand rather than while scanning.
    pub fn affixes(&self, text: &str) -> ([u64; 3], u64) {
        // A token of `text` starts and ends on character boundaries (see
        // [`tokenize_into`]).
        let s = &text[self.range()];
        let mut tail = [0u32; 3];
        let mut prefix = 0u64;
        if s.is_ascii() {
            let b = s.as_bytes();
            for &c in &b[..b.len().min(3)] {
                prefix = mix(prefix, normal_ascii(c) as u64);
            }
            for (k, &c) in b.iter().rev().take(3).enumerate() {
                tail[2 - k] = normal_ascii(c) as u32;
            }
        } else {
            for c in s.chars().take(3) {
                prefix = mix(prefix, normal(c) as u64);
            }
            for (k, c) in s.chars().rev().take(3).enumerate() {
                tail[2 - k] = normal(c) as u32;
            }
        }
        let suffix = [
            mix(0, tail[2] as u64),
            mix(mix(0, tail[1] as u64), tail[2] as u64),
            mix(mix(mix(0, tail[0] as u64), tail[1] as u64), tail[2] as u64),
        ];
        (suffix, prefix)
    }
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// One step of the FxHash-style mix.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(SEED)
}

/// Hash of a normalised string, the same as a token's `lower` hash.
pub fn hash_str(s: &str) -> u64 {
    let mut h = 0u64;
    for c in s.chars() {
        h = mix(h, normal(c) as u64);
    }
    h
}

/// The normalised form of one character: lower case, ASCII quotes and dashes.
#[inline]
pub fn normal(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '`' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        c if c.is_ascii() => c,
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// [`normal`] of an ASCII byte.
#[inline]
fn normal_ascii(b: u8) -> u8 {
    match b {
        b'`' => b'\'',
        b => b.to_ascii_lowercase(),
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Short words that take an abbreviation period.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "capt", "sgt", "sen", "rep",
    "gov", "mt", "ft", "co", "corp", "inc", "ltd", "prof", "rev", "messrs", "no", "vs", "jan",
    "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "adm", "cmdr", "maj", "pres",
    "ave", "blvd", "bros", "fr", "hon", "etc", "mme", "mlle",
];

/// The character that starts at byte `i`; `None` at the end of the text or
/// inside a character. An ASCII byte is a whole character; past ASCII,
/// `get` checks the boundary.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text.get(i..)?.chars().next()
    }
}

/// Characters that mark list items (folio's own `•` among them) and the
/// `·` of a rendered thematic break.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '▸'
            | '►'
            | '·'
            | '∙'
    )
}

#[inline]
fn is_wordy(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

/// Shape class of a character.
#[inline]
fn shape_of(c: char) -> u8 {
    if c.is_ascii_uppercase() {
        b'X'
    } else if c.is_ascii_lowercase() {
        b'x'
    } else if c.is_ascii_digit() {
        b'd'
    } else if c.is_ascii() {
        c as u8
    } else if is_apostrophe(c) {
        b'\''
    } else if is_hyphen(c) {
        b'-'
    } else if c.is_uppercase() {
        b'X'
    } else if c.is_alphabetic() {
        b'x'
    } else {
        b'?'
    }
}

/// The longest start of `text` whose offsets fit a token's `u32`, cut on a
/// character boundary.
fn within_u32(text: &str) -> &str {
    let mut end = text.len().min(u32::MAX as usize);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Split `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, &mut out);
    out
}

/// Split `text` into tokens, appending to `out`.
///
/// Every token starts and ends on a character boundary: the scan steps over
/// ASCII bytes one at a time, over other characters by their length in
/// UTF-8 ([`char_at`] finds them), and a clitic after an apostrophe is
/// counted in ASCII letters. Offsets are `u32`, so text past 4 GiB is not
/// looked at: the tagger tags a longer text in chunks (see
/// `tagger::mentions_with`).
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    let text = within_u32(text);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut line_start = true;
    let mut sent_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            line_start = true;
            sent_start = true;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        if b.is_ascii_alphanumeric() {
            // The common case: a run of ASCII letters and digits that ends
            // at a byte no word or number goes on past. It is summarised
            // while it is found.
            let mut summary = AsciiSummary::default();
            summary.push(b, true);
            let mut end = i + 1;
            while let Some(&c) = bytes.get(end)
                && c.is_ascii_alphanumeric()
            {
                summary.push(c, false);
                end += 1;
            }
            let class = if b.is_ascii_digit() {
                Class::Number
            } else {
                Class::Word
            };
            let stop = bytes.get(end).copied().unwrap_or(b' ');
            let goes_on = stop >= 0x80
                || match class {
                    Class::Word => matches!(stop, b'-' | b'&' | b'\'' | b'.'),
                    _ => matches!(stop, b'.' | b',' | b':' | b'/' | b'-'),
                };
            if !goes_on {
                let mut tok = summary.token(i, end, class);
                if line_start {
                    tok.flags |= LINE_START;
                }
                if sent_start {
                    tok.flags |= SENT_START;
                    sent_start = false;
                }
                line_start = false;
                out.push(tok);
                i = end;
                continue;
            }
        }
        let c = char_at(text, i).unwrap_or(' ');
        // A bullet that starts a list item is not part of the sentence: the
        // item starts afresh, as a line does.
        if c.is_whitespace() || (line_start && is_bullet(c)) {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let class;
        let mut end;
        if is_wordy(c) {
            class = if c.is_ascii_digit() {
                Class::Number
            } else {
                Class::Word
            };
            end = scan_word(text, i, class);
        } else {
            class = Class::Punct;
            end = i + c.len_utf8();
            // A possessive or contraction: 's 'S n't 're 've 'll 'd 'm.
            if is_apostrophe(c) {
                let rest = &bytes[end..];
                let letters = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
                if (1..=2).contains(&letters) {
                    let word = &rest[..letters];
                    let known = [&b"s"[..], b"re", b"ve", b"ll", b"d", b"m", b"t"]
                        .iter()
                        .any(|w| word.eq_ignore_ascii_case(w));
                    if known {
                        end += letters;
                    }
                }
            }
        }
        let mut tok = summarise(text, start, end, class);
        if line_start {
            tok.flags |= LINE_START;
        }
        if sent_start && class != Class::Punct {
            tok.flags |= SENT_START;
            sent_start = false;
        }
        if class == Class::Punct {
            let p = bytes[start];
            // A table's cells (`|`, or the `│` of a rendered table) are
            // read apart, as sentences are.
            if p == b'.' || p == b'!' || p == b'?' || p == b'|' || c == '│' {
                sent_start = true;
            }
        } else if class == Class::Word && bytes[end - 1] == b'.' {
            // "U.S." at the end of a sentence is followed by a capital; an
            // abbreviation like "Mr." is not a sentence end.
        }
        line_start = false;
        out.push(tok);
        i = end;
    }
}

/// Scan a word or number starting at `i`; return its end.
///
/// `i` only ever moves by whole characters: by one over an ASCII byte, else
/// by the length of the character [`char_at`] found there, and over ASCII
/// letters after an apostrophe; so the end is a character boundary.
fn scan_word(text: &str, mut i: usize, class: Class) -> usize {
    let bytes = text.as_bytes();
    let start = i;
    loop {
        // Run of letters and digits.
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphanumeric() {
                i += 1;
            } else if b < 0x80 {
                break;
            } else {
                match char_at(text, i) {
                    Some(c) if is_wordy(c) => i += c.len_utf8(),
                    _ => break,
                }
            }
        }
        let Some(c) = char_at(text, i) else { break };
        let after = i + c.len_utf8();
        let next = char_at(text, after);
        let next_wordy = next.is_some_and(is_wordy);
        if class == Class::Number {
            if matches!(c, '.' | ',' | ':' | '/' | '-') && next.is_some_and(|n| n.is_ascii_digit())
            {
                i = after;
                continue;
            }
            // "21-car", "10-year-old"
            if is_hyphen(c) && next.is_some_and(char::is_alphabetic) {
                i = after;
                continue;
            }
            break;
        }
        if is_hyphen(c) && next_wordy {
            i = after;
            continue;
        }
        if c == '&' && next.is_some_and(|n| n.is_ascii_uppercase()) && i - start <= 2 {
            // AT&T, S&P
            i = after;
            continue;
        }
        if is_apostrophe(c) && next_wordy {
            // O'Gorman, D'Alema stay one word; 's and n't split off.
            let rest = &bytes[after..];
            let letters = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            let word = &rest[..letters];
            let clitic = word.eq_ignore_ascii_case(b"s")
                || word.eq_ignore_ascii_case(b"t")
                || word.eq_ignore_ascii_case(b"re")
                || word.eq_ignore_ascii_case(b"ve")
                || word.eq_ignore_ascii_case(b"ll")
                || word.eq_ignore_ascii_case(b"d")
                || word.eq_ignore_ascii_case(b"m");
            if !clitic {
                i = after;
                continue;
            }
            // "don't": leave "n't" to the punctuation branch only when the
            // word ends in n; it does not matter for names.
            break;
        }
        if c == '.' {
            let word = &text[start..i];
            let last_run = word
                .rsplit(|ch: char| ch == '.' || is_hyphen(ch))
                .next()
                .unwrap_or(word);
            let single_letter = last_run.chars().count() == 1
                && last_run.chars().next().is_some_and(char::is_alphabetic);
            if single_letter {
                // U.S. / J. / U.N. / Д.С. The dot after the next letter is
                // looked for past all of that letter's bytes.
                i = after;
                if let Some(n) = next
                    && n.is_alphabetic()
                    && char_at(text, after + n.len_utf8()) == Some('.')
                {
                    continue;
                }
                break;
            }
            if word.len() <= 6
                && ABBREVIATIONS
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(last_run) && last_run.len() == word.len())
            {
                i = after;
            }
            break;
        }
        break;
    }
    i
}

/// Compute flags and hashes of the token `text[start..end]`; both ends are
/// character boundaries, as [`tokenize_into`] finds them.
#[inline]
fn summarise(text: &str, start: usize, end: usize, class: Class) -> Token {
    let s = &text[start..end];
    let mut lower = 0u64;
    let mut shape = ShapeHash::default();
    let mut upper = 0u32;
    let mut letters = 0u32;
    let mut flags = 0u8;
    let mut chars = 0u16;
    if s.is_ascii() {
        return summarise_ascii(text.as_bytes(), start, end, class);
    }
    for (n, c) in s.chars().enumerate() {
        let low = normal(c);
        lower = mix(lower, low as u64);
        shape.push(shape_of(c));
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
                flags |= HAS_UPPER;
                if n == 0 {
                    flags |= CAP;
                }
            }
            if !c.is_ascii() {
                flags |= NON_ASCII;
            }
        } else if c.is_ascii_digit() {
            flags |= DIGIT;
        } else if c == '.' || is_hyphen(c) {
            flags |= INNER_PUNCT;
        }
        chars = chars.saturating_add(1);
    }
    if letters >= 2 && upper == letters {
        flags |= ALL_CAPS;
    }
    Token {
        start: start as u32,
        end: end as u32,
        class,
        flags,
        chars,
        lower,
        shape: shape.hash,
    }
}

/// The hash of a word's shape (`Xxxx`, `dd-dd`): one mark per character, runs
/// of the same mark cut to two.
#[derive(Default)]
struct ShapeHash {
    hash: u64,
    last: u8,
    repeat: u32,
}

impl ShapeHash {
    #[inline]
    fn push(&mut self, mark: u8) {
        let same = mark == self.last;
        self.repeat = (self.repeat + 1) * same as u32;
        let mixed = mix(self.hash, mark as u64);
        self.hash = if self.repeat < 2 { mixed } else { self.hash };
        self.last = mark;
    }
}

/// [`summarise`] of an ASCII token.
#[inline(always)]
fn summarise_ascii(bytes: &[u8], start: usize, end: usize, class: Class) -> Token {
    let mut summary = AsciiSummary::default();
    for (n, &b) in bytes[start..end].iter().enumerate() {
        summary.push(b, n == 0);
    }
    summary.token(start, end, class)
}

/// The flags and hashes of an ASCII token, gathered a byte at a time.
#[derive(Default)]
struct AsciiSummary {
    lower: u64,
    shape: ShapeHash,
    upper: u32,
    letters: u32,
    flags: u8,
}

/// For each ASCII byte: its shape mark, its [`normal_ascii`] form, and what
/// it adds to an [`AsciiSummary`] (bit 0: a letter, bit 1: a capital, the
/// rest: flags).
const ASCII_TABLE: [(u8, u8, u8); 128] = {
    let mut table = [(0u8, 0u8, 0u8); 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = match c {
            b'A'..=b'Z' => (b'X', c.to_ascii_lowercase(), 0b11 | HAS_UPPER),
            b'a'..=b'z' => (b'x', c, 0b01),
            b'0'..=b'9' => (b'd', c, DIGIT),
            b'.' | b'-' => (c, c, INNER_PUNCT),
            b'`' => (c, b'\'', 0),
            _ => (c, c, 0),
        };
        b += 1;
    }
    table
};

impl AsciiSummary {
    /// Take in one more byte, without branching on what it is: which kind
    /// of byte comes next in a word is hard to predict.
    #[inline(always)]
    fn push(&mut self, b: u8, first: bool) {
        let (mark, normal, adds) = ASCII_TABLE[(b & 0x7f) as usize];
        self.lower = mix(self.lower, normal as u64);
        self.letters += (adds & 1) as u32;
        let upper = (adds >> 1) & 1;
        self.upper += upper as u32;
        self.flags |= adds & !0b11 & !CAP;
        self.flags |= CAP * (upper & first as u8);
        self.shape.push(mark);
    }

    #[inline(always)]
    fn token(mut self, start: usize, end: usize, class: Class) -> Token {
        if self.letters >= 2 && self.upper == self.letters {
            self.flags |= ALL_CAPS;
        }
        Token {
            start: start as u32,
            end: end as u32,
            class,
            flags: self.flags,
            chars: (end - start).min(u16::MAX as usize) as u16,
            lower: self.lower,
            shape: self.shape.hash,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| &text[t.range()]).collect()
    }

    #[test]
    fn a_bullet_that_starts_a_line_is_skipped_and_the_item_starts_a_sentence() {
        let text = "Intro\n• Angela Merkel • spoke\n  ◦ Seoul";
        assert_eq!(
            words(text),
            ["Intro", "Angela", "Merkel", "•", "spoke", "Seoul"]
        );
        let toks = tokenize(text);
        assert!(toks[1].flags & SENT_START != 0 && toks[1].flags & LINE_START != 0);
    }

    #[test]
    fn possessives_split_off() {
        assert_eq!(
            words("North Korea’s Kim Jong Un's train"),
            ["North", "Korea", "’s", "Kim", "Jong", "Un", "'s", "train"]
        );
    }

    #[test]
    fn abbreviations_keep_their_periods() {
        assert_eq!(
            words("Mr. Smith met U.S. and U.N. envoys."),
            ["Mr.", "Smith", "met", "U.S.", "and", "U.N.", "envoys", "."]
        );
        assert_eq!(words("P. Simmons 4-38"), ["P.", "Simmons", "4-38"]);
        assert_eq!(words("in the U.S.."), ["in", "the", "U.S.", "."]);
    }

    #[test]
    fn inner_hyphens_and_apostrophes() {
        assert_eq!(
            words("Ri Sol-ju, O'Gorman and Chester-le-Street."),
            [
                "Ri",
                "Sol-ju",
                ",",
                "O'Gorman",
                "and",
                "Chester-le-Street",
                "."
            ]
        );
        assert_eq!(words("a 21-car train"), ["a", "21-car", "train"]);
    }

    #[test]
    fn punctuation_and_quotes() {
        assert_eq!(
            words("“I think,” he said — yes…"),
            ["“", "I", "think", ",", "”", "he", "said", "—", "yes", "…"]
        );
    }

    #[test]
    fn hashes_ignore_case_and_quote_style() {
        let a = tokenize("O’Brien");
        let b = tokenize("O'BRIEN");
        assert_eq!(a[0].lower, b[0].lower);
        assert_eq!(a[0].lower, hash_str("o'brien"));
        assert!(b[0].is(ALL_CAPS));
        assert!(a[0].is(CAP) && !a[0].is(ALL_CAPS));
    }

    #[test]
    fn a_dotted_initial_before_a_letter_of_several_bytes() {
        assert_eq!(
            words("He met J.É Smith."),
            ["He", "met", "J.", "É", "Smith", "."]
        );
        assert_eq!(words("J.É. Smith"), ["J.É.", "Smith"]);
        assert_eq!(words("Д.С Иванов"), ["Д.", "С", "Иванов"]);
        assert_eq!(words("Д.С. Иванов"), ["Д.С.", "Иванов"]);
        assert_eq!(words("Α.Ε Παπαδόπουλος"), ["Α.", "Ε", "Παπαδόπουλος"]);
        assert_eq!(words("Α.Ε."), ["Α.Ε."]);
        assert_eq!(words("J.習"), ["J.", "習"]);
    }

    #[test]
    fn a_character_is_found_only_where_one_starts() {
        let text = "aé習";
        assert_eq!(char_at(text, 1), Some('é'));
        assert_eq!(char_at(text, 2), None);
        assert_eq!(char_at(text, 4), None);
        assert_eq!(char_at(text, 6), None);
    }

    #[test]
    fn sentence_and_line_starts() {
        let t = tokenize("One two. Three\nFour");
        let starts: Vec<bool> = t.iter().map(|t| t.is(SENT_START)).collect();
        assert_eq!(starts, [true, false, false, true, true]);
        assert!(t[4].is(LINE_START));
    }
}
