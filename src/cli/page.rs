//! `folio page`: one page exactly as the reading column lays it out.

use std::path::PathBuf;

use super::{Error, documents};
use crate::layout::Layout;

/// The rows of one page of the article at `path` (the bundled one when
/// `None`), one per line.
pub fn page(path: Option<PathBuf>, width: u16, height: u16, page: u64) -> Result<String, Error> {
    let docs = documents(path.as_slice())?;
    let doc = &docs[0];
    let layout = Layout::new(doc, usize::from(width));
    let height = usize::from(height);
    let pages = layout.page_count(height);
    let index = usize::try_from(page - 1).unwrap_or(usize::MAX);
    if index >= pages {
        return Err(Error::PageOutOfRange { page, pages });
    }
    let mut out = String::new();
    for row in layout.page(index, height) {
        out.push_str(&doc.text[row.range()]);
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_prints_rows() {
        let out = page(None, 40, 5, 1).unwrap();
        assert_eq!(out.lines().count(), 5);
        assert!(out.starts_with("China confirms that North Korea’s Kim"));
        assert!(
            out.lines()
                .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 40)
        );
    }

    #[test]
    fn page_past_the_end_is_an_error() {
        assert!(matches!(
            page(None, 80, 24, 999),
            Err(Error::PageOutOfRange { .. })
        ));
    }
}
