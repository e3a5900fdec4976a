//! Wrapping a document into a reading column and cutting it into pages.
//!
//! A [`Layout`] is a list of rows, each a byte range of the document text, for one
//! column width. Pages are runs of `height` rows. Nothing here knows about the
//! terminal: positions go in and out as byte offsets.

use std::ops::Range;

use textwrap::WordSeparator;
use textwrap::core::{Word, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;

use crate::document::Document;

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

/// One screen row of the reading column: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
    pub kind: RowKind,
}

impl Row {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The rows of a document wrapped to one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub width: usize,
    pub rows: Vec<Row>,
}

impl Layout {
    /// Wrap `doc` to `width` columns (at least 1). Paragraphs are separated by one
    /// blank row; line breaks inside a paragraph are kept. Row starts strictly
    /// increase, so `row_of(rows[i].start) == i`.
    pub fn new(doc: &Document, width: usize) -> Layout {
        let width = width.max(1);
        let mut rows = Vec::new();
        for (index, para) in doc.paragraphs.iter().enumerate() {
            if index > 0 {
                // The blank row sits at the end of the paragraph before it, so
                // that every row starts at a distinct offset.
                let at = doc.paragraphs[index - 1].end;
                rows.push(Row {
                    start: at,
                    end: at,
                    kind: RowKind::Blank,
                });
            }
            let mut pos = para.start;
            for line in doc.text[para.clone()].split('\n') {
                let first_row = rows.len();
                wrap_line(line, pos, width, &mut rows);
                if index == 0 && pos == para.start {
                    for row in &mut rows[first_row..] {
                        row.kind = RowKind::Title;
                    }
                }
                pos += line.len() + 1;
            }
        }
        Layout { width, rows }
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
        self.rows.len().div_ceil(height.max(1)).max(1)
    }

    /// The 0-based page that contains row `row`.
    pub fn page_of_row(&self, row: usize, height: usize) -> usize {
        (row / height.max(1)).min(self.page_count(height) - 1)
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
            .map_or_else(|| self.rows.last().map_or(0, |r| r.end), |r| r.start)
    }
}

/// Wrap one source line that starts at byte `base`, appending its rows.
fn wrap_line(line: &str, base: usize, width: usize, rows: &mut Vec<Row>) {
    let words: Vec<Word> = WordSeparator::UnicodeBreakProperties
        .find_words(line)
        .collect();
    let words = break_words(words, width);
    let origin = line.as_ptr() as usize;
    let offset = |s: &str| s.as_ptr() as usize - origin;
    for chunk in wrap_first_fit(&words, &[width as f64]) {
        let (Some(first), Some(last)) = (chunk.first(), chunk.last()) else {
            continue;
        };
        let start = offset(first.word);
        let end = offset(last.word) + last.word.len();
        rows.push(Row {
            start: base + start,
            end: base + end,
            kind: RowKind::Body,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_width::UnicodeWidthStr;

    fn doc(text: &str) -> Document {
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

    fn article() -> impl Strategy<Value = String> {
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
                    last_end = row.end;
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
        fn a_row_start_maps_back_to_its_row(text in article(), width in 1usize..60) {
            let d = doc(&text);
            let l = Layout::new(&d, width);
            for (i, row) in l.rows.iter().enumerate() {
                prop_assert_eq!(l.row_of(row.start), i);
            }
        }

        #[test]
        fn no_row_is_wider_than_the_column(text in article(), width in 2usize..60) {
            let d = doc(&text);
            let l = Layout::new(&d, width);
            for row in &l.rows {
                let s = &d.text[row.range()];
                prop_assert!(s.width() <= width, "{:?} is wider than {}", s, width);
            }
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
}
