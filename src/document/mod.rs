//! Loading articles: files, directories, standard input and the bundled seeds.
//!
//! Every document is decoded to UTF-8 and normalised once, here. All positions in
//! the rest of the program are byte offsets into [`Document::text`].

use std::fmt;
use std::fs;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use thiserror::Error;

pub mod epub;
pub mod format;
pub mod html;
mod markdown;
mod normalise;
pub mod open;
mod render;
pub mod structure;
pub mod text;

pub use format::Format;
pub use normalise::{Normaliser, TAB_WIDTH, normalise};
pub use structure::Structure;
pub use text::Text;

/// How many leading bytes are checked for NUL to tell a binary file.
const BINARY_PROBE: usize = 8 * 1024;
/// The longest title, in characters, counting the `…` that marks a cut.
pub const TITLE_MAX_CHARS: usize = 200;

/// The bundled news article, as text.
pub const ARTICLE: &str = include_str!("../../seeds/kim-jong-un-beijing.txt");

/// The articles bundled into the binary, as (file name, bytes): a news
/// article in plain text, then a saved web page and a short book, to show
/// the formats folio reads (made by `scripts/make-samples.py`).
pub const BUNDLED: &[(&str, &[u8])] = &[
    ("seeds/kim-jong-un-beijing.txt", ARTICLE.as_bytes()),
    (
        "seeds/sample-article.html",
        include_bytes!("../../seeds/sample-article.html"),
    ),
    (
        "seeds/sample-book.epub",
        include_bytes!("../../seeds/sample-book.epub"),
    ),
];

/// The largest source rendered from a markup format (read whole to render);
/// a larger one is refused, and can still be read as text.
pub const RENDER_MAX: u64 = 512 << 20;

#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{0}: no such file or directory")]
    NotFound(PathBuf),
    #[error("{0}: no articles (.txt, .md, .html, .epub) in this directory")]
    EmptyDirectory(PathBuf),
    #[error("{0}: binary file (it contains NUL bytes), not an article")]
    Binary(PathBuf),
    #[error("{0}: not a regular file")]
    NotRegular(PathBuf),
    #[error("{}: no article could be read: skipped {}", .0.dir.display(), .0.summary())]
    NoneReadable(Skipped),
    #[error("{}: cannot be read as {format}: {reason}", path.display())]
    Unrenderable {
        path: PathBuf,
        format: Format,
        reason: String,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// One article, decoded and normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Where it came from, as given by the user (`-` for standard input).
    pub path: String,
    /// The first non-empty line, trimmed.
    pub title: String,
    /// The normalised text: `\n` line breaks, no BOM, tabs expanded, control
    /// characters replaced by visible markers. Shared, so that work on it in
    /// the background (finding entities) needs no copy. A large clean file
    /// is mapped rather than copied ([`Text`]).
    pub text: Arc<Text>,
    /// Byte ranges of paragraphs (runs of non-blank lines), in order.
    pub paragraphs: Vec<Range<usize>>,
    /// True when invalid UTF-8 was replaced while decoding.
    pub lossy: bool,
    /// Headings, styles, links and sections of a document rendered from
    /// markup; empty for plain text.
    pub structure: Arc<Structure>,
}

impl Document {
    /// Decode raw bytes into a document, in the format they are sniffed to
    /// be in ([`Format::sniff`]) unless `format` says. Fails on binary
    /// content and on markup that cannot be rendered.
    pub fn from_bytes_as(
        path: &str,
        bytes: &[u8],
        format: Option<Format>,
    ) -> Result<Document, LoadError> {
        let probe = &bytes[..bytes.len().min(BINARY_PROBE)];
        let format = format.unwrap_or_else(|| Format::sniff(path, probe));
        // Only an EPUB (a zip archive) may hold NUL bytes.
        if format != Format::Epub && probe.contains(&0) {
            return Err(LoadError::Binary(PathBuf::from(path)));
        }
        if format == Format::Text {
            let mut n = Normaliser::with_capacity(bytes.len());
            n.push_bytes(bytes);
            let (text, lossy) = n.finish();
            return Ok(Document::from_normalised(path, text, lossy));
        }
        let rendered = render::render(format, bytes).map_err(|reason| LoadError::Unrenderable {
            path: PathBuf::from(path),
            format,
            reason,
        })?;
        Ok(Document::rendered(path, rendered))
    }

