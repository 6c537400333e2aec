//! "What is on screen is what is saved" (issue #18): one regression test per
//! finding of the session walk of 2026-12-01, driven through the real run
//! loop with scripted keys.

mod support;

use std::fs;

use assert_cmd::Command;
use kwadrant::model::plan::{Methode, Plan, Status};
use kwadrant::plan_file;
use kwadrant::tui::app::Step;
use support::*;

/// Six times Esc goes from "Jouw plan" back to "Welkom".
const PLAN_TO_WELCOME: &[&str] = &["Esc", "Esc", "Esc", "Esc", "Esc", "Esc"];

#[test]
fn a_new_plan_after_opening_one_starts_empty_and_leaves_the_first_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, file) = opened_app(dir.path());
    let before = fs::read(&file).unwrap();
    drive(&mut app, PLAN_TO_WELCOME);
    assert_eq!(app.step, Step::Start);
    // The first button goes back to the open plan; the second starts anew.
    drive(&mut app, &["Down", "Enter"]);
    // The same as a session that was just started and chose "Nieuw plan maken".
    let mut fresh = new_app(dir.path());
    drive(&mut fresh, &["Enter"]);
    assert_eq!(app, fresh);
    assert_eq!(app.plan, Plan::default());
    assert!(app.file.is_none());
    drive(&mut app, &["Ander", "C-s"]);
    assert_eq!(
        fs::read(&file).unwrap(),
        before,
        "the first plan is untouched"
    );
    assert_eq!(
        files(dir.path()),
        vec!["groeiplan-ander-2026-11-23.toml", "plan.toml"]
    );
}

#[test]
fn a_new_plan_with_unsaved_work_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    let term = drive(&mut app, &["Enter", "Sanne", "Esc", "Down", "Enter"]);
    let shown = screen(&term);
    assert!(shown.contains("nog niet zijn opgeslagen"), "{shown}");
    assert!(shown.contains("Nieuw plan zonder opslaan"), "{shown}");
    assert_eq!(app.plan.medewerker.naam.as_deref(), Some("Sanne"));
    drive(&mut app, &["Down", "Enter"]);
    assert_eq!(app.plan, Plan::default());
    assert_eq!(app.step, Step::About);
    assert!(files(dir.path()).is_empty());
}

/// From "Over jou" with a name typed: sliders, and on to "Opslaan".
const ABOUT_TO_SAVE_WITH_SLIDERS: &[&str] = &[
    "Tab", "Tab", "Tab", "Tab", "Tab", "Enter", // Verder -> Jouw werk
    "F2", "Enter", // sliders at 5 / 5 -> Jouw taken
    "Down", "Enter", // no tasks: "→ Verder zonder taken" -> Jouw plek
    "Enter", // -> Jouw richting
    "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab",
    "Enter", // Verder (Tab stops at the last field) -> Jouw plan
    "Down", "Down", "Enter", // -> Het gesprek
    "Tab", "Tab", "Tab", "Enter", // -> Opslaan
];

#[test]
fn save_and_new_session_finishes_both_halves_after_a_name_clash() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("groeiplan-sanne-2026-11-23.toml");
    fs::write(&existing, "van iemand anders").unwrap();
    let mut app = new_app(dir.path());
    drive(&mut app, &["Enter", "Sanne"]);
    drive(&mut app, ABOUT_TO_SAVE_WITH_SLIDERS);
    assert_eq!(app.step, Step::Save);
    // "Nieuwe sessie", "Opslaan en nieuwe sessie", "Opslaan onder een nieuwe naam".
    let term = drive(
        &mut app,
        &["Down", "Down", "Down", "Enter", "Enter", "Enter"],
    );
    assert_eq!(fs::read_to_string(&existing).unwrap(), "van iemand anders");
    let second = dir.path().join("groeiplan-sanne-2026-11-23-2.toml");
    assert_eq!(
        plan_file::load(&second).unwrap().medewerker.naam.as_deref(),
        Some("Sanne")
    );
    assert_eq!(app.step, Step::Start, "the next person starts at Welkom");
    assert_eq!(app.plan, Plan::default());
    assert!(!screen(&term).contains("Sanne"), "{}", screen(&term));
}

