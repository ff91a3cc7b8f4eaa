//! An actor's or a country's view reads its events in two parts (those
//! whose source matches, those whose target alone does) and its network
//! from the store's pre-counted pairs (of every day, or of whole months and
//! years): each answer must select exactly the events the store's own filter
//! selects, and the network must be the one counted from the events directly.

mod common;

use common::Fixture;
use serde_json::Value;

/// Filters by actor or country: prefixes and exact codes, an actor on both
/// sides of some events (MLIMIL → MLIREB), one whose events lack a target,
/// and an actor with a date range.
const FILTERS: &[&str] = &[
    "actor=RUS*",
    "actor=RUSMIL",
    "country=BFA",
    "country=MLI",
    "actor=FRA",
    "actor=CIV",
    "actor=RUS*&from=2025-04-14&to=2025-04-20",
    "country=MLI&certainty=asserted",
];

fn ids(rows: &Value, key: &str) -> Vec<i64> {
    let mut ids: Vec<i64> = rows[key].as_array().unwrap().iter().map(|r| r["id"].as_i64().unwrap()).collect();
    ids.sort();
    ids
}

#[tokio::test]
async fn an_actors_series_rows_and_places_count_the_stores_events() {
    let f = Fixture::new();
    let mut seen_both_sides = false;
    for filter in FILTERS {
        let stored = f.ok(&format!("/api/events?{filter}&limit=1000")).await;
        let total = stored["total"].as_u64().unwrap();
        let rows = f.ok(&format!("/api/event-rows?{filter}&limit=1000")).await;
        assert_eq!(rows["total"].as_u64(), Some(total), "{filter}");
        assert_eq!(ids(&rows, "rows"), ids(&stored, "events"), "{filter}");
        let newest = f.ok(&format!("/api/event-rows?{filter}&sort=-day&limit=1000")).await;
        assert_eq!(ids(&newest, "rows"), ids(&stored, "events"), "{filter}");

        let s = f.ok(&format!("/api/series?interval=day&{filter}")).await;
        let drawn: u64 = s["periods"].as_array().unwrap().iter().map(|p| p["count"].as_u64().unwrap()).sum();
        let coarse: u64 = s["coarse"].as_array().unwrap().iter().map(|p| p["count"].as_u64().unwrap()).sum();
        let outside = s["outside_before"].as_u64().unwrap() + s["outside_after"].as_u64().unwrap();
        assert_eq!(drawn + coarse + outside + s["undated"].as_u64().unwrap(), total, "{filter}: {s}");

        let l = f.ok(&format!("/api/locations?{filter}")).await;
        assert_eq!(l["events"].as_u64(), Some(total), "{filter}");

        let both = rows["rows"].as_array().unwrap().iter().any(|e| {
            let code = |k: &str| e[k].as_str().unwrap_or("").to_owned();
            let (s, t) = (code("source"), code("target"));
            !s.is_empty() && s.get(..3) == t.get(..3)
        });
        seen_both_sides |= both && filter.starts_with("country=MLI");
        assert!(total > 0, "{filter} selects nothing: the fixture must cover it");
    }
    assert!(seen_both_sides, "an event with the country on both sides must be among the filters'");
}

#[tokio::test]
async fn an_actors_network_from_counted_pairs_is_the_direct_one() {
    let f = Fixture::new();
    for filter in FILTERS.iter().filter(|f| !f.contains("from=")) {
        for shape in ["max_edges=80", "max_edges=1&cross_border=true", "max_edges=80&group=country"] {
            let counted = f.ok(&format!("/api/network?{shape}&{filter}")).await;
            // A date no event precedes selects the same events, and takes the
            // direct path (the pre-counted pairs know no dates).
            let direct = f.ok(&format!("/api/network?{shape}&{filter}&from=0001-01-01")).await;
            assert_eq!(counted, direct, "{shape}&{filter}");
        }
    }
    // Whole months and years from the pairs counted per period, against the
    // same days given as a range that ends a day short (no event on the last).
    for (periods, days) in [
        ("from=2025-01-01&to=2025-12-31", "from=2025-01-01&to=2025-12-30"),
        ("from=2025-04-01&to=2025-04-30", "from=2025-04-01&to=2025-04-29"),
        ("from=2024-11-01&to=2025-04-30", "from=2024-11-01&to=2025-04-29"),
        ("from=2025-04-01&to=2025-04-30&actor=MLI*", "from=2025-04-01&to=2025-04-29&actor=MLI*"),
    ] {
        for shape in ["max_edges=80", "max_edges=1&cross_border=true", "max_edges=80&group=country"] {
            let counted = f.ok(&format!("/api/network?{shape}&{periods}")).await;
            let direct = f.ok(&format!("/api/network?{shape}&{days}")).await;
            assert_eq!(counted, direct, "{shape}&{periods}");
            assert!(!counted["edges"].as_array().unwrap().is_empty(), "{shape}&{periods}: {counted}");
        }
    }
    let n = f.ok("/api/network?max_edges=80&actor=RUS*").await;
    assert!(!n["edges"].as_array().unwrap().is_empty(), "{n}");
}
