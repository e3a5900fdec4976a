//! The map of the places (`m`): the current document's (or, with `a`, every
//! document's) places, placed by the offline gazetteer; `j`/`k` walk them in
//! the order the text names them, `Enter` goes to the selected one's next
//! mention, `+`/`-` zoom on it and `0` shows the world.

use super::sidebar::Spot;
use super::{App, Overlay};
use crate::entities::geo::{self, Geo};

/// One place on the map: its name, how often it is named, where it is (if
/// it could be placed) and its mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPlace {
    pub name: String,
    pub geo: Option<Geo>,
    pub spots: Vec<Spot>,
}

/// The map overlay's state.
#[derive(Debug, Clone, PartialEq)]
pub struct MapState {
    /// In the order the text first names them.
    pub places: Vec<MapPlace>,
    pub selected: usize,
    /// Every document's places, not only the current one's.
    pub all: bool,
    /// How much of the world is in view: 1 the whole of it, 0.5 half as
    /// wide and tall around the selected place, and so on.
    pub zoom: f64,
}

impl MapState {
    pub fn selected_place(&self) -> Option<&MapPlace> {
        self.places.get(self.selected)
    }
}

/// The smallest view: a few degrees across.
const ZOOM_MIN: f64 = 1.0 / 64.0;

impl App {
    /// The map, when open.
    pub fn map(&self) -> Option<&MapState> {
        self.overlays.iter().find_map(|o| match o {
            Overlay::Map(m) => Some(m),
            _ => None,
        })
    }

    pub(super) fn map_mut(&mut self) -> Option<&mut MapState> {
        self.overlays.iter_mut().find_map(|o| match o {
            Overlay::Map(m) => Some(m),
            _ => None,
        })
    }

    /// `m`: open the map of the current document's places (or all
    /// documents', `all`).
    pub(super) fn open_map(&mut self, all: bool) {
        let places = self.map_places(all);
        if places.is_empty() {
            self.notify(if all {
                "no places in these documents".into()
            } else {
                "no places in this document (a shows all documents')".into()
            });
            if !all {
                return;
            }
        }
        // Start at the first place named at or after the view.
        let here = (self.current, self.doc().anchor);
        let selected = places
            .iter()
            .position(|p| {
                p.spots
                    .first()
                    .is_some_and(|s| (s.doc, s.range.start) >= here)
            })
            .unwrap_or(0);
        self.open(Overlay::Map(MapState {
            places,
            selected,
            all,
            zoom: 1.0,
        }));
    }

    /// The places of the current document, or of every document merged by
    /// name, in the order they are first named.
    fn map_places(&self, all: bool) -> Vec<MapPlace> {
        let docs: Vec<usize> = if all {
            (0..self.docs.len()).collect()
        } else {
            vec![self.current]
        };
        let mut out: Vec<MapPlace> = Vec::new();
        for doc in docs {
            let entities = &self.docs[doc].entities;
            let placed = geo::place(&self.docs[doc].doc.text, entities);
            for (i, e) in entities.places.iter().enumerate() {
                let spots = e.mentions.iter().map(|r| Spot {
                    doc,
                    range: r.clone(),
                });
                match out.iter_mut().find(|p| p.name == e.name) {
                    Some(p) => {
                        p.spots.extend(spots);
                        if p.geo.is_none() {
                            p.geo = placed.get(i).cloned().flatten();
                        }
                    }
                    None => out.push(MapPlace {
                        name: e.name.clone(),
                        geo: placed.get(i).cloned().flatten(),
                        spots: spots.collect(),
                    }),
                }
            }
        }
        out.sort_by_key(|p| p.spots.first().map(|s| (s.doc, s.range.start)));
        out
    }

    /// `+` / `-` on the map: zoom in or out around the selected place; `0`
    /// the world.
    pub(super) fn zoom_map(&mut self, factor: Option<f64>) {
        if let Some(m) = self.map_mut() {
            m.zoom = match factor {
                Some(f) => (m.zoom * f).clamp(ZOOM_MIN, 1.0),
                None => 1.0,
            };
        }
    }

    /// `a` on the map: this document's places or every document's.
    pub(super) fn map_scope(&mut self) {
        let all = self.map().is_some_and(|m| !m.all);
        self.close();
        self.open_map(all);
    }

    /// Enter on the map: close it and show the selected place's next mention
    /// after the view (the first, past the last).
    pub(super) fn choose_map_place(&mut self) {
        let Some(Overlay::Map(m)) = self.close() else {
            return;
        };
        let Some(place) = m.places.get(m.selected) else {
            return;
        };
        let here = (self.current, self.doc().anchor);
        let next = place
            .spots
            .iter()
            .find(|s| (s.doc, s.range.start) > here)
            .or(place.spots.first())
            .cloned();
        if let Some(spot) = next {
            self.reveal(&spot);
        }
    }
}
