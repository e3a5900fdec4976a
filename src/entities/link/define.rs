//! Names a sentence defines: `Zalipie is a village in …`, `Sepultura is a
//! Brazilian heavy metal band`, `Disco Elysium is a 2019 role-playing video
//! game`, `Edwina Currie is a British politician`.
//!
//! The opening sentence of an encyclopedia article, and many a later one,
//! says what its subject is. The noun that heads what follows `is a`, `was
//! an`, `are the` … decides the kind of every mention of that name: a
//! person, a place, an organisation, or a work, product or event, which is
//! not listed.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::short::Short;
use super::{
    HashMap64, Kind, Span, common_word, is_name_word, is_title, span_over, with_added, word_before,
};

/// What a definition makes a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Defined {
    Is(Kind),
    /// A work, product, event or anything else that is not listed.
    Unlisted,
}

/// Nouns that head the definition of a person.
pub(super) const PERSON: &str = "abbess abbot academic accountant activist actor actress \
    administrator admiral analyst anthropologist apostle apprentice archaeologist archbishop \
    archer architect aristocrat artist astronaut astronomer athlete attorney aunt author \
    aviator baker banker barber baron baroness barrister bartender bassist batsman biochemist \
    biologist bishop blacksmith bodybuilder botanist bowler boxer boyfriend brother businessman \
    businesswoman butcher butler candidate captain cardinal carer caretaker carpenter \
    cartoonist cashier cellist chairman chairwoman challenger chancellor chaplain chauffeur \
    chef chemist choreographer classmate cleric climber co-founder coach colleague columnist \
    comedian commander commentator commissioner composer conductor congressman congresswoman \
    consort correspondent councillor countess courtier cousin cricketer critic cyclist dancer \
    daughter defender dentist designer detective diarist diplomat director disciple dissident \
    doctor dramatist driver drummer duchess duke earl economist editor electrician emperor \
    empress engineer entertainer entrepreneur essayist evangelist explorer farmer father fencer \
    fiancé fiancée filmmaker firefighter fireman fisherman fishmonger footballer founder \
    gangster gardener general geneticist geographer geologist girlfriend goalkeeper goddess \
    golfer governor granddaughter grandfather grandmaster grandmother grandson guitarist \
    gymnast gypsy hacker hairdresser headmaster headmistress headteacher healer heir heiress \
    heroine historian housewife hunter hurdler husband illusionist illustrator imam \
    industrialist influencer inspector inventor investor janitor jockey journalist judge jurist \
    keyboardist king knight laborer labourer landowner lawmaker lawyer lecturer legislator \
    librarian lieutenant lifeguard linguist lyricist magician magistrate maid manager \
    marchioness marquess martyr mathematician mayor mechanic merchant midfielder midwife \
    minister missionary mobster monarch monk mother mountaineer musician nanny narrator \
    naturalist navigator neighbor neighbour nephew niece nobleman noblewoman novelist nun nurse \
    oceanographer officer optician orphan outfielder owner painter paramedic pastor pathologist \
    peasant pensioner pharaoh pharmacist philanthropist philosopher photographer physician \
    physicist pianist pilot pitcher player playwright plumber poet policeman policewoman \
    politician pope postman preacher presenter president priest prince princess professor \
    prophet prosecutor protagonist psychiatrist psychologist publican puppeteer quarterback \
    queen rabbi rapper receptionist referee regent reporter researcher retiree revolutionary \
    rider rower ruler runner sailor saint salesman saleswoman saxophonist scholar schoolboy \
    schoolgirl schoolteacher scientist screenwriter sculptor seamstress senator sergeant \
    servant shaman shepherd sheriff shopkeeper singer singer-songwriter sister skater skier \
    socialite sociologist soldier solicitor son songwriter soprano sorcerer sorceress spokesman \
    spokesperson spokeswoman sprinter spy statesman stateswoman stepdaughter stepfather \
    stepmother stepson stewardess strategist streamer striker student sultan surgeon surveyor \
    swimmer tailor teacher teammate technician teenager televangelist tenor theologian toddler \
    translator trumpeter tutor umpire uncle veterinarian violinist viscount viscountess \
    vocalist waiter waitress warlord warrior welder widow widower wife winger witch wizard \
    wrestler writer youtuber zoologist";

