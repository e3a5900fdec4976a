//! Rendered Markdown drawn into ratatui's TestBackend: layout as snapshots,
//! styles checked cell by cell.

use folio::app::{Action, App};
use folio::document::Document;
use folio::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

const NOTES: &str = "---
title: Field notes
author: A. Writer
---

# Talks in Beijing

Kim Jong Un met *Xi Jinping* in **Beijing**, said [the agency](https://example.org/kcna).

> The talks were candid, a spokesman said, and they went on for hours into the night.

1. First item, long enough that it has to wrap onto a second row here.
2. Second item with `inline code`.
   - A nested point.

```
let x = 1;   // kept as written
```

## Next steps

| Who | Where |
|-----|-------|
| Kim | Pyongyang |

Nothing ~~more~~ else.
";

fn app(width: u16, height: u16) -> App {
    let doc = Document::from_bytes("notes.md", NOTES.as_bytes()).unwrap();
    let mut app = App::new(vec![doc], 60);
    app.update(Action::Resize(width, height));
    app
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.screen;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    terminal
}

/// The cell where `needle` starts on screen.
fn find(buf: &Buffer, needle: &str) -> (u16, u16) {
    let area = buf.area;
    for y in 0..area.height {
        let row: String = (0..area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if let Some(i) = row.find(needle) {
            // Columns, not bytes: every cell before holds one character here.
            let x = row[..i].chars().count() as u16;
            return (x, y);
        }
    }
    panic!("{needle:?} is not on screen");
}

#[test]
fn markdown_is_laid_out_without_its_marks() {
    let app = app(100, 34);
    let terminal = draw(&app);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn markdown_styles_reach_the_screen() {
    let app = app(100, 34);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    let at = |s: &str| &buf[find(buf, s)];
    assert!(at("Talks in Beijing").modifier.contains(Modifier::BOLD));
    assert!(at("Xi Jinping").modifier.contains(Modifier::ITALIC));
    assert!(at("Beijing,").modifier.contains(Modifier::BOLD));
    assert!(at("the agency").modifier.contains(Modifier::UNDERLINED));
    assert_eq!(at("inline code").fg, Color::Yellow);
    assert_eq!(at("let x = 1;").fg, Color::Yellow);
    assert!(at("more").modifier.contains(Modifier::CROSSED_OUT));
    assert!(!at("Nothing").modifier.contains(Modifier::BOLD));
    // The rule under the first heading, and the bar before the quote.
    let (x, y) = find(buf, "Talks in Beijing");
    assert_eq!(buf[(x, y + 1)].symbol(), "─");
    let (x, y) = find(buf, "The talks were");
    assert_eq!(buf[(x - 2, y)].symbol(), "│");
    // A list item's second row hangs under its text.
    let (x, y) = find(buf, "First item");
    assert_eq!(buf[(x - 3, y)].symbol(), "1");
    assert_ne!(buf[(x, y + 1)].symbol(), " ");
    assert_eq!(buf[(x - 1, y + 1)].symbol(), " ");
    // The status bar has the title from the front matter.
    let status: String = (0..100)
        .map(|x| buf[(x, 33)].symbol().to_string())
        .collect();
    assert!(status.contains("Field notes"), "{status}");
}

#[test]
fn contents_and_links_popups() {
    let mut app = app(100, 34);
    app.update(Action::OpenContents);
    insta::assert_snapshot!("contents", draw(&app).backend());
    app.update(Action::Dismiss);
    app.update(Action::OpenLinks);
    app.update(Action::Choose);
    insta::assert_snapshot!("links", draw(&app).backend());
}
