//! `folio map`: the bundled article's places on the world map, drawn through
//! the library and printed by the binary.

use std::process::Command;

use folio::document;
use folio::entities::{self, geo};

fn bundled_map() -> String {
    let doc = document::bundled().remove(0);
    let found = entities::extract(&doc.text);
    folio::cli::map::draw(&doc, &found, 100, 30, false)
}

/// The bundled article at 100x30, over the whole world. Checked by eye:
/// Beijing (with China) and the Korean places (North Korea with South
/// Korea, Pyongyang, Seoul and the Korean peninsula) are in East Asia beside
/// Dandong on the Chinese side of the border, Asia in Tibet, the United
/// States on the east coast of North America, and the three places in
/// Beijing that the gazetteer does not have are listed under the map.
#[test]
fn the_bundled_article_on_the_world_map() {
    insta::assert_snapshot!(bundled_map());
}

#[test]
fn the_east_asian_places_are_drawn_in_east_asia() {
    let map = bundled_map();
    let lines: Vec<&str> = map.lines().skip(1).collect();
    // Column of a label on the map, in characters.
    let column = |name: &str| {
        lines
            .iter()
            .enumerate()
            .find_map(|(row, line)| line.find(name).map(|b| (line[..b].chars().count(), row)))
    };
    // East Asia, 100 columns for 360 degrees: east of 100°E is past column
    // 77, and 30-45°N is rows 6 to 9.
    for name in ["China", "North Korea", "Dandong"] {
        let (x, y) = column(name).unwrap_or_else(|| panic!("{name} missing:\n{map}"));
        assert!(x >= 70 && (6..=9).contains(&y), "{name} at {x},{y}:\n{map}");
    }
    let (x, _) = column("United States").unwrap();
    assert!((20..=32).contains(&x), "{map}");
    assert!(map.lines().last().unwrap().starts_with("not on the map: "));
    // What the map draws is what geo::place finds.
    let doc = document::bundled().remove(0);
    let placed = geo::place(&doc.text, &entities::extract(&doc.text));
    assert!(placed.iter().filter(|g| g.is_some()).count() >= 9);
}

fn folio(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .output()
        .expect("folio runs")
}

#[test]
fn folio_map_prints_each_document_at_the_size_asked() {
    let out = folio(&["map", "--width", "70", "--height", "16"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    // The three bundled documents: a title line and 16 rows each, a blank
    // line between them.
    let docs: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(docs.len(), 3, "{text}");
    assert!(docs[0].starts_with("seeds/kim-jong-un-beijing.txt \u{2014} China confirms"));
    for doc in &docs {
        let lines: Vec<&str> = doc.trim_end_matches('\n').split('\n').collect();
        assert_eq!(lines.len(), 17, "{doc}");
        assert!(
            lines
                .iter()
                .all(|l| l.chars().count() <= 70 || l == &lines[0])
        );
        assert!(lines.iter().all(|l| !l.ends_with(' ')));
    }
    // The first is the same as the library draws.
    let doc = document::bundled().remove(0);
    let found = entities::extract(&doc.text);
    assert_eq!(
        format!("{}\n", docs[0]),
        folio::cli::map::draw(&doc, &found, 70, 16, false)
    );
}

#[test]
fn folio_map_fits_the_view_to_the_places() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("korea.txt");
    std::fs::write(
        &path,
        "Kim Jong Un met Moon Jae-in in Seoul.\n\nLater he flew to Pyongyang, far from Xyzzyland.\n",
    )
    .unwrap();
    let path = path.to_str().unwrap();
    let world = String::from_utf8(folio(&["map", path]).stdout).unwrap();
    let out = folio(&["map", "--fit", "--width", "60", "--height", "20", path]);
    assert!(out.status.success());
    let fitted = String::from_utf8(out.stdout).unwrap();
    assert_ne!(world, fitted);
    // Zoomed in, Seoul and Pyongyang are far enough apart to be labelled
    // each, and the unknown name is listed under the map.
    assert!(
        fitted.contains("Seoul") && fitted.contains("Pyongyang"),
        "{fitted}"
    );
    assert!(fitted.lines().count() == 21, "{fitted}");
    assert!(fitted.contains("not on the map: Xyzzyland"), "{fitted}");
}

#[test]
fn folio_map_refuses_a_size_of_zero() {
    let out = folio(&["map", "--width", "0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
