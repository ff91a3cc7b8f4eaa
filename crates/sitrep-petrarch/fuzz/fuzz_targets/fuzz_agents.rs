#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_petrarch::{parse_agents, parse_agents_lenient};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (dict, warnings) = parse_agents_lenient(text, "fuzz");
    assert_eq!(parse_agents(text, "fuzz").is_ok(), warnings.is_empty());
    for a in &dict.agents {
        let _ = a.phrases();
    }
});
