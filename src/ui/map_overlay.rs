//! The reader's map overlay: the places of the map state drawn by
//! [`PlacesMap`] in a box over the text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::map::{Bounds, MapPlace, PlacesMap};
use crate::sanitize;

/// The reader's map overlay (`m`): the places of [`crate::app::map::MapState`]
/// in a box over the text.
pub struct MapOverlay<'a> {
    pub state: &'a crate::app::map::MapState,
}

impl MapOverlay<'_> {
    /// The map to draw: the world, or a part of it around the selected place.
    fn map(&self, area: Rect) -> PlacesMap {
        let s = self.state;
        let places: Vec<MapPlace> = s
            .places
            .iter()
            .map(|p| MapPlace {
                name: p.name.clone(),
                mentions: p.spots.len(),
                geo: p.geo.clone(),
            })
            .collect();
        let mut bounds = Bounds::WORLD;
        if s.zoom < 1.0 {
            let centre = s
                .selected_place()
                .and_then(|p| p.geo.as_ref())
                .map_or((0.0, 0.0), |g| (g.lat, g.lon));
            // A view as wide and tall as the zoom says (a cell is about
            // twice as tall as wide).
            let lon_span = 360.0 * s.zoom;
            let cells = f64::from(area.width.max(1)) / f64::from(area.height.max(1));
            bounds = Bounds::around(centre.0, centre.1, lon_span * 2.0 / cells, lon_span);
        }
        PlacesMap {
            places,
            selected: Some(s.selected).filter(|&i| i < s.places.len()),
            bounds,
        }
    }
}

impl Widget for &MapOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let popup = Rect {
            x: area.x + 1.min(area.width),
            width: area.width.saturating_sub(2),
            ..area
        };
        ratatui::widgets::Clear.render(popup, buf);
        let s = self.state;
        let scope = if s.all {
            "all documents"
        } else {
            "this document"
        };
        let selected = s.selected_place().map_or(String::new(), |p| {
            let at = p.geo.as_ref().map_or_else(
                || "not on the map".to_string(),
                |g| {
                    if g.country.is_empty() {
                        format!("{:.1}, {:.1}", g.lat, g.lon)
                    } else {
                        g.country.clone()
                    }
                },
            );
            let n = p.spots.len();
            let noun = if n == 1 { "mention" } else { "mentions" };
            format!(" · {} ({at}, {n} {noun})", p.name)
        });
        let title = format!(" Places of {scope}: {}{selected} ", s.places.len());
        let block = ratatui::widgets::Block::bordered()
            .title(sanitize::line(&title).into_owned())
            .title_bottom(" j/k place · Enter go · +/- zoom · 0 world · a all · Esc close ");
        let inner = block.inner(popup);
        block.render(popup, buf);
        (&self.map(inner)).render(inner, buf);
    }
}
