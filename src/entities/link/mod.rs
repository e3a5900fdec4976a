//! Linking raw mention spans into entities: one entity per real-world referent.
//!
//! The tagger finds spans. This module
//!
//! 1. adds the spans a tagger tends to miss: official and abbreviated country
//!    names (`DPRK`, `Democratic People’s Republic of Korea`) and further
//!    whole-word occurrences of a name it found elsewhere in the text;
//! 2. cleans every span down to the name: no leading title, sentence-initial
//!    word or (for places) `the`, no possessive `'s`/`’s` or trailing
//!    punctuation;
//! 3. drops what is not a person or a place: demonyms, titles alone,
//!    organisations and events (and names inside their names), bare compass
//!    words;
//! 4. gives a name tagged both ways one kind, then groups:
//!    - places by a small alias table (`U.S.` = `United States`, `DPRK` =
//!      `North Korea`, ...) and otherwise by case-insensitive equality;
//!    - people by case-insensitive equality of their name words; a shorter name
//!      whose words are a subsequence of longer names (`Kim` of `Kim Jong Un`,
//!      `Trump` of `Donald Trump`) joins one of those longer names: among the
//!      ones already mentioned, the one mentioned most so far (ties: the most
//!      recent); when none is mentioned yet, the first to come.
//!
//! Pure and deterministic; every position is a byte offset into the text.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::OnceLock;

use super::gazetteer::{Gazetteer, HashSet64, Identity, phrase_hash_of};
use super::tagger::Mention;
use super::tokens::{self, mix};
use super::{Entities, Entity, Kind};

mod again;
mod ages;
mod bands;
mod brackets;
mod clean;
mod cues;
mod define;
mod evidence;
pub(crate) use evidence::Lines;
mod firms;
mod foreign;
mod greetings;
mod informal;
mod initials;
mod join;
mod kin;
pub(super) mod line_hash;
mod lists;
mod nouns;
mod people;
mod places;
mod realms;
mod roads;
mod schools;
mod short;
mod signatures;
mod spans;
mod speakers;
mod teams;
mod titles;
mod topics;
mod translations;
mod two_speed;
mod unlisted;
mod untagged;
mod words;

use clean::*;
use cues::{Cue, Cues, when};
use evidence::*;
use join::*;
use people::*;
use places::*;
use short::Short;
use spans::*;
use topics::Topics;
use words::*;

type HashMap64<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

/// Build the word lists linking reads anew, bypassing the cached copies;
/// returns their total length. For measuring load time.
#[doc(hidden)]
pub fn lists_fresh() -> usize {
    evidence::lists_fresh()
}

/// Group the tagger's mentions of `text` into people and places.
pub fn link(text: &str, mentions: &[Mention]) -> Entities {
    link_spans(text, mentions.iter().map(|m| (m.range(), m.kind)))
}

/// Group mention spans of `text` into people and places.
///
/// Spans that are out of bounds or not on character boundaries are ignored;
/// overlapping spans keep the earliest (then longest) one. Two kinds of span are
/// added to the given ones: official and abbreviated country names, and
/// further occurrences of a name already found.
pub fn link_spans<I>(text: &str, spans: I) -> Entities
where
    I: IntoIterator<Item = (Range<usize>, Kind)>,
{
    link_prepared(text, vec![prepare(text, 0..text.len(), spans)])
}

/// The spans of one part of a text, cleaned, keyed and in order, with the
/// known country forms of that part: the first step of linking, which the
/// parts of a long text take on the threads that tagged them. With what the
/// text speaks of, when the part is the whole text, and the cues found
/// around the part.
pub struct Prepared(Vec<Span>, Option<Topics>, Cues);

/// [`link_spans`]' first step for the `spans` of `text[part]` (offsets into
/// `text`), and for the known country forms that start in that part.
pub fn prepare<I>(text: &str, part: Range<usize>, spans: I) -> Prepared
where
    I: IntoIterator<Item = (Range<usize>, Kind)>,
{
    let spans = spans.into_iter();
    let known = known_places_in(text, part.clone());
    let mut cleaned: Vec<Span> = Vec::with_capacity(spans.size_hint().0 + known.len());
    cleaned.extend(
        spans
            .filter(|(r, _)| text.get(r.clone()).is_some() && u32::try_from(r.len()).is_ok())
            .chain(known)
            .filter_map(|(r, kind)| clean(text, r, kind)),
    );
    spans_in_order(&mut cleaned);
    let (cues, topics) = Cues::with_topics(text, part.clone());
    let whole = part == (0..text.len());
    Prepared(
        joined_near(text, part, topics, cues, whole, cleaned),
        whole.then_some(topics),
        cues,
    )
}

/// The steps of linking that look only at a span, its neighbours and the
/// words around it, for the spans (in order) of `text[part]`: overlaps
/// removed, names cut short joined, and the names the tagger passed by in
/// the part added. Taken part by part, on the threads that tagged them; a
/// name is not joined across the point where two parts meet. `topics`: what
/// the part speaks of; `whole`, whether it is the whole text.
fn joined_near(
    text: &str,
    part: Range<usize>,
    topics: Topics,
    cues: Cues,
    whole: bool,
    cleaned: Vec<Span>,
) -> Vec<Span> {
    // Whether the text is about sport, found on first use when the part is
    // not all of it.
    let sport = std::cell::OnceCell::new();
    if whole {
        let _ = sport.set(topics.sport);
    }
    let joined = when(cues.has(Cue::KindsAfter), without_overlaps(cleaned), |j| {
        places::without_kinds_after(text, j)
    });
    let joined = ages::people_by_their_ages(text, joined);
    let joined = firms::offices_apart(text, joined);
    let joined = clubs_whole(text, joined);
    let joined = across_particles(text, places_cut_apart(text, joined));
    let joined = listed_places_past_particles(text, joined);
    let joined = catalan_surnames(text, joined);
    let joined = when(cues.has(Cue::DroppedGs), joined, |j| {
        names_with_dropped_gs(text, j)
    });
    let joined = towns_before_organisations(text, joined);
    let joined = when(
        cues.has(Cue::District)
            || joined
                .iter()
                .any(|s| s.kind == Kind::Place && text[s.range()].has_byte(b' ')),
        joined,
        |j| places::places_run_together(text, j),
    );
    let joined = places::state_codes_after_towns(text, joined);
    let joined = names_with_numbers(text, with_regnal_numbers(text, joined));
    let joined = when(cues.has(Cue::Roads), joined, |j| {
        roads::roads_with_numbers(text, part.clone(), topics.roads, j)
    });
    let joined = realms::people_of_their_places(text, &sport, joined);
    let joined = when(cues.has(Cue::SaintsPossessive), joined, |j| {
        saints_possessive_names(text, j)
    });
    let joined = streets_whole(text, joined);
    let joined = when(cues.has(Cue::Ordinal), joined, |j| numbered_names(text, j));
    let joined = royal_possessives_whole(text, joined);
    let joined = when(any_of(&joined, Kind::Person), joined, |j| {
        with_ordinary_surnames(text, j)
    });
    let joined = with_first_names(text, with_given_names(text, joined));
    let joined = when(cues.has(Cue::Officers), joined, |j| {
        people_after_officers(text, j)
    });
    let joined = people_after_places_possessive(text, joined);
    let joined = people_in_brackets_after_people(text, joined);
    let joined = people_side_by_side(text, people_after_short_given_names(text, joined));
    let joined = people_around_a_middle_name(text, joined);
    let joined = with_hyphenated_saints(text, joined);
    let joined = when(cues.has(Cue::EnDash), joined, |j| {
        names_across_dashes(text, j)
    });
    let joined = people_with_nicknames(text, joined);
    let joined = with_he(text, joined);
    let joined = when(cues.has(Cue::Ampersand), joined, |j| {
        across_ampersands(text, part.clone(), j)
    });
    let joined = when(cues.has(Cue::Hyphen), joined, |j| {
        family_and_given_names(text, part.clone(), j)
    });
    let joined = untagged::untagged_organisations(text, part.clone(), joined);
    let joined = when(cues.has(Cue::Church), joined, |j| {
        untagged::churches_by_their_creeds(text, part.clone(), j)
    });
    let joined = untagged::the_lord(text, part.clone(), joined);
    let joined = untagged::listed_firms(text, part.clone(), joined);
    let joined = firms::named_with_legal_forms(text, joined);
    let joined = when(any_of(&joined, Kind::Organisation), joined, |j| {
        foreign::foreign_bodies_whole(text, j)
    });
    let joined = firms::exchanges_before_tickers(text, part.clone(), joined);
    let joined = firms::firms_cut_after_their_first_words(text, joined);
    let joined = firms::branches_by_country(text, joined);
    let joined = nouns::untagged_groups(text, part.clone(), joined);
    let joined = nouns::people_passed_by(text, part.clone(), joined);
    let joined = kin::people_by_their_kin(text, part.clone(), joined);
    let joined = kin::people_after_their_nouns(text, joined);
    let joined = when(cues.has(Cue::Honorifics), joined, |j| {
        kin::people_before_their_honorifics(text, part.clone(), j)
    });
    let joined = kin::members_in_capitals(text, part.clone(), joined);
    let joined = greetings::people_greeted(text, joined);
    let joined = greetings::people_addressed(text, part.clone(), joined);
    let joined = signatures::people_signing(text, joined);
    let joined = signatures::people_signing_off(text, part.clone(), joined);
    let joined = geographic_names_whole(text, joined);
    let joined = features_of_places(text, features_whole(text, part.clone(), joined));
    let joined = when(cues.has(Cue::FeatureNouns), joined, |j| {
        nouns::untagged_places_by_their_nouns(text, part.clone(), j)
    });
    let joined = untagged::listed_places_after_prepositions(text, part.clone(), joined);
    let joined = untagged::polities_whole(text, part.clone(), joined);
    let joined = untagged::places_named_of(text, part.clone(), joined);
    let joined = places_of_the_common_word(text, joined);
    let joined = untagged::countries_in_capitals(text, part.clone(), joined);
    let joined = untagged::countries_joined(text, part.clone(), joined);
    let joined = when(cues.has(Cue::Facilities), joined, |j| {
        untagged::facilities_whole(text, part.clone(), j)
    });
    let joined = untagged::facilities_named_first(text, part.clone(), joined);
    let joined = lists::places_listed_under_their_noun(text, part.clone(), joined);
    let joined = translations::names_in_their_language(text, joined);
    let joined = when(cues.has(Cue::Colon), joined, |j| {
        speakers::speakers(text, part.clone(), j)
    });
    let joined = when(cues.has(Cue::Definition), joined, |j| {
        define::defined_untagged(text, part, j)
    });
    chants_apart(text, joined)
}

/// The spans (in text order, apart), with a name of one word chanted three
/// times or more as one span (`KUSI KUSI KUSI`) cut into its words, each a
/// mention of its own; a name of one word said twice is kept whole (`Walla
/// Walla`, `Duran Duran`).
fn chants_apart(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let chant = |s: &Span| {
        let mut words = text[s.range()].split_byte(b' ');
        let first = words.next().unwrap_or_default();
        let mut n = 1;
        for w in words {
            if w != first {
                return false;
            }
            n += 1;
        }
        n >= 3 && !first.is_empty()
    };
    if !spans.iter().any(chant) {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len() + 2);
    for s in spans {
        if !chant(&s) {
            out.push(s);
            continue;
        }
        let mut at = s.start;
        for w in text[s.range()].split_byte(b' ') {
            out.push(Span::new(text, at..at + w.len(), s.kind));
            at += w.len() + 1;
        }
    }
    out
}

