//! HTML fragments (feed descriptions, `content:encoded`) to plain text.

use dom_query::Document;

/// The text of an HTML fragment: block elements become paragraph breaks,
/// `<br>` and list items line breaks, runs of spaces one space; scripts and
/// styles are dropped. Text without markup is only trimmed and tidied, so
/// plain-text feed fields pass through unchanged.
pub(crate) fn fragment_to_text(fragment: &str) -> String {
    if !fragment.contains(['<', '&']) {
        return tidy(fragment);
    }
    // Nesting deeper than a page may have is flattened here too: feed
    // descriptions are HTML from anywhere.
    let doc = Document::fragment(super::depth::flatten(fragment).0.as_ref());
    doc.select("script, style, noscript, template, iframe")
        .remove();
    tidy(&doc.formatted_text())
}

/// Spaces collapsed within lines, blank-line runs reduced to one, ends trimmed.
pub(crate) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines() {
        let mut words = line.split_whitespace().peekable();
        if words.peek().is_none() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        for (i, word) in words.enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// A one-line string with its whitespace collapsed (titles, names).
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs() {
        let text = fragment_to_text(
            "<p>First  <b>bold</b>.</p><p>Second&nbsp;one &amp; more.</p><script>x()</script>",
        );
        assert_eq!(text, "First bold.\n\nSecond one & more.");
    }

    #[test]
    fn plain_text_passes_through() {
        assert_eq!(
            fragment_to_text("  Troops   moved.\n\n\n\nThen left. "),
            "Troops moved.\n\nThen left."
        );
        assert_eq!(fragment_to_text("5 < 6"), "5 < 6");
    }

    #[test]
    fn line_breaks_are_kept() {
        assert_eq!(fragment_to_text("a<br>b"), "a\nb");
        assert_eq!(one_line(" a \n b "), "a b");
    }
}
