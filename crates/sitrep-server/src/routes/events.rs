//! Endpoints over events: the list, and the aggregations the dashboard draws.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::NaiveDate;
use serde::Serialize;
use sitrep_model::Event;
use sitrep_store::StoredEvent;

use super::accepted;
use crate::error::{ApiError, ApiResult};
use crate::download::{self, Format};
use crate::params::{actor_match, event_filter, narrowing, Params, NARROWING_PARAMS};
use crate::sql::{self, Interval, NetworkShape, Order};
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
    /// Where the publication date was read and how sure it is, as the
    /// document endpoints and the exports carry them.
    date_source: Option<String>,
    date_confidence: Option<f64>,
    language: Option<String>,
    duplicate_of: Option<i64>,
}

#[derive(Serialize)]
struct CountsOut {
    mentions: u64,
    articles: u64,
    sources: u64,
}

#[derive(Debug, Serialize)]
pub(crate) struct Context {
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
                date_source: d.date_source,
                date_confidence: d.date_confidence.map(|c| (f64::from(c) * 100.0).round() / 100.0),
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
/// With `format=csv` or `jsonl`: the same events as a file, up to 100,000.
pub(crate) async fn events(State(state): State<AppState>, mut p: Params) -> ApiResult<Response> {
    let mut filter = event_filter(&mut p)?;
    let format = Format::parse(p.one("format")?.as_deref())?;
    let (limit, offset) = if format.is_file() { p.page(EXPORT_MAX, EXPORT_MAX)? } else { p.page(100, 1000)? };
    let sentences = p.flag("sentences")?;
    p.finish(&accepted(&["limit", "offset", "sentences", "format"]))?;
    filter.limit = Some(limit);
    filter.offset = offset;
    if format.is_file() {
        let stored = state.with_store(move |s| Ok(s.query(&filter)?)).await?;
        let events: Vec<EventOut> = stored.into_iter().map(EventOut::from).collect();
        let body = match format {
            Format::Csv => events_csv(&events),
            _ => download::jsonl(&events)?,
        };
        return Ok(download::file(body, format, "sitrep-events"));
    }
    // The total is counted no further than TOTAL_CAP: on a million events a
    // broad filter would otherwise cost a full count for every page.
    let ((total, total_capped), stored) =
        state.with_store(move |s| Ok((s.count_events_up_to(&filter, TOTAL_CAP)?, s.query(&filter)?))).await?;
    let mut events: Vec<EventOut> = stored.into_iter().map(EventOut::from).collect();
    if sentences {
        add_context(&state, &mut events).await?;
    }
    Ok(Json(EventPage { total, total_capped, limit, offset, events }).into_response())
}

/// Most rows a download holds.
const EXPORT_MAX: u32 = 100_000;

/// The columns of `sitrep query --format csv`, and the event's id.
fn events_csv(events: &[EventOut]) -> String {
    let mut out = String::new();
    download::csv_line(
        &mut out,
        &["id", "day", "source", "cameo", "target", "certainty", "attribution", "articles", "outlets", "outlet", "url", "evidence"],
    );
    for e in events {
        let code = |a: &Option<sitrep_model::Actor>| a.as_ref().and_then(|a| a.code.as_ref()).map_or(String::new(), |c| c.to_string());
        let evidence: String = e.evidence.split_whitespace().collect::<Vec<_>>().join(" ");
        download::csv_line(
            &mut out,
            &[
                &e.id.to_string(),
                &e.day.map(|d| d.to_string()).unwrap_or_default(),
                &code(&e.event.source),
                e.event.cameo.as_str(),
                &code(&e.event.target),
                e.event.certainty.as_str(),
                e.event.attribution.kind.as_str(),
                &e.counts.articles.to_string(),
                &e.counts.sources.to_string(),
                e.document.outlet.as_deref().unwrap_or(""),
                e.document.url.as_deref().unwrap_or(""),
                &evidence,
            ],
        );
    }
    out
}

/// `GET /api/event-rows`: the events table: sorted, paged, narrowed by quad
/// class and evidence words; `format=csv|jsonl` downloads it.
pub(crate) async fn event_rows(State(state): State<AppState>, mut p: Params) -> ApiResult<Response> {
    let mut filter = event_filter(&mut p)?;
    let narrow = narrowing(&mut p, &mut filter)?;
    let format = Format::parse(p.one("format")?.as_deref())?;
    let order = Order::parse(p.one("sort")?.as_deref())?;
    let (limit, offset) = if format.is_file() { p.page(EXPORT_MAX, EXPORT_MAX)? } else { p.page(50, 1000)? };
    let sentences = p.flag("sentences")?;
    p.finish(&accepted(&[NARROWING_PARAMS, &["format", "sort", "limit", "offset", "sentences"]].concat()))?;
    let mut page = state.with_reader(move |c| sql::event_rows(c, &filter, &narrow, order, limit, offset)).await?;
    match format {
        Format::Csv => return Ok(download::file(sql::event_rows_csv(&page.rows), format, "sitrep-events")),
        Format::Jsonl => return Ok(download::file(download::jsonl(&page.rows)?, format, "sitrep-events")),
        Format::Json => {}
    }
    if sentences {
        let spans: Vec<(i64, [usize; 2])> = page.rows.iter().map(|r| (r.doc, [r.span[0] as usize, r.span[1] as usize])).collect();
        let contexts = contexts(&state, spans).await?;
        for (row, context) in page.rows.iter_mut().zip(contexts) {
            row.context = context;
        }
    }
    Ok(Json(page).into_response())
}

/// The sentence around each (document, span).
async fn contexts(state: &AppState, spans: Vec<(i64, [usize; 2])>) -> ApiResult<Vec<Option<Context>>> {
    let mut docs: Vec<i64> = spans.iter().map(|(d, _)| *d).collect();
    docs.sort_unstable();
    docs.dedup();
    let texts = document_texts(state, docs).await?;
    Ok(spans
        .into_iter()
        .map(|(doc, span)| {
            let text = texts.get(&doc)?;
            let (sentence, at) = sentence_around(text, span);
            let evidence_utf16 = utf16_span(&sentence, [at[0] as i64, at[1] as i64]);
            Some(Context { sentence, evidence_utf16 })
        })
        .collect())
}

async fn document_texts(state: &AppState, docs: Vec<i64>) -> ApiResult<std::collections::HashMap<i64, String>> {
    state
        .with_reader(move |conn| {
            let mut st = conn.prepare_cached("SELECT text FROM documents WHERE id = ?1").map_err(sql::fail("document text"))?;
            docs.into_iter()
                .map(|id| st.query_row([id], |r| r.get::<_, String>(0)).map(|t| (id, t)).map_err(sql::fail("document text")))
                .collect()
        })
        .await
}

/// `GET /api/vocabulary`: names for codes (CAMEO, countries, organisations, roles).
pub(crate) async fn vocabulary(p: Params) -> ApiResult<Json<&'static crate::vocabulary::Vocabulary>> {
    p.finish(&[])?;
    Ok(Json(crate::vocabulary::vocabulary()))
}

