//! The trainer: builds a `Model` from a UD treebank. Nothing at inference
//! depends on this module. Deterministic for a given seed: one generator,
//! sorted tables, no hash-order iteration where it would matter.

mod clitics;
mod contractions;
pub mod clusters;
pub mod eval;
mod labeler;
mod lemma;
mod parser;
pub mod perceptron;
mod projective;
mod tagger;

use std::io::{BufReader, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::clusters::Clusters;
use crate::conllu::{Reader, Sentence};
use crate::lexical::WordHashes;
use crate::model::{Model, ModelInfo, ModelParts};
use crate::SyntaxError;

pub use eval::{by_relation, evaluate, evaluate_text, Scores, TextScores};

/// The feature templates sitrep ships, one file per classifier.
pub const TAGGER_TEMPLATES: &str = include_str!("../../templates/tagger.txt");
pub const TAGGER_CONTEXT_TEMPLATES: &str = include_str!("../../templates/tagger-context.txt");
pub const PARSER_TEMPLATES: &str = include_str!("../../templates/parser.txt");
pub const LABELER_TEMPLATES: &str = include_str!("../../templates/labeler.txt");
pub const ARC_LABEL_TEMPLATES: &str = include_str!("../../templates/arc-labels.txt");

#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub language: String,
    pub seed: u64,
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    pub labeler_epochs: usize,
    /// Folds for jackknifed tags (the parser learns from predicted tags, as
    /// it will see them); 0 or 1 trains on gold tags.
    pub jackknife_folds: usize,
    /// Whether those tags come from both of the tagger's passes (a second
    /// pass trained for each fold too), as the parser will see them, rather
    /// than from the first pass alone.
    pub jackknife_both_passes: bool,
    /// Whether the folds are runs of consecutive sentences (a treebank's
    /// documents stay whole) rather than every k-th sentence.
    pub jackknife_blocks: bool,
    /// Features seen fewer times in training are left out.
    pub min_feature_count: u32,
    /// From this epoch on (0-based), follow the parser's own wrong
    /// predictions with probability `explore_probability`.
    pub explore_from_epoch: usize,
    pub explore_probability: f64,
    /// Averaged weights smaller than this are pruned from the model.
    pub prune_below: f32,
    /// Words the training data tags one way this often (and at least
    /// `tag_dictionary_share` of the time) skip the tagger.
    pub tag_dictionary_min_count: u32,
    pub tag_dictionary_share: f64,
    /// Likewise, tag pairs whose relation the labeler need not compute.
    pub label_dictionary_min_count: u32,
    pub label_dictionary_share: f64,
    /// Template files for the tagger's two passes, the parser and the
    /// labeler (by default the shipped ones; the trainer's
    /// `--tagger-templates`, `--parser-templates` etc. try others without
    /// rebuilding).
    pub tagger_templates: String,
    pub tagger_context_templates: String,
    pub parser_templates: String,
    pub labeler_templates: String,
    /// Whether the parser labels each arc as it makes it (the labels then
    /// feed its later decisions), with these templates over its atoms;
    /// and whether those labels are final (else the labeler relabels).
    pub arc_labels: bool,
    pub arc_labels_final: bool,
    pub arc_label_templates: String,
    /// Whether the arc labels read the label dictionary (as the labeler
    /// does) for the arcs whose tags almost always take one label.
    pub arc_label_dictionary: bool,
    /// Whether the parser learns from training trees made projective
    /// (`projective::lift`), the only trees it can build.
    pub projective_training: bool,
    /// Whether the model learns the treebank's contractions other than
    /// splits at an apostrophe (French `au` = `à le`), which the analyser
    /// then expands in text (`crate::contractions`). Off by default, so
    /// that the English models keep their bytes.
    pub contractions: bool,
    /// Hyphen suffixes split off words in text besides those the treebank
    /// shows (`--hyphen-suffixes FILE`; with `contractions` only): French
    /// inverted subject pronouns, "a-t-elle", "estime-t-on".
    pub hyphen_suffixes: Vec<String>,
    /// Word clusters the tagger's and parser's templates may read (`clusters`; none by
    /// default), stored in the model.
    pub clusters: Clusters,
}

