//! Endpoints over documents: lists, one with its evidence, search, stories.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::Json;

use crate::error::{ApiError, ApiResult};
use crate::params::{bounded, Params};
use crate::sql;
use crate::state::AppState;

/// `GET /api/documents`: documents, newest first.
pub(crate) async fn list(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<sql::DocumentPage>> {
    let outlet = p.one("outlet")?.map(|v| bounded("outlet", v, 200)).transpose()?;
    let (limit, offset) = p.page(50, 500)?;
    p.finish(&["outlet", "limit", "offset"])?;
    Ok(Json(state.with_reader(move |c| sql::documents(c, outlet.as_deref(), limit, offset)).await?))
}

/// `GET /api/documents/{id}`: one document, its text, story and events.
pub(crate) async fn one(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
    p: Params,
) -> ApiResult<Json<sql::DocumentFull>> {
    let Path(id) = id.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let id: i64 = id
        .parse()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ApiError::bad_request(format!("a document id is a positive whole number (the store's id), not {id:?}")))?;
    p.finish(&[])?;
    Ok(Json(state.with_reader(move |c| sql::document(c, id)).await?))
}

/// `GET /api/search`: full-text search over titles and texts.
pub(crate) async fn search(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<sql::SearchPage>> {
    let q = p.one("q")?.ok_or_else(|| ApiError::bad_request("`q` (a full-text query) is required"))?;
    let q = bounded("q", q, 1000)?;
    let (limit, offset) = p.page(20, 200)?;
    p.finish(&["q", "limit", "offset"])?;
    Ok(Json(state.with_reader(move |c| sql::search(c, &q, limit, offset)).await?))
}

/// `GET /api/stories`: stories of near-duplicate reports.
pub(crate) async fn stories(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<sql::StoryPage>> {
    let (limit, offset) = p.page(20, 200)?;
    p.finish(&["limit", "offset"])?;
    Ok(Json(state.with_reader(move |c| sql::stories(c, limit, offset)).await?))
}
