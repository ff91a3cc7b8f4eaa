//! Migrations 0011's and 0012's pre-counted network pairs (of every day, and
//! per year and month), and 0015's set of unsupported events, follow every change the
//! direct count would see, including changes no code of this crate makes
//! today (a status set by hand, a reading moved or dropped, an event
//! recoded or deleted, a certainty changed), and a store migrated from
//! schema 10 counts its pairs on upgrade.

mod common;

use common::{actor, date, doc, event, mali, network_pair_periods, network_pairs, sahel, unsupported_events};
use rusqlite::Connection;
use sitrep_model::Certainty;
use sitrep_store::Store;

/// Two reports, a reprint, and a denial of one of their actions.
fn store() -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.db");
    let mut store = Store::open(&path).unwrap();
    let d = doc("denial", "Burkina Faso denied that Russia sent special forces. Mali denied a clash.", "Denials", date(2025, 5, 3));
    let mut denial = event(&d, "Russia sent special forces", Some(actor("Russia", "RUS")), Some(actor("Burkina Faso", "BFA")), "074");
    denial.certainty = Certainty::Denied;
    let mut lone = event(&d, "Mali denied a clash", Some(actor("Mali", "MLI")), Some(actor("rebels", "MLIREB")), "190");
    lone.certainty = Certainty::Denied;
    store
        .write_batch(&[
            sahel("s1", "Sahel Monitor", date(2025, 5, 2)),
            sahel("s1-copy", "Daily Courier", date(2025, 5, 2)),
            mali("m1", "Daily News", date(2025, 5, 2)),
            (d, vec![denial, lone]),
        ])
        .unwrap();
    drop(store);
    let conn = Connection::open(&path).unwrap();
    (dir, conn)
}

fn agree(conn: &Connection, after: &str) {
    let (kept, direct) = network_pairs(conn);
    assert!(!direct.is_empty(), "{after}: no pairs to compare");
    assert_eq!(kept, direct, "{after}");
    let (kept, direct) = network_pair_periods(conn);
    assert!(!direct.is_empty(), "{after}: no periods to compare");
    assert_eq!(kept, direct, "{after}: per period");
    let (kept, direct) = unsupported_events(conn);
    assert_eq!(kept, direct, "{after}: unsupported events");
}

#[test]
fn pairs_follow_every_change_to_events_readings_and_claims() {
    let (_dir, conn) = store();
    agree(&conn, "ingest");
    let denied_only: i64 = conn.query_row("SELECT COUNT(*) FROM claims WHERE status = 'denied-only'", [], |r| r.get(0)).unwrap();
    assert!(denied_only > 0, "the fixture needs a claim known only through denials");
    let steps = [
        ("a claim turned denied-only", "UPDATE claims SET status = 'denied-only' WHERE id = (SELECT MIN(claim) FROM claim_events WHERE stance = 'supports')"),
        ("a denied-only claim corroborated", "UPDATE claims SET status = 'corroborated' WHERE status = 'denied-only'"),
        ("a certainty changed", "UPDATE events SET certainty = 'denied' WHERE id = (SELECT MIN(id) FROM events)"),
        ("a reading turned denying", "UPDATE claim_events SET stance = 'denies' WHERE event = (SELECT MAX(event) FROM claim_events WHERE stance = 'supports')"),
        ("a reading moved to another claim", "UPDATE claim_events SET claim = (SELECT MAX(id) FROM claims) WHERE event = (SELECT MIN(event) FROM claim_events)"),
        ("an event recoded", "UPDATE events SET source_code = 'NER', target_code = 'RUS' WHERE id = (SELECT MAX(id) FROM events WHERE source_code IS NOT NULL)"),
        ("an event redated into another year", "UPDATE events SET day = '2024-12-31' WHERE id = (SELECT MIN(id) FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL)"),
        ("a denied event redated", "UPDATE events SET day = '2025-01-15' WHERE id = (SELECT MIN(event) FROM claim_events WHERE stance = 'denies')"),
        ("an event's day dropped", "UPDATE events SET day = NULL WHERE id = (SELECT MAX(id) FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL)"),
        ("an event's target dropped", "UPDATE events SET target_code = NULL WHERE id = (SELECT MIN(id) FROM events WHERE target_code IS NOT NULL)"),
        ("a reading dropped", "DELETE FROM claim_events WHERE event = (SELECT MAX(event) FROM claim_events WHERE stance = 'denies')"),
        ("a claim dropped before its readings", "DELETE FROM claims WHERE id = (SELECT claim FROM claim_events WHERE stance = 'denies' LIMIT 1)"),
        ("its readings' claim back", "INSERT INTO claims (id, plover_key, words, cameo, status, text, independent_outlets, outlets, events, documents, denials, credited, party_confirmed)
            SELECT claim, 'k', '', '074', 'denied-only', 't', 0, '[]', 0, 0, 1, '{}', 0 FROM claim_events WHERE claim NOT IN (SELECT id FROM claims) LIMIT 1"),
        ("an event deleted", "DELETE FROM claim_events WHERE event = (SELECT MAX(id) FROM events); DELETE FROM events WHERE id = (SELECT MAX(id) FROM events)"),
    ];
    // Claims rows may be dropped while readings still name them.
    conn.pragma_update(None, "foreign_keys", false).unwrap();
    for (what, sql) in steps {
        let changed = conn.execute_batch(sql);
        assert!(changed.is_ok(), "{what}: {changed:?}");
        assert!(conn.changes() > 0, "{what}: changed nothing");
        agree(&conn, what);
    }
}

#[test]
fn a_store_of_schema_10_counts_its_pairs_on_upgrade() {
    let (dir, conn) = store();
    let before = network_pairs(&conn).1;
    // Back to schema 10 as it stood: no table, no triggers, nothing of the
    // migrations after it; then reopened.
    let dropped: Vec<String> = {
        let mut st = conn
            .prepare("SELECT type || ' ' || name FROM sqlite_schema WHERE type = 'trigger' AND (name LIKE 'network_pair%' OR name LIKE 'event_days%' OR name LIKE 'unsupported_events%' OR name LIKE 'claim_rare_terms%')")
            .unwrap();
        let rows = st.query_map([], |r| r.get(0)).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    assert!(dropped.len() >= 16, "{dropped:?}");
    for name in &dropped {
        conn.execute_batch(&format!("DROP {name}")).unwrap();
    }
    conn.execute_batch(
        "DROP TABLE network_pairs; DROP INDEX events_certainty_days; DROP INDEX events_certainty_pairs; DROP INDEX events_recent;
         DROP TABLE network_pair_periods; DROP INDEX claims_denied_pairs; DROP TABLE event_days;
         DROP TABLE unsupported_events; DROP TABLE claim_rare_terms; PRAGMA user_version = 10;",
    )
    .unwrap();
    drop(conn);
    drop(Store::open(dir.path().join("n.db")).unwrap());
    let conn = Connection::open(dir.path().join("n.db")).unwrap();
    let (kept, direct) = network_pairs(&conn);
    assert_eq!(direct, before);
    assert_eq!(kept, direct);
    let (kept, direct) = network_pair_periods(&conn);
    assert!(!direct.is_empty());
    assert_eq!(kept, direct);
    let (kept, direct) = unsupported_events(&conn);
    assert!(!direct.is_empty());
    assert_eq!(kept, direct);
}
