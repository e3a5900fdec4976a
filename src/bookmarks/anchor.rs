//! Text-quote anchors: a passage remembered by its text and a little context
//! around it, as well as by its byte offsets, so that it can be found again
//! after the document has been edited.
//!
//! Re-finding never guesses: if the exact text of the passage is no longer in
//! the document the anchor is [`Status::Lost`], never pointed at other text.
//! A copy of the passage counts only when the text on at least one side of it
//! is as remembered, so when a passage that appears more than once (a
//! repeated "Advertisement") is deleted, its bookmark is lost rather than
//! moved to another copy; and when the remembered context cannot tell the
//! copies apart, it is lost too.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, Input, MatchKind};

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::de;
use crate::document::{ceil_boundary, floor_boundary};
use serde_json::{Map, Value};

/// About how many bytes of context are kept on each side of the passage.
pub const CONTEXT: usize = 32;

/// A passage of a document: its byte range when it was taken, its text, and
/// the text just before and after it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Anchor {
    /// Byte offset of the passage's first byte, when the anchor was made.
    pub start: usize,
    /// Byte offset just past the passage, when the anchor was made.
    pub end: usize,
    /// Up to [`CONTEXT`] bytes just before the passage.
    pub prefix: String,
    /// The passage itself.
    pub exact: String,
    /// Up to [`CONTEXT`] bytes just after the passage.
    pub suffix: String,
    /// Fields this version does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Read as if derived, with `prefix` and `suffix` empty when not given and
/// the unknown fields in `extra` (see [`super::de`]).
impl<'de> Deserialize<'de> for Anchor {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Anchor, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Anchor;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("struct Anchor")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Anchor, A::Error> {
                const NAMES: &[&str] = &["start", "end", "prefix", "exact", "suffix"];
                let (mut start, mut end, mut prefix, mut exact, mut suffix) =
                    (None, None, None, None, None);
                let mut extra = Map::new();
                while let Some(key) = map.next_key_seed(de::Names(NAMES))? {
                    match key {
                        de::Key::Known(0) => de::once(&mut start, "start", map.next_value()?)?,
                        de::Key::Known(1) => de::once(&mut end, "end", map.next_value()?)?,
                        de::Key::Known(2) => de::once(&mut prefix, "prefix", map.next_value()?)?,
                        de::Key::Known(3) => de::once(&mut exact, "exact", map.next_value()?)?,
                        de::Key::Known(_) => de::once(&mut suffix, "suffix", map.next_value()?)?,
                        de::Key::Other(name) => de::keep(&mut map, &mut extra, name)?,
                    }
                }
                Ok(Anchor {
                    start: de::required(start, "start")?,
                    end: de::required(end, "end")?,
                    prefix: prefix.unwrap_or_default(),
                    exact: de::required(exact, "exact")?,
                    suffix: suffix.unwrap_or_default(),
                    extra,
                })
            }
        }
        d.deserialize_map(V)
    }
}

/// Where a passage is now, compared with where it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The passage is where it was.
    Ok,
    /// The passage is in the document, at another offset.
    Moved,
    /// The passage's text is no longer in the document (or the document
    /// cannot be read).
    Lost,
}

impl Status {
    /// `ok`, `moved` or `lost`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Moved => "moved",
            Status::Lost => "lost",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The outcome of looking for an anchor in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The passage's byte range in the text, unless it is lost.
    pub range: Option<Range<usize>>,
    pub status: Status,
}

impl Anchor {
    /// An anchor for `range` of `text`. The range is clamped to the text and
    /// widened to char boundaries; the context is cut at char boundaries too,
    /// so it may be a little shorter than [`CONTEXT`].
    pub fn new(text: &str, range: Range<usize>) -> Anchor {
        let start = floor_boundary(text, range.start);
        let end = ceil_boundary(text, range.end.max(range.start)).max(start);
        let before = ceil_boundary(text, start.saturating_sub(CONTEXT));
        let after = floor_boundary(text, end.saturating_add(CONTEXT));
        Anchor {
            start,
            end,
            prefix: text[before..start].to_string(),
            exact: text[start..end].to_string(),
            suffix: text[end..after].to_string(),
            extra: Map::new(),
        }
    }

