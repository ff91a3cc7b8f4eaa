//! Documents: one with its text, evidence spans and story; lists; full-text
//! search; stories of near-duplicate reports; located events.

use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};
use serde::Serialize;
use sitrep_store::EventFilter;

use super::filter::Where;
use super::{check_text_query, fail};
use crate::error::{ApiError, ApiResult};
use crate::params::Narrowing;
use crate::text::utf16_span;

/// A document as lists show it.
#[derive(Debug, Serialize)]
pub(crate) struct DocSummary {
    pub id: i64,
    pub ext_id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    /// Where the publication date was read (`json-ld`, `meta`, `url`,
    /// `text`, `capture`…), when the reader said.
    pub date_source: Option<String>,
    /// How sure the publication date is, 0 to 1 (the store's
    /// `date_confidence`, migration 0008), as the exports carry it.
    pub date_confidence: Option<f64>,
    pub duplicate_of: Option<i64>,
}

/// The summary's columns; the queries that add columns of their own read
/// them from index `SUMMARY_COLUMNS` on.
const SUMMARY: &str =
    "d.id, d.ext_id, d.title, d.outlet, d.url, d.date, d.duplicate_of, d.date_source, d.date_confidence";
const SUMMARY_COLUMNS: usize = 9;

fn summary(r: &Row) -> rusqlite::Result<DocSummary> {
    Ok(DocSummary {
        id: r.get(0)?,
        ext_id: r.get(1)?,
        title: r.get(2)?,
        outlet: r.get(3)?,
        url: r.get(4)?,
        date: r.get(5)?,
        date_source: r.get(7)?,
        // Stored as REAL from an f32: two decimals, as the exports print it.
        date_confidence: r.get::<_, Option<f64>>(8)?.map(|c| (c * 100.0).round() / 100.0),
        duplicate_of: r.get(6)?,
    })
}

/// One document with its full text.
#[derive(Debug, Serialize)]
pub(crate) struct DocumentFull {
    #[serde(flatten)]
    pub doc: DocSummary,
    pub language: Option<String>,
    pub ingested_at: String,
    pub text: String,
    /// Every document of its story, first copy first (just itself when it has no copies).
    pub story: Vec<DocSummary>,
    pub events: Vec<DocEvent>,
}

/// An event of the document, with its span in UTF-16 units too, so that a
/// browser can cut the text without converting byte offsets.
#[derive(Debug, Serialize)]
pub(crate) struct DocEvent {
    pub id: i64,
    pub sentence: i64,
    pub span: [i64; 2],
    pub span_utf16: [usize; 2],
    pub source: Option<String>,
    pub source_text: Option<String>,
    pub target: Option<String>,
    pub target_text: Option<String>,
    pub cameo: String,
    pub plover_type: Option<String>,
    pub quad_class: Option<i64>,
    pub goldstein: Option<f64>,
    pub certainty: String,
    pub attribution_kind: String,
    pub attribution_text: Option<String>,
    pub quote: Option<String>,
    pub rule: String,
}

pub(crate) fn document(conn: &Connection, id: i64) -> ApiResult<DocumentFull> {
    let found = conn
        .query_row(
            &format!("SELECT {SUMMARY}, d.language, d.ingested_at, d.text FROM documents d WHERE d.id = ?1"),
            [id],
            |r| {
                Ok((
                    summary(r)?,
                    r.get(SUMMARY_COLUMNS)?,
                    r.get(SUMMARY_COLUMNS + 1)?,
                    r.get::<_, String>(SUMMARY_COLUMNS + 2)?,
                ))
            },
        )
        .optional()
        .map_err(fail("read a document"))?;
    let Some((doc, language, ingested_at, text)) = found else {
        return Err(ApiError::not_found(format!("no document with id {id}")));
    };
    let first = doc.duplicate_of.unwrap_or(doc.id);
    let story = story_documents(conn, first)?;
    let events = doc_events(conn, id, &text)?;
    Ok(DocumentFull { doc, language, ingested_at, text, story, events })
}

