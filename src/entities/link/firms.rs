//! The endings of firms' names that the tagger and the cleaning leave off:
//! the dot of an abbreviated ending (`Ameritech Corp. and BellSouth`), a
//! legal form after a comma (`A.G. Edwards & Sons, Inc`), and the partner
//! named before a comma (`Goldman, Sachs & Co`).

use super::*;

/// Offices a person holds in a body, which the tagger reads into the body's
/// name before the person's: `Federal Reserve Governor Lawrence Lindsey`.
const OFFICES: &[&str] = &[
    "Chairman",
    "Chairwoman",
    "Commissioner",
    "Director",
    "Governor",
    "President",
    "Spokesman",
    "Spokeswoman",
];

/// Offices that also end bodies' names (`Office of the Prime Minister`,
/// `Department of the Secretary`), or are more often said of a person
/// alone: cut at only before a person's name (`Fed Chair Jerome Powell`).
const OFFICES_BEFORE_NAMES: &[&str] = &["CEO", "Chair", "Chairperson"];

/// The spans (in text order, apart) with an organisation's name that goes
/// on past an office ([`OFFICES`]) cut there: the body before it stays an
/// organisation, and up to three capitalised words after it are a person
/// (`Federal Reserve Governor Lawrence Lindsey`, `Federal Air Traffic
/// Control Administration Director`), or at an office of
/// [`OFFICES_BEFORE_NAMES`] before a person's name (`Fed Chair Jerome
/// Powell`). Not when the body's part ends in a word in lower case (`Office
/// of the President`).
pub(super) fn offices_apart(text: &str, spans: Vec<Span>) -> Vec<Span> {
    // The organisations named alone, for a body of ordinary words before
    // an office of `OFFICES_BEFORE_NAMES` (`the Fed`; not `Finance`).
    let mut alone: Option<HashSet64> = None;
    let mut named_alone = |body: &str| {
        alone
            .get_or_insert_with(|| {
                spans
                    .iter()
                    .filter(|s| s.kind == Kind::Organisation)
                    .map(|s| s.name)
                    .collect()
            })
            .contains(&folded(body).name)
    };
    let mut body_of_its_own = |body: &str| {
        !body.split_byte(b' ').all(|w| common_word(w) || is_title(w))
            || is_organisation(&folded(body))
            || named_alone(body)
    };
    let mut cut = |s: &Span| -> Option<(Range<usize>, Option<Range<usize>>)> {
        if s.kind != Kind::Organisation {
            return None;
        }
        let surface = &text[s.range()];
        let mut at = 0;
        let mut before: Option<&str> = None;
        for word in surface.split_byte(b' ') {
            let named_after = OFFICES_BEFORE_NAMES.contains(&word);
            if OFFICES.contains(&word) || named_after {
                before.filter(|b| is_name_word(b))?;
                let body_end = s.start + at - 1;
                let person_start = s.start + at + word.len() + 1;
                let rest = text.get(person_start..s.end()).unwrap_or("");
                let person = (rest.split_byte(b' ').count() <= 3
                    && rest.split_byte(b' ').all(is_name_word))
                .then_some(person_start..s.end())
                .filter(|r| !r.is_empty());
                if (!rest.is_empty() || named_after) && person.is_none() {
                    return None;
                }
                // There, a person named in full, from a known given name.
                let in_full = || {
                    rest.split_once_byte(b' ')
                        .is_some_and(|(first, _)| given_name(first))
                };
                if named_after && !(in_full() && body_of_its_own(&text[s.start..body_end])) {
                    return None;
                }
                return Some((s.start..body_end, person));
            }
            before = Some(word);
            at += word.len() + 1;
        }
        None
    };
    let Some(first) = spans.iter().position(|s| cut(s).is_some()) else {
        return spans;
    };
    let cuts: Vec<_> = spans[first..].iter().map(&mut cut).collect();
    let mut out = Vec::with_capacity(spans.len() + 1);
    let mut spans = spans;
    out.extend(spans.drain(..first));
    for (s, cut) in spans.into_iter().zip(cuts) {
        match cut {
            Some((body, person)) => {
                out.push(Span::new(text, body, Kind::Organisation));
                if let Some(person) = person {
                    out.push(Span::new(text, person, Kind::Person));
                }
            }
            None => out.push(s),
        }
    }
    out
}

/// Abbreviated endings of firms' names, folded to lower case.
const ABBREVIATED: &[&str] = &[
    "co", "cos", "corp", "corpn", "inc", "ltd", "bros", "plc", "pty", "mfg", "assn", "intl",
];

/// Legal forms written after a comma (`Apple, Inc.`), folded to lower case.
const AFTER_COMMA: &[&str] = &[
    "inc", "ltd", "llc", "l.l.c", "co", "corp", "plc", "limited", "lp", "l.p",
];

/// Legal forms of other countries written after a comma (`Alisios Air,
/// S.L.`, `Botanas Garza, S.A. de C.V.`), folded to lower case, without
/// their last dot.
const FORMS_ABROAD: &[&str] = &[
    "s.a", "s.l", "s.a.s", "s.r.l", "s.p.a", "s.a.b", "n.v", "b.v", "gmbh", "ag", "pty", "lda",
    "ltda", "a/s",
];

/// Whether `word` (without its last dot) is one of [`FORMS_ABROAD`].
fn form_abroad(word: &str) -> bool {
    FORMS_ABROAD.iter().any(|f| word.eq_ignore_ascii_case(f))
}

/// What follows `S.A.` in a Mexican firm's name.
const MEXICAN_REST: &str = " de C.V.";

/// Whether `word` (without a final dot) is an abbreviated firm's ending.
fn abbreviated(word: &str) -> bool {
    ABBREVIATED.iter().any(|a| word.eq_ignore_ascii_case(a))
}

/// `word` without its final dot when it is an abbreviated firm's ending
/// (`Co.` of `Fahnestock & Co.`), else whole.
pub(super) fn without_abbreviation_dot(text: &str, word: Range<usize>) -> Range<usize> {
    match text[word.clone()].strip_suffix('.') {
        Some(body) if abbreviated(body) => word.start..word.end - 1,
        _ => word,
    }
}

/// Whether the dot at `dot` ends an abbreviation and not also the sentence:
/// more of the line follows it, past spaces and a closing quote or
/// bracket, and no letter or digit joins it (`Co.uk`).
fn dot_belongs(text: &str, dot: usize) -> bool {
    let rest = &text[dot + 1..];
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let rest = rest.trim_start_matches(' ');
    let rest = rest
        .strip_prefix(['"', '\'', '\u{201d}', '\u{2019}', ')'])
        .unwrap_or(rest)
        .trim_start_matches(' ');
    !(rest.is_empty() || rest.starts_with(['\n', '\r', '\u{2028}', '\u{2029}']))
}

/// Verbs after a possessive standing for a business (`Boatmen's was
/// shopping itself`, `Sainsbury's said`).
const AFTER_A_BUSINESS: &str = "agreed announced expects fell gained had has is posted reported rose said \
     says sells sold was will";

/// Nouns that a person's name and a possessive name an illness, a law or a
/// rule by (`Crohn's disease`, `Murphy's law`).
const EPONYMS: &[&str] = &[
    "disease",
    "law",
    "paradox",
    "principle",
    "razor",
    "rule",
    "syndrome",
    "theorem",
];

