//! Issue #19 (first part, without the session's screen): what the employee
//! and the manager agreed, as `[[verslag]]` in the plan (formaat 6), in
//! `check`, `show`, both exports and the coach's overview.

mod plans;

use std::fs;

use assert_cmd::Command;
use kwadrant::model::Catalog;
use kwadrant::model::keyword::Keyword;
use kwadrant::model::plan::{KostenDoor, Plan};
use kwadrant::model::position::Quadrant;
use kwadrant::plan_file::{self, LoadError};
use kwadrant::report;
use predicates::prelude::*;
use toml::value::Date;

/// The full plan of the tests with one recorded conversation (three agreements).
fn recorded_text() -> String {
    fs::read_to_string("tests/fixtures/volledig.toml").unwrap()
        + &fs::read_to_string("tests/fixtures/verslag.toml").unwrap()
}

fn recorded() -> Plan {
    plan_file::parse(recorded_text().as_bytes()).unwrap()
}

fn day(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

#[test]
fn a_record_round_trips_and_an_older_formaat_keeps_reading_without_one() {
    let text = recorded_text();
    let plan = recorded();
    assert!(plan.besproken());
    let v = &plan.verslagen[0];
    assert_eq!(v.afspraken.len(), 3);
    assert_eq!(v.uren_per_maand, Some(4));
    assert_eq!(v.kosten_door, Some(KostenDoor::Werkgever));
    assert_eq!(plan_file::to_toml(&plan), text, "saved as it was read");
    // formaat 5 has no [[verslag]]; its plans still read and save.
    let older = text.replacen("formaat = 6", "formaat = 5", 1);
    assert!(plan_file::parse(older.as_bytes()).is_err());
    let five = fs::read_to_string("tests/fixtures/volledig.toml")
        .unwrap()
        .replacen("formaat = 6", "formaat = 5", 1);
    let plan = plan_file::parse(five.as_bytes()).unwrap();
    assert!(!plan.besproken());
    assert!(plan_file::to_toml(&plan).contains("formaat = 6"));
}

#[test]
fn check_names_every_wrong_value_of_a_record_with_its_line() {
    let wrong = recorded_text()
        .replacen(
            "kosten_door = \"werkgever\"",
            "kosten_door = \"gemeente\"",
            1,
        )
        .replacen("uren_per_maand = 4", "uren_per_maand = 300", 1)
        .replacen("wie = \"leidinggevende\"", "wie = \"baas\"", 1)
        .replacen("wanneer = 2027-02-28", "wanneer = \"eind februari\"", 1);
    let Err(LoadError::Invalid(problems)) = plan_file::parse(wrong.as_bytes()) else {
        panic!("a wrong record is refused");
    };
    let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let all = all.join("\n");
    let line_of = |needle: &str| {
        wrong
            .lines()
            .position(|l| l.starts_with(needle))
            .map(|i| i + 1)
            .unwrap()
    };
    for (field, needle) in [
        ("verslag[1].kosten_door", "kosten_door"),
        ("verslag[1].afspraken[2].wie", "wie = \"baas\""),
        ("verslag[1].afspraken[3].wanneer", "wanneer = \"eind"),
    ] {
        let expected = format!("veld {field} (regel {}):", line_of(needle));
        assert!(all.contains(&expected), "{expected} in\n{all}");
    }
    assert!(all.contains("veld verslag[1].uren_per_maand"), "{all}");
    assert!(
        all.contains("moet 0 tot en met 200 uur zijn, maar is 300"),
        "{all}"
    );
    // And through the command.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.toml");
    fs::write(&file, &wrong).unwrap();
    Command::cargo_bin("kwadrant")
        .unwrap()
        .arg("check")
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("veld verslag[1].kosten_door"));
}

