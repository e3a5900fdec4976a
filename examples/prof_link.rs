//! Link each .txt in DIR once to build the word lists, then N times more in
//! `measured`, for `callgrind`. The instructions of one linking pass are
//! those of `measured` over N:
//!
//!     valgrind --tool=callgrind --collect-atstart=no \
//!         --toggle-collect='prof_link::measured' target/release/examples/prof_link DIR 1
//!
//! (or those of the whole run with N = 3 less those with N = 1, over 2).
use folio::entities::{self, tagger};
fn main() {
    let mut a = std::env::args().skip(1);
    let dir = a.next().expect("usage: prof_link DIR [N]");
    let n: usize = a
        .next()
        .map(|s| s.parse().expect("N is a number of passes"))
        .unwrap_or(1);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("DIR is a readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let docs: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("each .txt is UTF-8 text"))
        .collect();
    tagger::warm_up();
    let found: Vec<_> = docs.iter().map(|d| tagger::mentions(d)).collect();
    let mut t = 0;
    for (d, m) in docs.iter().zip(&found) {
        t += entities::link::link(d, m).people.len();
    }
    t += measured(&docs, &found, n);
    // Printed, so that the work is not optimised away.
    println!("{t}");
}

/// `n` linking passes over `docs`.
#[inline(never)]
fn measured(docs: &[String], found: &[Vec<tagger::Mention>], n: usize) -> usize {
    let mut t = 0;
    for _ in 0..n {
        for (d, m) in docs.iter().zip(found) {
            t += entities::link::link(d, m).people.len();
        }
    }
    t
}
