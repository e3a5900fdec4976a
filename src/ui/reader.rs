//! The reading column: the rows of the current page.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;

use crate::document::Document;
use crate::layout::{Layout, RowKind};

/// A byte range of the text drawn in a style of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    pub range: Range<usize>,
    pub style: Style,
}

/// The page of `doc` that starts at `top_row`, as many rows as the area has.
pub struct Reader<'a> {
    pub doc: &'a Document,
    pub layout: &'a Layout,
    pub top_row: usize,
    /// Sorted by start, not overlapping.
    pub highlights: &'a [Highlight],
}

pub fn title_style() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

impl Widget for &Reader<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows = self.layout.rows.iter().skip(self.top_row);
        for (y, row) in (area.top()..area.bottom()).zip(rows) {
            let base = match row.kind {
                RowKind::Title => title_style(),
                RowKind::Body | RowKind::Blank => Style::new(),
            };
            let mut x = area.x;
            let mut pos = row.start;
            let mut draw = |from: usize, to: usize, style: Style, x: &mut u16| {
                if from >= to || *x >= area.right() {
                    return;
                }
                let room = usize::from(area.right() - *x);
                let (end_x, _) = buf.set_stringn(*x, y, &self.doc.text[from..to], room, style);
                *x = end_x;
            };
            let first = self
                .highlights
                .partition_point(|h| h.range.end <= row.start);
            for h in &self.highlights[first..] {
                if h.range.start >= row.end {
                    break;
                }
                let start = h.range.start.max(pos);
                let end = h.range.end.min(row.end);
                draw(pos, start, base, &mut x);
                draw(start, end, base.patch(h.style), &mut x);
                pos = end;
            }
            draw(pos, row.end, base, &mut x);
        }
    }
}
