//! A bound on how deeply a page's elements nest, applied to the markup
//! before any parser sees it.
//!
//! The HTML tree builder and the main-text extractor both walk the open
//! elements or a node's ancestors for every element, so their cost grows
//! with depth × elements: 4,000 nested `<div>`s took 18 s, 100,000 never
//! finished. News pages nest a few dozen levels. Start tags deeper than
//! [`MAX_DEPTH`] are dropped with their end tags, which keeps every word of
//! the text and flattens only structure no reader could see.
//!
//! Depth is estimated from the tags as written, in one pass: void elements,
//! self-closed tags and elements whose end tag HTML lets a writer leave out
//! (`<p>`, `<li>`, `<td>`…) do not count, and script, style and comment
//! contents are skipped, so a well-formed page is never touched.

use std::borrow::Cow;

/// The deepest nesting kept.
pub(crate) const MAX_DEPTH: usize = 256;

/// Elements that have no end tag (HTML's void elements).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr", "frame", "basefont", "bgsound", "image",
];

/// Elements whose end tag may be left out, so that counting them would
/// take a page of unclosed paragraphs for a deep one.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// Elements whose content is text up to their end tag, not markup.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
];

/// The page with start tags deeper than [`MAX_DEPTH`] (and their end tags)
/// removed, and how many start tags were removed (0: the page is returned
/// as it was). Linear in the length of the page.
pub(crate) fn flatten(html: &str) -> (Cow<'_, str>, usize) {
    let b = html.as_bytes();
    let (mut depth, mut excess, mut dropped) = (0usize, 0usize, 0usize);
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while let Some(at) = memchr(b'<', b, i) {
        i = at + 1;
        if b[i..].starts_with(b"!--") {
            i = find(b, b"-->", i + 3).map_or(b.len(), |end| end + 3);
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        let name_start = i + usize::from(closing);
        let name_end = name_start + b[name_start..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        if name_end == name_start || !b[name_start].is_ascii_alphabetic() {
            continue; // `<` in text, `<!doctype`, `<?xml`
        }
        let name = html[name_start..name_end].to_ascii_lowercase();
        let tag_end = tag_end(b, name_end);
        i = tag_end;
        let self_closed = b[..tag_end].ends_with(b"/>");
        if VOID.contains(&name.as_str()) || OPTIONAL_END.contains(&name.as_str()) {
            continue;
        }
        if !closing && RAW_TEXT.contains(&name.as_str()) {
            i = raw_text_end(b, &name, tag_end);
            continue;
        }
        let drop = if closing {
            if excess > 0 {
                excess -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if self_closed {
            false
        } else if depth >= MAX_DEPTH {
            excess += 1;
            dropped += 1;
            true
        } else {
            depth += 1;
            false
        };
        if drop {
            let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
            out.push_str(&html[copied..at]);
            copied = tag_end;
        }
    }
    match out {
        None => (Cow::Borrowed(html), 0),
        Some(mut out) => {
            out.push_str(&html[copied..]);
            (Cow::Owned(out), dropped)
        }
    }
}

/// The byte after the `>` that ends a tag whose name ends at `from`, past
/// quoted attribute values; the end of the page if the tag never ends.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (k, &c) in b.iter().enumerate().skip(from) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    b.len()
}

/// The position after the end tag of raw-text element `name` (its content
/// is not markup), or the end of the page.
fn raw_text_end(b: &[u8], name: &str, from: usize) -> usize {
    let mut i = from;
    while let Some(at) = memchr(b'<', b, i) {
        let tag = &b[at + 1..];
        if tag.first() == Some(&b'/') && tag.len() > name.len() && tag[1..=name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return at;
        }
        i = at + 1;
    }
    b.len()
}

fn memchr(needle: u8, b: &[u8], from: usize) -> Option<usize> {
    b.get(from..)?.iter().position(|&c| c == needle).map(|k| from + k)
}

fn find(b: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    crate::format::find(b.get(from..)?, needle).map(|k| from + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(n: usize) -> String {
        format!("<html><body>{}<p>Troops entered the town.</p>{}</body></html>", "<div class=\"a>b\">".repeat(n), "</div>".repeat(n))
    }

    #[test]
    fn ordinary_pages_are_untouched() {
        let page = "<!doctype html><html><head><title>a < b</title><script>if (a<b) { x = '<div>'; }</script></head>\
            <body><!-- <div> --><ul><li>one<li>two</ul><p>a<br>b<p>c<img src=x/><div/></body></html>";
        let (out, dropped) = flatten(page);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(dropped, 0);
        let page = nested(MAX_DEPTH - 2);
        let (out, dropped) = flatten(&page);
        assert_eq!((out.len(), dropped), (nested(MAX_DEPTH - 2).len(), 0));
    }

    #[test]
    fn deeper_tags_are_dropped_and_the_text_kept() {
        let n = MAX_DEPTH + 100;
        let page = nested(n);
        let (out, dropped) = flatten(&page);
        assert_eq!(dropped, 100, "html and body do not count");
        assert_eq!(out.matches("<div").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
        assert!(out.contains("<p>Troops entered the town.</p>"));
        assert!(out.ends_with("</body></html>"));
    }

    #[test]
    fn unclosed_tags_and_stray_end_tags_do_not_break_it() {
        let page = format!("{}text{}", "<b>".repeat(1000), "</i>".repeat(50));
        let (out, dropped) = flatten(&page);
        assert_eq!(dropped, 1000 - MAX_DEPTH);
        assert!(out.contains("text"));
        assert_eq!(flatten("<div").0, "<div");
        assert_eq!(flatten("a <3 b </ c").1, 0);
    }

    proptest::proptest! {
        /// On any markup built from the pieces the pass reads: no panic, an
        /// untouched page when nothing was dropped, never more tags than
        /// were given, and every piece of text kept.
        #[test]
        fn flattening_keeps_the_text_of_any_markup(pieces in proptest::collection::vec(proptest::sample::select(vec![
            "<div>", "</div>", "<p>", "</p>", "<b>", "<br/>", "<img src=\"a>b\">", "<script>", "</script>",
            "<!--", "-->", "<", ">", "</", "word", "é", " ",
        ]), 0..600)) {
            let page: String = pieces.concat();
            let (out, dropped) = flatten(&page);
            if dropped == 0 {
                proptest::prop_assert_eq!(out.as_ref(), page.as_str());
            }
            proptest::prop_assert!(out.len() <= page.len());
            proptest::prop_assert_eq!(out.matches("word").count(), page.matches("word").count());
            proptest::prop_assert_eq!(out.matches('é').count(), page.matches('é').count());
        }
    }

    #[test]
    fn a_million_nested_elements_are_flattened_in_linear_time() {
        // Quadratic work on this would take hours; the pass takes milliseconds.
        let page = nested(1_000_000);
        let (out, dropped) = flatten(&page);
        assert_eq!(dropped, 1_000_000 - MAX_DEPTH);
        assert!(out.len() < 10_000);
    }
}
