//! The dashboard's API calls on a million-event store: each call the page
//! makes when it loads (and when a common filter is applied), timed through
//! the router as the server answers it, and the whole page as the browser
//! asks for it: the three calls it needs before drawing, together, then
//! every panel's call together (the page is usable when the slowest
//! answers; goal: 1 s).
//!
//! `cargo bench -p sitrep-server --bench page`. The store is the claims
//! bench's (`cargo bench -p sitrep-store --bench claims` builds it, 1M
//! events, under `target/sitrep-store-bench/`), or the one named by
//! `SITREP_PAGE_BENCH_DB`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::Request;
use axum::Router;
use sitrep_server::{router, AppState, ServerConfig};
use tower::ServiceExt;

const RUNS: usize = 15;

/// What the page asks before drawing anything (`start()` in main.js).
const START: &[&str] = &["/api/stats", "/api/vocabulary", "/api/actors?limit=1000"];

/// Each panel's call for a view's filter, as main.js builds them.
fn panels(filter: &str) -> Vec<String> {
    let and = if filter.is_empty() { String::new() } else { format!("&{filter}") };
    vec![
        format!("/api/series?interval=auto{and}"),
        format!("/api/network?max_edges=80&cross_border=true{and}"),
        format!("/api/event-rows?sort=-day&limit=25&offset=0{and}"),
        format!("/api/claims?sort=outlets&limit=50&offset=0{and}"),
        format!("/api/locations?{filter}"),
    ]
}

/// The views timed: the page as it opens, and common filters.
const VIEWS: &[&str] = &["", "country=USA", "actor=RUS*", "certainty=denied", "from=2024-01-01&to=2024-12-31", "root=19&first_copies_only=true"];

fn store_path() -> PathBuf {
    if let Some(p) = std::env::var_os("SITREP_PAGE_BENCH_DB") {
        return PathBuf::from(p);
    }
    let target = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.ancestors().nth(3).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("target"));
    target.join("sitrep-store-bench").join(format!("claims-250000-s{}.db", sitrep_store::SCHEMA_VERSION))
}

async fn call(app: &Router, uri: &str) -> Duration {
    let t = Instant::now();
    let resp = app.clone().oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    let status = resp.status();
    let body = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap();
    assert!(status.is_success(), "{uri}: {status} {}", String::from_utf8_lossy(&body));
    t.elapsed()
}

/// All of `uris` at once, as the browser sends them: the time until the last answers.
async fn together(app: &Router, uris: &[String]) -> Duration {
    let t = Instant::now();
    let calls: Vec<_> = uris.iter().map(|u| {
        let (app, u) = (app.clone(), u.clone());
        tokio::spawn(async move { call(&app, &u).await })
    }).collect();
    for c in calls {
        c.await.unwrap();
    }
    t.elapsed()
}

fn quantiles(mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1e3;
    (at(0.5), at(0.99))
}

fn main() {
    let path = store_path();
    if !path.exists() {
        eprintln!("no store at {}: run `cargo bench -p sitrep-store --bench claims` first, or set SITREP_PAGE_BENCH_DB", path.display());
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let app = router(AppState::new(ServerConfig::new(&path)).expect("open the bench store"));
        let start: Vec<String> = START.iter().map(|s| s.to_string()).collect();
        for view in VIEWS {
            let mut uris = if view.is_empty() { start.clone() } else { Vec::new() };
            uris.extend(panels(view));
            // Once untimed, so that every view is timed with warm caches alike.
            for u in &uris {
                call(&app, u).await;
            }
            for u in &uris {
                let mut times = Vec::new();
                for _ in 0..RUNS {
                    times.push(call(&app, u).await);
                }
                let (p50, p99) = quantiles(times);
                println!("{u:<75} p50 {p50:>8.1} ms  p99 {p99:>8.1} ms");
            }
            let mut page = Vec::new();
            for _ in 0..RUNS {
                let first = if view.is_empty() { together(&app, &start).await } else { Duration::ZERO };
                page.push(first + together(&app, &panels(view)).await);
            }
            let (p50, p99) = quantiles(page);
            let name = if view.is_empty() { "the page as it opens".to_owned() } else { format!("the page with {view}") };
            println!("{name:<75} p50 {p50:>8.1} ms  p99 {p99:>8.1} ms\n");
        }
    });
}
