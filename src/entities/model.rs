//! The statistical model: features of a token in context, a greedy
//! left-to-right decoder over BIO tags, and the averaged-perceptron weights.
//!
//! The model is trained on all four CoNLL-2003 types (person, place,
//! organisation, miscellaneous) so that it learns to tell organisations and
//! demonyms from people and places; only people and places are reported.
//! Features are hashed (FxHash-style mixing) into a flat table of `2^bits`
//! rows of [`TAGS`] quantised weights.

use std::sync::OnceLock;

use super::gazetteer::{self, Gazetteer, HashMap64, HashSet64, phrase_hash_of};
use super::tokens::{self, Class, Token};

/// Tags: O, then B and I for PER, LOC, ORG, MISC.
pub const TAGS: usize = 9;
pub const O: u8 = 0;
pub const B_PER: u8 = 1;
pub const B_LOC: u8 = 3;
pub const B_ORG: u8 = 5;
pub const B_MISC: u8 = 7;
/// Tag names in order, for the training files.
pub const TAG_NAMES: [&str; TAGS] = [
    "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
];
/// Features per token.
pub const FEATURES: usize = 33;
/// Features that do not depend on the tags before the token.
pub const STATIC_FEATURES: usize = 26;
/// Features that do.
pub const DYNAMIC_FEATURES: usize = FEATURES - STATIC_FEATURES;

/// The type index (0 none, 1 PER, 2 LOC, 3 ORG, 4 MISC) of a tag.
#[inline]
pub fn kind_of(tag: u8) -> u8 {
    tag.div_ceil(2)
}

#[inline]
pub fn is_inside(tag: u8) -> bool {
    tag != O && tag.is_multiple_of(2)
}

/// Whether `tag` may follow `prev`: an inside tag continues its own type.
#[inline]
pub fn allowed(prev: u8, tag: u8) -> bool {
    !is_inside(tag) || kind_of(prev) == kind_of(tag)
}

// Per-token context bits.
const GAZ_B: u16 = 1;
const GAZ_I: u16 = 2;
const LOWER_ELSEWHERE: u16 = 4;
const CAP_ELSEWHERE: u16 = 8;
const TABLE_LINE: u16 = 16;
const CAPS_LINE: u16 = 32;
const TITLE_PREV: u16 = 64;
const FAMILY: u16 = 128;
const SHORT_LINE: u16 = 256;
const ORG_WORD: u16 = 512;
const DEMONYM: u16 = 1024;
const PLACE_HEAD: u16 = 2048;
const PLACE_HEAD_NEXT: u16 = 4096;
/// In the per-document word map only: whether the word is a demonym is known.
const DEMONYM_KNOWN: u16 = 0x8000;

/// Endings that make a demonym of a place name, and what replaces them:
/// Korean/Korea, Chinese/China, Italian/Italy, German/Germany, Polish/Poland.
const DEMONYM_ENDINGS: &[(&str, &str)] = &[
    ("n", ""),
    ("an", ""),
    ("ese", ""),
    ("ese", "a"),
    ("ian", "y"),
    ("ian", "ia"),
    ("ian", "e"),
    ("i", ""),
    ("ish", "land"),
    ("ish", "ain"),
    ("an", "any"),
    ("ean", "e"),
    ("ic", "y"),
];

/// Whether `word` names the people of a listed place.
fn is_demonym(word: &str, lower: u64, gaz: &Gazetteer) -> bool {
    // Every ending in DEMONYM_ENDINGS ends with one of these letters.
    let ends_well = word
        .as_bytes()
        .last()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'n' | b'e' | b'i' | b'h' | b'c'));
    if word.len() < 4
        || !ends_well
        || !word.is_ascii()
        || gaz.places.contains(&phrase_hash_of(&[lower]))
    {
        return false;
    }
    // The word is ASCII by now: any byte offset in it is a boundary.
    DEMONYM_ENDINGS.iter().any(|(end, add)| {
        word.len() > end.len() + 2 && word[word.len() - end.len()..].eq_ignore_ascii_case(end) && {
            let stem = &word[..word.len() - end.len()];
            let mut h = 0u64;
            for c in stem.chars().chain(add.chars()) {
                h = tokens::mix(h, tokens::normal(c) as u64);
            }
            gaz.first.contains_key(&h) && gaz.places.contains(&phrase_hash_of(&[h]))
        }
    })
}