fn story_documents(conn: &Connection, first: i64) -> ApiResult<Vec<DocSummary>> {
    let mut st = conn
        .prepare_cached(&format!(
            "SELECT {SUMMARY} FROM documents d WHERE d.id = ?1 OR d.duplicate_of = ?1 ORDER BY d.duplicate_of IS NOT NULL, d.id"
        ))
        .map_err(fail("story documents"))?;
    let rows = st.query_map([first], summary).map_err(fail("story documents"))?;
    rows.collect::<rusqlite::Result<_>>().map_err(fail("story documents"))
}

fn doc_events(conn: &Connection, doc: i64, text: &str) -> ApiResult<Vec<DocEvent>> {
    let mut st = conn
        .prepare_cached(
            "SELECT id, sentence, span_start, span_end, source_code, source_text, target_code, target_text, cameo,
                    plover_type, quad_class, goldstein, certainty, attribution_kind, attribution_text, quote, rule
             FROM events WHERE doc = ?1 ORDER BY span_start, id",
        )
        .map_err(fail("document events"))?;
    let rows = st
        .query_map([doc], |r| {
            let span = [r.get::<_, i64>(2)?, r.get::<_, i64>(3)?];
            Ok(DocEvent {
                id: r.get(0)?,
                sentence: r.get(1)?,
                span,
                span_utf16: utf16_span(text, span),
                source: r.get(4)?,
                source_text: r.get(5)?,
                target: r.get(6)?,
                target_text: r.get(7)?,
                cameo: r.get(8)?,
                plover_type: r.get(9)?,
                quad_class: r.get(10)?,
                goldstein: r.get(11)?,
                certainty: r.get(12)?,
                attribution_kind: r.get(13)?,
                attribution_text: r.get(14)?,
                quote: r.get(15)?,
                rule: r.get(16)?,
            })
        })
        .map_err(fail("document events"))?;
    rows.collect::<rusqlite::Result<_>>().map_err(fail("document events"))
}