/// Nouns that head the definition of a place.
pub(super) const PLACE: &str = "archipelago arrondissement atoll barangay bay borough canton \
     cape capital city coast colony commune community country county desert district dominion \
     duchy emirate enclave estuary exclave fjord forest glacier glen gmina gulf hamlet headland \
     hill island isle islet kingdom lagoon lake locality loch mandal metropolis moor mountain \
     municipality neighborhood neighbourhood oasis oblast parish park peak peninsula place \
     plateau port prefecture principality protectorate province quarter raion regency region \
     republic reservoir river sea settlement state strait suburb taluk taluka tehsil territory \
     town townland township tributary valley village voivodeship volcano ward waterfall";

/// Nouns that head the definition of an organisation.
pub(super) const ORGANISATION: &str = "agency airline alliance association automaker band bank brewery broadcaster carmaker \
     channel charity chipmaker choir club coalition collective college company conglomerate \
     daily cooperative corporation council drugmaker duo ensemble federation firm foundation \
     institute insurer journal label league lender magazine maker manufacturer network \
     newspaper operator orchestra organisation organization outfit party publisher quartet \
     regulator retailer school service shipbuilder society squad startup steelmaker studio \
     subsidiary supermarket team trio union university utility watchdog weekly \
     wholesaler";

/// Nouns that head the definition of something not listed: works,
/// products, events, languages, species.
const UNLISTED: &str = "aircraft airliner album anime app ballet battle battleship book brand \
     breed camera car cheese cocktail comic competition console cruiser destroyer device dialect \
     dish documentary drama drink ep festival film franchise frigate game helicopter language \
     liner locomotive manga missile movie musical novel opera painting play poem product program \
     programme racehorse religion rifle rocket satellite sculpture series ship show single \
     sitcom smartphone software song spacecraft species submarine symphony telescope tournament \
     treaty typeface vessel war warship website";

/// Words that end the noun phrase of a definition: what follows them is not
/// its head.
const STOPS: &str = "and at based by called created developed directed established for formed founded \
     from in known located named near of on or produced published released set situated \
     that to which who whose with written";

/// Words before a name that make it the object of a phrase, not the
/// subject a definition is about.
const PREPOSITIONS: &str = "about against among at between by for from in into near of on over \
     to under with";

/// The most bytes looked at after a name.
const REACH: usize = 320;

/// What the words after `text[..end]`, a name, define it as, if they do:
/// `( … )`, then `, … ,` (at most 100 bytes) may come between the name
/// and the verb.
pub(super) fn definition(text: &str, end: usize) -> Option<Defined> {
    let limit = crate::document::floor_boundary(text, end + REACH);
    let mut rest = text.get(end..limit)?;
    rest = rest.trim_start_matches(' ');
    if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        rest = inner[close + 1..].trim_start_matches(' ');
    }
    if let Some(after) = rest.strip_prefix(',') {
        if let Some(kind) = apposition(after) {
            return Some(kind);
        }
        let close = after.find([',', '.', '\n'])?;
        if close > 100 || !after[close..].starts_with(',') {
            return None;
        }
        rest = after[close + 1..].trim_start_matches(' ');
    }
    let mut words = rest.split_byte(b' ').filter(|w| !w.is_empty()).peekable();
    let verb = words.next()?;
    if !matches!(verb, "is" | "was" | "are" | "were") {
        return None;
    }
    let mut article = words.next()?;
    if matches!(
        article,
        "also" | "now" | "still" | "once" | "currently" | "formerly"
    ) {
        article = words.next()?;
    }
    if !matches!(article, "a" | "an" | "the") {
        return None;
    }
    let (head, ended) = phrase_head(&mut words);
    let head = head?;
    // `a group of Tuareg musicians`, `a chain of islands`: the kind of what
    // it is a group of, a body when that is people.
    if !ended && COLLECTIVES.contains(&head) && words.next() == Some("of") {
        return match kind_of_head(phrase_head(&mut words).0?)? {
            Defined::Is(Kind::Person) => Some(Defined::Is(Kind::Organisation)),
            kind => Some(kind),
        };
    }
    // `a boarding and day school`: a word before `and` that names no kind
    // qualifies the head after it.
    match kind_of_head(head) {
        None if !ended && matches!(words.peek(), Some(&"and" | &"or")) => {
            words.next();
            kind_of_head(phrase_head(&mut words).0?)
        }
        kind => kind,
    }
}

/// Nouns for a number of things together, whose kind is that of the things
/// after `of` (`a range of hills`).
const COLLECTIVES: &[&str] = &[
    "chain",
    "cluster",
    "collection",
    "group",
    "pair",
    "range",
    "set",
];

