//! People named by an initial without its dot and their surname, as
//! scorecards and tables write them (`J Whitworth 88, S Dutta 64`) after the
//! text has named them in full (`Josh Whitworth`, `Sourav Dutta`). The
//! tagger cuts such an initial off (`Whitworth`) or takes the pair for a
//! body's name (`S Dutta`). Each such name is an entry of its own, as a
//! name with a dotted initial is (`J. Whitworth`).

use super::*;

/// The capital letter alone that a name begins with, as a byte, and the
/// rest of the name after its space: `J` and `Whitworth` of `J Whitworth`.
fn initial_and_rest(surface: &str) -> Option<(u8, &str)> {
    let bytes = surface.as_bytes();
    (bytes.len() > 2 && bytes[0].is_ascii_uppercase() && bytes[1] == b' ')
        .then(|| (bytes[0], &surface[2..]))
}

/// The initial right before the span starting at `start` (`J` of `J
/// Whitworth`): a capital letter alone after the text's start, a line's, a
/// space or a bracket, then one space.
fn initial_before(text: &str, start: usize) -> Option<u8> {
    let bytes = text.as_bytes();
    if start < 2 || bytes[start - 1] != b' ' || !bytes[start - 2].is_ascii_uppercase() {
        return None;
    }
    let alone = start == 2 || matches!(bytes[start - 3], b' ' | b'\n' | b'(' | b'[');
    alone.then_some(bytes[start - 2])
}

/// The spans (in text order, apart) with each person's surname written
/// after an initial without a dot made that person's, the initial taken
/// in (`J` `Whitworth` gives `J Whitworth`), and each initial and surname
/// taken for another kind's made a person's (`S Dutta`), where the text
/// names a person in full with that surname and a given name that begins
/// with that letter (`Josh Whitworth`, `Sourav Dutta`).
pub(super) fn people_by_their_initials(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let candidate = |s: &Span| {
        let surface = &text[s.range()];
        (initial_and_rest(surface).is_some_and(|(_, rest)| !rest.has_byte(b' ')))
            || (s.kind == Kind::Person
                && !surface.has_byte(b' ')
                && initial_before(text, s.start).is_some())
    };
    if !spans.iter().any(candidate) {
        return spans;
    }
    // The people named in full by a given name and a surname: the surname
    // folded, mixed with the given name's first letter.
    let named: HashSet64 = spans
        .iter()
        .filter(|s| s.kind == Kind::Person)
        .filter_map(|s| {
            let (given, surname) = text[s.range()].split_once_byte(b' ')?;
            let letter = *given.as_bytes().first()?;
            (letter.is_ascii_uppercase() && given.len() > 1 && !surname.has_byte(b' '))
                .then(|| fold_hash(surname) ^ u64::from(letter))
        })
        .collect();
    if named.is_empty() {
        return spans;
    }
    let known =
        |letter: u8, surname: &str| named.contains(&(fold_hash(surname) ^ u64::from(letter)));
    for i in 0..spans.len() {
        let s = &spans[i];
        if !candidate(s) {
            continue;
        }
        let surface = &text[s.range()];
        if let Some((letter, rest)) = initial_and_rest(surface) {
            if s.kind != Kind::Person && known(letter, rest) {
                spans[i] = Span::new(text, s.range(), Kind::Person);
            }
        } else if let Some(letter) = initial_before(text, s.start)
            && known(letter, surface)
            && (i == 0 || spans[i - 1].end() < s.start - 2)
        {
            spans[i] = Span::new(text, s.start - 2..s.end(), Kind::Person);
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;
    use super::*;

    #[test]
    fn an_initial_is_found_alone_before_a_name() {
        assert_eq!(initial_and_rest("J Whitworth"), Some((b'J', "Whitworth")));
        assert_eq!(initial_and_rest("Jo Whitworth"), None);
        let text = "(J Whitworth 88, S Dutta\nK Ahmed; AB Ceres";
        assert_eq!(initial_before(text, 3), Some(b'J'));
        assert_eq!(initial_before(text, 19), Some(b'S'));
        assert_eq!(initial_before(text, 27), Some(b'K'));
        assert_eq!(initial_before(text, 37), None);
    }

    #[test]
    fn a_scorecards_initials_are_the_people_named_in_full() {
        let [people, _, organisations] = linked(
            "{P|Josh Whitworth} made 88 and {P|Sourav Dutta} 64.\n\n\
             Scores: {O|Lancashire} 301 (J {P|Whitworth} 88, {O|S Dutta} 64; K {P|Ahmed} 3-40)",
        );
        // (Named by the initial, each is an entry of its own, as with a dot.)
        assert_eq!(
            people,
            [
                "Josh Whitworth",
                "Sourav Dutta",
                "J Whitworth",
                "S Dutta",
                "Ahmed"
            ]
        );
        assert_eq!(organisations, ["Lancashire"]);
    }

    proptest::proptest! {
        #[test]
        fn initials_are_looked_for_on_any_text(s in "(\\PC|J |\\(|\n){0,40}", at in 0usize..80) {
            let at = at.min(s.len());
            if s.is_char_boundary(at) {
                let _ = initial_before(&s, at);
            }
            if let Some((letter, rest)) = initial_and_rest(&s) {
                proptest::prop_assert!(letter.is_ascii_uppercase());
                proptest::prop_assert_eq!(&s[2..], rest);
            }
        }
    }
}
