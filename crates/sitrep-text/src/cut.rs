//! A bound on sentence length. Text with no sentence end for pages (a
//! table flattened to one line, a list without full stops, a hostile
//! document of one endless sentence) would otherwise be one "sentence", and
//! the coder's passes compare words within a sentence pairwise: one 1 MB
//! sentence took 15 s to code, 50 MB never ended. Cutting every sentence to
//! at most [`MAX_SENTENCE_BYTES`] keeps the cost of a document linear in its
//! length.

/// The longest sentence handed on, in bytes. Real news sentences are far
/// shorter (a 60-word sentence is about 400 bytes); at this length coding
/// costs well under a millisecond a sentence.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// Marks between clauses, preferred as cut points: a cut after one of them
/// leaves two pieces a reader could take for clauses. Typography, not
/// language: they are the same in every language sitrep reads.
const CLAUSE_MARKS: [char; 5] = [';', ':', ',', '\u{2014}', '\u{2013}'];

/// Where to end the first piece of `piece`, which is longer than
/// [`MAX_SENTENCE_BYTES`]: after the last clause mark in the second half of
/// the first [`MAX_SENTENCE_BYTES`] bytes, else at the last white space
/// there, else at the last character boundary within the bound. The answer
/// is always at least half the bound, so cutting a text of n bytes takes
/// O(n) time.
pub(crate) fn cut_point(piece: &str) -> usize {
    let mut end = MAX_SENTENCE_BYTES.min(piece.len());
    while !piece.is_char_boundary(end) {
        end -= 1;
    }
    let mut half = MAX_SENTENCE_BYTES / 2;
    while !piece.is_char_boundary(half) {
        half -= 1;
    }
    let window = &piece[half..end];
    if let Some(at) = window.rfind(CLAUSE_MARKS) {
        let mark = window[at..].chars().next().map_or(1, char::len_utf8);
        return half + at + mark;
    }
    if let Some(at) = window.rfind(char::is_whitespace) {
        return half + at;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_after_the_last_clause_mark_then_at_white_space() {
        let clauses = "word, ".repeat(MAX_SENTENCE_BYTES);
        let at = cut_point(&clauses);
        assert!(at <= MAX_SENTENCE_BYTES && at >= MAX_SENTENCE_BYTES / 2);
        assert_eq!(&clauses[at - 1..at], ",");
        let words = "word ".repeat(MAX_SENTENCE_BYTES);
        let at = cut_point(&words);
        assert_eq!(&words[at..at + 1], " ");
    }

    #[test]
    fn a_text_without_spaces_is_cut_on_a_character_boundary() {
        let text = "é".repeat(MAX_SENTENCE_BYTES);
        let at = cut_point(&text);
        assert!(text.is_char_boundary(at) && at > MAX_SENTENCE_BYTES - 4 && at <= MAX_SENTENCE_BYTES);
    }
}
