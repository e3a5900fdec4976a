//! The contents (`t`) and link (`L`) lists, drawn over the text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Clear, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap,
};

use crate::app::App;
use crate::app::places::{PlaceKind, PlaceList};

use super::{centered, fit, popup_height};

/// The popup listing `list`'s places.
pub struct PlacesView<'a> {
    pub app: &'a App,
    pub list: &'a PlaceList,
}

impl StatefulWidget for &PlacesView<'_> {
    type State = ListState;

    fn render(self, area: Rect, buf: &mut Buffer, state: &mut ListState) {
        let list = self.list;
        // Room under the list for the URL chosen, when there is one.
        let detail_rows = list.detail.as_ref().map_or(0, |_| 3);
        let popup = centered(
            area,
            area.width.saturating_sub(4).min(100),
            popup_height(list.shown.len().max(1) + detail_rows, area.height),
        );
        Clear.render(popup, buf);
        let (what, hint) = match list.kind {
            PlaceKind::Contents => ("Contents", " Enter goes there · / filters · Esc closes "),
            PlaceKind::Links => ("Links", " Enter shows the URL · / filters · Esc closes "),
        };
        let count = if list.filter.is_empty() {
            format!("{}", list.places.len())
        } else {
            format!("{} of {}", list.shown.len(), list.places.len())
        };
        let title = format!(" {what} — {count} ");
        let block = Block::bordered().title(title).title_bottom(hint);
        let inner = block.inner(popup);
        block.render(popup, buf);
        let (rows_area, detail_area) = if detail_rows > 0 && inner.height > 3 {
            let h = inner.height - 3;
            (
                Rect { height: h, ..inner },
                Some(Rect {
                    y: inner.y + h,
                    height: 3,
                    ..inner
                }),
            )
        } else {
            (inner, None)
        };
        let width = usize::from(rows_area.width).saturating_sub(2);
        let page = self.app.layout.width() > 0;
        // The list shows a run of its rows that holds the selected one: only
        // those near it need a page number, which may mean laying out the
        // paragraph it is in.
        let reach = usize::from(rows_area.height);
        let near = list.selected.saturating_sub(reach)..list.selected.saturating_add(reach + 1);
        let items: Vec<ListItem> = list
            .shown
            .iter()
            .enumerate()
            .map(|(at, &i)| {
                let p = &list.places[i];
                let indent = "  ".repeat(usize::from(p.level.saturating_sub(1)).min(8));
                let where_ = if page && near.contains(&at) {
                    format!("p.{:<4}", self.app.page_of(p.offset))
                } else {
                    String::new()
                };
                let room = width.saturating_sub(where_.chars().count() + indent.len());
                let mut spans = vec![
                    Span::styled(where_, Style::new().fg(Color::DarkGray)),
                    Span::raw(indent),
                ];
                match list.kind {
                    PlaceKind::Contents => spans.push(Span::raw(fit(&p.label, room))),
                    PlaceKind::Links => {
                        let label = fit(&p.label, room.min(room / 2 + 8));
                        let used = unicode_width::UnicodeWidthStr::width(label.as_str());
                        spans.push(Span::styled(
                            label,
                            Style::new().add_modifier(Modifier::UNDERLINED),
                        ));
                        let rest = room.saturating_sub(used + 2);
                        spans.push(Span::styled(
                            format!("  {}", fit(&p.detail, rest)),
                            Style::new().fg(Color::DarkGray),
                        ));
                    }
                }
                ListItem::new(Line::from(spans))
            })
            .collect();
        if items.is_empty() {
            buf.set_stringn(
                rows_area.x,
                rows_area.y,
                "nothing matches the filter",
                usize::from(rows_area.width),
                Style::new().fg(Color::DarkGray),
            );
        }
        state.select(Some(list.selected));
        StatefulWidget::render(
            List::new(items)
                .highlight_symbol("› ")
                .highlight_style(Style::new().add_modifier(Modifier::BOLD)),
            rows_area,
            buf,
            state,
        );
        if let (Some(url), Some(area)) = (&list.detail, detail_area) {
            Paragraph::new(url.as_str())
                .style(Style::new().fg(Color::Yellow))
                .wrap(Wrap { trim: false })
                .render(area, buf);
        }
    }
}
