//! Issue #12, the coach's group overview: `kwadrant overzicht` over a folder
//! of generated plans, with invalid files, copies and files beside a plan.

mod plans;

use std::fs;
use std::path::{Path, PathBuf};

use kwadrant::commands::{EXIT_INVALID, EXIT_OK, EXIT_USAGE, OverviewOptions, overview};
use kwadrant::model::position::Quadrant;
use kwadrant::plan_file;
use plans::{Numbers, group, plan};

fn run(folders: &[PathBuf], html: Option<&Path>, force: bool) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let options = OverviewOptions {
        html,
        force,
        ..Default::default()
    };
    let status = overview(folders, None, options, None, &mut out, &mut err);
    (
        status,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

#[test]
fn a_group_of_thirty_shows_small_counts_as_fewer_than_five_and_lists_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    group(dir.path());
    let (status, out, err) = run(&[dir.path().to_path_buf()], None, false);
    assert_eq!(status, EXIT_OK, "{err}");
    assert!(err.is_empty(), "{err}");
    let shown = out.replace(&dir.path().display().to_string(), "MAP");
    insta::assert_snapshot!("overview_thirty_plans", shown);
    let row = |label: &str| {
        out.lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no row {label} in\n{out}"))
            .to_string()
    };
    assert!(out.starts_with("Groepsoverzicht: 30 plannen\n"), "{out}");
    assert!(row("Regels en mensen (Human veneer)").ends_with("minder dan 5"));
    assert!(row("Vaste stappen (Danger zone)").ends_with(" 12"));
    // 3 = 30 - 12 - 8 - 7: the smallest other count is held back.
    assert!(row("Oordeel en mensen (Safe zone)").ends_with("niet getoond"));
    assert!(row("Eigen oordeel (Slow creep)").ends_with(" 8"));
    // The three bad files, each with its first problem; the copies once.
    assert!(
        out.contains("3 bestanden konden niet worden gelezen"),
        "{out}"
    );
    assert!(out.contains("kapot.toml:3:"), "{out}");
    assert!(out.contains("verkeerd.toml: veld status"), "{out}");
    assert!(out.contains("\u{FFFD}]0;titel\u{FFFD}.toml"), "{out}");
    assert!(
        out.contains("2 kopieën van plannen die ernaast staan"),
        "{out}"
    );
    // Nobody's name, free text or point.
    for private in [
        "Medewerker",
        "Karin",
        "Zelfbedachte",
        "Inwoners helpen",
        "Mooidorp",
        "Taak 0",
    ] {
        assert!(!out.contains(private), "{private} in\n{out}");
    }
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'));
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
}

#[test]
fn the_page_shows_the_grid_and_no_file_names() {
    let dir = tempfile::tempdir().unwrap();
    group(dir.path());
    let page = dir.path().join("overzicht.html");
    let (status, out, err) = run(&[dir.path().join("dag-1")], Some(&page), false);
    assert_eq!(status, EXIT_OK, "{err}");
    assert!(out.contains("Klaar: "), "{out}");
    let html = fs::read_to_string(&page).unwrap();
    roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>\n"))
        .expect("the page is well-formed XML");
    assert!(html.contains("<span class=\"count\">12</span>"), "{html}");
    assert!(html.contains("<span class=\"count\">minder dan 5</span><span class=\"name\">Regels en mensen (Human veneer)"));
    assert!(html.contains("minder dan 5"));
    for private in [
        "kapot",
        "verkeerd",
        "groeiplan",
        "Medewerker",
        "Karin",
        "Zelfbedachte",
    ] {
        assert!(!html.contains(private), "{private} on the page");
    }
    // Never over a file without --force, and that is said before anything is read.
    let (status, out, err) = run(&[dir.path().join("dag-1")], Some(&page), false);
    assert_eq!(status, EXIT_INVALID);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("bestaat al; gebruik --force"), "{err}");
    // Never over a plan or into a folder, not even with --force.
    let plan = dir.path().join("dag-1/groeiplan-00.toml");
    let before = fs::read_to_string(&plan).unwrap();
    for target in [plan.clone(), dir.path().join("dag-1")] {
        let (status, out, err) = run(&[dir.path().join("dag-1")], Some(&target), true);
        assert_eq!(status, EXIT_INVALID, "{}", target.display());
        assert!(out.is_empty());
        assert!(
            err.contains("is de naam van een plan") || err.contains("is een map"),
            "{err}"
        );
    }
    assert_eq!(
        fs::read_to_string(&plan).unwrap(),
        before,
        "the plan is untouched"
    );
    // A page in a folder that does not exist: said before anything is read.
    let nowhere = dir.path().join("bestaat-niet/overzicht.html");
    let (status, out, err) = run(&[dir.path().join("dag-1")], Some(&nowhere), false);
    assert_eq!(status, EXIT_INVALID);
    assert!(out.is_empty());
    assert!(
        err.contains("bestaat-niet bestaat niet; maak hem eerst aan"),
        "{err}"
    );
    let (status, _, _) = run(&[dir.path().join("dag-1")], Some(&page), true);
    assert_eq!(status, EXIT_OK);
}

