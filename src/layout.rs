//! Wrapping a document into a reading column and cutting it into pages.
//!
//! A [`Layout`] is a list of rows, each a byte range of the document text, for one
//! column width: all of them, or a window of whole paragraphs. Pages are runs
//! of `height` rows counted from the start of the text. A long text's pages
//! need only [`RowCounts`], each paragraph's number of rows; [`Pages`] holds
//! them beside a window's rows, so that a reader never holds a row for every
//! line of the text. Nothing here knows about the terminal: positions go in
//! and out as byte offsets.

mod counts;
mod pages;

use std::ops::Range;

pub use counts::RowCounts;
pub use pages::Pages;

use textwrap::WordSeparator;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::document::Document;
use crate::document::structure::{Block, BlockKind};

/// What a row shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// The document's first line.
    Title,
    /// Running text.
    Body,
    /// The empty row between two paragraphs.
    Blank,
}

/// One screen row of the reading column: `text[start..end()]`.
///
/// 16 bytes: a whole text's layout holds millions. The start is a byte
/// offset into the text; the length is counted within the row's paragraph
/// piece, which is at most [`PARAGRAPH_MAX`](crate::document::PARAGRAPH_MAX)
/// bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    len: u32,
    pub kind: RowKind,
}

impl Row {
    /// The row `text[start..end]`.
    pub fn new(start: usize, end: usize, kind: RowKind) -> Row {
        let len = u32::try_from(end - start).expect("a row lies within one paragraph piece");
        Row { start, len, kind }
    }

    /// Where the row ends (exclusive).
    pub fn end(&self) -> usize {
        self.start + self.len as usize
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end()
    }
}

/// The rows of a document wrapped to one width: all of them, or a window of
/// whole paragraphs (see [`Layout::window`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub width: usize,
    pub rows: Vec<Row>,
    /// The paragraphs laid out, when only some are; `None` when all are.
    pub window: Option<Range<usize>>,
}

impl Layout {
    /// No rows at all, for a view that has not been given a size yet.
    pub fn empty() -> Layout {
        Layout {
            width: 0,
            rows: Vec::new(),
            window: None,
        }
    }

    /// Wrap `doc` to `width` columns (at least 1). Paragraphs are separated by one
    /// blank row; line breaks inside a paragraph are kept. Row starts strictly
    /// increase, so `row_of(rows[i].start) == i`. Rows begin and end between
    /// grapheme clusters, and a row is wider than `width` only when it is a
    /// single cluster wider than the column. Time is linear in the text.
    ///
    /// A row for every line of the text: a reader lays out a long text only
    /// a window at a time ([`Layout::window`], [`Pages`]).
    pub fn new(doc: &Document, width: usize) -> Layout {
        let width = width.max(1);
        let mut rows = Vec::new();
        for index in 0..doc.paragraphs.len() {
            push_paragraph(doc, index, width, &mut rows);
        }
        // Kept while the text is read: no room to spare.
        rows.shrink_to_fit();
        Layout {
            width,
            rows,
            window: None,
        }
    }

    /// Only the whole paragraphs around byte `offset`: enough before it for
    /// `before` rows above the row that shows it and enough after it for
    /// `after` rows below, or up to the document's ends. Its rows are exactly
    /// the full layout's rows for those paragraphs (each paragraph but the
    /// first of the document with the blank row before it), so a view can be
    /// shown at once while the whole text is wrapped in the background.
    pub fn window(
        doc: &Document,
        width: usize,
        offset: usize,
        before: usize,
        after: usize,
    ) -> Layout {
        let width = width.max(1);
        let paras = &doc.paragraphs;
        if paras.is_empty() {
            return Layout::new(doc, width);
        }
        let at = owner(doc, offset);
        let mut rows = Vec::new();
        push_paragraph(doc, at, width, &mut rows);
        let mut above = rows
            .iter()
            .filter(|r| r.start <= offset)
            .count()
            .saturating_sub(1);
        let mut first = at;
        while first > 0 && above < before {
            first -= 1;
            let mut earlier = Vec::new();
            push_paragraph(doc, first, width, &mut earlier);
            above += earlier.len();
            earlier.append(&mut rows);
            rows = earlier;
        }
        let mut end = at + 1;
        let mut below = rows.iter().filter(|r| r.start > offset).count();
        while end < paras.len() && below < after {
            let had = rows.len();
            push_paragraph(doc, end, width, &mut rows);
            // The blank row before it may still be at or above `offset`.
            below += rows[had..].iter().filter(|r| r.start > offset).count();
            end += 1;
        }
        let window = (first > 0 || end < paras.len()).then_some(first..end);
        Layout {
            width,
            rows,
            window,
        }
    }

