//! The reader's state and the actions that change it. No terminal I/O here.

pub mod follow;
pub mod map;
pub mod marks;
pub mod mode;
pub mod places;
mod regions;
pub mod sidebar;
pub mod story;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::layout::{Position, Rect};

use crate::bookmarks::Store;
use crate::document::{Document, Text};
use crate::entities::{self, Entities};
use crate::layout::{self, Pages, RowCounts};

pub use regions::{Regions, SIDEBAR_MIN_SCREEN, SIDEBAR_WIDTH};

use follow::{Follow, Target};
pub use mode::{Mode, Overlay, Prompt, PromptFor};
use sidebar::{Row, Scope, Sidebar, Spot};

/// How many notices the message log keeps.
const MESSAGES_KEPT: usize = 50;

/// How many searches the history keeps.
pub const HISTORY_KEPT: usize = 100;

/// On a terminal with fewer rows, the sidebar folds its organisations.
const ORGANISATIONS_FOLDED_UNDER: u16 = 40;

/// Lines moved by one turn of the mouse wheel.
const WHEEL_LINES: usize = 3;

/// Everything the user can ask the reader to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    NextPage,
    PrevPage,
    LineDown,
    LineUp,
    FirstPage,
    LastPage,
    NextDocument,
    PrevDocument,
    ToggleHelp,
    /// Esc: close the innermost overlay, prompt or highlight.
    Dismiss,
    Quit,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    ToggleSidebar,
    /// Tab: move focus between the text and the sidebar.
    SwitchFocus,
    /// Move the selection in the focused list.
    SelectNext,
    SelectPrev,
    /// Enter: choose the selected entity (or mention in the mention list).
    Choose,
    /// n / N.
    NextMention,
    PrevMention,
    /// `/`: search the text, or filter the sidebar when it has focus.
    StartSearch,
    StartFilter,
    /// Type a character into the prompt.
    Input(char),
    /// Edit the prompt's line: move, delete a word, clear it…
    Edit(tui_input::InputRequest),
    InputSubmit,
    /// Up / Down in the search prompt: older / newer searches.
    HistoryPrev,
    HistoryNext,
    /// `c`: the mention list of the selected entity.
    MentionList,
    /// `a`: this document or all documents in the sidebar.
    ToggleScope,
    /// `o`: show or fold the organisations in the sidebar.
    ToggleOrganisations,
    /// A mouse click at a screen cell.
    Click(u16, u16),
    WheelDown,
    WheelUp,
    /// `{` / `}`: move the passage cursor.
    PrevPassage,
    NextPassage,
    /// `b`: bookmark the current passage (asks for a note).
    Bookmark,
    /// `B`: the bookmark list.
    OpenBookmarks,
    /// In the bookmark list: `d` delete, `u` undo, `e` edit the note.
    DeleteBookmark,
    UndoDelete,
    EditNote,
    /// `t`: the sections of the current document.
    OpenContents,
    /// `L`: the links of the current document.
    OpenLinks,
    /// `1`…`9`, `0`: the selected entity's first mention in that tenth of
    /// the text (`0` the last).
    JumpToPart(u8),
    /// A click on the detail pane's strip: the first mention in this part
    /// of so many.
    JumpToBucket(usize, usize),
    /// `m`: the map of the places.
    OpenMap,
    /// `+` / `-` / `0` on the map.
    ZoomIn,
    ZoomOut,
    ZoomWorld,
    /// `w` / `W` in the sidebar: the next or previous name in the detail
    /// pane's list of who appears with the selected one.
    NextWith,
    PrevWith,
}

/// `n` with two significant figures: 2391 → 2400, 87 → 87.
fn two_figures(n: usize) -> usize {
    let mut scale = 1;
    while n / scale >= 100 {
        scale *= 10;
    }
    (n + scale / 2) / scale * scale
}

/// `2400` → `2,400`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Texts up to this size are searched at once; longer ones in the background.
const SEARCH_AT_ONCE: usize = 1 << 20;
/// Texts up to this size are wrapped whole at once; longer ones show a window
/// of paragraphs around the view, at once and ever after, and have the rows
/// of the whole text counted in the background.
pub const LAYOUT_AT_ONCE: usize = 64 << 10;
/// A window of paragraphs reaches this many pages beyond the view each way;
/// it is laid out again around the view when the view nears its edges.
const WINDOW_PAGES: usize = 3;

/// Work the app asks the run loop to do off the main thread; the result
/// comes back through an `App` method.
#[derive(Debug, Clone)]
pub enum Job {
    /// Find every match of `regex` in `text`; the result goes to
    /// [`App::search_done`] with the same `id`, unless `cancel` is set.
    Search {
        id: u64,
        text: Arc<Text>,
        regex: regex::Regex,
        cancel: Arc<AtomicBool>,
    },
    /// Find the people and places of document `index`; the result goes to
    /// [`App::set_entities`] or [`App::entities_failed`].
    /// Byte `near` (the view) is worked on first.
    Entities {
        index: usize,
        doc: Arc<Document>,
        near: usize,
    },
    /// Count the rows of all of `doc` wrapped to `width`
    /// ([`RowCounts::new_unless`]); the result goes to [`App::layout_done`]
    /// with the same document index and width, unless `cancel` is set.
    Layout {
        index: usize,
        doc: Arc<Document>,
        width: usize,
        cancel: Arc<AtomicBool>,
    },
}

/// A search running in the background.
#[derive(Debug, Clone)]
pub struct Searching {
    pub id: u64,
    pub query: String,
    pub doc: usize,
    pub cancel: Arc<AtomicBool>,
}

