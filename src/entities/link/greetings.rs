//! People greeted or thanked by name: `Thank you, Chidi.`, `Good morning,
//! Vikram.`, `Thanks Sue, will do.`, `Dear Emeka,`. Transcripts, letters
//! and posts address people this way, and the tagger takes some such
//! names for places.

use std::ops::Range;

use super::words::capitalised_run;
use super::{Kind, Span};

/// Greetings and thanks said to a person by name, each as written at the
/// start of a sentence; the first letter may be in lower case too. Looked
/// up by their last letters ([`ending_in`]), which the tests hold to this
/// list.
#[cfg(test)]
const GREETINGS: &[&str] = &[
    "Bye",
    "Cheers",
    "Congratulations",
    "Dear",
    "Good afternoon",
    "Good evening",
    "Good morning",
    "Good night",
    "Goodbye",
    "Hello",
    "Hey",
    "Hi",
    "Thank you",
    "Thanks",
];

/// Whether a greeting ([`ending_in`]) that starts a word ends right before
/// `at`, maybe with a comma after it: `Thank you, ` before `Chidi`.
pub(super) fn greeted(text: &str, at: usize) -> bool {
    let Some(head) = text.as_bytes()[..at].strip_suffix(b" ") else {
        return false;
    };
    let head = head.strip_suffix(b",").unwrap_or(head);
    // The greetings that end with the word's last letter: most words end
    // none.
    let Some(&last) = head.last() else {
        return false;
    };
    ending_in(last).iter().any(|g| {
        let (first, rest) = g.as_bytes().split_at(1);
        head.strip_suffix(rest).is_some_and(|h| {
            h.split_last().is_some_and(|(&letter, before)| {
                letter.eq_ignore_ascii_case(&first[0])
                    && !text[..before.len()].ends_with(char::is_alphanumeric)
            })
        })
    })
}

/// The greetings and thanks said to a person by name that end with the
/// letter `last`, each as written at the start of a sentence (the first
/// letter may be in lower case too).
fn ending_in(last: u8) -> &'static [&'static str] {
    match last {
        b'e' => &["Bye", "Goodbye"],
        b'g' => &["Good evening", "Good morning"],
        b'i' => &["Hi"],
        b'n' => &["Good afternoon"],
        b'o' => &["Hello"],
        b'r' => &["Dear"],
        b's' => &["Cheers", "Congratulations", "Thanks"],
        b't' => &["Good night"],
        b'u' => &["Thank you"],
        b'y' => &["Hey"],
        _ => &[],
    }
}

/// Whether the name ending at `end` ends its phrase: punctuation or the end
/// of a line follows (`Chidi.`, `Sue,`, `Zainab!`).
pub(super) fn addressed(text: &str, end: usize) -> bool {
    text[end..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ',' | '.' | '!' | '?' | ':' | ';' | '\n'))
}

/// `spans` (in text order, apart) with the names the tagger took for places
/// that are greeted or thanked ([`greeted`], [`addressed`]) made people's:
/// one or two capitalised words that [`super::kin::named_person`] takes for
/// a name. Looked for at the spans only: a search of the text for the
/// greetings costs more than the names it would find.
///
/// So is a place's name of one word, a country's too, greeted where a
/// person named in full in the text has it for a first word (`Thank you,
/// Chad.` to `CHAD MORROW`).
pub(super) fn people_greeted(text: &str, spans: Vec<Span>) -> Vec<Span> {
    // The first words of the people named in full, found on first use.
    let first_words = std::cell::OnceCell::new();
    let named_first = |word: &str| {
        first_words
            .get_or_init(|| {
                spans
                    .iter()
                    .filter(|s| s.kind == Kind::Person)
                    .filter_map(|s| text[s.range()].split_once(' '))
                    .map(|(first, _)| super::words::fold_hash(first))
                    .collect::<super::HashSet64>()
            })
            .contains(&super::words::fold_hash(word))
    };
    let found: Vec<Range<usize>> = spans
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == Kind::Place)
        .filter_map(|(i, s)| {
            if greeted(text, s.start) && addressed(text, s.end()) {
                let run = capitalised_run(text, s.start - 1, 2, |_| false);
                let named = super::kin::named_person(text, &run).filter(|r| *r == s.range());
                if named.is_some() {
                    return named;
                }
            } else if !called(text, &spans, i) {
                return None;
            }
            let word = &text[s.range()];
            (!word.contains(' ') && named_first(word)).then(|| s.range())
        })
        .collect();
    super::kin::with_people_found(text, spans, found)
}

