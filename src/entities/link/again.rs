//! Surnames named again: a person named in full is later often named by the
//! surname alone, which the tagger may pass by (`During the break Newman made
//! solo records`).

use super::*;

/// The spans, with every bare occurrence of the surname of a person named in
/// two to four words in the text (`Newman` of `Colin Newman`; `Li` of `Li
/// Qiang`, a family name written first) that no span holds added as a
/// person's.
///
/// Not looked for: a surname that is an ordinary word (`Price`, `Small`), a
/// listed place (`Jordan`) or a place named in the text, a people's name or
/// a title. Not taken: an
/// occurrence next to another capitalised word (`Newman Street`, but for a
/// sentence's first word that is an ordinary one), joined to a word by a
/// hyphen, or after a word that marks a place (`in Newman`).
pub(super) fn with_surnames_again(text: &str, spans: Vec<Span>) -> Vec<Span> {
    // The capitalised words outside every span, by the hash of their bytes:
    // found first, so that only the surnames among them are looked at, and
    // a text naming many people costs no more than one naming a few.
    let bare = bare_words(text, &spans);
    if bare.is_empty() {
        return spans;
    }
    let present: HashSet64 = bare.iter().map(|&(h, _)| h).collect();
    // The surnames that occur bare, by hash, each once.
    let mut surnames: HashMap64<&str> = HashMap64::default();
    for s in spans.iter().filter(|s| s.kind == Kind::Person) {
        let surface = &text[s.range()];
        let Some((first, rest)) = surface.split_once_byte(b' ') else {
            continue;
        };
        if rest.split_byte(b' ').count() > 3 {
            continue;
        }
        let last = rest.rsplit_byte(b' ').next().unwrap_or(rest);
        for (form, family_first) in [(last, false), (first, true)] {
            let h = bytes_hash(form);
            if present.contains(&h)
                && !surnames.contains_key(&h)
                && (!family_first || family_name_first(form))
            {
                surnames.insert(h, form);
            }
        }
    }
    if surnames.is_empty() {
        return spans;
    }
    // Names of places in the text: a surname that is one is not looked for.
    let places: HashSet64 = spans
        .iter()
        .filter(|s| s.kind == Kind::Place)
        .map(|s| s.name)
        .collect();
    let mut verdicts: HashMap64<bool> = HashMap64::default();
    let mut added = Vec::new();
    for (h, start) in bare {
        let Some(&form) = surnames.get(&h) else {
            continue;
        };
        let range = start..start + form.len();
        if text.get(range.clone()) != Some(form)
            || !taken_here(text, &range)
            || clean::eponym_at(text, &range)
        {
            continue;
        }
        let wanted = *verdicts
            .entry(h)
            .or_insert_with(|| !places.contains(&folded(form).name) && looked_for(form));
        if wanted {
            added.push(Span::new(text, range, Kind::Person));
        }
    }
    with_added(spans, added)
}

/// Each word of `text` that starts with a capital, is all letters and digits
/// and lies outside `spans` (in text order, apart), as the hash of its bytes
/// and its start, in text order.
fn bare_words(text: &str, spans: &[Span]) -> Vec<(u64, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut next = 0;
    let mut at = 0;
    // Byte by byte, past everything but a capital that starts a word: only
    // those runs are measured and hashed.
    while at < bytes.len() {
        // Past the bytes that are neither an ASCII capital nor a
        // character's past ASCII: none of them starts a word here.
        at = next_capital_or_wide(bytes, at);
        let Some(&b) = bytes.get(at) else {
            break;
        };
        let (upper, len) = if b < 0x80 {
            (b.is_ascii_uppercase(), 1)
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            (c.is_uppercase(), c.len_utf8())
        };
        let starts = upper
            && !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
        if !starts {
            at += len;
            continue;
        }
        let start = at;
        let mut n = run_len(&text[at..]).max(len);
        // A double-barrelled name is one word (`Lachance-Ouellet`).
        while let Some(rest) = text[start + n..].strip_prefix('-')
            && rest.starts_with(char::is_uppercase)
        {
            n += 1 + run_len(rest);
        }
        at = start + n;
        while spans.get(next).is_some_and(|s| s.end() <= start) {
            next += 1;
        }
        if spans.get(next).is_some_and(|s| s.start < start + n) {
            continue;
        }
        out.push((bytes_hash(&text[start..start + n]), start));
    }
    out
}

