//! `folio entities`: the people, places and organisations of articles, as a
//! readable table or as the JSON contract.
//!
//! JSON: `{"documents": [{"path", "title", "people", "places",
//! "organisations", "cooccurrence"}]}`, each entity
//! `{"name", "aliases", "mentions": [{"start", "end", "text"}]}` where `start`
//! and `end` are byte offsets into the document's text (end exclusive) and
//! `text` is exactly that slice. A place the gazetteer could place also has
//! `"geo": {"lat", "lon", "country"}` (`country` an ISO 3166 alpha-2 code, or
//! null for a place that spans countries). `cooccurrence` lists the pairs of
//! entities that share at least two paragraphs: `{"a", "b", "paragraphs"}`.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::{Error, documents, print, warn};
use crate::document::{Document, Format};
use crate::entities::cooccur::{self, Pair};
use crate::entities::geo::{self, Geo};
use crate::entities::{Entities, Entity, Kind};
use crate::jobs;

/// `folio entities`. Each document is extracted on its own, on as many
/// threads as there are cores: when one fails, the others are still listed,
/// the failing path is named on standard error and the exit status is 1.
pub fn run(paths: &[PathBuf], json: bool, format: Option<Format>) -> Result<ExitCode, Error> {
    let docs = documents(paths, format)?;
    let results = extract_each(&docs);
    let mut found = Vec::with_capacity(docs.len());
    let mut failed = false;
    for (doc, result) in docs.into_iter().zip(results) {
        match result {
            Ok(e) => found.push((doc, e)),
            Err(why) => {
                warn(&format!(
                    "people, places and organisations unavailable for {}: {why}",
                    doc.path
                ));
                failed = true;
            }
        }
    }
    if json {
        // Written as it is made: the JSON of a long text's mentions is
        // larger than the text. `write_json` gathers it in blocks of 64
        // KiB, each sanitised and written at once.
        let mut out = Sanitised::new(io::stdout().lock());
        match write_json(&found, &mut out).and_then(|()| out.flush()) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            other => other?,
        }
    } else {
        print(&report(&found, false))?;
    }
    // The process ends now: its memory goes back at once, while freeing a
    // long text's entities one by one takes a while (10 ms for 300,000).
    std::mem::forget(found);
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The entities of each document, or why they could not be found.
pub(super) fn extract_each(docs: &[Document]) -> Vec<Result<Entities, String>> {
    jobs::quiet_worker_panics();
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(docs.len())
        .max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<Result<Entities, String>>> =
        (0..docs.len()).map(|_| None).collect();
    let slots = std::sync::Mutex::new(&mut results);
    std::thread::scope(|scope| {
        for n in 0..workers {
            let (next, slots) = (&next, &slots);
            std::thread::Builder::new()
                .name(format!("folio-entities-{n}"))
                .spawn_scoped(scope, move || {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(doc) = docs.get(i) else { return };
                        let found = jobs::isolated(|| jobs::extract_entities(&doc.text));
                        if let Ok(mut slots) = slots.lock() {
                            slots[i] = Some(found);
                        }
                    }
                })
                .expect("a worker thread starts");
        }
    });
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err("not extracted".to_string())))
        .collect()
}

#[derive(Serialize)]
struct JsonPair {
    a: String,
    b: String,
    paragraphs: usize,
}

#[derive(Serialize)]
struct JsonGeo<'a> {
    lat: f64,
    lon: f64,
    country: Option<&'a str>,
}

impl<'a> JsonGeo<'a> {
    fn of(g: &'a Geo) -> Self {
        JsonGeo {
            lat: g.lat,
            lon: g.lon,
            country: Some(g.country.as_str()).filter(|c| !c.is_empty()),
        }
    }
}

/// `s` as a JSON string, quoted and escaped as `serde_json` escapes it:
/// `"` and `\`, the control characters (`\n`, `\t`, `\r`, `\b`, `\f` in
/// short, the others as `\u00XX`), nothing else.
fn json_str(buf: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    buf.push(b'"');
    let bytes = s.as_bytes();
    if !needs_escape(bytes) {
        buf.extend_from_slice(bytes);
        buf.push(b'"');
        return;
    }
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let short: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ],
            _ => continue,
        };
        buf.extend_from_slice(&bytes[from..i]);
        buf.extend_from_slice(short);
        from = i + 1;
    }
    buf.extend_from_slice(&bytes[from..]);
    buf.push(b'"');
}

