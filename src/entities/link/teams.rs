//! Teams named after their town with a nickname in the plural (`Boston
//! Bruins`, `Calgary Flames`): organisations, though the tagger reads the
//! town and takes the whole for a place.

use std::cell::OnceCell;

use super::*;

/// Whether the rest of a line after a name is a row of a league table:
/// numbers only (`71 61 .538 12`, `3 2 1 0 7 2 7`, with `-` and halves
/// such as `1/2`), at least two of them whole numbers, and either five
/// numbers or a rate written as `.538`.
fn standings_row(rest: &str) -> bool {
    let mut whole = 0;
    let mut numbers = 0;
    let mut rate = false;
    for token in rest.split_whitespace() {
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if digits(token) {
            whole += 1;
        } else if token.strip_prefix('.').is_some_and(digits) {
            rate = true;
        } else if !(token == "-"
            || token
                .split_once('/')
                .is_some_and(|(a, b)| digits(a) && digits(b)))
        {
            return false;
        }
        numbers += 1;
    }
    whole >= 2 && (numbers >= 5 || rate)
}

/// The spans (in text order, apart) with a team's name and the code of its
/// town in brackets after it, in a table of results or standings, made one
/// organisation (`Mladost (BJ) 4 0 1 3`, `Rad (B) 0`), whatever the tagger
/// made of either: a capitalised word or an organisation's name, one or two
/// capitals in brackets, then a figure or a dash. Not the initials of the
/// name, an acronym (`Red Star (RS) 2`), nor a name a span holds more of.
pub(super) fn teams_with_their_towns_codes(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut found: Vec<Range<usize>> = Vec::new();
    for at in memchr::memmem::find_iter(bytes, b" (") {
        let rest = &text[at + 2..];
        let code = rest.bytes().take_while(u8::is_ascii_uppercase).count();
        if !(1..=2).contains(&code) || rest.as_bytes().get(code) != Some(&b')') {
            continue;
        }
        let after = rest[code + 1..].trim_start_matches(' ');
        // A dash that opens a sentence is a dateline's (`SAN DIEGO (AP) -
        // The mayor`), not a table's.
        let sentence = after.strip_prefix('-').is_some_and(|a| {
            a.strip_prefix(' ')
                .is_some_and(|a| a.starts_with(char::is_alphabetic))
        });
        if !after.starts_with(|c: char| c.is_ascii_digit() || c == '-') || sentence {
            continue;
        }
        let end = at + 2 + code + 1;
        // The organisation's name that ends here, or else the word.
        let before = spans.partition_point(|s| s.start < at);
        let name = match before.checked_sub(1).map(|i| &spans[i]) {
            Some(s) if s.end() == at => {
                if s.kind != Kind::Organisation {
                    continue;
                }
                s.start
            }
            _ => match word_before(text, at + 1) {
                Some(w) if w.end == at && title_case(&text[w.clone()]) => w.start,
                _ => continue,
            },
        };
        let initials: String = text[name..at]
            .split_byte(b' ')
            .filter_map(|w| w.chars().next())
            .collect();
        if initials == rest[..code]
            || found.last().is_some_and(|l| l.end > name)
            || !super::holds_whole(&spans, &(name..end))
        {
            continue;
        }
        found.push(name..end);
    }
    replaced_by(text, spans, found, Kind::Organisation)
}

/// `spans` with each person's name in a table of results that comes after
/// a competitor's country in brackets and before a time or a score made an
/// organisation: the competitor's team (`Alex Zanardi (Italy), Reynard
/// Honda, 53.980`).
pub(super) fn teams_after_competitors(text: &str, spans: &mut [Span]) {
    for i in 1..spans.len() {
        let (before, s) = (&spans[i - 1], &spans[i]);
        if s.kind != Kind::Person
            || before.kind != Kind::Place
            || text.get(before.end()..s.start) != Some("), ")
            || !text[..before.start].ends_with(" (")
            || !text[s.end()..]
                .strip_prefix(", ")
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        spans[i].kind = Kind::Organisation;
    }
}

/// The most bytes of a league table's row after the team's name.
const ROW_MAX: usize = 160;

/// The spans (in text order, apart) with each place that starts a row of a
/// league table ([`standings_row`]) made an organisation at that mention: a
/// team (`MONTREAL 71 61 .538 12`, `Barcelona 3 2 1 0 7 2 7`), when the text
/// has at least three such rows. Not a country: its team is written as the
/// country.
pub(super) fn teams_in_standings(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    // A row is short: the end of the line is looked for within a few
    // hundred bytes, so that a text of one long line costs no more per span.
    let row = |s: &Span| {
        let head = text[..s.start].trim_end_matches([' ', '\t']);
        let starts_line = head.is_empty() || head.ends_with('\n');
        if !starts_line {
            return false;
        }
        let rest = &text.as_bytes()[s.end()..];
        let window = &rest[..rest.len().min(ROW_MAX + 1)];
        let end = match memchr::memchr(b'\n', window) {
            Some(end) => end,
            None if rest.len() <= ROW_MAX => rest.len(),
            None => return false,
        };
        standings_row(&text[s.end()..s.end() + end])
    };
    // A country's team keeps the country's name as a place, as CoNLL-2003
    // has it (`Sweden 1 1 0 0 6 1 2`).
    let rows: Vec<usize> = (0..spans.len())
        .filter(|&i| {
            let s = &spans[i];
            s.kind == Kind::Place && row(s) && !listed_country(&text[s.range()])
        })
        .collect();
    if rows.len() >= 3 {
        for i in rows {
            spans[i].kind = Kind::Organisation;
        }
    }
    spans
}

/// The least number of results lines ([`result_line`]) that make a text's
/// results.
const RESULTS_MIN: usize = 3;

