use crate::normalise::normalise_in;
use crate::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// One token: byte offsets into the document and a slice of the shared
/// normalised buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    norm_start: u32,
    norm_end: u32,
    pub kind: TokenKind,
    /// First letter upper case in the original text.
    pub capitalised: bool,
    /// Every letter upper case (and at least one letter): an acronym.
    pub all_caps: bool,
}

/// Tokens of one sentence (or document) and their normalised forms. Reuse one
/// value across sentences: `clear` keeps the allocations.
#[derive(Debug, Default, Clone)]
pub struct Tokens {
    tokens: Vec<Token>,
    norm: String,
}

impl Tokens {
    pub fn clear(&mut self) {
        self.tokens.clear();
        self.norm.clear();
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    pub fn get(&self, i: usize) -> &Token {
        &self.tokens[i]
    }

    pub fn as_slice(&self) -> &[Token] {
        &self.tokens
    }

    /// The normalised form of token `i`.
    pub fn norm(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.norm[t.norm_start as usize..t.norm_end as usize]
    }

    /// Removes the quotation marks around one to three words inside a
    /// clause, right after a word ("MONUC had "captured" 400 soldiers",
    /// "Russia "annexed" Crimea", "being "leant on" by Downing Street"):
    /// scare quotes mark the writer's distance from a word, and left in
    /// they stand between a verb and its object. A quotation opens a
    /// sentence or follows punctuation ("said: "…"", ", "…"), and is kept.
    /// So is one after a word for which `cites` is true ("called "foreign
    /// fighters""). The token ranges the removed marks enclosed (in the new
    /// numbering) are appended to `quoted`.
    pub fn remove_scare_quotes(&mut self, cites: impl Fn(&str) -> bool, quoted: &mut Vec<(usize, usize)>) {
        const MAX_WORDS: usize = 3;
        let is_quote = |t: &Tokens, i: usize| t.norm(i) == "\"";
        let mut i = 1;
        while i + 2 < self.tokens.len() {
            let after_word = self.tokens[i - 1].kind != TokenKind::Punct && !cites(self.norm(i - 1));
            if !(is_quote(self, i) && after_word) {
                i += 1;
                continue;
            }
            let words = (i + 1..self.tokens.len().min(i + 2 + MAX_WORDS)).take_while(|&j| self.tokens[j].kind != TokenKind::Punct).count();
            let close = i + 1 + words;
            if words == 0 || words > MAX_WORDS || close >= self.tokens.len() || !is_quote(self, close) {
                i += 1;
                continue;
            }
            self.tokens.remove(close);
            self.tokens.remove(i);
            quoted.push((i, i + words));
            i += words;
        }
    }

    /// Removes tokens `range` (the normalised forms stay in the buffer,
    /// unreferenced, until `clear`).
    pub(crate) fn remove_range(&mut self, range: std::ops::Range<usize>) {
        self.tokens.drain(range);
    }

    fn push_in(&mut self, text: &str, start: usize, end: usize, kind: TokenKind, language: Language) {
        let word = &text[start..end];
        let norm_start = self.norm.len() as u32;
        normalise_in(word, &mut self.norm, language);
        let mut letters = word.chars().filter(|c| c.is_alphabetic()).peekable();
        let capitalised = letters.peek().is_some_and(|c| c.is_uppercase());
        let all_caps = capitalised && letters.all(|c| c.is_uppercase());
        self.tokens.push(Token {
            start: start as u32,
            end: end as u32,
            norm_start,
            norm_end: self.norm.len() as u32,
            kind,
            capitalised,
            all_caps,
        });
    }
}

/// The characters news text writes apostrophes with.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`')
}

/// Tokenises `text[range]`, appending to `out` tokens whose offsets index
/// `text` itself.
///
/// Splits on white space and punctuation; keeps dotted acronyms (`U.S.`) and
/// numbers (`1,200.5`) whole; splits the clitics `'s` and `n't` off their
/// word, and "cannot" into "can" and "not"; keeps other inner apostrophes (`d'Ivoire`, `O'Brien`). An
/// underscore separates words like a space: PETRARCH's texts join names
/// with it (`Dol_Amroth`).
pub fn tokenise(text: &str, range: std::ops::Range<usize>, out: &mut Tokens) {
    tokenise_in(text, range, out, Language::English);
}

/// Words French writes elided before a vowel, as one word with the next
/// ("l'armée", "qu'il", "jusqu'au"): with the apostrophe, a token of their
/// own in French text.
const FRENCH_ELISIONS: [&str; 14] = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"];

