//! Writing coded documents: one transaction per batch, idempotent.

use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use sitrep_model::{Actor, Document, Event};

use crate::busy;
use crate::error::{Result, SqlContext, StoreError};
use crate::flags::{with_flag, STABLE_PLANS, TRIGGERS};
use crate::hash::ContentHash;
use crate::neardup;
use crate::store::Store;

/// What one [`Store::write_batch`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BatchSummary {
    /// Documents stored (first copies and duplicates).
    pub documents: usize,
    /// Of those, documents linked to an earlier copy of the same story.
    pub near_duplicates: usize,
    /// Documents skipped because their content hash was already stored.
    pub already_stored: usize,
    /// Events stored (those of skipped documents are not).
    pub events: usize,
}

/// What storing a document derives from its text alone: its content hash
/// and its near-duplicate shingles and bucket keys (MinHash). Computed by
/// [`Store::write_batch`], or ahead of it, on other threads, for
/// [`Store::write_batch_with_keys`]: on the writer's thread of an ingest
/// they were a tenth of its time.
#[derive(Debug, Clone)]
pub struct DocumentKeys {
    hash: ContentHash,
    shingles: Option<Vec<u64>>,
    bands: Option<[i64; neardup::BANDS]>,
}

impl DocumentKeys {
    pub fn of(doc: &Document) -> Self {
        let shingles = neardup::shingles(&doc.text);
        let bands = shingles.as_deref().map(neardup::band_keys);
        Self { hash: ContentHash::of(doc), shingles, bands }
    }

    /// The document's [`ContentHash`].
    pub fn hash(&self) -> &ContentHash {
        &self.hash
    }
}

impl Store {
    /// Stores each document with its events, in one transaction.
    ///
    /// A document whose [`ContentHash`] is already stored — by an earlier batch
    /// or earlier in this one — is skipped with its events, so writing the same
    /// batch twice changes nothing, and a rerun after a crash completes the
    /// rest without duplicates. If the process dies mid-batch the transaction
    /// is rolled back: the store holds whole batches only. Another process
    /// writing the same file is waited for (busy timeout, then retries with
    /// growing pauses), never raced.
    ///
    /// A new document whose text is a near-duplicate of a stored one (see
    /// [`neardup`]) is linked to that story's first copy (`duplicate_of`).
    ///
    /// Every event must name its document (`event.doc_id == doc.id`); a
    /// mismatch fails the whole batch, since it means the caller paired them
    /// wrongly.
    pub fn write_batch(&mut self, batch: &[(Document, Vec<Event>)]) -> Result<BatchSummary> {
        let keys: Vec<DocumentKeys> = batch.iter().map(|(doc, _)| DocumentKeys::of(doc)).collect();
        self.write_batch_with_keys(batch, &keys)
    }

    /// [`Store::write_batch`] with each document's [`DocumentKeys`]
    /// computed by the caller: `keys[i]` must be `DocumentKeys::of` of
    /// `batch[i]`'s document (one key a document, or the call panics).
    pub fn write_batch_with_keys(&mut self, batch: &[(Document, Vec<Event>)], keys: &[DocumentKeys]) -> Result<BatchSummary> {
        assert_eq!(batch.len(), keys.len(), "one DocumentKeys per document");
        for (doc, events) in batch {
            if let Some((index, e)) = events.iter().enumerate().find(|(_, e)| e.doc_id != doc.id) {
                return Err(StoreError::EventDocMismatch {
                    doc_id: doc.id.clone(),
                    index,
                    event_doc_id: e.doc_id.clone(),
                });
            }
        }
        busy::retry(StoreError::is_busy, || self.write_batch_once(batch, keys))
    }