/// The possessive ending right at `at`, if one is there: its length.
fn possessive_at(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    ["'s", "\u{2019}s"]
        .into_iter()
        .find(|p| {
            rest.starts_with(p) && !rest[p.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .map(str::len)
}

/// Words before a possessive name that make it a business visited (`went
/// to McDonald's`, `bought it at Sainsbury's`).
const TO_A_BUSINESS: &[&str] = &["at", "from", "into", "outside", "to"];

/// Words that may follow a business's possessive name where it qualifies
/// no noun (`at McDonald's and`, `from Sainsbury's yesterday`).
const AFTER_A_VISIT: &str = "again and but earlier for last later on or so then today tomorrow \
     tonight yesterday";

/// Whether the possessive name from `start` to `end` is a business visited:
/// after one of [`TO_A_BUSINESS`], with nothing after it but punctuation,
/// the line's end or one of [`AFTER_A_VISIT`] (`after`, the word after it).
fn visited(text: &str, start: usize, end: usize, after: Option<Range<usize>>) -> bool {
    static AFTER: OnceLock<HashSet64> = OnceLock::new();
    let to = word_before(text, start).is_some_and(|w| TO_A_BUSINESS.contains(&&text[w]));
    let alone = match text[end..].chars().next() {
        None | Some('.' | ',' | ';' | ':' | '!' | '?' | ')' | '\n') => true,
        Some(' ') => after.is_some_and(|w| {
            let word = text[w.clone()].trim_end_matches(|c: char| !c.is_alphanumeric());
            w.start == end + 1 && among(&AFTER, AFTER_A_VISIT, word)
        }),
        Some(_) => false,
    };
    to && alone
}

/// Prepositions after a possessive name that show it qualifies no noun
/// when a name follows them (`Biju's near Civil Station`).
const LONE_AFTER: &[&str] = &["at", "by", "in", "near", "on", "til", "till", "until"];

/// Places to eat or drink that a business's possessive name may come
/// before, in lower case.
const ESTABLISHMENTS: &[&str] = &[
    "bakery",
    "bar",
    "bistro",
    "brasserie",
    "brewery",
    "cafe",
    "café",
    "deli",
    "diner",
    "pizzeria",
    "pub",
    "restaurant",
    "tavern",
    "trattoria",
];

/// The spans (in text order, apart) with businesses named by a possessive
/// (`Boatmen's`, `Sainsbury's`) made organisations, the possessive
/// included, at every mention written with it: a name is one when, with
/// its possessive, it is the subject of a verb (`Boatmen's was shopping
/// itself`), or a place visited that qualifies no noun ([`visited`]: `went
/// to McDonald's and`). An organisation's name right after such a mention is part of
/// it (`Boatmen's Bancshares Inc.`). Not a given name (`John's was
/// better`), the last name of a person named in full in the text
/// (`Murdoch's was` after `Rupert Murdoch`), nor a name that an illness or
/// a law is named by ([`EPONYMS`]: `Crohn's is an inflammation` after
/// `Crohn's disease`). A title's possessive visited is a ground, a place
/// at every mention written with it (`at Lord's`).
pub(super) fn possessive_businesses(text: &str, spans: Vec<Span>) -> Vec<Span> {
    static VERBS: OnceLock<HashSet64> = OnceLock::new();
    let mut businesses = HashSet64::default();
    let mut grounds = HashSet64::default();
    let mut lone_grounds = Vec::new();
    for s in &spans {
        let Some(p) = possessive_at(text, s.end()) else {
            continue;
        };
        let surface = &text[s.range()];
        let after = word_after(text, s.end() + p);
        let subject = after.clone().is_some_and(|w| {
            let verb = text[w].trim_end_matches(|c: char| !c.is_alphanumeric());
            among(&VERBS, AFTER_A_BUSINESS, verb)
        });
        // A place to eat or drink named by its possessive (`Gallo's deli`,
        // `Speight's brewery`); not a shop, which is a person's as often.
        let establishment = after.clone().is_some_and(|w| {
            let noun = text[w].trim_end_matches(|c: char| !c.is_alphanumeric());
            ESTABLISHMENTS.contains(&noun)
        });
        // A title's, visited, is a ground (`at Lord's`), a place.
        let title = is_title(surface);
        let visit = visited(text, s.start, s.end() + p, after.clone());
        if visit && title && surface.starts_with(char::is_uppercase) {
            grounds.insert(fold_hash(surface));
        }
        if (subject || establishment || (visit && !title))
            && !given_name(surface)
            && surface.starts_with(char::is_uppercase)
            && !surface.contains(|c: char| c.is_whitespace())
        {
            businesses.insert(fold_hash(surface));
        }
        // A body's or a place's possessive that qualifies no noun, of one
        // word or more (`the big Sainsbury's.`, `McDonagh's on Quay
        // Street`, `St Mary's in Darwin`): the business's or the ground's
        // name.
        let lone = || match text[s.end() + p..].chars().next() {
            // Not before a comma, which a list of possessives before
            // their noun has (`Britain's, France's and Italy's ministers`).
            None | Some('.' | ';' | ':' | '!' | '?' | ')' | '\n') => true,
            // A preposition only before a capitalised name (`McDonagh's on
            // Quay Street`), as `'s` may be `is` (`Google's in talks`).
            Some(' ') => after.clone().is_some_and(|w| {
                let word = &text[w.clone()];
                w.start == s.end() + p + 1
                    && (matches!(word, "are" | "were")
                        || LONE_AFTER.contains(&word)
                            && word_after(text, w.end)
                                .is_some_and(|n| text[n].starts_with(char::is_uppercase)))
            }),
            Some(_) => false,
        };
        if s.kind != Kind::Person
            && surface.starts_with(char::is_uppercase)
            && (surface.has_byte(b' ') || !given_name(surface))
            && surface.contains(char::is_lowercase)
            && lone()
        {
            if s.kind != Kind::Place {
                businesses.insert(fold_hash(surface));
            } else if !listed_country(surface) {
                lone_grounds.push(fold_hash(surface));
            }
        }
    }
    // A place's that is a business's elsewhere is the business's (`a bag
    // from Primark's`).
    grounds.extend(lone_grounds.into_iter().filter(|g| !businesses.contains(g)));
    if businesses.is_empty() && grounds.is_empty() {
        return spans;
    }
    // Nor the name of an illness or a law (`Crohn's disease ... Crohn's is
    // an inflammation`).
    for s in &spans {
        if let Some(p) = possessive_at(text, s.end())
            && word_after(text, s.end() + p).is_some_and(|w| {
                let noun = text[w].trim_end_matches(|c: char| !c.is_alphanumeric());
                EPONYMS.contains(&noun)
            })
        {
            businesses.remove(&fold_hash(&text[s.range()]));
        }
    }
    // Names of people named in full in the text, by their last word.
    let named: HashSet64 = spans
        .iter()
        .filter(|s| s.kind == Kind::Person)
        .filter_map(|s| text[s.range()].rsplit_once_byte(b' '))
        .map(|(_, last)| fold_hash(last))
        .collect();
    businesses.retain(|b| !named.contains(b));
    let mut out = Vec::with_capacity(spans.len());
    let mut spans = spans.into_iter().peekable();
    while let Some(s) = spans.next() {
        let key = fold_hash(&text[s.range()]);
        let Some(p) = possessive_at(text, s.end())
            .filter(|_| businesses.contains(&key) || grounds.contains(&key))
        else {
            out.push(s);
            continue;
        };
        if grounds.contains(&key) {
            out.push(Span::new(text, s.start..s.end() + p, Kind::Place));
            continue;
        }
        let mut end = s.end() + p;
        // `Boatmen's Bancshares Inc.`
        if let Some(next) = spans.next_if(|n| {
            n.kind == Kind::Organisation && n.start == end + 1 && text.as_bytes()[end] == b' '
        }) {
            end = next.end();
        }
        out.push(Span::new(text, s.start..end, Kind::Organisation));
    }
    out
}

/// The spans (in text order, apart) with each organisation's name taking in
/// a legal form after a comma (`Ferris, Baker Watts, Inc`) and the dot of
/// an abbreviated last word where the sentence goes on after it (`Microsoft
/// Corp. and IBM`, not `bought Lear Corp.` at a sentence's end).
pub(super) fn with_their_endings(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    // Campuses' spans, taken into their universities' names.
    let mut taken = vec![false; spans.len()];
    for i in 0..spans.len() {
        if taken[i] {
            continue;
        }
        let s = &spans[i];
        let mut limit = spans.get(i + 1).map_or(text.len(), |n| n.start);
        // A club's year after its town (`Mainz 05`, `Schalke 04`), a
        // country's team (`the Greece national team`; the tagger may have
        // called the country an organisation already).
        // `1. FC Köln`: a German club's number before its abbreviation.
        let before = if i == 0 { 0 } else { spans[i - 1].end() };
        let start = club_number_before(text, s.start)
            .filter(|&n| n >= before && s.kind != Kind::Person)
            .unwrap_or(s.start);
        if s.kind != Kind::Person
            && let Some(year) = club_year_after(text, s.end()).or_else(|| {
                (s.kind == Kind::Place || listed_place(&text[s.range()]))
                    .then(|| national_team_after(text, s.end()))
                    .flatten()
            })
            && year <= limit
        {
            spans[i] = Span::new(text, start..year, Kind::Organisation);
            continue;
        }
        if s.kind != Kind::Organisation {
            continue;
        }
        let mut end = s.end();
        // `, Inc`, also after an abbreviation's dot (`Co., Ltd.`).
        let comma = if text[end..].starts_with(".,")
            && abbreviated(text[s.range()].rsplit_byte(b' ').next().unwrap_or(""))
        {
            end + 1
        } else {
            end
        };
        if text[comma..].starts_with(", ")
            && let Some(w) = word_after(text, comma + 1)
        {
            let bare = trim_edges(text, w.clone());
            let word = text[bare.clone()].trim_end_matches('.');
            let mut form = bare.start..bare.start + word.len();
            // A form with dots inside keeps its last (`S.L.`), and a
            // Mexican one its rest (`S.A. de C.V.`).
            if word.contains('.') && text[form.end..].starts_with('.') {
                form.end += 1;
            }
            if word.eq_ignore_ascii_case("s.a") && text[form.end..].starts_with(MEXICAN_REST) {
                form.end += MEXICAN_REST.len();
            }
            // The spans the tagger put on the form alone (`S.L.`, `Ltd.`):
            // inside it, or over its dot.
            let dot = usize::from(text[form.end..].starts_with('.'));
            let over = (i + 1..spans.len())
                .take_while(|&j| spans[j].start < form.end)
                .collect::<Vec<_>>();
            let inside = over
                .iter()
                .all(|&j| spans[j].start >= form.start && spans[j].end() <= form.end + dot);
            if inside
                && word.starts_with(|c: char| c.is_uppercase())
                && (AFTER_COMMA.iter().any(|a| word.eq_ignore_ascii_case(a)) || form_abroad(word))
            {
                end = form.end;
                for &j in &over {
                    taken[j] = true;
                }
                let next = over.last().map_or(i + 1, |&j| j + 1);
                limit = spans.get(next).map_or(text.len(), |n| n.start);
            }
        }
        // `University of California, Irvine`: a campus in a city, not a
        // country, state or region (`University of Oxford, England`).
        if end == s.end()
            && let Some(campus) = campus_after(text, s)
        {
            // The city's own span, if it has one, goes into the name.
            let next = spans.get(i + 1);
            let own = next.is_some_and(|n| n.start < campus);
            if !own || next.is_some_and(|n| n.start == s.end() + 2 && n.end() == campus) {
                if own {
                    taken[i + 1] = true;
                }
                end = campus;
            }
        }
        // `Corp.`
        let last = text[s.start..end].rsplit_byte(b' ').next().unwrap_or("");
        if text[end..].starts_with('.')
            && end < limit
            && abbreviated(last)
            && dot_belongs(text, end)
        {
            end += 1;
        }
        if end != s.end() || start != s.start {
            spans[i] = Span::new(text, start..end, Kind::Organisation);
        }
    }
    without_taken(spans, &taken)
}

/// The abbreviations German clubs' names start with, after which a number
/// may come first (`1. FC Köln`, `1. FSV Mainz 05`).
const CLUB_ABBREVIATIONS: &[&str] = &[
    "FC", "FSV", "SC", "SV", "TSV", "VfB", "VfL", "VfR", "SpVgg", "SSV", "BFC", "FFC", "CfR",
];

/// Where a club's number starts when one comes before a name starting at
/// `start` with a club's abbreviation (`1. FC Köln`): `1.` and a space, at
/// the start of a word; at a line's start, not when the next line goes on
/// with `2.`, as a numbered list or a table of standings does.
fn club_number_before(text: &str, start: usize) -> Option<usize> {
    let first = text.get(start..)?.split_byte(b' ').next()?;
    if !CLUB_ABBREVIATIONS.contains(&first) {
        return None;
    }
    let at = text.get(..start)?.strip_suffix("1. ")?.len();
    let previous = text[..at].chars().next_back();
    let line_start = previous.is_none_or(|c| c == '\n');
    let word_start =
        previous.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201c}'));
    let listed = line_start
        && text[start..]
            .split_once('\n')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with("2."));
    (word_start && !listed).then_some(at)
}

/// Where a club's two-digit year with a leading zero ends, when one follows
/// `end` after a space (`Mainz 05`, `Schalke 04`): no score or date has a
/// leading zero.
fn club_year_after(text: &str, end: usize) -> Option<usize> {
    let b = text.as_bytes().get(end..)?;
    if b.len() < 3 || b[0] != b' ' || b[1] != b'0' || !b[2].is_ascii_digit() {
        return None;
    }
    // Not a longer number, a time or a decimal (`09.30`, `05:00`, `04/05`).
    let after = &b[3..];
    let joined = after
        .first()
        .is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'/'))
        || (after
            .first()
            .is_some_and(|&c| matches!(c, b'.' | b':' | b','))
            && after.get(1).is_some_and(u8::is_ascii_digit));
    (!joined).then_some(end + 3)
}

