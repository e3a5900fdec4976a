//! Drawing: the reader column, the status bar and the help overlay. Widgets
//! only read the [`App`]; they never change it.

mod help;
mod reader;
mod status;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::App;

pub use help::Help;
pub use reader::{Highlight, Reader};
pub use status::Status;

/// Draw the whole screen for `app`. `app.regions` must match the frame size.
pub fn draw(frame: &mut Frame, app: &App) {
    let regions = app.regions;
    let doc = app.doc();
    let reader = Reader {
        doc: &doc.doc,
        layout: &app.layout,
        top_row: app.top_row(),
        highlights: &[],
    };
    frame.render_widget(&reader, regions.column);
    frame.render_widget(&Status::new(app), regions.status);
    if app.help {
        frame.render_widget(&Help, frame.area());
    }
}

/// Cut `text` to at most `width` display columns, ending with `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// A rectangle of at most `width` x `height` centered in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_with_an_ellipsis() {
        assert_eq!(fit("hello", 10), "hello");
        assert_eq!(fit("hello world", 6), "hello…");
        assert_eq!(fit("日本語", 4), "日…");
        assert_eq!(fit("abc", 0), "");
    }
}
