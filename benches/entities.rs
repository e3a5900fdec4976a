//! Entity extraction throughput, and the time to load the model and word lists.
//!
//!     cargo bench --bench entities
//!
//! The text is the converted CoNLL valid split in /work/data/conll-valid (or
//! $FOLIO_BENCH_DIR) when present, else the bundled article with its names varied,
//! repeated to a few MB.

use std::fs;
use std::path::Path;

use divan::Bencher;
use divan::counter::BytesCount;
use folio::entities::{self, tagger};

mod common;

use common::{many_names_text, news_text};

fn main() {
    divan::main();
}

const TARGET_BYTES: usize = 4 << 20;

/// A few MB of articles.
fn corpus() -> Vec<String> {
    let dir = std::env::var("FOLIO_BENCH_DIR").unwrap_or_else(|_| "/work/data/conll-valid".into());
    let mut articles: Vec<String> = fs::read_dir(Path::new(&dir))
        .map(|entries| {
            let mut paths: Vec<_> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            paths
                .iter()
                .filter_map(|p| fs::read_to_string(p).ok())
                .collect()
        })
        .unwrap_or_default();
    if articles.is_empty() {
        let base = folio::document::ARTICLE;
        let swaps = [
            ("Kim", "Moon"),
            ("Beijing", "Shanghai"),
            ("Xi", "Hu"),
            ("Seoul", "Busan"),
        ];
        for (a, b) in swaps {
            articles.push(base.replace(a, b));
        }
        articles.push(base.to_string());
    }
    let mut out = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        for a in &articles {
            total += a.len();
            out.push(a.clone());
        }
    }
    out
}

#[divan::bench(sample_count = 30)]
fn mentions(bencher: Bencher) {
    tagger::warm_up();
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        docs.iter()
            .map(|d| tagger::mentions(divan::black_box(d)).len())
            .sum::<usize>()
    });
}

#[divan::bench(sample_count = 30)]
fn extract(bencher: Bencher) {
    tagger::warm_up();
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        docs.iter()
            .map(|d| {
                let e = entities::extract(divan::black_box(d));
                e.people.len() + e.places.len()
            })
            .sum::<usize>()
    });
}

/// The linking step alone, over the tagger's mentions found beforehand.
#[divan::bench(sample_count = 30)]
fn link(bencher: Bencher) {
    tagger::warm_up();
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let found: Vec<_> = docs.iter().map(|d| tagger::mentions(d)).collect();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        docs.iter()
            .zip(&found)
            .map(|(d, m)| {
                let e = entities::link::link(divan::black_box(d), m);
                e.people.len() + e.places.len()
            })
            .sum::<usize>()
    });
}

/// Parsing the embedded model and building the word lists, from scratch.
#[divan::bench(sample_count = 20)]
fn load() -> usize {
    tagger::load_fresh()
}

/// Building the indexes of the word lists linking reads (wide places, given,
/// family and common words), from scratch. Done once per process, on first
/// use.
#[divan::bench(sample_count = 20)]
fn load_link_lists() -> usize {
    folio::entities::link::lists_fresh()
}

/// Extraction from one long news-like document of 1, 4 and 16 MB: the time
/// per MB should not grow with the size.
#[divan::bench(args = [1, 4, 16], sample_count = 3, sample_size = 1)]
fn extract_news_mb(bencher: Bencher, mb: usize) {
    tagger::warm_up();
    let text = news_text(mb);
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        let e = entities::extract(divan::black_box(&text));
        e.people.len() + e.places.len()
    });
}

/// Extraction from one document with many distinct names, 1 and 4 MB.
#[divan::bench(args = [1, 4], sample_count = 3, sample_size = 1)]
fn extract_many_names_mb(bencher: Bencher, mb: usize) {
    tagger::warm_up();
    let text = many_names_text(mb);
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        let e = entities::extract(divan::black_box(&text));
        e.people.len() + e.places.len()
    });
}
