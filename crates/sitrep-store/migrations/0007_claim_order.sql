-- Schema 7: every order of the claims list has an index that holds it, so that
-- a page of a broad filter walks claims in that order and stops at the page
-- (src/claims/query.rs). `claims_status` gains `documents`, the order's second
-- key; `claims_by_status` holds the order "contested, denied-only, corroborated,
-- single-source, then by outlets" as an expression, which a query's ORDER BY must
-- repeat word for word for SQLite to use it.
DROP INDEX claims_status;
CREATE INDEX claims_status ON claims(status, independent_outlets DESC, documents DESC, id);
CREATE INDEX claims_by_status ON claims(
    (CASE status WHEN 'contested' THEN 0 WHEN 'denied-only' THEN 1 WHEN 'corroborated' THEN 2 ELSE 3 END),
    independent_outlets DESC, documents DESC, id
);