/// Whether `bytes` hold one that a JSON string escapes: a control
/// character, `"` or a backslash. Eight bytes at a time: most names and mentions
/// hold none.
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Whether any byte of `x` is below `n` (at most 128).
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS != 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        if below(x, 0x20)
            || below(x ^ (ONES * u64::from(b'"')), 1)
            || below(x ^ (ONES * u64::from(b'\\')), 1)
        {
            return true;
        }
    }
    chunks
        .remainder()
        .iter()
        .any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// How many mentions ahead [`write_entities`] asks for a mention's text.
const PREFETCH_AHEAD: usize = 16;

/// Asks the processor to bring `bytes[at]` into its cache, if `at` is in
/// `bytes`; nothing is read, and nothing happens on other processors.
#[inline]
fn prefetch(bytes: &[u8], at: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(b) = bytes.get(at) {
        // SAFETY: a prefetch is only a hint: it reads nothing into the
        // program and cannot fault, and the address is inside `bytes`.
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                std::ptr::from_ref(b).cast::<i8>(),
            );
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (bytes, at);
}

/// `n` in decimal.
fn json_number(buf: &mut Vec<u8>, n: usize) {
    buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// The entities of one kind as a JSON list, each
/// `{"name","aliases","mentions"}` and, for a place placed (`geo`, by
/// index), `"geo"`. A mention that is not a slice of `text` is left out.
/// Written to `out` whenever `buf` holds 64 KiB.
fn write_entities(
    buf: &mut Vec<u8>,
    out: &mut impl Write,
    text: &str,
    entities: &[Entity],
    geo: &[Option<Geo>],
) -> io::Result<()> {
    buf.push(b'[');
    for (i, e) in entities.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(b"{\"name\":");
        json_str(buf, &e.name);
        buf.extend_from_slice(b",\"aliases\":[");
        for (j, alias) in e.aliases.iter().enumerate() {
            if j > 0 {
                buf.push(b',');
            }
            json_str(buf, alias);
        }
        buf.extend_from_slice(b"],\"mentions\":[");
        let mut first = true;
        for (k, r) in e.mentions.iter().enumerate() {
            // The text of a mention some way ahead, asked for now: in a
            // long text one name's mentions lie far apart, and reading
            // each would otherwise wait on memory.
            if let Some(ahead) = e.mentions.get(k + PREFETCH_AHEAD) {
                prefetch(text.as_bytes(), ahead.start);
            }
            let Some(slice) = text.get(r.clone()) else {
                continue;
            };
            if !first {
                buf.push(b',');
            }
            first = false;
            buf.extend_from_slice(b"{\"start\":");
            json_number(buf, r.start);
            buf.extend_from_slice(b",\"end\":");
            json_number(buf, r.end);
            buf.extend_from_slice(b",\"text\":");
            json_str(buf, slice);
            buf.push(b'}');
            if buf.len() >= 1 << 16 {
                out.write_all(buf)?;
                buf.clear();
            }
        }
        buf.push(b']');
        if let Some(g) = geo.get(i).and_then(Option::as_ref) {
            buf.extend_from_slice(b",\"geo\":");
            serde_json::to_writer(&mut *buf, &JsonGeo::of(g))?;
        }
        buf.push(b'}');
    }
    buf.push(b']');
    Ok(())
}

