//! `folio bookmarks`: list, add, remove and export bookmarks from the command
//! line.

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Subcommand, ValueEnum};
use serde::Serialize;
use serde_json::{Map, Value};

use super::{Error, print};
use crate::bookmarks::{
    Bookmark, Status, Store, StoreError, config_dir, first_words, paragraph_at,
};
use crate::document::{self, Document};
use crate::sanitize;

/// How many characters of a passage the plain list shows.
const SHOWN_CHARS: usize = 60;

/// How long a command waits for another folio process to let go of the
/// bookmarks' lock before it gives up, saying who holds it.
const PATIENCE: Duration = Duration::from_secs(3);

#[derive(Debug, Subcommand)]
pub enum BookmarksCommand {
    /// List every bookmark, found again in its document's current text.
    ///
    /// One per line: id, status (ok, moved or lost), note and the first words
    /// of the passage, separated by tabs.
    List {
        /// Print JSON: the bookmarks file with each anchor at the passage's
        /// current place and a "status" on each bookmark.
        #[arg(long)]
        json: bool,
    },
    /// Bookmark the paragraph that contains a byte offset of an article.
    ///
    /// Prints the new bookmark's id.
    Add {
        /// The article (a bundled one by its seeds/ name; - for standard input).
        path: PathBuf,
        /// A byte offset into the article's text (as folio normalises it).
        #[arg(long)]
        offset: usize,
        /// A note to keep with the bookmark.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Delete a bookmark.
    Remove {
        /// The bookmark's id, as `folio bookmarks list` shows it.
        id: String,
    },
    /// Print every bookmark for keeping elsewhere.
    Export {
        /// The output format.
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
    },
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Each bookmark as a quote block with its source, then its note.
    Markdown,
}

/// Run a `folio bookmarks` subcommand.
pub fn run(command: BookmarksCommand) -> Result<(), Error> {
    match command {
        BookmarksCommand::List { json } => list(json),
        BookmarksCommand::Add { path, offset, note } => add(&path, offset, &note),
        BookmarksCommand::Remove { id } => remove(&id),
        BookmarksCommand::Export { format } => export(format),
    }
}

fn warn(messages: &[String]) {
    for message in messages {
        super::warn(&format!("warning: {message}"));
    }
}

/// Open the store, showing its warnings. A lock held too long by another
/// process, or a file that is not a regular file, is an error.
fn open() -> Result<Store, Error> {
    let (store, warnings) = Store::open_waiting(PATIENCE)?;
    warn(&warnings);
    Ok(store)
}

/// Open the store to read it all: with the journal of bookmarks added from
/// the command line folded into `bookmarks.json` first, so that what is
/// shown is what the file holds.
fn open_folded() -> Result<Store, Error> {
    let mut store = open()?;
    if let Err(e) = store.fold() {
        warn(&[e.to_string()]);
    }
    warn(&store.take_warnings());
    Ok(store)
}

/// Open the store for a change: it must be able to save.
fn open_for_change() -> Result<Store, Error> {
    let store = open()?;
    if store.is_saved() {
        Ok(store)
    } else {
        Err(StoreError::NotSaved("nothing was changed".into()).into())
    }
}

/// After a change: its warnings, and an error if it could not be saved.
fn finish_change(store: &mut Store) -> Result<(), Error> {
    warn(&store.take_warnings());
    if store.is_saved() {
        Ok(())
    } else {
        Err(StoreError::NotSaved("the change is lost".into()).into())
    }
}

fn list(json: bool) -> Result<(), Error> {
    let store = open_folded()?;
    let (resolved, problems) = store.resolve_all(&[]);
    warn(&problems);
    if json {
        let file = store.file();
        let listed = Listed {
            version: file.version,
            bookmarks: resolved
                .iter()
                .map(|r| {
                    let mut bookmark = r.bookmark.clone();
                    if let Some(anchor) = &r.anchor {
                        bookmark.anchor = anchor.clone();
                    }
                    // The status given here replaces any stored under that name.
                    bookmark.extra.remove("status");
                    ListedBookmark {
                        bookmark,
                        status: r.status,
                    }
                })
                .collect(),
            extra: &file.extra,
        };
        let mut text = serde_json::to_string_pretty(&listed)
            .map_err(|e| Error::Output(std::io::Error::other(e)))?;
        text.push('\n');
        return print(&sanitize::json(&text));
    }
    let mut text = String::new();
    for r in &resolved {
        let b = &r.bookmark;
        // Tabs part the fields: each field is sanitised on its own.
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            sanitize::line(&first_words(&b.id, usize::MAX)),
            r.status,
            sanitize::line(&first_words(&b.note, usize::MAX)),
            sanitize::line(&b.first_words(SHOWN_CHARS))
        ));
    }
    print(&text)
}

