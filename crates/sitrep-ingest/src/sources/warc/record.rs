//! WARC framing (ISO 28500, versions 0.17 to 1.1): a version line, named
//! header fields, an empty line, `Content-Length` bytes of block, and two
//! line breaks, record after record. Gzip (one member per record, or one for
//! the whole file) is removed before this reader sees the bytes.
//!
//! Why not the `warc` crate: it reads well-formed files, but a huge
//! `Content-Length` overflows its arithmetic (a panic in debug builds),
//! after a bad record it cannot find the next one, and a missing trailing
//! line break fails the whole record. This reader counts records, bounds
//! every line and block, skips an over-long block without holding it,
//! after garbage looks for the next `WARC/` line, and when a
//! `Content-Length` too long runs a block into the records after it (the
//! block holds a `WARC/1.x` version line after a blank line, and the bytes
//! after the block are not a record), cuts the block there and reads those
//! records again.

use std::io::{self, BufRead, Read};

/// Header lines longer than this are garbage, not headers.
const MAX_LINE: usize = 64 * 1024;
/// A header block larger than this is refused (real ones are under 2 KiB).
const MAX_HEADER_BYTES: usize = 1024 * 1024;

/// One record: its header fields in order, and its block.
#[derive(Debug)]
pub(crate) struct Record {
    /// 1-based position in the archive.
    pub number: usize,
    pub headers: Vec<(String, String)>,
    pub block: Vec<u8>,
}

impl Record {
    /// The first field of that name (names are case-insensitive).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What went wrong with which record.
#[derive(Debug)]
pub(crate) struct RecordError {
    pub record: usize,
    pub message: String,
}

/// The records of one archive, as an iterator that goes on after a bad
/// record whenever the framing lets it find the next one.
pub(crate) struct Records<'a> {
    input: PushBack<'a>,
    max_block: u64,
    number: usize,
    line: Vec<u8>,
    /// Set when the version line of the next record was already read while
    /// skipping garbage.
    at_record: bool,
    /// Set after a record whose framing failed: the bytes up to the next
    /// version line are the rest of that record, already reported.
    resyncing: bool,
    /// An error about the record just returned, to report on the next call.
    pending: Option<RecordError>,
    done: bool,
}

impl<'a> Records<'a> {
    pub(crate) fn new(input: &'a mut dyn BufRead, max_block: u64) -> Self {
        Records {
            input: PushBack {
                front: Vec::new(),
                at: 0,
                inner: input,
            },
            max_block,
            number: 0,
            line: Vec::new(),
            at_record: false,
            resyncing: false,
            pending: None,
            done: false,
        }
    }

    fn fail(&mut self, message: impl Into<String>) -> Option<Result<Record, RecordError>> {
        self.resyncing = true;
        Some(Err(RecordError {
            record: self.number,
            message: message.into(),
        }))
    }

    fn fatal(&mut self, message: impl Into<String>) -> Option<Result<Record, RecordError>> {
        self.done = true;
        self.fail(message)
    }

    /// Reads one line (up to `MAX_LINE` bytes) into `self.line`; 0 at the end.
    fn read_line(&mut self) -> io::Result<usize> {
        self.line.clear();
        (&mut self.input)
            .take(MAX_LINE as u64)
            .read_until(b'\n', &mut self.line)
    }

    /// Whether the bytes after a block start the next record (after the two
    /// line breaks that end a record) or end the archive. What it reads is
    /// put back.
    fn record_follows(&mut self) -> io::Result<bool> {
        let mut read = Vec::new();
        let mut follows = true;
        for _ in 0..3 {
            if self.read_line()? == 0 {
                break;
            }
            read.extend_from_slice(&self.line);
            if !self.line.iter().all(u8::is_ascii_whitespace) {
                follows = self.line.starts_with(b"WARC/");
                break;
            }
        }
        self.input.put_back(read);
        Ok(follows)
    }

    /// When `block` runs into the records after it, cuts it where the next
    /// record starts, puts the rest back to be read again, and says so.
    /// `complete` is false when the archive ended inside the block.
    fn cut_overrun(&mut self, block: &mut Vec<u8>, length: u64, complete: bool) -> io::Result<Option<String>> {
        let Some((end, next)) = overrun(block) else {
            return Ok(None);
        };
        if complete && self.record_follows()? && !whole_records(&block[next..], self.max_block) {
            // The block merely quotes a WARC record: framing after it is
            // sound, and what it quotes is no run of whole records.
            return Ok(None);
        }
        let rest = block.split_off(next);
        block.truncate(end);
        self.input.put_back(rest);
        Ok(Some(format!(
            "Content-Length {length} runs into the next record; the block was cut after {end} bytes"
        )))
    }