impl Default for TrainConfig {
    fn default() -> Self {
        Self {
            language: "en".into(),
            seed: 20261202,
            tagger_epochs: 8,
            parser_epochs: 20,
            labeler_epochs: 8,
            jackknife_folds: 5,
            jackknife_both_passes: false,
            jackknife_blocks: false,
            min_feature_count: 2,
            explore_from_epoch: 1,
            explore_probability: 1.0,
            prune_below: 0.0,
            tag_dictionary_min_count: 20,
            tag_dictionary_share: 0.99,
            label_dictionary_min_count: 50,
            label_dictionary_share: 0.995,
            tagger_templates: TAGGER_TEMPLATES.to_owned(),
            tagger_context_templates: TAGGER_CONTEXT_TEMPLATES.to_owned(),
            parser_templates: PARSER_TEMPLATES.to_owned(),
            labeler_templates: LABELER_TEMPLATES.to_owned(),
            arc_labels: true,
            arc_labels_final: true,
            arc_label_templates: ARC_LABEL_TEMPLATES.to_owned(),
            arc_label_dictionary: false,
            projective_training: false,
            contractions: false,
            hyphen_suffixes: Vec::new(),
            clusters: Clusters::default(),
        }
    }
}

impl TrainConfig {
    fn describe(&self, n_train: usize, n_dev: usize) -> String {
        // Written only when set, so that the models of earlier
        // configurations keep their bytes.
        let mut extra = String::new();
        if self.jackknife_both_passes {
            extra.push_str("jackknife_both_passes = true\n");
        }
        if self.jackknife_blocks {
            extra.push_str("jackknife_blocks = true\n");
        }
        if self.projective_training {
            extra.push_str("projective_training = true\n");
        }
        if self.contractions {
            extra.push_str("contractions = true\n");
        }
        if !self.hyphen_suffixes.is_empty() {
            extra.push_str(&format!("hyphen_suffixes = {}\n", self.hyphen_suffixes.join(" ")));
        }
        format!(
            "language = {}\nseed = {}\ntagger_epochs = {}\nparser_epochs = {}\nlabeler_epochs = {}\njackknife_folds = {}\nmin_feature_count = {}\nexplore_from_epoch = {}\nexplore_probability = {}\nprune_below = {}\ntag_dictionary = {} / {}\nlabel_dictionary = {} / {}\narc_labels = {} (final: {})\narc_label_dictionary = {}\nclustered_words = {}\n{extra}train_sentences = {n_train}\ndev_sentences = {n_dev}\n",
            self.language,
            self.seed,
            self.tagger_epochs,
            self.parser_epochs,
            self.labeler_epochs,
            self.jackknife_folds,
            self.min_feature_count,
            self.explore_from_epoch,
            self.explore_probability,
            self.prune_below,
            self.tag_dictionary_min_count,
            self.tag_dictionary_share,
            self.label_dictionary_min_count,
            self.label_dictionary_share,
            self.arc_labels,
            self.arc_labels_final,
            self.arc_label_dictionary,
            self.clusters.len()
        )
    }
}

/// A treebank read into memory, with the SHA-256 of its (decompressed) bytes.
pub struct Treebank {
    pub sentences: Vec<Sentence>,
    pub sha256: String,
}

/// Reads a `.conllu` or `.conllu.gz` file.
pub fn read_treebank(path: &Path) -> Result<Treebank, SyntaxError> {
    let io = |e: std::io::Error| SyntaxError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    if path.extension().is_some_and(|e| e == "gz") {
        flate2::read::MultiGzDecoder::new(file)
            .read_to_end(&mut bytes)
            .map_err(io)?;
    } else {
        BufReader::new(file).read_to_end(&mut bytes).map_err(io)?;
    }
    let sha256 = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let sentences = Reader::new(bytes.as_slice())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| SyntaxError::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
    Ok(Treebank { sentences, sha256 })
}

/// A training sentence in the trainer's form.
#[derive(Clone)]
pub(crate) struct Gold {
    pub words: Vec<WordHashes>,
    pub forms: Vec<String>,
    pub tags: Vec<u8>,
    pub lemmas: Vec<String>,
    /// 0-based heads, `n` for the root.
    pub heads: Vec<u32>,
    pub labels: Vec<u8>,
}

fn index_of(names: &[String], name: &str) -> Option<u8> {
    names
        .binary_search_by(|n| n.as_str().cmp(name))
        .ok()
        .map(|i| i as u8)
}

fn sorted_set<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut v: Vec<String> = values.map(str::to_owned).collect();
    v.sort();
    v.dedup();
    v
}

