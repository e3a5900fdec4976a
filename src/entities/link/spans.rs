//! Spans linking adds to the tagger's: known country forms and further
//! occurrences of names already found.

use super::*;

/// Country names that are written one way and mean one thing: found in the
/// text whatever the tagger says, since a model trained on news rarely sees the
/// official long forms.
pub(super) const KNOWN_PLACE_FORMS: &[&str] = &[
    "U.S.",
    "U.S.A.",
    "USA",
    "U.K.",
    "DPRK",
    "D.P.R.K.",
    "ROK",
    "PRC",
    "UAE",
    "United States of America",
    "Democratic People's Republic of Korea",
    "Democratic People\u{2019}s Republic of Korea",
    "People's Republic of China",
    "People\u{2019}s Republic of China",
    "Republic of Korea",
];

/// Every whole-word occurrence of [`KNOWN_PLACE_FORMS`], in one pass over the
/// text. A form is found at an ASCII byte and matched byte for byte, so both
/// ends of an occurrence are character boundaries.
pub(super) fn known_places(text: &str) -> Vec<(Range<usize>, Kind)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    // Every form starts with one of these.
    loop {
        let at = next_byte_of(bytes, from, b"UDRP");
        if at >= bytes.len() {
            break;
        }
        from = at + 1;
        let b = bytes[at];
        let second = bytes.get(at + 1).copied();
        for form in KNOWN_PLACE_FORMS {
            let f = form.as_bytes();
            if f[0] == b && Some(f[1]) == second && bytes[at..].starts_with(f) {
                let r = at..at + form.len();
                if whole_word(text, &r) {
                    out.push((r, Kind::Place));
                }
            }
        }
    }
    out
}

/// Capitalised English words that a short name may also be: a name of this
/// form is not looked for again.
pub(super) const NOT_REPEATED: &[&str] = &[
    "a", "an", "and", "as", "at", "be", "bill", "but", "by", "can", "do", "for", "go", "grant",
    "he", "her", "his", "hope", "i", "if", "in", "is", "it", "its", "may", "me", "my", "no", "not",
    "of", "on", "or", "our", "rose", "she", "so", "the", "they", "this", "to", "up", "us", "we",
    "will", "you",
];

/// The spans plus further occurrences of names already found, which the
/// tagger missed (`Xi` found once, missed twice) or cut short (`Kim Jong` of a
/// `Kim Jong Un` found elsewhere): the same characters as a whole word, not
/// inside a longer capitalised name (a title or demonym before it is fine) or
/// an organisation's name. Such an occurrence replaces the spans it contains
/// and is dropped where it overlaps any other span.
///
/// The spans are cleaned ones, on character boundaries; occurrences are too
/// (see [`occurrences`]), and the words next to them come from
/// [`word_before`] and [`word_after`].
pub(super) fn with_repeats(text: &str, kept: Vec<Span>) -> Vec<Span> {
    // Each distinct form, with its first span's kind and keys.
    let mut forms: Vec<(&str, (Kind, u64, u64))> = Vec::with_capacity(kept.len());
    // The forms so far by the hash of their bytes: the first form with each
    // hash, and for each form the next one with its hash.
    let mut known: HashMap64<usize> = HashMap64::default();
    known.reserve(kept.len());
    let mut next_same: Vec<usize> = Vec::with_capacity(kept.len());
    for span in &kept {
        let form = &text[span.range.clone()];
        let hash = bytes_hash(form);
        let mut at = known.get(&hash).copied().unwrap_or(usize::MAX);
        let mut last = usize::MAX;
        while at != usize::MAX && forms[at].0 != form {
            last = at;
            at = next_same[at];
        }
        if at == usize::MAX && !not_repeated().contains(&fold_hash(form)) {
            if last == usize::MAX {
                known.insert(hash, forms.len());
            } else {
                next_same[last] = forms.len();
            }
            forms.push((form, (span.kind, span.place, span.name)));
            next_same.push(usize::MAX);
        }
    }
    // Longest first, so "Xi Jinping" is claimed before "Xi".
    forms.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    // Where each form occurs, found in one pass over the text; then taken
    // form by form (longest first), each in text order.
    let mut found = occurrences(text, &forms, &kept);
    found.sort_unstable();
    // Every span so far, in text order; spans do not overlap.
    let mut spans = kept;
    for (rank, at) in found {
        let (form, (kind, place, name)) = forms[rank];
        let r = at..at + form.len();
        // Spans are ordered and apart, so those overlapping `r` are the
        // last ones starting before its end, while they end after its start.
        let upto = spans.partition_point(|s| s.range.start < r.end);
        let from = upto
            - spans[..upto]
                .iter()
                .rev()
                .take_while(|s| s.range.end > r.start)
                .count();
        let inside =
            |s: &Span| s.range.start >= r.start && s.range.end <= r.end && s.range.len() < r.len();
        if !spans[from..upto].iter().all(inside) {
            continue;
        }
        let joined_before = word_before(text, r.start).is_some_and(|w| {
            let word = &text[w];
            is_name_word(word)
                && !word.ends_with(|c: char| !c.is_alphanumeric())
                && !is_title(word)
                && !demonyms().contains(&fold_hash(word))
        });
        let joined_after = word_after(text, r.end).is_some_and(|w| is_name_word(&text[w]));
        if !whole_word(text, &r)
            || joined_before
            || joined_after
            || inside_organisation_name(text, &r, kind)
        {
            continue;
        }
        let span = Span {
            range: r,
            kind,
            place,
            name,
        };
        spans.splice(from..upto, [span]);
    }
    spans
}

