//! Reading positions: where the reader stopped in each document, so that it
//! reopens there.
//!
//! They live in `positions.json` in the state directory (`$FOLIO_STATE_DIR`,
//! else the platform's state directory for folio, else its data directory),
//! not in the config file. A position is kept as an [`Anchor`] on the text at
//! that offset, so it survives edits to the document elsewhere. Saving takes
//! the same lock-reread-merge-write steps as bookmarks.
//!
//! Positions must never keep the reader waiting: loading takes no lock and
//! gives up on anything but a readable regular file, and saving waits only
//! briefly for another process's lock. Like `bookmarks.json`, a
//! `positions.json` or `positions.lock` that is not a regular file is refused,
//! never followed or replaced.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::anchor::Anchor;
use super::fsutil::{self, LockError};
use super::{DocumentRef, StoreError, clock};
use crate::document::Document;
use crate::document::floor_boundary;

/// The positions file's name, in the state directory.
pub const FILE_NAME: &str = "positions.json";
/// The lock file every writer holds, beside it.
pub const LOCK_NAME: &str = "positions.lock";
/// The format version this folio writes.
pub const VERSION: u64 = 1;
/// How many bytes of text from the position are remembered to find it again.
const WINDOW: usize = 64;
/// Positions are kept for this many documents, the most recently read.
const KEEP: usize = 1000;

/// The contents of `positions.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PositionsFile {
    pub version: u64,
    /// By document: its absolute path (a bundled article's name; for
    /// standard input `-:` and the text's SHA-256).
    #[serde(default)]
    pub positions: BTreeMap<String, Position>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for PositionsFile {
    fn default() -> Self {
        PositionsFile {
            version: VERSION,
            positions: BTreeMap::new(),
            extra: Map::new(),
        }
    }
}

/// Where the reader stopped in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// SHA-256 of the text the position was taken in.
    pub sha256: String,
    /// The text at the position.
    pub anchor: Anchor,
    /// When, RFC 3339 in UTC.
    #[serde(default)]
    pub updated: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The directory `positions.json` lives in: `$FOLIO_STATE_DIR` if set and not
