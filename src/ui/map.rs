//! A map of the places a document names: the world's coastlines in Braille,
//! a marker per place the gazetteer could place, a label beside it, and a
//! line under the map naming the places that are not on it.
//!
//! It reads no reader state: `folio map` draws it into a buffer, and a
//! reader overlay can drive it through [`PlacesMap::selected`] and
//! [`PlacesMap::bounds`].

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Map, MapResolution};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::entities::Entities;
use crate::entities::geo::Geo;
use crate::sanitize;

/// A place to draw: its name, how often the text names it, and where it is
/// (`None`: not on the map).
#[derive(Debug, Clone, PartialEq)]
pub struct MapPlace {
    pub name: String,
    pub mentions: usize,
    pub geo: Option<Geo>,
}

/// The part of the world in view, in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub west: f64,
    pub east: f64,
    pub south: f64,
    pub north: f64,
}

impl Bounds {
    /// The whole world.
    pub const WORLD: Bounds = Bounds {
        west: -180.0,
        east: 180.0,
        south: -90.0,
        north: 90.0,
    };

    /// The smallest view around `points` (latitude, longitude) with a margin
    /// (a tenth of the span, at least 3 degrees), widened so that a degree
    /// of latitude takes about as much room as a degree of longitude in
    /// `width` x `height` cells (a cell is about twice as tall as wide),
    /// and kept inside the world. The world when there are no points.
    pub fn fit(points: impl IntoIterator<Item = (f64, f64)>, width: u16, height: u16) -> Bounds {
        let mut points = points
            .into_iter()
            .filter(|(lat, lon)| lat.is_finite() && lon.is_finite());
        let Some((lat, lon)) = points.next() else {
            return Bounds::WORLD;
        };
        let mut b = Bounds {
            west: lon,
            east: lon,
            south: lat,
            north: lat,
        };
        for (lat, lon) in points {
            b.west = b.west.min(lon);
            b.east = b.east.max(lon);
            b.south = b.south.min(lat);
            b.north = b.north.max(lat);
        }
        let margin = |span: f64| (span / 10.0).max(3.0);
        let (dx, dy) = (margin(b.east - b.west), margin(b.north - b.south));
        let (mut lon_span, mut lat_span) =
            (b.east - b.west + 2.0 * dx, b.north - b.south + 2.0 * dy);
        let (w, h) = (f64::from(width.max(1)), f64::from(height.max(1)));
        // Degrees per row should be twice the degrees per column.
        if lat_span / h < 2.0 * lon_span / w {
            lat_span = 2.0 * lon_span / w * h;
        } else {
            lon_span = lat_span / h / 2.0 * w;
        }
        b.around_centre(lat_span, lon_span)
    }

    /// A view `lat_span` by `lon_span` degrees centred on (`lat`, `lon`),
    /// moved (and cut) to stay inside the world.
    pub fn around(lat: f64, lon: f64, lat_span: f64, lon_span: f64) -> Bounds {
        let lon_span = lon_span.clamp(1e-6, 360.0);
        let lat_span = lat_span.clamp(1e-6, 180.0);
        let west = (lon - lon_span / 2.0).clamp(-180.0, 180.0 - lon_span);
        let south = (lat - lat_span / 2.0).clamp(-90.0, 90.0 - lat_span);
        Bounds {
            west,
            east: west + lon_span,
            south,
            north: south + lat_span,
        }
    }

    /// [`Bounds::around`] this view's centre.
    fn around_centre(self, lat_span: f64, lon_span: f64) -> Bounds {
        let lat = (self.south + self.north) / 2.0;
        let lon = (self.west + self.east) / 2.0;
        Bounds::around(lat, lon, lat_span, lon_span)
    }

