//! Contractions: tokens a treebank writes as several words that the text
//! joins without an apostrophe (French `au` = `à le`, `du` = `de le`,
//! `aux` = `à les`, `auquel` = `à lequel`). Learned from the training
//! treebank's multiword tokens (`train::contractions`) and stored in the
//! model, as the clitics are: no language's list is written in the code.
//!
//! Some surfaces are also words of their own (French `des` is `de les` 511
//! times in Sequoia's training split and the determiner 267 times). For
//! those the model keeps what the treebank did after the previous word
//! (its lower-cased form, where seen at least twice, else its tag) and
//! what it did most often; the analyser tags a first reading to know the
//! previous word's tag (`Model::analyse_text`).

use rustc_hash::FxHashMap;

use crate::binio::{Reader, Writer};
use crate::hashing::hash_str;
use crate::words::is_apostrophe;
use crate::SyntaxError;

/// No treebank's contraction has more words; a model claiming more is
/// malformed.
const MAX_WORDS: usize = 4;
/// A previous-tag entry: no data, split, keep whole.
pub(crate) const NO_DATA: u8 = 0;
pub(crate) const SPLIT: u8 = 1;
pub(crate) const WHOLE: u8 = 2;

/// One surface form and the words it stands for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contraction {
    /// The lower-cased words, in order (`à`, `le`).
    pub words: Vec<String>,
    /// False when the surface is never (or almost never) a word of its
    /// own in the treebank: always split, no context asked.
    pub ambiguous: bool,
    /// What the treebank did most often.
    pub split_by_default: bool,
    /// By the previous word's tag (index into the model's tag set; the
    /// last entry is the sentence's start): `NO_DATA`, `SPLIT` or `WHOLE`.
    pub by_previous_tag: Vec<u8>,
    /// By the hash of the previous word's lower-cased form (`key_of`):
    /// split or not, for the previous words seen at least twice, sorted.
    pub by_previous_word: Vec<(u64, bool)>,
}

/// The model's contractions by lower-cased surface form, and how its
/// treebank writes hyphens: sitrep-text splits them (`counter` `-`
/// `terrorism`, as UD English does), UD French keeps a hyphenated word
/// whole (`après-midi`, `Jean-Claude`) and splits off only the pronouns
/// after a verb (`a` `-t-il`, `celle` `-ci`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contractions {
    by_surface: FxHashMap<String, Contraction>,
    /// Whether to join the tokens around a hyphen that touches both.
    joins_hyphens: bool,
    /// The words beginning with a hyphen split off a joined word
    /// (`-t-il`, `-il`, `-ci`), longest first.
    hyphen_suffixes: Vec<String>,
    /// Abbreviations the treebank writes with their period as one word
    /// (French `M.`, `Mme.`), folded, sorted; sitrep-text splits the
    /// period off.
    abbreviations: Vec<String>,
}