#[test]
fn save_and_quit_finishes_both_halves_after_a_name_clash() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("groeiplan-sanne-2026-11-23.toml");
    fs::write(&existing, "van iemand anders").unwrap();
    let mut app = new_app(dir.path());
    // Ctrl-Q, "Opslaan en stoppen", "Opslaan onder een nieuwe naam"; then
    // the loop has ended and "zzz" is never typed.
    drive(
        &mut app,
        &["Enter", "Sanne", "C-q", "Enter", "Enter", "zzz"],
    );
    assert!(
        dir.path()
            .join("groeiplan-sanne-2026-11-23-2.toml")
            .exists()
    );
    assert_eq!(app.plan.medewerker.naam.as_deref(), Some("Sanne"));
}

#[test]
fn opening_another_plan_with_unsaved_work_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy("tests/fixtures/volledig.toml", dir.path().join("plan.toml")).unwrap();
    let mut app = new_app(dir.path());
    let term = drive(
        &mut app,
        &[
            "Enter",
            "Ander",
            "Esc",
            "Down",
            "Down",
            "Enter",
            "plan.toml",
            "Enter",
        ],
    );
    let shown = screen(&term);
    assert!(shown.contains("nog niet zijn opgeslagen"), "{shown}");
    assert_eq!(app.plan.medewerker.naam.as_deref(), Some("Ander"));
    // "Terug naar het plan" keeps the work.
    drive(&mut app, &["Down", "Down", "Enter"]);
    assert_eq!(app.plan.medewerker.naam.as_deref(), Some("Ander"));
    assert!(app.dialog.is_none());
}

#[test]
fn ctrl_s_saves_the_action_being_typed_and_the_footer_offers_only_what_works() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, file) = opened_app(dir.path());
    // Open "nu / vakinhoudelijk", down to "+ Zelf een actie schrijven".
    let mut words = vec!["Enter"];
    words.extend(["Down"; 30]);
    words.extend(["Enter", "Leren plannen"]);
    let term = drive(&mut app, &words);
    let footer = screen(&term);
    assert!(!footer.contains("Tab volgende"), "{footer}");
    assert!(!footer.contains("↑↓"), "{footer}");
    drive(&mut app, &["C-s"]);
    let saved = plan_file::load(&file).unwrap();
    assert!(
        saved.acties.iter().any(|a| a.tekst == "Leren plannen"),
        "{:?}",
        saved.acties
    );
    assert!(!app.dirty(), "what is on screen is in the file");
    // Nothing unsaved: Ctrl-Q stops at once.
    drive(&mut app, &["C-q"]);
    assert!(app.dialog.is_none());
}

/// From "Jouw plek" to "Opslaan" with this date typed on "Het gesprek".
fn position_to_save_with_date(date: &str) -> Vec<String> {
    let mut words: Vec<String> = [
        "Enter", "Enter", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab",
        "Tab", "Tab", "Enter", "Down", "Down", "Enter", "Tab",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    words.push(date.into());
    words.extend(["Tab", "Tab", "Enter"].map(String::from));
    words
}

fn words(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn an_invalid_date_stays_on_screen_blocks_klaar_and_is_named_after_saving() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(&mut app, TO_POSITION);
    let term = drive(&mut app, &words(&position_to_save_with_date("31-02-2026")));
    assert_eq!(app.step, Step::Save);
    let shown = screen(&term);
    assert!(
        !shown.contains("Alles wat nodig is, is ingevuld"),
        "{shown}"
    );
    assert!(shown.contains("31-02-2026"), "{shown}");
    let term = drive(&mut app, &["C-s"]);
    let file = dir.path().join("groeiplan-sanne-2026-11-23.toml");
    let saved = plan_file::load(&file).unwrap();
    assert_eq!(saved.status, Status::Concept);
    assert_eq!(saved.gesprek.datum, None);
    let shown = screen(&term).to_lowercase();
    assert!(shown.contains("niet opgeslagen: de datum"), "{shown}");
    // Back on "Het gesprek" the date is still there, marked.
    let term = drive(&mut app, &["Esc"]);
    assert!(screen(&term).contains("31-02-2026"));
    assert!(screen(&term).contains("Deze datum bestaat niet"));
}

#[test]
fn every_save_path_writes_the_status_the_save_step_shows() {
    let file = |dir: &std::path::Path| dir.join("groeiplan-sanne-2026-11-23.toml");
    for last in [&["C-s"][..], &["C-q", "Enter"], &["Down", "Enter"]] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_app(dir.path());
        drive(&mut app, TO_POSITION);
        let term = drive(&mut app, POSITION_TO_SAVE);
        assert!(
            screen(&term).contains("slaat je plan op als 'klaar'"),
            "{}",
            screen(&term)
        );
        drive(&mut app, last);
        let saved = plan_file::load(&file(dir.path())).unwrap();
        assert_eq!(saved.status, Status::Klaar, "after {last:?}");
    }
}

