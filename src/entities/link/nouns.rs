//! Names right after a noun that says what they are: `the novelist Fay
//! Weldon`, `the guitarist Matthew Simms` (people), `the American band
//! Melvins`, `the public broadcaster DR` (organisations).

use super::line_hash::line_hash;
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, Input};

use super::define::{ORGANISATION, PERSON};
use super::short::Short;
use super::{
    HashSet64, Kind, Span, among, is_name_word, listed_place, named_in_full, person_named_in_full,
    span_over, starts_word, trim_edges, with_added, word_after, word_before,
};

/// Nouns of [`PERSON`] that sports reports put before a club too (`the
/// player Barcelona signed`).
const NOT_BEFORE_NAMES: &str = "coach general manager player";

/// Nouns of [`ORGANISATION`] that name a group whose name may follow them
/// though the tagger passed it by (`the band Melvins`), and verbs whose
/// object is a group (`formed New Order`).
const GROUP_NOUNS: &[&str] = &[
    "band ",
    "broadcaster ",
    "carmaker ",
    "co-founded ",
    "duo ",
    "formed ",
    "founded ",
    "label ",
    "newspaper ",
    "publisher ",
    "quartet ",
    "trio ",
];

/// Words after a name that leave it standing alone, in apposition to the
/// noun before it (`the band Melvins and`, not `the company Smith founded`).
const AFTER_APPOSED: &str = "and announced as at by for from had has in is of on or reported said says to was which who whose will with would";

/// Whether what follows `end` lets the name before it stand alone after a
/// noun: the end of the text or line, punctuation, a possessive, or one of
/// [`AFTER_APPOSED`].
pub(super) fn apposed(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    if rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_punctuation() || c == '\n') {
        return true;
    }
    word_after(text, end).is_some_and(|w| {
        let word = text[w].trim_end_matches(|c: char| c.is_ascii_punctuation());
        static SET: OnceLock<HashSet64> = OnceLock::new();
        among(&SET, AFTER_APPOSED, word)
    })
}

/// The lower-case noun right before `at`, if there is one.
pub(super) fn noun_before(text: &str, at: usize) -> Option<&str> {
    let w = word_before(text, at)?;
    let noun = &text[w];
    noun.starts_with(|c: char| c.is_ascii_lowercase())
        .then_some(noun)
}

/// Nouns that put a person's name after them (`the producer Nigel
/// Godrich`) but head the definitions of firms too (`the largest producer
/// of steel`), so are not of [`PERSON`].
const ONLY_BEFORE_NAMES: &str = "producer";

/// Whether `noun` is a person's (see [`PERSON`], [`ONLY_BEFORE_NAMES`]),
/// and not one of [`NOT_BEFORE_NAMES`].
pub(super) fn persons_noun(noun: &str) -> bool {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    static ONLY: OnceLock<HashSet64> = OnceLock::new();
    static NOT: OnceLock<HashSet64> = OnceLock::new();
    (among(&SET, PERSON, noun) || among(&ONLY, ONLY_BEFORE_NAMES, noun))
        && !among(&NOT, NOT_BEFORE_NAMES, noun)
}

/// Whether `noun` is an organisation's (see [`ORGANISATION`]).
pub(super) fn organisations_noun(noun: &str) -> bool {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    among(&SET, ORGANISATION, noun)
}

/// The spans (in text order), with a name right after a person's noun in
/// lower case (`the novelist Fay Weldon`, `the guitarist Matthew Simms`)
/// made a person's: at every
/// mention when it is named in full ([`named_in_full`]), else a single
/// word that is not a listed place at that mention only; a single word so
/// made and a person's name right after it are one name.
pub(super) fn people_by_their_nouns(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut names = HashSet64::default();
    for s in spans.iter_mut().filter(|s| s.kind != Kind::Person) {
        if !noun_before(text, s.start).is_some_and(persons_noun) {
            continue;
        }
        let surface = &text[s.range()];
        match surface.split_once_byte(b' ') {
            Some((first, _)) if named_in_full(surface, first) => {
                names.insert(s.name);
            }
            None if !listed_place(surface) => s.kind = Kind::Person,
            _ => {}
        }
    }
    for s in spans.iter_mut().filter(|s| names.contains(&s.name)) {
        s.kind = Kind::Person;
    }
    // A given name the tagger cut from the rest (`the engineer` `Nobutoshi`
    // `Kihara`) joins it, even one that is also a listed place (`the regent`
    // `Elizabeth` `Pulane Moremi`).
    super::joined_at_spaces(text, spans, |a, b| {
        (b.kind == Kind::Person
            && (a.kind == Kind::Person || super::attested_given_name(&text[a.range()]))
            && !text[a.range()].has_byte(b' ')
            && noun_before(text, a.start).is_some_and(persons_noun))
        .then_some(Kind::Person)
    })
}

/// Whether `word` is a day's name, as written (`Sunday`): the first seven
/// of [`DATE_WORDS`].
pub(super) fn day_name(word: &str) -> bool {
    DATE_WORDS[..7].contains(&word)
}

/// Days (the first seven) and months, which end a run of capitalised words
/// (`candidate Bob Dole Wednesday accused`).
pub(super) const DATE_WORDS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Nouns of nationality written with a capital (`the Frenchman`).
const NATIONALS: &[&str] = &[
    "Dutchman",
    "Dutchwoman",
    "Englishman",
    "Englishwoman",
    "Frenchman",
    "Frenchwoman",
    "Irishman",
    "Irishwoman",
    "Scotsman",
    "Scotswoman",
    "Welshman",
    "Welshwoman",
];

/// The words after which a person's name may follow that the tagger passed
/// by, each with a space after it: [`PERSON`]'s nouns (`designer `) and
/// nationalities (`Frenchman `, `Portuguese `), which count only after
/// `the` or `a`, maybe with a compass point between (`the West Indian `).
fn person_anchors() -> &'static [String] {
    static ANCHORS: OnceLock<Vec<String>> = OnceLock::new();
    ANCHORS.get_or_init(|| {
        let capital = |w: &str| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        };
        let mut anchors: Vec<String> = PERSON
            .split_whitespace()
            .filter(|n| !NOT_BEFORE_NAMES.split_byte(b' ').any(|x| x == *n))
            .map(|n| format!("{n} "))
            .collect();
        anchors.extend(
            super::words::DEMONYMS
                .iter()
                .map(|d| format!("{} ", capital(d))),
        );
        anchors.extend(NATIONALS.iter().map(|n| format!("{n} ")));
        anchors
    })
}

