//! `bookmarks.json`: the file format, and the store that keeps it.
//!
//! Every change takes the lock on `bookmarks.lock`, re-reads the file, applies
//! the change to what is on disk (so changes made meanwhile by other folio
//! processes are kept), writes the result atomically and lets the lock go.
//!
//! Writing a big file again for each bookmark added from the command line
//! would take most of the time of `folio bookmarks add` (10,000 bookmarks are
//! 6.4 MB), so there, once the file is big ([`JOURNAL_FROM`]), the new
//! bookmark is appended to `bookmarks.journal` beside it instead: one
//! bookmark a line, made durable before the command ends. Whoever reads the
//! bookmarks reads both, and the journal is folded into `bookmarks.json` (and
//! removed) at the next change of any other kind, by `folio bookmarks list`
//! and `export`, and when it holds [`JOURNAL_MAX`] bookmarks.
//!
//! The store never destroys a file it cannot understand: a corrupt file is
//! moved aside as `bookmarks.json.corrupt-<timestamp>`; a file written by a
//! newer folio is read but not written. When nothing can be saved (no config
//! directory, an unwritable one, a file that cannot be read or moved aside),
//! the store keeps bookmarks in memory for the session and says so.
//!
//! `bookmarks.json` and `bookmarks.lock` must be regular files: anything else
//! there (a symbolic link, a FIFO, a device, a directory) is refused, never
//! followed, read, renamed or replaced. The lock is never waited for long:
//! the reader opens read-only at once when another process holds it, and
//! commands wait a few seconds at most; either way the holder is named.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::hash::{BuildHasher, Hasher};
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use super::anchor::Anchor;
use super::de;
use super::fsutil::{self, LockError};
use super::{Bookmark, DocumentRef, Resolved, StoreError, clock, config_dir, holder_name};
use crate::document::{Document, Text};

/// The bookmarks file's name, in the config directory.
pub const FILE_NAME: &str = "bookmarks.json";
/// The lock file every writer holds, beside it.
pub const LOCK_NAME: &str = "bookmarks.lock";
/// The journal of bookmarks added since `bookmarks.json` was last written,
/// beside it.
pub const JOURNAL_NAME: &str = "bookmarks.journal";
/// From this size of `bookmarks.json` on, `folio bookmarks add` appends to
/// the journal ([`Store::append_in_waiting`]) rather than write the file
/// again.
pub const JOURNAL_FROM: u64 = 256 * 1024;
/// How many bookmarks the journal holds at most: the add that would make one
/// more writes `bookmarks.json` with them all instead.
pub const JOURNAL_MAX: usize = 100;
/// The format version this folio writes.
pub const VERSION: u64 = 1;

/// The contents of `bookmarks.json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BookmarkFile {
    pub version: u64,
    pub bookmarks: Vec<Bookmark>,
    /// Fields this version does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for BookmarkFile {
    fn default() -> Self {
        BookmarkFile {
            version: VERSION,
            bookmarks: Vec::new(),
            extra: Map::new(),
        }
    }
}

/// Read as if derived, with no bookmarks when not given and the unknown
/// fields in `extra` (see [`super::de`]).
impl<'de> Deserialize<'de> for BookmarkFile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<BookmarkFile, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = BookmarkFile;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("struct BookmarkFile")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BookmarkFile, A::Error> {
                const NAMES: &[&str] = &["version", "bookmarks"];
                let (mut version, mut bookmarks) = (None, None);
                let mut extra = Map::new();
                while let Some(key) = map.next_key_seed(de::Names(NAMES))? {
                    match key {
                        de::Key::Known(0) => de::once(&mut version, "version", map.next_value()?)?,
                        de::Key::Known(_) => {
                            de::once(&mut bookmarks, "bookmarks", map.next_value()?)?
                        }
                        de::Key::Other(name) => de::keep(&mut map, &mut extra, name)?,
                    }
                }
                Ok(BookmarkFile {
                    version: de::required(version, "version")?,
                    bookmarks: bookmarks.unwrap_or_default(),
                    extra,
                })
            }
        }
        d.deserialize_map(V)
    }
}

/// What reading the file found.
#[derive(Debug)]
enum Read {
    Missing,
    Good(BookmarkFile),
    /// Written by a newer folio: what could be understood of it.
    Newer(BookmarkFile),
    Corrupt(String),
    /// This file (`bookmarks.json` or the journal) cannot be read.
    Unreadable(PathBuf, io::Error),
}

/// What reading the files found, when they may have changed.
enum Fresh {
    /// `bookmarks.json` has the bytes the store's contents were read from or
    /// saved as, and the journal is as the store saw it, or has lines more.
    Same(Journal),
    /// Something else; the bytes of `bookmarks.json` when it is a good file;
    /// the journal.
    Changed(Read, Option<Vec<u8>>, Journal),
}

/// Read the files in `dir`, unless `bookmarks.json` has the bytes `seen`
/// and the journal is `seen_journal` or more: comparing is much cheaper than
/// parsing 10,000 bookmarks again.
fn read_unless(dir: &Path, seen: Option<&[u8]>, seen_journal: &[u8]) -> Fresh {
    let journal_path = dir.join(JOURNAL_NAME);
    let journal = match Journal::read(&journal_path) {
        Ok(journal) => journal,
        Err(e) => {
            return Fresh::Changed(Read::Unreadable(journal_path, e), None, Journal::default());
        }
    };
    let path = dir.join(FILE_NAME);
    match fsutil::read_regular(&path) {
        Ok(bytes)
            if Some(bytes.as_slice()) == seen
                && journal.bytes.starts_with(Journal::complete(seen_journal)) =>
        {
            Fresh::Same(journal)
        }
        Ok(bytes) => {
            let read = parse(&bytes);
            let good = matches!(read, Read::Good(_));
            Fresh::Changed(read, good.then_some(bytes), journal)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            Fresh::Changed(Read::Missing, None, journal)
        }
        Err(e) => Fresh::Changed(Read::Unreadable(path, e), None, journal),
    }
}

/// `bookmarks.journal`: bookmarks added to a big `bookmarks.json` since it
/// was last written, one JSON object a line, each as in `bookmarks.json`.
/// A line with no line break after it is one a process was killed while
/// appending: it is not read, and the next append cuts it off.
#[derive(Debug, Default)]
struct Journal {
    /// Its bytes; none when there is no journal.
    bytes: Vec<u8>,
    /// The bookmarks of its lines, in order.
    entries: Vec<Bookmark>,
    /// Why it is corrupt, when a line is not a bookmark: it is then moved
    /// aside, rather than removed, once what could be read is saved.
    corrupt: Option<String>,
}

impl Journal {
    fn read(path: &Path) -> io::Result<Journal> {
        match fsutil::read_regular(path) {
            Ok(bytes) => Ok(Journal::parse(bytes)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Journal::default()),
            Err(e) => Err(e),
        }
    }

    fn parse(bytes: Vec<u8>) -> Journal {
        let mut entries = Vec::new();
        let mut corrupt = None;
        for (n, line) in Journal::complete(&bytes).split(|&b| b == b'\n').enumerate() {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match serde_json::from_slice::<Bookmark>(line) {
                Ok(bookmark) => entries.push(bookmark),
                Err(e) => {
                    corrupt.get_or_insert_with(|| format!("line {}: {e}", n + 1));
                }
            }
        }
        Journal {
            bytes,
            entries,
            corrupt,
        }
    }

    /// The complete lines of a journal's `bytes`.
    fn complete(bytes: &[u8]) -> &[u8] {
        let end = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        &bytes[..end]
    }
}

/// Add the bookmarks of a journal to `file`, in order, all but those it has
/// already (by id: a journal folded into the file by a process that died
/// before it could remove it adds nothing). Whether any were added.
fn apply(file: &mut BookmarkFile, entries: &[Bookmark]) -> bool {
    if entries.is_empty() {
        return false;
    }
    let new: Vec<Bookmark> = {
        let mut ids: HashSet<&str> = file.bookmarks.iter().map(|b| b.id.as_str()).collect();
        entries
            .iter()
            .filter(|b| ids.insert(b.id.as_str()))
            .cloned()
            .collect()
    };
    let added = !new.is_empty();
    file.bookmarks.extend(new);
    added
}

/// Whether a file that starts with `head` and ends with `tail` looks like a
/// `bookmarks.json` of this version, as folio writes it, by its ends alone:
/// `{`, `"version": 1,` first, and `}`. Parsing the whole file takes longer
/// than all the rest of `folio bookmarks add` (see
/// [`Store::append_in_waiting`]); a file that is corrupt in between is found,
/// and moved aside, by the next command or reader that reads it whole, and
/// the bookmarks of the journal are kept then.
fn looks_current(head: &[u8], tail: &[u8]) -> bool {
    let starts = head
        .trim_ascii_start()
        .strip_prefix(b"{")
        .and_then(|b| b.trim_ascii_start().strip_prefix(b"\"version\""))
        .and_then(|b| b.trim_ascii_start().strip_prefix(b":"))
        .and_then(|b| b.trim_ascii_start().strip_prefix(b"1"))
        .is_some_and(|b| b.trim_ascii_start().starts_with(b","));
    starts && tail.trim_ascii_end().ends_with(b"}")
}

