//! The interactive session, driven through the real run loop with a
//! `TestBackend` and scripted keys; no terminal and no wall clock.

use std::fs;
use std::path::PathBuf;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use kwadrant::model::plan::{Methode, Plan, Status};
use kwadrant::plan_file;
use kwadrant::tui::app::{App, Step};
use kwadrant::tui::run_loop;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod support;
use support::{clock, key, keys, new_app, opened_app, screen};

/// Runs the loop over `events` at the given size; returns the terminal.
fn drive(app: &mut App, events: Vec<Event>, size: (u16, u16)) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    run_loop(&mut terminal, &mut events.into_iter(), app, &clock()).unwrap();
    terminal
}

/// Keys from the start screen to the position screen for Sanne.
const TO_POSITION: &[&str] = &[
    "Enter",
    "Sanne de Vries",
    "Tab",
    "admin",
    "Down",
    "Enter",
    "burger",
    "Down",
    "Enter",
    "Tab",
    "Enter",
    "Enter",
    "4",
    "3",
    "2",
    "2",
    "1",
    "3",
    "2",
    "1",
    "2",
    "4",
    "4",
    "5",
    // Jouw taken: none; down to "→ Verder zonder taken".
    "Down",
    "Down",
    "Down",
    "Down",
    "Down",
    "Down",
    "Down",
    "Down",
    "Down",
    "Enter",
];

/// From the position screen to the save screen.
const TO_SAVE: &[&str] = &[
    "Enter", // position is right
    "Enter", // upskilling: no target job
    "Down",
    "Enter", // digital now: 1
    "Down",
    "Down",
    "Enter", // in two years: 2
    "Down",
    "Space", // job crafting
    "Tab",
    "Inwoners helpen",
    "Enter",
    "Nauwkeurig werken",
    "Enter",
    "Samen met collega's",
    "Enter",
    "Nieuwsgierig blijven", // houding
    "Enter",
    "Enter", // keuzes: left empty
    "Enter", // Verder -> plan grid
    "Right",
    "Right",
    "Enter", // open "nu / digitaal"
    "Enter", // add the first suggestion
    "Down",
    "Down",
    "Down",
    "Enter", // write your own
    "Cursus Copilot",
    "Enter",
    "Esc",
    "Down",
    "Down",
    "Enter", // Verder -> conversation
    "Karin Jansen",
    "Enter",
    "15-12-2026",
    "Enter",
    "Tijd voor een cursus",
    "Enter",
    "Enter", // Verder -> save
];

fn script(parts: &[&[&str]]) -> Vec<Event> {
    parts.iter().flat_map(|p| keys(p)).collect()
}

