//! People and places in a text: extraction and linking of partial names.
//!
//! Pure functions over `&str`; positions are byte offsets into that text.

use std::ops::Range;

use serde::Serialize;

pub mod link;

pub mod cooccur;
mod cores;
pub mod gazetteer;
pub mod geo;
pub mod model;
mod pieces;
pub mod tagger;
pub mod tokens;

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// `kim` `n` times, a paragraph about Moon and Trump `n` times, `kim`
    /// again, and a byte inside the first about Moon.
    fn stories(kim: &str, n: usize) -> (String, usize) {
        let far = "Moon Jae-in spoke in Seoul about Donald Trump.\n\n";
        let kim = format!("{kim}\n\n");
        let text = format!("{}{}{}", kim.repeat(n), far.repeat(n), kim.repeat(n));
        let near = text.find("Moon").unwrap() + 10;
        (text, near)
    }

    /// What `work` finds, and everything it said while it worked, in order.
    fn saying(
        work: impl FnOnce(&(dyn Fn(Progress) + Sync)) -> Entities,
    ) -> (Entities, Vec<Progress>) {
        let said = Mutex::new(Vec::new());
        let found = work(&|p| said.lock().unwrap().push(p));
        (found, said.into_inner().unwrap())
    }

    /// The percentages reported only grow, reach 100, and linking is said
    /// last.
    fn progress_grows_to_linking(said: &[Progress]) {
        let tagged: Vec<u8> = said
            .iter()
            .filter_map(|p| match p {
                Progress::Tagged(n) => Some(*n),
                _ => None,
            })
            .collect();
        assert!(tagged.windows(2).all(|w| w[0] <= w[1]), "{tagged:?}");
        assert_eq!(tagged.last(), Some(&100));
        assert_eq!(said.last(), Some(&Progress::Linking));
    }

    #[test]
    fn a_long_text_reports_the_part_in_view_first_then_progress_then_all() {
        let (text, near) = stories(
            "Kim Jong Un met Xi Jinping in Beijing. Xi said the talks went well.",
            20,
        );
        let (all, said) = saying(|report| extract_in_chunks(&text, Some(near), 300, report));
        // The part in view is reported alone (Trump, not Kim), once. It is
        // tagged first, but another thread may report a part before it.
        let partial: Vec<&Entities> = said
            .iter()
            .filter_map(|p| match p {
                Progress::Partial(part) => Some(part),
                _ => None,
            })
            .collect();
        let [part] = partial[..] else {
            panic!("{said:?}");
        };
        let names: Vec<&str> = part.people.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Donald Trump"), "{names:?}");
        assert!(!names.iter().any(|n| n.starts_with("Kim")), "{names:?}");
        let chunks = tagger::chunks(&text, 300);
        let view = chunks.iter().find(|c| c.contains(&near)).unwrap();
        for e in part.people.iter().chain(&part.places) {
            for m in &e.mentions {
                assert!(
                    view.start <= m.start && m.end <= view.end,
                    "{m:?} outside {view:?}"
                );
                assert_eq!(&text[m.clone()], e.name.as_str());
            }
        }
        progress_grows_to_linking(&said);
        // The whole is linked across the parts: one Kim for every mention.
        let kim = all.people.iter().find(|e| e.name == "Kim Jong Un").unwrap();
        assert_eq!(kim.mentions.len(), 40);
        // The same as linking what each part found.
        let mentions: Vec<tagger::Mention> =
            tagger::in_parallel(model::bundled(), &text, &chunks, 0, &|_, _| {})
                .into_iter()
                .flatten()
                .collect();
        assert_eq!(all, link::link(&text, &mentions));
    }

    #[test]
    fn a_very_long_text_is_linked_a_piece_at_a_time_and_the_pieces_joined() {
        let (text, near) = stories(
            "Kim Jong Un met Xi Jinping in Beijing. Kim said the talks went well.",
            30,
        );
        let chunks = tagger::chunks(&text, 300);
        let (all, said) =
            saying(|report| extract_in_pieces(&text, Some(near), chunks, 1200, 2500, report));
        let partial = said
            .iter()
            .filter(|p| matches!(p, Progress::Partial(_)))
            .count();
        assert_eq!(partial, 1, "{said:?}");
        progress_grows_to_linking(&said);

        // Each piece linked alone, then joined.
        let chunks = tagger::chunks(&text, 300);
        let ranges = pieces::link_pieces(&chunks, 1200);
        assert!(ranges.len() > 3, "{ranges:?}");
        let each = ranges.iter().map(|p| {
            let span = chunks[p.start].start..chunks[p.end - 1].end;
            alone(
                &text,
                span.clone(),
                &tagger::mentions(&text[span.clone()])
                    .iter()
                    .map(|m| {
                        let mut m = m.clone();
                        m.start += span.start;
                        m
                    })
                    .collect::<Vec<_>>(),
            )
        });
        assert_eq!(all, pieces::join(each));

        // One Kim for every mention, his partial name included where a piece
        // begins after his full name.
        let kims: Vec<&Entity> = all
            .people
            .iter()
            .filter(|e| e.name.starts_with("Kim"))
            .collect();
        assert_eq!(kims.len(), 1, "{kims:?}");
        assert_eq!(kims[0].mentions.len(), 120);
        for e in all
            .people
            .iter()
            .chain(&all.places)
            .chain(&all.organisations)
        {
            assert!(e.mentions.windows(2).all(|w| w[0].start < w[1].start));
            for m in &e.mentions {
                let form = &text[m.clone()];
                assert!(
                    form == e.name || e.aliases.iter().any(|a| a == form),
                    "{form} of {e:?}"
                );
            }
        }
    }

    #[test]
    fn the_pieces_found_do_not_depend_on_how_many_are_tagged_at_once() {
        let (text, near) = stories(
            "Kim Jong Un met Xi Jinping in Beijing. Kim said the talks went well.",
            30,
        );
        let chunks = || tagger::chunks(&text, 300);
        let one_batch = extract_in_pieces(&text, Some(near), chunks(), 1200, usize::MAX, &|_| {});
        for batch in [1, 700, 2500] {
            let (found, said) = saying(|report| {
                extract_in_pieces(&text, Some(near), chunks(), 1200, batch, report)
            });
            assert_eq!(found, one_batch, "batches of {batch} bytes");
            progress_grows_to_linking(&said);
        }
    }

    #[test]
    fn with_no_place_in_view_no_part_is_linked_alone() {
        let (text, near) = stories(
            "Kim Jong Un met Xi Jinping in Beijing. Xi said the talks went well.",
            20,
        );
        let (all, said) = saying(|report| extract_in_chunks(&text, None, 300, report));
        assert!(
            !said.iter().any(|p| matches!(p, Progress::Partial(_))),
            "{said:?}"
        );
        progress_grows_to_linking(&said);
        assert_eq!(all, extract_in_chunks(&text, Some(near), 300, &|_| {}));
    }

    #[test]
    fn a_short_text_reports_nothing() {
        let (found, said) =
            saying(|report| extract_progressively("Kim met Xi in Seoul.", Some(0), report));
        assert!(said.is_empty());
        assert_eq!(
            found,
            link::link(
                "Kim met Xi in Seoul.",
                &tagger::mentions("Kim met Xi in Seoul.")
            )
        );
    }
}

