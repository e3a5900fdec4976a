//! Grouping people: equal names, and shorter names joining a longer one.

use super::*;

/// The words of a person's name as compared: folded, hyphenated parts apart
/// (`Myung-Hyun` = `Myung-hyun` = `Myung Hyun`).
pub(super) fn name_parts(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
}

/// The [`name_parts`] of a person's own name, up to `of`: the place a
/// person is of is no surname (`Philip II of Spain`, `Louis XIV of
/// France`).
pub(super) fn own_name_parts(s: &str) -> impl Iterator<Item = &str> {
    name_parts(s).take_while(|w| *w != "of")
}

/// One hash of the [`fold_hash`] of each of the [`name_parts`] (but those
/// that are only dots): what [`folded`] works out as `name` along with its
/// other hashes.
#[cfg(test)]
pub(super) fn name_key(s: &str) -> u64 {
    name_parts(s)
        .filter(|w| !w.trim_end_matches('.').is_empty())
        .fold(FOLD_SEED, |h, w| mix(h, fold_hash(w)))
}

/// The sex of the first personal pronoun among the few words after `at` in
/// its sentence (`Clinton said she was pleased`), if any. A pronoun that is
/// the object of the name's verb is somebody else's, so the name's sex is
/// the other (`Clinton thanked him`, `Clinton gave her a book`); `her`
/// before a noun is the name's own (`Clinton thanked her staff`).
pub(super) fn pronoun_after(text: &str, mut at: usize) -> Option<Sex> {
    if text[at..].starts_with(',') {
        at += 1;
    }
    for _ in 0..6 {
        let w = word_after(text, at)?;
        let word = &text[w.clone()];
        let bare = word.trim_matches(|c: char| !c.is_alphabetic());
        let is = |list: &[&str]| list.iter().any(|p| p.eq_ignore_ascii_case(bare));
        // `her` ends its clause or comes before an article or a preposition:
        // the object, not a possessive.
        let object_her = || {
            word.len() > bare.len()
                || word_after(text, w.end).is_none_or(|n| {
                    let next = text[n].trim_matches(|c: char| !c.is_alphabetic());
                    OBJECT_FOLLOWERS
                        .iter()
                        .any(|f| f.eq_ignore_ascii_case(next))
                })
        };
        let sex = if is(&["him"]) {
            Some(Sex::Female)
        } else if is(&["her"]) && object_her() {
            Some(Sex::Male)
        } else if is(&["she", "her", "hers", "herself"]) {
            Some(Sex::Female)
        } else if is(&["he", "his", "himself"]) {
            Some(Sex::Male)
        } else {
            None
        };
        if sex.is_some() {
            return sex;
        }
        if word.ends_with(['.', '!', '?', ';']) {
            return None;
        }
        at = w.end;
    }
    None
}

/// Words that follow `her` as an object rather than a possessive: articles,
/// prepositions and adverbs (`gave her a book`, `thanked her for`).
const OBJECT_FOLLOWERS: &[&str] = &[
    "a", "an", "the", "to", "for", "with", "of", "in", "on", "at", "about", "that", "and", "but",
    "again", "back", "too", "so", "later", "then",
];

/// The [`name_parts`] of `s` that a lower-case part after a hyphen holds
/// to the part before it, as bits (bit `i` for part `i`): `Ban Ki-moon` is
/// never `Moon` nor `Ki`, `Moon Jae-in` never `Jae`. A part written with a
/// capital after a hyphen stands alone (`Assad` of `Bashar al-Assad`).
pub(super) fn held_parts(s: &str) -> u32 {
    if !s.has_byte(b'-') {
        return 0;
    }
    let mut held = 0;
    let mut after_hyphen = false;
    let mut at_start = true;
    let mut part = 0u32;
    for c in s.chars() {
        if c.is_whitespace() || c == '-' {
            if !at_start {
                part += 1;
                at_start = true;
                after_hyphen = false;
            }
            after_hyphen |= c == '-';
            continue;
        }
        if at_start {
            if after_hyphen && c.is_lowercase() && part > 0 && part < u32::BITS {
                held |= 1 << part;
            }
            at_start = false;
        }
    }
    held
}

