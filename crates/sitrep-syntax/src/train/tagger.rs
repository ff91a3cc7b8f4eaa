//! Training the tagger's two passes, and jackknifing the first so that the
//! second pass and the parser learn from tags as wrong as the ones they
//! will see.

use rustc_hash::FxHashMap;

use super::perceptron::{FeatureCounts, Perceptron, Rng};
use super::{log_template_shares, ClassCounts, Gold, TrainConfig};
use crate::tagger::{argmax, atoms, ClassifierBuffers, TaggerModel, TaggerPass, ATOMS};
use crate::templates::Templates;
use crate::SyntaxError;

fn tag_dictionary(train: &[&Gold], n_tags: usize, config: &TrainConfig) -> FxHashMap<u64, u8> {
    let mut counts = ClassCounts::new(n_tags);
    for g in train {
        for (w, &t) in g.words.iter().zip(&g.tags) {
            counts.add(w.form, t);
        }
    }
    counts.majorities(config.tag_dictionary_min_count, config.tag_dictionary_share)
}

fn ahead_of<'a>(data: &'a PassData, s: usize) -> Option<&'a [u8]> {
    data.ahead.as_ref().map(|a| a[s])
}

/// Training examples of one pass: sentences, and for the second pass the
/// first pass's tags of each.
struct PassData<'a> {
    sentences: Vec<&'a Gold>,
    ahead: Option<Vec<&'a [u8]>>,
}

#[allow(clippy::too_many_arguments)]
fn fit_pass(
    train: &PassData,
    dev: &PassData,
    templates: &Templates,
    dictionary: &FxHashMap<u64, u8>,
    n_tags: usize,
    config: &TrainConfig,
    rng: &mut Rng,
    log: &mut dyn FnMut(&str),
) -> Result<TaggerPass, SyntaxError> {
    let mut atom_values = vec![0u64; ATOMS.len()];
    let mut small = vec![0u16; ATOMS.len()];
    let mut keys = Vec::new();
    let mut counts = FeatureCounts::default();
    for (s, g) in train.sentences.iter().enumerate() {
        for i in 0..g.words.len() {
            atoms(
                &g.words,
                &g.tags,
                ahead_of(train, s),
                i,
                &mut atom_values,
                &mut small,
            );
            templates.keys(&atom_values, &mut keys);
            counts.add(&keys);
        }
    }
    let (kept, template_of) = counts.at_least(config.min_feature_count);
    let mut p = Perceptron::new(n_tags, Some(kept));
    let mut order: Vec<usize> = (0..train.sentences.len()).collect();
    let mut best: Option<(f64, TaggerPass)> = None;
    let mut scores = Vec::new();
    let mut history = Vec::new();
    for epoch in 0..config.tagger_epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let g = train.sentences[s];
            history.clear();
            for i in 0..g.words.len() {
                if let Some(&t) = dictionary.get(&g.words[i].form) {
                    history.push(t);
                    continue;
                }
                atoms(
                    &g.words,
                    &history,
                    ahead_of(train, s),
                    i,
                    &mut atom_values,
                    &mut small,
                );
                templates.keys(&atom_values, &mut keys);
                p.score(&keys, &mut scores);
                let guess = argmax(&scores);
                p.update(&keys, g.tags[i] as usize, guess);
                p.tick();
                history.push(guess as u8);
            }
        }
        let pass = TaggerPass::new(templates.clone(), p.averaged(config.prune_below));
        if dev.sentences.is_empty() {
            best = Some((0.0, pass));
            continue;
        }
        let mut buf = ClassifierBuffers::default();
        let (mut right, mut all) = (0usize, 0usize);
        let mut tags = Vec::new();
        for (s, g) in dev.sentences.iter().enumerate() {
            pass.tag(
                &g.words,
                dictionary,
                ahead_of(dev, s),
                None,
                &mut tags,
                &mut buf,
            );
            right += tags.iter().zip(&g.tags).filter(|(a, b)| a == b).count();
            all += tags.len();
        }
        let accuracy = right as f64 / all.max(1) as f64;
        log(&format!(
            "  epoch {}: dev UPOS {:.2}%",
            epoch + 1,
            100.0 * accuracy
        ));
        if best.as_ref().is_none_or(|(b, _)| accuracy > *b) {
            best = Some((accuracy, pass));
        }
    }
    log_template_shares(
        &p.template_shares(&template_of, templates.len()),
        templates.source(),
        log,
    );
    best.map(|(_, m)| m)
        .ok_or_else(|| SyntaxError::Model("tagger_epochs is 0".into()))
}

/// The jackknife fold of training sentence `i` of `n`: every `k`-th
/// sentence, or with `jackknife_blocks` the `k` runs of consecutive
/// sentences. EWT keeps a document's sentences together, so interleaved
/// folds tag each sentence with a tagger that learnt its neighbours' words
/// (jackknifed UPOS about 95.9% against 94.8% on dev); blocks give the
/// parser tags about as wrong as on unseen text.
fn fold_of(i: usize, n: usize, config: &TrainConfig) -> usize {
    let k = config.jackknife_folds;
    if config.jackknife_blocks {
        i * k / n.max(1)
    } else {
        i % k
    }
}