/// empty, else the platform's state directory for folio (on Linux
/// `$XDG_STATE_HOME/folio`, falling back to `~/.local/state/folio`), else its
/// data directory (platforms without a state directory).
pub fn state_dir() -> Result<PathBuf, StoreError> {
    if let Some(dir) = std::env::var_os("FOLIO_STATE_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    let dirs = directories::ProjectDirs::from("", "", "folio").ok_or(StoreError::NoStateDir)?;
    Ok(dirs
        .state_dir()
        .unwrap_or_else(|| dirs.data_dir())
        .to_path_buf())
}

/// Where the reader stopped in `doc` last time, as a byte offset into its
/// current text (on a char boundary); `None` if it was never read, or the
/// text there is gone.
pub fn load_position(doc: &Document) -> Option<usize> {
    load_position_in(&state_dir().ok()?, doc)
}

/// [`load_position`] of several documents, reading the file once.
pub fn load_positions(docs: &[&Document]) -> Vec<Option<usize>> {
    match state_dir() {
        Ok(dir) => load_positions_in(&dir, docs),
        Err(_) => vec![None; docs.len()],
    }
}

/// [`load_positions`] with the state directory given.
pub fn load_positions_in(dir: &Path, docs: &[&Document]) -> Vec<Option<usize>> {
    let file = read(&dir.join(FILE_NAME)).usable();
    docs.iter()
        .map(|doc| file.as_ref().and_then(|f| position_in(f, doc)))
        .collect()
}

/// Remember that the reader is at byte `offset` of `doc`.
pub fn save_position(doc: &Document, offset: usize) -> Result<(), StoreError> {
    save_position_in(&state_dir()?, doc, offset)
}

/// [`save_position`] of several documents, in one locked write.
pub fn save_positions(at: &[(&Document, usize)]) -> Result<(), StoreError> {
    save_positions_in(&state_dir()?, at)
}

/// [`load_position`] with the state directory given.
pub fn load_position_in(dir: &Path, doc: &Document) -> Option<usize> {
    let file = read(&dir.join(FILE_NAME)).usable()?;
    position_in(&file, doc)
}

/// The saved reading positions, read once, to look up documents in as they
/// open.
#[derive(Debug, Default)]
pub struct Saved(Option<PositionsFile>);

impl Saved {
    /// Read the positions file; nothing when there is none or it cannot be
    /// read.
    pub fn load() -> Saved {
        Saved(
            state_dir()
                .ok()
                .and_then(|dir| read(&dir.join(FILE_NAME)).usable()),
        )
    }

    /// [`Saved::load`] from a given state directory.
    pub fn load_in(dir: &Path) -> Saved {
        Saved(read(&dir.join(FILE_NAME)).usable())
    }

    /// Where the reader stopped in `doc`, as [`load_position`] says.
    pub fn find(&self, doc: &Document) -> Option<usize> {
        self.0.as_ref().and_then(|file| position_in(file, doc))
    }
}

fn position_in(file: &PositionsFile, doc: &Document) -> Option<usize> {
    // A file is remembered by its path: one never read is known without
    // hashing its text.
    let path = super::identity_path(doc);
    if path != "-" && !file.positions.contains_key(&path) {
        return None;
    }
    let id = DocumentRef::of(doc);
    let position = file.positions.get(&key(&id))?;
    let anchor = &position.anchor;
    if position.sha256 == id.sha256
        && anchor.start <= doc.text.len()
        && doc.text.is_char_boundary(anchor.start)
    {
        return Some(anchor.start);
    }
    anchor.find(&doc.text).range.map(|r| r.start)
}

/// [`save_position`] with the state directory given.
pub fn save_position_in(dir: &Path, doc: &Document, offset: usize) -> Result<(), StoreError> {
    save_positions_in(dir, &[(doc, offset)])
}

/// [`save_positions`] with the state directory given. Waits only briefly
/// for another process's lock: [`StoreError::Locked`] if it is not let go.
pub fn save_positions_in(dir: &Path, at: &[(&Document, usize)]) -> Result<(), StoreError> {
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source: io::Error| StoreError::io(&path, source)
    };
    fs::create_dir_all(dir).map_err(io_err(dir))?;
    let lock_path = dir.join(LOCK_NAME);
    let _lock = match fsutil::lock(&lock_path, fsutil::BRIEF) {
        Ok(lock) => lock,
        Err(LockError::Busy { holder }) => {
            return Err(StoreError::Locked {
                what: "reading positions",
                path: lock_path,
                holder,
            });
        }
        Err(LockError::Io(e)) => return Err(io_err(&lock_path)(e)),
    };
    let path = dir.join(FILE_NAME);
    let mut file = match read(&path) {
        Read::Good(file) if file.version > VERSION => {
            return Err(StoreError::NotSaved(format!(
                "{} was written by a newer folio",
                path.display()
            )));
        }
        Read::Good(file) => file,
        Read::Missing => PositionsFile::default(),
        Read::Corrupt => {
            // Positions are cheap to lose, but the file is kept all the same.
            fsutil::move_aside(&path).map_err(io_err(&path))?;
            PositionsFile::default()
        }
        // Not replaced: it may be something that is not ours to replace.
        Read::Unreadable(e) => return Err(io_err(&path)(e)),
    };
    let updated = clock::now_rfc3339();
    for &(doc, offset) in at {
        let id = DocumentRef::of(doc);
        let start = floor_boundary(&doc.text, offset);
        let anchor = Anchor::new(&doc.text, start..start.saturating_add(WINDOW));
        file.positions.insert(
            key(&id),
            Position {
                sha256: id.sha256,
                anchor,
                updated: updated.clone(),
                extra: Map::new(),
            },
        );
    }
    if file.positions.len() > KEEP {
        let mut by_age: Vec<(String, String)> = file
            .positions
            .iter()
            .map(|(k, p)| (p.updated.clone(), k.clone()))
            .collect();
        by_age.sort();
        for (_, k) in by_age.into_iter().take(file.positions.len() - KEEP) {
            file.positions.remove(&k);
        }
    }
    let mut bytes =
        serde_json::to_vec_pretty(&file).map_err(|e| io_err(&path)(io::Error::other(e)))?;
    bytes.push(b'\n');
    fsutil::remove_stale_temporaries(&path);
    fsutil::write_atomic(&path, &bytes).map_err(io_err(&path))
}

/// What reading the positions file found.
enum Read {
    Missing,
    /// A positions file; from a newer folio, only its version is known.
    Good(PositionsFile),
    /// Not a positions file.
    Corrupt,
    /// Cannot be read, or is not a regular file.
    Unreadable(io::Error),
}

impl Read {
    /// The file, if there is a good one.
    fn usable(self) -> Option<PositionsFile> {
        match self {
            Read::Good(file) => Some(file),
            _ => None,
        }
    }
}

