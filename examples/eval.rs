//! Score entity extraction against gold spans, as `score.py` of the evaluation kit does.
//!
//!     cargo run --release --example eval -- DIR [--mentions] [--show FILE]
//!     cargo run --release --example eval -- ARTICLE.txt    # list the raw mentions
//!
//! DIR holds articles (`*.txt`) and `gold.json` as written by the corpus tool
//! (`conll.py`). Runs `folio::entities::extract` (the full pipeline) over each article,
//! or with `--mentions` the raw tagger (`folio::entities::tagger::mentions`), and prints
//! exact and overlap precision/recall/F1 per kind over all documents and over the prose
//! ones (running text, no result tables). `--show FILE` prints the misses and false
//! alarms of one article.

use std::collections::HashSet;
use std::fs;
use std::path::Path;
use std::process::exit;
use std::time::Instant;

use folio::entities::{self, Kind, tagger};

type Span = (usize, usize);

/// The kinds scored, as `gold.json` names them.
const KINDS: [&str; 3] = ["person", "place", "organisation"];

fn kind_index(kind: Kind) -> usize {
    match kind {
        Kind::Person => 0,
        Kind::Place => 1,
        Kind::Organisation => 2,
    }
}

struct Scored {
    prose: bool,
    want: [Vec<Span>; 3],
    got: [Vec<Span>; 3],
}

fn is_prose(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let sentences = lines
        .iter()
        .filter(|l| l.split_whitespace().count() >= 8 && l.trim_end().ends_with(['.', '"', '\'']))
        .count();
    !lines.is_empty() && sentences as f64 / lines.len() as f64 >= 0.5
}

fn predict(text: &str, raw: bool) -> [Vec<Span>; 3] {
    let mut out = [Vec::new(), Vec::new(), Vec::new()];
    if raw {
        for m in tagger::mentions(text) {
            let k = kind_index(m.kind);
            out[k].push((m.range().start, m.range().end));
        }
    } else {
        let found = entities::extract(text);
        for (k, list) in [&found.people, &found.places, &found.organisations]
            .into_iter()
            .enumerate()
        {
            for e in list {
                out[k].extend(e.mentions.iter().map(|r| (r.start, r.end)));
            }
        }
    }
    out
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn score<'a>(docs: impl Iterator<Item = &'a Scored>, k: usize, exact: bool) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for d in docs {
        let (want, got) = (&d.want[k], &d.got[k]);
        if exact {
            let w: HashSet<&Span> = want.iter().collect();
            let g: HashSet<&Span> = got.iter().collect();
            let hit = w.intersection(&g).count();
            tp += hit;
            fp += g.len() - hit;
            fn_ += w.len() - hit;
        } else {
            let mut used = vec![false; want.len()];
            let mut sorted = got.clone();
            sorted.sort();
            for (a, b) in sorted {
                match (0..want.len()).find(|&i| !used[i] && a < want[i].1 && want[i].0 < b) {
                    Some(i) => used[i] = true,
                    None => fp += 1,
                }
            }
            let hits = used.iter().filter(|&&u| u).count();
            tp += hits;
            fn_ += want.len() - hits;
        }
    }
    prf(tp, fp, fn_)
}

fn main() {
    let mut dir = None;
    let mut raw = false;
    let mut show = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mentions" => raw = true,
            "--show" => show = args.next(),
            _ if dir.is_none() => dir = Some(a),
            _ => {
                eprintln!("unexpected argument {a}");
                exit(2)
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: eval DIR [--mentions] [--show FILE]");
        exit(2)
    };
    let dir = Path::new(&dir);
    if dir.is_file() {
        // One article: list what is found.
        let text = fs::read_to_string(dir).expect("article");
        let text = folio::document::normalise(&text);
        for m in tagger::mentions(&text) {
            println!("{:?} {:?}", m.kind, &text[m.range()]);
        }
        return;
    }
    let gold: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(dir.join("gold.json")).unwrap_or_else(|e| {
            eprintln!("{}: {e}", dir.join("gold.json").display());
            exit(1)
        }),
    )
    .expect("gold.json is JSON");
    let mut docs = Vec::new();
    let mut bytes = 0usize;
    let mut elapsed = std::time::Duration::ZERO;
    for g in gold["documents"].as_array().expect("documents") {
        let file = g["file"].as_str().expect("file");
        let text = fs::read_to_string(dir.join(file)).expect("article");
        let mut want = [Vec::new(), Vec::new(), Vec::new()];
        for s in g["spans"].as_array().expect("spans") {
            let Some(k) = KINDS.iter().position(|&kind| s["type"] == kind) else {
                continue;
            };
            want[k].push((
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            ));
        }
        let start = Instant::now();
        let got = predict(&text, raw);
        elapsed += start.elapsed();
        bytes += text.len();
        if show.as_deref() == Some(file) {
            for (k, label) in KINDS.iter().enumerate() {
                for s in &got[k] {
                    if !want[k].contains(s) {
                        println!("false {label}: {:?}", &text[s.0..s.1]);
                    }
                }
                for s in &want[k] {
                    if !got[k].contains(s) {
                        println!("missed {label}: {:?}", &text[s.0..s.1]);
                    }
                }
            }
        }
        docs.push(Scored {
            prose: is_prose(&text),
            want,
            got,
        });
    }
    let prose = docs.iter().filter(|d| d.prose).count();
    println!(
        "{} documents ({prose} prose), {} KB in {:.1} ms ({:.1} MB/s)",
        docs.len(),
        bytes / 1000,
        elapsed.as_secs_f64() * 1e3,
        bytes as f64 / elapsed.as_secs_f64().max(1e-9) / 1e6
    );
    println!(
        "{:6} {:12} {:>20} {:>22}",
        "subset", "kind", "exact P/R/F1", "overlap P/R/F1"
    );
    for (subset, only_prose) in [("all", false), ("prose", true)] {
        for (k, kind) in KINDS.iter().enumerate() {
            let pick = || docs.iter().filter(|d| !only_prose || d.prose);
            let e = score(pick(), k, true);
            let o = score(pick(), k, false);
            println!(
                "{subset:6} {kind:12} {:.3}/{:.3}/{:.3}    {:.3}/{:.3}/{:.3}",
                e.0, e.1, e.2, o.0, o.1, o.2
            );
        }
    }
}
