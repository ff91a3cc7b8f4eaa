//! `sitrep query`: events from the store, filtered.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use sitrep_store::{Store, StoredEvent};

use crate::filter_args::FilterArgs;
use crate::output::truncate;

#[derive(clap::Args)]
pub struct QueryArgs {
    /// The store.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,

    /// At most this many events (0: all).
    #[arg(long, default_value_t = 50)]
    pub limit: u32,

    /// Skip this many events first (for paging).
    #[arg(long, default_value_t = 0)]
    pub offset: u32,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum QueryFormat {
    Table,
    Jsonl,
    Csv,
}

pub fn run(args: QueryArgs) -> anyhow::Result<ExitCode> {
    if !args.db.exists() {
        anyhow::bail!("no store at {} (run `sitrep ingest` first, or give --db)", args.db.display());
    }
    let store = Store::open(&args.db).with_context(|| format!("cannot open the store {}", args.db.display()))?;
    let mut filter = args.filter.to_filter()?;
    filter.limit = (args.limit > 0).then_some(args.limit);
    filter.offset = args.offset;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        QueryFormat::Table => writeln!(out, "{:<10} {:<12} {:<5} {:<12} {:<11} {:<14} {:>3} {:>3} EVIDENCE", "DATE", "SOURCE", "CAMEO", "TARGET", "CERTAINTY", "ATTRIBUTION", "ART", "OUT")?,
        QueryFormat::Csv => writeln!(out, "id,date,source,cameo,target,certainty,attribution,articles,outlets,outlet,url,date_source,date_confidence,evidence")?,
        QueryFormat::Jsonl => {}
    }
    let mut n = 0u64;
    store.for_each_event(&filter, |e| {
        n += 1;
        write_event(&mut out, &e, args.format).map_err(|source| sitrep_store::StoreError::Io { export: "query", target: "standard output".into(), source })
    })?;
    out.flush()?;
    if matches!(args.format, QueryFormat::Table) {
        eprintln!("{n} events");
    }
    Ok(ExitCode::SUCCESS)
}

fn code(a: &Option<sitrep_model::Actor>) -> String {
    a.as_ref().and_then(|a| a.code.as_ref()).map_or("-".into(), |c| c.to_string())
}

fn write_event(out: &mut impl Write, e: &StoredEvent, format: QueryFormat) -> io::Result<()> {
    let ev = &e.event;
    let day = e.day.map_or("-".into(), |d| d.to_string());
    let evidence: String = e.evidence.split_whitespace().collect::<Vec<_>>().join(" ");
    match format {
        QueryFormat::Jsonl => {
            let mut v = serde_json::to_value(ev).map_err(io::Error::other)?;
            v["articles"] = e.counts.articles.into();
            v["outlets"] = e.counts.sources.into();
            v["outlet"] = e.document.outlet.clone().into();
            v["url"] = e.document.url.clone().into();
            v["doc_date"] = e.document.date.map(|d| d.to_string()).into();
            v["date_source"] = e.document.date_source.clone().into();
            v["date_confidence"] = e.document.date_confidence.into();
            serde_json::to_writer(&mut *out, &v).map_err(io::Error::other)?;
            writeln!(out)
        }
        QueryFormat::Csv => {
            let field = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            writeln!(
                out,
                "{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
                e.id,
                day,
                code(&ev.source),
                ev.cameo.as_str(),
                code(&ev.target),
                ev.certainty.as_str(),
                ev.attribution.kind.as_str(),
                e.counts.articles,
                e.counts.sources,
                field(e.document.outlet.as_deref().unwrap_or("")),
                field(e.document.url.as_deref().unwrap_or("")),
                e.document.date_source.as_deref().unwrap_or(""),
                e.document.date_confidence.map_or(String::new(), |c| format!("{c:.2}")),
                field(&evidence)
            )
        }
        QueryFormat::Table => {
            let short: String = evidence.chars().take(80).collect();
            writeln!(
                out,
                "{:<10} {:<12} {:<5} {:<12} {:<11} {:<14} {:>3} {:>3} {}",
                day,
                truncate(&code(&ev.source), 12),
                ev.cameo.as_str(),
                truncate(&code(&ev.target), 12),
                ev.certainty.as_str(),
                ev.attribution.kind.as_str(),
                e.counts.articles,
                e.counts.sources,
                short
            )
        }
    }
}