    /// [`Document::from_bytes_as`], in the format sniffed.
    pub fn from_bytes(path: &str, bytes: &[u8]) -> Result<Document, LoadError> {
        Document::from_bytes_as(path, bytes, None)
    }

    /// The document of a rendered text: its title is the one the markup
    /// gives, else its first line.
    pub fn rendered(path: &str, r: structure::Rendered) -> Document {
        let mut doc = Document::from_normalised(path, r.text, r.lossy);
        doc.paragraphs = r.paragraphs;
        if let Some(t) = &r.structure.title {
            doc.title = title(t);
        }
        doc.structure = Arc::new(r.structure);
        doc
    }

    /// The format the document was read in.
    pub fn format(&self) -> Format {
        self.structure.format
    }

    /// Build a document from text that is already decoded.
    pub fn from_text(path: &str, raw: &str, lossy: bool) -> Document {
        Document::from_normalised(path, normalise(raw), lossy)
    }

    pub(crate) fn from_normalised(path: &str, text: impl Into<Text>, lossy: bool) -> Document {
        let text: Text = text.into();
        let paragraphs = paragraphs(&text);
        let title = paragraphs
            .first()
            .map(|p| title(text[p.clone()].lines().next().unwrap_or("")))
            .unwrap_or_default();
        Document {
            path: path.to_string(),
            title,
            text: Arc::new(text),
            paragraphs,
            lossy,
            structure: Arc::default(),
        }
    }

    /// The title, or the file name when the text is empty.
    pub fn display_title(&self) -> &str {
        if self.title.is_empty() {
            &self.path
        } else {
            &self.title
        }
    }
}

/// The title made from a document's first line: trimmed, and cut to at most
/// [`TITLE_MAX_CHARS`] characters with `…` at the end when it is longer. The
/// cut falls between grapheme clusters when one is near enough.
fn title(line: &str) -> String {
    use unicode_segmentation::UnicodeSegmentation;

    let line = line.trim();
    if line.chars().nth(TITLE_MAX_CHARS).is_none() {
        return line.to_string();
    }
    // Keep at most TITLE_MAX_CHARS - 1 characters, leaving room for the `…`.
    let limit = line
        .char_indices()
        .nth(TITLE_MAX_CHARS - 1)
        .map_or(line.len(), |(i, _)| i);
    let cut = line
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .take_while(|&i| i <= limit)
        .last()
        .filter(|&i| i > 0)
        .unwrap_or(limit);
    let mut title = line[..cut].trim_end().to_string();
    title.push('…');
    title
}

/// The bundled articles.
pub fn bundled() -> Vec<Document> {
    BUNDLED
        .iter()
        .filter_map(|(name, bytes)| Document::from_bytes(name, bytes).ok())
        .collect()
}

/// What [`load_all`] opened, and the files of the directories it was given
/// that it could not read as text.
#[derive(Debug, Default)]
pub struct Loaded {
    pub docs: Vec<Document>,
    /// One entry per directory that had files skipped, in the order given.
    pub skipped: Vec<Skipped>,
}

/// The files of one directory that were not opened, and why.
#[derive(Debug)]
pub struct Skipped {
    pub dir: PathBuf,
    /// In name order.
    pub files: Vec<(PathBuf, LoadError)>,
}

impl Skipped {
    /// How many files are named in [`Skipped::summary`] before the rest are
    /// only counted.
    const NAMED: usize = 5;

    /// `2 files: a.bin (binary), b.txt (permission denied)`. Not sanitised:
    /// file names may hold any character.
    pub fn summary(&self) -> String {
        let n = self.files.len();
        let mut out = format!("{n} file{}: ", if n == 1 { "" } else { "s" });
        for (i, (path, error)) in self.files.iter().take(Self::NAMED).enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let name = path.file_name().map_or(path.as_os_str(), |n| n);
            out.push_str(&format!("{} ({})", name.to_string_lossy(), error.reason()));
        }
        if n > Self::NAMED {
            out.push_str(&format!(", … and {} more", n - Self::NAMED));
        }
        out
    }
}

/// `dir: skipped 2 files: a.bin (binary), b.txt (permission denied)`, one line
/// but not sanitised.
impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: skipped {}", self.dir.display(), self.summary())
    }
}

