//! The `kwadrant` binary: parse the arguments, dispatch, print errors.

use std::io::{self, IsTerminal, Write};
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
    // The gemeente's own catalog, before anything reads a catalog.
    let catalog = cli.catalogus.clone().or_else(|| {
        std::env::var_os("KWADRANT_CATALOGUS")
            .filter(|v| !v.is_empty())
            .map(std::path::PathBuf::from)
    });
    let unpacking = matches!(cli.command, Some(Command::Catalogus { uitpakken: Some(_) }));
    if let Some(dir) = &catalog
        && !unpacking
        && let Err(status) = commands::install_catalog(dir, &mut io::stderr())
    {
        return ExitCode::from(status);
    }
    let status = match &cli.command {
        Some(Command::Open { file }) => session(&cli, Some(file.clone())),
        None => session(&cli, None),
        // The progress bar writes to stderr from its own thread.
        Some(Command::Overzicht {
            folders,
            html,
            force,
            groep,
        }) => {
            use kwadrant::tui::Clock;
            let mut bar = io::stderr();
            let bar: Option<&mut (dyn Write + Send)> = if bar.is_terminal() {
                Some(&mut bar)
            } else {
                None
            };
            let mut out = io::stdout().lock();
            let options = commands::OverviewOptions {
                html: html.as_deref(),
                force: *force,
                group: groep.as_deref(),
                today: tui::SystemClock.now().date,
            };
            commands::overview(
                folders,
                cli.dir.as_deref(),
                options,
                bar,
                &mut out,
                &mut io::stderr(),
            )
        }
        // Only the one-shot commands hold stdout and stderr: the session's
        // signal watcher must be able to write to them from its own thread.
        Some(command) => {
            let (mut out, mut err) = (io::stdout().lock(), io::stderr().lock());
            one_shot(command, catalog.as_deref(), &mut out, &mut err)
        }
    };
    ExitCode::from(status)
}

/// Runs a command that prints and ends; returns the exit status. `catalog`
/// is the gemeente's catalog folder, already installed.
fn one_shot(
    command: &Command,
    catalog: Option<&std::path::Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    match command {
        Command::Score {
            antwoorden: Some(file),
            soort,
            ..
        } => commands::score_answers(file, &soort.id, out, err),
        Command::Score {
            taken: Some(file),
            soort,
            ..
        } => commands::score_tasks(file, &soort.id, out, err),
        Command::Score {
            sociaal,
            creativiteit,
            soort,
            ..
        } => commands::score(
            sociaal.as_deref(),
            creativiteit.as_deref(),
            &soort.id,
            out,
            err,
        ),
        Command::Vragen { soort, toml } => commands::questions(&soort.id, *toml, out, err),
        Command::Check { files } => {
            let files: Vec<&std::path::Path> = files.iter().map(|f| f.as_path()).collect();
            commands::check(&files, out, err)
        }
        Command::Show { file } => {
            use kwadrant::tui::Clock;
            commands::show(file, tui::SystemClock.now().date, out, err)
        }
        Command::Completions { shell } => commands::completions(shell, out),
        Command::Man => commands::man(out, err),
        Command::Catalogus {
            uitpakken: Some(dir),
        } => commands::unpack_catalog(dir, out, err),
        Command::Catalogus { uitpakken: None } => commands::show_catalog(catalog, out),
        Command::Export {
            file,
            format,
            output,
            force,
        } => commands::export(file, format.as_deref(), output.as_deref(), *force, out, err),
        // main runs these itself, before it takes stdout and stderr.
        Command::Open { .. } | Command::Overzicht { .. } => EXIT_USAGE,
    }
}

/// Runs the interactive session and turns a failure into one Dutch line.
fn session(cli: &kwadrant::cli::Cli, open: Option<std::path::PathBuf>) -> u8 {
    let wish = tui::colors::Wish::from_id(&cli.kleuren);
    match tui::run(cli.dir.clone(), open, wish) {
        Ok(status) => status,
        Err(e) => {
            eprintln!("kwadrant: er ging iets mis met de terminal: {e:#}");
            EXIT_INVALID
        }
    }
}
