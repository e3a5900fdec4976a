//! Tests of the reader state: paging, sidebar, search and bookmarks.

use super::*;
use crate::layout::Layout;

fn app(text: &str, w: u16, h: u16) -> App {
    let mut app = App::new(vec![Document::from_text("t", text, false)], 80);
    app.update(Action::Resize(w, h));
    app
}

fn numbered(n: usize) -> String {
    (1..=n).map(|i| format!("line {i}\n")).collect()
}

#[test]
fn paging_moves_by_whole_pages() {
    // 10 rows of text, 4 rows per page (5 rows minus the status bar).
    let mut a = app(&numbered(10), 40, 5);
    assert_eq!(a.page_position(), (1, 3));
    a.update(Action::NextPage);
    assert_eq!(a.top_row(), 4);
    assert_eq!(a.page_position(), (2, 3));
    a.update(Action::NextPage);
    a.update(Action::NextPage);
    assert_eq!(a.top_row(), 8);
    assert_eq!(a.page_position(), (3, 3));
    a.update(Action::PrevPage);
    assert_eq!(a.top_row(), 4);
    a.update(Action::FirstPage);
    assert_eq!(a.top_row(), 0);
    a.update(Action::LastPage);
    assert_eq!(a.top_row(), 8);
}

#[test]
fn lines_scroll_one_at_a_time() {
    let mut a = app(&numbered(10), 40, 5);
    a.update(Action::LineDown);
    a.update(Action::LineDown);
    assert_eq!(a.top_row(), 2);
    a.update(Action::LineUp);
    assert_eq!(a.top_row(), 1);
    for _ in 0..20 {
        a.update(Action::LineDown);
    }
    assert_eq!(a.top_row(), 6, "stops when the last row is at the bottom");
}

#[test]
fn resize_keeps_the_top_passage() {
    let text = "Title\n\n".to_string() + &"word ".repeat(400);
    let mut a = app(&text, 60, 10);
    a.update(Action::NextPage);
    a.update(Action::NextPage);
    let anchor = a.doc().anchor;
    let word = a.doc().doc.text[anchor..anchor + 4].to_string();
    a.update(Action::Resize(30, 7));
    let row = a.rows_shown()[0];
    assert!(row.range().contains(&anchor) || row.start == anchor);
    assert_eq!(&a.doc().doc.text[row.start..row.start + 4], word);
    a.update(Action::Resize(60, 10));
    assert_eq!(a.doc().anchor, anchor, "resizing does not move the anchor");
}

#[test]
fn documents_keep_their_own_position() {
    let docs = vec![
        Document::from_text("a", &numbered(30), false),
        Document::from_text("b", &numbered(30), false),
    ];
    let mut a = App::new(docs, 80);
    a.update(Action::Resize(40, 6));
    a.update(Action::NextPage);
    a.update(Action::NextDocument);
    assert_eq!(a.current, 1);
    assert_eq!(a.top_row(), 0);
    a.update(Action::NextDocument);
    assert_eq!(a.current, 1, "no wrap past the last document");
    a.update(Action::PrevDocument);
    assert_eq!(a.top_row(), 5);
}

#[test]
fn tiny_terminals_do_not_panic() {
    let mut a = app(&numbered(10), 1, 1);
    a.update(Action::NextPage);
    a.update(Action::Resize(0, 0));
    a.update(Action::LastPage);
    // At 0x0 the layout of one column is kept ("line 1" is 5 rows of one
    // character): the last of its pages of 1 row.
    let (page, pages) = a.page_position();
    assert_eq!(page, pages);
    assert_eq!(pages, a.layout.rows());
    assert!(pages > 50, "{pages}");
}

#[test]
fn help_toggles_and_escape_closes() {
    let mut a = app("x", 40, 10);
    a.update(Action::ToggleHelp);
    assert_eq!(a.mode(), Mode::Help);
    a.update(Action::Dismiss);
    assert_eq!(a.mode(), Mode::Reading);
    a.update(Action::Quit);
    assert!(a.quit);
}

/// A long text naming Ann every few paragraphs and Rome twice, with the
/// entities found by hand.
fn named_app(w: u16, h: u16) -> App {
    let mut text = String::from("Title\n\n");
    let mut ann = Vec::new();
    let mut rome = Vec::new();
    for i in 0..40 {
        if i % 5 == 2 {
            ann.push(text.len()..text.len() + 3);
            text.push_str("Ann walked on. ");
        }
        if i == 10 || i == 30 {
            rome.push(text.len()..text.len() + 4);
            text.push_str("Rome was near. ");
        }
        text.push_str("Some words fill this paragraph out to a line or two.\n\n");
    }
    let doc = Document::from_text("t", &text, false);
    let entities = Entities {
        people: vec![crate::entities::Entity {
            kind: crate::entities::Kind::Person,
            name: "Ann".into(),
            aliases: vec![],
            mentions: ann,
        }],
        places: vec![crate::entities::Entity {
            kind: crate::entities::Kind::Place,
            name: "Rome".into(),
            aliases: vec![],
            mentions: rome,
        }],
        organisations: vec![],
    };
    let mut app = App::with_entities(vec![(doc, entities)], 80);
    app.update(Action::Resize(w, h));
    app
}

fn on_screen(a: &App, offset: usize) -> bool {
    let row = a.layout.row_of(&a.doc().doc, offset);
    let top = a.top_row();
    row >= top && row < top + a.page_height()
}