    /// True when the row that shows `offset` is laid out.
    pub fn covers(&self, doc: &Document, offset: usize) -> bool {
        self.window
            .as_ref()
            .is_none_or(|w| w.contains(&owner(doc, offset)))
    }

    /// True when every paragraph is laid out.
    pub fn is_complete(&self) -> bool {
        self.window.is_none()
    }

    /// True when the rows include the start of the text (all of it, or a
    /// window from the first paragraph).
    pub fn has_start(&self) -> bool {
        self.window.as_ref().is_none_or(|w| w.start == 0)
    }

    /// True when the rows include the end of the text.
    pub fn has_end(&self, doc: &Document) -> bool {
        self.window
            .as_ref()
            .is_none_or(|w| w.end >= doc.paragraphs.len())
    }

    /// The index of the row that shows `offset`: the last row starting at or
    /// before it (0 when there are no rows).
    pub fn row_of(&self, offset: usize) -> usize {
        self.rows
            .partition_point(|r| r.start <= offset)
            .saturating_sub(1)
    }

    /// Number of pages of `height` rows (at least 1, even for an empty text).
    pub fn page_count(&self, height: usize) -> usize {
        pages_in(self.rows.len(), height)
    }

    /// The 0-based page that contains row `row`.
    pub fn page_of_row(&self, row: usize, height: usize) -> usize {
        page_holding(row, self.page_count(height), height)
    }

    /// The 0-based page that contains byte `offset`.
    pub fn page_of(&self, offset: usize, height: usize) -> usize {
        self.page_of_row(self.row_of(offset), height)
    }

    /// The rows of 0-based page `page` (empty past the end).
    pub fn page(&self, page: usize, height: usize) -> &[Row] {
        let height = height.max(1);
        let start = (page.saturating_mul(height)).min(self.rows.len());
        let end = (start + height).min(self.rows.len());
        &self.rows[start..end]
    }

    /// The byte offset where row `row` starts (the text's end past the last row).
    pub fn offset_of_row(&self, row: usize) -> usize {
        self.rows
            .get(row)
            .map_or_else(|| self.rows.last().map_or(0, Row::end), |r| r.start)
    }
}

/// How many pages of `height` rows `rows` rows make: at least 1, even for
/// an empty text.
fn pages_in(rows: usize, height: usize) -> usize {
    rows.div_ceil(height.max(1)).max(1)
}

/// The 0-based page of `pages` (of `height` rows) that holds row `row`.
fn page_holding(row: usize, pages: usize, height: usize) -> usize {
    (row / height.max(1)).min(pages - 1)
}

/// The paragraph whose rows include the one that shows `offset`: the last
/// whose rows start at or before it (a paragraph's rows start with the blank
/// row at the end of the one before).
fn owner(doc: &Document, offset: usize) -> usize {
    let ended = doc.paragraphs.partition_point(|p| p.end <= offset);
    ended.min(doc.paragraphs.len().saturating_sub(1))
}

