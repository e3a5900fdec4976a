//! Keys to actions: one table of bindings, from which dispatch, the help
//! overlay, `folio --help` and the README's key table are all made.

use std::fmt;

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use tui_input::InputRequest as Edit;

use crate::app::{Action, App, Mode};

/// One row of the key table: in these modes, these keys do this.
#[derive(Debug, Clone)]
pub struct Binding {
    pub modes: &'static [Mode],
    /// Keys as the config file writes them (see [`Key::parse`]).
    pub keys: &'static [&'static str],
    pub action: Action,
    /// The action's name in the config file's `[keys]`, when it can be rebound.
    pub name: Option<&'static str>,
    pub help: &'static str,
}

const READING: &[Mode] = &[Mode::Reading];
const SIDEBAR: &[Mode] = &[Mode::Sidebar];
const PROMPTS: &[Mode] = &[Mode::Search, Mode::Filter, Mode::NotePrompt];
const LISTS: &[Mode] = &[
    Mode::MentionList,
    Mode::BookmarkList,
    Mode::Contents,
    Mode::Links,
];
const PLACES: &[Mode] = &[Mode::Contents, Mode::Links];
const ALL: &[Mode] = &Mode::ALL;

const fn bind(
    modes: &'static [Mode],
    keys: &'static [&'static str],
    action: Action,
    name: &'static str,
    help: &'static str,
) -> Binding {
    Binding {
        modes,
        keys,
        action,
        name: Some(name),
        help,
    }
}

/// Line editing in prompts: fixed, as in a shell.
const fn edit(keys: &'static [&'static str], request: Edit, help: &'static str) -> Binding {
    Binding {
        modes: PROMPTS,
        keys,
        action: Action::Edit(request),
        name: None,
        help,
    }
}

