//! The real binary: bookmark a passage with a note, quit, start again and find
//! it in the bookmark list; the reading position is remembered too.

mod common;

use common::Session;

#[test]
fn bookmark_survives_a_restart() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    let state = home.path().join("state");
    let env = [
        ("FOLIO_CONFIG_DIR", config.to_str().unwrap()),
        ("FOLIO_STATE_DIR", state.to_str().unwrap()),
    ];

    let mut s = Session::start(&[], &env, 100, 30);
    s.wait_for("Page 1/");
    s.send(" "); // to page 2
    s.wait_for("Page 2/");
    s.send("}"); // the next paragraph
    s.send("b");
    s.wait_for("Note");
    s.send("remember this\r");
    s.wait_for("Bookmarked");
    s.send("q");
    assert!(s.wait_exit());
    let saved = std::fs::read_to_string(config.join("bookmarks.json")).unwrap();
    assert!(saved.contains("remember this"));

    let mut s = Session::start(&[], &env, 100, 30);
    s.wait_for("Page 2/"); // the reading position came back
    s.send("g");
    s.wait_for("Page 1/");
    s.send("B");
    s.wait_for("Bookmarks: this document (1)");
    s.wait_for("remember this");
    s.send("\r"); // jump to it
    s.wait_for("Page 2/");
    s.send("q");
    assert!(s.wait_exit());
}
