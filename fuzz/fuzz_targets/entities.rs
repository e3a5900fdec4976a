//! Extracting people and places from any text: every mention is a non-empty
//! range on character boundaries, in order within its entity.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let found = folio::entities::extract(text);
    for e in found.people.iter().chain(&found.places) {
        assert!(!e.mentions.is_empty());
        for r in &e.mentions {
            assert!(r.start < r.end);
            assert!(text.get(r.clone()).is_some());
        }
        for pair in e.mentions.windows(2) {
            assert!(pair[0].end <= pair[1].start);
        }
    }
});