#[test]
fn tab_selects_the_first_person_and_enter_follows_it() {
    let mut a = named_app(120, 20);
    assert!(a.sidebar_shown());
    a.update(Action::SwitchFocus);
    assert_eq!(a.focus, Focus::Sidebar);
    assert_eq!(a.sidebar.selected_item().unwrap().name, "Ann");
    a.update(Action::Choose);
    let f = a.follow.as_ref().unwrap();
    assert_eq!(f.label(), "Ann 1/8");
}

#[test]
fn n_visits_every_mention_in_order_and_wraps() {
    let mut a = named_app(120, 12);
    a.update(Action::SwitchFocus);
    a.update(Action::Choose);
    let spots = a.follow.as_ref().unwrap().spots.clone();
    assert_eq!(spots.len(), 8);
    let mut visited = vec![a.follow.as_ref().unwrap().current().unwrap().clone()];
    assert!(on_screen(&a, visited[0].range.start));
    for _ in 0..spots.len() {
        a.update(Action::NextMention);
        let spot = a.follow.as_ref().unwrap().current().unwrap().clone();
        assert!(
            on_screen(&a, spot.range.start),
            "mention at {} is shown",
            spot.range.start
        );
        visited.push(spot);
    }
    assert_eq!(&visited[..8], &spots[..], "every mention, in order");
    assert_eq!(visited[8], spots[0], "wraps to the first");
    a.update(Action::PrevMention);
    assert_eq!(
        a.follow.as_ref().unwrap().index,
        7,
        "N wraps back to the last"
    );
    assert_eq!(a.follow.as_ref().unwrap().label(), "Ann 8/8");
}

#[test]
fn choosing_starts_at_the_current_position() {
    let mut a = named_app(120, 12);
    a.update(Action::LastPage);
    let anchor = a.doc().anchor;
    a.update(Action::SwitchFocus);
    a.update(Action::Choose);
    let f = a.follow.as_ref().unwrap();
    let expected = f
        .spots
        .iter()
        .position(|s| s.range.start >= anchor)
        .unwrap_or(0);
    assert_eq!(f.index, expected);
}

#[test]
fn search_then_escape_clears() {
    let mut a = named_app(120, 12);
    a.update(Action::StartSearch);
    for c in "ROME".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::InputSubmit);
    assert_eq!(a.follow.as_ref().unwrap().label(), "match 1/2");
    a.update(Action::NextMention);
    assert_eq!(a.follow.as_ref().unwrap().label(), "match 2/2");
    a.update(Action::Dismiss);
    assert!(a.follow.is_none());
    a.update(Action::StartSearch);
    for c in "re:(".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::InputSubmit);
    assert!(
        a.message()
            .as_deref()
            .unwrap_or("")
            .starts_with("bad regex")
    );
}

#[test]
fn filter_narrows_the_sidebar() {
    let mut a = named_app(120, 12);
    a.update(Action::SwitchFocus);
    a.update(Action::StartFilter);
    a.update(Action::Input('r'));
    a.update(Action::Input('o'));
    assert_eq!(a.sidebar.items.len(), 1);
    assert_eq!(a.sidebar.selected_item().unwrap().name, "Rome");
    a.update(Action::Dismiss);
    assert_eq!(a.sidebar.items.len(), 2, "Esc clears the filter");
}

#[test]
fn mention_list_jumps_to_the_chosen_mention() {
    let mut a = named_app(120, 12);
    a.update(Action::SwitchFocus);
    a.update(Action::MentionList);
    assert_eq!(a.mention_list().unwrap().spots.len(), 8);
    for _ in 0..5 {
        a.update(Action::SelectNext);
    }
    let spot = a.mention_list().unwrap().spots[5].clone();
    a.update(Action::Choose);
    assert!(a.mention_list().is_none());
    assert!(on_screen(&a, spot.range.start));
}

#[test]
fn narrow_terminals_hide_the_sidebar_and_e_toggles_it() {
    let mut a = named_app(99, 20);
    assert!(!a.sidebar_shown());
    a.update(Action::SwitchFocus);
    assert_eq!(a.focus, Focus::Text);
    a.update(Action::Resize(120, 20));
    assert!(a.sidebar_shown());
    assert_eq!(a.regions.column.width, 80);
    a.update(Action::ToggleSidebar);
    assert!(!a.sidebar_shown());
    a.update(Action::Resize(60, 20));
    a.update(Action::ToggleSidebar);
    assert!(a.sidebar_shown(), "e shows it on a narrow terminal too");
    assert_eq!(
        a.regions.column.width,
        60 - SIDEBAR_WIDTH,
        "no margin at this width"
    );
    a.update(Action::Resize(40, 20));
    assert!(!a.sidebar_shown(), "no room at all");
}

#[test]
fn mentions_off_screen_at_a_narrow_width_are_reached() {
    let mut a = named_app(60, 8);
    a.update(Action::ToggleSidebar);
    a.update(Action::SwitchFocus);
    a.update(Action::Choose);
    let n = a.follow.as_ref().unwrap().spots.len();
    for _ in 0..n {
        a.update(Action::NextMention);
        let spot = a.follow.as_ref().unwrap().current().unwrap().clone();
        assert!(on_screen(&a, spot.range.start));
    }
}

#[test]
fn clicking_a_row_selects_it() {
    let mut a = named_app(120, 20);
    let list = a.regions.sidebar_list().unwrap();
    // Rows: People, Ann, Places, Rome.
    a.update(Action::Click(list.x + 2, list.y + 3));
    assert_eq!(a.sidebar.selected_item().unwrap().name, "Rome");
    assert_eq!(a.follow.as_ref().unwrap().label(), "Rome 1/2");
}

