//! Migration 0014's day counts of the timeline follow every change to the
//! events that the direct count would see (including changes no code of
//! this crate makes today: a date, a precision, a quad class or a score
//! changed, a day dropped, an event deleted), storing the same reports
//! again changes nothing, and a store migrated from schema 13 counts its
//! days on upgrade.

mod common;

use common::{date, event_days, mali, sahel};
use rusqlite::Connection;
use sitrep_store::Store;

fn reports() -> Vec<(sitrep_model::Document, Vec<sitrep_model::Event>)> {
    vec![
        sahel("s1", "Sahel Monitor", date(2025, 5, 2)),
        sahel("s1-copy", "Daily Courier", date(2025, 5, 2)),
        mali("m1", "Daily News", date(2025, 5, 3)),
        mali("m2", "Daily News", date(2024, 11, 30)),
    ]
}

fn store() -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    let mut store = Store::open(&path).unwrap();
    store.write_batch(&reports()).unwrap();
    drop(store);
    let conn = Connection::open(&path).unwrap();
    (dir, conn)
}

fn agree(conn: &Connection, after: &str) {
    let (kept, direct) = event_days(conn);
    assert!(!direct.is_empty(), "{after}: no days to compare");
    assert_eq!(kept, direct, "{after}");
}

#[test]
fn days_follow_every_change_to_the_events() {
    let (dir, conn) = store();
    agree(&conn, "ingest");
    let days: i64 = conn.query_row("SELECT COUNT(DISTINCT day) FROM events", [], |r| r.get(0)).unwrap();
    assert!(days >= 2, "the fixture needs events on several days");
    let steps = [
        ("an event redated", "UPDATE events SET day = '2024-12-31' WHERE id = (SELECT MIN(id) FROM events)"),
        ("a precision widened", "UPDATE events SET date_precision = 'month', day = '2025-05-01' WHERE id = (SELECT MAX(id) FROM events)"),
        ("a precision dropped", "UPDATE events SET date_precision = NULL WHERE id = (SELECT MIN(id) FROM events WHERE date_precision IS NOT NULL)"),
        ("a quad class changed", "UPDATE events SET quad_class = 4 WHERE id = (SELECT MIN(id) FROM events WHERE quad_class <> 4)"),
        ("a quad class dropped", "UPDATE events SET quad_class = NULL WHERE id = (SELECT MAX(id) FROM events WHERE quad_class IS NOT NULL)"),
        ("a score changed", "UPDATE events SET goldstein = 7.25 WHERE id = (SELECT MIN(id) FROM events)"),
        ("a score dropped", "UPDATE events SET goldstein = NULL WHERE id = (SELECT MAX(id) FROM events WHERE goldstein IS NOT NULL)"),
        ("a day dropped", "UPDATE events SET day = NULL WHERE id = (SELECT MIN(id) FROM events WHERE day IS NOT NULL)"),
        ("a day given back", "UPDATE events SET day = '2025-05-02' WHERE day IS NULL"),
        ("an event deleted", "DELETE FROM claim_events WHERE event = (SELECT MAX(id) FROM events); DELETE FROM events WHERE id = (SELECT MAX(id) FROM events)"),
        ("a day's last event deleted", "DELETE FROM claim_events WHERE event IN (SELECT id FROM events WHERE day = (SELECT MIN(day) FROM events));
             DELETE FROM events WHERE day = (SELECT MIN(day) FROM events)"),
    ];
    for (what, sql) in steps {
        let changed = conn.execute_batch(sql);
        assert!(changed.is_ok(), "{what}: {changed:?}");
        assert!(conn.changes() > 0, "{what}: changed nothing");
        agree(&conn, what);
    }
    // The same reports again: every one already stored, nothing counted twice.
    let mut store = Store::open(dir.path().join("d.db")).unwrap();
    store.write_batch(&reports()).unwrap();
    agree(&conn, "the same reports stored again");
}

#[test]
fn a_store_of_schema_13_counts_its_days_on_upgrade() {
    let (dir, conn) = store();
    let before = event_days(&conn).1;
    // Back to schema 13: no day counts, nor the migrations after them.
    let triggers: Vec<String> = {
        let mut st = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND (name LIKE 'event_days%' OR name LIKE 'unsupported_events%' OR name LIKE 'claim_rare_terms%')")
            .unwrap();
        let rows = st.query_map([], |r| r.get(0)).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    assert!(triggers.len() >= 3, "{triggers:?}");
    for name in &triggers {
        conn.execute_batch(&format!("DROP TRIGGER {name}")).unwrap();
    }
    conn.execute_batch("DROP TABLE event_days; DROP TABLE unsupported_events; DROP TABLE claim_rare_terms; PRAGMA user_version = 13;").unwrap();
    drop(conn);
    drop(Store::open(dir.path().join("d.db")).unwrap());
    let conn = Connection::open(dir.path().join("d.db")).unwrap();
    let (kept, direct) = event_days(&conn);
    assert_eq!(direct, before);
    assert_eq!(kept, direct);
}
