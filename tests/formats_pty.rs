//! The real binary on an EPUB: page to the second chapter, find it in the
//! contents too, and bookmark a passage there.

mod common;

use common::Session;

#[test]
fn an_epub_is_paged_to_chapter_two_and_a_passage_there_is_bookmarked() {
    let book = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/sample-book.epub");
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    let state = home.path().join("state");
    let env = [
        ("FOLIO_CONFIG_DIR", config.to_str().unwrap()),
        ("FOLIO_STATE_DIR", state.to_str().unwrap()),
    ];
    let mut s = Session::start(&[book], &env, 100, 16);
    s.wait_for("Three Letters from the Danube");
    s.wait_for("Vienna");
    // Page on until the second chapter's text is on screen.
    let mut pages = 0;
    while !s.screen().contains("Budapest at night") {
        pages += 1;
        assert!(
            pages < 10,
            "no second chapter after {pages} pages:\n{}",
            s.screen()
        );
        s.send(" ");
        s.wait_for(&format!("Page {}/", pages + 1));
    }
    // The contents list the chapters and go to the second.
    s.send("g");
    s.wait_for("Page 1/");
    s.send("t");
    s.wait_for("Contents");
    s.wait_for("Budapest");
    s.send("j\r");
    s.wait_for("Dear Clara, Budapest at night");
    // Bookmark the chapter's first paragraph.
    s.send("}");
    s.send("b");
    s.wait_for("Note");
    s.send("the lights\r");
    s.wait_for("Bookmarked");
    s.send("q");
    assert!(s.wait_exit());
    let saved = std::fs::read_to_string(config.join("bookmarks.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&saved).unwrap();
    let b = &v["bookmarks"][0];
    assert_eq!(b["note"], "the lights");
    let anchored = b.to_string();
    assert!(anchored.contains("Budapest at night"), "{anchored}");
}
