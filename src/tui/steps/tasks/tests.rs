use super::*;
use crate::model::catalog::Catalog;
use crate::model::plan::{Baangereedschap, Status};
use crate::tui::steps::testing::Harness;

fn balie() -> Harness<TasksStep> {
    let mut plan = Plan::default();
    plan.medewerker.functie = Some("Baliemedewerker".into());
    let mut h = Harness::with_plan(TasksStep::default(), plan);
    h.enter();
    // The focus starts on the first example; "→ Verder" is at the bottom.
    assert_eq!(h.step.row, 0);
    assert!(matches!(h.step.rows(&h.plan)[0], Row::Example(_)));
    h
}

/// The catalog's examples of the job are offered first; Enter takes one
/// with its usual share and core mark.
#[test]
fn examples_of_the_job_are_added_with_their_share_and_core_mark() {
    let mut h = balie();
    assert!(
        h.screen().contains("+ Aanvragen voor paspoort"),
        "{}",
        h.screen()
    );
    h.keys(&["Enter"]);
    let first = &h.plan.taken[0];
    assert_eq!((first.procent_nu, first.procent_straks), (35, 35));
    assert!(first.kern);
    assert_eq!(first.bron, "balie-1");
    // It is no longer offered as an example.
    assert!(!h.screen().contains("+ Aanvragen voor paspoort"));
    assert!(h.screen().contains("nog 65 % over"), "{}", h.screen());
    h.assert_footer_is_honest();
}

#[test]
fn an_own_task_is_placed_by_its_two_questions() {
    let mut h = balie();
    let own = h
        .step
        .rows(&h.plan)
        .iter()
        .position(|r| matches!(r, Row::Own));
    h.step.row = own.unwrap();
    h.keys(&["Enter"]);
    assert!(h.screen().contains("Wat is de taak?"));
    // An empty text is not a task.
    h.keys(&["Enter"]);
    assert!(h.notice_text().contains("Schrijf eerst"));
    h.keys(&["Nieuwe collega's inwerken", "Enter"]);
    assert!(h.screen().contains("Vraag 1 van 2"), "{}", h.screen());
    h.keys(&["5"]);
    assert!(h.screen().contains("Vraag 2 van 2"));
    // Esc goes one question back, and the answer stays.
    h.keys(&["Esc", "Enter"]);
    assert_eq!(h.step.own.as_ref().map(|o| o.stage), Some(2));
    h.keys(&["2"]);
    let taak = h.plan.taken.last().unwrap();
    assert_eq!(taak.tekst, "Nieuwe collega's inwerken");
    assert_eq!((taak.sociaal, taak.creativiteit), (8.5, 3.0));
    assert_eq!(taak.bron, EIGEN);
    assert_eq!(taak.procent_nu, 0);
}

#[test]
fn a_task_being_written_is_in_the_plan_that_is_saved() {
    let mut h = balie();
    h.step.own = Some(OwnTask {
        tekst: "Rijbewijzen uitgeven".into(),
        cursor: 20,
        ..OwnTask::default()
    });
    let mut plan = h.plan.clone();
    h.step.pending(&mut plan);
    assert_eq!(plan.taken.len(), 1);
    assert_eq!(plan.taken[0].tekst, "Rijbewijzen uitgeven");
    assert_eq!(crate::model::plan::total(&plan.taken, Week::Nu), 0);
}

/// Three tasks give a point; the tasks are the method when nothing else gave
/// one. Enter goes on only when the week adds up.
#[test]
fn the_week_must_add_up_before_the_step_goes_on() {
    let mut h = balie();
    // Three examples in a row: the focus stays in the examples.
    h.keys(&["Enter", "Enter", "Enter"]);
    h.keys(&["Up", "Up", "Up"]);
    assert_eq!(h.plan.taken.len(), 3);
    assert_eq!(h.plan.positie.methode, Some(Methode::Taken));
    assert!(h.plan.positie.position().is_some());
    let sum = total(&h.plan.taken, Week::Nu);
    assert_ne!(sum, 100);
    // Enter on a task says what to do, and does not move on.
    h.keys(&["Enter"]);
    assert_eq!((h.last.clone(), h.step.week), (Outcome::Stay, Week::Nu));
    assert!(h.notice_text().contains("Verder"), "{}", h.notice_text());
    // "→ Verder" with a week that does not add up says how much is left.
    h.keys(&["Down"; 12]);
    h.keys(&["Enter"]);
    assert_eq!(h.last, Outcome::Stay);
    assert!(h.notice_text().contains("nog"), "{}", h.notice_text());
    h.keys(&["Up"; 12]);
    // Fill the week with the focused task.
    for _ in 0..(100 - sum) {
        h.keys(&["S-Right"]);
    }
    assert_eq!(total(&h.plan.taken, Week::Nu), 100);
    h.keys(&["Down"; 12]);
    h.keys(&["Enter"]);
    assert_eq!(h.step.week, Week::Straks);
    assert!(h.screen().contains("Jouw week over twee jaar"));
    h.keys(&["Down"; 12]);
    h.keys(&["Enter"]);
    assert_eq!(h.last, Outcome::Next);
}

