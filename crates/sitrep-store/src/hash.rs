//! The idempotence key of a document.
//!
//! Two documents are "the same document" when the same outlet published the
//! same body text. The hash therefore covers:
//!
//! - the outlet, trimmed and lower-cased (absent outlet = empty), so that a
//!   wire story carried verbatim by two papers is stored twice — once per
//!   outlet — and counts as two sources of one story (the near-duplicate link
//!   joins them);
//! - the text with every run of whitespace collapsed to one space and the ends
//!   trimmed, so that re-fetching a page with different line wrapping or
//!   trailing blank lines changes nothing.
//!
//! The title, URL, date and the caller's id are left out on purpose: an
//! updated headline or an AMP URL for the same article must not make it a new
//! document. SHA-256 rather than a fast 64-bit hash because a collision would
//! silently drop a report, and reports can come from adversarial sources.

use std::fmt;

use sha2::{Digest, Sha256};
use sitrep_model::Document;

/// SHA-256 of a document's outlet and whitespace-normalised text.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContentHash(pub [u8; 32]);

impl ContentHash {
    /// The hash of `doc` as the store computes it.
    pub fn of(doc: &Document) -> Self {
        Self::of_parts(doc.outlet.as_deref(), &doc.text)
    }

    /// The hash of a body text as published by `outlet`.
    pub fn of_parts(outlet: Option<&str>, text: &str) -> Self {
        let mut h = Sha256::new();
        h.update(outlet.unwrap_or("").trim().to_lowercase().as_bytes());
        // A separator that cannot occur in the lower-cased outlet keeps
        // ("ab", "c") and ("a", "bc") apart.
        h.update([0u8]);
        let mut first = true;
        for word in text.split_whitespace() {
            if !first {
                h.update(b" ");
            }
            h.update(word.as_bytes());
            first = false;
        }
        Self(h.finalize().into())
    }

    /// Lower-case hex, 64 characters.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl fmt::Debug for ContentHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ContentHash({})", self.to_hex())
    }
}

impl fmt::Display for ContentHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_and_outlet_case_do_not_matter() {
        let a = ContentHash::of_parts(Some("Reuters"), "Troops  moved\nnorth. ");
        let b = ContentHash::of_parts(Some(" reuters"), "Troops moved north.");
        assert_eq!(a, b);
    }

    #[test]
    fn outlet_and_words_do() {
        let a = ContentHash::of_parts(Some("Reuters"), "Troops moved north.");
        assert_ne!(a, ContentHash::of_parts(Some("AFP"), "Troops moved north."));
        assert_ne!(
            a,
            ContentHash::of_parts(Some("Reuters"), "Troops moved south.")
        );
        assert_ne!(a, ContentHash::of_parts(None, "Troops moved north."));
    }
}