    /// Reads up to the next version line, which is left in `self.line`.
    fn find_version_line(&mut self) -> io::Result<Found> {
        let mut skipped = 0;
        loop {
            if self.read_line()? == 0 {
                return Ok(Found::End { skipped });
            }
            if self.line.starts_with(b"WARC/") {
                return Ok(Found::Record { skipped });
            }
            if !self.line.iter().all(u8::is_ascii_whitespace) {
                skipped += self.line.len();
            }
        }
    }

    fn read_headers(&mut self) -> Result<Vec<(String, String)>, String> {
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut total = 0;
        loop {
            let read = self
                .read_line()
                .map_err(|e| format!("cannot read header: {e}"))?;
            if read == 0 {
                return Err("archive ends inside a record header".into());
            }
            total += read;
            if total > MAX_HEADER_BYTES {
                return Err(format!("header larger than {MAX_HEADER_BYTES} bytes"));
            }
            let line = String::from_utf8_lossy(&self.line);
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                return Ok(headers);
            }
            if line.starts_with([' ', '\t']) {
                // A continuation of the previous field's value.
                if let Some((_, value)) = headers.last_mut() {
                    value.push(' ');
                    value.push_str(line.trim());
                }
                continue;
            }
            match line.split_once(':') {
                Some((name, value)) => {
                    headers.push((name.trim().to_owned(), value.trim().to_owned()))
                }
                None => return Err(format!("header line without a colon: {:?}", truncate(line))),
            }
        }
    }
}

/// Where the search for a version line stopped, and how many bytes of
/// garbage it passed over.
enum Found {
    Record { skipped: usize },
    End { skipped: usize },
}

impl Iterator for Records<'_> {
    type Item = Result<Record, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(error) = self.pending.take() {
            return Some(Err(error));
        }
        if self.done {
            return None;
        }
        if !self.at_record {
            match self.find_version_line() {
                Ok(Found::Record { skipped }) if skipped == 0 || self.resyncing => {}
                Ok(Found::Record { skipped }) => {
                    // Report the garbage against the record it precedes, and
                    // read that record on the next call.
                    self.at_record = true;
                    let message = format!(
                        "{skipped} bytes before this record are not a WARC record; skipped"
                    );
                    return Some(Err(RecordError {
                        record: self.number + 1,
                        message,
                    }));
                }
                Ok(Found::End { skipped }) if skipped == 0 || self.resyncing => {
                    self.done = true;
                    return None;
                }
                Ok(Found::End { skipped }) if self.number == 0 => {
                    self.number = 1;
                    return self.fatal(format!(
                        "no WARC version line in {skipped} bytes: not a WARC archive"
                    ));
                }
                Ok(Found::End { skipped }) => {
                    return self.fatal(format!(
                        "{skipped} bytes after this record are not a WARC record"
                    ));
                }
                Err(e) => {
                    self.number += 1;
                    return self.fatal(format!("cannot read: {e}"));
                }
            }
        }
        self.at_record = false;
        self.resyncing = false;
        self.number += 1;
        let headers = match self.read_headers() {
            Ok(headers) => headers,
            Err(message) => return self.fail(message),
        };
        let length = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("Content-Length"))
            .map(|(_, v)| v.trim().parse::<u64>());
        let length = match length {
            Some(Ok(length)) => length,
            Some(Err(_)) => {
                return self.fail("Content-Length is not a number; looking for the next record")
            }
            None => return self.fail("no Content-Length; looking for the next record"),
        };
        if length > self.max_block {
            return match io::copy(&mut (&mut self.input).take(length), &mut io::sink()) {
                Ok(n) if n == length => self.fail(format!(
                    "block of {length} bytes is larger than the limit of {}; skipped",
                    self.max_block
                )),
                Ok(n) => self.fatal(format!(
                    "archive ends inside the block: {n} of {length} bytes"
                )),
                Err(e) => self.fatal(format!("cannot read block: {e}")),
            };
        }
        let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
        let complete = match (&mut self.input).take(length).read_to_end(&mut block) {
            Ok(n) => n as u64 == length,
            Err(e) => return self.fatal(format!("cannot read block: {e}")),
        };
        match self.cut_overrun(&mut block, length, complete) {
            Ok(Some(message)) => {
                self.pending = Some(RecordError {
                    record: self.number,
                    message,
                })
            }
            Ok(None) if !complete => {
                return self.fatal(format!(
                    "archive ends inside the block: {} of {length} bytes",
                    block.len()
                ))
            }
            Ok(None) => {}
            Err(e) => return self.fatal(format!("cannot read: {e}")),
        }
        Some(Ok(Record {
            number: self.number,
            headers,
            block,
        }))
    }
}

