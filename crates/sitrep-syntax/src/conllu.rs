//! CoNLL-U (https://universaldependencies.org/format.html): reading
//! treebanks and gold-tokenised input, and writing analyses. Input is
//! outside data, so every malformed line is an error naming its line, never
//! a panic.

use std::io::{BufRead, Write};

use crate::analysis::Analysis;
use crate::SyntaxError;

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 1-based head, 0 for the root; `None` when the column is `_`.
    pub head: Option<usize>,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

/// A line of a sentence block, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// `# …`, kept verbatim.
    Comment(String),
    /// A multiword-token range (`1-2`) or an empty node (`8.1`), kept verbatim;
    /// `words` of a range are the word indices it covers.
    Other {
        raw: String,
        range: Option<(usize, usize)>,
    },
    /// The word at this index of `Sentence::words`.
    Word(usize),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    pub lines: Vec<Line>,
    pub words: Vec<Word>,
    /// Line number (1-based) of the block's first line.
    pub first_line: usize,
}

impl Sentence {
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|w| w.form.as_str())
    }

    /// Multiword tokens: (first word, last word, surface form), 0-based.
    pub fn multiword_tokens(&self) -> impl Iterator<Item = (usize, usize, &str)> {
        self.lines.iter().filter_map(|l| match l {
            Line::Other {
                raw,
                range: Some((a, b)),
            } => Some((*a, *b, raw.split('\t').nth(1).unwrap_or(""))),
            _ => None,
        })
    }

    /// Does the word have `SpaceAfter=No` in its MISC column?
    pub fn no_space_after(&self, i: usize) -> bool {
        self.words[i].misc.split('|').any(|m| m == "SpaceAfter=No")
    }

    /// Checks that heads form one tree (every head in range, one root, no
    /// cycle); used before training on a sentence.
    pub fn check_tree(&self) -> Result<(), String> {
        let n = self.words.len();
        let mut roots = 0;
        for (i, w) in self.words.iter().enumerate() {
            match w.head {
                None => return Err(format!("word {} has no head", i + 1)),
                Some(0) => roots += 1,
                Some(h) if h > n => {
                    return Err(format!("word {} has head {h} beyond the sentence", i + 1))
                }
                Some(h) if h == i + 1 => return Err(format!("word {} is its own head", i + 1)),
                _ => {}
            }
        }
        if roots != 1 {
            return Err(format!("{roots} roots"));
        }
        for start in 0..n {
            let mut at = start;
            for _ in 0..=n {
                match self.words[at].head {
                    Some(0) | None => break,
                    Some(h) => at = h - 1,
                }
            }
            if self.words[at].head != Some(0) {
                return Err(format!("word {} is in a cycle", start + 1));
            }
        }
        Ok(())
    }
}

/// Reads sentences one at a time.
pub struct Reader<R> {
    input: R,
    line_number: usize,
    buffer: String,
}

impl<R: BufRead> Reader<R> {
    pub fn new(input: R) -> Self {
        Self {
            input,
            line_number: 0,
            buffer: String::new(),
        }
    }

    fn error(&self, message: impl Into<String>) -> SyntaxError {
        SyntaxError::Conllu {
            line: self.line_number,
            message: message.into(),
        }
    }

