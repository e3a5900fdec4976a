//! Evidence that a name the tagger called a person is one.
//!
//! The tagger tends to call any capitalised name it does not know a person.
//! A person name is kept as one when the text gives evidence for it:
//!
//! - its words: a known given name or an initial before a surname (`Edwina
//!   Currie`, `D. Bicknell`), a family name written first (`Kim Jong Un`);
//! - the words around one of its mentions: a title before it (`Mr.`,
//!   `President`), `who`, `he`, `she` or a verb of speech right after it;
//! - the rest of the text: a word of a person named in full elsewhere
//!   (`Currie` after `Edwina Currie`);
//! - a single word that is a known given or family name (`Dole`).
//!
//! Without any of these, a name is a place when it is a populated place or
//! an administrative region somewhere in the world (`Tavildara`,
//! `Lincolnshire`, from `assets/places-wide.txt`), when its first or last word
//! heads place names (`Okavango Delta`, `Lake Superior`), or when `in`,
//! `near`, `from` and the like come before one of its mentions. A name made
//! only of common English words is then not listed at all (`Twin Peaks`,
//! `Week Ago`, `Select`). A name of more words stays a person; a name of
//! one word needs evidence of a person (see [`described_as_person`],
//! [`person_shaped`], [`scorer`], and a list with people), or it is not
//! listed at all: the tagger also takes works, products and clubs for
//! people.
//!
//! The decision is made once per name, for all its mentions: one referent
//! keeps its kind.

use super::line_hash::line_hash;
use super::*;
use crate::entities::gazetteer::PLACE_HEAD;

/// A sorted table of the [`line_hash`]es of the lines of a list in
/// `assets/`, made by the build script.
macro_rules! hashed_lines {
    ($file:literal) => {
        Lines::new(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/",
            $file,
            ".hashes"
        )))
    };
}

/// Every populated place of at least 1,000 people and the regions around
/// them, lower case (`assets/places-wide.txt`, `scripts/build-wide-places.py`).
static WIDE_PLACES: Lines = hashed_lines!("places-wide");

/// Family names, lower case (`assets/family-names.txt`,
/// `scripts/build-given-names.py`).
static FAMILY_NAMES: Lines = hashed_lines!("family-names");

/// Common English words, lower case (`assets/common-words.txt`,
/// `scripts/build-common-words.py`).
static COMMON_WORDS: Lines = hashed_lines!("common-words");

/// Names of large listed companies, lower case, none a common word, a
/// person's name or a place (`assets/organisations.txt`,
/// `scripts/build-organisations.py`).
static FIRMS: Lines = hashed_lines!("organisations");

/// A list of names, one per line, as the sorted [`line_hash`]es of its lines
/// (little-endian `u64`s): a name is looked up by its hash among the few
/// that share its first bits, found from a small index of where each run of
/// first bits starts, made at the first look (a pass over the table).
#[derive(Debug)]
pub(crate) struct Lines(&'static [u8], OnceLock<Box<[u32]>>);

impl Lines {
    /// The first bits of a hash that the index parts the table by.
    const INDEX_BITS: u32 = 12;

    pub(crate) const fn new(table: &'static [u8]) -> Lines {
        Lines(table, OnceLock::new())
    }

    fn len(&self) -> usize {
        self.0.len() / 8
    }

    fn at(&self, i: usize) -> u64 {
        let mut word = [0u8; 8];
        word.copy_from_slice(&self.0[i * 8..i * 8 + 8]);
        u64::from_le_bytes(word)
    }

    /// For each value of a hash's first [`Self::INDEX_BITS`] bits, where the
    /// hashes with it start in the table, and the table's length last.
    fn index(&self) -> &[u32] {
        self.1.get_or_init(|| {
            let buckets = 1usize << Self::INDEX_BITS;
            let mut starts = Vec::with_capacity(buckets + 1);
            let mut i = 0;
            for bucket in 0..buckets as u64 {
                while i < self.len() && self.at(i) >> (64 - Self::INDEX_BITS) < bucket {
                    i += 1;
                }
                starts.push(i as u32);
            }
            starts.push(self.len() as u32);
            starts.into()
        })
    }

    /// Whether a line is `key` (or hashes as it does).
    pub(crate) fn contains(&self, key: &[u8]) -> bool {
        self.holds(line_hash(key))
    }

    /// How many hashes [`Self::holds`] steps over from its first guess
    /// before it halves what is left instead.
    const STEPS: usize = 8;

    /// Whether `hash` is in the table. The hashes are spread evenly, so
    /// within its bucket a hash stands about where its remaining bits put
    /// it: the first look is there, and the hash is most often found, or
    /// passed, within a cache line of it. (A binary search over a bucket of
    /// the largest list, some 50 hashes, touches six lines, and the table
    /// is too large to stay in cache.)
    fn holds(&self, hash: u64) -> bool {
        let index = self.index();
        let bucket = (hash >> (64 - Self::INDEX_BITS)) as usize;
        let (mut lo, mut hi) = (index[bucket] as usize, index[bucket + 1] as usize);
        if lo == hi {
            return false;
        }
        // The bits below the bucket's, as a fraction of the bucket.
        let rest = u128::from(hash << Self::INDEX_BITS);
        let guess = lo + ((rest * (hi - lo) as u128) >> 64) as usize;
        let at = self.at(guess);
        if at == hash {
            return true;
        }
        // Step towards the hash, then halve what is left.
        if at < hash {
            let upto = hi.min(guess + 1 + Self::STEPS);
            for i in guess + 1..upto {
                if self.at(i) >= hash {
                    return self.at(i) == hash;
                }
            }
            lo = upto;
        } else {
            let from = lo.max(guess.saturating_sub(Self::STEPS));
            for i in (from..guess).rev() {
                if self.at(i) <= hash {
                    return self.at(i) == hash;
                }
            }
            hi = from;
        }
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.at(mid).cmp(&hash) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
            }
        }
        false
    }
}

/// Whether `word` (any case) is a common English word.
pub(super) fn common_word(word: &str) -> bool {
    listed(&COMMON_WORDS, word)
}

/// Whether `name` (any case) is in the wide list of places.
pub(super) fn wide_place(name: &str) -> bool {
    listed(&WIDE_PLACES, name)
}

/// Whether `name` (any case) is a known family name.
pub(super) fn family_name(name: &str) -> bool {
    listed(&FAMILY_NAMES, name)
}

/// Whether `name` (any case) is a large listed company's (`Netflix`,
/// `Unilever`, `Deutsche Bank`).
pub(super) fn listed_firm(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or_default();
    may_begin_firm(first) && listed(&FIRMS, name)
}

/// Whether `word` (any case, punctuation after it cut) begins a name of
/// [`listed_firm`]: a word that begins none is looked up no further.
pub(super) fn may_begin_firm(word: &str) -> bool {
    /// The first words of the names, and a bit set of their first three
    /// bytes (in ASCII lower case, five bits each), which turns most words
    /// away before any hash.
    struct First {
        words: HashSet64,
        prefixes: Vec<u64>,
    }
    fn prefix(word: &[u8]) -> usize {
        let b = |i: usize| {
            word.get(i)
                .map_or(0, |b| (b.to_ascii_lowercase() & 0x1f) as usize)
        };
        (b(0) << 10) | (b(1) << 5) | b(2)
    }
    static FIRST: OnceLock<First> = OnceLock::new();
    let first = FIRST.get_or_init(|| {
        let mut first = First {
            words: HashSet64::default(),
            prefixes: vec![0; (1 << 15) / 64],
        };
        let names = include_str!("../../../assets/organisations.txt").lines();
        for word in names.filter_map(|name| name.split_byte(b' ').next()) {
            let p = prefix(word.as_bytes());
            first.prefixes[p / 64] |= 1 << (p % 64);
            first.words.insert(fold_hash(word));
        }
        first
    });
    let p = prefix(word.as_bytes());
    first.prefixes[p / 64] & (1 << (p % 64)) != 0
        && first.words.contains(&fold_hash(
            word.trim_end_matches(|c: char| !c.is_alphanumeric()),
        ))
}

/// How many names the lists this module reads hold, and the entries of
/// their indexes (the given names built into their table anew, and each
/// index made anew): what there is to load.
pub(super) fn lists_fresh() -> usize {
    // Each list's index as its first look makes it.
    [&WIDE_PLACES, &FAMILY_NAMES, &COMMON_WORDS, &FIRMS]
        .iter()
        .map(|list| Lines::new(list.0).index().len())
        .sum::<usize>()
        + given_names_fresh().len()
}

/// Whether `name`, in lower case with single spaces, is a line of `list`.
fn listed(list: &Lines, name: &str) -> bool {
    // The key in lower case with single spaces: on the stack for a short
    // ASCII name, the common case.
    let mut buf = [0u8; 64];
    if name.is_ascii() && name.len() <= buf.len() {
        let mut len = 0;
        for word in name.split_ascii_whitespace() {
            if len > 0 {
                buf[len] = b' ';
                len += 1;
            }
            for b in word.bytes() {
                buf[len] = b.to_ascii_lowercase();
                len += 1;
            }
        }
        return len > 0 && list.contains(&buf[..len]);
    }
    let mut key = String::with_capacity(name.len());
    for (i, word) in name.split_whitespace().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    !key.is_empty() && list.contains(key.as_bytes())
}

/// Whether `word` is a known given name.
pub(super) fn given_name(word: &str) -> bool {
    given_name_entry(word).is_some()
}

/// Whether a family name written first is known (`Kim`, `Moon`, `Xi`).
pub(super) fn family_name_first(word: &str) -> bool {
    Gazetteer::get().family.contains(&tokens::hash_str(word))
}

/// Whether a name of more than one word starting with `first` is a person's
/// by its words: a known given name (`Edwina Currie`), an initial (`D.
/// Bicknell`) or a family name written first (`Kim Jong Un`). A given name
/// that is also a common word (`Pink`, `Joy`) counts only when some later
/// word is not one or the last is a family name (`Bill Clinton`, `Bill
/// Gates`, not `Pink Flag` or `Joy Division`).
pub(super) fn named_in_full(surface: &str, first: &str) -> bool {
    let lead = first.split_byte(b'-').next().unwrap_or(first);
    if initial(lead) || family_name_first(lead) {
        return true;
    }
    let rest = || surface.split_whitespace().skip(1);
    given_name(lead)
        && (!common_word(lead)
            || rest().any(|w| !common_word(w))
            || rest().last().is_some_and(family_name))
}

/// Whether a name of more than one word that begins with a given name is a
/// place's (`Nova Scotia`, `Monte Albán`, `Santa María del Tule`,
/// `Margherita Peak`): a wide or listed place, or one a geographic word
/// begins or ends, whose last word is no family name (`Pedro Martinez` is
/// also a town) but for a natural feature's and whose first is no
/// family name written first (`Kim Jong Un`).
fn named_for_a_given_name(surface: &str, first: &str) -> bool {
    // Words for a natural feature that are family names too, but seldom
    // after a given name (`Margherita Peak`; not `Ricki Lake`).
    const FEATURES: &[&str] = &["glacier", "island", "mountain", "peak", "peninsula"];
    let feature = |w: &str| FEATURES.iter().any(|f| f.eq_ignore_ascii_case(w));
    // A word that begins places' names and a particle after it (`Rua de São
    // Miguel`, `Isla de Margarita`), whatever the last word is.
    let lead = surface.split_byte(b' ').next().unwrap_or_default();
    if geographic_first(lead)
        && super::join::PLACE_PARTICLES
            .iter()
            .any(|p| surface[lead.len()..].starts_with(p))
    {
        return true;
    }
    !family_name_first(first.split_byte(b'-').next().unwrap_or(first))
        && !name_parts(surface)
            .last()
            .is_some_and(|w| family_name(w) && !feature(w))
        && (geographic(surface) || wide_place(surface) || listed_place(surface))
}

/// Whether the span is a person's name of more than one word that is one
/// by its words ([`named_in_full`]): `Vladimir Zhirinovsky`, not `Emma`.
pub(super) fn person_named_in_full(text: &str, s: &Span) -> bool {
    let surface = &text[s.range()];
    s.kind == Kind::Person
        && surface
            .split_once_byte(b' ')
            .is_some_and(|(first, _)| named_in_full(surface, first))
}

/// Whether `word` is a given name that is not also a common word, or one
/// the census lists as mostly women's or men's (`Joy`, `Mike`; not `River`).
pub(super) fn attested_given_name(word: &str) -> bool {
    given_name_entry(word).is_some_and(|sex| sex.is_some() || !common_word(word))
}

/// Whether `word` is a given name the census lists as mostly women's or
/// men's (`Saul`; not `Ireland`, a given name of either).
pub(super) fn gendered_given_name(word: &str) -> bool {
    given_name_entry(word).is_some_and(|sex| sex.is_some())
}

/// Whether `word` is an initial: one letter and a dot (`D.`).
pub(super) fn initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.as_str() == "."
}

/// Words that, right after a name (a comma between allowed), show it names
/// a person: `who` or a pronoun; so does one of the [`SPEECH_VERBS`] (a place
/// the tagger took for a person does not speak).
const PERSON_AFTER: &[&str] = &["who", "he", "she", "himself", "herself"];

/// Whether the words around the span at `range` show it names a person: a
/// title or a sex-marking title before it, a pronoun, `who` or a verb of
/// speech after it, or a birth or a death (`was born`, `died`).
fn person_context(text: &str, range: &Range<usize>) -> bool {
    if super::define::defined_person(text, range) {
        return true;
    }
    if titled(text, range.start) {
        return true;
    }
    if super::nouns::born_or_died(&text[range.end..]) {
        return true;
    }
    // `Madriñán et al., 2013`: an author's.
    if text[range.end..].starts_with(" et al") {
        return true;
    }
    // `Ellen (née Caffery)`: a maiden name.
    if word_before(text, range.start)
        .is_some_and(|w| matches!(&text[w], "née" | "Née" | "nee" | "(née" | "(nee"))
    {
        return true;
    }
    // `the Vanderveld family`: a family is a person's.
    if family_after(text, range.end)
        && word_before(text, range.start).is_some_and(|w| matches!(&text[w], "the" | "The"))
    {
        return true;
    }
    // `the son of Omri`, `the widow of Robbins`; `Thank you, Chidi.`;
    // `Tunde (Ibadan):`.
    if super::kin::kin_of_before(text, range.start)
        || (super::greetings::greeted(text, range.start)
            && super::greetings::addressed(text, range.end))
        || super::signatures::signed(text, range)
        || super::signatures::signs_off(text, range)
    {
        return true;
    }
    let mut at = range.end;
    if text[at..].starts_with(',') {
        at += 1;
    }
    word_after(text, at).is_some_and(|w| {
        let word = text[w].trim_end_matches(|c: char| !c.is_alphabetic());
        PERSON_AFTER.iter().any(|p| p.eq_ignore_ascii_case(word))
            || SPEECH_VERBS
                .iter()
                .any(|v| v.trim_start().eq_ignore_ascii_case(word))
    })
}

/// Whether `its` comes within the three words after `end`, in small
/// letters in the same clause, with no article, preposition or relative
/// word before it: the name before `end` is the subject of a verb whose
/// object is its own (`Fiat said its`, `Pirelli will enlarge its works`,
/// `Acme and its rivals`), a body's, not a person's (`Smith bought the
/// firm and its assets` is not one).
fn owns_its(text: &str, end: usize) -> bool {
    let mut at = end;
    for _ in 0..3 {
        let Some(w) = word_after(text, at) else {
            return false;
        };
        let word = &text[w.clone()];
        // (`Stepanovka takes its name from`: a place's.)
        if word == "its" {
            return word_after(text, w.end).is_none_or(|n| !text[n].starts_with("name"));
        }
        if !word.bytes().all(|b| b.is_ascii_lowercase())
            || matches!(
                word,
                "a" | "an"
                    | "the"
                    | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "with"
                    | "from"
                    | "by"
                    | "as"
                    | "into"
                    | "over"
                    | "under"
                    | "that"
                    | "which"
                    | "who"
                    | "his"
                    | "her"
                    | "their"
            )
        {
            return false;
        }
        at = w.end;
    }
    false
}

/// Nouns of a person's that do not head a definition (see
/// [`super::define::PERSON`]) but do say who a name is: `his friend Bené`,
/// `Nagasawa, an ambitious student`.
const MORE_PERSONS: &str = "ally apprentice assistant aunt beggar boyfriend bride colleague \
     companion cousin detective disciple enemy fiancé fiancée friend girlfriend grandfather \
     grandmother hero heroine killer lover mentor mistress murderer narrator protagonist pupil \
     rival servant slave stepdaughter stepfather stepmother stepson student suitor tutor uncle \
     victim villain";

/// A ruler's title and `of` right after a name, in lower case (`Amasis
/// king of Egypt`, `Labynetus king of Babylon`).
const RULERS_BETWEEN: &[&str] = &[
    "emperor of ",
    "king of ",
    "pharaoh of ",
    "prince of ",
    "princess of ",
    "queen of ",
    "ruler of ",
    "satrap of ",
    "tyrant of ",
];

/// Words for a person in talk that no list of persons' nouns holds, which
/// introduce a name after `called` or `named` (`some guy called Blinky`);
/// the words for people one knows that introduce a name after `my` are
/// `informal::ACQUAINTANCES`.
const INFORMAL_PERSONS: &str = "bloke chap dude fella fellow gal guy kid lad lass someone somebody";

/// Verbs that a person does and that are done to a person, evidence of a
/// person before a name and after one (`Hamlet kills Polonius`, `he
/// married Kemi`, `Seokjin hugged them`): one list for [`PERSONS_VERBS`]
/// and [`PERSON_VERBS`].
const DONE_BY_AND_TO_PERSONS: &[&str] = &[
    "hugged", "hugs", "killed", "kills", "kissed", "kisses", "loved", "loves", "married", "marries",
];

/// Verbs whose object is a person, besides [`DONE_BY_AND_TO_PERSONS`]:
/// `Ophelia betrays Hamlet`.
fn done_to_person(word: &str) -> bool {
    PERSONS_VERBS.contains(&word) || DONE_BY_AND_TO_PERSONS.contains(&word)
}

/// Verbs whose object is a person only (see [`done_to_person`]).
const PERSONS_VERBS: &[&str] = &[
    "befriended",
    "befriends",
    "betrayed",
    "betrays",
    "divorced",
    "divorces",
    "murdered",
    "murders",
    "poisoned",
    "poisons",
    "seduced",
    "seduces",
    "stabbed",
    "stabs",
];

/// How many people a text must name by a listed family name alone, and at
/// least half as many as it names in full, for the tagger's word to stand
/// for a name of one word the lists do not know ([`people_on_evidence`]):
/// headlines, briefs and live reports name people so. Given names alone do
/// not count: chats and posts name friends so, among brands and handles the
/// tagger may take for people.
const BARE: usize = 3;

/// Whether a person's noun that `noun` takes comes right before `at` (`the
/// guitarist `, `Babur's son `), or before it and a comma after a
/// possessive, maybe with a word between (`his wife, `, `his patient
/// girlfriend, `).
pub(super) fn persons_noun_before(text: &str, at: usize, noun: impl Fn(&str) -> bool) -> bool {
    let possessive =
        |w: &str| matches!(w, "his" | "her" | "their" | "my" | "our" | "your" | "whose");
    let Some(w) = word_before(text, at) else {
        return false;
    };
    let word = &text[w.clone()];
    noun(word)
        || word.strip_suffix(',').is_some_and(&noun)
            && word_before(text, w.start).is_some_and(|p| {
                possessive(&text[p.clone()])
                    || word_before(text, p.start).is_some_and(|q| possessive(&text[q]))
            })
}

