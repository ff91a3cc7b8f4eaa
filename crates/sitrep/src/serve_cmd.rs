//! `sitrep serve`: the store over HTTP, with the dashboard.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use anyhow::Context;
use sitrep_coder::{Coder, Scratch};
use sitrep_server::{IngestFn, IngestSummary, ServerConfig};
use sitrep_store::Store;

use crate::cli::LexiconArgs;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The store to serve (created empty if missing).
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,

    /// Where to listen. The API needs no login to read, so keep it on
    /// loopback unless a proxy in front of it checks who asks.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Accept documents at `POST /api/documents` (coded and stored like
    /// `sitrep ingest`); needs --token.
    #[arg(long)]
    pub allow_ingest: bool,

    /// The bearer token `POST /api/documents` requires (or set
    /// SITREP_TOKEN).
    #[arg(long, env = "SITREP_TOKEN", hide_env_values = true)]
    pub token: Option<String>,

    #[command(flatten)]
    pub lexicon: LexiconArgs,
}

pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    if args.allow_ingest && args.token.as_deref().is_none_or(str::is_empty) {
        anyhow::bail!("--allow-ingest needs --token (or SITREP_TOKEN): nobody should write to the store unasked");
    }
    let ingest = if args.allow_ingest { Some(ingest_fn(&args)?) } else { None };
    let config = ServerConfig { db: args.db.clone(), addr: args.addr, allow_ingest: args.allow_ingest, token: args.token.clone(), ingest };
    eprintln!("sitrep: serving {} on http://{} (dashboard at /, API at /api, OpenAPI at /api/openapi.json); Ctrl-C stops", args.db.display(), args.addr);
    sitrep_server::serve_blocking(config).context("the server stopped")?;
    Ok(ExitCode::SUCCESS)
}

/// Posted documents are coded and written like `sitrep ingest` writes them.
fn ingest_fn(args: &ServeArgs) -> anyhow::Result<IngestFn> {
    let coder = Coder::new(Arc::new(crate::lexicon_args::load(&args.lexicon)?));
    let places = crate::places_cmd::load()?;
    let store = Mutex::new(Store::open(&args.db).with_context(|| format!("cannot open the store {}", args.db.display()))?);
    Ok(Arc::new(move |docs| {
        let mut scratch = Scratch::default();
        let batch: Vec<_> = docs
            .into_iter()
            .map(|doc| {
                let mut events = Vec::new();
                coder.code(&doc, &mut scratch, &mut events);
                crate::places_cmd::locate(&places, &doc, &mut events);
                (doc, events)
            })
            .collect();
        let mut store = store.lock().map_err(|_| "the store is unavailable after an earlier failure".to_owned())?;
        store.write_batch(&batch).map(IngestSummary::from).map_err(|e| e.to_string())
    }))
}
