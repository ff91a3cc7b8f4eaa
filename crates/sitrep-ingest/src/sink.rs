//! Where every source sends what it reads: documents get their language
//! decided here, once, whatever source they came from.

use sitrep_model::Document;

use crate::error::IngestError;
use crate::language;

/// One input as the sources see it.
pub(crate) struct Input<'a> {
    /// The path or name to put in error messages.
    pub name: &'a str,
    /// The id of a document that is the whole input (plain text, one HTML
    /// page): the file name, or the path below the directory walked.
    pub id: &'a str,
}

pub(crate) struct Sink<'a> {
    detect_language: bool,
    on_item: &'a mut dyn FnMut(Result<Document, IngestError>),
}

impl<'a> Sink<'a> {
    pub(crate) fn new(
        detect_language: bool,
        on_item: &'a mut dyn FnMut(Result<Document, IngestError>),
    ) -> Self {
        Sink {
            detect_language,
            on_item,
        }
    }

    /// Sends a document; its `language` field holds what the source declared.
    pub(crate) fn document(&mut self, mut doc: Document) {
        let declared = doc.language.take();
        doc.language = if self.detect_language {
            language::decide(doc.title.as_deref(), &doc.text, declared.as_deref())
        } else {
            declared.as_deref().and_then(language::normalise_declared)
        };
        (self.on_item)(Ok(doc));
    }

    pub(crate) fn error(&mut self, error: IngestError) {
        (self.on_item)(Err(error));
    }
}