/// Append the rows of paragraph `index` of `doc`: the blank row that parts
/// it from the one before (none for the first), then its lines, wrapped.
fn push_paragraph(doc: &Document, index: usize, width: usize, rows: &mut Vec<Row>) {
    let para = doc.paragraphs[index].clone();
    // A piece cut from a long paragraph goes on without a blank row.
    if index > 0 && !doc.continues(index) {
        // The blank row sits at the end of the paragraph before it, so
        // that every row starts at a distinct offset.
        let at = doc.paragraphs[index - 1].end;
        rows.push(Row::new(at, at, RowKind::Blank));
    }
    let block = doc.structure.block(index);
    // Every row is as narrow as the most indented (the first of a list item
    // holds its marker in the space the others are indented by).
    let width = width.saturating_sub(block.indents().1).max(1);
    let plain = doc.structure.blocks.is_empty();
    let mut pos = para.start;
    for line in doc.text[para.clone()].split('\n') {
        let first_row = rows.len();
        if block.kind == BlockKind::Pre {
            cut_line(line, pos, width, rows);
        } else {
            wrap_line(line, pos, width, rows);
        }
        if plain && index == 0 && pos == para.start {
            for row in &mut rows[first_row..] {
                row.kind = RowKind::Title;
            }
        }
        pos += line.len() + 1;
    }
}

/// Wrap one source line that starts at byte `base`, appending its rows.
///
/// Rows break where Unicode line breaking allows (textwrap finds the places),
/// but only between grapheme clusters: a break the line-breaking rules allow
/// inside a cluster (before a combining mark that follows a space, say) is not
/// taken. A word wider than the column is broken between clusters too, so a
/// letter keeps its accents and an emoji sequence or a flag stays whole. The
/// spaces where a row ends belong to no row. Rows fill first-fit, as textwrap
/// would fill them.
///
/// Widths are those of `unicode-width`, cluster by cluster. A row is wider than
/// `width` only when it is a single cluster wider than the column (a wide CJK
/// character at width 1). Time is linear in the line and nothing is kept but
/// the rows; zero-width text joins the row it follows.
fn wrap_line(line: &str, base: usize, width: usize, rows: &mut Vec<Row>) {
    let origin = line.as_ptr() as usize;
    let mut bounds = Boundaries { line, next: 0 };
    let mut fill = FirstFit {
        width,
        base,
        rows,
        row: None,
        used: 0,
    };
    // The word being gathered: its start, where its text ends, and where the
    // spaces after it end.
    let mut pending: Option<(usize, usize, usize)> = None;
    for word in WordSeparator::UnicodeBreakProperties.find_words(line) {
        let start = word.word.as_ptr() as usize - origin;
        let text_end = start + word.word.len();
        let end = text_end + word.whitespace.len();
        if let Some((first, last_text_end, last_end)) = pending {
            // The last word's text ends at a cluster boundary: a prepended
            // mark keeps the space after it. (Asked before `start`, as the
            // boundaries are asked for in increasing order.)
            let cut = bounds.at_or_after(last_text_end);
            if bounds.at_or_after(start) == start {
                fill.word(line, first, cut, last_end);
            } else {
                // A break inside a cluster: this word continues the last,
                // its spaces included.
                pending = Some((first, text_end, end));
                continue;
            }
        }
        pending = Some((start, text_end, end));
    }
    if let Some((first, text_end, end)) = pending {
        let cut = bounds.at_or_after(text_end);
        fill.word(line, first, cut, end);
    }
    fill.finish();
}

/// Cut one preformatted line that starts at byte `base` into rows: as it is,
/// spaces and all, broken between clusters only where it is wider than
/// `width`.
fn cut_line(line: &str, base: usize, width: usize, rows: &mut Vec<Row>) {
    let mut start = 0;
    let mut used = 0;
    let mut at = 0;
    while at < line.len() {
        let end = cluster_end(line, at);
        let w = cluster_width(line, at, end);
        if used + w > width && at > start {
            rows.push(Row::new(base + start, base + at, RowKind::Body));
            start = at;
            used = 0;
        }
        used += w;
        at = end;
    }
    if at > start {
        rows.push(Row::new(base + start, base + at, RowKind::Body));
    }
}

/// What is drawn around a row's text: block quote bars, an indent, or a
/// rule across the column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Decoration {
    /// How many quote bars (`│ `) come first.
    pub quote: u8,
    /// Then how many spaces.
    pub indent: usize,
    /// The row is a rule (under a top-level heading).
    pub rule: bool,
    /// The block the row belongs to.
    pub block: Block,
}

impl Decoration {
    /// The columns taken before the text.
    pub fn width(&self) -> usize {
        2 * usize::from(self.quote) + self.indent
    }