fn type_text(a: &mut App, text: &str) {
    for c in text.chars() {
        a.update(Action::Input(c));
    }
}

#[test]
fn passage_cursor_moves_by_paragraph_and_the_page_follows() {
    let mut a = app(&numbered_paragraphs(30), 40, 6);
    assert_eq!(a.passage(), Some(0), "the paragraph at the top by default");
    a.update(Action::NextPassage);
    a.update(Action::NextPassage);
    assert_eq!(a.passage(), Some(2));
    for _ in 0..5 {
        a.update(Action::NextPassage);
    }
    assert_eq!(a.passage(), Some(7));
    let range = a.passage_range().unwrap();
    let row = a.layout.row_of(&a.doc().doc, range.start);
    assert!(row >= a.top_row() && row < a.top_row() + a.page_height());
    a.update(Action::FirstPage);
    assert_eq!(
        a.passage(),
        Some(0),
        "off screen: back to the top paragraph"
    );
}

fn numbered_paragraphs(n: usize) -> String {
    (1..=n).map(|i| format!("Paragraph {i}.\n\n")).collect()
}

#[test]
fn b_bookmarks_the_passage_with_a_note_and_the_list_manages_it() {
    let mut a = app(&numbered_paragraphs(30), 40, 6);
    a.update(Action::NextPassage);
    a.update(Action::Bookmark);
    type_text(&mut a, "second");
    a.update(Action::InputSubmit);
    assert_eq!(a.message().as_deref(), Some("Bookmarked"));
    assert_eq!(a.store.all().len(), 1);
    assert_eq!(a.store.all()[0].note, "second");
    assert_eq!(a.store.all()[0].anchor.exact, "Paragraph 2.");
    // Esc on the note prompt cancels.
    a.update(Action::Bookmark);
    a.update(Action::Dismiss);
    assert_eq!(a.store.all().len(), 1);

    a.update(Action::LastPage);
    a.update(Action::OpenBookmarks);
    assert_eq!(a.bookmark_list().unwrap().rows.len(), 1);
    a.update(Action::EditNote);
    type_text(&mut a, " one");
    a.update(Action::InputSubmit);
    assert_eq!(a.store.all()[0].note, "second one");
    a.update(Action::DeleteBookmark);
    assert!(a.store.all().is_empty());
    a.update(Action::UndoDelete);
    assert_eq!(a.store.all().len(), 1);
    a.update(Action::Choose);
    assert!(a.bookmark_list().is_none());
    assert_eq!(a.top_row(), 0, "jumped back to the bookmarked passage");
    assert_eq!(a.passage(), Some(1));
}

#[test]
fn entities_can_arrive_after_the_first_page() {
    let doc = Document::from_text("t", "Title\n\nAnn went to Rome.", false);
    let mut a = App::without_entities(vec![doc], 80);
    a.update(Action::Resize(120, 20));
    assert_eq!(a.entities_pending, 1);
    assert!(a.sidebar.items.is_empty());
    let found = Entities {
        people: vec![sidebar::tests::entity(
            crate::entities::Kind::Person,
            "Ann",
            &[7],
        )],
        places: vec![],
        organisations: vec![],
    };
    a.update(Action::SwitchFocus);
    assert_eq!(a.sidebar.selected, None, "nothing to select yet");
    a.set_entities(0, found);
    assert_eq!(a.entities_pending, 0);
    assert_eq!(a.sidebar.items.len(), 1);
    assert_eq!(
        a.sidebar.selected,
        Some(0),
        "the first person, once there is one"
    );
}

/// A text too long to wrap at once: numbered paragraphs of a few rows each.
fn long_text() -> String {
    let mut text = String::from("Title\n\n");
    let mut i = 0;
    while text.len() <= (512 << 10).max(LAYOUT_AT_ONCE * 2) {
        text.push_str(&format!(
            "Paragraph {i} begins here and goes on for a while, long enough to wrap onto a second row.\n\n"
        ));
        i += 1;
    }
    text
}

/// The count of the whole text's rows the app asked for, done at once.
fn finish_layout(a: &mut App) {
    for job in a.take_jobs() {
        if let Job::Layout {
            index, doc, width, ..
        } = job
        {
            a.layout_done(index, width, RowCounts::new(&doc, width));
        }
    }
}