/// What [`Store::append_in_waiting`] needs to know of `bookmarks.json`.
struct Look {
    /// It looks like a file of this version ([`looks_current`]).
    current: bool,
    /// The bytes looked for are in it.
    found: bool,
}

/// Read the regular file at `path` a block at a time into one buffer (much
/// quicker than reading 6.4 MB into memory not used before): whether it
/// looks current and has `needle` in it.
fn look_through(path: &Path, needle: &[u8]) -> io::Result<Look> {
    const BLOCK: usize = 256 * 1024;
    /// How much of each end is kept for [`looks_current`].
    const ENDS: usize = 4096;
    let mut file = fsutil::open_read(path)?;
    let finder = memchr::memmem::Finder::new(needle);
    // The end of each block is looked at again with the next, so that the
    // needle is found across the boundary.
    let carry = needle.len().saturating_sub(1);
    let mut buf = vec![0; carry + BLOCK];
    let (mut head, mut tail) = (Vec::new(), Vec::new());
    let mut found = false;
    let mut kept = 0;
    loop {
        let n = match io::Read::read(&mut file, &mut buf[kept..]) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let end = kept + n;
        found = found || finder.find(&buf[..end]).is_some();
        let fresh = &buf[kept..end];
        if head.len() < ENDS {
            head.extend_from_slice(&fresh[..fresh.len().min(ENDS - head.len())]);
        }
        if fresh.len() >= ENDS {
            tail.clear();
            tail.extend_from_slice(&fresh[fresh.len() - ENDS..]);
        } else {
            tail.extend_from_slice(fresh);
            tail.drain(..tail.len().saturating_sub(ENDS));
        }
        kept = carry.min(end);
        buf.copy_within(end - kept..end, 0);
    }
    Ok(Look {
        current: looks_current(&head, &tail),
        found,
    })
}

fn parse(bytes: &[u8]) -> Read {
    // A good file of this version, read straight into its types; anything
    // else (another version, a field given twice, a mistake) the slow way,
    // which says what is wrong.
    if let Ok(file) = serde_json::from_slice::<BookmarkFile>(bytes)
        && file.version == VERSION
    {
        return Read::Good(file);
    }
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return Read::Corrupt(format!("not valid JSON: {e}")),
    };
    let Some(object) = value.as_object() else {
        return Read::Corrupt("not a JSON object".into());
    };
    match object.get("version").and_then(Value::as_u64) {
        None | Some(0) => Read::Corrupt("no valid \"version\"".into()),
        Some(v) if v > VERSION => {
            // Take what can be understood; it is never written back.
            let bookmarks = object
                .get("bookmarks")
                .and_then(Value::as_array)
                .map(|list| {
                    list.iter()
                        .filter_map(|b| serde_json::from_value(b.clone()).ok())
                        .collect()
                })
                .unwrap_or_default();
            let mut extra = object.clone();
            extra.remove("version");
            extra.remove("bookmarks");
            Read::Newer(BookmarkFile {
                version: v,
                bookmarks,
                extra,
            })
        }
        Some(_) => match serde_json::from_value(value) {
            Ok(file) => Read::Good(file),
            Err(e) => Read::Corrupt(e.to_string()),
        },
    }
}

/// Read the bytes of a `bookmarks.json` as the store does: the file, or why
/// it is refused. For fuzzing the parser.
#[doc(hidden)]
pub fn parse_bytes(bytes: &[u8]) -> Result<BookmarkFile, String> {
    match parse(bytes) {
        Read::Good(file) | Read::Newer(file) => Ok(file),
        Read::Corrupt(reason) => Err(reason),
        Read::Missing | Read::Unreadable(..) => Err("not read".into()),
    }
}

/// Write `file` to `path` atomically; returns the bytes written. `size` is
/// about how many there will be (what the file had), so that they are not
/// copied again and again as they grow.
fn save(path: &Path, file: &BookmarkFile, size: usize) -> Result<Vec<u8>, StoreError> {
    let mut bytes = Vec::with_capacity(size + size / 8 + 4096);
    serde_json::to_writer_pretty(&mut bytes, file)
        .map_err(io::Error::other)
        .and_then(|()| {
            bytes.push(b'\n');
            fsutil::write_atomic(path, &bytes)
        })
        .map_err(|e| StoreError::io(path, e))?;
    Ok(bytes)
}

/// A new id, not one `taken` says is: 8 hex digits from the time, the
/// process, a counter and the per-process random hash keys. Ids are made
/// while holding the lock, after re-reading the files, so they cannot
/// collide on disk.
fn new_id(taken: impl Fn(&str) -> bool) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    loop {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        h.write_u128(nanos);
        h.write_u32(std::process::id());
        h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        let id = format!("{:08x}", h.finish() as u32);
        if !taken(&id) {
            return id;
        }
    }
}

/// Where changes go.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mode {
    /// To the file in this directory.
    Saving(PathBuf),
    /// Nowhere for now: another process holds the lock in this directory.
    /// Changes are refused with [`StoreError::Locked`] until it lets go.
    Locked(PathBuf),
    /// Nowhere: the file is from a newer folio.
    ReadOnly,
    /// Nowhere: the file or its directory cannot be used.
    Memory,
}

/// What `bookmarks` are called in [`StoreError::Locked`].
const WHAT: &str = "bookmarks";

/// The bookmarks, and where they are saved.
#[derive(Debug, Clone)]
pub struct Store {
    /// The config directory, when there is one.
    dir: Option<PathBuf>,
    file: BookmarkFile,
    mode: Mode,
    /// Why changes are not saved, while they are not.
    notice: Option<String>,
    /// Warnings not yet handed out by [`Store::take_warnings`].
    pending: Vec<String>,
    /// How long to wait for the lock when another process holds it.
    patience: Duration,
    /// The bytes of the file `file` was read from or saved as, while they
    /// are known: a file that still has them need not be parsed again.
    seen: Option<Vec<u8>>,
    /// The bytes of the journal as last read (its bookmarks are in `file`);
    /// none when there was none.
    journal: Vec<u8>,
    /// Counts the changes to `file`, so that what was worked out from it
    /// can tell when it is out of date.
    generation: u64,
    /// Work kept between calls.
    kept: Kept,
}

/// What the store keeps of its work, so that opening the bookmark list
/// again costs next to nothing.
#[derive(Clone, Default)]
struct Kept {
    /// The identities of the documents asked about, the most recent last:
    /// each with its text (kept, so that no other text can take its place at
    /// the same address) and the path it was asked with.
    ids: Vec<(Arc<Text>, String, DocumentRef)>,
    /// The bookmarks of the last document asked for.
    list: Option<KeptList>,
}

/// The bookmarks found in a document's text.
#[derive(Clone)]
struct KeptList {
    text: Arc<Text>,
    path: String,
    /// The store's generation when they were found.
    generation: u64,
    rows: Arc<[Resolved]>,
}

/// How many documents' identities are kept.
const IDS_KEPT: usize = 16;

impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kept")
            .field("ids", &self.ids.len())
            .field("list", &self.list.as_ref().map(|l| l.rows.len()))
            .finish()
    }
}

impl Store {
    /// Open the bookmarks in the config directory ([`config_dir`]), for the
    /// reader. Never fails and never keeps the reader waiting: problems are
    /// returned as warnings to show the user. When another process holds the
    /// lock the store is read-only until it lets go (changes are refused with
    /// [`StoreError::Locked`]); when nothing can be saved it works in memory.
    pub fn open() -> (Store, Vec<String>) {
        match config_dir() {
            Ok(dir) => Store::open_in(&dir),
            Err(e) => {
                let mut store = Store::in_memory();
                store.degrade(e.to_string());
                let warnings = store.take_warnings();
                (store, warnings)
            }
        }
    }

    /// Open the bookmarks in `dir`, creating it if need be. See [`Store::open`].
    pub fn open_in(dir: &Path) -> (Store, Vec<String>) {
        Store::open_at(dir, fsutil::BRIEF).0.opened()
    }

    /// Open the bookmarks in the config directory for a command: wait at most
    /// `patience` for another process to let go of the lock, and fail, rather
    /// than go on read-only or in memory, when it does not or when
    /// `bookmarks.json` or its lock is not a regular file. Other problems are
    /// warnings, as for [`Store::open`].
    pub fn open_waiting(patience: Duration) -> Result<(Store, Vec<String>), StoreError> {
        match config_dir() {
            Ok(dir) => Store::open_in_waiting(&dir, patience),
            Err(_) => Ok(Store::open()),
        }
    }

    /// [`Store::open_waiting`] in `dir`.
    pub fn open_in_waiting(
        dir: &Path,
        patience: Duration,
    ) -> Result<(Store, Vec<String>), StoreError> {
        match Store::open_at(dir, patience) {
            (_, Some(e)) => Err(e),
            (store, None) => Ok(store.opened()),
        }
    }