/// The two sides of a line that is a match's result and nothing else: a
/// name, its score, a name, its score (`Sale 31 Wasps 33`, `Clyde 0 Queen
/// of South 2`), each name one to four words that start with a capital
/// (`of` may join them), each score a number of at most three digits. As
/// ranges of `line`.
fn result_line(line: &str) -> Option<[Range<usize>; 2]> {
    let mut words = line
        .split_byte(b' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some(start..start + w.len())
        })
        .filter(|r| !r.is_empty());
    let mut side = || -> Option<Range<usize>> {
        let first = words.next().filter(|w| side_word(&line[w.clone()]))?;
        let mut name = first;
        for n in 0.. {
            let w = words.next()?;
            let word = &line[w.clone()];
            if (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()) {
                return Some(name);
            }
            if n == 3 || !(word == "of" || side_word(word)) {
                return None;
            }
            name.end = w.end;
        }
        None
    };
    let (a, b) = (side()?, side()?);
    words.next().is_none().then_some([a, b])
}

/// Whether `word` may be a word of a side's name in a results line: a
/// capital, then letters, hyphens, apostrophes or dots.
fn side_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.' | '\u{2019}'))
}

/// The spans (in text order, apart) with the sides of a text's results
/// lines ([`result_line`]) made organisations, in a text about sport with
/// at least [`RESULTS_MIN`] such lines: the tagger often finds no name in
/// them. Not a country's side, which is written as the country, nor a side
/// whose name would cut a span apart. Lines over [`ROW_MAX`] bytes are not
/// looked at.
///
/// `sport` holds whether the text is about sport, found on first use.
pub(super) fn teams_in_results(
    text: &str,
    sport: &std::cell::OnceCell<bool>,
    spans: Vec<Span>,
) -> Vec<Span> {
    let mut sides: Vec<Range<usize>> = Vec::new();
    let mut lines = 0;
    let mut at = 0;
    for line in text.split('\n') {
        let start = at;
        at += line.len() + 1;
        let line = line.trim_end_matches('\r');
        if line.len() > ROW_MAX || !line.ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if let Some(pair) = result_line(line) {
            lines += 1;
            sides.extend(pair.into_iter().map(|r| start + r.start..start + r.end));
        }
    }
    if lines < RESULTS_MIN || !topics::sport(text, sport) {
        return spans;
    }
    sides.retain(|r| {
        let name = &text[r.clone()];
        !listed_country(name) && !national_side(name) && holds_whole(&spans, r)
    });
    replaced_by(text, spans, sides, Kind::Organisation)
}

/// Whether `between` is a score and nothing else, with a space on each
/// side: ` 18-15 `, ` 3–0 `.
fn score_between(between: &str) -> bool {
    let Some(score) = between.strip_prefix(' ').and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let Some((a, b)) = score.split_once(['-', '\u{2013}']) else {
        return false;
    };
    let points = |p: &str| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    points(a) && points(b)
}

/// The spans (in text order, apart) with the names on both sides of a
/// score, in a text about sport, made organisations at every mention:
/// teams (`OC 3-5 Polo`, `Old Christians 18-15 Carrasco Polo`). Not a
/// country's side, which is written as the country, nor a person's name
/// begun by a given name (`Roger Federer 6-4 Rafael Nadal`), nor a
/// mention a word marks as a place's (`over in Dortmund`).
///
/// `sport` holds whether the text is about sport, found on first use.
pub(super) fn teams_around_scores(
    text: &str,
    sport: &std::cell::OnceCell<bool>,
    mut spans: Vec<Span>,
) -> Vec<Span> {
    let mut teams = HashSet64::default();
    for pair in spans.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if b.start > a.end() + 1 && score_between(&text[a.end()..b.start]) {
            teams.insert(a.name);
            teams.insert(b.name);
        }
    }
    if teams.is_empty() || !topics::sport(text, sport) {
        return spans;
    }
    let side = |s: &Span| {
        let name = &text[s.range()];
        let given_first = name
            .split_once_byte(b' ')
            .is_some_and(|(first, _)| evidence::gendered_given_name(first));
        !listed_country(name) && !national_side(name) && !given_first
    };
    // Not where a word marks the town (`over in Dortmund`).
    let placed =
        |s: &Span| word_before(text, s.start).is_some_and(|w| marks_place(&text[w], false));
    for s in spans.iter_mut() {
        if s.kind != Kind::Organisation && teams.contains(&s.name) && side(s) && !placed(s) {
            s.kind = Kind::Organisation;
        }
    }
    spans
}

/// The spans (in text order, apart) with a town and a team's nickname after
/// it that the tagger cut in two, a place and then a body of one or two
/// capitalised words ending in a plural that is no body's word (`Nashville`
/// `Predators`, `Milwaukee` `Admirals`), joined into one organisation. Only
/// in a text about sport: elsewhere the two may be a headline's (`Tokyo`
/// `Stocks`).
pub(super) fn teams_cut_from_their_towns(text: &str, spans: Vec<Span>) -> Vec<Span> {
    super::joined_pairs(text, spans, |a, b| {
        let nickname = &text[b.range()];
        (a.kind == Kind::Place
            && b.kind == Kind::Organisation
            && b.start == a.end() + 1
            && text.as_bytes()[a.end()] == b' '
            && nickname.split_byte(b' ').count() <= 2
            && nickname
                .split_byte(b' ')
                .all(|w| w.starts_with(char::is_uppercase))
            && nickname.rsplit_byte(b' ').next().is_some_and(|last| {
                plural_nickname(last) && !organisation_words().contains(&fold_hash(last))
            })
            && {
                let town = &text[a.range()];
                listed_place(town) || wide_place(town)
            })
        .then_some(Kind::Organisation)
    })
}

