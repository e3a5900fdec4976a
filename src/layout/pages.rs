//! The rows a reader holds of a document: a window of them around the view,
//! numbered among all of the text's once its rows are counted.

use super::{Layout, Row, RowCounts};
use crate::document::Document;

/// The rows of a document at one width as a reader holds them: the rows of
/// a window of whole paragraphs around the view ([`Layout::window`]), or of
/// all of a short text, and, once the whole text is counted, the number of
/// rows of each paragraph ([`RowCounts`]).
///
/// Rows are numbered from the start of the text when their place in it is
/// known: always for a window that starts with the text, and for any
/// window once the counts are in. Until then they are numbered from the
/// window's first. Numbered from the start, every answer is the full
/// layout's ([`Layout::new`]): pages are runs of `height` rows of the whole
/// text, though only the window's rows are held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pages {
    window: Layout,
    counts: Option<RowCounts>,
    /// The number of the window's first row among all, when known.
    first: Option<usize>,
}

impl Pages {
    /// No rows at all, for a view that has not been given a size yet.
    pub fn empty() -> Pages {
        Pages::from(Layout::empty())
    }

    /// All the rows of `doc` wrapped to `width`, for a short text.
    pub fn whole(doc: &Document, width: usize) -> Pages {
        Pages::from(Layout::new(doc, width))
    }

    /// The rows of the paragraphs around byte `offset` (see
    /// [`Layout::window`]); numbered from the start of the text once the
    /// counts arrive ([`Pages::counted`]), unless they start with it.
    pub fn around(
        doc: &Document,
        width: usize,
        offset: usize,
        before: usize,
        after: usize,
    ) -> Pages {
        Pages::from(Layout::window(doc, width, offset, before, after))
    }

    /// The rows of the whole text are counted: the window's rows are
    /// numbered among all from now on. Counts for another width, or for
    /// another text (see [`RowCounts::fits`]), are not taken (false).
    pub fn counted(&mut self, doc: &Document, counts: RowCounts) -> bool {
        if counts.width() != self.window.width || !counts.fits(doc) {
            return false;
        }
        self.counts = Some(counts);
        self.first = self.first_of_window();
        true
    }

    /// Lay out the window again, around byte `offset` (see
    /// [`Layout::window`]); the counts are kept.
    pub fn move_window(&mut self, doc: &Document, offset: usize, before: usize, after: usize) {
        self.window = Layout::window(doc, self.window.width, offset, before, after);
        self.first = self.first_of_window();
    }

    /// The rows laid out.
    pub fn window(&self) -> &Layout {
        &self.window
    }

    /// The whole text's row counts, when they are known and needed (a
    /// window of the whole text needs none).
    pub fn counts(&self) -> Option<&RowCounts> {
        self.counts.as_ref()
    }

    /// The width the rows are wrapped to (0 before there is a size).
    pub fn width(&self) -> usize {
        self.window.width
    }

    /// The number of the first row laid out among all the rows of the text,
    /// when known.
    pub fn first_row(&self) -> Option<usize> {
        self.first
    }

    /// True when every row's place in the whole text, and so every page, is
    /// known: all the rows are laid out or counted.
    pub fn is_complete(&self) -> bool {
        self.window.is_complete() || self.counts.is_some()
    }

    /// True when the rows laid out include the start of the text.
    pub fn has_start(&self) -> bool {
        self.window.has_start()
    }

    /// True when the rows laid out include the end of the text.
    pub fn has_end(&self, doc: &Document) -> bool {
        self.window.has_end(doc)
    }

    /// True when the row that shows `offset` is laid out.
    pub fn covers(&self, doc: &Document, offset: usize) -> bool {
        self.window.covers(doc, offset)
    }

    /// The number of rows: of the whole text when complete, else those laid
    /// out.
    pub fn rows(&self) -> usize {
        match &self.counts {
            Some(counts) => counts.rows(),
            None => self.window.rows.len(),
        }
    }

