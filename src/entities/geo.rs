//! Where the places of a text are: coordinates from the bundled gazetteer
//! (`assets/geo.tsv`, built from GeoNames by `scripts/build-geo.py`).
//!
//! A name can be several places (`Paris`, France and Texas; `Washington`, the
//! capital, the state and smaller towns). [`place`] chooses with the rest of
//! the document: first a capital of a country the document names, then a
//! place in a US state (or other region) it names, then a place in a country
//! it names, then the most populous. A place name "names" a country or a
//! region when, read alone, it is one (`China`, `Texas`, `U.S.`); a name does
//! not count for itself.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use super::link::Lines;
use super::{Entities, Entity};

/// The gazetteer: `name lat lon country admin1 population kind`, one row per
/// place, sorted by name (byte order).
const TSV: &str = include_str!("../../assets/geo.tsv");

/// What sort of place a gazetteer row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GeoKind {
    Country,
    /// The city that is its country's capital.
    Capital,
    City,
    /// A US state (or the District of Columbia).
    State,
    /// A region that is not a country: `Korean peninsula`, `Scotland`, `Tibet`.
    Region,
    /// A province, county or other administrative region of a country but
    /// the US (`Bavaria`, `Kent`). Only [`place`] reads these rows: what a
    /// name is ([`Gazetteer::lookup`], [`Gazetteer::has_kind`]) is asked
    /// without them.
    Province,
    Continent,
}

impl GeoKind {
    fn parse(s: &str) -> Option<GeoKind> {
        Some(match s {
            "country" => GeoKind::Country,
            "capital" => GeoKind::Capital,
            "city" => GeoKind::City,
            "state" => GeoKind::State,
            "region" => GeoKind::Region,
            "province" => GeoKind::Province,
            "continent" => GeoKind::Continent,
            _ => return None,
        })
    }

    /// Which of two rows of one name and population wins, read alone.
    fn rank(self) -> u8 {
        match self {
            GeoKind::Country => 6,
            GeoKind::Capital => 5,
            GeoKind::State => 4,
            GeoKind::Region => 3,
            GeoKind::Province => 2,
            GeoKind::Continent => 1,
            GeoKind::City => 0,
        }
    }
}

/// Where a place entity is.
#[derive(Debug, Clone, PartialEq)]
pub struct Geo {
    pub lat: f64,
    pub lon: f64,
    /// ISO 3166 alpha-2 code; empty for a place that spans countries
    /// (`Korean peninsula`, `Asia`).
    pub country: String,
    /// The gazetteer name used: the entity's name or one of its aliases.
    pub name: String,
    /// The state or first-level region code in GeoNames (`TX`, `11`), or empty.
    pub admin1: String,
    pub kind: GeoKind,
}

/// One row of the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    pub name: &'static str,
    pub lat: f64,
    pub lon: f64,
    /// ISO2, or empty.
    pub country: &'static str,
    /// Empty when none.
    pub admin1: &'static str,
    pub population: u64,
    pub kind: GeoKind,
}

impl Entry {
    fn geo(&self) -> Geo {
        Geo {
            lat: self.lat,
            lon: self.lon,
            country: self.country.to_string(),
            name: self.name.to_string(),
            admin1: self.admin1.to_string(),
            kind: self.kind,
        }
    }
}

/// The rows of the gazetteer, split into name and the rest; the rest is
/// parsed only for the names looked up.
#[derive(Debug)]
pub struct Gazetteer {
    rows: Vec<(&'static str, &'static str)>,
    /// The hashes of the names of the rows, where the build script made
    /// them (for the bundled file): a name not among them is not searched
    /// for.
    names: Option<&'static Lines>,
}

/// The names of the bundled gazetteer's rows, hashed by the build script.
static NAMES: Lines = Lines::new(include_bytes!(concat!(
    env!("OUT_DIR"),
    "/geo-names.hashes"
)));

impl Gazetteer {
    /// The bundled gazetteer, parsed anew (what [`gazetteer`] does once).
    pub fn bundled() -> Gazetteer {
        Gazetteer {
            names: Some(&NAMES),
            ..Gazetteer::parse(TSV)
        }
    }

