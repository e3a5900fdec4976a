//! People who sign with their town in brackets: `Tunde (Ibadan): Good
//! value`, `★★★★★ Ngozi (Enugu):`, `Folake A. (London, UK):`, `... for a 6am
//! flight. Ngozi (Oranmore)`. Reviews, letters and notices are signed this
//! way, and the tagger takes the name for a place beside a place, or passes
//! it by.

use std::ops::Range;

use super::words::{is_name_word, starts_sentence, word_before};
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
            .split(' ')
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

/// The name that ends at the spaces before `at` and begins a line (after nothing but marks:
/// `★★★★☆ Tunde`) or a sentence: up to three capitalised words, the last
/// maybe an initial (`Folake A.`).
fn signer(text: &str, at: usize) -> Option<Range<usize>> {
    let mut run: Vec<Range<usize>> = Vec::new();
    let mut end = at;
    while run.len() < 3 {
        let Some(w) = word_before(text, end) else {
            break;
        };
        let word = &text[w.clone()];
        let initial = run.is_empty() && super::evidence::initial(word);
        let name_word = is_name_word(word)
            && word.starts_with(char::is_alphabetic)
            && word.ends_with(char::is_alphanumeric);
        if !initial && !name_word {
            break;
        }
        end = w.start;
        run.insert(0, w);
    }
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