/// Lower-case words that may sit inside a name: "Great Hall of the People",
/// "Vincent van Gogh", "Korean peninsula".
const CONNECTORS: &[&str] = &[
    "of",
    "the",
    "de",
    "la",
    "le",
    "du",
    "des",
    "del",
    "della",
    "dal",
    "di",
    "da",
    "van",
    "von",
    "der",
    "den",
    "al",
    "el",
    "bin",
    "ibn",
    "and",
    "y",
    "peninsula",
    "coast",
    "upon",
    "on",
    "for",
];

fn connectors() -> &'static HashSet64 {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    SET.get_or_init(|| CONNECTORS.iter().map(|w| tokens::hash_str(w)).collect())
}

fn possessive() -> u64 {
    static HASH: OnceLock<u64> = OnceLock::new();
    *HASH.get_or_init(|| tokens::hash_str("'s"))
}

/// What one document knows about a word (by its `lower` hash): context bits,
/// and its word list entries, looked up on first need.
#[derive(Default)]
struct WordInfo {
    bits: u16,
    looked_up: bool,
    /// Its bits in [`Gazetteer::words`].
    listed: u8,
    /// The most words of a listed place starting with it.
    longest: u8,
}

impl WordInfo {
    /// (Word list bits, the most words of a listed place starting with the
    /// word.)
    #[inline]
    fn listing(&mut self, lower: u64, gaz: &Gazetteer) -> (u8, u8) {
        if !self.looked_up {
            self.looked_up = true;
            self.listed = gaz.words.get(&lower).copied().unwrap_or(0);
            self.longest = gaz.first.get(&lower).copied().unwrap_or(0);
        }
        (self.listed, self.longest)
    }
}

/// A text analysed for tagging: tokens and their document context.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    ctx: Vec<u16>,
    gaz_len: Vec<u8>,
    /// The identity of each token's word for the features: its `lower` hash,
    /// told apart for a short all-caps word ([`is_acronym`]).
    words: Vec<u64>,
}

/// Marks the word, prefix and suffix hashes of a short all-caps word.
const ACRONYM: u64 = 0x7a3c_1f0b_9e55_d2c1;

/// Whether a token is a short word in capitals outside an all-caps line: an
/// acronym (`UN`, `US`, `WHO`), not the name it spells in lower case (`Un` of
/// `Kim Jong Un`, `Us`, `Who`).
#[inline]
fn is_acronym(t: &Token, ctx: u16) -> bool {
    t.is(tokens::ALL_CAPS) && t.chars <= 4 && ctx & CAPS_LINE == 0
}

#[inline]
fn marked(h: u64, acronym: bool) -> u64 {
    if acronym { tokens::mix(h, ACRONYM) } else { h }
}

