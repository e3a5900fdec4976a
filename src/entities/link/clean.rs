//! Cleaning one span down to the name, and deciding whether it is a person
//! or a place at all.

use super::*;

/// Words capitalised at the start of a sentence that begin no name: cut from
/// the start of a span (`Later Kim`), and a span of nothing else is dropped.
pub(super) const COMMON_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "again",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "always",
    "amid",
    "among",
    "amongst",
    "an",
    "and",
    "another",
    "any",
    "around",
    "as",
    "at",
    "because",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "beyond",
    "both",
    "but",
    "by",
    "dear",
    "despite",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "few",
    "for",
    "friday",
    "from",
    "he",
    "hence",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "inside",
    "instead",
    "it",
    "its",
    "last",
    "later",
    "like",
    "many",
    "meanwhile",
    "monday",
    "more",
    "most",
    "much",
    "my",
    "nearly",
    "neither",
    "never",
    "next",
    "no",
    "none",
    "not",
    "now",
    "of",
    "often",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "or",
    "other",
    "our",
    "outside",
    "perhaps",
    "saturday",
    "several",
    "she",
    "since",
    "so",
    "some",
    "sometimes",
    "soon",
    "still",
    "sunday",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "throughout",
    "thursday",
    "thus",
    "to",
    "today",
    "tomorrow",
    "toward",
    "towards",
    "tuesday",
    "under",
    "unless",
    "unlike",
    "until",
    "upon",
    "we",
    "wednesday",
    "what",
    "when",
    "where",
    "whereas",
    "whether",
    "which",
    "while",
    "whilst",
    "who",
    "whom",
    "whose",
    "why",
    "with",
    "within",
    "without",
    "yesterday",
    "yet",
    "you",
];

/// Numbers written as words: no name on their own.
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion",
];

/// Compass words that name no place on their own (`the North`; the
/// `Midwest` is a region's name).
pub(super) const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// Place names whose leading "The" is part of the name.
pub(super) const THE_PLACES: &[&str] = &["hague", "gambia"];

/// Does this word end with an abbreviation dot that belongs to it (`U.S.`,
/// `D.C.`, `J.`, `Jr.`)?
pub(super) fn keeps_final_dot(word: &str) -> bool {
    let Some(body) = word.strip_suffix('.') else {
        return false;
    };
    if ["jr", "sr", "st"]
        .iter()
        .any(|a| body.eq_ignore_ascii_case(a))
    {
        return true;
    }
    // Letters each followed by a dot: "U.S.", "D.C.", "J."
    let mut chars = word.chars();
    let mut pairs = 0;
    loop {
        match (chars.next(), chars.next()) {
            (None, _) => return pairs > 0,
            (Some(l), Some('.')) if l.is_alphabetic() => pairs += 1,
            _ => return false,
        }
    }
}

pub(super) const LEADING_PUNCTUATION: &[char] = &[
    '"', '\'', '\u{201c}', '\u{2018}', '\u{201e}', '\u{00ab}', '(', '[', '{', '*', '_', '-',
    '\u{2013}', '\u{2014}', '@', '#', ',', '.', ';', ':',
];
pub(super) const TRAILING_PUNCTUATION: &[char] = &[
    '"', '\'', '\u{201d}', '\u{2019}', '\u{00bb}', ')', ']', '}', '*', '_', '-', '\u{2013}',
    '\u{2014}', ',', ';', ':', '!', '?', '\u{2026}', '.',
];

/// Trim whitespace, quotes, brackets, trailing punctuation and a possessive
/// `'s`/`’s` from both ends of `range`, until nothing changes. A range that
/// is not on character boundaries comes back empty.
///
/// Only whole characters come off (`trim_*` and `len_utf8`), so a range on
/// character boundaries stays on them.
pub(super) fn trim_edges(text: &str, mut range: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    // Nearly every span starts and ends with an ASCII letter or digit, and
    // then only a possessive can come off.
    let b = s.as_bytes();
    if let (Some(first), Some(&last)) = (b.first(), b.last())
        && first.is_ascii_alphanumeric()
        && last.is_ascii_alphanumeric()
        && !(matches!(last, b's' | b'S') && b.len() >= 2 && !b[b.len() - 2].is_ascii_alphanumeric())
    {
        return range;
    }
    loop {
        let before = range.clone();
        let s = &text[range.clone()];
        let trimmed =
            s.trim_start_matches(|c: char| c.is_whitespace() || LEADING_PUNCTUATION.contains(&c));
        range.start += s.len() - trimmed.len();
        let s = &text[range.clone()];
        let trimmed = s.trim_end();
        range.end -= s.len() - trimmed.len();
        let s = &text[range.clone()];
        for possessive in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
            if let Some(body) = s.strip_suffix(possessive)
                && body.chars().next_back().is_some_and(char::is_alphanumeric)
            {
                range.end -= possessive.len();
                break;
            }
        }
        let s = &text[range.clone()];
        if let Some(last) = s.chars().next_back()
            && TRAILING_PUNCTUATION.contains(&last)
        {
            let last_word = s.split_whitespace().next_back().unwrap_or("");
            if !(last == '.' && keeps_final_dot(last_word)) {
                range.end -= last.len_utf8();
            }
        }
        if range == before || range.is_empty() {
            return range;
        }
    }
}

/// Cut a person span down to the name: the last run of name-like words, with
/// leading titles and demonyms removed (`Chinese President Xi Jinping`,
/// `Politburo member Wang Huning`). `None` when no name is left.
///
/// The name runs from the start of one of the span's words to the end of
/// another, and [`tokens`] cuts words on character boundaries.
pub(super) fn person_name(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let words = tokens(text, &range);
    let name_like = |w: &Range<usize>| {
        let w = &text[w.clone()];
        is_name_word(w) || is_particle(w)
    };
    // A name and the place it is of, taken whole for a person's (`Adso of
    // Melk`, `Severinus of Sankt Wendel`, `John Graham of Claverhouse`),
    // after any titles (`Prince Friedrich Karl of Prussia`): one to three
    // words of a name, none a title and the first no common word but a
    // given name, and one to three words of a place. Before a listed
    // country, only a name that ends in a given name (`John of Austria`,
    // `Friedrich Karl of Prussia`; not `Kohl of Germany` or `Benjamin
    // Netanyahu of Israel`, as news writes them).
    // So is a royal's name with its regnal number and the realm it is of,
    // a country too (`Ferdinand III of Castile`, `Philip II of Spain`).
    // And a name with its epithet (`Casimir III the Great`, `John Wood the
    // Elder`).
    if let Some(whole) = of_a_place_or_with_an_epithet(text, &words, range.end) {
        return Some(whole);
    }
    let end = words.iter().rposition(name_like)?;
    let mut start = words[..end]
        .iter()
        .rposition(|w| !name_like(w))
        .map_or(0, |i| i + 1);
    let mut end = end;
    let folded: Words64 = words[start..=end]
        .iter()
        .map(|w| fold_hash(&text[w.clone()]))
        .collect();
    let first = start;
    let fold = |i: usize| folded[i - first];
    let title = |h: u64| titles().contains(&h);
    let particle = |h: u64| particles().contains(&h);
    while start <= end {
        let h = fold(start);
        // A particle written with a capital starts the name (`Von der Leyen`
        // at the start of a sentence, `Van Gogh`).
        let capital_particle = particle(h)
            && !title(h)
            && text[words[start].clone()].starts_with(|c: char| c.is_uppercase());
        // A title's word after `bin` is a father's name (`Zayed bin Sultan Al
        // Nahyan`).
        // Nor is one right before `bin` (`Sheikh Sultan bin Zayed`): a
        // given name.
        let patronym = || {
            (start == first
                && word_before(text, words[start].start)
                    .is_some_and(|w| matches!(&text[w], "bin" | "bint" | "ibn")))
                || word_after(text, words[start].end)
                    .is_some_and(|w| matches!(&text[w], "bin" | "bint" | "ibn"))
        };
        // `Rt` of `Rt Hon`, which alone may be a name (`RT`, a channel).
        let right = || {
            text[words[start].clone()].trim_end_matches('.') == "Rt"
                && start < end
                && fold(start + 1) == fold_hash("hon")
        };
        // A calling written with a capital, as at a sentence's start,
        // before a name of two words or more (`Lawyer Rajesh Patel`,
        // `Farmer John Otieno`).
        let calling = || {
            start == first
                && end >= start + 2
                && super::nouns::persons_noun(&text[words[start].clone()])
                && {
                    let next = &text[words[start + 1].clone()];
                    evidence::given_name(next) || (title_case(next) && !common_word(next))
                }
        };
        let strippable = (title(h) && !patronym())
            || calling()
            || right()
            || (particle(h) && !capital_particle)
            || demonyms().contains(&h)
            || attributive(&text[words[start].clone()]);
        if strippable && start < end {
            start += 1;
        } else {
            break;
        }
    }
    while end > start && (particle(fold(end)) || postnominal(&text[words[end].clone()])) {
        end -= 1;
    }
    // An office the person is named to, after the name (`named Cevallos
    // Minister of Public Works`, `made Maria Lopez Director of the
    // museum`): a title before `of`, `for` or `to` that no family name is
    // (not `John Major of Britain`).
    if end > start
        && title(fold(end))
        && word_after(text, words[end].end).is_some_and(|w| matches!(&text[w], "of" | "for" | "to"))
        && !evidence::family_name(&text[words[end].clone()])
    {
        end -= 1;
    }
    let name = words[start].start..words[end].end;
    let only_titles = (start..=end).all(|i| title(fold(i)));
    (!only_titles).then_some(name)
}

/// Offices written before a person's name that begin no body's or
/// place's name (unlike `Supreme`, `First`, `Prince`, `King`).
const PERSONAL_OFFICES: &[&str] = &[
    "Chancellor",
    "Commissioner",
    "Councillor",
    "Detective",
    "Dr",
    "Gov",
    "Governor",
    "Judge",
    "Mayor",
    "Minister",
    "Mr",
    "Mrs",
    "Ms",
    "Premier",
    "Prof",
    "Rep",
    "Secretary",
    "Sen",
    "Senator",
    "Treasurer",
];

/// Whether `surface` is a given name alone, `of` and one to three
/// capitalised words (`Sigismund of Luxembourg`), the given name no
/// ordinary word, title or listed place.
fn royal_of_a_place(surface: &str) -> bool {
    let name = surface.split_byte(b' ').next().unwrap_or_default();
    let Some(place) = surface[name.len()..].strip_prefix(" of ") else {
        return false;
    };
    title_case(name)
        && evidence::attested_given_name(name)
        && !common_word(name)
        && !titles().contains(&fold_hash(name))
        && !listed_place(name)
        && !evidence::wide_place(name)
        && (1..=3).contains(&place.split_byte(b' ').count())
        && place.split_byte(b' ').all(title_case)
}

/// The name of `words` (the words of a person's span of `text` ending at
/// `end`), after any titles, when it is a name and the place it is of or a
/// name and its epithet, taken whole (see [`person_name`]).
fn of_a_place_or_with_an_epithet(
    text: &str,
    words: &[Range<usize>],
    end: usize,
) -> Option<Range<usize>> {
    let word = |w: &Range<usize>| &text[w.clone()];
    let titled = words
        .iter()
        .take_while(|w| titles().contains(&fold_hash(word(w))))
        .count();
    let words = &words[titled..];
    let name_word = |w: &Range<usize>| {
        let w = word(w);
        title_case(w) && !titles().contains(&fold_hash(w))
    };
    // The name (a regnal number after it apart) and what follows it.
    let of_at = words.iter().take(4).position(|w| word(w) == "of");
    let the_at = words.iter().take(4).position(|w| word(w) == "the");
    let (at, of) = match (of_at, the_at) {
        (Some(at), _) => (at, true),
        (None, Some(at)) => (at, false),
        (None, None) => return None,
    };
    let numbered = at >= 2 && super::join::regnal_number(word(&words[at - 1]));
    let name = &words[..at - usize::from(numbered)];
    let rest = &words[at + 1..];
    // A surname may be a common word (`John Wood`), a first word only when
    // it is a given name too (`John`; not `Battle of Britain`).
    let first_common = |w: &str| common_word(w) && !evidence::attested_given_name(w);
    if name.is_empty() || first_common(word(&name[0])) || !name.iter().all(name_word) {
        return None;
    }
    let whole = words[0].start..end;
    if !of {
        let epithet = matches!(rest, [e] if super::join::EPITHETS.contains(&word(e)));
        return epithet.then_some(whole);
    }
    if !(1..=3).contains(&rest.len()) || !rest.iter().all(|w| title_case(word(w))) {
        return None;
    }
    let country = listed_country(&text[rest[0].start..end]);
    let given_last = evidence::attested_given_name(word(&name[name.len() - 1]));
    (numbered || !country || given_last).then_some(whole)
}

/// Prefixes and last parts of words made of a name that say what the name
/// after them is like: `pro-European`, `Reading-based`, `Texas-born`.
const ATTRIBUTIVE_PREFIXES: &[&str] = &["anti-", "ex-", "non-", "post-", "pre-", "pro-"];
const ATTRIBUTIVE_ENDS: &[&str] = &[
    "-aligned",
    "-allied",
    "-backed",
    "-based",
    "-born",
    "-bred",
    "-controlled",
    "-educated",
    "-funded",
    "-headquartered",
    "-led",
    "-linked",
    "-listed",
    "-owned",
    "-raised",
    "-registered",
    "-run",
    "-trained",
];

/// Whether `word` describes the name after it (see
/// [`ATTRIBUTIVE_PREFIXES`]).
pub(super) fn attributive(word: &str) -> bool {
    // Every prefix and ending holds a hyphen.
    word.has_byte(b'-')
        && (ATTRIBUTIVE_PREFIXES.iter().any(|p| word.starts_with(p))
            || ATTRIBUTIVE_ENDS.iter().any(|e| word.ends_with(e)))
}

/// The last words of firms' names that a firm's seat may follow after `of`
/// (`Redeye Worldwide of North Carolina`): a firm is not named for its
/// town as a bank or a university is.
const FIRM_HEADS: &[&str] = &[
    "Corp",
    "Corporation",
    "Film",
    "Films",
    "Inc",
    "Ltd",
    "Partners",
    "Pictures",
    "Records",
    "Studios",
    "Worldwide",
];

