//! Names of what is not listed that the words around them give away, which
//! are dropped: works (`the 1954 film Seven Samurai`, `Their first album,
//! Absolutego,`, `novels such as Mister Johnson`, `films, including Rashomon
//! and Drunken Angel`), peoples (`the Igbo people`, `the Evenk and Oroqen
//! peoples`), ships, craft and heavenly bodies (`HMS Belfast`, `the
//! asteroid Itokawa`), and the models of cars and phones named after their
//! makers (`Honda Jazz`, `Samsung Galaxy`).

use std::ops::Range;
use std::sync::OnceLock;

use super::evidence::{place_head, shown_as_person};
use super::firms::firm_ending;
use super::short::Short;
use super::{
    HashSet64, Kind, Span, among, common_word, family_name, folded, given_name, is_demonym,
    is_organisation, list_goes_on, listed_place, listed_town, person_named_in_full, word_after,
    word_before,
};

/// Nouns for works, and for ships, craft and heavenly bodies, that a name
/// right after them is the name of.
pub(super) const NOUNS: &str = "album albums anime aria ballad ballet documentary documentaries episode \
     film films manga miniseries movie movies musical novel novella novels opera operas \
     painting paintings poem poems prequel remake sequel sitcom song songs series sculpture \
     soundtrack \
     symphony telenovela trilogy \
     airliner airship asteroid barque battleship boat capsule clipper comet constellation \
     corvette cruiser exoplanet galaxy nebula \
     destroyer ferry freighter frigate galleon gunboat icebreaker lander lightship liner \
     locomotive module orbiter pulsar racehorse rocket rover satellite schooner ship sloop \
     spacecraft steamer steamship submarine tanker trawler tugboat warship whaler yacht";

/// Nouns for works and craft that are other words too (`to play Hamlet`,
/// `the game Arsenal lost`, `the carrier Lufthansa`): only after one of
/// [`QUALIFIERS`] (`his book`, `the video game`, `an expanded edition`, `the
/// aircraft carrier`).
pub(super) const QUALIFIED_NOUNS: &str = "book books carrier carriers edition game games play plays record \
     records show shows single singles";

/// Words before a noun of [`QUALIFIED_NOUNS`] that make it a work's.
const QUALIFIERS: &str = "action adventure aircraft arcade board card computer debut expanded \
     fifth final first fourth her his hit its latest lead new platform puzzle racing \
     role-playing second strategy their third video";

/// Whether `noun`, written in lower case at `at`, is a work's noun (see
/// [`NOUNS`]).
fn work_noun(text: &str, at: usize, noun: &str) -> bool {
    static NOUNS_SET: OnceLock<HashSet64> = OnceLock::new();
    static QUALIFIERS_SET: OnceLock<HashSet64> = OnceLock::new();
    noun.starts_with(|c: char| c.is_ascii_lowercase())
        && (among(&NOUNS_SET, NOUNS, noun)
            || (qualified_noun(noun)
                && word_before(text, at)
                    .is_some_and(|q| among(&QUALIFIERS_SET, QUALIFIERS, &text[q]))))
}

/// Whether `noun` is one of [`QUALIFIED_NOUNS`], in lower case.
fn qualified_noun(noun: &str) -> bool {
    static QUALIFIED_SET: OnceLock<HashSet64> = OnceLock::new();
    noun.starts_with(|c: char| c.is_ascii_lowercase())
        && among(&QUALIFIED_SET, QUALIFIED_NOUNS, noun)
}

/// The word before `r` on its line, and that word without a trailing comma.
fn before<'t>(text: &'t str, r: &Range<usize>) -> Option<(Range<usize>, &'t str)> {
    let w = word_before(text, r.start)?;
    let word = &text[w.clone()];
    Some((w, word.strip_suffix(',').unwrap_or(word)))
}

/// Whether a comma follows `end`, maybe after the rest of a title the name
/// begins: up to six words, each capitalised or a short word of a title
/// (`Things` `Fall Apart,`, `Gone` `with the Wind,`).
fn title_then_comma(text: &str, end: usize) -> bool {
    let mut rest = &text[end..];
    for _ in 0..6 {
        if rest.starts_with(',') {
            return true;
        }
        let Some(after) = rest.strip_prefix(' ') else {
            return false;
        };
        let word_len = after.find([' ', ',', '\n']).unwrap_or(after.len());
        let word = &after[..word_len];
        let titled = word.starts_with(|c: char| c.is_uppercase())
            || matches!(
                word,
                "a" | "an" | "and" | "in" | "of" | "on" | "the" | "to" | "with"
            );
        if word.is_empty() || !titled {
            return false;
        }
        rest = &after[word_len..];
    }
    rest.starts_with(',')
}

/// Whether the words before the name `text[name]` make it a work's: a
/// work's noun right before it (`the film Rashomon`), or set off by commas
/// after one (`Their first album, Absolutego, was`, and `His first novel,
/// Things Fall Apart, was` with the name the start of the title; not `In
/// the first game, Sandberg scored`), or before `including`, `such as` or `among
/// them` (`films, including Rashomon`), or right after `wrote`. An
/// article the name left out may come between (`the album The Ideal
/// Copy`).
fn work_before(text: &str, name: &Range<usize>) -> bool {
    // A title in quotes: the words before the opening quote (`the single
    // "Love Like Blood"`).
    let open = ['"', '\u{201c}']
        .iter()
        .find(|q| text[..name.start].ends_with(**q))
        .map_or(0, |q| q.len_utf8());
    let mut at = name.start - open..name.start - open;
    if let Some((w, word)) = before(text, &at)
        && matches!(word, "The" | "the" | "A" | "An" | "a" | "an")
    {
        at = w;
    }
    let Some((w, word)) = before(text, &at) else {
        return false;
    };
    if text[w.clone()].ends_with(',') {
        return title_then_comma(text, name.end) && work_noun(text, w.start, word);
    }
    // `wrote Hamlet`: what one writes is a work (not `painted` or
    // `directed`, whose object is often a person, nor `composed`, which is
    // also said of a calm person: `a composed Bernardin told`).
    if work_noun(text, w.start, word) || matches!(word, "wrote" | "co-wrote") {
        return true;
    }
    // A title in quotes needs no qualifier (`the single "Love Like
    // Blood"`), nor a game after its platform's name (`the PlayStation
    // game Crash Bandicoot`; not a person named in full: `the Arsenal game
    // Joe Bloggs lost`).
    if qualified_noun(word)
        && (open > 0
            || (matches!(word, "game" | "games")
                && word_before(text, w.start).is_some_and(|q| {
                    text[q.clone()].starts_with(|c: char| c.is_uppercase())
                        && !super::common_word(&text[q])
                })
                && !text[name.clone()]
                    .split_once_byte(b' ')
                    .is_some_and(|(first, _)| super::named_in_full(&text[name.clone()], first))))
    {
        return true;
    }
    let noun = match word {
        "including" => before(text, &w),
        "as" | "them" => before(text, &w)
            .filter(|(_, lead)| matches!((word, *lead), ("as", "such") | ("them", "among")))
            .and_then(|(lead, _)| before(text, &lead)),
        _ => None,
    };
    noun.is_some_and(|(n, noun)| work_noun(text, n.start, noun))
}

/// Participles after a name and a comma that make it a work's when a
/// preposition follows (`Tassili, recorded in the Algerian desert`, `Pink,
/// released in 2005`).
pub(super) const MADE: &str = "issued premiered published recorded released written";

/// Prepositions after one of [`MADE`].
const MADE_HOW: &str = "at by for in on through under with";

