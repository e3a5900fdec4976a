//! A very long text linked a piece at a time.
//!
//! Linking holds a record for every mention of the text it links (32 bytes
//! each: about a gigabyte for a gigabyte of news). A text longer than
//! [`LINK_BYTES`] is therefore cut into pieces of whole tagging chunks, each
//! tagged and linked alone, and the entities of the pieces are joined: the
//! same kind and name are one entity. A name whose piece lacked the full
//! form it stands for (`Kim` cut away from `Kim Jong Un` at a piece's start)
//! joins the one entity of its kind that has it as a form, when there is
//! exactly one.

use std::collections::HashMap;
use std::ops::Range;

use super::{Entities, Entity, Kind};

/// The longest text linked as one.
pub const LINK_BYTES: usize = 128 << 20;

/// Consecutive runs of `chunks` (ranges in text order that cover the text)
/// of at most `max` bytes each, but for a single chunk longer than that: as
/// ranges of chunk indices.
pub fn pieces(chunks: &[Range<usize>], max: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut first = 0;
    for i in 1..=chunks.len() {
        let ends = i == chunks.len() || chunks[i].end - chunks[first].start > max;
        if ends && i > first {
            out.push(first..i);
            first = i;
        }
    }
    out
}

/// The entities of pieces given in text order, joined into one list in order
/// of first mention: each entity's mentions in text order, its aliases those
/// of every piece in order of first appearance.
pub fn join(pieces: impl IntoIterator<Item = Entities>) -> Entities {
    let mut all = Entities::default();
    let mut index: HashMap<(Kind, String), usize> = HashMap::new();
    for piece in pieces {
        for (kind, entities) in [
            (Kind::Person, piece.people),
            (Kind::Place, piece.places),
            (Kind::Organisation, piece.organisations),
        ] {
            let list = list_mut(&mut all, kind);
            for e in entities {
                match index.get(&(kind, e.name.clone())) {
                    Some(&i) => absorb(&mut list[i], e),
                    None => {
                        index.insert((kind, e.name.clone()), list.len());
                        list.push(e);
                    }
                }
            }
        }
    }
    for kind in [Kind::Person, Kind::Place, Kind::Organisation] {
        fold_partial_names(list_mut(&mut all, kind));
    }
    all
}

fn list_mut(all: &mut Entities, kind: Kind) -> &mut Vec<Entity> {
    match kind {
        Kind::Person => &mut all.people,
        Kind::Place => &mut all.places,
        Kind::Organisation => &mut all.organisations,
    }
}

/// `other`'s forms and mentions added to `into`'s; both lists of mentions
/// are in text order, and so is the result.
fn absorb(into: &mut Entity, other: Entity) {
    for alias in std::iter::once(other.name).chain(other.aliases) {
        if alias != into.name && !into.aliases.contains(&alias) {
            into.aliases.push(alias);
        }
    }
    let in_order = match (into.mentions.last(), other.mentions.first()) {
        (Some(last), Some(first)) => last.start <= first.start,
        _ => true,
    };
    into.mentions.extend(other.mentions);
    if !in_order {
        into.mentions.sort_by_key(|r| r.start);
    }
}

/// Entities named by a form that is an alias of exactly one other entity,
/// joined to it; the list stays in order of first mention.
fn fold_partial_names(list: &mut Vec<Entity>) {
    let mut owners: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, e) in list.iter().enumerate() {
        for alias in &e.aliases {
            owners
                .entry(alias.as_str())
                .and_modify(|o| {
                    if *o != Some(i) {
                        *o = None;
                    }
                })
                .or_insert(Some(i));
        }
    }
    let into: Vec<Option<usize>> = list
        .iter()
        .enumerate()
        .map(|(i, e)| {
            owners
                .get(e.name.as_str())
                .copied()
                .flatten()
                .filter(|&o| o != i)
        })
        .collect();
    if into.iter().all(Option::is_none) {
        return;
    }
    // One step only: an owner that is itself folded keeps what it took.
    let mut taken: Vec<Option<Entity>> = list.drain(..).map(Some).collect();
    for (i, target) in into.iter().enumerate() {
        if let Some(t) = *target
            && into[t].is_none()
            && let Some(e) = taken[i].take()
            && let Some(owner) = taken[t].as_mut()
        {
            absorb(owner, e);
        }
    }
    list.extend(taken.into_iter().flatten());
    list.sort_by_key(|e| e.mentions.first().map(|r| r.start));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, aliases: &[&str], mentions: &[usize]) -> Entity {
        Entity {
            kind: Kind::Person,
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions: mentions.iter().map(|&m| m..m + 1).collect(),
        }
    }

    fn people(list: Vec<Entity>) -> Entities {
        Entities {
            people: list,
            ..Entities::default()
        }
    }

    #[test]
    fn pieces_are_runs_of_whole_chunks() {
        let chunks = [0..4, 4..8, 8..20, 20..22, 22..24];
        assert_eq!(pieces(&chunks, 8), vec![0..2, 2..3, 3..5]);
        assert_eq!(pieces(&chunks, 100), vec![0..5]);
        assert_eq!(pieces(&chunks, 1), vec![0..1, 1..2, 2..3, 3..4, 4..5]);
        assert!(pieces(&[], 8).is_empty());
    }

    #[test]
    fn the_same_name_in_two_pieces_is_one_entity() {
        let a = people(vec![
            entity("Kim Jong Un", &["Kim"], &[0, 10]),
            entity("Xi Jinping", &[], &[5]),
        ]);
        let b = people(vec![
            entity("Moon Jae-in", &[], &[100]),
            entity("Kim Jong Un", &["Mr. Kim"], &[110]),
        ]);
        let all = join([a, b]);
        let names: Vec<&str> = all.people.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Kim Jong Un", "Xi Jinping", "Moon Jae-in"]);
        assert_eq!(all.people[0].aliases, ["Kim", "Mr. Kim"]);
        let starts: Vec<usize> = all.people[0].mentions.iter().map(|r| r.start).collect();
        assert_eq!(starts, [0, 10, 110]);
    }

    #[test]
    fn a_partial_name_cut_from_its_full_name_joins_the_one_that_has_it() {
        let a = people(vec![
            entity("Kim Jong Un", &["Kim"], &[50]),
            entity("Lee", &[], &[60]),
        ]);
        // The next piece starts after the full name: `Kim` alone.
        let b = people(vec![entity("Kim", &[], &[100, 120])]);
        let all = join([a, b]);
        let names: Vec<&str> = all.people.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Kim Jong Un", "Lee"]);
        assert_eq!(all.people[0].mentions.len(), 3);

        // Two people have the form: it stays apart.
        let a = people(vec![
            entity("Kim Jong Un", &["Kim"], &[0]),
            entity("Kim Yo Jong", &["Kim"], &[10]),
        ]);
        let b = people(vec![entity("Kim", &[], &[100])]);
        let all = join([a, b]);
        assert_eq!(all.people.len(), 3);
    }
}
