//! Linking raw mention spans into entities: one entity per real-world referent.
//!
//! The tagger finds spans. This module
//!
//! 1. adds the spans a tagger tends to miss: official and abbreviated country
//!    names (`DPRK`, `Democratic People’s Republic of Korea`) and further
//!    whole-word occurrences of a name it found elsewhere in the text;
//! 2. cleans every span down to the name: no leading title, sentence-initial
//!    word or (for places) `the`, no possessive `'s`/`’s` or trailing
//!    punctuation;
//! 3. drops what is not a person or a place: demonyms, titles alone,
//!    organisations and events (and names inside their names), bare compass
//!    words;
//! 4. gives a name tagged both ways one kind, then groups:
//!    - places by a small alias table (`U.S.` = `United States`, `DPRK` =
//!      `North Korea`, ...) and otherwise by case-insensitive equality;
//!    - people by case-insensitive equality of their name words; a shorter name
//!      whose words are a subsequence of longer names (`Kim` of `Kim Jong Un`,
//!      `Trump` of `Donald Trump`) joins one of those longer names: among the
//!      ones already mentioned, the one mentioned most so far (ties: the most
//!      recent); when none is mentioned yet, the first to come.
//!
//! Pure and deterministic; every position is a byte offset into the text.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::gazetteer::{HashSet64, Identity};
use super::tokens::mix;
use std::ops::Range;

use super::tagger::Mention;
use super::{Entities, Entity, Kind};

type HashMap64<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

/// Titles and honorifics stripped from the start of a person's name, and
/// dropped when they are the whole mention. Lower case, without a final dot.
const TITLES: &[&str] = &[
    "admiral",
    "adm",
    "ambassador",
    "archbishop",
    "bishop",
    "brig",
    "capt",
    "captain",
    "cardinal",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "col",
    "colonel",
    "commander",
    "comrade",
    "congressman",
    "congresswoman",
    "dame",
    "deputy",
    "dr",
    "duchess",
    "duke",
    "emperor",
    "empress",
    "envoy",
    "father",
    "first",
    "gen",
    "general",
    "gov",
    "governor",
    "judge",
    "justice",
    "king",
    "lady",
    "leader",
    "lieutenant",
    "lord",
    "lt",
    "madam",
    "madame",
    "maj",
    "major",
    "marshal",
    "mayor",
    "minister",
    "miss",
    "mr",
    "mrs",
    "ms",
    "mx",
    "premier",
    "president",
    "president-elect",
    "prime",
    "prince",
    "princess",
    "prof",
    "professor",
    "queen",
    "rabbi",
    "rep",
    "representative",
    "rev",
    "reverend",
    "secretary",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheikh",
    "sir",
    "speaker",
    "spokesman",
    "spokeswoman",
    "supreme",
    "vice",
    "vice-president",
];

/// Words for peoples and their languages: never a person or a place on their
/// own. Lower case; a plural `s` is also recognised.
const DEMONYMS: &[&str] = &[
    "afghan",
    "african",
    "american",
    "arab",
    "asian",
    "australian",
    "brazilian",
    "british",
    "canadian",
    "chinese",
    "dutch",
    "egyptian",
    "english",
    "european",
    "filipino",
    "french",
    "german",
    "greek",
    "indian",
    "indonesian",
    "iranian",
    "iraqi",
    "irish",
    "israeli",
    "italian",
    "japanese",
    "korean",
    "latin american",
    "mexican",
    "middle eastern",
    "north korean",
    "pakistani",
    "palestinian",
    "polish",
    "russian",
    "saudi",
    "scottish",
    "south korean",
    "soviet",
    "spanish",
    "swiss",
    "syrian",
    "taiwanese",
    "thai",
    "turkish",
    "ukrainian",
    "vietnamese",
    "welsh",
    "western",
];

/// Words that make a span an organisation or an event, not a person or place.
const ORGANISATION_WORDS: &[&str] = &[
    "agency",
    "army",
    "assembly",
    "association",
    "bank",
    "club",
    "college",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "corporation",
    "council",
    "court",
    "department",
    "federation",
    "foundation",
    "games",
    "government",
    "inc",
    "institute",
    "league",
    "ltd",
    "ministry",
    "navy",
    "news",
    "olympics",
    "organisation",
    "organization",
    "parliament",
    "party",
    "politburo",
    "press",
    "senate",
    "studies",
    "university",
];

/// Organisations usually written as abbreviations or one word. Compared
/// folded and without dots.
const ORGANISATION_ABBREVIATIONS: &[&str] = &[
    "ap",
    "bloomberg",
    "cia",
    "eu",
    "facebook",
    "fbi",
    "google",
    "iaea",
    "imf",
    "instagram",
    "kcna",
    "microsoft",
    "nato",
    "opec",
    "reuters",
    "tiktok",
    "twitter",
    "un",
    "unesco",
    "unicef",
    "wechat",
    "weibo",
    "who",
    "wto",
    "xinhua",
    "yonhap",
    "youtube",
];

/// Words capitalised at the start of a sentence that begin no name: cut from
/// the start of a span (`Later Kim`), and a span of nothing else is dropped.
const COMMON_WORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "despite",
    "during",
    "each",
    "earlier",
    "even",
    "every",
    "for",
    "friday",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "it",
    "its",
    "last",
    "later",
    "like",
    "many",
    "meanwhile",
    "monday",
    "more",
    "most",
    "my",
    "next",
    "no",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "perhaps",
    "saturday",
    "several",
    "she",
    "since",
    "so",
    "some",
    "still",
    "sunday",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thursday",
    "to",
    "today",
    "tomorrow",
    "tuesday",
    "under",
    "unlike",
    "until",
    "we",
    "wednesday",
    "what",
    "when",
    "where",
    "while",
    "who",
    "why",
    "with",
    "yesterday",
    "yet",
    "you",
];

/// Compass words that name no place on their own (`the North`).
const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "midwest",
];

/// Lower-case words that may sit inside a person's name.
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "el", "ibn",
    "la", "le", "ter", "van", "von", "y",
];

/// Place names whose leading "The" is part of the name.
const THE_PLACES: &[&str] = &["hague", "gambia"];

/// Places with several names: (the name an entity takes, other names). Compared
/// after [`place_key`] (lower case, no dots, straight apostrophes).
const PLACE_ALIASES: &[(&str, &[&str])] = &[
    (
        "United States",
        &[
            "us",
            "usa",
            "united states",
            "united states of america",
            "america",
        ],
    ),
    (
        "United Kingdom",
        &["uk", "britain", "great britain", "united kingdom"],
    ),
    (
        "North Korea",
        &[
            "north korea",
            "dprk",
            "democratic people's republic of korea",
        ],
    ),
    ("South Korea", &["south korea", "rok", "republic of korea"]),
    ("China", &["china", "prc", "people's republic of china"]),
    ("Russia", &["russia", "russian federation"]),
    ("United Arab Emirates", &["uae", "united arab emirates"]),
    ("Netherlands", &["netherlands", "holland"]),
    ("Czech Republic", &["czech republic", "czechia"]),
    ("Myanmar", &["myanmar", "burma"]),
];