const BOUNDARY: u64 = 0x2545_f491_4f6c_dd1d;

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        let tokens = tokens::tokenize(text);
        let n = tokens.len();
        let gaz = Gazetteer::get();
        let mut ctx = vec![0u16; n];
        let mut gaz_len = vec![0u8; n];
        let mut words = Vec::with_capacity(n);
        // What is known of each capitalised word, in order of first sight;
        // `slot` gives a capitalised token's entry, so that the map is probed
        // once per capitalised token and once per lower-case one.
        let mut index: HashMap64<u32> = HashMap64::default();
        index.reserve(n / 8);
        let mut infos: Vec<WordInfo> = Vec::with_capacity(n / 8);
        let mut slot = vec![0u32; n];
        // The capitalised word tokens, and the lower-case words' hashes: the
        // later passes visit only these.
        let mut capitals: Vec<u32> = Vec::with_capacity(n / 3);
        let mut lowers: Vec<u64> = Vec::with_capacity(n);
        // One bit per capitalised word's top hash bits: most lower-case words
        // are never capitalised and skip the map probe.
        let mut capitalised = [0u64; 64];

        // Lines: tables of figures and all-caps headlines. Then, on the same
        // line while it is at hand, each capitalised word gets its entry and
        // CAP_ELSEWHERE when seen capitalised inside a sentence.
        let mut line = 0;
        while line < n {
            let (mut count, mut caps, mut numbers) = (0, 0, 0);
            let mut end = line;
            while end < n && (end == line || !tokens[end].is(tokens::LINE_START)) {
                let t = &tokens[end];
                count += (t.class == Class::Word) as usize;
                caps += (t.class == Class::Word && t.is(tokens::ALL_CAPS)) as usize;
                numbers += (t.class == Class::Number) as usize;
                end += 1;
            }
            let mut bits = 0;
            if count > 0 && caps * 2 > count {
                bits |= CAPS_LINE;
            }
            if numbers * 3 >= count + numbers && numbers > 0 {
                bits |= TABLE_LINE;
            }
            if end - line <= 6 {
                bits |= SHORT_LINE;
            }
            for (i, t) in tokens.iter().enumerate().take(end).skip(line) {
                ctx[i] = bits;
                words.push(marked(t.lower, is_acronym(t, bits)));
                if t.class != Class::Word {
                    continue;
                }
                if !t.is(tokens::HAS_UPPER) {
                    lowers.push(t.lower);
                    continue;
                }
                capitals.push(i as u32);
                let bit = (t.lower >> 52) as usize;
                capitalised[bit >> 6] |= 1 << (bit & 63);
                let k = *index.entry(t.lower).or_insert_with(|| {
                    infos.push(WordInfo::default());
                    (infos.len() - 1) as u32
                });
                slot[i] = k;
                if t.is(tokens::CAP)
                    && !t.is(tokens::ALL_CAPS)
                    && !t.is(tokens::SENT_START)
                    && bits & CAPS_LINE == 0
                {
                    infos[k as usize].bits |= CAP_ELSEWHERE;
                }
            }
            line = end;
        }

        // A lower-case word only marks an entry already there.
        for &lower in &lowers {
            let bit = (lower >> 52) as usize;
            if capitalised[bit >> 6] & (1 << (bit & 63)) != 0
                && let Some(&k) = index.get(&lower)
            {
                infos[k as usize].bits |= LOWER_ELSEWHERE;
            }
        }

        // Past the end of the last place name found.
        let mut next = 0;
        for &i in &capitals {
            let i = i as usize;
            if i < next {
                continue;
            }
            let t = &tokens[i];
            let title_prev = i > 0 && {
                let p = &tokens[i - 1];
                if p.class == Class::Word && p.is(tokens::HAS_UPPER) {
                    infos[slot[i - 1] as usize].listing(p.lower, gaz).0
                } else {
                    gaz.words.get(&p.lower).copied().unwrap_or(0)
                }
            } & gazetteer::TITLE
                != 0;
            let known = &mut infos[slot[i] as usize];
            ctx[i] |= known.bits & (LOWER_ELSEWHERE | CAP_ELSEWHERE);
            let (listed, longest) = known.listing(t.lower, gaz);
            if listed & gazetteer::FAMILY != 0 {
                ctx[i] |= FAMILY;
            }
            if listed & gazetteer::ORGANISATION != 0 {
                ctx[i] |= ORG_WORD;
            }
            // A demonym is ASCII, and whether an ASCII word is one
            // depends only on its lower-case form: it is worked out once
            // per word.
            // A token's range is on character boundaries.
            let word = &text[t.range()];
            if word.is_ascii() {
                if known.bits & DEMONYM_KNOWN == 0 {
                    known.bits |= DEMONYM_KNOWN;
                    if is_demonym(word, t.lower, gaz) {
                        known.bits |= DEMONYM;
                    }
                }
                ctx[i] |= known.bits & DEMONYM;
            }
            if listed & gazetteer::PLACE_HEAD != 0 {
                ctx[i] |= PLACE_HEAD;
                if i > 0 {
                    ctx[i - 1] |= PLACE_HEAD_NEXT;
                }
            }
            if title_prev {
                ctx[i] |= TITLE_PREV;
            }
            let len = gaz.place_of_at_most(&tokens[i..], longest);
            if len > 0 {
                gaz_len[i] = len as u8;
                ctx[i] |= GAZ_B;
                for c in &mut ctx[i + 1..i + len] {
                    *c |= GAZ_I;
                }
                next = i + len;
            }
        }
        Doc {
            text,
            tokens,
            ctx,
            gaz_len,
            words,
        }
    }

    /// Whether token `i` names the people of a listed place ("Korean").
    pub fn is_demonym(&self, i: usize) -> bool {
        self.ctx[i] & DEMONYM != 0
    }

    /// Whether token `i` may be part of a name; the others are tagged O
    /// without scoring.
    #[inline]
    pub fn candidate(&self, i: usize, prev: u8) -> bool {
        let t = &self.tokens[i];
        match t.class {
            Class::Word => {
                t.is(tokens::HAS_UPPER)
                    || (prev != O && !t.is(tokens::LINE_START) && connectors().contains(&t.lower))
            }
            // A possessive inside a name: "People's Republic".
            Class::Punct => {
                prev != O
                    && t.lower == possessive()
                    && self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|n| n.is(tokens::CAP) && !n.is(tokens::LINE_START))
            }
            _ => false,
        }
    }

    #[inline]
    fn lower(&self, i: isize) -> u64 {
        if i < 0 {
            BOUNDARY
        } else {
            self.words.get(i as usize).copied().unwrap_or(BOUNDARY)
        }
    }

    #[inline]
    fn shape(&self, i: isize) -> u64 {
        self.word(i).map_or(BOUNDARY, |t| t.shape)
    }

    /// Token `i` if it is on the same line as the token being tagged (the
    /// caller checks line starts through `i`'s flags).
    #[inline]
    fn word(&self, i: isize) -> Option<&Token> {
        if i < 0 {
            None
        } else {
            self.tokens.get(i as usize)
        }
    }

    /// The hashed features of token `i`, given the two previous tags: the
    /// [`STATIC_FEATURES`] and [`DYNAMIC_FEATURES`] together.
    pub fn features(&self, i: usize, prev: u8, prev2: u8, out: &mut [u64; FEATURES]) {
        let mut fixed = [0u64; STATIC_FEATURES];
        let mut dynamic = [0u64; DYNAMIC_FEATURES];
        self.static_features(i, &mut fixed);
        self.dynamic_features(i, prev, prev2, &mut dynamic);
        let (s, d) = (&fixed, &dynamic);
        *out = [
            s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11], s[12], s[13],
            d[0], d[1], d[2], d[3], s[14], s[15], s[16], d[4], s[17], s[18], s[19], s[20], s[21],
            s[22], s[23], d[5], s[24], s[25], d[6],
        ];
    }

    /// Whether token `i` is scored whatever the tags before it.
    #[inline]
    fn always_candidate(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.class == Class::Word && t.is(tokens::HAS_UPPER)
    }

    /// The features of token `i` that do not depend on the tags before it.
    pub fn static_features(&self, i: usize, out: &mut [u64; STATIC_FEATURES]) {
        let t = &self.tokens[i];
        let ii = i as isize;
        // Neighbours, cut at line ends.
        let line_start = t.is(tokens::LINE_START);
        let next_on_line = |k: isize| -> bool {
            (1..=k).all(|d| self.word(ii + d).is_some_and(|n| !n.is(tokens::LINE_START)))
        };
        let prev_on_line = |k: isize| -> bool {
            !line_start
                && (1..k).all(|d| self.word(ii - d).is_some_and(|n| !n.is(tokens::LINE_START)))
        };
        let (wm1, sm1) = if prev_on_line(1) {
            (self.lower(ii - 1), self.shape(ii - 1))
        } else {
            (BOUNDARY, BOUNDARY)
        };
        let wm2 = if prev_on_line(2) {
            self.lower(ii - 2)
        } else {
            BOUNDARY
        };
        let (wp1, sp1) = if next_on_line(1) {
            (self.lower(ii + 1), self.shape(ii + 1))
        } else {
            (BOUNDARY, BOUNDARY)
        };
        let wp2 = if next_on_line(2) {
            self.lower(ii + 2)
        } else {
            BOUNDARY
        };
        let w0 = self.words[i];
        let acronym = is_acronym(t, self.ctx[i]);
        let (suffix, prefix) = t.affixes(self.text);
        let suffix = suffix.map(|h| marked(h, acronym));
        let prefix = marked(prefix, acronym);
        let s0 = t.shape;
        let ctx = self.ctx[i];
        let pos = (t.flags & (tokens::SENT_START | tokens::LINE_START)) as u64;
        let line = (ctx & (TABLE_LINE | CAPS_LINE | SHORT_LINE)) as u64;
        let doc = (ctx & (LOWER_ELSEWHERE | CAP_ELSEWHERE)) as u64;
        let gaz = (ctx & (GAZ_B | GAZ_I)) as u64;
        let len = (t.chars as u64).min(12);
        let f = |id: u64, a: u64, b: u64| -> u64 { tokens::mix(tokens::mix(id, a), b) };
        *out = [
            f(1, 0, 0),
            f(2, w0, 0),
            f(3, wm1, 0),
            f(4, wp1, 0),
            f(5, wm2, 0),
            f(6, wp2, 0),
            f(7, wm1, w0),
            f(8, w0, wp1),
            f(9, s0, 0),
            f(10, sm1, s0),
            f(11, s0, sp1),
            f(12, suffix[2], 0),
            f(13, suffix[1], 0),
            f(14, prefix, 0),
            f(19, pos | line << 8, s0),
            f(20, doc | pos << 8, s0),
            f(21, gaz, self.gaz_len[i] as u64),
            f(23, line, s0),
            f(24, pos, w0),
            f(25, len, s0),
            f(26, (ctx & (TITLE_PREV | FAMILY | ORG_WORD)) as u64, s0),
            f(27, wp1, sp1),
            f(28, doc | line << 8, gaz),
            f(29, suffix[0], s0),
            f(31, w0, s0),
            f(
                32,
                (ctx & (DEMONYM | PLACE_HEAD | PLACE_HEAD_NEXT)) as u64,
                s0,
            ),
        ];
    }

    /// The features of token `i` that depend on the two previous tags.
    #[inline]
    pub fn dynamic_features(
        &self,
        i: usize,
        prev: u8,
        prev2: u8,
        out: &mut [u64; DYNAMIC_FEATURES],
    ) {
        let t = &self.tokens[i];
        let w0 = self.words[i];
        let s0 = t.shape;
        let ctx = self.ctx[i];
        let pos = (t.flags & (tokens::SENT_START | tokens::LINE_START)) as u64;
        let doc = (ctx & (LOWER_ELSEWHERE | CAP_ELSEWHERE)) as u64;
        let gaz = (ctx & (GAZ_B | GAZ_I)) as u64;
        let p = prev as u64;
        let p2 = prev2 as u64;
        let f = |id: u64, a: u64, b: u64| -> u64 { tokens::mix(tokens::mix(id, a), b) };
        *out = [
            f(15, p, 0),
            f(16, p2, p),
            f(17, p, w0),
            f(18, p, s0),
            f(22, gaz, p),
            f(30, pos | doc << 8, p),
            f(
                33,
                (ctx & (DEMONYM | PLACE_HEAD | PLACE_HEAD_NEXT)) as u64,
                p,
            ),
        ];
    }

    /// Tag every token greedily from left to right. `choose` gets the index
    /// of each candidate token and its features and returns its tag; other
    /// tokens are O.
    pub fn decode(&self, mut choose: impl FnMut(usize, u8, &[u64; FEATURES]) -> u8) -> Vec<u8> {
        let mut tags = vec![O; self.tokens.len()];
        let mut feats = [0u64; FEATURES];
        let (mut prev, mut prev2) = (O, O);
        for (i, slot) in tags.iter_mut().enumerate() {
            if self.tokens[i].is(tokens::SENT_START) {
                prev = O;
                prev2 = O;
            }
            let tag = if self.candidate(i, prev) {
                self.features(i, prev, prev2, &mut feats);
                choose(i, prev, &feats)
            } else {
                O
            };
            *slot = tag;
            prev2 = prev;
            prev = tag;
        }
        tags
    }
}