/// One open document, its entities, and where the reader is in it.
#[derive(Debug, Clone)]
pub struct DocState {
    /// Shared with background work (wrapping, entities) without a copy.
    pub doc: Arc<Document>,
    pub entities: Entities,
    /// Why the entities could not be found, if finding them failed.
    pub entities_error: Option<String>,
    /// Byte offset of the passage at the top of the view. The only position
    /// kept: rows and pages are derived from it for the current size.
    pub anchor: usize,
    /// Where the document was opened: the saved position, or 0.
    pub opened_at: usize,
    /// While only the start of the text is in: bytes read so far, and the
    /// size when known. The text is then a prefix of the whole.
    pub loading: Option<(u64, Option<u64>)>,
    /// How far finding the entities of a long text has got.
    pub extracting: Option<Extracting>,
    /// For each paragraph, the entities (numbered as `Entities::all`) named
    /// in it: made the first time the detail pane needs it, dropped when the
    /// entities change.
    pub by_paragraph: Option<Vec<Vec<usize>>>,
}

/// How far finding the entities of a long text has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extracting {
    /// This percentage of the text is tagged.
    Tagged(u8),
    /// The names are being linked across the text.
    Linking,
}

impl DocState {
    fn new(doc: Document, entities: Entities) -> DocState {
        DocState {
            doc: Arc::new(doc),
            entities,
            entities_error: None,
            anchor: 0,
            opened_at: 0,
            loading: None,
            extracting: None,
            by_paragraph: None,
        }
    }

    /// Open at `position` (a saved reading position).
    pub fn open_at(&mut self, position: usize) {
        let at = position.min(self.doc.text.len());
        self.anchor = at;
        self.opened_at = at;
    }
}

/// Which pane keys go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Text,
    Sidebar,
}

/// The mention list (`c`): every mention of one entity with its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionList {
    pub name: String,
    pub spots: Vec<Spot>,
    pub selected: usize,
}

/// The reader.
#[derive(Debug, Clone)]
pub struct App {
    pub docs: Vec<DocState>,
    pub current: usize,
    /// The widest the reading column may be (`--width`).
    pub max_width: u16,
    /// The terminal size.
    pub screen: (u16, u16),
    pub regions: Regions,
    /// The current document's rows for the current column: those around the
    /// view (or all of a short text), numbered among all once counted.
    pub layout: Pages,
    /// Which document and width `layout` was made for.
    layout_key: (usize, usize),
    pub quit: bool,
    /// The pane with focus when no overlay is open.
    pub focus: Focus,
    /// What is open over the text, innermost last (see [`mode`]).
    pub overlays: Vec<Overlay>,
    pub sidebar: Sidebar,
    /// What n/N move through, if anything.
    pub follow: Option<Follow>,
    /// Notices for the status bar, shown until the user's next action.
    pub notices: Vec<String>,
    /// Every notice of this run, oldest first (the last few are in help).
    pub message_log: Vec<String>,
    /// Where bookmarks are kept.
    pub store: Store,
    /// The paragraph the user moved the passage cursor to, if any.
    pub passage_cursor: Option<usize>,
    /// Who appears with the entity the detail pane is about.
    pub together: story::Together,
    /// How many documents' entities are still being looked for.
    pub entities_pending: usize,
    /// Earlier searches, oldest first, kept across runs by the caller.
    pub history: Vec<String>,
    /// The key bindings in force.
    pub keys: crate::keymap::Keymap,
    /// The colours in force.
    pub theme: crate::config::Theme,
    /// The signal that ended the reader, if one did.
    pub signal: Option<i32>,
    /// The terminal was resized since the last frame.
    pub resized: bool,
    /// Background work asked for and not yet started.
    jobs: Vec<Job>,
    /// The search running in the background, if any.
    pub searching: Option<Searching>,
    /// The whole-text count running in the background, if any.
    layout_job: Option<Arc<AtomicBool>>,
    next_job: u64,
}

impl App {
    /// A reader over `docs` (at least one), with a column at most `max_width`
    /// wide. Entities are extracted here. It has no size until the first
    /// `Action::Resize`.
    pub fn new(docs: Vec<Document>, max_width: u16) -> App {
        let docs = docs
            .into_iter()
            .map(|doc| {
                let e = entities::extract(&doc.text);
                (doc, e)
            })
            .collect();
        App::with_entities(docs, max_width)
    }

    /// A reader that shows the documents at once and learns their entities
    /// later, through [`App::set_entities`] (the run loop finds them on
    /// another thread, so a long text does not hold up the first page).
    pub fn without_entities(docs: Vec<Document>, max_width: u16) -> App {
        let docs = docs.into_iter().map(|d| (d, Entities::default())).collect();
        let mut app = App::with_entities(docs, max_width);
        for index in 0..app.docs.len() {
            app.find_entities(index);
        }
        app
    }

    /// A reader over the start of a document still being read: `read` bytes
    /// of it so far, of `size` when known. The rest comes through
    /// [`App::document_whole`], and its entities after that.
    pub fn loading(head: Document, read: u64, size: Option<u64>, max_width: u16) -> App {
        let mut app = App::with_entities(vec![(head, Entities::default())], max_width);
        app.docs[0].loading = Some((read, size));
        app
    }

    /// Ask for the entities of document `index`.
    fn find_entities(&mut self, index: usize) {
        self.entities_pending += 1;
        self.jobs.push(Job::Entities {
            index,
            doc: self.docs[index].doc.clone(),
            near: self.docs[index].anchor,
        });
    }

