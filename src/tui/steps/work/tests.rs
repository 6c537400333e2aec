use super::*;
use crate::tui::steps::testing::Harness;

#[test]
fn answers_fill_the_plan_in_catalog_order_and_move_on() {
    let mut h = Harness::new(WorkStep::default());
    h.enter();
    assert!(h.screen().contains("Vraag 1 van 12"), "{}", h.screen());
    h.keys(&["4", "Tab", "2"]);
    assert_eq!(h.step.question, 3);
    let ids: Vec<&str> = h
        .plan
        .positie
        .antwoorden
        .iter()
        .map(|a| a.0.as_str())
        .collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(h.plan.positie.methode, Some(Methode::Vragenlijst));
    // Back one question shows the answer given there.
    h.keys(&["Esc"]);
    assert_eq!(h.step.question, 2);
    assert_eq!(h.step.highlight, 1);
    assert!(h.screen().contains("2 van 12 beantwoord"));
    h.assert_footer_is_honest();
}

#[test]
fn an_opened_plan_goes_on_at_its_first_unanswered_statement() {
    let mut h = Harness::new(WorkStep::default());
    h.keys(&["4", "3", "2"]);
    let plan = h.plan.clone();
    let mut step = WorkStep::default();
    step.opened(&plan);
    let mut h = Harness::with_plan(step, plan.clone());
    h.enter();
    assert!(h.screen().contains("Vraag 4 van 12"), "{}", h.screen());
    // Answers of an earlier questionnaire: the new one starts at 1.
    let mut old = plan;
    old.positie.vragenlijst = Some(3);
    let mut step = WorkStep::default();
    step.opened(&old);
    assert_eq!(step.question, 0);
}

#[test]
fn after_the_last_answer_enter_confirms_that_answer() {
    let mut h = Harness::new(WorkStep::default());
    for _ in 0..11 {
        h.keys(&["5"]);
    }
    // Typed on the last question: it stays there, highlighted.
    h.keys(&["1"]);
    assert_eq!(h.step.highlight, 0);
    h.keys(&["Enter"]);
    assert_eq!(answer(&h.plan.positie, "dw6"), Some(1));
}

#[test]
fn the_last_answer_goes_to_the_chart() {
    let mut h = Harness::new(WorkStep::default());
    h.keys(&["4", "3", "2", "2", "1", "3", "2", "1", "2", "4", "4"]);
    assert_eq!(h.last, Outcome::Stay);
    h.keys(&["5"]);
    assert_eq!(h.last, Outcome::Next);
    assert!(h.plan.positie.position().is_some());
}

#[test]
fn the_sliders_move_in_steps_and_stay_within_the_scale() {
    let mut h = Harness::new(WorkStep::default());
    h.keys(&["F2"]);
    assert_eq!(h.plan.positie.methode, Some(Methode::Direct));
    assert_eq!(h.plan.positie.sociaal, Some(5.0));
    assert!(h.notice_text().contains("komt nu van de schuifjes"));
    h.keys(&["Right", "S-Right", "Down", "Left"]);
    assert_eq!(h.plan.positie.sociaal, Some(5.6));
    assert_eq!(h.plan.positie.creativiteit, Some(4.5));
    for _ in 0..30 {
        h.keys(&["Right"]);
    }
    assert_eq!(h.plan.positie.creativiteit, Some(10.0));
    assert!(
        h.screen().contains("Mensenwerk (inleven en contact)"),
        "{}",
        h.screen()
    );
    h.assert_footer_is_honest();
    h.keys(&["Enter"]);
    assert_eq!(h.last, Outcome::Next);
}

/// A person who would rather start from the week's tasks goes on with F3,
/// from the questions or the sliders, and nothing given so far is lost.
#[test]
fn f3_goes_on_to_the_tasks_and_keeps_the_answers() {
    let mut h = Harness::new(WorkStep::default());
    h.enter();
    assert!(
        h.screen().contains("Met F3 ga je naar Jouw taken"),
        "{}",
        h.screen()
    );
    h.keys(&["4", "2"]);
    let before = h.plan.clone();
    h.keys(&["F3"]);
    assert_eq!(h.last, Outcome::GoTo(Step::Tasks));
    assert_eq!(h.plan, before);
    // Skipping every question ends with the way out named.
    h.keys(&["Tab"; 12]);
    assert!(
        h.notice_text().contains("ga met F3 naar Jouw taken"),
        "{}",
        h.notice_text()
    );
    h.keys(&["F2", "Right", "F3"]);
    assert_eq!(h.last, Outcome::GoTo(Step::Tasks));
    assert_eq!(h.plan.positie.sociaal, Some(5.5));
    h.assert_footer_is_honest();
}

/// For physical work the title above a skill statement names skill, not
/// "vaste stappen of eigen oordeel".
#[test]
fn the_topic_of_a_skill_statement_is_skill() {
    let mut plan = Plan::default();
    plan.positie.soort_werk = Some(SoortWerk::Fysiek);
    let mut h = Harness::with_plan(WorkStep::default(), plan);
    h.enter();
    h.keys(&["Tab"; 6]);
    assert!(
        h.screen()
            .contains("Vraag 7 van 12 · vakmanschap en handigheid"),
        "{}",
        h.screen()
    );
    let mut h = Harness::new(WorkStep::default());
    h.keys(&["Tab"; 6]);
    assert!(
        h.screen()
            .contains("Vraag 7 van 12 · vaste stappen of eigen oordeel")
    );
}
