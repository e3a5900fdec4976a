//! `folio map`: the places of articles on a world map, printed as text.

use std::path::PathBuf;
use std::process::ExitCode;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{Error, documents, print, warn};
use crate::document::{Document, Format};
use crate::entities::{Entities, geo};
use crate::ui::map::{PlacesMap, buffer_lines};

/// `folio map`: for each document, a title line and the map of its places,
/// `width` x `height` cells (the list of places not on the map included),
/// over the whole world or, with `fit`, around the places. A document whose
/// entities cannot be found is named on standard error and the exit status
/// is 1; the others are still drawn.
pub fn run(
    paths: &[PathBuf],
    width: u16,
    height: u16,
    fit: bool,
    format: Option<Format>,
) -> Result<ExitCode, Error> {
    let docs = documents(paths, format)?;
    let results = super::entities::extract_each(&docs);
    let mut out = String::new();
    let mut failed = false;
    for (doc, result) in docs.iter().zip(results) {
        match result {
            Ok(found) => {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(&draw(doc, &found, width, height, fit));
            }
            Err(why) => {
                warn(&format!("places unavailable for {}: {why}", doc.path));
                failed = true;
            }
        }
    }
    print(&out)?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The title line (`path — title`) and the map of `found`'s places, as text
/// lines with trailing spaces trimmed, made safe for a terminal.
pub fn draw(doc: &Document, found: &Entities, width: u16, height: u16, fit: bool) -> String {
    let mut map = PlacesMap::new(found, &geo::place(&doc.text, found));
    if fit {
        map.fit(width, height);
    }
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    (&map).render(buf.area, &mut buf);
    let mut out = doc.path.clone();
    if !doc.title.is_empty() {
        out.push_str(" \u{2014} ");
        out.push_str(&doc.title);
    }
    out.push('\n');
    for line in buffer_lines(&buf) {
        out.push_str(&line);
        out.push('\n');
    }
    crate::sanitize::lines(&out).into_owned()
}
