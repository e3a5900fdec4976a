//! Organisations the tagger missed whose names end in a word that only an
//! organisation's name ends in: `Mute Records`, `British Museum`, `Smiths
//! Industries`, `Midland Railway`; and states named by a word before
//! `Empire` or `Republic` (`Dutch Republic`), which the tagger cuts short.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, Input};

use super::*;

/// Capitalised words that end an organisation's name. Not words that also
/// end places' names (`Bank`: `West Bank`) or other things' (`Band`, `Club`:
/// `the Band`, `Book Club`).
const HEADS: &[&str] = &[
    "Academy",
    "Agency",
    "Airlines",
    "Airways",
    "Assembly",
    "Association",
    "Authority",
    "College",
    "Commission",
    "Company",
    "Corporation",
    "Council",
    "Federation",
    "Foundation",
    "Industries",
    "Institute",
    "Museum",
    "Orchestra",
    "Organisation",
    "Organization",
    "Parliament",
    "Party",
    "Railway",
    "Records",
    "Society",
    "Studios",
    "University",
    "Works",
];

/// Legal forms that end a firm's name, also heads (`Acme Ltd`, `Philips
/// N.V.`); the tagger takes some alone for a name of another kind.
const LEGAL_HEADS: &[&str] = &[
    "AG", "B.V.", "Corp", "GmbH", "Inc", "Kft", "LLC", "Ltd", "N.V.", "PLC", "S.A.", "S.p.A.",
    "SARL", "SRL", "SpA", "plc",
];

/// Capitalised words that start a sentence or a phrase rather than a name.
const NOT_NAMES: &[&str] = &[
    "A", "After", "An", "And", "As", "At", "But", "By", "For", "From", "Her", "His", "In", "Its",
    "My", "Of", "On", "Our", "The", "Their", "These", "This", "Those", "To", "When", "While",
    "With",
];

fn heads() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    super::automaton(&AC, &[HEADS, LEGAL_HEADS].concat())
}

/// The capitalised words right before byte `at`, nearest first: each parted
/// from the next by spaces only, a whole word (with `initials`, an initial
/// such as `F.` too), and not a title or a word that starts a sentence
/// ([`NOT_NAMES`]).
fn name_words_before(
    text: &str,
    at: usize,
    initials: bool,
) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = at;
    std::iter::from_fn(move || {
        let w = word_before(text, start)?;
        let word = &text[w.clone()];
        let whole = trim_edges(text, w.clone()) == w || (initials && initial(word));
        // `Charles de Gaulle Airport`: a particle between name words.
        let particle = initials
            && is_particle(word)
            && word_before(text, w.start).is_some_and(|p| is_name_word(&text[p]));
        if !whole
            || !(is_name_word(word) || particle)
            || NOT_NAMES.contains(&word)
            || is_title(word)
            || !text[w.end..start].chars().all(|c| c == ' ')
        {
            return None;
        }
        start = w.start;
        Some(w)
    })
}

/// `spans` (in text order, apart) with an organisation added for each head
/// word in `text[part]` that no span holds, with the capitalised words
/// right before it (at least one; not a title or a word that starts a
/// sentence) that no span holds either. A legal form that the tagger took
/// alone for a name ([`LEGAL_HEADS`]: `Philips` `N.V.`) is a head too.
pub(super) fn untagged_organisations(
    text: &str,
    part: Range<usize>,
    spans: Vec<Span>,
) -> Vec<Span> {
    let mut added = Vec::new();
    let mut last_end = 0;
    for m in heads().find_iter(Input::new(text).range(part)) {
        let head = m.start()..m.end();
        let legal = || LEGAL_HEADS.contains(&&text[head.clone()]);
        let taken = span_over(&spans, &head)
            .is_some_and(|s| !(s.start == head.start && s.end() <= head.end + 1 && legal()));
        if head.start < last_end || !whole_word(text, &head) || taken {
            continue;
        }
        let start = name_words_before(text, head.start, false)
            .take_while(|w| span_over(&spans, w).is_none())
            .last()
            .map_or(head.start, |w| w.start);
        if start == head.start {
            continue;
        }
        last_end = head.end;
        added.push(start..head.end);
    }
    replaced_by(text, spans, added, Kind::Organisation)
}

/// Words of a church's creed or rite, which make its name with `Church`
/// (`the Catholic Church`, `the Greek Orthodox Church`).
const CREEDS: &[&str] = &[
    "Adventist",
    "Anglican",
    "Apostolic",
    "Baptist",
    "Catholic",
    "Chaldean",
    "Congregational",
    "Coptic",
    "Episcopal",
    "Evangelical",
    "Lutheran",
    "Maronite",
    "Melkite",
    "Mennonite",
    "Methodist",
    "Moravian",
    "Orthodox",
    "Pentecostal",
    "Presbyterian",
    "Reformed",
    "Roman",
    "Syriac",
    "Unitarian",
];

/// `spans` (in text order, apart) with `LORD` in capitals after `the` in
/// `text[part]` a person's name, as scripture in English writes the name
/// of God (`the word of the LORD came`), where no span holds it; not a
/// word of a line in capitals (`the LORD ADVOCATE`), nor in a text that
/// shouts (`THE LORD OF THE RINGS`).
pub(super) fn the_lord(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    for at in memchr::memmem::find_iter(&text.as_bytes()[part.clone()], b"LORD") {
        let name = part.start + at..part.start + at + "LORD".len();
        let after_the =
            text[..name.start].ends_with("the ") || text[..name.start].ends_with("The ");
        let next = text[name.end..].chars().next();
        let capitals_after = word_after(text, name.end)
            .is_some_and(|w| text[w].bytes().filter(u8::is_ascii_uppercase).count() > 1);
        if after_the
            && !next.is_some_and(char::is_alphanumeric)
            && !capitals_after
            && spans_over(&spans, &name).is_empty()
        {
            added.push(Span::new(text, name, Kind::Person));
        }
    }
    with_added(spans, added)
}

