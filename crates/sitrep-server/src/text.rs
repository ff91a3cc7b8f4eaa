//! Cutting document text for the browser: the sentence around an event's
//! evidence, and byte offsets as UTF-16 offsets (what JavaScript strings
//! index by).

use std::sync::OnceLock;

use sitrep_text::{Abbreviations, SentenceSplitter};

/// The lexicon's abbreviation list, so that sentences break where the
/// coder's did ("Capt. Traoré" stays whole).
const ABBREVIATIONS: &str = include_str!("../../../lexicon/en/abbreviations.txt");

fn splitter() -> &'static SentenceSplitter {
    static SPLITTER: OnceLock<SentenceSplitter> = OnceLock::new();
    SPLITTER.get_or_init(|| {
        let words = ABBREVIATIONS.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|w| !w.is_empty());
        SentenceSplitter::new(Abbreviations::new(words))
    })
}

/// The sentence (or sentences) holding `span` of `text`, and the span's
/// place in it as byte offsets into the returned string. Falls back to the
/// span itself when it does not fit the text.
pub(crate) fn sentence_around(text: &str, span: [usize; 2]) -> (String, [usize; 2]) {
    let [start, end] = span;
    if start > end || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return (String::new(), [0, 0]);
    }
    let mut ranges = Vec::new();
    splitter().split(text, &mut ranges);
    let from = ranges.iter().find(|r| r.end > start).map_or(start, |r| r.start.min(start));
    let to = ranges.iter().rev().find(|r| r.start < end.max(start + 1)).map_or(end, |r| r.end.max(end));
    (text[from..to].to_owned(), [start - from, end - from])
}

/// A `[start, end)` byte span of `text` in UTF-16 code units, clamped to the
/// text (a stored span is trusted, but not to the point of a panic).
pub(crate) fn utf16_span(text: &str, span: [i64; 2]) -> [usize; 2] {
    let at = |b: i64| {
        let mut b = (b.max(0) as usize).min(text.len());
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        text[..b].encode_utf16().count()
    };
    [at(span[0]), at(span[1])]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_around_a_span_keeps_abbreviations_whole() {
        let text = "Fighting resumed. Capt. Traoré thanked Russia on Monday. France left.";
        let start = text.find("thanked").unwrap();
        let (sentence, span) = sentence_around(text, [start, start + 7]);
        assert_eq!(sentence, "Capt. Traoré thanked Russia on Monday.");
        assert_eq!(&sentence[span[0]..span[1]], "thanked");
    }

    #[test]
    fn utf16_offsets_count_code_units() {
        let text = "Traoré 🇧🇫 said";
        let b = text.find("said").unwrap() as i64;
        assert_eq!(utf16_span(text, [b, b + 4]), [12, 16]);
        assert_eq!(utf16_span(text, [-3, 999]), [0, text.encode_utf16().count()]);
    }
}
