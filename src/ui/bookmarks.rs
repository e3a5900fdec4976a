//! The bookmark list (`B`): note, first words and page of each bookmark.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, StatefulWidget, Widget};
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::app::marks::BookmarkList;
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
}

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
        let width = usize::from(inner.width).saturating_sub(2);
        let items: Vec<ListItem> = (0..self.list.rows.len())
            .map(|i| {
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
            })
            .collect();
        StatefulWidget::render(
            List::new(items)
                .highlight_symbol("› ")
                .highlight_style(Style::new().add_modifier(Modifier::REVERSED)),
            inner,
            buf,
            state,
        );
    }
}
