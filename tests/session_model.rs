//! A model-based property test of the session (issue #18): random sequences
//! of messages across all steps and dialogs go through the real
//! `App::update`, the effects are carried out by the real `perform` in a
//! temporary folder, and after every message the invariants are checked:
//!
//! - what the file holds is what the screen shows, and "unsaved" is true
//!   exactly when they differ (a new plan counts as saved when it is empty);
//! - after a new plan or a new session the state equals a fresh session;
//! - the scores are valid one-decimal scores and the quadrant follows them;
//! - `methode` matches where the scores came from (the answers, the
//!   sliders, or the tasks).

use std::fs;
use std::path::{Path, PathBuf};

use kwadrant::model::catalog::Catalog;
use kwadrant::model::plan::{Afspraak, Methode, Plan, Verslag, Week};
use kwadrant::model::position::check_score;
use kwadrant::model::questionnaire;
use kwadrant::model::tasks;
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
    /// On "Jouw werk", F3 to "Jouw taken"; there down to "Verder", up to
    /// "Eigen taak toevoegen", a short text, the two questions, and a share
    /// of the week (elsewhere these keys do what they do there).
    OwnTask(u8, u8, u8),
    /// On "Jouw taken": three own tasks that fill the week, on to "Jouw
    /// plek" (the week in two years as it is), and M for the tasks' point.
    ThreeTasks(u8, u8),
    /// On "Opslaan": 8 for "Na het gesprek", a date, the first action agreed
    /// and an agreement, and if true, "Vastleggen" (elsewhere these keys do
    /// what they do there).
    FillRecord(bool),
    /// To the last button but one ("Vastleggen" on "Na het gesprek") and
    /// press it, then the first answer of the question.
    PressFix,
    /// From "Jouw plan" of a complete plan: Verder, Verder to "Opslaan"
    /// (elsewhere these keys do what they do there).
    ToSummary,
}

/// The messages of [`Act::ToSummary`].
fn to_summary() -> Vec<Msg> {
    vec![
        Msg::Down,
        Msg::Down,
        Msg::Confirm,
        Msg::NextField,
        Msg::NextField,
        Msg::NextField,
        Msg::Confirm,
    ]
}

/// The messages of [`Act::FillRecord`].
fn fill_record(fix: bool) -> Vec<Msg> {
    let mut msgs = vec![Msg::Answer(8)];
    msgs.extend("15-01-2027".chars().map(|c| Msg::Edit(EditKey::Insert(c))));
    msgs.extend([Msg::NextField, Msg::Toggle, Msg::NextField, Msg::NextField]);
    msgs.extend("Samen".chars().map(|c| Msg::Edit(EditKey::Insert(c))));
    if fix {
        msgs.extend(press_fix());
    }
    msgs
}

/// The messages of [`Act::PressFix`].
fn press_fix() -> Vec<Msg> {
    let mut msgs = vec![Msg::NextField; 40];
    msgs.extend([Msg::PrevField, Msg::Confirm, Msg::Confirm]);
    msgs
}

/// The messages of [`Act::ThreeTasks`]: 35, 35 and 30 % of the week.
fn three_tasks(contact: u8, open: u8) -> Vec<Msg> {
    let mut msgs = own_task(contact, open, 7);
    msgs.extend(own_task(open, contact, 7));
    msgs.extend(own_task(3, 3, 6));
    // Down to "→ Verder" for the week in two years, again for Jouw plek.
    for _ in 0..2 {
        msgs.extend(std::iter::repeat_n(Msg::Down, 12));
        msgs.push(Msg::Confirm);
    }
    msgs.push(Msg::SwitchMethod);
    msgs
}

/// The messages of [`Act::OwnTask`]; from "Jouw werk", F3 goes to "Jouw
/// taken" first (elsewhere it does nothing).
fn own_task(contact: u8, open: u8, steps: u8) -> Vec<Msg> {
    let mut msgs = vec![Msg::ToTasks];
    msgs.extend(std::iter::repeat_n(Msg::Down, 12));
    msgs.extend([
        Msg::Up,
        Msg::Confirm,
        Msg::Edit(EditKey::Insert('t')),
        Msg::Confirm,
        Msg::Answer(contact),
        Msg::Answer(open),
    ]);
    msgs.extend(std::iter::repeat_n(Msg::Right, usize::from(steps)));
    msgs
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
        1 => Just(Msg::MarkCore),
        1 => Just(Msg::Shrinks),
        1 => Just(Msg::Grows),
        1 => Just(Msg::FineLeft),
        1 => Just(Msg::Resize(70, 20)),
        1 => Just(Msg::Resize(80, 24)),
        2 => Just(Msg::Answer(8)),
    ]
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        30 => message().prop_map(Act::Send),
        1 => Just(Act::TypeSavedName),
        2 => prop::collection::vec(1u8..=5, 12).prop_map(Act::AnswerAll),
        3 => (1u8..=5, 1u8..=5, 1u8..=8).prop_map(|(c, o, s)| Act::OwnTask(c, o, s)),
        2 => (1u8..=5, 1u8..=5).prop_map(|(c, o)| Act::ThreeTasks(c, o)),
        3 => any::<bool>().prop_map(Act::FillRecord),
        2 => Just(Act::PressFix),
        2 => Just(Act::ToSummary),
    ]
}