/// [`person_anchors`] by what each holds before its first space, the
/// longest of each first, and the length of the longest such part.
struct Anchors {
    by_first: super::HashMap64<Vec<&'static str>>,
    longest_first: usize,
}

/// [`Anchors`], made once.
fn anchors() -> &'static Anchors {
    static CELL: OnceLock<Anchors> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut anchors = Anchors {
            by_first: super::HashMap64::default(),
            longest_first: 0,
        };
        for a in person_anchors() {
            let first = a.split_once_byte(b' ').map_or(a.as_str(), |(f, _)| f);
            anchors.longest_first = anchors.longest_first.max(first.len());
            let list = anchors
                .by_first
                .entry(line_hash(first.as_bytes()))
                .or_default();
            list.push(a.as_str());
            list.sort_by_key(|a| std::cmp::Reverse(a.len()));
        }
        anchors
    })
}

/// Where [`person_anchors`] stand in `text[part]` at the start of a word,
/// in text order: of anchors that start at one place, the longest, and
/// none that starts inside one found before it. Found word by word: each
/// word's bytes up to the next space are looked up among the anchors' first
/// parts, in about half the time an automaton of the anchors' 900 strings
/// takes to read the text of an article (its table is too large to stay in
/// cache).
fn anchors_in(text: &str, part: Range<usize>) -> Vec<Range<usize>> {
    let anchors = anchors();
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = part.start.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    let mut in_word = !starts_word(text, i);
    while i < part.end {
        let b = bytes[i];
        let (letter, len) = if b.is_ascii() {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let c = text[i..].chars().next().expect("a character starts here");
            (c.is_alphanumeric(), c.len_utf8())
        };
        if letter
            && !in_word
            && let Some(end) = anchor_at(anchors, &bytes[..part.end], i)
        {
            // The anchor ends with its space: the next word may start
            // right after it.
            found.push(i..end);
            in_word = false;
            i = end;
            continue;
        }
        in_word = letter;
        i += len;
    }
    found
}

/// The end of the longest of `anchors` that starts at `at` in `bytes`: the
/// bytes up to the next space, if it comes soon enough, are looked up by
/// [`line_hash`], the word lists' hash.
fn anchor_at(anchors: &Anchors, bytes: &[u8], at: usize) -> Option<usize> {
    let space = bytes[at..]
        .iter()
        .take(anchors.longest_first + 1)
        .position(|&b| b == b' ')?;
    anchors
        .by_first
        .get(&line_hash(&bytes[at..at + space]))?
        .iter()
        .find(|a| bytes[at..].starts_with(a.as_bytes()))
        .map(|a| at + a.len())
}

/// Whether a nationality starting at `at` follows `the` or `a`, maybe with a
/// compass point between (`the West Indian`).
fn after_an_article(text: &str, at: usize) -> bool {
    let article = |w: &str| matches!(w, "the" | "The" | "a" | "A");
    let Some(w) = word_before(text, at) else {
        return false;
    };
    let word = &text[w.clone()];
    article(word)
        || (matches!(word, "North" | "South" | "East" | "West")
            && word_before(text, w.start).is_some_and(|a| article(&text[a])))
}

/// `spans` (in text order, apart) with the names of people in `text[part]`
/// that the tagger passed by, or took in part for something else, found
/// after a person's noun in lower case (`the designer Lian Bell`) or after
/// `the` and a nationality (`the Frenchman Jean-François Gerbillon`, `the
/// Portuguese Tomás Pereira`, `the West Indian Dwayne Bravo`)
/// ([`person_anchors`]): two to four capitalised words, the first a listed
/// given name, no title, not all of them dictionary words, ending at the
/// first word that is not capitalised, at a day or month, or at
/// punctuation.
pub(super) fn people_passed_by(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let mut found: Vec<Range<usize>> = Vec::new();
    for m in anchors_in(text, part) {
        let national = text[m.clone()].starts_with(|c: char| c.is_uppercase());
        if national && !after_an_article(text, m.start) {
            continue;
        }
        // The capitalised words after the anchor, up to five.
        let run = super::words::capitalised_run(text, m.end - 1, 5, |w| DATE_WORDS.contains(&w));
        if let Some(name) = person_named(text, &run)
            && found.last().is_none_or(|l| l.end <= name.start)
        {
            found.push(name);
        }
    }
    // Not a person's name the tagger found whole already.
    found.retain(|r| {
        super::holds_whole(&spans, r)
            && !super::span_over(&spans, r)
                .is_some_and(|s| s.range() == *r && s.kind == Kind::Person)
    });
    if found.is_empty() {
        return spans;
    }
    super::replaced_by(text, spans, found, Kind::Person)
}

/// The name of a person that a run of capitalised words (`run`, in order)
/// is ([`people_passed_by`]).
fn person_named(text: &str, name: &[Range<usize>]) -> Option<Range<usize>> {
    if !(2..=4).contains(&name.len()) {
        return None;
    }
    let given = &text[name[0].clone()];
    let listed = super::attested_given_name(given)
        || given
            .split_once_byte(b'-')
            .is_some_and(|(a, _)| super::attested_given_name(a));
    let titled = name.iter().any(|r| super::is_title(&text[r.clone()]));
    // Not words all in the dictionary (`the Islamic Golden Age`).
    let common = name
        .iter()
        .all(|r| super::evidence::common_word(&text[r.clone()]));
    (listed && !titled && !common).then(|| name[0].start..name[name.len() - 1].end)
}

/// Titles that only a person's name follows (not `King`, `General` or
/// `First`, which begin places' and firms' names: `King County`, `General
/// Motors`).
const PERSONS_TITLES: &[&str] = &[
    "Ambassador",
    "Archbishop",
    "Capt",
    "Captain",
    "Chancellor",
    "Col",
    "Colonel",
    "Congressman",
    "Congresswoman",
    "Dame",
    "Dr",
    "Gov",
    "Governor",
    "Lieutenant",
    "Mayor",
    "Mr",
    "Mrs",
    "Ms",
    "Pope",
    "President",
    "Prince",
    "Princess",
    "Prof",
    "Professor",
    "Rabbi",
    "Rep",
    "Rev",
    "Reverend",
    "Sen",
    "Senator",
    "Sergeant",
    "Sgt",
    "Sheikh",
    "Sheikha",
    "Sir",
    "Sultan",
];

