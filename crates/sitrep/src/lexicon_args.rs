//! Loading the lexicon the command line asks for.

use anyhow::Context;
use sitrep_lexicon::{Lexicon, LexiconSource, PetrarchFiles};

use crate::cli::LexiconArgs;

pub fn load(args: &LexiconArgs) -> anyhow::Result<Lexicon> {
    let files = PetrarchFiles {
        verbs: args.petrarch_verbs.clone(),
        actors: args.petrarch_actors.clone(),
        agents: args.petrarch_agents.clone(),
        discards: args.petrarch_discards.clone(),
    };
    if !files.is_empty() {
        if args.lexicon.is_some() {
            anyhow::bail!("--lexicon and --petrarch-* cannot be combined: the PETRARCH dictionaries replace the lexicon");
        }
        return load_petrarch(&files, args.lenient);
    }
    match &args.lexicon {
        Some(dir) => Lexicon::from_dir(dir).with_context(|| format!("cannot load the lexicon in {}", dir.display())),
        None => Lexicon::builtin().context("the built-in lexicon is broken"),
    }
}

pub fn load_petrarch(files: &PetrarchFiles, lenient: bool) -> anyhow::Result<Lexicon> {
    let (source, warnings) = LexiconSource::from_petrarch(files, lenient).context("cannot load the PETRARCH dictionaries")?;
    if !warnings.is_empty() {
        for w in warnings.iter().take(20) {
            eprintln!("sitrep: warning: {w}");
        }
        eprintln!("sitrep: {} dictionary warning(s){}", warnings.len(), if warnings.len() > 20 { " (first 20 shown)" } else { "" });
    }
    Lexicon::compile(&source).context("cannot compile the PETRARCH dictionaries")
}
