-- Schema 15: the events no edge of the network may stand on, kept as a set
-- (sitrep-server src/sql/network.rs; 1M events: benches/page.rs in
-- sitrep-server).

-- An event is here when its reading denies its claim or its claim is known
-- only through denials; a reading whose claim row is missing counts as
-- supported (as migration 0011 counts). The network of a filter with other
-- terms than actors and whole periods takes these events away from its
-- pairs: a probe of this narrow table per event, where the set was listed
-- from the readings and their claims on every call (40,000 of a million).
-- An event has at most one reading (claim_events is keyed by event). Kept
-- by the triggers below whatever writes the readings and claims.
CREATE TABLE unsupported_events (
    event  INTEGER PRIMARY KEY
);

INSERT INTO unsupported_events (event)
    SELECT ce.event FROM claim_events ce JOIN claims c ON c.id = ce.claim
    WHERE ce.stance = 'denies' OR c.status = 'denied-only';

CREATE TRIGGER unsupported_events_reading_in AFTER INSERT ON claim_events BEGIN
    INSERT OR IGNORE INTO unsupported_events (event)
        SELECT new.event FROM claims c WHERE c.id = new.claim AND (new.stance = 'denies' OR c.status = 'denied-only');
END;

CREATE TRIGGER unsupported_events_reading_out AFTER DELETE ON claim_events BEGIN
    DELETE FROM unsupported_events WHERE event = old.event;
END;

CREATE TRIGGER unsupported_events_reading_moved AFTER UPDATE OF event, claim, stance ON claim_events BEGIN
    DELETE FROM unsupported_events WHERE event = old.event;
    INSERT OR IGNORE INTO unsupported_events (event)
        SELECT new.event FROM claims c WHERE c.id = new.claim AND (new.stance = 'denies' OR c.status = 'denied-only');
END;

-- A claim becomes or stops being known only through denials: its supporting
-- readings join or leave (its denying ones are here either way).
CREATE TRIGGER unsupported_events_status AFTER UPDATE OF status ON claims
    WHEN (old.status = 'denied-only') IS NOT (new.status = 'denied-only')
BEGIN
    INSERT OR IGNORE INTO unsupported_events (event)
        SELECT event FROM claim_events WHERE claim = new.id AND new.status = 'denied-only';
    DELETE FROM unsupported_events
        WHERE new.status IS NOT 'denied-only'
          AND event IN (SELECT event FROM claim_events WHERE claim = new.id AND stance = 'supports');
END;

CREATE TRIGGER unsupported_events_claim_in AFTER INSERT ON claims BEGIN
    INSERT OR IGNORE INTO unsupported_events (event)
        SELECT event FROM claim_events WHERE claim = new.id AND (stance = 'denies' OR new.status = 'denied-only');
END;

CREATE TRIGGER unsupported_events_claim_out AFTER DELETE ON claims BEGIN
    DELETE FROM unsupported_events WHERE event IN (SELECT event FROM claim_events WHERE claim = old.id);
END;
