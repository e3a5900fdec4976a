//! Reading the objects of `bookmarks.json` straight into their types while
//! keeping the fields this version does not know, as `#[serde(flatten)]`
//! does but without its buffering of every field first: a file of 10,000
//! bookmarks is read several times faster.
//!
//! A field given twice is an error here; the store then reads the file the
//! slow way, as a JSON value first, where the last one counts.

use std::fmt;

use serde::Deserializer;
use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde_json::{Map, Value};

/// An object's key: one of the known field names (its index), or another.
pub(crate) enum Key {
    Known(usize),
    Other(String),
}

/// Reads a key, given the known field names.
pub(crate) struct Names(pub &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Names {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Names {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
        Ok(match self.0.iter().position(|n| *n == v) {
            Some(i) => Key::Known(i),
            None => Key::Other(v.to_string()),
        })
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Key, E> {
        Ok(match self.0.iter().position(|n| *n == v) {
            Some(i) => Key::Known(i),
            None => Key::Other(v),
        })
    }
}

/// Put `value` in `slot`: an error if the field was given already.
pub(crate) fn once<T, E: de::Error>(
    slot: &mut Option<T>,
    name: &'static str,
    value: T,
) -> Result<(), E> {
    if slot.is_some() {
        return Err(E::duplicate_field(name));
    }
    *slot = Some(value);
    Ok(())
}

/// A field that must be given.
pub(crate) fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// An unknown field, kept in `extra` (the last of the same name counts).
pub(crate) fn keep<'de, A: MapAccess<'de>>(
    map: &mut A,
    extra: &mut Map<String, Value>,
    name: String,
) -> Result<(), A::Error> {
    let value = map.next_value::<Value>()?;
    extra.insert(name, value);
    Ok(())
}