/// Is the span part of a longer capitalised name that is an organisation or
/// an event: `China` in `New China News Agency`, `Korea` in `Bank of Korea`,
/// `Kim Il Sung` in `Kim Il Sung University`? Looks forward along capitalised
/// words, and for places also back (across `of` and `of the`). The words come
/// from [`word_after`] and [`word_before`], on character boundaries.
pub(super) fn inside_organisation_name(text: &str, range: &Range<usize>, kind: Kind) -> bool {
    let organisation = |w: &str| {
        let h = fold_hash(w);
        organisation_words().contains(&h) || event_words().contains(&h)
    };
    let mut at = range.end;
    while let Some(w) = word_after(text, at) {
        let word = &text[w.clone()];
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        // A bracket or a quote opens something else (`Anna Cole (Acme
        // Holdings)` is no body's name).
        if !is_name_word(bare) || word.starts_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
        if organisation(bare) {
            return true;
        }
        if bare.len() < word.len() {
            break;
        }
        at = w.end;
    }
    if kind == Kind::Person {
        return false;
    }
    let mut at = range.start;
    // Whether the last word passed is an `of` right before the place.
    let mut of_before = false;
    while let Some(w) = word_before(text, at) {
        let word = &text[w.clone()];
        if word == "of" || word == "the" {
            of_before = word == "of" && at == range.start;
            at = w.start;
            continue;
        }
        if !is_name_word(word) || !word.chars().all(|c| c.is_alphanumeric() || c == '-') {
            break;
        }
        if organisation(word) {
            // A firm's seat after its name (`Acme Corporation of Ohio`,
            // `Mute Records of London`), not a body named for its place
            // (`Bank of Korea`, `Royal Bank of Scotland`).
            let seat = of_before
                && FIRM_HEADS.contains(&word)
                && word_before(text, w.start).is_some_and(|n| {
                    let name = &text[n];
                    is_name_word(name) && !organisation(name)
                });
            return !seat;
        }
        of_before = false;
        at = w.start;
    }
    false
}

/// Whether an `Open` or a `Grand Prix` follows `end`, in a name's case and
/// not before another capitalised word: the name before it is a
/// tournament's (`the U.S. Open`, `the Hong Kong Open semifinals`, `BERLIN
/// GRAND PRIX RESULTS`), not the place it is held in (CoNLL-2003 has the
/// whole as an event's name). `Open University` is not one.
fn before_open_or_grand_prix(text: &str, end: usize) -> bool {
    let Some(w) = word_after(text, end) else {
        return false;
    };
    let word = &text[w.clone()];
    let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = if bare == "Open" || bare == "OPEN" {
        w.start + bare.len()
    } else if (bare == "Grand" || bare == "GRAND") && bare.len() == word.len() {
        match word_after(text, w.end) {
            Some(p) => {
                let prix = text[p.clone()].trim_end_matches(|c: char| !c.is_alphanumeric());
                if !(prix == "Prix" || prix == "PRIX") {
                    return false;
                }
                p.start + prix.len()
            }
            None => return false,
        }
    } else {
        return false;
    };
    if text[last..].starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    // `Open University`, `Open Russia`: a capitalised word right after.
    !word_after(text, last).is_some_and(|n| {
        let next = &text[n];
        next.starts_with(|c: char| c.is_uppercase()) && next.chars().any(char::is_lowercase)
    })
}

/// Whether the span is the first words of an event's name that goes on
/// after it, along capitalised words and numbers (`Venice Film` `Festival`,
/// `European Rugby` `Champions Cup`, `BBC Radio` `2 Folk Awards`), or, after
/// a possessive, with an event's word alone (`Emperor's Cup`, `Thirty
/// Years' War`; not `England's World Cup`). The words come from
/// [`word_after`], on character boundaries. Words in capitals end the
/// search (`PORTO OUT OF EURO CUP`).
pub(super) fn inside_event_name(text: &str, range: &Range<usize>) -> bool {
    let event = |word: &str| {
        let h = fold_hash(word);
        event_words().contains(&h) || chart_words().contains(&h)
    };
    let bare = |w: &Range<usize>| text[w.clone()].trim_end_matches(|c: char| !c.is_alphanumeric());
    let rest = &text[range.end..];
    for possessive in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if rest.starts_with(possessive) {
            return word_after(text, range.end + possessive.len()).is_some_and(|w| {
                let word = bare(&w);
                is_name_word(word) && event(word)
            });
        }
    }
    let mut at = range.end;
    for _ in 0..4 {
        let Some(w) = word_after(text, at) else {
            return false;
        };
        let word = bare(&w);
        let number = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
        // A headline in capitals (`PORTO OUT OF EURO CUP`) says nothing.
        let shouted = || {
            word.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !word.chars().any(char::is_lowercase)
        };
        if !(number || is_name_word(word)) || shouted() {
            return false;
        }
        if event(word) {
            return true;
        }
        if word.len() < w.len() {
            return false;
        }
        at = w.end;
    }
    false
}

/// The words of the spelling alphabet (`T as in Tango`, `five, Tango,
/// Quebec, nine`): no names where a letter is spelled with them.
const SPELLING_WORDS: &[&str] = &[
    "Alfa", "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
    "Juliet", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo",
    "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Whisky", "X-ray", "Xray", "Yankee", "Zulu",
];

/// Whether `word` is a word of the spelling alphabet ([`SPELLING_WORDS`]).
/// (Looked up in a set, and only for a word as long as one of the list,
/// four to eight bytes: asked of every span.)
pub(super) fn spelling_word(word: &str) -> bool {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    (4..=8).contains(&word.len())
        && SET
            .get_or_init(|| SPELLING_WORDS.iter().map(|w| bytes_hash(w)).collect())
            .contains(&bytes_hash(word))
}

/// Whether `word` is one of [`NUMBER_WORDS`] or [`HOLIDAYS`], in any ASCII
/// case. (Looked up in a set: asked of every span.)
fn number_word_or_holiday(word: &str) -> bool {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    SET.get_or_init(|| {
        NUMBER_WORDS
            .iter()
            .chain(HOLIDAYS)
            .map(|w| ascii_case_hash(w))
            .collect()
    })
    .contains(&ascii_case_hash(word))
}

/// Whether the span at `range` is a word of the spelling alphabet that
/// spells a letter: after `as in`, or next to another such word with only
/// commas, spaces and single letters or numbers between, with a letter or a
/// number among the few words around (`five, Tango, Quebec, nine, Romeo`;
/// not `Charlie, Mike and Oscar`).
pub(super) fn spelled_letter(text: &str, range: &Range<usize>) -> bool {
    let spelling = |w: &str| spelling_word(w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    if !spelling(&text[range.clone()]) {
        return false;
    }
    if text[..range.start].ends_with(" as in ") {
        return true;
    }
    // The next word on either side that is more than a letter or a digit,
    // among the few words around, parted by spaces and commas.
    let filler = |w: &str| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        (w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase())
            || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
            || NUMBER_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w))
    };
    let parted = |c: char| c == ' ' || c == ',';
    let mut from = range.start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (range.end + 40).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let head = &text[from..range.start];
    let tail = &text[range.end..to];
    let before: Vec<&str> = head
        .rsplit(parted)
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    let after: Vec<&str> = tail
        .split(parted)
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    // A letter or a number spelled among them too: not a list of friends
    // (`Charlie, Mike and Oscar`).
    let spelled = before.iter().chain(&after).any(|w| filler(w));
    let next_spelling = |words: &[&str]| {
        words
            .iter()
            .find(|w| !filler(w))
            .is_some_and(|w| spelling(w))
    };
    spelled && (next_spelling(&before) || next_spelling(&after))
}

/// Stock market indexes named alone, which are no names of the three kinds
/// (`Seoul's Kospi edged up`, `the Hang Seng Index fell`). Not those that
/// are also a firm's or a paper's name (`Nikkei`, `FTSE`, `Dow Jones`,
/// `Nasdaq`, `S&P`).
const STOCK_INDEXES: &[&str] = &[
    "CAC",
    "CAC-40",
    "DAX",
    "Hang Seng",
    "Hang Seng Index",
    "Jakarta Composite",
    "KLCI",
    "KOSPI",
    "Kospi",
    "Nifty",
    "Sensex",
    "Shanghai Composite",
    "Straits Times Index",
    "TAIEX",
    "TOPIX",
    "Taiex",
    "Topix",
];

/// Letters written after a person's name for an honour, a rank at the bar or
/// a seat (`Charles Nwosu KC`), and a doctor's (`a GP in Leeds`): no names.
const POSTNOMINALS: &[&str] = &["CBE", "GP", "KBE", "KC", "MBE", "MEP", "MP", "OBE", "QC"];

/// Letters written after a judge's name for the bench it sits on (`Mbatha
/// JA`, a judge of appeal; `Olivier AJA`, acting; `Denning LJ`): no names,
/// and no part of the judge's.
const JUDGES_LETTERS: &[&str] = &["AJ", "AJA", "CJ", "DCJ", "JA", "JJA", "JSC", "LJ", "LJJ"];

/// Whether `word` is written after a name and is none of it: one of
/// [`POSTNOMINALS`] or [`JUDGES_LETTERS`].
fn postnominal(word: &str) -> bool {
    POSTNOMINALS.contains(&word) || JUDGES_LETTERS.contains(&word)
}

/// Whether the span is one word followed by a word in lower case that is no
/// English word, nor the first part of one joined by a hyphen, and ends as
/// Latin does: the genus of a species' name (`Homo naledi`, `Strigops
/// habroptilus`, `Escherichia coli`).
pub(super) fn genus_at(text: &str, range: &Range<usize>) -> bool {
    const ENDINGS: &[&str] = &["ae", "ens", "i", "is", "um", "us"];
    let Some(rest) = text[range.end..].strip_prefix(' ') else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    !text[range.clone()].has_byte(b' ')
        && word.len() >= 4
        // Not a word's first part (`England scrum-half`, `LKL semi-finals`).
        && !rest[word.len()..].starts_with('-')
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && ENDINGS.iter().any(|e| word.ends_with(e))
        // Elements: `Alcan aluminum`, `beryllium producer`.
        && !word.ends_with("ium")
        && !word.ends_with("num")
        && !common_word(word)
}

/// Words before `of` that make what follows part of an event's name, not a
/// place or a person of its own (`Treaty of Nerchinsk`, `Peace of
/// Westphalia`, `Battle of Bosworth Field`).
const EVENTS_OF: &[&str] = &[
    "Battle", "Edict", "Massacre", "Peace", "Sack", "Siege", "Treaty",
];

/// Whether the span is peoples' words and then titles (`Anglo-Saxon
/// King`), the last maybe `Crown` before `Prince` or `Princess` (`Saudi
/// Crown`, `Crown`, with the word after the span).
fn people_and_titles(text: &str, range: &Range<usize>) -> bool {
    let surface = &text[range.clone()];
    // Asked first: most spans end in no title.
    let last = surface.rsplit_once_byte(b' ').map_or(surface, |(_, w)| w);
    if !(last == "Crown" || is_title(last)) {
        return false;
    }
    let crown =
        || word_after(text, range.end).is_some_and(|w| matches!(&text[w], "Prince" | "Princess"));
    let mut words = surface.split_byte(b' ').peekable();
    while words.next_if(|w| is_demonym(&folded(w))).is_some() {}
    words.peek().is_some()
        && std::iter::from_fn(|| {
            let w = words.next()?;
            Some(is_title(w) || (w == "Crown" && words.peek().is_none() && crown()))
        })
        .all(|title| title)
}

/// Whether the span is the word of an event before `of` ([`EVENTS_OF`]):
/// `Battle` of `the Battle of Hastings`, not the town of `Battle, East
/// Sussex`.
pub(super) fn event_word_before_of(text: &str, range: &Range<usize>) -> bool {
    EVENTS_OF.contains(&&text[range.clone()]) && text[range.end..].starts_with(" of ")
}

/// Whether the span follows `<event> of` ([`EVENTS_OF`]), `the` maybe
/// between (`Treaty of the Pyrenees`).
pub(super) fn after_event_of(text: &str, range: &Range<usize>) -> bool {
    // Only after `of` or `the`, which the words before are looked at for.
    let head = text[..range.start].trim_end_matches(' ');
    if !(head.ends_with("of") || head.ends_with("the")) {
        return false;
    }
    let mut at = range.start;
    if let Some(the) = word_before(text, at)
        && &text[the.clone()] == "the"
    {
        at = the.start;
    }
    word_before(text, at).is_some_and(|of| {
        &text[of.clone()] == "of"
            && word_before(text, of.start).is_some_and(|w| EVENTS_OF.contains(&&text[w]))
    })
}

/// Whether the span ends the name of a prize given in a field: an event's
/// word, `in` or `for`, and the span, maybe after other capitalised words,
/// `or` and `and` (`Nobel Prize in Physiology or Medicine`, `Grammy Award
/// for Best World Music Album`, `Pulitzer Prize for Fiction`).
pub(super) fn after_prize_name(text: &str, range: &Range<usize>) -> bool {
    let mut at = range.start;
    for _ in 0..6 {
        let Some(w) = word_before(text, at) else {
            return false;
        };
        let word = &text[w.clone()];
        if matches!(word, "in" | "for") {
            return word_before(text, w.start).is_some_and(|p| {
                let prize = &text[p];
                is_name_word(prize) && event_words().contains(&fold_hash(prize))
            });
        }
        if !(matches!(word, "or" | "and")
            || (is_name_word(word) && word.chars().all(char::is_alphanumeric)))
        {
            return false;
        }
        at = w.start;
    }
    false
}

/// Words that name what an award is for after `Best` (`Best Picture`,
/// `Best Supporting Actress`, `Best New Artist`).
const AWARD_CATEGORIES: &[&str] = &[
    "Actor",
    "Actress",
    "Adapted",
    "Album",
    "Animated",
    "Cinematography",
    "Director",
    "Documentary",
    "Editing",
    "Film",
    "Foreign",
    "International",
    "Male",
    "Female",
    "New",
    "Newcomer",
    "Original",
    "Picture",
    "Player",
    "Record",
    "Score",
    "Screenplay",
    "Song",
    "Supporting",
];

