//! PETRARCH/TABARI dictionaries as a sitrep lexicon.
//!
//! The dictionaries replace the built-in actors, role nouns and verb
//! patterns; the closed-class knowledge of `lexicon/en` (cues, irregular
//! verbs, abbreviations, dates) and the CAMEO table stay, since PETRARCH's
//! dictionaries do not carry them. How each construct maps:
//!
//! - actors: every name phrase of an entry, with its dated codes (dated
//!   codes first, so that a date inside a range wins over the default);
//!   `[FRO/BIL/SAM]` names several actors at once, each coded;
//! - agents: `~GOV` becomes the role `GOV` appended to the actor's code;
//!   `NGO~` a prefix role, written `NGO~` in the compiled lexicon;
//! - verbs: each verb of a block with its surface forms is a pattern of the
//!   block's code; each `- pre * post [code]` line a pattern tried before it.
//!   Words joined by `_` must be adjacent; a blank allows a gap of a few
//!   words; `&SYNSET` any member phrase; `$`/`+` the source/target slots;
//!   `^` one noun phrase skipped, `%` a compound actor whose members are coded with one
//!   another. `[---]` matches and codes nothing; `[a:b]` codes
//!   source→target with `a` and target→source with `b`; a pattern whose
//!   code is not CAMEO-like (`+++`, `025?`) is left out with a warning;
//! - discards: phrases whose presence drops the sentence (or, for story
//!   discards, the document).

use std::path::{Path, PathBuf};

use sitrep_model::CameoCode;
use sitrep_petrarch as p;

use crate::pattern::PatternElem;
use crate::source::{ActorEntry, AgentEntry, DatedCode, LexiconSource, VerbEntry};
use crate::LexiconError;

/// Which PETRARCH files to load.
#[derive(Debug, Clone, Default)]
pub struct PetrarchFiles {
    pub verbs: Option<PathBuf>,
    pub actors: Vec<PathBuf>,
    pub agents: Option<PathBuf>,
    pub discards: Option<PathBuf>,
}

impl PetrarchFiles {
    pub fn is_empty(&self) -> bool {
        self.verbs.is_none() && self.actors.is_empty() && self.agents.is_none() && self.discards.is_none()
    }
}

/// A phrase to discard and whether it drops the whole document.
#[derive(Debug, Clone)]
pub struct DiscardEntry {
    pub phrase: String,
    pub story: bool,
}

fn convert_err(e: p::PetrarchError) -> LexiconError {
    match e {
        p::PetrarchError::Io { file, source } => LexiconError::Io { path: file.into(), source },
        p::PetrarchError::Invalid { file, line, entry, message } => {
            LexiconError::entry(Path::new(&file), line, &entry, message)
        }
    }
}

impl LexiconSource {
    /// Loads PETRARCH dictionaries over the built-in closed-class lexicon.
    /// With `lenient`, malformed entries are skipped and returned as
    /// warnings (file:line: message) instead of failing.
    pub fn from_petrarch(files: &PetrarchFiles, lenient: bool) -> Result<(Self, Vec<String>), LexiconError> {
        let mut src = Self::embedded()?;
        src.actors.clear();
        src.agents.clear();
        src.verbs.clear();
        src.discards.clear();
        src.score_words.clear();
        src.strict_codes = false;
        // PETRARCH lets a blank in a pattern skip any words of the verb
        // phrase, and takes the verb phrase's first actor as the target.
        src.gap_limit = 10;
        src.object_reach = 14;
        src.acronyms_by_case = false; // PETRARCH writes every entry in capitals
        src.roles_from_context = false;
        let mut warnings: Vec<String> = Vec::new();

        for (n, path) in files.actors.iter().enumerate() {
            let actors = if lenient {
                let (a, w) = p::read_actors_lenient(path).map_err(convert_err)?;
                warnings.extend(w.iter().map(describe));
                a
            } else {
                p::read_actors(path).map_err(convert_err)?
            };
            for a in actors {
                if let Some(entry) = convert_actor(&a, n) {
                    src.actors.push(entry);
                }
            }
        }
        if let Some(path) = &files.agents {
            let dict = if lenient {
                let (d, w) = p::read_agents_lenient(path).map_err(convert_err)?;
                warnings.extend(w.iter().map(describe));
                d
            } else {
                p::read_agents(path).map_err(convert_err)?
            };
            for a in &dict.agents {
                let role = match a.code.position {
                    p::AgentPosition::Suffix => a.code.code.clone(),
                    p::AgentPosition::Prefix => format!("{}~", a.code.code),
                };
                if role.trim_end_matches('~').is_empty() {
                    continue;
                }
                let names = a.phrases().iter().map(|ph| ph.words.join(" ")).collect();
                src.agents.push(AgentEntry { role, names, example: None });
            }
        }
        if let Some(path) = &files.verbs {
            let dict = if lenient {
                let (d, w) = p::read_verbs_lenient(path).map_err(convert_err)?;
                warnings.extend(w.iter().map(describe));
                d
            } else {
                p::read_verbs(path).map_err(convert_err)?
            };
            convert_verbs(&dict, &mut src.verbs, &mut warnings);
            src.verb_file = path.clone();
        }
        if let Some(path) = &files.discards {
            let list = if lenient {
                let (d, w) = p::read_discards_lenient(path).map_err(convert_err)?;
                warnings.extend(w.iter().map(describe));
                d
            } else {
                p::read_discards(path).map_err(convert_err)?
            };
            src.discards = list
                .iter()
                .map(|d| DiscardEntry { phrase: d.words.join(" "), story: d.scope == p::DiscardScope::Story })
                .collect();
        }
        Ok((src, warnings))
    }
}

