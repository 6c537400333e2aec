//! End to end, after the conversation (issue 19): the real binary at 80x24
//! opens a `klaar` plan, records a conversation (two agreed actions, one
//! further agreement, 4 hours a month, paid by the employer, a next date),
//! fixes it and saves; afterwards the record cannot be changed except its
//! done mark, and `show`, both exports and `check` say what the screen
//! showed. The dates are set with faketime. Needs tmux and faketime; .ci/run
//! installs them. Unix only.
#![cfg(unix)]

mod tmux_support;
use tmux_support::*;

use std::path::Path;
use std::process::Command;

/// kwadrant with `args` in `dir` on `day`: (status, stdout, stderr).
fn kwadrant_on(dir: &Path, day: &str, args: &[&str]) -> (i32, String, String) {
    let out = Command::new("faketime")
        .arg(format!("{day} 10:00:00"))
        .arg(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_conversation_is_recorded_fixed_and_agrees_everywhere() {
    if !have_tmux() || !have_faketime() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::copy("tests/fixtures/volledig.toml", &plan).unwrap();
    let command = format!(
        "cd '{}' && faketime '2027-01-20 10:00:00' {BIN} open plan.toml; echo \"KLAAR status=$?\"; sleep 600",
        dir.path().display()
    );
    let t = Tmux::start(&command);
    t.wait_for("Stap 6 van 8: Jouw plan");
    // Verder, Verder: the summary, then its button for after the conversation.
    t.keys(&["Down", "Down", "Enter"]);
    t.wait_for("Stap 7 van 8: Het gesprek");
    t.keys(&["Tab", "Tab", "Tab", "Enter"]);
    t.wait_for("[ Na het gesprek: wat jullie afspraken ]");
    t.keys(&["8"]);
    t.wait_for("kwadrant · Na het gesprek");

    t.text("15-01-2027");
    t.keys(&["Tab"]);
    t.wait_for("› [ ] Excel geavanceerd toepassen");
    t.keys(&["Space", "Down", "Space"]);
    t.wait_for("[x] Training klantgericht werken");
    t.keys(&["Tab"]);
    t.text("01-03-2027");
    t.keys(&["Tab"]);
    t.text("01-06-2027");
    t.keys(&["Tab"]);
    t.text("Karin zoekt een cursus uit");
    t.wait_for("Afspraak 1: wat spreken jullie af?");
    t.keys(&["Tab", "Down", "Space"]);
    t.wait_for("(•) Mijn leidinggevende");
    t.keys(&["Tab"]);
    t.text("01-02-2027");
    // Past the empty second agreement to the hours.
    t.keys(&["Tab", "Tab"]);
    t.wait_for("› typ hier");
    t.text("4");
    t.keys(&["Tab", "Tab", "Tab", "Space"]);
    t.wait_for("(•) De werkgever");
    t.keys(&["Tab", "Tab", "Tab"]);
    t.text("15-04-2027");
    t.keys(&["Tab", "Tab", "Tab"]);
    t.wait_for("› [ Vastleggen: we zijn het eens ]");
    let before = std::fs::read_to_string(&plan).unwrap();
    assert!(
        !before.contains("[[verslag]]"),
        "nothing saved before fixing"
    );
    t.keys(&["Enter"]);
    t.wait_for("Zijn jullie het allebei eens?");
    t.keys(&["Enter"]);
    t.wait_for("Opgeslagen (klaar)");
    let fixed = t.wait_for("Jullie gesprek van 15 januari 2027 is vastgelegd");
    for shown in [
        "15-01-2027",
        "• Excel geavanceerd toepassen (uiterlijk",
        "• Training klantgericht werken (uiterlijk",
        "Karin zoekt een cursus uit",
        "Mijn leidinggevende",
    ] {
        assert!(fixed.contains(shown), "{shown}:\n{fixed}");
    }
    let saved = std::fs::read_to_string(&plan).unwrap();

    // Fixed: typing changes nothing and says why; only the done mark ticks.
    t.text("9");
    t.wait_for("Dit gesprek is vastgelegd en blijft zoals het is.");
    t.keys(&["Tab", "Tab", "Tab", "Tab", "Tab"]);
    t.wait_for("› [ ] Gedaan");
    t.keys(&["Space"]);
    t.wait_for("› [x] Gedaan");
    t.keys(&["C-s"]);
    t.wait_for("Opgeslagen");
    t.keys(&["C-q"]);
    t.wait_for("KLAAR status=0");
    let after = std::fs::read_to_string(&plan).unwrap();
    // The last line of the file is the agreement's done mark.
    // (The time of the save moves on with the clock.)
    let (head, tail) = saved.rsplit_once("klaar = false").expect(&saved);
    let timeless = |text: &str| {
        text.lines()
            .filter(|l| !l.starts_with("gewijzigd = "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        timeless(&after),
        timeless(&format!("{head}klaar = true{tail}")),
        "only the done mark changed"
    );

    // The file says what the screen showed.
    let record = after.split("[[verslag]]").nth(1).expect(&after);
    for line in [
        "datum = 2027-01-15",
        "acties = [\"Excel geavanceerd toepassen\", \"Training klantgericht werken\"]",
        "uren_per_maand = 4",
        "kosten_door = \"werkgever\"",
        "volgende_gesprek = 2027-04-15",
        "vastgelegd = true",
        "wat = \"Karin zoekt een cursus uit\"",
        "wie = \"leidinggevende\"",
        "wanneer = 2027-02-01",
        "klaar = true",
    ] {
        assert!(record.contains(line), "{line}:\n{record}");
    }
    assert!(after.contains("streefdatum = 2027-03-01"));
    assert!(after.contains("streefdatum = 2027-06-01"));

    let (status, out, err) = kwadrant_on(dir.path(), "2027-05-01", &["check", "plan.toml"]);
    assert_eq!((status, out.trim(), err.as_str()), (0, "plan.toml: ok", ""));
    // `show` after the next date: the record, and the kind sentence.
    let (status, show, _) = kwadrant_on(dir.path(), "2027-05-01", &["show", "plan.toml"]);
    assert_eq!(status, 0);
    let show_flat = show.split_whitespace().collect::<Vec<_>>().join(" ");
    for must in [
        "Besproken: ja, met de leidinggevende",
        "Gesprek gehouden op: 15 januari 2027",
        "Tijd om te leren: 4 uur per maand",
        "de werkgever",
        "Volgende gesprek: 15 april 2027",
        "Excel geavanceerd toepassen (ik, 1 maart 2027",
        "Karin zoekt een cursus uit (mijn leidinggevende, 1 februari 2027, klaar)",
        "Jullie wilden op 15 april 2027 weer praten.",
    ] {
        assert!(show_flat.contains(must), "{must}:\n{show}");
    }
    // Both exports hold the same record.
    for format in ["md", "html"] {
        let (status, page, _) = kwadrant_on(
            dir.path(),
            "2027-05-01",
            &["export", "plan.toml", "--format", format],
        );
        assert_eq!(status, 0);
        let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
        for must in [
            "Wat we hebben afgesproken",
            "15 januari 2027",
            "4 uur per maand",
            "Karin zoekt een cursus uit",
            "15 april 2027",
        ] {
            assert!(flat.contains(must), "{format}: {must}");
        }
    }
}
