//! Keys to actions. The bindings are fixed: see the help overlay and README.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::app::{Action, App, Focus, PromptFor};

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
    if app.prompt.is_none() && app.bookmarks.is_some() {
        return match key.code {
            KeyCode::Char('j') | KeyCode::Down => Some(Action::SelectNext),
            KeyCode::Char('k') | KeyCode::Up => Some(Action::SelectPrev),
            KeyCode::Enter => Some(Action::Choose),
            KeyCode::Char('d') => Some(Action::DeleteBookmark),
            KeyCode::Char('u') => Some(Action::UndoDelete),
            KeyCode::Char('e') => Some(Action::EditNote),
            KeyCode::Char('a') => Some(Action::ToggleScope),
            KeyCode::Esc | KeyCode::Char('B') => Some(Action::Dismiss),
            KeyCode::Char('q') => Some(Action::Quit),
            _ => None,
        };
    }
    if app.mentions.is_some() {
        return match key.code {
            KeyCode::Char('j') | KeyCode::Down => Some(Action::SelectNext),
            KeyCode::Char('k') | KeyCode::Up => Some(Action::SelectPrev),
            KeyCode::Enter => Some(Action::Choose),
            KeyCode::Esc | KeyCode::Char('c') => Some(Action::Dismiss),
            KeyCode::Char('q') => Some(Action::Quit),
            _ => None,
        };
    }
    if let Some(prompt) = &app.prompt {
        return match key.code {
            KeyCode::Enter => Some(Action::InputSubmit),
            KeyCode::Esc => Some(Action::Dismiss),
            KeyCode::Backspace => Some(Action::InputBackspace),
            KeyCode::Down if prompt.purpose == PromptFor::Filter => Some(Action::SelectNext),
            KeyCode::Up if prompt.purpose == PromptFor::Filter => Some(Action::SelectPrev),
            KeyCode::Char(c) => Some(Action::Input(c)),
            _ => None,
        };
    }
    if app.focus == Focus::Sidebar {
        let action = match key.code {
            KeyCode::Char('j') | KeyCode::Down => Some(Action::SelectNext),
            KeyCode::Char('k') | KeyCode::Up => Some(Action::SelectPrev),
            KeyCode::Enter => Some(Action::Choose),
            KeyCode::Char('/') => Some(Action::StartFilter),
            _ => None,
        };
        if action.is_some() {
            return action;
        }
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
        KeyCode::Tab | KeyCode::BackTab => Action::SwitchFocus,
        KeyCode::Char('e') => Action::ToggleSidebar,
        KeyCode::Char('n') => Action::NextMention,
        KeyCode::Char('N') => Action::PrevMention,
        KeyCode::Char('/') => Action::StartSearch,
        KeyCode::Char('c') => Action::MentionList,
        KeyCode::Char('a') => Action::ToggleScope,
        KeyCode::Char('{') => Action::PrevPassage,
        KeyCode::Char('}') => Action::NextPassage,
        KeyCode::Char('b') => Action::Bookmark,
        KeyCode::Char('B') => Action::OpenBookmarks,
        KeyCode::Enter => Action::Choose,
        KeyCode::Esc => Action::Dismiss,
        KeyCode::Char('q') => Action::Quit,
        _ => return None,
    };
    Some(action)
}

/// The action for a mouse event: the wheel scrolls the text, a left click
/// selects a sidebar row.
pub fn mouse_action(event: MouseEvent) -> Option<Action> {
    match event.kind {
        MouseEventKind::ScrollDown => Some(Action::WheelDown),
        MouseEventKind::ScrollUp => Some(Action::WheelUp),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(event.column, event.row)),
        _ => None,
    }
}

/// The key list the help overlay shows, as (keys, what they do).
pub const HELP: &[(&str, &str)] = &[
    ("Space PgDn → l", "next page"),
    ("PgUp ← h Backspace", "previous page"),
    ("j ↓ / k ↑", "scroll one line down / up"),
    ("g Home / G End", "first / last page"),
    ("[ / ]", "previous / next document"),
    ("Tab", "focus the text or the sidebar"),
    ("e", "show or hide the sidebar"),
    ("j k ↓ ↑ / Enter", "in the sidebar: move / choose entity"),
    ("n / N", "next / previous mention or match"),
    ("/", "search (re: for a regex); in the sidebar: filter"),
    ("c", "mentions of the chosen entity"),
    ("a", "sidebar: this document / all documents"),
    ("{ / }", "passage cursor: previous / next paragraph"),
    ("b", "bookmark the passage (asks for a note)"),
    ("B", "bookmarks: Enter go, d delete, u undo, e note, a all"),
    ("?", "show or hide this help"),
    ("Esc", "close, or clear the highlight"),
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
