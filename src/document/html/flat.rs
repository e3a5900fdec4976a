//! A guard against pages nested absurdly deep: the HTML parser takes time
//! that grows with the square of the nesting, and Readability recurses over
//! it. Such a page is flattened before it is parsed: every tag that starts a
//! block becomes `<p>`, the rest are dropped, so its text stays, in
//! paragraphs, without its structure.

/// Pages whose elements may nest deeper than this are flattened. Real pages
/// stay well under a hundred.
pub(crate) const MAX_DEPTH: usize = 1_000;

/// Elements that have no end tag, or whose end tag the parser implies from
/// what follows (so that they never nest deeper than their container).
fn never_nests(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"tr"
            | b"td"
            | b"th"
            | b"option"
            | b"html"
            | b"head"
            | b"body"
    )
}

fn is_block(name: &[u8]) -> bool {
    matches!(
        name,
        b"p" | b"div"
            | b"section"
            | b"article"
            | b"li"
            | b"tr"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"blockquote"
            | b"pre"
            | b"table"
            | b"ul"
            | b"ol"
            | b"dd"
            | b"dt"
            | b"hr"
            | b"br"
    )
}

/// A tag in the source: its lowercased name, whether it closes, and where
/// it ends.
struct Tag {
    name: Vec<u8>,
    close: bool,
    self_closing: bool,
    end: usize,
}

/// The tag that starts at `at` (a `<`), if one does; comments, doctypes and
/// processing instructions give an empty name.
fn tag_at(s: &[u8], at: usize) -> Option<Tag> {
    let rest = s.get(at + 1..)?;
    if rest.starts_with(b"!--") {
        let end = find(&rest[3..], b"-->").map_or(s.len(), |e| at + 4 + e + 3);
        return Some(Tag {
            name: Vec::new(),
            close: false,
            self_closing: true,
            end,
        });
    }
    let (close, name_at) = match rest.first() {
        Some(b'/') => (true, 1),
        Some(c) if c.is_ascii_alphabetic() => (false, 0),
        Some(b'!' | b'?') => (false, 0),
        _ => return None,
    };
    let name: Vec<u8> = rest[name_at..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(u8::to_ascii_lowercase)
        .collect();
    // The tag ends at the first `>` outside quotes.
    let mut quote = None;
    let mut end = s.len();
    for (i, &c) in rest.iter().enumerate() {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, b'>') => {
                end = at + 1 + i + 1;
                break;
            }
            _ => {}
        }
    }
    let self_closing = end >= 2 && s.get(end - 2) == Some(&b'/');
    Some(Tag {
        name,
        close,
        self_closing,
        end,
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// How deep the elements of `html` may nest, at most (an estimate that errs
/// high: end tags left out count as still open).
pub(crate) fn depth(html: &str) -> usize {
    let s = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = memchr(b'<', &s[i..]) {
        let at = i + off;
        let Some(tag) = tag_at(s, at) else {
            i = at + 1;
            continue;
        };
        i = tag.end.max(at + 1);
        if tag.name.is_empty() || never_nests(&tag.name) {
            continue;
        }
        if tag.close {
            depth = depth.saturating_sub(1);
        } else if !tag.self_closing {
            depth += 1;
            max = max.max(depth);
        }
        if !tag.close && !tag.self_closing {
            i = skip_raw_text(s, i, &tag.name);
        }
    }
    max
}

/// Where the text after a `<script>` or `<style>` opened at `from` ends:
/// their text is not markup.
fn skip_raw_text(s: &[u8], from: usize, name: &[u8]) -> usize {
    if !matches!(name, b"script" | b"style") {
        return from;
    }
    let mut closing = b"</".to_vec();
    closing.extend_from_slice(name);
    s[from..]
        .windows(closing.len())
        .position(|w| w.eq_ignore_ascii_case(&closing))
        .map_or(s.len(), |e| from + e)
}

fn memchr(c: u8, s: &[u8]) -> Option<usize> {
    s.iter().position(|&b| b == c)
}

/// `html` with its structure dropped: see the module notes.
pub(crate) fn flatten(html: &str) -> String {
    let s = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0;
    let mut skip: Option<Vec<u8>> = None;
    while let Some(off) = memchr(b'<', &s[i..]) {
        let at = i + off;
        if skip.is_none() {
            out.push_str(&html[i..at]);
        }
        let Some(tag) = tag_at(s, at) else {
            if skip.is_none() {
                out.push_str("&lt;");
            }
            i = at + 1;
            continue;
        };
        i = tag.end.max(at + 1);
        let name = tag.name.as_slice();
        if !tag.close && !tag.self_closing {
            i = skip_raw_text(s, i, name);
        }
        if let Some(until) = &skip {
            if tag.close && name == until.as_slice() {
                skip = None;
            }
            continue;
        }
        match name {
            b"script" | b"style" | b"head" | b"template" | b"noscript" | b"svg"
                if !tag.close && !tag.self_closing =>
            {
                skip = Some(tag.name.clone());
            }
            _ if is_block(name) => out.push_str("<p>"),
            _ => {}
        }
    }
    if skip.is_none() && i < html.len() {
        out.push_str(&html[i..]);
    }
    out
}