/// Cuts each event's sentence from its document's text.
async fn add_context(state: &AppState, events: &mut [EventOut]) -> ApiResult<()> {
    let spans: Vec<(i64, [usize; 2])> = events.iter().map(|e| (e.document.id, e.event.span)).collect();
    for (e, context) in events.iter_mut().zip(contexts(state, spans).await?) {
        e.context = context;
    }
    Ok(())
}

/// `GET /api/series`: counts and Goldstein sums per period by quad class.
pub(crate) async fn series(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<sql::Series>> {
    let mut filter = event_filter(&mut p)?;
    let narrow = narrowing(&mut p, &mut filter)?;
    let interval = match p.one("interval")? {
        None => Some(Interval::Day),
        Some(v) => Interval::parse(&v)
            .ok_or_else(|| ApiError::bad_request(format!("`interval` must be day, week, month or auto, not {v:?}")))?,
    };
    p.finish(&accepted(&[NARROWING_PARAMS, &["interval"]].concat()))?;
    Ok(Json(state.with_reader(move |c| sql::series(c, &filter, &narrow, interval)).await?))
}

/// `GET /api/network`: the actor network of the selected events.
pub(crate) async fn network(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<sql::Network>> {
    let mut filter = event_filter(&mut p)?;
    let narrow = narrowing(&mut p, &mut filter)?;
    let max_edges = p.positive("max_edges", 150, 2000)?;
    let by_country = match p.one("group")?.as_deref() {
        None | Some("actor") => false,
        Some("country") => true,
        Some(v) => return Err(ApiError::bad_request(format!("`group` must be actor or country, not {v:?}"))),
    };
    let cross_border_only = p.flag("cross_border")?;
    p.finish(&accepted(&[NARROWING_PARAMS, &["max_edges", "group", "cross_border"]].concat()))?;
    let shape = NetworkShape { max_edges, by_country, cross_border_only };
    Ok(Json(state.with_reader(move |c| sql::network(c, &filter, &narrow, shape)).await?))
}

/// `GET /api/locations`: located events by place.
pub(crate) async fn locations(State(state): State<AppState>, mut p: Params) -> ApiResult<Json<sql::Located>> {
    let mut filter = event_filter(&mut p)?;
    let narrow = narrowing(&mut p, &mut filter)?;
    let limit = p.positive("limit", 500, 5000)?;
    p.finish(&accepted(&[NARROWING_PARAMS, &["limit"]].concat()))?;
    Ok(Json(state.with_reader(move |c| sql::locations(c, &filter, &narrow, limit)).await?))
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