fn read(path: &Path) -> Read {
    let bytes = match fsutil::read_regular(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Read::Missing,
        Err(e) => return Read::Unreadable(e),
    };
    let Ok(value) = serde_json::from_slice::<Value>(&bytes) else {
        return Read::Corrupt;
    };
    match value.get("version").and_then(Value::as_u64) {
        None | Some(0) => Read::Corrupt,
        Some(v) if v > VERSION => Read::Good(PositionsFile {
            version: v,
            ..PositionsFile::default()
        }),
        Some(_) => serde_json::from_value(value).map_or(Read::Corrupt, Read::Good),
    }
}

fn key(id: &DocumentRef) -> String {
    if id.path == "-" {
        format!("-:{}", id.sha256)
    } else {
        id.path.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> String {
        (1..=20)
            .map(|i| format!("Paragraph number {i} says something of its own.\n\n"))
            .collect()
    }

    #[test]
    fn a_position_is_restored() {
        let dir = tempfile::tempdir().unwrap();
        let doc = Document::from_text("art", &article(), false);
        assert_eq!(load_position_in(dir.path(), &doc), None);
        let at = doc.paragraphs[7].start + 10;
        save_position_in(dir.path(), &doc, at).unwrap();
        assert_eq!(load_position_in(dir.path(), &doc), Some(at));
        save_position_in(dir.path(), &doc, doc.paragraphs[3].start).unwrap();
        assert_eq!(
            load_position_in(dir.path(), &doc),
            Some(doc.paragraphs[3].start)
        );
        let other = Document::from_text("other", &article(), false);
        save_position_in(dir.path(), &other, 5).unwrap();
        assert_eq!(load_position_in(dir.path(), &other), Some(5));
        assert_eq!(
            load_position_in(dir.path(), &doc),
            Some(doc.paragraphs[3].start)
        );
    }

    #[test]
    fn several_positions_are_saved_in_one_write() {
        let dir = tempfile::tempdir().unwrap();
        let a = Document::from_text("a", &article(), false);
        let b = Document::from_text("b", &(article() + "\nMore.\n"), false);
        let (at_a, at_b) = (a.paragraphs[2].start, b.paragraphs[5].start);
        save_positions_in(dir.path(), &[(&a, at_a), (&b, at_b)]).unwrap();
        assert_eq!(load_position_in(dir.path(), &a), Some(at_a));
        assert_eq!(load_position_in(dir.path(), &b), Some(at_b));
    }

    #[test]
    fn a_position_survives_an_edit_before_it() {
        let dir = tempfile::tempdir().unwrap();
        let doc = Document::from_text("art", &article(), false);
        let at = doc.paragraphs[12].start;
        save_position_in(dir.path(), &doc, at).unwrap();
        let edited = Document::from_text("art", &format!("A new preface.\n\n{}", article()), false);
        assert_eq!(
            load_position_in(dir.path(), &edited),
            Some(edited.paragraphs[13].start)
        );
        let gone = Document::from_text("art", "Something else entirely.", false);
        assert_eq!(load_position_in(dir.path(), &gone), None);
    }

    #[test]
    fn multibyte_offsets_snap_to_a_char_boundary() {
        let dir = tempfile::tempdir().unwrap();
        let doc = Document::from_text("art", "Über\n\nÄrger im Büro", false);
        save_position_in(dir.path(), &doc, 1).unwrap();
        assert_eq!(load_position_in(dir.path(), &doc), Some(0));
    }

    #[test]
    fn a_corrupt_positions_file_is_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(FILE_NAME), b"nonsense").unwrap();
        let doc = Document::from_text("art", &article(), false);
        assert_eq!(load_position_in(dir.path(), &doc), None);
        save_position_in(dir.path(), &doc, 0).unwrap();
        assert_eq!(load_position_in(dir.path(), &doc), Some(0));
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names
                .iter()
                .any(|n| n.starts_with("positions.json.corrupt-"))
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_positions_file_that_is_not_a_regular_file_is_skipped_and_left_alone() {
        use std::os::unix::fs::symlink;
        use std::time::{Duration, Instant};
        let doc = Document::from_text("art", &article(), false);
        for kind in ["a symbolic link", "a FIFO", "a directory"] {
            for name in [FILE_NAME, LOCK_NAME] {
                let dir = tempfile::tempdir().unwrap();
                let outside = tempfile::tempdir().unwrap();
                let path = dir.path().join(name);
                let target = outside.path().join("passwd");
                fs::write(&target, b"root:x:0:0::/root:/bin/sh\n").unwrap();
                match kind {
                    "a symbolic link" => symlink(&target, &path).unwrap(),
                    "a FIFO" => fsutil::tests::mkfifo(&path),
                    _ => fs::create_dir(&path).unwrap(),
                }
                let start = Instant::now();
                assert_eq!(load_position_in(dir.path(), &doc), None);
                let e = save_position_in(dir.path(), &doc, 0).unwrap_err();
                assert!(matches!(e, StoreError::NotAFile { .. }), "{e:?}");
                let expected = format!("{} is {kind}, not a regular file", path.display());
                assert!(e.to_string().starts_with(&expected), "{e}");
                assert!(start.elapsed() < Duration::from_secs(2), "{kind} {name}");
                assert_eq!(fs::read(&target).unwrap(), b"root:x:0:0::/root:/bin/sh\n");
                assert_eq!(fs::read_dir(outside.path()).unwrap().count(), 1);
                assert!(!fs::symlink_metadata(&path).unwrap().is_file());
            }
        }
    }

    #[test]
    fn a_busy_lock_is_an_error_soon_and_loading_does_not_wait_for_it() {
        use std::time::{Duration, Instant};
        let dir = tempfile::tempdir().unwrap();
        let doc = Document::from_text("art", &article(), false);
        let at = doc.paragraphs[4].start;
        save_position_in(dir.path(), &doc, at).unwrap();
        let lock_path = dir.path().join(LOCK_NAME);
        let held = fsutil::HeldElsewhere::hold(&lock_path);
        let start = Instant::now();
        assert_eq!(load_positions_in(dir.path(), &[&doc]), [Some(at)]);
        match save_position_in(dir.path(), &doc, 0) {
            Err(StoreError::Locked { path, holder, .. }) => {
                assert_eq!(path, lock_path);
                assert_eq!(holder, Some(held.pid()));
            }
            other => panic!("{other:?}"),
        }
        assert!(start.elapsed() < Duration::from_secs(2));
        drop(held);
        save_position_in(dir.path(), &doc, 0).unwrap();
        assert_eq!(load_position_in(dir.path(), &doc), Some(0));
    }

    #[test]
    fn an_unusable_state_dir_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        fs::write(&file, b"").unwrap();
        let doc = Document::from_text("art", &article(), false);
        assert!(save_position_in(&file.join("state"), &doc, 0).is_err());
        assert_eq!(load_position_in(&file.join("state"), &doc), None);
    }
}

