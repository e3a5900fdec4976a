//! What a text speaks of (sport, music, roads, study, cricket), which some
//! rules ask before they apply: found for all of them in one pass of one
//! automaton over the text, rather than one pass each.

use super::*;

/// The subjects a text or a part of it speaks of. Each is found from
/// words in any case: see [`Topics::of`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Topics {
    /// A sport named ([`teams::SPORTS`]), or two distinct words of sport
    /// ([`teams::SPORT_WORDS`]), each a whole word.
    pub sport: bool,
    /// A word of music ([`bands::MUSIC_WORDS`]).
    pub music: bool,
    /// A word of roads ([`roads::ROADS_SPOKEN_OF`]).
    pub roads: bool,
    /// A stem of study ([`schools::STUDY_STEMS`]).
    pub study: bool,
    /// A word of cricket ([`teams::CRICKET_WORDS`]).
    pub cricket: bool,
}

/// What a phrase of the automaton tells: bits of [`Role`].
type Roles = u32;

/// The bit of a role, for the words of sport the bit of each word
/// ([`SPORT_WORD_BITS`] of them).
struct Role;
impl Role {
    const SPORT: Roles = 1 << 0;
    const MUSIC: Roles = 1 << 1;
    const ROADS: Roles = 1 << 2;
    const STUDY: Roles = 1 << 3;
    const CRICKET: Roles = 1 << 4;
    /// The first bit of the words of sport, one bit each.
    const SPORT_WORD: u32 = 5;
}

/// The phrases of every topic, in lower case, each once, and what each
/// tells; and an automaton of them, any case, that reports every
/// occurrence.
fn phrases() -> &'static (aho_corasick::AhoCorasick, Vec<Roles>, Vec<String>) {
    static CELL: OnceLock<(aho_corasick::AhoCorasick, Vec<Roles>, Vec<String>)> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut phrases: Vec<String> = Vec::new();
        let mut roles: Vec<Roles> = Vec::new();
        let mut add = |phrase: &str, role: Roles| {
            let phrase = phrase.to_ascii_lowercase();
            match phrases.iter().position(|p| *p == phrase) {
                Some(i) => roles[i] |= role,
                None => {
                    phrases.push(phrase);
                    roles.push(role);
                }
            }
        };
        for w in teams::SPORTS {
            add(w, Role::SPORT);
        }
        for (i, w) in teams::SPORT_WORDS.iter().enumerate() {
            add(w, 1 << (Role::SPORT_WORD + i as u32));
        }
        for w in bands::MUSIC_WORDS {
            add(w, Role::MUSIC);
        }
        for w in roads::ROADS_SPOKEN_OF {
            add(w, Role::ROADS);
        }
        for w in schools::STUDY_STEMS {
            add(w, Role::STUDY);
        }
        for w in teams::CRICKET_WORDS {
            add(w, Role::CRICKET);
        }
        let ac = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&phrases)
            .expect("a few words make an automaton");
        (ac, roles, phrases)
    })
}

/// The words of sport that make a text one of sport, two of them.
const SPORT_WORD_BITS: u32 = teams::SPORT_WORDS.len() as u32;
const _: () = assert!(Role::SPORT_WORD + SPORT_WORD_BITS <= Roles::BITS);

impl Topics {
    /// What `text[range]` speaks of: each topic's words found anywhere in
    /// it, in any case, as parts of words too (`universit`, ` band`); the
    /// words of sport only as whole words of `text`.
    pub(super) fn of(text: &str, range: Range<usize>) -> Topics {
        let mut seen = Seen::default();
        let input = aho_corasick::Input::new(text).range(range);
        for m in phrases().0.find_overlapping_iter(input) {
            seen.take(text, m.range(), m.pattern().as_usize());
            if seen.all() {
                break;
            }
        }
        seen.topics()
    }
}

/// The phrases of the topics, in lower case, each once: what
/// [`Seen::take`] takes a phrase's index into. (For an automaton that
/// looks for them among other strings.)
pub(super) fn topic_phrases() -> &'static [String] {
    &phrases().2
}

/// What the phrases found so far in a text tell of its topics.
#[derive(Default)]
pub(super) struct Seen(Roles);

