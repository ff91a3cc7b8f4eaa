//! The one error type every source reports, naming the file and, where the
//! format has them, the line or record that went wrong.

use std::io;

/// A problem with one input, or with one part of it. Reading goes on after
/// every error that concerns only a part (a JSON line, a WARC record, a
/// `<Sentence>`), so one bad item never hides the good ones around it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    /// The file (or a directory entry, or a gzip stream) could not be read.
    #[error("{file}: cannot read: {source}")]
    Io {
        /// The path or name of the input, as given.
        file: String,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
    /// Neither the name nor the first bytes say which source reads this input
    /// (a picture, an archive, a pretty-printed JSON object…).
    #[error("{file}: unrecognised format: {reason}")]
    UnknownFormat {
        /// The path or name of the input.
        file: String,
        /// What the first bytes looked like.
        reason: String,
    },
    /// One line is bad: a JSON line that does not parse or lacks `id` or
    /// `text`, an XML syntax error, invalid UTF-8 in a text file.
    #[error("{file}:{line}: {message}")]
    Line {
        /// The path or name of the input.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// One WARC record is bad (its header, its HTTP payload, or the page it
    /// holds); the records after it are still read where the framing allows.
    #[error("{file}: record {record}: {message}")]
    Record {
        /// The path or name of the archive.
        file: String,
        /// 1-based position of the record in the archive.
        record: usize,
        /// What is wrong.
        message: String,
    },
    /// The input as a whole cannot be used: a malformed feed, an HTML page
    /// with no main text, a file larger than the configured limit.
    #[error("{file}: {message}")]
    Malformed {
        /// The path or name of the input.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// Not a failure: a limit cut part of a document that was still read
    /// (nesting flattened, expansion refused), or a document with no text
    /// was left out. See [`IngestError::is_warning`].
    #[error("{file}: {message}")]
    Warning {
        /// The path or name of the input.
        file: String,
        /// What was cut or left out.
        message: String,
    },
}

impl IngestError {
    /// Whether this only reports what a limit cut or what was left out as
    /// empty; the documents of the input were still sent.
    pub fn is_warning(&self) -> bool {
        matches!(self, IngestError::Warning { .. })
    }

    /// The path or name of the input the error is about.
    pub fn file(&self) -> &str {
        match self {
            IngestError::Io { file, .. }
            | IngestError::UnknownFormat { file, .. }
            | IngestError::Line { file, .. }
            | IngestError::Record { file, .. }
            | IngestError::Malformed { file, .. }
            | IngestError::Warning { file, .. } => file,
        }
    }

    /// The 1-based line the error is about, where the format has lines.
    pub fn line(&self) -> Option<usize> {
        match self {
            IngestError::Line { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// The 1-based WARC record the error is about.
    pub fn record(&self) -> Option<usize> {
        match self {
            IngestError::Record { record, .. } => Some(*record),
            _ => None,
        }
    }

    pub(crate) fn io(file: &str, source: io::Error) -> Self {
        IngestError::Io {
            file: file.to_owned(),
            source,
        }
    }

    pub(crate) fn at_line(file: &str, line: usize, message: impl Into<String>) -> Self {
        IngestError::Line {
            file: file.to_owned(),
            line,
            message: message.into(),
        }
    }

    pub(crate) fn warning(file: &str, message: impl Into<String>) -> Self {
        IngestError::Warning {
            file: file.to_owned(),
            message: message.into(),
        }
    }

    pub(crate) fn malformed(file: &str, message: impl Into<String>) -> Self {
        IngestError::Malformed {
            file: file.to_owned(),
            message: message.into(),
        }
    }
}
