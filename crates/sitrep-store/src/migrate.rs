//! Versioned schema: ordered SQL migrations, embedded in the binary.
//!
//! The schema version is SQLite's `PRAGMA user_version` (0 for a new file).
//! Each migration runs in its own transaction together with the version bump,
//! so a crash leaves the store at the last complete version. A store written
//! by a newer sitrep is refused rather than guessed at.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::busy;
use crate::error::{Result, SqlContext, StoreError};

/// `(version, name, sql)`, in order; version N brings the schema from N-1 to N.
/// Append only: a released migration is never edited.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "0001_initial",
        include_str!("../migrations/0001_initial.sql"),
    ),
    (
        2,
        "0002_date_source",
        include_str!("../migrations/0002_date_source.sql"),
    ),
    (
        3,
        "0003_trigger",
        include_str!("../migrations/0003_trigger.sql"),
    ),
    (
        4,
        "0004_claims",
        include_str!("../migrations/0004_claims.sql"),
    ),
    (
        5,
        "0005_location_feature_span",
        include_str!("../migrations/0005_location_feature_span.sql"),
    ),
    (
        6,
        "0006_claim_tally",
        include_str!("../migrations/0006_claim_tally.sql"),
    ),
    (
        7,
        "0007_claim_order",
        include_str!("../migrations/0007_claim_order.sql"),
    ),
    (
        8,
        "0008_date_confidence",
        include_str!("../migrations/0008_date_confidence.sql"),
    ),
    (
        9,
        "0009_claim_terms",
        include_str!("../migrations/0009_claim_terms.sql"),
    ),
    (
        10,
        "0010_page_indexes",
        include_str!("../migrations/0010_page_indexes.sql"),
    ),
    (
        11,
        "0011_network_pairs",
        include_str!("../migrations/0011_network_pairs.sql"),
    ),
    (
        12,
        "0012_filtered_views",
        include_str!("../migrations/0012_filtered_views.sql"),
    ),
    (
        13,
        "0013_code_views",
        include_str!("../migrations/0013_code_views.sql"),
    ),
    (
        14,
        "0014_event_days",
        include_str!("../migrations/0014_event_days.sql"),
    ),
    (
        15,
        "0015_unsupported_events",
        include_str!("../migrations/0015_unsupported_events.sql"),
    ),
    (
        16,
        "0016_claim_days",
        include_str!("../migrations/0016_claim_days.sql"),
    ),
    (
        17,
        "0017_location_indexes",
        include_str!("../migrations/0017_location_indexes.sql"),
    ),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// Brings the store at `path` (opened as `conn`) up to [`SCHEMA_VERSION`].
///
/// Two processes may open a new store at the same moment. Each migration
/// runs in an `IMMEDIATE` transaction that reads the version again once it
/// holds the write lock, so the second process waits for the first and then
/// finds the work done, instead of failing on `table documents already
/// exists`.
pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    loop {
        let applied = busy::retry(
            StoreError::is_busy,
            || migrate_one(conn, path),
        )?;
        if !applied {
            return Ok(());
        }
    }
}

/// Applies the first migration the store lacks, if any; `false` when the
/// schema is current.
fn migrate_one(conn: &mut Connection, path: &Path) -> Result<bool> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .sql("lock the store to migrate it")?;
    let found: i64 = tx
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .sql("read the schema version")?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew {
            path: path.to_owned(),
            found,
            known: SCHEMA_VERSION,
        });
    }
    let Some(&(version, name, sql)) = MIGRATIONS.iter().find(|m| m.0 > found) else {
        return Ok(false);
    };
    let fail = |source| StoreError::Migration {
        version,
        name,
        source,
    };
    tx.execute_batch(sql).map_err(fail)?;
    tx.pragma_update(None, "user_version", version)
        .map_err(fail)?;
    tx.commit().map_err(fail)?;
    Ok(true)
}