/// The best allowed tag after `prev` for these scores.
#[inline]
pub fn best<T: PartialOrd + Copy>(prev: u8, scores: &[T; TAGS]) -> u8 {
    let mut best = O;
    for tag in 1..TAGS as u8 {
        if allowed(prev, tag) && scores[tag as usize] > scores[best as usize] {
            best = tag;
        }
    }
    best
}

/// The row of the weight table that a feature hash selects.
#[inline]
pub fn bucket(hash: u64, bits: u32) -> usize {
    (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
}

const MAGIC: &[u8; 8] = b"FOLIOTG1";

/// In [`Weights`]' rank table: the row is not zero.
const PRESENT: u8 = 0x80;

/// For each byte and each of its bits, the number of set bits below it,
/// and [`PRESENT`] when the bit is set itself.
const BYTE_RANKS: [[u8; 8]; 256] = {
    let mut table = [[0u8; 8]; 256];
    let mut b = 0;
    while b < 256 {
        let mut below = 0;
        let mut bit = 0;
        while bit < 8 {
            let set = (b >> bit & 1) as u8;
            table[b][bit] = below | (set * PRESENT);
            below += set;
            bit += 1;
        }
        b += 1;
    }
    table
};

/// The rank (see [`Weights`]) of each of the 64 rows of one word of the
/// bitmap, a byte of it at a time: the byte's ranks from [`BYTE_RANKS`],
/// plus the set bits below the byte (which never reach [`PRESENT`]).
fn ranks_of(word: u64) -> [u8; 64] {
    let mut out = [0u8; 64];
    let mut below = 0u8;
    for (i, byte) in word.to_le_bytes().into_iter().enumerate() {
        let ranks = BYTE_RANKS[usize::from(byte)].map(|r| r + below);
        out[i * 8..i * 8 + 8].copy_from_slice(&ranks);
        below += byte.count_ones() as u8;
    }
    out
}

/// Quantised weights: `2^bits` rows of [`TAGS`] signed bytes, most of them
/// zero. Only the non-zero rows are kept, found through a bitmap and a count
/// of the rows before each of its words, so the table stays small enough for
/// the cache (a few hundred KB rather than MB).
pub struct Weights {
    pub bits: u32,
    /// Bit `i % 64` of word `i / 64` is set when row `i` is not zero.
    present: Vec<u64>,
    /// One more than the number of non-zero rows before each word of
    /// `present`: the position in `rows` of the word's first non-zero row.
    before: Vec<u32>,
    /// For each row: the number of non-zero rows before it among its 64, and
    /// [`PRESENT`] when it is not zero itself. Built at load so that finding
    /// a row needs no population count (the build targets x86-64 without
    /// the instruction, and counting in software dominated scoring).
    rank: Vec<u8>,
    /// A zero row, then the non-zero rows in order, each weight stored plus
    /// 128 (see [`Weights::add_scores`]). Scoring reads the zero
    /// row for an absent feature rather than branching on presence: which
    /// features are present is unpredictable, and a mispredicted branch
    /// stalls the other row loads.
    rows: Vec<[u8; TAGS]>,
}

impl Weights {
    /// Weights from all `2^bits` rows.
    pub fn from_rows(bits: u32, all: &[[i8; TAGS]]) -> Weights {
        assert_eq!(all.len(), 1usize << bits, "2^bits rows");
        let mut present = vec![0u64; all.len().div_ceil(64)];
        let mut rows = Vec::new();
        for (i, row) in all.iter().enumerate() {
            if row.iter().any(|&w| w != 0) {
                present[i / 64] |= 1 << (i % 64);
                rows.push(*row);
            }
        }
        Weights::indexed(bits, present, rows)
    }

    /// Index the non-zero rows `rows` (given without the leading zero row).
    fn indexed(bits: u32, present: Vec<u64>, rows: Vec<[i8; TAGS]>) -> Weights {
        let stored = std::iter::once([0; TAGS])
            .chain(rows)
            .map(|row| row.map(|w| (w as u8) ^ 0x80))
            .collect();
        Weights::indexed_stored(bits, present, stored)
    }

    /// Index `rows` as they are stored: the zero row first, each weight
    /// plus 128.
    fn indexed_stored(bits: u32, present: Vec<u64>, rows: Vec<[u8; TAGS]>) -> Weights {
        let mut before = Vec::with_capacity(present.len());
        let mut rank = Vec::with_capacity(present.len() * 64);
        let mut n = 1u32;
        for &word in &present {
            before.push(n);
            n += word.count_ones();
            rank.extend(ranks_of(word));
        }
        Weights {
            bits,
            present,
            before,
            rank,
            rows,
        }
    }

    /// The number of non-zero rows.
    pub fn non_zero(&self) -> usize {
        self.rows.len() - 1
    }

    /// Row `i` of the table, zero or not.
    #[inline]
    pub fn row(&self, i: usize) -> Option<[i8; TAGS]> {
        let at = self.position(i);
        (at != 0).then(|| self.rows[at].map(|w| (w ^ 0x80) as i8))
    }

    /// Where row `i` is in `rows`: 0 (the zero row) when it is zero.
    /// Branch-free.
    #[inline]
    fn position(&self, i: usize) -> usize {
        let r = self.rank[i];
        let at = self.before[i / 64] as usize + (r & !PRESENT) as usize;
        at * (r >> 7) as usize
    }

    /// Parse the serialised form: magic, bits, a bitmap of non-zero rows,
    /// then those rows.
    pub fn parse(bytes: &[u8]) -> Option<Weights> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let (&bits, rest) = rest.split_first()?;
        let bits = bits as u32;
        if !(8..=24).contains(&bits) {
            return None;
        }
        let n = 1usize << bits;
        let (bitmap, data) = rest.split_at_checked(n / 8)?;
        let present: Vec<u64> = bitmap
            .chunks_exact(8)
            .map(|b| u64::from_le_bytes(b.try_into().expect("8 bytes")))
            .collect();
        let count: usize = present.iter().map(|w| w.count_ones() as usize).sum();
        if data.len() != count * TAGS {
            return None;
        }
        // Read straight into their stored form (see [`Weights::indexed`]).
        let mut rows = Vec::with_capacity(count + 1);
        rows.push([0x80; TAGS]);
        rows.extend(
            data.chunks_exact(TAGS)
                .map(|c| std::array::from_fn(|k| c[k] ^ 0x80)),
        );
        Some(Weights::indexed_stored(bits, present, rows))
    }

    /// Serialise; the inverse of [`Weights::parse`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(self.bits as u8);
        for word in &self.present {
            out.extend(word.to_le_bytes());
        }
        for row in &self.rows[1..] {
            out.extend(row.iter().map(|&w| w ^ 0x80));
        }
        out
    }

    #[inline]
    pub fn scores(&self, feats: &[u64; FEATURES]) -> [i32; TAGS] {
        self.add_scores([0; TAGS], feats)
    }

    /// `s` plus the scores of `feats`.
    ///
    /// A stored weight is the weight plus 128, so not negative: eight of a
    /// row's weights are read as one `u64` and summed two lanes of 16 bits
    /// per byte pair (at most 33 rows of at most 255 fit), and 128 for each
    /// row is taken off at the end.
    #[inline]
    fn add_scores<const N: usize>(&self, mut s: [i32; TAGS], feats: &[u64; N]) -> [i32; TAGS] {
        const LANES: u64 = 0x00ff_00ff_00ff_00ff;
        const { assert!(N * 255 <= u16::MAX as usize) };
        let mut at = [0usize; N];
        for (a, &h) in at.iter_mut().zip(feats) {
            *a = self.position(bucket(h, self.bits));
        }
        let (mut even, mut odd, mut last) = (0u64, 0u64, 0u32);
        for &a in &at {
            let row = &self.rows[a];
            let x = u64::from_le_bytes(row[..8].try_into().expect("8 weights"));
            even += x & LANES;
            odd += (x >> 8) & LANES;
            last += row[8] as u32;
        }
        let bias = (N * 128) as i32;
        for k in 0..4 {
            s[2 * k] += ((even >> (16 * k)) & 0xffff) as i32 - bias;
            s[2 * k + 1] += ((odd >> (16 * k)) & 0xffff) as i32 - bias;
        }
        s[8] += last as i32 - bias;
        s
    }

    /// Tag a document: the same tags as decoding with [`Weights::scores`],
    /// faster. Most of a scored token's features do not depend on the tags
    /// before it, so for the tokens scored whatever those tags are, that
    /// part is summed first, token by token with no tag decision in
    /// between, so the row loads of many tokens overlap; the greedy pass then
    /// adds the few tag-dependent features.
    pub fn tag(&self, doc: &Doc) -> Vec<u8> {
        let n = doc.tokens.len();
        let mut tags = vec![O; n];
        // The sums are made a block of tokens at a time, then used: a few
        // KB that stay in cache, rather than a sum for each such token of
        // the whole text (some 17 MB on 1 MB of names) made and dropped.
        let mut fixed: Vec<[i32; TAGS]> = Vec::with_capacity(Self::BLOCK);
        let mut feats = [0u64; STATIC_FEATURES];
        let mut all = [0u64; FEATURES];
        let mut dynamic = [0u64; DYNAMIC_FEATURES];
        let (mut prev, mut prev2) = (O, O);
        for start in (0..n).step_by(Self::BLOCK) {
            let block = start..n.min(start + Self::BLOCK);
            fixed.clear();
            for i in block.clone() {
                if doc.always_candidate(i) {
                    doc.static_features(i, &mut feats);
                    fixed.push(self.add_scores([0; TAGS], &feats));
                }
            }
            let mut fixed = fixed.iter();
            for (i, slot) in block.clone().zip(&mut tags[block]) {
                if doc.tokens[i].is(tokens::SENT_START) {
                    prev = O;
                    prev2 = O;
                }
                let tag = if doc.always_candidate(i) {
                    let base = *fixed.next().expect("one sum per such token");
                    doc.dynamic_features(i, prev, prev2, &mut dynamic);
                    best(prev, &self.add_scores(base, &dynamic))
                } else if doc.candidate(i, prev) {
                    doc.features(i, prev, prev2, &mut all);
                    best(prev, &self.scores(&all))
                } else {
                    O
                };
                *slot = tag;
                prev2 = prev;
                prev = tag;
            }
        }
        tags
    }

    /// The tokens [`Weights::tag`] sums the fixed features of before it
    /// decides their tags.
    const BLOCK: usize = 512;
}