/// Whether a person's noun describes the name at `range` in so many words:
/// right before it (`the guitarist Wata`, `Babur's son Humayun`, `his
/// friend Bené`), before it and a comma after a possessive (`his wife,
/// Njeeri`, `his patient girlfriend, Hatsumi`), or after it and a comma as
/// an apposition (`Parameswara, the founder of Malacca`, `Krishnan-Rao, the
/// chief financial officer,`); or a birth, a reign or a verb of what is done
/// to a person says so (`born Thongduang`, `the reign of Vajiravudh`, `kills
/// Polonius`).
fn described_as_person(text: &str, range: &Range<usize>) -> bool {
    static MORE: OnceLock<HashSet64> = OnceLock::new();
    let noun = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && (super::nouns::persons_noun(w) || among(&MORE, MORE_PERSONS, w))
    };
    if persons_noun_before(text, range.start, noun) {
        return true;
    }
    if let Some(w) = word_before(text, range.start) {
        let word = &text[w.clone()];
        // `born Thongduang`, `the reign of Vajiravudh`, `kills Polonius`.
        if word == "born"
            || done_to_person(word)
            || (word == "of" && word_before(text, w.start).is_some_and(|r| &text[r] == "reign"))
        {
            return true;
        }
        // `some guy called Blinky`, `a woman named Bess`.
        static INFORMAL: OnceLock<HashSet64> = OnceLock::new();
        if matches!(word, "called" | "named")
            && persons_noun_before(text, w.start, |n| {
                noun(n) || among(&INFORMAL, INFORMAL_PERSONS, n)
            })
        {
            return true;
        }
    }
    // `Ahab the son of Omri`, `Jonathan son of Saul`: kin set beside a name
    // with no comma, as old narratives name people.
    let after = &text[range.end..];
    let kin_of = |rest: &str| super::kin::KIN_BETWEEN.iter().any(|k| rest.starts_with(k));
    if after
        .strip_prefix(" the ")
        .or_else(|| after.strip_prefix(' '))
        .is_some_and(kin_of)
    {
        return true;
    }
    // `Amasis king of Egypt`: a ruler's title set beside a name with no
    // comma, as old narratives do.
    if after
        .strip_prefix(' ')
        .is_some_and(|rest| RULERS_BETWEEN.iter().any(|r| rest.starts_with(r)))
    {
        return true;
    }
    let Some(rest) = after
        .strip_prefix(", the ")
        .or_else(|| after.strip_prefix(", a "))
        .or_else(|| after.strip_prefix(", an "))
    else {
        return false;
    };
    // The apposition's head: one of its first four words, before any
    // punctuation.
    rest.split_byte(b' ')
        .take(4)
        .scan(true, |open, w| {
            let was_open = *open;
            *open = !w.ends_with([',', '.', ';', ':', ')']);
            was_open.then_some(w)
        })
        .any(|w| noun(w.trim_end_matches([',', '.', ';', ':', ')'])))
}

/// Whether a sports report names the player at `range` by what he did: the
/// minute of a goal after it (`Zeyer 52nd`, `Aunger (41st min`, `(Korneev
/// 15, Hansma 24)`), a tennis player's sets (`Agassi 6-4 6-3`), a
/// cricketer's catch or wicket before it (`c Vaas b Chandana`) or `not out`
/// after it.
fn scorer(text: &str, range: &Range<usize>) -> bool {
    // The rest of `s` after a number of one to three figures at its start.
    fn past_number(s: &str) -> Option<&str> {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits).then(|| &s[digits..])
    }
    let after = &text[range.end..];
    let minute = after
        .strip_prefix(" (")
        .or_else(|| after.strip_prefix(' '))
        .and_then(past_number)
        .is_some_and(|suffix| {
            ["st", "nd", "rd", "th"].iter().any(|o| {
                suffix
                    .strip_prefix(o)
                    .is_some_and(|end| !end.starts_with(|c: char| c.is_alphanumeric()))
            })
        });
    // Scorers in brackets after a side's score: `(Korneev 15, Hansma 24)`.
    let head = &text[..range.start];
    let bracketed = head.ends_with(['(', ',']) || head.ends_with(", ");
    let plain_minute = bracketed
        && after
            .strip_prefix(' ')
            .and_then(past_number)
            .is_some_and(|rest| rest.starts_with([',', ')']));
    // A batsman's line: `Vaas c Thorpe b Croft 6`, `O'Gorman 109 not out`.
    let batted = after.strip_prefix(' ').is_some_and(|rest| {
        let after_runs = rest
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .strip_prefix(' ');
        ["c ", "b ", "st "].iter().any(|w| {
            rest.strip_prefix(w)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        }) || ["lbw ", "run out", "not out"]
            .iter()
            .any(|w| rest.starts_with(w))
            || after_runs.is_some_and(|r| r.starts_with("not out"))
    });
    minute
        || plain_minute
        || super::sets_after(after)
        || batted
        || word_before(text, range.start).is_some_and(|w| matches!(&text[w], "b" | "c"))
}

/// Words that, right after a possessive, make the name before it a
/// person's: `Babur's son`, `Dlamini-Khumalo's wife`.
const KIN_AFTER: &[&str] = &[
    "brother", "children", "daughter", "father", "husband", "mother", "parents", "sister", "son",
    "widow", "wife",
];

/// Adverbs that may stand between a name and its verb: `Zico later served`.
const ADVERBS: &[&str] = &[
    "also",
    "eventually",
    "later",
    "never",
    "often",
    "once",
    "soon",
    "subsequently",
    "then",
];

/// How many mentions of a name of one word the tagger must take for a
/// person's for its word to stand without other evidence
/// ([`people_on_evidence`]).
const OFTEN: usize = 3;

/// Verbs of a person's life and work, after a name and maybe an adverb
/// (`served` only after an adverb: a firm serves its customers), and what
/// a person does as a headline or a report puts it (`Yeltsin arrives in
/// Vancouver`, `Mubarak steps down`, `Liedholm scored`), besides [`DONE_BY_AND_TO_PERSONS`]
/// (see [`done_by_person`]).
const PERSON_VERBS: &[&str] = &[
    "apologised",
    "apologises",
    "apologized",
    "apologizes",
    "arrived",
    "arrives",
    "batted",
    "bowled",
    "congratulated",
    "cried",
    "danced",
    "died",
    "dies",
    "equalised",
    "equalized",
    "fled",
    "flees",
    "grinned",
    "hugged",
    "kissed",
    "laughed",
    "laughs",
    "meets",
    "met",
    "netted",
    "nodded",
    "phoned",
    "quits",
    "resigned",
    "resigns",
    "retired",
    "retires",
    "sang",
    "scored",
    "screamed",
    "served",
    "shouted",
    "shrugged",
    "sings",
    "smiled",
    "smiles",
    "sobbed",
    "speaks",
    "spoke",
    "starred",
    "stepped",
    "steps",
    "studied",
    "studies",
    "sworn",
    "telephoned",
    "thanked",
    "travelled",
    "travels",
    "tweeted",
    "visited",
    "visits",
    "vowed",
    "vows",
    "walked",
    "walks",
    "weds",
    "wept",
    "whispered",
    "winked",
    "writes",
    "wrote",
];

/// Whether `verb` after a name is what a person does ([`PERSON_VERBS`],
/// [`DONE_BY_AND_TO_PERSONS`]).
fn done_by_person(verb: &str) -> bool {
    PERSON_VERBS.contains(&verb) || DONE_BY_AND_TO_PERSONS.contains(&verb)
}

/// Verbs whose object, right after them, is a person more often than not,
/// though a firm may be one too (`Zelensky thanked Biden`, `Chirac appointed
/// Jospin`, `they met Nokia`): evidence only for a name the tagger took for a
/// person's and no list knows. Verbs whose object is a person only are
/// [`PERSONS_VERBS`].
const PERSON_OBJECT_VERBS: &[&str] = &[
    "appointed",
    "congratulated",
    "interviewed",
    "met",
    "phoned",
    "telephoned",
    "thanked",
];

/// Participles whose agent after `by` is a person more often than not
/// (`headed by Surono`, `founded by Kalnins`).
const BY_PERSON: &[&str] = &[
    "accompanied",
    "chaired",
    "coached",
    "directed",
    "founded",
    "headed",
    "hosted",
    "managed",
    "presented",
];

/// Verbs of speech that come before the speaker's name after a quotation
/// (`," said Yusran`).
const SAID_BEFORE: &[&str] = &["added", "explained", "recalled", "said", "says"];

/// Whether the words before the span at `range` make it the object of a
/// verb of [`PERSON_OBJECT_VERBS`] (in lower case), the agent of a
/// participle of [`BY_PERSON`], or the speaker after a quotation and a verb
/// of [`SAID_BEFORE`] (`the windows shook," said Yusran`).
fn object_of_person_verb(text: &str, range: &Range<usize>) -> bool {
    let Some(w) = word_before(text, range.start) else {
        return false;
    };
    let word = &text[w.clone()];
    if PERSON_OBJECT_VERBS.contains(&word) {
        return true;
    }
    if word == "by" {
        return word_before(text, w.start).is_some_and(|v| BY_PERSON.contains(&&text[v]));
    }
    SAID_BEFORE.contains(&word) && text[..w.start].trim_end().ends_with([',', '"', '\u{201d}'])
}

/// Whether the words around a name of one word show a person's in other
/// ways: an initial joined to it (`T.O'Gorman`), a kinsman after its
/// possessive (`Babur's son`), a word of respect after it (`Shalini
/// aunty`), or a verb of a person's after it, maybe
/// after an adverb (`Ism spoke`, `Beuve-Méry often wrote`, `Melendrix
/// narrowly resigns`).
fn person_shaped(text: &str, range: &Range<usize>) -> bool {
    let surface = &text[range.clone()];
    let b = surface.as_bytes();
    let initial = b.len() > 4
        && b[0].is_ascii_uppercase()
        && b[1] == b'.'
        && b[2].is_ascii_uppercase()
        && surface[3..].chars().filter(|c| c.is_lowercase()).count() >= 2;
    if initial {
        return true;
    }
    let after = &text[range.end..];
    if let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
        && KIN_AFTER.iter().any(|k| begins_with_word(rest, k))
    {
        return true;
    }
    // A word of respect after it (`Shalini aunty`, `tanaka sensei`).
    if after
        .strip_prefix(' ')
        .is_some_and(super::kin::honorific_first)
    {
        return true;
    }
    let Some(adverb) = word_after(text, range.end) else {
        return false;
    };
    let verb = text[adverb.clone()].trim_end_matches(|c: char| !c.is_alphabetic());
    if verb != "served" && done_by_person(verb) {
        return true;
    }
    let adverb_word = &text[adverb.clone()];
    (ADVERBS.contains(&adverb_word) || adverb_word.ends_with("ly"))
        && word_after(text, adverb.end).is_some_and(|v| {
            let verb = text[v].trim_end_matches(|c: char| !c.is_alphabetic());
            done_by_person(verb) || SPEECH_VERBS.iter().any(|s| s.trim_start() == verb)
        })
}

/// Whether the words around the span at `range` show a person in ways that
/// do not fit an organisation too: a title before it (`Mrs. May`), a
/// person's noun ([`described_as_person`]: `Bess, a nurse`), or what
/// [`person_shaped`] reads (`Porgy kills`). A verb of speech or `who` after
/// it does not count: a club or a firm also says things.
pub(super) fn shown_as_person(text: &str, range: &Range<usize>) -> bool {
    titled(text, range.start) || described_as_person(text, range) || person_shaped(text, range)
}

/// Whether a title or a sex-marking title is the word before `at` (`Mrs.
/// May`, `President Kim`).
fn titled(text: &str, at: usize) -> bool {
    word_before(text, at).is_some_and(|w| {
        let word = &text[w];
        is_title(word) || sex_of_title(word).is_some()
    })
}

/// Whether the word before the span at `range` shows it names a place.
pub(super) fn place_context(text: &str, range: &Range<usize>) -> bool {
    word_before(text, range.start).is_some_and(|w| marks_place(&text[w], false))
}

/// Whether a word of `surface` (its first or last) is a word that heads
/// place names: `Lake Superior`, `Atacama Desert`.
pub(super) fn place_head(surface: &str) -> bool {
    let words = &Gazetteer::get().words;
    let mut parts = surface.split_whitespace();
    let first = parts.next();
    let last = parts.next_back();
    first.into_iter().chain(last).any(|w| {
        words
            .get(&tokens::hash_str(w))
            .is_some_and(|bits| bits & PLACE_HEAD != 0)
    })
}

/// Words that make a name a natural feature's or a region's when they begin
/// or end it (`River Wye`, `Barents Sea`, `Brecon Beacons National Park`):
/// not words that also end the names of clubs (`City`, `County`, `Palace`).
const GEOGRAPHIC: &[&str] = &[
    "bay",
    "canal",
    "coast",
    "delta",
    "desert",
    "falls",
    "forest",
    "glacier",
    "gulf",
    "hills",
    "island",
    "islands",
    "lake",
    "mount",
    "mountain",
    "mountains",
    "ocean",
    "peninsula",
    "plateau",
    "province",
    "region",
    "river",
    "sea",
    "strait",
    "valley",
];

/// Words that make a name a place's when they end it (`Stanovoy Range`,
/// `Caprivi Strip`, `Holy Roman Empire`, `Khyber Pass`, `Chandni Chowk`,
/// `Lajpat Nagar`), not when they begin it (`Range Rover`, `Empire State`).
const GEOGRAPHIC_LAST: &[&str] = &[
    "archipelago",
    "atoll",
    "avenue",
    "bazaar",
    "basin",
    "bridge",
    "caliphate",
    "canyon",
    "castle",
    "cathedral",
    "chowk",
    "cliffs",
    "confederation",
    "crater",
    "current",
    "dales",
    "empire",
    "fjord",
    "gate",
    "gorge",
    "highlands",
    "isthmus",
    "kingdom",
    "lagoon",
    "lowlands",
    "marsh",
    "moor",
    "marg",
    "moors",
    "mosque",
    "nagar",
    "pans",
    "pass",
    "peak",
    "peaks",
    "plain",
    "plains",
    "range",
    "sound",
    "square",
    "street",
    "strip",
    "sultanate",
    "swamp",
    "territory",
    "valleys",
    "volcano",
    "wetlands",
];

/// Words for hills, crags and streams of northern Britain that end their
/// names (`Oxen Craig`, `Mither Tap`, `Gadie Burn`, `Scafell Pike`), and
/// end family names too: a place's only after a word that is no given name.
const HILLS_AND_BURNS: &[&str] = &[
    "beck", "brae", "burn", "cairn", "craig", "crag", "fell", "knowe", "law", "pike", "tap", "tor",
];

/// Words that make a name a place's when they begin it, in the languages
/// place names keep (`Salar de Atacama`, `Valle de la Luna`, `Sierra
/// Nevada`, `Cape Verde`, `Loch Ness`, `Isle Royale`, `Gmina Olesno`, `Fort
/// Nelson`, `Afon Conwy`, `Wadi Rum`, `Pulau Ubin`, `Rue de Rivoli`, `Serra
/// do Mar`, `Ilha Grande`, `Puerto Varas`, `Bukit Timah`, `Île de Ré`), and
/// the Russian adjectives that begin the names of villages and rivers
/// (`Krasny Yar`, `Novaya Zhizn`, `Bolshoy Tabat`, `Malaya Uyanga`).
const GEOGRAPHIC_FIRST: &[&str] = &[
    "afon",
    "avenida",
    "bahía",
    "baie",
    "baía",
    "bolshaya",
    "bolshoy",
    "bolshoye",
    "bukit",
    "cabo",
    "calle",
    "cape",
    "cerro",
    "cliffs",
    "cordillera",
    "danau",
    "djebel",
    "estadio",
    "estádio",
    "fort",
    "gmina",
    "golfo",
    "gunung",
    "ilha",
    "ilhas",
    "isla",
    "isle",
    "isola",
    "isole",
    "jalan",
    "jabal",
    "jebel",
    "kampong",
    "kampung",
    "krasnaya",
    "krasnoye",
    "krasny",
    "lac",
    "lago",
    "lagoa",
    "laguna",
    "llyn",
    "loch",
    "lough",
    "malaya",
    "maloye",
    "maly",
    "mont",
    "monte",
    "morro",
    "mynydd",
    "nevado",
    "nizhneye",
    "nizhny",
    "nizhnyaya",
    "novaya",
    "novoye",
    "novy",
    "peak",
    "piazza",
    "pico",
    "pik",
    "playa",
    "pointe",
    "ponta",
    "praia",
    "puerto",
    "pulau",
    "punta",
    "puy",
    "rio",
    "rua",
    "rue",
    "río",
    "salar",
    "serra",
    "sierra",
    "stadio",
    "stadion",
    "staraya",
    "staroye",
    "stary",
    "sungai",
    "tanjung",
    "valle",
    "verkhneye",
    "verkhny",
    "verkhnyaya",
    "volcán",
    "wadi",
    "île",
    "îles",
];

/// Whether `word` (any case) is one of [`GEOGRAPHIC_FIRST`].
pub(super) fn geographic_first(word: &str) -> bool {
    // The list is in lower case: an ASCII word is compared as it is, with
    // no folded copy made.
    if word.is_ascii() {
        static SET: OnceLock<HashSet64> = OnceLock::new();
        return among_ascii_case(&SET, GEOGRAPHIC_FIRST, word);
    }
    GEOGRAPHIC_FIRST.contains(&word.to_lowercase().as_str())
}

/// Whether `surface` begins or ends with one of [`GEOGRAPHIC`] (or begins
/// with one of [`GEOGRAPHIC_FIRST`], or ends with one of
/// [`GEOGRAPHIC_LAST`]), or ends with a protected area's words (`National
/// Park`, `Game Reserve`, `National Reserve`, `Wildlife Sanctuary`; not
/// `Federal Reserve`).
pub(super) fn geographic(surface: &str) -> bool {
    static WORDS: OnceLock<HashSet64> = OnceLock::new();
    static LAST: OnceLock<HashSet64> = OnceLock::new();
    // The first word, the last and the one before it (the first again when
    // there are two).
    let mut words = surface.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
        return false;
    };
    let before_last = words.next_back().unwrap_or(first);
    static HILLS: OnceLock<HashSet64> = OnceLock::new();
    let geographic_word = |w: &str| among_ascii_case(&WORDS, GEOGRAPHIC, w);
    geographic_word(first)
        || geographic_word(last)
        // Not a body's name begun by a place's word (`Sierra Club`, `Peak
        // XV Partners`).
        || (geographic_first(first) && !organisation_words().contains(&fold_hash(last)))
        || (among_ascii_case(&LAST, GEOGRAPHIC_LAST, last)
            // `Zulu Kingdom`, not the hurdler `Roger Kingdom`.
            && !(last.eq_ignore_ascii_case("kingdom") && given_name(first)))
        // `Oxen Craig`, `Gadie Burn`, not `Daniel Craig`.
        || (among_ascii_case(&HILLS, HILLS_AND_BURNS, last) && !given_name(first))
        || matches!(
            (before_last, last),
            ("National" | "Marine", "Park")
                | (
                    "Biosphere" | "Forest" | "Game" | "Marine" | "National" | "Nature" | "Wildlife",
                    "Reserve"
                )
                | ("Bird" | "Marine" | "Nature" | "Wildlife", "Sanctuary")
        )
}

/// Whether a name is a listed place or region with a first word before it
/// that `first` accepts.
fn place_after(surface: &str, first: impl Fn(&str) -> bool) -> bool {
    surface
        .split_once_byte(b' ')
        .is_some_and(|(word, rest)| first(word) && (listed_place(rest) || wide_place(rest)))
}

/// Whether a name is a compass point's part of a listed place or region
/// (`North Africa`, `Western Anatolia`, `Central Java`).
fn part_of_a_place(surface: &str) -> bool {
    place_after(surface, |first| {
        directions().contains(&fold_hash(first)) || regional(first)
    })
}

