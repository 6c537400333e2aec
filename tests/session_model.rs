//! A model-based property test of the session (issue #18): random sequences
//! of messages across all steps and dialogs go through the real
//! `App::update`, the effects are carried out by the real `perform` in a
//! temporary folder, and after every message the invariants are checked:
//!
//! - what the file holds is what the screen shows, and "unsaved" is true
//!   exactly when they differ (a new plan counts as saved when it is empty);
//! - after a new plan or a new session the state equals a fresh session;
//! - the scores are valid one-decimal scores and the quadrant follows them;
//! - `methode` matches where the scores came from.

use std::fs;
use std::path::{Path, PathBuf};

use kwadrant::model::catalog::Catalog;
use kwadrant::model::plan::{Methode, Plan};
use kwadrant::model::position::check_score;
use kwadrant::model::questionnaire;
use kwadrant::plan_file;
use kwadrant::tui::app::{App, EditKey, Effect, Msg};
use kwadrant::tui::{FixedClock, perform};
use proptest::prelude::*;

fn clock() -> FixedClock {
    FixedClock("2026-11-23T14:05:00+01:00".parse().unwrap())
}

/// One thing a person does.
#[derive(Debug, Clone)]
enum Act {
    /// A message as a key would send it.
    Send(Msg),
    /// Type the name of a plan saved earlier in this session (for "Verder
    /// met een opgeslagen plan").
    TypeSavedName,
    /// Answer every question in a row (on "Jouw werk"; elsewhere the
    /// numbers do what they do there).
    AnswerAll(Vec<u8>),
}

fn message() -> impl Strategy<Value = Msg> {
    let typed = prop_oneof![Just('a'), Just('b'), Just(' '), Just('3'), Just('-')]
        .prop_map(|c| Msg::Edit(EditKey::Insert(c)));
    prop_oneof![
        8 => Just(Msg::Confirm),
        4 => Just(Msg::NextField),
        2 => Just(Msg::PrevField),
        4 => Just(Msg::Down),
        2 => Just(Msg::Up),
        2 => Just(Msg::Left),
        2 => Just(Msg::Right),
        1 => Just(Msg::FineUp),
        1 => Just(Msg::FineRight),
        3 => Just(Msg::Back),
        2 => Just(Msg::Toggle),
        1 => Just(Msg::Help),
        3 => Just(Msg::Save),
        2 => Just(Msg::Quit),
        5 => (1u8..=5).prop_map(Msg::Answer),
        5 => typed,
        1 => Just(Msg::Edit(EditKey::Backspace)),
        1 => Just(Msg::Edit(EditKey::Clear)),
        1 => Just(Msg::Paste("x\ny".into())),
        1 => Just(Msg::Why),
        1 => Just(Msg::Compare),
        2 => Just(Msg::SwitchMethod),
        1 => Just(Msg::ToggleVorm),
        1 => Just(Msg::ToggleKlaar),
        1 => Just(Msg::Delete),
        1 => Just(Msg::Resize(70, 20)),
        1 => Just(Msg::Resize(80, 24)),
    ]
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        30 => message().prop_map(Act::Send),
        1 => Just(Act::TypeSavedName),
        2 => prop::collection::vec(1u8..=5, 12).prop_map(Act::AnswerAll),
    ]
}

fn new_app(dir: &Path) -> App {
    App::new(dir.to_path_buf(), "2026-11-23".into(), (80, 24), true)
}

/// A fresh session, and a fresh session that chose "Nieuw plan maken".
fn fresh_states(dir: &Path) -> [App; 2] {
    let fresh = new_app(dir);
    let mut new_plan = fresh.clone();
    let effect = new_plan.update(Msg::Confirm);
    assert_eq!(effect, Some(Effect::ClearScreen));
    [fresh, new_plan]
}