/// Whether the span names an award's category: `Best` and one of
/// [`AWARD_CATEGORIES`], inside the span or right after it (`won Best
/// Picture`, `Best` `Director`; not `George Best`, nor `Best Buy`), or an
/// award whose name ends in `d'Or` (`Palme d'Or`, `Ballon d'Or`).
fn award_category(text: &str, range: &Range<usize>) -> bool {
    let surface = &text[range.clone()];
    // The golden prizes of French names (`Palme d'Or`, `Ballon d'Or`).
    let after = &text[range.end..];
    if after.starts_with(" d'Or") || after.starts_with(" d\u{2019}Or") {
        return true;
    }
    let Some(rest) = surface.strip_prefix("Best") else {
        return false;
    };
    let next = match rest.strip_prefix(' ') {
        Some(rest) => rest.split_byte(b' ').next().unwrap_or_default(),
        None if rest.is_empty() => word_after(text, range.end).map_or("", |w| &text[w]),
        None => return false,
    };
    AWARD_CATEGORIES.contains(&next.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

/// Cut common words from the start of a span (`Later Kim`, `In Seoul`; not
/// `The Hague`); `None` when nothing else is left, or when `range` is not on
/// character boundaries.
///
/// The first word is cut at an ASCII byte, the rest at the words [`tokens`]
/// finds.
pub(super) fn without_common_words(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    // Nearly always the first word is plain ASCII and not a common word:
    // then the span stays as it is, found without splitting it all.
    let s = text.get(range.clone())?.as_bytes();
    let end = s
        .iter()
        .position(|&b| is_ascii_space(b) || b >= 0x80)
        .unwrap_or(s.len());
    if s.get(end).is_none_or(|&b| b < 0x80) {
        let first = &text[range.start..range.start + end];
        let bare = first.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !common_words().contains(&fold_hash(bare)) {
            return Some(range);
        }
    }
    let words = tokens(text, &range);
    let bare = |i: usize| {
        let w = &text[words[i].clone()];
        fold_hash(w.trim_end_matches(|c: char| !c.is_alphanumeric()))
    };
    let mut first = 0;
    while first < words.len() && common_words().contains(&bare(first)) {
        let a_place_with_the = bare(first) == fold_hash("the")
            && first + 1 < words.len()
            && the_places().contains(&bare(first + 1));
        // An initial (`A. Dale`, `I. Austin`) is no word.
        let word = text[words[first].clone()].as_bytes();
        let initial =
            matches!(word, [c, b'.'] if c.is_ascii_uppercase()) && first + 1 < words.len();
        // A club's letters before its name are no word (`AS Roma`, `IF
        // Elfsborg`).
        let letters = CLUB_LETTERS.contains(&&text[words[first].clone()])
            && words
                .get(first + 1)
                .is_some_and(|next| super::words::title_case(&text[next.clone()]));
        if a_place_with_the || initial || letters {
            break;
        }
        first += 1;
    }
    match first {
        0 => Some(range),
        n if n == words.len() => None,
        n => {
            let rest = trim_edges(text, words[n].start..range.end);
            (!rest.is_empty()).then_some(rest)
        }
    }
}

/// A person's span, or `None` when it is the plural of an ordinary word
/// alone at the start of a sentence (`Analysts said`, `Shares fell`),
/// capitalised only for its place. Not a given or family name or a place
/// (`Williams`, `Wells`), and not a word with a capital inside a sentence.
fn without_plural_noun(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let surface = &text[range.clone()];
    let first = surface.split_byte(b' ').next().unwrap_or_default();
    let plural = capitalised_plural(first) && first[1..].bytes().all(|b| b.is_ascii_lowercase());
    if !plural
        || !first
            .strip_suffix('s')
            .is_some_and(|one| evidence::common_word(one) && !evidence::attested_given_name(one))
        || evidence::family_name(first)
        || evidence::attested_given_name(first)
        || listed_place(first)
        || evidence::wide_place(first)
        || !starts_sentence(text, range.start)
    {
        return Some(range);
    }
    // Only alone: before a name it may be a given name the lists lack
    // (`Mats Wilander`).
    (first.len() != surface.len()).then_some(range)
}

/// Prepositions that begin the titles of works (`In Rainbows`, `On the
/// Road`, `Of Mice and Men`).
const TITLE_PREPOSITIONS: &[&str] = &[
    "Across", "At", "Beyond", "For", "From", "In", "Into", "Of", "On", "Through", "To", "Under",
    "With", "Without",
];

/// Whether the span at `range` is a work's title: it begins with a
/// capitalised preposition of [`TITLE_PREPOSITIONS`] inside a sentence
/// (`their seventh album, In Rainbows`), and the rest is no place's name
/// (`Floods In Kerala`, a headline's, keeps `Kerala`; `In Salah` is a town).
fn preposition_title(text: &str, range: &Range<usize>) -> bool {
    let surface = &text[range.clone()];
    surface.split_once_byte(b' ').is_some_and(|(first, rest)| {
        TITLE_PREPOSITIONS.contains(&first)
            && !starts_sentence(text, range.start)
            // A clause after a semicolon may begin so (`; Beyond Mitla a
            // road climbs`).
            && !text[..range.start].trim_end().ends_with(';')
            && !listed_place(surface)
            && !evidence::wide_place(surface)
            && !listed_place(rest)
            && !evidence::wide_place(rest)
    })
}

/// Nouns that a name before them makes the name of a thing (`Chagas
/// disease`, `Chakri dynasty`, `Cauchy–Kovalevskaya theorem`).
const EPONYMOUS: &[&str] = &[
    "conjecture",
    "disease",
    "dynasty",
    "equation",
    "equations",
    "lemma",
    "paradox",
    "syndrome",
    "theorem",
];

/// Nouns of science that a pair of names joined by a dash names (`the
/// Heitler–London theory`, `Bose–Einstein condensation`, `the
/// Michelson-Morley experiment`): no person or place is meant.
const PAIR_EPONYMOUS: &[&str] = &[
    "algorithm",
    "bound",
    "condensate",
    "condensation",
    "constant",
    "criterion",
    "distribution",
    "effect",
    "experiment",
    "inequality",
    "law",
    "mechanism",
    "method",
    "model",
    "principle",
    "process",
    "reaction",
    "statistics",
    "test",
    "theory",
    "transform",
];

/// Whether the name at `range` names a thing with a noun of [`EPONYMOUS`]
/// right after it: a disease, a dynasty, a theorem. Not after a possessive
/// (`Crohn's disease` names the man). Nor is a name joined by a dash to
/// another before a noun of either list (`Heitler–London theory`, both
/// names).
pub(super) fn eponym_at(text: &str, range: &Range<usize>) -> bool {
    let noun_after = |end: usize, nouns: &[&str]| {
        text[end..].strip_prefix(' ').is_some_and(|rest| {
            let word = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or_default();
            nouns.contains(&word)
        })
    };
    if noun_after(range.end, EPONYMOUS) {
        return true;
    }
    // A capitalised word right after a dash, or right before one.
    let dash = |c: char| c == '\u{2013}' || c == '-';
    let name_after = |end: usize| {
        let rest = text[end..].strip_prefix(dash)?;
        rest.starts_with(char::is_uppercase).then(|| {
            end + (text.len() - end - rest.len())
                + rest
                    .find(|c: char| !c.is_alphabetic())
                    .unwrap_or(rest.len())
        })
    };
    let name_before = || {
        text[..range.start]
            .strip_suffix(dash)
            .and_then(|head| head.rsplit(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let in_pair = |end: usize| noun_after(end, EPONYMOUS) || noun_after(end, PAIR_EPONYMOUS);
    let surface = &text[range.clone()];
    let joined = surface.contains(dash) && !surface.has_byte(b' ');
    match name_after(range.end) {
        Some(end) => in_pair(end),
        None => (joined || name_before()) && in_pair(range.end),
    }
}

/// The number right after `end` and a space, as a whole word (`Billboard
/// 200`, `Radio 4`): where it ends.
fn number_after(text: &str, end: usize) -> Option<usize> {
    let rest = text[end..].strip_prefix(' ')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let joined = rest[digits..].starts_with(|c: char| c.is_alphanumeric());
    (digits > 0 && digits <= 3 && !joined).then_some(end + 1 + digits)
}

/// Whether `text[range]` begins the name of a chart or a list that a
/// number ends (`Billboard Hot 100`, `the Billboard 200`, `the Fortune
/// 500`): its last word is `Hot`, or it is a publisher's name known for
/// its lists. (Not `Top`: `the Top 14` is a league.)
fn chart_by_number(text: &str, range: &Range<usize>) -> bool {
    let surface = &text[range.clone()];
    (surface.ends_with(" Hot") || matches!(surface, "Billboard" | "Fortune" | "Forbes"))
        && number_after(text, range.end).is_some()
}

/// Whether `text[range]` is a stock's ticker in brackets with its exchange's
/// code: `(LLOY.L)`, `(7203.T)`, `(BRKa.N)`.
fn ticker_at(text: &str, range: &Range<usize>) -> bool {
    let Some(code) = text[range.end..].strip_prefix('.') else {
        return false;
    };
    let head = &text[..range.start];
    let letters = code.bytes().take_while(u8::is_ascii_uppercase).count();
    head.ends_with('(') && (1..=2).contains(&letters) && code[letters..].starts_with(')')
}

/// Months and their short forms, lower case.
pub(super) const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];

/// Whether `text[range]` is a month, with or without a dot, and a day of
/// the month follows it: a date (`Jan 21`, `Sept. 3,`), not a name.
fn date_at(text: &str, range: &Range<usize>) -> bool {
    // The day first: most names have no number after them.
    let after = text[range.end..]
        .strip_prefix('.')
        .unwrap_or(&text[range.end..]);
    let Some(after) = after.strip_prefix(' ') else {
        return false;
    };
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let month = text[range.clone()].trim_end_matches('.');
    if !MONTHS.iter().any(|m| m.eq_ignore_ascii_case(month)) {
        return false;
    }
    let ends = !after[digits..].starts_with(|c: char| c.is_alphanumeric());
    ends && (1..=31).contains(&after[..digits].parse().unwrap_or(0))
}

/// Clean one span and decide what it is; `None` drops it. Every cut is made
/// by [`trim_edges`], [`tokens`] or [`person_name`], which keep to character
/// boundaries (a range off them is dropped).
/// Short words a title leaves in lower case (`Behind the Mask`, `Fire Walk
/// with Me`).
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "de", "for", "from", "in", "into", "nor", "of",
    "on", "or", "the", "to", "with",
];

/// The most bytes between the quotation marks of a title.
pub(super) const QUOTED_TITLE_MAX: usize = 80;

/// The most bytes of a line looked at before a span for quotation marks.
const QUOTED_LINE_MAX: usize = 2048;

/// Words that no name of a person, place or body holds inside it but a
/// title in quotation marks often does (`"Beds Are Burning"`, `"I Will
/// Survive"`).
const TITLE_ONLY_WORDS: &[&str] = &[
    "am", "are", "can't", "don't", "i", "i'm", "is", "it's", "me", "my", "was", "were", "what",
    "when", "where", "why", "won't", "you", "your",
];

/// Whether the span is a whole title of three words or more in quotation
/// marks with a word of [`TITLE_ONLY_WORDS`] after its first: a song's or
/// a book's, not a name.
fn quoted_title_whole(text: &str, range: &Range<usize>) -> bool {
    const OPEN: [char; 2] = ['"', '\u{201c}'];
    const CLOSE: [char; 2] = ['"', '\u{201d}'];
    if !text[..range.start].ends_with(OPEN) || !text[range.end..].starts_with(CLOSE) {
        return false;
    }
    let words: Vec<&str> = text[range.clone()].split_byte(b' ').collect();
    words.len() >= 3
        && words[1..].iter().any(|w| {
            TITLE_ONLY_WORDS
                .iter()
                .any(|t| t.eq_ignore_ascii_case(&w.replace('\u{2019}', "'")))
        })
}

/// Whether the span is a part, not the whole, of a title in quotation marks
/// on its line (`"Behind the Mask"`, `“Meu Nome É Gal”`): two to eight
/// words, each capitalised but for short words such as `the` and `with`,
/// and no sentence ending inside nor an exclamation mark at the end.
/// Quoted speech has words in lower case (`"Kim is wrong," she said`), and
/// a name quoted whole (`"Rydeen"`) stays.
fn inside_quoted_title(text: &str, range: &Range<usize>) -> bool {
    const MARKS: [char; 3] = ['"', '\u{201c}', '\u{201d}'];
    // The line up to the span, or its last 2 KB in a longer line (the marks
    // are counted from there), so that a text of one long line costs no
    // more per span.
    let mut from = range.start.saturating_sub(QUOTED_LINE_MAX);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // The last mark before the span, found from the bytes: `"`, or the
    // curly ones' three bytes (E2 80 9C, E2 80 9D). Only one at most
    // `QUOTED_TITLE_MAX` bytes before it can open a title, so only those
    // bytes are looked through, and the line's start is found only when
    // there is one, and no line break after it.
    let bytes = text.as_bytes();
    let near = range.start.saturating_sub(QUOTED_TITLE_MAX + 4).max(from);
    let Some(mark_at) =
        memchr::memrchr2(b'"', 0xe2, &bytes[near..range.start]).and_then(|mut at| {
            let b = &bytes[near..range.start];
            loop {
                if b[at] == b'"' || matches!(b.get(at + 1..at + 3), Some([0x80, 0x9c | 0x9d])) {
                    return Some(near + at);
                }
                at = memchr::memrchr2(b'"', 0xe2, &b[..at])?;
            }
        })
    else {
        return false;
    };
    if memchr::memchr(b'\n', &bytes[mark_at..range.start]).is_some() {
        return false;
    }
    let line_start = text[from..mark_at]
        .rfind('\n')
        .map_or(from, |i| from + i + 1);
    let line = &text[line_start..range.start];
    let open = mark_at - line_start;
    let mark = line[open..].chars().next().unwrap_or(' ');
    // A straight mark opens when an odd number of them comes before the
    // span on its line; a curly one when it is the opening kind.
    let opens = match mark {
        '"' => line.matches('"').count() % 2 == 1,
        '\u{201c}' => true,
        _ => false,
    };
    let inside_from = line_start + open + mark.len_utf8();
    if !opens || range.start - inside_from > QUOTED_TITLE_MAX {
        return false;
    }
    let mut to = (range.end + QUOTED_TITLE_MAX + 4).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &text[range.end..to];
    let Some(close) = after
        .find(|c: char| c == '\n' || MARKS.contains(&c))
        .filter(|&i| after[i..].starts_with(['"', '\u{201d}']))
    else {
        return false;
    };
    let inside_to = range.end + close;
    if inside_to - inside_from > QUOTED_TITLE_MAX {
        return false;
    }
    let quoted = text[inside_from..inside_to].trim();
    let words: Vec<&str> = quoted.split_whitespace().collect();
    let whole = quoted.trim_matches(|c: char| !c.is_alphanumeric());
    // An exclamation is no title (`"Free Tibet!"`).
    if whole == &text[range.clone()] || quoted.ends_with('!') || !(2..=8).contains(&words.len()) {
        return false;
    }
    let ends_sentence = |w: &&str| w.ends_with(['.', '!', '?', ';', ':']);
    !words[..words.len() - 1].iter().any(ends_sentence)
        && words.iter().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            bare.chars().next().is_none_or(|c| !c.is_lowercase())
                || TITLE_SMALL_WORDS.contains(&bare)
        })
        && words
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count()
            >= 2
}

/// What follows `Good` in a greeting: `Good morning`.
const GREETED: &[&str] = &["afternoon", "day", "evening", "luck", "morning", "night"];

/// Verbs that open a question before a pronoun or an article: `Will that
/// be a problem?`, `Does she agree?`.
const ASKING: &[&str] = &[
    "Can", "Could", "Did", "Do", "Does", "May", "Might", "Shall", "Should", "Will", "Would",
];

/// Words after which [`ASKING`] opens a question.
const ASKED: &[&str] = &[
    "a", "an", "any", "anybody", "anyone", "he", "her", "his", "i", "it", "my", "our", "she",
    "somebody", "someone", "that", "the", "their", "there", "these", "they", "this", "those", "we",
    "you", "your",
];

/// Words said to somebody, not names: `Thanks`, `Yes`, `Lol`.
const INTERJECTIONS: &[&str] = &[
    "bye", "hello", "hey", "hi", "lol", "ok", "okay", "omg", "please", "sorry", "thanks", "wow",
    "yes",
];

/// Greetings, thanks and blessings of other languages, said to somebody as
/// `Hello` is (`Gracias`, `Namaste`, `Inshallah`). Not those that are also
/// names or begin them: `Aloha` (`Aloha Stadium`), `Asante`, `Bravo`,
/// `Buenos` (`Buenos Aires`), `Moi`, `Prost`, `Salam`, `Shalom`, `Toda`.
const GREETINGS: &[&str] = &[
    "alhamdulillah",
    "annyeong",
    "annyeonghaseyo",
    "arigato",
    "arigatou",
    "assalam",
    "assalamualaikum",
    "ayubowan",
    "bismillah",
    "bonjour",
    "bonsoir",
    "buongiorno",
    "ciao",
    "danke",
    "dhanyavaad",
    "dhanyavad",
    "dziękuję",
    "gamarjoba",
    "gomawo",
    "gracias",
    "grazie",
    "hola",
    "inshallah",
    "jazakallah",
    "kamsahamnida",
    "kiitos",
    "konnichiwa",
    "madloba",
    "mahalo",
    "mashallah",
    "merci",
    "namaskar",
    "namaste",
    "obrigada",
    "obrigado",
    "privet",
    "sawasdee",
    "shukran",
    "shukriya",
    "spasibo",
    "subhanallah",
    "vanakkam",
    "walaikum",
];

/// Words said to somebody that come before the name of whom they are said
/// to, not part of it: `Thanks John`, `Obrigada Hannah`.
const SAID_BEFORE_NAMES: &[&str] = &["bye", "hello", "hey", "hi", "thanks"];

/// Whether `word` (any case) is said to somebody: one of [`INTERJECTIONS`]
/// or [`GREETINGS`]; or, when `before_name`, said before a name: one of
/// [`SAID_BEFORE_NAMES`] or [`GREETINGS`].
fn said_to_somebody(word: &str, before_name: bool) -> bool {
    static SAID: OnceLock<[HashSet64; 2]> = OnceLock::new();
    let [alone, before] = SAID.get_or_init(|| {
        let set = |list: &[&str]| {
            list.iter()
                .chain(GREETINGS)
                .map(|w| phrase_hash(w))
                .collect()
        };
        [set(INTERJECTIONS), set(SAID_BEFORE_NAMES)]
    });
    let set = if before_name { before } else { alone };
    set.contains(&phrase_hash(word))
}

/// Whether `word` is `I'm`, with which somebody gives their name (`I'm Dana
/// Whitfield`).
fn introduces(word: &str) -> bool {
    matches!(word, "I'm" | "I\u{2019}m")
}

/// `range` without a greeting or thanks before a capitalised name
/// (`Thanks John` → `John`, `Gracias, Maria` → `Maria`), or `I'm` (`I'm
/// Dana Whitfield` → `Dana Whitfield`); as it is otherwise.
fn without_greeting(text: &str, range: Range<usize>) -> Range<usize> {
    let Some((first, rest)) = text[range.clone()].split_once_byte(b' ') else {
        return range;
    };
    let bare = first.trim_end_matches([',', '!', '.']);
    let greets = said_to_somebody(bare, true) || introduces(bare);
    if !greets || !rest.trim_start().starts_with(char::is_uppercase) {
        return range;
    }
    trim_edges(text, range.start + first.len()..range.end)
}

/// Words that open what somebody says, set off by a comma (`Well, Tom`,
/// `Look, the plant stays open`): no names then.
const DISCOURSE: &[&str] = &[
    "actually", "ah", "alas", "anyway", "er", "honestly", "hmm", "indeed", "listen", "look", "now",
    "oh", "right", "so", "sure", "uh", "um", "well", "yeah", "yep",
];

/// Time zones, written after a time (`10:42 UTC`, `9pm EST`): no names.
/// `UTC` and `GMT` are none anywhere.
const TIME_ZONES: &[&str] = &[
    "AEDT", "AEST", "BST", "CEST", "CET", "CST", "EAT", "EDT", "EEST", "EET", "EST", "GMT", "HKT",
    "IST", "JST", "KST", "MDT", "MST", "NZDT", "NZST", "PDT", "PST", "SAST", "SGT", "UTC", "WAT",
    "WIB",
];

/// Whether the span at `range` is a time zone ([`TIME_ZONES`]) after a
/// time, or `UTC` or `GMT` anywhere.
fn time_zone(text: &str, range: &Range<usize>) -> bool {
    let word = &text[range.clone()];
    let after_time = || {
        text[..range.start]
            .trim_end_matches(' ')
            .trim_end_matches(['a', 'p', 'm', 'A', 'P', 'M', '.'])
            .trim_end_matches(' ')
            .ends_with(|c: char| c.is_ascii_digit())
    };
    TIME_ZONES.contains(&word) && (matches!(word, "UTC" | "GMT") || after_time())
}

/// Codes of currencies, written before a sum (`USD 4.10`).
const CURRENCIES: &[&str] = &[
    "AED", "AUD", "BRL", "CAD", "CHF", "CNY", "DKK", "EUR", "GBP", "HKD", "INR", "JPY", "KRW",
    "MXN", "NOK", "NZD", "RUB", "SAR", "SEK", "SGD", "USD", "ZAR",
];

/// Whether the span at `range` is the first word of a greeting or of a
/// question (`Good morning`, `Thank you`, `Will that`, `Does she`), a word
/// said to somebody (`Yes`, `Lol`, `Gracias`), a word that opens what
/// somebody says before a comma ([`DISCOURSE`]: `Well,`), or a currency's
/// code before a sum (`USD 4.10`): not a name.
fn greeting_or_question(text: &str, range: &Range<usize>) -> bool {
    let word = &text[range.clone()];
    let next = || word_after(text, range.end).map(|w| text[w].to_lowercase());
    let bare = |n: &str| n.trim_end_matches([',', '!', '.', '?']).len();
    (word == "Good" && next().is_some_and(|n| GREETED.contains(&&n[..bare(&n)])))
        || (word == "Thank" && next().is_some_and(|n| &n[..bare(&n)] == "you"))
        || (!word.has_byte(b' ') && said_to_somebody(word, false))
        || (text[range.end..].starts_with(',')
            && DISCOURSE.iter().any(|d| d.eq_ignore_ascii_case(word)))
        || (ASKING.contains(&word) && next().is_some_and(|n| ASKED.contains(&n.as_str())))
        || (CURRENCIES.contains(&word)
            && text[range.end..]
                .trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_digit()))
}

