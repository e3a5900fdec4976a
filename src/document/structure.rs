//! The light structure of a rendered document (Markdown, HTML, EPUB): which
//! paragraphs are headings, quotes, list items or preformatted, which spans
//! are emphasised, where links point and where sections start.
//!
//! Renderers describe a document to a [`Builder`] as blocks, text and styles;
//! the builder writes the text the reader shows (through the same
//! [`Normaliser`] as plain text, so nothing unsafe reaches the terminal) and
//! records every position as a byte offset into it.

use std::ops::Range;

use super::Normaliser;
use super::format::Format;

/// Inline styles, as bits: a span may have several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Style(pub u8);

impl Style {
    pub const NONE: Style = Style(0);
    pub const EMPHASIS: Style = Style(1);
    pub const STRONG: Style = Style(2);
    pub const CODE: Style = Style(4);
    pub const LINK: Style = Style(8);
    pub const STRIKE: Style = Style(16);
    const COUNT: usize = 5;

    pub fn contains(self, other: Style) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// What kind of block a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BlockKind {
    /// Running text, wrapped.
    #[default]
    Text,
    /// A heading of level 1 (the largest) to 6.
    Heading(u8),
    /// Preformatted: lines kept as they are, cut only where they are wider
    /// than the column.
    Pre,
}

/// How a paragraph is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Block {
    pub kind: BlockKind,
    /// How many block quotes it is inside: each draws a bar (`│ `) before
    /// every row.
    pub quote: u8,
    /// Columns before every row (after the bars): list nesting.
    pub lead: u8,
    /// Columns more before every row but the first: the width of a list
    /// item's marker, so that its lines hang under the text.
    pub hang: u8,
}

impl Block {
    pub const TEXT: Block = Block {
        kind: BlockKind::Text,
        quote: 0,
        lead: 0,
        hang: 0,
    };

    pub fn of(kind: BlockKind) -> Block {
        Block {
            kind,
            ..Block::TEXT
        }
    }

    /// Columns taken before the text on the first row and on the others.
    pub fn indents(&self) -> (usize, usize) {
        let first = 2 * usize::from(self.quote) + usize::from(self.lead);
        (first, first + usize::from(self.hang))
    }
}

/// A run of text in one inline style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub range: Range<usize>,
    pub style: Style,
}

/// A link: the text it shows and where it points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub range: Range<usize>,
    pub url: String,
}

/// Where a section (a chapter, a heading) starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    /// 1 for a chapter or a top-level heading, more for those inside.
    pub level: u8,
    pub offset: usize,
}

/// The structure of a document: empty for plain text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Structure {
    pub format: Format,
    /// One per paragraph of the document, in order; empty when every
    /// paragraph is plain text.
    pub blocks: Vec<Block>,
    /// Sorted, not overlapping.
    pub runs: Vec<Run>,
    /// Sorted by start.
    pub links: Vec<Link>,
    /// Sorted by offset.
    pub sections: Vec<Section>,
    /// The title given by the document itself (metadata, front matter, the
    /// headline), when it gives one.
    pub title: Option<String>,
    pub author: Option<String>,
    /// Something the reader should be told about how it was rendered.
    pub notice: Option<String>,
}

impl Structure {
    /// How paragraph `index` is shown.
    pub fn block(&self, index: usize) -> Block {
        self.blocks.get(index).copied().unwrap_or(Block::TEXT)
    }

    /// The runs that overlap `range`.
    pub fn runs_in(&self, range: Range<usize>) -> &[Run] {
        let first = self.runs.partition_point(|r| r.range.end <= range.start);
        let last = first + self.runs[first..].partition_point(|r| r.range.start < range.end);
        &self.runs[first..last]
    }

    /// The section that `offset` is in, if any.
    pub fn section_at(&self, offset: usize) -> Option<usize> {
        self.sections
            .partition_point(|s| s.offset <= offset)
            .checked_sub(1)
    }
}

/// A list being written, numbered (from `next`) or with bullets: each item
/// a block that its marker starts and its lines hang under.
#[derive(Debug, Clone)]
pub struct List {
    /// The number of its next item; `None` for bullets.
    next: Option<u64>,
    /// The indent of its items.
    pub lead: u8,
    /// Items so far: every one but the first follows the last tightly.
    items: usize,
    /// Inside an item: its first item follows that item's text tightly.
    nested: bool,
}

impl List {
    pub fn new(next: Option<u64>, lead: u8, nested: bool) -> List {
        List {
            next,
            lead,
            items: 0,
            nested,
        }
    }

