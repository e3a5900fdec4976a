//! What a text holds that a step of linking needs before it can change
//! anything: a word it looks for, a character it works at. Most steps
//! change nothing on most texts, yet each would look at every span to find
//! that out; [`Cues::of`] answers for all of them at once, in one pass over
//! the bytes and one automaton, so that a step whose cues are all absent is
//! not run at all.
//!
//! A cue is a string found anywhere in the text, in any ASCII case, as a
//! word or a part of one (as a whole word only where the step's own words
//! are): a test that may let a step run for nothing, but never skips one
//! that would have changed the spans. Each step's cues are the words and
//! characters every change it makes needs (see [`Cue`]).

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input};

use super::topics::{self, Topics};
use super::two_speed::TwoSpeed;
use super::{define, join, kin, nouns, places, roads, schools, teams, unlisted, untagged, words};

/// Each of `list` with a space before it.
fn with_space_before(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| format!(" {w}")).collect()
}

/// The enum of cues and the list of them all, from one list of their
/// names, so that none is left out of [`Cue::ALL`].
macro_rules! cues {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// The cues, one bit each in [`Cues`], each named for what its
        /// strings are, with the steps that need one of them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub(super) enum Cue {
            $($(#[$doc])* $name,)*
        }

        impl Cue {
            /// Every cue.
            const ALL: &'static [Cue] = &[$(Cue::$name,)*];
        }
    };
}

cues! {
    /// An ampersand: [`super::join::across_ampersands`],
    /// [`super::firms::with_partners_before`].
    Ampersand,
    /// A firm's officer before a space (`CEO `):
    /// [`super::join::people_after_officers`].
    Officers,
    /// An en dash: [`super::join::names_across_dashes`].
    EnDash,
    /// `Church` after a space: [`super::untagged::churches_by_their_creeds`].
    Church,
    /// A colon before a space: [`super::speakers::speakers`].
    Colon,
    /// A sentence's opening that defines (` is a `):
    /// [`super::define::defined_untagged`].
    Definition,
    /// A word that opens a list (`including`, `like`, `such as`):
    /// [`super::nouns::places_listed_by_their_nouns`],
    /// [`super::nouns::organisations_listed_by_their_nouns`].
    Listing,
    /// A figure right before a dash (`2-1`):
    /// [`super::teams::teams_around_scores`].
    Score,
    /// A verb of study or a word of its graduates (`studied`, `alumnus`),
    /// besides the stems of study:
    /// [`super::schools::schools_by_their_students`].
    Students,
    /// A road's word (`Highway`, `Road`): [`super::roads::roads_with_numbers`].
    Roads,
    /// A saint's possessive before what is named after the saint (`'s
    /// Church`): [`super::join::saints_possessive_names`].
    SaintsPossessive,
    /// An ordinal in figures before a space (`5th `):
    /// [`super::join::numbered_names`].
    Ordinal,
    /// An honorific after a name (` ji`):
    /// [`super::kin::people_before_their_honorifics`].
    Honorifics,
    /// A noun of a place or of land after a name (` county`):
    /// [`super::nouns::untagged_places_by_their_nouns`],
    /// [`super::nouns::places_by_their_nouns`].
    FeatureNouns,
    /// A ship's prefix (`HMS `): [`super::unlisted::without_ships`].
    Ships,
    /// A building dedicated to a saint (`Abbey`):
    /// [`super::unlisted::without_dedications`].
    Dedicated,
    /// A storm's word (`Hurricane `): [`super::unlisted::without_storms`].
    Storms,
    /// An event's last word or a peer's rank (` Act`, `Dukes `):
    /// [`super::unlisted::without_events_and_peerages`].
    EventsAndPeers,
    /// A meeting of a town (`Congress of `, ` Conference`):
    /// [`super::unlisted::without_congresses`].
    Congresses,
    /// A maker before a model's name (`Audi `):
    /// [`super::unlisted::without_models`].
    Makers,
    /// A product's noun (` chip`): [`super::unlisted::without_products`].
    Products,
    /// An instrument's last word (` Telescope`, `-Spectrograph`):
    /// [`super::unlisted::without_instruments`].
    Instruments,
    /// A work's noun or a verb of making one (`album`, `released`):
    /// [`super::unlisted::works_by_their_nouns`].
    Works,
    /// ` by `: [`super::unlisted::works_by_their_makers`].
    By,
    /// A people's word after a name (` tribe`): [`super::unlisted::peoples`].
    Peoples,
    /// A verb of speech (` said`): [`super::with_speaking_surnames`].
    Speech,
    /// An epithet after a name (` the Great`):
    /// [`super::join::people_with_epithets`].
    Epithets,
    /// A club's year or a nation's team after a name (` 04`, ` national
    /// `): [`super::firms::with_their_endings`].
    ClubsAndNations,
    /// A verb of a season (` won`): [`super::teams::teams_by_their_matches`].
    Seasons,
    /// A bracket after a space (` (`): [`super::places::acronyms`].
    Brackets,
    /// A body's word before `of`, `for` or `on` (`Bank of `):
    /// [`super::join::organisations_of`].
    BodiesOf,
    /// A quoted title before a bracket, or a line of a list:
    /// [`super::titles::without_titles_with_years`].
    TitlesWithYears,
    /// A word with its `g` dropped (`Sportin' `):
    /// [`super::join::names_with_dropped_gs`].
    DroppedGs,
    /// A kind of place after its name (` river`):
    /// [`super::places::without_kinds_after`].
    KindsAfter,
    /// A hyphen: [`super::join::family_and_given_names`].
    Hyphen,
    /// A facility's or a division's word (` Airport`):
    /// [`super::untagged::facilities_whole`].
    Facilities,
    /// A possessive: [`super::firms::possessive_businesses`].
    Possessive,
    /// A minister's portfolio (`Minister for `):
    /// [`super::unlisted::without_portfolios`].
    Portfolios,
    /// A noun of a body (`band`, `airline`):
    /// [`super::nouns::organisations_by_their_nouns`].
    BodyNouns,
    /// The district after Washington (` DC`):
    /// [`super::places::places_run_together`].
    District,
}