    /// Document `index`, shown in part so far, is now read whole: the view
    /// keeps its place (the text shown is the start of the whole). When the
    /// reader has not moved yet, it goes to `position`, where it stopped
    /// last time.
    pub fn document_whole(&mut self, index: usize, doc: Document, position: Option<usize>) {
        let Some(state) = self.docs.get_mut(index) else {
            return;
        };
        // The text shown so far is the start of the whole, and the view
        // keeps its place; should it not be (a page whose start was rendered
        // apart), the view goes back to the top.
        if !doc.text.starts_with(state.doc.text.as_str()) {
            state.anchor = 0;
            self.passage_cursor = None;
        }
        state.doc = Arc::new(doc);
        state.loading = None;
        state.by_paragraph = None;
        self.together = Default::default();
        if let Some(at) = position
            && state.anchor == 0
        {
            state.open_at(at);
        }
        self.find_entities(index);
        if index == self.current {
            self.layout_key = (usize::MAX, 0);
            self.relayout();
        }
    }

    /// Reading document `index` got this far.
    pub fn load_progress(&mut self, index: usize, read: u64, size: Option<u64>) {
        if let Some(state) = self.docs.get_mut(index)
            && state.loading.is_some()
        {
            state.loading = Some((read, size));
        }
    }

    /// Document `index` could not be read to its end: what was read is kept,
    /// and is now all there is.
    pub fn load_failed(&mut self, index: usize, why: &str) {
        if let Some(state) = self.docs.get_mut(index)
            && state.loading.take().is_some()
        {
            self.notify(format!("only the start could be read: {why}"));
            self.find_entities(index);
            if index == self.current {
                self.layout_key = (usize::MAX, 0);
                self.relayout();
            }
        }
    }

    /// More documents, each with the position it is to open at, go after
    /// those open.
    pub fn documents_added(&mut self, docs: Vec<(Document, Option<usize>)>) {
        for (doc, position) in docs {
            let mut state = DocState::new(doc, Entities::default());
            if let Some(at) = position {
                state.open_at(at);
            }
            self.docs.push(state);
            self.find_entities(self.docs.len() - 1);
        }
    }

    /// While the current document is still being read: a notice that what
    /// was asked needs all of it, and true.
    fn still_loading(&mut self) -> bool {
        let Some((read, size)) = self.doc().loading else {
            return false;
        };
        let progress = match size {
            Some(size) if size > 0 => format!("{}%", read.saturating_mul(100) / size),
            _ => format!("{} MB", read >> 20),
        };
        self.notify(format!(
            "still reading this document ({progress}): try again in a moment"
        ));
        true
    }

    /// Finding the entities of document `index` got this far; `Partial`
    /// entities (those of the part of the text in view) are shown until all
    /// are known.
    pub fn entities_progress(&mut self, index: usize, progress: entities::Progress) {
        let Some(doc) = self.docs.get_mut(index) else {
            return;
        };
        match progress {
            entities::Progress::Tagged(p) => doc.extracting = Some(Extracting::Tagged(p)),
            entities::Progress::Linking => doc.extracting = Some(Extracting::Linking),
            entities::Progress::Partial(found) => {
                doc.entities = found;
                doc.by_paragraph = None;
                self.together = Default::default();
                if self.sidebar.scope == Scope::All || index == self.current {
                    self.rebuild_sidebar();
                }
            }
        }
    }

    /// The entities of document `index` are known.
    pub fn set_entities(&mut self, index: usize, entities: Entities) {
        self.entities_arrived(vec![(index, Ok(entities))]);
    }

    /// Finding the entities of document `index` failed: reading goes on
    /// without them, and the status bar and sidebar say so.
    pub fn entities_failed(&mut self, index: usize, why: &str) {
        self.entities_arrived(vec![(index, Err(why.to_string()))]);
    }

    /// The entities of several documents, or why they could not be found.
    /// The sidebar is rebuilt once for all of them, and only when it shows
    /// one of them.
    pub fn entities_arrived(&mut self, found: Vec<(usize, Result<Entities, String>)>) {
        let mut shown = false;
        for (index, result) in found {
            let Some(doc) = self.docs.get_mut(index) else {
                continue;
            };
            doc.extracting = None;
            doc.by_paragraph = None;
            self.together = Default::default();
            self.entities_pending = self.entities_pending.saturating_sub(1);
            match result {
                Ok(entities) => doc.entities = entities,
                Err(why) => {
                    doc.entities = Entities::default();
                    let said = format!("people and places unavailable for {}: {why}", doc.doc.path);
                    doc.entities_error = Some(why);
                    self.notify(said);
                }
            }
            shown |= self.sidebar.scope == Scope::All || index == self.current;
        }
        if shown {
            self.rebuild_sidebar();
            if self.focus == Focus::Sidebar {
                self.sidebar.select_first();
                self.keep_selection_visible();
            }
        }
    }

    /// Say something in the status bar until the user's next action; it is
    /// kept in the message log too.
    pub fn notify(&mut self, text: String) {
        self.message_log.push(text.clone());
        let over = self.message_log.len().saturating_sub(MESSAGES_KEPT);
        self.message_log.drain(..over);
        self.notices.push(text);
    }

    /// The notices shown now, as one line.
    pub fn message(&self) -> Option<String> {
        (!self.notices.is_empty()).then(|| self.notices.join(" · "))
    }

    /// Background work asked for since the last call.
    pub fn take_jobs(&mut self) -> Vec<Job> {
        std::mem::take(&mut self.jobs)
    }

    /// Stop all background work that can be stopped (on quit).
    pub fn cancel_jobs(&mut self) {
        if let Some(s) = self.searching.take() {
            s.cancel.store(true, Ordering::Relaxed);
        }
        if let Some(cancel) = self.layout_job.take() {
            cancel.store(true, Ordering::Relaxed);
        }
        self.jobs.clear();
    }

