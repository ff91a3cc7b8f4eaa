//! Errors, warnings and the strict/lenient plumbing shared by every reader.

use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// Error returned by the strict readers (and by the lenient ones for I/O only).
#[derive(Debug, thiserror::Error)]
pub enum PetrarchError {
    /// The file could not be read.
    #[error("{file}: cannot read file: {source}")]
    Io {
        /// Path of the file, as given.
        file: String,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// An entry could not be interpreted (strict mode), or the file is not
    /// well-formed at all (XML syntax errors, invalid UTF-8).
    #[error("{file}:{line}: {message}: `{entry}`")]
    Invalid {
        /// File name or path, as given to the reader.
        file: String,
        /// 1-based line number of the offending entry (0 if unknown).
        line: usize,
        /// The offending entry text (the raw source line, trimmed).
        entry: String,
        /// Why the entry was rejected.
        message: String,
    },
}

impl PetrarchError {
    /// The 1-based line of the error, if it has one.
    pub fn line(&self) -> Option<usize> {
        match self {
            PetrarchError::Io { .. } => None,
            PetrarchError::Invalid { line, .. } => Some(*line),
        }
    }
}

/// A problem found in lenient mode: the entry was skipped or repaired (the
/// message says which) and reading went on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// File name or path, as given to the reader.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// The offending entry text (the raw source line, trimmed).
    pub entry: String,
    /// What is wrong and what the reader did about it.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: `{}`",
            self.file, self.line, self.message, self.entry
        )
    }
}

impl From<Warning> for PetrarchError {
    fn from(w: Warning) -> Self {
        PetrarchError::Invalid {
            file: w.file,
            line: w.line,
            entry: w.entry,
            message: w.message,
        }
    }
}

/// Collects warnings while a reader runs.
#[derive(Debug)]
pub(crate) struct Diag {
    pub file: String,
    pub warnings: Vec<Warning>,
}

impl Diag {
    pub fn new(file: &str) -> Self {
        Diag {
            file: file.to_string(),
            warnings: Vec::new(),
        }
    }

    pub fn warn(&mut self, line: usize, entry: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            file: self.file.clone(),
            line,
            entry: entry.trim().to_string(),
            message: message.into(),
        });
    }

    /// Strict-mode conversion: the first warning becomes the error.
    pub fn into_strict<T>(self, value: T) -> Result<T, PetrarchError> {
        match self.warnings.into_iter().next() {
            Some(w) => Err(w.into()),
            None => Ok(value),
        }
    }
}

/// Reads a file as UTF-8. Invalid UTF-8 is an error in strict mode and is
/// replaced (U+FFFD) with a warning in lenient mode.
pub(crate) fn read_text(
    path: &Path,
    lenient: bool,
) -> Result<(String, Option<Warning>), PetrarchError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| PetrarchError::Io {
        file: file.clone(),
        source,
    })?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, None)),
        Err(e) => {
            let bytes = e.into_bytes();
            let bad = std::str::from_utf8(&bytes)
                .map(|_| 0)
                .unwrap_or_else(|e| e.valid_up_to());
            let line = 1 + bytes[..bad].iter().filter(|&&b| b == b'\n').count();
            let w = Warning {
                file,
                line,
                entry: String::new(),
                message: "invalid UTF-8; bytes replaced by U+FFFD".to_string(),
            };
            if lenient {
                Ok((String::from_utf8_lossy(&bytes).into_owned(), Some(w)))
            } else {
                Err(w.into())
            }
        }
    }
}
