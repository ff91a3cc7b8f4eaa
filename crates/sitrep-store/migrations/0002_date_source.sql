-- Schema 2: where each document's publication date was read (`json-ld`, `meta`,
-- `itemprop`, `time-element`, `url`, `title`, `text`, `script`, `modified`,
-- `capture`; see sitrep-ingest's DateSource), NULL when the source does not say.
ALTER TABLE documents ADD COLUMN date_source TEXT;
