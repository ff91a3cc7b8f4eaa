//! What the dashboard asks of the API beyond the store's own filter: names
//! for codes, the events table (sorted, paged, narrowed by quad class and
//! evidence words, downloaded), the network's shapes, and a timeline range
//! that an outlier cannot stretch.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::{day, doc, event, Fixture};
use sitrep_model::{DatePrecision, EventDate};

#[tokio::test]
async fn the_vocabulary_names_codes() {
    let f = Fixture::new();
    let v = f.ok("/api/vocabulary").await;
    assert_eq!(v["countries"]["BFA"], "Burkina Faso");
    assert_eq!(v["roles"]["GOV"], "government");
    assert!(v["cameo"].as_array().unwrap().iter().any(|c| c["code"] == "190" && c["quad_class"] == 4));
    assert!(v["plover_types"].as_array().unwrap().iter().any(|t| t == "ASSAULT"));
}

#[tokio::test]
async fn event_rows_sort_page_and_narrow() {
    let f = Fixture::new();
    let all = f.ok("/api/event-rows?sort=goldstein&limit=100").await;
    let g: Vec<f64> = all["rows"].as_array().unwrap().iter().filter_map(|r| r["goldstein"].as_f64()).collect();
    assert!(g.len() >= 5 && g.windows(2).all(|w| w[0] <= w[1]), "{g:?}");
    let desc = f.ok("/api/event-rows?sort=-goldstein&limit=1").await;
    assert_eq!(desc["rows"][0]["goldstein"].as_f64(), g.last().copied());
    let second = f.ok("/api/event-rows?sort=goldstein&limit=1&offset=1").await;
    assert_eq!(second["rows"][0]["id"], all["rows"][1]["id"]);

    // Words of the evidence, not of the document: "plotters" is in the Sahel
    // report, but only one of its events stands on it.
    let found = f.ok("/api/event-rows?evidence=plotters&limit=100").await;
    let rows = found["rows"].as_array().unwrap();
    assert!(!rows.is_empty() && rows.iter().all(|r| r["evidence"].as_str().unwrap().contains("plotters")), "{found}");
    let whole = f.ok("/api/event-rows?q=plotters&limit=100").await;
    assert!(whole["total"].as_u64() > found["total"].as_u64(), "document search finds more: {whole}");

    let conflict = f.ok("/api/event-rows?quad=4&limit=100").await;
    assert!(conflict["rows"].as_array().unwrap().iter().all(|r| r["quad_class"] == 4));
    assert!(conflict["total"].as_u64().unwrap() > 0);

    let anonymous = f.ok("/api/event-rows?attribution=anonymous&limit=100").await;
    let rows = anonymous["rows"].as_array().unwrap();
    assert!(!rows.is_empty() && rows.iter().all(|r| r["attribution_kind"] == "anonymous"), "{anonymous}");
    assert_eq!(f.get("/api/series?attribution=rumour").await.0, 400);

    let (status, body) = f.get("/api/event-rows?sort=colour").await;
    assert_eq!(status, 400);
    assert!(body["error"].as_str().unwrap().contains("goldstein"), "{body}");
    let (status, body) = f.get("/api/event-rows?q=coup%20AND").await;
    assert_eq!(status, 400);
    assert!(body["error"].as_str().unwrap().contains("cannot be read"), "{body}");
}

