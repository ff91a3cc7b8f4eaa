//! `sitrep places`: every place named in documents, resolved; and the pass
//! that gives coded events their location.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;
use serde::Serialize;
use sitrep_model::{Document, Event};
use sitrep_places::{PlaceMention, Places};

use crate::cli::InputFormat;

#[derive(clap::Args)]
pub struct PlacesArgs {
    /// Files or directories, or `-` for standard input; read as `sitrep
    /// code` reads them.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// How to read standard input (`-`); files are read by their extension.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input_format: InputFormat,
}

/// One output line: the mention with its document.
#[derive(Serialize)]
struct Line<'a> {
    doc_id: &'a str,
    #[serde(flatten)]
    mention: &'a PlaceMention,
}

/// The built-in gazetteer and place cues.
pub fn load() -> anyhow::Result<Places> {
    Places::embedded().context("cannot load the built-in gazetteer")
}

/// Gives the document's events their location (those that have none).
/// `SITREP_NO_PLACES` in the environment skips it, to time what it costs.
/// Which phrase a place belongs to is read from sitrep's parse (the coder's
/// parses in `coded`, when given, are read rather than parsing again; the
/// parser of the document's language otherwise, loaded on first need),
/// else from word order.
pub fn locate(places: &Places, doc: &Document, events: &mut [Event], coded: Option<&sitrep_coder::Scratch>) {
    if events.is_empty() || std::env::var_os("SITREP_NO_PLACES").is_some() {
        return;
    }
    let language = doc.language.as_deref().and_then(sitrep_text::Language::from_code).unwrap_or(sitrep_text::Language::English);
    let model: fn() -> Option<&'static sitrep_syntax::Model> = match language {
        sitrep_text::Language::English => || sitrep_syntax::Model::english().ok(),
        sitrep_text::Language::French => || sitrep_syntax::Model::french().ok(),
    };
    let mut tree = crate::place_tree::TreeAttachment::new(model, &doc.text);
    if let Some(coded) = coded {
        tree = tree.with_coded(coded);
    }
    places.locate_events(&doc.text, events, &tree);
}

pub fn run(args: PlacesArgs) -> anyhow::Result<ExitCode> {
    let places = load()?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failures = 0usize;
    for path in &args.paths {
        let docs = crate::code_cmd::read_documents(path, args.input_format, &mut failures);
        let found: Vec<_> = docs.par_iter().map(|doc| places.find(&doc.text, &Default::default())).collect();
        for (doc, found) in docs.iter().zip(&found) {
            for mention in &found.mentions {
                serde_json::to_writer(&mut out, &Line { doc_id: &doc.id, mention }).context("cannot write a place")?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()?;
    if failures > 0 {
        eprintln!("sitrep: {failures} input error(s)");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
