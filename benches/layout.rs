//! How fast a document is wrapped into rows and found again by offset.
//!
//!     cargo bench --bench layout
//!
//! The text is the bundled article repeated to about 4 MB.

use divan::Bencher;
use divan::counter::BytesCount;
use folio::document::{self, Document};
use folio::layout::{Layout, RowCounts};

fn main() {
    divan::main();
}

fn big() -> Document {
    let base = document::ARTICLE;
    let text = base.repeat((4 << 20) / base.len() + 1);
    Document::from_text("big", &text, false)
}

#[divan::bench(args = [40, 80])]
fn wrap(bencher: Bencher, width: usize) {
    let doc = big();
    bencher
        .counter(BytesCount::new(doc.text.len()))
        .bench(|| Layout::new(divan::black_box(&doc), width));
}

/// What the reader does in the background for a long text: count the rows
/// of every paragraph, keeping none.
#[divan::bench(args = [40, 80])]
fn count(bencher: Bencher, width: usize) {
    let doc = big();
    bencher
        .counter(BytesCount::new(doc.text.len()))
        .bench(|| RowCounts::new(divan::black_box(&doc), width));
}

#[divan::bench]
fn normalise(bencher: Bencher) {
    let base = document::ARTICLE;
    let text = base.repeat((4 << 20) / base.len() + 1);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| Document::from_text("big", divan::black_box(&text), false));
}

/// A thousand offsets found among the rows of the full layout.
#[divan::bench]
fn row_of(bencher: Bencher) {
    let doc = big();
    let layout = Layout::new(&doc, 80);
    let step = doc.text.len() / 1000;
    bencher.bench(|| {
        (0..1000)
            .map(|i| layout.row_of(divan::black_box(i * step)))
            .sum::<usize>()
    });
}

/// What the reader lays out before the first frame of a long text: the
/// paragraphs three pages (of 40 rows) around a position in the middle.
#[divan::bench]
fn window(bencher: Bencher) {
    let doc = big();
    let middle = doc.paragraphs[doc.paragraphs.len() / 2].start;
    bencher.bench(|| Layout::window(divan::black_box(&doc), 80, middle, 120, 120));
}

/// A thousand offsets found among all the rows from the counts, each
/// paragraph laid out again: what a counted reader does for a place outside
/// its window.
#[divan::bench]
fn row_of_counted(bencher: Bencher) {
    let doc = big();
    let counts = RowCounts::new(&doc, 80);
    let step = doc.text.len() / 1000;
    bencher.bench(|| {
        (0..1000)
            .map(|i| counts.row_of(&doc, divan::black_box(i * step)))
            .sum::<usize>()
    });
}
