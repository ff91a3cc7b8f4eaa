//! Endpoints over claims: the list, and one claim with its evidence.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use sitrep_store::{Claim, ClaimFilter, ClaimPage, ClaimSort, ClaimStatus, CLAIM_COUNT_CAP};

use super::accepted;
use crate::download::{self, Format};
use crate::error::{ApiError, ApiResult};
use crate::params::{event_filter, narrowing, Params, NARROWING_PARAMS};
use crate::sql;
use crate::state::AppState;

/// A page of claims as the API answers it.
#[derive(Serialize)]
pub(crate) struct ClaimList {
    /// Matching claims, counted up to 10,000.
    total: u64,
    /// More claims match than `total` says.
    total_capped: bool,
    limit: u32,
    offset: u32,
    claims: Vec<Claim>,
}

/// Most claims a download holds.
const EXPORT_MAX: u32 = 100_000;

/// `GET /api/claims`: claims any of whose readings match the event
/// filters (the narrowing ones too: quad class, attribution kind, evidence
/// words), by status, sorted by outlets, recency or status, a page at a
/// time; `format=csv|jsonl` downloads them (up to 100,000, in the order asked).
pub(crate) async fn list(State(state): State<AppState>, mut p: Params) -> ApiResult<Response> {
    let mut events = event_filter(&mut p)?;
    let narrow = narrowing(&mut p, &mut events)?;
    let format = Format::parse(p.one("format")?.as_deref())?;
    let (limit, offset) = if format.is_file() { p.page(EXPORT_MAX, EXPORT_MAX)? } else { p.page(50, 500)? };
    let status = p.all("status").iter().map(|s| s.parse::<ClaimStatus>().map_err(ApiError::bad_request)).collect::<ApiResult<_>>()?;
    let sort = match p.one("sort")? {
        Some(s) => s.parse::<ClaimSort>().map_err(ApiError::bad_request)?,
        None => ClaimSort::default(),
    };
    p.finish(&accepted(&[NARROWING_PARAMS, &["limit", "offset", "status", "sort", "format"]].concat()))?;
    let filter = ClaimFilter { events, status, sort, limit: Some(limit), offset };
    let page = if narrow.is_empty() {
        let text = filter.events.text.clone();
        state.with_reader(move |c| sql::check_text_query(c, text.as_deref())).await?;
        state.with_store(move |s| Ok(s.claims(&filter)?)).await?
    } else {
        let found = state.with_reader(move |c| sql::narrowed_claim_ids(c, &filter, &narrow, CLAIM_COUNT_CAP)).await?;
        // Each claim as the store reads it (with its documents), in the page's order.
        let ids = found.ids;
        let claims = state
            .with_store(move |s| ids.iter().map(|id| Ok(s.claim(*id)?.map(|d| d.claim))).collect::<ApiResult<Vec<_>>>())
            .await?;
        ClaimPage { total: found.total, total_capped: found.total_capped, claims: claims.into_iter().flatten().collect() }
    };
    Ok(match format {
        Format::Csv => download::file(claims_csv(&page.claims), format, "sitrep-claims"),
        Format::Jsonl => download::file(download::jsonl(&page.claims)?, format, "sitrep-claims"),
        Format::Json => {
            Json(ClaimList { total: page.total, total_capped: page.total_capped, limit, offset, claims: page.claims }).into_response()
        }
    })
}

/// The columns of `sitrep claims --format csv`; lists joined by "; ".
fn claims_csv(claims: &[Claim]) -> String {
    let mut out = String::new();
    download::csv_line(
        &mut out,
        &[
            "id", "status", "source", "cameo", "plover", "target", "independent_outlets", "outlets", "documents", "denials", "first_seen",
            "last_seen", "strongest", "weakest", "text",
        ],
    );
    for c in claims {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        download::csv_line(
            &mut out,
            &[
                &c.id.to_string(),
                c.status.as_str(),
                &opt(&c.source),
                &c.cameo,
                &opt(&c.plover),
                &opt(&c.target),
                &c.independent_outlets.to_string(),
                &c.outlets.join("; "),
                &c.documents.join("; "),
                &c.denials.join("; "),
                &opt(&c.first_seen),
                &opt(&c.last_seen),
                &opt(&c.strongest),
                &opt(&c.weakest),
                &c.text.split_whitespace().collect::<Vec<_>>().join(" "),
            ],
        );
    }
    out
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
