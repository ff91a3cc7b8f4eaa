use chrono::NaiveDate;
use serde::Deserialize;
use sitrep_model::Document;

use super::{utf8_error, InputError};

#[derive(Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    text: Option<String>,
    date: Option<String>,
    url: Option<String>,
    outlet: Option<String>,
    source: Option<String>,
    title: Option<String>,
    language: Option<String>,
    lang: Option<String>,
}

/// One document per line: `id` and `text` required; `date` (`YYYY-MM-DD`,
/// or a timestamp starting with one), `url`, `outlet`, `title`, `language`
/// optional. A bad line is an error naming it; the others are kept.
pub fn parse_jsonl(name: &str, bytes: &[u8], errors: &mut Vec<InputError>) -> Vec<Document> {
    let mut docs = Vec::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = i + 1;
        let err = |message: String| InputError::Line { file: name.to_owned(), line: line_no, message };
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = match std::str::from_utf8(raw) {
            Ok(l) => l,
            Err(e) => {
                let InputError::Line { message, .. } = utf8_error(name, raw, e) else { unreachable!() };
                errors.push(err(message));
                continue;
            }
        };
        let parsed: Line = match serde_json::from_str(line) {
            Ok(p) => p,
            Err(e) => {
                errors.push(err(format!("not a JSON object: {e}")));
                continue;
            }
        };
        let id = match parsed.id {
            Some(serde_json::Value::String(s)) if !s.is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => {
                errors.push(err("missing field `id` (a non-empty string or a number)".into()));
                continue;
            }
        };
        let Some(text) = parsed.text else {
            errors.push(err(format!("document {id:?}: missing field `text`")));
            continue;
        };
        let date = match parsed.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            None => None,
            Some(d) => match d.get(..10).and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok()) {
                Some(date) => Some(date),
                None => {
                    errors.push(err(format!("document {id:?}: date {d:?} is not YYYY-MM-DD")));
                    continue;
                }
            },
        };
        docs.push(Document {
            id,
            text,
            date,
            url: parsed.url,
            outlet: parsed.outlet.or(parsed.source),
            title: parsed.title,
            language: parsed.language.or(parsed.lang),
        });
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_good_lines_and_names_bad_ones() {
        let input = b"{\"id\":\"a\",\"text\":\"x\",\"date\":\"2025-05-01\"}\nnot json\n{\"text\":\"y\"}\n\n{\"id\":7,\"text\":\"z\",\"date\":\"May\"}\n{\"id\":\"b\",\"text\":\"w\"}\n";
        let mut errors = Vec::new();
        let docs = parse_jsonl("in.jsonl", input, &mut errors);
        assert_eq!(docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(docs[0].date.unwrap().to_string(), "2025-05-01");
        let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(lines[0].starts_with("in.jsonl:2:"), "{lines:?}");
        assert!(lines[1].starts_with("in.jsonl:3:") && lines[1].contains("`id`"));
        assert!(lines[2].starts_with("in.jsonl:5:") && lines[2].contains("date"));
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        let mut errors = Vec::new();
        let docs = parse_jsonl("x", b"{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"\xff\"}\n", &mut errors);
        assert_eq!(docs.len(), 1);
        assert!(errors[0].to_string().starts_with("x:2: invalid UTF-8"));
    }
}
