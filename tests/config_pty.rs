//! The reader with a config file: its width is used, and a mistake in it is
//! a notice on the status bar, not a refusal to start.

mod common;

use common::Session;

fn session_with(config: &str, args: &[&str], cols: u16) -> (Session, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), config).unwrap();
    let env = [("FOLIO_CONFIG_DIR", dir.path().to_str().unwrap())];
    (Session::start(args, &env, cols, 20), dir)
}

#[test]
fn the_reader_column_takes_its_width_from_the_config() {
    let (mut s, _dir) = session_with("[reader]\nwidth = 20\n", &[], 90);
    s.wait_for("Page 1/");
    let screen = s.screen();
    assert!(
        screen.lines().any(|l| l.trim() == "▌ China confirms that"),
        "{screen}"
    );
    s.send("q");
    assert!(s.wait_exit());
}

#[test]
fn the_width_option_outdoes_the_config() {
    let (mut s, _dir) = session_with("[reader]\nwidth = 20\n", &["--width", "40"], 90);
    s.wait_for("Page 1/");
    let screen = s.screen();
    assert!(
        screen
            .lines()
            .any(|l| l.trim() == "▌ China confirms that North Korea’s Kim"),
        "{screen}"
    );
    s.send("q");
    assert!(s.wait_exit());
}

#[test]
fn a_mistake_in_the_config_is_a_notice_and_the_reader_starts() {
    let (mut s, _dir) = session_with("[reader]\nwidth = 70\nsidebar = \"sometimes\"\n", &[], 200);
    s.wait_for("unknown sidebar");
    let screen = s.screen();
    assert!(
        screen.contains(
            "config.toml line 3: unknown sidebar \"sometimes\"; valid: auto, always, never"
        ),
        "{screen}"
    );
    // The whole file is set aside: the column has the default width, not 70.
    assert!(
        screen.lines().any(|l| l.trim().starts_with(
            "▌ China confirms that North Korea’s Kim Jong Un was in Beijing for talks with Xi"
        )),
        "{screen}"
    );
    s.send("q");
    assert!(s.wait_exit());
}