    /// The byte range the anchor was made for.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Find the passage in `text`. An occurrence of its exact text is a
    /// candidate only if the text on at least one side of it is as remembered
    /// (all of the remembered prefix, or all of the suffix); of the candidates, the one whose
    /// surroundings match the remembered context best. When several match
    /// equally well, the one at the old offset if there is one (the text
    /// around it is unchanged), else none: the passage is lost rather than
    /// pointed at what may be another copy.
    pub fn find(&self, text: &str) -> Found {
        if self.exact.is_empty() {
            // Nothing to look for: the old offset, if it is still a position
            // in the text.
            return if self.start <= text.len() && text.is_char_boundary(self.start) {
                Found {
                    range: Some(self.start..self.start),
                    status: Status::Ok,
                }
            } else {
                Found {
                    range: None,
                    status: Status::Lost,
                }
            };
        }
        if let Some(found) = self.found_in_place(text) {
            return found;
        }
        self.tally(text).found(self)
    }

    /// Every occurrence of the passage in `text`, scored.
    fn tally(&self, text: &str) -> Tally {
        let mut tally = Tally::default();
        let mut from = 0;
        while let Some(pos) = text[from..].find(&self.exact) {
            let at = from + pos;
            if self.confirmed_at(text, at) {
                tally.add(self.context_score(text, at), at, self.start);
            }
            // Step one char on, so overlapping occurrences are seen too.
            from = at + text[at..].chars().next().map_or(1, char::len_utf8);
        }
        tally
    }

    /// The passage still at its old offset with all of its context, when it
    /// is: no other copy can do better (a tie goes to the old offset), so
    /// nothing needs to be searched. Else `None`.
    fn found_in_place(&self, text: &str) -> Option<Found> {
        let end = self.start.saturating_add(self.exact.len());
        (text.get(self.start..end) == Some(self.exact.as_str())
            && self.confirmed_at(text, self.start)
            && self.context_score(text, self.start) == self.prefix.len() + self.suffix.len())
        .then(|| Found {
            range: Some(self.range()),
            status: Status::Ok,
        })
    }

    /// Whether an occurrence of the passage at byte `at` of `text` has the
    /// text on at least one side of it as remembered: all of the prefix just
    /// before it, or all of the suffix just after it. A context that was cut
    /// short by the start (or end) of the text must be cut short there again,
    /// so that an empty or short context does not vouch for any copy.
    fn confirmed_at(&self, text: &str, at: usize) -> bool {
        let (Some(before), Some(after)) = (
            text.get(..at),
            text.get(at.saturating_add(self.exact.len())..),
        ) else {
            return false;
        };
        // The prefix reached the start of the text when it is as long as the
        // passage's offset; the suffix reached the end when it is shorter than
        // a char-boundary cut can make it (by at most 3 bytes).
        let prefix_at_start = self.prefix.len() == self.start;
        let suffix_at_end = self.suffix.len() + 3 < CONTEXT;
        let prefix = before.ends_with(&self.prefix)
            && (!prefix_at_start || before.len() == self.prefix.len());
        let suffix =
            after.starts_with(&self.suffix) && (!suffix_at_end || after.len() == self.suffix.len());
        prefix || suffix
    }

