//! Bad parameters answer 400 with a JSON message on every endpoint; nothing
//! a client sends makes a 500.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::Fixture;

const ENDPOINTS: &[&str] =
    &["/api/events", "/api/claims", "/api/series", "/api/network", "/api/locations", "/api/actors", "/api/stories", "/api/documents", "/api/search", "/api/stats"];

/// Parameters with values no endpoint accepts.
const GARBAGE: &[&str] = &[
    "limit=-1", "limit=0", "limit=abc", "limit=99999999999", "offset=-5", "offset=1e9", "actor=%00%01", "actor=rus%20mil",
    "actor=****", "country=RUSSIA", "country=12", "source=a-b", "target=%F0%9F%92%A5", "dyad=RUS", "dyad=RUS,BFA,FRA",
    "cameo=abcde", "cameo=0", "root=7", "root=ab", "cameo=07&root=07", "plover=%3Cscript%3E", "certainty=maybe",
    "certainty=reported,sure", "from=yesterday", "from=2025-02-30", "to=2025-13-01", "from=2025-05-01&to=2025-01-01",
    "q=%22", "q=AND", "q=NEAR(", "q=*", "q=title:%22", "first_copies_only=perhaps", "interval=fortnight", "max_edges=x",
    "sentences=maybe", "prefix=%25", "nonsense=1", "limit=1&limit=2", "%ZZ=1", "actor=RUS&actor=FRA",
    "bbox=1,2,3", "bbox=0,10,1,5", "bbox=-200,0,0,1", "bbox=west", "loc_country=BF", "loc_country=Burkina", "loc_admin1=%01",
];

#[tokio::test]
async fn garbage_parameters_are_refused_with_a_message() {
    let f = Fixture::new();
    for endpoint in ENDPOINTS {
        for garbage in GARBAGE {
            let uri = format!("{endpoint}?{garbage}");
            let (status, body) = f.get(&uri).await;
            // A parameter an endpoint does not take is refused too, so every line is a 400.
            assert_eq!(status, 400, "{uri}: {body}");
            assert!(body["error"].as_str().is_some_and(|m| !m.is_empty()), "{uri}: {body}");
        }
    }
}

#[tokio::test]
async fn bad_paths_and_bodies_are_client_errors() {
    let f = Fixture::new();
    for uri in ["/api/documents/abc", "/api/documents/-1", "/api/documents/0", "/api/documents/99999999999999999999", "/api/documents/%FF"] {
        let (status, body) = f.get(uri).await;
        assert_eq!(status, 400, "{uri}: {body}");
    }
    let (status, _) = f.get("/api/nothing-here").await;
    assert_eq!(status, 404);
    let (status, _) = f.get("/assets/../../etc/passwd").await;
    assert!(status == 404 || status == 400, "{status}");
    let req = Request::delete("/api/events").body(Body::empty()).unwrap();
    let (status, _) = f.raw(req).await;
    assert_eq!(status, 405);
    for body in ["{", "[1,2]", "[{\"id\":\"a\"}]", "[{\"id\":\"a\",\"text\":\"x\",\"evil\":1}]"] {
        let req = Request::post("/api/documents").body(Body::from(body)).unwrap();
        let (status, _) = f.raw(req).await;
        assert!(status.is_client_error(), "{body}: {status}");
    }
}

#[tokio::test]
async fn search_requires_a_query() {
    let f = Fixture::new();
    let (status, body) = f.get("/api/search").await;
    assert_eq!(status, 400);
    assert!(body["error"].as_str().unwrap().contains("`q`"));
}