fn saved_plans(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// Checks every invariant; `Err` names the one that broke.
fn check(app: &App, opened_foreign: bool) -> Result<(), String> {
    let shown = app.current_plan();
    // The file holds what the screen shows; "unsaved" exactly when not.
    let on_disk = match &app.file {
        Some(file) => plan_file::load(file).map_err(|e| format!("{file:?}: {e}"))?,
        None => Plan::default(),
    };
    if app.dirty() != (shown != on_disk) {
        return Err(format!(
            "dirty() is {} but the file {} the screen\nscreen: {shown:?}\nfile: {on_disk:?}",
            app.dirty(),
            if shown == on_disk {
                "equals"
            } else {
                "differs from"
            }
        ));
    }
    // Scores are one-decimal scores; the quadrant follows them.
    let p = &shown.positie;
    for score in [p.sociaal, p.creativiteit].into_iter().flatten() {
        check_score(score).map_err(|e| format!("score {score}: {e}"))?;
    }
    if p.quadrant() != p.position().map(|pos| pos.quadrant()) {
        return Err("the quadrant does not follow the scores".into());
    }
    if opened_foreign {
        return Ok(());
    }
    // methode says where the scores came from.
    let found = questionnaire::result(Catalog::embedded(), &p.antwoorden, p.soort_werk);
    match (p.methode, p.bijgesteld_van) {
        (Some(Methode::Vragenlijst), None) if p.position() != found => Err(format!(
            "questionnaire point {:?} is not the answers' result {found:?}",
            p.position()
        )),
        (Some(Methode::Vragenlijst), Some(from)) if from.position() != found => Err(format!(
            "adjusted from {from:?}, but the answers give {found:?}"
        )),
        (Some(Methode::Vragenlijst), Some(_)) if p.position().is_none() => {
            Err("adjusted, but there is no point".into())
        }
        (Some(Methode::Direct), _) if p.position().is_none() || p.bijgesteld_van.is_some() => {
            Err(format!("direct, but the position is {p:?}"))
        }
        (None, _) if p.position().is_some() => Err("a point without a method".into()),
        _ => Ok(()),
    }
}

/// Runs one session; returns the first broken invariant.
fn run(acts: &[Act]) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let clock = clock();
    let fresh = fresh_states(dir);
    let mut app = new_app(dir);
    for (n, act) in acts.iter().enumerate() {
        let msgs: Vec<Msg> = match act {
            Act::Send(msg) => vec![msg.clone()],
            Act::TypeSavedName => match saved_plans(dir).first() {
                Some(file) => file
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .chars()
                    .map(|c| Msg::Edit(EditKey::Insert(c)))
                    .collect(),
                None => Vec::new(),
            },
            Act::AnswerAll(answers) => answers.iter().map(|a| Msg::Answer(*a)).collect(),
        };
        for msg in msgs {
            let mut effect = app.update(msg.clone());
            while let Some(next) = effect.take() {
                match next {
                    Effect::Quit => return check(&app, false),
                    Effect::ClearScreen => {
                        // Apart from the window size and the files this
                        // window saved, as a fresh session.
                        let same = fresh.iter().any(|f| {
                            App {
                                size: app.size,
                                written: app.written.clone(),
                                ..f.clone()
                            } == app
                        });
                        if !same {
                            return Err(format!(
                                "after {msg:?} (act {n}) the state is not fresh: {app:?}"
                            ));
                        }
                    }
                    other => effect = app.update(perform(other, &app, &clock)),
                }
            }
            check(&app, false).map_err(|e| format!("after {msg:?} (act {n}): {e}"))?;
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_screen_and_the_file_never_disagree(acts in prop::collection::vec(act(), 1..160)) {
        if let Err(broken) = run(&acts) {
            prop_assert!(false, "{broken}");
        }
    }
}

/// The test reaches the places it is meant to check: a long enough random
/// walk saves, opens, adjusts, and starts over.
#[test]
fn the_random_walk_reaches_saving_adjusting_and_starting_over() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut saved, mut adjusted, mut cleared, mut opened) = (0, 0, 0, 0);
    for _ in 0..64 {
        let acts = prop::collection::vec(act(), 150)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_app(dir.path());
        for msg in acts.into_iter().flat_map(|act| match act {
            Act::Send(msg) => vec![msg],
            Act::AnswerAll(answers) => answers.into_iter().map(Msg::Answer).collect(),
            Act::TypeSavedName => Vec::new(),
        }) {
            let mut effect = app.update(msg);
            while let Some(next) = effect.take() {
                match next {
                    Effect::Quit => break,
                    Effect::ClearScreen => cleared += 1,
                    other => {
                        let is_save = matches!(other, Effect::Save { .. });
                        let is_open = matches!(other, Effect::Open(_));
                        let reply = perform(other, &app, &clock());
                        saved += usize::from(is_save && matches!(reply, Msg::Saved(..)));
                        opened += usize::from(is_open);
                        effect = app.update(reply);
                    }
                }
            }
            adjusted += usize::from(app.plan.positie.bijgesteld_van.is_some());
        }
    }
    assert!(saved > 20, "saved {saved} times");
    assert!(adjusted > 20, "adjusted by hand {adjusted} times");
    assert!(cleared > 5, "started over {cleared} times");
    let _ = opened;
}
