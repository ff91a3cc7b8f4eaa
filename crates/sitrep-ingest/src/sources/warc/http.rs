//! The HTTP response inside a WARC `response` record: status, headers, and
//! the body with its transfer and content codings removed.

use std::borrow::Cow;
use std::io::Read;

use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};

/// A parsed response; `body` is the entity as the server meant it.
#[derive(Debug)]
pub(crate) struct Response<'a> {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Cow<'a, [u8]>,
}

impl Response<'_> {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Parses a response of at most `max_body` decoded bytes.
///
/// Archivers differ in what they store: some keep the bytes as sent (chunked,
/// gzipped), some decode them but keep the headers that announced the
/// coding. So a coding is removed only when the bytes actually carry it, and
/// a body that does not decode as announced is kept as it is.
pub(crate) fn parse(block: &[u8], max_body: u64) -> Result<Response<'_>, String> {
    let head_end = find(block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| find(block, b"\n\n").map(|i| (i, i + 2)))
        .ok_or("no end of the HTTP header")?;
    let head = String::from_utf8_lossy(&block[..head_end.0]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status = status_code(status_line)
        .ok_or_else(|| format!("not an HTTP status line: {:?}", short(status_line)))?;
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }
    let mut response = Response {
        status,
        headers,
        body: Cow::Borrowed(&block[head_end.1..]),
    };

    let chunked = response
        .header("Transfer-Encoding")
        .is_some_and(|te| te.to_ascii_lowercase().contains("chunked"));
    if chunked {
        if let Some(body) = dechunk(&response.body) {
            response.body = Cow::Owned(body);
        }
    }
    let coding = response
        .header("Content-Encoding")
        .map(|c| c.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match coding.as_str() {
        "" | "identity" => {}
        "gzip" | "x-gzip" if response.body.starts_with(&[0x1f, 0x8b]) => {
            response.body = Cow::Owned(inflate(MultiGzDecoder::new(&response.body[..]), max_body)?);
        }
        "deflate" if !looks_like_markup(&response.body) => {
            // "deflate" is zlib-wrapped by the standard, raw in many servers.
            let body = inflate(ZlibDecoder::new(&response.body[..]), max_body)
                .or_else(|_| inflate(DeflateDecoder::new(&response.body[..]), max_body))?;
            response.body = Cow::Owned(body);
        }
        _ if looks_like_markup(&response.body) => {}
        other => return Err(format!("content coding {other:?} is not supported")),
    }
    Ok(response)
}

/// The entity of a chunked body, or `None` when the bytes are not chunked.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = body.iter().position(|&b| b == b'\n')?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size_text = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        body = &body[line_end + 1..];
        if size == 0 {
            return Some(out);
        }
        let chunk = body.get(..size)?;
        out.extend_from_slice(chunk);
        body = &body[size..];
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
        if body.is_empty() {
            // The last chunk and its terminator were cut off: keep what came.
            return Some(out);
        }
    }
}

fn inflate(decoder: impl Read, max_body: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    decoder
        .take(max_body + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("cannot decompress the body: {e}"))?;
    if out.len() as u64 > max_body {
        return Err(format!(
            "body larger than {max_body} bytes once decompressed"
        ));
    }
    Ok(out)
}

fn status_code(line: &str) -> Option<u16> {
    let mut parts = line.split_whitespace();
    let version = parts.next()?;
    if !version.starts_with("HTTP/") {
        return None;
    }
    parts.next()?.parse().ok()
}

pub(crate) fn looks_like_markup(body: &[u8]) -> bool {
    let body = body.strip_prefix(b"\xef\xbb\xbf").unwrap_or(body);
    body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn short(text: &str) -> String {
    text.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn headers_and_body_are_split() {
        let r = parse(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n charset=utf-8\r\n\r\n<p>x</p>",
            1000,
        )
        .unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
        assert_eq!(&r.body[..], b"<p>x</p>");
        assert_eq!(parse(b"HTTP/2 404\n\n", 10).unwrap().status, 404);
    }

    #[test]
    fn chunked_bodies_are_joined() {
        let r = parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\n<p>a\r\n5\r\n</p>\n\r\n0\r\n\r\n", 1000).unwrap();
        assert_eq!(&r.body[..], b"<p>a</p>\n");
        // Already dechunked by the archiver, header kept: left alone.
        let r = parse(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<p>whole</p>",
            1000,
        )
        .unwrap();
        assert_eq!(&r.body[..], b"<p>whole</p>");
    }

    #[test]
    fn gzip_and_deflate_bodies_are_decoded() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"<html>gz</html>").unwrap();
        let mut block = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        block.extend(gz.finish().unwrap());
        assert_eq!(&parse(&block, 1000).unwrap().body[..], b"<html>gz</html>");
        assert!(parse(&block, 5)
            .unwrap_err()
            .contains("larger than 5 bytes"));

        let mut raw = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        raw.write_all(b"<p>raw deflate</p>").unwrap();
        let mut block = b"HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n".to_vec();
        block.extend(raw.finish().unwrap());
        assert_eq!(
            &parse(&block, 1000).unwrap().body[..],
            b"<p>raw deflate</p>"
        );
    }

    #[test]
    fn codings_already_removed_or_unknown() {
        let r = parse(
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n<html>plain</html>",
            1000,
        )
        .unwrap();
        assert_eq!(&r.body[..], b"<html>plain</html>");
        assert!(parse(
            b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n\x1b\x00",
            1000
        )
        .unwrap_err()
        .contains("\"br\""));
        assert!(parse(b"GET / HTTP/1.1\r\n\r\n", 1000).is_err());
        assert!(parse(b"HTTP/1.1 200 OK", 1000).is_err());
    }
}
