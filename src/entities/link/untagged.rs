//! Organisations the tagger missed whose names end in a word that only an
//! organisation's name ends in: `Mute Records`, `British Museum`, `Smiths
//! Industries`, `Midland Railway`.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, Input};

use super::*;

/// Capitalised words that end an organisation's name. Not words that also
/// end places' names (`Bank`: `West Bank`) or other things' (`Band`, `Club`:
/// `the Band`, `Book Club`).
const HEADS: &[&str] = &[
    "Academy",
    "Airlines",
    "Airways",
    "Association",
    "College",
    "Company",
    "Corporation",
    "Federation",
    "Foundation",
    "Industries",
    "Institute",
    "Museum",
    "Orchestra",
    "Railway",
    "Records",
    "Society",
    "Studios",
    "University",
];

/// Capitalised words that start a sentence or a phrase rather than a name.
const NOT_NAMES: &[&str] = &[
    "A", "After", "An", "And", "As", "At", "But", "By", "For", "From", "Her", "His", "In", "Its",
    "My", "Of", "On", "Our", "The", "Their", "These", "This", "Those", "To", "When", "While",
    "With",
];

fn heads() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    super::automaton(&AC, HEADS)
}

/// `spans` (in text order, apart) with an organisation added for each head
/// word in `text[part]` that no span holds, with the capitalised words
/// right before it (at least one; not a title or a word that starts a
/// sentence) that no span holds either.
pub(super) fn untagged_organisations(
    text: &str,
    part: Range<usize>,
    spans: Vec<Span>,
) -> Vec<Span> {
    let mut added = Vec::new();
    let mut last_end = 0;
    for m in heads().find_iter(Input::new(text).range(part)) {
        let head = m.start()..m.end();
        if head.start < last_end || !whole_word(text, &head) || span_over(&spans, &head).is_some() {
            continue;
        }
        let mut start = head.start;
        while let Some(w) = word_before(text, start) {
            let word = &text[w.clone()];
            if trim_edges(text, w.clone()) != w
                || !is_name_word(word)
                || NOT_NAMES.contains(&word)
                || is_title(word)
                || !text[w.end..start].chars().all(|c| c == ' ')
                || span_over(&spans, &w).is_some()
            {
                break;
            }
            start = w.start;
        }
        if start == head.start {
            continue;
        }
        last_end = head.end;
        added.push(Span::new(text, start..head.end, Kind::Organisation));
    }
    with_added(spans, added)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::link_marked;

    fn organisations(src: &str) -> Vec<String> {
        let (_, e) = link_marked(src);
        e.organisations.iter().map(|e| e.name.clone()).collect()
    }

    #[test]
    fn a_name_ending_in_an_organisations_word_is_one_even_untagged() {
        assert_eq!(
            organisations(
                "The band signed to Mute Records in 1979. They played at the British Museum. \
                 Records were broken. The Museum was shut."
            ),
            ["Mute Records", "British Museum"]
        );
        // Not where a span already is, nor a word alone, nor a sentence's
        // first word.
        assert_eq!(
            organisations("{O|Mute Records} grew. In Museum news, none."),
            ["Mute Records"]
        );
    }
}
