use rustc_hash::FxHashSet;

use crate::cut::{cut_point, MAX_SENTENCE_BYTES};
use crate::normalise::normalise_into;

/// Words that end with a period without ending the sentence ("Capt.",
/// "Gen.", "U.S."). Stored normalised and without the final period.
#[derive(Debug, Default, Clone)]
pub struct Abbreviations {
    words: FxHashSet<String>,
}

impl Abbreviations {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut set = FxHashSet::default();
        for w in words {
            let mut n = String::new();
            normalise_into(w.trim().trim_end_matches('.'), &mut n);
            if !n.is_empty() {
                set.insert(n);
            }
        }
        Self { words: set }
    }

    pub fn contains(&self, word_without_period: &str) -> bool {
        if self.words.contains(word_without_period) {
            return true;
        }
        // Short ASCII words (nearly every abbreviation) are lower-cased on
        // the stack: this runs at every sentence-final period.
        let w = word_without_period.as_bytes();
        if w.is_ascii() && w.len() <= 16 {
            let mut buf = [0u8; 16];
            for (b, c) in buf.iter_mut().zip(w) {
                *b = c.to_ascii_lowercase();
            }
            return std::str::from_utf8(&buf[..w.len()]).is_ok_and(|lower| self.words.contains(lower));
        }
        let mut n = String::with_capacity(word_without_period.len());
        normalise_into(word_without_period, &mut n);
        self.words.contains(&n)
    }
}

/// Splits text into sentences: byte ranges into the text, trimmed of white
/// space. Splits after `.`, `!` or `?` (and any closing quotes or brackets)
/// when white space and a capital, digit or opening quote follow, unless the
/// word before the period is an abbreviation or a single initial; and at a
/// line break, since news text puts headlines and paragraphs on lines of
/// their own — except in hard-wrapped text (wire copy broken into lines of
/// 60–80 characters mid-sentence), where only a blank or indented line
/// starts a new sentence. A sentence longer than
/// [`MAX_SENTENCE_BYTES`](crate::MAX_SENTENCE_BYTES) is cut into pieces
/// (after a clause mark, else at white space), so that no document costs
/// more than linear time downstream.
#[derive(Debug, Default, Clone)]
pub struct SentenceSplitter {
    abbreviations: Abbreviations,
    /// A full stop glued to the next sentence ends it (see
    /// [`SentenceSplitter::with_glued_sentences`]).
    glued: bool,
}

impl SentenceSplitter {
    pub fn new(abbreviations: Abbreviations) -> Self {
        Self { abbreviations, glued: false }
    }

    /// Also ends a sentence at a full stop with no space after it, between
    /// a lower-case word and a capitalised one ("… dans la nuit de mercredi
    /// à jeudi.Le gouvernement avait …"): French news sites' text often
    /// loses the space between paragraphs so. A capital after the stop
    /// that is followed by another capital or a stop is an initialism
    /// ("M.E.P.") and ends nothing.
    pub fn with_glued_sentences(mut self, on: bool) -> Self {
        self.glued = on;
        self
    }

