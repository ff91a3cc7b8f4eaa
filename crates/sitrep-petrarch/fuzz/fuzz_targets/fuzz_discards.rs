#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_petrarch::{parse_discards, parse_discards_lenient};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (_, warnings) = parse_discards_lenient(text, "fuzz");
    assert_eq!(parse_discards(text, "fuzz").is_ok(), warnings.is_empty());
});
