-- Schema 1: documents, near-duplicate buckets, events, actors, full-text search.
-- Applied in one transaction by src/migrate.rs, which then sets PRAGMA user_version = 1.

-- One row per stored report. `content_hash` is the idempotence key (see src/hash.rs):
-- a document whose hash is already here is not stored again.
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    ext_id        TEXT NOT NULL,                 -- Document::id as the caller gave it
    content_hash  BLOB NOT NULL UNIQUE,          -- SHA-256, 32 bytes
    title         TEXT,
    text          TEXT NOT NULL,
    url           TEXT,
    outlet        TEXT COLLATE NOCASE,           -- filters match outlets case-insensitively
    date          TEXT,                          -- publication date, YYYY-MM-DD
    language      TEXT,
    duplicate_of  INTEGER REFERENCES documents(id), -- first copy of the story, NULL for a first copy
    ingested_at   TEXT NOT NULL                  -- UTC, YYYY-MM-DDTHH:MM:SSZ
);
CREATE INDEX documents_ext_id ON documents(ext_id);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);

-- LSH buckets for near-duplicate lookup (src/neardup.rs): a document's MinHash
-- signature cut into 8 bands; `key` hashes one band. Documents sharing a bucket
-- are candidates, checked exactly against the stored text. Very short texts
-- (under 8 shingles) have no rows.
CREATE TABLE minhash_bands (
    band   INTEGER NOT NULL,
    key    INTEGER NOT NULL,
    doc    INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band, key, doc)
) WITHOUT ROWID;

-- One row per coded event: every field of the event record (DESIGN.md).
CREATE TABLE events (
    id                   INTEGER PRIMARY KEY,
    doc                  INTEGER NOT NULL REFERENCES documents(id),
    -- The story the document belongs to: its first copy (documents.duplicate_of, or
    -- itself). Copied here so that per-story counts are one index lookup.
    story                INTEGER NOT NULL REFERENCES documents(id),
    sentence             INTEGER NOT NULL,
    span_start           INTEGER NOT NULL,
    span_end             INTEGER NOT NULL,
    source_text          TEXT,
    source_code          TEXT,
    source_id            TEXT,
    target_text          TEXT,
    target_code          TEXT,
    target_id            TEXT,
    cameo                TEXT NOT NULL,
    plover_type          TEXT,
    plover_mode          TEXT,
    quad_class           INTEGER CHECK (quad_class BETWEEN 1 AND 4),
    goldstein            REAL,
    certainty            TEXT NOT NULL,
    attribution_text     TEXT,
    attribution_kind     TEXT NOT NULL,
    quote                TEXT,
    date                 TEXT,                   -- first day of the period, YYYY-MM-DD
    date_precision       TEXT,                   -- day | month | year
    -- The date filters and exports use: the event's date, else the publication date.
    day                  TEXT,
    location_name        TEXT,
    location_country     TEXT,
    location_admin1      TEXT,
    location_lat         REAL,
    location_lon         REAL,
    location_geonames_id INTEGER,
    location_precision   TEXT,
    rule                 TEXT NOT NULL
);
-- How queries use these: src/plan.rs. A filter's rarest indexed condition supplies
-- candidates through one of the narrow indexes; filters with only common conditions
-- walk events_scan in day order, checking every condition inside the index.
CREATE INDEX events_scan ON events(day, source_code, target_code, cameo, certainty, plover_type, doc, story);
CREATE INDEX events_source ON events(source_code, target_code);   -- source, actor, dyad
CREATE INDEX events_target ON events(target_code);                -- target, actor
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_doc ON events(doc);                           -- outlet, full text
-- Story counts: the same event (cameo, source, target) within one story.
CREATE INDEX events_story ON events(story, cameo, source_code, target_code);

-- Every actor code seen: when it first and last appeared (by event day) and in how many events.
CREATE TABLE actors (
    code          TEXT PRIMARY KEY,
    first_seen    TEXT,
    last_seen     TEXT,
    events        INTEGER NOT NULL,
    example_text  TEXT                           -- the words that first named it
) WITHOUT ROWID;

-- Full-text search over title and text; external content, so the text is stored once.
-- remove_diacritics 2: "Traoré" matches "Traore", French and English alike.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
END;