    /// The view `factor` times as wide and tall (under 1 zooms in), around
    /// the same centre, kept inside the world.
    pub fn zoom(self, factor: f64) -> Bounds {
        self.around_centre(
            (self.north - self.south) * factor,
            (self.east - self.west) * factor,
        )
    }

    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.west..=self.east).contains(&lon) && (self.south..=self.north).contains(&lat)
    }

    /// The cell of `area` that holds (lat, lon), as the canvas places its
    /// Braille dots; `None` outside the view.
    pub fn cell(&self, area: Rect, lat: f64, lon: f64) -> Option<(u16, u16)> {
        if area.is_empty() || !self.contains(lat, lon) {
            return None;
        }
        let dots_x = f64::from(area.width) * 2.0 - 1.0;
        let dots_y = f64::from(area.height) * 4.0 - 1.0;
        let x = ((lon - self.west) * dots_x / (self.east - self.west)) as u16 / 2;
        let y = ((self.north - lat) * dots_y / (self.north - self.south)) as u16 / 4;
        Some((
            area.x + x.min(area.width - 1),
            area.y + y.min(area.height - 1),
        ))
    }
}

/// Places named this many times or more get the big marker.
pub const BIG_MARKER_MENTIONS: usize = 3;

/// The map of one document's places.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacesMap {
    /// In the order of `Entities::places`.
    pub places: Vec<MapPlace>,
    /// An index into `places`: drawn first and highlighted.
    pub selected: Option<usize>,
    pub bounds: Bounds,
}

impl PlacesMap {
    /// The places of `entities`, placed by `geo` (one per place, as
    /// `entities::geo::place` gives), over the whole world.
    pub fn new(entities: &Entities, geo: &[Option<Geo>]) -> PlacesMap {
        PlacesMap {
            places: entities
                .places
                .iter()
                .enumerate()
                .map(|(i, e)| MapPlace {
                    name: e.name.clone(),
                    mentions: e.mentions.len(),
                    geo: geo.get(i).cloned().flatten(),
                })
                .collect(),
            selected: None,
            bounds: Bounds::WORLD,
        }
    }

    /// Fit the view to the places on the map, for an area of `width` x
    /// `height` cells.
    pub fn fit(&mut self, width: u16, height: u16) {
        let points = self
            .places
            .iter()
            .filter_map(|p| p.geo.as_ref())
            .map(|g| (g.lat, g.lon));
        self.bounds = Bounds::fit(points, width, height);
    }

    /// The names of the places that could not be placed, in order.
    pub fn not_on_the_map(&self) -> Vec<&str> {
        self.places
            .iter()
            .filter(|p| p.geo.is_none())
            .map(|p| p.name.as_str())
            .collect()
    }

    /// The line under the map, or `None` when every place is on it.
    fn footer(&self) -> Option<String> {
        let missing = self.not_on_the_map();
        (!missing.is_empty()).then(|| {
            sanitize::line(&format!("not on the map: {}", missing.join(", "))).into_owned()
        })
    }

    /// The places in the order their markers and labels are drawn: the
    /// selected one, then the most named, then in order.
    fn drawing_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.places.len())
            .filter(|&i| self.places[i].geo.is_some())
            .collect();
        order.sort_by_key(|&i| {
            (
                Some(i) != self.selected,
                std::cmp::Reverse(self.places[i].mentions),
                i,
            )
        });
        order
    }
}

const COAST: Color = Color::DarkGray;

fn marker_style(selected: bool) -> Style {
    if selected {
        Style::new()
            .fg(Color::Black)
            .bg(Color::Yellow)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::new().fg(Color::Yellow)
    }
}

