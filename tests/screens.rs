//! Screens drawn into ratatui's TestBackend, compared with reviewed snapshots.

use folio::app::{Action, App};
use folio::document;
use folio::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

fn bundled_app(width: u16, height: u16) -> App {
    let mut app = App::new(document::bundled(), 80);
    app.update(Action::Resize(width, height));
    app
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let r = app.regions;
    let size = (
        r.text.width.max(r.status.width),
        r.text.height + r.status.height,
    );
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    terminal
}

#[test]
fn first_page() {
    let app = bundled_app(90, 24);
    let terminal = draw(&app);
    insta::assert_snapshot!(terminal.backend());
    // The title row is styled apart from the body.
    let buf = terminal.backend().buffer();
    let title_cell = &buf[(5, 0)];
    assert_eq!(title_cell.symbol(), "C");
    assert!(title_cell.modifier.contains(Modifier::BOLD));
    assert!(!buf[(5, 3)].modifier.contains(Modifier::BOLD));
}

#[test]
fn next_page() {
    let mut app = bundled_app(90, 24);
    app.update(Action::NextPage);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn help_overlay() {
    let mut app = bundled_app(90, 24);
    app.update(Action::ToggleHelp);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn narrow_terminal() {
    let app = bundled_app(24, 8);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn tiny_terminals_draw_without_panicking() {
    for (w, h) in [(1, 1), (1, 0), (0, 1), (2, 2), (5, 1), (80, 0)] {
        let mut app = bundled_app(w, h);
        app.update(Action::ToggleHelp);
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
        app.update(Action::NextPage);
        terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
    }
    let app = bundled_app(1, 1);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn bookmark_list() {
    let mut app = bundled_app(90, 24);
    for (moves, note) in [(2, "the train"), (4, "")] {
        for _ in 0..moves {
            app.update(Action::NextPassage);
        }
        app.update(Action::Bookmark);
        for c in note.chars() {
            app.update(Action::Input(c));
        }
        app.update(Action::InputSubmit);
    }
    app.update(Action::NextPage);
    app.update(Action::OpenBookmarks);
    let terminal = draw(&app);
    let screen = terminal.backend().to_string();
    assert!(screen.contains("Bookmarks: this document (2)"));
    assert!(screen.contains("the train"));
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn map_of_the_places() {
    let mut app = bundled_app(120, 40);
    app.update(Action::OpenMap);
    // To Pyongyang, zoomed in twice around it.
    let at = app
        .map()
        .unwrap()
        .places
        .iter()
        .position(|p| p.name == "Pyongyang")
        .unwrap();
    for _ in 0..at {
        app.update(Action::SelectNext);
    }
    app.update(Action::ZoomIn);
    app.update(Action::ZoomIn);
    let terminal = draw(&app);
    insta::assert_snapshot!(terminal.backend());
    let screen = format!("{:?}", terminal.backend());
    assert!(screen.contains("Pyongyang (KP"), "{screen}");
}
