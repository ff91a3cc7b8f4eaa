//! A page's visible text for reading dates near the headline: the text
//! nodes in document order with spaces collapsed, leaving out what a reader
//! does not see as the story (scripts, styles, templates) and captions,
//! whose dates are the photo's ("Bachmut, 24. April 2023").

use std::sync::OnceLock;

use dom_query::{NodeRef, Selection};

use crate::dates::text::date_words;

/// Elements whose text is left out, whatever their class.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "figcaption", "svg", "iframe",
];
/// Parts of class names marking captions and photo credits
/// (`caption-class` in `data/date_words.tsv`), lower-cased.
fn caption_classes() -> &'static [String] {
    static CLASSES: OnceLock<Vec<String>> = OnceLock::new();
    CLASSES.get_or_init(|| date_words("caption-class").map(str::to_ascii_lowercase).collect())
}

/// The visible text under `scope`, runs of white space made one space;
/// text nodes join as `text()` joins them, so a headline taken from an
/// element's text is found in it as written.
pub(crate) fn visible_text(scope: &Selection) -> String {
    let mut out = String::new();
    let mut stack: Vec<NodeRef> = scope.nodes().iter().rev().cloned().collect();
    while let Some(node) = stack.pop() {
        if node.is_text() {
            for c in node.text().chars() {
                if !c.is_whitespace() {
                    out.push(c);
                } else if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            continue;
        }
        if node.is_element() && skipped(&node) {
            continue;
        }
        // Children pushed last first, so the first is read first.
        let mut children = Vec::new();
        let mut child = node.first_child();
        while let Some(c) = child {
            child = c.next_sibling();
            children.push(c);
        }
        stack.extend(children.into_iter().rev());
    }
    out.truncate(out.trim_end().len());
    out
}

fn skipped(node: &NodeRef) -> bool {
    let name = node.node_name();
    if name.as_deref().is_some_and(|n| SKIPPED.contains(&n)) {
        return true;
    }
    node.class().is_some_and(|class| {
        let class = class.to_ascii_lowercase();
        caption_classes().iter().any(|part| class.contains(part.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    #[test]
    fn scripts_and_captions_are_left_out() {
        let doc = Document::from(
            "<body><h1><span>Kicker</span>Title  here</h1> <script>var d='2024/03/27';</script>\
             <figure><img><figcaption>Bachmut, 24. April 2023</figcaption></figure>\
             <p class='photo-credit'>AFP</p><p>Text\n  of <b>the</b> story</p></body>",
        );
        assert_eq!(visible_text(&doc.select("body")), "KickerTitle here Text of the story");
    }
}
