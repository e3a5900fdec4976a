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
    let (_, last) = {
        let screen = s.screen();
        let status = screen.lines().last().unwrap_or("").to_string();
        (screen, status)
    };
    assert!(
        last.contains("Page"),
        "status bar on the last row: {last:?}"
    );
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