const _: () = assert!(Cue::ALL.len() <= u64::BITS as usize);

impl Cue {
    /// The strings any of which the steps need in the text.
    fn strings(self) -> Vec<String> {
        let own = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
        match self {
            Cue::Ampersand => own(&["&"]),
            Cue::Officers => words::OFFICERS.iter().map(|o| format!("{o} ")).collect(),
            Cue::EnDash => own(&["\u{2013}"]),
            Cue::Church => own(&[" Church"]),
            Cue::Colon => own(&[": "]),
            Cue::Definition => own(define::OPENINGS),
            Cue::Listing => own(&["including", "include", "includes", "like", "such"]),
            Cue::Score => ('0'..='9')
                .flat_map(|d| [format!("{d}-"), format!("{d}\u{2013}")])
                .collect(),
            Cue::Students => own(schools::STUDY_VERBS)
                .into_iter()
                .chain(schools::STRONG_CUES.iter().map(|[w, _]| w.to_string()))
                .collect(),
            Cue::Roads => [
                roads::ROADS_SPOKEN_OF,
                &["highway", "interstate", "route", " road"],
            ]
            .concat()
            .iter()
            .map(|s| s.to_string())
            .collect(),
            Cue::SaintsPossessive => join::AFTER_SAINTS
                .iter()
                .flat_map(|(h, _)| ["'s", "\u{2019}s", "'", "\u{2019}"].map(|p| format!("{p} {h}")))
                .collect(),
            Cue::Ordinal => ('0'..='9')
                .flat_map(|d| ["st", "nd", "rd", "th"].map(|x| format!("{d}{x} ")))
                .collect(),
            Cue::Honorifics => with_space_before(kin::AFTER_NAMES),
            Cue::FeatureNouns => {
                with_space_before(&[nouns::PLACE_NOUNS_AFTER, nouns::LAND_NOUNS_AFTER].concat())
            }
            Cue::Ships => unlisted::SHIP_PREFIXES
                .iter()
                .map(|p| format!("{p} "))
                .collect(),
            Cue::Dedicated => own(unlisted::DEDICATED),
            Cue::Storms => unlisted::STORMS.iter().map(|p| format!("{p} ")).collect(),
            Cue::EventsAndPeers => with_space_before(unlisted::EVENTS_LAST)
                .into_iter()
                .chain(unlisted::PEERS.iter().map(|p| format!("{p} ")))
                .chain([" of Fame".to_string()])
                .collect(),
            Cue::Congresses => unlisted::MEETINGS
                .iter()
                .map(|m| format!("{m} of "))
                .chain([" Conference".to_string()])
                .collect(),
            Cue::Makers => unlisted::MAKERS.iter().map(|p| format!("{p} ")).collect(),
            Cue::Products => with_space_before(unlisted::PRODUCTS),
            Cue::Instruments => unlisted::INSTRUMENTS_LAST
                .iter()
                .flat_map(|w| [format!(" {w}"), format!("-{w}")])
                .collect(),
            Cue::Works => [
                unlisted::NOUNS,
                unlisted::QUALIFIED_NOUNS,
                unlisted::MADE,
                "wrote",
            ]
            .iter()
            .flat_map(|list| list.split_ascii_whitespace())
            .map(str::to_string)
            .collect(),
            Cue::By => own(&[" by "]),
            Cue::Peoples => unlisted::PEOPLE_AFTER
                .split_ascii_whitespace()
                .map(|w| format!(" {w}"))
                .collect(),
            Cue::Speech => own(super::SPEECH_VERBS)
                .into_iter()
                .chain(["said ".to_string()])
                .collect(),
            Cue::Epithets => join::EPITHETS.iter().map(|e| format!(" the {e}")).collect(),
            Cue::ClubsAndNations => own(&[" 0", " national "]),
            Cue::Seasons => with_space_before(teams::SEASON_VERBS),
            Cue::Brackets => own(&[" ("]),
            Cue::BodiesOf => [
                (join::TAKES_OF, "of"),
                (join::TAKES_FOR, "for"),
                (join::TAKES_FOR_ALONE, "for"),
                (join::TAKES_ON, "on"),
            ]
            .iter()
            .flat_map(|(heads, joint)| heads.iter().map(move |h| format!("{h} {joint} ")))
            .collect(),
            Cue::TitlesWithYears => own(&["\" (", "\u{201d} (", "\n- ", "\n* ", "\n\u{2022} "]),
            Cue::DroppedGs => own(&["in' "]),
            Cue::KindsAfter => with_space_before(places::KINDS_AFTER),
            Cue::Hyphen => own(&["-"]),
            Cue::Facilities => with_space_before(
                &[
                    untagged::FACILITIES,
                    untagged::DIVISIONS,
                    &[untagged::DEPARTMENT],
                ]
                .concat(),
            ),
            Cue::Possessive => own(&["'s", "\u{2019}s"]),
            Cue::Portfolios => own(unlisted::PORTFOLIOS),
            Cue::BodyNouns => define::ORGANISATION
                .split_ascii_whitespace()
                .map(str::to_string)
                .collect(),
            Cue::District => own(&[" DC", " D.C."]),
        }
    }

