//! A long text linked a piece at a time.
//!
//! Linking works on one thread over the whole of what it links, and holds a
//! record for every mention (32 bytes each: about a gigabyte for a gigabyte
//! of news). A text longer than [`LINK_BYTES`] is therefore cut into pieces
//! of whole tagging chunks, each linked alone on the thread that tagged it,
//! the pieces on all cores at once, a batch of pieces (at most
//! [`BATCH_BYTES`]) at a time.
//! The entities of the pieces are joined: the same kind and name are one
//! entity. A name whose piece lacked the full form it stands for (`Kim` cut
//! away from `Kim Jong Un` at a piece's start) joins the one entity of its
//! kind that has it as a form, when there is exactly one. The pieces depend
//! on the text alone, not on the machine, and so does what is found.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::ops::Range;
use std::sync::{Mutex, TryLockError};

use super::gazetteer::{HashMap64, HashSet64};
use super::{Entities, Entity, Kind};

/// The longest text linked as one: a text tagged in parts
/// ([`super::tagger::parts`], from twice [`super::tagger::PART_MIN_BYTES`])
/// is linked a part at a time too, so that linking it takes all cores as
/// tagging it does.
pub const LINK_BYTES: usize = super::tagger::PART_MIN_BYTES;

/// The most text worked on at once, a batch of pieces: the batch that holds
/// the position in view goes first, and each piece's records are let go as
/// soon as it is linked.
pub const BATCH_BYTES: usize = 128 << 20;

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

/// The pieces `chunks` (ranges in text order that cover the text) are
/// linked in, as ranges of chunk indices: all of them as one when they
/// hold at most `max` bytes, else each chunk alone (the chunks of a long
/// text are of about the same length, so the cores share the work evenly).
pub fn link_pieces(chunks: &[Range<usize>], max: usize) -> Vec<Range<usize>> {
    let whole = chunks
        .first()
        .zip(chunks.last())
        .map(|(a, b)| b.end - a.start);
    match whole {
        None => Vec::new(),
        Some(len) if len <= max => std::iter::once(0..chunks.len()).collect(),
        Some(_) => (0..chunks.len()).map(|i| i..i + 1).collect(),
    }
}

/// The entities of pieces given in text order, joined into one list in order
/// of first mention: each entity's mentions in text order, its aliases those
/// of every piece in order of first appearance.
#[cfg(test)]
pub fn join(pieces: impl IntoIterator<Item = Entities>) -> Entities {
    let pieces: Vec<Entities> = pieces.into_iter().collect();
    let mut joined = Joiner::default();
    // Room for every entity at once, as if no two pieces shared one: a
    // long list grown by doubling is copied over and over.
    let mut total = 0;
    for (k, kind) in KINDS.into_iter().enumerate() {
        let n = pieces.iter().map(|p| p.of(kind).len()).sum();
        list_mut(&mut joined.all, kind).reserve(n);
        joined.next[k].reserve(n);
        total += n;
    }
    joined.first.reserve(total);
    for piece in pieces {
        joined.add(piece);
    }
    joined.finish()
}

const KINDS: [Kind; 3] = [Kind::Person, Kind::Place, Kind::Organisation];

/// The entities of pieces joined a piece at a time, as `join` joins them:
/// pieces added in text order, then finished.
struct Joiner {
    all: Entities,
    /// For each entity of a kind, the next with the same hash of its kind
    /// and name.
    next: [Vec<usize>; 3],
    /// The entities so far by the hash of their kind and name: the first
    /// with each hash. The hash is keyed at random, so that no text can make
    /// names collide on purpose; the map keys on it as it is, not hashing it
    /// again.
    first: HashMap64<usize>,
    state: std::collections::hash_map::RandomState,
}

impl Default for Joiner {
    fn default() -> Self {
        Joiner {
            all: Entities::default(),
            next: Default::default(),
            first: HashMap64::default(),
            state: std::collections::hash_map::RandomState::new(),
        }
    }
}

