//! Spans linking adds to the tagger's: known country forms and further
//! occurrences of names already found.

use aho_corasick::{AhoCorasick, AhoCorasickKind};

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

/// Every occurrence of each of `forms` in `text`, as `text.match_indices`
/// finds them (left to right, without overlaps of one form with itself),
/// form by form in the order given. A few forms are searched for one by
/// one; more, in one pass over the text for all of them, so that the time
/// grows with the text and the matches, not with their number.
pub(super) fn occurrences_of_each<'f>(text: &str, forms: &[&'f str]) -> Vec<(&'f str, usize)> {
    occurrences_of_each_past(text, forms, 8)
}

/// [`occurrences_of_each`], one by one up to `few` forms.
fn occurrences_of_each_past<'f>(
    text: &str,
    forms: &[&'f str],
    few: usize,
) -> Vec<(&'f str, usize)> {
    let forms: Vec<&str> = forms.iter().copied().filter(|f| !f.is_empty()).collect();
    if forms.len() <= few {
        // The same matches as `match_indices`, found with vector
        // instructions.
        return forms
            .iter()
            .flat_map(|f| {
                memchr::memmem::find_iter(text.as_bytes(), f.as_bytes()).map(move |at| (*f, at))
            })
            .collect();
    }
    let Ok(automaton) = AhoCorasick::new(&forms) else {
        return Vec::new();
    };
    let mut found: Vec<(usize, usize)> = automaton
        .find_overlapping_iter(text)
        .map(|m| (m.pattern().as_usize(), m.start()))
        .collect();
    found.sort_unstable();
    // Of one form's overlapping occurrences, the first from the left.
    let mut out = Vec::with_capacity(found.len());
    let mut last: Option<(usize, usize)> = None;
    for (rank, at) in found {
        if last.is_some_and(|(r, end)| r == rank && at < end) {
            continue;
        }
        last = Some((rank, at + forms[rank].len()));
        out.push((forms[rank], at));
    }
    out
}