#[test]
fn a_long_text_pages_through_a_window_while_it_is_wrapped() {
    let text = long_text();
    let mut a = app(&text, 60, 20);
    assert!(a.layout_pending(), "only a window is laid out at first");
    let h = a.page_height();
    let pages = Layout::new(&a.doc().doc, a.layout.width()).page_count(h);
    // The page count is estimated from the window, close to the truth.
    let label = a.page_label();
    let estimate: usize = label
        .strip_prefix("Page 1/≈")
        .unwrap_or_else(|| panic!("{label}"))
        .replace(',', "")
        .parse()
        .unwrap();
    assert!(
        estimate.abs_diff(pages) * 10 < pages,
        "{estimate} for {pages}"
    );
    // Page far past the first window: the window follows the view.
    let mut tops = vec![a.doc().anchor];
    for _ in 0..200 {
        a.update(Action::NextPage);
        tops.push(a.doc().anchor);
    }
    assert!(
        tops.windows(2).all(|w| w[0] < w[1]),
        "every page turn moves on"
    );
    let full = Layout::new(&a.doc().doc, a.layout.width());
    // Each turn moved by exactly one page of the full layout.
    let rows: Vec<usize> = tops.iter().map(|&t| full.row_of(t)).collect();
    assert!(rows.windows(2).all(|w| w[1] - w[0] == h), "{rows:?}");
    a.update(Action::LastPage);
    let end = a.doc().doc.text.len();
    let window = &a.layout.window().rows;
    assert!(window.last().unwrap().end() == end.min(window.last().unwrap().end()));
    let label = a.page_label();
    assert!(
        label.starts_with("Page ≈") && label.contains("/≈"),
        "{label}"
    );
    let last_top = a.doc().anchor;
    assert_eq!(full.row_of(last_top), full.rows.len() - h);
    a.update(Action::FirstPage);
    assert_eq!(a.doc().anchor, 0);
    // The whole wrap arrives: the view stays where it is and knows its page.
    for _ in 0..3 {
        a.update(Action::NextPage);
    }
    let before = a.doc().anchor;
    finish_layout(&mut a);
    assert!(!a.layout_pending());
    assert_eq!(a.doc().anchor, before);
    assert_eq!(a.page_label(), format!("Page 4/{}", full.page_count(h)));
}

#[test]
fn a_jump_in_a_window_lands_on_the_spot() {
    let text = long_text();
    let mut a = app(&text, 60, 20);
    let far = text.find("Paragraph 3000 ").unwrap();
    a.reveal(&Spot {
        doc: 0,
        range: far..far + 9,
    });
    let shown = &a.rows_shown()[..a.page_height()];
    assert!(shown.iter().any(|r| r.range().contains(&far)));
    // A search finds it too, and n goes on to the next match.
    a.update(Action::StartSearch);
    for c in "paragraph 3001 ".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::InputSubmit);
    let at = text.find("Paragraph 3001 ").unwrap();
    assert!(
        a.rows_shown()
            .iter()
            .take(a.page_height())
            .any(|r| r.range().contains(&at))
    );
}

#[test]
fn a_resize_while_wrapping_drops_the_stale_wrap() {
    let text = long_text();
    let mut a = app(&text, 60, 20);
    let jobs = a.take_jobs();
    a.update(Action::Resize(70, 20));
    // The first wrap was cancelled, and its result would be ignored anyway.
    for job in jobs {
        if let Job::Layout {
            index,
            doc,
            width,
            cancel,
        } = job
        {
            assert!(cancel.load(Ordering::Relaxed));
            a.layout_done(index, width, RowCounts::new(&doc, width));
        }
    }
    assert!(a.layout_pending());
    finish_layout(&mut a);
    assert!(!a.layout_pending());
    assert_eq!(a.layout.width(), usize::from(a.regions.column.width));
}

#[test]
fn a_counted_long_text_holds_only_the_rows_near_the_view_and_pages_as_the_full_layout() {
    let text = long_text();
    let mut a = app(&text, 60, 20);
    // Counts made for another text are not taken.
    let other = Document::from_text("t", "Another text.", false);
    a.layout_done(
        0,
        a.layout.width(),
        RowCounts::new(&other, a.layout.width()),
    );
    assert!(a.layout_pending());
    finish_layout(&mut a);
    assert!(!a.layout_pending());
    let h = a.page_height();
    let doc = a.doc().doc.clone();
    let full = Layout::new(&doc, a.layout.width());
    let pages = full.page_count(h);
    assert!(pages > 500, "{pages}");
    // Never more rows than a few screens: the window around the view.
    let most = (2 * WINDOW_PAGES + 4) * h;
    let counts = a.layout.counts().expect("counted");
    assert!(counts.heap_bytes() * 8 < full.rows.len() * size_of::<layout::Row>());
    let check = |a: &App, page: usize| {
        assert_eq!(a.top_row(), page * h);
        assert_eq!(a.doc().anchor, full.rows[page * h].start);
        assert_eq!(a.page_label(), format!("Page {}/{pages}", page + 1));
        assert_eq!(a.page_position(), (page + 1, pages));
        let shown = full.page(page, h);
        assert_eq!(&a.rows_shown()[..shown.len()], shown);
        assert!(a.layout.window().rows.len() <= most);
    };
    for page in 0..pages {
        check(&a, page);
        a.update(Action::NextPage);
    }
    check(&a, pages - 1);
    for page in (0..pages - 1).rev() {
        a.update(Action::PrevPage);
        check(&a, page);
    }
    a.update(Action::LastPage);
    check(&a, pages - 1);
    a.update(Action::FirstPage);
    check(&a, 0);
    // A jump far away lands on the full layout's page that holds the spot.
    let far = text.find("Paragraph 3000 ").unwrap();
    a.reveal(&Spot {
        doc: 0,
        range: far..far + 9,
    });
    check(&a, full.page_of(far, h));
    // A line down and a page on: rows, not pages, as in the full layout.
    a.update(Action::LineDown);
    a.update(Action::NextPage);
    let top = (full.page_of(far, h) + 1) * h + 1;
    assert_eq!(a.top_row(), top);
    assert_eq!(a.doc().anchor, full.rows[top].start);
    assert!(a.layout.window().rows.len() <= most);
    // A terminal four times as tall: every row on screen is laid out.
    a.update(Action::Resize(60, 80));
    assert!(!a.layout_pending());
    assert_eq!(a.top_row(), top);
    let shown = &full.rows[top..top + a.page_height()];
    assert_eq!(&a.rows_shown()[..shown.len()], shown);
}

