//! The HTML source: one page per file, its id the file name.

use chrono::NaiveDate;
use sitrep_model::Document;

use crate::decode::decode_html;
use crate::error::IngestError;
use crate::html;
use crate::sink::{Input, Sink};
use crate::HtmlPage;

pub(crate) fn read(input: &Input<'_>, bytes: &[u8], sink: &mut Sink<'_>) {
    match page(input.id, bytes, None, None) {
        Ok(page) => {
            if let Some(warning) = flattened(page.flattened) {
                sink.error(IngestError::warning(input.name, warning));
            }
            sink.document(page.document)
        }
        Err(message) => sink.error(IngestError::malformed(input.name, message)),
    }
}

/// One page as a document, its language as declared.
pub(crate) fn page(
    id: &str,
    bytes: &[u8],
    url: Option<&str>,
    captured: Option<NaiveDate>,
) -> Result<HtmlPage, String> {
    let text = decode_html(bytes, None);
    let page = html::extract(&text, url, captured)?;
    let document = Document {
        id: id.to_owned(),
        text: page.text,
        date: page.date,
        date_source: page.date_source.map(|s| s.as_str().to_owned()),
        date_confidence: page.date_confidence,
        url: page.url,
        outlet: page.outlet,
        title: page.title,
        language: page.declared_language,
    };
    Ok(HtmlPage {
        document,
        date_source: page.date_source,
        date_confidence: page.date_confidence,
        flattened: page.flattened,
    })
}

/// What to say when `count` start tags were flattened, if any.
pub(crate) fn flattened(count: usize) -> Option<String> {
    (count > 0).then(|| {
        format!(
            "{count} elements nested deeper than {} levels were flattened (their text kept)",
            html::MAX_DEPTH
        )
    })
}