/// [`link_spans`] of the prepared parts of `text`, which together cover
/// it, each part once.
pub fn link_prepared(text: &str, parts: Vec<Prepared>) -> Entities {
    // The cues of the parts together: those of the whole text, or more
    // (each part's were looked for a little beyond it).
    let (joined, topics, cues) = match <[Prepared; 1]>::try_from(parts) {
        Ok([Prepared(spans, Some(topics), cues)]) => (spans, topics, cues),
        Ok([Prepared(spans, None, cues)]) => (spans, Topics::of(text, 0..text.len()), cues),
        Err(parts) => {
            let mut all = Vec::with_capacity(parts.iter().map(|p| p.0.len()).sum());
            let mut cues = Cues::NONE;
            // Each part let go once moved.
            for part in parts {
                all.extend(part.0);
                cues = cues.union(part.2);
            }
            // A name at the end of a part may reach into the next.
            (without_overlaps(all), Topics::of(text, 0..text.len()), cues)
        }
    };
    // Repeats cut at a particle or a given name are joined too.
    let mut kept =
        unlisted::without_genera(text, across_particles(text, with_repeats(text, joined)));
    people_taken_for_places(text, &mut kept);
    people_taken_for_organisations(text, &mut kept);
    firms_taken_for_places(text, &mut kept);
    let once_places = agree_on_kinds(text, &mut kept);
    // And in lower case or capitals, where a text does not keep to them
    // (asked by two rules, found once).
    let manner = std::cell::OnceCell::new();
    // Whether the text is about sport, asked by several rules.
    let sport = std::cell::OnceCell::from(topics.sport);
    let kept = informal::without_shouting(text, &manner, kept);
    let kept = informal::in_any_case(text, &manner, &sport, kept);
    let kept = informal::places_in_hashtags(text, kept);
    let mut kept = organisations_by_longer_names(text, organisations_by_context(text, kept));
    firms::places_named_as_firms(text, &mut kept);
    let kept = define::by_definition(text, kept);
    let kept = when(cues.has(Cue::Ships), kept, |k| {
        unlisted::without_ships(text, k)
    });
    let kept = when(cues.has(Cue::Dedicated), kept, |k| {
        unlisted::without_dedications(text, k)
    });
    let kept = unlisted::without_commodities(text, kept);
    let kept = when(cues.has(Cue::Storms), kept, |k| {
        unlisted::without_storms(text, k)
    });
    let kept = when(cues.has(Cue::EventsAndPeers), kept, |k| {
        unlisted::without_events_and_peerages(text, k)
    });
    let kept = unlisted::without_quoted_lists(text, kept);
    let kept = unlisted::without_count_labels(text, kept);
    let kept = when(cues.has(Cue::Congresses), kept, |k| {
        unlisted::without_congresses(text, k)
    });
    let kept = when(cues.has(Cue::Makers), kept, |k| {
        unlisted::without_models(text, k)
    });
    let kept = when(cues.has(Cue::Instruments), kept, |k| {
        unlisted::without_instruments(text, k)
    });
    let kept = when(cues.has(Cue::Products), kept, |k| {
        unlisted::without_products(text, k)
    });
    let kept = unlisted::without_affairs(text, kept);
    let kept = unlisted::without_structures(text, kept);
    let kept = when(cues.has(Cue::Portfolios), kept, |k| {
        unlisted::without_portfolios(text, k)
    });
    let kept = when(
        cues.has(Cue::Works) || any_of(&kept, Kind::Organisation),
        kept,
        |k| unlisted::works_by_their_nouns(text, k),
    );
    let kept = when(cues.has(Cue::By), kept, |k| {
        unlisted::works_by_their_makers(text, k)
    });
    let kept = when(cues.has(Cue::TitlesWithYears), kept, |k| {
        titles::without_titles_with_years(text, k)
    });
    let kept = titles::without_see_also_titles(text, kept);
    let kept = when(cues.has(Cue::Peoples), kept, |k| unlisted::peoples(text, k));
    let kept = nouns::people_by_their_nouns(text, kept);
    let kept = nouns::people_by_their_titles(text, kept);
    let kept = nouns::emperors_by_their_eras(text, kept);
    let kept = nouns::people_by_their_lives(text, kept);
    let kept = when(cues.has(Cue::BodyNouns), kept, |k| {
        nouns::organisations_by_their_nouns(text, k)
    });
    let kept = when(cues.has(Cue::Listing), kept, |k| {
        nouns::organisations_listed_by_their_nouns(text, k)
    });
    let mut kept = when(cues.has(Cue::Listing), kept, |k| {
        nouns::places_listed_by_their_nouns(text, k)
    });
    let surnames = surnames(text, &kept);
    surnames_stay_people(text, &surnames, &mut kept);
    let kept = with_titled_surnames(text, &surnames, kept);
    let kept = when(cues.has(Cue::Speech), kept, |k| {
        with_speaking_surnames(text, k)
    });
    // Names and the names they are known by (`Pelé`): the later one's
    // index, for its kind, and both spans, to be one entity.
    let known_at: Vec<usize> = (1..kept.len())
        .filter(|&i| also_known_as(text, &kept[i - 1], &kept[i]).is_some())
        .collect();
    let known_as: Vec<(Range<usize>, Range<usize>)> = known_at
        .iter()
        .map(|&i| (kept[i - 1].range(), kept[i].range()))
        .collect();
    // Whether plurals of family names after `the` name families: not in a
    // text about sport or music, where they name teams and bands.
    let families = !topics.music && !topics::sport(text, &sport);
    let (mut kept, unproven) = people_on_evidence(text, &once_places, &known_at, families, kept);
    families_in_the_plural(text, &surnames, &mut kept);
    let mut kept = initials::people_by_their_initials(text, kept);
    if any_of(&kept, Kind::Organisation) {
        places_among_organisations(text, &sport, &mut kept);
    }
    rivers_taken_for_people_or_bodies(text, &mut kept);
    places_listed_with_organisations(text, &mut kept);
    places_after_their_bodies(text, &mut kept);
    if cues.has(Cue::FeatureNouns) {
        nouns::places_by_their_nouns(text, &mut kept);
    }
    firms::bodies_among_places(text, &mut kept);
    let kept = when(any_of(&kept, Kind::Organisation), kept, |k| {
        national_bodies_whole(text, k)
    });
    let kept = when(any_of(&kept, Kind::Organisation), kept, |k| {
        organisations_whole(text, k)
    });
    let kept = organisations_apart(
        text,
        bodies_named_by_lists(
            text,
            when(cues.has(Cue::BodiesOf), kept, |k| organisations_of(text, k)),
        ),
    );
    let kept = when(any_of(&kept, Kind::Organisation), kept, |k| {
        organisations_of_their_towns(text, k)
    });
    let kept = places_across_particles(text, kept);
    let kept = people_with_particles_before(text, kept);
    let kept = when(cues.has(Cue::Epithets), kept, |k| {
        people_with_epithets(text, k)
    });
    let kept = royals_of_their_realms(text, kept);
    let kept = again::with_surnames_again(text, kept);
    let kept = brackets::spelled_out(text, kept);
    let kept = when(cues.has(Cue::Ampersand), kept, |k| {
        firms::with_partners_before(text, k)
    });
    let kept = firms::joined_across_and(text, kept);
    let kept = firms::firms_of_places(text, firms::across_slashes(text, kept));
    let kept = firms::bodies_of_two_fields(text, kept);
    let kept = when(any_of(&kept, Kind::Organisation), kept, |k| {
        firms::bodies_across_and(text, k)
    });
    let kept = when(cues.has(Cue::Possessive), kept, |k| {
        firms::possessive_businesses(text, k)
    });
    let kept = when(
        cues.has(Cue::ClubsAndNations) || any_of(&kept, Kind::Organisation),
        kept,
        |k| firms::with_their_endings(text, k),
    );
    let kept = teams::teams_with_their_towns_codes(text, teams::teams_in_standings(text, kept));
    let kept = when(topics.sport, kept, |k| {
        teams::teams_cut_from_their_towns(text, k)
    });
    let kept = teams::teams_by_their_nicknames(text, kept);
    let kept = when(topics.sport, kept, |k| {
        teams::teams_in_results(text, &sport, k)
    });
    let kept = when(cues.has(Cue::Score), kept, |k| {
        teams::teams_around_scores(text, &sport, k)
    });
    let kept = when(topics.sport || cues.has(Cue::Seasons), kept, |k| {
        teams::teams_by_their_matches(text, &sport, k)
    });
    let kept = teams::counties_in_cricket(text, topics.cricket, kept);
    let kept = when(topics.study || cues.has(Cue::Students), kept, |k| {
        schools::schools_by_their_students(text, topics.study, k)
    });
    let kept = bands::bands_with_their_leaders(text, topics.music, kept);
    let (kept, last_words) = if topics.sport {
        teams::teams_by_their_last_words(text, &sport, kept)
    } else {
        (kept, Vec::new())
    };
    let (mut kept, mut nicknames) = teams::nicknames_alone(text, &sport, kept);
    nicknames.extend(last_words);
    surnames_not_organisations(text, &surnames, &mut kept);
    datelines(text, &mut kept);
    places::places_with_their_article(text, &mut kept);
    places::streets_named_after_bodies(text, &mut kept);
    teams::teams_after_competitors(text, &mut kept);
    // Acronyms and first or last words alone, each with the name it stands
    // for.
    let mut short_forms = if cues.has(Cue::Brackets) {
        acronyms(text, &mut kept)
    } else {
        HashMap64::default()
    };
    // A name of one word with no evidence of a person's, nor of anything
    // else, is not listed: a person's name is known by something.
    kept.retain(|s| s.kind != Kind::Person || !unproven.contains(&s.name));
    let words_alone = last_words_alone(text, &kept)
        .into_iter()
        .chain(first_words_alone(text, &kept))
        .chain(initials_alone(text, &kept));
    for (short, long) in words_alone.chain(nicknames) {
        short_forms.entry(short).or_insert(long);
    }
    // A natural feature without its word (`Tees`, `River Tees`), which is
    // the place wherever it stands alone, whatever the tagger took it for
    // (`Man`, after `Isle of Man`, taken for a body).
    let mut bare_features = HashSet64::default();
    for s in kept.iter().filter(|s| s.kind != Kind::Person) {
        let surface = &text[s.range()];
        if s.kind == Kind::Place
            && let Some(bare) = feature_named(surface)
        {
            let key = place_key(bare);
            short_forms.entry(key).or_insert(s.place);
            bare_features.insert(key);
        }
        // A firm's name without its legal form (`Johnson Controls` of
        // `Johnson Controls Inc`, `Bank of America` of `Bank of America
        // Corp`).
        if s.kind == Kind::Organisation
            && let Some(name) = firms::name_before_legal_form(surface)
        {
            short_forms.entry(place_key(name)).or_insert(s.place);
        }
        // A place or a body named with its article, without it, whichever
        // comes first (`Oval` of `The Oval`, `Government` of `The
        // Government`).
        if let Some(bare) = surface.strip_prefix("The ") {
            short_forms.entry(place_key(bare)).or_insert(s.place);
        }
    }
    if !bare_features.is_empty() {
        for s in kept.iter_mut() {
            if s.kind == Kind::Organisation && bare_features.contains(&s.place) {
                s.kind = Kind::Place;
            }
        }
    }
    // Split by kind in place, each list let go once its entities are made,
    // so that no more than one copy of the spans is held.
    // A name made a person's after it was cleaned as another kind's loses
    // its title now (`Ras Makonnen`), but for a peer's or a knight's, which
    // made it one (`Lord Byron`, see `nouns::people_by_their_titles`).
    let people: Vec<Range<usize>> = kept
        .iter()
        .filter(|s| s.kind == Kind::Person)
        .filter_map(|s| {
            let surface = &text[s.range()];
            match surface.split_once_byte(b' ') {
                Some((first, _)) if is_title(first) && !peerage_title(first) => {
                    clean::person_name(text, s.range())
                }
                _ => Some(s.range()),
            }
        })
        .collect();
    kept.retain(|s| s.kind != Kind::Person);
    kept.shrink_to_fit();
    let people = link_people(text, people);
    let organisations: Vec<Span> = kept
        .iter()
        .filter(|s| s.kind == Kind::Organisation)
        .cloned()
        .collect();
    kept.retain(|s| s.kind == Kind::Place);
    kept.shrink_to_fit();
    let places = link_places(text, kept, Kind::Place, &short_forms);
    let organisations = link_places(text, organisations, Kind::Organisation, &short_forms);
    Entities {
        people: known_as_one(people, &known_as),
        places: known_as_one(places, &known_as),
        organisations: known_as_one(organisations, &known_as),
    }
}

/// `entities` with each entity a mention of which another's mention is
/// known as (`Edson Arantes do Nascimento, better known as Pelé`) taking
/// that other entity in: its mentions, and its names as aliases. `pairs`
/// are the two mentions' spans as they were found; a mention that holds
/// the start of one stands for it.
fn known_as_one(entities: Vec<Entity>, pairs: &[(Range<usize>, Range<usize>)]) -> Vec<Entity> {
    if pairs.is_empty() || entities.len() < 2 {
        return entities;
    }
    // Every mention's range and its entity, by start.
    let mut at: Vec<(usize, usize, usize)> = entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i)))
        .collect();
    at.sort_unstable();
    let entity_at = |r: &Range<usize>| {
        let i = at.partition_point(|&(start, ..)| start <= r.start);
        i.checked_sub(1)
            .map(|i| at[i])
            .filter(|&(_, end, _)| end > r.start)
            .map(|(.., e)| e)
    };
    // Which entity each is taken into (the one listed first of the two),
    // through chains of such names.
    let mut into: Vec<usize> = (0..entities.len()).collect();
    let root = |into: &[usize], mut i: usize| {
        while into[i] != i {
            i = into[i];
        }
        i
    };
    for (a, b) in pairs {
        let (Some(a), Some(b)) = (entity_at(a), entity_at(b)) else {
            continue;
        };
        let (a, b) = (root(&into, a), root(&into, b));
        if a != b {
            into[a.max(b)] = a.min(b);
        }
    }
    let roots: Vec<usize> = (0..entities.len()).map(|i| root(&into, i)).collect();
    if roots.iter().enumerate().all(|(i, &r)| r == i) {
        return entities;
    }
    // A root is the first entity of its group, so it is in `out` before
    // any entity taken into it.
    let mut out: Vec<Entity> = Vec::with_capacity(entities.len());
    let mut out_at = vec![usize::MAX; entities.len()];
    for (i, taken) in entities.into_iter().enumerate() {
        let r = roots[i];
        if r == i {
            out_at[i] = out.len();
            out.push(taken);
            continue;
        }
        let whole = &mut out[out_at[r]];
        for name in std::iter::once(taken.name).chain(taken.aliases) {
            if name != whole.name && !whole.aliases.contains(&name) {
                whole.aliases.push(name);
            }
        }
        whole.mentions.extend(taken.mentions);
        whole.mentions.sort_unstable_by_key(|m| (m.start, m.end));
    }
    out
}

