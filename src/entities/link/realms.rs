//! People named by a given name and the place they are of: `Philip of
//! Anjou`, `Adso of Melk`, `Prince Max of Baden`, `Severinus of Sankt
//! Wendel`, as histories, saints' lives and novels write them. The tagger
//! often cuts such a name at `of` and takes the place for a place of its
//! own, or takes the whole for a body's.

use std::cell::OnceCell;

use super::*;

/// Titles and callings that may stand before a given name joined to its
/// place, and are left out of the name (`Prince Eugene of Savoy`, `the
/// friar William of Baskerville`). After one, the given name need not be
/// a listed one.
const TITLES_BEFORE: &[&str] = &[
    "Abbot",
    "Archduchess",
    "Archduke",
    "Bishop",
    "Brother",
    "Count",
    "Countess",
    "Don",
    "Duchess",
    "Duke",
    "Elector",
    "Emperor",
    "Empress",
    "Friar",
    "Infanta",
    "Infante",
    "King",
    "Margrave",
    "Pope",
    "Prince",
    "Princess",
    "Queen",
    "Saint",
    "Sister",
    "St",
    "St.",
    "Sultan",
    "Tsar",
    "abbot",
    "brother",
    "cellarer",
    "friar",
    "herbalist",
    "monk",
    "novice",
    "sister",
];

/// The most words of the place after `of`.
const PLACE_WORDS_MAX: usize = 3;

/// Whether `word` is one of [`TITLES_BEFORE`].
fn title_before(word: &str) -> bool {
    TITLES_BEFORE.contains(&word)
}

/// Whether `c` ends a word of a place's name: a space, or punctuation but
/// for a hyphen or an apostrophe (`Clermont-Ferrand`, `L'Aquila`).
fn ends_word(c: char) -> bool {
    c.is_whitespace()
        || (c.is_ascii_punctuation() && !matches!(c, '-' | '\''))
        || matches!(
            c,
            '\u{2013}' | '\u{2014}' | '\u{201c}' | '\u{201d}' | '\u{2018}'
        )
}

/// The end of the place's name that starts at `at`, right after ` of `: one
/// to [`PLACE_WORDS_MAX`] words that each start with a capital, parted by
/// single spaces, the last without a possessive after it. None when the
/// first word is in lower case (`of the`), or is an abbreviation (`St.`).
fn place_end(text: &str, at: usize) -> Option<usize> {
    let mut end = None;
    let mut from = at;
    for _ in 0..PLACE_WORDS_MAX {
        let rest = &text[from..];
        if !rest.starts_with(char::is_uppercase) {
            break;
        }
        let len = rest.find(ends_word).unwrap_or(rest.len());
        let word = super::clean::trim_edges(text, from..from + len);
        if word.start != from || word.is_empty() {
            break;
        }
        if text[word.end..].starts_with('.') && word.len() <= 3 {
            // `of St. Gall`, `of Mt. Athos`: left alone.
            return None;
        }
        end = Some(word.end);
        if word.end != from + len || !text[word.end..].starts_with(' ') {
            break;
        }
        from = word.end + 1;
    }
    end
}

/// A given name before ` of `, as [`given_name`] reads it.
#[derive(Clone, Copy)]
struct Given {
    /// Where it starts, after any title.
    at: usize,
    /// Whether a title goes before it, in its span or right before that.
    titled: bool,
    /// Whether a regnal number follows it (`Philip II`).
    numbered: bool,
}

impl Given {
    /// Whether the name is a person's whatever the tagger said: a title or
    /// a number marks it.
    fn strong(self) -> bool {
        self.titled || self.numbered
    }
}

/// The given name of `text[range]`, a name before ` of `: a given name
/// alone or with a regnal number, a title maybe first (`Max`, `Philip II`,
/// `Prince Max`); not a title or a rank (`Earl of Strafford`).
fn given_name(text: &str, range: Range<usize>) -> Option<Given> {
    let name = &text[range.clone()];
    let mut words = name.split_byte(b' ');
    let mut given = words.next()?;
    let mut given_at = range.start;
    let mut titled = word_before(text, range.start).is_some_and(|w| title_before(&text[w]));
    if title_before(given) {
        titled = true;
        given_at += given.len() + 1;
        given = words.next()?;
    }
    let numbered = match words.next() {
        None => false,
        Some(n) if super::join::regnal_number(n) => true,
        Some(_) => return None,
    };
    if words.next().is_some()
        || !given.starts_with(char::is_uppercase)
        || title_before(given)
        || is_title(given)
        || super::clean::NOBILITY.contains(&given)
        || !(titled || numbered || attested_given_name(given))
    {
        return None;
    }
    Some(Given {
        at: given_at,
        titled,
        numbered,
    })
}

