//! Names written all in lower case or all in capitals in a text that does
//! not keep to capitals itself (posts, chats, forums): `asante to
//! benfica??` after `Kwabena Asante` and `Benfica`, `ASANTE TO BENFICA`.

use std::cell::OnceCell;

use super::*;

/// How many lines must begin in lower case for a text to be written
/// without regard to capitals.
const LOWER_LINES_MIN: usize = 3;

/// How much of a text's start [`careless`] reads, in bytes.
const SAMPLE_MAX: usize = 256 << 10;

/// The longest name looked for, in words.
const WORDS_MAX: usize = 3;

/// Whether `text` is written without regard to capitals: at least
/// [`LOWER_LINES_MIN`] of its lines, and one in ten of those with a
/// letter, begin in lower case (after a handle and its colon, `@ana: lol
/// no`, or a speaker's label, `A: so uh`); a line counts only after a
/// blank line or the end of a sentence.
/// Only the first [`SAMPLE_MAX`] bytes are read.
pub(super) fn careless(text: &str) -> bool {
    let (lines, lower) = lines_begun(text, usize::MAX);
    lower >= LOWER_LINES_MIN && lower * 10 >= lines
}

/// Whether `text` is a post alone: fewer than [`LOWER_LINES_MIN`] lines
/// that count (see [`careless`]), all of them begun in lower case.
fn lower_case_post(text: &str) -> bool {
    let (lines, lower) = lines_begun(text, LOWER_LINES_MIN);
    lines < LOWER_LINES_MIN && lower > 0 && lower == lines
}

/// How many lines of `text` that count (see [`careless`]) have a letter,
/// and how many of those begin in lower case: read up to `upto` of them.
fn lines_begun(text: &str, upto: usize) -> (usize, usize) {
    let mut lines = 0;
    let mut lower = 0;
    // Whether the line before ended a sentence or a paragraph: a line that
    // goes on with a sentence (text wrapped by hand) begins as it may.
    let mut after_end = true;
    let mut read = 0;
    for line in text.lines() {
        // A text's manner shows in its start.
        read += line.len() + 1;
        if read > SAMPLE_MAX || lines >= upto {
            break;
        }
        let ends = line.trim_end();
        let starts_anew = after_end;
        after_end = ends.is_empty() || ends.ends_with(['.', '!', '?', '"', ')']);
        if !starts_anew {
            continue;
        }
        let mut rest = line.trim_start();
        if rest.starts_with('@')
            && let Some((handle, after)) = rest.split_once(": ")
            && !handle.has_byte(b' ')
        {
            rest = after;
        } else if let Some(after) = super::speakers::after_label(rest) {
            // A transcript's line: what is said after the speaker's label
            // (`A: so uh where`).
            rest = after;
        }
        let Some(first) = rest.chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        lines += 1;
        if first.is_lowercase() {
            lower += 1;
        }
    }
    (lines, lower)
}

