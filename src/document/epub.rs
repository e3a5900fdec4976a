//! EPUB books to a rendered document: the chapters of the spine, in order,
//! each a section titled from the table of contents.
//!
//! The archive is read in memory and never unpacked to disk. An archive made
//! to exhaust memory (a "zip bomb") is refused once it has given more than
//! the limits below, whatever sizes it declares; hrefs that climb out of the
//! archive are skipped.

use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::sync::Arc;

use zip::ZipArchive;

use super::format::Format;
use super::html;
use super::structure::{Builder, Rendered, collapse};

mod package;

/// What reading an archive may take.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// Files in the archive: books have hundreds.
    pub entries: usize,
    /// Bytes one file may unpack to: the longest chapters are a few MB.
    pub entry: u64,
    /// Bytes all the files read may unpack to, together.
    pub total: u64,
}

const MB: u64 = 1 << 20;

pub(crate) const LIMITS: Limits = Limits {
    entries: 10_000,
    entry: 128 * MB,
    total: 512 * MB,
};

pub const DRM: &str = "protected by DRM";

/// Render an EPUB; the error says in one line why it cannot be.
pub fn render(bytes: &[u8]) -> Result<Rendered, String> {
    render_with(bytes, LIMITS)
}

pub(crate) fn render_with(bytes: &[u8], limits: Limits) -> Result<Rendered, String> {
    let mut book = Book::open_with(Arc::from(bytes), limits)?;
    while !book.is_done() {
        book.step()?;
    }
    book.finish()
}

/// Why a file of the archive was not read.
#[derive(Debug)]
enum Unread {
    Missing,
    /// Refuse the whole book: it unpacks to too much.
    TooLarge(String),
    Broken,
}

/// An archive whose files are read within [`Limits`].
struct Archive {
    zip: ZipArchive<Cursor<Arc<[u8]>>>,
    /// Each file's index by its normalised path, and by that lowercased.
    names: HashMap<String, usize>,
    lower: HashMap<String, usize>,
    limits: Limits,
    /// Bytes unpacked so far.
    read: u64,
}

impl Archive {
    fn open(bytes: Arc<[u8]>, limits: Limits) -> Result<Archive, String> {
        let zip = ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| format!("not an EPUB: not a readable zip archive ({e})"))?;
        if zip.len() > limits.entries {
            return Err(format!(
                "too many files in this EPUB (over {})",
                limits.entries
            ));
        }
        let mut names = HashMap::new();
        let mut lower = HashMap::new();
        for index in 0..zip.len() {
            if let Some(path) = zip.name_for_index(index).and_then(|n| resolve("", n)) {
                lower.entry(path.to_lowercase()).or_insert(index);
                names.entry(path).or_insert(index);
            }
        }
        Ok(Archive {
            zip,
            names,
            lower,
            limits,
            read: 0,
        })
    }

    fn index(&self, path: &str) -> Option<usize> {
        self.names
            .get(path)
            .or_else(|| self.lower.get(&path.to_lowercase()))
            .copied()
    }

    fn has(&self, path: &str) -> bool {
        self.index(path).is_some()
    }

    /// The unpacked bytes of the file at `path` (normalised).
    fn read(&mut self, path: &str) -> Result<Vec<u8>, Unread> {
        let index = self.index(path).ok_or(Unread::Missing)?;
        let total_left = self.limits.total.saturating_sub(self.read);
        let limit = self.limits.entry.min(total_left);
        let too_large = |limits: Limits, whole: bool| {
            Unread::TooLarge(if whole {
                format!("too large when unpacked (over {} MB)", limits.total / MB)
            } else {
                format!(
                    "too large when unpacked ({path} is over {} MB)",
                    limits.entry / MB
                )
            })
        };
        let whole = total_left < self.limits.entry;
        let file = self.zip.by_index(index).map_err(|_| Unread::Broken)?;
        // The declared size may be a lie, so the reading is limited too.
        if file.size() > limit {
            return Err(too_large(self.limits, whole));
        }
        let mut out = Vec::with_capacity(usize::try_from(file.size().min(MB)).unwrap_or(0));
        file.take(limit + 1)
            .read_to_end(&mut out)
            .map_err(|_| Unread::Broken)?;
        self.read += out.len() as u64;
        if out.len() as u64 > limit {
            return Err(too_large(self.limits, whole));
        }
        Ok(out)
    }

    /// The text of a file that may be missing; too large is an error.
    fn text(&mut self, path: &str) -> Result<Option<String>, String> {
        match self.read(path) {
            Ok(bytes) => Ok(Some(html::decode(&bytes).0.into_owned())),
            Err(Unread::TooLarge(why)) => Err(why),
            Err(Unread::Missing | Unread::Broken) => Ok(None),
        }
    }
}

