//! Opening documents a block at a time, so that the first page of any file
//! can be shown at once while the rest is read in the background.
//!
//! [`plan`] turns the paths given into the [`Source`]s to open, in order,
//! checking at once what the user named (a missing or binary file is an error
//! before anything is shown) but not the files of a directory, which are
//! opened later and skipped when unreadable. A [`Reading`] reads one source
//! in blocks through a [`Normaliser`]: the text read so far is final, so a
//! document made of it (a [`Reading::snapshot`]) is a prefix of the whole and
//! every byte offset into it stays valid. [`load_rest`] reads everything else
//! and says what arrived through a callback.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use memmap2::Mmap;

use super::epub::Book;
use super::text::{Text, clean_prefix};
use super::{
    BINARY_PROBE, BUNDLED, Document, Format, LoadError, Normaliser, RENDER_MAX, Skipped,
    article_files, io_error, metadata,
};

/// How much of the first document is read before the reader shows it.
pub const HEAD_BYTES: u64 = 64 << 10;
/// How much is read at a time.
const BLOCK: usize = 4 << 20;
/// A file at least this long is mapped rather than read, and shown from its
/// pages as long as it needs no normalising ([`Text`]).
pub const MAP_FROM: u64 = 16 << 20;
/// Documents that arrive together are passed on together, at least this
/// often.
const BATCH_EVERY: Duration = Duration::from_millis(100);

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
    /// One of the bundled articles, by index into [`BUNDLED`].
    Bundled(usize),
}

/// The documents to open, in order.
#[derive(Debug, Default)]
pub struct Plan {
    pub sources: Vec<Source>,
    /// For each source, the index in `dirs` of the directory it was found
    /// in, if it was found in one.
    pub found_in: Vec<Option<usize>>,
    /// The directories given, in order.
    pub dirs: Vec<PathBuf>,
    /// The format every source is read in, when the user chose one;
    /// otherwise each is sniffed.
    pub format: Option<Format>,
}

/// The sources named by `paths` (the bundled articles when there are none):
/// files, the `.txt` and `.md` files of directories (sorted by name), and `-`
/// for standard input. A file named here that is missing, not a regular file
/// or binary is an error now; so is a directory with no articles.
pub fn plan(paths: &[PathBuf]) -> Result<Plan, LoadError> {
    plan_as(paths, None)
}

/// [`plan`], every source to be read in `format` when one is given.
pub fn plan_as(paths: &[PathBuf], format: Option<Format>) -> Result<Plan, LoadError> {
    let mut plan = Plan {
        format,
        ..Plan::default()
    };
    if paths.is_empty() {
        for i in 0..BUNDLED.len() {
            plan.sources.push(Source::Bundled(i));
            plan.found_in.push(None);
        }
    }
    for path in paths {
        if path.as_os_str() == "-" {
            plan.sources.push(Source::Stdin);
            plan.found_in.push(None);
        } else if metadata(path)?.is_dir() {
            let files = article_files(path)?;
            let dir = plan.dirs.len();
            plan.dirs.push(path.clone());
            plan.found_in
                .extend(std::iter::repeat_n(Some(dir), files.len()));
            plan.sources.extend(files.into_iter().map(Source::File));
        } else {
            check_file(path, format)?;
            plan.sources.push(Source::File(path.clone()));
            plan.found_in.push(None);
        }
    }
    Ok(plan)
}

/// Whether `path` is a regular file that does not start like a binary one
/// (unless it is in a binary format such as EPUB).
fn check_file(path: &Path, format: Option<Format>) -> Result<(), LoadError> {
    let mut reading = Reading::open_as(&Source::File(path.to_path_buf()), format)?;
    reading.read_until(BINARY_PROBE as u64)
}

