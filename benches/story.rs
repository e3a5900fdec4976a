//! Where a story happens and who is in it together: the map drawn with many
//! places, co-occurrence over a long article, and the gazetteer's loading.
//!
//!     cargo bench --bench story

use std::ops::Range;

use divan::Bencher;
use folio::entities::geo::{self, Gazetteer, Geo, GeoKind};
use folio::entities::{Entities, Entity, Kind, cooccur};
use folio::ui::map::{Bounds, MapPlace, PlacesMap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

fn main() {
    divan::main();
}

/// A pseudo-random sequence, the same on every run.
fn numbers(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        seed >> 33
    }
}

/// 500 places spread over the world, named once to nine times.
fn five_hundred_places() -> PlacesMap {
    let mut next = numbers(11);
    let places = (0..500)
        .map(|i| {
            let lat = (next() % 14_000) as f64 / 100.0 - 60.0;
            let lon = (next() % 36_000) as f64 / 100.0 - 180.0;
            MapPlace {
                name: format!("Place {i}"),
                mentions: 1 + (next() % 9) as usize,
                geo: (i % 10 != 0).then(|| Geo {
                    lat,
                    lon,
                    country: "XX".into(),
                    name: format!("Place {i}"),
                    admin1: String::new(),
                    kind: GeoKind::City,
                }),
            }
        })
        .collect();
    PlacesMap {
        places,
        selected: Some(7),
        bounds: Bounds::WORLD,
    }
}

/// The world map at 200x60 with 500 places (50 of them listed as not on
/// the map), into a buffer.
#[divan::bench(sample_count = 50)]
fn map_200x60_500_places(bencher: Bencher) {
    let map = five_hundred_places();
    bencher.bench_local(|| {
        let mut buf = Buffer::empty(Rect::new(0, 0, 200, 60));
        (&map).render(buf.area, &mut buf);
        buf
    });
}

/// About 1 MB of paragraphs of about 500 bytes, each naming six to ten of
/// 2,000 made-up entities, with the entities and their mentions.
fn long_article() -> (String, Vec<Range<usize>>, Entities) {
    let mut next = numbers(5);
    let syllables = [
        "ka", "lo", "mi", "ren", "sa", "tor", "vel", "zu", "an", "dre",
    ];
    let names: Vec<String> = (0..2000)
        .map(|i| {
            let mut name = String::new();
            for k in 0..3 {
                name += syllables[(i / 10usize.pow(k)) % 10];
            }
            let mut c = name.chars();
            let first = c.next().unwrap().to_ascii_uppercase();
            format!("{first}{} {}", c.as_str(), i)
        })
        .collect();
    let mut mentions: Vec<Vec<Range<usize>>> = vec![Vec::new(); names.len()];
    let mut text = String::with_capacity(1 << 20);
    let mut paragraphs = Vec::new();
    while text.len() < 1 << 20 {
        let start = text.len();
        for _ in 0..6 + next() % 5 {
            let who = (next() % 2000) as usize;
            text += "Later that day ";
            mentions[who].push(text.len()..text.len() + names[who].len());
            text += &names[who];
            text += " spoke at length with the others about the plans. ";
        }
        paragraphs.push(start..text.len());
        text += "\n\n";
    }
    let people = names
        .into_iter()
        .zip(mentions)
        .map(|(name, mentions)| Entity {
            kind: Kind::Person,
            name,
            aliases: vec![],
            mentions,
        })
        .collect();
    let entities = Entities {
        people,
        ..Entities::default()
    };
    (text, paragraphs, entities)
}

/// Co-occurrence over a 1 MB article naming 2,000 entities.
#[divan::bench(sample_count = 20)]
fn cooccurrence_1mb_2000_entities(bencher: Bencher) {
    let (_text, paragraphs, entities) = long_article();
    bencher.bench_local(|| cooccur::cooccurrence(&paragraphs, &entities));
}

/// Who appears with one entity, over the same article.
#[divan::bench(sample_count = 20)]
fn with_one_entity_1mb(bencher: Bencher) {
    let (_text, paragraphs, entities) = long_article();
    bencher.bench_local(|| cooccur::with(0, &paragraphs, &entities));
}

/// Reading the bundled gazetteer (about 41,000 rows): what the first
/// document's places wait for, once per run.
#[divan::bench(sample_count = 50)]
fn gazetteer_load() -> Gazetteer {
    Gazetteer::bundled()
}

/// Placing the bundled article's places, the gazetteer loaded.
#[divan::bench(sample_count = 50)]
fn place_bundled_article(bencher: Bencher) {
    let doc = folio::document::bundled().remove(0);
    let found = folio::entities::extract(&doc.text);
    geo::gazetteer();
    bencher.bench_local(|| geo::place(&doc.text, &found));
}