/// The JSON contract for these documents, one line, with a final newline.
pub fn json(docs: &[(Document, Entities)]) -> String {
    let mut out = Vec::new();
    write_json(docs, &mut out).expect("the report serialises into memory");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// Writes text through [`crate::sanitize::json`] as it comes: the same as
/// sanitising all of it at once. A character cut by the end of one write
/// waits for the next.
struct Sanitised<W: Write> {
    out: W,
    pending: Vec<u8>,
}

impl<W: Write> Sanitised<W> {
    fn new(out: W) -> Self {
        Sanitised {
            out,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for Sanitised<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let joined;
        let bytes = if self.pending.is_empty() {
            buf
        } else {
            let mut j = std::mem::take(&mut self.pending);
            j.extend_from_slice(buf);
            joined = j;
            &joined
        };
        let whole = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) if e.error_len().is_none() => {
                self.pending = bytes[e.valid_up_to()..].to_vec();
                std::str::from_utf8(&bytes[..e.valid_up_to()]).expect("valid up to here")
            }
            Err(e) => return Err(io::Error::new(io::ErrorKind::InvalidData, e)),
        };
        self.out
            .write_all(crate::sanitize::json(whole).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "output ends inside a character",
            ));
        }
        self.out.flush()
    }
}

/// [`json`], written to `out` as it is made (not sanitised), in blocks of
/// about 64 KiB. Written by hand but for the places' `geo` and the pairs of
/// `cooccurrence`, which `serde_json` writes: the shape, key order and
/// escaping are `serde_json`'s either way.
fn write_json(docs: &[(Document, Entities)], out: &mut impl Write) -> io::Result<()> {
    let places: Vec<Vec<Option<Geo>>> = docs
        .iter()
        .map(|(doc, found)| geo::place(&doc.text, found))
        .collect();
    let (send, pairs) = std::sync::mpsc::channel::<Vec<JsonPair>>();
    std::thread::scope(|scope| {
        // Who appears with whom is worked out while the entities are
        // written: on a long text both take a while.
        scope.spawn(move || {
            for (doc, found) in docs {
                let pairs = cooccur::cooccurrence(&doc.paragraphs, found)
                    .into_iter()
                    .map(
                        |Pair {
                             a, b, paragraphs, ..
                         }| JsonPair { a, b, paragraphs },
                    )
                    .collect();
                if send.send(pairs).is_err() {
                    return;
                }
            }
        });
        let mut buf = Vec::with_capacity(1 << 17);
        let written = (|| {
            buf.extend_from_slice(b"{\"documents\":[");
            for (i, ((doc, found), geo)) in docs.iter().zip(&places).enumerate() {
                if i > 0 {
                    buf.push(b',');
                }
                buf.extend_from_slice(b"{\"path\":");
                json_str(&mut buf, &doc.path);
                buf.extend_from_slice(b",\"title\":");
                json_str(&mut buf, &doc.title);
                buf.extend_from_slice(b",\"people\":");
                write_entities(&mut buf, out, &doc.text, &found.people, &[])?;
                buf.extend_from_slice(b",\"places\":");
                write_entities(&mut buf, out, &doc.text, &found.places, geo)?;
                buf.extend_from_slice(b",\"organisations\":");
                write_entities(&mut buf, out, &doc.text, &found.organisations, &[])?;
                buf.extend_from_slice(b",\"cooccurrence\":");
                // The next to arrive, one per document in order.
                let pairs = pairs
                    .recv()
                    .map_err(|_| io::Error::other("a worker thread stopped"))?;
                serde_json::to_writer(&mut buf, &pairs)?;
                buf.push(b'}');
            }
            buf.extend_from_slice(b"]}\n");
            out.write_all(&buf)
        })();
        // A write that failed (a closed pipe) stops the worker too.
        drop(pairs);
        written
    })
}

fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "person",
        Kind::Place => "place",
        Kind::Organisation => "organisation",
    }
}

/// Pad `s` with spaces to `width` terminal columns.
fn pad(s: &str, width: usize) -> String {
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(s.width())));
    out
}