#[test]
fn slider_scores_never_leak_into_the_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    let mut words = vec![
        "Enter", "Tab", "Tab", "Tab", "Tab", "Down", "Enter", "Enter",
    ];
    // Sliders: sociaal 4.5, creativiteit 7.5; back to the questions.
    words.extend([
        "F2", "Left", "Down", "Right", "Right", "Right", "Right", "Right", "F2",
    ]);
    // One answer, then skip to the end.
    words.push("1");
    words.extend(["Tab"; 11]);
    drive(&mut app, &words);
    let p = &app.plan.positie;
    assert_eq!(p.methode, Some(Methode::Vragenlijst));
    assert_eq!(p.antwoorden.len(), 1);
    assert_eq!(
        (p.sociaal, p.creativiteit),
        (None, None),
        "one answer is no score"
    );
    drive(&mut app, &["C-s"]);
    let text = fs::read_to_string(dir.path().join(&files(dir.path())[0])).unwrap();
    assert!(text.contains("[positie.schuifjes]"), "{text}");
    assert!(!text.contains("\nsociaal = 5.0"), "{text}");
}

#[test]
fn a_point_moved_by_hand_is_saved_as_adjusted_and_a_new_answer_asks_to_keep_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(&mut app, TO_POSITION);
    let found = app.plan.positie.position().unwrap();
    let term = drive(&mut app, &["Right", "C-s"]);
    let shown = screen(&term).to_lowercase();
    assert!(shown.contains("met de hand bijgesteld van"), "{shown}");
    let text = fs::read_to_string(dir.path().join("groeiplan-sanne-2026-11-23.toml")).unwrap();
    assert!(text.contains("[positie.bijgesteld_van]"), "{text}");
    assert!(
        text.contains(&format!("sociaal = {:.1}", found.sociaal)),
        "{text}"
    );
    // Back (past Jouw taken) to the last question and a different answer.
    let term = drive(&mut app, &["Esc", "Esc", "1"]);
    assert!(
        screen(&term).contains("met de hand verschoven"),
        "{}",
        screen(&term)
    );
    assert_eq!(
        app.plan.positie.sociaal,
        Some(found.sociaal + 0.5),
        "kept meanwhile"
    );
}

#[test]
fn scores_with_more_than_one_decimal_are_refused_everywhere() {
    for value in ["4.99999999", "4.9999999", "4.95"] {
        Command::cargo_bin("kwadrant")
            .unwrap()
            .args(["score", "--sociaal", value, "--creativiteit", "5"])
            .assert()
            .code(2);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plan.toml");
        fs::write(
            &file,
            format!("formaat = 1\nstatus = \"concept\"\n[positie]\nsociaal = {value}\n"),
        )
        .unwrap();
        Command::cargo_bin("kwadrant")
            .unwrap()
            .args(["check", file.to_str().unwrap()])
            .assert()
            .code(1);
    }
}

