//! Issue #12, point 5: the gemeente's own catalog (`--catalogus MAP`,
//! `KWADRANT_CATALOGUS`), checked like a plan, and `catalogus --uitpakken`.
//! Only one test installs a catalog in this process (it stays for the whole
//! run); the others use the program itself.

mod support;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use kwadrant::commands::install_catalog;
use kwadrant::plan_file;
use predicates::prelude::*;
use support::{drive, opened_app, screen};

const COURSE: &str = "Cursus Omgevingswet bij de GemeenteAcademie Mooidorp";

/// A catalog with one own course and one own job.
fn mooidorp(dir: &Path) {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join("catalogus.toml"), "naam = \"Gemeente Mooidorp\"\n").unwrap();
    fs::write(
        dir.join("suggesties.toml"),
        format!(
            "[[suggestie]]\ntermijn = \"nu\"\nsoort = \"vakinhoudelijk\"\ntekst = \"{COURSE}\"\n\
             vorm = \"formeel\"\nbron = \"GemeenteAcademie Mooidorp, opleidingsplan 2027\"\n"
        ),
    )
    .unwrap();
    fs::write(
        dir.join("functies.toml"),
        "[[functie]]\nnaam = \"Wijkverbinder Mooidorp\"\nkwadrant = \"safe-zone\"\n\
         sociaal = 8.0\ncreativiteit = 7.0\nbron = \"Functieboek Mooidorp\"\n",
    )
    .unwrap();
}

fn kwadrant() -> Command {
    let mut cmd = Command::cargo_bin("kwadrant").unwrap();
    cmd.env_remove("KWADRANT_CATALOGUS");
    cmd
}

#[test]
fn the_gemeente_course_is_among_the_suggestions_and_the_plan_records_the_catalog() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("catalogus");
    mooidorp(&catalog);
    install_catalog(&catalog, &mut std::io::stderr()).expect("a valid catalog");
    let (mut app, file) = opened_app(dir.path());
    // Open the cell "nu / vakinhoudelijk": the gemeente's course is first.
    let shown = screen(&drive(&mut app, &["Enter"]));
    assert!(shown.contains("Cursus Omgevingswet bij de"), "{shown}");
    drive(&mut app, &["Esc", "C-s"]);
    let saved = plan_file::load(&file).unwrap();
    assert_eq!(
        saved.herkomst.catalogus.as_deref(),
        Some("Gemeente Mooidorp")
    );
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .contains("[herkomst]\ncatalogus = \"Gemeente Mooidorp\"")
    );
}

#[test]
fn an_own_job_is_a_municipal_job_on_the_grid() {
    let dir = tempfile::tempdir().unwrap();
    mooidorp(dir.path());
    kwadrant()
        .args(["score", "--sociaal", "8", "--creativiteit", "7"])
        .arg("--catalogus")
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("Wijkverbinder Mooidorp"));
    // The same through the environment.
    kwadrant()
        .args(["score", "--sociaal", "8", "--creativiteit", "7"])
        .env("KWADRANT_CATALOGUS", dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("Wijkverbinder Mooidorp"));
    kwadrant()
        .args(["score", "--sociaal", "8", "--creativiteit", "7"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Wijkverbinder").not());
}

#[test]
fn a_broken_catalog_is_refused_with_file_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("suggesties.toml"),
        "# Eigen cursussen\n\n[[suggestie]]\ntermijn = \"nu\"\nsoort = \"digitaal\"\n\
         tekst = \"Cursus Teams\"\nvorm = \"cursus\"\nbron = \"eigen\"\n",
    )
    .unwrap();
    fs::write(
        d.join("functies.toml"),
        "[[functie]]\nnaam = \"Wijkverbinder\"\nkwadrant = \"safe-zone\"\nsociaal = 12\n\
         creativiteit = 7.0\nbron = \"eigen\"\nkleur = \"rood\"\n",
    )
    .unwrap();
    fs::write(d.join("taken.toml"), "[[taak]\nid = \"x\"\n").unwrap();
    fs::write(d.join("sugesties.toml"), "").unwrap();
    let shown = d.display().to_string();
    kwadrant()
        .args(["score", "--sociaal", "8", "--creativiteit", "7"])
        .arg("--catalogus")
        .arg(d)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(format!(
            "kwadrant: {shown}/suggesties.toml: veld suggestie[1].vorm (regel 7): moet een van deze zijn: \"formeel\", \"informeel\""
        )))
        .stderr(predicate::str::contains(format!(
            "kwadrant: {shown}/functies.toml: veld functie[1].sociaal (regel 4):"
        )))
        .stderr(predicate::str::contains(format!(
            "kwadrant: {shown}/functies.toml: veld functie[1].kleur (regel 7): onbekend veld"
        )))
        .stderr(predicate::str::contains(format!("kwadrant: {shown}/taken.toml:1:")))
        .stderr(predicate::str::contains(format!(
            "kwadrant: {shown}/sugesties.toml: onbekend bestand"
        )));
    kwadrant()
        .arg("--catalogus")
        .arg(d.join("bestaat-niet"))
        .args(["check", "tests/fixtures/volledig.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "de map met de catalogus bestaat niet",
        ));
    // A file where the folder should be.
    kwadrant()
        .arg("--catalogus")
        .arg(d.join("suggesties.toml"))
        .arg("catalogus")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is een bestand, geen map"));
    kwadrant()
        .args(["catalogus", "--uitpakken"])
        .arg(d.join("suggesties.toml"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "is een bestand, geen map; kies een nieuwe of lege map",
        ));
}

