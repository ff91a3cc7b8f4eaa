//! Answers as files: CSV and JSON Lines for the current filter, named so a
//! browser saves them.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::error::{ApiError, ApiResult};

/// How an event endpoint answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Json,
    Csv,
    Jsonl,
}

impl Format {
    pub fn parse(v: Option<&str>) -> ApiResult<Self> {
        match v {
            None | Some("json") => Ok(Self::Json),
            Some("csv") => Ok(Self::Csv),
            Some("jsonl") => Ok(Self::Jsonl),
            Some(v) => Err(ApiError::bad_request(format!("`format` must be json, csv or jsonl, not {v:?}"))),
        }
    }

    /// Whether the answer is a file to download (and may be long).
    pub fn is_file(self) -> bool {
        self != Self::Json
    }
}

/// A CSV field: quoted when it holds a comma, a quote or a line break.
/// A leading `=`, `+`, `-` or `@` is kept but quoted and prefixed with `'`
/// so that a spreadsheet does not run news text as a formula.
pub(crate) fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err() { format!("'{s}") } else { s.to_owned() };
    if s.contains([',', '"', '\n', '\r']) || s.starts_with('\'') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// One CSV line from fields already written as text.
pub(crate) fn csv_line(out: &mut String, fields: &[&str]) {
    let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    out.push_str(&line.join(","));
    out.push('\n');
}

/// JSON Lines of `items`.
pub(crate) fn jsonl<T: Serialize>(items: &[T]) -> ApiResult<String> {
    let mut out = String::new();
    for item in items {
        out.push_str(&serde_json::to_string(item).map_err(|e| ApiError::internal(format!("write JSON Lines: {e}")))?);
        out.push('\n');
    }
    Ok(out)
}

/// `body` as a file called `name`.
pub(crate) fn file(body: String, format: Format, name: &str) -> Response {
    let (mime, ext) = match format {
        Format::Csv => ("text/csv; charset=utf-8", "csv"),
        Format::Jsonl | Format::Json => ("application/x-ndjson; charset=utf-8", "jsonl"),
    };
    let disposition = format!("attachment; filename=\"{name}.{ext}\"");
    ([(header::CONTENT_TYPE, mime.to_owned()), (header::CONTENT_DISPOSITION, disposition)], body).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_when_they_must_be() {
        assert_eq!(csv_field("RUSMIL"), "RUSMIL");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(csv_field("-2.5"), "-2.5");
        assert_eq!(csv_field("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
    }
}