#[test]
fn a_whole_session_ends_in_a_saved_klaar_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(
        &mut app,
        script(&[TO_POSITION, TO_SAVE, &["Enter"]]),
        (80, 24),
    );
    let file = dir.path().join("groeiplan-sanne-de-vries-2026-11-23.toml");
    let saved = fs::read_to_string(&file).unwrap();
    insta::assert_snapshot!(saved);
    let plan = plan_file::load(&file).unwrap();
    assert_eq!(plan.status, Status::Klaar);
    assert_eq!(plan.acties.len(), 2);
    assert!(!app.dirty());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn the_last_step_exports_for_the_manager_beside_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    // Not saved yet: "Exporteer" saves first, then writes the HTML.
    let term = drive(
        &mut app,
        script(&[TO_POSITION, TO_SAVE, &["Down", "Enter"]]),
        (80, 24),
    );
    let plan = dir.path().join("groeiplan-sanne-de-vries-2026-11-23.toml");
    let html = dir.path().join("groeiplan-sanne-de-vries-2026-11-23.html");
    assert!(plan.exists());
    let page = fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("Groeiplan van Sanne de Vries"));
    assert!(
        screen(&term).contains("Klaar om te printen: groeiplan-sanne-de-vries-2026-11-23.html")
    );
    // Exporting again replaces the earlier export of this same plan.
    fs::write(&html, "oud").unwrap();
    drive(&mut app, keys(&["Enter"]), (80, 24));
    assert!(
        fs::read_to_string(&html)
            .unwrap()
            .contains("Groeiplan van Sanne de Vries")
    );
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn opening_a_complete_plan_goes_to_the_plan_and_saves_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, file) = opened_app(dir.path());
    assert_eq!(app.step, Step::Plan);
    let before = plan_file::load(&file).unwrap();
    // Open "nu / digitaal", mark Excel klaar, save.
    drive(
        &mut app,
        keys(&["Right", "Right", "Enter", "k", "C-s"]),
        (80, 24),
    );
    let after = plan_file::load(&file).unwrap();
    let excel = |p: &Plan| {
        p.acties
            .iter()
            .find(|a| a.tekst.starts_with("Excel"))
            .unwrap()
            .klaar
    };
    assert!(!excel(&before));
    assert!(excel(&after));
    assert_eq!(after.status, Status::Klaar);
    assert_eq!(after.aangemaakt, before.aangemaakt, "created stays");
    assert_eq!(after.gewijzigd, Some(clock_now()));
    // Nothing else changed.
    let mut expected = before.clone();
    expected
        .acties
        .iter_mut()
        .find(|a| a.tekst.starts_with("Excel"))
        .unwrap()
        .klaar = true;
    expected.gewijzigd = after.gewijzigd;
    // And today's entry in the history: where the work stands now.
    assert_eq!(after.geschiedenis.len(), 1);
    assert_eq!(after.geschiedenis[0].sociaal, 3.5);
    expected.geschiedenis = after.geschiedenis.clone();
    assert_eq!(after, expected);
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no other files"
    );
}

fn clock_now() -> toml::value::Datetime {
    use kwadrant::tui::Clock;
    clock().now()
}

#[test]
fn opening_a_half_plan_enters_at_the_first_open_step() {
    let mut plan = Plan::default();
    plan.medewerker.functie = Some("Baliemedewerker".into());
    assert_eq!(Step::first_incomplete(&plan), Step::About);
    plan.positie.soort_werk = Some(kwadrant::model::plan::SoortWerk::Fysiek);
    assert_eq!(Step::first_incomplete(&plan), Step::Work);
    plan.positie.sociaal = Some(2.0);
    plan.positie.creativiteit = Some(2.0);
    assert_eq!(Step::first_incomplete(&plan), Step::Direction);
}

#[test]
fn every_step_can_be_left_and_entered_again_without_losing_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(&mut app, script(&[TO_POSITION, TO_SAVE]), (80, 24));
    assert_eq!(app.step, Step::Save);
    let plan = app.plan.clone();
    // All the way back to the start with Esc (the questionnaire goes back
    // one question at a time), then forward again with Enter.
    // 6 steps back to the questionnaire, 11 questions back, 1 step to "Over jou".
    let back = vec!["Esc"; 18];
    drive(&mut app, keys(&back), (80, 24));
    assert_eq!(app.step, Step::About);
    assert_eq!(app.plan, plan);
    drive(
        &mut app,
        keys(&["Tab", "Tab", "Tab", "Tab", "Tab", "Enter"]),
        (80, 24),
    );
    assert_eq!(app.step, Step::Work);
    assert_eq!(app.plan, plan);
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    let term = drive(&mut app, keys(&["Enter", "Sanne", "C-q"]), (80, 24));
    let shown = screen(&term);
    assert!(shown.contains("nog niet zijn opgeslagen"), "{shown}");
    assert!(shown.contains("› Opslaan en stoppen"));
    // "Terug naar het plan" keeps everything.
    drive(&mut app, keys(&["Down", "Down", "Enter"]), (80, 24));
    assert!(app.dialog.is_none());
    assert_eq!(app.plan.medewerker.naam.as_deref(), Some("Sanne"));
    // "Stoppen zonder opslaan" ends the loop before the next key and writes nothing.
    let mut events = keys(&["C-q", "Down", "Enter"]);
    events.extend(keys(&["x"]));
    drive(&mut app, events, (80, 24));
    assert_eq!(
        app.plan.medewerker.naam.as_deref(),
        Some("Sanne"),
        "the x was never read"
    );
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn save_and_quit_writes_a_concept() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(
        &mut app,
        keys(&["Enter", "Sanne", "C-q", "Enter"]),
        (80, 24),
    );
    let plan = plan_file::load(&dir.path().join("groeiplan-sanne-2026-11-23.toml")).unwrap();
    assert_eq!(plan.status, Status::Concept);
    assert_eq!(plan.medewerker.naam.as_deref(), Some("Sanne"));
}