/// The spans (in text order, apart) with the names of `spans` written again
/// all in lower case or all in capitals where no span is (`asante`,
/// `ARSENAL`), each with its name's kind and keys, in a text written without
/// regard to capitals ([`careless`], or a post alone in lower case) only. A
/// name none of whose words is an ordinary word (`sporting`, `united`, `apple` stay unmarked in lower
/// case, nor does `arsenal`), of three letters or more, and not inside an
/// address (`benfica` in `www.benfica.pt`, `@benfica`). A person's family
/// name counts alone too (`asante`), and so does a listed place of one
/// word that is no ordinary word, or of two words one of which is not (`in
/// india`, `new york`; not `long beach`), even where the text has no name
/// in capitals.
///
/// `manner` holds whether the text is so written, and `sport` whether it
/// is about sport, each found on first use.
pub(super) fn in_any_case(
    text: &str,
    manner: &OnceCell<bool>,
    sport: &OnceCell<bool>,
    spans: Vec<Span>,
) -> Vec<Span> {
    if !*manner.get_or_init(|| careless(text)) && !lower_case_post(text) {
        return spans;
    }
    let mut names: HashMap64<(Kind, u64, u64)> = HashMap64::default();
    for s in &spans {
        let surface = &text[s.range()];
        let words: Vec<&str> = surface.split_byte(b' ').collect();
        if words.len() > WORDS_MAX
            || surface.chars().filter(|c| c.is_alphabetic()).count() < 3
            || words.iter().any(|w| common_word(w))
        {
            continue;
        }
        names
            .entry(phrase_hash(surface))
            .or_insert((s.kind, s.place, s.name));
        // A person's family name alone too (`asante` of `Kwabena Asante`).
        if s.kind == Kind::Person
            && let [.., last] = words[..]
            && words.len() > 1
            && last.chars().count() >= 3
        {
            let f = folded(last);
            names
                .entry(phrase_hash(last))
                .or_insert((Kind::Person, f.place, f.name));
        }
    }
    // A club's last word alone in a text of sport (`chiefs` and `pirates`
    // after `Kaizer Chiefs` and `Orlando Pirates`), though an ordinary
    // word; not a word that ends many clubs' names (`city`, `united`).
    if spans
        .iter()
        .any(|s| s.kind == Kind::Organisation && text[s.range()].has_byte(b' '))
        && topics::sport(text, sport)
    {
        for s in spans.iter().filter(|s| s.kind == Kind::Organisation) {
            let surface = &text[s.range()];
            let Some((_, last)) = surface.rsplit_once_byte(b' ') else {
                continue;
            };
            if last.chars().count() >= 4
                && last.chars().all(char::is_alphabetic)
                && !CLUB_ENDINGS.iter().any(|e| e.eq_ignore_ascii_case(last))
                && !super::words::organisation_words().contains(&fold_hash(last))
            {
                let f = folded(last);
                names
                    .entry(phrase_hash(last))
                    .or_insert((Kind::Organisation, f.place, f.name));
            }
        }
    }
    // Given names written in lower case where the words before introduce a
    // person (`a woman called bev`, `my boss gary`): a person's at every
    // mention.
    for range in introduced_given_names(text) {
        let written = &text[range];
        let f = folded(written);
        names
            .entry(phrase_hash(written))
            .or_insert((Kind::Person, f.place, f.name));
    }
    let mut added = Vec::new();
    for line in line_ranges(text) {
        let words = words_of(text, line);
        // Whether the line is in English, as far as a few of its words
        // tell (asked only of a given name alone in lower case).
        let english = OnceCell::new();
        let in_english = || {
            *english.get_or_init(|| {
                words
                    .iter()
                    .any(|w| ENGLISH_MARKS.contains(&&text[w.clone()]))
            })
        };
        let mut i = 0;
        while i < words.len() {
            let mut step = 1;
            // The word before the words from `i` on, asked by the tests
            // below of names of any length, found once.
            let before = OnceCell::new();
            let marker =
                || *before.get_or_init(|| word_before(text, words[i].start).map(|w| &text[w]));
            for n in (1..=WORDS_MAX.min(words.len() - i)).rev() {
                let range = words[i].start..words[i + n - 1].end;
                let written = &text[range.clone()];
                let one_case = !written.chars().any(char::is_uppercase)
                    || !written.chars().any(char::is_lowercase);
                if !one_case
                    || !words[i..i + n]
                        .windows(2)
                        .all(|w| w[0].end + 1 == w[1].start)
                    || !spans_over(&spans, &range).is_empty()
                    || in_an_address(text, &range)
                {
                    continue;
                }
                // Not a person's name of one word where a word before
                // marks a town of that name (`aunt eunice` and `she drove
                // in from eunice`).
                let town_here = |kind| {
                    kind == Kind::Person
                        && n == 1
                        && matches!(marker(), Some("from" | "in" | "near"))
                        && evidence::wide_place(written)
                };
                if let Some(&(kind, place, name)) = names.get(&phrase_hash(written))
                    && !town_here(kind)
                {
                    added.push(Span::with_keys(range, kind, place, name));
                    step = n;
                    break;
                }
                // A listed place the text names in lower case only (`in
                // india`), of two words at most: one word that is no
                // ordinary word, or two of which one is not (`new york`,
                // `hong kong`; not `long beach`).
                let ordinary = || written.split_byte(b' ').filter(|w| common_word(w)).count();
                let lower = !written.chars().any(char::is_uppercase)
                    && written.chars().filter(|c| c.is_alphabetic()).count() >= 4;
                // Not a given name before a family name (`taylor swift`),
                // unless it names a country (`india too`).
                let given_before_family = || {
                    n == 1
                        && given_name(written)
                        && !listed_country(&crate::entities::geo::capitalised(written))
                        && words.get(i + 1).is_some_and(|next| {
                            next.start == range.end + 1 && family_name(&text[next.clone()])
                        })
                };
                // Asked at most once, by either test below.
                let placed = OnceCell::new();
                let listed = || {
                    *placed
                        .get_or_init(|| listed_place(&crate::entities::geo::capitalised(written)))
                };
                // A listed place and a word that ends a body's name
                // (`qatar airways`, `canada post`, `leeds united`), or a
                // body's word, `of` and a listed place (`uni of toronto`,
                // `bank of england`): the body, not the place.
                if lower && body_of_place(written) {
                    added.push(Span::new(text, range, Kind::Organisation));
                    step = n;
                    break;
                }
                // A street named by a word that is no ordinary word or by a
                // number (`johnston street`, `burringbar st`, `125th
                // street`; not `main street` or `memory lane`).
                if n == 2
                    && lower
                    && written.split_once_byte(b' ').is_some_and(|(first, kind)| {
                        STREET_WORDS.contains(&kind)
                            && first.len() >= 3
                            && (first.bytes().all(|b| b.is_ascii_lowercase())
                                || super::join::ordinal(first))
                            && !common_word(first)
                    })
                {
                    added.push(Span::new(text, range, Kind::Place));
                    step = n;
                    break;
                }
                // A Korean family name and a given name of two syllables
                // joined by a hyphen (`nam eun-ho`, `kang do-yoon`).
                if n == 2
                    && lower
                    && written
                        .split_once_byte(b' ')
                        .is_some_and(|(family, given)| korean_name(family, given))
                {
                    added.push(Span::new(text, range, Kind::Person));
                    step = n;
                    break;
                }
                // A given name and a family name that is no ordinary word
                // (`paris okonkwo`), not a listed place whole.
                if n == 2 && lower && {
                    let (first, last) = written.split_once_byte(b' ').unwrap_or((written, ""));
                    // Or a word of English letters no list knows after a
                    // given name the census marks as a woman's or a man's
                    // (`pierre poilievre`; not `tim hortons`, `já pensou`).
                    let unknown = || {
                        last.len() >= 4
                            && first.len() >= 4
                            && first.bytes().all(|b| b.is_ascii_lowercase())
                            && last.bytes().all(|b| b.is_ascii_lowercase())
                            && !last.ends_with('s')
                            && evidence::gendered_given_name(first)
                            && !super::nouns::DATE_WORDS
                                .iter()
                                .any(|d| d.eq_ignore_ascii_case(first))
                            && !given_name(last)
                            && !evidence::wide_place(last)
                    };
                    given_name(first)
                        && !common_word(first)
                        && first.len() >= 3
                        && !common_word(last)
                        && (family_name(last) || unknown())
                        && !listed()
                } {
                    added.push(Span::new(text, range, Kind::Person));
                    step = n;
                    break;
                }
                // A town of the wide list of one or two words after a word
                // that marks a place (`a fault at stalybridge`, `in
                // ballina`, `up to baton rouge`), unless it is a person's
                // name too (`to mark smith`).
                let after_marker = || {
                    let person = || match written.split_once_byte(b' ') {
                        Some((first, last)) => given_name(first) && family_name(last),
                        None => given_name(written),
                    };
                    marker().is_some_and(|marker| {
                        // A family name after `in` or `near` is a
                        // town's (`a wedding in kilkenny`), not after
                        // `to` or `from` (`a pass from smith`).
                        let family_too = matches!(marker, "in" | "near");
                        PLACE_MARKERS.contains(&marker) && (family_too || !family_name(written))
                    }) && evidence::wide_place(written)
                        && !person()
                };
                // A given name the census marks as a woman's or a man's is
                // a person's rather than a town's of that name, unless a
                // word before marks a place or the place is large (`to
                // chioma and david`; not `in jackson`, `sydney was
                // amazing`).
                let given_rather = || {
                    use crate::entities::geo::{GeoKind, gazetteer};
                    n == 1
                        && evidence::gendered_given_name(written)
                        && !marker().is_some_and(|m| PLACE_MARKERS.contains(&m))
                        && !gazetteer()
                            .lookup(&crate::entities::geo::capitalised(written))
                            .iter()
                            .any(|e| e.population >= 1_000_000 || e.kind != GeoKind::City)
                };
                // Two ordinary words are a place's name only after such a
                // word (`to baton rouge`; not `long beach` alone).
                if n <= 2
                    && lower
                    && (ordinary() < n && (listed() && !given_rather() || after_marker())
                        || n == 2
                            && ordinary() == n
                            && !written.starts_with("the ")
                            && after_marker())
                    && !given_before_family()
                {
                    added.push(Span::new(text, range, Kind::Place));
                    step = n;
                    break;
                }
                // A country or a large city whose name is an ordinary word
                // too, after a word that marks a place (`a boss in cork`,
                // `going to phoenix`, `made in china`): not a word in
                // `-ing` (`in reading`), a day or a month.
                if n == 1
                    && lower
                    && ordinary() == 1
                    && written.chars().all(|c| c.is_ascii_lowercase())
                    && !written.ends_with("ing")
                    && !super::nouns::DATE_WORDS
                        .iter()
                        .any(|d| d.eq_ignore_ascii_case(written))
                    && marker().is_some_and(|m| PLACE_MARKERS.contains(&m))
                    && {
                        use crate::entities::geo::{GeoKind, gazetteer};
                        gazetteer()
                            .lookup(&crate::entities::geo::capitalised(written))
                            .iter()
                            .any(|e| e.kind == GeoKind::Country || e.population >= 200_000)
                    }
                {
                    added.push(Span::new(text, range, Kind::Place));
                    break;
                }
                // A given name the census gives a sex, alone in lower case
                // (`lebron can't keep carrying`, `viktor scores`): no
                // ordinary word, nor a people's, a day's or a kinsman's.
                if n == 1
                    && lower
                    && written.chars().all(char::is_alphabetic)
                    && given_rather()
                    && !evidence::wide_place(written)
                    && !listed()
                    && !no_name_alone(written)
                    && in_english()
                    && !super::clean::HOLIDAYS
                        .iter()
                        .any(|d| d.eq_ignore_ascii_case(written))
                    && !marker().is_some_and(|w| {
                        w.starts_with(char::is_uppercase)
                            || matches!(w, "st" | "st." | "saint")
                            // The last word of a name in lower case the
                            // lists do not know (`ayra starr`).
                            || (w.chars().count() >= 3
                                && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                                && !common_word(w))
                    })
                    && !words.get(i + 1).is_some_and(|next| {
                        next.start == range.end + 1 && NAMED_FOR.contains(&&text[next.clone()])
                    })
                {
                    // A family name in lower case right after it.
                    let next_family = words.get(i + 1).filter(|next| {
                        let w = &text[(*next).clone()];
                        next.start == range.end + 1
                            && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                            && family_name(w)
                    });
                    // Taken with it (`robert smith`, `alex turner`), or else
                    // the given name is not taken alone either, as the
                    // name may be longer (`jeremy strong`, `brian cox`;
                    // `fiona just` alike): the family name is an ordinary
                    // word too.
                    let family = next_family.filter(|next| {
                        let w = &text[(*next).clone()];
                        w.chars().count() >= 3
                            && !evidence::gendered_given_name(w)
                            && (!common_word(w) || given_name(w))
                            && spans_over(&spans, next).is_empty()
                    });
                    if next_family.is_some() && family.is_none() {
                        break;
                    }
                    let end = family.map_or(range.end, |f| f.end);
                    added.push(Span::new(text, range.start..end, Kind::Person));
                    step = if family.is_some() { 2 } else { 1 };
                    break;
                }
                // A large listed company's name of one word that is no
                // ordinary word, nor a person's or a place's (`works at
                // walmart`; not `apple`, `ford` or `amazon`).
                if n == 1
                    && lower
                    && ordinary() == 0
                    && evidence::listed_firm(written)
                    && !given_name(written)
                    && !family_name(written)
                    && !evidence::wide_place(written)
                    && !listed()
                {
                    added.push(Span::new(text, range, Kind::Organisation));
                    break;
                }
            }
            i += step;
        }
    }
    added.extend(given_names_passed_by(text, &spans));
    with_added(spans, added)
}