    /// Start the next item in a block `quote` quotes deep, its marker (`• `
    /// or `3. `) written; returns the indent of the item's text.
    pub fn item(&mut self, b: &mut Builder, quote: u8) -> u8 {
        let marker = match self.next.as_mut() {
            Some(n) => {
                let m = format!("{n}. ");
                *n = n.saturating_add(1);
                m
            }
            None => "• ".to_string(),
        };
        let hang =
            u8::try_from(unicode_width::UnicodeWidthStr::width(marker.as_str())).unwrap_or(u8::MAX);
        if self.items > 0 || self.nested {
            b.tight();
        }
        self.items += 1;
        b.block(Block {
            kind: BlockKind::Text,
            quote,
            lead: self.lead,
            hang,
        });
        b.text(&marker);
        self.lead.saturating_add(hang)
    }
}

/// The text of a rendered document with its paragraphs and structure.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub text: String,
    pub paragraphs: Vec<Range<usize>>,
    pub structure: Structure,
    pub lossy: bool,
}

/// The block being written.
#[derive(Debug, Clone)]
struct Open {
    block: Block,
    /// Where its text starts, once some has been written.
    start: Option<usize>,
    /// The text of a preformatted block, kept until it ends so that blank
    /// lines around it can be dropped.
    pre: String,
}

/// Builds a [`Rendered`] document from blocks, text and styles; see the
/// module notes. Whitespace in text blocks is collapsed (runs of spaces and
/// line breaks become one space; none at a block's start or end), as a
/// browser shows it; preformatted blocks keep theirs.
#[derive(Debug, Default, Clone)]
pub struct Builder {
    out: Normaliser,
    paragraphs: Vec<Range<usize>>,
    structure: Structure,
    open: Option<Open>,
    /// The next block follows the last after one line break, not a blank
    /// line: items of a tight list.
    tight: bool,
    /// A collapsed space waits to be written before the next word.
    space: bool,
    /// The style of the last word written.
    last: Style,
    /// How many times each style bit is on.
    depth: [u16; Style::COUNT],
    /// The link being written: its URL and where its text starts.
    link: Option<(String, Option<usize>)>,
    /// Headings become sections.
    heading_sections: bool,
    /// A section starts with the next text: its title and level.
    section: Option<(String, u8)>,
}

impl Builder {
    pub fn new(format: Format) -> Builder {
        let mut b = Builder::default();
        b.structure.format = format;
        b.heading_sections = true;
        b
    }

    /// Whether headings are listed as sections (they are unless chapters are).
    pub fn headings_are_sections(&mut self, yes: bool) {
        self.heading_sections = yes;
    }

    pub fn set_title(&mut self, title: &str) {
        let t = collapse(title);
        if !t.is_empty() {
            self.structure.title = Some(t);
        }
    }

    pub fn set_author(&mut self, author: &str) {
        let a = collapse(author);
        if !a.is_empty() {
            self.structure.author = Some(a);
        }
    }

    pub fn set_notice(&mut self, notice: &str) {
        self.structure.notice = Some(notice.to_string());
    }

    /// Bytes of text written so far.
    pub fn len(&self) -> usize {
        self.out.text().len()
    }

    /// Whether no text has been written.
    pub fn is_empty(&self) -> bool {
        self.out.text().is_empty()
    }

    /// The title given so far, if any.
    pub fn title(&self) -> Option<&str> {
        self.structure.title.as_deref()
    }

    /// Start a new block; the one open ends.
    pub fn block(&mut self, block: Block) {
        self.end_block();
        self.open = Some(Open {
            block,
            start: None,
            pre: String::new(),
        });
    }

    /// The next block follows the last one after a single line break.
    pub fn tight(&mut self) {
        self.tight = true;
    }

    /// A section (a chapter) starts with the next text written.
    pub fn section(&mut self, title: &str, level: u8) {
        self.section = Some((collapse(title), level.max(1)));
    }

    /// The kind of the open block, if one is open.
    pub fn open_block(&self) -> Option<Block> {
        self.open.as_ref().map(|o| o.block)
    }

    /// End the open block, if any.
    pub fn end_block(&mut self) {
        let Some(open) = self.open.take() else {
            return;
        };
        let mut open = open;
        if open.block.kind == BlockKind::Pre {
            let body = std::mem::take(&mut open.pre);
            let body = trim_blank_lines(&body);
            if !body.is_empty() {
                self.start_text(&mut open);
                self.mark_start();
                let start = self.out.text().len();
                self.out.push_str(body);
                let end = self.out.text().len();
                self.add_run(start..end, Style::CODE);
            }
        }
        self.space = false;
        let Some(start) = open.start else {
            return;
        };
        let end = self.out.text().len();
        let text = self.out.text();
        let before = self.paragraphs.len();
        for p in super::paragraphs(&text[start..end]) {
            self.paragraphs.push(p.start + start..p.end + start);
        }
        let added = self.paragraphs.len() - before;
        self.structure
            .blocks
            .extend(std::iter::repeat_n(open.block, added));
        if let (BlockKind::Heading(level), true) = (open.block.kind, self.heading_sections) {
            let title = collapse(&text[start..end]);
            self.structure.sections.push(Section {
                title,
                level,
                offset: start,
            });
        }
    }