    /// How many bytes of the remembered prefix and suffix match the text
    /// around an occurrence of the passage at `at`.
    fn context_score(&self, text: &str, at: usize) -> usize {
        let before = &text.as_bytes()[..at];
        let after = &text.as_bytes()[at + self.exact.len()..];
        let prefix = self
            .prefix
            .as_bytes()
            .iter()
            .rev()
            .zip(before.iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let suffix = self
            .suffix
            .as_bytes()
            .iter()
            .zip(after)
            .take_while(|(a, b)| a == b)
            .count();
        prefix + suffix
    }

    /// The same passage anchored again in `text`, at `range` (its current
    /// place), keeping the fields this version does not know.
    pub fn reanchored(&self, text: &str, range: Range<usize>) -> Anchor {
        Anchor {
            extra: self.extra.clone(),
            ..Anchor::new(text, range)
        }
    }
}

/// The confirmed occurrences of a passage seen so far: the best context
/// score, how many occurrences have it, and whether one of those is at the
/// passage's old offset.
#[derive(Debug, Default, Clone)]
struct Tally {
    best: Option<(usize, usize)>,
    ties: usize,
    at_old: bool,
}

impl Tally {
    /// An occurrence at `at` whose context scored `score`; `start` is the
    /// passage's old offset. The order occurrences come in does not matter.
    fn add(&mut self, score: usize, at: usize, start: usize) {
        match self.best {
            Some((s, _)) if score < s => {}
            Some((s, _)) if score == s => {
                self.ties += 1;
                self.at_old |= at == start;
            }
            _ => {
                self.best = Some((score, at));
                self.ties = 1;
                self.at_old = at == start;
            }
        }
    }

    /// Where `anchor` is, from the occurrences seen: the one that matches
    /// its context best; of several as good, the one at the old offset, else
    /// none (lost).
    fn found(&self, anchor: &Anchor) -> Found {
        let chosen = match self.best {
            Some((_, at)) if self.ties == 1 => Some(at),
            Some(_) if self.at_old => Some(anchor.start),
            _ => None,
        };
        match chosen {
            None => Found {
                range: None,
                status: Status::Lost,
            },
            Some(at) => {
                let range = at..at + anchor.exact.len();
                let status = if range == anchor.range() {
                    Status::Ok
                } else {
                    Status::Moved
                };
                Found {
                    range: Some(range),
                    status,
                }
            }
        }
    }
}

/// How many bytes of a passage's start the one-pass search looks for; each
/// occurrence of them is then compared with the whole passage.
const KEY_BYTES: usize = 16;

/// The passages being searched for that have the same text, and their
/// anchors by remembered prefix and by remembered suffix, so that an
/// occurrence is compared only with the anchors its context can confirm.
struct Group<'a> {
    exact: &'a [u8],
    prefixes: HashMap<&'a [u8], Vec<usize>>,
    /// The lengths of the prefixes, each once.
    prefix_lens: Vec<usize>,
    suffixes: HashMap<&'a [u8], Vec<usize>>,
    suffix_lens: Vec<usize>,
}

/// Where each of `anchors` is in `text`: for each, exactly what
/// [`Anchor::find`] gives, but found together. Each is first checked at its
/// old offset; those not found there with all of their context are looked
/// for in one Aho-Corasick pass over the text, for the first bytes of every
/// passage at once, and an occurrence is scored only for the anchors whose
/// prefix or suffix it has, looked up by that text.
pub fn find_all(text: &str, anchors: &[&Anchor]) -> Vec<Found> {
    let mut found: Vec<Option<Found>> = anchors
        .iter()
        .map(|a| {
            if a.exact.is_empty() {
                Some(a.find(text))
            } else {
                a.found_in_place(text)
            }
        })
        .collect();
    let searched: Vec<usize> = (0..anchors.len()).filter(|&i| found[i].is_none()).collect();
    if !searched.is_empty() {
        let tallies = search(text, anchors, &searched);
        for (i, tally) in searched.into_iter().zip(tallies) {
            found[i] = Some(tally.found(anchors[i]));
        }
    }
    found.into_iter().flatten().collect()
}

