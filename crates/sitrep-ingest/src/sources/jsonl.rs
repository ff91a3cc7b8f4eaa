//! The JSON Lines source: one document per line, read as a stream so that a
//! file of any length needs one line in memory at a time.
//!
//! Fields: `id` (a non-empty string or a number) and `text` are required;
//! `date` (`YYYY-MM-DD` or an ISO timestamp), `url`, `outlet` (or `source`),
//! `title` and `language` (or `lang`) are optional. Other fields are ignored.

use std::io::{BufRead, Read};

use chrono::NaiveDate;
use serde_json::Value;
use sitrep_model::Document;

use crate::dates::parse_date;
use crate::error::IngestError;
use crate::sink::{Input, Sink};

pub(crate) fn read(
    input: &Input<'_>,
    reader: &mut dyn BufRead,
    max_line: u64,
    sink: &mut Sink<'_>,
) {
    let mut buf = Vec::new();
    for line_no in 1.. {
        buf.clear();
        match (&mut *reader)
            .take(max_line + 1)
            .read_until(b'\n', &mut buf)
        {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) => return sink.error(IngestError::io(input.name, e)),
        }
        if buf.len() as u64 > max_line {
            sink.error(IngestError::at_line(
                input.name,
                line_no,
                format!("line longer than {max_line} bytes"),
            ));
            if let Err(e) = skip_rest_of_line(reader) {
                return sink.error(IngestError::io(input.name, e));
            }
            continue;
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse_line(&buf) {
            Ok(doc) => sink.document(doc),
            Err(message) => sink.error(IngestError::at_line(input.name, line_no, message)),
        }
    }
}

/// Parses one line. The error message names the field and the form
/// expected, and the document when its id is already known.
pub(crate) fn parse_line(raw: &[u8]) -> Result<Document, String> {
    let raw = raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw);
    // Without its line break, an unterminated string is reported as one.
    let raw = raw.trim_ascii_end();
    let value: Value = serde_json::from_slice(raw).map_err(|e| describe_json_error(&e))?;
    let Value::Object(mut fields) = value else {
        return Err(format!("expected a JSON object {{\"id\": …, \"text\": …}}, found {}", json_kind(&value)));
    };
    let id = match fields.remove("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err("missing field `id` (a non-empty string or a number)".into()),
    };
    let mut field = |name: &str| match fields.remove(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(format!("document {id:?}: field `{name}` must be a string, found {}", json_kind(&other))),
    };
    let text = field("text")?;
    let date = field("date")?;
    let (url, outlet, source, title) = (field("url")?, field("outlet")?, field("source")?, field("title")?);
    let (language, lang) = (field("language")?, field("lang")?);
    let text = text.ok_or_else(|| format!("document {id:?}: missing field `text`"))?;
    let date = match date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => Some(parse_iso_date(d).ok_or_else(|| {
            format!("document {id:?}: date {d:?} is not YYYY-MM-DD or an ISO timestamp")
        })?),
    };
    Ok(Document {
        id,
        text,
        date,
        date_source: None,
        date_confidence: None,
        url,
        outlet: outlet.or(source),
        title,
        language: language.or(lang),
    })
}

/// serde_json's message in a reader's words, with the column.
fn describe_json_error(e: &serde_json::Error) -> String {
    let column = e.column();
    if e.is_eof() {
        return format!("the line ends before the JSON is complete (a closing quote, bracket or brace is missing) at column {column}");
    }
    let message = e.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    if message.starts_with("control character") {
        return format!("a string holds an unescaped control character (tab, line break…) at column {column}");
    }
    format!("not a JSON object: {message} at column {column}")
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Only ISO forms here: a JSON line is written by a program, and a looser
/// reading would hide a wrong field.
fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let head = text.get(..10)?;
    let rest = &text[10..];
    (rest.is_empty() || rest.starts_with(['T', ' ']))
        .then(|| parse_date(head))
        .flatten()
}

fn skip_rest_of_line(reader: &mut dyn BufRead) -> std::io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                reader.consume(i + 1);
                return Ok(());
            }
            None => {
                let len = buf.len();
                reader.consume(len);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::collect;

    fn run(bytes: &[u8], max_line: u64) -> (Vec<Document>, Vec<String>) {
        let input = Input {
            name: "in.jsonl",
            id: "in.jsonl",
            walked: false,
        };
        let (docs, errors) = collect(|sink| read(&input, &mut &bytes[..], max_line, sink));
        (docs, errors.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn keeps_good_lines_and_names_bad_ones() {
        let input = concat!(
            "{\"id\":\"a\",\"text\":\"x\",\"date\":\"2025-05-01T10:00:00Z\",\"source\":\"BBC\",\"lang\":\"en\"}\n",
            "not json\n",
            "{\"text\":\"y\"}\n",
            "\n",
            "{\"id\":7,\"text\":\"z\",\"date\":\"May\"}\n",
            "{\"id\":8}\r\n",
            "{\"id\":\"b\",\"text\":\"w\",\"title\":5}\n",
            "{\"id\":9,\"text\":\"v\",\"date\":null}",
        );
        let (docs, errors) = run(input.as_bytes(), 1 << 20);
        assert_eq!(
            docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["a", "9"]
        );
        assert_eq!(docs[0].date.unwrap().to_string(), "2025-05-01");
        assert_eq!(docs[0].outlet.as_deref(), Some("BBC"));
        assert!(
            errors[0].starts_with("in.jsonl:2: not a JSON object"),
            "{errors:?}"
        );
        assert!(errors[1].starts_with("in.jsonl:3:") && errors[1].contains("`id`"));
        assert!(errors[2].starts_with("in.jsonl:5:") && errors[2].contains("date \"May\""));
        assert!(errors[3].starts_with("in.jsonl:6:") && errors[3].contains("`text`"));
        assert_eq!(errors[4], "in.jsonl:7: document \"b\": field `title` must be a string, found a number");
        assert_eq!(errors.len(), 5);
    }

    #[test]
    fn broken_json_is_described_with_its_column() {
        let (_, errors) = run(b"{\"id\":\"a\",\"text\":\"unterminated}\n[1]\n{\"id\":\"t\",\"text\":\"a\tb\"}\n", 1 << 20);
        assert_eq!(errors, [
            "in.jsonl:1: the line ends before the JSON is complete (a closing quote, bracket or brace is missing) at column 31",
            "in.jsonl:2: expected a JSON object {\"id\": …, \"text\": …}, found an array",
            "in.jsonl:3: a string holds an unescaped control character (tab, line break…) at column 20",
        ]);
    }

    #[test]
    fn over_long_lines_are_skipped_whole() {
        let long = format!(
            "{{\"id\":\"long\",\"text\":\"{}\"}}\n{{\"id\":\"next\",\"text\":\"ok\"}}\n",
            "x".repeat(200)
        );
        let (docs, errors) = run(long.as_bytes(), 100);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "next");
        assert!(errors[0].starts_with("in.jsonl:1: line longer than 100 bytes"));
    }

    #[test]
    fn invalid_utf8_is_a_bad_line() {
        let (docs, errors) = run(
            b"{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"\xff\"}\n",
            1 << 20,
        );
        assert_eq!(docs.len(), 1);
        assert!(errors[0].starts_with("in.jsonl:2:"));
    }
}
