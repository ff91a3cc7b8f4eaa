//! The OpenAPI description stays true: it parses, and every path it
//! documents answers, with each documented example parameter accepted.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::Fixture;
use serde_json::Value;

#[tokio::test]
async fn every_documented_path_answers() {
    let f = Fixture::new();
    let spec = f.ok("/api/openapi.json").await;
    assert_eq!(spec["openapi"].as_str().unwrap().chars().next(), Some('3'));
    let doc_id = f.ok("/api/documents?limit=1").await["documents"][0]["id"].as_i64().unwrap();
    let paths = spec["paths"].as_object().unwrap();
    assert!(paths.len() >= 12, "{} paths", paths.len());
    for (path, ops) in paths {
        let concrete = path.replace("{id}", &doc_id.to_string());
        for (method, op) in ops.as_object().unwrap() {
            match method.as_str() {
                "get" => {
                    let (status, body) = f.get(&concrete).await;
                    let required = required_query(&spec, op);
                    if required.is_empty() {
                        assert_eq!(status, 200, "GET {concrete}: {body}");
                    }
                    // With every documented example, the call is still accepted.
                    let examples = examples(&spec, op);
                    for (name, value) in examples {
                        let uri = format!("{concrete}?{name}={}", value.replace(' ', "%20"));
                        let (status, body) = f.get(&uri).await;
                        assert_eq!(status, 200, "GET {uri}: {body}");
                    }
                }
                "post" => {
                    let req = Request::post(&concrete).body(Body::from("[]")).unwrap();
                    let (status, _) = f.raw(req).await;
                    assert_eq!(status, 403, "POST {concrete} on a read-only server");
                }
                other => panic!("undocumented method handling for {other}"),
            }
        }
    }
}

/// The query parameters of `op`, resolving `$ref`s into components.
fn parameters<'a>(spec: &'a Value, op: &'a Value) -> Vec<&'a Value> {
    let Some(list) = op["parameters"].as_array() else { return Vec::new() };
    list.iter()
        .map(|p| match p["$ref"].as_str() {
            Some(r) => &spec["components"]["parameters"][r.rsplit('/').next().unwrap()],
            None => p,
        })
        .filter(|p| p["in"] == "query")
        .collect()
}

fn required_query(spec: &Value, op: &Value) -> Vec<String> {
    parameters(spec, op).into_iter().filter(|p| p["required"] == true).map(|p| p["name"].as_str().unwrap().to_owned()).collect()
}

fn examples(spec: &Value, op: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for p in parameters(spec, op) {
        let name = p["name"].as_str().unwrap().to_owned();
        let value = match &p["example"] {
            Value::String(s) => s.clone(),
            Value::Null if p["schema"]["type"] == "boolean" => "true".into(),
            Value::Null => continue,
            v => v.to_string(),
        };
        out.push((name, value));
    }
    out
}
