//! The HTTP surface: which path answers what.

mod claims;
mod documents;
mod events;
mod ingest;
mod posted;

pub(crate) use events::Context;

use axum::extract::DefaultBodyLimit;
use axum::http::Uri;
use axum::routing::get;
use axum::Router;

use crate::assets;
use crate::error::ApiError;
use crate::state::AppState;

/// Largest accepted request body: a batch of posted documents.
const MAX_BODY: usize = 32 * 1024 * 1024;

/// Every route of the API and the dashboard over `state`. [`crate::serve`]
/// serves it; tests call it directly.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/api/stats", get(events::stats))
        .route("/api/events", get(events::events))
        .route("/api/event-rows", get(events::event_rows))
        .route("/api/vocabulary", get(events::vocabulary))
        .route("/api/claims", get(claims::list))
        .route("/api/claims/{id}", get(claims::one))
        .route("/api/series", get(events::series))
        .route("/api/network", get(events::network))
        .route("/api/locations", get(events::locations))
        .route("/api/actors", get(events::actors))
        .route("/api/stories", get(documents::stories))
        .route("/api/documents", get(documents::list).post(ingest::post))
        .route("/api/documents/{id}", get(documents::one))
        .route("/api/search", get(documents::search))
        .route("/api/openapi.json", get(assets::openapi))
        .route("/", get(assets::index))
        .route("/assets/{file}", get(assets::file))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError::not_found(format!("nothing at {}; the API is described at /api/openapi.json", uri.path()))
}

/// The filter parameters and an endpoint's own, for its 400 message.
fn accepted(own: &[&'static str]) -> Vec<&'static str> {
    crate::params::FILTER_PARAMS.iter().chain(own).copied().collect()
}