/// Look for the anchors `searched` (indexes into `anchors`, none with an
/// empty passage) in one pass over `text`: the tally of each.
fn search(text: &str, anchors: &[&Anchor], searched: &[usize]) -> Vec<Tally> {
    let bytes = text.as_bytes();
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: HashMap<&[u8], usize> = HashMap::new();
    let mut keys: Vec<&[u8]> = Vec::new();
    let mut key_of: HashMap<&[u8], usize> = HashMap::new();
    // For each key, the groups whose passage starts with it.
    let mut key_groups: Vec<Vec<usize>> = Vec::new();
    // Where each searched anchor's tally is, by its index in `anchors`.
    let mut slot = vec![0; anchors.len()];
    for (n, &i) in searched.iter().enumerate() {
        slot[i] = n;
        let a = anchors[i];
        let exact = a.exact.as_bytes();
        let g = *group_of.entry(exact).or_insert_with(|| {
            let key = &exact[..exact.len().min(KEY_BYTES)];
            let k = *key_of.entry(key).or_insert_with(|| {
                keys.push(key);
                key_groups.push(Vec::new());
                keys.len() - 1
            });
            key_groups[k].push(groups.len());
            groups.push(Group {
                exact,
                prefixes: HashMap::new(),
                prefix_lens: Vec::new(),
                suffixes: HashMap::new(),
                suffix_lens: Vec::new(),
            });
            groups.len() - 1
        });
        let group = &mut groups[g];
        group
            .prefixes
            .entry(a.prefix.as_bytes())
            .or_default()
            .push(i);
        if !group.prefix_lens.contains(&a.prefix.len()) {
            group.prefix_lens.push(a.prefix.len());
        }
        group
            .suffixes
            .entry(a.suffix.as_bytes())
            .or_default()
            .push(i);
        if !group.suffix_lens.contains(&a.suffix.len()) {
            group.suffix_lens.push(a.suffix.len());
        }
    }
    let Ok(automaton) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&keys)
    else {
        // Too many passages for one automaton: each on its own.
        return searched.iter().map(|&i| anchors[i].tally(text)).collect();
    };
    let mut tallies = vec![Tally::default(); searched.len()];
    // The occurrence each anchor was last scored at, so that one confirmed
    // by both its prefix and its suffix counts once.
    let mut scored_at = vec![usize::MAX; searched.len()];
    // The shorter keys that each key starts with: they are found where it
    // is. (All keys but those of passages shorter than KEY_BYTES are that
    // long, and no two of the same length are alike.)
    let shorter: Vec<Vec<usize>> = keys
        .iter()
        .map(|key| {
            (1..key.len())
                .filter_map(|len| key_of.get(&key[..len]).copied())
                .collect()
        })
        .collect();
    // The longest key at each place where one starts, found with the
    // automaton's fast scan for a first byte (several keys at one place
    // start alike, so the others are the shorter ones it starts with).
    let mut from = 0;
    while let Some(m) = automaton.find(Input::new(bytes).span(from..bytes.len())) {
        // A passage starts with a char's first byte, so an occurrence
        // starts (and ends) on char boundaries.
        let at = m.start();
        from = at + 1;
        let key = m.pattern().as_usize();
        let found = std::iter::once(key).chain(shorter[key].iter().copied());
        for g in found.flat_map(|k| key_groups[k].iter().copied()) {
            let group = &groups[g];
            if !bytes[at..].starts_with(group.exact) {
                continue;
            }
            let end = at + group.exact.len();
            let mut score = |i: usize| {
                let n = slot[i];
                if scored_at[n] != at {
                    scored_at[n] = at;
                    let a = anchors[i];
                    tallies[n].add(a.context_score(text, at), at, a.start);
                }
            };
            for &len in &group.prefix_lens {
                let Some(before) = at.checked_sub(len).map(|start| &bytes[start..at]) else {
                    continue;
                };
                for &i in group.prefixes.get(before).into_iter().flatten() {
                    // A prefix cut short by the start of the text must be
                    // cut short there again.
                    if anchors[i].prefix.len() != anchors[i].start || at == len {
                        score(i);
                    }
                }
            }
            for &len in &group.suffix_lens {
                let Some(after) = bytes.get(end..end + len) else {
                    continue;
                };
                for &i in group.suffixes.get(after).into_iter().flatten() {
                    // So must a suffix cut short by the end of the text.
                    if len + 3 >= CONTEXT || end + len == bytes.len() {
                        score(i);
                    }
                }
            }
        }
    }
    tallies
}