#[test]
fn minus_zero_is_shown_as_zero() {
    let out = Command::cargo_bin("kwadrant")
        .unwrap()
        .args(["score", "--sociaal", "-0", "--creativiteit", "5"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("-0"), "{text}");
}

#[test]
fn one_answer_is_one_antwoord() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.toml");
    fs::write(
        &file,
        "formaat = 1\nstatus = \"concept\"\n[positie]\nmethode = \"vragenlijst\"\n\
         [positie.antwoorden]\ns1 = 2\n",
    )
    .unwrap();
    let out = Command::cargo_bin("kwadrant")
        .unwrap()
        .args(["show", file.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("1 antwoord)"), "{text}");
}

#[test]
fn after_adding_the_focus_stays_on_what_was_chosen_and_duplicates_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = opened_app(dir.path());
    let before: Vec<String> = app.plan.acties.iter().map(|a| a.tekst.clone()).collect();
    let before = before.len();
    let texts = |app: &kwadrant::tui::app::App| -> Vec<String> {
        app.plan.acties.iter().map(|a| a.tekst.clone()).collect()
    };
    let old = texts(&app);
    // Open "nu / vakinhoudelijk", add the second idea, then Enter again.
    drive(&mut app, &["Enter", "Down", "Enter"]);
    assert_eq!(app.plan.acties.len(), before + 1);
    let added = texts(&app).into_iter().find(|t| !old.contains(t)).unwrap();
    let term = drive(&mut app, &["Enter"]);
    assert_eq!(app.plan.acties.len(), before + 1, "Enter changes, not adds");
    assert!(
        screen(&term).contains("Wat ga je doen?"),
        "{}",
        screen(&term)
    );
    // Writing the same text as a new action is refused.
    let mut words = vec!["Esc"];
    words.extend(["Down"; 30]);
    words.extend(["Enter", added.as_str(), "Enter"]);
    let term = drive(&mut app, &words);
    assert_eq!(app.plan.acties.len(), before + 1);
    assert!(screen(&term).contains("staat al"), "{}", screen(&term));
}

#[test]
fn help_matches_the_step_and_the_kind_of_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    // Physical work, sliders, help.
    let term = drive(
        &mut app,
        &[
            "Enter", "Tab", "Tab", "Tab", "Tab", "Down", "Enter", "Enter", "F2", "F1",
        ],
    );
    let shown = screen(&term);
    assert!(!shown.contains("Bij elke uitspraak"), "{shown}");
    assert!(shown.contains("schuifje"), "{shown}");
    let term = drive(&mut app, &["Esc", "Enter", "Down", "Enter", "F1"]);
    let shown = screen(&term);
    assert_eq!(app.step, Step::Position);
    assert!(shown.contains("handigheid"), "{shown}");
    assert!(!shown.contains("Met Tab"), "{shown}");
}

#[test]
fn the_point_and_its_word_stay_visible_in_the_corners() {
    for (side, up) in [("Left", "Down"), ("Right", "Up")] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_app(dir.path());
        let mut words = vec!["Enter", "Tab", "Tab", "Tab", "Tab", "Tab", "Enter", "F2"];
        words.extend([side; 11]);
        words.push("Down");
        words.extend([if up == "Up" { "Right" } else { "Left" }; 11]);
        words.extend(["Enter", "Down", "Enter"]);
        let term = drive(&mut app, &words);
        assert_eq!(app.step, Step::Position);
        let shown = screen(&term);
        assert!(
            shown.contains("◆ jouw werk") || shown.contains("jouw werk ◆"),
            "{shown}"
        );
    }
}

#[test]
fn a_name_of_only_spaces_is_stored_as_absent() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(
        &mut app,
        &["Enter", "Space", "Space", "Tab", "Baliemedewerker", "C-s"],
    );
    assert_eq!(app.plan.medewerker.naam, None);
    let text = fs::read_to_string(dir.path().join(&files(dir.path())[0])).unwrap();
    assert!(!text.contains("naam ="), "{text}");
}

#[test]
fn show_and_the_exports_say_the_point_was_moved_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.toml");
    let text = fs::read_to_string("tests/fixtures/volledig.toml")
        .unwrap()
        .replacen("sociaal = 3.5", "sociaal = 4.0", 1)
        .replacen(
            "\n[positie.antwoorden]",
            "\n[positie.bijgesteld_van]\nsociaal = 3.5\ncreativiteit = 2.0\n\n[positie.antwoorden]",
            1,
        );
    fs::write(&file, text).unwrap();
    let said = "met de hand bijgesteld van 3,5 / 2,0 naar 4,0 / 2,0";
    for args in [
        vec!["show"],
        vec!["export", "--format", "md"],
        vec!["export", "--format", "html"],
    ] {
        let out = Command::cargo_bin("kwadrant")
            .unwrap()
            .args(&args)
            .arg(&file)
            .output()
            .unwrap();
        let shown = String::from_utf8(out.stdout).unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(shown.contains(said), "{args:?}:\n{shown}");
    }
}

