//! Serves a store without the `sitrep` binary (the end-to-end test uses it):
//!
//! ```sh
//! cargo run -p sitrep-server --example serve -- --db sitrep.db --addr 127.0.0.1:8080
//! ```

use std::process::ExitCode;

use sitrep_server::ServerConfig;

fn main() -> ExitCode {
    let mut config = ServerConfig::new("sitrep.db");
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next();
        match (flag.as_str(), value) {
            ("--db", Some(v)) => config.db = v.into(),
            ("--addr", Some(v)) => match v.parse() {
                Ok(a) => config.addr = a,
                Err(e) => return usage(&format!("bad --addr {v:?}: {e}")),
            },
            _ => return usage(&format!("unknown argument {flag:?}")),
        }
    }
    eprintln!("serving {} on http://{}/", config.db.display(), config.addr);
    match sitrep_server::serve_blocking(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("serve: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("{problem}\nusage: serve [--db PATH] [--addr IP:PORT]");
    ExitCode::from(2)
}