/// `spans` (in text order, apart) with each church named by its creed in
/// `text[part]` made one organisation: `Church` after capitalised words
/// that are all words of [`CREEDS`] or peoples' names, one of them at
/// least a creed's, with no other name word before them (`the Catholic
/// Church`, `the Russian Orthodox Church`; not `Mount Zion Missionary
/// Baptist Church`, a building, nor `the English Church`). The tagger
/// misses some and cuts others apart (`Orthodox` and `Church`).
pub(super) fn churches_by_their_creeds(
    text: &str,
    part: Range<usize>,
    spans: Vec<Span>,
) -> Vec<Span> {
    let mut churches: Vec<Range<usize>> = Vec::new();
    for at in memchr::memmem::find_iter(&text.as_bytes()[part.clone()], b"Church") {
        let head = part.start + at..part.start + at + "Church".len();
        if !whole_word(text, &head) {
            continue;
        }
        let words: Vec<Range<usize>> = name_words_before(text, head.start, false).collect();
        let creed = |w: &Range<usize>| CREEDS.contains(&&text[w.clone()]);
        let people = |w: &Range<usize>| {
            super::words::demonyms().contains(&super::words::fold_hash(&text[w.clone()]))
        };
        let Some(first) = words.last() else {
            continue;
        };
        // Nor a name word, however written, before them (`St. Mary's
        // Catholic Church`).
        let named_before = word_before(text, first.start).is_some_and(|w| {
            let word = &text[trim_edges(text, w)];
            is_name_word(word) && !NOT_NAMES.contains(&word)
        });
        if named_before || !words.iter().any(creed) || !words.iter().all(|w| creed(w) || people(w))
        {
            continue;
        }
        let church = first.start..head.end;
        if holds_whole(&spans, &church)
            && spans_over(&spans, &church)
                .iter()
                .all(|s| s.kind != Kind::Person)
        {
            churches.push(church);
        }
    }
    replaced_by(text, spans, churches, Kind::Organisation)
}

/// `spans` (in text order, apart) with each name that a capitalised word
/// right before it makes a large company's name (`General` `Electric`: the
/// tagger leaves out a word that is also a title) made that organisation,
/// the word taken in.
fn firms_cut_short(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for i in 0..spans.len() {
        let s = &spans[i];
        let floor = if i > 0 { spans[i - 1].end() } else { 0 };
        let Some(w) = word_before(text, s.start) else {
            continue;
        };
        if w.start < floor
            || w.end + 1 != s.start
            || !text[w.clone()].starts_with(|c: char| c.is_ascii_uppercase())
            || !super::evidence::may_begin_firm(&text[w.clone()])
            // A leading article is not taken in (`The` `Walt Disney
            // Company`), though the list may hold it.
            || text[w.clone()].eq_ignore_ascii_case("the")
        {
            continue;
        }
        let name = w.start..s.end();
        if super::evidence::listed_firm(&text[name.clone()]) && !made_by(text, &name) {
            spans[i] = Span::new(text, name, Kind::Organisation);
        }
    }
    spans
}

/// `spans` (in text order, apart) with each large company's name in
/// `text[part]` that no span holds added as an organisation (`Uber drivers
/// went on strike`, `Unilever cut jobs`): one to three capitalised words (the
/// longest first) in [`super::evidence::listed_firm`], between spaces or
/// punctuation. The tagger passes many of them by. Those it cut short are
/// made whole first ([`firms_cut_short`]).
pub(super) fn listed_firms(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let spans = firms_cut_short(text, spans);
    let bytes = text.as_bytes();
    let mut added = Vec::new();
    // The words of a run of capitalised words, looked at from its first.
    let mut run: Vec<Range<usize>> = Vec::new();
    let mut at = part.start;
    let mut next_span = 0;
    while at < part.end {
        // The next capital that starts a word.
        let start = next_capital(bytes, at);
        if start >= part.end {
            break;
        }
        at = start + 1;
        if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] >= 0x80) {
            continue;
        }
        while next_span < spans.len() && spans[next_span].end() <= start {
            next_span += 1;
        }
        // Up to three words, each capitalised, parted by single spaces, no
        // span reaching into them.
        let free_until = spans
            .get(next_span)
            .map_or(part.end, |s| s.start.min(part.end));
        if free_until <= start {
            continue;
        }
        // Where the word from `from` ends: at a space, or at `free_until`.
        let word_end = |from: usize| {
            bytes[from..free_until]
                .iter()
                .position(|&b| matches!(b, b' ' | b'\n' | b'\t'))
                .map_or(free_until, |i| from + i)
        };
        let first_end = word_end(start);
        if !super::evidence::may_begin_firm(&text[start..first_end]) {
            at = first_end;
            continue;
        }
        run.clear();
        let mut from = start;
        while run.len() < 3 && from < free_until {
            let end = word_end(from);
            let word = trim_edges(text, from..end);
            if word.start != from || word.is_empty() {
                break;
            }
            run.push(word.clone());
            if word.end != end || !text[end..].starts_with(' ') {
                break;
            }
            from = end + 1;
            if !bytes.get(from).is_some_and(u8::is_ascii_uppercase) {
                break;
            }
        }
        for n in (1..=run.len()).rev() {
            let name = run[0].start..run[n - 1].end;
            if name.len() >= 3 && super::evidence::listed_firm(&text[name.clone()]) {
                at = name.end;
                // Not one right after another name, whose it is (`the Sudan
                // Airways Airbus`).
                let after_name = next_span > 0 && spans[next_span - 1].end() + 1 == name.start;
                if !made_by(text, &name) && !after_name {
                    added.push(Span::new(text, name, Kind::Organisation));
                }
                break;
            }
        }
    }
    with_added(spans, added)
}

/// Whether the company's name at `range` names a thing it makes: a model's
/// name or number after it (`Airbus A310`, `Mitsubishi Lancer`, `Boeing
/// 747`), or `a` or `an` before it (`an Airbus`).
fn made_by(text: &str, range: &Range<usize>) -> bool {
    text[range.end..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()))
        || word_before(text, range.start)
            .is_some_and(|w| matches!(&text[w], "a" | "an" | "A" | "An"))
}

