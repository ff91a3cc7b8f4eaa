//! `sitrep serve`: the store over HTTP, with the dashboard.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use anyhow::Context;
use sitrep_coder::Scratch;
use sitrep_server::{IngestFn, IngestSummary, ServerConfig};
use sitrep_store::Store;

use crate::cli::LexiconArgs;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The store to serve; it must exist (a typo must not serve an empty
    /// store) unless --create is given.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,

    /// Create an empty store at --db when there is none (to fill it
    /// through `POST /api/documents`).
    #[arg(long)]
    pub create: bool,

    /// Where to listen: HOST:PORT, or a bare port on 127.0.0.1. The API
    /// needs no login to read, so keep it on loopback unless a proxy in
    /// front of it checks who asks.
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080", value_parser = parse_addr, conflicts_with = "port")]
    pub addr: SocketAddr,

    /// The port to listen on, on 127.0.0.1 (short for --addr 127.0.0.1:PORT).
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,

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
    if !args.db.exists() && !args.create {
        anyhow::bail!(
            "no store at {} (run `sitrep ingest FILES --db {}` first, or give --create to serve a new empty store)",
            args.db.display(),
            args.db.display()
        );
    }
    let addr = match args.port {
        Some(port) => SocketAddr::from(([127, 0, 0, 1], port)),
        None => args.addr,
    };
    let ingest = if args.allow_ingest { Some(ingest_fn(&args)?) } else { None };
    let config = ServerConfig { db: args.db.clone(), addr, allow_ingest: args.allow_ingest, token: args.token.clone(), ingest };
    eprintln!("sitrep: serving {} on http://{} (dashboard at /, API at /api, OpenAPI at /api/openapi.json); Ctrl-C stops", args.db.display(), addr);
    sitrep_server::serve_blocking(config).context("the server stopped")?;
    Ok(ExitCode::SUCCESS)
}

/// Posted documents are coded and written like `sitrep ingest` writes them.
fn ingest_fn(args: &ServeArgs) -> anyhow::Result<IngestFn> {
    let coder = crate::lexicon_args::coder(&args.lexicon)?;
    let places = crate::places_cmd::load()?;
    let store = Mutex::new(Store::open(&args.db).with_context(|| format!("cannot open the store {}", args.db.display()))?);
    Ok(Arc::new(move |docs| {
        let mut scratch = Scratch::default();
        let batch: Vec<_> = docs
            .into_iter()
            .map(|doc| {
                let mut events = Vec::new();
                coder.code(&doc, &mut scratch, &mut events);
                crate::places_cmd::locate(&places, &doc, &mut events, Some(&scratch));
                (doc, events)
            })
            .collect();
        let mut store = store.lock().map_err(|_| "the store is unavailable after an earlier failure".to_owned())?;
        store.write_batch(&batch).map(IngestSummary::from).map_err(|e| e.to_string())
    }))
}

/// `--addr`: `HOST:PORT`, or a bare port on loopback (`8094`).
fn parse_addr(v: &str) -> Result<SocketAddr, String> {
    let v = v.trim();
    if let Ok(port) = v.parse::<u16>() {
        return Ok(SocketAddr::from(([127, 0, 0, 1], port)));
    }
    if let Some(port) = v.strip_prefix("localhost:").and_then(|p| p.parse::<u16>().ok()) {
        return Ok(SocketAddr::from(([127, 0, 0, 1], port)));
    }
    v.parse::<SocketAddr>().map_err(|_| {
        format!("expected HOST:PORT with an IP address (127.0.0.1:8080, [::1]:8080, 0.0.0.0:8080) or a port (8080), not {v:?}")
    })
}

#[cfg(test)]
mod tests {
    use super::parse_addr;

    #[test]
    fn addresses_and_bare_ports() {
        assert_eq!(parse_addr("8094").unwrap().to_string(), "127.0.0.1:8094");
        assert_eq!(parse_addr("localhost:9000").unwrap().to_string(), "127.0.0.1:9000");
        assert_eq!(parse_addr("0.0.0.0:80").unwrap().to_string(), "0.0.0.0:80");
        assert!(parse_addr("example.org:80").unwrap_err().contains("HOST:PORT"));
        assert!(parse_addr("70000").is_err());
    }
}