    fn parse(tsv: &'static str) -> Gazetteer {
        let mut rows: Vec<(&str, &str)> = super::gazetteer::tab_rows(tsv).collect();
        // The script writes it sorted; a hand-edited file still works.
        if !rows.is_sorted_by(|a, b| a.0 <= b.0) {
            rows.sort_by(|a, b| a.0.cmp(b.0));
        }
        Gazetteer { rows, names: None }
    }

    /// The rows called `name` (already [`normalise`]d).
    fn rows_of(&self, name: &str) -> &[(&'static str, &'static str)] {
        if self
            .names
            .is_some_and(|names| !names.contains(name.as_bytes()))
        {
            return &[];
        }
        let start = self.rows.partition_point(|r| r.0 < name);
        let len = self.rows[start..].partition_point(|r| r.0 == name);
        &self.rows[start..start + len]
    }

    /// How many rows there are.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Whether a place called `name` (after [`normalise`]) is of a kind
    /// `wanted` takes: [`Gazetteer::lookup`] reading each row's kind alone.
    pub fn has_kind(&self, name: &str, wanted: impl Fn(GeoKind) -> bool) -> bool {
        self.rows_of(&normalise(name))
            .iter()
            .any(|&(_, rest)| row_kind(rest).is_some_and(|k| k != GeoKind::Province && wanted(k)))
    }

    /// The names of the places of a kind `wanted` takes (never
    /// [`GeoKind::Province`]), once per row.
    pub fn names_of_kind(
        &self,
        wanted: impl Fn(GeoKind) -> bool,
    ) -> impl Iterator<Item = &'static str> {
        self.rows.iter().filter_map(move |&(name, rest)| {
            let kind = row_kind(rest)?;
            (kind != GeoKind::Province && wanted(kind)).then_some(name)
        })
    }

    /// Every place called `name` (after [`normalise`]), in file order, but
    /// the provinces ([`GeoKind::Province`]).
    pub fn lookup(&self, name: &str) -> Vec<Entry> {
        let mut found = self.lookup_all(name);
        found.retain(|e| e.kind != GeoKind::Province);
        found
    }

    /// Every place called `name` (after [`normalise`]), in file order.
    pub fn lookup_all(&self, name: &str) -> Vec<Entry> {
        self.rows_of(&normalise(name))
            .iter()
            .filter_map(|&(name, rest)| entry(name, rest))
            .collect()
    }
}

/// The kind of a row from the rest of its fields, read alone: the field
/// [`entry`] reads it from.
fn row_kind(rest: &str) -> Option<GeoKind> {
    rest.split('\t').nth(5).and_then(GeoKind::parse)
}

fn entry(name: &'static str, rest: &'static str) -> Option<Entry> {
    let mut f = rest.split('\t');
    let mut next = || f.next();
    let lat = next()?.parse().ok()?;
    let lon = next()?.parse().ok()?;
    let dash = |s: &'static str| if s == "-" { "" } else { s };
    let country = dash(next()?);
    let admin1 = dash(next()?);
    let population = next()?.parse().ok()?;
    let kind = GeoKind::parse(next()?)?;
    Some(Entry {
        name,
        lat,
        lon,
        country,
        admin1,
        population,
        kind,
    })
}

/// The bundled gazetteer, read on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(Gazetteer::bundled)
}

/// A name as the gazetteer spells it: runs of white space made one space,
/// none at the ends, curly apostrophes straight. Case is kept.
pub fn normalise(name: &str) -> Cow<'_, str> {
    let plain = !name.contains(['\u{2019}', '\u{2018}', '\u{2bc}'])
        && !name.starts_with(char::is_whitespace)
        && !name.ends_with(char::is_whitespace)
        && !name
            .split(' ')
            .any(|w| w.is_empty() || w.contains(char::is_whitespace));
    if plain {
        return Cow::Borrowed(name);
    }
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.replace(['\u{2019}', '\u{2018}', '\u{2bc}'], "'"))
        .collect();
    Cow::Owned(words.join(" "))
}