    /// The text drawn before the row's own: bars, then spaces.
    pub fn prefix(&self) -> String {
        let mut s = "│ ".repeat(usize::from(self.quote));
        s.extend(std::iter::repeat_n(' ', self.indent));
        s
    }
}

/// How `row` of `doc` is decorated (see [`Decoration`]). Plain text has
/// none. A blank row under a level-1 heading is its rule; one between two
/// quoted paragraphs keeps the bars they share.
pub fn decoration(doc: &Document, row: &Row) -> Decoration {
    if doc.structure.blocks.is_empty() {
        return Decoration::default();
    }
    let paras = &doc.paragraphs;
    if row.kind == RowKind::Blank {
        let before = paras.partition_point(|p| p.end <= row.start);
        let (Some(prev), next) = (before.checked_sub(1), before) else {
            return Decoration::default();
        };
        let a = doc.structure.block(prev);
        let b = doc.structure.block(next);
        return Decoration {
            quote: a.quote.min(b.quote),
            indent: 0,
            rule: a.kind == BlockKind::Heading(1),
            block: Block::TEXT,
        };
    }
    let index = owner(doc, row.start);
    let block = doc.structure.block(index);
    let para_start = paras.get(index).map_or(0, |p| p.start);
    let (first, rest) = block.indents();
    let bars = 2 * usize::from(block.quote);
    let indent = if row.start == para_start { first } else { rest } - bars;
    Decoration {
        quote: block.quote,
        indent,
        rule: false,
        block,
    }
}

/// Where the grapheme cluster that starts at `at` (a cluster boundary) ends.
/// Two ASCII characters in a row, but for CR LF, are two clusters, which makes
/// plain text quick; anything else asks `unicode-segmentation`, which may
/// start afresh at a boundary.
fn cluster_end(line: &str, at: usize) -> usize {
    let bytes = line.as_bytes();
    if bytes[at].is_ascii() && bytes[at] != b'\r' && bytes.get(at + 1).is_none_or(u8::is_ascii) {
        return at + 1;
    }
    at + line[at..].graphemes(true).next().map_or(0, str::len)
}

/// The width of the cluster `line[start..end]`.
fn cluster_width(line: &str, start: usize, end: usize) -> usize {
    if end == start + 1 && line.as_bytes()[start].is_ascii_graphic() {
        1
    } else {
        line[start..end].width()
    }
}

/// The grapheme cluster boundaries of a line, asked for in increasing order.
struct Boundaries<'a> {
    line: &'a str,
    next: usize,
}

impl Boundaries<'_> {
    /// The first boundary at or after `at` (the line's end counts as one).
    /// `at` must not decrease from one call to the next.
    fn at_or_after(&mut self, at: usize) -> usize {
        let bytes = self.line.as_bytes();
        // The line's end, and a place between two ASCII characters (but for
        // CR LF), are boundaries; there is no need to walk there.
        if at > self.next
            && (at == bytes.len()
                || (bytes[at - 1].is_ascii() && bytes[at - 1] != b'\r' && bytes[at].is_ascii()))
        {
            self.next = at;
        }
        while self.next < at {
            self.next = cluster_end(self.line, self.next);
        }
        self.next
    }
}

/// Fills rows first-fit from words, breaking words wider than the column
/// between grapheme clusters.
struct FirstFit<'r> {
    width: usize,
    base: usize,
    rows: &'r mut Vec<Row>,
    /// The row being filled, as a range of the line.
    row: Option<Range<usize>>,
    /// Its width so far, the spaces after its last word included.
    used: usize,
}

