//! Train the entity tagger: an averaged perceptron over BIO tags.
//!
//!     cargo run --release --example train -- --train TRAIN.jsonl [--valid VALID.jsonl] \
//!         [--epochs 12] [--bits 19] [--out assets/tagger.bin]
//!
//! Input files are JSON lines `{"text": ..., "spans": [[start, end, "PER"], ...]}` as
//! written by `scripts/conll-all-tags.py`. Deterministic: the same input gives the same
//! weights.

use std::collections::HashSet;
use std::fs;
use std::ops::Range;
use std::process::exit;

use folio::entities::model::{self, Doc, FEATURES, TAGS, Weights};
use folio::entities::tagger;

struct Example {
    text: String,
    spans: Vec<(Range<usize>, u8)>,
    /// Whether the fourth type is marked; where it is not (`"misc": false`),
    /// a fourth-type tag on a token outside every span is not an error.
    misc: bool,
    /// Ranges whose tokens teach nothing (`"ignore"`): what the annotation
    /// of a set leaves out by a convention of its own.
    ignore: Vec<Range<usize>>,
}

fn read(path: &str) -> Vec<Example> {
    let raw = fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        exit(1)
    });
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let text = v["text"].as_str().expect("text").to_string();
            let spans = v["spans"]
                .as_array()
                .expect("spans")
                .iter()
                .map(|s| {
                    let kind = match s[2].as_str().unwrap_or("") {
                        "PER" => 1,
                        "LOC" => 2,
                        "ORG" => 3,
                        _ => 4,
                    };
                    (
                        s[0].as_u64().unwrap() as usize..s[1].as_u64().unwrap() as usize,
                        kind,
                    )
                })
                .collect();
            let misc = v["misc"].as_bool().unwrap_or(true);
            let ignore = v["ignore"]
                .as_array()
                .map(|all| {
                    all.iter()
                        .map(|r| r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize)
                        .collect()
                })
                .unwrap_or_default();
            Example {
                text,
                spans,
                misc,
                ignore,
            }
        })
        .collect()
}

/// Gold BIO tags for the tokens of `doc`: tokens wholly inside a span.
fn gold_tags(doc: &Doc, spans: &[(Range<usize>, u8)]) -> Vec<u8> {
    let mut tags = vec![model::O; doc.tokens.len()];
    for (range, kind) in spans {
        let mut first = true;
        for (i, t) in doc.tokens.iter().enumerate() {
            let (a, b) = (t.start as usize, t.end as usize);
            if a >= range.start && b <= range.end {
                tags[i] = kind * 2 - u8::from(first);
                first = false;
            }
        }
    }
    tags
}

struct Perceptron {
    bits: u32,
    w: Vec<f32>,
    /// Sum of (step × update), for the lazy average.
    u: Vec<f32>,
    step: f32,
}

impl Perceptron {
    fn scores(&self, feats: &[u64; FEATURES]) -> [f32; TAGS] {
        let mut s = [0f32; TAGS];
        for &h in feats {
            let row = model::bucket(h, self.bits) * TAGS;
            for (acc, w) in s.iter_mut().zip(&self.w[row..row + TAGS]) {
                *acc += w;
            }
        }
        s
    }

    fn update(&mut self, feats: &[u64; FEATURES], tag: u8, delta: f32) {
        for &h in feats {
            let k = model::bucket(h, self.bits) * TAGS + tag as usize;
            self.w[k] += delta;
            self.u[k] += self.step * delta;
        }
    }

    fn averaged(&self) -> Vec<f32> {
        self.w
            .iter()
            .zip(&self.u)
            .map(|(w, u)| w - u / self.step)
            .collect()
    }
}

fn quantise(avg: &[f32], bits: u32) -> Weights {
    let mut mags: Vec<f32> = avg.iter().map(|w| w.abs()).filter(|&w| w > 0.0).collect();
    mags.sort_by(f32::total_cmp);
    let top = mags
        .get(mags.len().saturating_sub(1 + mags.len() / 20000))
        .copied()
        .unwrap_or(1.0);
    let scale = 127.0 / top;
    let rows: Vec<[i8; TAGS]> = avg
        .chunks(TAGS)
        .map(|c| {
            let mut r = [0i8; TAGS];
            for (o, &w) in r.iter_mut().zip(c) {
                *o = (w * scale).round().clamp(-127.0, 127.0) as i8;
            }
            r
        })
        .collect();
    Weights::from_rows(bits, &rows)
}