/// The spans (in text order), with a name the tagger called a place or an
/// organisation right after a person's title (`President F. W. de Klerk`,
/// `Mr. Rivers`), or a family's (`the Buendía family`), made a person's: at
/// every mention but where the word before marks a place (`from Wells`), a
/// listed place (`President Washington`) or a family the tagger took for a
/// body's (`the Vanderveld family`, a firm's name too) at that mention
/// only, and not a name with an organisation's words (`President Obama
/// Foundation`).
pub(super) fn people_by_their_titles(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut names = HashSet64::default();
    for s in spans.iter_mut().filter(|s| s.kind != Kind::Person) {
        let surface = &text[s.range()];
        // A form of address taken in with the name (`as Mrs Park, she`):
        // the name alone is a person's.
        if let Some((title, name)) = surface.split_once_byte(b' ')
            && matches!(
                title.trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr"
            )
            && name.split_byte(b' ').all(is_name_word)
            && !super::words::is_organisation(&super::words::folded(surface))
        {
            *s = Span::new(text, s.start + title.len() + 1..s.end(), Kind::Person);
            continue;
        }
        // A peer's or a knight's title and one name, taken together for a
        // place (`Lord Byron`), but not a place's name (`Lord Howe Island`).
        // Not other titles: `King Power`, `First Union`, `General Motors`.
        if let Some((title, name)) = surface.split_once_byte(b' ')
            && !name.has_byte(b' ')
            && super::words::peerage_title(title)
            && is_name_word(name)
            && !listed_place(surface)
            && !super::evidence::geographic(surface)
            && !super::words::is_organisation(&super::words::folded(surface))
        {
            names.insert(s.name);
            continue;
        }
        // A family's name (`the Buendía family`).
        let family = !surface.has_byte(b' ') && super::words::family_after(text, s.end());
        let Some(w) = word_before(text, s.start) else {
            continue;
        };
        let title = text[w.clone()].trim_end_matches('.');
        let titled = w.end + 1 == s.start && PERSONS_TITLES.contains(&title);
        let after_the = matches!(&text[w], "the" | "The");
        if !(titled || (family && after_the)) {
            continue;
        }
        if super::words::is_organisation(&super::words::folded(surface)) {
            continue;
        }
        // A family that a firm bears the name of (`the Vanderveld family`
        // beside `Vanderveld jumped 33 percent`) is a person's at that
        // mention only, as is a listed place.
        if listed_place(surface) || (!titled && s.kind == Kind::Organisation) {
            s.kind = Kind::Person;
        } else {
            names.insert(s.name);
        }
    }
    // Not where the word before marks a place (`Mr Wells` and `the bus from
    // Wells`).
    people_where_no_place(text, &mut spans, &names);
    spans
}

/// The spans (in text order, apart) with an emperor named by his era
/// (`the Hongwu Emperor`, `the Kangxi Emperor`) one person's name, though
/// the tagger cut it or took it for something else: one name word after
/// `the`, no listed place, people's name or common word (`the Roman
/// Emperor`, `the Holy Roman Emperor`), and no name after the title (`the
/// Mughal Emperor Akbar` names Akbar).
pub(super) fn emperors_by_their_eras(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    // One pass for both titles, in text order.
    let titles = memchr::memmem::find_iter(text.as_bytes(), b" Empe").filter_map(|at| {
        let rest = &text.as_bytes()[at + 5..];
        [&b"ror"[..], b"ress"]
            .into_iter()
            .find(|t| rest.starts_with(t))
            .map(|t| (at, 5 + t.len()))
    });
    for (at, len) in titles {
        let end = at + len;
        if text[end..].starts_with(|c: char| c.is_alphanumeric())
            || word_after(text, end).is_some_and(|w| is_name_word(&text[w]))
        {
            continue;
        }
        let Some(era) = word_before(text, at + 1) else {
            continue;
        };
        let word = &text[era.clone()];
        let after_the =
            word_before(text, era.start).is_some_and(|w| matches!(&text[w], "the" | "The"));
        if !after_the
            || !is_name_word(word)
            || !word.chars().all(char::is_alphabetic)
            || listed_place(word)
            || super::words::demonyms().contains(&super::words::fold_hash(word))
            || super::evidence::common_word(word)
        {
            continue;
        }
        let name = era.start..end;
        if super::holds_whole(&spans, &name) {
            found.push(name);
        }
    }
    if found.is_empty() {
        return spans;
    }
    found.sort_unstable_by_key(|r| r.start);
    super::replaced_by(text, spans, found, Kind::Person)
}

/// Nouns after a name that make it a place's (`the Tigray region`, `the La
/// Boca neighbourhood`).
pub(super) const PLACE_NOUNS_AFTER: &[&str] = &[
    "borough",
    "canton",
    "commune",
    "county",
    "district",
    "municipality",
    "neighborhood",
    "neighbourhood",
    "parish",
    "prefecture",
    "province",
    "region",
    "subdivision",
    "suburb",
    "township",
];

/// The spans, with each name the tagger did not call a place made one when
/// one of its mentions comes after `the` and before one of
/// [`PLACE_NOUNS_AFTER`] (`the Tigray region`, `the St. Pauli district of
/// Hamburg`, `the Chandni Chowk subdivision`); not a person named in full
/// or a people's name. A person's name becomes a place
/// at every mention; an organisation's (a district is also its club) at
/// that mention and where `in`, `from` or the like comes before it.
pub(super) fn places_by_their_nouns(text: &str, spans: &mut [Span]) {
    let mut names = HashSet64::default();
    for s in spans.iter_mut().filter(|s| s.kind != Kind::Place) {
        let Some(noun) = word_after(text, s.end()) else {
            continue;
        };
        let noun = text[noun].trim_end_matches(|c: char| !c.is_alphanumeric());
        let after_the =
            word_before(text, s.start).is_some_and(|w| matches!(&text[w], "the" | "The"));
        if after_the
            && PLACE_NOUNS_AFTER.contains(&noun)
            && !super::words::is_organisation(&super::words::folded(&text[s.range()]))
            && !(s.kind == Kind::Person && person_named_in_full(text, s))
            // A people's name qualifies the noun (`the Zairean town of Goma`).
            && !super::words::demonyms().contains(&super::words::fold_hash(&text[s.range()]))
        {
            names.insert(s.name);
            s.kind = Kind::Place;
        }
    }
    if names.is_empty() {
        return;
    }
    for s in spans.iter_mut().filter(|s| names.contains(&s.name)) {
        if s.kind == Kind::Person || super::evidence::place_context(text, &s.range()) {
            s.kind = Kind::Place;
        }
    }
}