/// Whether `word` is `Northern`, `Southern`, `Eastern`, `Western` or
/// `Central`, in any case.
fn regional(word: &str) -> bool {
    ["northern", "southern", "eastern", "western", "central"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}

/// Whether a name is a listed place or region with a word of its size or
/// height before it (`Lesser Poland`, `Upper Teesdale`, `Greater
/// Manchester`).
pub(super) fn sized_part_of_a_place(surface: &str) -> bool {
    place_after(surface, |first| {
        matches!(
            first,
            "Greater" | "Inner" | "Lesser" | "Lower" | "Outer" | "Upper"
        )
    })
}

/// Whether `word` is one of [`GEOGRAPHIC`] (`Sea`, `River`, `Mount`), or
/// `Harbor`/`Harbour`, written with a capital.
fn geographic_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && (GEOGRAPHIC.iter().any(|g| g.eq_ignore_ascii_case(word))
            || matches!(word, "Harbor" | "Harbour"))
}

/// The spans (in text order, apart) with two that one space parts joined
/// into one place when one of them is a geographic word alone, or the
/// second the kind of a protected area: the tagger may cut `Barents Sea`,
/// `Copper Harbor` or `Kaziranga National Park` in two, of different kinds.
pub(super) fn geographic_names_whole(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_at_spaces(text, spans, |a, b| {
        // A city named after its place (`Toyota` `City`).
        let city = a.kind == Kind::Place && b.kind == Kind::Place && &text[b.range()] == "City";
        // A park's or a reserve's name cut from its kind (`Kaziranga`
        // `National Park`).
        let park = b.kind == Kind::Place && PROTECTED_AREAS.contains(&&text[b.range()]);
        (geographic_word(&text[a.range()]) || geographic_word(&text[b.range()]) || city || park)
            .then_some(Kind::Place)
    })
}

/// Whether `name` is a division of a country named by its capitalised
/// words and its kind (`Mendoza Province`, `Jauja Province`, `Kent County`).
fn named_division(name: &str) -> bool {
    let mut words = name.split_byte(b' ').rev();
    words
        .next()
        .is_some_and(|kind| super::untagged::DIVISIONS.contains(&kind))
        && {
            let mut before = words.peekable();
            before.peek().is_some() && before.all(|w| w.starts_with(char::is_uppercase))
        }
}

/// The kinds of a protected area, which end its name.
const PROTECTED_AREAS: &[&str] = &[
    "Biosphere Reserve",
    "Forest Reserve",
    "Game Reserve",
    "Marine Park",
    "National Forest",
    "National Park",
    "Nature Reserve",
    "Wildlife Sanctuary",
];

/// Capitalised words before a name that make it a natural feature's:
/// `River Tees`, `Mount Kinabalu`, `Lake Baikal`; also in Spanish,
/// Portuguese and French (`Cerro Pedernal`, `Lago Titicaca`, `Mont
/// Ventoux`).
const FEATURES_BEFORE: &[&str] = &[
    "Cape", "Cerro", "Ilha", "Isla", "Isle", "Lac", "Lago", "Laguna", "Lake", "Loch", "Mont",
    "Mount", "Mt.", "Pico", "River", "Río", "Volcán",
];

/// The name of a natural feature named with a word of [`FEATURES_BEFORE`]
/// without that word: `Tees` of `River Tees`; and an island's named with
/// `Isle of` or `Island of` without them: `Man` of `Isle of Man`.
pub(super) fn feature_named(form: &str) -> Option<&str> {
    let (first, rest) = form.split_once_byte(b' ')?;
    let rest = match first {
        "Isle" | "Island" => rest.strip_prefix("of ").unwrap_or(rest),
        _ if FEATURES_BEFORE.contains(&first) => rest,
        _ => return None,
    };
    (rest.starts_with(char::is_uppercase) && !rest.contains(" of ")).then_some(rest)
}

/// The spans (in text order, apart) with each taking in a word of
/// [`FEATURES_BEFORE`] right before it or a [`geographic_word`] right after
/// it (`Amazon River`, `Atlas Mountains`), in `text[part]`, that no other span holds, and made a place: the
/// tagger often leaves the word out at the start of a sentence (`The River
/// Tees is a river`). The word found alone right before a name other than a
/// person's joins it too (`Cerro` `Pedernal`).
pub(super) fn features_whole(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    // The word found as a name of its own (`Cerro` `Pedernal`).
    let mut spans = super::joined_pairs(text, spans, |a, b| {
        (b.start == a.end() + 1
            && b.kind != Kind::Person
            && FEATURES_BEFORE.contains(&&text[a.range()])
            && text[b.range()].starts_with(char::is_uppercase))
        .then_some(Kind::Place)
    });
    for i in 0..spans.len() {
        let mut range = spans[i].range();
        let free_from = if i == 0 {
            part.start
        } else {
            spans[i - 1].end()
        };
        if let Some(w) = word_before(text, range.start)
            && w.start >= free_from
            && w.end + 1 == range.start
            && FEATURES_BEFORE.contains(&&text[w.clone()])
        {
            range.start = w.start;
        }
        let free_until = spans.get(i + 1).map_or(part.end, |s| s.start);
        if let Some(w) = word_after(text, range.end) {
            let bare = trim_edges(text, w.clone());
            if bare.start == range.end + 1
                && bare.end <= free_until
                && geographic_word(&text[bare.clone()])
            {
                range.end = bare.end;
            }
        }
        if range != spans[i].range() {
            spans[i] = Span::new(text, range, Kind::Place);
        }
    }
    spans
}

/// The spans (in text order, apart) with a natural feature's or a region's
/// name of two words or more and `of` a listed place or a named division
/// of a country after it, that the tagger took as one place or body, cut
/// in two places (`the Snowy Mountains of New South Wales`, `the Ashanti
/// Region of Ghana`, `the Uco Valley of Mendoza Province`). Not a
/// feature's word alone before `of` (`the Bay of Biscay`).
pub(super) fn features_of_places(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let maybe = |s: &Span| s.kind != Kind::Person && text[s.range()].contains(" of ");
    if !spans.iter().any(maybe) {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len() + 1);
    for s in spans {
        let surface = &text[s.range()];
        let cut = maybe(&s)
            .then(|| surface.split_once(" of "))
            .flatten()
            .filter(|(feature, place)| {
                feature.has_byte(b' ')
                    && feature
                        .rsplit_byte(b' ')
                        .next()
                        .is_some_and(geographic_word)
                    && (listed_place(place) || wide_place(place) || named_division(place))
            });
        match cut {
            Some((feature, place)) => {
                let at = s.start + feature.len() + " of ".len();
                out.push(Span::new(
                    text,
                    s.start..s.start + feature.len(),
                    Kind::Place,
                ));
                out.push(Span::new(text, at..at + place.len(), Kind::Place));
            }
            None => out.push(s),
        }
    }
    out
}

/// Whether the span is a place of the wide list, or a state, region or
/// country of the gazetteer, written after a capitalised word and a comma,
/// and before the end of its clause (or, when `comma_after`, a comma): where
/// a place is (`Stokesay, Shropshire.`).
fn region_after_a_place(text: &str, s: &Span, comma_after: bool) -> bool {
    use crate::entities::geo::{GeoKind, gazetteer};
    let Some(head) = text[..s.start].strip_suffix(", ") else {
        return false;
    };
    let ends = comma_after
        || text[s.end()..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ';' | ')' | '\n' | '\r'));
    ends && head.ends_with(|c: char| c.is_alphabetic())
        && word_before(text, s.start)
            .is_some_and(|w| text[w].starts_with(|c: char| c.is_uppercase()))
        && (wide_place(&text[s.range()])
            || gazetteer()
                .lookup(&text[s.range()])
                .iter()
                .any(|e| matches!(e.kind, GeoKind::State | GeoKind::Region | GeoKind::Country)))
}

/// Parts of a river, a mountain or a coast, before `of the` and its name
/// (`the bank of the Dniester`, `the slopes of the Matterhorn`); not
/// `source` or `summit`, which come before other names too (`the source of
/// the Dnevi Avaz report`).
const FEATURE_PARTS: &[&str] = &[
    "bank",
    "banks",
    "basin",
    "confluence",
    "delta",
    "estuary",
    "foot",
    "headwaters",
    "mouth",
    "shore",
    "shores",
    "slopes",
    "tributary",
    "valley",
];

/// What a river does, after `the` and its name (`The Okavango rises in
/// Angola`).
const RIVER_VERBS: &[&str] = &["drains", "empties", "flows", "meanders", "rises"];

/// The spans, with each name of one word taken for a person's or a body's
/// made a place at every mention when one mention, after `the`, is a
/// river's: after a part of a river and `of` (`the upper valley of the
/// Iza`, `the left bank of the Iza`, `a tributary of the Chulym`), before
/// what a river does (`the Okavango rises`), after a word of crossing or
/// following (`along the Iza`), or after what a river does and `into`
/// (`flows into the Ob`). Neither a person nor a body is written with
/// `the` so (people join bodies: `joins the Ob` is left alone).
pub(super) fn rivers_taken_for_people_or_bodies(text: &str, spans: &mut [Span]) {
    let mut rivers = HashSet64::default();
    let other = |s: &Span| matches!(s.kind, Kind::Person | Kind::Organisation);
    for s in spans.iter() {
        if !other(s) || text[s.range()].has_byte(b' ') {
            continue;
        }
        let Some(the) = word_before(text, s.start).filter(|w| &text[w.clone()] == "the") else {
            continue;
        };
        let along = || {
            word_before(text, the.start).is_some_and(|w| {
                let word = &text[w.clone()];
                RIVER_COURSE.contains(&word)
                    || (word == "into"
                        && word_before(text, w.start)
                            .is_some_and(|v| RIVER_VERBS.contains(&&text[v])))
            })
        };
        if part_of_a_feature_before(text, the.start) || river_verb_after(text, s.end()) || along() {
            rivers.insert(s.name);
        }
    }
    if rivers.is_empty() {
        return;
    }
    for s in spans
        .iter_mut()
        .filter(|s| other(s) && rivers.contains(&s.name))
    {
        s.kind = Kind::Place;
    }
}

/// Words of crossing or following a river before `the` and its name
/// (`cross the Rhine`, `along the Danube`).
const RIVER_COURSE: &[&str] = &[
    "cross",
    "crosses",
    "crossed",
    "crossing",
    "along",
    "upstream",
    "downstream",
];

/// Whether a part of a natural feature and `of` come right before `at`
/// (`the valley of` the Urubamba, `the left bank of` the Iza).
fn part_of_a_feature_before(text: &str, at: usize) -> bool {
    word_before(text, at).is_some_and(|of| {
        &text[of.clone()] == "of"
            && word_before(text, of.start).is_some_and(|w| FEATURE_PARTS.contains(&&text[w]))
    })
}

/// Whether what a river does comes right after `end` (the Okavango
/// `rises`).
fn river_verb_after(text: &str, end: usize) -> bool {
    word_after(text, end).is_some_and(|w| RIVER_VERBS.contains(&&text[w]))
}

/// The spans, with each name the tagger called an organisation that is a
/// natural feature's or a region's by its words ([`geographic`]) and has
/// none of an organisation's words made a place; and each mention of a
/// listed place the tagger called an organisation that is written as a
/// place is (`at Billingham`, `in Redcar`, `Hartlepool and Redcar`). In a
/// text about sport, a town is also its club, so other mentions of it stay
/// as they are; in any other, they are the town too.
///
/// `sport` holds whether the text is about sport
/// ([`topics::sport`]), found on first use.
pub(super) fn places_among_organisations(
    text: &str,
    sport: &std::cell::OnceCell<bool>,
    spans: &mut [Span],
) {
    // Mentions of listed places the tagger called organisations that are
    // written as places are (`at Billingham`, `Hartlepool and Redcar`).
    let mut placed = Vec::new();
    // Names of organisations found east of something (`west of the Andes`)
    // or crossed (`cross the Rhine`).
    let mut sited = HashSet64::default();
    let outside_sport = || !topics::sport(text, sport);
    for (i, s) in spans.iter().enumerate() {
        if s.kind != Kind::Organisation {
            continue;
        }
        let surface = &text[s.range()];
        if is_organisation(&folded(surface)) {
            continue;
        }
        let the = word_before(text, s.start).filter(|w| &text[w.clone()] == "the");
        let at = the.as_ref().map_or(s.start, |w| w.start);
        // `cross the Rhine`, `along the Danube`; not a body's short name
        // (`across the NFL`).
        let crossed = the.is_some()
            && surface.chars().any(char::is_lowercase)
            && word_before(text, at).is_some_and(|w| {
                let w = &text[w];
                RIVER_COURSE.contains(&w) || matches!(w, "across" | "beside")
            });
        // `the valley of the Urubamba`, `The Okavango rises`.
        let feature = part_of_a_feature_before(text, at)
            || (the_before(text, s.start).is_some() && river_verb_after(text, s.end()));
        if crossed || feature || compass_of_before(text, at) {
            sited.insert(s.name);
        }
        // `Lincolnshire, England`, `Houghton County, Michigan`.
        if in_country_after(text, s.end()) {
            placed.push(i);
            continue;
        }
        // A firm's town after its name at the end of a line, as in an
        // address (`Paying agent: Michigan National Bank, Detroit`).
        let line_end = text[s.end()..].trim_start_matches([' ', '\r']);
        if i > 0
            && spans[i - 1].kind == Kind::Organisation
            && text.get(spans[i - 1].end()..s.start) == Some(", ")
            && (line_end.is_empty() || line_end.starts_with('\n'))
            && wide_place(surface)
        {
            placed.push(i);
            continue;
        }
        // A region after a place's name and a comma, at the end of a
        // clause, outside sport (`the parish of Stokesay, Shropshire.`).
        // Or before a comma, after a place's span (`formed in Abingdon,
        // Oxfordshire, in 1985`).
        let after_place = i > 0
            && spans[i - 1].kind == Kind::Place
            && spans[i - 1].end() + 2 == s.start
            && text[s.end()..].starts_with(',');
        if region_after_a_place(text, s, after_place) && outside_sport() {
            placed.push(i);
            continue;
        }
        let Some(w) = word_before(text, s.start) else {
            continue;
        };
        let word = &text[w.clone()];
        // `at` after a word in lower case: `plants at Billingham`, not a
        // fixture (`NEW YORK AT CHICAGO`, `Leeds at home`).
        let lower_before = || {
            word_before(text, w.start)
                .is_some_and(|p| text[p].starts_with(|c: char| c.is_lowercase()))
        };
        // `from`, `to` and the like only in a text about no sport ([`topics::sport`]):
        // players and managers come from clubs, and go to them.
        let marked = (marks_place(word, false) && !word.eq_ignore_ascii_case("from"))
            || (["from", "to", "over", "past", "beyond"].contains(&word)
                && !apostrophe_after(text, s.end())
                && !super::after_words(text, s.start, super::SIDE_BEFORE)
                && !super::organisation_words_after(text, s.end())
                && outside_sport())
            || ["into", "via", "between", "through", "toward", "towards"].contains(&word)
            || (word == "at" && lower_before())
            || (word == "and"
                && i > 0
                && spans[i - 1].kind == Kind::Place
                && word_before(text, w.start).is_some_and(|p| p.end == spans[i - 1].end()));
        // `at McDonald & Co.`
        let firm = text[s.end()..].trim_start().starts_with('&');
        if marked && !firm && wide_place(surface) {
            placed.push(i);
        }
    }
    // Outside sport, a town written as a place once is the town at its
    // other mentions too (`at Billingham ... reaching Billingham`), unless
    // a possessive, an organisation's word or a side's verb follows
    // (`Halifax shareholders`, `St. Pauli won`), an organisation's noun
    // comes before (`the label Paris`), or it is a short name in capitals,
    // which may be an acronym (`NICE` after `Nice`).
    let acronym = |s: &Span| {
        let surface = &text[s.range()];
        surface.len() <= 5 && !surface.contains(|c: char| c.is_lowercase())
    };
    let mut towns = HashSet64::default();
    if !placed.is_empty() && outside_sport() {
        towns.extend(placed.iter().map(|&i| spans[i].name));
    }
    for i in placed {
        spans[i].kind = Kind::Place;
    }
    for s in spans.iter_mut().filter(|s| {
        s.kind == Kind::Organisation
            && towns.contains(&s.name)
            && !acronym(s)
            && !apostrophe_after(text, s.end())
            && !super::nouns::noun_before(text, s.start)
                .is_some_and(super::nouns::organisations_noun)
            && !word_after(text, s.end()).is_some_and(|w| super::teams::sides_verb(&text[w]))
            && !super::organisation_words_after(text, s.end())
    }) {
        s.kind = Kind::Place;
    }
    for s in spans.iter_mut().filter(|s| sited.contains(&s.name)) {
        s.kind = Kind::Place;
    }
    // And a region of a place outside sport (`High Commissioner for
    // Southern Africa`; `Western Australia` plays cricket, and `North
    // Melbourne` is also a suburb's name).
    let regions: Vec<usize> = (0..spans.len())
        .filter(|&i| {
            let s = &spans[i];
            let surface = &text[s.range()];
            s.kind == Kind::Organisation
                && (geographic(surface) || (place_after(surface, regional) && outside_sport()))
                && !is_organisation(&folded(surface))
                && !super::clean::dotted_legal_form(surface)
                && !airline(surface)
        })
        .collect();
    if regions.is_empty() {
        return;
    }
    // Not a name a sentence defines as a body's (`Serra Pelada is a
    // Brazilian thrash metal band`), at any of its mentions.
    let names: HashSet64 = regions.iter().map(|&i| spans[i].name).collect();
    let defined: HashSet64 = spans
        .iter()
        .filter(|s| {
            s.kind == Kind::Organisation
                && names.contains(&s.name)
                && super::define::defined_at(text, s)
                    == Some(super::define::Defined::Is(Kind::Organisation))
        })
        .map(|s| s.name)
        .collect();
    for i in regions {
        if !defined.contains(&spans[i].name) {
            spans[i].kind = Kind::Place;
        }
    }
}

/// Whether `surface` is `Air` and a place's name, as airlines are named
/// (`Air Marshall Islands`, `Air Seychelles`; not the town `Air Hitam`).
fn airline(surface: &str) -> bool {
    surface
        .strip_prefix("Air ")
        .is_some_and(|place| listed_place(place) || wide_place(place))
}

/// The spans, with each name the tagger called a place that is joined by
/// `and` or `or` to an organisation's name (`the combination of Azul and
/// Gol`) made an organisation at every mention: a town that is also a
/// firm's name. Not when any mention is written as a place is (`in Gol`,
/// `Gol, Norway`), nor a name the gazetteer knows as more than a town (a
/// country, a capital, a state or a region: `between Israel and Hamas`).
pub(super) fn places_listed_with_organisations(text: &str, spans: &mut [Span]) {
    use crate::entities::geo::{GeoKind, gazetteer};
    let joined = |a: &Span, b: &Span| {
        a.kind == Kind::Organisation && b.kind == Kind::Place
            || a.kind == Kind::Place && b.kind == Kind::Organisation
    };
    let mut listed = HashSet64::default();
    for pair in spans.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if joined(a, b) && matches!(text.get(a.end()..b.start), Some(" and " | " or ")) {
            let place = if a.kind == Kind::Place { a } else { b };
            listed.insert(place.name);
        }
    }
    if listed.is_empty() {
        return;
    }
    // Names written as a place's at some mention, or more than a town's.
    let mut placed = HashSet64::default();
    for s in spans.iter().filter(|s| listed.contains(&s.name)) {
        let surface = &text[s.range()];
        let at = the_before(text, s.start).map_or(s.start, |w| w.start);
        if place_context(text, &(at..s.end()))
            || in_country_after(text, s.end())
            || geographic(surface)
            || surface
                .rsplit_byte(b' ')
                .next()
                .is_some_and(|w| super::untagged::FACILITIES.contains(&w))
            || gazetteer().has_kind(surface, |k| k != GeoKind::City)
        {
            placed.insert(s.name);
        }
    }
    for s in spans.iter_mut() {
        if listed.contains(&s.name) && !placed.contains(&s.name) {
            s.kind = Kind::Organisation;
        }
    }
}