/// Where the city after a university's name and a comma ends, when it is
/// one (`University of California, Irvine`, `University of Texas, El
/// Paso`, `University College, Ibadan`): the name holds `University of`
/// or is `University College`, the city is one to
/// three capitalised words to the end of the clause, and the gazetteer
/// knows it as a city and not as a country, state or region.
fn campus_after(text: &str, s: &Span) -> Option<usize> {
    use crate::entities::geo::GeoKind;
    let surface = &text[s.range()];
    if !(surface.starts_with("University of ")
        || surface.contains(" University of ")
        || surface == "University College")
    {
        return None;
    }
    let (city, kinds) = placed_after_comma(text, s.end())?;
    let campus = kinds
        .iter()
        .any(|k| matches!(k, GeoKind::City | GeoKind::Capital))
        && !kinds
            .iter()
            .any(|k| matches!(k, GeoKind::Country | GeoKind::State | GeoKind::Region));
    campus.then_some(city.end)
}

/// Where `national team` ends when it follows `end` after a space, with up
/// to two lower-case words before `team`, `side` or `squad` (`national
/// football team`, `national rugby union side`).
fn national_team_after(text: &str, end: usize) -> Option<usize> {
    let rest = text[end..].strip_prefix(" national ")?;
    let mut at = end + " national ".len();
    for word in rest.split_byte(b' ').take(3) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty() || !bare.chars().all(|c| c.is_lowercase()) {
            return None;
        }
        at += bare.len();
        if matches!(bare, "team" | "side" | "squad") {
            return Some(at);
        }
        if bare.len() < word.len() {
            return None;
        }
        at += 1;
    }
    None
}

/// The spans (in text order, apart) with the partner named before a comma
/// joined to a firm's name that runs on to `& Co` or `& Sons` (`Kalf,
/// Voorhis & Co`, `Goldman, Sachs & Co`): one capitalised word, no
/// ordinary word, listed place or place's span, and not itself after
/// another capitalised word (`Merrill Lynch, Goldman Sachs & Co` are two).
pub(super) fn with_partners_before(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut taken = vec![false; spans.len()];
    for i in 0..spans.len() {
        let s = &spans[i];
        let surface = &text[s.range()];
        if s.kind != Kind::Organisation || !surface.contains(" & ") {
            continue;
        }
        let Some(w) = word_before(text, s.start) else {
            continue;
        };
        let Some(word) = text[w.clone()].strip_suffix(',') else {
            continue;
        };
        let w = w.start..w.end - 1;
        let Some(own) = own_span_before(&spans, i, &w, Kind::Place) else {
            continue;
        };
        let named_before = word_before(text, w.start).is_some_and(|p| {
            let p = &text[p];
            is_name_word(p) && !p.ends_with([',', '.', ':', ';'])
        });
        if !is_name_word(word)
            || !word.chars().all(char::is_alphabetic)
            || common_words().contains(&fold_hash(word))
            || common_word(word)
            || listed_place(word)
            || named_before
        {
            continue;
        }
        if own {
            taken[i - 1] = true;
        }
        spans[i] = Span::new(text, w.start..s.end(), Kind::Organisation);
    }
    without_taken(spans, &taken)
}

