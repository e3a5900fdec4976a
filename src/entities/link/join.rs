//! Person names cut at a lower-case particle: `Abu Bakr` `al-Baghdadi`,
//! `Mohammed` `bin` `Salman`, `Ursula` `von der` `Leyen`.

use super::*;

/// Particles that may start the last part of a person's name. `y`, `la` and
/// `le` are left out: alone they are more often words of the sentence.
fn starts_a_part(word: &str) -> bool {
    !matches!(word, "y" | "la" | "le") && is_lower_particle(word)
}

/// A particle written in lower case (`bin`, `van`, not `Van`).
fn is_lower_particle(word: &str) -> bool {
    word.starts_with(|c: char| c.is_lowercase()) && is_particle(word)
}

/// A romanised Korean given name of two syllables joined by a hyphen, the
/// second in lower case or capitalised: `Ki-moon` of `Ban Ki-moon`, `Jae-in`
/// of `Moon Jae-in`, `Myung-Hyun` of `Go Myung-Hyun`. Such a word after a
/// person's name is the rest of it.
pub(super) fn hyphenated_given_name(word: &str) -> bool {
    let Some((head, rest)) = word.split_once_byte(b'-') else {
        return false;
    };
    let syllable = |s: &str, capital: bool| {
        (1..=5).contains(&s.len())
            && s.bytes().enumerate().all(|(i, b)| {
                if i == 0 && capital {
                    b.is_ascii_uppercase()
                } else {
                    b.is_ascii_lowercase()
                }
            })
    };
    syllable(head, true) && (syllable(rest, false) || syllable(rest, true))
}

/// `spans` (in order, apart) with a name followed by ` He` as a whole word
/// made one person with it: mid-sentence, `He` with a capital is a name
/// (`Zheng He`, `Ma He`), not the pronoun.
pub(super) fn with_he(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for i in 0..spans.len() {
        let end = spans[i].end();
        let Some(rest) = text[end..].strip_prefix(" He") else {
            continue;
        };
        let whole = rest
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '-');
        let free = spans.get(i + 1).is_none_or(|n| n.start >= end + 3);
        if whole && free {
            spans[i] = Span::new(text, spans[i].start..end + 3, Kind::Person);
        }
    }
    spans
}

/// Words that follow a hyphen in English compounds, not in given names.
const ENGLISH_TAILS: &[&str] = &[
    "backed", "based", "born", "bound", "era", "free", "held", "led", "like", "linked", "made",
    "owned", "run", "style", "type", "wide",
];

/// `spans` (in text order, apart) with each known family name written first
/// and a romanised Korean given name after it ([`hyphenated_given_name`])
/// in `text[part]` made one person, whatever the tagger made of it or
/// whether it saw it at all (`Song Kang-ho`, `Park So-dam`, `Han
/// Jin-won`), when no span reaches out of it.
pub(super) fn family_and_given_names(
    text: &str,
    part: Range<usize>,
    spans: Vec<Span>,
) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut found: Vec<Range<usize>> = Vec::new();
    for (at, _) in text[part.clone()].match_indices('-') {
        let at = part.start + at;
        let letters = |b: &u8| b.is_ascii_alphabetic();
        let start = at - bytes[..at].iter().rev().take_while(|b| letters(b)).count();
        let end = at + 1 + bytes[at + 1..].iter().take_while(|b| letters(b)).count();
        let ends_word = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '-');
        if start == 0
            || bytes[start - 1] != b' '
            || !ends_word
            || !hyphenated_given_name(&text[start..end])
        {
            continue;
        }
        let Some(w) = word_before(text, start) else {
            continue;
        };
        if start - w.end != 1
            || trim_edges(text, w.clone()) != w
            || !family_name_first(&text[w.clone()])
        {
            continue;
        }
        // Not a place and an English word after it (`Hong Kong-based`).
        let head = &text[w.start..at];
        let tail = &text[at + 1..end];
        if listed_place(head) || ENGLISH_TAILS.contains(&tail) {
            continue;
        }
        let name = w.start..end;
        if holds_whole(&spans, &name) && found.last().is_none_or(|f| f.end <= name.start) {
            found.push(name);
        }
    }
    replaced_by(text, spans, found, Kind::Person)
}

/// Where the rest of a name ends when a particle and a name follow `at` on
/// the same line: `al-Baghdadi`, `bin Salman`, `von der Leyen`, `da Silva`.
/// Not when the name after the particle is a listed place (`de Paris`).
/// The words come from [`word_after`] and [`trim_edges`], on character
/// boundaries.
fn particle_tail(text: &str, at: usize) -> Option<usize> {
    let w = word_after(text, at)?;
    let word = &text[w.clone()];
    if let Some((head, rest)) = word.split_once_byte(b'-') {
        let named = rest.starts_with(|c: char| c.is_uppercase());
        let tail = trim_edges(text, w);
        let given = hyphenated_given_name(&text[tail.clone()]);
        if !(given || (named && starts_a_part(head))) {
            return None;
        }
        return (!tail.is_empty()).then_some(tail.end);
    }
    if !starts_a_part(word) {
        return None;
    }
    let mut next = word_after(text, w.end)?;
    if is_lower_particle(&text[next.clone()]) {
        next = word_after(text, next.end)?;
    }
    let name = trim_edges(text, next);
    let bare = &text[name.clone()];
    (!name.is_empty() && is_name_word(bare) && !listed_word_place(bare)).then_some(name.end)
}

/// Whether one word, as written, is a place the gazetteer lists.
fn listed_word_place(word: &str) -> bool {
    Gazetteer::get()
        .places
        .contains(&phrase_hash_of(&[tokens::hash_str(word)]))
}

/// Where a Spanish name goes on after `span` by `y` and a second family
/// name (`José Ortega y Gasset`, `Santiago Ramón y Cajal`): the end of
/// that name. The span is a person's name of two words or more, or two or
/// more capitalised words from a listed given name that the tagger took
/// for something else; the name after `y` is one capitalised word, no
/// listed place (not `Trinidad y Tobago`, a word alone before `y`).
fn joined_by_y(text: &str, span: &Span) -> Option<usize> {
    if text[span.end()..].get(..3) != Some(" y ") {
        return None;
    }
    let (first, rest) = text[span.range()].split_once_byte(b' ')?;
    let named = span.kind == Kind::Person
        || (attested_given_name(first)
            && rest
                .split_byte(b' ')
                .all(|w| w.starts_with(|c: char| c.is_uppercase()) && is_name_word(w)));
    if !named {
        return None;
    }
    let tail = word_after(text, span.end() + 2)?;
    let name = trim_edges(text, tail.clone());
    let bare = &text[name.clone()];
    (name.start == tail.start
        && bare.starts_with(|c: char| c.is_uppercase())
        && is_name_word(bare)
        && !listed_word_place(bare))
    .then_some(name.end)
}

/// Where the given name that ends `span` starts, when the tagger took it
/// for something else (`Heiko` a place, `Sheriff Harry` an organisation):
/// the span's last word, a listed given name, after nothing but titles.
fn given_name_ending(text: &str, span: &Span) -> Option<usize> {
    let surface = &text[span.range()];
    let mut words = surface.split_whitespace().rev();
    let last = words.next()?;
    let start = span.end() - last.len();
    let named = last.starts_with(|c: char| c.is_uppercase()) && attested_given_name(last);
    (named && words.all(is_title)).then_some(start)
}

/// Whether the name ending at `end` is a firm's: `&` follows (`Edward D.
/// Jones & Co`).
fn firm_after(text: &str, end: usize) -> bool {
    text[end..].trim_start_matches(' ').starts_with('&')
}

/// The spans (in text order, apart) with each person's name that the tagger
/// found without the particles before it taking them in: `visited da
/// Silva`, `Von der Leyen was born` at a sentence's start. Not after a
/// capitalised word that is not a sentence's first (`Heiko von der Leyen`
/// is joined whole elsewhere), nor a capitalised particle mid-sentence.
/// A name of any kind after `Ibn` or `Bint` is a person's.
pub(super) fn people_with_particles_before(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for i in 0..spans.len() {
        let s = &spans[i];
        let floor = if i > 0 { spans[i - 1].end() } else { 0 };
        if s.kind != Kind::Person {
            // Any name after `Ibn` or `Bint` is a person's (`Ibn
            // al-Haytham`, which the tagger took for a body's).
            let arabic = |w: &str| matches!(w, "Ibn" | "Bint");
            if text[s.range()].split_byte(b' ').next().is_some_and(arabic) {
                spans[i].kind = Kind::Person;
            } else if let Some(w) = word_before(text, s.start)
                && w.start >= floor
                && w.end + 1 == s.start
                && arabic(&text[w.clone()])
            {
                spans[i] = Span::new(text, w.start..s.end(), Kind::Person);
            }
            continue;
        }
        let mut start = s.start;
        for _ in 0..2 {
            let Some(w) = word_before(text, start).filter(|w| w.start >= floor) else {
                break;
            };
            let word = &text[w.clone()];
            if !is_particle(word) || word.len() < 2 || !word.chars().all(char::is_alphabetic) {
                break;
            }
            let capital = word.starts_with(|c: char| c.is_uppercase());
            // An Arabic name's `Ibn` or `Abu` is written with a capital
            // anywhere (`the scholar Ibn Juzayy`).
            let arabic = matches!(word, "Ibn" | "Bin" | "Bint" | "Abu");
            if capital && !arabic && !starts_sentence(text, w.start) {
                break;
            }
            start = w.start;
            if capital {
                break;
            }
        }
        if start == s.start {
            continue;
        }
        // A given name or other name word before: not this rule's to join,
        // but for one no span holds before a particle in lower case (`the
        // novelist Mũkoma wa Ngũgĩ`), when no name word comes before it.
        let before = word_before(text, start).filter(|w| w.start >= floor);
        let given = before.clone().filter(|w| {
            let word = &text[w.clone()];
            let lower = text[start..s.start].starts_with(|c: char| c.is_lowercase());
            lower
                && is_name_word(word)
                && word.chars().all(char::is_alphabetic)
                && !is_title(word)
                && !common_word(word)
                && (starts_sentence(text, w.start)
                    || word_before(text, w.start).is_none_or(|p| !is_name_word(&text[p])))
        });
        if let Some(g) = given {
            spans[i] = Span::new(text, g.start..s.end(), Kind::Person);
            continue;
        }
        let after_name = !starts_sentence(text, start)
            && word_before(text, start).is_some_and(|w| is_name_word(&text[w]));
        if !after_name {
            spans[i] = Span::new(text, start..s.end(), Kind::Person);
        }
    }
    spans
}

/// Epithets that follow a person's name after `the`: `Pliny the Elder`,
/// `Suleiman the Magnificent`.
pub(super) const EPITHETS: &[&str] = &[
    "Apostate",
    "Bald",
    "Bold",
    "Confessor",
    "Conqueror",
    "Elder",
    "Fearless",
    "Great",
    "Lame",
    "Lawgiver",
    "Liberator",
    "Magnificent",
    "Mighty",
    "Navigator",
    "Pious",
    "Terrible",
    "Unready",
    "Venerable",
    "Wise",
    "Younger",
];

/// The spans (in text order, apart) with each person's name followed by
/// `the` and an epithet taking them in (`John Wood the Elder`, `Suleiman the
/// Magnificent`), the span of the epithet alone too, if the tagger made one.
pub(super) fn people_with_epithets(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut spans = joined_pairs(text, spans, |a, b| {
        (a.kind == Kind::Person
            && text.get(a.end()..b.start) == Some(" the ")
            && EPITHETS.contains(&&text[b.range()]))
        .then_some(Kind::Person)
    });
    for i in 0..spans.len() {
        let s = &spans[i];
        let Some(rest) = text[s.end()..].strip_prefix(" the ") else {
            continue;
        };
        let at = s.end() + " the ".len();
        let Some(epithet) = EPITHETS
            .iter()
            .find(|e| rest.starts_with(**e) && whole_word(text, &(at..at + e.len())))
        else {
            continue;
        };
        let end = at + epithet.len();
        let free = spans.get(i + 1).is_none_or(|n| n.start >= end);
        if s.kind == Kind::Person && free {
            spans[i] = Span::new(text, s.start..end, Kind::Person);
        }
    }
    spans
}

/// The spans (in text order, apart) with a royal's name and the realm after
/// `of` made one person's (`John II of Portugal`, `Ferdinand of Aragon`,
/// `John of Lancaster`): the person's name is a given name alone, or with a
/// regnal number, and a given name alone is not joined to a country
/// (`Ronaldo of Brazil`, as sports reports write).
pub(super) fn royals_of_their_realms(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_pairs(text, spans, |a, b| {
        if a.kind != Kind::Person
            || b.kind != Kind::Place
            || text.get(a.end()..b.start) != Some(" of ")
        {
            return None;
        }
        let name = &text[a.range()];
        let realm = &text[b.range()];
        let numbered = numeral_after_given_name(name).is_some();
        let alone = !name.has_byte(b' ') && attested_given_name(name) && !listed_country(realm);
        (numbered || alone).then_some(Kind::Person)
    })
}

/// Particles that join the words of a place's name in Romance languages:
/// `Salar de Uyuni`, `São José dos Campos`, `Reggio di Calabria`, `Paso de
/// los Toros`, `Puerto de la Cruz`.
pub(super) const PLACE_PARTICLES: &[&str] = &[
    " de ", " del ", " della ", " di ", " do ", " dos ", " da ", " das ", " du ", " des ",
    " de los ", " de las ", " de la ",
];

/// Words that join the words of a body's name in other languages, besides
/// the [`PLACE_PARTICLES`]: `Institut de Recherche en Sciences de la Santé`,
/// `Institut für Physik`.
const BODY_PARTICLES: &[&str] = &[" de la ", " en ", " für ", " para ", " per ", " pour "];

/// The spans (in text order, apart) with two places that one of the
/// [`PLACE_PARTICLES`] parts made one place: the tagger cut `Salar de
/// Uyuni` in two; and an organisation with a place or another organisation
/// after such a particle made one organisation (`Vale do Rio Doce`), or
/// one organisation with another after one of the [`BODY_PARTICLES`].
pub(super) fn places_across_particles(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_pairs(text, spans, |a, b| {
        let between = text.get(a.end()..b.start);
        if a.kind == Kind::Organisation
            && b.kind == Kind::Organisation
            && between.is_some_and(|between| BODY_PARTICLES.contains(&between))
        {
            return Some(Kind::Organisation);
        }
        let parted = between.is_some_and(|between| PLACE_PARTICLES.contains(&between));
        // Two places parted by a word or two in lower case that are one
        // listed place together (`Dar es Salaam`, `Bosnia and Herzegovina`);
        // not two countries each on its own (`Serbia and Montenegro`).
        let listed_whole = || {
            let short = text.get(a.end()..b.start).is_some_and(|between| {
                if between.len() > 40 {
                    return false;
                }
                let words: Vec<&str> = between.split_byte(b' ').collect();
                (3..=4).contains(&words.len())
                    && words[0].is_empty()
                    && words[words.len() - 1].is_empty()
                    && words[1..words.len() - 1]
                        .iter()
                        .all(|w| !w.is_empty() && w.chars().all(char::is_lowercase))
            });
            short
                && (listed_place(&text[a.start..b.end()])
                    || crate::entities::geo::gazetteer()
                        .has_kind(&text[a.start..b.end()], |_| true))
                && !(listed_country(&text[a.range()]) && listed_country(&text[b.range()]))
        };
        // A body's name goes on through a place's (`Banco de Chile`).
        match (a.kind, b.kind) {
            (Kind::Place, Kind::Place) if !parted && listed_whole() => Some(Kind::Place),
            _ if !parted => None,
            (Kind::Place, Kind::Place) => Some(Kind::Place),
            (Kind::Organisation, Kind::Organisation | Kind::Place) => Some(Kind::Organisation),
            _ => None,
        }
    })
}

/// The spans (in text order, apart) with each person name that a particle
/// cut short joined to the rest of it. A span found in the rest is taken
/// in, whatever its kind (`Daniel arap Moi`); after a given name the tagger
/// took for something else, only a person's.
/// So is a given name the tagger took for something else, when the rest
/// is a person (`Heiko` `von der` `Leyen`); and a name cut at a middle
/// initial (`William` `C. Campbell`, `Sheriff Harry` `S. Truman`).
pub(super) fn across_particles(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    // Rewritten in place: `spans[..out]` are done, and `out <= i`.
    let mut out = 0;
    let mut i = 0;
    while i < spans.len() {
        let span = spans[i].clone();
        // Where the person's name would start: asked only once the words
        // after the span would take it further.
        let from = || {
            if span.kind == Kind::Person {
                Some(span.start)
            } else {
                given_name_ending(text, &span)
            }
        };
        // `William` `C. Campbell`: a person after one space, from an initial.
        if let Some(next) = spans.get(i + 1)
            && next.kind == Kind::Person
            && next.start == span.end() + 1
            && text.as_bytes()[span.end()] == b' '
            && text[next.range()].split_whitespace().count() > 1
            && text[next.range()]
                .split_whitespace()
                .next()
                .is_some_and(initial)
            && let Some(from) = from()
        {
            let range = from..next.end();
            if !inside_organisation_name(text, &range, Kind::Person) && !firm_after(text, range.end)
            {
                spans[out] = Span::new(text, range, Kind::Person);
                out += 1;
                i += 2;
                continue;
            }
        }
        // `José Ortega` `y` `Gasset`: two family names joined by `y`.
        if let Some(end) = joined_by_y(text, &span) {
            let mut next = i + 1;
            while spans.get(next).is_some_and(|s| s.start < end) {
                next += 1;
            }
            let range = span.start..end;
            if !inside_organisation_name(text, &range, Kind::Person) {
                spans[out] = Span::new(text, range, Kind::Person);
                out += 1;
                i = next;
                continue;
            }
        }
        if let Some(mut end) = particle_tail(text, span.end())
            && let Some(from) = from()
        {
            let mut next = i + 1;
            let mut only_people = true;
            while let Some(s) = spans.get(next)
                && s.start < end
            {
                only_people &= s.kind == Kind::Person;
                end = end.max(s.end());
                next += 1;
            }
            let range = from..end;
            // A given name taken for something else joins a person only.
            let person_after =
                span.kind == Kind::Person || (next > i + 1 && !firm_after(text, end));
            // After a person, the one name after the particle is the rest
            // of it, whatever the tagger took it for (`Daniel arap Moi`);
            // a listed place there stops the particle (see
            // `particle_tail`).
            let joins = only_people || span.kind == Kind::Person;
            if joins && person_after && !inside_organisation_name(text, &range, Kind::Person) {
                spans[out] = Span::new(text, range, Kind::Person);
                out += 1;
                i = next;
                continue;
            }
        }
        spans[out] = span;
        out += 1;
        i += 1;
    }
    spans.truncate(out);
    spans
}

