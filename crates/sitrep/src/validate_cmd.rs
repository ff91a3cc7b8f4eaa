//! `sitrep validate`: a PETRARCH validation file, graded.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use sitrep_coder::{Coder, CoderOptions, Scratch};
use sitrep_lexicon::PetrarchFiles;
use sitrep_model::{Document, Event};
use sitrep_petrarch::{ExpectedActor, ValidationSentence};

use crate::cli::ValidateArgs;

/// The `<Config>` options `validate` honours: `require_dyad`, and
/// `stop_on_error`, which only concerns PETRARCH's own error records
/// (skipped here).
const SUPPORTED_OPTIONS: &[&str] = &["require_dyad", "stop_on_error"];

/// An event as PETRARCH's test files write it: source, target, code.
type Triple = (String, String, String);

pub fn run(args: ValidateArgs) -> anyhow::Result<ExitCode> {
    let suite = sitrep_petrarch::read_validation(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let dir = match &args.dict_dir {
        Some(d) => d.clone(),
        None => args.file.parent().map_or_else(|| Path::new(".").to_path_buf(), Path::to_path_buf),
    };
    let env = &suite.environment;
    let files = PetrarchFiles {
        verbs: env.verb_file.as_ref().map(|f| dir.join(f)),
        actors: env.actor_files.iter().map(|f| dir.join(f)).collect(),
        agents: env.agent_file.as_ref().map(|f| dir.join(f)),
        discards: env.discard_file.as_ref().map(|f| dir.join(f)),
    };
    if files.is_empty() {
        anyhow::bail!("{}: the <Environment> block names no dictionary", args.file.display());
    }
    let coder = Coder::new(Arc::new(crate::lexicon_args::load_petrarch(&files, args.lenient)?));
    let mut scratch = if args.explain { Scratch::explaining() } else { Scratch::default() };
    // <Config> options sitrep does not implement are named once, so that a
    // record failing for one of them is not a mystery.
    let mut unsupported: BTreeSet<String> = BTreeSet::new();
    let (mut graded, mut passed) = (0usize, 0usize);
    for (index, record) in suite.sentences.iter().enumerate() {
        if record.expected_error().is_some() {
            continue; // PETRARCH's own input-error checks, not coding
        }
        if !args.record.is_empty() && !args.record.contains(&record.id) {
            continue;
        }
        // <Config> options in force for this record; PETRARCH requires a
        // dyad unless told otherwise.
        let options = suite.options_at(index);
        unsupported.extend(options.keys().filter(|k| !SUPPORTED_OPTIONS.contains(&k.as_str())).cloned());
        let require_dyad = options.get("require_dyad").is_none_or(|v| v.eq_ignore_ascii_case("true"));
        let coder = coder.clone().with_options(CoderOptions { require_dyad });
        graded += 1;
        let doc = Document { date: Some(record.date), ..Document::new(record.id.clone(), record.text.clone()) };
        let mut events = Vec::new();
        coder.code(&doc, &mut scratch, &mut events);
        let produced = produced(&events, record);
        let expected = expected(record);
        let ok = produced == expected;
        if ok {
            passed += 1;
        }
        if !ok || args.verbose {
            println!("{} {} (line {}): {}", if ok { "ok  " } else { "FAIL" }, record.id, record.line, record.text);
            println!("     expected: {}", show(&expected));
            println!("     produced: {}", show(&produced));
            for line in scratch.take_explanation().lines() {
                println!("     | {line}");
            }
        }
        scratch.take_explanation();
    }
    if !unsupported.is_empty() {
        let names: Vec<&str> = unsupported.iter().map(String::as_str).collect();
        eprintln!("sitrep: <Config> options not implemented, coded as if absent: {}", names.join(", "));
    }
    println!("{passed} of {graded} records coded correctly");
    Ok(if passed == graded { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn expected(record: &ValidationSentence) -> BTreeSet<Triple> {
    let name = |a: &ExpectedActor| match a {
        ExpectedActor::Code(c) => c.trim().to_owned(),
        ExpectedActor::Text(t) => format!("\"{}\"", t.to_uppercase()),
    };
    record.expected_events().map(|(s, t, e)| (name(s), name(t), e.trim().to_owned())).collect()
}

/// The produced events in the same form; an actor the lexicon cannot code
/// is compared by its text, as PETRARCH's `"TEXT"` expectations are.
fn produced(events: &[Event], record: &ValidationSentence) -> BTreeSet<Triple> {
    let wants_text = record.expected_events().any(|(s, t, _)| matches!(s, ExpectedActor::Text(_)) || matches!(t, ExpectedActor::Text(_)));
    let name = |a: &Option<sitrep_model::Actor>| match a {
        Some(a) => match &a.code {
            Some(c) => c.to_string(),
            None if wants_text => format!("\"{}\"", a.text.to_uppercase()),
            None => "---".to_owned(),
        },
        // PETRARCH writes a missing actor as `---`.
        None => "---".to_owned(),
    };
    events.iter().map(|e| (name(&e.source), name(&e.target), e.cameo.to_string())).collect()
}

fn show(events: &BTreeSet<Triple>) -> String {
    if events.is_empty() {
        return "no events".into();
    }
    events.iter().map(|(s, t, e)| format!("{s} {t} {e}")).collect::<Vec<_>>().join("; ")
}
