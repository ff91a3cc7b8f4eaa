//! Opening the store and asking it simple questions.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::error::{Result, SqlContext, StoreError};
use crate::hash::ContentHash;
use crate::migrate;

/// The embedded store: one SQLite file holding documents, their coded events,
/// the near-duplicate links between documents and a full-text index.
///
/// A `Store` is one connection. Several processes may open the same file:
/// WAL mode lets readers run while one writer writes, and writers wait for
/// each other (up to [`BUSY_TIMEOUT`]).
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
    /// Candidate count below which a condition drives a query (src/plan.rs).
    pub(crate) selective: u64,
    /// How new events are grouped into claims (src/claims).
    pub(crate) claim_config: std::sync::Arc<crate::claims::ClaimConfig>,
}

/// How long a statement waits for another process's write lock.
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Counts of what the store holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StoreStats {
    pub documents: u64,
    /// Documents linked to an earlier copy of the same story.
    pub duplicates: u64,
    pub events: u64,
    /// Distinct actor codes.
    pub actors: u64,
}

/// One row of the actor table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorSeen {
    pub code: String,
    /// Earliest and latest event day (event date, else publication date).
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Events naming the actor as source or target.
    pub events: u64,
    /// The words that first named it.
    pub example_text: Option<String>,
}

/// Prepared statements a connection keeps (see [`Store::open`]).
const STATEMENT_CACHE: usize = 64;

/// Pages of write-ahead log (4 KiB each) that trigger a checkpoint.
const WAL_AUTOCHECKPOINT_PAGES: i64 = 8_000;

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema
    /// up to date.
    ///
    /// The file is put in WAL mode with `synchronous = NORMAL`: a committed
    /// batch survives the process being killed; only an operating-system
    /// crash or power loss can lose the last few commits, never corrupt the
    /// file. Foreign keys are enforced.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_owned();
        let open_err = |source| StoreError::Open {
            path: path.clone(),
            source,
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(&path, flags).map_err(open_err)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(open_err)?;
        // journal_mode answers with the mode it got; an in-memory database says "memory".
        // Switching a new file to WAL needs an exclusive lock, and SQLite
        // answers SQLITE_BUSY at once, without its busy handler, while another
        // process opening the same new store holds one: retried like a write.
        let _mode: String = crate::busy::retry(crate::busy::is_busy, || {
            conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        })
        .map_err(open_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(open_err)?;
        // Sorting and FTS merges of large exports fit in memory on any machine sitrep targets.
        conn.pragma_update(None, "temp_store", "MEMORY")
            .map_err(open_err)?;
        conn.pragma_update(None, "cache_size", -65_536)
            .map_err(open_err)?; // 64 MiB
        // A batch's write uses some thirty statements (documents, events,
        // claims); with rusqlite's default of 16 cached, grouping claims
        // prepared its statements again, triggers and all, as it went.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        // SQLite copies the log back into the file (and syncs both) once it
        // holds this many pages: with the default 1,000 a 500-document batch
        // of ingest checkpointed at every commit, copying again the index
        // pages every batch rewrites. Readers never wait for a checkpoint.
        conn.pragma_update(None, "wal_autocheckpoint", WAL_AUTOCHECKPOINT_PAGES)
            .map_err(open_err)?;
        migrate::migrate(&mut conn, &path)?;
        Ok(Self {
            conn,
            path,
            selective: crate::plan::SELECTIVE,
            claim_config: Default::default(),
        })
    }

    /// Caps the pages this connection keeps in memory at `mib` MiB (64 when
    /// opened). Queries over the whole store gain from a large cache; a
    /// connection that only writes or looks up a key touches a few pages
    /// per row, and SQLite reads evicted pages back from the file, which the
    /// system keeps cached.
    pub fn set_page_cache_mib(&self, mib: u32) -> Result<()> {
        self.conn
            .pragma_update(None, "cache_size", -1024 * i64::from(mib))
            .sql("set the page cache size")
    }

    /// The file this store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open store.
    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .sql("read the schema version")
    }

    /// Whether a document with this content hash (see [`ContentHash::of`]) is
    /// stored, so that a caller can skip coding it.
    pub fn has_document(&self, hash: &ContentHash) -> Result<bool> {
        self.conn
            .prepare_cached("SELECT 1 FROM documents WHERE content_hash = ?1")
            .and_then(|mut st| st.query_row([&hash.0[..]], |_| Ok(())).optional())
            .map(|found| found.is_some())
            .sql("look up a content hash")
    }

    /// How many documents, duplicates, events and actors the store holds.
    pub fn stats(&self) -> Result<StoreStats> {
        let count = |sql: &str| -> rusqlite::Result<u64> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n as u64)
        };
        Ok(StoreStats {
            documents: count("SELECT COUNT(*) FROM documents").sql("count documents")?,
            duplicates: count("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL")
                .sql("count duplicates")?,
            events: count("SELECT COUNT(*) FROM events").sql("count events")?,
            actors: count("SELECT COUNT(*) FROM actors").sql("count actors")?,
        })
    }

    /// The actor table, most frequent first.
    pub fn actors(&self, limit: usize) -> Result<Vec<ActorSeen>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT code, first_seen, last_seen, events, example_text FROM actors ORDER BY events DESC, code LIMIT ?1")
            .sql("list actors")?;
        let rows = st.query_map([limit as i64], |r| {
            Ok(ActorSeen {
                code: r.get(0)?,
                first_seen: r.get(1)?,
                last_seen: r.get(2)?,
                events: r.get::<_, i64>(3)? as u64,
                example_text: r.get(4)?,
            })
        });
        rows.and_then(|rows| rows.collect()).sql("list actors")
    }

    /// The store id of the first copy a document is linked to, by the
    /// document's content hash: `Some(None)` for a first copy, `None` when the
    /// document is not stored.
    pub fn duplicate_of(&self, hash: &ContentHash) -> Result<Option<Option<i64>>> {
        self.conn
            .prepare_cached("SELECT duplicate_of FROM documents WHERE content_hash = ?1")
            .and_then(|mut st| {
                st.query_row([&hash.0[..]], |r| r.get::<_, Option<i64>>(0))
                    .optional()
            })
            .sql("look up a duplicate link")
    }

    /// Sets the candidate count below which a condition drives a query
    /// instead of the day-ordered scan: 0 always scans, `u64::MAX` always
    /// starts from an indexed condition when there is one. For tests and
    /// tuning; results never depend on it.
    #[doc(hidden)]
    pub fn set_plan_threshold(&mut self, candidates: u64) {
        self.selective = candidates;
    }

    /// SQLite's `PRAGMA integrity_check`: the problems found, none when the
    /// file is sound.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("PRAGMA integrity_check")
            .sql("check integrity")?;
        let rows: Vec<String> = st
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .sql("check integrity")?;
        Ok(rows.into_iter().filter(|r| r != "ok").collect())
    }

    /// Refreshes the query planner's statistics (`ANALYZE`, sampling at most
    /// a thousand rows per index so it takes a moment even on millions of
    /// events). Without them SQLite may walk the day index for a filter that
    /// an actor index would answer at once: call it after large ingests.
    pub fn optimize(&self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA analysis_limit = 1000; ANALYZE;")
            .sql("analyze")
    }
}
