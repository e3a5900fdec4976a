//! Decoding any bytes as a document: every paragraph is a range of its text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = folio::document::Document::from_bytes("fuzz.txt", data) {
        for p in &doc.paragraphs {
            assert!(doc.text.get(p.clone()).is_some());
        }
    }
});
