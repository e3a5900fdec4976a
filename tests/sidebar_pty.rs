//! The real binary: choose Kim Jong Un in the sidebar and step through his mentions.

mod common;

use common::Session;

#[test]
fn select_kim_jong_un_and_step_with_n() {
    let mut s = Session::start(&[], &[], 120, 40);
    // The title names him too: wait for his row in the sidebar, which comes
    // once the entities are found.
    s.wait_for("│ Kim Jong Un");
    s.send("\t"); // focus the sidebar: the first person is selected
    s.send("\r"); // choose him
    s.wait_for("Kim Jong Un 1/");
    let total: usize = {
        let screen = s.screen();
        let status = screen.lines().last().unwrap().to_string();
        let after = status.split("Kim Jong Un 1/").nth(1).unwrap();
        after.split_whitespace().next().unwrap().parse().unwrap()
    };
    assert!(total >= 10, "Kim Jong Un is named often: {total}");
    for i in 2..=total {
        s.send("n");
        s.wait_for(&format!("Kim Jong Un {i}/{total}"));
    }
    s.send("n");
    s.wait_for(&format!("Kim Jong Un 1/{total}"));
    s.send("N");
    s.wait_for(&format!("Kim Jong Un {total}/{total}"));
    s.send("q");
    assert!(s.wait_exit());
}
