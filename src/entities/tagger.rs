//! Person and place mentions in a text: the statistical core of the entity
//! engine.
//!
//! [`mentions`] tokenises the text, tags each token greedily with an
//! averaged perceptron over BIO tags (trained on CoNLL-2003 with all four
//! types: person, place, organisation, miscellaneous) and reads people and
//! places off the tags. Spans cover the name only: title words, possessive
//! `'s` and punctuation are left out.

use std::ops::Range;

use super::Kind;
use super::gazetteer::Gazetteer;
use super::model::{self, Doc, Weights};
use super::tokens;

/// One mention of a person or a place.
///
/// 16 bytes: a long text has millions. The start is a byte offset into the
/// text; the length, that of a name within one chunk, is 32 bits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where it starts in the text.
    pub start: usize,
    len: u32,
    pub kind: Kind,
}

impl Mention {
    /// The mention of `kind` at `text[range]`, a range of at most
    /// [`u32::MAX`] bytes (a chunk is far shorter).
    pub fn new(range: Range<usize>, kind: Kind) -> Mention {
        let len = u32::try_from(range.len()).expect("a mention lies within one chunk");
        Mention {
            start: range.start,
            len,
            kind,
        }
    }

    /// Its byte range in the text.
    pub fn range(&self) -> Range<usize> {
        self.start..self.start + self.len as usize
    }
}

/// The person and place mentions in `text`, in text order, not overlapping.
pub fn mentions(text: &str) -> Vec<Mention> {
    mentions_with(model::bundled(), text)
}

/// Load the bundled model and word lists now rather than on first use.
pub fn warm_up() {
    model::bundled();
    Gazetteer::get();
}

/// Parse the embedded model and build the word lists anew, bypassing the
/// cached copies; returns a size so the work is not optimised away. For
/// measuring load time.
#[doc(hidden)]
pub fn load_fresh() -> usize {
    let weights = model::parse_bundled();
    let lists = Gazetteer::load();
    weights.non_zero() + lists.places.len()
}

/// The most text tagged at once. A longer text is tagged in chunks cut at
/// paragraph breaks (`\n\n`), on as many threads as there are cores, and the
/// offsets shifted back. This bounds the per-token memory (tens of bytes a
/// token) to a few chunks at a time, and keeps token offsets (`u32`, see
/// [`tokens::Token`]) far from their limit. The tagger's features look at the
/// whole of what it tags (a word seen capitalised elsewhere), so a chunk is
/// large: see [`parts`] for how a text is cut.
pub const CHUNK_BYTES: usize = 4 << 20;

/// The least a text is cut into for tagging: a text shorter than twice this
/// is tagged whole.
pub const PART_MIN_BYTES: usize = 512 << 10;

/// The parts `text` is tagged in: the whole of a short text, else an even
/// number of parts of about the same length, at most [`CHUNK_BYTES`] each
/// and ending at paragraph breaks where one allows, so that two cores share
/// the work evenly. The parts, and so what is found, do not depend on the
/// machine.
pub fn parts(text: &str) -> Vec<Range<usize>> {
    let len = text.len();
    if len < 2 * PART_MIN_BYTES {
        return chunks(text, CHUNK_BYTES);
    }
    let parts = len.div_ceil(CHUNK_BYTES).next_multiple_of(2);
    let mut out = Vec::with_capacity(parts + 1);
    let mut from = 0;
    while from < len {
        // Each part ends near its share of the text; a paragraph break
        // before that may leave the last a little longer, or one more.
        let k = out.len() + 1;
        let aim = if k < parts { len / parts * k } else { len };
        let end = chunk_end(text, from, aim.saturating_sub(from).clamp(1, CHUNK_BYTES));
        out.push(from..end);
        from = end;
    }
    out
}

/// [`mentions`] with a given model.
pub fn mentions_with(weights: &Weights, text: &str) -> Vec<Mention> {
    let chunks = parts(text);
    in_parallel(weights, text, &chunks, 0, &|_, _| {})
        .into_iter()
        .flatten()
        .collect()
}

/// The chunks `text` is tagged in: ranges of at most `max` bytes where a
/// paragraph break allows, in order, covering the text.
pub fn chunks(text: &str, max: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while from < text.len() {
        let end = chunk_end(text, from, max);
        out.push(from..end);
        from = end;
    }
    out
}