    /// One attempt at [`Store::write_batch`]: the transaction takes the
    /// write lock first (see `busy.rs`), and rolls back if anything fails.
    fn write_batch_once(&mut self, batch: &[(Document, Vec<Event>)], keys: &[DocumentKeys]) -> Result<BatchSummary> {
        let ingested_at = now_utc();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|source| StoreError::Sql {
                what: "begin a batch",
                source,
            })?;
        let summary = with_flag(&tx, STABLE_PLANS, true, || {
            write_rows(&tx, batch, keys, &ingested_at, &self.claim_config)
        })
        .sql("keep query plans stable")??;
        tx.commit().map_err(|source| StoreError::Sql {
            what: "commit a batch",
            source,
        })?;
        Ok(summary)
    }
}

/// The batch's documents, then their events, then its claims. Rows get the
/// ids they would get document by document (documents and events are
/// numbered in batch order either way, and no trigger on events reads
/// documents), so only the work changes, not what is stored.
fn write_rows(
    tx: &Transaction,
    batch: &[(Document, Vec<Event>)],
    keys: &[DocumentKeys],
    ingested_at: &str,
    claim_config: &crate::claims::ClaimConfig,
) -> Result<BatchSummary> {
    let before: i64 = tx
        .query_row("SELECT COALESCE(MAX(id), 0) FROM documents", [], |r| r.get(0))
        .sql("find the last document")?;
    // FTS5 writes its pending rows to disk as a new segment when any later
    // statement of the transaction opens a savepoint, which every insert
    // here does. Indexed by the insert trigger, each document became a
    // segment of its own, and merging thousands of one-document segments
    // took more time than tokenising them. With triggers off while documents
    // are inserted (the full-text trigger is the only one on `documents` and
    // `minhash_bands`; a test keeps it so), one statement indexes the batch's
    // documents: one segment a batch, the same rows.
    let stored = with_flag(tx, TRIGGERS, false, || {
        batch
            .iter()
            .zip(keys)
            .map(|((doc, _), keys)| insert_document(tx, doc, keys, ingested_at))
            .collect::<Result<Vec<_>>>()
    })
    .sql("switch triggers off")??;
    tx.prepare_cached(
        "INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM documents WHERE id > ?1",
    )
    .and_then(|mut st| st.execute([before]))
    .sql("index the batch's text")?;
    let mut summary = BatchSummary::default();
    let mut actors = ActorTally::default();
    for ((doc, events), stored) in batch.iter().zip(&stored) {
        let Some(stored) = stored else {
            summary.already_stored += 1;
            continue;
        };
        summary.documents += 1;
        summary.near_duplicates += usize::from(stored.duplicate_of.is_some());
        for (index, event) in events.iter().enumerate() {
            let day = insert_event(tx, stored, doc, event).map_err(|source| StoreError::WriteEvent {
                doc_id: doc.id.clone(),
                index,
                source,
            })?;
            actors.count(event, day);
        }
        summary.events += events.len();
    }
    actors.write(tx).sql("count the batch's actors")?;
    crate::claims::on_batch(tx, claim_config)?;
    Ok(summary)
}

/// A document as stored: its row id and its story.
struct StoredDoc {
    id: i64,
    duplicate_of: Option<i64>,
}

impl StoredDoc {
    fn story(&self) -> i64 {
        self.duplicate_of.unwrap_or(self.id)
    }
}