impl FirstFit<'_> {
    /// Place the word `line[start..text_end]`, followed by spaces up to `end`.
    /// All three are cluster boundaries.
    fn word(&mut self, line: &str, start: usize, text_end: usize, end: usize) {
        let mut piece = start;
        let mut piece_width = 0;
        let mut at = start;
        while at < text_end {
            let end = cluster_end(line, at);
            let w = cluster_width(line, at, end);
            if piece_width + w > self.width && at > piece {
                self.fragment(piece, at, piece_width, 0);
                piece = at;
                piece_width = 0;
            }
            piece_width += w;
            at = end;
        }
        self.fragment(piece, text_end, piece_width, end - text_end);
    }

    /// Place one unbreakable fragment of `width` columns and `spaces` spaces.
    fn fragment(&mut self, start: usize, end: usize, width: usize, spaces: usize) {
        if self.row.is_some() && self.used + width > self.width {
            self.finish();
        }
        match self.row.as_mut() {
            Some(row) => row.end = end,
            None => self.row = Some(start..end),
        }
        self.used += width + spaces;
    }

    /// End the row being filled.
    fn finish(&mut self) {
        if let Some(row) = self.row.take() {
            self.rows.push(Row::new(
                self.base + row.start,
                self.base + row.end,
                RowKind::Body,
            ));
        }
        self.used = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_width::UnicodeWidthStr;

    pub(super) fn doc(text: &str) -> Document {
        Document::from_text("t", text, false)
    }

    fn shown(doc: &Document, layout: &Layout) -> Vec<String> {
        layout
            .rows
            .iter()
            .map(|r| doc.text[r.range()].to_string())
            .collect()
    }

    #[test]
    fn wraps_and_separates_paragraphs() {
        let d = doc("Title here\n\nThe quick brown fox jumps\nover\n\nEnd");
        let l = Layout::new(&d, 10);
        assert_eq!(
            shown(&d, &l),
            [
                "Title here",
                "",
                "The quick",
                "brown fox",
                "jumps",
                "over",
                "",
                "End"
            ]
        );
        assert_eq!(l.rows[0].kind, RowKind::Title);
        assert_eq!(l.rows[1].kind, RowKind::Blank);
        assert_eq!(l.rows[2].kind, RowKind::Body);
    }

    #[test]
    fn a_row_is_16_bytes() {
        // A whole text's layout holds a row per line of it.
        assert_eq!(std::mem::size_of::<Row>(), 16);
        let row = Row::new(1 << 40, (1 << 40) + 80, RowKind::Body);
        assert_eq!(row.range(), (1 << 40)..(1 << 40) + 80);
    }

    #[test]
    fn long_words_are_broken() {
        let d = doc("abcdefghij");
        let l = Layout::new(&d, 4);
        assert_eq!(shown(&d, &l), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn pages_and_offsets() {
        let d = doc("a\n\nb\n\nc\n\nd");
        let l = Layout::new(&d, 10);
        assert_eq!(l.rows.len(), 7);
        assert_eq!(l.page_count(3), 3);
        assert_eq!(l.page(2, 3).len(), 1);
        let c = d.text.find('c').unwrap();
        assert_eq!(l.page_of(c, 3), 1);
        assert!(l.page(5, 3).is_empty());
    }

    #[test]
    fn empty_document_has_one_empty_page() {
        let d = doc("");
        let l = Layout::new(&d, 0);
        assert_eq!(l.page_count(0), 1);
        assert_eq!(l.row_of(10), 0);
        assert!(l.page(0, 0).is_empty());
    }

    /// The rows textwrap itself makes: ordinary text must wrap the same.
    fn textwrap_rows(doc: &Document, width: usize) -> Vec<Row> {
        use textwrap::core::{Word, break_words};
        use textwrap::wrap_algorithms::wrap_first_fit;

        let mut rows = Vec::new();
        for (index, para) in doc.paragraphs.iter().enumerate() {
            if index > 0 && !doc.continues(index) {
                let at = doc.paragraphs[index - 1].end;
                rows.push(Row::new(at, at, RowKind::Blank));
            }
            let mut pos = para.start;
            for line in doc.text[para.clone()].split('\n') {
                let words: Vec<Word> = WordSeparator::UnicodeBreakProperties
                    .find_words(line)
                    .collect();
                let words = break_words(words, width);
                let offset = |s: &str| s.as_ptr() as usize - line.as_ptr() as usize;
                for chunk in wrap_first_fit(&words, &[width as f64]) {
                    let (Some(first), Some(last)) = (chunk.first(), chunk.last()) else {
                        continue;
                    };
                    let kind = if index == 0 && pos == para.start {
                        RowKind::Title
                    } else {
                        RowKind::Body
                    };
                    rows.push(Row::new(
                        pos + offset(first.word),
                        pos + offset(last.word) + last.word.len(),
                        kind,
                    ));
                }
                pos += line.len() + 1;
            }
        }
        rows
    }

    /// Everything a layout promises, whatever the text.
    fn check_layout(d: &Document, l: &Layout) -> Result<(), TestCaseError> {
        let text = &*d.text;
        let mut boundaries = vec![false; text.len() + 1];
        for (i, _) in text.grapheme_indices(true) {
            boundaries[i] = true;
        }
        boundaries[text.len()] = true;
        let mut seen = vec![0u32; text.len()];
        let mut last: Option<Row> = None;
        for (i, row) in l.rows.iter().enumerate() {
            prop_assert!(
                row.start <= row.end() && row.end() <= text.len(),
                "{:?}",
                row
            );
            prop_assert!(text.is_char_boundary(row.start) && text.is_char_boundary(row.end()));
            prop_assert!(
                boundaries[row.start] && boundaries[row.end()],
                "row {:?} cuts a cluster in {:?}",
                row,
                text
            );
            if let Some(last) = last {
                prop_assert!(
                    row.start > last.start && row.start >= last.end(),
                    "{:?} then {:?}",
                    last,
                    row
                );
            }
            last = Some(*row);
            prop_assert_eq!(l.row_of(row.start), i);
            let s = &text[row.range()];
            prop_assert!(
                s.width() <= l.width || s.graphemes(true).count() == 1,
                "{:?} is wider than {}",
                s,
                l.width
            );
            for (at, _) in s.char_indices() {
                seen[row.start + at] += 1;
            }
        }
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                prop_assert!(seen[i] <= 1);
            } else {
                prop_assert_eq!(seen[i], 1, "char {:?} at {} in {:?}", c, i, text);
            }
        }
        Ok(())
    }

    /// The rows of `text` (one line, no paragraph breaks) at `width`, as text.
    fn rows_of(text: &str, width: usize) -> Vec<String> {
        let d = doc(text);
        let l = Layout::new(&d, width);
        check_layout(&d, &l).unwrap();
        shown(&d, &l)
    }

    #[test]
    fn stacked_combining_marks_stay_on_their_letter() {
        let heavy = "e".to_string() + &"\u{301}".repeat(50);
        let text = format!("ab{heavy}cd");
        assert_eq!(rows_of(&text, 1), ["a", "b", heavy.as_str(), "c", "d"]);
        assert_eq!(rows_of(&text, 3), [format!("ab{heavy}"), "cd".to_string()]);
        // A space then a mark is one cluster: no break between them, and the
        // word it joins is broken between clusters.
        assert_eq!(rows_of("ab \u{301}cd", 3), ["ab \u{301}", "cd"]);
        assert_eq!(rows_of("ab \u{301}cd", 9), ["ab \u{301}cd"]);
        // Only marks: one cluster of no width.
        let marks = "\u{301}".repeat(50);
        assert_eq!(rows_of(&marks, 1), [marks.as_str()]);
    }

    #[test]
    fn emoji_sequences_flags_and_jamo_stay_whole() {
        let family = "👨\u{200d}👩\u{200d}👧\u{200d}👦";
        for width in 1..12 {
            let text = format!("The family {family}");
            let rows = rows_of(&text, width);
            assert!(rows.iter().any(|r| r.ends_with(family)), "{rows:?}");
        }
        assert_eq!(rows_of("🇰🇷🇯🇵🇫🇷", 3), ["🇰🇷", "🇯🇵", "🇫🇷"]);
        let jamo = "\u{1100}\u{1161}\u{11a8}";
        assert_eq!(
            rows_of(&jamo.repeat(3), 3),
            [jamo, jamo, jamo].map(String::from)
        );
        assert_eq!(rows_of("日本語", 1), ["日", "本", "語"]);
        assert_eq!(rows_of("日本語", 4), ["日本", "語"]);
    }

    #[test]
    fn zero_width_text_is_kept() {
        let text = "\u{200b}\u{200d}".repeat(1000);
        let rows = rows_of(&text, 1);
        assert_eq!(rows.concat(), text);
        assert_eq!(rows_of("a\u{200d}\u{200d}", 1), ["a\u{200d}\u{200d}"]);
    }

    #[test]
    fn a_prepended_mark_keeps_the_space_after_it() {
        // U+0600 joins the character after it, even a space.
        assert_eq!(rows_of("ab\u{600} cd", 4), ["ab\u{600} ", "cd"]);
        assert_eq!(rows_of("ab\u{600} cd", 3), ["ab", "\u{600} ", "cd"]);
    }

    #[test]
    fn huge_and_empty_texts_lay_out() {
        let line = "x".repeat(1 << 20);
        let d = doc(&line);
        let l = Layout::new(&d, 80);
        // A line that long is laid out in pieces (see PARAGRAPH_MAX), each
        // starting a row of its own and with no blank row between them.
        let pieces = d.paragraphs.len();
        assert_eq!(pieces, (1 << 20) / crate::document::PARAGRAPH_MAX);
        assert_eq!(
            l.rows.len(),
            pieces * crate::document::PARAGRAPH_MAX.div_ceil(80)
        );
        assert!(l.rows.iter().all(|r| r.end() - r.start <= 80));
        assert!(l.rows.iter().all(|r| r.kind != RowKind::Blank));
        let l = Layout::new(&d, 1);
        assert_eq!(l.rows.len(), 1 << 20);
        let d = doc(&"\n".repeat(1_000_000));
        assert!(Layout::new(&d, 80).rows.is_empty());
        let d = doc(&"word ".repeat(200_000));
        let l = Layout::new(&d, 80);
        let expected: usize = d
            .paragraphs
            .iter()
            .map(|p| d.text[p.clone()].split_whitespace().count().div_ceil(16))
            .sum();
        assert_eq!(l.rows.len(), expected);
        assert!(expected < 200_000_usize.div_ceil(16) + d.paragraphs.len());
    }

    pub(super) fn article() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            "[a-zA-Z]{1,12}",
            "[àéîøüß]{1,4}",
            "[日本語中文한국]{1,6}",
            Just("—".to_string()),
            Just("Sol-ju".to_string()),
        ];
        let sep = prop_oneof![
            6 => Just(" ".to_string()),
            1 => Just("  ".to_string()),
            1 => Just("\n".to_string()),
            1 => Just("\n\n".to_string()),
            1 => Just("\n \n\n".to_string()),
        ];
        proptest::collection::vec((word, sep), 0..120)
            .prop_map(|parts| parts.into_iter().map(|(w, s)| w + &s).collect())
    }

    proptest! {
        #[test]
        fn every_character_is_on_exactly_one_page_in_order(
            text in article(), width in 1usize..60, height in 1usize..30
        ) {
            let d = doc(&text);
            let l = Layout::new(&d, width);
            let mut seen = vec![0u32; d.text.len()];
            let mut last_end = 0;
            for page in 0..l.page_count(height) {
                for row in l.page(page, height) {
                    prop_assert!(row.start >= last_end, "rows out of order");
                    last_end = row.end();
                    for (i, _) in d.text[row.range()].char_indices() {
                        seen[row.start + i] += 1;
                    }
                }
            }
            for (i, c) in d.text.char_indices() {
                let expected = u32::from(!c.is_whitespace());
                if c.is_whitespace() {
                    prop_assert!(seen[i] <= 1);
                } else {
                    prop_assert_eq!(seen[i], expected, "char {:?} at {}", c, i);
                }
            }
        }

        #[test]
        fn a_window_is_a_run_of_the_full_rows(
            text in article(), width in 1usize..60, pick in any::<prop::sample::Index>(),
            before in 0usize..20, after in 0usize..20
        ) {
            let d = doc(&text);
            let full = Layout::new(&d, width);
            let offset = pick.index(d.text.len() + 1);
            let w = Layout::window(&d, width, offset, before, after);
            prop_assert_eq!(w.width, full.width);
            if w.rows.is_empty() {
                prop_assert!(full.rows.is_empty());
                return Ok(());
            }
            let first = full.row_of(w.rows[0].start);
            prop_assert_eq!(&full.rows[first..first + w.rows.len()], &w.rows[..]);
            // Enough rows on each side, unless the text ends first.
            let at = full.row_of(offset);
            prop_assert!(w.rows[0].start <= full.rows[at].start);
            prop_assert!(at - first >= before || w.has_start());
            prop_assert!(first + w.rows.len() - 1 - at >= after || w.has_end(&d));
            prop_assert_eq!(w.is_complete(), w.rows.len() == full.rows.len());
        }

        #[test]
        fn a_row_start_maps_back_to_its_row(text in article(), width in 1usize..60) {
            let d = doc(&text);
            let l = Layout::new(&d, width);
            for (i, row) in l.rows.iter().enumerate() {
                prop_assert_eq!(l.row_of(row.start), i);
            }
        }

        #[test]
        fn no_row_is_wider_than_the_column(text in article(), width in 1usize..60) {
            let d = doc(&text);
            let l = Layout::new(&d, width);
            for row in &l.rows {
                let s = &d.text[row.range()];
                prop_assert!(
                    s.width() <= width || s.graphemes(true).count() == 1,
                    "{:?} is wider than {}", s, width
                );
            }
        }

        #[test]
        fn ordinary_text_wraps_as_textwrap_wraps_it(text in article(), width in 1usize..60) {
            let d = doc(&text);
            let l = Layout::new(&d, width);
            prop_assert_eq!(l.rows, textwrap_rows(&d, width));
        }

        #[test]
        fn hostile_text_lays_out_soundly(text in crate::document::tests::hostile(), width in 1usize..40) {
            let d = doc(&text);
            check_layout(&d, &Layout::new(&d, width))?;
        }

        #[test]
        fn any_text_lays_out_soundly(text in any::<String>(), width in 1usize..20) {
            let d = doc(&text);
            check_layout(&d, &Layout::new(&d, width))?;
        }

        #[test]
        fn every_page_but_the_last_is_full(text in article(), width in 1usize..60, height in 1usize..30) {
            let d = doc(&text);
            let l = Layout::new(&d, width);
            let pages = l.page_count(height);
            for page in 0..pages - 1 {
                prop_assert_eq!(l.page(page, height).len(), height);
            }
            prop_assert!(l.page(pages - 1, height).len() <= height);
        }

        #[test]
        fn an_offset_survives_a_change_of_width(
            text in article(), w1 in 1usize..60, w2 in 1usize..60, pick in any::<prop::sample::Index>()
        ) {
            let d = doc(&text);
            let chars: Vec<usize> = d.text.char_indices()
                .filter(|(_, c)| !c.is_whitespace()).map(|(i, _)| i).collect();
            prop_assume!(!chars.is_empty());
            let offset = chars[pick.index(chars.len())];
            for w in [w1, w2] {
                let l = Layout::new(&d, w);
                let row = l.rows[l.row_of(offset)];
                prop_assert!(row.range().contains(&offset), "offset {} not in row {:?} at width {}", offset, row, w);
            }
        }
    }

    proptest! {
        // Each case lays out a few hundred KB: fewer cases.
        #![proptest_config(ProptestConfig::with_cases(16))]

        #[test]
        fn a_window_in_a_paragraph_cut_into_pieces_is_a_run_of_the_full_rows(
            word in "[a-zé日]{1,9}", spaced in any::<bool>(), width in 1usize..60,
            pick in any::<prop::sample::Index>(), before in 0usize..30, after in 0usize..30
        ) {
            // One paragraph of about three pieces, with or without spaces.
            let sep = if spaced { " " } else { "" };
            let unit = format!("{word}{sep}");
            let text = unit.repeat(3 * crate::document::PARAGRAPH_MAX / unit.len());
            let d = doc(&format!("Title\n\n{text}"));
            prop_assert!(d.paragraphs.len() >= 4);
            let full = Layout::new(&d, width);
            let offset = pick.index(d.text.len() + 1);
            let w = Layout::window(&d, width, offset, before, after);
            let first = full.row_of(w.rows[0].start);
            prop_assert_eq!(&full.rows[first..first + w.rows.len()], &w.rows[..]);
            let at = full.row_of(offset);
            prop_assert!(at - first >= before || w.has_start());
            prop_assert!(first + w.rows.len() - 1 - at >= after || w.has_end(&d));
        }
    }
}