/// The spans (in text order, apart) with each team named by a listed place
/// and a capitalised plural (`New Jersey Devils`) that the tagger read
/// whole as a place made an organisation at every mention. (Where it cut
/// the nickname off, the two are left apart: `Tokyo` `Stocks` may be a
/// headline's.) Not a place listed whole (`Palm Springs`, `Grand Rapids`,
/// `Virgin Islands`) nor one ending in a word for a place (`Victoria
/// Falls`, `Blue Mountains`), nor a person named after a place (`Victor
/// Babes`). A name read as a person's that ends in the plural of an
/// ordinary word is a group's too (`Kaizer Chiefs`).
pub(super) fn teams_by_their_nicknames(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let team = |town: &str, name: &str| {
        let first = town.split_byte(b' ').next().unwrap_or_default();
        (listed_place(town) || wide_place(town))
            && !directions().contains(&fold_hash(first))
            && !listed_place(name)
            && !wide_place(name)
            && !evidence::geographic(name)
    };
    let mut teams = HashSet64::default();
    for s in spans.iter().filter(|s| s.kind == Kind::Place) {
        let surface = &text[s.range()];
        // A town that is also a given name takes `the` as a team (`the
        // Boston Bruins`; not `Bucharest's Victor Babes hospital`).
        let the = || the_before(text, s.start).is_some();
        if let Some((town, nickname)) = surface.rsplit_once_byte(b' ')
            && plural_nickname(nickname)
            && team(town, surface)
            && (!attested_given_name(town) || the())
        {
            teams.insert(s.name);
        }
    }
    // And a name the tagger took for a person's that ends in the plural of
    // an ordinary word which is no family name, and does not begin with a
    // given name or an initial (`Kaizer Chiefs`, `Kōwhai Lights`; not `Tony
    // Hands`, `V. Drakes`): a
    // person's name does not end so.
    for s in spans.iter().filter(|s| s.kind == Kind::Person) {
        let surface = &text[s.range()];
        if let Some((_, nickname)) = surface.rsplit_once_byte(b' ')
            && plural_nickname(nickname)
            && !evidence::family_name(nickname)
            && surface
                .split_byte(b' ')
                .next()
                .is_some_and(|first| !attested_given_name(first) && !evidence::initial(first))
            && nickname
                .strip_suffix('s')
                .is_some_and(evidence::common_word)
        {
            teams.insert(s.name);
        }
    }
    if !teams.is_empty() {
        for s in spans.iter_mut().filter(|s| teams.contains(&s.name)) {
            s.kind = Kind::Organisation;
        }
    }
    spans
}

/// Verbs of a side's match after its name: `Bath beat Gloucester`.
const MATCH_VERBS: &[&str] = &[
    "beat", "beats", "defeated", "defeats", "drew", "edged", "thrashed", "trounced",
];

/// Verbs of a side's season after its name, when a word of a competition
/// ([`COMPETITION_WORDS`]) follows: `Leicester lost only three league
/// games`, `Kashima won a treble`.
pub(super) const SEASON_VERBS: &[&str] = &["won", "lost", "wins", "loses", "reached", "finished"];

/// Whether `word`, without the punctuation after it, is a side's verb: one
/// of [`MATCH_VERBS`] or [`SEASON_VERBS`] (`St. Pauli won.`).
pub(super) fn sides_verb(word: &str) -> bool {
    let verb = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    MATCH_VERBS.contains(&verb) || SEASON_VERBS.contains(&verb)
}

/// Words of a competition or its parts.
const COMPETITION_WORDS: &[&str] = &[
    "championship",
    "championships",
    "cup",
    "derby",
    "double",
    "final",
    "finals",
    "game",
    "games",
    "league",
    "match",
    "matches",
    "play-offs",
    "playoffs",
    "premiership",
    "promotion",
    "quarter-final",
    "quarter-finals",
    "relegation",
    "semi-final",
    "semi-finals",
    "title",
    "treble",
    "trophy",
];

/// Words of sport that a text of matches has: the side beaten after
/// `beat` is taken as a team only in such a text.
pub(super) const SPORT_WORDS: &[&str] = &[
    "club",
    "coach",
    "goal",
    "goals",
    "goalkeeper",
    "half-time",
    "halftime",
    "league",
    "match",
    "midfielder",
    "playoffs",
    "quarterback",
    "referee",
    "relegation",
    "scored",
    "scorer",
    "scoring",
    "season",
    "stadium",
    "striker",
    "touchdown",
    "tournament",
];

/// Names of sports: one is enough to make a text one of sport.
pub(super) const SPORTS: &[&str] = &[
    "baseball",
    "basketball",
    "cricket",
    "football",
    "hockey",
    "rugby",
    "soccer",
];

/// How far into its line a dateline's place may start (`ARLINGTON, Texas
/// 1996-08-31`).
const DATELINE_REACH: usize = 24;

/// Words before a town's name and not its team's: `the city of Kashima`.
const TOWN_MARKERS: &[&str] = &[
    "of", "at", "into", "through", "via", "visit", "visited", "visiting",
];

/// Whether `word`, stripped of punctuation, is one of `list`, in any case.
fn one_of(word: &str, list: &[&str]) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether a word of `list` is one of the `n` words after `at`, in its
/// sentence.
fn soon_after(text: &str, mut at: usize, n: usize, list: &[&str]) -> bool {
    for _ in 0..n {
        let Some(w) = word_after(text, at) else {
            return false;
        };
        let word = &text[w.clone()];
        if one_of(word, list) {
            return true;
        }
        if word.ends_with(['.', ';', ':', '!', '?']) {
            return false;
        }
        at = w.end;
    }
    false
}

/// Whether `name` is a town's `City` or `Town` that no list knows as a
/// place: in a text of sport, its club (`Manchester City`, `Northampton
/// Town`; not `Mexico City` or `Cape Town`).
fn club_of_town(name: &str) -> bool {
    name.strip_suffix(" City")
        .or_else(|| name.strip_suffix(" Town"))
        .is_some_and(|town| listed_place(town) && !listed_place(name) && !wide_place(name))
}

