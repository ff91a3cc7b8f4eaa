//! # sitrep-server: the record over HTTP, and a dashboard to look at it
//!
//! Analysts look before they read. This crate serves a sitrep store to them:
//! a JSON API (filtered events with their evidence, stories of duplicate
//! reports, actors, dyad time series, the actor network, claims with their
//! corroboration, documents with their evidence spans, full-text search) and
//! a dashboard built on it — a timeline stacked by quad class, the "system
//! map" of who does what to whom, a claims table and a document view where
//! every line leads back to its sentence.
//!
//! Both come from one process with no network at run time: the dashboard's
//! files are built once with npm (`web/build.sh`) into `web/dist/`, which is
//! committed and embedded here, so `cargo build` never needs npm.
//!
//! Simple questions go through [`sitrep_store::Store`]; the aggregations the
//! store does not offer (series, network, claims, stories, search) run on
//! read-only SQLite connections of this crate (`sql/`), which WAL mode lets
//! run beside a writer. The server is read-only unless started with
//! [`ServerConfig::allow_ingest`] and a bearer token, and even then it only
//! hands posted documents to the caller's [`IngestFn`]: coding and writing
//! belong to the binary that wires the stages.
//!
//! ```no_run
//! # async fn run() -> Result<(), sitrep_server::ServerError> {
//! let config = sitrep_server::ServerConfig::new("sitrep.db");
//! sitrep_server::serve(config).await
//! # }
//! ```
//!
//! `src/openapi.json` describes every endpoint; it is served at
//! `/api/openapi.json`, and a test checks that every path it lists answers.

mod assets;
mod config;
mod download;
mod error;
mod params;
mod routes;
mod sql;
mod state;
mod text;
mod vocabulary;

use std::net::SocketAddr;

pub use config::{IngestFn, IngestSummary, ServerConfig};
pub use error::ServerError;
pub use routes::router;
pub use sitrep_model::Document;
pub use state::AppState;

/// Serves the API and the dashboard on `config.addr` until the process is
/// interrupted (Ctrl-C), then finishes the requests under way.
///
/// Fails before listening when the store cannot be opened, when ingest is
/// allowed without a token, or when the address cannot be bound.
pub async fn serve(config: ServerConfig) -> Result<(), ServerError> {
    let addr = config.addr;
    let state = AppState::new(config)?;
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|source| ServerError::Bind { addr, source })?;
    let local: SocketAddr = listener.local_addr().map_err(|source| ServerError::Bind { addr, source })?;
    tracing::info!("sitrep dashboard on http://{local}/");
    axum::serve(listener, router(state))
        .with_graceful_shutdown(async {
            // If no signal handler can be installed, serve until killed.
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        })
        .await
        .map_err(ServerError::Serve)
}

/// [`serve`] on a runtime of its own, for a caller with no async runtime
/// (the command-line binary).
pub fn serve_blocking(config: ServerConfig) -> Result<(), ServerError> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(ServerError::Runtime)?;
    runtime.block_on(serve(config))
}