/// Group the tagger's mentions of `text` into people and places.
pub fn link(text: &str, mentions: &[Mention]) -> Entities {
    link_spans(text, mentions.iter().map(|m| (m.range.clone(), m.kind)))
}

/// Group mention spans of `text` into people and places.
///
/// Spans that are out of bounds or not on character boundaries are ignored;
/// overlapping spans keep the earliest (then longest) one. Two kinds of span are
/// added to the given ones: official and abbreviated country names, and
/// further occurrences of a name already found.
pub fn link_spans<I>(text: &str, spans: I) -> Entities
where
    I: IntoIterator<Item = (Range<usize>, Kind)>,
{
    let mut cleaned: Vec<(Range<usize>, Kind)> = spans
        .into_iter()
        .filter(|(r, _)| text.get(r.clone()).is_some())
        .chain(known_places(text))
        .filter_map(|(r, kind)| clean(text, r, kind))
        .collect();
    let mut kept = with_repeats(text, without_overlaps(&mut cleaned));
    agree_on_kinds(text, &mut kept);
    let (people, places): (Vec<_>, Vec<_>) =
        kept.into_iter().partition(|(_, k)| *k == Kind::Person);
    Entities {
        people: link_people(text, people.into_iter().map(|(r, _)| r).collect()),
        places: link_places(text, places.into_iter().map(|(r, _)| r).collect()),
    }
}

/// The spans in text order with overlaps removed: the earliest, then longest,
/// then a person wins.
fn without_overlaps(spans: &mut [(Range<usize>, Kind)]) -> Vec<(Range<usize>, Kind)> {
    spans.sort_by(|a, b| {
        a.0.start
            .cmp(&b.0.start)
            .then(b.0.end.cmp(&a.0.end))
            .then((a.1 == Kind::Place).cmp(&(b.1 == Kind::Place)))
    });
    let mut kept: Vec<(Range<usize>, Kind)> = Vec::with_capacity(spans.len());
    for (r, kind) in spans.iter() {
        if kept.last().is_none_or(|(last, _)| r.start >= last.end) {
            kept.push((r.clone(), *kind));
        }
    }
    kept
}

/// A name tagged a person in one place and a place in another (`Go Myung-Hyun`,
/// compared as [`name_words`]) takes the kind most of its mentions have; on a
/// tie, person: the tagger knows places from a gazetteer, so a name it is
/// unsure of is more likely a person. Names in the place alias table stay
/// places.
fn agree_on_kinds(text: &str, spans: &mut [(Range<usize>, Kind)]) {
    let keys: Vec<u64> = spans
        .iter()
        .map(|(r, _)| name_key(&text[r.clone()]))
        .collect();
    let mut votes: HashMap64<(usize, usize)> = HashMap64::default();
    for ((_, kind), key) in spans.iter().zip(&keys) {
        let v = votes.entry(*key).or_default();
        match kind {
            Kind::Person => v.0 += 1,
            Kind::Place => v.1 += 1,
        }
    }
    for ((r, kind), key) in spans.iter_mut().zip(&keys) {
        let surface = &text[r.clone()];
        if place_alias(surface).is_some() {
            continue;
        }
        let (people, places) = votes[key];
        *kind = if people >= places {
            Kind::Person
        } else {
            Kind::Place
        };
    }
}

/// Country names that are written one way and mean one thing: found in the
/// text whatever the tagger says, since a model trained on news rarely sees the
/// official long forms.
const KNOWN_PLACE_FORMS: &[&str] = &[
    "U.S.",
    "U.S.A.",
    "USA",
    "U.K.",
    "DPRK",
    "D.P.R.K.",
    "ROK",
    "PRC",
    "UAE",
    "United States of America",
    "Democratic People's Republic of Korea",
    "Democratic People\u{2019}s Republic of Korea",
    "People's Republic of China",
    "People\u{2019}s Republic of China",
    "Republic of Korea",
];

/// Does `range` stand alone as a word: no letter, digit or hyphen right before
/// or after?
fn whole_word(text: &str, range: &Range<usize>) -> bool {
    let joins = |c: char| c.is_alphanumeric() || c == '-';
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    !before.is_some_and(joins) && !after.is_some_and(joins)
}

/// Every whole-word occurrence of [`KNOWN_PLACE_FORMS`], in one pass over the
/// text.
fn known_places(text: &str) -> Vec<(Range<usize>, Kind)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (at, &b) in bytes.iter().enumerate() {
        // Every form starts with one of these.
        if !matches!(b, b'U' | b'D' | b'R' | b'P') {
            continue;
        }
        for form in KNOWN_PLACE_FORMS {
            if bytes[at..].starts_with(form.as_bytes()) {
                let r = at..at + form.len();
                if whole_word(text, &r) {
                    out.push((r, Kind::Place));
                }
            }
        }
    }
    out
}

/// Capitalised English words that a short name may also be: a name of this
/// form is not looked for again.
const NOT_REPEATED: &[&str] = &[
    "a", "an", "and", "as", "at", "be", "bill", "but", "by", "can", "do", "for", "go", "grant",
    "he", "her", "his", "hope", "i", "if", "in", "is", "it", "its", "may", "me", "my", "no", "not",
    "of", "on", "or", "our", "rose", "she", "so", "the", "they", "this", "to", "up", "us", "we",
    "will", "you",
];

/// The spans plus further occurrences of names already found, which the
/// tagger missed (`Xi` found once, missed twice) or cut short (`Kim Jong` of a
/// `Kim Jong Un` found elsewhere): the same characters as a whole word, not
/// inside a longer capitalised name (a title or demonym before it is fine) or
/// an organisation's name. Such an occurrence replaces the spans it contains
/// and is dropped where it overlaps any other span.
fn with_repeats(text: &str, kept: Vec<(Range<usize>, Kind)>) -> Vec<(Range<usize>, Kind)> {
    let mut forms: Vec<(&str, Kind)> = Vec::new();
    for (r, kind) in &kept {
        let form = &text[r.clone()];
        if !forms.iter().any(|(f, _)| *f == form) && !not_repeated().contains(&fold_hash(form)) {
            forms.push((form, *kind));
        }
    }
    // Longest first, so "Xi Jinping" is claimed before "Xi".
    forms.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    // Start → (end, kind) of every span so far; spans do not overlap.
    let mut spans: BTreeMap<usize, (usize, Kind)> = kept
        .iter()
        .map(|(r, kind)| (r.start, (r.end, *kind)))
        .collect();
    // Where each form occurs, found in one pass over the text; then taken
    // form by form (longest first), each in text order.
    let mut found = occurrences(text, &forms);
    found.sort_unstable();
    for (rank, at) in found {
        let (form, kind) = forms[rank];
        let r = at..at + form.len();
        // Spans are ordered and apart, so those overlapping `r` are the
        // last ones starting before its end, while they end after its start.
        let overlapping: Vec<(usize, usize)> = spans
            .range(..r.end)
            .rev()
            .take_while(|(_, (end, _))| *end > r.start)
            .map(|(&start, &(end, _))| (start, end))
            .collect();
        let inside = |&(start, end): &(usize, usize)| {
            start >= r.start && end <= r.end && end - start < r.len()
        };
        if !overlapping.iter().all(inside) {
            continue;
        }
        let joined_before = word_before(text, r.start).is_some_and(|w| {
            let word = &text[w];
            is_name_word(word)
                && !word.ends_with(|c: char| !c.is_alphanumeric())
                && !is_title(word)
                && !demonyms().contains(&fold_hash(word))
        });
        let joined_after = word_after(text, r.end).is_some_and(|w| is_name_word(&text[w]));
        if !whole_word(text, &r)
            || joined_before
            || joined_after
            || inside_organisation_name(text, &r, kind)
        {
            continue;
        }
        for (start, _) in overlapping {
            spans.remove(&start);
        }
        spans.insert(r.start, (r.end, kind));
    }
    spans
        .into_iter()
        .map(|(start, (end, kind))| (start..end, kind))
        .collect()
}