/// A surface or previous word as the table keys it: lower case, every
/// apostrophe as `'`.
pub(crate) fn fold_into(form: &str, out: &mut String) {
    out.clear();
    for c in form.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// The key of a previous word in `Contraction::by_previous_word`.
pub(crate) fn key_of(folded: &str) -> u64 {
    hash_str(folded)
}

impl Contractions {
    pub fn new(
        by_surface: FxHashMap<String, Contraction>,
        joins_hyphens: bool,
        hyphen_suffixes: Vec<String>,
        mut abbreviations: Vec<String>,
    ) -> Self {
        abbreviations.sort_unstable();
        abbreviations.dedup();
        Self { by_surface, joins_hyphens, hyphen_suffixes, abbreviations }
    }

    /// Nothing to do beyond the clitics (every English model).
    pub fn is_empty(&self) -> bool {
        self.by_surface.is_empty()
            && !self.joins_hyphens
            && self.hyphen_suffixes.is_empty()
            && self.abbreviations.is_empty()
    }

    pub fn abbreviations(&self) -> &[String] {
        &self.abbreviations
    }

    /// Whether `word` followed by a period is one of the abbreviations.
    fn is_abbreviation(&self, word: &str, folded: &mut String) -> bool {
        if self.abbreviations.is_empty() {
            return false;
        }
        fold_into(word, folded);
        folded.push('.');
        self.abbreviations.binary_search(folded).is_ok()
    }

    pub fn joins_hyphens(&self) -> bool {
        self.joins_hyphens
    }

    pub fn hyphen_suffixes(&self) -> &[String] {
        &self.hyphen_suffixes
    }

    /// The spans of `tokens` with each hyphen that touches a word on both
    /// sides joined to them (`après` `-` `midi` → `après-midi`), then the
    /// learned hyphen suffixes split off again (`a-t-il` → `a` `-t-il`),
    /// and a learned abbreviation's period joined to it (`M` `.` → `M.`),
    /// appended to `out`.
    pub(crate) fn join_tokens(&self, text: &str, tokens: &[sitrep_text::Token], out: &mut Vec<(u32, u32)>) {
        let is_hyphen = |t: &sitrep_text::Token| &text[t.start as usize..t.end as usize] == "-";
        let mut folded = String::new();
        let mut k = 0;
        while k < tokens.len() {
            let (start, mut end) = (tokens[k].start, tokens[k].end);
            let mut m = k;
            if !is_hyphen(&tokens[k]) && self.joins_hyphens {
                while m + 2 < tokens.len()
                    && is_hyphen(&tokens[m + 1])
                    && tokens[m + 1].start == tokens[m].end
                    && tokens[m + 2].start == tokens[m + 1].end
                    && !is_hyphen(&tokens[m + 2])
                {
                    m += 2;
                    end = tokens[m].end;
                }
            }
            if m + 1 < tokens.len()
                && tokens[m + 1].start == end
                && &text[tokens[m + 1].start as usize..tokens[m + 1].end as usize] == "."
                && self.is_abbreviation(&text[start as usize..end as usize], &mut folded)
            {
                m += 1;
                end = tokens[m].end;
                out.push((start, end));
                k = m + 1;
                continue;
            }
            let cut = if m > k { self.hyphen_suffix_at(&text[start as usize..end as usize]) } else { None };
            match cut {
                Some(c) => {
                    out.push((start, start + c as u32));
                    out.push((start + c as u32, end));
                }
                None => out.push((start, end)),
            }
            k = m + 1;
        }
    }

    /// Where a learned hyphen suffix begins in `word`, if one ends it and
    /// leaves something before it.
    fn hyphen_suffix_at(&self, word: &str) -> Option<usize> {
        let mut folded = String::new();
        fold_into(word, &mut folded);
        for suffix in &self.hyphen_suffixes {
            if folded.len() > suffix.len() && folded.ends_with(suffix.as_str()) {
                // Lower-casing may change a character's length: find the
                // same number of characters from the end of `word`.
                let n = suffix.chars().count();
                let at = word.char_indices().rev().nth(n - 1).map(|(i, _)| i)?;
                return (at > 0).then_some(at);
            }
        }
        None
    }

    pub fn len(&self) -> usize {
        self.by_surface.len()
    }

    /// The contraction a folded surface form stands for.
    pub fn get(&self, folded: &str) -> Option<&Contraction> {
        self.by_surface.get(folded)
    }

    /// The surfaces, sorted (for reports and a stable file).
    pub fn surfaces(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.by_surface.keys().map(String::as_str).collect();
        v.sort_unstable();
        v
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u8(self.joins_hyphens as u8);
        w.strs(&self.hyphen_suffixes);
        w.strs(&self.abbreviations);
        let surfaces = self.surfaces();
        w.u32(surfaces.len() as u32);
        for s in surfaces {
            let c = &self.by_surface[s];
            w.str(s);
            w.strs(&c.words);
            w.u8(c.ambiguous as u8 | (c.split_by_default as u8) << 1);
            w.bytes(&c.by_previous_tag);
            w.u64s(&c.by_previous_word.iter().map(|p| p.0).collect::<Vec<_>>());
            w.bytes(&c.by_previous_word.iter().map(|p| p.1 as u8).collect::<Vec<_>>());
        }
    }

    /// Reads the table; `n_tags` is the model's tag count (each
    /// `by_previous_tag` has one more entry, the sentence's start).
    pub(crate) fn read(r: &mut Reader, n_tags: usize) -> Result<Self, SyntaxError> {
        let bad = |what: &str| SyntaxError::Model(format!("contractions: {what}"));
        let joins_hyphens = match r.u8()? {
            0 => false,
            1 => true,
            other => return Err(bad(&format!("hyphen flag {other}"))),
        };
        let hyphen_suffixes = r.strs()?;
        if hyphen_suffixes.iter().any(|h| h.chars().count() < 2 || !h.starts_with('-') || h.contains(char::is_whitespace)) {
            return Err(bad("a hyphen suffix is malformed"));
        }
        let abbreviations = r.strs()?;
        if abbreviations.iter().any(|a| a.chars().count() < 2 || !a.ends_with('.') || a.contains(char::is_whitespace))
            || abbreviations.windows(2).any(|w| w[0] >= w[1])
        {
            return Err(bad("an abbreviation is malformed"));
        }
        let n = r.u32()? as usize;
        let mut by_surface = FxHashMap::default();
        for _ in 0..n {
            let surface = r.str()?.to_owned();
            let words = r.strs()?;
            if surface.is_empty() || surface.contains(char::is_whitespace) {
                return Err(bad("a surface form is empty or has white space"));
            }
            if words.len() < 2
                || words.len() > MAX_WORDS
                || words.iter().any(|w| w.is_empty() || w.contains(char::is_whitespace))
            {
                return Err(bad(&format!("`{surface}` has malformed words")));
            }
            let flags = r.u8()?;
            if flags > 3 {
                return Err(bad(&format!("`{surface}` has flags {flags}")));
            }
            let by_previous_tag = r.bytes()?.to_vec();
            if by_previous_tag.len() != n_tags + 1 || by_previous_tag.iter().any(|&v| v > WHOLE) {
                return Err(bad(&format!("`{surface}`'s tag table does not match the tag set")));
            }
            let keys = r.u64s()?;
            let values = r.bytes()?;
            if keys.len() != values.len()
                || values.iter().any(|&v| v > 1)
                || keys.windows(2).any(|k| k[0] >= k[1])
            {
                return Err(bad(&format!("`{surface}`'s word table is malformed")));
            }
            let c = Contraction {
                words,
                ambiguous: flags & 1 != 0,
                split_by_default: flags & 2 != 0,
                by_previous_tag,
                by_previous_word: keys.into_iter().zip(values.iter().map(|&v| v == 1)).collect(),
            };
            if by_surface.insert(surface, c).is_some() {
                return Err(bad("a surface form is there twice"));
            }
        }
        Ok(Self { by_surface, joins_hyphens, hyphen_suffixes, abbreviations })
    }
}

impl Contraction {
    /// Whether to split, given the previous word (folded; `None` at the
    /// sentence's start) and its tag (`None` when not yet tagged).
    pub fn splits(&self, previous: Option<&str>, previous_tag: Option<u8>) -> bool {
        if !self.ambiguous {
            return true;
        }
        if let Some(p) = previous {
            let key = key_of(p);
            if let Ok(i) = self.by_previous_word.binary_search_by(|e| e.0.cmp(&key)) {
                return self.by_previous_word[i].1;
            }
        }
        let start = self.by_previous_tag.len().saturating_sub(1);
        let at = match (previous, previous_tag) {
            (None, _) => Some(start),
            (Some(_), Some(t)) => Some(t as usize),
            (Some(_), None) => None,
        };
        match at.and_then(|i| self.by_previous_tag.get(i)) {
            Some(&SPLIT) => true,
            Some(&WHOLE) => false,
            _ => self.split_by_default,
        }
    }

    /// Appends the words of `surface` (as written) to `out`, each word in
    /// the case of the surface: `Au` → `À` `le`, `DU` → `DE` `le`, as the
    /// treebanks write them (only the first word takes the capitals).
    pub fn write_words(&self, surface: &str, out: &mut Vec<String>) {
        let mut letters = surface.chars().filter(|c| c.is_alphabetic());
        let first_upper = letters.next().is_some_and(char::is_uppercase);
        let all_upper = first_upper && surface.chars().filter(|c| c.is_alphabetic()).count() > 1
            && surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        for (k, w) in self.words.iter().enumerate() {
            if k == 0 && all_upper {
                out.push(w.to_uppercase());
            } else if k == 0 && first_upper {
                let mut c = w.chars();
                let first: String = c.next().map(|f| f.to_uppercase().collect()).unwrap_or_default();
                out.push(first + c.as_str());
            } else {
                out.push(w.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn des() -> Contraction {
        Contraction {
            words: vec!["de".into(), "les".into()],
            ambiguous: true,
            split_by_default: true,
            // tags 0 (NOUN) split, 1 (VERB) whole; the sentence's start whole.
            by_previous_tag: vec![SPLIT, WHOLE, WHOLE],
            by_previous_word: vec![(key_of("parler"), true)],
        }
    }

    #[test]
    fn context_decides_an_ambiguous_surface() {
        let d = des();
        assert!(d.splits(Some("ministre"), Some(0)));
        assert!(!d.splits(Some("tué"), Some(1)));
        assert!(d.splits(Some("parler"), Some(1)), "the word before outranks its tag");
        assert!(!d.splits(None, None), "sentence start");
        assert!(d.splits(Some("x"), None), "untagged: the default");
    }

    #[test]
    fn words_take_the_surface_case() {
        let au = Contraction { words: vec!["à".into(), "le".into()], ..Default::default() };
        let mut out = Vec::new();
        au.write_words("Au", &mut out);
        au.write_words("AU", &mut out);
        au.write_words("au", &mut out);
        assert_eq!(out, ["À", "le", "À", "le", "à", "le"]);
    }

    #[test]
    fn round_trip_and_refusals() {
        let mut m = FxHashMap::default();
        m.insert("des".to_owned(), des());
        let table = Contractions::new(m, true, vec!["-t-il".into(), "-il".into()], vec!["m.".into()]);
        let mut w = Writer::default();
        table.write(&mut w);
        let back = Contractions::read(&mut Reader::new(&w.bytes), 2).unwrap();
        assert_eq!(back, table);
        assert!(Contractions::read(&mut Reader::new(&w.bytes), 3).is_err(), "tag count");
        for cut in 0..w.bytes.len() {
            assert!(Contractions::read(&mut Reader::new(&w.bytes[..cut]), 2).is_err());
        }
    }

    #[test]
    fn hyphens_join_and_pronouns_split_off() {
        let table = Contractions::new(
            FxHashMap::default(),
            true,
            vec!["-t-il".into(), "-ci".into(), "-il".into()],
            vec!["m.".into(), "mme.".into()],
        );
        let words = |text: &str| {
            let mut tokens = sitrep_text::Tokens::default();
            sitrep_text::tokenise(text, 0..text.len(), &mut tokens);
            let mut out = Vec::new();
            table.join_tokens(text, tokens.as_slice(), &mut out);
            out.iter().map(|&(a, b)| text[a as usize..b as usize].to_owned()).collect::<Vec<_>>()
        };
        assert_eq!(words("l'après-midi"), ["l'après-midi"]);
        assert_eq!(words("Jean-Claude a-t-il vu Celle-ci ?"), ["Jean-Claude", "a", "-t-il", "vu", "Celle", "-ci", "?"]);
        assert_eq!(words("de 1 - 2"), ["de", "1", "-", "2"]);
        assert_eq!(words("-il"), ["-", "il"]);
        assert_eq!(words("A-"), ["A", "-"]);
        assert_eq!(words("M. Dupont et Mme. X. Fin."), ["M.", "Dupont", "et", "Mme.", "X", ".", "Fin", "."]);
    }
}
