//! The API against a real store: every endpoint answers what the store holds.

mod common;

use common::{Fixture, SAHEL};
use sitrep_store::{CodeMatch, EventFilter};

#[tokio::test]
async fn events_page_with_a_total_and_carry_the_record() {
    let f = Fixture::new();
    let all = f.ok("/api/events").await;
    assert_eq!(all["total"], 9);
    let page = f.ok("/api/events?limit=2&offset=1").await;
    assert_eq!(page["total"], 9);
    assert_eq!(page["events"].as_array().unwrap().len(), 2);
    assert_eq!(page["events"][0]["id"], all["events"][1]["id"]);

    let hedged = f.ok("/api/events?source=RUSMIL&sentences=true").await;
    let e = &hedged["events"][0];
    assert_eq!(hedged["total"], 2);
    assert_eq!(e["cameo"], "074");
    assert_eq!(e["certainty"], "reported");
    assert_eq!(e["attribution"]["kind"], "anonymous");
    assert_eq!(e["evidence"], "Russia has reportedly sent special forces to Burkina Faso");
    // Both copies carry the event: two articles in two outlets.
    assert_eq!(e["counts"]["articles"], 2);
    assert_eq!(e["counts"]["sources"], 2);
    // The event's document says where its date was read and how sure it is.
    assert_eq!(e["document"]["date_source"], "url");
    assert_eq!(e["document"]["date_confidence"], 0.9);
    let sentence = e["context"]["sentence"].as_str().unwrap();
    assert!(sentence.starts_with("Russia has reportedly") && sentence.ends_with("multiple sources."), "{sentence}");
    let [a, b] = [0, 1].map(|i| e["context"]["evidence_utf16"][i].as_u64().unwrap() as usize);
    let units: Vec<u16> = sentence.encode_utf16().collect();
    assert_eq!(String::from_utf16(&units[a..b]).unwrap(), e["evidence"].as_str().unwrap());
}

/// Each filter selects what the store's own count says, through the API's
/// parameters; and the crate's SQL copy of the filter (series, network,
/// claims) agrees with the store.
#[tokio::test]
async fn every_filter_agrees_with_the_store() {
    let f = Fixture::new();
    let store = f.store();
    let cases: Vec<(&str, EventFilter)> = vec![
        ("actor=RUS*", EventFilter { actor: Some(CodeMatch::prefix("RUS")), ..Default::default() }),
        ("country=mli", EventFilter { actor: Some(CodeMatch::prefix("MLI")), ..Default::default() }),
        ("actor=RUSGOV&country=MLI", EventFilter { dyad: Some((CodeMatch::exact("RUSGOV"), CodeMatch::prefix("MLI"))), ..Default::default() }),
        ("source=BFAGOV", EventFilter { source: Some(CodeMatch::exact("BFAGOV")), ..Default::default() }),
        ("target=BFA*", EventFilter { target: Some(CodeMatch::prefix("BFA")), ..Default::default() }),
        ("dyad=FRA,BFA*", EventFilter { dyad: Some((CodeMatch::exact("FRA"), CodeMatch::prefix("BFA"))), ..Default::default() }),
        ("cameo=074", EventFilter { cameo: Some(CodeMatch::exact("074")), ..Default::default() }),
        ("root=19", EventFilter { cameo: Some(CodeMatch::prefix("19")), ..Default::default() }),
        ("plover=aid", EventFilter { plover_type: Some("AID".into()), ..Default::default() }),
        ("certainty=reported,alleged", EventFilter { certainty: vec![sitrep_model::Certainty::Reported, sitrep_model::Certainty::Alleged], ..Default::default() }),
        ("from=2025-04-15&to=2025-04-27", EventFilter { date_from: Some(common::day(2025, 4, 15)), date_to: Some(common::day(2025, 4, 27)), ..Default::default() }),
        ("outlet=daily%20courier", EventFilter { outlet: Some("daily courier".into()), ..Default::default() }),
        ("q=Traore", EventFilter { text: Some("Traore".into()), ..Default::default() }),
        ("first_copies_only=true", EventFilter { first_copies_only: true, ..Default::default() }),
        ("bbox=-9,12,-7,13", EventFilter { bbox: Some(sitrep_store::BoundingBox::parse("-9,12,-7,13").unwrap()), ..Default::default() }),
    ];
    let cases = cases.into_iter().chain(location_cases());
    for (query, filter) in cases {
        let expected = store.count_events(&filter).unwrap();
        assert!(expected > 0, "{query} selects nothing: a weak test");
        let events = f.ok(&format!("/api/events?{query}")).await;
        assert_eq!(events["total"], expected, "{query}");
        let series = f.ok(&format!("/api/series?{query}")).await;
        let dated: u64 = series["periods"].as_array().unwrap().iter().map(|p| p["count"].as_u64().unwrap()).sum();
        assert_eq!(dated + series["undated"].as_u64().unwrap(), expected, "series {query}");
        let claims = f.ok(&format!("/api/claims?{query}")).await;
        let by_store = store.claims(&sitrep_store::ClaimFilter { events: filter.clone(), ..Default::default() }).unwrap().total;
        assert!(by_store > 0, "{query} selects no claim");
        assert_eq!(claims["total"], by_store, "claims {query}");
    }
}