    /// The rows of document `index` wrapped whole to `width` are counted: the
    /// view keeps its place and now knows its page.
    pub fn layout_done(&mut self, index: usize, width: usize, counts: RowCounts) {
        if self.layout_key == (index, width)
            && !self.layout.is_complete()
            && self.layout.counted(&self.docs[index].doc, counts)
        {
            self.layout_job = None;
        }
    }

    /// True while the rows of the whole text are still being counted for
    /// this size.
    pub fn layout_pending(&self) -> bool {
        !self.layout.is_complete()
    }

    /// The background search `id` found `ranges`.
    pub fn search_done(&mut self, id: u64, ranges: Vec<std::ops::Range<usize>>) {
        match self.searching.take() {
            Some(s) if s.id == id => self.follow_matches(s.query, s.doc, ranges),
            other => self.searching = other,
        }
    }

    /// The background search `id` could not be run.
    pub fn search_failed(&mut self, id: u64) {
        if self.searching.as_ref().is_some_and(|s| s.id == id) {
            self.searching = None;
            self.notify("the search could not be started".into());
        }
    }

    /// A reader over documents whose entities are already known.
    pub fn with_entities(docs: Vec<(Document, Entities)>, max_width: u16) -> App {
        assert!(!docs.is_empty(), "the reader needs a document");
        let docs: Vec<DocState> = docs
            .into_iter()
            .map(|(doc, entities)| DocState::new(doc, entities))
            .collect();
        let mut app = App {
            layout: Pages::empty(),
            layout_key: (usize::MAX, 0),
            docs,
            current: 0,
            max_width,
            screen: (0, 0),
            regions: Regions::default(),
            quit: false,
            focus: Focus::Text,
            sidebar: Sidebar::default(),
            follow: None,
            overlays: Vec::new(),
            notices: Vec::new(),
            message_log: Vec::new(),
            store: Store::in_memory(),
            passage_cursor: None,
            together: story::Together::default(),
            entities_pending: 0,
            history: Vec::new(),
            keys: crate::keymap::Keymap::default(),
            theme: crate::config::Theme::default(),
            signal: None,
            resized: false,
            jobs: Vec::new(),
            searching: None,
            layout_job: None,
            next_job: 0,
        };
        app.rebuild_sidebar();
        app
    }

    /// Use the settings of `config`: its keys, its colours (none when
    /// `NO_COLOR` is set) and when the sidebar shows.
    pub fn with_config(mut self, config: &crate::config::Config) -> App {
        use crate::config::Sidebar;
        self.keys = config.keymap();
        self.theme = config.theme.effective();
        self.sidebar.shown = match config.reader.sidebar {
            Sidebar::Auto => None,
            Sidebar::Always => Some(true),
            Sidebar::Never => Some(false),
        };
        self
    }

    /// Keep bookmarks in `store`; its warnings go to the status bar.
    pub fn with_store(mut self, store: Store, warnings: Vec<String>) -> App {
        self.store = store;
        for warning in warnings {
            self.notify(warning);
        }
        self.tell_how_rendered(self.current);
        self
    }

    /// Say what the reader should know about how document `index` was
    /// rendered (a page where no article was found, say).
    fn tell_how_rendered(&mut self, index: usize) {
        let Some(state) = self.docs.get(index) else {
            return;
        };
        if let Some(notice) = &state.doc.structure.notice {
            let text = format!("{}: {notice}", state.doc.display_title());
            if !self.notices.contains(&text) {
                self.notify(text);
            }
        }
    }

    pub fn doc(&self) -> &DocState {
        &self.docs[self.current]
    }

    /// Rows per page (at least 1, so that paging works even with no room).
    pub fn page_height(&self) -> usize {
        usize::from(self.regions.column.height).max(1)
    }

    /// The row shown at the top of the view: its number among all the rows
    /// of the text, or, while they are being counted and the rows laid out
    /// do not start with the text's, among those laid out.
    pub fn top_row(&self) -> usize {
        let doc = self.doc();
        self.layout.row_of(&doc.doc, doc.anchor)
    }

    /// The rows laid out from the top of the view on: what the view shows.
    pub fn rows_shown(&self) -> &[layout::Row] {
        self.layout.rows_from(self.top_row())
    }

    /// The current page and the page count, both 1-based for display.
    pub fn page_position(&self) -> (usize, usize) {
        let h = self.page_height();
        let pages = self.layout.page_count(h);
        let top = self.top_row();
        let page = if top + h >= self.layout.rows() {
            pages
        } else {
            top / h + 1
        };
        (page, pages)
    }

    /// `Page N/M` for the status bar. While the whole text is being wrapped
    /// in the background, what is not known yet is `…`: `Page 2/…` near the
    /// start, `Page …` elsewhere.
    /// `Page 3/120` once the page count is known; until then `Page 3/≈2,400`
    /// (estimated from the rows laid out so far) or `Page 3/…`, and while the
    /// text is still being read, how much of it is in.
    pub fn page_label(&self) -> String {
        let loading = self.doc().loading;
        let reading = match loading {
            Some((read, Some(size))) if size > 0 => {
                format!(" reading {}%", read.saturating_mul(100) / size)
            }
            Some((read, _)) => format!(" reading {} MB", read >> 20),
            None => String::new(),
        };
        if self.layout.is_complete() && loading.is_none() {
            let (page, pages) = self.page_position();
            return format!("Page {page}/{pages}");
        }
        if !self.layout.has_start() && self.layout.window().rows.is_empty() {
            return format!("Page …{reading}");
        }
        let total = match self.pages_estimate() {
            Some(pages) => format!("≈{}", thousands(pages)),
            None => "…".to_string(),
        };
        if self.layout.has_start() {
            let page = self.top_row() / self.page_height() + 1;
            return format!("Page {page}/{total}{reading}");
        }
        // Somewhere in the middle of a text not yet wrapped whole: the page
        // is estimated too.
        let text = &self.doc().doc.text;
        let at = self.doc().anchor;
        match self.pages_estimate() {
            Some(pages) if !text.is_empty() => {
                let page = (pages as u128 * at as u128 / text.len() as u128) as usize + 1;
                format!("Page ≈{}/{total}{reading}", thousands(page.min(pages)))
            }
            _ => format!("Page …{reading}"),
        }
    }

