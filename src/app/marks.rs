//! Passages and bookmarks in the reader: the passage cursor (`{` `}`), `b` to
//! bookmark the current passage, and the bookmark list (`B`).

use std::ops::Range;

use crate::bookmarks::{Bookmark, DocumentRef, Resolved, Status};
use crate::document::Document;

use super::{App, Overlay, Prompt, PromptFor};

/// The bookmark list popup.
#[derive(Debug, Clone, PartialEq)]
pub struct BookmarkList {
    /// All documents (`a`) or only the current one.
    pub all: bool,
    pub rows: Vec<Resolved>,
    /// For each row, the index of the open document it belongs to, if open.
    pub docs: Vec<Option<usize>>,
    pub selected: usize,
    /// Deleted bookmarks, most recent last, for `u`.
    pub deleted: Vec<Bookmark>,
}

impl BookmarkList {
    pub fn selected_row(&self) -> Option<&Resolved> {
        self.rows.get(self.selected)
    }
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
        let first = self.layout.row_of(range.start);
        let last = self
            .layout
            .row_of(range.end.saturating_sub(1).max(range.start));
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

    /// `B`: open the bookmark list of this document.
    pub(super) fn open_bookmarks(&mut self) {
        self.store.reload();
        self.open(Overlay::Bookmarks(BookmarkList {
            all: false,
            rows: Vec::new(),
            docs: Vec::new(),
            selected: 0,
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
        let (rows, warnings) = if all {
            let open: Vec<&Document> = self.docs.iter().map(|d| &*d.doc).collect();
            self.store.resolve_all(&open)
        } else {
            (self.store.for_document(&self.doc().doc), Vec::new())
        };
        let refs: Vec<DocumentRef> = self.docs.iter().map(|d| DocumentRef::of(&d.doc)).collect();
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
        if let Some(list) = self.bookmark_list_mut() {
            list.selected = list.selected.min(rows.len().saturating_sub(1));
            list.rows = rows;
            list.docs = docs;
        }
    }

    pub(super) fn bookmark_scope(&mut self) {
        if let Some(list) = self.bookmark_list_mut() {
            list.all = !list.all;
            list.selected = 0;
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