    /// Open the bookmarks in `dir`, waiting at most `patience` for the lock.
    /// Besides the store (with its warnings pending), the reason it cannot
    /// be used as it should, for [`Store::open_in_waiting`]: a busy lock or a
    /// file that is not a regular file.
    fn open_at(dir: &Path, patience: Duration) -> (Store, Option<StoreError>) {
        let mut store = Store {
            dir: Some(dir.to_path_buf()),
            patience,
            ..Store::in_memory()
        };
        let path = dir.join(FILE_NAME);
        if let Err(e) = fs::create_dir_all(dir) {
            store.degrade(format!("cannot create {}: {e}", dir.display()));
            return (store, None);
        }
        let mut refused = None;
        let lock_path = dir.join(LOCK_NAME);
        let lock = match fsutil::lock(&lock_path, patience) {
            Ok(lock) => Some(lock),
            Err(LockError::Busy { holder }) => {
                store.locked(dir, holder);
                store.warn(store.notice.clone().unwrap_or_default());
                refused = Some(store.locked_error(holder));
                None
            }
            Err(LockError::Io(e)) => {
                let e = StoreError::io(&lock_path, e);
                match e {
                    StoreError::NotAFile { .. } => store.degrade(e.to_string()),
                    _ => store.degrade(format!("cannot lock {}", e)),
                }
                refused = refused.or(refusal(e));
                None
            }
        };
        let Fresh::Changed(read, bytes, journal) = read_unless(dir, None, &[]) else {
            unreachable!("nothing was seen yet")
        };
        match read {
            Read::Missing => {}
            Read::Good(file) => {
                store.file = file;
                store.seen = bytes;
            }
            Read::Newer(file) => store.read_only(&path, file),
            Read::Corrupt(reason) if lock.is_some() => match fsutil::move_aside(&path) {
                Ok(aside) => store.warn(corrupt_moved(&path, &reason, &aside)),
                Err(e) => store.degrade(corrupt_kept(&path, &reason, &e)),
            },
            Read::Corrupt(reason) => store.degrade(format!(
                "{} is corrupt ({reason}) and is left as it is",
                path.display()
            )),
            Read::Unreadable(path, e) => {
                let e = StoreError::io(&path, e);
                match e {
                    StoreError::NotAFile { .. } => store.degrade(e.to_string()),
                    _ => store.degrade(format!("cannot read {e}")),
                }
                refused = refused.or(refusal(e));
            }
        }
        // A corrupt journal is moved aside at the next change, once what
        // could be read of it is saved.
        apply(&mut store.file, &journal.entries);
        store.journal = journal.bytes;
        if lock.is_some() && store.notice.is_none() {
            store.mode = Mode::Saving(dir.to_path_buf());
        }
        (store, refused)
    }

    /// A store that keeps bookmarks in memory only, with no warning.
    pub fn in_memory() -> Store {
        Store {
            dir: None,
            file: BookmarkFile::default(),
            mode: Mode::Memory,
            notice: None,
            pending: Vec::new(),
            patience: fsutil::BRIEF,
            seen: None,
            journal: Vec::new(),
            generation: 0,
            kept: Kept::default(),
        }
    }

    fn opened(mut self) -> (Store, Vec<String>) {
        let warnings = self.take_warnings();
        (self, warnings)
    }

    fn warn(&mut self, message: String) {
        self.pending.push(message);
    }

    /// Stop saving, and say why.
    fn degrade(&mut self, reason: String) {
        let message = format!("bookmarks are kept for this session only: {reason}");
        self.mode = Mode::Memory;
        self.notice = Some(message.clone());
        self.pending.push(message);
    }

    /// Stop saving while another process holds the lock in `dir`, and say
    /// so in the notice (not as a warning: the caller decides).
    fn locked(&mut self, dir: &Path, holder: Option<u32>) {
        self.mode = Mode::Locked(dir.to_path_buf());
        self.notice = Some(format!(
            "bookmarks are read-only: {} holds {}",
            holder_name(holder),
            dir.join(LOCK_NAME).display()
        ));
    }

    fn locked_error(&self, holder: Option<u32>) -> StoreError {
        StoreError::Locked {
            what: WHAT,
            path: self
                .dir
                .as_deref()
                .unwrap_or(Path::new("."))
                .join(LOCK_NAME),
            holder,
        }
    }

    fn read_only(&mut self, path: &Path, file: BookmarkFile) {
        let message = format!(
            "{} was written by a newer folio (format version {}): it is read but not changed, \
             and bookmark changes are kept for this session only",
            path.display(),
            file.version
        );
        self.file = file;
        self.seen = None;
        self.generation += 1;
        self.mode = Mode::ReadOnly;
        self.notice = Some(message.clone());
        self.pending.push(message);
    }

