//! The verbs dictionary (PETRARCH-1/TABARI `PETR.Validate.verbs.txt` and
//! PETRARCH-2 `CAMEO.2.0.txt`).
//!
//! A file is a sequence of synsets (`&NAME` followed by `+member` lines),
//! verb blocks (`--- NAME [CODE] ---`, then verb lines, then `- ...`
//! pattern lines) and, in PETRARCH-2, transformations (`~ ... = ...`).

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{read_text, Diag, PetrarchError, Warning};
use crate::forms::{regular_verb_forms, synset_plural, FormRule};
use crate::lines::{logical_lines, Line};
use crate::phrase::Phrase;
use crate::verb_pattern::{parse_pattern, VerbPattern};

/// Which verb-pattern syntax a file uses. Blocks, verbs and synsets are
/// the same in both; patterns differ (see [`crate::PatternElem`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VerbFormat {
    /// PETRARCH-1 / TABARI linear patterns: words split at blanks and `_`,
    /// `_` meaning "adjacent"; a `{` in a pattern is a TABARI disjunction
    /// (PETRARCH-1 skips those patterns).
    Petrarch1,
    /// PETRARCH-2: blank-separated tokens with `(...)` prepositional and
    /// `{...}` noun-phrase groups.
    Petrarch2,
}

impl VerbFormat {
    /// Guesses the format: PETRARCH-2 if any pattern line has a `(` group
    /// or the file has a `~` transformation line, else PETRARCH-1.
    pub fn detect(text: &str) -> VerbFormat {
        let v2 = logical_lines(text).iter().any(|l| {
            let t = &l.text;
            t.starts_with('~')
                || (t.starts_with('-')
                    && !t.starts_with("---")
                    && t.split('[').next().unwrap_or("").contains('('))
        });
        if v2 {
            VerbFormat::Petrarch2
        } else {
            VerbFormat::Petrarch1
        }
    }
}

/// A whole verbs dictionary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerbDictionary {
    /// The pattern syntax the file was read with.
    pub format: VerbFormat,
    /// Synsets by name (without `&` and without the trailing `_`). A later
    /// definition of the same name replaces the earlier one, as in PETRARCH.
    pub synsets: BTreeMap<String, Synset>,
    /// Verb blocks in file order. The same verb may head two blocks
    /// (`SHOT` in the validation file); PETRARCH-1 then keeps only the
    /// later block's code and patterns.
    pub verbs: Vec<VerbBlock>,
    /// PETRARCH-2 verb transformations (`~` lines), in file order.
    pub transformations: Vec<Transformation>,
}

/// A synonym set, `&NAME` followed by `+member` lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Synset {
    /// Name without `&` and trailing `_`.
    pub name: String,
    /// The label ended in `_`: PETRARCH generates no plurals for any member.
    pub no_plural: bool,
    /// Members in file order.
    pub members: Vec<SynsetMember>,
    /// 1-based line of the label.
    pub line: usize,
}

/// One `+member` of a synset: a phrase whose words must be consecutive in
/// the text (PETRARCH-1 turns `_` into blanks and matches the words in a
/// row). PETRARCH-2 instead turns a `_`-joined member into a noun phrase
/// `{...}`; the joins are kept so either reading can be applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SynsetMember {
    /// The words as written.
    pub phrase: Phrase,
    /// The member ended in `_`: no plural is generated for it.
    pub no_plural: bool,
    /// 1-based line.
    pub line: usize,
}

impl SynsetMember {
    /// `Some(NAME)` if the member is a lone `&NAME`: a TABARI nested synset
    /// (the validation file's `&ACCORDSYN`), which PETRARCH does not expand.
    pub fn synset_ref(&self) -> Option<&str> {
        match self.phrase.words.as_slice() {
            [w] => w.strip_prefix('&').map(|s| s.trim_end_matches('_')),
            _ => None,
        }
    }
}