fn new_app(dir: &Path) -> App {
    App::new(dir.to_path_buf(), "2026-11-23".into(), (80, 24), true)
}

/// A session that opened the complete plan of the tests (on "Jouw plan"),
/// so that a walk reaches the summary and the record of the conversation.
fn opened_app(dir: &Path) -> App {
    let file = dir.join("plan.toml");
    fs::copy("tests/fixtures/volledig.toml", &file).unwrap();
    let mut app = new_app(dir);
    app.open(plan_file::load(&file).unwrap(), file);
    app
}

/// A record without its done marks: what must never change once fixed.
fn without_marks(v: &Verslag) -> Verslag {
    let mut v = v.clone();
    for a in &mut v.afspraken {
        a.klaar = false;
    }
    v
}

/// A fixed record stays as it was, apart from its done marks; a record
/// being written is never empty, and ends in no empty agreement.
fn check_records(before: &[Verslag], after: &Plan) -> Result<(), String> {
    for (i, v) in before.iter().enumerate().filter(|(_, v)| v.vastgelegd) {
        match after.verslagen.get(i) {
            Some(now) if without_marks(now) == without_marks(v) => {}
            now => return Err(format!("fixed record {i} changed: {v:?} became {now:?}")),
        }
    }
    if let Some(open) = after.open_record() {
        if *open == Verslag::default() {
            return Err("an empty record is kept".into());
        }
        if open.afspraken.last().is_some_and(Afspraak::is_empty) {
            return Err(format!("an empty agreement is kept: {open:?}"));
        }
    }
    Ok(())
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
        (Some(Methode::Taken), adjusted) => {
            let found = tasks::point(&shown.taken, Week::Nu);
            let from = adjusted.map_or(p.position(), |from| from.position());
            if found.is_none() || p.position().is_none() || from != found {
                Err(format!(
                    "tasks give {found:?}, but the point is {:?} (adjusted from {adjusted:?})",
                    p.position()
                ))
            } else {
                Ok(())
            }
        }
        (None, _) if p.position().is_some() => Err("a point without a method".into()),
        _ => Ok(()),
    }
}

/// Runs one session (from a complete plan opened, if `opened`); returns
/// the first broken invariant.
fn run(opened: bool, acts: &[Act]) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let clock = clock();
    let fresh = fresh_states(dir);
    // The opened plan's answers are of an earlier questionnaire: its
    // method is not checked against today's.
    let mut app = if opened {
        opened_app(dir)
    } else {
        new_app(dir)
    };
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
            Act::OwnTask(c, o, s) => own_task(*c, *o, *s),
            Act::ThreeTasks(c, o) => three_tasks(*c, *o),
            Act::FillRecord(fix) => fill_record(*fix),
            Act::PressFix => press_fix(),
            Act::ToSummary => to_summary(),
        };
        for msg in msgs {
            let before = app.current_plan().verslagen;
            let mut replaced = false;
            let mut effect = app.update(msg.clone());
            while let Some(next) = effect.take() {
                match next {
                    Effect::Quit => return check(&app, opened),
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
                        replaced = true;
                    }
                    other => {
                        replaced |= matches!(other, Effect::Open(_));
                        effect = app.update(perform(other, &app, &clock));
                    }
                }
            }
            check(&app, opened).map_err(|e| format!("after {msg:?} (act {n}): {e}"))?;
            if !replaced {
                check_records(&before, &app.current_plan())
                    .map_err(|e| format!("after {msg:?} (act {n}): {e}"))?;
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_screen_and_the_file_never_disagree(
        opened in any::<bool>(),
        acts in prop::collection::vec(act(), 1..160),
    ) {
        if let Err(broken) = run(opened, &acts) {
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
    let (mut saved, mut adjusted, mut cleared, mut opened, mut by_tasks) = (0, 0, 0, 0, 0);
    let (mut recording, mut fixed) = (0, 0);
    for run in 0..64 {
        let acts = prop::collection::vec(act(), 150)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        let dir = tempfile::tempdir().unwrap();
        let mut app = if run % 2 == 0 {
            new_app(dir.path())
        } else {
            opened_app(dir.path())
        };
        for msg in acts.into_iter().flat_map(|act| match act {
            Act::Send(msg) => vec![msg],
            Act::AnswerAll(answers) => answers.into_iter().map(Msg::Answer).collect(),
            Act::OwnTask(c, o, s) => own_task(c, o, s),
            Act::ThreeTasks(c, o) => three_tasks(c, o),
            Act::FillRecord(fix) => fill_record(fix),
            Act::PressFix => press_fix(),
            Act::ToSummary => to_summary(),
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
            recording += usize::from(app.plan.open_record().is_some());
            fixed += usize::from(app.plan.besproken());
            by_tasks += usize::from(app.plan.positie.methode == Some(Methode::Taken));
        }
    }
    assert!(saved > 20, "saved {saved} times");
    assert!(adjusted > 20, "adjusted by hand {adjusted} times");
    assert!(cleared > 5, "started over {cleared} times");
    assert!(by_tasks > 20, "the tasks gave the point {by_tasks} times");
    assert!(recording > 20, "wrote a record {recording} times");
    assert!(fixed > 20, "had a fixed record {fixed} times");
    let _ = opened;
}
