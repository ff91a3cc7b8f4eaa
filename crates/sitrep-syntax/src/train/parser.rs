//! Training the transition parser with the dynamic oracle: after the first
//! epoch it follows its own mistakes (with a probability), and learns the
//! best action from wherever it ends up.

use super::perceptron::{FeatureCounts, Perceptron, Rng};
use super::{log_template_shares, Gold, TrainConfig, PARSER_TEMPLATES};
use crate::parser::{atom_names, atoms, ParserModel, N_ATOMS};
use crate::tagger::{argmax, ClassifierBuffers};
use crate::templates::Templates;
use crate::transition::{State, N_ACTIONS};
use crate::SyntaxError;

pub fn templates() -> Result<Templates, SyntaxError> {
    let names = atom_names();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    Templates::parse(PARSER_TEMPLATES, &names, "templates/parser.txt")
}

#[allow(clippy::too_many_arguments)]
pub fn train(
    train: &[Gold],
    tags: &[Vec<u8>],
    dev: &[Gold],
    dev_tags: &[Vec<u8>],
    punct_tag: Option<u8>,
    n_tags: usize,
    config: &TrainConfig,
    rng: &mut Rng,
    log: &mut dyn FnMut(&str),
) -> Result<ParserModel, SyntaxError> {
    log("parser");
    let templates = templates()?;
    let mut atom_values = vec![0u64; N_ATOMS];
    let mut small = vec![0u16; N_ATOMS];
    let mut keys = Vec::new();
    let mut state = State::default();

    // Count features along the static oracle's path.
    let mut counts = FeatureCounts::default();
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
            state.apply(action);
        }
    }
    let (kept, template_of) = counts.at_least(config.min_feature_count);
    let mut p = Perceptron::new(N_ACTIONS, Some(kept));
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut scores = Vec::new();
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
                if valid.iter().filter(|&&v| v).count() == 1 {
                    state.apply(valid.iter().position(|&v| v).expect("one valid"));
                    continue;
                }
                atoms(&state, &g.words, t, &mut atom_values, &mut small);
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
                state.apply(next);
            }
        }
        let model = ParserModel::new(
            templates.clone(),
            p.averaged(config.prune_below),
            punct_tag,
            n_tags,
        );
        if dev.is_empty() {
            best = Some((0.0, model));
            continue;
        }
        let uas = attachment(&model, dev, dev_tags);
        log(&format!(
            "  parser epoch {}: dev UAS {:.2}% ({} features)",
            epoch + 1,
            100.0 * uas,
            model.weights.n_features()
        ));
        if best.as_ref().is_none_or(|(b, _)| uas > *b) {
            best = Some((uas, model));
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

fn attachment(model: &ParserModel, gold: &[Gold], tags: &[Vec<u8>]) -> f64 {
    let mut state = State::default();
    let mut buf = ClassifierBuffers::default();
    let (mut right, mut all) = (0usize, 0usize);
    for (g, t) in gold.iter().zip(tags) {
        model.parse(&g.words, t, &mut state, &mut buf);
        right += state
            .heads
            .iter()
            .zip(&g.heads)
            .filter(|(a, b)| a == b)
            .count();
        all += g.heads.len();
    }
    right as f64 / all.max(1) as f64
}