#[test]
fn a_plan_is_klaar_only_once_it_is_saved_from_the_save_step() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("groeiplan-sanne-2026-11-23.toml");
    let mut app = new_app(dir.path());
    // Everything klaar needs is there on "Jouw plek", but the person is not done.
    drive(&mut app, TO_POSITION);
    drive(&mut app, &["Enter", "Enter", "C-s"]);
    assert_eq!(plan_file::load(&file).unwrap().status, Status::Concept);
    // Saved from the save step: klaar.
    drive(
        &mut app,
        &[
            "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Enter",
        ],
    );
    drive(
        &mut app,
        &["Down", "Down", "Enter", "Tab", "Tab", "Tab", "Enter"],
    );
    assert_eq!(app.step, Step::Save);
    drive(&mut app, &["C-s"]);
    assert_eq!(plan_file::load(&file).unwrap().status, Status::Klaar);
    // A later change elsewhere keeps it klaar while it stays complete.
    drive(&mut app, &["Esc", "BTab", "Meer tijd", "C-s"]);
    assert_eq!(app.step, Step::Conversation);
    let saved = plan_file::load(&file).unwrap();
    assert_eq!(saved.status, Status::Klaar);
    assert_eq!(
        saved.gesprek.nodig_van_leidinggevende.as_deref(),
        Some("Meer tijd")
    );
}

// Found by a new user trying the release binary (2026-12-01).

#[test]
fn a_plan_opens_without_toml_and_a_wrong_name_asks_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy("tests/fixtures/volledig.toml", dir.path().join("plan.toml")).unwrap();
    let mut app = new_app(dir.path());
    // Unsaved work, then a name that does not exist: no question, a reason.
    let term = drive(
        &mut app,
        &[
            "Enter", "Ander", "Esc", "Down", "Down", "Enter", "plna", "Enter",
        ],
    );
    assert!(app.dialog.is_none());
    assert!(screen(&term).contains("bestaat niet"), "{}", screen(&term));
    // The right name without .toml: it reads, and only then asks.
    let term = drive(&mut app, &["C-u", "plan", "Enter"]);
    assert!(
        screen(&term).contains("nog niet zijn opgeslagen"),
        "{}",
        screen(&term)
    );
    drive(&mut app, &["Down", "Enter"]);
    assert_eq!(app.plan.medewerker.naam.as_deref(), Some("Sanne de Vries"));
    assert_eq!(app.file, Some(dir.path().join("plan.toml")));
}

#[test]
fn from_welkom_the_first_button_goes_back_to_the_plan_with_nothing_lost() {
    // A new user pressed Esc until Welkom, then could not find the way back.
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(
        &mut app,
        &["Enter", "Joke", "Tab", "Beleidsuitvoering", "Esc"],
    );
    assert_eq!(app.step, Step::Start);
    let term = drive(&mut app, &[]);
    assert!(
        screen(&term).contains("› [ Terug naar je plan ]"),
        "{}",
        screen(&term)
    );
    drive(&mut app, &["Enter"]);
    assert_eq!(app.step, Step::About);
    assert_eq!(app.plan.medewerker.naam.as_deref(), Some("Joke"));
    assert!(app.dialog.is_none());
}

#[test]
fn a_plan_opens_by_the_start_of_its_name_when_only_one_plan_starts_so() {
    let dir = tempfile::tempdir().unwrap();
    let joke = dir.path().join("groeiplan-joke-de-vries-2026-12-02.toml");
    fs::copy("tests/fixtures/volledig.toml", &joke).unwrap();
    fs::write(
        dir.path().join("groeiplan-joke-de-vries-2026-12-02.html"),
        "",
    )
    .unwrap();
    let mut app = new_app(dir.path());
    drive(&mut app, &["Down", "Enter", "groeiplan-joke", "Enter"]);
    assert_eq!(app.file, Some(joke));
    // Two plans that start so: a reason, and neither is named.
    let dir = tempfile::tempdir().unwrap();
    for name in ["groeiplan-jan-a.toml", "groeiplan-jan-b.toml"] {
        fs::copy("tests/fixtures/volledig.toml", dir.path().join(name)).unwrap();
    }
    let mut app = new_app(dir.path());
    let term = drive(&mut app, &["Down", "Enter", "groeiplan-jan", "Enter"]);
    let shown = screen(&term);
    assert!(shown.contains("Er zijn 2 plannen"), "{shown}");
    assert!(!shown.contains("jan-a"), "{shown}");
    assert!(app.file.is_none());
}