/// Letters that begin clubs' names and are common words in small letters
/// (`AS Roma`, `IF Elfsborg`).
const CLUB_LETTERS: &[&str] = &["AS", "IF"];

/// Adjectives of parties' members (`Conservative rule`, `Republican
/// senators`); not `Tory`, a party's name too (`the Tory ministry`).
const PARTY_ADJECTIVES: &[&str] = &[
    "Communist",
    "Conservative",
    "Democratic",
    "Liberal",
    "Republican",
    "Socialist",
];

/// Ranks of the nobility, held of a place (`Earl of Strafford`).
pub(super) const NOBILITY: &[&str] = &[
    "Baron",
    "Baroness",
    "Countess",
    "Duchess",
    "Duke",
    "Earl",
    "Marchioness",
    "Marquess",
    "Marquis",
    "Viscount",
    "Viscountess",
];

/// Whether the span at `range` is cut from a contraction with `n't` (`Why
/// Can't We?`, `Won't`): a verb, not a name.
fn contraction(text: &str, range: &Range<usize>) -> bool {
    let rest = &text[range.end..];
    let rest = rest
        .strip_prefix("'t")
        .or_else(|| rest.strip_prefix("\u{2019}t"));
    rest.is_some_and(|r| !r.starts_with(char::is_alphanumeric))
        && text[..range.end].ends_with(['n', 'N'])
}

/// Whether the span at `range` is a post's mark that it repeats another's,
/// `RT` before the other's handle (`RT @SkySportsNews: ...`).
fn retweet(text: &str, range: &Range<usize>) -> bool {
    &text[range.clone()] == "RT" && text[range.end..].trim_start_matches(' ').starts_with('@')
}

/// Whether `tag`, a hashtag's word, runs words together in capitals, one
/// of which names an event's kind (`SowetoDerby`, `StormCiara`,
/// `SuccessionFinale`): an event's tag, not a name, unless its words apart
/// are a listed place's; a band's or a town's is a name (`KowhaiLights`,
/// `HebdenBridge`). A word of three letters or fewer first, or a part of
/// two, is a name's own capital (`McDonald`, `MacArthur`, `LaToya`).
fn words_run_together(tag: &str) -> bool {
    let mut words = Vec::new();
    let mut start = 0;
    let mut prev_lower = false;
    for (i, c) in tag.char_indices() {
        if c.is_uppercase() && prev_lower {
            words.push(&tag[start..i]);
            start = i;
        }
        prev_lower = c.is_lowercase();
    }
    words.push(&tag[start..]);
    // Not a name with a capital inside (`McDonald`, `MacArthur`,
    // `DeShawn`).
    if words.len() < 2
        || words[0].chars().count() < 4
        || words.iter().any(|w| w.chars().count() < 3)
    {
        return false;
    }
    let of_an_event = words.iter().any(|w| {
        TAG_EVENT_WORDS.iter().any(|e| e.eq_ignore_ascii_case(w))
            || super::words::event_words().contains(&fold_hash(w))
    });
    // The words apart are joined only for a tag of an event.
    of_an_event && {
        let apart = words.join(" ");
        !(listed_place(&apart) || super::evidence::wide_place(&apart))
    }
}

/// Words that name the kind of what a tag follows, beside the words of
/// events (`SowetoDerby`, `StormCiara`, `SuccessionFinale`).
const TAG_EVENT_WORDS: &[&str] = &[
    "Cyclone",
    "Day",
    "Derby",
    "Election",
    "Final",
    "Finale",
    "Fire",
    "Flood",
    "Hurricane",
    "Live",
    "Night",
    "Pod",
    "Podcast",
    "Protest",
    "Storm",
    "Strike",
    "Typhoon",
    "Week",
];