/// Whether `spans[i]` is called by name in a speaker's turn: after a
/// comma and a word that is no name, before the end of the sentence (`It
/// did, Chad.`; not a list's last name, `Niger, Chad.`), or right after a
/// speaker's label in capitals, before a comma (`BELLO: Chad, the
/// streets`).
fn called(text: &str, spans: &[Span], i: usize) -> bool {
    let s = &spans[i];
    let head = &text[..s.start];
    let rest = &text[s.end()..];
    if let Some(before) = head.strip_suffix(", ") {
        let after_name = i > 0 && spans[i - 1].end() == before.len();
        return !after_name && rest.starts_with(['.', '!', '?']);
    }
    let label = head
        .strip_suffix(": ")
        .map(|h| h.rsplit('\n').next().unwrap_or(h))
        .is_some_and(|l| {
            (2..=24).contains(&l.len())
                && l.bytes()
                    .all(|b| b.is_ascii_uppercase() || b == b'-' || b == b' ')
        });
    label && rest.starts_with(", ")
}

/// `spans` (in text order, apart) with a known given name that opens a line
/// of `part` before a comma made a person's: a reply or a post addressing
/// somebody (`Sheryl, it's not the same company`). Not a name that is an
/// ordinary word, a listed place, a large company's or a day's or a month's
/// too (`Florence, the capital`, `Will, of course`, `Sunday, September 1`).
pub(super) fn people_addressed(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut line_start = part.start;
    for line in text[part].split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        // (Byte by byte: a searcher set up for each line costs more than the
        // search.)
        let window = line.get(..24).unwrap_or(line).as_bytes();
        let Some(comma) = window.windows(2).position(|w| w == b", ") else {
            continue;
        };
        let word = &line[..comma];
        if word.chars().count() > 2
            && super::title_case(word)
            && word.chars().all(char::is_alphabetic)
            && super::evidence::attested_given_name(word)
            && !super::common_word(word)
            && !super::listed_place(word)
            && !super::listed_firm(word)
            && !super::nouns::DATE_WORDS
                .iter()
                .any(|d| d.eq_ignore_ascii_case(word))
        {
            found.push(start..start + comma);
        }
    }
    if found.is_empty() {
        return spans;
    }
    super::kin::with_people_found(text, spans, found)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;
    use super::{GREETINGS, ending_in};

    #[test]
    fn each_greeting_is_found_by_its_last_letter() {
        let mut found: Vec<&str> = (0..=u8::MAX).flat_map(ending_in).copied().collect();
        found.sort_unstable();
        assert_eq!(found, GREETINGS);
    }

    #[test]
    fn a_country_called_as_the_first_name_of_a_person_in_the_text_is_the_persons() {
        use super::super::test_support::{link_marked, mention_texts};
        let (text, e) = link_marked(
            "HOST ({P|CHAD MORROW}): Welcome.\n\nADAMS: Thank you, {L|Chad}. It is calm.\n\n\
             BELLO: {L|Chad}, the streets are full.\n\nSTONE: It did, {L|Chad}. Troops from \
             {L|Chad} and {L|Niger}. A pass from {L|Jordan}.",
        );
        let chad = e
            .people
            .iter()
            .find(|p| p.name == "CHAD MORROW")
            .expect("a person");
        assert_eq!(
            mention_texts(&text, chad),
            ["CHAD MORROW", "Chad", "Chad", "Chad"]
        );
        let places: Vec<&str> = e
            .places
            .iter()
            .flat_map(|p| mention_texts(&text, p))
            .collect();
        assert_eq!(places, ["Chad", "Niger", "Jordan"]);
    }

    #[test]
    fn a_name_greeted_or_thanked_is_a_persons() {
        let [people, places, _] = linked(
            "ANCHOR: Thank you, {L|Chidi}. In {L|Kenya}, rain fell.\n\
             HOST: Good morning, {L|Vikram}. thanks {L|Sue}, will do.\n\
             Hi {P|Zainab}, the parcel came.",
        );
        for name in ["Chidi", "Vikram", "Sue", "Zainab"] {
            assert!(people.contains(&name.to_string()), "{name}: {people:?}");
        }
        assert_eq!(places, ["Kenya"]);
    }

    #[test]
    fn a_given_name_that_opens_a_line_before_a_comma_is_a_persons() {
        let [people, places, _] = linked(
            "Kerry said...\nSheryl, it's not the same company.\nFlorence, the capital, \
             is hot.\nSunday, September 1: results.\nWill, of course.\nAnd Sheryl, no.",
        );
        assert_eq!(people, ["Sheryl"]);
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn no_person_greeted_but_by_name_alone() {
        let [people, places, orgs] = linked(
            "Good morning, {L|Vietnam}! Thanks, Dad. Dear Sir, we write. Thanks to \
             {L|Chidi} for this. Hello, {L|London}! Thank you {O|Delta}, and Hi \
             Mount Kenya walkers.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Vietnam", "Chidi", "London"]);
        assert_eq!(orgs, ["Delta"]);
    }
}