impl Widget for &PlacesMap {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        // The footer takes the lines it wraps to, at most a third of the area.
        let footer = self.footer();
        let footer_rows = footer.as_ref().map_or(0, |f| {
            let rows = f.width().div_ceil(usize::from(area.width).max(1));
            (rows as u16).clamp(1, (area.height / 3).max(1))
        });
        let map_area = Rect {
            height: area.height.saturating_sub(footer_rows),
            ..area
        };
        if let Some(footer) = footer {
            let footer_area = Rect {
                y: map_area.bottom(),
                height: area.height - map_area.height,
                ..area
            };
            draw_wrapped(&footer, footer_area, Style::new().fg(Color::Gray), buf);
        }
        if map_area.is_empty() {
            return;
        }
        let b = self.bounds;
        Canvas::default()
            .marker(Marker::Braille)
            .x_bounds([b.west, b.east])
            .y_bounds([b.south, b.north])
            .paint(|ctx| {
                ctx.draw(&Map {
                    resolution: MapResolution::High,
                    color: COAST,
                });
            })
            .render(map_area, buf);
        // Cells taken by a marker, and by a label.
        let (w, h) = (usize::from(map_area.width), usize::from(map_area.height));
        let mut marked = vec![false; w * h];
        let mut labelled = vec![false; w * h];
        let index = |x: i32, y: i32| {
            let inside = x >= i32::from(map_area.x)
                && x < i32::from(map_area.right())
                && y >= i32::from(map_area.y)
                && y < i32::from(map_area.bottom());
            inside.then(|| {
                (y - i32::from(map_area.y)) as usize * w + (x - i32::from(map_area.x)) as usize
            })
        };
        // One marker per cell: places in the same cell share it and its
        // label (`Seoul +2`), the first in drawing order naming it.
        let mut cells: Vec<((u16, u16), Vec<usize>)> = Vec::new();
        for i in self.drawing_order() {
            let Some(geo) = &self.places[i].geo else {
                continue;
            };
            let Some(cell) = b.cell(map_area, geo.lat, geo.lon) else {
                continue;
            };
            match cells.iter_mut().find(|(c, _)| *c == cell) {
                Some((_, group)) => group.push(i),
                None => cells.push((cell, vec![i])),
            }
        }
        for ((x, y), group) in &cells {
            if let Some(k) = index(i32::from(*x), i32::from(*y)) {
                marked[k] = true;
            }
            let selected = group.iter().any(|&i| Some(i) == self.selected);
            let mentions: usize = group.iter().map(|&i| self.places[i].mentions).sum();
            let (symbol, style) = if mentions >= BIG_MARKER_MENTIONS {
                ("●", marker_style(selected).add_modifier(Modifier::BOLD))
            } else {
                ("•", marker_style(selected))
            };
            buf[(*x, *y)].set_symbol(symbol).set_style(style);
        }
        for ((x, y), group) in &cells {
            let first = &self.places[group[0]];
            let mut label = sanitize::line(&first.name).into_owned();
            if group.len() > 1 {
                label.push_str(&format!(" +{}", group.len() - 1));
            }
            let selected = group.iter().any(|&i| Some(i) == self.selected);
            let width = label.width() as u16;
            // Right of the marker, left of it, then the rows above and below.
            let spots = [
                (i32::from(*x) + 1, i32::from(*y)),
                (i32::from(*x) - i32::from(width), i32::from(*y)),
                (i32::from(*x) + 1, i32::from(*y) - 1),
                (i32::from(*x) + 1, i32::from(*y) + 1),
                (i32::from(*x) - i32::from(width), i32::from(*y) - 1),
                (i32::from(*x) - i32::from(width), i32::from(*y) + 1),
            ];
            // On the map, over no marker or label, and not touching another
            // label.
            let fits = |sx: i32, sy: i32| {
                let cells = (sx..sx + i32::from(width)).map(|cx| index(cx, sy));
                let clear = cells
                    .clone()
                    .all(|k| k.is_some_and(|k| !marked[k] && !labelled[k]));
                let apart = [sx - 1, sx + i32::from(width)]
                    .iter()
                    .all(|&cx| index(cx, sy).is_none_or(|k| !labelled[k]));
                width > 0 && clear && apart
            };
            let Some((sx, sy)) = spots.into_iter().find(|&(sx, sy)| fits(sx, sy)) else {
                continue;
            };
            let style = if selected {
                Style::new()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(Modifier::BOLD)
            } else {
                Style::new().fg(Color::White)
            };
            buf.set_stringn(sx as u16, sy as u16, &label, usize::from(width), style);
            for cx in sx..sx + i32::from(width) {
                if let Some(k) = index(cx, sy) {
                    labelled[k] = true;
                }
            }
        }
    }
}