/// The form French writes `word` in before a vowel ("de" → "d'", "que" →
/// "qu'"), for a word that elides: one of [`FRENCH_ELISIONS`] with its "e"
/// ("le", "jusque"), or "la". A data file's phrase that ends with such a
/// word ("prévoit de", "a déclaré que") also stands in its elided form
/// ("prévoit d'attaquer").
pub fn french_elided(word: &str) -> Option<String> {
    let stem = if word.eq_ignore_ascii_case("la") { "l" } else { word.strip_suffix('e')? };
    FRENCH_ELISIONS.iter().find(|e| e.eq_ignore_ascii_case(stem)).map(|e| format!("{e}'"))
}

/// Where the elided word at the start of `text[start..word_end]` ends, its
/// apostrophe included, if the word opens with one ("l'" of "l'armée").
fn elision_end(text: &str, start: usize, word_end: usize) -> Option<usize> {
    let word = &text[start..word_end];
    let (at, apostrophe) = word.char_indices().find(|&(_, c)| is_apostrophe(c))?;
    let rest = start + at + apostrophe.len_utf8();
    let elided = &word[..at];
    let next_is_letter = rest < word_end && char_at(text, rest).is_alphabetic();
    (next_is_letter && FRENCH_ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(elided))).then_some(rest)
}

/// [`tokenise`] for text in `language`: in French an elided word is a token
/// of its own (see [`Language::splits_elisions`]).
pub fn tokenise_in(text: &str, range: std::ops::Range<usize>, out: &mut Tokens, language: Language) {
    let bytes = text.as_bytes();
    let end = range.end.min(text.len());
    let mut i = range.start;
    while i < end {
        let c = char_at(text, i);
        let len = c.len_utf8();
        if c.is_whitespace() || c == '_' {
            i += len;
        } else if c.is_alphanumeric() {
            let (word_end, kind) = scan_word(text, i, end);
            if language.splits_elisions() {
                if let Some(rest) = elision_end(text, i, word_end) {
                    out.push_in(text, i, rest, TokenKind::Word, language);
                    i = rest;
                    continue;
                }
                // A lone elided word, followed by a space or the end ("l'" written
                // as a literal of a French lexicon pattern, "l' armée"), is one
                // token with its apostrophe too.
                if word_end < end && is_apostrophe(char_at(text, word_end)) {
                    let a = word_end + char_at(text, word_end).len_utf8();
                    let lone = a >= end || !char_at(text, a).is_alphanumeric();
                    if lone && FRENCH_ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(&text[i..word_end])) {
                        out.push_in(text, i, a, TokenKind::Word, language);
                        i = a;
                        continue;
                    }
                }
            }
            // "cannot" → "can" + "not", as Universal Dependencies writes it
            // (the parser was trained on the two words).
            if text[i..word_end].eq_ignore_ascii_case("cannot") {
                out.push_in(text, i, i + 3, kind, language);
                out.push_in(text, i + 3, word_end, kind, language);
            } else {
                out.push_in(text, i, word_end, kind, language);
            }
            i = word_end;
        } else if is_apostrophe(c) && clitic_s(text, i + len, end) {
            let s_end = i + len + 1;
            out.push_in(text, i, s_end, TokenKind::Word, language);
            i = s_end;
        } else {
            out.push_in(text, i, i + len, TokenKind::Punct, language);
            i += len;
        }
        debug_assert!(i <= bytes.len());
    }
}

