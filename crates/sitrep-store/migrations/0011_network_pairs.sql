-- Schema 11: the network's pairs counted ahead, and indexes for the page's
-- certainty and recency views (sitrep-server src/sql/network.rs, series.rs,
-- event_rows.rs; 1M events: benches/page.rs in sitrep-server).

-- Per source → target pair, the events an edge of the system map may stand on:
-- coded pairs less the unsupported readings (a reading that denies its claim,
-- or any reading of a claim known only through denials; a reading whose claim
-- row is missing counts as supported, as the network's own query sees it).
-- The unfiltered network picks its busiest pairs here instead of grouping
-- every coded event. Kept by the triggers below whatever writes the tables:
-- ingest, claim grouping, `claims --rebuild`, a status that changes.
CREATE TABLE network_pairs (
    source_code  TEXT NOT NULL,
    target_code  TEXT NOT NULL,
    events       INTEGER NOT NULL,
    PRIMARY KEY (source_code, target_code)
) WITHOUT ROWID;

INSERT INTO network_pairs (source_code, target_code, events)
    SELECT source_code, target_code, COUNT(*) FROM events
    WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY 1, 2;
UPDATE network_pairs AS p SET events = p.events - g.n
    FROM (SELECT e.source_code AS s, e.target_code AS t, COUNT(*) AS n
          FROM claim_events ce JOIN claims c ON c.id = ce.claim JOIN events e ON e.id = ce.event
          WHERE (ce.stance = 'denies' OR c.status = 'denied-only')
            AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL
          GROUP BY 1, 2) AS g
    WHERE p.source_code = g.s AND p.target_code = g.t;

-- An event counts unless a reading of it stands on no claim it supports.
CREATE TRIGGER network_pairs_event_in AFTER INSERT ON events
    WHEN new.source_code IS NOT NULL AND new.target_code IS NOT NULL
BEGIN
    INSERT INTO network_pairs (source_code, target_code, events)
        SELECT new.source_code, new.target_code,
               NOT EXISTS (SELECT 1 FROM claim_events ce JOIN claims c ON c.id = ce.claim
                           WHERE ce.event = new.id AND (ce.stance = 'denies' OR c.status = 'denied-only'))
        WHERE true
        ON CONFLICT (source_code, target_code) DO UPDATE SET events = events + excluded.events;
END;

CREATE TRIGGER network_pairs_event_out AFTER DELETE ON events
    WHEN old.source_code IS NOT NULL AND old.target_code IS NOT NULL
BEGIN
    UPDATE network_pairs SET events = events - NOT EXISTS (
            SELECT 1 FROM claim_events ce JOIN claims c ON c.id = ce.claim
            WHERE ce.event = old.id AND (ce.stance = 'denies' OR c.status = 'denied-only'))
        WHERE source_code = old.source_code AND target_code = old.target_code;
END;

CREATE TRIGGER network_pairs_event_moved AFTER UPDATE OF source_code, target_code ON events
    WHEN old.source_code IS NOT new.source_code OR old.target_code IS NOT new.target_code
BEGIN
    UPDATE network_pairs SET events = events - NOT EXISTS (
            SELECT 1 FROM claim_events ce JOIN claims c ON c.id = ce.claim
            WHERE ce.event = old.id AND (ce.stance = 'denies' OR c.status = 'denied-only'))
        WHERE source_code = old.source_code AND target_code = old.target_code;
    INSERT INTO network_pairs (source_code, target_code, events)
        SELECT new.source_code, new.target_code,
               NOT EXISTS (SELECT 1 FROM claim_events ce JOIN claims c ON c.id = ce.claim
                           WHERE ce.event = new.id AND (ce.stance = 'denies' OR c.status = 'denied-only'))
        WHERE new.source_code IS NOT NULL AND new.target_code IS NOT NULL
        ON CONFLICT (source_code, target_code) DO UPDATE SET events = events + excluded.events;
END;

-- A reading joins, leaves or changes: its event was counted before and is
-- counted after unless the reading (with its claim as it stands) is unsupported.
CREATE TRIGGER network_pairs_reading_in AFTER INSERT ON claim_events BEGIN
    UPDATE network_pairs SET events = events - 1
        WHERE (source_code, target_code) = (SELECT source_code, target_code FROM events WHERE id = new.event)
          AND EXISTS (SELECT 1 FROM claims c WHERE c.id = new.claim AND (new.stance = 'denies' OR c.status = 'denied-only'));
END;

CREATE TRIGGER network_pairs_reading_out AFTER DELETE ON claim_events BEGIN
    UPDATE network_pairs SET events = events + 1
        WHERE (source_code, target_code) = (SELECT source_code, target_code FROM events WHERE id = old.event)
          AND EXISTS (SELECT 1 FROM claims c WHERE c.id = old.claim AND (old.stance = 'denies' OR c.status = 'denied-only'));
END;

CREATE TRIGGER network_pairs_reading_moved AFTER UPDATE OF event, claim, stance ON claim_events BEGIN
    UPDATE network_pairs SET events = events + 1
        WHERE (source_code, target_code) = (SELECT source_code, target_code FROM events WHERE id = old.event)
          AND EXISTS (SELECT 1 FROM claims c WHERE c.id = old.claim AND (old.stance = 'denies' OR c.status = 'denied-only'));
    UPDATE network_pairs SET events = events - 1
        WHERE (source_code, target_code) = (SELECT source_code, target_code FROM events WHERE id = new.event)
          AND EXISTS (SELECT 1 FROM claims c WHERE c.id = new.claim AND (new.stance = 'denies' OR c.status = 'denied-only'));
END;

-- A claim becomes or stops being known only through denials: its supporting
-- readings leave or rejoin the network (its denying ones are out either way).
CREATE TRIGGER network_pairs_status AFTER UPDATE OF status ON claims
    WHEN (old.status = 'denied-only') IS NOT (new.status = 'denied-only')
BEGIN
    UPDATE network_pairs SET events = events + g.n
        FROM (SELECT e.source_code AS s, e.target_code AS t,
                     COUNT(*) * (CASE WHEN new.status = 'denied-only' THEN -1 ELSE 1 END) AS n
              FROM claim_events ce JOIN events e ON e.id = ce.event
              WHERE ce.claim = new.id AND ce.stance = 'supports'
                AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL
              GROUP BY 1, 2) AS g
        WHERE network_pairs.source_code = g.s AND network_pairs.target_code = g.t;
END;

-- Readings stored before their claim, or left behind by a deleted one, count
-- as supported while the claim is missing.
CREATE TRIGGER network_pairs_claim_in AFTER INSERT ON claims BEGIN
    UPDATE network_pairs SET events = events - g.n
        FROM (SELECT e.source_code AS s, e.target_code AS t, COUNT(*) AS n
              FROM claim_events ce JOIN events e ON e.id = ce.event
              WHERE ce.claim = new.id AND (ce.stance = 'denies' OR new.status = 'denied-only')
                AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL
              GROUP BY 1, 2) AS g
        WHERE network_pairs.source_code = g.s AND network_pairs.target_code = g.t;
END;

CREATE TRIGGER network_pairs_claim_out AFTER DELETE ON claims BEGIN
    UPDATE network_pairs SET events = events + g.n
        FROM (SELECT e.source_code AS s, e.target_code AS t, COUNT(*) AS n
              FROM claim_events ce JOIN events e ON e.id = ce.event
              WHERE ce.claim = old.id AND (ce.stance = 'denies' OR old.status = 'denied-only')
                AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL
              GROUP BY 1, 2) AS g
        WHERE network_pairs.source_code = g.s AND network_pairs.target_code = g.t;
END;

-- The network's busiest pairs, read in order.
CREATE INDEX network_pairs_busiest ON network_pairs(events DESC, source_code, target_code);

-- A certainty's events by day (the timeline of `certainty=denied`: 2% of a
-- million events, found without reading the others).
CREATE INDEX events_certainty_days ON events(certainty, day, date_precision, quad_class, goldstein);

-- A certainty's coded pairs, for the network of a certainty filter.
CREATE INDEX events_certainty_pairs ON events(certainty, source_code, target_code)
    WHERE source_code IS NOT NULL AND target_code IS NOT NULL;

-- The event table's pages newest first (day, then id: the rowid ends the
-- index), read in order instead of sorting every event of the filter.
CREATE INDEX events_recent ON events(day);
