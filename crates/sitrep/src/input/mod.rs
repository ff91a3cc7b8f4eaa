//! Reading the documents `sitrep code` is given: JSON Lines, PETRARCH XML,
//! or plain text, from files or standard input.

mod jsonl;
mod petrarch_xml;

use std::path::Path;

use sitrep_model::Document;

pub use jsonl::parse_jsonl;
pub use petrarch_xml::parse_petrarch_xml;

/// A problem with one part of the input; the rest is still coded.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{file}: cannot read: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: {message}")]
    Line { file: String, line: usize, message: String },
    #[error("{file}: {message}")]
    File { file: String, message: String },
}

/// What a file holds, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    PetrarchXml,
    Text,
}

impl Format {
    pub fn of(path: &Path) -> Self {
        let name = path.to_string_lossy().to_ascii_lowercase();
        if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
            Self::Jsonl
        } else if name.ends_with(".xml") {
            Self::PetrarchXml
        } else {
            Self::Text
        }
    }
}

/// Parses the bytes of one input. Documents that parse are returned even
/// when others fail; `errors` collects the failures.
pub fn parse(name: &str, format: Format, bytes: &[u8], errors: &mut Vec<InputError>) -> Vec<Document> {
    match format {
        Format::Jsonl => parse_jsonl(name, bytes, errors),
        Format::PetrarchXml => match std::str::from_utf8(bytes) {
            Ok(text) => parse_petrarch_xml(name, text, errors),
            Err(e) => {
                errors.push(utf8_error(name, bytes, e));
                Vec::new()
            }
        },
        Format::Text => match std::str::from_utf8(bytes) {
            Ok(text) => {
                let id = Path::new(name).file_name().map_or(name.to_owned(), |n| n.to_string_lossy().into_owned());
                vec![Document::new(id, text)]
            }
            Err(e) => {
                errors.push(utf8_error(name, bytes, e));
                Vec::new()
            }
        },
    }
}

/// Names the line of the first invalid byte.
pub fn utf8_error(name: &str, bytes: &[u8], e: std::str::Utf8Error) -> InputError {
    let at = e.valid_up_to();
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    InputError::Line { file: name.to_owned(), line, message: format!("invalid UTF-8 at byte {at}") }
}
