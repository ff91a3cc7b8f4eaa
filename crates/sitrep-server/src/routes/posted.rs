//! A posted batch read item by item: each element of the JSON array
//! becomes a document or a rejection that names its index, the field and
//! the form expected, so one bad date costs one document, not the batch.

use serde::Serialize;
use serde_json::{Map, Value};
use sitrep_model::Document;

/// The fields a posted document may have.
const FIELDS: [&str; 7] = ["id", "text", "date", "url", "outlet", "title", "language"];

/// A posted element that was not stored, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Rejected {
    /// 0-based position in the posted array.
    pub index: usize,
    /// Its `id`, when it had a usable one.
    pub id: Option<String>,
    pub error: String,
}

/// The documents of a batch and the elements rejected; `Err` when the body
/// is not a JSON array at all.
pub(crate) fn read_batch(body: &[u8]) -> Result<(Vec<Document>, Vec<Rejected>), String> {
    let items: Vec<Value> = serde_json::from_slice(body).map_err(|e| {
        format!(
            "the body must be a JSON array of {{id, text, date?, url?, outlet?, title?, language?}}: {}",
            describe(&e)
        )
    })?;
    let (mut docs, mut rejected) = (Vec::new(), Vec::new());
    for (index, item) in items.into_iter().enumerate() {
        let id = item.get("id").and_then(Value::as_str).filter(|s| !s.trim().is_empty()).map(str::to_owned);
        match document(item) {
            Ok(doc) => docs.push(doc),
            Err(error) => rejected.push(Rejected { index, id, error: format!("document {index}: {error}") }),
        }
    }
    Ok((docs, rejected))
}

fn document(item: Value) -> Result<Document, String> {
    let Value::Object(mut fields) = item else {
        return Err(format!("expected an object {{\"id\": …, \"text\": …}}, found {}", shown(&item)));
    };
    if let Some(unknown) = fields.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(format!("unknown field `{unknown}`; expected {}", FIELDS.join(", ")));
    }
    let id = string(&mut fields, "id")?.filter(|s| !s.trim().is_empty()).ok_or("field `id` is required: a non-empty string")?;
    let text = string(&mut fields, "text")?.filter(|s| !s.trim().is_empty()).ok_or("field `text` is required: a non-empty string")?;
    let date = match string(&mut fields, "date")? {
        None => None,
        Some(d) => Some(
            d.parse::<chrono::NaiveDate>()
                .map_err(|_| format!("field `date`: {d:?} is not a date of the form YYYY-MM-DD"))?,
        ),
    };
    Ok(Document {
        id,
        text,
        date,
        date_source: None,
        date_confidence: None,
        url: string(&mut fields, "url")?,
        outlet: string(&mut fields, "outlet")?,
        title: string(&mut fields, "title")?,
        language: string(&mut fields, "language")?,
    })
}

/// An optional string field; `null` counts as absent.
fn string(fields: &mut Map<String, Value>, name: &str) -> Result<Option<String>, String> {
    match fields.remove(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(format!("field `{name}` must be a string, found {}", shown(&other))),
    }
}

/// serde_json's message in a reader's words: an unterminated string is
/// reported by serde_json as a control character (the line break after it).
fn describe(e: &serde_json::Error) -> String {
    let at = format!("at line {} column {}", e.line(), e.column());
    let message = e.to_string();
    let message = message.strip_suffix(&format!(" {at}")).unwrap_or(&message);
    if e.is_eof() {
        return format!("the body ends before the JSON is complete (a closing quote, bracket or brace is missing), {at}");
    }
    if message.starts_with("control character") {
        return format!("a string is not closed, or holds an unescaped control character, {at}");
    }
    format!("{message}, {at}")
}

/// The value as written, cut short: what the client sent, so they can find it.
fn shown(v: &Value) -> String {
    let text = v.to_string();
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_elements_are_rejected_by_index_and_field_and_the_rest_kept() {
        let body = br#"[
            {"id":"a","text":"Troops entered the town.","date":"2025-05-02"},
            {"id":"b","text":"Troops left.","date":"2025-13-45"},
            {"id":"c","text":7},
            {"id":"","text":"x"},
            {"id":"e","text":"y","extra":1},
            "text",
            {"id":"g","text":"Rebels fled.","outlet":null}
        ]"#;
        let (docs, rejected) = read_batch(body).unwrap();
        assert_eq!(docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a", "g"]);
        let errors: Vec<&str> = rejected.iter().map(|r| r.error.as_str()).collect();
        assert_eq!(errors, [
            "document 1: field `date`: \"2025-13-45\" is not a date of the form YYYY-MM-DD",
            "document 2: field `text` must be a string, found 7",
            "document 3: field `id` is required: a non-empty string",
            "document 4: unknown field `extra`; expected id, text, date, url, outlet, title, language",
            "document 5: expected an object {\"id\": …, \"text\": …}, found \"text\"",
        ]);
        assert_eq!(rejected[0].id.as_deref(), Some("b"));
    }

    #[test]
    fn a_body_that_is_no_array_is_refused_whole_with_a_clear_reason() {
        let error = read_batch(br#"[{"id":"a","text":"unterminated}]"#).unwrap_err();
        assert!(error.contains("ends before the JSON is complete"), "{error}");
        assert!(read_batch(br#"{"id":"a"}"#).unwrap_err().contains("must be a JSON array"));
    }
}
