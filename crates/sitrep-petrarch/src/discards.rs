//! Discard lists (`*.discards.txt`).
//!
//! Each line is a phrase; if it occurs in a sentence, PETRARCH codes nothing
//! from it (sports results, historical chronologies...). A leading `+`
//! discards the whole story instead. The phrase must start at a word
//! boundary; it may end inside a word (a stem) unless it ends in `_`, in
//! which case the match must be followed by a blank or punctuation.
//! Matching is case-insensitive (PETRARCH upper-cases both sides).
//!
//! ```text
//! MONTHS LATER                      sentence-level
//! +World Golf Championships         story-level
//! GROUP A_                          whole word at the end
//! ```

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{read_text, Diag, PetrarchError, Warning};
use crate::lines::logical_lines;

/// What a discard phrase suppresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DiscardScope {
    /// No `+`: the sentence that contains the phrase is not coded
    /// (PETRARCH-1 validation error `sentencediscard`).
    Sentence,
    /// `+`: no sentence of the story is coded (`storydiscard`).
    Story,
}

/// One discard phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discard {
    /// Consecutive words, upper-cased (split at blanks and `_`).
    pub words: Vec<String>,
    /// Sentence or story.
    pub scope: DiscardScope,
    /// The phrase ended in `_`: its last word must match a whole word;
    /// otherwise the last word is a prefix (stem) match.
    pub whole_word: bool,
    /// 1-based line.
    pub line: usize,
}

/// Reads a discards file strictly.
pub fn read_discards(path: impl AsRef<Path>) -> Result<Vec<Discard>, PetrarchError> {
    let path = path.as_ref();
    let (text, _) = read_text(path, false)?;
    parse_discards(&text, &path.display().to_string())
}

/// Reads a discards file leniently; errors only on I/O.
pub fn read_discards_lenient(
    path: impl AsRef<Path>,
) -> Result<(Vec<Discard>, Vec<Warning>), PetrarchError> {
    let path = path.as_ref();
    let (text, w) = read_text(path, true)?;
    let (v, mut warnings) = parse_discards_lenient(&text, &path.display().to_string());
    warnings.splice(0..0, w);
    Ok((v, warnings))
}

/// Parses discards-file text strictly; `file` names the source in messages.
pub fn parse_discards(text: &str, file: &str) -> Result<Vec<Discard>, PetrarchError> {
    let (v, diag) = parse_impl(text, file);
    diag.into_strict(v)
}

/// Parses discards-file text leniently, collecting warnings.
pub fn parse_discards_lenient(text: &str, file: &str) -> (Vec<Discard>, Vec<Warning>) {
    let (v, diag) = parse_impl(text, file);
    (v, diag.warnings)
}

fn parse_impl(text: &str, file: &str) -> (Vec<Discard>, Diag) {
    let mut diag = Diag::new(file);
    let mut out = Vec::new();
    for line in logical_lines(text) {
        let (scope, body) = match line.text.strip_prefix('+') {
            Some(b) => (DiscardScope::Story, b.trim()),
            None => (DiscardScope::Sentence, &*line.text),
        };
        let words: Vec<String> = body
            .split(|c: char| c == '_' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .map(str::to_uppercase)
            .collect();
        if words.is_empty() {
            diag.warn(line.no, line.raw, "empty discard phrase; skipped");
            continue;
        }
        out.push(Discard {
            words,
            scope,
            whole_word: body.ends_with('_'),
            line: line.no,
        });
    }
    (out, diag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_discards() {
        let src = "# Story-level discards are indicated with a '+'.\nMONTHS LATER\n+ World Golf Championships   # pas\nAFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB\nGROUP A_\n+\n";
        let (d, w) = parse_discards_lenient(src, "d.txt");
        assert_eq!(d.len(), 4);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, 6);
        assert_eq!(
            d[0],
            Discard {
                words: vec!["MONTHS".into(), "LATER".into()],
                scope: DiscardScope::Sentence,
                whole_word: false,
                line: 2
            }
        );
        assert_eq!(d[1].words, vec!["WORLD", "GOLF", "CHAMPIONSHIPS"]);
        assert_eq!(d[1].scope, DiscardScope::Story);
        assert_eq!(d[2].words.len(), 3);
        assert_eq!(
            (d[3].words.clone(), d[3].whole_word),
            (vec!["GROUP".to_string(), "A".to_string()], true)
        );
        assert!(parse_discards(src, "d.txt").is_err());
    }
}
