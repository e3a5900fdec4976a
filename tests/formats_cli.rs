//! Markup formats on the command line: rendered pages, entities over the
//! rendered text, the raw source, sniffing standard input, and `--format`.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn folio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .output()
        .expect("run folio")
}

fn folio_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run folio");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn text(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

const NOTES: &str = "---\ntitle: Talks\n---\n\n# Kim in *Beijing*\n\n**Kim Jong Un** met Xi Jinping in [Beijing](https://example.org).\n\n- Angela Merkel waited in Seoul.\n";

fn notes_file() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.md");
    std::fs::write(&path, NOTES).unwrap();
    (dir, path.to_string_lossy().into_owned())
}

#[test]
fn a_markdown_page_is_printed_rendered_and_raw_on_request() {
    let (_dir, path) = notes_file();
    let page = text(&folio(&["page", &path, "--width", "40", "--height", "8"]));
    assert_eq!(
        page,
        "Kim in Beijing\n\
         ────────────────────────────────────────\n\
         Kim Jong Un met Xi Jinping in Beijing.\n\
         \n\
         • Angela Merkel waited in Seoul.\n"
    );
    let raw = text(&folio(&["page", &path, "--raw", "--height", "3"]));
    assert_eq!(raw, "---\ntitle: Talks\n---\n");
    let forced = text(&folio(&[
        "page", &path, "--format", "text", "--height", "3",
    ]));
    assert_eq!(forced, raw);
}

#[test]
fn entity_offsets_index_the_rendered_text() {
    let (_dir, path) = notes_file();
    let json = text(&folio(&["entities", "--json", &path]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let doc = &v["documents"][0];
    assert_eq!(doc["title"], "Talks");
    // The rendered text, as `folio page` lays it out at a width that wraps
    // nothing: paragraphs parted by blank rows, the rule under the heading.
    let page = text(&folio(&["page", &path, "--width", "200", "--height", "50"]));
    let rendered = page.replacen(&format!("{}\n", "─".repeat(200)), "\n", 1);
    let rendered = rendered.trim_end();
    let mut seen = 0;
    for kind in ["people", "places"] {
        for e in doc[kind].as_array().unwrap() {
            for m in e["mentions"].as_array().unwrap() {
                let (s, t) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(&rendered[s..t], m["text"].as_str().unwrap());
                seen += 1;
            }
        }
    }
    assert!(seen >= 5, "{json}");
    let names: Vec<&str> = doc["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Kim Jong Un") && names.contains(&"Angela Merkel"),
        "{names:?}"
    );
    assert!(!json.contains("**") && !json.contains("](https"));
}

#[test]
fn standard_input_is_sniffed() {
    let out = folio_stdin(&["page", "-", "--height", "3"], NOTES.as_bytes());
    assert!(text(&out).starts_with("Kim in Beijing\n"));
    // A web page on standard input is rendered too.
    let page = b"<!DOCTYPE html><html><head><title>Talks | Example</title></head><body>\
        <nav><a href=\"/\">Home menu</a></nav><article><h1>Talks</h1>\
        <p>Angela Merkel met Emmanuel Macron in Paris on Tuesday, aides said.</p>\
        <p>The two leaders talked about the budget over a long lunch at the palace.</p>\
        <p>Officials in Berlin said the talks had been friendly and would go on.</p>\
        </article></body></html>";
    let out = text(&folio_stdin(&["page", "-", "--height", "5"], page));
    assert!(out.starts_with("Talks\n"), "{out}");
    assert!(
        out.contains("Angela Merkel met Emmanuel Macron") && !out.contains('<'),
        "{out}"
    );
    assert!(!out.contains("Home menu"), "{out}");
    // Plain text that only mentions markup stays text.
    let plain = "The <html> tag and # signs stay.\n";
    let out = folio_stdin(&["page", "-", "--height", "1"], plain.as_bytes());
    assert_eq!(text(&out), plain);
}

#[test]
fn an_unknown_format_is_refused_with_the_list() {
    let (_dir, path) = notes_file();
    let out = folio(&["page", &path, "--format", "pdf"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("text, markdown, html, epub"), "{err}");
}