/// A first pass trained without one fold, and its tag dictionary.
struct FoldPass {
    pass: TaggerPass,
    dictionary: FxHashMap<u64, u8>,
}

/// The first pass's tags for each training sentence, each from a tagger
/// trained without that sentence's fold; and those taggers, one a fold
/// (none without folds).
fn jackknife(
    train: &[Gold],
    templates: &Templates,
    n_tags: usize,
    config: &TrainConfig,
    rng: &mut Rng,
    log: &mut dyn FnMut(&str),
) -> Result<(Vec<Vec<u8>>, Vec<FoldPass>), SyntaxError> {
    let k = config.jackknife_folds;
    if k < 2 {
        return Ok((train.iter().map(|g| g.tags.clone()).collect(), Vec::new()));
    }
    let mut folds = Vec::with_capacity(k);
    let mut tags: Vec<Vec<u8>> = vec![Vec::new(); train.len()];
    let mut buf = ClassifierBuffers::default();
    for fold in 0..k {
        let rest: Vec<&Gold> = train
            .iter()
            .enumerate()
            .filter(|&(i, _)| fold_of(i, train.len(), config) != fold)
            .map(|(_, g)| g)
            .collect();
        let dictionary = tag_dictionary(&rest, n_tags, config);
        let data = PassData {
            sentences: rest,
            ahead: None,
        };
        let pass = fit_without_dev(&data, templates, &dictionary, n_tags, config, rng)?;
        let upos = tag_fold(train, fold, config, &mut tags, |g, t| {
            pass.tag(&g.words, &dictionary, None, None, t, &mut buf)
        });
        log(&format!(
            "  jackknife fold {}/{k}: UPOS {upos:.2}%",
            fold + 1
        ));
        folds.push(FoldPass { pass, dictionary });
    }
    Ok((tags, folds))
}

/// Both passes' tags for each training sentence, each from a two-pass
/// tagger trained without that sentence's fold: the tags the parser will
/// see (the first pass's alone are more often wrong). Each fold's second
/// pass learns from the other folds' jackknifed first-pass tags, as the
/// model's does, and keeps the model's `second_pass_margin`.
#[allow(clippy::too_many_arguments)]
fn jackknife_both_passes(
    train: &[Gold],
    first_tags: &[Vec<u8>],
    folds: Vec<FoldPass>,
    templates: &Templates,
    second_pass_margin: f32,
    n_tags: usize,
    config: &TrainConfig,
    rng: &mut Rng,
    log: &mut dyn FnMut(&str),
) -> Result<Vec<Vec<u8>>, SyntaxError> {
    let k = folds.len();
    let mut tags: Vec<Vec<u8>> = vec![Vec::new(); train.len()];
    let mut buf = ClassifierBuffers::default();
    let mut first = Vec::new();
    for (fold, FoldPass { pass, dictionary }) in folds.into_iter().enumerate() {
        let rest = || {
            train
                .iter()
                .enumerate()
                .filter(|&(i, _)| fold_of(i, train.len(), config) != fold)
        };
        let data = PassData {
            sentences: rest().map(|(_, g)| g).collect(),
            ahead: Some(rest().map(|(i, _)| first_tags[i].as_slice()).collect()),
        };
        let second = fit_without_dev(&data, templates, &dictionary, n_tags, config, rng)?;
        let tagger = TaggerModel {
            first: pass,
            second,
            tag_dictionary: dictionary,
            second_pass_margin,
        };
        let upos = tag_fold(train, fold, config, &mut tags, |g, t| {
            tagger.tag(&g.words, &mut first, t, &mut buf)
        });
        log(&format!(
            "  jackknife fold {}/{k}, both passes: UPOS {upos:.2}%",
            fold + 1
        ));
    }
    Ok(tags)
}

/// One pass trained on `data` for all its epochs (no dev set, no log).
fn fit_without_dev(
    data: &PassData,
    templates: &Templates,
    dictionary: &FxHashMap<u64, u8>,
    n_tags: usize,
    config: &TrainConfig,
    rng: &mut Rng,
) -> Result<TaggerPass, SyntaxError> {
    let none = PassData {
        sentences: Vec::new(),
        ahead: None,
    };
    fit_pass(
        data,
        &none,
        templates,
        dictionary,
        n_tags,
        config,
        rng,
        &mut |_| {},
    )
}

/// Tags the training sentences of `fold` into `tags` with `tag`; their
/// UPOS accuracy in percent.
fn tag_fold(
    train: &[Gold],
    fold: usize,
    config: &TrainConfig,
    tags: &mut [Vec<u8>],
    mut tag: impl FnMut(&Gold, &mut Vec<u8>),
) -> f64 {
    let (mut right, mut all) = (0usize, 0usize);
    for (i, g) in train.iter().enumerate() {
        if fold_of(i, train.len(), config) == fold {
            tag(g, &mut tags[i]);
            right += tags[i].iter().zip(&g.tags).filter(|(a, b)| a == b).count();
            all += g.tags.len();
        }
    }
    100.0 * right as f64 / all.max(1) as f64
}