/// Whether the words after the name `text[name]` make it a work's: a comma,
/// then a work's noun with its article and at most two words between
/// (`Recanto, an album of electronic textures`, `Intermezzo, her fourth
/// novel`, `the Ross Revenge, a former Icelandic trawler`), or one of
/// [`MADE`] and a preposition (`Odyshape, released in 1981`).
fn work_after(text: &str, name: &Range<usize>) -> bool {
    static MADE_SET: OnceLock<HashSet64> = OnceLock::new();
    static HOW_SET: OnceLock<HashSet64> = OnceLock::new();
    let Some(rest) = text[name.end..].strip_prefix(',') else {
        return false;
    };
    let at = name.end + 1;
    let Some(first) = word_after(text, at) else {
        return false;
    };
    let word = &text[first.clone()];
    if among(&MADE_SET, MADE, word) {
        // Not a name right after a noun, which the participle may be said
        // of (`the band Joy Division, released on`, `the writer Chinua
        // Achebe, published in`); a comma or a full stop sets it apart.
        let after_noun = word_before(text, name.start).is_some_and(|w| {
            let w = &text[w];
            w.starts_with(|c: char| c.is_lowercase())
                && w.ends_with(char::is_alphabetic)
                && !matches!(
                    w,
                    "a" | "an"
                        | "and"
                        | "as"
                        | "at"
                        | "by"
                        | "from"
                        | "in"
                        | "of"
                        | "on"
                        | "or"
                        | "the"
                        | "to"
                        | "with"
                )
        });
        return !after_noun
            && word_after(text, first.end).is_some_and(|w| among(&HOW_SET, MADE_HOW, &text[w]));
    }
    if !matches!(word, "a" | "an" | "the" | "his" | "her" | "its" | "their") || rest.is_empty() {
        return false;
    }
    // Not a work's noun before a person's that it qualifies (`Udhayanidhi
    // Stalin, a film actor and producer`).
    let noun_at = |w: Range<usize>| {
        let word = &text[w.clone()];
        let noun = word.trim_end_matches([',', '.', ';', ':']);
        work_noun(text, w.start, noun)
            && !(noun.len() == word.len()
                && word_after(text, w.end).is_some_and(|n| {
                    super::nouns::persons_noun(
                        text[n].trim_end_matches(|c: char| !c.is_alphabetic()),
                    )
                }))
    };
    let Some(second) = word_after(text, first.end) else {
        return false;
    };
    let third = word_after(text, second.end);
    noun_at(second.clone())
        || third.clone().is_some_and(noun_at)
        || third.is_some_and(|w| {
            !text[w.clone()].ends_with(',') && word_after(text, w.end).is_some_and(noun_at)
        })
}

/// Last words of the names of newspapers and journals, which are known by
/// their article too (`The Times`, `The Lancet`).
const PAPERS: &str = "Advertiser Advocate Age Argus Australian Bulletin Chronicle Citizen \
     Courant Courier Dispatch Economist Enquirer Examiner Express Gazette Gleaner Globe Guardian \
     Herald Hindu Independent Inquirer Journal Lancet Leader Mail Mercury Mirror Nation Observer \
     Oregonian Post Register Review Scotsman Sentinel Spectator Standard Star Statesman Sun \
     Telegraph Times Tribune";

/// Whether the name of `s`, taken for an organisation's, comes right after
/// a capital `The` or `A` in the middle of a sentence, as a title does
/// (`Roy won for The God of Small Things`, `produced A Grain of Wheat`):
/// not when a word of it names a body (`The University of St Andrews`), it
/// is capitalised words ending in a plural, as a band's name is (`The
/// Raincoats`), or it ends as a newspaper's (`The Times`).
fn titled_mid_sentence(text: &str, s: &Span) -> bool {
    static PAPERS_SET: OnceLock<HashSet64> = OnceLock::new();
    if s.kind != Kind::Organisation {
        return false;
    }
    let Some(article) = word_before(text, s.start) else {
        return false;
    };
    if !matches!(&text[article.clone()], "The" | "A") {
        return false;
    }
    // The word before the article ends in a small letter or a comma.
    let mid_sentence = word_before(text, article.start).is_some_and(|w| {
        text[w]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c == ',')
    });
    let surface = &text[s.range()];
    let last = surface.rsplit_byte(b' ').next().unwrap_or(surface);
    // (A title's last word may be a plural after a small word: `The God
    // of Small Things`.)
    let plural = last.ends_with('s')
        && !last.ends_with("ss")
        && !surface
            .split_byte(b' ')
            .any(|w| w.starts_with(char::is_lowercase));
    mid_sentence
        && !plural
        && !among(&PAPERS_SET, PAPERS, last)
        && !is_organisation(&folded(surface))
}

/// Prefixes of ships' names: `HMS Belfast`, `USS Enterprise`, `MV Uhuru II`.
pub(super) const SHIP_PREFIXES: &[&str] =
    &["HMS", "HMAS", "HMCS", "HMNZS", "MV", "RMS", "RV", "USS"];

/// The spans (in text order, apart), without ships' names (`HMS Belfast`).
pub(super) fn without_ships(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|s| {
        let surface = &text[s.range()];
        let prefix = |p: &&str| {
            surface
                .strip_prefix(*p)
                .is_some_and(|rest| rest.starts_with(' '))
        };
        !SHIP_PREFIXES.iter().any(prefix)
    });
    spans
}

/// Words before a storm's name: `Hurricane Edouard`, `Cyclone Amani`.
pub(super) const STORMS: &[&str] = &["Cyclone", "Hurricane", "Storm", "Typhoon"];

/// The spans (in text order, apart), without a genus's name at any of its
/// mentions: in a text that speaks of species, a word that the text writes
/// once or more before a species' epithet ([`super::clean::genus_at`]:
/// `Leptopelis mwenerae`) names a genus also alone (`- Leptopelis` in a
/// list of pages), where its repeats were found.
pub(super) fn without_genera(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    // Only in a text that speaks of species: elsewhere a word in lower case
    // after a name may be another language's (`Kitengela matatus`, `tanaka
    // sensei`).
    let of_species = ["species", "genus", "Binomial name"]
        .iter()
        .any(|w| memchr::memmem::find(text.as_bytes(), w.as_bytes()).is_some());
    if !of_species {
        return spans;
    }
    let genera: HashSet64 = spans
        .iter()
        .filter(|s| super::clean::genus_at(text, &s.range()))
        .map(|s| s.name)
        .collect();
    if !genera.is_empty() {
        spans.retain(|s| !genera.contains(&s.name));
    }
    spans
}

/// The spans (in text order, apart), without storms' names: a name after
/// one of [`STORMS`], in the span or right before it (`Cyclone Amani`,
/// `Hurricane` `Edouard`), at every mention (`Amani is expected to
/// weaken`). A storm is an event, as a war is.
pub(super) fn without_storms(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let storm = |w: &str| STORMS.contains(&w);
    let mut names = HashSet64::default();
    for s in &spans {
        let surface = &text[s.range()];
        // Not a place named with the word (`Storm Lake`, `Hurricane
        // Creek`).
        let place = || listed_place(surface) || super::evidence::geographic(surface);
        if let Some((first, rest)) = surface.split_once_byte(b' ')
            && storm(first)
            && !place()
        {
            names.insert(folded(rest).name);
            names.insert(s.name);
        } else if word_before(text, s.start).is_some_and(|w| storm(&text[w])) {
            names.insert(s.name);
        }
    }
    if !names.is_empty() {
        // The storm's word too, where the tagger took it alone.
        spans.retain(|s| !names.contains(&s.name) && !storm(&text[s.range()]));
    }
    spans
}

/// Nouns after a name that make it an affair's, an event named after a
/// person, a place or a body (`the Westland affair`, `the West Lothian
/// question`). Not a crisis, an incident or a scandal, whose place or body
/// news marks as one (`the Whitewater scandal`, `the Addis Ababa
/// incident`).
const AFFAIRS: &[&str] = &[" affair", " question"];

/// The spans (in text order, apart) without the names of affairs: a name
/// after `the` (maybe a quote between) and before one of [`AFFAIRS`] and
/// no more of a name (`the Petrov affair`, `the "West Lothian question"`),
/// at that mention only.
pub(super) fn without_affairs(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|s| {
        let after = &text[s.end()..];
        let Some(noun) = AFFAIRS.iter().find(|a| after.starts_with(**a)) else {
            return true;
        };
        // A whole word, at the end of the name (`the Westland affair`; not
        // `the Question Time panel`, `the affairs`).
        let ends = after[noun.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        let head = text[..s.start].trim_end_matches(['"', '\u{201c}']);
        !(ends && (head.ends_with("the ") || head.ends_with("The ")))
    });
    spans
}

/// Last words of the names of buildings and structures, which are no
/// person's (`Ciji Temple`, `Abiquiu Dam`, `O'Brien Lock`), though a person
/// may bear one as a family name (`Barbara Castle`, `Tony Hall`).
const STRUCTURES: &[&str] = &[
    "Abbey",
    "Bridge",
    "Castle",
    "Cathedral",
    "Chapel",
    "Church",
    "Dam",
    "Hall",
    "Lighthouse",
    "Lock",
    "Mosque",
    "Museum",
    "Palace",
    "Shrine",
    "Temple",
    "Tower",
];

