//! The PETRARCH XML source: each `<Sentence id="…" date="YYYYMMDD">` with a
//! `<Text>` child is one document (PETRARCH's input records and its
//! validation files alike). `<Parse>` trees are not needed and not read.

use chrono::NaiveDate;
use sitrep_model::Document;

use crate::decode::decode_utf8;
use crate::error::IngestError;
use crate::sink::{Input, Sink};

pub(crate) fn read(input: &Input<'_>, bytes: &[u8], sink: &mut Sink<'_>) {
    let name = input.name;
    let text = match decode_utf8(bytes) {
        Ok(text) => text,
        Err((line, message)) => return sink.error(IngestError::at_line(name, line, message)),
    };
    if let Err(message) = super::entities::check(&text) {
        return sink.error(IngestError::malformed(name, message));
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = match roxmltree::Document::parse_with_options(&text, options) {
        Ok(doc) => doc,
        Err(e) => {
            return sink.error(IngestError::at_line(
                name,
                e.pos().row as usize,
                format!("malformed XML: {e}"),
            ))
        }
    };
    let mut found = false;
    for node in doc.descendants().filter(|n| n.has_tag_name("Sentence")) {
        found = true;
        let line = doc.text_pos_at(node.range().start).row as usize;
        match sentence(node) {
            Ok(document) => sink.document(document),
            Err(message) => sink.error(IngestError::at_line(name, line, message)),
        }
    }
    if !found {
        sink.error(IngestError::malformed(name, "no <Sentence> records"));
    }
}

fn sentence(node: roxmltree::Node<'_, '_>) -> Result<Document, String> {
    let id = node
        .attribute("id")
        .filter(|id| !id.trim().is_empty())
        .ok_or("<Sentence> without an id attribute")?;
    let date = match node
        .attribute("date")
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        None => None,
        Some(d) => Some(
            NaiveDate::parse_from_str(d, "%Y%m%d")
                .map_err(|_| format!("sentence {id:?}: date {d:?} is not YYYYMMDD"))?,
        ),
    };
    let text_node = node
        .children()
        .find(|c| c.has_tag_name("Text"))
        .ok_or_else(|| format!("sentence {id:?} has no <Text>"))?;
    // Only text nodes: an element's `text()` is its first child's text, which
    // would then be counted twice.
    let body: String = text_node
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    let text = body.split_whitespace().collect::<Vec<_>>().join(" ");
    Ok(Document {
        id: id.to_owned(),
        text,
        date,
        ..Document::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::collect;

    fn run(xml: &str) -> (Vec<Document>, Vec<String>) {
        let input = Input {
            name: "t.xml",
            id: "t.xml",
            walked: false,
        };
        let (docs, errors) = collect(|sink| read(&input, xml.as_bytes(), sink));
        (docs, errors.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn sentences_become_documents() {
        let (docs, errors) = run(concat!(
            "<Sentences>\n",
            "<Sentence id=\"s1\" date=\"20250412\" source=\"AFP\">\n<Text>\n Russia  sent troops.\n</Text>\n<Parse>(ROOT)</Parse>\n</Sentence>\n",
            "<Sentence id=\"s2\" date=\"April\"><Text>x</Text></Sentence>\n",
            "<Sentence date=\"20250101\"><Text>y</Text></Sentence>\n",
            "<Sentence id=\"s4\"></Sentence>\n",
            "</Sentences>"
        ));
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "s1");
        assert_eq!(docs[0].text, "Russia sent troops.");
        assert_eq!(docs[0].date.unwrap().to_string(), "2025-04-12");
        assert_eq!(errors.len(), 3);
        assert!(
            errors[0].starts_with("t.xml:8: sentence \"s2\""),
            "{errors:?}"
        );
        assert!(errors[1].starts_with("t.xml:9: <Sentence> without an id"));
        assert!(errors[2].starts_with("t.xml:10: sentence \"s4\" has no <Text>"));
    }

    #[test]
    fn malformed_xml_names_its_line() {
        let (docs, errors) = run("<Sentences>\n<Sentence id=\"a\">\n</Sentences>");
        assert!(docs.is_empty());
        assert!(
            errors[0].starts_with("t.xml:3: malformed XML"),
            "{errors:?}"
        );
        assert_eq!(run("<Sentences/>").1, ["t.xml: no <Sentence> records"]);
    }
}
