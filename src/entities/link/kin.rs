//! People named by their kin or their calling: `the son of Omri`, `the
//! widow of Robbins`, `Jehu the son of Nimshi`, `his wife, Mercedes Barcha`,
//! `the producer P2J`. Old narratives, genealogies and encyclopedia
//! articles name people this way, and the tagger takes many such names for
//! places or passes them by.

use std::ops::Range;

use super::short::Short;
use super::words::{capitalised_run, is_title, no_place_alone, word_before};
use super::{Kind, Span};

/// Kin whose `of` only a person's name follows (`the daughter of Ethbaal`).
/// Not `father` or `mother` (`the father of Afrobeat`, `the Mother of
/// Parliaments`), nor `heir` or `child` (`heir of Vf`, `children of
/// Chernobyl`).
const KIN: &[&str] = &[
    "aunt",
    "brother",
    "brothers",
    "cousin",
    "daughter",
    "daughters",
    "granddaughter",
    "grandson",
    "husband",
    "nephew",
    "niece",
    "sister",
    "sisters",
    "son",
    "sons",
    "stepdaughter",
    "stepson",
    "uncle",
    "widow",
    "widower",
    "wife",
];

/// Whether `word` (any case) names a relative before the relative's
/// name (`his sister Kim Yo Jong`): one of [`KIN`], or a parent or
/// grandparent.
pub(super) fn relative(word: &str) -> bool {
    const PARENTS: &[&str] = &["father", "grandfather", "grandmother", "mother"];
    KIN.iter()
        .chain(PARENTS)
        .any(|k| k.eq_ignore_ascii_case(word))
}

/// Words that join a name to the next (`the son of Shaphat of
/// Abel-meholah`), not nouns it qualifies.
const LINKS: &[&str] = &[
    "and", "at", "by", "from", "in", "of", "on", "or", "to", "was", "who", "with",
];

/// Kin set between two people's names with no comma: `Jehu the son of
/// Nimshi`, `Jonathan son of Saul`.
pub(super) const KIN_BETWEEN: &[&str] = &["son of ", "daughter of ", "wife of ", "sons of "];

/// Whether ` of ` ends `text[..at]`, after a kin noun ([`KIN`]).
pub(super) fn kin_of_before(text: &str, at: usize) -> bool {
    text.as_bytes()[..at].ends_with(b" of ")
        && word_before(text, at - 3).is_some_and(|k| KIN.contains(&&text[k]))
}

/// `spans` (in text order, apart) with the people of `text[part]` named
/// right after a kin's `of` ([`KIN`]) made people's, and the name before
/// `the son of` and the like ([`KIN_BETWEEN`]) too: one to three
/// capitalised words, not a title, not all common words but for a man's or
/// a woman's given name (`the son of Mark`), no people's name
/// or compass word alone, no geographic word, no listed place but one that
/// is a man's or a woman's given name too (`the son of Saul`). A name the
/// tagger called an organisation, that crosses another name, or that
/// qualifies a noun after it, is left as it is.
pub(super) fn people_by_their_kin(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut found: Vec<Range<usize>> = Vec::new();
    for at in memchr::memmem::find_iter(&bytes[part.clone()], b" of ") {
        let of = part.start + at + 1;
        // A capital (or a letter past ASCII) after `of `.
        if !bytes
            .get(of + 3)
            .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80)
            || !kin_of_before(text, of + 3)
        {
            continue;
        }
        let run = capitalised_run(text, of + 2, 4, |w| super::nouns::DATE_WORDS.contains(&w));
        let Some(name) = named_person(text, &run) else {
            continue;
        };
        // Not a name that qualifies the noun after it (`the wife of Mafia
        // boss Nitto Santapaola`, `the son of Ireland manager`): a noun of
        // a person's or a thing's, or a word before another name that does
        // not join the two.
        if super::words::word_after(text, name.end).is_some_and(|w| {
            let noun = &text[w.clone()];
            noun.starts_with(|c: char| c.is_ascii_lowercase())
                && (super::nouns::persons_noun(noun)
                    || super::define::heads_no_person(noun)
                    || (!LINKS.contains(&noun)
                        && noun.ends_with(|c: char| c.is_ascii_lowercase())
                        && super::words::word_after(text, w.end)
                            .is_some_and(|n| super::words::is_name_word(&text[n]))))
        }) {
            continue;
        }
        // The name before `the son of`, when there is one.
        let kin = word_before(text, of).map_or(of, |k| k.start);
        if KIN_BETWEEN.iter().any(|k| text[kin..].starts_with(k)) {
            let head = word_before(text, kin)
                .filter(|w| &text[w.clone()] == "the")
                .map_or(kin, |w| w.start);
            if let Some(before) = name_before(text, head)
                && found.last().is_none_or(|l| l.end <= before.start)
            {
                found.push(before);
            }
        }
        if found.last().is_none_or(|l| l.end <= name.start) {
            found.push(name);
        }
    }
    with_people_found(text, spans, found)
}

