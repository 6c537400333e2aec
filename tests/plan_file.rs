//! Loading and saving plan files: round trips, atomic saves, file modes.

use std::fs;
use std::path::Path;

use kwadrant::model::plan::{FORMAAT, Plan, Status};
use kwadrant::plan_file::{self, LoadError, SaveError, SaveMode};

fn full_plan() -> Plan {
    plan_file::load(Path::new("tests/fixtures/volledig.toml")).expect("fixture is valid")
}

#[test]
fn the_full_example_saves_as_the_same_text_it_was_read_from() {
    let text = fs::read_to_string("tests/fixtures/volledig.toml").unwrap();
    assert_eq!(plan_file::to_toml(&full_plan()), text);
}

#[test]
fn a_plan_of_formaat_1_reads_as_it_was_and_saves_as_the_current_formaat() {
    let old = fs::read_to_string("tests/fixtures/volledig-formaat-1.toml").unwrap();
    let plan = plan_file::parse(old.as_bytes()).unwrap();
    assert_eq!(plan, full_plan(), "every value kept");
    assert_eq!(
        plan_file::to_toml(&plan),
        old.replacen("formaat = 1", &format!("formaat = {FORMAAT}"), 1)
    );
}

#[test]
fn the_history_round_trips_in_formaat_5_and_every_wrong_value_is_named() {
    let text = fs::read_to_string("tests/fixtures/volledig.toml").unwrap();
    let with_history = format!(
        "{text}\n[[geschiedenis]]\ndatum = 2026-10-26\nmethode = \"direct\"\nsociaal = 3.0\n\
         creativiteit = 1.5\nkwadrant = \"danger-zone\"\ndigitaal_nu = 0\n\n[[geschiedenis]]\n\
         datum = 2026-11-23\nmethode = \"vragenlijst\"\nsociaal = 3.5\ncreativiteit = 2.0\n\
         kwadrant = \"danger-zone\"\ndigitaal_nu = 1\n"
    );
    let plan = plan_file::parse(with_history.as_bytes()).unwrap();
    assert_eq!(plan.geschiedenis.len(), 2);
    assert_eq!(plan.geschiedenis[0].sociaal, 3.0);
    assert_eq!(plan_file::to_toml(&plan), with_history);
    // In an older formaat the history is an unknown key.
    let older = with_history.replacen("formaat = 6", "formaat = 4", 1);
    assert!(plan_file::parse(older.as_bytes()).is_err());
    let wrong = with_history
        .replacen("sociaal = 3.0", "sociaal = 30.0", 1)
        .replacen("datum = 2026-11-23", "datum = 2026-10-01", 1)
        .replacen(
            "kwadrant = \"danger-zone\"\ndigitaal_nu = 1",
            "kwadrant = \"safe-zone\"\ndigitaal_nu = 1",
            1,
        );
    let Err(LoadError::Invalid(problems)) = plan_file::parse(wrong.as_bytes()) else {
        panic!("a wrong history is refused");
    };
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let all = lines.join("\n");
    assert!(
        all.contains("veld geschiedenis[2].kwadrant (regel"),
        "{all}"
    );
    assert!(all.contains("past niet bij de scores"), "{all}");
    assert!(all.contains("veld geschiedenis[1].sociaal (regel"), "{all}");
    assert!(all.contains("veld geschiedenis[2].datum (regel"), "{all}");
    assert!(
        all.contains("moet na de datum van het vorige punt liggen"),
        "{all}"
    );
}

#[test]
fn where_a_plan_split_from_round_trips_in_formaat_3_only() {
    let split = "formaat = 3\nstatus = \"concept\"\n\n[herkomst]\n\
                 afgesplitst_van = \"groeiplan-sanne.toml\"\n\n[medewerker]\nnaam = \"Sanne\"\n";
    let plan = plan_file::parse(split.as_bytes()).unwrap();
    assert_eq!(
        plan.herkomst.afgesplitst_van.as_deref(),
        Some("groeiplan-sanne.toml")
    );
    assert!(plan_file::to_toml(&plan).ends_with(split.split_once('\n').unwrap().1));
    let old = split.replacen("formaat = 3", "formaat = 2", 1);
    let Err(LoadError::Invalid(problems)) = plan_file::parse(old.as_bytes()) else {
        panic!("formaat 2 has no [herkomst]");
    };
    assert!(
        problems.iter().any(|p| p.field == "herkomst"),
        "{problems:?}"
    );
}