impl LoadError {
    /// Why a file was not opened, in a few words and without its path.
    pub fn reason(&self) -> String {
        match self {
            LoadError::NotFound(_) => "no such file".to_string(),
            LoadError::Binary(_) => "binary".to_string(),
            LoadError::NotRegular(_) => "not a regular file".to_string(),
            LoadError::Io { source, .. } => source.kind().to_string(),
            other => other.to_string(),
        }
    }
}

/// Load every article named by `paths`: files, directories (their articles,
/// see [`article_files`], sorted by name) and `-` for standard input; the bundled ones
/// when there are none. The same [`open::plan`] and readers as the reader's,
/// read to the end at once.
///
/// A file named here that cannot be read as text is an error. In a directory
/// such files are skipped and reported in [`Loaded::skipped`]; a directory
/// where every file is skipped is an error.
pub fn load_all(paths: &[PathBuf]) -> Result<Loaded, LoadError> {
    load_all_as(paths, None)
}

/// [`load_all`], every document read in `format` when one is given.
pub fn load_all_as(paths: &[PathBuf], format: Option<Format>) -> Result<Loaded, LoadError> {
    let plan = open::plan_as(paths, format)?;
    let first = open::open_first(&plan)?;
    let mut loaded = Loaded::default();
    loaded.docs.push(match first.rest {
        Some(rest) => rest.read_all()?,
        None => first.doc,
    });
    let go_on = std::sync::atomic::AtomicBool::new(false);
    // With no document read in part, only more documents and what was
    // skipped arrive.
    open::load_rest(
        &plan,
        first.index,
        None,
        first.skipped,
        &go_on,
        &mut |arrival| {
            match arrival {
                open::Arrival::More(docs) => loaded.docs.extend(docs),
                open::Arrival::Skipped(skipped) => loaded.skipped = skipped,
                _ => {}
            }
            true
        },
    );
    Ok(loaded)
}

/// The articles of directory `dir`: its entries named as text, Markdown,
/// HTML or EPUB (`.txt`, `.md`, `.html`, `.epub` and the like), sorted by
/// name; none is an error.
pub fn article_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| io_error(dir, e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        // Subdirectories are not articles, whatever their name; anything else
        // with an article's name is tried, and refused by `load_file` when it
        // is not a regular file.
        .filter(|p| is_article_name(p) && !p.is_dir())
        .collect();
    if files.is_empty() {
        return Err(LoadError::EmptyDirectory(dir.to_path_buf()));
    }
    files.sort();
    Ok(files)
}

/// Copy the articles named by `paths` (the bundled ones when there are none)
/// to `out` exactly as they are, byte for byte, as `cat` would: what the
/// reader does when its output is not a terminal.
pub fn copy_sources(paths: &[PathBuf], out: &mut impl io::Write) -> Result<(), LoadError> {
    fn failed(path: &Path) -> impl Fn(io::Error) -> LoadError + '_ {
        move |e| io_error(path, e)
    }
    if paths.is_empty() {
        for (_, bytes) in BUNDLED {
            out.write_all(bytes).map_err(failed(Path::new("-")))?;
        }
    }
    for path in paths {
        if path.as_os_str() == "-" {
            io::copy(&mut io::stdin().lock(), out).map_err(failed(path))?;
            continue;
        }
        let meta = metadata(path)?;
        let files = if meta.is_dir() {
            article_files(path)?
        } else if meta.is_file() {
            vec![path.clone()]
        } else {
            // FIFOs and devices are refused as when reading: they may never end.
            return Err(LoadError::NotRegular(path.clone()));
        };
        for file in files {
            if !fs::metadata(&file).is_ok_and(|m| m.is_file()) {
                continue;
            }
            let mut source = fs::File::open(&file).map_err(failed(&file))?;
            io::copy(&mut source, out).map_err(failed(&file))?;
        }
    }
    out.flush().map_err(failed(Path::new("-")))
}

fn is_article_name(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .is_some_and(|e| Format::is_article_extension(&e))
}

/// Load one regular file.
pub fn load_file(path: &Path) -> Result<Document, LoadError> {
    open::Reading::open(&open::Source::File(path.to_path_buf()))?.read_all()
}

/// What `path` is (following links), with a missing path as its own error.
fn metadata(path: &Path) -> Result<fs::Metadata, LoadError> {
    fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => LoadError::NotFound(path.to_path_buf()),
        _ => io_error(path, e),
    })
}

