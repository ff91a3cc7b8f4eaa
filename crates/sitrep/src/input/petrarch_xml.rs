use chrono::NaiveDate;
use sitrep_model::Document;

use super::InputError;

/// PETRARCH XML: each `<Sentence id="…" date="YYYYMMDD">` with a `<Text>` is
/// one document; `<Parse>` trees are ignored.
pub fn parse_petrarch_xml(name: &str, text: &str, errors: &mut Vec<InputError>) -> Vec<Document> {
    let doc = match roxmltree::Document::parse(text) {
        Ok(d) => d,
        Err(e) => {
            let pos = e.pos();
            errors.push(InputError::Line { file: name.to_owned(), line: pos.row as usize, message: format!("malformed XML: {e}") });
            return Vec::new();
        }
    };
    let mut docs = Vec::new();
    for node in doc.descendants().filter(|n| n.has_tag_name("Sentence")) {
        let line = doc.text_pos_at(node.range().start).row as usize;
        let err = |message: String| InputError::Line { file: name.to_owned(), line, message };
        let Some(id) = node.attribute("id") else {
            errors.push(err("<Sentence> without an id attribute".into()));
            continue;
        };
        let date = match node.attribute("date") {
            None => None,
            Some(d) => match NaiveDate::parse_from_str(d.trim(), "%Y%m%d") {
                Ok(date) => Some(date),
                Err(_) => {
                    errors.push(err(format!("sentence {id:?}: date {d:?} is not YYYYMMDD")));
                    continue;
                }
            },
        };
        let Some(text_node) = node.children().find(|c| c.has_tag_name("Text")) else {
            errors.push(err(format!("sentence {id:?} has no <Text>")));
            continue;
        };
        let body: String = text_node.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect();
        let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
        docs.push(Document { id: id.to_owned(), text: body, date, ..Document::default() });
    }
    if docs.is_empty() && errors.is_empty() {
        errors.push(InputError::File { file: name.to_owned(), message: "no <Sentence> records".into() });
    }
    docs
}