/// `list --json`: the file's shape, each anchor where its passage is now
/// (as stored when lost), and a status on each bookmark.
#[derive(Serialize)]
struct Listed<'a> {
    version: u64,
    bookmarks: Vec<ListedBookmark>,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

#[derive(Serialize)]
struct ListedBookmark {
    #[serde(flatten)]
    bookmark: Bookmark,
    status: Status,
}

/// The article at `path`: a file, a bundled article by name, or standard
/// input.
fn load(path: &Path) -> Result<Document, Error> {
    if path.as_os_str() == "-" {
        return Ok(document::load_stdin()?);
    }
    if !path.exists()
        && let Some(doc) = document::bundled()
            .into_iter()
            .find(|d| Path::new(&d.path) == path)
    {
        return Ok(doc);
    }
    Ok(document::load_file(path)?)
}

fn add(path: &Path, offset: usize, note: &str) -> Result<(), Error> {
    let doc = load(path)?;
    let range = paragraph_at(&doc, offset)?;
    // To a big file, appended to the journal beside it: much quicker than
    // writing the file again.
    if let Ok(dir) = config_dir()
        && let Some(bookmark) = Store::append_in_waiting(&dir, PATIENCE, &doc, range.clone(), note)?
    {
        return print(&format!("{}\n", sanitize::line(&bookmark.id)));
    }
    let mut store = open_for_change()?;
    let bookmark = store.add(&doc, range, note)?;
    finish_change(&mut store)?;
    print(&format!("{}\n", sanitize::line(&bookmark.id)))
}

fn remove(id: &str) -> Result<(), Error> {
    let mut store = open_for_change()?;
    store.remove(id)?;
    finish_change(&mut store)
}

fn export(format: Format) -> Result<(), Error> {
    let store = open_folded()?;
    match format {
        Format::Markdown => print(&markdown(store.all())),
    }
}

/// Text whose characters that could drive the terminal the export is
/// printed to are shown as markers; line breaks are kept.
fn printable(text: &str) -> String {
    sanitize::lines(text).into_owned()
}

/// Each bookmark as a quote block ending with its source, then its note.
pub fn markdown(bookmarks: &[Bookmark]) -> String {
    let mut out = String::from("# Bookmarks\n");
    for b in bookmarks {
        out.push('\n');
        for line in printable(&b.anchor.exact).lines() {
            let line = line.trim_end();
            if line.is_empty() {
                out.push_str(">\n");
            } else {
                out.push_str(&format!("> {line}\n"));
            }
        }
        let title = if b.document.title.is_empty() {
            &b.document.path
        } else {
            &b.document.title
        };
        out.push_str(">\n");
        out.push_str(&format!(
            "> — {} ({})\n",
            sanitize::line(&first_words(title, usize::MAX)),
            sanitize::line(&first_words(&b.document.path, usize::MAX))
        ));
        let note = printable(&b.note);
        let note = note.trim();
        if !note.is_empty() {
            out.push('\n');
            out.push_str(note);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_quotes_each_passage_with_note_and_source() {
        let mut store = Store::in_memory();
        let doc = Document::from_text("a.txt", "Title\n\nLine one\nline two.\n\nMore.", false);
        store
            .add(&doc, doc.paragraphs[1].clone(), "A note")
            .unwrap();
        store
            .add(&doc, doc.paragraphs[2].clone(), "\u{1b}[2J")
            .unwrap();
        assert_eq!(
            markdown(store.all()),
            "# Bookmarks\n\
             \n\
             > Line one\n\
             > line two.\n\
             >\n\
             > — Title (a.txt)\n\
             \n\
             A note\n\
             \n\
             > More.\n\
             >\n\
             > — Title (a.txt)\n\
             \n\
             \u{241b}[2J\n",
            "the escape character is shown as a marker"
        );
    }
}
