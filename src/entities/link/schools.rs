//! Universities and colleges named by their town or founder alone, known by
//! the words of study before them (`studied at Edinburgh`, `waitlisted at
//! McGill`): organisations, though the tagger reads a town or a person.

use super::*;

/// Verbs of study, each followed by `at` (`studied at`, `studied law at`);
/// not of teaching, which is done in towns too (`taught at Nyeri`).
pub(super) const STUDY_VERBS: &[&str] = &[
    "studied",
    "studies",
    "study",
    "studying",
    "enrolled",
    "lectured",
    "lecturer",
    "lecturers",
    "professor",
    "waitlisted",
];

/// Two words that name a school after them wherever they stand.
pub(super) const STRONG_CUES: &[[&str; 2]] = &[
    ["graduated", "from"],
    ["graduate", "of"],
    ["alumnus", "of"],
    ["alumna", "of"],
    ["alumni", "of"],
    ["waitlisted", "by"],
];

/// Two words that name a school after them only in a text about study
/// ([`Topics::study`]): elsewhere they go before towns (`got into Lisbon
/// late`, `admitted to Mercy Hospital`).
const WEAK_CUES: &[[&str; 2]] = &[
    ["admitted", "to"],
    ["accepted", "to"],
    ["accepted", "into"],
    ["accepted", "at"],
    ["got", "into"],
    ["get", "into"],
];

/// Word stems of a text about study: admissions, degrees, courses.
pub(super) const STUDY_STEMS: &[&str] = &[
    "admission",
    "campus",
    "college",
    "degree",
    "phd",
    "scholarship",
    "semester",
    "undergrad",
    "universit",
    "waitlist",
];

/// Whether the words right before `at` are a cue of study: strong ones
/// always, weak ones when the text is about study (`study`).
fn cued(text: &str, at: usize, study: bool) -> bool {
    let Some(last) = word_before(text, at) else {
        return false;
    };
    let Some(first) = word_before(text, last.start) else {
        return false;
    };
    let (a, b) = (&text[first.clone()], &text[last]);
    let is = |pair: &[&str; 2]| pair[0].eq_ignore_ascii_case(a) && pair[1].eq_ignore_ascii_case(b);
    if STRONG_CUES.iter().any(is) {
        return true;
    }
    // `studied at`, or with a subject between (`studied law at`).
    if b.eq_ignore_ascii_case("at") {
        let verb = |w: &str| STUDY_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w));
        if verb(a) {
            return true;
        }
        if a.bytes().all(|c| c.is_ascii_lowercase())
            && word_before(text, first.start).is_some_and(|v| verb(&text[v]))
        {
            return true;
        }
    }
    study && WEAK_CUES.iter().any(is)
}

/// The spans, with each name of a place or a person that follows a cue of
/// study ([`cued`]) made an organisation's, there and wherever else it
/// stands but after a word that marks a place (`in Edinburgh`, `at
/// Mona`). Not a country's name, nor a name of more than one word that is
/// a person's, nor a town before its school (`at Jerusalem's Hebrew
/// University`). `study`: whether the text is about study
/// ([`Topics::study`]).
pub(super) fn schools_by_their_students(
    text: &str,
    study: bool,
    mut spans: Vec<Span>,
) -> Vec<Span> {
    let mut schools = HashSet64::default();
    let mut cued_at = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        if s.kind == Kind::Organisation {
            continue;
        }
        let surface = &text[s.range()];
        if s.kind == Kind::Person && surface.has_byte(b' ') {
            continue;
        }
        let possessive =
            text[s.end()..].starts_with("'s") || text[s.end()..].starts_with("\u{2019}s");
        if !possessive && cued(text, s.start, study) && !listed_country(surface) {
            schools.insert(s.name);
            cued_at.push(i);
        }
    }
    if schools.is_empty() {
        return spans;
    }
    for &i in &cued_at {
        spans[i].kind = Kind::Organisation;
    }
    for s in spans.iter_mut() {
        if s.kind != Kind::Organisation
            && schools.contains(&s.name)
            && !word_before(text, s.start).is_some_and(|w| marks_place(&text[w], true))
        {
            s.kind = Kind::Organisation;
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;

    #[test]
    fn a_town_or_a_name_after_words_of_study_is_a_school() {
        let [people, places, organisations] = linked(
            "{P|Kofi} was admitted to {L|Edinburgh} and waitlisted at {P|McGill}. My uncle \
             says {L|Edinburgh}; {L|Edinburgh} grad here. He lived in {L|Edinburgh} later, and \
             took a flat at {L|Edinburgh}.",
        );
        assert_eq!(people, ["Kofi"]);
        assert_eq!(organisations, ["Edinburgh", "McGill"]);
        // Where a place's word goes before it, the town.
        assert_eq!(places, ["Edinburgh"]);
        let [people, _, organisations] = linked(
            "{P|Rhodes} had studied law at {L|Oriel}. {P|Ann Lee}, a graduate of {L|Makerere}, \
             taught at {L|Nyeri}. {P|Sara} studies at {L|Jerusalem}'s {O|Hebrew University}.",
        );
        assert_eq!(people, ["Rhodes", "Ann Lee", "Sara"]);
        assert_eq!(organisations, ["Oriel", "Makerere", "Hebrew University"]);
    }

    #[test]
    fn getting_into_a_town_is_no_school_outside_a_text_of_study() {
        let [_, places, organisations] =
            linked("We got into {L|Lisbon} late and {P|Ana} was admitted to {L|Coimbra} hospital.");
        assert_eq!(places, ["Lisbon", "Coimbra"]);
        assert!(organisations.is_empty());
        let [_, places, organisations] = linked(
            "Admissions thread: I got into {L|Edinburgh} and {L|Toronto}! She studied in \
             {L|Japan}. He graduated from {L|France}'s best school.",
        );
        assert_eq!(organisations, ["Edinburgh"]);
        assert_eq!(places, ["Toronto", "Japan", "France"]);
    }
}