/// An app in `mode`, over an article with people in it, 120x30.
fn in_mode(mode: Mode) -> App {
    let text = "# Talks\n\nKim Jong Un met Xi Jinping in [Beijing](https://example.org/beijing). Kim left.\n\nMore text.";
    let mut a = App::new(
        vec![Document::from_bytes("t.md", text.as_bytes()).unwrap()],
        80,
    );
    a.update(Action::Resize(120, 30));
    let steps: &[Action] = match mode {
        Mode::Reading => &[],
        Mode::Sidebar => &[Action::SwitchFocus],
        Mode::Search => &[Action::StartSearch],
        Mode::Filter => &[Action::SwitchFocus, Action::StartFilter],
        Mode::NotePrompt => &[Action::Bookmark],
        Mode::MentionList => &[Action::SwitchFocus, Action::MentionList],
        Mode::BookmarkList => &[Action::OpenBookmarks],
        Mode::Contents => &[Action::OpenContents],
        Mode::Links => &[Action::OpenLinks],
        Mode::Map => &[Action::OpenMap],
        Mode::Help => &[Action::ToggleHelp],
    };
    for step in steps {
        a.update(step.clone());
    }
    assert_eq!(a.mode(), mode);
    a
}

#[test]
fn every_mode_answers_esc_q_and_question_mark() {
    use crate::keymap::action_for;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |c: KeyCode| KeyEvent::new(c, KeyModifiers::NONE);
    // (mode, mode after Esc, quits on q, mode after ?)
    let table = [
        (Mode::Reading, Mode::Reading, true, Mode::Help),
        (Mode::Sidebar, Mode::Sidebar, true, Mode::Help),
        (Mode::Search, Mode::Reading, false, Mode::Search),
        (Mode::Filter, Mode::Sidebar, false, Mode::Filter),
        (Mode::NotePrompt, Mode::Reading, false, Mode::NotePrompt),
        (Mode::MentionList, Mode::Sidebar, true, Mode::MentionList),
        (Mode::BookmarkList, Mode::Reading, true, Mode::BookmarkList),
        (Mode::Contents, Mode::Reading, true, Mode::Contents),
        (Mode::Links, Mode::Reading, true, Mode::Links),
        (Mode::Map, Mode::Reading, true, Mode::Map),
        (Mode::Help, Mode::Reading, true, Mode::Reading),
    ];
    for (mode, after_esc, quits, after_question) in table {
        let mut a = in_mode(mode);
        if let Some(action) = action_for(key(KeyCode::Esc), &a) {
            a.update(action);
        }
        assert_eq!(a.mode(), after_esc, "Esc in {mode:?}");
        assert!(!a.quit);

        let mut a = in_mode(mode);
        if let Some(action) = action_for(key(KeyCode::Char('q')), &a) {
            a.update(action);
        }
        assert_eq!(a.quit, quits, "q in {mode:?}");
        if mode.is_prompt() {
            assert_eq!(
                a.prompt().map(Prompt::text),
                Some("q"),
                "q is typed in {mode:?}"
            );
        }

        let mut a = in_mode(mode);
        if let Some(action) = action_for(key(KeyCode::Char('?')), &a) {
            a.update(action);
        }
        assert_eq!(a.mode(), after_question, "? in {mode:?}");
    }
}

#[test]
fn the_filter_is_cleared_with_esc_and_a_note_prompt_returns_to_its_list() {
    let mut a = in_mode(Mode::Filter);
    a.update(Action::Input('x'));
    assert_eq!(a.sidebar.filter, "x");
    a.update(Action::Dismiss);
    assert!(a.sidebar.filter.is_empty());
    let mut a = in_mode(Mode::Reading);
    a.update(Action::Bookmark);
    a.update(Action::InputSubmit);
    a.update(Action::OpenBookmarks);
    a.update(Action::EditNote);
    assert_eq!(a.mode(), Mode::NotePrompt);
    a.update(Action::Dismiss);
    assert_eq!(a.mode(), Mode::BookmarkList);
}

#[test]
fn prompts_edit_by_word_and_recall_earlier_searches() {
    let mut a = in_mode(Mode::Reading);
    for query in ["Kim", "Beijing"] {
        a.update(Action::StartSearch);
        for c in query.chars() {
            a.update(Action::Input(c));
        }
        a.update(Action::InputSubmit);
    }
    assert_eq!(a.history, ["Kim", "Beijing"]);
    a.update(Action::StartSearch);
    for c in "Xi Jin".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::Edit(tui_input::InputRequest::DeletePrevWord));
    assert_eq!(a.prompt().unwrap().text(), "Xi ");
    a.update(Action::HistoryPrev);
    assert_eq!(a.prompt().unwrap().text(), "Beijing");
    a.update(Action::HistoryPrev);
    assert_eq!(a.prompt().unwrap().text(), "Kim");
    a.update(Action::HistoryPrev);
    assert_eq!(a.prompt().unwrap().text(), "Kim", "the oldest stays");
    a.update(Action::HistoryNext);
    a.update(Action::HistoryNext);
    assert_eq!(a.prompt().unwrap().text(), "Xi ", "back to what was typed");
    a.update(Action::Edit(tui_input::InputRequest::GoToStart));
    a.update(Action::Input('>'));
    assert_eq!(a.prompt().unwrap().text(), ">Xi ");
    a.update(Action::Edit(tui_input::InputRequest::DeleteLine));
    assert_eq!(a.prompt().unwrap().text(), "");
}

