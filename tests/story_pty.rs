//! The real binary: the map of the bundled article's places, Pyongyang
//! chosen on it, and the text shown at its mention.

mod common;

use common::Session;

#[test]
fn the_map_goes_to_pyongyang() {
    let mut s = Session::start(&[], &[], 120, 40);
    s.wait_for("Page 1/");
    // The places are found in the background: wait for the sidebar.
    s.wait_for("Pyongyang");
    // From the last page, where the text does not name Pyongyang.
    s.send("G");
    s.wait_for("Page 3/3");
    let text = |s: &Session| -> String {
        s.screen()
            .lines()
            .map(|l| l.chars().take(88).collect::<String>() + "\n")
            .collect()
    };
    assert!(!text(&s).contains("Pyongyang"), "{}", text(&s));
    s.send("m");
    s.wait_for("Places of this document");
    // Walk the places one at a time: each `j` changes the title.
    let title = |s: &Session| s.screen().lines().next().unwrap_or("").to_string();
    let mut steps = 0;
    while !title(&s).contains("· Pyongyang (KP") {
        steps += 1;
        assert!(steps < 40, "Pyongyang never selected:\n{}", s.screen());
        let before = title(&s);
        s.send("j");
        let mut waited = 0;
        while title(&s) == before {
            waited += 1;
            assert!(waited < 200, "j did nothing:\n{}", s.screen());
            s.settle(std::time::Duration::from_millis(20));
        }
    }
    s.send("\r");
    // The map closes and a mention of Pyongyang is on screen.
    let mut waited = 0;
    while s.screen().contains("Places of this document") {
        waited += 1;
        assert!(waited < 200, "the map stayed open:\n{}", s.screen());
        s.settle(std::time::Duration::from_millis(20));
    }
    assert!(text(&s).contains("Pyongyang"), "{}", text(&s));
    assert!(!s.screen().contains("Page 3/3"));
    s.send("q");
    assert!(s.wait_exit());
}
