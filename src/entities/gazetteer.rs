//! Word lists the tagger uses as features: place names (from GeoNames, built
//! by `scripts/build-gazetteers.py`), title words and common family names.
//!
//! Membership is only evidence: the model decides, so a city that is also a
//! surname or an ordinary word does not come out by itself.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::tokens::{self, Token};

/// The longest place name, in tokens, that is matched.
pub const MAX_PHRASE: usize = 5;

const PLACES: &str = include_str!("../../assets/places.txt");

/// Words that stand before a person's name but are not part of it.
pub const TITLES: &[&str] = &[
    "president",
    "premier",
    "prime",
    "minister",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "pope",
    "sheikh",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "sir",
    "dame",
    "lord",
    "lady",
    "gen",
    "gen.",
    "general",
    "col",
    "col.",
    "colonel",
    "capt",
    "capt.",
    "captain",
    "lt",
    "lt.",
    "lieutenant",
    "sgt",
    "sgt.",
    "sergeant",
    "admiral",
    "commander",
    "marshal",
    "sen",
    "sen.",
    "senator",
    "rep",
    "rep.",
    "representative",
    "gov",
    "gov.",
    "governor",
    "mayor",
    "judge",
    "justice",
    "chairman",
    "chairwoman",
    "secretary",
    "ambassador",
    "envoy",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "ayatollah",
    "father",
    "brother",
    "sister",
    "vice",
    "deputy",
    "leader",
    "coach",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "spokesman",
    "spokeswoman",
    "professor",
    "prof",
    "prof.",
    "rev",
    "rev.",
    "reverend",
    "saint",
    "madame",
    "monsieur",
    "herr",
    "frau",
    "senor",
    "senora",
    "don",
    "chief",
    "officer",
    "director",
    "manager",
    "dictator",
    "ruler",
    "crown",
    "grand",
    "mullah",
];

/// Common family names of East Asia, which CoNLL's Reuters text rarely has.
pub const FAMILY_NAMES: &[&str] = &[
    "kim",
    "lee",
    "park",
    "choi",
    "jung",
    "jeong",
    "kang",
    "cho",
    "yoon",
    "jang",
    "lim",
    "han",
    "oh",
    "seo",
    "shin",
    "kwon",
    "hwang",
    "ahn",
    "song",
    "yoo",
    "hong",
    "jeon",
    "ko",
    "go",
    "moon",
    "yang",
    "son",
    "bae",
    "baek",
    "heo",
    "nam",
    "ri",
    "rhee",
    "roh",
    "chun",
    "pak",
    "wang",
    "li",
    "zhang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "xu",
    "sun",
    "ma",
    "zhu",
    "hu",
    "guo",
    "he",
    "lin",
    "luo",
    "gao",
    "zheng",
    "liang",
    "xie",
    "tang",
    "han",
    "feng",
    "deng",
    "cao",
    "peng",
    "zeng",
    "xiao",
    "tian",
    "dong",
    "pan",
    "yuan",
    "cai",
    "jiang",
    "yu",
    "du",
    "ye",
    "cheng",
    "wei",
    "su",
    "lu",
    "ding",
    "ren",
    "shen",
    "yao",
    "jin",
    "xi",
    "hao",
    "kong",
    "bo",
    "qian",
    "mao",
    "zhu",
    "nguyen",
    "tran",
    "le",
    "pham",
    "hoang",
    "vu",
    "vo",
    "dang",
    "bui",
    "do",
    "ngo",
    "duong",
    "ly",
    "tanaka",
    "suzuki",
    "takahashi",
    "watanabe",
    "ito",
    "yamamoto",
    "nakamura",
    "kobayashi",
    "kato",
    "abe",
    "koizumi",
    "hashimoto",
];

