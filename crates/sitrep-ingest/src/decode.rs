//! Bytes to text: byte-order marks, declared charsets, and the line of the
//! first bad byte when a text must be UTF-8.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Decodes a web page. The charset comes from, in order: a byte-order mark,
/// the HTTP `Content-Type`, a `<meta>` declaration in the first kilobytes,
/// and otherwise UTF-8 when the bytes are valid UTF-8, else windows-1252 (the
/// WHATWG fallback for legacy Western pages).
///
/// One deliberate departure from browsers: a page that declares a legacy
/// single-byte charset but is valid UTF-8 with non-ASCII bytes is read as
/// UTF-8. Mislabelled pages of that kind are common in archives, and valid
/// multi-byte UTF-8 almost never occurs by chance in windows-1252 text.
pub(crate) fn decode_html<'a>(bytes: &'a [u8], http_charset: Option<&str>) -> Cow<'a, str> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom_len..]).0;
    }
    let declared = http_charset.and_then(label).or_else(|| meta_charset(bytes));
    let encoding = match declared {
        Some(enc)
            if enc.is_single_byte() && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() =>
        {
            UTF_8
        }
        Some(enc) => enc,
        None if std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => WINDOWS_1252,
    };
    encoding.decode_without_bom_handling(bytes).0
}

/// The `charset` parameter of a `Content-Type` value.
pub(crate) fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']))
    })
}

/// Decodes a text that must be UTF-8 (after an optional byte-order mark,
/// which may also announce UTF-16). On failure, the 1-based line of the first
/// invalid byte and a message.
pub(crate) fn decode_utf8(bytes: &[u8]) -> Result<Cow<'_, str>, (usize, String)> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(encoding.decode_without_bom_handling(&bytes[bom_len..]).0);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(e) => {
            let at = e.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            Err((line, format!("invalid UTF-8 at byte {at}")))
        }
    }
}

/// The encoding an XML document announces: a byte-order mark, else the
/// `encoding` of its declaration (looked for past leading whitespace, which
/// some broken feeds put before it).
pub(crate) fn xml_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return Some(encoding);
    }
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = &bytes[start..];
    if !rest.starts_with(b"<?xml") {
        return None;
    }
    let end = crate::format::find(rest, b"?>")?;
    let declaration = &rest[..end];
    let at = crate::format::find(declaration, b"encoding")?;
    let value = declaration[at + 8..]
        .iter()
        .skip_while(|&&b| b == b' ' || b == b'=' || b == b'"' || b == b'\'');
    let name: Vec<u8> = value
        .take_while(|&&b| b.is_ascii_alphanumeric() || b"-_:.".contains(&b))
        .copied()
        .collect();
    Encoding::for_label(&name)
}

fn label(name: &str) -> Option<&'static Encoding> {
    Encoding::for_label(name.trim().as_bytes())
}

/// The charset a `<meta charset>` or `<meta http-equiv content="…charset=…">`
/// declares within the first 4 KiB. A declared UTF-16 means UTF-8, as in the
/// HTML standard: a page that could be read this far as ASCII is not UTF-16.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head: Vec<u8> = bytes
        .iter()
        .take(4096)
        .map(u8::to_ascii_lowercase)
        .collect();
    let mut rest = &head[..];
    while let Some(start) = crate::format::find(rest, b"<meta") {
        rest = &rest[start + 5..];
        let tag_end = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
        let tag = &rest[..tag_end];
        let Some(at) = crate::format::find(tag, b"charset") else {
            continue;
        };
        let value = tag[at + 7..]
            .iter()
            .skip_while(|&&b| b == b' ' || b == b'=' || b == b'"' || b == b'\'');
        let name: Vec<u8> = value
            .take_while(|&&b| b.is_ascii_alphanumeric() || b"-_:.".contains(&b))
            .copied()
            .collect();
        if let Some(encoding) = Encoding::for_label(&name) {
            return Some(if encoding.output_encoding() == UTF_8 {
                UTF_8
            } else {
                encoding
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_charsets_are_honoured() {
        let latin1 = b"<html><head><meta charset=\"ISO-8859-1\"></head><body>caf\xe9</body></html>";
        assert!(decode_html(latin1, None).contains("café"));
        let http_equiv = b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>\xcc\xee\xf1\xea\xe2\xe0";
        assert!(decode_html(http_equiv, None).contains("Москва"));
        assert!(decode_html(b"caf\xe9", Some("iso-8859-1")).contains("café"));
    }

    #[test]
    fn utf8_wins_over_a_wrong_single_byte_label() {
        let mislabelled = "<meta charset=iso-8859-1><p>Côte d’Ivoire</p>".as_bytes();
        assert!(decode_html(mislabelled, None).contains("Côte d’Ivoire"));
    }

    #[test]
    fn undeclared_pages_fall_back_sensibly() {
        assert!(decode_html("Traoré".as_bytes(), None).contains("Traoré"));
        assert!(decode_html(b"Trao\xe9", None).contains("Traoé"));
        assert!(decode_html(b"\xef\xbb\xbfx", Some("latin1")).starts_with('x'));
    }

    #[test]
    fn charset_parameters_are_found() {
        assert_eq!(charset_param("text/html; charset=\"UTF-8\""), Some("UTF-8"));
        assert_eq!(
            charset_param("text/html;CHARSET=latin1;q=1"),
            Some("latin1")
        );
        assert_eq!(charset_param("text/html"), None);
    }

    #[test]
    fn xml_declarations_name_their_encoding() {
        assert_eq!(
            xml_encoding(b"\n<?xml version='1.0' encoding='ISO-8859-1'?><rss/>"),
            Some(WINDOWS_1252)
        );
        assert_eq!(xml_encoding(b"<?xml version=\"1.0\"?><rss/>"), None);
        assert_eq!(xml_encoding(b"<rss/>"), None);
        assert_eq!(xml_encoding(b"\xef\xbb\xbf<rss/>"), Some(UTF_8));
    }

    #[test]
    fn utf8_errors_name_the_line() {
        assert_eq!(decode_utf8(b"ok\nok\nbad \xff").unwrap_err().0, 3);
        assert_eq!(decode_utf8(b"\xff\xfeh\0i\0").unwrap(), "hi");
    }
}
