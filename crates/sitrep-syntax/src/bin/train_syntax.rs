//! Trains and scores sitrep's tagger and parser.
//!
//! ```text
//! train-syntax train --train en_ewt-ud-train.conllu.gz --dev en_ewt-ud-dev.conllu.gz --out model.gz
//! train-syntax eval --model model.gz --gold en_ewt-ud-test.conllu.gz
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use sitrep_syntax::train::clusters::{corpus_of, learn_tsv, read_tsv, ClassCounts};
use sitrep_syntax::train::{
    by_relation, evaluate, evaluate_text, read_treebank, retrain_labeler, train, TrainConfig,
};
use sitrep_syntax::{Model, Pruning};

const USAGE: &str = "usage:
  train-syntax train --train FILE.conllu[.gz] --dev FILE.conllu[.gz] --out MODEL.gz
                     [--max-sentences N] [--tagger-epochs N] [--parser-epochs N]
                     [--labeler-epochs N] [--folds N] [--seed N] [--language CODE]
                     [--min-feature-count N] [--explore P] [--explore-from EPOCH]
                     [--tagger-templates FILE] [--tagger-context-templates FILE]
                     [--parser-templates FILE] [--labeler-templates FILE]
                     [--arc-label-templates FILE] [--no-arc-labels] [--relabel]
                     [--label-dictionary-min-count N] [--label-dictionary-share X]
                     [--clusters CLUSTERS.tsv] [--arc-label-dictionary] [--projectivize]
                     [--jackknife-both-passes] [--jackknife-blocks] [--contractions]
                     [--hyphen-suffixes FILE]
  train-syntax clusters --treebank FILE.conllu[.gz] --out CLUSTERS.tsv [--text FILE.txt]
                     [--min-count N] [--iterations N] [--fine N] [--coarse N]
                    (word clusters for the tagger and parser, from the treebank's words and,
                    with --text, raw text too, one document a line)
  train-syntax retrain-labeler --model MODEL.gz --train FILE --dev FILE --out OUT.gz
                     [the labeler's options above; --folds 1: the model's own tags]
  train-syntax eval --gold FILE.conllu[.gz] [--model MODEL.gz] [--by-relation]
                    (default: the built-in model; --by-relation adds a table per relation)
  train-syntax eval-text --gold FILE.conllu[.gz] [--model MODEL.gz]
                    (reads each sentence's `# text` as raw text, the model's own words
                    aligned to the gold words: words, UPOS, UAS, LAS as F1, and contractions)
  train-syntax prune --model MODEL.gz [--out OUT.gz] [--tagger N] [--parser N] [--labeler N]
                    (without --out: how many features each threshold would drop)

Trains the tagger, lemmatiser, parser and labeler on a UD treebank (the dev
set picks each part's best epoch) and writes one gzipped model; or scores a
model on gold trees with gold tokens (UPOS, lemma, UAS, LAS); or trains only
a model's labeler again, keeping its tagger and parser; or drops the features
of a model whose every weight is below N (quantised units, the largest weight
of a table being 32767).";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train-syntax: {e}");
            ExitCode::from(2)
        }
    }
}

