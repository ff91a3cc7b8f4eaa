//! Any bytes as CoNLL-U: errors, never a panic; what reads also writes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sitrep_syntax::conllu::Reader;

fuzz_target!(|data: &[u8]| {
    for sentence in Reader::new(data).take(1000) {
        let Ok(sentence) = sentence else { break };
        let _ = sentence.check_tree();
        let _ = sentence.multiword_tokens().count();
    }
});