/// The spans (in text order, apart) without the names taken for people's
/// that are a building's or a structure's: of more than one word, the last
/// one of [`STRUCTURES`], the first no given name the census marks as a
/// woman's or a man's (`Barbara Castle`, `Shirley Temple` stay). Buildings
/// are not listed.
pub(super) fn without_structures(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|s| {
        if s.kind != Kind::Person {
            return true;
        }
        let name = &text[s.range()];
        let (Some((first, _)), Some((_, last))) =
            (name.split_once_byte(b' '), name.rsplit_once_byte(b' '))
        else {
            return true;
        };
        !STRUCTURES.contains(&last) || super::evidence::gendered_given_name(first)
    });
    spans
}

/// Last words of the names of instruments (`James Webb Space Telescope`,
/// `Near-Infrared Spectrograph`), which are not listed, as ships are not.
/// Not a craft's word that ends firms' and people's names too (`Jaguar Land
/// Rover`, `Eric Lander`).
pub(super) const INSTRUMENTS_LAST: &[&str] = &["Spectrograph", "Spectrometer", "Telescope"];

/// The spans (in text order, apart), without the names of more than one
/// word that end in one of [`INSTRUMENTS_LAST`], nor a person's name right
/// before one, a space between, which the tagger cut from it (`James` of
/// `James Webb Space Telescope`). A word alone (`Rover`) stays.
pub(super) fn without_instruments(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let instrument = |s: &Span| {
        text[s.range()]
            .rsplit_once_byte(b' ')
            .or_else(|| text[s.range()].rsplit_once_byte(b'-'))
            .is_some_and(|(_, last)| INSTRUMENTS_LAST.contains(&last))
    };
    let mut taken = vec![false; spans.len()];
    for (i, s) in spans.iter().enumerate() {
        if instrument(s) {
            taken[i] = true;
            if i > 0 && spans[i - 1].kind == Kind::Person && spans[i - 1].end() + 1 == s.start {
                taken[i - 1] = true;
            }
        }
    }
    super::without_taken(spans, &taken)
}

/// Last words of the names of laws, plans, ages, golf's tournaments and
/// broadcasts (`Broadcasting Act`, `Raffles Town Plan`, `Viking Age`,
/// `BellSouth Classic`, `Asia Tonight`): works and events, as a storm is. Only as the last word: a
/// body's name may begin with one (`Age Concern`, `Plan International`,
/// `Classic FM`). Words that make an event anywhere in a name (`Cup`,
/// `Prize`) are [`super::words::EVENT_WORDS`].
pub(super) const EVENTS_LAST: &[&str] =
    &["Act", "Age", "Classic", "Constitution", "Plan", "Tonight"];

/// The spans (in text order, apart), without names of more than one word
/// that end in one of [`EVENTS_LAST`] (`Viking Age`) or in `of Fame`, an
/// honour (`ARIA Hall of Fame`; not the singer `Georgie Fame`), or begin
/// with one of [`PEERS`] (`Barons Crewe`). A word alone (`Act`) stays.
pub(super) fn without_events_and_peerages(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|s| {
        let surface = &text[s.range()];
        !surface
            .rsplit_once_byte(b' ')
            .is_some_and(|(_, last)| EVENTS_LAST.contains(&last))
            && !surface.ends_with(" of Fame")
            && !surface
                .split_once_byte(b' ')
                .is_some_and(|(first, _)| PEERS.contains(&first))
    });
    spans
}

/// Meetings named after their town (`Congress of Vienna`).
pub(super) const MEETINGS: &[&str] = &["Congress", "Diet", "Synod"];

/// The spans (in text order, apart) without the meetings of states and
/// churches named by the town they met in, which are events: `Congress`,
/// `Diet` or `Synod` of a listed town (`the Congress of Berlin`, `the Diet
/// of Worms`), and a listed town's `Conference` (`the Yalta Conference`),
/// with the town's span inside such a name. Not a body of a country or a
/// state (`Presbyterian Synod of Georgia`) or of more words (`Big East
/// Conference`).
pub(super) fn without_congresses(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let meeting_of = |surface: &str| {
        surface
            .split_once(" of ")
            .is_some_and(|(m, town)| MEETINGS.contains(&m) && listed_town(town))
    };
    let conference = |surface: &str| {
        surface
            .strip_suffix(" Conference")
            .is_some_and(|town| !town.has_byte(b' ') && listed_town(town))
    };
    let mut drop = vec![false; spans.len()];
    for (i, s) in spans.iter().enumerate() {
        let surface = &text[s.range()];
        if s.kind == Kind::Person {
            continue;
        }
        if meeting_of(surface) || conference(surface) {
            drop[i] = true;
        } else if MEETINGS.contains(&surface)
            && let Some(after) = text[s.end()..].strip_prefix(" of ")
            && let at = text.len() - after.len()
            && let town = after
                .find(|c: char| !(c.is_alphabetic() || c == '-'))
                .map_or(after, |end| &after[..end])
            && listed_town(town)
        {
            // The town's own span, if the tagger found it.
            drop[i] = true;
            if let Some(next) = spans.get(i + 1)
                && next.start == at
                && next.end() == at + town.len()
            {
                drop[i + 1] = true;
            }
        }
    }
    super::without_taken(spans, &drop)
}

/// Peers in the plural, before the place their title names (`later Barons
/// Crewe`, `the Earls of Derby`): a line of titles, not a person, and not
/// to take the place's other mentions for one.
pub(super) const PEERS: &[&str] = &[
    "Barons",
    "Counts",
    "Dukes",
    "Earls",
    "Marquesses",
    "Marquises",
    "Viscounts",
];

/// The quotation marks around `text[at]`, which a title in quotes fills:
/// where the opening one starts and where the closing one ends (the
/// closing one may follow a comma or full stop: `"Gloria,"`).
fn quoted(text: &str, at: &Range<usize>) -> Option<Range<usize>> {
    let open = text[..at.start]
        .chars()
        .next_back()
        .filter(|c| matches!(c, '"' | '\u{201c}'))?;
    let rest = &text[at.end..];
    let rest_trimmed = rest.strip_prefix([',', '.']).unwrap_or(rest);
    let close = rest_trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\u{201d}'))?;
    let end = text.len() - rest_trimmed.len() + close.len_utf8();
    Some(at.start - open.len_utf8()..end)
}

/// Whether the text between two quoted titles only joins them in a list:
/// commas, semicolons, `and` and `or`, or a space alone after a title that
/// ends in a comma inside its quotes (`"Kimberly," "Land"`), which `closed`
/// (the text up to the end of the first title's quotes) tells.
fn joins_quoted(closed: &str, between: &str) -> bool {
    let comma_inside = closed.trim_end_matches(['"', '\u{201d}']).ends_with(',');
    between.len() <= 8
        && (comma_inside || !between.trim().is_empty())
        && between
            .split([',', ';', ' '])
            .all(|w| matches!(w, "" | "and" | "or"))
}

/// How many quoted titles the list that holds the one in `quote` (its
/// quotation marks) has, counting each way up to the third; each title and
/// what joins it to the next are looked for within the most bytes a quoted
/// title holds ([`super::clean::QUOTED_TITLE_MAX`]).
fn quoted_list_len(text: &str, quote: &Range<usize>) -> usize {
    let mut n = 1;
    // Forward: a joining word, then a title in quotes.
    let mut end = quote.end;
    while n < 3 {
        let rest =
            &text[end..crate::document::floor_boundary(text, end + super::clean::QUOTED_TITLE_MAX)];
        let Some(open) = rest.find(['"', '\u{201c}']) else {
            break;
        };
        let inner = open + rest[open..].chars().next().map_or(1, char::len_utf8);
        if !joins_quoted(&text[..end], &rest[..open]) {
            break;
        }
        let Some(close) = rest[inner..].find(['"', '\u{201d}']) else {
            break;
        };
        if rest[inner..inner + close].contains('\n') {
            break;
        }
        let close_len = rest[inner + close..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
        end += inner + close + close_len;
        n += 1;
    }
    // Backward: a title in quotes, then a joining word.
    let mut start = quote.start;
    while n < 3 {
        let from = crate::document::floor_boundary(
            text,
            start.saturating_sub(super::clean::QUOTED_TITLE_MAX),
        );
        let before = &text[from..start];
        let Some(close) = before.rfind(['"', '\u{201d}']) else {
            break;
        };
        let after_close = close + before[close..].chars().next().map_or(1, char::len_utf8);
        if !joins_quoted(&before[..after_close], &before[after_close..]) {
            break;
        }
        let Some(open) = before[..close].rfind(['"', '\u{201c}']) else {
            break;
        };
        if before[open..close].contains('\n') {
            break;
        }
        start = from + open;
        n += 1;
    }
    n
}

/// Whether the span is alone on its line with a count after it and nothing
/// else (`Helpful 412`, `Likes 1,204`): a page's label, as a review site
/// writes under each review.
fn before_a_count(text: &str, s: &Span) -> bool {
    // Asked first: most spans begin no line, and no count follows most.
    let bytes = text.as_bytes();
    if !(s.start == 0 || bytes[s.start - 1] == b'\n')
        || bytes.get(s.end()) != Some(&b' ')
        || !bytes.get(s.end() + 1).is_some_and(u8::is_ascii_digit)
    {
        return false;
    }
    let rest = text[s.end()..].split('\n').next().unwrap_or_default();
    let count = rest
        .trim_end_matches('\r')
        .strip_prefix(' ')
        .unwrap_or_default();
    count
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'K' | b'k' | b'M'))
}