#[tokio::test]
async fn series_split_by_quad_class_per_week() {
    let f = Fixture::new();
    let s = f.ok("/api/series?interval=week&actor=RUS*").await;
    let periods = s["periods"].as_array().unwrap();
    // Sahel copies on 14 and 15 April 2025 (a Monday and Tuesday); the Mali agreement dated 28 April.
    assert_eq!(periods[0]["start"], "2025-04-14");
    assert_eq!(periods[0]["counts"], serde_json::json!([0, 2, 0, 0]));
    assert_eq!(periods[1]["start"], "2025-04-28");
    assert_eq!(periods[1]["counts"], serde_json::json!([1, 0, 0, 0]));
    assert!((periods[0]["goldstein"][1].as_f64().unwrap() - 16.6).abs() < 1e-3);
    let daily = f.ok("/api/series?dyad=MLI*,RUS*").await;
    assert_eq!(daily["periods"][0]["start"], "2025-04-28");
}

#[tokio::test]
async fn the_network_weighs_and_qualifies_each_relation() {
    let f = Fixture::new();
    let n = f.ok("/api/network").await;
    let edges = n["edges"].as_array().unwrap();
    let rus = edges.iter().find(|e| e["source"] == "RUSMIL" && e["target"] == "BFA").unwrap();
    assert_eq!(rus["count"], 2);
    assert_eq!(rus["hedged_share"], 1.0);
    assert_eq!(rus["anonymous_share"], 1.0);
    let fra = edges.iter().find(|e| e["source"] == "BFAGOV" && e["target"] == "FRA").unwrap();
    assert_eq!(fra["hedged_share"], 0.0);
    assert!(fra["goldstein_mean"].as_f64().unwrap() < 0.0);
    // The uncoded actor makes no edge.
    assert_eq!(edges.len(), 5);
    let ids: Vec<&str> = n["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"CIV") && ids.contains(&"MLIREB"));
    let label = n["nodes"].as_array().unwrap().iter().find(|n| n["id"] == "RUSMIL").unwrap()["label"].clone();
    assert_eq!(label, "Russia");
    let small = f.ok("/api/network?max_edges=2").await;
    assert_eq!(small["edges"].as_array().unwrap().len(), 2);
    assert_eq!(small["omitted_edges"], 3);
}

#[tokio::test]
async fn claims_count_independent_outlets_and_show_their_evidence() {
    let f = Fixture::new();
    let c = f.ok("/api/claims").await;
    let claims = c["claims"].as_array().unwrap();
    assert_eq!(c["total"].as_u64().unwrap() as usize, claims.len());
    // The wire copy of the Sahel report is a second outlet's document, not a second source.
    let rus = claims.iter().find(|c| c["cameo"] == "074").unwrap();
    assert_eq!(rus["independent_outlets"], 1);
    assert_eq!(rus["outlets"].as_array().unwrap().len(), 2);
    assert_eq!(rus["documents"].as_array().unwrap().len(), 2);
    assert_eq!(rus["status"], "single-source");
    assert_eq!(rus["credited"]["anonymous"], 2);
    assert_eq!(rus["text"], "Russia has reportedly sent special forces to Burkina Faso");
    let detail = f.ok(&format!("/api/claims/{}", rus["id"])).await;
    assert_eq!(detail["supports"].as_array().unwrap().len(), 2, "one group per outlet: {detail}");
    assert_eq!(detail["denies"].as_array().unwrap().len(), 0);
    assert_eq!(detail["supports"][0]["readings"][0]["evidence"], rus["text"]);
    let sorted = f.ok("/api/claims?sort=recency&status=single-source,corroborated").await;
    assert_eq!(sorted["total"], c["total"]);
    let past = f.ok("/api/claims?offset=100").await;
    assert_eq!(past["total"], c["total"]);
    assert_eq!(past["claims"].as_array().unwrap().len(), 0);
    assert_eq!(f.get("/api/claims/999999").await.0, axum::http::StatusCode::NOT_FOUND);
    assert_eq!(f.get("/api/claims?sort=size").await.0, axum::http::StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn stories_link_copies_to_their_first_copy() {
    let f = Fixture::new();
    let s = f.ok("/api/stories").await;
    assert_eq!(s["total"], 1);
    let story = &s["stories"][0];
    let docs = story["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["ext_id"], "sahel-1");
    assert_eq!(docs[1]["duplicate_of"], story["id"]);
    assert_eq!(story["outlets"], 2);
    assert_eq!(story["events"], 6);
}

#[tokio::test]
async fn a_document_comes_with_its_evidence_spans() {
    let f = Fixture::new();
    let list = f.ok("/api/documents?outlet=sahel%20wire").await;
    assert_eq!(list["total"], 2);
    let id = list["documents"].as_array().unwrap().iter().find(|d| d["ext_id"] == "sahel-1").unwrap()["id"].as_i64().unwrap();
    let d = f.ok(&format!("/api/documents/{id}")).await;
    assert_eq!(d["text"], SAHEL);
    assert_eq!(d["date_source"], "url", "where the publication date was read");
    assert_eq!(d["date_confidence"], 0.9, "how sure the date is, as the exports carry it");
    let listed = list["documents"].as_array().unwrap();
    assert!(listed.iter().all(|d| d["date_confidence"] == 0.9), "lists carry it too");
    assert!(d["story"].as_array().unwrap().iter().all(|d| d["date_confidence"] == 0.9));
    assert_eq!(d["story"].as_array().unwrap().len(), 2);
    let units: Vec<u16> = SAHEL.encode_utf16().collect();
    for e in d["events"].as_array().unwrap() {
        let [a, b] = [0, 1].map(|i| e["span_utf16"][i].as_u64().unwrap() as usize);
        let [s, t] = [0, 1].map(|i| e["span"][i].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16(&units[a..b]).unwrap(), SAHEL[s..t]);
    }
    let (status, body) = f.get("/api/documents/999").await;
    assert_eq!(status, 404, "{body}");
}

#[tokio::test]
async fn search_finds_documents_with_marked_snippets() {
    let f = Fixture::new();
    let r = f.ok("/api/search?q=traore").await;
    assert_eq!(r["total"], 2);
    let hits: Vec<&str> = r["results"][0]["snippet"].as_array().unwrap().iter().filter(|p| p["hit"] == true).map(|p| p["text"].as_str().unwrap()).collect();
    assert_eq!(hits, ["Traoré"]);
    assert_eq!(f.ok("/api/search?q=%22defence%20cooperation%22").await["total"], 1);
}

#[tokio::test]
async fn actors_stats_and_locations() {
    let f = Fixture::new();
    let a = f.ok("/api/actors?prefix=mli").await;
    let codes: Vec<&str> = a["actors"].as_array().unwrap().iter().map(|a| a["code"].as_str().unwrap()).collect();
    assert_eq!(codes.len(), 3, "{codes:?}");
    assert!(codes.iter().all(|c| c.starts_with("MLI")));
    let s = f.ok("/api/stats").await;
    assert_eq!(s["documents"], 5);
    assert_eq!(s["duplicates"], 1);
    assert_eq!(s["events"], 9);
    // The Sahel report's first event (and its wire copy's), the Mali report's two.
    assert_eq!(s["located_events"], 4);
    assert_eq!(s["first_day"], "2025-03-07");
    assert_eq!(s["countries"][0]["code"], "BFA");
    let l = f.ok("/api/locations?country=BFA").await;
    assert_eq!(l["events"], 6);
    assert_eq!(l["located"], 2);
    let place = &l["places"][0];
    assert_eq!((place["name"].as_str(), place["country"].as_str(), place["feature"].as_str()), (Some("Burkina Faso"), Some("BFA"), Some("country")));
    assert_eq!(place["count"], 2);
    assert!(place["admin1"].is_null());
}

/// The location filters and what the store's filter makes of them.
fn location_cases() -> Vec<(&'static str, EventFilter)> {
    let at = |country: Option<&str>, admin1: Option<&str>| EventFilter {
        location_country: country.map(str::to_owned),
        location_admin1: admin1.map(str::to_owned),
        ..Default::default()
    };
    vec![
        ("loc_country=MLI", at(Some("MLI"), None)),
        ("loc_country=mli&loc_admin1=kidal", at(Some("MLI"), Some("kidal"))),
        ("loc_admin1=Bamako", at(None, Some("Bamako"))),
        ("loc_country=BFA&actor=RUSMIL", EventFilter { actor: Some(CodeMatch::exact("RUSMIL")), ..at(Some("BFA"), None) }),
    ]
}

/// `loc_country` and `loc_admin1` (beside the store-wide check above): the
/// events table and the map's places count what the store counts, a place
/// carries its division and kind, and bad values are refused by name.
#[tokio::test]
async fn the_location_filters_narrow_the_table_and_the_places() {
    let f = Fixture::new();
    let store = f.store();
    for (query, filter) in location_cases() {
        let expected = store.count_events(&filter).unwrap();
        let rows = f.ok(&format!("/api/event-rows?{query}&limit=100")).await;
        assert_eq!(rows["total"], expected, "{query}");
        let places = f.ok(&format!("/api/locations?{query}")).await;
        assert_eq!((places["events"].as_u64(), places["located"].as_u64()), (Some(expected), Some(expected)), "{query}");
    }
    // Kidal's clash alone, not the agreement signed in Bamako.
    let kidal = f.ok("/api/events?loc_admin1=KIDAL").await;
    assert_eq!(kidal["total"], 1);
    assert_eq!(kidal["events"][0]["cameo"], "190");
    assert_eq!(kidal["events"][0]["location"]["admin1"], "Kidal");
    // The network of a place: Kidal's one relation, counted from its events.
    let network = f.ok("/api/network?loc_admin1=Kidal").await;
    let edges: Vec<(&str, &str, u64)> = network["edges"].as_array().unwrap().iter()
        .map(|e| (e["source"].as_str().unwrap(), e["target"].as_str().unwrap(), e["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(edges, [("MLIMIL", "MLIREB", 1)]);
    // A box of one point selects the events placed there.
    let point = f.ok("/api/events?bbox=1.40778,18.44111,1.40778,18.44111").await;
    assert_eq!(point["total"], 1);
    // No place of that name, or a country no event lies in: nothing, not an error.
    assert_eq!(f.ok("/api/events?loc_admin1=Atlantis").await["total"], 0);
    assert_eq!(f.ok("/api/events?loc_country=FRA").await["total"], 0);
    for bad in ["loc_country=Mali", "loc_country=---", "loc_country=M1I", "loc_admin1=a%00b"] {
        let (status, body) = f.get(&format!("/api/locations?{bad}")).await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(body["error"].as_str().unwrap().contains("`loc_"), "{bad}: {body}");
    }
}

#[tokio::test]
async fn the_dashboard_is_served_from_the_binary() {
    let f = Fixture::new();
    for path in ["/", "/assets/app.js", "/assets/app.css"] {
        let (status, body) = f.raw(axum::http::Request::get(path).body(axum::body::Body::empty()).unwrap()).await;
        assert_eq!(status, 200, "{path}");
        assert!(body.len() > 100, "{path} is nearly empty: build web/ first");
    }
}

#[tokio::test]
async fn a_bounding_box_narrows_events_to_their_locations() {
    let f = Fixture::new();
    let store = f.store();
    let filter = EventFilter { bbox: Some(sitrep_store::BoundingBox::parse("-6,9,3,15").unwrap()), ..Default::default() };
    let events = f.ok("/api/events?bbox=-6,9,3,15").await;
    assert_eq!(events["total"], store.count_events(&filter).unwrap());
    let all = f.ok("/api/events").await;
    assert!(all["total"].as_u64().unwrap() > events["total"].as_u64().unwrap(), "the fixture's events have no place in the box");
    // This crate's own SQL (series, event rows) narrows by the box as the store does.
    let series = f.ok("/api/series?bbox=-6,9,3,15").await;
    let dated: u64 = series["periods"].as_array().unwrap().iter().map(|p| p["count"].as_u64().unwrap()).sum();
    assert_eq!(dated + series["undated"].as_u64().unwrap(), events["total"].as_u64().unwrap());
    let rows = f.ok("/api/event-rows?bbox=-6,9,3,15&limit=100").await;
    assert_eq!(rows["rows"].as_array().unwrap().len() as u64, events["total"].as_u64().unwrap());
}