    /// Whether the steps need the strings as whole words: the words they
    /// compare are cut at spaces and stops, never inside a run of ASCII
    /// letters and figures. (Not [`Cue::Speech`]: `said ` ends the words
    /// before a name, whatever word it ends.)
    fn whole_words(self) -> bool {
        matches!(
            self,
            Cue::Works
                | Cue::Peoples
                | Cue::Listing
                | Cue::Seasons
                | Cue::Honorifics
                | Cue::Students
                | Cue::BodyNouns
        )
    }

    fn bit(self) -> u64 {
        1 << self as u8
    }
}

/// What a string of the automaton is when it is no phrase of the topics.
const NO_PHRASE: usize = usize::MAX;

/// The cues found in a text: see [`Cues::of`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Cues(u64);

/// Which cues each ASCII byte is (the strings of one byte), and an
/// automaton of the longer strings and of the phrases of the topics
/// ([`topics::topic_phrases`]), any ASCII case, with what each is.
struct Finder {
    bytes: [u64; 256],
    /// The strings in an automaton quick to build, for the first texts a
    /// process reads; then ([`Finder::automaton`]) in one quick to run.
    strings: TwoSpeed,
    patterns: Vec<String>,
    /// For each string, the cues it is wherever it stands, those it is as a
    /// whole word only, and the phrase of the topics it is, if one
    /// ([`NO_PHRASE`] if none).
    cues: Vec<(u64, u64, usize)>,
    /// The cues with longer strings.
    longer: u64,
}

