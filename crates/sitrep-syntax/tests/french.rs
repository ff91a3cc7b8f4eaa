//! French: the trainer on a slice of UD French-Sequoia (read from
//! `../shared/ud`, never copied; skipped with a message where it is
//! absent) learns the treebank's contractions and expands them in text;
//! the shipped French model (`model/fr.sitrep-syntax.gz`,
//! `scripts/train-syntax-fr`) parses French news as UD French writes it
//! (any text: `tests/properties.rs`).

use std::path::PathBuf;

use sitrep_syntax::train::{evaluate, evaluate_text, read_treebank, train, TrainConfig};
use sitrep_syntax::{Analysis, Model, Scratch};

fn ud(file: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/ud")
        .join(file);
    p.exists().then_some(p)
}

fn analyse(model: &Model, text: &str) -> Analysis {
    let mut a = Analysis::default();
    model.analyse_text(text, 0..text.len(), &mut Scratch::default(), &mut a);
    a
}

fn forms(a: &Analysis) -> Vec<&str> {
    (0..a.len()).map(|i| a.form(i)).collect()
}

#[test]
fn trains_on_a_sequoia_slice_and_expands_contractions() {
    let (Some(train_path), Some(dev_path)) = (
        ud("fr_sequoia-ud-train.conllu.gz"),
        ud("fr_sequoia-ud-dev.conllu.gz"),
    ) else {
        eprintln!("skipped: ../shared/ud/fr_sequoia-ud-{{train,dev}}.conllu.gz are absent");
        return;
    };
    let mut bank = read_treebank(&train_path).expect("train");
    bank.sentences.truncate(800);
    let mut dev = read_treebank(&dev_path).expect("dev");
    dev.sentences.truncate(150);
    let config = TrainConfig {
        language: "fr".into(),
        contractions: true,
        tagger_epochs: 3,
        parser_epochs: 3,
        labeler_epochs: 2,
        jackknife_folds: 2,
        ..TrainConfig::default()
    };
    let model = train(&bank, &dev, &config, &mut |_| {}).expect("training");
    let scores = evaluate(&model, &dev.sentences);
    assert!(scores.upos > 0.85, "{scores}");
    assert!(scores.uas > 0.65, "{scores}");
    assert!(model.info.config.contains("contractions = true"));
    let learned = model.contractions().surfaces();
    for s in ["au", "aux", "des", "du"] {
        assert!(learned.contains(&s), "{s} not in {learned:?}");
    }
    // `des` is also the determiner: context decides; `au` never is.
    assert!(model.contractions().get("des").expect("des").ambiguous);
    assert!(!model.contractions().get("au").expect("au").ambiguous);

    // Raw text: the contractions' words are the treebank's.
    let a = analyse(&model, "Le ministre est arrivé au Mali.");
    assert_eq!(forms(&a), ["Le", "ministre", "est", "arrivé", "à", "le", "Mali", "."]);
    assert_eq!(a.multiword_tokens().collect::<Vec<_>>(), [4..6]);
    assert_eq!(a.span(4), a.span(5));
    let text_scores = evaluate_text(&model, &dev.sentences);
    assert!(text_scores.contractions_right * 10 >= text_scores.contractions * 8, "{text_scores}");

    // Deterministic, and the contractions survive the round trip.
    let bytes = model.to_bytes();
    assert_eq!(bytes, train(&bank, &dev, &config, &mut |_| {}).expect("training").to_bytes());
    let reloaded = Model::from_bytes(&bytes).expect("reload");
    assert_eq!(reloaded.contractions(), model.contractions());
    assert_eq!(evaluate_text(&reloaded, &dev.sentences), text_scores);
    // Without `contractions` the model has none and keeps format 4 (the
    // English models' bytes do not change).
    let plain = train(&bank, &dev, &TrainConfig { contractions: false, ..config }, &mut |_| {})
        .expect("training");
    assert!(plain.contractions().is_empty());
    assert_eq!(forms(&analyse(&plain, "au Mali")), ["au", "Mali"]);
}

fn french() -> &'static Model {
    Model::french().expect("the built-in French model (scripts/train-syntax-fr)")
}

#[test]
fn the_shipped_model_expands_contractions_and_elisions() {
    let model = french();
    assert_eq!(model.info.language, "fr");
    let a = analyse(
        model,
        "Les soldats du Mali sont arrivés au camp de l'armée, qu'il a visité avec des élus d'Angola.",
    );
    assert_eq!(
        forms(&a),
        [
            "Les", "soldats", "de", "le", "Mali", "sont", "arrivés", "à", "le", "camp", "de", "l'",
            "armée", ",", "qu'", "il", "a", "visité", "avec", "des", "élus", "d'", "Angola", "."
        ]
    );
    assert_eq!(a.multiword_tokens().collect::<Vec<_>>(), [2..4, 7..9]);
    let upos = |i: usize| a.upos(i);
    assert_eq!((upos(2), upos(3)), ("ADP", "DET"));
    assert_eq!((upos(7), upos(8)), ("ADP", "DET"));
    assert_eq!(upos(19), "DET", "`des` after a preposition is the determiner");
    // `à` heads nothing: it is a case marker of `camp`.
    assert_eq!((a.deprel(7), a.head(7)), ("case", Some(9)));
    // Capitals: the first word takes them, as the treebanks write it.
    let b = analyse(model, "Au Mali, la situation des civils reste difficile.");
    assert_eq!(&forms(&b)[..2], ["À", "le"]);
    assert_eq!(&forms(&b)[6..8], ["de", "les"], "`des` after a noun is `de les`");
}

/// The subject pronouns set after a verb by a hyphen are words of their
/// own, the feminine ones too, which Sequoia's training words never show
/// (`data/fr-hyphen-suffixes.txt`): a reporting verb of an incise stays a
/// verb with its subject.
#[test]
fn the_shipped_model_splits_inverted_subject_pronouns() {
    let model = french();
    let a = analyse(model, "« Le texte est injuste », déplore-t-elle, et a-t-on ajouté.");
    let f = forms(&a);
    let at = |w: &str| f.iter().position(|x| *x == w).unwrap_or_else(|| panic!("{w} in {f:?}"));
    let (verb, pronoun) = (at("déplore"), at("-t-elle"));
    assert_eq!(pronoun, verb + 1);
    assert_eq!(a.upos(verb), "VERB");
    assert_eq!(a.upos(pronoun), "PRON");
    assert_eq!(at("-t-on"), at("a") + 1);
}

#[test]
fn shipped_french_accuracy_stays_above_the_floor() {
    let Some(path) = ud("fr_sequoia-ud-test.conllu.gz") else {
        eprintln!("skipped: ../shared/ud/fr_sequoia-ud-test.conllu.gz is absent");
        return;
    };
    let bank = read_treebank(&path).expect("Sequoia test");
    let scores = evaluate(french(), &bank.sentences);
    eprintln!("{scores}");
    // Just under the shipped model's figures (README, "French").
    assert!(scores.upos >= 0.96, "{scores}");
    assert!(scores.las >= 0.82, "{scores}");
}