fn to_gold(sentences: &[Sentence], tag_names: &[String], label_names: &[String]) -> Vec<Gold> {
    let (mut lower, mut chars) = (String::new(), Vec::new());
    sentences
        .iter()
        .filter(|s| !s.words.is_empty() && s.check_tree().is_ok())
        .filter_map(|s| {
            let n = s.words.len() as u32;
            let tags: Option<Vec<u8>> = s
                .words
                .iter()
                .map(|w| index_of(tag_names, &w.upos))
                .collect();
            let labels: Option<Vec<u8>> = s
                .words
                .iter()
                .map(|w| index_of(label_names, &w.deprel))
                .collect();
            Some(Gold {
                words: s
                    .words
                    .iter()
                    .map(|w| WordHashes::of(&w.form, &mut lower, &mut chars))
                    .collect(),
                forms: s.words.iter().map(|w| w.form.clone()).collect(),
                tags: tags?,
                lemmas: s.words.iter().map(|w| w.lemma.clone()).collect(),
                heads: s
                    .words
                    .iter()
                    .map(|w| match w.head {
                        Some(0) | None => n,
                        Some(h) => h as u32 - 1,
                    })
                    .collect(),
                labels: labels?,
            })
        })
        .collect()
}

/// Trains every part and assembles the model. `log` receives progress lines.
pub fn train(
    train_bank: &Treebank,
    dev_bank: &Treebank,
    config: &TrainConfig,
    log: &mut dyn FnMut(&str),
) -> Result<Model, SyntaxError> {
    let good: Vec<&Sentence> = train_bank
        .sentences
        .iter()
        .filter(|s| s.check_tree().is_ok())
        .collect();
    let tag_names = sorted_set(
        good.iter()
            .flat_map(|s| s.words.iter().map(|w| w.upos.as_str())),
    );
    let label_names = sorted_set(
        good.iter()
            .flat_map(|s| s.words.iter().map(|w| w.deprel.as_str())),
    );
    let root_label = index_of(&label_names, "root")
        .ok_or_else(|| SyntaxError::Model("the training data has no `root` relation".into()))?;
    let mut train = to_gold(&train_bank.sentences, &tag_names, &label_names);
    let mut dev = to_gold(&dev_bank.sentences, &tag_names, &label_names);
    for g in train.iter_mut().chain(&mut dev) {
        config.clusters.fill(&mut g.words);
    }
    if train.is_empty() {
        return Err(SyntaxError::Model("no usable training sentences".into()));
    }
    log(&format!(
        "{} training sentences, {} dev; {} tags, {} labels",
        train.len(),
        dev.len(),
        tag_names.len(),
        label_names.len()
    ));
    let mut rng = perceptron::Rng::new(config.seed);

    let (tagger, predicted_tags) =
        tagger::train(&train, &dev, tag_names.len(), config, &mut rng, log)?;
    let dev_tags: Vec<Vec<u8>> = dev.iter().map(|g| tagger::predict(&tagger, g)).collect();

    let lemmatiser = lemma::train(&train, &tag_names);
    let (clitic_suffixes, clitic_prefixes) = clitics::learn(&train_bank.sentences);
    log(&format!(
        "clitics split off words: suffixes {clitic_suffixes:?}, prefixes {clitic_prefixes:?}"
    ));
    let contractions = if config.contractions {
        let c = contractions::learn(&good, &tag_names, &config.hyphen_suffixes);
        log(&format!(
            "contractions expanded in text: {:?}; hyphenated words joined: {}, hyphen suffixes split off: {:?}; abbreviations: {:?}",
            c.surfaces(),
            c.joins_hyphens(),
            c.hyphen_suffixes(),
            c.abbreviations()
        ));
        c
    } else {
        crate::contractions::Contractions::default()
    };

    let punct_tag = index_of(&tag_names, "PUNCT");
    let lifted;
    let parser_train = if config.projective_training {
        lifted = projective::lifted(&train);
        log(&format!(
            "parser trees made projective: {} of {} sentences",
            lifted
                .iter()
                .zip(&train)
                .filter(|(l, g)| l.heads != g.heads)
                .count(),
            train.len()
        ));
        &lifted
    } else {
        &train
    };
    let parser = parser::train(
        parser_train,
        &predicted_tags,
        &dev,
        &dev_tags,
        &parser::ParserSetup {
            punct_tag,
            n_tags: tag_names.len(),
            n_labels: label_names.len(),
            root_label,
        },
        config,
        &mut rng,
        log,
    )?;
    // With final arc labels the labeler is never asked: it ships empty.
    let labeler = if config.arc_labels && config.arc_labels_final {
        log("labeler: none (the parser's arc labels are final)");
        labeler::empty(&tag_names, label_names.len(), root_label, config)?
    } else {
        labeler::train(
            &train,
            &predicted_tags,
            &dev,
            &dev_tags,
            &lemmatiser,
            &tag_names,
            label_names.len(),
            root_label,
            config,
            &mut rng,
            log,
        )?
    };
    let info = ModelInfo {
        language: config.language.clone(),
        config: config.describe(train.len(), dev.len()),
        data_sha256: train_bank.sha256.clone(),
    };
    Ok(Model::from_parts(ModelParts {
        info,
        tag_names,
        label_names,
        clitic_suffixes,
        clitic_prefixes,
        contractions,
        tagger,
        lemmatiser,
        parser,
        labeler,
        clusters: config.clusters.clone(),
    }))
}