/// Words of respect or kinship said after a person's name in the English
/// of South Asia, Africa and East Asia (`Shalini aunty`, `tanaka sensei`,
/// `sharma ji`).
pub(super) const AFTER_NAMES: &[&str] = &[
    "aunty", "auntie", "bhai", "bhaiya", "didi", "ji", "sahib", "sensei", "uncle",
];

/// Whether `rest` begins with one of [`AFTER_NAMES`] as a whole word
/// (`aunty`, not `uncles` or `jim`).
pub(super) fn honorific_first(rest: &str) -> bool {
    AFTER_NAMES
        .iter()
        .any(|h| super::words::begins_with_word(rest, h))
}

/// `spans` (in text order, apart) with the word of `text[part]` right
/// before one of [`AFTER_NAMES`] made a person's name (`tell Shalini aunty`,
/// `selvi aunty`): a word of at least three letters, no common word (`my
/// uncle`, `the aunty`), no listed place (`delhi uncle`), in any case.
pub(super) fn people_before_their_honorifics(
    text: &str,
    part: Range<usize>,
    spans: Vec<Span>,
) -> Vec<Span> {
    let mut found: Vec<Range<usize>> = Vec::new();
    // Every pattern is a space and a word: two matches at different
    // starts cannot overlap, so the one search finds each start that any
    // of the words follows, in order.
    for m in after_names().find_iter(aho_corasick::Input::new(text).range(part)) {
        let start = m.start() + 1;
        if !honorific_first(&text[start..]) {
            continue;
        }
        let Some(name) = word_before(text, start) else {
            continue;
        };
        let surface = &text[name.clone()];
        if name.end + 1 == start
            && surface.chars().count() >= 3
            && surface.chars().all(char::is_alphabetic)
            && !super::evidence::common_word(surface)
            && !super::words::listed_place(&crate::entities::geo::capitalised(surface))
            && found.last().is_none_or(|l| l.end <= name.start)
        {
            found.push(name);
        }
    }
    with_people_found(text, spans, found)
}

/// An automaton of [`AFTER_NAMES`], each after a space, in the case
/// written.
fn after_names() -> &'static aho_corasick::AhoCorasick {
    static AC: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasick::new(AFTER_NAMES.iter().map(|h| format!(" {h}")))
            .expect("a few words make an automaton")
    })
}

/// `spans` (in text order, apart) with each name the tagger took for a place
/// made a person's where a person's noun in lower case comes right before
/// it (`the grocer Collignon`, `the producer P2J`) or before it and a
/// comma after a possessive (`his wife, Mercedes Barcha`): not a country
/// nor a listed place ([`named_person_but_places`]), though a town of the
/// wide list.
pub(super) fn people_after_their_nouns(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let found: Vec<Range<usize>> = spans
        .iter()
        .filter(|s| s.kind == Kind::Place && after_persons_noun(text, s.start))
        .filter_map(|s| {
            let words: Vec<Range<usize>> = text[s.range()]
                .split_byte(b' ')
                .scan(s.start, |at, w| {
                    let word = *at..*at + w.len();
                    *at += w.len() + 1;
                    Some(word)
                })
                .collect();
            // Not a listed place, though a given name too (`The writer
            // Paris loved`).
            named_person_but_places(text, &words, false)
                .filter(|r| *r == s.range() && !super::words::listed_place(&text[r.clone()]))
        })
        .collect();
    with_people_found(text, spans, found)
}

