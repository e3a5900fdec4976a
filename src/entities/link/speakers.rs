//! People named by the labels of a transcript or a chat: `RAMI: So why
//! Amman?`, `KO SUN-JA: I was eleven.`, `[07:20] Bea: yes tagaytay`. The
//! tagger reads a label in capitals as an acronym or misses it.

use super::*;

/// The longest label looked at, in bytes, before its colon.
const LABEL_MAX: usize = 48;

/// How far a label with a note in brackets after the name is looked at, in
/// bytes, before its colon.
const NOTE_MAX: usize = 160;

/// Words that label a speaker by role, not by name (`HOST:`, `GUEST:`),
/// though some are family names too.
const ROLES: &[&str] = &[
    "agent",
    "announcer",
    "anchor",
    "audience",
    "caller",
    "chair",
    "chairman",
    "clerk",
    "commentator",
    "correspondent",
    "crowd",
    "customer",
    "dispatcher",
    "editor",
    "female",
    "guest",
    "host",
    "interpreter",
    "interviewer",
    "judge",
    "male",
    "moderator",
    "narrator",
    "newsreader",
    "operator",
    "presenter",
    "producer",
    "reporter",
    "speaker",
    "translator",
    "voice",
    "witness",
];

/// The spans (in text order, apart) with each speaker's label at the start
/// of a line of `part` made a person's name: one to four words before a
/// colon and a space, maybe after a time in brackets, every word a word of
/// a person's name found in the part (`RAMI` with `Rami Haddad`, `KO
/// SUN-JA` with `Ko Sun-ja`), a label of one word that is a listed given
/// name and no listed place, or of more words that begin with one
/// (`MARGARET OKAFOR`). A role (`HOST:`, `ANCHOR:`) is no name: it is an
/// ordinary word. Where such a label is found, a label in capitals that
/// heads two lines or more is a name too, unless a word of it is a role or
/// an ordinary word that is no family name (`KEATING:`, `PIKE:`, `ARKADY
/// LEVITIN:`; not `UPDATE:`, `HOST:`, `Scorers:`).
pub(super) fn speakers(text: &str, part: Range<usize>, spans: Vec<Span>) -> Vec<Span> {
    let mut labels: Vec<Range<usize>> = Vec::new();
    let mut line_start = part.start;
    for line in text[part.clone()].split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        if let Some(label) = label_of(line) {
            labels.push(start + label.start..start + label.end);
        }
    }
    if labels.is_empty() {
        return spans;
    }
    // The words of the people's names of the part.
    let words: HashSet64 = spans
        .iter()
        .filter(|s| s.kind == Kind::Person && s.start >= part.start && s.end() <= part.end)
        .flat_map(|s| text[s.range()].split([' ', '-']))
        .map(fold_hash)
        .collect();
    // Whether a label may be made a person's name: no name of the
    // tagger's crosses it, and it is no person's already.
    let free = |range: &Range<usize>| {
        holds_whole(&spans, range)
            && !spans_over(&spans, range)
                .iter()
                .any(|s| s.range() == *range && s.kind == Kind::Person)
    };
    // And whether its words, but those of people of the part, are no
    // ordinary words.
    let may_be_named = |range: &Range<usize>| {
        !text[range.clone()]
            .split_byte(b' ')
            .any(|w| !words.contains(&fold_hash(w)) && common_word(w))
            && free(range)
    };
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut unsure: Vec<Range<usize>> = Vec::new();
    // Whether a label names a person.
    let mut named = false;
    for range in labels {
        let surface = &text[range.clone()];
        let known = surface
            .split([' ', '-'])
            .all(|w| words.contains(&fold_hash(w)));
        // Not a town's name that heads a line of results (`Bristol:
        // Gloucestershire 183`).
        let first = surface.split_byte(b' ').next().unwrap_or_default();
        // Nor a given name and a kinsman's word or a title (`Meena Aunty`):
        // the titles hold the kin words.
        // Nor a day's name alone, which heads a timetable's line (`Sunday:
        // 6.30 am`), though `Sunday` is a given name too.
        let day = surface == first && super::nouns::day_name(first);
        let given = attested_given_name(first)
            && !listed_place(surface)
            && !surface.split_byte(b' ').skip(1).any(is_title)
            && !day;
        if known || given {
            named = true;
            if may_be_named(&range) {
                found.push(range);
            }
        } else {
            unsure.push(range);
        }
    }
    if named && !unsure.is_empty() {
        let mut heads: HashMap64<usize> = HashMap64::default();
        for r in &unsure {
            *heads.entry(fold_hash(&text[r.clone()])).or_default() += 1;
        }
        for range in unsure {
            let surface = &text[range.clone()];
            if heads[&fold_hash(surface)] >= 2
                && surface.chars().count() > 1
                && !surface.contains(char::is_lowercase)
                && surface.split_byte(b' ').all(|w| {
                    !ROLES.iter().any(|r| r.eq_ignore_ascii_case(w))
                        && (!common_word(w) || family_name(w))
                })
                && free(&range)
            {
                found.push(range);
            }
        }
        found.sort_by_key(|r| r.start);
    }
    replaced_by(text, spans, found, Kind::Person)
}