/// The head of the noun phrase the words start with: its last word before
/// a word of [`STOPS`] or the end of the phrase, of the first seven words;
/// and whether punctuation ended the phrase. A stop word that ends it is
/// left in `words`.
fn phrase_head<'a>(
    words: &mut std::iter::Peekable<impl Iterator<Item = &'a str>>,
) -> (Option<&'a str>, bool) {
    let mut head = None;
    for _ in 0..7 {
        let Some(&word) = words.peek() else {
            break;
        };
        // To the end of the line, then without the punctuation that ends
        // the phrase (`village.` before a paragraph break).
        let line = word.split(['\n', '\r']).next().unwrap_or_default();
        let bare = line.trim_end_matches([',', '.', ';', ':', ')']);
        let ends = bare.len() != word.len();
        if listed(STOPS, bare) || bare.starts_with('(') || participle_after_head(head, bare) {
            break;
        }
        words.next();
        head = Some(bare);
        if ends {
            return (head, true);
        }
    }
    (head, false)
}

/// Whether `word` is a participle that begins what is said of `head`, a
/// noun a definition can be headed by: `a public university serving
/// seventeen countries` is a university. Not before any head (`a mining
/// town`), after a word that heads none (`a British engineering company`),
/// nor when the word is a head itself (`a Saxon king`).
fn participle_after_head(head: Option<&str>, word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ing")
        && head.is_some_and(|h| kind_of_head(h).is_some())
        && kind_of_head(word).is_none()
}

/// What a phrase set off by commas right after a name says it is, when it
/// starts with an article and names a place or an organisation:
/// `Moldovagaz, the state gas company, raised`, `Tinariwen, a band from
/// Mali, toured`. `after` follows the first comma.
fn apposition(after: &str) -> Option<Defined> {
    let close = after.find([',', '.', ';', '(', '\n'])?;
    if close > 100 || !after[close..].starts_with(',') {
        return None;
    }
    let mut words = after[..close]
        .split_byte(b' ')
        .filter(|w| !w.is_empty())
        .peekable();
    if !matches!(words.next()?, "a" | "an" | "the") {
        return None;
    }
    let (head, _) = phrase_head(&mut words);
    // A common noun: not `Nigeria, the News Agency of Nigeria reported`.
    // A place's or an organisation's only: a place at the start of a clause
    // is often followed by a person (`in the capital Grozny, the commander
    // of the troops said`), and a work is not dropped on an aside's word.
    let head = head.filter(|h| h.starts_with(|c: char| c.is_ascii_lowercase()))?;
    kind_of_head(head).filter(|d| {
        matches!(
            d,
            Defined::Is(Kind::Place) | Defined::Is(Kind::Organisation)
        )
    })
}

/// Whether the words before `start`, the start of a name, are a place's
/// noun and `of`: `the district of Martinaise`, `the islands of Værøy`.
pub(super) fn place_of(text: &str, start: usize) -> bool {
    // Most names are not after `of`: that is told from the bytes alone.
    if !text.as_bytes()[..start].ends_with(b" of ") {
        return false;
    }
    // Not God's (`the mountain of God`).
    let deity = super::words::DEITIES
        .iter()
        .any(|d| super::words::begins_with_word(&text[start..], d));
    if deity {
        return false;
    }
    // The word before the `of`.
    word_before(text, start - "of ".len()).is_some_and(|w| {
        let noun = &text[w];
        // Not `the capital of Timur`, his capital, nor `in place of
        // Simon Culhane`, `a ward of Henry Tudor` or `a quarter of Smith's`.
        noun.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(
                noun,
                "capital"
                    | "place"
                    | "places"
                    | "community"
                    | "communities"
                    | "ward"
                    | "wards"
                    | "quarter"
                    | "quarters"
            )
            && kind_of_head(noun) == Some(Defined::Is(Kind::Place))
    })
}

/// Whether `noun` heads a definition of a place, a body or a thing not
/// listed (`airline`, `newspaper`, `album`), in the singular or plural.
pub(super) fn heads_no_person(noun: &str) -> bool {
    matches!(
        kind_of_head(noun),
        Some(Defined::Is(Kind::Place | Kind::Organisation) | Defined::Unlisted)
    )
}

