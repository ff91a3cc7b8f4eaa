//! Fuzzes the feed source: any bytes, read as Feed, must yield documents or
//! errors and never panic. Seeds: `../shared/corpora` (see README beside).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ingest::{read_bytes, Format};

fuzz_target!(|data: &[u8]| {
    read_bytes("feed.xml", data, Some(Format::Feed), |item| {
        if let Ok(doc) = item {
            assert!(!doc.id.is_empty());
        }
    });
});
