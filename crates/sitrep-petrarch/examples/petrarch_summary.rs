//! Reads every PETRARCH file in a directory leniently and prints counts and
//! warnings.
//!
//! `cargo run -p sitrep-petrarch --example petrarch_summary -- ../shared/petrarch`

use std::path::PathBuf;

use sitrep_petrarch::{
    read_actors_lenient, read_agents_lenient, read_discards_lenient, read_validation_lenient,
    read_verbs_lenient, Warning,
};

fn show(warnings: &[Warning]) {
    for w in warnings {
        println!("    warning: {w}");
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared/petrarch".into()),
    );
    let mut names: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    names.sort();
    for path in names {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if name.ends_with(".verbs.txt") || name.starts_with("CAMEO") {
            let (d, w) = read_verbs_lenient(&path)?;
            let pats: usize = d.verbs.iter().map(|b| b.patterns.len()).sum();
            let verbs: usize = d.verbs.iter().map(|b| b.verbs.len()).sum();
            println!(
                "{name}: {:?}, {} synsets, {} blocks, {verbs} verbs, {pats} patterns, {} transformations, {} warnings",
                d.format,
                d.synsets.len(),
                d.verbs.len(),
                d.transformations.len(),
                w.len()
            );
            show(&w);
        } else if name.ends_with(".actors.txt") {
            let (a, w) = read_actors_lenient(&path)?;
            let names: usize = a.iter().map(|e| e.names.len()).sum();
            let codes: usize = a.iter().map(|e| e.codes.len()).sum();
            println!(
                "{name}: {} actors, {names} names, {codes} codes, {} warnings",
                a.len(),
                w.len()
            );
            show(&w);
        } else if name.ends_with(".agents.txt") {
            let (a, w) = read_agents_lenient(&path)?;
            println!(
                "{name}: {} agents, {} substitution sets, {} warnings",
                a.agents.len(),
                a.substitutions.len(),
                w.len()
            );
            show(&w);
        } else if name.ends_with(".discards.txt") {
            let (d, w) = read_discards_lenient(&path)?;
            println!("{name}: {} discards, {} warnings", d.len(), w.len());
            show(&w);
        } else if name.ends_with(".xml") {
            let (v, w) = read_validation_lenient(&path)?;
            let ev: usize = v
                .sentences
                .iter()
                .map(|s| s.expected_events().count())
                .sum();
            println!(
                "{name}: {} sentences, {ev} expected events, {} warnings",
                v.sentences.len(),
                w.len()
            );
            show(&w);
        }
    }
    Ok(())
}