/// Every whole-word occurrence of [`KNOWN_PLACE_FORMS`] that starts in
/// `text[part]`, in one pass. A form is found at an ASCII byte and matched byte for byte, so both
/// ends of an occurrence are character boundaries.
pub(super) fn known_places_in(text: &str, part: Range<usize>) -> Vec<(Range<usize>, Kind)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut from = part.start;
    // Every form starts with one of these.
    loop {
        let at = next_byte_of(bytes, from, b"UDRP");
        if at >= bytes.len() || at >= part.end {
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
/// inside a longer capitalised name (a title or demonym before it is fine),
/// an organisation's name or an event's (`Peace of Utrecht`), nor the
/// event's own word (`Battle` of `the Battle of Hastings` after the town
/// `Battle`). Such an occurrence replaces the spans it contains
/// and is dropped where it overlaps any other span.
///
/// The spans are cleaned ones, on character boundaries; occurrences are too
/// (see [`occurrences`]), and the words next to them come from
/// [`word_before`] and [`word_after`].
pub(super) fn with_repeats<'t>(text: &'t str, kept: Vec<Span>) -> Vec<Span> {
    // Each distinct form, with its first span's kind and keys.
    // (Distinct forms are far fewer than spans in most texts: these grow as
    // needed.)
    let mut forms: Vec<(&'t str, (Kind, u64, u64))> = Vec::new();
    // The forms so far by the hash of their bytes: the first form with each
    // hash, and for each form the next one with its hash.
    let mut known: HashMap64<usize> = HashMap64::default();
    let mut next_same: Vec<usize> = Vec::new();
    let mut add = |form: &'t str, keys: (Kind, u64, u64)| {
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
            forms.push((form, keys));
            next_same.push(usize::MAX);
        }
    };
    for span in &kept {
        let form = &text[span.range()];
        add(form, (span.kind, span.place, span.name));
        // A person's hyphenated given name of East Asia, written last, is
        // looked for alone too, as the person's (`Jeong-ho` of `Min
        // Jeong-ho`).
        if span.kind == Kind::Person
            && let Some((_, last)) = form.rsplit_once_byte(b' ')
            && super::join::hyphenated_given_name(last)
        {
            add(last, (Kind::Person, span.place, span.name));
        }
        // A natural feature's name is looked for without its word too
        // (`the Tees` after `the River Tees`).
        if span.kind == Kind::Place
            && let Some(bare) = feature_named(form)
        {
            let f = folded(bare);
            add(bare, (Kind::Place, f.place, f.name));
        }
    }
    // Longest first, so "Xi Jinping" is claimed before "Xi".
    forms.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    // Which forms are words of the spelling alphabet, whose occurrences
    // may spell letters (asked once per form, not at each occurrence).
    let spelling: Vec<bool> = forms.iter().map(|(f, _)| clean::spelling_word(f)).collect();
    // The repeats taken, as (start, index in forms): apart, and each at least
    // as long as any taken before it that it overlaps (forms are longest
    // first). Where each form occurs is found in one pass over the text, in
    // order of the starts; occurrences that overlap one another (directly or
    // through others) make a cluster, and the clusters are taken one at a
    // time, each form by form (longest first) in text order. An occurrence
    // can only be kept out by one it overlaps, which is in its cluster, so
    // this takes what taking every occurrence of the text form by form
    // would take, without holding them all. A repeat is taken when every
    // span it overlaps is shorter and inside it: so it can overlap no repeat
    // taken before, and of the spans found before only ones inside it, which
    // it replaces. The spans and the repeats are merged once at the end, so
    // the work stays linear in the text however many repeats there are.
    let mut take = |rank: usize, at: usize, upto: usize| {
        let (form, (kind, ..)) = forms[rank];
        let r = at..at + form.len();
        // Spans are ordered and apart, so those overlapping `r` are the
        // last ones starting before its end (the first `upto`), while they
        // end after its start.
        let inside = |s: &Span| s.start >= r.start && s.end() <= r.end && s.len() < r.len();
        if !kept[..upto]
            .iter()
            .rev()
            .take_while(|s| s.end() > r.start)
            .all(inside)
        {
            return false;
        }
        // Nor does a common word that starts a sentence (`The Raincoats
        // toured`).
        let joined_before = word_before(text, r.start).is_some_and(|w| {
            let word = &text[w.clone()];
            is_name_word(word)
                && !word.ends_with(|c: char| !c.is_alphanumeric())
                && !is_title(word)
                && !demonyms().contains(&fold_hash(word))
                && !{
                    let bare = trim_edges(text, w.clone());
                    common_words().contains(&fold_hash(&text[bare.clone()]))
                        && starts_sentence(text, bare.start)
                }
        });
        // A Korean given name after a surname is joined to it later
        // (`Ban` `Ki-moon`), so it does not stop the repeat.
        let joined_after = word_after(text, r.end).is_some_and(|w| {
            is_name_word(&text[w.clone()])
                && !(kind == Kind::Person && hyphenated_given_name(&text[trim_edges(text, w)]))
        });
        !(!whole_word(text, &r)
            || joined_before
            || joined_after
            || inside_organisation_name(text, &r, kind)
            || clean::eponym_at(text, &r)
            || clean::after_event_of(text, &r)
            || clean::event_word_before_of(text, &r)
            || (spelling[rank] && clean::spelled_letter(text, &r)))
    };
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut cluster = Cluster::default();
    occurrences(text, 0..text.len(), &forms, &kept, &mut |rank, at, upto| {
        let end = at + forms[rank].0.len();
        if at >= cluster.end {
            cluster.settle(&mut take, &mut taken);
        }
        cluster.add(rank, at, end, upto);
    });
    cluster.settle(&mut take, &mut taken);
    // One merge: the repeats, and the spans inside none of them, in order of
    // their starts (a span inside no repeat overlaps none). It is done in
    // place from the back: the merged list ends at the end of `kept`, grown
    // by the number of repeats, and fills it backwards; the write position
    // stays past what is still to be read.
    let span_of = |&(start, rank): &(usize, usize)| {
        let (form, (kind, place, name)) = forms[rank];
        Span::with_keys(start..start + form.len(), kind, place, name)
    };
    let mut spans = kept;
    let mut read = spans.len();
    let mut left = taken.len();
    let filler = Span::with_keys(0..0, Kind::Person, 0, 0);
    // Exactly the room needed: the list may be most of the memory linking
    // takes.
    spans.reserve_exact(left);
    spans.resize(read + left, filler);
    let mut write = spans.len();
    while read > 0 {
        let span = spans[read - 1].clone();
        read -= 1;
        while left > 0 && taken[left - 1].0 > span.start {
            write -= 1;
            spans[write] = span_of(&taken[left - 1]);
            left -= 1;
        }
        // The repeat starting last at or before the span holds it, or none.
        let inside = left > 0 && span.end() <= span_of(&taken[left - 1]).end();
        if !inside {
            write -= 1;
            spans[write] = span;
        }
    }
    while left > 0 {
        write -= 1;
        spans[write] = span_of(&taken[left - 1]);
        left -= 1;
    }
    spans.drain(..write);
    spans
}

