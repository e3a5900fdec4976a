//! Markdown (CommonMark with GFM tables, strikethrough and task lists) to a
//! rendered document: no `#` or `*` left, styles recorded instead.

use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::format::Format;
use super::structure::{Block, BlockKind, Builder, List, Rendered, Style};

/// What the walk over the events is inside.
#[derive(Default)]
struct State {
    quote: u8,
    lists: Vec<List>,
    /// Inside a list item, the indent of its text, for its later paragraphs.
    item_lead: Option<u8>,
    /// The item's first paragraph goes on in the block its marker opened.
    item_fresh: bool,
    /// Inside front matter: its text is gathered, not shown.
    front: Option<String>,
    /// A table row's cells so far.
    cells: usize,
    in_head: bool,
    /// An image's alt text is being written.
    image: bool,
    heading: Option<u8>,
    first_heading: Option<String>,
    heading_text: String,
}

pub fn render(source: &str) -> Rendered {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut b = Builder::new(Format::Markdown);
    let mut s = State::default();
    for event in Parser::new_ext(source, options) {
        step(&mut b, &mut s, event);
    }
    if b.title().is_none()
        && let Some(t) = s.first_heading.take()
    {
        b.set_title(&t);
    }
    b.finish()
}

fn block(s: &State, kind: BlockKind) -> Block {
    Block {
        kind,
        quote: s.quote,
        lead: s.item_lead.unwrap_or(0),
        hang: 0,
    }
}

fn step(b: &mut Builder, s: &mut State, event: Event) {
    if let Some(front) = s.front.as_mut() {
        match event {
            Event::Text(t) => front.push_str(&t),
            Event::End(TagEnd::MetadataBlock(_)) => {
                let front = s.front.take().unwrap_or_default();
                front_matter(b, &front);
            }
            _ => {}
        }
        return;
    }
    match event {
        Event::Start(tag) => start(b, s, tag),
        Event::End(tag) => end(b, s, tag),
        Event::Text(t) => {
            if s.heading.is_some() {
                s.heading_text.push_str(&t);
            }
            b.text(&t);
        }
        Event::Code(t) => {
            b.push_style(Style::CODE);
            b.text(&t);
            b.pop_style(Style::CODE);
        }
        Event::InlineMath(t) | Event::DisplayMath(t) => b.text(&t),
        Event::SoftBreak => b.space(),
        Event::HardBreak => b.line_break(),
        Event::Rule => {
            b.block(block(s, BlockKind::Text));
            b.text("· · ·");
            b.end_block();
        }
        Event::TaskListMarker(done) => b.text(if done { "[x] " } else { "[ ] " }),
        Event::FootnoteReference(name) => b.text(&format!("[{name}]")),
        Event::Html(_) | Event::InlineHtml(_) => {}
    }
}

fn start(b: &mut Builder, s: &mut State, tag: Tag) {
    match tag {
        Tag::MetadataBlock(MetadataBlockKind::YamlStyle) => s.front = Some(String::new()),
        Tag::MetadataBlock(_) => s.front = Some(String::new()),
        Tag::Paragraph => {
            if s.item_fresh {
                s.item_fresh = false;
            } else {
                b.block(block(s, BlockKind::Text));
            }
        }
        Tag::Heading { level, .. } => {
            let n = heading_level(level);
            s.item_fresh = false;
            b.block(block(s, BlockKind::Heading(n)));
            s.heading = Some(n);
            s.heading_text.clear();
        }
        Tag::BlockQuote(_) => {
            b.end_block();
            s.quote = s.quote.saturating_add(1);
        }
        Tag::CodeBlock(_) => {
            s.item_fresh = false;
            b.block(block(s, BlockKind::Pre));
        }
        Tag::HtmlBlock => b.end_block(),
        Tag::List(first) => {
            b.end_block();
            s.item_fresh = false;
            let lead = s.item_lead.unwrap_or(0);
            let nested = !s.lists.is_empty();
            s.lists.push(List::new(first, lead, nested));
        }
        Tag::Item => {
            let quote = s.quote;
            let Some(list) = s.lists.last_mut() else {
                return;
            };
            s.item_lead = Some(list.item(b, quote));
            s.item_fresh = true;
        }
        Tag::Table(_) => b.end_block(),
        Tag::TableHead => {
            s.in_head = true;
            row(b, s);
        }
        Tag::TableRow => row(b, s),
        Tag::TableCell => {
            if s.cells > 0 {
                b.text(" │ ");
            }
            s.cells += 1;
            if s.in_head {
                b.push_style(Style::STRONG);
            }
        }
        Tag::Emphasis => b.push_style(Style::EMPHASIS),
        Tag::Strong => b.push_style(Style::STRONG),
        Tag::Strikethrough => b.push_style(Style::STRIKE),
        Tag::Link { dest_url, .. } => b.start_link(&dest_url),
        Tag::Image { .. } => {
            s.image = true;
            b.push_style(Style::EMPHASIS);
            b.text("[image: ");
        }
        _ => {}
    }
}

/// A table row is a line of its own, its cells parted by bars.
fn row(b: &mut Builder, s: &mut State) {
    if b.open_block().is_some() {
        b.tight();
    }
    b.block(block(s, BlockKind::Text));
    s.cells = 0;
}

