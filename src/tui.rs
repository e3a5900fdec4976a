//! The interactive reader: the only code that touches the terminal.
//!
//! One channel feeds the loop: terminal events (read on their own thread),
//! signals, and the results of background work. Nothing blocks the loop but
//! waiting on that channel, so a key, a resize or `q` is never queued behind
//! background work.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::thread;
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use ratatui::crossterm::terminal::{Clear, ClearType};
use ratatui::crossterm::{execute, queue};
use signal_hook::consts::signal::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::app::{Action, App, Job};
use crate::bookmarks::state::Saved;
use crate::document::open::{self, Arrival, Plan, Reading};
use crate::document::{Document, LoadError};
use crate::entities::{Entities, Progress};
use crate::jobs;
use crate::keymap;
use crate::layout::RowCounts;
use crate::ui;

/// The signals that end the reader like `q` (SIGINT only when sent as a
/// signal: in the reader, Ctrl-C is a key).
const SIGNALS: [i32; 4] = [SIGTERM, SIGHUP, SIGQUIT, SIGINT];

/// How often the input thread looks up from waiting to see if it should stop.
const INPUT_TICK: Duration = Duration::from_millis(50);

/// How often an idle reader checks the terminal's size.
const SIZE_CHECK: Duration = Duration::from_millis(500);

/// Entities found are passed on at least this often.
const BATCH_EVERY: Duration = Duration::from_millis(100);

/// How long after the last resize the screen is drawn anew once more.
const SETTLE: Duration = Duration::from_millis(150);

/// What reaches the loop.
enum Message {
    Terminal(Event),
    /// The terminal could not be read: the reader cannot go on.
    TerminalError(io::Error),
    Signal(i32),
    /// The entities of documents, or why they could not be found.
    Entities(Vec<(usize, Result<Entities, String>)>),
    /// How far finding the entities of document `index` has got.
    EntityProgress(usize, Progress),
    /// The search with this id is done.
    Search(u64, Vec<std::ops::Range<usize>>),
    /// The rows of document `index` wrapped whole to a width, counted.
    Layout(usize, usize, RowCounts),
    /// The first document, shown in part so far, read whole, with the
    /// position to open it at.
    Whole(Document, Option<usize>),
    /// Reading the first document got this far (bytes, of the size).
    LoadProgress(u64, Option<u64>),
    /// The first document could not be read to its end.
    LoadFailed(String),
    /// More documents, with their positions.
    More(Vec<(Document, Option<usize>)>),
    /// What could not be read, one line per directory.
    Skipped(Vec<String>),
}

/// What is left to open once the first document is shown: the rest of it,
/// if it was shown in part, and the sources after it.
pub struct Opening {
    pub plan: Plan,
    /// The index in the plan of the document shown first.
    pub first: usize,
    pub rest: Option<Reading>,
    /// Sources before the first that could not be read.
    pub skipped: Vec<(usize, LoadError)>,
    /// Where the reader stopped in each document last time.
    pub saved: Saved,
}

/// Run the reader until the user quits or a signal ends it. The terminal is
/// restored on every way out; a signal's number is returned so that the
/// caller can exit with 128 + N once the reading position is saved.
pub fn run(app: &mut App, opening: Option<Opening>) -> io::Result<Option<i32>> {
    // Signals are caught before the terminal changes, so that none can leave
    // it in raw mode.
    let mut signals = Signals::new(SIGNALS)?;
    let handle = signals.handle();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        hook(info);
    }));
    crate::truncated::reader_started();
    let result = ratatui::run(|terminal| {
        // ratatui's hook restores the terminal; it must run for the main
        // thread only, so a failing background job leaves the reader up.
        jobs::quiet_worker_panics();
        execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)?;
        let (tx, rx) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        spawn_input(tx.clone(), stop.clone())?;
        let signal_tx = tx.clone();
        thread::Builder::new()
            .name("folio-signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    if signal_tx.send(Message::Signal(signal)).is_err() {
                        return;
                    }
                }
            })?;
        let entities = spawn_entities(tx.clone())?;
        if let Some(opening) = opening {
            spawn_loader(opening, tx.clone(), stop.clone())?;
        }
        let result = event_loop(terminal, app, &rx, &tx, &entities);
        stop.store(true, Ordering::Relaxed);
        app.cancel_jobs();
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        result
    });
    crate::truncated::reader_stopped();
    handle.close();
    result.map(|()| app.signal)
}