/// The spans (in text order, apart) without an ordinary English word of one
/// word alone on its line before a count, where it heads two such lines or
/// more (`Helpful 412`, then `Helpful 208`): a label, not a name. A name
/// that heads a line before a figure once is left (`Reading 45` in a
/// table).
pub(super) fn without_count_labels(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let label = |s: &Span| {
        before_a_count(text, s) && {
            let surface = &text[s.range()];
            !surface.has_byte(b' ') && common_word(surface)
        }
    };
    let mut seen: super::HashMap64<usize> = super::HashMap64::default();
    for s in spans.iter().filter(|s| label(s)) {
        *seen.entry(s.name).or_default() += 1;
    }
    if seen.values().all(|&n| n < 2) {
        return spans;
    }
    spans
        .into_iter()
        .filter(|s| !(seen.get(&s.name).is_some_and(|&n| n >= 2) && label(s)))
        .collect()
}

/// The spans (in text order, apart), without titles in a list of three or
/// more in quotation marks (`side one, "Gloria", "Redondo Beach" and "Free
/// Money"`): songs, poems or chapters, not people or places. Every mention
/// of such a title goes, but a person named in full stays. Two names in
/// quotes are not enough (`Commanders "Vicente" and "Oscar"`, noms de
/// guerre).
pub(super) fn without_quoted_lists(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut titles = HashSet64::default();
    for s in &spans {
        if let Some(quote) = quoted(text, &s.range())
            && quoted_list_len(text, &quote) >= 3
            && !person_named_in_full(text, s)
        {
            titles.insert(s.name);
        }
    }
    if !titles.is_empty() {
        spans.retain(|s| !titles.contains(&s.name));
    }
    spans
}

/// Makers of cars, motorcycles, phones and cameras, whose names come before
/// their models' (`Toyota Yaris`, `Samsung Galaxy S23`). Not a maker whose
/// name is a given name (`Mercedes`) or names much else (`Apple`, `Ford`).
pub(super) const MAKERS: &[&str] = &[
    "Audi",
    "BMW",
    "Canon",
    "Chevrolet",
    "Citroen",
    "Citroën",
    "Dacia",
    "Ducati",
    "Fiat",
    "Honda",
    "Huawei",
    "Hyundai",
    "Kawasaki",
    "Kia",
    "Lexus",
    "Mazda",
    "Mitsubishi",
    "Motorola",
    "Nikon",
    "Nissan",
    "Nokia",
    "OnePlus",
    "Opel",
    "Oppo",
    "Peugeot",
    "Porsche",
    "Renault",
    "Samsung",
    "Skoda",
    "Škoda",
    "Subaru",
    "Suzuki",
    "Tesla",
    "Toyota",
    "Vauxhall",
    "Volkswagen",
    "Volvo",
    "VW",
    "Xiaomi",
    "Yamaha",
];

/// Words after a maker's name that make it the firm's or a body's, a place
/// or an event (`Toyota Motor`, `Honda Racing`, `Honda Center`).
const MAKERS_BODIES: &[&str] = &[
    "Center", "Centre", "Classic", "Cup", "Field", "Motor", "Open", "Racing", "Raceway",
    "Speedway", "Team", "Theater", "Theatre",
];

/// Whether `rest`, the words after a maker's name, name a model of it: one
/// or two words, each begun with a capital or a digit, that are no
/// organisation's (`Toyota Motor`, `Mitsubishi Heavy Industries`), no
/// listed place or people (`Toyota Australia`, `Ford China`) and no team's
/// plural (`Samsung Lions`). In a span taken for a person's, the last word
/// must be a common word or hold a digit, and the first no given name
/// (`Suzuki Swift`, not `Nissan Kapeta`).
fn a_model(surface: &str, rest: &str, kind: Kind) -> bool {
    let words: Vec<&str> = rest.split_byte(b' ').collect();
    let Some(last) = words.last() else {
        return false;
    };
    // A plural of a common word (`Lions`; not `Yaris`).
    let plural = last
        .strip_suffix('s')
        .is_some_and(|stem| !stem.ends_with('s') && common_word(stem));
    words.len() <= 2
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && !plural
        && !words
            .iter()
            .any(|w| firm_ending(w) || MAKERS_BODIES.contains(w))
        && !super::untagged::FACILITIES.contains(last)
        && !place_head(last)
        && !is_organisation(&folded(surface))
        && !listed_place(rest)
        && !is_demonym(&folded(rest))
        && (kind != Kind::Person
            || ((common_word(last) || last.contains(|c: char| c.is_ascii_digit()))
                && !given_name(words[0])))
}

/// The spans (in text order, apart), without models of cars and phones
/// named after their makers, whether the tagger took maker and model as one
/// name or two (`Honda Jazz`, `Honda` `Jazz`; not a person's name after
/// the maker's, `Nokia` `Ann Lee`), and without the model's name
/// alone at every mention (`the red Jazz`): a product, as a ship is a craft.
pub(super) fn without_models(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let maker = |w: &str| MAKERS.contains(&w);
    let mut names = HashSet64::default();
    let mut taken = vec![false; spans.len()];
    for (i, s) in spans.iter().enumerate() {
        let surface = &text[s.range()];
        if let Some((first, rest)) = surface.split_once_byte(b' ')
            && maker(first)
            && a_model(surface, rest, s.kind)
        {
            names.insert(folded(rest).name);
            names.insert(s.name);
        } else if i > 0
            && spans[i - 1].end() + 1 == s.start
            && maker(&text[spans[i - 1].range()])
            && text[..s.start].ends_with(' ')
            && a_model(surface, surface, s.kind)
        {
            names.insert(s.name);
            taken[i - 1] = true;
        }
    }
    if names.is_empty() {
        return spans;
    }
    for (i, s) in spans.iter().enumerate() {
        taken[i] |= names.contains(&s.name);
    }
    super::without_taken(spans, &taken)
}

/// Nouns for the products of a maker of computers and phones, that a name
/// right before them names a line of (`its Mac computers`, `the M5 chip`).
pub(super) const PRODUCTS: &[&str] = &[
    "app",
    "apps",
    "chip",
    "chips",
    "computer",
    "computers",
    "console",
    "consoles",
    "handset",
    "handsets",
    "headset",
    "headsets",
    "laptop",
    "laptops",
    "phone",
    "phones",
    "processor",
    "processors",
    "smartphone",
    "smartphones",
    "tablet",
    "tablets",
];

/// Words before a product's name that make the words after it its noun
/// (`its Mac computers`), not a place's or a person's (`a London chip
/// shop`, `Tim Cook`).
const PRODUCT_DETERMINERS: &[&str] = &["its", "new", "the", "their"];

/// The spans (in text order, apart), without products named before their
/// noun ([`PRODUCTS`]) after an article or `its` (`the M5 chip`, `its Mac
/// computers`), at every mention, where the tagger took them for a place's
/// or a person's name: not a place a list knows (`the Japan chip plant`,
/// `the Grangemouth phone book`), nor a
/// name of a person's (`the Cook phones`), nor a body's.
pub(super) fn without_products(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut products = HashSet64::default();
    for s in &spans {
        if s.kind == Kind::Organisation {
            continue;
        }
        let noun = text[s.end()..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next());
        if !noun.is_some_and(|n| PRODUCTS.contains(&n)) {
            continue;
        }
        let surface = &text[s.range()];
        let determined =
            word_before(text, s.start).is_some_and(|w| PRODUCT_DETERMINERS.contains(&&text[w]));
        if determined
            && !listed_place(surface)
            && !super::evidence::wide_place(surface)
            && !(s.kind == Kind::Person
                && (given_name(surface) || family_name(surface) || person_named_in_full(text, s)))
            && !is_organisation(&folded(surface))
            && !super::evidence::listed_firm(surface)
        {
            products.insert(s.name);
        }
    }
    let mut spans = spans;
    if !products.is_empty() {
        spans.retain(|s| s.kind == Kind::Organisation || !products.contains(&s.name));
    }
    spans
}

