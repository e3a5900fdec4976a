//! Names that the text spells out before an acronym in brackets: `the East
//! African Community (EAC)`, `the Reserve Bank of India (RBI)`. The tagger
//! may miss the name, cut it, or miss the acronym; the initials say where
//! the name starts.

use super::*;

/// Short words inside a name that give no letter to its acronym.
const SKIPPED: &[&str] = &[
    "of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "le", "el", "del", "di", "&",
];

/// The spans (in text order, apart), with each name that an acronym in
/// brackets right after it spells by its capitalised words' initials made
/// one span, in place of the spans inside it, and the acronym a span of the
/// same kind, there and wherever else it stands alone outside the spans.
/// The name keeps the kind of a span that is all of it; otherwise it is a
/// place when it has no organisation's word and the place lists know it
/// whole or the spans inside it are places (`Democratic Republic of Congo`),
/// else an organisation. A name
/// that a span only partly overlaps, or a person's, is left alone.
pub(super) fn spelled_out(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut found: Vec<(Range<usize>, Range<usize>, Kind)> = Vec::new();
    let mut from = 0;
    while let Some(i) = memchr::memchr(b'(', &text.as_bytes()[from..]) {
        let open = from + i;
        from = open + 1;
        // An acronym is short: the closing bracket is looked for only
        // that far, so a text of unclosed brackets costs no more than one.
        let window = &text.as_bytes()[from..(from + 8).min(text.len())];
        let Some(close) = window.iter().position(|&b| b == b')').map(|j| from + j) else {
            continue;
        };
        let short = from..close;
        let letters = match &text[short.clone()] {
            s if is_acronym(s) => s.to_string(),
            s if is_word_acronym(s) => s.to_ascii_uppercase(),
            _ => continue,
        };
        if !text[..open].ends_with(' ') {
            continue;
        }
        let Some(name) = spelled_before(text, open - 1, &letters) else {
            continue;
        };
        let over = spans_over(&spans, &name);
        let surface = &text[name.clone()];
        let f = folded(surface);
        let listed = listed_place(surface) || place_alias_by_key(f.place).is_some();
        let kind = match over {
            [one] if one.range() == name => one.kind,
            _ if !holds_whole(&spans, &name) || is_event(&f) => continue,
            _ if is_organisation(&f) => Kind::Organisation,
            _ if listed || geographic(surface) => Kind::Place,
            _ if over.iter().any(|s| s.kind == Kind::Organisation) => Kind::Organisation,
            _ => continue,
        };
        if kind != Kind::Person {
            found.push((name, short, kind));
        }
    }
    if found.is_empty() {
        return spans;
    }
    let mut spans = spans;
    for kind in [Kind::Place, Kind::Organisation] {
        let names: Vec<Range<usize>> = found
            .iter()
            .filter(|(name, _, k)| {
                *k == kind && span_over(&spans, name).is_none_or(|s| s.range() != *name)
            })
            .map(|(name, ..)| name.clone())
            .collect();
        spans = replaced_by(text, spans, names, kind);
    }
    // The acronyms, each with the kind of its first name, found alone
    // wherever no span holds them.
    let mut forms: Vec<(&str, Kind)> = Vec::new();
    for (_, short, kind) in &found {
        let form = &text[short.clone()];
        if !forms.iter().any(|(f, _)| *f == form) {
            forms.push((form, *kind));
        }
    }
    let mut added = Vec::new();
    occurrences(text, 0..text.len(), &forms, &spans, &mut |rank, at, _| {
        let range = at..at + forms[rank].0.len();
        if whole_word(text, &range) && span_over(&spans, &range).is_none() {
            added.push(Span::new(text, range, forms[rank].1));
        }
    });
    with_added(spans, added)
}

/// An acronym in brackets: two to six capitals, maybe with a small letter
/// between them (`BiH`).
fn is_acronym(s: &str) -> bool {
    (2..=6).contains(&s.len())
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.bytes().all(|b| b.is_ascii_alphabetic())
        && s.bytes().filter(u8::is_ascii_uppercase).count() >= 2
}