    /// The next sentence, `None` at the end of the input.
    pub fn next_sentence(&mut self) -> Result<Option<Sentence>, SyntaxError> {
        let mut sentence = Sentence::default();
        loop {
            self.buffer.clear();
            let read = self
                .input
                .read_line(&mut self.buffer)
                .map_err(|e| self.error(format!("cannot read: {e}")))?;
            if read == 0 {
                return Ok((!sentence.lines.is_empty()).then_some(sentence));
            }
            self.line_number += 1;
            let line = self.buffer.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                if sentence.lines.is_empty() {
                    continue;
                }
                return Ok(Some(sentence));
            }
            if sentence.lines.is_empty() {
                sentence.first_line = self.line_number;
            }
            if line.starts_with('#') {
                sentence.lines.push(Line::Comment(line.to_owned()));
                continue;
            }
            let line = line.to_owned();
            let line = self.parse_word_line(&line, &mut sentence)?;
            sentence.lines.push(line);
        }
    }

    fn parse_word_line(&self, line: &str, sentence: &mut Sentence) -> Result<Line, SyntaxError> {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(self.error(format!(
                "{} columns, CoNLL-U has 10 separated by tabs",
                cols.len()
            )));
        }
        let id = cols[0];
        if id.contains('.') {
            return Ok(Line::Other {
                raw: line.to_owned(),
                range: None,
            });
        }
        if let Some((a, b)) = id.split_once('-') {
            let (a, b) = match (a.parse::<usize>(), b.parse::<usize>()) {
                (Ok(a), Ok(b)) if a >= 1 && b >= a => (a, b),
                _ => return Err(self.error(format!("bad multiword-token range `{id}`"))),
            };
            return Ok(Line::Other {
                raw: line.to_owned(),
                range: Some((a - 1, b - 1)),
            });
        }
        let expected = sentence.words.len() + 1;
        match id.parse::<usize>() {
            Ok(i) if i == expected => {}
            _ => return Err(self.error(format!("word ID `{id}`, expected {expected}"))),
        }
        if cols[1].is_empty() {
            return Err(self.error("empty FORM"));
        }
        let head = match cols[6] {
            "_" => None,
            h => Some(
                h.parse::<usize>()
                    .map_err(|_| self.error(format!("HEAD `{h}` is not a number")))?,
            ),
        };
        sentence.words.push(Word {
            form: cols[1].to_owned(),
            lemma: cols[2].to_owned(),
            upos: cols[3].to_owned(),
            xpos: cols[4].to_owned(),
            feats: cols[5].to_owned(),
            head,
            deprel: cols[7].to_owned(),
            deps: cols[8].to_owned(),
            misc: cols[9].to_owned(),
        });
        Ok(Line::Word(sentence.words.len() - 1))
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Sentence, SyntaxError>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_sentence().transpose()
    }
}

/// Writes `sentence` with the analysis's LEMMA, UPOS, HEAD and DEPREL; ID,
/// FORM and MISC as read, the other columns `_`; comments and multiword
/// lines as they were.
pub fn write_with_analysis(
    out: &mut impl Write,
    sentence: &Sentence,
    analysis: &Analysis,
) -> std::io::Result<()> {
    for line in &sentence.lines {
        match line {
            Line::Comment(c) => writeln!(out, "{c}")?,
            Line::Other { raw, .. } => writeln!(out, "{raw}")?,
            Line::Word(i) => {
                let w = &sentence.words[*i];
                write_word(out, analysis, *i, &w.form, &w.misc)?;
            }
        }
    }
    writeln!(out)
}

/// Writes one analysed word line.
pub fn write_word(
    out: &mut impl Write,
    a: &Analysis,
    i: usize,
    form: &str,
    misc: &str,
) -> std::io::Result<()> {
    let head = a.head(i).map_or(0, |h| h + 1);
    writeln!(
        out,
        "{}\t{}\t{}\t{}\t_\t_\t{}\t{}\t_\t{}",
        i + 1,
        form,
        a.lemma(i),
        a.upos(i),
        head,
        a.deprel(i),
        if misc.is_empty() { "_" } else { misc }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn reads_words_ranges_and_comments() {
        let mut r = Reader::new(SAMPLE.as_bytes());
        let s = r.next_sentence().unwrap().unwrap();
        assert_eq!(s.words.len(), 5);
        assert_eq!(s.lines.len(), 7);
        assert_eq!(s.multiword_tokens().collect::<Vec<_>>(), [(1, 2, "don't")]);
        assert!(s.no_space_after(3));
        assert!(s.check_tree().is_ok());
        assert!(r.next_sentence().unwrap().is_none());
    }

    #[test]
    fn malformed_lines_name_their_line() {
        for bad in [
            "1\tI\n",
            "2\tI\t_\t_\t_\t_\t0\troot\t_\t_\n",
            "1\tI\t_\t_\t_\t_\tx\troot\t_\t_\n",
            "0-x\ta\t_\t_\t_\t_\t_\t_\t_\t_\n",
        ] {
            let text = format!("# c\n{bad}");
            let err = Reader::new(text.as_bytes()).next_sentence().unwrap_err();
            assert!(err.to_string().contains("line 2"), "{err}");
        }
    }

    #[test]
    fn tree_checks() {
        let mut s = Reader::new(SAMPLE.as_bytes())
            .next_sentence()
            .unwrap()
            .unwrap();
        s.words[3].head = Some(1);
        assert!(s.check_tree().is_err());
    }
}
