//! The `kwadrant` binary: parse the arguments, dispatch, print errors.

use std::io;
use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;
use kwadrant::cli::{Cli, Command, dutch_error};
use kwadrant::commands::{self, EXIT_INVALID, EXIT_USAGE};
use kwadrant::tui;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("{}", dutch_error(&e));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let (mut out, mut err) = (io::stdout().lock(), io::stderr().lock());
    let status = match &cli.command {
        Some(Command::Score {
            antwoorden: Some(file),
            soort,
            ..
        }) => commands::score_answers(file, soort, &mut out, &mut err),
        Some(Command::Score {
            sociaal,
            creativiteit,
            soort,
            ..
        }) => commands::score(
            sociaal.as_deref(),
            creativiteit.as_deref(),
            soort,
            &mut out,
            &mut err,
        ),
        Some(Command::Vragen { soort, toml }) => {
            commands::questions(soort, *toml, &mut out, &mut err)
        }
        Some(Command::Check { files }) => {
            let files: Vec<&std::path::Path> = files.iter().map(|f| f.as_path()).collect();
            commands::check(&files, &mut out)
        }
        Some(Command::Show { file }) => commands::show(file, &mut out, &mut err),
        Some(Command::Export {
            file,
            format,
            output,
            force,
        }) => commands::export(
            file,
            format.as_deref(),
            output.as_deref(),
            *force,
            &mut out,
            &mut err,
        ),
        Some(Command::Open { file }) => session(cli.dir.clone(), Some(file.clone())),
        None => session(cli.dir.clone(), None),
    };
    ExitCode::from(status)
}

/// Runs the interactive session and turns a failure into one Dutch line.
fn session(dir: Option<std::path::PathBuf>, open: Option<std::path::PathBuf>) -> u8 {
    match tui::run(dir, open) {
        Ok(status) => status,
        Err(e) => {
            eprintln!("kwadrant: er ging iets mis met de terminal: {e:#}");
            EXIT_INVALID
        }
    }
}
