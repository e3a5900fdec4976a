//! Keys to actions. The bindings are fixed: see the help overlay and README.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::{Action, App};

/// The action for a key, given what is on screen. Only presses count: repeats
/// and releases are ignored.
pub fn action_for(key: KeyEvent, app: &App) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            KeyCode::Char('c') => Some(Action::Quit),
            _ => None,
        };
    }
    if app.help {
        return match key.code {
            KeyCode::Char('?') | KeyCode::Esc => Some(Action::Dismiss),
            KeyCode::Char('q') => Some(Action::Quit),
            _ => None,
        };
    }
    let action = match key.code {
        KeyCode::Char(' ' | 'l') | KeyCode::PageDown | KeyCode::Right => Action::NextPage,
        KeyCode::Char('h') | KeyCode::PageUp | KeyCode::Left | KeyCode::Backspace => {
            Action::PrevPage
        }
        KeyCode::Char('j') | KeyCode::Down => Action::LineDown,
        KeyCode::Char('k') | KeyCode::Up => Action::LineUp,
        KeyCode::Char('g') | KeyCode::Home => Action::FirstPage,
        KeyCode::Char('G') | KeyCode::End => Action::LastPage,
        KeyCode::Char('[') => Action::PrevDocument,
        KeyCode::Char(']') => Action::NextDocument,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Esc => Action::Dismiss,
        KeyCode::Char('q') => Action::Quit,
        _ => return None,
    };
    Some(action)
}

/// The key list the help overlay shows, as (keys, what they do).
pub const HELP: &[(&str, &str)] = &[
    ("Space PgDn → l", "next page"),
    ("PgUp ← h Backspace", "previous page"),
    ("j ↓ / k ↑", "scroll one line down / up"),
    ("g Home / G End", "first / last page"),
    ("[ / ]", "previous / next document"),
    ("?", "show or hide this help"),
    ("Esc", "close this help"),
    ("q Ctrl-C", "quit"),
];

#[cfg(test)]
mod tests {
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
        assert_eq!(
            action_for(press(KeyCode::Char('G')), &a),
            Some(Action::LastPage)
        );
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
}