fn value(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn number<T: std::str::FromStr>(args: &[String], name: &str, default: T) -> Result<T, String> {
    match value(args, name) {
        None => Ok(default),
        Some(v) => v
            .parse()
            .map_err(|_| format!("{name} wants a number, got `{v}`")),
    }
}

/// The training configuration: the defaults, changed by the options.
fn config(args: &[String]) -> Result<TrainConfig, String> {
    let defaults = TrainConfig::default();
    let read = |name: &str, default: &str| -> Result<String, String> {
        match value(args, name) {
            None => Ok(default.to_owned()),
            Some(path) => std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}")),
        }
    };
    let clusters = match value(args, "--clusters") {
        None => defaults.clusters.clone(),
        Some(path) => {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
            read_tsv(&text, &path).map_err(|e| e.to_string())?
        }
    };
    Ok(TrainConfig {
        clusters,
        language: value(args, "--language").unwrap_or(defaults.language.clone()),
        seed: number(args, "--seed", defaults.seed)?,
        tagger_epochs: number(args, "--tagger-epochs", defaults.tagger_epochs)?,
        parser_epochs: number(args, "--parser-epochs", defaults.parser_epochs)?,
        labeler_epochs: number(args, "--labeler-epochs", defaults.labeler_epochs)?,
        jackknife_folds: number(args, "--folds", defaults.jackknife_folds)?,
        jackknife_both_passes: args.iter().any(|a| a == "--jackknife-both-passes"),
        jackknife_blocks: args.iter().any(|a| a == "--jackknife-blocks"),
        min_feature_count: number(args, "--min-feature-count", defaults.min_feature_count)?,
        explore_probability: number(args, "--explore", defaults.explore_probability)?,
        explore_from_epoch: number(args, "--explore-from", defaults.explore_from_epoch)?,
        tagger_templates: read("--tagger-templates", &defaults.tagger_templates)?,
        tagger_context_templates: read(
            "--tagger-context-templates",
            &defaults.tagger_context_templates,
        )?,
        parser_templates: read("--parser-templates", &defaults.parser_templates)?,
        labeler_templates: read("--labeler-templates", &defaults.labeler_templates)?,
        arc_label_templates: read("--arc-label-templates", &defaults.arc_label_templates)?,
        arc_labels: !args.iter().any(|a| a == "--no-arc-labels"),
        arc_labels_final: !args.iter().any(|a| a == "--relabel"),
        arc_label_dictionary: args.iter().any(|a| a == "--arc-label-dictionary"),
        projective_training: args.iter().any(|a| a == "--projectivize"),
        contractions: args.iter().any(|a| a == "--contractions"),
        hyphen_suffixes: match value(args, "--hyphen-suffixes") {
            None => defaults.hyphen_suffixes.clone(),
            Some(path) => {
                let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
                read_hyphen_suffixes(&text, &path)?
            }
        },
        label_dictionary_min_count: number(
            args,
            "--label-dictionary-min-count",
            defaults.label_dictionary_min_count,
        )?,
        label_dictionary_share: number(
            args,
            "--label-dictionary-share",
            defaults.label_dictionary_share,
        )?,
        ..defaults
    })
}

/// A `--hyphen-suffixes` file: one suffix a line, each beginning with a
/// hyphen ("-t-elle"); `#` starts a comment, blank lines are skipped.
fn read_hyphen_suffixes(text: &str, path: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if !line.starts_with('-') || line.len() < 2 || line.contains(char::is_whitespace) {
            return Err(format!("{path}:{}: a hyphen suffix is one word beginning with '-', not {line:?}", n + 1));
        }
        out.push(line.to_owned());
    }
    Ok(out)
}