/// Organisations, companies and news media that are often named alone
/// ("on Twitter", "told Reuters"), many of them newer than the training text.
pub const ORGANISATIONS: &[&str] = &[
    "twitter",
    "facebook",
    "google",
    "youtube",
    "instagram",
    "whatsapp",
    "wechat",
    "weibo",
    "tiktok",
    "netflix",
    "amazon",
    "microsoft",
    "apple",
    "samsung",
    "huawei",
    "tencent",
    "alibaba",
    "baidu",
    "uber",
    "spacex",
    "tesla",
    "ibm",
    "intel",
    "boeing",
    "airbus",
    "reuters",
    "xinhua",
    "kcna",
    "yonhap",
    "afp",
    "ap",
    "bbc",
    "cnn",
    "nbc",
    "cbs",
    "abc",
    "msnbc",
    "npr",
    "bloomberg",
    "politburo",
    "nato",
    "u.n.",
    "eu",
    "imf",
    "wto",
    "opec",
    "unicef",
    "fifa",
    "uefa",
    "nasa",
    "fbi",
    "cia",
    "kgb",
    "pentagon",
    "kremlin",
    "congress",
    "senate",
    "parliament",
    "knesset",
    "duma",
    "interpol",
    "greenpeace",
    "hamas",
    "hezbollah",
    "taliban",
    "nasdaq",
    "citigroup",
    "toyota",
    "honda",
    "sony",
    "nissan",
    "siemens",
    "volkswagen",
];

