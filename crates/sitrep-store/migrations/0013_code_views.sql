-- Schema 13: what the dashboard reads for a CAMEO filter and for the
-- network's denied-only pairs (sitrep-server src/sql/series.rs, network.rs,
-- documents.rs `locations`; 1M events: benches/page.rs in sitrep-server).

-- A CAMEO code's events read from the index range alone. The dashboard's
-- series, counts and pair groupings of a `cameo`/`root` filter read these
-- columns, and `first_copies_only` compares story and doc; with only the
-- code in the index, each of a root's 84,000 events of a million was read
-- from its row. Widened rather than added beside, as 0012 widened
-- `events_source`/`events_target`; its name is kept for the store's
-- `INDEXED BY` (src/filter.rs).
DROP INDEX events_cameo;
CREATE INDEX events_cameo ON events(cameo, story, doc, source_code, target_code, day, date_precision, quad_class, goldstein);

-- The claims known only through denials (4% of claims), by pair, without
-- their wide rows: the network's `denied` list groups them in this order.
CREATE INDEX claims_denied_pairs ON claims(source_code, target_code, status)
    WHERE status = 'denied-only' AND source_code IS NOT NULL AND target_code IS NOT NULL;
