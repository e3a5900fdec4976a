//! The bookmark list (`B`): note, first words and page of each bookmark.
//! Only the rows on screen are made, so a frame costs the same with ten
//! bookmarks or 10,000.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, StatefulWidget, Widget};
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::app::marks::{BookmarkList, first_shown};
use crate::bookmarks::Status;

use super::{centered, fit, popup_height};

/// The popup, drawn over the text; its list state is the selection.
pub struct BookmarksView<'a> {
    pub app: &'a App,
    pub list: &'a BookmarkList,
}

impl BookmarksView<'_> {
    /// Where a bookmark is: its page in the current document, or its document.
    fn place(&self, row: usize) -> String {
        let resolved = &self.list.rows[row];
        match (resolved.status, &resolved.range, self.list.docs[row]) {
            (Status::Lost, _, _) | (_, None, _) => "lost".to_string(),
            (_, Some(range), Some(doc)) if doc == self.app.current => {
                format!("p.{}", self.app.page_of(range.start))
            }
            (_, Some(_), Some(doc)) => format!("doc {}", doc + 1),
            (_, Some(_), None) => "not open".to_string(),
        }
    }

    /// Row `i` of the list, `width` columns wide.
    fn item(&self, i: usize, width: usize) -> ListItem<'static> {
        let r = &self.list.rows[i];
        let place = format!("{:<8} ", self.place(i));
        let note = if r.bookmark.note.is_empty() {
            "—".to_string()
        } else {
            r.bookmark.note.clone()
        };
        let note = fit(&note, (width / 3).max(8));
        let room = width.saturating_sub(place.width() + note.width() + 3);
        let words = fit(&r.bookmark.first_words(room.max(1) * 2), room);
        let place_style = match r.status {
            Status::Lost => Style::new().fg(Color::Red),
            _ => Style::new().fg(Color::DarkGray),
        };
        ListItem::new(Line::from(vec![
            Span::styled(place, place_style),
            Span::styled(note, Style::new().add_modifier(Modifier::BOLD)),
            Span::raw("  "),
            Span::styled(words, Style::new().fg(Color::Gray)),
        ]))
    }
}

/// The state is the list's: its selection (an index into all the rows) and
/// the first row shown, which drawing moves, as little as it can, to show
/// the selection.
impl StatefulWidget for &BookmarksView<'_> {
    type State = ListState;

    fn render(self, area: Rect, buf: &mut Buffer, state: &mut ListState) {
        let popup = centered(
            area,
            area.width.saturating_sub(4).min(100),
            popup_height(self.list.rows.len(), area.height),
        );
        Clear.render(popup, buf);
        let scope = if self.list.all {
            "all documents"
        } else {
            "this document"
        };
        let mut block = Block::bordered()
            .title(format!(" Bookmarks: {scope} ({}) ", self.list.rows.len()))
            .title_bottom(" Enter go · d delete · u undo · e note · a all · Esc close ");
        if let Some(notice) = self.app.store.notice() {
            block = block.title(Line::from(Span::styled(
                format!(" not saved: {notice} "),
                Style::new().fg(Color::Yellow),
            )));
        }
        let inner = block.inner(popup);
        block.render(popup, buf);
        if self.list.rows.is_empty() {
            let hint = if self.list.all {
                "No bookmarks yet."
            } else {
                "No bookmarks in this document yet: b bookmarks the passage."
            };
            Line::from(fit(hint, usize::from(inner.width))).render(inner, buf);
            return;
        }
        let height = usize::from(inner.height);
        let len = self.list.rows.len();
        let selected = state.selected().unwrap_or(self.list.selected).min(len - 1);
        let first = first_shown(state.offset(), selected, height, len);
        let end = (first + height.max(1)).min(len);
        let width = usize::from(inner.width).saturating_sub(2);
        let items: Vec<ListItem> = (first..end).map(|i| self.item(i, width)).collect();
        *state.offset_mut() = first;
        let mut window =
            ListState::default().with_selected(state.selected().map(|_| selected - first));
        StatefulWidget::render(
            List::new(items)
                .highlight_symbol("› ")
                .highlight_style(Style::new().add_modifier(Modifier::REVERSED)),
            inner,
            buf,
            &mut window,
        );
    }
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use crate::app::{Action, App};
    use crate::bookmarks::Store;
    use crate::document::Document;

    /// The screen's rows, as text.
    fn screen(app: &App) -> Vec<String> {
        let mut terminal = Terminal::new(TestBackend::new(100, 40)).unwrap();
        terminal.draw(|frame| crate::ui::draw(frame, app)).unwrap();
        let buf = terminal.backend().buffer();
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect()
    }

    #[test]
    fn the_end_of_a_list_of_10000_is_drawn_with_the_selection_on_its_last_row() {
        let text: String = (0..10_000).map(|i| format!("Passage {i}.\n\n")).collect();
        let doc = Document::from_text("t", &text, false);
        let mut store = Store::in_memory();
        for (i, p) in doc.paragraphs.iter().enumerate() {
            store.add(&doc, p.clone(), &format!("note {i}")).unwrap();
        }
        let mut app = App::without_entities(vec![doc], 80).with_store(store, Vec::new());
        app.update(Action::Resize(100, 40));
        app.update(Action::OpenBookmarks);
        for _ in 0..9_999 {
            app.update(Action::SelectNext);
        }
        let rows = screen(&app);
        let title = rows
            .iter()
            .position(|r| r.contains("Bookmarks: this document (10000)"));
        let title = title.expect("the popup's title");
        let selected: Vec<usize> = (0..rows.len()).filter(|&y| rows[y].contains('›')).collect();
        assert_eq!(selected.len(), 1, "{rows:#?}");
        let row = &rows[selected[0]];
        assert!(
            row.contains("note 9999") && row.contains("Passage 9999."),
            "{row}"
        );
        // The rows above it are the bookmarks before it, in order, up to the
        // title: the window of the list that ends with the selection.
        let shown = selected[0] - title;
        assert_eq!(shown, 35);
        for (k, y) in (title + 1..selected[0]).enumerate() {
            let i = 10_000 - shown + k;
            assert!(rows[y].contains(&format!("note {i} ")), "{}", rows[y]);
        }
        assert!(
            rows[selected[0] + 1].contains("Enter go"),
            "the border follows"
        );
        // Each row says its page.
        assert!(row.contains("p."), "{row}");

        // Back up to the first one: it is on the first row.
        for _ in 0..9_999 {
            app.update(Action::SelectPrev);
        }
        let rows = screen(&app);
        assert!(rows[title + 1].contains('›') && rows[title + 1].contains("note 0 "));
    }
}
