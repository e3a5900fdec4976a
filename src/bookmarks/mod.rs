//! Bookmarks and reading positions.
//!
//! Bookmarks live in `bookmarks.json` in the config directory
//! (`$FOLIO_CONFIG_DIR`, else the platform's config directory for folio); the
//! passage where the reader stopped in each document lives in the state
//! directory ([`state`]). Passages are kept as text-quote [`Anchor`]s, so a
//! bookmark is found again by its text after the document is edited, and is
//! reported [`Status::Lost`] when its text is gone.
//!
//! Every change is saved at once: under an exclusive lock on
//! `bookmarks.lock`, the file is re-read, the change applied to what is on
//! disk, and the result written atomically, so several folio processes at once
//! lose nothing. `folio bookmarks add` to a big file appends to a journal
//! beside it instead, which the next other change folds in. See [`Store`].
//!
//! Both files are folio's own: a symbolic link, FIFO, device or directory in
//! their place is refused with an error naming it, never followed or
//! replaced, and no lock is waited for long (the reader not at all to speak
//! of), so nothing outside folio's directories is written and nothing hangs.

pub mod anchor;
mod clock;
mod de;
mod fsutil;
pub mod state;
pub mod store;

use std::fs;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::document::{self, Document, LoadError};

pub use anchor::{Anchor, Status, first_words};
pub use store::Store;

/// Which document a bookmark belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentRef {
    /// The path as the user gave it, made absolute for a real file; a bundled
    /// article keeps its `seeds/...` name; standard input is `-`.
    pub path: String,
    /// The document's title when the bookmark was made.
    pub title: String,
    /// SHA-256 of the normalised text ([`Document::text`]), lowercase hex.
    pub sha256: String,
    /// Fields this version does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl DocumentRef {
    /// The identity of `doc`.
    pub fn of(doc: &Document) -> DocumentRef {
        DocumentRef {
            path: identity_path(doc),
            title: doc.title.clone(),
            sha256: sha256_hex(&doc.text),
            extra: Map::new(),
        }
    }

    /// Whether two references name the same document: the same path (not
    /// standard input, which is a different text each time) or the same text.
    pub fn same_document(&self, other: &DocumentRef) -> bool {
        (self.path == other.path && self.path != "-")
            || (!self.sha256.is_empty() && self.sha256 == other.sha256)
    }
}

/// One bookmark, as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bookmark {
    /// Short and unique: 8 hex digits.
    pub id: String,
    /// When it was made, RFC 3339 in UTC.
    pub created: String,
    /// The user's note; empty for none (or null).
    pub note: String,
    pub document: DocumentRef,
    pub anchor: Anchor,
    /// Fields this version does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Bookmark {
    /// The first words of the passage on one line, at most `max_chars` long.
    pub fn first_words(&self, max_chars: usize) -> String {
        first_words(&self.anchor.exact, max_chars)
    }

    /// Find this bookmark's passage in `text` (the current text of its
    /// document).
    pub fn resolve(&self, text: &str) -> Resolved {
        self.resolved(text, self.anchor.find(text))
    }

    /// The bookmark with its passage `found` in `text`.
    fn resolved(&self, text: &str, found: anchor::Found) -> Resolved {
        Resolved {
            bookmark: self.clone(),
            anchor: found.range.clone().map(|r| self.anchor.reanchored(text, r)),
            range: found.range,
            status: found.status,
        }
    }

    /// Find the passages of several bookmarks of one document in `text`, its
    /// current text, all in one pass: the same as [`Bookmark::resolve`] on
    /// each, in the same order (see [`anchor::find_all`]).
    pub fn resolve_many(bookmarks: &[&Bookmark], text: &str) -> Vec<Resolved> {
        let anchors: Vec<&Anchor> = bookmarks.iter().map(|b| &b.anchor).collect();
        bookmarks
            .iter()
            .zip(anchor::find_all(text, &anchors))
            .map(|(b, found)| b.resolved(text, found))
            .collect()
    }

    /// A bookmark whose document cannot be read: lost.
    pub fn lost(&self) -> Resolved {
        Resolved {
            bookmark: self.clone(),
            range: None,
            status: Status::Lost,
            anchor: None,
        }
    }
}

