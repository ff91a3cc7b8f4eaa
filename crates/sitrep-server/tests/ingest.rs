//! POST /api/documents: off by default, behind a bearer token when on, and
//! handed to the caller's ingest function.

mod common;

use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::Request;
use common::Fixture;
use sitrep_server::{AppState, IngestSummary, ServerConfig, ServerError};

const BODY: &str = r#"[{"id":"n1","text":"Mali expelled the French ambassador.","date":"2025-05-02","outlet":"Wire"}]"#;

fn post(token: Option<&str>) -> Request<Body> {
    post_as("Bearer", token, BODY)
}

fn post_as(scheme: &str, token: Option<&str>, body: &str) -> Request<Body> {
    let mut req = Request::post("/api/documents").header("content-type", "application/json");
    if let Some(t) = token {
        req = req.header("authorization", format!("{scheme} {t}"));
    }
    req.body(Body::from(body.to_owned())).unwrap()
}

#[tokio::test]
async fn ingest_is_refused_on_a_read_only_server() {
    let f = Fixture::new();
    let (status, body) = f.send(post(Some("anything"))).await;
    assert_eq!(status, 403, "{body}");
}

#[tokio::test]
async fn ingest_needs_the_token_and_calls_the_pipeline() {
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let log = seen.clone();
    let f = Fixture::with_config(|c| ServerConfig {
        allow_ingest: true,
        token: Some("s3cret".into()),
        ingest: Some(Arc::new(move |docs| {
            log.lock().unwrap().extend(docs.iter().map(|d| format!("{} {:?}", d.id, d.date)));
            Ok(IngestSummary { documents: docs.len(), events: 1, ..Default::default() })
        })),
        ..c
    });
    for token in [None, Some("wrong"), Some("s3cre"), Some("s3cret2")] {
        let (status, _) = f.send(post(token)).await;
        assert_eq!(status, 401, "{token:?}");
    }
    let (status, body) = f.send(post(Some("s3cret"))).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["documents"], 1);
    assert_eq!(*seen.lock().unwrap(), ["n1 Some(2025-05-02)"]);
}

#[tokio::test]
async fn the_scheme_is_case_insensitive_and_bad_documents_are_rejected_one_by_one() {
    let f = Fixture::with_config(|c| ServerConfig {
        allow_ingest: true,
        token: Some("s3cret".into()),
        ingest: Some(Arc::new(|docs| Ok(IngestSummary { documents: docs.len(), ..Default::default() }))),
        ..c
    });
    for scheme in ["bearer", "BEARER", "Bearer"] {
        let (status, body) = f.send(post_as(scheme, Some("s3cret"), BODY)).await;
        assert_eq!(status, 200, "{scheme}: {body}");
    }
    let (status, _) = f.send(post_as("Basic", Some("s3cret"), BODY)).await;
    assert_eq!(status, 401);
    let batch = r#"[{"id":"a","text":"Mali expelled the envoy.","date":"2025-05-02"},
                    {"id":"b","text":"Troops left.","date":"2025-05-32"}]"#;
    let (status, body) = f.send(post_as("Bearer", Some("s3cret"), batch)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["documents"], 1);
    assert_eq!(body["rejected"][0]["index"], 1);
    assert_eq!(body["rejected"][0]["id"], "b");
    assert_eq!(body["rejected"][0]["error"], "document 1: field `date`: \"2025-05-32\" is not a date of the form YYYY-MM-DD");
    let (status, body) = f.send(post_as("Bearer", Some("s3cret"), r#"[{"id":"b","text":"x","date":"May 2"}]"#)).await;
    assert_eq!(status, 400, "{body}");
    assert!(body["error"].as_str().unwrap().contains("no document could be read: document 0: field `date`"), "{body}");
}

#[tokio::test]
async fn ingest_without_a_pipeline_is_not_implemented() {
    let f = Fixture::with_config(|c| ServerConfig { allow_ingest: true, token: Some("t".into()), ..c });
    let (status, _) = f.send(post(Some("t"))).await;
    assert_eq!(status, 501);
}

#[test]
fn ingest_without_a_token_does_not_start() {
    let dir = tempfile::tempdir().unwrap();
    let config = ServerConfig { allow_ingest: true, ..ServerConfig::new(dir.path().join("s.db")) };
    assert!(matches!(AppState::new(config), Err(ServerError::IngestWithoutToken { .. })));
}
