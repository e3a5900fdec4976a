//! People who sign with their town in brackets: `Tunde (Ibadan): Good
//! value`, `★★★★★ Ngozi (Enugu):`, `Folake A. (London, UK):`, `... for a 6am
//! flight. Ngozi (Oranmore)`. Reviews, letters and notices are signed this
//! way, and the tagger takes the name for a place beside a place, or passes
//! it by.

use std::ops::Range;

use super::short::Short;
use super::words::{is_name_word, starts_sentence};
use super::{Kind, Span};

/// `spans` (in text order, apart) with the name of up to three capitalised
/// words (the last maybe an initial) that begins a line or a sentence and
/// comes right before a place in brackets (maybe with its country:
/// `(Kumasi, Ghana)`), the bracket closing the line or followed by a colon,
/// made a person's ([`super::kin::named_person_but_places`]), though a town
/// somewhere bears it.
pub(super) fn people_signing(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let found: Vec<Range<usize>> = spans
        .iter()
        .filter(|s| s.kind == Kind::Place && text[..s.start].ends_with(" ("))
        .filter(|s| closes_signature(text, s.end()))
        .filter_map(|s| signer(text, s.start - 1))
        .collect();
    super::kin::with_people_found(text, spans, found)
}

/// `spans` (in text order, apart) with each given name that signs off a
/// paragraph made a person's ([`signs_off`]): `... deserves a good home.
/// Pádraig`, `... some evening? Thiago`.
pub(super) fn people_signing_off(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let bytes = text.as_bytes();
    let ends = memchr::memchr_iter(b'\n', &bytes[part.clone()])
        .map(|i| part.start + i)
        .chain((part.end == text.len()).then_some(text.len()));
    let found: Vec<Range<usize>> = ends
        .filter_map(|end| {
            let line = text[..end].trim_end_matches([' ', '\r']);
            // A signature ends in a letter (see [`signs_off`]): most lines
            // end in a stop, and are passed by here.
            if !line.ends_with(char::is_alphabetic) {
                return None;
            }
            // After the last space, which may be wider than a byte.
            let start = line
                .char_indices()
                .rfind(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let w = start..line.len();
            (!w.is_empty() && signs_off(text, &w)).then_some(w)
        })
        .collect();
    super::kin::with_people_found(text, spans, found)
}

/// Whether the word at `range` is a capitalised given name alone after the
/// end of a sentence and at the end of its line: a paragraph's signature.
pub(super) fn signs_off(text: &str, range: &Range<usize>) -> bool {
    let rest = text[range.end..].trim_start_matches([' ', '\r']);
    let head = text[..range.start].trim_end_matches(' ');
    let word = &text[range.clone()];
    // The sentence before ends in a word in lower case (not `F.C.`, nor a
    // title's dot: `said Mr. Clement.`).
    let ended = head.strip_suffix(['.', '?', '!']).is_some_and(|h| {
        h.ends_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            && !super::words::is_title(h.rsplit_byte(b' ').next().unwrap_or(h))
    });
    (rest.is_empty() || rest.starts_with('\n'))
        && head.len() < range.start
        && ended
        && word.starts_with(char::is_uppercase)
        && word.ends_with(char::is_alphabetic)
        && super::evidence::attested_given_name(word)
}

/// Whether the name at `range` signs ([`people_signing`]): it begins a line
/// or a sentence, and capitalised words in brackets follow it, closing the
/// line or before a colon. Evidence of a person.
pub(super) fn signed(text: &str, range: &Range<usize>) -> bool {
    let Some(inside) = text[range.end..].strip_prefix(" (") else {
        return false;
    };
    // Up to the bracket's end, on the same line: capitalised words, maybe
    // a comma between them.
    let Some(close) = inside
        .bytes()
        .take(60)
        .position(|b| matches!(b, b')' | b'\n' | b'('))
    else {
        return false;
    };
    let town = &inside[..close];
    inside[close..].starts_with(')')
        && !town.is_empty()
        && town
            .split_byte(b' ')
            .all(|w| w.starts_with(char::is_uppercase) && !w.trim_end_matches(',').contains(','))
        && closes_signature(text, range.end + 2 + close)
        && begins_line_or_sentence(text, range.start)
}

/// Whether `at` begins a line (after nothing but marks: `★★★★☆ Tunde`) or
/// a sentence.
fn begins_line_or_sentence(text: &str, at: usize) -> bool {
    let line = &text[..at];
    let line = &line[line.rfind('\n').map_or(0, |i| i + 1)..];
    line.chars().all(|c| !c.is_alphanumeric()) || starts_sentence(text, at)
}

/// Whether the bracket of a place ending at `end` closes, maybe after a
/// country or a state (`, Ghana`, `, UK`), at the end of its line or before
/// a colon.
fn closes_signature(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let rest = rest.strip_prefix(", ").map_or(rest, |r| {
        r.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ')
    });
    rest.strip_prefix(')').is_some_and(|after| {
        let after = after.trim_start_matches(' ');
        after.is_empty() || after.starts_with([':', '\n', '\r'])
    })
}

/// The name that ends at the spaces before `at` and begins a line (after
/// nothing but marks: `★★★★☆ Tunde`) or a sentence: up to three capitalised words, the last
/// maybe an initial (`Folake A.`).
fn signer(text: &str, at: usize) -> Option<Range<usize>> {
    let run = super::words::words_before(text, at, 3, |word, last| {
        (last && super::evidence::initial(word))
            || (is_name_word(word)
                && word.starts_with(char::is_alphabetic)
                && word.ends_with(char::is_alphanumeric))
    });
    let first = run.first()?.start;
    if !begins_line_or_sentence(text, first) {
        return None;
    }
    let name = first..run.last()?.end;
    // The name's words without the initial.
    let words = match run.last() {
        Some(w) if super::evidence::initial(&text[w.clone()]) => &run[..run.len() - 1],
        _ => &run[..],
    };
    // A town of the wide list may sign (`Tunde`), and a listed place that
    // is a given name too (`Ngozi`): the bracket tells.
    super::kin::named_person_but_places(text, words, false).map(|_| name)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;

    #[test]
    fn a_name_signed_with_its_town_in_brackets_is_a_persons() {
        let [people, places, _] = linked(
            "\u{2605}\u{2605}\u{2605}\u{2605}\u{2606} Tunde ({L|Ibadan}): Good value.\n\
             \u{2605}\u{2605} {L|Ngozi} ({L|Enugu}): Bought two.\n\
             Folake A. ({L|London}, {L|UK}): Bought it for my mum.\n\
             Lift wanted for a 6am flight. {L|Siobhan} ({L|Oranmore})",
        );
        assert_eq!(people, ["Tunde", "Ngozi", "Folake A.", "Siobhan"]);
        assert_eq!(
            places,
            ["Ibadan", "Enugu", "London", "United Kingdom", "Oranmore"]
        );
    }

    #[test]
    fn a_given_name_alone_at_the_end_of_a_notice_signs_it() {
        let [people, _, _] = linked(
            "FOR SALE: Upright piano, needs tuning, deserves a good home. Thiago\n\
             WANTED: Lift to the airport on Friday? Maria\n\
             The 2015\u{2013}16 Leicester City F.C. Jordan\n\
             Prices fell. Overall\n\
             Who will win? Ebe Huizinga\n\
             \"No excuse,\" said Mr. Clement.\n",
        );
        assert_eq!(people, ["Thiago", "Maria"]);
        // After a space wider than a byte, the word starts where the space
        // ends.
        for space in ["\u{a0}", "\u{2028}", "\u{3000}"] {
            let [people, _, _] = linked(&format!("A good home.{space}Thiago"));
            assert!(people.is_empty(), "{people:?}");
        }
    }

    #[test]
    fn no_signature_but_a_name_before_a_place_in_brackets_ending_its_line() {
        let [people, places, _] = linked(
            "{L|Kyiv} ({L|Ukraine})\n\
             Retief Goosen ({L|South Africa}) 71 74\n\
             The firm said Tunde ({L|Ibadan}) was late.\n\
             Prices rose in Delta ({L|Nigeria}):",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(
            places,
            ["Kyiv", "Ukraine", "South Africa", "Ibadan", "Nigeria"]
        );
    }
}
