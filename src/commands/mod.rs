//! The non-interactive commands. Each writes to the given streams and returns
//! the exit status, so tests can run them without a process.

use std::io::Write;
use std::path::Path;

use crate::model::catalog::Catalog;
use crate::model::keyword::Keyword;
use crate::model::plan::{MIN_TAKEN, SoortWerk, Week, total};
use crate::model::position::{Axis, Position, check_score};
use crate::model::{questionnaire, tasks};
use crate::plan_file::{self, SaveError, SaveMode};
use crate::report;
use crate::report::text;

mod coach;
pub use coach::{OverviewOptions, install_catalog, overview, show_catalog, unpack_catalog};

/// All went well.
pub const EXIT_OK: u8 = 0;
/// A checked file is not valid, or a file could not be used.
pub const EXIT_INVALID: u8 = 1;
/// The command was used wrongly.
pub const EXIT_USAGE: u8 = 2;

/// Reads one score from the command line. Accepts a decimal comma ("3,5").
pub fn parse_score(axis: Axis, raw: Option<&str>) -> Result<f64, String> {
    let flag = format!("--{}", axis.id());
    let Some(raw) = raw else {
        return Err(format!(
            "{flag} ontbreekt; geef een getal van 0 tot en met 10, bijvoorbeeld {flag} 3.5"
        ));
    };
    let cleaned = raw.trim().replace(',', ".");
    let value: f64 = match cleaned.parse() {
        Ok(v) => v,
        Err(_) => {
            return Err(format!(
                "{flag} moet een getal van 0 tot en met 10 zijn, zoals 3.5; '{raw}' is geen getal"
            ));
        }
    };
    check_score(value).map_err(|e| format!("{flag} {e}"))
}

/// `kwadrant score`.
pub fn score(
    sociaal: Option<&str>,
    creativiteit: Option<&str>,
    soort: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let parsed = parse_score(Axis::Sociaal, sociaal).and_then(|x| {
        let y = parse_score(Axis::Creativiteit, creativiteit)?;
        let soort = SoortWerk::from_id(soort).ok_or_else(|| wrong_soort(soort))?;
        Ok((x, y, soort))
    });
    match parsed {
        Ok((x, y, soort)) => {
            let position = Position {
                sociaal: x,
                creativiteit: y,
            };
            let report = text::score_report(&position, soort, Catalog::active());
            let _ = out.write_all(report.as_bytes());
            EXIT_OK
        }
        Err(message) => {
            let _ = writeln!(err, "kwadrant: {message}");
            EXIT_USAGE
        }
    }
}

/// `kwadrant vragen [--soort SOORT] [--toml]`: the questionnaire asked now.
pub fn questions(soort: &str, as_toml: bool, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some(soort) = SoortWerk::from_id(soort) else {
        let _ = writeln!(err, "kwadrant: {}", wrong_soort(soort));
        return EXIT_USAGE;
    };
    let catalog = Catalog::active();
    let listing = if as_toml {
        report::questions::toml(catalog, soort)
    } else {
        report::questions::text(catalog, soort)
    };
    let _ = out.write_all(listing.as_bytes());
    EXIT_OK
}

fn wrong_soort(soort: &str) -> String {
    format!("--soort moet cognitief of fysiek zijn, niet '{soort}'")
}

/// `kwadrant score --antwoorden FILE`: the position from a file of answers
/// (`[antwoorden]`, statement id = 1 to 5) to the questionnaire asked now, for
/// this kind of work, printed exactly like `score`. Every statement needs an
/// answer; an unknown id or a value outside the scale is named. Input errors
/// exit with 2, as a wrong score does.
pub fn score_answers(file: &Path, soort: &str, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let name = file.display().to_string();
    let Some(soort) = SoortWerk::from_id(soort) else {
        let _ = writeln!(err, "kwadrant: {}", wrong_soort(soort));
        return EXIT_USAGE;
    };
    let catalog = Catalog::active();
    let answers = match plan_file::load_table(file) {
        Ok(table) => read_answers(&table, catalog, soort)
            .map_err(|problems| problems.iter().map(|p| format!("{name}: {p}")).collect()),
        Err(e) => Err(e.lines(&name)),
    };
    let answers = match answers {
        Ok(answers) => answers,
        Err(lines) => {
            for line in lines {
                let _ = writeln!(err, "{line}");
            }
            return EXIT_USAGE;
        }
    };
    let Some(position) = questionnaire::result(catalog, &answers, Some(soort)) else {
        let _ = writeln!(err, "{name}: de antwoorden geven geen plek");
        return EXIT_USAGE;
    };
    let _ = out.write_all(text::score_report(&position, soort, catalog).as_bytes());
    EXIT_OK
}