const MODEL: &[u8] = include_bytes!("../../assets/tagger.bin");

/// The bundled model, parsed once.
pub fn bundled() -> &'static Weights {
    static WEIGHTS: OnceLock<Weights> = OnceLock::new();
    WEIGHTS.get_or_init(parse_bundled)
}

/// Parse the bundled model (uncached).
pub fn parse_bundled() -> Weights {
    Weights::parse(MODEL).expect("assets/tagger.bin is a tagger model")
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn ranks_count_the_set_bits_below_each_bit(word: u64) {
            let ranks = ranks_of(word);
            for (bit, &r) in ranks.iter().enumerate() {
                let below = (word & ((1u64 << bit) - 1)).count_ones() as u8;
                let set = if word >> bit & 1 == 1 { PRESENT } else { 0 };
                proptest::prop_assert_eq!(r, below | set, "bit {}", bit);
            }
        }
    }

    #[test]
    fn weights_round_trip() {
        let mut rows = vec![[0i8; TAGS]; 256];
        rows[3][2] = -5;
        rows[200] = [1, 2, 3, 4, 5, 6, 7, 8, -9];
        let w = Weights::from_rows(8, &rows);
        let back = Weights::parse(&w.to_bytes()).unwrap();
        assert_eq!(back.non_zero(), 2);
        for (i, row) in rows.iter().enumerate() {
            assert_eq!(back.row(i).unwrap_or_default(), *row);
        }
    }

    #[test]
    fn tagging_in_two_passes_matches_plain_greedy_decoding() {
        let w = bundled();
        let text = crate::document::ARTICLE.repeat(3);
        let doc = Doc::new(&text);
        let plain = doc.decode(|_, prev, feats| best(prev, &w.scores(feats)));
        assert_eq!(w.tag(&doc), plain);
        assert!(doc.tokens.len() > 2 * Weights::BLOCK);
    }

    proptest::proptest! {
        /// On any text, of any number of blocks, the tags are greedy
        /// decoding's.
        #[test]
        fn tagging_in_blocks_matches_plain_greedy_decoding(
            words in crate::document::tests::words_among(
                &[
                    "Kim", "Jong", "Un", "met", "Xi", "in", "Seoul", ".", ",", "\n",
                    "President", "the", "of", "New", "York", "\u{a0}", "\u{2028}",
                    "Zo\u{eb}", "\u{5d0}\u{5d1}", "\u{4e2d}\u{6587}", "e\u{301}",
                ],
                1400,
            )
        ) {
            let w = bundled();
            let text = words.join(" ");
            let doc = Doc::new(&text);
            let plain = doc.decode(|_, prev, feats| best(prev, &w.scores(feats)));
            proptest::prop_assert_eq!(w.tag(&doc), plain);
        }
    }

    #[test]
    fn inside_tags_continue_their_type() {
        assert!(allowed(B_PER, B_PER + 1));
        assert!(!allowed(O, B_PER + 1));
        assert!(!allowed(B_LOC, B_PER + 1));
        assert_eq!(best(O, &[0, 0, 9, 0, 0, 0, 0, 0, 0]), O);
    }
}
