//! `sitrep claims`: the store's claims, filtered and sorted.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use sitrep_store::{Claim, ClaimConfig, ClaimFilter, ClaimSort, ClaimStatus, Store};

use crate::filter_args::FilterArgs;

#[derive(clap::Args)]
pub struct ClaimsArgs {
    /// The store.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,

    /// Select claims any of whose readings (supporting or denying) match.
    #[command(flatten)]
    pub filter: FilterArgs,

    /// Only claims of this status: single-source, corroborated, contested,
    /// denied-only (repeat for several).
    #[arg(long, value_parser = parse_status)]
    pub status: Vec<ClaimStatus>,

    /// Order: outlets (most independent outlets first), recency (most
    /// recently seen first) or status (contested and denied first).
    #[arg(long, default_value = "outlets", value_parser = parse_sort)]
    pub sort: ClaimSort,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Table)]
    pub format: ClaimsFormat,

    /// At most this many claims (0: all).
    #[arg(long, default_value_t = 50)]
    pub limit: u32,

    /// Skip this many claims first (for paging).
    #[arg(long, default_value_t = 0)]
    pub offset: u32,

    /// Group every event again (after changing the rules, or to measure).
    #[arg(long)]
    pub rebuild: bool,

    /// Grouping rules in the format of crates/sitrep-store/data/claims.tsv
    /// (implies --rebuild).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ClaimsFormat {
    Table,
    Jsonl,
    Csv,
}

fn parse_status(s: &str) -> Result<ClaimStatus, String> {
    s.parse()
}

fn parse_sort(s: &str) -> Result<ClaimSort, String> {
    s.parse()
}

pub fn run(args: ClaimsArgs) -> anyhow::Result<ExitCode> {
    if !args.db.exists() {
        anyhow::bail!("no store at {} (run `sitrep ingest` first, or give --db)", args.db.display());
    }
    let mut store = Store::open(&args.db).with_context(|| format!("cannot open the store {}", args.db.display()))?;
    let started = Instant::now();
    let grouped = match &args.config {
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
            store.rebuild_claims(ClaimConfig::parse(&text, &path.display().to_string())?)?
        }
        None if args.rebuild => store.rebuild_claims(ClaimConfig::default())?,
        // A store written before claims existed is grouped now, once.
        None => store.update_claims()?,
    };
    if grouped > 0 {
        eprintln!("grouped {grouped} events into claims in {:.2} s", started.elapsed().as_secs_f64());
    }
    let filter = ClaimFilter {
        events: args.filter.to_filter()?,
        status: args.status.clone(),
        sort: args.sort,
        limit: (args.limit > 0).then_some(args.limit),
        offset: args.offset,
    };
    let page = store.claims(&filter)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        ClaimsFormat::Table => writeln!(out, "{:>6} {:<13} {:<10} {:<5} {:<10} {:>3} {:>3} {:>3} {:<10} {:<10} TEXT", "ID", "STATUS", "SOURCE", "CAMEO", "TARGET", "OUT", "DOC", "DEN", "FIRST", "LAST")?,
        ClaimsFormat::Csv => writeln!(out, "id,status,source,cameo,plover,target,independent_outlets,outlets,documents,denials,first_seen,last_seen,strongest,weakest,text")?,
        ClaimsFormat::Jsonl => {}
    }
    for c in &page.claims {
        write_claim(&mut out, c, args.format)?;
    }
    out.flush()?;
    if matches!(args.format, ClaimsFormat::Table) {
        eprintln!("{} of {}{} claims", page.claims.len(), page.total, if page.total_capped { "+" } else { "" });
    }
    Ok(ExitCode::SUCCESS)
}

fn write_claim(out: &mut impl Write, c: &Claim, format: ClaimsFormat) -> io::Result<()> {
    let dash = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
    match format {
        ClaimsFormat::Jsonl => {
            serde_json::to_writer(&mut *out, c).map_err(io::Error::other)?;
            writeln!(out)
        }
        ClaimsFormat::Csv => {
            let field = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            writeln!(
                out,
                "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
                c.id,
                c.status,
                c.source.as_deref().unwrap_or(""),
                c.cameo,
                c.plover.as_deref().unwrap_or(""),
                c.target.as_deref().unwrap_or(""),
                c.independent_outlets,
                field(&c.outlets.join("; ")),
                field(&c.documents.join("; ")),
                field(&c.denials.join("; ")),
                c.first_seen.as_deref().unwrap_or(""),
                c.last_seen.as_deref().unwrap_or(""),
                c.strongest.as_deref().unwrap_or(""),
                c.weakest.as_deref().unwrap_or(""),
                field(&c.text)
            )
        }
        ClaimsFormat::Table => {
            let short: String = c.text.chars().take(80).collect();
            writeln!(
                out,
                "{:>6} {:<13} {:<10} {:<5} {:<10} {:>3} {:>3} {:>3} {:<10} {:<10} {}",
                c.id,
                c.status.as_str(),
                dash(&c.source),
                c.cameo,
                dash(&c.target),
                c.independent_outlets,
                c.documents.len(),
                c.denials.len(),
                dash(&c.first_seen),
                dash(&c.last_seen),
                short
            )
        }
    }
}