#[test]
fn notices_last_until_the_next_action_and_are_logged() {
    let mut a = in_mode(Mode::Reading);
    a.notify("first".into());
    a.notify("second".into());
    a.update(Action::Resize(100, 30));
    assert_eq!(a.message().as_deref(), Some("first · second"));
    a.update(Action::NextPage);
    assert_eq!(a.message(), None);
    assert_eq!(a.message_log, ["first", "second"]);
}

#[test]
fn the_config_sets_keys_colours_and_the_sidebar() {
    let text =
        "[keys]\nnext_page = [\"f\"]\n[theme]\nperson = \"red\"\n[reader]\nsidebar = \"never\"\n";
    let config = crate::config::parse(text, "config.toml").unwrap();
    let mut a =
        App::new(vec![Document::from_text("t", &numbered(100), false)], 80).with_config(&config);
    a.update(Action::Resize(120, 20));
    assert!(!a.sidebar_shown(), "never, even on a wide terminal");
    let f = ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Char('f'),
        ratatui::crossterm::event::KeyModifiers::NONE,
    );
    assert_eq!(crate::keymap::action_for(f, &a), Some(Action::NextPage));
    // The theme is the config's unless NO_COLOR is set in the environment.
    let expected = config.theme.effective();
    assert_eq!(a.theme, expected);
}

#[test]
fn background_work_is_told_to_stop_on_quit() {
    // Over 1 MB: searched in the background too.
    let text = long_text().repeat(3);
    let mut a = app(&text, 60, 20);
    a.update(Action::StartSearch);
    for c in "re:x+".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::InputSubmit);
    let flags: Vec<Arc<AtomicBool>> = a
        .take_jobs()
        .into_iter()
        .filter_map(|job| match job {
            Job::Layout { cancel, .. } | Job::Search { cancel, .. } => Some(cancel),
            Job::Entities { .. } => None,
        })
        .collect();
    assert_eq!(flags.len(), 2, "a whole-text count and a search");
    a.update(Action::Quit);
    a.cancel_jobs();
    assert!(flags.iter().all(|f| f.load(Ordering::Relaxed)));
    // A cancelled wrap gives up at once.
    let stopped = AtomicBool::new(true);
    assert!(RowCounts::new_unless(&a.doc().doc, 60, &stopped).is_none());
}

#[test]
fn estimates_are_rounded_and_grouped() {
    use super::{thousands, two_figures};
    assert_eq!(two_figures(2391), 2400);
    assert_eq!(two_figures(87), 87);
    assert_eq!(two_figures(149), 150);
    assert_eq!(thousands(2400), "2,400");
    assert_eq!(thousands(1_234_567), "1,234,567");
    assert_eq!(thousands(999), "999");
}

#[test]
fn a_document_read_in_part_grows_in_place_and_opens_where_it_was_left() {
    let whole = long_text();
    let cut = whole[..whole.len() / 4].rfind("\n\n").unwrap() + 2;
    let head = Document::from_text("x", &whole[..cut], false);
    let mut a = App::loading(head, cut as u64, Some(whole.len() as u64), 80);
    a.update(Action::Resize(60, 20));
    assert!(
        a.take_jobs()
            .iter()
            .all(|j| !matches!(j, Job::Entities { .. }))
    );
    let label = a.page_label();
    assert!(
        label.contains("reading 25%") || label.contains("reading 24%"),
        "{label}"
    );
    // What needs the whole text waits for it.
    a.update(Action::StartSearch);
    assert!(a.prompt().is_none());
    assert!(a.message().unwrap().contains("still reading"));
    a.update(Action::NextPage);
    let at = a.doc().anchor;
    assert!(at > 0);
    a.document_whole(0, Document::from_text("x", &whole, false), Some(cut + 100));
    assert_eq!(
        a.doc().anchor,
        at,
        "the reader moved: the saved position is not used"
    );
    assert!(a.doc().loading.is_none());
    assert_eq!(a.doc().doc.text.len(), whole.len());
    assert!(
        a.take_jobs()
            .iter()
            .any(|j| matches!(j, Job::Entities { index: 0, .. }))
    );
    assert!(!a.page_label().contains("reading"));
    // Not moved: the saved position is where it opens.
    let head = Document::from_text("x", &whole[..cut], false);
    let mut b = App::loading(head, cut as u64, None, 80);
    b.update(Action::Resize(60, 20));
    assert!(b.page_label().contains(" MB"), "{}", b.page_label());
    b.document_whole(0, Document::from_text("x", &whole, false), Some(cut + 100));
    assert_eq!(b.doc().anchor, cut + 100);
    assert_eq!(b.doc().opened_at, cut + 100);
}

#[test]
fn documents_added_later_open_at_their_positions_and_get_entities() {
    let mut a = App::without_entities(vec![Document::from_text("a", "A\n\ntext", false)], 80);
    a.update(Action::Resize(60, 20));
    assert_eq!(a.entities_pending, 1);
    let more = (0..3)
        .map(|i| {
            (
                Document::from_text(&format!("d{i}"), "Title\n\nbody text here", false),
                Some(i),
            )
        })
        .collect();
    a.documents_added(more);
    assert_eq!(a.docs.len(), 4);
    assert_eq!(a.entities_pending, 4);
    assert_eq!(a.docs[3].anchor, 2);
    a.update(Action::NextDocument);
    assert_eq!(a.current, 1);
}

