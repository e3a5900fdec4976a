//! Who appears with whom: how many paragraphs two entities share.
//!
//! Entities are numbered as [`Entities::all`] lists them (people, then
//! places, then organisations). Paragraphs are byte ranges, in text order and
//! not overlapping (as `Document::paragraphs`); a mention belongs to the
//! paragraph it starts in, and a mention outside every paragraph to none.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use super::Entities;

/// At most this many distinct entities of one paragraph are paired (those
/// with the most mentions in the document), so that a paragraph naming
/// thousands costs at most `64 * 63 / 2` pairs, not millions.
pub const PARAGRAPH_ENTITIES_MAX: usize = 64;

/// Pairs sharing fewer paragraphs than this are left out of
/// [`cooccurrence`].
pub const MIN_SHARED: usize = 2;

/// Two entities and the number of paragraphs that name both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The name that sorts first.
    pub a: String,
    pub b: String,
    pub paragraphs: usize,
    /// `a` and `b` as numbered by [`Entities::all`].
    pub ids: (usize, usize),
}

/// For each entity (in [`Entities::all`] order), the paragraphs it is named
/// in: indices into `paragraphs`, ascending, each once.
pub fn paragraphs_of(paragraphs: &[Range<usize>], entities: &Entities) -> Vec<Vec<usize>> {
    let (starts, all) = paragraphs_in_one_list(paragraphs, entities);
    starts
        .windows(2)
        .map(|w| all[w[0]..w[1]].to_vec())
        .collect()
}

/// [`paragraphs_of`] in one list: those of entity `e` are
/// `all[starts[e]..starts[e + 1]]`. One allocation, not one per entity: a
/// long text names hundreds of thousands.
fn paragraphs_in_one_list(
    paragraphs: &[Range<usize>],
    entities: &Entities,
) -> (Vec<usize>, Vec<usize>) {
    let index = Index::new(paragraphs);
    let mut starts = vec![0];
    let mut all: Vec<usize> = Vec::new();
    for e in entities.all() {
        let begin = all.len();
        for m in &e.mentions {
            match index.at(m.start) {
                Some(p) if all.len() == begin || all.last() != Some(&p) => all.push(p),
                _ => {}
            }
        }
        // Sorted already when the mentions are in order; sorted anyway
        // for lists that are not.
        if !all[begin..].is_sorted_by(|a, b| a < b) {
            let mut own = all.split_off(begin);
            own.sort_unstable();
            own.dedup();
            all.extend(own);
        }
        starts.push(all.len());
    }
    (starts, all)
}

/// Where to start looking for the paragraph that holds a byte: for every
/// block of bytes (4 KB), the first paragraph that ends after the block
/// starts. A long text has millions of paragraphs, and a binary
/// search over all of them for each of millions of mentions would wait on
/// memory at every step.
struct Index<'a> {
    paragraphs: &'a [Range<usize>],
    block: usize,
    first: Vec<usize>,
}

impl<'a> Index<'a> {
    fn new(paragraphs: &'a [Range<usize>]) -> Self {
        Self::with_blocks(paragraphs, 1 << 12)
    }

    fn with_blocks(paragraphs: &'a [Range<usize>], block: usize) -> Self {
        let end = paragraphs.last().map_or(0, |p| p.end);
        let mut first = Vec::with_capacity(end / block + 2);
        let mut p = 0;
        for b in 0..end / block + 2 {
            while p < paragraphs.len() && paragraphs[p].end <= b * block {
                p += 1;
            }
            first.push(p);
        }
        Index {
            paragraphs,
            block,
            first,
        }
    }

    /// The paragraph that holds byte `at`.
    fn at(&self, at: usize) -> Option<usize> {
        let block = at / self.block;
        let (low, high) = match self.first.get(block..block + 2) {
            Some(&[low, next]) => (low, next),
            _ => (
                self.first.last().copied().unwrap_or(0),
                self.paragraphs.len(),
            ),
        };
        let i = low + self.paragraphs[low..high].partition_point(|p| p.end <= at);
        self.paragraphs
            .get(i)
            .filter(|p| p.start <= at && at < p.end)
            .map(|_| i)
    }
}