/// The spans (in text order, apart) with a capitalised ordinary word, `and`
/// and a name that ends in an organisation's word made one organisation,
/// whatever the tagger took the pieces for: a body named for two fields
/// (`Food and Drug Administration`, `Fish and Wildlife Service`). Not a
/// body, a place or a listed company before `and` (`House and Senate`,
/// `Nationwide and Coventry Building Society`, `Apple and Google
/// Research`), nor a word that starts a sentence.
pub(super) fn bodies_of_two_fields(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_pairs(text, spans, |a, b| {
        if text.get(a.end()..b.start) != Some(" and ") {
            return None;
        }
        let first = &text[a.range()];
        let last = text[b.range()].rsplit_byte(b' ').next().unwrap_or_default();
        (a.kind != Kind::Organisation
            && !first.has_byte(b' ')
            && first.starts_with(|c: char| c.is_ascii_uppercase())
            && organisation_words().contains(&fold_hash(last))
            && evidence::common_word(first)
            && !listed_place(first)
            && !evidence::wide_place(first)
            && !evidence::listed_firm(first)
            && !starts_sentence(text, a.start))
        .then_some(Kind::Organisation)
    })
}

/// The spans (in text order, apart) with a body's name of the shape `<body>
/// of <field>` or `<body> for <field>` going on through `and` and up to
/// three capitalised words, the last a dictionary word (`Institute of Space
/// and Astronautical Science`, `National Institute for Health and Care
/// Excellence`, `Department of Health and Human Services`), maybe after a
/// list of such words parted by commas (`Ministry of Trade, Industry and
/// Energy`): not through a
/// place's or a person's name, nor to a name outside the dictionary (`the
/// Bank of England and Barclays` are two), nor to a body's own name (`the
/// Institute of Technology and Harvard Medical School`).
pub(super) fn bodies_across_and(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut taken = vec![false; spans.len()];
    for i in 0..spans.len() {
        let s = &spans[i];
        if s.kind != Kind::Organisation || taken[i] {
            continue;
        }
        let surface = &text[s.range()];
        let Some(head) = surface.find(" of ").or_else(|| surface.find(" for ")) else {
            continue;
        };
        let bodied = surface[..head]
            .split_byte(b' ')
            .any(|w| organisation_words().contains(&fold_hash(w)));
        if !bodied {
            continue;
        }
        // A list before `and`, each an ordinary word in capitals after a
        // comma (`Ministry of Trade, Industry and Energy`).
        let mut at = s.end();
        while text[at..].starts_with(", ") {
            let Some(w) = word_after(text, at + 1) else {
                break;
            };
            let word = &text[w.clone()];
            let after = &text[w.end..];
            if w.start != at + 2
                || !is_name_word(word)
                || !common_word(word)
                || !(after.starts_with(", ") || after.starts_with(" and "))
            {
                break;
            }
            at = w.end;
        }
        if !text[at..].starts_with(" and ") {
            continue;
        }
        // The capitalised words after `and`.
        let mut end = at + " and".len();
        let mut words = 0;
        while words < 3 {
            let Some(w) = word_after(text, end) else {
                break;
            };
            let bare = trim_edges(text, w.clone());
            let word = &text[bare.clone()];
            if bare.start != w.start || !is_name_word(word) {
                break;
            }
            end = bare.end;
            words += 1;
            if bare.end < w.end {
                break;
            }
        }
        if words == 0 {
            continue;
        }
        let field = s.end()..end;
        let named_on = word_after(text, end).is_some_and(|w| {
            let bare = trim_edges(text, w.clone());
            bare.start == w.start && is_name_word(&text[bare])
        });
        // Ending in a dictionary word; and not a body's own name, a name
        // then an organisation's word (`Massachusetts Institute of
        // Technology and Harvard Medical School` are two).
        let after_and = &text[at + " and ".len()..end];
        let last = after_and.rsplit_byte(b' ').next().unwrap_or("");
        let first = after_and.split_byte(b' ').next().unwrap_or("");
        let own_name = !common_word(first) && organisation_words().contains(&fold_hash(last));
        if named_on || !common_word(last) || own_name {
            continue;
        }
        // Spans over the words: organisations' only, each inside them.
        let over: Vec<usize> = (i + 1..spans.len())
            .take_while(|&j| spans[j].start < field.end)
            .collect();
        let inside = over.iter().all(|&j| {
            spans[j].kind == Kind::Organisation
                && spans[j].start >= field.start
                && spans[j].end() <= field.end
        });
        if !inside {
            continue;
        }
        for j in over {
            taken[j] = true;
        }
        spans[i] = Span::new(text, s.start..field.end, Kind::Organisation);
    }
    without_taken(spans, &taken)
}

/// The spans (in text order, apart) with two short names in capitals parted
/// by a slash alone made one organisation when either is one (`AC/DC`,
/// `ZA/UM`); not two places (`US/UK`), nor a person's name.
pub(super) fn across_slashes(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let capitals = |s: &Span| {
        (1..=5).contains(&s.len()) && text[s.range()].bytes().all(|b| b.is_ascii_uppercase())
    };
    super::joined_pairs(text, spans, |a, b| {
        (text.get(a.end()..b.start) == Some("/")
            && capitals(a)
            && capitals(b)
            && (a.kind == Kind::Organisation || b.kind == Kind::Organisation)
            && a.kind != Kind::Person
            && b.kind != Kind::Person)
            .then_some(Kind::Organisation)
    })
}

/// Whether `word` (without a final dot) is a legal form written after a
/// firm's name, short or after a comma (`Inc`, `Ltd`, `LLC`).
fn legal_form(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    abbreviated(word) || AFTER_COMMA.iter().any(|f| word.eq_ignore_ascii_case(f))
}

/// Legal forms written in full or in other countries' ways, which end a
/// company's name as those of [`legal_form`] do (`Nokia Corporation`,
/// `Bayer AG`).
const OTHER_LEGAL_FORMS: &[&str] = &[
    "a/s",
    "ag",
    "asa",
    "corporation",
    "gmbh",
    "incorporated",
    "lda",
    "ltda",
    "nv",
    "oyj",
    "pte",
    "pvt",
    "sdn",
    "spa",
];

/// Whether `word` is a firm's legal form of either list, [`legal_form`]'s or
/// [`OTHER_LEGAL_FORMS`] (compared folded and without dots: `N.V.`, `AG`).
pub(super) fn firm_ending(word: &str) -> bool {
    legal_form(word) || OTHER_LEGAL_FORMS.iter().any(|f| dotless_is(word, f))
}

/// The name before the legal form that ends `surface`, a firm's name
/// (`Johnson Controls` of `Johnson Controls Inc`, `Lear` of `Lear Corp.`),
/// if one ends it.
pub(super) fn name_before_legal_form(surface: &str) -> Option<&str> {
    surface
        .rsplit_once_byte(b' ')
        .filter(|&(_, form)| firm_ending(form))
        .map(|(name, _)| name)
}

/// The spans, with each mention the tagger called a place of a name that is
/// an organisation's in the text with a legal form after it made the
/// organisation's (`Nokia sold` beside `Nokia Corporation`); not after a
/// word that marks a place (`born in Nokia`).
pub(super) fn places_named_as_firms(text: &str, spans: &mut [Span]) {
    let mut firms = HashSet64::default();
    for s in spans.iter().filter(|s| s.kind == Kind::Organisation) {
        if let Some(name) = name_before_legal_form(&text[s.range()]) {
            firms.insert(place_key(name));
        }
    }
    if firms.is_empty() {
        return;
    }
    for s in spans
        .iter_mut()
        .filter(|s| s.kind == Kind::Place && firms.contains(&s.place))
    {
        if !word_before(text, s.start).is_some_and(|w| marks_place(&text[w], true)) {
            s.kind = Kind::Organisation;
        }
    }
}

