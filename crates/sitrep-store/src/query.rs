//! Reading events back: filtered queries with the story counts.

use chrono::NaiveDate;
use rusqlite::{params_from_iter, Row};
use sitrep_model::{
    Actor, ActorCode, Attribution, AttributionKind, CameoCode, Certainty, DatePrecision, Event,
    EventDate, Location, Plover, QuadClass,
};

use crate::error::{Result, StoreError};
use crate::filter::EventFilter;
use crate::plan::Plan;
use crate::store::Store;

/// An event as stored, with its document and how widely it was reported.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// The store's id for the event: stable, unique in this store.
    pub id: i64,
    /// The event record as it was written.
    pub event: Event,
    /// The event's date, else the document's publication date.
    pub day: Option<NaiveDate>,
    pub document: DocumentInfo,
    /// The document text inside the event's span.
    pub evidence: String,
    pub counts: StoryCounts,
}

/// What the store knows of an event's document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentInfo {
    /// The store's id for the document.
    pub id: i64,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    /// Where `date` was read (`json-ld`, `url`, `text`, `capture` …).
    pub date_source: Option<String>,
    /// How sure `date` is, from 0 to 1.
    pub date_confidence: Option<f32>,
    pub language: Option<String>,
    /// The store id of the story's first copy when this document is a
    /// near-duplicate of it.
    pub duplicate_of: Option<i64>,
    /// When the store received it, UTC `YYYY-MM-DDTHH:MM:SSZ`.
    pub ingested_at: String,
}

/// How widely one event was reported, in the sense of GDELT's columns.
///
/// "The same event" is the same CAMEO code between the same source and
/// target codes within one story (a first copy and its near-duplicates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StoryCounts {
    /// Events so coded in the story, every mention in every copy.
    pub mentions: u64,
    /// Documents of the story carrying it.
    pub articles: u64,
    /// Distinct outlets among those documents.
    pub sources: u64,
}

/// The select list, in the order `decode` reads it.
const COLUMNS: &str = "e.id, d.ext_id, e.sentence, e.span_start, e.span_end,
    e.source_text, e.source_code, e.source_id, e.target_text, e.target_code, e.target_id,
    e.cameo, e.plover_type, e.plover_mode, e.quad_class, e.goldstein, e.certainty,
    e.attribution_text, e.attribution_kind, e.quote, e.date, e.date_precision,
    e.location_name, e.location_country, e.location_admin1, e.location_lat, e.location_lon,
    e.location_geonames_id, e.location_precision, e.rule, e.day,
    d.id, d.outlet, d.url, d.title, d.date, d.language, d.duplicate_of, d.ingested_at,
    substr(CAST(d.text AS BLOB), e.span_start + 1, e.span_end - e.span_start),
    (SELECT COUNT(*) FROM events m WHERE m.story = e.story AND m.cameo = e.cameo
        AND m.source_code IS e.source_code AND m.target_code IS e.target_code),
    (SELECT COUNT(DISTINCT m.doc) FROM events m WHERE m.story = e.story AND m.cameo = e.cameo
        AND m.source_code IS e.source_code AND m.target_code IS e.target_code),
    (SELECT COUNT(DISTINCT md.outlet) FROM events m JOIN documents md ON md.id = m.doc
        WHERE m.story = e.story AND m.cameo = e.cameo
        AND m.source_code IS e.source_code AND m.target_code IS e.target_code),
    e.trigger_start, e.trigger_end, e.location_feature, e.location_span_start, e.location_span_end,
    d.date_source, d.date_confidence";