#[test]
fn a_new_session_forgets_the_previous_person() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    let mut events = script(&[TO_POSITION, TO_SAVE, &["Enter"]]);
    // Saved; now "Nieuwe sessie" (fourth button).
    events.extend(keys(&["Down", "Down", "Down", "Enter"]));
    let term = drive(&mut app, events, (80, 24));
    assert_eq!(app.plan, Plan::default());
    assert_eq!(app.step, Step::Start);
    assert!(app.file.is_none());
    let shown = screen(&term);
    for private in [
        "Sanne",
        "Karin",
        "Copilot",
        "Opgeslagen (klaar)",
        "groeiplan-sanne",
    ] {
        assert!(
            !shown.contains(private),
            "{private} still on screen:\n{shown}"
        );
    }
}

#[test]
fn a_new_session_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    let mut events = script(&[TO_POSITION, TO_SAVE]);
    events.extend(keys(&["Down", "Down", "Down", "Enter"])); // "Nieuwe sessie", not saved
    let term = drive(&mut app, events, (80, 24));
    assert!(screen(&term).contains("› Opslaan en nieuwe sessie"));
    assert_eq!(app.plan.medewerker.naam.as_deref(), Some("Sanne de Vries"));
    drive(&mut app, keys(&["Down", "Enter"]), (80, 24));
    assert_eq!(app.plan, Plan::default());
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn saving_a_new_plan_over_an_existing_file_asks_and_can_pick_a_new_name() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("groeiplan-sanne-2026-11-23.toml");
    fs::write(&existing, "van iemand anders").unwrap();
    let mut app = new_app(dir.path());
    let term = drive(&mut app, keys(&["Enter", "Sanne", "C-s"]), (80, 24));
    let shown = screen(&term);
    assert!(
        shown.contains("Er is al een bestand groeiplan-sanne-2026-11-23.toml"),
        "{shown}"
    );
    drive(&mut app, keys(&["Enter"]), (80, 24));
    assert_eq!(fs::read_to_string(&existing).unwrap(), "van iemand anders");
    let second = dir.path().join("groeiplan-sanne-2026-11-23-2.toml");
    assert_eq!(
        plan_file::load(&second).unwrap().medewerker.naam.as_deref(),
        Some("Sanne")
    );
    assert_eq!(app.file.as_deref(), Some(second.as_path()));
}

#[test]
fn replacing_an_existing_file_needs_a_choice() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("groeiplan-sanne-2026-11-23.toml");
    fs::write(&existing, "oud").unwrap();
    let mut app = new_app(dir.path());
    drive(
        &mut app,
        keys(&["Enter", "Sanne", "C-s", "Down", "Enter"]),
        (80, 24),
    );
    assert!(
        fs::read_to_string(&existing)
            .unwrap()
            .contains("naam = \"Sanne\"")
    );
}

#[test]
fn pasted_text_with_newlines_never_moves_the_wizard_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    let mut events = keys(&["Enter"]);
    events.push(Event::Paste("Sanne\nde Vries\r\n".into()));
    drive(&mut app, events, (80, 24));
    assert_eq!(app.step, Step::About);
    assert_eq!(app.form_focus().unwrap().field, 0);
    assert_eq!(
        app.plan.medewerker.naam.as_deref(),
        Some("Sanne de Vries  ")
    );
}