/// Every binding, grouped by mode. In the sidebar, keys it does not bind do
/// what they do in the text; in a prompt, other characters are typed.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    bind(READING, &["Space", "PageDown", "Right", "l"], Action::NextPage, "next_page", "next page"),
    bind(READING, &["PageUp", "Left", "h", "Backspace"], Action::PrevPage, "prev_page", "previous page"),
    bind(READING, &["j", "Down"], Action::LineDown, "line_down", "scroll one line down"),
    bind(READING, &["k", "Up"], Action::LineUp, "line_up", "scroll one line up"),
    bind(READING, &["g", "Home"], Action::FirstPage, "first_page", "first page"),
    bind(READING, &["G", "End"], Action::LastPage, "last_page", "last page"),
    bind(READING, &["["], Action::PrevDocument, "prev_document", "previous document"),
    bind(READING, &["]"], Action::NextDocument, "next_document", "next document"),
    bind(READING, &["Tab", "BackTab"], Action::SwitchFocus, "switch_focus", "move focus between the text and the sidebar"),
    bind(READING, &["e"], Action::ToggleSidebar, "toggle_sidebar", "show or hide the sidebar"),
    bind(READING, &["n"], Action::NextMention, "next_mention", "next mention of the chosen entity, or next match"),
    bind(READING, &["N"], Action::PrevMention, "prev_mention", "previous mention or match"),
    bind(READING, &["/"], Action::StartSearch, "start_search", "search the text (plain, any case; re: starts a regular expression)"),
    bind(READING, &["c"], Action::MentionList, "mention_list", "the mentions of the selected entity, each in its sentence"),
    bind(READING, &["a"], Action::ToggleScope, "toggle_scope", "sidebar: this document or all documents"),
    bind(READING, &["o"], Action::ToggleOrganisations, "toggle_organisations", "sidebar: show or fold the organisations (folded under 40 rows)"),
    bind(READING, &["{"], Action::PrevPassage, "prev_passage", "passage cursor to the previous paragraph"),
    bind(READING, &["}"], Action::NextPassage, "next_passage", "passage cursor to the next paragraph"),
    bind(READING, &["b"], Action::Bookmark, "bookmark", "bookmark the current passage (asks for a note)"),
    bind(READING, &["B"], Action::OpenBookmarks, "open_bookmarks", "the bookmark list"),
    bind(READING, &["t"], Action::OpenContents, "contents", "the contents: chapters or headings of the document"),
    bind(READING, &["L"], Action::OpenLinks, "links", "the links of the document, with their URLs"),
    bind(READING, &["m"], Action::OpenMap, "map", "the map of the places in the document"),
    bind(READING, &["Enter"], Action::Choose, "choose", "choose the selected entity"),
    Binding {
        modes: READING,
        keys: &["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"],
        action: Action::JumpToPart(0),
        name: None,
        help: "the selected entity's first mention in that tenth of the text (1 the first, 0 the last)",
    },
    bind(READING, &["Esc"], Action::Dismiss, "dismiss", "clear the highlight that n/N follow, or cancel a search"),
    bind(READING, &["?"], Action::ToggleHelp, "toggle_help", "show or hide this help"),
    bind(&[Mode::Reading, Mode::MentionList, Mode::BookmarkList, Mode::Contents, Mode::Links, Mode::Map, Mode::Help], &["q"], Action::Quit, "quit", "quit"),
    bind(SIDEBAR, &["j", "Down"], Action::SelectNext, "select_next", "next row"),
    bind(SIDEBAR, &["k", "Up"], Action::SelectPrev, "select_prev", "previous row"),
    bind(SIDEBAR, &["Enter"], Action::Choose, "choose", "choose the person or place: its mentions are highlighted"),
    bind(SIDEBAR, &["/"], Action::StartFilter, "start_filter", "filter the rows as you type"),
    bind(SIDEBAR, &["w"], Action::NextWith, "next_with", "choose the next name that appears with the selected one (Enter then follows both: n walks their shared paragraphs)"),
    bind(SIDEBAR, &["W"], Action::PrevWith, "prev_with", "choose the name before"),
    bind(&[Mode::Search], &["Enter"], Action::InputSubmit, "submit", "search"),
    bind(&[Mode::Search], &["Up"], Action::HistoryPrev, "history_prev", "an older search"),
    bind(&[Mode::Search], &["Down"], Action::HistoryNext, "history_next", "a newer search"),
    bind(&[Mode::Filter], &["Enter"], Action::InputSubmit, "submit", "keep the filter"),
    bind(&[Mode::Filter], &["Down"], Action::SelectNext, "filter_next", "next row"),
    bind(&[Mode::Filter], &["Up"], Action::SelectPrev, "filter_prev", "previous row"),
    bind(&[Mode::NotePrompt], &["Enter"], Action::InputSubmit, "submit", "save the note"),
    bind(PROMPTS, &["Esc"], Action::Dismiss, "cancel", "cancel"),
    edit(&["Left"], Edit::GoToPrevChar, "cursor left"),
    edit(&["Right"], Edit::GoToNextChar, "cursor right"),
    edit(&["Ctrl-Left", "Alt-b"], Edit::GoToPrevWord, "cursor to the previous word"),
    edit(&["Ctrl-Right", "Alt-f"], Edit::GoToNextWord, "cursor to the next word"),
    edit(&["Home", "Ctrl-a"], Edit::GoToStart, "cursor to the start"),
    edit(&["End", "Ctrl-e"], Edit::GoToEnd, "cursor to the end"),
    edit(&["Backspace", "Ctrl-h"], Edit::DeletePrevChar, "delete the character before the cursor"),
    edit(&["Delete", "Ctrl-d"], Edit::DeleteNextChar, "delete the character under the cursor"),
    edit(&["Ctrl-w", "Alt-Backspace"], Edit::DeletePrevWord, "delete the word before the cursor"),
    edit(&["Ctrl-u"], Edit::DeleteFromStart, "delete to the start"),
    edit(&["Ctrl-k"], Edit::DeleteTillEnd, "delete to the end"),
    bind(LISTS, &["j", "Down"], Action::SelectNext, "select_next", "next row"),
    bind(LISTS, &["k", "Up"], Action::SelectPrev, "select_prev", "previous row"),
    bind(&[Mode::MentionList, Mode::BookmarkList, Mode::Contents], &["Enter"], Action::Choose, "choose", "go to the passage"),
    bind(&[Mode::Links], &["Enter"], Action::Choose, "choose", "show the link's whole URL"),
    bind(&[Mode::MentionList], &["Esc", "c"], Action::Dismiss, "close_mentions", "close the list"),
    bind(PLACES, &["/"], Action::StartFilter, "start_filter", "filter the rows as you type"),
    bind(&[Mode::Contents], &["Esc", "t"], Action::Dismiss, "close_contents", "close the contents"),
    bind(&[Mode::Links], &["Esc", "L"], Action::Dismiss, "close_links", "close the list"),
    bind(&[Mode::Map], &["j", "Down"], Action::SelectNext, "select_next", "the next place, in the order the text names them"),
    bind(&[Mode::Map], &["k", "Up"], Action::SelectPrev, "select_prev", "the place before"),
    bind(&[Mode::Map], &["Enter"], Action::Choose, "choose", "close the map and go to the place's next mention"),
    bind(&[Mode::Map], &["+", "="], Action::ZoomIn, "zoom_in", "zoom in on the place"),
    bind(&[Mode::Map], &["-"], Action::ZoomOut, "zoom_out", "zoom out"),
    bind(&[Mode::Map], &["0"], Action::ZoomWorld, "zoom_world", "the whole world"),
    bind(&[Mode::Map], &["a"], Action::ToggleScope, "toggle_scope", "this document's places or every document's"),
    bind(&[Mode::Map], &["Esc", "m"], Action::Dismiss, "close_map", "close the map"),
    bind(&[Mode::BookmarkList], &["d"], Action::DeleteBookmark, "delete_bookmark", "delete the bookmark"),
    bind(&[Mode::BookmarkList], &["u"], Action::UndoDelete, "undo_delete", "undo the last delete"),
    bind(&[Mode::BookmarkList], &["e"], Action::EditNote, "edit_note", "edit the note"),
    bind(&[Mode::BookmarkList], &["a"], Action::ToggleScope, "toggle_scope", "this document or all documents"),
    bind(&[Mode::BookmarkList], &["Esc", "B"], Action::Dismiss, "close_bookmarks", "close the list"),
    bind(&[Mode::Help], &["?", "Esc"], Action::Dismiss, "close_help", "close the help"),
    bind(&[Mode::Help], &["j", "Down"], Action::SelectNext, "select_next", "scroll down"),
    bind(&[Mode::Help], &["k", "Up"], Action::SelectPrev, "select_prev", "scroll up"),
    Binding {
        modes: ALL,
        keys: &["Ctrl-c"],
        action: Action::Quit,
        name: None,
        help: "quit, whatever is open",
    },
];

