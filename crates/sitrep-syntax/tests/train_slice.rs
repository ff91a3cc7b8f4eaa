//! The trainer end to end on a slice of UD English-EWT (read from
//! `../shared/ud`, never copied): it learns something real, it is
//! deterministic for a seed, and its model survives a round trip through
//! bytes with identical output.

use std::path::PathBuf;

use sitrep_syntax::train::{
    evaluate, read_treebank, retrain_labeler, train, TrainConfig, Treebank,
};
use sitrep_syntax::{Analysis, Model, Scratch};

fn ud(file: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/ud")
        .join(file);
    p.exists().then_some(p)
}

/// The first `train` sentences of EWT train and `dev` of EWT dev.
fn slices(train: usize, dev: usize) -> (Treebank, Treebank) {
    let (Some(train_path), Some(dev_path)) = (
        ud("en_ewt-ud-train.conllu.gz"),
        ud("en_ewt-ud-dev.conllu.gz"),
    ) else {
        panic!("../shared/ud/en_ewt-ud-{{train,dev}}.conllu.gz are needed for this test");
    };
    let mut bank = read_treebank(&train_path).expect("train");
    bank.sentences.truncate(train);
    let mut dev_bank = read_treebank(&dev_path).expect("dev");
    dev_bank.sentences.truncate(dev);
    (bank, dev_bank)
}

fn small_config() -> TrainConfig {
    TrainConfig {
        tagger_epochs: 3,
        parser_epochs: 3,
        labeler_epochs: 2,
        jackknife_folds: 2,
        ..TrainConfig::default()
    }
}

#[test]
fn trains_a_small_model_that_parses() {
    let (bank, dev) = slices(1_500, 300);
    let config = small_config();
    let model = train(&bank, &dev, &config, &mut |_| {}).expect("training");
    let scores = evaluate(&model, &dev.sentences);
    // 1,500 sentences and three epochs: far from the shipped model, far
    // above chance (a parser attaching every word to its neighbour gets
    // about 30% UAS; the most frequent tag alone about 17%).
    assert!(scores.upos > 0.85, "{scores}");
    assert!(scores.uas > 0.65, "{scores}");
    assert!(scores.las > 0.55, "{scores}");
    assert!(model.info.config.contains("parser_epochs = 3"));
    assert_eq!(model.info.data_sha256.len(), 64);

    // Deterministic: the same data and seed give the same bytes.
    let again = train(&bank, &dev, &config, &mut |_| {}).expect("training");
    let bytes = model.to_bytes();
    assert_eq!(bytes, again.to_bytes());

    // Round trip: the reloaded model analyses exactly as the trained one.
    let reloaded = Model::from_bytes(&bytes).expect("reload");
    let text = "Rebels seized the town on Monday, the army said.";
    let (mut s1, mut a1, mut s2, mut a2) = (
        Scratch::default(),
        Analysis::default(),
        Scratch::default(),
        Analysis::default(),
    );
    model.analyse_text(text, 0..text.len(), &mut s1, &mut a1);
    reloaded.analyse_text(text, 0..text.len(), &mut s2, &mut a2);
    for i in 0..a1.len() {
        assert_eq!(
            (a1.upos(i), a1.head(i), a1.deprel(i), a1.lemma(i)),
            (a2.upos(i), a2.head(i), a2.deprel(i), a2.lemma(i))
        );
    }
}

/// Word clusters learnt from the slice's own words go into the model, are
/// read by the parser and tagger templates that name them, and survive
/// the round trip; the arc label dictionary too.
#[test]
fn clusters_and_the_arc_label_dictionary_round_trip() {
    use sitrep_syntax::train::clusters::{corpus_of, learn_tsv, read_tsv, ClassCounts};
    let (bank, dev) = slices(800, 200);
    let tsv = learn_tsv(
        &corpus_of(&bank, "Rebels seized the town.\n"),
        2,
        3,
        ClassCounts::default(),
        &mut |_| {},
    );
    let clusters = read_tsv(&tsv, "slice").expect("clusters");
    assert!(clusters.len() > 500, "{} words clustered", clusters.len());
    let config = TrainConfig {
        clusters,
        arc_label_dictionary: true,
        label_dictionary_share: 0.95,
        tagger_templates: "w0\ns1\nt-1\nc0\nc-1 + c0\nk0 + t-1\n".into(),
        parser_templates: format!(
            "{}s0.c + b0.c\ns1.k + s0.k + b0.t\n",
            TrainConfig::default().parser_templates
        ),
        ..small_config()
    };
    let model = train(&bank, &dev, &config, &mut |_| {}).expect("training");
    assert!(model.info.config.contains("clustered_words = "));
    let scores = evaluate(&model, &dev.sentences);
    assert!(scores.uas > 0.6, "{scores}");
    let reloaded = Model::from_bytes(&model.to_bytes()).expect("reload");
    // (A reloaded model without its clusters would tag and parse
    // differently: every cluster atom would read "none".)
    assert_eq!(evaluate(&reloaded, &dev.sentences), scores);
}

