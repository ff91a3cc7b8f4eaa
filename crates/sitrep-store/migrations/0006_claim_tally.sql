-- Schema 6: what a claim's summary is counted from (src/claims/tally.rs, JSON), so
-- that a reading joining a claim updates its summary without reading the claim's
-- other readings again. NULL for claims grouped before: counted from their readings
-- the first time one joins.
ALTER TABLE claims ADD COLUMN tally TEXT;
