//! folio: a terminal reader for articles that shows the people and places in
//! the text beside it.
//!
//! The pipeline: [`document`] (load, decode, normalise) → [`layout`] (wrap and
//! paginate) → [`entities`] (people and places) → [`app`] (state and actions)
//! ← [`keymap`] (keys to actions) → [`ui`] (widgets). `main` runs the loop.

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
pub mod tui;
pub mod ui;
