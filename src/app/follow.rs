//! What `n`/`N` move through: the mentions of the chosen entity or the matches
//! of a search.

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

use regex::{Regex, RegexBuilder};

use super::sidebar::Spot;
use crate::entities::Kind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Entity {
        kind: Kind,
        name: String,
    },
    Search {
        query: String,
    },
    /// The paragraphs where two entities both appear: the spots are `b`'s
    /// first mention in each.
    Together {
        a: String,
        b: String,
    },
}

/// A list of places in the text and which one the reader is at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Follow {
    pub target: Target,
    /// Ordered by document, then offset.
    pub spots: Vec<Spot>,
    /// The current spot (meaningless when `spots` is empty).
    pub index: usize,
}

impl Follow {
    /// Follow `spots`, starting at the first at or after `(doc, offset)`,
    /// wrapping to the first.
    pub fn new(target: Target, spots: Vec<Spot>, doc: usize, offset: usize) -> Follow {
        let index = spots
            .iter()
            .position(|s| (s.doc, s.range.start) >= (doc, offset))
            .unwrap_or(0);
        Follow {
            target,
            spots,
            index,
        }
    }

    pub fn current(&self) -> Option<&Spot> {
        self.spots.get(self.index)
    }

    /// Move to the next (`forward`) or previous spot, wrapping at the ends.
    pub fn step(&mut self, forward: bool) -> Option<&Spot> {
        let n = self.spots.len();
        if n == 0 {
            return None;
        }
        self.index = if forward {
            (self.index + 1) % n
        } else {
            (self.index + n - 1) % n
        };
        self.current()
    }

    /// The status bar text: `Kim Jong Un 3/14` or `match 2/5`.
    pub fn label(&self) -> String {
        let n = self.spots.len();
        match &self.target {
            Target::Search { query } if n == 0 => format!("no match for {query}"),
            Target::Search { .. } if n >= MAX_MATCHES => {
                format!("match {}/{n}+", self.index + 1)
            }
            Target::Search { .. } => format!("match {}/{n}", self.index + 1),
            Target::Entity { name, .. } => format!("{name} {}/{n}", self.index + 1),
            Target::Together { a, b } => format!("{a} & {b} {}/{n}", self.index + 1),
        }
    }
}

/// The most matches a search keeps: past this the rest are not listed (and
/// the status bar says so), so a pattern that matches everything cannot take
/// all memory.
pub const MAX_MATCHES: usize = 1_000_000;

/// The pattern for `query`: plain and case-insensitive, or a regular
/// expression when it starts with `re:`. The compiled program and its caches
/// are limited in size, so a huge pattern is refused rather than built.
pub fn compile(query: &str) -> Result<Regex, regex::Error> {
    let pattern = match query.strip_prefix("re:") {
        Some(re) => re.to_string(),
        None => regex::escape(query),
    };
    RegexBuilder::new(&pattern)
        .case_insensitive(!query.starts_with("re:"))
        .size_limit(1 << 22)
        .dfa_size_limit(1 << 22)
        .build()
}

/// Every non-empty match of `re` in `text`, at most [`MAX_MATCHES`]. Stops
/// early, with what it found so far, once `cancel` is set.
pub fn find_all(text: &str, re: &Regex, cancel: Option<&AtomicBool>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for m in re.find_iter(text) {
        if found.len() % 4096 == 0 && cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
            break;
        }
        if found.len() == MAX_MATCHES {
            break;
        }
        if !m.is_empty() {
            found.push(m.range());
        }
    }
    found
}

/// Find `query` in `text` (see [`compile`]). Empty matches are skipped.
pub fn search(text: &str, query: &str) -> Result<Vec<Range<usize>>, regex::Error> {
    Ok(find_all(text, &compile(query)?, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spots(starts: &[(usize, usize)]) -> Vec<Spot> {
        starts
            .iter()
            .map(|&(doc, s)| Spot {
                doc,
                range: s..s + 1,
            })
            .collect()
    }

    #[test]
    fn starts_at_or_after_the_position_and_wraps() {
        let target = Target::Entity {
            kind: Kind::Person,
            name: "Kim".into(),
        };
        let mut f = Follow::new(target, spots(&[(0, 10), (0, 20), (1, 5)]), 0, 15);
        assert_eq!(f.index, 1);
        assert_eq!(f.label(), "Kim 2/3");
        assert_eq!(f.step(true).unwrap().doc, 1);
        assert_eq!(f.step(true).unwrap().range.start, 10);
        assert_eq!(f.step(false).unwrap().doc, 1);
        let f = Follow::new(f.target.clone(), f.spots.clone(), 1, 99);
        assert_eq!(f.index, 0, "past the last: wrap to the first");
    }

    #[test]
    fn plain_search_ignores_case_and_regex_is_opt_in() {
        let text = "Kim met kim. K.m";
        assert_eq!(search(text, "KIM").unwrap(), [0..3, 8..11]);
        assert_eq!(search(text, "k.m").unwrap(), vec![(13..16)]);
        assert_eq!(search(text, "re:K.m").unwrap(), [0..3, 13..16]);
        assert!(search(text, "re:(").is_err());
        assert!(search(text, "re:x*").unwrap().is_empty());
    }

    #[test]
    fn labels() {
        let f = Follow::new(Target::Search { query: "zz".into() }, vec![], 0, 0);
        assert_eq!(f.label(), "no match for zz");
    }
}
