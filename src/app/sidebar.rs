//! The sidebar's model: the people and places to list, their order, the filter
//! and the selection. Rows are derived; the selection is an item index.

use std::collections::HashMap;
use std::ops::Range;

use crate::entities::{Entities, Entity, Kind};

/// One mention somewhere among the open documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    pub doc: usize,
    pub range: Range<usize>,
}

/// Which documents the sidebar lists entities of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    Document,
    All,
}

/// One row of people or places: an entity, or in the all-documents view the
/// same name merged across documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    pub name: String,
    pub aliases: Vec<String>,
    /// How many documents mention it.
    pub docs: usize,
    /// The entities it lists, as (document, index among that document's
    /// entities of its kind): its mentions are theirs, found when asked for
    /// ([`Item::spots`]) rather than copied, since a long text has millions.
    pub sources: Vec<(usize, usize)>,
    /// How many mentions it has.
    count: usize,
    /// Its first mention, as (document, offset).
    first: Option<(usize, usize)>,
}

impl Item {
    pub fn count(&self) -> usize {
        self.count
    }

    /// Every mention, by document then offset, from the entities of every
    /// document (`all`, the ones the sidebar was built from).
    pub fn spots(&self, all: &[&Entities]) -> Vec<Spot> {
        let mut out = Vec::with_capacity(self.count);
        for &(doc, i) in &self.sources {
            let list = all.get(doc).map(|e| e.of(self.kind));
            if let Some(entity) = list.and_then(|l| l.get(i)) {
                out.extend(entity.mentions.iter().map(|r| Spot {
                    doc,
                    range: r.clone(),
                }));
            }
        }
        out
    }

    fn matches(&self, filter: &str) -> bool {
        let filter = filter.to_lowercase();
        filter.is_empty()
            || self.name.to_lowercase().contains(&filter)
            || self
                .aliases
                .iter()
                .any(|a| a.to_lowercase().contains(&filter))
    }
}

/// A row as drawn: a section heading or an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Header(Kind),
    Item(usize),
}

#[derive(Debug, Clone, Default)]
pub struct Sidebar {
    /// The user's choice (`e`), once made; until then the sidebar is shown
    /// when the terminal is wide enough.
    pub shown: Option<bool>,
    pub scope: Scope,
    pub filter: String,
    /// People first, then places, then organisations, each sorted by
    /// mention count then first appearance, after the filter.
    pub items: Vec<Item>,
    /// The organisations are folded to their heading (the default on a
    /// terminal under 40 rows); see [`Sidebar::fold_choice`].
    pub organisations_folded: bool,
    /// The user's choice (`o`), once made.
    pub fold_choice: Option<bool>,
    /// Index into `items`.
    pub selected: Option<usize>,
    /// The first row drawn.
    pub offset: usize,
}

impl Sidebar {
    /// Rebuild the items for `scope` from every document's entities, keeping the
    /// selected entity selected when it is still listed.
    pub fn rebuild(&mut self, all: &[&Entities], current: usize) {
        let keep = self.selected_item().map(|i| (i.kind, i.name.clone()));
        let mut items = match self.scope {
            Scope::Document => all
                .get(current)
                .map(|e| items_of(e, current))
                .unwrap_or_default(),
            Scope::All => merged(all),
        };
        items.retain(|i| i.matches(&self.filter));
        items.sort_by_key(|i| (i.kind as u8, std::cmp::Reverse(i.count()), i.first));
        self.items = items;
        self.selected = keep.and_then(|(kind, name)| {
            self.items
                .iter()
                .position(|i| i.kind == kind && i.name == name)
        });
    }

    pub fn selected_item(&self) -> Option<&Item> {
        self.selected.and_then(|i| self.items.get(i))
    }

    /// The rows as drawn: `People`, its items, `Places`, its items,
    /// `Organisations` and its items (unless folded).
    pub fn rows(&self) -> Vec<Row> {
        (0..self.row_count()).filter_map(|r| self.row(r)).collect()
    }

    /// How many rows there are: the items shown and three headings.
    pub fn row_count(&self) -> usize {
        self.shown_items() + 3
    }

    /// How many items have rows: all, or all but the organisations when
    /// they are folded. They come first, so they are `items[..n]`.
    pub fn shown_items(&self) -> usize {
        if self.organisations_folded {
            self.start_of(Kind::Organisation)
        } else {
            self.items.len()
        }
    }

    /// Row `r` of [`Sidebar::rows`], found without making them all.
    pub fn row(&self, r: usize) -> Option<Row> {
        let places = self.start_of(Kind::Place);
        let organisations = self.start_of(Kind::Organisation);
        // Item i's row is i plus the headings before it.
        match r {
            0 => Some(Row::Header(Kind::Person)),
            r if r <= places => Some(Row::Item(r - 1)),
            r if r == places + 1 => Some(Row::Header(Kind::Place)),
            r if r <= organisations + 1 => Some(Row::Item(r - 2)),
            r if r == organisations + 2 => Some(Row::Header(Kind::Organisation)),
            r if r < self.row_count() => Some(Row::Item(r - 3)),
            _ => None,
        }
    }