pub(super) fn clean(text: &str, range: Range<usize>, kind: Kind) -> Option<Span> {
    let mut range = trim_edges(text, range);
    if range.is_empty()
        || retweet(text, &range)
        || time_zone(text, &range)
        || greeting_or_question(text, &range)
        || contraction(text, &range)
    {
        return None;
    }
    let mut kind = kind;
    // A body's name before `World Heritage Site` or `List` is the body's
    // alone (`a UNESCO World Heritage Site`): the listing is none.
    // (Asked of nothing else: the words after it would make it an event's.)
    if let Some(body) = before_heritage_listing(&text[range.clone()]) {
        return (!body.is_empty()).then(|| {
            Span::new(
                text,
                range.start..range.start + body.len(),
                Kind::Organisation,
            )
        });
    }
    let greeted = without_greeting(text, range.clone());
    if greeted != range {
        let opener = text[range.start..greeted.start].trim_end();
        range = greeted;
        // One known given name greeted is a person's (`Obrigada Hannah`),
        // and so is a name given after `I'm` that begins with one.
        let surface = &text[range.clone()];
        let introduced = introduces(opener);
        let given = |w: &str| evidence::attested_given_name(w);
        if (!surface.has_byte(b' ') && given(surface))
            || (introduced && surface.split_byte(b' ').next().is_some_and(given))
        {
            kind = Kind::Person;
        }
    }
    // Folded now for the alias table, and again at the end only if the span
    // is cut in between (it seldom is).
    let trimmed = range.clone();
    let trimmed_fold = folded(&text[trimmed.clone()]);
    if place_alias_by_key(trimmed_fold.place).is_some() {
        kind = Kind::Place;
    }
    // A part of a listed place (`Lesser Poland`, `Upper Teesdale`).
    if evidence::sized_part_of_a_place(&text[range.clone()]) {
        kind = Kind::Place;
    }
    // A kinsman's word and a name are a person's, whatever the tagger took
    // them for (`Auntie Mona`, `Tante Mona`; the word is cut off below).
    // Not Spanish `Gran` (`Gran Canaria`).
    if kind != Kind::Person
        && let Some((first, rest)) = text[range.clone()].split_once_byte(b' ')
        && title_case(first)
        && first != "Gran"
        && kin().contains(&fold_hash(first))
        && rest.split_byte(b' ').count() <= 2
        && rest.split_byte(b' ').all(title_case)
    {
        kind = Kind::Person;
    }
    // An office and a person's name of two or three words beginning with a
    // given name are a person's, whatever the tagger took them for
    // (`Treasurer Jim Chalmers`; the office is cut off below). Not a body's
    // name (`Governor Phillip Institute`) nor a listed place's.
    if kind != Kind::Person
        && let Some((first, rest)) = text[range.clone()].split_once_byte(b' ')
        && PERSONAL_OFFICES.contains(&first.trim_end_matches('.'))
        && (2..=3).contains(&rest.split_byte(b' ').count())
        && rest.split_byte(b' ').all(title_case)
        && rest
            .split_byte(b' ')
            .next()
            .is_some_and(evidence::attested_given_name)
        && !is_organisation(&folded(rest))
        && !listed_place(rest)
    {
        kind = Kind::Person;
    }
    if kind != Kind::Person {
        let words = tokens(text, &range);
        if words.len() > 1 {
            let first = &text[words[0].clone()];
            let second = fold_hash(&text[words[1].clone()]);
            if first.eq_ignore_ascii_case("the") && !the_places().contains(&second) {
                range = trim_edges(text, words[1].start..range.end);
            }
        }
        // `Reading-based Kennet Mutual`, `pro-European Party of Action`.
        if let Some((first, _)) = text[range.clone()].split_once_byte(b' ')
            && attributive(first)
        {
            range = trim_edges(text, range.start + first.len()..range.end);
        }
    }
    // (A body may be so named: `In Home Health`, the band `Of Montreal`.)
    if kind != Kind::Organisation && preposition_title(text, &range) {
        return None;
    }
    // A common word or an event's may name a place after its noun (`the
    // town of Battle`, `the village of Wool`).
    let place_named = super::define::place_of(text, range.start);
    if !place_named {
        range = without_common_words(text, range)?;
    }
    // A given name and the place it is of, taken for a place, is a
    // person's (`a charter of Sigismund of Luxembourg`): not a place's name
    // that begins with a given name (`Victoria`).
    if kind == Kind::Place && royal_of_a_place(&text[range.clone()]) {
        kind = Kind::Person;
    }
    if kind == Kind::Person {
        range = without_plural_noun(text, range)?;
        range = person_name(text, range)?;
    }
    let surface = &text[range.clone()];
    if !surface.chars().any(char::is_alphabetic) {
        return None;
    }
    // A handle (`follow @JRKaiman`) is not a name as written, nor is a part
    // of a tag (`#AsanteToArsenal`); a tag that is a name whole is that
    // name (`#Arsenal`, `#Beijing`).
    // Nor is a part of a user's name joined by an underscore
    // (`AutoDoc_Ibadan wrote:`).
    if text[..range.start].ends_with(['@', '_'])
        || text[range.end..].starts_with('_')
        || (text[..range.start].ends_with('#')
            && (text[range.end..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
                || words_run_together(&text[range.clone()])))
    {
        return None;
    }
    // A date (`DHAKA, Jan 21 -`, `on March 3`), a stock's ticker in
    // brackets (`Lloyds Banking Group (LLOY.L)`), or a genus (`Homo
    // naledi`).
    if date_at(text, &range)
        || ticker_at(text, &range)
        || genus_at(text, &range)
        || eponym_at(text, &range)
        || inside_quoted_title(text, &range)
        || quoted_title_whole(text, &range)
        || award_category(text, &range)
        || chart_by_number(text, &range)
        || postnominal(&text[range.clone()])
        || STOCK_INDEXES.contains(&&text[range.clone()])
        || spelled_letter(text, &range)
    {
        return None;
    }
    // A number word starting a sentence (`Three seasons were made`), or a
    // holiday (`since Christmas`).
    if number_word_or_holiday(surface) {
        return None;
    }
    // A day cut short before a time or a date (`Fri 07:12`, `Sat. 14
    // May`), as feeds and listings write it.
    if DAYS_SHORT.contains(&surface.trim_end_matches('.'))
        && text[range.end..]
            .trim_start_matches(['.', ',', ' '])
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // A creed or a movement (`Lutheranism`, `Nazism`), not a name.
    if !surface.has_byte(b' ')
        && surface.len() > 5
        && (surface.ends_with("ism") || surface.ends_with("isms"))
    {
        return None;
    }
    // A day or a month in the plural (`open on Mondays`), which the tagger
    // may take for a name, as it does not the day alone.
    if surface
        .strip_suffix('s')
        .is_some_and(|day| super::nouns::DATE_WORDS.contains(&day))
    {
        return None;
    }
    // Kin alone, whatever the tagger took it for (`though Mum said`).
    let folded_hash = fold_hash(surface);
    if kin().contains(&folded_hash) || kin_alone().contains(&folded_hash) {
        return None;
    }
    // A title alone taken for an organisation (`Admiral` before `Bruce
    // Fraser`, taken apart), or for anything right before a capitalised
    // word (`DR` before `MEERA IYER`, a place) or before `of` (`the Wali of
    // Sohar`). A place may be named after one (`Lord's`).
    // Whether the word one space after the span begins as `starts` says.
    let next_word = |starts: fn(char) -> bool| {
        text[range.end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(starts))
    };
    if (kind == Kind::Organisation
        || next_word(char::is_uppercase)
        || text[range.end..].starts_with(" of "))
        && surface.split_whitespace().all(is_title)
    {
        return None;
    }
    // A people's word and a title before a name (`the Anglo-Saxon King
    // Harold`, `Saudi Crown Prince Mohammed`): what the person is.
    if next_word(char::is_uppercase) && people_and_titles(text, &range) {
        return None;
    }
    // A party's adjective qualifying a noun (`Conservative rule`, where it
    // was a place): a word of its members, as a people's is.
    if PARTY_ADJECTIVES.contains(&surface) && next_word(char::is_lowercase) {
        return None;
    }
    // A rank of the nobility before what it is held of (`the Earl of
    // Strafford`, where `Earl` was a place): the place may be a name, the
    // rank is none.
    if NOBILITY.contains(&surface) && text[range.end..].starts_with(" of ") {
        return None;
    }
    let f = if trimmed == range {
        trimmed_fold
    } else {
        folded(surface)
    };
    let inside = kind != Kind::Organisation && inside_organisation_name(text, &range, kind);
    if is_demonym(&f) || inside {
        return None;
    }
    let span = |kind| Span::with_keys(range.clone(), kind, f.place, f.name);
    // The tagger may have cut the place short (`Hong` of `Hong Kong Open`).
    let place_end = || {
        let mut end = range.end;
        for _ in 0..2 {
            let Some(w) = word_after(text, end) else {
                break;
            };
            end = w.end;
            if listed_place(&text[range.start..end]) {
                return end;
            }
        }
        range.end
    };
    // Looked for only where such a word is near: most names have none.
    let near = &text.as_bytes()[range.end..text.len().min(range.end + 40)];
    let soon = open_or_grand_in(near);
    if soon
        && (before_open_or_grand_prix(text, range.end)
            || before_open_or_grand_prix(text, place_end()))
    {
        return None;
    }
    if place_alias_by_key(f.place).is_some() {
        return Some(span(Kind::Place));
    }
    // A name ending in `Co.` before a legal form after a comma is a firm's,
    // whatever the tagger took it for (`Sekiguchi Thailand Co., Ltd.`); `Co.`
    // alone may be a county's (`Co. Kerry`).
    if surface.ends_with(" Co")
        && [".,", ","]
            .iter()
            .filter_map(|p| text[range.end..].strip_prefix(p))
            .any(|rest| {
                let form = rest.trim_start().split([' ', ',', ')']).next();
                form.is_some_and(|f| {
                    f.starts_with(char::is_uppercase) && super::firms::firm_ending(f)
                })
            })
    {
        return Some(span(Kind::Organisation));
    }
    // An event is nothing listed; a known organisation is one, whatever the
    // tagger said.
    // A listed place before an event's name, or after it and `in`, is
    // where it is held (`Barcelona Olympics`, `the Games in Athens`).
    if (is_event(&f) && !place_named)
        || after_event_of(text, &range)
        || ((inside_event_name(text, &range) || after_prize_name(text, &range))
            && !listed_place(surface))
    {
        return None;
    }
    // A large company's name before a model's number names the thing made
    // (`Boeing 737 jets`, `Airbus A320neos`), not the company.
    if kind != Kind::Person && model_after(text, range.end) && evidence::listed_firm(surface) {
        return None;
    }
    // A listed place keeps its kind (`West Bank`, `Gaza Strip`) even when a
    // word of it could end an organisation's name, and so does a place
    // named as a building (`Beijing Railway Station`).
    let building = || {
        surface.rsplit_byte(b' ').next().is_some_and(|last| {
            last == "Station"
                || super::untagged::FACILITIES.contains(&last)
                || super::untagged::DIVISIONS.contains(&last)
        })
    };
    if (is_organisation(&f) || dotted_legal_form(surface))
        && !(kind == Kind::Place && (listed_place(surface) || building()))
    {
        return Some(span(Kind::Organisation));
    }
    if directions().contains(&f.phrase) {
        let next = word_after(text, range.end)
            .map(|w| trim_edges(text, w))
            .filter(|w| w.end > w.start && is_name_word(&text[w.clone()]));
        // Unless with the word after it, whatever the tagger took that for,
        // it is a listed region (`East` `Sussex`, `West` `Yorkshire`).
        let region = next
            .clone()
            .map(|w| range.start..w.end)
            .filter(|r| evidence::wide_place(&text[r.clone()]))
            .map(|r| Span::new(text, r, Kind::Place));
        if kind != Kind::Person || region.is_some() {
            return region;
        }
        // Taken for a person's name before a people's (`North` of `North
        // Korean officials`), it is part of that word: no name.
        if next.is_some_and(|w| is_demonym(&folded(&text[w]))) {
            return None;
        }
    }
    // A compass point's adjective alone (`19 Northern and Northeastern
    // states`) names nothing.
    if compass_adjective(surface) {
        return None;
    }
    Some(span(kind))
}

/// The body's acronym in `surface` before a closing `World Heritage
/// Site`, `Sites` or `List` (`site` too), empty for the listing alone, or
/// none (also for other words before it: a site's name, `Cornwall and West
/// Devon Mining Landscape World Heritage Site`).
fn before_heritage_listing(surface: &str) -> Option<&str> {
    // (Most names end otherwise: asked first.)
    if !["Site", "Sites", "List", "site", "sites", "list"]
        .iter()
        .any(|l| surface.ends_with(l))
    {
        return None;
    }
    let (before, listing) = surface.split_once("World Heritage ")?;
    let before = before.trim_end();
    let acronym = !before.has_byte(b' ')
        && before.chars().all(|c| c.is_uppercase() || c == '.')
        && before.chars().filter(|c| c.is_uppercase()).count() >= 2;
    (matches!(
        listing,
        "Site" | "Sites" | "List" | "site" | "sites" | "list"
    ) && (before.is_empty() || acronym))
        .then_some(before)
}

/// Whether `bytes` hold `Open`, `OPEN`, `Gran` or `GRAN`, looked for only
/// where an `O` or a `G` is.
fn open_or_grand_in(bytes: &[u8]) -> bool {
    let mut from = 0;
    while let Some(i) = memchr::memchr2(b'O', b'G', &bytes[from..]) {
        let at = from + i;
        if matches!(
            bytes.get(at..at + 4),
            Some(b"Open" | b"OPEN" | b"Gran" | b"GRAN")
        ) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Legal forms written with dots after a firm's name, folded and without
/// the dots (`N.V.`, `S.A.`, `Ltd.`).
/// The days of the week cut short, as written before a time or a date.
const DAYS_SHORT: &[&str] = &[
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "MON", "TUE", "WED",
    "THU", "FRI", "SAT", "SUN",
];

/// Whether a legal form written with dots ends `surface`, a name of more
/// than one word: a firm's name, whatever the tagger took it for
/// (`Heineken N.V.`, `Telefónica S.A.`).
pub(super) fn dotted_legal_form(surface: &str) -> bool {
    surface.rsplit_once_byte(b' ').is_some_and(|(_, last)| {
        last.contains('.') && DOTTED_LEGAL_FORMS.iter().any(|form| dotless_is(last, form))
    })
}

const DOTTED_LEGAL_FORMS: &[&str] = &[
    "ag", "bv", "corp", "inc", "llc", "ltd", "nv", "plc", "sa", "spa",
];

/// Whether a model's name with a number follows `end` after a space: three
/// figures (`737`, `747-400`), or letters and figures (`A320neos`,
/// `E195s`); not a score, a year or an amount (`2`, `1996`, `4.10`).
fn model_after(text: &str, end: usize) -> bool {
    text[end..].strip_prefix(' ').is_some_and(|rest| {
        let word = rest.split([' ', '\n', ',', ';']).next().unwrap_or_default();
        let word = word.strip_suffix('.').unwrap_or(word);
        let (head, _) = word.split_once_byte(b'-').unwrap_or((word, ""));
        let figures = head.bytes().filter(u8::is_ascii_digit).count();
        let letters = head.bytes().filter(u8::is_ascii_alphabetic).count();
        head.len() == figures + letters
            && match letters {
                0 => figures == 3,
                _ => figures >= 2 && head.starts_with(|c: char| c.is_ascii_uppercase()),
            }
    })
}

/// Whether `word` is one of [`COMPASS_ADJECTIVES`], in any case.
pub(super) fn compass_adjective(word: &str) -> bool {
    COMPASS_ADJECTIVES
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
}

/// Holidays, never a name of a person, place or organisation alone.
pub(super) const HOLIDAYS: &[&str] = &[
    "Christmas",
    "Diwali",
    "Easter",
    "Eid",
    "Hanukkah",
    "Passover",
    "Ramadan",
    "Thanksgiving",
];

/// The adjectives of the points of the compass.
const COMPASS_ADJECTIVES: &[&str] = &[
    "eastern",
    "northeastern",
    "northern",
    "northwestern",
    "southeastern",
    "southern",
    "southwestern",
    "western",
];

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn spelling_words_and_numbers_are_looked_up_as_listed() {
        for w in SPELLING_WORDS {
            assert!(spelling_word(w), "{w}");
            assert!(!spelling_word(&w.to_lowercase()), "{w}");
        }
        assert!(!spelling_word("Alphas") && !spelling_word(""));
        assert!(SPELLING_WORDS.iter().all(|w| (4..=8).contains(&w.len())));
        for w in NUMBER_WORDS.iter().chain(HOLIDAYS) {
            assert!(number_word_or_holiday(w), "{w}");
            assert!(number_word_or_holiday(&w.to_ascii_uppercase()), "{w}");
        }
        assert!(!number_word_or_holiday("Eastern") && !number_word_or_holiday("tw\u{f6}"));
    }

    #[test]
    fn a_tag_of_words_run_together_naming_an_event_is_no_name() {
        let [_, places, organisations] = linked(
            "Thread: #{O|SowetoDerby} live\n\nhere we are again #{O|StormCiara} \
             #{L|HebdenBridge} #{O|KowhaiLights} #{O|Arsenal}\n",
        );
        assert_eq!(places, ["HebdenBridge"]);
        assert_eq!(organisations, ["KowhaiLights", "Arsenal"]);
    }

    #[test]
    fn a_region_named_by_a_compass_point_is_one_place_and_a_town_by_a_common_word_is_kept() {
        let [_, places, organisations] = linked(
            "It took place near the town of {L|Battle}, {L|East} {O|Sussex}. They left \
             {L|North} {P|Yorkshire}. The {L|East} won. The {L|West} is \u{201c}best\u{201d}.",
        );
        assert_eq!(places, ["Battle", "East Sussex", "North Yorkshire"]);
        assert!(organisations.is_empty(), "{organisations:?}");
        // A common word is no place but after a place's noun.
        let [_, places, _] = linked("The {L|Battle} began.");
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_compass_point_taken_for_a_person_is_part_of_a_region_or_a_peoples_name() {
        let [people, places, _] = linked(
            "The agency said {P|North} Korean and Japanese officials met. She moved to \
             {P|North} {L|Yorkshire}. {P|West} {P|Dubois} said so, and {P|West} agreed.",
        );
        assert_eq!(places, ["North Yorkshire"]);
        assert_eq!(people, ["West Dubois"]);
        // The person's name stays where no people's name or region follows.
        let [people, _, _] = linked("{P|West} Dubois said so, and {P|North} Korean agreed.");
        assert_eq!(people, ["West Dubois"]);
    }

    #[test]
    fn a_greeting_or_a_questions_verb_is_no_name() {
        let [people, _, _] = linked(
            "HOST: {P|Good} morning. {P|Will} that be a problem? {P|Does} she agree? \
             {P|Good} said so. {P|Will} Smith spoke. {P|May} we go? {P|May} won.",
        );
        assert_eq!(people, ["Good", "Will Smith", "May"]);
        let [people, _, organisations] = linked(
            "{O|Thank} you, {P|Rami Haddad}. {O|Yes}, it was. {O|Lol} no. It costs {O|USD} 4.10; \
             {O|USD} rose.",
        );
        assert_eq!(people, ["Rami Haddad"]);
        assert_eq!(organisations, ["USD"]);
    }

    #[test]
    fn a_greeting_of_another_language_is_no_name() {
        let [people, places, organisations] = linked(
            "{O|Gracias} a todos. {L|Hola} from {L|Lima}! {O|Assalam} o alaikum. {O|gracias}. \
             {P|Namaste}, {P|Asante} scored.",
        );
        assert_eq!(people, ["Asante"]);
        assert_eq!(places, ["Lima"]);
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn a_greeting_before_a_name_is_not_part_of_it() {
        let [people, places, _] = linked(
            "{P|Thanks John}, see you. {O|Obrigada Hannah}! {P|Hey Sarah}. {L|Hola Lima}. \
             {L|Buenos Aires} is far. {P|Dziękuję Ewa}.",
        );
        assert_eq!(people, ["John", "Hannah", "Sarah", "Ewa"]);
        assert_eq!(places, ["Lima", "Buenos Aires"]);
    }

    #[test]
    fn a_name_and_the_place_it_is_of_taken_for_a_persons_stay_whole() {
        let [people, places, _] = linked(
            "It is told by {P|Adso of Melk}, and the herbalist {P|Severinus of Sankt Wendel} \
             came. {P|Kohl of Germany} spoke. {P|President of France} spoke.",
        );
        assert_eq!(people[..2], ["Adso of Melk", "Severinus of Sankt Wendel"]);
        assert!(places.is_empty(), "{places:?}");
        // Not a surname before a listed country (as news writes them), nor
        // a title.
        assert_eq!(people.len(), 4, "{people:?}");
        assert!(
            !people[2..].iter().any(|p| p.contains(" of ")),
            "{people:?}"
        );
        // A royal's name with its regnal number stays whole, before a
        // country too, and the realm alone stays a place.
        let [people, places, _] = linked(
            "{P|Ferdinand II of Aragon} and {P|Isabella I of Castile} took {L|Ronda}. \
             {P|Philip II of Spain} ruled {L|Castile}.",
        );
        assert_eq!(
            people,
            [
                "Ferdinand II of Aragon",
                "Isabella I of Castile",
                "Philip II of Spain"
            ]
        );
        assert_eq!(places, ["Ronda", "Castile"]);
    }

    #[test]
    fn longer_names_of_their_places_and_names_with_epithets_stay_whole() {
        // A name of two words before `of`, after a title too, and a surname
        // that is a common word; before a country only after a given name.
        let [people, places, _] = linked(
            "Troops under {P|Prince Friedrich Karl of Prussia} and the men of \
             {P|John Graham of Claverhouse} met {P|Benjamin Netanyahu of Israel}. \
             {P|Battle of Britain} came next.",
        );
        assert_eq!(
            people[..2],
            ["Friedrich Karl of Prussia", "John Graham of Claverhouse"]
        );
        assert!(
            !people.iter().any(|p| p.contains("Netanyahu of")),
            "{people:?}"
        );
        assert!(!people.iter().any(|p| p.contains("Battle")), "{people:?}");
        assert!(!places.iter().any(|p| p == "Prussia"), "{places:?}");
        let [people, _, _] = linked("The fleet sailed under {P|John of Austria}.");
        assert_eq!(people, ["John of Austria"]);
        // Taken for a place too; not a place that begins with a given name.
        let [people, places, _] = linked(
            "A charter of {L|Sigismund of Luxembourg} survives. The {L|Isle of Man} and \
             the {L|Cape of Good Hope} are far.",
        );
        assert_eq!(people, ["Sigismund of Luxembourg"]);
        assert_eq!(places, ["Isle of Man", "Cape of Good Hope"]);
        // An epithet after `the`, with a regnal number before it too.
        let [people, places, _] = linked(
            "{P|John Wood the Elder} and his son {P|John Wood the Younger} built it. \
             {P|King Casimir III the Great} walled the town. {P|Alexander the Great} died. \
             {P|Edward} the {L|Confessor} reigned. {P|Zote the Mighty} boasted.",
        );
        assert_eq!(
            people,
            [
                "John Wood the Elder",
                "John Wood the Younger",
                "Casimir III the Great",
                "Alexander the Great",
                "Edward the Confessor",
                "Zote the Mighty"
            ]
        );
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn names_joined_by_a_dash_before_a_noun_of_science_name_no_one() {
        let [people, places, _] = linked(
            "The {P|Heitler}\u{2013}{L|London} theory and {L|Bose}\u{2013}{P|Einstein} \
             condensation, the {P|Michelson-Morley} experiment. {P|Fritz London} met \
             {P|Albert Einstein} in {L|Berlin}. He rode the {L|Paris}\u{2013}{L|Roubaix} race.",
        );
        assert_eq!(people, ["Fritz London", "Albert Einstein"]);
        assert_eq!(places, ["Berlin", "Paris", "Roubaix"]);
    }

    #[test]
    fn a_companys_name_before_a_models_number_names_the_thing_made() {
        let [_, _, organisations] = linked(
            "{O|Gol} flies only {O|Boeing} 737 jets and {O|Airbus} A320neos. {O|Boeing} said so. \
             {O|Borussia Dortmund} 4 3 0 1 12 6 9. {O|Siemens} 1996 results. {O|ABN AMRO} 3,003.",
        );
        assert_eq!(
            organisations,
            ["Gol", "Boeing", "Borussia Dortmund", "Siemens", "ABN AMRO"]
        );
        let [_, _, organisations] = linked("{O|Airbus} A310 and {O|Boeing} 747-400 jets.");
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn a_title_beginning_with_a_preposition_inside_a_sentence_names_a_work() {
        let [people, places, organisations] = linked(
            "They released their seventh album, {P|In Rainbows}, in 2007. Floods {L|In Kerala} \
             kill 20. {L|In Paris} it rained. Shares of {O|In Home Health} rose.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Kerala", "Paris"]);
        assert_eq!(organisations, ["In Home Health"]);
    }

    #[test]
    fn a_name_before_a_disease_or_a_dynasty_names_the_thing() {
        let [people, places, _] = linked(
            "{P|Chagas} disease is spread by insects. The {L|Chakri} dynasty rules \
             {L|Thailand}. Dr {P|Crohn}'s disease is rare. The {P|Cauchy} theorem holds. Dr \
             {P|Chagas} died.",
        );
        // `Chagas` first named after `Crohn`: at his death, not his disease.
        assert_eq!(people, ["Crohn", "Chagas"]);
        assert_eq!(places, ["Thailand"]);
    }

    #[test]
    fn a_posts_mark_of_a_repeat_is_no_name() {
        let [_, _, organisations] =
            linked("{O|RT} @SkySportsNews: talks go on. {O|RT} said so. {O|RT}  @x: yes.");
        assert_eq!(organisations, ["RT"]);
    }

    #[test]
    fn a_plural_noun_alone_at_a_sentences_start_is_no_person() {
        let [people, _, _] = linked(
            "{P|Analysts} said so. {P|Shares} of Acme fell. {P|Williams} said no. Then \
             {P|Officials} spoke. {P|Mats Wilander} won.",
        );
        assert_eq!(people, ["Williams", "Officials", "Mats Wilander"]);
    }

    #[test]
    fn an_awards_category_or_a_golden_prize_is_no_name() {
        let [people, _, organisations] = linked(
            "It won the {O|Palme} d'Or. It won {O|Best Picture}, and {P|Bong} won {O|Best} \
             Director. {P|George Best} scored; {P|Best} left. Prices fell at {O|Best Buy}.",
        );
        assert_eq!(people, ["Bong", "George Best"]);
        assert_eq!(organisations, ["Best Buy"]);
    }

    #[test]
    fn a_word_cut_from_a_contraction_is_no_name() {
        let (_, e) = link_marked(
            "The album Why {L|Can}'t We? sold. They {L|Won}\u{2019}t go. He flew to {L|Can} in \
             {L|Turkey}. {L|O}'toole stayed.",
        );
        assert_eq!(names(&e.places), ["Can", "Turkey", "O"]);
        assert_eq!(e.places[0].mentions.len(), 1);
    }

    #[test]
    fn a_ticker_in_brackets_is_no_name() {
        let [_, _, organisations] = linked(
            "{O|Lloyds Banking Group} ({O|LLOY}.L) and {O|NatWest Group} ({O|NWG}.L) rose; \
             {O|Toyota} (7203.T) fell. The {O|EU} (Brussels) agreed.",
        );
        assert_eq!(
            organisations,
            ["Lloyds Banking Group", "NatWest Group", "Toyota", "EU"]
        );
    }

    #[test]
    fn a_month_before_a_day_is_a_date() {
        let [people, ..] = linked(
            "DHAKA, {P|Jan} 21 - Workers marched. On {P|Sept.} 3, they met. \
             {P|Alison May} spoke. {P|May} told analysts in {P|May} 2024 it was fine.",
        );
        assert_eq!(people, ["Alison May"]);
        let (text, e) = link_marked("{P|Alison May} spoke. {P|May} 5 came. {P|May} 45 said.");
        let mentions = mention_texts(&text, &e.people[0]);
        assert_eq!(mentions, ["Alison May", "May"]);
    }

    #[test]
    fn a_particle_with_a_capital_starts_a_name() {
        let (_, e) = link_marked("{P|Von der Leyen} was born in 1958. {P|Van Gogh} painted.");
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Von der Leyen", "Van Gogh"]);
    }

    #[test]
    fn an_office_named_to_after_a_name_is_cut_from_it() {
        let (_, e) = link_marked(
            "The president named {P|Cevallos Minister} of Public Works and {P|John Smith \
             Secretary} for Wales. {P|John Major} of Britain spoke. {P|Ruiz Governor} won.",
        );
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            ["Cevallos", "John Smith", "John Major", "Ruiz Governor"]
        );
    }

    #[test]
    fn titles_possessives_and_punctuation_are_cut_from_the_span() {
        let (text, e) = link_marked(
            "{P|President Trump,} {P|Chinese President Xi Jinping’s} wife, \
             {P|Vice President Wang Qishan}, {P|Politburo Standing Committee member Wang Huning}, \
             {P|“Kim's}, {P|(Ri Sol-ju)}, {P|Mr. Moon.}, {P|Ras Alula Engida}, \
             {P|Maharaja Ranjit Singh}, {P|Rt Hon Priya Shah}, {P|the Hon. Tom Ellis}, \
             {P|Honourable Ama Boateng}",
        );
        let texts: Vec<&str> = e
            .people
            .iter()
            .map(|p| &text[p.mentions[0].clone()])
            .collect();
        assert_eq!(
            texts,
            [
                "Trump",
                "Xi Jinping",
                "Wang Qishan",
                "Wang Huning",
                "Kim",
                "Ri Sol-ju",
                "Moon",
                "Alula Engida",
                "Ranjit Singh",
                "Priya Shah",
                "Tom Ellis",
                "Ama Boateng"
            ]
        );
    }

    #[test]
    fn a_place_that_names_an_open_or_a_grand_prix_is_the_tournaments() {
        let [_, places, organisations] = linked(
            "Seles won at the {L|U.S.} Open. The {L|Hong Kong} Open semifinals began. \
             {L|BERLIN} GRAND PRIX RESULTS. He lives in {L|Berlin}. {O|Hong Kong} Open \
             Air ran. The {L|U.S.} Opens fell. Results in the {L|Hong} Kong Open.",
        );
        // Not before another capitalised word, nor another word than `Open`.
        assert_eq!(places, ["Berlin", "United States"]);
        assert_eq!(organisations, ["Hong Kong"]);
    }

    #[test]
    fn a_name_made_a_persons_after_cleaning_loses_its_title_too() {
        let (text, e) = link_marked("The regional ruler {O|Ras Makonnen} said he would come.");
        assert_eq!(e.people.len(), 1);
        assert_eq!(mention_texts(&text, &e.people[0]), ["Makonnen"]);
        // A Spanish title with its tilde, as without it.
        let (text, e) = link_marked("{P|Doña Chole} and {P|Dona Chayo} left.");
        assert_eq!(mention_texts(&text, &e.people[0]), ["Chole"]);
        assert_eq!(mention_texts(&text, &e.people[1]), ["Chayo"]);
    }

    #[test]
    fn names_with_particles_keep_them_inside() {
        let (text, e) = link_marked("{P|Bashar al-Assad} met {P|Ursula von der Leyen}.");
        let texts: Vec<&str> = e
            .people
            .iter()
            .map(|p| &text[p.mentions[0].clone()])
            .collect();
        assert_eq!(texts, ["Bashar al-Assad", "Ursula von der Leyen"]);
    }

    #[test]
    fn an_abbreviation_keeps_its_final_dot() {
        let (text, e) = link_marked("between {L|North Korea}, {L|the U.S.} and {L|China.}");
        let texts: Vec<&str> = e
            .places
            .iter()
            .map(|p| &text[p.mentions[0].clone()])
            .collect();
        assert_eq!(texts, ["North Korea", "U.S.", "China"]);
    }

    #[test]
    fn a_place_named_the_keeps_it() {
        let (text, e) = link_marked("judges in {L|The Hague} and {L|the Netherlands}");
        let texts: Vec<&str> = e
            .places
            .iter()
            .map(|p| &text[p.mentions[0].clone()])
            .collect();
        assert_eq!(texts, ["The Hague", "Netherlands"]);
    }

    #[test]
    fn peoples_and_languages_are_not_places() {
        assert_eq!(
            linked(
                "Gas came from the {L|Romanian} side into {L|Moldova}. It was written in \
                 {L|Persian} and {L|Swahili}, and the {O|Kenyan} said so."
            ),
            [Vec::<String>::new(), vec!["Moldova".to_string()], vec![]]
        );
    }

    #[test]
    fn words_that_describe_a_name_are_not_part_of_it() {
        assert_eq!(
            linked(
                "The {O|Reading-based Kennet Mutual} grew. The Ontario-based {O|Magna} and \
                 the pro-European {O|Party of Action} agreed. {P|Texas-born Ann Lee} and \
                 {P|al-Assad} spoke to the {O|Republican-led Congress}."
            ),
            [
                vec!["Ann Lee".to_string(), "al-Assad".to_string()],
                vec![],
                vec![
                    "Kennet Mutual".to_string(),
                    "Magna".to_string(),
                    "Party of Action".to_string(),
                    "Congress".to_string()
                ]
            ]
        );
    }

    #[test]
    fn demonyms_titles_and_events_are_dropped_and_organisations_are_organisations() {
        let (_, e) = link_marked(
            "{L|Chinese} state media and {P|North Korean} officials; {P|Americans}; \
             {P|President} spoke; {P|New China News Agency}; {L|Asan Institute for Policy Studies}; \
             {L|U.N.} sanctions; {L|Winter Olympics}; {L|the North}; {P|Associated Press}; \
             {O|Greater Milwaukee Open}; {O|Open University}; the {L|Paris Agreement}; the \
             {O|Peking Protocol}; a {O|World Heritage Site}; the {O|Billboard Hot} 100; the \
             {O|Billboard} 200; the {O|Top} 14 (a league); the {O|Japan Series}",
        );
        assert!(e.people.is_empty() && e.places.is_empty(), "{e:?}");
        // Tagged as people or places, known organisations are organisations.
        assert_eq!(
            names(&e.organisations),
            [
                "New China News Agency",
                "Asan Institute for Policy Studies",
                "U.N.",
                "Associated Press",
                "Open University",
                "Top"
            ]
        );
        assert!(e.organisations.iter().all(|o| o.kind == Kind::Organisation));
    }

    #[test]
    fn a_name_ending_in_co_before_a_legal_form_is_a_firms() {
        let [people, places, organisations] = linked(
            "It opened {P|Sekiguchi Thailand Co}., Ltd., at the estate, and \
             {L|Harada Seiki Co}., Ltd. later. He farmed in {L|Co. Kerry}.",
        );
        assert_eq!(
            organisations,
            ["Sekiguchi Thailand Co., Ltd.", "Harada Seiki Co., Ltd."]
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Co. Kerry"]);
    }

    #[test]
    fn a_body_before_a_world_heritage_listing_is_the_body_alone() {
        let (_, e) = link_marked(
            "It is a {O|UNESCO World Heritage Site}. It joined the {L|UNESCO World Heritage \
             List} in 1980. A {O|World Heritage Site} since 1994. The {L|Cornwall and West Devon \
             Mining Landscape World Heritage Site} lies near.",
        );
        assert_eq!(names(&e.organisations), ["UNESCO"]);
        assert_eq!(e.organisations[0].mentions.len(), 2);
        assert!(
            !names(&e.places).iter().any(|p| p.contains("UNESCO")),
            "{e:?}"
        );
    }

    #[test]
    fn a_time_zone_is_no_name() {
        let [people, places, organisations] = linked(
            "At 10:42 {O|UTC} the runners left; by 9pm {L|PST} and 7 p.m. {O|IST} all was \
             done. Clocks keep {O|GMT}. The {O|IST} board met.",
        );
        assert!(
            places.is_empty() && people.is_empty(),
            "{places:?} {people:?}"
        );
        assert_eq!(organisations, ["IST"]);
    }

    #[test]
    fn a_word_that_opens_what_somebody_says_before_a_comma_is_no_name() {
        let [people, places, _] = linked(
            "MARIA DELGADO: {L|Well}, Tom, {P|Ford} said so. {P|Look}, it is open. {L|Now}, \
             {P|Tom}. {L|Well} Street is wide. {P|Sure} said no.",
        );
        assert_eq!(places, ["Well"]);
        assert_eq!(people, ["Tom", "Ford", "Sure"]);
    }

    #[test]
    fn a_name_ended_by_high_is_a_schools_but_not_one_begun_by_it() {
        let [people, places, organisations] = linked(
            "She went to {L|Lincoln High} and taught at {P|Central High}. The {L|High Street} \
             shops and {L|High Wycombe} were closed.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["High Street", "High Wycombe"]);
        assert_eq!(organisations, ["Lincoln High", "Central High"]);
    }

    #[test]
    fn names_inside_organisation_names_are_dropped() {
        let (_, e) = link_marked(
            "the New {L|China} News Agency, the Bank of {L|Korea}, {P|Kim Il Sung} University, \
             the {L|Beijing} Winter Olympics, the University of the {L|Philippines}",
        );
        assert!(e.people.is_empty() && e.places.is_empty(), "{e:?}");
        // The agency and the university are found whole by their last words.
        assert_eq!(
            names(&e.organisations),
            ["New China News Agency", "Kim Il Sung University"]
        );
        let (_, e) = link_marked(
            "{L|China} and the World Bank; {P|Wang Huning}, Standing Committee; \
             Committee member {P|Wang Qishan}; in {L|Beijing}. News later",
        );
        assert_eq!(names(&e.places), ["China", "Beijing"]);
        assert_eq!(names(&e.people), ["Wang Huning", "Wang Qishan"]);
    }

    #[test]
    fn forms_of_address_of_lawyers_councillors_counts_and_masters_are_cut() {
        let [people, _, _] = linked(
            "Her lawyer, {P|Advocate Zanele Mthembu}, argued. I asked {P|Cllr Hooper}. He sent \
             {P|Count Maximilian von Trauttmansdorff} and the gunner {P|Ustad Ali Quli}.",
        );
        assert_eq!(
            people,
            [
                "Zanele Mthembu",
                "Hooper",
                "Maximilian von Trauttmansdorff",
                "Ali Quli"
            ]
        );
    }

    #[test]
    fn common_words_at_the_start_are_cut() {
        let (text, e) = link_marked(
            "{P|Later Kim} left. {P|Later}, {P|Yesterday, Trump} spoke. {L|In Seoul} and \
             {L|The Hague}; {P|Monday} {P|Dear Clara}. {L|Much} of it was shot in {L|Oslo}. \
             {L|Above Canberra} it narrows; {L|Beyond Mitla} a road climbs.",
        );
        let texts: Vec<&str> = e
            .people
            .iter()
            .chain(&e.places)
            .map(|p| &text[p.mentions[0].clone()])
            .collect();
        assert_eq!(
            texts,
            [
                "Kim",
                "Trump",
                "Clara",
                "Seoul",
                "The Hague",
                "Oslo",
                "Canberra",
                "Mitla"
            ]
        );
        // Not a club's letters (`AS Roma`), but the word is cut.
        let [_, places, organisations] =
            linked("{O|AS Roma} beat {O|IF Elfsborg}. {L|As Paris} rained, it poured.");
        assert_eq!(organisations, ["AS Roma", "IF Elfsborg"]);
        assert_eq!(places, ["Paris"]);
    }

    #[test]
    fn kin_is_no_name_alone_and_no_part_of_one() {
        let [people, places, organisations] = linked(
            "{P|Mum} said no. Though {L|Dad} laughed, {P|Nan} and {P|Auntie Rose} came \
             with {P|Uncle Des} and {O|Mum}.",
        );
        assert_eq!(people, ["Nan", "Rose", "Des"]);
        assert!(places.is_empty(), "{places:?}");
        assert!(organisations.is_empty(), "{organisations:?}");
        // `Mama` and `Papa` alone too, but not in a name.
        let [people, places, _] =
            linked("{L|Mama} cooked and {P|Papa} sang. {P|Mama Africa} and {P|Papa Wemba} played.");
        assert_eq!(people, ["Mama Africa", "Papa Wemba"]);
        assert!(places.is_empty(), "{places:?}");
        // Kin and courtesy titles of other languages too.
        let [people, _, _] = linked(
            "{P|Tita Baby} and {P|Kuya Jun} came. {P|Dona Fátima} cooked; {P|Senhor Joaquim} \
             talked. {P|Gogo Nomsa} waited. {P|Pani Marta} came to my door. {P|Lola Montez} \
             danced.",
        );
        assert_eq!(
            people,
            [
                "Baby",
                "Jun",
                "Fátima",
                "Joaquim",
                "Nomsa",
                "Marta",
                "Lola Montez"
            ]
        );
    }

    #[test]
    fn letters_after_a_name_are_no_name() {
        let (_, e) = link_marked(
            "{P|Charles Nwosu} {O|KC} said so. Dr {P|Ama Mensah} is a {O|GP} in {L|Leeds}. \
             {P|Jo Cox} {O|MP} spoke.",
        );
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
        assert_eq!(e.people.len(), 3);
    }

    #[test]
    fn a_part_of_a_listed_place_is_a_place() {
        let (_, e) = link_marked(
            "It lies in {P|Lesser Poland}. The moors of {O|Upper Teesdale} are wild. The \
             {O|Upper House} met.",
        );
        let places: Vec<&str> = e.places.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(places, ["Lesser Poland", "Upper Teesdale"]);
        assert!(e.people.is_empty(), "{:?}", e.people);
        assert_eq!(e.organisations.len(), 1);
    }

    #[test]
    fn a_name_inside_a_quoted_title_is_the_titles() {
        let (_, e) = link_marked(
            "Songs such as \"Behind the {P|Mask}\" and \"{O|Rydeen}\" were heard. She sang \u{201c}{P|Meu Nome} \u{c9} Gal\u{201d} and \"{P|Divino}, {P|Maravilhoso}\". \"{P|Kim} is wrong,\" said {P|Moon}. \"Free {L|Tibet}!\" they shouted. It was published in \"{O|Human Gene Therapy},\" a journal. \"{L|Golden Crescent}.\"",
        );
        let people: Vec<&str> = e.people.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(people, ["Kim", "Moon"]);
        let places: Vec<&str> = e.places.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(places, ["Tibet", "Golden Crescent"]);
        let orgs: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(orgs, ["Rydeen", "Human Gene Therapy"]);
        // Marks counted over the whole line, however far before.
        let (_, e) = link_marked(
            "He said \"yes\" and then, much later in a sentence of a good many more words \
             than that, sang \"Behind the {P|Mask}\" too. \"No,\" he said, and then, much \
             later in a sentence of a good many more words than that, {P|Kim} \"left\".",
        );
        assert_eq!(names(&e.people), ["Kim"]);
        // A title quoted whole with a word no name holds (`Are`), but not
        // a name quoted whole.
        let (_, e) = link_marked(
            "Its best-known song is \"{O|Beds Are Burning}\" (1987), then \u{201c}{P|Where Is \
             My Mind}\u{201d}; the band \"{O|Talking Heads}\" and \"{O|Kim Jong Un}\" stayed.",
        );
        assert_eq!(names(&e.organisations), ["Talking Heads", "Kim Jong Un"]);
        assert!(e.people.is_empty(), "{:?}", e.people);
    }

    #[test]
    fn quotation_marks_that_hold_no_title_keep_their_names() {
        // Each name kept, whatever its kind (`the Mask` ending a phrase is
        // no person's).
        for (text, names) in [
            ("\"Behind the {P|Mask}", 1),
            (
                "He said \"we met {P|Moon} and {L|Seoul} again\" on Monday.",
                2,
            ),
            ("The \u{201d}Behind the {P|Mask}\u{201c} line.", 1),
            ("\"Behind the\nlong {P|Mask}\" here.", 1),
        ] {
            let (_, e) = link_marked(text);
            let kept = e.people.len() + e.places.len();
            assert_eq!(kept, names, "{text}: {:?} {:?}", e.people, e.places);
        }
    }

    #[test]
    fn peoples_of_every_country_are_no_one() {
        let (_, e) = link_marked(
            "{P|Tajik} troops won. {P|Azeris} hold talks on {P|Azeri} land. A {L|Malian} \
             and two {P|Rwandans} met {P|Kim}. {O|Tuareg} rebels and {P|Basque} fishermen left. \
             {O|Afrikaners} voted. Late {O|Neanderthals} and {P|Denisovans} met.",
        );
        assert_eq!(names(&e.people), ["Kim"]);
        assert!(e.places.is_empty() && e.organisations.is_empty(), "{e:?}");
    }

    #[test]
    fn a_compass_points_adjective_alone_is_no_name() {
        let (_, e) = link_marked(
            "It reached 19 {O|Northern} and {L|Northeastern} states. {O|Northern} \
             {L|Iraq} is calm. The {L|Northern Territory} is vast. {P|Kim} came.",
        );
        assert_eq!(names(&e.people), ["Kim"]);
        assert_eq!(names(&e.places), ["Iraq", "Northern Territory"]);
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
    }

    #[test]
    fn the_midwest_is_a_region_but_a_compass_point_alone_is_not() {
        let (_, e) = link_marked(
            "Factories in the {L|Midwest} grew. Talks with the {L|North} failed. {O|Midwest} \
             banks rose.",
        );
        assert_eq!(names(&e.places), ["Midwest"]);
        assert_eq!(e.places[0].mentions.len(), 2);
    }

    #[test]
    fn an_initial_that_is_also_a_word_stays_with_its_name() {
        let (_, e) = link_marked(
            "Glamorgan 259 ({P|A. Dale} 69, {P|I. Austin} 4-37). {P|A} said. The {O|A Team} won.",
        );
        assert_eq!(names(&e.people), ["A. Dale", "I. Austin"]);
    }

    #[test]
    fn a_genus_is_no_name() {
        let (_, e) = link_marked(
            "Fossils of {P|Homo} naledi were found. The k\u{101}k\u{101}p\u{14d} \
             ({L|Strigops} habroptilus) is a parrot. {O|Alcan} aluminum rose. {P|Kim} \
             said so.",
        );
        let names: Vec<&str> = e.people.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Kim"]);
        assert!(e.places.is_empty(), "{:?}", e.places);
        assert_eq!(e.organisations.len(), 1);
    }

    #[test]
    fn a_name_after_a_treaty_or_a_battle_of_is_the_events() {
        let (_, e) = link_marked(
            "The Treaty of {L|Nerchinsk} was signed. The Peace of {L|Westphalia} ended it. \
             The Battle of {O|Bosworth Field} was fought. The Treaty of the {L|Pyrenees} held. \
             He left {L|Nerchinsk} in 1690.",
        );
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
        let names: Vec<&str> = e.places.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Nerchinsk"]);
        assert_eq!(e.places[0].mentions.len(), 1);
    }

    #[test]
    fn a_peoples_word_and_a_title_before_a_name_are_no_name() {
        let [people, places, organisations] = linked(
            "It was led by the {O|Anglo-Saxon King} {P|Harold Godwinson}. Talks with Saudi \
             {O|Crown} Prince {P|Mohammed bin Salman} and the {L|Iranian Supreme Leader} \
             {P|Ali Khamenei}. The {O|Crown} Court sat; the {O|Crown} sued.",
        );
        assert_eq!(
            people,
            ["Harold Godwinson", "Mohammed bin Salman", "Ali Khamenei"]
        );
        assert!(places.is_empty(), "{places:?}");
        // Not a body that is no title before a name.
        assert_eq!(organisations, ["Crown"]);
    }

    #[test]
    fn an_events_word_is_no_repeat_of_a_town_of_that_name() {
        let (_, e) = link_marked(
            "The {O|Battle of Hastings} was fought near the town of {L|Battle}, \
             {L|East Sussex}. {P|Harold} had won at the {O|Battle} of {L|Stamford Bridge}.",
        );
        let battle = e
            .places
            .iter()
            .find(|p| p.name == "Battle")
            .expect("the town");
        assert_eq!(battle.mentions.len(), 1, "{:?}", e.places);
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
    }

    #[test]
    fn an_eisteddfod_is_an_event() {
        let (_, e) = link_marked(
            "The choir won at the {O|National Eisteddfod} in {L|Swansea} and at the \
             {O|Llangollen International Eisteddfod}.",
        );
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
        assert_eq!(e.places.len(), 1, "{:?}", e.places);
    }

    #[test]
    fn the_first_words_of_an_events_name_are_dropped() {
        let (_, e) = link_marked(
            "It won at the {O|Venice Film} Festival and the {O|Emperor}'s Cup. \
             The {O|Thirty Years}' War ended. {O|BBC Radio} 2 Folk Awards went to {P|Ann Lee}.",
        );
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
        assert_eq!(e.people.len(), 1);
        // Not a club before a possessive and more words, not a headline in
        // capitals, and not the city that holds the games.
        let (_, e) = link_marked(
            "{O|Ajax}'s World Cup hopes rose.\nGOTHENBURG PUT {O|FERENCVAROS} OUT OF EURO CUP.\n\
             He ran at the 1992 {O|Barcelona} Olympics.",
        );
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Ajax", "FERENCVAROS", "Barcelona"]);
    }

    #[test]
    fn a_charts_name_is_no_name_but_a_party_may_start_with_the_word() {
        let [people, places, organisations] = super::super::test_support::linked(
            "It reached the {O|Irish Singles} {L|Chart} and the {O|ARIA Charts}. The \
             {O|Chart Thai} party won in {L|Bangkok}.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Bangkok"]);
        assert_eq!(organisations, ["Chart Thai"]);
    }

    #[test]
    fn a_title_alone_is_no_organisation_but_a_place_may_be_named_after_one() {
        let (_, e) = link_marked(
            "Ships under {O|Admiral} {P|Bruce Fraser} sailed. {O|Reverend} {P|James Smith} \
             preached. They played at {L|Lord}'s.",
        );
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
        assert_eq!(names(&e.places), ["Lord's"]);
    }

    #[test]
    fn officials_titles_alone_are_no_names_and_kin_before_a_name_make_it_a_persons() {
        let (_, e) = link_marked(
            "{L|Yilan County} {O|Magistrate} {P|Tsai Ming-hsien} spoke. The {L|Wali} of \
             {L|Sohar} and {O|Akim} {P|Serik Zhumabekov} came. {P|Abouna Boutros} will \
             marry them.\n\nI'm at {O|Tante Mona}'s. Kisses to {L|Auntie Rose}. We flew \
             to {L|Gran Canaria}.",
        );
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
        assert_eq!(
            names(&e.people),
            [
                "Tsai Ming-hsien",
                "Serik Zhumabekov",
                "Boutros",
                "Mona",
                "Rose"
            ]
        );
        assert_eq!(names(&e.places), ["Yilan County", "Sohar", "Gran Canaria"]);
    }

    #[test]
    fn an_office_before_a_given_and_a_family_name_taken_for_a_body_makes_a_person() {
        let (_, e) = link_marked(
            "It rests with {O|Treasurer Jim Chalmers}. {O|Senator Maria Lopez} agreed, and \
             {O|Governor Phillip Institute} and {P|Hancock Prospecting} did not.",
        );
        assert_eq!(names(&e.people), ["Jim Chalmers", "Maria Lopez"]);
        assert_eq!(
            names(&e.organisations),
            ["Governor Phillip Institute", "Hancock Prospecting"]
        );
    }

    #[test]
    fn a_film_company_a_dental_practice_and_a_worldwide_firm_are_organisations_and_their_seats_places()
     {
        let (_, e) = link_marked(
            "It was produced by {P|Bozk\u{131}r Film} of {L|Istanbul} and sold through \
             {P|Redeye Worldwide}. Try {L|Hoa Sen Dental} in {L|Binh Thanh}. {O|Acme \
             Corporation} of {L|Ohio} borrowed from the {O|Bank} of {L|Korea} and the {O|Royal \
             Bank} of {L|Scotland}.",
        );
        assert!(e.people.is_empty(), "{:?}", names(&e.people));
        assert_eq!(
            names(&e.organisations),
            [
                "Bozk\u{131}r Film",
                "Redeye Worldwide",
                "Hoa Sen Dental",
                "Acme Corporation",
                "Bank of Korea",
                "Royal Bank of Scotland"
            ]
        );
        // A firm's seat after `of` is a place; a bank's country is its name's.
        assert_eq!(names(&e.places), ["Istanbul", "Binh Thanh", "Ohio"]);
    }

    #[test]
    fn shops_coach_firms_trading_houses_and_dioceses_are_organisations() {
        let (_, e) = link_marked(
            "Try {P|Bic Camera} or {P|Lotte Mart}. {P|Ndabeni Coaches} and {P|Lanier \
             Fr\u{e8}res} wrote to the {P|Anglican Diocese of Morogoro}.",
        );
        assert!(e.people.is_empty(), "{:?}", names(&e.people));
        assert_eq!(
            names(&e.organisations),
            [
                "Bic Camera",
                "Lotte Mart",
                "Ndabeni Coaches",
                "Lanier Fr\u{e8}res",
                "Anglican Diocese of Morogoro"
            ]
        );
    }

    #[test]
    fn a_judges_letters_after_the_name_are_no_part_of_it() {
        let (_, e) = link_marked(
            "Writing for the court, {P|Ntombi Mbatha JA} ({P|Pieter Olivier AJA} \
             concurring) held that the order stood. {P|JA} agreed, with {P|Charles Nwosu KC}.",
        );
        assert_eq!(
            names(&e.people),
            ["Ntombi Mbatha", "Pieter Olivier", "Charles Nwosu"]
        );
    }

    #[test]
    fn a_calling_with_a_capital_before_a_full_name_is_no_part_of_it() {
        let (_, e) = link_marked(
            "{P|Lawyer Rajesh Patel} said so. {P|Farmer John Otieno} agreed, and \
             {O|Doctor Who} and {P|Farmer Brown} did not.",
        );
        // Not a calling before one word: it may be the name (`Farmer Brown`).
        assert_eq!(
            names(&e.people),
            ["Rajesh Patel", "John Otieno", "Farmer Brown"]
        );
    }

    #[test]
    fn a_word_that_spells_a_letter_is_no_name() {
        let (_, e) = link_marked(
            "CALLER: it's five, T as in {L|Tango}, Q, nine\nAGENT: five, {L|Tango}, \
             {L|Quebec}, nine, {P|Romeo}, {P|Mike}. And {P|Romeo} met {P|Juliet Capulet} in \
             {L|Verona}; {L|Quebec} voted.",
        );
        assert_eq!(names(&e.people), ["Romeo", "Juliet Capulet"]);
        assert_eq!(e.people[0].mentions.len(), 1, "{e:?}");
        assert_eq!(names(&e.places), ["Verona", "Quebec"]);
        assert_eq!(e.places[1].mentions.len(), 1, "{e:?}");
        // Friends named so, with no letter spelled near.
        let (_, e) = link_marked("{P|Charlie}, {P|Mike} and {P|Oscar Diaz} came.");
        assert_eq!(names(&e.people), ["Charlie", "Mike", "Oscar Diaz"]);
    }

    #[test]
    fn a_stock_index_is_no_name_but_a_firm_of_the_same_name_is() {
        let (_, e) = link_marked(
            "In {L|Seoul} the {L|Kospi} edged up, the {P|Hang Seng Index} fell and the \
             {O|Topix} rose. {O|Nikkei} reported that {O|S&P} cut its rating.",
        );
        assert!(e.people.is_empty(), "{:?}", e.people);
        assert_eq!(names(&e.places), ["Seoul"]);
        assert_eq!(names(&e.organisations), ["Nikkei", "S&P"]);
    }

    #[test]
    fn a_day_cut_short_before_a_time_or_a_date_is_no_name() {
        let [people, places, orgs] = linked(
            "@kenta ({P|Fri} 07:12): the train. @mika ({O|Sun} 09:30): rain. {P|Sat.} 14 May \
             was wet. {P|Sun} said so, and {P|Sun} 2 scored.",
        );
        assert_eq!(people, ["Sun"]);
        assert!(places.is_empty() && orgs.is_empty(), "{places:?} {orgs:?}");
    }

    #[test]
    fn a_day_in_the_plural_is_no_name_and_a_refinery_a_body() {
        let [people, places, organisations] = linked(
            "It is shut on {L|Mondays} and {P|Sundays}. {P|Dangote Refinery} said so. {P|Ann \
             Mondays} spoke.",
        );
        assert_eq!(people, ["Ann Mondays"]);
        assert!(places.is_empty(), "{places:?}");
        assert_eq!(organisations, ["Dangote Refinery"]);
    }

    #[test]
    fn a_partys_adjective_before_a_noun_is_no_name() {
        let [_, places, organisations] = linked(
            "It ended years of {L|Conservative} rule. {O|Republican} senators objected. The \
             {O|Democratic Party} and the {O|Tory} ministry did not.",
        );
        assert!(places.is_empty(), "{places:?}");
        assert_eq!(organisations, ["Democratic Party", "Tory"]);
    }

    #[test]
    fn a_rank_of_the_nobility_before_of_is_no_name() {
        let [people, places, organisations] = linked(
            "He met the {L|Earl} of {L|Strafford} and the {O|Marquis} of {L|Lorne}. \
             {P|Earl Warren} ruled.",
        );
        assert_eq!(places, ["Strafford", "Lorne"]);
        assert_eq!(people, ["Earl Warren"]);
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn the_field_of_a_prize_is_not_listed_but_the_city_of_games_is() {
        let (_, e) = link_marked(
            "She shared the Nobel Prize in {L|Physiology} or {L|Medicine}. It won the Grammy \
             Award for {O|Best World Music Album}. The Olympic Games in {L|Athens} opened.",
        );
        assert_eq!(names(&e.places), ["Athens"]);
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
    }

    #[test]
    fn a_titles_word_next_to_bin_is_a_fathers_or_a_given_name() {
        let (_, e) = link_marked(
            "Sheikh {P|Zayed} bin {P|Sultan Al Nahyan} ruled. {P|Sultan Qaboos} spoke.",
        );
        assert_eq!(names(&e.people), ["Zayed bin Sultan Al Nahyan", "Qaboos"]);
        // And before `bin`, a given name.
        let (_, e) = link_marked("The son of Sheikh {P|Sultan bin Zayed} ruled.");
        assert_eq!(names(&e.people), ["Sultan bin Zayed"]);
    }

    #[test]
    fn a_peoples_name_or_a_holiday_is_not_a_name() {
        let (_, e) = link_marked(
            "The {O|Aztec} capital fell. The {L|Zapotec} city stood. {O|Maori} land. \
             Water came three times since {O|Christmas}, and again at {P|Easter}. The \
             {L|Assyrian} sent word; the {O|Philistines} fled. The {O|Jesuit} taught.",
        );
        assert!(e.people.is_empty(), "{:?}", e.people);
        assert!(e.places.is_empty() && e.organisations.is_empty(), "{e:?}");
    }

    #[test]
    fn a_creed_a_number_or_a_handle_is_not_a_name() {
        let (_, e) = link_marked(
            "They chose between {P|Lutheranism} and {P|Calvinism}; {L|Nazism} rose. {P|Ism} spoke. \
             {P|Three} seasons were made. Follow @{O|JRKaiman} and #{O|Asante}ToArsenal. \
             {O|AutoDoc}_{L|Ibadan} wrote: ask @{O|AutoDoc}_{L|Ibadan} or Ola_{P|Bayo}.",
        );
        assert_eq!(names(&e.people), ["Ism"]);
        assert!(e.places.is_empty() && e.organisations.is_empty());
    }

    #[test]
    fn a_tag_that_is_a_name_whole_is_that_name() {
        let (_, e) = link_marked("Not a drill #{O|Arsenal} #COYG. Off to #{L|Beijing}!");
        assert_eq!(names(&e.organisations), ["Arsenal"]);
        assert_eq!(names(&e.places), ["Beijing"]);
    }
}