/// Whether the word before `at` names a relative (`his sister Kim Yo
/// Jong`, `her husband, Bill Clinton`).
fn after_kin_word(text: &str, at: usize) -> bool {
    word_before(text, at).is_some_and(|w| super::kin::relative(text[w].trim_end_matches(',')))
}

/// Is `short` a proper subsequence of `long`?
pub(super) fn is_part_of(short: &[u64], long: &[u64]) -> bool {
    if short.len() >= long.len() {
        return false;
    }
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// The mentions are cleaned spans, on character boundaries.
pub(super) fn link_people(text: &str, mut mentions: Vec<Range<usize>>) -> Vec<Entity> {
    mentions.sort_by_key(|r| r.start);
    // The name words of every mention, one after another: mention `i` has
    // `all_words[ends[i - 1]..ends[i]]`.
    let mut all_words: Vec<u64> = Vec::with_capacity(mentions.len() * 2);
    let mut ends: Vec<usize> = Vec::with_capacity(mentions.len());
    for r in &mentions {
        all_words.extend(name_parts(&text[r.clone()]).map(fold_hash));
        ends.push(all_words.len());
    }
    let form = |i: usize| &all_words[if i == 0 { 0 } else { ends[i - 1] }..ends[i]];
    // The distinct forms in order of first mention (as the index of that
    // mention), and the distinct form of every mention. Forms are found by a
    // hash of their words: the first distinct form with each hash, and for
    // each distinct form the next one with its hash.
    // (Distinct forms are far fewer than mentions in most texts: their lists
    // grow as needed rather than being made as long as the mentions.)
    let mut distinct: Vec<usize> = Vec::new();
    let mut next_same: Vec<usize> = Vec::new();
    let mut form_of: Vec<usize> = Vec::with_capacity(ends.len());
    let mut index: HashMap64<usize> = HashMap64::default();
    for i in 0..ends.len() {
        let f = form(i);
        let key = f.iter().fold(FOLD_SEED, |h, &w| mix(h, w));
        let head = index.entry(key).or_insert(usize::MAX);
        let mut d = *head;
        let mut last = usize::MAX;
        while d != usize::MAX && form(distinct[d]) != f {
            last = d;
            d = next_same[d];
        }
        if d == usize::MAX {
            d = distinct.len();
            distinct.push(i);
            next_same.push(usize::MAX);
            if last == usize::MAX {
                *head = d;
            } else {
                next_same[last] = d;
            }
        }
        form_of.push(d);
    }
    // The distinct form with these words, if any.
    let find = |words: &[u64]| -> Option<usize> {
        let key = words.iter().fold(FOLD_SEED, |h, &w| mix(h, w));
        let mut d = index.get(&key).copied().unwrap_or(usize::MAX);
        while d != usize::MAX && form(distinct[d]) != words {
            d = next_same[d];
        }
        (d != usize::MAX).then_some(d)
    };
    // Every (shorter, longer) pair of distinct forms where the shorter is a
    // part of the longer: found from the longer one's own subsequences, looked
    // up by hash, so the work grows with the number of forms, not its square
    // (with thousands of `Kim Jong ...`, comparing each to every form sharing
    // its first word was quadratic). A form of more words than
    // `ENUMERATED_WORDS` (not a name, in practice) is compared with every
    // shorter form instead.
    const ENUMERATED_WORDS: usize = 12;
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut sub: Vec<u64> = Vec::with_capacity(ENUMERATED_WORDS);
    for (d, &i) in distinct.iter().enumerate() {
        let f = form(i);
        if f.len() <= ENUMERATED_WORDS {
            // A part held to the one before it is taken with it or not at
            // all (as the form is first written).
            let held = held_parts(&text[mentions[i].clone()]);
            for mask in 0..(1u32 << f.len()) - 1 {
                if (mask ^ (mask << 1)) & held != 0 {
                    continue;
                }
                sub.clear();
                sub.extend((0..f.len()).filter(|b| mask & (1 << b) != 0).map(|b| f[b]));
                if let Some(s) = find(&sub) {
                    parts.push((s, d));
                }
            }
        } else {
            for (s, &j) in distinct.iter().enumerate() {
                if is_part_of(form(j), f) {
                    parts.push((s, d));
                }
            }
        }
    }
    parts.sort_unstable();
    parts.dedup();
    // The words of the mentions are needed no more.
    drop((all_words, ends));
    // A full name is a form that is no part of another form; each is one person.
    let mut is_part = vec![false; distinct.len()];
    for &(s, _) in &parts {
        is_part[s] = true;
    }
    let mut full: Vec<usize> = Vec::with_capacity(distinct.len());
    let mut full_of: Vec<Option<usize>> = vec![None; distinct.len()];
    for d in 0..distinct.len() {
        if !is_part[d] {
            full_of[d] = Some(full.len());
            full.push(d);
        }
    }
    let first_full_at: Vec<usize> = full.iter().map(|&d| mentions[distinct[d]].start).collect();
    // Full names first written after a kin word (`his sister Kim Yo Jong`):
    // someone's relative, who takes a shared surname from the one already
    // named only by being mentioned more, not by being mentioned last.
    let relative: Vec<bool> = first_full_at
        .iter()
        .map(|&at| after_kin_word(text, at))
        .collect();
    // For each full name, the shorter forms that are part of it; for each
    // shorter form, the full name it joins when none of its full names is
    // mentioned yet: the first to come.
    let mut shorter_of: Vec<Vec<u32>> = vec![Vec::new(); full.len()];
    let mut first_to_come: Vec<Option<usize>> = vec![None; distinct.len()];
    // The same per sex, for a shorter form after a title that names one
    // (`Mrs. Clinton`): the sex of a full name is its given name's.
    let sex_of_full: Vec<Option<Sex>> = full
        .iter()
        .map(|&d| {
            let r = &mentions[distinct[d]];
            name_parts(&text[r.clone()])
                .next()
                .and_then(sex_of_given_name)
        })
        .collect();
    let sexes = [Sex::Female, Sex::Male];
    let slot = |sex: Sex| sexes.iter().position(|&s| s == sex).unwrap_or(0);
    let mut first_to_come_by_sex: [Vec<Option<usize>>; 2] =
        [vec![None; distinct.len()], vec![None; distinct.len()]];
    for &(s, d) in &parts {
        if let Some(k) = full_of[d] {
            shorter_of[k].push(s as u32);
            let first = &mut first_to_come[s];
            if first.is_none_or(|f| first_full_at[k] < first_full_at[f]) {
                *first = Some(k);
            }
            if let Some(sex) = sex_of_full[k] {
                let first = &mut first_to_come_by_sex[slot(sex)][s];
                if first.is_none_or(|f| first_full_at[k] < first_full_at[f]) {
                    *first = Some(k);
                }
            }
        }
    }
    // The person each mention goes to (`usize::MAX` for none), written over
    // its form once that is read, and how many each has so far.
    let mut count: Vec<usize> = vec![0; full.len()];
    // For each shorter form, among its full names already mentioned, the one
    // mentioned most so far (ties: the most recent). Counts only grow, so
    // when one full name is mentioned again it is the only one that can
    // overtake: updating its shorter forms keeps this right in constant time
    // per shorter form, with no pass over all the candidates per mention.
    let mut most: Vec<Option<usize>> = vec![None; distinct.len()];
    let mut most_by_sex: [Vec<Option<usize>>; 2] =
        [vec![None; distinct.len()], vec![None; distinct.len()]];
    for (i, chosen_for) in form_of.iter_mut().enumerate() {
        let d = *chosen_for;
        let chosen = match full_of[d] {
            Some(k) => k,
            None => {
                // A title naming a sex (`Mrs. Clinton`), or else a pronoun
                // soon after (`Clinton said she`), chooses among the full
                // names of that sex first.
                let by_sex = || {
                    let s = word_before(text, mentions[i].start)
                        .and_then(|w| sex_of_title(&text[w]))
                        .or_else(|| pronoun_after(text, mentions[i].end))
                        .map(slot)?;
                    most_by_sex[s][d].or(first_to_come_by_sex[s][d])
                };
                match by_sex().or(most[d]).or(first_to_come[d]) {
                    Some(k) => k,
                    None => {
                        *chosen_for = usize::MAX;
                        continue;
                    }
                }
            }
        };
        *chosen_for = chosen;
        count[chosen] += 1;
        // Its mention is the most recent, so it wins a tie, but for a
        // relative's.
        let wins =
            |b: usize| count[chosen] > count[b] || (count[chosen] == count[b] && !relative[chosen]);
        for &s in &shorter_of[chosen] {
            let best = &mut most[s as usize];
            if best.is_none_or(wins) {
                *best = Some(chosen);
            }
            if let Some(sex) = sex_of_full[chosen] {
                let best = &mut most_by_sex[slot(sex)][s as usize];
                if best.is_none_or(wins) {
                    *best = Some(chosen);
                }
            }
        }
    }
    let mut groups: Vec<Group> = count
        .iter()
        .map(|&n| Group {
            mentions: Vec::with_capacity(n),
            fixed_name: None,
        })
        .collect();
    for (r, k) in mentions.into_iter().zip(form_of) {
        if k != usize::MAX {
            groups[k].mentions.push(r);
        }
    }
    let words = |s: &str| name_parts(s).count();
    in_order(
        groups
            .into_iter()
            .filter(|g| !g.mentions.is_empty())
            .map(|g| g.finish(text, Kind::Person, words))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn the_name_key_is_folded_with_the_other_hashes() {
        for s in [
            "Go Myung-Hyun",
            "Go Myung hyun",
            "Jr.-Smith",
            "A.B. de-la  Cruz.",
            "-x- -y",
            "",
            "Kim\u{2019}s \u{c4}rger",
            "U.S.",
            "A . B",
            " x\t\u{e9}t\u{c9}  ",
        ] {
            let f = folded(s);
            assert_eq!(f.name, name_key(s), "{s:?}");
            let words: Vec<u64> = s.split_whitespace().map(fold_hash).collect();
            assert_eq!(*f.words, words, "{s:?}");
        }
        assert_eq!(name_key("Go Myung-Hyun"), name_key("go myung hyun"));
        assert_ne!(name_key("Go Myung-Hyun"), name_key("Go Myunghyun"));
    }

    #[test]
    fn a_title_chooses_between_people_who_share_a_surname() {
        let (_, e) = link_marked(
            "{P|Hillary Clinton} spoke first. {P|Bill Clinton} spoke next. Mrs. {P|Clinton} \
             said she was pleased. Mr. {P|Clinton} left. {P|Clinton} waved.",
        );
        assert_eq!(names(&e.people), ["Hillary Clinton", "Bill Clinton"]);
        // Mrs. to Hillary; Mr. and the bare surname to Bill (most recent of
        // two with two mentions each).
        assert_eq!(e.people[0].mentions.len(), 2, "{:?}", e.people[0]);
        assert_eq!(e.people[1].mentions.len(), 3, "{:?}", e.people[1]);
    }

    #[test]
    fn a_pronoun_chooses_between_people_who_share_a_surname() {
        let (text, e) = link_marked(
            "{P|Hillary Clinton} spoke first. {P|Bill Clinton} spoke next. {P|Clinton} \
             said she was pleased. {P|Clinton}, who had spoken, said he agreed. \
             {P|Clinton} left. Then she spoke.",
        );
        assert_eq!(names(&e.people), ["Hillary Clinton", "Bill Clinton"]);
        let at = |i: usize| {
            e.people[i]
                .mentions
                .iter()
                .map(|r| r.start)
                .collect::<Vec<_>>()
        };
        let she = text.find("Clinton said she").unwrap();
        assert!(at(0).contains(&she), "{:?}", e.people);
        // `he` goes to Bill; with no pronoun in its sentence the last bare
        // surname goes to the most mentioned so far.
        assert_eq!(e.people[0].mentions.len(), 2, "{:?}", e.people[0]);
        assert_eq!(e.people[1].mentions.len(), 3, "{:?}", e.people[1]);
    }

    #[test]
    fn a_pronoun_as_the_object_is_somebody_elses() {
        // `him` and `her` as the object of the bare surname's verb: the
        // other of the two.
        for (src, who) in [
            ("Clinton thanked him.", 0),
            ("Clinton gave her a book.", 1),
            ("Clinton thanked her and left.", 1),
            ("Clinton thanked her staff.", 0),
        ] {
            let (text, e) = link_marked(&format!(
                "{{P|Hillary Clinton}} spoke first. {{P|Bill Clinton}} spoke next. {{P|{}",
                src.replacen(' ', "} ", 1)
            ));
            let at = text.find(src).unwrap();
            assert!(
                e.people[who].mentions.iter().any(|r| r.start == at),
                "{src}: {:?}",
                e.people
            );
        }
        // So with only one of them known by sex: `her` is the other one.
        let (text, e) =
            link_marked("{P|Donald Trump} and {P|Ivanka Trump} spoke. {P|Trump} thanked her.");
        let at = text.find("Trump thanked").unwrap();
        assert!(
            e.people[0].mentions.iter().any(|r| r.start == at),
            "{:?}",
            e.people
        );
    }

    #[test]
    fn surname_joins_the_full_name() {
        let (text, e) = link_marked("{P|Xi Jinping} met {P|Kim Jong Un}. {P|Xi} smiled.");
        assert_eq!(
            summary(&text, &e.people),
            [
                (
                    "Xi Jinping".into(),
                    strings(&["Xi"]),
                    strings(&["Xi Jinping", "Xi"])
                ),
                ("Kim Jong Un".into(), vec![], strings(&["Kim Jong Un"])),
            ]
        );
        assert!(e.places.is_empty());
    }

    #[test]
    fn shared_family_name_goes_to_the_most_mentioned_kim() {
        // The main Kim keeps the surname even after his sister is named,
        // and "Kim’s" right before her full name is still him.
        let (text, e) = link_marked(
            "{P|Kim Jong Un} went to {L|Beijing}. {P|Kim} met {P|Xi Jinping}. \
             {P|Kim’s} sister {P|Kim Yo Jong} stayed home. Later {P|Kim} left.",
        );
        assert_eq!(
            summary(&text, &e.people),
            [
                (
                    "Kim Jong Un".into(),
                    strings(&["Kim"]),
                    strings(&["Kim Jong Un", "Kim", "Kim", "Kim"])
                ),
                ("Xi Jinping".into(), vec![], strings(&["Xi Jinping"])),
                ("Kim Yo Jong".into(), vec![], strings(&["Kim Yo Jong"])),
            ]
        );
    }

    #[test]
    fn shared_family_name_goes_to_the_sister_when_she_is_the_subject() {
        let (text, e) = link_marked(
            "{P|Kim Yo Jong} arrived in {L|Seoul}. {P|Kim Yo Jong} met officials. \
             Her brother {P|Kim Jong Un} stayed in {L|Pyongyang}. {P|Kim} flew home.",
        );
        assert_eq!(
            summary(&text, &e.people),
            [
                (
                    "Kim Yo Jong".into(),
                    strings(&["Kim"]),
                    strings(&["Kim Yo Jong", "Kim Yo Jong", "Kim"])
                ),
                ("Kim Jong Un".into(), vec![], strings(&["Kim Jong Un"])),
            ]
        );
    }

    #[test]
    fn equal_counts_go_to_the_most_recent() {
        let (text, e) =
            link_marked("{P|Donald Trump} and {P|Ivanka Trump} spoke. {P|Trump} thanked them.");
        assert_eq!(
            summary(&text, &e.people),
            [
                ("Donald Trump".into(), vec![], strings(&["Donald Trump"])),
                (
                    "Ivanka Trump".into(),
                    strings(&["Trump"]),
                    strings(&["Ivanka Trump", "Trump"])
                ),
            ]
        );
        let (text, e) =
            link_marked("{P|Ivanka Trump} and {P|Donald Trump} spoke. {P|Trump} thanked them.");
        assert_eq!(
            summary(&text, &e.people)[1],
            (
                "Donald Trump".into(),
                strings(&["Trump"]),
                strings(&["Donald Trump", "Trump"])
            )
        );
    }

    #[test]
    fn a_relative_named_last_takes_the_surname_only_by_being_mentioned_more() {
        // `his sister Kim Yo Jong`: a tie stays with Kim Jong Un.
        let (text, e) = link_marked(
            "{P|Kim Jong Un} met his sister {P|Kim Yo Jong} in {L|Pyongyang}. {P|Kim} \
             spoke. Her husband, {P|Bill Clinton}, met {P|Hillary Clinton}. {P|Clinton} \
             left.",
        );
        assert_eq!(
            summary(&text, &e.people)[..2],
            [
                (
                    "Kim Jong Un".into(),
                    strings(&["Kim"]),
                    strings(&["Kim Jong Un", "Kim"])
                ),
                ("Kim Yo Jong".into(), vec![], strings(&["Kim Yo Jong"])),
            ]
        );
        // With no kin word, the tie goes to the most recent, as before.
        assert_eq!(
            summary(&text, &e.people)[3],
            (
                "Hillary Clinton".into(),
                strings(&["Clinton"]),
                strings(&["Hillary Clinton", "Clinton"])
            )
        );
        // Mentioned more, the relative takes it.
        let (_, e) = link_marked(
            "{P|Kim Jong Un} met his sister {P|Kim Yo Jong}. {P|Kim Yo Jong} spoke. {P|Kim} \
             left.",
        );
        assert_eq!(e.people[1].mentions.len(), 3, "{:?}", e.people);
    }

    #[test]
    fn family_members_with_longer_names_stay_apart() {
        let (_, e) = link_marked(
            "{P|Kim Jong Un} spoke. {P|Kim} followed {P|Kim Il Sung} and {P|Kim Jong Il}. \
             {P|Kim Jong} said so.",
        );
        assert_eq!(
            names(&e.people),
            ["Kim Jong Un", "Kim Il Sung", "Kim Jong Il"]
        );
        assert_eq!(e.people[0].mentions.len(), 3);
        assert_eq!(e.people[1].mentions.len(), 1);
        assert_eq!(e.people[2].mentions.len(), 1);
    }

    #[test]
    fn a_surname_before_any_full_name_joins_the_next_one() {
        let (text, e) = link_marked("{P|Kim} arrives\n\n{P|Kim Jong Un} arrived by train.");
        assert_eq!(
            summary(&text, &e.people),
            [(
                "Kim Jong Un".into(),
                strings(&["Kim"]),
                strings(&["Kim", "Kim Jong Un"])
            )]
        );
    }

    #[test]
    fn a_surname_alone_is_its_own_person() {
        let (text, e) = link_marked("He will meet {P|President Trump}. {P|Trump} agreed.");
        assert_eq!(
            summary(&text, &e.people),
            [("Trump".into(), vec![], strings(&["Trump", "Trump"]))]
        );
    }

    #[test]
    fn hyphenated_names_match_whatever_their_case() {
        let (text, e) = link_marked("said {P|Go Myung-Hyun}. Comments from {P|Go Myung-hyun}.");
        assert_eq!(
            summary(&text, &e.people),
            [(
                "Go Myung-Hyun".into(),
                strings(&["Go Myung-hyun"]),
                strings(&["Go Myung-Hyun", "Go Myung-hyun"])
            )]
        );
    }

    proptest::proptest! {
        #[test]
        fn held_parts_are_parts_in_lower_case_after_a_hyphen(
            s in "[ a-zA-Z\\-\u{a0}\u{2028}éÉß中]{0,24}|\\PC{0,24}",
        ) {
            let held = held_parts(&s);
            let parts: Vec<&str> = name_parts(&s).collect();
            for (i, part) in parts.iter().enumerate() {
                let lower = part.starts_with(char::is_lowercase);
                // Where the part stands, and whether a hyphen is among the
                // separators right before it.
                let at = part.as_ptr() as usize - s.as_ptr() as usize;
                let hyphen = s[..at]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_whitespace() || *c == '-')
                    .any(|c| c == '-');
                let want = i > 0 && i < 32 && lower && hyphen;
                proptest::prop_assert_eq!(held >> i & 1 == 1, want, "part {} of {:?}", i, s);
            }
            proptest::prop_assert_eq!(held.checked_shr(parts.len() as u32).unwrap_or(0), 0);
        }
    }

    #[test]
    fn a_part_in_lower_case_after_a_hyphen_is_held_to_the_part_before() {
        assert_eq!(held_parts("Ban Ki-moon"), 0b100);
        assert_eq!(held_parts("Moon Jae-in"), 0b100);
        assert_eq!(held_parts("Bashar al-Assad"), 0);
        assert_eq!(held_parts("Go Myung-Hyun"), 0);
        assert_eq!(held_parts("Kim Jong Un"), 0);
        assert_eq!(held_parts("Jean - pierre"), 0b10);
        assert_eq!(held_parts("-moon"), 0);
        assert_eq!(held_parts("Ho Chi-minh Trần-văn"), 0b1_0100);
    }

    #[test]
    fn a_korean_given_name_is_no_name_of_its_own() {
        // `Moon` alone is not Ban Ki-moon, whose given name is `Ki-moon`.
        let (text, e) = link_marked(
            "{P|Ban Ki-moon} visited {L|Seoul}. {P|Moon} said he agreed. {P|Ban} left.",
        );
        assert_eq!(
            summary(&text, &e.people),
            [
                (
                    "Ban Ki-moon".into(),
                    strings(&["Ban"]),
                    strings(&["Ban Ki-moon", "Ban"])
                ),
                ("Moon".into(), vec![], strings(&["Moon"])),
            ]
        );
        // And `Moon` after both is the president.
        let (text, e) = link_marked(
            "{P|Ban Ki-moon} visited {L|Seoul}. President {P|Moon Jae-in} welcomed him. \
             {P|Moon} said he agreed.",
        );
        assert_eq!(
            summary(&text, &e.people),
            [
                ("Ban Ki-moon".into(), vec![], strings(&["Ban Ki-moon"])),
                (
                    "Moon Jae-in".into(),
                    strings(&["Moon"]),
                    strings(&["Moon Jae-in", "Moon"])
                ),
            ]
        );
    }

    #[test]
    fn the_fullest_form_names_the_entity() {
        let (_, e) =
            link_marked("{P|Trump} spoke. {P|Donald J. Trump} left. {P|Donald Trump} too.");
        assert_eq!(e.people.len(), 1);
        assert_eq!(e.people[0].name, "Donald J. Trump");
        assert_eq!(e.people[0].aliases, ["Trump", "Donald Trump"]);
    }
}
