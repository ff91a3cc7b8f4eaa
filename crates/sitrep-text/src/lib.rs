//! Text for sitrep: sentences and tokens, with byte offsets into the
//! original text and a normalised form of each token for matching.
//!
//! Nothing here rewrites the document: offsets always point into the text as
//! it was given, so every event's `span` can be shown to a reader verbatim.
//! Normalisation (lower case, folded diacritics, straight quotes) happens per
//! token, into a buffer that is reused from sentence to sentence.

mod cut;
mod language;
mod markup;
mod normalise;
mod sentences;
mod tokens;

pub use cut::MAX_SENTENCE_BYTES;
pub use normalise::{normalise_in, normalise_into};
pub use sentences::{split_sentences, Abbreviations, SentenceSplitter};
pub use language::{Language, UnknownLanguage};
pub use tokens::{french_elided, is_apostrophe, tokenise, tokenise_in, Token, TokenKind, Tokens};