/// A long Markdown article with three parts and links, 80x20.
fn sectioned() -> App {
    let mut text = String::from("# Report\n\n");
    for part in ["One", "Two", "Three"] {
        text.push_str(&format!("## Part {part}\n\n"));
        for i in 0..30 {
            text.push_str(&format!(
                "Paragraph {i} of part {part}, with [a link](https://example.org/{part}/{i}).\n\n"
            ));
        }
    }
    let mut a = App::new(
        vec![Document::from_bytes("r.md", text.as_bytes()).unwrap()],
        80,
    );
    a.update(Action::Resize(80, 20));
    a
}

#[test]
fn contents_lists_the_headings_and_enter_goes_to_one() {
    let mut a = sectioned();
    a.update(Action::OpenContents);
    assert_eq!(a.mode(), Mode::Contents);
    let list = a.place_list().unwrap();
    let labels: Vec<&str> = list.places.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["Report", "Part One", "Part Two", "Part Three"]);
    a.update(Action::SelectNext);
    a.update(Action::SelectNext);
    a.update(Action::Choose);
    assert_eq!(a.mode(), Mode::Reading);
    let doc = &a.doc().doc;
    let top = a.rows_shown()[0].start;
    assert!(
        doc.text[top..].starts_with("Part Two"),
        "{}",
        &doc.text[top..top + 20]
    );
}

#[test]
fn the_link_list_filters_and_enter_shows_the_url() {
    let mut a = sectioned();
    a.update(Action::OpenLinks);
    assert_eq!(a.mode(), Mode::Links);
    assert_eq!(a.place_list().unwrap().places.len(), 90);
    a.update(Action::StartFilter);
    assert_eq!(a.mode(), Mode::Filter);
    for c in "three/29".chars() {
        a.update(Action::Input(c));
    }
    assert_eq!(a.place_list().unwrap().shown.len(), 1);
    a.update(Action::InputSubmit);
    assert_eq!(a.mode(), Mode::Links);
    a.update(Action::Choose);
    let list = a.place_list().unwrap();
    assert_eq!(list.detail.as_deref(), Some("https://example.org/Three/29"));
    // The sidebar's filter is not touched by the list's.
    assert!(a.sidebar.filter.is_empty());
    a.update(Action::Dismiss);
    assert_eq!(a.mode(), Mode::Reading);
}

#[test]
fn plain_text_has_no_contents_and_says_so() {
    let mut a = App::new(
        vec![Document::from_text("t", "Just text.\n\nMore.", false)],
        80,
    );
    a.update(Action::Resize(80, 20));
    a.update(Action::OpenContents);
    assert_eq!(a.mode(), Mode::Reading);
    a.update(Action::OpenLinks);
    assert_eq!(a.mode(), Mode::Reading);
    let said = a.message_log.join("\n");
    assert!(
        said.contains("no sections") && said.contains("no links"),
        "{said}"
    );
}

/// An article where Kim is named in its first and last tenths only.
fn far_apart() -> App {
    let mut text = String::from("Talks\n\nKim Jong Un arrived in Beijing on Monday.\n\n");
    for i in 0..200 {
        text.push_str(&format!(
            "Paragraph {i} says nothing of anyone at all, at some length.\n\n"
        ));
    }
    text.push_str("Kim Jong Un left Beijing on Wednesday.\n");
    let mut a = App::new(vec![Document::from_text("t", &text, false)], 80);
    a.update(Action::Resize(120, 30));
    a
}

#[test]
fn a_number_key_goes_to_the_selected_entity_in_that_tenth_of_the_text() {
    let mut a = far_apart();
    a.update(Action::JumpToPart(5));
    assert!(
        a.message_log.join(" ").contains("choose"),
        "{:?}",
        a.message_log
    );
    a.update(Action::SwitchFocus);
    let kim = a.detail().expect("an entity is selected");
    assert_eq!(kim.name, "Kim Jong Un");
    assert_eq!(kim.mentions.len(), 2);
    let last = kim.mentions[1].start;
    // The fifth tenth has no mention of Kim: the next one after it is shown.
    a.update(Action::JumpToPart(5));
    let rows = a.rows_shown();
    let shown = rows[0].start..rows[a.page_height().min(rows.len() - 1)].end();
    assert!(shown.contains(&last), "{shown:?} should show {last}");
    a.update(Action::JumpToPart(1));
    assert_eq!(a.top_row(), 0);
}

#[test]
fn a_click_on_the_strip_goes_to_that_part() {
    let mut a = far_apart();
    a.update(Action::SwitchFocus);
    let strip = a.regions.strip().expect("a detail pane at 120x30");
    a.update(Action::Click(strip.right() - 1, strip.y));
    let last = a.detail().unwrap().mentions[1].start;
    let row = a.layout.row_of(&a.doc().doc, last);
    assert!(row >= a.top_row());
    assert!(row < a.top_row() + a.page_height());
}