impl Synset {
    /// The phrases the synset matches in PETRARCH-1: every member plus,
    /// unless suppressed by `_` or the member is a nested synset, the member
    /// with its last word made plural by [`synset_plural`].
    pub fn phrases(&self) -> Vec<Phrase> {
        let mut out = Vec::new();
        for m in &self.members {
            out.push(m.phrase.clone());
            if !self.no_plural && !m.no_plural && m.synset_ref().is_none() {
                let mut p = m.phrase.clone();
                if let Some(last) = p.words.last_mut() {
                    *last = synset_plural(last);
                    out.push(p);
                }
            }
        }
        out
    }
}

/// A verb block: `--- NAME [CODE] ---`, its verbs and its patterns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerbBlock {
    /// The description between the dashes (`ABANDON`, `LASH OUT`,
    /// `EXPLAIN_VERBAL`); PETRARCH-2 uses its first word as the block key.
    pub name: String,
    /// The header's code (the first `[...]`; PETRARCH ignores any further
    /// one). `None` when absent, which PETRARCH treats as the null code
    /// `---`. It is the default code of every verb without its own.
    pub code: Option<String>,
    /// The verb word of the first verb line: PETRARCH-1's key for the
    /// block (`theverb`). Empty if the block has no verb lines.
    pub head: String,
    /// The verb lines, in order; the first is the primary verb.
    pub verbs: Vec<VerbEntry>,
    /// Patterns in file order (PETRARCH-1 tries them in this order).
    pub patterns: Vec<VerbPattern>,
    /// 1-based line of the header.
    pub line: usize,
    /// The header line, trimmed.
    pub raw: String,
}

impl VerbBlock {
    /// The code a verb of this block carries on its own: its `[code]` if
    /// it has one, else the header code (`None` = null code).
    pub fn code_for<'a>(&'a self, entry: &'a VerbEntry) -> Option<&'a str> {
        entry.code.as_deref().or(self.code.as_deref())
    }
}

/// A verb (possibly multi-word) with its phrase position marked.
///
/// `+CORDON_OFF`, `WIRE_+TAP`: the `+` word is the one the parser tags as
/// the verb; the other words must be adjacent (`_`). A TABARI-style
/// `LASH OUT` (blank, no `+`) has its first word as the verb.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerbPhrase {
    /// All words, `+` removed.
    pub phrase: Phrase,
    /// Index in `phrase.words` of the verb word.
    pub verb_index: usize,
}

impl VerbPhrase {
    /// The verb word ("" if `verb_index` is out of range).
    pub fn verb(&self) -> &str {
        self.phrase
            .words
            .get(self.verb_index)
            .map_or("", String::as_str)
    }
    /// Words before the verb (`WIRE` in `WIRE_+TAP`).
    pub fn before(&self) -> &[String] {
        &self.phrase.words[..self.verb_index.min(self.phrase.words.len())]
    }
    /// Words after the verb (`OFF` in `+CORDON_OFF`).
    pub fn after(&self) -> &[String] {
        &self.phrase.words[(self.verb_index + 1).min(self.phrase.words.len())..]
    }
    /// True for multi-word verbs.
    pub fn is_multiword(&self) -> bool {
        self.phrase.words.len() > 1
    }

    fn parse(s: &str) -> Result<VerbPhrase, &'static str> {
        let mut phrase = Phrase::parse(s);
        let marked: Vec<usize> = (0..phrase.words.len())
            .filter(|&i| phrase.words[i].starts_with('+'))
            .collect();
        for &i in &marked {
            phrase.words[i] = phrase.words[i].trim_start_matches('+').to_string();
        }
        if phrase.words.is_empty() || phrase.words.iter().any(|w| w.is_empty()) {
            return Err("empty verb");
        }
        if marked.len() > 1 {
            return Err("more than one `+` verb marker");
        }
        Ok(VerbPhrase {
            verb_index: marked.first().copied().unwrap_or(0),
            phrase,
        })
    }
}

