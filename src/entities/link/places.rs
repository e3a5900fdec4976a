//! Grouping places: the alias table, else equal names.

use super::*;

/// Places with several names: (the name an entity takes, other names). Compared
/// after [`place_key`] (lower case, no dots, straight apostrophes).
pub(super) const PLACE_ALIASES: &[(&str, &[&str])] = &[
    (
        "United States",
        &[
            "us",
            "usa",
            "united states",
            "united states of america",
            "america",
        ],
    ),
    (
        "United Kingdom",
        &["uk", "britain", "great britain", "united kingdom"],
    ),
    (
        "North Korea",
        &[
            "north korea",
            "dprk",
            "democratic people's republic of korea",
        ],
    ),
    ("South Korea", &["south korea", "rok", "republic of korea"]),
    ("China", &["china", "prc", "people's republic of china"]),
    ("Russia", &["russia", "russian federation"]),
    ("United Arab Emirates", &["uae", "united arab emirates"]),
    ("Netherlands", &["netherlands", "holland"]),
    ("Czech Republic", &["czech republic", "czechia"]),
    ("Myanmar", &["myanmar", "burma"]),
    ("New York City", &["nyc", "new york city"]),
    // US states as wire datelines abbreviate them (`SAN DIEGO, Calif.`),
    // where the abbreviation is no name or word of its own (not `Mo.`,
    // `Pa.`, `Miss.`, `Mass.`, `Tex.`); the abbreviation only, so that the
    // state's name stays free to be its team's (`FLORIDA` in a table).
    ("Arizona", &["ariz"]),
    ("California", &["calif"]),
    ("Colorado", &["colo"]),
    ("Florida", &["fla"]),
    ("Michigan", &["mich"]),
    ("Minnesota", &["minn"]),
    ("Nebraska", &["neb"]),
    ("Oklahoma", &["okla"]),
    ("Pennsylvania", &["penna"]),
    ("Tennessee", &["tenn"]),
    ("Vermont", &["vt"]),
    ("Wisconsin", &["wis"]),
    ("Wyoming", &["wyo"]),
];

/// The name a place alias table entry gives a surface, by the surface's
/// [`place_key`], if any.
pub(super) fn place_alias_by_key(key: u64) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap64<&'static str>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = HashMap64::default();
        for (name, others) in PLACE_ALIASES {
            for other in *others {
                table.entry(place_key(other)).or_insert(*name);
            }
        }
        table
    });
    table.get(&key).copied()
}

/// An acronym: two to eight capitals and digits, at least two capitals
/// (`JAXA`, `ANC`, `G7`), maybe with `&` (`AT&T`).
fn acronym(s: &str) -> bool {
    (2..=8).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'&')
        && s.bytes().filter(u8::is_ascii_uppercase).count() >= 2
}

/// Whether `short` is an acronym written as a word (`Nema`: a capital, then
/// two to five small letters) that the initials of the capitalised words of
/// `long` spell (`National Environment Management Authority`).
fn word_acronym_of(short: &str, long: &str) -> bool {
    super::brackets::is_word_acronym(short) && {
        let initials = long
            .split_byte(b' ')
            .filter_map(|w| w.chars().next().filter(char::is_ascii_uppercase));
        initials.eq(short.chars().map(|c| c.to_ascii_uppercase()))
    }
}

/// The key a place or organisation is grouped by: its name in the alias
/// table if it has one, else its own place key.
pub(super) fn group_key(place: u64) -> u64 {
    place_alias_by_key(place).map_or(place, place_key)
}

