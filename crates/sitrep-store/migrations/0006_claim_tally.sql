-- Schema 6: what a claim's summary is counted from (src/claims/tally.rs, JSON), so
-- that a reading joining a claim updates its summary without reading the claim's
-- other readings again. NULL for claims grouped before: counted from their readings
-- the first time one joins.
ALTER TABLE claims ADD COLUMN tally TEXT;

-- The dashboard timeline (sitrep-server src/sql/series.rs) counts events by day,
-- precision and quad class with their Goldstein sum: from this index alone, without
-- reading each event's row (1M events: 2.95 s -> 0.25 s for the whole range).
CREATE INDEX events_timeline ON events(day, date_precision, quad_class, goldstein);