/// `kwadrant score --taken FILE`: the position now and in two years from a
/// file of `[[taken]]` (the plan's fields), printed like `score`, now first.
/// Shares that do not add up to 100 in either week are refused.
pub fn score_tasks(file: &Path, soort: &str, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let name = file.display().to_string();
    let Some(soort) = SoortWerk::from_id(soort) else {
        let _ = writeln!(err, "kwadrant: {}", wrong_soort(soort));
        return EXIT_USAGE;
    };
    let taken = plan_file::load_table(file)
        .map_err(|e| e.lines(&name))
        .and_then(|table| {
            plan_file::read_tasks(&table)
                .map_err(|problems| problems.iter().map(|p| format!("{name}: {p}")).collect())
        });
    let taken = match taken {
        Ok(taken) => taken,
        Err(lines) => {
            for line in lines {
                let _ = writeln!(err, "{line}");
            }
            return EXIT_USAGE;
        }
    };
    for (week, when) in [(Week::Nu, "nu"), (Week::Straks, "over twee jaar")] {
        let sum = total(&taken, week);
        if sum != 100 {
            let _ = writeln!(
                err,
                "{name}: de delen van de week {when} ({}) tellen op tot {sum} %, niet tot 100 %; \
                 pas ze aan zodat ze samen 100 zijn",
                week.field()
            );
            return EXIT_USAGE;
        }
    }
    let catalog = Catalog::active();
    let (Some(now), Some(later)) = (
        tasks::point(&taken, Week::Nu),
        tasks::point(&taken, Week::Straks),
    ) else {
        let _ = writeln!(
            err,
            "{name}: de taken geven geen plek; er zijn minstens {MIN_TAKEN} taken nodig met een \
             deel van de week nu"
        );
        return EXIT_USAGE;
    };
    let _ = out.write_all(text::score_report(&now, soort, catalog).as_bytes());
    let _ = writeln!(out, "\nOver twee jaar:");
    let _ = writeln!(
        out,
        "Kwadrant: {} [{}]",
        later.result_label(),
        later.quadrant().id()
    );
    let _ = writeln!(
        out,
        "Positie: sociale interactie en empathie {}, {} {} (van 0 tot 10)",
        text::decimal(later.sociaal),
        text::creativity_label(Some(soort)),
        text::decimal(later.creativiteit)
    );
    let rule = text::wrap(&tasks::rule(Some(soort)), text::width(), "");
    let _ = write!(out, "\n{rule}");
    EXIT_OK
}

/// The answers of `[antwoorden]`, or every problem with them.
fn read_answers(
    table: &toml::Table,
    catalog: &Catalog,
    soort: SoortWerk,
) -> Result<Vec<(String, i64)>, Vec<String>> {
    let mut problems = Vec::new();
    for key in table.keys().filter(|k| *k != "antwoorden") {
        problems.push(format!(
            "veld {key}: onbekend veld; hier mag alleen [antwoorden] staan"
        ));
    }
    let asked: Vec<&str> = catalog
        .questions_for(Some(soort))
        .into_iter()
        .map(|q| q.id.as_str())
        .collect();
    let mut answers = Vec::new();
    match table.get("antwoorden") {
        None => problems.push(format!(
            "[antwoorden] ontbreekt; schrijf bijvoorbeeld [antwoorden] en daaronder {} = 2",
            asked[0]
        )),
        Some(toml::Value::Table(given)) => {
            for (id, value) in given {
                match value {
                    _ if !asked.contains(&id.as_str()) => problems.push(format!(
                        "veld antwoorden.{id}: onbekende vraag; bij {} werk zijn de vragen {}",
                        soort.id(),
                        asked.join(", ")
                    )),
                    toml::Value::Integer(n) if (1..=5).contains(n) => answers.push((id.clone(), *n)),
                    other => problems.push(format!(
                        "veld antwoorden.{id}: moet een antwoord van 1 tot en met 5 zijn, maar is {other}"
                    )),
                }
            }
            for id in asked.iter().filter(|id| !given.contains_key(**id)) {
                problems.push(format!("veld antwoorden.{id}: het antwoord ontbreekt"));
            }
        }
        Some(_) => problems.push("veld antwoorden: moet een tabel [antwoorden] zijn".into()),
    }
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(problems)
    }
}

/// `kwadrant check`: `FILE: ok` or every problem, one per line.
/// What check finds in a plan goes to `out`; a file it cannot read at all
/// (missing, a folder, no permission) is an error of the command, on `err`.
pub fn check(files: &[&Path], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let mut status = EXIT_OK;
    for file in files {
        let name = file.display().to_string();
        match plan_file::load(file) {
            Ok(_) => {
                let _ = writeln!(out, "{name}: ok");
            }
            Err(e) => {
                status = EXIT_INVALID;
                let to: &mut dyn Write = match e {
                    plan_file::LoadError::Unreadable(_) => &mut *err,
                    _ => &mut *out,
                };
                for line in e.lines(&name) {
                    let _ = writeln!(to, "{line}");
                }
            }
        }
    }
    status
}