/// The first words of `text` on one line: whitespace runs collapse to one
/// space, control characters are dropped, and the result is cut at a word
/// boundary to at most `max_chars` characters (`…` included), with `…` when
/// cut; a first word too long for that is cut inside.
pub fn first_words(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    // Where each word after the first starts in `out`, and `count` before it:
    // to take words back off when the `…` needs room.
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for word in text.split_whitespace() {
        let word: String = word.chars().filter(|c| !c.is_control()).collect();
        if word.is_empty() {
            continue;
        }
        let len = word.chars().count();
        let sep = usize::from(!out.is_empty());
        if count + sep + len > max_chars {
            while count + 1 > max_chars {
                match starts.pop() {
                    Some((at, before)) => {
                        out.truncate(at);
                        count = before;
                    }
                    None => break,
                }
            }
            if count + 1 > max_chars {
                // Only the first word is left, and it is too long: cut it.
                out = out.chars().take(max_chars.saturating_sub(1)).collect();
            } else if out.is_empty() {
                out.extend(word.chars().take(max_chars.saturating_sub(1)));
            }
            out.push('…');
            return out;
        }
        if sep == 1 {
            starts.push((out.len(), count));
            out.push(' ');
        }
        out.push_str(&word);
        count += sep + len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use proptest::prelude::*;

    const TEXT: &str =
        "Title\n\nThe first paragraph is here.\n\nThe second one follows it.\n\nAnd a third.";

    fn range_of(text: &str, needle: &str) -> Range<usize> {
        let at = text.find(needle).unwrap();
        at..at + needle.len()
    }

    #[test]
    fn anchor_keeps_text_and_context() {
        let r = range_of(TEXT, "The second one follows it.");
        let a = Anchor::new(TEXT, r.clone());
        assert_eq!(a.range(), r);
        assert_eq!(a.exact, "The second one follows it.");
        assert_eq!(a.prefix.len(), CONTEXT);
        assert!(TEXT[..r.start].ends_with(&a.prefix));
        assert_eq!(a.suffix, "\n\nAnd a third.");
    }

    #[test]
    fn unchanged_text_is_ok() {
        let a = Anchor::new(TEXT, range_of(TEXT, "The second one follows it."));
        assert_eq!(
            a.find(TEXT),
            Found {
                range: Some(a.range()),
                status: Status::Ok
            }
        );
    }

    #[test]
    fn an_edit_before_the_passage_moves_it() {
        let a = Anchor::new(TEXT, range_of(TEXT, "The second one follows it."));
        let edited = TEXT.replace("first paragraph", "very first, much longer paragraph");
        let found = a.find(&edited);
        assert_eq!(found.status, Status::Moved);
        assert_eq!(&edited[found.range.unwrap()], "The second one follows it.");
    }

    #[test]
    fn an_edit_after_the_passage_keeps_it_ok() {
        let a = Anchor::new(TEXT, range_of(TEXT, "The second one follows it."));
        let edited = TEXT.replace("And a third.", "And a third, changed.");
        assert_eq!(a.find(&edited).status, Status::Ok);
    }

    #[test]
    fn a_deleted_passage_is_lost_not_moved() {
        let a = Anchor::new(TEXT, range_of(TEXT, "The second one follows it."));
        let edited = TEXT.replace("The second one follows it.\n\n", "");
        assert_eq!(
            a.find(&edited),
            Found {
                range: None,
                status: Status::Lost
            }
        );
        // A changed word counts as gone too.
        let edited = TEXT.replace("second one", "second two");
        assert_eq!(a.find(&edited).status, Status::Lost);
    }

    #[test]
    fn context_picks_the_right_copy_of_a_repeated_passage() {
        let text = "alpha said:\n\nYes.\n\nbeta said:\n\nYes.\n\ngamma said:\n\nYes.\n";
        let second = text.find("beta said:\n\nYes.").unwrap() + "beta said:\n\n".len();
        let a = Anchor::new(text, second..second + 4);
        // Insert text at the start: all copies move; the right one is found by
        // its context even though another copy now sits at the old offset.
        let edited = format!(
            "{}{}",
            "x".repeat(second - text.find("Yes.").unwrap()),
            text
        );
        let found = a.find(&edited);
        assert_eq!(found.status, Status::Moved);
        let r = found.range.unwrap();
        assert!(edited[..r.start].ends_with("beta said:\n\n"));
    }

    #[test]
    fn without_context_copies_are_not_told_apart() {
        let text = "Yes. Yes. Yes.";
        let a = Anchor {
            prefix: String::new(),
            suffix: String::new(),
            ..Anchor::new(text, 5..9)
        };
        // Where it was, it is taken to be the same.
        assert_eq!(a.find(text).status, Status::Ok);
        // Elsewhere, the nearest copy is not the one bookmarked (that one is
        // at 9..13 now): none is chosen.
        let edited = "No. Yes. Yes. Yes.";
        assert_eq!(
            a.find(edited),
            Found {
                range: None,
                status: Status::Lost
            }
        );
    }

    #[test]
    fn a_deleted_copy_of_a_repeated_paragraph_is_lost_not_moved_to_another() {
        let text = "Headline\n\nThe council met on Monday to discuss the budget.\n\n\
                    Advertisement\n\nMembers argued for three hours about the roads.\n\n\
                    Advertisement\n\nThe vote is next week.\n";
        let first = range_of(text, "Advertisement");
        let second = text.rfind("Advertisement").unwrap();
        let a = Anchor::new(text, first.clone());
        let b = Anchor::new(text, second..second + "Advertisement".len());
        assert_eq!(a.find(text).range, Some(first.clone()));
        assert_eq!(b.find(text).range, Some(b.range()));

        // The first copy's paragraph goes: the other copy is not it.
        let edited = text.replacen("Advertisement\n\n", "", 1);
        assert_eq!(edited.matches("Advertisement").count(), 1);
        assert_eq!(
            a.find(&edited),
            Found {
                range: None,
                status: Status::Lost
            }
        );
        // The second copy's bookmark moved with it.
        let found = b.find(&edited);
        assert_eq!(found.status, Status::Moved);
        assert_eq!(&edited[found.range.unwrap()], "Advertisement");

        // The same at the start of the text, where the context is short.
        let text = "Advertisement\n\nThe council met on Monday.\n\nAdvertisement\n\nThe end.";
        let a = Anchor::new(text, 0.."Advertisement".len());
        let edited = text.replacen("Advertisement\n\n", "", 1);
        assert_eq!(a.find(&edited).status, Status::Lost);
    }

    #[test]
    fn a_unique_passage_moves_when_one_side_is_unchanged() {
        let a = Anchor::new(TEXT, range_of(TEXT, "The second one follows it."));
        // Both neighbours edited right next to it: nothing vouches for it.
        let edited = TEXT
            .replace("is here.", "was here.")
            .replace("And a third", "Then a third");
        assert_eq!(a.find(&edited).status, Status::Lost);
        // A new paragraph just before it: the text after still vouches.
        let edited = TEXT.replace("here.\n\n", "here.\n\nA new one.\n\n");
        let found = a.find(&edited);
        assert_eq!(found.status, Status::Moved);
        assert_eq!(&edited[found.range.unwrap()], a.exact);
    }

    #[test]
    fn multibyte_ranges_snap_to_char_boundaries() {
        let text = "Ein Bär schläft. Der Kim Jong-un in 北京 — 平壤 heute.";
        let bear = text.find('ä').unwrap();
        // A range starting and ending inside multibyte characters.
        let a = Anchor::new(text, bear + 1..text.find("北").unwrap() + 1);
        assert!(a.exact.starts_with("ä"));
        assert!(a.exact.ends_with("北"));
        assert_eq!(&text[a.range()], a.exact);
        // Context cut in the middle of a char is shortened, not broken.
        let b = Anchor::new(text, text.find("heute").unwrap()..text.len());
        assert!(b.prefix.len() <= CONTEXT);
        assert!(text[..b.start].ends_with(&b.prefix));
        let edited = format!("Vorwort: ü\n\n{text}");
        let found = a.find(&edited);
        assert_eq!(found.status, Status::Moved);
        assert_eq!(&edited[found.range.unwrap()], a.exact);
    }

    #[test]
    fn ranges_past_the_end_are_clamped() {
        let a = Anchor::new("short", 2..99);
        assert_eq!(a.range(), 2..5);
        assert_eq!(a.exact, "ort");
        let b = Anchor::new("short", 50..60);
        assert_eq!(b.range(), 5..5);
        assert_eq!(b.find("short").status, Status::Ok);
        assert_eq!(b.find("sho").status, Status::Lost);
    }

    /// Text with the characters that trip up byte arithmetic: accents,
    /// no-break and other odd spaces, line and paragraph separators, CJK,
    /// right-to-left scripts, combining marks, emoji, controls; and any char.
    fn unicode_text() -> impl Strategy<Value = String> {
        let ch = prop_oneof![
            3 => prop::sample::select(vec![
                'a', 'e', ' ', '\n', '.', 'é', 'ß', '\u{a0}', '\u{2028}', '\u{2029}',
                '\u{3000}', '北', '京', 'ا', 'ל', '\u{200f}', '\u{301}', '\u{308}',
                '\u{0}', '\u{1b}', '\t', '\r', '😀', '\u{fe0f}', '\u{feff}',
            ]),
            1 => any::<char>(),
        ];
        prop::collection::vec(ch, 0..120).prop_map(|cs| cs.into_iter().collect())
    }

    proptest! {
        #[test]
        fn anchors_on_any_unicode_slice_the_text(
            text in unicode_text(),
            start in 0usize..500,
            len in 0usize..200,
            insert in unicode_text(),
            cut in 0usize..500,
            cut_len in 0usize..40,
            max_chars in 0usize..50,
        ) {
            let a = Anchor::new(&text, start..start + len);
            prop_assert!(a.start <= a.end && a.end <= text.len());
            prop_assert_eq!(&text[a.range()], a.exact.as_str());
            prop_assert!(text[..a.start].ends_with(&a.prefix));
            prop_assert!(text[a.end..].starts_with(&a.suffix));
            // In the text it was made in, it is where it was.
            prop_assert_eq!(
                a.find(&text),
                Found { range: Some(a.range()), status: Status::Ok }
            );
            // In an edited text, whatever is found is the passage.
            let at = floor_boundary(&text, cut);
            let to = floor_boundary(&text, at + cut_len);
            for edited in [
                format!("{}{insert}{}", &text[..at], &text[at..]),
                format!("{}{}", &text[..at], &text[to..]),
            ] {
                let found = a.find(&edited);
                match found.range {
                    Some(r) => {
                        prop_assert_eq!(edited.get(r.clone()), Some(a.exact.as_str()));
                        prop_assert_eq!(a.reanchored(&edited, r.clone()).range(), r);
                    }
                    None => prop_assert_eq!(found.status, Status::Lost),
                }
            }
            let words = first_words(&text, max_chars);
            prop_assert!(words.chars().count() <= max_chars.max(1));
            prop_assert!(!words.chars().any(|c| c.is_control() || (c.is_whitespace() && c != ' ')));
        }
    }

    proptest! {
        #[test]
        fn finding_all_at_once_finds_what_each_finds_alone(
            parts in prop::collection::vec(unicode_text(), 1..4),
            repeats in 1usize..4,
            ranges in prop::collection::vec((0usize..600, 0usize..80), 1..16),
            short in prop::collection::vec(0usize..3, 16),
            insert in unicode_text(),
            cut in 0usize..600,
            cut_len in 0usize..60,
        ) {
            // Repeated, so that passages have copies to be told apart.
            let text = parts.concat().repeat(repeats);
            let anchors: Vec<Anchor> = ranges
                .iter()
                .zip(&short)
                .map(|(&(start, len), &short)| {
                    let a = Anchor::new(&text, start..start + len);
                    // Some with less context, as a short text or an older
                    // folio leaves it.
                    match short {
                        1 => Anchor { prefix: String::new(), ..a },
                        2 => Anchor {
                            suffix: a.suffix.chars().take(2).collect(),
                            ..a
                        },
                        _ => a,
                    }
                })
                .collect();
            let refs: Vec<&Anchor> = anchors.iter().collect();
            let at = floor_boundary(&text, cut);
            let to = floor_boundary(&text, at + cut_len);
            for edited in [
                text.clone(),
                format!("{}{insert}{}", &text[..at], &text[at..]),
                format!("{}{}", &text[..at], &text[to..]),
                format!("{insert}{text}"),
            ] {
                let alone: Vec<Found> = anchors.iter().map(|a| a.find(&edited)).collect();
                prop_assert_eq!(find_all(&edited, &refs), alone);
            }
        }
    }

    #[test]
    fn finding_all_at_once_tells_apart_passages_that_start_alike() {
        // Passages sharing their first bytes (longer than what the one pass
        // looks for first), repeated, and moved by an edit.
        let mut text = String::new();
        for i in 0..40 {
            text.push_str(&format!(
                "Report {i} from Seoul.\n\nThe same long opening words of a paragraph, then {}.\n\n",
                i % 3
            ));
        }
        let paragraphs: Vec<Range<usize>> = Document::from_text("t", &text, false).paragraphs;
        let anchors: Vec<Anchor> = paragraphs
            .iter()
            .map(|p| Anchor::new(&text, p.clone()))
            .collect();
        let refs: Vec<&Anchor> = anchors.iter().collect();
        let middle = text.len() / 2;
        let middle = text[..middle].rfind('\n').unwrap() + 1;
        for edited in [
            text.clone(),
            format!("Preface.\n\n{text}"),
            format!("{}An added line.\n{}", &text[..middle], &text[middle..]),
            text.replacen("Report 3 from Seoul.", "Report three.", 1),
            text.replace("then 1.", "then one."),
        ] {
            let alone: Vec<Found> = anchors.iter().map(|a| a.find(&edited)).collect();
            let together = find_all(&edited, &refs);
            assert_eq!(together, alone);
        }
        let unchanged = find_all(&text, &refs);
        assert!(unchanged.iter().all(|f| f.status == Status::Ok));
        let moved = find_all(&format!("Preface.\n\n{text}"), &refs);
        assert!(moved.iter().all(|f| f.status == Status::Moved));
    }

    #[test]
    fn first_words_is_one_short_line() {
        assert_eq!(first_words("One  two\nthree", 40), "One two three");
        assert_eq!(first_words("One two three four", 9), "One two…");
        assert_eq!(first_words("Supercalifragilistic", 6), "Super…");
        assert_eq!(first_words("a\u{1b}b", 10), "ab");
        assert_eq!(first_words("北京 平壤", 4), "北京…");
        // The `…` counts: the last word that fits makes room for it.
        assert_eq!(first_words("One two three", 7), "One…");
        assert_eq!(first_words("Hello world", 5), "Hell…");
        assert_eq!(first_words("a \u{1b} b", 10), "a b");
        assert_eq!(first_words("a\u{a0}b\u{2028}c", 10), "a b c");
    }
}
