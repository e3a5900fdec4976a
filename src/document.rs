//! Loading articles: files, directories, standard input and the bundled seeds.
//!
//! Every document is decoded to UTF-8 and normalised once, here. All positions in
//! the rest of the program are byte offsets into [`Document::text`].

use std::fs;
use std::io::{self, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use thiserror::Error;

/// How many leading bytes are checked for NUL to tell a binary file.
const BINARY_PROBE: usize = 8 * 1024;
/// Tab stops are every this many columns.
const TAB_WIDTH: usize = 8;

/// The articles bundled into the binary, as (file name, text).
pub const BUNDLED: &[(&str, &str)] = &[(
    "seeds/kim-jong-un-beijing.txt",
    include_str!("../seeds/kim-jong-un-beijing.txt"),
)];

#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{0}: no such file or directory")]
    NotFound(PathBuf),
    #[error("{0}: no .txt or .md articles in this directory")]
    EmptyDirectory(PathBuf),
    #[error("{0}: binary file (it contains NUL bytes), not an article")]
    Binary(PathBuf),
    #[error("{0}: not a regular file")]
    NotRegular(PathBuf),
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
    /// the background (finding entities) needs no copy.
    pub text: Arc<str>,
    /// Byte ranges of paragraphs (runs of non-blank lines), in order.
    pub paragraphs: Vec<Range<usize>>,
    /// True when invalid UTF-8 was replaced while decoding.
    pub lossy: bool,
}

impl Document {
    /// Decode raw bytes into a document. Fails on binary content.
    pub fn from_bytes(path: &str, bytes: &[u8]) -> Result<Document, LoadError> {
        let probe = &bytes[..bytes.len().min(BINARY_PROBE)];
        if probe.contains(&0) {
            return Err(LoadError::Binary(PathBuf::from(path)));
        }
        let (decoded, lossy) = match std::str::from_utf8(bytes) {
            Ok(s) => (std::borrow::Cow::Borrowed(s), false),
            Err(_) => (String::from_utf8_lossy(bytes), true),
        };
        Ok(Document::from_text(path, &decoded, lossy))
    }

    /// Build a document from text that is already decoded.
    pub fn from_text(path: &str, raw: &str, lossy: bool) -> Document {
        let text = normalise(raw);
        let paragraphs = paragraphs(&text);
        let title = paragraphs
            .first()
            .map(|p| {
                text[p.clone()]
                    .lines()
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_string()
            })
            .unwrap_or_default();
        Document {
            path: path.to_string(),
            title,
            text: text.into(),
            paragraphs,
            lossy,
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

/// The bundled articles.
pub fn bundled() -> Vec<Document> {
    BUNDLED
        .iter()
        .map(|(name, text)| Document::from_text(name, text, false))
        .collect()
}

/// Load every article named by `paths`: files, directories (their `.txt` and
/// `.md` files, sorted by name) and `-` for standard input.
pub fn load_all(paths: &[PathBuf]) -> Result<Vec<Document>, LoadError> {
    let mut docs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            docs.push(load_stdin()?);
        } else {
            docs.extend(load_path(path)?);
        }
    }
    Ok(docs)
}

/// Load a file or a directory of articles.
pub fn load_path(path: &Path) -> Result<Vec<Document>, LoadError> {
    if metadata(path)?.is_dir() {
        let mut files: Vec<PathBuf> = fs::read_dir(path)
            .map_err(|e| io_error(path, e))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| is_article_name(p) && p.is_file())
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(LoadError::EmptyDirectory(path.to_path_buf()));
        }
        return files.iter().map(|f| load_file(f)).collect();
    }
    Ok(vec![load_file(path)?])
}

fn is_article_name(p: &Path) -> bool {
    matches!(
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md")
    )
}

/// Load one regular file.
pub fn load_file(path: &Path) -> Result<Document, LoadError> {
    if !metadata(path)?.is_file() {
        return Err(LoadError::NotRegular(path.to_path_buf()));
    }
    let bytes = fs::read(path).map_err(|e| io_error(path, e))?;
    Document::from_bytes(&path.to_string_lossy(), &bytes)
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
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io {
            path: PathBuf::from("-"),
            source,
        })?;
    Document::from_bytes("-", &bytes)
}

/// Normalise decoded text: drop a BOM, turn CRLF and lone CR into `\n`, expand
/// tabs, and replace control characters (which would drive the terminal) with
/// visible markers.
pub fn normalise(raw: &str) -> String {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let mut out = String::with_capacity(raw.len());
    let mut column = 0usize;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
                column = 0;
            }
            '\n' => {
                out.push('\n');
                column = 0;
            }
            '\t' => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            _ => {
                let shown = visible(c);
                out.push(shown);
                column += unicode_width::UnicodeWidthChar::width(shown).unwrap_or(0);
            }
        }
    }
    out
}

/// A character safe to draw: control characters become their Unicode "control
/// picture", bidirectional overrides and C1 controls the replacement character.
fn visible(c: char) -> char {
    match c {
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => '\u{fffd}',
        _ => c,
    }
}

/// Byte ranges of the runs of non-blank lines.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        if body.trim().is_empty() {
            out.extend(current.take());
        } else {
            let end = pos + body.len();
            match current.as_mut() {
                Some(r) => r.end = end,
                None => current = Some(pos..end),
            }
        }
        pos += line.len();
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn empty_text_has_no_title() {
        let doc = Document::from_text("empty.txt", "", false);
        assert!(doc.paragraphs.is_empty());
        assert_eq!(doc.display_title(), "empty.txt");
    }

    #[test]
    fn bundled_article_loads() {
        let docs = bundled();
        assert_eq!(docs.len(), 1);
        assert!(docs[0].title.starts_with("China confirms"));
    }
}