#[test]
fn the_kept_results_of_formaat_2_round_trip_and_formaat_1_does_not_know_them() {
    let kept = "formaat = 2\nstatus = \"concept\"\n\n[positie]\nmethode = \"vragenlijst\"\n\
                sociaal = 4.0\ncreativiteit = 2.5\nkwadrant = \"danger-zone\"\n\n\
                [positie.schuifjes]\nsociaal = 4.5\ncreativiteit = 7.5\n\n\
                [positie.bijgesteld_van]\nsociaal = 3.5\ncreativiteit = 2.5\n";
    let plan = plan_file::parse(kept.as_bytes()).unwrap();
    assert_eq!(plan.positie.schuifjes.unwrap().creativiteit, 7.5);
    assert_eq!(plan.positie.bijgesteld_van.unwrap().sociaal, 3.5);
    assert!(plan_file::to_toml(&plan).ends_with(kept.split_once('\n').unwrap().1));
    let old = kept.replacen("formaat = 2", "formaat = 1", 1);
    let Err(LoadError::Invalid(problems)) = plan_file::parse(old.as_bytes()) else {
        panic!("formaat 1 has no kept results");
    };
    assert!(problems.iter().any(|p| p.field == "positie.schuifjes"));
}

#[test]
fn saving_and_loading_keeps_every_value() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.toml");
    let plan = full_plan();
    plan_file::save(&plan, &target, SaveMode::CreateNew).unwrap();
    assert_eq!(plan_file::load(&target).unwrap(), plan);
}

#[test]
fn a_new_plan_never_replaces_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.toml");
    fs::write(&target, "iets van iemand anders").unwrap();
    let err = plan_file::save(&full_plan(), &target, SaveMode::CreateNew).unwrap_err();
    assert!(matches!(err, SaveError::Exists(_)), "{err:?}");
    assert!(err.to_string().contains("bestaat al"), "{err}");
    assert_eq!(
        fs::read_to_string(&target).unwrap(),
        "iets van iemand anders"
    );
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[test]
fn saving_the_same_plan_again_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.toml");
    let mut plan = full_plan();
    plan_file::save(&plan, &target, SaveMode::CreateNew).unwrap();
    plan.status = Status::Concept;
    plan_file::save(&plan, &target, SaveMode::ReplaceSamePlan).unwrap();
    assert_eq!(plan_file::load(&target).unwrap().status, Status::Concept);
}

#[test]
fn a_save_interrupted_before_the_rename_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.toml");
    let old = full_plan();
    plan_file::save(&old, &target, SaveMode::CreateNew).unwrap();
    let before = fs::read(&target).unwrap();

    let mut changed = old.clone();
    changed.medewerker.naam = Some("Iemand anders".into());
    let pending = plan_file::prepare_save(
        &plan_file::to_toml(&changed),
        &target,
        SaveMode::ReplaceSamePlan,
    )
    .unwrap();
    // The new text is on disk in a temporary file beside the target...
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    assert_eq!(fs::read(&target).unwrap(), before);
    // ...and the program stops before the rename.
    drop(pending);

    assert_eq!(fs::read(&target).unwrap(), before);
    assert_eq!(plan_file::load(&target).unwrap(), old);
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "temporary file removed"
    );
}

#[test]
fn saving_into_a_missing_folder_says_so_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("bestaat-niet").join("plan.toml");
    let err = plan_file::save(&full_plan(), &target, SaveMode::CreateNew).unwrap_err();
    assert!(err.to_string().contains("deze map bestaat niet"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_saved_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.toml");
    plan_file::save(&full_plan(), &target, SaveMode::CreateNew).unwrap();
    let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // Replacing keeps it private even if someone opened the file up.
    fs::set_permissions(&target, fs::Permissions::from_mode(0o644)).unwrap();
    plan_file::save(&full_plan(), &target, SaveMode::ReplaceSamePlan).unwrap();
    let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn loading_names_the_line_and_column_of_a_syntax_error() {
    let err = plan_file::parse(b"formaat = 1\nstatus = \"concept\nnaam = 3\n").unwrap_err();
    match err {
        LoadError::Syntax {
            line,
            column,
            message,
        } => {
            assert_eq!((line, column), (2, 18));
            assert_eq!(
                message,
                "hier mist het aanhalingsteken aan het eind van een tekst"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_unknown_answer_names_every_question_of_the_catalog() {
    let text = "formaat = 1\nstatus = \"concept\"\n[positie]\nmethode = \"vragenlijst\"\n\
                [positie.antwoorden]\nzz = 3\n";
    let err = plan_file::parse(text.as_bytes()).unwrap_err();
    assert_eq!(
        err.lines("plan.toml"),
        vec![
            "plan.toml: veld positie.antwoorden.zz: onbekende vraag; bestaande vragen zijn \
             s1, s2, s3, s4, s5, s6, c1, c2, c3, c4, c5, c6"
        ]
    );
}

/// The README's example plan is a valid plan of the current formaat, so the
/// documentation cannot drift from the reader.
#[test]
fn the_readme_example_plan_is_valid() {
    let readme = fs::read_to_string("README.md").unwrap();
    let part = &readme[readme
        .find(&format!("## Het plan (formaat {FORMAAT})"))
        .expect("the section names the formaat")..];
    let start = part.find("```toml\n").unwrap() + "```toml\n".len();
    let example = &part[start..start + part[start..].find("```").unwrap()];
    let plan = plan_file::parse(example.as_bytes()).expect("the README's example is valid");
    assert!(!plan.verslagen.is_empty() && !plan.geschiedenis.is_empty() && !plan.taken.is_empty());
}
