//! Passages and bookmarks in the reader: the passage cursor (`{` `}`), `b` to
//! bookmark the current passage, and the bookmark list (`B`).

use std::ops::Range;
use std::sync::Arc;

use crate::bookmarks::{Bookmark, DocumentRef, Resolved, Status};
use crate::document::Document;

use super::{App, Overlay, Prompt, PromptFor};

/// The bookmark list popup.
#[derive(Debug, Clone, PartialEq)]
pub struct BookmarkList {
    /// All documents (`a`) or only the current one.
    pub all: bool,
    /// The bookmarks, in the order of the text (lost ones last); shared
    /// with the store, which keeps them while nothing changes.
    pub rows: Arc<[Resolved]>,
    /// For each row, the index of the open document it belongs to, if open.
    pub docs: Vec<Option<usize>>,
    pub selected: usize,
    /// The first row shown: the list scrolls only when the selection would
    /// leave the rows shown.
    pub offset: usize,
    /// Deleted bookmarks, most recent last, for `u`.
    pub deleted: Vec<Bookmark>,
}

impl BookmarkList {
    pub fn selected_row(&self) -> Option<&Resolved> {
        self.rows.get(self.selected)
    }

    /// The first row to show when `height` rows are shown (see
    /// [`first_shown`]).
    pub fn first_shown(&self, height: usize) -> usize {
        first_shown(self.offset, self.selected, height, self.rows.len())
    }

    /// Move the selection by `delta` rows, `height` rows being shown.
    pub fn step(&mut self, delta: isize, height: usize) {
        self.selected = super::step_index(self.selected, delta, self.rows.len());
        self.offset = self.first_shown(height);
    }
}

/// The first of `height` rows to show of a list of `len` whose first row
/// shown was `offset`: that one, moved as little as shows row `selected`, and
/// no further down than fills the rows.
pub fn first_shown(offset: usize, selected: usize, height: usize, len: usize) -> usize {
    let height = height.max(1);
    let selected = selected.min(len.saturating_sub(1));
    offset
        .min(len.saturating_sub(height))
        .clamp((selected + 1).saturating_sub(height), selected)
}

impl App {
    /// The paragraph index of the current passage: the one the cursor was
    /// moved to while it is on screen, else the paragraph at the top.
    pub fn passage(&self) -> Option<usize> {
        let paras = &self.doc().doc.paragraphs;
        if let Some(i) = self.passage_cursor
            && let Some(p) = paras.get(i)
            && self.is_visible(p.clone())
        {
            return Some(i);
        }
        let anchor = self.doc().anchor;
        let i = paras.partition_point(|p| p.end <= anchor);
        (i < paras.len()).then_some(i)
    }

    /// The byte range of the current passage.
    pub fn passage_range(&self) -> Option<Range<usize>> {
        self.passage().map(|i| self.doc().doc.paragraphs[i].clone())
    }

    /// Whether any of `range` is on screen.
    fn is_visible(&self, range: Range<usize>) -> bool {
        let top = self.top_row();
        let bottom = top + self.page_height();
        let doc = &self.doc().doc;
        let first = self.layout.row_of(doc, range.start);
        let last = self
            .layout
            .row_of(doc, range.end.saturating_sub(1).max(range.start));
        first < bottom && last >= top
    }

    /// `{` / `}`: move the passage cursor one paragraph; the page follows.
    pub(super) fn move_passage(&mut self, forward: bool) {
        let count = self.doc().doc.paragraphs.len();
        let Some(current) = self.passage() else {
            return;
        };
        let next = if forward {
            (current + 1).min(count.saturating_sub(1))
        } else {
            current.saturating_sub(1)
        };
        self.passage_cursor = Some(next);
        // The page turns to the one that holds the paragraph's start.
        let start = self.doc().doc.paragraphs[next].start;
        self.reveal(&super::sidebar::Spot {
            doc: self.current,
            range: start..start,
        });
    }