/// The kind a definition headed by `noun` gives, in the singular or plural.
fn kind_of_head(noun: &str) -> Option<Defined> {
    static HEADS: OnceLock<HashMap<&'static str, Defined>> = OnceLock::new();
    let heads = HEADS.get_or_init(|| {
        let mut heads = HashMap::new();
        // The first list a noun is in decides.
        for (list, kind) in [
            (PERSON, Defined::Is(Kind::Person)),
            (PLACE, Defined::Is(Kind::Place)),
            (ORGANISATION, Defined::Is(Kind::Organisation)),
            (UNLISTED, Defined::Unlisted),
        ] {
            for word in list.split_ascii_whitespace() {
                heads.entry(word).or_insert(kind);
            }
        }
        heads
    });
    let lower;
    let noun = if noun.bytes().any(|b| b.is_ascii_uppercase()) {
        lower = noun.to_ascii_lowercase();
        lower.as_str()
    } else {
        noun
    };
    let singular = || {
        noun.strip_suffix("ies")
            .and_then(|s| heads.get(format!("{s}y").as_str()))
            .or_else(|| noun.strip_suffix('s').and_then(|s| heads.get(s)))
            .copied()
    };
    heads.get(noun).copied().or_else(singular)
}

/// Whether `word` is one of the words of `list`.
fn listed(list: &str, word: &str) -> bool {
    list.split_ascii_whitespace().any(|w| w == word)
}

/// The verbs and articles a definition starts with, a space before: what
/// [`opening_starts`] looks for.
pub(super) const OPENINGS: &[&str] = &[
    " is a ",
    " is an ",
    " is the ",
    " was a ",
    " was an ",
    " was the ",
    " are a ",
    " are an ",
    " are the ",
    " were a ",
    " were an ",
    " were the ",
];

/// Capitalised words that start a sentence rather than a name.
const NOT_NAMES: &str = "A All An And Another As At Both But Each Every Her Here His It Its \
     Many Most My None One Our She Some Such That The Their There These They This Those \
     What Which Who";

/// Where the definitions' openings ([`OPENINGS`]) start in `text[part]`, as
/// a search for them all finds them, leftmost first, each after the end of
/// the one before: a search for each verb with its space before (none
/// overlaps itself), then the article after it. No two openings start at
/// one byte.
fn opening_starts(text: &str, part: Range<usize>) -> Vec<usize> {
    let hay = &text.as_bytes()[part.clone()];
    let mut found: Vec<(usize, usize)> = Vec::new();
    for verb in [" is", " was", " are", " were"] {
        for at in memchr::memmem::find_iter(hay, verb) {
            let after = at + verb.len();
            let opening = ["a ", "an ", "the "].into_iter().find_map(|article| {
                let rest = hay.get(after..)?.strip_prefix(b" ")?;
                rest.starts_with(article.as_bytes())
                    .then_some(verb.len() + 1 + article.len())
            });
            if let Some(len) = opening {
                found.push((part.start + at, len));
            }
        }
    }
    found.sort_unstable();
    let mut starts = Vec::new();
    let mut free_from = 0;
    for (start, len) in found {
        if start >= free_from {
            starts.push(start);
            free_from = start + len;
        }
    }
    starts
}

/// `spans` (in text order, apart) with the names the tagger passed by that a
/// sentence in `text[part]` defines as a person, place or organisation:
/// the capitalised words right before `is a`, `were an` … that no span
/// holds (`The Slits were an English punk band`: `Slits`). A single word
/// must not be a common one, nor any word a title or a word that starts
/// sentences (`It`, `The`).
pub(super) fn defined_untagged(text: &str, part: Range<usize>, mut spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    for end in opening_starts(text, part) {
        // A name the tagger cut after the word that opens the sentence
        // (`Killing` `Joke are an English rock band`) is whole again.
        let i = spans.partition_point(|s| s.end() < end);
        if let Some(s) = spans.get(i).filter(|s| s.end() == end)
            && let Some(start) = opening_words(text, s.start, &spans[..i])
            && let Some(Defined::Is(_)) = definition(text, end)
        {
            spans[i] = Span::new(text, start..end, s.kind);
            continue;
        }
        let mut start = end;
        let mut words = 0;
        // The word that ends right before the verb, then those before it.
        let last = text[..end]
            .trim_end_matches(|c: char| !c.is_whitespace())
            .len();
        let mut next = (last < end).then_some(last..end);
        while let Some(w) = next.take() {
            let word = &text[w.clone()];
            if words == 5
                || !text[w.end..start].chars().all(|c| c == ' ')
                || !word
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                || !is_name_word(word)
                || listed(NOT_NAMES, word)
                || is_title(word)
                || span_over(&spans, &w).is_some()
            {
                break;
            }
            start = w.start;
            words += 1;
            next = word_before(text, start);
        }
        let name = &text[start..end];
        // `The Raincoats are an English band`: a common word after `The`
        // names a band or a club.
        let after_the = word_before(text, start).is_some_and(|w| &text[w] == "The");
        let defined = definition(text, end);
        let common = words == 1 && common_word(name);
        if words == 0
            || (common && !(after_the && defined == Some(Defined::Is(Kind::Organisation))))
        {
            continue;
        }
        if let Some(Defined::Is(kind)) = defined {
            added.push(Span::new(text, start..end, kind));
        }
    }
    with_added(spans, added)
}