/// One source being read and normalised.
pub struct Reading {
    path: String,
    input: Box<dyn Read + Send>,
    normaliser: Normaliser,
    /// Bytes read so far.
    read: u64,
    /// The size of the source, when known (a regular file).
    size: Option<u64>,
    done: bool,
    buffer: Vec<u8>,
    /// The format asked for, if one was.
    asked: Option<Format>,
    /// The format, once the first block has been read.
    format: Option<Format>,
    /// The bytes of a source in a markup format, rendered once all are in.
    raw: Vec<u8>,
    /// An EPUB, once read whole: rendered a chapter at a time.
    book: Option<Book>,
    /// A long HTML page read whole but not yet rendered: its start is shown
    /// first ([`Reading::snapshot`]), the whole of it rendered when more is
    /// asked for.
    preview: bool,
    /// A large file, mapped: while its bytes need no normalising they are
    /// only checked, `map[..read]` is the text so far and nothing is copied.
    /// Dropped, its bytes given to the normaliser, as soon as one would
    /// change ([`Reading::unmap`]).
    map: Option<Mmap>,
}

/// An HTML page longer than this is shown from its start ([`PREVIEW_BYTES`]
/// of it, rendered) while the whole is rendered in the background.
const PREVIEW_FROM: usize = 1 << 20;
const PREVIEW_BYTES: usize = 256 << 10;

impl std::fmt::Debug for Reading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reading")
            .field("path", &self.path)
            .field("read", &self.read)
            .field("size", &self.size)
            .field("done", &self.done)
            .finish()
    }
}

impl Reading {
    /// Open a source; nothing is read yet. A path that is not a regular file
    /// is refused (a FIFO or a device might never end).
    pub fn open(source: &Source) -> Result<Reading, LoadError> {
        Reading::open_as(source, None)
    }

    /// [`Reading::open`], the source to be read in `format` when one is
    /// given, else in the format its first bytes show.
    pub fn open_as(source: &Source, format: Option<Format>) -> Result<Reading, LoadError> {
        Reading::open_mapping_from(source, format, MAP_FROM)
    }

    /// [`Reading::open_as`], a file of at least `map_from` bytes mapped.
    fn open_mapping_from(
        source: &Source,
        format: Option<Format>,
        map_from: u64,
    ) -> Result<Reading, LoadError> {
        let (path, input, size): (String, Box<dyn Read + Send>, Option<u64>) = match source {
            Source::Stdin => ("-".into(), Box::new(io::stdin()), None),
            Source::Bundled(i) => {
                let (name, bytes) = BUNDLED[*i];
                let size = bytes.len() as u64;
                (name.into(), Box::new(bytes), Some(size))
            }
            Source::File(path) => {
                let meta = metadata(path)?;
                if !meta.is_file() {
                    return Err(LoadError::NotRegular(path.clone()));
                }
                let file = fs::File::open(path).map_err(|e| io_error(path, e))?;
                if meta.len() >= map_from {
                    // SAFETY: the map is only read. A file cut shorter while
                    // it is mapped stops the program when the missing pages
                    // are read; the module notes of `text` say so.
                    if let Ok(map) = unsafe { Mmap::map(&file) } {
                        let mut reading = Reading::from_reader(
                            path.to_string_lossy().into(),
                            Box::new(io::empty()),
                            Some(0),
                        );
                        reading.size = Some(map.len() as u64);
                        reading.map = Some(map);
                        reading.asked = format;
                        return Ok(reading);
                    }
                }
                (
                    path.to_string_lossy().into(),
                    Box::new(file),
                    Some(meta.len()),
                )
            }
        };
        let mut reading = Reading::from_reader(path, input, size);
        reading.asked = format;
        Ok(reading)
    }

    /// Go on reading a mapped file as any other: its bytes so far to the
    /// normaliser, the rest read from the map through it.
    fn unmap(&mut self) {
        let Some(map) = self.map.take() else {
            return;
        };
        let read = usize::try_from(self.read).unwrap_or(map.len());
        if !self.is_markup() {
            let mut normaliser = Normaliser::with_capacity(map.len().saturating_add(64));
            normaliser.push_bytes(&map[..read]);
            self.normaliser = normaliser;
        }
        let mut rest = io::Cursor::new(map);
        rest.set_position(read as u64);
        self.input = Box::new(rest);
    }

