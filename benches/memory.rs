//! Memory per MB of text: the most allocated at once while a generated
//! document is read, laid out and has its entities found, counted by an
//! allocator that wraps the system's.
//!
//!     cargo bench --bench memory
//!
//! Prints, for news-like text of 10 and 100 MB and for text full of
//! distinct names, the peak bytes held by each stage over the bytes of text.
//! The text itself counts while it is held; the generated input does not.

use std::alloc::{GlobalAlloc, Layout as Alloc, System};
use std::io::Cursor;
use std::sync::atomic::{AtomicUsize, Ordering};

use folio::document::Document;
use folio::document::open::Reading;
use folio::entities;
use folio::layout::RowCounts;

mod common;

/// Counts the bytes allocated now and the most at any time.
struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Alloc) -> *mut u8 {
        // SAFETY: passed on to the system allocator as it came.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = NOW.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Alloc) {
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Alloc, new_size: usize) -> *mut u8 {
        // SAFETY: as for `alloc` and `dealloc`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let grew = new_size - layout.size();
                let now = NOW.fetch_add(grew, Ordering::Relaxed) + grew;
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                NOW.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Run `work`; the most it held at once beyond what was held before, and its
/// result.
fn peak<T>(work: impl FnOnce() -> T) -> (usize, T) {
    let before = NOW.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let out = work();
    (PEAK.load(Ordering::Relaxed) - before, out)
}

fn main() {
    entities::tagger::warm_up();
    println!("text\tMB\tstage\tpeak MB\tpeak bytes per byte of text");
    let texts = [
        ("news", 10, common::news_text(10)),
        ("news", 100, common::news_text(100)),
        ("names", 10, common::many_names_text(10)),
    ];
    for (name, mb, text) in texts {
        let bytes = text.into_bytes();
        let len = bytes.len() as f64;
        let show = |stage: &str, peak: usize| {
            println!(
                "{name}\t{mb}\t{stage}\t{:.1}\t{:.2}",
                peak as f64 / 1e6,
                peak as f64 / len
            );
        };
        // The input is counted before the peak is taken, and let go by the
        // reader when it is done.
        let (read, doc): (usize, Document) = peak(|| {
            let size = Some(bytes.len() as u64);
            let input = Box::new(Cursor::new(bytes));
            Reading::from_reader("big".into(), input, size)
                .read_all()
                .expect("text")
        });
        show("read (text held)", read);
        // What a reader keeps of the whole text's wrap: each paragraph's
        // number of rows (the rows themselves only around the view).
        let (wrap, counts) = peak(|| RowCounts::new(&doc, 80));
        show("wrap to 80 (row counts held)", wrap);
        drop(counts);
        let chunks = entities::tagger::chunks(&doc.text, entities::tagger::CHUNK_BYTES);
        let (tagging, mentions) = peak(|| {
            entities::tagger::in_parallel(
                entities::model::bundled(),
                &doc.text,
                &chunks,
                0,
                &|_, _| {},
            )
        });
        show("tagging (mentions held)", tagging);
        let mentions: Vec<_> = mentions.into_iter().flatten().collect();
        let (linking, linked) = peak(|| entities::link::link(&doc.text, &mentions));
        show("linking alone (found held)", linking);
        drop((mentions, linked));
        let (found, entities) = peak(|| entities::extract(&doc.text));
        show("entities (found held)", found);
        let held = NOW.load(Ordering::Relaxed);
        drop(entities);
        let after = NOW.load(Ordering::Relaxed);
        show("entities kept", held - after);
    }
}
