//! What every request shares: pools of store connections, and the ingest
//! settings.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OpenFlags};
use sitrep_store::Store;

use crate::config::{IngestFn, ServerConfig};
use crate::error::{ApiError, ApiResult, ServerError};

/// Connections kept open for reuse; more are opened under load and closed
/// after it.
const POOL_SIZE: usize = 4;

/// How much of the store a reader maps (SQLite's own ceiling: 2 GiB).
const MMAP_SIZE: i64 = 1 << 31;

/// The server's shared state. Cheap to clone; build it with
/// [`AppState::new`] and hand it to [`crate::router`].
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    /// Store handles for the queries the store answers itself.
    stores: Mutex<Vec<Store>>,
    /// Read-only connections for this crate's own aggregations.
    readers: Mutex<Vec<Connection>>,
    allow_ingest: bool,
    token: Option<String>,
    ingest: Option<IngestFn>,
}

/// How a POST to the ingest endpoint is to be treated.
pub(crate) struct IngestSettings<'a> {
    pub allow: bool,
    pub token: Option<&'a str>,
    pub ingest: Option<&'a IngestFn>,
}

impl AppState {
    /// Opens the store (creating it and bringing its schema up to date) and
    /// one read-only connection, so that a bad path fails here rather than
    /// on the first request.
    pub fn new(config: ServerConfig) -> Result<Self, ServerError> {
        if config.allow_ingest && config.token.as_deref().unwrap_or("").is_empty() {
            return Err(ServerError::IngestWithoutToken { addr: config.addr });
        }
        let store = Store::open(&config.db)?;
        let reader = open_reader(&config.db).map_err(|source| ServerError::Reader { path: config.db.clone(), source })?;
        Ok(Self {
            inner: Arc::new(Inner {
                path: config.db,
                stores: Mutex::new(vec![store]),
                readers: Mutex::new(vec![reader]),
                allow_ingest: config.allow_ingest,
                token: config.token,
                ingest: config.ingest,
            }),
        })
    }

    pub(crate) fn ingest_settings(&self) -> IngestSettings<'_> {
        IngestSettings { allow: self.inner.allow_ingest, token: self.inner.token.as_deref(), ingest: self.inner.ingest.as_ref() }
    }

    /// Runs `f` on a blocking thread with a store handle.
    pub(crate) async fn with_store<R, F>(&self, f: F) -> ApiResult<R>
    where
        R: Send + 'static,
        F: FnOnce(&Store) -> ApiResult<R> + Send + 'static,
    {
        let inner = self.inner.clone();
        blocking(move || {
            let store = match take(&inner.stores) {
                Some(s) => s,
                None => Store::open(&inner.path).map_err(ApiError::from)?,
            };
            let result = f(&store);
            give_back(&inner.stores, store);
            result
        })
        .await
    }

    /// Runs `f` on a blocking thread with a read-only connection.
    pub(crate) async fn with_reader<R, F>(&self, f: F) -> ApiResult<R>
    where
        R: Send + 'static,
        F: FnOnce(&Connection) -> ApiResult<R> + Send + 'static,
    {
        let inner = self.inner.clone();
        blocking(move || {
            let conn = match take(&inner.readers) {
                Some(c) => c,
                None => open_reader(&inner.path).map_err(|e| ApiError::internal(format!("open a reader: {e}")))?,
            };
            let result = f(&conn);
            give_back(&inner.readers, conn);
            result
        })
        .await
    }

    /// Runs `f` (an ingest) on a blocking thread.
    pub(crate) async fn run_blocking<R: Send + 'static>(&self, f: impl FnOnce() -> ApiResult<R> + Send + 'static) -> ApiResult<R> {
        blocking(f).await
    }
}

async fn blocking<R: Send + 'static>(f: impl FnOnce() -> ApiResult<R> + Send + 'static) -> ApiResult<R> {
    tokio::task::spawn_blocking(f).await.map_err(|e| ApiError::internal(format!("a query thread failed: {e}")))?
}

// A poisoned pool only means a query panicked; the connections in it are fine.
fn take<T>(pool: &Mutex<Vec<T>>) -> Option<T> {
    pool.lock().unwrap_or_else(|p| p.into_inner()).pop()
}

fn give_back<T>(pool: &Mutex<Vec<T>>, item: T) {
    let mut pool = pool.lock().unwrap_or_else(|p| p.into_inner());
    if pool.len() < POOL_SIZE {
        pool.push(item);
    }
}

/// A read-only connection: it can never write, whatever SQL runs on it.
fn open_reader(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(sitrep_store::BUSY_TIMEOUT)?;
    conn.pragma_update(None, "cache_size", -32_768)?; // 32 MiB
    // Pages read straight from the mapped file rather than copied in by a
    // system call each: a page's filters visit tens of thousands of scattered
    // rows (the network's denied-only claims: 36,000 of a million events),
    // which a 32 MiB cache cannot keep. SQLite maps at most 2 GiB.
    conn.pragma_update(None, "mmap_size", MMAP_SIZE)?;
    Ok(conn)
}
