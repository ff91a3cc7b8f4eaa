//! One module per source, each turning one input into documents and
//! errors; [`read`] picks the module for a [`Format`].
//!
//! JSON Lines and WARC stream from the reader (a line or a record at a
//! time); the others need the whole input, which is read up to the limit.

mod entities;
mod feed;
pub(crate) mod html;
mod jsonl;
mod petrarch;
mod text;
mod warc;

use std::io::{BufRead, Read};

use crate::error::IngestError;
use crate::format::Format;
use crate::sink::{Input, Sink};

/// Reads one input of a known format. `limit` bounds what is held in memory
/// at once: a whole file, one JSON line, or one WARC record.
pub(crate) fn read(
    format: Format,
    input: &Input<'_>,
    reader: &mut dyn BufRead,
    limit: u64,
    sink: &mut Sink<'_>,
) {
    match format {
        Format::Jsonl => jsonl::read(input, reader, limit, sink),
        Format::Warc => warc::read(input, reader, limit, sink),
        Format::Text => whole(input, reader, limit, sink, text::read),
        Format::Html => whole(input, reader, limit, sink, html::read),
        Format::Feed => whole(input, reader, limit, sink, feed::read),
        Format::PetrarchXml => whole(input, reader, limit, sink, petrarch::read),
    }
}

type WholeSource = fn(&Input<'_>, &[u8], &mut Sink<'_>);

fn whole(
    input: &Input<'_>,
    reader: &mut dyn BufRead,
    limit: u64,
    sink: &mut Sink<'_>,
    source: WholeSource,
) {
    let mut bytes = Vec::new();
    if let Err(e) = reader.take(limit + 1).read_to_end(&mut bytes) {
        return sink.error(IngestError::io(input.name, e));
    }
    if bytes.len() as u64 > limit {
        return sink.error(IngestError::malformed(
            input.name,
            format!("larger than the limit of {limit} bytes"),
        ));
    }
    source(input, &bytes, sink);
}
