//! `sitrep ingest`: read sources, code what can be coded, store it all.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use sitrep_coder::{Coder, Scratch};
use sitrep_model::{Document, Event};
use sitrep_store::{ContentHash, DocumentKeys, Store};

use crate::cli::LexiconArgs;
use crate::ingest_writer::Writer;

/// Documents coded and stored together: one store transaction each, so a
/// process killed mid-run loses at most two batches (one being stored, the
/// next being coded).
const BATCH: usize = 500;

/// Page caches of the writer's and the lookup's store connections, in MiB.
const WRITER_CACHE_MIB: u32 = 24;
const LOOKUP_CACHE_MIB: u32 = 4;

/// Languages the coder reads; other documents are stored, not coded.
const CODED_LANGUAGES: &[&str] = &["en", "fr"];

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files or directories: text, HTML, JSON Lines, RSS/Atom feeds,
    /// WARC(.gz), PETRARCH XML (also gzipped); directories are walked.
    /// A walk reads news formats only, by extension and content: .txt,
    /// .html/.htm, .jsonl, .json holding one document a line, .rss/.atom,
    /// .xml that is a feed or PETRARCH XML, .warc, and their .gz. Other
    /// files, and README, LICENSE, meta.* and the like, are left out and
    /// named in a warning. Binary content is refused whatever its name.
    #[arg(required = true, value_name = "PATH", verbatim_doc_comment)]
    pub paths: Vec<PathBuf>,

    /// Read every file of the directories walked, not only news formats.
    #[arg(long)]
    pub all_files: bool,

    /// The store (an SQLite file, created if missing).
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,

    /// Seconds one document may take to code. A document that takes longer
    /// is reported and not stored, so that one pathological report cannot
    /// hold up the run; the others are stored as usual. 0 refuses every
    /// document that has a sentence to code (useful only to test this).
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0, value_parser = parse_budget)]
    pub doc_budget: f64,

    #[command(flatten)]
    pub lexicon: LexiconArgs,
}

fn parse_budget(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
        _ => Err(format!("{s:?} is not a number of seconds (0 or more, e.g. 10 or 2.5)")),
    }
}

#[derive(Default)]
pub struct Summary {
    pub read: usize,
    pub stored: usize,
    pub near_duplicates: usize,
    pub already_stored: usize,
    pub other_language: usize,
    pub events: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Documents with a sentence over sitrep_text::MAX_SENTENCE_BYTES, cut.
    pub cut: usize,
    /// Documents not stored because coding them ran past `--doc-budget`.
    pub over_budget: usize,
}