fn io_error(path: &Path, source: io::Error) -> LoadError {
    LoadError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Read one article from standard input.
pub fn load_stdin() -> Result<Document, LoadError> {
    open::Reading::open(&open::Source::Stdin)?.read_all()
}

/// The longest paragraph kept whole. A longer run of lines is cut into
/// pieces of at most this many bytes (at a line break, else after a space,
/// else between characters), so that even a text of one endless line is laid
/// out, searched for its passages and bookmarked a piece at a time. A piece
/// that goes on from the one before starts at most one byte after that one
/// ends (see [`Document::continues`]); paragraphs are at least two apart.
pub const PARAGRAPH_MAX: usize = 64 << 10;

impl Document {
    /// Whether paragraph `index` goes on from the one before, having been cut
    /// from it for its length ([`PARAGRAPH_MAX`]): no blank line parts them.
    pub fn continues(&self, index: usize) -> bool {
        index > 0
            && index < self.paragraphs.len()
            && self.paragraphs[index].start <= self.paragraphs[index - 1].end + 1
    }
}

/// Byte ranges of the runs of non-blank lines, each cut into pieces of at
/// most [`PARAGRAPH_MAX`] bytes.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        if body.trim().is_empty() {
            if let Some(r) = current.take() {
                push_cut(text, r, &mut out);
            }
        } else {
            let end = pos + body.len();
            match current.as_mut() {
                Some(r) => r.end = end,
                None => current = Some(pos..end),
            }
        }
        pos += line.len();
    }
    if let Some(r) = current {
        push_cut(text, r, &mut out);
    }
    // Held as long as the document: no room to spare.
    out.shrink_to_fit();
    out
}

