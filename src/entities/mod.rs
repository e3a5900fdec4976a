//! People and places in a text: extraction and linking of partial names.
//!
//! Pure functions over `&str`; positions are byte offsets into that text.

use std::ops::Range;

use serde::Serialize;

pub mod link;

pub mod gazetteer;
pub mod model;
pub mod tagger;
pub mod tokens;

#[cfg(test)]
mod props;

/// Which kind of referent an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Kind {
    Person,
    Place,
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
}

/// Find the people and places in `text`.
pub fn extract(text: &str) -> Entities {
    link::link(text, &tagger::mentions(text))
}
