//! Text-quote anchors: a passage remembered by its text and a little context
//! around it, as well as by its byte offsets, so that it can be found again
//! after the document has been edited.
//!
//! Re-finding never guesses: if the exact text of the passage is no longer in
//! the document the anchor is [`Status::Lost`], never pointed at other text.

use std::ops::Range;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// About how many bytes of context are kept on each side of the passage.
pub const CONTEXT: usize = 32;

/// A passage of a document: its byte range when it was taken, its text, and
/// the text just before and after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    /// Byte offset of the passage's first byte, when the anchor was made.
    pub start: usize,
    /// Byte offset just past the passage, when the anchor was made.
    pub end: usize,
    /// Up to [`CONTEXT`] bytes just before the passage.
    #[serde(default)]
    pub prefix: String,
    /// The passage itself.
    pub exact: String,
    /// Up to [`CONTEXT`] bytes just after the passage.
    #[serde(default)]
    pub suffix: String,
    /// Fields this version does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
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

/// The largest char boundary at or before `i` (clamped to the text).
pub(crate) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or after `i` (clamped to the text).
pub(crate) fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
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

    /// Find the passage in `text`: among the occurrences of its exact text,
    /// the one whose surroundings best match the remembered context, and of
    /// those the nearest to the old offset.
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
        // (context score, distance from the old offset, start): higher score
        // wins, then the smaller distance, then the earlier start.
        let mut best: Option<(usize, usize, usize)> = None;
        let mut from = 0;
        while let Some(pos) = text[from..].find(&self.exact) {
            let at = from + pos;
            let score = self.context_score(text, at);
            let distance = at.abs_diff(self.start);
            let better = match best {
                None => true,
                Some((s, d, _)) => score > s || (score == s && distance < d),
            };
            if better {
                best = Some((score, distance, at));
            }
            // Step one char on, so overlapping occurrences are seen too.
            from = at + text[at..].chars().next().map_or(1, char::len_utf8);
        }
        match best {
            None => Found {
                range: None,
                status: Status::Lost,
            },
            Some((_, _, at)) => {
                let range = at..at + self.exact.len();
                let status = if range == self.range() {
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

/// The first words of `text` on one line: whitespace runs collapse to one
/// space, control characters are dropped, and the result is cut at a word
/// boundary to at most `max_chars` characters, with `…` when cut.
pub fn first_words(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    for word in text.split_whitespace() {
        let word: String = word.chars().filter(|c| !c.is_control()).collect();
        let len = word.chars().count();
        let sep = usize::from(!out.is_empty());
        if count + sep + len > max_chars {
            if out.is_empty() {
                // A single very long word: cut it.
                out.extend(word.chars().take(max_chars.saturating_sub(1)));
            }
            out.push('…');
            return out;
        }
        if sep == 1 {
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
    fn without_context_the_nearest_copy_wins() {
        let text = "Yes. Yes. Yes.";
        let a = Anchor {
            prefix: String::new(),
            suffix: String::new(),
            ..Anchor::new(text, 5..9)
        };
        let edited = "No. Yes. Yes. Yes.";
        assert_eq!(a.find(edited).range, Some(4..8));
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

    #[test]
    fn first_words_is_one_short_line() {
        assert_eq!(first_words("One  two\nthree", 40), "One two three");
        assert_eq!(first_words("One two three four", 9), "One two…");
        assert_eq!(first_words("Supercalifragilistic", 6), "Super…");
        assert_eq!(first_words("a\u{1b}b", 10), "ab");
        assert_eq!(first_words("北京 平壤", 4), "北京…");
    }
}