/// A cleaned span, and the keys it is grouped by, worked out once.
///
/// 32 bytes: linking holds one for every mention of a long text. The start
/// is a byte offset into the text, the length that of a name (spans longer
/// than [`u32::MAX`] bytes are not taken).
#[derive(Debug, Clone)]
struct Span {
    start: usize,
    /// [`place_key`] of its text.
    place: u64,
    /// [`name_key`] of its text.
    name: u64,
    len: u32,
    kind: Kind,
}

impl Span {
    /// A span of `kind` over `text[range]`, with its keys.
    fn new(text: &str, range: Range<usize>, kind: Kind) -> Span {
        let f = folded(&text[range.clone()]);
        Span::with_keys(range, kind, f.place, f.name)
    }

    /// A span of `kind` over `range` whose keys are known.
    fn with_keys(range: Range<usize>, kind: Kind, place: u64, name: u64) -> Span {
        Span {
            start: range.start,
            len: u32::try_from(range.len()).expect("a span is no longer than u32::MAX"),
            kind,
            place,
            name,
        }
    }

    fn end(&self) -> usize {
        self.start + self.len()
    }

    fn len(&self) -> usize {
        self.len as usize
    }

    fn range(&self) -> Range<usize> {
        self.start..self.end()
    }
}

/// Whether any of `spans` is of `kind`: what some steps need before they
/// can change anything.
fn any_of(spans: &[Span], kind: Kind) -> bool {
    spans.iter().any(|s| s.kind == kind)
}

/// The spans in text order with overlaps removed: the earliest, then longest,
/// then a person wins.
fn without_overlaps(mut spans: Vec<Span>) -> Vec<Span> {
    spans_in_order(&mut spans);
    // Kept in place: `spans[..kept]` are the ones kept so far.
    let mut kept = 0;
    for i in 0..spans.len() {
        if kept == 0 || spans[i].start >= spans[kept - 1].end() {
            spans.swap(kept, i);
            kept += 1;
        }
    }
    spans.truncate(kept);
    spans
}

/// `spans` by start, the longest first, then by kind.
fn spans_in_order(spans: &mut [Span]) {
    let ordered = |a: &Span, b: &Span| {
        a.start
            .cmp(&b.start)
            .then(b.end().cmp(&a.end()))
            .then((a.kind as u8).cmp(&(b.kind as u8)))
    };
    // Prepared parts arrive in order: then there is nothing to do.
    if !spans.is_sorted_by(|a, b| ordered(a, b).is_le()) {
        spans.sort_unstable_by(ordered);
    }
}

/// A name tagged as more than one kind (`Go Myung-Hyun` a person here and a
/// place there, compared by [`name_key`]) takes the kind most of its mentions
/// have; on a tie, person, then place: the tagger knows places from a
/// gazetteer, so a name it is unsure of is more likely a person, unless a
/// place's mention of it is written as a place is (`in Ceylon`; not `in
/// Jordan's film`). Such a mention also outweighs up to two of an
/// organisation for a name no list knows for a place (`at Dinsho ... in
/// Dinsho ... at Dinsho`): a listed town names teams too. Names in
/// the place alias table stay places.
///
/// Returns the names made people's that the tagger called a place at least
/// once.
fn agree_on_kinds(text: &str, spans: &mut [Span]) -> HashSet64 {
    // One entry per distinct name, far fewer than the spans: it grows.
    let mut votes: HashMap64<[usize; 3]> = HashMap64::default();
    // Names with a place's mention written as a place is (`a ruler in
    // Ceylon`): a tie between person and place goes to the place.
    let mut placed = HashSet64::default();
    for s in spans.iter() {
        votes.entry(s.name).or_default()[s.kind as usize] += 1;
        if s.kind == Kind::Place
            && word_before(text, s.start).is_some_and(|w| marks_place(&text[w], false))
            && !apostrophe_after(text, s.end())
        {
            placed.insert(s.name);
        }
    }
    // A name of one word that the tagger called a person at least once and
    // an organisation more often is a person's where a mention shows one in
    // so many words (`Bess, a nurse`, `Bess flees`): an organisation has no
    // such mention.
    let mut shown = HashSet64::default();
    let mut once_places = HashSet64::default();
    for s in spans.iter() {
        let [people, places, organisations] = votes[&s.name];
        if people > 0
            && organisations > people
            && places == 0
            && !shown.contains(&s.name)
            && !text[s.range()].has_byte(b' ')
            && evidence::shown_as_person(text, &s.range())
        {
            shown.insert(s.name);
        }
    }
    // The last words of the people named in full, where a place's mention
    // of a name is outvoted by people's (seldom).
    let outvoted = |s: &Span| {
        let [people, places, _] = votes[&s.name];
        s.kind == Kind::Place && people >= places && placed.contains(&s.name)
    };
    let surnames: HashSet64 = if spans.iter().any(outvoted) {
        spans
            .iter()
            .filter(|s| s.kind == Kind::Person)
            .filter_map(|s| text[s.range()].rsplit_once(' '))
            .map(|(_, last)| fold_hash(last))
            .collect()
    } else {
        HashSet64::default()
    };
    for s in spans.iter_mut() {
        if place_alias_by_key(s.place).is_some() {
            continue;
        }
        let [people, places, organisations] = votes[&s.name];
        let person_first = people > places || (people == places && !placed.contains(&s.name));
        // A country's name after a word that marks a place keeps its kind
        // there, though a person has it for a given name (`troops from
        // Chad` beside `Thank you, Chad.`); not a person's family name in
        // the text (`a pass from Jordan` after `Michael Jordan`).
        let country_here = || {
            s.kind == Kind::Place
                && placed.contains(&s.name)
                && word_before(text, s.start).is_some_and(|w| marks_place(&text[w], false))
                && listed_country(&text[s.range()])
                && !surnames.contains(&fold_hash(&text[s.range()]))
        };
        s.kind = if (person_first && people >= organisations) || shown.contains(&s.name) {
            if places > 0 {
                once_places.insert(s.name);
            }
            if country_here() {
                continue;
            }
            Kind::Person
        } else if places >= organisations
            || (placed.contains(&s.name)
                && 2 * places >= organisations
                && !listed_place(&text[s.range()]))
        {
            Kind::Place
        } else {
            Kind::Organisation
        };
    }
    once_places
}

/// `spans` (in text order, apart) with each two that one space parts made
/// one span of the kind `join` gives them, when it gives one; a joined span
/// may join the next in turn.
fn joined_at_spaces(
    text: &str,
    spans: Vec<Span>,
    join: impl Fn(&Span, &Span) -> Option<Kind>,
) -> Vec<Span> {
    joined_pairs(text, spans, |a, b| {
        (a.end() + 1 == b.start && text.as_bytes()[a.end()] == b' ')
            .then(|| join(a, b))
            .flatten()
    })
}

/// `spans` (in text order, apart) with each two neighbours made one span
/// from the first's start to the second's end, of the kind `join` gives
/// them, when it gives one; a joined span may join the next in turn.
fn joined_pairs(
    text: &str,
    mut spans: Vec<Span>,
    join: impl Fn(&Span, &Span) -> Option<Kind>,
) -> Vec<Span> {
    // Rewritten in place: `spans[..out]` are done, and `out <= i`.
    let mut out = 0;
    for i in 0..spans.len() {
        if out > 0 {
            let (a, b) = (&spans[out - 1], &spans[i]);
            if let Some(kind) = join(a, b) {
                spans[out - 1] = Span::new(text, a.start..b.end(), kind);
                continue;
            }
        }
        spans.swap(out, i);
        out += 1;
    }
    spans.truncate(out);
    spans
}

/// The span of `spans` (in text order, apart) that overlaps `range`, if any.
fn span_over<'a>(spans: &'a [Span], range: &Range<usize>) -> Option<&'a Span> {
    let at = spans.partition_point(|s| s.end() <= range.start);
    spans.get(at).filter(|s| s.start < range.end)
}

/// The spans of `spans` (in text order, apart) that overlap `range`.
fn spans_over<'a>(spans: &'a [Span], range: &Range<usize>) -> &'a [Span] {
    let from = spans.partition_point(|s| s.end() <= range.start);
    let upto = from + spans[from..].partition_point(|s| s.start < range.end);
    &spans[from..upto]
}

/// Whether every span of `spans` (in text order, apart) that overlaps
/// `range` lies inside it: a name over `range` would replace them whole.
fn holds_whole(spans: &[Span], range: &Range<usize>) -> bool {
    spans_over(spans, range)
        .iter()
        .all(|s| s.start >= range.start && s.end() <= range.end)
}

/// `spans` without those whose flag in `taken` (one per span) is set.
fn without_taken(mut spans: Vec<Span>, taken: &[bool]) -> Vec<Span> {
    if taken.contains(&true) {
        let mut i = 0;
        spans.retain(|_| {
            i += 1;
            !taken[i - 1]
        });
    }
    spans
}

/// `spans` with `added` (apart from them and from each other) put in text
/// order among them.
fn with_added(mut spans: Vec<Span>, added: Vec<Span>) -> Vec<Span> {
    if !added.is_empty() {
        spans.extend(added);
        spans.sort_by_key(|s| s.start);
    }
    spans
}

/// `spans` (in text order, apart) with each of `names` (in text order,
/// apart, each holding whole the spans it overlaps) made a span of `kind`
/// in place of the spans inside it.
fn replaced_by(text: &str, spans: Vec<Span>, names: Vec<Range<usize>>, kind: Kind) -> Vec<Span> {
    if names.is_empty() {
        return spans;
    }
    let kept = without_inside(spans, &names);
    let added = names
        .into_iter()
        .map(|r| Span::new(text, r, kind))
        .collect();
    with_added(kept, added)
}

/// `spans` (in text order, apart) without those that start inside one of
/// `names` (in text order, apart, each holding whole the spans it
/// overlaps).
fn without_inside(spans: Vec<Span>, names: &[Range<usize>]) -> Vec<Span> {
    if names.is_empty() {
        return spans;
    }
    let inside = |s: &Span| {
        let at = names.partition_point(|r| r.end <= s.start);
        names.get(at).is_some_and(|r| r.start <= s.start)
    };
    spans.into_iter().filter(|s| !inside(s)).collect()
}

/// `spans` without those that lie wholly inside one of `ranges`.
fn without_spans_within(mut spans: Vec<Span>, ranges: &[Range<usize>]) -> Vec<Span> {
    if !ranges.is_empty() {
        spans.retain(|s| {
            !ranges
                .iter()
                .any(|r| r.start <= s.start && s.end() <= r.end)
        });
    }
    spans
}

/// Whether `at` starts a word: no letter or digit just before it.
fn starts_word(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// The capitalised word (edges trimmed) after each match of `phrases` that
/// starts a word; each phrase ends with a space.
fn names_after<'t>(
    text: &'t str,
    phrases: &'t aho_corasick::AhoCorasick,
) -> impl Iterator<Item = Range<usize>> + 't {
    phrases.find_iter(text).filter_map(move |m| {
        if !starts_word(text, m.start()) {
            return None;
        }
        let name = trim_edges(text, word_after(text, m.end() - 1)?);
        (!name.is_empty() && is_name_word(&text[name.clone()])).then_some(name)
    })
}

/// The first and last words, as written, of the people named in more than
/// one word.
fn first_and_last_names<'t>(
    text: &'t str,
    spans: &'t [Span],
) -> impl Iterator<Item = (&'t str, &'t str)> + 't {
    spans
        .iter()
        .filter(|s| s.kind == Kind::Person)
        .filter_map(move |s| {
            let mut parts = own_name_parts(&text[s.range()]);
            let first = parts.next()?;
            Some((first, parts.last()?))
        })
}

/// The last words, as written, of the people named in more than one word.
fn last_names<'t>(text: &'t str, spans: &'t [Span]) -> impl Iterator<Item = &'t str> + 't {
    first_and_last_names(text, spans).map(|(_, last)| last)
}

/// Whether one of [`AFTER_ORGANISATIONS`] comes right after `end`.
fn organisation_words_after(text: &str, end: usize) -> bool {
    static PAIRS: OnceLock<FirstPairs> = OnceLock::new();
    let after = &text[end..];
    PAIRS
        .get_or_init(|| FirstPairs::of(AFTER_ORGANISATIONS))
        .may_begin(after)
        && AFTER_ORGANISATIONS.iter().any(|a| after.starts_with(a))
}

/// The first two bytes of the phrases of a list, one bit each of the
/// 65,536 pairs: asked first of a text that may begin with one of them,
/// so that most texts, which begin with none, are not compared with
/// every phrase of the list.
struct FirstPairs(Box<[u64; 1024]>);

impl FirstPairs {
    /// The pairs of `list`, whose phrases are two bytes long or longer.
    fn of(list: &[&str]) -> FirstPairs {
        let mut bits = Box::new([0u64; 1024]);
        for phrase in list {
            let [a, b, ..] = phrase.as_bytes() else {
                panic!("a phrase of two bytes or more: {phrase:?}");
            };
            let pair = usize::from(*a) << 8 | usize::from(*b);
            bits[pair / 64] |= 1 << (pair % 64);
        }
        FirstPairs(bits)
    }

    /// Whether `text` may begin with a phrase of the list: it begins with
    /// the first two bytes of one.
    fn may_begin(&self, text: &str) -> bool {
        let [a, b, ..] = text.as_bytes() else {
            return false;
        };
        let pair = usize::from(*a) << 8 | usize::from(*b);
        self.0[pair / 64] & (1 << (pair % 64)) != 0
    }
}