async fn text(f: &Fixture, uri: &str) -> (String, String) {
    let resp = f.app.clone();
    let resp = tower::ServiceExt::oneshot(resp, Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(resp.status(), 200, "{uri}");
    let kind = resp.headers()["content-type"].to_str().unwrap().to_owned();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap();
    (kind, String::from_utf8(bytes.to_vec()).unwrap())
}

#[tokio::test]
async fn events_download_as_csv_and_json_lines() {
    let f = Fixture::new();
    let n = f.ok("/api/events?actor=RUS*").await["total"].as_u64().unwrap();
    let (kind, csv) = text(&f, "/api/events?actor=RUS*&format=csv").await;
    assert!(kind.starts_with("text/csv"));
    assert!(csv.starts_with("id,day,source,cameo,target,certainty"), "{csv}");
    assert_eq!(csv.lines().count() as u64, n + 1);
    let (kind, jsonl) = text(&f, "/api/event-rows?actor=RUS*&format=jsonl").await;
    assert!(kind.starts_with("application/x-ndjson"));
    assert_eq!(jsonl.lines().count() as u64, n);
    for line in jsonl.lines() {
        serde_json::from_str::<serde_json::Value>(line).unwrap();
    }
    let (_, csv) = text(&f, "/api/event-rows?format=csv&sort=-day").await;
    assert!(csv.starts_with("id,day,date_precision,source"));
}

#[tokio::test]
async fn the_network_merges_countries_and_hides_inside_links() {
    let f = Fixture::new();
    let all = f.ok("/api/network").await;
    let inside = |net: &serde_json::Value| {
        net["edges"].as_array().unwrap().iter().filter(|e| e["source"].as_str().unwrap()[..3] == e["target"].as_str().unwrap()[..3]).count()
    };
    assert!(inside(&all) > 0, "the fixture has MLIMIL → MLIREB");
    assert_eq!(inside(&f.ok("/api/network?cross_border=true").await), 0);
    let countries = f.ok("/api/network?group=country").await;
    assert!(countries["nodes"].as_array().unwrap().iter().all(|n| n["id"].as_str().unwrap().len() == 3), "{countries}");
}

#[tokio::test]
async fn the_timeline_range_ignores_an_outlier_and_keeps_coarse_dates_apart() {
    let f = Fixture::new();
    // One event misdated to 1938, and one known only to the year 2025.
    let extra = doc("old-1", "Troops seized the town in a raid, the old report said.", "Archive", day(2025, 4, 20));
    let mut old = event(&extra, "Troops seized the town", ("Troops", "MLIMIL"), ("town", "MLICVL"), "192", 4, -9.5);
    old.date = Some(EventDate { value: day(1938, 3, 12), precision: DatePrecision::Day });
    let mut year = event(&extra, "in a raid", ("Troops", "MLIMIL"), ("town", "MLICVL"), "190", 4, -10.0);
    year.date = Some(EventDate { value: day(2025, 1, 1), precision: DatePrecision::Year });
    let mut filler = Vec::new();
    // Enough dated events for 2% of them to be one.
    for i in 0..60 {
        let d = doc(&format!("fill-{i}"), "Police arrested protesters in the capital.", &format!("Outlet {i}"), day(2025, 4, 1 + (i % 20) as u32));
        let e = event(&d, "Police arrested protesters", ("Police", "MLICOP"), ("protesters", "MLIPRO"), "173", 4, -5.0);
        filler.push((d, vec![e]));
    }
    let mut store = f.store();
    store.write_batch(&[(extra, vec![old, year])]).unwrap();
    store.write_batch(&filler).unwrap();
    drop(store);
    let s = f.ok("/api/series?interval=auto").await;
    assert!(s["range"]["from"].as_str().unwrap() >= "2025-01-01", "{}", s["range"]);
    assert_eq!(s["interval"], "day");
    assert!(s["outside_before"].as_u64().unwrap() >= 1);
    assert!(s["periods"].as_array().unwrap().iter().all(|p| p["start"].as_str().unwrap() >= "2025"));
    let coarse = s["coarse"].as_array().unwrap();
    assert!(coarse.iter().any(|c| c["precision"] == "year" && c["start"] == "2025-01-01"), "{s}");
    assert!(!s["periods"].as_array().unwrap().iter().any(|p| p["start"] == "2025-01-01"), "a year-only date is not a day");
}

/// Dated events in two clusters years apart: `near` in April 2025 and
/// `far` in June 2010 (each beside the fixture's own, which are few).
fn two_clusters(f: &Fixture, near: usize, far: usize) {
    let mut docs = Vec::new();
    for i in 0..near + far {
        let when = if i < near { day(2025, 4, 1 + (i % 20) as u32) } else { day(2010, 6, 1 + (i % 20) as u32) };
        let d = doc(&format!("cluster-{i}"), "Police arrested protesters in the capital.", &format!("Outlet {i}"), when);
        let e = event(&d, "Police arrested protesters", ("Police", "MLICOP"), ("protesters", "MLIPRO"), "173", 4, -5.0);
        docs.push((d, vec![e]));
    }
    f.store().write_batch(&docs).unwrap();
}

#[tokio::test]
async fn the_timeline_range_keeps_to_the_busier_side_of_a_long_gap() {
    let f = Fixture::new();
    // A fifth of the events fifteen years earlier: counted, not drawn.
    two_clusters(&f, 80, 20);
    let s = f.ok("/api/series?interval=auto").await;
    assert!(s["range"]["from"].as_str().unwrap() >= "2025-01-01", "{}", s["range"]);
    assert!(s["outside_before"].as_u64().unwrap() >= 20, "{s}");
    assert!(s["periods"].as_array().unwrap().iter().all(|p| p["start"].as_str().unwrap() >= "2025"));
}

#[tokio::test]
async fn the_timeline_range_keeps_two_even_clusters() {
    let f = Fixture::new();
    two_clusters(&f, 50, 50);
    let s = f.ok("/api/series?interval=auto").await;
    assert!(s["range"]["from"].as_str().unwrap() < "2010-07-01", "{}", s["range"]);
    assert!(s["range"]["to"].as_str().unwrap() >= "2025-04-01", "{}", s["range"]);
}

#[tokio::test]
async fn claims_page_sort_and_download_for_the_filter() {
    let f = Fixture::new();
    let all = f.ok("/api/claims?sort=recency").await;
    let n = all["total"].as_u64().unwrap();
    assert!(n >= 2, "{all}");
    assert_eq!((all["total_capped"].as_bool(), all["limit"].as_u64(), all["offset"].as_u64()), (Some(false), Some(50), Some(0)));
    let seen: Vec<&str> = all["claims"].as_array().unwrap().iter().map(|c| c["last_seen"].as_str().unwrap_or("")).collect();
    assert!(seen.windows(2).all(|w| w[0] >= w[1]), "{seen:?}");
    // A page of one, then the next: the second claim of the full list.
    let second = f.ok("/api/claims?sort=recency&limit=1&offset=1").await;
    assert_eq!(second["claims"][0]["id"], all["claims"][1]["id"]);
    assert_eq!(second["total"], all["total"]);

    let rus = f.ok("/api/claims?actor=RUS*").await;
    let ids: Vec<String> = rus["claims"].as_array().unwrap().iter().map(|c| c["id"].to_string()).collect();
    assert!(!ids.is_empty() && (ids.len() as u64) < n, "{rus}");
    let (kind, csv) = text(&f, "/api/claims?actor=RUS*&format=csv").await;
    assert!(kind.starts_with("text/csv"));
    assert!(csv.starts_with("id,status,source,cameo,plover,target,independent_outlets,outlets,documents,denials,"), "{csv}");
    let csv_ids: Vec<&str> = csv.lines().skip(1).map(|l| l.split(',').next().unwrap()).collect();
    assert_eq!(csv_ids, ids);
    let (kind, jsonl) = text(&f, "/api/claims?actor=RUS*&format=jsonl").await;
    assert!(kind.starts_with("application/x-ndjson"));
    let lines: Vec<serde_json::Value> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.iter().map(|c| c["id"].to_string()).collect::<Vec<_>>(), ids);
    for key in ["id", "status", "text", "source", "target", "cameo", "plover", "independent_outlets", "outlets", "documents", "denials", "first_seen", "last_seen"] {
        assert!(lines[0].get(key).is_some(), "no {key} in {}", lines[0]);
    }
    assert_eq!(f.get("/api/claims?format=xml").await.0, 400);
}

