-- Schema 8: how sure each document's publication date is, from 0 to 1: the
-- prior of where it was read (`date_source`), raised when another source on
-- the page gives the same day and lowered when one gives another (see
-- sitrep-ingest's `html/published.rs`); NULL when the source does not say.
ALTER TABLE documents ADD COLUMN date_confidence REAL;