#[test]
fn unpacking_writes_the_built_in_files_once_and_they_read_back_as_a_catalog() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mooidorp");
    kwadrant()
        .args(["catalogus", "--uitpakken"])
        .arg(&target)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Klaar: "));
    for name in [
        "catalogus.toml",
        "suggesties.toml",
        "functies.toml",
        "taken.toml",
    ] {
        assert!(target.join(name).is_file(), "{name}");
    }
    assert_eq!(
        fs::read_to_string(target.join("taken.toml")).unwrap(),
        kwadrant::model::catalog::tasks::SOURCE
    );
    // Read back as a gemeente's catalog: valid, and the same lists.
    let local = plan_file::read_catalog(&target).unwrap();
    let built_in = kwadrant::model::Catalog::embedded();
    assert_eq!(local.naam, "Mijn gemeente");
    assert_eq!(local.suggestions.len(), built_in.suggestions.len());
    assert_eq!(local.jobs.len(), built_in.jobs.len());
    let merged = local.merge(built_in);
    assert_eq!(
        merged.jobs.len(),
        built_in.jobs.len(),
        "the same jobs, not twice"
    );
    for (a, b) in merged.jobs.iter().zip(&built_in.jobs) {
        assert_eq!(a.table(), b.table(), "{} keeps its list", a.naam);
    }
    // Never over files that are there.
    kwadrant()
        .args(["catalogus", "--uitpakken"])
        .arg(&target)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "bestaan al; kies een nieuwe of lege map",
        ));
}

#[test]
fn the_coach_can_check_a_catalog_and_see_what_it_adds() {
    let dir = tempfile::tempdir().unwrap();
    mooidorp(dir.path());
    kwadrant()
        .arg("--catalogus")
        .arg(dir.path())
        .arg("catalogus")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "de catalogus klopt. Naam in de plannen: Gemeente Mooidorp.",
        ))
        .stdout(predicate::str::contains(
            "- 1 suggestie (naast de ingebouwde)",
        ))
        .stdout(predicate::str::contains(format!(
            "  suggestie: {COURSE} (nu, vakinhoudelijk, formeel)"
        )))
        .stdout(predicate::str::contains(
            "  functie: Wijkverbinder Mooidorp",
        ));
    kwadrant()
        .arg("catalogus")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "kwadrant gebruikt de ingebouwde catalogus: ",
        ));
}

#[test]
fn a_text_too_long_for_the_screen_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let long = "Cursus ".repeat(11);
    fs::write(
        dir.path().join("suggesties.toml"),
        format!(
            "[[suggestie]]\ntermijn = \"nu\"\nsoort = \"digitaal\"\ntekst = \"{long}\"\n\
             vorm = \"formeel\"\nbron = \"eigen\"\n"
        ),
    )
    .unwrap();
    fs::write(
        dir.path().join("functies.toml"),
        "[[functie]]\nnaam = \"Medewerker wijkzaken en leefbaarheid\"\nkwadrant = \"safe-zone\"\n\
         sociaal = 8.0\ncreativiteit = 7.0\nbron = \"eigen\"\n",
    )
    .unwrap();
    kwadrant()
        .arg("--catalogus")
        .arg(dir.path())
        .arg("catalogus")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "veld suggestie[1].tekst (regel 4): is te lang: hoogstens 70 tekens",
        ))
        .stderr(predicate::str::contains(
            "veld functie[1].kort (regel 1): ontbreekt: de naam is langer dan 24 tekens",
        ));
}