/// Where a block that holds the start of another record should end, and
/// where that record starts: the first `WARC/1.` or `WARC/0.` line after a
/// blank line (the two line breaks that end a record).
fn overrun(block: &[u8]) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(k) = crate::format::find(&block[from..], b"\nWARC/") {
        let next = from + k + 1;
        let head = &block[..next];
        let version = block.get(next + 5..next + 7);
        if matches!(version, Some(b"1." | b"0.")) {
            for ending in [&b"\r\n\r\n"[..], b"\n\n", b"\n\r\n"] {
                if head.ends_with(ending) {
                    return Some((next - ending.len(), next));
                }
            }
        }
        from = next;
    }
    // The next record's version line itself may be cut short: the block
    // ends with a blank line and the first bytes of `WARC/1.`.
    for version in [&b"WARC/1."[..], b"WARC/0."] {
        for k in (1..version.len()).rev() {
            let Some(head) = block.strip_suffix(&version[..k]) else { continue };
            for ending in [&b"\r\n\r\n"[..], b"\n\n", b"\n\r\n"] {
                if head.ends_with(ending) {
                    return Some((head.len() - ending.len(), head.len()));
                }
            }
        }
    }
    None
}

/// Whether `bytes` are one or more well-framed records and nothing else:
/// then a block that ends with them overran into them by exactly their
/// length.
fn whole_records(bytes: &[u8], max_block: u64) -> bool {
    let mut input = bytes;
    let mut records = Records::new(&mut input, max_block);
    let mut count = 0;
    for record in records.by_ref() {
        if record.is_err() {
            return false;
        }
        count += 1;
    }
    count > 0
}

/// The input, with bytes put back in front of it: the part of an
/// overrunning block that belongs to the records after it.
struct PushBack<'a> {
    front: Vec<u8>,
    at: usize,
    inner: &'a mut dyn BufRead,
}

impl PushBack<'_> {
    fn put_back(&mut self, mut bytes: Vec<u8>) {
        bytes.extend_from_slice(&self.front[self.at..]);
        self.front = bytes;
        self.at = 0;
    }
}

impl Read for PushBack<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for PushBack<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.at < self.front.len() {
            Ok(&self.front[self.at..])
        } else {
            self.inner.fill_buf()
        }
    }

    fn consume(&mut self, n: usize) {
        if self.at < self.front.len() {
            self.at += n;
            if self.at >= self.front.len() {
                self.front.clear();
                self.at = 0;
            }
        } else {
            self.inner.consume(n);
        }
    }
}

