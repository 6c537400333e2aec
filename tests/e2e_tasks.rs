//! End to end, Jouw taken (issue 20): a baliemedewerker describes the work
//! with five tasks (one own, one the core) in the real binary at 80x24,
//! and the plan's position, arrow, task table and suggestions show on
//! screen, in `show` and in the export. tmux runs on Unix only.
#![cfg(unix)]

mod tmux_support;
use tmux_support::*;

use std::process::Command;

#[test]
fn a_baliemedewerker_places_the_work_by_five_tasks_and_plans_from_them() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start(&shell(dir.path(), "--dir ."));
    t.wait_for("Nieuw plan maken");
    t.keys(&["Enter"]);
    t.wait_for("Wat is je naam?");
    t.text("Fatima");
    t.keys(&["Tab"]);
    t.text("balie");
    t.wait_for("↳ Baliemedewerker");
    t.keys(&["Down", "Enter", "Tab", "Tab", "Enter", "Enter"]);
    t.wait_for("Vraag 1 van 12");
    for (i, answer) in ["2", "2", "1", "2", "3", "3", "1", "1", "2", "1", "1", "1"]
        .iter()
        .enumerate()
    {
        t.wait_for(&format!("{i} van 12 beantwoord"));
        t.keys(&[answer]);
    }
    // Jouw taken: the examples of the job, the focus on the first.
    t.wait_for("Stap 3 van 8: Jouw taken");
    t.wait_for("›  + Aanvragen voor paspoort");
    // Four examples in a row (35, 10, 10 and 5 %).
    t.keys(&["Enter"]);
    t.wait_for("›  + Documenten uitreiken");
    t.keys(&["Enter"]);
    t.wait_for("›  + Aangifte van geboorte");
    t.keys(&["Enter"]);
    t.wait_for("›  + Verhuizingen verwerken");
    t.keys(&["Enter"]);
    t.wait_for("nog 40 % over");
    // An own task, placed by its two questions.
    t.keys(&["Down", "Down", "Down"]);
    t.wait_for("›  + Eigen taak toevoegen");
    t.keys(&["Enter"]);
    t.wait_for("Wat is de taak?");
    t.text("Inwoners helpen met de nieuwe app");
    t.keys(&["Enter"]);
    t.wait_for("Vraag 1 van 2");
    t.keys(&["4"]);
    t.wait_for("Vraag 2 van 2");
    t.keys(&["3"]);
    t.wait_for("Je taak staat in de lijst");
    // It takes the 40 % that was left, and it is the core of the work.
    t.keys(&["Right"; 8]);
    t.wait_for("verdeeld: 100 %");
    t.keys(&["k"]);
    t.wait_for("40 %  kern");
    // The first example was the core; now the own task is, and passports shrink.
    t.keys(&["Up", "Up", "Up", "Up", "k", "-"]);
    t.wait_for("− minder");
    // Enter on a task says how to go on; Tab shows the week in two years.
    t.keys(&["Enter"]);
    t.wait_for("Ga met ↓ naar");
    t.keys(&["Tab"]);
    t.wait_for("Jouw week over twee jaar");
    // In two years: passports from 35 to 15 %, the app from 40 to 60 %.
    t.keys(&["Left"; 4]);
    t.wait_for("nog 20 % over");
    t.keys(&["Down", "Down", "Down", "Down"]);
    t.keys(&["Right"; 4]);
    t.wait_for("verdeeld: 100 %");
    let screen = t.wait_for("Jouw werk over twee jaar:");
    assert!(screen.contains("Jouw werk nu:"), "{screen}");
    t.keys(&["Down"; 9]);
    t.wait_for("›  → Verder naar Jouw plek");
    t.keys(&["Enter"]);

    // Jouw plek: the questionnaire gave the point; M takes the tasks'.
    t.wait_for("Stap 4 van 8: Jouw plek");
    t.wait_for("het best bij je werk? Met M");
    t.keys(&["m"]);
    t.wait_for("Je plek komt nu uit je taken");
    let screen = t.wait_for("Jouw taken (de cijfers):");
    assert!(screen.contains('5'), "the task numbers:\n{screen}");
    // Further down the panel: where the work goes in two years.
    t.keys(&["PageDown"]);
    t.wait_for("◇ Over twee jaar:");
    t.keys(&["Enter"]);

    // Jouw richting starts with what the tasks show.
    t.wait_for("al aangevinkt wat je met je");
    t.keys(&["Enter"; 1]);
    t.keys(&["Tab"; 12]);
    t.keys(&["Enter"]);
    // Jouw plan: the growing task suggests learning for it in two years.
    t.wait_for("Wat ga je leren?");
    t.keys(&["Down", "Enter"]);
    t.wait_for("je doen met de tijd die vrijkomt?");
    t.wait_for("› + (informeel) Leren wat nodig is voor: Inwoners helpen met de");
    t.keys(&["Enter"]);
    t.wait_for("toegevoegd");
    t.keys(&["Escape", "Down", "Down", "Enter"]);
    t.wait_for("Wie is je leidinggevende?");
    t.keys(&["Tab", "Tab", "Tab", "Enter"]);
    let screen = t.wait_for("Plan opslaan als klaar");
    assert!(
        screen.contains("Taken:    5 taken, de plek komt uit je taken"),
        "{screen}"
    );
    t.keys(&["Enter"]);
    t.wait_for("Opgeslagen (klaar)");
    t.keys(&["C-q"]);
    t.wait_for("KLAAR status=0");
    drop(t);

    let file = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "toml"))
        .unwrap();
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("methode = \"taken\""), "{saved}");
    assert_eq!(saved.matches("[[taken]]").count(), 5, "{saved}");
    assert!(saved.contains("bron = \"eigen\""));
    assert!(
        saved.contains("tekst = \"Leren wat nodig is voor: Inwoners helpen met de nieuwe app\""),
        "the suggestion from the growing task: {saved}"
    );
    assert!(
        saved.contains("baangereedschap = [\"job-crafting\"]"),
        "the tool the shares show: {saved}"
    );
    let show = Command::new(BIN).arg("show").arg(&file).output().unwrap();
    let show = String::from_utf8(show.stdout).unwrap();
    // Wrapped to the width: compare the words.
    let flat = show.split_whitespace().collect::<Vec<_>>().join(" ");
    for want in [
        "Mijn taken",
        "5. Inwoners helpen met de nieuwe app (nu 40 %, over twee jaar 60 %, kern)",
        "Over twee jaar:",
    ] {
        assert!(flat.contains(want), "{want:?} not in:\n{show}");
    }
    let html = dir.path().join("plan.html");
    let out = Command::new(BIN)
        .args(["export", "--format", "html", "-o"])
        .arg(&html)
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains(r#"<table class="tasks">"#));
    assert!(page.contains("marker-end=\"url(#pijl)\""), "the arrow");
    assert!(page.contains("1 tot 9: jouw taken"));
}
