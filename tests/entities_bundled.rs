//! The people and places of the bundled article, and the offsets that
//! `folio entities --json` prints.
//!
//! Every expected value below was read off `seeds/kim-jong-un-beijing.txt`:
//! mention counts are the times the article names the referent (possessives
//! included, demonyms such as "North Korean" and the organisation "New China
//! News Agency" not). "the North" (line 29) is not a named place.
//!
//! Named places: the twelve below marked `required`. "Korean peninsula" is
//! written as a description (lower-case "peninsula"), so it is accepted but not
//! required; when found it must be exactly as listed.

use std::fs;
use std::io::Read;
use std::process::{Command, Stdio};

use folio::document::{self, Document};
use folio::entities::{self, Entities, Entity, Kind};
use serde_json::Value;

struct Expected {
    name: &'static str,
    aliases: &'static [&'static str],
    mentions: usize,
    required: bool,
}

const fn one(name: &'static str, aliases: &'static [&'static str], mentions: usize) -> Expected {
    Expected {
        name,
        aliases,
        mentions,
        required: true,
    }
}

/// In order of first mention.
const PEOPLE: &[Expected] = &[
    one("Kim Jong Un", &["Kim"], 14),
    one("Xi Jinping", &["Xi"], 7),
    one("Trump", &[], 2),
    one("Ri Sol-ju", &[], 1),
    one("Peng Liyuan", &[], 1),
    one("Li Keqiang", &[], 1),
    one("Wang Huning", &[], 1),
    one("Wang Qishan", &[], 1),
    one("Kim Yo Jong", &[], 1),
    one("Go Myung-Hyun", &["Go Myung-hyun"], 2),
    one("Kim Il Sung", &[], 1),
    one("Kim Jong Il", &[], 1),
];

/// In order of first mention.
const PLACES: &[Expected] = &[
    one("China", &[], 9),
    one(
        "North Korea",
        &["Democratic People\u{2019}s Republic of Korea", "DPRK"],
        11,
    ),
    one("Beijing", &[], 7),
    one("Beijing Railway Station", &[], 2),
    one("United States", &["U.S."], 6),
    one("South Korea", &[], 4),
    Expected {
        name: "Korean peninsula",
        aliases: &[],
        mentions: 1,
        required: false,
    },
    one("Great Hall of the People", &[], 1),
    one("Pyongyang", &[], 1),
    one("Seoul", &[], 1),
    one("Dandong", &[], 1),
    one("Tiananmen Square", &[], 1),
    one("Asia", &[], 1),
];

fn bundled() -> (Document, Entities) {
    let doc = document::bundled().remove(0);
    let found = entities::extract(&doc.text);
    (doc, found)
}

fn describe(entities: &[Entity]) -> String {
    entities
        .iter()
        .map(|e| format!("{} {:?} {}", e.name, e.aliases, e.mentions.len()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Compare found entities with the expected list: every required entry, in
/// order, with its aliases and count; optional ones exactly when present;
/// nothing else.
fn check(kind: Kind, found: &[Entity], expected: &[Expected]) -> Vec<String> {
    let mut problems = Vec::new();
    for e in found {
        if e.kind != kind {
            problems.push(format!(
                "{} is a {:?}, listed with {kind:?}s",
                e.name, e.kind
            ));
        }
        match expected.iter().find(|x| x.name == e.name) {
            None => problems.push(format!("unexpected {kind:?} {:?}", e.name)),
            Some(x) => {
                if e.aliases != x.aliases {
                    problems.push(format!(
                        "{}: aliases {:?}, expected {:?}",
                        e.name, e.aliases, x.aliases
                    ));
                }
                if e.mentions.len() != x.mentions {
                    problems.push(format!(
                        "{}: {} mentions, expected {}",
                        e.name,
                        e.mentions.len(),
                        x.mentions
                    ));
                }
            }
        }
    }
    for x in expected.iter().filter(|x| x.required) {
        if !found.iter().any(|e| e.name == x.name) {
            problems.push(format!("missing {kind:?} {:?}", x.name));
        }
    }
    let order: Vec<&str> = expected
        .iter()
        .map(|x| x.name)
        .filter(|n| found.iter().any(|e| e.name == *n))
        .collect();
    let found_order: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
    if problems.is_empty() && order != found_order {
        problems.push(format!("order {found_order:?}, expected {order:?}"));
    }
    problems
}

#[test]
fn bundled_article_people_and_places() {
    let (_, found) = bundled();
    let mut problems = check(Kind::Person, &found.people, PEOPLE);
    problems.extend(check(Kind::Place, &found.places, PLACES));
    assert!(
        problems.is_empty(),
        "{}\n\nfound people:\n{}\n\nfound places:\n{}",
        problems.join("\n"),
        describe(&found.people),
        describe(&found.places)
    );
}

#[test]
fn bundled_mentions_cover_the_name_only() {
    let (doc, found) = bundled();
    for e in found.people.iter().chain(&found.places) {
        let mut last_end = 0;
        for r in &e.mentions {
            let text = &doc.text[r.clone()];
            assert!(
                text == e.name || e.aliases.iter().any(|a| a == text),
                "{}: mention {text:?} is neither its name nor an alias",
                e.name
            );
            assert!(r.start >= last_end, "{}: mentions out of order", e.name);
            last_end = r.end;
        }
    }
    // Every "Kim" of the article outside the other Kims' full names is Kim Jong Un,
    // possessives ("Kim’s sister Kim Yo Jong") included, and covers "Kim" alone.
    let others = ["Kim Yo Jong", "Kim Il Sung", "Kim Jong Il"];
    let mut expected = Vec::new();
    for (at, _) in doc.text.match_indices("Kim") {
        let rest = &doc.text[at..];
        if others.iter().any(|o| rest.starts_with(o)) {
            continue;
        }
        let len = if rest.starts_with("Kim Jong Un") {
            11
        } else {
            3
        };
        expected.push(at..at + len);
    }
    let kim = found.people.iter().find(|e| e.name == "Kim Jong Un");
    assert_eq!(kim.map(|e| e.mentions.clone()), Some(expected));
    // No title, "the", possessive or punctuation in any mention.
    for e in found.people.iter().chain(&found.places) {
        for r in &e.mentions {
            let text = &doc.text[r.clone()];
            for prefix in ["President", "Premier", "Vice", "the ", "The "] {
                assert!(!text.starts_with(prefix), "{text}");
            }
            assert!(
                !text.ends_with("\u{2019}s") && !text.ends_with(','),
                "{text}"
            );
        }
    }
}

/// Spans a loose tagger might give for the article, noise included: titles,
/// possessives, "the", demonyms, organisations, an event and "the North".
const HAND_MARKED: &[(&str, Kind)] = &[
    ("North Korean leader Kim Jong Un", Kind::Person),
    ("Chinese President Xi Jinping", Kind::Person),
    ("Kim Jong Un\u{2019}s", Kind::Person),
    ("Kim Jong Un", Kind::Person),
    ("Kim Yo Jong", Kind::Person),
    ("Kim Il Sung", Kind::Person),
    ("Kim Jong Il", Kind::Person),
    ("Kim\u{2019}s", Kind::Person),
    ("Kim", Kind::Person),
    ("Xi Jinping", Kind::Person),
    ("Xi", Kind::Person),
    ("President Trump", Kind::Person),
    ("Trump", Kind::Person),
    ("Ri Sol-ju", Kind::Person),
    ("Peng Liyuan", Kind::Person),
    ("Premier Li Keqiang", Kind::Person),
    (
        "Politburo Standing Committee member Wang Huning",
        Kind::Person,
    ),
    ("Vice President Wang Qishan", Kind::Person),
    ("Go Myung-Hyun", Kind::Person),
    ("Go Myung-hyun", Kind::Person),
    ("New China News Agency", Kind::Person),
    ("Asan Institute for Policy Studies", Kind::Place),
    ("Associated Press", Kind::Person),
    ("Winter Olympics", Kind::Place),
    ("President", Kind::Person),
    ("North Korean", Kind::Place),
    ("South Korean", Kind::Place),
    ("Chinese", Kind::Place),
    ("Japanese", Kind::Place),
    ("North Korea\u{2019}s", Kind::Place),
    ("North Korea", Kind::Place),
    ("the North", Kind::Place),
    ("Democratic People\u{2019}s Republic of Korea", Kind::Place),
    ("the DPRK", Kind::Place),
    ("China\u{2019}s", Kind::Place),
    ("China", Kind::Place),
    ("Beijing Railway Station", Kind::Place),
    ("Beijing", Kind::Place),
    ("the United States", Kind::Place),
    ("the U.S.", Kind::Place),
    ("South Korea.", Kind::Place),
    ("South Korea", Kind::Place),
    ("the Korean peninsula", Kind::Place),
    ("Great Hall of the People", Kind::Place),
    ("Pyongyang\u{2019}s", Kind::Place),
    ("Seoul.", Kind::Place),
    ("Dandong", Kind::Place),
    ("Tiananmen Square", Kind::Place),
    ("Asia", Kind::Place),
    ("U.N.", Kind::Place),
];

/// Every whole-word occurrence of the hand-marked phrases, the first listed
/// winning where several start at the same place.
fn hand_marked(text: &str) -> Vec<(std::ops::Range<usize>, Kind)> {
    let mut spans = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let before = text[..at].chars().next_back();
        let boundary = before.is_none_or(|c| !c.is_alphanumeric());
        let found = HAND_MARKED.iter().find(|(phrase, _)| {
            text[at..].starts_with(phrase)
                && text[at + phrase.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        });
        match found {
            Some((phrase, kind)) if boundary => {
                spans.push((at..at + phrase.len(), *kind));
                at += phrase.len();
            }
            _ => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    spans
}

#[test]
fn linking_hand_marked_spans_of_the_bundled_article() {
    // The linker alone, on spans that do not depend on the tagger's model;
    // here "Korean peninsula" is marked, so it must be found.
    let doc = document::bundled().remove(0);
    let found = entities::link::link_spans(&doc.text, hand_marked(&doc.text));
    let mut problems = check(Kind::Person, &found.people, PEOPLE);
    problems.extend(check(Kind::Place, &found.places, PLACES));
    if !found.places.iter().any(|p| p.name == "Korean peninsula") {
        problems.push("missing Korean peninsula".into());
    }
    assert!(
        problems.is_empty(),
        "{}\n\nfound people:\n{}\n\nfound places:\n{}",
        problems.join("\n"),
        describe(&found.people),
        describe(&found.places)
    );
}

/// Run `folio ARGS` and return its standard output.
fn folio(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .output()
        .expect("folio runs");
    assert!(
        out.status.success(),
        "folio {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Every mention of every document in `json` slices its text out of `texts`
/// (one per document), and the count of mentions checked.
fn check_offsets(json: &str, texts: &[&str]) -> usize {
    let value: Value = serde_json::from_str(json).expect("valid JSON");
    let docs = value["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), texts.len());
    let mut checked = 0;
    for (doc, text) in docs.iter().zip(texts) {
        for list in ["people", "places"] {
            for entity in doc[list].as_array().expect(list) {
                assert!(entity["name"].is_string() && entity["aliases"].is_array());
                let mut last_end = 0;
                for m in entity["mentions"].as_array().expect("mentions") {
                    let start = m["start"].as_u64().expect("start") as usize;
                    let end = m["end"].as_u64().expect("end") as usize;
                    let slice = text
                        .get(start..end)
                        .expect("offsets on character boundaries");
                    assert_eq!(m["text"].as_str(), Some(slice));
                    assert!(start >= last_end, "mentions in text order");
                    last_end = end;
                    checked += 1;
                }
            }
        }
    }
    checked
}

#[test]
fn json_offsets_slice_the_bundled_file() {
    let file = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/kim-jong-un-beijing.txt"
    ))
    .expect("the bundled article");
    let json = folio(&["entities", "--json"]);
    // The other bundled documents are rendered: their offsets index the
    // rendered text.
    let docs = folio::document::bundled();
    assert_eq!(docs[0].text.as_str(), file);
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    assert!(check_offsets(&json, &texts) > 80);
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value["documents"][0]["path"],
        "seeds/kim-jong-un-beijing.txt"
    );
    assert_eq!(
        value["documents"][0]["title"],
        "China confirms that North Korea\u{2019}s Kim Jong Un was in Beijing for talks with Xi Jinping"
    );
}

/// Curly quotes, CJK, emoji and combining marks before and between names: the
/// offsets are bytes, not characters.
const AWKWARD: &str = "Caf\u{e9}s \u{1f600} and \u{4e2d}\u{6587} headline\n\n\
    \u{201c}I think,\u{201d} said Go Myung-hyun \u{1f30f}, \u{201c}President Xi Jinping\u{2019}s \
    visit to Pyongyang matters.\u{201d} Kim Jong Un\u{2019}s sister Kim Yo Jong went to \
    Seoul \u{2014} and to the U.S. \u{2014} while \u{5317}\u{4eac} watched. Jose\u{301} \
    Mari\u{301}a met Xi in Beijing \u{1f1f0}\u{1f1f7}.\n";

#[test]
fn json_offsets_slice_an_awkward_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("awkward.txt");
    fs::write(&path, AWKWARD).unwrap();
    let path = path.to_str().unwrap();
    let json = folio(&["entities", "--json", path]);
    assert!(
        check_offsets(&json, &[AWKWARD]) > 0,
        "no mentions found in {json}"
    );
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["documents"][0]["path"], path);
}

#[test]
fn json_offsets_are_into_the_normalised_text() {
    // CRLF, a BOM and tabs are normalised on loading; offsets then point into
    // the normalised text, not the file's bytes.
    let raw = format!(
        "\u{feff}{}",
        AWKWARD.replace('\n', "\r\n").replace(" said", "\tsaid")
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crlf.txt");
    fs::write(&path, &raw).unwrap();
    let json = folio(&["entities", "--json", path.to_str().unwrap()]);
    let normalised = document::normalise(&raw);
    assert!(check_offsets(&json, &[&normalised]) > 0);
}

#[test]
fn empty_documents_give_valid_json_and_a_table() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    let blank = dir.path().join("blank.txt");
    fs::write(&empty, "").unwrap();
    fs::write(&blank, "\n\n   \n").unwrap();
    let (empty, blank) = (empty.to_str().unwrap(), blank.to_str().unwrap());
    let json = folio(&["entities", "--json", empty, blank]);
    let value: Value = serde_json::from_str(&json).unwrap();
    for (i, path) in [empty, blank].iter().enumerate() {
        let doc = &value["documents"][i];
        assert_eq!(doc["path"], *path);
        assert_eq!(doc["title"], "");
        assert_eq!(doc["people"], Value::Array(vec![]));
        assert_eq!(doc["places"], Value::Array(vec![]));
        assert_eq!(doc["organisations"], Value::Array(vec![]));
    }
    let table = folio(&["entities", empty]);
    assert_eq!(
        table,
        format!("{empty}\n  (no people, places or organisations found)\n")
    );
}

#[test]
fn plain_output_is_a_table_per_document() {
    let out = folio(&["entities"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(
            "seeds/kim-jong-un-beijing.txt \u{2014} China confirms that North Korea\u{2019}s Kim \
             Jong Un was in Beijing for talks with Xi Jinping"
        )
    );
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["KIND", "NAME", "MENTIONS", "COUNTRY", "ALIASES"]);
    let kim = lines
        .clone()
        .find(|l| l.contains("Kim Jong Un"))
        .expect("a row for Kim Jong Un");
    let cells: Vec<&str> = kim.split_whitespace().collect();
    assert_eq!(cells, ["person", "Kim", "Jong", "Un", "14", "Kim"]);
    // The first document's table ends at a blank line.
    let kinds: Vec<&str> = lines
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert!(
        kinds
            .iter()
            .all(|k| ["person", "place", "organisation"].contains(k)),
        "{kinds:?}"
    );
    // People, then places, then organisations.
    let rank = |k: &&str| {
        ["person", "place", "organisation"]
            .iter()
            .position(|x| x == k)
    };
    assert!(
        kinds.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])),
        "{kinds:?}"
    );
}

#[test]
fn a_closed_pipe_ends_output_quietly() {
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/kim-jong-un-beijing.txt");
    // Far more output than a pipe buffers.
    let args: Vec<&str> = std::iter::once("entities")
        .chain(std::iter::repeat_n(seed, 600))
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
