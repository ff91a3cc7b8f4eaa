//! Word sequences with TABARI/PETRARCH connectors.

use serde::{Deserialize, Serialize};

/// The connector between two words of a phrase.
///
/// In TABARI and PETRARCH-1 a blank between two words of an actor, agent or
/// verb-pattern phrase means that other words may occur between them in the
/// text, while `_` means the words must be consecutive (PETRARCH-1
/// `actor_phrase_match()` and `verb_pattern_match()`). PETRARCH-2 ignores the
/// distinction for actors and agents (it splits on both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Join {
    /// `_`: the next word must follow immediately.
    Adjacent,
    /// blank: intervening words are allowed.
    Gap,
}

/// A sequence of words with the connector between each pair.
///
/// Invariant: `joins.len() == words.len().saturating_sub(1)`; `joins[i]` sits
/// between `words[i]` and `words[i + 1]`. Words are kept as written (the
/// dictionaries are upper case; PETRARCH upper-cases the text it matches).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Phrase {
    /// The words, in text order; never empty strings.
    pub words: Vec<String>,
    /// Connectors between consecutive words.
    pub joins: Vec<Join>,
}

impl Phrase {
    /// Parses `A_B C`: words split at blanks and `_`. A run of separators that
    /// contains a blank is a [`Join::Gap`], a run of only `_` is
    /// [`Join::Adjacent`] (so TABARI's ambiguous `_ ` reads as a blank, the
    /// rule PETRARCH applies to verb patterns). Leading and trailing `_`
    /// (TABARI's "whole word" marker, which PETRARCH ignores) are dropped.
    pub fn parse(s: &str) -> Phrase {
        let mut words = Vec::new();
        let mut joins = Vec::new();
        let mut pending: Option<Join> = None;
        for (tok, sep) in split_words(s) {
            if let Some(tok) = tok {
                if !words.is_empty() {
                    joins.push(pending.unwrap_or(Join::Gap));
                }
                words.push(tok.to_string());
                pending = None;
            }
            if let Some(sep) = sep {
                pending = Some(match (pending, sep) {
                    (Some(Join::Gap), _) | (_, Join::Gap) => Join::Gap,
                    _ => Join::Adjacent,
                });
            }
        }
        Phrase { words, joins }
    }

    /// A phrase whose words are all [`Join::Adjacent`].
    pub fn consecutive<I: IntoIterator<Item = String>>(words: I) -> Phrase {
        let words: Vec<String> = words.into_iter().collect();
        let joins = vec![Join::Adjacent; words.len().saturating_sub(1)];
        Phrase { words, joins }
    }

    /// True if there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words joined by single blanks (for display and map keys).
    pub fn text(&self) -> String {
        self.words.join(" ")
    }

    /// The phrase in dictionary notation (`_` for adjacent, blank for gap).
    pub fn notation(&self) -> String {
        let mut s = String::new();
        for (i, w) in self.words.iter().enumerate() {
            if i > 0 {
                s.push(if self.joins[i - 1] == Join::Adjacent {
                    '_'
                } else {
                    ' '
                });
            }
            s.push_str(w);
        }
        s
    }
}

/// Splits at blanks and `_`, yielding (word, separator) pairs in order.
fn split_words(s: &str) -> impl Iterator<Item = (Option<&str>, Option<Join>)> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .find(|c: char| c == '_' || c.is_whitespace())
            .unwrap_or(rest.len());
        let word = &rest[..end];
        let word = if word.is_empty() { None } else { Some(word) };
        if end == rest.len() {
            rest = "";
            return Some((word, None));
        }
        let c = rest[end..].chars().next().unwrap_or(' ');
        rest = &rest[end + c.len_utf8()..];
        Some((
            word,
            Some(if c == '_' { Join::Adjacent } else { Join::Gap }),
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_connectors() {
        let p = Phrase::parse("RADAGAST THE_BROWN_");
        assert_eq!(p.words, vec!["RADAGAST", "THE", "BROWN"]);
        assert_eq!(p.joins, vec![Join::Gap, Join::Adjacent]);
        assert_eq!(p.notation(), "RADAGAST THE_BROWN");
        let p = Phrase::parse("!MINIST! FOR_ YOUTH__AND");
        assert_eq!(p.words, vec!["!MINIST!", "FOR", "YOUTH", "AND"]);
        assert_eq!(p.joins, vec![Join::Gap, Join::Gap, Join::Adjacent]);
        assert!(Phrase::parse(" _ ").is_empty());
    }
}
