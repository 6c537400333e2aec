//! The coach's commands: the group overview (`overzicht`), and the
//! gemeente's own catalog (`--catalogus`, `catalogus`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;

use super::{EXIT_INVALID, EXIT_OK, check_output, write_file};
use crate::model::catalog::local::{self, FILES};
use crate::model::catalog::{Catalog, SOURCES, tasks};
use crate::overview;
use crate::overview::privacy::thousands;
use crate::plan_file::{self, SaveMode};

/// `kwadrant overzicht [MAP]... [--html UIT] [--force]`: the group overview
/// of every plan in the folders (`default` when none is given); `progress`
/// gets a bar when given (stderr that is a terminal) and the overview runs
/// longer than a second. The page's file is checked before anything is read.
pub fn overview(
    folders: &[PathBuf],
    default: Option<&Path>,
    options: OverviewOptions,
    progress: Option<&mut (dyn Write + Send)>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let OverviewOptions {
        html,
        force,
        group,
        today,
    } = options;
    if let Some(name) = group
        && let Err(why) = check_group(name)
    {
        let _ = writeln!(err, "kwadrant: --groep {why}");
        return crate::commands::EXIT_USAGE;
    }
    let given: Vec<PathBuf> = if folders.is_empty() {
        vec![default.map_or_else(|| PathBuf::from("."), Path::to_path_buf)]
    } else {
        folders.to_vec()
    };
    if let Err(overview::MissingFolder(name)) = overview::check_roots(&given) {
        let _ = writeln!(
            err,
            "kwadrant: {name} bestaat niet; geef een map met plannen"
        );
        return EXIT_INVALID;
    }
    if let Some(target) = html
        && let Err(why) = check_output(target, force)
    {
        let _ = writeln!(err, "kwadrant: {why}");
        return EXIT_INVALID;
    }
    // A folder given twice, or inside another one given, is read once.
    let roots = overview::distinct_roots(&given);
    let catalog = Catalog::active();
    let done = AtomicU64::new(0);
    let finished = overview::progress::Finished::default();
    let tally = std::thread::scope(|scope| {
        if let Some(bar) = progress {
            scope.spawn(|| overview::progress::show(&roots, &done, &finished, bar));
        }
        let tally = overview::gather(&roots, catalog, &done);
        finished.set();
        tally
    });
    let mut view = overview::view::of(&tally, catalog);
    let about: Vec<String> = group
        .map(str::to_string)
        .into_iter()
        .chain(today.map(crate::report::history::date_words))
        .collect();
    view.about = (!about.is_empty()).then(|| about.join(" · "));
    let _ = out.write_all(overview::text::render(&view, &tally).as_bytes());
    match html {
        Some(target) => write_file(&overview::html::render(&view), target, force, out, err),
        None => EXIT_OK,
    }
}

/// What the coach asks of an overview besides the folders.
#[derive(Debug, Clone, Copy, Default)]
pub struct OverviewOptions<'a> {
    /// Also write the page here.
    pub html: Option<&'a Path>,
    /// Replace the page's file when it is there.
    pub force: bool,
    /// The group's name, under the title (the coach's words, never a person's).
    pub group: Option<&'a str>,
    /// The date under the title.
    pub today: Option<toml::value::Date>,
}

/// The longest group name, so the title stays one line on the page.
const MAX_GROUP: usize = 60;

/// A group name that is text and fits the title.
fn check_group(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        Err("mag niet leeg zijn".into())
    } else if name.chars().count() > MAX_GROUP {
        Err(format!("is te lang: hoogstens {MAX_GROUP} tekens"))
    } else if name.chars().any(crate::model::plan::unsafe_char) {
        Err("bevat een stuurteken; typ alleen gewone tekst".into())
    } else {
        Ok(())
    }
}

/// The start of `catalogus.toml` that `catalogus --uitpakken` writes.
const CATALOG_ABOUT: &str = "\
# De eigen catalogus van de gemeente voor kwadrant. Gebruik hem zo:
#   kwadrant --catalogus MAP            (of zet KWADRANT_CATALOGUS=MAP)
#   kwadrant --catalogus MAP catalogus  (controleert de map en toont wat er anders is)
# Naast dit bestand staan de ingebouwde lijsten als begin:
# - suggesties.toml: acties voor de vakken van het plan (nu of over twee jaar; vakinhoudelijk,
#   soft skills of digitaal);
# - functies.toml: functies op het raster;
# - taken.toml: de gewone taken van elke functie, voor de stap Jouw taken.
# Pas ze aan, of gooi een bestand weg als je die lijst niet wilt veranderen.
# Een regel met dezelfde tekst in hetzelfde vak (suggestie), dezelfde naam (functie) of hetzelfde
# id (taak) als een ingebouwde, vervangt die. Een nieuwe regel komt vooraan.
# Elke regel heeft een bron: waar hij vandaan komt, zoals \"GemeenteAcademie, opleidingsplan 2027\".
# Een nieuwe functie komt bij de functies van gemeenten; wil je hem bij de algemene beroepen,
# zet dan lijst = \"cognitief\" (denkwerk) of lijst = \"fysiek\" (werk met de handen).
#
# naam: staat in elk plan dat met deze catalogus is opgeslagen.
# vervang: lijsten die de ingebouwde helemaal vervangen in plaats van aanvullen, zoals
# vervang = [\"suggesties\"]. Laat de lijst leeg om aan te vullen.
naam = \"Mijn gemeente\"
vervang = []
";

