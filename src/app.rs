//! The reader's state and the actions that change it. No terminal I/O here.

use ratatui::layout::Rect;

use crate::document::Document;
use crate::layout::Layout;

/// Everything the user can ask the reader to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    NextPage,
    PrevPage,
    LineDown,
    LineUp,
    FirstPage,
    LastPage,
    NextDocument,
    PrevDocument,
    ToggleHelp,
    /// Esc: close whatever overlay is open.
    Dismiss,
    Quit,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
}

/// One open document and where the reader is in it.
#[derive(Debug, Clone)]
pub struct DocState {
    pub doc: Document,
    /// Byte offset of the passage at the top of the view. The only position
    /// kept: rows and pages are derived from it for the current size.
    pub anchor: usize,
}

/// Where things go on screen, derived from the terminal size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Regions {
    /// The area the reading column is centered in.
    pub text: Rect,
    /// The reading column itself.
    pub column: Rect,
    /// The status bar (the bottom row).
    pub status: Rect,
}

impl Regions {
    /// Lay out a screen of `area` with a column at most `max_width` wide.
    pub fn new(area: Rect, max_width: u16) -> Regions {
        let status_height = area.height.min(1);
        let text = Rect {
            height: area.height - status_height,
            ..area
        };
        let status = Rect {
            y: area.y + text.height,
            height: status_height,
            ..area
        };
        let width = text.width.min(max_width.max(1));
        let column = Rect {
            x: text.x + (text.width - width) / 2,
            width,
            ..text
        };
        Regions {
            text,
            column,
            status,
        }
    }
}

/// The reader.
#[derive(Debug, Clone)]
pub struct App {
    pub docs: Vec<DocState>,
    pub current: usize,
    /// The widest the reading column may be (`--width`).
    pub max_width: u16,
    pub regions: Regions,
    /// The current document wrapped for the current column.
    pub layout: Layout,
    /// Which document and width `layout` was made for.
    layout_key: (usize, usize),
    pub help: bool,
    pub quit: bool,
}

impl App {
    /// A reader over `docs` (at least one), with a column at most `max_width` wide.
    pub fn new(docs: Vec<Document>, max_width: u16) -> App {
        assert!(!docs.is_empty(), "the reader needs a document");
        let docs: Vec<DocState> = docs
            .into_iter()
            .map(|doc| DocState { doc, anchor: 0 })
            .collect();
        let mut app = App {
            layout: Layout::new(&docs[0].doc, 1),
            layout_key: (0, 1),
            docs,
            current: 0,
            max_width,
            regions: Regions::default(),
            help: false,
            quit: false,
        };
        app.update(Action::Resize(80, 24));
        app
    }

    pub fn doc(&self) -> &DocState {
        &self.docs[self.current]
    }

    /// Rows per page (at least 1, so that paging works even with no room).
    pub fn page_height(&self) -> usize {
        usize::from(self.regions.column.height).max(1)
    }

    /// The row shown at the top of the view.
    pub fn top_row(&self) -> usize {
        self.layout.row_of(self.doc().anchor)
    }

    /// The current page and the page count, both 1-based for display.
    pub fn page_position(&self) -> (usize, usize) {
        let h = self.page_height();
        let pages = self.layout.page_count(h);
        let top = self.top_row();
        let page = if top + h >= self.layout.rows.len() {
            pages
        } else {
            top / h + 1
        };
        (page, pages)
    }

    /// Apply one action.
    pub fn update(&mut self, action: Action) {
        let h = self.page_height();
        let rows = self.layout.rows.len();
        let top = self.top_row();
        match action {
            Action::NextPage if top + h < rows => self.scroll_to(top + h),
            Action::PrevPage => self.scroll_to(top.saturating_sub(h)),
            Action::LineDown if top + h < rows => self.scroll_to(top + 1),
            Action::LineUp => self.scroll_to(top.saturating_sub(1)),
            Action::FirstPage => self.scroll_to(0),
            Action::LastPage => self.scroll_to((self.layout.page_count(h) - 1) * h),
            Action::NextDocument if self.current + 1 < self.docs.len() => {
                self.current += 1;
                self.relayout();
            }
            Action::PrevDocument if self.current > 0 => {
                self.current -= 1;
                self.relayout();
            }
            Action::ToggleHelp => self.help = !self.help,
            Action::Dismiss => self.help = false,
            Action::Quit => self.quit = true,
            Action::Resize(width, height) => {
                self.regions = Regions::new(Rect::new(0, 0, width, height), self.max_width);
                self.relayout();
            }
            _ => {}
        }
    }

