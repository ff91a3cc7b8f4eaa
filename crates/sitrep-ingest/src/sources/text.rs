//! The plain-text source: the whole input is one document, its text kept
//! byte for byte (after a byte-order mark) so that offsets into it stay true.

use sitrep_model::Document;

use crate::decode::decode_utf8;
use crate::error::IngestError;
use crate::sink::{Input, Sink};

pub(crate) fn read(input: &Input<'_>, bytes: &[u8], sink: &mut Sink<'_>) {
    match decode_utf8(bytes) {
        Ok(text) => sink.document(Document::new(input.id, text.into_owned())),
        Err((line, message)) => sink.error(IngestError::at_line(input.name, line, message)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::collect;

    #[test]
    fn one_document_named_after_the_file() {
        let (docs, errors) = collect(|sink| {
            read(
                &Input {
                    name: "in/a.txt",
                    id: "a.txt",
                    walked: false,
                },
                "\u{feff}Bonjour\r\n".as_bytes(),
                sink,
            )
        });
        assert!(errors.is_empty());
        assert_eq!(docs[0].id, "a.txt");
        assert_eq!(docs[0].text, "Bonjour\r\n");
    }

    #[test]
    fn invalid_utf8_is_an_error_naming_the_line() {
        let (docs, errors) = collect(|sink| {
            read(
                &Input {
                    name: "a.txt",
                    id: "a.txt",
                    walked: false,
                },
                b"ok\n\xff",
                sink,
            )
        });
        assert!(docs.is_empty());
        assert_eq!(errors[0].to_string(), "a.txt:2: invalid UTF-8 at byte 3");
    }
}
