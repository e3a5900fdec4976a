//! Hashes the lines of the long word lists in `assets/`, and the names of the
//! gazetteer, into sorted tables that the program searches in place, with
//! nothing to build when it starts.

use std::path::Path;

#[path = "src/entities/link/line_hash.rs"]
mod line_hash;

/// The lists hashed, by their file names in `assets/`.
const LISTS: &[&str] = &[
    "places-wide",
    "family-names",
    "common-words",
    "organisations",
];

fn main() {
    println!("cargo::rerun-if-changed=src/entities/link/line_hash.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in LISTS {
        let source = format!("assets/{name}.txt");
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).expect("the lists are in assets/");
        let mut hashes: Vec<u64> = text
            .split_terminator('\n')
            .map(|line| line_hash::line_hash(line.as_bytes()))
            .collect();
        let lines = hashes.len();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), lines, "{source}: two lines hash alike");
        let bytes: Vec<u8> = hashes.iter().flat_map(|h| h.to_le_bytes()).collect();
        std::fs::write(Path::new(&out).join(format!("{name}.hashes")), bytes)
            .expect("OUT_DIR is writable");
    }
    // The names of the gazetteer's rows, once each: a name not among them
    // is turned away without a search of the rows.
    println!("cargo::rerun-if-changed=assets/geo.tsv");
    let tsv = std::fs::read_to_string("assets/geo.tsv").expect("the gazetteer is in assets/");
    let mut names: Vec<&str> = tsv
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(name, _)| name)
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut hashes: Vec<u64> = names
        .iter()
        .map(|name| line_hash::line_hash(name.as_bytes()))
        .collect();
    hashes.sort_unstable();
    hashes.dedup();
    let bytes: Vec<u8> = hashes.iter().flat_map(|h| h.to_le_bytes()).collect();
    std::fs::write(Path::new(&out).join("geo-names.hashes"), bytes).expect("OUT_DIR is writable");
}