    /// Warnings from changes since the last call (a corrupt file moved aside,
    /// a save that failed), to show the user once each.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.pending)
    }

    /// Whether changes are saved to disk.
    pub fn is_saved(&self) -> bool {
        matches!(self.mode, Mode::Saving(_))
    }

    /// Why changes are not saved, while they are not: a standing warning for
    /// a status line.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Where `bookmarks.json` is (or would be).
    pub fn path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(FILE_NAME))
    }

    /// The file's contents as last read or written.
    pub fn file(&self) -> &BookmarkFile {
        &self.file
    }

    /// Every bookmark, in the order they were made.
    pub fn all(&self) -> &[Bookmark] {
        &self.file.bookmarks
    }

    /// The bookmark with this id.
    pub fn get(&self, id: &str) -> Option<&Bookmark> {
        self.file.bookmarks.iter().find(|b| b.id == id)
    }

    /// The bookmarks of `doc`, found in its current text: in the order of
    /// the text, lost ones last.
    ///
    /// All of them are found in one pass over the text (see
    /// [`Bookmark::resolve_many`]).
    pub fn for_document(&self, doc: &Document) -> Vec<Resolved> {
        self.resolve_for(doc, &DocumentRef::of(doc))
    }

    fn resolve_for(&self, doc: &Document, id: &DocumentRef) -> Vec<Resolved> {
        let mine: Vec<&Bookmark> = self
            .file
            .bookmarks
            .iter()
            .filter(|b| b.document.same_document(id))
            .collect();
        let mut out = Bookmark::resolve_many(&mine, &doc.text);
        out.sort_by_key(|r| r.range.as_ref().map_or((1, 0), |r| (0, r.start)));
        out
    }

    /// [`Store::for_document`], kept: asked again for the same document
    /// (the same text, shared, under the same path) while the bookmarks are
    /// unchanged, it gives the same list at once, without hashing or
    /// searching the text again.
    pub fn for_document_kept(&mut self, doc: &Document) -> Arc<[Resolved]> {
        if let Some(kept) = &self.kept.list
            && Arc::ptr_eq(&kept.text, &doc.text)
            && kept.path == doc.path
            && kept.generation == self.generation
        {
            return Arc::clone(&kept.rows);
        }
        let id = self.identity(doc);
        let rows: Arc<[Resolved]> = self.resolve_for(doc, &id).into();
        self.kept.list = Some(KeptList {
            text: Arc::clone(&doc.text),
            path: doc.path.clone(),
            generation: self.generation,
            rows: Arc::clone(&rows),
        });
        rows
    }

    /// [`DocumentRef::of`], kept for each shared text, so that a long text
    /// is hashed once.
    pub fn identity(&mut self, doc: &Document) -> DocumentRef {
        let ids = &mut self.kept.ids;
        if let Some(i) = ids
            .iter()
            .position(|(text, path, _)| Arc::ptr_eq(text, &doc.text) && *path == doc.path)
        {
            let kept = ids.remove(i);
            let id = kept.2.clone();
            ids.push(kept);
            return id;
        }
        let id = DocumentRef::of(doc);
        if ids.len() == IDS_KEPT {
            ids.remove(0);
        }
        ids.push((Arc::clone(&doc.text), doc.path.clone(), id.clone()));
        id
    }

    /// Every bookmark, found in the current text of its document: `open`
    /// documents are used as they are, others are read from their paths. A
    /// document that cannot be read makes its bookmarks lost, with one
    /// message for it in the second list. In the order they were made.
    ///
    /// The bookmarks of each document are found in one pass over its text.
    pub fn resolve_all(&self, open: &[&Document]) -> (Vec<Resolved>, Vec<String>) {
        let open_ids: Vec<DocumentRef> = open.iter().map(|d| DocumentRef::of(d)).collect();
        // Documents read from their paths, in the order first needed.
        let mut loaded: HashMap<String, usize> = HashMap::new();
        let mut texts: Vec<Option<Arc<Text>>> =
            open.iter().map(|d| Some(Arc::clone(&d.text))).collect();
        let mut problems = Vec::new();
        // Each bookmark's text, by index into `texts`.
        let mut text_of = Vec::with_capacity(self.file.bookmarks.len());
        for b in &self.file.bookmarks {
            if let Some(i) = open_ids.iter().position(|id| id.same_document(&b.document)) {
                text_of.push(i);
                continue;
            }
            let i = *loaded.entry(b.document.path.clone()).or_insert_with(|| {
                texts.push(match super::open_document(&b.document.path) {
                    Ok(doc) => Some(doc.text),
                    Err(e) => {
                        problems.push(format!("{e}: its bookmarks are lost"));
                        None
                    }
                });
                texts.len() - 1
            });
            text_of.push(i);
        }
        let mut out: Vec<Option<Resolved>> = vec![None; self.file.bookmarks.len()];
        for (t, text) in texts.iter().enumerate() {
            let (indexes, bookmarks): (Vec<usize>, Vec<&Bookmark>) = self
                .file
                .bookmarks
                .iter()
                .enumerate()
                .filter(|&(i, _)| text_of[i] == t)
                .unzip();
            let resolved = match text {
                Some(text) => Bookmark::resolve_many(&bookmarks, text),
                None => bookmarks.iter().map(|b| b.lost()).collect(),
            };
            for (i, r) in indexes.into_iter().zip(resolved) {
                out[i] = Some(r);
            }
        }
        (out.into_iter().flatten().collect(), problems)
    }

    /// Re-read the file, to see changes made by other folio processes.
    pub fn reload(&mut self) {
        if let Mode::Saving(dir) | Mode::Locked(dir) = &self.mode {
            let path = dir.join(FILE_NAME);
            let (read, bytes, journal) = match read_unless(dir, self.seen.as_deref(), &self.journal)
            {
                Fresh::Same(journal) => {
                    if journal.bytes != self.journal && apply(&mut self.file, &journal.entries) {
                        self.generation += 1;
                    }
                    self.journal = journal.bytes;
                    return;
                }
                Fresh::Changed(read, bytes, journal) => (read, bytes, journal),
            };
            match read {
                Read::Missing => {
                    self.file = BookmarkFile::default();
                    self.seen = None;
                }
                Read::Good(file) => {
                    self.file = file;
                    self.seen = bytes;
                }
                Read::Newer(file) => self.read_only(&path, file),
                // Dealt with at the next change, under the lock.
                Read::Corrupt(_) => return,
                Read::Unreadable(path, e) => {
                    self.degrade(format!("cannot read {}", StoreError::io(&path, e)));
                    return;
                }
            }
            apply(&mut self.file, &journal.entries);
            self.journal = journal.bytes;
            self.generation += 1;
        }
    }

    /// Bookmark `range` of `doc` with a note (empty for none).
    pub fn add(
        &mut self,
        doc: &Document,
        range: Range<usize>,
        note: &str,
    ) -> Result<Bookmark, StoreError> {
        let mut bookmark = draft(doc, range, note)?;
        self.change(move |list| {
            bookmark.id = new_id(|id| list.iter().any(|b| b.id == id));
            list.push(bookmark.clone());
            Ok(bookmark)
        })
    }

    /// Bookmark `range` of `doc` in the store in `dir`, for `folio bookmarks
    /// add`, by appending it to the journal: when `bookmarks.json` is big
    /// ([`JOURNAL_FROM`]), that is much quicker than writing it again. Under
    /// the lock (waiting at most `patience` for it), the file is read but
    /// not parsed ([`look_through`]): its ends are checked and the new id
    /// looked for in it; the journal is read whole.
    ///
    /// `Ok(None)` when this is not the way: a small or missing file, or one
    /// that is not a good file of this version, a full journal, anything
    /// unusual. Then open the store and [`Store::add`], which writes the file
    /// with the journal folded in, or says what is wrong.
    pub fn append_in_waiting(
        dir: &Path,
        patience: Duration,
        doc: &Document,
        range: Range<usize>,
        note: &str,
    ) -> Result<Option<Bookmark>, StoreError> {
        let mut bookmark = draft(doc, range, note)?;
        let path = dir.join(FILE_NAME);
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_file() && meta.len() >= JOURNAL_FROM => {}
            _ => return Ok(None),
        }
        let lock_path = dir.join(LOCK_NAME);
        let _lock = match fsutil::lock(&lock_path, patience) {
            Ok(lock) => lock,
            Err(LockError::Busy { holder }) => {
                return Err(StoreError::Locked {
                    what: WHAT,
                    path: lock_path,
                    holder,
                });
            }
            Err(LockError::Io(_)) => return Ok(None),
        };
        let journal_path = dir.join(JOURNAL_NAME);
        let Ok(journal) = Journal::read(&journal_path) else {
            return Ok(None);
        };
        if journal.corrupt.is_some() || journal.entries.len() >= JOURNAL_MAX {
            return Ok(None);
        }
        bookmark.id = loop {
            let id = new_id(|id| journal.entries.iter().any(|b| b.id == id));
            // An id is taken if it is anywhere in the file as a JSON string
            // (one written with escapes would be missed: folio writes none).
            match look_through(&path, format!("\"{id}\"").as_bytes()) {
                Ok(Look {
                    current: true,
                    found: false,
                }) => break id,
                Ok(Look {
                    current: true,
                    found: true,
                }) => continue,
                Ok(Look { current: false, .. }) | Err(_) => return Ok(None),
            }
        };
        let mut line = serde_json::to_vec(&bookmark).map_err(|e| StoreError::Io {
            path: journal_path.clone(),
            source: io::Error::other(e),
        })?;
        line.push(b'\n');
        let keep = Journal::complete(&journal.bytes).len() as u64;
        fsutil::append_durably(&journal_path, keep, &line)
            .map_err(|e| StoreError::io(&journal_path, e))?;
        Ok(Some(bookmark))
    }

    /// Write the bookmarks of the journal into `bookmarks.json` and remove
    /// the journal, so that the file holds every bookmark: what `folio
    /// bookmarks list` and `export` do first. Nothing happens when there is
    /// no journal or nothing is saved.
    pub fn fold(&mut self) -> Result<(), StoreError> {
        if self.is_saved() && !self.journal.is_empty() {
            self.change(|_| Ok(()))
        } else {
            Ok(())
        }
    }

    /// Delete a bookmark; returns it, for [`Store::restore`] to undo.
    pub fn remove(&mut self, id: &str) -> Result<Bookmark, StoreError> {
        self.change(|list| match list.iter().position(|b| b.id == id) {
            Some(i) => Ok(list.remove(i)),
            None => Err(StoreError::UnknownId(id.to_string())),
        })
    }

    /// Put a removed bookmark back (undo), in its place by creation time
    /// (before those made in the same second).
    /// Nothing happens if a bookmark with its id is there already.
    pub fn restore(&mut self, bookmark: Bookmark) -> Result<(), StoreError> {
        self.change(move |list| {
            if !list.iter().any(|b| b.id == bookmark.id) {
                let at = list.partition_point(|b| b.created < bookmark.created);
                list.insert(at, bookmark);
            }
            Ok(())
        })
    }

    /// Change a bookmark's note (empty for none).
    pub fn set_note(&mut self, id: &str, note: &str) -> Result<(), StoreError> {
        self.change(|list| match list.iter_mut().find(|b| b.id == id) {
            Some(b) => {
                b.note = note.to_string();
                Ok(())
            }
            None => Err(StoreError::UnknownId(id.to_string())),
        })
    }

    /// Save where `doc`'s moved bookmarks are now (their anchors re-made at
    /// the passage's current place, the document's current hash and title),
    /// so they keep being found easily as the document goes on changing.
    /// Lost bookmarks are left as they are. Returns the bookmarks of `doc`
    /// as [`Store::for_document`] found them before saving (so `Moved` says
    /// which moved). Nothing is written when nothing changed.
    pub fn refresh(&mut self, doc: &Document) -> Result<Vec<Resolved>, StoreError> {
        let current = self.identity(doc);
        let found = self.resolve_for(doc, &current);
        let stale = |b: &Bookmark| {
            b.document.same_document(&current)
                && (b.document.sha256 != current.sha256 || b.document.title != current.title)
        };
        if found
            .iter()
            .any(|r| r.range.is_some() && stale(&r.bookmark))
        {
            self.change(|list| {
                // Found again in what is on disk now, all in one pass.
                let mine: Vec<usize> = (0..list.len()).filter(|&i| stale(&list[i])).collect();
                let ranges = {
                    let anchors: Vec<&Anchor> = mine.iter().map(|&i| &list[i].anchor).collect();
                    super::anchor::find_all(&doc.text, &anchors)
                };
                for (i, found) in mine.into_iter().zip(ranges) {
                    if let Some(range) = found.range {
                        let b = &mut list[i];
                        b.anchor = b.anchor.reanchored(&doc.text, range);
                        b.document.sha256 = current.sha256.clone();
                        b.document.title = current.title.clone();
                    }
                }
                Ok(())
            })?;
        }
        Ok(found)
    }

    /// Apply a change: under the lock, to the file as it is on disk now, and
    /// save the result; or in memory only, when not saving. While another
    /// process holds the lock the change is refused with
    /// [`StoreError::Locked`] (after a brief wait, never a long one), and
    /// made once it lets go.
    fn change<T>(
        &mut self,
        op: impl FnOnce(&mut Vec<Bookmark>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.generation += 1;
        let (Mode::Saving(dir) | Mode::Locked(dir)) = self.mode.clone() else {
            return op(&mut self.file.bookmarks);
        };
        let lock_path = dir.join(LOCK_NAME);
        let _lock = match fsutil::lock(&lock_path, self.patience) {
            Ok(lock) => lock,
            Err(LockError::Busy { holder }) => {
                self.locked(&dir, holder);
                return Err(self.locked_error(holder));
            }
            Err(LockError::Io(e)) => {
                self.degrade(format!("cannot lock {}", StoreError::io(&lock_path, e)));
                return op(&mut self.file.bookmarks);
            }
        };
        if self.mode == Mode::Locked(dir.clone()) {
            // The other process let go: back to saving.
            self.mode = Mode::Saving(dir.clone());
            self.notice = None;
        }
        let path = dir.join(FILE_NAME);
        let (read, mut seen, journal) = match read_unless(&dir, self.seen.as_deref(), &self.journal)
        {
            // Unchanged since this process read or wrote it (but for
            // lines added to the journal): what it has is what is on disk.
            Fresh::Same(journal) => (
                Read::Good(std::mem::take(&mut self.file)),
                self.seen.take(),
                journal,
            ),
            Fresh::Changed(read, bytes, journal) => (read, bytes, journal),
        };
        self.seen = None;
        self.journal = journal.bytes.clone();
        let mut file = match read {
            Read::Missing => BookmarkFile::default(),
            Read::Good(file) => file,
            Read::Newer(mut file) => {
                apply(&mut file, &journal.entries);
                self.read_only(&path, file);
                return op(&mut self.file.bookmarks);
            }
            Read::Corrupt(reason) => match fsutil::move_aside(&path) {
                Ok(aside) => {
                    self.warn(corrupt_moved(&path, &reason, &aside));
                    // What this process knew is the best there is.
                    self.file.clone()
                }
                Err(e) => {
                    self.degrade(corrupt_kept(&path, &reason, &e));
                    return op(&mut self.file.bookmarks);
                }
            },
            Read::Unreadable(path, e) => {
                self.degrade(format!("cannot read {}", StoreError::io(&path, e)));
                return op(&mut self.file.bookmarks);
            }
        };
        apply(&mut file, &journal.entries);
        // Kept to be saved first if the change takes a bookmark of the
        // journal away (see below).
        let folded = (!journal.entries.is_empty()).then(|| file.clone());
        let size = seen.as_ref().map_or(0, Vec::len);
        let result = op(&mut file.bookmarks);
        if result.is_ok() {
            fsutil::remove_stale_temporaries(&path);
            let mut saved = Ok(());
            if let Some(folded) = folded
                && takes_away(&journal.entries, &file.bookmarks)
            {
                // Were the file saved with this change and the process
                // killed before the journal is gone, the journal would bring
                // back what the change took away. So the journal is folded
                // in and removed first, and the change saved after.
                saved = save(&path, &folded, size).and_then(|_| self.drop_journal(&dir, &journal));
            }
            let saved = saved
                .and_then(|()| save(&path, &file, size))
                .and_then(|bytes| {
                    if !self.journal.is_empty() {
                        self.drop_journal(&dir, &journal)?;
                    }
                    Ok(bytes)
                });
            seen = match saved {
                Ok(bytes) => Some(bytes),
                Err(e) => {
                    self.degrade(format!("cannot save {e}"));
                    None
                }
            };
        }
        self.file = file;
        self.seen = seen;
        result
    }

    /// Remove the journal, its bookmarks saved in `bookmarks.json`: or move
    /// it aside when it has lines that could not be read.
    fn drop_journal(&mut self, dir: &Path, journal: &Journal) -> Result<(), StoreError> {
        let path = dir.join(JOURNAL_NAME);
        match &journal.corrupt {
            Some(reason) => {
                let aside = fsutil::move_aside(&path).map_err(|e| StoreError::io(&path, e))?;
                self.warn(format!(
                    "{} was corrupt ({reason}); the bookmarks that could be read from it \
                     were kept, and it was moved to {}",
                    path.display(),
                    aside.display()
                ));
            }
            None => fsutil::remove_durably(&path).map_err(|e| StoreError::io(&path, e))?,
        }
        self.journal.clear();
        Ok(())
    }
}