/// The spans (in text order, apart) with a town that plays matches made a
/// team, an organisation, at each mention that no word marks as a place's:
/// a town that wins or loses a competition (`Leicester lost only three
/// league games`), or, in a text of sport ([`topics::sport`]), that beats
/// another name or is beaten (`Bath beat Gloucester`, `beating La Rochelle
/// and Leinster`). Not a country or a region: its side is named as the
/// place is. A town beating a town in a text of no sport is a war's
/// (`Rome defeated Carthage`).
///
/// `sport` holds whether the text is about sport, found on first use.
pub(super) fn teams_by_their_matches(
    text: &str,
    sport: &std::cell::OnceCell<bool>,
    mut spans: Vec<Span>,
) -> Vec<Span> {
    let sport = || topics::sport(text, sport);
    let mut teams = HashSet64::default();
    // A country's side is named as the country is (`the Republic of
    // Ireland beat Liechtenstein`).
    let nation = |name: &str| {
        national_side(name)
            || listed_country(name)
            || name
                .rsplit_once(" of ")
                .is_some_and(|(_, country)| listed_country(country))
    };
    for (i, s) in spans.iter().enumerate() {
        if s.kind != Kind::Place || teams.contains(&s.name) {
            continue;
        }
        // The side beaten, when the name right after the verb is a place's.
        let mut beaten_side = None;
        let subject = word_after(text, s.end()).is_some_and(|v| {
            let verb = &text[v.clone()];
            if MATCH_VERBS.contains(&verb) && sport() {
                let next = word_after(text, v.end);
                match spans[i + 1..].first() {
                    Some(n) if next.is_some_and(|w| w.start == n.start) => {
                        if n.kind == Kind::Place && !nation(&text[n.range()]) {
                            beaten_side = Some(n.name);
                        }
                        true
                    }
                    _ => false,
                }
            } else {
                SEASON_VERBS.contains(&verb) && soon_after(text, v.end, 4, COMPETITION_WORDS)
            }
        });
        let beaten = || {
            let before = word_before(text, s.start);
            before.is_some_and(|w| {
                matches!(
                    &text[w],
                    "beat" | "beating" | "defeated" | "defeating" | "eliminated"
                )
            }) && sport()
        };
        // A side a result is had against, a score maybe between (`beaten
        // 2-1 by Brighton`, `lost to Chelsea`, `drew 0-0 with Leeds`).
        let result_against = || {
            let Some(w) = word_before(text, s.start) else {
                return false;
            };
            if !matches!(&text[w.clone()], "by" | "to" | "with") {
                return false;
            }
            let mut before = word_before(text, w.start);
            if let Some(score) = before.clone()
                && super::score_len(&text[score.clone()]) == Some(score.len())
            {
                before = word_before(text, score.start);
            }
            before.is_some_and(|v| RESULT_VERBS.contains(&&text[v])) && sport()
        };
        // A side beaten in a list: `beating La Rochelle and Leinster`.
        let listed_after_beaten = || {
            i > 0
                && teams.contains(&spans[i - 1].name)
                && text[spans[i - 1].end()..s.start].trim() == "and"
        };
        let city_club = || club_of_town(&text[s.range()]) && sport();
        // Looked up last: most places play no match.
        if (subject
            || beaten()
            || result_against()
            || listed_after_beaten()
            || (sport() && player_after(text, &spans, i))
            || city_club())
            && !nation(&text[s.range()])
        {
            teams.insert(s.name);
            teams.extend(beaten_side);
        }
    }
    if teams.is_empty() {
        return spans;
    }
    for s in spans.iter_mut() {
        // `for` and `to` go before a team as before a town (`played for
        // Leicester`, `lost to Chelsea`).
        // Nor a dateline (`LONDON 1996-08-31`, `ARLINGTON, Texas
        // 1996-08-31`), nor after a compass point (`north London`).
        let town = || {
            word_before(text, s.start).is_some_and(|w| {
                let word = &text[w];
                marks_place(word, false)
                    || one_of(word, TOWN_MARKERS)
                    || (word.starts_with(|c: char| c.is_lowercase())
                        && directions().contains(&fold_hash(word)))
            }) || word_after(text, s.end()).is_some_and(|w| {
                // The line starts at most that far before: only those bytes
                // are looked at, however long the line.
                text[w].starts_with(|c: char| c.is_ascii_digit())
                    && (s.start <= DATELINE_REACH
                        || text.as_bytes()[s.start - DATELINE_REACH - 1..s.start].contains(&b'\n'))
            })
        };
        // A club named by its town's `City` or `Town` is one after `at`
        // or `from` too (`a draw at Coventry City`).
        if s.kind == Kind::Place
            && teams.contains(&s.name)
            && (!town() || club_of_town(&text[s.range()]))
        {
            s.kind = Kind::Organisation;
        }
    }
    spans
}

/// Verbs of a result had against a side named after `by`, `to` or `with`
/// (`beaten by`, `lost to`, `drew with`).
const RESULT_VERBS: &[&str] = &[
    "beaten", "defeated", "drew", "draw", "draws", "held", "lose", "loses", "lost", "thrashed",
];

/// A player's or a manager's place in a side, after the side's name and
/// before the person's (`Norwich striker Keith O'Neill`).
const POSITIONS: &str = "batsman boss bowler captain catcher centre chairman coach defender fielder flanker \
     fly-half forward fullback full-back goalkeeper halfback hooker infielder keeper lock \
     manager midfielder outfielder pitcher playmaker prop quarterback scrum-half shortstop \
     skipper striker winger wicketkeeper";

/// The most bytes between a side's name and its player's for a position to
/// fit between them (`central defender`).
const POSITION_GAP_MAX: usize = 40;

/// Whether the person's name right after `spans[i]` is one of its players:
/// after its possessive (`Atlanta's Tom Glavine`), or after a position in
/// a side (`Sunderland forward Niall Quinn`, `Chelsea central defender
/// Franck Leboeuf`), with at most one word before the position.
fn player_after(text: &str, spans: &[Span], i: usize) -> bool {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    let Some(next) = spans.get(i + 1).filter(|n| n.kind == Kind::Person) else {
        return false;
    };
    let Some(between) = text
        .get(spans[i].end()..next.start)
        .filter(|b| b.len() <= POSITION_GAP_MAX)
    else {
        return false;
    };
    if matches!(between, "'s " | "\u{2019}s ") {
        return true;
    }
    let words: Vec<&str> = between.split_byte(b' ').filter(|w| !w.is_empty()).collect();
    between.starts_with(' ')
        && between.ends_with(' ')
        && (1..=2).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_lowercase()))
        && words.last().is_some_and(|w| among(&SET, POSITIONS, w))
}

/// Plurals that end places' names (`Flushing Meadows`, `Florida Straits`,
/// `Golan Heights`), folded to lower case.
const PLACE_PLURALS: &[&str] = &[
    "banks",
    "caves",
    "cliffs",
    "docks",
    "downs",
    "dunes",
    "estates",
    "fields",
    "flats",
    "forks",
    "gardens",
    "gates",
    "glades",
    "heights",
    "highlands",
    "indies",
    "isles",
    "keys",
    "lakes",
    "lowlands",
    "marshes",
    "meadows",
    "mills",
    "narrows",
    "oaks",
    "pines",
    "plains",
    "rapids",
    "reefs",
    "rocks",
    "sands",
    "shores",
    "sounds",
    "springs",
    "states",
    "straits",
    "territories",
    "towers",
    "waters",
    "wells",
    "woods",
];

