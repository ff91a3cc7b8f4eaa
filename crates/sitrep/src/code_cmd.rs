//! `sitrep code`: documents in, events out.

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use sitrep_coder::{Coder, Scratch};
use sitrep_model::{Document, Event};

use crate::cli::{CodeArgs, InputFormat, OutputFormat};
use crate::input::{self, Format, InputError};

/// Documents coded together in parallel, then printed in input order.
const BATCH: usize = 512;

pub fn run(args: CodeArgs) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().context("cannot start worker threads")?;
    }
    let coder = Coder::new(Arc::new(crate::lexicon_args::load(&args.lexicon)?));
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if matches!(args.format, OutputFormat::Table) {
        crate::output::write_table_header(&mut out)?;
    }
    let mut failures = 0usize;
    let mut events_total = 0usize;
    for path in &args.paths {
        let mut errors = Vec::new();
        let docs = read_input(path, args.input_format, &mut errors);
        for e in &errors {
            eprintln!("sitrep: {e}");
        }
        failures += errors.len();
        events_total += code_all(&coder, &docs, args.format, &mut out)?;
    }
    out.flush()?;
    if failures > 0 {
        eprintln!("sitrep: {failures} input error(s); {events_total} events from the rest");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn read_input(path: &Path, stdin_format: InputFormat, errors: &mut Vec<InputError>) -> Vec<Document> {
    let (name, format, bytes) = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        if let Err(source) = io::stdin().lock().read_to_end(&mut bytes) {
            errors.push(InputError::Io { file: "<stdin>".into(), source });
            return Vec::new();
        }
        let format = match stdin_format {
            InputFormat::Text => Format::Text,
            InputFormat::Jsonl => Format::Jsonl,
            InputFormat::Xml => Format::PetrarchXml,
        };
        ("stdin".to_owned(), format, bytes)
    } else {
        let name = path.display().to_string();
        match std::fs::read(path) {
            Ok(bytes) => (name, Format::of(path), bytes),
            Err(source) => {
                errors.push(InputError::Io { file: name, source });
                return Vec::new();
            }
        }
    };
    input::parse(&name, format, &bytes, errors)
}

fn code_all(coder: &Coder, docs: &[Document], format: OutputFormat, out: &mut impl Write) -> anyhow::Result<usize> {
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
        let coded: Vec<Vec<Event>> = batch
            .par_iter()
            .map_init(Scratch::default, |scratch, doc| {
                let mut events = Vec::new();
                coder.code(doc, scratch, &mut events);
                events
            })
            .collect();
        for (doc, events) in batch.iter().zip(&coded) {
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