/// The file the search history is kept in, beside `positions.json`.
pub const HISTORY_NAME: &str = "search-history.json";

/// The searches of earlier runs, oldest first; none when there is no good
/// file (a bad one is left as it is and replaced at the next save).
pub fn load_history() -> Vec<String> {
    state_dir().map_or_else(|_| Vec::new(), |dir| load_history_in(&dir))
}

/// [`load_history`] with the state directory given.
pub fn load_history_in(dir: &Path) -> Vec<String> {
    fsutil::read_regular(&dir.join(HISTORY_NAME))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Vec<String>>(&bytes).ok())
        .unwrap_or_default()
}

/// Keep `searches` (oldest first) for the next run, atomically.
pub fn save_history(searches: &[String]) -> Result<(), StoreError> {
    save_history_in(&state_dir()?, searches)
}

/// [`save_history`] with the state directory given.
pub fn save_history_in(dir: &Path, searches: &[String]) -> Result<(), StoreError> {
    let path = dir.join(HISTORY_NAME);
    std::fs::create_dir_all(dir).map_err(|e| StoreError::Io {
        path: dir.to_path_buf(),
        source: e,
    })?;
    let bytes = serde_json::to_vec(searches).unwrap_or_default();
    fsutil::write_atomic(&path, &bytes).map_err(|e| StoreError::Io { path, source: e })
}

#[cfg(test)]
mod history_tests {
    use super::*;

    #[test]
    fn the_search_history_survives_a_run_and_a_bad_file_is_no_history() {
        let dir = tempfile::tempdir().unwrap();
        assert!(load_history_in(dir.path()).is_empty());
        let searches = vec!["Kim".to_string(), "re:X\u{1b}i".to_string()];
        save_history_in(dir.path(), &searches).unwrap();
        assert_eq!(load_history_in(dir.path()), searches);
        std::fs::write(dir.path().join(HISTORY_NAME), "not json").unwrap();
        assert!(load_history_in(dir.path()).is_empty());
    }
}