/// Whether a person's noun in lower case comes right before `at` (`the
/// grocer `), or before it and a comma after a possessive (`his wife, `;
/// see [`super::evidence::persons_noun_before`]).
fn after_persons_noun(text: &str, at: usize) -> bool {
    super::evidence::persons_noun_before(text, at, |w| {
        w.starts_with(|c: char| c.is_ascii_lowercase()) && super::nouns::persons_noun(w)
    })
}

/// The spans (in text order, apart) of `text[part]` with a surname in
/// capitals after an honorific that opens a line made a person's, as the
/// records of a parliament write its members (`Mr MENZIES (Kooyong - Prime
/// Minister). -`, `Mr GRAYSON (Hume). -`): one or two words in capitals,
/// then a bracket, a stop or a colon. Not an office (`Mr SPEAKER`).
pub(super) fn members_in_capitals(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    const HONORIFICS: &[&str] = &[
        "Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ", "Dr ", "Dr. ", "Sir ", "Dame ",
    ];
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut line = part.start;
    while line < part.end {
        let rest = &bytes[line..part.end];
        if let Some(h) = matches!(rest.first(), Some(b'M' | b'D' | b'S'))
            .then(|| HONORIFICS.iter().find(|h| rest.starts_with(h.as_bytes())))
            .flatten()
        {
            let start = line + h.len();
            let capital = |b: &u8| b.is_ascii_uppercase() || matches!(b, b'-' | b'\'');
            let mut end = start + bytes[start..].iter().take_while(|b| capital(b)).count();
            // A second word (`Mr DE GAULLE`).
            if bytes.get(end) == Some(&b' ')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase)
                && bytes.get(end + 2).is_some_and(u8::is_ascii_uppercase)
            {
                end += 1 + bytes[end + 1..].iter().take_while(|b| capital(b)).count();
            }
            let name = &text[start..end];
            let closed =
                matches!(bytes.get(end), Some(b'.' | b':')) || bytes[end..].starts_with(b" (");
            if end >= start + 2
                && closed
                && name
                    .split(' ')
                    .all(|w| !super::words::titles().contains(&super::words::fold_hash(w)))
            {
                found.push(start..end);
            }
        }
        line = match memchr::memchr(b'\n', &bytes[line..part.end]) {
            Some(i) => line + i + 1,
            None => part.end,
        };
    }
    if found.is_empty() {
        return spans;
    }
    found.retain(|r| super::holds_whole(&spans, r));
    super::replaced_by(text, spans, found, Kind::Person)
}

/// `spans` (in text order, apart) with the names `found` (in text order,
/// apart) made people's: those the tagger passed by, or took for places.
/// Not a name the tagger called an organisation, or one that crosses
/// another name.
pub(super) fn with_people_found(
    text: &str,
    spans: Vec<Span>,
    mut found: Vec<Range<usize>>,
) -> Vec<Span> {
    found.retain(|r| {
        super::holds_whole(&spans, r)
            && super::spans_over(&spans, r)
                .iter()
                .all(|s| s.kind == Kind::Place || (s.kind == Kind::Person && s.range() != *r))
    });
    if found.is_empty() {
        return spans;
    }
    super::replaced_by(text, spans, found, Kind::Person)
}

/// The name of a person that a run of capitalised words (`run`, in order)
/// after a kin's `of` is ([`people_by_their_kin`]), or after a greeting.
pub(super) fn named_person(text: &str, run: &[Range<usize>]) -> Option<Range<usize>> {
    named_person_but_places(text, run, true)
}

/// [`named_person`], where a listed place or a town or region of the wide
/// list is no person's only if `places`; else only a country, or a listed
/// place that is no given name, is not (`Ngozi` is a town too).
pub(super) fn named_person_but_places(
    text: &str,
    run: &[Range<usize>],
    places: bool,
) -> Option<Range<usize>> {
    if run.is_empty() || run.len() > 3 {
        return None;
    }
    let name = run[0].start..run[run.len() - 1].end;
    let surface = &text[name.clone()];
    let first = &text[run[0].clone()];
    let common = run
        .iter()
        .all(|r| super::evidence::common_word(&text[r.clone()]));
    // A man's or a woman's given name outweighs the lists of words and
    // places (`the son of Saul`, `Thanks Sue`).
    let given = super::evidence::gendered_given_name(first);
    // A country never (`Good morning, Vietnam!`, `the singer France`).
    let place = if places {
        super::words::listed_place(surface) || super::evidence::wide_place(surface)
    } else {
        super::words::listed_place(surface) && !super::evidence::attested_given_name(first)
    };
    (!is_title(first)
        && (given || (!common && !no_place_alone(first)))
        && !super::evidence::geographic(surface)
        && !super::words::listed_country(surface)
        && (given || !place)
        && !super::evidence::listed_firm(surface))
    .then_some(name)
}

