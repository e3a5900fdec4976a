//! The detail pane under the sidebar: where in the document the selected
//! entity is mentioned, as a strip across the text's length with the current
//! page marked on it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Widget};

use crate::app::App;
use crate::app::story::{TOGETHER_SHOWN, bucket_of, density};
use crate::config::Theme;

use super::fit;
use super::sidebar::kind_style;

/// Levels of the strip, from one mention to the most in any part.
const LEVELS: [char; 4] = ['▁', '▃', '▅', '▇'];

/// The strip's characters for `counts`: blank where there is no mention,
/// else a bar as high as the count is near the largest.
pub fn strip(counts: &[usize]) -> String {
    let most = counts.iter().copied().max().unwrap_or(0).max(1);
    counts
        .iter()
        .map(|&c| match c {
            0 => ' ',
            c => LEVELS[((c * LEVELS.len()).div_ceil(most) - 1).min(LEVELS.len() - 1)],
        })
        .collect()
}

fn name_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// The pane, for the app's current state.
pub struct DetailView<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for &DetailView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let border = Style::new().fg(Color::DarkGray);
        let detail = self.app.detail();
        let title = match &detail {
            Some(d) => Span::styled(
                fit(
                    &format!(" {} ", d.name),
                    usize::from(area.width.saturating_sub(2)),
                ),
                kind_style(self.theme, d.kind).add_modifier(Modifier::BOLD),
            ),
            None => Span::styled(" Where ", border),
        };
        let block = Block::new()
            .borders(Borders::LEFT | Borders::TOP)
            .border_style(border)
            .title(title);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height < 3 || inner.width == 0 {
            return;
        }
        let width = usize::from(inner.width);
        let Some(detail) = detail else {
            let hint = fit("select a name to see it here", width);
            buf.set_string(inner.x, inner.y, hint, border);
            return;
        };
        let doc = &self.app.doc().doc;
        let len = doc.text.len();
        let counts = density(detail.mentions, len, width);
        let style = kind_style(self.theme, detail.kind);
        buf.set_string(inner.x, inner.y, strip(&counts), style);
        // The page shown, under the strip.
        let here = bucket_of(self.app.doc().anchor, len, width);
        buf.set_string(
            inner.x + u16::try_from(here).unwrap_or(0),
            inner.y + 1,
            "▲",
            Style::new().fg(Color::Yellow),
        );
        let count = detail.mentions.len();
        let said = match count {
            0 => "not in this document".to_string(),
            1 => "1 mention · 1-9 0 go · w with".to_string(),
            n => format!("{n} mentions · 1-9 0 go · w with"),
        };
        buf.set_string(inner.x, inner.y + 2, fit(&said, width), border);
        // Who appears in the same paragraphs, most often first.
        let together = &self.app.together;
        let rows = usize::from(inner.height - 3).min(TOGETHER_SHOWN);
        if together.list.is_empty() || rows == 0 {
            return;
        }
        for (i, (kind, name, n)) in together.list.iter().take(rows).enumerate() {
            let y = inner.y + 3 + i as u16;
            let count = format!("{n}");
            let label = if i == 0 { "with " } else { "     " };
            let room = width.saturating_sub(label.len() + count.len() + 1);
            let name = fit(name, room);
            let pad = room.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
            let chosen = together.cursor == Some(i);
            let style = if chosen {
                kind_style(self.theme, *kind).add_modifier(Modifier::REVERSED)
            } else {
                kind_style(self.theme, *kind)
            };
            buf.set_string(inner.x, y, label, border);
            let x = inner.x + label.len() as u16;
            buf.set_string(x, y, &name, style);
            buf.set_string(x + (name_width(&name) + pad) as u16 + 1, y, &count, border);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strip_rises_with_the_count() {
        assert_eq!(strip(&[0, 1, 2, 3, 4, 8]), " ▁▁▃▃▇");
        assert_eq!(strip(&[]), "");
        assert_eq!(strip(&[0, 0]), "  ");
        assert_eq!(strip(&[5]), "▇");
    }
}