/// Words that end the name of a state, past or present (`Ottoman Empire`,
/// `Dutch Republic`, `Fatimid Caliphate`). Not `Confederation`, which ends
/// as many organisations' names (`Asian Football Confederation`).
const POLITIES: &[&str] = &[
    "Caliphate",
    "Emirate",
    "Empire",
    "Khanate",
    "Kingdom",
    "Republic",
    "Sultanate",
];

/// Whether a place over `range` would be new and replace the spans inside
/// it whole: none reaches out of it, none is a person's, and no place
/// already spans it.
fn new_place_over(spans: &[Span], range: &Range<usize>) -> bool {
    let over = spans_over(spans, range);
    holds_whole(spans, range)
        && over.iter().all(|s| s.kind != Kind::Person)
        && !over
            .iter()
            .any(|s| s.range() == *range && s.kind == Kind::Place)
}

fn polities() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    super::automaton(&AC, POLITIES)
}

/// `spans` (in text order, apart) with each state's name in `text[part]`
/// made one place: a word of [`POLITIES`] with the capitalised words right
/// before it (one to three; not a title or a word that starts a sentence),
/// when no name goes on after it (`Empire State Building`, `Republic of
/// Ireland`) and no span reaches out of it. The spans inside it (`Republic`
/// alone, `Holy Roman Empire` taken for an organisation) give way; not a
/// person's name the tagger found (`Roger Kingdom`).
pub(super) fn polities_whole(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let mut states: Vec<Range<usize>> = Vec::new();
    for m in polities().find_iter(Input::new(text).range(part)) {
        let head = m.start()..m.end();
        if !whole_word(text, &head)
            || states.last().is_some_and(|s| s.end > head.start)
            || word_after(text, head.end).is_some_and(|w| {
                let word = &text[w];
                word == "of" || is_name_word(word)
            })
        {
            continue;
        }
        let start = name_words_before(text, head.start, false)
            .take(3)
            .last()
            .map_or(head.start, |w| w.start);
        let state = start..head.end;
        // An era (`Second Empire`) rather than a state.
        let ordinal = |w: &str| {
            matches!(
                w,
                "First" | "Second" | "Third" | "Fourth" | "Fifth" | "Sixth" | "Seventh"
            )
        };
        if start == head.start || text[start..head.start].split_byte(b' ').any(ordinal) {
            continue;
        }
        // The spans that overlap it, all inside it and none a person's.
        if new_place_over(&spans, &state) {
            states.push(state);
        }
    }
    replaced_by(text, spans, states, Kind::Place)
}

/// Words that name a sea, a strait or a state with `of` and a name after
/// them (`Gulf of Trieste`, `Tsardom of Russia`), with the `of`.
const HEADS_OF: &[&str] = &[
    "Bay of ",
    "Bight of ",
    "Caliphate of ",
    "Duchy of ",
    "Emirate of ",
    "Empire of ",
    "Firth of ",
    "Grand Duchy of ",
    "Gulf of ",
    "Isle of ",
    "Isles of ",
    "Khanate of ",
    "Kingdom of ",
    "Principality of ",
    "Republic of ",
    "Sea of ",
    "Strait of ",
    "Straits of ",
    "Sultanate of ",
    "Tsardom of ",
    "Valley of ",
];

fn heads_of() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    super::automaton(&AC, HEADS_OF)
}

/// `spans` (in text order, apart) with each name of a sea or a state made
/// with `of` in `text[part]` made one place: a word of [`HEADS_OF`], `of`,
/// maybe `the`, and one to three capitalised words (`Gulf of Trieste`,
/// `Tsardom of Russia`, `Valley of the Kings`), when no span reaches out
/// of it and none inside is a person's. The spans inside give way (`Gulf`
/// and `Trieste` taken apart).
pub(super) fn places_named_of(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let mut places: Vec<Range<usize>> = Vec::new();
    for m in heads_of().find_iter(Input::new(text).range(part.clone())) {
        let head = m.start()..m.end() - " of ".len();
        if places.last().is_some_and(|p| p.end > head.start) || !whole_word(text, &head) {
            continue;
        }
        let mut at = m.end();
        if text[at..].starts_with("the ") {
            at += "the ".len();
        }
        // The capitalised words after it, up to three, to the first that
        // ends in punctuation.
        let mut end = None;
        for _ in 0..3 {
            let rest = &text[at..part.end];
            let word_end = at + rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = trim_edges(text, at..word_end);
            if word.start != at || word.is_empty() || !is_name_word(&text[word.clone()]) {
                break;
            }
            end = Some(word.end);
            if word.end != word_end || !text[word_end..].starts_with(' ') {
                break;
            }
            at = word_end + 1;
        }
        let Some(end) = end else {
            continue;
        };
        // Not a body named by the state (`Republic of Fiji Military
        // Forces`).
        let last = text[..end].rsplit_byte(b' ').next().unwrap_or_default();
        if organisation_words().contains(&fold_hash(last)) {
            continue;
        }
        // A state's with the words of its name before the head that a span
        // other than a person's ends with (`Federal People's Republic` `of
        // Yugoslavia`).
        // Or that holds the whole name, taken for another kind's.
        let start = spans_over(&spans, &head)
            .iter()
            .find(|s| {
                (s.end() == head.end || s.end() == end)
                    && s.start < head.start
                    && s.kind != Kind::Person
                    && text[s.start..head.start]
                        .split_terminator(' ')
                        .all(|w| w.starts_with(char::is_uppercase))
            })
            .filter(|_| POLITIES.contains(&&text[head.clone()]))
            .map_or(head.start, |s| s.start);
        let place = start..end;
        if places.last().is_none_or(|p| p.end <= place.start) && new_place_over(&spans, &place) {
            places.push(place);
        }
    }
    replaced_by(text, spans, places, Kind::Place)
}

/// Words after which a place is named (`born in Java`, `moved to
/// Flanders`), and a firm's legal form before `of` and the town it is of
/// (`Tettey-Mensah Civil Works Ltd of Tema`).
const PLACE_PREPOSITIONS: &[&str] = &[
    "in ",
    "In ",
    "to ",
    "from ",
    "From ",
    "near ",
    "Near ",
    "Ltd of ",
    "Ltd. of ",
    "Limited of ",
    "plc of ",
    "PLC of ",
    "Inc. of ",
    "Inc of ",
    "LLC of ",
    "GmbH of ",
];

