//! The real reader in a pseudo-terminal, with its bookmark and position
//! stores in the way: files that are not regular files, and a lock another
//! process holds. It must show the first page at once and never hang.

mod common;

use std::fs;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Session, hold_lock};

#[cfg(unix)]
#[test]
fn fifos_as_stores_do_not_hang_the_reader() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    let state = home.path().join("state");
    for (dir, name) in [(&config, "bookmarks.json"), (&state, "positions.json")] {
        fs::create_dir_all(dir).unwrap();
        let status = Command::new("mkfifo").arg(dir.join(name)).status().unwrap();
        assert!(status.success());
    }
    let env = [
        ("FOLIO_CONFIG_DIR", config.to_str().unwrap()),
        ("FOLIO_STATE_DIR", state.to_str().unwrap()),
    ];
    let mut s = Session::start(&[], &env, 200, 30);
    s.wait_for("Page 1/");
    // Bookmarks are kept for the session, and the bookmark list says so.
    s.send("b");
    s.wait_for("Note");
    s.send("x\r");
    s.send("B");
    s.wait_for("Bookmarks: this document (1)");
    s.wait_for("not saved: bookmarks are kept for this session only");
    s.send("B");
    s.send(" "); // move, so that the position is saved on the way out
    s.wait_for("Page 2/");
    s.send("q");
    assert!(s.wait_exit(), "quits with success all the same");
    for (dir, name) in [(&config, "bookmarks.json"), (&state, "positions.json")] {
        use std::os::unix::fs::FileTypeExt;
        let meta = fs::symlink_metadata(dir.join(name)).unwrap();
        assert!(meta.file_type().is_fifo(), "{name} left as it is");
    }
}

#[test]
fn a_held_lock_makes_the_reader_read_only_at_once() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    let state = home.path().join("state");
    let lock = config.join("bookmarks.lock");
    let _held = hold_lock(&lock);
    let _held_positions = hold_lock(&state.join("positions.lock"));
    let env = [
        ("FOLIO_CONFIG_DIR", config.to_str().unwrap()),
        ("FOLIO_STATE_DIR", state.to_str().unwrap()),
    ];
    let start = Instant::now();
    let mut s = Session::start(&[], &env, 200, 30);
    s.wait_for("Page 1/");
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "the first page took {:?}",
        start.elapsed()
    );
    // The bookmark list says why nothing can be saved.
    s.send("B");
    s.wait_for("not saved: bookmarks are read-only: another folio process");
    s.send("B");
    // A bookmark is refused at once, saying why.
    s.send("b");
    s.wait_for("Note");
    s.send("x\r");
    s.wait_for(&format!(
        "not bookmarked: bookmarks are locked: another folio process (pid {})",
        std::process::id()
    ));
    s.send(" ");
    s.wait_for("Page 2/");
    let start = Instant::now();
    s.send("q");
    assert!(s.wait_exit());
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "quitting took {:?}",
        start.elapsed()
    );
    assert!(!config.join("bookmarks.json").exists(), "nothing was saved");
}
