//! The `sitrep` command line: wires the pipeline stages together.

mod claims_cmd;
mod cli;
mod code_cmd;
mod documents;
mod export_cmd;
mod filter_args;
mod ingest_cmd;
mod ingest_writer;
mod query_cmd;
mod serve_cmd;
mod lexicon_args;
mod output;
mod parse_cmd;
mod place_tree;
mod places_cmd;
mod report;
mod validate_cmd;
mod vocabulary;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Code(args) => code_cmd::run(args),
        cli::Command::Validate(args) => validate_cmd::run(args),
        cli::Command::Ingest(args) => ingest_cmd::run(args),
        cli::Command::Query(args) => query_cmd::run(args),
        cli::Command::Claims(args) => claims_cmd::run(args),
        cli::Command::Export(args) => export_cmd::run(args),
        cli::Command::Serve(args) => serve_cmd::run(args),
        cli::Command::Parse(args) => parse_cmd::run(args),
        cli::Command::Places(args) => places_cmd::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sitrep: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
