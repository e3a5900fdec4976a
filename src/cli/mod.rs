//! The command line: arguments, and the subcommands that print instead of
//! opening the reader.
//!
//! This module and the reader's run loop (`tui`) are the only places that
//! write to the terminal. The subcommands live beside it: [`page`],
//! [`entities`], [`map`], [`bookmarks`] and [`config`]; they use this module's
//! [`Error`](enum@Error), [`print`](fn@print) and [`warn`], and it names their arguments.

pub mod bookmarks;
pub mod config;
pub mod entities;
pub mod map;
pub mod page;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use thiserror::Error;

use crate::document::{self, Document, Format, LoadError};
use crate::sanitize;

/// A terminal reader for articles that shows the people, places and organisations in the text.
///
/// With no PATH, opens the bundled articles. The keys are listed at the end
/// of --help, and by ? in the reader.
///
/// Bookmarks (bookmarks.json) and settings (config.toml) are kept in
/// $FOLIO_CONFIG_DIR (default: the user's config directory, folio/); reading
/// positions in $FOLIO_STATE_DIR (default: the user's state directory).
#[derive(Debug, Parser)]
#[command(name = "folio", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Articles to open: files, directories (their .txt, .md, .html and .epub files), or - for standard input.
    pub paths: Vec<PathBuf>,

    /// Read every article in this format instead of the one its content
    /// (and name) shows: text, markdown, html or epub.
    #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
    pub format: Option<Format>,

    /// The widest the reading column may be, in columns [default: `width` in
    /// the reader section of config.toml, else 80].
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    pub width: Option<u16>,
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
        /// Show the source as it is, not rendered (the same as --format text).
        #[arg(long)]
        raw: bool,
        /// Read the article in this format instead of the one its content
        /// (and name) shows: text, markdown, html or epub.
        #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
        format: Option<Format>,
    },
    /// List the people, places and organisations in articles.
    Entities {
        /// Articles (default: the bundled ones; - for standard input).
        paths: Vec<PathBuf>,
        /// Print JSON: {"documents": [{"path", "title", "people", "places", "organisations", "cooccurrence"}]};
        /// a place that could be placed has "geo": {"lat", "lon", "country"}.
        #[arg(long)]
        json: bool,
        /// Read every article in this format instead of the one its content
        /// (and name) shows: text, markdown, html or epub.
        #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
        format: Option<Format>,
    },
    /// Draw the places of articles on a world map, as text.
    Map {
        /// Articles (default: the bundled ones; - for standard input).
        paths: Vec<PathBuf>,
        /// Columns of the map.
        #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u16).range(1..=1000))]
        width: u16,
        /// Rows of the map, the line of places not on it included.
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u16).range(1..=1000))]
        height: u16,
        /// Show the part of the world around the places, not the whole world.
        #[arg(long)]
        fit: bool,
        /// Read every article in this format instead of the one its content
        /// (and name) shows: text, markdown, html or epub.
        #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
        format: Option<Format>,
    },
    /// List, add, remove and export bookmarks.
    Bookmarks {
        #[command(subcommand)]
        command: bookmarks::BookmarksCommand,
    },
    /// Show where the config file is, or print the default one.
    Config {
        #[command(subcommand)]
        command: config::ConfigCommand,
    },
}

/// What can go wrong on the command line.
#[derive(Debug, Error)]
pub enum Error {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(
        "page {page} is past the end: the article has {pages} {} at this size",
        if *pages == 1 { "page" } else { "pages" }
    )]
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
pub fn documents(paths: &[PathBuf], format: Option<Format>) -> Result<Vec<Document>, Error> {
    let (docs, skipped) = documents_and_skipped(paths, format)?;
    for line in skipped {
        warn(&line);
    }
    Ok(docs)
}

/// The documents named by `paths` (the bundled ones when there are none),
/// and a line per directory that had files that could not be read as text.
pub fn documents_and_skipped(
    paths: &[PathBuf],
    format: Option<Format>,
) -> Result<(Vec<Document>, Vec<String>), Error> {
    if paths.is_empty() {
        return Ok((document::bundled(), Vec::new()));
    }
    let loaded = document::load_all_as(paths, format)?;
    let skipped = loaded.skipped.iter().map(|s| s.to_string()).collect();
    Ok((loaded.docs, skipped))
}

/// Parses `--format`, listing the formats in `--help` and in errors.
fn format_parser() -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::TypedValueParser;
    let names = Format::ALL.map(Format::name);
    clap::builder::PossibleValuesParser::new(names).try_map(|s| s.parse::<Format>())
}

/// Say something on standard error, as one safe line: `folio: ...`.
pub fn warn(text: &str) {
    eprintln!("folio: {}", sanitize::line(text));
}

/// Read the command line; `--help` ends with the key table.
pub fn parse_args() -> Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let command = Cli::command().after_long_help(crate::keymap::Keymap::default().summary());
    Cli::from_arg_matches(&command.try_get_matches()?)
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
}
