//! Opening, migrations, idempotent ingest, near-duplicates and story counts.

mod common;

use common::*;
use sitrep_store::{ContentHash, EventFilter, Store, StoreError, SCHEMA_VERSION};

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("sitrep.db")).unwrap();
    (dir, store)
}

#[test]
fn a_new_store_is_at_the_current_schema_in_wal_mode() {
    let (dir, mut store) = temp_store();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    store
        .write_batch(&[mali("m", "Daily", date(2025, 5, 4))])
        .unwrap();
    assert!(
        dir.path().join("sitrep.db-wal").exists(),
        "writes go through the write-ahead log"
    );
    drop(store);
    // Reopening applies no migration twice and keeps the data.
    let store = Store::open(dir.path().join("sitrep.db")).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.stats().unwrap().events, 3);
}

#[test]
fn a_store_from_a_newer_sitrep_is_refused() {
    let (dir, store) = temp_store();
    drop(store);
    let path = dir.path().join("sitrep.db");
    set_user_version(&path, SCHEMA_VERSION + 1);
    match Store::open(&path) {
        Err(StoreError::SchemaTooNew { found, known, .. }) => {
            assert_eq!((found, known), (SCHEMA_VERSION + 1, SCHEMA_VERSION))
        }
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("opened a store from the future"),
    }
}

#[test]
fn where_the_date_was_read_is_stored() {
    let (dir, mut store) = temp_store();
    let (mut undated_source, events) = mali("n", "Other", date(2025, 5, 5));
    undated_source.date_source = None;
    store
        .write_batch(&[mali("m", "Daily", date(2025, 5, 4)), (undated_source, events)])
        .unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(dir.path().join("sitrep.db")).unwrap();
    let sources: Vec<(String, Option<String>)> = conn
        .prepare("SELECT ext_id, date_source FROM documents ORDER BY ext_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        sources,
        [("m".to_owned(), Some("json-ld".to_owned())), ("n".to_owned(), None)]
    );
}

/// Writes SQLite's user_version header field (big-endian u32 at offset 60),
/// after the WAL has been checkpointed into the main file by closing it.
fn set_user_version(path: &std::path::Path, version: i64) {
    use std::io::{Seek, SeekFrom, Write};
    let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    f.seek(SeekFrom::Start(60)).unwrap();
    f.write_all(&(version as u32).to_be_bytes()).unwrap();
}

#[test]
fn writing_the_same_batch_twice_changes_nothing() {
    let (_dir, mut store) = temp_store();
    let batch = vec![
        sahel("a", "Wire", date(2025, 4, 20)),
        mali("b", "Daily", date(2025, 5, 4)),
        bank("c", "Money", date(2025, 5, 6)),
    ];
    let first = store.write_batch(&batch).unwrap();
    assert_eq!(
        (first.documents, first.events, first.already_stored),
        (3, 7, 0)
    );
    let before = store.stats().unwrap();
    let events_before = store.query(&EventFilter::default()).unwrap();

    let second = store.write_batch(&batch).unwrap();
    assert_eq!(
        (second.documents, second.events, second.already_stored),
        (0, 0, 3)
    );
    assert_eq!(store.stats().unwrap(), before);
    assert_eq!(store.query(&EventFilter::default()).unwrap(), events_before);
}

#[test]
fn a_document_repeated_within_a_batch_is_stored_once() {
    let (_dir, mut store) = temp_store();
    let (d, events) = sahel("a", "Wire", date(2025, 4, 20));
    let mut again = d.clone();
    again.id = "a-refetched".to_owned();
    again.text = format!("  {}\n\n", d.text.replace(". ", ".\n"));
    let summary = store
        .write_batch(&[(d, events), (again, Vec::new())])
        .unwrap();
    assert_eq!((summary.documents, summary.already_stored), (1, 1));
}

#[test]
fn has_document_answers_by_content_hash() {
    let (_dir, mut store) = temp_store();
    let (d, events) = mali("m", "Daily", date(2025, 5, 4));
    let hash = ContentHash::of(&d);
    assert!(!store.has_document(&hash).unwrap());
    store.write_batch(&[(d.clone(), events)]).unwrap();
    assert!(store.has_document(&hash).unwrap());
    // Another outlet carrying the same text is another document.
    let mut other = d.clone();
    other.outlet = Some("Weekly".to_owned());
    assert!(!store.has_document(&ContentHash::of(&other)).unwrap());
}