    /// The number of pages, estimated from the rows laid out so far and the
    /// bytes they hold; rounded to two figures.
    fn pages_estimate(&self) -> Option<usize> {
        let rows = &self.layout.window().rows;
        let (first, last) = (rows.first()?, rows.last()?);
        let covered = last.end().saturating_sub(first.start).max(1) as u128;
        let total = match self.doc().loading {
            Some((_, Some(size))) => size as u128,
            _ => self.doc().doc.text.len() as u128,
        };
        // The blank rows between paragraphs count too.
        let estimate = rows.len() as u128 * total / covered / self.page_height() as u128;
        let estimate = usize::try_from(estimate).ok()?.max(1);
        Some(two_figures(estimate))
    }

    pub fn page_of(&self, offset: usize) -> usize {
        self.layout
            .page_of(&self.doc().doc, offset, self.page_height())
            + 1
    }

    pub fn sidebar_shown(&self) -> bool {
        self.regions.sidebar.is_some()
    }

    /// Apply one action.
    pub fn update(&mut self, action: Action) {
        // A notice stays until the next action of the user's: a resize is not
        // one, or a warning given at start would vanish with the first frame.
        if !matches!(action, Action::Resize(..)) {
            self.notices.clear();
        }
        self.keep_window();
        self.update_action(action);
        self.refresh_together();
    }

    fn update_action(&mut self, action: Action) {
        let h = self.page_height();
        let rows = self.layout.rows();
        let top = self.top_row();
        match action {
            Action::NextPage if top + h < rows => self.scroll_to(top + h),
            Action::PrevPage => self.scroll_to(top.saturating_sub(h)),
            Action::LineDown if top + h < rows => self.scroll_to(top + 1),
            Action::LineUp => self.scroll_to(top.saturating_sub(1)),
            Action::WheelDown => {
                let last = rows.saturating_sub(h).max(top);
                self.scroll_to((top + WHEEL_LINES).min(last));
            }
            Action::WheelUp => self.scroll_to(top.saturating_sub(WHEEL_LINES)),
            Action::FirstPage if !self.layout.has_start() => self.show_offset(0),
            Action::FirstPage => self.scroll_to(0),
            Action::LastPage
                if !self.layout.is_complete() && !self.layout.has_end(&self.doc().doc) =>
            {
                self.show_offset(self.doc().doc.text.len());
                let rows = self.layout.rows();
                self.scroll_to(rows.saturating_sub(h));
            }
            Action::LastPage => self.scroll_to((self.layout.page_count(h) - 1) * h),
            Action::NextDocument if self.current + 1 < self.docs.len() => {
                self.open_document(self.current + 1)
            }
            Action::PrevDocument if self.current > 0 => self.open_document(self.current - 1),
            Action::ToggleHelp if self.help_shown() => {
                self.close();
            }
            Action::ToggleHelp => self.open(Overlay::Help(0)),
            Action::Dismiss => self.dismiss(),
            Action::Quit => self.quit = true,
            Action::Resize(width, height) => {
                self.screen = (width, height);
                self.relayout();
            }
            Action::ToggleSidebar => {
                let show = !self.sidebar_shown();
                self.sidebar.shown = Some(show);
                if !show {
                    self.focus = Focus::Text;
                }
                self.relayout();
                if show && !self.sidebar_shown() {
                    self.notify("the terminal is too narrow for the sidebar".into());
                }
            }
            Action::SwitchFocus => self.switch_focus(),
            Action::SelectNext | Action::SelectPrev => {
                let delta = if action == Action::SelectNext { 1 } else { -1 };
                if let Some(Overlay::Help(scroll)) = self.overlays.last_mut() {
                    *scroll = scroll.saturating_add_signed(delta as i16);
                } else if self.bookmark_list().is_some() {
                    self.step_bookmarks(delta);
                } else if let Some(list) = self.place_list_mut() {
                    list.step(delta);
                } else if let Some(m) = self.map_mut() {
                    // Round the places, as `n` rounds the mentions.
                    let len = m.places.len().max(1) as isize;
                    m.selected = (m.selected as isize + delta).rem_euclid(len) as usize;
                } else if let Some(list) = self.mention_list_mut() {
                    list.selected = step_index(list.selected, delta, list.spots.len());
                } else {
                    self.sidebar.step(delta);
                    self.keep_selection_visible();
                }
            }
            Action::Choose => {
                if self.bookmark_list().is_some() {
                    self.jump_to_bookmark();
                } else if self.place_list().is_some() {
                    self.choose_place();
                } else if self.map().is_some() {
                    self.choose_map_place();
                } else if self.focus == Focus::Sidebar && self.together.cursor.is_some() {
                    self.follow_together();
                } else if self.mention_list().is_some() {
                    self.choose_mention();
                } else {
                    self.choose_entity();
                }
            }
            Action::NextMention | Action::PrevMention => {
                let forward = action == Action::NextMention;
                let spot = self.follow.as_mut().and_then(|f| f.step(forward)).cloned();
                match spot {
                    Some(spot) => self.reveal(&spot),
                    None if self.follow.is_none() => {
                        self.notify("choose an entity (Tab) or search (/) first".into())
                    }
                    None => {}
                }
            }
            Action::StartSearch | Action::Bookmark | Action::OpenBookmarks
                if self.focus == Focus::Text && self.still_loading() => {}
            Action::StartSearch => self.start_prompt(PromptFor::Search),
            Action::StartFilter => self.start_prompt(PromptFor::Filter),
            Action::Input(c) => self.edit_prompt(tui_input::InputRequest::InsertChar(c)),
            Action::Edit(request) => self.edit_prompt(request),
            Action::InputSubmit => self.submit_prompt(),
            Action::HistoryPrev => self.recall(true),
            Action::HistoryNext => self.recall(false),
            Action::MentionList => self.open_mention_list(),
            Action::ToggleScope if self.bookmark_list().is_some() => self.bookmark_scope(),
            Action::ToggleScope if self.map().is_some() => self.map_scope(),
            Action::ToggleScope => {
                self.sidebar.scope = match self.sidebar.scope {
                    Scope::Document => Scope::All,
                    Scope::All => Scope::Document,
                };
                self.sidebar.selected = None;
                self.sidebar.offset = 0;
                self.rebuild_sidebar();
                if self.focus == Focus::Sidebar {
                    self.sidebar.select_first();
                }
            }
            Action::ToggleOrganisations => {
                let fold = !self.sidebar.organisations_folded;
                self.sidebar.fold_choice = Some(fold);
                self.sidebar.fold_organisations(fold);
                self.keep_selection_visible();
            }
            Action::Click(x, y) => self.click(x, y),
            Action::PrevPassage => self.move_passage(false),
            Action::NextPassage => self.move_passage(true),
            Action::Bookmark => self.start_bookmark(),
            Action::OpenBookmarks => self.open_bookmarks(),
            Action::DeleteBookmark => self.delete_bookmark(),
            Action::UndoDelete => self.undo_delete(),
            Action::EditNote => self.start_note_edit(),
            Action::OpenContents => self.open_places(places::PlaceKind::Contents),
            Action::OpenLinks => self.open_places(places::PlaceKind::Links),
            Action::JumpToPart(digit) => {
                let part = if digit == 0 {
                    9
                } else {
                    usize::from(digit.min(10)) - 1
                };
                self.jump_to_part(part, 10);
            }
            Action::JumpToBucket(part, parts) => self.jump_to_part(part, parts),
            Action::OpenMap => self.open_map(false),
            Action::ZoomIn => self.zoom_map(Some(0.5)),
            Action::ZoomOut => self.zoom_map(Some(2.0)),
            Action::ZoomWorld => self.zoom_map(None),
            Action::NextWith => self.step_with(1),
            Action::PrevWith => self.step_with(-1),
            _ => {}
        }
    }