/// The name of up to three capitalised words that ends right before the
/// space before `at` (`Jehu` of `Jehu the son of`), without a common word
/// that begins it (`Then`), if what is left is a name ([`named_person`]).
fn name_before(text: &str, at: usize) -> Option<Range<usize>> {
    let mut run = super::words::words_before(text, at, 3, |word, _| {
        super::words::is_name_word(word) && !word.ends_with(|c: char| !c.is_alphanumeric())
    });
    while run
        .first()
        .is_some_and(|w| super::evidence::common_word(&text[w.clone()]))
    {
        run.remove(0);
    }
    named_person(text, &run)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;

    #[test]
    fn a_member_in_capitals_after_an_honorific_is_a_person() {
        let [people, places, _] = linked(
            "Mr MENZIES ({L|Kooyong} - Prime Minister). - I am informed.\n\
             Mr DE GAULLE. - Non.\nMr SPEAKER. - Order!\nMrs BLAIR: Yes.\n\
             Mr BROWN said so.",
        );
        assert_eq!(people, ["MENZIES", "DE GAULLE", "BLAIR"]);
        assert_eq!(places, ["Kooyong"]);
    }

    #[test]
    fn a_name_after_a_kins_of_is_a_persons() {
        let [people, places, _] = linked(
            "{L|Peleus} would be the father of Achilles, and Jehu the son of Nimshi \
             was king over {L|Israel}. He took to wife {P|Jezebel}, the daughter of \
             {L|Ethbaal}, king of {L|Sidon}.",
        );
        assert!(people.contains(&"Nimshi".to_string()), "{people:?}");
        assert!(people.contains(&"Jehu".to_string()), "{people:?}");
        assert!(people.contains(&"Ethbaal".to_string()), "{people:?}");
        assert!(places.contains(&"Israel".to_string()), "{places:?}");
        assert!(places.contains(&"Sidon".to_string()), "{places:?}");
        // `father of` is not kin here: the founder of a genre is one too.
        assert!(!people.contains(&"Achilles".to_string()), "{people:?}");
    }

    #[test]
    fn a_name_before_a_word_of_respect_is_a_persons() {
        let [people, places, _] = linked(
            "tell Shalini aunty to come to {L|Dubai}. selvi aunty wants saris, and tanaka \
             sensei retires. sharma ji, my uncle and the delhi uncle came; our uncles too. \
             Then {L|Rohtak} ji-ji.",
        );
        assert_eq!(people, ["Shalini", "selvi", "tanaka", "sharma"]);
        assert_eq!(places, ["Dubai", "delhi", "Rohtak"]);
    }

    #[test]
    fn a_place_after_a_persons_noun_is_a_person() {
        let [people, places, _] = linked(
            "He lived with his wife, {L|Mercedes Barcha}, in {L|Mexico City}. The \
             producer {L|Haldor} mixed it. The singer {L|France} sang in {L|Lyon}. \
             Their wife, {L|Paris} and the city {L|Toledo} were there.",
        );
        assert_eq!(people, ["Mercedes Barcha", "Haldor"]);
        assert_eq!(places, ["Mexico City", "France", "Lyon", "Paris", "Toledo"]);
    }

    #[test]
    fn no_person_of_a_kins_of_before_a_place_a_body_or_a_common_word() {
        let [people, _, orgs] = linked(
            "She was a daughter of {L|Ireland}. He was the son of God. The wife of \
             {O|Mafia} bosses spoke. A sister of {L|New York} City stood. The widow \
             of Mafia boss Santapaola spoke.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert!(orgs.contains(&"Mafia".to_string()), "{orgs:?}");
    }
}
