//! A walk over an HTML tree that describes it to a [`Builder`]: blocks for
//! paragraphs, headings, list items, quotes, preformatted text and table
//! rows; styles for emphasis, code and links. Shared by HTML pages and the
//! chapters of an EPUB.
//!
//! The walk keeps its own stack, so a page nested ever so deep cannot
//! overflow the thread's.

use dom_query::{NodeData, NodeRef};

use crate::document::structure::{Block, BlockKind, Builder, List, Style};

/// What an element is to the walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    /// Not shown, nor anything inside.
    Skip,
    /// Parts paragraphs: its text is a block of its own.
    Block,
    Heading(u8),
    List {
        ordered: bool,
    },
    Item,
    Quote,
    Pre,
    Style(Style),
    Link,
    Break,
    Rule,
    Image,
    Caption,
    Table,
    Row,
    Cell {
        head: bool,
    },
    /// Anything else: its text flows with the text around it.
    Inline,
}

fn tag_of(name: &str) -> Tag {
    match name {
        "script" | "style" | "noscript" | "template" | "svg" | "head" | "iframe" | "object"
        | "canvas" | "button" | "select" | "textarea" | "input" | "math" | "audio" | "video"
        | "map" | "title" => Tag::Skip,
        "p" | "div" | "section" | "article" | "main" | "aside" | "header" | "footer" | "nav"
        | "address" | "center" | "details" | "summary" | "dl" | "dt" | "dd" | "form"
        | "fieldset" | "legend" | "hgroup" | "figure" | "body" | "html" | "dialog" | "search"
        | "caption" => Tag::Block,
        "h1" => Tag::Heading(1),
        "h2" => Tag::Heading(2),
        "h3" => Tag::Heading(3),
        "h4" => Tag::Heading(4),
        "h5" => Tag::Heading(5),
        "h6" => Tag::Heading(6),
        "ul" | "menu" | "dir" => Tag::List { ordered: false },
        "ol" => Tag::List { ordered: true },
        "li" => Tag::Item,
        "blockquote" => Tag::Quote,
        "pre" | "listing" | "xmp" | "plaintext" => Tag::Pre,
        "em" | "i" | "cite" | "dfn" | "var" => Tag::Style(Style::EMPHASIS),
        "strong" | "b" => Tag::Style(Style::STRONG),
        "code" | "kbd" | "samp" | "tt" => Tag::Style(Style::CODE),
        "s" | "del" | "strike" => Tag::Style(Style::STRIKE),
        "a" => Tag::Link,
        "br" => Tag::Break,
        "hr" => Tag::Rule,
        "img" => Tag::Image,
        "figcaption" => Tag::Caption,
        "table" => Tag::Table,
        "tr" => Tag::Row,
        "td" => Tag::Cell { head: false },
        "th" => Tag::Cell { head: true },
        _ => Tag::Inline,
    }
}

/// What the walk is inside.
#[derive(Default)]
struct State {
    quote: u8,
    lists: Vec<List>,
    /// The indent of the text of each list item we are in.
    item_leads: Vec<u8>,
    /// A list item's marker is written and nothing after it: its first
    /// paragraph goes on in the block the marker opened.
    item_fresh: bool,
    /// How many preformatted elements we are in.
    pre: u32,
    /// Table cells so far in this row, per table we are in.
    cells: Vec<usize>,
    /// Inside a table cell: paragraphs in it are only spaces.
    in_cell: u32,
    /// Inside a link we opened.
    links: u32,
}

impl State {
    fn lead(&self) -> u8 {
        self.item_leads.last().copied().unwrap_or(0)
    }

    fn block(&self, kind: BlockKind) -> Block {
        Block {
            kind,
            quote: self.quote,
            lead: self.lead(),
            hang: 0,
        }
    }
}

/// A step of the walk.
enum Step<'a> {
    Enter(NodeRef<'a>),
    Exit(Tag),
}

/// Describe `node` and everything in it to `b`.
pub(crate) fn walk(b: &mut Builder, node: &NodeRef) {
    let mut s = State::default();
    let mut stack = vec![Step::Enter(*node)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(n) => {
                if n.is_text() {
                    text(b, &mut s, &n);
                    continue;
                }
                if !(n.is_element() || n.is_document() || n.is_fragment()) {
                    continue;
                }
                let tag = match n.qual_name_ref() {
                    Some(q) => tag_of(&q.local),
                    None => Tag::Inline,
                };
                if tag == Tag::Skip || n.has_attr("hidden") {
                    continue;
                }
                if !enter(b, &mut s, &n, tag) {
                    continue;
                }
                stack.push(Step::Exit(tag));
                stack.extend(n.children_it(true).map(Step::Enter));
            }
            Step::Exit(tag) => exit(b, &mut s, tag),
        }
    }
    b.end_link();
    b.end_block();
}

/// Write a text node.
fn text(b: &mut Builder, s: &mut State, n: &NodeRef) {
    n.query(|node| {
        if let NodeData::Text { contents } = &node.data {
            let t: &str = contents;
            if s.pre > 0 {
                b.text(t);
                return;
            }
            if t.trim_matches(|c: char| c.is_whitespace() && c != '\u{a0}')
                .is_empty()
            {
                b.space();
                return;
            }
            if b.open_block().is_none() {
                b.block(s.block(BlockKind::Text));
            }
            s.item_fresh = false;
            b.text(t);
        }
    });
}