/// `kwadrant show`.
pub fn show(
    file: &Path,
    today: Option<toml::value::Date>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    match plan_file::load(file) {
        Ok(plan) => {
            // As wide as the terminal when it is one, 80 otherwise.
            let columns = std::io::IsTerminal::is_terminal(&std::io::stdout())
                .then(crossterm::terminal::size)
                .and_then(Result::ok)
                .map_or(text::WIDTH, |(columns, _)| usize::from(columns));
            let shown =
                text::with_width(columns, || text::show_on(&plan, Catalog::active(), today));
            let _ = out.write_all(shown.as_bytes());
            EXIT_OK
        }
        Err(e) => {
            for line in e.lines(&file.display().to_string()) {
                let _ = writeln!(err, "{line}");
            }
            EXIT_INVALID
        }
    }
}

/// The format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Markdown (CommonMark with a GFM table).
    Markdown,
    /// One printable HTML page.
    Html,
}

impl ExportFormat {
    /// Reads `md` or `html`.
    pub fn parse(word: Option<&str>) -> Result<Self, String> {
        match word.map(str::trim) {
            Some("md" | "markdown") => Ok(ExportFormat::Markdown),
            Some("html") => Ok(ExportFormat::Html),
            Some(other) => Err(format!("--format moet md of html zijn, niet '{other}'")),
            None => Err("--format ontbreekt; kies --format md of --format html".into()),
        }
    }
}

/// `kwadrant export`: to stdout, or to `output` (never replacing a file
/// unless `force`).
pub fn export(
    file: &Path,
    format: Option<&str>,
    output: Option<&Path>,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let format = match ExportFormat::parse(format) {
        Ok(f) => f,
        Err(message) => {
            let _ = writeln!(err, "kwadrant: {message}");
            return EXIT_USAGE;
        }
    };
    let plan = match plan_file::load(file) {
        Ok(plan) => plan,
        Err(e) => {
            for line in e.lines(&file.display().to_string()) {
                let _ = writeln!(err, "{line}");
            }
            return EXIT_INVALID;
        }
    };
    let catalog = Catalog::active();
    let text = match format {
        ExportFormat::Markdown => report::export_markdown(&plan, catalog),
        ExportFormat::Html => report::export_html(&plan, catalog),
    };
    let Some(target) = output else {
        let _ = out.write_all(text.as_bytes());
        return EXIT_OK;
    };
    if let Err(why) = check_output(target, force) {
        let _ = writeln!(err, "kwadrant: {why}");
        return EXIT_INVALID;
    }
    write_file(&text, target, force, out, err)
}

/// Whether a document may go to `target`, asked before any work is done:
/// never into a folder, never over a plan, and over another file only with
/// `force`.
fn check_output(target: &Path, force: bool) -> Result<(), String> {
    let shown = target.display();
    if target.is_dir() {
        return Err(format!(
            "{shown} is een map; geef een bestandsnaam, zoals {}",
            target.join("overzicht.html").display()
        ));
    }
    if target
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
    {
        return Err(format!(
            "{shown} is de naam van een plan (.toml); kies een naam die eindigt op .html of .md"
        ));
    }
    if target.exists() && !force {
        return Err(format!(
            "{shown} bestaat al; gebruik --force om het te vervangen"
        ));
    }
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty())
        && !folder.is_dir()
    {
        return Err(format!(
            "de map {} bestaat niet; maak hem eerst aan of kies een andere map",
            folder.display()
        ));
    }
    Ok(())
}

/// Writes a document to `target` through a temporary file, never replacing
/// a file unless `force`; says "Klaar" on `out`.
fn write_file(
    text: &str,
    target: &Path,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let mode = if force {
        SaveMode::ReplaceSamePlan
    } else {
        SaveMode::CreateNew
    };
    match plan_file::prepare_save(text, target, mode).and_then(|p| p.commit()) {
        Ok(()) => {
            let _ = writeln!(out, "Klaar: {}", target.display());
            EXIT_OK
        }
        Err(SaveError::Exists(path)) => {
            let _ = writeln!(
                err,
                "kwadrant: {} bestaat al; gebruik --force om het te vervangen",
                path.display()
            );
            EXIT_INVALID
        }
        Err(e) => {
            let _ = writeln!(err, "kwadrant: {e}");
            EXIT_INVALID
        }
    }
}

/// `kwadrant completions SHELL`: the completion script, from the same clap
/// definition as the program.
pub fn completions(shell: &str, out: &mut dyn Write) -> u8 {
    use clap::CommandFactory;
    use clap_complete::Shell;
    let shell = match shell {
        "zsh" => Shell::Zsh,
        "fish" => Shell::Fish,
        "powershell" => Shell::PowerShell,
        "elvish" => Shell::Elvish,
        _ => Shell::Bash,
    };
    let mut command = crate::cli::Cli::command();
    clap_complete::generate(shell, &mut command, "kwadrant", out);
    EXIT_OK
}

/// `kwadrant man`: the manual page (roff), from the same clap definition.
pub fn man(out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    use clap::CommandFactory;
    let page = clap_mangen::Man::new(crate::cli::Cli::command());
    match page.render(out) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            let _ = writeln!(err, "kwadrant: de handleiding schrijven lukt niet: {e}");
            EXIT_INVALID
        }
    }
}
