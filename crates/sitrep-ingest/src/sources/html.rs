//! The HTML source: one page per file, its id the file name.

use sitrep_model::Document;

use crate::decode::decode_html;
use crate::error::IngestError;
use crate::html;
use crate::sink::{Input, Sink};

pub(crate) fn read(input: &Input<'_>, bytes: &[u8], sink: &mut Sink<'_>) {
    let text = decode_html(bytes, None);
    match html::extract(&text, None) {
        Ok(page) => sink.document(Document {
            id: input.id.to_owned(),
            text: page.text,
            date: page.date,
            url: page.url,
            outlet: page.outlet,
            title: page.title,
            language: page.declared_language,
        }),
        Err(message) => sink.error(IngestError::malformed(input.name, message)),
    }
}