/// What comes after an organisation's name and not a person's.
const AFTER_ORGANISATIONS: &[&str] = &[
    " daily said",
    " daily reported",
    " newspaper said",
    " newspaper reported",
    " weekly said",
    " weekly reported",
    " magazine said",
    " magazine reported",
    " said in a statement",
    " said in a news release",
    " said in a filing",
    " shares ",
    " shares,",
    " shares.",
    "'s shares",
    "\u{2019}s shares",
    " customers",
    " shareholders",
    "'s chief executive",
    "\u{2019}s chief executive",
    "'s chief operating officer",
    "\u{2019}s chief operating officer",
    "'s chief financial officer",
    "\u{2019}s chief financial officer",
    "'s board of directors",
    "\u{2019}s board of directors",
    "'s headquarters",
    "\u{2019}s headquarters",
    "'s subsidiary",
    "\u{2019}s subsidiary",
    " founder ",
    " co-founder ",
    " CEO ",
    " CFO ",
    " chief executive ",
    " chairman ",
    " chairwoman ",
];

/// What comes after the name of a body and not of a person, nor of a place
/// as the tagger took it: its founding, listing or end (`Atari was founded
/// in Sunnyvale`, `Killing Joke formed in 1978`, `Nirvana released their`).
const FOUNDED_AFTER: &[&str] = &[
    " was founded in ",
    " was founded by ",
    " was founded on ",
    " was founded as ",
    " were founded in ",
    " were founded by ",
    " was established in ",
    " was established by ",
    " was incorporated ",
    " is headquartered ",
    " was headquartered ",
    ", headquartered in ",
    " filed for bankruptcy",
    " went public",
    " is a subsidiary of ",
    " was formed in ",
    " was formed by ",
    " were formed in ",
    " formed in ",
    " disbanded in ",
    " released their ",
];

/// Verbs of a match, before the side it was played against: `beating
/// Chelsea 2-1`.
const SCORE_VERBS: &[&str] = &[
    "against",
    "beat",
    "beating",
    "beats",
    "defeat",
    "defeated",
    "defeating",
    "defeats",
    "drew",
    "edged",
    "hammered",
    "thrashed",
    "to",
    "trounced",
    "with",
];

/// The length of the score that `s` starts with (`2-1`, `23–10`), if it
/// starts with one.
fn score_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let digits = |at: usize| {
        b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let first = digits(0);
    if !(1..=3).contains(&first) {
        return None;
    }
    let dash = s[first..]
        .chars()
        .next()
        .filter(|&c| c == '-' || c == '\u{2013}')?;
    let second = digits(first + dash.len_utf8());
    let end = first + dash.len_utf8() + second;
    let ends = s[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    ((1..=3).contains(&second) && ends).then_some(end)
}

/// After a score at the start of `rest`, what follows it and the commas and
/// spaces after it, when it starts with another score.
fn second_score(rest: &str) -> Option<&str> {
    let end = score_len(rest)?;
    let next = rest[end..].trim_start_matches([',', ' ']);
    score_len(next).map(|_| next)
}

/// Whether `after`, the text after a name, starts with one score of a
/// match (` 2-1`, ` 23–10`), and not the first of a tennis player's sets
/// (` 6-4 6-3`, ` 6-4, 7-5`).
fn one_score_after(after: &str) -> bool {
    after
        .strip_prefix(' ')
        .is_some_and(|rest| score_len(rest).is_some() && second_score(rest).is_none())
}

/// Whether `after`, the text after a name, starts with a tennis player's
/// sets (` 6-4 6-3`, ` 6-4, 7-5`): two scores or more.
fn sets_after(after: &str) -> bool {
    after
        .strip_prefix(' ')
        .is_some_and(|rest| second_score(rest).is_some())
}

/// Whether `name` is a country's or a region's (`Mexico`, `Scotland`): its
/// side is named as the place is.
fn national_side(name: &str) -> bool {
    use crate::entities::geo::{GeoKind, gazetteer};
    gazetteer().has_kind(name, |k| matches!(k, GeoKind::Country | GeoKind::Region))
}

/// What comes before a company's name: `shares of Bre-X`. A capitalised
/// word after one of these that no span holds is taken as a company's name.
const MONEY_BEFORE: &[&str] = &["shares of ", "shares in ", "stake in ", "stock of "];

/// What comes before a group's name: `the band Joy Division`, `formed
/// Steeleye Span`, `formed the Smile`, `signed to Mute`. Only a cue for a
/// name already found.
const GROUP_BEFORE: &[&str] = &[
    "band ",
    "label ",
    "formed ",
    "formed the ",
    "founded ",
    "founded the ",
    "co-founded ",
    "co-founded the ",
    "signed to ",
    "signed with ",
    "member of ",
    "members of ",
    "formerly of ",
    "published by ",
    "developed by ",
    "released by ",
    "distributed by ",
    "acquired by ",
    "acquired ",
    "bought ",
    "purchased ",
    "took over ",
    "merged with ",
    "parent company of ",
    "subsidiary of ",
    "imprint of ",
    "a unit of ",
    "a division of ",
    "editor at ",
    "editors at ",
];

/// What comes before a club's or a party's name: `played for Santos`,
/// `signed from Caen`, `joined Fiorentina`, `leader of Plaid Cymru`. A cue
/// like [`GROUP_BEFORE`], except before a country's or region's name (a
/// national side, a place as CoNLL-2003 has it: `played for Brazil`, `leader
/// of France`).
const SIDE_BEFORE: &[&str] = &[
    "played for ",
    "played for the ",
    "playing for ",
    "playing for the ",
    "plays for ",
    "plays for the ",
    "signed for ",
    "signed from ",
    "join ",
    "joined ",
    "joining ",
    "leader of ",
    "leaders of ",
    "leadership of ",
];

/// Whether one of `phrases` ends right before `at`, as whole words.
fn after_words(text: &str, at: usize, phrases: &[&str]) -> bool {
    let head = &text.as_bytes()[..at];
    phrases.iter().any(|p| {
        head.len() >= p.len()
            && head[head.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
            && starts_word(text, at - p.len())
    })
}

/// What comes before the name of a journal or a newspaper: `published in
/// Nature`, `writing in The Lancet`. A cue like [`GROUP_BEFORE`], except
/// before a listed place (`published in London`).
const JOURNAL_BEFORE: &[&str] = &[
    "published in ",
    "published in the ",
    "appeared in ",
    "appeared in the ",
    "writing in the ",
    "a study in ",
    "a study in the ",
    "a paper in ",
    "a paper in the ",
    "an article in ",
    "an article in the ",
    "an editorial in ",
    "an editorial in the ",
];

/// Whether a name before a plural verb may be a group's: one word, not
/// plural itself, not a listed place, given name or family name.
fn group_name(name: &str) -> bool {
    !name.contains(char::is_whitespace)
        && !name.ends_with('s')
        && !listed_place(name)
        && !given_name(name)
        && !family_name(name)
}

/// Plural verbs after a name of one word: a group (`Sepultura were`), unless
/// the name ends a list (`Smith and Jones were`) or is a listed place or a
/// given name or family name.
const AFTER_GROUPS: &[&str] = &[" have ", " were "];

/// The spans, with every name that the words around one of its mentions
/// mark as an organisation's (`Heineken said in a statement`, `shares of
/// Bre-X`, `the band Joy Division`, `Boris have`) made an organisation
/// everywhere, and such a name after `shares
/// of` that no span holds added as one. Place aliases stay places.
fn organisations_by_context(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    use aho_corasick::AhoCorasick;
    static BEFORE: OnceLock<AhoCorasick> = OnceLock::new();
    let mut names = HashSet64::default();
    // A person named in full, or by the surname or given name of one, says
    // things in statements too (`Neil Jordan ... Jordan said in a
    // statement`), and produces records (`Caetano Veloso ... produced by
    // Caetano`).
    let mut names_of_people = HashSet64::default();
    // The people's names of more words that are named in full, by the hash
    // of their bytes: each is asked once.
    let mut in_full = HashSet64::default();
    for s in spans.iter().filter(|s| s.kind == Kind::Person) {
        let surface = &text[s.range()];
        if let Some((first, last)) = surface.split_once_byte(b' ')
            && named_in_full(surface, first)
        {
            names_of_people.insert(fold_hash(last.rsplit_byte(b' ').next().unwrap_or(last)));
            names_of_people.insert(fold_hash(first));
            in_full.insert(bytes_hash(surface));
        }
    }
    let a_person = |s: &Span| {
        let surface = &text[s.range()];
        s.kind == Kind::Person
            && if surface.has_byte(b' ') {
                in_full.contains(&bytes_hash(surface))
            } else {
                names_of_people.contains(&fold_hash(surface))
            }
    };
    // Names whose founding the text tells: a body's, unless a mention is a
    // place's (`the kingdom of Hallownest`).
    let mut founded = HashSet64::default();
    static FOUNDED_PAIRS: OnceLock<FirstPairs> = OnceLock::new();
    let founded_pairs = FOUNDED_PAIRS.get_or_init(|| FirstPairs::of(FOUNDED_AFTER));
    for s in &spans {
        let after = &text[s.end()..];
        if a_person(s) {
            continue;
        }
        if s.kind != Kind::Place
            && founded_pairs.may_begin(after)
            && FOUNDED_AFTER.iter().any(|a| after.starts_with(a))
            && !wide_place(&text[s.range()])
            && !listed_place(&text[s.range()])
        {
            founded.insert(s.name);
        }
        if organisation_words_after(text, s.end())
            || (one_score_after(after)
                && !national_side(&text[s.range()])
                && word_before(text, s.start).is_some_and(|w| SCORE_VERBS.contains(&&text[w])))
            // A person is `who`: a name of one word that is not a common
            // word, a listed place or a person's is `which` only as a firm's
            // or a group's (`said Lumenvault, which had offices`).
            || (after.starts_with(", which ")
                && s.kind == Kind::Person
                && group_name(&text[s.range()])
                && !common_word(&text[s.range()])
                && !wide_place(&text[s.range()]))
            || (AFTER_GROUPS.iter().any(|a| after.starts_with(a))
                && group_name(&text[s.range()])
                && word_before(text, s.start)
                    .is_none_or(|w| !matches!(&text[w], "and" | "&" | "or" | "to")))
        {
            names.insert(s.name);
        }
    }
    if !founded.is_empty() {
        for s in &spans {
            if founded.contains(&s.name)
                && (s.kind == Kind::Place || define::place_of(text, s.start))
            {
                founded.remove(&s.name);
            }
        }
        names.extend(founded);
    }
    let before = BEFORE.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(
                MONEY_BEFORE
                    .iter()
                    .chain(GROUP_BEFORE)
                    .chain(SIDE_BEFORE)
                    .chain(JOURNAL_BEFORE),
            )
            .expect("a few phrases make an automaton")
    });
    let mut added = Vec::new();
    for name in names_after(text, before) {
        let possessive = |end: usize| {
            ["'s", "\u{2019}s"]
                .iter()
                .any(|p| text[end..].starts_with(p))
        };
        match span_over(&spans, &name) {
            Some(s)
                if !(possessive(s.end())
                    || a_person(s)
                    || (after_words(text, name.start, SIDE_BEFORE)
                        && national_side(&text[s.range()]))
                    || (after_words(text, name.start, JOURNAL_BEFORE)
                        && (listed_place(&text[s.range()]) || wide_place(&text[s.range()])))) =>
            {
                names.insert(s.name);
                // A name listed right after it with `and` goes with it
                // (`bought Pixar and Marvel`), when it is no person's.
                let at = spans.partition_point(|n| n.start < s.end());
                if let Some(n) = spans.get(at)
                    && text.get(s.end()..n.start) == Some(" and ")
                    && n.kind == s.kind
                    && !a_person(n)
                    && !possessive(n.end())
                {
                    names.insert(n.name);
                }
            }
            None if after_words(text, name.start, MONEY_BEFORE) => {
                let span = Span::new(text, name, Kind::Organisation);
                names.insert(span.name);
                added.push(span);
            }
            _ => {}
        }
    }
    if names.is_empty() {
        return spans;
    }
    for s in spans.iter_mut() {
        if names.contains(&s.name) && place_alias_by_key(s.place).is_none() {
            s.kind = Kind::Organisation;
        }
    }
    with_added(spans, added)
}