/// Which kind of referent an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Kind {
    Person,
    Place,
    Organisation,
}

/// One real-world referent and every place the text names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: Kind,
    /// The fullest form seen.
    pub name: String,
    /// The other forms seen, in order of first appearance.
    pub aliases: Vec<String>,
    /// Byte ranges of the mentions, in text order.
    pub mentions: Vec<Range<usize>>,
}

/// Everything found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entities {
    pub people: Vec<Entity>,
    pub places: Vec<Entity>,
    /// Companies, agencies, parties, clubs, bands, universities, newspapers.
    pub organisations: Vec<Entity>,
}

impl Entities {
    /// The entities of one kind.
    pub fn of(&self, kind: Kind) -> &Vec<Entity> {
        match kind {
            Kind::Person => &self.people,
            Kind::Place => &self.places,
            Kind::Organisation => &self.organisations,
        }
    }

    /// Every entity: people, then places, then organisations.
    pub fn all(&self) -> impl Iterator<Item = &Entity> {
        self.people
            .iter()
            .chain(&self.places)
            .chain(&self.organisations)
    }
}

/// Find the people and places in `text`.
pub fn extract(text: &str) -> Entities {
    extract_progressively(text, None, &|_| {})
}

/// What [`extract_progressively`] says while it works on a long text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// This percentage of the text is tagged.
    Tagged(u8),
    /// The entities of the part of the text around the position asked for,
    /// found in that part alone, while the rest is still being worked on.
    Partial(Entities),
    /// Every part is tagged; the names are being linked across the text.
    Linking,
}