/// Nouns of land and water after a name (`the Amur valley`, `the
/// Chajnantor plateau`): with [`PLACE_NOUNS_AFTER`], what makes untagged
/// words before them a place's name.
pub(super) const LAND_NOUNS_AFTER: &[&str] = &[
    "basin",
    "delta",
    "desert",
    "estuary",
    "glacier",
    "gorge",
    "lagoon",
    "massif",
    "plateau",
    "rapids",
    "valley",
    "waterfall",
];

fn feature_nouns() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    if let Some(ac) = AC.get() {
        return ac;
    }
    super::automaton(&AC, &[PLACE_NOUNS_AFTER, LAND_NOUNS_AFTER].concat())
}

/// `spans` (in text order, apart) with a place added for each run of one to
/// three capitalised words in `text[part]` between `the` and a place's
/// noun or one of land or water ([`PLACE_NOUNS_AFTER`],
/// [`LAND_NOUNS_AFTER`]: `the Sahara region`, `the Tammerkoski rapids`)
/// that no span holds. A single word must not be a common word, a
/// people's (`the Arab region`) or a point of the compass.
pub(super) fn untagged_places_by_their_nouns(
    text: &str,
    part: Range<usize>,
    spans: Vec<Span>,
) -> Vec<Span> {
    let mut added = Vec::new();
    for m in feature_nouns().find_iter(Input::new(text).range(part)) {
        // A whole word after a space.
        if m.start() == 0
            || text.as_bytes()[m.start() - 1] != b' '
            || text[m.end()..].starts_with(|c: char| c.is_alphanumeric())
        {
            continue;
        }
        let end = m.start() - 1;
        let mut start = end;
        let mut words = 0;
        let mut after_the = false;
        let mut next = word_before(text, end + 1);
        while let Some(w) = next.take() {
            let word = &text[w.clone()];
            if matches!(word, "the" | "The") {
                after_the = words > 0;
                break;
            }
            if words == 3 || trim_edges(text, w.clone()) != w || !is_name_word(word) {
                break;
            }
            start = w.start;
            words += 1;
            next = word_before(text, start);
        }
        let name = start..end;
        if !after_the || span_over(&spans, &name).is_some() {
            continue;
        }
        if words == 1 && super::words::no_place_alone(&text[name.clone()]) {
            continue;
        }
        added.push(Span::new(text, name, Kind::Place));
    }
    with_added(spans, added)
}

/// Every mention of `names` made a person's, but where the word before
/// marks a place (`the bus from Wells`).
fn people_where_no_place(text: &str, spans: &mut [Span], names: &HashSet64) {
    for s in spans.iter_mut().filter(|s| names.contains(&s.name)) {
        if !super::evidence::place_context(text, &s.range()) {
            s.kind = Kind::Person;
        }
    }
}

/// What follows the name of a person, never a place's or a firm's: `Babur
/// was born`, `Zheng died`.
const LIVES: &[&str] = &[" was born", " died ", " died,", " died."];

/// Whether `after`, the text after a name, starts with one of [`LIVES`].
pub(super) fn born_or_died(after: &str) -> bool {
    LIVES.iter().any(|l| after.starts_with(l))
}

/// The spans (in text order), with a name the tagger called a place or an
/// organisation made a person's when one of its mentions is followed by one
/// of [`LIVES`]: at every mention but where the word before marks a place.
pub(super) fn people_by_their_lives(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut names = HashSet64::default();
    for s in spans.iter().filter(|s| s.kind != Kind::Person) {
        if born_or_died(&text[s.end()..])
            && !super::words::is_organisation(&super::words::folded(&text[s.range()]))
        {
            names.insert(s.name);
        }
    }
    people_where_no_place(text, &mut spans, &names);
    spans
}

/// The spans (in text order), with a name right after an organisation's
/// noun in lower case (`the band Boris`, `the label Mute`) and standing
/// alone after it made an organisation's: at every mention, but a listed
/// place at that mention only (`the club Barcelona`), and not a person
/// named in full (`the liberal democratic party Vladimir Zhirinovsky`).
pub(super) fn organisations_by_their_nouns(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut names = HashSet64::default();
    for s in spans.iter_mut().filter(|s| s.kind != Kind::Organisation) {
        let noun_first =
            noun_before(text, s.start).is_some_and(organisations_noun) && apposed(text, s.end());
        // A place so described is most often the subject of a new clause
        // (`in Sokoto, the national news agency reported`).
        let apposed_after = || {
            organisation_apposed_after(text, s.end())
                && !listed_place(&text[s.range()])
                && !super::wide_place(&text[s.range()])
        };
        if !noun_first && !apposed_after() {
            continue;
        }
        if person_named_in_full(text, s) {
            continue;
        }
        if listed_place(&text[s.range()]) {
            s.kind = Kind::Organisation;
        } else {
            names.insert(s.name);
        }
    }
    for s in spans.iter_mut().filter(|s| names.contains(&s.name)) {
        s.kind = Kind::Organisation;
    }
    spans
}

/// Verbs that begin a clause's predicate after its subject.
const CLAUSE_VERBS: &str = "added announced are can could had has have is reported reports said \
     says told was were will would";