/// Korean family names as romanised, in lower case.
const KOREAN_FAMILY_NAMES: &[&str] = &[
    "ahn", "bae", "baek", "byun", "cha", "choi", "chung", "do", "gong", "go", "ha", "han", "heo",
    "hong", "hwang", "im", "jang", "jeon", "jeong", "jin", "jo", "ju", "jung", "kang", "ki", "kim",
    "ko", "kwak", "kwon", "lee", "lim", "min", "moon", "na", "nam", "noh", "oh", "park", "ryu",
    "seo", "seong", "shin", "sim", "son", "song", "yang", "yoo", "yoon", "yu", "yun",
];

/// Whether `family` and `given`, in lower case, are a Korean person's
/// name: a family name of [`KOREAN_FAMILY_NAMES`] and a given name of two
/// syllables joined by a hyphen, each of one to four letters of those the
/// romanisation uses, with a vowel, not both ordinary words (`eun-ho`,
/// `si-woo`; not `f-word`, `x-ray`, `top-up`).
fn korean_name(family: &str, given: &str) -> bool {
    let syllable = |s: &str| {
        (1..=4).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() && !b"fqvxz".contains(&b))
            && s.bytes().any(|b| b"aeiouy".contains(&b))
    };
    KOREAN_FAMILY_NAMES.contains(&family)
        && given
            .split_once_byte(b'-')
            .is_some_and(|(a, b)| syllable(a) && syllable(b) && !(common_word(a) && common_word(b)))
}

