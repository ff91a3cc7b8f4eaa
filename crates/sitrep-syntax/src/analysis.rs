//! The result of analysing one sentence: words with their byte spans,
//! lemmas, universal part-of-speech tags, heads and dependency relations.
//! One value is reused from sentence to sentence; it owns flat buffers, not a
//! `String` per word.

use std::ops::Range;
use std::sync::Arc;

/// One analysed sentence. Word indices are 0-based; `head` is `None` for the
/// root.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub(crate) forms: String,
    pub(crate) form_ends: Vec<u32>,
    pub(crate) spans: Vec<(u32, u32)>,
    pub(crate) lemmas: String,
    pub(crate) lemma_ends: Vec<u32>,
    pub(crate) tags: Vec<u8>,
    /// Head of each word; `len()` stands for the root.
    pub(crate) heads: Vec<u32>,
    pub(crate) labels: Vec<u8>,
    /// The contractions expanded in text: (first word, last word) of the
    /// words one token of the text stands for (French `au` = `à le`).
    pub(crate) multiword: Vec<(u32, u32)>,
    pub(crate) tag_names: Arc<[String]>,
    pub(crate) label_names: Arc<[String]>,
}

fn slice<'a>(text: &'a str, ends: &[u32], i: usize) -> &'a str {
    let start = if i == 0 { 0 } else { ends[i - 1] as usize };
    &text[start..ends[i] as usize]
}

impl Analysis {
    pub(crate) fn clear(&mut self) {
        self.forms.clear();
        self.form_ends.clear();
        self.spans.clear();
        self.lemmas.clear();
        self.lemma_ends.clear();
        self.tags.clear();
        self.heads.clear();
        self.labels.clear();
        self.multiword.clear();
    }

    pub(crate) fn push_word(&mut self, form: &str, span: (u32, u32)) {
        self.forms.push_str(form);
        self.form_ends.push(self.forms.len() as u32);
        self.spans.push(span);
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.form_ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.form_ends.is_empty()
    }

    /// The tokens of the text that stand for several words (contractions
    /// such as French `au` = `à le`, never a split at an apostrophe): the
    /// first and last word of each, in order. The words' forms are the
    /// treebank's (`à`, `le`); their spans are the token's.
    pub fn multiword_tokens(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.multiword.iter().map(|&(a, b)| a as usize..b as usize + 1)
    }

    /// The word as written.
    pub fn form(&self, i: usize) -> &str {
        slice(&self.forms, &self.form_ends, i)
    }

    /// Byte range of the word in the text it was read from (empty ranges at
    /// 0 when the words were given without a text, as from CoNLL-U).
    pub fn span(&self, i: usize) -> Range<usize> {
        let (s, e) = self.spans[i];
        s as usize..e as usize
    }

    pub fn lemma(&self, i: usize) -> &str {
        slice(&self.lemmas, &self.lemma_ends, i)
    }

    /// Universal part-of-speech tag (`NOUN`, `VERB`, `PROPN`…).
    pub fn upos(&self, i: usize) -> &str {
        &self.tag_names[self.tags[i] as usize]
    }

    /// The head's index, `None` for the root of the sentence.
    pub fn head(&self, i: usize) -> Option<usize> {
        let h = self.heads[i] as usize;
        (h < self.len()).then_some(h)
    }

    /// The dependency relation to the head (`nsubj`, `obl:agent`, `root`…).
    pub fn deprel(&self, i: usize) -> &str {
        &self.label_names[self.labels[i] as usize]
    }

    /// The relation without its subtype (`obl:agent` → `obl`).
    pub fn universal_deprel(&self, i: usize) -> &str {
        let d = self.deprel(i);
        d.split(':').next().unwrap_or(d)
    }

    /// The dependents of word `i`, in sentence order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.heads
            .iter()
            .enumerate()
            .filter(move |(_, &h)| h as usize == i)
            .map(|(d, _)| d)
    }

    /// The root word.
    pub fn root(&self) -> Option<usize> {
        (0..self.len()).find(|&i| self.head(i).is_none())
    }

    /// Attaches word `i` to `head` (`None`: as the root) with relation
    /// `label`, for a reader that repairs a parse it knows to be wrong.
    /// Refused (`false`, nothing changed) when `i` or `head` is out of
    /// range, the model has no such relation, or the arc would make a
    /// cycle. Keeping one root is the caller's part.
    pub fn attach(&mut self, i: usize, head: Option<usize>, label: &str) -> bool {
        let n = self.len();
        let Some(l) = self.label_names.iter().position(|name| name == label) else { return false };
        if i >= n || head.is_some_and(|h| h >= n || h == i) {
            return false;
        }
        // `head` must not lie below `i`.
        let mut up = head;
        for _ in 0..n {
            match up {
                Some(u) if u == i => return false,
                Some(u) => up = self.head(u),
                None => break,
            }
        }
        self.heads[i] = head.map_or(n, |h| h) as u32;
        self.labels[i] = l as u8;
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::{Analysis, Model, Scratch};

    fn parsed(text: &str) -> Option<Analysis> {
        let model = Model::english().ok()?;
        let mut a = Analysis::default();
        model.analyse_text(text, 0..text.len(), &mut Scratch::default(), &mut a);
        Some(a)
    }

    #[test]
    fn attach_moves_an_arc_and_refuses_cycles_unknown_labels_and_bad_indices() {
        let Some(mut a) = parsed("Rebels seized the town.") else { return };
        let root = a.root().expect("a root");
        let below = a.children(root).next().expect("a dependent of the root");
        // The root under its own dependent would close a cycle.
        assert!(!a.attach(root, Some(below), "obj"));
        assert!(!a.attach(below, Some(below), "obj"));
        assert!(!a.attach(below, Some(a.len()), "obj"));
        assert!(!a.attach(a.len(), Some(root), "obj"));
        assert!(!a.attach(below, Some(root), "no-such-relation"));
        assert_eq!(a.head(root), None);
        assert!(a.attach(below, Some(root), "dep"));
        assert_eq!((a.head(below), a.deprel(below)), (Some(root), "dep"));
        assert!(a.attach(below, None, "root"));
        assert_eq!(a.head(below), None);
    }
}