/// Words of time and manner that open sentences (`Today Solidarity is a
/// party`), beside the adverbs in `-ly`.
const SENTENCE_ADVERBS: &str = "Also Again Afterwards Later Meanwhile Nevertheless Nonetheless Now \
     Nowadays Once Since Soon Still Then Thereafter Thus Today Together Tomorrow Tonight \
     Yesterday January February March April May June July August September October November \
     December Monday Tuesday Wednesday Thursday Friday Saturday Sunday";

/// Where a name starts that the tagger began at `start`, one or two words
/// after the start of a sentence, when those words are capitalised, no
/// span (of `before`) holds them, and none is a word that opens sentences
/// (`It`, `The`), a title or a preposition: `Killing` in `Killing Joke are
/// an English rock band`.
fn opening_words(text: &str, start: usize, before: &[Span]) -> Option<usize> {
    let mut at = start;
    for _ in 0..2 {
        let w = word_before(text, at)?;
        let word = &text[w.clone()];
        if w.end + 1 != at
            || !word.chars().all(char::is_alphanumeric)
            || !is_name_word(word)
            || listed(NOT_NAMES, word)
            || listed(PREPOSITIONS, &word.to_lowercase())
            || listed(SENTENCE_ADVERBS, word)
            || word.ends_with("ly")
            || is_title(word)
            || before.last().is_some_and(|s| s.end() > w.start)
        {
            return None;
        }
        at = w.start;
        if super::starts_sentence(text, at) {
            return Some(at);
        }
    }
    None
}

/// Whether `range` is a name a definition makes a person's.
pub(super) fn defined_person(text: &str, range: &Range<usize>) -> bool {
    definition(text, range.end) == Some(Defined::Is(Kind::Person))
}

/// What the words in brackets after a name alone on its line define it as,
/// as an encyclopedia's title tells one page from another (`Serra Pelada
/// (band)`, `Meixide (village)`, `Heat (film)`, `Semafor (trade union)`):
/// one to three words in small letters, the last of which heads a
/// definition.
fn disambiguated(text: &str, s: &Span) -> Option<Defined> {
    let rest = text[s.end()..].strip_prefix(" (")?;
    let close = rest.find(')')?;
    let words = &rest[..close];
    let line_end = rest[close + 1..].trim_start_matches([' ', '\r']);
    let alone = (s.start == 0 || text[..s.start].ends_with('\n'))
        && (line_end.is_empty() || line_end.starts_with('\n'));
    let head = words.rsplit_byte(b' ').next().unwrap_or_default();
    (alone
        && (2..=30).contains(&words.len())
        && words.split_byte(b' ').count() <= 3
        && words
            .split_byte(b' ')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())))
    .then(|| kind_of_head(head))
    .flatten()
}

/// What the sentence that `s` opens defines it as, if it is the
/// sentence's subject: not after a preposition (`riots in Jordan is a
/// dirty game`), nor after another name and `and` (`Porgy and Bess is an
/// opera`, `Simon and Garfunkel were a duo`).
pub(super) fn defined_at(text: &str, s: &Span) -> Option<Defined> {
    if let Some(d) = disambiguated(text, s) {
        return Some(d);
    }
    let d = definition(text, s.end())?;
    let object = word_before(text, s.start).is_some_and(|w| {
        let word = &text[w.clone()];
        // (`On Prince Edward Island, the bridge operator` too.)
        PREPOSITIONS
            .split_ascii_whitespace()
            .any(|p| p.eq_ignore_ascii_case(word))
            || (matches!(word, "and" | "&")
                && word_before(text, w.start).is_some_and(|n| is_name_word(&text[n])))
    });
    (!object).then_some(d)
}