/// The mentions in `chunks` of `text`, one list per chunk in text order
/// (so that each can be let go once read), each chunk tagged alone, on up to as many threads as there are cores. Chunk `first` is
/// tagged first; `done(i, mentions)` is called as chunk `i` is tagged, with
/// its mentions (offsets into `text`). The result does not depend on the
/// number of threads.
pub fn in_parallel(
    weights: &Weights,
    text: &str,
    chunks: &[Range<usize>],
    first: usize,
    done: &(dyn Fn(usize, &[Mention]) + Sync),
) -> Vec<Vec<Mention>> {
    in_parallel_then(weights, text, chunks, first, done, &|_, found| found)
}

/// [`in_parallel`], each chunk's mentions turned by `then(i, mentions)`
/// into what is kept of chunk `i`, on the thread that tagged it.
pub fn in_parallel_then<T: Send>(
    weights: &Weights,
    text: &str,
    chunks: &[Range<usize>],
    first: usize,
    done: &(dyn Fn(usize, &[Mention]) + Sync),
    then: &(dyn Fn(usize, Vec<Mention>) -> T + Sync),
) -> Vec<T> {
    let tag = |i: usize| {
        let r = chunks[i].clone();
        let mut found = mentions_whole(weights, &text[r.clone()]);
        for m in &mut found {
            m.start += r.start;
        }
        done(i, &found);
        then(i, found)
    };
    if chunks.len() <= 1 {
        return chunks.first().map(|_| vec![tag(0)]).unwrap_or_default();
    }
    let first = first.min(chunks.len() - 1);
    // Chunk `first`, then the others in order.
    let order: Vec<(usize, ())> = std::iter::once(first)
        .chain((0..chunks.len()).filter(|&i| i != first))
        .map(|i| (i, ()))
        .collect();
    let mut results: Vec<Option<T>> = (0..chunks.len()).map(|_| None).collect();
    for (i, found) in super::cores::on_all_cores(order, &|i, ()| tag(i)) {
        results[i] = Some(found);
    }
    results.into_iter().flatten().collect()
}

/// Where a chunk from `from` ends: after the last paragraph break within
/// `max` bytes, else after the last line break, else at the last character
/// boundary; always past `from`.
fn chunk_end(text: &str, from: usize, max: usize) -> usize {
    let limit = from + max;
    if limit >= text.len() {
        return text.len();
    }
    let window = &text.as_bytes()[from..limit];
    let after = |needle: &[u8]| {
        window
            .windows(needle.len())
            .rposition(|w| w == needle)
            .map(|i| from + i + needle.len())
    };
    let mut end = after(b"\n\n").or_else(|| after(b"\n")).unwrap_or(limit);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if end == from {
        // One character longer than `max`: take it whole.
        end = from + text[from..].chars().next().map_or(1, char::len_utf8);
    }
    end
}

/// [`mentions_with`] over the whole of `text` at once.
fn mentions_whole(weights: &Weights, text: &str) -> Vec<Mention> {
    let doc = Doc::new(text);
    let tags = weights.tag(&doc);
    let found = spans(&doc, &tags);
    let mut out = Vec::with_capacity(found.len());
    out.extend(found.into_iter().filter_map(|(range, kind)| {
        let kind = match kind {
            1 => Kind::Person,
            2 => Kind::Place,
            3 => Kind::Organisation,
            _ => return None,
        };
        Some(Mention::new(range, kind))
    }));
    out
}