fn place_prepositions() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    super::automaton(&AC, PLACE_PREPOSITIONS)
}

/// `spans` (in text order, apart) with a place added for each run of one to
/// three capitalised words in `text[part]` after a word of
/// [`PLACE_PREPOSITIONS`] that no span holds and that is a place's name
/// the lists know as written whole (`born in Java`, `a shop in Notting
/// Hill`): the tagger passes by some it has seldom seen. Not a run that
/// goes on past three words or into a name (`from Battle Mountain Gold`),
/// nor a single word that is a common word, a given name, a people's or a
/// day's (`in English`, `to Grace`, `in May`).
pub(super) fn listed_places_after_prepositions(
    text: &str,
    part: Range<usize>,
    spans: Vec<Span>,
) -> Vec<Span> {
    let mut added: Vec<Span> = Vec::new();
    for m in place_prepositions().find_iter(Input::new(text).range(part.clone())) {
        // Most are followed by a word in lower case, which is a name's only
        // with a capital after a hyphen or an apostrophe (`al-Hasakah`):
        // told from the bytes before anything else.
        let next = &text.as_bytes()[m.end()..];
        if next.first().is_some_and(u8::is_ascii_lowercase)
            && !next
                .iter()
                .take_while(|&&b| b != b' ' && b != b'\n')
                .any(|&b| b == b'-' || b == b'\'' || b >= 0x80)
        {
            continue;
        }
        if !starts_word(text, m.start()) {
            continue;
        }
        // The capitalised words after it, to the first that ends in
        // punctuation; four stand for a longer name.
        let run = super::words::capitalised_run(text, m.end() - 1, 4, |_| false);
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            continue;
        };
        let name = first.start..last.end;
        if run.len() > 3 || name.end > part.end || span_over(&spans, &name).is_some() {
            continue;
        }
        let word = &text[name.clone()];
        if run.len() == 1
            && (super::words::no_place_alone(word) || attested_given_name(word) || is_title(word))
        {
            continue;
        }
        if (super::evidence::wide_place(word) || listed_place(word))
            && !super::clean::spelled_letter(text, &name)
        {
            added.push(Span::new(text, name, Kind::Place));
        }
    }
    with_added(spans, added)
}

/// The most bytes of a line taken for a headline.
const HEADLINE_MAX: usize = 200;

/// The most bytes of headlines looked through in a part: a text written in
/// capitals is not looked up word by word.
const HEADLINES_MAX: usize = 64 << 10;

/// `spans` (in text order, apart) with a country's or a region's name that
/// no span holds added as a place where a line is all in capitals, as a
/// headline is (`SOCCER - SLOVAKIA BEAT FAROES IN WORLD CUP QUALIFIER`):
/// the tagger, which reads capitals as capitals, passes most of them by.
/// One to three words, the longest first, looked up with each word
/// capitalised as a name is (`SAN MARINO` as `San Marino`); in the first
/// [`HEADLINES_MAX`] bytes of such lines of a part only.
pub(super) fn countries_in_capitals(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    let mut line_start = part.start;
    let mut budget = HEADLINES_MAX;
    for line in text[part.clone()].split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        // A headline: short, letters, none in lower case, and at least two
        // words.
        if line.len() > HEADLINE_MAX
            || line.chars().any(char::is_lowercase)
            || !line.chars().any(char::is_alphabetic)
            || line.split_whitespace().nth(1).is_none()
        {
            continue;
        }
        let Some(left) = budget.checked_sub(line.len()) else {
            break;
        };
        budget = left;
        let words: Vec<Range<usize>> = line
            .split_byte(b' ')
            .scan(start, |at, w| {
                let r = *at..*at + w.len();
                *at += w.len() + 1;
                Some(r)
            })
            .map(|r| trim_edges(text, r))
            .filter(|r| !r.is_empty())
            .collect();
        // Every word of a country's or a region's name starts with a
        // letter: a window with a figure (a table's) is not looked up.
        let lettered: Vec<bool> = words
            .iter()
            .map(|w| text[w.clone()].starts_with(char::is_alphabetic))
            .collect();
        let mut i = 0;
        while i < words.len() {
            let mut found = None;
            for n in (1..=3).rev() {
                let Some(last) = words.get(i + n - 1) else {
                    continue;
                };
                if !lettered[i..i + n].iter().all(|&l| l) {
                    continue;
                }
                let range = words[i].start..last.end;
                // Whole words parted by single spaces, that no span holds.
                if text[range.clone()].split_byte(b' ').count() != n
                    || !spans_over(&spans, &range).is_empty()
                {
                    continue;
                }
                // Not an event named after it (`HONG KONG OPEN`, `DAVIS CUP`).
                let event = || {
                    words.get(i + n).is_some_and(|w| {
                        is_event(&folded(&text[range.start..w.end]))
                            || text[w.clone()].eq_ignore_ascii_case("masters")
                    })
                };
                if capitalised_sides().contains(&fold_hash(&text[range.clone()])) && !event() {
                    found = Some((range, n));
                    break;
                }
            }
            match found {
                Some((range, n)) => {
                    added.push(Span::new(text, range, Kind::Place));
                    i += n;
                }
                None => i += 1,
            }
        }
    }
    with_added(spans, added)
}

/// The countries' and regions' names of the gazetteer that are written with
/// each word capitalised (`San Marino`; not `Bosnia and Herzegovina`), by
/// their [`fold_hash`]: a headline's words in capitals are one of them when
/// they are written so.
fn capitalised_sides() -> &'static HashSet64 {
    use crate::entities::geo::{GeoKind, gazetteer};
    static SIDES: OnceLock<HashSet64> = OnceLock::new();
    SIDES.get_or_init(|| {
        let capitalised = |name: &str| {
            name.split_byte(b' ').all(|w| {
                let mut c = w.chars();
                c.next().is_none_or(char::is_uppercase) && !c.any(char::is_uppercase)
            })
        };
        gazetteer()
            .names_of_kind(|k| matches!(k, GeoKind::Country | GeoKind::Region))
            .filter(|name| capitalised(name))
            .map(fold_hash)
            .collect()
    })
}