/// The runs of letters and digits starting in `text[part]` (a run may go
/// on past its end) that begin with a byte of `first_bytes` and follow no
/// letter, digit or hyphen, each as its start and length. Only the bytes
/// that begin a form are stopped at: most bytes of a text begin none.
/// `first_bytes` holds ASCII bytes and first bytes of characters only, so
/// each stop is a character boundary.
fn run_starts<'a>(
    text: &'a str,
    part: Range<usize>,
    first_bytes: &'a [bool; 256],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let bytes = text.as_bytes();
    let mut at = part.start;
    std::iter::from_fn(move || {
        while at < part.end {
            while at < part.end && !first_bytes[usize::from(bytes[at])] {
                at += 1;
            }
            if at >= part.end {
                return None;
            }
            let start = at;
            let b = bytes[at];
            let c = if b < 0x80 {
                b as char
            } else {
                text[at..].chars().next().unwrap_or(' ')
            };
            let joined = text[..start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '-');
            if joined || !c.is_alphanumeric() {
                at += 1;
                continue;
            }
            let n = run_len(&text[at..]);
            at += n.max(1);
            return Some((start, n));
        }
        None
    })
}

/// Calls `found` with `(index in forms, byte offset, spans of taken starting
/// before its end)` for every place where a form occurs in `text` as a whole
/// word starting within `part` (those starting with a symbol: lying within
/// it), in order of the offsets, but for those that `taken` rules out. A
/// form starting with a letter or digit is taken where a run of letters and
/// digits starts (not after a letter, digit or hyphen), and that run is then
/// the form's first run; a form starting with a symbol (rare) anywhere it
/// occurs, left to right without overlaps.
///
/// One pass over the text: at each run start, the forms whose first run it
/// is are looked up by hash, one lookup per distinct length among them, so
/// the time grows with the text and the matches, not with the number of
/// forms (thousands of distinct names cost no more than a few). Forms
/// starting with a symbol are found by an Aho-Corasick automaton of their
/// own, first, and passed on among the others in order.
///
/// `taken` are spans in text order, apart. An occurrence of a form starting
/// with a letter or digit that starts inside one of them, or at its start and
/// no longer than the longest form, is left out: it could never take the place
/// of what is there (see [`with_repeats`]).
///
/// Forms are matched byte for byte and none starts with a UTF-8 continuation
/// byte, so every occurrence starts and ends on a character boundary.
pub(super) fn occurrences<T>(
    text: &str,
    part: Range<usize>,
    forms: &[(&str, T)],
    taken: &[Span],
    emit: &mut dyn FnMut(usize, usize, usize),
) {
    let longest = forms.iter().map(|(f, _)| f.len()).max().unwrap_or(0);
    // Forms by the hash of their first run: the distinct lengths of the
    // forms with that first run, shortest first (a range of `runs`); and
    // forms by the hash of their bytes, each with the next form of the same
    // hash. Made with one allocation each, whatever the number of forms.
    let mut runs: Vec<(u64, usize)> = Vec::with_capacity(forms.len());
    let mut by_hash: HashMap64<usize> = HashMap64::default();
    by_hash.reserve(forms.len());
    let mut same_hash: Vec<usize> = vec![usize::MAX; forms.len()];
    let mut symbols: Vec<usize> = Vec::new();
    // The first bytes of the forms that start with a run: a run starting
    // with any other byte (most words of a text) is passed by unhashed.
    let mut first_bytes = [false; 256];
    for (rank, (form, _)) in forms.iter().enumerate() {
        let n = run_len(form);
        if form.is_empty() {
            continue;
        }
        if n == 0 {
            symbols.push(rank);
            continue;
        }
        first_bytes[usize::from(form.as_bytes()[0])] = true;
        runs.push((bytes_hash(&form[..n]), form.len()));
        let h = bytes_hash(form);
        if let Some(first) = by_hash.insert(h, rank) {
            same_hash[rank] = first;
        }
    }
    runs.sort_unstable();
    runs.dedup();
    let mut lengths: HashMap64<(u32, u32)> = HashMap64::default();
    lengths.reserve(runs.len());
    let mut from = 0;
    while from < runs.len() {
        let upto = from + runs[from..].partition_point(|r| r.0 == runs[from].0);
        lengths.insert(runs[from].0, (from as u32, upto as u32));
        from = upto;
    }
    // The occurrences of forms starting with a symbol, by their offsets,
    // passed on before the first occurrence found after them.
    let mut by_symbol = Vec::new();
    if !symbols.is_empty() {
        symbol_occurrences(text, part.clone(), forms, &symbols, taken, &mut by_symbol);
        by_symbol.sort_unstable_by_key(|&(_, at, _)| at);
    }
    let mut by_symbol = by_symbol.into_iter().peekable();
    let mut found = |rank: usize, at: usize, upto: usize| {
        while let Some((rank, at, upto)) = by_symbol.next_if(|&(_, s, _)| s <= at) {
            emit(rank, at, upto);
        }
        emit(rank, at, upto);
    };
    let bytes = text.as_bytes();
    // The span of `taken` that starts last at or before the run start.
    let mut before = taken.partition_point(|s| s.start < part.start);
    for (start, n) in run_starts(text, part.clone(), &first_bytes) {
        // Ruled out by a span before any hashing: most names of a text
        // are inside the spans.
        while before > 0 && taken[before - 1].start > start {
            before -= 1;
        }
        while taken.get(before).is_some_and(|s| s.start <= start) {
            before += 1;
        }
        if let Some(s) = before.checked_sub(1).map(|i| &taken[i])
            && s.end() > start
            && (start > s.start || s.len() >= longest)
        {
            continue;
        }
        let Some(&(first, upto)) = lengths.get(&bytes_hash(&text[start..start + n])) else {
            continue;
        };
        let list = runs[first as usize..upto as usize].iter().map(|r| r.1);
        // The hash of the text from the run start, taken further for each
        // length.
        let mut h = super::words::FOLD_SEED;
        let mut hashed = start;
        for len in list {
            let end = start + len;
            if end > bytes.len() {
                break;
            }
            for &b in &bytes[hashed..end] {
                h = mix(h, b as u64);
            }
            hashed = end;
            let mut rank = by_hash.get(&h).copied().unwrap_or(usize::MAX);
            while rank != usize::MAX {
                if forms[rank].0.as_bytes() == &bytes[start..end] {
                    // The spans starting before the end: those up to the
                    // run start, and the few after it within the form.
                    let mut upto = before;
                    while taken.get(upto).is_some_and(|s| s.start < end) {
                        upto += 1;
                    }
                    found(rank, start, upto);
                }
                rank = same_hash[rank];
            }
        }
    }
    for (rank, at, upto) in by_symbol {
        emit(rank, at, upto);
    }
}

