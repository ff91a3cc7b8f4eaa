-- Schema 3: the word each event stands on (the verb or noun that was coded),
-- `[trigger_start, trigger_end)` byte offsets into the document text, inside
-- the evidence span. NULL for events stored before this schema (read back as
-- the whole evidence span).
ALTER TABLE events ADD COLUMN trigger_start INTEGER;
ALTER TABLE events ADD COLUMN trigger_end INTEGER;