/// Whether a comma, an article and an organisation's noun come right after
/// `end`, with up to three words in lower case (or a listed place or a
/// people: `Split Enz, the Auckland band`) before the noun: the name
/// before is that organisation's (`Embraer, the plane maker based in`,
/// `Crankstart, a charitable foundation set up`), though no second comma
/// closes the phrase as [`super::define`] asks. Not when a person's noun
/// comes first or right after (`Smith, a founder of the firm`, `Smith, a
/// company director`), a verb follows (`, the agency reported`), past a
/// word with punctuation (`Smith, the band's drummer`), nor for an
/// `operator`, who may be a person (`a sewing-machine operator`).
fn organisation_apposed_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let Some(after) = ["the ", "a ", "an "]
        .iter()
        .find_map(|a| rest.strip_prefix(", ").and_then(|r| r.strip_prefix(a)))
    else {
        return false;
    };
    let mut words = after.split_byte(b' ');
    for _ in 0..4 {
        let Some(word) = words.next() else {
            return false;
        };
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        // A listed place or a people may qualify the noun (`the Auckland
        // band`, `a British firm`).
        let lower = bare.chars().all(|c| c.is_lowercase() || c == '-');
        if bare.is_empty()
            || !(lower
                || (bare.len() == word.len()
                    && (listed_place(bare)
                        || super::words::is_demonym(&super::words::folded(bare)))))
            || persons_noun(bare)
        {
            return false;
        }
        if organisations_noun(bare) && bare != "operator" {
            // A noun after it makes it a modifier (`a company director`),
            // and a verb the subject of a new clause (`, the agency
            // reported`).
            let next = words.next().unwrap_or("");
            let next_bare = next.trim_end_matches([',', '.']);
            return bare.len() < word.len()
                || !next.starts_with(|c: char| c.is_lowercase())
                || !(persons_noun(next_bare) || organisations_noun(next_bare) || {
                    static SET: OnceLock<HashSet64> = OnceLock::new();
                    among(&SET, CLAUSE_VERBS, next_bare)
                });
        }
        if bare.len() < word.len() {
            return false;
        }
    }
    false
}

/// The plurals of the nouns of `list` (`companies`, `firms`, `towns`), by
/// [`fold_hash`](super::words::fold_hash).
fn plurals(list: &str) -> HashSet64 {
    list.split_whitespace()
        .map(|n| match n.strip_suffix('y') {
            Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
            _ => format!("{n}s"),
        })
        .map(|p| super::words::fold_hash(&p))
        .collect()
}

/// Whether `noun` is the plural of an organisation's noun (`companies`,
/// `firms`, `banks`).
fn organisations_plural(noun: &str) -> bool {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    SET.get_or_init(|| plurals(ORGANISATION))
        .contains(&super::words::fold_hash(noun))
}

/// Whether `noun` is the plural of a place's noun (`towns`, `islands`,
/// `settlements`).
fn places_plural(noun: &str) -> bool {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    SET.get_or_init(|| plurals(super::define::PLACE))
        .contains(&super::words::fold_hash(noun))
}

/// Whether the words before `start` are a noun in the plural that
/// `plural` accepts and `including`, `include`, `such as` or `like`
/// (`firms including`, `companies such as`, `other settlements include`).
fn after_plural(text: &str, start: usize, plural: fn(&str) -> bool) -> bool {
    let Some(w) = word_before(text, start) else {
        return false;
    };
    let (cue, before) = match &text[w.clone()] {
        "including" | "include" | "includes" | "like" => (true, w.start),
        "as" => match word_before(text, w.start) {
            Some(such) if &text[such.clone()] == "such" => (true, such.start),
            _ => (false, 0),
        },
        _ => (false, 0),
    };
    cue && word_before(text, before).is_some_and(|n| plural(text[n].trim_end_matches(',')))
}

/// The spans (in text order, apart), with the names listed after a noun in
/// the plural that `plural` accepts and `including`, `such as` or `like`
/// made of `kind`: at every mention, but at that mention only where
/// `this_mention` says so, and not a person named in full.
fn listed_by_their_nouns(
    text: &str,
    mut spans: Vec<Span>,
    kind: Kind,
    plural: fn(&str) -> bool,
    this_mention: impl Fn(&str) -> bool,
) -> Vec<Span> {
    let mut names = HashSet64::default();
    let mut listing = false;
    for i in 0..spans.len() {
        let s = &spans[i];
        listing = (listing
            && i > 0
            && text
                .get(spans[i - 1].end()..s.start)
                .is_some_and(super::evidence::list_goes_on))
            || after_plural(text, s.start, plural);
        if !listing || s.kind == kind || person_named_in_full(text, s) {
            continue;
        }
        if this_mention(&text[s.range()]) {
            spans[i].kind = kind;
        } else {
            names.insert(s.name);
        }
    }
    for s in spans.iter_mut().filter(|s| names.contains(&s.name)) {
        s.kind = kind;
    }
    spans
}

/// The spans (in text order, apart), with the names listed after an
/// organisation's noun in the plural and `including`, `such as` or `like`
/// (`firms including Mobil, Shell and Caltex`) made organisations': at
/// every mention, but a listed place at that mention only, and not a
/// person named in full.
pub(super) fn organisations_listed_by_their_nouns(text: &str, spans: Vec<Span>) -> Vec<Span> {
    listed_by_their_nouns(
        text,
        spans,
        Kind::Organisation,
        organisations_plural,
        listed_place,
    )
}

/// The spans (in text order, apart), with the names listed after a place's
/// noun in the plural and `including`, `include`, `such as` or `like`
/// (`other settlements include Henningsvær, Stamsund and Leknes`, `islands
/// such as Whenua Hou`) made places at every mention, but not a person
/// named in full.
pub(super) fn places_listed_by_their_nouns(text: &str, spans: Vec<Span>) -> Vec<Span> {
    listed_by_their_nouns(text, spans, Kind::Place, places_plural, |_| false)
}

fn group_nouns() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    super::automaton(&AC, GROUP_NOUNS)
}

