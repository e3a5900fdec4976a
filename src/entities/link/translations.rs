//! A name given again in its own language, in brackets after a language's
//! name: `the Moravian Regional Union (Czech: Moravská regionální unie,
//! MRU)`, `Munich (German: München)`. Such a name keeps its words in lower
//! case (`unie`), which the tagger leaves out; it is the same referent as
//! the name before it.

use super::*;

/// Languages and scripts, besides the names of peoples (`German`,
/// `Vietnamese`), which name their languages too.
const LANGUAGES: &[&str] = &[
    "Afrikaans",
    "Amharic",
    "Arabic",
    "Armenian",
    "Aymara",
    "Azerbaijani",
    "Basque",
    "Bengali",
    "Breton",
    "Burmese",
    "Catalan",
    "Cornish",
    "Cyrillic",
    "Czech",
    "Esperanto",
    "Farsi",
    "Frisian",
    "Gaelic",
    "Galician",
    "Georgian",
    "Guarani",
    "Gujarati",
    "Hausa",
    "Hawaiian",
    "Hebrew",
    "Hindi",
    "Igbo",
    "Irish",
    "Kannada",
    "Kazakh",
    "Khmer",
    "Kurdish",
    "Lao",
    "Latin",
    "Malay",
    "Malayalam",
    "Manx",
    "Maori",
    "Marathi",
    "Mongolian",
    "Nahuatl",
    "Pashto",
    "Punjabi",
    "Quechua",
    "Romani",
    "Sami",
    "Sanskrit",
    "Scots",
    "Sinhala",
    "Slovak",
    "Somali",
    "Swahili",
    "Tagalog",
    "Tamil",
    "Tatar",
    "Telugu",
    "Tibetan",
    "Tigrinya",
    "Turkish",
    "Urdu",
    "Uzbek",
    "Welsh",
    "Xhosa",
    "Yiddish",
    "Yoruba",
    "Zulu",
];

/// The longest name in its own language taken, in bytes.
const NAME_MAX: usize = 120;

/// The longest language's name read, in bytes.
const LANGUAGE_MAX: usize = 20;

/// Whether `word` names a language.
fn language(word: &str) -> bool {
    title_case(word) && (LANGUAGES.contains(&word) || demonyms().contains(&fold_hash(word)))
}

/// The length of ` (`, a language and `: ` where `s` begins with them:
/// looked for only as far as a language's name may reach, so that a text of
/// many brackets and no colon costs no more per bracket.
fn label_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix(" (")?;
    let colon = rest
        .bytes()
        .take(LANGUAGE_MAX + 1)
        .position(|b| b == b':')?;
    (rest[colon..].starts_with(": ") && language(&rest[..colon])).then_some(2 + colon + 2)
}

/// Where the name after ` (<language>: ` ends in `text[from..]`: at a
/// comma, a semicolon, a closing bracket or a line's end, if one comes
/// within [`NAME_MAX`] bytes.
fn name_end(text: &str, from: usize) -> Option<usize> {
    let window = &text.as_bytes()[from..text.len().min(from + NAME_MAX)];
    let at = window
        .iter()
        .position(|&b| matches!(b, b',' | b';' | b')' | b'\n'))?;
    Some(from + at)
}

/// The spans (in text order, apart), with each name written after a
/// place's or an organisation's span, ` (`, a language and `: ` made one
/// span of that span's kind, in place of
/// the spans inside it (`Moravská` of `Moravská regionální unie`): a name
/// that begins with a capital, and that no span reaches out of.
pub(super) fn names_in_their_language(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut found: Vec<(Range<usize>, Kind)> = Vec::new();
    // A person's name is seldom given so; a work's is, and the tagger may
    // have taken the work for a person (`Amélie (French: Le Fabuleux
    // Destin d'Amélie Poulain)`).
    for s in spans.iter().filter(|s| s.kind != Kind::Person) {
        let Some(label) = label_len(&text[s.end()..]) else {
            continue;
        };
        let from = s.end() + label;
        let Some(end) = name_end(text, from) else {
            continue;
        };
        let name = trim_edges(text, from..end);
        let written = &text[name.clone()];
        if name.start != from
            || !written.starts_with(char::is_uppercase)
            || !holds_whole(&spans, &name)
        {
            continue;
        }
        found.push((name, s.kind));
    }
    if found.is_empty() {
        return spans;
    }
    let ranges: Vec<Range<usize>> = found.iter().map(|(r, _)| r.clone()).collect();
    let kept = without_inside(spans, &ranges);
    let added = found
        .into_iter()
        .map(|(r, kind)| Span::new(text, r, kind))
        .collect();
    with_added(kept, added)
}

/// Whether `between` (the text between two spans) says the second is the
/// first's name in a language: ` (`, a language and `: `.
pub(super) fn in_its_language(between: &str) -> bool {
    label_len(between) == Some(between.len())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn a_name_in_its_own_language_is_the_name_before_it() {
        let src = "The {O|Moravian Regional Union} (Czech: {O|Moravská} regionální unie, MRU) \
                   is a party. {L|Munich} (German: {O|München}) lies on the {L|Isar}.";
        let (text, e) = link_marked(src);
        let organisations = summary(&text, &e.organisations);
        assert_eq!(
            organisations,
            [(
                "Moravian Regional Union".to_string(),
                vec!["Moravská regionální unie".to_string()],
                vec![
                    "Moravian Regional Union".to_string(),
                    "Moravská regionální unie".to_string()
                ]
            )]
        );
        let places = summary(&text, &e.places);
        assert_eq!(places[0].0, "Munich");
        assert_eq!(places[0].2, ["Munich", "München"]);
        // Not after a word that is no language, nor without a span before.
        let [people, places, organisations] = linked(
            "The band (Members: {P|Ana Kovač}) played. A battle (German: {O|Erstürmung} der \
             Schanzen) was fought.",
        );
        assert_eq!(people, ["Ana Kovač"]);
        assert!(places.is_empty(), "{places:?}");
        assert_eq!(organisations, ["Erstürmung"]);
        // Nor after a person's name (a work's, taken for one).
        let [people, _, _] =
            linked("{P|Amélie} (French: {P|Le Fabuleux Destin} d'Amélie Poulain) is a film.");
        assert!(!people.iter().any(|p| p.contains("Poulain")), "{people:?}");
    }
}
