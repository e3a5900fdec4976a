//! The sidebar on the bundled article, drawn into TestBackend at fixed sizes.

use folio::app::{Action, App, Focus};
use folio::document;
use folio::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

fn app_at(width: u16, height: u16) -> App {
    let mut app = App::new(document::bundled(), 80);
    app.update(Action::Resize(width, height));
    app
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.screen;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    terminal
}

/// Select Kim Jong Un in the sidebar, choose him and step to his second mention.
fn select_kim(app: &mut App) {
    app.update(Action::SwitchFocus);
    assert_eq!(app.focus, Focus::Sidebar);
    let first = app
        .sidebar
        .selected_item()
        .expect("a first row")
        .name
        .clone();
    assert_eq!(
        first, "Kim Jong Un",
        "the most mentioned person comes first"
    );
    app.update(Action::Choose);
    app.update(Action::NextMention);
}

#[test]
fn sidebar_120x40_with_a_mention_selected() {
    let mut app = app_at(120, 40);
    select_kim(&mut app);
    let terminal = draw(&app);
    insta::assert_snapshot!(terminal.backend());
    // The current mention is drawn in reverse video in the text.
    let f = app.follow.as_ref().unwrap();
    let spot = f.current().unwrap();
    let row = app.layout.row_of(spot.range.start);
    let y = (row - app.top_row()) as u16;
    let layout_row = app.layout.rows[row];
    let before = &app.doc().doc.text[layout_row.start..spot.range.start];
    let x = app.regions.column.x + unicode_width::UnicodeWidthStr::width(before) as u16;
    let cell = &terminal.backend().buffer()[(x, y)];
    assert!(
        cell.modifier.contains(Modifier::REVERSED),
        "{cell:?} at {x},{y}"
    );
}

#[test]
fn sidebar_100x30_with_a_mention_selected() {
    let mut app = app_at(100, 30);
    select_kim(&mut app);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn sidebar_is_hidden_below_100_columns() {
    let app = app_at(99, 30);
    assert!(app.regions.sidebar.is_none());
    let screen = draw(&app).backend().to_string();
    assert!(!screen.contains("┌ Entities"));
    assert!(!screen.contains("Kim Jong Un  "));
}