/// Whether `word`, right before a name, puts the name in the middle of a
/// clause where nothing marks it as a place: a word in lower case ending
/// in a letter that marks no place (`said`, `by`; not `in`, `from`).
fn marks_no_place_mid_clause(word: &str) -> bool {
    word.starts_with(|c: char| c.is_lowercase())
        && word.ends_with(|c: char| c.is_alphabetic())
        && !marks_place(word, true)
}

/// The spans (in text order, apart) with each person's name of one word
/// that follows a given name the tagger left out, one space between,
/// taking it: `the geographer Hans` `Meyer` is `Hans Meyer`. The given name
/// is a listed one that is no common word (not `April` in `In April Smith
/// said`), with no name right before it (`Sunday Times` `Hans`), and no
/// span holds it. And two spans of one word, a given name and a family
/// name one space apart, are one person whatever kinds the tagger gave
/// them (`Diego` `Rivera`), unless both are people already (see
/// [`people_side_by_side`]).
pub(super) fn with_given_names(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for i in 0..spans.len() {
        let s = &spans[i];
        if s.kind != Kind::Person || text[s.range()].has_byte(b' ') {
            continue;
        }
        let Some(w) = word_before(text, s.start) else {
            continue;
        };
        let word = &text[w.clone()];
        let free = i == 0 || spans[i - 1].end() <= w.start;
        // A given name that is also an ordinary word or a place's name
        // (`Chad`, `Brent`, `Don`) counts in the middle of a clause, after
        // a word in lower case that marks no place (`scored Chad Curtis`,
        // not `in Chad Smith said`); not a title, a compass point, a
        // month or a word of two letters (`Lady`, `North`, `May`, `My`).
        let ordinary = || common_word(word) || listed_place(word);
        let mid_clause = || {
            word_before(text, w.start).is_some_and(|b| marks_no_place_mid_clause(&text[b]))
                && word.len() > 2
                && !is_title(word)
                && !directions().contains(&fold_hash(word))
                && !super::clean::MONTHS
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(word))
        };
        if !free
            || w.end + 1 != s.start
            || trim_edges(text, w.clone()) != w
            || !word.starts_with(|c: char| c.is_uppercase())
            || !given_name(word)
            || (ordinary() && !mid_clause())
            || word_before(text, w.start).is_some_and(|b| {
                let before = &text[b.clone()];
                trim_edges(text, b.clone()) == b && is_name_word(before) && !is_title(before)
            })
        {
            continue;
        }
        spans[i] = Span::new(text, w.start..s.end(), Kind::Person);
    }
    // Two spans of one word each, a given name and a family name, one
    // space apart, whatever the tagger took them for (`Diego` an
    // organisation and `Rivera` a place).
    // And a person's name of one word, then one space and a name of one
    // word the tagger took for an organisation's that nothing else marks as
    // one (`Bukayo` `Saka`): one person.
    let titlecase = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.all(|c| c.is_lowercase() || c == '-')
    };
    joined_at_spaces(text, spans, |a, b| {
        let (first, last) = (&text[a.range()], &text[b.range()]);
        let plain = |w: &str| !w.has_byte(b' ') && !common_word(w) && !listed_place(w);
        let known = (a.kind != Kind::Person || b.kind != Kind::Person)
            && given_name(first)
            && plain(first)
            && !last.has_byte(b' ')
            && family_name(last);
        // (A given name that is an ordinary word too counts when the census
        // gives it a sex: `Harry` `Blackmun`.)
        let surname = a.kind == Kind::Person
            && b.kind == Kind::Organisation
            && (plain(first) || (!first.has_byte(b' ') && attested_given_name(first)))
            && plain(last)
            && !evidence::listed_firm(last)
            && titlecase(first)
            && titlecase(last)
            && !is_organisation(&folded(last))
            && !text[b.end()..].starts_with(['\'', '\u{2019}', '&'])
            && !text[b.end()..].trim_start().starts_with('&');
        // A given name that is also a place's (`Sydney`, `Florence`)
        // taken for a place or a body before a family name the tagger
        // took for a person's, at the start of a sentence or in the middle
        // of a clause after a word that marks no place (`created by Sydney
        // Newman`; not `in Sydney Newman said`).
        // After a title or an office too, where the family name may be
        // one no list knows (`Secretary of State Antony Blinken`).
        let titled = || evidence::office_before(text, a.start);
        let placed = a.kind != Kind::Person
            && b.kind == Kind::Person
            && !first.has_byte(b' ')
            && !last.has_byte(b' ')
            && titlecase(first)
            && given_name(first)
            && !common_word(first)
            && (family_name(last) || titled())
            && (starts_sentence(text, a.start)
                || word_before(text, a.start)
                    .is_some_and(|w| w.end + 1 == a.start && marks_no_place_mid_clause(&text[w]))
                || titled());
        // A given name the tagger took for a body's before a name of one
        // word it took for a person's (`businessman Zygmunt` `Solorz`).
        let embodied = a.kind == Kind::Organisation
            && b.kind == Kind::Person
            && titlecase(first)
            && titlecase(last)
            && attested_given_name(first)
            && plain(first)
            && plain(last)
            && !evidence::listed_firm(first)
            && !is_organisation(&folded(first));
        // A person's given name before a name of one word the tagger took
        // for a place's that no list of places knows (`Claudio` `Ortúzar`).
        let unplaced = a.kind == Kind::Person
            && b.kind == Kind::Place
            && titlecase(first)
            && titlecase(last)
            && evidence::gendered_given_name(first)
            && plain(first)
            && plain(last)
            && !evidence::wide_place(last)
            && !evidence::geographic(last);
        (known || surname || placed || embodied || unplaced).then_some(Kind::Person)
    })
}

/// The spans (in text order, apart) with a name in brackets right after a
/// person's made a person's when it is a known given name and a known
/// family name, whatever the tagger took it for: a cast list's actor after
/// the character (`Bunk Moreland (Wendell Pierce)`); not a name with an
/// organisation's word (`John Smith (Acme Holdings)`), nor a place's.
pub(super) fn people_in_brackets_after_people(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for i in 1..spans.len() {
        let (before, s) = (&spans[i - 1], &spans[i]);
        if s.kind == Kind::Person
            || before.kind != Kind::Person
            || text.get(before.end()..s.start) != Some(" (")
            || !text[s.end()..].starts_with(')')
        {
            continue;
        }
        let surface = &text[s.range()];
        let Some((first, rest)) = surface.split_once_byte(b' ') else {
            continue;
        };
        let last = rest.rsplit_byte(b' ').next().unwrap_or(rest);
        // Not a place, as results give a player's country (`Wong Kam Po
        // (Hong Kong)`).
        if given_name(first)
            && family_name(last)
            && !is_organisation(&folded(surface))
            && !listed_place(surface)
            && !wide_place(surface)
        {
            spans[i] = Span::new(text, s.range(), Kind::Person);
        }
    }
    spans
}

/// The spans (in text order, apart) with a given name written short with a
/// dot (`Md.`, `Mohd.`, `Muhd.` for Muhammad) joined to the person's name
/// after it, which the tagger cut at the dot (`Md. Rafiqul Islam Khan`,
/// `Mohd. Najib`), whatever it took the short name for.
pub(super) fn people_after_short_given_names(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_pairs(text, spans, |a, b| {
        (b.kind == Kind::Person
            && text.get(a.end()..b.start) == Some(". ")
            && matches!(&text[a.range()], "Md" | "Mohd" | "Muhd"))
        .then_some(Kind::Person)
    })
}

/// The spans (in text order, apart) with two people's names that one space
/// parts made one name: the tagger cut a long name it did not know
/// (`Finnbogi Rútur` `Þorvaldsson`, `Juan de Marcos` `González`); two people
/// are not written side by side without a word or a mark between them.
pub(super) fn people_side_by_side(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_at_spaces(text, spans, |a, b| {
        (a.kind == Kind::Person && b.kind == Kind::Person).then_some(Kind::Person)
    })
}

/// The spans (in text order, apart) with a word between two people's
/// names, each parted by one space, that the tagger took for something
/// else joined with them into one person's name (`Chimamanda` `Ngozi`
/// `Adichie`): a middle name it did not know. Not an organisation's word.
pub(super) fn people_around_a_middle_name(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        let s = &spans[i];
        if let (Some(middle), Some(last)) = (spans.get(i + 1), spans.get(i + 2))
            && s.kind == Kind::Person
            && last.kind == Kind::Person
            && middle.kind != Kind::Person
            && text.get(s.end()..middle.start) == Some(" ")
            && text.get(middle.end()..last.start) == Some(" ")
            && !text[middle.range()].has_byte(b' ')
            && !organisation_words().contains(&fold_hash(&text[middle.range()]))
        {
            out.push(Span::new(text, s.start..last.end(), Kind::Person));
            i += 3;
            continue;
        }
        out.push(spans[i].clone());
        i += 1;
    }
    out
}

/// The spans (in text order, apart) with a name the tagger ended before a
/// saint's name joined by hyphens taking it in (`Paris` `Saint-Germain`,
/// `Sully` `Saint-Jean`), of its kind.
pub(super) fn with_hyphenated_saints(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for i in 0..spans.len() {
        let s = &spans[i];
        let Some(rest) = text[s.end()..].strip_prefix(' ') else {
            continue;
        };
        let Some(saint) = ["Saint-", "Sainte-", "St-", "Ste-"]
            .iter()
            .find(|p| rest.starts_with(**p))
        else {
            continue;
        };
        let name = rest[saint.len()..]
            .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .next()
            .unwrap_or_default();
        let end = s.end() + 1 + saint.len() + name.len();
        if name.starts_with(|c: char| c.is_uppercase())
            && !name.ends_with('-')
            && spans.get(i + 1).is_none_or(|n| n.start >= end)
        {
            spans[i] = Span::new(text, s.start..end, s.kind);
        }
    }
    spans
}

/// The names of armed forces that a people's adjective before them makes
/// a country's (`French Army`, `Peruvian Navy`).
const FORCES: &[&str] = &[
    "Air Force",
    "Armed Forces",
    "Army",
    "Coast Guard",
    "Marine Corps",
    "Marines",
    "Navy",
];

/// The first words of a body's name that a people's adjective before it is
/// part of (`the French Academy of Sciences`, `the British Museum`).
const NATIONAL_BODIES: &[&str] = &[
    "Academy",
    "Church",
    "Institute",
    "Library",
    "Museum",
    "Orchestra",
    "Society",
];

/// The spans (in text order, apart) with a country's armed force or
/// national body whole: the people's adjective before it is part of its
/// name (`the French Army`, `the Peruvian Navy`, `the French Academy of
/// Sciences`), though the tagger left it out.
pub(super) fn national_bodies_whole(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for i in 0..spans.len() {
        let s = &spans[i];
        let surface = &text[s.range()];
        let first = surface.split_byte(b' ').next().unwrap_or_default();
        if s.kind != Kind::Organisation
            || !(FORCES.contains(&surface) || NATIONAL_BODIES.contains(&first))
        {
            continue;
        }
        let Some(w) = word_before(text, s.start) else {
            continue;
        };
        let word = &text[w.clone()];
        if w.end + 1 == s.start
            && word.starts_with(|c: char| c.is_uppercase())
            && demonyms().contains(&fold_hash(word))
            && (i == 0 || spans[i - 1].end() <= w.start)
        {
            spans[i] = Span::new(text, w.start..s.end(), Kind::Organisation);
        }
    }
    spans
}

/// The spans (in text order, apart) with a name of one word joined by an
/// en dash to a body's or a place's name of more words after it: one name
/// of two people or places (`McCormack–Dickstein Committee`,
/// `Murray–Darling Basin Authority`), of the second's kind, whether the
/// tagger found the first word or not.
pub(super) fn names_across_dashes(text: &str, spans: Vec<Span>) -> Vec<Span> {
    const DASH: &str = "\u{2013}";
    let mut spans = joined_pairs(text, spans, |a, b| {
        let (first, second) = (&text[a.range()], &text[b.range()]);
        (text.get(a.end()..b.start) == Some(DASH)
            && matches!(b.kind, Kind::Organisation | Kind::Place)
            && !first.has_byte(b' ')
            && first.starts_with(|c: char| c.is_uppercase())
            && second.has_byte(b' '))
        .then_some(b.kind)
    });
    for i in 0..spans.len() {
        let b = &spans[i];
        let Some(head) = text[..b.start].strip_suffix(DASH) else {
            continue;
        };
        let word = head.len() - head.trim_end_matches(char::is_alphabetic).len();
        let start = head.len() - word;
        let after_previous = i == 0 || spans[i - 1].end() <= start;
        if word > 0
            && after_previous
            && matches!(b.kind, Kind::Organisation | Kind::Place)
            && text[b.range()].has_byte(b' ')
            && text[start..].starts_with(|c: char| c.is_uppercase())
            && text[..start]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace)
        {
            spans[i] = Span::new(text, start..b.end(), b.kind);
        }
    }
    spans
}

/// The spans (in text order, apart) with a name of one word that the
/// tagger did not take for a person's, one space before a person's name of
/// two words or more, taking it as a first name: `Josep` `Maria
/// Bocabella`, `Wangari` `Muta Maathai`; or before a person's name of one
/// word when it is a known given name (`Mitch` `Marner`). Not a common word, a listed place,
/// a word in capitals or an organisation's name, nor before `&` (`Edward`
/// `D. Jones` `& Co.` is a firm's name).
pub(super) fn with_first_names(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_at_spaces(text, spans, |a, b| {
        let (first, last) = (&text[a.range()], &text[b.range()]);
        (a.kind != Kind::Person
            && b.kind == Kind::Person
            && !first.has_byte(b' ')
            && (last.has_byte(b' ')
                || (attested_given_name(first)
                    && !initial(last)
                    && last.contains(|c: char| c.is_lowercase())))
            && first.contains(|c: char| c.is_lowercase())
            && is_name_word(first)
            && !common_word(first)
            && !wide_place(first)
            && !is_organisation(&folded(first))
            && !text[b.end()..].trim_start().starts_with('&'))
        .then_some(Kind::Person)
    })
}

/// A name of one word followed on its line by a capitalised word that the
/// tagger left out for being an ordinary word too (`Theresa` `May`, `Gordon`
/// `Brown`): the name takes the word. Not when the word is a day or other
/// common word, a title, a demonym, part of an organisation's name or a
/// listed place, when another span starts there, when a capitalised word
/// follows it in turn (a headline in title case: `Trump Meets Kim`), or
/// when the word starts with a bracket or a quotation mark.
pub(super) fn with_ordinary_surnames(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for i in 0..spans.len() {
        let span = &spans[i];
        if span.kind != Kind::Person || text[span.range()].contains(char::is_whitespace) {
            continue;
        }
        let Some(w) = word_after(text, span.end()) else {
            continue;
        };
        let bare = trim_edges(text, w.clone());
        let word = &text[bare.clone()];
        let titlecase = title_case(word);
        let h = fold_hash(word);
        let ordinary = common_words().contains(&h)
            || titles().contains(&h)
            || demonyms().contains(&h)
            || organisation_words().contains(&h)
            || event_words().contains(&h)
            || listed_word_place(word);
        let taken = spans.get(i + 1).is_some_and(|s| s.start < w.end);
        let headline = bare.end == w.end
            && word_after(text, w.end).is_some_and(|next| is_name_word(&text[next]));
        // Nor a word after an opening bracket or quotation mark: a date or
        // a gloss begins there (`Bix Beiderbecke (March 10, 1903 – ...`).
        let opened = bare.start != w.start;
        if !titlecase || ordinary || taken || headline || opened {
            continue;
        }
        let range = spans[i].start..bare.end;
        spans[i] = Span::new(text, range, Kind::Person);
    }
    spans
}