impl Joiner {
    /// The piece after those added so far.
    fn add(&mut self, piece: Entities) {
        for (k, (kind, entities)) in [
            (Kind::Person, piece.people),
            (Kind::Place, piece.places),
            (Kind::Organisation, piece.organisations),
        ]
        .into_iter()
        .enumerate()
        {
            let list = list_mut(&mut self.all, kind);
            let next = &mut self.next[k];
            for e in entities {
                let hash = self.state.hash_one((kind, e.name.as_str()));
                let mut at = self.first.get(&hash).copied().unwrap_or(usize::MAX);
                let mut last = usize::MAX;
                while at != usize::MAX && list[at].name != e.name {
                    last = at;
                    at = next[at];
                }
                if at != usize::MAX {
                    absorb(&mut list[at], e);
                    continue;
                }
                if last == usize::MAX {
                    self.first.insert(hash, list.len());
                } else {
                    next[last] = list.len();
                }
                next.push(usize::MAX);
                list.push(e);
            }
        }
    }

    fn finish(self) -> Entities {
        let mut all = self.all;
        for kind in KINDS {
            fold_partial_names(list_mut(&mut all, kind));
        }
        all
    }
}

/// Pieces joined as they come in, in any order and from any thread, into
/// what joining them in text order gives: each is joined once all those
/// before it are, by whichever thread puts the piece
/// that lets it be. The threads that link the pieces so join them while the
/// others are still being linked, instead of one thread after all of them.
pub struct InOrder {
    /// The pieces put and not yet joined, and the index of the next to join.
    waiting: Mutex<(Vec<Option<Entities>>, usize)>,
    joiner: Mutex<Joiner>,
}

impl InOrder {
    /// For `n` pieces.
    pub fn new(n: usize) -> InOrder {
        InOrder {
            waiting: Mutex::new(((0..n).map(|_| None).collect(), 0)),
            joiner: Mutex::new(Joiner::default()),
        }
    }

    /// Piece `i` (of those given to [`InOrder::new`]), joined now if all
    /// before it are.
    pub fn put(&self, i: usize, piece: Entities) {
        lock(&self.waiting).0[i] = Some(piece);
        self.join_ready();
    }

    /// The pieces ready in order, joined by this thread unless another is
    /// joining already; that one then joins this thread's piece too, since
    /// it looks again after it stops.
    fn join_ready(&self) {
        loop {
            let mut joiner = match self.joiner.try_lock() {
                Ok(joiner) => joiner,
                Err(TryLockError::Poisoned(e)) => e.into_inner(),
                Err(TryLockError::WouldBlock) => return,
            };
            while let Some(piece) = self.take_next() {
                joiner.add(piece);
            }
            drop(joiner);
            // A piece put after the last look, while this thread held the
            // joiner, was left by its thread: joined on the next turn.
            let waiting = lock(&self.waiting);
            if !waiting.0.get(waiting.1).is_some_and(Option::is_some) {
                return;
            }
        }
    }

    fn take_next(&self) -> Option<Entities> {
        let mut waiting = lock(&self.waiting);
        let (pieces, next) = &mut *waiting;
        let piece = pieces.get_mut(*next)?.take()?;
        *next += 1;
        Some(piece)
    }