/// `spans` (in text order) with every name that a sentence defines given
/// the kind the first definition says, or dropped when that is none.
pub(super) fn by_definition(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut defined: HashMap64<Defined> = HashMap64::default();
    for s in &spans {
        if defined.contains_key(&s.name) {
            continue;
        }
        // A name the tagger took for a person's is a place at every
        // mention; another only there (`the town of Nokia`, the firm
        // elsewhere).
        if s.kind == Kind::Person && place_of(text, s.start) {
            defined.insert(s.name, Defined::Is(Kind::Place));
            continue;
        }
        if let Some(d) = defined_at(text, s) {
            defined.insert(s.name, d);
        }
    }
    for s in spans.iter_mut() {
        if s.kind != Kind::Place && place_of(text, s.start) {
            s.kind = Kind::Place;
        }
    }
    if defined.is_empty() {
        return spans;
    }
    spans.retain_mut(|s| match defined.get(&s.name) {
        Some(Defined::Is(kind)) => {
            s.kind = *kind;
            true
        }
        Some(Defined::Unlisted) => false,
        None => true,
    });
    spans
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;
    use super::*;

    proptest::proptest! {
        /// The openings found verb by verb are those one automaton of all
        /// of them finds, leftmost and longest first, with none
        /// overlapping, in any part of any text.
        #[test]
        fn openings_are_found_as_one_automaton_finds_them(
            pieces in proptest::collection::vec(0usize..15, 0..40),
            from in 0usize..120,
            upto in 0usize..120,
        ) {
            let parts = [" is", " was", " are", " were", " ", "a", "an", "the", "is", "\u{e9}",
                         "\n", "The Slits", "s", " is a", " were the"];
            let text: String = pieces.iter().map(|&i| parts[i]).collect();
            let bounded = |at: usize| {
                let mut at = at.min(text.len());
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                at
            };
            let part = bounded(from)..bounded(from.max(upto));
            let automaton = aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(OPENINGS)
                .expect("a few phrases");
            let one: Vec<usize> = automaton
                .find_iter(aho_corasick::Input::new(&text).range(part.clone()))
                .map(|m| m.start())
                .collect();
            proptest::prop_assert_eq!(opening_starts(&text, part), one);
        }
    }

    #[test]
    fn openings_that_share_a_space_are_found_once() {
        // The second ` is a ` starts at the space that ends the first.
        assert_eq!(opening_starts(" is a is a x", 0..12), [0]);
        assert_eq!(opening_starts("X is a was the y", 0..16), [1]);
        assert_eq!(opening_starts("X is a Y, Z was the y", 0..21), [1, 11]);
        assert_eq!(opening_starts("X is a", 0..6), Vec::<usize>::new());
    }

    fn defined(text: &str) -> Option<Defined> {
        let end = text
            .find(['(', ','])
            .or_else(|| text.find(" is "))
            .or_else(|| text.find(" was "))
            .or_else(|| text.find(" are "))
            .unwrap();
        definition(text, end)
    }

    #[test]
    fn the_head_of_what_a_name_is_gives_its_kind() {
        use Defined::{Is, Unlisted};
        let place = Some(Is(Kind::Place));
        let organisation = Some(Is(Kind::Organisation));
        for (text, kind) in [
            ("Zalipie is a village in southern Poland.", place),
            (
                "Gordonstoun is an independent boarding and day school.",
                organisation,
            ),
            ("Tew is a hamlet and parish in Oxfordshire.", place),
            ("Bennachie is a range of hills in Aberdeenshire.", place),
            ("Zest is a range of soaps.", None),
            ("Ann is a singing and dancing star.", None),
            (
                "Lofoten (Norwegian: [ˈlûːfuːtn̩]) is an archipelago in Nordland.",
                place,
            ),
            (
                "Oslo is the capital and most populous city of Norway.",
                place,
            ),
            ("The Neckar is a river in Germany.", place),
            (
                "Smithville is an unincorporated community in Lee County.",
                place,
            ),
            ("Barlow is a census-designated place in Ohio.", place),
            ("Sampaloc is a barangay in Manila.", place),
            ("Glenties is a townland in County Donegal.", place),
            (
                "Aberdaron is a community and former fishing village.",
                place,
            ),
            (
                "Sepultura is a Brazilian heavy metal band formed in 1984.",
                organisation,
            ),
            (
                "Fairport Convention are an English folk rock band.",
                organisation,
            ),
            ("Boris are a Japanese experimental band.", organisation),
            (
                "Kashima Antlers is a Japanese professional football club based in Kashima.",
                organisation,
            ),
            (
                "Edwina Currie, born in 1946, is a British politician.",
                Some(Is(Kind::Person)),
            ),
            (
                "Disco Elysium is a 2019 role-playing video game.",
                Some(Unlisted),
            ),
            (
                "Borgen is a Danish political drama television series.",
                Some(Unlisted),
            ),
            (
                "Tinariwen is a group of Tuareg musicians from Mali.",
                organisation,
            ),
            ("The Lofoten are a chain of islands in Norway.", place),
            ("Acme is a group of companies.", organisation),
            (
                "The University of the West Indies (UWI) is a public university serving \
                 seventeen English-speaking countries and territories.",
                organisation,
            ),
            ("Bisbee is a mining town in Arizona.", place),
            ("Saint-Domingue was a French colony.", place),
            (
                "Renold is a British engineering company making chains.",
                organisation,
            ),
            (
                "Offa was a Saxon king ruling Mercia.",
                Some(Is(Kind::Person)),
            ),
            (
                "Brogan Wyle was a Flemish courtier.",
                Some(Is(Kind::Person)),
            ),
            (
                "Secretariat was an American Thoroughbred racehorse.",
                Some(Unlisted),
            ),
            ("The Pleiades are a cluster of stars.", None),
            ("Acme is a group. of islands", None),
            ("Smith was one of the founders of the firm.", None),
            ("Smith is expected to win.", None),
            ("Smith is a good deal richer than Jones.", None),
            ("Norway is a member of the alliance.", None),
            ("Acme is the largest of steel.", None),
        ] {
            assert_eq!(defined(text), kind, "{text}");
        }
    }

    #[test]
    fn every_mention_of_a_defined_name_takes_the_kind_defined() {
        let [people, places, organisations] = linked(
            "{P|Zalipie} is a village in {L|Poland}. Tourists visit {P|Zalipie}. \
             {P|Sepultura} is a Brazilian heavy metal band. {P|Sepultura} toured. \
             {L|Edwina Currie} is a British politician. {P|Disco Elysium} is a video game. \
             {P|Disco Elysium} sold well.",
        );
        assert_eq!(people, ["Edwina Currie"]);
        assert_eq!(places, ["Zalipie", "Poland"]);
        assert_eq!(organisations, ["Sepultura"]);
    }

    #[test]
    fn a_definition_may_end_its_paragraph_but_must_be_about_the_name() {
        let [people, places, organisations] = linked(
            "{P|Zalipie} is a village.\n\n{P|Zalipie} is painted. Blaming them for riots in \
             {L|Jordan} is a dirty game.\nHe left {L|Jordan}.",
        );
        assert!(organisations.is_empty() && people.is_empty());
        assert_eq!(places, ["Zalipie", "Jordan"]);
    }

    #[test]
    fn a_definition_of_two_names_joined_by_and_is_of_neither_alone() {
        let [people, _, _] =
            linked("{P|Porgy} and {P|Bess} is an opera. {P|Porgy} loves {P|Bess}, who leaves.");
        assert_eq!(people, ["Porgy", "Bess"]);
    }

    #[test]
    fn a_defined_name_the_tagger_passed_by_is_found() {
        let [people, places, organisations] = linked(
            "Minor Threat was an American hardcore band. Tideswell is a village in {L|Derbyshire}. \
             The Raincoats are an English band. The Report is a long one. \
             It is a town. Parliament is a band. The band played in Tideswell.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Tideswell", "Derbyshire"]);
        assert_eq!(organisations, ["Minor Threat", "Raincoats"]);
    }

    #[test]
    fn a_defined_name_cut_after_its_opening_word_is_whole() {
        let [people, places, organisations] = linked(
            "Killing {P|Joke} are an English rock band. Club {O|Atlético Peñarol} is a sports \
             club. Today {O|Solidarity} is a party. In {L|Riga} is a museum. Currently {O|Acme} \
             is a firm. It {L|Paris} is a city. Red Hot {O|Chili Peppers} is a band.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Riga", "Paris"]);
        assert_eq!(
            organisations,
            [
                "Killing Joke",
                "Club Atlético Peñarol",
                "Solidarity",
                "Acme",
                "Red Hot Chili Peppers"
            ]
        );
    }

    #[test]
    fn an_aside_that_names_a_body_or_a_place_gives_its_kind() {
        let [people, places, organisations] = linked(
            "{P|Moldovagaz}, the state gas company, raised prices. {P|Moldovagaz} agreed. \
             {P|Tinariwen}, a band from {L|Mali}, toured. In southern {L|Nigeria}, the \
             {O|News Agency} of {L|Nigeria} reported. In the capital {L|Grozny}, the \
             commander of the troops, said so. {P|Smith}, a company spokesman, said so. \
             {P|Jones}, the film's director, agreed.",
        );
        assert_eq!(people, ["Smith", "Jones"]);
        assert_eq!(places, ["Mali", "Nigeria", "Grozny"]);
        assert_eq!(
            organisations,
            ["Moldovagaz", "Tinariwen", "News Agency of Nigeria"]
        );
    }

    #[test]
    fn a_name_after_a_places_noun_and_of_is_a_place() {
        let [people, places, organisations] = linked(
            "The islands of {P|Værøy} lie west. {P|Værøy} has a port. He woke in the \
             district of {P|Martinaise}. {O|Nokia} grew in the town of {O|Nokia}. \
             {O|Nokia} sold phones. Samarkand was the capital of {P|Timur}. The Town of \
             {P|Smith} sang. The old kingdom of {O|Pharloom} fell. The French colony of \
             {P|Saint-Domingue} rose. He returns in place of {P|Simon Culhane}. She was a \
             ward of {P|Henry Tudor}.",
        );
        assert_eq!(people, ["Timur", "Smith", "Simon Culhane", "Henry Tudor"]);
        assert_eq!(
            places,
            [
                "Værøy",
                "Martinaise",
                "Nokia",
                "Samarkand",
                "Pharloom",
                "Saint-Domingue"
            ]
        );
        assert_eq!(organisations, ["Nokia"]);
    }

    #[test]
    fn any_text_after_a_name_is_read_safely() {
        for text in [
            "",
            "x",
            "Kim is a",
            "Kim (",
            "Kim, a",
            "Kim, a ,",
            "Kim, the \u{2028}company,",
            "Kim, an 北京 band,",
            "Kim is a 北京",
            "Kim is the \u{2028}city",
        ] {
            for end in 0..=text.len() {
                if text.is_char_boundary(end) {
                    let _ = definition(text, end);
                }
            }
        }
        let long = format!("Kim is a {}village", "北".repeat(200));
        assert_eq!(definition(&long, 3), None);
    }

    #[test]
    fn a_body_defined_by_a_sentence_keeps_its_kind_though_its_words_are_a_places() {
        let [_, places, organisations] = linked(
            "{L|Serra Pelada} (band)\n\n{L|Serra Pelada} is a Brazilian thrash metal band. \
             {O|Serra Pelada} toured.\n\nOn {L|Prince Edward Island}, the bridge operator, \
             says the crossing is shut.",
        );
        assert_eq!(places, ["Prince Edward Island"]);
        assert_eq!(organisations, ["Serra Pelada"]);
    }

    #[test]
    fn a_word_in_brackets_after_a_title_defines_it() {
        let [people, places, organisations] = linked(
            "{L|Vasa} (ship)\n\nThe {L|Vasa} sank in 1628.\n\n{L|Heimdal} (band)\n\n\
             {L|Heimdal} toured {L|Norway}. {P|Kim} (the singer) came.\n",
        );
        assert_eq!(people, ["Kim"]);
        assert_eq!(places, ["Norway"]);
        assert_eq!(organisations, ["Heimdal"]);
    }

    #[test]
    fn words_in_brackets_after_a_title_define_it_by_the_last() {
        let [people, places, organisations] = linked(
            "{P|Semafor} (trade union)\n\nBy 1981 {P|Semafor} had branches in {L|Legnica}.\n\n\
             {P|Uyanga} (right tributary river)\n\nTimber went down the {P|Uyanga} to \
             {L|Kolpashevo}.\n\n{P|Kasia Nowak} (a singer from the village)\n",
        );
        assert_eq!(people, ["Kasia Nowak"]);
        assert_eq!(places, ["Legnica", "Uyanga", "Kolpashevo"]);
        assert_eq!(organisations, ["Semafor"]);
    }
}