/// Read as if derived, with `title` and `sha256` empty when not given and
/// the unknown fields in `extra` (see [`de`]).
impl<'de> Deserialize<'de> for DocumentRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<DocumentRef, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = DocumentRef;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("struct DocumentRef")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DocumentRef, A::Error> {
                const NAMES: &[&str] = &["path", "title", "sha256"];
                let (mut path, mut title, mut sha256) = (None, None, None);
                let mut extra = Map::new();
                while let Some(key) = map.next_key_seed(de::Names(NAMES))? {
                    match key {
                        de::Key::Known(0) => de::once(&mut path, "path", map.next_value()?)?,
                        de::Key::Known(1) => de::once(&mut title, "title", map.next_value()?)?,
                        de::Key::Known(_) => de::once(&mut sha256, "sha256", map.next_value()?)?,
                        de::Key::Other(name) => de::keep(&mut map, &mut extra, name)?,
                    }
                }
                Ok(DocumentRef {
                    path: de::required(path, "path")?,
                    title: title.unwrap_or_default(),
                    sha256: sha256.unwrap_or_default(),
                    extra,
                })
            }
        }
        d.deserialize_map(V)
    }
}

/// Read as if derived, with `created` and `note` empty when not given (and
/// `note` when null) and the unknown fields in `extra` (see [`de`]).
impl<'de> Deserialize<'de> for Bookmark {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Bookmark, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Bookmark;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("struct Bookmark")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Bookmark, A::Error> {
                const NAMES: &[&str] = &["id", "created", "note", "document", "anchor"];
                let (mut id, mut created, mut note, mut document, mut anchor) =
                    (None, None, None, None, None);
                let mut extra = Map::new();
                while let Some(key) = map.next_key_seed(de::Names(NAMES))? {
                    match key {
                        de::Key::Known(0) => de::once(&mut id, "id", map.next_value()?)?,
                        de::Key::Known(1) => de::once(&mut created, "created", map.next_value()?)?,
                        de::Key::Known(2) => de::once(
                            &mut note,
                            "note",
                            map.next_value::<Option<String>>()?.unwrap_or_default(),
                        )?,
                        de::Key::Known(3) => {
                            de::once(&mut document, "document", map.next_value()?)?
                        }
                        de::Key::Known(_) => de::once(&mut anchor, "anchor", map.next_value()?)?,
                        de::Key::Other(name) => de::keep(&mut map, &mut extra, name)?,
                    }
                }
                Ok(Bookmark {
                    id: de::required(id, "id")?,
                    created: created.unwrap_or_default(),
                    note: note.unwrap_or_default(),
                    document: de::required(document, "document")?,
                    anchor: de::required(anchor, "anchor")?,
                    extra,
                })
            }
        }
        d.deserialize_map(V)
    }
}

/// A bookmark and where its passage is in the document's current text.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub bookmark: Bookmark,
    /// The passage's byte range in the current text; `None` when lost.
    pub range: Option<Range<usize>>,
    pub status: Status,
    /// The anchor made again at the passage's current place (same text, the
    /// current offsets and context); `None` when lost.
    pub anchor: Option<Anchor>,
}

