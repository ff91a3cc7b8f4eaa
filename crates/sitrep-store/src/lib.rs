//! The sitrep store: where coded documents are kept, queried and exported.
//!
//! Analysts ingest reports for months and ask questions across them: every
//! hedged claim about Russian forces in the Sahel this spring, who confirms
//! it, in how many outlets. This crate keeps documents and their events in
//! one embedded SQLite file ([`Store`]), idempotently and crash-safely
//! ([`Store::write_batch`]), links wire copies and reprints to their first
//! copy so each event carries GDELT-style story counts ([`StoryCounts`]),
//! answers filtered queries fast on millions of events ([`EventFilter`],
//! [`Store::query`]), and writes the interchange formats other tools read
//! ([`export`]): JSON Lines, GDELT 2.0 and ACLED-style CSV, PLOVER JSON and
//! Hive-partitioned Parquet. `EXPORTS.md` gives every column mapping.
//!
//! ```no_run
//! use sitrep_store::{CodeMatch, EventFilter, Store};
//! # fn main() -> Result<(), sitrep_store::StoreError> {
//! let mut store = Store::open("sitrep.db")?;
//! # let batch = Vec::new();
//! let summary = store.write_batch(&batch)?;
//! let hedged_russian = store.query(&EventFilter {
//!     actor: Some(CodeMatch::prefix("RUS")),
//!     certainty: vec![sitrep_model::Certainty::Reported],
//!     limit: Some(100),
//!     ..EventFilter::default()
//! })?;
//! # Ok(()) }
//! ```

pub mod claims;
mod busy;
mod error;
pub mod export;
mod filter;
mod flags;
mod hash;
mod ingest;
mod migrate;
pub mod neardup;
mod plan;
mod query;
mod store;

pub use claims::{Claim, ClaimConfig, ClaimDetail, ClaimFilter, ClaimPage, ClaimReading, ClaimSort, Status as ClaimStatus, CLAIM_COUNT_CAP};
pub use error::{Result, StoreError};
pub use filter::{BoundingBox, CodeMatch, EventFilter};
pub use hash::ContentHash;
pub use ingest::{BatchSummary, DocumentKeys};
pub use migrate::SCHEMA_VERSION;
pub use query::{DocumentInfo, StoredEvent, StoryCounts};
pub use store::{ActorSeen, Store, StoreStats, BUSY_TIMEOUT};
