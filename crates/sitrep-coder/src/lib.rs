//! The coder: from a news sentence to CAMEO/PLOVER events, reading roles from
//! sitrep-syntax's dependency parse where it names them.
//!
//! Each sentence goes through a few passes over its tokens, all driven by the
//! compiled [`Lexicon`](sitrep_lexicon::Lexicon):
//!
//! 1. `scan`: word ids, cue phrases (hedges, negation, attribution…) and
//!    lexicon mentions (actors and role nouns), longest match first;
//! 2. `groups`: mentions combined into actors ("Burkina Faso's junta",
//!    "President Vladimir Putin") and compounds ("Russia and China");
//! 3. `clauses`: relative clauses, attribution phrases and quotations
//!    (`quotes`: a quotation that runs on into the next sentences keeps
//!    its speaker);
//! 4. `matching`: verb and noun patterns, with passive voice;
//! 5. `tree`, `roles`: source and target from the parse (subject, object,
//!    agent, control, relative clauses), else from word order, voice and
//!    verb chains; `certainty` and `attribution` from the cues, a speaker's
//!    reach bounded by the parse; `names`: a proper name no lexicon entry
//!    covers, in a role no actor took, as an uncoded actor;
//! 6. `context`: back-references ("the junta", "his administration") to
//!    actors named earlier in the document, and the date roles are read
//!    on (`undated`: the latest year an undated document names).
//!
//! ```no_run
//! use std::sync::Arc;
//! use sitrep_coder::{Coder, Scratch};
//! use sitrep_model::Document;
//!
//! let coder = Coder::new(Arc::new(sitrep_lexicon::Lexicon::builtin().unwrap()));
//! let mut events = Vec::new();
//! let doc = Document::new("d1", "Russian troops attacked Ukrainian positions.");
//! coder.code(&doc, &mut Scratch::default(), &mut events);
//! ```

mod appeals;
mod attribution;
mod certainty;
mod clauses;
mod coder;
mod context;
mod explain;
mod groups;
mod matching;
mod names;
mod quotes;
mod roles;
mod reciprocal;
mod scan;
mod sentence;
mod shared_owner;
mod spelled_subjects;
mod tree;
mod undated;

pub use coder::{Coder, CoderOptions, OverBudget, Scratch, Verdict};
