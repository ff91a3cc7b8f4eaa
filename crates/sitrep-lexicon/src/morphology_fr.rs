//! French verb inflection: the forms a `[lemma]` head of `fr/verbs.tsv`
//! (an infinitive) matches in news text, by the rules of the three regular
//! groups (-er, -ir like "finir", -re like "rendre"), overridden column by
//! column by `fr/irregular_verbs.tsv`.
//!
//! News tells events in the third person, and quotes them in the first
//! ("« Nous condamnons … »"): finite forms are the présent, futur and
//! conditionnel, and the imparfait and passé simple (third person only),
//! singular and plural; the compound tenses ("a attaqué", "ont été
//! arrêtés") are the past participle, which agrees in gender and number.
//! The flags say what each form is, as the English ones do (`form`):
//! présent `THIRD`, imparfait and passé simple `PAST`, participle
//! `PARTICIPLE`, présent participle `ING`, futur `FUTURE`, conditionnel
//! `CONDITIONAL`, the infinitive `BASE`.

use rustc_hash::FxHashMap;

use crate::morphology::{form, Forms};
use crate::source::FrenchIrregularVerb;

pub struct FrenchMorphology {
    irregular: FxHashMap<String, FrenchIrregularVerb>,
}

/// The regular forms of a verb by its group.
#[derive(Default)]
struct Regular {
    participle: String,
    present: Vec<String>,
    past: Vec<String>,
    future_stem: String,
    present_participle: String,
}

/// "mange" + "a" → "mangea", "lance" → "lança": -ger and -cer verbs keep
/// their soft consonant before a and o.
fn soften(stem: &str, ending: &str) -> String {
    let hard = ending.starts_with(['a', 'o', 'â']);
    if hard && stem.ends_with('g') {
        format!("{stem}e{ending}")
    } else if hard && stem.ends_with('c') {
        format!("{}ç{ending}", &stem[..stem.len() - 1])
    } else {
        format!("{stem}{ending}")
    }
}

fn regular(lemma: &str) -> Option<Regular> {
    if let Some(stem) = lemma.strip_suffix("er") {
        let s = |e: &str| soften(stem, e);
        return Some(Regular {
            participle: format!("{stem}é"),
            present: vec![s("e"), s("ent")],
            past: vec![s("ait"), s("aient"), s("a"), format!("{stem}èrent")],
            future_stem: lemma.to_owned(),
            present_participle: s("ant"),
        });
    }
    if let Some(stem) = lemma.strip_suffix("ir") {
        return Some(Regular {
            participle: format!("{stem}i"),
            present: vec![format!("{stem}it"), format!("{stem}issent")],
            past: vec![format!("{stem}issait"), format!("{stem}issaient"), format!("{stem}it"), format!("{stem}irent")],
            future_stem: lemma.to_owned(),
            present_participle: format!("{stem}issant"),
        });
    }
    if let Some(stem) = lemma.strip_suffix("re") {
        return Some(Regular {
            participle: format!("{stem}u"),
            present: vec![stem.to_owned(), format!("{stem}ent")],
            past: vec![format!("{stem}ait"), format!("{stem}aient"), format!("{stem}it"), format!("{stem}irent")],
            future_stem: stem.to_owned() + "r",
            present_participle: format!("{stem}ant"),
        });
    }
    None
}

/// The participle in both genders and numbers: "pris" → prise, prises;
/// "attaqué" → attaquée, attaqués, attaquées.
fn agreeing(participle: &str) -> [String; 4] {
    let plural = if participle.ends_with(['s', 'x']) { participle.to_owned() } else { format!("{participle}s") };
    [participle.to_owned(), format!("{participle}e"), plural, format!("{participle}es")]
}

impl FrenchMorphology {
    pub fn new(irregular: &[FrenchIrregularVerb]) -> Self {
        Self { irregular: irregular.iter().map(|v| (v.lemma.to_lowercase(), v.clone())).collect() }
    }