/// A book being rendered a chapter at a time, so that its first chapters
/// can be shown while the rest are rendered: the text of the chapters
/// rendered so far ([`Book::snapshot`]) is the start of the whole text.
pub struct Book {
    archive: Archive,
    pkg: package::Package,
    /// The package file's directory, that its hrefs are relative to.
    dir: String,
    toc: HashMap<String, (String, u8)>,
    builder: Builder,
    /// The next item of the spine to render.
    next: usize,
    chapters: usize,
    lossy: bool,
}

impl std::fmt::Debug for Book {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Book")
            .field("next", &self.next)
            .field("spine", &self.pkg.spine.len())
            .finish()
    }
}

impl Book {
    /// Open the book in `bytes`: its archive, package and table of contents
    /// are read now, its chapters by [`Book::step`].
    pub fn open(bytes: Arc<[u8]>) -> Result<Book, String> {
        Book::open_with(bytes, LIMITS)
    }

    fn open_with(bytes: Arc<[u8]>, limits: Limits) -> Result<Book, String> {
        let mut archive = Archive::open(bytes, limits)?;
        if archive.has("META-INF/rights.xml") || archive.has("META-INF/sinf.xml") {
            return Err(DRM.to_string());
        }
        if let Some(list) = archive.text("META-INF/encryption.xml")?
            && package::encrypts_content(&list)
        {
            return Err(DRM.to_string());
        }
        let container = archive
            .text("META-INF/container.xml")?
            .ok_or("not an EPUB: no META-INF/container.xml")?;
        let opf_path = package::rootfile(&container)
            .and_then(|p| resolve("", &p))
            .ok_or("not an EPUB: its container names no package file")?;
        let opf = archive
            .text(&opf_path)?
            .ok_or_else(|| format!("not an EPUB: no package file {opf_path}"))?;
        let pkg = package::package(&opf);
        if pkg.spine.is_empty() {
            return Err("not an EPUB: its spine lists no chapters".to_string());
        }
        let dir = parent(&opf_path).to_string();
        let toc = toc(&mut archive, &pkg, &dir)?;
        let mut builder = Builder::new(Format::Epub);
        builder.headings_are_sections(false);
        if let Some(t) = &pkg.title {
            builder.set_title(t);
        }
        if !pkg.authors.is_empty() {
            builder.set_author(&pkg.authors.join(", "));
        }
        Ok(Book {
            archive,
            pkg,
            dir,
            toc,
            builder,
            next: 0,
            chapters: 0,
            lossy: false,
        })
    }

    /// Whether every item of the spine has been rendered.
    pub fn is_done(&self) -> bool {
        self.next >= self.pkg.spine.len()
    }

    /// How many items of the spine are rendered, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.pkg.spine.len())
    }

    /// Bytes of text rendered so far.
    pub fn text_len(&self) -> usize {
        self.builder.len()
    }

    /// Render the next item of the spine (one that is not a chapter, or
    /// cannot be read, is passed over).
    pub fn step(&mut self) -> Result<(), String> {
        let Some(id) = self.pkg.spine.get(self.next) else {
            return Ok(());
        };
        let n = self.next;
        self.next += 1;
        let Some(item) = self.pkg.manifest.get(id) else {
            return Ok(());
        };
        if !matches!(
            item.media_type.as_str(),
            "application/xhtml+xml" | "text/html" | ""
        ) {
            return Ok(());
        }
        let Some(path) = resolve(&self.dir, &item.href) else {
            return Ok(());
        };
        let bytes = match self.archive.read(&path) {
            Ok(bytes) => bytes,
            Err(Unread::TooLarge(why)) => return Err(why),
            Err(Unread::Missing | Unread::Broken) => return Ok(()),
        };
        let (text, bad) = html::decode(&bytes);
        self.lossy |= bad;
        let xhtml = expand_self_closing(&text);
        let (doc, _) = html::parse(&xhtml);
        let Some(body) = doc.body() else {
            return Ok(());
        };
        let title = match self.toc.get(&path) {
            Some((title, level)) => (title.clone(), *level),
            None => {
                let heading = collapse(&doc.select_single("h1, h2, h3, h4, h5, h6").text());
                if heading.is_empty() {
                    (format!("Chapter {}", n + 1), 1)
                } else {
                    (heading, 1)
                }
            }
        };
        self.builder.section(&title.0, title.1);
        html::walk(&mut self.builder, &body);
        self.chapters += 1;
        Ok(())
    }

    /// The chapters rendered so far: the start of the whole book's text.
    pub fn snapshot(&self) -> Rendered {
        let mut r = self.builder.clone().finish();
        r.lossy |= self.lossy;
        r
    }

    /// The whole book, once every chapter is rendered.
    pub fn finish(self) -> Result<Rendered, String> {
        if self.chapters == 0 {
            return Err("no chapter of this EPUB could be read".to_string());
        }
        let mut rendered = self.builder.finish();
        rendered.lossy |= self.lossy;
        Ok(rendered)
    }
}