/// The spans (in text order, apart), without works named by their makers:
/// a name after `the` or a quotation mark (maybe with up to two capitalised
/// words between: `The Last Orchard`), not a person's, a listed place's
/// or a known body's, right before `by` and a person named in full (`the Mona
/// Lisa by Leonardo da Vinci`, where it was an organisation), at every
/// mention.
pub(super) fn works_by_their_makers(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut works = HashSet64::default();
    for (i, s) in spans.iter().enumerate() {
        // Asked first: most names are followed by no `by`.
        let by = text[s.end()..]
            .trim_start_matches(['"', '\u{201d}', ','])
            .starts_with(" by ");
        if !by || s.kind == Kind::Person {
            continue;
        }
        let surface = &text[s.range()];
        // The title may begin with up to two capitalised words the tagger
        // left out (`The Last Orchard, by Miriam Okafor`).
        let mut start = s.start;
        let outside = |w: &Range<usize>| i == 0 || spans[i - 1].end() <= w.start;
        for _ in 0..2 {
            match word_before(text, start) {
                Some(w)
                    if w.end + 1 == start
                        && super::title_case(&text[w.clone()])
                        && !text[w.clone()].eq_ignore_ascii_case("the")
                        && outside(&w) =>
                {
                    start = w.start;
                }
                _ => break,
            }
        }
        let opened_at = |at: usize| {
            super::the_before(text, at).is_some_and(|w| w.end + 1 == at)
                || text[..at].ends_with(['"', '\u{201c}'])
        };
        let opened = opened_at(s.start) || (start < s.start && opened_at(start));
        if !opened
            || listed_place(surface)
            || is_organisation(&folded(surface))
            || super::evidence::listed_firm(surface)
        {
            continue;
        }
        let maker = spans.get(i + 1).filter(|n| {
            n.kind == Kind::Person
                && text[s.end()..n.start].ends_with(" by ")
                && person_named_in_full(text, n)
        });
        if maker.is_some() {
            works.insert(s.name);
        }
    }
    if !works.is_empty() {
        spans.retain(|s| s.kind == Kind::Person || !works.contains(&s.name));
    }
    spans
}

/// What opens a minister's portfolio ([`without_portfolios`]).
pub(super) const PORTFOLIOS: &[&str] = &[
    "Minister for ",
    "Minister of ",
    "Minister of State for ",
    "Secretary for ",
    "Secretary of ",
    "Secretary of State for ",
];

/// The spans (in text order, apart) without the names of a minister's
/// portfolio, right after `Minister` or `Secretary` and `for` or `of` (and
/// `the`), and those listed after it (`Minister for the Environment,
/// Heritage and the Arts`, `Minister of Public Works`): a field of
/// government, not a body. Not a listed place (`Minister for Wales`), nor a
/// body's name (`Secretary of the Navy` keeps no name either way).
pub(super) fn without_portfolios(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut taken = vec![false; spans.len()];
    let mut listed = false;
    for (i, s) in spans.iter().enumerate() {
        let before = &text[..s.start];
        let before = before.strip_suffix("the ").unwrap_or(before);
        let opens = PORTFOLIOS.iter().any(|m| before.ends_with(m));
        // Listed after a portfolio: `, ` or ` and ` (`and the`) between.
        let follows = listed
            && i > 0
            && text.get(spans[i - 1].end()..s.start).is_some_and(|b| {
                matches!(b, ", " | " and " | " and the " | ", and " | ", and the ")
            });
        listed = false;
        if !(opens || follows) {
            continue;
        }
        let surface = &text[s.range()];
        // Nor a person named in full listed after one (`named Cevallos
        // Minister of Public Works and John Smith Secretary for Wales`).
        if s.kind == Kind::Place
            || listed_place(surface)
            || super::evidence::listed_firm(surface)
            || (!opens && super::evidence::person_named_in_full(text, s))
        {
            continue;
        }
        taken[i] = true;
        listed = true;
    }
    super::without_taken(spans, &taken)
}

/// Goods traded on markets, whose names start sentences of market reports:
/// `Gold, which touched a record, eased`, `Nickel rose`.
const COMMODITIES: &[&str] = &[
    "aluminium",
    "aluminum",
    "cocoa",
    "coffee",
    "copper",
    "corn",
    "cotton",
    "gold",
    "nickel",
    "palladium",
    "platinum",
    "silver",
    "soybeans",
    "sugar",
    "tin",
    "wheat",
    "zinc",
];

/// The spans (in text order, apart), without a good traded on markets
/// named alone ([`COMMODITIES`]: `Gold eased`), unless it is the surname of
/// a person named in full in the text (`Harry Gold ... Gold said`) or comes
/// after a title (`Mr. Silver`).
pub(super) fn without_commodities(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let good = |s: &Span| {
        let surface = &text[s.range()];
        COMMODITIES.iter().any(|c| c.eq_ignore_ascii_case(surface))
    };
    if !spans.iter().any(good) {
        return spans;
    }
    let surnames = super::surnames(text, &spans);
    spans.retain(|s| {
        !good(s)
            || surnames.contains(&super::fold_hash(&text[s.range()]))
            || word_before(text, s.start).is_some_and(|w| super::is_title(&text[w]))
    });
    spans
}

/// Buildings of worship, named for the saint they are dedicated to.
pub(super) const DEDICATED: &[&str] = &[
    "abbey",
    "basilica",
    "cathedral",
    "chapel",
    "church",
    "churches",
    "kirk",
    "minster",
    "monastery",
    "priory",
    "shrine",
];

/// The spans (in text order, apart), without a saint's name that a church
/// is dedicated to (`the parish church of St John the Evangelist`, `the
/// church of Saint Michael`): a name starting with a saint's title (`St`,
/// `St.`, `Saint`), or right after one, after `<building of worship> of`,
/// at that mention.
pub(super) fn without_dedications(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    const SAINTS: &[&str] = &["St", "St.", "Saint", "Sainte", "Ste"];
    let saint = |w: &str| SAINTS.contains(&w);
    // Where the saint's name starts: the span, or the word before it when
    // that is the saint's title the span was cleaned of.
    let start = |s: &Span| {
        let first = text[s.range()].split_byte(b' ').next().unwrap_or_default();
        if saint(first) {
            return Some(s.start);
        }
        word_before(text, s.start)
            .filter(|w| saint(&text[w.clone()]))
            .map(|w| w.start)
    };
    spans.retain(|s| {
        let dedicated = start(s)
            .and_then(|at| word_before(text, at))
            .is_some_and(|of| {
                &text[of.clone()] == "of"
                    && word_before(text, of.start).is_some_and(|w| {
                        let w = &text[w];
                        DEDICATED.iter().any(|d| d.eq_ignore_ascii_case(w))
                    })
            });
        !dedicated
    });
    spans
}

