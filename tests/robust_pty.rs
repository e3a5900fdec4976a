//! The reader in a pseudo-terminal under stress: signals, a failing
//! background job, hostile text, and resize storms.

mod common;

use std::time::Duration;

use common::{Session, child_of, foreign_sequences, kill};

/// `folio` run by a shell that reports its exit code and the terminal's
/// settings once it is gone.
fn shell_session(args: &str) -> (Session, u32) {
    let script = format!(
        "'{}' {args}; echo \"EXIT=$?\"; stty -a | tr -s ' \\n' ' '; echo; echo DONE",
        env!("CARGO_BIN_EXE_folio")
    );
    let s = Session::start_shell(&script, 120, 40);
    let folio = child_of(s.pid());
    (s, folio)
}

fn ends_like_q(signal: &str, code: u32) {
    let (mut s, folio) = shell_session("");
    s.wait_for("Page 1/");
    s.send(" ");
    s.wait_for("Page 2/");
    kill(folio, signal);
    s.wait_for("DONE");
    let screen = s.screen();
    assert!(screen.contains(&format!("EXIT={code}")), "{screen}");
    // Raw mode is off again: canonical input and echo are back.
    assert!(
        screen.contains(" icanon") && !screen.contains("-icanon"),
        "{screen}"
    );
    assert!(
        screen.contains(" echo ") && !screen.contains("-echo "),
        "{screen}"
    );
    let raw = String::from_utf8_lossy(&s.raw);
    assert!(raw.contains("\x1b[?1049l"), "the alternate screen is left");
    assert!(raw.contains("\x1b[?25h"), "the cursor is shown again");
    assert!(raw.contains("\x1b[?1000l"), "mouse capture is off");
    // The reading position was saved on the way out.
    let positions = s.home().join("state/positions.json");
    assert!(positions.is_file(), "no {}", positions.display());
}

#[test]
fn sigterm_ends_the_reader_like_q() {
    ends_like_q("TERM", 143);
}

#[test]
fn sighup_ends_the_reader_like_q() {
    ends_like_q("HUP", 129);
}

#[test]
fn sigint_as_a_signal_ends_the_reader_too() {
    ends_like_q("INT", 130);
}

#[test]
fn a_failing_background_job_leaves_the_reader_usable() {
    let env = [(folio::jobs::FAIL_ENTITIES_VAR, "1")];
    let mut s = Session::start(&[], &env, 120, 30);
    s.wait_for("people and places unavailable");
    s.send(" ");
    s.wait_for("Page 2/");
    s.send("/Beijing\r");
    s.wait_for("match ");
    s.send("\x1b");
    // Apart, or Esc and q read as Alt-q.
    s.settle(Duration::from_millis(200));
    let before_quit = s.raw.len();
    assert!(
        !String::from_utf8_lossy(&s.raw).contains("\x1b[?1049l"),
        "the terminal was restored while the reader ran"
    );
    assert!(s.running());
    s.send("q");
    assert!(s.wait_exit(), "q still quits with success");
    let after = String::from_utf8_lossy(&s.raw[before_quit..]);
    assert!(after.contains("\x1b[?1049l"));
}

/// Every kind of terminal control a file can carry.
const HOSTILE: &str = "Title \x1b]0;PWNED\x07 with \x1b[6n a title\n\n\
Kim Jong Un \x1b]52;c;SGVsbG8=\x07 met Xi Jinping in Beijing.\n\
A DCS \x1bPq#0;2;0;0;0#1;2;100;100;0\x1b\\ and an APC \x1b_Gf=24\x1b\\ here.\n\
C1: \u{9b}6n and \u{9d}0;x\u{9c} and NEL\u{85}done. OSC 8: \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\.\n\
Bidi: abc\u{202e}fed\u{202c} \u{2066}iso\u{2069}; separators a\u{2028}b\u{2029}c \u{fff9}x\u{fffa}y\u{fffb}.\n\
Bell \x07, backspace \x08, form feed \x0c, DEL \x7f, CSI 2J \x1b[2J, window \x1b[8;1;1t.\n\n\
Moon Jae-in visited Seoul.\n";

