//! Errors: those that stop the server from starting ([`ServerError`]), and
//! those a request answers with ([`ApiError`]).

use std::net::SocketAddr;
use std::path::PathBuf;

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use sitrep_store::StoreError;

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("cannot open the store: {0}")]
    Store(#[from] StoreError),

    #[error("cannot open the store at {path} for reading: {source}")]
    Reader { path: PathBuf, source: rusqlite::Error },

    #[error("ingest is allowed but no token is set: POST /api/documents would be open to anyone who can reach {addr}")]
    IngestWithoutToken { addr: SocketAddr },

    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },

    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),

    #[error("the server stopped: {0}")]
    Serve(std::io::Error),
}

/// An error answer: a status and a message, sent as `{"error": message}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    /// The client's mistake: 400.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self { status: StatusCode::BAD_REQUEST, message: message.into() }
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self { status: StatusCode::NOT_FOUND, message: message.into() }
    }

    /// Ours: logged in full, answered with the message (which names the
    /// statement, never the client's data beyond what it sent).
    pub fn internal(message: impl Into<String>) -> Self {
        let message = message.into();
        tracing::error!("{message}");
        Self { status: StatusCode::INTERNAL_SERVER_ERROR, message }
    }

    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self { status, message: message.into() }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            // A malformed FTS5 expression is a bad parameter, not a fault.
            StoreError::TextQuery { .. } => Self::bad_request(e.to_string()),
            _ => Self::internal(e.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Json(serde_json::json!({ "error": self.message }));
        if self.status == StatusCode::UNAUTHORIZED {
            return (self.status, [(header::WWW_AUTHENTICATE, "Bearer")], body).into_response();
        }
        (self.status, body).into_response()
    }
}

/// Short for a handler's result.
pub type ApiResult<T> = Result<T, ApiError>;
