-- Schema 10: what the dashboard's network and map read, from indexes alone
-- (sitrep-server src/sql/network.rs, documents.rs `locations`; 1M events:
-- benches/page.rs in sitrep-server). Partial, so each holds only the rows its
-- query can count, and creating them at upgrade is one pass over the events.

-- The network's pairs in (source, target) order with every column an edge sums:
-- grouped without reading the wide event rows.
CREATE INDEX events_pairs ON events(source_code, target_code, certainty, attribution_kind, quad_class, goldstein)
    WHERE source_code IS NOT NULL AND target_code IS NOT NULL;

-- The map's places with their Goldstein scores: a store with few located events
-- no longer reads every event to find them.
CREATE INDEX events_located ON events(location_name, location_country, location_lat, location_lon, goldstein)
    WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL;

-- The denying readings (4% of a million), which the network leaves out: found
-- without visiting every reading.
CREATE INDEX claim_events_denies ON claim_events(event) WHERE stance = 'denies';