pub fn run(args: IngestArgs) -> anyhow::Result<ExitCode> {
    // A mistyped path must not leave a new, empty store behind: every path
    // is checked before the store is opened (and so created).
    if let Some(missing) = args.paths.iter().find(|p| p.as_os_str() != "-" && !p.exists()) {
        anyhow::bail!("no such file or directory: {}; nothing was ingested and no store was created or changed", missing.display());
    }
    let coder = crate::lexicon_args::coder(&args.lexicon)?;
    let places = crate::places_cmd::load()?;
    let budget = Duration::from_secs_f64(args.doc_budget);
    let open = || Store::open(&args.db).with_context(|| format!("cannot open the store {}", args.db.display()));
    // Two connections: the writer thread's, and this thread's to look up
    // which documents are stored already. Their page caches are capped so
    // that ingest's peak memory stays near coding's: a full 64 MiB cache
    // made ingest of the English corpus (96 MB of store) peak at 224 MB.
    let store = open()?;
    store.set_page_cache_mib(WRITER_CACHE_MIB)?;
    let mut writer = Writer::spawn(store);
    let lookup = open()?;
    lookup.set_page_cache_mib(LOOKUP_CACHE_MIB)?;
    let started = Instant::now();
    let progress = ProgressBar::new_spinner();
    progress.set_style(ProgressStyle::with_template("{spinner} {msg} ({elapsed})").expect("static template"));
    progress.enable_steady_tick(Duration::from_millis(200));
    let mut summary = Summary::default();
    let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
    let mut failure: Option<anyhow::Error> = None;
    // Reading (parsing, HTML extraction, language detection) runs on its
    // own thread, ahead of coding and storing: the stages overlap.
    let (sender, receiver) = std::sync::mpsc::sync_channel(BATCH * 4);
    let paths = args.paths.clone();
    let files = sitrep_ingest::Reader::new().all_files(args.all_files);
    let mut reporter = crate::report::Reporter::default();
    let reader = std::thread::spawn(move || {
        for path in &paths {
            files.read_path(path, |item| {
                // A closed channel means the writer failed; stop quietly.
                let _ = sender.send(item);
            });
        }
    });
    for item in receiver {
        if failure.is_some() {
            continue; // drain, so that the reader thread can finish
        }
        match item {
            Ok(doc) => {
                summary.read += 1;
                batch.push(doc);
                if batch.len() == BATCH {
                    if let Err(e) = flush(&coder, &places, &lookup, &mut writer, &mut batch, &mut summary, budget) {
                        failure = Some(e);
                    }
                    progress.set_message(message(&summary));
                }
            }
            Err(e) => {
                if let Some(line) = reporter.report(&e) {
                    progress.suspend(|| eprintln!("{line}"));
                }
                (summary.errors, summary.warnings) = (reporter.errors, reporter.warnings);
            }
        }
    }
    for line in reporter.untold() {
        progress.suspend(|| eprintln!("{line}"));
    }
    reader.join().map_err(|_| anyhow::anyhow!("the reader thread panicked"))?;
    if let Some(e) = failure {
        return Err(e);
    }
    flush(&coder, &places, &lookup, &mut writer, &mut batch, &mut summary, budget)?;
    if let Some(written) = writer.outcome()? {
        summary.add(written);
    }
    writer.finish()?;
    progress.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "{}; {:.0} documents/s; store {}",
        message(&summary),
        summary.read as f64 / seconds.max(1e-9),
        args.db.display()
    );
    // A document left out for its coding time is lost to this run, like
    // one that could not be read: exit 1 either way.
    Ok(if summary.errors > 0 || summary.over_budget > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

impl Summary {
    /// Counts what the store did with a batch.
    fn add(&mut self, written: sitrep_store::BatchSummary) {
        self.stored += written.documents;
        self.near_duplicates += written.near_duplicates;
        self.already_stored += written.already_stored;
        self.events += written.events;
    }
}

fn message(s: &Summary) -> String {
    let over = if s.over_budget > 0 { format!(", {} over the coding budget (not stored)", s.over_budget) } else { String::new() };
    let cut = if s.cut > 0 {
        format!(", {} with sentences over {} bytes cut", s.cut, sitrep_text::MAX_SENTENCE_BYTES)
    } else {
        String::new()
    };
    format!(
        "{} documents read: {} stored ({} near-duplicates), {} already stored, {} not coded (language){cut}{over}, {} events, {} errors, {} warnings",
        s.read, s.stored, s.near_duplicates, s.already_stored, s.other_language, s.events, s.errors, s.warnings
    )
}

/// Whether coding `doc` cuts an over-long sentence (see sitrep_text's
/// `cut.rs`). The splitter here knows no abbreviations, which only ever
/// join sentences, so it may miss a cut the coder makes, never invent one.
fn has_cut_sentence(doc: &Document) -> bool {
    doc.text.len() > sitrep_text::MAX_SENTENCE_BYTES && sitrep_text::SentenceSplitter::default().split(&doc.text, &mut Vec::new()) > 0
}

/// Codes the batch's new documents in parallel while the writer stores the
/// batch before, then hands this batch to the writer. The batch before is
/// stored before this one's outcome is told (its over-budget messages and
/// counts), and a failure to store it ends the run there, as when each
/// batch was stored before the next was coded; a document counts as stored
/// if the store has it or it is in the batch being written, which is what
/// the store held once that batch was written.
fn flush(
    coder: &Coder,
    places: &sitrep_places::Places,
    lookup: &Store,
    writer: &mut Writer,
    batch: &mut Vec<Document>,
    summary: &mut Summary,
    budget: Duration,
) -> anyhow::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let mut fresh = Vec::with_capacity(batch.len());
    let mut already_stored = 0;
    for doc in batch.drain(..) {
        let hash = ContentHash::of(&doc);
        if writer.is_in_flight(&hash) || lookup.has_document(&hash)? {
            already_stored += 1;
        } else {
            fresh.push(doc);
        }
    }
    // Each document's store keys (content hash, near-duplicate shingles)
    // are computed here too, in parallel, not on the writer's thread.
    let results: Vec<Coded> = fresh
        .into_par_iter()
        .map_init(Scratch::default, |scratch, doc| {
            let mut events = Vec::new();
            let mut over = None;
            if codable(&doc) {
                match coder.code_within(&doc, scratch, &mut events, Some(Instant::now() + budget)) {
                    Ok(()) => crate::places_cmd::locate(places, &doc, &mut events, Some(&*scratch)),
                    Err(e) => over = Some(e),
                }
            }
            // A document over its budget is not stored: no keys.
            let keys = over.is_none().then(|| DocumentKeys::of(&doc));
            (doc, events, over, keys)
        })
        .collect();
    if let Some(written) = writer.outcome()? {
        summary.add(written);
    }
    summary.already_stored += already_stored;
    let mut coded: Vec<(Document, Vec<Event>)> = Vec::with_capacity(results.len());
    let mut keys = Vec::with_capacity(results.len());
    for (doc, events, over, doc_keys) in results {
        match over {
            // Reported and not stored (exit code 1): a rerun with a larger
            // budget stores it.
            Some(e) => {
                eprintln!("sitrep: {}: {e} (--doc-budget {:.1} s); not stored", doc.id, budget.as_secs_f64());
                summary.over_budget += 1;
            }
            None => {
                keys.push(doc_keys.unwrap_or_else(|| DocumentKeys::of(&doc)));
                coded.push((doc, events));
            }
        }
    }
    summary.other_language += coded.iter().filter(|(d, _)| !codable(d)).count();
    summary.cut += coded.iter().filter(|(d, _)| codable(d) && has_cut_sentence(d)).count();
    writer.write(coded, keys)
}

/// A document as coding left it: its events, the budget it ran out of
/// (then it is not stored), and its store keys (none when not stored).
type Coded = (Document, Vec<Event>, Option<sitrep_coder::OverBudget>, Option<DocumentKeys>);

fn codable(doc: &Document) -> bool {
    doc.language.as_deref().is_none_or(|l| CODED_LANGUAGES.contains(&l))
}