#[test]
fn fewer_than_five_plans_show_only_how_many() {
    let dir = tempfile::tempdir().unwrap();
    let mut n = Numbers::new(3);
    for i in 0..4 {
        let text = plan_file::to_toml(&plan(Quadrant::DangerZone, &mut n));
        fs::write(dir.path().join(format!("p{i}.toml")), text).unwrap();
    }
    let (status, out, _) = run(&[dir.path().to_path_buf()], None, false);
    assert_eq!(status, EXIT_OK);
    assert!(out.starts_with("Groepsoverzicht: 4 plannen\n"), "{out}");
    assert!(out.contains("Bij minder dan 5 plannen toont het overzicht alleen het aantal"));
    assert!(!out.contains("Vaste stappen"), "{out}");
    assert!(!out.contains("Digitale"), "{out}");
}

#[test]
fn a_folder_that_does_not_exist_is_named_and_nothing_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("bestaat-niet");
    let (status, out, err) = run(&[dir.path().to_path_buf(), missing], None, false);
    assert_eq!(status, EXIT_INVALID);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.starts_with("kwadrant: ") && err.contains("bestaat-niet bestaat niet"),
        "{err}"
    );
}

#[test]
fn the_command_line_reads_the_current_folder_by_default() {
    let dir = tempfile::tempdir().unwrap();
    plans::write_many(dir.path(), 12, 5);
    let output = assert_cmd::Command::cargo_bin("kwadrant")
        .unwrap()
        .arg("overzicht")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.starts_with("Groepsoverzicht: 12 plannen\n"), "{out}");
    // Not a terminal: no progress bar.
    assert!(output.stderr.is_empty());
}

#[test]
fn a_folder_given_twice_or_inside_another_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    group(dir.path());
    let (_, out, _) = run(
        &[
            dir.path().to_path_buf(),
            dir.path().join("dag-1"),
            dir.path().join("dag-1/tafel-2"),
            dir.path().to_path_buf(),
        ],
        None,
        false,
    );
    assert!(out.starts_with("Groepsoverzicht: 30 plannen\n"), "{out}");
    // The emergency copy is not a plan, and the overview says so.
    assert!(
        out.contains("1 noodkopie (.herstel.toml) is niet geteld"),
        "{out}"
    );
}

#[test]
fn when_every_plan_is_in_one_quadrant_the_overview_says_it_tells_about_everyone() {
    let dir = tempfile::tempdir().unwrap();
    let mut n = Numbers::new(11);
    for i in 0..6 {
        let mut p = plan(Quadrant::DangerZone, &mut n);
        if i == 0 {
            p.herkomst.catalogus = Some("Gemeente Mooidorp".into());
        }
        fs::write(
            dir.path().join(format!("p{i}.toml")),
            plan_file::to_toml(&p),
        )
        .unwrap();
    }
    let (_, out, _) = run(&[dir.path().to_path_buf()], None, false);
    assert!(
        out.contains("Alle plannen staan in hetzelfde kwadrant."),
        "{out}"
    );
    assert!(
        out.contains("bespreek het samen, niet per persoon"),
        "{out}"
    );
    // A plan made with a gemeente's catalog this run does not use.
    assert!(
        out.contains("1 plan is met de eigen catalogus \"Gemeente Mooidorp\" opgeslagen"),
        "{out}"
    );
}

#[test]
fn the_group_name_and_the_date_stand_under_the_title_and_a_bad_name_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    group(dir.path());
    let page = dir.path().join("overzicht.html");
    let run_with = |name: &str| {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let options = OverviewOptions {
            html: Some(&page),
            force: true,
            group: Some(name),
            today: kwadrant::report::history::parse_day("2027-01-18"),
        };
        let status = overview(
            &[dir.path().to_path_buf()],
            None,
            options,
            None,
            &mut out,
            &mut err,
        );
        (
            status,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    };
    let (status, out, _) = run_with("DigiDuurzaam groep 3");
    assert_eq!(status, EXIT_OK);
    assert!(
        out.starts_with("Groepsoverzicht: 30 plannen\nDigiDuurzaam groep 3 · 18 januari 2027\n"),
        "{out}"
    );
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.contains("<p class=\"about\">DigiDuurzaam groep 3 · 18 januari 2027</p>"));
    let (status, out, err) = run_with("groep\u{1b}[2J");
    assert_eq!(status, EXIT_USAGE);
    assert!(out.is_empty());
    assert!(err.contains("--groep bevat een stuurteken"), "{err}");
}