/// Spans of every type (1 PER, 2 LOC, 3 ORG, 4 MISC) read off BIO tags, with
/// title words, connectors at the edges and possessives trimmed. A span runs
/// from a token's start to a token's end, so it is on character boundaries.
pub fn spans(doc: &Doc, tags: &[u8]) -> Vec<(Range<usize>, u8)> {
    let toks = &doc.tokens;
    let gaz = Gazetteer::get();
    // About one name in sixteen tokens in news text.
    let mut out = Vec::with_capacity(toks.len() / 16 + 1);
    let mut i = 0;
    while i < toks.len() {
        if tags[i] == model::O {
            i += 1;
            continue;
        }
        let kind = model::kind_of(tags[i]);
        let mut end = i + 1;
        while end < toks.len() && model::is_inside(tags[end]) && model::kind_of(tags[end]) == kind {
            end += 1;
        }
        let (mut a, mut b) = (i, end);
        i = end;
        // Title words in front of a person ("President", "Mr.").
        if kind == 1 {
            while a < b && gaz.titles.contains(&toks[a].lower) && b - a > 1 {
                a += 1;
            }
        }
        // Lower-case words and punctuation at the edges ("the", "of").
        while a < b && !edge_ok(&toks[a]) {
            a += 1;
        }
        while b > a && !edge_ok(&toks[b - 1]) {
            b -= 1;
        }
        if a == b {
            continue;
        }
        let mut kind = kind;
        // "the Korean peninsula": a place named after a people.
        if (kind == 2 || kind == 4)
            && toks
                .get(b)
                .is_some_and(|t| doc.text[t.range()].eq_ignore_ascii_case("peninsula"))
        {
            kind = 2;
            b += 1;
            i = i.max(b);
        } else if (kind == 2 && doc.is_demonym(b - 1))
            || (kind <= 2 && b == end && b < toks.len() && adjacent_name(doc, tags, b))
        {
            // "North Korean" is an adjective or a people, not a place,
            // whether or not the model put "North" apart.
            continue;
        }
        if kind == 1 && b - a == 1 && gaz.titles.contains(&toks[a].lower) {
            continue;
        }
        out.push((toks[a].start as usize..toks[b - 1].end as usize, kind));
    }
    out
}

/// Whether token `b`, right after a person or place, is a demonym that the
/// person or place is really part of ("North" of "North Korean").
fn adjacent_name(doc: &Doc, tags: &[u8], b: usize) -> bool {
    doc.tokens[b].is(tokens::CAP) && tags[b] != model::O && doc.is_demonym(b)
}