/// The spans (in text order, apart) with each name the tagger took for a
/// person's that ends in a country's name made an organisation's: a
/// company's branch in that country (`Jumia Ghana`, `MTN Nigeria`,
/// `Vodafone Egypt`). Not a name whose first word is a given name, nor one
/// whose last word is a given or family name too (`Michael Jordan`,
/// `Chad`).
pub(super) fn branches_by_country(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| s.kind == Kind::Person) {
        let surface = &text[s.range()];
        let Some((head, last)) = surface.rsplit_once_byte(b' ') else {
            continue;
        };
        let first = head.split_byte(b' ').next().unwrap_or(head);
        // The lists of names first: the country's lookup costs more.
        if !given_name(first)
            && !is_title(first)
            && !given_name(last)
            && !family_name(last)
            && listed_country(last)
        {
            s.kind = Kind::Organisation;
        }
    }
    spans
}

/// Where the bracket closes of a place's name in brackets right after
/// `end` (` (UK)`, ` (Suzhou)`, ` (North America)`): one to three
/// capitalised words of letters that a list knows for a place's, with a
/// space before the bracket and after it (not ` (Holdings)`).
fn place_in_brackets_after(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?.strip_prefix(" (")?;
    let close = rest.get(..rest.len().min(32))?.find(')')?;
    let inner = &rest[..close];
    let words = inner.split(' ').count();
    let letters = inner
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '.');
    (letters
        && (1..=3).contains(&words)
        && inner.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && rest[close + 1..].starts_with(' ')
        && (listed_place(inner)
            || evidence::wide_place(inner)
            || places::place_alias_by_key(place_key(inner)).is_some()))
    .then_some(end + 2 + close)
}

/// Clubs' abbreviations written after their names, folded, without dots
/// (`Wrexham A.F.C.`, `Swansea FC`).
const CLUB_ENDINGS: &[&str] = &["fc", "afc", "cf", "sc"];

/// The spans (in text order, apart) with a name of any kind that a legal
/// form or a club's abbreviation follows after one space made one
/// organisation with it, whether the tagger left that word out or took it
/// alone for an organisation (`Cardiff plc`, `as Riverside A.F.C. and`,
/// `John Lewis plc`, `Lear Corp.`), also past a place in brackets
/// (`Haldorsen Subsea (UK) Ltd`) and, for another country's form, past a
/// comma (`Sonamar Serviços, Lda`; an organisation's comma is
/// [`with_their_endings`]'s). An abbreviation with dots inside keeps its last dot
/// (`A.F.C.`); another's is left to [`with_their_endings`].
pub(super) fn named_with_legal_forms(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut taken = vec![false; spans.len()];
    for i in 0..spans.len() {
        let s = &spans[i];
        if taken[i] {
            continue;
        }
        // What may follow, told from two bytes first (most names have a
        // word in small letters after them).
        let maybe = match text.as_bytes().get(s.end()..s.end() + 2) {
            Some(&[b' ', c]) => c.is_ascii_uppercase() || c == b'(' || c == b'p',
            Some(b", ") => s.kind != Kind::Organisation,
            _ => false,
        };
        if !maybe {
            continue;
        }
        // The form may come after a place in brackets (`Haldorsen Subsea
        // (UK) Ltd`), or after a comma when it is another country's
        // (`Sonamar Serviços, Lda`).
        let bracket = place_in_brackets_after(text, s.end());
        let gap = bracket.map_or(s.end(), |close| close + 1);
        let comma = bracket.is_none() && text[gap..].starts_with(", ");
        let gap = gap + usize::from(comma);
        let Some(w) = word_after(text, gap).filter(|w| w.start == gap + 1) else {
            continue;
        };
        let word = text[w.clone()].trim_end_matches([',', ';', ':', ')', '"', '\'']);
        let bare = word.trim_end_matches('.');
        // With a capital first (`plc` too), and short.
        let shaped = bare.starts_with(|c: char| c.is_ascii_uppercase()) || bare == "plc";
        if !shaped || bare.len() > 12 {
            continue;
        }
        // Compared folded, without dots (`A.F.C.` is `afc`).
        let ending = if comma {
            s.kind != Kind::Organisation && form_abroad(bare)
        } else {
            firm_ending(bare)
                || (bracket.is_none() && CLUB_ENDINGS.iter().any(|f| dotless_is(bare, f)))
        };
        // Not a word of a longer name (`Co` of `Co Durham`); a comma after
        // the form ends it (`Haldorsen Subsea A/S, Personnel Department`).
        let more = text[w.clone()] == *word
            && word_after(text, w.end).is_some_and(|n| is_name_word(&text[n]));
        if !ending || (more && bare == word) {
            continue;
        }
        // `SC` after a person's name in full is a senior counsel's
        // (`Rebecca Tan SC, for the regulator`).
        let surface = &text[s.range()];
        if s.kind == Kind::Person
            && bare == "SC"
            && surface
                .split_once_byte(b' ')
                .is_some_and(|(first, _)| evidence::attested_given_name(first))
        {
            continue;
        }
        let end = w.start
            + if bare.contains('.') {
                word.len()
            } else {
                bare.len()
            };
        // The next span, if it starts in the word, is that word alone; any
        // in the brackets go into the name too.
        let inside = |n: &Span| bracket.is_some_and(|close| n.end() <= close);
        let over: Vec<usize> = (i + 1..spans.len())
            .take_while(|&j| spans[j].start < end)
            .collect();
        if over.iter().any(|&j| {
            let n = &spans[j];
            !inside(n)
                && (n.start != w.start
                    || n.end() > end
                    || (n.kind != Kind::Organisation && bracket.is_none() && !comma))
        }) {
            continue;
        }
        for j in over {
            taken[j] = true;
        }
        spans[i] = Span::new(text, s.start..end, Kind::Organisation);
    }
    super::without_taken(spans, &taken)
}

/// The spans (in text order, apart) with a firm's name that is a listed
/// place and a legal form joined to the name before `of` (`Gold Fields of
/// South Africa Ltd`, `Bank of Tokyo Ltd`): a person's or an
/// organisation's span, not a place's, nor a title (`Chairman of`).
pub(super) fn firms_of_places(text: &str, spans: Vec<Span>) -> Vec<Span> {
    super::joined_pairs(text, spans, |a, b| {
        let firm = &text[b.range()];
        let legal = firm
            .rsplit_once_byte(b' ')
            .is_some_and(|(place, last)| legal_form(last) && listed_place(place));
        let owner = &text[a.range()];
        (b.kind == Kind::Organisation
            && a.kind != Kind::Place
            && legal
            && text.get(a.end()..b.start) == Some(" of ")
            && !owner.split_byte(b' ').any(is_title))
        .then_some(Kind::Organisation)
    })
}

/// The spans (in text order, apart) with an organisation's name that ends
/// with an organisation's word taking in the name before `and` when `the`
/// comes before that (`the Victoria and Albert Museum`, `the Calumet and
/// Hecla Mining Company`): one capitalised word, or two or three that are
/// ordinary words and no organisation's, the last an adjective (`the
/// Commonwealth Scientific and Industrial Research Organisation`; not `the
/// White House and State Department`); a place's or an organisation's or
/// none, but not a person's.
pub(super) fn joined_across_and(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut taken = vec![false; spans.len()];
    for i in 0..spans.len() {
        let s = &spans[i];
        if s.kind != Kind::Organisation || !text[..s.start].ends_with(" and ") {
            continue;
        }
        let f = folded(&text[s.range()]);
        let ends_named = f.words.len() > 1
            && f.words
                .last()
                .is_some_and(|w| organisation_words().contains(w));
        if !ends_named {
            continue;
        }
        // The capitalised words before `and`, back to `the`.
        let name_word = |w: &str| is_name_word(w) && w.chars().all(char::is_alphabetic);
        let mut words: Vec<Range<usize>> = Vec::new();
        let mut at = s.start - 4;
        let after_the = loop {
            let Some(w) = word_before(text, at) else {
                break false;
            };
            let word = &text[w.clone()];
            if matches!(word, "the" | "The") && !words.is_empty() {
                break true;
            }
            if words.len() == 3 || !name_word(word) {
                break false;
            }
            at = w.start;
            words.push(w);
        };
        let ordinary = |w: &Range<usize>| {
            let word = &text[w.clone()];
            common_word(word) && !organisation_words().contains(&fold_hash(word))
        };
        // Several words end in an adjective, which ends no name of its own
        // (`Scientific`; not `the White House and State Department`).
        let adjective = |w: &Range<usize>| {
            ["ic", "al", "ive", "ous", "ary"]
                .iter()
                .any(|end| text[w.clone()].ends_with(end))
        };
        if !after_the || (words.len() > 1 && !(words.iter().all(ordinary) && adjective(&words[0])))
        {
            continue;
        }
        let a = words[words.len() - 1].start..words[0].end;
        let Some(own) = own_span_before(&spans, i, &a, Kind::Person) else {
            continue;
        };
        if own {
            taken[i - 1] = true;
        }
        spans[i] = Span::new(text, a.start..s.end(), Kind::Organisation);
    }
    without_taken(spans, &taken)
}