/// Words before a name in lower case that mark a place (`a fault at
/// stalybridge`, `up to baton rouge`).
const PLACE_MARKERS: &[&str] = &["at", "in", "from", "near", "to"];

/// Words that end many clubs' names, which say nothing alone (`Manchester
/// City`, `Leeds United`).
const CLUB_ENDINGS: &[&str] = &[
    "Albion", "Athletic", "City", "County", "Real", "Sporting", "Town", "United",
];

/// Words that end a body's name after a place's in lower case (`qatar
/// airways`, `canada post`, `leeds united`, `calderdale council`).
const BODY_ENDINGS: &[&str] = &[
    "airlines",
    "airways",
    "council",
    "post",
    "rail",
    "railways",
    "trains",
    "united",
    "university",
];

/// Words that begin a body's name before `of` and a place's in lower case
/// (`uni of toronto`, `bank of england`).
const BODY_BEGINNINGS: &[&str] = &["bank", "uni", "university"];

/// Whether `written`, in lower case, is a listed place's name and one of
/// [`BODY_ENDINGS`], or one of [`BODY_BEGINNINGS`], `of` and a listed
/// place's name of one word.
fn body_of_place(written: &str) -> bool {
    let listed =
        |place: &str| place.len() >= 3 && listed_place(&crate::entities::geo::capitalised(place));
    // Asked of every run of words in such a text: split without a copy.
    let Some((head, rest)) = written.split_once_byte(b' ') else {
        return false;
    };
    match rest.split_once_byte(b' ') {
        None => BODY_ENDINGS.contains(&rest) && listed(head),
        Some(("of", place)) => {
            !place.has_byte(b' ') && BODY_BEGINNINGS.contains(&head) && listed(place)
        }
        Some(_) => false,
    }
}

/// The words that end a street's name in lower case, written out or cut
/// short.
const STREET_WORDS: &[&str] = &[
    "avenue",
    "ave",
    "boulevard",
    "blvd",
    "lane",
    "rd",
    "road",
    "st",
    "street",
];

/// Short words of English that few other languages written in the same
/// letters share: a line with one is taken for English.
const ENGLISH_MARKS: &[&str] = &[
    "and", "are", "but", "can", "for", "from", "had", "has", "have", "he", "her", "his", "i",
    "i'm", "is", "it", "it's", "just", "me", "my", "not", "of", "she", "so", "that", "the", "they",
    "this", "to", "was", "we", "will", "with", "you",
];

/// Nouns that a given name in lower case may name a thing by, right
/// before them (`the margit bridge`, `the adeleke family`): the name is
/// then the thing's, no person's.
const NAMED_FOR: &[&str] = &[
    "airport",
    "bridge",
    "cafe",
    "church",
    "college",
    "family",
    "hall",
    "hospital",
    "hotel",
    "house",
    "lake",
    "market",
    "mosque",
    "park",
    "river",
    "road",
    "school",
    "stadium",
    "station",
    "street",
    "temple",
    "tower",
    "university",
];

/// Words for the people one knows that no list of persons' nouns or kin
/// holds, which a name in lower case may follow after `my` (`my boss
/// gary`, `my mate dave`).
const ACQUAINTANCES: &[&str] = &[
    "bf", "boss", "bro", "coworker", "friend", "gf", "mate", "partner", "sis",
];

