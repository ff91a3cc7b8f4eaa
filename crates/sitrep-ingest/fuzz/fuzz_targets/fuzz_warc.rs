//! Fuzzes the warc source: any bytes, read as Warc, must yield documents or
//! errors and never panic. Seeds: `../shared/corpora` (see README beside).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ingest::{read_bytes, Format};

fuzz_target!(|data: &[u8]| {
    read_bytes("archive.warc", data, Some(Format::Warc), |item| {
        if let Ok(doc) = item {
            assert!(!doc.id.is_empty());
        }
    });
});