/// The spans (in text order, apart), without the names that the words
/// before one of their mentions make a work's ([`work_before`]), nor the
/// names listed after such a name (`Rashomon and Drunken Angel`). Every
/// mention of such a name goes, except for a person's or a listed place's
/// name, which may also be a title (`the novel Emma`, `the ship Arkansas`),
/// or a character's that a mention shows to be a person's ([`shown_as_person`]):
/// then only that mention.
pub(super) fn works_by_their_nouns(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut works = HashSet64::default();
    let mut mentions = Vec::new();
    // The mentions that made names works'.
    let mut cued = Vec::new();
    let mut previous_work = false;
    for (i, s) in spans.iter().enumerate() {
        let listed_after = previous_work
            && i > 0
            && text
                .get(spans[i - 1].end()..s.start)
                .is_some_and(list_goes_on);
        previous_work = listed_after || work_before(text, &s.range());
        let after = work_after(text, &s.range());
        // A title's article is a cue for that name alone, not for a list.
        // (Asked first: most names have no cue at all, and the lookups
        // below are the costly part.)
        if !previous_work && !after && !titled_mid_sentence(text, s) {
            continue;
        }
        let surface = &text[s.range()];
        let a_persons = person_named_in_full(text, s)
            || (!surface.has_byte(b' ') && (given_name(surface) || family_name(surface)));
        let place = listed_place(surface);
        // What follows a name speaks for a person's name or a place's only
        // as an aside (`Smith, released on bail`, `Paris, the film's
        // setting`).
        previous_work |= after && !a_persons && !place;
        if !previous_work && !titled_mid_sentence(text, s) {
            continue;
        }
        // Ships and films are named after places too (`the ship Arkansas`).
        if a_persons || place {
            mentions.push(i);
        } else {
            works.insert(s.name);
            cued.push(i);
        }
    }
    // A character a work is named after stays at its other mentions where
    // one shows a person (`the novel Porgy` … `Porgy kills Crown`), and so
    // does a name a sentence defines as a person, place or body (`Killing
    // Joke are an English rock band. Their debut album, Killing Joke,`).
    if !works.is_empty() {
        let characters: HashSet64 = spans
            .iter()
            .filter(|s| {
                works.contains(&s.name)
                    && (shown_as_person(text, &s.range())
                        || matches!(
                            super::define::definition(text, s.end()),
                            Some(super::define::Defined::Is(_))
                        ))
            })
            .map(|s| s.name)
            .collect();
        mentions.extend(
            cued.into_iter()
                .filter(|&i| characters.contains(&spans[i].name)),
        );
        works.retain(|name| !characters.contains(name));
    }
    for i in mentions {
        spans[i].len = 0;
    }
    spans.retain(|s| s.len > 0 && !works.contains(&s.name));
    spans
}

/// Words after a name that make it a people's.
pub(super) const PEOPLE_AFTER: &str = "clan clans people peoples tribe tribes tribesmen";