    /// `b`: ask for a note for the current passage.
    pub(super) fn start_bookmark(&mut self) {
        if self.passage().is_none() {
            self.notify("nothing to bookmark: the document is empty".into());
            return;
        }
        self.open(Overlay::Prompt(Prompt::new(PromptFor::Note, String::new())));
    }

    /// Save the bookmark once the note is typed.
    pub(super) fn finish_bookmark(&mut self, note: &str) {
        let Some(range) = self.passage_range() else {
            return;
        };
        let doc = &self.docs[self.current].doc;
        let said = match self.store.add(doc, range, note) {
            Ok(_) => match self.store.notice() {
                Some(notice) => format!("Bookmarked (not saved: {notice})"),
                None => "Bookmarked".to_string(),
            },
            Err(e) => format!("not bookmarked: {e}"),
        };
        self.notify(said);
        self.take_store_warnings();
        if self.bookmark_list().is_some() {
            self.refresh_bookmarks();
        }
    }

    /// How many bookmarks the list shows at once: its popup is the text
    /// area less a row above and below, less its border.
    fn bookmark_rows_shown(&self) -> usize {
        usize::from(self.regions.text.height).saturating_sub(4)
    }

    /// `j`/`k` in the bookmark list.
    pub(super) fn step_bookmarks(&mut self, delta: isize) {
        let height = self.bookmark_rows_shown();
        if let Some(list) = self.bookmark_list_mut() {
            list.step(delta, height);
        }
    }

    /// `B`: open the bookmark list of this document.
    pub(super) fn open_bookmarks(&mut self) {
        self.store.reload();
        self.open(Overlay::Bookmarks(BookmarkList {
            all: false,
            rows: Arc::new([]),
            docs: Vec::new(),
            selected: 0,
            offset: 0,
            deleted: Vec::new(),
        }));
        self.refresh_bookmarks();
    }

    /// Re-resolve the rows of the open bookmark list against the texts.
    pub(super) fn refresh_bookmarks(&mut self) {
        let Some(list) = self.bookmark_list() else {
            return;
        };
        let all = list.all;
        let (rows, warnings): (Arc<[Resolved]>, _) = if all {
            let open: Vec<&Document> = self.docs.iter().map(|d| &*d.doc).collect();
            let (rows, warnings) = self.store.resolve_all(&open);
            (rows.into(), warnings)
        } else {
            let doc = Arc::clone(&self.docs[self.current].doc);
            (self.store.for_document_kept(&doc), Vec::new())
        };
        let refs: Vec<DocumentRef> = (0..self.docs.len())
            .map(|i| {
                let doc = Arc::clone(&self.docs[i].doc);
                self.store.identity(&doc)
            })
            .collect();
        let docs = rows
            .iter()
            .map(|r| {
                refs.iter()
                    .position(|d| d.same_document(&r.bookmark.document))
            })
            .collect();
        if let Some(w) = warnings.into_iter().next() {
            self.notify(w);
        }
        let height = self.bookmark_rows_shown();
        if let Some(list) = self.bookmark_list_mut() {
            list.selected = list.selected.min(rows.len().saturating_sub(1));
            list.rows = rows;
            list.docs = docs;
            list.offset = list.first_shown(height);
        }
    }

    pub(super) fn bookmark_scope(&mut self) {
        if let Some(list) = self.bookmark_list_mut() {
            list.all = !list.all;
            list.selected = 0;
            list.offset = 0;
        }
        self.refresh_bookmarks();
    }

