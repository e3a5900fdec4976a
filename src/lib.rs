//! folio: a terminal reader for articles that shows the people and places in
//! the text beside it.
//!
//! The pipeline: [`document`] (load, decode, normalise) → [`layout`] (wrap and
//! paginate) → [`entities`] (people and places) → [`app`] (state and actions)
//! ← [`keymap`] (keys to actions) → [`ui`] (widgets) → [`tui`] (the reader's
//! run loop) and [`cli`] (the command line); [`config`] reads `config.toml`.
//! The only terminal I/O is in `tui` and `cli`: see `docs/architecture.md`.

pub mod app;
pub mod bookmarks;
pub mod cli;
pub mod config;
pub mod document;
pub mod entities;
pub mod jobs;
pub mod keymap;
pub mod layout;
pub mod sanitize;
pub mod truncated;
pub mod tui;
pub mod ui;