/// Exact-span P/R/F1 for people and places.
fn evaluate(name: &str, data: &[Example], tag: impl Fn(&Doc) -> Vec<u8>) -> f64 {
    let mut line = String::new();
    let mut sum = 0.0;
    for kind in [1u8, 2] {
        let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
        for ex in data {
            let doc = Doc::new(&ex.text);
            let tags = tag(&doc);
            let got: HashSet<(usize, usize)> = tagger::spans(&doc, &tags)
                .into_iter()
                .filter(|(_, k)| *k == kind)
                .map(|(r, _)| (r.start, r.end))
                .collect();
            let want: HashSet<(usize, usize)> = ex
                .spans
                .iter()
                .filter(|(_, k)| *k == kind)
                .map(|(r, _)| (r.start, r.end))
                .collect();
            let hit = got.intersection(&want).count();
            tp += hit;
            fp += got.len() - hit;
            fn_ += want.len() - hit;
        }
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        sum += f;
        let label = if kind == 1 { "person" } else { "place" };
        line += &format!("  {label} {p:.3}/{r:.3}/{f:.3}");
    }
    eprintln!("{name}: exact P/R/F1{line}");
    sum / 2.0
}

fn main() {
    let mut train_path = None;
    let mut valid_path = None;
    let mut epochs = 12usize;
    let mut bits = 19u32;
    let mut out = "assets/tagger.bin".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().expect("a value after the option");
        match a.as_str() {
            "--train" => train_path = Some(value()),
            "--valid" => valid_path = Some(value()),
            "--epochs" => epochs = value().parse().expect("a number"),
            "--bits" => bits = value().parse().expect("a number"),
            "--out" => out = value(),
            _ => {
                eprintln!("unknown argument {a}");
                exit(2)
            }
        }
    }
    let Some(train_path) = train_path else {
        eprintln!(
            "usage: train --train TRAIN.jsonl [--valid VALID.jsonl] [--epochs N] [--bits B] [--out FILE]"
        );
        exit(2)
    };
    let train = read(&train_path);
    let valid = valid_path.as_deref().map(read).unwrap_or_default();
    eprintln!("{} training documents", train.len());

    // Each document with its gold tags, whether it marks the fourth type,
    // and per token whether it is ignored (see `Example`).
    let docs: Vec<(Doc, Vec<u8>, bool, Vec<bool>)> = train
        .iter()
        .map(|ex| {
            let doc = Doc::new(&ex.text);
            let gold = gold_tags(&doc, &ex.spans);
            let ignored = doc
                .tokens
                .iter()
                .map(|t| {
                    let (a, b) = (t.start as usize, t.end as usize);
                    ex.ignore.iter().any(|r| a < r.end && r.start < b)
                })
                .collect();
            (doc, gold, ex.misc, ignored)
        })
        .collect();

    let n = (1usize << bits) * TAGS;
    let mut p = Perceptron {
        bits,
        w: vec![0.0; n],
        u: vec![0.0; n],
        step: 1.0,
    };
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for epoch in 1..=epochs {
        // Fisher-Yates with a fixed xorshift seed.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let mut errors = 0usize;
        let mut seen = 0usize;
        for &d in &order {
            let (doc, gold, misc, ignored) = &docs[d];
            doc.decode(|i, prev, feats| {
                let mut want = gold[i];
                if !model::allowed(prev, want) {
                    want -= 1;
                }
                let guess = model::best(prev, &p.scores(feats));
                seen += 1;
                let unmarked = !misc && want == model::O && model::kind_of(guess) == 4;
                if guess != want && !unmarked && !ignored[i] {
                    errors += 1;
                    p.update(feats, want, 1.0);
                    p.update(feats, guess, -1.0);
                }
                p.step += 1.0;
                guess
            });
        }
        eprint!(
            "epoch {epoch}: {errors} errors in {seen} candidate tokens ({:.2}%)",
            100.0 * errors as f64 / seen.max(1) as f64
        );
        if !valid.is_empty() && (epoch % 3 == 0 || epoch == epochs) {
            let avg = Perceptron {
                bits,
                w: p.averaged(),
                u: Vec::new(),
                step: 1.0,
            };
            eprintln!();
            evaluate("  valid (float)", &valid, |doc| {
                doc.decode(|_, prev, feats| model::best(prev, &avg.scores(feats)))
            });
        } else {
            eprintln!();
        }
    }
    let weights = quantise(&p.averaged(), bits);
    if !valid.is_empty() {
        evaluate("valid (quantised)", &valid, |doc| weights.tag(doc));
    }
    let bytes = weights.to_bytes();
    fs::write(&out, &bytes).unwrap_or_else(|e| {
        eprintln!("{out}: {e}");
        exit(1)
    });
    eprintln!("{} bytes -> {out}", bytes.len());
}
