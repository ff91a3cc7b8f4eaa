//! Endpoints over claims: the list, and one claim with its evidence.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::Json;
use sitrep_store::{ClaimFilter, ClaimPage, ClaimSort, ClaimStatus};

use super::accepted;
use crate::error::{ApiError, ApiResult};
use crate::params::{event_filter, Params};
use crate::sql;
use crate::state::AppState;

/// `GET /api/claims`: claims any of whose readings match the event
/// filters, by status, sorted by outlets, recency or status, a page at a time.
pub(crate) async fn list(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<ClaimPage>> {
    let events = event_filter(&mut p)?;
    let (limit, offset) = p.page(50, 500)?;
    let status = p.all("status").iter().map(|s| s.parse::<ClaimStatus>().map_err(ApiError::bad_request)).collect::<ApiResult<_>>()?;
    let sort = match p.one("sort")? {
        Some(s) => s.parse::<ClaimSort>().map_err(ApiError::bad_request)?,
        None => ClaimSort::default(),
    };
    p.finish(&accepted(&["limit", "offset", "status", "sort"]))?;
    let text = events.text.clone();
    state.with_reader(move |c| sql::check_text_query(c, text.as_deref())).await?;
    let filter = ClaimFilter { events, status, sort, limit: Some(limit), offset };
    Ok(Json(state.with_store(move |s| Ok(s.claims(&filter)?)).await?))
}

/// `GET /api/claims/{id}`: one claim, its readings grouped by stance and outlet.
pub(crate) async fn one(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
    p: Params,
) -> ApiResult<Json<sql::ClaimView>> {
    let Path(id) = id.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let id: i64 = id
        .parse()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ApiError::bad_request(format!("a claim id is a positive whole number, not {id:?}")))?;
    p.finish(&[])?;
    let detail = state.with_store(move |s| Ok(s.claim(id)?)).await?;
    detail.map(|d| Json(sql::claims::view(d))).ok_or_else(|| ApiError::not_found(format!("no claim {id}")))
}
