-- Schema 9: what each claim's readings say, as (term, claim) pairs, so that the
-- claims view finds the claims with a reading of an actor, a certainty, a code or
-- a PLOVER type from one index range, without visiting every matching event
-- (src/claims/terms.rs, paging.rs; `USA*` is ~100,000 events of a million, `denied` 20,000).
-- A term is a letter and a value: `s` source code, `t` target code, `c` certainty,
-- `x` CAMEO code, `p` PLOVER type. A claim's terms only grow, as readings join it.
CREATE TABLE claim_terms (
    term   TEXT NOT NULL,
    claim  INTEGER NOT NULL,
    PRIMARY KEY (term, claim)
) WITHOUT ROWID;
-- The other way round: whether one claim has a term, for a page walked in the
-- order asked (a probe of one claim's few terms, not a set of 75,000 built first).
CREATE INDEX claim_terms_claim ON claim_terms(claim, term);

-- What sorting and testing a gathered claim reads, without its wide row (words,
-- tally, outlets: 15 us a row from disk, 0.3 s for the 18,000 claims of `denied`).
CREATE INDEX claims_keys ON claims(id, independent_outlets, documents, last_seen, status);

-- Every reading linked to a claim adds its terms (src/claims/assign.rs links them).
CREATE TRIGGER claim_terms_of_reading AFTER INSERT ON claim_events BEGIN
    INSERT OR IGNORE INTO claim_terms (term, claim)
        SELECT 's' || source_code, new.claim FROM events WHERE id = new.event AND source_code IS NOT NULL
        UNION ALL SELECT 't' || target_code, new.claim FROM events WHERE id = new.event AND target_code IS NOT NULL
        UNION ALL SELECT 'c' || certainty, new.claim FROM events WHERE id = new.event
        UNION ALL SELECT 'x' || cameo, new.claim FROM events WHERE id = new.event
        UNION ALL SELECT 'p' || plover_type, new.claim FROM events WHERE id = new.event AND plover_type IS NOT NULL;
END;

INSERT OR IGNORE INTO claim_terms (term, claim)
    SELECT 's' || e.source_code, ce.claim FROM claim_events ce JOIN events e ON e.id = ce.event WHERE e.source_code IS NOT NULL
    UNION ALL SELECT 't' || e.target_code, ce.claim FROM claim_events ce JOIN events e ON e.id = ce.event WHERE e.target_code IS NOT NULL
    UNION ALL SELECT 'c' || e.certainty, ce.claim FROM claim_events ce JOIN events e ON e.id = ce.event
    UNION ALL SELECT 'x' || e.cameo, ce.claim FROM claim_events ce JOIN events e ON e.id = ce.event
    UNION ALL SELECT 'p' || e.plover_type, ce.claim FROM claim_events ce JOIN events e ON e.id = ce.event WHERE e.plover_type IS NOT NULL;