/// `kwadrant catalogus --uitpakken MAP`: the built-in catalog files as a
/// start for a gemeente's own; never over a file that is there.
pub fn unpack_catalog(dir: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let text_of = |name: &str| match name {
        "catalogus.toml" => CATALOG_ABOUT,
        "taken.toml" => tasks::SOURCE,
        _ => SOURCES
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, text)| *text),
    };
    let there: Vec<String> = FILES
        .iter()
        .filter(|name| dir.join(name).exists())
        .map(|name| dir.join(name).display().to_string())
        .collect();
    if !there.is_empty() {
        let verb = if there.len() == 1 {
            "bestaat"
        } else {
            "bestaan"
        };
        let _ = writeln!(
            err,
            "kwadrant: {} {verb} al; kies een nieuwe of lege map",
            there.join(", ")
        );
        return EXIT_INVALID;
    }
    if dir.exists() && !dir.is_dir() {
        let _ = writeln!(
            err,
            "kwadrant: {} is een bestand, geen map; kies een nieuwe of lege map",
            dir.display()
        );
        return EXIT_INVALID;
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        let _ = writeln!(
            err,
            "kwadrant: de map {} maken lukt niet: {e}",
            dir.display()
        );
        return EXIT_INVALID;
    }
    for name in FILES {
        let target = dir.join(name);
        let written = plan_file::prepare_save(text_of(name), &target, SaveMode::CreateNew)
            .and_then(|p| p.commit());
        if let Err(e) = written {
            let _ = writeln!(err, "kwadrant: {}: {e}", target.display());
            return EXIT_INVALID;
        }
    }
    let _ = writeln!(
        out,
        "Klaar: {} bevat nu {}. Pas ze aan en start kwadrant met --catalogus {}",
        dir.display(),
        FILES.join(", "),
        dir.display()
    );
    EXIT_OK
}

/// `kwadrant [--catalogus MAP] catalogus`: which catalog this run uses, and
/// what the gemeente's adds or changes, so a coach can check it before a
/// workshop.
pub fn show_catalog(dir: Option<&Path>, out: &mut dyn Write) -> u8 {
    let built_in = Catalog::embedded();
    let Some(dir) = dir else {
        let _ = writeln!(
            out,
            "kwadrant gebruikt de ingebouwde catalogus: {} suggesties, {} functies, {} taken.\n\
             Een eigen catalogus van de gemeente: kwadrant catalogus --uitpakken MAP, pas de \
             bestanden aan, en start met --catalogus MAP.",
            built_in.suggestions.len(),
            built_in.jobs.len(),
            tasks::built_in().len()
        );
        return EXIT_OK;
    };
    // main has read and installed it; read it again to say what it holds.
    let Ok(own) = plan_file::read_catalog(dir) else {
        return EXIT_INVALID;
    };
    let count = |n: usize, one: &str, more: &str| match n {
        1 => format!("1 {one}"),
        n => format!("{} {more}", thousands(n as u64)),
    };
    let _ = writeln!(
        out,
        "{}: de catalogus klopt. Naam in de plannen: {}.",
        dir.display(),
        local::name().unwrap_or(&own.naam)
    );
    for (list, n, one, more) in [
        (
            "suggesties",
            own.suggestions.len(),
            "suggestie",
            "suggesties",
        ),
        ("functies", own.jobs.len(), "functie", "functies"),
        ("taken", own.tasks.len(), "taak", "taken"),
    ] {
        let how = if own.replace.iter().any(|l| l == list) {
            "vervangen de ingebouwde"
        } else {
            "naast de ingebouwde"
        };
        if n > 0 {
            let _ = writeln!(out, "- {} ({how})", count(n, one, more));
        }
    }
    for s in &own.suggestions {
        let _ = writeln!(
            out,
            "  suggestie: {} ({}, {}, {})",
            s.tekst, s.termijn, s.soort, s.vorm
        );
    }
    for j in &own.jobs {
        let _ = writeln!(out, "  functie: {}", j.naam);
    }
    EXIT_OK
}

/// Reads and installs the gemeente's catalog in `dir` for this run; on a
/// problem, one line per problem on `err`.
pub fn install_catalog(dir: &Path, err: &mut dyn Write) -> Result<(), u8> {
    match plan_file::read_catalog(dir) {
        Ok(own) => {
            local::install(&own);
            Ok(())
        }
        Err(lines) => {
            for line in lines {
                let _ = writeln!(err, "kwadrant: {line}");
            }
            Err(EXIT_INVALID)
        }
    }
}
