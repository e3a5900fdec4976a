//! Lists of places in the current document to go to: its sections (`t`, the
//! table of contents) and its links (`L`). Both can be filtered by typing
//! (`/`), as the sidebar is.

use super::{App, Overlay};

/// Which list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// The sections: chapters of an EPUB, headings of a page or of Markdown.
    Contents,
    /// The links, with where they point.
    Links,
}

/// One row: what it says, what more it says (a link's URL), and where in the
/// text it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub label: String,
    pub detail: String,
    /// 1 for a chapter or a top heading, more for those inside.
    pub level: u8,
    pub offset: usize,
}

/// An open list of places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceList {
    pub kind: PlaceKind,
    pub places: Vec<Place>,
    pub filter: String,
    /// The indices of the places the filter lets through, in order.
    pub shown: Vec<usize>,
    /// Index into `shown`.
    pub selected: usize,
    /// The full URL of the link chosen with Enter, shown under the list.
    pub detail: Option<String>,
}

impl PlaceList {
    pub fn new(kind: PlaceKind, places: Vec<Place>, near: usize) -> PlaceList {
        let mut list = PlaceList {
            kind,
            places,
            filter: String::new(),
            shown: Vec::new(),
            selected: 0,
            detail: None,
        };
        list.apply_filter();
        // Start at the place the reader is in (or the first after it).
        let at = list.places.partition_point(|p| p.offset <= near);
        list.selected = match kind {
            PlaceKind::Contents => at.saturating_sub(1),
            PlaceKind::Links => at.min(list.places.len().saturating_sub(1)),
        };
        list
    }

    /// Show only the places whose label or detail holds the filter (any case).
    pub fn apply_filter(&mut self) {
        let needle = self.filter.to_lowercase();
        self.shown = (0..self.places.len())
            .filter(|&i| {
                let p = &self.places[i];
                needle.is_empty()
                    || p.label.to_lowercase().contains(&needle)
                    || p.detail.to_lowercase().contains(&needle)
            })
            .collect();
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
    }

    pub fn set_filter(&mut self, filter: &str) {
        self.filter = filter.to_string();
        self.selected = 0;
        self.detail = None;
        self.apply_filter();
    }

    /// The place selected, if any is shown.
    pub fn selected_place(&self) -> Option<&Place> {
        self.shown.get(self.selected).map(|&i| &self.places[i])
    }

    pub fn step(&mut self, delta: isize) {
        self.selected = super::step_index(self.selected, delta, self.shown.len());
        self.detail = None;
    }
}

impl App {
    /// The list of places, when open (a filter prompt may be over it).
    pub fn place_list(&self) -> Option<&PlaceList> {
        self.overlays.iter().find_map(|o| match o {
            Overlay::Places(list) => Some(list),
            _ => None,
        })
    }

    pub(super) fn place_list_mut(&mut self) -> Option<&mut PlaceList> {
        self.overlays.iter_mut().find_map(|o| match o {
            Overlay::Places(list) => Some(list),
            _ => None,
        })
    }

    /// `t` / `L`: open the sections or the links of the current document.
    pub(super) fn open_places(&mut self, kind: PlaceKind) {
        let doc = &self.doc().doc;
        let s = &doc.structure;
        let places: Vec<Place> = match kind {
            PlaceKind::Contents => s
                .sections
                .iter()
                .map(|sec| Place {
                    label: sec.title.clone(),
                    detail: String::new(),
                    level: sec.level,
                    offset: sec.offset,
                })
                .collect(),
            PlaceKind::Links => s
                .links
                .iter()
                .map(|l| Place {
                    label: doc.text[l.range.clone()].replace('\n', " "),
                    detail: l.url.clone(),
                    level: 1,
                    offset: l.range.start,
                })
                .collect(),
        };
        if places.is_empty() {
            let what = match kind {
                PlaceKind::Contents => "no sections (chapters or headings) in this document",
                PlaceKind::Links => "no links in this document",
            };
            self.notify(what.into());
            return;
        }
        let near = self.doc().anchor;
        self.open(Overlay::Places(PlaceList::new(kind, places, near)));
    }

    /// Enter in a list of places: go to the section; show the link's URL.
    pub(super) fn choose_place(&mut self) {
        let Some(list) = self.place_list_mut() else {
            return;
        };
        let Some(place) = list.selected_place().cloned() else {
            return;
        };
        match list.kind {
            PlaceKind::Links => {
                list.detail = Some(place.detail.clone());
            }
            PlaceKind::Contents => {
                self.overlays.clear();
                self.passage_cursor = None;
                self.show_offset(place.offset);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(labels: &[(&str, &str, usize)]) -> Vec<Place> {
        labels
            .iter()
            .map(|(l, d, o)| Place {
                label: l.to_string(),
                detail: d.to_string(),
                level: 1,
                offset: *o,
            })
            .collect()
    }

    #[test]
    fn the_list_opens_at_the_section_the_reader_is_in() {
        let list = PlaceList::new(
            PlaceKind::Contents,
            places(&[("One", "", 0), ("Two", "", 100), ("Three", "", 200)]),
            150,
        );
        assert_eq!(list.selected_place().unwrap().label, "Two");
    }

    #[test]
    fn the_filter_matches_labels_and_urls_in_any_case() {
        let mut list = PlaceList::new(
            PlaceKind::Links,
            places(&[
                ("Reuters", "https://reuters.com", 0),
                ("the report", "https://UN.org/r", 5),
            ]),
            0,
        );
        list.set_filter("un.ORG");
        assert_eq!(list.shown, [1]);
        list.set_filter("re");
        assert_eq!(list.shown, [0, 1]);
        list.set_filter("nothing");
        assert!(list.selected_place().is_none());
        list.step(1);
        assert_eq!(list.selected, 0);
    }
}