#[test]
fn show_tells_what_was_agreed_and_kindly_what_is_overdue() {
    let plan = recorded();
    let before = report::text::show_on(&plan, Catalog::embedded(), Some(day(2027, 1, 10)));
    let part = &before[before
        .find("\nWat we hebben afgesproken\n")
        .expect("the record")..];
    assert!(part.lines().all(|l| l.chars().count() <= 80), "{part}");
    let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
    for line in [
        "Tijd om te leren",
        "4 uur per maand, en 16 uur verlof",
        "€ 450, betaald door de werkgever",
        "15 maart 2027",
        "- Cursusbudget aanvragen bij HR (mijn leidinggevende, 15 januari 2027, klaar)",
        "- Excel geavanceerd toepassen (ik, nog niet klaar)",
        "Fijn gesprek. Ik voelde me gehoord.",
    ] {
        assert!(part.contains(line), "{line} in\n{part}");
    }
    assert!(before.contains("Besproken"), "{before}");
    assert!(!before.contains("zou klaar zijn op"), "nothing overdue yet");
    let later = report::text::show_on(&plan, Catalog::embedded(), Some(day(2027, 3, 20)));
    let later = later.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(later.contains("\"Een middag meelopen met de inkoopadviseur\" zou klaar zijn op"));
    assert!(later.contains("31 januari 2027. Lukt het nog?"), "{later}");
    assert!(
        later.contains("Jullie wilden op 15 maart 2027 weer praten."),
        "{later}"
    );
    assert!(
        !later.contains("\"Cursusbudget aanvragen bij HR\" zou"),
        "done is done"
    );
}

#[test]
fn the_managers_copy_has_the_record_signature_lines_and_keeps_how_it_went_private() {
    let mut plan = recorded();
    let md = report::export_markdown(&plan, Catalog::embedded());
    assert!(md.contains("## Wat we hebben afgesproken"), "{md}");
    assert!(md.contains("| Wat | Wie | Wanneer | Klaar |"), "{md}");
    assert!(md.contains("| Samen kijken welke taken aan de balie minder worden | samen | 28 februari 2027 | nog niet |"));
    assert_eq!(md.matches("handtekening ____").count(), 2, "{md}");
    assert!(!md.contains("Ik voelde me gehoord"), "not shared: {md}");
    let html = report::export_html(&plan, Catalog::embedded());
    assert!(
        html.contains("besproken met de leidinggevende"),
        "the subtitle"
    );
    assert!(html.contains("<section class=\"whole\"><h2>Wat we hebben afgesproken</h2>"));
    assert!(
        !html.contains("Vragen voor het gesprek</h2><ol>"),
        "the record replaces the questions"
    );
    plan.verslagen[0].verloop_delen = true;
    let md = report::export_markdown(&plan, Catalog::embedded());
    assert!(md.contains("Ik voelde me gehoord"), "shared: {md}");
    // An open (not fixed) record is not on the copy.
    plan.verslagen[0].vastgelegd = false;
    let md = report::export_markdown(&plan, Catalog::embedded());
    assert!(!md.contains("Wat we hebben afgesproken"), "{md}");
    assert!(md.contains("Vragen voor het gesprek"));
}

#[test]
fn the_overview_counts_plans_that_were_discussed_with_the_small_ones_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let mut n = plans::Numbers::new(5);
    let record = recorded().verslagen[0].clone();
    for i in 0..12 {
        let mut p = plans::plan(Quadrant::ALL[i % 4], &mut n);
        if i < 7 {
            let mut v = record.clone();
            v.acties = p.acties.iter().take(2).map(|a| a.tekst.clone()).collect();
            v.kosten_door = Some(if i < 5 {
                KostenDoor::Werkgever
            } else {
                KostenDoor::Loopbaanbudget
            });
            p.verslagen.push(v);
        }
        fs::write(
            dir.path().join(format!("p{i}.toml")),
            plan_file::to_toml(&p),
        )
        .unwrap();
    }
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = kwadrant::commands::overview(
        &[dir.path().to_path_buf()],
        None,
        kwadrant::commands::OverviewOptions::default(),
        None,
        &mut out,
        &mut err,
    );
    assert_eq!(status, 0);
    let out = String::from_utf8(out).unwrap();
    let row = |label: &str| {
        out.lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("{label} in\n{out}"))
            .to_string()
    };
    assert!(row("Plannen besproken met de leidinggevende").ends_with(" 7"));
    // 2 by the career budget: fewer than 5; and as 7 - 5 = 2, the 5 paid by
    // the employer is held back too.
    assert!(row("Betaald door: het loopbaanbudget").ends_with("minder dan 5"));
    assert!(row("Betaald door: de werkgever").ends_with("niet getoond"));
    assert!(!out.contains("Ik voelde me gehoord") && !out.contains("Karin"));
}
