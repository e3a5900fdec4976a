//! Places listed under a line that says what they are: `The municipality
//! has twelve settlements:` or `Its hamlets are:`, then items of a list
//! (`- Podlesje`, `- Spodnji Gaj`, `- Zavrh ob Dravi`). Encyclopedia
//! articles list villages this way; alone on a line, such names give the
//! tagger nothing to go by, and it takes many for people's.

use std::ops::Range;

use super::join::PARTICLE_WORDS;
use super::{Kind, Span, holds_whole, replaced_by};

/// Nouns of settlements and other places that a line before a list may
/// name its items by.
const PLACE_NOUNS: &[&str] = &[
    "atolls",
    "boroughs",
    "cantons",
    "cities",
    "communes",
    "districts",
    "hamlets",
    "islands",
    "localities",
    "municipalities",
    "neighbourhoods",
    "neighborhoods",
    "provinces",
    "settlements",
    "suburbs",
    "towns",
    "townships",
    "villages",
    "wards",
];

/// The most words a listed name is taken with.
const WORDS_MAX: usize = 5;

/// Whether `line` (ending in a colon) names places: one of [`PLACE_NOUNS`]
/// is among its words.
fn names_places(line: &str) -> bool {
    line.split(|c: char| !c.is_alphabetic())
        .any(|w| PLACE_NOUNS.contains(&w))
}

/// The name an item of a list starts with (`Ust-Tumanga, at the mouth`
/// gives `Ust-Tumanga`), as a range of `item`: capitalised words, with
/// particles of places' names between them ([`PARTICLE_WORDS`]), up to a comma, a bracket, a colon, a dash
/// or the item's end. None when anything else comes first.
fn name_of(item: &str) -> Option<Range<usize>> {
    let end = item
        .find([',', '(', ':', ';', '\u{2013}', '\u{2014}'])
        .unwrap_or(item.len());
    let name = item[..end].trim_end();
    let name = name.strip_suffix(" -").unwrap_or(name).trim_end();
    let words: Vec<&str> = name.split(' ').collect();
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let fits = !name.is_empty()
        && words.len() <= WORDS_MAX
        && capital(words[0])
        && words.last().is_some_and(|w| capital(w))
        && words.iter().all(|w| {
            (capital(w) || PARTICLE_WORDS.contains(w))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
        });
    fits.then_some(0..name.len())
}

/// The spans (in text order, apart) of `text[part]` with the name that
/// starts each item of a list made a place, in place of the spans inside
/// it, when the line before the list ends in a colon and names places
/// ([`names_places`]), the items as [`super::titles::list_items`] finds
/// them. Not a name that a span reaches out of.
pub(super) fn places_listed_under_their_noun(
    text: &str,
    part: Range<usize>,
    spans: Vec<Span>,
) -> Vec<Span> {
    let bytes = &text.as_bytes()[part.clone()];
    let mut names: Vec<Range<usize>> = Vec::new();
    for at in memchr::memmem::find_iter(bytes, b":\n") {
        let colon = part.start + at;
        let line_start = text[..colon].rfind('\n').map_or(0, |n| n + 1);
        if !names_places(&text[line_start..colon]) {
            continue;
        }
        for item in super::titles::list_items(text, colon + 2..part.end) {
            if let Some(name) = name_of(&text[item.clone()]) {
                names.push(item.start + name.start..item.start + name.end);
            }
        }
    }
    names.retain(|r| holds_whole(&spans, r));
    replaced_by(text, spans, names, Kind::Place)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;
    use super::name_of;

    #[test]
    fn an_items_name_is_its_capitalised_words_up_to_a_comma_or_a_bracket() {
        let name = |item: &str| name_of(item).map(|r| item[r].to_string());
        assert_eq!(name("Zavrh ob Dravi").as_deref(), Some("Zavrh ob Dravi"));
        assert_eq!(
            name("Ust-Tumanga, at the mouth").as_deref(),
            Some("Ust-Tumanga")
        );
        assert_eq!(name("Kamenka (1690)").as_deref(), Some("Kamenka"));
        assert_eq!(
            name("Vilar de Meixide").as_deref(),
            Some("Vilar de Meixide")
        );
        assert_eq!(name("the old mill"), None);
        assert_eq!(name("Kamenka lies upstream"), None);
        assert_eq!(name("Zavrh ob"), None);
        assert_eq!(name("A B C D E F"), None);
    }

    #[test]
    fn names_listed_under_a_line_naming_settlements_are_places() {
        let [people, places, _] = linked(
            "{L|Zavrh} lies on the {L|Drava}. The municipality has four settlements:\n\
             - {P|Bresnica}\n- {P|Spodnji Gaj}\n- {L|Zavrh} ob {P|Dravi}\n- Mlačje, by the river\n\n\
             Its people are:\n- {P|Ana Novak}\n\nIts hamlets are:\n\n- {P|Souto} (1890)\n\
             - {P|Casal de Arriba}\n",
        );
        assert_eq!(people, ["Ana Novak"]);
        assert_eq!(
            places,
            [
                "Zavrh",
                "Drava",
                "Bresnica",
                "Spodnji Gaj",
                "Zavrh ob Dravi",
                "Mlačje",
                "Souto",
                "Casal de Arriba"
            ]
        );
    }
}