/// The given names written in lower case that the words before introduce
/// as a person's: `called` or `named` (`a lovely woman called bev`), or
/// `my` and a person's noun, kin, or one of [`ACQUAINTANCES`] (`my boss
/// gary`, `my cousin dave`); or `mr`, `mrs` or `ms`, with a dot or
/// without, before a given or family name (`mr. landry`, `mrs okafor`). A
/// given name of
/// three letters or more that is no ordinary word or people's name (a
/// listed town is a name too, after such words: `a girl called paris`).
fn introduced_given_names(text: &str) -> Vec<Range<usize>> {
    // A person's noun, kin, or one of the [`ACQUAINTANCES`].
    let known = |n: &str| {
        ACQUAINTANCES.contains(&n) || super::nouns::persons_noun(n) || kin().contains(&fold_hash(n))
    };
    let mut found = Vec::new();
    for line in line_ranges(text) {
        let words = words_of(text, line);
        for (j, w) in words.iter().enumerate().skip(1) {
            let name = &text[w.clone()];
            let before = |k: usize| j.checked_sub(k).map(|i| &text[words[i].clone()]);
            let introduced = matches!(before(1), Some("called" | "named"))
                || (before(2) == Some("my") && before(1).is_some_and(known))
                || before(1).is_some_and(|k| kin().contains(&fold_hash(k)));
            // A family name after a title, with its dot or without (`tell
            // mr. landry`, `mrs okafor gave us`).
            let titled = matches!(before(1), Some("mr" | "mrs" | "ms"))
                && matches!(
                    &text.as_bytes()[words[j - 1].end..],
                    [b'.', b' ', ..] | [b' ', ..]
                );
            if (introduced || titled)
                && name.chars().count() >= 3
                && name.chars().all(char::is_lowercase)
                && (attested_given_name(name) || titled && family_name(name))
                && !common_word(name)
                && !is_demonym(&folded(name))
            {
                found.push(w.clone());
            }
        }
    }
    found
}

/// The known given names that are capitalised inside a line of a text
/// written without regard to capitals, that no span holds and the tagger
/// passed by (`Karen was the one`, `Emily's starting`): persons' names.
/// Not the line's first word, nor one before another capitalised word (a
/// name of more words), nor a day, a month, a kin word that is a name
/// too (`Lola`), a family name, a common word, a listed place or a people.
fn given_names_passed_by(text: &str, spans: &[Span]) -> Vec<Span> {
    let mut found = Vec::new();
    for line in line_ranges(text) {
        let words = words_of(text, line);
        for (j, w) in words.iter().enumerate().skip(1) {
            // Without a possessive (`Emily's`).
            let range = trim_edges(text, w.clone());
            let name = &text[range.clone()];
            let capital_next = words
                .get(j + 1)
                .is_some_and(|n| text[n.clone()].starts_with(char::is_uppercase));
            if title_case(name)
                && name.chars().count() >= 3
                && !capital_next
                && spans_over(spans, &range).is_empty()
                && !in_an_address(text, &range)
                && !no_name_alone(name)
                && attested_given_name(name)
                && !family_name(name)
                && !listed_place(name)
            {
                found.push(Span::new(text, range, Kind::Person));
            }
        }
    }
    found
}

/// Whether `word`, in any case, is an ordinary word, a people's name, a
/// day, a month or a kinsman's word that is a name too (`Lola`): no given
/// name written alone.
fn no_name_alone(word: &str) -> bool {
    common_word(word)
        || is_demonym(&folded(word))
        || super::nouns::DATE_WORDS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(word))
        || kin_alone().contains(&fold_hash(word))
        || KIN_NAMES.iter().any(|k| k.eq_ignore_ascii_case(word))
}

/// The spans (in text order, apart) without ordinary words shouted in
/// capitals (`AROHA'S VOICE ON THE LAST SONG`, `PLEASE`) in a text written
/// without regard to capitals ([`careless`]): a span of one word in
/// capitals that is an ordinary word, unless the name is also written with
/// small letters in the text (`ARSENAL` after `Arsenal`), or is a listed
/// place's after `the` (`the US`).
///
/// `manner` holds whether the text is so written, found on first use.
pub(super) fn without_shouting(
    text: &str,
    manner: &OnceCell<bool>,
    mut spans: Vec<Span>,
) -> Vec<Span> {
    let shouted = |s: &Span| {
        let surface = &text[s.range()];
        !surface.contains(|c: char| c.is_lowercase() || c.is_whitespace())
            && surface.chars().filter(|c| c.is_alphabetic()).count() > 1
            && common_word(surface)
            // A listed place after `the` is no word shouted (`ships to the
            // US`).
            && !(word_before(text, s.start).is_some_and(|w| text[w].eq_ignore_ascii_case("the"))
                && listed_place(surface))
    };
    if !spans.iter().any(shouted) || !*manner.get_or_init(|| careless(text)) {
        return spans;
    }
    let written: HashSet64 = spans
        .iter()
        .filter(|s| text[s.range()].contains(char::is_lowercase))
        .map(|s| s.name)
        .collect();
    spans.retain(|s| written.contains(&s.name) || !shouted(s));
    spans
}

/// The lines of `text`, as ranges.
fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    text.split_inclusive('\n').map(move |line| {
        let r = at..at + line.trim_end_matches('\n').len();
        at += line.len();
        r
    })
}

