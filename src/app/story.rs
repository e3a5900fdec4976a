//! Where in the text an entity is: the mentions of the entity the detail pane
//! is about, in the current document, counted across its length (the strip
//! under the sidebar), and jumps to a part of it (number keys, a click).

use std::ops::Range;

use super::follow::{Follow, Target};
use super::sidebar::Spot;
use super::{App, step_index};
use crate::entities::{Kind, cooccur};

/// How many names the detail pane lists as appearing with the selected one.
pub const TOGETHER_SHOWN: usize = 5;

/// Who appears with the detail pane's entity: worked out when the entity
/// (or the document's entities) change, not for every frame.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Together {
    /// What it was worked out for: document, kind, name, how many entities
    /// the document had.
    key: Option<(usize, Kind, String, usize)>,
    /// Kind, name and the number of paragraphs shared, the most first.
    pub list: Vec<(Kind, String, usize)>,
    /// The name chosen in the list with `w`, if any.
    pub cursor: Option<usize>,
}

/// The entity the detail pane shows: its kind and name, and its mentions in
/// the current document (sorted).
#[derive(Debug, Clone, Copy)]
pub struct Detail<'a> {
    pub kind: Kind,
    pub name: &'a str,
    pub mentions: &'a [Range<usize>],
}

/// How many mentions fall in each of `buckets` equal parts of a text of
/// `len` bytes. Mentions are sorted; the time is `buckets` binary searches.
pub fn density(mentions: &[Range<usize>], len: usize, buckets: usize) -> Vec<usize> {
    let len = len.max(1);
    let mut out = Vec::with_capacity(buckets);
    let mut before = 0;
    for b in 1..=buckets {
        let end = bucket_start(b, len, buckets);
        let upto = mentions.partition_point(|m| m.start < end);
        out.push(upto - before);
        before = upto;
    }
    out
}

/// Where bucket `b` of `buckets` starts in a text of `len` bytes.
fn bucket_start(b: usize, len: usize, buckets: usize) -> usize {
    if b >= buckets {
        return usize::MAX;
    }
    (len as u128 * b as u128 / buckets.max(1) as u128) as usize
}

/// The bucket of `buckets` that byte `offset` of `len` falls in.
pub fn bucket_of(offset: usize, len: usize, buckets: usize) -> usize {
    let len = len.max(1);
    let last = buckets.saturating_sub(1);
    let mut b = ((offset as u128 * buckets as u128 / len as u128) as usize).min(last);
    // Rounding may put it one off the parts [`density`] counts in.
    while b < last && bucket_start(b + 1, len, buckets) <= offset {
        b += 1;
    }
    while b > 0 && bucket_start(b, len, buckets) > offset {
        b -= 1;
    }
    b
}

impl App {
    /// Work out who appears with the detail pane's entity, if it changed.
    pub(super) fn refresh_together(&mut self) {
        let key = self.detail().map(|d| {
            let count = self.docs[self.current].entities.all().count();
            (self.current, d.kind, d.name.to_string(), count)
        });
        if key == self.together.key {
            return;
        }
        let list = match &key {
            Some((_, kind, name, _)) => self.appearing_with(*kind, name),
            None => Vec::new(),
        };
        self.together = Together {
            key,
            list,
            cursor: None,
        };
    }

    /// Who shares paragraphs with the entity `kind`/`name` of the current
    /// document, and how many, the most first. The time goes with that
    /// entity's mentions (and the names in its paragraphs), not with the
    /// document: the paragraphs' names are indexed once.
    fn appearing_with(&mut self, kind: Kind, name: &str) -> Vec<(Kind, String, usize)> {
        let state = &mut self.docs[self.current];
        let entities = &state.entities;
        let paragraphs = &state.doc.paragraphs;
        let Some(me) = entities
            .all()
            .position(|e| e.kind == kind && e.name == name)
        else {
            return Vec::new();
        };
        let index = state.by_paragraph.get_or_insert_with(|| {
            let mut by = vec![Vec::new(); paragraphs.len()];
            for (e, ps) in cooccur::paragraphs_of(paragraphs, entities)
                .into_iter()
                .enumerate()
            {
                for p in ps {
                    by[p].push(e);
                }
            }
            by
        });
        let Some(mine) = entities.all().nth(me) else {
            return Vec::new();
        };
        let mut counts: std::collections::HashMap<usize, usize> = Default::default();
        let mut last = None;
        for m in &mine.mentions {
            let p = paragraphs.partition_point(|r| r.end <= m.start);
            if last == Some(p) || p >= index.len() {
                continue;
            }
            last = Some(p);
            for &other in &index[p] {
                if other != me {
                    *counts.entry(other).or_default() += 1;
                }
            }
        }
        let mut found: Vec<(usize, usize)> = counts.into_iter().collect();
        found.sort_by_key(|&(other, n)| (std::cmp::Reverse(n), other));
        let all: Vec<&crate::entities::Entity> = entities.all().collect();
        found
            .into_iter()
            .filter_map(|(other, n)| all.get(other).map(|e| (e.kind, e.name.clone(), n)))
            .collect()
    }