#[test]
fn a_sentence_typed_on_a_list_changes_nothing_and_says_why() {
    // A new user typed "ik ben flink" on an action of Jouw plan: K and F
    // (klaar, formeel/informeel) changed the action without her knowing.
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = opened_app(dir.path());
    // Open the first cell and add its first idea: the new action has the focus.
    let term = drive(&mut app, &["Enter", "Enter"]);
    assert!(screen(&term).contains("K klaar"), "{}", screen(&term));
    let before = app.plan.clone();
    let term = drive(&mut app, &["ik ben flink"]);
    assert_eq!(app.plan, before, "nothing changed");
    assert!(
        screen(&term).contains("Hier kun je niet typen"),
        "{}",
        screen(&term)
    );
    // After another kind of key the letters are keys again.
    drive(&mut app, &["Down", "Up", "k"]);
    assert_ne!(app.plan.acties, before.acties, "K works again");
    // The first letter that is a key still works, and says so.
    let mut app = opened_app(dir.path()).0;
    let term = drive(&mut app, &["Enter", "Enter", "k"]);
    assert!(
        screen(&term).contains("Actie op klaar gezet"),
        "{}",
        screen(&term)
    );
}

#[test]
fn saving_with_nothing_filled_in_writes_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    let term = drive(&mut app, &["C-s"]);
    assert!(files(dir.path()).is_empty());
    assert!(
        screen(&term).contains("nog niets om op te slaan"),
        "{}",
        screen(&term)
    );
}

#[test]
fn a_printout_beside_the_plan_follows_each_save() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, file) = opened_app(dir.path());
    let html = file.with_extension("html");
    // Export once, then change the plan and save.
    drive(
        &mut app,
        &["Down", "Down", "Enter", "Tab", "Tab", "Tab", "Enter"],
    );
    assert_eq!(app.step, Step::Save);
    drive(&mut app, &["Down", "Enter"]);
    assert!(html.exists());
    drive(&mut app, &["Esc", "BTab", "C-u", "Nieuwe wens", "C-s"]);
    let page = fs::read_to_string(&html).unwrap();
    assert!(page.contains("Nieuwe wens"), "the printout was made again");
    assert!(
        matches!(&app.notice, Some(kwadrant::tui::app::Notice::Info(t)) if t.contains("printen is ook bijgewerkt")),
        "{:?}",
        app.notice
    );
}

#[test]
fn the_chart_help_follows_the_jobs_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(&mut app, TO_POSITION);
    let term = drive(&mut app, &["v", "F1"]);
    assert!(
        screen(&term).contains("andere beroepen, niet alleen"),
        "{}",
        screen(&term)
    );
}