    /// Enter in the list: go to the bookmarked passage.
    pub(super) fn jump_to_bookmark(&mut self) {
        let Some(list) = self.bookmark_list() else {
            return;
        };
        let Some(row) = list.selected_row() else {
            return;
        };
        let (Some(range), Some(Some(doc))) = (row.range.clone(), list.docs.get(list.selected))
        else {
            self.notify(
                match row.status {
                    Status::Lost => "that passage is lost: its text is no longer in the document",
                    _ => "that document is not open",
                }
                .into(),
            );
            return;
        };
        let doc = *doc;
        self.overlays.clear();
        self.reveal(&super::sidebar::Spot {
            doc,
            range: range.clone(),
        });
        if doc == self.current {
            self.passage_cursor = self
                .doc()
                .doc
                .paragraphs
                .iter()
                .position(|p| p.start <= range.start && range.start < p.end.max(p.start + 1));
        }
    }

    /// `d`: delete the selected bookmark (undo with `u`).
    pub(super) fn delete_bookmark(&mut self) {
        let Some(id) = self.selected_bookmark_id() else {
            return;
        };
        match self.store.remove(&id) {
            Ok(bookmark) => {
                if let Some(list) = self.bookmark_list_mut() {
                    list.deleted.push(bookmark);
                }
                self.notify("Deleted (u undoes)".into());
            }
            Err(e) => self.notify(format!("not deleted: {e}")),
        }
        self.take_store_warnings();
        self.refresh_bookmarks();
    }

    /// `u`: put back the last deleted bookmark.
    pub(super) fn undo_delete(&mut self) {
        let Some(bookmark) = self.bookmark_list_mut().and_then(|l| l.deleted.pop()) else {
            self.notify("nothing to undo".into());
            return;
        };
        let said = match self.store.restore(bookmark) {
            Ok(()) => "Restored".into(),
            Err(e) => format!("not restored: {e}"),
        };
        self.notify(said);
        self.take_store_warnings();
        self.refresh_bookmarks();
    }

    /// `e`: edit the selected bookmark's note.
    pub(super) fn start_note_edit(&mut self) {
        let Some(row) = self.bookmark_list().and_then(|l| l.selected_row()) else {
            return;
        };
        let note = row.bookmark.note.clone();
        self.open(Overlay::Prompt(Prompt::new(PromptFor::EditNote, note)));
    }

    pub(super) fn finish_note_edit(&mut self, note: &str) {
        let Some(id) = self.selected_bookmark_id() else {
            return;
        };
        if let Err(e) = self.store.set_note(&id, note) {
            self.notify(format!("note not saved: {e}"));
        }
        self.take_store_warnings();
        self.refresh_bookmarks();
    }

    fn selected_bookmark_id(&self) -> Option<String> {
        let list = self.bookmark_list()?;
        Some(list.selected_row()?.bookmark.id.clone())
    }

