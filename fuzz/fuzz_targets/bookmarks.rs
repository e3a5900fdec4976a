//! Reading any bytes as `bookmarks.json`, as the bookmark store does.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = folio::bookmarks::store::parse_bytes(data);
});