    /// The number of the row that shows `offset`: the last row starting at
    /// or before it (0 when there are none). Outside the window it is laid
    /// out when the counts are known, else it is the window's nearest row.
    pub fn row_of(&self, doc: &Document, offset: usize) -> usize {
        let base = self.first.unwrap_or(0);
        match &self.counts {
            Some(counts) if !self.window.covers(doc, offset) => counts.row_of(doc, offset),
            _ => {
                let up_to = self.window.rows.partition_point(|r| r.start <= offset);
                (base + up_to).saturating_sub(1)
            }
        }
    }

    /// The byte offset where row `row` starts (the text's end past the last
    /// row). Outside the window it is laid out when the counts are known,
    /// else it is the window's nearest row.
    pub fn offset_of_row(&self, doc: &Document, row: usize) -> usize {
        let local = row.checked_sub(self.first.unwrap_or(0));
        match (local, &self.counts) {
            (Some(local), _) if local < self.window.rows.len() => self.window.rows[local].start,
            (_, Some(counts)) => counts.offset_of_row(doc, row),
            (local, None) => self.window.offset_of_row(local.unwrap_or(0)),
        }
    }

    /// The rows laid out from row `row` on (none when it is not laid out).
    pub fn rows_from(&self, row: usize) -> &[Row] {
        row.checked_sub(self.first.unwrap_or(0))
            .and_then(|local| self.window.rows.get(local..))
            .unwrap_or(&[])
    }

    /// Number of pages of `height` rows (at least 1, even for an empty
    /// text): of the whole text when complete.
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

    /// The number of the window's first row among all, when known.
    fn first_of_window(&self) -> Option<usize> {
        match (&self.window.window, &self.counts) {
            (None, _) => Some(0),
            (Some(w), _) if w.start == 0 => Some(0),
            (Some(w), Some(counts)) => Some(counts.first_row(w.start)),
            (Some(_), None) => None,
        }
    }
}

