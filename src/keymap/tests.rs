use super::*;
use crate::document::Document;
use ratatui::crossterm::event::KeyEventState;

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn app() -> App {
    App::new(vec![Document::from_text("t", "x", false)], 80)
}

#[test]
fn fixed_bindings() {
    let a = app();
    for code in [
        KeyCode::Char(' '),
        KeyCode::PageDown,
        KeyCode::Right,
        KeyCode::Char('l'),
    ] {
        assert_eq!(action_for(press(code), &a), Some(Action::NextPage));
    }
    for code in [
        KeyCode::PageUp,
        KeyCode::Left,
        KeyCode::Char('h'),
        KeyCode::Backspace,
    ] {
        assert_eq!(action_for(press(code), &a), Some(Action::PrevPage));
    }
    let shifted_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(action_for(shifted_g, &a), Some(Action::LastPage));
    let back_tab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(action_for(back_tab, &a), Some(Action::SwitchFocus));
    assert_eq!(
        action_for(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL), &a),
        Some(Action::Quit)
    );
}

#[test]
fn releases_are_ignored() {
    let release = KeyEvent {
        code: KeyCode::Char('q'),
        modifiers: KeyModifiers::NONE,
        kind: KeyEventKind::Release,
        state: KeyEventState::NONE,
    };
    assert_eq!(action_for(release, &app()), None);
}

#[test]
fn help_swallows_paging_keys() {
    let mut a = app();
    a.update(Action::ToggleHelp);
    assert_eq!(action_for(press(KeyCode::Char(' ')), &a), None);
    assert_eq!(
        action_for(press(KeyCode::Char('?')), &a),
        Some(Action::Dismiss)
    );
}

#[test]
fn prompts_take_characters_and_editing_keys() {
    let mut a = app();
    a.update(Action::StartSearch);
    assert_eq!(a.mode(), Mode::Search);
    assert_eq!(
        action_for(press(KeyCode::Char('q')), &a),
        Some(Action::Input('q'))
    );
    assert_eq!(
        action_for(press(KeyCode::Char('?')), &a),
        Some(Action::Input('?'))
    );
    let ctrl_w = KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(
        action_for(ctrl_w, &a),
        Some(Action::Edit(Edit::DeletePrevWord))
    );
    assert_eq!(
        action_for(press(KeyCode::Up), &a),
        Some(Action::HistoryPrev)
    );
    // An unbound control key types nothing.
    let ctrl_y = KeyEvent::new(KeyCode::Char('y'), KeyModifiers::CONTROL);
    assert_eq!(action_for(ctrl_y, &a), None);
}

#[test]
fn the_sidebar_falls_back_to_reading_keys() {
    let mut a = App::new(
        vec![Document::from_text("t", "Kim Jong Un met Xi.", false)],
        80,
    );
    a.update(Action::Resize(120, 30));
    a.update(Action::SwitchFocus);
    assert_eq!(a.mode(), Mode::Sidebar);
    assert_eq!(
        action_for(press(KeyCode::Char('j')), &a),
        Some(Action::SelectNext)
    );
    assert_eq!(
        action_for(press(KeyCode::Char(' ')), &a),
        Some(Action::NextPage)
    );
    assert_eq!(
        action_for(press(KeyCode::Char('/')), &a),
        Some(Action::StartFilter)
    );
}

#[test]
fn keys_read_and_write_back() {
    for text in [
        "Space",
        "f",
        "G",
        "?",
        "PageDown",
        "Ctrl-c",
        "Alt-Backspace",
        "F5",
        "Shift-Tab",
    ] {
        let key = Key::parse(text).unwrap();
        assert_eq!(key.to_string(), text);
    }
    assert!(Key::parse("Hyper-x").unwrap_err().contains("unknown key"));
    assert!(Key::parse("PgDown").is_err());
    assert!(Key::parse("").is_err());
}

#[test]
fn every_key_of_the_table_reads_and_no_key_is_bound_twice_in_a_mode() {
    let map = Keymap::default();
    for mode in Mode::ALL {
        let mut seen: Vec<Key> = Vec::new();
        for row in map.for_mode(mode) {
            for key in &row.keys {
                assert!(!seen.contains(key), "{key} is bound twice in {mode:?}");
                seen.push(*key);
            }
        }
    }
}

#[test]
fn the_config_rebinds_an_action_everywhere_it_is_bound() {
    let map = Keymap::with(&[("select_next".into(), vec!["Ctrl-n".into()])]).unwrap();
    let ctrl_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
    for mode in [
        Mode::Sidebar,
        Mode::MentionList,
        Mode::BookmarkList,
        Mode::Help,
    ] {
        assert_eq!(
            map.lookup(mode, &ctrl_n),
            Some(Action::SelectNext),
            "{mode:?}"
        );
        assert_eq!(
            map.lookup(mode, &press(KeyCode::Char('j'))),
            None,
            "{mode:?}"
        );
    }
    let err = Keymap::with(&[("next_pag".into(), vec!["f".into()])]).unwrap_err();
    assert!(
        err.contains("unknown action \"next_pag\"") && err.contains("next_page"),
        "{err}"
    );
}

#[test]
fn the_readme_key_table_is_the_key_table() {
    let readme = include_str!("../../README.md");
    let start = "<!-- keys: made from src/keymap.rs; the tests check it -->\n";
    let end = "<!-- /keys -->";
    let table = readme
        .split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(table, _)| table);
    let expected = Keymap::default().markdown();
    assert_eq!(
        table,
        Some(expected.as_str()),
        "README.md's key table differs from the key table; it should read:\n{start}{expected}{end}"
    );
}

#[test]
fn an_action_has_the_same_default_keys_wherever_it_is_bound() {
    // So that one line of the config file can set them all.
    for (name, _, keys) in defaults() {
        for b in BINDINGS.iter().filter(|b| b.name == Some(name)) {
            assert_eq!(b.keys, keys, "{name}");
        }
    }
}

#[test]
fn keys_match_what_terminals_report() {
    let key = KeyEvent::new;
    let k = |s| Key::parse(s).unwrap();
    assert!(k("f").matches(&key(KeyCode::Char('f'), KeyModifiers::NONE)));
    assert!(!k("f").matches(&key(KeyCode::Char('F'), KeyModifiers::SHIFT)));
    assert!(k("G").matches(&key(KeyCode::Char('G'), KeyModifiers::SHIFT)));
    assert!(!k("f").matches(&key(KeyCode::Char('f'), KeyModifiers::CONTROL)));
    let ctrl_shift = KeyModifiers::CONTROL | KeyModifiers::SHIFT;
    assert!(k("Ctrl-c").matches(&key(KeyCode::Char('C'), ctrl_shift)));
    assert!(k("ctrl-c").matches(&key(KeyCode::Char('c'), KeyModifiers::CONTROL)));
    assert!(!k("PageDown").matches(&key(KeyCode::PageDown, KeyModifiers::SHIFT)));
    assert!(k("Shift-Tab").matches(&key(KeyCode::BackTab, KeyModifiers::SHIFT)));
    assert!(!k("Tab").matches(&key(KeyCode::BackTab, KeyModifiers::SHIFT)));
    assert!(k("F5").matches(&key(KeyCode::F(5), KeyModifiers::NONE)));
}
