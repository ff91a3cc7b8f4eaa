//! Any text through the shipped model: one tree, spans on boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sitrep_syntax::{Analysis, Model, Scratch};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let model = Model::english().expect("the built-in model");
    let mut a = Analysis::default();
    model.analyse_text(text, 0..text.len(), &mut Scratch::default(), &mut a);
    assert!(a.is_empty() || a.root().is_some());
    for i in 0..a.len() {
        assert!(text.is_char_boundary(a.span(i).start) && text.is_char_boundary(a.span(i).end));
    }
});