/// The spans, with a name the tagger took for a person's that begins the
/// name of an organisation in the text (`Sub Pop` of `Sub Pop Singles
/// Club`, `Morgan` of `Morgan Stanley`) made an organisation's at every
/// mention taken for a person's, unless it is a person's named in full (`Nelson Mandela` of the
/// `Nelson Mandela Foundation`; but `Johnson Controls` of `Johnson Controls
/// Inc`, a legal form alone after it), the surname of one or a name one is known
/// as (`known professionally as Stormzy`), or a place marker
/// comes before it twice (`from Jeju`, `in Jeju` beside `Jeju National
/// University`).
fn organisations_by_longer_names(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    // Each leading run of whole words of an organisation's name, short of
    // the whole, by place key.
    let mut prefixes = HashSet64::default();
    // The names that a legal form alone follows (`Johnson Controls` of
    // `Johnson Controls Inc`): a firm's, even when they read as a person's
    // in full.
    let mut firms = HashSet64::default();
    for s in spans.iter().filter(|s| s.kind == Kind::Organisation) {
        let surface = &text[s.range()];
        for (at, _) in surface.match_indices(' ') {
            prefixes.insert(place_key(&surface[..at]));
        }
        if let Some(name) = firms::name_before_legal_form(surface) {
            firms.insert(place_key(name));
        }
    }
    if prefixes.is_empty() {
        return spans;
    }
    let surnames = surnames(text, &spans);
    let mut names = HashSet64::default();
    // Names a strong place marker comes before at two mentions or more
    // (`women from Jeju`, `in Jeju` beside `Jeju National University`):
    // places, left to the evidence. Once is too little (`went from Faber
    // novel to ...` beside `Faber & Faber`).
    let mut placed_once = HashSet64::default();
    let mut placed = HashSet64::default();
    // Names a person is known as (`Michael Omari Owuo Jr., known
    // professionally as Stormzy` beside the `Stormzy Scholarship`).
    let mut known = HashSet64::default();
    for (i, s) in spans.iter().enumerate().skip(1) {
        if s.kind == Kind::Person
            && prefixes.contains(&s.place)
            && evidence::also_known_as(text, &spans[i - 1], s) == Some(Kind::Person)
        {
            known.insert(s.name);
        }
    }
    for s in spans.iter().filter(|s| s.kind == Kind::Person) {
        if prefixes.contains(&s.place)
            && (!person_named_in_full(text, s) || firms.contains(&s.place))
            && !surnames.contains(&fold_hash(&text[s.range()]))
            && !known.contains(&s.name)
        {
            names.insert(s.name);
            if word_before(text, s.start).is_some_and(|w| marks_place(&text[w], false))
                && !placed_once.insert(s.name)
            {
                placed.insert(s.name);
            }
        }
    }
    for s in spans.iter_mut() {
        if s.kind == Kind::Person && names.contains(&s.name) && !placed.contains(&s.name) {
            s.kind = Kind::Organisation;
        }
    }
    spans
}

/// The last words of the people named in more than one word, folded; not
/// of a name begun by a word that begins places' names, which the tagger
/// may take for a person's (`Malaya Uyanga`, a river, leaves `Uyanga` no
/// surname).
fn surnames(text: &str, spans: &[Span]) -> HashSet64 {
    first_and_last_names(text, spans)
        .filter(|(first, _)| !evidence::geographic_first(first))
        .map(|(_, last)| fold_hash(last))
        .collect()
}

/// The titles that name a person by surname: `Mrs. May`, `Mr Kim`.
const SURNAME_TITLES: &[&str] = &[
    "Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr ", "Miss ", "Mister ",
];

/// Spans plus the surnames after a title (`Mrs. May`) that are the last word
/// of a person named in full in the text and that no span holds yet: the
/// tagger misses them when the surname is also an ordinary word. One pass of
/// an automaton over the text for the titles.
fn with_titled_surnames(text: &str, surnames: &HashSet64, spans: Vec<Span>) -> Vec<Span> {
    use aho_corasick::AhoCorasick;
    static TITLES: OnceLock<AhoCorasick> = OnceLock::new();
    if surnames.is_empty() {
        return spans;
    }
    let automaton = words::automaton(&TITLES, SURNAME_TITLES);
    let added = names_after(text, automaton)
        .filter(|name| {
            surnames.contains(&fold_hash(&text[name.clone()])) && span_over(&spans, name).is_none()
        })
        .map(|name| Span::new(text, name, Kind::Person))
        .collect();
    with_added(spans, added)
}

/// Verbs that, right after a surname that is also an ordinary word, make it
/// the person: `May added`, not `May I`.
pub(super) const SPEECH_VERBS: &[&str] = &[
    " said", " says", " added", " adds", " told", " replied", " asked", " wrote",
];

/// Spans plus the bare surname of a person named in full in the text where
/// the surname is also an ordinary word or a title (which is not looked for
/// as a repeat: `May`, `King`) and a verb of speech follows it (`May
/// added`), or `said` comes before it at the end of a clause (`said
/// King.`).
fn with_speaking_surnames(text: &str, spans: Vec<Span>) -> Vec<Span> {
    // The surnames, as written, of people named in full whose surname is an
    // ordinary word.
    // So is a surname that is a title or a dictionary word, of a person
    // named in full by a given name (`Billie Jean King`, `Gordon Brown`),
    // which is not looked for as a repeat either.
    // Each name as written is looked at once, and each form found in one
    // pass over the text for all of them: a text may name thousands of
    // such people.
    let mut forms: Vec<&str> = Vec::new();
    let mut known_forms = HashSet64::default();
    // Names as written, by the hash of their bytes.
    let mut looked_at = HashSet64::default();
    for s in spans.iter().filter(|s| s.kind == Kind::Person) {
        let surface = &text[s.range()];
        if !looked_at.insert(bytes_hash(surface)) {
            continue;
        }
        let mut parts = own_name_parts(surface);
        let (Some(first), Some(last)) = (parts.next(), parts.last()) else {
            continue;
        };
        // Not the end of a given name held by a hyphen (`he` of `Chung
        // Li-he`): no surname.
        let held = people::held_parts(surface);
        if held != 0
            && held
                .checked_shr(own_name_parts(surface).count() as u32 - 1)
                .is_some_and(|h| h & 1 != 0)
        {
            continue;
        }
        let ordinary = not_repeated().contains(&fold_hash(last));
        let plain = (is_title(last) || common_word(last))
            && last.starts_with(char::is_uppercase)
            && named_in_full(surface, first)
            && !listed_place(last)
            && !demonyms().contains(&fold_hash(last));
        if (ordinary || plain) && known_forms.insert(bytes_hash(last)) {
            forms.push(last);
        }
    }
    drop(looked_at);
    let mut added = Vec::new();
    for (form, at) in occurrences_of_each(text, &forms) {
        let range = at..at + form.len();
        let speaks = SPEECH_VERBS.iter().any(|v| {
            text[range.end..].starts_with(v)
                && !text[range.end + v.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        });
        // `..., said King.`
        let spoken_of = text[..at].ends_with("said ")
            && text[range.end..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ';' | '"' | '\u{201d}' | '\n'));
        // `The King said` is a king.
        let after_the = the_before(text, at).is_some();
        if starts_word(text, at)
            && (speaks || spoken_of)
            && !after_the
            && span_over(&spans, &range).is_none()
        {
            added.push(Span::new(text, range, Kind::Person));
        }
    }
    with_added(spans, added)
}

/// Words before a name that make it a place whatever the name: `in
/// Lofoten`, `near Kehl`.
const STRONG_PLACE_MARKERS: &[&str] = &[
    "in",
    "near",
    "outside",
    "around",
    "across",
    "throughout",
    "from",
];

/// Words before a name that make a place of a name already taken for one:
/// `to Jordan`, `a visit to Jordan`.
const PLACE_MARKERS: &[&str] = &[
    "to", "for", "at", "of", "into", "toward", "towards", "via", "inside", "visit", "visited",
    "visiting", "through", "crossed", "crossing",
];

/// Whether `word` before a name marks it a place: one of the
/// [`STRONG_PLACE_MARKERS`], or with `weak_too` one of the
/// [`PLACE_MARKERS`] too. Any case.
fn marks_place(word: &str, weak_too: bool) -> bool {
    let is = |list: &[&str]| list.iter().any(|m| m.eq_ignore_ascii_case(word));
    is(STRONG_PLACE_MARKERS) || (weak_too && is(PLACE_MARKERS))
}

/// A name of one word taken for an organisation that is the surname of a
/// person named in full in the text (in `surnames`) is that person
/// (`Lentini` after `Gianluigi Lentini`, in a report where the town is also
/// a club); not before an organisation's word (`Ford Foundation`), nor on
/// either side of a fixture (`Stirling v Dundee`), nor a surname of a name
/// found since to be an organisation's that no person's name ends in
/// (`Polo` of the club `Carrasco Polo`, which the tagger once took for a
/// person).
fn surnames_not_organisations(text: &str, surnames: &HashSet64, spans: &mut [Span]) {
    if surnames.is_empty() {
        return;
    }
    let fixture =
        |w: Option<Range<usize>>| w.is_some_and(|w| matches!(&text[w], "v" | "v." | "vs" | "vs."));
    let found: Vec<usize> = (0..spans.len())
        .filter(|&i| {
            let s = &spans[i];
            let surface = &text[s.range()];
            s.kind == Kind::Organisation
                && !surface.has_byte(b' ')
                && surnames.contains(&fold_hash(surface))
                && !organisation_words_after(text, s.end())
                && !word_after(text, s.end())
                    .is_some_and(|w| organisation_words().contains(&fold_hash(&text[w])))
                && !fixture(word_after(text, s.end()))
                && !fixture(word_before(text, s.start))
        })
        .collect();
    if found.is_empty() {
        return;
    }
    // The last words of names of more words, of people's and of
    // organisations': a surname gathered from a name since found to be an
    // organisation's (`Carrasco Polo`, a club) is none, unless a person's
    // name still ends in it.
    let ends_of = |kind: Kind| -> HashSet64 {
        spans
            .iter()
            .filter(|s| s.kind == kind)
            .filter_map(|s| text[s.range()].rsplit_once_byte(b' '))
            .map(|(_, last)| fold_hash(last))
            .collect()
    };
    let bodies = ends_of(Kind::Organisation);
    let people = ends_of(Kind::Person);
    for i in found {
        let name = fold_hash(&text[spans[i].range()]);
        if people.contains(&name) || !bodies.contains(&name) {
            spans[i].kind = Kind::Person;
        }
    }
}

/// A family named in the plural after `the` (`the Clintons`, `the Parks`)
/// is people when one of it is named in full in the text: the name less its
/// `s` is the last word of a person's name of more than one word (in
/// `surnames`), the first word of one written family name first (`Park
/// Dong-ik`), or a person's listed family name alone (`Clinton`); or when
/// it has a Gaelic family name's shape (`the MacPhails`).
fn families_in_the_plural(text: &str, surnames: &HashSet64, spans: &mut [Span]) {
    // The first words of people's names that are family names, gathered
    // only once a plural asks for them (most texts have none).
    let family_first = |spans: &[Span]| -> HashSet64 {
        spans
            .iter()
            .filter(|s| s.kind == Kind::Person)
            .filter_map(|s| {
                let surface = &text[s.range()];
                match surface.split_once_byte(b' ') {
                    Some((first, _)) => family_name_first(first).then_some(first),
                    None => family_name(surface).then_some(surface),
                }
            })
            .map(fold_hash)
            .collect()
    };
    let mut first_words: Option<HashSet64> = None;
    let mut families = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        if s.kind == Kind::Person {
            continue;
        }
        let Some(base) = text[s.range()].strip_suffix('s') else {
            continue;
        };
        let h = fold_hash(base);
        if base.chars().count() > 1
            && !base.has_byte(b' ')
            && (surnames.contains(&h)
                || gaelic_surname(base)
                || first_words
                    .get_or_insert_with(|| family_first(spans))
                    .contains(&h))
            && the_before(text, s.start).is_some()
        {
            families.push(i);
        }
    }
    for i in families {
        spans[i].kind = Kind::Person;
    }
}

