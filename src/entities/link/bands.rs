//! Bands named as a leader and the group behind them (`Nick Cave and the
//! Bad Seeds`, `Sione & the Tide`): one organisation, where the tagger
//! reads a person and another body, or cuts the name in three.

use super::*;

/// Words of a text about music, each after a space (so `band` is not read
/// in `husband`), any case.
pub(super) const MUSIC_WORDS: &[&str] = &[
    " album", " band", " concert", " drummer", " gig", " guitar", " music", " singer", " song",
];

/// The words between a band's leader and its group.
const JOINS: &[&str] = &[" and the ", " & the "];

/// The index one past the last of the spans from `from` on that follow each
/// other after one space.
fn run_end(spans: &[Span], from: usize) -> usize {
    let mut end = from + 1;
    while end < spans.len() && spans[end].start == spans[end - 1].end() + 1 {
        end += 1;
    }
    end
}

/// Whether `text[range]` may be a band's leader: a name of three words at
/// most whose first is a given name (`Martha`), or whose last is a family
/// name after a word that is no ordinary word (`Smokey Robinson`; not
/// `Rolling Stone`), not after `the` (`the Temptations and the Four Tops`
/// are two groups).
fn leads(text: &str, range: Range<usize>) -> bool {
    let name = &text[range.clone()];
    let first = name.split_byte(b' ').next().unwrap_or_default();
    let last = name.rsplit_byte(b' ').next().unwrap_or_default();
    let words = name.split_byte(b' ').count();
    words <= 3
        && (given_name(first) || words > 1 && family_name(last) && !common_word(first))
        && !word_before(text, range.start).is_some_and(|w| text[w].eq_ignore_ascii_case("the"))
}

/// Whether `text[range]` may be a band's group: a name of three words at
/// most that does not end in a body's word (`the E Street Band`, `the
/// Metropolitan Opera` are bodies alone).
fn groups(text: &str, range: Range<usize>) -> bool {
    let name = &text[range];
    let last = name.rsplit_byte(b' ').next().unwrap_or_default();
    name.split_byte(b' ').count() <= 3 && !organisation_words().contains(&fold_hash(last))
}

/// The spans (in text order, apart) with a band named as a leader, `and
/// the` or `& the`, and a group made one organisation, in a text about
/// music (`music`, [`Topics::music`]): the names right before and right after those
/// words, none of them a place's, the group's no person's, the leader's
/// begun by a given name ([`leads`]), the group's not ended by a body's
/// word ([`groups`]), and the group not named alone before (`Epstein and
/// the Beatles`, after `the Beatles`, are two).
pub(super) fn bands_with_their_leaders(text: &str, music: bool, spans: Vec<Span>) -> Vec<Span> {
    let written = |j: &&str| memchr::memmem::find(text.as_bytes(), j.as_bytes()).is_some();
    if spans.len() < 2 || !music || !JOINS.iter().any(written) {
        return spans;
    }
    let mut taken = vec![false; spans.len()];
    let mut joined: Vec<(usize, Span)> = Vec::new();
    // The groups' names seen so far.
    let mut seen = HashSet64::default();
    let mut i = 0;
    while i < spans.len() {
        // The run of names from `spans[i]` on, maybe a leader's.
        let leader_end = run_end(&spans, i);
        let last = &spans[leader_end - 1];
        let group = leader_end;
        let between = spans.get(group).and_then(|g| text.get(last.end()..g.start));
        if !between.is_some_and(|b| JOINS.contains(&b)) {
            for s in &spans[i..leader_end] {
                seen.insert(s.name);
            }
            i = leader_end;
            continue;
        }
        let group_end = run_end(&spans, group);
        let leader = &spans[i..leader_end];
        let members = &spans[group..group_end];
        let fits = !leader.iter().chain(members).any(|s| s.kind == Kind::Place)
            && !members.iter().any(|s| s.kind == Kind::Person)
            && !members.iter().any(|s| seen.contains(&s.name))
            && leads(text, leader[0].start..last.end())
            && groups(text, members[0].start..members[members.len() - 1].end());
        for s in leader.iter().chain(members) {
            seen.insert(s.name);
        }
        if fits {
            let range = leader[0].start..members[members.len() - 1].end();
            joined.push((i, Span::new(text, range, Kind::Organisation)));
            for t in &mut taken[i + 1..group_end] {
                *t = true;
            }
        }
        i = group_end;
    }
    let mut spans = spans;
    for (i, s) in joined {
        spans[i] = s;
    }
    without_taken(spans, &taken)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;

    #[test]
    fn a_band_named_by_its_leader_and_group_is_one_organisation() {
        let [people, places, orgs] = linked(
            "{P|Nick} {O|Cave} and the {O|Bad Seeds} are an Australian rock band. Motown's \
             stars included {O|Smokey Robinson} and the {O|Miracles} and {P|Martha} & the \
             {O|Vandellas}. The band toured {L|Japan}.",
        );
        assert_eq!(
            orgs,
            [
                "Nick Cave and the Bad Seeds",
                "Smokey Robinson and the Miracles",
                "Martha & the Vandellas"
            ]
        );
        assert!(people.is_empty(), "{people:?}");
        assert_eq!(places, ["Japan"]);
    }

    #[test]
    fn a_person_and_a_body_stay_two_outside_music_or_after_the_body_alone() {
        // Two groups, or a group and a body.
        let [_, _, orgs] = linked(
            "The band toured. Hits by the {O|Temptations} and the {O|Four Tops}, reviews in \
             {O|Rolling Stone} and the {O|Village Voice}, a show by {P|Bruce} and the \
             {O|E Street Band}.",
        );
        assert_eq!(
            orgs,
            [
                "Temptations",
                "Four Tops",
                "Rolling Stone",
                "Village Voice",
                "E Street Band"
            ]
        );
        // Not about music.
        let [people, _, orgs] =
            linked("{P|Barack Obama} and the {O|Democrats} met in {L|Chicago}. {P|Obama} spoke.");
        assert_eq!(people, ["Barack Obama"]);
        assert_eq!(orgs, ["Democrats"]);
        // The group named alone before.
        let [people, _, orgs] = linked(
            "The band {O|Beatles} played in {L|Hamburg}. {P|Brian Epstein} and the \
             {O|Beatles} signed a deal. {P|Epstein} said so.",
        );
        assert_eq!(people, ["Brian Epstein"]);
        assert_eq!(orgs, ["Beatles"]);
        // A place on either side.
        let [_, places, _] = linked(
            "The band played {L|London} and the {L|Netherlands}. The singer {P|Ana Ruiz} came.",
        );
        assert_eq!(places, ["London", "Netherlands"]);
    }
}
