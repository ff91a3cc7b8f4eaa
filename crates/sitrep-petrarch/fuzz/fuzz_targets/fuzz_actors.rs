#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_petrarch::{parse_actors, parse_actors_lenient};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (actors, warnings) = parse_actors_lenient(text, "fuzz");
    assert_eq!(parse_actors(text, "fuzz").is_ok(), warnings.is_empty());
    for a in &actors {
        let _ = a.code_on(None);
        let _ = a.code_on(chrono::NaiveDate::from_ymd_opt(2000, 1, 1));
    }
});