/// `spans` (in text order, apart) with an organisation added for each run
/// of capitalised words in `text[part]` right after a group's noun or a
/// verb of founding ([`GROUP_NOUNS`]: `the American band Melvins`, `the
/// public broadcaster DR`, `formed New Order`) that no span holds and that
/// stands alone after it ([`apposed`]).
/// At most four words.
pub(super) fn untagged_groups(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    for m in group_nouns().find_iter(Input::new(text).range(part)) {
        if !starts_word(text, m.start()) {
            continue;
        }
        let start = m.end();
        let mut end = start;
        for _ in 0..4 {
            let Some(w) = word_after(text, end).or_else(|| {
                // The first word right at `start`, after the noun's space.
                (end == start)
                    .then(|| word_after(text, start - 1))
                    .flatten()
            }) else {
                break;
            };
            let bare = trim_edges(text, w.clone());
            let word = &text[bare.clone()];
            if bare.start != w.start || word.is_empty() || !is_name_word(word) {
                break;
            }
            end = bare.end;
            if bare.end < w.end {
                break;
            }
        }
        let name = start..end;
        if name.is_empty() || span_over(&spans, &name).is_some() || !apposed(text, end) {
            continue;
        }
        added.push(Span::new(text, name, Kind::Organisation));
    }
    with_added(spans, added)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{link_marked, linked, mention_texts, summary};

    /// The anchors that start words in `text[part]`, as an automaton finds
    /// all of them, overlapping: the longest at each place, then left to
    /// right none that starts inside the one before.
    fn anchors_by_automaton(
        text: &str,
        part: std::ops::Range<usize>,
    ) -> Vec<std::ops::Range<usize>> {
        let automaton =
            aho_corasick::AhoCorasick::new(super::person_anchors()).expect("a few plain phrases");
        let mut all: Vec<std::ops::Range<usize>> = automaton
            .find_overlapping_iter(aho_corasick::Input::new(text).range(part))
            .map(|m| m.range())
            .filter(|r| super::starts_word(text, r.start))
            .collect();
        all.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut kept: Vec<std::ops::Range<usize>> = Vec::new();
        for r in all {
            if kept.last().is_none_or(|k| k.end <= r.start) {
                kept.push(r);
            }
        }
        kept
    }

    #[test]
    fn the_date_words_begin_with_the_seven_days() {
        assert!(super::DATE_WORDS[..7].iter().all(|d| d.ends_with("day")));
        assert!(!super::DATE_WORDS[7].ends_with("day"));
        assert!(super::day_name("Sunday") && !super::day_name("June"));
        assert!(!super::day_name("sunday"));
    }

    #[test]
    fn anchors_are_found_where_they_start_words() {
        let text = "the designer Lian Bell, a co-founder Jo, ex-archer Al, the West \
                    Indian Dwayne Bravo, the Frenchman Jean, grandson Tom, South african \
                    Kim, designers Ann, designer\nBo";
        let found: Vec<&str> = super::anchors_in(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            found,
            [
                "designer ",
                "co-founder ",
                "archer ",
                "Indian ",
                "Frenchman ",
                "grandson ",
                "South african "
            ]
        );
        assert_eq!(super::anchors_in(text, 4..text.len())[0], 4..13);
        assert_eq!(super::anchors_in(text, 5..text.len())[0].start, 26);
        assert!(super::anchors_in(text, 4..12).is_empty());
        // A part that starts inside a character starts at the next one.
        let text = "\u{e9}designer Jo, \u{e9} designer Al";
        let found = super::anchors_in(text, 1..text.len());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0], 18..27);
    }

    proptest::proptest! {
        /// Word by word, the anchors found are those an automaton of them
        /// finds at the start of a word, in any text and any part of it.
        #[test]
        fn anchors_are_found_as_an_automaton_finds_them(
            words in crate::document::tests::words_among(
                &[
                    "designer", "researcher", "archer", "co-founder", "founder",
                    "the", "French", "Frenchman", "North", "korean", "West",
                    "Indian", "John", "Smith", "coach", ",", "\u{e9}", "\n", "Latin",
                    "american", "South", "african", "Sri", "lankan", "son", "grandson",
                    "x", "co-", "\u{2028}", "\u{a0}", "\u{5d0}", "\u{301}",
                ],
                24,
            ),
            seps in proptest::collection::vec(proptest::sample::select(vec![" ", "", "-", "  "]), 24),
            cut in 0usize..200,
        ) {
            let text: String = words
                .iter()
                .zip(&seps)
                .flat_map(|(w, s)| [w.as_str(), s])
                .collect();
            proptest::prop_assert_eq!(
                super::anchors_in(&text, 0..text.len()),
                anchors_by_automaton(&text, 0..text.len())
            );
            // A part from a character's start: the anchors within it.
            let start = (0..=cut.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            proptest::prop_assert_eq!(
                super::anchors_in(&text, start..text.len()),
                anchors_by_automaton(&text, start..text.len())
            );
        }
    }

    #[test]
    fn names_listed_after_organisations_in_the_plural_are_organisations() {
        let (_, e) = link_marked(
            "Firms including {P|Mobil}, {P|Shell} and {L|Caltex} came. Bands such as \
             {P|Soundgarden} and {P|Mudhoney} played. {P|Shell} rose. Companies like \
             {P|Bill Gates} spoke. People including {P|Kim} came. Leaders such as \
             {P|Moon} met.",
        );
        let orgs: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            orgs,
            ["Mobil", "Shell", "Caltex", "Soundgarden", "Mudhoney"]
        );
        assert_eq!(e.organisations[1].mentions.len(), 2);
        let people: Vec<&str> = e.people.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(people, ["Bill Gates", "Kim", "Moon"]);
    }

    #[test]
    fn names_listed_after_places_in_the_plural_are_places() {
        let [people, places, organisations] = linked(
            "Other settlements include {P|Henningsvær}, {P|Stamsund} and {P|Leknes}. Towns \
             like {O|Mohawk} grew. Birds live on islands such as {P|Whenua Hou}. Later \
             {P|Stamsund} grew. Cities such as {P|Anna Smith} spoke. Firms include \
             {P|Mobil}.",
        );
        assert_eq!(
            places,
            ["Henningsvær", "Stamsund", "Leknes", "Mohawk", "Whenua Hou"]
        );
        assert_eq!(people, ["Anna Smith"]);
        assert_eq!(organisations, ["Mobil"]);
    }

    #[test]
    fn a_name_between_the_and_a_noun_of_land_is_a_place() {
        let (_, e) = link_marked(
            "Musicians from the Sahara region met. {L|Russia} gave up the Amur valley. \
             The ALMA telescope on the Chajnantor plateau is new. The Arab region grew. The \
             Western region voted. A Sahara region grew. It falls into the {P|Kim} valley \
             near the Rio Grande valley.",
        );
        let places: Vec<&str> = e.places.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            places,
            ["Sahara", "Russia", "Amur", "Chajnantor", "Rio Grande"]
        );
        let people: Vec<&str> = e.people.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(people, ["Kim"]);
    }

    #[test]
    fn a_name_after_a_persons_title_is_a_persons() {
        let [people, places, organisations] = linked(
            "He met President {L|F. W. de Klerk}. {L|F. W. de Klerk} spoke. Mr. {O|Rivers} \
             came. President {L|Washington} led; {L|Washington} grew. He lives in {L|King \
             County}. General {O|Motors} fell. The daughter of {L|Lord Byron} sailed to \
             {L|Lord Howe Island}. {O|First Union} and {O|King Power} grew. \
             {P|Councillor Marvin Rees} spoke. It follows the {L|Buendía} family. \
             The {L|Jordan} family left {L|Jordan}. Mr {L|Wells} took the bus from \
             {L|Wells}. {L|Wells} smiled.",
        );
        assert_eq!(
            people,
            [
                "F. W. de Klerk",
                "Rivers",
                "Washington",
                "Lord Byron",
                "Marvin Rees",
                "Buendía",
                "Jordan",
                "Wells"
            ]
        );
        assert_eq!(
            places,
            [
                "Washington",
                "King County",
                "Lord Howe Island",
                "Jordan",
                "Wells"
            ]
        );
        assert_eq!(
            organisations,
            ["General Motors", "First Union", "King Power"]
        );
    }

    #[test]
    fn a_name_after_a_princes_or_a_sultans_title_is_a_persons() {
        let [people, places, organisations] = linked(
            "Prince {O|Diponegoro} rebelled. {O|Diponegoro} lost. Sultan {O|Qaboos} ruled. \
             He moved to {L|Prince Edward Island}.",
        );
        assert_eq!(people, ["Diponegoro", "Qaboos"]);
        assert_eq!(places, ["Prince Edward Island"]);
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn a_family_that_a_firm_is_named_after_is_a_person_at_its_mention_only() {
        let src = "{O|Havnø} agreed to buy {O|Vanderveld Freight}. {O|Vanderveld} jumped 33 \
                   percent. The {O|Vanderveld} family holds 44 percent. {O|Vanderveld} will \
                   keep its brand.";
        let (text, e) = link_marked(src);
        assert_eq!(
            summary(&text, &e.people),
            [(
                "Vanderveld".to_string(),
                vec![],
                vec!["Vanderveld".to_string()]
            )]
        );
        let firm = summary(&text, &e.organisations)
            .into_iter()
            .find(|(name, _, _)| name == "Vanderveld Freight")
            .expect("the firm");
        assert_eq!(firm.2.len(), 3, "{firm:?}");
        // A family named so only by the tagger's firm stays a person's
        // family at its mention; a place's name stays a person's at every
        // mention (see above), and so does a title's.
        let [people, _, organisations] =
            linked("The {O|Foljambe} family sold it. Mr {O|Foljambe} smiled.");
        assert_eq!(people, ["Foljambe"]);
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn a_name_that_was_born_or_died_is_a_persons() {
        let [people, places, organisations] = linked(
            "{L|Babur} was born in {L|Andijan}. {L|Babur} took {L|Delhi}. In {L|Babur} \
             it rained. {O|Ma} died in 1433, as did {O|Kodak Company}.",
        );
        assert_eq!(people, ["Babur", "Ma"]);
        assert_eq!(places, ["Andijan", "Delhi", "Babur"]);
        assert_eq!(organisations, ["Kodak Company"]);
    }

    #[test]
    fn a_name_after_a_persons_noun_is_a_persons() {
        let [people, places, organisations] = linked(
            "The novelist {O|Fay Weldon} studied here. {O|Fay Weldon} wrote. \
             The painter {L|Gunnar Berg} lived on {L|Skrova}. The musician {O|Merzbow} played.",
        );
        assert_eq!(people, ["Fay Weldon", "Gunnar Berg", "Merzbow"]);
        assert_eq!(places, ["Skrova"]);
        assert!(organisations.is_empty());
        // A given name the tagger cut from the rest joins it.
        let [people, _, organisations] = linked(
            "The engineer {O|Nobutoshi} {P|Kihara} adapted it. The diplomat {O|Fyodor} \
             {P|Golovin} led. The regent {O|Elizabeth} {P|Pulane Moremi} ruled.",
        );
        assert_eq!(
            people,
            [
                "Nobutoshi Kihara",
                "Fyodor Golovin",
                "Elizabeth Pulane Moremi"
            ]
        );
        assert!(organisations.is_empty());
        // Not a club after a noun that sports reports put before one, nor
        // a listed place.
        let [people, places, organisations] = linked(
            "The player {O|Barcelona} signed scored. The writer {L|Paris} loved was {P|Ann Lee}.",
        );
        assert_eq!(people, ["Ann Lee"]);
        assert_eq!(places, ["Paris"]);
        assert_eq!(organisations, ["Barcelona"]);
    }

    #[test]
    fn kin_owners_and_spokesmen_are_persons_nouns() {
        let [people, _, organisations] = linked(
            "The park was laid out for the quarry owner {O|Ralph Allen}. He met his future \
             wife {O|Catherine Middleton} there. Within days Babur's son {O|Humayun} held \
             Agra, said the spokesman {O|Tom Price}.",
        );
        assert_eq!(
            people,
            ["Ralph Allen", "Catherine Middleton", "Humayun", "Tom Price"]
        );
        assert!(organisations.is_empty());
        // Makers of records and news, and officers of the law.
        let [people, places, organisations] = linked(
            "They worked with the producer {L|Nigel Godrich}. The reporter {O|Maria Ressa} \
             wrote it. The prosecutor {O|Preet} {P|Bharara} spoke to the sheriff {L|Jos\u{e9} \
             Ortiz}.",
        );
        assert_eq!(
            people,
            [
                "Nigel Godrich",
                "Maria Ressa",
                "Preet Bharara",
                "Jos\u{e9} Ortiz"
            ]
        );
        assert!(places.is_empty() && organisations.is_empty());
    }

    #[test]
    fn a_name_after_an_organisations_noun_is_an_organisations() {
        let [people, places, organisations] = linked(
            "It was made by the public broadcaster {P|DR}. {P|DR} sold it. The band \
             {P|Boris} and the label {L|Paris}. We met in {L|Paris}. The company {P|Ann Lee} \
             founded grew. He met the chairman of the party {P|Vladimir Zhirinovsky}. It \
             ran on the channel {P|Rossiya} and the network {L|Tarpon}.",
        );
        assert_eq!(people, ["Ann Lee", "Vladimir Zhirinovsky"]);
        assert_eq!(places, ["Paris"]);
        assert_eq!(organisations, ["DR", "Boris", "Paris", "Rossiya", "Tarpon"]);
    }

    #[test]
    fn a_name_with_an_organisations_noun_in_apposition_is_an_organisations() {
        let [people, places, organisations] = linked(
            "Azul ordered jets from {P|Embraer}, the plane maker based in {L|Brazil}. It is \
             backed by {P|Crankstart}, a charitable foundation. {P|Nirvana}, a trio from \
             {L|Aberdeen}, left. Later {P|Nirvana} split.",
        );
        assert_eq!(organisations, ["Embraer", "Crankstart", "Nirvana"]);
        assert_eq!(places, ["Brazil", "Aberdeen"]);
        assert!(people.is_empty());
        // A listed place or a people may qualify the noun, not a person's.
        let [people, _, organisations] = linked(
            "He played in {L|Split Enz}, the Auckland band led by {P|Tim Finn}. \
             {P|Halvorsen Tyre}, a Norwegian firm, grew. {P|Jo Smith}, the British \
             ambassador, spoke.",
        );
        assert_eq!(organisations, ["Split Enz", "Halvorsen Tyre"]);
        assert_eq!(people, ["Tim Finn", "Jo Smith"]);
        // Not a person's noun first or after, a new clause, a place, an
        // operator, or past a possessive.
        let [people, places, organisations] = linked(
            "{P|Jo Smith}, a founder of the firm, spoke. {P|Kim Lee}, a company director, \
             spoke. In {L|Sokoto}, the national news agency reported a riot. {P|Maria}, a \
             machine operator who spoke. {P|Ann Cole}, the band's drummer, spoke.",
        );
        assert_eq!(people, ["Jo Smith", "Kim Lee", "Maria", "Ann Cole"]);
        assert_eq!(places, ["Sokoto"]);
        assert!(organisations.is_empty());
    }

    #[test]
    fn a_name_after_an_organisations_noun_may_begin_its_clause() {
        let [people, places, organisations] = linked(
            "He said the grid operator {P|Transelectrica} was ready. The official newspaper \
             {L|Granma} reported it. The company {P|Ann Lee} founded grew.",
        );
        assert_eq!(people, ["Ann Lee"]);
        assert!(places.is_empty(), "{places:?}");
        assert_eq!(organisations, ["Transelectrica", "Granma"]);
    }

    #[test]
    fn a_form_of_address_taken_in_with_a_name_leaves_a_person() {
        let (text, e) = link_marked(
            "Cho, as {O|Mrs Park}, smiles. Lee gave {O|Mr. Park} a nod. {O|Dr Pepper Group} \
             sells drinks.",
        );
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Park"]);
        assert_eq!(mention_texts(&text, &e.people[0]), ["Park", "Park"]);
        assert_eq!(e.organisations.len(), 1);
    }

    #[test]
    fn a_name_before_a_regions_noun_is_a_place() {
        let [people, places, organisations] = linked(
            "A club based in the {O|St. Pauli} district of Hamburg. {O|St. Pauli} won. It \
             was born in {O|St. Pauli}. It lies in the {P|Tigray} region. {P|Tigray} is dry. \
             The {O|Fiat} group and the {P|John Smith} district court differ. It is in the \
             {P|Chandni Chowk} subdivision. The {P|Zambian} county council met.",
        );
        assert_eq!(places, ["St. Pauli", "Tigray", "Chandni Chowk"]);
        assert_eq!(organisations, ["St. Pauli", "Fiat"]);
        assert_eq!(people, ["John Smith"]);
    }

    #[test]
    fn people_the_tagger_passed_by_after_a_noun_or_a_nationality_are_found() {
        let [people, places, _] = linked(
            "Through the Frenchman Jean-François Gerbillon and the Portuguese Tomás \
             {L|Pereira}. The opener {P|Matthew Hayden} and the West Indian Dwayne Bravo. In \
             2016 the designer Lian Bell started it. Of the Islamic Golden Age. A Briton \
             President Joe Smith came. The candidate Tom Harkin Wednesday said it to the \
             chairman Abdul Rahman.\" Then the candidate Ronald Reagan's wife spoke.",
        );
        assert_eq!(
            people,
            [
                "Jean-François Gerbillon",
                "Tomás Pereira",
                "Matthew Hayden",
                "Dwayne Bravo",
                "Lian Bell",
                "Tom Harkin",
                "Abdul Rahman",
                "Ronald Reagan"
            ]
        );
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn an_emperor_named_by_his_era_is_one_person() {
        let [people, places, organisations] = linked(
            "He served a son of the {O|Hongwu} {L|Emperor}, who ruled. Zhu Di became the \
             {L|Yongle} Emperor. The Roman Emperor fell; the Holy Roman Emperor too. The \
             Mughal Emperor {P|Akbar} ruled.",
        );
        assert_eq!(people, ["Hongwu Emperor", "Yongle Emperor", "Akbar"]);
        assert!(places.is_empty(), "{places:?}");
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn makers_services_and_the_like_are_organisations_nouns() {
        let [people, _, organisations] = linked(
            "It was built by the Dutch shipbuilder {P|Damen} and the Tanzanian firm \
             {P|Songoro}. It streamed on the American streaming service {P|Hulu}, and the \
             plane maker {P|Embraer}, the lender {P|Nationwide} and the watchdog {P|Ofcom} \
             and others met. {P|Ofcom} agreed.",
        );
        assert!(people.is_empty());
        assert_eq!(
            organisations,
            ["Damen", "Songoro", "Hulu", "Embraer", "Nationwide", "Ofcom"]
        );
    }

    #[test]
    fn a_group_the_tagger_passed_by_after_its_noun_is_found() {
        let [people, places, organisations] = linked(
            "They took their name from a song by the American band Melvins. The band \
             Joy Division, from {L|Salford}. The band played. The band Ann Lee formed split. \
             The rest formed New Order.",
        );
        assert!(people.is_empty());
        assert_eq!(places, ["Salford"]);
        assert_eq!(organisations, ["Melvins", "Joy Division", "New Order"]);
    }
}