    fn scroll_to(&mut self, row: usize) {
        let offset = self.layout.offset_of_row(&self.doc().doc, row);
        self.docs[self.current].anchor = offset;
        self.keep_window();
    }

    /// Put `offset` at the top of the view, laying out a window around it
    /// when only a window is laid out and it is outside.
    fn show_offset(&mut self, offset: usize) {
        self.docs[self.current].anchor = offset;
        self.keep_window();
    }

    /// With only a window of paragraphs laid out, lay it out again around the
    /// view when the view comes near one of its edges (and the text goes on
    /// past that edge), so paging never runs out of rows. The window's rows
    /// are all the reader holds of a long text, counted or not.
    fn keep_window(&mut self) {
        let window = self.layout.window();
        if window.is_complete() || window.width == 0 {
            return;
        }
        let h = self.page_height();
        let doc = &self.docs[self.current];
        let anchor = doc.anchor;
        let inside = window.covers(&doc.doc, anchor);
        let top = window.row_of(anchor);
        let near_start = top < h && !window.has_start();
        let near_end = top + 2 * h > window.rows.len() && !window.has_end(&doc.doc);
        if !inside || near_start || near_end {
            let reach = WINDOW_PAGES * h;
            self.layout.move_window(&doc.doc, anchor, reach, reach);
        }
    }

    fn open_document(&mut self, index: usize) {
        self.current = index;
        self.tell_how_rendered(index);
        self.passage_cursor = None;
        if self.sidebar.scope == Scope::Document {
            self.sidebar.selected = None;
            self.sidebar.offset = 0;
            self.rebuild_sidebar();
        }
        if matches!(&self.follow, Some(f) if matches!(f.target, Target::Search { .. })) {
            self.follow = None;
        }
        self.relayout();
    }

