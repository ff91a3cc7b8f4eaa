-- Schema 16: a claim's days among its terms, and the terms of the claims of the
-- rare statuses kept apart, so that the claims view answers a date range, and a
-- status other than single-source with one condition, from one index range
-- (src/claims/terms.rs, paging.rs). On a million synthetic events a year with
-- `denied-only` tested 30,000 denied-only claims' readings to count its
-- matches to the cap, an actor with `denied-only` 36,000 claims' terms.

-- `d` + the event's day (YYYY-MM-DD): a date range is a range of terms, and the
-- prefix keeps the days' text order. A reading without a day adds none.
DROP TRIGGER claim_terms_of_reading;
CREATE TRIGGER claim_terms_of_reading AFTER INSERT ON claim_events BEGIN
    INSERT OR IGNORE INTO claim_terms (term, claim)
        SELECT 's' || source_code, new.claim FROM events WHERE id = new.event AND source_code IS NOT NULL
        UNION ALL SELECT 't' || target_code, new.claim FROM events WHERE id = new.event AND target_code IS NOT NULL
        UNION ALL SELECT 'c' || certainty, new.claim FROM events WHERE id = new.event
        UNION ALL SELECT 'x' || cameo, new.claim FROM events WHERE id = new.event
        UNION ALL SELECT 'p' || plover_type, new.claim FROM events WHERE id = new.event AND plover_type IS NOT NULL
        UNION ALL SELECT 'd' || day, new.claim FROM events WHERE id = new.event AND day IS NOT NULL;
END;

INSERT OR IGNORE INTO claim_terms (term, claim)
    SELECT 'd' || e.day, ce.claim FROM claim_events ce JOIN events e ON e.id = ce.event WHERE e.day IS NOT NULL;

-- The terms of every claim whose status is not single-source (a few percent of
-- the claims), under that status: `denied-only` with `sUSA*` is one range here,
-- where `claim_terms` holds it among 860,000 single-source claims. Kept equal to
-- `claim_terms` joined to `claims` by the triggers below, whichever of a claim's
-- status and its terms is written first.
CREATE TABLE claim_rare_terms (
    status  TEXT NOT NULL,
    term    TEXT NOT NULL,
    claim   INTEGER NOT NULL,
    PRIMARY KEY (status, term, claim)
) WITHOUT ROWID;
CREATE INDEX claim_rare_terms_claim ON claim_rare_terms(claim);

INSERT INTO claim_rare_terms (status, term, claim)
    SELECT c.status, t.term, t.claim FROM claims c CROSS JOIN claim_terms t INDEXED BY claim_terms_claim ON t.claim = c.id
    WHERE c.status <> 'single-source';

CREATE TRIGGER claim_rare_terms_of_term AFTER INSERT ON claim_terms BEGIN
    INSERT OR IGNORE INTO claim_rare_terms (status, term, claim)
        SELECT status, new.term, new.claim FROM claims WHERE id = new.claim AND status <> 'single-source';
END;

CREATE TRIGGER claim_rare_terms_status AFTER UPDATE OF status ON claims
    WHEN old.status IS NOT new.status
BEGIN
    DELETE FROM claim_rare_terms WHERE claim = old.id;
    INSERT OR IGNORE INTO claim_rare_terms (status, term, claim)
        SELECT new.status, term, new.id FROM claim_terms INDEXED BY claim_terms_claim
        WHERE claim = new.id AND new.status <> 'single-source';
END;

CREATE TRIGGER claim_rare_terms_claim_out AFTER DELETE ON claims BEGIN
    DELETE FROM claim_rare_terms WHERE claim = old.id;
END;
