//! The sidebar: `People` and `Places`, each row a name and its mention count.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, HighlightSpacing, List, ListItem, ListState, StatefulWidget, Widget,
};
use unicode_width::UnicodeWidthStr;

use crate::app::sidebar::{Row, Scope, Sidebar};
use crate::config::Theme;
use crate::entities::Kind;

use super::fit;

/// Colours of people and places, in the sidebar and in the text, from the
/// theme; with no colour (`NO_COLOR`), people are italic and places plain.
pub fn kind_style(theme: &Theme, kind: Kind) -> Style {
    let (colour, plain) = match kind {
        Kind::Person => (theme.person, Style::new().add_modifier(Modifier::ITALIC)),
        Kind::Place => (theme.place, Style::new()),
        Kind::Organisation => (
            theme.organisation,
            Style::new().add_modifier(Modifier::BOLD),
        ),
    };
    colour.map_or(plain, |c| Style::new().fg(c))
}

/// The sidebar list. Its state is the scroll offset and the selected row.
pub struct SidebarView<'a> {
    pub sidebar: &'a Sidebar,
    pub focused: bool,
    /// The filter being typed, if any.
    pub filtering: bool,
    /// Finding the current document's people and places failed.
    pub unavailable: bool,
    /// How far finding them has got, while it goes on: `extracting 43%`.
    pub progress: Option<String>,
    pub theme: &'a Theme,
    /// Where the selected name is mentioned, drawn in its row (when there
    /// is no room for the detail pane).
    pub strip: Option<String>,
}

/// How many cells the strip in the selected row takes.
pub const ROW_STRIP: usize = 8;

impl StatefulWidget for &SidebarView<'_> {
    type State = ListState;

    fn render(self, area: Rect, buf: &mut Buffer, state: &mut ListState) {
        let border = if self.focused {
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
        } else {
            Style::new().fg(Color::DarkGray)
        };
        let scope = match self.sidebar.scope {
            Scope::Document => "",
            Scope::All => " (all)",
        };
        let title = if self.filtering || !self.sidebar.filter.is_empty() {
            let cursor = if self.filtering { "█" } else { "" };
            format!(" /{}{cursor} ", self.sidebar.filter)
        } else {
            match &self.progress {
                Some(progress) => format!(" Entities{scope} · {progress} "),
                None => format!(" Entities{scope} "),
            }
        };
        let block = Block::new()
            .borders(Borders::LEFT | Borders::TOP)
            .border_style(border)
            .title(Span::styled(title, border));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width);
        if self.unavailable && self.sidebar.items.is_empty() {
            let note = fit("people and places unavailable", width);
            buf.set_string(inner.x, inner.y, note, Style::new().fg(Color::Yellow));
            return;
        }
        // Only the rows in view are made: the list may be long.
        let start = state.offset().min(self.sidebar.row_count());
        let end = (start + usize::from(inner.height)).min(self.sidebar.row_count());
        *state = ListState::default().with_selected(
            state
                .selected()
                .and_then(|s| s.checked_sub(start))
                .filter(|&s| s < end - start),
        );
        let items: Vec<ListItem> = (start..end)
            .filter_map(|r| self.sidebar.row(r))
            .map(|row| match row {
                Row::Header(kind) => {
                    let label = match kind {
                        Kind::Person => "People".to_string(),
                        Kind::Place => "Places".to_string(),
                        Kind::Organisation if self.sidebar.organisations_folded => {
                            format!("Organisations ({}) ▸ o", self.sidebar.organisation_count())
                        }
                        Kind::Organisation => "Organisations".to_string(),
                    };
                    ListItem::new(Line::from(Span::styled(
                        fit(&label, width),
                        kind_style(self.theme, kind)
                            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                    )))
                }
                Row::Item(i) => {
                    let item = &self.sidebar.items[i];
                    let mut count = format!("{}", item.count());
                    if let Some(strip) = self
                        .strip
                        .as_ref()
                        .filter(|_| self.sidebar.selected == Some(i))
                    {
                        count = format!("{strip} {count}");
                    }
                    if self.sidebar.scope == Scope::All {
                        let docs = if item.docs == 1 { "doc" } else { "docs" };
                        count = format!("{count} · {} {docs}", item.docs);
                    }
                    // One column goes to the selection mark.
                    let width = width.saturating_sub(1);
                    let room = width.saturating_sub(count.width() + 2);
                    let name = fit(&item.name, room);
                    let pad = width.saturating_sub(name.width() + count.width());
                    ListItem::new(Line::from(vec![
                        Span::raw(format!("{name}{}", " ".repeat(pad))),
                        Span::styled(count, Style::new().fg(Color::DarkGray)),
                    ]))
                }
            })
            .collect();
        let highlight = if self.focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        };
        StatefulWidget::render(
            List::new(items)
                .highlight_style(highlight)
                .highlight_symbol("▸")
                .highlight_spacing(HighlightSpacing::Always),
            inner,
            buf,
            state,
        );
    }
}