/// One verb line of a block: `VERB {FORMS} [CODE]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerbEntry {
    /// The verb (base form).
    pub phrase: VerbPhrase,
    /// `{...}` irregular forms. `None`: no braces, PETRARCH generates the
    /// regular forms ([`regular_verb_forms`]). `Some(v)`: exactly these
    /// forms besides the base (`{}` = none at all).
    pub forms: Option<Vec<VerbPhrase>>,
    /// The verb's own `[code]`, overriding the block code.
    pub code: Option<String>,
    /// 1-based line.
    pub line: usize,
    /// The source line, trimmed.
    pub raw: String,
}

impl VerbEntry {
    /// Every surface form PETRARCH recognises for this verb: the base, then
    /// the `{...}` forms or the regular forms of the verb word (other words
    /// of a multi-word verb unchanged).
    pub fn surface_forms(&self, rule: FormRule) -> Vec<VerbPhrase> {
        let mut out = vec![self.phrase.clone()];
        match &self.forms {
            Some(forms) => out.extend(forms.iter().cloned()),
            None => {
                for f in regular_verb_forms(self.phrase.verb(), rule) {
                    let mut p = self.phrase.clone();
                    if let Some(w) = p.phrase.words.get_mut(p.verb_index) {
                        *w = f;
                        out.push(p);
                    }
                }
            }
        }
        out
    }
}

/// A PETRARCH-2 transformation, `~ a (a b ATTACK) SAY = a b 015`: a nested
/// verb/actor configuration (left) rewritten into a single event (right).
/// Kept as tokens; parentheses are separate tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transformation {
    /// Tokens left of `=`.
    pub lhs: Vec<String>,
    /// Tokens right of `=`.
    pub rhs: Vec<String>,
    /// 1-based line.
    pub line: usize,
    /// The source line, trimmed.
    pub raw: String,
}

/// Reads a verbs file strictly (format auto-detected).
pub fn read_verbs(path: impl AsRef<Path>) -> Result<VerbDictionary, PetrarchError> {
    let path = path.as_ref();
    let (text, _) = read_text(path, false)?;
    parse_verbs(&text, &path.display().to_string())
}

/// Reads a verbs file leniently (format auto-detected); errors only on I/O.
pub fn read_verbs_lenient(
    path: impl AsRef<Path>,
) -> Result<(VerbDictionary, Vec<Warning>), PetrarchError> {
    let path = path.as_ref();
    let (text, w) = read_text(path, true)?;
    let (dict, mut warnings) = parse_verbs_lenient(&text, &path.display().to_string());
    warnings.splice(0..0, w);
    Ok((dict, warnings))
}

/// Parses verbs-file text strictly; `file` names the source in messages.
pub fn parse_verbs(text: &str, file: &str) -> Result<VerbDictionary, PetrarchError> {
    let (dict, diag) = parse_impl(text, file, VerbFormat::detect(text));
    diag.into_strict(dict)
}

/// Parses verbs-file text leniently, collecting warnings.
pub fn parse_verbs_lenient(text: &str, file: &str) -> (VerbDictionary, Vec<Warning>) {
    parse_verbs_as(text, file, VerbFormat::detect(text))
}

/// Parses verbs-file text leniently in the given format.
pub fn parse_verbs_as(
    text: &str,
    file: &str,
    format: VerbFormat,
) -> (VerbDictionary, Vec<Warning>) {
    let (dict, diag) = parse_impl(text, file, format);
    (dict, diag.warnings)
}

