//! This crate's own SQL, on read-only connections, for what the store does
//! not answer itself: series, the network, claims, stories, documents and
//! search. Written against `sitrep-store/migrations/*.sql`.

mod actors;
pub(crate) mod claims;
mod documents;
mod event_rows;
mod filter;
mod narrowed_claims;
mod network;
mod series;

pub(crate) use actors::{actors, overview, ActorRow, Overview};
pub(crate) use claims::ClaimView;
pub(crate) use documents::{document, documents, locations, search, stories, DocumentFull, DocumentPage, Located, SearchPage, StoryPage};
pub(crate) use event_rows::{csv as event_rows_csv, event_rows, Order};
pub(crate) use narrowed_claims::narrowed_claim_ids;
pub(crate) use network::{network, Network, NetworkShape};
pub(crate) use series::{series, Interval, Series};

use rusqlite::Connection;

use crate::error::{ApiError, ApiResult};

/// Wraps a SQLite error as ours, naming the statement.
pub(crate) fn fail(what: &'static str) -> impl Fn(rusqlite::Error) -> ApiError {
    move |e| ApiError::internal(format!("store query failed ({what}): {e}"))
}

/// A malformed FTS5 expression is the client's mistake: say so with 400
/// before it can fail a larger statement with a 500.
pub(crate) fn check_text_query(conn: &Connection, q: Option<&str>) -> ApiResult<()> {
    let Some(q) = q else { return Ok(()) };
    let r = conn.query_row("SELECT 1 FROM documents_fts WHERE documents_fts MATCH ?1 LIMIT 1", [q], |_| Ok(()));
    match r {
        Ok(()) | Err(rusqlite::Error::QueryReturnedNoRows) => Ok(()),
        // SQLite's own words ("fts5: syntax error near AND") are kept at
        // the end for whoever knows FTS5; the sentence before is for everyone else.
        Err(e) => Err(ApiError::bad_request(format!(
            "the search {q:?} cannot be read: write words (all must occur), \"quotes\" around a phrase, \
             and AND, OR, NOT only between words ({e})"
        ))),
    }
}