impl From<Layout> for Pages {
    /// The rows of `window`, numbered from the start of the text if it
    /// starts with it.
    fn from(window: Layout) -> Pages {
        let mut pages = Pages {
            window,
            counts: None,
            first: None,
        };
        pages.first = pages.first_of_window();
        pages
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::tests::{article, doc};
    use super::*;
    use crate::document::{Format, PARAGRAPH_MAX};

    /// Texts of every kind: ordinary, hostile (marks, NBSP, U+2028, CJK,
    /// right-to-left, controls), any characters, and many short paragraphs
    /// (over a running total's 64 of them).
    fn text() -> impl Strategy<Value = String> {
        let short = prop_oneof![
            3 => "[a-z]{1,12}( [a-zé]{1,9}){0,12}",
            1 => crate::document::tests::hostile(),
            1 => Just(" ".to_string()),
        ];
        prop_oneof![
            article(),
            crate::document::tests::hostile(),
            any::<String>(),
            proptest::collection::vec(short, 0..300).prop_map(|p| p.join("\n\n")),
        ]
    }

    /// The document of `text`: plain, or rendered as Markdown (indents,
    /// quotes, code blocks) when it is asked for and renders.
    fn document(text: &str, markdown: bool) -> Document {
        let marked = format!("# {text}\n\n> {text}\n\n- {text}\n\n```\n{text}\n```\n\n{text}");
        markdown
            .then(|| Document::from_bytes_as("t.md", marked.as_bytes(), Some(Format::Markdown)))
            .and_then(Result::ok)
            .unwrap_or_else(|| doc(text))
    }

    /// Everything the counts promise: each paragraph's rows are the full
    /// layout's, found from either end.
    fn check_counts(d: &Document, full: &Layout, c: &RowCounts) -> Result<(), TestCaseError> {
        prop_assert_eq!(c.width(), full.width);
        prop_assert_eq!(c.paragraphs(), d.paragraphs.len());
        prop_assert!(c.fits(d));
        prop_assert_eq!(c.rows(), full.rows.len());
        let mut first = 0;
        for (index, para) in d.paragraphs.iter().enumerate() {
            prop_assert_eq!(c.first_row(index), first);
            let rows = &full.rows[first..first + c.rows_in(index)];
            for (i, row) in rows.iter().enumerate() {
                // The blank row before it, or rows within it.
                let blank = i == 0 && index > 0 && row.start == d.paragraphs[index - 1].end;
                prop_assert!(
                    blank || (para.start <= row.start && row.end() <= para.end),
                    "{:?} in paragraph {} {:?}",
                    row,
                    index,
                    para
                );
                prop_assert_eq!(c.paragraph_of_row(first + i), index);
            }
            first += rows.len();
        }
        prop_assert_eq!(first, full.rows.len());
        prop_assert_eq!(c.first_row(d.paragraphs.len()), first);
        prop_assert_eq!(c.paragraph_of_row(first), d.paragraphs.len());
        Ok(())
    }

    /// Offsets worth asking about: every one of a short text, else those
    /// near the paragraphs' ends and about `samples` more. (Each outside the
    /// window lays out its paragraph.)
    fn offsets(d: &Document, samples: usize) -> Vec<usize> {
        let len = d.text.len();
        if len <= 3 * samples {
            return (0..=len + 1).collect();
        }
        let mut at: Vec<usize> = d
            .paragraphs
            .iter()
            .flat_map(|p| [p.start, p.end])
            .flat_map(|o| [o.saturating_sub(1), o, o + 1])
            .collect();
        at.extend((0..=len + 1).step_by(len / samples));
        at
    }

    /// Rows worth asking about: every one of a short layout, else those near
    /// the window's and the paragraphs' edges and about `samples` more.
    fn rows(full: &Layout, p: &Pages, samples: usize) -> Vec<usize> {
        let len = full.rows.len();
        if len <= 3 * samples {
            return (0..len + 2).collect();
        }
        let c = p.counts().expect("counted");
        let first = p.first_row().expect("numbered");
        let mut at: Vec<usize> = (0..=c.paragraphs())
            .map(|i| c.first_row(i))
            .chain([first, first + p.window().rows.len(), len])
            .flat_map(|r| [r.saturating_sub(1), r, r + 1])
            .collect();
        at.extend((0..len + 2).step_by(len / samples));
        at
    }

    /// Everything the pages promise, numbered from the start of the text:
    /// the full layout's answers.
    fn check_pages(
        d: &Document,
        full: &Layout,
        p: &Pages,
        samples: usize,
    ) -> Result<(), TestCaseError> {
        let first = p.first_row().expect("numbered");
        let window = &p.window().rows;
        prop_assert_eq!(&full.rows[first..first + window.len()], &window[..]);
        prop_assert_eq!(p.rows(), full.rows.len());
        prop_assert!(p.is_complete());
        for offset in offsets(d, samples) {
            prop_assert_eq!(
                p.row_of(d, offset),
                full.row_of(offset),
                "offset {}",
                offset
            );
        }
        for row in rows(full, p, samples) {
            prop_assert_eq!(
                p.offset_of_row(d, row),
                full.offset_of_row(row),
                "row {}",
                row
            );
            let shown = p.rows_from(row);
            prop_assert_eq!(shown, full.rows.get(row..row + shown.len()).unwrap_or(&[]));
            let laid_out = row >= first && row < first + window.len();
            prop_assert_eq!(shown.is_empty(), !laid_out);
        }
        for height in [1, 3, 24] {
            prop_assert_eq!(p.page_count(height), full.page_count(height));
            for offset in offsets(d, samples).into_iter().step_by(11) {
                prop_assert_eq!(p.page_of(d, offset, height), full.page_of(offset, height));
            }
        }
        let c = p.counts().expect("counted");
        for start in rows(full, p, samples).into_iter().step_by(13) {
            for len in [0, 1, 30] {
                let rows = c.rows_between(d, start..start + len);
                let end = (start + len).min(full.rows.len());
                prop_assert_eq!(&rows[..], full.rows.get(start..end).unwrap_or(&[]));
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn counts_are_the_full_layouts_rows_per_paragraph(
            text in text(), width in 1usize..50, markdown in any::<bool>()
        ) {
            let d = document(&text, markdown);
            let full = Layout::new(&d, width);
            check_counts(&d, &full, &RowCounts::new(&d, width))?;
        }

        #[test]
        fn a_counted_window_is_numbered_as_the_full_layout(
            text in text(), width in 1usize..50, markdown in any::<bool>(),
            pick in any::<prop::sample::Index>(), before in 0usize..20, after in 0usize..20
        ) {
            let d = document(&text, markdown);
            let full = Layout::new(&d, width);
            let offset = pick.index(d.text.len() + 1);
            let mut p = Pages::around(&d, width, offset, before, after);
            // Before the counts, rows are numbered from the start of the
            // text only when the window starts with it.
            prop_assert_eq!(p.first_row().is_some(), p.has_start());
            prop_assert_eq!(p.is_complete(), p.window().is_complete());
            prop_assert!(p.counted(&d, RowCounts::new(&d, width)));
            check_pages(&d, &full, &p, 60)?;
            // Moved elsewhere, still numbered as the full layout.
            let elsewhere = pick.index(d.text.len() / 2 + 1);
            p.move_window(&d, elsewhere, after, before);
            check_pages(&d, &full, &p, 20)?;
        }

        #[test]
        fn counts_for_another_text_or_width_are_not_taken(
            text in article(), width in 1usize..50
        ) {
            let d = doc(&text);
            let other = doc(&format!("{text}\n\nOne more paragraph."));
            // The text read so far, grown by a word (its last paragraph
            // longer, or one more).
            let grown = doc(&format!("{text}word"));
            let mut p = Pages::around(&d, width, 0, 0, 0);
            prop_assert!(!p.counted(&d, RowCounts::new(&d, width + 1)));
            prop_assert!(!p.counted(&d, RowCounts::new(&other, width)));
            prop_assert!(!p.counted(&d, RowCounts::new(&grown, width)));
            prop_assert!(p.counts().is_none());
        }
    }

    proptest! {
        // Each case lays out a few hundred KB: fewer cases.
        #![proptest_config(ProptestConfig::with_cases(6))]

        #[test]
        fn a_counted_window_in_a_paragraph_cut_into_pieces_is_numbered_as_the_full_layout(
            word in "[a-zé日][a-zé日\u{a0}]{0,8}", spaced in any::<bool>(), width in 1usize..60,
            pick in any::<prop::sample::Index>(), before in 0usize..30, after in 0usize..30
        ) {
            let sep = if spaced { " " } else { "" };
            let unit = format!("{word}{sep}");
            let text = unit.repeat(3 * PARAGRAPH_MAX / unit.len());
            let d = doc(&format!("Title\n\n{text}\n\nEnd\n\n{text}"));
            prop_assert!(d.paragraphs.len() >= 6);
            let full = Layout::new(&d, width);
            let c = RowCounts::new(&d, width);
            check_counts(&d, &full, &c)?;
            let offset = pick.index(d.text.len() + 1);
            let mut p = Pages::around(&d, width, offset, before, after);
            prop_assert!(p.counted(&d, c));
            check_pages(&d, &full, &p, 20)?;
        }
    }

    #[test]
    fn an_empty_text_has_one_empty_page() {
        let d = doc("");
        let mut p = Pages::around(&d, 10, 0, 5, 5);
        assert!(p.counted(&d, RowCounts::new(&d, 10)));
        assert_eq!(p.rows(), 0);
        assert_eq!(p.page_count(5), 1);
        assert_eq!(p.row_of(&d, 3), 0);
        assert_eq!(p.offset_of_row(&d, 4), 0);
        assert!(p.rows_from(0).is_empty());
    }
}
