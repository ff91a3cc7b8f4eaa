//! `POST /api/documents`: documents in, handed to the caller's ingest
//! function. Off unless the server was started to allow it, and then only
//! with the bearer token.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::Json;
use serde::Deserialize;
use sitrep_model::Document;

use crate::config::IngestSummary;
use crate::error::{ApiError, ApiResult};
use crate::params::Params;
use crate::state::AppState;

/// A posted document: what `sitrep code` reads from JSON Lines.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Posted {
    id: String,
    text: String,
    #[serde(default)]
    date: Option<chrono::NaiveDate>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    language: Option<String>,
}

pub(crate) async fn post(State(state): State<AppState>, headers: HeaderMap, p: Params, body: Bytes) -> ApiResult<Json<IngestSummary>> {
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
    let docs = parse(&body)?;
    let summary = state.run_blocking(move || ingest(docs).map_err(|e| ApiError::internal(format!("ingest failed: {e}")))).await?;
    Ok(Json(summary))
}

fn parse(body: &[u8]) -> ApiResult<Vec<Document>> {
    let posted: Vec<Posted> = serde_json::from_slice(body).map_err(|e| {
        ApiError::bad_request(format!("the body must be a JSON array of {{id, text, date?, url?, outlet?, title?}}: {e}"))
    })?;
    posted
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            if d.id.trim().is_empty() || d.text.trim().is_empty() {
                return Err(ApiError::bad_request(format!("document {i} has an empty `id` or `text`")));
            }
            Ok(Document { id: d.id, text: d.text, date: d.date, date_source: None, url: d.url, outlet: d.outlet, title: d.title, language: d.language })
        })
        .collect()
}

/// Compares in time independent of where the first difference lies, so the
/// token cannot be guessed a byte at a time.
fn token_matches(headers: &HeaderMap, expected: Option<&str>) -> bool {
    let Some(expected) = expected.filter(|t| !t.is_empty()) else { return false };
    let Some(given) = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer ")) else {
        return false;
    };
    let (a, b) = (given.trim().as_bytes(), expected.as_bytes());
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        diff |= usize::from(a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0));
    }
    diff == 0
}