/// Write `text` into `area` a row at a time, cut between grapheme clusters
/// so that no row takes more cells than it has (a wide character that does
/// not fit goes to the next row).
fn draw_wrapped(text: &str, area: Rect, style: Style, buf: &mut Buffer) {
    let width = usize::from(area.width);
    let mut graphemes = text.graphemes(true).peekable();
    for y in area.top()..area.bottom() {
        let mut x = area.x;
        let mut used = 0;
        while let Some(g) = graphemes.peek() {
            let w = g.width();
            if used + w > width {
                break;
            }
            if w > 0 {
                // As ratatui writes it: the cells a wide one covers are
                // reset too.
                buf.set_stringn(x, y, g, w, style);
                x += w as u16;
            }
            used += w;
            graphemes.next();
        }
        // A cluster wider than the whole row is skipped.
        if used == 0 && graphemes.next().is_none() {
            return;
        }
    }
}

/// The text of `buf`, a line per row, trailing spaces trimmed; a wide
/// character's second cell is not repeated.
pub fn buffer_lines(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    (area.top()..area.bottom())
        .map(|y| {
            let mut line = String::new();
            let mut skip = 0;
            for x in area.left()..area.right() {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let symbol = buf[(x, y)].symbol();
                line.push_str(symbol);
                skip = symbol
                    .chars()
                    .map(|c| c.width().unwrap_or(0))
                    .sum::<usize>()
                    .saturating_sub(1);
            }
            line.trim_end().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::geo::GeoKind;
    use proptest::prelude::*;

    fn at(name: &str, lat: f64, lon: f64, mentions: usize) -> MapPlace {
        MapPlace {
            name: name.to_string(),
            mentions,
            geo: Some(Geo {
                lat,
                lon,
                country: String::new(),
                name: name.to_string(),
                admin1: String::new(),
                kind: GeoKind::City,
            }),
        }
    }

    fn nowhere(name: &str) -> MapPlace {
        MapPlace {
            name: name.to_string(),
            mentions: 1,
            geo: None,
        }
    }

    fn draw(map: &PlacesMap, width: u16, height: u16) -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
        map.render(buf.area, &mut buf);
        buf
    }

    /// The cell holding `text` first, by row then column.
    fn find(buf: &Buffer, text: &str) -> Option<(u16, u16)> {
        buffer_lines(buf).iter().enumerate().find_map(|(y, line)| {
            line.find(text)
                .map(|b| (line[..b].chars().count() as u16, y as u16))
        })
    }

    #[test]
    fn markers_and_labels_land_where_the_places_are() {
        let map = PlacesMap {
            places: vec![at("Quito", 0.0, -78.5, 5), at("Tokyo", 35.7, 139.7, 1)],
            selected: None,
            bounds: Bounds::WORLD,
        };
        let buf = draw(&map, 100, 30);
        // Quito: column 100 * (180 - 78.5) / 360 = 28, the middle row.
        let (x, y) = find(&buf, "●Quito").unwrap();
        assert!((27..=29).contains(&x) && (13..=15).contains(&y), "{x},{y}");
        assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
        // Tokyo, named once, gets the small marker, east and north.
        let (x, y) = find(&buf, "•Tokyo").unwrap();
        assert!((87..=89).contains(&x) && (8..=10).contains(&y), "{x},{y}");
        // Every place is on the map: no footer.
        assert!(find(&buf, "not on the map").is_none());
    }

    #[test]
    fn the_places_not_on_the_map_are_listed_under_it() {
        let map = PlacesMap {
            places: vec![
                nowhere("Atlantis"),
                at("Lima", -12.0, -77.0, 1),
                nowhere("El Dorado"),
            ],
            selected: None,
            bounds: Bounds::WORLD,
        };
        assert_eq!(map.not_on_the_map(), ["Atlantis", "El Dorado"]);
        let lines = buffer_lines(&draw(&map, 60, 12));
        assert_eq!(lines[11], "not on the map: Atlantis, El Dorado");
    }

    #[test]
    fn labels_do_not_overlap() {
        // Ten places a degree apart: most share cells or crowd each other.
        let places: Vec<MapPlace> = (0..10)
            .map(|i| {
                at(
                    &format!("Town{i}"),
                    10.0 + f64::from(i),
                    20.0 + f64::from(i),
                    1,
                )
            })
            .collect();
        let map = PlacesMap {
            places,
            selected: None,
            bounds: Bounds::WORLD,
        };
        let lines = buffer_lines(&draw(&map, 80, 24));
        let labels: usize = lines.iter().map(|l| l.matches("Town").count()).sum();
        assert!(labels >= 1, "{lines:#?}");
        // A label is whole wherever it is drawn: none runs into another.
        for line in &lines {
            for (b, _) in line.match_indices("Town") {
                let digit = line[b + 4..].chars().next();
                assert!(digit.is_some_and(|c| c.is_ascii_digit()), "{line}");
            }
        }
    }

    #[test]
    fn the_selected_place_is_drawn_first_and_highlighted() {
        // Two places in one cell: the selected one names it.
        let map = PlacesMap {
            places: vec![at("Big", 50.0, 10.0, 9), at("Small", 50.1, 10.1, 1)],
            selected: Some(1),
            bounds: Bounds::WORLD,
        };
        let buf = draw(&map, 100, 30);
        let (x, y) = find(&buf, "Small +1").unwrap();
        assert_eq!(buf[(x, y)].bg, Color::Yellow);
        assert!(find(&buf, "Big").is_none());
    }

    #[test]
    fn fitting_keeps_every_place_in_view_inside_the_world() {
        let points = [(39.9, 116.4), (37.6, 127.0), (40.1, 124.4)];
        let b = Bounds::fit(points, 100, 30);
        assert!(
            points.iter().all(|&(lat, lon)| b.contains(lat, lon)),
            "{b:?}"
        );
        assert!(b.east - b.west < 60.0, "{b:?}");
        // About twice as many degrees per row as per column.
        let ratio = ((b.north - b.south) / 30.0) / ((b.east - b.west) / 100.0);
        assert!((1.9..2.1).contains(&ratio), "{ratio}");
        assert_eq!(Bounds::fit([], 100, 30), Bounds::WORLD);
        let wide = Bounds::fit([(-80.0, -179.0), (85.0, 179.0)], 10, 100);
        assert!(wide.west >= -180.0 && wide.east <= 180.0, "{wide:?}");
        assert!(wide.south >= -90.0 && wide.north <= 90.0, "{wide:?}");
        let zoomed = Bounds::WORLD.zoom(0.5);
        assert_eq!(
            (zoomed.east - zoomed.west, zoomed.north - zoomed.south),
            (180.0, 90.0)
        );
        assert_eq!(Bounds::WORLD.zoom(3.0), Bounds::WORLD);
    }

    #[test]
    fn wide_characters_are_not_repeated() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        buf.set_string(0, 0, "北京 x", Style::new());
        assert_eq!(buffer_lines(&buf), ["北京 x"]);
    }

    proptest! {
        #[test]
        fn any_names_anywhere_at_any_size_draw(
            names in proptest::collection::vec("\\PC{0,12}", 0..8),
            coords in proptest::collection::vec((-100.0f64..100.0, -200.0f64..200.0), 8),
            selected in proptest::option::of(0usize..10),
            (width, height) in (1u16..60, 1u16..20),
            fit in any::<bool>(),
        ) {
            let places: Vec<MapPlace> = names
                .iter()
                .zip(&coords)
                .enumerate()
                .map(|(i, (n, &(lat, lon)))| if i % 3 == 2 { nowhere(n) } else { at(n, lat, lon, i) })
                .collect();
            let mut map = PlacesMap { places, selected, bounds: Bounds::WORLD };
            if fit {
                map.fit(width, height);
            }
            let buf = draw(&map, width, height);
            let lines = buffer_lines(&buf);
            prop_assert_eq!(lines.len(), usize::from(height));
            for line in &lines {
                prop_assert!(!line.contains(char::from(0x1b)), "{line}");
            }
            // What each row shows takes no more cells than the row has,
            // measured cell by cell as the terminal is written (a string's
            // width is not always the sum of its clusters' widths).
            for y in 0..height {
                let mut used = 0;
                let mut x = 0;
                while x < width {
                    let w = buf[(x, y)].symbol().width().max(1);
                    used += w;
                    x += w as u16;
                }
                prop_assert!(used <= usize::from(width), "row {y}: {used} cells of {width}");
            }
        }
    }
}