/// Hash of the bytes of a word, to find it among the forms.
fn bytes_hash(s: &str) -> u64 {
    s.bytes().fold(FOLD_SEED, |h, b| mix(h, b as u64))
}

/// The length of the run of letters and digits that `s` starts with.
fn run_len(s: &str) -> usize {
    s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len())
}

/// Every `(index in forms, byte offset)` where a form occurs in `text` as a
/// whole word, in no particular order. One pass: a form starting with a letter
/// or digit can only occur where a run of letters and digits starts, and that
/// run is then the form's first run.
fn occurrences(text: &str, forms: &[(&str, Kind)]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut by_first_run: HashMap64<Vec<usize>> = HashMap64::default();
    let mut first_byte = [false; 256];
    for (rank, (form, _)) in forms.iter().enumerate() {
        let n = run_len(form);
        if n == 0 {
            // Rare: a form that starts with a symbol. Any occurrence will do;
            // the caller checks for whole words.
            found.extend(text.match_indices(form).map(|(at, _)| (rank, at)));
            continue;
        }
        by_first_run
            .entry(bytes_hash(&form[..n]))
            .or_default()
            .push(rank);
        first_byte[form.as_bytes()[0] as usize] = true;
    }
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // A first byte of a form is the first byte of a character.
        if !first_byte[bytes[at] as usize] {
            at += 1;
            continue;
        }
        let joined = text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-');
        let n = run_len(&text[at..]);
        if !joined
            && n > 0
            && let Some(ranks) = by_first_run.get(&bytes_hash(&text[at..at + n]))
        {
            for &rank in ranks {
                if text[at..].starts_with(forms[rank].0) {
                    found.push((rank, at));
                }
            }
        }
        // No word starts inside a run.
        at += n.max(1);
    }
    found
}

/// Byte range of each whitespace-separated token of `text[range]`.
fn tokens(text: &str, range: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[range.clone()].char_indices() {
        let at = range.start + i;
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(s..at);
            }
        } else if start.is_none() {
            start = Some(at);
        }
    }
    if let Some(s) = start {
        out.push(s..range.end);
    }
    out
}

/// Feed the characters of `word` as compared to `f`: lower case, straight
/// apostrophes, no final dot.
#[inline]
fn fold_chars(word: &str, mut f: impl FnMut(char)) {
    for c in word.trim_end_matches('.').chars() {
        if c.is_ascii() {
            f(c.to_ascii_lowercase());
        } else if c == '\u{2019}' {
            f('\'');
        } else {
            c.to_lowercase().for_each(&mut f);
        }
    }
}

/// Feed a whole span folded word by word, with a single space between words,
/// to `f`.
#[inline]
fn fold_phrase_chars(s: &str, mut f: impl FnMut(char)) {
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            f(' ');
        }
        fold_chars(w, &mut f);
    }
}

const FOLD_SEED: u64 = 0x2d35_8dcc_aa6c_78a5;

/// Hash of a word as compared (see [`fold_chars`]): words are compared by
/// these hashes, so no lower-case copy is ever made.
#[inline]
fn fold_hash(word: &str) -> u64 {
    let mut h = FOLD_SEED;
    fold_chars(word, |c| h = mix(h, c as u64));
    h
}

/// Hash of a whole span folded word by word (see [`fold_phrase_chars`]); the
/// same as [`fold_hash`] for one word.
#[inline]
fn phrase_hash(s: &str) -> u64 {
    let mut h = FOLD_SEED;
    fold_phrase_chars(s, |c| h = mix(h, c as u64));
    h
}

/// The key a place is grouped by: [`phrase_hash`] with every dot removed
/// (`U.S.` = `US`).
#[inline]
fn place_key(s: &str) -> u64 {
    let mut h = FOLD_SEED;
    fold_phrase_chars(s, |c| {
        if c != '.' {
            h = mix(h, c as u64);
        }
    });
    h
}

/// A set of words or phrases by [`phrase_hash`], built once.
macro_rules! word_set {
    ($name:ident, $words:expr) => {
        fn $name() -> &'static HashSet64 {
            static SET: OnceLock<HashSet64> = OnceLock::new();
            SET.get_or_init(|| $words.iter().map(|w| phrase_hash(w)).collect())
        }
    };
}

word_set!(titles, TITLES);
word_set!(demonyms, DEMONYMS);
word_set!(organisation_words, ORGANISATION_WORDS);
word_set!(common_words, COMMON_WORDS);
word_set!(directions, DIRECTIONS);
word_set!(particles, PARTICLES);
word_set!(the_places, THE_PLACES);
word_set!(not_repeated, NOT_REPEATED);

fn organisation_abbreviations() -> &'static HashSet64 {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    SET.get_or_init(|| {
        ORGANISATION_ABBREVIATIONS
            .iter()
            .map(|w| place_key(w))
            .collect()
    })
}

/// The name a place alias table entry gives `surface`, if any.
fn place_alias(surface: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap64<&'static str>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = HashMap64::default();
        for (name, others) in PLACE_ALIASES {
            for other in *others {
                table.entry(place_key(other)).or_insert(*name);
            }
        }
        table
    });
    table.get(&place_key(surface)).copied()
}

fn is_demonym(surface: &str) -> bool {
    // The folded span, and without a final `s` (a plural).
    let (mut h, mut before_last, mut last) = (FOLD_SEED, FOLD_SEED, ' ');
    fold_phrase_chars(surface, |c| {
        before_last = h;
        h = mix(h, c as u64);
        last = c;
    });
    demonyms().contains(&h) || (last == 's' && demonyms().contains(&before_last))
}

fn is_title(word: &str) -> bool {
    titles().contains(&fold_hash(word))
}

fn is_organisation(surface: &str) -> bool {
    if organisation_abbreviations().contains(&place_key(surface)) {
        return true;
    }
    surface
        .split_whitespace()
        .any(|w| organisation_words().contains(&fold_hash(w)))
}

