//! Several writers on one new store at once (`sitrep ingest` processes side
//! by side): every one finishes, and the union of what they wrote is stored
//! exactly once.
//!
//! Each writer is its own connection, opened at the same instant on a file
//! that does not exist yet, so the schema migration races too. SQLite's
//! locks are per connection, so threads race here exactly as processes do.

mod common;

use std::sync::{Arc, Barrier};

use common::synth;
use sitrep_store::{ContentHash, Store};

const WRITERS: usize = 3;
const BATCHES: usize = 12;
const DOCS: usize = 60;

#[test]
fn three_writers_on_a_new_store_lose_nothing_and_store_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sitrep.db");
    let start = Arc::new(Barrier::new(WRITERS));
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (path, start) = (path.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                let mut store = Store::open(&path)?;
                // Overlapping inputs: writer w writes batches w, w+1, … so
                // every batch but the first and last is written by several.
                let mut stored = 0;
                for i in (w..BATCHES).chain(0..w) {
                    stored += store.write_batch(&synth::batch(11, i, DOCS, 2))?.documents;
                }
                Ok::<usize, sitrep_store::StoreError>(stored)
            })
        })
        .collect();
    let stored: usize = writers
        .into_iter()
        .map(|w| w.join().unwrap().expect("every writer finishes"))
        .sum();
    let store = Store::open(&path).unwrap();
    let mut hashes = std::collections::HashSet::new();
    for i in 0..BATCHES {
        for (doc, _) in synth::batch(11, i, DOCS, 2) {
            hashes.insert(ContentHash::of(&doc).0);
            assert!(store.has_document(&ContentHash::of(&doc)).unwrap(), "{} lost", doc.id);
        }
    }
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents as usize, hashes.len(), "each document once");
    assert_eq!(stored, hashes.len(), "the writers' own counts add up");
    assert!(store.integrity_check().unwrap().is_empty());
}