/// The ids of `/api/claims?{query}`.
async fn claim_ids(f: &Fixture, query: &str) -> Vec<i64> {
    let page = f.ok(&format!("/api/claims?{query}")).await;
    page["claims"].as_array().unwrap().iter().map(|c| c["id"].as_i64().unwrap()).collect()
}

#[tokio::test]
async fn claims_narrow_by_quad_class_attribution_and_evidence_words() {
    let f = with_denial();
    // Each event's quad class and attribution kind, and each claim's readings.
    let rows = f.ok("/api/event-rows?limit=1000").await;
    let event = |id: i64| rows["rows"].as_array().unwrap().iter().find(|r| r["id"] == id).cloned().unwrap();
    let mut readings: Vec<(i64, Vec<serde_json::Value>)> = Vec::new();
    for id in claim_ids(&f, "limit=500").await {
        let d = f.ok(&format!("/api/claims/{id}")).await;
        let groups = [d["supports"].as_array().unwrap().clone(), d["denies"].as_array().unwrap().clone()].concat();
        readings.push((id, groups.iter().flat_map(|g| g["readings"].as_array().unwrap().clone()).collect()));
    }
    // The claims of the full list (in its order) with a reading that `keep` accepts.
    let expected = |keep: &dyn Fn(&serde_json::Value) -> bool| -> Vec<i64> {
        readings.iter().filter(|(_, rs)| rs.iter().any(keep)).map(|(id, _)| *id).collect()
    };
    let all = claim_ids(&f, "limit=500").await;
    let conflict = expected(&|r| event(r["event"].as_i64().unwrap())["quad_class"] == 4);
    assert!(!conflict.is_empty() && conflict.len() < all.len(), "{conflict:?} of {all:?}");
    assert_eq!(claim_ids(&f, "quad=4&limit=500").await, conflict);
    let anonymous = expected(&|r| r["attribution_kind"] == "anonymous");
    assert!(!anonymous.is_empty() && anonymous.len() < all.len());
    assert_eq!(claim_ids(&f, "attribution=anonymous").await, anonymous);
    let plotters = expected(&|r| r["evidence"].as_str().unwrap().to_lowercase().contains("plotters"));
    assert_eq!(plotters.len(), 1, "one claim stands on “plotters”");
    assert_eq!(claim_ids(&f, "evidence=PLOTTERS").await, plotters);
    // One reading meets every condition: the anonymous reading is no conflict.
    assert!(claim_ids(&f, "attribution=anonymous&quad=4").await.is_empty());
    assert_eq!(claim_ids(&f, "actor=TCD*&quad=4").await.len(), 1, "a denied reading narrows as a supporting one");

    // Every order and page of the store's own list, narrowed.
    for sort in ["outlets", "recency", "status"] {
        let full = claim_ids(&f, &format!("sort={sort}&limit=500")).await;
        let kept: Vec<i64> = full.iter().copied().filter(|id| conflict.contains(id)).collect();
        assert_eq!(claim_ids(&f, &format!("quad=4&sort={sort}&limit=500")).await, kept, "{sort}");
        assert_eq!(claim_ids(&f, &format!("quad=4&sort={sort}&limit=1&offset=1")).await, kept[1..2], "{sort}");
    }
    let page = f.ok("/api/claims?quad=4&limit=1").await;
    assert_eq!((page["total"].as_u64(), page["total_capped"].as_bool()), (Some(conflict.len() as u64), Some(false)));
    let denied_only = f.ok("/api/claims?quad=4&status=denied-only").await;
    assert_eq!(denied_only["total"], 1, "{denied_only}");
    assert_eq!(denied_only["claims"][0]["denials"].as_array().unwrap().len(), 1, "the store's record, with its documents");

    let (_, csv) = text(&f, "/api/claims?quad=4&format=csv").await;
    let csv_ids: Vec<i64> = csv.lines().skip(1).map(|l| l.split(',').next().unwrap().parse().unwrap()).collect();
    assert_eq!(csv_ids, conflict);
    let (status, body) = f.get("/api/claims?quad=9").await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(f.get("/api/claims?evidence=coup&q=coup").await.0, 400);
}

