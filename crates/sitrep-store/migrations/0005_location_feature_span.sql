-- Schema 5: what kind of place an event's location is (`country`, `admin1`,
-- `admin2`, `capital`, `city`, `region`) and where its name stands in the
-- document, `[location_span_start, location_span_end)` byte offsets. NULL for
-- events stored before this schema and for locations without a name in the
-- text.
ALTER TABLE events ADD COLUMN location_feature TEXT;
ALTER TABLE events ADD COLUMN location_span_start INTEGER;
ALTER TABLE events ADD COLUMN location_span_end INTEGER;
