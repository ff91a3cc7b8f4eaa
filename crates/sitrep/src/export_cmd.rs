//! `sitrep export`: the store in the formats other tools read.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use sitrep_store::{export, Store};

use crate::filter_args::FilterArgs;

#[derive(clap::Args)]
pub struct ExportArgs {
    /// What to write (column mappings: crates/sitrep-store/EXPORTS.md).
    #[arg(long, value_enum)]
    pub format: ExportFormat,

    /// Where: a file (standard output if absent) or, for parquet, a
    /// directory (partitioned `year=YYYY/month=MM/`), which must be empty.
    #[arg(long, short, value_name = "PATH")]
    pub out: Option<PathBuf>,

    /// The store.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,

    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    /// The event record, one JSON object a line.
    Jsonl,
    /// GDELT 2.0 event table (tab-separated, with a header).
    Gdelt,
    /// ACLED-style CSV.
    Acled,
    /// PLOVER JSON, one event a line.
    Plover,
    /// Parquet files partitioned by month.
    Parquet,
}

pub fn run(args: ExportArgs) -> anyhow::Result<ExitCode> {
    if !args.db.exists() {
        anyhow::bail!("no store at {} (run `sitrep ingest` first, or give --db)", args.db.display());
    }
    let store = Store::open(&args.db).with_context(|| format!("cannot open the store {}", args.db.display()))?;
    let filter = args.filter.to_filter()?;
    let summary = if let ExportFormat::Parquet = args.format {
        let dir = args.out.as_ref().context("parquet needs --out DIR")?;
        export::parquet(&store, &filter, dir)?
    } else {
        let out: Box<dyn Write> = match &args.out {
            Some(path) => Box::new(BufWriter::new(File::create(path).with_context(|| format!("cannot create {}", path.display()))?)),
            None => Box::new(BufWriter::new(io::stdout().lock())),
        };
        match args.format {
            ExportFormat::Jsonl => export::jsonl(&store, &filter, out)?,
            ExportFormat::Gdelt => export::gdelt_csv(&store, &filter, out)?,
            ExportFormat::Acled => export::acled_csv(&store, &filter, out)?,
            ExportFormat::Plover => export::plover_jsonl(&store, &filter, out)?,
            ExportFormat::Parquet => unreachable!("handled above"),
        }
    };
    eprintln!(
        "{} events written{}{}",
        summary.written,
        if summary.skipped > 0 { format!(", {} left out (no mapping in this format)", summary.skipped) } else { String::new() },
        if summary.files.is_empty() { String::new() } else { format!(", {} files", summary.files.len()) }
    );
    Ok(ExitCode::SUCCESS)
}