    /// `w` / `W`: move through who appears with the selected entity; past
    /// either end, no name is chosen.
    pub(super) fn step_with(&mut self, delta: isize) {
        let shown = self.together.list.len().min(TOGETHER_SHOWN);
        if shown == 0 {
            self.notify("no one appears with it in the same paragraphs".into());
            return;
        }
        self.together.cursor = match self.together.cursor {
            None if delta > 0 => Some(0),
            None => Some(shown - 1),
            Some(i) if (i == 0 && delta < 0) || (i + 1 == shown && delta > 0) => None,
            Some(i) => Some(step_index(i, delta, shown)),
        };
    }

    /// Enter on a name in the list: follow the paragraphs where both
    /// appear (`n`/`N` walk them), at the other's mention in each.
    pub(super) fn follow_together(&mut self) {
        let (Some(i), Some(detail)) = (self.together.cursor, self.detail()) else {
            return;
        };
        let Some((kind, other, _)) = self.together.list.get(i).cloned() else {
            return;
        };
        let a = detail.name.to_string();
        let mine: Vec<Range<usize>> = detail.mentions.to_vec();
        let doc = &self.docs[self.current];
        let paragraphs = &doc.doc.paragraphs;
        let para = |at: usize| paragraphs.partition_point(|p| p.end <= at);
        let shared: std::collections::HashSet<usize> = mine.iter().map(|m| para(m.start)).collect();
        let theirs = doc
            .entities
            .of(kind)
            .iter()
            .find(|e| e.name == other)
            .map(|e| e.mentions.clone())
            .unwrap_or_default();
        let mut seen = std::collections::HashSet::new();
        let spots: Vec<Spot> = theirs
            .into_iter()
            .filter(|m| {
                let p = para(m.start);
                shared.contains(&p) && seen.insert(p)
            })
            .map(|range| Spot {
                doc: self.current,
                range,
            })
            .collect();
        let target = Target::Together { a, b: other };
        let follow = Follow::new(target, spots, self.current, self.doc().anchor);
        let spot = follow.current().cloned();
        self.follow = Some(follow);
        self.together.cursor = None;
        if let Some(spot) = spot {
            self.reveal(&spot);
        }
    }

    /// The entity the detail pane is about: the sidebar's selection, else
    /// the entity being followed; with its mentions in this document.
    pub fn detail(&self) -> Option<Detail<'_>> {
        let current = &self.docs[self.current].entities;
        let find = |kind: Kind, name: &str| {
            current
                .of(kind)
                .iter()
                .find(|e| e.name == name)
                .map(|e| e.mentions.as_slice())
        };
        if let Some(item) = self.sidebar.selected_item() {
            let mentions = item
                .sources
                .iter()
                .find(|(doc, _)| *doc == self.current)
                .and_then(|&(_, i)| current.of(item.kind).get(i))
                .map_or(&[][..], |e| e.mentions.as_slice());
            return Some(Detail {
                kind: item.kind,
                name: &item.name,
                mentions,
            });
        }
        match self.follow.as_ref().map(|f| &f.target) {
            Some(Target::Entity { kind, name }) => Some(Detail {
                kind: *kind,
                name,
                mentions: find(*kind, name).unwrap_or(&[]),
            }),
            _ => None,
        }
    }

    /// Go to the first mention of the detail pane's entity in part `part`
    /// of `parts` of the document (else the nearest after it, else before).
    pub(super) fn jump_to_part(&mut self, part: usize, parts: usize) {
        let Some(detail) = self.detail() else {
            self.notify("choose a person, place or organisation first (Tab)".into());
            return;
        };
        let len = self.docs[self.current].doc.text.len();
        let from = bucket_start(part, len, parts).min(len);
        let mentions = detail.mentions;
        let at = mentions.partition_point(|m| m.start < from);
        let Some(range) = mentions.get(at).or(mentions.last()).cloned() else {
            let name = detail.name.to_string();
            self.notify(format!("{name} is not in this document"));
            return;
        };
        let spot = Spot {
            doc: self.current,
            range,
        };
        if let Some(f) = &mut self.follow
            && let Some(i) = f.spots.iter().position(|s| *s == spot)
        {
            f.index = i;
        }
        self.reveal(&spot);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn mentions_are_counted_in_their_part_of_the_text() {
        let m = [0..3, 5..8, 50..55, 99..100];
        assert_eq!(density(&m, 100, 4), [2, 0, 1, 1]);
        assert_eq!(density(&m, 100, 1), [4]);
        assert_eq!(density(&[], 0, 3), [0, 0, 0]);
        assert_eq!(bucket_of(0, 100, 4), 0);
        assert_eq!(bucket_of(99, 100, 4), 3);
        assert_eq!(bucket_of(100, 100, 4), 3);
    }

    proptest! {
        #[test]
        fn every_mention_is_counted_once(
            mut starts in proptest::collection::vec(0usize..10_000, 0..200),
            buckets in 1usize..80,
        ) {
            starts.sort_unstable();
            let m: Vec<Range<usize>> = starts.iter().map(|&s| s..s + 1).collect();
            let counts = density(&m, 10_000, buckets);
            prop_assert_eq!(counts.len(), buckets);
            prop_assert_eq!(counts.iter().sum::<usize>(), m.len());
            for r in &m {
                let b = bucket_of(r.start, 10_000, buckets);
                prop_assert!(counts[b] > 0);
            }
        }
    }
}