#[test]
fn nothing_in_a_file_reaches_the_terminal_as_a_control() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.txt");
    std::fs::write(&path, HOSTILE).unwrap();
    let mut s = Session::start(&[path.to_str().unwrap()], &[], 120, 30);
    s.wait_for("Moon Jae-in");
    s.settle(Duration::from_millis(300));
    s.send(" ");
    s.send("G");
    s.send("q");
    assert!(s.wait_exit());
    let foreign = foreign_sequences(&s.raw);
    assert!(foreign.is_empty(), "{foreign:?}");
}

#[test]
fn error_messages_and_tables_do_not_carry_controls() {
    let bin = env!("CARGO_BIN_EXE_folio");
    let out = std::process::Command::new(bin)
        .arg("missing\x1b]0;X\x07\u{9b}2J")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("missing␛]0;X␇"), "{stderr}");
    assert_eq!(foreign_sequences(&out.stderr), Vec::<String>::new());

    let dir = tempfile::tempdir().unwrap();
    let name = dir.path().join("a\x1b]0;X\x07\u{9b}2J\u{202e}.txt");
    std::fs::write(&name, "Kim Jong Un met Xi Jinping in Beijing.\n").unwrap();
    for json in [false, true] {
        let mut cmd = std::process::Command::new(bin);
        cmd.arg("entities").arg(&name);
        if json {
            cmd.arg("--json");
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        assert_eq!(foreign_sequences(&out.stdout), Vec::<String>::new());
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.contains("Xi Jinping"), "{stdout}");
        if json {
            assert!(stdout.contains("\\u009b"), "{stdout}");
            let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            let path = v["documents"][0]["path"].as_str().unwrap();
            assert_eq!(path, name.to_str().unwrap());
        }
    }
}

/// A long generated article: numbered paragraphs of news text.
fn long_article(paragraphs: usize) -> String {
    let mut text = String::from("A long article\n\n");
    for i in 0..paragraphs {
        text.push_str(&format!(
            "Paragraph {i}. Kim Jong Un arrived in Beijing on a green train, and \
             Xi Jinping met him at the Great Hall of the People, where the two \
             leaders spoke of trade, of the peninsula and of the talks to come.\n\n"
        ));
    }
    text
}

#[test]
fn a_resize_storm_keeps_the_passage_on_top() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    std::fs::write(&path, long_article(20_000)).unwrap();
    let mut s = Session::start(&[path.to_str().unwrap()], &[], 100, 30);
    s.wait_for("Page 1/");
    for _ in 0..3 {
        s.send(" ");
    }
    s.wait_for("Page 4/");
    s.settle(Duration::from_millis(200));
    // The first rows of the page: the passage on top, without the sidebar,
    // which fills in as the entities are found.
    let top = |s: &Session| -> Vec<String> {
        s.screen()
            .lines()
            .take(3)
            .map(|l| l.split(['│', '┌']).next().unwrap_or("").trim().to_string())
            .collect()
    };
    // The screen may be between a clear and its redraw when looked at: wait
    // for the text.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !top(&s).concat().contains("leaders") && std::time::Instant::now() < deadline {
        s.settle(Duration::from_millis(100));
    }
    let before = top(&s);
    assert!(before.concat().contains("leaders"), "{before:?}");
    // Keys between the resizes (n with nothing chosen: a notice) must not be
    // queued behind a re-wrap, and must not move the passage.
    for i in 0..60u16 {
        s.resize(60 + (i * 7) % 80, 10 + (i * 3) % 40);
        s.send(if i % 10 == 0 { "n" } else { "" });
    }
    s.resize(100, 30);
    s.wait_for("Page ");
    // Then one calm resize away and back, as a person ending a drag does.
    s.settle(Duration::from_millis(500));
    s.resize(101, 30);
    s.settle(Duration::from_millis(500));
    s.resize(100, 30);
    // On a loaded machine the last redraw may come a little later: wait up
    // to 10 s for the passage to be back on top.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while top(&s) != before && std::time::Instant::now() < deadline {
        s.settle(Duration::from_millis(100));
    }
    assert!(s.running(), "folio died:\n{}", s.screen());
    assert!(!s.screen().contains("panicked"), "{}", s.screen());
    let after = top(&s);
    assert_eq!(after, before, "screen:\n{}", s.screen());
    s.send("q");
    assert!(s.wait_exit());
}