fn finder() -> &'static Finder {
    static CELL: OnceLock<Finder> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut bytes = [0u64; 256];
        let mut patterns: Vec<String> = Vec::new();
        let mut cues: Vec<(u64, u64, usize)> = Vec::new();
        let mut longer = 0;
        for &cue in Cue::ALL {
            let whole = cue.whole_words();
            for s in cue.strings() {
                if let &[b] = s.as_bytes() {
                    for b in [b.to_ascii_lowercase(), b.to_ascii_uppercase()] {
                        bytes[b as usize] |= cue.bit();
                    }
                    continue;
                }
                longer |= cue.bit();
                let s = s.to_ascii_lowercase();
                let i = patterns.iter().position(|p| *p == s).unwrap_or_else(|| {
                    patterns.push(s);
                    cues.push((0, 0, NO_PHRASE));
                    cues.len() - 1
                });
                if whole {
                    cues[i].1 |= cue.bit();
                } else {
                    cues[i].0 |= cue.bit();
                }
            }
        }
        for (t, phrase) in topics::topic_phrases().iter().enumerate() {
            match patterns.iter().position(|p| p == phrase) {
                Some(i) => cues[i].2 = t,
                None => {
                    patterns.push(phrase.clone());
                    cues.push((0, 0, t));
                }
            }
        }
        // The Kelvin sign folds to `k` where a step folds a word: a text
        // with it is taken to hold every cue.
        patterns.push("\u{212A}".to_string());
        cues.push((u64::MAX, 0, NO_PHRASE));
        Finder {
            bytes,
            strings: TwoSpeed::new(),
            patterns,
            cues,
            longer,
        }
    })
}

/// An automaton of `patterns`, any ASCII case, of `kind`.
fn automaton(patterns: &[String], kind: AhoCorasickKind) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(kind))
        .build(patterns)
        .expect("the cues make an automaton")
}

impl Finder {
    /// The automaton to read `len` more bytes with.
    fn automaton(&self, len: usize) -> &AhoCorasick {
        self.strings
            .get(len, |kind| automaton(&self.patterns, kind))
    }
}

impl Cues {
    /// The cues of `text[range]`, widened by [`Cues::MARGIN`] bytes each
    /// side (a step looks at the words around the spans of a part, which
    /// may lie just outside it).
    #[cfg(test)]
    pub(super) fn of(text: &str, range: Range<usize>) -> Cues {
        Cues::with_topics(text, range).0
    }

    /// The cues of `text[range]` (see [`Cues::of`]), and what it speaks of
    /// ([`Topics::of`], which this finds in the same pass).
    pub(super) fn with_topics(text: &str, range: Range<usize>) -> (Cues, Topics) {
        #[cfg(test)]
        if tests::EVERY_CUE.with(std::cell::Cell::get) {
            return (Cues(u64::MAX), Topics::of(text, range));
        }
        let from = range.start.saturating_sub(Self::MARGIN);
        let upto = range.end.saturating_add(Self::MARGIN).min(text.len());
        let bytes = &text.as_bytes()[from.min(upto)..upto];
        let finder = finder();
        let mut on = 0;
        for &b in bytes {
            on |= finder.bytes[b as usize];
        }
        let mut seen = topics::Seen::default();
        let input = Input::new(bytes);
        // A word goes on where a letter or a figure of ASCII stands next to
        // it (any other character may end a word).
        let inside = |at: Option<&u8>| at.is_some_and(u8::is_ascii_alphanumeric);
        for m in finder.automaton(bytes.len()).find_overlapping_iter(input) {
            let (anywhere, whole, phrase) = finder.cues[m.pattern().as_usize()];
            on |= anywhere;
            // (A string that begins or ends with a space or a stop is cut
            // there already.)
            if whole & !on != 0 {
                let cut_before = !inside(bytes.get(m.start()))
                    || !inside(m.start().checked_sub(1).and_then(|i| bytes.get(i)));
                let cut_after = !inside(bytes.get(m.end() - 1)) || !inside(bytes.get(m.end()));
                if cut_before && cut_after {
                    on |= whole;
                }
            }
            // The topics are those of the range itself.
            let at = from + m.start()..from + m.end();
            if phrase != NO_PHRASE && range.start <= at.start && at.end <= range.end {
                seen.take(text, at, phrase);
            }
            if finder.longer & !on == 0 && seen.all() {
                break;
            }
        }
        (Cues(on), seen.topics())
    }