/// The spans, with each organisation's name taking in the capitalised words
/// right before it that no span holds (`Japan` of `Japan Aerospace
/// Exploration Agency`, `Michigan` of `Michigan Technological University`):
/// the tagger, or the rule that a place inside an organisation's name is not
/// a place, leaves them out. Not a common word (`The`, `Yesterday`), a title,
/// or a word ending in punctuation; before an organisation's word alone,
/// some common words are taken too (`the Royal Society`). An organisation the
/// tagger cut in two at a space is one again (`Ystradgynlais Rugby`
/// `Football Club`), and so is a name before an organisation's word alone,
/// at a space or a possessive (`Thomas Iron` `Company`, `St Mary`'s
/// `College`).
pub(super) fn organisations_whole(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    // An organisation's word alone, or its plural, cut from the name before
    // it: `Royal` `Society`, `Thomas Iron` `Company`, `St Mary`'s `College`,
    // `Curie` `Institutes`.
    let word_alone = |s: &Span| {
        let surface = &text[s.range()];
        let singular = surface.strip_suffix('s').unwrap_or(surface);
        s.kind == Kind::Organisation
            && !surface.has_byte(b' ')
            && (organisation_words().contains(&fold_hash(surface))
                || organisation_words().contains(&fold_hash(singular)))
            && !club_words().contains(&fold_hash(surface))
            && !club_words().contains(&fold_hash(singular))
    };
    // Saints' colleges and churches (`St Mary`'s `College`); not a firm
    // after its owner (`Smith`'s `Company`), nor a country's or a town's
    // body (`Peru`'s `Congress`).
    let saints = |s: &Span| {
        let surface = &text[s.range()];
        s.kind == Kind::Organisation
            || ["St ", "St. ", "Saint "]
                .iter()
                .any(|p| surface.starts_with(p))
    };
    let mut held_until = 0;
    let mut cut = false;
    for i in 0..spans.len() {
        // What lies between span `i` and the one before (nothing when they
        // overlap).
        let between = |i: usize| text.get(spans[i - 1].end()..spans[i].start).unwrap_or("");
        let after_possessive = |i: usize| matches!(between(i), "'s " | "\u{2019}s ");
        // A plural's possessive inside a name: `Garment Workers'`
        // `Solidarity Federation`.
        let after_plural = |i: usize| {
            matches!(between(i), "' " | "\u{2019} ") && text[spans[i - 1].range()].ends_with('s')
        };
        if i > 0
            && ((spans[i].kind == Kind::Organisation
                && spans[i - 1].kind == Kind::Organisation
                && (between(i) == " " || after_plural(i)))
                || (word_alone(&spans[i])
                    && !word_alone(&spans[i - 1])
                    && (between(i) == " " || (after_possessive(i) && saints(&spans[i - 1])))))
        {
            let range = spans[i - 1].start..spans[i].end();
            spans[i] = Span::new(text, range, Kind::Organisation);
            spans[i - 1].len = 0;
            cut = true;
        }
        let alone = word_alone(&spans[i]);
        // A name ending in an organisation's word takes them too (`World`
        // `Health Organization`), but not in a headline in capitals.
        let ends_a_body = alone || {
            let surface = &text[spans[i].range()];
            surface.chars().any(char::is_lowercase)
                && surface.rsplit_byte(b' ').next().is_some_and(|last| {
                    surface.has_byte(b' ') && organisation_words().contains(&fold_hash(last))
                })
        };
        let span = &mut spans[i];
        let floor = held_until;
        held_until = span.end();
        if span.kind != Kind::Organisation {
            continue;
        }
        // Before a word alone, common words are the name's too from the
        // first word that is not one or names a body (`Thomas Iron
        // Company`, `The Royal Society`; not `the Republican Congress`).
        let mut start = span.start;
        let mut from = span.start;
        // The end of the first word of the name so far.
        let surface = &text[span.range()];
        let mut first_end = span.start + surface.find(' ').unwrap_or(surface.len());
        while let Some(w) = word_before(text, start) {
            let word = &text[w.clone()];
            let bare = trim_edges(text, w.clone());
            let common = common_word(word);
            // A capitalised common word inside a sentence, the tagger left
            // off (`the Comprehensive Nuclear-Test-Ban Treaty Organization`,
            // `Mount St. Scholastica College`), unless a people's or a
            // party's adjective, an article, capitals, a word such as
            // `Family-controlled`, or the first after a dash, a bullet or a
            // colon (`RAMI: Before Qirsh`).
            let left_off = common
                && word.starts_with(char::is_uppercase)
                && (word.chars().any(char::is_lowercase) || word.len() == 1)
                && !word
                    .split_once_byte(b'-')
                    .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase))
                && !demonyms().contains(&fold_hash(word))
                && !PARTIES.contains(&word)
                && !matches!(word, "The" | "A" | "An")
                && !starts_sentence(text, w.start)
                && word_before(text, w.start).is_some_and(|p| {
                    text[p.clone()].chars().any(char::is_alphanumeric) && !text[p].ends_with(':')
                });
            // A month before a body's name is a date's: `the July FOMC
            // meeting`, `the September Treasury bond`.
            let month = super::clean::MONTHS
                .iter()
                .any(|m| m.eq_ignore_ascii_case(word));
            if w.start < floor
                || bare != w
                || !is_name_word(word)
                || month
                || (common && !ends_a_body && !left_off)
                || is_title(word)
                || super::clean::attributive(word)
                || !text[w.end..start].chars().all(|c| c == ' ')
            {
                break;
            }
            start = w.start;
            // A common word begins the name too when it begins a listed
            // place's with the word after it (`New Zealand Wildlife
            // Service`).
            if !common
                || left_off
                || NAMES_OF_BODIES.contains(&word)
                || listed_place(&text[start..first_end])
            {
                from = start;
                first_end = w.end;
            }
        }
        // A word alone takes the ordinary words before it too when they do
        // not begin a sentence and none is a people's or a party's
        // adjective (`Stiff Records`, `the High Court`; not `the
        // Republican Congress`), except in a headline in capitals.
        if from == span.start
            && alone
            && start < span.start
            && !starts_sentence(text, start)
            && text[span.range()].chars().any(char::is_lowercase)
            && text[start..span.start].split_byte(b' ').all(|w| {
                w.is_empty() || !(demonyms().contains(&fold_hash(w)) || PARTIES.contains(&w))
            })
        {
            from = start;
        }
        let start = from;
        if start != span.start {
            *span = Span::new(text, start..span.end(), Kind::Organisation);
        }
    }
    if cut {
        spans.retain(|s| s.len > 0);
    }
    spans
}

/// Words of parties' names that are not part of a body's name before it
/// (`the Republican Congress`).
const PARTIES: &[&str] = &[
    "Communist",
    "Conservative",
    "Democrat",
    "Democratic",
    "Liberal",
    "Republican",
    "Socialist",
];

/// Common words that start the names of learned and public bodies: `Royal
/// Society`, `National Assembly`, `International Court`.
const NAMES_OF_BODIES: &[&str] = &[
    "Central",
    "Economic",
    "Federal",
    "General",
    "Geographical",
    "Historical",
    "Imperial",
    "International",
    "Medical",
    "National",
    "Royal",
    "Scientific",
    "Supreme",
    "World",
];

/// Words that end an organisation's name and may take `of` and a name
/// after them: `Hornsey College of Art`, `Church of Scotland`, `Centre of
/// Excellence`.
pub(super) const TAKES_OF: &[&str] = &[
    "Academy",
    "Agency",
    "Association",
    "Bank",
    "Centre",
    "Center",
    "Chamber",
    "Church",
    "College",
    "Commission",
    "Committee",
    "Council",
    "Department",
    "Foundation",
    "Institute",
    "League",
    "Ministry",
    "Museum",
    "Office",
    "School",
    "Society",
    "University",
];

/// Words that end the name of a public or learned body and may take `for`
/// and what it is for: `Centre for Policy Dialogue`, `Institute for Fiscal
/// Studies`, `Administrative Council for Economic Defence`.
pub(super) const TAKES_FOR: &[&str] = &[
    "Academy",
    "Agency",
    "Alliance",
    "Association",
    "Bureau",
    "Campaign",
    "Centre",
    "Center",
    "Coalition",
    "Commission",
    "Committee",
    "Council",
    "Foundation",
    "Fund",
    "Institute",
    "League",
    "Ministry",
    "Movement",
    "Office",
    "Organisation",
    "Organization",
    "Party",
    "Society",
    "Trust",
];

/// The spans (in text order, apart) with each organisation's name that is
/// two bodies' names joined by `and` cut in two: both sides of two words
/// or more ending in an organisation's word (`Yale University and New York
/// University`; not `Bangladesh Garment Manufacturers and Exporters
/// Association` or `Museum of Art and Design`), or both listed companies
/// (`Goldman Sachs and Morgan Stanley`).
pub(super) fn organisations_apart(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let ends_a_body = |name: &str| {
        let mut words = name.rsplit_byte(b' ');
        (words
            .next()
            .is_some_and(|w| organisation_words().contains(&fold_hash(w)))
            && words.next().is_some())
            || listed_firm(name)
    };
    let joined = |s: &Span| s.kind == Kind::Organisation && text[s.range()].contains(" and ");
    let two = |s: &Span| {
        let (first, second) = text[s.range()].split_once(" and ")?;
        (!second.contains(" and ")
            && second.starts_with(|c: char| c.is_uppercase())
            && ends_a_body(first)
            && ends_a_body(second))
        .then(|| {
            let cut = s.start + first.len();
            [
                Span::new(text, s.start..cut, Kind::Organisation),
                Span::new(text, s.end() - second.len()..s.end(), Kind::Organisation),
            ]
        })
    };
    if !spans.iter().any(joined) {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len() + 1);
    for s in spans {
        match joined(&s).then(|| two(&s)).flatten() {
            Some(both) => out.extend(both),
            None => out.push(s),
        }
    }
    out
}

/// Words that begin the name of a body and may take `for` and what it is
/// for when the name found is that word alone: `Union for Democratic
/// Renewal`, `Rally for the Republic` (not `the European Union
/// for Britain's troubles`).
pub(super) const TAKES_FOR_ALONE: &[&str] = &[
    "Congress",
    "Convention",
    "Federation",
    "Forum",
    "Front",
    "Network",
    "Rally",
    "Union",
];

/// Words that end the name of a railway, a canal or an office named by a
/// list of places or fields (`Toledo, Norwalk and Cleveland Railroad`).
const LISTED_BODY_ENDS: &[&str] = &[
    "Canal", "Company", "Office", "Railroad", "Railway", "Railways",
];

/// The capitalised name of one to three words that ends right before
/// `at` (`New Haven` of `New Haven and`), if any.
fn list_item_before(text: &str, at: usize) -> Option<usize> {
    let mut start = None;
    let mut end = at;
    for _ in 0..3 {
        let from = text[..end].rfind([' ', '\n']).map_or(0, |i| i + 1);
        let w = from..end;
        let word = &text[w.clone()];
        if !word.starts_with(char::is_uppercase)
            || !word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
            || matches!(word, "The" | "And" | "In" | "Of")
        {
            break;
        }
        start = Some(w.start);
        match text[..w.start].strip_suffix(' ') {
            Some(head) if !head.ends_with([',', ' ']) => end = head.len(),
            _ => break,
        }
    }
    start
}

/// The spans (in text order, apart) with each railway, canal, company or
/// office named by a list of places or fields before its word (ending in
/// one of [`LISTED_BODY_ENDS`]) taken whole, with at least one item before
/// a comma and one after `and` (`Toledo, Norwalk and Cleveland Railroad`,
/// `London, Midland and Scottish Railway`, `Foreign, Commonwealth and
/// Development Office`), in place of the spans inside it.
pub(super) fn bodies_named_by_lists(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let ends = |s: &Span| {
        s.kind == Kind::Organisation
            && text[s.range()]
                .rsplit_byte(b' ')
                .next()
                .is_some_and(|w| LISTED_BODY_ENDS.contains(&w))
    };
    if !spans.iter().any(ends) {
        return spans;
    }
    let mut found: Vec<Range<usize>> = Vec::new();
    for s in spans.iter().filter(|s| ends(s)) {
        let mut start = s.start;
        if !text[s.range()].contains(" and ") {
            let Some(head) = text[..start].strip_suffix(" and ") else {
                continue;
            };
            let Some(item) = list_item_before(text, head.len()) else {
                continue;
            };
            start = item;
        }
        let mut items = 0;
        while let Some(head) = text[..start].strip_suffix(", ") {
            let Some(item) = list_item_before(text, head.len()) else {
                break;
            };
            start = item;
            items += 1;
        }
        let name = start..s.end();
        if items > 0
            && found.last().is_none_or(|l| l.end <= name.start)
            && holds_whole(&spans, &name)
        {
            found.push(name);
        }
    }
    replaced_by(text, spans, found, Kind::Organisation)
}

/// Words that end the name of a body and may take `on` and its subject:
/// `Council on Foreign Relations`, `Commission on Human Rights`.
pub(super) const TAKES_ON: &[&str] = &["Commission", "Committee", "Council"];

/// The spans (in text order, apart) with each organisation whose name ends
/// in one of [`TAKES_OF`] (or [`TAKES_FOR`], [`TAKES_ON`]) taking in `of`
/// (`for`, `on`), maybe `the`, and the capitalised words after it (at most
/// four), and any span among them. Such a word alone is an organisation's
/// whatever the tagger made of it (`the Centre for Policy Dialogue`).
pub(super) fn organisations_of(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    // Rewritten in place (a long text's spans are much of the memory
    // linking takes): `spans[..out]` are done, and `out <= i`.
    let mut out = 0;
    for i in 0..spans.len() {
        if out > 0 && spans[i].start < spans[out - 1].end() {
            // Taken in by the organisation before it.
            continue;
        }
        let Some(mut span) = of_what(text, &spans[i]) else {
            spans.swap(out, i);
            out += 1;
            continue;
        };
        // A span that begins among the words taken and goes on past them,
        // whatever it was taken for but a person, is the rest of the name
        // (`International Commission for the` `Protection of the Danube
        // River`).
        if let Some(next) = spans.get(i + 1)
            && next.kind != Kind::Person
            && next.start >= spans[i].end()
            && next.start < span.end()
            && next.end() > span.end()
        {
            span = Span::new(text, span.start..next.end(), Kind::Organisation);
        }
        // An organisation's name right before is the same name (`National`
        // `Centre for Earth Observation`).
        if out > 0
            && spans[out - 1].kind == Kind::Organisation
            && spans[out - 1].end() + 1 == span.start
            && text.as_bytes()[span.start - 1] == b' '
        {
            spans[out - 1] = Span::new(text, spans[out - 1].start..span.end(), Kind::Organisation);
        } else {
            spans[out] = span;
            out += 1;
        }
    }
    spans.truncate(out);
    spans
}

/// `span` taking in `of` (`for`, `on`) and what follows, when it is an
/// organisation that does (see [`organisations_of`]).
fn of_what(text: &str, span: &Span) -> Option<Span> {
    let surface = &text[span.range()];
    let last_word = surface.rsplit_byte(b' ').next().unwrap_or_default();
    let rest = &text[span.end()..];
    let alone = surface == last_word;
    let after = [(" of ", TAKES_OF), (" for ", TAKES_FOR), (" on ", TAKES_ON)]
        .iter()
        .find_map(|(joint, heads)| {
            let after = rest.strip_prefix(joint)?;
            (heads.contains(&last_word)
                || (alone && *joint == " for " && TAKES_FOR_ALONE.contains(&last_word)))
            .then_some(after)
        })?;
    if span.kind != Kind::Organisation && !alone {
        return None;
    }
    let after = after.strip_prefix("the ").unwrap_or(after);
    let mut end = text.len() - after.len();
    let mut taken = 0;
    while let Some(w) =
        word_after(text, end).or_else(|| (taken == 0).then(|| first_word(text, end)).flatten())
    {
        let bare = trim_edges(text, w.clone());
        let word = &text[bare.clone()];
        // Not a day (`the Security Council on Friday`) or a person's title
        // (`Awami League of Prime Minister Sheikh Hasina`).
        if taken == 4
            || bare.start != w.start
            || !is_name_word(&text[w.clone()])
            || common_words().contains(&fold_hash(word))
            || is_title(word)
        {
            break;
        }
        end = bare.end;
        taken += 1;
        if bare != w {
            break;
        }
    }
    // Not a body with a name of its own of a town (`the Daishi Bank of
    // Niigata`; see [`organisations_of_their_towns`]).
    let of = &text[text.len() - after.len()..end];
    (taken > 0 && !of_its_town(surface, of))
        .then(|| Span::new(text, span.start..end, Kind::Organisation))
}

/// Whether `body` `of` `place` names a body with a name of its own
/// ([`named_of_its_own`]) and the town it is in: `place`, of one to three
/// capitalised words, a listed town that is no ordinary word, country,
/// state or region, and the body no see's or town's own
/// ([`JURISDICTIONS`]).
fn of_its_town(body: &str, place: &str) -> bool {
    use crate::entities::geo::{GeoKind, gazetteer};
    (1..=3).contains(&place.split_byte(b' ').count())
        && !place.contains(" of ")
        && place
            .split_byte(b' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !body
            .rsplit_byte(b' ')
            .next()
            .is_some_and(|w| JURISDICTIONS.contains(&w))
        && named_of_its_own(body)
        && !common_word(place)
        && (listed_place(place) || wide_place(place))
        && !listed_country(place)
        && !gazetteer().has_kind(place, |k| k != GeoKind::City)
}

/// Whether `words`, the words of a body's name before its last, hold a name
/// of its own: a capitalised word that is no ordinary word, title or
/// people's name (`Daishi`, `Gulfstar`; not `National`, `Royal`,
/// `Hebrew`).
fn named_of_its_own(words: &str) -> bool {
    words.split_byte(b' ').any(|w| {
        // A possessive is its word's (`People's`).
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w);
        w.starts_with(|c: char| c.is_uppercase())
            && !common_word(w)
            && !organisation_words().contains(&fold_hash(w))
            && !is_title(w)
            && !is_demonym(&folded(w))
    })
}

/// Bodies that are named of the town they serve (`Archdiocese of Boston`).
const JURISDICTIONS: &[&str] = &[
    "Archdiocese",
    "Archeparchy",
    "Diocese",
    "Eparchy",
    "Municipality",
    "Presbytery",
    "Prefecture",
    "Synod",
];

/// The spans (in text order, apart) with each organisation's name of the
/// form `A of P` cut in two, the body `A` and the place `P`, when they are
/// a body and its town ([`of_its_town`]): `Iraklis of Thessaloniki`,
/// `Hanil Metal of Changwon`; not `Bank of England`, `National Museum of
/// Ireland`, `People's Bank of China`.
pub(super) fn organisations_of_their_towns(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let two = |s: &Span| {
        if s.kind != Kind::Organisation {
            return None;
        }
        let (body, place) = text[s.range()].split_once(" of ")?;
        of_its_town(body, place).then(|| {
            [
                Span::new(text, s.start..s.start + body.len(), Kind::Organisation),
                Span::new(text, s.end() - place.len()..s.end(), Kind::Place),
            ]
        })
    };
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        match two(&s) {
            Some(both) => out.extend(both),
            None => out.push(s),
        }
    }
    out
}