fn edge_ok(t: &tokens::Token) -> bool {
    t.class != tokens::Class::Punct && t.is(tokens::HAS_UPPER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_into_an_even_number_of_parts_a_short_one_not_at_all() {
        let paragraph = "Kim Jong Un met Xi Jinping in Beijing on Tuesday.\n\n";
        for (mb, parts) in [(0.5, 1), (1.5, 2), (7.5, 2), (10.0, 4), (30.0, 8)] {
            let len = (mb * (1 << 20) as f64) as usize;
            let text = paragraph.repeat(len / paragraph.len());
            let cut = super::parts(&text);
            assert!(cut.iter().all(|c| c.len() <= CHUNK_BYTES));
            assert_eq!(cut.len(), parts, "{mb} MB");
            assert_eq!(cut.first().map(|c| c.start), Some(0));
            assert!(cut.windows(2).all(|w| w[0].end == w[1].start));
            assert_eq!(cut.last().map(|c| c.end), Some(text.len()));
            // Even: no part much longer than another.
            let (short, long) = (
                cut.iter().map(|c| c.len()).min().unwrap(),
                cut.iter().map(|c| c.len()).max().unwrap(),
            );
            assert!(long - short <= long / 8, "{mb} MB: {short}..{long}");
        }
        assert!(super::parts("").is_empty());
        // No break at all, characters of every width: cut at character
        // boundaries, still in equal parts.
        for unit in ["\u{e9}", "\u{65e5}", "\u{1f600}", "a\u{301}", "\u{2028}x"] {
            let text = unit.repeat((3 << 20) / unit.len());
            let cut = super::parts(&text);
            assert_eq!(cut.len(), 2, "{unit:?}");
            for c in &cut {
                assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
            }
            assert_eq!(cut[1].end, text.len());
        }
    }

    #[test]
    fn a_mention_is_16_bytes_and_keeps_64_bit_offsets() {
        assert_eq!(std::mem::size_of::<Mention>(), 16);
        let far = 1 << 40;
        let m = Mention::new(far..far + 7, Kind::Place);
        assert_eq!((m.start, m.range()), (far, far..far + 7));
    }

    fn found(text: &str) -> Vec<(&str, Kind)> {
        mentions(text)
            .into_iter()
            .map(|m| (&text[m.range()], m.kind))
            .collect()
    }

    #[test]
    fn a_long_text_is_tagged_in_chunks_at_paragraph_breaks() {
        let paragraphs = [
            "North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing.",
            "Moon Jae-in said in Seoul that the talks were useful.",
            "Donald Trump spoke in Washington about Kim Jong Un.",
        ];
        let text = paragraphs.join("\n\n");
        let weights = model::bundled();
        let whole: Vec<(String, Kind)> = paragraphs
            .iter()
            .flat_map(|p| found(p).into_iter().map(|(s, k)| (s.to_string(), k)))
            .collect();
        assert!(whole.len() >= 6, "{whole:?}");
        // Every chunk is one paragraph and its break.
        let chunks = chunks(&text, 90);
        let seen = std::sync::Mutex::new(Vec::new());
        let chunked: Vec<(String, Kind)> = in_parallel(weights, &text, &chunks, 2, &|i, _| {
            seen.lock().unwrap().push(i)
        })
        .into_iter()
        .flatten()
        .map(|m| (text[m.range()].to_string(), m.kind))
        .collect();
        assert_eq!(chunked, whole);
        let mut from = 0;
        let mut ends = Vec::new();
        while from < text.len() {
            from = chunk_end(&text, from, 90);
            ends.push(from);
        }
        let first = paragraphs[0].len() + 2;
        let second = first + paragraphs[1].len() + 2;
        assert_eq!(ends, [first, second, text.len()]);
        assert_eq!(chunks, [0..first, first..second, second..text.len()]);
        let mut seen = seen.into_inner().unwrap();
        assert_eq!(seen.len(), 3);
        seen.sort_unstable();
        assert_eq!(seen, [0, 1, 2]);
        // No break at all: cut at a character boundary, past the start.
        let wide = "\u{e9}".repeat(10);
        assert_eq!(chunk_end(&wide, 0, 3), 2);
        assert_eq!(chunk_end(&wide, 0, 1), 2);
    }

    fn people(text: &str) -> Vec<&str> {
        found(text)
            .into_iter()
            .filter(|(_, k)| *k == Kind::Person)
            .map(|(s, _)| s)
            .collect()
    }

    fn places(text: &str) -> Vec<&str> {
        found(text)
            .into_iter()
            .filter(|(_, k)| *k == Kind::Place)
            .map(|(s, _)| s)
            .collect()
    }

    #[test]
    fn mentions_are_ordered_and_disjoint() {
        let text = crate::document::ARTICLE;
        let m = mentions(text);
        assert!(!m.is_empty());
        for pair in m.windows(2) {
            assert!(pair[0].range().end <= pair[1].start);
        }
        for x in &m {
            let s = &text[x.range()];
            assert_eq!(s, s.trim());
            assert!(!s.ends_with("’s") && !s.ends_with("'s"), "{s}");
            assert!(
                !s.ends_with(['.', ',', ';', ':']) || s.matches('.').count() >= 2,
                "{s}"
            );
        }
    }

    #[test]
    fn titles_and_possessives_are_left_out() {
        let text = "Chinese President Xi Jinping met Premier Li Keqiang in Beijing on Monday.";
        assert_eq!(people(text), ["Xi Jinping", "Li Keqiang"]);
        assert_eq!(places(text), ["Beijing"]);
        let text = "It was North Korea’s first test, led by Kim’s sister Kim Yo Jong.";
        assert_eq!(places(text), ["North Korea"]);
        assert_eq!(people(text), ["Kim", "Kim Yo Jong"]);
    }

    #[test]
    fn organisations_and_demonyms_are_not_people_or_places() {
        let text = "The Associated Press said North Korean and Japanese officials \
                    visited the Asan Institute for Policy Studies in Seoul.";
        // A people's name the tagger reads as a person's is let go in linking.
        let linked = crate::entities::extract(text);
        assert!(linked.people.is_empty(), "{:?}", linked.people);
        let found = places(text);
        assert!(found.contains(&"Seoul"), "{found:?}");
        for wrong in ["North Korean", "Japanese", "Associated Press"] {
            assert!(!found.contains(&wrong), "{found:?}");
        }
        // A compass word the tagger may take alone is let go in linking.
        let places: Vec<&str> = linked.places.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(places, ["Seoul"]);
    }

    #[test]
    fn peninsula_and_official_names() {
        let text = "The situation on the Korean peninsula has changed, said the \
                    Democratic People’s Republic of Korea.";
        let found = places(text);
        assert_eq!(found[0], "Korean peninsula");
        assert!(found[1].ends_with("Republic of Korea"), "{found:?}");
    }

    #[test]
    fn multi_word_places() {
        let text = "Tourists were barred from Tiananmen Square, and a train waited at \
                    Beijing Railway Station.";
        assert_eq!(
            places(text),
            ["Tiananmen Square", "Beijing Railway Station"]
        );
    }

    #[test]
    fn empty_and_plain_text() {
        assert!(mentions("").is_empty());
        assert!(mentions("nothing to see here, just lower case words.").is_empty());
    }
}