/// The words of `text` in `line`: runs of letters and digits, with `-` and
/// `'` inside them.
fn words_of(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = line.start;
    for (i, c) in text[line.clone()].char_indices() {
        let at = line.start + i;
        let inner = matches!(c, '-' | '\'' | '\u{2019}');
        if c.is_alphanumeric() {
            start.get_or_insert(at);
            last_end = at + c.len_utf8();
        } else if !(inner && start.is_some())
            && let Some(s) = start.take()
        {
            words.push(s..last_end);
        }
    }
    if let Some(s) = start {
        words.push(s..last_end);
    }
    words
}

/// The spans (in text order, apart) with each hashtag in lower case that
/// is a listed place of one word, and no ordinary word, made a place
/// (`#kyrgyzstan`, `#tashkent`), in any text: a tag keeps no capitals,
/// whatever the rest of the text does. Only a tag begun after a space or
/// at a line's start (not `site.com/#top`), of letters alone, that no span
/// holds (`#uzbekistantravel` is no place's name).
pub(super) fn places_in_hashtags(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    for at in memchr::memchr_iter(b'#', text.as_bytes()) {
        if at > 0 && !text[..at].ends_with(char::is_whitespace) {
            continue;
        }
        let start = at + 1;
        let rest = &text[start..];
        let len = rest
            .find(|c: char| !c.is_alphanumeric() && c != '_')
            .unwrap_or(rest.len());
        let tag = &rest[..len];
        let range = start..start + len;
        if tag.chars().nth(2).is_none()
            || !tag.chars().all(char::is_lowercase)
            || common_word(tag)
            || !listed_place(tag)
            || span_over(&spans, &range).is_some()
        {
            continue;
        }
        added.push(Span::new(text, range, Kind::Place));
    }
    with_added(spans, added)
}

