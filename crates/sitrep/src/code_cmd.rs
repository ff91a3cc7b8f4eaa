//! `sitrep code`: documents in, events out.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use sitrep_coder::{Coder, Scratch};
use sitrep_model::{Document, Event};

use crate::cli::{CodeArgs, InputFormat, OutputFormat};
use sitrep_ingest::Format;

/// Documents coded together in parallel, then printed in input order.
const BATCH: usize = 512;

pub fn run(args: CodeArgs) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().context("cannot start worker threads")?;
    }
    let coder = crate::lexicon_args::coder(&args.lexicon)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if matches!(args.format, OutputFormat::Table) {
        crate::output::write_table_header(&mut out)?;
    }
    let mut failures = 0usize;
    let mut events_total = 0usize;
    let places = crate::places_cmd::load()?;
    for path in &args.paths {
        let mut docs = read_documents(path, args.input_format, &mut failures);
        if let Some(lang) = args.lang {
            let code = match lang {
                crate::cli::ParseLang::En => "en",
                crate::cli::ParseLang::Fr => "fr",
            };
            for doc in &mut docs {
                doc.language = Some(code.to_owned());
            }
        }
        events_total += code_all(&coder, &places, &docs, args.format, args.explain, &mut out)?;
    }
    out.flush()?;
    if failures > 0 {
        eprintln!("sitrep: {failures} input error(s); {events_total} events from the rest");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// The documents of one path (`-`: standard input, read as `input_format`
/// says); each unreadable item is reported on standard error and counted.
pub(crate) fn read_documents(path: &std::path::Path, input_format: InputFormat, failures: &mut usize) -> Vec<Document> {
    let stdin_format = match input_format {
        InputFormat::Text => Format::Text,
        InputFormat::Jsonl => Format::Jsonl,
        InputFormat::Xml => Format::PetrarchXml,
        InputFormat::Html => Format::Html,
    };
    crate::documents::read(path, stdin_format, failures)
}

fn code_all(coder: &Coder, places: &sitrep_places::Places, docs: &[Document], format: OutputFormat, explain: bool, out: &mut impl Write) -> anyhow::Result<usize> {
    let progress = if docs.len() > BATCH {
        let bar = ProgressBar::new(docs.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} documents ({per_sec}, {eta} left)")
                .expect("static template"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let mut total = 0;
    for batch in docs.chunks(BATCH) {
        let new_scratch = || if explain { Scratch::explaining() } else { Scratch::default() };
        let coded: Vec<(Vec<Event>, String)> = batch
            .par_iter()
            .map_init(new_scratch, |scratch, doc| {
                let mut events = Vec::new();
                coder.code(doc, scratch, &mut events);
                crate::places_cmd::locate(places, doc, &mut events, Some(&*scratch));
                (events, scratch.take_explanation())
            })
            .collect();
        for (doc, (events, explanation)) in batch.iter().zip(&coded) {
            if explain {
                eprint!("document {}\n{explanation}", doc.id);
            }
            total += events.len();
            match format {
                OutputFormat::Jsonl => crate::output::write_jsonl(out, events),
                OutputFormat::Table => crate::output::write_table(out, events, &doc.text),
            }
            .context("cannot write the events")?;
        }
        progress.inc(batch.len() as u64);
    }
    progress.finish_and_clear();
    Ok(total)
}