/// The trained tagger, and jackknifed tags of the training sentences (what
/// the parser learns from): the first pass's, or with
/// `jackknife_both_passes` both passes'.
pub fn train(
    train: &[Gold],
    dev: &[Gold],
    n_tags: usize,
    config: &TrainConfig,
    rng: &mut Rng,
    log: &mut dyn FnMut(&str),
) -> Result<(TaggerModel, Vec<Vec<u8>>), SyntaxError> {
    let first_templates =
        Templates::parse(&config.tagger_templates, ATOMS, "templates/tagger.txt")?;
    let second_templates = Templates::parse(
        &config.tagger_context_templates,
        ATOMS,
        "templates/tagger-context.txt",
    )?;
    let all: Vec<&Gold> = train.iter().collect();
    let dictionary = tag_dictionary(&all, n_tags, config);
    log("tagger, first pass");
    let dev_data = PassData {
        sentences: dev.iter().collect(),
        ahead: None,
    };
    let first = fit_pass(
        &PassData {
            sentences: all.clone(),
            ahead: None,
        },
        &dev_data,
        &first_templates,
        &dictionary,
        n_tags,
        config,
        rng,
        log,
    )?;
    let (jackknifed, folds) = jackknife(train, &first_templates, n_tags, config, rng, log)?;
    let mut buf = ClassifierBuffers::default();
    let dev_first: Vec<Vec<u8>> = dev
        .iter()
        .map(|g| {
            let mut t = Vec::new();
            first.tag(&g.words, &dictionary, None, None, &mut t, &mut buf);
            t
        })
        .collect();
    log("tagger, second pass (with the first pass's tags on the right)");
    let train_data = PassData {
        sentences: all,
        ahead: Some(jackknifed.iter().map(Vec::as_slice).collect()),
    };
    let dev_data = PassData {
        sentences: dev.iter().collect(),
        ahead: Some(dev_first.iter().map(Vec::as_slice).collect()),
    };
    let second = fit_pass(
        &train_data,
        &dev_data,
        &second_templates,
        &dictionary,
        n_tags,
        config,
        rng,
        log,
    )?;
    let mut model = TaggerModel {
        first,
        second,
        tag_dictionary: dictionary,
        second_pass_margin: f32::INFINITY,
    };
    model.second_pass_margin = second_pass_margin(&model, dev, log);
    if config.jackknife_both_passes && !folds.is_empty() {
        let both = jackknife_both_passes(
            train,
            &jackknifed,
            folds,
            &second_templates,
            model.second_pass_margin,
            n_tags,
            config,
            rng,
            log,
        )?;
        return Ok((model, both));
    }
    Ok((model, jackknifed))
}

/// The smallest margin (of a few, largest first) above which keeping the
/// first pass's tag tags the dev set no worse than the second pass does;
/// infinite (always the second pass) without a dev set.
fn second_pass_margin(model: &TaggerModel, dev: &[Gold], log: &mut dyn FnMut(&str)) -> f32 {
    if dev.is_empty() {
        return f32::INFINITY;
    }
    let mut trial = model.clone();
    let mut accuracy = |margin: f32| {
        trial.second_pass_margin = margin;
        let (mut right, mut all) = (0usize, 0usize);
        for g in dev {
            right += predict(&trial, g)
                .iter()
                .zip(&g.tags)
                .filter(|(a, b)| a == b)
                .count();
            all += g.tags.len();
        }
        right as f64 / all.max(1) as f64
    };
    let full = accuracy(f32::INFINITY);
    let mut chosen = f32::INFINITY;
    for margin in [40.0, 20.0, 10.0, 5.0, 2.0] {
        let a = accuracy(margin);
        log(&format!(
            "  second pass only below margin {margin}: dev UPOS {:.2}%",
            100.0 * a
        ));
        if a < full {
            break;
        }
        chosen = margin;
    }
    log(&format!("  second pass margin: {chosen}"));
    chosen
}

pub fn predict(model: &TaggerModel, g: &Gold) -> Vec<u8> {
    let (mut first, mut tags) = (Vec::new(), Vec::new());
    model.tag(
        &g.words,
        &mut first,
        &mut tags,
        &mut ClassifierBuffers::default(),
    );
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_interleave_or_keep_runs_of_sentences_together() {
        let mut config = TrainConfig {
            jackknife_folds: 3,
            ..TrainConfig::default()
        };
        let folds =
            |config: &TrainConfig| (0..7).map(|i| fold_of(i, 7, config)).collect::<Vec<_>>();
        assert_eq!(folds(&config), [0, 1, 2, 0, 1, 2, 0]);
        config.jackknife_blocks = true;
        assert_eq!(folds(&config), [0, 0, 0, 1, 1, 2, 2]);
    }
}