/// [`extract`], saying how far it has got. A text of at least twice
/// [`tagger::PART_MIN_BYTES`] is tagged in parts ([`tagger::parts`])
/// on all cores, starting with
/// the part that holds byte `near`, whose entities are reported first on
/// their own (with no `near`, none is: nobody waits for them); then the
/// names of all parts are linked. A shorter text is worked on whole, and
/// nothing is reported.
pub fn extract_progressively(
    text: &str,
    near: Option<usize>,
    report: &(dyn Fn(Progress) + Sync),
) -> Entities {
    extract_in_pieces(
        text,
        near,
        tagger::parts(text),
        pieces::LINK_BYTES,
        pieces::BATCH_BYTES,
        report,
    )
}

/// [`extract_progressively`] with chunks of at most `max` bytes.
#[cfg(test)]
fn extract_in_chunks(
    text: &str,
    near: Option<usize>,
    max: usize,
    report: &(dyn Fn(Progress) + Sync),
) -> Entities {
    extract_in_pieces(
        text,
        near,
        tagger::chunks(text, max),
        pieces::LINK_BYTES,
        pieces::BATCH_BYTES,
        report,
    )
}

/// What a long text's extraction has said of its progress, said under one
/// lock so that percentages only grow and linking is said once, last.
#[derive(Default)]
struct Said {
    /// Bytes tagged.
    tagged: usize,
    /// Whether the part in view has been reported.
    partial: bool,
    linking: bool,
}

impl Said {
    /// Says linking has begun, once: when all `len` bytes are tagged and
    /// the part in view, if one is `wanted`, has been reported.
    fn linking_once(&mut self, len: usize, wanted: bool, report: &(dyn Fn(Progress) + Sync)) {
        if self.tagged == len && (self.partial || !wanted) && !self.linking {
            self.linking = true;
            report(Progress::Linking);
        }
    }
}