#[test]
fn the_map_walks_the_places_in_text_order_and_enter_goes_to_one() {
    let mut a = App::new(crate::document::bundled(), 80);
    a.update(Action::Resize(120, 40));
    a.update(Action::OpenMap);
    assert_eq!(a.mode(), Mode::Map);
    let m = a.map().unwrap();
    let firsts: Vec<usize> = m.places.iter().map(|p| p.spots[0].range.start).collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
    let pyongyang = m
        .places
        .iter()
        .position(|p| p.name == "Pyongyang")
        .expect("Pyongyang");
    assert!(
        m.places[pyongyang]
            .geo
            .as_ref()
            .is_some_and(|g| g.country == "KP")
    );
    for _ in 0..pyongyang {
        a.update(Action::SelectNext);
    }
    a.update(Action::ZoomIn);
    assert_eq!(a.map().unwrap().zoom, 0.5);
    a.update(Action::ZoomWorld);
    assert_eq!(a.map().unwrap().zoom, 1.0);
    let spots = a.map().unwrap().places[pyongyang].spots.clone();
    a.update(Action::Choose);
    assert_eq!(a.mode(), Mode::Reading);
    let rows = a.rows_shown();
    let shown = rows[0].start..rows[a.page_height().min(rows.len()) - 1].end();
    assert!(
        spots.iter().any(|s| shown.contains(&s.range.start)),
        "{shown:?} {spots:?}"
    );
    // Every document's places with a.
    a.update(Action::OpenMap);
    let one = a.map().unwrap().places.len();
    a.update(Action::ToggleScope);
    assert!(a.map().unwrap().all && a.map().unwrap().places.len() > one);
}

#[test]
fn the_pane_lists_who_appears_with_the_selected_name_and_enter_follows_both() {
    // Kim and Xi share the first and third paragraphs; Kim and Trump the
    // second only.
    let text = "Talks\n\n\
        Kim Jong Un met Xi Jinping in Beijing.\n\n\
        Kim Jong Un wrote to Donald Trump.\n\n\
        Xi Jinping saw Kim Jong Un off at the station.\n";
    let mut a = App::new(vec![Document::from_text("t", text, false)], 80);
    a.update(Action::Resize(120, 30));
    a.update(Action::SwitchFocus);
    assert_eq!(a.detail().unwrap().name, "Kim Jong Un");
    let list: Vec<(&str, usize)> = a
        .together
        .list
        .iter()
        .map(|(_, n, c)| (n.as_str(), *c))
        .collect();
    assert_eq!(list[0], ("Xi Jinping", 2), "{list:?}");
    assert!(list.contains(&("Donald Trump", 1)), "{list:?}");
    a.update(Action::NextWith);
    assert_eq!(a.together.cursor, Some(0));
    a.update(Action::Choose);
    let f = a.follow.as_ref().expect("following both");
    assert_eq!(f.label(), "Kim Jong Un & Xi Jinping 1/2");
    let xi: Vec<&str> = f
        .spots
        .iter()
        .map(|s| &a.doc().doc.text[s.range.clone()])
        .collect();
    assert_eq!(xi, ["Xi Jinping", "Xi Jinping"]);
    assert!(f.spots[1].range.start > text.find("Donald").unwrap());
    a.update(Action::NextMention);
    assert_eq!(a.follow.as_ref().unwrap().index, 1);
    // Before the first name is the last; past the last, none.
    a.update(Action::PrevWith);
    let last = a.together.list.len().min(crate::app::story::TOGETHER_SHOWN) - 1;
    assert_eq!(a.together.cursor, Some(last));
    a.update(Action::NextWith);
    assert_eq!(a.together.cursor, None);
}

#[test]
fn who_appears_with_a_name_is_what_the_co_occurrence_counts_say() {
    use crate::entities::cooccur;
    let mut a = App::new(crate::document::bundled(), 80);
    a.update(Action::Resize(120, 40));
    a.update(Action::SwitchFocus);
    for _ in 0..6 {
        let detail = a.detail().unwrap();
        let (kind, name) = (detail.kind, detail.name.to_string());
        let doc = &a.docs[a.current];
        let all: Vec<_> = doc.entities.all().collect();
        let me = all
            .iter()
            .position(|e| e.kind == kind && e.name == name)
            .unwrap();
        let expected: Vec<(String, usize)> = cooccur::with(me, &doc.doc.paragraphs, &doc.entities)
            .into_iter()
            .map(|(o, n)| (all[o].name.clone(), n))
            .collect();
        let got: Vec<(String, usize)> = a
            .together
            .list
            .iter()
            .map(|(_, n, c)| (n.clone(), *c))
            .collect();
        assert_eq!(got, expected, "with {name}");
        a.update(Action::SelectNext);
    }
}

#[test]
fn a_whole_text_that_does_not_go_on_from_the_start_shown_resets_the_view() {
    let head: String = (0..200)
        .map(|i| format!("Start paragraph {i} é.\n\n"))
        .collect();
    let mut a = App::loading(Document::from_text("t", &head, false), 10, Some(100), 80);
    a.update(Action::Resize(100, 20));
    a.update(Action::NextPage);
    assert!(a.doc().anchor > 0);
    // Another text altogether (a page rendered again from its whole).
    let other: String = (0..300).map(|i| format!("Ünother {i}.\n\n")).collect();
    a.document_whole(0, Document::from_text("t", &other, false), None);
    assert_eq!(a.doc().anchor, 0);
    // A whole that goes on from the start keeps the view.
    let mut b = App::loading(Document::from_text("t", &head, false), 10, Some(100), 80);
    b.update(Action::Resize(100, 20));
    b.update(Action::NextPage);
    let at = b.doc().anchor;
    let whole = format!("{head}More at the end.\n");
    b.document_whole(0, Document::from_text("t", &whole, false), None);
    assert_eq!(b.doc().anchor, at);
}