/// A key as written in the table and the config file: a character (`f`,
/// `G`, `?`) or a name (`Space`, `PageDown`, `F5`), after optional `Ctrl-`,
/// `Alt-` and `Shift-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

/// Names of keys that are not characters, as written in the table.
const NAMES: &[(&str, KeyCode)] = &[
    ("Space", KeyCode::Char(' ')),
    ("Enter", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Tab", KeyCode::Tab),
    ("BackTab", KeyCode::BackTab),
    ("Backspace", KeyCode::Backspace),
    ("Delete", KeyCode::Delete),
    ("Insert", KeyCode::Insert),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("PageUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
];

impl Key {
    /// Read a key written as the table and config file write them.
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let has = |prefix: &str| {
                rest.len() > prefix.len()
                    && rest
                        .get(..prefix.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
            };
            let (prefix, flag) = if has("Ctrl-") {
                ("Ctrl-", KeyModifiers::CONTROL)
            } else if has("Alt-") {
                ("Alt-", KeyModifiers::ALT)
            } else if has("Shift-") {
                ("Shift-", KeyModifiers::SHIFT)
            } else {
                break;
            };
            modifiers |= flag;
            rest = &rest[prefix.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => match NAMES
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(rest))
            {
                Some((_, code)) => *code,
                None => match rest.strip_prefix('F').and_then(|n| n.parse::<u8>().ok()) {
                    Some(n @ 1..=12) => KeyCode::F(n),
                    _ => {
                        return Err(format!(
                            "unknown key {text:?}; a key is one character or one of {}, F1-F12, \
                             after optional Ctrl-, Alt-, Shift-",
                            NAMES.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
                        ));
                    }
                },
            },
        };
        Ok(Key { code, modifiers })
    }

    /// True when `event` is this key. Shift is implied by the character
    /// itself (`G`, `?`), so it only counts for keys that are not characters.
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let mut want = self.modifiers;
        let mut got = event.modifiers;
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            want.remove(KeyModifiers::SHIFT);
            got.remove(KeyModifiers::SHIFT);
        }
        // Terminals send Shift-Tab as BackTab.
        if self.code == KeyCode::Tab && event.code == KeyCode::BackTab {
            return self.modifiers == KeyModifiers::SHIFT;
        }
        let code = match (self.code, event.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) if !want.is_empty() => a.eq_ignore_ascii_case(&b),
            (a, b) => a == b,
        };
        code && want == got
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (flag, prefix) in [
            (KeyModifiers::CONTROL, "Ctrl-"),
            (KeyModifiers::ALT, "Alt-"),
            (KeyModifiers::SHIFT, "Shift-"),
        ] {
            if self.modifiers.contains(flag) {
                f.write_str(prefix)?;
            }
        }
        match (self.code, NAMES.iter().find(|(_, code)| *code == self.code)) {
            (_, Some((name, _))) => f.write_str(name),
            (KeyCode::F(n), _) => write!(f, "F{n}"),
            (KeyCode::Char(c), _) => write!(f, "{c}"),
            (other, _) => write!(f, "{other:?}"),
        }
    }
}

/// The bindings in force: the table, with keys the config file rebinds.
#[derive(Debug, Clone)]
pub struct Keymap {
    pub rows: Vec<Row>,
}