#[test]
fn a_reprint_with_a_changed_headline_is_linked_to_its_first_copy() {
    let (_dir, mut store) = temp_store();
    let original = sahel("wire-1", "Wire", date(2025, 4, 20));
    let (mut reprint_doc, _) = sahel("paper-1", "Paper", date(2025, 4, 21));
    reprint_doc.title = Some("Putin's men guard Traore, say sources".to_owned());
    reprint_doc.text = format!("OUAGADOUGOU (Wire) - {} Reporting by the Wire desk.", SAHEL);
    let reprint_events = {
        let (_, mut ev) = sahel("paper-1", "Paper", date(2025, 4, 21));
        let shift = "OUAGADOUGOU (Wire) - ".len();
        for e in &mut ev {
            e.span = [e.span[0] + shift, e.span[1] + shift];
        }
        ev
    };
    let unrelated = mali("daily-1", "Daily", date(2025, 5, 4));

    let s1 = store.write_batch(&[original.clone(), unrelated]).unwrap();
    assert_eq!(s1.near_duplicates, 0);
    let s2 = store
        .write_batch(&[(reprint_doc.clone(), reprint_events)])
        .unwrap();
    assert_eq!((s2.documents, s2.near_duplicates), (1, 1));

    let first_id = store.duplicate_of(&ContentHash::of(&original.0)).unwrap();
    assert_eq!(first_id, Some(None), "the first copy links to nothing");
    let link = store
        .duplicate_of(&ContentHash::of(&reprint_doc))
        .unwrap()
        .flatten()
        .expect("reprint is linked");
    let stored = store.query(&EventFilter::default()).unwrap();
    let original_doc_id = stored
        .iter()
        .find(|e| e.event.doc_id == "wire-1")
        .unwrap()
        .document
        .id;
    assert_eq!(link, original_doc_id);
    assert_eq!(store.stats().unwrap().duplicates, 1);

    // The evidence of the reprint's events is cut at the shifted spans.
    let reprinted = stored
        .iter()
        .find(|e| e.event.doc_id == "paper-1" && e.event.cameo.as_str() == "074")
        .unwrap();
    assert_eq!(
        reprinted.evidence,
        "Russia has reportedly sent special forces to Burkina Faso"
    );
    assert_eq!(reprinted.document.duplicate_of, Some(original_doc_id));
}

#[test]
fn a_third_copy_links_to_the_first_not_the_second() {
    let (_dir, mut store) = temp_store();
    let a = sahel("a", "Wire", date(2025, 4, 20));
    let mut b = sahel("b", "Paper", date(2025, 4, 21));
    b.0.text = format!("{SAHEL} Reporting by the Wire desk.");
    let mut c = sahel("c", "Radio", date(2025, 4, 22));
    c.0.text = format!("{SAHEL} Additional reporting by the Radio desk.");
    store.write_batch(std::slice::from_ref(&a)).unwrap();
    store.write_batch(&[b]).unwrap();
    store.write_batch(&[c.clone()]).unwrap();
    let first = store
        .query(&EventFilter {
            outlet: Some("Wire".into()),
            ..Default::default()
        })
        .unwrap()[0]
        .document
        .id;
    assert_eq!(
        store.duplicate_of(&ContentHash::of(&c.0)).unwrap(),
        Some(Some(first))
    );
}

