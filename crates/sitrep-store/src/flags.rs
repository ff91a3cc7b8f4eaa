//! Connection flags switched for one job and switched back however it ends.
//!
//! Writing a batch runs under two of them (`ingest.rs`): the planner's
//! stability guarantee, and triggers off while documents are inserted.
//! A flag left switched after an error would silently change every later
//! statement of the connection (no full-text rows, say), so the previous
//! value is restored even when the job fails.

use rusqlite::config::DbConfig;
use rusqlite::Connection;

/// Statements keep the plan they were prepared with whatever values are
/// bound. Without it SQLite prepares again, on every new binding, each
/// statement whose plan a value could change: every `LIMIT ?`, and a
/// column compared with a parameter that might be 0 or 1. Batch writes bind
/// new values thousands of times; the plans here never depend on them.
pub(crate) const STABLE_PLANS: DbConfig = DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG;

/// Whether triggers fire.
pub(crate) const TRIGGERS: DbConfig = DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER;

/// Runs `job` with `flag` set to `on`, then restores the flag's previous
/// value; the outer error is a failure to switch the flag, the inner one
/// the job's. Changing a flag makes SQLite prepare cached statements again
/// on their next use (a few microseconds each), so a flag already at `on`
/// is left alone.
pub(crate) fn with_flag<T, E>(
    conn: &Connection,
    flag: DbConfig,
    on: bool,
    job: impl FnOnce() -> Result<T, E>,
) -> rusqlite::Result<Result<T, E>> {
    let before = conn.db_config(flag)?;
    if before == on {
        return Ok(job());
    }
    conn.set_db_config(flag, on)?;
    let done = job();
    conn.set_db_config(flag, before)?;
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_is_restored_after_a_failing_job() {
        let conn = Connection::open_in_memory().unwrap();
        let before = conn.db_config(TRIGGERS).unwrap();
        let failed = with_flag(&conn, TRIGGERS, !before, || {
            assert_eq!(conn.db_config(TRIGGERS).unwrap(), !before);
            Err::<(), _>("the job failed")
        });
        assert_eq!(failed.unwrap(), Err("the job failed"));
        assert_eq!(conn.db_config(TRIGGERS).unwrap(), before);
    }

    #[test]
    fn a_flag_already_set_is_left_as_it_is() {
        let conn = Connection::open_in_memory().unwrap();
        conn.set_db_config(STABLE_PLANS, true).unwrap();
        let inner = with_flag(&conn, STABLE_PLANS, true, || conn.db_config(STABLE_PLANS));
        assert!(inner.unwrap().unwrap());
        assert!(conn.db_config(STABLE_PLANS).unwrap());
    }
}