/// Inserts `doc` unless its hash is stored; links it to an earlier copy.
fn insert_document(
    tx: &Transaction,
    doc: &Document,
    keys: &DocumentKeys,
    ingested_at: &str,
) -> Result<Option<StoredDoc>> {
    let fail = |source| StoreError::WriteDocument {
        doc_id: doc.id.clone(),
        source,
    };
    let hash_sql = &keys.hash.0[..];
    let known = tx
        .prepare_cached("SELECT 1 FROM documents WHERE content_hash = ?1")
        .and_then(|mut st| st.query_row([hash_sql], |_| Ok(())).optional())
        .map_err(fail)?;
    if known.is_some() {
        return Ok(None);
    }
    let duplicate_of = match (&keys.shingles, &keys.bands) {
        (Some(shingles), Some(bands)) => first_copy_near(tx, shingles, bands).map_err(fail)?,
        _ => None,
    };
    tx.prepare_cached(
        "INSERT INTO documents (ext_id, content_hash, title, text, url, outlet, date, language, duplicate_of, ingested_at, date_source, date_confidence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )
    .and_then(|mut st| {
        st.execute(params![
            doc.id,
            hash_sql,
            doc.title,
            doc.text,
            doc.url,
            doc.outlet.as_deref().map(str::trim),
            doc.date.map(|d| d.to_string()),
            doc.language,
            duplicate_of,
            ingested_at,
            doc.date_source,
            doc.date_confidence.map(f64::from),
        ])
    })
    .map_err(fail)?;
    let id = tx.last_insert_rowid();
    if let Some(bands) = &keys.bands {
        let mut st = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO minhash_bands (band, key, doc) VALUES (?1, ?2, ?3)",
            )
            .map_err(fail)?;
        for (band, key) in bands.iter().enumerate() {
            st.execute(params![band as i64, key, id]).map_err(fail)?;
        }
    }
    Ok(Some(StoredDoc { id, duplicate_of }))
}

/// The first copy of the earliest story with a document at least
/// [`neardup::MIN_JACCARD`] similar, among the [`candidates`].
fn first_copy_near(
    tx: &Transaction,
    shingles: &[u64],
    keys: &[i64; neardup::BANDS],
) -> rusqlite::Result<Option<i64>> {
    let mut st =
        tx.prepare_cached("SELECT text, COALESCE(duplicate_of, id) FROM documents WHERE id = ?1")?;
    let mut best: Option<i64> = None;
    for doc in candidates(tx, keys)? {
        let (text, story): (String, i64) = st.query_row([doc], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let similar = neardup::shingles(&text)
            .is_some_and(|other| neardup::jaccard(shingles, &other) >= neardup::MIN_JACCARD);
        if similar {
            // Earliest story wins, so every copy links to the same first copy
            // even when a text is near two stories.
            best = Some(best.map_or(story, |b: i64| b.min(story)));
        }
    }
    Ok(best)
}

/// The stored documents sharing a bucket with `keys`, distinct, at most
/// [`neardup::BUCKET_SAMPLE`] from each end of each bucket: the earliest
/// (first copies, which every later copy links to) and the latest (the
/// wording the story has now). A wire story reprinted 20,000 times fills
/// its buckets with 20,000 documents; checking each new copy against all of
/// them made ingest quadratic.
fn candidates(tx: &Transaction, keys: &[i64; neardup::BANDS]) -> rusqlite::Result<Vec<i64>> {
    let mut candidates = Vec::new();
    for order in ["ASC", "DESC"] {
        let mut st = tx.prepare_cached(&format!(
            "SELECT doc FROM minhash_bands WHERE band = ?1 AND key = ?2 ORDER BY doc {order} LIMIT ?3"
        ))?;
        for (band, key) in keys.iter().enumerate() {
            let rows = st.query_map(params![band as i64, key, neardup::BUCKET_SAMPLE as i64], |r| r.get::<_, i64>(0))?;
            for doc in rows {
                candidates.push(doc?);
            }
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    Ok(candidates)
}

/// Inserts the event; answers its day (its own date, else its document's).
fn insert_event(
    tx: &Transaction,
    doc_row: &StoredDoc,
    doc: &Document,
    e: &Event,
) -> rusqlite::Result<Option<String>> {
    let (source_text, source_code, source_id) = actor_columns(e.source.as_ref());
    let (target_text, target_code, target_id) = actor_columns(e.target.as_ref());
    let date = e.date.map(|d| d.value.to_string());
    let day = date.clone().or_else(|| doc.date.map(|d| d.to_string()));
    let loc = e.location.as_ref();
    tx.prepare_cached(
        "INSERT INTO events (doc, story, sentence, span_start, span_end,
            source_text, source_code, source_id, target_text, target_code, target_id,
            cameo, plover_type, plover_mode, quad_class, goldstein, certainty,
            attribution_text, attribution_kind, quote, date, date_precision, day,
            location_name, location_country, location_admin1, location_lat, location_lon,
            location_geonames_id, location_precision, rule, trigger_start, trigger_end,
            location_feature, location_span_start, location_span_end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                 ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36)",
    )?
    .execute(params![
        doc_row.id,
        doc_row.story(),
        e.sentence as i64,
        e.span[0] as i64,
        e.span[1] as i64,
        source_text,
        source_code,
        source_id,
        target_text,
        target_code,
        target_id,
        e.cameo.as_str(),
        e.plover.as_ref().map(|p| p.event_type.as_str()),
        e.plover.as_ref().and_then(|p| p.mode.as_deref()),
        e.quad_class.map(u8::from),
        e.goldstein.map(f64::from),
        e.certainty.as_str(),
        e.attribution.text,
        e.attribution.kind.as_str(),
        e.quote,
        date,
        e.date.map(|d| precision_str(d.precision)),
        day,
        loc.map(|l| l.name.as_str()),
        loc.and_then(|l| l.country.as_deref()),
        loc.and_then(|l| l.admin1.as_deref()),
        loc.and_then(|l| l.lat),
        loc.and_then(|l| l.lon),
        loc.and_then(|l| l.geonames_id).map(|g| g as i64),
        loc.map(|l| l.precision.as_str()),
        e.rule,
        e.trigger[0] as i64,
        e.trigger[1] as i64,
        loc.and_then(|l| l.feature.as_deref()),
        loc.and_then(|l| l.span).map(|s| s[0] as i64),
        loc.and_then(|l| l.span).map(|s| s[1] as i64),
    ])?;
    Ok(day)
}

/// The batch's actors, counted as their events are stored and written once
/// per code at the end of the batch, not upserted twice per event. The rows are those the upserts event by event left: the
/// events added up, the earliest and latest day (a day-less event changes
/// neither, unless the row has no day yet, which it then keeps), and the
/// example text of the code's first event, new codes inserted in the order
/// their first event was.
#[derive(Default)]
struct ActorTally<'a> {
    seen: Vec<ActorSeenInBatch<'a>>,
    index: std::collections::HashMap<&'a str, usize>,
}

struct ActorSeenInBatch<'a> {
    code: &'a str,
    first: Option<String>,
    last: Option<String>,
    events: i64,
    example: &'a str,
}

