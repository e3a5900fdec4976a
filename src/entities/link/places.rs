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

/// The mentions are cleaned spans, on character boundaries.
pub(super) fn link_places(text: &str, mut mentions: Vec<Span>, kind: Kind) -> Vec<Entity> {
    // The group of each mention first, so each group's list is made once,
    // at its size. It is kept in the span's name key, not needed after.
    // (Groups are far fewer than mentions: their lists grow as needed.)
    let mut groups: Vec<Group> = Vec::new();
    let mut count: Vec<usize> = Vec::new();
    let mut index: HashMap64<usize> = HashMap64::default();
    for span in &mut mentions {
        let alias = place_alias_by_key(span.place);
        let key = alias.map_or(span.place, place_key);
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
    }

    #[test]
    fn places_merge_only_on_equal_names() {
        let (_, e) = link_marked(
            "{L|Beijing Railway Station} in {L|Beijing}; {L|Korean Peninsula}, {L|Korean peninsula}",
        );
        assert_eq!(
            names(&e.places),
            ["Beijing Railway Station", "Beijing", "Korean Peninsula"]
        );
        assert_eq!(e.places[2].aliases, ["Korean peninsula"]);
    }

    #[test]
    fn a_place_alias_tagged_as_a_person_is_a_place() {
        let (_, e) = link_marked("{P|DPRK} said");
        assert!(e.people.is_empty());
        assert_eq!(names(&e.places), ["North Korea"]);
    }
}
