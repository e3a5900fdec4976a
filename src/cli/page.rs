//! `folio page`: one page exactly as the reading column lays it out.

use std::path::PathBuf;

use super::{Error, documents};
use crate::document::open::{self, HEAD_BYTES, Reading};
use crate::document::{Document, Format};
use crate::layout::{self, RowCounts};

/// The rows of one page of the article at `path` (the bundled one when
/// `None`), one per line.
///
/// A file is read only as far as the page needs: its start, then twice as
/// much each time, until the page's rows are all in paragraphs that are
/// read whole (or the file ends). The page past the end is an error, which
/// needs the whole file.
pub fn page(
    path: Option<PathBuf>,
    width: u16,
    height: u16,
    page: u64,
    format: Option<Format>,
) -> Result<String, Error> {
    let plan = open::plan_as(path.as_slice(), format)?;
    if plan.sources.len() != 1 || plan.found_in[0].is_some() {
        let docs = documents(path.as_slice(), format)?;
        return print_page(&docs[0], width, height, page);
    }
    let index = usize::try_from(page - 1).unwrap_or(usize::MAX);
    let rows_needed = index
        .saturating_add(1)
        .saturating_mul(usize::from(height).max(1));
    let mut reading = Reading::open_as(&plan.sources[0], format)?;
    let mut want = HEAD_BYTES;
    loop {
        reading.read_until(want)?;
        // Markup is printed from its whole rendering, never from a start
        // rendered apart.
        if reading.format().is_some_and(|f| f != Format::Text) {
            return print_page(&reading.read_all()?, width, height, page);
        }
        if reading.is_done() {
            return print_page(&reading.finish()?, width, height, page);
        }
        let doc = reading.snapshot();
        let counts = RowCounts::new(&doc, usize::from(width));
        // Rows before the last paragraph are final: it may go on.
        let last = doc.paragraphs.last().map_or(0, |p| p.start);
        let needed = rows_needed.wrapping_sub(1);
        if counts
            .rows_between(&doc, needed..needed.saturating_add(1))
            .first()
            .is_some_and(|row| row.end() <= last)
        {
            return Ok(rows_of(&doc, &counts, index, usize::from(height)));
        }
        want = want.saturating_mul(2);
    }
}

/// Page `page` of a document read whole. Only the rows of each paragraph are
/// counted; those of the page are laid out.
fn print_page(doc: &Document, width: u16, height: u16, page: u64) -> Result<String, Error> {
    let counts = RowCounts::new(doc, usize::from(width));
    let height = usize::from(height);
    let pages = counts.page_count(height);
    let index = usize::try_from(page - 1).unwrap_or(usize::MAX);
    if index >= pages {
        return Err(Error::PageOutOfRange { page, pages });
    }
    Ok(rows_of(doc, &counts, index, height))
}

/// The rows of page `index` (pages of `height` rows), one per line.
fn rows_of(doc: &Document, counts: &RowCounts, index: usize, height: usize) -> String {
    let height = height.max(1);
    let first = index.saturating_mul(height);
    let mut out = String::new();
    for row in counts.rows_between(doc, first..first.saturating_add(height)) {
        let deco = layout::decoration(doc, &row);
        if deco.rule {
            out.push_str(&"─".repeat(counts.width()));
        } else {
            out.push_str(&deco.prefix());
            out.push_str(&doc.text[row.range()]);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;

    #[test]
    fn page_prints_rows() {
        let out = page(None, 40, 5, 1, None).unwrap();
        assert_eq!(out.lines().count(), 5);
        assert!(out.starts_with("China confirms that North Korea’s Kim"));
        assert!(
            out.lines()
                .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 40)
        );
    }

    #[test]
    fn a_page_read_from_the_start_of_a_long_file_is_the_page_of_the_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.txt");
        let mut text = String::new();
        for i in 0..30_000 {
            text.push_str(&format!(
                "Paragraph {i} with some words\nthat wrap around.\n\n"
            ));
        }
        std::fs::write(&path, &text).unwrap();
        let whole = Document::from_text(&path.to_string_lossy(), &text, false);
        for n in [1, 2, 500, 5_000] {
            let expected = print_page(&whole, 20, 7, n).unwrap();
            assert_eq!(
                page(Some(path.clone()), 20, 7, n, None).unwrap(),
                expected,
                "page {n}"
            );
        }
        let full = Layout::new(&whole, 20);
        // Each page is the full layout's.
        for n in [1, 2, 500, 5_000] {
            let rows: String = full
                .page(n - 1, 7)
                .iter()
                .map(|r| format!("{}\n", &whole.text[r.range()]))
                .collect();
            assert_eq!(print_page(&whole, 20, 7, n as u64).unwrap(), rows);
        }
        let pages = full.page_count(7) as u64;
        assert!(page(Some(path.clone()), 20, 7, pages, None).is_ok());
        assert!(matches!(
            page(Some(path), 20, 7, pages + 1, None),
            Err(Error::PageOutOfRange { .. })
        ));
    }

    #[test]
    fn the_page_count_in_the_error_agrees_with_its_noun() {
        let one = Error::PageOutOfRange { page: 2, pages: 1 };
        assert_eq!(
            one.to_string(),
            "page 2 is past the end: the article has 1 page at this size"
        );
        let many = Error::PageOutOfRange { page: 9, pages: 3 };
        assert_eq!(
            many.to_string(),
            "page 9 is past the end: the article has 3 pages at this size"
        );
    }

    #[test]
    fn page_past_the_end_is_an_error() {
        assert!(matches!(
            page(None, 80, 24, 999, None),
            Err(Error::PageOutOfRange { .. })
        ));
    }
}