    /// Write text into the open block (a text block is opened when none is).
    pub fn text(&mut self, s: &str) {
        if self.open.is_none() {
            self.block(Block::TEXT);
        }
        let mut open = self.open.take().expect("a block is open");
        if open.block.kind == BlockKind::Pre {
            open.pre.push_str(s);
            self.open = Some(open);
            return;
        }
        // The words, parted by single spaces, are written in one piece.
        let style = self.style();
        let mut piece = String::new();
        let mut first = true;
        for (i, word) in s
            .split(|c: char| c.is_whitespace() && c != '\u{a0}')
            .enumerate()
        {
            if i > 0 {
                self.space = true;
            }
            if word.is_empty() {
                continue;
            }
            if first {
                first = false;
                let fresh = open.start.is_none();
                self.start_text(&mut open);
                if self.space && !fresh {
                    // A space between two words has the style both have.
                    let at = self.out.text().len();
                    self.out.push_str(" ");
                    self.add_run(at..at + 1, Style(style.0 & self.last.0));
                }
                self.mark_start();
            } else if self.space {
                piece.push(' ');
            }
            self.space = false;
            piece.push_str(word);
        }
        if !piece.is_empty() {
            let at = self.out.text().len();
            self.out.push_str(&piece);
            let end = self.out.text().len();
            self.add_run(at..end, style);
            self.last = style;
        }
        self.open = Some(open);
    }

    /// Whitespace between words that come in separate pieces (an element's
    /// text and the next): written only if a word follows.
    pub fn space(&mut self) {
        self.space = true;
    }

    /// A line break inside the open block.
    pub fn line_break(&mut self) {
        match self.open.as_mut() {
            Some(open) if open.block.kind == BlockKind::Pre => open.pre.push('\n'),
            Some(open) if open.start.is_some() => {
                self.out.push_str("\n");
                self.space = false;
            }
            _ => {}
        }
    }

    /// The styles on now.
    fn style(&self) -> Style {
        let mut bits = 0;
        for (i, d) in self.depth.iter().enumerate() {
            if *d > 0 {
                bits |= 1 << i;
            }
        }
        Style(bits)
    }

    /// Turn styles on; they nest, each push wants its pop.
    pub fn push_style(&mut self, style: Style) {
        for i in 0..Style::COUNT {
            if style.0 & (1 << i) != 0 {
                self.depth[i] += 1;
            }
        }
    }

    pub fn pop_style(&mut self, style: Style) {
        for i in 0..Style::COUNT {
            if style.0 & (1 << i) != 0 {
                self.depth[i] = self.depth[i].saturating_sub(1);
            }
        }
    }

    /// Start a link to `url`; its text is what is written until
    /// [`Builder::end_link`].
    pub fn start_link(&mut self, url: &str) {
        self.end_link();
        self.push_style(Style::LINK);
        self.link = Some((url.trim().to_string(), None));
    }

    pub fn end_link(&mut self) {
        if let Some((url, start)) = self.link.take() {
            self.pop_style(Style::LINK);
            let end = self.out.text().len();
            if let Some(start) = start.filter(|&s| s < end)
                && !url.is_empty()
            {
                self.structure.links.push(Link {
                    range: start..end,
                    url: crate::sanitize::line(&url).into_owned(),
                });
            }
        }
    }

    /// Write what comes before a block's first text: the break after the
    /// block before.
    fn start_text(&mut self, open: &mut Open) {
        if open.start.is_none() {
            if !self.out.text().is_empty() {
                self.out.push_str(if std::mem::take(&mut self.tight) {
                    "\n"
                } else {
                    "\n\n"
                });
            }
            self.tight = false;
            open.start = Some(self.out.text().len());
        }
    }

    /// Start what waits for the next word: a section, a link.
    fn mark_start(&mut self) {
        let at = self.out.text().len();
        if let Some((title, level)) = self.section.take() {
            self.structure.sections.push(Section {
                title,
                level,
                offset: at,
            });
        }
        if let Some((_, start @ None)) = self.link.as_mut() {
            *start = Some(at);
        }
    }

