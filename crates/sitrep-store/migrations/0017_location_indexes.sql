-- Schema 17: the event location's filters from indexes of their own (the
-- store's `location_country`, `location_admin1` and `bbox`: `query` and
-- `export`'s --country/--admin1/--bbox, the API's and the dashboard map's
-- loc_country, loc_admin1 and bbox). Without them a country clicked on the
-- map read every event of the store. Partial, so each holds only the located
-- events; IF NOT EXISTS, so that a test that winds the version back can
-- migrate again.

-- A country, or a country's first-level division (compared as the filter
-- compares it, case-insensitively).
CREATE INDEX IF NOT EXISTS events_location ON events(location_country, location_admin1 COLLATE NOCASE)
    WHERE location_country IS NOT NULL;

-- A box of latitudes and longitudes: a range of latitudes, its longitudes
-- checked in the index.
CREATE INDEX IF NOT EXISTS events_location_point ON events(location_lat, location_lon)
    WHERE location_lat IS NOT NULL;