/// The acronyms that the text defines in brackets right after a name of
/// more than one word, not a person's, starting with the same capital
/// (`Japan Aerospace Exploration Agency (JAXA)`, `African National Congress
/// (ANC)`), with their kind made that name's at every mention. Returns the
/// place key of each acronym with the [`group_key`] of its name; the first
/// definition of an acronym counts. The spans are in text order.
pub(super) fn acronyms(text: &str, spans: &mut [Span]) -> HashMap64<u64> {
    let mut defined: HashMap64<(u64, Kind)> = HashMap64::default();
    // Those written as words (`Nema`), which their own spelling does not
    // undo.
    let mut worded: Vec<u64> = Vec::new();
    for i in 1..spans.len() {
        let (name, short) = (&spans[i - 1], &spans[i]);
        let surface = &text[short.range()];
        let long = &text[name.range()];
        let bracketed =
            text.get(name.end()..short.start) == Some(" (") && text[short.end()..].starts_with(')');
        let initial = long
            .trim_start_matches("The ")
            .chars()
            .next()
            .is_some_and(|c| surface.starts_with(c));
        if bracketed
            && initial
            && name.kind != Kind::Person
            && long.has_byte(b' ')
            && !defined.contains_key(&short.place)
        {
            if acronym(surface) {
                defined.insert(short.place, (group_key(name.place), name.kind));
            } else if word_acronym_of(surface, long) {
                defined.insert(short.place, (group_key(name.place), name.kind));
                worded.push(short.place);
            }
        }
    }
    // Not an acronym that a name in the text also spells in other letters
    // (`NICE` and `a week in Nice`).
    let spelled: Vec<u64> = spans
        .iter()
        .filter(|s| {
            defined.contains_key(&s.place)
                && !worded.contains(&s.place)
                && text[s.range()].chars().any(char::is_lowercase)
        })
        .map(|s| s.place)
        .collect();
    for key in spelled {
        defined.remove(&key);
    }
    if defined.is_empty() {
        return HashMap64::default();
    }
    for s in spans.iter_mut() {
        if let Some(&(_, kind)) = defined.get(&s.place) {
            s.kind = kind;
        }
    }
    defined.into_iter().map(|(k, (v, _))| (k, v)).collect()
}

/// The organisations named by their last word alone (`the Commission`,
/// `the Party`), each with the one organisation of more words the text
/// names that ends in that word (`European Commission`): the place key of
/// the short form with that of the long name. A word that ends several
/// such names (`Labour Party`, `Conservative Party`) names none of them.
pub(super) fn last_words_alone(text: &str, spans: &[Span]) -> HashMap64<u64> {
    words_alone(text, spans, true)
}

/// The organisations named by their first word alone (`Samsung`, `Apple`),
/// each with the one organisation of more words the text names that
/// begins with that word (`Samsung Electronics`, `Apple Inc`), as
/// [`last_words_alone`] gives them. Not an organisation's word (`Bank`),
/// and not a word that begins several such names (`Toyota Motor`, `Toyota
/// Industries`).
pub(super) fn first_words_alone(text: &str, spans: &[Span]) -> HashMap64<u64> {
    words_alone(text, spans, false)
}

/// The organisations named by the initials of another's words (`ECB` of
/// `European Central Bank`, `U.N.` of `United Nations`; small words left
/// out: `FBI` of `Federal Bureau of Investigation`), each with the one
/// organisation of the text with those initials, as [`last_words_alone`]
/// gives them. Initials of two to six capitals, dots between them or not;
/// not initials that several such names have.
pub(super) fn initials_alone(text: &str, spans: &[Span]) -> HashMap64<u64> {
    short_forms(text, spans, capitals_only, initials)
}

/// For each short form of the organisations of `spans` (the names of one
/// word that `alone` keeps, by their place key), the [`group_key`] of the
/// one organisation of more words that `shorts` gives it as a short form;
/// none when two do.
fn short_forms(
    text: &str,
    spans: &[Span],
    alone: impl Fn(&str) -> bool,
    shorts: impl Fn(&str) -> [Option<u64>; 2],
) -> HashMap64<u64> {
    let organisations = || spans.iter().filter(|s| s.kind == Kind::Organisation);
    let alone: HashSet64 = organisations()
        .filter(|s| alone(&text[s.range()]))
        .map(|s| s.place)
        .collect();
    if alone.is_empty() {
        return HashMap64::default();
    }
    // For each, the long name, or 0 once it stands for two.
    let mut long: HashMap64<u64> = HashMap64::default();
    for s in organisations() {
        let surface = &text[s.range()];
        if !surface.has_byte(b' ') {
            continue;
        }
        for short in shorts(surface).into_iter().flatten() {
            if alone.contains(&short) {
                let name = group_key(s.place);
                let entry = long.entry(short).or_insert(name);
                if *entry != name {
                    *entry = 0;
                }
            }
        }
    }
    long.retain(|_, name| *name != 0);
    long
}