/// Each file's title and level from the table of contents: the first entry
/// that points into it.
fn toc(
    archive: &mut Archive,
    pkg: &package::Package,
    dir: &str,
) -> Result<HashMap<String, (String, u8)>, String> {
    let mut entries = Vec::new();
    if let Some(path) = pkg.nav().and_then(|h| resolve(dir, h))
        && let Some(text) = archive.text(&path)?
    {
        let (doc, _) = html::parse(&expand_self_closing(&text));
        entries = package::nav(&doc)
            .into_iter()
            .map(|e| (parent(&path).to_string(), e))
            .collect();
    }
    if entries.is_empty()
        && let Some(path) = pkg.ncx().and_then(|h| resolve(dir, h))
        && let Some(text) = archive.text(&path)?
    {
        entries = package::ncx(&text)
            .into_iter()
            .map(|e| (parent(&path).to_string(), e))
            .collect();
    }
    let mut map = HashMap::new();
    for (base, e) in entries {
        if let Some(path) = resolve(&base, &e.href) {
            map.entry(path).or_insert((e.title, e.level));
        }
    }
    Ok(map)
}

/// The directory of an archive path (`""` at the root).
fn parent(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..i])
}

/// The archive path `href` points to from the directory `base`: without its
/// fragment or query, percent-decoded, `.` and `..` resolved. `None` for
/// hrefs to the web, absolute paths and paths that climb out of the archive.
pub(crate) fn resolve(base: &str, href: &str) -> Option<String> {
    let href = href.split(['#', '?']).next().unwrap_or("").trim();
    let href = percent_decode(href)?;
    if href.is_empty() || href.starts_with('/') || href.starts_with('\\') {
        return None;
    }
    // A scheme (`http:`, `file:`, `C:`) before any `/`.
    if href
        .split('/')
        .next()
        .is_some_and(|first| first.contains(':'))
    {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in base.split('/').chain(href.split('/')) {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p if p.contains('\\') || p.contains('\0') => return None,
            p => parts.push(p),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = s.get(i + 1..i + 3)
            && let Ok(v) = u8::from_str_radix(hex, 16)
        {
            out.push(v);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// XHTML's `<tag/>` written as `<tag></tag>` for elements that are not void
/// in HTML, which the HTML parser would otherwise leave open (a `<title/>`
/// would swallow the whole chapter).
fn expand_self_closing(xhtml: &str) -> String {
    const VOID: [&str; 14] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    ];
    let s = xhtml.as_bytes();
    let mut out = String::with_capacity(xhtml.len() + xhtml.len() / 16);
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = s[i..].iter().position(|&c| c == b'<') {
        let at = i + off;
        i = at + 1;
        let name_len = s[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b':' | b'-' | b'_'))
            .count();
        if name_len == 0 || !s[at + 1].is_ascii_alphabetic() {
            continue;
        }
        // The tag ends at the first `>` outside quotes.
        let mut quote = None;
        let mut end = None;
        for (j, &c) in s[at + 1 + name_len..].iter().enumerate() {
            match (quote, c) {
                (None, b'"' | b'\'') => quote = Some(c),
                (Some(q), _) if c == q => quote = None,
                (None, b'>') => {
                    end = Some(at + 1 + name_len + j);
                    break;
                }
                _ => {}
            }
        }
        let Some(end) = end else {
            break;
        };
        i = end + 1;
        let name = &xhtml[at + 1..at + 1 + name_len];
        if s[end - 1] == b'/'
            && end - 1 > at + name_len
            && !VOID.iter().any(|v| v.eq_ignore_ascii_case(name))
        {
            out.push_str(&xhtml[copied..end - 1]);
            out.push_str("></");
            out.push_str(name);
            out.push('>');
            copied = end + 1;
        }
    }
    out.push_str(&xhtml[copied..]);
    out
}

#[cfg(test)]
mod tests;