fn parse_impl(text: &str, file: &str, format: VerbFormat) -> (VerbDictionary, Diag) {
    let raws: Vec<&str> = text.lines().collect();
    let mut diag = Diag::new(file);
    let mut dict = VerbDictionary {
        format,
        synsets: BTreeMap::new(),
        verbs: Vec::new(),
        transformations: Vec::new(),
    };
    let mut block: Option<VerbBlock> = None;
    let mut synset: Option<Synset> = None;
    // (synset name, line of use) for the reference check
    let mut uses: Vec<(String, usize, String)> = Vec::new();
    for line in logical_lines(text) {
        let t: &str = &line.text;
        if let (Some(s), Some(member)) = (synset.as_mut(), t.strip_prefix('+')) {
            let member = member.trim();
            let phrase = Phrase::parse(member);
            if phrase.is_empty() {
                diag.warn(line.no, line.raw, "empty synset member; skipped");
            } else {
                let m = SynsetMember {
                    no_plural: member.ends_with('_'),
                    phrase,
                    line: line.no,
                };
                if let Some(r) = m.synset_ref() {
                    uses.push((r.to_string(), line.no, line.raw.to_string()));
                }
                s.members.push(m);
            }
            continue;
        }
        if let Some(s) = synset.take() {
            finish_synset(s, &mut dict, &mut diag, &raws);
        }
        if t.starts_with("---") {
            finish_block(block.take(), &mut dict, &mut diag);
            block = Some(parse_header(&line, &mut diag));
        } else if t.starts_with('-') {
            match block.as_mut() {
                None => diag.warn(line.no, line.raw, "pattern outside a verb block; skipped"),
                Some(b) => {
                    if let Some(p) = parse_pattern(&line, format, &mut diag) {
                        uses.extend(
                            p.synsets()
                                .iter()
                                .map(|s| (s.to_string(), line.no, line.raw.to_string())),
                        );
                        b.patterns.push(p);
                    }
                }
            }
        } else if let Some(label) = t.strip_prefix('&') {
            let name = label.trim_end_matches('_');
            if name.is_empty() || name.contains(char::is_whitespace) {
                diag.warn(
                    line.no,
                    line.raw,
                    "malformed synset label; its members are skipped",
                );
            }
            synset = Some(Synset {
                name: name.to_string(),
                no_plural: label.ends_with('_'),
                members: Vec::new(),
                line: line.no,
            });
        } else if let Some(body) = t.strip_prefix('~') {
            match body.split_once('=') {
                Some((l, r)) => dict.transformations.push(Transformation {
                    lhs: l
                        .replace('(', " ( ")
                        .replace(')', " ) ")
                        .split_whitespace()
                        .map(String::from)
                        .collect(),
                    rhs: r.split_whitespace().map(String::from).collect(),
                    line: line.no,
                    raw: line.raw.trim().to_string(),
                }),
                None => diag.warn(line.no, line.raw, "transformation without `=`; skipped"),
            }
        } else {
            match block.as_mut() {
                None => diag.warn(line.no, line.raw, "verb outside a verb block; skipped"),
                Some(b) => {
                    if let Some(v) = parse_verb_line(&line, &mut diag) {
                        if b.verbs.is_empty() {
                            b.head = v.phrase.verb().to_string();
                        }
                        b.verbs.push(v);
                    }
                }
            }
        }
    }
    if let Some(s) = synset.take() {
        finish_synset(s, &mut dict, &mut diag, &raws);
    }
    finish_block(block, &mut dict, &mut diag);
    for (name, no, raw) in uses {
        match dict.synsets.get(&name) {
            None => diag.warn(no, &raw, format!("undefined synset &{name} (PETRARCH-1 skips the pattern)")),
            Some(s) if s.line > no => {
                diag.warn(no, &raw, format!("synset &{name} is used before its definition (line {}); PETRARCH-1 skips the pattern", s.line))
            }
            Some(_) => {}
        }
    }
    diag.warnings.sort_by_key(|w| w.line);
    (dict, diag)
}