    /// Every form of `lemma` with its flags. A lemma that is no infinitive
    /// of the three groups and no irregular verb has only itself.
    pub fn forms(&self, lemma: &str) -> Vec<(String, u8)> {
        let mut out = Forms::default();
        let mut add = |w: String, f: u8| out.add(w, f);
        add(lemma.to_owned(), form::BASE);
        let irr = self.irregular.get(lemma);
        // A verb of no regular group has only the forms its row gives.
        let reg = match (regular(lemma), irr) {
            (Some(reg), _) => reg,
            (None, Some(_)) => Regular::default(),
            (None, None) => return out.0,
        };
        let pick = |field: Option<&Vec<String>>, regular: Vec<String>| -> Vec<String> {
            match field {
                Some(v) if !v.is_empty() => v.clone(),
                _ => regular.into_iter().filter(|w| !w.is_empty()).collect(),
            }
        };
        for p in pick(irr.map(|v| &v.participle), vec![reg.participle]) {
            for w in agreeing(&p) {
                add(w, form::PARTICIPLE);
            }
        }
        let present = pick(irr.map(|v| &v.present), reg.present);
        let past = pick(irr.map(|v| &v.past), reg.past);
        for w in &present {
            add(w.clone(), form::THIRD);
        }
        for w in &past {
            add(w.clone(), form::PAST);
        }
        // The first persons, which quotations speak in ("« Nous condamnons
        // cette attaque »", "je démissionnerai"): "nous" from the
        // imparfait's stem ("prenait" → "prenons", "lançait" → "lançons"),
        // as French forms it for all but a few verbs (être, whose rule form
        // no text writes); "je" in the présent from the third person's for
        // the -ir and -re groups ("finit" → "finis", "rend" → "rends"; an
        // -er verb's "condamne" is both), not for a verb of the irregular
        // table ("suit" would give "suis"). Not the imparfait's "nous" nor
        // the second person: "exécutions", "annexions", "adoptions" are
        // nouns, and "vous" is most often anyone ("si vous vous rendez à
        // Londres", "lorsque vous interpellez une personne").
        if irr.is_none() && !lemma.ends_with("er") {
            for w in present.iter().filter(|w| !w.ends_with("ent")) {
                if let Some(stem) = w.strip_suffix('t') {
                    add(format!("{stem}s"), form::THIRD);
                } else if w.ends_with('d') {
                    add(format!("{w}s"), form::THIRD);
                }
            }
        }
        for stem in past.iter().filter_map(|w| w.strip_suffix("ait")).filter(|stem| !stem.is_empty()) {
            add(format!("{stem}ons"), form::THIRD);
        }
        for stem in pick(irr.map(|v| &v.future_stem), vec![reg.future_stem]) {
            for e in ["a", "ont", "ai", "ons"] {
                add(format!("{stem}{e}"), form::FUTURE);
            }
            for e in ["ait", "aient", "ais", "ions"] {
                add(format!("{stem}{e}"), form::CONDITIONAL);
            }
        }
        for w in pick(irr.map(|v| &v.present_participle), vec![reg.present_participle]) {
            add(w, form::ING);
        }
        out.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(m: &FrenchMorphology, lemma: &str, flag: u8) -> Vec<String> {
        m.forms(lemma).into_iter().filter(|(_, f)| f & flag != 0).map(|(w, _)| w).collect()
    }

    #[test]
    fn regular_groups() {
        let m = FrenchMorphology::new(&[]);
        assert_eq!(forms(&m, "attaquer", form::PARTICIPLE), ["attaqué", "attaquée", "attaqués", "attaquées"]);
        assert_eq!(forms(&m, "attaquer", form::THIRD), ["attaque", "attaquent", "attaquons"]);
        assert_eq!(forms(&m, "lancer", form::PAST), ["lançait", "lançaient", "lança", "lancèrent"]);
        assert_eq!(forms(&m, "lancer", form::THIRD), ["lance", "lancent", "lançons"]);
        assert_eq!(forms(&m, "engager", form::THIRD), ["engage", "engagent", "engageons"]);
        assert_eq!(forms(&m, "engager", form::ING), ["engageant"]);
        assert_eq!(forms(&m, "attaquer", form::FUTURE), ["attaquera", "attaqueront", "attaquerai", "attaquerons"]);
        assert_eq!(forms(&m, "attaquer", form::CONDITIONAL), ["attaquerait", "attaqueraient", "attaquerais", "attaquerions"]);
        // "envahis" is the participle's plural as well.
        assert_eq!(forms(&m, "envahir", form::THIRD), ["envahis", "envahit", "envahissent", "envahissons"]);
        assert_eq!(forms(&m, "rendre", form::THIRD), ["rend", "rendent", "rends", "rendons"]);
        assert_eq!(forms(&m, "rendre", form::PARTICIPLE), ["rendu", "rendue", "rendus", "rendues"]);
        assert_eq!(forms(&m, "rendre", form::FUTURE), ["rendra", "rendront", "rendrai", "rendrons"]);
    }

    #[test]
    fn irregular_columns_override_the_rules() {
        let prendre = FrenchIrregularVerb {
            lemma: "prendre".into(),
            participle: vec!["pris".into()],
            present: vec!["prend".into(), "prennent".into()],
            past: vec!["prit".into(), "prirent".into()],
            future_stem: Vec::new(),
            present_participle: vec!["prenant".into()],
        };
        let m = FrenchMorphology::new(&[prendre]);
        assert_eq!(forms(&m, "prendre", form::PARTICIPLE), ["pris", "prise", "prises"]);
        // (This row gives no imparfait, so no "nous" form; an irregular
        // verb's "je" is not made by rule.)
        assert_eq!(forms(&m, "prendre", form::THIRD), ["prend", "prennent"]);
        // `-`: the rule's forms.
        assert_eq!(forms(&m, "prendre", form::FUTURE), ["prendra", "prendront", "prendrai", "prendrons"]);
    }
}