impl<'a> ActorTally<'a> {
    fn count(&mut self, e: &'a Event, day: Option<String>) {
        for actor in [&e.source, &e.target].into_iter().flatten() {
            let Some(code) = &actor.code else { continue };
            let code = code.as_str();
            let i = *self.index.entry(code).or_insert_with(|| {
                self.seen.push(ActorSeenInBatch { code, first: None, last: None, events: 0, example: &actor.text });
                self.seen.len() - 1
            });
            let seen = &mut self.seen[i];
            seen.events += 1;
            if let Some(day) = &day {
                if seen.first.as_ref().is_none_or(|f| day < f) {
                    seen.first = Some(day.clone());
                }
                if seen.last.as_ref().is_none_or(|l| day > l) {
                    seen.last = Some(day.clone());
                }
            }
        }
    }

    fn write(&self, tx: &Transaction) -> rusqlite::Result<()> {
        let mut st = tx.prepare_cached(
            "INSERT INTO actors (code, first_seen, last_seen, events, example_text) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (code) DO UPDATE SET
                events = events + excluded.events,
                first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen ELSE first_seen END,
                last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN excluded.last_seen ELSE last_seen END",
        )?;
        for a in &self.seen {
            st.execute(params![a.code, a.first, a.last, a.events, a.example])?;
        }
        Ok(())
    }
}

