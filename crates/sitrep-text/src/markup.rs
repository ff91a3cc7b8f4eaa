//! Markup that wire copy keeps in its text. Reuters stories mark a company
//! and its stock ticker in angle brackets ("General Motors Corp <GM> said",
//! "<Hutchison Whampoa Ltd> and"), and the Reuters-21578 stories still
//! escape the bracket (`&lt;GM>`) and end with a control-character
//! reference (`&#3;`). Split into tokens, a ticker such as `&lt;ITSU.T>`
//! becomes six words between a name and what follows it ("Fujitsu Ltd's
//! <ITSU.T> plan"), which a parser reads as a conjunct or a new subject.

use crate::tokens::{TokenKind, Tokens};

/// The most tokens a bracketed company name or ticker spans, brackets
/// included ("&lt;Union Faith Canada Holding Ltd>" is 9).
const MAX_SPAN: usize = 14;

impl Tokens {
    /// Removes stock tickers in angle brackets (`<GM>`, `&lt;ITSU.T>`:
    /// no space inside), the brackets around a company's name (its words
    /// stay), and numeric character references (`&#3;`). Tokens keep their
    /// offsets into the text; only the removed ones are gone.
    pub fn remove_company_markup(&mut self) {
        let mut i = 0;
        while i < self.len() {
            if let Some(len) = self.character_reference(i) {
                self.remove_range(i..i + len);
                continue;
            }
            let Some(open) = self.open_bracket(i) else {
                i += 1;
                continue;
            };
            let Some(close) = (i + open..self.len().min(i + MAX_SPAN)).find(|&j| self.norm(j) == ">") else {
                i += 1;
                continue;
            };
            let inside = i + open..close;
            // The brackets hug a name or ticker: "<GM>", "<Hutchison Whampoa
            // Ltd>", never "x < 3 and y > 4".
            let hugged = !inside.is_empty()
                && self.get(inside.start).start == self.get(inside.start - 1).end
                && self.get(close).start == self.get(close - 1).end
                && (self.get(inside.start).capitalised || self.get(inside.start).kind == TokenKind::Number);
            if !hugged || inside.clone().any(|j| matches!(self.norm(j), "<" | "&" | ";" | "," | "\"")) {
                i += 1;
                continue;
            }
            let contiguous = (i + 1..=close).all(|j| self.get(j).start == self.get(j - 1).end);
            if contiguous {
                self.remove_range(i..close + 1);
            } else {
                self.remove_range(close..close + 1);
                self.remove_range(i..i + open);
                i = close - open;
            }
        }
    }

    /// How many tokens the opening bracket at `i` spans: `<`, or `&lt;`
    /// written without spaces.
    fn open_bracket(&self, i: usize) -> Option<usize> {
        match self.norm(i) {
            "<" => Some(1),
            "&" if self.adjacent(i, &["lt", ";"]) => Some(3),
            _ => None,
        }
    }

    /// How many tokens a numeric character reference (`&#3;`) at `i` spans.
    fn character_reference(&self, i: usize) -> Option<usize> {
        (self.norm(i) == "&"
            && i + 3 < self.len()
            && self.norm(i + 1) == "#"
            && self.get(i + 2).kind == TokenKind::Number
            && self.norm(i + 3) == ";"
            && (i + 1..i + 4).all(|j| self.get(j).start == self.get(j - 1).end))
        .then_some(4)
    }

    /// Do the tokens after `i` read `words`, each right after the one
    /// before it?
    fn adjacent(&self, i: usize, words: &[&str]) -> bool {
        i + words.len() < self.len()
            && words.iter().enumerate().all(|(k, w)| {
                let j = i + 1 + k;
                self.norm(j) == *w && self.get(j).start == self.get(j - 1).end
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::tokens::{tokenise, Tokens};

    fn cleaned(s: &str) -> String {
        let mut t = Tokens::default();
        tokenise(s, 0..s.len(), &mut t);
        t.remove_company_markup();
        t.as_slice().iter().map(|t| &s[t.start as usize..t.end as usize]).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn removes_tickers_and_brackets_around_names() {
        assert_eq!(cleaned("fighting Fujitsu Ltd's &lt;ITSU.T> plan"), "fighting Fujitsu Ltd 's plan");
        assert_eq!(cleaned("General Motors Corp <GM> said"), "General Motors Corp said");
        assert_eq!(cleaned("owned by &lt;Hutchison Whampoa Ltd> and"), "owned by Hutchison Whampoa Ltd and");
        assert_eq!(cleaned("Shr 12 cts vs 10 cts\n &#3;"), "Shr 12 cts vs 10 cts");
    }

    #[test]
    fn leaves_comparisons_and_lone_brackets() {
        assert_eq!(cleaned("if x < 3 and y > 4"), "if x < 3 and y > 4");
        assert_eq!(cleaned("A &amp; B"), "A & amp ; B");
        assert_eq!(cleaned("growth of <5%, he said >"), "growth of < 5 % , he said >");
    }

    proptest::proptest! {
        /// On any text: what is left is a subsequence of the tokens, in order.
        #[test]
        fn removal_keeps_order(text in "[A-Za-z0-9 <>&;#.,]{0,60}") {
            let mut t = Tokens::default();
            tokenise(&text, 0..text.len(), &mut t);
            let before: Vec<(u32, u32)> = t.as_slice().iter().map(|t| (t.start, t.end)).collect();
            t.remove_company_markup();
            let mut rest = before.iter();
            for tok in t.as_slice() {
                proptest::prop_assert!(rest.any(|&(s, e)| s == tok.start && e == tok.end));
            }
        }
    }
}