    fn add_run(&mut self, range: Range<usize>, style: Style) {
        if style.is_empty() || range.is_empty() {
            return;
        }
        if let Some(last) = self.structure.runs.last_mut()
            && last.range.end == range.start
            && last.style == style
        {
            last.range.end = range.end;
            return;
        }
        self.structure.runs.push(Run { range, style });
    }

    /// The document: its text, paragraphs and structure.
    pub fn finish(mut self) -> Rendered {
        self.end_link();
        self.end_block();
        let (text, lossy) = self.out.finish();
        let mut structure = self.structure;
        // A heading's section is known when it ends, after any that started
        // inside it.
        structure.sections.sort_by_key(|s| s.offset);
        if structure.blocks.iter().all(|b| *b == Block::TEXT) {
            structure.blocks.clear();
        }
        Rendered {
            text,
            paragraphs: self.paragraphs,
            structure,
            lossy,
        }
    }
}

/// Whitespace collapsed to single spaces, trimmed, and anything unsafe for
/// the terminal replaced.
pub fn collapse(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    crate::sanitize::line(&words.join(" ")).into_owned()
}

/// `s` without the blank lines at its start and end, and without the spaces
/// at the end of its last line.
fn trim_blank_lines(s: &str) -> &str {
    let mut start = 0;
    for line in s.split_inclusive('\n') {
        if line.trim().is_empty() && line.ends_with('\n') {
            start += line.len();
        } else {
            break;
        }
    }
    s[start..].trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice<'a>(r: &'a Rendered, range: &Range<usize>) -> &'a str {
        &r.text[range.clone()]
    }

    #[test]
    fn blocks_are_parted_by_blank_lines_and_whitespace_collapses() {
        let mut b = Builder::new(Format::Html);
        b.block(Block::of(BlockKind::Heading(1)));
        b.text("  The   headline\n");
        b.block(Block::TEXT);
        b.text("First ");
        b.push_style(Style::STRONG);
        b.text("bold");
        b.pop_style(Style::STRONG);
        b.text(" words.");
        b.block(Block::TEXT);
        b.text("   ");
        b.block(Block::TEXT);
        b.text("Last.");
        let r = b.finish();
        assert_eq!(r.text, "The headline\n\nFirst bold words.\n\nLast.");
        assert_eq!(r.paragraphs.len(), 3);
        assert_eq!(r.structure.blocks[0].kind, BlockKind::Heading(1));
        assert_eq!(r.structure.runs.len(), 1);
        assert_eq!(slice(&r, &r.structure.runs[0].range), "bold");
        assert_eq!(r.structure.sections[0].title, "The headline");
        assert_eq!(r.structure.sections[0].offset, 0);
    }

    #[test]
    fn tight_items_follow_after_one_line_break() {
        let mut b = Builder::new(Format::Markdown);
        b.block(Block::TEXT);
        b.text("Intro");
        b.block(Block {
            hang: 2,
            ..Block::TEXT
        });
        b.text("• one");
        b.tight();
        b.block(Block {
            hang: 2,
            ..Block::TEXT
        });
        b.text("• two");
        let r = b.finish();
        assert_eq!(r.text, "Intro\n\n• one\n• two");
        assert_eq!(r.paragraphs.len(), 3);
        assert_eq!(r.paragraphs[2].start, r.paragraphs[1].end + 1);
    }

    #[test]
    fn preformatted_text_keeps_its_lines_and_is_split_at_blank_lines() {
        let mut b = Builder::new(Format::Markdown);
        b.block(Block::of(BlockKind::Pre));
        b.text("\nfn main() {\n\tx();\n\n}\n\n");
        let r = b.finish();
        assert_eq!(r.text, "fn main() {\n        x();\n\n}");
        assert_eq!(r.paragraphs.len(), 2);
        assert!(r.structure.blocks.iter().all(|b| b.kind == BlockKind::Pre));
        assert_eq!(r.structure.runs[0].style, Style::CODE);
    }

    #[test]
    fn links_keep_their_text_range_and_url() {
        let mut b = Builder::new(Format::Html);
        b.text("See ");
        b.start_link("https://example.org/a");
        b.text("the report");
        b.end_link();
        b.text(" now.");
        let r = b.finish();
        let link = &r.structure.links[0];
        assert_eq!(slice(&r, &link.range), "the report");
        assert_eq!(link.url, "https://example.org/a");
        assert_eq!(r.text, "See the report now.");
    }

    #[test]
    fn controls_in_text_are_made_visible_and_offsets_stay_right() {
        let mut b = Builder::new(Format::Html);
        b.text("a\u{1b}[31m ");
        b.push_style(Style::EMPHASIS);
        b.text("é\u{2028}x");
        b.pop_style(Style::EMPHASIS);
        let r = b.finish();
        assert!(!r.text.contains('\u{1b}'));
        for run in &r.structure.runs {
            assert!(r.text.is_char_boundary(run.range.start));
            assert!(r.text.is_char_boundary(run.range.end));
        }
        assert_eq!(slice(&r, &r.structure.runs[0].range), "é x");
    }

    #[test]
    fn empty_blocks_leave_nothing() {
        let mut b = Builder::new(Format::Html);
        b.block(Block::of(BlockKind::Heading(2)));
        b.block(Block::of(BlockKind::Pre));
        b.text("\n\n");
        let r = b.finish();
        assert_eq!(r.text, "");
        assert!(r.paragraphs.is_empty() && r.structure.sections.is_empty());
    }

    use proptest::prelude::*;

    /// One step a renderer may take, with arbitrary text.
    #[derive(Debug, Clone)]
    enum Op {
        Block(u8, u8, u8),
        Text(String),
        Space,
        Break,
        Push(u8),
        Pop(u8),
        Link(String),
        EndLink,
        Section(String),
        Tight,
        End,
    }

    fn op() -> impl Strategy<Value = Op> {
        let text = crate::document::tests::hostile;
        prop_oneof![
            1 => (0u8..4, 0u8..3, 0u8..4).prop_map(|(k, q, h)| Op::Block(k, q, h)),
            4 => text().prop_map(Op::Text),
            1 => Just(Op::Space),
            1 => Just(Op::Break),
            1 => (0u8..32).prop_map(Op::Push),
            1 => (0u8..32).prop_map(Op::Pop),
            1 => text().prop_map(Op::Link),
            1 => Just(Op::EndLink),
            1 => text().prop_map(Op::Section),
            1 => Just(Op::Tight),
            1 => Just(Op::End),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn every_position_is_a_char_boundary_in_order_and_the_text_is_safe(
            ops in proptest::collection::vec(op(), 0..40)
        ) {
            let mut b = Builder::new(Format::Html);
            for op in ops {
                match op {
                    Op::Block(k, quote, hang) => b.block(Block {
                        kind: match k {
                            0 => BlockKind::Text,
                            1 => BlockKind::Heading(1 + hang),
                            _ => BlockKind::Pre,
                        },
                        quote,
                        lead: hang,
                        hang,
                    }),
                    Op::Text(t) => b.text(&t),
                    Op::Space => b.space(),
                    Op::Break => b.line_break(),
                    Op::Push(s) => b.push_style(Style(s)),
                    Op::Pop(s) => b.pop_style(Style(s)),
                    Op::Link(url) => b.start_link(&url),
                    Op::EndLink => b.end_link(),
                    Op::Section(t) => b.section(&t, 1),
                    Op::Tight => b.tight(),
                    Op::End => b.end_block(),
                }
            }
            let r = b.finish();
            let t = &r.text;
            let ok = |i: usize| i <= t.len() && t.is_char_boundary(i);
            prop_assert!(!t.chars().any(|c| c != '\n' && crate::sanitize::is_unsafe(c)));
            prop_assert!(r.structure.blocks.is_empty() || r.structure.blocks.len() == r.paragraphs.len());
            let mut last = 0;
            for p in &r.paragraphs {
                prop_assert!(ok(p.start) && ok(p.end) && p.start >= last && p.start < p.end);
                prop_assert!(!t[p.clone()].trim().is_empty());
                last = p.end;
            }
            let mut last = 0;
            for run in &r.structure.runs {
                prop_assert!(ok(run.range.start) && ok(run.range.end));
                prop_assert!(run.range.start >= last && run.range.start < run.range.end);
                last = run.range.end;
            }
            for l in &r.structure.links {
                prop_assert!(ok(l.range.start) && ok(l.range.end) && l.range.start < l.range.end);
            }
            let mut last = 0;
            for s in &r.structure.sections {
                prop_assert!(ok(s.offset) && s.offset >= last);
                last = s.offset;
            }
        }
    }

    #[test]
    fn a_chapter_section_starts_at_its_first_text() {
        let mut b = Builder::new(Format::Epub);
        b.headings_are_sections(false);
        b.text("Preface.");
        b.section("Chapter  Two", 1);
        b.block(Block::of(BlockKind::Heading(1)));
        b.text("Two");
        let r = b.finish();
        assert_eq!(r.structure.sections.len(), 1);
        assert_eq!(r.structure.sections[0].title, "Chapter Two");
        assert_eq!(
            slice(&r, &(r.structure.sections[0].offset..r.text.len())),
            "Two"
        );
    }
}