/// The spans, with a listed place that follows a body's name and a comma
/// as its address made a place at that mention, whatever the tagger took
/// it for (`Christ Church, Oxford, a nephew`, `Johns Hopkins University,
/// Baltimore, is`): the body's name ends in a word of a body's that no
/// club's name does, and the place ends its clause (a comma, a full stop,
/// a bracket or the line's end follows), with no organisation listed
/// after it (`Harvard University, Yale, Princeton and Stanford`).
pub(super) fn places_after_their_bodies(text: &str, spans: &mut [Span]) {
    for i in 1..spans.len() {
        let (body, s) = (&spans[i - 1], &spans[i]);
        if s.kind != Kind::Organisation || text.get(body.end()..s.start) != Some(", ") {
            continue;
        }
        let last = text[body.range()]
            .rsplit_byte(b' ')
            .next()
            .unwrap_or_default();
        let h = fold_hash(last);
        let institution = body.kind == Kind::Organisation
            && organisation_words().contains(&h)
            && !club_words().contains(&h);
        let rest = &text[s.end()..];
        let ends = rest.is_empty() || rest.starts_with([',', '.', ';', ')', '\n']);
        let listed_on = || {
            spans.get(i + 1).is_some_and(|n| {
                n.kind == Kind::Organisation && text.get(s.end()..n.start).is_some_and(list_goes_on)
            })
        };
        let surface = &text[s.range()];
        if institution
            && ends
            && !listed_on()
            && listed_place(surface)
            && !listed_firm(surface)
            && !is_organisation(&folded(surface))
        {
            spans[i].kind = Kind::Place;
        }
    }
}

/// The spans, with each name in capitals that opens a dateline made a
/// place at that mention, whatever its other mentions are (`NEW YORK
/// 1996-08-30`, `NICE, France 1996-08-30`, `DHAKA, Jan 21 -`): at the start
/// of a line, maybe after a comma and one to three capitalised words (a
/// country or a state), then a date in figures, a month or a news agency's
/// mark in brackets (`SAN DIEGO, Calif. (AP)`); only a listed
/// place (not `UNITED NATIONS 1996-08-29`), and not on a line of a table
/// (`NEW YORK 74 59 .556`).
pub(super) fn datelines(text: &str, spans: &mut [Span]) {
    for s in spans.iter_mut().filter(|s| s.kind != Kind::Place) {
        let surface = &text[s.range()];
        let line_start = s.start == 0 || text[..s.start].ends_with('\n');
        if !line_start || surface.contains(char::is_lowercase) {
            continue;
        }
        let mut rest = &text[s.end()..];
        if let Some(after) = rest.strip_prefix(", ") {
            // The country or state: capitalised words, up to the next space
            // that is followed by something else.
            let mut at = 0;
            for _ in 0..3 {
                let word_end = after[at..].find(' ').map_or(after.len(), |i| at + i);
                let word = &after[at..word_end];
                if !word.starts_with(|c: char| c.is_uppercase()) || word_end == after.len() {
                    break;
                }
                at = word_end + 1;
                // A comma ends it (`KABWE, Zambia, Oct 28 -`).
                if word.ends_with(',') {
                    break;
                }
            }
            rest = &after[at..];
        } else if let Some(after) = rest.strip_prefix(' ') {
            rest = after;
        } else {
            continue;
        }
        let first = rest
            .split(|c: char| c.is_whitespace() || c == ',')
            .next()
            .unwrap_or_default();
        let month = super::clean::MONTHS
            .iter()
            .any(|m| m.eq_ignore_ascii_case(first.trim_end_matches('.')));
        // A date written in figures: year, month and day (`1996-08-30`).
        let date = first.len() == 10
            && first.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        // A news agency's mark in brackets (`SAN DIEGO (AP) -`).
        let agency = first
            .strip_prefix('(')
            .and_then(|f| f.strip_suffix(')'))
            .is_some_and(|a| (2..=10).contains(&a.len()) && a.chars().all(char::is_alphabetic));
        if (date || month || agency) && (listed_place(surface) || wide_place(surface)) {
            s.kind = Kind::Place;
        }
    }
}

/// Whether a comma and the name of a country, a US state or a region
/// (`Scotland`) come right after `end`, and then the end of a clause: the
/// name before is in that country (`Derbyshire, England.`; not `Volkswagen,
/// Germany's biggest carmaker`).
fn in_country_after(text: &str, end: usize) -> bool {
    use crate::entities::geo::GeoKind;
    placed_after_comma(text, end).is_some_and(|(_, kinds)| {
        kinds
            .iter()
            .any(|k| matches!(k, GeoKind::Country | GeoKind::State | GeoKind::Region))
    })
}

/// The one to three capitalised words after a comma right after `end` that
/// run to the end of a clause (punctuation or a line's end), with the kinds
/// of place the gazetteer knows them as (none when it does not).
pub(super) fn placed_after_comma(
    text: &str,
    end: usize,
) -> Option<(Range<usize>, Vec<crate::entities::geo::GeoKind>)> {
    use crate::entities::geo::gazetteer;
    let rest = text[end..].strip_prefix(", ")?;
    let start = end + 2;
    let mut len = 0;
    for word in rest.split_byte(b' ').take(3) {
        let line = word.split(['\n', '\r']).next().unwrap_or_default();
        let bare = line.trim_end_matches([',', '.', ';', ':', ')']);
        let line_ends = bare.len() < word.len();
        if !is_name_word(bare) {
            return None;
        }
        len += if len == 0 { 0 } else { 1 } + bare.len();
        let clause_ends =
            line_ends || rest[len..].is_empty() || rest[len..].starts_with(['\n', '\r']);
        if clause_ends {
            let kinds = gazetteer()
                .lookup(&rest[..len])
                .iter()
                .map(|e| e.kind)
                .collect();
            return Some((start..start + len, kinds));
        }
    }
    None
}

/// Whether `<compass> of` comes right before `at`: `six miles east of`,
/// `north-west of`.
fn compass_of_before(text: &str, at: usize) -> bool {
    word_before(text, at).is_some_and(|of| {
        &text[of.clone()] == "of"
            && word_before(text, of.start).is_some_and(|w| {
                text[w]
                    .split_byte(b'-')
                    .all(|part| directions().contains(&fold_hash(part)))
            })
    })
}

/// Whether a list goes on from one name to the next with what lies
/// between them.
pub(super) fn list_goes_on(between: &str) -> bool {
    matches!(between, ", " | " and " | ", and " | " or " | ", or ")
}

/// Words of travel before `to` and a place's name (`flights to Bali`,
/// `moved to Chester`); not ones that a ball or a word goes to (`passed to`,
/// `spoke to`).
const TRAVEL: &[&str] = &[
    "bus",
    "buses",
    "drove",
    "emigrated",
    "exports",
    "ferries",
    "ferry",
    "flew",
    "flight",
    "flights",
    "fly",
    "flying",
    "holiday",
    "holidays",
    "journey",
    "moved",
    "relocated",
    "route",
    "routes",
    "sailed",
    "shipped",
    "shipments",
    "train",
    "trains",
    "travel",
    "traveled",
    "travelled",
    "travelling",
    "trip",
    "trips",
];

/// Whether a word of [`TRAVEL`] comes before the `to` before `at`.
fn travel_before(text: &str, at: usize) -> bool {
    before_the_word_before(text, at, TRAVEL)
}

/// Whether one of `words` (any case, maybe with a comma or `!` after it)
/// comes before the word before `at` (the `to` of `a trip to`, `thanks
/// to`).
fn before_the_word_before(text: &str, at: usize, words: &[&str]) -> bool {
    word_before(text, at)
        .and_then(|to| word_before(text, to.start))
        .is_some_and(|w| {
            let word = text[w].trim_end_matches([',', '!']);
            words.iter().any(|t| t.eq_ignore_ascii_case(word))
        })
}

/// Words before `to` that make the name after it somebody to whom something
/// is given or said (`in fairness to Prost`, `thanks to Hill`, `married
/// to Nadia`), not a place led to.
const TO_SOMEBODY: &[&str] = &[
    "apologies",
    "condolences",
    "congrats",
    "congratulations",
    "credit",
    "engaged",
    "fairness",
    "farewell",
    "goodbye",
    "homage",
    "kudos",
    "married",
    "props",
    "replied",
    "respect",
    "shoutout",
    "spoke",
    "talked",
    "thanks",
    "tribute",
    "wrote",
];

/// Whether a word of [`TO_SOMEBODY`] comes before the `to` before `at`.
fn to_somebody(text: &str, at: usize) -> bool {
    before_the_word_before(text, at, TO_SOMEBODY)
}

/// Whether a name is a town or region of the wide list and not a family
/// name: after a word that marks a place it is one (`from Wokingham`), where
/// a family name stays a person (`a pass from Smith`).
/// Whether a name of more words has a word of a place's in it (`from Qing
/// China`, `from Upper Hutt`): after `from` alone, the tagger's person stands
/// that has none (`a header from Usain Bolt`).
fn place_worded(surface: &str) -> bool {
    name_parts(surface).any(|w| wide_place(w) || geographic_word(w))
}

fn town_not_family(surface: &str) -> bool {
    wide_place(surface) && !family_name(surface)
}

/// Nouns that a name of one word qualifies after `the` (`the Foljambe
/// family`, `the Ceaușescu government`): no river's or band's name then.
const QUALIFIED: &[&str] = &[
    "administration",
    "baronets",
    "brothers",
    "clan",
    "dynasty",
    "family",
    "government",
    "household",
    "regime",
    "sisters",
    "twins",
];

/// Whether a title, or a title of an office and what it is of, comes right
/// before `at` (`President`, `Secretary of State`, `Minister of Defence`).
pub(super) fn office_before(text: &str, at: usize) -> bool {
    let Some(w) = word_before(text, at) else {
        return false;
    };
    is_title(&text[w.clone()])
        || (text[w.clone()].starts_with(char::is_uppercase)
            && word_before(text, w.start).is_some_and(|of| {
                &text[of.clone()] == "of"
                    && word_before(text, of.start).is_some_and(|t| is_title(&text[t]))
            }))
}

/// The spans, with each name the tagger called a place that is a person's
/// by its words made a person's: a known given name, then a family name or
/// an office before it (`Kobe Bryant`, `Hamilton Hume`, `Secretary of State
/// Antony Blinken`). Not a listed or wide place, a name
/// shaped as a place's (`Fort Nelson`, `Pedro Martinez` is also a town), nor
/// one after a word that marks a place (`in Mount Pleasant`).
pub(super) fn people_taken_for_places(text: &str, spans: &mut [Span]) {
    for s in spans.iter_mut().filter(|s| s.kind == Kind::Place) {
        let surface = &text[s.range()];
        let Some((first, rest)) = surface.split_once_byte(b' ') else {
            continue;
        };
        if rest.has_byte(b' ')
            || !attested_given_name(first)
            || !(family_name(rest) || office_before(text, s.start))
            || common_word(rest)
            || listed_place(surface)
            || wide_place(surface)
            || geographic(surface)
            || part_of_a_place(surface)
            || place_alias_by_key(s.place).is_some()
            // `from` comes before people as often (`homers from Mariano
            // Duncan`).
            || word_before(text, s.start).is_some_and(|w| {
                let w = &text[w];
                marks_place(w, true) && !matches!(w, "from" | "From")
            })
        {
            continue;
        }
        s.kind = Kind::Person;
    }
}

/// The spans, with each name of two or three words the tagger called an
/// organisation's made a person's where it is shaped as a person's name
/// and the words around it say so: a known given name first and no word of
/// a body's (`Gustave Eiffel`; not `Philip Morris Inc`, `Ross County`), no
/// listed place or firm, no place or people's name first (`London
/// Broncos`, `Christian Democratic Union`), and a title before it, a
/// person's noun around it (`the coach Darrel Baldock`), or a person named
/// in full beside it in a pair (`Théodore Vienne and Maurice Perez`); or
/// its given name alone is a person's elsewhere in the text (`Serena
/// Williams beat …  Serena said`), or it shares its last word with a
/// person so named (then `Venus Williams` too). Not a verb of speech: a
/// body speaks too (`the Kenya Red Cross says`).
pub(super) fn people_taken_for_organisations(text: &str, spans: &mut [Span]) {
    // Found when first asked for.
    let alone = std::cell::OnceCell::new();
    let made = people_named_as_organisations(text, spans, &alone, &HashSet64::default());
    if made.is_empty() {
        return;
    }
    // Then the family of those made people's.
    people_named_as_organisations(text, spans, &alone, &made);
}

/// The names of one word that are people's in `spans`, but for the last
/// words of people's longer names: given names alone (`Serena`), not
/// surnames (`Brennan` of `Michael Brennan`, who is no `Brennan Vale`).
fn given_names_alone(text: &str, spans: &[Span]) -> HashSet64 {
    let mut alone = HashSet64::default();
    let mut surnames = HashSet64::default();
    for s in spans.iter().filter(|s| s.kind == Kind::Person) {
        match text[s.range()].rsplit_once_byte(b' ') {
            Some((_, last)) => surnames.insert(fold_hash(last)),
            None => alone.insert(fold_hash(&text[s.range()])),
        };
    }
    alone.retain(|w| !surnames.contains(w));
    alone
}

/// [`people_taken_for_organisations`] with the [`given_names_alone`]
/// (`alone`, found when first needed, of the spans as they are then) and
/// the last words of the names made people's so far (`families`); the last
/// words of the names it makes people's.
fn people_named_as_organisations(
    text: &str,
    spans: &mut [Span],
    alone: &std::cell::OnceCell<HashSet64>,
    families: &HashSet64,
) -> HashSet64 {
    let mut made = HashSet64::default();
    for i in 0..spans.len() {
        let s = &spans[i];
        if s.kind != Kind::Organisation {
            continue;
        }
        let surface = &text[s.range()];
        let words: Vec<&str> = surface.split_byte(b' ').collect();
        if !(2..=3).contains(&words.len())
            || !words
                .iter()
                .all(|w| title_case(w.trim_end_matches('.')) || initial(w))
            || words[0].chars().count() < 3
            || !attested_given_name(words[0])
            || common_word(words[0])
            || !named_in_full(surface, words[0])
        {
            continue;
        }
        let range = s.range();
        // A person named in full right before or after, with `and` between.
        let partner = |j: usize| {
            spans.get(j).is_some_and(|p: &Span| {
                let (a, b) = if j < i {
                    (p.end(), range.start)
                } else {
                    (range.end, p.start)
                };
                p.kind == Kind::Person
                    && text.get(a..b) == Some(" and ")
                    && text[p.range()]
                        .split_once_byte(b' ')
                        .is_some_and(|(first, _)| named_in_full(&text[p.range()], first))
            })
        };
        let last = fold_hash(words[words.len() - 1]);
        // A given name and a listed family name, and nothing more, for what
        // other names show.
        let given_and_family =
            || words.len() == 2 && family_name(words[1]) && !common_word(words[1]);
        let evidence = || {
            (given_and_family()
                && (families.contains(&last)
                    || alone
                        .get_or_init(|| given_names_alone(text, spans))
                        .contains(&fold_hash(words[0]))))
                || shown_as_person(text, &range)
                || partner(i + 1)
                || (i > 0 && partner(i - 1))
        };
        // Looked up last: most organisations have no given name first.
        if evidence()
            && !is_organisation(&folded(surface))
            && !words.iter().any(|w| super::firms::firm_ending(w))
            && !listed_place(surface)
            && !listed_place(words[0])
            && !is_demonym(&folded(words[0]))
            && !listed_firm(surface)
        {
            spans[i].kind = Kind::Person;
            made.insert(last);
        }
    }
    made
}

/// The spans, with each name the tagger called a place that is a large
/// company's made an organisation's (`he works at Accenture`). The list of
/// companies holds no place's name.
pub(super) fn firms_taken_for_places(text: &str, spans: &mut [Span]) {
    for s in spans.iter_mut().filter(|s| s.kind == Kind::Place) {
        if listed_firm(&text[s.range()]) {
            s.kind = Kind::Organisation;
        }
    }
}

/// What the evidence says a name the tagger called a person is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Person,
    Place,
    Organisation,
    Nothing,
    /// A name of one word with no evidence either way: a person's to the
    /// rules after, not listed in the end.
    Unproven,
}

/// Words that say a name is another's (`Ramasamy, known as Periyar`).
const KNOWN_AS: &[&str] = &[
    "known as ",
    "known professionally as ",
    "nicknamed ",
    "dubbed ",
    "called ",
];

/// Words that may come before [`KNOWN_AS`].
const KNOWN_AS_ADVERBS: &[&str] = &[
    "also ",
    "better ",
    "commonly ",
    "formerly ",
    "later ",
    "now ",
    "often ",
    "popularly ",
    "previously ",
    "simply ",
    "usually ",
    "widely ",
];

/// The kind of `before` when `span` is a name it is also known by:
/// `before`, maybe a bracket of dates (`(born 26 July 1993)`), a comma or
/// an opening bracket, maybe an adverb, `known as` (or `called`,
/// `nicknamed`, `dubbed`), then `span`; or `span` is `before` in its
/// language (`Munich (German: München)`).
pub(super) fn also_known_as(text: &str, before: &Span, span: &Span) -> Option<Kind> {
    let between = text.get(before.end()..span.start)?;
    if super::translations::in_its_language(between) {
        return Some(before.kind);
    }
    let between = between
        .strip_prefix(" (")
        .and_then(|b| b.split_once(')'))
        .filter(|(inside, after)| !inside.contains('(') && after.starts_with(", "))
        .map_or(between, |(_, after)| after);
    let rest = between
        .strip_prefix(", ")
        .or_else(|| between.strip_prefix(" ("))?;
    let rest = KNOWN_AS_ADVERBS
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    KNOWN_AS.contains(&rest).then_some(before.kind)
}

