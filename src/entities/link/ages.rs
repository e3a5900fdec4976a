//! People told by their ages: `Florence Jordan, 78, a retired teacher`,
//! `Dennis Hamilton, 41, of Paramus`. News gives a person's age between
//! commas right after the name, and often the town the person is from
//! right after the age; the tagger takes such names for places when their
//! words are places' (`Florence`, `Jordan`), and such towns for people.

use super::evidence::given_name;
use super::{Kind, Span};

/// The rest of `after` (the text right after a name) past an age written
/// between commas (`, 78, a retired` gives `a retired`): a number of one or
/// two figures, or of three from 100 to 119, that no other number follows
/// (`Kent, 3, 4` is a list of figures).
fn past_an_age(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(", ")?;
    let figures = rest.bytes().take_while(u8::is_ascii_digit).count();
    let age = &rest[..figures];
    let is_age = match figures {
        1 => age != "0",
        2 => !age.starts_with('0'),
        3 => age.starts_with("10") || age.starts_with("11"),
        _ => false,
    };
    let rest = rest[figures..].strip_prefix(", ")?;
    (is_age && !rest.starts_with(|c: char| c.is_ascii_digit())).then_some(rest)
}

/// The spans (in text order, apart) with a name followed by an age between
/// commas made a person's, joined with a given name of one word right
/// before it (`Florence` `Jordan, 78,`), and a name of one word taken for
/// a person's right after the age and `of` or `from` (`41, of Paramus`)
/// made a place's.
pub(super) fn people_by_their_ages(text: &str, spans: Vec<Span>) -> Vec<Span> {
    // The text past a span's age, if one follows it; the cheap question
    // first: most names have no age after them.
    let past_age = |s: &Span| {
        text.as_bytes()
            .get(s.end()..s.end() + 3)
            .is_some_and(|b| b[0] == b',' && b[2].is_ascii_digit())
            .then(|| past_an_age(&text[s.end()..]))
            .flatten()
    };
    if !spans.iter().any(|s| past_age(s).is_some()) {
        return spans;
    }
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    // Where the text after the last aged name's age and its `of` starts.
    let mut from_at = None;
    for mut s in spans {
        if from_at == Some(s.start) && s.kind == Kind::Person && !text[s.range()].contains(' ') {
            s = Span::new(text, s.range(), Kind::Place);
        }
        if let Some(rest) = past_age(&s) {
            let rest_at = text.len() - rest.len();
            from_at = ["of ", "from "]
                .iter()
                .find(|w| rest.starts_with(*w))
                .map(|w| rest_at + w.len());
            let joined = out.last().filter(|p| {
                p.end() + 1 == s.start
                    && text.as_bytes()[p.end()] == b' '
                    && given_name(&text[p.range()])
            });
            let start = joined.map_or(s.start, |p| p.start);
            if joined.is_some() {
                out.pop();
            }
            if s.kind != Kind::Person || start != s.start {
                s = Span::new(text, start..s.end(), Kind::Person);
            }
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;
    use super::past_an_age;

    #[test]
    fn an_age_is_a_small_number_between_commas() {
        assert_eq!(past_an_age(", 78, a retired"), Some("a retired"));
        assert_eq!(past_an_age(", 7, who"), Some("who"));
        assert_eq!(past_an_age(", 104, of Leeds"), Some("of Leeds"));
        assert_eq!(past_an_age(", 3, 4, 5"), None);
        assert_eq!(past_an_age(", 1996, was"), None);
        assert_eq!(past_an_age(", 250, all out"), None);
        assert_eq!(past_an_age(", 07, and"), None);
        assert_eq!(past_an_age(" 78, a"), None);
        assert_eq!(past_an_age(", 78"), None);
    }

    #[test]
    fn a_name_before_an_age_is_a_persons_and_the_town_after_it_a_place() {
        let [people, places, _] = linked(
            "Testifying is {L|Florence Jordan}, 78, a retired teacher. {P|Dennis Hamilton}, \
             41, of {P|Paramus}, pleaded guilty. {L|Florence} {L|Ashby}, 66, from {P|Leek}, \
             too. {L|Kent}, 3, 4, 5 and {L|Essex}, 1996, were not.",
        );
        assert_eq!(
            people,
            ["Florence Jordan", "Dennis Hamilton", "Florence Ashby"]
        );
        assert_eq!(places, ["Paramus", "Leek", "Kent", "Essex"]);
    }
}
