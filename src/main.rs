use std::io::IsTerminal;
use std::process::ExitCode;

use folio::app::App;
use folio::bookmarks::{self, state};
use folio::cli::{self, Cli, Command, Error};
use folio::config;
use folio::document::{Format, open};
use folio::tui;

fn main() -> ExitCode {
    folio::truncated::install();
    folio::jobs::tune_allocator();
    let args = match cli::parse_args() {
        Ok(args) => args,
        Err(e) => return cli::argument_error(e),
    };
    match run(args) {
        Ok(code) => code,
        Err(e) => {
            cli::warn(&e.to_string());
            ExitCode::FAILURE
        }
    }
}

fn run(args: Cli) -> Result<ExitCode, Error> {
    match args.command {
        Some(Command::Page {
            path,
            width,
            height,
            page,
            raw,
            format,
        }) => {
            let format = if raw { Some(Format::Text) } else { format };
            let text = cli::page::page(path, width, height, page, format)?;
            cli::print(&text).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Entities {
            paths,
            json,
            format,
        }) => cli::entities::run(&paths, json, format),
        Some(Command::Map {
            paths,
            width,
            height,
            fit,
            format,
        }) => cli::map::run(&paths, width, height, fit, format),
        Some(Command::Config { command }) => cli::config::run(command).map(|()| ExitCode::SUCCESS),
        Some(Command::Bookmarks { command }) => {
            cli::bookmarks::run(command).map(|()| ExitCode::SUCCESS)
        }
        None => {
            if !std::io::stdout().is_terminal() {
                // Like less: when the output is not a terminal, copy the
                // files through as they are.
                return cli::pass_through(&args.paths).map(|()| ExitCode::SUCCESS);
            }
            // A mistake in config.toml does not stop the reader: it starts
            // with the defaults and shows the notice in the status bar.
            let (config, notice) = config::load();
            let width = args.width.unwrap_or(config.reader.width);
            // The first document is shown once its start is read; the rest
            // of it and the other documents follow in the background.
            let plan = open::plan_as(&args.paths, args.format)?;
            let first = open::open_first(&plan)?;
            let saved = state::Saved::load();
            let (store, warnings) = bookmarks::Store::open();
            let warnings: Vec<String> = notice.into_iter().chain(warnings).collect();
            let mut app = match &first.rest {
                None => {
                    let at = saved.find(&first.doc);
                    let mut app = App::without_entities(vec![first.doc], width);
                    if let Some(at) = at {
                        app.docs[0].open_at(at);
                    }
                    app
                }
                Some(rest) => {
                    let (read, size) = rest.progress();
                    App::loading(first.doc, read, size, width)
                }
            };
            app = app.with_config(&config).with_store(store, warnings);
            app.history = state::load_history();
            let history_before = app.history.clone();
            let opening = tui::Opening {
                plan,
                first: first.index,
                rest: first.rest,
                skipped: first.skipped,
                saved,
            };
            let signal = tui::run(&mut app, Some(opening)).map_err(Error::Terminal)?;
            // One write for the documents the reader moved in (read whole:
            // a position is kept against the whole text).
            let moved: Vec<_> = app
                .docs
                .iter()
                .filter(|d| d.anchor != d.opened_at && d.loading.is_none())
                .map(|d| (&*d.doc, d.anchor))
                .collect();
            if !moved.is_empty()
                && let Err(e) = state::save_positions(&moved)
            {
                cli::warn(&format!("reading positions not saved: {e}"));
            }
            if app.history != history_before
                && let Err(e) = state::save_history(&app.history)
            {
                cli::warn(&format!("search history not saved: {e}"));
            }
            // Ended by a signal: exit as the signal would have, 128 + N.
            Ok(signal.map_or(ExitCode::SUCCESS, |n| {
                ExitCode::from(u8::try_from(128 + n).unwrap_or(u8::MAX))
            }))
        }
    }
}