/// Words that end the name of a stadium, an airport or a prison, which
/// count as places.
pub(super) const FACILITIES: &[&str] = &[
    "Airport",
    "Arena",
    "Avenue",
    "Ground",
    "Prison",
    "Racecourse",
    "Stadium",
    "Station",
    "Velodrome",
];

/// Words that end the name of a division of a country (`Houghton County`,
/// `Vågan Municipality`, `Madras Presidency`, `Agam Regency`, `Türi
/// Parish`, `Krasnoyarsk Krai`, `Anatolia Eyalet`), also places. Not
/// `District`, which ends as many bodies' names (`Houston Independent
/// School District`).
pub(super) const DIVISIONS: &[&str] = &[
    "Borough",
    "Canton",
    "County",
    "Eyalet",
    "Governorate",
    "Krai",
    "Municipality",
    "Oblast",
    "Okrug",
    "Parish",
    "Prefecture",
    "Presidency",
    "Province",
    "Raion",
    "Regency",
    "State",
    "Township",
    "Vilayet",
    "Voivodeship",
];

/// The word that ends the name of a division of some countries (`San
/// Carlos Department`) and of many bodies (`Police Department`): a
/// division's only after a name that is no common word.
pub(super) const DEPARTMENT: &str = "Department";

/// Whether `name`, right before [`DEPARTMENT`], makes a division's name
/// of it: a listed town's or region's (`San Carlos` of `San Carlos
/// Department`; not `Labour` or `Police`).
fn names_a_department(name: &str) -> bool {
    !name.is_empty()
        && name.starts_with(char::is_uppercase)
        && !common_word(name)
        && (listed_place(name) || super::evidence::wide_place(name))
}

/// Whether `surface` is a division's name that ends in [`DEPARTMENT`]
/// (`San Carlos Department`; not `Police Department`).
pub(super) fn department_named(surface: &str) -> bool {
    surface
        .strip_suffix(DEPARTMENT)
        .and_then(|rest| rest.strip_suffix(' '))
        .is_some_and(names_a_department)
}

fn facilities() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    static WORDS: OnceLock<Vec<&str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        FACILITIES
            .iter()
            .chain(DIVISIONS)
            .chain(&[DEPARTMENT])
            .copied()
            .collect()
    });
    super::automaton(&AC, words)
}

/// `spans` (in text order, apart) with each stadium's, airport's, station's,
/// ground's, avenue's or prison's name in `text[part]` made one place, whatever the tagger made
/// of its pieces (`Arthur Ashe` `Stadium`, `John F. Kennedy`
/// `International` `Airport`, `Victor` `Verster` `Prison`), and each
/// county's or province's (`Dąbrowa` `County`): a word of [`FACILITIES`]
/// or [`DIVISIONS`] with the capitalised words and initials right before it
/// (up to five; not a title or a word that starts a sentence), from the
/// first that is not a common word (`the Olympic Stadium` alone is not
/// taken), when no name goes on after it (`Airport Road`) and no span
/// reaches out of it.
pub(super) fn facilities_whole(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let mut found: Vec<Range<usize>> = Vec::new();
    for m in facilities().find_iter(Input::new(text).range(part)) {
        let head = m.start()..m.end();
        if !whole_word(text, &head)
            || found.last().is_some_and(|s| s.end > head.start)
            || word_after(text, head.end).is_some_and(|w| is_name_word(&text[w]))
        {
            continue;
        }
        // From the first word that is not a common word, or that a span
        // holds.
        let from = name_words_before(text, head.start, true)
            .take(5)
            .filter(|w| {
                let word = &text[w.clone()];
                (!common_word(word) && !initial(word) && !is_particle(word))
                    || span_over(&spans, w).is_some()
            })
            .last()
            .map_or(head.start, |w| w.start);
        let name = from..head.end;
        if DIVISIONS.contains(&&text[head.clone()]) && in_fixtures(text, &name) {
            continue;
        }
        // `Parish` is a family name too: not after a given name alone
        // (`Mitchell Parish`).
        if &text[head.clone()] == "Parish"
            && super::evidence::given_name(text[from..head.start].trim_end())
        {
            continue;
        }
        // A department's name is a town's or a region's (`San Carlos
        // Department`, `Tarija Department`), not a common word's (`Police
        // Department`, `State Department`).
        // A body's when what it does follows (`Ohio Department of
        // Transportation`).
        if &text[head.clone()] == DEPARTMENT
            && (!names_a_department(text[from..head.start].trim_end())
                || text[head.end..].starts_with(" of ")
                || text[head.end..].starts_with(" for "))
        {
            continue;
        }
        // A people's state is a movement's or a nation's, not a division
        // (`Islamic State`, `the Jewish State`).
        if &text[head.clone()] == "State"
            && super::words::demonyms().contains(&super::words::fold_hash(
                text[name.start..head.start].trim_end(),
            ))
        {
            continue;
        }
        let whole = spans_over(&spans, &name)
            .iter()
            .any(|s| s.range() == name && s.kind == Kind::Place);
        if from != head.start && !whole && holds_whole(&spans, &name) {
            found.push(name);
        }
    }
    replaced_by(text, spans, found, Kind::Place)
}

/// Words that begin the name of a stadium, an airport or a station in the
/// languages whose places an English text names as they are called
/// (`Estadio Pedro Bustos Lucero`, `Aeroporto di Fiumicino`): places, as
/// [`FACILITIES`] at the end make them. Not French `Stade`, which begins
/// clubs' names too (`Stade Toulousain`).
const FACILITIES_FIRST: &[&str] = &[
    "Aeroporto",
    "Aeropuerto",
    "Aéroport",
    "Estación",
    "Estadio",
    "Estádio",
    "Estação",
    "Flughafen",
    "Gare",
    "Stadio",
    "Stadion",
    "Stazione",
];

/// The most words of a name after a word of [`FACILITIES_FIRST`].
const FACILITY_NAME_MAX: usize = 6;