/// An acronym written as a word, in brackets: a capital, then two to five
/// small letters (`Nema`, `Unicef`, `Opec`), as some papers write those
/// said as words. Its letters must spell the name before it all the same.
pub(super) fn is_word_acronym(s: &str) -> bool {
    (3..=6).contains(&s.len())
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.bytes().skip(1).all(|b| b.is_ascii_lowercase())
}

/// The words ending at `end` (a space before the bracket) whose initials,
/// capitalised words each giving one and [`SKIPPED`] words none, spell the
/// capitals of `acronym`: `East African Community` for `EAC`. The first
/// word gives the first letter; a capitalised word that gives the wrong
/// letter, or anything else on the way, ends the search.
fn spelled_before(text: &str, end: usize, acronym: &str) -> Option<Range<usize>> {
    let mut letters = acronym.bytes().filter(u8::is_ascii_uppercase).rev();
    let mut want = letters.next();
    let mut start = None;
    let mut at = end;
    // At most this many words are read back: a name spelled by an acronym
    // of six letters with a few short words among them.
    let mut words = 0;
    while let Some(letter) = want {
        words += 1;
        if words > 12 {
            return None;
        }
        let w = word_before(text, at + 1)?;
        let word = &text[w.clone()];
        if SKIPPED.contains(&word) && start.is_some() {
            at = w.start.checked_sub(1)?;
            continue;
        }
        let first = word.bytes().next()?;
        if !first.is_ascii_uppercase() || first != letter {
            return None;
        }
        // Letters of any script after the first (`Mouvement Réformateur`).
        if !word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            return None;
        }
        start = Some(w.start);
        want = letters.next();
        if want.is_some() {
            at = w.start.checked_sub(1)?;
            if text.as_bytes().get(at) != Some(&b' ') {
                return None;
            }
        }
    }
    start.map(|start| start..end)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn a_name_spelled_out_before_its_acronym_is_found_whole() {
        let [_, places, organisations] = linked(
            "The East African Community (EAC) has urged its members to act. The EAC met. \
             The {O|Reserve Bank} of {L|India} (RBI) cut rates; the RBI said so. Talks in \
             the United {L|Arab} Emirates (UAE) went on; the UAE-based firm waited.",
        );
        assert_eq!(
            organisations,
            ["East African Community", "Reserve Bank of India"]
        );
        assert_eq!(places, ["United Arab Emirates"]);
        // Words with letters past ASCII, and an acronym that is also a
        // title (`MR`).
        let (_, e) = link_marked(
            "The liberals of the {O|Mouvement Réformateur} ({O|MR}) failed to agree. The \
             {O|MR} wants help.",
        );
        let mr = &e.organisations[0];
        assert_eq!(mr.name, "Mouvement Réformateur");
        assert_eq!(mr.mentions.len(), 3, "{e:?}");
    }

    #[test]
    fn an_acronym_written_as_a_word_is_the_name_it_spells() {
        let (_, e) = link_marked(
            "The {O|National Environment Management Authority} ({P|Nema}) failed to consult. \
             Counsel for {P|Nema} disagreed. {P|Juma Otieno} (Jo) and {L|Kisumu} (Kisu) are \
             not spelled.",
        );
        let nema = &e.organisations[0];
        assert_eq!(nema.name, "National Environment Management Authority");
        assert_eq!(nema.mentions.len(), 3, "{e:?}");
        assert_eq!(e.organisations.len(), 1, "{e:?}");
        assert_eq!(names(&e.people), ["Juma Otieno"]);
    }

    #[test]
    fn initials_that_do_not_spell_it_leave_the_text_alone() {
        let [people, places, organisations] = linked(
            "He met {P|John Smith} (JS) in {L|Paris} (France) and read (ABC) news. \
             Costs rose (UK). Cofinec's Global Depositary Receipts (GDRs) fell. The \
             Comprehensive Test Ban Treaty (CTBT) waits.",
        );
        assert_eq!(people, ["John Smith"]);
        assert_eq!(places, ["Paris"]);
        assert!(organisations.is_empty(), "{organisations:?}");
    }
}