fn run(args: Vec<String>) -> Result<(), String> {
    let Some(command) = args.first() else {
        return Err(USAGE.into());
    };
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return Ok(());
    }
    let need = |name: &str| value(&args, name).ok_or_else(|| format!("missing {name}\n{USAGE}"));
    match command.as_str() {
        "train" => {
            let (train_path, dev_path, out) = (
                need("--train")?,
                need("--dev")?,
                PathBuf::from(need("--out")?),
            );
            let config = config(&args)?;
            let started = Instant::now();
            let mut train_bank = read_treebank(train_path.as_ref()).map_err(|e| e.to_string())?;
            let dev_bank = read_treebank(dev_path.as_ref()).map_err(|e| e.to_string())?;
            if let Some(max) = value(&args, "--max-sentences") {
                let max: usize = max
                    .parse()
                    .map_err(|_| "--max-sentences wants a number".to_string())?;
                train_bank.sentences.truncate(max);
            }
            let model = train(&train_bank, &dev_bank, &config, &mut |line| {
                eprintln!("[{:>6.1}s] {line}", started.elapsed().as_secs_f64())
            })
            .map_err(|e| e.to_string())?;
            let bytes = model.to_bytes();
            std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
            eprintln!(
                "wrote {} ({:.1} MB) in {:.0} s",
                out.display(),
                bytes.len() as f64 / 1e6,
                started.elapsed().as_secs_f64()
            );
            let scores = evaluate(&model, &dev_bank.sentences);
            println!("dev: {scores}");
            Ok(())
        }
        "clusters" => {
            let (treebank, out) = (need("--treebank")?, need("--out")?);
            let started = Instant::now();
            let bank = read_treebank(treebank.as_ref()).map_err(|e| e.to_string())?;
            // Raw text is optional: a model built from the treebank's words
            // alone carries no text of another licence.
            let text = match value(&args, "--text") {
                Some(path) => std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?,
                None => String::new(),
            };
            let corpus = corpus_of(&bank, &text);
            let mut log =
                |line: &str| eprintln!("[{:>6.1}s] {line}", started.elapsed().as_secs_f64());
            log(&format!("{} words", corpus.n_words()));
            let tsv = learn_tsv(
                &corpus,
                number(&args, "--min-count", 3)?,
                number(&args, "--iterations", 10)?,
                ClassCounts {
                    fine: number(&args, "--fine", ClassCounts::default().fine)?,
                    coarse: number(&args, "--coarse", ClassCounts::default().coarse)?,
                },
                &mut log,
            );
            std::fs::write(&out, tsv).map_err(|e| format!("{out}: {e}"))?;
            Ok(())
        }
        "retrain-labeler" => {
            let (model_path, train_path, dev_path, out) = (
                need("--model")?,
                need("--train")?,
                need("--dev")?,
                PathBuf::from(need("--out")?),
            );
            let config = config(&args)?;
            let started = Instant::now();
            let model = Model::from_file(model_path.as_ref()).map_err(|e| e.to_string())?;
            let train_bank = read_treebank(train_path.as_ref()).map_err(|e| e.to_string())?;
            let dev_bank = read_treebank(dev_path.as_ref()).map_err(|e| e.to_string())?;
            let model = retrain_labeler(&model, &train_bank, &dev_bank, &config, &mut |line| {
                eprintln!("[{:>6.1}s] {line}", started.elapsed().as_secs_f64())
            })
            .map_err(|e| e.to_string())?;
            let bytes = model.to_bytes();
            std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
            println!("dev: {}", evaluate(&model, &dev_bank.sentences));
            Ok(())
        }
        "eval" | "eval-text" => {
            let gold = value(&args, "--gold").ok_or_else(|| format!("missing --gold\n{USAGE}"))?;
            let started = Instant::now();
            let loaded;
            let model: &Model = match value(&args, "--model") {
                Some(path) => {
                    loaded = Model::from_file(path.as_ref()).map_err(|e| e.to_string())?;
                    &loaded
                }
                None => Model::english().map_err(|e| e.to_string())?,
            };
            eprintln!("model loaded in {:.3} s", started.elapsed().as_secs_f64());
            let bank = read_treebank(gold.as_ref()).map_err(|e| e.to_string())?;
            if command == "eval-text" {
                println!("{}", evaluate_text(model, &bank.sentences));
                return Ok(());
            }
            let started = Instant::now();
            let scores = evaluate(model, &bank.sentences);
            let secs = started.elapsed().as_secs_f64();
            println!("{scores}");
            eprintln!("{:.0} sentences/s", scores.sentences as f64 / secs);
            if args.iter().any(|a| a == "--by-relation") {
                println!(
                    "{:<12} {:>7} {:>7} {:>7}",
                    "relation", "words", "head%", "both%"
                );
                for (rel, n, h, l) in by_relation(model, &bank.sentences) {
                    let pct = |x: usize| 100.0 * x as f64 / n.max(1) as f64;
                    println!("{rel:<12} {n:>7} {:>7.1} {:>7.1}", pct(h), pct(l));
                }
            }
            Ok(())
        }
        "prune" => {
            let path =
                value(&args, "--model").ok_or_else(|| format!("missing --model\n{USAGE}"))?;
            let model = Model::from_file(path.as_ref()).map_err(|e| e.to_string())?;
            let Some(out) = value(&args, "--out") else {
                let thresholds = [1i16, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
                print!("{:<22} {:>9}", "table", "features");
                for t in thresholds {
                    print!(" {:>7}", format!("<{t}"));
                }
                println!();
                for (name, w) in model.weight_tables() {
                    print!("{name:<22} {:>9}", w.n_features());
                    for t in thresholds {
                        print!(" {:>7}", w.count_below(t));
                    }
                    println!();
                }
                return Ok(());
            };
            let min = Pruning {
                tagger: number(&args, "--tagger", 0)?,
                parser: number(&args, "--parser", 0)?,
                labeler: number(&args, "--labeler", 0)?,
            };
            let pruned = model.pruned(&min).map_err(|e| e.to_string())?;
            for ((name, before), (_, after)) in model
                .weight_tables()
                .into_iter()
                .zip(pruned.weight_tables())
            {
                eprintln!(
                    "{name}: {} -> {} features",
                    before.n_features(),
                    after.n_features()
                );
            }
            let bytes = pruned.to_bytes();
            std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
            eprintln!("wrote {out} ({:.1} MB)", bytes.len() as f64 / 1e6);
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    }
}