/// The spans (in text order, apart) of a text about sport, with each bare
/// mention of a team's nickname added as an organisation, and the short
/// forms that link them to the team: a team named by its listed town and a
/// capitalised plural (`Boston Celtics`) is called by the plural alone
/// (`the Celtics won`), which the tagger passes by. Returns the place key
/// of each nickname with the group key of its team; a nickname of two
/// teams (`Rangers`) is neither's.
///
/// A bare mention is a whole word that no span holds, with no capitalised
/// word right before it (but `The`) or after it; a nickname that is also
/// an ordinary word (`Bulls`, `Giants`) only right after `the`.
pub(super) fn nicknames_alone(
    text: &str,
    sport: &OnceCell<bool>,
    spans: Vec<Span>,
) -> (Vec<Span>, Vec<(u64, u64)>) {
    // Each nickname, with its team's key, or 0 for two teams'.
    let mut teams: Vec<(&str, u64)> = Vec::new();
    for s in spans.iter().filter(|s| s.kind == Kind::Organisation) {
        let surface = &text[s.range()];
        let Some((town, nickname)) = surface.rsplit_once_byte(b' ') else {
            continue;
        };
        if town.split_byte(b' ').count() > 2
            || !plural_nickname(nickname)
            || organisation_words().contains(&fold_hash(nickname))
            || listed_place(nickname)
            || wide_place(nickname)
            || !listed_place(town)
        {
            continue;
        }
        let team = places::group_key(s.place);
        match teams.iter_mut().find(|(n, _)| *n == nickname) {
            Some((_, t)) if *t != team => *t = 0,
            Some(_) => {}
            None => teams.push((nickname, team)),
        }
    }
    teams.retain(|&(_, t)| t != 0);
    if teams.is_empty() || !topics::sport(text, sport) {
        return (spans, Vec::new());
    }
    let forms: Vec<&str> = teams.iter().map(|&(n, _)| n).collect();
    // An ordinary word, or the plural of one.
    let ordinary = |w: &str| {
        evidence::common_word(w) || w.strip_suffix('s').is_some_and(evidence::common_word)
    };
    let mut added = Vec::new();
    for (form, at) in occurrences_of_each(text, &forms) {
        let range = at..at + form.len();
        let capitalised = |w: Range<usize>| text[w].starts_with(char::is_uppercase);
        let before = word_before(text, at);
        if !whole_word(text, &range)
            || !spans_over(&spans, &range).is_empty()
            || before
                .clone()
                .is_some_and(|w| capitalised(w.clone()) && &text[w] != "The")
            || word_after(text, range.end)
                .is_some_and(|w| text[range.end..w.start].trim() == "" && capitalised(w))
            || (ordinary(form) && !before.is_some_and(|w| text[w].eq_ignore_ascii_case("the")))
        {
            continue;
        }
        added.push(Span::new(text, range, Kind::Organisation));
    }
    let short = teams
        .iter()
        .map(|&(nickname, team)| (place_key(nickname), team))
        .collect();
    (with_added(spans, added), short)
}

/// The spans (in text order, apart) of a text about sport, with each name
/// of one word that the tagger took for a person's and that ends the name
/// of one team in the text made an organisation (`Villa` after `Aston
/// Villa`), to be linked to the team; not the surname of a person named in
/// full (`David Villa`), nor a word that ends two teams' names or an
/// organisation's word (`City`), nor the end of a body's name that begins
/// with a given name (`Virginia Wade`, taken for a body).
pub(super) fn teams_by_their_last_words(
    text: &str,
    sport: &OnceCell<bool>,
    mut spans: Vec<Span>,
) -> (Vec<Span>, Vec<(u64, u64)>) {
    // Each team's last word, folded, with the group key of the one team
    // that ends so, or 0 for several.
    let mut last: HashMap64<u64> = HashMap64::default();
    for s in spans.iter().filter(|s| s.kind == Kind::Organisation) {
        let Some((first, word)) = text[s.range()].rsplit_once_byte(b' ') else {
            continue;
        };
        // Not a person's name the tagger took for a body's (`Virginia
        // Wade`): a given name first whose sex is known.
        let person_like = sex_of_given_name(first).is_some();
        if !person_like
            && word.starts_with(|c: char| c.is_uppercase())
            && word.chars().all(char::is_alphabetic)
            && !organisation_words().contains(&fold_hash(word))
        {
            let team = places::group_key(s.place);
            let entry = last.entry(fold_hash(word)).or_insert(team);
            if *entry != team {
                *entry = 0;
            }
        }
    }
    last.retain(|_, team| *team != 0);
    if last.is_empty()
        || !spans
            .iter()
            .any(|s| s.kind == Kind::Person && last.contains_key(&fold_hash(&text[s.range()])))
        || !topics::sport(text, sport)
    {
        return (spans, Vec::new());
    }
    for surname in last_names(text, &spans).map(fold_hash).collect::<Vec<_>>() {
        last.remove(&surname);
    }
    let mut short = Vec::new();
    for s in spans.iter_mut().filter(|s| s.kind == Kind::Person) {
        if let Some(&team) = last.get(&fold_hash(&text[s.range()])) {
            s.kind = Kind::Organisation;
            short.push((s.place, team));
        }
    }
    short.sort_unstable();
    short.dedup();
    (spans, short)
}

/// The first-class cricket counties of England and Wales, whose clubs
/// play under the county's name.
const CRICKET_COUNTIES: &[&str] = &[
    "Derbyshire",
    "Durham",
    "Essex",
    "Glamorgan",
    "Gloucestershire",
    "Hampshire",
    "Kent",
    "Lancashire",
    "Leicestershire",
    "Middlesex",
    "Northamptonshire",
    "Nottinghamshire",
    "Somerset",
    "Surrey",
    "Sussex",
    "Warwickshire",
    "Worcestershire",
    "Yorkshire",
];

/// Words that make a text one of cricket, in any case.
pub(super) const CRICKET_WORDS: &[&str] = &["cricket", "innings", "wicket"];

