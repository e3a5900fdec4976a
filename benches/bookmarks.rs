//! How long bookmarks take when there are 10,000 of them on one article.
//!
//!     cargo bench --bench bookmarks
//!
//! The article is the bundled one over and over, each paragraph after a
//! numbered line ("Report 7 from Officer Lee7 in Seoul.", as
//! `scripts/gen-entities-text.py news` makes it), so that the copies of a
//! paragraph are told apart by their context, to 1 or 10 MB. The bookmarks
//! are spread evenly over the paragraphs, from the first to the last.

use std::fs;
use std::hint::black_box;
use std::path::Path;

use divan::Bencher;
use folio::app::{Action, App};
use folio::bookmarks::store::{BookmarkFile, JOURNAL_NAME};
use folio::bookmarks::{Anchor, Bookmark, Store};
use folio::document::{self, Document};
use folio::ui::BookmarksView;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::StatefulWidget;
use tempfile::TempDir;

fn main() {
    divan::main();
}

const COUNT: usize = 10_000;

/// About `mb` MB of news: the bundled article's paragraphs, each after a
/// numbered line.
fn news(mb: usize) -> String {
    let base = document::ARTICLE;
    let paragraphs: Vec<&str> = base
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .collect();
    let mut out = String::new();
    let mut n = 0;
    while out.len() < mb << 20 {
        for p in &paragraphs {
            n += 1;
            out.push_str(&format!(
                "Report {n} from Officer Lee{} in Seoul.\n\n{p}\n\n",
                n % 97
            ));
        }
    }
    out
}

fn article(mb: usize) -> Document {
    Document::from_text("big", &news(mb), false)
}

/// `text` with a few words put in at `at` (a fraction of its length), at a
/// line break.
fn edited(text: &str, at: f64) -> Document {
    let cut = text[..(text.len() as f64 * at) as usize]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let text = format!("{}An added line.\n{}", &text[..cut], &text[cut..]);
    Document::from_text("big", &text, false)
}

/// `count` bookmarks on `doc`, spread evenly over its paragraphs, as
/// `bookmarks.json` holds them.
fn bookmarks(doc: &Document, count: usize) -> BookmarkFile {
    let template = Store::in_memory()
        .add(doc, doc.paragraphs[0].clone(), "")
        .expect("an in-memory bookmark");
    let paragraphs = &doc.paragraphs;
    let bookmarks = (0..count)
        .map(|i| Bookmark {
            id: format!("{i:08x}"),
            note: if i % 3 == 0 {
                format!("note {i}")
            } else {
                String::new()
            },
            anchor: Anchor::new(&doc.text, paragraphs[i * paragraphs.len() / count].clone()),
            ..template.clone()
        })
        .collect();
    BookmarkFile {
        bookmarks,
        ..BookmarkFile::default()
    }
}

/// A directory whose `bookmarks.json` has `count` bookmarks on `doc`.
fn directory(doc: &Document, count: usize) -> TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = serde_json::to_vec_pretty(&bookmarks(doc, count)).expect("JSON");
    fs::write(dir.path().join("bookmarks.json"), file).expect("written");
    dir
}

/// The store of a directory with `count` bookmarks on `doc`, kept while the
/// directory is.
fn store(doc: &Document, count: usize) -> (TempDir, Store) {
    let dir = directory(doc, count);
    let (store, warnings) = Store::open_in(dir.path());
    assert!(warnings.is_empty() && store.all().len() == count);
    (dir, store)
}

/// Every bookmark of the document, resolved against its unchanged text:
/// what opening the bookmark list (`B`) costs the first time.
#[divan::bench(args = [1, 10])]
fn resolve_10000_unchanged(bencher: Bencher, mb: usize) {
    let doc = article(mb);
    let (_dir, store) = store(&doc, COUNT);
    bencher.bench(|| store.for_document(black_box(&doc)).len());
}

/// The same after a line was put in near the end of the text (at 99%): the
/// hundred bookmarks after it have moved and are searched for.
#[divan::bench(args = [1, 10])]
fn resolve_10000_after_edit(bencher: Bencher, mb: usize) {
    let doc = article(mb);
    let (_dir, store) = store(&doc, COUNT);
    let doc = edited(&doc.text, 0.99);
    bencher.bench(|| store.for_document(black_box(&doc)).len());
}

/// The same after a line was put in at the start: every bookmark has moved
/// and is searched for.
#[divan::bench(args = [1, 10])]
fn resolve_10000_after_edit_at_start(bencher: Bencher, mb: usize) {
    let doc = article(mb);
    let (_dir, store) = store(&doc, COUNT);
    let doc = edited(&doc.text, 0.0);
    bencher.bench(|| store.for_document(black_box(&doc)).len());
}

/// A reader 100x40 on `doc` with `store`.
fn reader_of(doc: Document, store: Store) -> App {
    let mut app = App::without_entities(vec![doc], 80).with_store(store, Vec::new());
    app.update(Action::Resize(100, 40));
    app
}

/// A reader on the 1 MB article with its 10,000 bookmarks.
fn reader() -> (TempDir, App) {
    let doc = article(1);
    let (dir, store) = store(&doc, COUNT);
    (dir, reader_of(doc, store))
}

