#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_petrarch::{parse_validation, parse_validation_lenient};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse_validation_lenient(text, "fuzz") {
        Ok((suite, warnings)) => {
            assert_eq!(parse_validation(text, "fuzz").is_ok(), warnings.is_empty());
            for i in 0..suite.sentences.len() {
                let _ = suite.options_at(i);
            }
        }
        Err(_) => assert!(parse_validation(text, "fuzz").is_err()),
    }
});