/// Whether the word at `range` is part of an address, a handle or a tag's
/// longer word: `.`, `@`, `/` or `_` joined to it.
fn in_an_address(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let mut after = text[range.end..].chars();
    let (next, then) = (after.next(), after.next());
    before.is_some_and(|c| matches!(c, '.' | '@' | '/' | '_'))
        || next.is_some_and(|c| matches!(c, '@' | '/' | '_'))
        || (next == Some('.') && then.is_some_and(char::is_alphanumeric))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_hashtag_in_lower_case_that_names_a_listed_place_is_that_place() {
        let [_, places, _] = linked(
            "Day 3 on horseback, the Yurt Camp was Great. #kyrgyzstan #silkroad #travel\n\n\
             Maps at site.com/#tashkent and a #uzbekistantravel tag.",
        );
        assert_eq!(places, ["kyrgyzstan"]);
    }

    const POSTS: &str = "@kwame: {O|Sky Sports} say {O|Benfica} bid for {P|Kwabena Asante}\n\n\
         @leao: lol no. asante is not leaving sporting\n\n\
         @nana: ASANTE TO BENFICA. see www.benfica.pt and @benfica_fc\n\n\
         @dave: classic benfica\n\n\
         @kofi: sky sports is wrong again\n";

    /// How many mentions the entity called `name` has among `entities`.
    fn mentions_of(entities: &[crate::entities::Entity], name: &str) -> usize {
        entities
            .iter()
            .find(|e| e.name == name)
            .map_or(0, |e| e.mentions.len())
    }

    #[test]
    fn names_in_lower_case_or_capitals_are_found_in_careless_text() {
        let (_, e) = link_marked(POSTS);
        assert_eq!(mentions_of(&e.organisations, "Benfica"), 3, "{e:?}");
        assert_eq!(mentions_of(&e.people, "Kwabena Asante"), 3, "{e:?}");
        // A listed place in lower case is one; `sky sports` is made of
        // ordinary words.
        let (_, e) = link_marked(&format!("{POSTS}\n@ama: flying to london from india\n"));
        let places: Vec<&str> = e.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(places, ["london", "india"]);
        assert_eq!(mentions_of(&e.organisations, "Sky Sports"), 1);
    }

    #[test]
    fn a_korean_family_name_and_a_hyphenated_given_name_are_a_person_in_lower_case() {
        let src = "posts\n\n@mina: nam eun-ho the songwriter era starts now\n\n\
                   @jo: kang do-yoon please eat something\n\n@al: park top-up and park \
                   x-ray and kim log\n\n@bo: so tired\n\n@cy: lol\n";
        let [people, _, _] = linked(src);
        assert_eq!(people, ["nam eun-ho", "kang do-yoon"]);
    }

    #[test]
    fn a_transcripts_lines_begin_after_the_speakers_labels() {
        let src = "Call 12\n\nA: so we moved to arizona in june\n\nB: oh nice\n\n\
                   A: yeah he is still at walmart\n\nB: huh\n";
        assert!(careless(&marked(src).0));
        let [_, places, organisations] = linked(src);
        assert_eq!(places, ["arizona"]);
        assert_eq!(organisations, ["walmart"]);
        // Labels and all begun in capitals, the text keeps to them.
        assert!(!careless(
            "A: So we moved.\n\nB: Oh nice.\n\nA: Yes.\n\nB: Huh.\n"
        ));
    }

    #[test]
    fn a_given_and_a_family_name_in_lower_case_are_a_person() {
        let [people, places, _] = linked(
            "omg saw paris okonkwo at the airport\n\nbruno fernandes scored\n\n\
             back in london lol\n\ntaylor swift tickets gone\n",
        );
        assert_eq!(people, ["paris okonkwo", "bruno fernandes"]);
        assert_eq!(places, ["london"]);
        // A family name no list knows after a gendered given name; not a
        // brand, a month or words of another language.
        let [people, ..] = linked(
            "looking TIGHT for pierre poilievre tonight

lost his seat to bruce fanjoy

             tim hortons run then bed

see u in january diliman

rio, já pensou
",
        );
        assert_eq!(people, ["pierre poilievre", "bruce fanjoy"]);
    }

    #[test]
    fn a_given_name_in_lower_case_that_the_words_before_introduce_is_a_person() {
        let [people, ..] = linked(
            "train from leeds, a lovely woman called bev gave out tea\n\nbev for CEO\n\n\
             my boss gary just laughed\n\ncalled will to say so\n\nmy mate english agreed\n\n\
             a guy named derek\n",
        );
        // Not an ordinary word (`will`) or a people's name, nor a name the
        // words before do not introduce.
        assert_eq!(people, ["bev", "gary", "derek"]);
        let [people, ..] = linked("ugh gary again\n\nlol no\n\nidk\n");
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_large_city_named_by_an_ordinary_word_is_one_after_a_word_that_marks_a_place() {
        let [_, places, _] = linked(
            "lol same\n\nmy boss in cork thinks im at home\n\n\
             they're going to phoenix in august\n\nok\n",
        );
        assert_eq!(places, ["cork", "phoenix"]);
        // Not without such a word, nor a word in `-ing`, nor a small town.
        let [_, places, _] = linked(
            "lol same\n\ncork the bottle\n\ninterested in reading\n\nsent to march\n\n\
             fell in battle\n",
        );
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_gendered_given_name_alone_in_lower_case_is_a_persons_in_an_english_line() {
        let [people, ..] = linked(
            "a couple from norwich called pat and derek. derek brought the sandwiches\n\n\
             as long as they don't sell viktor in january\n\n\
             the cure on the green stage... robert smith in that mist\n\n",
        );
        assert_eq!(people, ["derek", "viktor", "robert smith"]);
        // Not before a family name that is an ordinary word too, nor before
        // a thing's noun, after a word no list knows, or in a line with no
        // word of English; nor an ordinary word or a holiday.
        let [people, ..] = linked(
            "jeremy strong giving it everything\n\nthe footpath on the margit bridge is shut\n\n\
             i count four songs with ayra starr on them\n\n\
             e o dono, que é mineiro\n\nthe tuesday after easter is free\n\n\
             will you come to the mark\n",
        );
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_wide_listed_town_in_lower_case_after_a_word_that_marks_a_place_is_one() {
        let [_, places, _] = linked(
            "ugh signal fault at stalybridge again\n\nour mob in ballina are ok\n\n\
             murwillumbah is cut off\n\nwent to grace after\n",
        );
        assert_eq!(places, ["stalybridge", "ballina"]);
        // A family name too, after `in` but not after `from` or `to`.
        let (_, e) = link_marked("lol same\n\na pass from kilkenny\n\nsent it to kilkenny\n\nok\n");
        assert!(e.places.is_empty(), "{:?}", e.places);
        let (text, e2) =
            link_marked("my boss thinks im at a wedding in kilkenny\n\nlol same\n\nok\n");
        assert_eq!(mention_texts(&text, &e2.places[0]), ["kilkenny"]);
    }

    #[test]
    fn a_gendered_given_name_in_lower_case_is_no_small_towns_name_without_a_word_before() {
        let [_, places, _] = linked(
            "happy married life to chioma and david\n\nlol same in jackson\n\n\
             sydney was amazing\n\nok\n",
        );
        assert_eq!(places, ["jackson", "sydney"]);
    }

    #[test]
    fn a_clubs_last_word_in_lower_case_is_the_club_in_a_text_of_sport() {
        let (text, e) = link_marked(
            "Thread: {O|Kaizer Chiefs} vs {O|Orlando Pirates}, the derby\n\n\
             @a: team news: chiefs start with two up front\n\n\
             @b: full time: pirates 2-1 chiefs. the goal came late in the match\n\n\
             @c: lol {O|Leeds United} fans everywhere, united forever\n\n@d: same\n",
        );
        let clubs: Vec<Vec<&str>> = e
            .organisations
            .iter()
            .map(|o| mention_texts(&text, o))
            .collect();
        assert_eq!(
            clubs,
            [
                vec!["Kaizer Chiefs", "chiefs", "chiefs"],
                vec!["Orlando Pirates", "pirates"],
                vec!["Leeds United"]
            ]
        );
    }

    #[test]
    fn a_street_in_lower_case_named_by_no_ordinary_word_is_a_place() {
        let [_, places, _] = linked(
            "the bakery on burringbar st opens at 6\n\nwater all along hangingroyd lane\n\n\
             meet me on main street\n\nwalking down memory lane lol\n\nstuck under 125th \
             street\n",
        );
        assert_eq!(
            places,
            ["burringbar st", "hangingroyd lane", "125th street"]
        );
    }

    #[test]
    fn a_place_and_a_bodys_word_in_lower_case_are_the_body() {
        let [_, places, organisations] = linked(
            "9 hour layover in doha. qatar airways gave us a voucher\n\ncanada post strike \
             day 12\n\nuni of toronto library closes at 11\n\nleeds united away\n\n\
             the bank of england again\n\nflying to london tomorrow\n\nthe trading post \
             and the toronto office\n",
        );
        assert_eq!(places, ["doha", "london", "toronto"]);
        assert_eq!(
            organisations,
            [
                "qatar airways",
                "canada post",
                "uni of toronto",
                "leeds united",
                "bank of england"
            ]
        );
    }

    #[test]
    fn a_given_name_in_lower_case_after_kin_or_a_family_name_after_a_title_is_a_persons() {
        let [people, places, _] = linked(
            "is your aunt eunice still doing the cakes\n\nshe drove in from eunice last \
             sunday\n\ntell mr. landry i said hey\n\nmrs okafor gave us an essay\n\nok\n",
        );
        assert_eq!(people, ["eunice", "landry", "okafor"]);
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_wide_listed_town_of_two_ordinary_words_in_lower_case_is_one_after_such_a_word_only() {
        let [_, places, _] = linked(
            "i want to go up to baton rouge next year

my car is in new iberia again

             baton rouge is far

anyone stuck down in the valley come up

             i passed it to mark smith
",
        );
        assert_eq!(places, ["baton rouge", "new iberia"]);
    }

    #[test]
    fn a_given_name_the_tagger_passed_by_in_careless_text_is_a_persons() {
        let src = "A: so how is the family\n\nB: good, Emily's starting school and Oscar \
                   hates it\n\nA: and the party on Sunday\n\nB: for Lola, yes, and \
                   German beer\n\nA: ha with Emily Dickinson\n";
        let [people, _, _] = linked(src);
        assert_eq!(people, ["Emily", "Oscar"]);
        // Not in a text that keeps to capitals.
        let [people, _, _] = linked("So how is the family? Good, Emily is starting school.\n");
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_listed_place_of_two_words_in_lower_case_is_found_with_no_name_tagged() {
        let (_, e) = link_marked(
            "omg new york is so cold\n\nback to miami soon\n\nthen hong kong lol\n\n\
             long beach was fun\n",
        );
        let places: Vec<&str> = e.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(places, ["new york", "miami", "hong kong"]);
    }

    #[test]
    fn a_listed_firm_in_lower_case_is_found_but_not_a_given_name_before_a_family_name() {
        let [people, places, organisations] = linked(
            "lol my mom works at walmart in houston\n\nomg just saw taylor swift at the \
             airport\n\nmade in india too\n\nan apple a day\n",
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["houston", "india"]);
        assert_eq!(organisations, ["walmart"]);
    }

    #[test]
    fn ordinary_words_shouted_in_careless_text_are_no_names() {
        let src = "@a: {O|Benfica} won\n\n@b: lol yes\n\n@c: ok then\n\n@e: so good\n\n\
                   @d: {O|BENFICA} {O|PLEASE} {O|SONG} {L|LISBON}\n";
        let (_, e) = link_marked(src);
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Benfica"]);
        assert_eq!(e.organisations[0].mentions.len(), 2);
        assert_eq!(e.places.len(), 1);
        // A text that keeps to capitals keeps them.
        let (_, e) = link_marked("{O|SONG} rose 5 percent.\n");
        assert_eq!(e.organisations.len(), 1);
        // A listed place after `the` is no word shouted; without `the`, it
        // is (`LOVE {L|US}`).
        let src = "@a: ok\n\n@b: lol yes\n\n@c: ships to the {L|US} only\n\n@d: LOVE {L|US}\n";
        let (_, e) = link_marked(src);
        assert_eq!(e.places.len(), 1, "{e:?}");
        assert_eq!(e.places[0].mentions.len(), 1);
    }

    #[test]
    fn a_text_that_keeps_to_capitals_is_left_as_it_is() {
        let (_, e) =
            link_marked("{O|Benfica} won.\nThe fans of benfica sang.\nIt was late.\nWe left.\n");
        assert_eq!(e.organisations[0].mentions.len(), 1);
        assert!(!careless("Arsenal won.\nthe end\nIt was late.\n"));
        assert!(careless("@a: lol\n\nok then\n\nfine\nYes.\n"));
        // A post alone, all of whose lines begin in lower case, is looked
        // at for names in lower case, but keeps its words in capitals
        // (`talks with the US`).
        assert!(lower_case_post("lol my mom works there\n"));
        assert!(!lower_case_post("Title\n\nlol my mom works there\n"));
        assert!(!careless("lol my mom works there\n"));
        // Text wrapped by hand goes on with its sentences in lower case.
        assert!(!careless(
            "Scores in\nthe open at\nthe course after\nthe first round.\n"
        ));
    }

    proptest! {
        #[test]
        fn words_lie_on_char_boundaries_inside_their_line(s in "\\PC{0,60}") {
            let text = s.as_str();
            for line in line_ranges(text) {
                for w in words_of(text, line.clone()) {
                    prop_assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
                    prop_assert!(line.start <= w.start && w.end <= line.end && w.start < w.end);
                    prop_assert!(!in_an_address(text, &w) || !text[w].is_empty());
                }
            }
        }

        #[test]
        fn places_in_hashtags_are_whole_tags_of_any_text(
            s in "(\\PC|#|#india|#paris| ){0,40}",
        ) {
            let text = s.as_str();
            let spans = places_in_hashtags(text, Vec::new());
            for w in spans.windows(2) {
                prop_assert!(w[0].end() <= w[1].start);
            }
            for sp in &spans {
                prop_assert!(text[..sp.start].ends_with('#'));
                prop_assert!(text[sp.range()].chars().all(char::is_lowercase));
                prop_assert_eq!(sp.kind, Kind::Place);
            }
        }
    }
}