/// `spans` (in text order, apart) with each place named by a word of
/// [`FACILITIES_FIRST`] and the capitalised words after it (with the
/// particles between them: `Estadio de la Cerámica`) made one place,
/// whatever the tagger made of its pieces (`Estadio` `Pedro Bustos`
/// `Lucero`), when no span reaches out of it.
pub(super) fn facilities_named_first(
    text: &str,
    part: Range<usize>,
    spans: Vec<Span>,
) -> Vec<Span> {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    let heads = super::automaton(&AC, FACILITIES_FIRST);
    let mut found: Vec<Range<usize>> = Vec::new();
    for m in heads.find_iter(Input::new(text).range(part)) {
        let head = m.start()..m.end();
        if !whole_word(text, &head) || found.last().is_some_and(|s| s.end > head.start) {
            continue;
        }
        // The name words after the head, a particle only between two.
        let mut end = head.end;
        let mut at = head.end;
        let mut words = 0;
        while words < FACILITY_NAME_MAX {
            let Some(w) = word_after(text, at) else {
                break;
            };
            if w.start != at + 1 {
                break;
            }
            let bare = trim_edges(text, w.clone());
            let word = &text[bare.clone()];
            if bare.start != w.start || word.is_empty() {
                break;
            }
            if is_name_word(word) {
                words += 1;
                end = bare.end;
            } else if !is_particle(word) {
                break;
            }
            at = bare.end;
            if bare.end < w.end {
                break;
            }
        }
        let name = head.start..end;
        if words > 0 && holds_whole(&spans, &name) {
            found.push(name);
        }
    }
    replaced_by(text, spans, found, Kind::Place)
}

/// Whether `text[name]` stands in a table of results or fixtures, a club
/// (`Ross County 3`, `Montrose v Ross County`).
fn in_fixtures(text: &str, name: &Range<usize>) -> bool {
    let after = text[name.end..].trim_start_matches(' ');
    let before = text[..name.start].trim_end_matches(' ');
    let versus = |w: &str| matches!(w, "v" | "vs" | "vs.");
    after.starts_with(|c: char| c.is_ascii_digit())
        || before.ends_with(|c: char| c.is_ascii_digit())
        || after.split_byte(b' ').next().is_some_and(versus)
        || before.rsplit_byte(b' ').next().is_some_and(versus)
}