/// In two years: a task handed over goes to 0 % (job carving), a new task
/// comes in green (job innovation), and the point moves with an arrow.
#[test]
fn carving_and_innovation_in_two_years() {
    let mut h = balie();
    // Three examples in a row: the focus stays in the examples.
    h.keys(&["Enter", "Enter", "Enter"]);
    h.keys(&["Up", "Up", "Up"]);
    let sum = total(&h.plan.taken, Week::Nu);
    for _ in 0..(100 - sum) {
        h.keys(&["S-Right"]);
    }
    h.keys(&["Tab"]);
    assert_eq!(h.step.week, Week::Straks);
    // The first task is handed over; the red sign goes with it.
    h.step.row = 0;
    let now = h.plan.taken[0].procent_nu;
    for _ in 0..20 {
        h.keys(&["Left"]);
    }
    h.keys(&["-"]);
    assert_eq!(h.plan.taken[0].procent_straks, 0);
    assert_eq!(h.plan.taken[0].procent_nu, now, "now stays as it was");
    assert_eq!(h.plan.taken[0].kleur, Kleur::Rood);
    assert!(h.screen().contains("− minder"));
    // A new task for in two years.
    let own = h
        .step
        .rows(&h.plan)
        .iter()
        .position(|r| matches!(r, Row::Own));
    h.step.row = own.unwrap();
    h.keys(&["Enter", "Inwoners helpen met de app", "Enter", "4", "3"]);
    let new = h.plan.taken.last().unwrap();
    assert_eq!((new.procent_nu, new.kleur), (0, Kleur::Groen));
    for _ in 0..(now / 5) {
        h.keys(&["Right"]);
    }
    assert_eq!(total(&h.plan.taken, Week::Straks), 100);
    assert_eq!(
        tasks::tools_shown(&h.plan.taken),
        vec![Baangereedschap::JobInnovation, Baangereedschap::JobCarving]
    );
    let now = tasks::point(&h.plan.taken, Week::Nu).unwrap();
    let later = tasks::point(&h.plan.taken, Week::Straks).unwrap();
    assert!(later.sociaal > now.sociaal, "{now:?} -> {later:?}");
    assert!(
        h.screen().contains("Jouw werk over twee jaar"),
        "{}",
        h.screen()
    );
    h.assert_footer_is_honest();
}

/// A plan may be saved as a concept with a week that does not add up, never
/// as klaar.
#[test]
fn shares_that_do_not_add_up_keep_a_plan_from_klaar() {
    let mut h = balie();
    // Three examples in a row: the focus stays in the examples.
    h.keys(&["Enter", "Enter", "Enter"]);
    h.keys(&["Up", "Up", "Up"]);
    let mut plan = h.plan.clone();
    plan.status = Status::Concept;
    assert_eq!(plan.validate(&[]), vec![]);
    plan.status = Status::Klaar;
    let problems = plan.validate(&[]);
    assert!(
        problems
            .iter()
            .any(|p| p.field == "taken.procent_nu" && p.message.contains("niet tot 100 %")),
        "{problems:?}"
    );
    let missing = crate::tui::steps::missing_for_klaar(&h.plan);
    assert!(missing.iter().any(|p| p.field == "taken.procent_nu"));
}

#[test]
fn without_tasks_enter_goes_on_and_a_plan_without_tasks_is_untouched() {
    let mut plan = Plan::default();
    plan.medewerker.functie = Some("Iets heel anders".into());
    let mut h = Harness::with_plan(TasksStep::default(), plan.clone());
    h.enter();
    // No examples for a job the catalog does not know: an own task, or on.
    assert!(h.screen().contains("+ Eigen taak toevoegen"));
    h.keys(&["Down", "Enter"]);
    assert_eq!(h.last, Outcome::Next);
    assert_eq!(h.plan, plan);
}