    /// Recompute the regions and re-wrap the current document when its column
    /// width changed. The anchor is kept, so the passage at the top stays there.
    fn relayout(&mut self) {
        let (width, height) = self.screen;
        self.regions = Regions::new(
            Rect::new(0, 0, width, height),
            self.max_width,
            self.sidebar.shown,
        );
        if self.regions.sidebar.is_none() {
            self.focus = Focus::Text;
        }
        // Organisations are folded to their heading on a short terminal,
        // until the user says otherwise.
        let fold = self
            .sidebar
            .fold_choice
            .unwrap_or(height < ORGANISATIONS_FOLDED_UNDER);
        self.sidebar.fold_organisations(fold);
        // With no room to draw, the old layout is kept: wrapping a long text
        // to a width of zero would be slow and useless.
        let key = (self.current, usize::from(self.regions.column.width));
        if self.layout_key != key && key.1 > 0 {
            if let Some(cancel) = self.layout_job.take() {
                cancel.store(true, Ordering::Relaxed);
            }
            let doc = self.docs[self.current].doc.clone();
            if doc.text.len() <= LAYOUT_AT_ONCE {
                self.layout = Pages::whole(&doc, key.1);
            } else {
                // Show the view at once; count the whole text's rows off the
                // loop.
                let reach = WINDOW_PAGES * self.page_height();
                let anchor = self.doc().anchor;
                self.layout = Pages::around(&doc, key.1, anchor, reach, reach);
                let cancel = Arc::new(AtomicBool::new(false));
                self.layout_job = Some(cancel.clone());
                self.jobs.push(Job::Layout {
                    index: key.0,
                    doc,
                    width: key.1,
                    cancel,
                });
            }
            self.layout_key = key;
        }
        // A taller view may reach past the rows laid out.
        self.keep_window();
        self.keep_selection_visible();
    }

    /// The entities of every document, in order: what the sidebar's items
    /// point into.
    fn all_entities(&self) -> Vec<&Entities> {
        self.docs.iter().map(|d| &d.entities).collect()
    }

    fn rebuild_sidebar(&mut self) {
        let all: Vec<&Entities> = self.docs.iter().map(|d| &d.entities).collect();
        self.sidebar.rebuild(&all, self.current);
        self.keep_selection_visible();
    }

    fn keep_selection_visible(&mut self) {
        let height = self
            .regions
            .sidebar_list()
            .map_or(1, |r| usize::from(r.height));
        self.sidebar.scroll_into_view(height);
    }

    /// Esc: cancel a running search, else close the top overlay (a filter
    /// being typed is cleared with it), else stop following.
    fn dismiss(&mut self) {
        if let Some(s) = self.searching.take() {
            s.cancel.store(true, Ordering::Relaxed);
            self.notify("search cancelled".into());
            return;
        }
        match self.close() {
            Some(Overlay::Prompt(p)) if p.purpose == PromptFor::Filter => {
                if let Some(list) = self.place_list_mut() {
                    list.set_filter("");
                } else {
                    self.sidebar.filter.clear();
                    self.rebuild_sidebar();
                }
            }
            Some(_) => {}
            None => self.follow = None,
        }
    }

    fn switch_focus(&mut self) {
        if !self.sidebar_shown() {
            self.focus = Focus::Text;
            self.notify("the sidebar is hidden (e shows it)".into());
            return;
        }
        self.focus = match self.focus {
            Focus::Text => {
                self.sidebar.select_first();
                self.keep_selection_visible();
                Focus::Sidebar
            }
            Focus::Sidebar => Focus::Text,
        };
    }

    /// Follow the selected entity and show its first mention at or after the
    /// current position.
    fn choose_entity(&mut self) {
        let Some(item) = self.sidebar.selected_item() else {
            return;
        };
        let target = Target::Entity {
            kind: item.kind,
            name: item.name.clone(),
        };
        let spots = item.spots(&self.all_entities());
        let follow = Follow::new(target, spots, self.current, self.doc().anchor);
        let spot = follow.current().cloned();
        self.follow = Some(follow);
        if let Some(spot) = spot {
            self.reveal(&spot);
        }
    }

    fn choose_mention(&mut self) {
        let Some(Overlay::Mentions(list)) = self.close() else {
            return;
        };
        if let Some(spot) = list.spots.get(list.selected) {
            if let Some(f) = &mut self.follow
                && let Some(i) = f.spots.iter().position(|s| s == spot)
            {
                f.index = i;
            }
            self.reveal(&spot.clone());
        }
    }

    /// Make `spot` visible: open its document, and turn to the page that holds
    /// it unless it is on screen already.
    pub fn reveal(&mut self, spot: &Spot) {
        if spot.doc != self.current && spot.doc < self.docs.len() {
            self.open_document(spot.doc);
        }
        let h = self.page_height();
        let doc = &self.doc().doc;
        if !self.layout.is_complete() && !self.layout.covers(doc, spot.range.start) {
            // Only a window is laid out, elsewhere, and its place among all
            // the rows is not known yet: show the spot on top.
            self.show_offset(spot.range.start);
            return;
        }
        let row = self.layout.row_of(doc, spot.range.start);
        let top = self.top_row();
        if row < top || row >= top + h {
            if self.layout.is_complete() {
                self.scroll_to(self.layout.page_of_row(row, h) * h);
            } else {
                // A window has no page grid: the spot goes on top.
                self.scroll_to(row);
            }
        }
    }

    fn start_prompt(&mut self, purpose: PromptFor) {
        let text = match purpose {
            PromptFor::Filter => match self.place_list() {
                Some(list) => list.filter.clone(),
                None => self.sidebar.filter.clone(),
            },
            _ => String::new(),
        };
        self.open(Overlay::Prompt(Prompt::new(purpose, text)));
    }

    fn edit_prompt(&mut self, request: tui_input::InputRequest) {
        let Some(prompt) = self.prompt_mut() else {
            return;
        };
        prompt.input.handle(request);
        prompt.recalled = None;
        if prompt.purpose == PromptFor::Filter {
            let text = prompt.text().to_string();
            if let Some(list) = self.place_list_mut() {
                list.set_filter(&text);
                return;
            }
            self.sidebar.filter = text;
            self.rebuild_sidebar();
            self.sidebar.select_first();
            self.keep_selection_visible();
        }
    }