#[test]
fn key_releases_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    let mut release = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    drive(&mut app, vec![Event::Key(release)], (80, 24));
    assert_eq!(app.step, Step::Start);
}

#[test]
fn a_small_window_says_how_big_it_must_be_and_keeps_the_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(&mut app, keys(&["Enter", "Sanne"]), (80, 24));
    // The window shrinks; keys other than Ctrl-Q do nothing now.
    let term = drive(&mut app, keys(&["Enter", "x"]), (60, 20));
    let shown = screen(&term);
    insta::assert_snapshot!("too_small_60x20", shown);
    assert!(shown.contains("Maak het minstens 80 tekens breed"));
    assert!(shown.contains("Nu is het 60 bij 20."));
    assert_eq!(app.plan.medewerker.naam.as_deref(), Some("Sanne"));
    assert_eq!(app.form_focus().unwrap().field, 0);
    // Ctrl-Q with unsaved work asks; the question fits in the small window.
    let term = drive(&mut app, keys(&["C-q"]), (60, 20));
    let flat = screen(&term)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("Je hebt wijzigingen die nog niet zijn opgeslagen. Maak het venster groter om te kiezen."),
        "{flat}"
    );
    // Ctrl-S saves and says so in the small window.
    let term = drive(&mut app, keys(&["C-s"]), (60, 20));
    let flat = screen(&term)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("Opgeslagen (concept): groeiplan-sanne-2026-11-23.toml"),
        "{flat}"
    );
    assert!(dir.path().join("groeiplan-sanne-2026-11-23.toml").exists());
    assert!(
        app.dialog.is_none(),
        "nothing unsaved to ask about any more"
    );
    // Big enough again: everything is still there.
    let term = drive(&mut app, vec![], (80, 24));
    assert!(screen(&term).contains("› Sanne"));
}

#[test]
fn the_screen_never_panics_at_any_size() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(&mut app, script(&[TO_POSITION]), (80, 24));
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 2),
        (10, 3),
        (79, 24),
        (80, 23),
        (80, 24),
        (200, 60),
    ] {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| kwadrant::tui::view::draw(f, &app))
            .unwrap();
    }
}

#[test]
fn switching_to_sliders_and_back_keeps_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(
        &mut app,
        keys(&[
            "Enter", "Tab", "Tab", "Tab", "Tab", "Tab", "Enter", "5", "5",
        ]),
        (80, 24),
    );
    assert_eq!(app.plan.positie.antwoorden.len(), 2);
    drive(&mut app, keys(&["F2", "Right", "Right"]), (80, 24));
    assert_eq!(app.plan.positie.methode, Some(Methode::Direct));
    // Since formaat 2 the answers stay in the plan while the sliders are
    // used; two answers are no score yet, so the sliders start at 5 / 5.
    assert_eq!(app.plan.positie.antwoorden.len(), 2);
    assert_eq!(app.plan.positie.sociaal, Some(6.0));
    drive(&mut app, keys(&["F2"]), (80, 24));
    assert_eq!(app.plan.positie.methode, Some(Methode::Vragenlijst));
    assert_eq!(app.plan.positie.antwoorden.len(), 2);
}

#[test]
fn fine_tuning_moves_the_point_and_the_scores_live() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(&mut app, script(&[TO_POSITION]), (80, 24));
    let (x, y) = (
        app.plan.positie.sociaal.unwrap(),
        app.plan.positie.creativiteit.unwrap(),
    );
    let shift = |code| Event::Key(KeyEvent::new(code, KeyModifiers::SHIFT));
    let term = drive(
        &mut app,
        vec![key(KeyCode::Right), key(KeyCode::Up), shift(KeyCode::Right)],
        (80, 24),
    );
    assert_eq!(
        app.plan.positie.sociaal,
        Some(((x + 0.6) * 10.0).round() / 10.0)
    );
    assert_eq!(app.plan.positie.creativiteit, Some(y + 0.5));
    let shown = kwadrant::report::text::decimal(((x + 0.6) * 10.0).round() / 10.0);
    assert!(screen(&term).contains(&format!("Mensenwerk: {shown} van 10")));
    // The answers are still the ones given.
    assert_eq!(app.plan.positie.antwoorden.len(), 12);
}

