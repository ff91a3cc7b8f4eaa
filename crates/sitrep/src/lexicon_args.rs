//! Loading the lexicon the command line asks for.

use anyhow::Context;
use std::sync::Arc;

use sitrep_coder::Coder;
use sitrep_lexicon::{Language, Lexicon, LexiconSource, PetrarchFiles};

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

/// The coder the command line asks for: the lexicon of [`load`] for
/// English documents and, unless PETRARCH dictionaries replace the lexicon,
/// a French one for French documents: the directory's `fr/` when
/// `--lexicon` names a directory that has one, else the built-in, compiled
/// on the first French document (an English run never pays for it).
pub fn coder(args: &LexiconArgs) -> anyhow::Result<Coder> {
    let english = Coder::new(Arc::new(load(args)?));
    if args.petrarch_verbs.is_some() || !args.petrarch_actors.is_empty() || args.petrarch_agents.is_some() || args.petrarch_discards.is_some() {
        return Ok(english);
    }
    match &args.lexicon {
        // A user's French lexicon is read now, so that its errors stop the run.
        Some(dir) if dir.join("fr").is_dir() => {
            let french = Lexicon::from_dir_in(dir, Language::French).with_context(|| format!("cannot load the French lexicon in {}", dir.join("fr").display()))?;
            Ok(english.with_french(Coder::new(Arc::new(french))))
        }
        // The built-in one (tested whole) on the first French document.
        _ => Ok(english.with_french_on_first_use(|| match Lexicon::builtin_in(Language::French) {
            Ok(french) => Some(Coder::new(Arc::new(french))),
            Err(e) => {
                eprintln!("sitrep: the built-in French lexicon is broken ({e}); French documents are read as English");
                None
            }
        })),
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