/// Whether a surname is looked for alone.
fn looked_for(form: &str) -> bool {
    form.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && form
            .split_byte(b'-')
            .all(|part| !part.is_empty() && part.chars().all(char::is_alphabetic))
        && is_name_word(form)
        && !form.chars().skip(1).all(|c| !c.is_lowercase())
        && !common_word(form)
        && !not_repeated().contains(&fold_hash(form))
        && !is_title(form)
        && !demonyms().contains(&fold_hash(form))
        && !listed_place(form)
}

/// Whether an occurrence of a surname at `range` stands alone as a name.
fn taken_here(text: &str, range: &Range<usize>) -> bool {
    if !whole_word(text, range) {
        return false;
    }
    // Only spaces part a word after (a comma or full stop ends the name).
    let next_is_name = word_after(text, range.end).is_some_and(|w| {
        let bare = trim_edges(text, w);
        !bare.is_empty() && is_name_word(&text[bare])
    });
    let before = word_before(text, range.start);
    let prev_is_name = before.clone().is_some_and(|w| {
        let word = &text[w.clone()];
        let bare = trim_edges(text, w);
        let ordinary_start = common_words().contains(&fold_hash(&text[bare.clone()]))
            && starts_sentence(text, bare.start);
        is_name_word(word)
            && word.ends_with(char::is_alphanumeric)
            && !is_title(word)
            && !ordinary_start
    });
    let placed = before.is_some_and(|w| marks_place(&text[w], true));
    !(next_is_name || prev_is_name || placed)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn a_surname_alone_is_the_person_named_in_full() {
        let [people, ..] = linked(
            "The line-up had {P|Colin Newman} on vocals.\n\n\
             During the break Newman made solo records.",
        );
        assert_eq!(people, ["Colin Newman"]);
        let (text, e) = link_marked(
            "The line-up had {P|Colin Newman} on vocals.\n\n\
             During the break Newman made solo records.",
        );
        let mentions = mention_texts(&text, &e.people[0]);
        assert_eq!(mentions, ["Colin Newman", "Newman"]);
    }

    #[test]
    fn a_double_barrelled_surname_alone_is_the_person_named_in_full() {
        // Passed by the tagger, or taken by it as a name of one word.
        for src in [
            "{P|Geneviève Lachance-Ouellet} founded it. Lachance-Ouellet remains chief.",
            "{P|Geneviève Lachance-Ouellet} founded it. {P|Lachance-Ouellet} remains chief.",
        ] {
            let (text, e) = link_marked(src);
            let mentions = mention_texts(&text, &e.people[0]);
            assert_eq!(
                mentions,
                ["Geneviève Lachance-Ouellet", "Lachance-Ouellet"],
                "{src}"
            );
        }
        // Not a part of it alone, nor a name it is joined to by a hyphen.
        let (text, e) = link_marked("{P|Ana Ouellet} came. The Lachance-Ouellet plan failed.");
        assert_eq!(mention_texts(&text, &e.people[0]), ["Ana Ouellet"]);
    }

    #[test]
    fn a_family_name_written_first_is_found_alone_too() {
        let (text, e) = link_marked("{P|Li Qiang} met officials. Later Li flew home.");
        let mentions = mention_texts(&text, &e.people[0]);
        assert_eq!(mentions, ["Li Qiang", "Li"]);
    }

    #[test]
    fn ordinary_words_places_and_longer_names_are_not_taken() {
        for src in [
            // An ordinary word.
            "The series was created by {P|Adam Price}. The price rose. Price cuts followed.",
            // Part of a longer name, or a place's.
            "{P|Colin Newman} sang. Newman Street is quiet. He flew to Newman.",
            // A listed place.
            "{P|Michael Jordan} played. Jordan is a kingdom.",
        ] {
            let (text, e) = link_marked(src);
            let mentions: usize = e.people.iter().map(|p| p.mentions.len()).sum();
            assert_eq!(mentions, 1, "{src}: {:?}", e.people);
            assert!(!text.is_empty());
        }
    }
}