/// Whether a place's name may join the given name before it: not a listed
/// country (`Ronaldo of Brazil`, `King Hussein of Jordan`, as news writes
/// them) unless a regnal number numbers the name (`John II of Portugal`),
/// and in a text about sport only after a title or a number (`Juninho of
/// Middlesbrough`).
fn may_join(place: &str, given: Given, sport: &dyn Fn() -> bool) -> bool {
    (given.numbered || !listed_country(place)) && (given.strong() || !sport())
}

/// The spans (in text order, apart) with each given name, alone or with a
/// regnal number, that is followed by `of` and a place's name of one to
/// three capitalised words made one person's name with the place (`Philip
/// of Anjou`, `Remigio of Varagine`, `Mahmud of Ghazni`): whatever the
/// tagger took the place for, a person or a place of one word, and the
/// given name for a person, or anything after a title (`Prince Max of
/// Baden`, the title left out). A whole such name the tagger took for a
/// body's or a place's is a person's too (`Philip II of Spain`). Not `of
/// the`, nor a place a body's span or a longer name covers; see
/// [`may_join`] for countries and sport.
pub(super) fn people_of_their_places(
    text: &str,
    sport: &OnceCell<bool>,
    spans: Vec<Span>,
) -> Vec<Span> {
    let sport = || topics::sport(text, sport);
    // Each name found, and the run of spans it replaces.
    let mut names: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        let s = &spans[i];
        let found = if s.kind != Kind::Person && text[s.range()].contains(" of ") {
            whole_name(text, s, &sport).map(|r| (r, i..i + 1))
        } else if text[s.end()..].starts_with(" of ") {
            // A given name in a span of its own.
            given_name(text, s.range())
                .filter(|g| s.kind == Kind::Person || g.strong())
                .and_then(|g| {
                    let (end, upto) = place_after(text, &spans, i + 1, s.end(), g, &sport)?;
                    Some((g.at..end, i..upto))
                })
        } else if let Some(of_at) = s.start.checked_sub(" of ".len())
            && text[..s.start].ends_with(" of ")
        {
            // A given name no span holds (`Mahmud of Ghazni`), not the
            // last word of a longer name.
            word_before(text, of_at + 1)
                .filter(|w| i == 0 || spans[i - 1].end() <= w.start)
                .filter(|w| {
                    word_before(text, w.start).is_none_or(|b| {
                        let word = &text[b.clone()];
                        title_before(word)
                            || !word.starts_with(char::is_uppercase)
                            || word.ends_with([',', ';', ':', '.'])
                            || starts_sentence(text, b.start)
                    })
                })
                .and_then(|w| {
                    let g = given_name(text, w.clone())?;
                    let (end, upto) = place_after(text, &spans, i, w.end, g, &sport)?;
                    Some((g.at..end, i..upto))
                })
        } else {
            None
        };
        match found {
            Some((range, replaced)) => {
                i = replaced.end;
                names.push((range, replaced));
            }
            None => i += 1,
        }
    }
    if names.is_empty() {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len());
    let mut next = 0;
    for (range, replaced) in names {
        out.extend_from_slice(&spans[next..replaced.start]);
        out.push(Span::new(text, range, Kind::Person));
        next = replaced.end;
    }
    out.extend_from_slice(&spans[next..]);
    out
}

/// The range of the person's name in span `s`, a name of another kind
/// holding ` of `, when it is a given name and its place whole; not a
/// name and its plural (`Booker of Bookers`).
fn whole_name(text: &str, s: &Span, sport: &dyn Fn() -> bool) -> Option<Range<usize>> {
    let (head, place) = text[s.range()].split_once(" of ")?;
    let place_at = s.end() - place.len();
    if place_end(text, place_at) != Some(s.end()) {
        return None;
    }
    let g = given_name(text, s.start..s.start + head.len())?;
    // A name and its own plural is a prize's (`Booker of Bookers`).
    let given = &text[g.at..s.start + head.len()];
    let repeated = place.get(..given.len()) == Some(given);
    (!repeated && may_join(place, g, sport)).then_some(g.at..s.end())
}