/// A hasher for keys that are hashes already.
#[derive(Default)]
pub struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = tokens::mix(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type HashSet64 = HashSet<u64, BuildHasherDefault<Identity>>;

/// The lines of `tsv` that hold a tab, each cut at its first tab: what
/// `tsv.lines().filter_map(|l| l.split_once('\t'))` gives, with the line
/// breaks and tabs found by `memchr`, which for tens of thousands of short
/// lines costs half what `str`'s searches do.
pub fn tab_rows(tsv: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut breaks = memchr::memchr_iter(b'\n', tsv.as_bytes());
    let mut start = 0;
    std::iter::from_fn(move || {
        loop {
            let line = match breaks.next() {
                Some(end) => {
                    let line = &tsv[start..end];
                    start = end + 1;
                    line.strip_suffix('\r').unwrap_or(line)
                }
                // A last line with no break after it, if any; a carriage
                // return at its end is kept, as `lines` keeps it.
                None if start < tsv.len() => {
                    let line = &tsv[start..];
                    start = tsv.len();
                    line
                }
                None => return None,
            };
            if let Some(tab) = memchr::memchr(b'\t', line.as_bytes()) {
                return Some((&line[..tab], &line[tab + 1..]));
            }
        }
    })
}

/// The loaded word lists.
pub struct Gazetteer {
    /// Hashes of place names as token sequences (see [`phrase_hash`]).
    pub places: HashSet64,
    /// For each first-token hash of a place name: the longest length in tokens.
    pub first: std::collections::HashMap<u64, u8, BuildHasherDefault<Identity>>,
    pub titles: HashSet64,
    pub family: HashSet64,
    pub organisations: HashSet64,
    /// For each word on a word list ([`TITLE`], [`FAMILY`], [`ORGANISATION`],
    /// [`PLACE_HEAD`]), the lists it is on: one lookup instead of one per list.
    pub words: HashMap64<u8>,
}

/// [`Gazetteer::words`] bit: a title word.
pub const TITLE: u8 = 1;
/// [`Gazetteer::words`] bit: a common family name.
pub const FAMILY: u8 = 2;
/// [`Gazetteer::words`] bit: an organisation named alone.
pub const ORGANISATION: u8 = 4;
/// [`Gazetteer::words`] bit: a word that ends the name of a place
/// ([`PLACE_HEADS`]).
pub const PLACE_HEAD: u8 = 8;

pub type HashMap64<V> = std::collections::HashMap<u64, V, BuildHasherDefault<Identity>>;

/// Words that end the name of a place: "Tiananmen Square", "Beijing Railway
/// Station", "Yellow Sea".
pub const PLACE_HEADS: &[&str] = &[
    "square",
    "station",
    "street",
    "avenue",
    "road",
    "bridge",
    "airport",
    "hall",
    "palace",
    "park",
    "river",
    "lake",
    "mountain",
    "mountains",
    "island",
    "islands",
    "sea",
    "ocean",
    "bay",
    "valley",
    "peninsula",
    "province",
    "county",
    "district",
    "region",
    "city",
    "stadium",
    "strait",
    "gulf",
    "desert",
    "canal",
    "port",
    "harbour",
    "harbor",
    "plaza",
    "boulevard",
    "cathedral",
    "temple",
    "mosque",
    "church",
    "castle",
    "tower",
    "gate",
    "heights",
    "hills",
    "coast",
    "border",
    "zone",
    "prefecture",
    "state",
    "territory",
    "oblast",
    "village",
];

/// Hash of a run of tokens, from their normalised forms.
#[inline]
pub fn phrase_hash(tokens: &[Token]) -> u64 {
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    for t in tokens {
        h = tokens::mix(h, t.lower);
    }
    h
}

/// [`phrase_hash`] from the tokens' `lower` hashes.
#[inline]
pub fn phrase_hash_of(lower: &[u64]) -> u64 {
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    for &l in lower {
        h = tokens::mix(h, l);
    }
    h
}

impl Gazetteer {
    /// Build the lists (uncached; see [`Gazetteer::get`]).
    pub fn load() -> Gazetteer {
        let mut places = HashSet64::default();
        let mut first = std::collections::HashMap::default();
        let mut toks = Vec::new();
        for line in PLACES.lines() {
            toks.clear();
            tokens::tokenize_into(line, &mut toks);
            if toks.is_empty() || toks.len() > MAX_PHRASE {
                continue;
            }
            places.insert(phrase_hash(&toks));
            let longest = first.entry(toks[0].lower).or_insert(0u8);
            *longest = (*longest).max(toks.len() as u8);
        }
        let set = |words: &[&str]| words.iter().map(|w| tokens::hash_str(w)).collect();
        let mut words = HashMap64::default();
        for (list, bit) in [
            (TITLES, TITLE),
            (FAMILY_NAMES, FAMILY),
            (ORGANISATIONS, ORGANISATION),
            (PLACE_HEADS, PLACE_HEAD),
        ] {
            for w in list {
                *words.entry(tokens::hash_str(w)).or_insert(0) |= bit;
            }
        }
        Gazetteer {
            places,
            first,
            titles: set(TITLES),
            family: set(FAMILY_NAMES),
            organisations: set(ORGANISATIONS),
            words,
        }
    }

    /// The lists, loaded once.
    pub fn get() -> &'static Gazetteer {
        static LISTS: OnceLock<Gazetteer> = OnceLock::new();
        LISTS.get_or_init(Gazetteer::load)
    }

    /// The length in tokens of the longest place name starting at `tokens[0]`.
    pub fn place_at(&self, tokens: &[Token]) -> usize {
        let Some(&longest) = tokens.first().and_then(|t| self.first.get(&t.lower)) else {
            return 0;
        };
        self.place_of_at_most(tokens, longest)
    }

    /// [`Gazetteer::place_at`] given the most words of a listed place that
    /// starts with `tokens[0]` (0 when none does).
    #[inline]
    pub fn place_of_at_most(&self, tokens: &[Token], longest: u8) -> usize {
        let longest = (longest as usize).min(tokens.len());
        for n in (1..=longest).rev() {
            if self.places.contains(&phrase_hash(&tokens[..n])) {
                return n;
            }
        }
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn tab_rows_are_the_lines_cut_at_their_first_tab(tsv in "[a\t\r\n\u{e9}]{0,24}|\\PC{0,40}") {
            let want: Vec<(&str, &str)> = tsv.lines().filter_map(|l| l.split_once('\t')).collect();
            proptest::prop_assert_eq!(tab_rows(&tsv).collect::<Vec<_>>(), want);
        }
    }

    #[test]
    fn places_match_as_token_runs() {
        let g = Gazetteer::get();
        let text = "in North Korea and Pyongyang";
        let t = tokens::tokenize(text);
        assert_eq!(g.place_at(&t[1..]), 2);
        assert_eq!(g.place_at(&t[4..]), 1);
        assert_eq!(g.place_at(&t[0..]), 0);
        assert!(g.titles.contains(&tokens::hash_str("President")));
    }
}