/// The largest char boundary of `text` at or before byte `i` (clamped to
/// the text).
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or after byte `i` (clamped to the
/// text).
pub fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Push paragraph `r` of `text`, cut into pieces of at most
/// [`PARAGRAPH_MAX`] bytes: each ends at its last line break (the next
/// starts after it), else after its last space, else at a character
/// boundary. Where the cut falls depends only on the piece's first
/// [`PARAGRAPH_MAX`] bytes, so the start of a text cuts as the whole does.
fn push_cut(text: &str, mut r: Range<usize>, out: &mut Vec<Range<usize>>) {
    while r.len() > PARAGRAPH_MAX {
        let limit = floor_boundary(text, r.start + PARAGRAPH_MAX);
        let window = &text.as_bytes()[r.start..limit];
        let (end, next) = if let Some(i) = window.iter().rposition(|&b| b == b'\n') {
            (r.start + i, r.start + i + 1)
        } else if let Some(i) = window.iter().rposition(|&b| b == b' ').filter(|&i| i > 0) {
            (r.start + i + 1, r.start + i + 1)
        } else if limit > r.start {
            (limit, limit)
        } else {
            // One character longer than the limit: it is kept whole.
            let one = r.start + text[r.start..].chars().next().map_or(1, char::len_utf8);
            (one, one)
        };
        out.push(r.start..end);
        r.start = next;
    }
    if !r.is_empty() {
        out.push(r);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::sanitize;
    use proptest::prelude::*;

    #[test]
    fn bom_crlf_cr_and_tabs_are_normalised() {
        let doc = Document::from_bytes("x", b"\xef\xbb\xbfTitle\r\nline\rtwo\ta").unwrap();
        assert_eq!(&*doc.text, "Title\nline\ntwo     a");
        assert_eq!(doc.title, "Title");
        assert!(!doc.lossy);
    }

    #[test]
    fn invalid_utf8_is_lossy() {
        let doc = Document::from_bytes("x", b"caf\xe9 au lait").unwrap();
        assert!(doc.lossy);
        assert_eq!(&*doc.text, "caf\u{fffd} au lait");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(matches!(
            Document::from_bytes("x", b"abc\0def"),
            Err(LoadError::Binary(_))
        ));
    }

    #[test]
    fn escape_sequences_are_made_visible() {
        let doc = Document::from_text("x", "a\u{1b}[2Jb\u{202e}c", false);
        assert_eq!(&*doc.text, "a\u{241b}[2Jb\u{fffd}c");
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let doc = Document::from_text("x", "\n\nTitle\n\none\ntwo\n   \nthree\n", false);
        let paras: Vec<&str> = doc
            .paragraphs
            .iter()
            .map(|r| &doc.text[r.clone()])
            .collect();
        assert_eq!(paras, ["Title", "one\ntwo", "three"]);
        assert_eq!(doc.title, "Title");
    }

    #[test]
    fn a_paragraph_too_long_is_cut_into_pieces_that_go_on() {
        // One line with no break at all: cut after spaces.
        let line = "word ".repeat(PARAGRAPH_MAX / 2);
        let text = format!("Title\n\n{line}\n\nEnd");
        let doc = Document::from_text("x", &text, false);
        let pieces = &doc.paragraphs[1..doc.paragraphs.len() - 1];
        assert!(pieces.len() >= 2, "{pieces:?}");
        assert!(pieces.iter().all(|p| p.len() <= PARAGRAPH_MAX));
        assert!(pieces.windows(2).all(|w| w[0].end == w[1].start));
        assert!(
            pieces
                .iter()
                .all(|p| doc.text[p.clone()].ends_with(' ') || p.end == pieces.last().unwrap().end)
        );
        assert!(!doc.continues(1) && doc.continues(2) && !doc.continues(doc.paragraphs.len() - 1));
        let joined: String = pieces.iter().map(|p| &doc.text[p.clone()]).collect();
        assert!(joined == line, "the pieces make the line");
        // Many short lines: cut at a line break.
        let lines = "a line\n".repeat(PARAGRAPH_MAX / 4);
        let doc = Document::from_text("x", &lines, false);
        assert!(doc.paragraphs.len() >= 2);
        let (a, b) = (&doc.paragraphs[0], &doc.paragraphs[1]);
        assert_eq!(&doc.text[a.end..b.start], "\n");
        assert!(doc.continues(1));
        // No space or break: cut between characters, never inside one.
        let wide = "日".repeat(PARAGRAPH_MAX);
        let doc = Document::from_text("x", &wide, false);
        assert!(doc.paragraphs.iter().all(|p| p.len() <= PARAGRAPH_MAX));
        let joined: String = doc
            .paragraphs
            .iter()
            .map(|p| &doc.text[p.clone()])
            .collect();
        assert_eq!(joined, wide);
    }

    #[test]
    fn empty_text_has_no_title() {
        let doc = Document::from_text("empty.txt", "", false);
        assert!(doc.paragraphs.is_empty());
        assert_eq!(doc.display_title(), "empty.txt");
    }

    #[test]
    fn line_and_paragraph_separators_break() {
        let doc = Document::from_text("x", "Title\u{2028}sub\u{2029}one\u{2028}two", false);
        assert_eq!(&*doc.text, "Title\nsub\n\none\ntwo");
        assert_eq!(doc.title, "Title");
        let paras: Vec<&str> = doc
            .paragraphs
            .iter()
            .map(|r| &doc.text[r.clone()])
            .collect();
        assert_eq!(paras, ["Title\nsub", "one\ntwo"]);
    }

    #[test]
    fn annotation_characters_and_c1_become_markers() {
        let doc = Document::from_text("x", "a\u{fff9}b\u{fffa}c\u{fffb}d\u{85}e\u{2067}", false);
        assert_eq!(&*doc.text, "a\u{fffd}b\u{fffd}c\u{fffd}d\u{fffd}e\u{fffd}");
    }

    #[test]
    fn a_long_line_makes_a_short_title() {
        let doc = Document::from_text("x", &"word ".repeat(200_000), false);
        assert_eq!(doc.title.chars().count(), TITLE_MAX_CHARS);
        assert!(doc.title.ends_with('…'));
        assert!(doc.title.starts_with("word word"));
        let short = "A title of exactly two hundred characters ".repeat(5);
        let short = short
            .trim_end()
            .chars()
            .take(TITLE_MAX_CHARS)
            .collect::<String>();
        let doc = Document::from_text("x", &short, false);
        assert_eq!(doc.title, short);
    }

    #[test]
    fn a_title_is_cut_between_clusters() {
        // 150 letters then clusters of a letter and three accents: the 199th
        // character falls inside a cluster, so the cut goes before it.
        let text = "a".repeat(150) + &"e\u{301}\u{302}\u{303}".repeat(50);
        let doc = Document::from_text("x", &text, false);
        let kept = doc.title.strip_suffix('…').unwrap();
        assert_eq!(kept.chars().count(), 150 + 48);
        assert!(kept.ends_with("e\u{301}\u{302}\u{303}"));
        // One cluster longer than a title is cut between characters.
        let text = "e".to_string() + &"\u{301}".repeat(1000);
        let doc = Document::from_text("x", &text, false);
        assert_eq!(doc.title.chars().count(), TITLE_MAX_CHARS);
    }

    #[test]
    fn a_directory_skips_what_it_cannot_read() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), b"ELF\0\0binary").unwrap();
        fs::write(dir.path().join("b.md"), "Text\n\nbody").unwrap();
        fs::create_dir(dir.path().join("c.txt")).unwrap();
        let fifo = dir.path().join("d.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        let loaded = load_all(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(loaded.docs.len(), 1);
        assert_eq!(loaded.docs[0].title, "Text");
        assert_eq!(loaded.skipped.len(), 1);
        let skipped = &loaded.skipped[0];
        assert_eq!(skipped.dir, dir.path());
        assert_eq!(skipped.files.len(), 2);
        assert!(matches!(skipped.files[0].1, LoadError::Binary(_)));
        assert!(matches!(skipped.files[1].1, LoadError::NotRegular(_)));
        assert_eq!(
            skipped.summary(),
            "2 files: a.txt (binary), d.txt (not a regular file)"
        );
        let line = skipped.to_string();
        assert!(line.starts_with(&*dir.path().to_string_lossy()), "{line}");
        assert!(line.contains(": skipped 2 files: a.txt (binary)"), "{line}");
    }

    #[test]
    fn a_directory_of_nothing_readable_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..8 {
            fs::write(dir.path().join(format!("{i}.txt")), b"\0").unwrap();
        }
        let Err(LoadError::NoneReadable(skipped)) = load_all(&[dir.path().to_path_buf()]) else {
            panic!("expected an error");
        };
        assert_eq!(skipped.files.len(), 8);
        assert_eq!(
            skipped.summary(),
            "8 files: 0.txt (binary), 1.txt (binary), 2.txt (binary), 3.txt (binary), \
             4.txt (binary), … and 3 more"
        );
    }

    #[test]
    fn a_named_binary_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        fs::write(&file, b"\0").unwrap();
        assert!(matches!(load_all(&[file]), Err(LoadError::Binary(_))));
    }

    #[test]
    fn bundled_article_loads() {
        let docs = bundled();
        let seen: Vec<(&str, Format)> = docs.iter().map(|d| (&d.title[..], d.format())).collect();
        assert_eq!(
            seen,
            [
                (
                    "China confirms that North Korea\u{2019}s Kim Jong Un was in Beijing for talks with Xi Jinping",
                    Format::Text
                ),
                (
                    "Scholz and Macron agree a rail plan for the Rhine",
                    Format::Html
                ),
                ("Three Letters from the Danube", Format::Epub),
            ]
        );
        // The page is read as a reader mode shows it, the book by chapters.
        assert!(!docs[1].text.contains('<') && docs[1].text.contains("Strasbourg"));
        let chapters: Vec<&str> = docs[2]
            .structure
            .sections
            .iter()
            .map(|s| &s.title[..])
            .collect();
        assert_eq!(chapters.len(), 3, "{chapters:?}");
    }

    /// Up to `most` words (fewer than `most`), each one of `words` or up to
    /// six characters of any kind: text for a property of a scan over words.
    pub(crate) fn words_among(
        words: &[&'static str],
        most: usize,
    ) -> impl Strategy<Value = Vec<String>> {
        proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(words.to_vec()).prop_map(String::from),
                "\\PC{0,6}",
            ],
            0..most,
        )
    }

    /// Text made to be hard: combining marks, emoji sequences, CJK, Hangul
    /// jamo, right-to-left text, invisible and unsafe characters, every kind
    /// of line break, and any character at all.
    pub(crate) fn hostile() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[a-zA-Z]{1,10}",
            4 => Just(" ".to_string()),
            1 => Just("  ".to_string()),
            2 => any::<char>().prop_map(String::from),
            2 => proptest::collection::vec(proptest::char::range('\u{300}', '\u{36f}'), 1..60)
                .prop_map(String::from_iter),
            1 => Just("👨\u{200d}👩\u{200d}👧\u{200d}👦".to_string()),
            1 => Just("❤\u{fe0f}👍🏽".to_string()),
            1 => Just("🇰🇷🇯🇵🇦".to_string()),
            1 => "[日本語中文한국]{1,6}",
            1 => Just("\u{1100}\u{1161}\u{11a8}".to_string()),
            1 => Just("مرحبا لا שלום".to_string()),
            1 => Just("\u{600}\u{a0}\u{3000}\u{200b}\u{200d}\u{feff}".to_string()),
            1 => Just("\u{202e}\u{2066}\u{1b}[2J\u{7}\u{9b}".to_string()),
            1 => Just("\u{2028}".to_string()),
            1 => Just("\u{2029}".to_string()),
            1 => Just("\u{fff9}\u{fffa}\u{fffb}".to_string()),
            1 => "[\x00-\x1f\x7f]",
            1 => Just("\t".to_string()),
            1 => Just("\r".to_string()),
            1 => Just("\r\n".to_string()),
            1 => Just("\n".to_string()),
            1 => Just("\n\n".to_string()),
        ];
        proptest::collection::vec(piece, 0..80).prop_map(|parts| parts.concat())
    }

    fn check_document(raw: &str) -> Result<(), TestCaseError> {
        let doc = Document::from_text("x", raw, false);
        let text = doc.text.as_str();
        prop_assert!(
            !text.chars().any(|c| c != '\n' && sanitize::is_unsafe(c)),
            "unsafe character in {:?}",
            text
        );
        prop_assert_eq!(&*normalise(raw), text);
        let mut last_end = None;
        for p in &doc.paragraphs {
            prop_assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            prop_assert!(p.start < p.end, "empty paragraph {:?}", p);
            if let Some(end) = last_end {
                prop_assert!(p.start > end, "paragraphs out of order");
            }
            last_end = Some(p.end);
        }
        prop_assert!(!doc.title.contains('\n'));
        prop_assert!(doc.title.chars().count() <= TITLE_MAX_CHARS);
        prop_assert!(!doc.title.chars().any(sanitize::is_unsafe));
        Ok(())
    }

    /// [`normalise`] a character at a time, as plainly as it can be written.
    pub(crate) fn normalise_slowly(raw: &str) -> String {
        let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
        let mut out = String::new();
        let mut column = 0;
        let mut chars = raw.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' | '\n' | '\u{2028}' | '\u{2029}' => {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push_str(if c == '\u{2029}' { "\n\n" } else { "\n" });
                    column = 0;
                }
                '\t' => {
                    let spaces = TAB_WIDTH - column % TAB_WIDTH;
                    out.extend(std::iter::repeat_n(' ', spaces));
                    column += spaces;
                }
                _ => {
                    let shown = sanitize::marker(c).unwrap_or(c);
                    out.push(shown);
                    column += unicode_width::UnicodeWidthChar::width(shown).unwrap_or(0);
                }
            }
        }
        out
    }

    #[test]
    fn tabs_stop_by_the_width_before_them() {
        assert_eq!(normalise("日\tx"), "日      x");
        assert_eq!(normalise("\u{1b}\tx\ty"), "\u{241b}       x       y");
        assert_eq!(normalise("ab\r\n\tc"), "ab\n        c");
    }

    proptest! {
        #[test]
        fn any_text_normalises_safely(raw in any::<String>()) {
            check_document(&raw)?;
        }

        #[test]
        fn normalising_by_runs_matches_a_character_at_a_time(raw in hostile()) {
            prop_assert_eq!(normalise(&raw), normalise_slowly(&raw));
        }

        #[test]
        fn hostile_text_normalises_safely(raw in hostile()) {
            check_document(&raw)?;
        }

        #[test]
        fn any_bytes_load_or_are_binary(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            match Document::from_bytes("x", &bytes) {
                Ok(doc) => {
                    prop_assert!(!bytes.contains(&0));
                    prop_assert!(!doc.text.chars().any(|c| c != '\n' && sanitize::is_unsafe(c)));
                }
                Err(e) => {
                    prop_assert!(matches!(e, LoadError::Binary(_)));
                    prop_assert!(bytes.contains(&0));
                }
            }
        }
    }
}