/// A point of the tasks moved by hand on the chart keeps where the tasks
/// put it; a change of the tasks then moves that result, not the point.
#[test]
fn a_task_point_moved_by_hand_keeps_the_tasks_result() {
    let mut h = balie();
    h.keys(&["Enter", "Enter", "Enter"]);
    let found = h.plan.positie.position().unwrap();
    let mut ctx = crate::tui::steps::StepCtx {
        plan: &mut h.plan,
        notice: &mut h.notice,
        shared: crate::tui::steps::Shared::new(
            std::path::Path::new("/plannen"),
            None,
            "2026-11-23",
            (80, 24),
        ),
    };
    crate::tui::steps::work::nudge(&mut ctx, crate::model::position::Axis::Sociaal, 1.0);
    let p = &h.plan.positie;
    assert_eq!(p.methode, Some(Methode::Taken));
    assert_eq!(
        p.bijgesteld_van,
        Some(crate::model::plan::Scores::of(found))
    );
    let moved = p.position().unwrap();
    // More of the week for the first task: the result it came from
    // moves, the point stays.
    h.keys(&["Up", "Up", "Up", "Right", "Right", "Right", "Right"]);
    assert_eq!(h.plan.positie.position(), Some(moved));
    assert_ne!(
        h.plan.positie.bijgesteld_van,
        Some(crate::model::plan::Scores::of(found))
    );
}

/// Found by the model test: with fewer than three tasks left, a point of
/// the tasks (moved by hand or not) goes, and the answers give it again.
#[test]
fn below_three_tasks_the_point_comes_from_the_answers_again() {
    let mut h = balie();
    h.keys(&["Enter", "Enter", "Enter"]);
    assert_eq!(h.plan.positie.methode, Some(Methode::Taken));
    h.plan.positie.bijgesteld_van = h
        .plan
        .positie
        .position()
        .map(crate::model::plan::Scores::of);
    h.plan.positie.sociaal = Some(9.0);
    h.plan.positie.antwoorden = vec![
        ("mc1".into(), 2),
        ("mc2".into(), 2),
        ("mc3".into(), 2),
        ("mc4".into(), 2),
        ("dw1".into(), 2),
        ("dw2".into(), 2),
        ("dw3".into(), 2),
        ("dw4".into(), 2),
    ];
    h.plan.positie.vragenlijst = Some(3);
    h.keys(&["Up", "Del"]);
    let p = &h.plan.positie;
    assert_eq!(p.methode, Some(Methode::Vragenlijst));
    assert_eq!(p.bijgesteld_van, None);
    assert_eq!(
        p.position(),
        crate::model::questionnaire::result(
            crate::model::catalog::Catalog::active(),
            &p.antwoorden,
            p.soort_werk
        )
    );
    assert!(h.notice_text().contains("geen plek"), "{}", h.notice_text());
}

/// A person who answered a few questions and then went to the tasks: the
/// answers give no point yet, so the tasks do, and the answers stay.
#[test]
fn the_tasks_give_the_point_when_the_answers_do_not_yet() {
    let mut plan = Plan::default();
    plan.medewerker.functie = Some("Baliemedewerker".into());
    plan.positie.methode = Some(Methode::Vragenlijst);
    plan.positie.vragenlijst = Some(Catalog::active().questionnaire_version);
    plan.positie.antwoorden = vec![("mc1".into(), 4), ("mc2".into(), 2)];
    let mut h = Harness::with_plan(TasksStep::default(), plan);
    h.enter();
    h.keys(&["Enter", "Enter"]);
    assert_eq!(h.plan.positie.position(), None);
    h.keys(&["Enter"]);
    let found = tasks::point(&h.plan.taken, Week::Nu).unwrap();
    assert_eq!(h.plan.positie.methode, Some(Methode::Taken));
    assert_eq!(h.plan.positie.position(), Some(found));
    assert_eq!(h.plan.positie.antwoorden.len(), 2);
    // Below three tasks again, the answers are the questionnaire's once
    // more, with no point yet; the file stays valid (the model-based test
    // found a plan with answers and no method).
    h.keys(&["Up", "Del"]);
    assert_eq!(h.plan.taken.len(), 2);
    assert_eq!(h.plan.positie.methode, Some(Methode::Vragenlijst));
    assert_eq!(h.plan.positie.position(), None);
    let ids = Catalog::active().question_ids(h.plan.positie.vragenlijst);
    assert_eq!(h.plan.validate(&ids), Vec::new());
}
