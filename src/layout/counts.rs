//! How many rows each paragraph of a document takes at one width: what
//! pages need of the whole text, without its rows.

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{Row, owner, push_paragraph};
use crate::document::Document;

/// Paragraphs per running total in [`RowCounts`].
const BLOCK: usize = 64;

/// The number of rows of every paragraph of a document wrapped to one
/// width, exactly as [`Layout::new`](super::Layout::new) would lay them out
/// (a paragraph's rows start with the blank row that parts it from the one
/// before), without the rows themselves.
///
/// About 4 bytes a paragraph: a count for each, and the rows before every
/// 64th, so that a row's paragraph and a paragraph's first row are found in
/// logarithmic time. Rows are numbered from the start of the text, as in the
/// full layout; a paragraph's rows are laid out again when they are needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowCounts {
    width: usize,
    /// The length of the text counted.
    text: usize,
    /// The rows of each paragraph.
    counts: Vec<u32>,
    /// The rows before paragraph `BLOCK * i`, for each `i`.
    marks: Vec<u64>,
    /// The rows of all the paragraphs.
    total: u64,
}

impl RowCounts {
    /// Count the rows of `doc` wrapped to `width` columns (at least 1).
    pub fn new(doc: &Document, width: usize) -> RowCounts {
        RowCounts::new_unless(doc, width, &AtomicBool::new(false))
            .expect("counting that is never cancelled ends")
    }

    /// [`RowCounts::new`], given up (`None`) as soon as `cancel` is set: a
    /// background count that a newer size has made useless. Time is linear in
    /// the text; nothing is held but the counts and the rows of one paragraph.
    pub fn new_unless(doc: &Document, width: usize, cancel: &AtomicBool) -> Option<RowCounts> {
        let width = width.max(1);
        let n = doc.paragraphs.len();
        let mut counts = Vec::with_capacity(n);
        let mut marks = Vec::with_capacity(n.div_ceil(BLOCK));
        let mut total = 0u64;
        let mut rows = Vec::new();
        for index in 0..n {
            if index % 256 == 0 && cancel.load(Ordering::Relaxed) {
                return None;
            }
            if index % BLOCK == 0 {
                marks.push(total);
            }
            rows.clear();
            push_paragraph(doc, index, width, &mut rows);
            let count = u32::try_from(rows.len()).expect("a paragraph piece has under 4G rows");
            counts.push(count);
            total += u64::from(count);
        }
        Some(RowCounts {
            width,
            text: doc.text.len(),
            counts,
            marks,
            total,
        })
    }

    /// The width the rows were counted for.
    pub fn width(&self) -> usize {
        self.width
    }

    /// How many paragraphs were counted.
    pub fn paragraphs(&self) -> usize {
        self.counts.len()
    }

    /// True when these are the counts of `doc`'s text, as far as its length
    /// and its number of paragraphs tell: the counts of a text that has grown
    /// since are not.
    pub fn fits(&self, doc: &Document) -> bool {
        self.text == doc.text.len() && self.counts.len() == doc.paragraphs.len()
    }

    /// The rows of the whole text.
    pub fn rows(&self) -> usize {
        to_usize(self.total)
    }

    /// The rows of paragraph `index`.
    pub fn rows_in(&self, index: usize) -> usize {
        self.counts[index] as usize
    }

    /// The index, among all the rows, of the first row of paragraph `index`
    /// (the number of rows before it; all of them for `index` past the last).
    pub fn first_row(&self, index: usize) -> usize {
        if index >= self.counts.len() {
            return self.rows();
        }
        let block = index / BLOCK;
        let within: u64 = self.counts[block * BLOCK..index]
            .iter()
            .map(|&c| u64::from(c))
            .sum();
        to_usize(self.marks[block] + within)
    }

    /// The paragraph whose rows include row `row` (the number of paragraphs
    /// past the last row).
    pub fn paragraph_of_row(&self, row: usize) -> usize {
        let row = row as u64;
        if row >= self.total {
            return self.counts.len();
        }
        // The last block that starts at or before the row holds it.
        let block = self.marks.partition_point(|&m| m <= row) - 1;
        let mut before = self.marks[block];
        for (index, &count) in self.counts.iter().enumerate().skip(block * BLOCK) {
            before += u64::from(count);
            if before > row {
                return index;
            }
        }
        unreachable!("the row is before the total")
    }

    /// The index of the row that shows byte `offset`, as
    /// [`Layout::row_of`](super::Layout::row_of) of the full layout gives it:
    /// the last row starting at or before it (0 when there are no rows). Lays
    /// out the paragraph that holds it.
    pub fn row_of(&self, doc: &Document, offset: usize) -> usize {
        if doc.paragraphs.is_empty() {
            return 0;
        }
        let at = owner(doc, offset);
        let rows = self.paragraph_rows(doc, at);
        let up_to = rows.partition_point(|r| r.start <= offset);
        (self.first_row(at) + up_to).saturating_sub(1)
    }

    /// The byte offset where row `row` starts, as
    /// [`Layout::offset_of_row`](super::Layout::offset_of_row) of the full
    /// layout gives it (the end of the last row past it).
    pub fn offset_of_row(&self, doc: &Document, row: usize) -> usize {
        if row >= self.rows() {
            return match self.rows().checked_sub(1) {
                Some(last) => self.row(doc, last).end(),
                None => 0,
            };
        }
        self.row(doc, row).start
    }

    /// Row `row` (which must be before the total).
    fn row(&self, doc: &Document, row: usize) -> Row {
        let at = self.paragraph_of_row(row);
        self.paragraph_rows(doc, at)[row - self.first_row(at)]
    }

    /// The rows numbered `range` among all (those that exist), laid out from
    /// the paragraphs that hold them.
    pub fn rows_between(&self, doc: &Document, range: Range<usize>) -> Vec<Row> {
        let end = range.end.min(self.rows());
        if range.start >= end {
            return Vec::new();
        }
        let mut at = self.paragraph_of_row(range.start);
        let skip = range.start - self.first_row(at);
        let mut rows = Vec::with_capacity(end - range.start + skip);
        while rows.len() < end - range.start + skip {
            push_paragraph(doc, at, self.width, &mut rows);
            at += 1;
        }
        rows.truncate(end - range.start + skip);
        rows.drain(..skip);
        rows
    }

    /// Number of pages of `height` rows (at least 1, even for an empty text).
    pub fn page_count(&self, height: usize) -> usize {
        super::pages_in(self.rows(), height)
    }

    /// The 0-based page that contains row `row`.
    pub fn page_of_row(&self, row: usize, height: usize) -> usize {
        super::page_holding(row, self.page_count(height), height)
    }

    /// The 0-based page that contains byte `offset`.
    pub fn page_of(&self, doc: &Document, offset: usize, height: usize) -> usize {
        self.page_of_row(self.row_of(doc, offset), height)
    }

    /// The bytes the counts hold, for measuring.
    pub fn heap_bytes(&self) -> usize {
        self.counts.capacity() * size_of::<u32>() + self.marks.capacity() * size_of::<u64>()
    }

    /// The rows of paragraph `index`, laid out.
    fn paragraph_rows(&self, doc: &Document, index: usize) -> Vec<Row> {
        let mut rows = Vec::with_capacity(self.rows_in(index));
        push_paragraph(doc, index, self.width, &mut rows);
        rows
    }
}

/// A number of rows as an index: a text has at most two rows a byte (a
/// character and a blank row), and its bytes are in memory.
fn to_usize(n: u64) -> usize {
    usize::try_from(n).expect("a row count fits in usize")
}