/// Every `(index in forms, byte offset)` where a form occurs in `text` as a
/// whole word, in no particular order, but for those that `taken` rules out.
/// One pass: a form starting with a letter or digit can only occur where a
/// run of letters and digits starts, and that run is then the form's first
/// run.
///
/// `taken` are spans in text order, apart. An occurrence that starts inside
/// one of them, or at its start and no longer, is left out: it could never
/// take the place of what is there (see [`with_repeats`]). So the text
/// covered by names found already, which is where most capitals are, is
/// passed over.
///
/// The scan may stop inside a character, but it only reads the text there
/// as a string where a form starts, and no form starts with a UTF-8
/// continuation byte: so every slice is at a character's first byte, and an
/// occurrence, matched byte for byte, ends on a boundary too.
pub(super) fn occurrences<T>(
    text: &str,
    forms: &[(&str, T)],
    taken: &[Span],
) -> Vec<(usize, usize)> {
    let mut found = Vec::with_capacity(forms.len());
    // The forms by first byte: those starting with byte `b` are
    // `order[first[b]..first[b + 1]]`, each with the length of its first run.
    let mut first = [0u32; 257];
    let mut order: Vec<(u32, u32)> = vec![(0, 0); forms.len()];
    for (rank, (form, _)) in forms.iter().enumerate() {
        if run_len(form) == 0 {
            // Rare: a form that starts with a symbol. Any occurrence will do;
            // the caller checks for whole words.
            found.extend(text.match_indices(form).map(|(at, _)| (rank, at)));
        } else {
            first[form.as_bytes()[0] as usize + 1] += 1;
        }
    }
    for b in 0..256 {
        first[b + 1] += first[b];
    }
    let mut fill = first;
    for (rank, (form, _)) in forms.iter().enumerate() {
        let n = run_len(form);
        if n > 0 {
            let slot = &mut fill[form.as_bytes()[0] as usize];
            order[*slot as usize] = (rank as u32, n as u32);
            *slot += 1;
        }
    }
    let starts = |b: u8| first[b as usize] != first[b as usize + 1];
    let bytes = text.as_bytes();
    // Forms nearly always start with a capital: then lower-case text can be
    // skipped in bulk.
    let capitals_only = (0..=255u8).all(|b| !starts(b) || is_capital_or_wide(b));
    let longest = forms.iter().map(|(f, _)| f.len()).max().unwrap_or(0);
    // The first span of `taken` that ends past `at`.
    let mut next_taken = 0;
    let mut at = 0;
    while at < bytes.len() {
        while taken.get(next_taken).is_some_and(|s| s.range.end <= at) {
            next_taken += 1;
        }
        if let Some(s) = taken.get(next_taken)
            && s.range.start <= at
            && (at > s.range.start || s.range.len() >= longest)
        {
            at = s.range.end;
            continue;
        }
        // A first byte of a form is the first byte of a character.
        let b = bytes[at];
        if !starts(b) {
            at = if capitals_only {
                next_capital_or_wide(bytes, at + 1)
            } else {
                at + 1
            };
            continue;
        }
        let joined = match at.checked_sub(1).map(|p| bytes[p]) {
            None => false,
            Some(p) if p < 0x80 => p.is_ascii_alphanumeric() || p == b'-',
            Some(_) => text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '-'),
        };
        if !joined {
            let rest = &text[at..];
            for &(rank, n) in &order[first[b as usize] as usize..first[b as usize + 1] as usize] {
                // The form is there, and the text's run ends where the
                // form's first run does.
                if rest.starts_with(forms[rank as usize].0) && run_len(&rest[n as usize..]) == 0 {
                    found.push((rank as usize, at));
                }
            }
        }
        // A run goes on past its first byte: no form starts inside it.
        at += text[at..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn capitals_are_found_past_lower_case_in_bulk() {
        let text = "the quick brown fox said Xi, then the ZEBRA and @[`{ and caf\u{e9} \
                    and a long run of lower case letters, then DPRK, UAE, PRC and \0 before Q";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let slow = (from..bytes.len())
                .find(|&i| is_capital_or_wide(bytes[i]))
                .unwrap_or(bytes.len());
            assert_eq!(next_capital_or_wide(bytes, from), slow, "from {from}");
            let slow = (from..bytes.len())
                .find(|&i| b"UDRP\x00\xff".contains(&bytes[i]))
                .unwrap_or(bytes.len());
            assert_eq!(
                next_byte_of(bytes, from, b"UDRP\x00\xff"),
                slow,
                "from {from}"
            );
        }
    }

    #[test]
    fn official_and_abbreviated_country_names_are_found_untagged() {
        let (text, e) = link_marked(
            "the DPRK, the Democratic People\u{2019}s Republic of {L|Korea}, the USA; not DPRKS",
        );
        assert_eq!(
            summary(&text, &e.places),
            [
                (
                    "North Korea".into(),
                    strings(&["DPRK", "Democratic People\u{2019}s Republic of Korea"]),
                    strings(&["DPRK", "Democratic People\u{2019}s Republic of Korea"])
                ),
                ("United States".into(), strings(&["USA"]), strings(&["USA"])),
            ]
        );
    }

    #[test]
    fn names_found_once_are_found_again() {
        let (text, e) = link_marked(
            "{P|Xi Jinping} spoke, then {P|Xi} and President Xi. Xi: yes. Xinhua, Xi Lu, Lu Xi, \
             Xi-led. {L|China} and China, not New China News Agency or China Daily.",
        );
        assert_eq!(
            summary(&text, &e.people),
            [(
                "Xi Jinping".into(),
                strings(&["Xi"]),
                strings(&["Xi Jinping", "Xi", "Xi", "Xi"])
            )]
        );
        assert_eq!(e.places[0].mentions.len(), 2);
        let (_, e) = link_marked("{P|He Lifeng} said. He left. {P|Go} went. Go home.");
        assert_eq!(e.people[0].mentions.len(), 1);
        assert_eq!(e.people[1].mentions.len(), 1);
    }

    #[test]
    fn a_name_cut_short_takes_the_full_form_found_elsewhere() {
        let (text, e) = link_marked(
            "{P|Kim Jong Un} left. North Korean leader {P|Kim Jong} Un met {L|Beijing} Railway \
             Station staff; {L|Beijing Railway Station} was shut. {P|Kim Jong} Il died.",
        );
        // Where no longer form was found, the cut-short name stays as it is.
        assert_eq!(
            summary(&text, &e.people),
            [(
                "Kim Jong Un".into(),
                strings(&["Kim Jong"]),
                strings(&["Kim Jong Un", "Kim Jong Un", "Kim Jong"])
            )]
        );
        assert_eq!(
            summary(&text, &e.places),
            [(
                "Beijing Railway Station".into(),
                vec![],
                strings(&["Beijing Railway Station", "Beijing Railway Station"])
            )]
        );
    }
}