fn describe(w: &p::Warning) -> String {
    format!("{}:{}: {} ({:?})", w.file, w.line, w.message, w.entry)
}

fn convert_actor(a: &p::ActorEntry, file_index: usize) -> Option<ActorEntry> {
    let mut dated = Vec::new();
    let mut undated = Vec::new();
    let mut joint = Vec::new();
    for c in &a.codes {
        // `[FRO/BIL/SAM]`: one name for several actors.
        let mut parts = c.code.split('/').map(str::trim).filter(|p| !p.is_empty());
        let Some(Ok(code)) = parts.next().map(sitrep_model::ActorCode::parse) else { continue };
        joint.extend(parts.filter_map(|p| sitrep_model::ActorCode::parse(p).ok()));
        // PETRARCH's bounds are inclusive; sitrep's `to` is exclusive.
        let to = c.to.and_then(|t| t.succ_opt());
        let entry = DatedCode { code, from: c.from, to };
        if c.from.is_some() || c.to.is_some() { dated.push(entry) } else { undated.push(entry) }
    }
    dated.extend(undated);
    if dated.is_empty() {
        return None;
    }
    Some(ActorEntry {
        id: format!("petrarch:{file_index}-{}", a.line),
        codes: dated,
        names: a.names.iter().map(|ph| ph.words.join(" ")).collect(),
        joint,
        // PETRARCH's dictionaries say nothing of it, and its coder reads
        // no pronouns.
        female: false,
    })
}

fn convert_verbs(dict: &p::VerbDictionary, out: &mut Vec<VerbEntry>, warnings: &mut Vec<String>) {
    for block in &dict.verbs {
        for verb in &block.verbs {
            // sitrep's tokens split hyphens: "RE-ACTIVATE" cannot be one
            // head word, so such forms are left out (with a warning).
            let (forms, split): (Vec<String>, Vec<String>) = verb
                .surface_forms(p::FormRule::Petrarch1)
                .iter()
                .map(|f| f.verb().to_owned())
                .partition(|f| f.chars().all(|c| c.is_alphanumeric() || c == '\''));
            for f in &split {
                warnings.push(format!("line {}: verb form {f:?} is not one word; left out", verb.line));
            }
            if forms.is_empty() {
                continue;
            }
            let head = PatternElem::Head(verb.phrase.verb().to_lowercase());
            let words = |ws: &[String]| ws.iter().map(|w| word(w)).collect::<Vec<_>>();
            let (pre_words, post_words) = (words(verb.phrase.before()), words(verb.phrase.after()));
            for pat in &block.patterns {
                let Some(elems) = convert_pattern(dict, pat, &pre_words, &head, &post_words) else {
                    warnings.push(format!("line {}: pattern not converted: {}", pat.line, pat.raw));
                    continue;
                };
                let code = pat.code.as_deref().or(block.code_for(verb));
                push(out, format!("{}:{}", block.name.to_lowercase(), pat.line), code, elems, &forms, pat.line, warnings);
            }
            let mut bare = pre_words.clone();
            bare.push(head.clone());
            bare.extend(post_words.iter().cloned());
            push(out, format!("{}:{}", block.name.to_lowercase(), verb.line), block.code_for(verb), bare, &forms, verb.line, warnings);
        }
    }
}

/// A dictionary word as a phrase: it may be several tokens in sitrep's
/// tokenisation ("PEACE-KEEPING", "U.S.-LED").
fn word(w: &str) -> PatternElem {
    PatternElem::Phrases(vec![vec![w.to_lowercase()]])
}