fn truncate(line: &str) -> &str {
    let mut end = line.len().min(60);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    &line[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, block: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    }

    /// (number, type, block) of each record, or (number, message).
    type Item = Result<(usize, String, Vec<u8>), (usize, String)>;

    fn read_all(bytes: &[u8], max_block: u64) -> Vec<Item> {
        let mut input = bytes;
        Records::new(&mut input, max_block)
            .map(|r| match r {
                Ok(r) => Ok((
                    r.number,
                    r.header("warc-type").unwrap_or("").to_owned(),
                    r.block,
                )),
                Err(e) => Err((e.record, e.message)),
            })
            .collect()
    }

    #[test]
    fn well_formed_records_are_read_in_order() {
        let archive = format!(
            "{}{}",
            record("warcinfo", "a: b"),
            record("response", "HTTP/1.1 200 OK\r\n\r\nx")
        );
        let records = read_all(archive.as_bytes(), 1 << 20);
        assert_eq!(records.len(), 2);
        let (number, kind, block) = records[1].as_ref().unwrap();
        assert_eq!((*number, kind.as_str()), (2, "response"));
        assert_eq!(block, b"HTTP/1.1 200 OK\r\n\r\nx");
    }

    #[test]
    fn missing_trailing_line_breaks_and_continuations_are_tolerated() {
        let archive = "WARC/1.1\nWARC-Type: resource\nWARC-Target-URI: http://a\n  /b\nContent-Length: 3\n\nabcWARC/1.1\r\nContent-Length: 0\r\n\r\n";
        let mut input = archive.as_bytes();
        let records: Vec<Record> = Records::new(&mut input, 100).map(Result::unwrap).collect();
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].header("WARC-Target-URI"), Some("http://a /b"));
        assert_eq!(records[0].block, b"abc");
        assert!(records[1].block.is_empty());
    }

    #[test]
    fn bad_records_are_reported_and_the_next_one_is_found() {
        let archive = format!(
            "{}WARC/1.0\r\nWARC-Type: response\r\n\r\n<html>lost</html>\r\n\r\n{}junk line\r\n{}{}",
            record("warcinfo", "x"),
            record("response", "kept"),
            record("response", &"y".repeat(50)),
            record("metadata", "z"),
        );
        let records = read_all(archive.as_bytes(), 40);
        let summary: Vec<String> = records
            .iter()
            .map(|r| match r {
                Ok((n, kind, _)) => format!("{n} {kind}"),
                Err((n, message)) => format!("{n} error: {message}"),
            })
            .collect();
        assert_eq!(summary.len(), 6, "{summary:#?}");
        assert_eq!(summary[0], "1 warcinfo");
        assert!(
            summary[1].starts_with("2 error: no Content-Length"),
            "{summary:#?}"
        );
        assert_eq!(summary[2], "3 response");
        assert!(
            summary[3].starts_with("4 error: 11 bytes before this record"),
            "{summary:#?}"
        );
        assert!(
            summary[4].starts_with("4 error: block of 50 bytes is larger than the limit"),
            "{summary:#?}"
        );
        assert_eq!(summary[5], "5 metadata");
    }

    #[test]
    fn a_content_length_too_long_does_not_swallow_the_records_after_it() {
        let good = [record("response", "kept"), record("metadata", "z")].concat();
        let cut_version_lines = 1..12; // from `W` to `WARC/1.0\r` of the next record
        for extra in cut_version_lines.chain([good.len() as u64 - 3, good.len() as u64 + 40, 1_000]) {
            let first = format!(
                "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: {}\r\n\r\nfirst block\r\n\r\n",
                11 + extra
            );
            let records = read_all(format!("{first}{good}").as_bytes(), 1 << 20);
            let summary: Vec<String> = records
                .iter()
                .map(|r| match r {
                    Ok((n, kind, block)) => format!("{n} {kind} {}", String::from_utf8_lossy(block)),
                    Err((n, message)) => format!("{n} error: {message}"),
                })
                .collect();
            // An overrun into the two line breaks that end a record loses
            // nothing and is not worth a word.
            let within_trailer = extra <= 4;
            assert_eq!(summary.len(), if within_trailer { 3 } else { 4 }, "{extra}: {summary:#?}");
            assert!(summary[0].starts_with("1 resource first block"), "{summary:#?}");
            assert!(within_trailer || summary[1].starts_with("1 error: Content-Length"), "{summary:#?}");
            assert_eq!(summary[summary.len() - 2..], ["2 response kept", "3 metadata z"]);
        }
    }

    proptest::proptest! {
        /// Whatever the overrun (into the next records or past the end of
        /// the archive) and whatever the first block holds, the records
        /// after it are all read.
        #[test]
        fn records_after_any_overrun_are_read(extra in 1u64..5_000, block in "[a-z \r\n]{0,200}") {
            let good = [record("response", "kept"), record("metadata", "z")].concat();
            let first = format!(
                "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
                block.len() as u64 + extra
            );
            let records = read_all(format!("{first}{good}").as_bytes(), 1 << 20);
            let kinds: Vec<&str> = records.iter().filter_map(|r| r.as_ref().ok()).map(|r| r.1.as_str()).collect();
            proptest::prop_assert!(kinds.ends_with(&["response", "metadata"]), "{:?}", records);
        }
    }

    #[test]
    fn a_block_that_quotes_a_record_is_kept_whole() {
        let quoted = "a page about WARC:\r\n\r\nWARC/1.0\r\nWARC-Type: example";
        let archive = [record("resource", quoted), record("metadata", "z")].concat();
        let records = read_all(archive.as_bytes(), 1 << 20);
        assert_eq!(records.len(), 2, "{records:?}");
        assert_eq!(records[0].as_ref().unwrap().2, quoted.as_bytes());
    }

    #[test]
    fn truncation_and_non_warc_input_end_the_archive() {
        let records = read_all(b"WARC/1.0\r\nContent-Length: 99\r\n\r\nshort", 1 << 20);
        assert_eq!(records.len(), 1);
        assert!(records[0]
            .as_ref()
            .unwrap_err()
            .1
            .contains("archive ends inside the block: 5 of 99"));
        let records = read_all(b"<html>not an archive</html>", 1 << 20);
        assert!(records[0]
            .as_ref()
            .unwrap_err()
            .1
            .contains("not a WARC archive"));
        let huge = b"WARC/1.0\r\nContent-Length: 18446744073709551615\r\n\r\n";
        assert!(read_all(huge, 1 << 20)[0]
            .as_ref()
            .unwrap_err()
            .1
            .contains("archive ends inside the block"));
        assert!(read_all(b"", 1).is_empty());
    }
}