/// Draw the bookmark list as the reader does.
fn draw(app: &App, buf: &mut Buffer) {
    let list = app.bookmark_list().expect("the list is open");
    let mut state = ratatui::widgets::ListState::default()
        .with_offset(list.offset)
        .with_selected(Some(list.selected));
    StatefulWidget::render(
        &BookmarksView { app, list },
        app.regions.text,
        buf,
        &mut state,
    );
}

/// `B` in a reader just opened on the article with 10,000 bookmarks: the
/// text hashed, the bookmarks resolved, the list made.
#[divan::bench(args = [1, 10], sample_count = 20)]
fn open_list_10000_first(bencher: Bencher, mb: usize) {
    let doc = article(mb);
    let (_dir, store) = store(&doc, COUNT);
    bencher
        .with_inputs(|| reader_of(doc.clone(), store.clone()))
        .bench_local_values(|mut app| {
            app.update(Action::OpenBookmarks);
            app
        });
}

/// `B` again, on the 10 MB article, its 10,000 bookmarks in a real
/// `bookmarks.json` (read again to see changes by other folio processes).
#[divan::bench(sample_count = 20)]
fn open_list_10000_again(bencher: Bencher) {
    let doc = article(10);
    let (_dir, store) = store(&doc, COUNT);
    let mut app = reader_of(doc, store);
    app.update(Action::OpenBookmarks);
    bencher.bench_local(|| {
        app.update(Action::Dismiss);
        app.update(Action::OpenBookmarks);
    });
}

/// One frame of the open list of 10,000, its selection near the end.
#[divan::bench]
fn draw_list_10000(bencher: Bencher) {
    let (_dir, mut app) = reader();
    app.update(Action::OpenBookmarks);
    for _ in 0..COUNT - 10 {
        app.update(Action::SelectNext);
    }
    let mut buf = Buffer::empty(Rect::new(0, 0, 100, 40));
    bencher.bench_local(|| draw(&app, &mut buf));
}

/// A key in the list of 10,000 and the frame after it.
#[divan::bench]
fn move_in_list_10000(bencher: Bencher) {
    let (_dir, mut app) = reader();
    app.update(Action::OpenBookmarks);
    let mut buf = Buffer::empty(Rect::new(0, 0, 100, 40));
    let mut down = true;
    bencher.bench_local(|| {
        down = !down;
        app.update(if down {
            Action::SelectNext
        } else {
            Action::SelectPrev
        });
        draw(&app, &mut buf);
    });
}

/// One more bookmark in a store that has 10,000, in memory.
#[divan::bench]
fn add_to_10000(bencher: Bencher) {
    let doc = article(1);
    let mut store = Store::in_memory();
    for b in bookmarks(&doc, COUNT).bookmarks {
        store.restore(b).expect("in memory");
    }
    let p = doc.paragraphs[3].clone();
    bencher.bench_local(|| store.add(&doc, p.clone(), "").map(|b| b.id.len()));
}

/// `folio bookmarks add` less starting the process and reading the article:
/// open the store in a directory whose `bookmarks.json` has 10,000
/// bookmarks, add one, and save the file.
#[divan::bench(sample_count = 20)]
fn add_to_10000_file(bencher: Bencher) {
    let doc = article(1);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = serde_json::to_vec_pretty(&bookmarks(&doc, COUNT)).expect("JSON");
    let path = dir.path().join("bookmarks.json");
    let p = doc.paragraphs[3].clone();
    bencher
        .with_inputs(|| fs::write(&path, &file).expect("written"))
        .bench_local_values(|()| add_to_file(dir.path(), &doc, p.clone()));
}

/// `folio bookmarks add` as it is done, less starting the process and
/// reading the article: the new bookmark appended to the journal beside the
/// `bookmarks.json` of 10,000 bookmarks, under the lock. Each sample starts
/// with no journal, so it is made (and its directory synced) each time.
#[divan::bench(sample_count = 20)]
fn append_to_10000_file(bencher: Bencher) {
    let doc = article(1);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = serde_json::to_vec_pretty(&bookmarks(&doc, COUNT)).expect("JSON");
    fs::write(dir.path().join("bookmarks.json"), &file).expect("written");
    let journal = dir.path().join(JOURNAL_NAME);
    let p = doc.paragraphs[3].clone();
    bencher
        .with_inputs(|| {
            let _ = fs::remove_file(&journal);
        })
        .bench_local_values(|()| {
            Store::append_in_waiting(
                dir.path(),
                std::time::Duration::from_secs(3),
                &doc,
                p.clone(),
                "",
            )
            .expect("appended")
            .expect("to the journal")
            .id
            .len()
        });
}

fn add_to_file(dir: &Path, doc: &Document, p: std::ops::Range<usize>) -> usize {
    let (mut store, _) =
        Store::open_in_waiting(dir, std::time::Duration::from_secs(3)).expect("opened");
    let bookmark = store.add(doc, p, "").expect("added");
    assert!(store.is_saved());
    bookmark.id.len()
}
