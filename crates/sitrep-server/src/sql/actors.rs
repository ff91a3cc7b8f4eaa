//! The actor table, and an overview of the whole store.

use rusqlite::{params, Connection};
use serde::Serialize;

use super::fail;
use crate::error::ApiResult;

#[derive(Debug, Serialize)]
pub(crate) struct ActorRow {
    pub code: String,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Events naming the actor as source or target.
    pub events: u64,
    /// The words that first named it.
    pub example_text: Option<String>,
}

/// Actors whose code starts with `prefix` (all when empty), most frequent first.
pub(crate) fn actors(conn: &Connection, prefix: &str, limit: u32) -> ApiResult<Vec<ActorRow>> {
    let mut st = conn
        .prepare_cached(
            "SELECT code, first_seen, last_seen, events, example_text FROM actors
             WHERE ?1 = '' OR (code >= ?1 AND code < ?1 || char(127)) ORDER BY events DESC, code LIMIT ?2",
        )
        .map_err(fail("list actors"))?;
    let rows = st
        .query_map(params![prefix, limit], |r| {
            Ok(ActorRow {
                code: r.get(0)?,
                first_seen: r.get(1)?,
                last_seen: r.get(2)?,
                events: r.get::<_, i64>(3)? as u64,
                example_text: r.get(4)?,
            })
        })
        .map_err(fail("list actors"))?;
    rows.collect::<rusqlite::Result<_>>().map_err(fail("list actors"))
}

/// What the store holds: the dashboard's header and its filters' bounds.
#[derive(Debug, Serialize)]
pub(crate) struct Overview {
    pub documents: u64,
    pub duplicates: u64,
    pub events: u64,
    pub actors: u64,
    /// Events with coordinates (the map is empty without them).
    pub located_events: u64,
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    /// Country prefixes (first three letters of actor codes) with their events.
    pub countries: Vec<Country>,
    /// Outlets with their documents, most prolific first (at most 500).
    pub outlets: Vec<Outlet>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Outlet {
    pub name: String,
    pub documents: u64,
}

#[derive(Debug, Serialize)]
pub(crate) struct Country {
    pub code: String,
    pub events: u64,
}

pub(crate) fn overview(conn: &Connection, stats: sitrep_store::StoreStats) -> ApiResult<Overview> {
    let (located_events, first_day, last_day) = conn
        .query_row(
            "SELECT (SELECT COUNT(*) FROM events WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL),
                    (SELECT MIN(day) FROM events), (SELECT MAX(day) FROM events)",
            [],
            |r| Ok((r.get::<_, i64>(0)? as u64, r.get(1)?, r.get(2)?)),
        )
        .map_err(fail("overview"))?;
    // From the small actors table, not the events: an actor's events summed
    // per country over-count events between two actors of one country, which
    // is fine for ordering a menu.
    let mut st = conn
        .prepare_cached("SELECT substr(code, 1, 3) AS c, SUM(events) FROM actors GROUP BY c ORDER BY 2 DESC, c")
        .map_err(fail("countries"))?;
    let countries = st
        .query_map([], |r| Ok(Country { code: r.get(0)?, events: r.get::<_, i64>(1)? as u64 }))
        .and_then(|rows| rows.collect())
        .map_err(fail("countries"))?;
    // The documents_outlet index makes this a walk of the index, not the table.
    let mut st = conn
        .prepare_cached(
            "SELECT outlet, COUNT(*) FROM documents WHERE outlet IS NOT NULL AND outlet <> ''
             GROUP BY outlet ORDER BY 2 DESC, outlet LIMIT 500",
        )
        .map_err(fail("outlets"))?;
    let outlets = st
        .query_map([], |r| Ok(Outlet { name: r.get(0)?, documents: r.get::<_, i64>(1)? as u64 }))
        .and_then(|rows| rows.collect())
        .map_err(fail("outlets"))?;
    Ok(Overview {
        outlets,
        documents: stats.documents,
        duplicates: stats.duplicates,
        events: stats.events,
        actors: stats.actors,
        located_events,
        first_day,
        last_day,
        countries,
    })
}