/// Whether `name` is only two to six ASCII capitals, each maybe followed by
/// a dot (`ECB`, `U.N.`).
fn capitals_only(name: &str) -> bool {
    let b = name.as_bytes();
    let letters = b.iter().filter(|&&c| c != b'.').count();
    let dotted = !b.contains(&b'.')
        || b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c.get(1).is_none_or(|&d| d == b'.'));
    (2..=6).contains(&letters) && b.iter().all(|&c| c == b'.' || c.is_ascii_uppercase()) && dotted
}

/// The initials of `name` as one word, two to six letters, by their
/// [`place_key`]: the first letters of its capitalised words (`ECB` of
/// `European Central Bank`, `FBI` of `Federal Bureau of Investigation`),
/// and, when it has lower-case words, of all its words (`BOE` of `Bank of
/// England`). None for a word that
/// begins with neither a letter of ASCII nor a lower-case one.
fn initials(name: &str) -> [Option<u64>; 2] {
    let (mut capitals, mut all) = (String::new(), String::new());
    for word in name.split(' ') {
        match word.chars().next() {
            Some(c) if c.is_ascii_uppercase() => {
                capitals.push(c);
                all.push(c);
            }
            Some(c) if c.is_lowercase() => all.push(c.to_ascii_uppercase()),
            _ => return [None, None],
        }
    }
    let fits = |s: &String| (2..=6).contains(&s.len()) && s.is_ascii();
    [
        fits(&capitals).then(|| place_key(&capitals)),
        (all != capitals && fits(&all)).then(|| place_key(&all)),
    ]
}

/// [`last_words_alone`] when `last`, else [`first_words_alone`]: a short
/// form is an organisation's word when it is a last word, and is not one
/// when it is a first word.
fn words_alone(text: &str, spans: &[Span], last: bool) -> HashMap64<u64> {
    // The words that are a name alone somewhere.
    let alone = |surface: &str| {
        let h = fold_hash(surface);
        let word = organisation_words().contains(&h);
        !surface.has_byte(b' ')
            && match last {
                // Or a name no list knows as a place's (`United`,
                // `Astros`; not `Munich`, which is also the town).
                true => word || !(listed_place(surface) || wide_place(surface)),
                // A club's first word is one (`Deportivo`).
                false => !word || club_words().contains(&h),
            }
    };
    // The long name's word at that end.
    let shorts = |surface: &str| {
        let word = match last {
            true => surface.rsplit_once_byte(b' ').map(|(_, w)| w),
            false => surface.split_once_byte(b' ').map(|(w, _)| w),
        };
        // A name's own last word, not that of another name inside it
        // (`USDA` of `Commodity Credit Corp of USDA`).
        let inner = |word: &str| {
            last && (surface.contains(" of ") || surface.contains(" and ") || surface.contains('&'))
                && !organisation_words().contains(&fold_hash(word))
        };
        [word.filter(|w| !inner(w)).map(place_key), None]
    };
    short_forms(text, spans, alone, shorts)
}

