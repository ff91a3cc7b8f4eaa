//! The trained model: tag set, label set, the learned clitics, and the four
//! parts (tagger, lemmatiser, parser, labeler), with the training
//! configuration and a hash of the treebank it came from. Stored as one
//! gzipped little-endian file (`binio`).

use std::io::{Read, Write};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use crate::analysis::Analysis;
use crate::binio::{Reader, Writer};
use crate::clusters::Clusters;
use crate::contractions::{fold_into, Contractions};
use crate::hashing::hash_str;
use crate::labeler::{self, FunctionTags, LabelInput, LabelerModel, TreeIndex};
use crate::lemma::Lemmatiser;
use crate::lexical::WordHashes;
use crate::parser::{self, ArcLabeler, ParserModel};
use crate::tagger::{self, ClassifierBuffers, TaggerModel, TaggerPass};
use crate::templates::Templates;
use crate::transition::State;
use crate::weights::Weights;
use crate::words::split_token;
use crate::SyntaxError;

const MAGIC: &[u8] = b"SITREP-SYNTAX\0";
/// Format 2 adds the tagger's second-pass margin; format 1 models still
/// load (their second pass tags every word). Format 3 adds the parser's
/// arc labels (optional), format 4 the word clusters (possibly none),
/// format 5 the contractions (`crate::contractions`). A model without
/// contractions is written as format 4, so that the English models keep
/// their bytes.
const VERSION: u32 = 5;
const VERSION_WITHOUT_CONTRACTIONS: u32 = 4;
/// No real model comes near this; a larger unpacked file is refused rather
/// than read into memory.
const MAX_MODEL_BYTES: u64 = 512 << 20;

/// Where a model came from, stored in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModelInfo {
    /// ISO 639-1 code of the language trained on.
    pub language: String,
    /// The training configuration, `key = value` lines.
    pub config: String,
    /// SHA-256 of the training treebank's bytes (decompressed).
    pub data_sha256: String,
}

/// Per part, the smallest weight (in quantised units, the table's largest
/// being `i16::MAX`) that keeps a feature in `Model::pruned`; 0 keeps all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pruning {
    pub tagger: i16,
    pub parser: i16,
    /// The labeler's and the arc labels'.
    pub labeler: i16,
}

#[derive(Debug, Clone)]
pub struct Model {
    pub info: ModelInfo,
    pub(crate) tag_names: Arc<[String]>,
    pub(crate) label_names: Arc<[String]>,
    pub(crate) clitic_suffixes: Vec<String>,
    pub(crate) clitic_prefixes: Vec<String>,
    pub(crate) contractions: Contractions,
    pub(crate) tagger: TaggerModel,
    pub(crate) lemmatiser: Lemmatiser,
    pub(crate) parser: ParserModel,
    pub(crate) labeler: LabelerModel,
    pub(crate) function: FunctionTags,
    pub(crate) clusters: Clusters,
}

/// Per-thread buffers for analysing sentences; reuse one across sentences.
#[derive(Debug, Default)]
pub struct Scratch {
    tokens: sitrep_text::Tokens,
    word_spans: Vec<(u32, u32)>,
    /// Tokens with their hyphens joined (`Contractions::join_tokens`).
    joined: Vec<(u32, u32)>,
    /// Per word of `word_spans`: the contraction's words it expands to
    /// (`expanded[start..end]`), or none.
    expansions: Vec<Option<(u32, u32)>>,
    expanded: Vec<String>,
    folded: String,
    /// The folded form of the word before a contraction.
    folded_previous: String,
    provisional_tags: Vec<u8>,
    lower: String,
    chars: Vec<char>,
    lemma: String,
    words: Vec<WordHashes>,
    lemma_hashes: Vec<u64>,
    lower_hashes: Vec<u64>,
    first_tags: Vec<u8>,
    state: State,
    tree: TreeIndex,
    buf: ClassifierBuffers,
}

#[cfg(sitrep_embedded_model)]
static EMBEDDED_ENGLISH: &[u8] = include_bytes!("../model/en.sitrep-syntax.gz");
#[cfg(not(sitrep_embedded_model))]
static EMBEDDED_ENGLISH: &[u8] = &[];
#[cfg(sitrep_embedded_parse_model)]
static EMBEDDED_ENGLISH_PARSE: &[u8] = include_bytes!("../model/en-parse.sitrep-syntax.gz");
#[cfg(not(sitrep_embedded_parse_model))]
static EMBEDDED_ENGLISH_PARSE: &[u8] = &[];
#[cfg(sitrep_embedded_french_model)]
static EMBEDDED_FRENCH: &[u8] = include_bytes!("../model/fr.sitrep-syntax.gz");
#[cfg(not(sitrep_embedded_french_model))]
static EMBEDDED_FRENCH: &[u8] = &[];