/// Read terminal events on a thread of their own until told to stop.
fn spawn_input(tx: Sender<Message>, stop: Arc<AtomicBool>) -> io::Result<()> {
    thread::Builder::new()
        .name("folio-input".into())
        .spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let message = match event::poll(INPUT_TICK) {
                    Ok(false) => continue,
                    Ok(true) => match event::read() {
                        Ok(event) => Message::Terminal(event),
                        Err(e) => Message::TerminalError(e),
                    },
                    Err(e) => Message::TerminalError(e),
                };
                let failed = matches!(message, Message::TerminalError(_));
                if tx.send(message).is_err() || failed {
                    return;
                }
            }
        })?;
    Ok(())
}

/// A document to find the entities of: its index, text, and the byte to
/// start near.
type EntityJob = (usize, Arc<Document>, usize);

/// The thread that finds entities, one document at a time in the order
/// asked; a document whose extraction fails is reported as such and the
/// others go on. It ends when the reader drops its sender.
fn spawn_entities(tx: Sender<Message>) -> io::Result<Sender<EntityJob>> {
    let (jobs, queue) = mpsc::channel::<EntityJob>();
    thread::Builder::new()
        .name("folio-entities".into())
        .spawn(move || {
            // Results are passed on together, at most every BATCH_EVERY
            // and whenever the queue runs dry, so that thousands of short
            // documents cost the reader a few updates, not thousands.
            let mut ready = Vec::new();
            let mut last = Instant::now();
            loop {
                let (index, doc, near) = match queue.try_recv() {
                    Ok(job) => job,
                    Err(e) => {
                        if !ready.is_empty() {
                            last = Instant::now();
                            if tx
                                .send(Message::Entities(std::mem::take(&mut ready)))
                                .is_err()
                            {
                                return;
                            }
                        }
                        match (e, queue.recv()) {
                            (TryRecvError::Empty, Ok(job)) => job,
                            _ => return,
                        }
                    }
                };
                let report = |progress| {
                    let _ = tx.send(Message::EntityProgress(index, progress));
                };
                let found = jobs::isolated(|| {
                    jobs::extract_entities_progressively(&doc.text, Some(near), &report)
                });
                if doc.text.len() > crate::entities::tagger::CHUNK_BYTES {
                    jobs::release_memory();
                }
                ready.push((index, found));
                if last.elapsed() >= BATCH_EVERY {
                    last = Instant::now();
                    if tx
                        .send(Message::Entities(std::mem::take(&mut ready)))
                        .is_err()
                    {
                        return;
                    }
                }
            }
        })?;
    Ok(jobs)
}

/// Read the rest of what was asked for on a thread of its own, each
/// document with its saved position, until done or told to stop.
fn spawn_loader(opening: Opening, tx: Sender<Message>, stop: Arc<AtomicBool>) -> io::Result<()> {
    thread::Builder::new()
        .name("folio-load".into())
        .spawn(move || {
            let Opening {
                plan,
                first,
                rest,
                skipped,
                saved,
            } = opening;
            let mut send = |arrival: Arrival| {
                let message = match arrival {
                    Arrival::Progress { read, size } => Message::LoadProgress(read, size),
                    Arrival::Whole(doc) => {
                        let at = saved.find(&doc);
                        Message::Whole(doc, at)
                    }
                    Arrival::Failed(e) => Message::LoadFailed(e.to_string()),
                    Arrival::More(docs) => Message::More(
                        docs.into_iter()
                            .map(|doc| {
                                let at = saved.find(&doc);
                                (doc, at)
                            })
                            .collect(),
                    ),
                    Arrival::Skipped(skipped) => {
                        Message::Skipped(skipped.iter().map(ToString::to_string).collect())
                    }
                };
                tx.send(message).is_ok()
            };
            let _ = jobs::isolated(move || {
                open::load_rest(&plan, first, rest, skipped, &stop, &mut send)
            });
        })?;
    Ok(())
}

/// Start the background jobs the app asked for.
fn start_jobs(app: &mut App, tx: &Sender<Message>, entities: &Sender<EntityJob>) {
    for job in app.take_jobs() {
        match job {
            Job::Entities { index, doc, near } => {
                if entities.send((index, doc, near)).is_err() {
                    app.entities_failed(index, "the background worker stopped");
                }
            }
            Job::Search {
                id,
                text,
                regex,
                cancel,
            } => {
                let started = spawn_job("folio-search", tx, move || {
                    let found = jobs::isolated(|| {
                        crate::app::follow::find_all(&text, &regex, Some(&cancel))
                    });
                    let cancelled = cancel.load(Ordering::Relaxed);
                    (!cancelled).then(|| Message::Search(id, found.unwrap_or_default()))
                });
                if started.is_err() {
                    app.search_failed(id);
                }
            }
            Job::Layout {
                index,
                doc,
                width,
                cancel,
            } => {
                // Should the thread not start, the window stays in use.
                let _ = spawn_job("folio-layout", tx, move || {
                    RowCounts::new_unless(&doc, width, &cancel)
                        .map(|counts| Message::Layout(index, width, counts))
                });
            }
        }
    }
}

