//! HTML pages to a rendered document, as a browser's reader mode shows them:
//! the article picked out of the page (by [`dom_smoothie`]'s port of
//! Readability) without its menus, banners and footers, headed by its title.
//! A page where no article is found is shown whole, with a notice.

use std::borrow::Cow;

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::format::Format;
use super::structure::{Block, BlockKind, Builder, Rendered, collapse};

mod flat;
mod walk;

pub(crate) use walk::walk;

/// How far into a page its `<meta charset>` is looked for.
const CHARSET_PROBE: usize = 4 * 1024;
/// An article with fewer characters of text than this is not one: the
/// whole page is shown instead.
const MIN_ARTICLE_CHARS: usize = 200;
/// Readability gives up on pages with more elements than this, and the
/// whole page is shown; it scores every element, several times over.
const MAX_ELEMENTS: usize = 200_000;

pub const NO_ARTICLE: &str = "no article found in this page: showing all its text";
pub const TOO_DEEP: &str = "this page nests too deep to lay out: showing its text only";

/// Parse `html`, flattened first if it nests too deep (see [`flat`]); and
/// whether it was.
pub(crate) fn parse(html: &str) -> (Document, bool) {
    if flat::depth(html) > flat::MAX_DEPTH {
        (Document::from(flat::flatten(html)), true)
    } else {
        (Document::from(html), false)
    }
}

/// Render an HTML page; see the module notes.
pub fn render(bytes: &[u8]) -> Rendered {
    let (html, decode_lossy) = decode(bytes);
    let (page, flattened) = parse(&html);
    let title = title(&page);
    let meta_author = meta(&page, &["author", "article:author", "dc.creator"]);

    let config = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut b = Builder::new(Format::Html);
    if let Some(t) = &title {
        b.set_title(t);
    }
    // A page that marks its article plainly is read from that mark, at once;
    // Readability scores every paragraph of the page, which takes long on a
    // big one.
    if !flattened && let Some(article) = marked_article(&page) {
        let mut fast = b.clone();
        if let Some(by) = byline(&article).or_else(|| meta_author.clone()) {
            fast.set_author(&by);
        }
        headline(&mut fast, title.as_deref(), &article);
        let before = fast.len();
        walk(&mut fast, &article);
        // Too little to be the story: Readability looks at the whole page.
        if fast.len() - before >= MIN_ARTICLE_CHARS {
            let mut rendered = fast.finish();
            rendered.lossy |= decode_lossy;
            return rendered;
        }
    }
    let article = Readability::with_document(page, None, Some(config))
        .ok()
        .filter(|_| !flattened)
        .and_then(|mut r| {
            let article = r.parse().ok()?;
            (article.text_content.trim().chars().count() >= MIN_ARTICLE_CHARS)
                .then_some((r, article))
        });
    match article {
        Some((r, article)) => {
            if let Some(by) = article.byline.as_deref().or(meta_author.as_deref()) {
                b.set_author(by);
            }
            let root = r.doc.select_single("#readability-page-1");
            if let Some(node) = root.nodes().first() {
                headline(&mut b, title.as_deref(), node);
                walk(&mut b, node);
            }
        }
        None => {
            if let Some(by) = &meta_author {
                b.set_author(by);
            }
            b.set_notice(if flattened { TOO_DEEP } else { NO_ARTICLE });
            let (page, _) = parse(&html);
            if let Some(body) = page.body() {
                headline(&mut b, title.as_deref(), &body);
                walk(&mut b, &body);
            }
        }
    }
    let mut rendered = b.finish();
    rendered.lossy |= decode_lossy;
    rendered
}

/// Elements an article holds besides its story: menus, asides, forms,
/// buttons, scripts.
const NOT_THE_STORY: &[&str] = &[
    "nav", "aside", "form", "button", "footer", "script", "style", "noscript", "template", "iframe",
];

/// Words in the class or id of a box that is not the story: share bars,
/// related stories, comments, newsletter, cookie and advertising boxes.
const NOT_THE_STORY_NAMES: &[&str] = &[
    "share",
    "social",
    "related",
    "newsletter",
    "promo",
    "advert",
    "cookie",
    "comment",
];

/// Whether `node`, an element inside an article, is not part of the story.
fn not_the_story(node: &NodeRef) -> bool {
    let Some(name) = node.node_name() else {
        return false;
    };
    if NOT_THE_STORY.contains(&&*name) {
        return true;
    }
    if node.attr("aria-hidden").is_some_and(|v| &*v == "true")
        || node
            .attr("role")
            .is_some_and(|v| matches!(&*v, "complementary" | "navigation"))
    {
        return true;
    }
    [node.class(), node.id_attr()]
        .into_iter()
        .flatten()
        .any(|v| {
            let v = v.to_ascii_lowercase();
            NOT_THE_STORY_NAMES.iter().any(|w| v.contains(w))
        })
}