/// The parts a trainer assembles into a model.
pub struct ModelParts {
    pub info: ModelInfo,
    pub tag_names: Vec<String>,
    pub label_names: Vec<String>,
    pub clitic_suffixes: Vec<String>,
    pub clitic_prefixes: Vec<String>,
    pub contractions: Contractions,
    pub tagger: TaggerModel,
    pub lemmatiser: Lemmatiser,
    pub parser: ParserModel,
    pub labeler: LabelerModel,
    pub clusters: Clusters,
}

impl Model {
    pub fn from_parts(mut p: ModelParts) -> Self {
        let function = FunctionTags::from_names(&p.tag_names);
        p.parser.punct_tag = function.punct;
        Self {
            info: p.info,
            tag_names: p.tag_names.into(),
            label_names: p.label_names.into(),
            clitic_suffixes: p.clitic_suffixes,
            clitic_prefixes: p.clitic_prefixes,
            contractions: p.contractions,
            tagger: p.tagger,
            lemmatiser: p.lemmatiser,
            parser: p.parser,
            labeler: p.labeler,
            function,
            clusters: p.clusters,
        }
    }

    /// The English model built into the binary (trained on UD English-EWT),
    /// loaded once.
    pub fn english() -> Result<&'static Model, SyntaxError> {
        static MODEL: OnceLock<Result<Model, SyntaxError>> = OnceLock::new();
        Self::embedded_once(&MODEL, EMBEDDED_ENGLISH)
    }

    /// The embedded model `bytes`, loaded into `cell` on first use.
    fn embedded_once(
        cell: &'static OnceLock<Result<Model, SyntaxError>>,
        bytes: &'static [u8],
    ) -> Result<&'static Model, SyntaxError> {
        cell.get_or_init(|| {
            if bytes.is_empty() {
                Err(SyntaxError::NoEmbeddedModel)
            } else {
                Model::from_embedded(bytes)
            }
        })
        .as_ref()
        .map_err(Clone::clone)
    }

    /// The English model `sitrep parse` uses by default, built into the
    /// binary and loaded once: more accurate than [`Model::english`] (arc
    /// labels, WordNet's word classes), which the coder keeps because its
    /// rules were written against that model's readings (README, "Sentence
    /// structure"). Without it in the checkout, the coder's model.
    pub fn english_parse() -> Result<&'static Model, SyntaxError> {
        static MODEL: OnceLock<Result<Model, SyntaxError>> = OnceLock::new();
        if EMBEDDED_ENGLISH_PARSE.is_empty() {
            return Model::english();
        }
        MODEL.get_or_init(|| Model::from_embedded(EMBEDDED_ENGLISH_PARSE)).as_ref().map_err(Clone::clone)
    }

    /// The French model built into the binary (trained on UD
    /// French-Sequoia, `scripts/train-syntax-fr`), loaded once, on first
    /// use: an English run never reads it (its gzip stays in the binary's
    /// read-only data, not resident).
    pub fn french() -> Result<&'static Model, SyntaxError> {
        static MODEL: OnceLock<Result<Model, SyntaxError>> = OnceLock::new();
        Self::embedded_once(&MODEL, EMBEDDED_FRENCH)
    }

    /// The contractions this model expands in text (empty for English).
    pub fn contractions(&self) -> &Contractions {
        &self.contractions
    }

    /// Reads a model file.
    pub fn from_file(path: &std::path::Path) -> Result<Model, SyntaxError> {
        let bytes = std::fs::read(path).map_err(|e| SyntaxError::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        Model::from_bytes(&bytes).map_err(|e| match e {
            SyntaxError::Model(m) => SyntaxError::Model(format!("{}: {m}", path.display())),
            other => other,
        })
    }

    pub fn tag_names(&self) -> &[String] {
        &self.tag_names
    }

    pub fn label_names(&self) -> &[String] {
        &self.label_names
    }

    /// Analyses words given one by one (as CoNLL-U gives them).
    pub fn analyse_words<S: AsRef<str>>(
        &self,
        words: &[S],
        scratch: &mut Scratch,
        out: &mut Analysis,
    ) {
        out.clear();
        for w in words {
            out.push_word(w.as_ref(), (0, 0));
        }
        self.analyse(scratch, out);
    }

    /// Tokenises `text[range]` (one sentence) with sitrep-text, splits the
    /// words a treebank splits, and analyses them; spans index `text`.
    pub fn analyse_text(
        &self,
        text: &str,
        range: Range<usize>,
        scratch: &mut Scratch,
        out: &mut Analysis,
    ) {
        out.clear();
        scratch.tokens.clear();
        sitrep_text::tokenise(text, range, &mut scratch.tokens);
        scratch.word_spans.clear();
        if self.contractions.joins_hyphens() || !self.contractions.abbreviations().is_empty() {
            // Hyphenated words joined first (French `après-midi`), then
            // split at their apostrophes as any token.
            scratch.joined.clear();
            self.contractions.join_tokens(text, scratch.tokens.as_slice(), &mut scratch.joined);
            for &(a, b) in &scratch.joined {
                split_token(text, a as usize, b as usize, &self.clitic_suffixes, &self.clitic_prefixes, &mut scratch.word_spans);
            }
        } else {
            for t in scratch.tokens.as_slice() {
                split_token(
                    text,
                    t.start as usize,
                    t.end as usize,
                    &self.clitic_suffixes,
                    &self.clitic_prefixes,
                    &mut scratch.word_spans,
                );
            }
        }
        if self.contractions.is_empty() || !self.find_contractions(text, scratch) {
            let english = self.info.language == "en";
            let mut previous = "";
            for &(s, e) in &scratch.word_spans {
                let form = &text[s as usize..e as usize];
                // "the U.S. Said it would retaliate": a function word some
                // wire copy capitalises after an abbreviation is read as
                // written everywhere else.
                if english && previous.len() > 1 && previous.ends_with('.') && is_wire_capital(form) {
                    out.push_word(&form.to_ascii_lowercase(), (s, e));
                } else {
                    out.push_word(form, (s, e));
                }
                previous = form;
            }
            self.analyse(scratch, out);
            return;
        }
        // Contractions: a first reading with every ambiguous one decided
        // without tags (by the word before, else the default) gives the
        // tags the second decision reads; only a sentence whose decision
        // changes is tagged again.
        self.push_expanded(text, scratch, out);
        if self.decide_with_tags(text, scratch, out) {
            out.clear();
            self.push_expanded(text, scratch, out);
        }
        self.analyse(scratch, out);
    }

    /// Marks the words of `scratch.word_spans` that are contractions
    /// (`scratch.expansions`), decided without tags; false when none is.
    fn find_contractions(&self, text: &str, s: &mut Scratch) -> bool {
        s.expansions.clear();
        s.expanded.clear();
        let mut any = false;
        for k in 0..s.word_spans.len() {
            let (a, b) = s.word_spans[k];
            fold_into(&text[a as usize..b as usize], &mut s.folded);
            let Some(c) = self.contractions.get(&s.folded) else {
                s.expansions.push(None);
                continue;
            };
            if k > 0 {
                let (pa, pb) = s.word_spans[k - 1];
                fold_into(&text[pa as usize..pb as usize], &mut s.folded_previous);
            }
            let split = c.splits((k > 0).then_some(s.folded_previous.as_str()), None);
            let expansion = split.then(|| expand(c, &text[a as usize..b as usize], &mut s.expanded));
            s.expansions.push(expansion);
            any = true;
        }
        any
    }

    /// The words of `s.word_spans` with the contractions of
    /// `s.expansions` expanded (each of their words spans the surface).
    fn push_expanded(&self, text: &str, s: &mut Scratch, out: &mut Analysis) {
        for (k, &(a, b)) in s.word_spans.iter().enumerate() {
            match s.expansions[k] {
                None => out.push_word(&text[a as usize..b as usize], (a, b)),
                Some((x, y)) => {
                    let first = out.len() as u32;
                    for w in &s.expanded[x as usize..y as usize] {
                        out.push_word(w, (a, b));
                    }
                    out.multiword.push((first, out.len() as u32 - 1));
                }
            }
        }
    }

    /// Tags `out` (a first reading) and decides each ambiguous
    /// contraction again by the tag of the word before it; true when a
    /// decision changed (`s.expansions` then holds the new ones).
    fn decide_with_tags(&self, text: &str, s: &mut Scratch, out: &mut Analysis) -> bool {
        let mut tags_of_words = std::mem::take(&mut s.provisional_tags);
        self.tag_only(s, out, &mut tags_of_words);
        let mut changed = false;
        // The index in `out` of each word of `word_spans` after expansion.
        let mut at = 0usize;
        for k in 0..s.word_spans.len() {
            let (a, b) = s.word_spans[k];
            let width = s.expansions[k].map_or(1, |(x, y)| (y - x) as usize);
            fold_into(&text[a as usize..b as usize], &mut s.folded);
            if let Some(c) = self.contractions.get(&s.folded).filter(|c| c.ambiguous) {
                if k > 0 {
                    let (pa, pb) = s.word_spans[k - 1];
                    fold_into(&text[pa as usize..pb as usize], &mut s.folded_previous);
                }
                let previous = (k > 0).then_some(s.folded_previous.as_str());
                let tag = (at > 0).then(|| tags_of_words[at - 1]);
                let split = c.splits(previous, tag);
                if split != s.expansions[k].is_some() {
                    changed = true;
                    s.expansions[k] = if split {
                        Some(expand(c, &text[a as usize..b as usize], &mut s.expanded))
                    } else {
                        None
                    };
                }
            }
            at += width;
        }
        s.provisional_tags = tags_of_words;
        changed
    }

    /// The first stages of `analyse`, tags only, into `tags` (the words'
    /// features read through [`as_trained`]).
    fn tag_only(&self, s: &mut Scratch, out: &Analysis, tags: &mut Vec<u8>) {
        s.words.clear();
        for i in 0..out.len() {
            s.words.push(WordHashes::of(&as_trained(out.form(i)), &mut s.lower, &mut s.chars));
        }
        if !self.clusters.is_empty() {
            self.clusters.fill(&mut s.words);
        }
        self.tagger.tag(&s.words, &mut s.first_tags, tags, &mut s.buf);
    }

    fn analyse(&self, s: &mut Scratch, out: &mut Analysis) {
        if !Arc::ptr_eq(&out.tag_names, &self.tag_names) {
            out.tag_names = self.tag_names.clone();
            out.label_names = self.label_names.clone();
        }
        let n = out.len();
        let mut tags = std::mem::take(&mut out.tags);
        self.tag_only(s, out, &mut tags);
        out.tags = tags;
        // The lemmas' first look-ups asked for together (a word's `lower`
        // is the lemmatiser's lower-cased form unless it has digits).
        for (w, &t) in s.words.iter().zip(&out.tags) {
            self.lemmatiser.prefetch(t, w.lower);
        }
        s.lemma_hashes.clear();
        for i in 0..n {
            let start = out.lemmas.len();
            let form_start = if i == 0 {
                0
            } else {
                out.form_ends[i - 1] as usize
            };
            let form = &out.forms[form_start..out.form_ends[i] as usize];
            self.lemmatiser
                .lemma_into(form, out.tags[i], &mut s.lower, &mut s.lemma);
            out.lemmas.push_str(&s.lemma);
            out.lemma_ends.push(out.lemmas.len() as u32);
            s.lemma_hashes.push(hash_str(&out.lemmas[start..]));
        }
        self.parser
            .parse(&s.words, &out.tags, &mut s.state, &mut s.buf);
        out.heads.clear();
        out.heads.extend_from_slice(&s.state.heads);
        if let Some(arc) = self.parser.labels.as_ref().filter(|a| a.are_final) {
            out.labels.clear();
            out.labels.extend_from_slice(&s.state.labels[..n]);
            // Only the root's word may be unlabelled here; it has root.
            for l in &mut out.labels {
                if *l == crate::transition::NO_ARC_LABEL {
                    *l = arc.root_label;
                }
            }
            return;
        }
        s.tree.build(&out.heads, &out.tags, self.function.aux);
        s.lower_hashes.clear();
        s.lower_hashes.extend(s.words.iter().map(|w| w.lower));
        let input = LabelInput {
            words: &s.lower_hashes,
            tags: &out.tags,
            lemmas: &s.lemma_hashes,
            heads: &out.heads,
            tree: &s.tree,
            function: self.function,
        };
        self.labeler.label(&input, &mut out.labels, &mut s.buf);
    }

    /// The weight tables by name, for reports and pruning.
    pub fn weight_tables(&self) -> Vec<(&'static str, &Weights)> {
        let mut tables = vec![
            ("tagger (first pass)", &self.tagger.first.weights),
            ("tagger (second pass)", &self.tagger.second.weights),
            ("parser", &self.parser.weights),
            ("labeler", &self.labeler.weights),
        ];
        if let Some(arc) = &self.parser.labels {
            tables.push(("arc labels", &arc.weights));
        }
        tables
    }

    /// The same model without the features whose every weight is smaller
    /// than the part's threshold (`Pruning`, in quantised units), read
    /// back from its bytes so that the dense tables are built again.
    pub fn pruned(&self, min: &Pruning) -> Result<Model, SyntaxError> {
        let mut m = self.clone();
        for pass in [&mut m.tagger.first, &mut m.tagger.second] {
            pass.weights = pass.weights.pruned(min.tagger);
        }
        m.parser.weights = m.parser.weights.pruned(min.parser);
        m.labeler.weights = m.labeler.weights.pruned(min.labeler);
        if let Some(arc) = &mut m.parser.labels {
            arc.weights = arc.weights.pruned(min.labeler);
        }
        Model::from_bytes(&m.to_bytes())
    }

    /// Serialises and gzips the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.bytes.extend_from_slice(MAGIC);
        w.u32(if self.contractions.is_empty() { VERSION_WITHOUT_CONTRACTIONS } else { VERSION });
        w.str(&self.info.language);
        w.str(&self.info.config);
        w.str(&self.info.data_sha256);
        w.strs(&self.tag_names);
        w.strs(&self.label_names);
        w.strs(&self.clitic_suffixes);
        w.strs(&self.clitic_prefixes);
        for pass in [&self.tagger.first, &self.tagger.second] {
            w.str(pass.templates.source());
            pass.weights.write(&mut w);
        }
        let mut dict: Vec<(u64, u8)> = self
            .tagger
            .tag_dictionary
            .iter()
            .map(|(&k, &v)| (k, v))
            .collect();
        dict.sort_unstable();
        w.u64s(&dict.iter().map(|d| d.0).collect::<Vec<_>>());
        w.bytes(&dict.iter().map(|d| d.1).collect::<Vec<_>>());
        w.f32(self.tagger.second_pass_margin);
        self.lemmatiser.write(&mut w);
        w.str(self.parser.templates.source());
        self.parser.weights.write(&mut w);
        w.str(self.labeler.templates.source());
        self.labeler.weights.write(&mut w);
        w.u8(self.labeler.root_label);
        let mut labels: Vec<(u32, u8)> = self
            .labeler
            .label_dictionary
            .iter()
            .map(|(&k, &v)| (k, v))
            .collect();
        labels.sort_unstable();
        w.u32s(&labels.iter().map(|l| l.0).collect::<Vec<_>>());
        w.bytes(&labels.iter().map(|l| l.1).collect::<Vec<_>>());
        match &self.parser.labels {
            None => w.u8(0),
            Some(arc) => {
                w.u8(1 + arc.are_final as u8);
                w.str(arc.templates.source());
                arc.weights.write(&mut w);
                let mut dict: Vec<(u32, u8)> =
                    arc.dictionary.iter().map(|(&k, &v)| (k, v)).collect();
                dict.sort_unstable();
                w.u32s(&dict.iter().map(|d| d.0).collect::<Vec<_>>());
                w.bytes(&dict.iter().map(|d| d.1).collect::<Vec<_>>());
            }
        }
        self.clusters.write(&mut w);
        if !self.contractions.is_empty() {
            self.contractions.write(&mut w);
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&w.bytes)
            .expect("writing to a Vec cannot fail");
        gz.finish().expect("writing to a Vec cannot fail")
    }

    /// Reads a gzipped model.
    pub fn from_bytes(gzipped: &[u8]) -> Result<Model, SyntaxError> {
        Self::from_gzip(flate2::bufread::GzDecoder::new(gzipped))
    }

    /// Reads a gzipped model built into the binary: as `from_bytes`, and
    /// its gzip's pages, once inflated, are handed back to the kernel as
    /// the reading goes (they are the binary's, read-only and read from
    /// the file again if ever needed): 18 MB that are not resident while
    /// the tables are built, for `sitrep parse`'s model.
    fn from_embedded(gzipped: &'static [u8]) -> Result<Model, SyntaxError> {
        let model = Self::from_gzip(flate2::read::GzDecoder::new(ReleasingReader {
            bytes: gzipped,
            pos: 0,
            released: 0,
        }));
        release_file_pages(gzipped);
        model
    }

    /// Reads the parts as the gzip stream inflates them (only the array
    /// being read is in memory unpacked: the parser's keys and rows, 12 MB,
    /// not the whole 35 MB file), then builds the scorers' dense tables:
    /// the peak of a load is the loaded model.
    fn from_gzip(decoder: impl Read) -> Result<Model, SyntaxError> {
        let (parts, sections) =
            Self::read_sections(&mut Reader::stream(decoder, MAX_MODEL_BYTES))?;
        let model = Self::build(parts, sections);
        release_free_heap();
        Ok(model)
    }

    /// The model's parts as read, the scorers not yet built.
    fn read_sections(r: &mut Reader) -> Result<(ModelHeader, Sections), SyntaxError> {
        for &b in MAGIC {
            if r.u8()? != b {
                return Err(SyntaxError::Model("not a sitrep-syntax model".into()));
            }
        }
        let version = r.u32()?;
        if !(1..=VERSION).contains(&version) {
            return Err(SyntaxError::Model(format!(
                "model format {version}; this build reads {VERSION}"
            )));
        }
        let info = ModelInfo {
            language: r.str()?.to_owned(),
            config: r.str()?.to_owned(),
            data_sha256: r.str()?.to_owned(),
        };
        let tag_names = r.strs()?;
        let label_names = r.strs()?;
        let clitic_suffixes = r.strs()?;
        let clitic_prefixes = r.strs()?;
        let tagger_atoms: Vec<&str> = tagger::ATOMS.to_vec();
        let mut read_pass = |what: &str| -> Result<(Templates, Weights), SyntaxError> {
            let templates = Templates::parse(r.str()?, &tagger_atoms, what)?;
            Ok((templates, Weights::read(r)?))
        };
        let first = read_pass("tagger templates")?;
        let second = read_pass("tagger context templates")?;
        let dict_keys = r.u64s()?;
        let dict_tags = r.bytes()?;
        if dict_keys.len() != dict_tags.len()
            || dict_tags.iter().any(|&t| t as usize >= tag_names.len())
        {
            return Err(SyntaxError::Model("tag dictionary is malformed".into()));
        }
        let tag_dictionary: FxHashMap<u64, u8> = dict_keys
            .into_iter()
            .zip(dict_tags.iter().copied())
            .collect();
        let second_pass_margin = if version >= 2 {
            r.f32()?
        } else {
            f32::INFINITY
        };
        if second_pass_margin.is_nan() {
            return Err(SyntaxError::Model(
                "second-pass margin is not a number".into(),
            ));
        }
        let lemmatiser = Lemmatiser::read(r)?;
        let parser_names = parser::atom_names();
        let parser_atoms: Vec<&str> = parser_names.iter().map(String::as_str).collect();
        let parser_templates = Templates::parse(r.str()?, &parser_atoms, "parser templates")?;
        let parser_weights = Weights::read(r)?;
        let labeler_names = labeler::atom_names();
        let labeler_atoms: Vec<&str> = labeler_names.iter().map(String::as_str).collect();
        let labeler_templates = Templates::parse(r.str()?, &labeler_atoms, "labeler templates")?;
        let labeler_weights = Weights::read(r)?;
        let root_label = r.u8()?;
        let label_keys = r.u32s()?;
        let label_values = r.bytes()?;
        if label_keys.len() != label_values.len()
            || label_values
                .iter()
                .any(|&l| l as usize >= label_names.len())
        {
            return Err(SyntaxError::Model("label dictionary is malformed".into()));
        }
        let label_dictionary: FxHashMap<u32, u8> = label_keys
            .into_iter()
            .zip(label_values.iter().copied())
            .collect();
        let arc_labels = if version >= 3 {
            match r.u8()? {
                0 => None,
                flag @ (1 | 2) => {
                    let templates =
                        Templates::parse(r.str()?, &parser_atoms, "arc label templates")?;
                    let weights = Weights::read(r)?;
                    if weights.n_classes() != label_names.len() {
                        return Err(SyntaxError::Model(
                            "arc labels do not match the label set".into(),
                        ));
                    }
                    let dictionary = if version >= 4 {
                        let keys = r.u32s()?;
                        let values = r.bytes()?;
                        if keys.len() != values.len()
                            || values.iter().any(|&l| l as usize >= label_names.len())
                        {
                            return Err(SyntaxError::Model(
                                "arc label dictionary is malformed".into(),
                            ));
                        }
                        keys.into_iter().zip(values.iter().copied()).collect()
                    } else {
                        FxHashMap::default()
                    };
                    Some((templates, weights, flag == 2, dictionary))
                }
                other => {
                    return Err(SyntaxError::Model(format!("arc label flag {other}")));
                }
            }
        } else {
            None
        };
        let clusters = if version >= 4 {
            Clusters::read(r)?
        } else {
            Clusters::default()
        };
        let contractions = if version >= 5 {
            Contractions::read(r, tag_names.len())?
        } else {
            Contractions::default()
        };
        if !r.at_end()? {
            return Err(SyntaxError::Model("trailing bytes".into()));
        }
        if tag_names.is_empty()
            || tag_names.len() > 250
            || label_names.len() > 250
            || first.1.n_classes() != tag_names.len()
            || second.1.n_classes() != tag_names.len()
            || parser_weights.n_classes() != crate::transition::N_ACTIONS
            || labeler_weights.n_classes() != label_names.len()
            || root_label as usize >= label_names.len()
        {
            return Err(SyntaxError::Model(
                "class counts do not match the tag and label sets".into(),
            ));
        }
        Ok((
            ModelHeader {
                info,
                tag_names,
                label_names,
                clitic_suffixes,
                clitic_prefixes,
                contractions,
                tag_dictionary,
                second_pass_margin,
                lemmatiser,
                root_label,
                label_dictionary,
                clusters,
            },
            Sections {
                first,
                second,
                parser: (parser_templates, parser_weights),
                labeler: (labeler_templates, labeler_weights),
                arc_labels,
            },
        ))
    }

    /// Builds the model (and its scorers' dense tables) from what
    /// `read_sections` read.
    fn build(h: ModelHeader, s: Sections) -> Model {
        let n_tags = h.tag_names.len();
        let root_label = h.root_label;
        Model::from_parts(ModelParts {
            info: h.info,
            tag_names: h.tag_names,
            label_names: h.label_names,
            clitic_suffixes: h.clitic_suffixes,
            clitic_prefixes: h.clitic_prefixes,
            contractions: h.contractions,
            tagger: TaggerModel {
                first: TaggerPass::new(s.first.0, s.first.1),
                second: TaggerPass::new(s.second.0, s.second.1),
                tag_dictionary: h.tag_dictionary,
                second_pass_margin: h.second_pass_margin,
            },
            lemmatiser: h.lemmatiser,
            parser: ParserModel::new(
                s.parser.0,
                s.parser.1,
                s.arc_labels.map(|(t, w, are_final, dictionary)| {
                    ArcLabeler::new(t, w, root_label, are_final, dictionary, n_tags)
                }),
                None,
                n_tags,
            ),
            labeler: LabelerModel::new(
                s.labeler.0,
                s.labeler.1,
                root_label,
                h.label_dictionary,
                n_tags,
            ),
            clusters: h.clusters,
        })
    }
}