/// The spans (in text order, apart) with two listed countries joined by a
/// hyphen or a dash made two places (`Oman-Iran gas memorandum`, `the
/// Russia–Ukraine war`, `U.S.-China talks`), where the tagger took the pair
/// for a person's or a body's name, or passed it by.
pub(super) fn countries_joined(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut wholes: Vec<Range<usize>> = Vec::new();
    let mut parts: Vec<Span> = Vec::new();
    let mut from = part.start;
    while let Some(i) = memchr::memchr2(b'-', 0xE2, &bytes[from..part.end]) {
        let at = from + i;
        from = at + 1;
        let dash = if bytes[at] == b'-' {
            1
        } else if text[at..].starts_with(['\u{2013}', '\u{2014}']) {
            3
        } else {
            continue;
        };
        // Most dashes join numbers or words in lower case: a country's name
        // ends in a letter or a dot and the next begins with a capital.
        if !bytes.get(at + dash).is_some_and(|b| b.is_ascii_uppercase())
            || !at
                .checked_sub(1)
                .is_some_and(|p| bytes[p].is_ascii_alphabetic() || bytes[p] == b'.')
        {
            continue;
        }
        let word = |c: char| c.is_alphabetic() || c == '.';
        let start = text[..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| !word(c))
            .map_or(0, |(p, c)| p + c.len_utf8());
        let after = at + dash;
        let end = text[after..]
            .char_indices()
            .find(|&(_, c)| !word(c))
            .map_or(text.len(), |(p, _)| after + p);
        // A final dot ends the sentence unless the country's name keeps it
        // (`U.S.`).
        let first = &text[start..at];
        let written = &text[after..end];
        let second = if listed_country(written) {
            written
        } else {
            written.trim_end_matches('.')
        };
        let end = after + second.len();
        // Not inside a longer word or a longer compound.
        if first.len() < 2
            || second.len() < 2
            || !first.starts_with(char::is_uppercase)
            || !second.starts_with(char::is_uppercase)
            || text[..start].ends_with(['-', '\u{2013}'])
            || text[end..].starts_with(['-', '\u{2013}'])
            || end > part.end
        {
            continue;
        }
        let whole = start..end;
        // Not a country of its own (`Austria-Hungary`), nor a pair the
        // tagger took whole for a place, as the news corpus writes a pair
        // it names as one word (`Croatia-Yugoslavia treaty`).
        if !listed_country(first)
            || !listed_country(second)
            || !holds_whole(&spans, &whole)
            || spans_over(&spans, &whole)
                .iter()
                .any(|s| s.range() == whole && s.kind == Kind::Place)
            || listed_place(&text[whole.clone()])
        {
            continue;
        }
        wholes.push(whole);
        parts.push(Span::new(text, start..at, Kind::Place));
        parts.push(Span::new(text, after..end, Kind::Place));
    }
    if wholes.is_empty() {
        return spans;
    }
    with_added(without_inside(spans, &wholes), parts)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;

    #[test]
    fn the_lord_in_capitals_is_a_person_but_in_a_line_of_capitals() {
        let [people, places, _] = linked(
            "And the word of the LORD came to {P|Elijah}: go down. {P|Ahab} said no. The LORD \
             keep me, said {P|Naboth} in {L|Jezreel}. He asked the LORD ADVOCATE. Lord of \
             the LORDS.",
        );
        assert_eq!(people, ["LORD", "Elijah", "Ahab", "Naboth"]);
        assert_eq!(places, ["Jezreel"]);
    }

    #[test]
    fn two_countries_joined_by_a_dash_are_two_places() {
        let [people, places, _] = linked(
            "Royal decree ratifies {P|Oman-Iran} gas memorandum. The Russia\u{2013}Ukraine war \
             went on. {L|U.S.}-{L|China} trade talks resumed. Ties with {L|Austria-Hungary} \
             and a {L|Croatia-Yugoslavia} treaty. The Franco-Prussian war; {O|Coca-Cola}.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(
            places,
            [
                "Oman",
                "Iran",
                "Russia",
                "Ukraine",
                "United States",
                "China",
                "Austria-Hungary",
                "Croatia-Yugoslavia"
            ]
        );
    }

    #[test]
    fn a_parish_a_krai_or_an_eyalet_ends_a_places_name() {
        let [people, places, organisations] = linked(
            "The village lies in {P|Väätsa Parish}, far from {O|Krasnoyarsk Krai} and from \
             {P|Anatolia Eyalet}. {P|Mitchell Parish} wrote the words.",
        );
        assert_eq!(
            places,
            ["Väätsa Parish", "Krasnoyarsk Krai", "Anatolia Eyalet"]
        );
        assert_eq!(people, ["Mitchell Parish"]);
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn the_town_a_firm_is_of_is_a_place() {
        let [_, places, organisations] = linked(
            "Lot 1 went to {O|Hebble Surfacing Ltd} of Brighouse, and Lot 2 to \
             {O|Daniels Pharmaceuticals Inc} of St. Petersburg. The Bank of Grace paid. \
             {O|Bessemer Venture Partners} of {L|Menlo Park} invested.",
        );
        assert_eq!(places, ["Brighouse", "St. Petersburg", "Menlo Park"]);
        assert_eq!(
            organisations,
            [
                "Hebble Surfacing Ltd",
                "Daniels Pharmaceuticals Inc",
                "Bessemer Venture Partners"
            ]
        );
    }

    fn organisations(src: &str) -> Vec<String> {
        let [_, _, organisations] = linked(src);
        organisations
    }

    #[test]
    fn a_large_companys_name_is_an_organisation_even_untagged() {
        assert_eq!(
            organisations(
                "Uber drivers went on strike. Spotify paid artists less, and Unilever cut \
                 jobs. The Airbus A310 landed; it was an Airbus, like the Sudan Airways \
                 Airbus. A Mitsubishi Lancer won."
            ),
            ["Uber", "Unilever", "Sudan Airways"]
        );
        // A word the tagger left out, a title too, is taken in.
        let [people, _, organisations] = linked(
            "It is the largest maker after General {P|Dynamics}. He worked at General \
             {P|Mills}. General {P|Smith} spoke.",
        );
        assert_eq!(organisations, ["General Dynamics", "General Mills"]);
        assert_eq!(people, ["Smith"]);
    }

    #[test]
    fn a_name_ending_in_an_organisations_word_is_one_even_untagged() {
        assert_eq!(
            organisations(
                "The band signed to Mute Records in 1979. They played at the British Museum. \
                 Records were broken. The Museum was shut. It stood on the former Midland \
                 Railway line. The European Parliament confirmed her. It merged with the \
                 Finnish Rubber Works."
            ),
            [
                "Mute Records",
                "British Museum",
                "Midland Railway",
                "European Parliament",
                "Finnish Rubber Works"
            ]
        );
        // Not where a span already is, nor a word alone, nor a sentence's
        // first word.
        assert_eq!(
            organisations("{O|Mute Records} grew. In Museum news, none."),
            ["Mute Records"]
        );
    }

    fn places(src: &str) -> Vec<String> {
        let [_, places, _] = linked(src);
        places
    }

    #[test]
    fn a_stadium_an_airport_a_station_a_ground_or_an_avenue_is_one_place_whatever_its_pieces() {
        assert_eq!(
            places(
                "She fell on the court of the {O|Arthur Ashe} {L|Stadium}. He was held at \
                 {P|John F. Kennedy} {O|International} Airport. {P|Nelson Mandela} left \
                 {L|Victor} {P|Verster} {L|Prison}. They won at the Atat\u{fc}rk Olympic \
                 {L|Stadium}. A train waited at {L|Beijing} {O|Railway} {L|Station}. They played \
                 at the {L|Melbourne} {O|Cricket Ground} on {O|Tlalpan} {L|Avenue}."
            ),
            [
                "Arthur Ashe Stadium",
                "John F. Kennedy International Airport",
                "Victor Verster Prison",
                "Atat\u{fc}rk Olympic Stadium",
                "Beijing Railway Station",
                "Melbourne Cricket Ground",
                "Tlalpan Avenue"
            ]
        );
        // Common words alone, a name going on, a span reaching out.
        let [people, places, organisations] = linked(
            "They met at the New Stadium. The Airport Road closed. {P|Arena Kim} sang. \
             {O|Kowalski & Wood} Arena opened.",
        );
        assert_eq!(places, Vec::<String>::new());
        assert_eq!(people, ["Arena Kim"]);
        assert_eq!(organisations, ["Kowalski & Wood"]);
    }

    #[test]
    fn a_stadium_airport_or_station_named_first_in_its_language_is_one_place() {
        let [people, places, organisations] = linked(
            "Home matches are played at the Estadio {P|Pedro Bustos} {L|Lucero}. They flew \
             from {O|Aeroporto} di {L|Fiumicino} to {L|Stadio} {P|Pierre Mauroy}, and \
             played at the Estadio de la {L|Cerámica}. The Estadio was full. {O|Gare} \
             {L|Saint-Lazare} shut.",
        );
        assert_eq!(
            places,
            [
                "Estadio Pedro Bustos Lucero",
                "Aeroporto di Fiumicino",
                "Stadio Pierre Mauroy",
                "Estadio de la Cerámica",
                "Gare Saint-Lazare"
            ]
        );
        assert!(people.is_empty() && organisations.is_empty());
    }

    #[test]
    fn a_department_named_after_a_town_is_a_place_and_a_bodys_is_not() {
        let [_, places, organisations] = linked(
            "Eugenio Bustos is in {O|San Carlos Department}. The {O|Tarija} Department \
             borders Chile. The {O|Los Angeles Police Department} and the {O|State \
             Department} said so. The {O|Mexican Department} of Health agreed, and so did \
             the {O|Ohio Department of Transportation}.",
        );
        assert_eq!(places, ["San Carlos Department", "Tarija Department"]);
        assert_eq!(
            organisations,
            [
                "Los Angeles Police Department",
                "State Department",
                "Mexican Department of Health",
                "Ohio Department of Transportation"
            ]
        );
    }

    #[test]
    fn a_county_or_a_province_is_one_place_but_a_club_in_a_table_is_not() {
        assert_eq!(
            places(
                "It lies within {P|D\u{105}browa} {L|County}, Poland. It was formed from \
                 {O|Houghton County} in 1861. The centre of {P|V\u{e5}gan} {O|Municipality} \
                 is small. He was born in the {P|Madras Presidency}. They flew from \
                 {P|Charles de Gaulle} {L|Airport} to Rome. It is the capital of \
                 {P|Agam Regency}. It became part of {O|Cross River} State."
            ),
            [
                "D\u{105}browa County",
                "Houghton County",
                "V\u{e5}gan Municipality",
                "Madras Presidency",
                "Charles de Gaulle Airport",
                "Agam Regency",
                "Cross River State"
            ]
        );
        // A people's state is no division.
        assert!(
            places("{O|Islamic State} fighters came. The Jewish State was founded.").is_empty()
        );
        // Clubs in results and fixtures; a name going on.
        let [_, places, organisations] = linked(
            "Montrose 2 {O|Ross County} 1\nPeterborough v {O|Notts County}\n\
             The {O|Kerry County Council} met.",
        );
        assert_eq!(places, Vec::<String>::new());
        assert_eq!(
            organisations,
            ["Ross County", "Notts County", "Kerry County Council"]
        );
    }

    #[test]
    fn a_country_in_a_line_of_capitals_is_a_place() {
        assert_eq!(
            places(
                "SOCCER - SLOVAKIA BEAT {L|FAROES} IN QUALIFIER.\nUKRAINE BEAT NORTHERN \
                 IRELAND.\nSQUASH - HONG KONG OPEN RESULTS.\nIt rained in Chad today."
            ),
            ["SLOVAKIA", "FAROES", "UKRAINE", "NORTHERN IRELAND"]
        );
    }

    #[test]
    fn a_sea_or_a_state_named_with_of_is_one_place() {
        assert_eq!(
            places(
                "It reaches the sea at the {L|Gulf} of {O|Trieste}. The treaty of the \
                 {O|Tsardom} of {L|Russia} held. Tombs fill the Valley of the Kings. Ships \
                 crossed the Bay of Biscay, then the Strait of {L|Gibraltar}."
            ),
            [
                "Gulf of Trieste",
                "Tsardom of Russia",
                "Valley of the Kings",
                "Bay of Biscay",
                "Strait of Gibraltar"
            ]
        );
        // Not a word inside another, nor over a person's name.
        let [people, places, _] =
            linked("The MisRepublic of Nowhere rose. The Kingdom of {P|Eric Smith} was a show.");
        assert!(places.is_empty(), "{places:?}");
        assert_eq!(people, ["Eric Smith"]);
        // With the words before the head that the tagger took with it; not
        // a body named by the state.
        let [_, places, organisations] = linked(
            "She was born in the {O|Federal People's Republic} of {L|Yugoslavia}. The \
             {O|Republic of Fiji Military Forces} took over. He left the {O|Socialist \
             Republic of Romania}. The {O|Central Bank of the Republic of Uzbekistan} \
             cut rates.",
        );
        assert_eq!(
            places,
            [
                "Federal People's Republic of Yugoslavia",
                "Socialist Republic of Romania"
            ]
        );
        assert_eq!(
            organisations,
            [
                "Republic of Fiji Military Forces",
                "Central Bank of the Republic of Uzbekistan"
            ]
        );
    }

    #[test]
    fn a_church_named_by_its_creed_is_an_organisation() {
        assert_eq!(
            organisations(
                "The Catholic Church opposed it. The {O|Orthodox} {L|Church} split. The Greek \
                 Orthodox Church and the \u{c9}glise met."
            ),
            [
                "Catholic Church",
                "Orthodox Church",
                "Greek Orthodox Church"
            ]
        );
        // A building named with more, a people's church, a church alone.
        assert!(
            organisations(
                "He led Mount Zion Missionary Baptist Church. The English Church grew. \
                 Church bells rang. St. Mary's Catholic Church stood."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_listed_place_the_tagger_passed_by_after_in_or_to_is_a_place() {
        assert_eq!(
            places(
                "He was born in Java in 1901 and moved to Flanders. A shop in Notting Hill \
                 sold maps from Z\u{fc}rich."
            ),
            ["Java", "Flanders", "Notting Hill", "Z\u{fc}rich"]
        );
        // A language, a given name, a month, a name that goes on, a word
        // the tagger took.
        let [people, places, _] = linked(
            "She wrote in English. He gave it to Grace in May. The gold came from Battle \
             Mountain Gold. They wrote to {P|Florence}.",
        );
        assert!(places.is_empty(), "{places:?}");
        assert_eq!(people, ["Florence"]);
    }

    #[test]
    fn a_state_named_by_a_word_before_empire_or_republic_is_one_place() {
        // Cut short by the tagger, taken for an organisation, or missed.
        assert_eq!(
            places(
                "The British fought the Dutch {L|Republic}. The {O|Holy Roman Empire} ended. \
                 Traders of the Ottoman Empire came. He served the Roman Empire."
            ),
            [
                "Dutch Republic",
                "Holy Roman Empire",
                "Ottoman Empire",
                "Roman Empire"
            ]
        );
        // A name that goes on, a word alone, a sentence's first word, a
        // person's name.
        assert_eq!(
            places(
                "He climbed the Empire State Building. The Empire fell. {P|Roger Kingdom} won. Republic Airways flew. \
                 The Second Empire style."
            ),
            Vec::<String>::new()
        );
        // `Republic of Ireland` is named with `of`, a place of its own.
        assert_eq!(
            places("The Republic of Ireland won."),
            ["Republic of Ireland"]
        );
        assert_eq!(
            places("{L|Czech Republic} and the Czech Republic."),
            ["Czech Republic"]
        );
    }
}