/// The spans (in text order, apart) with a place's name that runs a town
/// and its state or country together with no comma between, as speech
/// written down and posts do (`Raleigh North Carolina`, `Kansas City
/// Missouri`, `Paris France`), cut into the two places: the last one to
/// three words a country, a US state or a region the gazetteer knows, and
/// the words before them a city it knows. Not a name the gazetteer knows
/// whole as a country, a state or a region, nor one the wide list of
/// places knows whole (`Baja California`), nor one ended by an
/// abbreviation. A city's name with the District of Columbia's
/// abbreviation is a place, whatever the tagger took it for (`Washington
/// DC`).
pub(super) fn places_run_together(text: &str, spans: Vec<Span>) -> Vec<Span> {
    use crate::entities::geo::{GeoKind, gazetteer};
    let wide = |k: GeoKind| matches!(k, GeoKind::Country | GeoKind::State | GeoKind::Region);
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let surface = &text[s.range()];
        let cut = (s.kind == Kind::Place && surface.has_byte(b' '))
            .then(|| {
                surface
                    .match_indices(' ')
                    .map(|(at, _)| at)
                    .filter(|&at| surface[at + 1..].split_byte(b' ').count() <= 3)
                    .find(|&at| {
                        let (head, tail) = (&surface[..at], &surface[at + 1..]);
                        tail.chars().any(char::is_lowercase)
                            && gazetteer().has_kind(tail, wide)
                            && listed_town(head)
                    })
            })
            .flatten()
            .filter(|_| !gazetteer().has_kind(surface, wide) && !wide_place(surface));
        // `Washington DC`, which the tagger may take for a body's name.
        let district = surface.rsplit_once_byte(b' ').is_some_and(|(head, _)| {
            super::join::district_after(surface, head.len()) == Some(surface.len() - head.len())
                && listed_town(head)
        });
        match cut {
            None if district && s.kind != Kind::Place => {
                out.push(Span::new(text, s.range(), Kind::Place));
            }
            Some(at) => {
                out.push(Span::new(text, s.start..s.start + at, Kind::Place));
                out.push(Span::new(text, s.start + at + 1..s.end(), Kind::Place));
            }
            None => out.push(s),
        }
    }
    out
}

/// Words for a kind of place that follow a place's name in lower case and
/// are no part of it (`the Reykjanes peninsula`, `the Danube river`).
/// Not `coast`, `island` or `lake`, which a name written carelessly may end
/// in (`Gold coast`, `Long island`).
pub(super) const KINDS_AFTER: &[&str] = &[
    "basin",
    "delta",
    "desert",
    "district",
    "mountains",
    "peninsula",
    "province",
    "region",
    "river",
    "valley",
];

/// `spans` (in text order, apart) with each place's name of two words or
/// more that ends in a word of [`KINDS_AFTER`] in lower case cut before
/// it (`Reykjanes peninsula`); not where a people's adjective alone would
/// be left, which the whole describes (`the Korean peninsula`).
pub(super) fn without_kinds_after(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let cut = |s: &Span| {
        let surface = &text[s.range()];
        let (name, last) = surface.rsplit_once_byte(b' ')?;
        (s.kind == Kind::Place && KINDS_AFTER.contains(&last)).then_some(name.len())
    };
    if !spans.iter().any(|s| cut(s).is_some()) {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        match cut(&s) {
            Some(len) if !is_demonym(&folded(&text[s.start..s.start + len])) => {
                out.push(Span::new(text, s.start..s.start + len, Kind::Place));
            }
            _ => out.push(s),
        }
    }
    out
}

/// `spans` with each place's name after a capitalised `The` inside a
/// sentence taking it in, as the name's own (`at The Oval`, `in The
/// Hague`): after a word in lower case, a comma or an opening bracket.
pub(super) fn places_with_their_article(text: &str, spans: &mut [Span]) {
    for s in spans.iter_mut().filter(|s| s.kind == Kind::Place) {
        let Some(head) = text[..s.start].strip_suffix("The ") else {
            continue;
        };
        let inside = head.strip_suffix(' ').map_or_else(
            || head.ends_with('('),
            |h| h.ends_with(|c: char| c.is_lowercase() || c == ','),
        );
        if inside {
            *s = Span::new(text, head.len()..s.end(), Kind::Place);
        }
    }
}

/// The words that end a street's or a road's name (`Abbey Road`, `Baker
/// Street`, `Mulholland Drive`).
pub(super) const STREET_HEADS: &[&str] =
    &["Avenue", "Boulevard", "Drive", "Lane", "Road", "Street"];