/// Whether a change took away any of the journal's bookmarks from `list`.
fn takes_away(journal: &[Bookmark], list: &[Bookmark]) -> bool {
    let ids: HashSet<&str> = list.iter().map(|b| b.id.as_str()).collect();
    journal.iter().any(|b| !ids.contains(b.id.as_str()))
}

/// A new bookmark of `range` of `doc` with `note`, but for its id, which is
/// made under the lock.
fn draft(doc: &Document, range: Range<usize>, note: &str) -> Result<Bookmark, StoreError> {
    let len = doc.text.len();
    if range.start > len || range.end > len {
        return Err(StoreError::OffsetOutOfRange {
            path: doc.path.clone(),
            offset: range.start.max(range.end),
            len,
        });
    }
    if range.start >= range.end {
        return Err(StoreError::EmptyPassage);
    }
    Ok(Bookmark {
        id: String::new(),
        created: clock::now_rfc3339(),
        note: note.to_string(),
        document: DocumentRef::of(doc),
        anchor: Anchor::new(&doc.text, range),
        extra: Map::new(),
    })
}

/// `e`, if it is a reason a command must not go on with the store.
fn refusal(e: StoreError) -> Option<StoreError> {
    matches!(e, StoreError::NotAFile { .. } | StoreError::Locked { .. }).then_some(e)
}

fn corrupt_moved(path: &Path, reason: &str, aside: &Path) -> String {
    format!(
        "{} was corrupt ({reason}); it was moved to {} and a new bookmark list was started",
        path.display(),
        aside.display()
    )
}

