//! Training the labeler on gold trees (with predicted tags and lemmas, as
//! at run time), the head's and previous sibling's gold labels as history.

use super::perceptron::{FeatureCounts, Perceptron, Rng};
use super::{log_template_shares, ClassCounts, Gold, TrainConfig};
use crate::hashing::hash_str;
use rustc_hash::FxHashMap;

use crate::labeler::{
    atom_names, atoms, tag_pair_key, FunctionTags, LabelInput, LabelerModel, TreeIndex, N_ATOMS,
};
use crate::lemma::Lemmatiser;
use crate::tagger::{argmax, ClassifierBuffers};
use crate::templates::Templates;
use crate::SyntaxError;

pub fn templates(source: &str) -> Result<Templates, SyntaxError> {
    let names = atom_names();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    Templates::parse(source, &names, "templates/labeler.txt")
}

struct Prepared {
    lowers: Vec<u64>,
    lemmas: Vec<u64>,
    tree: TreeIndex,
}

impl Prepared {
    fn input<'a>(&'a self, g: &'a Gold, tags: &'a [u8], function: FunctionTags) -> LabelInput<'a> {
        LabelInput {
            words: &self.lowers,
            tags,
            lemmas: &self.lemmas,
            heads: &g.heads,
            tree: &self.tree,
            function,
        }
    }
}

fn prepare(g: &Gold, tags: &[u8], lemmatiser: &Lemmatiser, aux: Option<u8>) -> Prepared {
    let (mut lower, mut out) = (String::new(), String::new());
    let lemmas = g
        .forms
        .iter()
        .zip(tags)
        .map(|(f, &t)| {
            lemmatiser.lemma_into(f, t, &mut lower, &mut out);
            hash_str(&out)
        })
        .collect();
    let mut tree = TreeIndex::default();
    tree.build(&g.heads, tags, aux);
    Prepared {
        lowers: g.words.iter().map(|w| w.lower).collect(),
        lemmas,
        tree,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn train(
    train: &[Gold],
    tags: &[Vec<u8>],
    dev: &[Gold],
    dev_tags: &[Vec<u8>],
    lemmatiser: &Lemmatiser,
    tag_names: &[String],
    n_labels: usize,
    root_label: u8,
    config: &TrainConfig,
    rng: &mut Rng,
    log: &mut dyn FnMut(&str),
) -> Result<LabelerModel, SyntaxError> {
    log("labeler");
    let templates = templates(&config.labeler_templates)?;
    let function = FunctionTags::from_names(tag_names);
    let prepared: Vec<Prepared> = train
        .iter()
        .zip(tags)
        .map(|(g, t)| prepare(g, t, lemmatiser, function.aux))
        .collect();
    let dev_prepared: Vec<Prepared> = dev
        .iter()
        .zip(dev_tags)
        .map(|(g, t)| prepare(g, t, lemmatiser, function.aux))
        .collect();
    let mut atom_values = vec![0u64; N_ATOMS];
    let mut small = vec![0u16; N_ATOMS];
    let mut keys = Vec::new();

    let mut counts = FeatureCounts::default();
    for ((g, t), p) in train.iter().zip(tags).zip(&prepared) {
        let li = p.input(g, t, function);
        for &d in &p.tree.order {
            atoms(&li, &g.labels, d, &mut atom_values, &mut small);
            templates.keys(&atom_values, &mut keys);
            counts.add(&keys);
        }
    }
    let label_dictionary = label_dictionary(train, tags, n_labels, config);
    log(&format!(
        "  {} tag pairs labelled from the dictionary",
        label_dictionary.len()
    ));
    let (kept, template_of) = counts.at_least(config.min_feature_count);
    let mut perceptron = Perceptron::new(n_labels, Some(kept));
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut scores = Vec::new();
    let mut best: Option<(f64, LabelerModel)> = None;
    for epoch in 0..config.labeler_epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let (g, t, p) = (&train[s], &tags[s], &prepared[s]);
            let n = g.words.len() as u32;
            let li = p.input(g, t, function);
            for &d in &p.tree.order {
                let h = g.heads[d as usize];
                if h == n
                    || label_dictionary.contains_key(&tag_pair_key(
                        t[d as usize],
                        t[h as usize],
                        d < h,
                    ))
                {
                    continue;
                }
                atoms(&li, &g.labels, d, &mut atom_values, &mut small);
                templates.keys(&atom_values, &mut keys);
                perceptron.score(&keys, &mut scores);
                scores[root_label as usize] = f32::NEG_INFINITY;
                let guess = argmax(&scores);
                perceptron.update(&keys, g.labels[d as usize] as usize, guess);
                perceptron.tick();
            }
        }
        let model = LabelerModel::new(
            templates.clone(),
            perceptron.averaged(config.prune_below),
            root_label,
            label_dictionary.clone(),
            tag_names.len(),
        );
        if dev.is_empty() {
            best = Some((0.0, model));
            continue;
        }
        let mut buf = ClassifierBuffers::default();
        let (mut right, mut all) = (0usize, 0usize);
        let mut labels = Vec::new();
        for ((g, t), p) in dev.iter().zip(dev_tags).zip(&dev_prepared) {
            let li = p.input(g, t, function);
            model.label(&li, &mut labels, &mut buf);
            right += labels.iter().zip(&g.labels).filter(|(a, b)| a == b).count();
            all += labels.len();
        }
        let accuracy = right as f64 / all.max(1) as f64;
        log(&format!(
            "  labeler epoch {}: dev label accuracy on gold trees {:.2}% ({} features)",
            epoch + 1,
            100.0 * accuracy,
            model.weights.n_features()
        ));
        if best.as_ref().is_none_or(|(b, _)| accuracy > *b) {
            best = Some((accuracy, model));
        }
    }
    log_template_shares(
        &perceptron.template_shares(&template_of, templates.len()),
        templates.source(),
        log,
    );
    best.map(|(_, m)| m)
        .ok_or_else(|| SyntaxError::Model("labeler_epochs is 0".into()))
}

/// A labeler with no weights, for a model whose parser labels the arcs.
pub fn empty(
    tag_names: &[String],
    n_labels: usize,
    root_label: u8,
    config: &TrainConfig,
) -> Result<LabelerModel, SyntaxError> {
    Ok(LabelerModel::new(
        templates(&config.labeler_templates)?,
        crate::weights::Weights::from_rows(n_labels, &[]),
        root_label,
        FxHashMap::default(),
        tag_names.len(),
    ))
}

/// (dependent tag, head tag, direction) combinations whose label the
/// training data (with predicted tags) gives one way at least
/// `label_dictionary_share` of at least `label_dictionary_min_count` times.
pub(crate) fn label_dictionary(
    train: &[Gold],
    tags: &[Vec<u8>],
    n_labels: usize,
    config: &TrainConfig,
) -> FxHashMap<u32, u8> {
    let mut counts = ClassCounts::new(n_labels);
    for (g, t) in train.iter().zip(tags) {
        let n = g.words.len() as u32;
        for (d, &h) in g.heads.iter().enumerate() {
            if h != n {
                counts.add(
                    tag_pair_key(t[d], t[h as usize], (d as u32) < h),
                    g.labels[d],
                );
            }
        }
    }
    counts.majorities(
        config.label_dictionary_min_count,
        config.label_dictionary_share,
    )
}
