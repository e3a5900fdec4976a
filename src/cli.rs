//! The command line: arguments, and the subcommands that print instead of
//! opening the reader.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use thiserror::Error;

use crate::document::{self, Document, LoadError};
use crate::entities;
use crate::jobs;
use crate::layout::Layout;
use crate::sanitize;

/// A terminal reader for articles that shows the people and places in the text.
///
/// With no PATH, opens the bundled articles. Keys: Space/PageDown next page,
/// PageUp/Backspace previous, j/k scroll, g/G first/last, [ ] documents,
/// Tab sidebar, Enter choose, n/N next/previous mention, / search, e sidebar,
/// c mentions, a all documents, { } passage, b bookmark, B bookmarks, ? help,
/// q quit.
///
/// Bookmarks are kept in $FOLIO_CONFIG_DIR (default: the user's config
/// directory, folio/bookmarks.json); reading positions in $FOLIO_STATE_DIR
/// (default: the user's state directory).
#[derive(Debug, Parser)]
#[command(name = "folio", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Articles to open: files, directories (their .txt and .md files), or - for standard input.
    pub paths: Vec<PathBuf>,

    /// The widest the reading column may be, in columns.
    #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(1..))]
    pub width: u16,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print one page exactly as the reading column lays it out, as plain text.
    Page {
        /// The article (default: the bundled one; - for standard input).
        path: Option<PathBuf>,
        /// Column width.
        #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(1..))]
        width: u16,
        /// Rows per page.
        #[arg(long, default_value_t = 24, value_parser = clap::value_parser!(u16).range(1..))]
        height: u16,
        /// The page to print, from 1.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
        page: u64,
    },
    /// List the people and places in articles.
    Entities {
        /// Articles (default: the bundled ones; - for standard input).
        paths: Vec<PathBuf>,
        /// Print JSON: {"documents": [{"path", "title", "people", "places"}]}.
        #[arg(long)]
        json: bool,
    },
    /// List, add, remove and export bookmarks.
    Bookmarks {
        #[command(subcommand)]
        command: crate::bookmarks::cli::BookmarksCommand,
    },
}

/// What can go wrong on the command line.
#[derive(Debug, Error)]
pub enum Error {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("page {page} is past the end: the article has {pages} pages at this size")]
    PageOutOfRange { page: u64, pages: usize },
    #[error("cannot write output: {0}")]
    Output(#[from] io::Error),
    #[error("terminal: {0}")]
    Terminal(io::Error),
    #[error(transparent)]
    Bookmarks(#[from] crate::bookmarks::StoreError),
}

/// The documents named by `paths`, or the bundled ones when there are none.
/// Files skipped in a directory are reported on standard error, one line per
/// directory.
pub fn documents(paths: &[PathBuf]) -> Result<Vec<Document>, Error> {
    let (docs, skipped) = documents_and_skipped(paths)?;
    for line in skipped {
        warn(&line);
    }
    Ok(docs)
}

/// The documents named by `paths` (the bundled ones when there are none),
/// and a line per directory that had files that could not be read as text.
pub fn documents_and_skipped(paths: &[PathBuf]) -> Result<(Vec<Document>, Vec<String>), Error> {
    if paths.is_empty() {
        return Ok((document::bundled(), Vec::new()));
    }
    let loaded = document::load_all(paths)?;
    let skipped = loaded.skipped.iter().map(|s| s.to_string()).collect();
    Ok((loaded.docs, skipped))
}

/// `folio page`: the rows of one page, one per line.
pub fn page(path: Option<PathBuf>, width: u16, height: u16, page: u64) -> Result<String, Error> {
    let docs = documents(path.as_slice())?;
    let doc = &docs[0];
    let layout = Layout::new(doc, usize::from(width));
    let height = usize::from(height);
    let pages = layout.page_count(height);
    let index = usize::try_from(page - 1).unwrap_or(usize::MAX);
    if index >= pages {
        return Err(Error::PageOutOfRange { page, pages });
    }
    let mut out = String::new();
    for row in layout.page(index, height) {
        out.push_str(&doc.text[row.range()]);
        out.push('\n');
    }
    Ok(out)
}

/// `folio entities`. Each document is extracted on its own, on as many
/// threads as there are cores: when one fails, the others are still listed,
/// the failing path is named on standard error and the exit status is 1.
pub fn entities(paths: &[PathBuf], json: bool) -> Result<ExitCode, Error> {
    let docs = documents(paths)?;
    let results = extract_each(&docs);
    let mut found = Vec::with_capacity(docs.len());
    let mut failed = false;
    for (doc, result) in docs.into_iter().zip(results) {
        match result {
            Ok(e) => found.push((doc, e)),
            Err(why) => {
                warn(&format!(
                    "people and places unavailable for {}: {why}",
                    doc.path
                ));
                failed = true;
            }
        }
    }
    entities::report::print(&found, json);
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The entities of each document, or why they could not be found.
fn extract_each(docs: &[Document]) -> Vec<Result<entities::Entities, String>> {
    jobs::quiet_worker_panics();
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(docs.len())
        .max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<Result<entities::Entities, String>>> =
        (0..docs.len()).map(|_| None).collect();
    let slots = std::sync::Mutex::new(&mut results);
    std::thread::scope(|scope| {
        for n in 0..workers {
            let (next, slots) = (&next, &slots);
            std::thread::Builder::new()
                .name(format!("folio-entities-{n}"))
                .spawn_scoped(scope, move || {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(doc) = docs.get(i) else { return };
                        let found = jobs::isolated(|| jobs::extract_entities(&doc.text));
                        if let Ok(mut slots) = slots.lock() {
                            slots[i] = Some(found);
                        }
                    }
                })
                .expect("a worker thread starts");
        }
    });
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err("not extracted".to_string())))
        .collect()
}

/// Say something on standard error, as one safe line: `folio: ...`.
pub fn warn(text: &str) {
    eprintln!("folio: {}", sanitize::line(text));
}

/// Report a command-line error as clap would, but with every character that
/// could drive the terminal made visible (arguments may carry escape bytes).
pub fn argument_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = print(&e.render().to_string());
        return ExitCode::SUCCESS;
    }
    let text = e.render().to_string();
    eprint!("{}", sanitize::lines(&text));
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

/// Copy the articles named by `paths` to standard output byte for byte; a
/// closed pipe is not an error.
pub fn pass_through(paths: &[PathBuf]) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    match document::copy_sources(paths, &mut out) {
        Err(LoadError::Io { source, .. }) if source.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Write text to standard output; a closed pipe is not an error.
pub fn print(text: &str) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn page_prints_rows() {
        let out = page(None, 40, 5, 1).unwrap();
        assert_eq!(out.lines().count(), 5);
        assert!(out.starts_with("China confirms that North Korea’s Kim"));
        assert!(
            out.lines()
                .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 40)
        );
    }

    #[test]
    fn page_past_the_end_is_an_error() {
        assert!(matches!(
            page(None, 80, 24, 999),
            Err(Error::PageOutOfRange { .. })
        ));
    }
}