impl Seen {
    /// Takes in phrase `phrase` of [`topic_phrases`], found over
    /// `text[range]`.
    pub(super) fn take(&mut self, text: &str, range: Range<usize>, phrase: usize) {
        let words_mask = ((1 << SPORT_WORD_BITS) - 1) << Role::SPORT_WORD;
        let mut role = phrases().1[phrase];
        let sporting = Role::SPORT | words_mask;
        if role & sporting != 0 && !whole_word(text, &range) {
            role &= !sporting;
        }
        self.0 |= role;
        if (self.0 & words_mask).count_ones() >= 2 {
            self.0 |= Role::SPORT;
        }
    }

    /// Whether every topic is found: nothing more can be.
    pub(super) fn all(&self) -> bool {
        let all = Role::SPORT | Role::MUSIC | Role::ROADS | Role::STUDY | Role::CRICKET;
        self.0 & all == all
    }

    /// The topics found.
    pub(super) fn topics(&self) -> Topics {
        Topics {
            sport: self.0 & Role::SPORT != 0,
            music: self.0 & Role::MUSIC != 0,
            roads: self.0 & Role::ROADS != 0,
            study: self.0 & Role::STUDY != 0,
            cricket: self.0 & Role::CRICKET != 0,
        }
    }
}

/// Whether `text` is about sport ([`Topics::sport`]), as `sport` holds,
/// found on first use.
pub(super) fn sport(text: &str, sport: &std::cell::OnceCell<bool>) -> bool {
    *sport.get_or_init(|| Topics::of(text, 0..text.len()).sport)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The topics found word list by word list, the plain way.
    fn plainly(text: &str, range: Range<usize>) -> Topics {
        let part = text[range.clone()].to_ascii_lowercase();
        let any = |words: &[&str]| words.iter().any(|w| part.contains(&w.to_ascii_lowercase()));
        // Whole words of sport, anywhere in the range.
        let whole = |w: &str| {
            let w = w.to_ascii_lowercase();
            part.match_indices(&w).any(|(at, _)| {
                let at = range.start + at;
                whole_word(text, &(at..at + w.len()))
            })
        };
        let sport_words = teams::SPORT_WORDS.iter().filter(|w| whole(w)).count();
        Topics {
            sport: teams::SPORTS.iter().any(|w| whole(w)) || sport_words >= 2,
            music: any(bands::MUSIC_WORDS),
            roads: any(roads::ROADS_SPOKEN_OF),
            study: any(schools::STUDY_STEMS),
            cricket: any(teams::CRICKET_WORDS),
        }
    }

    #[test]
    fn each_topic_is_found_by_its_words() {
        let t = |s: &str| Topics::of(s, 0..s.len());
        assert!(t("The Rugby World Cup").sport);
        assert!(t("the club's coach").sport);
        assert!(!t("the club's clubhouse").sport, "one word of sport twice");
        assert!(!t("goalkeeping at the club").sport, "not a whole word");
        // A match report that names no sport nor `goal`.
        assert!(t("Salah scoring twice, a lead at half-time").sport);
        assert!(t("a new ALBUM").music);
        assert!(!t("her husband").music, "` band` after a space");
        assert!(t("along Route 66").roads);
        assert!(!t("a route").roads, "`route ` with its space");
        assert!(t("the UNIVERSITY").study);
        assert!(t("the wicket").cricket && !t("the wicket").sport);
        assert!(t("Cricket").cricket && t("Cricket").sport);
        assert_eq!(t("Nothing of the kind, é\u{2028}中文"), Topics::default());
    }

    #[test]
    fn a_part_speaks_only_of_its_own_words() {
        let text = "A highway here.\nThe coach of the club.";
        let cut = text.find('\n').unwrap();
        let first = Topics::of(text, 0..cut);
        assert!(first.roads && !first.sport);
        let second = Topics::of(text, cut..text.len());
        assert!(second.sport && !second.roads);
    }

    proptest::proptest! {
        #[test]
        fn one_pass_finds_what_each_list_alone_finds(
            pieces in proptest::collection::vec(0usize..24, 0..30),
            cut in 0usize..200,
        ) {
            const PIECES: &[&str] = &[
                "Goal", "goals", "club", "-", " ", "s", "x", "season", "CRICKET", "é", "\u{a0}",
                " band", "husband", "route", " ", "Highway", "universit", "y", "match", "中",
                "\u{2028}", "wicket", "1", "Soccer",
            ];
            let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
            let mut start = cut.min(text.len());
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            for range in [0..text.len(), start..text.len(), 0..start] {
                proptest::prop_assert_eq!(Topics::of(&text, range.clone()), plainly(&text, range));
            }
        }
    }
}
