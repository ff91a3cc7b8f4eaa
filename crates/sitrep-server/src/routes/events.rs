//! Endpoints over events: the list, and the aggregations the dashboard draws.

use axum::extract::State;
use axum::Json;
use chrono::NaiveDate;
use serde::Serialize;
use sitrep_model::Event;
use sitrep_store::StoredEvent;

use super::accepted;
use crate::error::{ApiError, ApiResult};
use crate::params::{actor_match, event_filter, Params};
use crate::sql::{self, Interval};
use crate::state::AppState;
use crate::text::{sentence_around, utf16_span};

/// An event as the API answers it: the record of DESIGN.md, field for field,
/// with the store's id, its day, evidence, document and story counts.
#[derive(Serialize)]
struct EventOut {
    id: i64,
    #[serde(flatten)]
    event: Event,
    day: Option<NaiveDate>,
    evidence: String,
    document: DocumentOut,
    counts: CountsOut,
    /// With `sentences=true`: the sentence holding the evidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<Context>,
}

#[derive(Serialize)]
struct DocumentOut {
    id: i64,
    outlet: Option<String>,
    url: Option<String>,
    title: Option<String>,
    date: Option<NaiveDate>,
    language: Option<String>,
    duplicate_of: Option<i64>,
}

#[derive(Serialize)]
struct CountsOut {
    mentions: u64,
    articles: u64,
    sources: u64,
}

#[derive(Serialize)]
struct Context {
    sentence: String,
    /// Where the evidence lies in `sentence`, in UTF-16 code units.
    evidence_utf16: [usize; 2],
}

impl From<StoredEvent> for EventOut {
    fn from(s: StoredEvent) -> Self {
        let d = s.document;
        Self {
            id: s.id,
            event: s.event,
            day: s.day,
            evidence: s.evidence,
            document: DocumentOut {
                id: d.id,
                outlet: d.outlet,
                url: d.url,
                title: d.title,
                date: d.date,
                language: d.language,
                duplicate_of: d.duplicate_of,
            },
            counts: CountsOut { mentions: s.counts.mentions, articles: s.counts.articles, sources: s.counts.sources },
            context: None,
        }
    }
}

#[derive(Serialize)]
pub(crate) struct EventPage {
    /// Matching events, counted up to 10,000.
    total: u64,
    /// More events match than `total` says.
    total_capped: bool,
    limit: u32,
    offset: u32,
    events: Vec<EventOut>,
}

/// Events are counted up to this many; beyond, `total_capped` is true.
const TOTAL_CAP: u64 = 10_000;

/// `GET /api/events`: filtered events in day order, a page at a time.
pub(crate) async fn events(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<EventPage>> {
    let mut filter = event_filter(&mut p)?;
    let (limit, offset) = p.page(100, 1000)?;
    let sentences = p.flag("sentences")?;
    p.finish(&accepted(&["limit", "offset", "sentences"]))?;
    filter.limit = Some(limit);
    filter.offset = offset;
    // The total is counted no further than TOTAL_CAP: on a million events a
    // broad filter would otherwise cost a full count for every page.
    let ((total, total_capped), stored) =
        state.with_store(move |s| Ok((s.count_events_up_to(&filter, TOTAL_CAP)?, s.query(&filter)?))).await?;
    let mut events: Vec<EventOut> = stored.into_iter().map(EventOut::from).collect();
    if sentences {
        add_context(&state, &mut events).await?;
    }
    Ok(Json(EventPage { total, total_capped, limit, offset, events }))
}

/// Cuts each event's sentence from its document's text.
async fn add_context(state: &AppState, events: &mut [EventOut]) -> ApiResult<()> {
    let mut docs: Vec<i64> = events.iter().map(|e| e.document.id).collect();
    docs.sort_unstable();
    docs.dedup();
    let texts = state
        .with_reader(move |conn| {
            let mut st = conn.prepare_cached("SELECT text FROM documents WHERE id = ?1").map_err(sql::fail("document text"))?;
            docs.into_iter()
                .map(|id| st.query_row([id], |r| r.get::<_, String>(0)).map(|t| (id, t)).map_err(sql::fail("document text")))
                .collect::<ApiResult<std::collections::HashMap<i64, String>>>()
        })
        .await?;
    for e in events {
        let Some(text) = texts.get(&e.document.id) else { continue };
        let (sentence, span) = sentence_around(text, e.event.span);
        let evidence_utf16 = utf16_span(&sentence, [span[0] as i64, span[1] as i64]);
        e.context = Some(Context { sentence, evidence_utf16 });
    }
    Ok(())
}

/// `GET /api/series`: counts and Goldstein sums per period by quad class.
pub(crate) async fn series(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<sql::Series>> {
    let filter = event_filter(&mut p)?;
    let interval = match p.one("interval")? {
        None => Interval::Day,
        Some(v) => Interval::parse(&v)
            .ok_or_else(|| ApiError::bad_request(format!("`interval` must be day, week or month, not {v:?}")))?,
    };
    p.finish(&accepted(&["interval"]))?;
    Ok(Json(state.with_reader(move |c| sql::series(c, &filter, interval)).await?))
}

/// `GET /api/network`: the actor network of the selected events.
pub(crate) async fn network(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<sql::Network>> {
    let filter = event_filter(&mut p)?;
    let max_edges = p.positive("max_edges", 150, 2000)?;
    p.finish(&accepted(&["max_edges"]))?;
    Ok(Json(state.with_reader(move |c| sql::network(c, &filter, max_edges)).await?))
}

/// `GET /api/locations`: located events by place.
pub(crate) async fn locations(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<sql::Located>> {
    let filter = event_filter(&mut p)?;
    let limit = p.positive("limit", 500, 5000)?;
    p.finish(&accepted(&["limit"]))?;
    Ok(Json(state.with_reader(move |c| sql::locations(c, &filter, limit)).await?))
}

#[derive(Serialize)]
pub(crate) struct ActorPage {
    actors: Vec<sql::ActorRow>,
}

/// `GET /api/actors`: actor codes seen, most frequent first.
pub(crate) async fn actors(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<ActorPage>> {
    let prefix = match p.one("prefix")? {
        Some(v) => match actor_match("prefix", &format!("{v}*"))? {
            sitrep_store::CodeMatch::Prefix(c) | sitrep_store::CodeMatch::Exact(c) => c,
        },
        None => String::new(),
    };
    let limit = p.positive("limit", 200, 5000)?;
    p.finish(&["prefix", "limit"])?;
    let actors = state.with_reader(move |c| sql::actors(c, &prefix, limit)).await?;
    Ok(Json(ActorPage { actors }))
}

/// `GET /api/stats`: what the store holds.
pub(crate) async fn stats(State(state): State<AppState>, p: Params) -> ApiResult<Json<sql::Overview>> {
    p.finish(&[])?;
    let stats = state.with_store(|s| Ok(s.stats()?)).await?;
    Ok(Json(state.with_reader(move |c| sql::overview(c, stats)).await?))
}
