//! Teams named after their town with a nickname in the plural (`Boston
//! Bruins`, `Calgary Flames`): organisations, though the tagger reads the
//! town and takes the whole for a place.

use super::*;

/// The spans (in text order, apart) with each team named by a listed place
/// and a capitalised plural (`New Jersey Devils`) that the tagger read
/// whole as a place made an organisation at every mention. (Where it cut
/// the nickname off, the two are left apart: `Tokyo` `Stocks` may be a
/// headline's.) Not a place listed whole (`Palm Springs`, `Grand Rapids`,
/// `Virgin Islands`) nor one ending in a word for a place (`Victoria
/// Falls`, `Blue Mountains`), nor a person named after a place (`Victor
/// Babes`).
pub(super) fn teams_by_their_nicknames(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let team = |town: &str, name: &str| {
        let first = town.split(' ').next().unwrap_or_default();
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
        let the =
            || word_before(text, s.start).is_some_and(|w| text[w].eq_ignore_ascii_case("the"));
        if let Some((town, nickname)) = surface.rsplit_once(' ')
            && plural_nickname(nickname)
            && team(town, surface)
            && (!attested_given_name(town) || the())
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

/// Whether `word` is a capitalised plural of letters (`Bruins`, `Flyers`),
/// not a word for places (`Meadows`).
fn plural_nickname(word: &str) -> bool {
    word.len() >= 4
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.chars().all(char::is_alphabetic)
        && !PLACE_PLURALS.iter().any(|p| p.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;

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
        // A person named after a place.
        let [people, places, _] = linked("He scored {L|Chad} {P|Curtis}. {L|Victor Babes} ran.");
        assert_eq!(people, ["Curtis"]);
        assert_eq!(places, ["Chad", "Victor Babes"]);
    }
}
