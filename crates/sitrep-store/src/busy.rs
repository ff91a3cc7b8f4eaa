//! Several writers on one file: `sitrep ingest` processes side by side, or
//! an ingest beside `serve --allow-ingest`.
//!
//! SQLite lets one writer at a time. A write transaction begun as a reader
//! (`BEGIN DEFERRED`) that later wants to write fails at once with
//! `SQLITE_BUSY` when another process wrote in between — the busy timeout
//! cannot help, since waiting would not make its snapshot current. So every
//! write transaction here begins `IMMEDIATE` (it takes the write lock first
//! and waits for it under the busy timeout), and a whole transaction that
//! still meets `SQLITE_BUSY` (the timeout expired under a long writer) is
//! tried again after a pause that doubles each time.

use std::time::Duration;

/// How many times a busy transaction is tried before its error is returned.
pub(crate) const ATTEMPTS: u32 = 8;
/// The first pause; it doubles after each attempt (0.1 s … 12.8 s).
const FIRST_PAUSE: Duration = Duration::from_millis(100);

/// Whether an error means another connection holds the lock.
pub(crate) fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// Runs `attempt` until it succeeds, fails with something other than a busy
/// lock, or has been tried [`ATTEMPTS`] times. `busy` tells whether an error
/// of the caller's type is a busy lock. `attempt` must leave nothing behind
/// when it fails: a transaction that is dropped rolls back.
pub(crate) fn retry<T, E>(busy: impl Fn(&E) -> bool, mut attempt: impl FnMut() -> Result<T, E>) -> Result<T, E> {
    let mut pause = FIRST_PAUSE;
    for _ in 1..ATTEMPTS {
        match attempt() {
            Err(e) if busy(&e) => {
                std::thread::sleep(pause);
                pause *= 2;
            }
            done => return done,
        }
    }
    attempt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn busy_errors_are_retried_and_others_are_not() {
        let busy = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY), None);
        assert!(is_busy(&busy));
        let mut calls = 0;
        let result: Result<u8, bool> = retry(|e| *e, || {
            calls += 1;
            if calls < 3 { Err(true) } else { Ok(7) }
        });
        assert_eq!((result, calls), (Ok(7), 3));
        calls = 0;
        let result: Result<u8, bool> = retry(|e| *e, || {
            calls += 1;
            Err(false)
        });
        assert_eq!((result, calls), (Err(false), 1));
    }
}