/// The spans, with each person name that has no evidence of being a person
/// (see the module's notes) made a place, or dropped, at every mention.
/// `once_places` are names the tagger called a place at one mention
/// ([`super::agree_on_kinds`]); `known_at`, the indices of spans that name
/// the span before them another way ([`also_known_as`]); `families`,
/// whether a listed family name's plural after `the` names a family (in a
/// text about neither sport nor music).
pub(super) fn people_on_evidence(
    text: &str,
    once_places: &HashSet64,
    known_at: &[usize],
    families: bool,
    mut spans: Vec<Span>,
) -> (Vec<Span>, HashSet64) {
    let mut unproven = HashSet64::default();
    // A name another is `known as` is of its kind (`Edson Arantes do
    // Nascimento, better known as Pelé`, `FC Lokomotive Leipzig, usually
    // called Lok Leipzig`).
    let mut also_people = HashSet64::default();
    let mut also_others: HashMap64<Kind> = HashMap64::default();
    for &i in known_at {
        match spans[i - 1].kind {
            Kind::Person => {
                also_people.insert(spans[i].name);
            }
            other => {
                also_others.insert(spans[i].name, other);
            }
        }
    }
    // At every mention of it.
    if !also_others.is_empty() {
        for s in spans.iter_mut() {
            if let Some(&kind) = also_others.get(&s.name) {
                s.kind = kind;
            }
        }
    }
    // Names with evidence, names after `in`, and the words of people named
    // in more than one word (evidence for a name of one of those words).
    let mut evidenced = HashSet64::default();
    let mut placed = HashSet64::default();
    // Those of them after a word other than `from` (`in`, `near`): a
    // person is from somewhere, and a header or a letter from somebody.
    let mut placed_not_from = HashSet64::default();
    // Names after `<compass> of` (`six miles east of Buxton`), and names
    // listed with places.
    let mut sited = HashSet64::default();
    let mut with_places = HashSet64::default();
    // Names of one word written after `the`.
    let mut after_the = HashSet64::default();
    // And those written without `the` somewhere, or with it before a noun.
    let mut without_the = HashSet64::default();
    // And those written after `the` before a noun of [`QUALIFIED`] (`the
    // Foljambe family`).
    let mut qualifying = HashSet64::default();
    // Names after `to`, `at`, `towards` and the like: a place's when
    // nothing else tells.
    let mut led_to = HashSet64::default();
    // Names travelled to (`flights to Bali`): places, though family names.
    let mut travelled_to = HashSet64::default();
    let mut words = HashSet64::default();
    // Names of one word before a verb and `its` (see [`owns_its`]).
    let mut its_owners = HashSet64::default();
    // Names already looked at for their words: each is looked at once.
    let mut seen = HashSet64::default();
    // Whether a name of one word is known to none of the lists of names.
    let mut unknown: HashMap64<bool> = HashMap64::default();
    // How many people are named in full (more than one word).
    let mut full = 0usize;
    for s in spans.iter().filter(|s| s.kind == Kind::Person) {
        if evidenced.contains(&s.name) {
            continue;
        }
        if also_people.contains(&s.name) || super::words::DEITIES.contains(&&text[s.range()]) {
            evidenced.insert(s.name);
            continue;
        }
        if seen.insert(s.name) {
            let surface = &text[s.range()];
            let mut words_of = surface.split_whitespace();
            let first = words_of.next().unwrap_or_default();
            if words_of.next().is_some() {
                full += 1;
                for part in name_parts(surface) {
                    words.insert(fold_hash(part));
                }
                // And a double-barrelled surname whole (`Lachance-Ouellet`).
                for word in surface.split_whitespace().filter(|w| w.has_byte(b'-')) {
                    words.insert(fold_hash(word));
                }
                // Not where the text places it in a country or a state
                // (`based in Murray Hill, New Jersey`).
                let placed_in_country = || {
                    word_before(text, s.start).is_some_and(|w| marks_place(&text[w], false))
                        && in_country_after(text, s.end())
                };
                if named_in_full(surface, first)
                    && !part_of_a_place(surface)
                    && !named_for_a_given_name(surface, first)
                    && !placed_in_country()
                {
                    evidenced.insert(s.name);
                    continue;
                }
            }
        }
        // A name shaped as a place's (`Fort Nelson`) is not made a
        // person's by the verb after it (`officials in Fort Nelson said`).
        // Nor is a listed place after a word that marks one (`a couple from
        // Wokingham, who were`), but for a family name (`a pass from Smith,
        // who`).
        let surface = &text[s.range()];
        let single = !surface.has_byte(b' ');
        // The word before, looked at by most of what follows.
        let before = word_before(text, s.start).map(|w| &text[w]);
        let in_place = before.is_some_and(|w| marks_place(w, false));
        let marked_place = in_place && town_not_family(surface);
        // `to Netanyahu's office` says nothing of the name's kind.
        let owned = apostrophe_after(text, s.end());
        // The evidence below that only a name of one word the lists do not
        // know needs, asked of such names alone (a text may name one
        // person by surname thousands of times).
        // A large company's name is no person's, whatever its verbs
        // (`Netflix said`).
        let firm = listed_firm(surface);
        let mut unlisted = || {
            single
                && *unknown.entry(s.name).or_insert_with(|| {
                    !family_name(surface)
                        && !attested_given_name(surface)
                        && !family_name_first(surface)
                })
        };
        // A name whose verb is followed by `its` (`Fiat said its`,
        // `Pirelli will enlarge its works`) is a body's, whatever its verb.
        // Not a name's last word (`Ferdinando II de' Medici guaranteed its
        // deposits`).
        let its = single
            && owns_its(text, s.end())
            && !attested_given_name(surface)
            && before.is_none_or(|w| {
                !w.starts_with(char::is_uppercase)
                    && !super::words::particles().contains(&fold_hash(w))
                    && !w.ends_with('\'')
            });
        if its {
            its_owners.insert(s.name);
        }
        if !marked_place
            && !firm
            && !its
            && !geographic(surface)
            && (person_context(text, &s.range())
                // A person's noun before a name of more words, though a
                // town has it too (`the physician Carlos Chagas`).
                || (!single
                    && super::nouns::noun_before(text, s.start)
                        .is_some_and(super::nouns::persons_noun))
                || (unlisted()
                    && (described_as_person(text, &s.range())
                        || scorer(text, &s.range())
                        || person_shaped(text, &s.range())
                        || object_of_person_verb(text, &s.range()))))
        {
            evidenced.insert(s.name);
        } else if !owned && in_place {
            placed.insert(s.name);
            if before.is_some_and(|w| !w.eq_ignore_ascii_case("from")) {
                placed_not_from.insert(s.name);
            }
        } else if !owned
            && before.is_some_and(|w| w != "of" && w != "for" && marks_place(w, true))
            && !(before == Some("to") && to_somebody(text, s.start))
        {
            led_to.insert(s.name);
            if before == Some("to") && travel_before(text, s.start) {
                travelled_to.insert(s.name);
            }
        }
        if before == Some("of") && compass_of_before(text, s.start)
            || in_country_after(text, s.end())
        {
            sited.insert(s.name);
        }
        // `the Danube`, `the Slits`: a person's name of one word takes no
        // article.
        if single && matches!(before, Some("the" | "The")) {
            after_the.insert(s.name);
            if word_after(text, s.end()).is_some_and(|w| {
                QUALIFIED.contains(&text[w].trim_end_matches(|c: char| !c.is_alphabetic()))
            }) {
                qualifying.insert(s.name);
            }
            // Not a name before a noun it qualifies (`the Clinton
            // administration`, `the Richter scale`).
            if !super::nouns::apposed(text, s.end()) {
                without_the.insert(s.name);
            }
        } else if single {
            without_the.insert(s.name);
        }
    }
    // Natural features' names without their words (`Kinabalu` of `Mount
    // Kinabalu`).
    let features: HashSet64 = spans
        .iter()
        .filter(|s| s.kind == Kind::Place)
        .filter_map(|s| feature_named(&text[s.range()]))
        .map(fold_hash)
        .collect();
    // Names of one word listed with a place (`Heidelberg and Heilbronn`,
    // `towns like Mohawk, Ahmeek and Phoenix`), or with an organisation
    // (`analysts at Morgan Stanley and Nomura`).
    let mut with_organisations = HashSet64::default();
    let mut among_places = HashSet64::default();
    for (i, s) in spans.iter().enumerate() {
        // Whether the span before and the one after are of `kind` and in a
        // list with this one.
        let sides = |kind: Kind| {
            let with = |other: Option<&Span>, between: Option<&str>| {
                other.is_some_and(|o| o.kind == kind) && between.is_some_and(list_goes_on)
            };
            (
                i > 0 && with(spans.get(i - 1), text.get(spans[i - 1].end()..s.start)),
                spans
                    .get(i + 1)
                    .is_some_and(|n| with(Some(n), text.get(s.end()..n.start))),
            )
        };
        if s.kind == Kind::Person && !text[s.range()].has_byte(b' ') {
            let (before, after) = sides(Kind::Place);
            if before || after {
                with_places.insert(s.name);
            }
            // Between two places of a list (`Egypt, Gaul and Britannia`).
            if before && after {
                among_places.insert(s.name);
            }
            let (before, after) = sides(Kind::Organisation);
            if before || after {
                with_organisations.insert(s.name);
            }
        }
    }
    // Decided once per name.
    let mut verdicts: HashMap64<Verdict> = HashMap64::default();
    // The people named by a listed family name that is no word of a person
    // named in full (`Chirac names Jospin`): see [`BARE`].
    let mut bare = HashSet64::default();
    for s in spans.iter_mut().filter(|s| s.kind == Kind::Person) {
        if evidenced.contains(&s.name) {
            continue;
        }
        // Whether the verdict is new: the name's first mention.
        let mut fresh = false;
        let verdict = *verdicts.entry(s.name).or_insert_with(|| {
            fresh = true;
            let surface = &text[s.range()];
            if sited.contains(&s.name)
                || (!features.is_empty() && features.contains(&fold_hash(surface)))
            {
                return Verdict::Place;
            }
            let single = !surface.contains(char::is_whitespace);
            // A large company's, though `at` or `from` comes before it (`he
            // works at Accenture`), unless it is a word of a person named
            // in full in the text.
            if listed_firm(surface) && !(single && words.contains(&fold_hash(surface))) {
                return Verdict::Organisation;
            }
            // A place by its list and by the word before a mention (`a
            // couple from Wokingham`, `born in Devon`), though a given name
            // too, unless a person named in full in the text bears it. Not
            // a family name: `a pass from Smith`.
            if placed.contains(&s.name)
                && town_not_family(surface)
                && !words.contains(&fold_hash(surface))
            {
                return Verdict::Place;
            }
            // A name between two places of a list, though a family name
            // too (`Egypt, Gaul and Britannia`), but a given name.
            if among_places.contains(&s.name)
                && !attested_given_name(surface)
                && !words.contains(&fold_hash(surface))
            {
                return Verdict::Place;
            }
            // A town travelled to, though a family name too (`flights to
            // Bali`), unless a person named in full in the text bears it.
            if single
                && travelled_to.contains(&s.name)
                && wide_place(surface)
                && !words.contains(&fold_hash(surface))
            {
                return Verdict::Place;
            }
            // A body's by the `its` after its verb, unless a person named in
            // full in the text bears the name.
            if single && its_owners.contains(&s.name) && !words.contains(&fold_hash(surface)) {
                return Verdict::Organisation;
            }
            // A common word that is also somebody's given name (`Joke`) is
            // not evidence by itself, unless the census gives it a sex.
            let person_word = single
                && (words.contains(&fold_hash(surface))
                    || attested_given_name(surface)
                    || family_name(surface)
                    || family_name_first(surface));
            // Not a given name always written after `the` (`the Nile`).
            let always_after_the = after_the.contains(&s.name) && !without_the.contains(&s.name);
            if person_word && !always_after_the {
                return Verdict::Person;
            }
            if wide_place(surface)
                || place_head(surface)
                || geographic(surface)
                || part_of_a_place(surface)
                || (placed.contains(&s.name)
                    && (single || placed_not_from.contains(&s.name) || place_worded(surface)))
                || with_places.contains(&s.name)
            {
                return Verdict::Place;
            }
            if with_organisations.contains(&s.name) {
                return Verdict::Organisation;
            }
            // After `the`, a plural is a group's name (`the Slits`), else a
            // place's (`the Danube`, `the Sahara`); the family of a person
            // named in full in the text is its people (`the Kennedys`). Not
            // a name that qualifies a noun after `the` (`the Foljambe
            // family`).
            if after_the.contains(&s.name) {
                // So is the plural of a listed family name that is no
                // ordinary word, in a text about neither sport nor music,
                // whose plurals name teams and bands (`the Wilsons from no.
                // 12`, `the Kims, a family of four`; not `the Eagles`, nor
                // `the Hendersons` in a text of sport).
                let family = surface.strip_suffix('s').is_some_and(|stem| {
                    words.contains(&fold_hash(stem))
                        || (families && stem.len() > 2 && family_name(stem) && !common_word(stem))
                });
                if family {
                    return Verdict::Person;
                }
                if !qualifying.contains(&s.name) {
                    return match surface.ends_with('s') {
                        true => Verdict::Organisation,
                        false => Verdict::Place,
                    };
                }
            }
            let ordinary = name_parts(surface).all(common_word);
            let lead = name_parts(surface).next().unwrap_or_default();
            let last = name_parts(surface).last().unwrap_or_default();
            if ordinary && !attested_given_name(lead) && !(lead != last && family_name(last)) {
                Verdict::Nothing
            } else if single && led_to.contains(&s.name) {
                Verdict::Place
            } else if single && surface.chars().any(char::is_uppercase) {
                // (Not in a script without case, where a name has no capital
                // to be told by: the tagger's word stands.)
                Verdict::Unproven
            } else {
                Verdict::Person
            }
        });
        match verdict {
            Verdict::Person => {
                let surface = &text[s.range()];
                if fresh
                    && !surface.has_byte(b' ')
                    && !words.contains(&fold_hash(surface))
                    && (family_name(surface) || family_name_first(surface))
                {
                    bare.insert(s.name);
                }
            }
            Verdict::Unproven => {
                unproven.insert(s.name);
            }
            Verdict::Place => s.kind = Kind::Place,
            Verdict::Organisation => s.kind = Kind::Organisation,
            Verdict::Nothing => s.len = 0,
        }
    }
    spans.retain(|s| s.len > 0);
    // A text that names its people by surname alone, as headlines and live
    // reports do, names so the people the lists do not know too
    // (`Yeltsin`, `Pulisic`): the tagger's word stands for them.
    if bare.len() >= BARE && 2 * bare.len() >= full {
        unproven.clear();
    }
    if !unproven.is_empty() {
        let mut mentions_of: HashMap64<Vec<usize>> = HashMap64::default();
        for (i, s) in spans.iter().enumerate() {
            if s.kind == Kind::Person && unproven.contains(&s.name) {
                mentions_of.entry(s.name).or_default().push(i);
            }
        }
        // So is a name the tagger took for a person's at [`OFTEN`] mentions
        // or more (`Wojtaszek`, `Jimin`): it seldom says so of a work or a
        // village that often.
        mentions_of.retain(|name, at| {
            let often = at.len() >= OFTEN;
            if often {
                unproven.remove(name);
            }
            !often
        });
        // A name listed with people is one (`Roger Bacon, Witelo and
        // Johannes Kepler`, `Did not bat: Vaas, Muralitharan`), through a
        // list of such names too: each mention of a name found to be a
        // person's passes it on to its neighbours in a list, and every
        // mention of that name in turn. (One pass per step along a list was
        // quadratic in a long list.)
        let listed_with = |i: usize, j: usize| {
            let (a, b) = (&spans[i.min(j)], &spans[i.max(j)]);
            a.kind == Kind::Person
                && b.kind == Kind::Person
                && text.get(a.end()..b.start).is_some_and(list_goes_on)
        };
        let mut proven: Vec<usize> = (0..spans.len())
            .filter(|&i| spans[i].kind == Kind::Person && !unproven.contains(&spans[i].name))
            .collect();
        while let Some(i) = proven.pop() {
            for j in [i.wrapping_sub(1), i + 1] {
                if j >= spans.len() || !listed_with(i, j) {
                    continue;
                }
                if unproven.remove(&spans[j].name)
                    && let Some(all) = mentions_of.remove(&spans[j].name)
                {
                    proven.extend(all);
                }
            }
        }
    }
    // A name still without evidence that the tagger called a place once is
    // a place (`destroyed Ayutthaya`, `a family of Ayutthaya`).
    if !once_places.is_empty() {
        for s in spans.iter_mut() {
            if s.kind == Kind::Person && once_places.contains(&s.name) && unproven.contains(&s.name)
            {
                s.kind = Kind::Place;
            }
        }
        unproven.retain(|name| !once_places.contains(name));
    }
    (spans, unproven)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_family_names_plural_after_the_is_a_family_but_in_sport_or_music() {
        let [people, _, organisations] = super::super::test_support::linked(
            "Also the {P|Wilsons} from no. 12 came, and the {P|Kims}, a family of four.",
        );
        assert_eq!(people, ["Wilsons", "Kims"]);
        assert!(organisations.is_empty(), "{organisations:?}");
        let [people, _, organisations] = super::super::test_support::linked(
            "The {P|Hendersons} beat the {O|Steelers} 24-10 in the league match, and the coach \
             praised the season.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(organisations, ["Hendersons", "Steelers"]);
    }

    #[test]
    fn a_town_after_a_body_and_a_comma_is_its_address() {
        let [_, places, organisations] = super::super::test_support::linked(
            "He studied at the {O|Johns Hopkins University}, {O|Baltimore}, and later at \
             {O|Trinity College}, {O|Cambridge}. {O|Arsenal FC}, {O|Liverpool} and \
             {O|Chelsea} won. {O|Harvard University}, {O|Boston} and {O|Yale University} met.",
        );
        assert_eq!(places, ["Baltimore", "Cambridge"]);
        assert_eq!(
            organisations,
            [
                "Johns Hopkins University",
                "Trinity College",
                "Arsenal FC",
                "Liverpool",
                "Chelsea",
                "Harvard University",
                "Boston",
                "Yale University"
            ]
        );
    }

    #[test]
    fn a_text_naming_people_by_surname_alone_keeps_the_taggers_word() {
        // Three listed family names alone, none named in full: the unknown
        // one is a person too.
        let [people, _, _] = super::super::test_support::linked(
            "{P|Smith} scores twice. {P|Brown} saves a penalty. {P|Taylor} is booked. \
             {P|Zorvanek} heads wide.",
        );
        assert_eq!(people, ["Smith", "Brown", "Taylor", "Zorvanek"]);
        // Two are too few.
        let [people, _, _] = super::super::test_support::linked(
            "{P|Smith} scores twice. {P|Brown} saves a penalty. {P|Zorvanek} heads wide.",
        );
        assert_eq!(people, ["Smith", "Brown"]);
        // A text that names more people in full, whose surnames come back
        // alone, does not.
        let [people, _, _] = super::super::test_support::linked(
            "{P|John Smith} scores twice. {P|Mary Brown} saves a penalty. {P|Ann Taylor} \
             is booked. {P|Smith} again. {P|Brown} again. {P|Taylor} again. {P|Zorvanek} \
             heads wide.",
        );
        assert!(!people.iter().any(|p| p == "Zorvanek"), "{people:?}");
    }

    #[test]
    fn a_name_the_tagger_calls_a_person_three_times_is_one() {
        let [people, _, _] = super::super::test_support::linked(
            "Round 7. {P|Caruana} beat {P|Zorvanek}. Results: {P|Caruana} 1-0 {P|Zorvanek}. \
             Standings: {P|Zorvanek} 1. Then {P|Quorvath} drew.",
        );
        assert!(people.iter().any(|p| p == "Zorvanek"), "{people:?}");
        // Named twice only, with nothing else to show a person.
        assert!(!people.iter().any(|p| p == "Quorvath"), "{people:?}");
        let [people, _, _] =
            super::super::test_support::linked("{P|Quorvath} drew. Later {P|Quorvath} drew again.");
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_verb_of_what_a_person_does_is_evidence_of_one() {
        let [people, places, _] = super::super::test_support::linked(
            "1993 | {P|Zorvanek} arrives in {L|Vancouver} | 2011 | {P|Ostrakis} steps down \
             | {P|Melendrix} narrowly resigns | {P|Quorvath} wins the vote",
        );
        assert_eq!(people, ["Zorvanek", "Ostrakis", "Melendrix"]);
        assert_eq!(places, ["Vancouver"]);
    }

    #[test]
    fn a_player_who_scored_is_a_person() {
        let [people, _, _] = super::super::test_support::linked(
            "The street went silent after {P|Liedholm} scored, then {P|Vavrek} equalised and \
             {P|Zorvanek} netted twice. {P|Quorvath} played.",
        );
        assert_eq!(people, ["Liedholm", "Vavrek", "Zorvanek"]);
    }

    #[test]
    fn an_author_before_et_al_is_a_person() {
        let [people, _, _] = super::super::test_support::linked(
            "Plants evolve fast ({P|Madriñán} et al., 2013), as {P|Vrbanić} et al. showed. \
             {P|Quorvath} grew.",
        );
        assert_eq!(people, ["Madriñán", "Vrbanić"]);
    }

    #[test]
    fn a_maiden_name_after_nee_is_a_persons() {
        let [people, _, _] = super::super::test_support::linked(
            "His wife {P|Ellen} (née {P|Caffery}) sang. {P|Ada}, nee {P|Vrbanek}, came. \
             {P|Quorvath} grew.",
        );
        assert_eq!(people, ["Ellen", "Caffery", "Ada", "Vrbanek"]);
    }

    #[test]
    fn a_name_that_walked_laughed_or_batted_is_a_persons() {
        let [people, _, _] = super::super::test_support::linked(
            "{P|Dhorvani} walked out to bat. {P|Kestrova} laughed, {P|Umbaro} batted on and \
             {P|Telvik} sang. {P|Quorvath} opened.",
        );
        assert_eq!(people, ["Dhorvani", "Kestrova", "Umbaro", "Telvik"]);
    }

    #[test]
    fn the_one_thanked_met_or_appointed_is_a_person() {
        let [people, places, _] = super::super::test_support::linked(
            "{P|Zorvanek} thanked {P|Ostrakis} for the aid. {P|Melendrix} phoned \
             {P|Quorvath}. They met {P|Dravenko} in {L|Vancouver}.",
        );
        assert_eq!(
            people,
            ["Zorvanek", "Ostrakis", "Melendrix", "Quorvath", "Dravenko"]
        );
        assert_eq!(places, ["Vancouver"]);
        // The agent after `headed by`, the speaker after a quotation.
        let [people, _, _] = super::super::test_support::linked(
            "The centre, headed by {P|Zorvanek}, raised the alert. \"It shook,\" said \
             {P|Ostrakis}, head of the post. It was made by {P|Quorvath}. He said \
             {P|Dravenko} would come.",
        );
        assert_eq!(people, ["Zorvanek", "Ostrakis"]);
        // Not after another verb, nor after one in capitals that opens a
        // heading.
        let [people, _, _] =
            super::super::test_support::linked("They saw {P|Dravenko}. Met {P|Quorvath} today.");
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_name_beside_a_rulers_title_is_a_persons() {
        let [people, places, _] = super::super::test_support::linked(
            "He made a league with {P|Amasis} king of {L|Egypt}, and with {P|Labynetus} \
             king of {L|Babylon}. Then {P|Zorvan} seized {L|Lydia}.",
        );
        assert_eq!(people, ["Amasis", "Labynetus"]);
        assert_eq!(places, ["Egypt", "Babylon", "Lydia"]);
    }

    #[test]
    fn a_name_called_so_after_a_persons_word_is_a_persons() {
        let [people, _, _] = super::super::test_support::linked(
            "Tonight it is some guy called {P|Blinky} from Lyon. {P|Blinky} is tilted. A \
             screenwriter named {P|Kalaignar} won.",
        );
        assert_eq!(people, ["Blinky", "Kalaignar"]);
        // A band or a town so called is no person; nor is a name called so
        // with no word for a person before it.
        let [people, _, _] = super::super::test_support::linked(
            "He joined a band called {P|Blur}. It was called {P|Quaxlo}.",
        );
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_persons_noun_before_a_full_name_outweighs_a_town_of_that_name() {
        let [people, places, _] = super::super::test_support::linked(
            "It is named after the physician {P|Carlos Chagas}, who described it. He grew up \
             in {L|Oliveira}.",
        );
        assert_eq!(people, ["Carlos Chagas"]);
        assert_eq!(places, ["Oliveira"]);
        // Without the noun, the town.
        let [people, places, _] =
            super::super::test_support::linked("It lies near {P|Carlos Chagas}, and {L|Oliveira}.");
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Carlos Chagas", "Oliveira"]);
    }

    #[test]
    fn romanized_japanese_and_chinese_names_are_known() {
        assert!(attested_given_name("Naoko") && attested_given_name("Chia-Hao"));
        assert!(family_name("Yamaguchi") && family_name("Zhou"));
        // Not a syllable that is an English word.
        assert!(!family_name("He") && !family_name("Pan"));
        let [people, places, _] = super::super::test_support::linked(
            "Torn between {P|Naoko} and her sister, he stayed in {L|Kyoto}. {P|Naoko} withdraws.",
        );
        assert_eq!(people, ["Naoko"]);
        assert_eq!(places, ["Kyoto"]);
    }

    #[test]
    fn a_large_companys_name_is_no_persons_nor_places() {
        let [people, places, organisations] = super::super::test_support::linked(
            "{P|Netflix} said on Monday it would raise prices. He works at {L|Accenture} in \
             {L|Dublin}. {P|Vincent Bolloré} spoke first. {P|Bolloré} said the deal was done.",
        );
        assert_eq!(people, ["Vincent Bolloré"]);
        assert_eq!(places, ["Dublin"]);
        assert_eq!(organisations, ["Netflix", "Accenture"]);
        assert!(listed_firm("Deutsche Bank") && listed_firm("NETFLIX"));
        assert!(!listed_firm("Ford") && !listed_firm("Amazon") && !listed_firm("Next"));
    }

    #[test]
    fn a_river_named_by_its_parts_or_its_course_is_a_place() {
        let [_, places, organisations] = super::super::test_support::linked(
            "The town lies on the east bank of the {O|Dniester}. The {O|Okavango} rises in \
             Angola. The {O|Okavango} is wide. The source of the {O|Avaz} report is unknown.",
        );
        // (`Angola`, which the tagger passed by here, is a place too.)
        assert_eq!(places, ["Dniester", "Okavango", "Angola"]);
        assert_eq!(organisations, ["Avaz"]);
    }

    #[test]
    fn a_dateline_names_a_place_whatever_else_the_name_is() {
        use super::super::test_support::{link_marked, mention_texts};
        let (text, e) = link_marked(
            "SOCCER - BARATELLI TO COACH {O|NICE}.\n{O|NICE}, France 1996-08-30\n\
             {P|Baratelli} will coach {O|Nice}.\n{O|MILAN} 1996-08-30\n{P|DHAKA}, Jan 21 - \
             Workers marched.\n{O|LEEDS} 74 59 .556\n{O|UNITED NATIONS} 1996-08-29\n\
             {O|SAN DIEGO}, Calif. (AP) - It rained.\n{O|TULSA} (AP) - Then it stopped.\n\
             {P|KABWE}, {L|Zambia}, Oct 28, 2005 - {P|Ben Kabwe} won. {P|Kabwe} spoke.\n",
        );
        let places: Vec<&str> = e
            .places
            .iter()
            .flat_map(|p| mention_texts(&text, p))
            .collect();
        assert_eq!(
            places,
            [
                "NICE",
                "MILAN",
                "DHAKA",
                "SAN DIEGO",
                "TULSA",
                "KABWE",
                "Zambia"
            ]
        );
        let organisations: Vec<&str> = e
            .organisations
            .iter()
            .flat_map(|o| mention_texts(&text, o))
            .collect();
        assert_eq!(organisations, ["NICE", "Nice", "LEEDS", "UNITED NATIONS"]);
    }

    #[test]
    fn a_town_joined_to_a_firm_by_and_is_a_firm() {
        let [_, places, organisations] = super::super::test_support::linked(
            "A merger of {O|Azul} and {L|Gol} was agreed. {L|Gol} flies to {L|Brasília}.",
        );
        assert_eq!(places, ["Brasília"]);
        assert_eq!(organisations, ["Azul", "Gol"]);
        // Written as a place once, a country, or a feature: a place.
        for src in [
            "A merger of {O|Azul} and {L|Gol} was agreed. Flights from {L|Gol} stopped.",
            "Talks between {O|Hamas} and {L|Israel} began.",
            "Farms in the {L|Midwest} and {O|Deere} gained. The {L|Midwest} was dry.",
            "The towpath of the {O|Kennet} and {L|Avon Canal} is long.",
        ] {
            let [_, places, _] = super::super::test_support::linked(src);
            assert!(!places.is_empty(), "{src}");
        }
    }

    #[test]
    fn the_wide_list_is_looked_up_in_any_case() {
        assert!(wide_place("Tavildara"));
        assert!(wide_place("LOCKERBIE"));
        assert!(wide_place("Lincolnshire"));
        assert!(wide_place("  Kecskemét "));
        assert!(!wide_place("Heineken"));
        assert!(!wide_place(""));
    }

    /// The names linked from `src` as (people, places).
    fn kinds(src: &str) -> (Vec<String>, Vec<String>) {
        let (_, e) = super::super::test_support::link_marked(src);
        let names = |v: &[Entity]| v.iter().map(|e| e.name.clone()).collect();
        (names(&e.people), names(&e.places))
    }

    #[test]
    fn a_given_name_after_an_office_taken_for_a_place_is_a_persons() {
        let (people, places) = kinds(
            "He met Secretary of State {L|Antony Blinken} in {L|Kyiv}. President {L|Milton \
             Obote} fled. The bus left {L|Mount Pleasant}. {L|Blinken Hill} is steep.",
        );
        assert_eq!(people, ["Antony Blinken", "Milton Obote"]);
        assert_eq!(places, ["Kyiv", "Mount Pleasant", "Blinken Hill"]);
    }

    #[test]
    fn a_name_of_more_words_after_from_is_a_place_by_a_word_of_a_places() {
        let (people, places) = kinds(
            "Every sprinter, from {P|Usain Bolt} down, ran. He saved a header from \
             {P|Tshepo Mabuza}. Silk came from {P|Qing China}. She came from {P|Lower \
             Hutt Valley}.",
        );
        assert_eq!(people, ["Usain Bolt", "Tshepo Mabuza"]);
        assert_eq!(places, ["Qing China", "Lower Hutt Valley"]);
    }

    #[test]
    fn an_airline_named_for_islands_is_no_place() {
        let (_, e) = super::super::test_support::link_marked(
            "It competed with the state-owned {O|Air Marshall Islands}. Ferries served the \
             {O|Cook Islands}.",
        );
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Air Marshall Islands"]);
        let names: Vec<&str> = e.places.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Cook Islands"]);
    }

    #[test]
    fn a_town_travelled_to_is_a_place_though_a_family_name() {
        // `Bali` is a given and a family name too.
        let (people, places) = kinds(
            "{O|Air New Zealand} starts direct flights to {P|Bali}. He moved to \
             {P|Chester} in May.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Bali", "Chester"]);
        // Not where a ball or a word goes, nor the name of a person named
        // in full in the text.
        let (people, places) = kinds(
            "{P|Ravi Bali} spoke. Flights to {P|Bali} said it. The pass went to {P|Chester}.",
        );
        assert_eq!(people, ["Ravi Bali", "Chester"]);
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_name_of_one_word_with_nothing_for_a_person_is_not_listed() {
        let (people, places) = kinds(
            "The largest of its products is {P|Levoxyl}, a hormone. Fans know \
             {P|Hells}. {P|Kosevo} has one runway. {P|Bertillon} was published in 1960.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert!(places.is_empty(), "{places:?}");
        // Its mentions all go, and the text's other people stay.
        let (people, _) = kinds("{P|Odyshape} sold. {P|Tom Smith} liked {P|Odyshape}.");
        assert_eq!(people, ["Tom Smith"]);
    }

    #[test]
    fn kin_set_beside_a_name_with_no_comma_is_evidence() {
        let (people, places) = kinds(
            "In those days {P|Ahab} the son of Omri reigned in {L|Samaria}. Then {P|Ahab} \
             rode on. {P|Jonathan} son of Saul wept. The gate of {L|Zarephath} was shut.",
        );
        assert_eq!(people, ["Ahab", "Omri", "Jonathan", "Saul"]);
        assert_eq!(places, ["Samaria", "Zarephath"]);
    }

    #[test]
    fn a_persons_noun_next_to_a_name_is_evidence() {
        let (people, _) = kinds(
            "It was recorded with the guitarist {P|Wata}. Babur's son {P|Humayun} took Agra. \
             He and his wife, {P|Njeeri}, were attacked. He sailed under {P|Parameswara}, \
             the founder of Malacca. {P|Krishnan-Rao}, the chief financial officer, \
             was there. {P|Dlamini-Khumalo}'s wife spoke. He met his easygoing friend \
             {P|Ben\u{e9}} and his patient girlfriend, {P|Hatsumi}. He saw {P|Nagasawa}, an \
             ambitious student. Its founder, born {P|Thongduang} in 1737, ruled before the \
             reign of {P|Vajiravudh}. He avenged his uncle {P|Claudius} and killed \
             {P|Polonius}. It came with the gypsy {L|Melqu\u{ed}ades}. She is given a job \
             by {P|Yubaba}, the witch who owns it.",
        );
        assert_eq!(
            people,
            [
                "Wata",
                "Humayun",
                "Njeeri",
                "Parameswara",
                "Krishnan-Rao",
                "Dlamini-Khumalo",
                "Ben\u{e9}",
                "Hatsumi",
                "Nagasawa",
                "Thongduang",
                "Vajiravudh",
                "Claudius",
                "Polonius",
                "Melqu\u{ed}ades",
                "Yubaba"
            ]
        );
        // A noun of a group's, or an apposition that is no person's, is not.
        let (people, _) = kinds("The band {P|Wire} toured. {P|Kloof}, the gold mine, closed.");
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_player_is_known_by_his_goals_wickets_and_sets() {
        let (people, _) = kinds(
            "Hamburg 1 ({P|Zeyer} 52nd) Cologne 3 ({P|Polster} 86th, 90th). Heerenveen 4 \
             ({P|Korneev} 15, {P|Hansma} 24). M. Bevan c {P|Vaas} b {P|Chandana} 56 \
             {P|Gorman} 109 not out. {P|Agassi} 6-4 6-3.",
        );
        assert_eq!(
            people,
            [
                "Zeyer", "Polster", "Korneev", "Hansma", "Vaas", "Chandana", "Gorman", "Agassi"
            ]
        );
        // A side's score or a year is no player's.
        let (people, _) = kinds("{P|Radnicki} 3 1 0 2 5 6 3. {P|Bertillon} 166 sold.");
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_name_listed_with_people_is_a_persons() {
        let (people, _) = kinds(
            "It influenced {P|Roger Bacon}, {P|Witelo} and {P|Johannes Kepler}. Did not \
             bat: {P|Dharmasena}, {P|Chandana}, {P|Muralitharan}, {P|Salim Malik}.",
        );
        assert_eq!(
            people,
            [
                "Roger Bacon",
                "Witelo",
                "Johannes Kepler",
                "Dharmasena",
                "Chandana",
                "Muralitharan",
                "Salim Malik"
            ]
        );
    }

    #[test]
    fn a_given_name_and_a_family_name_taken_for_a_place_are_a_persons() {
        let [people, places, _] = super::super::test_support::linked(
            "{L|Kobe Bryant} scored. The explorer {L|Hamilton Hume} rode to {L|Victoria \
             Falls} and {L|Fort Nelson}, then lived in {L|Mount Pleasant}.",
        );
        assert_eq!(people, ["Kobe Bryant", "Hamilton Hume"]);
        assert_eq!(places, ["Victoria Falls", "Fort Nelson", "Mount Pleasant"]);
        // After `from` too, but not after `in`.
        let [people, ..] =
            super::super::test_support::linked("He got homers from {L|Mariano Duncan}.");
        assert_eq!(people, ["Mariano Duncan"]);
        let [people, places, _] =
            super::super::test_support::linked("She lived in {L|Mariano Duncan}.");
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Mariano Duncan"]);
    }

    #[test]
    fn a_region_of_a_place_taken_for_a_body_is_a_place_outside_sport() {
        let [_, places, organisations] = super::super::test_support::linked(
            "He was High Commissioner for {O|Southern Africa} and toured {O|Central Java}; \
             {O|North Melbourne} grew.",
        );
        assert_eq!(places, ["Southern Africa", "Central Java"]);
        assert_eq!(organisations, ["North Melbourne"]);
    }

    #[test]
    fn a_region_after_a_place_and_a_comma_is_a_place_outside_sport() {
        let [_, places, organisations] = super::super::test_support::linked(
            "The village is in the parish of Stokesay, {O|Shropshire}. Shares of Acme, \
             {O|Nokia} and {O|Apple} rose. The band formed in {L|Abingdon}, {O|Oxfordshire}, \
             in 1985.",
        );
        assert_eq!(places, ["Shropshire", "Abingdon", "Oxfordshire"]);
        assert_eq!(organisations, ["Acme", "Nokia", "Apple"]);
        // In a text about sport a county is its club.
        let [_, places, organisations] = super::super::test_support::linked(
            "Cricket results: {O|Somerset} beat Kent, {O|Shropshire}. {O|Somerset} won the \
             match by four wickets and the series.",
        );
        assert!(places.is_empty(), "{places:?}");
        assert_eq!(organisations, ["Somerset", "Shropshire"]);
    }

    #[test]
    fn a_firms_town_after_it_at_a_lines_end_is_a_place() {
        let [_, places, organisations] = super::super::test_support::linked(
            "PAYING AGENT: {O|Michigan National Bank}, {O|Detroit}\nF.A.: {O|First of \
             Michigan Corp.}, {O|Detroit}\nShares of {O|Motorola}, {O|Nokia} and {O|Apple} rose.",
        );
        assert_eq!(places, ["Detroit"]);
        assert_eq!(
            organisations,
            [
                "Michigan National Bank",
                "First of Michigan Corp.",
                "Motorola",
                "Nokia",
                "Apple"
            ]
        );
    }

    #[test]
    fn a_name_without_evidence_the_tagger_once_called_a_place_is_one() {
        let (people, places) = kinds(
            "A family of {L|Ayutthaya}; armies destroyed {P|Ayutthaya}. {L|Zindreko} and \
             {P|Jacky Jacky} rowed out; {P|Zindreko} saved many. {P|Qorvath} came.",
        );
        assert_eq!(people, ["Zindreko", "Jacky Jacky"]);
        assert_eq!(places, ["Ayutthaya"]);
    }

    #[test]
    fn a_name_another_is_known_as_is_of_its_kind() {
        let (people, _) = kinds(
            "{P|Edson Arantes do Nascimento}, better known as {P|Pelé}, played. The reformer \
             {P|E. V. Ramasamy} (also known as {P|Periyar}) spoke. {O|FC Lokomotive Leipzig}, \
             usually called {P|Lok}, won. {P|Lok} lost. He was known as {P|Zindreko}.",
        );
        // Each is one entity with its other name (see `known_as_one`).
        assert_eq!(people, ["Edson Arantes do Nascimento", "E. V. Ramasamy"]);
        fn mentions<'t>(text: &'t str, entity: &crate::entities::Entity) -> Vec<&'t str> {
            entity.mentions.iter().map(|m| &text[m.clone()]).collect()
        }
        // Known professionally as, after a bracket of dates; and not taken
        // into an organisation its name begins.
        let (text, e) = super::super::test_support::link_marked(
            "{P|Omari Owuo Jr.} (born 26 July 1993), known professionally as {P|Stormzy}, \
             sang. {P|Stormzy} won the {O|Stormzy Scholarship} prize.",
        );
        assert_eq!(
            mentions(&text, &e.people[0]),
            ["Omari Owuo Jr.", "Stormzy", "Stormzy"]
        );
        let (text, e) = super::super::test_support::link_marked(
            "{O|FC Lokomotive Leipzig}, usually called {P|Lok}, won. {P|Lok} lost.",
        );
        assert!(e.people.is_empty(), "{:?}", e.people);
        assert_eq!(
            mentions(&text, &e.organisations[0]),
            ["FC Lokomotive Leipzig", "Lok", "Lok"]
        );
    }

    #[test]
    fn a_name_listed_with_people_passes_it_on_through_its_other_mentions() {
        // `Zindreko` is a person's by the second list, and passes it on to
        // `Qorvath` in the first; a long list passes it on to its far end.
        let long: Vec<String> = (0..60).map(|i| format!("{{P|Kaluwith{i:02}}}")).collect();
        let src = format!(
            "Did not bat: {{P|Qorvath}}, {{P|Zindreko}}. Bowling: {{P|Zindreko}}, {{P|Salim \
             Malik}}. \
             Squad: {{P|Aravinda de Silva}}, {}.",
            long.join(", ")
        );
        let (people, _) = kinds(&src);
        assert_eq!(people.len(), 64, "{people:?}");
        assert_eq!(
            people[..4],
            ["Qorvath", "Zindreko", "Salim Malik", "Aravinda de Silva"]
        );
    }

    #[test]
    fn an_initial_a_kinsman_or_a_persons_verb_is_evidence() {
        let (people, _) = kinds(
            "Derbyshire 471 ({P|T.O'Gorman}, K. Barnett). {P|Beuve-M\u{e9}ry} often wrote \
             under a pseudonym. {P|Zico} later served as director. {P|Ism} spoke.",
        );
        assert_eq!(people, ["T.O'Gorman", "Beuve-M\u{e9}ry", "Zico", "Ism"]);
        // An initial of a body's name is not one (`U.S.`), nor is a firm
        // that serves.
        let (people, _) = kinds("{P|Lumenvault} served its customers.");
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_name_whose_verb_is_followed_by_its_is_a_bodys() {
        let [people, places, organisations] = super::super::test_support::linked(
            "{P|Pirelli} will enlarge its cable works, and {P|Techint} said its plant grew. \
             {P|Vanzetti} sold the firm and its assets. {P|Ferdinando} de' {P|Medici} \
             guaranteed its deposits. {P|Stepanovka} takes its name from a saint.",
        );
        assert_eq!(organisations, ["Pirelli", "Techint"]);
        assert_eq!(people, ["Ferdinando", "Medici"]);
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_places_name_that_begins_with_a_given_name_is_the_place() {
        let (people, places) = kinds(
            "Lunenburg lies on the south shore of {P|Nova Scotia}. Buses run to \
             {P|Monte Alb\u{e1}n}. {P|Pedro Martinez} allowed two hits. They climbed \
             {P|Margherita Peak}; {P|Ricki Lake} watched. A bar on {P|Rua de S\u{e3}o Miguel} \
             shut; {P|Miguel} left.",
        );
        assert_eq!(people, ["Pedro Martinez", "Ricki Lake", "Miguel"]);
        assert_eq!(
            places,
            [
                "Nova Scotia",
                "Monte Alb\u{e1}n",
                "Margherita Peak",
                "Rua de S\u{e3}o Miguel"
            ]
        );
    }

    #[test]
    fn a_name_placed_in_a_country_or_a_state_is_a_place_though_a_full_name() {
        let (people, places) = kinds(
            "The lab is based in {P|Murray Hill}, {L|New Jersey}. She grew up in {P|Glen \
             Ellyn}, {L|Illinois}. He met {P|Andy Murray} in {L|Miami}, {L|Florida}.",
        );
        assert_eq!(people, ["Andy Murray"]);
        assert_eq!(
            places,
            [
                "Murray Hill",
                "New Jersey",
                "Glen Ellyn",
                "Illinois",
                "Miami",
                "Florida"
            ]
        );
    }

    #[test]
    fn a_village_the_tagger_called_a_person_is_a_place() {
        let (people, places) =
            kinds("Fighting went on around {P|Tavildara}. {P|Tavildara} is in the mountains.");
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Tavildara"]);
        let (people, places) = kinds("Most of {P|Lincolnshire} is farmland.");
        assert!(people.is_empty());
        assert_eq!(places, ["Lincolnshire"]);
    }

    #[test]
    fn an_unknown_name_crossed_or_gone_through_or_a_compass_part_of_a_place_is_a_place() {
        let (people, places) = kinds(
            "He travelled through {P|Anatolia}, crossed {P|North Africa} and stayed in \
             {P|Machu Picchu}. A letter went to {P|Ebe Huizinga} and to {P|Netanyahu}'s office.",
        );
        assert_eq!(places, ["Anatolia", "North Africa", "Machu Picchu"]);
        // `Netanyahu`, a name of one word that nothing else speaks for, is
        // not listed at all.
        assert_eq!(people, ["Ebe Huizinga"]);
    }

    #[test]
    fn a_listed_town_after_a_place_word_is_a_place_though_also_a_name() {
        let (people, places) = kinds(
            "She was born in {P|Devon}. A couple from {P|Wokingham}, who were buying a \
             house, complained.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Devon", "Wokingham"]);
        // Not one a person named in full in the text bears, nor a family
        // name.
        let (people, places) =
            kinds("{P|Devon Smith} spoke. Letters came from {P|Devon} and from {P|Buxton}.");
        assert_eq!(people, ["Devon Smith", "Buxton"]);
        assert!(places.is_empty(), "{places:?}");
    }

    /// Each entity's name and how many mentions it has.
    fn named_counts(entities: &[Entity]) -> Vec<(&str, usize)> {
        entities
            .iter()
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect()
    }

    #[test]
    fn a_natural_features_word_left_out_is_taken_in_and_its_name_alone_follows() {
        let (_, e) = super::super::test_support::link_marked(
            "The River {P|Tees} rises in the hills. In its upper course the Tees passes \
             moors. Mount {P|Kinabalu} is high. Climbers love {P|Kinabalu}. The {L|Amazon} \
             River floods.",
        );
        assert!(e.people.is_empty(), "{:?}", e.people);
        let places = named_counts(&e.places);
        assert_eq!(
            places,
            [
                ("River Tees", 2),
                ("Mount Kinabalu", 2),
                ("Amazon River", 1)
            ]
        );
        // In other languages, and the word found as a name of its own.
        let (_, e) = super::super::test_support::link_marked(
            "Views east to the {O|Cerro} {L|Pedernal}, a flat peak. {P|Pedernal} is far. \
             They sailed on Lago {O|Titicaca}. The {O|Sierra} {O|Club} sued.",
        );
        assert!(e.people.is_empty(), "{:?}", e.people);
        assert_eq!(
            named_counts(&e.places),
            [("Cerro Pedernal", 2), ("Lago Titicaca", 1)]
        );
    }

    #[test]
    fn an_island_alone_is_the_island_whatever_it_was_taken_for() {
        let (_, e) = super::super::test_support::link_marked(
            "The {L|Isle of Man} lies in the Irish Sea. Christianity came to {O|Man} \
             early, and {O|Man} passed to Scotland in 1266. {O|Skye} is near the \
             {L|Island of Mull}; {O|Mull} is larger.",
        );
        let places = named_counts(&e.places);
        assert_eq!(
            places,
            [("Isle of Man", 3), ("Scotland", 1), ("Island of Mull", 2)]
        );
        let bodies: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(bodies, ["Skye"]);
        assert_eq!(feature_named("Isle of Man"), Some("Man"));
        assert_eq!(feature_named("Isle of the Dead"), None);
        assert_eq!(feature_named("Cape of Good Hope"), None);
        assert_eq!(feature_named("Island"), None);
    }

    #[test]
    fn an_unknown_word_that_is_gone_to_is_a_place_unless_a_person_is_told() {
        let (people, places) = kinds(
            "He was exiled to {P|Mbanta}. Troops besieged the fort at {P|Albazin}. \
             {P|Mbanta} was his mother's village.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Mbanta", "Albazin"]);
        // A person's verb or a family name keep a person; a weak marker that
        // is no more than `of` makes no place (and no person either).
        let (people, places) = kinds(
            "He sent it to {P|Okonkwo}. {P|Okonkwo} said no. He spoke to {P|Smith}. \
             The works of {P|Achebe} sold.",
        );
        assert_eq!(people, ["Okonkwo", "Smith"]);
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_name_east_of_something_or_listed_with_places_is_a_place() {
        // A family name too, but six miles east of it is a place.
        let (people, places) =
            kinds("It is six miles east of {P|Buxton}. Walkers head north-west of {P|Ahmeek}.");
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Buxton", "Ahmeek"]);
        let (people, places) = kinds(
            "Towns like {L|Mohawk}, {P|Xantor} and {L|Phoenix} grew. {P|Smith} and {P|Jones} sang.",
        );
        assert_eq!(people, ["Smith", "Jones"]);
        assert_eq!(places, ["Mohawk", "Xantor", "Phoenix"]);
        // A person's name evidenced elsewhere stays a person's; a name of
        // more words listed with places stays too.
        let (people, _) = kinds(
            "{P|Kowalczyk} said so. Go to {L|Paris} and {P|Kowalczyk}. {L|Atlanta}, {P|Vinny Castilla}.",
        );
        assert_eq!(people, ["Kowalczyk", "Vinny Castilla"]);
        // Between two places of a list, a family name is a place too; not a
        // given name.
        let (people, places) = kinds(
            "{L|Rome} held {L|Egypt}, {P|Gaul} and {L|Britannia}. {L|Lyon}, {P|Grace} and {L|Nice}.",
        );
        assert_eq!(people, ["Grace"]);
        assert_eq!(
            places,
            ["Rome", "Egypt", "Gaul", "Britannia", "Lyon", "Nice"]
        );
    }

    #[test]
    fn a_name_listed_with_organisations_is_one() {
        let (_, e) = super::super::test_support::link_marked(
            "Analysts at {O|Morgan Stanley} and {P|Nomura} agree. {P|Nomura} rose. \
             {O|Apple} and {P|Tim Cook} spoke. {P|Kowalczyk} said so; {O|Fiat} and \
             {P|Kowalczyk} agreed.",
        );
        let names = |v: &[Entity]| v.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&e.organisations),
            ["Morgan Stanley", "Nomura", "Apple", "Fiat"]
        );
        assert_eq!(e.organisations[1].mentions.len(), 2);
        assert_eq!(names(&e.people), ["Tim Cook", "Kowalczyk"]);
    }

    #[test]
    fn a_common_word_that_is_a_given_name_somewhere_is_not_evidence_alone() {
        let (people, _) = kinds("Killing {P|Joke} released an album. {P|Joy} said no.");
        assert_eq!(people, ["Joy"]);
    }

    #[test]
    fn a_features_name_and_of_a_listed_place_are_two_places() {
        let (_, places) = kinds(
            "It rises in the {L|Snowy Mountains of New South Wales}. Ships cross the \
             {L|Bay of Biscay} and the {L|Gulf of Mexico}. It is in the {O|Ashanti Region of \
             Ghana}.",
        );
        assert_eq!(
            places,
            [
                "Snowy Mountains",
                "New South Wales",
                "Bay of Biscay",
                "Gulf of Mexico",
                "Ashanti Region",
                "Ghana"
            ]
        );
    }

    #[test]
    fn a_name_given_or_said_to_is_no_place_led_to() {
        let [people, places, _] = super::super::test_support::linked(
            "{P|Senna} passed {P|Schumacher}, {P|Hill} and {P|Prost}. In fairness to {P|Prost}, \
             it rained. Thanks to {P|Hill} too.",
        );
        assert_eq!(people, ["Senna", "Schumacher", "Hill", "Prost"]);
        assert!(places.is_empty(), "{places:?}");
        // A place led to stays one.
        let [_, places, _] =
            super::super::test_support::linked("The road led to {P|Zoremsanga} and to {L|Aizawl}.");
        assert_eq!(places, ["Zoremsanga", "Aizawl"]);
    }

    #[test]
    fn god_taken_for_a_person_is_no_place_whatever_the_words_before() {
        let (people, places) = kinds(
            "He cried to {P|God}, and the child lived. They went to Horeb, the mountain of \
             {P|God}. The prophets of {P|Allah} spoke.",
        );
        assert_eq!(people, ["God", "Allah"]);
        assert!(places.is_empty());
    }

    #[test]
    fn a_features_name_and_of_a_named_division_are_two_places() {
        let (_, places) = kinds(
            "It is a town in the {L|Uco Valley of Mendoza Province}. The {L|Hidden \
             Valley of Zorbland} is not split, nor is the {L|Valley of Kings County}.",
        );
        assert_eq!(
            places,
            [
                "Uco Valley",
                "Mendoza Province",
                "Hidden Valley of Zorbland",
                "Valley of Kings County"
            ]
        );
    }

    #[test]
    fn words_of_features_and_realms_in_other_languages_make_places() {
        for name in [
            "Afon Conwy",
            "Llyn Tegid",
            "Wadi Rum",
            "Jebel Toubkal",
            "Pulau Ubin",
            "Gunung Rinjani",
            "Rue de Rivoli",
            "Zulu Kingdom",
            "Holy Roman Empire",
            "Serra do Mar",
            "Ilha Grande",
            "Puerto Varas",
            "Tanjung Priok",
            "Bukit Timah",
            "\u{ce}le de R\u{e9}",
            "Margherita Peak",
            "Jalan Soekarno-Hatta",
            "Est\u{e1}dio Municipal de Braga",
            "Stadion Narodowy",
            "Brandenburg Gate",
            "Tower Bridge",
            "Trafalgar Square",
            "Edinburgh Castle",
            "Oxen Craig",
            "Mither Tap",
            "Gadie Burn",
            "Scafell Pike",
        ] {
            assert!(geographic(name), "{name}");
        }
        // A league in Portuguese is a body, not a place.
        let (_, e) = super::super::test_support::link_marked(
            "The team plays in the {L|Primeira Liga} at the {O|Est\u{e1}dio Municipal de Braga}.",
        );
        assert_eq!(
            super::super::test_support::names(&e.organisations),
            ["Primeira Liga"]
        );
        assert_eq!(
            super::super::test_support::names(&e.places),
            ["Est\u{e1}dio Municipal de Braga"]
        );
        for name in [
            "Roger Kingdom",
            "Daniel Craig",
            "Jude Law",
            "Kingdom Hearts",
            "Wadi",
            "Anna Smith",
            "Square Enix",
            "Bridge Capital",
        ] {
            assert!(!geographic(name), "{name}");
        }
    }

    #[test]
    fn a_persons_name_the_tagger_took_for_a_body_is_a_person_on_evidence() {
        let [people, _, organisations] = super::super::test_support::linked(
            "He played under the coaches {O|Darrel Baldock} and {P|Ken Sheldon}. It was founded \
             by {O|Théodore Vienne} and {P|Maurice Perez}. The {O|London Broncos} and {P|John \
             Smith} won. {O|Morgan Stanley} and {P|Ann Lee} met. The {O|Kenya Red Cross} says so.",
        );
        assert_eq!(
            people,
            [
                "Darrel Baldock",
                "Ken Sheldon",
                "Théodore Vienne",
                "Maurice Perez",
                "John Smith",
                "Ann Lee"
            ]
        );
        assert_eq!(
            organisations,
            ["London Broncos", "Morgan Stanley", "Kenya Red Cross"]
        );
        // A person's noun of everyday work (`a schoolteacher`, `a plumber`).
        let [people, ..] = super::super::test_support::linked(
            "He is married to {O|Valeria Núñez}, a schoolteacher from {L|Salto}. His brother \
             met {O|Diego Rossi}, a plumber. {O|Laura Ashley}, a fashion house, grew.",
        );
        assert_eq!(people, ["Valeria Núñez", "Diego Rossi"]);
        // The given name alone is a person's elsewhere, and then the rest of
        // the family; not a surname alone (`Brennan`), nor a name that ends
        // in no family name (`Les Engagés`).
        let [people, _, organisations] = super::super::test_support::linked(
            "{O|Serena Williams} beat {O|Venus Williams} in the final. {P|Serena} said it was \
             hard. {P|Michael Brennan} opened a shop. {P|Brennan} smiled. {O|Brennan Vale} \
             grew. {P|Les} came. {O|Les Engagés} won.",
        );
        assert_eq!(
            people,
            ["Serena Williams", "Venus Williams", "Michael Brennan"]
        );
        assert_eq!(organisations, ["Brennan Vale", "Les Engagés"]);
    }

    #[test]
    fn a_hill_or_burn_the_tagger_took_for_a_person_is_a_place() {
        let [people, places, _] = super::super::test_support::linked(
            "Its highest point, {P|Oxen Craig}, rises above the {P|Gadie Burn}. {P|Daniel \
             Craig} and {P|Jude Law} climbed it.",
        );
        assert_eq!(people, ["Daniel Craig", "Jude Law"]);
        assert_eq!(places, ["Oxen Craig", "Gadie Burn"]);
    }

    #[test]
    fn a_geographic_name_cut_in_two_by_the_tagger_is_one_place() {
        let (people, places) = kinds(
            "Boats sailed into the {O|Barents} {L|Sea}. They reached {P|Copper} {L|Harbor} \
             and the {L|River} {O|Tees}. {P|Hall}, {L|Sea} and {L|River}-{P|Hall} stay apart. \
             It is based in {L|Toyota} {L|City}, not {O|Manchester} {L|City}. Rhinos drowned \
             in {O|Kaziranga} {L|National Park}.",
        );
        assert_eq!(
            places,
            [
                "Barents Sea",
                "Copper Harbor",
                "River Tees",
                "Sea",
                "River",
                "Toyota City",
                "City",
                "Kaziranga National Park"
            ]
        );
        assert_eq!(people, ["Hall"]);
    }

    #[test]
    fn a_feature_or_realm_the_tagger_called_an_organisation_is_a_place_by_its_words() {
        let src = "North of the {O|Stanovoy Range} lies the {O|Caprivi Strip}, the \
                   {O|Holy Roman Empire}, the {O|Moremi Game Reserve} and the {O|Salar de \
                   Atacama}. The {O|Federal Reserve}, {O|Range Rover} and {O|Empire State \
                   Realty} are firms. The {O|Titicaca National Reserve} and the {O|Djoudj \
                   Wildlife Sanctuary} were made in 1978.";
        let (_, e) = super::super::test_support::link_marked(src);
        let places: Vec<&str> = e.places.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            places,
            [
                "Stanovoy Range",
                "Caprivi Strip",
                "Holy Roman Empire",
                "Moremi Game Reserve",
                "Salar de Atacama",
                "Titicaca National Reserve",
                "Djoudj Wildlife Sanctuary"
            ]
        );
        let organisations: Vec<&str> = e.organisations.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            organisations,
            ["Federal Reserve", "Range Rover", "Empire State Realty"]
        );
    }

    #[test]
    fn a_name_ending_in_a_pass_or_a_volcano_is_a_place() {
        let src = "The {P|Khyber Pass} links two countries. {P|Taal Volcano} erupted. The \
                   {P|Karelian Isthmus} was lost. {P|Pass Smith} said.";
        let (_, e) = super::super::test_support::link_marked(src);
        let places: Vec<&str> = e.places.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(places, ["Khyber Pass", "Taal Volcano", "Karelian Isthmus"]);
        let people: Vec<&str> = e.people.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(people, ["Pass Smith"]);
    }

    #[test]
    fn a_name_begun_by_a_word_for_a_lake_isle_or_commune_is_a_place() {
        let src = "{P|Isle Royale} has wolves. {P|Loch Ness} is deep. \
                   {P|Gmina Olesno} has a council. {P|Cerro Torre} is steep. \
                   Officials in {P|Fort Nelson} said so. \
                   {P|Isle} alone is nothing, and {P|Lois Lane} is a person.";
        let (_, e) = super::super::test_support::link_marked(src);
        let places: Vec<&str> = e.places.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            places,
            [
                "Isle Royale",
                "Loch Ness",
                "Gmina Olesno",
                "Cerro Torre",
                "Fort Nelson"
            ]
        );
        assert!(e.people.iter().any(|p| p.name == "Lois Lane"));
    }

    #[test]
    fn a_listed_place_the_tagger_called_an_organisation_is_a_place_where_written_as_one() {
        let src = "Chemical plants stood at {O|Billingham}. The river enters the sea \
                   between {L|Hartlepool} and {O|Redcar}. {O|Redcar} won 2-1. \
                   He joined {O|Espanyol} from {O|Nantes}. He is an analyst at \
                   {O|McDonald} & Co. {O|Leeds} at {O|Chelsea} was drawn. The fans \
                   paraded the cup through {O|Liverpool}. The league season ended.";
        let (_, e) = super::super::test_support::link_marked(src);
        let places: Vec<&str> = e.places.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(places, ["Billingham", "Hartlepool", "Redcar", "Liverpool"]);
        let redcar = e.places.iter().find(|e| e.name == "Redcar").unwrap();
        assert_eq!(redcar.mentions.len(), 1, "only where written as a place");
        let organisations: Vec<&str> = e.organisations.iter().map(|e| e.name.as_str()).collect();
        for club in [
            "Redcar",
            "Espanyol",
            "Nantes",
            "McDonald & Co.",
            "Leeds",
            "Chelsea",
        ] {
            assert!(organisations.contains(&club), "{club}: {organisations:?}");
        }
    }

    #[test]
    fn outside_sport_a_town_written_as_a_place_once_is_the_town_throughout() {
        let [_, places, organisations] = super::super::test_support::linked(
            "Its plants stood at {O|Billingham}. The river reaches {O|Billingham} \
             later, and {O|Billingham} shareholders met. Ferries sail from {O|Nice}. \
             {O|NICE} has spoken.",
        );
        assert_eq!(places, ["Billingham", "Nice"]);
        assert_eq!(organisations, ["Billingham", "NICE"]);
        let (_, e) = super::super::test_support::link_marked(
            "Its plants stood at {O|Billingham}. The river reaches {O|Billingham}.",
        );
        assert_eq!(e.places[0].mentions.len(), 2);
        // In a text about sport, the town's club stays a club.
        let (_, e) = super::super::test_support::link_marked(
            "The league season ended at {O|Redcar}. {O|Redcar} scored twice.",
        );
        assert_eq!(e.places[0].mentions.len(), 1);
        assert_eq!(e.organisations[0].name, "Redcar");
    }

    #[test]
    fn outside_sport_a_listed_place_after_from_or_to_is_a_place() {
        let [_, places, organisations] = super::super::test_support::linked(
            "It has branches from {O|Oxfordshire} to {O|Devon}. The road climbs over \
             {O|La Turbie}. Revenue from {O|Vale}'s sale went to {O|Halifax} shareholders.",
        );
        assert_eq!(places, ["Oxfordshire", "Devon", "La Turbie"]);
        assert_eq!(organisations, ["Vale", "Halifax"]);
        // In a text about sport, players come from clubs and go to them.
        let [_, places, organisations] = super::super::test_support::linked(
            "The league season is over. He moved from {O|Nantes} to {O|Lyon}.",
        );
        assert!(places.is_empty());
        assert_eq!(organisations, ["Nantes", "Lyon"]);
    }

    #[test]
    fn a_given_name_always_after_the_is_no_persons() {
        let [people, places, _] = super::super::test_support::linked(
            "Ptolemy called it the source of the {P|Nile}. It feeds the {P|Nile}, through \
             {L|Sudan}. Later the {P|Clinton} administration spoke, and {P|Clinton} left.",
        );
        assert_eq!(people, ["Clinton"]);
        assert_eq!(places, ["Nile", "Sudan"]);
    }

    #[test]
    fn a_name_of_one_word_after_the_is_no_persons() {
        let (_, e) = super::super::test_support::link_marked(
            "The {P|Danube} is wide. Fans of the {P|Eagles} cheered. {P|Franklin Roosevelt} \
             spoke, and the {P|Roosevelts} left. {P|Clara} waved.",
        );
        let names = |v: &[Entity]| v.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&e.people),
            ["Franklin Roosevelt", "Roosevelts", "Clara"]
        );
        assert_eq!(names(&e.places), ["Danube"]);
        assert_eq!(names(&e.organisations), ["Eagles"]);
        // Nor a place's where it qualifies a noun after `the`: a family's
        // name, a firm's, a character's.
        let (_, e) = super::super::test_support::link_marked(
            "It contains brasses of the {P|Foljambe} family and the tomb of Sir Sampson. In \
             the service of the {P|Stroganov} family, merchants. The {P|Danube} flows east.",
        );
        assert_eq!(names(&e.places), ["Danube"]);
    }

    #[test]
    fn a_name_followed_by_its_country_is_a_place_even_a_family_name() {
        let (people, places) =
            kinds("Workers came from {P|Buxton}, England.\nOthers from {P|Smith}, England's best.");
        assert_eq!(people, ["Smith"]);
        assert_eq!(places, ["Buxton"]);
    }

    #[test]
    fn an_organisation_in_a_country_or_east_of_something_is_a_place() {
        let src = "It is a parish of {O|Lincolnshire}, England. The desert lies west of the \
                   {O|Andes}, and rain is stopped by the {O|Andes}. {O|Volkswagen}, Germany's \
                   carmaker, and {O|Acme Corp}, England, grew. Trains cross the {O|Rhine}; \
                   fans across the {O|NFL} cheered. He swam across the {O|Volga}, and \
                   boats moored beside the {O|Irrawaddy}.";
        let (_, e) = super::super::test_support::link_marked(src);
        let places: Vec<&str> = e.places.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            places,
            ["Lincolnshire", "Andes", "Rhine", "Volga", "Irrawaddy"]
        );
        assert_eq!(e.places[1].mentions.len(), 2, "every mention, once east of");
        let organisations: Vec<&str> = e.organisations.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(organisations, ["Volkswagen", "Acme Corp", "NFL"]);
    }

    #[test]
    fn a_name_after_in_or_with_a_place_word_is_a_place() {
        let (people, places) = kinds(
            "The fishery in {P|Lofoten} is old. {P|Lofoten} lies north. \
             Few live in the {P|Atacama Desert}. Ships cross {P|Lake Superior}.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Lofoten", "Atacama Desert", "Lake Superior"]);
    }

    #[test]
    fn a_surname_that_is_also_a_town_stays_a_person() {
        // `Currie` and `Jordan` are towns; here they name people.
        let (people, places) = kinds(
            "{P|Edwina Currie} spoke. {P|Currie} left. {P|Dole} said no. \
             Mr. {P|Lockerbie} was pleased. {P|Kehl}, who won, smiled.",
        );
        assert_eq!(people, ["Edwina Currie", "Dole", "Lockerbie", "Kehl"]);
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn names_made_of_common_words_are_not_people() {
        // Works and market-report words.
        let (people, _) = kinds(
            "{P|Twin Peaks} was shown in 1990. {P|Unknown Pleasures} sold well. \
             {P|Week Ago} prices fell. {P|Select} grades rose. {P|Bill Gates} spoke, \
             and so did {P|Mike Fetters}.",
        );
        assert_eq!(people, ["Bill Gates", "Mike Fetters"]);
    }

    #[test]
    fn foreign_names_unknown_to_the_lists_stay_people() {
        let (people, places) = kinds(
            "{P|Saqlain Mushtaq} took four wickets and {P|Muralitharan} three. \
             {P|Hen Vipheak} was arrested. {P|Muralitharan} said he was tired.",
        );
        assert_eq!(people, ["Saqlain Mushtaq", "Muralitharan", "Hen Vipheak"]);
        assert!(places.is_empty());
    }

    /// The kinds of the marked spans of `src` after
    /// [`places_among_organisations`] alone.
    fn kinds_among_organisations(src: &str) -> Vec<Kind> {
        let (text, spans) = super::super::test_support::marked(src);
        let mut spans: Vec<Span> = spans
            .into_iter()
            .map(|(r, k)| Span::new(&text, r, k))
            .collect();
        places_among_organisations(&text, &std::cell::OnceCell::new(), &mut spans);
        spans.iter().map(|s| s.kind).collect()
    }

    #[test]
    fn a_name_taken_for_a_persons_after_the_and_a_rivers_part_is_a_river() {
        let [people, places, _] = super::super::test_support::linked(
            "{L|Runcu} lies in the upper valley of the {P|Iza}, where the {P|Iza} joins the \
             {L|Tisza}. The {P|Okavango} rises in {L|Angola}. {P|Emma} walked along the \
             path with {P|Tom}.",
        );
        assert_eq!(people, ["Emma", "Tom"]);
        assert_eq!(places, ["Runcu", "Iza", "Tisza", "Okavango", "Angola"]);
    }

    #[test]
    fn a_name_taken_for_a_bodys_after_a_tributary_of_the_is_a_river() {
        let [people, places, organisations] = super::super::test_support::linked(
            "{L|Tumanga} is a left tributary of the {O|Chulym}, which flows into the {O|Ob}. \
             Boats reach the {O|Chulym} in spring. {P|Anna} joined the {O|Greens} in 1990.",
        );
        assert_eq!(people, ["Anna"]);
        assert_eq!(places, ["Tumanga", "Chulym", "Ob"]);
        assert_eq!(organisations, ["Greens"]);
    }

    #[test]
    fn a_firm_with_a_dotted_legal_form_stays_a_firm_whatever_its_words() {
        use Kind::*;
        let kinds = kinds_among_organisations(
            "{O|Cordillera Litio S.A.} and {O|Andes Mining Ltd.} bid; {O|Cordillera Blanca} rises.",
        );
        assert_eq!(kinds, [Organisation, Organisation, Place]);
    }

    #[test]
    fn rivers_seas_and_parks_called_organisations_are_places_but_clubs_stay() {
        let kinds = kinds_among_organisations(
            "{O|River Wye} and {O|Barents Sea} and {O|Peak District National Park}; \
             {O|Manchester City} and {O|Crystal Palace}; {O|Lake Placid Club}.",
        );
        use Kind::*;
        assert_eq!(
            kinds,
            [
                Place,
                Place,
                Place,
                Organisation,
                Organisation,
                Organisation
            ]
        );
    }

    #[test]
    fn canyons_sounds_streets_and_stadiums_called_organisations_are_places() {
        let kinds = kinds_among_organisations(
            "{O|Sianok Canyon} and {O|Reloncav\u{ed} Sound}; {O|Church Street} and \
             {O|Calle Macedonio Alcal\u{e1}}; {O|Estadio Centenario}; {O|Cliffs of Moher}; \
             {O|Great Cumbung Swamp}; {O|Street Fighter Inc}; {O|Soundgarden}.",
        );
        use Kind::*;
        assert_eq!(
            kinds,
            [
                Place,
                Place,
                Place,
                Place,
                Place,
                Place,
                Place,
                Organisation,
                Organisation
            ]
        );
    }

    /// The hashes of some lines, sorted, as the build script writes them.
    fn table(lines: &[&str]) -> Vec<u8> {
        let mut hashes: Vec<u64> = lines.iter().map(|l| line_hash(l.as_bytes())).collect();
        hashes.sort_unstable();
        hashes.iter().flat_map(|h| h.to_le_bytes()).collect()
    }

    #[test]
    fn every_line_of_a_list_is_found_and_nothing_else() {
        let bytes = table(&["ab", "abc", "b", "ba c", "zz"]);
        let list = Lines::new(bytes.leak());
        for line in ["ab", "abc", "b", "ba c", "zz"] {
            assert!(list.contains(line.as_bytes()), "{line}");
        }
        for other in ["", "a", "abd", "ba", "c", "zzz", "\n", "ab\nabc"] {
            assert!(!list.contains(other.as_bytes()), "{other}");
        }
        assert!(!Lines::new(&[]).contains(b"a"));
        let sources = [
            (
                &WIDE_PLACES,
                include_str!("../../../assets/places-wide.txt"),
            ),
            (
                &FAMILY_NAMES,
                include_str!("../../../assets/family-names.txt"),
            ),
            (
                &COMMON_WORDS,
                include_str!("../../../assets/common-words.txt"),
            ),
        ];
        for (list, text) in sources {
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(list.len(), lines.len());
            assert!(lines.iter().all(|l| listed(list, l)));
            // A line with a letter added is seldom another line.
            let misses = lines
                .iter()
                .filter(|l| listed(list, &format!("{l}q")))
                .count();
            assert!(misses < lines.len() / 50, "{misses} of {}", lines.len());
        }
        assert!(listed(&FAMILY_NAMES, "  SMITH "));
        assert!(!listed(&FAMILY_NAMES, "smith jones"));
    }

    proptest::proptest! {
        /// Whatever the lines, each is found in their table, and a key that
        /// is no line is not.
        #[test]
        fn a_table_holds_its_lines_and_no_other(
            lines in proptest::collection::btree_set("\\PC{0,12}", 0..300),
            other in "\\PC{0,12}",
        ) {
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            let list = Lines::new(table(&lines).leak());
            for l in &lines {
                proptest::prop_assert!(list.contains(l.as_bytes()));
            }
            proptest::prop_assert_eq!(list.contains(other.as_bytes()), lines.contains(&other.as_str()));
        }
    }

    proptest::proptest! {
        /// Whatever the hashes, bunched in a few buckets or spread, each is
        /// found and any other is not, as a binary search of them says.
        #[test]
        fn a_table_holds_its_hashes_and_no_other(
            mut hashes in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::prelude::any::<u64>(),
                    // A few buckets, crowded.
                    (0u64..4, proptest::prelude::any::<u64>())
                        .prop_map(|(b, r)| (b << 62) | (r >> 20)),
                    (0u64..4, 0u64..600).prop_map(|(b, r)| (b << 62) | (r << 30)),
                ],
                0..700,
            ),
            // Bunched in the middle of a bucket of their own: the first
            // look lands well above or below most of them.
            middle in proptest::collection::vec(0u64..600, 0..300),
            other in proptest::prelude::any::<u64>(),
            pick in proptest::prelude::any::<proptest::sample::Index>(),
        ) {
            hashes.extend(middle.iter().map(|r| (1 << 56) | (1 << 51) | (r << 20)));
            hashes.sort_unstable();
            hashes.dedup();
            let bytes: Vec<u8> = hashes.iter().flat_map(|h| h.to_le_bytes()).collect();
            let list = Lines::new(bytes.leak());
            for &h in &hashes {
                proptest::prop_assert!(list.holds(h), "{h:x}");
            }
            for probe in [other, other >> 2, other & !0xffff_ffff] {
                proptest::prop_assert_eq!(list.holds(probe), hashes.binary_search(&probe).is_ok());
            }
            if !hashes.is_empty() {
                let h = hashes[pick.index(hashes.len())];
                for probe in [h.wrapping_add(1), h.wrapping_sub(1)] {
                    proptest::prop_assert_eq!(list.holds(probe), hashes.binary_search(&probe).is_ok());
                }
            }
        }
    }

    /// [`geographic`] as the lists say it, word by word with no sets.
    fn geographic_by_scanning(surface: &str) -> bool {
        let words: Vec<&str> = surface.split_whitespace().collect();
        let among = |list: &[&str], w: &str| list.iter().any(|g| g.eq_ignore_ascii_case(w));
        let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
            return false;
        };
        words.len() > 1
            && (among(GEOGRAPHIC, first)
                || among(GEOGRAPHIC, last)
                || (GEOGRAPHIC_FIRST.contains(&first.to_lowercase().as_str())
                    && !ORGANISATION_WORDS
                        .iter()
                        .chain(super::words::FOREIGN_ORGANISATION_WORDS)
                        .chain(super::words::CLUB_WORDS)
                        .any(|o| o.eq_ignore_ascii_case(last)))
                || (among(GEOGRAPHIC_LAST, last)
                    && !(last.eq_ignore_ascii_case("kingdom") && given_name(first)))
                || (among(HILLS_AND_BURNS, last) && !given_name(first))
                || [
                    ["National", "Park"],
                    ["Marine", "Park"],
                    ["Biosphere", "Reserve"],
                    ["Forest", "Reserve"],
                    ["Game", "Reserve"],
                    ["Marine", "Reserve"],
                    ["National", "Reserve"],
                    ["Nature", "Reserve"],
                    ["Wildlife", "Reserve"],
                    ["Bird", "Sanctuary"],
                    ["Marine", "Sanctuary"],
                    ["Nature", "Sanctuary"],
                    ["Wildlife", "Sanctuary"],
                ]
                .iter()
                .any(|area| words.ends_with(area)))
    }

    #[test]
    fn geographic_names_of_every_shape() {
        for surface in [
            "Kruger National Park",
            "Serengeti Game Reserve",
            "Ngorongoro Nature Reserve",
            "Zulu Kingdom",
            "Roger Kingdom",
            "Bahía Blanca",
            "BAHÍA Blanca",
            "Hudson Bay",
            "Bay",
            "Cape  Town",
            "Tower Bridge",
            "Oxen Craig",
            "Daniel Craig",
            "GADIE BURN",
            "Peak Mushketov",
            "Peak XV Partners",
            "Sierra Club",
            "Novaya Zhizn",
        ] {
            assert_eq!(
                geographic(surface),
                geographic_by_scanning(surface),
                "{surface}"
            );
        }
        assert!(geographic("Ngorongoro Nature Reserve"));
        assert!(geographic("BAHÍA Blanca"));
        assert!(!geographic("Roger Kingdom"));
        assert!(!geographic("Bay"));
        assert!(geographic("Peak Mushketov"));
        assert!(geographic("Novaya Zhizn"));
        assert!(!geographic("Peak XV Partners"));
        assert!(!geographic("Sierra Club"));
    }

    #[test]
    fn peaks_and_russian_villages_are_places_but_bodies_named_after_them() {
        let [people, places, organisations] = super::super::test_support::linked(
            "The highest summit, {P|Peak Mushketov}, looks down on {P|Krasny Yar} and \
             {O|Bolshoy Tabat}. {O|Peak XV Partners} invested, and the {O|Sierra Club} \
             objected.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Peak Mushketov", "Krasny Yar", "Bolshoy Tabat"]);
        assert_eq!(organisations, ["Peak XV Partners", "Sierra Club"]);
    }

    use proptest::strategy::Strategy;

    proptest::proptest! {
        /// Looked up in sets, the geographic words say what the lists say,
        /// in any case and whatever the other words.
        #[test]
        fn geographic_words_are_found_as_the_lists_have_them(
            words in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(
                        [GEOGRAPHIC, GEOGRAPHIC_FIRST, GEOGRAPHIC_LAST].concat()
                    ).prop_map(str::to_string),
                    proptest::sample::select(
                        [GEOGRAPHIC, GEOGRAPHIC_FIRST, GEOGRAPHIC_LAST].concat()
                    ).prop_map(|w| w.to_uppercase()),
                    proptest::sample::select(vec![
                        "National", "Park", "Game", "Reserve", "Nature", "Kingdom",
                        "Roger", "Zulu", "Bahía", "BAHÍA", "İsland", "Straße",
                    ]).prop_map(str::to_string),
                    "\\PC{1,8}",
                ],
                0..4,
            ),
            space in proptest::sample::select(vec![" ", "  ", "\u{a0}", "\t"]),
        ) {
            let surface = words.join(space);
            proptest::prop_assert_eq!(geographic(&surface), geographic_by_scanning(&surface));
        }
    }

    #[test]
    fn given_names_include_names_from_many_places() {
        for name in ["Edwina", "Jacques", "Boris", "Yasser", "Ngozi", "Søren"] {
            assert!(given_name(name), "{name}");
        }
        // Written with accents the list holds without.
        for name in ["Siobhán", "Pádraig", "Seán", "SEÁN"] {
            assert!(given_name(name), "{name}");
        }
        assert!(gendered_given_name("Seán"));
        assert!(!given_name("Ánkara"));
        // Nigerian, South African and Indian names, with their sex.
        for name in ["Lerato", "Sipho", "Zanele", "Rohit", "Chiamaka"] {
            assert!(gendered_given_name(name), "{name}");
        }
        assert!(!given_name("Killing"));
    }
}