/// What can go wrong with bookmarks.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("no bookmark with id {0}")]
    UnknownId(String),
    #[error("byte offset {offset} is past the end of {path} ({len} bytes)")]
    OffsetOutOfRange {
        path: String,
        offset: usize,
        len: usize,
    },
    #[error("{0} is empty: there is no passage to bookmark")]
    EmptyDocument(String),
    #[error("the passage to bookmark is empty")]
    EmptyPassage,
    #[error("bookmarks could not be saved: {0}")]
    NotSaved(String),
    #[error("no config directory for folio (no home directory?); set FOLIO_CONFIG_DIR")]
    NoConfigDir,
    #[error("no state directory for folio (no home directory?); set FOLIO_STATE_DIR")]
    NoStateDir,
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// A store's file (or its lock file) is a symbolic link, FIFO, device,
    /// socket or directory: it is refused, never followed or replaced.
    #[error("{} is {kind}, not a regular file; folio does not use it and leaves it alone", .path.display())]
    NotAFile { path: PathBuf, kind: &'static str },
    /// Another process holds a store's lock, so nothing can be saved now.
    #[error("{what} are locked: {} holds {}", holder_name(*.holder), .path.display())]
    Locked {
        /// What is locked: "bookmarks" or "reading positions".
        what: &'static str,
        /// The lock file.
        path: PathBuf,
        /// The process id written in the lock file by its holder, if any.
        holder: Option<u32>,
    },
    #[error(transparent)]
    Load(#[from] LoadError),
}

impl StoreError {
    /// An I/O error on `path`: [`StoreError::NotAFile`] when the path was
    /// refused for not being a regular file, else [`StoreError::Io`].
    pub(crate) fn io(path: &Path, source: io::Error) -> StoreError {
        match fsutil::not_a_file_kind(&source) {
            Some(kind) => StoreError::NotAFile {
                path: path.to_path_buf(),
                kind,
            },
            None => StoreError::Io {
                path: path.to_path_buf(),
                source,
            },
        }
    }
}

/// Who holds a lock, for messages: "another folio process (pid 42)".
pub(crate) fn holder_name(holder: Option<u32>) -> String {
    match holder {
        Some(pid) => format!("another folio process (pid {pid})"),
        None => "another folio process".to_string(),
    }
}

/// The directory `bookmarks.json` lives in: `$FOLIO_CONFIG_DIR` if set and
/// not empty, else the platform's config directory for folio (on Linux
/// `$XDG_CONFIG_HOME/folio`, falling back to `~/.config/folio`).
pub fn config_dir() -> Result<PathBuf, StoreError> {
    if let Some(dir) = std::env::var_os("FOLIO_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "folio")
        .map(|p| p.config_dir().to_path_buf())
        .ok_or(StoreError::NoConfigDir)
}

/// SHA-256 of a text, lowercase hex.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `doc` is one of the bundled articles (by name and text).
fn is_bundled(doc: &Document) -> bool {
    document::BUNDLED.iter().any(|(name, bytes)| {
        *name == doc.path && Document::from_bytes(name, bytes).is_ok_and(|d| d.text == doc.text)
    })
}

/// The path a document is remembered by: absolute for a real file, the name
/// of a bundled article, `-` for standard input, else as given.
fn identity_path(doc: &Document) -> String {
    if doc.path == "-" || is_bundled(doc) {
        return doc.path.clone();
    }
    let path = Path::new(&doc.path);
    if path.is_file()
        && let Ok(full) = fs::canonicalize(path).or_else(|_| std::path::absolute(path))
    {
        return full.to_string_lossy().into_owned();
    }
    doc.path.clone()
}

/// Load the document a bookmark names: a bundled article by its name, else
/// the file at its path. Standard input cannot be read again.
pub fn open_document(path: &str) -> Result<Document, LoadError> {
    if path == "-" {
        return Err(LoadError::Io {
            path: PathBuf::from("-"),
            source: io::Error::other("standard input cannot be read again"),
        });
    }
    if let Some(doc) = document::bundled().into_iter().find(|d| d.path == path) {
        return Ok(doc);
    }
    document::load_file(Path::new(path))
}

/// The paragraph of `doc` that contains byte `offset`; an offset between
/// paragraphs gives the next paragraph (the previous one at the end).
pub fn paragraph_at(doc: &Document, offset: usize) -> Result<Range<usize>, StoreError> {
    if doc.paragraphs.is_empty() {
        return Err(StoreError::EmptyDocument(doc.path.clone()));
    }
    if offset >= doc.text.len() {
        return Err(StoreError::OffsetOutOfRange {
            path: doc.path.clone(),
            offset,
            len: doc.text.len(),
        });
    }
    let next = doc.paragraphs.partition_point(|p| p.end <= offset);
    let index = next.min(doc.paragraphs.len() - 1);
    Ok(doc.paragraphs[index].clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_at_finds_the_enclosing_or_next_paragraph() {
        let doc = Document::from_text("x", "One\n\nTwo two\n\n\nThree\n\n", false);
        let text = |r: Range<usize>| doc.text[r].to_string();
        assert_eq!(text(paragraph_at(&doc, 0).unwrap()), "One");
        assert_eq!(text(paragraph_at(&doc, 2).unwrap()), "One");
        assert_eq!(text(paragraph_at(&doc, 3).unwrap()), "Two two");
        assert_eq!(text(paragraph_at(&doc, 6).unwrap()), "Two two");
        assert_eq!(text(paragraph_at(&doc, 13).unwrap()), "Three");
        assert_eq!(
            text(paragraph_at(&doc, doc.text.len() - 1).unwrap()),
            "Three"
        );
        assert!(matches!(
            paragraph_at(&doc, doc.text.len()),
            Err(StoreError::OffsetOutOfRange { .. })
        ));
        let empty = Document::from_text("e", "\n\n", false);
        assert!(matches!(
            paragraph_at(&empty, 0),
            Err(StoreError::EmptyDocument(_))
        ));
    }

    #[test]
    fn identity_of_bundled_and_real_files() {
        let seed = &document::bundled()[0];
        let id = DocumentRef::of(seed);
        assert_eq!(id.path, seed.path);
        assert_eq!(id.sha256.len(), 64);
        assert_eq!(open_document(&id.path).unwrap(), *seed);

        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        fs::write(&file, "Hello\n\nworld").unwrap();
        let doc = document::load_file(&file).unwrap();
        let id = DocumentRef::of(&doc);
        assert!(Path::new(&id.path).is_absolute());
        assert_eq!(open_document(&id.path).unwrap().text, doc.text);

        let stdin = Document::from_text("-", "Hello\n\nworld", false);
        let sid = DocumentRef::of(&stdin);
        assert_eq!(sid.path, "-");
        assert!(sid.same_document(&id), "same text");
        let other = DocumentRef::of(&Document::from_text("-", "other", false));
        assert!(!sid.same_document(&other), "stdin is not matched by path");
    }
}
