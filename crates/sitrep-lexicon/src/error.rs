use std::path::PathBuf;

/// A lexicon file that could not be read or compiled. Every variant names the
/// file and, where there is one, the 1-based line and the entry.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}: {message} (entry: {entry:?})", file.display())]
    Entry { file: PathBuf, line: usize, entry: String, message: String },
    #[error("{}: {message}", file.display())]
    File { file: PathBuf, message: String },
}

impl LexiconError {
    pub fn entry(file: &std::path::Path, line: usize, entry: &str, message: impl Into<String>) -> Self {
        Self::Entry {
            file: file.to_path_buf(),
            line,
            entry: entry.chars().take(200).collect(),
            message: message.into(),
        }
    }
}