    /// The index of the first item of `kind` or of a kind after it (items
    /// are sorted by kind).
    fn start_of(&self, kind: Kind) -> usize {
        self.items.partition_point(|i| (i.kind as u8) < kind as u8)
    }

    /// The row index of the selection, if it has a row.
    pub fn selected_row(&self) -> Option<usize> {
        let selected = self.selected.filter(|&i| i < self.shown_items())?;
        let headings = 1
            + usize::from(selected >= self.start_of(Kind::Place))
            + usize::from(selected >= self.start_of(Kind::Organisation));
        Some(selected + headings)
    }

    /// How many organisations are listed (folded or not).
    pub fn organisation_count(&self) -> usize {
        self.items.len() - self.start_of(Kind::Organisation)
    }

    /// Select the first person, or the first place when there are none.
    pub fn select_first(&mut self) {
        if self.selected.is_none() && self.shown_items() > 0 {
            self.selected = Some(0);
        }
    }

    /// Move the selection by `delta` items, stopping at the ends.
    pub fn step(&mut self, delta: isize) {
        let shown = self.shown_items();
        if shown == 0 {
            self.selected = None;
            return;
        }
        self.selected = Some(match self.selected {
            None => 0,
            Some(i) => super::step_index(i.min(shown - 1), delta, shown),
        });
    }

    /// Fold or unfold the organisations; a selection among them moves to
    /// the last item still shown.
    pub fn fold_organisations(&mut self, folded: bool) {
        self.organisations_folded = folded;
        let shown = self.shown_items();
        if self.selected.is_some_and(|i| i >= shown) {
            self.selected = shown.checked_sub(1);
        }
    }

    /// Keep the selected row within `height` rows from `offset`.
    pub fn scroll_into_view(&mut self, height: usize) {
        let height = height.max(1);
        let rows = self.row_count();
        if let Some(row) = self.selected_row() {
            if row < self.offset {
                // Show the section heading with the first item.
                self.offset = if row == 1 { 0 } else { row };
            } else if row >= self.offset + height {
                self.offset = row + 1 - height;
            }
        }
        self.offset = self.offset.min(rows.saturating_sub(height));
    }
}

fn items_of(entities: &Entities, doc: usize) -> Vec<Item> {
    let people = entities.people.iter().enumerate();
    let places = entities.places.iter().enumerate();
    let organisations = entities.organisations.iter().enumerate();
    people
        .chain(places)
        .chain(organisations)
        .map(|(i, e)| item_of(e, doc, i))
        .collect()
}

fn item_of(e: &Entity, doc: usize, index: usize) -> Item {
    Item {
        kind: e.kind,
        name: e.name.clone(),
        aliases: e.aliases.clone(),
        docs: 1,
        sources: vec![(doc, index)],
        count: e.mentions.len(),
        first: e.mentions.first().map(|r| (doc, r.start)),
    }
}

