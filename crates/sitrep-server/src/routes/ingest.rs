//! `POST /api/documents`: documents in, handed to the caller's ingest
//! function. Off unless the server was started to allow it, and then only
//! with the bearer token. A batch is read element by element: the valid
//! documents are stored and the others reported by index (`rejected`).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::Json;
use serde::Serialize;

use crate::config::IngestSummary;
use crate::error::{ApiError, ApiResult};
use crate::params::Params;
use crate::state::AppState;

use super::posted::{read_batch, Rejected};

/// The answer to a POST: what was stored, and the elements that were not.
#[derive(Serialize)]
pub(crate) struct Posted {
    #[serde(flatten)]
    summary: IngestSummary,
    rejected: Vec<Rejected>,
}

pub(crate) async fn post(State(state): State<AppState>, headers: HeaderMap, p: Params, body: Bytes) -> ApiResult<Json<Posted>> {
    let ingest = {
        let settings = state.ingest_settings();
        if !settings.allow {
            return Err(ApiError::new(StatusCode::FORBIDDEN, "this server is read-only; start it with --allow-ingest and a token"));
        }
        if !token_matches(&headers, settings.token) {
            return Err(ApiError::new(StatusCode::UNAUTHORIZED, "a valid `Authorization: Bearer <token>` header is required"));
        }
        match settings.ingest {
            Some(f) => f.clone(),
            None => return Err(ApiError::new(StatusCode::NOT_IMPLEMENTED, "this server has no ingest pipeline")),
        }
    };
    p.finish(&[])?;
    let (docs, rejected) = read_batch(&body).map_err(ApiError::bad_request)?;
    if docs.is_empty() {
        if let Some(first) = rejected.first() {
            let more = match rejected.len() {
                1 => String::new(),
                n => format!(" (and {} more rejected)", n - 1),
            };
            return Err(ApiError::bad_request(format!("no document could be read: {}{more}", first.error)));
        }
    }
    let summary = state.run_blocking(move || ingest(docs).map_err(|e| ApiError::internal(format!("ingest failed: {e}")))).await?;
    Ok(Json(Posted { summary, rejected }))
}

/// The credentials of an `Authorization: Bearer …` value; the scheme name
/// is case-insensitive (RFC 7235), so `bearer` and `BEARER` are the same.
fn bearer_credentials(value: &str) -> Option<&str> {
    let (scheme, credentials) = value.trim_start().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then_some(credentials)
}

/// Compares in time independent of where the first difference lies, so the
/// token cannot be guessed a byte at a time.
fn token_matches(headers: &HeaderMap, expected: Option<&str>) -> bool {
    let Some(expected) = expected.filter(|t| !t.is_empty()) else { return false };
    let Some(given) = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(bearer_credentials) else {
        return false;
    };
    let (a, b) = (given.trim().as_bytes(), expected.as_bytes());
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        diff |= usize::from(a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0));
    }
    diff == 0
}