/// The word that starts at `at`, up to whitespace.
fn first_word(text: &str, at: usize) -> Option<Range<usize>> {
    let rest = text.get(at..)?;
    let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    (len > 0).then_some(at..at + len)
}

/// Whether `word` is a Roman numeral from I to XXXIX, as after a monarch's
/// or a pope's name (`Henry VIII`, `John Paul II`).
pub(super) fn regnal_number(word: &str) -> bool {
    let tens = word.len() - word.trim_start_matches('X').len();
    let units = &word[tens..];
    tens <= 3
        && !word.is_empty()
        && matches!(
            units,
            "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX"
        )
}

/// The Roman numeral of a name that is a given name and one (`Charles II`,
/// `John I`).
fn numeral_after_given_name(name: &str) -> Option<&str> {
    name.split_once_byte(b' ')
        .filter(|&(given, n)| attested_given_name(given) && regnal_number(n))
        .map(|(_, n)| n)
}

/// Titles of monarchs and popes, which number them (`Queen Elizabeth I`).
const ROYAL_TITLES: &[&str] = &[
    "Emperor", "Empress", "King", "Pope", "Queen", "Shah", "Sultan", "Tsar", "Tsarina", "Czar",
];

/// The spans, with each person's name taking the Roman numeral or the
/// `Jr.`/`Sr.` right after it (`Henry VIII`, `Elizabeth I of England`,
/// `Paulo Jr.`). `I` counts only before punctuation, the end of the line or
/// `of`, or after a monarch's title (`Queen Elizabeth I born`; not `Then
/// Smith I think`).
pub(super) fn with_regnal_numbers(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    // A numeral the tagger took for a name of its own (`XIII` an
    // organisation) is taken in, and its span let go.
    let mut taken = vec![false; spans.len()];
    for i in 0..spans.len() {
        if spans[i].kind != Kind::Person {
            // A given name and its numeral the tagger took for something
            // else are a monarch's name (`Charles II` an organisation).
            if numeral_after_given_name(&text[spans[i].range()]).is_some_and(|n| n != "I") {
                spans[i].kind = Kind::Person;
            }
            continue;
        }
        let Some(w) = word_after(text, spans[i].end()) else {
            continue;
        };
        let mut bare = trim_edges(text, w.clone());
        // `Jr.` keeps its dot.
        let suffix = matches!(&text[bare.clone()], "Jr." | "Sr." | "Jr" | "Sr");
        let word = match suffix {
            true => &text[bare.clone()],
            false => text[bare.clone()].trim_end_matches('.'),
        };
        bare.end = bare.start + word.len();
        if bare.start != w.start || !(suffix || regnal_number(word)) {
            continue;
        }
        if let Some(next) = spans.get(i + 1)
            && next.start < bare.end
        {
            if next.range() != bare {
                continue;
            }
            taken[i + 1] = true;
        }
        if word == "I" {
            let closed =
                bare.end < w.end || word_after(text, w.end).is_none_or(|next| &text[next] == "of");
            let royal = word_before(text, spans[i].start).is_some_and(|t| {
                let title = text[t].trim_end_matches('.');
                ROYAL_TITLES.contains(&title)
            });
            if !(closed || royal) {
                continue;
            }
        }
        spans[i] = Span::new(text, spans[i].start..bare.end, Kind::Person);
    }
    without_taken(spans, &taken)
}

/// The spans (in text order, apart), with a name of two or three words
/// right after a place's possessive a person's, whatever the tagger took
/// either for (`Zimbabwe's Tinashe Moyo`, an organisation; `India's Leander
/// Paes`, a place): a country's or a town's own that is no body and no
/// place is one of its people. Not a name with a word of a body, an event,
/// a building or a place (`Israel's Channel Two`, `Beijing's Tiananmen
/// Square`), a listed place or firm, a common word, or a plural's last word
/// (`Nigeria's Super Eagles`).
pub(super) fn people_after_places_possessive(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for i in 1..spans.len() {
        let (place, s) = (&spans[i - 1], &spans[i]);
        // A listed place taken for its team is a place here too
        // (`Zimbabwe's`, an organisation in a race's report).
        if s.kind == Kind::Person
            || !matches!(text.get(place.end()..s.start), Some("'s " | "\u{2019}s "))
            || !(place.kind == Kind::Place || listed_place(&text[place.range()]))
        {
            continue;
        }
        let surface = &text[s.range()];
        let words: Vec<&str> = surface.split_byte(b' ').collect();
        let plain = |w: &&str| {
            title_case(w)
                && !common_word(w)
                && !is_title(w)
                && !super::untagged::FACILITIES.contains(w)
                && !super::untagged::DIVISIONS.contains(w)
        };
        let last = words.last().copied().unwrap_or_default();
        let plural = last.strip_suffix('s').is_some_and(common_word);
        // Nor one that qualifies a noun after it (`Israel's Ben Gurion
        // airport`, `Yedioth Ahronoth newspaper`).
        let noun_after = || {
            word_after(text, s.end()).is_some_and(|w| {
                let word = text[w].trim_end_matches(|c: char| c.is_ascii_punctuation());
                word.starts_with(|c: char| c.is_ascii_lowercase())
                    && (super::define::heads_no_person(word)
                        || super::untagged::FACILITIES
                            .iter()
                            .any(|f| f.eq_ignore_ascii_case(word)))
            })
        };
        // The name's words first, then what the words around and the lists
        // say.
        if (2..=3).contains(&words.len())
            && words.iter().all(plain)
            && !plural
            && !noun_after()
            && !{
                let f = folded(surface);
                is_organisation(&f) || is_event(&f)
            }
            && !geographic(surface)
            && !listed_place(surface)
            && !wide_place(surface)
            && !evidence::listed_firm(surface)
        {
            spans[i] = Span::new(text, s.range(), Kind::Person);
        }
    }
    spans
}

/// The spans, with a name after a company officer's title that begins with
/// a known given name a person's (`Tesla CEO Elon Musk`, where `Elon Musk`
/// was an organisation), a given name and the next span there one person
/// (`Disney CEO Bob` `Iger`), and a name the tagger took with the firm and
/// the title cut into the firm and the person (`Tesla CFO Zach Kirkhorn`).
pub(super) fn people_after_officers(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let officer = |w: &str| OFFICERS.contains(&w);
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    let mut spans = spans.into_iter().peekable();
    while let Some(s) = spans.next() {
        let surface = &text[s.range()];
        if s.kind == Kind::Person {
            out.push(s);
            continue;
        }
        // The firm, the title and the person in one span.
        let inside = surface.match_indices(' ').find_map(|(at, _)| {
            let rest = &surface[at + 1..];
            let (title, name) = rest.split_once_byte(b' ')?;
            let first = name.split_byte(b' ').next().unwrap_or(name);
            (officer(title) && named_in_full(name, first)).then_some((at, at + 1 + title.len() + 1))
        });
        if let Some((firm_end, name_start)) = inside {
            out.push(Span::new(
                text,
                s.start..s.start + firm_end,
                Kind::Organisation,
            ));
            out.push(Span::new(text, s.start + name_start..s.end(), Kind::Person));
            continue;
        }
        if !word_before(text, s.start).is_some_and(|w| officer(&text[w])) {
            out.push(s);
            continue;
        }
        match surface.split_once_byte(b' ') {
            Some((first, _)) if named_in_full(surface, first) => {
                out.push(Span::new(text, s.range(), Kind::Person));
            }
            None if attested_given_name(surface) => {
                let mut end = s.end();
                if let Some(next) = spans.peek()
                    && next.start == end + 1
                    && text[end..].starts_with(' ')
                    && !text[next.range()].has_byte(b' ')
                {
                    end = next.end();
                    spans.next();
                }
                out.push(Span::new(text, s.start..end, Kind::Person));
            }
            _ => out.push(s),
        }
    }
    out
}

/// The spans, with a street's word alone the tagger took for a name joined
/// to the name right before it, one place (`Abbey` an organisation and
/// `Road` a place were two). Not after a name of more than two words, nor
/// one that is a street's already.
pub(super) fn streets_whole(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_at_spaces(text, spans, |a, b| {
        let (first, last) = (&text[a.range()], &text[b.range()]);
        (STREET_HEADS.contains(&last)
            && first.split_byte(b' ').count() <= 2
            && !first.split_byte(b' ').any(|w| STREET_HEADS.contains(&w)))
        .then_some(Kind::Place)
    })
}

/// Street words a number names (`18th Street`, `5th Avenue`, `17th Ave`).
const NUMBERED_STREETS: &[&str] = &[
    "Ave",
    "Ave.",
    "Avenue",
    "Blvd",
    "Boulevard",
    "Rd",
    "Road",
    "St",
    "St.",
    "Street",
];

/// Whether `word` is an ordinal number in figures (`18th`, `42nd`, `1st`),
/// in any case.
pub(super) fn ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    (1..=4).contains(&digits)
        && ["st", "nd", "rd", "th"]
            .iter()
            .any(|e| word[digits..].eq_ignore_ascii_case(e))
}

/// Words that begin the name of a military unit a number names (`1st
/// Battalion`, `5th Infantry Division`, `8th Brigade`).
const NUMBERED_UNITS: &[&str] = &[
    "Airborne",
    "Armored",
    "Armoured",
    "Army",
    "Battalion",
    "Brigade",
    "Cavalry",
    "Commonwealth",
    "Corps",
    "Division",
    "Fleet",
    "Infantry",
    "Marine",
    "Panzer",
    "Regiment",
    "Squadron",
];

/// The spans (in text order, apart), with a name that an ordinal number
/// goes before made one name with it: a street's word alone, a place
/// (`18th Street`, where the tagger took `Street` alone), and a military
/// unit's name, an organisation (`1st Battalion`, `5th Infantry
/// Division`).
pub(super) fn numbered_names(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        let surface = &text[s.range()];
        let kind = if NUMBERED_STREETS.contains(&surface) {
            Some(Kind::Place)
        } else {
            let first = surface.split_byte(b' ').next().unwrap_or_default();
            NUMBERED_UNITS
                .contains(&first)
                .then_some(Kind::Organisation)
        };
        if let Some(kind) = kind
            && let Some(w) = word_before(text, s.start)
            && w.end + 1 == s.start
            && ordinal(&text[w.clone()])
            && out.last().is_none_or(|p| p.end() <= w.start)
        {
            out.push(Span::new(text, w.start..s.end(), kind));
            continue;
        }
        out.push(s);
    }
    out
}

/// Words after a saint's name and a possessive that make one name of them,
/// and its kind: a place (`St Paul's Cathedral`, `St Peter's Square`), an
/// organisation (`St John's College`, `St Thomas' Hospital`), or none, a
/// day (`St Patrick's Day`).
pub(super) const AFTER_SAINTS: &[(&str, Option<Kind>)] = &[
    ("Abbey", Some(Kind::Place)),
    ("Academy", Some(Kind::Organisation)),
    ("Basilica", Some(Kind::Place)),
    ("Bay", Some(Kind::Place)),
    ("Bridge", Some(Kind::Place)),
    ("Cathedral", Some(Kind::Place)),
    ("Chapel", Some(Kind::Place)),
    ("Church", Some(Kind::Place)),
    ("College", Some(Kind::Organisation)),
    ("Cross", Some(Kind::Place)),
    ("Day", None),
    ("Eve", None),
    ("Hospital", Some(Kind::Organisation)),
    ("Island", Some(Kind::Place)),
    ("Minster", Some(Kind::Place)),
    ("Park", Some(Kind::Place)),
    ("Priory", Some(Kind::Place)),
    ("School", Some(Kind::Organisation)),
    ("Square", Some(Kind::Place)),
    ("Street", Some(Kind::Place)),
];