/// The spans, with each name the tagger called a place that ends with an
/// organisation's word made an organisation (`Thames Valley Police`,
/// `Kenya Ports Authority`): not a listed place (`West Bank`, `Russian
/// Federation`), nor one in capitals.
pub(super) fn bodies_among_places(text: &str, spans: &mut [Span]) {
    for s in spans.iter_mut().filter(|s| s.kind == Kind::Place) {
        let surface = &text[s.range()];
        let Some((_, last)) = surface.rsplit_once_byte(b' ') else {
            continue;
        };
        if organisation_words().contains(&fold_hash(last))
            && surface.chars().any(char::is_lowercase)
            && !listed_place(surface)
            && place_alias_by_key(s.place).is_none()
            && !super::untagged::department_named(surface)
        {
            s.kind = Kind::Organisation;
        }
    }
}

/// Whether the word `w` before span `i` is the span before it (`Some(true)`)
/// or lies outside every span (`Some(false)`); `None` when a span covers it
/// otherwise or is of the kind `not`.
fn own_span_before(spans: &[Span], i: usize, w: &Range<usize>, not: Kind) -> Option<bool> {
    match i.checked_sub(1).map(|p| &spans[p]) {
        Some(b) if b.end() > w.start => (b.range() == *w && b.kind != not).then_some(true),
        _ => Some(false),
    }
}

/// The spans (in text order, apart) with a name of one or two words that
/// the tagger took for a person's or a place's, right before a firm's name
/// of two or three words ended by a legal form, made one firm with it: the
/// tagger cut the firm's name after its first word (`Tūī` `Bioactives
/// Limited`).
pub(super) fn firms_cut_after_their_first_words(text: &str, spans: Vec<Span>) -> Vec<Span> {
    joined_at_spaces(text, spans, |a, b| {
        let (first, firm) = (&text[a.range()], &text[b.range()]);
        (a.kind != Kind::Organisation
            && b.kind == Kind::Organisation
            && first.split_byte(b' ').count() <= 2
            && (2..=3).contains(&firm.split_byte(b' ').count())
            && name_before_legal_form(firm).is_some())
        .then_some(Kind::Organisation)
    })
}

/// The length of the run of bytes at the start of `rest` that `keep`
/// takes, if it is `min` to `max` bytes long.
fn run(rest: &[u8], min: usize, max: usize, keep: impl Fn(u8) -> bool) -> Option<usize> {
    let len = rest.iter().take_while(|&&b| keep(b)).count();
    (min..=max).contains(&len).then_some(len)
}

