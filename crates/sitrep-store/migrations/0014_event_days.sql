-- Schema 14: the timeline's day counts kept ahead (sitrep-server
-- src/sql/series.rs; 1M events: benches/page.rs in sitrep-server).

-- Per day, date precision and quad class, the events and their Goldstein
-- total: what the timeline of the whole store, or of a range of days,
-- groups every event of the range for (the page as it opens: one pass over
-- a million index entries). A store holds a few thousand rows here. An
-- event with no precision is counted under '' and one with no quad class
-- under 0 (primary key columns cannot be NULL); events without a day are
-- in no row. Kept by the triggers below whatever writes the events; a row
-- stays at zero events, as migration 0012's periods do.
CREATE TABLE event_days (
    day             TEXT NOT NULL,
    date_precision  TEXT NOT NULL,
    quad_class      INTEGER NOT NULL,
    events          INTEGER NOT NULL,
    goldstein       REAL NOT NULL,     -- TOTAL(goldstein): events without a score add 0
    PRIMARY KEY (day, date_precision, quad_class)
) WITHOUT ROWID;

INSERT INTO event_days (day, date_precision, quad_class, events, goldstein)
    SELECT day, IFNULL(date_precision, ''), IFNULL(quad_class, 0), COUNT(*), TOTAL(goldstein)
    FROM events WHERE day IS NOT NULL GROUP BY 1, 2, 3;

CREATE TRIGGER event_days_in AFTER INSERT ON events WHEN new.day IS NOT NULL BEGIN
    INSERT INTO event_days (day, date_precision, quad_class, events, goldstein)
        VALUES (new.day, IFNULL(new.date_precision, ''), IFNULL(new.quad_class, 0), 1, IFNULL(new.goldstein, 0.0))
        ON CONFLICT (day, date_precision, quad_class)
        DO UPDATE SET events = events + 1, goldstein = goldstein + excluded.goldstein;
END;

CREATE TRIGGER event_days_out AFTER DELETE ON events WHEN old.day IS NOT NULL BEGIN
    UPDATE event_days SET events = events - 1, goldstein = goldstein - IFNULL(old.goldstein, 0.0)
        WHERE day = old.day AND date_precision = IFNULL(old.date_precision, '') AND quad_class = IFNULL(old.quad_class, 0);
END;

CREATE TRIGGER event_days_moved AFTER UPDATE OF day, date_precision, quad_class, goldstein ON events
    WHEN old.day IS NOT new.day OR old.date_precision IS NOT new.date_precision
      OR old.quad_class IS NOT new.quad_class OR old.goldstein IS NOT new.goldstein
BEGIN
    UPDATE event_days SET events = events - 1, goldstein = goldstein - IFNULL(old.goldstein, 0.0)
        WHERE old.day IS NOT NULL
          AND day = old.day AND date_precision = IFNULL(old.date_precision, '') AND quad_class = IFNULL(old.quad_class, 0);
    INSERT INTO event_days (day, date_precision, quad_class, events, goldstein)
        SELECT new.day, IFNULL(new.date_precision, ''), IFNULL(new.quad_class, 0), 1, IFNULL(new.goldstein, 0.0)
        WHERE new.day IS NOT NULL
        ON CONFLICT (day, date_precision, quad_class)
        DO UPDATE SET events = events + 1, goldstein = goldstein + excluded.goldstein;
END;