    /// Fills `out` with the sentences of `text` and returns how many cuts
    /// were made in over-long sentences (0 for ordinary text), so that a
    /// caller can say what was cut.
    pub fn split(&self, text: &str, out: &mut Vec<std::ops::Range<usize>>) -> usize {
        out.clear();
        let mut cuts = 0;
        let b = text.as_bytes();
        let wrapped = hard_wrapped(b);
        let mut start = 0;
        let mut i = 0;
        // A wire story's headline and byline run into its dateline on one
        // line ("Qatar frees Dutch woman By JON GAMBRELL DUBAI (AP) — A
        // Dutch woman held …"): the lead starts after the dateline's dash.
        let dateline_end = dateline_end(text);
        while i < b.len() {
            let c = b[i];
            if dateline_end == Some(i) {
                cuts += push_trimmed(text, start, i, out);
                start = i;
            }
            if c == b'\n' {
                // In wrapped text a line break followed by more text on the
                // next line is a space.
                let continues = (wrapped && b.get(i + 1).is_some_and(|&n| !matches!(n, b'\n' | b'\r' | b' ' | b'\t'))) || wrapped_here(b, i);
                if !continues {
                    cuts += push_trimmed(text, start, i, out);
                    start = i + 1;
                }
            } else if matches!(c, b'.' | b'!' | b'?') {
                let mut end = i + 1;
                while end < b.len() && is_closer(text, end) {
                    end += text[end..].chars().next().map_or(1, char::len_utf8);
                }
                if self.ends_sentence(text, i, end) {
                    cuts += push_trimmed(text, start, end, out);
                    start = end;
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        cuts + push_trimmed(text, start, b.len(), out)
    }

    fn ends_sentence(&self, text: &str, mark: usize, after: usize) -> bool {
        let rest = &text[after..];
        let trimmed = rest.trim_start_matches([' ', '\t', '\r', '\u{a0}']);
        if trimmed.len() == rest.len() && !rest.is_empty() && !rest.starts_with('\n') {
            return self.glued && self.glued_sentence(text, mark, after); // "3.5", "U.S.-led": no space after the mark
        }
        let Some(next) = trimmed.chars().next() else { return true };
        if next == '\n' {
            return true;
        }
        let starts_sentence = next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '"' | '\u{201C}' | '\'' | '\u{2018}' | '(' | '[' | '\u{00AB}');
        if !starts_sentence {
            return false;
        }
        if text.as_bytes()[mark] != b'.' {
            return true;
        }
        let word = word_before(text, mark);
        let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        !(single_initial || self.abbreviations.contains(word))
    }
}

impl SentenceSplitter {
    /// "jeudi.Le gouvernement", "à Dijon.Ces violences", "pour ça".Mais":
    /// a full stop right after a word of two letters or more that ends in
    /// lower case (or after a closing quotation mark), and right before a
    /// capitalised word in lower case after its first letter. Not after an
    /// abbreviation, an initial or an acronym ("M.Macron", "U.S.Army").
    fn glued_sentence(&self, text: &str, mark: usize, after: usize) -> bool {
        let word = word_before(text, mark);
        let mut next = text[after..].chars();
        let ends_a_word = word.chars().count() >= 2 && word.chars().last().is_some_and(char::is_lowercase) && !word.contains('.');
        let ends_a_quote = word.is_empty() && text[..mark].chars().next_back().is_some_and(|c| matches!(c, '"' | '\u{201D}' | '\u{00BB}'));
        let capitalised = next.next().is_some_and(char::is_uppercase) && next.next().is_some_and(char::is_lowercase);
        text.as_bytes()[mark] == b'.' && after == mark + 1 && (ends_a_word || ends_a_quote) && capitalised && !self.abbreviations.contains(word)
    }
}

/// Is the line break at `i` a wrap inside a sentence, whatever the rest of
/// the text does? A sentence taken alone from wire copy has too few breaks
/// for [`hard_wrapped`] ("Prime Minister Yasuhiro Nakasone\nintervened to
/// try to resolve …"). The next line starts in lower case; or the line
/// before is a wire line's length (a headline or a short line that ends
/// a paragraph is shorter) and ends inside a sentence, with a lower-case
/// letter or a comma, before a word.
fn wrapped_here(b: &[u8], i: usize) -> bool {
    const WIRE_LINE: usize = 40;
    let Some(&next) = b.get(i + 1) else { return false };
    if next.is_ascii_lowercase() {
        return i > 0 && !matches!(b[i - 1], b'\n' | b'.' | b'!' | b'?' | b':');
    }
    let line_start = b[..i].iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1);
    let before = if i > 0 { b[i - 1] } else { b'\n' };
    i - line_start >= WIRE_LINE && (before.is_ascii_lowercase() || before == b',') && next.is_ascii_alphabetic()
}

/// Is the text broken into lines mid-sentence? Most single line breaks
/// (not blank, not indented lines) come after a letter, digit or comma and
/// before a word: a writer's paragraphs end with punctuation, a wire
/// service's wrapped lines do not.
fn hard_wrapped(b: &[u8]) -> bool {
    let (mut breaks, mut mid_sentence) = (0usize, 0usize);
    for i in 1..b.len().saturating_sub(1) {
        if b[i] != b'\n' || matches!(b[i + 1], b'\n' | b'\r' | b' ' | b'\t') || b[i - 1] == b'\n' {
            continue;
        }
        breaks += 1;
        let before = b[i - 1];
        if (before.is_ascii_alphanumeric() || before == b',') && b[i + 1].is_ascii_alphanumeric() {
            mid_sentence += 1;
        }
    }
    breaks >= 3 && mid_sentence * 2 > breaks
}

/// How far into a document its dateline may end.
const DATELINE_WINDOW: usize = 400;

/// The end of a wire dateline on a document's first line: a news
/// agency's name of 2 to 10 letters in brackets after the place (and
/// date), then a dash and a capital: "RUSTENBURG, October 24 (ANA) - Two
/// men …", "PYONGYANG, Feb. 12 (Xinhua) -- The …", "Washington (dpa) -
/// US President …". The byte after the dash's space is returned. A
/// bracketed acronym of the words before it ("the Democratic Alliance
/// (DA) - …") is no agency.
fn dateline_end(text: &str) -> Option<usize> {
    let mut end = DATELINE_WINDOW.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // Only on the first line (a headline's line): a period may stand
    // before the dateline ("Feb. 12", "U.S.").
    let first = text[..end].split('\n').next().unwrap_or_default();
    let mut from = 0;
    while let Some(open) = first[from..].find('(').map(|i| from + i) {
        from = open + 1;
        let Some(close) = first[open..].find(')').map(|i| open + i) else { break };
        let agency = &first[open + 1..close];
        if !(2..=10).contains(&agency.len()) || !agency.bytes().all(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let rest = &text[close + 1..];
        let after_space = rest.trim_start_matches([' ', '\u{a0}']);
        let Some(after_dash) = ["\u{2014}", "\u{2013}", "--", "-"].iter().find_map(|d| after_space.strip_prefix(d)) else { continue };
        let lead = after_dash.trim_start_matches([' ', '\u{a0}']);
        if lead.len() == after_dash.len() || !lead.chars().next().is_some_and(|c| c.is_uppercase() || c == '"' || c == '\u{201C}') {
            continue;
        }
        if is_acronym_of_words_before(&first[..open], agency) {
            continue;
        }
        return Some(text.len() - lead.len());
    }
    None
}

/// Is `acronym` the initials of the capitalised words right before it
/// ("Democratic Alliance" for "DA")?
fn is_acronym_of_words_before(before: &str, acronym: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    acronym.chars().rev().all(|a| words.next().and_then(|w| w.chars().next()).is_some_and(|c| c.eq_ignore_ascii_case(&a)))
}

/// Splits with the given abbreviations; convenient for one-off use.
pub fn split_sentences(text: &str, abbreviations: &Abbreviations) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    SentenceSplitter::new(abbreviations.clone()).split(text, &mut out);
    out
}

fn is_closer(text: &str, i: usize) -> bool {
    matches!(
        text[i..].chars().next(),
        Some('"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{00BB}')
    )
}

/// The word (letters and inner periods) right before byte `mark`.
fn word_before(text: &str, mark: usize) -> &str {
    let head = &text[..mark];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

/// Pushes `text[start..end]` trimmed, cut into pieces of at most
/// [`MAX_SENTENCE_BYTES`] bytes; returns the number of cuts.
fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<std::ops::Range<usize>>) -> usize {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail >= piece.len() {
        return 0;
    }
    let (mut start, end) = (start + lead, end - trail);
    let mut cuts = 0;
    while end - start > MAX_SENTENCE_BYTES {
        let cut = start + cut_point(&text[start..end]);
        let head = text[start..cut].trim_end();
        out.push(start..start + head.len());
        cuts += 1;
        start = cut + (text[cut..end].len() - text[cut..end].trim_start().len());
    }
    out.push(start..end);
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let abbr = Abbreviations::new(["Capt.", "Gen.", "Lt.", "Col.", "Mr.", "U.S."]);
        split_sentences(text, &abbr).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn glued_sentences_end_only_where_asked() {
        let text = "dans la nuit de mercredi à jeudi.Le gouvernement avait annoncé 3.5 millions à Dijon.Ces U.S.A. et M.E.P. Fin.";
        let abbr = Abbreviations::new(["M."]);
        let mut out = Vec::new();
        SentenceSplitter::new(abbr.clone()).with_glued_sentences(true).split(text, &mut out);
        let glued: Vec<&str> = out.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(glued, ["dans la nuit de mercredi à jeudi.", "Le gouvernement avait annoncé 3.5 millions à Dijon.", "Ces U.S.A. et M.E.P.", "Fin."]);
        assert_eq!(split_sentences(text, &abbr).len(), 2);
        let quoted = "Il a dit \"pour ça\".Mais la foule est restée.";
        SentenceSplitter::new(abbr.clone()).with_glued_sentences(true).split(quoted, &mut out);
        assert_eq!(out.len(), 2, "{out:?}");
    }

    #[test]
    fn a_wire_dateline_ends_the_headline() {
        let text = "Qatar frees Dutch woman By JON GAMBRELL DUBAI, United Arab Emirates (AP) \u{2014} A Dutch woman held in Qatar was released. She left.";
        assert_eq!(split(text), [
            "Qatar frees Dutch woman By JON GAMBRELL DUBAI, United Arab Emirates (AP) \u{2014}",
            "A Dutch woman held in Qatar was released.",
            "She left.",
        ]);
        let text = "Kazakhstan urges calm ASTANA, April 6 (Xinhua) -- Kazakhstan's President called for peace.";
        assert_eq!(split(text), ["Kazakhstan urges calm ASTANA, April 6 (Xinhua) --", "Kazakhstan's President called for peace."]);
    }

    #[test]
    fn a_bracketed_acronym_is_no_dateline() {
        let text = "The Democratic Alliance (DA) - Cape Town's ruling party - won. It said so.";
        assert_eq!(split(text), ["The Democratic Alliance (DA) - Cape Town's ruling party - won.", "It said so."]);
        // Past the first line, brackets are never a dateline.
        let text = "Talks ended.\nOfficials (UN) - Geneva said so.";
        assert_eq!(split(text), ["Talks ended.", "Officials (UN) - Geneva said so."]);
    }

    /// Sentences are in order, do not overlap, lie on character
    /// boundaries, are trimmed and hold every character that is not white
    /// space.
    fn covers_in_order(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let ranges = split_sentences(text, &Abbreviations::new(["Mr."]));
        let mut last_end = 0;
        for r in &ranges {
            proptest::prop_assert!(last_end <= r.start && r.start < r.end && r.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            proptest::prop_assert_eq!(text[r.clone()].trim(), &text[r.clone()]);
            last_end = r.end;
        }
        for (i, c) in text.char_indices() {
            if !c.is_whitespace() {
                proptest::prop_assert!(ranges.iter().any(|r| r.contains(&i)), "character {} at {} lost", c, i);
            }
        }
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn sentences_cover_any_text_in_order(text in "[A-Za-z é().,\\-\u{2014}\u{2013}\n\"]{0,160}") {
            covers_in_order(&text)?;
        }

        /// French text, whose sentences may be glued ("jeudi.Le").
        #[test]
        fn glued_sentences_cover_any_text_in_order(text in "[A-Za-z é().,\\-\u{2014}\u{201D}\u{00BB}\n\"]{0,160}") {
            let mut ranges = Vec::new();
            SentenceSplitter::new(Abbreviations::new(["M."])).with_glued_sentences(true).split(&text, &mut ranges);
            let mut last_end = 0;
            for r in &ranges {
                proptest::prop_assert!(last_end <= r.start && r.start < r.end && r.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                last_end = r.end;
            }
        }

        /// Headlines run into wire datelines of every shape.
        #[test]
        fn sentences_cover_datelines_in_order(text in "[A-Za-z ,é.]{0,40}\\([A-Za-z]{1,12}\\) ?(\u{2014}|--|-|\u{2013}) ?[A-Z\"é][a-z .\n()-]{0,60}") {
            covers_in_order(&text)?;
        }
    }

    #[test]
    fn survives_titles_and_acronyms() {
        let text = "Capt. Ibrahim Traoré met Lt. Col. Damiba. Mr. Smith left the U.S. on Monday. Gen. J. Doe said so!";
        assert_eq!(split(text), [
            "Capt. Ibrahim Traoré met Lt. Col. Damiba.",
            "Mr. Smith left the U.S. on Monday.",
            "Gen. J. Doe said so!",
        ]);
    }

    #[test]
    fn splits_after_closing_quotes_and_at_line_breaks() {
        let text = "He said “go.” Then he left\nHeadline here\n\nNext paragraph.";
        assert_eq!(split(text), ["He said “go.”", "Then he left", "Headline here", "Next paragraph."]);
    }

    #[test]
    fn joins_hard_wrapped_lines() {
        // Reuters-21578 wraps its wire copy mid-sentence; an indented line
        // starts a new item.
        let text = "Meanwhile, visiting British\nCorporate Affairs Minister Michael Howard told Japan to resolve\na telecommunications row with his country or face an abrupt\ndeterioration in trading relations.\n    CAIRO - Egypt's opposition charged that yesterday's general\nelection was rigged.";
        assert_eq!(split(text), [
            "Meanwhile, visiting British\nCorporate Affairs Minister Michael Howard told Japan to resolve\na telecommunications row with his country or face an abrupt\ndeterioration in trading relations.",
            "CAIRO - Egypt's opposition charged that yesterday's general\nelection was rigged.",
        ]);
    }

    #[test]
    fn joins_the_wrapped_lines_of_a_sentence_taken_alone() {
        // One sentence of Reuters-21578 wire copy: two breaks, too few to
        // call the whole text wrapped.
        let text = "Prime Minister Yasuhiro Nakasone\nintervened to try to resolve Japan's escalating dispute with\nthe U.S. Over semiconductor trade, government officials said.";
        assert_eq!(split(text), [text]);
        let text = "The U.S. House of Representatives approved a trade bill on,\nThursday that would force retaliation against unfair trade.";
        assert_eq!(split(text), [text]);
        // A short line is a headline, a line ending with a period a paragraph.
        assert_eq!(split("Rebels seize town\nThe rebels seized the town."), ["Rebels seize town", "The rebels seized the town."]);
        assert_eq!(split("The rebels seized the town.\nthe army said nothing."), ["The rebels seized the town.", "the army said nothing."]);
    }

    #[test]
    fn over_long_sentences_are_cut_and_counted() {
        let clause = "the rebels attacked the town near the border, ";
        let text = format!("{}and left. Then it rained.", clause.repeat(1_000));
        let mut out = Vec::new();
        let cuts = SentenceSplitter::default().split(&text, &mut out);
        assert_eq!(cuts, out.len() - 2, "every piece of the long sentence but its last is a cut");
        assert!(cuts >= text.len() / MAX_SENTENCE_BYTES, "{cuts}");
        for r in &out {
            assert!(r.len() <= MAX_SENTENCE_BYTES, "{r:?}");
            assert_eq!(&text[r.clone()], text[r.clone()].trim());
        }
        assert!(text[out[0].clone()].ends_with(','), "cut after a clause mark");
        assert_eq!(&text[out[out.len() - 1].clone()], "Then it rained.");
        // Nothing lost: only white space lies between the pieces.
        for pair in out.windows(2) {
            assert!(text[pair[0].end..pair[1].start].trim().is_empty(), "{pair:?}");
        }
        assert_eq!(SentenceSplitter::default().split("A short one. Another.", &mut out), 0);
    }

    #[test]
    fn a_huge_sentence_is_cut_in_linear_time() {
        // 20 MB with no sentence end and no white space: quadratic cutting
        // would take hours; linear takes milliseconds.
        let text = "x".repeat(20 << 20);
        let mut out = Vec::new();
        let cuts = SentenceSplitter::default().split(&text, &mut out);
        assert_eq!(cuts + 1, out.len());
        assert_eq!(out.len(), text.len().div_ceil(MAX_SENTENCE_BYTES));
    }

    #[test]
    fn does_not_split_decimals_or_lower_case_continuations() {
        assert_eq!(split("It grew 3.5 percent. e.g. this."), ["It grew 3.5 percent. e.g. this."]);
    }
}
