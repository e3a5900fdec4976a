//! The reading column: the rows of the current page.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;

use crate::document::Document;
use crate::document::structure::{BlockKind, Style as MarkupStyle};
use crate::layout::{self, Row, RowKind};

/// A byte range of the text drawn in a style of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    pub range: Range<usize>,
    pub style: Style,
}

/// A page of `doc`: as many of `rows` (those from the top of the view on)
/// as the area has.
pub struct Reader<'a> {
    pub doc: &'a Document,
    pub rows: &'a [Row],
    /// Sorted by start, not overlapping.
    pub highlights: &'a [Highlight],
}

pub fn title_style() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

/// How a block of rendered markup is shown, before its inline styles.
fn block_style(kind: BlockKind) -> Style {
    match kind {
        BlockKind::Text => Style::new(),
        BlockKind::Heading(1 | 2) => Style::new().add_modifier(Modifier::BOLD),
        BlockKind::Heading(_) => Style::new().add_modifier(Modifier::BOLD | Modifier::ITALIC),
        BlockKind::Pre => code_style(),
    }
}

/// Inline code and preformatted blocks.
fn code_style() -> Style {
    Style::new().fg(Color::Yellow)
}

/// How an inline style of rendered markup is shown.
pub fn inline_style(style: MarkupStyle) -> Style {
    let mut out = Style::new();
    if style.contains(MarkupStyle::EMPHASIS) {
        out = out.add_modifier(Modifier::ITALIC);
    }
    if style.contains(MarkupStyle::STRONG) {
        out = out.add_modifier(Modifier::BOLD);
    }
    if style.contains(MarkupStyle::CODE) {
        out = out.patch(code_style());
    }
    if style.contains(MarkupStyle::LINK) {
        out = out.add_modifier(Modifier::UNDERLINED);
    }
    if style.contains(MarkupStyle::STRIKE) {
        out = out.add_modifier(Modifier::CROSSED_OUT);
    }
    out
}

/// Quote bars and rules.
fn rule_style() -> Style {
    Style::new().fg(Color::DarkGray)
}

impl Widget for &Reader<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let runs = &self.doc.structure;
        for (y, row) in (area.top()..area.bottom()).zip(self.rows) {
            let deco = layout::decoration(self.doc, row);
            if deco.rule {
                let rule = "─".repeat(usize::from(area.width));
                buf.set_stringn(area.x, y, rule, usize::from(area.width), rule_style());
                continue;
            }
            let mut x = area.x;
            if deco.width() > 0 {
                let prefix = deco.prefix();
                let (end_x, _) =
                    buf.set_stringn(x, y, &prefix, usize::from(area.width), rule_style());
                x = end_x.max(area.x + u16::try_from(deco.width()).unwrap_or(u16::MAX));
            }
            let base = match row.kind {
                RowKind::Title => title_style(),
                RowKind::Body | RowKind::Blank => block_style(deco.block.kind),
            };
            // Every place a style starts or ends within the row.
            let row_runs = runs.runs_in(row.range());
            let first = self
                .highlights
                .partition_point(|h| h.range.end <= row.start);
            let marks = self.highlights[first..]
                .iter()
                .take_while(|h| h.range.start < row.end());
            let mut cuts: Vec<usize> = vec![row.start, row.end()];
            for r in row_runs {
                cuts.extend([r.range.start, r.range.end]);
            }
            for h in marks.clone() {
                cuts.extend([h.range.start, h.range.end]);
            }
            cuts.retain(|&c| c >= row.start && c <= row.end());
            cuts.sort_unstable();
            cuts.dedup();
            for pair in cuts.windows(2) {
                let (from, to) = (pair[0], pair[1]);
                if x >= area.right() {
                    break;
                }
                let mut style = base;
                if let Some(r) = row_runs
                    .iter()
                    .find(|r| r.range.start <= from && from < r.range.end)
                {
                    style = style.patch(inline_style(r.style));
                }
                if let Some(h) = marks
                    .clone()
                    .find(|h| h.range.start <= from && from < h.range.end)
                {
                    style = style.patch(h.style);
                }
                let room = usize::from(area.right() - x);
                let (end_x, _) = buf.set_stringn(x, y, &self.doc.text[from..to], room, style);
                x = end_x;
            }
        }
    }
}
