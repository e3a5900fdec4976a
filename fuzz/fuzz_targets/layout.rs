//! Laying out a document from any bytes at a width taken from the first byte.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&width, rest)) = data.split_first() else {
        return;
    };
    if let Ok(doc) = folio::document::Document::from_bytes("fuzz.txt", rest) {
        let layout = folio::layout::Layout::new(&doc, width as usize);
        for row in &layout.rows {
            assert!(doc.text.get(row.range()).is_some());
        }
    }
});
