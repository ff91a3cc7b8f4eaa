//! Any bytes as any lexicon file: parse and compile must return, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_lexicon::{Lexicon, LexiconSource};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let names: Vec<&str> = LexiconSource::file_names().collect();
    let name = names[selector as usize % names.len()];
    let mut src = LexiconSource::default();
    if src.parse_file(name, text).is_ok() {
        let _ = Lexicon::compile(&src);
    }
});
