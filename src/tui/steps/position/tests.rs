//! Tests of the position step: the panel, paging, borders, the own job.
use super::*;
use crate::model::keyword::Keyword;
use crate::model::plan::Plan;
use crate::model::position::Quadrant;
use crate::tui::steps::testing::{Harness, TODAY};

fn placed(sociaal: f64, creativiteit: f64) -> Harness<PositionStep> {
    let mut plan = Plan::default();
    plan.positie.sociaal = Some(sociaal);
    plan.positie.creativiteit = Some(creativiteit);
    Harness::with_plan(PositionStep::default(), plan)
}

fn meaning_text(sociaal: f64, creativiteit: f64) -> String {
    meaning_text_of(&placed(sociaal, creativiteit).plan)
}

fn meaning_text_of(plan: &Plan) -> String {
    meaning_sections(plan, TODAY, Theme::new(false), JobTable::Gemeente)
        .iter()
        .flatten()
        .map(|(text, _)| text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn at_the_centre_the_panel_says_in_het_midden_with_all_four_changes() {
    // Before, "Soms" to everything gave 5.0 / 5.0 and a plain "Safe zone".
    let h = placed(5.0, 5.0);
    let screen = h.screen_at(80, 22);
    assert!(screen.contains("◆ Precies in het midden"), "{screen}");
    let text = meaning_text(5.0, 5.0);
    assert!(
        text.contains("Je werk ligt precies in het midden"),
        "{text}"
    );
    for q in Quadrant::ALL {
        assert!(text.contains(&format!("Bij {}:", q.label())), "{text}");
    }
    let near = meaning_text(5.5, 4.4);
    assert!(
        near.starts_with("◆ In het midden, het dichtst bij Regels en"),
        "{near}"
    );
    assert!(
        near.contains("Je werk ligt in het midden, dicht bij alle vier"),
        "{near}"
    );
}

#[test]
fn on_a_border_the_panel_names_both_quadrants_and_both_changes() {
    let text = meaning_text(2.0, 4.5);
    assert!(
        text.starts_with("◆ Vaste stappen (Danger zone)\n"),
        "{text}"
    );
    assert!(
        text.contains("Je werk ligt op de grens tussen Vaste stappen (Danger zone) en Eigen"),
        "{text}"
    );
    assert!(text.contains("Bij Vaste stappen (Danger zone): "), "{text}");
    assert!(text.contains("Bij Eigen oordeel (Slow creep): "), "{text}");
    let far = meaning_text(2.0, 2.0);
    assert!(!far.contains("Bij ") && !far.contains("grens"), "{far}");
}

#[test]
fn the_own_job_is_marked_and_a_different_quadrant_is_explained() {
    let mut h = placed(8.0, 7.0);
    h.plan.medewerker.functie = Some("Jobcoach".into());
    let screen = h.screen_at(80, 22);
    assert!(screen.contains("■ Jobcoach"), "{screen}");
    assert_eq!(
        screen.matches("Jobcoach").count(),
        2,
        "one mark, one note: {screen}"
    );
    let text = meaning_text_of(&h.plan);
    assert!(
        text.contains(
            "■ Jouw functie (Jobcoach) hoort volgens de lijst uit 2019 bij Regels en mensen"
        ),
        "{text}"
    );
    assert!(
        text.contains("meer eigen oordeel") && text.contains("geen fout"),
        "{text}"
    );
    // A function that is not in the list: no mark, no note.
    h.plan.medewerker.functie = Some("Kok".into());
    assert!(!h.screen_at(80, 22).contains('■'));
}

#[test]
fn paging_shows_every_line_of_the_panel_and_stops_at_the_end() {
    // A long panel: a border, the own job, both directions of change; in
    // terminals of several sizes (the panel's width differs with each).
    for (columns, rows) in [(80, 24), (100, 30), (120, 40)] {
        let mut h = placed(2.0, 4.5);
        h.plan.medewerker.functie = Some("Onderzoeker".into());
        h.size = (columns, rows);
        // The body as the session draws it, with a one-line notice.
        let (width, height) = (columns - 2, rows - 4);
        let inner = usize::from(side_width(width)) - 4;
        let lines: Vec<String> = h
            .step
            .panel_lines(&h.plan, TODAY, Theme::new(false), inner)
            .iter()
            .map(|l| l.to_string().trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        let mut seen = Vec::new();
        let mut pages = 0;
        loop {
            let screen = h.screen_at(width, height);
            seen.push(screen.clone());
            if !screen.contains("▼ PgDn") {
                break;
            }
            assert!(h.footer().contains("PgDn"), "{}", h.footer());
            h.send(Msg::PageDown);
            pages += 1;
            assert!(pages < 20, "{columns}x{rows}: PgDn never reaches the end");
        }
        assert!(pages >= 1, "{columns}x{rows}: the panel is long");
        for line in &lines {
            assert!(
                seen.iter().any(|s| s.contains(line.as_str())),
                "{columns}x{rows}: never shown: {line:?}"
            );
        }
        // At the end PgDn is no longer offered, and does nothing.
        assert!(!h.footer().contains("PgDn"), "{}", h.footer());
        let end = h.screen_at(width, height);
        h.send(Msg::PageDown);
        assert_eq!(h.screen_at(width, height), end);
        h.assert_footer_is_honest();
    }
}

#[test]
fn a_panel_that_fits_offers_no_paging() {
    let mut h = placed(8.0, 8.0);
    h.send(Msg::Why);
    let before = h.screen();
    assert!(!before.contains("▼ PgDn"), "{before}");
    assert!(!h.footer().contains("PgDn"), "{}", h.footer());
    h.send(Msg::PageDown);
    assert_eq!(h.screen(), before, "PgDn does not scroll a panel that fits");
}

#[test]
fn the_arrows_move_the_point_and_the_panel_follows() {
    let mut h = placed(3.0, 2.0);
    assert!(h.screen().contains("Danger zone"), "{}", h.screen());
    h.keys(&["Right", "Right", "Right", "Right", "S-Up"]);
    assert_eq!(h.plan.positie.sociaal, Some(5.0));
    assert_eq!(h.plan.positie.creativiteit, Some(2.1));
    assert!(h.screen().contains("Human veneer"), "{}", h.screen());
    h.assert_footer_is_honest();
    assert!(
        !h.step.keymap(&h.view()).wheel,
        "the wheel never moves the point"
    );
}

#[test]
fn why_and_compare_switch_the_panel_and_the_jobs() {
    let mut h = placed(3.0, 2.0);
    h.keys(&["w"]);
    assert!(h.screen().contains("Waarom hier?"));
    assert!(h.screen().contains("komt niet uit de"), "{}", h.screen());
    h.keys(&["v"]);
    assert_eq!(h.step.shown_table(None), JobTable::Cognitief);
    h.keys(&["Enter"]);
    assert_eq!(h.last, Outcome::Next);
}

#[test]
fn esc_closes_what_is_open_beside_the_chart_before_it_goes_back() {
    let mut h = placed(3.0, 2.0);
    h.keys(&["w", "Esc"]);
    assert!(!h.step.why);
    assert_eq!(h.last, Outcome::Stay);
    assert!(!h.screen().contains("Waarom hier?"), "{}", h.screen());
    h.keys(&["Tab", "Esc"]);
    assert_eq!(h.step.job, None);
    assert_eq!(h.last, Outcome::Stay);
    h.keys(&["Esc"]);
    assert_eq!(h.last, Outcome::Back);
}

#[test]
fn the_panel_says_it_is_a_first_picture_and_shows_a_way_forward() {
    let mut h = placed(3.0, 2.0);
    let first = h.screen();
    assert!(first.contains("Vaste stappen (Danger zone)"), "{first}");
    assert!(first.contains("Dit is een eerste beeld"), "{first}");
    assert!(first.contains("oordeel over jou"), "{first}");
    assert!(first.contains("Mensenwerk: 3,0 van 10"), "{first}");
    assert!(first.contains("▼ PgDn"), "more to read: {first}");
    assert!(
        !first.contains("JIJ") && !first.contains("DANGER ZONE"),
        "{first}"
    );
    // The panel holds the way forward, the feelings sentence and the
    // source of the jobs; PgDn reads on to them.
    let text: String = h
        .step
        .sections(&h.plan, TODAY, Theme::new(false))
        .iter()
        .flatten()
        .map(|(t, _)| format!("{t}\n"))
        .collect();
    let danger = Catalog::active().quadrant(crate::model::position::Quadrant::DangerZone);
    for must in [
        "Zo kun je verder:",
        danger.perspectief.as_str(),
        FEELINGS,
        JOBS_NOTE,
    ] {
        assert!(text.contains(must), "{must} not in\n{text}");
    }
    let mut seen = String::new();
    for _ in 0..6 {
        h.send(Msg::PageDown);
        seen.push_str(&h.screen());
    }
    assert!(seen.contains("Zo kun je verder:"), "{seen}");
    assert!(h.screen().contains("▲ PgUp"));
    for _ in 0..6 {
        h.send(Msg::PageUp);
    }
    assert_eq!(h.step.scroll, 0);
    h.assert_footer_is_honest();
}

#[test]
fn without_a_point_it_says_what_to_do_first() {
    let mut h = Harness::new(PositionStep::default());
    h.keys(&["Enter", "Left"]);
    assert_eq!(h.last, Outcome::Stay);
    assert!(h.notice_text().contains("nog geen"));
    assert!(h.screen().contains("Er is nog geen plek"));
}

#[test]
fn tab_steps_through_the_dots_and_the_panel_names_each_one() {
    // Issue #9: every reference job on the chart can be identified.
    let mut h = placed(2.0, 2.0);
    let jobs: Vec<String> = h
        .step
        .shown_jobs(&h.plan, Catalog::active())
        .iter()
        .map(|j| j.naam.clone())
        .collect();
    assert_eq!(jobs.len(), 21);
    let screen = h.screen_at(78, 20);
    assert!(screen.contains("Tab: wie is wie?"), "{screen}");
    let mut named = Vec::new();
    for _ in 0..jobs.len() {
        h.send(Msg::NextField);
        let screen = h.screen_at(78, 20);
        let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(screen.contains('●'), "the focused dot is drawn:\n{screen}");
        let name = &jobs[h.step.job.unwrap()];
        assert!(
            flat.contains(&format!("● {}", name.split_whitespace().next().unwrap())),
            "{name}:\n{screen}"
        );
        named.push(name.clone());
    }
    assert_eq!(named, jobs, "each dot once, nearest first");
    // Past the last: none focused again; Shift-Tab goes to the last.
    h.send(Msg::NextField);
    assert_eq!(h.step.job, None);
    h.send(Msg::PrevField);
    assert_eq!(h.step.job, Some(jobs.len() - 1));
    h.assert_footer_is_honest();
}

#[test]
fn an_earlier_date_shows_as_a_triangle_with_an_arrow_and_one_sentence() {
    use crate::model::plan::{Methode, Moment};
    use crate::report::history::parse_day;
    let mut h = placed(6.5, 3.0);
    // Day 1 of the workshop, four weeks before TODAY.
    let mut day_one = parse_day(TODAY).unwrap();
    day_one.month -= 1;
    h.plan.geschiedenis.push(Moment {
        datum: day_one,
        methode: Some(Methode::Vragenlijst),
        sociaal: 2.5,
        creativiteit: 3.0,
        digitaal_nu: Some(1),
    });
    // Today's own entry is not "earlier".
    h.plan.geschiedenis.push(Moment {
        datum: parse_day(TODAY).unwrap(),
        methode: Some(Methode::Vragenlijst),
        sociaal: 6.5,
        creativiteit: 3.0,
        digitaal_nu: Some(1),
    });
    let screen = h.screen_at(80, 22);
    assert!(screen.contains("△"), "{screen}");
    assert!(screen.contains("eerder"), "{screen}");
    assert!(screen.contains("→"), "an arrow from then to now:\n{screen}");
    let text = meaning_text_of(&h.plan);
    assert!(text.contains("△ Eerder\nSinds 23 oktober 2026: "), "{text}");
    assert!(
        text.contains("mensenwerk ging van 2,5 naar 6,5, eigen oordeel bleef 3,0"),
        "{text}"
    );
    assert!(
        text.contains("nu bij Regels en mensen (Human veneer)"),
        "{text}"
    );
    // Only today's entry: nothing earlier to show.
    h.plan.geschiedenis.remove(0);
    assert!(!h.screen_at(80, 22).contains("△"));
}

/// "Waarom hier?" for a point from the tasks names the tasks that set each
/// axis (a new user found only "Deze plek komt niet uit de vragen").
#[test]
fn why_here_for_tasks_names_the_tasks_that_set_the_point() {
    use crate::model::plan::{Kleur, Taak, Week};
    let task = |tekst: &str, share: i64, kern: bool, s: f64, c: f64| Taak {
        tekst: tekst.into(),
        procent_nu: share,
        procent_straks: share,
        kern,
        kleur: Kleur::Geen,
        sociaal: s,
        creativiteit: c,
        bron: "eigen".into(),
    };
    let mut plan = Plan {
        taken: vec![
            task("Aanvragen opnemen", 50, true, 2.5, 1.5),
            task("Boze inwoners uitleggen", 20, false, 6.5, 3.0),
            task("Post verwerken", 30, false, 0.5, 1.0),
        ],
        ..Plan::default()
    };
    plan.positie.methode = Some(Methode::Taken);
    plan.positie
        .set_point(crate::model::tasks::point(&plan.taken, Week::Nu));
    let text: Vec<String> = why_sections(&plan, Theme::new(false))
        .into_iter()
        .flatten()
        .map(|(t, _)| t)
        .collect();
    let at = |needle: &str| text.iter().position(|t| t.contains(needle));
    assert!(at("Deze plek komt uit je taken.").is_some(), "{text:#?}");
    // The weighted week is 150; its most social third (50) is the talks
    // (20) and 30 of the core task.
    let contact = at("Komt van je taken met het meeste contact").unwrap();
    let other = at("Deze wegen het zwaarst").unwrap();
    assert_eq!(text[contact + 1], "• 2 Boze inwoners uitleggen (6,5)");
    assert_eq!(text[contact + 2], "• 1 Aanvragen opnemen (2,5)");
    assert_eq!(
        contact + 3,
        other - 1,
        "the post is not in the contact part"
    );
    assert_eq!(
        text[other + 1],
        "• 1 Aanvragen opnemen (1,5; de kern, telt dubbel)"
    );
    assert_eq!(text[other + 2], "• 3 Post verwerken (1,0)");
    // F1 says what the numbers on the chart are.
    let h = Harness::with_plan(PositionStep::default(), plan);
    let help = h.step.help(&h.view());
    assert!(help.contains("De cijfers zijn je taken"), "{help}");
    assert!(!help.contains("○ is de plek"), "no other point: {help}");
    assert!(!help.contains('◇'), "the same week in two years: {help}");
}