/// Does this word end with an abbreviation dot that belongs to it (`U.S.`,
/// `D.C.`, `J.`, `Jr.`)?
fn keeps_final_dot(word: &str) -> bool {
    let Some(body) = word.strip_suffix('.') else {
        return false;
    };
    if ["jr", "sr", "st"]
        .iter()
        .any(|a| body.eq_ignore_ascii_case(a))
    {
        return true;
    }
    // Letters each followed by a dot: "U.S.", "D.C.", "J."
    let mut chars = word.chars();
    let mut pairs = 0;
    loop {
        match (chars.next(), chars.next()) {
            (None, _) => return pairs > 0,
            (Some(l), Some('.')) if l.is_alphabetic() => pairs += 1,
            _ => return false,
        }
    }
}

const LEADING_PUNCTUATION: &[char] = &[
    '"', '\'', '\u{201c}', '\u{2018}', '\u{201e}', '\u{00ab}', '(', '[', '{', '*', '_', '-',
    '\u{2013}', '\u{2014}', '@', '#', ',', '.', ';', ':',
];
const TRAILING_PUNCTUATION: &[char] = &[
    '"', '\'', '\u{201d}', '\u{2019}', '\u{00bb}', ')', ']', '}', '*', '_', '-', '\u{2013}',
    '\u{2014}', ',', ';', ':', '!', '?', '\u{2026}', '.',
];

/// Trim whitespace, quotes, brackets, trailing punctuation and a possessive
/// `'s`/`’s` from both ends of `range`, until nothing changes.
fn trim_edges(text: &str, mut range: Range<usize>) -> Range<usize> {
    loop {
        let before = range.clone();
        let s = &text[range.clone()];
        let trimmed =
            s.trim_start_matches(|c: char| c.is_whitespace() || LEADING_PUNCTUATION.contains(&c));
        range.start += s.len() - trimmed.len();
        let s = &text[range.clone()];
        let trimmed = s.trim_end();
        range.end -= s.len() - trimmed.len();
        let s = &text[range.clone()];
        for possessive in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
            if let Some(body) = s.strip_suffix(possessive)
                && body.chars().next_back().is_some_and(char::is_alphanumeric)
            {
                range.end -= possessive.len();
                break;
            }
        }
        let s = &text[range.clone()];
        if let Some(last) = s.chars().next_back()
            && TRAILING_PUNCTUATION.contains(&last)
        {
            let last_word = s.split_whitespace().next_back().unwrap_or("");
            if !(last == '.' && keeps_final_dot(last_word)) {
                range.end -= last.len_utf8();
            }
        }
        if range == before || range.is_empty() {
            return range;
        }
    }
}

/// Does this word look like part of a name: capitalised (or in a script without
/// case), or with a capitalised part after a hyphen or apostrophe (`al-Assad`)?
fn is_name_word(word: &str) -> bool {
    let capitalised = |part: &str| {
        part.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
    };
    capitalised(word) || word.split(['-', '\'', '\u{2019}']).skip(1).any(capitalised)
}

fn is_particle(word: &str) -> bool {
    particles().contains(&fold_hash(word))
}

/// Cut a person span down to the name: the last run of name-like words, with
/// leading titles and demonyms removed (`Chinese President Xi Jinping`,
/// `Politburo member Wang Huning`). `None` when no name is left.
fn person_name(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let words = tokens(text, &range);
    let name_like: Vec<bool> = words
        .iter()
        .map(|w| is_name_word(&text[w.clone()]) || is_particle(&text[w.clone()]))
        .collect();
    let end = name_like.iter().rposition(|&b| b)?;
    let mut start = name_like[..end]
        .iter()
        .rposition(|&b| !b)
        .map_or(0, |i| i + 1);
    let mut end = end;
    while start <= end {
        let w = &text[words[start].clone()];
        let strippable = is_title(w) || is_particle(w) || demonyms().contains(&fold_hash(w));
        if strippable && start < end {
            start += 1;
        } else {
            break;
        }
    }
    while end > start && is_particle(&text[words[end].clone()]) {
        end -= 1;
    }
    let name = words[start].start..words[end].end;
    let only_titles = words[start..=end]
        .iter()
        .all(|w| is_title(&text[w.clone()]));
    (!only_titles).then_some(name)
}

/// The next word after `at` on the same line, separated by spaces only.
fn word_after(text: &str, at: usize) -> Option<Range<usize>> {
    let rest = &text[at..];
    let start = at + (rest.len() - rest.trim_start_matches(' ').len());
    if start == at {
        return None;
    }
    let len = text[start..]
        .find(char::is_whitespace)
        .unwrap_or(text.len() - start);
    (len > 0).then_some(start..start + len)
}

/// The word before `at` on the same line, separated by spaces only.
fn word_before(text: &str, at: usize) -> Option<Range<usize>> {
    let head = &text[..at];
    let end = head.trim_end_matches(' ').len();
    if end == at {
        return None;
    }
    let start = head[..end].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    (start < end).then_some(start..end)
}

/// Is the span part of a longer capitalised name that is an organisation or
/// an event: `China` in `New China News Agency`, `Korea` in `Bank of Korea`,
/// `Kim Il Sung` in `Kim Il Sung University`? Looks forward along capitalised
/// words, and for places also back (across `of` and `of the`).
fn inside_organisation_name(text: &str, range: &Range<usize>, kind: Kind) -> bool {
    let organisation = |w: &str| organisation_words().contains(&fold_hash(w));
    let mut at = range.end;
    while let Some(w) = word_after(text, at) {
        let word = &text[w.clone()];
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !is_name_word(bare) {
            break;
        }
        if organisation(bare) {
            return true;
        }
        if bare.len() < word.len() {
            break;
        }
        at = w.end;
    }
    if kind == Kind::Person {
        return false;
    }
    let mut at = range.start;
    while let Some(w) = word_before(text, at) {
        let word = &text[w.clone()];
        if word == "of" || word == "the" {
            at = w.start;
            continue;
        }
        if !is_name_word(word) || !word.chars().all(|c| c.is_alphanumeric() || c == '-') {
            break;
        }
        if organisation(word) {
            return true;
        }
        at = w.start;
    }
    false
}

/// Cut common words from the start of a span (`Later Kim`, `In Seoul`; not
/// `The Hague`); `None` when nothing else is left.
fn without_common_words(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let words = tokens(text, &range);
    let bare = |i: usize| {
        let w = &text[words[i].clone()];
        fold_hash(w.trim_end_matches(|c: char| !c.is_alphanumeric()))
    };
    let mut first = 0;
    while first < words.len() && common_words().contains(&bare(first)) {
        let a_place_with_the = bare(first) == fold_hash("the")
            && first + 1 < words.len()
            && the_places().contains(&bare(first + 1));
        if a_place_with_the {
            break;
        }
        first += 1;
    }
    match first {
        0 => Some(range),
        n if n == words.len() => None,
        n => {
            let rest = trim_edges(text, words[n].start..range.end);
            (!rest.is_empty()).then_some(rest)
        }
    }
}