/// The fixture with one more report: Chad denies that its troops attacked
/// Niger (a claim known only through its denial).
fn with_denial() -> Fixture {
    let f = Fixture::new();
    let d = doc("denial-1", "Chad denied that its troops attacked Niger.", "Denials", day(2025, 4, 22));
    let mut denied = event(&d, "its troops attacked Niger", ("Chad", "TCDMIL"), ("Niger", "NER"), "190", 4, -10.0);
    denied.certainty = sitrep_model::Certainty::Denied;
    let mut store = f.store();
    store.write_batch(&[(d, vec![denied])]).unwrap();
    drop(store);
    f
}

#[tokio::test]
async fn a_denied_claim_draws_no_edge_and_is_listed_apart() {
    let f = with_denial();
    for uri in ["/api/network", "/api/network?group=country", "/api/network?cross_border=true"] {
        let n = f.ok(uri).await;
        let edges = n["edges"].as_array().unwrap();
        assert!(!edges.iter().any(|e| e["source"].as_str().unwrap().starts_with("TCD")), "{uri}: {n}");
        assert!(edges.iter().all(|e| e["count"].as_u64().unwrap() > 0), "{uri}: {n}");
        let listed = n["denied"].as_array().unwrap();
        assert!(listed.iter().any(|p| p["source"] == "TCDMIL" && p["target"] == "NER" && p["claims"] == 1), "{uri}: {n}");
    }
    // A filter that leaves the denial out leaves its pair out of the list too.
    let other = f.ok("/api/network?actor=RUS*").await;
    assert!(other["denied"].as_array().unwrap().is_empty(), "{other}");
}

#[tokio::test]
async fn the_network_from_counted_pairs_is_the_network_counted_from_events() {
    let f = with_denial();
    // No filter reads the pairs the store counts as it writes (migration
    // 0011); a certainty filter naming every certainty selects the same
    // events but counts them from the events themselves.
    let every = "certainty=asserted,reported,alleged,conditional,intended,denied,negated";
    for shape in ["", "max_edges=2", "max_edges=1", "group=country", "cross_border=true", "group=country&max_edges=2"] {
        let counted = f.ok(&format!("/api/network?{shape}")).await;
        let direct = f.ok(&format!("/api/network?{shape}&{every}")).await;
        assert!(!counted["edges"].as_array().unwrap().is_empty(), "{shape}: {counted}");
        assert_eq!(counted, direct, "{shape}");
    }
}