    fn scroll_to(&mut self, row: usize) {
        let offset = self.layout.offset_of_row(row);
        self.docs[self.current].anchor = offset;
    }

    /// Re-wrap the current document for the current column width. The anchor is
    /// kept as it is, so the passage at the top stays at the top.
    fn relayout(&mut self) {
        let key = (self.current, usize::from(self.regions.column.width).max(1));
        if self.layout_key != key {
            self.layout = Layout::new(&self.doc().doc, key.1);
            self.layout_key = key;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app(text: &str, w: u16, h: u16) -> App {
        let mut app = App::new(vec![Document::from_text("t", text, false)], 80);
        app.update(Action::Resize(w, h));
        app
    }

    fn numbered(n: usize) -> String {
        (1..=n).map(|i| format!("line {i}\n")).collect()
    }

    #[test]
    fn paging_moves_by_whole_pages() {
        // 10 rows of text, 4 rows per page (5 rows minus the status bar).
        let mut a = app(&numbered(10), 40, 5);
        assert_eq!(a.page_position(), (1, 3));
        a.update(Action::NextPage);
        assert_eq!(a.top_row(), 4);
        assert_eq!(a.page_position(), (2, 3));
        a.update(Action::NextPage);
        a.update(Action::NextPage);
        assert_eq!(a.top_row(), 8);
        assert_eq!(a.page_position(), (3, 3));
        a.update(Action::PrevPage);
        assert_eq!(a.top_row(), 4);
        a.update(Action::FirstPage);
        assert_eq!(a.top_row(), 0);
        a.update(Action::LastPage);
        assert_eq!(a.top_row(), 8);
    }

    #[test]
    fn lines_scroll_one_at_a_time() {
        let mut a = app(&numbered(10), 40, 5);
        a.update(Action::LineDown);
        a.update(Action::LineDown);
        assert_eq!(a.top_row(), 2);
        a.update(Action::LineUp);
        assert_eq!(a.top_row(), 1);
        for _ in 0..20 {
            a.update(Action::LineDown);
        }
        assert_eq!(a.top_row(), 6, "stops when the last row is at the bottom");
    }

    #[test]
    fn resize_keeps_the_top_passage() {
        let text = "Title\n\n".to_string() + &"word ".repeat(400);
        let mut a = app(&text, 60, 10);
        a.update(Action::NextPage);
        a.update(Action::NextPage);
        let anchor = a.doc().anchor;
        let word = a.doc().doc.text[anchor..anchor + 4].to_string();
        a.update(Action::Resize(30, 7));
        let row = a.layout.rows[a.top_row()];
        assert!(row.range().contains(&anchor) || row.start == anchor);
        assert_eq!(&a.doc().doc.text[row.start..row.start + 4], word);
        a.update(Action::Resize(60, 10));
        assert_eq!(a.doc().anchor, anchor, "resizing does not move the anchor");
    }

    #[test]
    fn documents_keep_their_own_position() {
        let docs = vec![
            Document::from_text("a", &numbered(30), false),
            Document::from_text("b", &numbered(30), false),
        ];
        let mut a = App::new(docs, 80);
        a.update(Action::Resize(40, 6));
        a.update(Action::NextPage);
        a.update(Action::NextDocument);
        assert_eq!(a.current, 1);
        assert_eq!(a.top_row(), 0);
        a.update(Action::NextDocument);
        assert_eq!(a.current, 1, "no wrap past the last document");
        a.update(Action::PrevDocument);
        assert_eq!(a.top_row(), 5);
    }

    #[test]
    fn tiny_terminals_do_not_panic() {
        let mut a = app(&numbered(10), 1, 1);
        a.update(Action::NextPage);
        a.update(Action::Resize(0, 0));
        a.update(Action::LastPage);
        assert!(a.page_position().0 >= 1);
    }

    #[test]
    fn help_toggles_and_escape_closes() {
        let mut a = app("x", 40, 10);
        a.update(Action::ToggleHelp);
        assert!(a.help);
        a.update(Action::Dismiss);
        assert!(!a.help);
        a.update(Action::Quit);
        assert!(a.quit);
    }
}