/// `spans` with each organisation whose name ends in a street's word made
/// a place: a street named after a body (`Parliament Street`, `College
/// Drive`, `Railway Street`), which the body's word made an organisation.
pub(super) fn streets_named_after_bodies(text: &str, spans: &mut [Span]) {
    for s in spans.iter_mut().filter(|s| s.kind == Kind::Organisation) {
        let surface = &text[s.range()];
        if let Some((_, last)) = surface.rsplit_once_byte(b' ')
            && STREET_HEADS.contains(&last)
        {
            s.kind = Kind::Place;
        }
    }
}

/// The postal codes of the US states and the District of Columbia, from
/// the gazetteer's states (`TX`, `IL`).
fn state_codes() -> &'static [&'static str] {
    use crate::entities::geo::{GeoKind, gazetteer};
    static CODES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    CODES.get_or_init(|| {
        let mut codes: Vec<&'static str> = gazetteer()
            .names_of_kind(|k| k == GeoKind::State)
            .flat_map(|name| gazetteer().lookup(name))
            .filter(|e| e.country == "US" && e.kind == GeoKind::State && e.admin1.len() == 2)
            .map(|e| e.admin1)
            .chain(["DC"])
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    })
}

/// The spans (in text order, apart), with a US state's postal code after a
/// place and a comma a place (`Springfield, IL`, `Boise, ID` were
/// organisations; `Portland, OR` was passed by). Not a code a word or a
/// dotted abbreviation goes on from, nor one after a person (`Jones, MD`).
pub(super) fn state_codes_after_towns(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut codes = Vec::new();
    for s in spans.iter().filter(|s| s.kind == Kind::Place) {
        let Some(rest) = text[s.end()..].strip_prefix(", ") else {
            continue;
        };
        let code = rest.get(..2).unwrap_or_default();
        let after = &rest[code.len()..];
        if code.len() != 2
            || !code.bytes().all(|b| b.is_ascii_uppercase())
            || after.starts_with(|c: char| c.is_alphanumeric())
            || (after.starts_with('.') && after[1..].starts_with(char::is_alphabetic))
            || state_codes().binary_search(&code).is_err()
        {
            continue;
        }
        let at = s.end() + 2;
        if holds_whole(&spans, &(at..at + 2)) {
            codes.push(at..at + 2);
        }
    }
    replaced_by(text, spans, codes, Kind::Place)
}

