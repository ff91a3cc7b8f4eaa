#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_petrarch::{parse_verbs, parse_verbs_as, parse_verbs_lenient, FormRule, VerbFormat};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (dict, warnings) = parse_verbs_lenient(text, "fuzz");
    assert_eq!(parse_verbs(text, "fuzz").is_ok(), warnings.is_empty());
    for block in &dict.verbs {
        for verb in &block.verbs {
            let _ = verb.surface_forms(FormRule::Petrarch1);
        }
    }
    for synset in dict.synsets.values() {
        let _ = synset.phrases();
    }
    let _ = parse_verbs_as(text, "fuzz", VerbFormat::Petrarch1);
    let _ = parse_verbs_as(text, "fuzz", VerbFormat::Petrarch2);
});