/// Appends the words of contraction `c` written `surface` to `expanded`;
/// their range there.
fn expand(c: &crate::contractions::Contraction, surface: &str, expanded: &mut Vec<String>) -> (u32, u32) {
    let start = expanded.len() as u32;
    c.write_words(surface, expanded);
    (start, expanded.len() as u32)
}

/// A model file's parts other than its weight tables, as read.
struct ModelHeader {
    info: ModelInfo,
    tag_names: Vec<String>,
    label_names: Vec<String>,
    clitic_suffixes: Vec<String>,
    clitic_prefixes: Vec<String>,
    contractions: Contractions,
    tag_dictionary: FxHashMap<u64, u8>,
    second_pass_margin: f32,
    lemmatiser: Lemmatiser,
    root_label: u8,
    label_dictionary: FxHashMap<u32, u8>,
    clusters: Clusters,
}

/// A model file's templates and weight tables (and the arc labels'
/// finality and dictionary), as read.
struct Sections {
    first: (Templates, Weights),
    second: (Templates, Weights),
    parser: (Templates, Weights),
    labeler: (Templates, Weights),
    arc_labels: Option<(Templates, Weights, bool, FxHashMap<u32, u8>)>,
}

/// Reads an embedded gzip (the binary's read-only data) and hands back
/// to the kernel every megabyte it has read (`release_file_pages`).
struct ReleasingReader {
    bytes: &'static [u8],
    pos: usize,
    released: usize,
}