/// Occurrences of forms that overlap one another, directly or through
/// others: `(index in forms, start, end, spans of the text starting before
/// its end)`, as [`occurrences`] gives them.
#[derive(Default)]
struct Cluster {
    items: Vec<(usize, usize, usize, usize)>,
    /// Where the first starts and the furthest ends.
    start: usize,
    end: usize,
    /// A bit for each byte from `start` covered by a repeat taken.
    covered: Vec<u64>,
}

impl Cluster {
    fn add(&mut self, rank: usize, at: usize, end: usize, upto: usize) {
        if self.items.is_empty() {
            self.start = at;
        }
        self.end = self.end.max(end);
        self.items.push((rank, at, end, upto));
    }

    /// Take the occurrences of the cluster form by form (in the order of
    /// `forms`: longest first), each form's in text order, that overlap none
    /// taken before and that `take` accepts, adding them to `taken` as
    /// `(start, index in forms)` in text order; then empty the cluster.
    fn settle(
        &mut self,
        take: &mut impl FnMut(usize, usize, usize) -> bool,
        taken: &mut Vec<(usize, usize)>,
    ) {
        if let [(rank, at, _, upto)] = self.items[..] {
            if take(rank, at, upto) {
                taken.push((at, rank));
            }
            self.items.clear();
            return;
        }
        self.items.sort_unstable();
        self.covered.clear();
        self.covered.resize((self.end - self.start) / 64 + 1, 0);
        let first = taken.len();
        for &(rank, at, end, upto) in &self.items {
            // Offsets from the cluster's start.
            let r = at - self.start..end - self.start;
            let covered = &mut self.covered;
            if r.clone().any(|i| covered[i / 64] & (1 << (i % 64)) != 0) {
                continue;
            }
            if !take(rank, at, upto) {
                continue;
            }
            for i in r {
                covered[i / 64] |= 1 << (i % 64);
            }
            taken.push((at, rank));
        }
        taken[first..].sort_unstable();
        self.items.clear();
    }
}