/// Issue #10: a plan made with an earlier questionnaire (version 1, 2 or 3)
/// keeps its answers and position; show, the export and the session say
/// which questionnaire it was, and saving again loses nothing.
#[test]
fn plans_of_earlier_questionnaires_open_show_export_and_save_without_loss() {
    for (fixture, version, first_id) in [
        ("tests/fixtures/volledig.toml", 1, "s1"),
        ("tests/fixtures/vragenlijst-2.toml", 2, "m1"),
        ("tests/fixtures/vragenlijst-3.toml", 3, "mw1"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plan.toml");
        fs::copy(fixture, &file).unwrap();
        let before = plan_file::load(&file).unwrap();
        let mut app = new_app(dir.path());
        app.open(before.clone(), file.clone());
        assert!(
            before
                .positie
                .antwoorden
                .iter()
                .any(|(id, _)| id == first_id)
        );
        for (args, said) in [
            (
                vec!["show"],
                format!("een eerdere vragenlijst (versie {version}, 12 antwoorden)"),
            ),
            (
                vec!["export", "--format", "md"],
                format!("een eerdere vragenlijst (versie {version})"),
            ),
        ] {
            let out = Command::cargo_bin("kwadrant")
                .unwrap()
                .args(&args)
                .arg(&file)
                .output()
                .unwrap();
            let text = String::from_utf8(out.stdout).unwrap();
            assert!(text.contains(&said), "{args:?}:\n{text}");
        }
        // In the session: the questionnaire says so, and the position stays.
        let term = drive(&mut app, &["Esc", "Esc", "Esc", "Esc"]);
        assert_eq!(app.step, Step::Work);
        assert!(
            screen(&term).contains("eerdere vragenlijst"),
            "{}",
            screen(&term)
        );
        drive(&mut app, &["C-s"]);
        let after = plan_file::load(&file).unwrap();
        assert_eq!(after.positie, before.positie, "{fixture}: nothing lost");
    }
}

#[test]
fn a_discussed_plan_opens_on_its_record_and_a_done_mark_is_a_change_until_undone() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.toml");
    // The full plan with one fixed record of three agreements after it.
    let text = fs::read_to_string("tests/fixtures/volledig.toml").unwrap()
        + &fs::read_to_string("tests/fixtures/verslag.toml").unwrap();
    fs::write(&file, text).unwrap();
    let plan = plan_file::load(&file).unwrap();
    let mut app = new_app(dir.path());
    app.open(plan.clone(), file.clone());
    assert_eq!(
        app.step,
        Step::Record,
        "people come back to what was agreed"
    );
    let term = drive(&mut app, &[]);
    let shown = screen(&term);
    assert!(shown.contains("kwadrant · Na het gesprek"), "{shown}");
    assert!(
        shown
            .lines()
            .next()
            .unwrap()
            .ends_with("besproken · opgeslagen: plan.toml"),
        "the header says the plan was discussed:\n{shown}"
    );
    assert!(
        shown.contains("Jullie gesprek van 15 december 2026 is vastgelegd"),
        "{shown}"
    );
    // Down to the first agreement's done mark: tick it, then untick it.
    let mut ticked = false;
    for _ in 0..12 {
        let shown = screen(&drive(&mut app, &["Tab"]));
        if shown.contains("› [ ] Gedaan") {
            ticked = true;
            break;
        }
    }
    assert!(ticked, "a done mark can be reached");
    drive(&mut app, &["Space"]);
    assert!(app.dirty());
    assert!(app.plan.verslagen[0].afspraken[0].klaar);
    drive(&mut app, &["Space"]);
    assert!(!app.dirty(), "back as it was: nothing to save");
    // Typing in the fixed record changes nothing.
    drive(&mut app, &["BTab", "x", "y"]);
    assert_eq!(app.plan, plan);
    // A record opened from a file of formaat 5 does not exist: such a plan
    // opens where it always did, and saves as formaat 6 with nothing lost.
    let five = fs::read_to_string("tests/fixtures/volledig.toml")
        .unwrap()
        .replacen("formaat = 6", "formaat = 5", 1);
    let old = dir.path().join("oud.toml");
    fs::write(&old, five).unwrap();
    let older = plan_file::load(&old).unwrap();
    let shown = Command::cargo_bin("kwadrant")
        .unwrap()
        .arg("show")
        .arg(&old)
        .output()
        .unwrap();
    assert!(shown.status.success());
    let shown = String::from_utf8(shown.stdout).unwrap();
    assert!(
        shown.contains("Gepland op:") && !shown.contains("Besproken:"),
        "{shown}"
    );
    let mut app = new_app(dir.path());
    app.open(older.clone(), old.clone());
    assert_eq!(app.step, Step::Plan);
    drive(&mut app, &["C-s"]);
    let saved = plan_file::load(&old).unwrap();
    assert!(fs::read_to_string(&old).unwrap().contains("formaat = 6"));
    assert_eq!(
        Plan {
            gewijzigd: None,
            geschiedenis: Vec::new(),
            ..saved
        },
        Plan {
            gewijzigd: None,
            geschiedenis: Vec::new(),
            ..older
        },
        "nothing lost"
    );
}