#[test]
fn deleting_an_action_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = opened_app(dir.path());
    let before = app.plan.acties.len();
    drive(
        &mut app,
        keys(&["Right", "Right", "Enter", "Del"]),
        (80, 24),
    );
    assert!(app.dialog.is_some());
    drive(&mut app, keys(&["Down", "Enter"]), (80, 24));
    assert_eq!(app.plan.acties.len(), before, "kept on 'Nee'");
    drive(&mut app, keys(&["Del", "Enter"]), (80, 24));
    assert_eq!(app.plan.acties.len(), before - 1);
}

#[test]
fn without_colour_the_selection_is_still_marked() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(
        dir.path().to_path_buf(),
        "2026-11-23".into(),
        (80, 24),
        false,
    );
    let term = drive(
        &mut app,
        keys(&["Enter", "Tab", "Tab", "Tab", "Tab"]),
        (80, 24),
    );
    assert!(screen(&term).contains("› ( ) Vooral denkwerk"));
}

/// Every screen, at 80x24 and 120x40.
#[test]
fn snapshots_of_every_screen() {
    let screens: Vec<(&str, Vec<Event>)> = vec![
        ("01_start", vec![]),
        ("02_start_open", keys(&["Down", "Enter", "groeiplan"])),
        (
            "03_about",
            keys(&["Enter", "Sanne de Vries", "Tab", "admin"]),
        ),
        (
            "04_questionnaire",
            keys(&[
                "Enter", "Tab", "Tab", "Tab", "Tab", "Enter", "Enter", "4", "Down", "Down",
            ]),
        ),
        (
            "05_sliders",
            keys(&[
                "Enter", "Tab", "Tab", "Tab", "Tab", "Enter", "Enter", "F2", "Left", "Down",
            ]),
        ),
        (
            "05b_tasks",
            script(&[
                &TO_POSITION[..TO_POSITION.len() - 1],
                &["Up"; 9],
                &["Enter", "Enter", "Enter", "Up", "Up", "-", "Up", "Right"],
            ]),
        ),
        (
            "05c_own_task",
            script(&[
                &TO_POSITION[..TO_POSITION.len() - 1],
                &["Up", "Enter", "Collega's inwerken", "Enter", "4"],
            ]),
        ),
        ("06_position", script(&[TO_POSITION])),
        ("07_position_why", script(&[TO_POSITION, &["w"]])),
        ("08_position_compare", script(&[TO_POSITION, &["v"]])),
        (
            "09_direction",
            script(&[TO_POSITION, &["Enter", "Down", "Enter", "Inkoop", "Down"]]),
        ),
        ("10_plan_grid", script(&[TO_POSITION, &TO_SAVE[..32]])),
        ("11_plan_cell", script(&[TO_POSITION, &TO_SAVE[..29]])),
        (
            "12_conversation",
            script(&[TO_POSITION, &TO_SAVE[..36], &["31-02-2026"]]),
        ),
        ("13_save", script(&[TO_POSITION, TO_SAVE])),
        ("14_help", script(&[TO_POSITION, &["F1"]])),
        ("15_quit_dialog", keys(&["Enter", "Sanne", "C-q"])),
    ];
    for (name, events) in screens {
        for (w, h) in [(80, 24), (120, 40)] {
            let dir = tempfile::tempdir().unwrap();
            let mut app = App::new(PathBuf::from("/plannen"), "2026-11-23".into(), (w, h), true);
            let _ = &dir;
            let term = drive(&mut app, events.clone(), (w, h));
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&term));
        }
    }
}
