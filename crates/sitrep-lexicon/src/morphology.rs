//! English verb inflection: regular rules, overridden by
//! `en/irregular_verbs.tsv` for the verbs the rules get wrong.

use rustc_hash::FxHashMap;

use crate::source::IrregularVerb;

/// Which inflection a form is; a form may be several (`sent` is past and
/// past participle).
pub mod form {
    pub const BASE: u8 = 1;
    pub const THIRD: u8 = 2;
    pub const PAST: u8 = 4;
    pub const PARTICIPLE: u8 = 8;
    pub const ING: u8 = 16;
    /// French futur ("attaquera"): an act still to come.
    pub const FUTURE: u8 = 32;
    /// French conditionnel ("attaquerait"): an act only possible, or one
    /// the writer reports without vouching for it.
    pub const CONDITIONAL: u8 = 64;
}

pub struct Morphology {
    irregular: FxHashMap<String, IrregularVerb>,
}

/// Inflected forms with their flags, each form once: a form that is
/// several inflections carries all their flags (`sent`: past and
/// participle).
#[derive(Default)]
pub(crate) struct Forms(pub(crate) Vec<(String, u8)>);

impl Forms {
    pub(crate) fn add(&mut self, word: String, flags: u8) {
        match self.0.iter_mut().find(|(w, _)| *w == word) {
            Some((_, f)) => *f |= flags,
            None => self.0.push((word, flags)),
        }
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

impl Morphology {
    pub fn new(irregular: &[IrregularVerb]) -> Self {
        Self { irregular: irregular.iter().map(|v| (v.lemma.to_lowercase(), v.clone())).collect() }
    }

    /// Every inflected form of `lemma` with its form flags. Multi-word lemmas
    /// inflect their first word.
    pub fn forms(&self, lemma: &str) -> Vec<(String, u8)> {
        let mut out = Forms::default();
        let mut add = |w: String, f: u8| out.add(w, f);
        add(lemma.to_owned(), form::BASE);
        let irr = self.irregular.get(lemma);
        let pick = |field: Option<&Vec<String>>, regular: String| -> Vec<String> {
            match field {
                Some(v) if !v.is_empty() => v.clone(),
                _ => vec![regular],
            }
        };
        for w in pick(irr.map(|v| &v.third_person), third_person(lemma)) {
            add(w, form::THIRD);
        }
        for w in pick(irr.map(|v| &v.past), past(lemma)) {
            add(w, form::PAST);
        }
        for w in pick(irr.map(|v| &v.past_participle), past(lemma)) {
            add(w, form::PARTICIPLE);
        }
        for w in pick(irr.map(|v| &v.present_participle), ing(lemma)) {
            add(w, form::ING);
        }
        out.0
    }
}

fn third_person(v: &str) -> String {
    let b = v.as_bytes();
    if v.ends_with(['s', 'x', 'z']) || v.ends_with("ch") || v.ends_with("sh") {
        format!("{v}es")
    } else if b.len() > 1 && b[b.len() - 1] == b'y' && !is_vowel(b[b.len() - 2]) {
        format!("{}ies", &v[..v.len() - 1])
    } else {
        format!("{v}s")
    }
}

fn past(v: &str) -> String {
    let b = v.as_bytes();
    if v.ends_with('e') {
        format!("{v}d")
    } else if b.len() > 1 && b[b.len() - 1] == b'y' && !is_vowel(b[b.len() - 2]) {
        format!("{}ied", &v[..v.len() - 1])
    } else {
        format!("{v}ed")
    }
}

fn ing(v: &str) -> String {
    if let Some(stem) = v.strip_suffix("ie") {
        format!("{stem}ying")
    } else if v.ends_with('e') && !(v.ends_with("ee") || v.ends_with("ye") || v.ends_with("oe")) && v.len() > 2 {
        format!("{}ing", &v[..v.len() - 1])
    } else {
        format!("{v}ing")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(m: &Morphology, v: &str) -> Vec<String> {
        m.forms(v).into_iter().map(|(w, _)| w).collect()
    }

    #[test]
    fn regular_rules() {
        let m = Morphology::new(&[]);
        assert_eq!(forms(&m, "accuse"), ["accuse", "accuses", "accused", "accusing"]);
        assert_eq!(forms(&m, "deploy"), ["deploy", "deploys", "deployed", "deploying"]);
        assert_eq!(forms(&m, "harbor"), ["harbor", "harbors", "harbored", "harboring"]);
        assert_eq!(forms(&m, "rally"), ["rally", "rallies", "rallied", "rallying"]);
        assert_eq!(forms(&m, "attach"), ["attach", "attaches", "attached", "attaching"]);
    }

    #[test]
    fn irregular_table_overrides_rules() {
        let send = IrregularVerb {
            lemma: "send".into(),
            past: vec!["sent".into()],
            past_participle: vec!["sent".into()],
            ..Default::default()
        };
        let m = Morphology::new(&[send]);
        let f = m.forms("send");
        let sent = f.iter().find(|(w, _)| w == "sent").unwrap();
        assert_eq!(sent.1, form::PAST | form::PARTICIPLE);
        assert!(f.iter().any(|(w, _)| w == "sending"));
    }
}