/// The parser's and arc labels' templates over the words' spelling
/// (`templates/parser-spelling.txt`, `arc-labels-voice.txt`: the spelling
/// ones and the voice templates) train a
/// model that reads them: its scores differ from the model without them,
/// its per-word sums and dense tables score as hashing every template does,
/// and it survives the round trip.
#[test]
fn spelling_templates_train_and_score_as_hashing() {
    let templates = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates");
    let read = |f: &str| std::fs::read_to_string(templates.join(f)).expect("template file");
    let (bank, dev) = slices(800, 200);
    let lean = TrainConfig {
        parser_epochs: 2,
        arc_label_dictionary: true,
        parser_templates: read("parser-lean.txt"),
        arc_label_templates: read("arc-labels-lean.txt"),
        ..small_config()
    };
    let config = TrainConfig {
        parser_templates: read("parser-spelling.txt"),
        arc_label_templates: read("arc-labels-voice.txt"),
        ..lean.clone()
    };
    let model = train(&bank, &dev, &config, &mut |_| {}).expect("training");
    let scores = evaluate(&model, &dev.sentences);
    assert!(scores.las > 0.5, "{scores}");
    let without = train(&bank, &dev, &lean, &mut |_| {}).expect("training");
    assert_ne!(evaluate(&without, &dev.sentences), scores);
    assert_eq!(
        evaluate(&model.hashing_every_template(), &dev.sentences),
        scores
    );
    let reloaded = Model::from_bytes(&model.to_bytes()).expect("reload");
    assert_eq!(evaluate(&reloaded, &dev.sentences), scores);
}

#[test]
fn corrupt_models_are_errors_not_panics() {
    assert!(Model::from_bytes(b"").is_err());
    assert!(Model::from_bytes(b"not gzip at all").is_err());
    let Ok(model) = Model::english() else { return };
    let bytes = model.to_bytes();
    for cut in [10, bytes.len() / 2, bytes.len() - 9] {
        assert!(Model::from_bytes(&bytes[..cut]).is_err());
    }
    // The model is read as it inflates; the gzip trailer's checksum and
    // length are still checked, at the end.
    for at in [bytes.len() - 8, bytes.len() - 1] {
        let mut bad = bytes.clone();
        bad[at] ^= 0x55;
        assert!(Model::from_bytes(&bad).is_err(), "trailer byte {at} changed");
    }
}

/// Without final arc labels (`train-syntax train --relabel`) the top-down
/// labeler is trained and labels the finished tree; with them it ships
/// empty and the parser's labels are the answer. Both parse.
#[test]
fn relabelling_trains_the_labeler() {
    let (bank, dev) = slices(800, 200);
    let config = TrainConfig {
        arc_labels_final: false,
        parser_epochs: 2,
        ..small_config()
    };
    let model = train(&bank, &dev, &config, &mut |_| {}).expect("training");
    assert!(model
        .info
        .config
        .contains("arc_labels = true (final: false)"));
    let scores = evaluate(&model, &dev.sentences);
    assert!(scores.las > 0.5, "{scores}");
    let reloaded = Model::from_bytes(&model.to_bytes()).expect("reload");
    assert_eq!(evaluate(&reloaded, &dev.sentences).las, scores.las);
}

/// The parser can learn from projective trees and from both tagger passes'
/// jackknifed tags (`train-syntax train --projectivize
/// --jackknife-both-passes`): the model says so, parses, and is the same
/// bytes for the same data and seed, but not the same model as without.
#[test]
fn projective_trees_and_two_pass_tags_train_a_model() {
    let (bank, dev) = slices(800, 200);
    let plain = TrainConfig {
        parser_epochs: 2,
        ..small_config()
    };
    let config = TrainConfig {
        projective_training: true,
        jackknife_both_passes: true,
        ..plain.clone()
    };
    let model = train(&bank, &dev, &config, &mut |_| {}).expect("training");
    assert!(model.info.config.contains("jackknife_both_passes = true\n"));
    assert!(model.info.config.contains("projective_training = true\n"));
    let scores = evaluate(&model, &dev.sentences);
    assert!(scores.las > 0.5, "{scores}");
    let again = train(&bank, &dev, &config, &mut |_| {}).expect("training");
    assert_eq!(model.to_bytes(), again.to_bytes());
    let without = train(&bank, &dev, &plain, &mut |_| {}).expect("training");
    assert!(!without.info.config.contains("projective_training"));
    assert_ne!(evaluate(&without, &dev.sentences), scores);
}

/// `retrain_labeler` learns the labels again (here from three templates
/// and a looser label dictionary) and keeps the rest: the tags and heads
/// are those of the model it starts from, and the same data and seed give
/// the same bytes. A model whose parser's labels are final is refused.
#[test]
fn retraining_the_labeler_keeps_tags_and_heads() {
    let (bank, dev) = slices(800, 200);
    let config = TrainConfig {
        arc_labels: false,
        parser_epochs: 2,
        ..small_config()
    };
    let model = train(&bank, &dev, &config, &mut |_| {}).expect("training");
    let smaller = TrainConfig {
        labeler_templates: "d.w\nd.t + h.t\nh.lab + d.t\n".into(),
        label_dictionary_min_count: 5,
        label_dictionary_share: 0.9,
        ..config.clone()
    };
    let relabelled =
        retrain_labeler(&model, &bank, &dev, &smaller, &mut |_| {}).expect("retraining");
    let (before, after) = (
        evaluate(&model, &dev.sentences),
        evaluate(&relabelled, &dev.sentences),
    );
    assert_eq!((before.upos, before.uas), (after.upos, after.uas));
    assert!(after.las > 0.4 && after.las <= after.uas, "{after}");
    assert!(relabelled
        .info
        .config
        .contains("label_dictionary = 5 / 0.9"));
    let again = retrain_labeler(&model, &bank, &dev, &smaller, &mut |_| {}).expect("retraining");
    assert_eq!(relabelled.to_bytes(), again.to_bytes());

    let final_labels = train(
        &bank,
        &dev,
        &TrainConfig {
            parser_epochs: 1,
            ..small_config()
        },
        &mut |_| {},
    )
    .expect("training");
    assert!(retrain_labeler(&final_labels, &bank, &dev, &smaller, &mut |_| {}).is_err());
}