/// The spans (in text order, apart) of a text of cricket (`cricket`: one
/// of [`CRICKET_WORDS`] in it, [`Topics::cricket`]), with each first-class county the tagger took
/// for a place made its club, an organisation (`rivals Essex, Derbyshire
/// and Surrey closed in`), in any case; not after a word that marks a place
/// (`born in Kent`).
pub(super) fn counties_in_cricket(text: &str, cricket: bool, mut spans: Vec<Span>) -> Vec<Span> {
    let county = |s: &Span| {
        s.kind == Kind::Place
            && CRICKET_COUNTIES
                .iter()
                .any(|c| c.eq_ignore_ascii_case(&text[s.range()]))
    };
    if !cricket || !spans.iter().any(county) {
        return spans;
    }
    for s in spans.iter_mut() {
        let placed = || word_before(text, s.start).is_some_and(|w| marks_place(&text[w], false));
        if county(s) && !placed() {
            s.kind = Kind::Organisation;
        }
    }
    spans
}

/// Whether `word` is a capitalised plural of letters (`Bruins`, `Flyers`),
/// not a word for places (`Meadows`).
fn plural_nickname(word: &str) -> bool {
    capitalised_plural(word)
        && word.chars().all(char::is_alphabetic)
        && !PLACE_PLURALS.iter().any(|p| p.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{link_marked, linked};
    use super::{Kind, result_line, standings_row};

    #[test]
    fn a_town_and_a_nickname_cut_apart_are_one_team_in_a_text_about_sport() {
        let [_, places, organisations] = linked(
            "He played in the {O|National Hockey League} ({O|NHL}) for the {L|Nashville} {O|Predators} \
             and the {O|Winnipeg Jets} before he finished his career in {L|Europe}. The team \
             reached the play-off final, and he scored twice in the cup.",
        );
        assert_eq!(places, ["Europe"]);
        assert_eq!(
            organisations,
            [
                "National Hockey League",
                "Nashville Predators",
                "Winnipeg Jets"
            ],
        );
        let [_, places, _] =
            linked("{L|Tokyo} {O|Stocks} fell as investors sold banks and exporters.");
        assert_eq!(places, ["Tokyo"]);
    }

    #[test]
    fn a_name_after_a_competitors_country_and_before_a_time_is_the_team() {
        let [people, places, organisations] = linked(
            "1. {P|Alex Zanardi} ({L|Italy}), {P|Reynard Honda}, 53.980\n\
             2. {P|Bobby Rahal} ({L|U.S.}), {P|Penske Mercedes-Benz}, 54.507\n\
             He met {P|Ann Lee} ({L|Italy}), {P|Bo Chan}, and others.",
        );
        assert_eq!(
            people,
            ["Alex Zanardi", "Bobby Rahal", "Ann Lee", "Bo Chan"]
        );
        assert_eq!(organisations, ["Reynard Honda", "Penske Mercedes-Benz"]);
        assert_eq!(places, ["Italy", "United States"]);
    }

    #[test]
    fn a_team_and_its_towns_code_in_a_table_are_one_organisation() {
        let [_, _, organisations] = linked(
            "Results:\n{O|Hajduk} 2 {O|Proleter} ({O|Z}) 0\nZemun 1 Rad ({O|B}) 0\n\
             {O|Red Star} (RS) 2 {O|Mladost} (L) -\n{O|Labour} (UK) said so.",
        );
        assert_eq!(
            organisations,
            [
                "Hajduk",
                "Proleter (Z)",
                "Rad (B)",
                "Red Star",
                "Mladost (L)",
                "Labour"
            ]
        );
    }

    #[test]
    fn a_teams_last_word_alone_is_the_team_in_sport() {
        let (_, e) = link_marked(
            "{P|Marcus Rashford} scored twice as {O|Manchester United} beat {O|Aston Villa} \
             3-1 to move up in the league. {P|Villa} had won four away games; {P|Villa} lost. \
             {O|Virginia Wade} won the match. {P|Wade} scored.",
        );
        let names = |v: &[crate::entities::Entity]| -> Vec<String> {
            v.iter().map(|e| e.name.clone()).collect()
        };
        assert_eq!(
            names(&e.organisations)[..2],
            ["Manchester United", "Aston Villa"]
        );
        assert_eq!(e.organisations[1].mentions.len(), 3);
        // Not the end of a person's name taken for a body's, and not
        // outside sport.
        assert!(names(&e.people).contains(&"Wade".to_string()), "{e:?}");
        // A match report that names no sport, its words of sport others.
        let (_, e) = link_marked(
            "{O|Liverpool} beat {O|Aston Villa} 3-2, {P|Mohamed Salah} scoring twice. \
             {P|Ollie Watkins} had given {L|Villa} the lead before half-time. \
             {P|Villa} manager {P|Unai Emery} said little.",
        );
        assert_eq!(names(&e.organisations), ["Liverpool", "Aston Villa"]);
        assert_eq!(e.organisations[1].mentions.len(), 3);
        let (_, e) = link_marked(
            "The {O|Aston Villa} trust met in the town hall. {P|Villa} spoke to the council.",
        );
        assert_eq!(names(&e.people), ["Villa"]);
    }

    #[test]
    fn a_towns_city_and_a_town_before_its_boss_are_clubs_in_sport() {
        let [people, places, organisations] = linked(
            "SOCCER - {O|Arsenal} beat {O|Tottenham Hotspur} 3-1. {L|Tottenham} boss \
             {P|Ange Postecoglou} spoke. {L|Manchester City} play in {L|Mexico City} next.",
        );
        assert_eq!(people, ["Ange Postecoglou"]);
        assert_eq!(places, ["Mexico City"]);
        assert_eq!(
            organisations,
            ["Arsenal", "Tottenham Hotspur", "Manchester City"]
        );
        // Not outside sport.
        let [_, places, _] = linked("{L|Manchester City} council met.");
        assert_eq!(places, ["Manchester City"]);
    }

    #[test]
    fn a_towns_city_or_town_is_its_club_after_at_or_from_too() {
        let [_, places, organisations] = linked(
            "SOCCER - He moved from {L|Birmingham City} to {L|Northampton Town}, drew at \
             {L|Coventry City} and flew to {L|Cape Town} and {L|Mexico City}. {O|Arsenal} beat \
             {O|Chelsea} 2-0.",
        );
        assert_eq!(places, ["Cape Town", "Mexico City"]);
        assert_eq!(
            organisations,
            [
                "Birmingham City",
                "Northampton Town",
                "Coventry City",
                "Arsenal",
                "Chelsea"
            ]
        );
    }

    #[test]
    fn a_teams_nickname_alone_is_the_team() {
        let (text, e) = link_marked(
            "BASEBALL - The {O|Boston Celtics} beat the {O|San Francisco Giants} 102-99. The \
             Celtics won again, and Celtics fans cheered. The Giants lost. Giants walked the \
             earth. Celtics Park is shut.",
        );
        let teams: Vec<(&str, Vec<&str>)> = e
            .organisations
            .iter()
            .map(|o| {
                let mentions = o.mentions.iter().map(|r| &text[r.clone()]).collect();
                (o.name.as_str(), mentions)
            })
            .collect();
        assert_eq!(
            teams,
            [
                (
                    "Boston Celtics",
                    vec!["Boston Celtics", "Celtics", "Celtics"]
                ),
                (
                    "San Francisco Giants",
                    vec!["San Francisco Giants", "Giants"]
                ),
            ]
        );
        // Not in a text about something else.
        let [_, _, organisations] =
            linked("The {O|Boston Celtics} sold shirts. The Celtics sold more.");
        assert_eq!(organisations, ["Boston Celtics"]);
    }

    #[test]
    fn a_name_ending_in_a_plural_of_an_ordinary_word_is_no_persons() {
        let (_, e) = link_marked(
            "{P|Kaizer Chiefs} lost to a late goal. Fans of {P|Kōwhai Lights} queued. \
             {P|Tony Hands} beat {P|V. Drakes}; {P|Matt Stairs} tripled.",
        );
        let names =
            |v: &[crate::entities::Entity]| v.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&e.organisations), ["Kaizer Chiefs", "Kōwhai Lights"]);
        assert_eq!(names(&e.people), ["Tony Hands", "V. Drakes", "Matt Stairs"]);
    }

    #[test]
    fn towns_that_play_matches_are_teams() {
        let [people, places, organisations] = linked(
            "{P|Dupont} plays rugby for the club. Watching {L|Bath} beat {L|Gloucester} in the \
             rain. {L|Leicester} lost only three league games. The club plays in {L|Leicester}. \
             {L|France} beat {L|Italy}. The {L|Republic of Ireland} beat {L|Wales}, beating \
             {L|Toulouse} and {L|Leinster}. {L|Ohio} won the election.",
        );
        assert_eq!(
            organisations,
            ["Bath", "Gloucester", "Leicester", "Toulouse", "Leinster"]
        );
        assert_eq!(
            places,
            [
                "Leicester",
                "France",
                "Italy",
                "Republic of Ireland",
                "Wales",
                "Ohio"
            ]
        );
        assert_eq!(people, ["Dupont"]);
        // In a text of no sport, a town beating a town is at war.
        let [_, places, organisations] =
            linked("{L|Rome} defeated {L|Carthage} in 146 BC, and {L|Sparta} beat {L|Athens}.");
        assert!(organisations.is_empty());
        assert_eq!(places, ["Rome", "Carthage", "Sparta", "Athens"]);
        // A side a result is had against.
        let [_, places, organisations] = linked(
            "The club plays rugby. They were beaten 24-10 by {L|Brighton} and lost to \
             {L|Mont-de-Marsan}, then drew 0\u{2013}0 with {L|Dax}. The cup went by {L|Pau}.",
        );
        assert_eq!(organisations, ["Brighton", "Mont-de-Marsan", "Dax"]);
        assert_eq!(places, ["Pau"]);
    }

    #[test]
    fn in_a_text_about_sport_a_town_with_players_is_a_team() {
        let (text, e) = link_marked(
            "{L|SEATTLE} 1996-08-29\n{L|Atlanta}'s {P|Tom Glavine} won the league game. \
             {L|Norwich} striker {P|Keith O'Neill} and {L|Sunderland} central defender \
             {P|Niall Quinn} scored. He flew from {L|Norwich} to north {L|London}. \
             {L|Seattle} beat {L|Boston}.",
        );
        let kinds = |name: &str| -> Vec<Kind> {
            let mut found: Vec<(usize, Kind)> = e
                .all()
                .flat_map(|x| x.mentions.iter().map(move |m| (m.start, x.kind)))
                .filter(|&(at, _)| text[at..].starts_with(name))
                .collect();
            found.sort_by_key(|&(at, _)| at);
            found.into_iter().map(|(_, k)| k).collect()
        };
        assert_eq!(kinds("Atlanta"), [Kind::Organisation]);
        assert_eq!(kinds("Sunderland"), [Kind::Organisation]);
        // After `from`, the town; `north London` is no team.
        assert_eq!(kinds("Norwich"), [Kind::Organisation, Kind::Place]);
        assert_eq!(kinds("London"), [Kind::Place]);
        // A dateline names the town.
        assert_eq!(kinds("Seattle"), [Kind::Organisation]);
        assert!(e.places.iter().any(|p| p.name == "SEATTLE"), "{e:?}");
        // Outside sport, a possessive names no team.
        let [_, places, _] = linked("{L|London}'s {P|Sadiq Khan} spoke on housing.");
        assert_eq!(places, ["London"]);
    }

    #[test]
    fn a_results_line_is_two_names_and_their_scores() {
        let sides =
            |line: &str| result_line(line).map(|[a, b]| (line[a].to_string(), line[b].to_string()));
        assert_eq!(
            sides("Clyde 0 Queen of South 2"),
            Some(("Clyde".into(), "Queen of South".into()))
        );
        assert_eq!(
            sides("Sale 31 Wasps 33"),
            Some(("Sale".into(), "Wasps".into()))
        );
        for not in [
            "Sale 31 Wasps",
            "Sale 31 Wasps 33 Bath 2",
            "sale 31 Wasps 33",
            "Sale 3100 Wasps 33",
            "One Two Three Four Five 1 Wasps 2",
            "",
            "Ærø 1 東京 2",
        ] {
            assert_eq!(sides(not), None, "{not:?}");
        }
    }

    #[test]
    fn the_names_on_both_sides_of_a_score_in_a_text_about_sport_are_teams() {
        let [people, places, orgs] = linked(
            "The final of the rugby league. 11' Try! {O|OC} 3-5 {P|Polo}. {P|Polo} look tired. \
             {P|Roger Federer} 6-4 {P|Rafael Nadal}. {L|France} 2-1 {L|Spain}.",
        );
        assert_eq!(people, ["Roger Federer", "Rafael Nadal"]);
        assert_eq!(places, ["France", "Spain"]);
        assert_eq!(orgs, ["OC", "Polo"]);
        // Not where a word marks the town.
        let [_, places, _] =
            linked("The league match: {O|PSG} 1-0 {O|Dortmund}. Fans in {L|Dortmund} wept.");
        assert_eq!(places, ["Dortmund"]);
        // Not outside sport.
        let [people, ..] = linked("It rose. {O|Acme} 3-5 {P|Polo} said.");
        assert_eq!(people, ["Polo"]);
    }

    #[test]
    fn the_sides_of_results_lines_in_a_text_about_sport_are_teams() {
        let [_, places, organisations] = linked(
            "Rugby union results on Saturday:\nSale 31 {P|Wasps} 33\n{L|Orrell} 13 \
             {L|Bath} 56\n{L|England} 20 {L|Kent Vale} 3\nHe flew to {L|Bath}.",
        );
        assert_eq!(places, ["England", "Bath"]);
        assert_eq!(
            organisations,
            ["Sale", "Wasps", "Orrell", "Bath", "Kent Vale"]
        );
        // Not in a text about no sport.
        let [_, places, organisations] = linked(
            "Sales figures:\nWindows 95 Office 97\n{L|Orrell} 13 {L|Bath} 56\nAlpha 1 Beta 2",
        );
        assert_eq!(places, ["Orrell", "Bath"]);
        assert!(organisations.is_empty());
    }

    #[test]
    fn a_row_of_numbers_with_a_rate_or_five_numbers_is_a_league_tables() {
        assert!(standings_row(" 71 61 .538 12"));
        assert!(standings_row(" 69 65 .515 5 1/2"));
        assert!(standings_row(" 83 49 .629 -"));
        assert!(standings_row(" 3 2 1 0 7 2 7"));
        assert!(!standings_row(" 13 Llanelli 9"));
        assert!(!standings_row(" 25 30"));
        assert!(!standings_row(" 1,234 5 6 7 8"));
        assert!(!standings_row(" .538 12"));
        assert!(!standings_row(""));
    }

    #[test]
    fn towns_that_start_three_rows_of_a_league_table_are_teams() {
        let [people, places, organisations] = linked(
            "EASTERN DIVISION\n{L|MONTREAL} 71 61 .538 12\n{L|FLORIDA} 64 70 .478 20\n\
             {L|Sweden} 1 1 0 0 6 1 2\n{L|NEW YORK} 59 75 .440 25\n{P|Aamir Sohail} 11 3 24 0 5\n\
             {P|Kim} went to {L|Seoul}.",
        );
        assert_eq!(organisations, ["MONTREAL", "FLORIDA", "NEW YORK"]);
        assert_eq!(places, ["Sweden", "Seoul"]);
        assert_eq!(people, ["Aamir Sohail", "Kim"]);
        // Two rows are no table.
        let [_, places, organisations] =
            linked("{L|MONTREAL} 71 61 .538 12\n{L|FLORIDA} 64 70 .478 20\n");
        assert_eq!(places, ["MONTREAL", "FLORIDA"]);
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    proptest::proptest! {
        /// Any text after a name is read without a panic, and a row with a
        /// letter in it is never a table's.
        #[test]
        fn any_text_after_a_name_is_read(rest in "\\PC{0,40}") {
            let table = standings_row(&rest);
            if rest.chars().any(char::is_alphabetic) {
                proptest::prop_assert!(!table);
            }
        }
    }

    #[test]
    fn a_town_with_a_plural_nickname_is_a_team() {
        let [_, places, organisations] = linked(
            "He played for the {L|Boston Bruins}, the {L|New Jersey Devils} and the \
             {L|Calgary Flames}, then for the {L|Boston Bruins} again.",
        );
        assert_eq!(places, Vec::<String>::new());
        assert_eq!(
            organisations,
            ["Boston Bruins", "New Jersey Devils", "Calgary Flames"]
        );
        // Places listed whole, or ending in a word for a place.
        let [_, places, organisations] = linked(
            "They flew to {L|Palm Springs}, saw {L|Victoria Falls} and sailed to the \
             {L|Virgin Islands}. They played at {L|Flushing Meadows} and for the {L|West \
             Indies}.",
        );
        assert_eq!(
            places,
            [
                "Palm Springs",
                "Victoria Falls",
                "Virgin Islands",
                "Flushing Meadows",
                "West Indies"
            ]
        );
        assert!(organisations.is_empty());
        // A person named after a place (`Chad` and `Curtis` are one person
        // mid-clause, see `with_given_names`), and a place that is also a
        // person's name: no team.
        let [people, places, organisations] =
            linked("He scored {L|Chad} {P|Curtis}. {L|Victor Babes} ran.");
        assert_eq!(people, ["Chad Curtis"]);
        assert_eq!(places, ["Victor Babes"]);
        assert!(organisations.is_empty());
    }

    #[test]
    fn a_county_in_a_text_of_cricket_is_its_club() {
        let [_, places, organisations] = linked(
            "Title rivals {L|Essex}, {L|Derbyshire} and {L|SURREY} closed in, and a first \
             innings lead went to {L|Derbyshire}. He was born in {L|Kent}.",
        );
        assert_eq!(organisations, ["Essex", "Derbyshire", "SURREY"]);
        assert_eq!(places, ["Kent"]);
        // Not in a text of no cricket.
        let [_, places, organisations] = linked("Floods hit {L|Derbyshire} and {L|Surrey}.");
        assert_eq!(places, ["Derbyshire", "Surrey"]);
        assert!(organisations.is_empty(), "{organisations:?}");
    }
}