/// Clean one span and decide what it is; `None` drops it.
fn clean(text: &str, range: Range<usize>, kind: Kind) -> Option<(Range<usize>, Kind)> {
    let mut range = trim_edges(text, range);
    if range.is_empty() {
        return None;
    }
    let mut kind = kind;
    if place_alias(&text[range.clone()]).is_some() {
        kind = Kind::Place;
    }
    if kind == Kind::Place {
        let words = tokens(text, &range);
        if words.len() > 1 {
            let first = &text[words[0].clone()];
            let second = fold_hash(&text[words[1].clone()]);
            if first.eq_ignore_ascii_case("the") && !the_places().contains(&second) {
                range = trim_edges(text, words[1].start..range.end);
            }
        }
    }
    range = without_common_words(text, range)?;
    if kind == Kind::Person {
        range = person_name(text, range)?;
    }
    let surface = &text[range.clone()];
    if !surface.chars().any(char::is_alphabetic)
        || is_demonym(surface)
        || inside_organisation_name(text, &range, kind)
    {
        return None;
    }
    if place_alias(surface).is_some() {
        return Some((range, Kind::Place));
    }
    if is_organisation(surface)
        || (kind == Kind::Place && directions().contains(&phrase_hash(surface)))
    {
        return None;
    }
    Some((range, kind))
}

/// One entity being built: its mentions and which surface forms they use.
struct Group {
    mentions: Vec<Range<usize>>,
    /// A fixed name (from the place alias table), if any.
    fixed_name: Option<&'static str>,
}

impl Group {
    fn new(fixed_name: Option<&'static str>) -> Group {
        Group {
            mentions: Vec::new(),
            fixed_name,
        }
    }

    /// Build the entity: name = fixed name, or the form with most words, then
    /// the most frequent, then the first; aliases = the other forms in order of
    /// first appearance.
    fn finish(mut self, text: &str, kind: Kind, words: impl Fn(&str) -> usize) -> Entity {
        self.mentions.sort_by_key(|r| (r.start, r.end));
        let mut forms: Vec<(&str, usize)> = Vec::new();
        for r in &self.mentions {
            let s = &text[r.clone()];
            match forms.iter_mut().find(|(f, _)| *f == s) {
                Some((_, n)) => *n += 1,
                None => forms.push((s, 1)),
            }
        }
        let name = match self.fixed_name {
            Some(n) => n.to_string(),
            None => {
                let mut best = 0;
                for (i, (f, n)) in forms.iter().enumerate() {
                    let (bf, bn) = forms[best];
                    if (words(f), *n) > (words(bf), bn) {
                        best = i;
                    }
                }
                forms[best].0.to_string()
            }
        };
        let aliases = forms
            .iter()
            .map(|(f, _)| f.to_string())
            .filter(|f| *f != name)
            .collect();
        Entity {
            kind,
            name,
            aliases,
            mentions: self.mentions,
        }
    }
}

/// Entities in order of first mention.
fn in_order(mut entities: Vec<Entity>) -> Vec<Entity> {
    entities.sort_by_key(|e| e.mentions.first().map(|r| r.start));
    entities
}

fn link_places(text: &str, mentions: Vec<Range<usize>>) -> Vec<Entity> {
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap64<usize> = HashMap64::default();
    for r in mentions {
        let surface = &text[r.clone()];
        let alias = place_alias(surface);
        let key = match alias {
            Some(name) => place_key(name),
            None => place_key(surface),
        };
        let i = *index.entry(key).or_insert_with(|| {
            groups.push(Group::new(alias));
            groups.len() - 1
        });
        groups[i].mentions.push(r);
    }
    let count = |s: &str| s.split_whitespace().count();
    in_order(
        groups
            .into_iter()
            .map(|g| g.finish(text, Kind::Place, count))
            .collect(),
    )
}

/// The words of a person's name as compared: folded, hyphenated parts apart
/// (`Myung-Hyun` = `Myung-hyun` = `Myung Hyun`).
fn name_parts(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
}

/// [`fold_hash`] of each of the [`name_parts`].
fn name_words(s: &str) -> Vec<u64> {
    name_parts(s).map(fold_hash).collect()
}

/// One hash of all the [`name_words`].
fn name_key(s: &str) -> u64 {
    name_parts(s).fold(FOLD_SEED, |h, w| mix(h, fold_hash(w)))
}