/// Is `text[i..]` an `s` that ends a word (the possessive or "it's")?
fn clitic_s(text: &str, i: usize, end: usize) -> bool {
    i < end
        && matches!(text.as_bytes()[i], b's' | b'S')
        && (i + 1 >= end || !char_at(text, i + 1).is_alphanumeric())
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// Scans a word or number starting at `start`; returns where it ends.
fn scan_word(text: &str, start: usize, end: usize) -> (usize, TokenKind) {
    if let Some(acronym_end) = dotted_acronym(text, start, end) {
        return (acronym_end, TokenKind::Word);
    }
    let numeric = text.as_bytes()[start].is_ascii_digit();
    let mut i = start;
    while i < end {
        let c = char_at(text, i);
        let len = c.len_utf8();
        if c.is_alphanumeric() {
            i += len;
            continue;
        }
        let next = if i + len < end { char_at(text, i + len) } else { ' ' };
        if numeric && matches!(c, ',' | '.') && next.is_ascii_digit() {
            i += len;
        } else if let Some(joined_end) = ampersand_initials_end(text, start, i, end) {
            // "AT&T", "M&S", "A&E": initials joined by an ampersand are one
            // name, as Universal Dependencies writes them.
            i = joined_end;
        } else if is_apostrophe(c) && next.is_alphanumeric() {
            // "didn't" → "did" + "n't"; "Faso's" → "Faso" + "'s".
            if clitic_s(text, i + len, end) {
                break;
            }
            if matches!(next, 't' | 'T')
                && i > start
                && matches!(text.as_bytes()[i - 1], b'n' | b'N')
                && (i + len + 1 >= end || !char_at(text, i + len + 1).is_alphanumeric())
            {
                return if i - 1 > start { (i - 1, TokenKind::Word) } else { (i + len + 1, TokenKind::Word) };
            }
            i += len;
        } else {
            break;
        }
    }
    (i, if numeric { TokenKind::Number } else { TokenKind::Word })
}

/// Where "AT&T", "M&S" end when `text[start..amp]` is one to three capital
/// letters and `amp` holds an ampersand followed by one to three capitals
/// that end the word; `None` otherwise ("R & B" with spaces, "Smith&Co").
fn ampersand_initials_end(text: &str, start: usize, amp: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let capitals = |from: usize, to: usize| to > from && to - from <= 3 && b[from..to].iter().all(u8::is_ascii_uppercase);
    if b.get(amp) != Some(&b'&') || !capitals(start, amp) {
        return None;
    }
    let after = amp + 1;
    let mut stop = after;
    while stop < end && b[stop].is_ascii_alphanumeric() {
        stop += 1;
    }
    let ends_word = stop >= end || !char_at(text, stop).is_alphanumeric();
    (capitals(after, stop) && ends_word).then_some(stop)
}

/// `U.S.`, `U.N.`, `e.g.`: single letters each followed by a period, at least
/// two of them.
fn dotted_acronym(text: &str, start: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = start;
    let mut letters = 0;
    while i + 1 < end && b[i].is_ascii_alphabetic() && b[i + 1] == b'.' {
        letters += 1;
        i += 2;
        if i < end && b[i].is_ascii_alphabetic() && (i + 1 >= end || b[i + 1] != b'.') {
            // "U.Sx": not an acronym after all.
            if i + 1 < end && b[i + 1].is_ascii_alphanumeric() {
                return None;
            }
        }
    }
    (letters >= 2).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_words_that_elide_and_their_elided_forms() {
        assert_eq!(french_elided("de").as_deref(), Some("d'"));
        assert_eq!(french_elided("que").as_deref(), Some("qu'"));
        assert_eq!(french_elided("Lorsque").as_deref(), Some("lorsqu'"));
        assert_eq!(french_elided("des"), None);
        assert_eq!(french_elided("pour"), None);
    }

    fn toks(s: &str) -> Vec<String> {
        let mut t = Tokens::default();
        tokenise(s, 0..s.len(), &mut t);
        (0..t.len()).map(|i| t.norm(i).to_owned()).collect()
    }

    #[test]
    fn splits_possessives_and_negation_clitics() {
        assert_eq!(toks("Burkina Faso’s junta"), ["burkina", "faso", "'s", "junta"]);
        assert_eq!(toks("they didn't go"), ["they", "did", "n't", "go"]);
        assert_eq!(toks("Japan cannot accept"), ["japan", "can", "not", "accept"]);
        assert_eq!(toks("Côte d'Ivoire"), ["cote", "d'ivoire"]);
    }

    fn french(s: &str) -> Vec<String> {
        let mut t = Tokens::default();
        tokenise_in(s, 0..s.len(), &mut t, Language::French);
        (0..t.len()).map(|i| t.norm(i).to_owned()).collect()
    }

    #[test]
    fn french_elisions_are_tokens_of_their_own() {
        // (French keeps the accent of a word's ending: `normalise_in`.)
        assert_eq!(french("l'armée malienne"), ["l'", "armée", "malienne"]);
        assert_eq!(french("Côte d’Ivoire"), ["cote", "d'", "ivoire"]);
        assert_eq!(french("qu'il n'a pas"), ["qu'", "il", "n'", "a", "pas"]);
        assert_eq!(french("jusqu'à L'Élysée"), ["jusqu'", "à", "l'", "elysée"]);
        // Not an elided word: kept whole, as in English.
        assert_eq!(french("aujourd'hui O'Brien"), ["aujourd'hui", "o'brien"]);
        // A lexicon literal written alone, or spaced from its word.
        assert_eq!(french("l'"), ["l'"]);
        assert_eq!(french("de|d' +"), ["de", "|", "d'", "+"]);
        assert_eq!(french("l' armée"), ["l'", "armée"]);
    }

    #[test]
    fn keeps_acronyms_and_numbers_whole() {
        assert_eq!(toks("the U.S. and 1,200.5 troops"), ["the", "u.s.", "and", "1,200.5", "troops"]);
        assert_eq!(toks("Lt. Col. Damiba"), ["lt", ".", "col", ".", "damiba"]);
    }

    #[test]
    fn keeps_initials_joined_by_an_ampersand_whole() {
        assert_eq!(toks("M&S and AT&T, A&E."), ["m&s", "and", "at&t", ",", "a&e", "."]);
        // Spaced, lower case, longer words or a trailing letter: split as before.
        assert_eq!(toks("R & B"), ["r", "&", "b"]);
        assert_eq!(toks("rock&roll Smith&Co ABCD&E AT&Tx"), ["rock", "&", "roll", "smith", "&", "co", "abcd", "&", "e", "at", "&", "tx"]);
    }

    #[test]
    fn splits_hyphens_and_quotes() {
        assert_eq!(toks("counter-terrorism “like a son”"), [
            "counter", "-", "terrorism", "\"", "like", "a", "son", "\""
        ]);
    }

    #[test]
    fn drops_scare_quotes_only() {
        let removed = |s: &str| {
            let mut t = Tokens::default();
            tokenise(s, 0..s.len(), &mut t);
            let mut quoted = Vec::new();
            t.remove_scare_quotes(|w| w == "called", &mut quoted);
            ((0..t.len()).map(|i| t.norm(i).to_owned()).collect::<Vec<_>>().join(" "), quoted)
        };
        assert_eq!(removed("MONUC had “captured” 400 soldiers"), ("monuc had captured 400 soldiers".to_owned(), vec![(2, 3)]));
        assert_eq!(removed("denied being \"leant on\" by Downing Street"), ("denied being leant on by downing street".to_owned(), vec![(2, 4)]));
        // Quotations: after punctuation, at the start, or longer than three words.
        assert_eq!(removed("He said: “We will win.”").1, vec![]);
        assert_eq!(removed("“Never,” he said").1, vec![]);
        assert_eq!(removed("she called it “a very bad deal” today").1, vec![]);
        assert_eq!(removed("what he called “suicide bombers”").1, vec![]);
    }

    proptest::proptest! {
        /// On any text, French tokens (elisions split, accents kept) lie in
        /// order inside the text, on character boundaries.
        #[test]
        fn french_tokens_stay_inside_the_text(text in "[a-zA-Z éÉàèù’'\\-.,«»]{0,60}|\\PC{0,40}") {
            let mut t = Tokens::default();
            tokenise_in(&text, 0..text.len(), &mut t, Language::French);
            let mut last = 0;
            for tok in t.as_slice() {
                let (a, b) = (tok.start as usize, tok.end as usize);
                proptest::prop_assert!(last <= a && a < b && b <= text.len());
                proptest::prop_assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
                last = b;
            }
        }

        /// On any text: tokens stay in order, only quotation marks go, and
        /// every recorded range lies inside the tokens left.
        #[test]
        fn scare_quote_removal_keeps_order(text in "[a-z \"“”,.]{0,60}") {
            let mut t = Tokens::default();
            tokenise(&text, 0..text.len(), &mut t);
            let before: Vec<String> = (0..t.len()).map(|i| t.norm(i).to_owned()).collect();
            let mut quoted = Vec::new();
            t.remove_scare_quotes(|_| false, &mut quoted);
            let after: Vec<String> = (0..t.len()).map(|i| t.norm(i).to_owned()).collect();
            let kept: Vec<&String> = before.iter().filter(|w| w.as_str() != "\"").collect();
            proptest::prop_assert_eq!(kept, after.iter().filter(|w| w.as_str() != "\"").collect::<Vec<_>>());
            proptest::prop_assert_eq!(before.len() - after.len(), 2 * quoted.len());
            for w in t.as_slice().windows(2) {
                proptest::prop_assert!(w[0].end <= w[1].start);
            }
            for &(a, b) in &quoted {
                proptest::prop_assert!(a < b && b <= t.len());
            }
        }
    }

    #[test]
    fn underscore_separates_words() {
        assert_eq!(toks("the Prince of Dol_Amroth"), ["the", "prince", "of", "dol", "amroth"]);
    }

    #[test]
    fn offsets_point_into_the_original() {
        let s = "Traoré’s guard";
        let mut t = Tokens::default();
        tokenise(s, 0..s.len(), &mut t);
        let words: Vec<&str> =
            t.as_slice().iter().map(|t| &s[t.start as usize..t.end as usize]).collect();
        assert_eq!(words, ["Traoré", "’s", "guard"]);
        assert!(t.get(0).capitalised && !t.get(0).all_caps);
    }
}
