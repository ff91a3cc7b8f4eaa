//! What the server is started with.

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;
use sitrep_model::Document;

/// Codes and stores posted documents. Supplied by the caller (the `sitrep`
/// binary), so that this crate needs neither the coder nor the lexicon. The
/// error string is shown to the client as it is. It runs on a blocking
/// thread: it may take its time.
pub type IngestFn = Arc<dyn Fn(Vec<Document>) -> Result<IngestSummary, String> + Send + Sync>;

/// What an ingest did, as the POST endpoint reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct IngestSummary {
    /// Documents stored (first copies and near-duplicates).
    pub documents: usize,
    /// Of those, documents linked to an earlier copy of the same story.
    pub near_duplicates: usize,
    /// Documents skipped because the same content was already stored.
    pub already_stored: usize,
    /// Events stored.
    pub events: usize,
}

impl From<sitrep_store::BatchSummary> for IngestSummary {
    fn from(b: sitrep_store::BatchSummary) -> Self {
        Self { documents: b.documents, near_duplicates: b.near_duplicates, already_stored: b.already_stored, events: b.events }
    }
}

/// How to serve.
#[derive(Clone)]
pub struct ServerConfig {
    /// The store file; created (empty) if missing.
    pub db: PathBuf,
    /// Where to listen; loopback by default, since the API has no
    /// authentication for reading.
    pub addr: SocketAddr,
    /// Whether `POST /api/documents` accepts documents at all.
    pub allow_ingest: bool,
    /// The bearer token `POST /api/documents` requires. Must be set when
    /// `allow_ingest` is.
    pub token: Option<String>,
    /// What to do with posted documents; without it the endpoint answers 501.
    pub ingest: Option<IngestFn>,
}

/// The default address: `127.0.0.1:8080`.
pub const DEFAULT_ADDR: SocketAddr = SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 8080);

impl ServerConfig {
    /// Read-only serving of `db` on [`DEFAULT_ADDR`].
    pub fn new(db: impl Into<PathBuf>) -> Self {
        Self { db: db.into(), addr: DEFAULT_ADDR, allow_ingest: false, token: None, ingest: None }
    }
}

impl fmt::Debug for ServerConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The token stays out of logs.
        f.debug_struct("ServerConfig")
            .field("db", &self.db)
            .field("addr", &self.addr)
            .field("allow_ingest", &self.allow_ingest)
            .field("token", &self.token.as_ref().map(|_| "<set>"))
            .field("ingest", &self.ingest.as_ref().map(|_| "<fn>"))
            .finish()
    }
}
