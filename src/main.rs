//! The `stdatlas` binary: parses the command line and runs it.

use clap::Parser;
use std::process::ExitCode;
use stdatlas::cli::{self, Cli, Command};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind::*;
            if matches!(
                e.kind(),
                DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            let msg = e.render().to_string();
            let first = msg
                .lines()
                .next()
                .unwrap_or("invalid arguments")
                .trim_start_matches("error: ");
            eprintln!("stdatlas: error: {first} (see stdatlas --help)");
            return ExitCode::from(2);
        }
    };
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stdatlas: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: &Cli) -> stdatlas::Result<()> {
    let mut out = std::io::stdout().lock();
    match &cli.command {
        Some(Command::Stats) => {
            let model = cli::load(cli)?;
            cli::stats(&model, &mut out).map_err(|source| stdatlas::Error::Write {
                path: "<stdout>".into(),
                source,
            })
        }
        Some(Command::Export(a)) => {
            cli::check_export(a)?;
            let model = cli::load(cli)?;
            for w in &model.warnings {
                eprintln!("stdatlas: warning: {w}");
            }
            cli::export(&model, a, &mut out)
        }
        None => {
            println!(
                "The desktop application is not built yet. Try:\n  stdatlas stats\n  stdatlas export --format json --out model.json\n(stdatlas --help lists everything)"
            );
            Ok(())
        }
    }
}
