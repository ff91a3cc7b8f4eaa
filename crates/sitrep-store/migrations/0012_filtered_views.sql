-- Schema 12: what the dashboard's filtered views read (sitrep-server
-- src/sql/filter.rs, network.rs; 1M events: benches/page.rs in sitrep-server).

-- An actor's events read from its index ranges alone. The
-- dashboard's series, counts and pair groupings of an actor or country filter
-- (sitrep-server src/sql/filter.rs `Where::arms`: the events whose source
-- matches, then those whose target alone does) read these columns; with only
-- the codes in the index, each of an actor's 80,000 events of a million was
-- read from its row (1M events: benches/page.rs in sitrep-server).
-- Widened rather than added beside, so that ingest maintains no more indexes;
-- their names are kept for the store's `INDEXED BY` (src/filter.rs).
DROP INDEX events_source;
CREATE INDEX events_source ON events(source_code, target_code, day, date_precision, quad_class, goldstein);
DROP INDEX events_target;
CREATE INDEX events_target ON events(target_code, source_code, day, date_precision, quad_class, goldstein);

-- Per year and per month (`period`: the first 4 or 7 characters of the event's
-- day) and source → target pair, the events an edge may stand on, as
-- `network_pairs` counts them (migration 0011) for every day. The network of
-- whole months or years (the page's year, a month brushed on the timeline)
-- picks its busiest pairs here instead of grouping every event of the period
-- (a year of a million events: 330,000). Undated events are in no period.
-- Kept by the triggers below, as 0011's are, whatever writes the tables; a
-- pair keeps its row at zero events, so that a reading leaving finds it.
CREATE TABLE network_pair_periods (
    period       TEXT NOT NULL,
    source_code  TEXT NOT NULL,
    target_code  TEXT NOT NULL,
    events       INTEGER NOT NULL,
    PRIMARY KEY (period, source_code, target_code)
) WITHOUT ROWID;

INSERT INTO network_pair_periods (period, source_code, target_code, events)
    SELECT substr(e.day, 1, k.len), e.source_code, e.target_code,
           SUM(e.id NOT IN (SELECT ce.event FROM claim_events ce JOIN claims c ON c.id = ce.claim
                            WHERE ce.stance = 'denies' OR c.status = 'denied-only'))
    FROM events e CROSS JOIN (SELECT 4 AS len UNION ALL SELECT 7) k
    WHERE e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND e.day IS NOT NULL
    GROUP BY 1, 2, 3;

CREATE TRIGGER network_pair_periods_event_in AFTER INSERT ON events
    WHEN new.source_code IS NOT NULL AND new.target_code IS NOT NULL AND new.day IS NOT NULL
BEGIN
    INSERT INTO network_pair_periods (period, source_code, target_code, events)
        SELECT substr(new.day, 1, k.len), new.source_code, new.target_code,
               NOT EXISTS (SELECT 1 FROM claim_events ce JOIN claims c ON c.id = ce.claim
                           WHERE ce.event = new.id AND (ce.stance = 'denies' OR c.status = 'denied-only'))
        FROM (SELECT 4 AS len UNION ALL SELECT 7) k WHERE true
        ON CONFLICT (period, source_code, target_code) DO UPDATE SET events = events + excluded.events;
END;

CREATE TRIGGER network_pair_periods_event_out AFTER DELETE ON events
    WHEN old.source_code IS NOT NULL AND old.target_code IS NOT NULL AND old.day IS NOT NULL
BEGIN
    UPDATE network_pair_periods SET events = events - NOT EXISTS (
            SELECT 1 FROM claim_events ce JOIN claims c ON c.id = ce.claim
            WHERE ce.event = old.id AND (ce.stance = 'denies' OR c.status = 'denied-only'))
        WHERE period IN (substr(old.day, 1, 4), substr(old.day, 1, 7))
          AND source_code = old.source_code AND target_code = old.target_code;
END;

CREATE TRIGGER network_pair_periods_event_moved AFTER UPDATE OF source_code, target_code, day ON events
    WHEN old.source_code IS NOT new.source_code OR old.target_code IS NOT new.target_code OR old.day IS NOT new.day
BEGIN
    UPDATE network_pair_periods SET events = events - NOT EXISTS (
            SELECT 1 FROM claim_events ce JOIN claims c ON c.id = ce.claim
            WHERE ce.event = old.id AND (ce.stance = 'denies' OR c.status = 'denied-only'))
        WHERE period IN (substr(old.day, 1, 4), substr(old.day, 1, 7))
          AND source_code = old.source_code AND target_code = old.target_code;
    INSERT INTO network_pair_periods (period, source_code, target_code, events)
        SELECT substr(new.day, 1, k.len), new.source_code, new.target_code,
               NOT EXISTS (SELECT 1 FROM claim_events ce JOIN claims c ON c.id = ce.claim
                           WHERE ce.event = new.id AND (ce.stance = 'denies' OR c.status = 'denied-only'))
        FROM (SELECT 4 AS len UNION ALL SELECT 7) k
        WHERE new.source_code IS NOT NULL AND new.target_code IS NOT NULL AND new.day IS NOT NULL
        ON CONFLICT (period, source_code, target_code) DO UPDATE SET events = events + excluded.events;
END;

-- A reading joins, leaves or changes: its event's two periods, as in 0011.
CREATE TRIGGER network_pair_periods_reading_in AFTER INSERT ON claim_events BEGIN
    UPDATE network_pair_periods SET events = events - 1
        FROM events e
        WHERE e.id = new.event AND network_pair_periods.period IN (substr(e.day, 1, 4), substr(e.day, 1, 7))
          AND network_pair_periods.source_code = e.source_code AND network_pair_periods.target_code = e.target_code
          AND EXISTS (SELECT 1 FROM claims c WHERE c.id = new.claim AND (new.stance = 'denies' OR c.status = 'denied-only'));
END;

CREATE TRIGGER network_pair_periods_reading_out AFTER DELETE ON claim_events BEGIN
    UPDATE network_pair_periods SET events = events + 1
        FROM events e
        WHERE e.id = old.event AND network_pair_periods.period IN (substr(e.day, 1, 4), substr(e.day, 1, 7))
          AND network_pair_periods.source_code = e.source_code AND network_pair_periods.target_code = e.target_code
          AND EXISTS (SELECT 1 FROM claims c WHERE c.id = old.claim AND (old.stance = 'denies' OR c.status = 'denied-only'));
END;

CREATE TRIGGER network_pair_periods_reading_moved AFTER UPDATE OF event, claim, stance ON claim_events BEGIN
    UPDATE network_pair_periods SET events = events + 1
        FROM events e
        WHERE e.id = old.event AND network_pair_periods.period IN (substr(e.day, 1, 4), substr(e.day, 1, 7))
          AND network_pair_periods.source_code = e.source_code AND network_pair_periods.target_code = e.target_code
          AND EXISTS (SELECT 1 FROM claims c WHERE c.id = old.claim AND (old.stance = 'denies' OR c.status = 'denied-only'));
    UPDATE network_pair_periods SET events = events - 1
        FROM events e
        WHERE e.id = new.event AND network_pair_periods.period IN (substr(e.day, 1, 4), substr(e.day, 1, 7))
          AND network_pair_periods.source_code = e.source_code AND network_pair_periods.target_code = e.target_code
          AND EXISTS (SELECT 1 FROM claims c WHERE c.id = new.claim AND (new.stance = 'denies' OR c.status = 'denied-only'));
END;

-- A claim's status, or a claim row arriving or leaving, as in 0011.
CREATE TRIGGER network_pair_periods_status AFTER UPDATE OF status ON claims
    WHEN (old.status = 'denied-only') IS NOT (new.status = 'denied-only')
BEGIN
    UPDATE network_pair_periods SET events = events + g.n
        FROM (SELECT substr(e.day, 1, k.len) AS p, e.source_code AS s, e.target_code AS t,
                     COUNT(*) * (CASE WHEN new.status = 'denied-only' THEN -1 ELSE 1 END) AS n
              FROM claim_events ce JOIN events e ON e.id = ce.event CROSS JOIN (SELECT 4 AS len UNION ALL SELECT 7) k
              WHERE ce.claim = new.id AND ce.stance = 'supports'
                AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND e.day IS NOT NULL
              GROUP BY 1, 2, 3) AS g
        WHERE network_pair_periods.period = g.p AND network_pair_periods.source_code = g.s AND network_pair_periods.target_code = g.t;
END;

CREATE TRIGGER network_pair_periods_claim_in AFTER INSERT ON claims BEGIN
    UPDATE network_pair_periods SET events = events - g.n
        FROM (SELECT substr(e.day, 1, k.len) AS p, e.source_code AS s, e.target_code AS t, COUNT(*) AS n
              FROM claim_events ce JOIN events e ON e.id = ce.event CROSS JOIN (SELECT 4 AS len UNION ALL SELECT 7) k
              WHERE ce.claim = new.id AND (ce.stance = 'denies' OR new.status = 'denied-only')
                AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND e.day IS NOT NULL
              GROUP BY 1, 2, 3) AS g
        WHERE network_pair_periods.period = g.p AND network_pair_periods.source_code = g.s AND network_pair_periods.target_code = g.t;
END;

CREATE TRIGGER network_pair_periods_claim_out AFTER DELETE ON claims BEGIN
    UPDATE network_pair_periods SET events = events + g.n
        FROM (SELECT substr(e.day, 1, k.len) AS p, e.source_code AS s, e.target_code AS t, COUNT(*) AS n
              FROM claim_events ce JOIN events e ON e.id = ce.event CROSS JOIN (SELECT 4 AS len UNION ALL SELECT 7) k
              WHERE ce.claim = old.id AND (ce.stance = 'denies' OR old.status = 'denied-only')
                AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND e.day IS NOT NULL
              GROUP BY 1, 2, 3) AS g
        WHERE network_pair_periods.period = g.p AND network_pair_periods.source_code = g.s AND network_pair_periods.target_code = g.t;
END;