fn push(out: &mut Vec<VerbEntry>, id: String, code: Option<&str>, pattern: Vec<PatternElem>, forms: &[String], line: usize, warnings: &mut Vec<String>) {
    let (cameo, reverse) = match code.map(p::classify_code) {
        None | Some(p::CodeKind::Null) => (None, None),
        Some(p::CodeKind::Single(c)) => (CameoCode::parse(c).ok(), None),
        Some(p::CodeKind::Paired { forward, reverse }) => (CameoCode::parse(forward).ok(), CameoCode::parse(reverse).ok()),
    };
    // A code like `+++` or `025?` is a placeholder nobody finished: the
    // pattern is left out, so that the verb's other patterns (or its bare
    // form) code the sentence, as PETRARCH falls through an unusable code.
    if cameo.is_none() && reverse.is_none() && code.is_some_and(|c| p::classify_code(c) != p::CodeKind::Null) {
        warnings.push(format!("line {line}: code {:?} is not a CAMEO-style code; the pattern is left out", code.unwrap_or("")));
        return;
    }
    // Ids are block name and line; a line that yields several entries (a
    // verb's several forms) gets its index appended.
    let id = format!("{id}.{}", out.len());
    out.push(VerbEntry { id, cameo, reverse, pattern, forms: Some(forms.to_vec()), example: None, line, evaluation: false });
}

/// `pre * post` with their joins; `None` when a synset is undefined.
fn convert_pattern(dict: &p::VerbDictionary, pat: &p::VerbPattern, verb_pre: &[PatternElem], head: &PatternElem, verb_post: &[PatternElem]) -> Option<Vec<PatternElem>> {
    let mut elems = Vec::new();
    for (e, join) in pat.pre.iter().zip(&pat.pre_joins) {
        elems.push(convert_elem(dict, e)?);
        if *join == p::Join::Gap {
            elems.push(PatternElem::Gap);
        }
    }
    elems.extend(verb_pre.iter().cloned());
    elems.push(head.clone());
    elems.extend(verb_post.iter().cloned());
    for (e, join) in pat.post.iter().zip(&pat.post_joins) {
        if *join == p::Join::Gap {
            elems.push(PatternElem::Gap);
        }
        elems.push(convert_elem(dict, e)?);
    }
    // A pattern may not start (or end before the head) with a gap: the
    // compiled form needs a required first word.
    while matches!(elems.first(), Some(PatternElem::Gap | PatternElem::Source | PatternElem::SkipPhrase)) {
        elems.remove(0);
    }
    Some(elems)
}

fn convert_elem(dict: &p::VerbDictionary, e: &p::PatternElem) -> Option<PatternElem> {
    Some(match e {
        p::PatternElem::Word(w) => {
            let w = w.trim_matches('_');
            PatternElem::Phrases(vec![w.split(['_', ' ']).filter(|x| !x.is_empty()).map(str::to_lowercase).collect()])
        }
        p::PatternElem::Synset(name) => PatternElem::Phrases(synset_phrases(dict, name, 0)?),
        p::PatternElem::Source => PatternElem::Source,
        p::PatternElem::Target => PatternElem::Target,
        p::PatternElem::Skip => PatternElem::SkipPhrase,
        p::PatternElem::Compound => PatternElem::Compound,
        p::PatternElem::NounPhrase(inner) | p::PatternElem::PrepPhrase(inner) => {
            // PETRARCH-2 groups: read as their words in order.
            let words: Vec<String> = inner.iter().filter_map(|x| match x { p::PatternElem::Word(w) => Some(w.to_lowercase()), _ => None }).collect();
            if words.is_empty() {
                PatternElem::Gap
            } else {
                PatternElem::Phrases(vec![words])
            }
        }
    })
}

fn synset_phrases(dict: &p::VerbDictionary, name: &str, depth: usize) -> Option<Vec<Vec<String>>> {
    let set = dict.synsets.get(name)?;
    let mut out = Vec::new();
    for phrase in set.phrases() {
        let inner = match phrase.words.as_slice() {
            [w] => w.strip_prefix('&').map(|s| s.trim_end_matches('_')),
            _ => None,
        };
        match inner {
            Some(inner) if depth < 4 => out.extend(synset_phrases(dict, inner, depth + 1).unwrap_or_default()),
            Some(_) => {}
            None => out.push(phrase.words.iter().map(|w| w.to_lowercase()).collect()),
        }
    }
    (!out.is_empty()).then_some(out)
}