/// The article a page marks as such, when it marks exactly one (an
/// `<article>`, or an element with `itemprop="articleBody"`) and that one
/// holds most (70%) of the page's paragraphs. What in it is not the story
/// ([`not_the_story`]) is taken out of the page.
fn marked_article(page: &Document) -> Option<NodeRef<'_>> {
    // Paragraphs are counted, not measured: a page's text is not copied
    // out to choose.
    let count = |selector: &str| page.select(selector).length();
    let mut all = None;
    for mark in ["[itemprop=articleBody]", "article"] {
        let found = page.select(mark);
        if found.length() != 1 {
            continue;
        }
        let article = found.nodes().first().cloned()?;
        let inside = count(&format!("{mark} p"));
        if inside == 0 {
            continue;
        }
        let all = *all.get_or_insert_with(|| count("body p"));
        if inside * 10 >= all * 7 {
            let junk: Vec<NodeRef> = article
                .descendants_it()
                .filter(|n| n.is_element() && not_the_story(n))
                .collect();
            for n in junk {
                n.remove_from_parent();
            }
            return Some(article);
        }
    }
    None
}

/// The author an article names in its byline (`By Jane Doe`), if it has a
/// short one.
fn byline(article: &NodeRef) -> Option<String> {
    let sel = dom_query::Selection::from(*article)
        .select("[rel=author], [itemprop=author], [class*=byline], [class*=author]");
    let text = collapse(&sel.nodes().first()?.text());
    let text = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("by "))
        .unwrap_or(&text);
    (!text.is_empty() && text.chars().count() <= 100).then(|| text.to_string())
}

/// The page's text, decoded by its BOM, else the charset its `<meta>` gives,
/// else as UTF-8; and whether bytes that did not decode were replaced.
pub(crate) fn decode(bytes: &[u8]) -> (Cow<'_, str>, bool) {
    let encoding = meta_charset(&bytes[..bytes.len().min(CHARSET_PROBE)]).unwrap_or(UTF_8);
    // A BOM, if any, overrides the charset and is dropped.
    let (text, _, lossy) = encoding.decode(bytes);
    (text, lossy)
}

/// The encoding named by a `<meta charset>` or `<meta http-equiv
/// content="…; charset=…">` in `head`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at + 5;
        let end = lower[start..]
            .iter()
            .position(|&c| c == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let label_end = rest
                    .iter()
                    .position(|c| matches!(c, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..label_end]) {
                    // As browsers do: a page that says UTF-16 in ASCII is not.
                    return Some(if enc.is_single_byte() || enc == UTF_8 {
                        enc
                    } else if enc.name().starts_with("UTF-16") {
                        UTF_8
                    } else if enc.name() == "x-user-defined" {
                        WINDOWS_1252
                    } else {
                        enc
                    });
                }
            }
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &s[n..]
}

/// The content of the first `<meta name|property=…>` with one of `names`.
fn meta(page: &Document, names: &[&str]) -> Option<String> {
    for node in page.select("meta").nodes() {
        let key = node
            .attr("property")
            .or_else(|| node.attr("name"))
            .map(|k| k.to_ascii_lowercase());
        if let Some(key) = key
            && names.contains(&key.as_str())
            && let Some(content) = node.attr("content")
        {
            let c = collapse(&content);
            if !c.is_empty() {
                return Some(c);
            }
        }
    }
    None
}

/// The page's title: its `og:title`, else its first `<h1>`, else its
/// `<title>` without the site's name after it.
fn title(page: &Document) -> Option<String> {
    if let Some(t) = meta(page, &["og:title", "twitter:title"]) {
        return Some(t);
    }
    let h1 = collapse(&page.select_single("h1").text());
    if !h1.is_empty() {
        return Some(h1);
    }
    let t = collapse(&page.select_single("title").text());
    (!t.is_empty()).then(|| without_site(&t).to_string())
}

/// A `<title>` without a trailing ` | Site`, ` - Site` or ` — Site`.
fn without_site(title: &str) -> &str {
    [" | ", " - ", " — ", " – ", " · "]
        .iter()
        .filter_map(|sep| title.rfind(sep))
        .max()
        .map(|at| title[..at].trim_end())
        .filter(|t| !t.is_empty())
        .unwrap_or(title)
}

/// Write the title as a heading first, unless the article starts with it.
fn headline(b: &mut Builder, title: Option<&str>, content: &NodeRef) {
    let Some(title) = title else {
        return;
    };
    if starts_with(content, title) {
        return;
    }
    b.block(Block::of(BlockKind::Heading(1)));
    b.text(title);
    b.end_block();
}

/// Whether the text of `node` starts with `words` (whitespace and case
/// aside); only as much of its text is looked at as `words` needs.
fn starts_with(node: &NodeRef, words: &str) -> bool {
    let want: Vec<String> = words.split_whitespace().map(str::to_lowercase).collect();
    let mut got: Vec<String> = Vec::new();
    for n in node.descendants_it() {
        if got.len() >= want.len() {
            break;
        }
        if n.is_text() && !has_skipped_parent(&n) {
            got.extend(n.text().split_whitespace().map(str::to_lowercase));
        }
    }
    got.len() >= want.len() && got[..want.len()] == want[..]
}

fn has_skipped_parent(n: &NodeRef) -> bool {
    n.parent()
        .and_then(|p| p.node_name())
        .is_some_and(|name| matches!(&*name, "script" | "style" | "noscript" | "template"))
}

#[cfg(test)]
mod tests;
