//! Time each stage of entity extraction over a directory of `.txt` articles:
//! the fastest of 40 passes, which is steadier than a mean on a busy machine.
//!
//!     cargo run --release --example stages -- DIR
//!     cargo run --release --example stages -- DIR link   # one stage, 300 passes (for a profiler)
//!
//! Stages: `tokenize`, `doc` (tokens and document context), `tag`, `spans`
//! (tags to mention spans), `link` and `extract` (all of them).

use std::hint::black_box;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use folio::entities::{self, model, tagger, tokens};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: stages DIR [STAGE]");
        return ExitCode::FAILURE;
    };
    let only = args.next();
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("stages: {dir}: {e}");
            return ExitCode::FAILURE;
        }
    };
    paths.sort();
    let docs: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    tagger::warm_up();
    let weights = model::bundled();
    let found: Vec<_> = docs.iter().map(|d| tagger::mentions(d)).collect();
    let analysed: Vec<_> = docs.iter().map(|d| model::Doc::new(d)).collect();
    let tags: Vec<_> = analysed.iter().map(|d| weights.tag(d)).collect();

    let stage = |name: &str| -> usize {
        match name {
            "tokenize" => docs.iter().map(|d| tokens::tokenize(d).len()).sum(),
            "doc" => docs.iter().map(|d| model::Doc::new(d).tokens.len()).sum(),
            "tag" => analysed.iter().map(|d| weights.tag(d).len()).sum(),
            "spans" => analysed
                .iter()
                .zip(&tags)
                .map(|(d, t)| tagger::spans(d, t).len())
                .sum(),
            "link" => docs
                .iter()
                .zip(&found)
                .map(|(d, m)| entities::link::link(d, m).people.len())
                .sum(),
            _ => docs.iter().map(|d| entities::extract(d).people.len()).sum(),
        }
    };
    let names = ["tokenize", "doc", "tag", "spans", "link", "extract"];
    if let Some(name) = only {
        if !names.contains(&name.as_str()) {
            eprintln!("stages: no stage {name:?}; one of {names:?}");
            return ExitCode::FAILURE;
        }
        for _ in 0..300 {
            black_box(stage(&name));
        }
        return ExitCode::SUCCESS;
    }
    let mut best = [Duration::MAX; 6];
    for _ in 0..40 {
        for (b, name) in best.iter_mut().zip(names) {
            let t = Instant::now();
            black_box(stage(name));
            *b = (*b).min(t.elapsed());
        }
    }
    println!("{} documents, {bytes} bytes", docs.len());
    for (name, b) in names.iter().zip(best) {
        let s = b.as_secs_f64();
        println!(
            "{name:>8}  {:7.2} ms  {:6.1} MB/s",
            s * 1e3,
            bytes as f64 / s / 1e6
        );
    }
    ExitCode::SUCCESS
}