fn corrupt_kept(path: &Path, reason: &str, e: &io::Error) -> String {
    format!(
        "{} is corrupt ({reason}) and could not be moved aside ({e}), so it is left as it is",
        path.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bookmarks::Status;

    fn doc() -> Document {
        Document::from_text(
            "test-article",
            "A title\n\nThe first paragraph.\n\nThe second paragraph, with more words in it.\n",
            false,
        )
    }

    fn para(doc: &Document, i: usize) -> Range<usize> {
        doc.paragraphs[i].clone()
    }

    fn open(dir: &Path) -> Store {
        let (store, warnings) = Store::open_in(dir);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(store.is_saved());
        store
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        let mut store = open(dir.path());
        let a = store.add(&doc, para(&doc, 1), "first").unwrap();
        let b = store.add(&doc, para(&doc, 2), "").unwrap();
        assert_ne!(a.id, b.id);
        assert_eq!(a.id.len(), 8);
        assert_eq!(a.anchor.exact, "The first paragraph.");
        assert_eq!(a.document.path, "test-article");

        let again = open(dir.path());
        assert_eq!(again.all(), &[a.clone(), b.clone()]);
        let found = again.for_document(&doc);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].status, Status::Ok);
        assert_eq!(found[0].range, Some(para(&doc, 1)));

        let text = fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["version"], 1);
        let first = &value["bookmarks"][0];
        for key in ["id", "created", "note", "document", "anchor"] {
            assert!(first.get(key).is_some(), "{key} missing");
        }
        for key in ["start", "end", "prefix", "exact", "suffix"] {
            assert!(first["anchor"].get(key).is_some(), "{key} missing");
        }
        for key in ["path", "title", "sha256"] {
            assert!(first["document"].get(key).is_some(), "{key} missing");
        }
    }

    #[test]
    fn remove_restore_and_set_note() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        let mut store = open(dir.path());
        let a = store.add(&doc, para(&doc, 1), "a").unwrap();
        let b = store.add(&doc, para(&doc, 2), "b").unwrap();
        let removed = store.remove(&a.id).unwrap();
        assert_eq!(open(dir.path()).all(), std::slice::from_ref(&b));
        store.restore(removed).unwrap();
        assert_eq!(open(dir.path()).all(), &[a.clone(), b.clone()]);
        store.set_note(&b.id, "changed").unwrap();
        assert_eq!(open(dir.path()).get(&b.id).unwrap().note, "changed");
        assert!(matches!(
            store.remove("nope"),
            Err(StoreError::UnknownId(_))
        ));
        assert!(matches!(
            store.set_note("nope", "x"),
            Err(StoreError::UnknownId(_))
        ));
    }

    #[test]
    fn bad_ranges_are_errors() {
        let mut store = Store::in_memory();
        let doc = doc();
        let len = doc.text.len();
        assert!(matches!(
            store.add(&doc, len..len + 1, ""),
            Err(StoreError::OffsetOutOfRange { .. })
        ));
        assert!(matches!(
            store.add(&doc, 3..3, ""),
            Err(StoreError::EmptyPassage)
        ));
    }

    #[test]
    fn changes_by_another_store_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        let mut one = open(dir.path());
        let mut two = open(dir.path());
        one.add(&doc, para(&doc, 1), "one").unwrap();
        two.add(&doc, para(&doc, 2), "two").unwrap();
        assert_eq!(two.all().len(), 2);
        assert_eq!(open(dir.path()).all().len(), 2);
    }

    #[test]
    fn unknown_fields_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        let anchor = Anchor::new(&doc.text, para(&doc, 1));
        let file = serde_json::json!({
            "version": 1,
            "theme": {"colour": "sepia"},
            "bookmarks": [{
                "id": "0000abcd",
                "created": "2024-01-01T00:00:00Z",
                "note": null,
                "colour": "red",
                "document": {"path": "test-article", "title": "A title", "sha256": "", "lang": "en"},
                "anchor": {
                    "start": anchor.start, "end": anchor.end, "prefix": anchor.prefix,
                    "exact": anchor.exact, "suffix": anchor.suffix, "kind": "quote"
                }
            }]
        });
        fs::write(dir.path().join(FILE_NAME), file.to_string()).unwrap();
        let mut store = open(dir.path());
        assert_eq!(store.all()[0].note, "");
        store.add(&doc, para(&doc, 2), "new").unwrap();
        let text = fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["theme"]["colour"], "sepia");
        let first = &value["bookmarks"][0];
        assert_eq!(first["colour"], "red");
        assert_eq!(first["document"]["lang"], "en");
        assert_eq!(first["anchor"]["kind"], "quote");
        assert_eq!(value["bookmarks"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn a_corrupt_file_is_moved_aside_not_lost() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        fs::write(&path, b"{\"version\": 1, \"bookmarks\": [tr").unwrap();
        let (mut store, warnings) = Store::open_in(dir.path());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("corrupt"), "{}", warnings[0]);
        assert!(store.is_saved());
        let aside: Vec<PathBuf> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("bookmarks.json.corrupt-")
            })
            .collect();
        assert_eq!(aside.len(), 1);
        assert!(warnings[0].contains(&aside[0].display().to_string()));
        assert_eq!(
            fs::read(&aside[0]).unwrap(),
            b"{\"version\": 1, \"bookmarks\": [tr"
        );
        let doc = doc();
        store.add(&doc, para(&doc, 1), "").unwrap();
        assert_eq!(open(dir.path()).all().len(), 1);
    }

    #[test]
    fn a_file_corrupted_meanwhile_is_moved_aside_at_the_next_change() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        let mut store = open(dir.path());
        store.add(&doc, para(&doc, 1), "kept").unwrap();
        fs::write(dir.path().join(FILE_NAME), b"garbage").unwrap();
        store.add(&doc, para(&doc, 2), "").unwrap();
        let warnings = store.take_warnings();
        assert!(warnings[0].contains("corrupt"));
        assert_eq!(open(dir.path()).all().len(), 2);
    }

    #[test]
    fn a_newer_file_is_read_but_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        let mut store = open(dir.path());
        store.add(&doc, para(&doc, 1), "old").unwrap();
        let path = dir.path().join(FILE_NAME);
        let mut value: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
        value["version"] = 2.into();
        value["bookmarks"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"id": "future", "shape": "unknown"}));
        let newer = serde_json::to_vec(&value).unwrap();
        fs::write(&path, &newer).unwrap();

        let (mut store, warnings) = Store::open_in(dir.path());
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("newer"), "{}", warnings[0]);
        assert!(!store.is_saved());
        assert!(store.notice().is_some());
        assert_eq!(store.all().len(), 1, "what can be read is read");
        store.add(&doc, para(&doc, 2), "in memory").unwrap();
        assert_eq!(store.all().len(), 2);
        assert_eq!(fs::read(&path).unwrap(), newer, "never written");
    }

    #[test]
    fn an_uncreatable_directory_gives_a_warning_and_a_memory_store() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a-file");
        fs::write(&file, b"").unwrap();
        let (mut store, warnings) = Store::open_in(&file.join("folio"));
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("session only"), "{}", warnings[0]);
        assert!(!store.is_saved());
        let doc = doc();
        store.add(&doc, para(&doc, 1), "").unwrap();
        assert_eq!(store.all().len(), 1);
        assert!(store.take_warnings().is_empty());
    }

    /// Put something that is not a regular file at `path`: a symbolic link to
    /// a file outside the directory, a FIFO or a directory. Returns the link's
    /// target, whose name and bytes must never change.
    #[cfg(unix)]
    fn not_a_file(kind: &str, path: &Path, outside: &Path) -> Option<(PathBuf, Vec<u8>)> {
        match kind {
            "a symbolic link" => {
                let target = outside.join("passwd");
                let bytes = b"root:x:0:0:root:/root:/bin/bash\n".to_vec();
                fs::write(&target, &bytes).unwrap();
                std::os::unix::fs::symlink(&target, path).unwrap();
                Some((target, bytes))
            }
            "a FIFO" => {
                fsutil::tests::mkfifo(path);
                None
            }
            _ => {
                fs::create_dir(path).unwrap();
                None
            }
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_file_that_is_not_a_regular_file_is_refused_at_once_and_left_alone() {
        use std::time::Instant;
        for kind in ["a symbolic link", "a FIFO", "a directory"] {
            for name in [FILE_NAME, LOCK_NAME] {
                let dir = tempfile::tempdir().unwrap();
                let outside = tempfile::tempdir().unwrap();
                let path = dir.path().join(name);
                let target = not_a_file(kind, &path, outside.path());
                let start = Instant::now();

                // The reader: a warning naming the path, and a store in memory.
                let (mut store, warnings) = Store::open_in(dir.path());
                assert_eq!(warnings.len(), 1, "{kind} {name}: {warnings:?}");
                let expected = format!("{} is {kind}, not a regular file", path.display());
                assert!(warnings[0].contains(&expected), "{}", warnings[0]);
                assert!(!warnings[0].contains('\n'));
                assert!(!store.is_saved());
                let doc = doc();
                store.add(&doc, para(&doc, 1), "").unwrap();
                store.reload();

                // A command: an error naming the path.
                match Store::open_in_waiting(dir.path(), Duration::from_secs(3)) {
                    Err(e @ StoreError::NotAFile { .. }) => {
                        assert!(e.to_string().starts_with(&expected), "{e}")
                    }
                    other => panic!("{kind} {name}: {:?}", other.map(|(_, w)| w)),
                }
                assert!(start.elapsed() < Duration::from_secs(2), "{kind} {name}");

                if let Some((target, bytes)) = target {
                    assert_eq!(fs::read(&target).unwrap(), bytes);
                    let names: Vec<_> = fs::read_dir(outside.path())
                        .unwrap()
                        .map(|e| e.unwrap().file_name())
                        .collect();
                    assert_eq!(names, ["passwd"], "nothing renamed or added beside it");
                    assert!(fs::symlink_metadata(&path).unwrap().is_symlink());
                }
                let aside = fs::read_dir(dir.path())
                    .unwrap()
                    .filter(|e| {
                        let name = e.as_ref().unwrap().file_name();
                        name.to_string_lossy().contains("corrupt")
                    })
                    .count();
                assert_eq!(aside, 0, "nothing moved aside");
            }
        }
    }

    #[test]
    fn a_lock_held_by_another_process_makes_the_store_read_only_at_once() {
        use std::time::Instant;
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        let kept = open(dir.path()).add(&doc, para(&doc, 1), "kept").unwrap();
        let lock_path = dir.path().join(LOCK_NAME);
        let held = fsutil::HeldElsewhere::hold(&lock_path);

        let start = Instant::now();
        let (mut store, warnings) = Store::open_in(dir.path());
        assert!(start.elapsed() < Duration::from_secs(2));
        let expected = format!(
            "bookmarks are read-only: another folio process (pid {}) holds {}",
            held.pid(),
            lock_path.display()
        );
        assert_eq!(warnings, std::slice::from_ref(&expected));
        assert_eq!(store.notice(), Some(expected.as_str()));
        assert!(!store.is_saved());
        assert_eq!(
            store.all(),
            std::slice::from_ref(&kept),
            "read all the same"
        );

        // Changes are refused at once, saying who holds the lock.
        let start = Instant::now();
        match store.add(&doc, para(&doc, 2), "refused") {
            Err(e @ StoreError::Locked { .. }) => {
                assert_eq!(
                    e.to_string(),
                    format!(
                        "bookmarks are locked: another folio process (pid {}) holds {}",
                        held.pid(),
                        lock_path.display()
                    )
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            store.set_note(&kept.id, "x"),
            Err(StoreError::Locked { .. })
        ));
        assert!(start.elapsed() < Duration::from_secs(2));
        assert_eq!(store.all(), std::slice::from_ref(&kept));
        assert!(store.take_warnings().is_empty());

        // A command waits a little, then fails naming the holder.
        let start = Instant::now();
        match Store::open_in_waiting(dir.path(), Duration::from_millis(300)) {
            Err(StoreError::Locked { holder, path, .. }) => {
                assert_eq!(holder, Some(held.pid()));
                assert_eq!(path, lock_path);
            }
            other => panic!("{:?}", other.map(|(_, w)| w)),
        }
        let waited = start.elapsed();
        assert!(waited >= Duration::from_millis(300) && waited < Duration::from_secs(3));

        // Once it is let go, changes are saved again.
        drop(held);
        store.add(&doc, para(&doc, 2), "saved").unwrap();
        assert!(store.is_saved());
        assert_eq!(store.notice(), None);
        assert_eq!(open(dir.path()).all().len(), 2);
    }

    #[test]
    fn refresh_saves_moved_anchors_and_leaves_lost_ones() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        let mut store = open(dir.path());
        let kept = store.add(&doc, para(&doc, 2), "kept").unwrap();
        let gone = store.add(&doc, para(&doc, 1), "gone").unwrap();
        let edited = Document::from_text(
            "test-article",
            "A longer title\n\nThe second paragraph, with more words in it.\n",
            false,
        );
        let found = store.refresh(&edited).unwrap();
        assert_eq!(found[0].status, Status::Moved);
        let again = open(dir.path());
        let kept = again.get(&kept.id).unwrap();
        assert_eq!(kept.anchor.range(), edited.paragraphs[1]);
        assert_eq!(kept.document.title, "A longer title");
        assert_eq!(again.get(&gone.id).unwrap(), &gone);
        assert_eq!(again.for_document(&edited)[0].status, Status::Ok);
    }

    #[test]
    fn bookmarks_belong_to_their_document() {
        let mut store = Store::in_memory();
        let one = doc();
        let two = Document::from_text("other", "Other\n\nText here.", false);
        store.add(&one, para(&one, 2), "").unwrap();
        store.add(&two, para(&two, 1), "").unwrap();
        store.add(&one, para(&one, 1), "").unwrap();
        let found = store.for_document(&one);
        assert_eq!(found.len(), 2);
        assert!(found[0].range.as_ref().unwrap().start < found[1].range.as_ref().unwrap().start);
        assert_eq!(store.for_document(&two).len(), 1);

        let edited = Document::from_text(
            "test-article",
            "A title\n\nThe second paragraph, with more words in it.\n",
            false,
        );
        let found = store.for_document(&edited);
        assert_eq!(found[0].status, Status::Moved);
        assert_eq!(found[1].status, Status::Lost);

        let (all, problems) = store.resolve_all(&[&edited]);
        assert_eq!(all.len(), 3);
        assert_eq!(problems.len(), 1, "\"other\" cannot be read: {problems:?}");
        assert_eq!(all[1].status, Status::Lost);
    }

    #[test]
    fn the_list_of_a_document_is_kept_until_the_bookmarks_or_the_text_change() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        let mut store = open(dir.path());
        store.add(&doc, para(&doc, 1), "one").unwrap();
        let first = store.for_document_kept(&doc);
        assert_eq!(first.len(), 1);
        store.reload();
        assert!(Arc::ptr_eq(&first, &store.for_document_kept(&doc)), "kept");
        assert_eq!(*first, *store.for_document(&doc));

        // A change of this store's.
        store.add(&doc, para(&doc, 2), "two").unwrap();
        let second = store.for_document_kept(&doc);
        assert_eq!(second.len(), 2);
        // A change of another's, seen on reload.
        open(dir.path()).remove(&second[0].bookmark.id).unwrap();
        store.reload();
        assert_eq!(store.for_document_kept(&doc).len(), 1);
        // Another text (an edited document) is resolved, not taken as kept.
        let edited = Document::from_text(
            "test-article",
            "A title\n\nNew.\n\nThe second paragraph, with more words in it.\n",
            false,
        );
        let moved = store.for_document_kept(&edited);
        assert_eq!(moved[0].status, Status::Moved);
    }

    #[test]
    fn a_file_is_read_the_same_straight_or_as_a_json_value() {
        let doc = doc();
        let anchor = Anchor::new(&doc.text, para(&doc, 1));
        let bookmark = |extra: &str| {
            format!(
                r#"{{"id": "0000abcd", "note": null, {extra}
                    "document": {{"path": "p", "lang": "en"}},
                    "anchor": {{"start": {}, "end": {}, "exact": {:?}, "kind": 1.5}}}}"#,
                anchor.start, anchor.end, anchor.exact
            )
        };
        for (text, good) in [
            (
                format!(r#"{{"version": 1, "bookmarks": [{}]}}"#, bookmark("")),
                true,
            ),
            // A field given twice: the last counts, as in a JSON value.
            (
                format!(
                    r#"{{"version": 1, "bookmarks": [{}], "x": 1, "x": 2}}"#,
                    bookmark(r#""note": "second","#)
                ),
                true,
            ),
            (
                r#"{"version": 1, "version": 1, "bookmarks": []}"#.to_string(),
                true,
            ),
            (
                r#"{"version": 1, "bookmarks": [{"id": "x"}]}"#.to_string(),
                false,
            ),
            (r#"{"version": 1.0, "bookmarks": []}"#.to_string(), false),
            (r#"{"version": 1, "bookmarks": null}"#.to_string(), false),
        ] {
            let slow = (|| {
                let value: Value = serde_json::from_str(&text).ok()?;
                serde_json::from_value::<BookmarkFile>(value).ok()
            })();
            match parse(text.as_bytes()) {
                Read::Good(file) => {
                    assert!(good, "{text}");
                    assert_eq!(Some(&file), slow.as_ref(), "{text}");
                }
                Read::Corrupt(_) => assert!(!good, "{text}"),
                other => panic!("{other:?}"),
            }
        }
        let Read::Good(file) = parse(
            format!(
                r#"{{"version": 1, "bookmarks": [{}], "x": 1, "x": 2}}"#,
                bookmark(r#""note": "second","#)
            )
            .as_bytes(),
        ) else {
            panic!()
        };
        assert_eq!(file.extra["x"], 2);
        let b = &file.bookmarks[0];
        assert_eq!(b.note, "second");
        assert_eq!(b.document.extra["lang"], "en");
        assert_eq!(b.anchor.extra["kind"], 1.5);
        assert_eq!(b.anchor.prefix, "");
    }

    /// A directory whose `bookmarks.json` is big enough for the journal:
    /// `count` bookmarks on `doc` with long notes. Returns the bookmarks.
    fn big(dir: &Path, doc: &Document, count: usize) -> Vec<Bookmark> {
        let template = Store::in_memory().add(doc, para(doc, 1), "").unwrap();
        let file = BookmarkFile {
            bookmarks: (0..count)
                .map(|i| Bookmark {
                    id: format!("{i:08x}"),
                    note: format!("note {i} {}", "n".repeat(400)),
                    ..template.clone()
                })
                .collect(),
            ..BookmarkFile::default()
        };
        let bytes = serde_json::to_vec_pretty(&file).unwrap();
        assert!(bytes.len() as u64 >= JOURNAL_FROM);
        fs::write(dir.join(FILE_NAME), bytes).unwrap();
        file.bookmarks
    }

    fn append(dir: &Path, doc: &Document, note: &str) -> Option<Bookmark> {
        Store::append_in_waiting(dir, Duration::from_secs(3), doc, para(doc, 2), note).unwrap()
    }

    fn journal_lines(dir: &Path) -> usize {
        fs::read_to_string(dir.join(JOURNAL_NAME)).map_or(0, |text| text.lines().count())
    }

    #[test]
    fn a_big_file_takes_additions_in_its_journal_until_they_are_folded_in() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        let mut before = big(dir.path(), &doc, 600);
        let file_before = fs::read(dir.path().join(FILE_NAME)).unwrap();
        let mut reader = open(dir.path());
        let kept = reader.for_document_kept(&doc);
        assert_eq!(kept.len(), 600);

        let a = append(dir.path(), &doc, "a").expect("to the journal");
        let b = append(dir.path(), &doc, "b").expect("to the journal");
        assert_ne!(a.id, b.id);
        assert_eq!(
            a.anchor.exact,
            "The second paragraph, with more words in it."
        );
        assert_eq!(
            fs::read(dir.path().join(FILE_NAME)).unwrap(),
            file_before,
            "the file is not written"
        );
        assert_eq!(journal_lines(dir.path()), 2);

        // Whoever reads the bookmarks reads both files.
        before.extend([a.clone(), b.clone()]);
        assert_eq!(open(dir.path()).all(), before.as_slice());
        reader.reload();
        assert_eq!(reader.all(), before.as_slice());
        assert_eq!(reader.for_document_kept(&doc).len(), 602, "not kept");

        // Another change writes the file with them, and the journal goes.
        reader.set_note(&a.id, "changed").unwrap();
        assert!(!dir.path().join(JOURNAL_NAME).exists());
        let again = open(dir.path());
        assert_eq!(again.all().len(), 602);
        assert_eq!(again.get(&a.id).unwrap().note, "changed");
        assert_eq!(again.all()[601], b);
    }

    #[test]
    fn fold_writes_the_journal_into_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        big(dir.path(), &doc, 600);
        let a = append(dir.path(), &doc, "a").unwrap();
        let mut store = open(dir.path());
        store.fold().unwrap();
        assert!(store.take_warnings().is_empty());
        assert!(!dir.path().join(JOURNAL_NAME).exists());
        let file = parse_bytes(&fs::read(dir.path().join(FILE_NAME)).unwrap()).unwrap();
        assert_eq!(file.bookmarks.len(), 601);
        assert_eq!(file.bookmarks[600], a);
        // Nothing to fold: nothing is written.
        let bytes = fs::read(dir.path().join(FILE_NAME)).unwrap();
        store.fold().unwrap();
        assert_eq!(fs::read(dir.path().join(FILE_NAME)).unwrap(), bytes);
    }

    #[test]
    fn a_small_file_or_a_full_journal_is_written_whole() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        assert!(append(dir.path(), &doc, "").is_none(), "no file");
        open(dir.path()).add(&doc, para(&doc, 1), "").unwrap();
        assert!(append(dir.path(), &doc, "").is_none(), "a small file");

        big(dir.path(), &doc, 600);
        for i in 0..JOURNAL_MAX {
            assert!(append(dir.path(), &doc, &i.to_string()).is_some());
        }
        assert!(append(dir.path(), &doc, "one more").is_none(), "full");
        assert_eq!(journal_lines(dir.path()), JOURNAL_MAX);
        let last = open(dir.path())
            .add(&doc, para(&doc, 2), "one more")
            .unwrap();
        assert!(!dir.path().join(JOURNAL_NAME).exists());
        let all = open(dir.path()).all().to_vec();
        assert_eq!(all.len(), 600 + JOURNAL_MAX + 1);
        assert_eq!(all[600].note, "0");
        assert_eq!(all[all.len() - 1], last);
    }

    #[test]
    fn removing_a_bookmark_of_the_journal_folds_it_in_first() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        big(dir.path(), &doc, 600);
        let a = append(dir.path(), &doc, "a").unwrap();
        let mut store = open(dir.path());
        store.remove(&a.id).unwrap();
        assert!(!dir.path().join(JOURNAL_NAME).exists());
        assert_eq!(open(dir.path()).all().len(), 600);
        assert!(open(dir.path()).get(&a.id).is_none());

        // A journal left behind after it was folded in adds nothing twice.
        let b = append(dir.path(), &doc, "b").unwrap();
        open(dir.path()).fold().unwrap();
        let b_line = serde_json::to_vec(&b).unwrap();
        fs::write(
            dir.path().join(JOURNAL_NAME),
            [b_line.as_slice(), b"\n"].concat(),
        )
        .unwrap();
        let all = open(dir.path()).all().to_vec();
        assert_eq!(all.len(), 601);
        assert_eq!(all.iter().filter(|x| x.id == b.id).count(), 1);
    }

    #[test]
    fn an_unfinished_line_of_the_journal_is_not_read_and_is_cut_off() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        big(dir.path(), &doc, 600);
        let a = append(dir.path(), &doc, "a").unwrap();
        let path = dir.path().join(JOURNAL_NAME);
        let mut bytes = fs::read(&path).unwrap();
        let whole = bytes.clone();
        bytes.extend_from_slice(&whole[..whole.len() / 2]);
        fs::write(&path, &bytes).unwrap();
        let (store, warnings) = Store::open_in(dir.path());
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(store.all().len(), 601);

        let b = append(dir.path(), &doc, "b").unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 2);
        assert!(text.starts_with(std::str::from_utf8(&whole).unwrap()));
        let all = open(dir.path()).all().to_vec();
        assert_eq!(all[600..], [a, b]);
    }

    #[test]
    fn a_corrupt_journal_is_moved_aside_once_what_it_has_is_saved() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        big(dir.path(), &doc, 600);
        let a = append(dir.path(), &doc, "a").unwrap();
        let path = dir.path().join(JOURNAL_NAME);
        let mut bytes = fs::read(&path).unwrap();
        bytes.extend_from_slice(b"{\"id\": tr\n");
        fs::write(&path, &bytes).unwrap();
        assert!(append(dir.path(), &doc, "").is_none(), "not added to");

        let mut store = open(dir.path());
        assert_eq!(store.all().len(), 601, "what can be read is read");
        store.add(&doc, para(&doc, 1), "").unwrap();
        let warnings = store.take_warnings();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("corrupt"), "{}", warnings[0]);
        assert!(!path.exists());
        let aside: Vec<PathBuf> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                name.starts_with("bookmarks.journal.corrupt-")
            })
            .collect();
        assert_eq!(aside.len(), 1);
        assert!(warnings[0].contains(&aside[0].display().to_string()));
        assert_eq!(fs::read(&aside[0]).unwrap(), bytes);
        let all = open(dir.path()).all().to_vec();
        assert_eq!(all.len(), 602);
        assert_eq!(all[600], a);
    }

    #[test]
    fn a_corrupt_big_file_is_moved_aside_and_the_journal_kept() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        big(dir.path(), &doc, 600);
        let path = dir.path().join(FILE_NAME);
        // Its ends are as they should be, not what is in between.
        let bytes = fs::read(&path).unwrap();
        let mut bad = bytes.clone();
        let middle = bad.len() / 2;
        bad[middle..middle + 4].copy_from_slice(b"\"\"\"\"");
        fs::write(&path, &bad).unwrap();
        let a = append(dir.path(), &doc, "a").unwrap();
        assert_eq!(fs::read(&path).unwrap(), bad, "never written");

        let (store, warnings) = Store::open_in(dir.path());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("corrupt"), "{}", warnings[0]);
        assert_eq!(store.all(), std::slice::from_ref(&a));
    }

    #[test]
    fn a_newer_big_file_takes_nothing_in_a_journal() {
        let dir = tempfile::tempdir().unwrap();
        let doc = doc();
        big(dir.path(), &doc, 600);
        let path = dir.path().join(FILE_NAME);
        let text = fs::read_to_string(&path).unwrap();
        let newer = text.replacen("\"version\": 1,", "\"version\": 2,", 1);
        fs::write(&path, &newer).unwrap();
        assert!(append(dir.path(), &doc, "").is_none());
        assert!(!dir.path().join(JOURNAL_NAME).exists());
    }

    #[test]
    fn only_the_ends_of_a_file_are_looked_at_before_appending() {
        for (text, current) in [
            ("{\n  \"version\": 1,\n  \"bookmarks\": []\n}\n", true),
            ("{\"version\":1,\"bookmarks\":[]}", true),
            (" { \"version\" : 1 , \"x\": 2 } ", true),
            ("{\"version\": 10, \"bookmarks\": []}", false),
            ("{\"version\": 2, \"bookmarks\": []}", false),
            ("{\"version\": 1}", false),
            ("{\"bookmarks\": [], \"version\": 1}", false),
            ("{\"version\": 1, \"bookmarks\": [", false),
            ("[]", false),
            ("", false),
        ] {
            assert_eq!(
                looks_current(text.as_bytes(), text.as_bytes()),
                current,
                "{text}"
            );
        }
    }

    #[test]
    fn looking_through_a_file_finds_its_ends_and_what_crosses_its_blocks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let mut text = format!("{{\n  \"version\": 1,\n  \"x\": \"{}", "a".repeat(300_000));
        let needle = "\"0000abcd\"";
        for cut in [256 * 1024 - 5, 256 * 1024 + 4] {
            let mut with = text.clone();
            with.insert_str(cut, needle);
            with.push_str("\"\n}\n");
            fs::write(&path, &with).unwrap();
            let look = look_through(&path, needle.as_bytes()).unwrap();
            assert!(look.current && look.found, "{cut}");
        }
        text.push_str("\"\n}\n");
        fs::write(&path, &text).unwrap();
        let look = look_through(&path, needle.as_bytes()).unwrap();
        assert!(look.current && !look.found);
        fs::write(&path, &text[..text.len() - 3]).unwrap();
        assert!(!look_through(&path, needle.as_bytes()).unwrap().current);
    }

    #[cfg(unix)]
    #[test]
    fn a_journal_that_is_not_a_regular_file_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let doc = doc();
        big(dir.path(), &doc, 600);
        let path = dir.path().join(JOURNAL_NAME);
        let (target, bytes) = not_a_file("a symbolic link", &path, outside.path()).unwrap();
        assert!(append(dir.path(), &doc, "").is_none());
        let (_, warnings) = Store::open_in(dir.path());
        let expected = format!("{} is a symbolic link, not a regular file", path.display());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains(&expected), "{}", warnings[0]);
        match Store::open_in_waiting(dir.path(), Duration::from_secs(3)) {
            Err(e @ StoreError::NotAFile { .. }) => {
                assert!(e.to_string().starts_with(&expected), "{e}")
            }
            other => panic!("{:?}", other.map(|(_, w)| w)),
        }
        assert_eq!(fs::read(&target).unwrap(), bytes);
        assert!(fs::symlink_metadata(&path).unwrap().is_symlink());
    }
}