/// The spans (in text order, apart), with a saint's name, a possessive and
/// one of [`AFTER_SAINTS`], which the tagger cuts at the possessive (`St
/// Paul` a place and `Cathedral` another), made one name of its kind; a
/// saint's day is no name. The saint's name is a span of two words, the
/// first `St`, `St.` or `Saint`.
pub(super) fn saints_possessive_names(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let (mut places, mut bodies, mut days) = (Vec::new(), Vec::new(), Vec::new());
    for s in &spans {
        let surface = &text[s.range()];
        let Some((saint, name)) = surface.split_once_byte(b' ') else {
            continue;
        };
        if !matches!(saint, "St" | "St." | "Saint") || name.has_byte(b' ') {
            continue;
        }
        let rest = &text[s.end()..];
        let Some(after) = ["'s ", "\u{2019}s ", "' ", "\u{2019} "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
        else {
            continue;
        };
        let head = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        let Some(&(_, kind)) = AFTER_SAINTS.iter().find(|(w, _)| *w == head) else {
            continue;
        };
        let end = s.end() + (rest.len() - after.len()) + head.len();
        let range = s.start..end;
        if !holds_whole(&spans, &range) {
            continue;
        }
        match kind {
            Some(Kind::Place) => places.push(range),
            Some(_) => bodies.push(range),
            None => days.push(range),
        }
    }
    let spans = replaced_by(text, spans, places, Kind::Place);
    without_inside(replaced_by(text, spans, bodies, Kind::Organisation), &days)
}

/// Royal possessives that begin names of places and bodies, which the
/// tagger leaves out as titles (`King's Lynn`, `King's Cross`, `Queen's
/// Park`, `King's Own Scottish Borderers`).
const ROYAL_POSSESSIVES: &[&str] = &[
    "King's ",
    "King\u{2019}s ",
    "Queen's ",
    "Queen\u{2019}s ",
    "Prince's ",
    "Prince\u{2019}s ",
];

/// The spans (in text order, apart), with a name right after a royal
/// possessive (see [`ROYAL_POSSESSIVES`]) that begins a word made one name
/// with it: a listed place's (`King's Lynn`), a body's when a word of it is
/// one (`King's Own Scottish Borderers`), else of the name's kind (`King's
/// Cross`). Not a person's name of one word (`the King's Andrew`).
pub(super) fn royal_possessives_whole(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let (mut places, mut bodies, mut people) = (Vec::new(), Vec::new(), Vec::new());
    for s in &spans {
        let head = &text[..s.start];
        let Some(p) = ROYAL_POSSESSIVES.iter().find(|p| head.ends_with(**p)) else {
            continue;
        };
        let start = s.start - p.len();
        let range = start..s.end();
        let lone_person = s.kind == Kind::Person && !text[s.range()].has_byte(b' ');
        if lone_person
            || text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            || !holds_whole(&spans, &range)
        {
            continue;
        }
        let surface = &text[range.clone()];
        let kind = if listed_place(surface) {
            Kind::Place
        } else if is_organisation(&folded(surface)) {
            Kind::Organisation
        } else {
            s.kind
        };
        match kind {
            Kind::Place => places.push(range),
            Kind::Organisation => bodies.push(range),
            Kind::Person => people.push(range),
        }
    }
    let spans = replaced_by(text, spans, places, Kind::Place);
    let spans = replaced_by(text, spans, bodies, Kind::Organisation);
    replaced_by(text, spans, people, Kind::Person)
}

/// Words that name a line or a broadcaster with the number after them, and
/// the kind of that name (`Line 2`, `Channel 12`). Roads are
/// [`super::roads::roads_with_numbers`]'.
const NUMBERED: &[(&str, Kind)] = &[
    ("Channel", Kind::Organisation),
    ("Line", Kind::Place),
    ("Radio", Kind::Organisation),
];

/// The spans, with a span that is one of the [`NUMBERED`] words alone
/// taking the number after it, and that name its kind (`Radio 1`, `Line
/// 2`): a broadcaster's also
/// the span that begins right after the number (`Channel 12 News`, which
/// the tagger cut into two organisations at the number).
pub(super) fn names_with_numbers(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut taken = vec![false; spans.len()];
    for i in 0..spans.len() {
        let Some(&(_, kind)) = NUMBERED.iter().find(|(w, _)| *w == &text[spans[i].range()]) else {
            continue;
        };
        let rest = &text[spans[i].end()..];
        let Some(number) = rest.strip_prefix(' ') else {
            continue;
        };
        let digits = number.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || number[digits..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let mut end = spans[i].end() + 1 + digits;
        // A span over the number, or right after it, stops the name; a
        // broadcaster's takes the one a space after it.
        let next = spans.get(i + 1).map(|n| (n.start, n.end()));
        if next.is_some_and(|(start, _)| start <= end) {
            continue;
        }
        if kind == Kind::Organisation
            && let Some((start, next_end)) = next
            && start == end + 1
            && text[end..].starts_with(' ')
        {
            taken[i + 1] = true;
            end = next_end;
        }
        spans[i] = Span::new(text, spans[i].start..end, kind);
    }
    without_taken(spans, &taken)
}

/// `spans` (in text order, apart) with the names on both sides of each ` & `
/// in `text[part]` made one, which the tagger cuts at the sign: an
/// organisation when either side is one (`Rothschild & Co`, `Procter &
/// Gamble`, `Bath & Avon Building Society`), a place when both are places
/// (`Trinidad & Tobago`). One side may be capitalised words no span holds
/// (`Procter`); not when the other is a person's or a place's, and not two
/// people (`Simon & Garfunkel`).
pub(super) fn across_ampersands(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let (mut firms, mut places): (Vec<Range<usize>>, Vec<Range<usize>>) = (Vec::new(), Vec::new());
    for at in memchr::memmem::find_iter(&text.as_bytes()[part.clone()], b" & ") {
        let at = part.start + at;
        // A span ending right before the sign, or else a capitalised word.
        let left = spans[..spans.partition_point(|s| s.start < at)]
            .last()
            .filter(|s| s.end() == at);
        let right = spans
            .get(spans.partition_point(|s| s.start < at + 3))
            .filter(|s| s.start == at + 3);
        let untagged = |w: Option<Range<usize>>| {
            w.filter(|w| {
                trim_edges(text, w.clone()) == *w
                    && is_name_word(&text[w.clone()])
                    && span_over(&spans, w).is_none()
            })
        };
        let (start, end, kinds) = match (left, right) {
            (Some(l), Some(r)) => (l.start, r.end(), [Some(l.kind), Some(r.kind)]),
            (Some(l), None) => match untagged(
                word_after(text, at + 2).map(|w| firms::without_abbreviation_dot(text, w)),
            ) {
                Some(w) => (l.start, w.end, [Some(l.kind), None]),
                None => continue,
            },
            (None, Some(r)) => match untagged(word_before(text, at + 1)) {
                Some(w) => (w.start, r.end(), [None, Some(r.kind)]),
                None => continue,
            },
            (None, None) => continue,
        };
        let firm = kinds.contains(&Some(Kind::Organisation));
        let place = kinds == [Some(Kind::Place); 2];
        let list = match (firm, place) {
            (true, _) => &mut firms,
            (_, true) => &mut places,
            _ => continue,
        };
        // A chain (`A & B & C`) is one name.
        match list.last_mut() {
            Some(last) if start < last.end => last.end = end,
            _ => list.push(start..end),
        }
    }
    let spans = replaced_by(text, spans, firms, Kind::Organisation);
    replaced_by(text, spans, places, Kind::Place)
}

/// First words of places' names that name nothing alone.
const NEVER_ALONE: &[&str] = &["Las", "Los", "New", "San", "Santa", "São"];

/// Particles inside places' names (`Viña del Mar`, `Frankfurt am Main`,
/// `Zavrh ob Dravi`, `Stratford upon Avon`).
pub(super) const PARTICLE_WORDS: &[&str] = &[
    "al", "am", "an", "bei", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos",
    "du", "el", "en", "es", "im", "la", "le", "les", "na", "nad", "ob", "of", "on", "pod", "pri",
    "sur", "upon", "y",
];

/// The spans (in text order, apart) with a place's name of one word that
/// a particle cut short, where the tagger left the rest out, taken whole
/// when the whole is a listed place (`Viña` `del Mar`, `Frankfurt` `am
/// Main`): one or two particles, then one or two capitalised words before
/// the next span.
pub(super) fn listed_places_past_particles(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for i in 0..spans.len() {
        let s = &spans[i];
        if s.kind != Kind::Place || text[s.range()].has_byte(b' ') {
            continue;
        }
        let limit = spans.get(i + 1).map_or(text.len(), |n| n.start);
        let mut at = s.end();
        let mut particles = 0;
        let mut found = None;
        while let Some(w) = word_after(text, at).filter(|w| w.start == at + 1 && w.end <= limit) {
            let word = &text[w.clone()];
            if particles < 2 && found.is_none() && PARTICLE_WORDS.contains(&word) {
                particles += 1;
                at = w.end;
                continue;
            }
            let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            if particles == 0 || bare.is_empty() || !title_case(bare) {
                break;
            }
            let end = w.start + bare.len();
            if listed_place(&text[s.start..end]) {
                found = Some(end);
            }
            if bare.len() < word.len() || w.start > s.end() + 40 {
                break;
            }
            at = w.end;
        }
        if let Some(end) = found {
            spans[i] = Span::new(text, s.start..end, Kind::Place);
        }
    }
    spans
}

/// The spans (in text order, apart) with each span of one word that starts
/// a listed place with the first words of the span right after it joined to
/// that span, the whole of the second's kind: the tagger cut the place's
/// name apart (`New` `York Stock Exchange`, `Los` `Angeles`), also at a
/// possessive inside it (`Hawke` `Bay Regional Council` of `Hawke's Bay
/// Regional Council`). A compass
/// word before a continent or a listed country joins it (`Central` `Asia`,
/// see [`compass_word`]), and `, D.C.` a place before it (`Washington, D.C.`,
/// also without the comma or the dots: [`district_after`]).
pub(super) fn places_cut_apart(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    let mut spans = spans.into_iter().peekable();
    while let Some(s) = spans.next() {
        let first = &text[s.range()];
        let cut = spans.peek().is_some_and(|next| {
            // A space between, or a possessive and a space (`Hawke's Bay`),
            // or a particle of up to three small letters but `and` and `or`
            // (`Dar` `es` `Salaam`), for a listed place only.
            let gap = ["'s ", "\u{2019}s ", " "]
                .into_iter()
                .find(|g| text[s.end()..].starts_with(g))
                .map_or(0, str::len);
            let particle = gap == 1
                && text.get(s.end()..next.start).is_some_and(|between| {
                    (3..=5).contains(&between.len())
                        && between.ends_with(' ')
                        && between[1..between.len() - 1]
                            .bytes()
                            .all(|b| b.is_ascii_lowercase())
                        // (Two places joined by `and` are another rule's;
                        // English words between two names seldom join one.)
                        && !matches!(
                            between,
                            " and " | " or " | " of " | " in " | " to " | " at " | " by "
                                | " for " | " on " | " the " | " a " | " an " | " as " | " is "
                                | " was " | " but " | " via " | " vs "
                        )
                });
            let possessive = gap > 1;
            // A first word of places' names that names nothing alone (`New`
            // `England Highway`), one space before the next name.
            let never_alone = next.start == s.end() + 1 && NEVER_ALONE.contains(&first);
            never_alone
                || gap > 0
                    && (next.start == s.end() + gap || particle)
                    && !first.has_byte(b' ')
                    && first.starts_with(char::is_uppercase)
                    && text[next.range()]
                        .split_byte(b' ')
                        .take(2)
                        .scan(next.start - 1, |end, word| {
                            *end += 1 + word.len();
                            Some(*end)
                        })
                        .any(|end| {
                            let whole = &text[s.start..end];
                            listed_place(whole)
                                || (possessive && super::evidence::wide_place(whole))
                        })
        });
        // `Washington, D.C.`: the district is part of the city's name, though
        // the tagger made it a place of its own; not where a name goes on
        // from it (`D.C. Coalition Against Domestic Violence`).
        let district = (s.kind == Kind::Place)
            .then(|| district_after(text, s.end()))
            .flatten()
            .map(|len| s.end() + len)
            .filter(|&end| {
                spans
                    .peek()
                    .is_none_or(|n| n.start >= end || n.end() <= end)
            });
        match spans.next_if(|_| cut) {
            Some(next) => out.push(Span::new(text, s.start..next.end(), next.kind)),
            None if let Some(end) = district => {
                spans.next_if(|n| n.end() <= end);
                out.push(Span::new(text, s.start..end, Kind::Place));
            }
            None => {
                // `Central` `Asia`, `Eastern Europe`: a compass word before a
                // continent or a country, the tagger took apart or left out.
                let whole = &text[s.range()];
                let region = (s.kind == Kind::Place && !whole.has_byte(b' '))
                    .then(|| word_before(text, s.start))
                    .flatten()
                    .filter(|w| {
                        w.end + 1 == s.start
                            && match compass_word(&text[w.clone()]) {
                                Some(Compass::Point) => continent(whole) || listed_country(whole),
                                Some(Compass::Adjective) => continent(whole),
                                None => false,
                            }
                    });
                match region {
                    Some(w) => {
                        if out.last().is_some_and(|p: &Span| p.range() == w) {
                            out.pop();
                        }
                        if out.last().is_none_or(|p: &Span| p.end() <= w.start) {
                            out.push(Span::new(text, w.start..s.end(), Kind::Place));
                        } else {
                            out.push(s);
                        }
                    }
                    None => out.push(s),
                }
            }
        }
    }
    out
}

/// The length of the District of Columbia's abbreviation right after `end`
/// (`, D.C.`, ` D.C.`, `, DC`, ` DC`), if it is there as a word of its own.
pub(super) fn district_after(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    [", D.C.", " D.C.", ", DC", " DC"]
        .into_iter()
        .find(|d| {
            rest.starts_with(d) && !rest[d.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .map(str::len)
}

/// A capitalised compass word: a point (`North`, `Southeast`) or `Central`,
/// or an adjective (`Eastern`).
enum Compass {
    Point,
    Adjective,
}

/// What compass word `word` is, if any. A point makes a region's name with
/// a continent or a country (`Central Asia`, `South Australia`), an
/// adjective only with a continent (`Eastern Europe`; `Northern Iraq` is
/// the north of Iraq).
fn compass_word(word: &str) -> Option<Compass> {
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    if word.eq_ignore_ascii_case("central") || directions().contains(&fold_hash(word)) {
        Some(Compass::Point)
    } else if super::clean::compass_adjective(word) {
        Some(Compass::Adjective)
    } else {
        None
    }
}

/// Whether `word` names a continent (`Asia`, `Africa`).
fn continent(word: &str) -> bool {
    [
        "Africa",
        "America",
        "Americas",
        "Antarctica",
        "Asia",
        "Europe",
        "Oceania",
    ]
    .contains(&word)
}

/// The most bytes of a nickname in quotation marks inside a person's name.
const NICKNAME_MAX: usize = 32;

/// The spans (in text order, apart) with a person's given name, a nickname
/// in quotation marks and a name right after it made one person's name
/// (`Roberto "Hands of Stone" Duran`, `Hector \u{201c}Macho\u{201d}
/// Camacho`), in place of the spans inside it. The name before is a
/// person's span or a listed given name; the nickname lies on one line.
pub(super) fn people_with_nicknames(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut found: Vec<Range<usize>> = Vec::new();
    for (i, b) in spans.iter().enumerate() {
        if b.kind != Kind::Person {
            continue;
        }
        // The closing mark and a space right before the name.
        let head = &text[..b.start];
        let Some(head) = head
            .strip_suffix("\" ")
            .or_else(|| head.strip_suffix("\u{201d} "))
        else {
            continue;
        };
        // The last bytes of the line, enough to hold a nickname.
        let mut from = head.len().saturating_sub(NICKNAME_MAX + 4);
        while !head.is_char_boundary(from) {
            from += 1;
        }
        let line = &head[head[from..].rfind('\n').map_or(from, |n| from + n + 1)..];
        let Some(open) = line.rfind(['"', '\u{201c}']) else {
            continue;
        };
        let opening = line[open..].chars().next().unwrap_or('"');
        let nickname = &line[open + opening.len_utf8()..];
        let open_at = head.len() - line.len() + open;
        if nickname.len() > NICKNAME_MAX
            || !nickname_begins(nickname)
            || !text[..open_at].ends_with(' ')
        {
            continue;
        }
        // The given name before the opening mark: a person's span, or a
        // listed given name the tagger passed by.
        let Some(w) = word_before(text, open_at) else {
            continue;
        };
        // Spans inside the quotation marks (the nickname's own) passed by.
        let before = spans[..i]
            .iter()
            .rev()
            .find(|a| a.end() <= open_at)
            .filter(|a| a.end() == w.end);
        let start = match before {
            Some(a) if a.kind == Kind::Person => a.start,
            Some(_) => continue,
            None if given_name(&text[w.clone()]) => w.start,
            None => continue,
        };
        let name = start..b.end();
        if found.last().is_none_or(|l| l.end <= name.start) && holds_whole(&spans, &name) {
            found.push(name);
        }
    }
    // A person's given name and a nickname before a capitalised word that
    // no span holds, which the tagger took for an ordinary word: the
    // family name (`Margaret "Maggie" Cardinal`).
    let mut more: Vec<Range<usize>> = Vec::new();
    for (i, a) in spans.iter().enumerate() {
        if a.kind != Kind::Person || text[a.range()].has_byte(b' ') {
            continue;
        }
        let rest = &text[a.end()..];
        let Some(inside) = rest
            .strip_prefix(" \"")
            .or_else(|| rest.strip_prefix(" \u{201c}"))
        else {
            continue;
        };
        let Some(close) = inside
            .char_indices()
            .take(NICKNAME_MAX)
            .find(|(_, c)| matches!(c, '"' | '\u{201d}' | '\n' | '.' | ',' | '!' | '?'))
            .map(|(at, _)| at)
        else {
            continue;
        };
        let nickname = &inside[..close];
        let after_close = a.end() + (rest.len() - inside.len()) + close;
        let closing = text[after_close..].chars().next().unwrap_or('\n');
        if !matches!(closing, '"' | '\u{201d}') || !nickname_begins(nickname) {
            continue;
        }
        let Some(w) = word_after(text, after_close + closing.len_utf8()) else {
            continue;
        };
        let bare = trim_edges(text, w.clone());
        let word = &text[bare.clone()];
        let next = spans[i + 1..].iter().find(|s| s.start >= after_close);
        if w.start != after_close + closing.len_utf8() + 1
            || bare.start != w.start
            || !title_case(word)
            || !word.chars().all(char::is_alphabetic)
            || NOT_FAMILY_NAMES.contains(&word)
            || next.is_some_and(|s| s.start <= w.start && s.kind != Kind::Person)
            || next.is_some_and(|s| s.start == w.start)
        {
            continue;
        }
        let name = a.start..bare.end;
        if holds_whole(&spans, &name) {
            more.push(name);
        }
    }
    if !more.is_empty() {
        found.extend(more);
        found.sort_by_key(|r| r.start);
        let mut end = 0;
        found.retain(|r| {
            let apart = r.start >= end;
            if apart {
                end = r.end;
            }
            apart
        });
    }
    replaced_by(text, spans, found, Kind::Person)
}

/// Capitalised words that may follow a nickname in quotation marks and are
/// no family name (`called him "Tiger" He`).
const NOT_FAMILY_NAMES: &[&str] = &[
    "A", "An", "And", "As", "At", "But", "He", "Her", "His", "I", "If", "In", "It", "On", "Or",
    "She", "So", "That", "The", "They", "This", "We", "You",
];

/// Whether `nickname` begins as one inside a person's name does: with a
/// capital, or with an article and a capital (`el G\u{fc}ero`).
fn nickname_begins(nickname: &str) -> bool {
    let bare = ["el ", "la ", "il ", "lo ", "le "]
        .iter()
        .find_map(|a| nickname.strip_prefix(a))
        .unwrap_or(nickname);
    bare.starts_with(char::is_uppercase)
}

/// The spans (in text order, apart) with two persons' names joined by a
/// Catalan `i` made one (`Pau Casademunt` `i` `Roig`, `Casademunt` `i`
/// `Roig`): the second a name of one word.
pub(super) fn catalan_surnames(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_pairs(text, spans, |a, b| {
        (a.kind == Kind::Person && b.kind == Kind::Person && &text[a.end()..b.start] == " i " && {
            let word = &text[b.range()];
            !word.has_byte(b' ') && title_case(word)
        })
        .then_some(Kind::Person)
    })
}

/// The spans (in text order, apart) with a club's first word that the
/// tagger took alone for an organisation's name (`Sporting`, `Dynamo`)
/// taken whole with its town's name of one or two words one space after
/// it: the next span (`Sporting` `Charleroi`), or, where no span starts
/// there, the capitalised words on its line (`Sporting Kansas City`), as
/// cleaning drops a place right after a body's word.
pub(super) fn clubs_whole(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let club = |s: &Span| {
        let name = &text[s.range()];
        // (Every club's word is of 5 to 10 bytes.)
        s.kind == Kind::Organisation
            && (5..=10).contains(&name.len())
            && !name.has_byte(b' ')
            && club_words().contains(&fold_hash(name))
    };
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    let mut spans = spans.into_iter().peekable();
    while let Some(s) = spans.next() {
        if !club(&s) {
            out.push(s);
            continue;
        }
        let next = spans.peek();
        if let Some(n) = next.filter(|n| {
            n.start == s.end() + 1
                && text.as_bytes()[s.end()] == b' '
                && text[n.range()].split_byte(b' ').count() <= 2
        }) {
            out.push(Span::new(text, s.start..n.end(), Kind::Organisation));
            spans.next();
            continue;
        }
        // The town's first word is no ordinary word (`Sporting Director`),
        // its second may be (`Kansas City`); neither in another span.
        let limit = next.map_or(text.len(), |n| n.start);
        let run = capitalised_run(text, s.end(), 2, |_| false);
        let run = &run[..run.iter().take_while(|w| w.end <= limit).count()];
        let end = match run {
            [first, ..] if first.start == s.end() + 1 && !common_word(&text[first.clone()]) => {
                run[run.len() - 1].end
            }
            _ => s.end(),
        };
        out.push(Span::new(text, s.start..end, Kind::Organisation));
    }
    out
}

/// The spans (in text order, apart) with a town right before an
/// organisation's name, one space between, made one organisation with it:
/// the tagger cut a club's, a firm's or an office's name after its town
/// (`Queens` `Park Rangers`, `Ludlow` `Borough Magistrates' Court`).
pub(super) fn towns_before_organisations(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_pairs(text, spans, |a, b| {
        let (place, body) = (&text[a.range()], &text[b.range()]);
        (a.kind == Kind::Place
            && b.kind == Kind::Organisation
            && a.end() + 1 == b.start
            && text.as_bytes()[a.end()] == b' '
            // Not a place in capitals, as a headline or a dateline writes
            // one (`ROMANIA COMELF`, `LONDON SHELL`), nor one with dots
            // (`U.S. Federal Reserve`).
            && place.contains(char::is_lowercase)
            && !place.contains('.')
            // Nor before an acronym (`India RBI`) or an ordinary word alone
            // (`Paris Lights`), unless the town's name is an ordinary word
            // too: two such words are one name (`White` `House`).
            && (body.len() <= 2 || body.contains(char::is_lowercase))
            && (body.has_byte(b' ') || !common_word(body) || common_word(place)))
        .then_some(Kind::Organisation)
    })
}

/// The spans (in text order, apart) with a person's name whose last word
/// drops its `g` for an apostrophe taken whole with the capitalised word
/// after it (`Sportin' Life`, `Ramblin' Jack`): the tagger reads the
/// apostrophe as the name's end. Only where the word with its `g` is an
/// ordinary word (not `Martin' Smith`), and not where a span holds more
/// than that word after it.
pub(super) fn names_with_dropped_gs(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut found: Vec<Range<usize>> = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        let surface = &text[s.range()];
        let last = surface.rsplit_byte(b' ').next().unwrap_or_default();
        // The word with its `g` is an ordinary word (`sporting`; not
        // `Martin`, `Putin`).
        if s.kind != Kind::Person
            || !last.ends_with("in")
            || !text[s.end()..].starts_with("' ")
            || !common_word(&format!("{}g", last.to_lowercase()))
        {
            continue;
        }
        let Some(next) = word_after(text, s.end() + 1) else {
            continue;
        };
        let next = trim_edges(text, next);
        let word = &text[next.clone()];
        if next.start == s.end() + 2
            && title_case(word)
            && word.chars().all(char::is_alphabetic)
            && spans
                .get(i + 1)
                .is_none_or(|n| n.start >= next.end || n.range() == next)
        {
            found.push(s.start..next.end);
        }
    }
    replaced_by(text, spans, found, Kind::Person)
}

/// The spans (in text order, apart) with a place and a common word after
/// `of the` made one place, whatever the tagger made of the word: the
/// tagger cut the name apart (`Great Hall` `of the` `People`, where
/// `People` was an organisation). Not a person's name after it.
pub(super) fn places_of_the_common_word(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_pairs(text, spans, |a, b| {
        (a.kind == Kind::Place
            && b.kind != Kind::Person
            && &text[a.end()..b.start] == " of the "
            && {
                let word = &text[b.range()];
                !word.has_byte(b' ') && is_name_word(word) && common_word(word)
            })
        .then_some(Kind::Place)
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn a_given_name_before_a_word_no_list_of_places_knows_is_a_persons() {
        let [people, places, _] = linked(
            "Manager: {P|Claudio} {L|Ort\u{fa}zar}\n\nThen {P|Maria} {L|Bergen} spoke in \
             {L|Oslo}.",
        );
        assert_eq!(people, ["Claudio Ort\u{fa}zar", "Maria"]);
        assert_eq!(places, ["Bergen", "Oslo"]);
    }

    #[test]
    fn a_town_right_before_an_organisation_is_part_of_its_name() {
        let [_, places, organisations] = linked(
            "Sunday: {L|Queens} {O|Park Rangers} v {O|Bolton}. The {L|Ludlow} {O|Borough \
             Magistrates' Court} sat. {L|ROMANIA} {O|COMELF} PROFIT RISES. In {L|Leeds}, \
             {O|Oxfam} spoke. {L|U.S.} {O|Treasury} and {L|Delhi} {O|NDMC} agreed.",
        );
        assert_eq!(
            organisations,
            [
                "Queens Park Rangers",
                "Bolton",
                "Ludlow Borough Magistrates' Court",
                "COMELF",
                "Oxfam",
                "Treasury",
                "NDMC"
            ]
        );
        assert_eq!(places, ["ROMANIA", "Leeds", "United States", "Delhi"]);
        // Not before an ordinary word alone, but where the town's name is an
        // ordinary word too.
        let [_, places, organisations] =
            linked("{L|Paris} {O|Lights} opened; {L|White} {O|House} says so.");
        assert_eq!(places, ["Paris"]);
        assert_eq!(organisations, ["Lights", "White House"]);
    }

    #[test]
    fn a_name_that_drops_its_g_takes_the_word_after_the_apostrophe() {
        let [people, ..] = linked(
            "The dealer {P|Sportin}' Life tempts her. Bess accepts {P|Sportin}' Life's \
             offer. {P|Martin}' Smith's case and {P|Robin}' the hood stay as they were.",
        );
        assert_eq!(people, ["Sportin' Life", "Martin", "Robin"]);
    }

    #[test]
    fn a_body_named_in_its_own_language_is_an_organisation() {
        let [people, _, organisations] = linked(
            "Shares of {P|Banco Quintana} slid. {P|Grupo Zambeze Media} bought it, and \
             {L|Universität Wien} agreed. {P|Ana Quintana} spoke.",
        );
        assert_eq!(people, ["Ana Quintana"]);
        assert_eq!(
            organisations,
            ["Banco Quintana", "Grupo Zambeze Media", "Universität Wien"]
        );
    }

    #[test]
    fn a_catalan_double_surname_is_one_name() {
        let [people, _, _] = linked(
            "{P|Pau Casademunt} i {P|Roig} won. {P|Casademunt} i {P|Roig}, 23, attacked. \
             Then {P|Ana} i {P|BEN} left.",
        );
        assert_eq!(people, ["Pau Casademunt i Roig", "Ana", "BEN"]);
    }

    #[test]
    fn a_welsh_patronymic_is_one_name() {
        let [people, _, _] = linked(
            "He defeated its king, {P|Hywel} ab {P|Edwin}, at Pencader. {P|Gruffydd} ap \
             {P|Llywelyn} ruled.",
        );
        assert_eq!(people, ["Hywel ab Edwin", "Gruffydd ap Llywelyn"]);
    }

    #[test]
    fn a_place_cut_before_of_the_and_a_common_word_is_one_place() {
        let [people, places, organisations] = linked(
            "They met at the {L|Great Hall} of the {O|People} in {L|Beijing}. Then the \
             {L|Hall} of the {O|Zorvex} opened.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Great Hall of the People", "Beijing", "Hall"]);
        assert_eq!(organisations, ["Zorvex"]);
    }
    use super::super::{Kind, Span};

    #[test]
    fn a_nickname_in_quotation_marks_is_part_of_the_name() {
        let (_, e) = link_marked(
            "A rematch with Hector \"Macho\" {P|Camacho} came. {P|Roberto} \u{201c}Hands of \
             Stone\u{201d} {P|Duran} won. {P|Camacho} lost. The \"Big\" {P|Kim} spoke. \
             {L|Seoul} \"Fast\" {P|Lee} ran.",
        );
        let people: Vec<&str> = e.people.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            people,
            [
                "Hector \"Macho\" Camacho",
                "Roberto \u{201c}Hands of Stone\u{201d} Duran",
                "Kim",
                "Lee"
            ]
        );
        assert_eq!(e.people[0].mentions.len(), 2);
        // The nickname's own span passed by, before a given name no list
        // has.
        let [people, ..] = linked("Among them is {P|Duquan} \"{P|Dukie}\" {P|Weems}.");
        assert_eq!(people, ["Duquan \"Dukie\" Weems"]);
        // A family name the tagger passed by, and a nickname after an
        // article.
        let [people, ..] = linked(
            "In 1986 {P|Margaret} \"{P|Maggie}\" Cardinal, a nurse, won. The stuntman \
             {P|Rodolfo} \"el G\u{fc}ero\" {P|Baeza} wore it. They called {P|Tom} \"Tiger\" \
             He was fast.",
        );
        assert_eq!(
            people,
            [
                "Margaret \"Maggie\" Cardinal",
                "Rodolfo \"el G\u{fc}ero\" Baeza",
                "Tom"
            ]
        );
    }

    #[test]
    fn a_place_the_tagger_cut_apart_is_joined_to_what_follows() {
        let text = "On the New York Stock Exchange. In Los Angeles. The Brave Ideas Group. \
                    A \u{e9}t\u{e9} York.";
        let span = |from: &str, kind: Kind| {
            let at = text.find(from).unwrap();
            Span::new(text, at..at + from.len(), kind)
        };
        let spans = vec![
            span("New", Kind::Place),
            span("York Stock Exchange", Kind::Organisation),
            span("Los", Kind::Person),
            span("Angeles", Kind::Place),
            span("Brave", Kind::Place),
            span("Ideas Group", Kind::Organisation),
            span("York.", Kind::Place),
        ];
        let joined: Vec<(&str, Kind)> = super::places_cut_apart(text, spans)
            .iter()
            .map(|s| (&text[s.range()], s.kind))
            .collect();
        assert_eq!(
            joined,
            [
                ("New York Stock Exchange", Kind::Organisation),
                ("Los Angeles", Kind::Place),
                ("Brave", Kind::Place),
                ("Ideas Group", Kind::Organisation),
                ("York.", Kind::Place),
            ]
        );
    }

    #[test]
    fn a_place_cut_apart_at_a_possessive_inside_it_is_joined() {
        let [people, places, organisations] = linked(
            "In {L|Waikato} and {L|Hawke}'s {L|Bay} they met. {L|Hawke}'s {O|Bay Regional \
             Council} wrote. {P|Obama}'s {L|New York} trip.",
        );
        assert_eq!(people, ["Obama"]);
        assert_eq!(places, ["Waikato", "Hawke's Bay", "New York"]);
        assert_eq!(organisations, ["Hawke's Bay Regional Council"]);
    }

    #[test]
    fn a_place_cut_apart_at_a_particle_inside_it_is_joined() {
        let [_, places, organisations] = linked(
            "Exports through {L|Dar} es {O|Salaam} fell. {L|Paris} or {L|Lyon} agreed. \
             {L|Paris} et {L|Lyon} too. {L|Rome} {L|Milan}.",
        );
        assert_eq!(places, ["Dar es Salaam", "Paris", "Lyon", "Rome", "Milan"]);
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn a_place_before_dc_takes_it_in() {
        let [_, places, organisations] = linked(
            "She moved to {L|Washington}, {L|D.C.} in 1990. The {L|Washington}, D.C., office \
             closed. At {L|Washington}, {O|D.C. Comics Group} said.",
        );
        assert_eq!(places, ["Washington, D.C.", "Washington"]);
        assert_eq!(organisations, ["D.C. Comics Group"]);
    }

    #[test]
    fn a_family_name_and_a_korean_given_name_are_one_person() {
        let [people, _, organisations] = linked(
            "Song Kang-ho, who worked with {P|Bong}, plays him. {O|Park So-dam} is funny. \
             He wrote it with Han Jin-won. {P|Bong Joon-ho}'s film. The Pre-war years. \
             Neon Ki-taek came. A Hong Kong-based firm, a Kim Il-era law. Said Go \
             Myung-Hyun. A Diet Coca-Cola.",
        );
        assert_eq!(
            people,
            [
                "Song Kang-ho",
                "Bong Joon-ho",
                "Park So-dam",
                "Han Jin-won",
                "Go Myung-Hyun"
            ]
        );
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn he_with_a_capital_after_a_name_is_part_of_it() {
        let [people, _, _] = linked(
            "A eunuch named {P|Zheng} He. {O|Ma} He distinguished himself. {P|Zheng} He's \
             fleet sailed. {P|Li}. He left.",
        );
        assert_eq!(people, ["Zheng He", "Ma He", "Li"]);
    }

    #[test]
    fn a_town_before_a_clubs_own_name_is_part_of_it() {
        let [_, places, organisations] = linked(
            "She played for {L|Umeå} {O|IK} and scored against {L|Nagoya} {O|Grampus}. \
             {L|India} {O|RBI} chief spoke; {L|Paris} {O|Lights} came; {L|LONDON} {O|SHELL} \
             fell.",
        );
        assert_eq!(
            organisations,
            ["Umeå IK", "Nagoya Grampus", "RBI", "Lights", "SHELL"]
        );
        assert_eq!(places, ["India", "Paris", "LONDON"]);
    }

    #[test]
    fn a_royal_and_the_realm_after_of_are_one_person() {
        let [people, places, _] = linked(
            "Envoys of {P|Ferdinand} of {L|Aragon} and {P|Isabella} of {L|Castile} met {P|John \
             II} of {L|Portugal}. He fought under {P|John} of {L|Lancaster}. {P|Ronaldo} of \
             {L|Brazil} scored; {P|Thomas Muster} of {L|Austria} lost.",
        );
        assert_eq!(
            people,
            [
                "Ferdinand of Aragon",
                "Isabella of Castile",
                "John II of Portugal",
                "John of Lancaster",
                "Ronaldo",
                "Thomas Muster"
            ]
        );
        assert_eq!(places, ["Brazil", "Austria"]);
    }

    #[test]
    fn names_cut_at_an_ampersand_are_one() {
        let [people, places, organisations] = linked(
            "Advised by {O|Rothschild} & {O|Co} and Procter & {O|Gamble}, savers at the \
             {L|Bath} & {O|Avon Building Society} met in {L|Trinidad} & {L|Tobago}. {P|Simon} & {P|Garfunkel} sang; {P|Smith} & Sons \
             and {L|Paris} & Co did not. Q & A. At {O|Fahnestock} & Co. they sold.",
        );
        assert_eq!(
            organisations,
            [
                "Rothschild & Co",
                "Procter & Gamble",
                "Bath & Avon Building Society",
                "Fahnestock & Co."
            ]
        );
        assert_eq!(places, ["Trinidad & Tobago", "Paris"]);
        // Two people, not one (`Garfunkel`, unknown to the lists, sang).
        assert_eq!(people, ["Simon", "Garfunkel", "Smith"]);
    }

    #[test]
    fn a_given_name_taken_for_something_else_joins_the_rest_of_the_name() {
        let (_, e) = link_marked(
            "She shared it with {L|William} {P|C. Campbell}. Sheriff {O|Harry} {P|S. Truman} \
             came. She married {L|Heiko} von der {P|Leyen}. The bank {O|Edward} {P|D. Jones} & \
             Co. An analyst at {O|Edward} {P|D.} {O|Jones & Co}. They reached {L|San Pedro} de \
             {P|Atacama}.",
        );
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            people,
            [
                "William C. Campbell",
                "Harry S. Truman",
                "Heiko von der Leyen",
                "D. Jones"
            ]
        );
        // `San` is no title: the place stays whole, and takes in the place
        // after `de`.
        let places: Vec<&str> = e.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(places[0], "San Pedro de Atacama");
    }

    #[test]
    fn a_surname_takes_the_given_name_the_tagger_left_before_it() {
        let (_, e) = link_marked(
            "The German geographer Hans {P|Meyer} climbed. It was won by Tu {P|Youyou}. \
             In April {P|Smith} said no. The Sunday Times Hans {P|Brandt} wrote. \
             {P|Ada Lovelace} met Hans, {P|Keller}.",
        );
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            people,
            [
                "Hans Meyer",
                "Tu Youyou",
                "Smith",
                "Brandt",
                "Ada Lovelace",
                "Keller"
            ]
        );
        // A given name that is an ordinary word or a place's, in the middle
        // of a clause; not after a word that marks a place, nor a title.
        let (_, e) = link_marked(
            "The fire, said Don {P|Penney}, spread. He lives in Chad {P|Smith} said. \
             Plays by Lady {P|Gregory} ran.",
        );
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Don Penney", "Smith", "Gregory"]);
    }

    #[test]
    fn a_saints_name_joined_by_hyphens_after_a_name_is_part_of_it() {
        let [_, places, organisations] = linked(
            "He signed for {L|Paris} Saint-Germain, then lived in {L|Sully} Sainte-Anne and \
             {L|Lyon} St- fans; {L|Nice} Saint-étienne.",
        );
        assert_eq!(places, ["Sully Sainte-Anne", "Lyon", "Nice"]);
        assert_eq!(organisations, ["Paris Saint-Germain"]);
    }

    #[test]
    fn a_peoples_adjective_before_an_armed_force_is_part_of_its_name() {
        let [_, _, organisations] = linked(
            "He served in the French {O|Army}, then the {O|Peruvian Navy}; the Golden \
             {O|Army} sang. She joined the French {O|Academy of Sciences} and the \
             British {O|Museum}.",
        );
        assert_eq!(
            organisations,
            [
                "French Army",
                "Peruvian Navy",
                "Golden Army",
                "French Academy of Sciences",
                "British Museum"
            ]
        );
    }

    #[test]
    fn a_name_joined_by_an_en_dash_to_a_bodys_or_places_name_is_part_of_it() {
        let [people, places, organisations] = linked(
            "He spoke to the {O|McCormack}–{O|Dickstein Committee} and the Murray–{O|Darling \
             Basin Authority} in the Murray–{L|Darling Basin}. {L|London}–{L|Paris} flights \
             and the {P|Smith}–{P|Jones} deal went on.",
        );
        assert_eq!(people, ["Smith", "Jones"]);
        assert_eq!(places, ["Murray–Darling Basin", "London", "Paris"]);
        assert_eq!(
            organisations,
            [
                "McCormack–Dickstein Committee",
                "Murray–Darling Basin Authority"
            ]
        );
    }

    #[test]
    fn a_word_taken_for_something_else_before_a_persons_full_name_is_its_first_name() {
        let [people, places, organisations] = linked(
            "The bookseller {O|Josep} {P|Maria Bocabella} left. {L|Wangari} {P|Muta \
             Maathai} won. Flights from {L|Paris} {P|Jane Smith} booked. {O|IBM} {P|Ann \
             Lee} spoke. {O|Motors} {P|Ann Lee} spoke. {O|Nokia} {P|Ann Lee} spoke. \
             {O|Mitch} {P|Marner} scored; {O|Nokia} {P|Smith} spoke (a surname alone).",
        );
        assert_eq!(
            people,
            [
                "Josep Maria Bocabella",
                "Wangari Muta Maathai",
                "Jane Smith",
                "Ann Lee",
                "Mitch Marner"
            ]
        );
        assert_eq!(places, ["Paris"]);
        assert_eq!(organisations, ["IBM", "Motors", "Nokia"]);
    }

    #[test]
    fn a_compass_word_and_a_continent_or_country_taken_apart_are_one_place() {
        let [_, places, organisations] = linked(
            "A prince from {O|Central} {L|Asia} came. Trade with {L|Eastern} {L|Europe} \
             grew. {O|Northern} {L|Mali} is dry. {O|Central} {L|Brookfield} fell. \
             {O|Northern} {O|Rock} failed. {O|South} {L|Australia} voted.",
        );
        // `Northern Mali` is the north of Mali.
        assert_eq!(
            places,
            [
                "Central Asia",
                "Eastern Europe",
                "Mali",
                "Brookfield",
                "South Australia"
            ]
        );
        assert_eq!(organisations, ["Central", "Rock"]);
    }

    #[test]
    fn a_persons_name_then_a_name_taken_for_an_organisations_is_one_person() {
        let (_, e) = link_marked(
            "Sources say {P|Bukayo} {O|Saka} is in talks. {P|Tom} {O|Microsoft}'s \
             shares fell. {P|Emma} {O|UNICEF} spoke.",
        );
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert!(people.contains(&"Bukayo Saka"), "{people:?}");
        // Not before a possessive, nor a name in capitals.
        let orgs: Vec<&str> = e.organisations.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(orgs, ["Microsoft", "UNICEF"]);
        // A given name that is an ordinary word too, with a sex in the
        // census; not before a large listed company.
        let [people, _, organisations] =
            linked("Justice {P|Harry} {O|Blackmun} wrote it. {P|Harry} {O|Accenture} replied.");
        assert_eq!(people, ["Harry Blackmun"]);
        assert_eq!(organisations, ["Accenture"]);
        // And the other way round: a given name taken for a body's before
        // a name taken for a person's; not an ordinary word (`Grace`).
        let [people, _, organisations] =
            linked("{O|Petra} {P|Langrova} beat her. Amazing {O|Grace} {P|Hopper} sang.");
        assert_eq!(people, ["Petra Langrova", "Hopper"]);
        assert_eq!(organisations, ["Grace"]);
    }

    #[test]
    fn a_given_name_and_a_family_name_the_tagger_took_apart_are_one_person() {
        let (_, e) = link_marked(
            "She married the painter {O|Diego} {L|Rivera}. They flew from {L|Paris} {L|Hilton} \
             Head. {P|Anna} {P|Smith} met {L|Chelsea} {L|London}.",
        );
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        // Two people side by side are one too (see `people_side_by_side`).
        assert_eq!(people, ["Diego Rivera", "Anna Smith"]);
        let places: Vec<&str> = e.places.iter().map(|p| p.name.as_str()).collect();
        assert!(places.contains(&"Hilton") && places.contains(&"London"));
    }

    #[test]
    fn a_given_name_that_is_a_places_before_a_family_name_is_a_person_mid_clause() {
        let (_, e) = link_marked(
            "The show was created by {O|Sydney} {P|Newman}. A song was sung by {L|Florence} \
             {P|Welch}. {L|Austin} {P|Butler} starred.",
        );
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert!(people.contains(&"Sydney Newman"), "{people:?}");
        assert!(people.contains(&"Florence Welch"), "{people:?}");
        assert!(people.contains(&"Austin Butler"), "{people:?}");
        // Not after a word that marks a place.
        let [people, places, _] = linked("They lived in {L|Sydney} {P|Newman} said.");
        assert_eq!(
            (people, places),
            (vec!["Newman".to_string()], vec!["Sydney".to_string()])
        );
        // After a title or an office, with a family name no list knows.
        let [people, places, _] = linked(
            "The Secretary of State {L|Antony} {P|Blinken} came. President {L|Sydney} \
             {P|Mbeki} spoke.",
        );
        assert_eq!(people, ["Antony Blinken", "Sydney Mbeki"]);
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_persons_name_in_brackets_after_a_persons_is_a_person() {
        let [people, places, organisations] = linked(
            "Characters include {P|Bunk Moreland} ({O|Wendell Pierce}) and {P|Kima Greggs}. \
             {P|Wong Kam Po} ({L|Hong Kong}) won. The chair, {P|Anna Cole} ({O|Acme \
             Holdings}), spoke.",
        );
        // (A body's name in brackets does not make the name before it part
        // of the body's: `Anna Cole (Acme Holdings)`.)
        assert_eq!(
            people,
            [
                "Bunk Moreland",
                "Wendell Pierce",
                "Kima Greggs",
                "Wong Kam Po",
                "Anna Cole"
            ]
        );
        assert_eq!(places, ["Hong Kong"]);
        assert_eq!(organisations, ["Acme Holdings"]);
    }

    #[test]
    fn an_organisation_cut_in_two_at_a_space_is_one() {
        let (_, e) = link_marked(
            "{O|Ystradgynlais Rugby} {O|Football Club} played. {O|Chennai} {O|Super Kings} \
             won. {O|Apple}, {O|Google} and {O|Intel} compete.",
        );
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Ystradgynlais Rugby Football Club",
                "Chennai Super Kings",
                "Apple",
                "Google",
                "Intel"
            ]
        );
    }

    #[test]
    fn an_organisations_word_alone_takes_the_name_before_it() {
        let (_, e) = link_marked(
            "He founded the {P|Thomas} Iron {L|Company}. {O|St Salvator}'s {O|College} opened. \
             He joined the Royal {O|Society}. The Republican {O|Congress} met. \
             {P|Rupert Murdoch}'s {O|Studios} grew. A lot of Stiff {O|Records} and the E \
             Street {O|Band}. The court told the High {O|Court} so. In {O|Museum} news, none. \
             {P|Marie Curie} founded the {P|Curie} {O|Institutes}.",
        );
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Thomas Iron Company",
                "St Salvator's College",
                "Royal Society",
                "Congress",
                "Studios",
                "Stiff Records",
                "E Street Band",
                "High Court",
                "Museum",
                "Curie Institutes"
            ]
        );
        let people: Vec<&str> = e.people.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(people, ["Rupert Murdoch", "Marie Curie"]);
        assert_eq!(e.people[1].mentions.len(), 1);
        // Nor a country's or a state's body after its possessive.
        let (_, e) =
            link_marked("{L|Peru}'s {O|Congress} approved it. {L|Wisconsin}'s {O|Senate} voted.");
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Congress", "Senate"]);
        let names: Vec<&str> = e.places.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Peru", "Wisconsin"]);
    }

    #[test]
    fn a_monarch_keeps_the_number_after_the_name() {
        let (_, e) = link_marked(
            "{P|Henry} VIII married. {P|Elizabeth} I of England ruled. {P|Pedro} I. \
             {P|John Paul} II, {P|Leopold} III and {P|Louis} XIV. Then {P|Smith} I think \
             left. {P|Anna} Iverson. {P|Henry} VIII died. Pope {P|Benedict} {O|XIII} wrote. \
             Belgian King {P|Baudouin} I born. Told {P|Kim} I would.",
        );
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Henry VIII",
                // With its realm after `of` (see `realms`).
                "Elizabeth I of England",
                "Pedro I",
                "John Paul II",
                "Leopold III",
                "Louis XIV",
                "Smith",
                "Anna Iverson",
                "Benedict XIII",
                "Baudouin I",
                "Kim"
            ]
        );
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
        assert_eq!(e.people[0].mentions.len(), 2);
        for word in ["I", "IV", "IX", "XIV", "XXXIX"] {
            assert!(super::regnal_number(word), "{word}");
        }
        for word in ["", "IIII", "IL", "XXXX", "Iv", "VX", "MC"] {
            assert!(!super::regnal_number(word), "{word}");
        }
    }

    #[test]
    fn a_streets_word_alone_joins_the_name_before_it() {
        let [_, places, organisations] = linked(
            "They recorded at {O|Abbey} {L|Road} near {L|Baker Street}. {L|London Road} \
             {L|Street} parties were held. She lived on {P|Mulholland} {L|Drive}, then on \
             {O|Penny} {L|Lane}.",
        );
        assert_eq!(
            places,
            [
                "Abbey Road",
                "Baker Street",
                "London Road",
                "Street",
                "Mulholland Drive",
                "Penny Lane"
            ]
        );
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn a_streets_word_after_an_ordinal_number_is_one_place_with_it() {
        let [_, places, _] = linked(
            "Shops on 18th {L|Street} in {L|Pilsen}; a parade up 5th {L|Avenue} past 42nd \
             {L|Street}, cars wrecked on 17th {L|Ave}. On the 2nd {L|Street} was quiet.",
        );
        assert_eq!(
            places,
            [
                "18th Street",
                "Pilsen",
                "5th Avenue",
                "42nd Street",
                "17th Ave",
                "2nd Street"
            ]
        );
        for (word, is) in [("18th", true), ("1ST", true), ("42nd", true), ("3rd", true)] {
            assert_eq!(super::ordinal(word), is, "{word}");
        }
        for word in ["18", "th", "18the", "12345th", "4x", "18th-"] {
            assert!(!super::ordinal(word), "{word}");
        }
    }

    #[test]
    fn a_military_units_name_after_an_ordinal_number_is_one_organisation_with_it() {
        let [_, places, organisations] = linked(
            "The 1st {O|Battalion} landed at {L|Y Beach}; the 7th {L|Battalion} came with the \
             1st {O|Airborne Division} and the 5th {P|Infantry Division}. {O|Army} units left.",
        );
        assert_eq!(places, ["Y Beach"]);
        assert_eq!(
            organisations,
            [
                "1st Battalion",
                "7th Battalion",
                "1st Airborne Division",
                "5th Infantry Division",
                "Army"
            ]
        );
    }

    #[test]
    fn a_saints_name_its_possessive_and_a_buildings_word_are_one_name() {
        let [_, places, organisations] = linked(
            "He lies in {L|St Paul}'s {L|Cathedral}. Crowds filled {L|St. Peter}\u{2019}s \
             {O|Square}. She taught at {O|St John}'s {O|College} and {O|St Thomas}' Hospital. \
             On {O|St Patrick}'s Day it rained. {L|St Kilda}'s harbour is small.",
        );
        assert_eq!(
            places,
            [
                "St Paul's Cathedral",
                "St. Peter\u{2019}s Square",
                "St Kilda"
            ]
        );
        assert_eq!(organisations, ["St John's College", "St Thomas' Hospital"]);
    }

    #[test]
    fn a_royal_possessive_begins_the_name_after_it() {
        let [people, places, organisations] = linked(
            "He took the train from King's {L|Lynn} to King\u{2019}s {O|Cross}. The King's \
             {P|Own Scottish Borderers} and the {L|Royal} {O|Scots Regiment} marched. The \
             King's {P|Andrew} waved.",
        );
        assert_eq!(people, ["Andrew"]);
        assert_eq!(places, ["King's Lynn"]);
        assert_eq!(
            organisations,
            [
                "King\u{2019}s Cross",
                "King's Own Scottish Borderers",
                "Royal Scots Regiment"
            ]
        );
    }

    #[test]
    fn a_name_after_a_company_officers_title_is_a_persons() {
        let [people, _, organisations] = linked(
            "{O|Tesla} CEO {O|Elon Musk} said so. {O|Disney} CEO {O|Bob} {P|Iger} returned. \
             {O|Tesla CFO Zach Kirkhorn} left. {O|Acme} CEO {O|Global Partners} replied.",
        );
        assert_eq!(people, ["Elon Musk", "Bob Iger", "Zach Kirkhorn"]);
        assert_eq!(
            organisations,
            ["Tesla", "Disney", "Acme", "Global Partners"]
        );
        assert!(super::is_title("CEO") && super::is_title("cfo"));
    }

    #[test]
    fn a_name_after_a_places_possessive_is_one_of_its_people() {
        let [people, places, organisations] = linked(
            "Leading early: {O|Zimbabwe}'s {O|Tinashe Moyo}, clear of the pack. \
             {L|India}'s {L|Leander Paes} won in {L|Delhi}.",
        );
        assert_eq!(people, ["Tinashe Moyo", "Leander Paes"]);
        assert_eq!(places, ["India", "Delhi"]);
        assert_eq!(organisations, ["Zimbabwe"]);
        // Not a body's, an event's, a building's or a place's name, a
        // plural, nor a name before a noun it qualifies.
        let [people, _, organisations] = linked(
            "{L|Israel}'s {O|Channel Two} said. {L|Beijing}'s {L|Tiananmen Square} was calm. \
             {L|Nigeria}'s {O|Super Eagles} lost. {L|Israel}'s {O|Yedioth Ahronoth} newspaper \
             said. {L|Japan}'s {O|Toyota Motor} rose.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(
            organisations,
            [
                "Channel Two",
                "Super Eagles",
                "Yedioth Ahronoth",
                "Toyota Motor"
            ]
        );
    }

    #[test]
    fn a_road_or_a_broadcaster_takes_its_number() {
        let [people, places, organisations] = linked(
            "Traffic on {O|Interstate} 95 was slow. {P|Marcus Lee}, {O|Channel} 12 \
             {O|News}, {L|Hamburg}. She heard it on {O|Radio} 1 and took {L|Highway} 103.",
        );
        assert_eq!(people, ["Marcus Lee"]);
        assert_eq!(places, ["Interstate 95", "Hamburg", "Highway 103"]);
        assert_eq!(organisations, ["Channel 12 News", "Radio 1"]);
        // Not a word with no number after it, nor a number that goes on.
        let [_, places, organisations] =
            linked("The {L|Highway} was shut. {O|Radio} 1a played. {O|Channel} 4, {L|London}.");
        assert_eq!(places, ["Highway", "London"]);
        assert_eq!(organisations, ["Radio", "Channel 4"]);
    }

    #[test]
    fn a_given_name_and_its_numeral_taken_for_something_else_are_a_monarch() {
        let (_, e) = link_marked(
            "After the death of {O|Charles II} the war began. {L|Philip V} was crowned. \
             The {O|Vatican II} council met. {O|Charles I} is a firm.",
        );
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Charles II", "Philip V"]);
        let others: Vec<&str> = e.organisations.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(others, ["Vatican II", "Charles I"]);
    }

    #[test]
    fn an_organisation_ending_in_college_or_church_takes_in_what_it_is_of() {
        let (_, e) = link_marked(
            "They met at {P|Hornsey} {O|College} of Art. It belongs to the {O|Church} of \
             {L|Scotland}. The {O|University} of the {L|West Indies}. The {O|Museum} of modern \
             art. The {O|Bank} of {L|England}, 1694.",
        );
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Hornsey College of Art",
                "Church of Scotland",
                "University of the West Indies",
                "Museum",
                "Bank of England"
            ]
        );
        assert!(e.places.is_empty() && e.people.is_empty(), "{e:?}");
    }

    #[test]
    fn a_body_takes_in_what_it_is_for_or_on_but_not_a_day_or_a_title() {
        let [people, places, organisations] = linked(
            "Economists at the {L|Centre} for {P|Policy Dialogue} agreed. The {O|Administrative \
             Council} for {O|Economic Defence} ruled. The {O|National} {L|Centre} for {O|Earth \
             Observation} measured it. The {O|Council} on Foreign Relations wrote. The \
             {O|Security Council} on Friday voted. The {O|Awami League} of Prime Minister \
             Sheikh {P|Hasina} won.",
        );
        assert_eq!(
            organisations,
            [
                "Centre for Policy Dialogue",
                "Administrative Council for Economic Defence",
                "National Centre for Earth Observation",
                "Council on Foreign Relations",
                "Security Council",
                "Awami League",
            ]
        );
        assert_eq!(people, ["Hasina"]);
        assert!(places.is_empty(), "{places:?}");
        // With the rest of the name, however the tagger took it.
        let [_, places, organisations] = linked(
            "The {O|International Commission} for the {L|Protection of the Danube River} met \
             in {L|Vienna}. The {O|Commission} for the {O|Protection} of {L|Br\u{fc}nn} met.",
        );
        assert_eq!(
            organisations,
            [
                "International Commission for the Protection of the Danube River",
                "Commission for the Protection"
            ]
        );
        assert_eq!(places, ["Vienna", "Br\u{fc}nn"]);
    }

    #[test]
    fn a_union_or_front_named_alone_takes_in_what_it_is_for_but_a_longer_name_does_not() {
        let [_, places, organisations] = linked(
            "{P|Djibo Ka} and his {O|Union} for {O|Democratic Renewal} left. The {O|Rally} \
             for the {O|Republic} won. Voters blamed the {O|European Union} for \
             {L|Britain}'s troubles.",
        );
        assert_eq!(
            organisations,
            [
                "Union for Democratic Renewal",
                "Rally for the Republic",
                "European Union"
            ]
        );
        assert_eq!(places, ["United Kingdom"]);
    }

    #[test]
    fn a_railway_or_an_office_named_by_a_list_is_one_body() {
        let [_, places, organisations] = linked(
            "The boom ended when the {L|Toledo}, {O|Norwalk and Cleveland Railroad} came. \
             The works passed to the {L|London}, {O|Midland} and {O|Scottish Railway}. It is \
             part of the {O|Foreign}, {O|Commonwealth and Development Office}. The {O|New \
             York}, {L|New Haven} and {O|Hartford Railroad} ran. He flew from {L|Leeds} and \
             {L|York} to the {O|Scottish Office}.",
        );
        assert_eq!(
            organisations,
            [
                "Toledo, Norwalk and Cleveland Railroad",
                "London, Midland and Scottish Railway",
                "Foreign, Commonwealth and Development Office",
                "New York, New Haven and Hartford Railroad",
                "Scottish Office"
            ]
        );
        assert_eq!(places, ["Leeds", "York"]);
    }

    #[test]
    fn a_body_named_by_common_words_takes_its_place_and_its_members_possessive() {
        let [_, places, organisations] = linked(
            "The {L|Kenya} {O|Ports Authority} will run it. The {O|Garment Workers}' \
             {O|Solidarity Federation} struck. The {L|U.S.} {O|Federal Reserve} held rates. \
             {O|Smiths}' {O|Acme Group} grew.",
        );
        assert_eq!(
            organisations,
            [
                "Kenya Ports Authority",
                "Garment Workers' Solidarity Federation",
                "Federal Reserve",
                "Smiths' Acme Group",
            ]
        );
        assert_eq!(places, ["United States"]);
    }

    #[test]
    fn a_surname_takes_the_particles_before_it() {
        let [people, ..] = linked(
            "He visited da {P|Silva} at the shop. Van der {P|Linde} received the longest \
             sentence. She met {P|Heiko} von der {P|Leyen}. In Da {P|Nang} it rained.",
        );
        // A given name before is joined whole by the rule for particles
        // after a name; a capitalised particle mid-sentence is a place's.
        assert_eq!(people, ["da Silva", "Van der Linde", "Heiko von der Leyen"]);
        // `den` as `der` (`van den Berg`), whole where the tagger took it all.
        let [people, ..] = linked(
            "{P|Anna van den Bosch} was received. {P|Pieter-Jan Van den Broeck} spoke. \
             {P|Van den Broeck} left.",
        );
        assert_eq!(people, ["Anna van den Bosch", "Pieter-Jan Van den Broeck"]);
    }

    #[test]
    fn an_arabic_prefix_or_an_untagged_given_name_before_a_particle_joins_a_surname() {
        let [people, ..] = linked(
            "The sultan asked a scholar, Ibn {P|Juzayy al-Kalbi}, to write. Among them is the \
             novelist Mũkoma wa {P|Ngũgĩ}. The Big Mũkoma wa {P|Thiong'o} left. Yesterday wa \
             {P|Kamau} spoke. The optics of Ibn {O|al-Haytham} were read; {O|Ibn Sina} wrote.",
        );
        assert_eq!(
            people,
            [
                "Ibn Juzayy al-Kalbi",
                "Mũkoma wa Ngũgĩ",
                "Thiong'o",
                "Kamau",
                "Ibn al-Haytham",
                "Ibn Sina"
            ]
        );
    }

    #[test]
    fn a_given_name_written_short_with_a_dot_joins_the_name_after_it() {
        let [people, places, _] = linked(
            "The secretary, {L|Md}. {P|Rafiqul Islam Khan}, said so. {P|Mohd}. {P|Najib} \
             spoke. It is in {L|Md}. {L|Baltimore} is near.",
        );
        assert_eq!(people, ["Md. Rafiqul Islam Khan", "Mohd. Najib"]);
        assert_eq!(places, ["Md", "Baltimore"]);
    }

    #[test]
    fn two_peoples_names_one_space_apart_are_one_name() {
        let [people, ..] = linked(
            "The nurse {P|Finnbogi Rútur} {P|Þorvaldsson} led it with {P|Juan de Marcos} \
             {P|González}; {P|Anna} and {P|Ben} came, and {P|Chen}, {P|Dong} too.",
        );
        assert_eq!(
            people,
            [
                "Finnbogi Rútur Þorvaldsson",
                "Juan de Marcos González",
                "Anna",
                "Ben",
                "Chen",
                "Dong"
            ]
        );
    }

    #[test]
    fn a_middle_name_taken_for_something_else_joins_the_names_around_it() {
        let [people, places, organisations] = linked(
            "{P|Chimamanda} {O|Ngozi} {P|Adichie} is a writer. {P|Jo\u{e3}o} {L|Lima} \
             {P|Barreto} spoke. {P|Ana}, {O|Acme} and {P|Bo} met; {P|Ana} {O|Bank} {P|Bo}.",
        );
        assert_eq!(
            people,
            [
                "Chimamanda Ngozi Adichie",
                "Jo\u{e3}o Lima Barreto",
                "Ana",
                "Bo"
            ]
        );
        assert!(places.is_empty(), "{places:?}");
        assert_eq!(organisations[0], "Acme");
    }

    #[test]
    fn a_club_by_its_first_word_is_an_organisation_but_not_after_a_possessive() {
        let [people, places, organisations] = linked(
            "Fans threw bottles at {P|Dynamo Moscow} players. {L|Russia}'s {O|Dinamo} won, \
             and {P|Eintracht Frankfurt} lost to {O|Borussia Dortmund}.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Russia"]);
        assert_eq!(
            organisations,
            [
                "Dynamo Moscow",
                "Dinamo",
                "Eintracht Frankfurt",
                "Borussia Dortmund"
            ]
        );
    }

    #[test]
    fn a_place_cut_at_a_particle_or_after_a_word_that_names_nothing_alone_is_whole() {
        let [_, places, organisations] = linked(
            "He died at his home in {L|Viña} del Mar. Trucks use the {O|New} {L|England \
             Highway} to {L|Frankfurt} am Main. {L|Lima} de Souza said so; in {L|Paris} la \
             Nuit.",
        );
        assert_eq!(
            places,
            [
                "Viña del Mar",
                "New England Highway",
                "Frankfurt am Main",
                "Lima",
                "Paris"
            ]
        );
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn every_clubs_word_is_of_five_to_ten_bytes() {
        assert!(
            super::super::words::CLUB_WORDS
                .iter()
                .all(|w| (5..=10).contains(&w.len()))
        );
    }

    #[test]
    fn a_clubs_first_word_alone_takes_its_towns_name() {
        let [people, places, organisations] = linked(
            "A scout of {O|Sporting} {L|Charleroi} saw him. Then {O|Sporting} Kansas City's \
             coach and {O|Dynamo} {P|Kyiv} called. {O|Racing} won at {L|Lens}.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Lens"]);
        assert_eq!(
            organisations,
            [
                "Sporting Charleroi",
                "Sporting Kansas City",
                "Dynamo Kyiv",
                "Racing"
            ]
        );
    }

    #[test]
    fn two_family_names_joined_by_y_are_one_name() {
        let [people, places, _] = linked(
            "{L|Santiago Ramón} y {P|Cajal} studied nerves; {P|Cajal} won. {P|José Ortega} y \
             Gasset wrote. Flights to {L|Trinidad} y {L|Tobago} and {P|Ana Pérez} y Madrid.",
        );
        assert_eq!(
            people,
            [
                "Santiago Ramón y Cajal",
                "José Ortega y Gasset",
                "Ana Pérez"
            ]
        );
        assert_eq!(places, ["Trinidad", "Tobago"]);
    }

    #[test]
    fn a_persons_epithet_after_the_is_part_of_the_name() {
        let [people, ..] = linked(
            "The architects {P|John Wood} the {O|Elder} and his son {P|John Wood} the Younger \
             built it, after {P|Suleiman} the Magnificent came. {P|Ann} the great baker.",
        );
        assert_eq!(
            people,
            [
                "John Wood the Elder",
                "John Wood the Younger",
                "Suleiman the Magnificent",
                "Ann"
            ]
        );
    }

    #[test]
    fn two_places_that_are_one_listed_place_together_are_joined() {
        let [_, places, _] = linked(
            "Flights to {L|Dar} es {L|Salaam}, {L|Bosnia} and {L|Herzegovina} and {L|Antigua} \
             and {L|Barbuda}; the army of {L|Serbia} and {L|Montenegro}; {L|London} and \
             {L|Paris}.",
        );
        assert_eq!(
            places,
            [
                "Dar es Salaam",
                "Bosnia and Herzegovina",
                "Antigua and Barbuda",
                "Serbia",
                "Montenegro",
                "London",
                "Paris"
            ]
        );
    }

    #[test]
    fn places_parted_by_a_romance_particle_are_one_place() {
        let [_, places, organisations] = linked(
            "Plants at the {L|Salar} de {L|Uyuni} and in {L|São José} dos {L|Campos}; \
             {L|Lima} and {L|Cusco}. The {O|Banco} de {L|Chile} lent, and {O|Vale} do \
             {L|Rio Doce} mined. The {O|Institut de Recherche} en {O|Sciences de la Santé} \
             tested it; {O|Fiat} en {L|Lima}. A teacher from {L|Paso} de los {L|Toros}.",
        );
        assert_eq!(
            places,
            [
                "Salar de Uyuni",
                "São José dos Campos",
                "Lima",
                "Cusco",
                "Paso de los Toros"
            ]
        );
        // A body's name goes on through a place's, and through `en` to
        // another body's.
        assert_eq!(
            organisations,
            [
                "Banco de Chile",
                "Vale do Rio Doce",
                "Institut de Recherche en Sciences de la Santé",
                "Fiat"
            ]
        );
    }

    #[test]
    fn an_organisation_ending_in_an_organisations_word_takes_the_common_words_of_its_name() {
        let (_, e) = link_marked(
            "The World {O|Health Organization} declared it. The {O|World Bank} lent. \
             Officials of the World Trade Organization met. THOMSON RESIGNS AS MANAGER OF \
             {O|RAITH ROVERS}. In August {O|Apple Inc} grew.",
        );
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "World Health Organization",
                "World Bank",
                "World Trade Organization",
                "RAITH ROVERS",
                "Apple Inc"
            ]
        );
    }

    #[test]
    fn an_organisation_takes_a_common_word_that_begins_a_place_before_it() {
        assert_eq!(
            linked(
                "Birds declined, and the New {O|Zealand Wildlife Service} began. The \
                 New {O|Zealand Press Association} said so. In August {O|Apple Inc} grew."
            ),
            [
                Vec::<String>::new(),
                vec![],
                vec![
                    "New Zealand Wildlife Service".to_string(),
                    "New Zealand Press Association".to_string(),
                    "Apple Inc".to_string()
                ]
            ]
        );
    }

    #[test]
    fn a_body_with_a_name_of_its_own_of_a_town_is_the_body_and_the_town() {
        let [_, places, orgs] = linked(
            "He signed for {O|Iraklis of Thessaloniki}, banked with the {O|Daishi Bank of \
             Niigata} and sold to {O|Gulfstar Communications of Beaumont}. The {O|Bank of \
             England}, the {O|National Museum of Ireland}, the {O|People's Bank of China}, the \
             {O|Archdiocese of Boston} and the {O|Timmins Chamber of Commerce} stay whole.",
        );
        assert_eq!(places, ["Thessaloniki", "Niigata", "Beaumont"]);
        assert_eq!(
            orgs,
            [
                "Iraklis",
                "Daishi Bank",
                "Gulfstar Communications",
                "Bank of England",
                "National Museum of Ireland",
                "People's Bank of China",
                "Archdiocese of Boston",
                "Timmins Chamber of Commerce"
            ]
        );
    }

    #[test]
    fn two_bodies_joined_by_and_are_two() {
        assert_eq!(
            linked(
                "He taught at {O|Yale University and New York University}. The {O|Bangladesh \
                 Garment Manufacturers and Exporters Association} met at the {O|Museum of Art \
                 and Design}. Analysts at {O|Goldman Sachs and Morgan Stanley} and {O|Marks \
                 and Spencer} spoke."
            ),
            [
                Vec::<String>::new(),
                vec![],
                vec![
                    "Yale University".to_string(),
                    "New York University".to_string(),
                    "Bangladesh Garment Manufacturers and Exporters Association".to_string(),
                    "Museum of Art and Design".to_string(),
                    "Goldman Sachs".to_string(),
                    "Morgan Stanley".to_string(),
                    "Marks and Spencer".to_string()
                ]
            ]
        );
    }

    #[test]
    fn an_organisation_takes_in_the_names_before_it() {
        let (_, e) = link_marked(
            "The {L|Japan} {O|Aerospace Exploration Agency} grew. Students of {O|Technological \
             University} in Houghton. Yesterday {O|Microsoft} said so. President {O|Obama Foundation}.",
        );
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Japan Aerospace Exploration Agency",
                "Technological University",
                "Microsoft",
                "Obama Foundation"
            ]
        );
    }

    #[test]
    fn an_organisation_takes_in_common_words_the_tagger_left_off_inside_a_sentence() {
        let (_, e) = link_marked(
            "He chaired the Comprehensive {O|Nuclear-Test-Ban Treaty Organization}. She \
             studied at Mount {O|St. Scholastica College}. The Serum {O|Institute of India} \
             grew.",
        );
        assert_eq!(
            names(&e.organisations),
            [
                "Comprehensive Nuclear-Test-Ban Treaty Organization",
                "Mount St. Scholastica College",
                "Serum Institute of India"
            ]
        );
        // Not a people's or a party's adjective, an article, a month,
        // capitals, a word such as `Family-controlled`, a sentence's first
        // word or the first after a bullet or a label's colon.
        let (_, e) = link_marked(
            "French {O|Interior Ministry} officials spoke. The Republican {O|Congress} voted. \
             He works for The {O|Kroger Group}. Sales rose in August {O|Acme Group} data. \
             LIFTS {O|TEXAS} PAST. Family-controlled {O|Douglas Group} grew. Separately \
             {O|Home Health} said so.\n* Conglomerate {O|Bollore Group} fell. The \
             September {O|Treasury} bond fell.\nRAMI: Before {O|Qirsh Group} you worked.",
        );
        assert_eq!(
            names(&e.organisations),
            [
                "Interior Ministry",
                "Congress",
                "Kroger Group",
                "Acme Group",
                "TEXAS",
                "Douglas Group",
                "Home Health",
                "Bollore Group",
                "Treasury",
                "Qirsh Group"
            ]
        );
    }

    #[test]
    fn a_person_takes_the_name_after_a_particle_whatever_it_was_taken_for() {
        let (_, e) = link_marked(
            "It clashed with {P|Daniel} arap {L|Moi}. {P|Mohammed} bin {O|Zayed} spoke.",
        );
        assert_eq!(names(&e.people), ["Daniel arap Moi", "Mohammed bin Zayed"]);
        assert!(e.places.is_empty() && e.organisations.is_empty());
    }

    #[test]
    fn a_person_takes_jr_or_sr_with_its_dot() {
        let (text, e) =
            link_marked("The bassist {P|Paulo} Jr. played. {P|John Hinckley} Jr, who fled.");
        let mentions: Vec<&str> = e
            .people
            .iter()
            .map(|p| &text[p.mentions[0].clone()])
            .collect();
        assert_eq!(mentions, ["Paulo Jr.", "John Hinckley Jr"]);
    }

    #[test]
    fn a_name_cut_at_a_particle_is_joined() {
        let (_, e) = link_marked(
            "{P|Abu Bakr} al-Baghdadi and {P|Mohammed} bin {P|Salman} met \
             {P|Ursula} von der Leyen and {P|Luiz Inacio Lula} da Silva. Later \
             al-Baghdadi spoke, and {P|Salman} left. {P|Ngũgĩ} wa {P|Thiong\u{2019}o} wrote. \
             {P|Sheikha Fatima} bint {P|Mubarak} and {P|Rhys} ap {P|Thomas} came. \
             {P|Erik} ten {P|Hag} spoke; he named ten {P|Kenyans}. {P|Gerawat} anak \
             {P|Jinggut} won.",
        );
        assert_eq!(
            names(&e.people),
            [
                "Abu Bakr al-Baghdadi",
                "Mohammed bin Salman",
                "Ursula von der Leyen",
                "Luiz Inacio Lula da Silva",
                "Ngũgĩ wa Thiong\u{2019}o",
                "Fatima bint Mubarak",
                "Rhys ap Thomas",
                "Erik ten Hag",
                "Gerawat anak Jinggut"
            ]
        );
        assert_eq!(e.people[1].mentions.len(), 2, "{:?}", e.people[1]);
    }

    #[test]
    fn a_given_name_takes_a_surname_that_is_an_ordinary_word() {
        let (_, e) = link_marked(
            "{P|Theresa} May spoke in {L|London} on Monday. {P|Gordon} Brown, the \
             minister, agreed. {P|Trump} Meets Kim In Seoul. {P|Kim} Tuesday said so.",
        );
        assert_eq!(
            names(&e.people),
            ["Theresa May", "Gordon Brown", "Trump", "Kim"]
        );
        // Not a word after a bracket or a quotation mark.
        let (_, e) = link_marked("{P|Leon} (March 10, 1903) played. {P|Ann} \"May\" sang.");
        assert_eq!(names(&e.people), ["Leon", "Ann"]);
    }

    #[test]
    fn a_korean_given_name_after_the_surname_is_joined() {
        let (_, e) = link_marked(
            "U.N. Secretary-General {P|Ban} Ki-moon visited Seoul. {P|Ban} said peace \
             was possible. {P|Moon} Jae-in met him. Mr {P|Smith} Co-operated.",
        );
        assert_eq!(names(&e.people), ["Ban Ki-moon", "Moon Jae-in", "Smith"]);
        assert_eq!(e.people[0].mentions.len(), 2, "{:?}", e.people[0]);
        // The tagger finds only the later `Ban`: the name it repeats is
        // joined to its given name where that follows.
        let (_, e) = link_marked(
            "U.N. Secretary-General Ban Ki-moon visited Seoul. {P|Ban} said peace was possible.",
        );
        assert_eq!(names(&e.people), ["Ban Ki-moon"]);
        assert_eq!(e.people[0].mentions.len(), 2, "{:?}", e.people[0]);
        // The given name alone is the same person's.
        let (text, e) = link_marked(
            "{P|Min Jeong-ho} leads the cast. The scene where Jeong-ho gives up his post \
             is the best; Jeong-ho weeps.",
        );
        assert_eq!(names(&e.people), ["Min Jeong-ho"]);
        assert_eq!(
            super::super::test_support::mention_texts(&text, &e.people[0]),
            ["Min Jeong-ho", "Jeong-ho", "Jeong-ho"]
        );
    }

    #[test]
    fn particles_do_not_join_places_sentences_or_capitalised_words() {
        let (_, e) = link_marked(
            "{P|Macron} de {L|Paris} spoke. {P|Maduro} de Venezuela. {P|Kim} y \
             {P|Moon}. {P|Lee} of Seoul. {P|Xi}. De Gaulle; {P|Ali} al-qaeda",
        );
        // (A text naming so many people by one word keeps the tagger's word
        // for `Macron` and `Maduro`, which no list knows.)
        assert_eq!(
            names(&e.people),
            ["Macron", "Maduro", "Kim", "Moon", "Lee", "Xi", "Ali"]
        );
        assert_eq!(names(&e.places), ["Paris"]);
    }
}