    const MARGIN: usize = 4096;

    /// No cue, for a text with none of them.
    pub(super) const NONE: Cues = Cues(0);

    /// The cues of both texts, as of one text made of them.
    pub(super) fn union(self, other: Cues) -> Cues {
        Cues(self.0 | other.0)
    }

    /// Whether the text holds one of `cue`'s strings.
    pub(super) fn has(self, cue: Cue) -> bool {
        self.0 & cue.bit() != 0
    }
}

/// `spans`, passed through `step` when `on`, else as they are.
pub(super) fn when<T>(on: bool, spans: T, step: impl FnOnce(T) -> T) -> T {
    if on { step(spans) } else { spans }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger;
    use proptest::prelude::*;

    thread_local! {
        /// Whether [`Cues::of`] gives every cue, so that every step runs.
        pub(super) static EVERY_CUE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// The entities of `text`, every step run or only those whose cues
    /// it holds.
    fn linked(text: &str, every: bool) -> crate::entities::Entities {
        EVERY_CUE.with(|c| c.set(every));
        let found = super::super::link(text, &tagger::mentions(text));
        EVERY_CUE.with(|c| c.set(false));
        found
    }

    /// Words and names that wake the steps with cues, and others.
    fn piece() -> impl Strategy<Value = String> {
        let cued = Cue::ALL
            .iter()
            .flat_map(|c| c.strings())
            .collect::<Vec<_>>();
        let names = [
            "Kim Jong Un",
            "Mrs. May",
            "Paris",
            "Acme Corp",
            "St Mary's",
            "Church",
            "Hurricane Katrina",
            "HMS Victory",
            "Manchester United",
            "Ban Ki-moon",
            "University of Oxford",
            "Bank of England",
            "the Great",
            "Ford",
            "Audi A4",
            "River Thames",
            "Lake",
            "Reading",
            "Sportin'",
            "CEO",
            "Tim Cook",
            "said",
            "Smith",
            "Jordan",
            "won",
            "2-1",
            "5th Avenue",
            "Alabama",
            "Wu-Tang Clan",
            ".",
            ",",
            "\n",
            "\n\n",
            "(",
            ")",
            ":",
            "the",
            "of",
            "in",
            "and",
            "é",
        ];
        prop_oneof![
            proptest::sample::select(cued),
            proptest::sample::select(names.map(String::from).to_vec()),
            proptest::sample::select(
                [
                    "\u{a0}",
                    "\u{2028}",
                    "北京",
                    "עברית",
                    "e\u{301}",
                    "\u{7}",
                    "\u{212A}"
                ]
                .map(String::from)
                .to_vec()
            ),
            "\\PC{1,8}",
        ]
    }

    /// Skipping the steps whose cues a text lacks changes nothing, on
    /// every text of the sets in `tests/` (news, encyclopedia
    /// articles, posts, listings).
    #[test]
    fn skipping_steps_changes_nothing_on_the_test_sets() {
        let tests = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let mut sets: Vec<_> = std::fs::read_dir(&tests)
            .expect("the tests folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.is_dir()
                    && p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("devset"))
            })
            .collect();
        sets.sort();
        let mut texts = 0;
        for set in sets {
            let mut files: Vec<_> = std::fs::read_dir(&set)
                .expect("a test set")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            files.sort();
            for file in &files {
                let text = std::fs::read_to_string(file).expect("a text");
                assert_eq!(
                    linked(&text, true),
                    linked(&text, false),
                    "{}",
                    file.display()
                );
                texts += 1;
            }
        }
        assert!(texts > 500, "{texts} texts");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// Skipping the steps whose cues a text lacks changes nothing.
        #[test]
        fn skipping_steps_changes_nothing(words in proptest::collection::vec(piece(), 1..60)) {
            let text = words.join(" ");
            prop_assert_eq!(linked(&text, true), linked(&text, false));
        }
    }

    #[test]
    fn finds_each_cue_by_its_strings_in_any_case() {
        for &cue in Cue::ALL {
            for s in cue.strings() {
                let text = format!("Some words {} and more", s.to_ascii_uppercase());
                assert!(Cues::of(&text, 0..text.len()).has(cue), "{cue:?} {s}");
            }
        }
        assert!(!Cues::of("plain words", 0..11).has(Cue::Ampersand));
    }

    /// Words of the topics, and others, to make texts of.
    fn topical() -> impl Strategy<Value = String> {
        let mut words: Vec<String> = topics::topic_phrases().to_vec();
        words.extend(
            ["the", "clubhouse", "re-match", "Goal", "é", "\u{a0}", "\n"].map(String::from),
        );
        proptest::collection::vec(
            prop_oneof![proptest::sample::select(words), "\\PC{0,6}"],
            0..40,
        )
        .prop_map(|w| w.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        /// The topics found with the cues are those found alone, of any
        /// range.
        #[test]
        fn topics_with_the_cues_as_alone(text in topical(), a in 0usize..400, b in 0usize..400) {
            let mut a = a.min(text.len());
            let mut b = b.min(text.len());
            while !text.is_char_boundary(a) { a -= 1; }
            while !text.is_char_boundary(b) { b -= 1; }
            let range = a.min(b)..a.max(b);
            prop_assert_eq!(
                Cues::with_topics(&text, range.clone()).1,
                Topics::of(&text, range)
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// The automaton a process starts with and the one it moves to
        /// find the same strings.
        #[test]
        fn both_automata_find_the_same(text in topical()) {
            let finder = finder();
            let found = |kind| {
                let mut all: Vec<_> = automaton(&finder.patterns, kind)
                    .find_overlapping_iter(Input::new(&text))
                    .map(|m| (m.pattern(), m.start(), m.end()))
                    .collect();
                all.sort_unstable();
                all
            };
            prop_assert_eq!(
                found(AhoCorasickKind::ContiguousNFA),
                found(AhoCorasickKind::DFA)
            );
        }
    }

    #[test]
    fn finds_whole_words_only_where_asked() {
        let of = |text: &str| Cues::of(text, 0..text.len());
        assert!(of("the Bangerang people.").has(Cue::Peoples));
        assert!(of("the Bangerang people").has(Cue::Peoples));
        assert!(!of("the Bangerang peoplehood").has(Cue::Peoples));
        assert!(of("films, including Ran").has(Cue::Listing));
        assert!(of("(like Ran)").has(Cue::Listing));
        assert!(!of("unlike Ran").has(Cue::Listing));
        assert!(!of("likely Ran").has(Cue::Listing));
        assert!(of("the album").has(Cue::Works));
        assert!(!of("Kim Jong Xalbumy").has(Cue::Works));
        // Not asked of a verb of speech: `said ` may end any word.
        assert!(of("unsaid King").has(Cue::Speech));
    }

    #[test]
    fn looks_a_margin_beyond_the_range() {
        let text = format!("A & B{}", " x".repeat(1000));
        let end = text.len();
        assert!(Cues::of(&text, end - 10..end).has(Cue::Ampersand));
        let far = format!("A & B{}", " x".repeat(5000));
        let end = far.len();
        assert!(!Cues::of(&far, end - 10..end).has(Cue::Ampersand));
    }

    proptest::proptest! {
        #[test]
        fn any_text_and_range(text in "\\PC{0,200}", a in 0usize..300, b in 0usize..300) {
            let (a, b) = (a.min(text.len()), b.min(text.len()));
            let cues = Cues::of(&text, a.min(b)..a.max(b));
            // (The Kelvin sign wakes every cue.)
            let expected = text.contains('&') || text.contains('\u{212A}');
            proptest::prop_assert_eq!(cues.has(Cue::Ampersand), expected);
        }
    }
}