/// The spans (in text order, apart) of `text[part]` with each stock
/// exchange's code before a firm's ticker in brackets an organisation, and
/// the ticker no name (`(ASX: YLL)`, `(NZX: TUI; ASX: TBL)`).
pub(super) fn exchanges_before_tickers(
    text: &str,
    part: Range<usize>,
    spans: Vec<Span>,
) -> Vec<Span> {
    let bytes = &text.as_bytes()[..part.end];
    let mut exchanges = Vec::new();
    let mut tickers: Vec<Range<usize>> = Vec::new();
    for open in memchr::memchr_iter(b'(', &bytes[part.start..]).map(|i| part.start + i) {
        let mut at = open + 1;
        while let Some(code) = run(&bytes[at..], 2, 6, |b| b.is_ascii_uppercase()) {
            let Some(rest) = bytes[at + code..].strip_prefix(b": ") else {
                break;
            };
            let ticker_at = at + code + 2;
            let Some(ticker) = run(rest, 1, 10, |b| {
                b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.'
            }) else {
                break;
            };
            let next = bytes.get(ticker_at + ticker);
            if !matches!(next, Some(b')' | b';' | b',')) {
                break;
            }
            exchanges.push(at..at + code);
            tickers.push(ticker_at..ticker_at + ticker);
            match bytes.get(ticker_at + ticker..ticker_at + ticker + 2) {
                Some(b"; " | b", ") => at = ticker_at + ticker + 2,
                _ => break,
            }
        }
    }
    if tickers.is_empty() {
        return spans;
    }
    let spans = without_spans_within(spans, &tickers);
    let added = exchanges
        .into_iter()
        .filter(|r| spans_over(&spans, r).is_empty())
        .map(|r| Span::new(text, r, Kind::Organisation))
        .collect();
    with_added(spans, added)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    /// The text of every organisation's mention linked from `src`
    /// ([`link_marked`]), entity by entity.
    fn organisation_texts(src: &str) -> Vec<String> {
        let (text, e) = link_marked(src);
        e.organisations
            .iter()
            .flat_map(|o| mention_texts(&text, o))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_firms_first_word_cut_off_by_the_tagger_is_joined_again() {
        let [people, _, orgs] = linked(
            "{P|T\u{16b}\u{12b}} {O|Bioactives Limited} signed. {P|T\u{16b}\u{12b} \
             Bioactives} said so. {P|Ana Silva} spoke.",
        );
        assert_eq!(people, ["Ana Silva"]);
        assert_eq!(orgs, ["T\u{16b}\u{12b} Bioactives Limited"]);
    }

    #[test]
    fn an_exchange_before_a_ticker_is_a_body_and_the_ticker_no_name() {
        let [_, _, orgs] = linked(
            "{O|Yarrabee Lithium Ltd} (ASX: {O|YLL}) rose; {O|T\u{16b}\u{12b} Bioactives \
             Limited} (NZX: {O|TUI}; {O|ASX}: TBL) fell. The {O|ASX} closed (up 2: {O|BHP}).",
        );
        assert_eq!(
            orgs,
            [
                "Yarrabee Lithium Ltd",
                "ASX",
                "T\u{16b}\u{12b} Bioactives Limited",
                "NZX",
                "BHP"
            ]
        );
    }

    #[test]
    fn a_business_named_by_a_possessive_is_an_organisation_with_it() {
        assert_eq!(
            organisation_texts(
                "The bid for {P|Boatmen}'s {O|Bancshares Inc.} was large. \"{P|Boatmen}\u{2019}s \
                 was shopping itself,\" he said. A premium for {P|Boatmen}'s stock."
            ),
            ["Boatmen's Bancshares Inc.", "Boatmen\u{2019}s", "Boatmen's"]
        );
        // Not a given name, a person named in full, or an illness.
        let (_, e) = link_marked(
            "{P|John}'s was better. {P|Rupert Murdoch} spoke; {P|Murdoch}'s said no. \
             Cases of {P|Crohn}'s disease rose. {P|Crohn}'s is an inflammation.",
        );
        assert!(e.organisations.is_empty(), "{e:?}");
        assert_eq!(names(&e.people), ["John", "Rupert Murdoch"]);
        // Before a place to eat or drink, but not a shop or a given name's.
        let (_, e) = link_marked(
            "Ask the staff at {L|Gallo}'s deli. He was a clerk at {O|Speight}'s brewery. \
             We met at {P|Patel}'s shop and at {P|Maria}'s bar.",
        );
        assert_eq!(names(&e.organisations), ["Gallo's", "Speight's"]);
        assert_eq!(names(&e.people), ["Patel", "Maria"]);
    }

    #[test]
    fn a_possessive_name_visited_and_qualifying_no_noun_is_a_business() {
        assert_eq!(
            organisation_texts(
                "We went to {P|McDonald}'s and then home. I bought it at {O|Sainsbury}\u{2019}s \
                 yesterday. A bag from {L|Primark}'s."
            ),
            ["McDonald's", "Sainsbury\u{2019}s", "Primark's"]
        );
        // Not before a noun, after another word, a given name's or a title's.
        let (_, e) = link_marked(
            "He went to {P|Clarke}'s house. I like {P|Moore}'s and more. She stayed at \
             {P|John}'s for a week. Rain at {L|Lord}'s today. Practice at {L|Lord}'s May 15.",
        );
        assert!(e.organisations.is_empty(), "{e:?}");
        // A title's visited is a ground, a place, at every mention.
        assert_eq!(names(&e.places), ["Lord's"]);
        assert_eq!(e.places[0].mentions.len(), 2);
    }

    #[test]
    fn a_bodys_or_a_places_possessive_that_qualifies_no_noun_is_its_name() {
        let (_, e) = link_marked(
            "She worked the tills at the big {O|Sainsbury}'s. Coffee at {O|McDonagh}'s on \
             Quay Street? He played for {O|St Mary}'s in Darwin. Four-nil at {L|St Andrew}'s; \
             {O|Haldiram}'s are open.",
        );
        assert_eq!(
            names(&e.organisations),
            ["Sainsbury's", "McDonagh's", "St Mary's", "Haldiram's"]
        );
        assert_eq!(names(&e.places), ["St Andrew's"]);
        // Not before a noun, a comma or a preposition and a word in lower
        // case (`'s` is `is`), nor a country's or an acronym's.
        let (_, e) = link_marked(
            "{O|Google}'s in talks. {O|Acme}'s profits rose. {L|Britain}'s, {L|France}'s and \
             {L|Italy}'s ministers met. It was {O|IBM}'s. The idea was {L|Spain}'s.",
        );
        let all: Vec<String> = e.all().map(|x| x.name.clone()).collect();
        assert!(all.iter().all(|n| !n.ends_with("'s")), "{all:?}");
    }

    #[test]
    fn an_office_cuts_a_bodys_name_from_the_persons_after_it() {
        let (_, e) = link_marked(
            "On CNBC, {O|Federal Reserve Governor Lawrence Lindsey} spoke. {O|Federal Air \
             Traffic Control Administration Director} Bill Voss agreed. He wrote to the \
             {O|Office of the President}.",
        );
        assert_eq!(
            names(&e.organisations),
            [
                "Federal Reserve",
                "Federal Air Traffic Control Administration",
                "Office of the President"
            ]
        );
        assert_eq!(names(&e.people), ["Lawrence Lindsey"]);
        // An office that ends titles too, only between a body named alone
        // or by a name of its own and a person named in full.
        let (_, e) = link_marked(
            "{O|Fed Chair Jerome Powell} spoke. The {O|Fed} waited. {O|Acme CEO Jane Roe} \
             agreed. {O|Finance Chair Tom Li} and the {O|Zorvex Chair Company} did not.",
        );
        assert_eq!(
            names(&e.organisations),
            [
                "Fed",
                "Acme",
                "Finance Chair Tom Li",
                "Zorvex Chair Company"
            ]
        );
        assert_eq!(names(&e.people), ["Jerome Powell", "Jane Roe"]);
    }

    #[test]
    fn an_abbreviated_ending_keeps_its_dot_where_the_sentence_goes_on() {
        let texts = organisation_texts(
            "Partners are {O|Ameritech Corp}., {O|GTE Corp}. and {O|Sun Co}.uk. An analyst at \
             {O|First Albany Corp}. \"That is it.\"\nShares of {O|Lear Corp}.\nIt sold to \
             {O|Magna Inc}. \"\n",
        );
        assert_eq!(
            texts,
            [
                "Ameritech Corp.",
                "GTE Corp.",
                "Sun Co",
                "First Albany Corp.",
                "Lear Corp",
                "Magna Inc"
            ]
        );
    }

    #[test]
    fn a_legal_form_after_a_comma_is_part_of_the_name() {
        let texts = organisation_texts(
            "Bought by {O|A.G. Edwards & Sons}, Inc. and by {O|Apple}, Ltd, and {O|Acme}, \
             Corporal Smith and {O|Bolt}, inc.",
        );
        assert_eq!(
            texts,
            ["A.G. Edwards & Sons, Inc.", "Apple, Ltd", "Acme", "Bolt"]
        );
    }

    #[test]
    fn a_foreign_legal_form_after_a_comma_is_part_of_the_name_though_tagged_alone() {
        let texts = organisation_texts(
            "{O|Alisios Air}, {O|S.L.} flew. {O|Takamori Heavy Industries Co.}, {O|Ltd.} is \
             big. {O|Botanas Garza}, {O|S.A.} de {O|C.V.} sells. {O|BioVest Research}, \
             {O|Inc} said. {O|Mota}, {L|Spain} and {O|Zenith Bank}, {O|SA Bank} too.",
        );
        assert_eq!(
            texts,
            [
                "Alisios Air, S.L.",
                "Takamori Heavy Industries Co., Ltd.",
                "Botanas Garza, S.A. de C.V.",
                "BioVest Research, Inc",
                "Mota",
                "Zenith Bank",
                "SA Bank"
            ]
        );
    }

    #[test]
    fn a_clubs_year_after_its_town_is_part_of_its_name() {
        let [_, places, organisations] = linked(
            "Okazaki came from {L|Mainz} 05. He played for {O|Schalke} 04, then {L|Mainz} won \
             at 09.30 in {L|Mainz} 05:00 and {O|Bremen} 0-1.",
        );
        assert_eq!(organisations, ["Mainz 05", "Schalke 04", "Bremen"]);
        assert_eq!(places, ["Mainz"]);
    }

    #[test]
    fn a_name_ending_in_a_word_of_firms_or_papers_is_an_organisation() {
        let [people, _, organisations] = linked(
            "{P|Warner Communications} bought {P|Kesk Enterprises}, {P|Ridgeway Publishing} \
             and the {P|Ilford Herald}; {P|Anna Smith} spoke.",
        );
        assert_eq!(people, ["Anna Smith"]);
        assert_eq!(
            organisations,
            [
                "Warner Communications",
                "Kesk Enterprises",
                "Ridgeway Publishing",
                "Ilford Herald"
            ]
        );
    }

    #[test]
    fn a_german_clubs_number_is_part_of_its_name_but_not_a_lists() {
        let [_, _, organisations] = linked(
            "He left {O|FC Köln} for 1. {O|FSV Mainz} 05 (1. {O|FC Nürnberg} had asked), \
             then 1. {O|FC Union Berlin}.\n1. {O|SC Freiburg} 20\n2. {O|SV Werder} 18\n\n11. \
             {O|FC Augsburg} and part 1. {O|Bayern}.",
        );
        assert_eq!(
            organisations,
            [
                "FC Köln",
                "1. FSV Mainz 05",
                "1. FC Nürnberg",
                "1. FC Union Berlin",
                "SC Freiburg",
                "SV Werder",
                "FC Augsburg",
                "Bayern"
            ]
        );
    }

    #[test]
    fn a_name_before_and_joins_an_organisation_after_the() {
        let [people, places, organisations] = linked(
            "It is held by the {L|Victoria} and {O|Albert Museum} in {L|London}. Firms such as \
             the Calumet and {O|Hecla Mining Company} hired. {L|Paris} and {O|Lyon Football \
             Club} met; the {P|Smith} and {O|Jones Company} too. {P|Smith} said so.",
        );
        assert_eq!(
            organisations,
            [
                "Victoria and Albert Museum",
                "Calumet and Hecla Mining Company",
                "Lyon Football Club",
                "Jones Company"
            ]
        );
        assert_eq!(places, ["London", "Paris"]);
        assert_eq!(people, ["Smith"]);
        // Several ordinary words ending in an adjective, not in a noun.
        let [_, _, organisations] = linked(
            "She joined the {O|Commonwealth Scientific} and {O|Industrial Research \
             Organisation}. Both the {O|White House} and {O|State Department} spoke.",
        );
        assert_eq!(
            organisations,
            [
                "Commonwealth Scientific and Industrial Research Organisation",
                "White House",
                "State Department"
            ]
        );
    }

    #[test]
    fn a_countrys_national_team_is_an_organisation() {
        let [_, places, organisations] = linked(
            "He was sacked by the {L|Greece} national team. {L|France} national rugby union \
             side won. {L|Italy} national parks and {L|Spain}'s national team are not. He \
             played for the {O|Oman} national team.",
        );
        assert_eq!(
            organisations,
            [
                "Greece national team",
                "France national rugby union side",
                "Oman national team"
            ]
        );
        assert_eq!(places, ["Italy", "Spain"]);
    }

    #[test]
    fn a_place_ending_with_an_organisations_word_is_an_organisation() {
        let [_, places, organisations] = linked(
            "Officers of {L|Thames Valley Police} came from the {L|West Bank} and the \
             {L|Russian Federation}. The {L|Berlin Philharmonic} played. {L|Tokuma Shoten} \
             published it.",
        );
        assert_eq!(
            organisations,
            [
                "Thames Valley Police",
                "Berlin Philharmonic",
                "Tokuma Shoten"
            ]
        );
        assert_eq!(places, ["West Bank", "Russia"]);
    }

    #[test]
    fn a_universitys_campus_after_a_comma_is_part_of_its_name() {
        let texts = organisation_texts(
            "He taught at the {O|University of California}, {L|Irvine}. She studied at the \
             {O|University of Oxford}, {L|England}, and at the {O|University of Texas}, {L|El \
             Paso}, in 1990. He studied at {O|University College}, {L|Ibadan}.",
        );
        assert_eq!(
            texts,
            [
                "University of California, Irvine",
                "University of Oxford",
                "University of Texas, El Paso",
                "University College, Ibadan"
            ]
        );
        let [_, places, _] = linked(
            "He taught at the {O|University of California}, {L|Irvine}. She studied at the \
             {O|University of Oxford}, {L|England}.",
        );
        assert_eq!(places, ["England"]);
    }

    #[test]
    fn a_place_named_as_a_firm_with_its_legal_form_is_the_firm() {
        let [_, places, organisations] = linked(
            "{O|Nokia Corporation} grew. In 2014 {L|Nokia} sold its phones. He was born in \
             {L|Nokia}. {O|Bayer AG} rose; {L|Bayer} fell. {L|Espoo} grew; {O|Espoo Group} met.",
        );
        // (`Nokia` and `Bayer` alone are the firms' short names.)
        assert_eq!(places, ["Nokia", "Espoo"]);
        assert_eq!(
            organisations,
            ["Nokia Corporation", "Bayer AG", "Espoo Group"]
        );
    }

    #[test]
    fn a_name_of_any_kind_with_a_legal_form_or_a_clubs_abbreviation_is_an_organisation() {
        let [people, places, organisations] = linked(
            "It was founded as {L|Riverside} {O|A.F.C.} and plays on. Shares of {L|Cardiff} plc \
             fell. {P|John Lewis} plc said so. {L|Madrid} CF won. She lives in Co {L|Durham}. \
             {L|Leeds} Co Op won. It competes with {O|Lear} Corp.\nAnalysts at {O|Lear} say so.",
        );
        assert_eq!(
            organisations,
            [
                "Riverside A.F.C.",
                "Cardiff plc",
                "John Lewis plc",
                "Madrid CF",
                "Lear Corp"
            ]
        );
        assert!(people.is_empty(), "{people:?}");
        // Not a word of a longer name (`Co Op`).
        assert_eq!(places, ["Durham", "Leeds"]);
        // Nor a senior counsel's letters after a person's name in full.
        let [people, _, organisations] =
            linked("For the regulator, {P|Rebecca Tan} SC, told the court. {L|Bastia} SC won.");
        assert_eq!(people, ["Rebecca Tan"]);
        assert_eq!(organisations, ["Bastia SC"]);
    }

    #[test]
    fn a_firm_of_a_place_with_its_legal_form_is_one_name() {
        let [people, _, organisations] = linked(
            "Managers at {P|Gold Fields} of {O|South Africa Ltd} said so. {P|Chairman} of \
             {O|Japan Ltd} spoke. {P|John Smith} of {O|Acme Ltd} too. The {O|Bank} of \
             {O|Tokyo Ltd} rose.",
        );
        assert_eq!(
            organisations,
            [
                "Gold Fields of South Africa Ltd",
                "Japan Ltd",
                "Acme Ltd",
                "Bank of Tokyo Ltd"
            ]
        );
        assert!(people.contains(&"John Smith".to_string()), "{people:?}");
    }

    #[test]
    fn short_names_in_capitals_parted_by_a_slash_are_one_organisation() {
        let [_, places, organisations] = linked(
            "Music by {O|AC}/{L|DC} and a game by {O|ZA}/{O|UM}. Flights on the {L|US}/{L|UK} \
             route; {O|BBC} / {O|ITV}.",
        );
        assert_eq!(organisations, ["AC/DC", "ZA/UM", "BBC", "ITV"]);
        assert_eq!(places, ["United States", "United Kingdom"]);
    }

    #[test]
    fn a_bodys_field_goes_on_through_and() {
        let [_, places, organisations] = linked(
            "It merged the {O|Institute of Space} and {O|Astronautical Science}, the \
             {O|National Institute for Health} and Care Excellence and the {O|Department of \
             Health} and Human Services. The {O|Bank of England} and {O|Barclays} met. The \
             {O|Ministry of Defence} and {L|Russia} spoke. The {O|Ministry of Trade}, \
             {O|Industry} and {O|Energy} met {O|Acme Group}, {L|Paris} and {L|Rome}. The \
             {O|Institute of Technology} and {O|Harvard Medical School} met.",
        );
        assert_eq!(
            organisations,
            [
                "Institute of Space and Astronautical Science",
                "National Institute for Health and Care Excellence",
                "Department of Health and Human Services",
                "Bank of England",
                "Barclays",
                "Ministry of Defence",
                "Ministry of Trade, Industry and Energy",
                "Acme Group",
                "Institute of Technology",
                "Harvard Medical School"
            ]
        );
        assert_eq!(places, ["Russia", "Paris", "Rome"]);
    }

    #[test]
    fn a_body_named_for_two_fields_is_one() {
        let [people, places, organisations] = linked(
            "It won approval from the {L|Food} and {P|Drug Administration}. The {O|Fish} and \
             {O|Wildlife Service} agreed. The {O|House} and {O|Senate} voted. Loans from \
             {O|Nationwide} and {O|Coventry Building Society} rose. {L|Spain} and {O|Acme \
             Group} met.",
        );
        assert_eq!(
            organisations,
            [
                "Food and Drug Administration",
                "Fish and Wildlife Service",
                "House",
                "Senate",
                "Nationwide",
                "Coventry Building Society",
                "Acme Group"
            ]
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Spain"]);
    }

    #[test]
    fn a_name_ending_in_a_country_the_tagger_took_for_a_person_is_a_branch() {
        let [people, places, orgs] = linked(
            "Ordered through {P|Jumia Ghana} in {L|Kumasi}. {P|MTN Nigeria} said so. \
             {P|Michael Jordan} and {P|Kelly Chad} came.",
        );
        assert_eq!(orgs, ["Jumia Ghana", "MTN Nigeria"]);
        assert_eq!(people, ["Michael Jordan", "Kelly Chad"]);
        assert_eq!(places, ["Kumasi"]);
    }

    #[test]
    fn a_limited_liability_partnership_is_a_firm() {
        let [people, _, organisations] =
            linked("It never reached the solicitors, {P|Hollis Rose} {O|LLP}. Staff there knew.");
        assert_eq!(organisations, ["Hollis Rose LLP"]);
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_partner_before_a_comma_joins_the_firm() {
        let [people, places, organisations] = linked(
            "An analyst for {O|Kalf}, {O|Voorhis & Co} said so. Total: Goldman, {O|Sachs & Co} rose. \
             In {L|Paris}, {O|Smith & Co} rose. Afterwards, {O|Jones & Co} fell. Banks like \
             {O|Merrill Lynch}, {O|Salomon & Co} sold.",
        );
        assert_eq!(
            organisations,
            [
                "Kalf, Voorhis & Co",
                "Goldman, Sachs & Co",
                "Smith & Co",
                "Jones & Co",
                "Merrill Lynch",
                "Salomon & Co"
            ]
        );
        assert_eq!(places, ["Paris"]);
        assert!(people.is_empty(), "{people:?}");
    }
}
