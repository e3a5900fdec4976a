//! The real binary in a pseudo-terminal on inputs made big here (never
//! committed): a directory of thousands of articles and a long file.

mod common;

use std::time::{Duration, Instant};

use common::Session;

/// Wait until the last screen row (the status bar) satisfies `done`.
fn wait_status(s: &mut Session, what: &str, done: impl Fn(&str) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let screen = s.screen();
        let status = screen.lines().last().unwrap_or("").to_string();
        if done(&status) {
            return;
        }
        assert!(Instant::now() < deadline, "{what}; screen:\n{screen}");
        s.settle(Duration::from_millis(50));
    }
}

#[test]
fn a_directory_of_two_thousand_articles_opens_on_the_first_and_fills_in() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..2000 {
        let text =
            format!("Dispatch {i:04}\n\nKim Jong Un met Xi Jinping in Beijing on day {i}.\n");
        std::fs::write(dir.path().join(format!("{i:04}.txt")), text).unwrap();
    }
    let path = dir.path().to_string_lossy().into_owned();
    let mut s = Session::start(&[&path], &[], 120, 30);
    s.wait_for("Dispatch 0000");
    // The all-documents view, asked for before every entity is in.
    s.send("\t");
    s.send("a");
    wait_status(&mut s, "the documents did not all arrive", |status| {
        status.contains("/2000]")
    });
    // Once all are in, the merged view counts every document.
    let deadline = Instant::now() + Duration::from_secs(60);
    while !s.screen().contains("2000 docs") {
        assert!(
            Instant::now() < deadline,
            "the all-documents view never counted 2000 documents:\n{}",
            s.screen()
        );
        s.settle(Duration::from_millis(100));
    }
    // Keys still work: the next document, and quit.
    s.send("\t");
    s.send("]");
    s.wait_for("Dispatch 0001");
    s.send("q");
    assert!(s.wait_exit(), "q exits with success");
}

#[test]
fn a_long_file_shows_its_start_then_its_page_count_and_its_end() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let mut text = String::from("The long report\n\n");
    let mut i = 0;
    while text.len() < 12 << 20 {
        text.push_str(&format!(
            "Paragraph {i}: Kim Jong Un met Xi Jinping in Beijing, and the talks went on.\n\n"
        ));
        i += 1;
    }
    text.push_str("The very last words.\n");
    std::fs::write(&path, &text).unwrap();
    let path = path.to_string_lossy().into_owned();
    let mut s = Session::start(&[&path], &[], 100, 30);
    s.wait_for("The long report");
    // The page count is estimated, then known.
    wait_status(&mut s, "the page count never became known", |status| {
        status
            .split("Page 1/")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|n| n.replace(',', "").parse::<usize>().is_ok())
    });
    s.send("G");
    s.wait_for("The very last words.");
    s.send("g");
    s.wait_for("The long report");
    s.send("q");
    assert!(s.wait_exit(), "q exits with success");
}

#[test]
fn a_long_file_cut_shorter_while_open_ends_the_reader_with_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let paragraph = "Kim Jong Un met Xi Jinping in Beijing, and the talks went on.\n\n";
    let text = format!(
        "The cut report\n\n{}",
        paragraph.repeat((20 << 20) / paragraph.len())
    );
    std::fs::write(&path, &text).unwrap();
    let arg = path.to_string_lossy().into_owned();
    let mut s = Session::start(&[&arg], &[], 100, 30);
    s.wait_for("The cut report");
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(1000)
        .unwrap();
    s.send("G");
    assert_eq!(s.wait_code(), 1, "stopped with failure");
    s.settle(Duration::from_millis(200));
    let screen = s.screen();
    assert!(
        screen.contains("folio: a file was made shorter while it was open; stopped"),
        "{screen}"
    );
    // The terminal is given back: the alternate screen left last.
    let raw = String::from_utf8_lossy(&s.raw);
    assert!(
        raw.rfind("\x1b[?1049l") > raw.rfind("\x1b[?1049h"),
        "alternate screen left"
    );
}