/// Run `work` on a thread named `name`, isolated, and send what it gives.
fn spawn_job(
    name: &str,
    tx: &Sender<Message>,
    work: impl FnOnce() -> Option<Message> + Send + 'static,
) -> io::Result<()> {
    let tx = tx.clone();
    thread::Builder::new().name(name.into()).spawn(move || {
        if let Ok(Some(message)) = jobs::isolated(work) {
            let _ = tx.send(message);
        }
    })?;
    Ok(())
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    rx: &Receiver<Message>,
    tx: &Sender<Message>,
    entities: &Sender<EntityJob>,
) -> io::Result<()> {
    // Whether a full redraw is due once the events stop coming, and whether
    // this frame is to be drawn in full.
    let mut settle = false;
    let mut full = false;
    while !app.quit {
        // A size other than the last frame's, whether or not its resize event
        // has come (other messages may wake the loop first, and resize
        // signals can be merged away), means the screen is drawn anew.
        let size = terminal.size()?;
        if std::mem::take(&mut app.resized) || (size.width, size.height) != app.screen {
            settle = true;
            full = true;
        }
        if std::mem::take(&mut full) {
            // The terminal may have passed through other sizes since the last
            // frame and lost what it showed: clear it and forget the last
            // frame, so that everything is drawn anew. (Terminal::clear would
            // ask the terminal for the cursor, a reply the input thread eats.)
            // Queued, not flushed: the clear goes out with the frame drawn
            // next, so nothing sees the screen blank between them.
            queue!(io::stdout(), Clear(ClearType::All))?;
            terminal.swap_buffers();
        }
        terminal.draw(|frame| {
            // Lay out for the size being drawn, whatever was seen before: the
            // terminal may have changed size since the last event.
            let area = frame.area();
            if (area.width, area.height) != app.screen {
                app.update(Action::Resize(area.width, area.height));
            }
            ui::draw(frame, app);
        })?;
        // Drawing may have laid out anew and asked for work: start it before
        // waiting.
        start_jobs(app, tx, entities);
        // Wait for something to happen, then take everything that is queued
        // before drawing again, so a storm of events costs one frame.
        let first = loop {
            // After a resize, once things are quiet, draw everything once more:
            // a terminal may still have been reflowing when the last frame came.
            let wait = if settle { SETTLE } else { SIZE_CHECK };
            match rx.recv_timeout(wait) {
                Ok(message) => break Some(message),
                Err(RecvTimeoutError::Timeout) if settle => {
                    settle = false;
                    full = true;
                    break None;
                }
                // Resize signals can be merged and their event lost: look at
                // the size now and then, and redraw if it changed unseen.
                Err(RecvTimeoutError::Timeout) => {
                    let size = terminal.size()?;
                    if (size.width, size.height) != app.screen {
                        app.resized = true;
                        break None;
                    }
                }
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            }
        };
        let Some(first) = first else { continue };
        handle(app, first)?;
        while !app.quit {
            match rx.try_recv() {
                Ok(message) => handle(app, message)?,
                Err(_) => break,
            }
        }
    }
    Ok(())
}

fn handle(app: &mut App, message: Message) -> io::Result<()> {
    match message {
        Message::Terminal(Event::Key(key)) => {
            if let Some(action) = keymap::action_for(key, app) {
                app.update(action);
            }
        }
        Message::Terminal(Event::Mouse(mouse)) => {
            if let Some(action) = keymap::mouse_action(mouse) {
                app.update(action);
            }
        }
        // The next frame lays out for the size it is drawn at.
        Message::Terminal(Event::Resize(..)) => app.resized = true,
        // Pasted text goes into a prompt as if typed, line breaks as spaces.
        Message::Terminal(Event::Paste(text)) if app.prompt().is_some() => {
            for c in text.chars() {
                let c = if c.is_control() { ' ' } else { c };
                app.update(Action::Input(c));
            }
        }
        Message::Terminal(_) => {}
        Message::TerminalError(e) => return Err(e),
        Message::Signal(signal) => {
            app.signal = Some(signal);
            app.quit = true;
        }
        Message::Entities(found) => app.entities_arrived(found),
        Message::EntityProgress(index, progress) => app.entities_progress(index, progress),
        Message::Search(id, found) => app.search_done(id, found),
        Message::Layout(index, width, counts) => app.layout_done(index, width, counts),
        Message::Whole(doc, at) => app.document_whole(0, doc, at),
        Message::LoadProgress(read, size) => app.load_progress(0, read, size),
        Message::LoadFailed(why) => app.load_failed(0, &why),
        Message::More(docs) => app.documents_added(docs),
        Message::Skipped(lines) => {
            for line in lines {
                app.notify(line);
            }
        }
    }
    Ok(())
}