/// `model` with only its labeler trained again (with `config`'s labeler
/// templates, epochs and label dictionary), its tagger, lemmatiser and
/// parser kept: for trying labelers without training the parser each
/// time. The labeler learns from jackknifed tags, as in `train`, when
/// `config.jackknife_folds` > 1 (the tagger is trained again for them, and
/// dropped); otherwise from `model`'s own tags of the training sentences,
/// which are cleaner than tags of unseen text: quicker, for comparing
/// labelers with each other only.
pub fn retrain_labeler(
    model: &Model,
    train_bank: &Treebank,
    dev_bank: &Treebank,
    config: &TrainConfig,
    log: &mut dyn FnMut(&str),
) -> Result<Model, SyntaxError> {
    if model.parser.labels.as_ref().is_some_and(|l| l.are_final) {
        return Err(SyntaxError::Model(
            "this model's parser labels the arcs and never asks its labeler".into(),
        ));
    }
    let tag_names = &model.tag_names;
    let label_names = &model.label_names;
    let train = to_gold(&train_bank.sentences, tag_names, label_names);
    let dev = to_gold(&dev_bank.sentences, tag_names, label_names);
    let mut rng = perceptron::Rng::new(config.seed);
    let predicted_tags = if config.jackknife_folds > 1 {
        tagger::train(&train, &dev, tag_names.len(), config, &mut rng, log)?.1
    } else {
        train
            .iter()
            .map(|g| tagger::predict(&model.tagger, g))
            .collect()
    };
    let dev_tags: Vec<Vec<u8>> = dev
        .iter()
        .map(|g| tagger::predict(&model.tagger, g))
        .collect();
    let labeler = labeler::train(
        &train,
        &predicted_tags,
        &dev,
        &dev_tags,
        &model.lemmatiser,
        tag_names,
        label_names.len(),
        model.labeler.root_label,
        config,
        &mut rng,
        log,
    )?;
    let mut info = model.info.clone();
    info.config.push_str(&format!(
        "labeler retrained: labeler_epochs = {}, jackknife_folds = {}, min_feature_count = {}, label_dictionary = {} / {}\n",
        config.labeler_epochs,
        config.jackknife_folds,
        config.min_feature_count,
        config.label_dictionary_min_count,
        config.label_dictionary_share
    ));
    Ok(Model {
        info,
        labeler,
        ..model.clone()
    })
}

/// Logs each template's share of a trained classifier's weight, smallest
/// first: the candidates for pruning.
pub(crate) fn log_template_shares(shares: &[f64], source: &str, log: &mut dyn FnMut(&str)) {
    let lines: Vec<&str> = source
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect();
    let mut ranked: Vec<(f64, &str)> = shares.iter().copied().zip(lines).collect();
    ranked.sort_by(|a, b| a.0.total_cmp(&b.0));
    let text: Vec<String> = ranked
        .iter()
        .map(|(s, l)| format!("{:.1}% {l}", 100.0 * s))
        .collect();
    log(&format!(
        "  template weight shares, smallest first: {}",
        text.join("; ")
    ));
}

/// Per key, the counts of each class seen with it; `majorities` keeps the
/// keys whose most frequent class has at least `share` of at least
/// `min_count` observations (the tag and label dictionaries).
pub(crate) struct ClassCounts<K> {
    n_classes: usize,
    counts: rustc_hash::FxHashMap<K, Vec<u32>>,
}

impl<K: std::hash::Hash + Eq> ClassCounts<K> {
    pub fn new(n_classes: usize) -> Self {
        Self {
            n_classes,
            counts: Default::default(),
        }
    }

    pub fn add(&mut self, key: K, class: u8) {
        let n = self.n_classes;
        self.counts.entry(key).or_insert_with(|| vec![0; n])[class as usize] += 1;
    }

    pub fn majorities(self, min_count: u32, share: f64) -> rustc_hash::FxHashMap<K, u8> {
        self.counts
            .into_iter()
            .filter_map(|(key, c)| {
                let total: u32 = c.iter().sum();
                let (best, &n) = c
                    .iter()
                    .enumerate()
                    .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
                (total >= min_count && n as f64 >= share * total as f64)
                    .then_some((key, best as u8))
            })
            .collect()
    }
}