/// A binding with its keys read.
#[derive(Debug, Clone)]
pub struct Row {
    pub modes: &'static [Mode],
    pub keys: Vec<Key>,
    pub action: Action,
    pub name: Option<&'static str>,
    pub help: &'static str,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap::with(&[]).expect("the built-in key table is valid")
    }
}

impl Keymap {
    /// The table with the keys of the named actions replaced: `[keys]` of
    /// the config file, as (action name, keys). An unknown name or key is an
    /// error that names it and the valid choices.
    pub fn with(overrides: &[(String, Vec<String>)]) -> Result<Keymap, String> {
        let mut rows: Vec<Row> = BINDINGS
            .iter()
            .map(|b| {
                Ok(Row {
                    modes: b.modes,
                    keys: b
                        .keys
                        .iter()
                        .map(|k| Key::parse(k))
                        .collect::<Result<_, _>>()?,
                    action: b.action.clone(),
                    name: b.name,
                    help: b.help,
                })
            })
            .collect::<Result<_, String>>()?;
        for (name, keys) in overrides {
            if !action_names().any(|n| n == name) {
                return Err(format!(
                    "unknown action {name:?}; valid: {}",
                    action_names().collect::<Vec<_>>().join(", ")
                ));
            }
            let keys: Vec<Key> = keys
                .iter()
                .map(|k| Key::parse(k))
                .collect::<Result<_, _>>()?;
            for row in rows.iter_mut().filter(|r| r.name == Some(name.as_str())) {
                row.keys = keys.clone();
            }
        }
        Ok(Keymap { rows })
    }

    /// The action `event` asks for in `mode`, if the table binds it there.
    pub fn lookup(&self, mode: Mode, event: &KeyEvent) -> Option<Action> {
        self.rows
            .iter()
            .find(|r| r.modes.contains(&mode) && r.keys.iter().any(|k| k.matches(event)))
            .map(|r| r.action.clone())
    }

    /// The rows that work in `mode`, in table order.
    pub fn for_mode(&self, mode: Mode) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(move |r| r.modes.contains(&mode))
    }

    /// The key table as Markdown, one section per mode: what the README shows.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        for mode in Mode::ALL {
            out.push_str(&format!(
                "**{}**\n\n| keys | action |\n| --- | --- |\n",
                mode.title()
            ));
            for row in self.for_mode(mode) {
                let keys: Vec<String> = row.keys.iter().map(|k| format!("`{k}`")).collect();
                out.push_str(&format!("| {} | {} |\n", keys.join(" "), row.help));
            }
            out.push('\n');
        }
        out
    }

    /// The key table as plain text, for `folio --help`.
    pub fn summary(&self) -> String {
        let mut out = String::from("Keys:\n");
        for mode in Mode::ALL {
            out.push_str(&format!("  {}:\n", mode.title()));
            for row in self.for_mode(mode) {
                let keys: Vec<String> = row.keys.iter().map(Key::to_string).collect();
                out.push_str(&format!("    {:<22} {}\n", keys.join(" "), row.help));
            }
        }
        out
    }
}

/// Each action the config file can rebind, once: its name, what it does and
/// its default keys (the same wherever it is bound: a test checks it).
pub fn defaults() -> Vec<(&'static str, &'static str, &'static [&'static str])> {
    let mut out: Vec<(&str, &str, &[&str])> = Vec::new();
    for b in BINDINGS {
        if let Some(name) = b.name
            && !out.iter().any(|(n, _, _)| *n == name)
        {
            out.push((name, b.help, b.keys));
        }
    }
    out
}

/// The names of the actions the config file can rebind, each once.
pub fn action_names() -> impl Iterator<Item = &'static str> {
    let mut seen = Vec::new();
    BINDINGS.iter().filter_map(move |b| {
        let name = b.name?;
        if seen.contains(&name) {
            return None;
        }
        seen.push(name);
        Some(name)
    })
}

/// The action for a key in the app's current mode. Only presses count:
/// repeats and releases are ignored.
pub fn action_for(key: KeyEvent, app: &App) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let mode = app.mode();
    if let Some(action) = app.keys.lookup(mode, &key).or_else(|| {
        // The sidebar only takes its own keys; the rest work on the text.
        (mode == Mode::Sidebar)
            .then(|| app.keys.lookup(Mode::Reading, &key))
            .flatten()
    }) {
        // The digits share one binding: which one was pressed says where.
        return Some(match (action, key.code) {
            (Action::JumpToPart(_), KeyCode::Char(c)) => {
                Action::JumpToPart(c.to_digit(10).map_or(0, |d| d as u8))
            }
            (action, _) => action,
        });
    }
    match mode {
        m if m.is_prompt() => match key.code {
            KeyCode::Char(c)
                if !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(Action::Input(c))
            }
            _ => None,
        },
        _ => None,
    }
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

#[cfg(test)]
mod tests;
