use std::path::PathBuf;

/// Everything that can go wrong in the store or an export, naming what failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the store at {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },

    #[error("the store at {path} has schema version {found}, newer than this build of sitrep knows ({known}); upgrade sitrep")]
    SchemaTooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    #[error("migration {version} ({name}) failed: {source}")]
    Migration {
        version: i64,
        name: &'static str,
        source: rusqlite::Error,
    },

    #[error("event {index} of document {doc_id:?} names document {event_doc_id:?}")]
    EventDocMismatch {
        doc_id: String,
        index: usize,
        event_doc_id: String,
    },

    #[error("cannot write document {doc_id:?}: {source}")]
    WriteDocument {
        doc_id: String,
        source: rusqlite::Error,
    },

    #[error("cannot write event {index} of document {doc_id:?}: {source}")]
    WriteEvent {
        doc_id: String,
        index: usize,
        source: rusqlite::Error,
    },

    #[error("bad full-text query {query:?}: {message}")]
    TextQuery { query: String, message: String },

    #[error("stored event {event_id} cannot be read back: {message}")]
    Corrupt { event_id: i64, message: String },

    #[error("store query failed ({what}): {source}")]
    Sql {
        what: &'static str,
        source: rusqlite::Error,
    },

    /// `target` is the file written, or "output" for a caller's writer.
    #[error("{export} export: cannot write {target}: {source}")]
    Io {
        export: &'static str,
        target: String,
        source: std::io::Error,
    },

    /// `line` is 0 when the problem is a key missing from the whole file.
    #[error("claim rules {origin}, line {line}: {message}")]
    ClaimConfig {
        origin: String,
        line: usize,
        message: String,
    },

    #[error("parquet export: cannot write {path}: {source}")]
    Parquet {
        path: PathBuf,
        source: parquet::errors::ParquetError,
    },
}

impl StoreError {
    /// Whether the error is another connection holding the write lock
    /// longer than the busy timeout: the operation may succeed if tried again.
    pub fn is_busy(&self) -> bool {
        match self {
            StoreError::Open { source, .. }
            | StoreError::Migration { source, .. }
            | StoreError::WriteDocument { source, .. }
            | StoreError::WriteEvent { source, .. }
            | StoreError::Sql { source, .. } => crate::busy::is_busy(source),
            _ => false,
        }
    }
}

/// Short for `Result<T, StoreError>`.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Attaches a description of the statement to a SQLite error.
pub(crate) trait SqlContext<T> {
    fn sql(self, what: &'static str) -> Result<T>;
}

impl<T> SqlContext<T> for std::result::Result<T, rusqlite::Error> {
    fn sql(self, what: &'static str) -> Result<T> {
        self.map_err(|source| StoreError::Sql { what, source })
    }
}