/// Start a paragraph-like element; false to skip what it holds.
fn enter(b: &mut Builder, s: &mut State, n: &NodeRef, tag: Tag) -> bool {
    match tag {
        Tag::Skip => return false,
        Tag::Block | Tag::Heading(_) | Tag::Pre | Tag::Quote | Tag::Caption | Tag::Table
            if s.in_cell > 0 || s.pre > 0 =>
        {
            b.space();
            if tag == Tag::Pre {
                s.pre += 1;
            }
        }
        Tag::Block => {
            if !s.item_fresh {
                b.end_block();
            }
        }
        Tag::Heading(level) => {
            s.item_fresh = false;
            b.block(s.block(BlockKind::Heading(level)));
        }
        Tag::Pre => {
            s.item_fresh = false;
            b.block(s.block(BlockKind::Pre));
            s.pre += 1;
        }
        Tag::Quote => {
            s.item_fresh = false;
            b.end_block();
            s.quote = s.quote.saturating_add(1);
        }
        Tag::List { ordered } => {
            b.end_block();
            s.item_fresh = false;
            let next = ordered.then(|| {
                n.attr("start")
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .unwrap_or(1)
            });
            s.lists
                .push(List::new(next, s.lead(), !s.item_leads.is_empty()));
        }
        Tag::Item => item(b, s),
        Tag::Style(style) => b.push_style(style),
        Tag::Link => match n.attr("href") {
            Some(href)
                if !href
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("javascript:") =>
            {
                b.start_link(&href);
                s.links += 1;
            }
            _ => {}
        },
        Tag::Break => b.line_break(),
        Tag::Rule => {
            b.block(s.block(BlockKind::Text));
            b.text("· · ·");
            b.end_block();
        }
        Tag::Image => {
            let alt = n
                .attr("alt")
                .map(|a| a.trim().to_string())
                .unwrap_or_default();
            if !alt.is_empty() {
                if b.open_block().is_none() {
                    b.block(s.block(BlockKind::Text));
                }
                b.push_style(Style::EMPHASIS);
                b.text(&format!("[image: {alt}]"));
                b.pop_style(Style::EMPHASIS);
            }
        }
        Tag::Caption => {
            b.block(s.block(BlockKind::Text));
            b.push_style(Style::EMPHASIS);
        }
        Tag::Table => {
            b.end_block();
            s.cells.push(0);
        }
        Tag::Row => {
            if s.in_cell == 0 {
                if b.open_block().is_some() {
                    b.tight();
                }
                b.block(s.block(BlockKind::Text));
                if let Some(c) = s.cells.last_mut() {
                    *c = 0;
                }
            }
        }
        Tag::Cell { head } => {
            if let Some(c) = s.cells.last_mut() {
                if *c > 0 {
                    b.text(" │ ");
                }
                *c += 1;
            }
            if head {
                b.push_style(Style::STRONG);
            }
            s.in_cell += 1;
        }
        Tag::Inline => {}
    }
    true
}

/// Start a list item: its marker opens its block.
fn item(b: &mut Builder, s: &mut State) {
    if s.lists.is_empty() {
        s.lists.push(List::new(None, s.lead(), false));
    }
    let quote = s.quote;
    let Some(list) = s.lists.last_mut() else {
        return;
    };
    let lead = list.item(b, quote);
    s.item_leads.push(lead);
    s.item_fresh = true;
}

/// End an element.
fn exit(b: &mut Builder, s: &mut State, tag: Tag) {
    if tag == Tag::Pre {
        s.pre = s.pre.saturating_sub(1);
        if s.pre == 0 && s.in_cell == 0 {
            b.end_block();
        } else {
            b.space();
        }
        return;
    }
    match tag {
        Tag::Block | Tag::Heading(_) | Tag::Quote | Tag::Caption | Tag::Table
            if s.in_cell > 0 || s.pre > 0 =>
        {
            b.space();
        }
        Tag::Block | Tag::Heading(_) => {
            b.end_block();
            s.item_fresh = false;
        }
        Tag::Quote => {
            b.end_block();
            s.quote = s.quote.saturating_sub(1);
        }
        Tag::List { .. } => {
            b.end_block();
            s.lists.pop();
            s.item_fresh = false;
        }
        Tag::Item => {
            b.end_block();
            s.item_leads.pop();
            s.item_fresh = false;
        }
        Tag::Style(style) => b.pop_style(style),
        Tag::Link if s.links > 0 => {
            s.links -= 1;
            b.end_link();
        }
        Tag::Caption => {
            b.pop_style(Style::EMPHASIS);
            b.end_block();
        }
        Tag::Table => {
            b.end_block();
            s.cells.pop();
        }
        Tag::Cell { head } => {
            if head {
                b.pop_style(Style::STRONG);
            }
            s.in_cell = s.in_cell.saturating_sub(1);
        }
        _ => {}
    }
}