/// Whether `word` has the shape of a Scottish or Irish family name: `Mac` or
/// `Mc` and a capital (`MacPhail`, `McLean`), whose plural after `the` is a
/// clan's or a family's (`the MacPhails`).
fn gaelic_surname(word: &str) -> bool {
    word.strip_prefix("Mac")
        .or_else(|| word.strip_prefix("Mc"))
        .is_some_and(|rest| rest.len() > 1 && rest.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// A name alone that is the surname of a person named in full in the text
/// stays that person (`Jordan` after `Michael Jordan`), though the tagger
/// took it for a place, unless the word before it marks a place (`a visit to
/// Jordan`, `in Jordan`). Names in the place alias table stay places.
fn surnames_stay_people(text: &str, surnames: &HashSet64, spans: &mut [Span]) {
    if surnames.is_empty() {
        return;
    }
    for s in spans.iter_mut().filter(|s| s.kind == Kind::Place) {
        let name = &text[s.range()];
        if name.contains(char::is_whitespace)
            || place_alias_by_key(s.place).is_some()
            || !surnames.contains(&fold_hash(name))
        {
            continue;
        }
        let marked = word_before(text, s.start).is_some_and(|w| marks_place(&text[w], true));
        // Nor where the sentence says it is one (`Jordan is a kingdom`).
        if !marked && define::definition(text, s.end()) != Some(define::Defined::Is(Kind::Place)) {
            s.kind = Kind::Person;
        }
    }
}

/// One entity being built: its mentions and which surface forms they use.
struct Group {
    mentions: Vec<Range<usize>>,
    /// A fixed name (from the place alias table), if any.
    fixed_name: Option<&'static str>,
}

impl Group {
    fn new(fixed_name: Option<&'static str>) -> Group {
        Group {
            mentions: Vec::new(),
            fixed_name,
        }
    }

    /// Build the entity: name = fixed name, or the form with most words, then
    /// not in capitals (a dateline's `CARACAS`), then the most frequent, then
    /// the first; aliases = the other forms in order of first appearance.
    /// The mentions are cleaned spans, on character boundaries.
    fn finish(mut self, text: &str, kind: Kind, words: impl Fn(&str) -> usize) -> Entity {
        self.mentions.sort_by_key(|r| (r.start, r.end));
        let mut forms: Inline<(&str, usize)> = Inline::new();
        for r in &self.mentions {
            let s = &text[r.clone()];
            match forms.iter_mut().find(|(f, _)| *f == s) {
                Some((_, n)) => *n += 1,
                None => forms.push((s, 1)),
            }
        }
        let name = match self.fixed_name {
            Some(n) => n.to_string(),
            None => {
                // The first of the best (`max_by_key` keeps the last); a
                // single form is the best.
                let (best, _) = match &forms[..] {
                    [one] => one,
                    _ => forms
                        .iter()
                        .rev()
                        .max_by_key(|(f, n)| (words(f), !shouted(f), *n))
                        .expect("a group has mentions"),
                };
                best.to_string()
            }
        };
        let aliases = forms
            .iter()
            .filter(|(f, _)| *f != name)
            .map(|(f, _)| f.to_string())
            .collect();
        Entity {
            kind,
            name,
            aliases,
            mentions: self.mentions,
        }
    }
}

/// Whether a form is written in capitals throughout, as in a headline or a
/// dateline (`CARACAS`, `KIM JONG UN`); an acronym of two or three letters
/// (`US`, `PRC`) is not.
fn shouted(form: &str) -> bool {
    let letters = form.chars().filter(|c| c.is_alphabetic()).count();
    letters > 3 && !form.chars().any(char::is_lowercase)
}

/// Entities in order of first mention.
fn in_order(mut entities: Vec<Entity>) -> Vec<Entity> {
    entities.sort_by_key(|e| e.mentions.first().map(|r| r.start));
    entities
}

#[cfg(test)]
mod test_support {
    use super::*;

    /// Text with marked mentions, `{P|...}` for a person, `{L|...}` for a
    /// place and `{O|...}` for an organisation, as the plain text and the
    /// tagger's spans.
    pub(super) fn marked(src: &str) -> (String, Vec<(Range<usize>, Kind)>) {
        let mut text = String::new();
        let mut spans = Vec::new();
        let mut rest = src;
        while let Some(open) = rest.find('{') {
            text.push_str(&rest[..open]);
            let kind = match &rest[open + 1..open + 3] {
                "P|" => Kind::Person,
                "L|" => Kind::Place,
                "O|" => Kind::Organisation,
                other => panic!("bad marker {other}"),
            };
            let close = open + rest[open..].find('}').expect("unclosed marker");
            let start = text.len();
            text.push_str(&rest[open + 3..close]);
            spans.push((start..text.len(), kind));
            rest = &rest[close + 1..];
        }
        text.push_str(rest);
        (text, spans)
    }

    pub(super) fn link_marked(src: &str) -> (String, Entities) {
        let (text, spans) = marked(src);
        let found = link_spans(&text, spans);
        (text, found)
    }

    /// The names linked from `src` ([`marked`]): people, places and
    /// organisations.
    pub(super) fn linked(src: &str) -> [Vec<String>; 3] {
        let (_, e) = link_marked(src);
        let names = |v: &[Entity]| v.iter().map(|e| e.name.clone()).collect();
        [names(&e.people), names(&e.places), names(&e.organisations)]
    }

    /// (name, aliases, mention texts) of one entity.
    pub(super) type Summary = (String, Vec<String>, Vec<String>);

    /// The [`Summary`] of each entity.
    pub(super) fn summary(text: &str, entities: &[Entity]) -> Vec<Summary> {
        entities
            .iter()
            .map(|e| {
                let texts = e
                    .mentions
                    .iter()
                    .map(|r| text[r.clone()].to_string())
                    .collect();
                (e.name.clone(), e.aliases.clone(), texts)
            })
            .collect()
    }

    pub(super) fn names(entities: &[Entity]) -> Vec<&str> {
        entities.iter().map(|e| e.name.as_str()).collect()
    }

    /// The text of each mention of `entity`, in order.
    pub(super) fn mention_texts<'t>(text: &'t str, entity: &Entity) -> Vec<&'t str> {
        entity.mentions.iter().map(|r| &text[r.clone()]).collect()
    }

    pub(super) fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }
}