/// The mentions are cleaned spans, on character boundaries. `short_forms`
/// groups each defined acronym or short form with its name (see
/// [`acronyms`], [`last_words_alone`], [`first_words_alone`] and
/// [`initials_alone`]).
pub(super) fn link_places(
    text: &str,
    mut mentions: Vec<Span>,
    kind: Kind,
    short_forms: &HashMap64<u64>,
) -> Vec<Entity> {
    // The group of each mention first, so each group's list is made once,
    // at its size. It is kept in the span's name key, not needed after.
    // (Groups are far fewer than mentions: their lists grow as needed.)
    let mut groups: Vec<Group> = Vec::new();
    let mut count: Vec<usize> = Vec::new();
    let mut index: HashMap64<usize> = HashMap64::default();
    for span in &mut mentions {
        let alias = place_alias_by_key(span.place);
        let key = group_key(span.place);
        let key = short_forms.get(&key).copied().unwrap_or(key);
        let i = *index.entry(key).or_insert_with(|| {
            groups.push(Group::new(alias));
            count.push(0);
            groups.len() - 1
        });
        count[i] += 1;
        span.name = i as u64;
    }
    for (g, &n) in groups.iter_mut().zip(&count) {
        g.mentions.reserve_exact(n);
    }
    for span in &mentions {
        groups[span.name as usize].mentions.push(span.range());
    }
    drop(mentions);
    let words = |s: &str| s.split_whitespace().count();
    in_order(
        groups
            .into_iter()
            .map(|g| g.finish(text, kind, words))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    proptest::proptest! {
        #[test]
        fn initials_are_read_from_any_text(name in "\\PC{0,30}") {
            let _ = (super::initials(&name), super::capitals_only(&name));
        }
    }

    #[test]
    fn initials_name_the_one_organisation_they_stand_for() {
        let (text, e) = link_marked(
            "The {O|European Central Bank} met. {O|ECB} staff spoke. The {O|Federal Bureau \
             of Investigation} and the {O|F.B.I.} agreed. The {O|Bank of England} and the \
             {O|BOE} too.",
        );
        assert_eq!(
            summary(&text, &e.organisations),
            [
                (
                    "European Central Bank".into(),
                    strings(&["ECB"]),
                    strings(&["European Central Bank", "ECB"])
                ),
                (
                    "Federal Bureau of Investigation".into(),
                    strings(&["F.B.I."]),
                    strings(&["Federal Bureau of Investigation", "F.B.I."])
                ),
                (
                    "Bank of England".into(),
                    strings(&["BOE"]),
                    strings(&["Bank of England", "BOE"])
                ),
            ]
        );
        // Initials two names have name neither; nor do letters in small
        // type or of more than six.
        let [_, _, organisations] = linked(
            "The {O|Bank of England} and the {O|Bank of Egypt} met; the {O|BOE} and {O|BE} \
             spoke. {O|Cc} and {O|Credit Corp} too.",
        );
        assert_eq!(
            organisations,
            [
                "Bank of England",
                "Bank of Egypt",
                "BOE",
                "BE",
                "Cc",
                "Credit Corp"
            ]
        );
    }

    #[test]
    fn a_street_named_after_a_body_is_a_place() {
        let [_, places, organisations] = linked(
            "Shops on {O|Parliament Street} flooded, and on {O|College Drive}. The \
             {O|Railway Workers Union} met on {L|Church Street}.",
        );
        assert_eq!(
            places,
            ["Parliament Street", "College Drive", "Church Street"]
        );
        assert_eq!(organisations, ["Railway Workers Union"]);
    }

    #[test]
    fn a_states_postal_code_after_a_place_and_a_comma_is_a_place() {
        let [people, places, organisations] = linked(
            "It moved from {L|Springfield}, {O|IL} to {L|Boise}, {O|ID} and {L|Portland}, OR. \
             {P|Ann Jones}, MD, spoke. {L|Austin}, TXU sold it. {L|Salem}, O.R. Tambo.",
        );
        assert_eq!(
            places,
            [
                "Springfield",
                "IL",
                "Boise",
                "ID",
                "Portland",
                "OR",
                "Austin",
                "Salem"
            ]
        );
        assert_eq!(people, ["Ann Jones"]);
        assert!(organisations.is_empty(), "{organisations:?}");
        assert!(super::state_codes().contains(&"TX") && super::state_codes().contains(&"DC"));
        assert_eq!(super::state_codes().len(), 51);
    }

    #[test]
    fn a_town_and_its_state_or_country_run_together_are_two_places() {
        let [_, places, _] = linked(
            "i am in {L|Raleigh North Carolina} and she is in {L|Kansas City Missouri}, \
             then {L|Paris France}. He flew to {L|Papua New Guinea}, {L|Mexico City} and \
             {L|New York City}. The delta in {L|Baja California} is dry.",
        );
        assert_eq!(
            places,
            [
                "Raleigh",
                "North Carolina",
                "Kansas City",
                "Missouri",
                "Paris",
                "France",
                "Papua New Guinea",
                "Mexico City",
                "New York City",
                "Baja California"
            ]
        );
    }

    #[test]
    fn a_kind_of_place_in_lower_case_after_its_name_is_no_part_of_it() {
        let [_, places, _] = linked(
            "An eruption on the {L|Reykjanes peninsula} began. They crossed the {L|Danube \
             river}. Japan invaded the {L|Korean peninsula}. He lives in {L|Long Island}.",
        );
        assert_eq!(
            places,
            ["Reykjanes", "Danube", "Korean peninsula", "Long Island"]
        );
    }

    #[test]
    fn a_place_after_a_capitalised_the_inside_a_sentence_takes_it_in() {
        let (_, e) = link_marked(
            "{L|London} (The {L|Oval}): {O|Surrey} 195. The test is at The {L|Oval}, \
             {L|London}. He moved to The {L|Hague}. The {L|Oval} was full. They saw The \
             {P|Beatles}.",
        );
        let places: Vec<(&str, usize)> = e
            .places
            .iter()
            .map(|p| (p.name.as_str(), p.mentions.len()))
            .collect();
        assert_eq!(places, [("London", 2), ("The Oval", 3), ("The Hague", 1)]);
    }

    #[test]
    fn a_city_with_the_districts_abbreviation_is_one_place() {
        let (text, e) = link_marked(
            "He flew to {O|Washington DC} on Monday. {L|Washington} {O|D.C.} is hot. \
             {L|Washington}, {L|D.C.}, was cold. The {L|DC} office closed.",
        );
        assert!(e.organisations.is_empty(), "{e:?}");
        let mut mentions: Vec<&str> = e
            .places
            .iter()
            .flat_map(|p| p.mentions.iter().map(|m| &text[m.clone()]))
            .collect();
        mentions.sort_unstable();
        assert_eq!(
            mentions,
            ["DC", "Washington D.C.", "Washington DC", "Washington, D.C."]
        );
    }

    #[test]
    fn us_and_the_united_states_are_one_place() {
        let (text, e) = link_marked(
            "talks with {L|the United States}, then {L|the U.S.}, {L|US} and {L|America}.",
        );
        assert_eq!(
            summary(&text, &e.places),
            [(
                "United States".into(),
                strings(&["U.S.", "US", "America"]),
                strings(&["United States", "U.S.", "US", "America"])
            )]
        );
    }

    #[test]
    fn dprk_and_its_long_name_join_north_korea() {
        let (text, e) = link_marked(
            "{L|North Korea’s} leader. The {L|Democratic People’s Republic of Korea} \
             and the {L|DPRK} agreed.",
        );
        assert_eq!(
            summary(&text, &e.places),
            [(
                "North Korea".into(),
                strings(&["Democratic People’s Republic of Korea", "DPRK"]),
                strings(&[
                    "North Korea",
                    "Democratic People’s Republic of Korea",
                    "DPRK"
                ])
            )]
        );
    }

    #[test]
    fn an_alias_alone_takes_the_common_name() {
        let (_, e) = link_marked("The {L|UK} and the {L|ROK} signed.");
        assert_eq!(names(&e.places), ["United Kingdom", "South Korea"]);
        assert_eq!(e.places[0].aliases, ["UK"]);
        // Whatever the tagger took it for.
        let (_, e) = link_marked("I moved to {O|NYC} last year.");
        assert_eq!(names(&e.places), ["New York City"]);
        assert!(e.organisations.is_empty());
        // A state as a dateline abbreviates it is the state; its name in
        // full stays free to be a team's.
        let [_, places, _] = linked(
            "{L|TAMPA}, {L|Fla}. (AP) - Talks in {L|Florida} and {P|Calif}. ended. Mo. left.",
        );
        assert_eq!(places, ["TAMPA", "Florida", "California"]);
        let [_, places, organisations] = linked("Scores:\n{O|FLORIDA} 3 {O|MINNESOTA} 2");
        assert!(places.is_empty(), "{places:?}");
        assert_eq!(organisations, ["FLORIDA", "MINNESOTA"]);
    }

    #[test]
    fn places_merge_only_on_equal_names() {
        let (_, e) = link_marked(
            "{L|Beijing Railway Station} in {L|Beijing}; {L|Gold Coast}, {L|Gold coast}",
        );
        assert_eq!(
            names(&e.places),
            ["Beijing Railway Station", "Beijing", "Gold Coast"]
        );
        assert_eq!(e.places[2].aliases, ["Gold coast"]);
    }

    #[test]
    fn an_acronym_defined_in_brackets_is_the_name_it_follows() {
        let (text, e) = link_marked(
            "The {O|Japan Aerospace Exploration Agency} ({P|JAXA}) was formed. {O|JAXA} \
             launched. The {O|African National Congress} ({O|ANC}) and the {O|BBC} ({O|ABC}).",
        );
        assert!(e.people.is_empty());
        assert_eq!(
            summary(&text, &e.organisations),
            [
                (
                    "Japan Aerospace Exploration Agency".into(),
                    strings(&["JAXA"]),
                    strings(&["Japan Aerospace Exploration Agency", "JAXA", "JAXA"])
                ),
                (
                    "African National Congress".into(),
                    strings(&["ANC"]),
                    strings(&["African National Congress", "ANC"])
                ),
                ("BBC".into(), vec![], strings(&["BBC"])),
                ("ABC".into(), vec![], strings(&["ABC"])),
            ]
        );
    }

    #[test]
    fn an_acronym_that_a_name_also_spells_in_other_letters_is_not_defined() {
        let [_, places, organisations] = linked(
            "The {O|National Institute for Health and Care Excellence} ({O|NICE}) approved \
             it. He came back from a week in {L|Nice}.",
        );
        assert_eq!(places, ["Nice"]);
        assert_eq!(
            organisations,
            ["National Institute for Health and Care Excellence"]
        );
    }

    #[test]
    fn an_organisations_last_word_alone_is_that_organisation_when_only_one_ends_so() {
        let (_, e) = link_marked(
            "The {O|European Commission} met. The {O|Commission} agreed. The {O|Labour Party} \
             and the {O|Conservative Party} voted; the {O|Party} split.",
        );
        assert_eq!(
            names(&e.organisations),
            [
                "European Commission",
                "Labour Party",
                "Conservative Party",
                "Party"
            ]
        );
        assert_eq!(e.organisations[0].aliases, ["Commission"]);
        assert_eq!(e.organisations[0].mentions.len(), 2);
        // Any name's last word, but a place's or that of a name after `of`.
        let (_, e) = link_marked(
            "{O|Manchester United} lost. {O|United} fans left. {O|Bayern Munich} won in \
             {O|Munich}. The {O|Commodity Credit Corp of USDA} and the {O|USDA} met. \
             {O|Atl\u{e9}tico Ga\u{fa}cho} won; {O|Ga\u{fa}cho} fans sang.",
        );
        assert_eq!(
            names(&e.organisations),
            [
                "Manchester United",
                "Bayern Munich",
                "Commodity Credit Corp of USDA",
                "USDA",
                "Atl\u{e9}tico Ga\u{fa}cho"
            ]
        );
        assert_eq!(e.organisations[0].aliases, ["United"]);
        assert_eq!(e.organisations[4].aliases, ["Ga\u{fa}cho"]);
        assert!(e.organisations[1].aliases.is_empty());
    }

    #[test]
    fn an_organisations_first_word_alone_is_that_organisation_when_only_one_begins_so() {
        let (_, e) = link_marked(
            "{O|Samsung Electronics} fell. Shares of {O|Samsung} fell. {O|Toyota Motor} and \
             {O|Toyota Industries} grew; {O|Toyota} said so. {O|Bank} rose; {O|Bank Leumi} fell.",
        );
        assert_eq!(
            names(&e.organisations),
            [
                "Samsung Electronics",
                "Toyota Motor",
                "Toyota Industries",
                "Toyota",
                "Bank",
                "Bank Leumi"
            ]
        );
        assert_eq!(e.organisations[0].aliases, ["Samsung"]);
        assert_eq!(e.organisations[0].mentions.len(), 2);
    }

    #[test]
    fn a_place_alias_tagged_as_a_person_is_a_place() {
        let (_, e) = link_marked("{P|DPRK} said");
        assert!(e.people.is_empty());
        assert_eq!(names(&e.places), ["North Korea"]);
    }
}
