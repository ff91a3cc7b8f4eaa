//! Fuzzes the html source: any bytes, read as Html, must yield documents or
//! errors and never panic. Seeds: `../shared/corpora` (see README beside).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ingest::{read_bytes, Format};

fuzz_target!(|data: &[u8]| {
    read_bytes("page.html", data, Some(Format::Html), |item| {
        if let Ok(doc) = item {
            assert!(!doc.id.is_empty());
        }
    });
});