#[test]
fn story_counts_count_copies_and_outlets() {
    let (_dir, mut store) = temp_store();
    let a = sahel("a", "Wire", date(2025, 4, 20));
    let mut b = sahel("b", "Paper", date(2025, 4, 21));
    b.0.text = format!("{SAHEL} Reporting by the Wire desk.");
    // Same outlet again, slightly edited: a third article but no new source.
    let mut c = sahel("c", "paper", date(2025, 4, 22));
    c.0.text = format!("{SAHEL} Updated with comment.");
    // The reprint c codes the accusation twice (once more from a quote).
    let extra = c.1[2].clone();
    c.1.push(extra);
    let other = mali("m", "Daily", date(2025, 5, 4));
    store.write_batch(&[a, b, c, other]).unwrap();

    let events = store.query(&EventFilter::default()).unwrap();
    let aid: Vec<_> = events
        .iter()
        .filter(|e| e.event.cameo.as_str() == "074")
        .collect();
    assert_eq!(aid.len(), 3);
    for e in &aid {
        assert_eq!(
            (e.counts.mentions, e.counts.articles, e.counts.sources),
            (3, 3, 2),
            "{e:?}"
        );
    }
    let accuse = events
        .iter()
        .find(|e| e.event.cameo.as_str() == "112")
        .unwrap();
    assert_eq!(
        (
            accuse.counts.mentions,
            accuse.counts.articles,
            accuse.counts.sources
        ),
        (4, 3, 2)
    );
    let clash = events
        .iter()
        .find(|e| e.event.cameo.as_str() == "193")
        .unwrap();
    assert_eq!(
        (
            clash.counts.mentions,
            clash.counts.articles,
            clash.counts.sources
        ),
        (1, 1, 1)
    );

    let firsts = store
        .query(&EventFilter {
            first_copies_only: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(firsts.len(), 4 + 3);
}

#[test]
fn actors_are_tallied_with_first_and_last_day() {
    let (_dir, mut store) = temp_store();
    store
        .write_batch(&[
            mali("m1", "Daily", date(2025, 5, 4)),
            mali("m2", "Weekly", date(2025, 6, 1)),
        ])
        .unwrap();
    let actors = store.actors(100).unwrap();
    let army = actors.iter().find(|a| a.code == "MLIMIL").unwrap();
    // Source of the clash and of the statement, in both reports.
    assert_eq!(army.events, 4);
    assert_eq!(army.first_seen.as_deref(), Some("2025-05-03"));
    assert_eq!(army.last_seen.as_deref(), Some("2025-06-01"));
    assert_eq!(army.example_text.as_deref(), Some("Malian troops"));
    assert_eq!(actors[0].code, "MLIMIL", "most frequent first");
}

/// The writer counts a batch's actors once per code at its end: the rows
/// must be those of counting event by event, whatever the batches are, a
/// day-less report first included.
#[test]
fn actors_do_not_depend_on_batch_boundaries() {
    let (mut undated, mut events) = mali("m0", "Monthly", date(2025, 1, 1));
    undated.date = None;
    for e in &mut events {
        e.date = None;
        e.source = e.source.take().map(|mut a| {
            a.text = "the Malian army".to_owned();
            a
        });
    }
    let batch = [
        (undated, events),
        mali("m1", "Daily", date(2025, 5, 4)),
        mali("m2", "Weekly", date(2025, 3, 1)),
        mali("m3", "Gazette", date(2025, 6, 9)),
    ];
    let (_a, mut whole) = temp_store();
    whole.write_batch(&batch).unwrap();
    let (_b, mut one_by_one) = temp_store();
    for item in &batch {
        one_by_one.write_batch(std::slice::from_ref(item)).unwrap();
    }
    let (a, b) = (whole.actors(100).unwrap(), one_by_one.actors(100).unwrap());
    assert_eq!(a, b);
    let army = a.iter().find(|a| a.code == "MLIMIL").unwrap();
    assert_eq!(army.events, 8);
    assert_eq!((army.first_seen.as_deref(), army.last_seen.as_deref()), (Some("2025-02-28"), Some("2025-06-09")));
    assert_eq!(army.example_text.as_deref(), Some("the Malian army"));
}

#[test]
fn an_event_of_another_document_fails_the_whole_batch() {
    let (_dir, mut store) = temp_store();
    let good = mali("m", "Daily", date(2025, 5, 4));
    let (d, mut events) = sahel("s", "Wire", date(2025, 4, 20));
    events[1].doc_id = "elsewhere".to_owned();
    let err = store.write_batch(&[good, (d, events)]).unwrap_err();
    assert!(
        matches!(err, StoreError::EventDocMismatch { index: 1, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("elsewhere"));
    assert_eq!(
        store.stats().unwrap().documents,
        0,
        "nothing of the batch is kept"
    );
}

#[test]
fn events_read_back_equal_what_was_written() {
    let (_dir, mut store) = temp_store();
    let batch = vec![
        sahel("a", "Wire", date(2025, 4, 20)),
        mali("b", "Daily", date(2025, 5, 4)),
    ];
    store.write_batch(&batch).unwrap();
    let mut written: Vec<_> = batch.iter().flat_map(|(_, e)| e.clone()).collect();
    let mut read: Vec<_> = store
        .query(&EventFilter::default())
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    let key = |e: &sitrep_model::Event| (e.doc_id.clone(), e.span);
    written.sort_by_key(key);
    read.sort_by_key(key);
    assert_eq!(read, written);
}

#[test]
fn data_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sitrep.db");
    {
        let mut store = Store::open(&path).unwrap();
        store
            .write_batch(&[sahel("a", "Wire", date(2025, 4, 20))])
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.stats().unwrap().events, 4);
}