#[cfg(test)]
// Mention lists of one range are meant, not ranges to collect.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::test_support::*;
    use super::*;

    proptest::proptest! {
        /// A text that begins with a phrase of the list begins with the
        /// first two bytes of one, whatever the text.
        #[test]
        fn first_pairs_never_miss_a_phrase(
            i in 0usize..AFTER_ORGANISATIONS.len(),
            tail in "\\PC{0,12}",
            other in "\\PC{0,12}",
        ) {
            let pairs = FirstPairs::of(AFTER_ORGANISATIONS);
            let text = format!("{}{tail}", AFTER_ORGANISATIONS[i]);
            proptest::prop_assert!(pairs.may_begin(&text));
            if !pairs.may_begin(&other) {
                proptest::prop_assert!(!AFTER_ORGANISATIONS.iter().any(|a| other.starts_with(a)));
            }
        }
    }

    #[test]
    fn a_place_taken_for_a_person_leaves_no_surname() {
        let text = "Malaya Uyanga and John Smith";
        let spans = [
            Span::new(text, 0..13, Kind::Person),
            Span::new(text, 18..28, Kind::Person),
        ];
        let found = surnames(text, &spans);
        assert!(found.contains(&fold_hash("Smith")));
        assert!(!found.contains(&fold_hash("Uyanga")));
    }

    #[test]
    fn a_gaelic_family_name_in_the_plural_is_a_family() {
        let [people, _, organisations] = test_support::linked(
            "The island passed to the {O|MacDougalls} and then to the {O|MacPhails}, who \
             served the {O|McLeans}. The {O|Rangers} and the {O|Macclesfield Town} players \
             came.",
        );
        assert_eq!(people, ["MacDougalls", "MacPhails", "McLeans"]);
        assert!(
            organisations.contains(&"Rangers".to_string()),
            "{organisations:?}"
        );
    }

    #[test]
    fn first_pairs_turn_away_texts_that_begin_otherwise() {
        let pairs = FirstPairs::of(FOUNDED_AFTER);
        assert!(pairs.may_begin(" was founded in 1901"));
        assert!(!pairs.may_begin(" said") && !pairs.may_begin("") && !pairs.may_begin(" "));
    }

    #[test]
    fn a_name_chanted_three_times_is_three_mentions() {
        let (text, e) = link_marked(
            "kusi_fan: {P|KUSI KUSI KUSI} next year\n\nWe drove to {L|Walla Walla} with \
             {P|Ana}.\n",
        );
        assert_eq!(e.people.len(), 2, "{e:?}");
        assert_eq!(
            test_support::mention_texts(&text, &e.people[0]),
            ["KUSI", "KUSI", "KUSI"]
        );
        assert_eq!(names(&e.places), ["Walla Walla"]);
    }

    #[test]
    fn a_name_and_the_name_it_is_known_by_are_one_entity() {
        let (text, e) = link_marked(
            "{P|Edson Arantes do Nascimento}, better known as {P|Pelé}, played for {O|Santos}. \
             {P|Pelé} scored. {L|Mumbai}, formerly known as {L|Bombay}, grew. {L|Bombay} \
             mills closed. {O|Meta} (formerly called {O|Facebook}) spoke; {O|Facebook} too.",
        );
        let one = |list: &[Entity], name: &str| {
            let found = list.iter().find(|x| x.name == name).expect(name);
            let mentions: Vec<&str> = found.mentions.iter().map(|m| &text[m.clone()]).collect();
            (found.aliases.clone(), mentions)
        };
        assert_eq!(e.people.len(), 1, "{:?}", e.people);
        assert_eq!(
            one(&e.people, "Edson Arantes do Nascimento"),
            (
                vec!["Pelé".to_string()],
                vec!["Edson Arantes do Nascimento", "Pelé", "Pelé"]
            )
        );
        assert_eq!(
            one(&e.places, "Mumbai"),
            (
                vec!["Bombay".to_string()],
                vec!["Mumbai", "Bombay", "Bombay"]
            )
        );
        assert_eq!(
            one(&e.organisations, "Meta"),
            (
                vec!["Facebook".to_string()],
                vec!["Meta", "Facebook", "Facebook"]
            )
        );
    }

    #[test]
    fn a_span_is_32_bytes_and_keeps_64_bit_offsets() {
        // Linking holds one for every mention of a long text.
        assert_eq!(std::mem::size_of::<Span>(), 32);
        let far = 1 << 40;
        let s = Span::with_keys(far..far + 11, Kind::Person, 1, 2);
        assert_eq!((s.range(), s.len(), s.end()), (far..far + 11, 11, far + 11));
    }

    #[test]
    fn a_name_shown_as_a_person_is_one_though_mostly_tagged_an_organisation() {
        let src = "It follows {O|Bess}, a nurse. {P|Bess} takes a post. Later {O|Bess} flees \
                   and {O|Bess} returns.";
        let (_, e) = link_marked(src);
        assert_eq!(names(&e.people), ["Bess"]);
        assert_eq!(e.people[0].mentions.len(), 4);
        assert!(e.organisations.is_empty());
        // A club that says things is no person for it.
        let (_, e) = link_marked(
            "{O|Chelsea} said on Monday it was pleased. {P|Chelsea} won. {O|Chelsea} lost.",
        );
        assert_eq!(names(&e.organisations), ["Chelsea"]);
        assert!(e.people.is_empty());
    }

    #[test]
    fn journals_are_known_by_what_is_published_in_them() {
        let [_, places, organisations] = linked(
            "The results, published in {L|Nature}, held. He was writing in the {L|Lancet}. \
             It appeared in {L|Science}. It was published in {L|London}.",
        );
        assert_eq!(organisations, ["Nature", "Lancet", "Science"]);
        assert_eq!(places, ["London"]);
    }

    #[test]
    fn a_name_whose_founding_the_text_tells_is_a_bodys() {
        let (_, e) = link_marked(
            "{P|Atari} was founded in {L|Sunnyvale} by {P|Nolan Bushnell}. {P|Warner Foo} \
             bought {P|Atari}. {P|Zorblax} formed in 1978 and {P|Zorblax} released their \
             first album. {L|Lisbon} was founded by Ulysses. The kingdom of {L|Hallownest}: \
             {P|Hallownest} was founded by the {P|Pale King}. {P|Ana Lopes} was founded in \
             spirit.",
        );
        assert_eq!(names(&e.organisations), ["Atari", "Zorblax"]);
        assert_eq!(e.organisations[0].mentions.len(), 2);
        assert_eq!(names(&e.places), ["Sunnyvale", "Lisbon", "Hallownest"]);
        assert_eq!(
            names(&e.people),
            ["Nolan Bushnell", "Warner Foo", "Pale King", "Ana Lopes"]
        );
    }

    #[test]
    fn companies_are_known_by_what_is_said_around_them() {
        let (_, e) = link_marked(
            "Shares of Bre-X fell. {P|Heineken} said in a statement it would grow. \
             {P|Heineken} rose. {P|Anna Smith} said she was pleased. A stake in {L|Fiat} \
             was sold. Shares of the company fell.",
        );
        assert_eq!(names(&e.people), ["Anna Smith"]);
        assert_eq!(names(&e.organisations), ["Bre-X", "Heineken", "Fiat"]);
        assert_eq!(e.organisations[1].mentions.len(), 2);
        assert!(e.places.is_empty());
        // Its customers, its officers, and `which`; not a person's `which`
        // for a work, nor a person of a known name or a town.
        let (_, e) = link_marked(
            "{P|Lumenvault} customers lost money. {P|Vayu}'s chief executive spoke. \
             Prosecutors said {P|Energocom}, which had offices, failed. {P|Smith}, which \
             was odd, left. They visited {P|Tavildara}, which is small. He wrote \
             Midnight's {P|Children}, which won.",
        );
        assert_eq!(names(&e.organisations), ["Lumenvault", "Vayu", "Energocom"]);
        assert_eq!(names(&e.people), ["Smith"]);
        assert_eq!(names(&e.places), ["Tavildara"]);
        // By the words that end firms' names; such a word is no surname
        // after a given name.
        let (_, e) = link_marked(
            "{P|Vayu Motors} grew. {P|BlueRock Therapeutics} and {P|Daniels \
             Pharmaceuticals} merged. It is controlled by {P|Abra} Group.",
        );
        assert!(e.people.is_empty(), "{:?}", names(&e.people));
        assert_eq!(
            names(&e.organisations),
            [
                "Vayu Motors",
                "BlueRock Therapeutics",
                "Daniels Pharmaceuticals"
            ]
        );
    }

    #[test]
    fn a_name_that_begins_an_organisations_name_is_one() {
        let (_, e) = link_marked(
            "Singles went out through the {O|Sub Pop Singles Club}. {P|Sub Pop} survived. \
             Analysts at {O|Morgan Stanley} agree, {P|Morgan} said. {P|Nelson Mandela} \
             spoke at the {O|Nelson Mandela Foundation}. {P|Henry Ford} built the \
             {O|Ford Motor Company}; {P|Ford} said so. {O|Johnson Controls Inc} rose; \
             {P|Johnson Controls} said so.",
        );
        assert_eq!(
            names(&e.organisations),
            [
                "Sub Pop Singles Club",
                "Sub Pop",
                "Morgan Stanley",
                "Nelson Mandela Foundation",
                "Ford Motor Company",
                "Johnson Controls Inc"
            ]
        );
        // A name in full with a legal form alone after it is the firm's.
        assert_eq!(e.organisations[5].mentions.len(), 2);
        // `Morgan` alone is the one organisation that begins with it.
        assert_eq!(e.organisations[2].mentions.len(), 2);
        assert_eq!(names(&e.people), ["Nelson Mandela", "Henry Ford"]);
    }

    #[test]
    fn a_name_placed_twice_is_no_organisations_short_name() {
        // Marked as a place at two mentions: a place, though a university
        // is named after it.
        let (_, e) = link_marked(
            "Many women from {P|Jeju} went to {L|Osaka}. The {P|Jeju} government pays. \
             She studied at {O|Jeju National University}. People in {P|Jeju} stopped buying.",
        );
        assert_eq!(names(&e.places), ["Jeju", "Osaka"]);
        assert_eq!(e.places[0].mentions.len(), 3);
        assert_eq!(names(&e.organisations), ["Jeju National University"]);
        assert!(e.people.is_empty(), "{:?}", e.people);
        // Once is too little: a publisher's short name after `from`.
        let (_, e) = link_marked(
            "It went from {P|Faber} novel to film. It was published by {O|Faber & Faber} \
             in {L|London}.",
        );
        assert_eq!(names(&e.organisations), ["Faber & Faber"]);
        assert_eq!(e.organisations[0].mentions.len(), 2);
        assert!(e.people.is_empty() && e.places.len() == 1, "{e:?}");
    }

    #[test]
    fn a_publisher_is_an_organisation_but_not_an_author() {
        let (_, e) = link_marked(
            "The novel was published by {P|Heinemann} in 1958. {P|Heinemann} grew. An essay \
             by {P|George Orwell}, published by {P|Orwell} himself. The game was developed by \
             {P|Naughty Dog}; a theory developed by {P|Orwell}.",
        );
        assert_eq!(names(&e.organisations), ["Heinemann", "Naughty Dog"]);
        assert_eq!(e.organisations[0].mentions.len(), 2);
        assert_eq!(names(&e.people), ["George Orwell"]);
        let (_, e) = link_marked(
            "EMI, the parent company of {L|Harvest}, agreed. {P|Alan Hill}, an editor at \
             {L|Heinemann}, left. It was released by {P|Potomak}. {P|Gilberto Gil} \
             sang; it was acquired by {P|Gilberto}.",
        );
        assert_eq!(names(&e.organisations), ["Harvest", "Heinemann", "Potomak"]);
        assert_eq!(names(&e.people), ["Alan Hill", "Gilberto Gil"]);
    }

    #[test]
    fn a_side_beaten_by_a_score_is_a_club() {
        let (_, e) = link_marked(
            "Arsenal won the cup, beating {O|Chelsea} 2-1. {P|Chelsea} had led. They drew \
             with {P|Warrington} 14\u{2013}14. {L|Mexico} beat {L|Panama} 3-0. \
             {P|Sampras} beat {P|Agassi} 6-4 6-3. He met {P|Dale} 2-1 up.",
        );
        assert_eq!(names(&e.organisations), ["Chelsea", "Warrington"]);
        assert_eq!(e.organisations[0].mentions.len(), 2);
        assert_eq!(names(&e.places), ["Mexico", "Panama"]);
        // (`Sampras`, unknown and alone, is not listed; `Agassi` is by his
        // sets.)
        assert_eq!(names(&e.people), ["Agassi", "Dale"]);
        assert!(one_score_after(" 23-10."));
        assert!(!one_score_after(" 6-4, 7-5"));
        assert!(!one_score_after(" 2-1a"));
        assert!(!one_score_after("2-1"));
        assert!(!one_score_after(" 2009-10 season"));
    }

    #[test]
    fn a_name_before_its_founder_or_its_chairman_is_an_organisations() {
        let [people, places, organisations] = test_support::linked(
            "{L|Amazon} founder {P|Jeff Bezos} left. {P|Fed} chairman {P|Jerome Powell} \
             spoke. {L|Kenya} beat {L|Uganda}.",
        );
        assert_eq!(organisations, ["Amazon", "Fed"]);
        assert_eq!(people, ["Jeff Bezos", "Jerome Powell"]);
        assert_eq!(places, ["Kenya", "Uganda"]);
    }

    #[test]
    fn a_person_named_in_full_says_things_in_statements_too() {
        let (_, e) = link_marked(
            "Director {P|Neil Jordan} spoke. \"It was hard,\" {P|Jordan} said in a statement. \
             {P|Heineken} said in a statement it would grow.",
        );
        assert_eq!(names(&e.people), ["Neil Jordan"]);
        assert_eq!(e.people[0].mentions.len(), 2);
        assert_eq!(names(&e.organisations), ["Heineken"]);
    }

    #[test]
    fn bands_labels_and_clubs_are_known_by_the_words_around_them() {
        let (_, e) = link_marked(
            "The English rock band {P|Joy Division} recorded it. {P|Hutchings} formed \
             {P|Steeleye Span}. {P|Sepultura} were formed in {L|Belo Horizonte}. The band \
             signed to {L|Rough Trade}. {P|Robert Plant}, formerly of {P|Led Zeppelin}, sang. \
             {P|Thom Yorke} formed the {P|Smile} with {P|Tom Skinner}.",
        );
        assert_eq!(
            names(&e.people),
            ["Hutchings", "Robert Plant", "Thom Yorke", "Tom Skinner"]
        );
        assert_eq!(
            names(&e.organisations),
            [
                "Joy Division",
                "Steeleye Span",
                "Sepultura",
                "Rough Trade",
                "Led Zeppelin",
                "Smile"
            ]
        );
        assert_eq!(names(&e.places), ["Belo Horizonte"]);
    }

    #[test]
    fn a_club_named_for_its_town_is_known_by_who_plays_for_it() {
        let (_, e) = link_marked(
            "She played for {L|Santa Cruz} in {L|Belo Horizonte}, then for {L|Brazil}. \
             {P|Kante} signed from {L|Caen}. He played for the {L|Washington Capitals}. \
             {P|Marta} joined {L|Orlando} and later played for {L|France}.",
        );
        assert_eq!(
            names(&e.organisations),
            ["Santa Cruz", "Caen", "Washington Capitals", "Orlando"]
        );
        assert_eq!(names(&e.places), ["Belo Horizonte", "Brazil", "France"]);
        // And a party by who leads it, but a country.
        let (_, e) = link_marked(
            "He served as leader of {P|Plaid Cymru} until 2000. {P|Plaid Cymru} won. The \
             leader of {L|France} spoke.",
        );
        assert_eq!(names(&e.organisations), ["Plaid Cymru"]);
        assert_eq!(names(&e.places), ["France"]);
        assert!(e.people.is_empty(), "{:?}", e.people);
    }

    #[test]
    fn papers_and_legal_forms_make_organisations() {
        let (_, e) = link_marked(
            "The sale was delayed, {P|Zycie Warszawy} daily said. {P|Zycie Warszawy} said \
             more. It was in the news weekly {P|Der Spiegel}. It was released by {P|Warner \
             Bros}. {P|Philips NV} and {P|Nokia Oyj} agreed. A sawmill, {P|Lemn Iza} {L|SRL}, \
             opened. {P|Agrana Kft} and {P|Marbles SARL} merged.",
        );
        assert_eq!(
            names(&e.organisations),
            [
                "Zycie Warszawy",
                "Der Spiegel",
                "Warner Bros.",
                "Philips NV",
                "Nokia Oyj",
                "Lemn Iza SRL",
                "Agrana Kft",
                "Marbles SARL"
            ]
        );
        assert!(e.people.is_empty());
    }

    #[test]
    fn legal_forms_after_a_place_in_brackets_or_a_comma_make_organisations() {
        let (_, e) = link_marked(
            "Write to {P|Haldorsen Subsea} A/S, Personnel Department. {P|Haldorsen Subsea} \
             ({L|UK}) {O|Ltd} is in {L|Aberdeen}. {L|Sonamar Serviços}, {L|Lda} is a partner. \
             {O|Companion Marble} (Holdings) {O|Ltd} sold.",
        );
        let organisations = names(&e.organisations);
        assert_eq!(
            organisations[..3],
            [
                "Haldorsen Subsea A/S",
                "Haldorsen Subsea (UK) Ltd",
                "Sonamar Serviços, Lda"
            ]
        );
        // Not a word in brackets that is no place's.
        assert!(
            organisations.contains(&"Companion Marble"),
            "{organisations:?}"
        );
        assert_eq!(names(&e.places), ["Aberdeen"]);
        assert!(e.people.is_empty(), "{:?}", e.people);
    }

    #[test]
    fn legal_forms_with_dots_or_taken_alone_make_organisations() {
        let (_, e) = link_marked(
            "{P|Gerard Heineken} founded it. {P|Heineken N.V.} grew. Shares in Acme Ltd. rose. \
             Philips {P|N.V.} said so. Telefonica {L|S.A.} fell. He met {P|Anna Smith} there.",
        );
        assert_eq!(
            names(&e.organisations),
            [
                "Heineken N.V.",
                "Acme Ltd.",
                "Philips N.V.",
                "Telefonica S.A."
            ]
        );
        assert_eq!(names(&e.people), ["Gerard Heineken", "Anna Smith"]);
        assert!(e.places.is_empty());
    }

    #[test]
    fn what_is_bought_or_acquired_is_a_body_with_what_is_listed_after_it() {
        let (_, e) = link_marked(
            "The {O|Walt Disney Company} was founded by {P|Walt Disney}. {P|Disney} later \
             bought {P|Pixar} and {P|Marvel}, and acquired {P|Lucasfilm}. {P|Anna Smith} \
             bought {P|Smith}'s farm. He took over {P|Mobil} and {P|John Brown}. It is an \
             imprint of {L|Random House}.",
        );
        assert_eq!(
            names(&e.organisations),
            [
                "Walt Disney Company",
                "Pixar",
                "Marvel",
                "Lucasfilm",
                "Mobil",
                "Random House"
            ]
        );
        // Not a person named in full, nor one whose possession is bought.
        assert_eq!(
            names(&e.people),
            ["Walt Disney", "Anna Smith", "John Brown"]
        );
    }

    #[test]
    fn cues_for_groups_spare_people_lists_and_possessives() {
        let (_, e) = link_marked(
            "Members of {P|Suu Kyi}'s party met. {P|Anna Smith} and {P|Jones} were there. \
             Fighters in {L|Chechnya} were killed. Injuries to {P|Mary Joe Fernandez} have \
             forced her out. {P|Boris Yeltsin} founded nothing.",
        );
        assert_eq!(
            names(&e.people),
            [
                "Suu Kyi",
                "Anna Smith",
                "Jones",
                "Mary Joe Fernandez",
                "Boris Yeltsin"
            ]
        );
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
        assert_eq!(names(&e.places), ["Chechnya"]);
    }

    #[test]
    fn record_labels_schools_and_museums_are_organisations_and_prizes_nothing() {
        let (_, e) = link_marked(
            "{P|Mute Records} released it; {P|Harvest Records} did not. She went to \
             {P|Maesydderwen School} and the {L|British Museum}. It won the {P|Booker Prize} \
             and the {P|Grammy Award}. The {L|Battle of Bosworth Field} ended it. The \
             {P|North Atlantic Treaty Organisation} met.",
        );
        assert!(e.people.is_empty(), "{:?}", e.people);
        assert!(e.places.is_empty(), "{:?}", e.places);
        assert_eq!(
            names(&e.organisations),
            [
                "Mute Records",
                "Harvest Records",
                "Maesydderwen School",
                "British Museum",
                "North Atlantic Treaty Organisation"
            ]
        );
    }

    #[test]
    fn a_body_named_with_its_article_is_the_body_without_it_in_either_order() {
        for src in [
            "He asked what the {O|Government} is doing. Answer: {O|The Government} has \
             acted. I met the {O|Welsh Government}'s secretary.",
            "Answer: {O|The Government} has acted. He asked what the {O|Government} did.",
        ] {
            let (_, e) = link_marked(src);
            assert_eq!(names(&e.organisations)[0], "The Government", "{src}");
            assert_eq!(e.organisations[0].mentions.len(), 2, "{src}");
        }
    }

    #[test]
    fn a_title_and_a_surname_is_the_person_named_in_full() {
        let (_, e) = link_marked(
            "{P|Theresa} May spoke in {L|London} on Monday. Mrs. May said the talks \
             went well. Ms May left. Mr. Smith, Dr Who and Mrs. Robinson stayed.",
        );
        assert_eq!(names(&e.people), ["Theresa May"]);
        assert_eq!(e.people[0].mentions.len(), 3, "{:?}", e.people[0]);
        // Alone, the surname is her when she speaks, not when it is a word.
        let (_, e) = link_marked(
            "{P|Theresa} May spoke. May added that she would return. May I ask? \
             It may rain in May, said Mays.",
        );
        assert_eq!(names(&e.people), ["Theresa May"]);
        assert_eq!(e.people[0].mentions.len(), 2, "{:?}", e.people[0]);
        // So is a surname that is a title: when she speaks or is quoted,
        // not before a name or after `the`.
        let (_, e) = link_marked(
            "{P|Billie Jean King} led. \"We will win,\" said King. King said so. \
             King Hussein came. The King said nothing.",
        );
        assert_eq!(names(&e.people), ["Billie Jean King"]);
        assert_eq!(e.people[0].mentions.len(), 3, "{:?}", e.people[0]);
        // Not the end of a given name that a hyphen holds, which is no
        // surname (and here a pronoun).
        let (_, e) = link_marked("{P|Chung Li-he} works. \"I made them,\" he says.");
        assert_eq!(names(&e.people), ["Chung Li-he"]);
        assert_eq!(e.people[0].mentions.len(), 1, "{:?}", e.people[0]);
    }

    #[test]
    fn a_surname_taken_for_an_organisation_is_the_person_named_in_full() {
        let (_, e) = link_marked(
            "Winger {P|Gianluigi Lentini} moved. {O|Lentini}, 27, joined {O|Milan}. \
             {P|Henry Ford} spoke. The {O|Ford} Foundation paid. {O|Stirling} v {O|Dundee}. \
             {P|Ann Stirling} played.",
        );
        assert_eq!(
            names(&e.people),
            ["Gianluigi Lentini", "Henry Ford", "Ann Stirling"]
        );
        assert_eq!(e.people[0].mentions.len(), 2, "{:?}", e.people[0]);
        assert_eq!(
            names(&e.organisations),
            ["Milan", "Ford", "Stirling", "Dundee"]
        );
    }

    #[test]
    fn a_surname_of_a_name_found_to_be_a_clubs_is_no_person() {
        // `Polo` was gathered as a surname while the tagger's person
        // `Carrasco Polo` stood; the club's name alone stays the club's
        // once that name is found to be a club's. Each mark is a name, the
        // byte it is looked for from, and its kind.
        let kinds = |text: &str, marks: &[(&str, usize, Kind)]| -> Vec<Kind> {
            let mut spans: Vec<Span> = marks
                .iter()
                .map(|&(name, from, kind)| {
                    let at = from + text[from..].find(name).expect("marked name in text");
                    Span::new(text, at..at + name.len(), kind)
                })
                .collect();
            let surnames: HashSet64 = [fold_hash("Polo")].into_iter().collect();
            surnames_not_organisations(text, &surnames, &mut spans);
            spans.iter().map(|s| s.kind).collect()
        };
        // The club's; and a person's name that still ends in it makes it
        // the person's.
        let cases: [(&str, (&str, Kind), [Kind; 2]); 2] = [
            (
                "Carrasco Polo won the final. Later Polo lost.",
                ("Carrasco Polo", Kind::Organisation),
                [Kind::Organisation; 2],
            ),
            (
                "Ann Polo won the final. Later Polo lost.",
                ("Ann Polo", Kind::Person),
                [Kind::Person; 2],
            ),
        ];
        for (text, first, expected) in cases {
            let later = text.find("Later").expect("a later mention");
            let marks = [(first.0, 0, first.1), ("Polo", later, Kind::Organisation)];
            assert_eq!(kinds(text, &marks), expected, "{text}");
        }
    }

    #[test]
    fn a_family_in_the_plural_is_people_when_one_of_it_is_named() {
        for src in [
            "{P|President Clinton} spoke. It would damage the {O|Clintons}.",
            "{P|Bill Clinton} spoke. It would damage the {O|Clintons}.",
            "{P|Park Dong-ik} hires a tutor. Jobs with the {O|Parks} pay well.",
        ] {
            let [people, _, organisations] = linked(src);
            assert_eq!(people.len(), 2, "{src}: {people:?}");
            assert!(organisations.is_empty(), "{src}: {organisations:?}");
        }
        // Not with no one of the name, nor without `the`.
        let [_, _, organisations] = linked("{P|Bill Clinton} spoke. The {O|Yankees} won.");
        assert_eq!(organisations, ["Yankees"]);
        let [_, _, organisations] = linked("{P|Bill Clinton} spoke. {O|Clintons} rose.");
        assert_eq!(organisations, ["Clintons"]);
    }

    #[test]
    fn a_surname_alone_stays_the_person_unless_marked_a_place() {
        let (_, e) = link_marked(
            "{P|Michael Jordan} arrived in {L|Amman} for a visit to {L|Jordan}. \
             {L|Jordan}, who won six titles, smiled. He left for {L|Jordan} later.",
        );
        assert_eq!(names(&e.people), ["Michael Jordan"]);
        assert_eq!(e.people[0].mentions.len(), 2, "{:?}", e.people[0]);
        assert_eq!(names(&e.places), ["Amman", "Jordan"]);
        assert_eq!(e.places[1].mentions.len(), 2, "{:?}", e.places[1]);
        // With no person of that name, a place stays a place.
        let (_, e) = link_marked("{L|Jordan} said it would help. {P|Anna Smith} agreed.");
        assert_eq!(names(&e.places), ["Jordan"]);
    }

    #[test]
    fn a_name_tagged_both_ways_takes_one_kind() {
        let (_, e) = link_marked("{L|Go Myung-Hyun} said. Later {P|Go Myung-hyun} added.");
        assert_eq!(names(&e.people), ["Go Myung-Hyun"]);
        assert!(e.places.is_empty());
        let (_, e) = link_marked("{L|Jordan} and {L|Jordan} and {P|Jordan}; {P|USA}");
        assert_eq!(names(&e.places), ["Jordan", "United States"]);
        assert!(e.people.is_empty());
        // A tie goes to the place when a place's mention is written as one.
        let (_, e) = link_marked("They crossed to {P|Ceylon}. A ruler in {L|Ceylon} fled.");
        assert_eq!(names(&e.places), ["Ceylon"]);
        assert!(e.people.is_empty());
        // Not before a possessive, and not otherwise.
        let (_, e) = link_marked("{P|Jordan} said so. He starred in {L|Jordan}'s film.");
        assert_eq!(names(&e.people), ["Jordan"]);
        let (_, e) = link_marked("{P|Ceylon} said so. {L|Ceylon} agreed.");
        assert_eq!(names(&e.people), ["Ceylon"]);
        // A place's mention written as one outweighs two of an organisation
        // that nothing else marks (a village the tagger did not know), but
        // not of a listed place, which names teams too.
        let (_, e) = link_marked(
            "A rail at {O|Dinsho}. The guide at the park headquarters in {L|Dinsho} \
             waited. Back at {O|Dinsho} we ate.",
        );
        assert_eq!(names(&e.places), ["Dinsho"]);
        assert!(e.organisations.is_empty());
        let (_, e) = link_marked("{O|Chicago} won. Fans in {L|Chicago} cheered {O|Chicago}.");
        assert_eq!(names(&e.organisations), ["Chicago"]);
    }

    #[test]
    fn a_name_in_capitals_gives_way_to_the_same_name_written_normally() {
        let (_, e) = link_marked(
            "{L|CARACAS}, {L|Venezuela} - {P|MADURO} spoke in {L|Caracas}. {P|Nicolas Maduro} left.",
        );
        assert_eq!(names(&e.places), ["Caracas", "Venezuela"]);
        assert_eq!(e.places[0].aliases, ["CARACAS"]);
        assert_eq!(names(&e.people), ["Nicolas Maduro"]);
        // With nothing else to choose, the capitals stay.
        let (_, e) = link_marked("{L|CARACAS} - rain.");
        assert_eq!(names(&e.places), ["CARACAS"]);
    }

    #[test]
    fn mentions_are_in_text_order_and_entities_by_first_mention() {
        let (text, mut spans) = marked("{L|Seoul} and {P|Moon Jae-in}; {L|Seoul} and {P|Moon}");
        spans.reverse();
        let e = link_spans(&text, spans);
        assert_eq!(e.places[0].mentions, [0..5, 23..28]);
        assert_eq!(e.people[0].mentions, [10..21, 33..37]);
    }

    #[test]
    fn bad_and_overlapping_spans_are_ignored() {
        let text = "Kim Jong Un in Seoul";
        let spans = vec![
            (0..11, Kind::Person),
            (0..3, Kind::Person),
            (15..20, Kind::Place),
            (15..99, Kind::Place),
            (3..3, Kind::Place),
        ];
        let e = link_spans(text, spans);
        assert_eq!(e.people[0].mentions, [0..11]);
        assert_eq!(e.places[0].mentions, [15..20]);
        let cjk = "習近平";
        assert_eq!(
            link_spans(cjk, vec![(1..3, Kind::Person)]),
            Entities::default()
        );
    }

    #[test]
    fn names_in_scripts_without_case_are_kept() {
        let (text, e) = link_marked("{P|習近平}在{L|北京}。");
        assert_eq!(&text[e.people[0].mentions[0].clone()], "習近平");
        assert_eq!(e.places[0].name, "北京");
    }

    // The same hard cases end to end: the real tagger, then linking.

    fn names_of(entities: &[Summary]) -> Vec<&str> {
        entities.iter().map(|e| e.0.as_str()).collect()
    }

    fn extracted(text: &str) -> (Vec<Summary>, Vec<Summary>) {
        let e = super::super::extract(text);
        (summary(text, &e.people), summary(text, &e.places))
    }

    /// Every mention of `text`'s entities, as text.
    fn mention_texts(text: &str) -> Vec<&str> {
        let e = super::super::extract(text);
        e.people
            .iter()
            .chain(&e.places)
            .flat_map(|e| e.mentions.iter().map(|r| &text[r.clone()]))
            .collect()
    }

    #[test]
    fn extract_takes_initials_of_several_bytes() {
        // (A title makes the tagger sure of a person: on its own, `J.É
        // Smith` may be taken for a firm of initials, as `J.P. Morgan` is.)
        let people = extracted("Mr J.\u{c9} Smith said he was pleased.").0;
        assert_eq!(names_of(&people), ["J.\u{c9} Smith"]);
        let text = "He met \u{414}.\u{421} Smith and \u{391}.\u{395} Jones.";
        assert_eq!(
            names_of(&extracted(text).0),
            ["\u{414}.\u{421} Smith", "\u{391}.\u{395} Jones"]
        );
        let text = "\u{414}.\u{421}. \u{418}\u{432}\u{430}\u{43d}\u{43e}\u{432} and \
                    \u{391}.\u{395}. \u{3a0}\u{3b1}\u{3c0}\u{3ac}\u{3c2} met in Athens.";
        assert!(mention_texts(text).contains(&"Athens"));
    }

    #[test]
    fn extract_reads_words_apart_at_a_space_of_several_bytes() {
        let (_, places) = extracted("Visit\u{a0}the United States of America now.");
        assert_eq!(
            places,
            [(
                "United States".into(),
                strings(&["United States of America"]),
                strings(&["United States of America"])
            )]
        );
        for space in ["\u{a0}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{85}"] {
            let text = format!("Kim{space}Jong Un met Moon{space}in Seoul{space}of Korea.");
            mention_texts(&text);
        }
    }

    #[test]
    fn extract_links_surnames_and_drops_demonyms_and_titles() {
        let (people, places) = extracted(
            "North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing. \
             Kim said Xi was right.",
        );
        assert_eq!(
            people,
            [
                (
                    "Kim Jong Un".into(),
                    strings(&["Kim"]),
                    strings(&["Kim Jong Un", "Kim"])
                ),
                (
                    "Xi Jinping".into(),
                    strings(&["Xi"]),
                    strings(&["Xi Jinping", "Xi"])
                ),
            ]
        );
        assert_eq!(places, [("Beijing".into(), vec![], strings(&["Beijing"]))]);
    }

    #[test]
    fn extract_gives_the_main_kim_his_surname_and_possessive() {
        let (people, _) = extracted(
            "Kim Jong Un met President Trump. Kim\u{2019}s sister Kim Yo Jong went to Seoul. \
             Later Kim returned home.",
        );
        assert_eq!(
            people,
            [
                (
                    "Kim Jong Un".into(),
                    strings(&["Kim"]),
                    strings(&["Kim Jong Un", "Kim", "Kim"])
                ),
                ("Trump".into(), vec![], strings(&["Trump"])),
                ("Kim Yo Jong".into(), vec![], strings(&["Kim Yo Jong"])),
            ]
        );
    }

    #[test]
    fn extract_gives_the_sister_the_surname_when_she_is_the_subject() {
        let (people, _) = extracted(
            "Kim Yo Jong arrived in Seoul on Friday. Kim Yo Jong met officials there. \
             Her brother Kim Jong Un stayed in Pyongyang. Kim flew home on Sunday.",
        );
        assert_eq!(people[0].0, "Kim Yo Jong");
        assert_eq!(people[0].2, strings(&["Kim Yo Jong", "Kim Yo Jong", "Kim"]));
        assert_eq!(people[1].2, strings(&["Kim Jong Un"]));
    }

    #[test]
    fn extract_joins_country_aliases() {
        let (_, places) =
            extracted("He wants talks with the United States. The U.S. did not reply.");
        assert_eq!(
            places,
            [(
                "United States".into(),
                strings(&["U.S."]),
                strings(&["United States", "U.S."])
            )]
        );
        let (_, places) = extracted(
            "China said the DPRK, officially the Democratic People\u{2019}s Republic of Korea, agreed.",
        );
        assert_eq!(places[1].0, "North Korea");
        assert_eq!(
            places[1].2,
            strings(&["DPRK", "Democratic People\u{2019}s Republic of Korea"])
        );
    }

    #[test]
    fn extract_lists_no_organisations_or_events() {
        let (people, places) = extracted(
            "Chinese state media cited the New China News Agency and the Asan Institute for \
             Policy Studies. U.N. sanctions stay. The Winter Olympics were held in South Korea.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(
            places,
            [("South Korea".into(), vec![], strings(&["South Korea"]))]
        );
    }

    #[test]
    fn extract_matches_hyphenated_names_whatever_their_case() {
        let (people, _) = extracted(
            "Comments came from Go Myung-Hyun in Seoul. Later, Go Myung-hyun added more.",
        );
        assert_eq!(
            people,
            [(
                "Go Myung-Hyun".into(),
                strings(&["Go Myung-hyun"]),
                strings(&["Go Myung-Hyun", "Go Myung-hyun"])
            )]
        );
    }
}
