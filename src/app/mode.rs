//! What the reader is doing: the base pane with focus, and a small stack of
//! overlays above it. Only the combinations the reader can be in can be
//! built: the stack is changed through the functions here.

use tui_input::Input;

use super::map::MapState;
use super::marks::BookmarkList;
use super::places::{PlaceKind, PlaceList};
use super::{App, Focus, MentionList};

/// Where keys go and what is drawn on top, for dispatch, help and drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The text has focus.
    Reading,
    /// The sidebar has focus.
    Sidebar,
    /// Typing a search (`/`).
    Search,
    /// Typing a sidebar filter (`/` in the sidebar).
    Filter,
    /// Typing a bookmark's note (`b`, or `e` in the bookmark list).
    NotePrompt,
    /// The mention list (`c`).
    MentionList,
    /// The bookmark list (`B`).
    BookmarkList,
    /// The sections of the document (`t`).
    Contents,
    /// The links of the document (`L`).
    Links,
    /// The map of the places (`m`).
    Map,
    /// The help overlay (`?`).
    Help,
}

impl Mode {
    /// Every mode, in the order help lists them.
    pub const ALL: [Mode; 11] = [
        Mode::Reading,
        Mode::Sidebar,
        Mode::Search,
        Mode::Filter,
        Mode::NotePrompt,
        Mode::MentionList,
        Mode::BookmarkList,
        Mode::Contents,
        Mode::Links,
        Mode::Map,
        Mode::Help,
    ];

    /// The name help and the README give the mode.
    pub fn title(self) -> &'static str {
        match self {
            Mode::Reading => "Reading",
            Mode::Sidebar => "Sidebar",
            Mode::Search => "Search prompt",
            Mode::Filter => "Filter (the sidebar, contents or links)",
            Mode::NotePrompt => "Note prompt",
            Mode::MentionList => "Mention list",
            Mode::BookmarkList => "Bookmark list",
            Mode::Contents => "Contents",
            Mode::Links => "Link list",
            Mode::Map => "Map",
            Mode::Help => "Help",
        }
    }

    /// True for the modes where typing edits a line of text.
    pub fn is_prompt(self) -> bool {
        matches!(self, Mode::Search | Mode::Filter | Mode::NotePrompt)
    }
}

/// A one-line text input in progress.
#[derive(Debug, Clone)]
pub struct Prompt {
    pub purpose: PromptFor,
    pub input: Input,
    /// While walking the search history: the entry shown (0 = the newest)
    /// and what was typed before the walk began.
    pub recalled: Option<(usize, String)>,
}

impl Prompt {
    pub fn new(purpose: PromptFor, text: String) -> Prompt {
        Prompt {
            purpose,
            input: Input::new(text),
            recalled: None,
        }
    }

    /// The text typed so far.
    pub fn text(&self) -> &str {
        self.input.value()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptFor {
    Search,
    Filter,
    /// The note of a new bookmark.
    Note,
    /// A new note for the selected bookmark in the list.
    EditNote,
}

/// Something drawn over the text that takes the keys while it is open.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// The help, scrolled down this many lines.
    Help(u16),
    Prompt(Prompt),
    Mentions(MentionList),
    Bookmarks(BookmarkList),
    Places(PlaceList),
    Map(MapState),
}

impl App {
    /// The mode keys are dispatched in: the top overlay's, else the focus's.
    pub fn mode(&self) -> Mode {
        match self.overlays.last() {
            Some(Overlay::Help(_)) => Mode::Help,
            Some(Overlay::Prompt(p)) => match p.purpose {
                PromptFor::Search => Mode::Search,
                PromptFor::Filter => Mode::Filter,
                PromptFor::Note | PromptFor::EditNote => Mode::NotePrompt,
            },
            Some(Overlay::Mentions(_)) => Mode::MentionList,
            Some(Overlay::Bookmarks(_)) => Mode::BookmarkList,
            Some(Overlay::Map(_)) => Mode::Map,
            Some(Overlay::Places(list)) => match list.kind {
                PlaceKind::Contents => Mode::Contents,
                PlaceKind::Links => Mode::Links,
            },
            None => match self.focus {
                Focus::Text => Mode::Reading,
                Focus::Sidebar => Mode::Sidebar,
            },
        }
    }

    /// The prompt being typed in, if it is on top.
    pub fn prompt(&self) -> Option<&Prompt> {
        match self.overlays.last() {
            Some(Overlay::Prompt(p)) => Some(p),
            _ => None,
        }
    }

    pub(super) fn prompt_mut(&mut self) -> Option<&mut Prompt> {
        match self.overlays.last_mut() {
            Some(Overlay::Prompt(p)) => Some(p),
            _ => None,
        }
    }

    /// The bookmark list, when open (a note prompt may be over it).
    pub fn bookmark_list(&self) -> Option<&BookmarkList> {
        self.overlays.iter().find_map(|o| match o {
            Overlay::Bookmarks(list) => Some(list),
            _ => None,
        })
    }

    pub(super) fn bookmark_list_mut(&mut self) -> Option<&mut BookmarkList> {
        self.overlays.iter_mut().find_map(|o| match o {
            Overlay::Bookmarks(list) => Some(list),
            _ => None,
        })
    }

    /// The mention list, when open.
    pub fn mention_list(&self) -> Option<&MentionList> {
        self.overlays.iter().find_map(|o| match o {
            Overlay::Mentions(list) => Some(list),
            _ => None,
        })
    }

    pub(super) fn mention_list_mut(&mut self) -> Option<&mut MentionList> {
        self.overlays.iter_mut().find_map(|o| match o {
            Overlay::Mentions(list) => Some(list),
            _ => None,
        })
    }

    /// True when the help overlay is on top.
    pub fn help_shown(&self) -> bool {
        matches!(self.overlays.last(), Some(Overlay::Help(_)))
    }

    /// Open `overlay` over what is open now. Lists replace any list open
    /// (one list at a time); help and prompts go on top.
    pub(super) fn open(&mut self, overlay: Overlay) {
        if matches!(
            overlay,
            Overlay::Mentions(_) | Overlay::Bookmarks(_) | Overlay::Places(_) | Overlay::Map(_)
        ) {
            self.overlays.clear();
        }
        self.overlays.push(overlay);
    }

    /// Close the top overlay and return it.
    pub(super) fn close(&mut self) -> Option<Overlay> {
        self.overlays.pop()
    }

    /// Close the prompt on top, if any, and return it.
    pub(super) fn take_prompt(&mut self) -> Option<Prompt> {
        match self.overlays.last() {
            Some(Overlay::Prompt(_)) => match self.overlays.pop() {
                Some(Overlay::Prompt(p)) => Some(p),
                _ => None,
            },
            _ => None,
        }
    }
}