#[derive(Debug, Serialize)]
pub(crate) struct DocumentPage {
    pub total: u64,
    pub documents: Vec<ListedDoc>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ListedDoc {
    #[serde(flatten)]
    pub doc: DocSummary,
    pub events: u64,
}

/// Documents, newest first, optionally of one outlet.
pub(crate) fn documents(conn: &Connection, outlet: Option<&str>, limit: u32, offset: u32) -> ApiResult<DocumentPage> {
    let total = conn
        .query_row("SELECT COUNT(*) FROM documents WHERE ?1 IS NULL OR outlet = ?1", [outlet], |r| r.get::<_, i64>(0))
        .map_err(fail("count documents"))? as u64;
    let mut st = conn
        .prepare(&format!(
            "SELECT {SUMMARY}, (SELECT COUNT(*) FROM events e WHERE e.doc = d.id) FROM documents d
             WHERE ?1 IS NULL OR d.outlet = ?1 ORDER BY d.date DESC, d.id DESC LIMIT ?2 OFFSET ?3"
        ))
        .map_err(fail("list documents"))?;
    let rows = st
        .query_map(params![outlet, limit, offset], |r| Ok(ListedDoc { doc: summary(r)?, events: r.get::<_, i64>(SUMMARY_COLUMNS)? as u64 }))
        .map_err(fail("list documents"))?;
    let documents = rows.collect::<rusqlite::Result<_>>().map_err(fail("list documents"))?;
    Ok(DocumentPage { total, documents })
}

#[derive(Debug, Serialize)]
pub(crate) struct SearchPage {
    pub total: u64,
    pub results: Vec<SearchHit>,
}

#[derive(Debug, Serialize)]
pub(crate) struct SearchHit {
    #[serde(flatten)]
    pub doc: DocSummary,
    /// The best passage, cut into pieces; `hit` marks the matched words.
    /// Pieces rather than markup, so that no document text is ever HTML.
    pub snippet: Vec<SnippetPart>,
}

#[derive(Debug, Serialize)]
pub(crate) struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// Full-text search over titles and texts (FTS5 syntax), best match first.
pub(crate) fn search(conn: &Connection, q: &str, limit: u32, offset: u32) -> ApiResult<SearchPage> {
    check_text_query(conn, Some(q))?;
    let total = conn
        .query_row("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?1", [q], |r| r.get::<_, i64>(0))
        .map_err(fail("count search results"))? as u64;
    let mut st = conn
        .prepare(&format!(
            "SELECT {SUMMARY}, snippet(documents_fts, 1, char(2), char(3), '…', 32)
             FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
             WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2 OFFSET ?3"
        ))
        .map_err(fail("search"))?;
    let rows = st
        .query_map(params![q, limit, offset], |r| {
            let snippet: Option<String> = r.get(SUMMARY_COLUMNS)?;
            Ok(SearchHit { doc: summary(r)?, snippet: snippet_parts(snippet.as_deref().unwrap_or("")) })
        })
        .map_err(fail("search"))?;
    let results = rows.collect::<rusqlite::Result<_>>().map_err(fail("search"))?;
    Ok(SearchPage { total, results })
}

fn snippet_parts(s: &str) -> Vec<SnippetPart> {
    let mut out = Vec::new();
    for (i, piece) in s.split('\u{2}').enumerate() {
        // Before the first marker nothing is a hit; after each, the hit runs to \u{3}.
        let (hit, rest) = match piece.split_once('\u{3}') {
            Some((hit, rest)) if i > 0 => (Some(hit), rest),
            _ => (None, piece),
        };
        if let Some(h) = hit.filter(|h| !h.is_empty()) {
            out.push(SnippetPart { text: h.to_owned(), hit: true });
        }
        if !rest.is_empty() {
            out.push(SnippetPart { text: rest.to_owned(), hit: false });
        }
    }
    out
}

#[derive(Debug, Serialize)]
pub(crate) struct StoryPage {
    /// Stories with at least one copy.
    pub total: u64,
    pub stories: Vec<Story>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Story {
    /// The first copy's id, which names the story.
    pub id: i64,
    pub outlets: u64,
    pub events: u64,
    /// First copy first, then its copies.
    pub documents: Vec<DocSummary>,
}

/// Stories of near-duplicate reports, the most copied first.
pub(crate) fn stories(conn: &Connection, limit: u32, offset: u32) -> ApiResult<StoryPage> {
    let total = conn
        .query_row("SELECT COUNT(DISTINCT duplicate_of) FROM documents WHERE duplicate_of IS NOT NULL", [], |r| r.get::<_, i64>(0))
        .map_err(fail("count stories"))? as u64;
    let mut st = conn
        .prepare(
            "SELECT duplicate_of, COUNT(*) AS copies FROM documents WHERE duplicate_of IS NOT NULL
             GROUP BY duplicate_of ORDER BY copies DESC, duplicate_of LIMIT ?1 OFFSET ?2",
        )
        .map_err(fail("list stories"))?;
    let firsts: Vec<i64> = st
        .query_map(params![limit, offset], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .map_err(fail("list stories"))?;
    let mut stories = Vec::with_capacity(firsts.len());
    for id in firsts {
        let documents = story_documents(conn, id)?;
        let (outlets, events) = conn
            .query_row(
                "SELECT (SELECT COUNT(DISTINCT outlet) FROM documents WHERE id = ?1 OR duplicate_of = ?1),
                        (SELECT COUNT(*) FROM events WHERE story = ?1)",
                [id],
                |r| Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64)),
            )
            .map_err(fail("story counts"))?;
        stories.push(Story { id, outlets, events, documents });
    }
    Ok(StoryPage { total, stories })
}

#[derive(Debug, Serialize)]
pub(crate) struct Located {
    /// Events the filter selects.
    pub events: u64,
    /// Of those, events with coordinates.
    pub located: u64,
    pub places: Vec<Place>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Place {
    pub name: String,
    pub country: Option<String>,
    /// The first-level division the place lies in, by name.
    pub admin1: Option<String>,
    /// What kind of place it is (`country`, `admin1`, `city`…), so that a
    /// client can narrow to a country or area rather than to its point.
    pub feature: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub count: u64,
    pub goldstein_mean: Option<f64>,
}

/// Events with coordinates, grouped by place, for the map.
pub(crate) fn locations(conn: &Connection, filter: &EventFilter, narrow: &Narrowing, limit: u32) -> ApiResult<Located> {
    check_text_query(conn, filter.text.as_deref())?;
    let w = Where::new(filter).narrow(narrow);
    let events = conn
        .query_row(&format!("SELECT COUNT(*) FROM ({})", w.union("1")), params_from_iter(&w.params), |r| r.get::<_, i64>(0))
        .map_err(fail("count events"))? as u64;
    // The located events (migration 0010's partial index), each tested
    // against the filter, when there are no more of them than the filter
    // selects: else the planner may read every selected event's row to find
    // none located (a year of a million events: 1 s). Counted no further.
    let located_all = conn
        .query_row(
            &format!(
                "SELECT COUNT(*) FROM (SELECT 1 FROM events INDEXED BY events_located
                 WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL LIMIT {})",
                events + 1
            ),
            [],
            |r| r.get::<_, i64>(0),
        )
        .map_err(fail("count located events"))? as u64;
    let from = if located_all <= events { "events e INDEXED BY events_located" } else { "events e" };
    let w = w.and("e.location_lat IS NOT NULL").and("e.location_lon IS NOT NULL");
    // Places are counted on the columns of `events_located` alone (no row
    // of the table read per event); each listed place's admin1 and kind are
    // then read from one of its events, found by the same index.
    let of_place = |column: &str| {
        format!(
            "(SELECT x.{column} FROM events x INDEXED BY events_located
              WHERE x.location_name IS p.name AND x.location_country IS p.country AND x.location_lat = p.lat
                AND x.location_lon = p.lon AND x.location_lat IS NOT NULL AND x.location_lon IS NOT NULL LIMIT 1)"
        )
    };
    let sql = format!(
        "SELECT p.name, p.country, p.lat, p.lon, p.n, p.g, p.total, {}, {}
         FROM (SELECT e.location_name AS name, e.location_country AS country, e.location_lat AS lat, e.location_lon AS lon,
                      COUNT(*) AS n, ROUND(AVG(e.goldstein), 3) AS g, SUM(COUNT(*)) OVER () AS total
               FROM {from} {} GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1, 2, 3, 4 LIMIT {limit}) p
         ORDER BY p.n DESC, p.name, p.country, p.lat, p.lon",
        of_place("location_admin1"),
        of_place("location_feature"),
        w.sql()
    );
    let mut st = conn.prepare(&sql).map_err(fail("locations"))?;
    let mut located = 0;
    let rows = st
        .query_map(params_from_iter(&w.params), |r| {
            located = r.get::<_, i64>(6)? as u64;
            Ok(Place {
                name: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                country: r.get(1)?,
                admin1: r.get(7)?,
                feature: r.get(8)?,
                lat: r.get(2)?,
                lon: r.get(3)?,
                count: r.get::<_, i64>(4)? as u64,
                goldstein_mean: r.get(5)?,
            })
        })
        .map_err(fail("locations"))?;
    let places = rows.collect::<rusqlite::Result<_>>().map_err(fail("locations"))?;
    Ok(Located { events, located, places })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_split_at_the_markers() {
        let parts = snippet_parts("… the \u{2}coup\u{3} in \u{2}Ouagadougou\u{3}…");
        let hits: Vec<&str> = parts.iter().filter(|p| p.hit).map(|p| p.text.as_str()).collect();
        assert_eq!(hits, ["coup", "Ouagadougou"]);
        assert_eq!(parts[0].text, "… the ");
    }
}