fn actor_columns(actor: Option<&Actor>) -> (Option<&str>, Option<&str>, Option<&str>) {
    match actor {
        Some(a) => (
            Some(a.text.as_str()),
            a.code.as_ref().map(|c| c.as_str()),
            a.id.as_deref(),
        ),
        None => (None, None, None),
    }
}

pub(crate) fn precision_str(p: sitrep_model::DatePrecision) -> &'static str {
    match p {
        sitrep_model::DatePrecision::Day => "day",
        sitrep_model::DatePrecision::Month => "month",
        sitrep_model::DatePrecision::Year => "year",
    }
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SSZ`, without chrono's `clock`
/// feature.
fn now_utc() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, 0)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy(i: usize) -> Document {
        // Near-identical reprints: the same report under another dateline.
        Document::new(
            format!("copy-{i}"),
            format!(
                "DESK {i} (Wire) - Government troops entered the northern town on Monday after two \
                 days of fighting with rebel forces, residents and aid workers said, as thousands \
                 of civilians fled towards the border and officials appealed for calm."
            ),
        )
    }

    /// `write_rows` inserts documents with triggers off and indexes their
    /// text itself: a new trigger on these tables would silently not fire.
    #[test]
    fn the_full_text_triggers_are_the_only_ones_on_the_tables_written_without_triggers() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("s.db")).unwrap();
        let mut st = store
            .conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('documents', 'minhash_bands') ORDER BY name")
            .unwrap();
        let names: Vec<String> = st.query_map([], |r| r.get(0)).unwrap().map(|n| n.unwrap()).collect();
        assert_eq!(names, ["documents_fts_delete", "documents_fts_insert"]);
    }

    #[test]
    fn the_full_text_index_holds_every_stored_document_and_triggers_stay_on() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("s.db")).unwrap();
        let first: Vec<(Document, Vec<Event>)> = (0..5).map(|i| (copy(i), Vec::new())).collect();
        let mut second: Vec<(Document, Vec<Event>)> = (3..9).map(|i| (copy(i), Vec::new())).collect();
        second.push((Document::new("short", "Rebels shelled Goma."), Vec::new()));
        store.write_batch(&first).unwrap();
        let summary = store.write_batch(&second).unwrap();
        assert_eq!((summary.documents, summary.already_stored), (5, 2));
        // FTS5 compares the index with the `documents` rows it indexes.
        store.conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')", []).unwrap();
        let found = |q: &str| -> i64 {
            store.conn.query_row("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?1", [q], |r| r.get(0)).unwrap()
        };
        assert_eq!((found("civilians"), found("goma"), found("desk AND 8")), (9, 1, 1));
        assert!(store.conn.db_config(crate::flags::TRIGGERS).unwrap());
        assert!(!store.conn.db_config(STABLE_PLANS).unwrap());
    }

    #[test]
    fn each_copy_checks_a_bounded_sample_and_links_to_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("s.db")).unwrap();
        let copies = 3 * neardup::BUCKET_SAMPLE * neardup::BANDS;
        let batch: Vec<(Document, Vec<Event>)> = (0..copies).map(|i| (copy(i), Vec::new())).collect();
        let summary = store.write_batch(&batch).unwrap();
        assert_eq!((summary.documents, summary.near_duplicates), (copies, copies - 1));
        let first: i64 = store.conn.query_row("SELECT MIN(id) FROM documents", [], |r| r.get(0)).unwrap();
        let linked: i64 = store
            .conn
            .query_row("SELECT COUNT(*) FROM documents WHERE duplicate_of = ?1", [first], |r| r.get(0))
            .unwrap();
        assert_eq!(linked as usize, copies - 1);
        let tx = store.conn.transaction().unwrap();
        let keys = neardup::band_keys(&neardup::shingles(&copy(copies).text).unwrap());
        let found = candidates(&tx, &keys).unwrap();
        assert!(found.len() <= 2 * neardup::BUCKET_SAMPLE * neardup::BANDS, "{}", found.len());
        assert!(found.contains(&first));
    }
}
