//! The real binary in a pseudo-terminal: page, then quit cleanly.

mod common;

use common::Session;

#[test]
fn pages_forward_and_quits_cleanly() {
    let mut s = Session::start(&[], &[], 100, 30);
    s.wait_for("Page 1/");
    s.wait_for("China confirms that North Korea");
    s.send(" ");
    s.wait_for("Page 2/");
    s.send("\x1b[5~"); // PageUp
    s.wait_for("Page 1/");
    s.send("G");
    // The last page: the status bar says Page N/N, the same number twice.
    s.wait_for("Page ");
    let last_page = |s: &Session| {
        let screen = s.screen();
        let status = screen.lines().last().unwrap_or("").to_string();
        let at = status.find("Page ").map(|i| &status[i + 5..]).unwrap_or("");
        let page: String = at.split_whitespace().next().unwrap_or("").to_string();
        page.split_once('/')
            .is_some_and(|(n, m)| n == m && n.parse::<usize>().is_ok_and(|n| n > 1))
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !last_page(&s) {
        assert!(
            std::time::Instant::now() < deadline,
            "G did not reach the last page:\n{}",
            s.screen()
        );
        s.settle(std::time::Duration::from_millis(50));
    }
    s.send("q");
    assert!(s.wait_exit(), "q exits with success");
    let raw = String::from_utf8_lossy(&s.raw);
    assert!(raw.contains("\x1b[?1049l"), "the alternate screen is left");
    assert!(raw.contains("\x1b[?25h"), "the cursor is shown again");
}

#[test]
fn reads_the_article_from_standard_input() {
    // `folio -` with a pipe: keys still come from the terminal.
    let script = format!(
        "printf 'Piped title\\n\\nThe body of a piped article.\\n' | {} -",
        env!("CARGO_BIN_EXE_folio")
    );
    let mut s = Session::start_shell(&script, 80, 24);
    s.wait_for("Piped title");
    s.wait_for("Page 1/1");
    s.send("q");
    assert!(s.wait_exit());
}

#[test]
fn a_corrupt_bookmarks_file_is_reported_on_the_first_screen() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("bookmarks.json"), "{ not json").unwrap();
    let env = [("FOLIO_CONFIG_DIR", config.to_str().unwrap())];
    let mut s = Session::start(&[], &env, 120, 30);
    s.wait_for("Page 1/");
    s.wait_for("corrupt");
    s.send("q");
    assert!(s.wait_exit());
}
