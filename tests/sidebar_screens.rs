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
    let row = app.layout.row_of(&app.doc().doc, spot.range.start);
    let y = (row - app.top_row()) as u16;
    let layout_row = app.rows_shown()[row - app.top_row()];
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

/// The organisations: listed below the places on a tall terminal, folded to
/// their heading on a short one until `o` shows them.
#[test]
fn organisations_are_listed_below_places_and_fold_on_short_terminals() {
    let rows_text = |app: &App| -> Vec<String> {
        let terminal = draw(app);
        let buffer = terminal.backend().buffer();
        let area = app.regions.sidebar.expect("a sidebar");
        (area.top()..area.bottom())
            .map(|y| {
                (area.left()..area.right())
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect()
    };
    // Tall: every row fits, organisations under their heading.
    let mut app = app_at(120, 80);
    let tall = rows_text(&app);
    let heading = tall
        .iter()
        .position(|l| l.contains("Organisations"))
        .expect("an Organisations heading");
    let places = tall.iter().position(|l| l.contains("Places")).unwrap();
    assert!(heading > places, "{tall:#?}");
    assert!(
        tall[heading + 1].contains("New China News Agency"),
        "{tall:#?}"
    );
    // Short: folded, with the count and the key; `o` shows them, and the
    // selection can reach them.
    app.update(Action::Resize(120, 30));
    assert!(app.sidebar.organisations_folded);
    let n = app.sidebar.organisation_count();
    assert!(n > 0);
    app.update(Action::ToggleOrganisations);
    assert!(!app.sidebar.organisations_folded);
    app.update(Action::SwitchFocus);
    for _ in 0..app.sidebar.items.len() {
        app.update(Action::SelectNext);
    }
    let last = app.sidebar.selected_item().unwrap();
    assert_eq!(last.kind, folio::entities::Kind::Organisation);
    let shown = rows_text(&app);
    assert!(shown.iter().any(|l| l.contains(&last.name)), "{shown:#?}");
    app.update(Action::ToggleOrganisations);
    let folded = rows_text(&app);
    assert!(
        folded
            .iter()
            .any(|l| l.contains(&format!("Organisations ({n})"))),
        "{folded:#?}"
    );
    assert_ne!(
        app.sidebar.selected_item().unwrap().kind,
        folio::entities::Kind::Organisation
    );
}

#[test]
fn on_a_short_terminal_the_selected_row_shows_where_the_name_is() {
    let mut app = app_at(100, 24);
    assert!(app.regions.detail.is_none(), "no room for the pane");
    select_kim(&mut app);
    let terminal = draw(&app);
    insta::assert_snapshot!(terminal.backend());
    let screen = format!("{:?}", terminal.backend());
    let row = screen
        .lines()
        .find(|l| l.contains("Kim Jong Un") && l.contains("14"))
        .expect("Kim's row");
    assert!(row.chars().any(|c| "▁▃▅▇".contains(c)), "{row}");
}