/// Is `short` a proper subsequence of `long`?
fn is_part_of(short: &[u64], long: &[u64]) -> bool {
    if short.len() >= long.len() {
        return false;
    }
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

fn link_people(text: &str, mut mentions: Vec<Range<usize>>) -> Vec<Entity> {
    mentions.sort_by_key(|r| r.start);
    let forms: Vec<Vec<u64>> = mentions
        .iter()
        .map(|r| name_words(&text[r.clone()]))
        .collect();
    // The distinct forms in order of first mention (as the index of that
    // mention), and the distinct form of every mention.
    let mut distinct: Vec<usize> = Vec::new();
    let mut form_of: Vec<usize> = Vec::with_capacity(forms.len());
    let mut index: HashMap<&[u64], usize> = HashMap::new();
    for (i, f) in forms.iter().enumerate() {
        let d = *index.entry(f.as_slice()).or_insert_with(|| {
            distinct.push(i);
            distinct.len() - 1
        });
        form_of.push(d);
    }
    // The distinct forms that have each word, in order.
    let mut having: HashMap64<Vec<usize>> = HashMap64::default();
    for (d, &i) in distinct.iter().enumerate() {
        for &w in &forms[i] {
            let list = having.entry(w).or_default();
            if list.last() != Some(&d) {
                list.push(d);
            }
        }
    }
    let every: Vec<usize> = (0..distinct.len()).collect();
    // A longer form has every word of a shorter one, its first among them.
    let longer_candidates = |f: &[u64]| -> &[usize] {
        match f.first() {
            Some(w) => having.get(w).map_or(&[], Vec::as_slice),
            None => &every,
        }
    };
    // A full name is a form that is no part of another form; each is one person.
    let mut full: Vec<usize> = Vec::new();
    let mut full_of: Vec<Option<usize>> = vec![None; distinct.len()];
    for (d, &i) in distinct.iter().enumerate() {
        let f = &forms[i];
        let part = longer_candidates(f)
            .iter()
            .any(|&o| is_part_of(f, &forms[distinct[o]]));
        if !part {
            full_of[d] = Some(full.len());
            full.push(d);
        }
    }
    let full_form = |k: usize| &forms[distinct[full[k]]];
    let first_full_at: Vec<usize> = full.iter().map(|&d| mentions[distinct[d]].start).collect();
    let mut groups: Vec<Group> = full.iter().map(|_| Group::new(None)).collect();
    let mut last_at: Vec<usize> = vec![0; full.len()];
    for ((r, form), &d) in mentions.iter().zip(&forms).zip(&form_of) {
        let chosen = match full_of[d] {
            Some(k) => k,
            None => {
                let candidates = longer_candidates(form)
                    .iter()
                    .filter_map(|&o| full_of[o])
                    .filter(|&k| is_part_of(form, full_form(k)));
                let seen = candidates
                    .clone()
                    .filter(|&k| !groups[k].mentions.is_empty())
                    .max_by_key(|&k| (groups[k].mentions.len(), last_at[k]));
                match seen {
                    Some(k) => k,
                    None => match candidates.min_by_key(|&k| first_full_at[k]) {
                        Some(k) => k,
                        None => continue,
                    },
                }
            }
        };
        groups[chosen].mentions.push(r.clone());
        last_at[chosen] = r.start;
    }
    let count = |s: &str| name_parts(s).count();
    in_order(
        groups
            .into_iter()
            .filter(|g| !g.mentions.is_empty())
            .map(|g| g.finish(text, Kind::Person, count))
            .collect(),
    )
}

#[cfg(test)]
// Mention lists of one range are meant, not ranges to collect.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    /// Text with marked mentions, `{P|...}` for a person and `{L|...}` for a
    /// place, as the plain text and the tagger's spans.
    fn marked(src: &str) -> (String, Vec<(Range<usize>, Kind)>) {
        let mut text = String::new();
        let mut spans = Vec::new();
        let mut rest = src;
        while let Some(open) = rest.find('{') {
            text.push_str(&rest[..open]);
            let kind = match &rest[open + 1..open + 3] {
                "P|" => Kind::Person,
                "L|" => Kind::Place,
                other => panic!("bad marker {other}"),
            };
            let close = open + rest[open..].find('}').expect("unclosed marker");
            let start = text.len();
            text.push_str(&rest[open + 3..close]);
            spans.push((start..text.len(), kind));
            rest = &rest[close + 1..];
        }
        text.push_str(rest);
        (text, spans)
    }

    fn link_marked(src: &str) -> (String, Entities) {
        let (text, spans) = marked(src);
        let found = link_spans(&text, spans);
        (text, found)
    }

    /// (name, aliases, mention texts) of one entity.
    type Summary = (String, Vec<String>, Vec<String>);

    /// The [`Summary`] of each entity.
    fn summary(text: &str, entities: &[Entity]) -> Vec<Summary> {
        entities
            .iter()
            .map(|e| {
                let texts = e
                    .mentions
                    .iter()
                    .map(|r| text[r.clone()].to_string())
                    .collect();
                (e.name.clone(), e.aliases.clone(), texts)
            })
            .collect()
    }

    fn names(entities: &[Entity]) -> Vec<&str> {
        entities.iter().map(|e| e.name.as_str()).collect()
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn surname_joins_the_full_name() {
        let (text, e) = link_marked("{P|Xi Jinping} met {P|Kim Jong Un}. {P|Xi} smiled.");
        assert_eq!(
            summary(&text, &e.people),
            [
                (
                    "Xi Jinping".into(),
                    strings(&["Xi"]),
                    strings(&["Xi Jinping", "Xi"])
                ),
                ("Kim Jong Un".into(), vec![], strings(&["Kim Jong Un"])),
            ]
        );
        assert!(e.places.is_empty());
    }

    #[test]
    fn shared_family_name_goes_to_the_most_mentioned_kim() {
        // The main Kim keeps the surname even after his sister is named,
        // and "Kim’s" right before her full name is still him.
        let (text, e) = link_marked(
            "{P|Kim Jong Un} went to {L|Beijing}. {P|Kim} met {P|Xi Jinping}. \
             {P|Kim’s} sister {P|Kim Yo Jong} stayed home. Later {P|Kim} left.",
        );
        assert_eq!(
            summary(&text, &e.people),
            [
                (
                    "Kim Jong Un".into(),
                    strings(&["Kim"]),
                    strings(&["Kim Jong Un", "Kim", "Kim", "Kim"])
                ),
                ("Xi Jinping".into(), vec![], strings(&["Xi Jinping"])),
                ("Kim Yo Jong".into(), vec![], strings(&["Kim Yo Jong"])),
            ]
        );
    }

    #[test]
    fn shared_family_name_goes_to_the_sister_when_she_is_the_subject() {
        let (text, e) = link_marked(
            "{P|Kim Yo Jong} arrived in {L|Seoul}. {P|Kim Yo Jong} met officials. \
             Her brother {P|Kim Jong Un} stayed in {L|Pyongyang}. {P|Kim} flew home.",
        );
        assert_eq!(
            summary(&text, &e.people),
            [
                (
                    "Kim Yo Jong".into(),
                    strings(&["Kim"]),
                    strings(&["Kim Yo Jong", "Kim Yo Jong", "Kim"])
                ),
                ("Kim Jong Un".into(), vec![], strings(&["Kim Jong Un"])),
            ]
        );
    }

    #[test]
    fn equal_counts_go_to_the_most_recent() {
        let (text, e) =
            link_marked("{P|Donald Trump} and {P|Ivanka Trump} spoke. {P|Trump} thanked her.");
        assert_eq!(
            summary(&text, &e.people),
            [
                ("Donald Trump".into(), vec![], strings(&["Donald Trump"])),
                (
                    "Ivanka Trump".into(),
                    strings(&["Trump"]),
                    strings(&["Ivanka Trump", "Trump"])
                ),
            ]
        );
        let (text, e) =
            link_marked("{P|Ivanka Trump} and {P|Donald Trump} spoke. {P|Trump} thanked her.");
        assert_eq!(
            summary(&text, &e.people)[1],
            (
                "Donald Trump".into(),
                strings(&["Trump"]),
                strings(&["Donald Trump", "Trump"])
            )
        );
    }

    #[test]
    fn family_members_with_longer_names_stay_apart() {
        let (_, e) = link_marked(
            "{P|Kim Jong Un} spoke. {P|Kim} followed {P|Kim Il Sung} and {P|Kim Jong Il}. \
             {P|Kim Jong} said so.",
        );
        assert_eq!(
            names(&e.people),
            ["Kim Jong Un", "Kim Il Sung", "Kim Jong Il"]
        );
        assert_eq!(e.people[0].mentions.len(), 3);
        assert_eq!(e.people[1].mentions.len(), 1);
        assert_eq!(e.people[2].mentions.len(), 1);
    }

    #[test]
    fn a_surname_before_any_full_name_joins_the_next_one() {
        let (text, e) = link_marked("{P|Kim} arrives\n\n{P|Kim Jong Un} arrived by train.");
        assert_eq!(
            summary(&text, &e.people),
            [(
                "Kim Jong Un".into(),
                strings(&["Kim"]),
                strings(&["Kim", "Kim Jong Un"])
            )]
        );
    }

    #[test]
    fn a_surname_alone_is_its_own_person() {
        let (text, e) = link_marked("He will meet {P|President Trump}. {P|Trump} agreed.");
        assert_eq!(
            summary(&text, &e.people),
            [("Trump".into(), vec![], strings(&["Trump", "Trump"]))]
        );
    }

    #[test]
    fn hyphenated_names_match_whatever_their_case() {
        let (text, e) = link_marked("said {P|Go Myung-Hyun}. Comments from {P|Go Myung-hyun}.");
        assert_eq!(
            summary(&text, &e.people),
            [(
                "Go Myung-Hyun".into(),
                strings(&["Go Myung-hyun"]),
                strings(&["Go Myung-Hyun", "Go Myung-hyun"])
            )]
        );
    }

    #[test]
    fn titles_possessives_and_punctuation_are_cut_from_the_span() {
        let (text, e) = link_marked(
            "{P|President Trump,} {P|Chinese President Xi Jinping’s} wife, \
             {P|Vice President Wang Qishan}, {P|Politburo Standing Committee member Wang Huning}, \
             {P|“Kim's}, {P|(Ri Sol-ju)}, {P|Mr. Moon.}",
        );
        let texts: Vec<&str> = e
            .people
            .iter()
            .map(|p| &text[p.mentions[0].clone()])
            .collect();
        assert_eq!(
            texts,
            [
                "Trump",
                "Xi Jinping",
                "Wang Qishan",
                "Wang Huning",
                "Kim",
                "Ri Sol-ju",
                "Moon"
            ]
        );
    }

    #[test]
    fn names_with_particles_keep_them_inside() {
        let (text, e) = link_marked("{P|Bashar al-Assad} met {P|Ursula von der Leyen}.");
        let texts: Vec<&str> = e
            .people
            .iter()
            .map(|p| &text[p.mentions[0].clone()])
            .collect();
        assert_eq!(texts, ["Bashar al-Assad", "Ursula von der Leyen"]);
    }

    #[test]
    fn us_and_the_united_states_are_one_place() {
        let (text, e) = link_marked(
            "talks with {L|the United States}, then {L|the U.S.}, {L|US} and {L|America}.",
        );
        assert_eq!(
            summary(&text, &e.places),
            [(
                "United States".into(),
                strings(&["U.S.", "US", "America"]),
                strings(&["United States", "U.S.", "US", "America"])
            )]
        );
    }

    #[test]
    fn an_abbreviation_keeps_its_final_dot() {
        let (text, e) = link_marked("between {L|North Korea}, {L|the U.S.} and {L|China.}");
        let texts: Vec<&str> = e
            .places
            .iter()
            .map(|p| &text[p.mentions[0].clone()])
            .collect();
        assert_eq!(texts, ["North Korea", "U.S.", "China"]);
    }

    #[test]
    fn dprk_and_its_long_name_join_north_korea() {
        let (text, e) = link_marked(
            "{L|North Korea’s} leader. The {L|Democratic People’s Republic of Korea} \
             and the {L|DPRK} agreed.",
        );
        assert_eq!(
            summary(&text, &e.places),
            [(
                "North Korea".into(),
                strings(&["Democratic People’s Republic of Korea", "DPRK"]),
                strings(&[
                    "North Korea",
                    "Democratic People’s Republic of Korea",
                    "DPRK"
                ])
            )]
        );
    }

    #[test]
    fn an_alias_alone_takes_the_common_name() {
        let (_, e) = link_marked("The {L|UK} and the {L|ROK} signed.");
        assert_eq!(names(&e.places), ["United Kingdom", "South Korea"]);
        assert_eq!(e.places[0].aliases, ["UK"]);
    }

    #[test]
    fn a_place_named_the_keeps_it() {
        let (text, e) = link_marked("judges in {L|The Hague} and {L|the Netherlands}");
        let texts: Vec<&str> = e
            .places
            .iter()
            .map(|p| &text[p.mentions[0].clone()])
            .collect();
        assert_eq!(texts, ["The Hague", "Netherlands"]);
    }

    #[test]
    fn places_merge_only_on_equal_names() {
        let (_, e) = link_marked(
            "{L|Beijing Railway Station} in {L|Beijing}; {L|Korean Peninsula}, {L|Korean peninsula}",
        );
        assert_eq!(
            names(&e.places),
            ["Beijing Railway Station", "Beijing", "Korean Peninsula"]
        );
        assert_eq!(e.places[2].aliases, ["Korean peninsula"]);
    }

    #[test]
    fn demonyms_titles_organisations_and_events_are_dropped() {
        let (_, e) = link_marked(
            "{L|Chinese} state media and {P|North Korean} officials; {P|Americans}; \
             {P|President} spoke; {P|New China News Agency}; {L|Asan Institute for Policy Studies}; \
             {L|U.N.} sanctions; {L|Winter Olympics}; {L|the North}; {P|Associated Press}",
        );
        assert_eq!(e, Entities::default());
    }

    #[test]
    fn names_inside_organisation_names_are_dropped() {
        let (_, e) = link_marked(
            "the New {L|China} News Agency, the Bank of {L|Korea}, {P|Kim Il Sung} University, \
             the {L|Beijing} Winter Olympics, the University of the {L|Philippines}",
        );
        assert_eq!(e, Entities::default());
        let (_, e) = link_marked(
            "{L|China} and the World Bank; {P|Wang Huning}, Standing Committee; \
             Committee member {P|Wang Qishan}; in {L|Beijing}. News later",
        );
        assert_eq!(names(&e.places), ["China", "Beijing"]);
        assert_eq!(names(&e.people), ["Wang Huning", "Wang Qishan"]);
    }

    #[test]
    fn official_and_abbreviated_country_names_are_found_untagged() {
        let (text, e) = link_marked(
            "the DPRK, the Democratic People\u{2019}s Republic of {L|Korea}, the USA; not DPRKS",
        );
        assert_eq!(
            summary(&text, &e.places),
            [
                (
                    "North Korea".into(),
                    strings(&["DPRK", "Democratic People\u{2019}s Republic of Korea"]),
                    strings(&["DPRK", "Democratic People\u{2019}s Republic of Korea"])
                ),
                ("United States".into(), strings(&["USA"]), strings(&["USA"])),
            ]
        );
    }

    #[test]
    fn names_found_once_are_found_again() {
        let (text, e) = link_marked(
            "{P|Xi Jinping} spoke, then {P|Xi} and President Xi. Xi: yes. Xinhua, Xi Lu, Lu Xi, \
             Xi-led. {L|China} and China, not New China News Agency or China Daily.",
        );
        assert_eq!(
            summary(&text, &e.people),
            [(
                "Xi Jinping".into(),
                strings(&["Xi"]),
                strings(&["Xi Jinping", "Xi", "Xi", "Xi"])
            )]
        );
        assert_eq!(e.places[0].mentions.len(), 2);
        let (_, e) = link_marked("{P|He Lifeng} said. He left. {P|Go} went. Go home.");
        assert_eq!(e.people[0].mentions.len(), 1);
        assert_eq!(e.people[1].mentions.len(), 1);
    }

    #[test]
    fn a_name_cut_short_takes_the_full_form_found_elsewhere() {
        let (text, e) = link_marked(
            "{P|Kim Jong Un} left. North Korean leader {P|Kim Jong} Un met {L|Beijing} Railway \
             Station staff; {L|Beijing Railway Station} was shut. {P|Kim Jong} Il died.",
        );
        // Where no longer form was found, the cut-short name stays as it is.
        assert_eq!(
            summary(&text, &e.people),
            [(
                "Kim Jong Un".into(),
                strings(&["Kim Jong"]),
                strings(&["Kim Jong Un", "Kim Jong Un", "Kim Jong"])
            )]
        );
        assert_eq!(
            summary(&text, &e.places),
            [(
                "Beijing Railway Station".into(),
                vec![],
                strings(&["Beijing Railway Station", "Beijing Railway Station"])
            )]
        );
    }

    #[test]
    fn common_words_at_the_start_are_cut() {
        let (text, e) = link_marked(
            "{P|Later Kim} left. {P|Later}, {P|Yesterday, Trump} spoke. {L|In Seoul} and \
             {L|The Hague}; {P|Monday}",
        );
        let texts: Vec<&str> = e
            .people
            .iter()
            .chain(&e.places)
            .map(|p| &text[p.mentions[0].clone()])
            .collect();
        assert_eq!(texts, ["Kim", "Trump", "Seoul", "The Hague"]);
    }

    #[test]
    fn a_name_tagged_both_ways_takes_one_kind() {
        let (_, e) = link_marked("{L|Go Myung-Hyun} said. Later {P|Go Myung-hyun} added.");
        assert_eq!(names(&e.people), ["Go Myung-Hyun"]);
        assert!(e.places.is_empty());
        let (_, e) = link_marked("{L|Jordan} and {L|Jordan} and {P|Jordan}; {P|USA}");
        assert_eq!(names(&e.places), ["Jordan", "United States"]);
        assert!(e.people.is_empty());
    }

    #[test]
    fn a_place_alias_tagged_as_a_person_is_a_place() {
        let (_, e) = link_marked("{P|DPRK} said");
        assert!(e.people.is_empty());
        assert_eq!(names(&e.places), ["North Korea"]);
    }

    #[test]
    fn mentions_are_in_text_order_and_entities_by_first_mention() {
        let (text, mut spans) = marked("{L|Seoul} and {P|Moon Jae-in}; {L|Seoul} and {P|Moon}");
        spans.reverse();
        let e = link_spans(&text, spans);
        assert_eq!(e.places[0].mentions, [0..5, 23..28]);
        assert_eq!(e.people[0].mentions, [10..21, 33..37]);
    }

    #[test]
    fn bad_and_overlapping_spans_are_ignored() {
        let text = "Kim Jong Un in Seoul";
        let spans = vec![
            (0..11, Kind::Person),
            (0..3, Kind::Person),
            (15..20, Kind::Place),
            (15..99, Kind::Place),
            (3..3, Kind::Place),
        ];
        let e = link_spans(text, spans);
        assert_eq!(e.people[0].mentions, [0..11]);
        assert_eq!(e.places[0].mentions, [15..20]);
        let cjk = "習近平";
        assert_eq!(
            link_spans(cjk, vec![(1..3, Kind::Person)]),
            Entities::default()
        );
    }

    #[test]
    fn names_in_scripts_without_case_are_kept() {
        let (text, e) = link_marked("{P|習近平}在{L|北京}。");
        assert_eq!(&text[e.people[0].mentions[0].clone()], "習近平");
        assert_eq!(e.places[0].name, "北京");
    }

    #[test]
    fn the_fullest_form_names_the_entity() {
        let (_, e) =
            link_marked("{P|Trump} spoke. {P|Donald J. Trump} left. {P|Donald Trump} too.");
        assert_eq!(e.people.len(), 1);
        assert_eq!(e.people[0].name, "Donald J. Trump");
        assert_eq!(e.people[0].aliases, ["Trump", "Donald Trump"]);
    }

    // The same hard cases end to end: the real tagger, then linking.

    fn extracted(text: &str) -> (Vec<Summary>, Vec<Summary>) {
        let e = super::super::extract(text);
        (summary(text, &e.people), summary(text, &e.places))
    }

    #[test]
    fn extract_links_surnames_and_drops_demonyms_and_titles() {
        let (people, places) = extracted(
            "North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing. \
             Kim said Xi was right.",
        );
        assert_eq!(
            people,
            [
                (
                    "Kim Jong Un".into(),
                    strings(&["Kim"]),
                    strings(&["Kim Jong Un", "Kim"])
                ),
                (
                    "Xi Jinping".into(),
                    strings(&["Xi"]),
                    strings(&["Xi Jinping", "Xi"])
                ),
            ]
        );
        assert_eq!(places, [("Beijing".into(), vec![], strings(&["Beijing"]))]);
    }

    #[test]
    fn extract_gives_the_main_kim_his_surname_and_possessive() {
        let (people, _) = extracted(
            "Kim Jong Un met President Trump. Kim\u{2019}s sister Kim Yo Jong went to Seoul. \
             Later Kim returned home.",
        );
        assert_eq!(
            people,
            [
                (
                    "Kim Jong Un".into(),
                    strings(&["Kim"]),
                    strings(&["Kim Jong Un", "Kim", "Kim"])
                ),
                ("Trump".into(), vec![], strings(&["Trump"])),
                ("Kim Yo Jong".into(), vec![], strings(&["Kim Yo Jong"])),
            ]
        );
    }

    #[test]
    fn extract_gives_the_sister_the_surname_when_she_is_the_subject() {
        let (people, _) = extracted(
            "Kim Yo Jong arrived in Seoul on Friday. Kim Yo Jong met officials there. \
             Her brother Kim Jong Un stayed in Pyongyang. Kim flew home on Sunday.",
        );
        assert_eq!(people[0].0, "Kim Yo Jong");
        assert_eq!(people[0].2, strings(&["Kim Yo Jong", "Kim Yo Jong", "Kim"]));
        assert_eq!(people[1].2, strings(&["Kim Jong Un"]));
    }

    #[test]
    fn extract_joins_country_aliases() {
        let (_, places) =
            extracted("He wants talks with the United States. The U.S. did not reply.");
        assert_eq!(
            places,
            [(
                "United States".into(),
                strings(&["U.S."]),
                strings(&["United States", "U.S."])
            )]
        );
        let (_, places) = extracted(
            "China said the DPRK, officially the Democratic People\u{2019}s Republic of Korea, agreed.",
        );
        assert_eq!(places[1].0, "North Korea");
        assert_eq!(
            places[1].2,
            strings(&["DPRK", "Democratic People\u{2019}s Republic of Korea"])
        );
    }

    #[test]
    fn extract_lists_no_organisations_or_events() {
        let (people, places) = extracted(
            "Chinese state media cited the New China News Agency and the Asan Institute for \
             Policy Studies. U.N. sanctions stay. The Winter Olympics were held in South Korea.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(
            places,
            [("South Korea".into(), vec![], strings(&["South Korea"]))]
        );
    }

    #[test]
    fn extract_matches_hyphenated_names_whatever_their_case() {
        let (people, _) = extracted(
            "Comments came from Go Myung-Hyun in Seoul. Later, Go Myung-hyun added more.",
        );
        assert_eq!(
            people,
            [(
                "Go Myung-Hyun".into(),
                strings(&["Go Myung-hyun"]),
                strings(&["Go Myung-Hyun", "Go Myung-hyun"])
            )]
        );
    }
}
