//! Issue #12, point 4: one person's plan saved on three workshop days keeps
//! where the work stood each day; "Jouw plek", `show` and the manager's copy
//! show it, and the arrow goes from the last earlier day to today.

mod support;

use std::fs;
use std::path::Path;

use kwadrant::model::Catalog;
use kwadrant::model::plan::Plan;
use kwadrant::model::position::Position;
use kwadrant::plan_file;
use kwadrant::report;
use kwadrant::tui::app::{App, Step};
use kwadrant::tui::{FixedClock, run_loop};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::{keys, screen};

/// Opens the plan at `file` on `day` with the point at `point` (as the
/// questionnaire would have put it that day), saves with Ctrl-S, and
/// returns the screen of "Jouw plek" after the save.
fn workshop_day(dir: &Path, file: &Path, day: &str, point: (f64, f64)) -> String {
    let plan = plan_file::load(file).unwrap();
    let mut app = App::new(dir.to_path_buf(), day.into(), (80, 24), true);
    app.open(plan, file.to_path_buf());
    app.plan
        .positie
        .set_point(Some(Position::new(point.0, point.1).unwrap()));
    let clock = FixedClock(format!("{day}T10:00:00+01:00").parse().unwrap());
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    // "Jouw plek", then save.
    app.step = Step::Position;
    let events = keys(&["C-s"]);
    run_loop(&mut terminal, &mut events.into_iter(), &mut app, &clock).unwrap();
    assert!(!app.dirty(), "saved");
    assert_eq!(app.step, Step::Position, "{}", screen(&terminal));
    screen(&terminal)
}

fn history_of(file: &Path) -> Plan {
    plan_file::load(file).unwrap()
}

#[test]
fn three_days_of_one_plan_keep_three_points_and_show_the_way_from_the_last() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("groeiplan-sanne.toml");
    fs::copy("tests/fixtures/volledig.toml", &file).unwrap();

    let first = workshop_day(dir.path(), &file, "2026-10-26", (3.5, 2.0));
    assert!(!first.contains("△"), "nothing earlier on day 1:\n{first}");
    workshop_day(dir.path(), &file, "2026-11-23", (4.5, 3.0));
    // Saved twice on day 3: the day keeps its last save only.
    workshop_day(dir.path(), &file, "2026-12-21", (5.0, 3.0));
    let third = workshop_day(dir.path(), &file, "2026-12-21", (6.5, 3.5));

    let plan = history_of(&file);
    let days: Vec<(u8, f64)> = plan
        .geschiedenis
        .iter()
        .map(|m| (m.datum.month, m.sociaal))
        .collect();
    assert_eq!(days, [(10, 3.5), (11, 4.5), (12, 6.5)]);
    let text = fs::read_to_string(&file).unwrap();
    assert_eq!(text.matches("[[geschiedenis]]").count(), 3);
    assert!(text.contains("datum = 2026-10-26\nmethode = \"vragenlijst\"\nsociaal = 3.5"));

    // Jouw plek on day 3: the point of day 2 as △, an arrow, one sentence.
    assert!(third.contains("△"), "{third}");
    assert!(third.contains("eerder"), "{third}");
    assert!(third.contains("Sinds 23 november 2026:"), "{third}");

    // show: all three days, each score named, and what moved since day 2.
    let shown = report::text::show(&plan, Catalog::embedded());
    let eerder = &shown[shown.find("\nEerder\n").expect("a history part")..];
    let eerder = eerder.split_whitespace().collect::<Vec<_>>().join(" ");
    for line in [
        "26 oktober 2026: mensenwerk 3,5 en eigen oordeel 2,0, Vaste stappen (Danger zone); gevonden met de vragenlijst; digitaal niveau 1",
        "23 november 2026: mensenwerk 4,5 en eigen oordeel 3,0, Vaste stappen (Danger zone);",
        "21 december 2026: mensenwerk 6,5 en eigen oordeel 3,5, Regels en mensen (Human veneer);",
    ] {
        assert!(eerder.contains(line), "{line} in\n{eerder}");
    }
    assert!(
        eerder.contains("Sinds 23 november 2026: mensenwerk ging van 4,5 naar 6,5"),
        "{eerder}"
    );
    // On a later day, show compares with the last day before it, as the screen does.
    let later = report::text::show_on(
        &plan,
        Catalog::embedded(),
        report::history::parse_day("2027-01-18"),
    );
    assert!(
        later.contains("Op 21 december 2026 stond je werk op dezelfde plek als nu."),
        "{later}"
    );

    // The manager's copy: the same table.
    let md = report::export_markdown(&plan, Catalog::embedded());
    assert!(md.contains("## Eerder"), "{md}");
    assert!(
        md.contains(
            "| Datum | Mensenwerk / eigen oordeel | Kwadrant | Hoe gevonden | Digitaal niveau |"
        ) && md.contains(
            "| 26 oktober 2026 | 3,5 / 2,0 | Vaste stappen (Danger zone) | de vragenlijst | 1 |"
        ),
        "{md}"
    );
    let html = report::export_html(&plan, Catalog::embedded());
    assert!(html.contains("<td>21 december 2026</td>"), "{html}");
    // The chart: the point of day 2 as a hollow triangle with an arrow to now.
    assert!(html.contains("△ jouw werk op 23 november 2026, met een pijl naar nu"));
    assert!(html.contains("marker-end=\"url(#pijl-eerder)\""));
}
