use super::*;
use crate::tui::steps::testing::Harness;

#[test]
fn a_task_that_grows_suggests_learning_and_a_red_task_asks_about_the_time() {
    use crate::model::plan::{EIGEN, Kleur, Taak};
    let mut plan = Plan::default();
    for (tekst, nu, straks, kleur) in [
        ("Paspoorten uitgeven", 60, 30, Kleur::Rood),
        ("Inwoners helpen met de app", 40, 70, Kleur::Groen),
    ] {
        plan.taken.push(Taak {
            tekst: tekst.into(),
            procent_nu: nu,
            procent_straks: straks,
            kern: false,
            kleur,
            sociaal: 6.0,
            creativiteit: 3.0,
            bron: EIGEN.into(),
        });
    }
    let mut h = Harness::with_plan(PlanStep::default(), plan);
    // Down to "over twee jaar", the first column.
    h.keys(&["Down", "Enter"]);
    let rows = h.step.cell_rows(&h.plan, Catalog::active());
    assert!(
        matches!(&rows[0], CellRow::Suggestion(t, _) if t == "Leren wat nodig is voor: Inwoners helpen met de app"),
        "{rows:?}"
    );
    let shown = h.screen();
    assert!(
        shown.contains("\"Paspoorten uitgeven\" wordt minder"),
        "{shown}"
    );
    assert!(shown.contains("vrijkomt?"), "{shown}");
    // However long the task, the question wraps once, as a whole: no
    // line but the last holds one word (wrapped twice, it read "Wat ga / je / doen").
    for extra in 0..16 {
        let tekst = format!("Paspoorten{}", " en rijbewijzen".repeat(extra));
        h.plan.taken[0].tekst = tekst.clone();
        let shown = h.screen();
        let lines: Vec<&str> = shown.lines().map(str::trim).collect();
        let from = lines
            .iter()
            .position(|l| l.contains("\"Paspoorten"))
            .unwrap();
        let to = lines.iter().position(|l| l.contains("vrijkomt?")).unwrap();
        assert!(lines[from..to].iter().all(|l| l.contains(' ')), "{shown}");
        assert_eq!(
            lines[from..=to].join(" "),
            format!("\"{tekst}\" wordt minder. Wat ga je doen met de tijd die vrijkomt?")
        );
    }
}

#[test]
fn a_suggestion_and_an_own_action_land_in_the_focused_cell() {
    let mut h = Harness::new(PlanStep::default());
    assert!(h.screen().contains("Vakinhoudelijk"), "{}", h.screen());
    h.keys(&["Right", "Right", "Enter"]);
    assert!(h.step.cell.is_some());
    h.keys(&["Enter"]);
    assert_eq!(h.plan.acties.len(), 1);
    assert_eq!(h.plan.acties[0].soort, Soort::ALL[2]);
    assert_eq!(h.plan.acties[0].termijn, Termijn::ALL[0]);
    assert!(h.notice_text().contains("toegevoegd"));
    // Down to "+ Zelf een actie schrijven".
    let rows = h.step.cell_rows(&h.plan, Catalog::active()).len();
    for _ in 0..rows {
        h.keys(&["Down"]);
    }
    h.keys(&["Enter", "Cursus Copilot", "Enter"]);
    assert_eq!(h.plan.acties.len(), 2);
    let own = h
        .plan
        .acties
        .iter()
        .find(|a| a.tekst == "Cursus Copilot")
        .unwrap();
    assert_eq!(own.vorm, Some(Vorm::Formeel), "a course is formal learning");
    assert!(
        h.notice_text().contains("als formeel leren"),
        "{}",
        h.notice_text()
    );
    assert!(h.screen().contains("Cursus Copilot"), "{}", h.screen());
    h.assert_footer_is_honest();
}

#[test]
fn the_footer_offers_marks_only_on_an_action() {
    let mut h = Harness::new(PlanStep::default());
    h.keys(&["Enter"]);
    let hints = |h: &Harness<PlanStep>| {
        crate::tui::keys::hints(&crate::tui::keys::Mode::Step(h.step.keymap(&h.view())))
    };
    assert!(hints(&h).contains(&("Enter", "toevoegen")));
    assert!(!hints(&h).iter().any(|(key, _)| *key == "K"));
    h.assert_footer_is_honest();
    h.keys(&["Enter", "Up"]);
    assert!(hints(&h).contains(&("K", "klaar")));
    assert!(hints(&h).contains(&("Enter", "wijzigen")));
    h.assert_footer_is_honest();
}

#[test]
fn marks_change_and_deleting_asks_the_app_first() {
    let mut h = Harness::new(PlanStep::default());
    h.keys(&["Enter", "Enter", "Up", "k", "f"]);
    assert!(h.plan.acties[0].klaar);
    let vorm = h.plan.acties[0].vorm;
    h.keys(&["f"]);
    assert_ne!(h.plan.acties[0].vorm, vorm);
    h.keys(&["Del"]);
    assert_eq!(h.last, Outcome::Ask(DialogKind::DeleteAction(0)));
    h.answer(&DialogKind::DeleteAction(0), 1);
    assert_eq!(h.plan.acties.len(), 1, "kept on 'Nee'");
    h.answer(&DialogKind::DeleteAction(0), 0);
    assert!(h.plan.acties.is_empty());
}

#[test]
fn the_button_under_the_grid_moves_on_and_esc_goes_back() {
    let mut h = Harness::new(PlanStep::default());
    h.keys(&["Down", "Down", "Enter"]);
    assert_eq!(h.last, Outcome::Next);
    h.keys(&["Esc"]);
    assert_eq!(h.last, Outcome::Back);
}
