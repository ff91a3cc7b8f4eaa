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
    /// Found by walking a directory (not named by the caller), so read only
    /// if it is in a news format (`walk_filter.rs`).
    pub walked: bool,
}

pub(crate) struct Sink<'a> {
    /// The input being read, named in the warning about an empty document.
    pub(crate) file: String,
    /// Files a directory walk left out, by id, for one warning at its end.
    pub(crate) skipped: Vec<String>,
    detect_language: bool,
    on_item: &'a mut dyn FnMut(Result<Document, IngestError>),
}

impl<'a> Sink<'a> {
    pub(crate) fn new(
        detect_language: bool,
        on_item: &'a mut dyn FnMut(Result<Document, IngestError>),
    ) -> Self {
        Sink {
            file: String::new(),
            skipped: Vec::new(),
            detect_language,
            on_item,
        }
    }

    /// Sends a document; its `language` field holds what the source declared.
    /// A document whose text is empty or only white space is not sent: it
    /// holds nothing to code or search, and would be one more row that
    /// every duplicate lookup matches. A warning says it was left out.
    pub(crate) fn document(&mut self, mut doc: Document) {
        if doc.text.trim().is_empty() {
            let message = format!("document {:?} has no text; not stored", doc.id);
            return self.error(IngestError::warning(&self.file, message));
        }
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