    /// Check the next `want` bytes of a mapped file (at least 4) and take
    /// what needs no normalising; false when nothing could be taken (it
    /// would need normalising, or is not text). A character cut by the
    /// block's end is checked with the next block.
    fn check_mapped(&mut self, want: usize) -> Result<bool, LoadError> {
        let Some(map) = &self.map else {
            return Ok(false);
        };
        let from = usize::try_from(self.read).unwrap_or(usize::MAX);
        if from >= map.len() {
            if self.format.is_none() {
                self.format = Some(self.asked.unwrap_or(Format::Text));
            }
            self.done = true;
            return Ok(true);
        }
        // Room for a character cut by the end to be completed.
        let end = from.saturating_add(want.max(4)).min(map.len());
        let block = &map[from..end];
        if self.format.is_none() {
            let format = format_of(self.asked, &self.path, block);
            self.format = Some(format);
            if format != Format::Text {
                return Ok(false);
            }
        }
        if from < BINARY_PROBE && block[..block.len().min(BINARY_PROBE - from)].contains(&0) {
            return Err(LoadError::Binary(PathBuf::from(&self.path)));
        }
        match clean_prefix(block, from == 0) {
            Some(clean) if clean > 0 || end == map.len() && clean == block.len() => {
                self.read += clean as u64;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Read `input`, named `path`, whose size may be known.
    pub fn from_reader(path: String, input: Box<dyn Read + Send>, size: Option<u64>) -> Reading {
        // Normalising seldom makes text longer: room for the size given is
        // usually room for all of it.
        let room = size.map_or(0, |s| {
            usize::try_from(s).unwrap_or(usize::MAX).saturating_add(64)
        });
        Reading {
            path,
            input,
            normaliser: Normaliser::with_capacity(room),
            read: 0,
            size,
            done: false,
            buffer: Vec::new(),
            asked: None,
            format: None,
            raw: Vec::new(),
            book: None,
            preview: false,
            map: None,
        }
    }

    /// Whether the source is in a markup format, read whole and rendered.
    fn is_markup(&self) -> bool {
        self.format.is_some_and(|f| f != Format::Text)
    }

    /// The format, once known (after the first read).
    pub fn format(&self) -> Option<Format> {
        self.format
    }

    /// Read on until at least `bytes` are in, or the end. The first
    /// [`BINARY_PROBE`] bytes are looked at before anything else: they tell
    /// the format, and in text NUL among them means a binary file, refused
    /// before more is read. A source in a markup format is read to its end
    /// when more than those first bytes are asked for (it is rendered whole),
    /// up to [`RENDER_MAX`]. An EPUB is then rendered a chapter at a time:
    /// at least one more each call, until `bytes` of text are rendered.
    pub fn read_until(&mut self, bytes: u64) -> Result<(), LoadError> {
        if self.book.is_some() {
            return self.render_until(bytes);
        }
        if self.preview {
            // Asked for more than the start: the whole page is rendered by
            // `finish`.
            self.preview = bytes <= self.read;
            return Ok(());
        }
        let asked = bytes;
        let mut bytes = if self.is_markup() && bytes > BINARY_PROBE as u64 {
            u64::MAX
        } else {
            bytes
        };
        while !self.done && self.read < bytes {
            let want = if self.read < BINARY_PROBE as u64 {
                BINARY_PROBE - self.read as usize
            } else {
                usize::try_from(bytes - self.read).map_or(BLOCK, |left| left.clamp(1 << 16, BLOCK))
            };
            if self.map.is_some() {
                if self.check_mapped(want)? {
                    continue;
                }
                self.unmap();
                if self.is_markup() {
                    if self.size.is_some_and(|s| s > RENDER_MAX) {
                        return Err(self.too_large());
                    }
                    if asked > BINARY_PROBE as u64 {
                        bytes = u64::MAX;
                    }
                }
            }
            self.buffer.resize(want, 0);
            let got = match self.input.read(&mut self.buffer) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(io_error(Path::new(&self.path), e)),
            };
            if got == 0 {
                self.done = true;
                break;
            }
            let block = &self.buffer[..got];
            if self.format.is_none() {
                let format = format_of(self.asked, &self.path, block);
                self.format = Some(format);
                if format != Format::Text {
                    if self.size.is_some_and(|s| s > RENDER_MAX) {
                        return Err(self.too_large());
                    }
                    // A markup source is read whole before it is rendered.
                    if asked > BINARY_PROBE as u64 {
                        bytes = u64::MAX;
                    }
                }
            }
            if self.is_markup() {
                self.raw.extend_from_slice(block);
            } else {
                if self.read < BINARY_PROBE as u64 && block.contains(&0) {
                    return Err(LoadError::Binary(PathBuf::from(&self.path)));
                }
                self.normaliser.push_bytes(block);
            }
            self.read += got as u64;
            if self.is_markup() && self.read > RENDER_MAX {
                return Err(self.too_large());
            }
        }
        if self.done {
            self.buffer = Vec::new();
            if self.format == Some(Format::Html)
                && self.raw.len() > PREVIEW_FROM
                && !self.raw.starts_with(b"\xff\xfe")
                && !self.raw.starts_with(b"\xfe\xff")
            {
                self.preview = true;
            }
            if self.format == Some(Format::Epub) {
                let raw: Arc<[u8]> = Arc::from(std::mem::take(&mut self.raw));
                self.size = Some(raw.len() as u64);
                self.book = Some(Book::open(raw).map_err(|r| self.unrenderable(r))?);
                return self.render_until(asked);
            }
        }
        Ok(())
    }

    /// Render the next chapter of the book, and more until `bytes` of text
    /// are rendered or all of it. At least one is rendered, so that each
    /// call gets on.
    fn render_until(&mut self, bytes: u64) -> Result<(), LoadError> {
        while let Some(book) = self.book.as_mut().filter(|b| !b.is_done()) {
            if let Err(reason) = book.step() {
                return Err(self.unrenderable(reason));
            }
            if self
                .book
                .as_ref()
                .is_some_and(|b| b.text_len() as u64 >= bytes)
            {
                break;
            }
        }
        Ok(())
    }

    /// How much is read: of a book, the share of its size that its chapters
    /// rendered so far are of the spine.
    fn read_so_far(&self) -> u64 {
        match &self.book {
            Some(book) => {
                let (done, all) = book.progress();
                let size = self.size.unwrap_or(0);
                size.saturating_mul(done as u64) / (all.max(1) as u64)
            }
            None => self.read,
        }
    }

    fn unrenderable(&self, reason: String) -> LoadError {
        LoadError::Unrenderable {
            path: PathBuf::from(&self.path),
            format: self.format.unwrap_or_default(),
            reason,
        }
    }

    fn too_large(&self) -> LoadError {
        let format = self.format.unwrap_or_default();
        LoadError::Unrenderable {
            path: PathBuf::from(&self.path),
            format,
            reason: format!(
                "larger than {} MB (--format text reads it as text)",
                RENDER_MAX >> 20
            ),
        }
    }

    /// The whole source, read to its end.
    pub fn read_all(mut self) -> Result<Document, LoadError> {
        self.read_until(u64::MAX)?;
        self.finish()
    }

    /// Whether the end has been reached (of a book: its last chapter is
    /// rendered).
    pub fn is_done(&self) -> bool {
        self.done && !self.preview && self.book.as_ref().is_none_or(Book::is_done)
    }

    /// Bytes read so far, and the size of the source when known.
    pub fn progress(&self) -> (u64, Option<u64>) {
        (self.read_so_far(), self.size)
    }

    /// A document of the text read so far: a prefix of the whole document's
    /// text (its last paragraph may go on). Of a book, its chapters
    /// rendered so far.
    pub fn snapshot(&self) -> Document {
        if let Some(book) = &self.book {
            return Document::rendered(&self.path, book.snapshot());
        }
        if self.preview {
            // The page's start, cut before a tag so none is cut in two.
            let head = &self.raw[..PREVIEW_BYTES.min(self.raw.len())];
            let cut = head.iter().rposition(|&b| b == b'<').unwrap_or(head.len());
            let start = Document::from_bytes_as(&self.path, &head[..cut], Some(Format::Html));
            return start
                .unwrap_or_else(|_| Document::from_normalised(&self.path, String::new(), false));
        }
        if let Some(map) = &self.map {
            // Checked so far, whole characters only: valid and final.
            let read = usize::try_from(self.read).unwrap_or(map.len());
            let text = String::from_utf8_lossy(&map[..read]).into_owned();
            return Document::from_normalised(&self.path, text, false);
        }
        let text = self.normaliser.text().to_string();
        Document::from_normalised(&self.path, text, self.normaliser.lossy())
    }

    /// The document of everything read, rendered if it is markup. Call once
    /// [`Reading::is_done`].
    pub fn finish(mut self) -> Result<Document, LoadError> {
        if let Some(book) = self.book.take() {
            return match book.finish() {
                Ok(r) => Ok(Document::rendered(&self.path, r)),
                Err(reason) => Err(self.unrenderable(reason)),
            };
        }
        if self.done
            && let Some(map) = self.map.take()
        {
            match Text::mapped(map) {
                Ok(text) => return Ok(Document::from_normalised(&self.path, text, false)),
                Err(map) => self.map = Some(map),
            }
        }
        if self.map.is_some() {
            // Not all of it checked: read the rest as any other file.
            self.unmap();
            self.read_until(u64::MAX)?;
        }
        match self.format {
            Some(format) if format != Format::Text => {
                Document::from_bytes_as(&self.path, &self.raw, Some(format))
            }
            _ => {
                let (text, lossy) = self.normaliser.finish();
                Ok(Document::from_normalised(&self.path, text, lossy))
            }
        }
    }
}

/// The format `asked` for, else the one the first `block` of `path` shows.
fn format_of(asked: Option<Format>, path: &str, block: &[u8]) -> Format {
    asked.unwrap_or_else(|| Format::sniff(path, block))
}

/// The first document that can be read, ready to show: whole if it is short,
/// else its first [`HEAD_BYTES`] with the rest still to read. Files of a
/// directory that cannot be read are skipped on the way (and returned); a
/// named file that cannot be read is an error, as is having nothing to show.
pub struct First {
    /// Index in the plan's sources.
    pub index: usize,
    pub doc: Document,
    /// The rest of the document, when it is longer than its head.
    pub rest: Option<Reading>,
    pub skipped: Vec<(usize, LoadError)>,
}

/// Open the first readable source of `plan`.
pub fn open_first(plan: &Plan) -> Result<First, LoadError> {
    let mut skipped = Vec::new();
    for (index, source) in plan.sources.iter().enumerate() {
        let head = Reading::open_as(source, plan.format)
            .and_then(|mut r| r.read_until(HEAD_BYTES).map(|()| r));
        match head.and_then(|r| {
            if r.is_done() {
                r.finish().map(Ok)
            } else {
                Ok(Err(r))
            }
        }) {
            Ok(Ok(doc)) => {
                return Ok(First {
                    index,
                    doc,
                    rest: None,
                    skipped,
                });
            }
            Ok(Err(reading)) => {
                return Ok(First {
                    index,
                    doc: reading.snapshot(),
                    rest: Some(reading),
                    skipped,
                });
            }
            Err(e) if plan.found_in[index].is_some() => skipped.push((index, e)),
            Err(e) => return Err(e),
        }
    }
    // Every source was in a directory, and none could be read.
    Err(LoadError::NoneReadable(skipped_of(plan, skipped).remove(0)))
}

/// What [`load_rest`] passes on as it goes.
#[derive(Debug)]
pub enum Arrival {
    /// Reading the document shown in part has got this far.
    Progress { read: u64, size: Option<u64> },
    /// The document shown in part, now whole.
    Whole(Document),
    /// It could not be read to its end.
    Failed(LoadError),
    /// Further documents, in order, to be added after those already open.
    More(Vec<Document>),
    /// The files of directories that could not be read, one entry per
    /// directory; the last arrival.
    Skipped(Vec<Skipped>),
}

/// Read the rest of the first document (if it was shown in part) and then
/// every source after `first.index`, passing on what arrives to `send`; stop
/// when `send` returns false or `stop` is set. Documents are passed on in
/// batches, so that a directory of thousands of short files costs the
/// receiver one update per batch, not one per file.
pub fn load_rest(
    plan: &Plan,
    first: usize,
    rest: Option<Reading>,
    mut skipped: Vec<(usize, LoadError)>,
    stop: &AtomicBool,
    send: &mut dyn FnMut(Arrival) -> bool,
) {
    if let Some(mut reading) = rest {
        let mut last = Instant::now();
        loop {
            if stop.load(Ordering::Relaxed) {
                return;
            }
            let (read, _) = reading.progress();
            if let Err(e) = reading.read_until(read + BLOCK as u64) {
                if !send(Arrival::Failed(e)) {
                    return;
                }
                break;
            }
            if reading.is_done() {
                let arrival = match reading.finish() {
                    Ok(doc) => Arrival::Whole(doc),
                    Err(e) => Arrival::Failed(e),
                };
                if !send(arrival) {
                    return;
                }
                break;
            }
            if last.elapsed() >= BATCH_EVERY {
                last = Instant::now();
                let (read, size) = reading.progress();
                if !send(Arrival::Progress { read, size }) {
                    return;
                }
            }
        }
    }
    let mut batch = Vec::new();
    let mut last = Instant::now();
    for (index, source) in plan.sources.iter().enumerate().skip(first + 1) {
        if stop.load(Ordering::Relaxed) {
            return;
        }
        match Reading::open_as(source, plan.format).and_then(Reading::read_all) {
            Ok(doc) => batch.push(doc),
            Err(e) => skipped.push((index, e)),
        }
        if last.elapsed() >= BATCH_EVERY && !batch.is_empty() {
            last = Instant::now();
            if !send(Arrival::More(std::mem::take(&mut batch))) {
                return;
            }
        }
    }
    if !batch.is_empty() && !send(Arrival::More(batch)) {
        return;
    }
    send(Arrival::Skipped(skipped_of(plan, skipped)));
}

/// Skipped sources grouped by directory, in order. A source named on its
/// own is checked before anything is shown ([`plan`]); should it fail later
/// all the same (changed meanwhile), it is reported under its own path.
fn skipped_of(plan: &Plan, skipped: Vec<(usize, LoadError)>) -> Vec<Skipped> {
    let mut out: Vec<Skipped> = Vec::new();
    for (index, error) in skipped {
        let path = match &plan.sources[index] {
            Source::File(path) => path.clone(),
            Source::Stdin => PathBuf::from("-"),
            Source::Bundled(i) => PathBuf::from(BUNDLED[*i].0),
        };
        let dir = plan.found_in[index].map_or_else(|| path.clone(), |d| plan.dirs[d].clone());
        match out.iter_mut().find(|s| s.dir == dir) {
            Some(s) => s.files.push((path, error)),
            None => out.push(Skipped {
                dir,
                files: vec![(path, error)],
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(bytes: Vec<u8>) -> Reading {
        let size = Some(bytes.len() as u64);
        Reading::from_reader("x".into(), Box::new(io::Cursor::new(bytes)), size)
    }

    #[test]
    fn a_snapshot_is_a_prefix_of_the_whole() {
        let text = "Title\r\n\r\nfirst\tparagraph\r\n\r\n".repeat(40_000);
        let mut r = reading(text.clone().into_bytes());
        r.read_until(HEAD_BYTES).unwrap();
        assert!(!r.is_done());
        let head = r.snapshot();
        let whole = r.read_all().unwrap();
        assert_eq!(whole, Document::from_text("x", &text, false));
        assert!(whole.text.starts_with(head.text.as_str()));
        assert_eq!(head.title, whole.title);
        assert!(head.text.len() >= HEAD_BYTES as usize / 2);
    }

    #[test]
    fn a_long_page_is_shown_from_its_start_while_the_whole_is_rendered() {
        let story: String = (0..20_000)
            .map(|i| {
                format!(
                    "<p>Paragraph {i}: Angela Merkel met <em>Emmanuel Macron</em> in Paris.</p>\n"
                )
            })
            .collect();
        let page = format!(
            "<!DOCTYPE html><html><head><title>Talks | Site</title></head><body>\
             <nav><a href=\"/\">Home</a></nav><article><h1>Talks</h1>{story}</article>\
             <footer>Footer text</footer></body></html>"
        );
        assert!(page.len() > PREVIEW_FROM);
        let whole = Document::from_bytes("x", page.as_bytes()).unwrap();
        let mut r = reading(page.into_bytes());
        r.read_until(HEAD_BYTES).unwrap();
        assert!(!r.is_done());
        let head = r.snapshot();
        assert!(head.text.len() > 10_000 && head.text.len() < whole.text.len());
        assert!(whole.text.starts_with(head.text.as_str()));
        assert_eq!(head.title, whole.title);
        let (read, size) = r.progress();
        assert_eq!(Some(read), size);
        // Asked for more, it is rendered whole.
        r.read_until(read + 1).unwrap();
        assert!(r.is_done());
        assert!(
            r.finish().unwrap() == whole,
            "the whole page, as rendered at once"
        );
    }

    /// `bytes` written to a file and read, mapped or not.
    fn read_file(bytes: &[u8], mapped: bool, head: u64) -> (Document, Document) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.txt");
        fs::write(&path, bytes).unwrap();
        let source = Source::File(path);
        let map_from = if mapped { 0 } else { u64::MAX };
        let mut r = Reading::open_mapping_from(&source, None, map_from).unwrap();
        r.read_until(head).unwrap();
        let snapshot = r.snapshot();
        let mut whole = r.read_all().unwrap();
        whole.path = "x".into();
        (snapshot, whole)
    }

    #[test]
    fn a_clean_file_is_shown_from_its_pages_and_any_other_is_read() {
        let clean = "Title\n\nKim Jong Un met Xi Jinping in 北京.\n".repeat(5_000);
        let (head, whole) = read_file(clean.as_bytes(), true, 1000);
        assert!(whole.text.is_mapped());
        assert_eq!(whole, Document::from_text("x", &clean, false));
        assert!(whole.text.starts_with(head.text.as_str()));
        assert!(head.text.len() >= 996 && head.text.len() < clean.len());

        // A carriage return, a tab, an escape, a BOM or bad UTF-8 anywhere: the
        // text is normalised as always, and held.
        for dirt in [&b"\r\n"[..], b"\t", b"\x1b[2J", b"\xff", b"\xe2\x80"] {
            for at in [0, clean.len() / 2, clean.len()] {
                let bytes = [&clean.as_bytes()[..at], dirt, &clean.as_bytes()[at..]].concat();
                let (head, whole) = read_file(&bytes, true, 64 << 10);
                assert!(!whole.text.is_mapped());
                let (_, read) = read_file(&bytes, false, 64 << 10);
                assert_eq!(whole, read, "{dirt:?} at {at}");
                assert!(whole.text.starts_with(head.text.as_str()));
            }
        }
        let bom = [&b"\xef\xbb\xbf"[..], clean.as_bytes()].concat();
        let (_, whole) = read_file(&bom, true, 0);
        assert!(!whole.text.is_mapped());
        assert_eq!(*whole.text, *clean);
    }

    #[test]
    fn a_mapped_file_is_refused_or_rendered_as_a_read_one_is() {
        let dir = tempfile::tempdir().unwrap();
        let binary = dir.path().join("b.txt");
        fs::write(&binary, b"text\0more").unwrap();
        let mut r = Reading::open_mapping_from(&Source::File(binary), None, 0).unwrap();
        assert!(matches!(r.read_until(1), Err(LoadError::Binary(_))));
        let page = "<!DOCTYPE html><html><body><p>Angela Merkel met Macron.</p></body></html>";
        let html = dir.path().join("p.html");
        fs::write(&html, page).unwrap();
        let r = Reading::open_mapping_from(&Source::File(html), None, 0).unwrap();
        let doc = r.read_all().unwrap();
        assert_eq!(doc.format(), Format::Html);
        assert_eq!(
            doc.text,
            Document::from_bytes("x", page.as_bytes()).unwrap().text
        );
        let empty = dir.path().join("e.txt");
        fs::write(&empty, b"").unwrap();
        let r = Reading::open_mapping_from(&Source::File(empty), None, 0).unwrap();
        assert_eq!(*r.read_all().unwrap().text, *"");
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(64))]

        /// Mapped or read, in blocks cut anywhere, a file gives the same
        /// document, and what is shown first is a prefix of it.
        #[test]
        fn mapped_or_read_the_document_is_the_same(
            raw in crate::document::tests::hostile(),
            dirty in proptest::bool::ANY,
            head in 0u64..64,
        ) {
            let clean = crate::document::normalise(&raw).replace('\u{feff}', "");
            // NUL marks a binary file, refused either way.
            proptest::prop_assume!(!raw.contains('\0'));
            let bytes = if dirty { raw.into_bytes() } else { clean.into_bytes() };
            let (first, mapped) = read_file(&bytes, true, head);
            let (_, read) = read_file(&bytes, false, head);
            proptest::prop_assert_eq!(&mapped, &read);
            proptest::prop_assert!(mapped.text.starts_with(first.text.as_str()));
            if !dirty {
                proptest::prop_assert!(mapped.text.is_mapped() || bytes.is_empty());
            }
        }
    }

    #[test]
    fn endless_zeros_are_refused_at_once() {
        let mut r = Reading::from_reader("-".into(), Box::new(io::repeat(0)), None);
        assert!(matches!(r.read_until(u64::MAX), Err(LoadError::Binary(_))));
        // A NUL past the first 8 KiB is not looked for.
        let late = [vec![b'a'; BINARY_PROBE], vec![0]].concat();
        let doc = reading(late).read_all().unwrap();
        assert_eq!(doc.text.len(), BINARY_PROBE + 3, "the NUL is shown as ␀");
    }

    #[test]
    fn the_first_readable_file_of_a_directory_is_opened_and_the_rest_follow() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), b"\0binary").unwrap();
        fs::write(dir.path().join("b.txt"), "B\n\nbody").unwrap();
        fs::write(dir.path().join("c.txt"), b"\0binary").unwrap();
        fs::write(dir.path().join("d.txt"), "D\n\nbody").unwrap();
        let plan = plan(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(plan.sources.len(), 4);
        let first = open_first(&plan).unwrap();
        assert_eq!((first.index, first.doc.title.as_str()), (1, "B"));
        assert!(first.rest.is_none());
        let mut arrived = Vec::new();
        let stop = AtomicBool::new(false);
        load_rest(&plan, first.index, None, first.skipped, &stop, &mut |a| {
            arrived.push(a);
            true
        });
        let [Arrival::More(more), Arrival::Skipped(skipped)] = &arrived[..] else {
            panic!("{arrived:?}");
        };
        assert_eq!(more.len(), 1);
        assert_eq!(more[0].title, "D");
        assert_eq!(skipped.len(), 1);
        assert_eq!(
            skipped[0].summary(),
            "2 files: a.txt (binary), c.txt (binary)"
        );
    }

    #[test]
    fn a_long_first_document_arrives_whole_after_its_head() {
        let dir = tempfile::tempdir().unwrap();
        let text = "A line of the long article.\n\n".repeat(100_000);
        let path = dir.path().join("long.txt");
        fs::write(&path, &text).unwrap();
        fs::write(dir.path().join("short.txt"), "Short").unwrap();
        let plan = plan(&[path, dir.path().join("short.txt")]).unwrap();
        let first = open_first(&plan).unwrap();
        assert!(first.rest.is_some());
        assert!(first.doc.text.len() < text.len());
        let mut arrived = Vec::new();
        let stop = AtomicBool::new(false);
        load_rest(&plan, 0, first.rest, Vec::new(), &stop, &mut |a| {
            arrived.push(a);
            true
        });
        let whole = arrived.iter().find_map(|a| match a {
            Arrival::Whole(doc) => Some(doc),
            _ => None,
        });
        assert_eq!(&**whole.unwrap().text, text.as_str());
        assert!(matches!(&arrived[arrived.len() - 2], Arrival::More(d) if d[0].title == "Short"));
        assert!(matches!(&arrived[arrived.len() - 1], Arrival::Skipped(s) if s.is_empty()));
    }

    #[test]
    fn named_files_are_checked_before_anything_is_shown() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("a.txt");
        let bad = dir.path().join("b.bin");
        fs::write(&good, "text").unwrap();
        fs::write(&bad, b"\0").unwrap();
        let paths = [good.clone(), bad];
        assert!(matches!(plan(&paths), Err(LoadError::Binary(_))));
        let missing = [good, dir.path().join("none.txt")];
        assert!(matches!(plan(&missing), Err(LoadError::NotFound(_))));
    }

    #[test]
    fn stopping_ends_the_loading() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..5 {
            fs::write(dir.path().join(format!("{i}.txt")), "t").unwrap();
        }
        let plan = plan(&[dir.path().to_path_buf()]).unwrap();
        let stop = AtomicBool::new(true);
        let mut calls = 0;
        load_rest(&plan, 0, None, Vec::new(), &stop, &mut |_| {
            calls += 1;
            true
        });
        assert_eq!(calls, 0);
    }
}