    /// Show what the store has to say (a corrupt file moved aside, a failed save).
    pub fn take_store_warnings(&mut self) {
        let warnings = self.store.take_warnings();
        if !warnings.is_empty() {
            self.notify(warnings.join("; "));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Action;
    use crate::bookmarks::Store;

    /// A reader 100x40 on a text of 10,000 short paragraphs, each bookmarked
    /// with the note `n<i>`, the bookmarks made last paragraph first.
    fn reader_with_10000() -> App {
        let text: String = (0..10_000).map(|i| format!("P{i}.\n\n")).collect();
        let doc = Document::from_text("t", &text, false);
        let mut store = Store::in_memory();
        for i in (0..10_000).rev() {
            let p = doc.paragraphs[i].clone();
            store.add(&doc, p, &format!("n{i}")).unwrap();
        }
        let mut app = App::without_entities(vec![doc], 80).with_store(store, Vec::new());
        app.update(Action::Resize(100, 40));
        app
    }

    #[test]
    fn a_list_of_10000_opens_in_text_order_and_moves_to_the_right_bookmark() {
        let mut a = reader_with_10000();
        a.update(Action::OpenBookmarks);
        let shown = a.bookmark_rows_shown();
        assert_eq!(
            shown, 35,
            "40 rows less the status bar, the margin and the border"
        );
        let list = a.bookmark_list().unwrap();
        assert_eq!(list.rows.len(), 10_000);
        assert!(list.rows.iter().all(|r| r.status == Status::Ok));
        assert_eq!(list.rows[0].bookmark.note, "n0");
        assert_eq!(list.rows[9_999].bookmark.note, "n9999");
        assert_eq!((list.selected, list.offset), (0, 0));

        for _ in 0..5_000 {
            a.update(Action::SelectNext);
        }
        let list = a.bookmark_list().unwrap();
        assert_eq!(list.selected_row().unwrap().bookmark.note, "n5000");
        assert_eq!(list.offset, 5_000 + 1 - shown, "scrolled just enough");
        // Up a little: the rows shown stay where they are.
        for _ in 0..3 {
            a.update(Action::SelectPrev);
        }
        let list = a.bookmark_list().unwrap();
        assert_eq!(list.selected_row().unwrap().bookmark.note, "n4997");
        assert_eq!(list.offset, 5_000 + 1 - shown);
        // Up past the top row shown: it follows the selection.
        for _ in 0..shown {
            a.update(Action::SelectPrev);
        }
        let list = a.bookmark_list().unwrap();
        assert_eq!(list.selected, 4_997 - shown);
        assert_eq!(list.offset, list.selected);

        a.update(Action::Choose);
        assert!(a.bookmark_list().is_none());
        let at = 4_997 - shown;
        assert_eq!(a.passage(), Some(at));
        assert_eq!(
            &a.doc().doc.text[a.passage_range().unwrap()],
            format!("P{at}.")
        );

        // Opened again, the list is the same one, kept by the store.
        a.update(Action::OpenBookmarks);
        let first = Arc::clone(&a.bookmark_list().unwrap().rows);
        a.update(Action::Dismiss);
        a.update(Action::OpenBookmarks);
        assert!(Arc::ptr_eq(&first, &a.bookmark_list().unwrap().rows));

        // To the last one, and Enter.
        for _ in 0..10_000 {
            a.update(Action::SelectNext);
        }
        let list = a.bookmark_list().unwrap();
        assert_eq!(list.selected, 9_999);
        assert_eq!(list.offset, 10_000 - shown);
        a.update(Action::Choose);
        assert_eq!(a.passage(), Some(9_999));
    }

    #[test]
    fn deleting_in_a_long_list_keeps_the_selection_shown() {
        let mut a = reader_with_10000();
        a.update(Action::OpenBookmarks);
        for _ in 0..10_000 {
            a.update(Action::SelectNext);
        }
        a.update(Action::DeleteBookmark);
        let list = a.bookmark_list().unwrap();
        assert_eq!(list.rows.len(), 9_999);
        assert_eq!(list.selected, 9_998);
        assert_eq!(list.selected_row().unwrap().bookmark.note, "n9998");
        let shown = a.bookmark_rows_shown();
        assert_eq!(list.offset, 9_999 - shown);
        a.update(Action::UndoDelete);
        assert_eq!(a.bookmark_list().unwrap().rows.len(), 10_000);
    }

    #[test]
    fn the_first_row_shown_moves_as_little_as_shows_the_selection() {
        // (offset, selected, height, len) → first row shown
        for (offset, selected, height, len, first) in [
            (0, 0, 10, 100, 0),
            (0, 9, 10, 100, 0),
            (0, 10, 10, 100, 1),
            (50, 55, 10, 100, 50),
            (50, 49, 10, 100, 49),
            (95, 99, 10, 100, 90),
            (0, 99, 10, 100, 90),
            (0, 3, 10, 5, 0),
            (7, 2, 10, 5, 0),
            (0, 500, 10, 100, 90),
            (0, 5, 0, 100, 5),
            (0, 0, 10, 0, 0),
        ] {
            assert_eq!(
                first_shown(offset, selected, height, len),
                first,
                "{offset} {selected} {height} {len}"
            );
        }
    }
}