/// The rows for the first of the entity's names (its name, then its aliases)
/// that the gazetteer has; a name in capitals (a dateline's `LONDON`) or in
/// small letters (a post's `hoi an`) is looked up with each word
/// capitalised too.
fn candidates(gazetteer: &Gazetteer, entity: &Entity) -> Vec<Entry> {
    std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .map(|n| {
            let found = gazetteer.lookup_all(n);
            match found.is_empty() && (in_capitals(n) || in_small_letters(n)) {
                true => gazetteer.lookup_all(&capitalised(n)),
                false => found,
            }
        })
        .find(|found| !found.is_empty())
        .unwrap_or_default()
}

/// Whether `name` has four letters or more and all of them are capitals
/// (`ROME`; not an acronym of two or three letters).
fn in_capitals(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !name.chars().any(char::is_lowercase)
}

/// Whether `name` has letters and none of them is a capital (`hanoi`).
fn in_small_letters(name: &str) -> bool {
    name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_uppercase)
}

/// `name` with each word's first letter a capital and the rest small
/// (`NEW YORK`, `new york` → `New York`).
pub(crate) fn capitalised(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut first = true;
    for c in name.chars() {
        if first {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        first = c.is_whitespace() || c == '-';
    }
    out
}

/// The row a name means when nothing else is known: the most populous, a
/// country before a capital before a state before a region before a
/// continent before a city when they are as populous, then the first.
fn alone(rows: &[Entry]) -> Option<&Entry> {
    rows.iter()
        .enumerate()
        .max_by_key(|(i, e)| (e.population, e.kind.rank(), std::cmp::Reverse(*i)))
        .map(|(_, e)| e)
}

/// What a place name names when read alone: a country, or one of its states
/// or regions.
#[derive(Debug, Clone, Copy)]
struct Named {
    country: &'static str,
    /// The state or region, when it names one.
    admin1: Option<&'static str>,
    kind: GeoKind,
}

fn names(rows: &[Entry]) -> Option<Named> {
    let e = alone(rows)?;
    let admin1 = match e.kind {
        _ if e.country.is_empty() => return None,
        GeoKind::Country => None,
        GeoKind::State | GeoKind::Region | GeoKind::Province if !e.admin1.is_empty() => {
            Some(e.admin1)
        }
        _ => return None,
    };
    Some(Named {
        country: e.country,
        admin1,
        kind: e.kind,
    })
}

/// Where each place of `entities` is, in `entities.places` order; `None`
/// for a name the gazetteer does not have. Names are matched as written
/// (case included) after [`normalise`]; an entity's aliases are tried after
/// its name.
///
/// Of the places a name can be, the first of these wins: a capital of a
/// country the document names (`Washington` in a text that names the
/// United States); a US state when the document names other states of the
/// country (`Washington` beside `Oregon`); a place in a state or region the
/// document names (`Paris` beside `Texas`); a place in a country it names,
/// by name or by one of its states (one less than a quarter the size of
/// another of its name only when the country is named by name, and never
/// one less than a twentieth of a capital: `Moscow` beside `United States`
/// is Russia's, `Hobart` beside `Idaho` Tasmania's); the most populous
/// (states have no population in the data, so a city or country of the
/// name comes first).
///
/// Before all these, a place written as `Town, State` in `text` (one of the
/// mentions of the town followed by a comma and one of the state, region
/// or country) is the town of its name in that state, and the state the
/// one that holds a town of that name: `Athens, Georgia` is in the US
/// state, `Salem, Oregon` in Oregon beside `Massachusetts`.
pub fn place(text: &str, entities: &Entities) -> Vec<Option<Geo>> {
    let gazetteer = gazetteer();
    let candidates: Vec<Vec<Entry>> = entities
        .places
        .iter()
        .map(|e| candidates(gazetteer, e))
        .collect();
    let named: Vec<Option<Named>> = candidates.iter().map(|rows| names(rows)).collect();
    let written_in = written_in(text, entities);
    // Whether row `e` of place `i` is in a place written after it, or holds
    // a place written before it.
    let in_written = |i: usize, e: &Entry| {
        written_in[i].iter().any(|&(j, j_holds)| match j_holds {
            true => candidates[j].iter().any(|s| holds(s, e)),
            false => candidates[j].iter().any(|t| holds(e, t)),
        })
    };
    candidates
        .iter()
        .enumerate()
        .map(|(i, rows)| {
            // What the places other than this one name.
            let others = || {
                named
                    .iter()
                    .enumerate()
                    .filter(move |(j, _)| *j != i)
                    .filter_map(|(_, n)| *n)
            };
            // A place in a country the text names wins over a far bigger
            // one elsewhere only when the country itself is named (or its
            // state is: `in_region`, `Paris` beside `Texas`), not when some
            // other place of it is (`Paris` beside `New York` is in France).
            let biggest = rows.iter().map(|e| e.population).max().unwrap_or(0);
            let key = |e: &Entry| {
                let by_name =
                    others().any(|n| n.kind == GeoKind::Country && n.country == e.country);
                let dwarfed = e.population.saturating_mul(20) < biggest;
                // Never a far smaller namesake of another country's capital
                // (`Moscow`, `Rome` or `Dhaka` in a text that names the
                // United States or India).
                let capital_elsewhere = dwarfed
                    && rows
                        .iter()
                        .any(|r| r.kind == GeoKind::Capital && r.country != e.country);
                // Named through one of its states or regions only, a
                // country holds a town at least a quarter the size of
                // another of its name (`Hobart` beside `Idaho` is
                // Tasmania's).
                let small = e.population.saturating_mul(4) < biggest;
                let in_country = !e.country.is_empty()
                    && !capital_elsewhere
                    && others()
                        .any(|n| n.country == e.country && (!small || n.kind == GeoKind::Country));
                let among_states = e.kind == GeoKind::State
                    && others().any(|n| n.kind == GeoKind::State && n.country == e.country);
                let in_region = e.kind != GeoKind::State
                    && !e.admin1.is_empty()
                    && others().any(|n| n.country == e.country && n.admin1 == Some(e.admin1));
                (
                    in_written(i, e),
                    by_name && e.kind == GeoKind::Capital,
                    among_states,
                    in_region,
                    in_country,
                    e.population,
                    e.kind.rank(),
                )
            };
            rows.iter()
                .enumerate()
                .max_by_key(|(k, e)| (key(e), std::cmp::Reverse(*k)))
                .map(|(_, e)| e.geo())
        })
        .collect()
}

/// Whether `outer` (a country, US state, region or province) holds `inner`
/// (a town, or a province of a country): the same country, and for a state
/// or region the same first-level region code.
fn holds(outer: &Entry, inner: &Entry) -> bool {
    let town = matches!(
        inner.kind,
        GeoKind::City | GeoKind::Capital | GeoKind::Province
    );
    town && !inner.country.is_empty()
        && inner.country == outer.country
        && match outer.kind {
            GeoKind::Country => true,
            GeoKind::State | GeoKind::Region | GeoKind::Province => {
                !outer.admin1.is_empty() && outer.admin1 == inner.admin1
            }
            _ => false,
        }
}

/// For each place of `entities`, the places written right after it or right
/// before it as `Town, State` in `text` (a mention of the town, a comma,
/// spaces and a mention of the state: `Athens, Georgia`), each once, with
/// whether it is the state (true) or the town.
fn written_in(text: &str, entities: &Entities) -> Vec<Vec<(usize, bool)>> {
    let mut beside = vec![Vec::new(); entities.places.len()];
    // Where a state would start after each mention followed by a comma:
    // few mentions are, so only those are held.
    let mut after_comma: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, e) in entities.places.iter().enumerate() {
        for m in &e.mentions {
            let Some(after) = text.get(m.end..).and_then(|t| t.strip_prefix(',')) else {
                continue;
            };
            let spaces = after.len() - after.trim_start_matches([' ', '\u{a0}']).len();
            if spaces > 0 {
                after_comma.entry(m.end + 1 + spaces).or_default().push(i);
            }
        }
    }
    if after_comma.is_empty() {
        return beside;
    }
    for (state, e) in entities.places.iter().enumerate() {
        for m in &e.mentions {
            for &town in after_comma.get(&m.start).into_iter().flatten() {
                if town != state && !beside[town].contains(&(state, true)) {
                    beside[town].push((state, true));
                    beside[state].push((town, false));
                }
            }
        }
    }
    beside
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Kind;
    use proptest::prelude::*;

    fn places(names: &[&str]) -> Entities {
        Entities {
            places: names
                .iter()
                .map(|n| Entity {
                    kind: Kind::Place,
                    name: n.to_string(),
                    aliases: vec![],
                    mentions: vec![],
                })
                .collect(),
            ..Entities::default()
        }
    }

    fn countries(found: &[Option<Geo>]) -> Vec<Option<&str>> {
        found
            .iter()
            .map(|g| g.as_ref().map(|g| g.country.as_str()))
            .collect()
    }

    #[test]
    fn the_bundled_articles_cities_are_in_their_countries() {
        let found = place(
            "",
            &places(&[
                "China",
                "North Korea",
                "Beijing",
                "Pyongyang",
                "Seoul",
                "Dandong",
            ]),
        );
        assert_eq!(
            countries(&found),
            [
                Some("CN"),
                Some("KP"),
                Some("CN"),
                Some("KP"),
                Some("KR"),
                Some("CN")
            ]
        );
        let beijing = found[2].as_ref().unwrap();
        assert_eq!(beijing.kind, GeoKind::Capital);
        assert!((beijing.lat - 39.9).abs() < 0.1 && (beijing.lon - 116.4).abs() < 0.1);
        let dandong = found[5].as_ref().unwrap();
        assert!((dandong.lat - 40.1).abs() < 0.1 && (dandong.lon - 124.4).abs() < 0.1);
        // A country is placed at its capital.
        assert_eq!(
            found[1].as_ref().unwrap().lat,
            found[3].as_ref().unwrap().lat
        );
    }

    #[test]
    fn the_same_cities_alone_are_placed_too() {
        for (name, cc) in [
            ("Beijing", "CN"),
            ("Pyongyang", "KP"),
            ("Seoul", "KR"),
            ("Dandong", "CN"),
        ] {
            assert_eq!(
                countries(&place("", &places(&[name]))),
                [Some(cc)],
                "{name}"
            );
        }
    }

    #[test]
    fn washington_in_a_us_politics_text_is_the_capital() {
        let found = place("", &places(&["United States", "Washington", "China"]));
        let washington = found[1].as_ref().unwrap();
        assert_eq!(washington.country, "US");
        assert_eq!(washington.admin1, "DC");
        assert_eq!(washington.kind, GeoKind::Capital);
        // Naming England (where there is a Washington too) does not move it.
        let found = place("", &places(&["U.S.", "England", "Washington"]));
        assert_eq!(found[2].as_ref().unwrap().admin1, "DC");
        // Alone, the capital is still the most populous Washington with people
        // counted (the data has no populations for states).
        let found = place("", &places(&["Washington"]));
        assert_eq!(found[0].as_ref().unwrap().admin1, "DC");
        // Beside other states and no country, the state is meant (placed at
        // its biggest city, Seattle).
        let found = place("", &places(&["Oregon", "Washington", "Idaho"]));
        let washington = found[1].as_ref().unwrap();
        assert_eq!(washington.kind, GeoKind::State, "{washington:?}");
        assert!((washington.lat - 47.6).abs() < 0.1, "{washington:?}");
        // With the country named too, the capital.
        let found = place("", &places(&["Oregon", "Washington", "United States"]));
        assert_eq!(found[1].as_ref().unwrap().admin1, "DC");
    }

    #[test]
    fn paris_is_in_france_unless_the_text_is_about_texas() {
        let france = place("", &places(&["Paris", "Lyon"]));
        assert_eq!(countries(&france), [Some("FR"), Some("FR")]);
        let texas = place("", &places(&["Texas", "Paris", "Dallas"]));
        let paris = texas[1].as_ref().unwrap();
        assert_eq!(
            (paris.country.as_str(), paris.admin1.as_str()),
            ("US", "TX")
        );
        assert!((paris.lat - 33.66).abs() < 0.1, "{paris:?}");
        // The country alone does not make a far smaller namesake of a
        // capital win: its state must be named.
        let united_states = place("", &places(&["United States", "Paris", "Moscow", "Rome"]));
        assert_eq!(
            countries(&united_states),
            [Some("US"), Some("FR"), Some("RU"), Some("IT")]
        );
        let india = place("", &places(&["India", "Dhaka", "Delhi"]));
        assert_eq!(countries(&india), [Some("IN"), Some("BD"), Some("IN")]);
        // Beside another US city, Paris is still the far bigger one.
        let new_york = place("", &places(&["New York", "Paris", "Vienna"]));
        assert_eq!(countries(&new_york), [Some("US"), Some("FR"), Some("AT")]);
        // France named as well: its capital wins.
        let both = place("", &places(&["United States", "France", "Paris"]));
        assert_eq!(both[2].as_ref().unwrap().country, "FR");
        // A country named through one of its states holds a town of a name
        // only when it is not far smaller than another (Hobart, Indiana is
        // about a seventh of Hobart, Tasmania).
        let idaho = place("", &places(&["Idaho", "Hobart", "Geneva", "Springfield"]));
        assert_eq!(
            countries(&idaho),
            [Some("US"), Some("AU"), Some("CH"), Some("US")]
        );
    }

    #[test]
    fn a_name_in_capitals_is_looked_up_as_written_in_small_letters() {
        let found = place("", &places(&["LONDON", "NEW YORK", "XQZW"]));
        assert_eq!(countries(&found), [Some("GB"), Some("US"), None]);
        assert_eq!(countries(&place("", &places(&["ROME"]))), [Some("IT")]);
        // In small letters, as posts write it, too.
        let found = place("", &places(&["hoi an", "vietnam", "da nang", "xqzw"]));
        assert_eq!(
            countries(&found),
            [Some("VN"), Some("VN"), Some("VN"), None]
        );
        assert_eq!(capitalised("WINSTON-SALEM"), "Winston-Salem");
        assert_eq!(capitalised("new delhi"), "New Delhi");
    }

    #[test]
    fn georgia_is_the_state_in_a_us_text_and_the_country_otherwise() {
        let alone = place("", &places(&["Georgia", "Russia"]));
        assert_eq!(countries(&alone), [Some("GE"), Some("RU")]);
        assert_eq!(alone[0].as_ref().unwrap().kind, GeoKind::Country);
        let us = place("", &places(&["Georgia", "U.S."]));
        let georgia = us[0].as_ref().unwrap();
        assert_eq!(
            (georgia.country.as_str(), georgia.kind),
            ("US", GeoKind::State)
        );
    }

    #[test]
    fn the_korean_peninsula_is_a_region_on_the_peninsula() {
        let found = place("", &places(&["Korean peninsula"]));
        let geo = found[0].as_ref().unwrap();
        assert_eq!(geo.kind, GeoKind::Region);
        assert_eq!(geo.country, "");
        assert!((34.0..43.0).contains(&geo.lat) && (124.0..131.0).contains(&geo.lon));
    }

    #[test]
    fn an_administrative_region_is_placed_and_places_its_towns() {
        // The county, not the town in Washington; the province's capital
        // stays the capital.
        let found = place("", &places(&["Kent", "Bavaria", "Buenos Aires"]));
        assert_eq!(countries(&found), [Some("GB"), Some("DE"), Some("AR")]);
        let kinds: Vec<_> = found.iter().map(|g| g.as_ref().unwrap().kind).collect();
        assert_eq!(
            kinds,
            [GeoKind::Province, GeoKind::Province, GeoKind::Capital]
        );
        // A town beside its region is the region's (not Richmond, British
        // Columbia, beside Surrey, British Columbia).
        let found = place("", &places(&["Surrey", "Richmond"]));
        assert_eq!(countries(&found), [Some("GB"), Some("GB")]);
        // What a name is, as linking asks, leaves the provinces out.
        let g = gazetteer();
        assert!(
            g.lookup_all("Kent")
                .iter()
                .any(|e| e.kind == GeoKind::Province)
        );
        assert!(g.lookup("Kent").iter().all(|e| e.kind == GeoKind::City));
        assert!(!g.has_kind("Bavaria", |_| true));
        assert!(g.names_of_kind(|_| true).all(|name| name != "Bavaria"));
    }

    /// The places `names` of `text`, each with a mention wherever its name
    /// is written.
    fn places_in(text: &str, names: &[&str]) -> Entities {
        let mut found = places(names);
        for e in &mut found.places {
            e.mentions = text
                .match_indices(e.name.as_str())
                .map(|(at, n)| at..at + n.len())
                .collect();
        }
        found
    }

    fn admin1s(found: &[Option<Geo>]) -> Vec<(&str, &str)> {
        found
            .iter()
            .map(|g| {
                g.as_ref()
                    .map_or(("", ""), |g| (g.country.as_str(), g.admin1.as_str()))
            })
            .collect()
    }

    #[test]
    fn a_town_written_before_its_state_is_the_town_of_that_state() {
        // Alone, `Athens` is Greece's capital and `Georgia` the country.
        let alone = place("", &places(&["Athens", "Georgia"]));
        assert_eq!(countries(&alone), [Some("GR"), Some("GE")]);
        let text = "The band formed in Athens, Georgia, in 1980.";
        let found = place(text, &places_in(text, &["Athens", "Georgia"]));
        assert_eq!(admin1s(&found), [("US", "GA"), ("US", "GA")]);
        // Two states named: each town is in the one written after it, not
        // in the one whose town of the name is bigger (Salem, Massachusetts).
        let text = "Salem,\u{a0}Oregon, is a capital. Boston, Massachusetts, is not.";
        let found = place(
            text,
            &places_in(text, &["Salem", "Oregon", "Boston", "Massachusetts"]),
        );
        assert_eq!(admin1s(&found)[0], ("US", "OR"));
        let text = "London, Ontario, is smaller than London.";
        let found = place(text, &places_in(text, &["London", "Ontario"]));
        assert_eq!(countries(&found), [Some("CA"), Some("CA")]);
        // Written apart (a full stop, no space, a list of towns), nothing
        // is read from it.
        for text in [
            "In Athens. Georgia is far.",
            "Athens,Georgia",
            "Athens, Paris, Georgia",
        ] {
            let found = place(text, &places_in(text, &["Athens", "Georgia", "Paris"]));
            assert_eq!(
                countries(&found),
                [Some("GR"), Some("GE"), Some("FR")],
                "{text}"
            );
        }
    }

    #[test]
    fn an_unknown_name_is_not_placed() {
        let found = place("", &places(&["Great Hall of the People", "Xyzzyland", ""]));
        assert_eq!(found, [None, None, None]);
    }

    #[test]
    fn names_are_matched_after_spaces_and_apostrophes_but_with_case() {
        let found = place(
            "",
            &places(&[
                "Democratic People\u{2019}s Republic of Korea",
                "  Korean \n peninsula ",
                "beiJing",
                "BEIJING",
                "beijing",
            ]),
        );
        // In capitals, as a dateline writes it, or in small letters, as a
        // post does, it is found too; in a case of its own it is not.
        assert_eq!(
            countries(&found),
            [Some("KP"), Some(""), None, Some("CN"), Some("CN")]
        );
    }

    #[test]
    fn aliases_are_tried_after_the_name() {
        let mut found = places(&["the States"]);
        found.places[0].aliases = vec!["Yankeeland".into(), "U.S.".into()];
        let geo = place("", &found);
        let geo = geo[0].as_ref().unwrap();
        assert_eq!((geo.name.as_str(), geo.country.as_str()), ("U.S.", "US"));
    }

    #[test]
    fn a_kind_is_found_as_looking_up_the_rows_finds_it() {
        let g = gazetteer();
        let wanted = |k: GeoKind| matches!(k, GeoKind::Country | GeoKind::Region);
        let names = g.rows.iter().step_by(97).map(|r| r.0);
        let odd = [
            "",
            " ",
            "Korean  peninsula",
            "Scotland",
            "scotland",
            "C\u{f4}te d\u{2019}Ivoire",
        ];
        for name in names.chain(odd) {
            let looked_up = g.lookup(name).iter().any(|e| wanted(e.kind));
            assert_eq!(g.has_kind(name, wanted), looked_up, "{name:?}");
        }
        assert!(g.has_kind("Scotland", wanted));
        assert!(!g.has_kind("Paris", wanted));
    }

    #[test]
    fn the_rows_of_a_name_are_found_as_a_search_of_all_rows_finds_them() {
        let searched = |g: &Gazetteer, name: &str| -> Vec<(&str, &str)> {
            let start = g.rows.partition_point(|r| r.0 < name);
            g.rows[start..]
                .iter()
                .take_while(|r| r.0 == name)
                .copied()
                .collect()
        };
        let g = gazetteer();
        assert!(g.names.is_some());
        let names = g.rows.iter().map(|r| r.0);
        for name in names.chain(["", "Nowhere-on-Sea", "paris", "Paris "]) {
            assert_eq!(g.rows_of(name), searched(g, name), "{name:?}");
        }
        assert!(g.rows_of("Paris").len() > 1);
        // A file out of order, with a name on rows apart.
        let g = Gazetteer::parse("b\t1\na\t2\nb\t3\n\u{e9}\t4\n");
        assert_eq!(g.rows_of("b"), [("b", "1"), ("b", "3")]);
        assert_eq!(g.rows_of("\u{e9}"), [("\u{e9}", "4")]);
        assert!(g.rows_of("c").is_empty());
    }

    #[test]
    fn every_row_of_the_gazetteer_parses() {
        let g = gazetteer();
        assert!(g.len() > 30_000, "{}", g.len());
        assert_eq!(TSV.lines().count(), g.len());
        for &(name, rest) in &g.rows {
            let e = entry(name, rest).unwrap_or_else(|| panic!("{name}\t{rest}"));
            assert!((-90.0..=90.0).contains(&e.lat) && (-180.0..=180.0).contains(&e.lon));
            assert!(e.country.is_empty() || e.country.len() == 2, "{name}");
            assert_eq!(normalise(name), name);
        }
        assert!(g.rows.is_sorted_by(|a, b| a.0 <= b.0));
    }

    proptest! {
        #[test]
        fn any_text_and_mentions_are_read_without_panicking(
            text in "(\\PC|, | |\u{a0}){0,40}",
            spans in prop::collection::vec((0usize..50, 0usize..50), 0..6),
        ) {
            let mut found = places(&["Athens", "Georgia", "Paris"]);
            for (k, (a, b)) in spans.into_iter().enumerate() {
                found.places[k % 3].mentions.push(a.min(b)..a.max(b));
            }
            let geo = place(&text, &found);
            prop_assert_eq!(geo.len(), 3);
            prop_assert!(geo.iter().all(Option::is_some));
        }

        #[test]
        fn any_name_is_looked_up_without_panicking(name in "\\PC*", alias in any::<String>()) {
            let mut found = places(&[&name, "Paris", "Texas"]);
            found.places[0].aliases = vec![alias];
            let geo = place("", &found);
            prop_assert_eq!(geo.len(), 3);
            prop_assert!(geo[1].is_some());
            let n = normalise(&name);
            prop_assert!(!n.starts_with(' ') && !n.ends_with(' ') && !n.contains("  "));
        }
    }
}
