//! The command line without a terminal: `folio page`, and clear errors for bad input.

use std::process::{Command, Output};

fn folio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .output()
        .expect("run folio")
}

/// Exactly one line on stderr, starting with `folio:`, and a failure status.
fn assert_one_line_error(out: &Output, expected: &str) {
    assert!(!out.status.success());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.starts_with("folio: "), "{err:?}");
    assert!(
        err.contains(expected),
        "{err:?} should mention {expected:?}"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn page_prints_the_layout_of_one_page() {
    let out = folio(&["page", "--width", "40", "--height", "6", "--page", "1"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "China confirms that North Korea’s Kim",
            "Jong Un was in Beijing for talks with Xi",
            "Jinping",
            "",
            "A special train is seen at Beijing",
            "Railway Station on March 27, 2018.",
        ]
    );
}

#[test]
fn page_reads_standard_input() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(["page", "-", "--width", "10", "--height", "2", "--page", "2"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Title\r\n\r\none two three four")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "one two\nthree four\n"
    );
}

#[test]
fn a_page_past_the_end_is_an_error() {
    assert_one_line_error(&folio(&["page", "--page", "500"]), "past the end");
}

#[test]
fn a_missing_path_is_an_error() {
    assert_one_line_error(&folio(&["/no/such/article.txt"]), "no such file");
}

#[test]
fn a_directory_without_articles_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("image.png"), b"x").unwrap();
    assert_one_line_error(
        &folio(&[dir.path().to_str().unwrap()]),
        "no articles (.txt, .md, .html, .epub)",
    );
}

#[test]
fn a_binary_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, b"ELF\0\0\x01binary").unwrap();
    assert_one_line_error(&folio(&["page", path.to_str().unwrap()]), "binary");
    assert_one_line_error(&folio(&["entities", path.to_str().unwrap()]), "binary");
}

#[test]
fn endless_binary_input_is_refused_at_once() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(["page", "-"])
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > std::time::Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("folio kept reading /dev/zero");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_one_line_error(&child.wait_with_output().unwrap(), "binary");
}

#[test]
fn a_directory_skips_binary_files_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "First\n").unwrap();
    std::fs::write(dir.path().join("b\x1b[31m.txt"), b"\0\0").unwrap();
    std::fs::write(dir.path().join("c.md"), b"ELF\0").unwrap();
    let out = folio(&["page", "--height", "1", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "First\n");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.starts_with("folio: "), "{err:?}");
    assert!(
        err.ends_with("skipped 2 files: b\u{241b}[31m.txt (binary), c.md (binary)\n"),
        "{err:?}"
    );
}

#[test]
fn a_directory_of_binary_files_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), b"\0").unwrap();
    std::fs::write(dir.path().join("b.txt"), b"\0").unwrap();
    assert_one_line_error(
        &folio(&["page", dir.path().to_str().unwrap()]),
        "no article could be read: skipped 2 files: a.txt (binary), b.txt (binary)",
    );
}

#[test]
fn devices_and_fifos_are_refused() {
    assert_one_line_error(&folio(&["/dev/zero"]), "not a regular file");
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    assert_one_line_error(
        &folio(&["page", fifo.to_str().unwrap()]),
        "not a regular file",
    );
}

#[test]
fn an_unreadable_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    // A path through a regular file cannot be opened, even as root.
    let file = dir.path().join("file.txt");
    std::fs::write(&file, "x").unwrap();
    let inside = file.join("article.txt");
    let out = folio(&[inside.to_str().unwrap()]);
    assert_one_line_error(&out, "article.txt");
}

#[test]
fn directories_open_their_articles_in_name_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.md"), "Second\n").unwrap();
    std::fs::write(dir.path().join("a.txt"), "First\n").unwrap();
    std::fs::write(dir.path().join("c.pdf"), "ignored\n").unwrap();
    // Not a terminal: the files are copied through as they are, in order.
    let out = folio(&[dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "First\nSecond\n");
}

#[test]
fn help_and_version() {
    let out = folio(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for word in ["page", "entities", "--width"] {
        assert!(help.contains(word), "--help mentions {word}");
    }
    let out = folio(&["--version"]);
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("folio "));
}

#[test]
fn output_that_is_not_a_terminal_gets_the_files_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let odd: &[u8] =
        b"\xef\xbb\xbfTitle\r\n\r\nA\ttab, a lone\rCR, bad \xff bytes, \x1b[31mred\x1b[0m\r\n";
    let plain: &[u8] = "Second\n\nU+2028\u{2028}here, no final newline".as_bytes();
    std::fs::write(dir.path().join("a.txt"), odd).unwrap();
    std::fs::write(dir.path().join("b.md"), plain).unwrap();
    let a = dir.path().join("a.txt");
    let out = folio(&[a.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(out.stdout, odd);
    // A directory: its articles in name order, each exactly as it is.
    let out = folio(&[dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(out.stdout, [odd, plain].concat());
    // Standard input too.
    let mut child = Command::new(env!("CARGO_BIN_EXE_folio"))
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(odd).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, odd);
}

fn folio_in(config_dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .env("FOLIO_CONFIG_DIR", config_dir)
        .output()
        .expect("run folio")
}

#[test]
fn config_path_honours_the_config_dir() {
    let dir = tempfile::tempdir().unwrap();
    let out = folio_in(dir.path(), &["config", "path"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("{}\n", dir.path().join("config.toml").display())
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn config_default_prints_every_section_and_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let out = folio_in(dir.path(), &["config", "default"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for section in ["[keys]", "[theme]", "[reader]"] {
        assert!(text.contains(section), "{section}");
    }
    assert!(text.contains("next_page = [\"Space\", \"PageDown\", \"Right\", \"l\"]"));
    // Saved as the config file, it is the defaults.
    std::fs::write(dir.path().join("config.toml"), &text).unwrap();
    let (config, notice) = folio::config::load_from(&dir.path().join("config.toml"));
    assert_eq!(notice, None);
    let default = folio::config::Config::default();
    assert_eq!(
        (config.theme, config.reader),
        (default.theme, default.reader)
    );
    let keys = folio::keymap::Keymap::default().markdown();
    assert_eq!(config.keymap().markdown(), keys);
}