/// [`extract_in_chunks`], a text longer than `link_max` bytes linked a
/// piece (a chunk) at a time ([`pieces`]), each on the thread that tagged it
/// as soon as it is tagged, the pieces on all cores at once. The text is
/// worked on a batch of pieces (at most `batch_max` bytes) at a time, which
/// bounds the memory held: first the batch that holds byte `near`, then the
/// others in order. With no `near`, no part is linked alone and reported.
fn extract_in_pieces(
    text: &str,
    near: Option<usize>,
    chunks: Vec<Range<usize>>,
    link_max: usize,
    batch_max: usize,
    report: &(dyn Fn(Progress) + Sync),
) -> Entities {
    let first = chunks
        .partition_point(|c| c.end <= near.unwrap_or(0))
        .min(chunks.len().saturating_sub(1));
    let partial = near.map(|_| first);
    let pieces = pieces::link_pieces(&chunks, link_max);
    if pieces.len() > 1 {
        // Each piece is one chunk (see [`pieces::link_pieces`]), linked on
        // the thread that tagged it as soon as it is tagged: no core waits
        // for the last chunk to be tagged before linking. The batches are
        // runs of chunks.
        debug_assert_eq!(pieces.len(), chunks.len());
        let batches = pieces::pieces(&chunks, batch_max);
        let in_view = batches.iter().position(|b| b.contains(&first)).unwrap_or(0);
        let order = std::iter::once(in_view).chain((0..batches.len()).filter(|&b| b != in_view));
        let said = std::sync::Mutex::new(Said::default());
        // Joined as they are linked, on the threads that link them.
        let joined = pieces::InOrder::new(chunks.len());
        for b in order {
            let batch = batches[b].clone();
            let own = &chunks[batch.clone()];
            let view = (b == in_view).then(|| first - batch.start);
            let partial = view.filter(|_| near.is_some());
            tagger::in_parallel_then(
                model::bundled(),
                text,
                own,
                view.unwrap_or(0),
                &|i, _| {
                    let mut said = said.lock().unwrap_or_else(|e| e.into_inner());
                    said.tagged += own[i].len();
                    report(Progress::Tagged(
                        (said.tagged * 100 / text.len().max(1)) as u8,
                    ));
                    said.linking_once(text.len(), near.is_some(), report);
                },
                &|i, found| {
                    let span = &own[i];
                    // Offsets into the piece.
                    let found = found
                        .iter()
                        .map(|m| (m.start - span.start..m.range().end - span.start, m.kind));
                    let piece = &text[span.clone()];
                    let prepared = link::prepare(piece, 0..piece.len(), found);
                    let mut linked = link::link_prepared(piece, vec![prepared]);
                    shift(&mut linked, span.start);
                    // The part in view, linked alone, is its piece.
                    if Some(i) == partial {
                        report(Progress::Partial(linked.clone()));
                        let mut said = said.lock().unwrap_or_else(|e| e.into_inner());
                        said.partial = true;
                        said.linking_once(text.len(), near.is_some(), report);
                    }
                    joined.put(batch.start + i, linked);
                },
            );
        }
        return joined.finish();
    }
    let tagged = std::sync::Mutex::new(0usize);
    let prepared = tagger::in_parallel_then(
        model::bundled(),
        text,
        &chunks,
        first,
        &|i, found| {
            if chunks.len() < 2 {
                return;
            }
            let range = chunks[i].clone();
            if Some(i) == partial {
                report(Progress::Partial(alone(text, range.clone(), found)));
            }
            // Counted and reported under one lock, so that the percentages
            // reported only ever grow.
            let mut done = tagged.lock().unwrap_or_else(|e| e.into_inner());
            *done += range.len();
            report(Progress::Tagged((*done * 100 / text.len().max(1)) as u8));
        },
        // Each part's mentions are cleaned on the thread that found them,
        // and let go.
        &|i, found| {
            link::prepare(
                text,
                chunks[i].clone(),
                found.iter().map(|m| (m.range(), m.kind)),
            )
        },
    );
    if chunks.len() > 1 {
        report(Progress::Linking);
    }
    link::link_prepared(text, prepared)
}

/// The entities of `text[range]` alone, from its `mentions` (offsets into
/// `text`, as are those of the result).
fn alone(text: &str, range: Range<usize>, mentions: &[tagger::Mention]) -> Entities {
    let shift = range.start;
    let local: Vec<tagger::Mention> = mentions
        .iter()
        .map(|m| {
            let mut local = m.clone();
            local.start -= shift;
            local
        })
        .collect();
    let mut found = link::link(&text[range], &local);
    self::shift(&mut found, shift);
    found
}

/// Every mention of `found` moved `by` bytes on.
fn shift(found: &mut Entities, by: usize) {
    let all = found.people.iter_mut().chain(found.places.iter_mut());
    for entity in all.chain(found.organisations.iter_mut()) {
        for m in &mut entity.mentions {
            *m = m.start + by..m.end + by;
        }
    }
}
