//! Any bytes as a model file (raw and gzipped): an error, never a panic or
//! a runaway allocation.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = sitrep_syntax::Model::from_bytes(data);
});