fn finish_synset(s: Synset, dict: &mut VerbDictionary, diag: &mut Diag, raws: &[&str]) {
    if s.name.is_empty() || s.name.contains(char::is_whitespace) {
        return;
    }
    if s.members.is_empty() {
        let raw = raws.get(s.line - 1).copied().unwrap_or("");
        diag.warn(s.line, raw, format!("synset &{} has no members", s.name));
    }
    if let Some(old) = dict.synsets.get(&s.name) {
        let raw = raws.get(s.line - 1).copied().unwrap_or("");
        diag.warn(
            s.line,
            raw,
            format!(
                "synset &{} redefined (first at line {}); the later definition is kept",
                s.name, old.line
            ),
        );
    }
    dict.synsets.insert(s.name.clone(), s);
}

fn finish_block(block: Option<VerbBlock>, dict: &mut VerbDictionary, diag: &mut Diag) {
    if let Some(b) = block {
        if b.verbs.is_empty() {
            diag.warn(b.line, &b.raw, "verb block has no verbs");
        }
        dict.verbs.push(b);
    }
}

/// Splits `text` at its first `[...]`: (before, code). Warns on a missing
/// `]` (taking the rest as the code) and, if `strict_tail`, on text after it.
fn split_code<'a>(
    text: &'a str,
    line: &Line<'_>,
    diag: &mut Diag,
    strict_tail: bool,
) -> (&'a str, Option<String>) {
    let Some(open) = text.find('[') else {
        return (text, None);
    };
    let rest = &text[open + 1..];
    let code = match rest.find(']') {
        Some(close) => {
            if strict_tail && !rest[close + 1..].trim().is_empty() {
                diag.warn(line.no, line.raw, "text after the [code] ignored");
            }
            &rest[..close]
        }
        None => {
            diag.warn(
                line.no,
                line.raw,
                "missing ']'; rest of line taken as the code",
            );
            rest
        }
    };
    (&text[..open], Some(code.trim().to_string()))
}

fn parse_header(line: &Line<'_>, diag: &mut Diag) -> VerbBlock {
    let inner = line.text.trim_matches('-');
    let (name, code) = split_code(inner, line, diag, false);
    VerbBlock {
        name: name.trim().to_string(),
        code,
        head: String::new(),
        verbs: Vec::new(),
        patterns: Vec::new(),
        line: line.no,
        raw: line.raw.trim().to_string(),
    }
}

fn parse_verb_line(line: &Line<'_>, diag: &mut Diag) -> Option<VerbEntry> {
    let (spec, code) = split_code(&line.text, line, diag, true);
    let (head, forms_text) = match spec.find('{') {
        None => (spec, None),
        Some(open) => {
            let rest = &spec[open + 1..];
            let forms = match rest.find('}') {
                Some(close) => {
                    if !rest[close + 1..].trim().is_empty() {
                        diag.warn(line.no, line.raw, "text after `}` ignored");
                    }
                    &rest[..close]
                }
                None => {
                    diag.warn(
                        line.no,
                        line.raw,
                        "missing `}`; rest of line taken as the forms",
                    );
                    rest
                }
            };
            (&spec[..open], Some(forms))
        }
    };
    let phrase = match VerbPhrase::parse(head) {
        Ok(p) => p,
        Err(e) => {
            diag.warn(line.no, line.raw, format!("{e}; verb skipped"));
            return None;
        }
    };
    let forms = forms_text.map(|ft| {
        let mut forms = Vec::new();
        for f in ft.split_whitespace() {
            match VerbPhrase::parse(f) {
                Ok(fp) if phrase.is_multiword() && fp.is_multiword() && !f.contains('+') => {
                    diag.warn(line.no, line.raw, format!("form `{f}` of a multi-word verb lacks the `+` marker; form skipped (as PETRARCH does)"));
                    let _ = fp;
                }
                Ok(fp) => forms.push(fp),
                Err(e) => diag.warn(line.no, line.raw, format!("form `{f}`: {e}; form skipped")),
            }
        }
        forms
    });
    Some(VerbEntry {
        phrase,
        forms,
        code,
        line: line.no,
        raw: line.raw.trim().to_string(),
    })
}

#[cfg(test)]
mod tests;
