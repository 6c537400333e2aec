//! End to end, the plan's history (issue 12): one person's plan opened and
//! saved in the real binary at 80x24 on three workshop days a month apart
//! (the date set with faketime), then "Jouw plek" on day 3 shows the point
//! of day 2 as △ with an arrow and a sentence, and `show` lists all three.
//! Needs tmux and faketime; .ci/run installs them. Unix only.
#![cfg(unix)]

mod tmux_support;
use tmux_support::*;

use std::process::Command;

/// Opens the plan on `day`, goes to "Jouw plek", moves the point one step
/// to the right, saves and stops; returns "Jouw plek" as it was after the move.
fn workshop_day(dir: &std::path::Path, day: &str) -> String {
    let command = format!(
        "cd '{}' && faketime '{day} 10:00:00' {BIN} open plan.toml; echo \"KLAAR status=$?\"; sleep 600",
        dir.display()
    );
    let t = Tmux::start(&command);
    t.wait_for("Stap 6 van 8: Jouw plan");
    t.keys(&["Escape", "Escape"]);
    t.wait_for("Stap 4 van 8: Jouw plek");
    t.keys(&["Right"]);
    t.wait_for("Met de hand bijgesteld");
    let place = t.settled();
    t.keys(&["C-s"]);
    t.wait_for("Opgeslagen");
    t.keys(&["C-q"]);
    t.wait_for("KLAAR status=0");
    // What the file holds is what the screen showed: the point, and today's entry.
    let shown = |label: &str| {
        let line = place.lines().find(|l| l.contains(label)).unwrap();
        let value = line
            .split(label)
            .nth(1)
            .unwrap()
            .split(" van")
            .next()
            .unwrap();
        value.trim().replace(',', ".").parse::<f64>().unwrap()
    };
    let plan = kwadrant::plan_file::load(&dir.join("plan.toml")).unwrap();
    let point = plan.positie.position().unwrap();
    assert_eq!(point.sociaal, shown("Mensenwerk: "), "{place}");
    assert_eq!(point.creativiteit, shown("Eigen oordeel: "), "{place}");
    let today = plan.geschiedenis.last().unwrap();
    assert_eq!(
        (today.sociaal, today.creativiteit),
        (point.sociaal, point.creativiteit)
    );
    assert_eq!(today.datum.to_string(), day);
    place
}

#[test]
fn three_workshop_days_show_the_way_from_the_last_one_in_the_real_terminal() {
    if !have_tmux() || !have_faketime() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy("tests/fixtures/volledig.toml", dir.path().join("plan.toml")).unwrap();
    let first = workshop_day(dir.path(), "2026-10-26");
    assert!(!first.contains("△"), "nothing earlier on day 1:\n{first}");
    workshop_day(dir.path(), "2026-11-23");
    let third = workshop_day(dir.path(), "2026-12-21");
    // On the chart (its word beside it) and in the panel.
    assert!(
        third.contains("eerder △") || third.contains("△ eerder"),
        "{third}"
    );
    assert!(third.contains("△ Eerder"), "{third}");
    assert!(third.contains("Sinds 23 november 2026:"), "{third}");
    assert!(third.lines().all(|l| l.chars().count() <= 80));

    let shown = Command::new(BIN)
        .args(["show", "plan.toml"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let shown = String::from_utf8(shown.stdout).unwrap();
    for day in [
        "26 oktober 2026: ",
        "23 november 2026: ",
        "21 december 2026: ",
    ] {
        assert!(shown.contains(day), "{day} in\n{shown}");
    }
    let file = std::fs::read_to_string(dir.path().join("plan.toml")).unwrap();
    assert_eq!(file.matches("[[geschiedenis]]").count(), 3, "{file}");
}