impl Store {
    /// The events `filter` selects, in day order, with their documents and
    /// story counts.
    pub fn query(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        let mut out = Vec::new();
        self.for_each_event(filter, |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// Calls `f` with each event `filter` selects, without holding them all
    /// in memory (the exports use this). Returns how many there were.
    pub fn for_each_event(
        &self,
        filter: &EventFilter,
        mut f: impl FnMut(StoredEvent) -> Result<()>,
    ) -> Result<u64> {
        let fail = |source| query_error(self, filter, "select events", source);
        let sql = Plan::new(&self.conn, filter, self.selective)
            .map_err(fail)?
            .select(COLUMNS);
        let mut st = self.conn.prepare_cached(&sql.text).map_err(fail)?;
        let mut rows = st.query(params_from_iter(sql.params)).map_err(fail)?;
        let mut n = 0;
        while let Some(row) = rows.next().map_err(fail)? {
            f(decode(row)?)?;
            n += 1;
        }
        Ok(n)
    }

    /// How many events `filter` selects, ignoring its limit and offset.
    pub fn count_events(&self, filter: &EventFilter) -> Result<u64> {
        let fail = |source| query_error(self, filter, "count events", source);
        let sql = Plan::new(&self.conn, filter, self.selective)
            .map_err(fail)?
            .count();
        let mut st = self.conn.prepare_cached(&sql.text).map_err(fail)?;
        st.query_row(params_from_iter(sql.params), |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(fail)
    }

    /// How many events match, counting no further than `cap`; `true` with
    /// the count when there are more. What an API shows as "10,000+".
    pub fn count_events_up_to(&self, filter: &EventFilter, cap: u64) -> Result<(u64, bool)> {
        let fail = |source| query_error(self, filter, "count events", source);
        let sql = Plan::new(&self.conn, filter, self.selective).map_err(fail)?.count_up_to(cap.saturating_add(1));
        let mut st = self.conn.prepare_cached(&sql.text).map_err(fail)?;
        let n = st.query_row(params_from_iter(sql.params), |r| r.get::<_, i64>(0)).map_err(fail)? as u64;
        Ok((n.min(cap), n > cap))
    }

    /// How the store would find `filter`'s events, for tuning: the candidate
    /// query of the condition that drives it, or the day-ordered scan.
    pub fn explain(&self, filter: &EventFilter) -> Result<String> {
        let plan = Plan::new(&self.conn, filter, self.selective)
            .map_err(|source| query_error(self, filter, "plan a query", source))?;
        Ok(plan.describe())
    }
}

/// A bad FTS5 expression is the caller's mistake, not the store's: when the
/// text query alone fails, say so.
fn query_error(
    store: &Store,
    filter: &EventFilter,
    what: &'static str,
    source: rusqlite::Error,
) -> StoreError {
    if let Some(q) = &filter.text {
        let check = store.conn.query_row(
            "SELECT 1 FROM documents_fts WHERE documents_fts MATCH ?1 LIMIT 1",
            [q],
            |_| Ok(()),
        );
        match check {
            Ok(()) | Err(rusqlite::Error::QueryReturnedNoRows) => {}
            Err(e) => {
                return StoreError::TextQuery {
                    query: q.clone(),
                    message: e.to_string(),
                }
            }
        }
    }
    StoreError::Sql { what, source }
}

fn decode(r: &Row) -> Result<StoredEvent> {
    let id: i64 = r.get(0).map_err(|source| StoreError::Sql {
        what: "read an event",
        source,
    })?;
    decode_fields(id, r).map_err(|message| StoreError::Corrupt {
        event_id: id,
        message,
    })
}

fn decode_fields(id: i64, r: &Row) -> Result<StoredEvent, String> {
    let s = |i: usize| r.get::<_, Option<String>>(i).map_err(|e| e.to_string());
    let n = |i: usize| r.get::<_, Option<i64>>(i).map_err(|e| e.to_string());
    let f = |i: usize| r.get::<_, Option<f64>>(i).map_err(|e| e.to_string());
    let req = |i: usize| s(i)?.ok_or_else(|| format!("column {i} is NULL"));
    let usize_at = |i: usize| {
        n(i)?
            .map(|v| v as usize)
            .ok_or_else(|| format!("column {i} is NULL"))
    };

    let cameo = CameoCode::parse(&req(11)?).map_err(|e| e.to_string())?;
    let plover = s(12)?
        .map(|event_type| {
            Ok::<_, String>(Plover {
                event_type,
                mode: s(13)?,
            })
        })
        .transpose()?;
    let quad_class = n(14)?.map(|q| QuadClass::try_from(q as u8)).transpose()?;
    let date = match (s(20)?, s(21)?) {
        (Some(v), Some(p)) => Some(EventDate {
            value: parse_date(&v)?,
            precision: parse_precision(&p)?,
        }),
        _ => None,
    };
    let location = match s(22)? {
        Some(name) => Some(Location {
            name,
            country: s(23)?,
            admin1: s(24)?,
            lat: f(25)?,
            lon: f(26)?,
            geonames_id: n(27)?.map(|g| g as u64),
            precision: s(28)?.unwrap_or_default(),
            feature: s(45)?,
            span: match (n(46)?, n(47)?) {
                (Some(a), Some(b)) if a >= 0 && b >= a => Some([a as usize, b as usize]),
                _ => None,
            },
        }),
        None => None,
    };
    let event = Event {
        doc_id: req(1)?,
        sentence: usize_at(2)?,
        span: [usize_at(3)?, usize_at(4)?],
        // Events stored before schema 3 have no trigger: their evidence span stands in.
        trigger: match (n(43)?, n(44)?) {
            (Some(a), Some(b)) if a >= 0 && b >= a => [a as usize, b as usize],
            _ => [usize_at(3)?, usize_at(4)?],
        },
        source: actor(s(5)?, s(6)?, s(7)?)?,
        target: actor(s(8)?, s(9)?, s(10)?)?,
        cameo,
        plover,
        quad_class,
        goldstein: f(15)?.map(|g| g as f32),
        certainty: parse_certainty(&req(16)?)?,
        attribution: Attribution {
            text: s(17)?,
            kind: parse_attribution_kind(&req(18)?)?,
        },
        quote: s(19)?,
        date,
        location,
        rule: req(29)?,
    };
    let evidence = r
        .get::<_, Option<Vec<u8>>>(39)
        .map_err(|e| e.to_string())?
        .unwrap_or_default();
    let count = |i: usize| n(i).map(|v| v.unwrap_or(0) as u64);
    Ok(StoredEvent {
        event,
        id,
        day: s(30)?.map(|d| parse_date(&d)).transpose()?,
        document: DocumentInfo {
            id: n(31)?.ok_or("document id is NULL")?,
            outlet: s(32)?,
            url: s(33)?,
            title: s(34)?,
            date: s(35)?.map(|d| parse_date(&d)).transpose()?,
            date_source: s(48)?,
            date_confidence: f(49)?.map(|c| c as f32),
            language: s(36)?,
            duplicate_of: n(37)?,
            ingested_at: req(38)?,
        },
        evidence: String::from_utf8_lossy(&evidence).into_owned(),
        counts: StoryCounts {
            mentions: count(40)?,
            articles: count(41)?,
            sources: count(42)?,
        },
    })
}

fn actor(
    text: Option<String>,
    code: Option<String>,
    id: Option<String>,
) -> Result<Option<Actor>, String> {
    let Some(text) = text else { return Ok(None) };
    let code = code
        .map(|c| ActorCode::parse(&c))
        .transpose()
        .map_err(|e| e.to_string())?;
    Ok(Some(Actor { text, code, id }))
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("date {s:?}: {e}"))
}

fn parse_precision(s: &str) -> Result<DatePrecision, String> {
    match s {
        "day" => Ok(DatePrecision::Day),
        "month" => Ok(DatePrecision::Month),
        "year" => Ok(DatePrecision::Year),
        _ => Err(format!("unknown date precision {s:?}")),
    }
}

fn parse_certainty(s: &str) -> Result<Certainty, String> {
    s.parse()
}

fn parse_attribution_kind(s: &str) -> Result<AttributionKind, String> {
    s.parse()
}
