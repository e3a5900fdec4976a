//! The help overlay: the key table, the keys of the mode help was opened
//! from first, then every other mode's.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::app::Mode;
use crate::keymap::{Key, Keymap};

use super::centered;

/// The overlay listing the keys, centered in the area it is given.
pub struct Help<'a> {
    pub keys: &'a Keymap,
    /// The mode whose keys come first.
    pub first: Mode,
    /// Lines scrolled past.
    pub scroll: u16,
    /// The notices of this run, oldest first: the last few are listed at
    /// the end, whole.
    pub messages: &'a [String],
}

/// How many of the latest notices the help lists.
const MESSAGES_SHOWN: usize = 10;

impl Help<'_> {
    /// The lines of the overlay: a heading per mode, then its keys.
    pub fn lines(&self) -> Vec<Line<'static>> {
        let order =
            std::iter::once(self.first).chain(Mode::ALL.into_iter().filter(|m| *m != self.first));
        let rows: Vec<(Mode, String, &str)> = order
            .flat_map(|mode| {
                self.keys.for_mode(mode).map(move |row| {
                    let keys: Vec<String> = row.keys.iter().map(Key::to_string).collect();
                    (mode, keys.join(" "), row.help)
                })
            })
            .collect();
        let keys_width = rows
            .iter()
            .map(|(_, k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        let mut lines = Vec::new();
        let mut last = None;
        for (mode, keys, what) in rows {
            if last != Some(mode) {
                if last.is_some() {
                    lines.push(Line::default());
                }
                let heading = if mode == self.first {
                    format!("{} (now)", mode.title())
                } else {
                    mode.title().to_string()
                };
                lines.push(Line::from(Span::styled(
                    heading,
                    Style::new().add_modifier(Modifier::UNDERLINED),
                )));
                last = Some(mode);
            }
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{keys:<keys_width$}  "),
                    Style::new().add_modifier(Modifier::BOLD),
                ),
                Span::raw(what.to_string()),
            ]));
        }
        if !self.messages.is_empty() {
            lines.push(Line::default());
            lines.push(Line::from(Span::styled(
                "Messages",
                Style::new().add_modifier(Modifier::UNDERLINED),
            )));
            let from = self.messages.len().saturating_sub(MESSAGES_SHOWN);
            for message in &self.messages[from..] {
                lines.push(Line::from(crate::sanitize::line(message).into_owned()));
            }
        }
        lines
    }
}

impl Widget for &Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = self.lines();
        let width = lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 4;
        let height = u16::try_from(lines.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        let popup = centered(area, width, height);
        // Scroll no further than the last line at the bottom.
        let room = popup.height.saturating_sub(2);
        let scroll = self
            .scroll
            .min(height.saturating_sub(2).saturating_sub(room));
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .block(
                Block::bordered()
                    .title(" Keys ")
                    .title_bottom(" j/k scroll · ? or Esc closes "),
            )
            .render(popup, buf);
    }
}
