//! Training the transition parser with the dynamic oracle: after the first
//! epoch it follows its own mistakes (with a probability), and learns the
//! best action from wherever it ends up.

use super::perceptron::{FeatureCounts, Perceptron, Rng};
use super::{log_template_shares, Gold, TrainConfig};
use crate::labeler::tag_pair_key;
use crate::parser::{arc_atoms, atom_names, atoms, ArcLabeler, ParserModel, N_ATOMS};
use crate::tagger::{argmax, ClassifierBuffers};
use crate::templates::Templates;
use crate::transition::{State, N_ACTIONS};
use crate::SyntaxError;

pub fn templates(source: &str) -> Result<Templates, SyntaxError> {
    templates_of(source, "templates/parser.txt")
}

fn templates_of(source: &str, what: &str) -> Result<Templates, SyntaxError> {
    let names = atom_names();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    Templates::parse(source, &names, what)
}

/// What the parser's trainer needs besides the treebank.
pub struct ParserSetup {
    pub punct_tag: Option<u8>,
    pub n_tags: usize,
    pub n_labels: usize,
    pub root_label: u8,
}

#[allow(clippy::too_many_arguments)]
pub fn train(
    train: &[Gold],
    tags: &[Vec<u8>],
    dev: &[Gold],
    dev_tags: &[Vec<u8>],
    setup: &ParserSetup,
    config: &TrainConfig,
    rng: &mut Rng,
    log: &mut dyn FnMut(&str),
) -> Result<ParserModel, SyntaxError> {
    log("parser");
    let punct_tag = setup.punct_tag;
    let templates = templates(&config.parser_templates)?;
    let arc_templates = if config.arc_labels {
        Some(templates_of(
            &config.arc_label_templates,
            "templates/arc-labels.txt",
        )?)
    } else {
        None
    };
    // Arcs whose label the dictionary gives are neither scored nor learnt.
    let dictionary = if config.arc_labels && config.arc_label_dictionary {
        super::labeler::label_dictionary(train, tags, setup.n_labels, config)
    } else {
        Default::default()
    };
    let in_dictionary = |t: &[u8], d: u32, h: u32| {
        !dictionary.is_empty()
            && dictionary.contains_key(&tag_pair_key(t[d as usize], t[h as usize], d < h))
    };
    let mut atom_values = vec![0u64; N_ATOMS];
    let mut small = vec![0u16; N_ATOMS];
    let (mut keys, mut label_keys) = (Vec::new(), Vec::new());
    let mut state = State::default();

    // Count features along the static oracle's path (with gold labels).
    let mut counts = FeatureCounts::default();
    let mut label_counts = FeatureCounts::default();
    for (g, t) in train.iter().zip(tags) {
        state.reset(g.words.len());
        state.count_punctuation(t, punct_tag);
        while !state.is_terminal() {
            atoms(&state, &g.words, t, &mut atom_values, &mut small);
            templates.keys(&atom_values, &mut keys);
            counts.add(&keys);
            let costs = state.costs(&g.heads);
            let min = *costs.iter().min().expect("three actions");
            let action = (0..N_ACTIONS)
                .find(|&a| costs[a] == min)
                .expect("a cheapest action");
            if let (Some(at), Some((d, h))) = (&arc_templates, state.arc(action)) {
                if h != state.n && !in_dictionary(t, d, h) {
                    arc_atoms(&state, &g.words, t, action, &mut atom_values, &mut small);
                    at.keys(&atom_values, &mut label_keys);
                    label_counts.add(&label_keys);
                }
                state.apply(action);
                state.labels[d as usize] = g.labels[d as usize];
            } else {
                state.apply(action);
            }
        }
    }
    let (kept, template_of) = counts.at_least(config.min_feature_count);
    let mut p = Perceptron::new(N_ACTIONS, Some(kept));
    let (label_kept, _) = label_counts.at_least(config.min_feature_count);
    let mut lp = Perceptron::new(setup.n_labels, Some(label_kept));
    let mut order: Vec<usize> = (0..train.len()).collect();
    let (mut scores, mut label_scores) = (Vec::new(), Vec::new());
    let mut best: Option<(f64, ParserModel)> = None;
    for epoch in 0..config.parser_epochs {
        rng.shuffle(&mut order);
        let explore = epoch >= config.explore_from_epoch;
        for &s in &order {
            let (g, t) = (&train[s], &tags[s]);
            state.reset(g.words.len());
            state.count_punctuation(t, punct_tag);
            while !state.is_terminal() {
                let valid = state.valid();
                atoms(&state, &g.words, t, &mut atom_values, &mut small);
                let next = if valid.iter().filter(|&&v| v).count() == 1 {
                    valid.iter().position(|&v| v).expect("one valid")
                } else {
                    templates.keys(&atom_values, &mut keys);
                    p.score(&keys, &mut scores);
                    for a in 0..N_ACTIONS {
                        if !valid[a] {
                            scores[a] = f32::NEG_INFINITY;
                        }
                    }
                    let guess = argmax(&scores);
                    let costs = state.costs(&g.heads);
                    let min = (0..N_ACTIONS)
                        .filter(|&a| valid[a])
                        .map(|a| costs[a])
                        .min()
                        .expect("a valid action");
                    let zero = |a: usize| valid[a] && costs[a] == min;
                    let next = if zero(guess) {
                        guess
                    } else {
                        let best_gold = (0..N_ACTIONS)
                            .filter(|&a| zero(a))
                            .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
                            .expect("a zero-cost action");
                        p.update(&keys, best_gold, guess);
                        if explore && rng.unit() < config.explore_probability {
                            guess
                        } else {
                            best_gold
                        }
                    };
                    p.tick();
                    next
                };
                match (&arc_templates, state.arc(next)) {
                    (Some(at), Some((d, h))) => {
                        let label = if h == state.n {
                            setup.root_label
                        } else if in_dictionary(t, d, h) {
                            dictionary[&tag_pair_key(t[d as usize], t[h as usize], d < h)]
                        } else {
                            arc_atoms(&state, &g.words, t, next, &mut atom_values, &mut small);
                            at.keys(&atom_values, &mut label_keys);
                            lp.score(&label_keys, &mut label_scores);
                            label_scores[setup.root_label as usize] = f32::NEG_INFINITY;
                            let guess = argmax(&label_scores) as u8;
                            // Only a right arc has a right label to learn.
                            if g.heads[d as usize] == h {
                                lp.update(
                                    &label_keys,
                                    g.labels[d as usize] as usize,
                                    guess as usize,
                                );
                                lp.tick();
                            }
                            guess
                        };
                        state.apply(next);
                        state.labels[d as usize] = label;
                    }
                    _ => state.apply(next),
                }
            }
        }
        let arc_labeler = arc_templates.as_ref().map(|at| {
            ArcLabeler::new(
                at.clone(),
                lp.averaged(config.prune_below),
                setup.root_label,
                config.arc_labels_final,
                dictionary.clone(),
                setup.n_tags,
            )
        });
        let model = ParserModel::new(
            templates.clone(),
            p.averaged(config.prune_below),
            arc_labeler,
            punct_tag,
            setup.n_tags,
        );
        if dev.is_empty() {
            best = Some((0.0, model));
            continue;
        }
        let (uas, las) = attachment(&model, dev, dev_tags);
        log(&format!(
            "  parser epoch {}: dev UAS {:.2}%, LAS with arc labels {:.2}% ({} features)",
            epoch + 1,
            100.0 * uas,
            100.0 * las,
            model.weights.n_features()
        ));
        // With final arc labels the epoch is chosen by LAS, else by UAS.
        let score = if config.arc_labels && config.arc_labels_final {
            las
        } else {
            uas
        };
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, model));
        }
    }
    log_template_shares(
        &p.template_shares(&template_of, templates.len()),
        templates.source(),
        log,
    );
    best.map(|(_, m)| m)
        .ok_or_else(|| SyntaxError::Model("parser_epochs is 0".into()))
}

/// Dev UAS, and LAS with the arc labels (0 without them).
fn attachment(model: &ParserModel, gold: &[Gold], tags: &[Vec<u8>]) -> (f64, f64) {
    let mut state = State::default();
    let mut buf = ClassifierBuffers::default();
    let (mut right, mut labelled, mut all) = (0usize, 0usize, 0usize);
    for (g, t) in gold.iter().zip(tags) {
        model.parse(&g.words, t, &mut state, &mut buf);
        for d in 0..g.heads.len() {
            if state.heads[d] == g.heads[d] {
                right += 1;
                if model.labels.is_some() && state.labels[d] == g.labels[d] {
                    labelled += 1;
                }
            }
        }
        all += g.heads.len();
    }
    let all = all.max(1) as f64;
    (right as f64 / all, labelled as f64 / all)
}