impl Read for ReleasingReader {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = out.len().min(self.bytes.len() - self.pos);
        out[..n].copy_from_slice(&self.bytes[self.pos..self.pos + n]);
        self.pos += n;
        if self.pos - self.released >= 1 << 20 {
            release_file_pages(&self.bytes[self.released..self.pos]);
            self.released = self.pos;
        }
        Ok(n)
    }
}

/// Hands the heap's free pages back to the kernel: building the tables
/// leaves about 5 MB of freed temporaries (hash maps grown, the scorers'
/// keys and sums) that the allocator would otherwise keep resident
/// (glibc's `malloc_trim`; nothing elsewhere).
fn release_free_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory to the kernel.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Drops from this process's resident memory the whole pages of `bytes`,
/// which must be read-only data of the binary (an embedded model, or part
/// of one): such
/// pages are a private mapping of the executable's file that nothing
/// writes, so a later read finds the same bytes, read from the file
/// again. Only advice: nothing happens where the kernel declines.
fn release_file_pages(bytes: &'static [u8]) {
    #[cfg(target_os = "linux")]
    {
        const PAGE: usize = 4096;
        let start = (bytes.as_ptr() as usize).div_ceil(PAGE) * PAGE;
        let end = (bytes.as_ptr() as usize + bytes.len()) / PAGE * PAGE;
        if end > start {
            // SAFETY: the range lies inside `bytes`, a `static` of the
            // binary: read-only, file-backed and never written, so
            // MADV_DONTNEED changes no contents a later read could see.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = bytes;
}

impl Model {
    /// This model scoring every template by hashing, as training does,
    /// without the dense tables and per-word sums: a check that those
    /// change nothing (the tests compare the two).
    #[doc(hidden)]
    pub fn hashing_every_template(&self) -> Self {
        let mut hashed = self.clone();
        hashed.tagger.first.hash_every_template();
        hashed.tagger.second.hash_every_template();
        hashed.parser.hash_every_template();
        hashed.labeler.hash_every_template();
        hashed
    }
}


/// A word as the treebanks sitrep trains on write it, for its features:
/// guillemets are quotation marks neither UD English-EWT nor UD
/// French-Sequoia writes (both have `"`), and read as written the model
/// takes them for words and the tree around them breaks; so is the
/// typographic apostrophe (Sequoia has none, EWT 137 in 204,000 words),
/// which French news writes in every elided word ("d’un", "l’armée"). The
/// word's form in the analysis stays as the text writes it.
fn as_trained(form: &str) -> std::borrow::Cow<'_, str> {
    match form {
        "«" | "»" | "‹" | "›" => "\"".into(),
        other if other.contains('’') => other.replace('’', "'").into(),
        other => other.into(),
    }
}

/// Whether `form` is a word of `data/en-lower-after-abbreviation.txt`
/// written with a capital first letter only ("Said", not "SAID" or "said").
fn is_wire_capital(form: &str) -> bool {
    static WORDS: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        include_str!("../data/en-lower-after-abbreviation.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
    });
    let mut chars = form.chars();
    let capital = chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_lowercase());
    capital && form.len() <= 8 && words.contains(form.to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typographic_apostrophes_and_guillemets_read_as_the_treebanks_write_them() {
        assert_eq!(as_trained("d’"), "d'");
        assert_eq!(as_trained("aujourd’hui"), "aujourd'hui");
        assert_eq!(as_trained("»"), "\"");
        assert_eq!(as_trained("armée"), "armée");
    }

    /// The dense tables change nothing: the shipped model analyses real
    /// sentences exactly as it does hashing every template.
    #[test]
    fn dense_tables_analyse_as_hashing() {
        let Ok(model) = Model::english() else {
            return;
        };
        let hashed = model.hashing_every_template();
        let text = "Russian forces took control of the airspace over Kyiv on Monday, \
            the ministry said, and 1,200 troops were sent to the border. \
            \"We will not retreat,\" he told reporters who had asked whether talks with \
            NATO would resume before the summit in Vilnius next year.";
        let (mut s1, mut a1, mut s2, mut a2) = (
            Scratch::default(),
            Analysis::default(),
            Scratch::default(),
            Analysis::default(),
        );
        let words: Vec<&str> = text.split(' ').collect();
        for n in 1..=words.len() {
            let sentence = words[..n].join(" ");
            model.analyse_text(&sentence, 0..sentence.len(), &mut s1, &mut a1);
            hashed.analyse_text(&sentence, 0..sentence.len(), &mut s2, &mut a2);
            for i in 0..a1.len() {
                assert_eq!(
                    (a1.upos(i), a1.head(i), a1.deprel(i)),
                    (a2.upos(i), a2.head(i), a2.deprel(i)),
                    "word {i} of {sentence:?}"
                );
            }
        }
    }
}