/// What `line` says after a speaker's label at its start ([`label_of`]),
/// if it has one: `so uh where` of `A: so uh where`.
pub(super) fn after_label(line: &str) -> Option<&str> {
    let label = label_of(line)?;
    let colon = label.end + line[label.end..].find(": ")?;
    Some(&line[colon + 2..])
}

/// The label at the start of `line`, as a range in it: one to four words of
/// letters (and `-`, `'` or `.`), each capitalised, then `: `, maybe after a
/// time in brackets (`[07:20] `). Of a role with a name in brackets, the
/// name (`ANCHOR (DANA WHITFIELD)`, `CALLER (DENISE, TUCSON)`); of a name
/// with a note or a place in brackets, the name (`GARY (DUDLEY)`, `ARKADY
/// LEVITIN (launch crew, 1958–1966)`); of a title and a name, the name (`DR
/// MEERA IYER`).
fn label_of(line: &str) -> Option<Range<usize>> {
    let bytes = line.as_bytes();
    let mut from = 0;
    if bytes.first() == Some(&b'[') {
        let close = bytes.iter().take(16).position(|&b| b == b']')?;
        from = close + 1;
        while bytes.get(from) == Some(&b' ') {
            from += 1;
        }
    }
    // `:` and ` ` are ASCII, so where they are found is a char boundary.
    let window = &bytes[from..bytes.len().min(from + LABEL_MAX + 1)];
    // A name, then a longer note in brackets (`ARKADY LEVITIN (launch crew,
    // Tyuratam, 1958–1966, translated):`): the colon after the bracket.
    let colon = match memchr::memchr(b':', window) {
        Some(at) => from + at,
        None => {
            memchr::memmem::find(window, b" (")?;
            let wider = &bytes[from..bytes.len().min(from + NOTE_MAX)];
            from + memchr::memmem::find(wider, b"): ")? + 1
        }
    };
    if bytes.get(colon + 1) != Some(&b' ') {
        return None;
    }
    let mut label = from..colon;
    // A role, then the name in brackets, maybe with a place after a comma
    // (`ANCHOR (DANA WHITFIELD)`, `CALLER (DENISE, TUCSON)`): the name. A
    // name, then a note or a place in brackets (`GARY (DUDLEY)`, `WHITCOMB
    // (voice-over)`): the name before.
    if let Some(open) = line[label.clone()]
        .strip_suffix(')')
        .and_then(|l| l.find(" ("))
        .map(|at| from + at + 2)
    {
        let outer = &line[from..open - 2];
        let inner = line[open..colon - 1].split(',').next().unwrap_or_default();
        if outer.split_byte(b' ').all(common_word) {
            if !inner.is_empty() {
                label = open..open + inner.len();
            }
        } else {
            label = from..open - 2;
        }
    }
    // A title before a name (`DR MEERA IYER`) is no part of it.
    if let Some((first, rest)) = line[label.clone()].split_once_byte(b' ')
        && !rest.is_empty()
        && is_title(first.trim_end_matches('.'))
    {
        label.start += first.len() + 1;
    }
    let words: Vec<&str> = line[label.clone()].split_byte(b' ').collect();
    let word_ok = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}' | '.'))
    };
    ((1..=4).contains(&words.len()) && words.iter().all(word_ok)).then_some(label)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn a_days_name_heading_a_timetables_line_is_no_speaker() {
        let [people, _, _] = linked(
            "Sunday: 6.30 am and 8.00 am, in English.\nFriday: 6.00 pm.\n\n\
             MARGARET: We meet on Sunday after Mass.\n",
        );
        assert_eq!(people, ["MARGARET"]);
    }

    #[test]
    fn a_label_is_found_at_a_lines_start_before_a_colon() {
        assert_eq!(label_of("RAMI: So why Amman?"), Some(0..4));
        assert_eq!(label_of("KO SUN-JA: I was eleven."), Some(0..9));
        assert_eq!(label_of("[07:20] Bea: yes"), Some(8..11));
        assert_eq!(label_of("Note that: this is prose."), None);
        assert_eq!(label_of("He said: yes"), None);
        assert_eq!(label_of("Mark Pennington: Will she"), Some(0..15));
        assert_eq!(label_of("ok: fine"), None);
        assert_eq!(label_of("Ünal: evet"), Some(0..5));
        assert_eq!(label_of("[\u{2028}"), None);
        assert_eq!(label_of("ANCHOR (DANA WHITFIELD): Thanks"), Some(8..22));
        assert_eq!(label_of("CALLER (DENISE, TUCSON): Hi"), Some(8..14));
        assert_eq!(label_of("DR MEERA IYER: Good"), Some(3..13));
        assert_eq!(label_of("Dr. Meera Iyer: Good"), Some(4..14));
        assert_eq!(label_of("HOST (): Hi"), None);
        assert_eq!(label_of("GARY (DUDLEY): yeah"), Some(0..4));
        assert_eq!(label_of("WHITCOMB (voice-over): Here"), Some(0..8));
        assert_eq!(
            label_of("ARKADY LEVITIN (launch crew, Tyuratam, 1958\u{2013}1966, translated): I saw"),
            Some(0..14)
        );
        assert_eq!(label_of("In the end (as ever): prose"), None);
        assert_eq!(after_label("A: so uh where"), Some("so uh where"));
        assert_eq!(after_label("CALLER (DENISE, TUCSON): hi"), Some("hi"));
        assert_eq!(after_label("so uh: where"), None);
    }

    #[test]
    fn a_name_in_brackets_after_a_role_or_after_a_title_is_the_speakers() {
        let (text, e) = link_marked(
            "Good evening, {O|I'm Dana Whitfield}. {P|Dr Meera Iyer} joins us.\n\n\
             ANCHOR (DANA WHITFIELD): Thanks.\n{L|DR} MEERA IYER: Good evening.\n\
             CALLER (DENISE, {L|TUCSON}): Hi.\n",
        );
        let people: Vec<(String, Vec<String>)> = summary(&text, &e.people)
            .into_iter()
            .map(|(name, _, mentions)| (name, mentions))
            .collect();
        let owned = |name: &str, mentions: &[&str]| {
            (
                name.to_string(),
                mentions.iter().map(|m| m.to_string()).collect(),
            )
        };
        assert_eq!(
            people,
            [
                owned("Dana Whitfield", &["Dana Whitfield", "DANA WHITFIELD"]),
                owned("Meera Iyer", &["Meera Iyer", "MEERA IYER"]),
                owned("DENISE", &["DENISE"])
            ]
        );
        assert!(e.organisations.is_empty(), "{e:?}");
        let places: Vec<&str> = e.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(places, ["TUCSON"]);
    }

    #[test]
    fn a_label_in_capitals_that_heads_two_lines_is_a_persons_name_in_a_transcript() {
        let (_, e) = link_marked(
            "With me, {P|Tamika Brown}.\n\nPIKE: Welcome.\nBROWN: Thanks.\nPIKE: Go on.\n\
             UPDATE: none.\nUPDATE: still none.\nHOST: Hi.\nHOST: Bye.\n\
             ARKADY LEVITIN (launch crew, 1958\u{2013}1966): Hot.\nARKADY LEVITIN: Cold.\n",
        );
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Tamika Brown", "PIKE", "ARKADY LEVITIN"]);
        assert_eq!(e.people[1].mentions.len(), 2);
        assert_eq!(e.people[2].mentions.len(), 2);
        // Not where no label names a person, nor in mixed case.
        let (_, e) = link_marked("PIKE: Welcome.\nPIKE: Go on.\nScorers: Bak.\nScorers: Lazar.\n");
        assert!(e.people.is_empty(), "{e:?}");
        let (_, e) = link_marked("{P|Rami Haddad}: Hi.\nScorers: Bak.\nScorers: Lazar.\n");
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Rami Haddad"]);
    }

    #[test]
    fn a_speakers_label_is_a_persons_name() {
        let (_, e) = link_marked(
            "Our guests are {P|Rami Haddad} and {P|Ko Sun-ja}.\n\nRAMI: Why Amman?\n\
             KO SUN-JA: I was eleven.\nHOST: Thank you.\n[07:20] Bea: yes\nHe said: no\n\
             {L|Bristol}: {L|Gloucestershire} 183",
        );
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Rami Haddad", "Ko Sun-ja", "Bea"]);
        assert_eq!(e.people[0].mentions.len(), 2);
        assert_eq!(e.people[1].mentions.len(), 2);
        assert!(e.organisations.is_empty(), "{e:?}");
        assert_eq!(e.places.len(), 2, "{e:?}");
    }
}
