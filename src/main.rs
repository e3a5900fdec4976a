use std::io::IsTerminal;
use std::process::ExitCode;

use folio::app::App;
use folio::bookmarks::{self, state};
use folio::cli::{self, Cli, Command, Error};
use folio::config;
use folio::tui;

fn main() -> ExitCode {
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
        }) => cli::print(&cli::page::page(path, width, height, page)?).map(|()| ExitCode::SUCCESS),
        Some(Command::Entities { paths, json }) => cli::entities::run(&paths, json),
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
            let (docs, skipped) = cli::documents_and_skipped(&args.paths)?;
            let (store, warnings) = bookmarks::Store::open();
            let warnings: Vec<String> = notice.into_iter().chain(warnings).collect();
            let mut app = App::without_entities(docs, width)
                .with_config(&config)
                .with_store(store, warnings);
            for line in skipped {
                app.notify(line);
            }
            app.history = state::load_history();
            let history_before = app.history.clone();
            let texts: Vec<&folio::document::Document> = app.docs.iter().map(|d| &*d.doc).collect();
            let opened: Vec<usize> = state::load_positions(&texts)
                .into_iter()
                .zip(&app.docs)
                .map(|(at, d)| at.unwrap_or(0).min(d.doc.text.len()))
                .collect();
            for (d, &at) in app.docs.iter_mut().zip(&opened) {
                d.anchor = at;
            }
            let signal = tui::run(&mut app).map_err(Error::Terminal)?;
            // One write for the documents the reader moved in.
            let moved: Vec<_> = app
                .docs
                .iter()
                .zip(&opened)
                .filter(|(d, at)| d.anchor != **at)
                .map(|(d, _)| (&*d.doc, d.anchor))
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