    /// Everything put, joined (pieces never put are left out).
    pub fn finish(self) -> Entities {
        let (pieces, next) = self.waiting.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut joiner = self.joiner.into_inner().unwrap_or_else(|e| e.into_inner());
        for piece in pieces.into_iter().skip(next).flatten() {
            joiner.add(piece);
        }
        joiner.finish()
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
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
    if owners.is_empty() {
        return;
    }
    // Most names are no alias: those whose unkeyed hash (the word lists')
    // is no alias's are passed by without the keyed hash of the map; names
    // made to collide on it only cost the map's lookup.
    let quick = |s: &str| super::link::line_hash::line_hash(s.as_bytes());
    let maybe: HashSet64 = owners.keys().map(|a| quick(a)).collect();
    let into: Vec<Option<usize>> = list
        .iter()
        .enumerate()
        .map(|(i, e)| {
            if !maybe.contains(&quick(&e.name)) {
                return None;
            }
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

    /// Pieces of people, places and organisations whose names repeat
    /// across pieces (from a few names), some as a partial name of another.
    fn arbitrary_pieces() -> impl proptest::strategy::Strategy<Value = Vec<Entities>> {
        use proptest::prelude::*;
        const NAMES: [&str; 5] = ["Kim", "Kim Jong Un", "Xi", "Seoul", "Moon"];
        let entity = (
            0..NAMES.len(),
            0..3usize,
            proptest::option::of(0..NAMES.len()),
        );
        let piece = proptest::collection::vec(entity, 0..6);
        proptest::collection::vec(piece, 0..8).prop_map(|pieces| {
            let mut at = 0;
            pieces
                .into_iter()
                .map(|list| {
                    let mut piece = Entities::default();
                    for (name, kind, alias) in list {
                        let kind = KINDS[kind];
                        at += 10;
                        let list = list_mut(&mut piece, kind);
                        // One entity per kind and name in a piece.
                        if list.iter().any(|e| e.name == NAMES[name]) {
                            continue;
                        }
                        list.push(Entity {
                            kind,
                            name: NAMES[name].into(),
                            aliases: alias.map(|a| NAMES[a].to_string()).into_iter().collect(),
                            mentions: vec![at..at + 1, at + 5..at + 6],
                        });
                    }
                    piece
                })
                .collect()
        })
    }

    proptest::proptest! {
        #[test]
        fn pieces_put_in_any_order_from_many_threads_join_as_in_text_order(
            (pieces, order) in proptest::strategy::Strategy::prop_flat_map(arbitrary_pieces(), |pieces| {
                use proptest::strategy::{Just, Strategy};
                let order: Vec<usize> = (0..pieces.len()).collect();
                (Just(pieces), Just(order).prop_shuffle())
            }),
        ) {
            let want = join(pieces.clone());
            let joined = InOrder::new(pieces.len());
            let queue = Mutex::new(order.into_iter());
            std::thread::scope(|scope| {
                for _ in 0..3 {
                    scope.spawn(|| {
                        while let Some(i) = lock(&queue).next() {
                            joined.put(i, pieces[i].clone());
                        }
                    });
                }
            });
            proptest::prop_assert_eq!(joined.finish(), want);
        }
    }

    #[test]
    fn a_piece_never_put_is_left_out_and_the_rest_joined() {
        let a = people(vec![entity("Kim", &[], &[1])]);
        let c = people(vec![entity("Kim", &[], &[9]), entity("Xi", &[], &[12])]);
        let joined = InOrder::new(3);
        joined.put(2, c.clone());
        joined.put(0, a.clone());
        assert_eq!(joined.finish(), join([a, c]));
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
    fn a_text_longer_than_the_most_linked_at_once_is_linked_a_chunk_a_piece() {
        let chunks = [0..4, 4..8, 8..12];
        assert_eq!(link_pieces(&chunks, 12), vec![0..3]);
        assert_eq!(link_pieces(&chunks, 11), vec![0..1, 1..2, 2..3]);
        let one = std::iter::once(5..9).collect::<Vec<_>>();
        assert_eq!(
            link_pieces(&one, 2),
            one.iter().map(|_| 0..1).collect::<Vec<_>>()
        );
        assert!(link_pieces(&[], 8).is_empty());
    }

    #[test]
    fn a_text_tagged_in_parts_is_linked_a_part_a_piece() {
        use crate::entities::tagger::{PART_MIN_BYTES, parts};
        let line = "Ms. Åsa Öberg met\u{a0}Kim Jong Un in 東京.\n\n";
        let short = line.repeat(2 * PART_MIN_BYTES / line.len() - 1);
        assert_eq!(parts(&short).len(), 1);
        assert_eq!(link_pieces(&parts(&short), LINK_BYTES).len(), 1);
        let long = line.repeat(2 * PART_MIN_BYTES / line.len() + 1);
        let cut = parts(&long);
        assert!(cut.len() >= 2);
        assert_eq!(link_pieces(&cut, LINK_BYTES).len(), cut.len());
    }

    #[test]
    fn the_same_name_of_two_kinds_stays_two_entities() {
        let mut a = people(vec![entity("Jordan", &[], &[0])]);
        a.places.push(Entity {
            kind: Kind::Place,
            ..entity("Jordan", &[], &[20])
        });
        let b = people(vec![
            entity("Jordan", &[], &[40]),
            entity("Amman", &[], &[50]),
        ]);
        let all = join([a, b]);
        let people: Vec<(&str, usize)> = all
            .people
            .iter()
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        assert_eq!(people, [("Jordan", 2), ("Amman", 1)]);
        assert_eq!(all.places.len(), 1);
        assert_eq!(all.places[0].mentions.first(), Some(&(20..21)));
        assert_eq!(all.places[0].mentions.len(), 1);
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
