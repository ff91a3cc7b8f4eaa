//! The dashboard's built files and the OpenAPI description, embedded at
//! compile time so the binary serves them with no network and no npm.

use axum::extract::Path;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// The OpenAPI 3 description of the API, written by hand.
pub(crate) const OPENAPI: &str = include_str!("openapi.json");

/// `web/dist/`: built by `web/build.sh`, committed.
const FILES: &[(&str, &str, &[u8])] = &[
    ("app.js", "text/javascript; charset=utf-8", include_bytes!("../web/dist/app.js")),
    ("app.css", "text/css; charset=utf-8", include_bytes!("../web/dist/app.css")),
];
const INDEX: &str = include_str!("../web/dist/index.html");

/// Scripts and styles from this server only; no frames, no outside
/// requests. Styles may be inline because the graph library sets them on its
/// elements.
const CSP: &str = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; \
                   frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

pub(crate) async fn index() -> Response {
    with_headers(INDEX.as_bytes(), "text/html; charset=utf-8")
}

pub(crate) async fn file(Path(name): Path<String>) -> Response {
    match FILES.iter().find(|(n, _, _)| *n == name) {
        Some((_, mime, bytes)) => with_headers(bytes, mime),
        None => ApiError::not_found(format!("no dashboard file {name:?}")).into_response(),
    }
}

pub(crate) async fn openapi() -> Response {
    with_headers(OPENAPI.as_bytes(), "application/json")
}

fn with_headers(body: &'static [u8], mime: &'static str) -> Response {
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // The files change only with the binary; a reload after an upgrade must not mix versions.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}
