//! The help overlay: every key.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::keymap::HELP;

use super::centered;

/// The overlay listing every key, centered in the area it is given.
pub struct Help;

impl Widget for &Help {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let keys_width = HELP
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        let lines: Vec<Line> = HELP
            .iter()
            .map(|(keys, what)| {
                Line::from(vec![
                    Span::styled(
                        format!("{keys:<keys_width$}  "),
                        Style::new().add_modifier(Modifier::BOLD),
                    ),
                    Span::raw(*what),
                ])
            })
            .collect();
        let width = lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 4;
        let popup = centered(area, width, HELP.len() as u16 + 2);
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .block(
                Block::bordered()
                    .title(" Keys ")
                    .title_bottom(" ? or Esc closes "),
            )
            .render(popup, buf);
    }
}