/// The occurrences of the forms `ranks` (each starting with a symbol) within
/// `text[part]`, each form's left to right without overlaps, added to
/// `found` as [`occurrences`] gives them.
fn symbol_occurrences<T>(
    text: &str,
    part: Range<usize>,
    forms: &[(&str, T)],
    ranks: &[usize],
    taken: &[Span],
    found: &mut Vec<(usize, usize, usize)>,
) {
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(ranks.iter().map(|&i| forms[i].0))
        .expect("forms are few enough for an automaton");
    // Where the last occurrence taken of each form ends.
    let mut symbol_end: Vec<usize> = vec![0; ranks.len()];
    // Matches come in order of their ends, so the spans of `taken` starting
    // before a match's end are counted by a pointer that only moves forward.
    let mut upto = taken.partition_point(|s| s.start < part.start);
    for m in automaton.find_overlapping_iter(aho_corasick::Input::new(text).range(part)) {
        let p = m.pattern().as_usize();
        while taken.get(upto).is_some_and(|s| s.start < m.end()) {
            upto += 1;
        }
        // Matches of one pattern come in order of their ends, which is the
        // order of their starts.
        if m.start() >= symbol_end[p] {
            symbol_end[p] = m.end();
            found.push((ranks[p], m.start(), upto));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// One pass for all the forms finds what a search for each finds,
        /// in the same order, on any text (forms that overlap themselves
        /// and each other among them).
        #[test]
        fn every_form_is_found_as_a_search_for_it_alone_finds_it(
            pieces in proptest::collection::vec(0usize..10, 0..80),
            chosen in proptest::collection::vec(0usize..10, 0..6),
        ) {
            let parts = ["aa", "a", "May", "King", "\u{e9}", "\u{a0}", "\u{2028}", "\u{65e5}", "\u{5d0}\u{301}", " "];
            let text: String = pieces.iter().map(|&i| parts[i]).collect();
            let forms: Vec<&str> = chosen.iter().map(|&i| parts[i]).collect();
            let mut distinct: Vec<&str> = Vec::new();
            for f in forms {
                if !distinct.contains(&f) {
                    distinct.push(f);
                }
            }
            let one_by_one: Vec<(&str, usize)> = distinct
                .iter()
                .flat_map(|f| text.match_indices(f).map(move |(at, _)| (*f, at)))
                .collect();
            prop_assert_eq!(occurrences_of_each_past(&text, &distinct, 0), one_by_one.clone());
            prop_assert_eq!(occurrences_of_each(&text, &distinct), one_by_one);
        }
    }

    proptest! {
        /// The runs stopped at are those a look at every character finds:
        /// a letter or digit whose first byte is wanted, after no letter,
        /// digit or hyphen, on any text and from any start.
        #[test]
        fn runs_start_where_a_look_at_every_character_says(
            pieces in proptest::collection::vec(0usize..12, 0..40),
            wanted in proptest::collection::vec(0usize..12, 0..5),
            from in 0usize..80,
            upto in 0usize..80,
        ) {
            let parts = ["Kim", "a", "-", " ", "\u{e9}t\u{e9}", "\u{c9}", "\u{d7}", "\u{a0}",
                         "\u{2028}", "\u{65e5}", "7", "\u{5d0}\u{301}"];
            let text: String = pieces.iter().map(|&i| parts[i]).collect();
            let mut first_bytes = [false; 256];
            for &w in &wanted {
                first_bytes[usize::from(parts[w].as_bytes()[0])] = true;
            }
            let bounded = |at: usize| {
                let mut at = at.min(text.len());
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                at
            };
            let part = bounded(from)..bounded(from.max(upto));
            let plain: Vec<(usize, usize)> = text
                .char_indices()
                .filter(|&(i, c)| {
                    part.contains(&i)
                        && first_bytes[usize::from(text.as_bytes()[i])]
                        && c.is_alphanumeric()
                        && !text[..i].chars().next_back().is_some_and(|p| p.is_alphanumeric() || p == '-')
                })
                .map(|(i, _)| (i, run_len(&text[i..])))
                .collect();
            let found: Vec<(usize, usize)> = run_starts(&text, part, &first_bytes).collect();
            prop_assert_eq!(found, plain);
        }
    }

    #[test]
    fn a_name_wrapped_across_a_line_break_is_found_again() {
        let text = "Kim\nJong spoke in Seoul, then Kim\nJong left.";
        let first = Span::new(text, 0..8, Kind::Person);
        let found = with_repeats(text, vec![first]);
        let ranges: Vec<Range<usize>> = found.iter().map(|s| s.range()).collect();
        assert_eq!(ranges, [0..8, 30..38]);
    }

    #[test]
    fn country_form_starts_are_found_in_bulk() {
        let text = "the quick brown fox said Xi, then the ZEBRA and @[`{ and caf\u{e9} \
                    and a long run of lower case letters, then DPRK, UAE, PRC and \0 before Q";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
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
    fn a_place_named_in_an_events_name_is_no_repeat_there() {
        let (text, e) = link_marked(
            "The Peace of Utrecht ended it. It was signed in {L|Utrecht}. The Treaty of the \
             Utrecht was a joke. {L|Utrecht} grew.",
        );
        let [place] = &e.places[..] else {
            panic!("{:?}", e.places);
        };
        let starts: Vec<usize> = place.mentions.iter().map(|m| m.start).collect();
        let signed = text.find("in Utrecht").unwrap() + 3;
        let grew = text.rfind("Utrecht grew").unwrap();
        assert_eq!(starts, [signed, grew]);
    }

    #[test]
    fn a_sentences_first_common_word_does_not_hide_a_repeat() {
        let (_, e) = link_marked(
            "The {O|Raincoats} are a band. The Raincoats toured. \"The Raincoats left.\" \
             Later Raincoats sold. See Old Raincoats, a shop.",
        );
        let [org] = &e.organisations[..] else {
            panic!("{:?}", e.organisations);
        };
        assert_eq!(org.mentions.len(), 4, "{org:?}");
        for (text, at, starts) in [
            ("The", 0, true),
            ("x. The", 3, true),
            ("x.\u{201d} The", 6, true),
            ("x. \u{201c}The", 6, true),
            ("x\nThe", 2, true),
            ("x, The", 3, false),
            ("old The", 4, false),
        ] {
            assert_eq!(starts_sentence(text, at), starts, "{text:?}");
        }
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

    /// `President Kim Jong <surname> met Xi.` for thousands of surnames, some
    /// twice, and the name again untagged now and then: the kind of text that
    /// made linking quadratic.
    #[test]
    fn thousands_of_distinct_names_are_one_person_each_in_text_order() {
        let mut seed = 12345u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let letters = b"abcdefghijklmnopqrstuvwxyz";
        let pool: Vec<String> = (0..2000)
            .map(|_| {
                let mut w = String::new();
                w.push((b'A' + (next() % 26) as u8) as char);
                for _ in 0..5 + next() % 4 {
                    w.push(letters[next() % 26] as char);
                }
                w
            })
            .collect();
        let mut src = String::new();
        let mut order: Vec<String> = Vec::new();
        for line in 0..3000 {
            let full = format!("Kim Jong {}", pool[next() % pool.len()]);
            let xi = if line == 0 { "{P|Xi}" } else { "Xi" };
            src += &format!("President {{P|{full}}} met {xi}.\n");
            order.push(full.clone());
            if line % 7 == 0 {
                src += &format!("Later, {full} left.\n");
                order.push(full);
            }
        }
        let (text, e) = link_marked(&src);
        let mut distinct: Vec<&String> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for f in &order {
            if seen.insert(f) {
                distinct.push(f);
            }
        }
        let xi = e.people.iter().find(|p| p.name == "Xi").expect("Xi");
        assert_eq!(xi.mentions.len(), 3000);
        let kims: Vec<&Entity> = e.people.iter().filter(|p| p.name != "Xi").collect();
        assert_eq!(kims.len(), distinct.len());
        for (p, name) in kims.iter().zip(&distinct) {
            assert_eq!(&&p.name, name);
            assert!(p.aliases.is_empty(), "{p:?}");
        }
        for p in &e.people {
            assert!(p.mentions.windows(2).all(|w| w[0].end <= w[1].start));
            assert!(p.mentions.iter().all(|r| text[r.clone()] == p.name));
        }
        let total: usize = kims.iter().map(|p| p.mentions.len()).sum();
        assert_eq!(total, order.len());
    }
}
