//! How long the bookmarks of a document take to be found again in its text.
//!
//!     cargo bench --bench bookmarks
//!
//! 10,000 bookmarks on the paragraphs of the bundled article repeated to
//! about 1 MB, kept in memory (no file is written).

use divan::Bencher;
use folio::bookmarks::Store;
use folio::document::{self, Document};

fn main() {
    divan::main();
}

fn article() -> Document {
    let base = document::BUNDLED[0].1;
    let text = base.repeat((1 << 20) / base.len() + 1);
    Document::from_text("big", &text, false)
}

fn store(doc: &Document, count: usize) -> Store {
    let mut store = Store::in_memory();
    let paragraphs = &doc.paragraphs;
    for i in 0..count {
        let p = paragraphs[i * 7 % paragraphs.len()].clone();
        store.add(doc, p, "").expect("an in-memory bookmark");
    }
    store
}

/// Every bookmark of the document, resolved against its unchanged text: what
/// opening the bookmark list (`B`) costs.
#[divan::bench]
fn resolve_10000_unchanged(bencher: Bencher) {
    let doc = article();
    let store = store(&doc, 10_000);
    bencher.bench(|| store.for_document(divan::black_box(&doc)).len());
}

/// One more bookmark in a store that has 10,000.
#[divan::bench]
fn add_to_10000(bencher: Bencher) {
    let doc = article();
    let mut store = store(&doc, 10_000);
    let p = doc.paragraphs[3].clone();
    bencher.bench_local(|| store.add(&doc, p.clone(), "").map(|b| b.id.len()));
}