/// Entities of every document, merged by kind and name (case-insensitive).
fn merged(all: &[&Entities]) -> Vec<Item> {
    let mut index: HashMap<(Kind, String), usize> = HashMap::new();
    let mut items: Vec<Item> = Vec::new();
    for (doc, entities) in all.iter().enumerate() {
        for item in items_of(entities, doc) {
            let key = (item.kind, item.name.to_lowercase());
            match index.get(&key) {
                Some(&at) => {
                    let into = &mut items[at];
                    into.docs += 1;
                    into.sources.extend(item.sources);
                    into.count += item.count;
                    into.first = match (into.first, item.first) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                    for alias in item.aliases {
                        if !into.aliases.contains(&alias) {
                            into.aliases.push(alias);
                        }
                    }
                }
                None => {
                    index.insert(key, items.len());
                    items.push(item);
                }
            }
        }
    }
    items
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn entity(kind: Kind, name: &str, mentions: &[usize]) -> Entity {
        Entity {
            kind,
            name: name.to_string(),
            aliases: vec![],
            mentions: mentions.iter().map(|&s| s..s + 1).collect(),
        }
    }

    fn sample() -> Entities {
        Entities {
            people: vec![
                entity(Kind::Person, "Ann", &[5]),
                entity(Kind::Person, "Bob", &[1, 9]),
                entity(Kind::Person, "Cy", &[3]),
            ],
            places: vec![entity(Kind::Place, "Rome", &[2])],
            organisations: vec![entity(Kind::Organisation, "Acme", &[7])],
        }
    }

    #[test]
    fn sorted_by_count_then_first_appearance() {
        let mut s = Sidebar::default();
        let e = sample();
        s.rebuild(&[&e], 0);
        let names: Vec<&str> = s.items.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["Bob", "Cy", "Ann", "Rome", "Acme"]);
        assert_eq!(
            s.rows(),
            [
                Row::Header(Kind::Person),
                Row::Item(0),
                Row::Item(1),
                Row::Item(2),
                Row::Header(Kind::Place),
                Row::Item(3),
                Row::Header(Kind::Organisation),
                Row::Item(4)
            ]
        );
        // Folded, the organisations keep only their heading, and the
        // selection stays off them.
        s.selected = Some(4);
        s.fold_organisations(true);
        assert_eq!(s.rows().len(), 7);
        assert_eq!(s.rows()[6], Row::Header(Kind::Organisation));
        assert_eq!(s.organisation_count(), 1);
        assert_eq!(s.selected, Some(3));
        s.step(1);
        assert_eq!(s.selected, Some(3), "Acme is folded away");
        s.fold_organisations(false);
        s.step(1);
        assert_eq!((s.selected, s.selected_row()), (Some(4), Some(7)));
    }

    #[test]
    fn rows_are_found_one_at_a_time() {
        let mut s = Sidebar::default();
        let e = sample();
        s.rebuild(&[&e], 0);
        assert_eq!(s.row_count(), 8);
        assert_eq!(s.row(4), Some(Row::Header(Kind::Place)));
        assert_eq!(s.row(5), Some(Row::Item(3)));
        assert_eq!(s.row(6), Some(Row::Header(Kind::Organisation)));
        assert_eq!(s.row(7), Some(Row::Item(4)));
        assert_eq!(s.row(8), None);
        for (item, row) in [(0, 1), (2, 3), (3, 5), (4, 7)] {
            s.selected = Some(item);
            assert_eq!(s.selected_row(), Some(row));
        }
        // Places only, and nothing at all.
        let places = Entities {
            people: Vec::new(),
            places: sample().places,
            organisations: vec![],
        };
        s.rebuild(&[&places], 0);
        assert_eq!(
            s.rows(),
            [
                Row::Header(Kind::Person),
                Row::Header(Kind::Place),
                Row::Item(0),
                Row::Header(Kind::Organisation)
            ]
        );
        s.selected = Some(0);
        assert_eq!(s.selected_row(), Some(2));
        s.rebuild(&[&Entities::default()], 0);
        assert_eq!(
            s.rows(),
            [
                Row::Header(Kind::Person),
                Row::Header(Kind::Place),
                Row::Header(Kind::Organisation)
            ]
        );
        assert_eq!(s.selected_row(), None);
    }

    #[test]
    fn filter_keeps_the_selection() {
        let mut s = Sidebar::default();
        let e = sample();
        s.rebuild(&[&e], 0);
        s.selected = Some(2); // Ann
        s.filter = "an".into();
        s.rebuild(&[&e], 0);
        assert_eq!(s.items.len(), 1);
        assert_eq!(s.selected_item().unwrap().name, "Ann");
        s.filter = "rome".into();
        s.rebuild(&[&e], 0);
        assert_eq!(s.selected, None);
    }

    #[test]
    fn all_documents_merge_by_name() {
        let a = sample();
        let b = Entities {
            people: vec![entity(Kind::Person, "ann", &[0, 4, 8])],
            places: vec![],
            organisations: vec![],
        };
        let mut s = Sidebar {
            scope: Scope::All,
            ..Sidebar::default()
        };
        s.rebuild(&[&a, &b], 0);
        let ann = &s.items[0];
        assert_eq!(ann.name, "Ann");
        assert_eq!((ann.count(), ann.docs), (4, 2));
        let spots = ann.spots(&[&a, &b]);
        let starts: Vec<(usize, usize)> = spots.iter().map(|s| (s.doc, s.range.start)).collect();
        assert_eq!(starts, [(0, 5), (1, 0), (1, 4), (1, 8)]);
        // Bob has more mentions and comes next.
        let bob = &s.items[1];
        assert_eq!((bob.name.as_str(), bob.count()), ("Bob", 2));
        assert_eq!(bob.spots(&[&a, &b]).len(), 2);
        // Entities that went away give no spots rather than failing.
        assert!(ann.spots(&[]).is_empty());
    }

    #[test]
    fn selection_scrolls_into_view() {
        let mut s = Sidebar::default();
        let e = sample();
        s.rebuild(&[&e], 0);
        s.step(1);
        s.step(10);
        assert_eq!(s.selected, Some(4));
        s.scroll_into_view(3);
        assert_eq!(s.offset, 5);
        s.step(-10);
        s.scroll_into_view(3);
        assert_eq!(s.offset, 0, "the heading comes back with the first item");
    }
}