fn end(b: &mut Builder, s: &mut State, tag: TagEnd) {
    match tag {
        TagEnd::Paragraph | TagEnd::CodeBlock => b.end_block(),
        TagEnd::Heading(_) => {
            b.end_block();
            if s.first_heading.is_none() && s.heading == Some(1) {
                s.first_heading = Some(std::mem::take(&mut s.heading_text));
            }
            s.heading = None;
        }
        TagEnd::BlockQuote(_) => {
            b.end_block();
            s.quote = s.quote.saturating_sub(1);
        }
        TagEnd::List(_) => {
            b.end_block();
            if let Some(list) = s.lists.pop() {
                // Back in the item that held this list, if any.
                s.item_lead = (!s.lists.is_empty()).then_some(list.lead);
            }
            s.item_fresh = false;
        }
        TagEnd::Item => {
            b.end_block();
            s.item_fresh = false;
            s.item_lead = s
                .lists
                .last()
                .and_then(|l| (s.lists.len() > 1).then_some(l.lead));
        }
        TagEnd::TableHead => s.in_head = false,
        TagEnd::TableCell if s.in_head => b.pop_style(Style::STRONG),
        TagEnd::Table => {
            b.end_block();
            s.in_head = false;
        }
        TagEnd::Emphasis => b.pop_style(Style::EMPHASIS),
        TagEnd::Strong => b.pop_style(Style::STRONG),
        TagEnd::Strikethrough => b.pop_style(Style::STRIKE),
        TagEnd::Link => b.end_link(),
        TagEnd::Image if s.image => {
            b.text("]");
            b.pop_style(Style::EMPHASIS);
            s.image = false;
        }
        _ => {}
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Take `title:` and `author:` from YAML front matter (simple `key: value`
/// lines; quotes around the value are dropped).
fn front_matter(b: &mut Builder, front: &str) {
    for line in front.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(value);
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => b.set_title(value),
            "author" => b.set_author(value),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(r: &Rendered) -> Vec<BlockKind> {
        r.structure.blocks.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn headings_lose_their_hashes_and_become_sections() {
        let r = render("# The Title\n\nSome *text* here.\n\n## Part two\n\nMore.\n");
        assert_eq!(r.text, "The Title\n\nSome text here.\n\nPart two\n\nMore.");
        assert_eq!(
            kinds(&r),
            [
                BlockKind::Heading(1),
                BlockKind::Text,
                BlockKind::Heading(2),
                BlockKind::Text
            ]
        );
        assert_eq!(r.structure.title.as_deref(), Some("The Title"));
        let titles: Vec<_> = r
            .structure
            .sections
            .iter()
            .map(|s| (s.title.as_str(), s.level))
            .collect();
        assert_eq!(titles, [("The Title", 1), ("Part two", 2)]);
        let run = &r.structure.runs[0];
        assert_eq!(&r.text[run.range.clone()], "text");
        assert_eq!(run.style, Style::EMPHASIS);
    }

    #[test]
    fn front_matter_is_skipped_and_gives_the_title() {
        let r = render("---\ntitle: \"A Walk in Seoul\"\nauthor: Kim\n---\n\n# Heading\n\nBody.\n");
        assert_eq!(r.structure.title.as_deref(), Some("A Walk in Seoul"));
        assert_eq!(r.structure.author.as_deref(), Some("Kim"));
        assert_eq!(r.text, "Heading\n\nBody.");
    }

    #[test]
    fn lists_get_markers_and_hanging_indents() {
        let r = render("Intro:\n\n- one\n- two\n  - inner\n\n1. first\n2. second\n");
        assert_eq!(
            r.text,
            "Intro:\n\n• one\n• two\n• inner\n\n1. first\n2. second"
        );
        let blocks = &r.structure.blocks;
        assert_eq!((blocks[1].lead, blocks[1].hang), (0, 2));
        assert_eq!((blocks[3].lead, blocks[3].hang), (2, 2));
        assert_eq!((blocks[5].lead, blocks[5].hang), (0, 3));
    }

    #[test]
    fn code_quotes_links_and_strikethrough() {
        let src = "> quoted **strong**\n\n```\nlet x = 1;\n    indented\n```\n\nSee [the site](https://example.org) and `code` ~~old~~.\n";
        let r = render(src);
        assert_eq!(
            r.text,
            "quoted strong\n\nlet x = 1;\n    indented\n\nSee the site and code old."
        );
        assert_eq!(r.structure.blocks[0].quote, 1);
        assert_eq!(r.structure.blocks[1].kind, BlockKind::Pre);
        let link = &r.structure.links[0];
        assert_eq!(&r.text[link.range.clone()], "the site");
        assert_eq!(link.url, "https://example.org");
        let styled: Vec<(&str, Style)> = r
            .structure
            .runs
            .iter()
            .map(|run| (&r.text[run.range.clone()], run.style))
            .collect();
        assert!(styled.contains(&("strong", Style::STRONG)));
        assert!(styled.contains(&("code", Style::CODE)));
        assert!(styled.contains(&("old", Style::STRIKE)));
        assert!(styled.contains(&("let x = 1;\n    indented", Style::CODE)));
    }

    #[test]
    fn tables_are_rows_of_cells() {
        let r = render("| Name | City |\n|---|---|\n| Kim | Seoul |\n| Xi | Beijing |\n");
        assert_eq!(r.text, "Name │ City\nKim │ Seoul\nXi │ Beijing");
        assert_eq!(r.paragraphs.len(), 3);
    }

    #[test]
    fn offsets_index_the_rendered_text() {
        let r = render("# Tïtle\n\n* **bold** — [日本](u) \u{1b}[31m\n");
        for p in &r.paragraphs {
            assert!(r.text.is_char_boundary(p.start) && r.text.is_char_boundary(p.end));
        }
        assert!(!r.text.contains('\u{1b}'));
    }
}