    /// Walk the search history: `older` towards the first search kept.
    fn recall(&mut self, older: bool) {
        let history = std::mem::take(&mut self.history);
        if let Some(prompt) = self.prompt_mut() {
            walk_history(prompt, &history, older);
        }
        self.history = history;
    }

    /// Keep `query` as the newest search (once: an older copy moves up),
    /// at most [`HISTORY_KEPT`] of them.
    fn remember_search(&mut self, query: &str) {
        self.history.retain(|q| q != query);
        self.history.push(query.to_string());
        let over = self.history.len().saturating_sub(HISTORY_KEPT);
        self.history.drain(..over);
    }
}

/// Show the next `older` (or newer) search of `history` (newest last) in the
/// search prompt; past the newest, what was typed before the walk.
fn walk_history(prompt: &mut Prompt, history: &[String], older: bool) {
    {
        if prompt.purpose != PromptFor::Search {
            return;
        }
        let (next, typed) = match (prompt.recalled.take(), older) {
            (None, false) => return,
            (None, true) => (0, prompt.text().to_string()),
            (Some((at, typed)), true) => (at + 1, typed),
            (Some((0, typed)), false) => {
                prompt.input = tui_input::Input::new(typed);
                return;
            }
            (Some((at, typed)), false) => (at - 1, typed),
        };
        // The newest search is last in the history.
        let Some(entry) = history.iter().rev().nth(next) else {
            prompt.recalled = next.checked_sub(1).map(|at| (at, typed));
            return;
        };
        prompt.input = tui_input::Input::new(entry.clone());
        prompt.recalled = Some((next, typed));
    }
}

impl App {
    fn submit_prompt(&mut self) {
        let Some(prompt) = self.take_prompt() else {
            return;
        };
        let query = prompt.text().to_string();
        match prompt.purpose {
            PromptFor::Note => return self.finish_bookmark(query.trim()),
            PromptFor::EditNote => return self.finish_note_edit(query.trim()),
            PromptFor::Filter => return,
            PromptFor::Search if query.is_empty() => return,
            PromptFor::Search => {}
        }
        self.remember_search(&query);
        let regex = match follow::compile(&query) {
            Ok(regex) => regex,
            Err(e) => {
                let first = e.to_string();
                let first = first.lines().last().unwrap_or("").trim().to_string();
                self.notify(format!("bad regex: {first}"));
                return;
            }
        };
        if let Some(s) = self.searching.take() {
            s.cancel.store(true, Ordering::Relaxed);
        }
        let text = self.doc().doc.text.clone();
        if text.len() <= SEARCH_AT_ONCE {
            let ranges = follow::find_all(&text, &regex, None);
            self.follow_matches(query, self.current, ranges);
            return;
        }
        self.next_job += 1;
        let cancel = Arc::new(AtomicBool::new(false));
        self.jobs.push(Job::Search {
            id: self.next_job,
            text,
            regex,
            cancel: cancel.clone(),
        });
        self.searching = Some(Searching {
            id: self.next_job,
            query,
            doc: self.current,
            cancel,
        });
    }

    /// Follow the matches of `query` in document `doc`.
    fn follow_matches(&mut self, query: String, doc: usize, ranges: Vec<std::ops::Range<usize>>) {
        if ranges.len() >= follow::MAX_MATCHES {
            self.notify(format!(
                "only the first {} matches are listed",
                follow::MAX_MATCHES
            ));
        }
        let spots = ranges
            .into_iter()
            .map(|range| Spot { doc, range })
            .collect();
        let target = Target::Search { query };
        let f = Follow::new(target, spots, self.current, self.doc().anchor);
        let spot = f.current().cloned();
        self.follow = Some(f);
        if let Some(spot) = spot {
            self.reveal(&spot);
        }
    }

    fn open_mention_list(&mut self) {
        let item = self.sidebar.selected_item().cloned().or_else(|| {
            let f = self.follow.as_ref()?;
            match &f.target {
                Target::Entity { kind, name } => self
                    .sidebar
                    .items
                    .iter()
                    .find(|i| i.kind == *kind && i.name == *name)
                    .cloned(),
                Target::Search { .. } | Target::Together { .. } => None,
            }
        });
        match item {
            Some(item) => {
                let spots = item.spots(&self.all_entities());
                let selected = spots
                    .iter()
                    .position(|s| (s.doc, s.range.start) >= (self.current, self.doc().anchor))
                    .unwrap_or(0);
                self.open(Overlay::Mentions(MentionList {
                    name: item.name,
                    spots,
                    selected,
                }));
            }
            None => self.notify("select a person or place first (Tab)".into()),
        }
    }

    fn click(&mut self, x: u16, y: u16) {
        if let Some(strip) = self.regions.strip()
            && strip.contains(Position::new(x, y))
        {
            let part = usize::from(x - strip.x);
            self.jump_to_part(part, usize::from(strip.width));
            return;
        }
        let Some(list) = self.regions.sidebar_list() else {
            return;
        };
        if !list.contains(Position::new(x, y)) {
            return;
        }
        let row = self.sidebar.offset + usize::from(y - list.y);
        if let Some(Row::Item(i)) = self.sidebar.row(row).as_ref() {
            self.sidebar.selected = Some(*i);
            self.focus = Focus::Sidebar;
            self.choose_entity();
        }
    }
}

/// Index `i` moved by `delta` in a list of `len` items, stopping at the ends.
pub(crate) fn step_index(i: usize, delta: isize, len: usize) -> usize {
    i.saturating_add_signed(delta).min(len.saturating_sub(1))
}

#[cfg(test)]
mod tests;