/// The end of the place's name after ` of ` at `of_at`, and the index past
/// the spans over it (the first at `from`), when the given name `given`
/// before it may take it: those spans lie inside the place's name, and are
/// places or people of one word.
fn place_after(
    text: &str,
    spans: &[Span],
    from: usize,
    of_at: usize,
    given: Given,
    sport: &dyn Fn() -> bool,
) -> Option<(usize, usize)> {
    let place_at = of_at + " of ".len();
    let end = place_end(text, place_at)?;
    let upto = from + spans[from..].partition_point(|t| t.start < end);
    let fits = spans[from..upto].iter().all(|t| {
        t.end() <= end
            && (t.kind == Kind::Place
                || (t.kind == Kind::Person && !text[t.range()].has_byte(b' ')))
    });
    (fits && may_join(&text[place_at..end], given, sport)).then_some((end, upto))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn a_given_name_takes_the_place_it_is_of() {
        // As the tagger left them: the place apart, a person or a place;
        // the given name untagged; the title taken in; the whole a body.
        let [people, places, organisations] = linked(
            "The cellarer {P|Remigio} of {L|Varagine} met the herbalist \
             {P|Severinus} of {P|Sankt} Wendel. Later Mahmud of {L|Ghazni} came \
             this way, and the support of {L|Prince Max} of {L|Baden} was \
             sought. {O|Philip II of Spain} and {O|Philip of Anjou} reigned. \
             {O|Booker of Bookers} is a prize.",
        );
        assert_eq!(
            people,
            strings(&[
                "Remigio of Varagine",
                "Severinus of Sankt Wendel",
                "Mahmud of Ghazni",
                "Max of Baden",
                "Philip II of Spain",
                "Philip of Anjou",
            ])
        );
        assert!(places.is_empty(), "{places:?}");
        assert_eq!(organisations, strings(&["Booker of Bookers"]));
    }

    #[test]
    fn not_a_country_a_body_a_longer_name_nor_sport() {
        let [people, places, organisations] = linked(
            "{P|Ronaldo} of {L|Brazil} and {P|King Hussein} of {L|Jordan} \
             spoke. {P|Jesper Parnevik} of {L|Sweden}, {P|Kim} of {O|Samsung} \
             and {P|Therese} of the Child Jesus came.",
        );
        assert!(people.iter().all(|p| !p.contains(" of ")), "{people:?}");
        assert_eq!(places, strings(&["Brazil", "Jordan", "Sweden"]));
        assert_eq!(organisations, strings(&["Samsung"]));
        // In a text about sport, a player of one name and his club.
        let [people, places, organisations] = linked(
            "{P|Juninho} of {L|Middlesbrough} scored twice in the football \
             match against {O|Arsenal}, and the goalkeeper saved a penalty.",
        );
        assert!(people.iter().all(|p| !p.contains(" of ")), "{people:?}");
        assert!(
            places
                .iter()
                .chain(&organisations)
                .any(|n| n == "Middlesbrough"),
            "{places:?} {organisations:?}"
        );
    }

    #[test]
    fn a_place_ends_at_its_last_capitalised_word() {
        let text = "Eugene of Savoy's army; Notker of St. Gall, Louis of the Franks \
                    and Henry of Trastámara–Castile";
        let at = |s: &str| text.find(s).unwrap() + s.len();
        assert_eq!(
            place_end(text, at("Eugene of ")),
            Some(at("Eugene of Savoy"))
        );
        assert_eq!(place_end(text, at("Notker of ")), None);
        assert_eq!(place_end(text, at("Louis of ")), None);
        assert_eq!(
            place_end(text, at("Henry of ")),
            Some(at("Henry of Trastámara"))
        );
    }

    proptest::proptest! {
        #[test]
        fn names_of_places_end_on_boundaries(
            text in "(( of )|John|Philip|Prince|Saint|XIV|[A-Z\u{c9}\u{141}][a-z\u{e9}\u{301}\u{2019}'-]{0,5}|\\PC|[ .,]){0,30}",
            kinds in proptest::collection::vec(0u8..3, 30),
        ) {
            // Every capitalised word a span, of a kind from `kinds`; given
            // names, a title and a numeral among them, so that names are
            // joined.
            let mut spans = Vec::new();
            let mut at = 0;
            for (i, word) in text.split_byte(b' ').enumerate() {
                if word.starts_with(char::is_uppercase) {
                    let kind = [Kind::Person, Kind::Place, Kind::Organisation][kinds[i % 30] as usize];
                    spans.push((at..at + word.len(), kind));
                }
                at += word.len() + 1;
            }
            for (at, _) in text.match_indices(" of ") {
                if let Some(end) = place_end(&text, at + 4) {
                    proptest::prop_assert!(text.is_char_boundary(end) && end > at + 4);
                }
            }
            let linked = link_spans(&text, spans);
            for r in linked.people.iter().flat_map(|e| &e.mentions) {
                proptest::prop_assert!(text.get(r.clone()).is_some());
            }
        }
    }
}
