-- Schema 4: claims. A claim is one statement about the world (who did what to whom,
-- when) however many articles carry it; src/claims groups events into claims as they
-- are stored. Every event belongs to exactly one claim, as a reading that supports it
-- or one that denies it.

CREATE TABLE claims (
    id                   INTEGER PRIMARY KEY,
    -- What grouping matches on (src/claims/assign.rs): the PLOVER type (or C + the
    -- CAMEO root), the parties (country, or IGO + organisation), the dates of the
    -- reading that opened the claim, and its members' content words.
    plover_key           TEXT NOT NULL,
    source_party         TEXT,
    target_party         TEXT,
    anchor_start         TEXT,                  -- YYYY-MM-DD
    anchor_end           TEXT,
    anchor_precision     TEXT,                  -- day | published | month | year
    words                TEXT NOT NULL,         -- space-separated stems
    -- What an analyst reads (src/claims/summary.rs), recomputed when members join.
    source_code          TEXT,                  -- the code naming every member's source (RUS for RUS and RUSMIL)
    target_code          TEXT,
    cameo                TEXT NOT NULL,         -- the most frequent code among its readings
    plover_type          TEXT,
    status               TEXT NOT NULL CHECK (status IN ('single-source', 'corroborated', 'contested', 'denied-only')),
    text                 TEXT NOT NULL,         -- canonical wording: the most representative evidence
    text_event           INTEGER,
    independent_outlets  INTEGER NOT NULL,      -- distinct outlets of supporting stories, reprints once
    outlets              TEXT NOT NULL,         -- JSON array of the supporting documents' outlets
    events               INTEGER NOT NULL,      -- supporting readings
    documents            INTEGER NOT NULL,      -- supporting documents
    denials              INTEGER NOT NULL,      -- denying documents
    first_seen           TEXT,                  -- event day (else publication day), every reading
    last_seen            TEXT,
    strongest            TEXT,                  -- certainty, supporting readings
    weakest              TEXT,
    credited             TEXT NOT NULL,         -- JSON object: attribution kind -> supporting readings
    party_confirmed      INTEGER NOT NULL       -- 1 when a named official or actor of a party confirms it
);
-- Matching probes (src/claims/assign.rs): the key, the parties, then a range of dates.
CREATE INDEX claims_match ON claims(plover_key, source_party, target_party, anchor_start, anchor_end);
CREATE INDEX claims_match_target ON claims(plover_key, target_party, anchor_start, anchor_end);
CREATE INDEX claims_outlets ON claims(independent_outlets DESC, documents DESC, id);
CREATE INDEX claims_recent ON claims(last_seen DESC, id);
CREATE INDEX claims_status ON claims(status, independent_outlets DESC, id);

CREATE TABLE claim_events (
    event   INTEGER PRIMARY KEY REFERENCES events(id),
    claim   INTEGER NOT NULL REFERENCES claims(id),
    stance  TEXT NOT NULL CHECK (stance IN ('supports', 'denies'))
);
CREATE INDEX claim_events_claim ON claim_events(claim, stance);