/// The spans (in text order, apart), without the names of peoples: a name
/// right before `people`, `peoples`, `tribe` … (`the Igbo people`), and the
/// names listed before such a name (`the Evenk and Oroqen peoples`). Every
/// mention goes, but a listed place stays (`Hong Kong people`), and so
/// does a person named in full.
pub(super) fn peoples(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut names = HashSet64::default();
    // From the back, so that a list is known from its last name.
    let mut next_a_people = false;
    for (i, s) in spans.iter().enumerate().rev() {
        let listed_before = next_a_people
            && text
                .get(s.end()..spans[i + 1].start)
                .is_some_and(list_goes_on);
        next_a_people = listed_before
            || word_after(text, s.end()).is_some_and(|w| {
                static SET: OnceLock<HashSet64> = OnceLock::new();
                let word = text[w].trim_end_matches(|c: char| !c.is_alphanumeric());
                word.starts_with(|c: char| c.is_ascii_lowercase())
                    && among(&SET, PEOPLE_AFTER, word)
            });
        if next_a_people && !person_named_in_full(text, s) && !listed_place(&text[s.range()]) {
            names.insert(s.name);
        }
    }
    if names.is_empty() {
        return spans;
    }
    let mut spans = spans;
    spans.retain(|s| !names.contains(&s.name));
    spans
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{link_marked, linked};

    #[test]
    fn a_word_heading_lines_before_counts_is_a_label() {
        let [people, places, organisations] = linked(
            "Great game, {P|Aino} did well.\n{O|Helpful} 412\n\nLoved it in {L|Oulu}.\n\
             {O|Helpful} 1,208\n\n{O|Reading} 45\n{O|Valve} 2\n",
        );
        assert_eq!(people, ["Aino"]);
        assert_eq!(places, ["Oulu"]);
        assert_eq!(organisations, ["Reading", "Valve"]);
    }

    proptest::proptest! {
        #[test]
        fn a_count_is_read_after_a_span_of_any_text(
            s in "(\\PC|\n|Helpful| 4|,2|K){0,30}",
        ) {
            let text = s.as_str();
            for (start, _) in text.char_indices() {
                for end in (start + 1..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                    let span = super::Span::new(text, start..end, super::Kind::Organisation);
                    let _ = super::before_a_count(text, &span);
                }
            }
        }
    }

    #[test]
    fn a_building_taken_for_a_person_is_not_listed() {
        let [people, _, _] = linked(
            "He worked on the {P|Ciji Temple} below {P|Abiquiu Dam}. {P|Barbara Castle} and \
             {P|Shirley Temple} came.",
        );
        assert_eq!(people, ["Barbara Castle", "Shirley Temple"]);
    }

    #[test]
    fn a_name_of_an_affair_is_no_mention_there() {
        let [people, places, _] = linked(
            "{P|Tam Dalyell} raised the {L|West Lothian} question and the \"{L|Westland} affair\". \
             {P|Petrov} defected; the {P|Petrov} affair followed. He lived in {L|West Lothian}.",
        );
        assert_eq!(people, ["Tam Dalyell", "Petrov"]);
        assert_eq!(places, ["West Lothian"]);
    }

    #[test]
    fn a_name_after_a_capital_article_mid_sentence_is_a_title() {
        assert_eq!(
            linked(
                "{P|Roy} won for The {O|God of Small Things}, {P|Kazuo Ishiguro} for The \
                 {O|Buried Giant}, and {P|Bong} worked on \
                 {O|Memories of Murder} and The {O|Host}. {P|Ngugi} produced A {O|Grain of \
                 Wheat}. The {O|Host} was a hit. They read The {O|Times} and The {O|Lancet} \
                 and heard The {O|Raincoats} and The {O|Postal Service} at the {O|University}. \
                 She wrote for The {O|Age} and in The {O|Gleaner}."
            ),
            [
                vec![
                    "Roy".to_string(),
                    "Kazuo Ishiguro".to_string(),
                    "Bong".to_string(),
                    "Ngugi".to_string()
                ],
                vec![],
                vec![
                    "Memories of Murder".to_string(),
                    "Times".to_string(),
                    "Lancet".to_string(),
                    "Raincoats".to_string(),
                    "Postal Service".to_string(),
                    "University".to_string(),
                    "Age".to_string(),
                    "Gleaner".to_string()
                ]
            ]
        );
    }

    #[test]
    fn the_saint_a_church_is_dedicated_to_is_not_listed() {
        let [people, places, organisations] = linked(
            "The parish church of {O|St John the Evangelist} is old. The name comes from \
             the church of Saint {P|Michael}. {P|Michael} lived in \
             {L|St Ives}, in the county of {L|St Louis}.",
        );
        assert_eq!(people, ["Michael"]);
        assert_eq!(places, ["St Ives", "St Louis"]);
        assert!(organisations.is_empty());
    }

    #[test]
    fn a_name_after_a_works_noun_is_not_listed() {
        assert_eq!(
            linked(
                "{P|Akira Kurosawa} made the 1954 film {P|Seven Samurai}. \
                 {P|Seven Samurai} was remade in {L|Mexico}."
            ),
            [
                vec!["Akira Kurosawa".to_string()],
                vec!["Mexico".to_string()],
                vec![]
            ]
        );
        assert_eq!(
            linked("Their first album, {P|Absolutego}, was long. {O|Boris} toured."),
            [vec![], vec![], vec!["Boris".to_string()]]
        );
        // The name may begin the title the commas set off.
        assert_eq!(
            linked("His first novel, {O|Things} Fall Apart, was published by {O|Heinemann}."),
            [vec![], vec![], vec!["Heinemann".to_string()]]
        );
        // Set off by commas on both sides.
        assert_eq!(
            linked("In the first game, {P|Ryne Sandberg} hit a single."),
            [vec!["Ryne Sandberg".to_string()], vec![], vec![]]
        );
        assert_eq!(
            linked("They signed to {O|Mute}, releasing the album The {O|Ideal Copy}."),
            [vec![], vec![], vec!["Mute".to_string()]]
        );
        // What one wrote; not what a calm man told.
        assert_eq!(
            linked(
                "In 1991 {P|Torvalds} wrote {P|Linux}. {P|Linux} spread. A calm and composed \
                 {P|Bernardin} told them."
            ),
            [
                vec!["Torvalds".to_string(), "Bernardin".to_string()],
                vec![],
                vec![]
            ]
        );
    }

    #[test]
    fn a_quoted_title_or_a_platforms_game_is_not_listed() {
        let [people, _, organisations] = linked(
            "The single \"{P|Love Like Blood}\" charted. The {O|Sony} {P|PlayStation} game \
             {P|Crash Bandicoot} sold well, and the puzzle game {P|Tetris} too. The single \
             {P|Anna Smith} left; the {O|Arsenal} game {P|Joe Bloggs} lost. The prequel \
             {P|Dark Harbour} and its remake {P|Grey Harbour} flopped.",
        );
        assert_eq!(people, ["Anna Smith", "Joe Bloggs"]);
        assert_eq!(organisations, ["Sony", "Arsenal"]);
    }

    #[test]
    fn a_self_titled_work_leaves_the_name_a_sentence_defines() {
        let (_, e) = link_marked(
            "{O|Killing Joke} are an English rock band. Their debut album, {O|Killing Joke}, \
             was released in 1980. {O|Killing Joke} toured.",
        );
        assert_eq!(e.organisations.len(), 1);
        assert_eq!(e.organisations[0].mentions.len(), 2);
    }

    #[test]
    fn a_name_described_after_a_comma_as_a_work_is_not_listed() {
        assert_eq!(
            linked(
                "She returned with {P|Recanto}, an album of noise, and {P|Tassili}, recorded \
                 in the desert. {O|Intermezzo}, her fourth novel, sold. {P|Odyshape}, \
                 released in 1981, sold too."
            ),
            [Vec::<String>::new(), vec![], vec![]]
        );
        // A person's name or a place's stays; so does a name right after a
        // noun the participle is said of, and one with no preposition after
        // the participle.
        assert_eq!(
            linked(
                "{P|Smith}, released on bail, spoke. {L|Paris}, the film's setting. The \
                 band {O|Joy Division}, released on Factory, toured. Wait, {P|Tama Ngata}, \
                 released yesterday."
            ),
            [
                vec!["Smith".to_string(), "Tama Ngata".to_string()],
                vec!["Paris".to_string()],
                vec!["Joy Division".to_string()]
            ]
        );
        // Nor where the work's noun qualifies a person's.
        assert_eq!(
            linked(
                "His son {P|Udhayanidhi Maran}, a film actor and producer, won. \
                 {P|Kerima Tavlan}, a film director, spoke."
            )[0],
            ["Udhayanidhi Maran", "Kerima Tavlan"]
        );
    }

    #[test]
    fn a_ministers_portfolio_is_no_name() {
        assert_eq!(
            linked(
                "{P|Garrett} was Minister for the {O|Environment}, {O|Heritage} and the \
                 {O|Arts}. {P|Andrés Cevallos} was Minister of {O|Public Works}. The Minister for \
                 {L|Wales} spoke. The {O|Environment Agency} agreed. She was Secretary of State \
                 for {O|Education and Science}."
            ),
            [
                vec!["Garrett".to_string(), "Andrés Cevallos".to_string()],
                vec!["Wales".to_string()],
                vec!["Environment Agency".to_string()]
            ]
        );
    }

    #[test]
    fn names_listed_as_examples_of_works_are_not_listed() {
        assert_eq!(
            linked(
                "{P|Akira Kurosawa} made films. Other {P|Kurosawa} films, including \
                 {P|Rashomon} and {P|Drunken Angel}, were shown in {L|Paris}."
            ),
            [
                vec!["Akira Kurosawa".to_string()],
                vec!["Paris".to_string()],
                vec![]
            ]
        );
        assert_eq!(
            linked("He answered novels such as {P|Mister Johnson} by {P|Joyce Cary}."),
            [vec!["Joyce Cary".to_string()], vec![], vec![]]
        );
    }

    #[test]
    fn a_word_that_is_also_a_verb_needs_a_qualifier() {
        // `play` and `game` are works' nouns only after `his`, `video` …
        assert_eq!(
            linked("They play {O|Arsenal} on Saturday. The game {O|Arsenal} lost was dull."),
            [vec![], vec![], vec!["Arsenal".to_string()]]
        );
        assert_eq!(
            linked("He wrote the video game {O|Disco Elysium}. {O|Acme} sold it."),
            [vec![], vec![], vec!["Acme".to_string()]]
        );
    }

    #[test]
    fn a_persons_name_as_a_title_goes_at_that_mention_only() {
        assert_eq!(
            linked("{P|Emma} smiled. She read the novel {P|Emma} again."),
            [vec!["Emma".to_string()], vec![], vec![]]
        );
        let (_, e) = link_marked("{P|Emma} smiled. She read the novel {P|Emma} again.");
        assert_eq!(e.people[0].mentions.len(), 1);
    }

    #[test]
    fn titles_in_a_quoted_list_of_three_are_no_names_at_any_mention() {
        let [people, places, organisations] = linked(
            "Side one: \"{P|Gloria}\", \"{L|Redondo Beach}\" and \"{P|Free Money}\"; side two, \
             \u{201c}{P|Kimberly},\u{201d} \u{201c}{O|Break It Up}\u{201d} or \u{201c}Elegie.\u{201d} \
             \"{P|Gloria}\" sets a poem. {P|Patti Smith} lived in {L|Chicago}.",
        );
        assert_eq!(people, ["Patti Smith"]);
        assert_eq!(places, ["Chicago"]);
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    proptest::proptest! {
        /// Any text with quotation marks in it is read without a panic,
        /// and a list is never counted longer than the quoted pieces it
        /// could hold.
        #[test]
        fn any_quoted_text_is_read(
            pieces in proptest::collection::vec(
                "[\"\u{201c}\u{201d}]|,|\\.| |and |\\PC{0,6}", 0..24),
        ) {
            let text: String = pieces.concat();
            let marks = text.matches(['"', '\u{201c}', '\u{201d}']).count();
            // Every stretch that begins right after a quotation mark.
            let starts = text.char_indices().filter(|(_, c)| matches!(c, '"' | '\u{201c}'));
            for (at, c) in starts {
                let start = at + c.len_utf8();
                for end in (start..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                    if let Some(quote) = super::quoted(&text, &(start..end)) {
                        let n = super::quoted_list_len(&text, &quote);
                        proptest::prop_assert!((1..=3).contains(&n) && 2 * n <= marks);
                    }
                }
            }
        }
    }

    #[test]
    fn two_names_in_quotes_or_a_person_named_in_full_stay() {
        let [people, _, _] = linked(
            "Commanders \"{P|Vicente}\" and \"{P|Oscar}\" spoke. Songs: \"{P|John Smith}\", \
             \"Rain\", \"Sun\". \"{P|Maria}\" and \u{201c}{P|Sofia}\u{201d} came out.",
        );
        assert_eq!(people, ["Vicente", "Oscar", "John Smith", "Maria", "Sofia"]);
    }

    #[test]
    fn a_genus_is_no_name_at_any_mention_in_a_text_of_species() {
        let [people, places, _] = linked(
            "The frog ({P|Leptopelis} mwenerae) is a species of {L|Burundi}. It was a \
             subspecies of {P|Leptopelis} kivuensis.\n\nSee also\n\n- {P|Leptopelis}\n",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Burundi"]);
        // Not in a text of no species, nor before a word with a hyphen.
        let [people, places, _] = linked(
            "{L|England} scrum-half {P|Kyran Bracken} scored. {L|Kitengela} matatus wait; \
             {L|Kitengela} is near.",
        );
        assert_eq!(people, ["Kyran Bracken"]);
        assert_eq!(places, ["England", "Kitengela"]);
    }

    #[test]
    fn a_storms_name_is_no_name_at_any_mention() {
        assert_eq!(
            linked(
                "{P|Cyclone Amani} hit {L|Beira}. {P|Amani} will weaken. {O|Hurricane} \
                 {P|Edouard} turned north; {P|Edouard} is gone. {P|Anna Storm} spoke in \
                 {L|Storm Lake}."
            ),
            [
                vec!["Anna Storm".to_string()],
                vec!["Beira".to_string(), "Storm Lake".to_string()],
                vec![]
            ]
        );
    }

    #[test]
    fn a_vessel_named_by_its_noun_is_no_name_at_any_mention() {
        let [people, places, organisations] = linked(
            "They headed for the freighter {L|Kahana}. The station broadcast from the {O|Ross \
             Revenge}, a former Icelandic trawler. The {O|Ross Revenge} sank near {L|Dover}. \
             {P|John Smith}, a former Icelandic champion, spoke.",
        );
        assert_eq!(people, ["John Smith"]);
        assert_eq!(places, ["Dover"]);
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn peers_in_the_plural_are_no_person_nor_take_their_place() {
        let [people, places, _] = linked(
            "{P|Crewe} is a railway town. The seat of the family, later {P|Barons Crewe}, was \
             near {P|Crewe}. {P|Anna Earls} spoke.",
        );
        assert_eq!(people, ["Anna Earls"]);
        assert_eq!(places, ["Crewe"]);
    }

    #[test]
    fn an_event_or_award_is_no_name_but_a_word_alone_stays() {
        let [people, places, organisations] = linked(
            "It won the {O|Eurovision Song Contest} in {L|Brighton}. He won four {O|FA Cups} \
             and the {P|Booker Prize}; the {O|Stormzy Scholarship} pays fees. {O|Derby} lost \
             to {O|Leeds United} on {O|Classic FM}, said {P|Ann Smith}. The {O|Broadcasting Act} \
             is older than the {L|Viking Age}. The {O|ARIA Hall of Fame} took {P|Georgie Fame}. \
             Welcome to {L|Asia Tonight}.",
        );
        assert_eq!(people, ["Ann Smith", "Georgie Fame"]);
        assert_eq!(places, ["Brighton"]);
        assert_eq!(organisations, ["Derby", "Leeds United", "Classic FM"]);
    }

    #[test]
    fn a_congress_or_conference_named_by_its_town_is_an_event() {
        let [_, places, organisations] = linked(
            "He spoke at the {O|Congress} of {L|Berlin} in 1878. The {O|Diet of Worms} met. \
             The {O|Yalta Conference} ended. The {O|Presbyterian Synod of Georgia} met in \
             {L|Atlanta}. The {O|Big East Conference} grew. The {O|Congress of South \
             African Trade Unions} struck.",
        );
        assert_eq!(places, ["Atlanta"]);
        assert_eq!(
            organisations,
            [
                "Presbyterian Synod of Georgia",
                "Big East Conference",
                "Congress of South African Trade Unions"
            ]
        );
    }

    #[test]
    fn revolutions_offensives_marathons_and_shields_are_events() {
        let [_, places, organisations] = linked(
            "After the {O|Velvet Revolution} and the {O|Childers Reforms}, the {O|Boston \
             Marathon} and the {O|Charity Shield} came to {L|Leeds}. {O|Revolution Records} \
             signed them.",
        );
        assert_eq!(places, ["Leeds"]);
        assert_eq!(organisations, ["Revolution Records"]);
    }

    #[test]
    fn a_work_named_by_its_maker_is_no_name_at_any_mention() {
        let [people, _, organisations] = linked(
            "It houses the {O|Mona Lisa} by {P|Leonardo da Vinci}. The {O|Mona Lisa} was \
             stolen. The {O|Louvre} by night is lit. The {O|Acme Group} by {P|John Smith} grew.",
        );
        assert_eq!(people, ["Leonardo da Vinci", "John Smith"]);
        assert_eq!(organisations, ["Louvre", "Acme Group"]);
        // The tagger may take only the last words of the title.
        let [people, places, _] = linked(
            "Review: The Last {L|Orchard}, by {P|Miriam Okafor}. She lives in {L|Lagos}. \
             The three Old {L|Cotswolds} by {P|Ann Lee} are painted.",
        );
        assert_eq!(people, ["Miriam Okafor", "Ann Lee"]);
        // Not past a word in small letters.
        assert_eq!(places, ["Lagos", "Cotswolds"]);
    }

    #[test]
    fn a_model_named_after_its_maker_is_no_name_at_any_mention() {
        let [people, places, organisations] = linked(
            "She wants a {O|Toyota Yaris} or a {O|Honda} {L|Jazz}; the red {L|Jazz} is cheap. \
             He drives a {P|Suzuki Swift} to {L|Leeds}. {P|Nissan Kapeta} scored.",
        );
        assert_eq!(people, ["Nissan Kapeta"]);
        assert_eq!(places, ["Leeds"]);
        assert!(organisations.is_empty(), "{organisations:?}");
        // Not the maker's firm, a body, a team or a place named after it.
        let [_, places, organisations] = linked(
            "{O|Toyota Motor}, {O|Volkswagen AG}, {O|Honda Racing}, {O|Samsung Lions} and \
             {O|Toyota Australia} met at the {L|Honda Center}.",
        );
        assert_eq!(
            organisations,
            [
                "Toyota Motor",
                "Volkswagen AG",
                "Honda Racing",
                "Samsung Lions",
                "Toyota Australia"
            ]
        );
        assert_eq!(places, ["Honda Center"]);
    }

    #[test]
    fn an_instrument_is_no_name_nor_the_persons_name_cut_from_it() {
        let [people, places, organisations] = linked(
            "The {P|James} {O|Webb Space Telescope} and its {P|Near-Infrared Spectrograph} \
             saw it, said {P|Natalie Batalha} of {O|NASA}. The {O|Very Large Telescope} in \
             {L|Chile} agreed. {O|Jaguar Land Rover} and {P|Eric Lander} did not.",
        );
        assert_eq!(people, ["Natalie Batalha", "Eric Lander"]);
        assert_eq!(places, ["Chile"]);
        assert_eq!(organisations, ["NASA", "Jaguar Land Rover"]);
    }

    #[test]
    fn a_product_named_before_its_noun_is_no_name_at_any_mention() {
        let [people, places, organisations] = linked(
            "{O|Apple} showed its {L|Mac} computers and the {L|M5} chip. The {L|Mac} sold. \
             {P|Tim Cook} spoke at the {L|London} launch.",
        );
        assert_eq!(people, ["Tim Cook"]);
        assert_eq!(places, ["London"]);
        assert_eq!(organisations, ["Apple"]);
        // Not a place a list knows, a person's name, a body's, nor a name
        // after no article.
        let [people, places, organisations] = linked(
            "The {L|Japan} chip plant, the {L|Grangemouth} phone book, the {P|Cook} phones, \
             the {O|Nvidia} chips and {L|Zorbia} phones.",
        );
        assert_eq!(people, ["Cook"]);
        assert_eq!(places, ["Japan", "Grangemouth", "Zorbia"]);
        assert_eq!(organisations, ["Nvidia"]);
    }

    #[test]
    fn a_character_a_work_is_named_after_stays_where_a_mention_shows_a_person() {
        // `Porgy` is in no list of names: the verb and the apposition say
        // who it is, and only the title's mention goes.
        let src = "It is based on the novel {P|Porgy} by {P|DuBose Heyward}. {O|Porgy}, a \
                   beggar, lives on the waterfront. Later {P|Porgy} kills {P|Crown}.";
        let (_, e) = link_marked(src);
        let porgy = e
            .people
            .iter()
            .find(|p| p.name == "Porgy")
            .expect("Porgy listed");
        assert_eq!(porgy.mentions.len(), 2);
        // Without such a mention the name is the work's at every mention.
        assert_eq!(
            linked("It is based on the novel {P|Porgy}. {P|Porgy} sold well."),
            [Vec::<String>::new(), vec![], vec![]]
        );
    }

    #[test]
    fn the_names_of_peoples_are_not_listed() {
        assert_eq!(
            linked(
                "It is set among the {O|Igbo} people of {L|Nigeria}. The {O|Igbo} farm yams. \
                 Tribute came from the local {P|Evenk} and {O|Oroqen} peoples."
            ),
            [vec![], vec!["Nigeria".to_string()], vec![]]
        );
        // A listed place stays one.
        assert_eq!(
            linked("{L|Hong Kong} people voted."),
            [vec![], vec!["Hong Kong".to_string()], vec![]]
        );
    }

    #[test]
    fn goods_traded_on_markets_are_not_listed() {
        let [people, _, organisations] =
            linked("{P|Gold}, which touched a record, eased. {O|Nickel} rose by 500.");
        assert!(people.is_empty() && organisations.is_empty());
        // A person's surname, or a name after a title, stays.
        let [people, _, _] =
            linked("{P|Harry Gold} spoke. {P|Gold} said so. {P|Mr. Silver} agreed.");
        assert_eq!(people, ["Harry Gold", "Silver"]);
    }

    #[test]
    fn ships_craft_and_heavenly_bodies_are_not_listed() {
        assert_eq!(
            linked(
                "{O|HMS Belfast} shelled {L|Normandy}. {O|MV Uhuru II} docked. Grains came back from the asteroid \
                 {O|Itokawa}. {P|Concorde} is a supersonic airliner. {P|Concorde} flew. \
                 She sailed on the yacht {O|Malizia II}. The lunar module {P|Eagle} landed. \
                 The ship {L|Arkansas} sank off {L|Arkansas}. The aircraft carrier {P|Carl \
                 Vinson} sailed; the aircraft carrier {L|Enterprise} too. The star lies in the \
                 constellation {O|Virgo}, near the galaxy {L|Andromeda}."
            ),
            [
                vec![],
                vec!["Normandy".to_string(), "Arkansas".to_string()],
                vec![]
            ]
        );
    }
}
