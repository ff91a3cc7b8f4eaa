//! Sentence structure for sitrep: a tagger (Universal POS tags), a
//! lemmatiser and a labelled dependency parser producing Universal
//! Dependencies trees, trained on UD treebanks by sitrep's own trainer and
//! fast enough to parse every sentence of a news stream on one core.
//!
//! The pipeline for one sentence: words (sitrep-text's tokens, with the
//! clitics a treebank splits split off) → tags (greedy averaged perceptron)
//! → lemmas (training-data lemmas, then learned suffix edit scripts) → heads
//! (greedy arc-hybrid transitions, averaged perceptron, trained with a
//! dynamic oracle) → labels (averaged perceptron over each finished arc).
//! Every classifier reads feature templates that are data (`templates/`,
//! stored inside the model), and its weights are a flat quantised table.
//!
//! ```no_run
//! let model = sitrep_syntax::Model::english()?;
//! let mut scratch = sitrep_syntax::Scratch::default();
//! let mut tree = sitrep_syntax::Analysis::default();
//! let text = "Russian forces took control of the airspace.";
//! model.analyse_text(text, 0..text.len(), &mut scratch, &mut tree);
//! let subject = (0..tree.len()).find(|&i| tree.deprel(i) == "nsubj");
//! # Ok::<(), sitrep_syntax::SyntaxError>(())
//! ```
//!
//! Inference never depends on the trainer (`train`), which only builds the
//! values that `Model` reads.

mod analysis;
mod binio;
pub mod clusters;
pub mod conllu;
pub mod contractions;
mod hashing;
mod keys;
pub mod labeler;
mod lanes;
pub mod lemma;
mod lexical;
mod lookups;
mod model;
pub mod parser;
pub mod scorer;
pub mod tagger;
pub mod templates;
pub mod train;
pub mod transition;
mod weights;
mod words;

pub use analysis::Analysis;
pub use lexical::WordHashes;
pub use model::{Model, ModelInfo, ModelParts, Pruning, Scratch};
pub use weights::Weights;

/// What can go wrong reading models, templates and CoNLL-U.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SyntaxError {
    #[error("model file: {0}")]
    Model(String),
    #[error("{what}, line {line}: {message}")]
    Template {
        what: String,
        line: usize,
        message: String,
    },
    #[error("CoNLL-U line {line}: {message}")]
    Conllu { line: usize, message: String },
    #[error("{path}: {message}")]
    Io { path: String, message: String },
    #[error("this build has no embedded parser model (train one with scripts/train-syntax)")]
    NoEmbeddedModel,
}
