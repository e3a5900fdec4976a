//! Which format a document is in: told by the user, else sniffed from its
//! first bytes, else guessed from its name.

use std::fmt;
use std::str::FromStr;

/// The formats folio reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Format {
    /// Plain text, shown as it is.
    #[default]
    Text,
    Markdown,
    Html,
    Epub,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Text, Format::Markdown, Format::Html, Format::Epub];

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Epub => "epub",
        }
    }

    /// The format of a file called `name` whose first bytes are `head`:
    /// an EPUB or an HTML page by what it holds, whatever its name; Markdown
    /// by its extension or by front matter (`---` then `key: value` lines);
    /// anything else text.
    pub fn sniff(name: &str, head: &[u8]) -> Format {
        let ext = extension(name);
        // A zip named .epub is taken for one even when its `mimetype` entry
        // is not first or is compressed, as some books are made.
        if is_epub(head) || (ext == "epub" && head.starts_with(b"PK\x03\x04")) {
            return Format::Epub;
        }
        if is_html(head) {
            // A Markdown file may start with an HTML block; its name says.
            return if is_markdown_name(&ext) {
                Format::Markdown
            } else {
                Format::Html
            };
        }
        if matches!(ext.as_str(), "html" | "htm" | "xhtml") && looks_like_markup(head) {
            return Format::Html;
        }
        if is_markdown_name(&ext) || has_front_matter(head) {
            return Format::Markdown;
        }
        Format::Text
    }

    /// Whether a directory listing should pick up a file with this name.
    pub fn is_article_extension(ext: &str) -> bool {
        matches!(
            ext,
            "txt" | "text" | "md" | "markdown" | "mdown" | "html" | "htm" | "xhtml" | "epub"
        )
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        let s = s.to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s || (s == "md" && *f == Format::Markdown))
            .ok_or_else(|| format!("unknown format `{s}`: one of text, markdown, html, epub"))
    }
}

fn extension(name: &str) -> String {
    std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn is_markdown_name(ext: &str) -> bool {
    matches!(ext, "md" | "markdown" | "mdown" | "mkd")
}

/// A zip archive whose first entry is `mimetype`, stored, holding
/// `application/epub+zip`, as the EPUB container format asks.
fn is_epub(head: &[u8]) -> bool {
    head.starts_with(b"PK\x03\x04")
        && head.len() >= 58
        && &head[30..38] == b"mimetype"
        && head[38..].starts_with(b"application/epub+zip")
}

/// The first bytes past a BOM and whitespace, lowercased.
fn start(head: &[u8]) -> Vec<u8> {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let from = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    head[from..head.len().min(from + 512)].to_ascii_lowercase()
}

/// An HTML document: it starts (after comments and an XML declaration) with a
/// doctype or an `<html>`, `<head>` or `<body>` tag.
fn is_html(head: &[u8]) -> bool {
    let mut s = start(head);
    loop {
        if s.starts_with(b"<!doctype html") {
            return true;
        }
        let skip = if s.starts_with(b"<!--") {
            find(&s, b"-->").map(|i| i + 3)
        } else if s.starts_with(b"<?xml") {
            find(&s, b"?>").map(|i| i + 2)
        } else {
            None
        };
        match skip {
            Some(i) => {
                let rest = &s[i..];
                let from = rest
                    .iter()
                    .position(|b| !b.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                s = rest[from..].to_vec();
            }
            None => break,
        }
    }
    [b"<html".as_slice(), b"<head", b"<body"].iter().any(|tag| {
        s.starts_with(tag)
            && s.get(tag.len())
                .is_none_or(|&b| b == b'>' || b.is_ascii_whitespace())
    })
}

/// Text that starts with a tag: an `.html` file that is a fragment.
fn looks_like_markup(head: &[u8]) -> bool {
    start(head).first() == Some(&b'<')
}

/// `---` on the first line, then `key: value` lines up to another `---`.
fn has_front_matter(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&head[..head.len().min(4096)]);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return false;
    }
    let mut keys = 0;
    for line in lines {
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return keys > 0;
        }
        let key = line.split(':').next().unwrap_or("");
        let is_key = line.contains(':')
            && !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
        if is_key {
            keys += 1;
        } else if !line.starts_with([' ', '-', '\t']) && !line.is_empty() {
            return false;
        }
    }
    false
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_known_by_its_start_whatever_its_name() {
        for head in [
            "<!DOCTYPE html><html>",
            "\u{feff}  <!doctype HTML>",
            "<!-- saved --> <html lang=en>",
            "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
            "<HEAD><title>x</title>",
        ] {
            assert_eq!(Format::sniff("-", head.as_bytes()), Format::Html, "{head}");
        }
        assert_eq!(Format::sniff("page.htm", b"<p>a fragment"), Format::Html);
        assert_eq!(
            Format::sniff("notes.md", b"<html>\n# Title"),
            Format::Markdown
        );
    }

    #[test]
    fn text_that_mentions_tags_is_text() {
        for head in [
            "The <html> tag starts a page.",
            "<b>not a page",
            "htmlish",
            "",
        ] {
            assert_eq!(
                Format::sniff("a.txt", head.as_bytes()),
                Format::Text,
                "{head}"
            );
        }
    }

    #[test]
    fn markdown_by_name_or_front_matter() {
        assert_eq!(Format::sniff("a.md", b"plain words"), Format::Markdown);
        assert_eq!(Format::sniff("a.MARKDOWN", b"x"), Format::Markdown);
        let fm = b"---\ntitle: A walk\ntags:\n  - x\n---\n\n# A walk\n";
        assert_eq!(Format::sniff("-", fm), Format::Markdown);
        assert_eq!(
            Format::sniff("-", b"---\nA rule, then prose.\n---\n"),
            Format::Text
        );
        assert_eq!(Format::sniff("-", b"---\n"), Format::Text);
    }

    #[test]
    fn epub_by_its_mimetype_entry() {
        let mut head = b"PK\x03\x04".to_vec();
        head.extend_from_slice(&[0; 26]);
        head.extend_from_slice(b"mimetypeapplication/epub+zip");
        assert_eq!(Format::sniff("book.bin", &head), Format::Epub);
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend_from_slice(&[0; 40]);
        assert_eq!(Format::sniff("a.zip", &zip), Format::Text);
        assert_eq!(Format::sniff("sloppy.EPUB", &zip), Format::Epub);
    }

    #[test]
    fn names_parse() {
        assert_eq!("MD".parse::<Format>(), Ok(Format::Markdown));
        assert_eq!("epub".parse::<Format>(), Ok(Format::Epub));
        assert!("pdf".parse::<Format>().is_err());
    }

    #[test]
    fn sniffing_never_panics_on_short_or_odd_bytes() {
        for head in [
            &b""[..],
            b"P",
            b"PK\x03\x04",
            b"\xef\xbb",
            b"<!--",
            b"<?xml",
            b"---\n\xff",
        ] {
            let _ = Format::sniff("x", head);
        }
    }
}
