//! The reader on a generated 100 MB document, drawn into a `TestBackend`:
//! the first frame, a resize, and a jump to the last page.
//!
//!     cargo bench --bench reader
//!
//! Each measures what the reader does on the UI thread between an event and
//! the frame that answers it; the count of the whole text's rows that
//! follows in the background is not part of it (but `_counted` benches run
//! once it has arrived).

use std::io::Cursor;

use divan::Bencher;
use folio::app::{Action, App, Job};
use folio::document::Document;
use folio::document::open::{HEAD_BYTES, Reading};
use folio::layout::RowCounts;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod common;

fn main() {
    divan::main();
}

const MB: usize = 100;

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|frame| folio::ui::draw(frame, app))
        .expect("a test backend draws");
}

/// A reader over the whole document, at 120x40, as after it is read.
fn opened(doc: &Document) -> (App, Terminal<TestBackend>) {
    let mut app = App::with_entities(vec![(doc.clone(), Default::default())], 80);
    app.update(Action::Resize(120, 40));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    draw(&mut terminal, &app);
    (app, terminal)
}

/// [`opened`], once the rows of the whole text are counted.
fn counted(doc: &Document) -> (App, Terminal<TestBackend>) {
    let (mut app, terminal) = opened(doc);
    for job in app.take_jobs() {
        if let Job::Layout {
            index, doc, width, ..
        } = job
        {
            app.layout_done(index, width, RowCounts::new(&doc, width));
        }
    }
    assert!(!app.layout_pending(), "the rows are counted");
    (app, terminal)
}

/// From the file's bytes to the first frame: its start read and normalised,
/// the reader made, laid out and drawn. The rest of the file is read after.
#[divan::bench(sample_count = 20)]
fn first_frame(bencher: Bencher) {
    let bytes = common::news_text(MB).into_bytes();
    // The copy of the input is made, and everything is dropped, outside the
    // time taken.
    bencher
        .with_inputs(|| bytes.clone())
        .bench_local_values(|bytes| {
            let size = Some(bytes.len() as u64);
            let input = Box::new(Cursor::new(bytes));
            let mut reading = Reading::from_reader("big".into(), input, size);
            reading.read_until(HEAD_BYTES).expect("text");
            let (read, size) = reading.progress();
            let mut app = App::loading(reading.snapshot(), read, size, 80);
            app.update(Action::Resize(120, 40));
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
            draw(&mut terminal, &app);
            (reading, app, terminal)
        });
}

/// The whole 100 MB document arrives: the view is laid out around where
/// the reader is and drawn.
#[divan::bench(sample_count = 20)]
fn whole_document_arrives(bencher: Bencher) {
    let doc = Document::from_text("big", &common::news_text(MB), false);
    let (mut app, mut terminal) = opened(&doc);
    bencher
        .with_inputs(|| doc.clone())
        .bench_local_values(|doc| {
            app.document_whole(0, doc, None);
            draw(&mut terminal, &app);
            app.take_jobs().len()
        });
}

/// A resize to another width: the passage on top is laid out anew for it
/// and drawn.
#[divan::bench(sample_count = 20)]
fn resize(bencher: Bencher) {
    let doc = Document::from_text("big", &common::news_text(MB), false);
    let (mut app, mut terminal) = opened(&doc);
    for _ in 0..1000 {
        app.update(Action::NextPage);
    }
    let mut wide = false;
    bencher.bench_local(|| {
        wide = !wide;
        let width = if wide { 120 } else { 80 };
        app.update(Action::Resize(width, 40));
        terminal.backend_mut().resize(width, 40);
        draw(&mut terminal, &app);
    });
}

/// `G`, drawn, then `g`, drawn.
fn to_the_end_and_back(app: &mut App, terminal: &mut Terminal<TestBackend>) {
    app.update(Action::LastPage);
    draw(terminal, app);
    app.update(Action::FirstPage);
    draw(terminal, app);
}

/// `G` and `g`: to the last page and back, each laid out and drawn.
#[divan::bench(sample_count = 20)]
fn last_page_and_back(bencher: Bencher) {
    let doc = Document::from_text("big", &common::news_text(MB), false);
    let (mut app, mut terminal) = opened(&doc);
    bencher.bench_local(|| to_the_end_and_back(&mut app, &mut terminal));
}

/// `G` and `g` once the rows are counted: the last page found from the
/// counts, laid out and drawn, and back.
#[divan::bench(sample_count = 20)]
fn last_page_and_back_counted(bencher: Bencher) {
    let doc = Document::from_text("big", &common::news_text(MB), false);
    let (mut app, mut terminal) = counted(&doc);
    bencher.bench_local(|| to_the_end_and_back(&mut app, &mut terminal));
}

/// A page turn once the rows are counted, drawn: the window laid out again
/// every few pages.
#[divan::bench(sample_count = 20)]
fn next_page_counted(bencher: Bencher) {
    let doc = Document::from_text("big", &common::news_text(MB), false);
    let (mut app, mut terminal) = counted(&doc);
    bencher.bench_local(|| {
        app.update(Action::NextPage);
        draw(&mut terminal, &app);
    });
}