/// A table per document: a header line with the path and title, then one row
/// per entity (people, then places, then organisations): kind, name, mention
/// count, country (of a place the gazetteer placed), aliases.
pub fn table(docs: &[(Document, Entities)]) -> String {
    let mut out = String::new();
    for (i, (doc, found)) in docs.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&doc.path);
        if !doc.title.is_empty() {
            out.push_str(" \u{2014} ");
            out.push_str(&doc.title);
        }
        out.push('\n');
        let geo = geo::place(&doc.text, found);
        let countries = found
            .people
            .iter()
            .map(|_| None)
            .chain(geo.iter().map(Option::as_ref))
            .chain(found.organisations.iter().map(|_| None));
        let rows: Vec<[String; 5]> = found
            .all()
            .zip(countries)
            .map(|(e, geo)| {
                [
                    kind_label(e.kind).to_string(),
                    e.name.clone(),
                    e.mentions.len().to_string(),
                    geo.map(|g| g.country.clone()).unwrap_or_default(),
                    e.aliases.join(", "),
                ]
            })
            .collect();
        if rows.is_empty() {
            out.push_str("  (no people, places or organisations found)\n");
            continue;
        }
        let header = [
            "KIND".to_string(),
            "NAME".to_string(),
            "MENTIONS".to_string(),
            "COUNTRY".to_string(),
            "ALIASES".to_string(),
        ];
        let widths: Vec<usize> = (0..4)
            .map(|c| {
                std::iter::once(&header)
                    .chain(&rows)
                    .map(|r| r[c].width())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in std::iter::once(&header).chain(&rows) {
            let count = &row[2];
            let line = format!(
                "  {}  {}  {}{}  {}  {}",
                pad(&row[0], widths[0]),
                pad(&row[1], widths[1]),
                " ".repeat(widths[2].saturating_sub(count.width())),
                count,
                pad(&row[3], widths[3]),
                row[4]
            );
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

/// What `folio entities` prints for these documents. Names, paths and titles
/// come from files: nothing in them may drive the terminal.
pub fn report(docs: &[(Document, Entities)], json: bool) -> String {
    if json {
        crate::sanitize::json(&self::json(docs)).into_owned()
    } else {
        crate::sanitize::lines(&table(docs)).into_owned()
    }
}

#[cfg(test)]
// Mention lists of one range are meant, not ranges to collect.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    #[test]
    fn json_sanitised_as_written_is_json_sanitised_whole() {
        let json = "{\"a\":\"K\u{e9}m \u{1b}[31m\u{202e} \u{65e5}\u{672c}\"}\n";
        let whole = crate::sanitize::json(json).into_owned();
        for cut in 0..=json.len() {
            let mut out = Sanitised::new(Vec::new());
            out.write_all(&json.as_bytes()[..cut]).unwrap();
            out.write_all(&json.as_bytes()[cut..]).unwrap();
            out.flush().unwrap();
            assert_eq!(String::from_utf8(out.out).unwrap(), whole, "cut at {cut}");
        }
    }

    fn sample() -> Vec<(Document, Entities)> {
        let doc = Document::from_text("a.txt", "Talks\n\n“Kim’s” visit to the U.S.", false);
        let person = Entity {
            kind: Kind::Person,
            name: "Kim".into(),
            aliases: vec![],
            mentions: vec![10..13],
        };
        let place = Entity {
            kind: Kind::Place,
            name: "United States".into(),
            aliases: vec!["U.S.".into()],
            mentions: vec![34..38],
        };
        let organisation = Entity {
            kind: Kind::Organisation,
            name: "Talks".into(),
            aliases: vec![],
            mentions: vec![0..5],
        };
        let found = Entities {
            people: vec![person],
            places: vec![place],
            organisations: vec![organisation],
        };
        let empty = Document::from_text("empty.txt", "", false);
        vec![(doc, found), (empty, Entities::default())]
    }

    #[test]
    fn json_follows_the_contract() {
        let docs = sample();
        let value: serde_json::Value = serde_json::from_str(&json(&docs)).unwrap();
        let expected = serde_json::json!({"documents": [
            {"path": "a.txt", "title": "Talks",
             "people": [{"name": "Kim", "aliases": [],
                         "mentions": [{"start": 10, "end": 13, "text": "Kim"}]}],
             "places": [{"name": "United States", "aliases": ["U.S."],
                         "mentions": [{"start": 34, "end": 38, "text": "U.S."}],
                         "geo": {"lat": 38.9, "lon": -77.04, "country": "US"}}],
             "organisations": [{"name": "Talks", "aliases": [],
                         "mentions": [{"start": 0, "end": 5, "text": "Talks"}]}],
             "cooccurrence": []},
            {"path": "empty.txt", "title": "", "people": [], "places": [], "organisations": [],
             "cooccurrence": []}
        ]});
        assert_eq!(value, expected);
    }

    #[test]
    fn json_places_what_it_can_and_pairs_what_shares_paragraphs() {
        let text = "Paris and Xyzzyland.\n\nXyzzyland, then Paris.\n";
        let doc = Document::from_text("p.txt", text, false);
        let place = |name: &str| Entity {
            kind: Kind::Place,
            name: name.into(),
            aliases: vec![],
            mentions: text
                .match_indices(name)
                .map(|(at, _)| at..at + name.len())
                .collect(),
        };
        let found = Entities {
            places: vec![place("Paris"), place("Xyzzyland")],
            ..Entities::default()
        };
        let out = json(&[(doc, found)]);
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        let places = &value["documents"][0]["places"];
        assert_eq!(
            places[0]["geo"],
            serde_json::json!({"lat": 48.85, "lon": 2.35, "country": "FR"})
        );
        assert!(places[1].get("geo").is_none(), "{out}");
        assert_eq!(
            value["documents"][0]["cooccurrence"],
            serde_json::json!([{"a": "Paris", "b": "Xyzzyland", "paragraphs": 2}])
        );
        // The keys keep their order; the new ones come last.
        let at = |key: &str| out.find(&format!("\"{key}\":")).unwrap();
        let keys = [
            "path",
            "title",
            "people",
            "places",
            "organisations",
            "cooccurrence",
        ];
        assert!(keys.windows(2).all(|w| at(w[0]) < at(w[1])), "{out}");
        assert!(at("mentions") < at("geo"), "{out}");
    }

    /// The report as `serde_json` writes it from derived structs: what the
    /// hand-written mentions must equal, byte for byte.
    fn json_by_serde(docs: &[(Document, Entities)]) -> String {
        #[derive(Serialize)]
        struct Report<'a> {
            documents: Vec<Doc<'a>>,
        }
        #[derive(Serialize)]
        struct Doc<'a> {
            path: &'a str,
            title: &'a str,
            people: Vec<Ent<'a>>,
            places: Vec<Ent<'a>>,
            organisations: Vec<Ent<'a>>,
            cooccurrence: Vec<JsonPair>,
        }
        #[derive(Serialize)]
        struct Ent<'a> {
            name: &'a str,
            aliases: &'a [String],
            mentions: Vec<Mention<'a>>,
            #[serde(skip_serializing_if = "Option::is_none")]
            geo: Option<JsonGeo<'a>>,
        }
        #[derive(Serialize)]
        struct Mention<'a> {
            start: usize,
            end: usize,
            text: &'a str,
        }
        fn ents<'a>(text: &'a str, list: &'a [Entity], geo: &'a [Option<Geo>]) -> Vec<Ent<'a>> {
            list.iter()
                .enumerate()
                .map(|(i, e)| Ent {
                    name: &e.name,
                    aliases: &e.aliases,
                    mentions: e
                        .mentions
                        .iter()
                        .filter_map(|r| {
                            text.get(r.clone()).map(|t| Mention {
                                start: r.start,
                                end: r.end,
                                text: t,
                            })
                        })
                        .collect(),
                    geo: geo.get(i).and_then(Option::as_ref).map(JsonGeo::of),
                })
                .collect()
        }
        let geo: Vec<Vec<Option<Geo>>> = docs.iter().map(|(d, f)| geo::place(&d.text, f)).collect();
        let report = Report {
            documents: docs
                .iter()
                .zip(&geo)
                .map(|((doc, found), geo)| Doc {
                    path: &doc.path,
                    title: &doc.title,
                    people: ents(&doc.text, &found.people, &[]),
                    places: ents(&doc.text, &found.places, geo),
                    organisations: ents(&doc.text, &found.organisations, &[]),
                    cooccurrence: cooccur::cooccurrence(&doc.paragraphs, found)
                        .into_iter()
                        .map(|p| JsonPair {
                            a: p.a,
                            b: p.b,
                            paragraphs: p.paragraphs,
                        })
                        .collect(),
                })
                .collect(),
        };
        serde_json::to_string(&report).unwrap() + "\n"
    }

    #[test]
    fn json_is_written_as_serde_json_writes_it() {
        assert_eq!(json(&sample()), json_by_serde(&sample()));
        assert_eq!(json(&[]), json_by_serde(&[]));
        let text = "Ann \"Q\\\" Lee\u{1}\tof\u{1f} Paris\u{7f}, \u{e9}t\u{e9} in Paris and Lyon.\n\nParis, Lyon.";
        let doc = Document::from_text("q\"\u{8}.txt", text, false);
        let at = |w: &str| text.match_indices(w).map(|(i, _)| i..i + w.len()).collect();
        let found = Entities {
            people: vec![Entity {
                kind: Kind::Person,
                name: "Ann \"Q\\\" Lee\u{1}".into(),
                aliases: vec!["\u{c}x".into(), "y\r".into()],
                mentions: vec![0..14, 1..2, 999..1000],
            }],
            places: vec![
                Entity {
                    kind: Kind::Place,
                    name: "Paris".into(),
                    aliases: vec![],
                    mentions: at("Paris"),
                },
                Entity {
                    kind: Kind::Place,
                    name: "Lyon".into(),
                    aliases: vec![],
                    // A first mention that is no slice of the text is left
                    // out, and so is the comma after it.
                    mentions: [vec![999..1000], at("Lyon")].concat(),
                },
            ],
            organisations: vec![],
        };
        let docs = [(doc, found)];
        assert_eq!(json(&docs), json_by_serde(&docs));
        // Long enough to be written out in several blocks.
        let long = "Paris. ".repeat(30_000);
        let doc = Document::from_text("long.txt", &long, false);
        let found = Entities {
            places: vec![Entity {
                kind: Kind::Place,
                name: "Paris".into(),
                aliases: vec![],
                mentions: long.match_indices("Paris").map(|(i, _)| i..i + 5).collect(),
            }],
            ..Entities::default()
        };
        let docs = [(doc, found)];
        assert_eq!(json(&docs), json_by_serde(&docs));
    }

    proptest::proptest! {
        #[test]
        fn json_strings_are_escaped_as_serde_json_escapes_them(s in "\\PC*|[\\x00-\\x20\"\\\\a\u{7f}\u{e9}\u{2028}]{0,12}") {
            let mut buf = Vec::new();
            json_str(&mut buf, &s);
            proptest::prop_assert_eq!(String::from_utf8(buf).unwrap(), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn a_byte_to_escape_is_found_wherever_it_is(
            s in "[a-z\u{e9}\u{4e2d}]{0,20}",
            at in 0usize..24,
            b in proptest::sample::select(vec![0u8, 0x1f, b'"', b'\\', b' ', b'!', b'#', b'[', b']', 0x7f]),
        ) {
            let mut bytes = s.into_bytes();
            let at = at.min(bytes.len());
            bytes.insert(at, b);
            let want = bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
            proptest::prop_assert_eq!(needs_escape(&bytes), want);
        }

        #[test]
        fn numbers_are_written_in_decimal(n: usize) {
            let mut buf = Vec::new();
            json_number(&mut buf, n);
            proptest::prop_assert_eq!(String::from_utf8(buf).unwrap(), n.to_string());
        }
    }

    #[test]
    fn json_of_nothing_is_valid() {
        let value: serde_json::Value = serde_json::from_str(&json(&[])).unwrap();
        assert_eq!(value, serde_json::json!({"documents": []}));
    }

    #[test]
    fn table_has_a_header_and_a_row_per_entity() {
        let out = table(&sample());
        assert_eq!(
            out,
            "a.txt \u{2014} Talks\n\
             \x20 KIND          NAME           MENTIONS  COUNTRY  ALIASES\n\
             \x20 person        Kim                   1\n\
             \x20 place         United States         1  US       U.S.\n\
             \x20 organisation  Talks                 1\n\
             \n\
             empty.txt\n\
             \x20 (no people, places or organisations found)\n"
        );
    }
}