/// The paragraph that holds byte `at`.
fn paragraph_at(paragraphs: &[Range<usize>], at: usize) -> Option<usize> {
    let i = paragraphs.partition_point(|p| p.end <= at);
    paragraphs
        .get(i)
        .filter(|p| p.start <= at && at < p.end)
        .map(|_| i)
}

/// Every pair of entities that share at least [`MIN_SHARED`] paragraphs,
/// the most shared first, then by names. Each paragraph pairs at most
/// [`PARAGRAPH_ENTITIES_MAX`] of its entities.
pub fn cooccurrence(doc_paragraphs: &[Range<usize>], entities: &Entities) -> Vec<Pair> {
    let names: Vec<&str> = entities.all().map(|e| e.name.as_str()).collect();
    let weight: Vec<usize> = entities.all().map(|e| e.mentions.len()).collect();
    let (of_starts, of) = paragraphs_in_one_list(doc_paragraphs, entities);
    let of_entity = |e: usize| &of[of_starts[e]..of_starts[e + 1]];
    // The entities of each paragraph, ascending: those of paragraph `p` are
    // `members[starts[p]..starts[p + 1]]`. One list for all, not one per
    // paragraph: a long text has millions.
    let mut starts = vec![0usize; doc_paragraphs.len() + 1];
    for &p in &of {
        starts[p + 1] += 1;
    }
    for p in 0..doc_paragraphs.len() {
        starts[p + 1] += starts[p];
    }
    let mut members = vec![0usize; starts[doc_paragraphs.len()]];
    let mut next = starts.clone();
    for entity in 0..names.len() {
        for &p in of_entity(entity) {
            members[next[p]] = entity;
            next[p] += 1;
        }
    }
    // An entity named in fewer paragraphs than a pair must share is in no
    // pair: it is passed over once its paragraph's entities are chosen (most
    // names of a long text are named in one paragraph only, and would
    // otherwise fill the count with pairs that are then dropped).
    let paired: Vec<bool> = (0..names.len())
        .map(|e| of_entity(e).len() >= MIN_SHARED)
        .collect();
    drop((of_starts, of, next));
    let mut counts: HashMap<(usize, usize), usize, BuildHasherDefault<PairHasher>> =
        HashMap::default();
    let mut most = Vec::new();
    let mut kept = Vec::new();
    for p in 0..doc_paragraphs.len() {
        let mut here = &members[starts[p]..starts[p + 1]];
        if here.len() > PARAGRAPH_ENTITIES_MAX {
            most.clear();
            most.extend_from_slice(here);
            most.sort_by_key(|&e| (std::cmp::Reverse(weight[e]), e));
            most.truncate(PARAGRAPH_ENTITIES_MAX);
            most.sort_unstable();
            here = &most;
        }
        kept.clear();
        kept.extend(here.iter().copied().filter(|&e| paired[e]));
        for (k, &x) in kept.iter().enumerate() {
            for &y in &kept[k + 1..] {
                *counts.entry((x, y)).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<Pair> = counts
        .into_iter()
        .filter(|&(_, n)| n >= MIN_SHARED)
        .map(|((x, y), n)| {
            let (x, y) = if (names[y], y) < (names[x], x) {
                (y, x)
            } else {
                (x, y)
            };
            Pair {
                a: names[x].to_string(),
                b: names[y].to_string(),
                paragraphs: n,
                ids: (x, y),
            }
        })
        .collect();
    pairs.sort_by(|p, q| {
        q.paragraphs
            .cmp(&p.paragraphs)
            .then_with(|| (&p.a, &p.b, p.ids).cmp(&(&q.a, &q.b, q.ids)))
    });
    pairs
}

/// A quick hasher for pairs of entity numbers (a folded multiply).
#[derive(Default)]
struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    fn write_u64(&mut self, n: u64) {
        let m = u128::from(self.0 ^ n) * 0x9e37_79b9_7f4a_7c15;
        self.0 = (m as u64) ^ ((m >> 64) as u64);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// Who appears with entity `entity` (numbered as [`Entities::all`]): every
/// other entity that shares a paragraph with it, and how many, the most
/// shared first, then in [`Entities::all`] order. Not capped: it is linear
/// in the mentions.
pub fn with(
    entity: usize,
    doc_paragraphs: &[Range<usize>],
    entities: &Entities,
) -> Vec<(usize, usize)> {
    let mut mine = vec![false; doc_paragraphs.len()];
    let Some(selected) = entities.all().nth(entity) else {
        return Vec::new();
    };
    for m in &selected.mentions {
        if let Some(p) = paragraph_at(doc_paragraphs, m.start) {
            mine[p] = true;
        }
    }
    let mut found: Vec<(usize, usize)> = paragraphs_of(doc_paragraphs, entities)
        .into_iter()
        .enumerate()
        .filter(|&(other, _)| other != entity)
        .map(|(other, ps)| (other, ps.into_iter().filter(|&p| mine[p]).count()))
        .filter(|&(_, n)| n > 0)
        .collect();
    found.sort_by_key(|&(other, n)| (std::cmp::Reverse(n), other));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::entities::{Entity, Kind, extract};
    use proptest::prelude::*;

    /// Entities with mentions at every occurrence of their names in `text`.
    fn marked(text: &str, names: &[(&str, Kind)]) -> Entities {
        let mut found = Entities::default();
        for &(name, kind) in names {
            let entity = Entity {
                kind,
                name: name.to_string(),
                aliases: vec![],
                mentions: text
                    .match_indices(name)
                    .map(|(at, _)| at..at + name.len())
                    .collect(),
            };
            match kind {
                Kind::Person => found.people.push(entity),
                Kind::Place => found.places.push(entity),
                Kind::Organisation => found.organisations.push(entity),
            }
        }
        found
    }

    const THREE: &str = "Kim went to Beijing. Xi met Kim.\n\n\
        Xi spoke in Beijing; Kim listened. Kim again.\n\n\
        Trump tweeted from Washington about Kim.\n";

    #[test]
    fn counts_on_three_paragraphs() {
        // By hand:
        //   paragraph 1: Kim, Beijing, Xi
        //   paragraph 2: Xi, Beijing, Kim
        //   paragraph 3: Trump, Washington, Kim
        // Kim–Beijing 2, Kim–Xi 2, Beijing–Xi 2; Kim–Trump, Kim–Washington,
        // Trump–Washington 1 each (left out: fewer than 2).
        let doc = Document::from_text("t.txt", THREE, false);
        assert_eq!(doc.paragraphs.len(), 3);
        let found = marked(
            &doc.text,
            &[
                ("Kim", Kind::Person),
                ("Xi", Kind::Person),
                ("Trump", Kind::Person),
                ("Beijing", Kind::Place),
                ("Washington", Kind::Place),
            ],
        );
        let pairs = cooccurrence(&doc.paragraphs, &found);
        let pairs: Vec<(&str, &str, usize)> = pairs
            .iter()
            .map(|p| (p.a.as_str(), p.b.as_str(), p.paragraphs))
            .collect();
        assert_eq!(
            pairs,
            [
                ("Beijing", "Kim", 2),
                ("Beijing", "Xi", 2),
                ("Kim", "Xi", 2)
            ]
        );
        // Kim (0) with: Xi (1) 2, Beijing (3) 2, Trump (2) 1, Washington (4) 1.
        assert_eq!(
            with(0, &doc.paragraphs, &found),
            [(1, 2), (3, 2), (2, 1), (4, 1)]
        );
        // Trump (2) with Kim and Washington, once each.
        assert_eq!(with(2, &doc.paragraphs, &found), [(0, 1), (4, 1)]);
        assert_eq!(with(99, &doc.paragraphs, &found), []);
    }

    #[test]
    fn a_paragraph_with_thousands_of_entities_pairs_a_few() {
        // 3,000 entities named twice in one paragraph each: without the cap,
        // 4.5 million pairs per paragraph.
        let names: Vec<String> = (0..3000).map(|i| format!("Name{i:04}")).collect();
        let paragraph = names.join(" ");
        let text = format!("{paragraph}\n\n{paragraph}\n");
        let doc = Document::from_text("t.txt", &text, false);
        let refs: Vec<(&str, Kind)> = names.iter().map(|n| (n.as_str(), Kind::Person)).collect();
        let mut found = marked(&doc.text, &refs);
        // The first has a third mention, so it is among those kept.
        found.people[2999].mentions.push(0..8);
        let pairs = cooccurrence(&doc.paragraphs, &found);
        assert_eq!(
            pairs.len(),
            PARAGRAPH_ENTITIES_MAX * (PARAGRAPH_ENTITIES_MAX - 1) / 2
        );
        assert!(pairs.iter().all(|p| p.paragraphs == 2));
        assert!(pairs.iter().any(|p| p.b == "Name2999"));
    }

    #[test]
    fn a_paragraphs_entities_are_chosen_before_those_in_one_paragraph_are_passed_over() {
        // Paragraph 1 names 64 entities three times each, named nowhere
        // else, and Ann and Bob once; paragraph 2 names Ann and Bob. The 64
        // weigh more, so paragraph 1 pairs them alone, and Ann and Bob share
        // one paragraph only as counted: no pair. (Choosing among the
        // entities of more than one paragraph only would pair Ann and Bob.)
        let heavy: Vec<String> = (0..PARAGRAPH_ENTITIES_MAX)
            .map(|i| format!("Name{i:04}"))
            .collect();
        let thrice: Vec<String> = heavy.iter().map(|n| format!("{n} {n} {n}")).collect();
        let text = format!("{} Ann Bob\n\nAnn Bob\n", thrice.join(" "));
        let doc = Document::from_text("t.txt", &text, false);
        let mut refs: Vec<(&str, Kind)> =
            heavy.iter().map(|n| (n.as_str(), Kind::Person)).collect();
        refs.extend([("Ann", Kind::Person), ("Bob", Kind::Person)]);
        let found = marked(&doc.text, &refs);
        assert_eq!(doc.paragraphs.len(), 2);
        assert!(cooccurrence(&doc.paragraphs, &found).is_empty());
        // With two fewer heavy entities, Ann and Bob are chosen in both.
        let lighter = text.replacen(
            "Name0000 Name0000 Name0000 Name0001 Name0001 Name0001 ",
            "",
            1,
        );
        let doc = Document::from_text("t.txt", &lighter, false);
        let found = marked(&doc.text, &refs[2..]);
        let pairs = cooccurrence(&doc.paragraphs, &found);
        assert_eq!(pairs.len(), 1);
        assert_eq!((pairs[0].a.as_str(), pairs[0].b.as_str()), ("Ann", "Bob"));
    }

    /// Entities over `len` bytes with mentions anywhere, and paragraphs that
    /// cut `len` into pieces.
    fn arbitrary() -> impl Strategy<Value = (Vec<Range<usize>>, Entities)> {
        (1usize..400).prop_flat_map(|len| {
            let cuts = proptest::collection::btree_set(0..len, 0..20);
            let entity = proptest::collection::vec(0..len, 0..12);
            (cuts, proptest::collection::vec(entity, 0..10), Just(len)).prop_map(
                |(cuts, mentions, len)| {
                    let mut paragraphs = Vec::new();
                    let mut start = 0;
                    for (k, cut) in cuts.into_iter().chain([len]).enumerate() {
                        // Every other gap is a blank line between paragraphs.
                        if cut > start && k % 2 == 0 {
                            paragraphs.push(start..cut);
                        }
                        start = cut;
                    }
                    let people = mentions
                        .into_iter()
                        .enumerate()
                        .map(|(i, mut starts)| {
                            starts.sort_unstable();
                            Entity {
                                kind: Kind::Person,
                                name: format!("E{}", i % 4),
                                aliases: vec![],
                                mentions: starts.into_iter().map(|s| s..s + 1).collect(),
                            }
                        })
                        .collect();
                    (
                        paragraphs,
                        Entities {
                            people,
                            ..Entities::default()
                        },
                    )
                },
            )
        })
    }

    proptest! {
        #[test]
        fn counts_are_symmetric_and_at_most_the_paragraphs((paragraphs, found) in arbitrary()) {
            let n = found.all().count();
            let pairs = cooccurrence(&paragraphs, &found);
            let of = paragraphs_of(&paragraphs, &found);
            for p in &pairs {
                prop_assert!(p.paragraphs >= MIN_SHARED);
                prop_assert!(p.paragraphs <= paragraphs.len());
                prop_assert!(p.a <= p.b);
                let (x, y) = p.ids;
                let shared = of[x].iter().filter(|q| of[y].contains(q)).count();
                prop_assert_eq!(shared, p.paragraphs);
            }
            for x in 0..n {
                for (y, count) in with(x, &paragraphs, &found) {
                    prop_assert!(count <= paragraphs.len() && count > 0);
                    let back = with(y, &paragraphs, &found);
                    prop_assert_eq!(back.iter().find(|(z, _)| *z == x).map(|(_, c)| *c), Some(count));
                    let listed = pairs.iter().find(|p| p.ids == (x, y) || p.ids == (y, x));
                    if count >= MIN_SHARED {
                        prop_assert_eq!(listed.map(|p| p.paragraphs), Some(count));
                    } else {
                        prop_assert!(listed.is_none());
                    }
                }
            }
            // Sorted: most shared first.
            prop_assert!(pairs.windows(2).all(|w| w[0].paragraphs >= w[1].paragraphs));
        }

        #[test]
        fn the_index_finds_the_paragraph_a_search_finds(
            (paragraphs, _) in arbitrary(),
            block in 1usize..64,
        ) {
            let index = Index::with_blocks(&paragraphs, block);
            let end = paragraphs.last().map_or(0, |p| p.end);
            for at in 0..end + 2 * block {
                prop_assert_eq!(index.at(at), paragraph_at(&paragraphs, at), "{}", at);
            }
        }

        #[test]
        fn each_mention_is_in_the_paragraph_that_holds_it(
            (paragraphs, mut found) in arbitrary(),
            shuffled in any::<bool>(),
        ) {
            if shuffled {
                // Lists out of order are counted too.
                for e in &mut found.people {
                    e.mentions.reverse();
                }
            }
            let of = paragraphs_of(&paragraphs, &found);
            for (e, ps) in found.all().zip(&of) {
                let mut held: Vec<usize> = e
                    .mentions
                    .iter()
                    .filter_map(|m| paragraphs.iter().position(|p| p.contains(&m.start)))
                    .collect();
                held.sort_unstable();
                held.dedup();
                prop_assert_eq!(&held, ps);
            }
        }

        #[test]
        fn any_text_is_counted_without_panicking(text in "\\PC{0,300}(\n\n\\PC{0,300}){0,4}") {
            let doc = Document::from_text("t.txt", &text, false);
            let found = extract(&doc.text);
            let pairs = cooccurrence(&doc.paragraphs, &found);
            for p in &pairs {
                prop_assert!(p.paragraphs <= doc.paragraphs.len());
            }
            for x in 0..found.all().count() {
                for (_, count) in with(x, &doc.paragraphs, &found) {
                    prop_assert!(count <= doc.paragraphs.len());
                }
            }
        }
    }
}
