//! The `sitrep` command line: wires the pipeline stages together.

mod cli;
mod code_cmd;
mod input;
mod lexicon_args;
mod output;
mod validate_cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Code(args) => code_cmd::run(args),
        cli::Command::Validate(args) => validate_cmd::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sitrep: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
