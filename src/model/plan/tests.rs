//! Tests of the plan model: validation and what klaar needs.

use super::*;

/// The questionnaire items these tests may answer.
const QUESTIONS: &[&str] = &["s1", "s2", "c1", "c2"];

fn fields(problems: &[Problem]) -> Vec<&str> {
    problems.iter().map(|p| p.field.as_str()).collect()
}

#[test]
fn an_empty_concept_is_valid() {
    assert_eq!(Plan::default().validate(QUESTIONS), vec![]);
}

#[test]
fn a_klaar_plan_names_every_missing_field() {
    let plan = Plan {
        status: Status::Klaar,
        ..Plan::default()
    };
    assert_eq!(
        fields(&plan.validate(QUESTIONS)),
        vec![
            "medewerker.functie",
            "positie.soort_werk",
            "positie.methode",
            "positie.sociaal",
            "positie.creativiteit",
            "richting.keuze",
        ]
    );
}

#[test]
fn ranges_are_checked_with_the_field_named() {
    let mut plan = Plan::default();
    plan.positie.sociaal = Some(11.0);
    plan.positie.creativiteit = Some(-1.0);
    plan.richting.digitaal_nu = Some(5);
    plan.richting.digitaal_over_twee_jaar = Some(-1);
    let problems = plan.validate(QUESTIONS);
    assert_eq!(
        fields(&problems),
        vec![
            "positie.sociaal",
            "positie.creativiteit",
            "richting.digitaal_nu",
            "richting.digitaal_over_twee_jaar",
        ]
    );
    assert_eq!(
        problems[0].message,
        "moet van 0 tot en met 10 zijn, maar is 11"
    );
}

#[test]
fn answers_need_the_questionnaire_known_items_and_1_to_5() {
    let mut plan = Plan::default();
    plan.positie.antwoorden = vec![("s1".into(), 6), ("x9".into(), 3), ("c1".into(), 2)];
    let problems = plan.validate(QUESTIONS);
    assert_eq!(
        fields(&problems),
        vec![
            "positie.antwoorden",
            "positie.antwoorden.s1",
            "positie.antwoorden.x9"
        ]
    );
    plan.positie.methode = Some(Methode::Vragenlijst);
    assert_eq!(plan.validate(QUESTIONS).len(), 2);
}

#[test]
fn an_unknown_answer_lists_the_known_questions_in_order() {
    let mut plan = Plan::default();
    plan.positie.methode = Some(Methode::Vragenlijst);
    plan.positie.antwoorden = vec![("x9".into(), 3)];
    assert_eq!(
        plan.validate(QUESTIONS)[0].message,
        "onbekende vraag; bestaande vragen zijn s1, s2, c1, c2"
    );
}

#[test]
fn empty_action_text_and_double_tools_are_refused() {
    let mut plan = Plan::default();
    plan.acties.push(Actie {
        termijn: Termijn::Nu,
        soort: Soort::Digitaal,
        tekst: "  ".into(),
        vorm: None,
        klaar: false,
        streefdatum: None,
    });
    plan.richting.baangereedschap = vec![Baangereedschap::JobCrafting; 2];
    assert_eq!(
        fields(&plan.validate(QUESTIONS)),
        vec!["richting.baangereedschap", "acties[1].tekst"]
    );
}

#[test]
fn cells_hold_only_their_own_actions() {
    let mut plan = Plan::default();
    for (termijn, soort) in [
        (Termijn::Nu, Soort::Digitaal),
        (Termijn::OverTweeJaar, Soort::Digitaal),
        (Termijn::Nu, Soort::Digitaal),
    ] {
        plan.acties.push(Actie {
            termijn,
            soort,
            tekst: "x".into(),
            vorm: Some(Vorm::Formeel),
            klaar: false,
            streefdatum: None,
        });
    }
    assert_eq!(plan.cell(Termijn::Nu, Soort::Digitaal).count(), 2);
    assert_eq!(plan.cell(Termijn::Nu, Soort::SoftSkills).count(), 0);
}

#[test]
fn an_own_action_that_names_a_course_is_formal_learning() {
    for formal in [
        "Cursus Copilot",
        "Een taalcursus volgen",
        "Training klantcontact",
        "HBO-opleiding",
        "E-learning privacy",
    ] {
        assert_eq!(Vorm::of_own_text(formal), Vorm::Formeel, "{formal}");
    }
    for informal in [
        "Meelopen met een collega",
        "Boek lezen over AI",
        "Project data",
    ] {
        assert_eq!(Vorm::of_own_text(informal), Vorm::Informeel, "{informal}");
    }
}
