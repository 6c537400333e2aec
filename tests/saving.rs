//! Issue #16: when part of saving fails, the person is told exactly what is
//! safe and what is not, in Dutch, and nothing typed is lost.

mod support;

use std::fs;

use kwadrant::plan_file;
use kwadrant::tui::app::{Notice, Step};
use support::*;

#[test]
fn a_failed_export_after_a_save_still_says_the_plan_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, file) = opened_app(dir.path());
    // Something is in the way of the printout: a folder with its name.
    fs::create_dir(file.with_extension("html")).unwrap();
    drive(
        &mut app,
        &["Down", "Down", "Enter", "Tab", "Tab", "Tab", "Enter"],
    );
    assert_eq!(app.step, Step::Save);
    let term = drive(&mut app, &["Down", "Enter"]);
    let Some(Notice::Error(text)) = &app.notice else {
        panic!("{:?}", app.notice);
    };
    assert!(
        text.starts_with(
            "Plan opgeslagen. De pagina voor je leidinggevende kon niet worden gemaakt"
        ),
        "{text}"
    );
    assert!(!app.dirty());
    assert_eq!(plan_file::load(&file).unwrap(), app.current_plan());
    // The whole message, reason and advice, can be read at 80x24.
    let shown = screen(&term)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(shown.contains("Plan opgeslagen."), "{shown}");
    assert!(
        shown.contains("er staat al een map met die naam. Kies een andere naam."),
        "{shown}"
    );
}

#[test]
fn the_file_in_the_way_of_a_new_plan_is_described_without_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let name = "groeiplan-sanne-de-vries-2026-11-23.toml";
    // Someone else's plan already has the name this new plan would get.
    fs::copy("tests/fixtures/volledig.toml", dir.path().join(name)).unwrap();
    let mut app = new_app(dir.path());
    let term = drive(&mut app, &["Enter", "Sanne de Vries", "C-s"]);
    // The dialog keeps the long file name whole on its own line.
    let shown = screen(&term)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for part in [
        "Er is al een plan",
        "groeiplan-sanne-de-vries-2026-11-23.toml (klaar,",
        "opgeslagen op 23 november 2026, 14:40; niet in dit",
        "venster opgeslagen).",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    assert!(!shown.contains("Mooidorp"), "nothing from inside it");
    // The default keeps both: the new plan gets a free name.
    drive(&mut app, &["Enter"]);
    let free = dir
        .path()
        .join("groeiplan-sanne-de-vries-2026-11-23-2.toml");
    assert_eq!(app.file.as_deref(), Some(free.as_path()));
    assert!(app.written.contains(&free));
    assert_eq!(
        plan_file::load(&dir.path().join(name)).unwrap(),
        plan_file::load(std::path::Path::new("tests/fixtures/volledig.toml")).unwrap()
    );
}

/// A folder mounted for one test (a read-only bind mount, a tiny tmpfs),
/// unmounted when dropped. `None` where mounting is refused (not root, no
/// mount namespace): the test says on stderr that it skipped, and fails
/// instead when `CI` is set, since CI runs as root.
struct Mount {
    at: tempfile::TempDir,
}

impl Mount {
    fn new(args: &[&str], prepare: impl FnOnce(&std::path::Path)) -> Option<Mount> {
        let at = tempfile::tempdir().unwrap();
        let src = tempfile::tempdir().unwrap();
        prepare(src.path());
        let mut cmd = std::process::Command::new("mount");
        for a in args {
            cmd.arg(a.replace("SRC", &src.path().display().to_string()));
        }
        let ok = cmd
            .arg(at.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            assert!(
                std::env::var_os("CI").is_none(),
                "mount {args:?} is refused here, and CI must run this test"
            );
            skipped(&format!("mount {args:?} is refused on this machine"));
            return None;
        }
        // The source folder may go: a bind mount keeps what it shows.
        std::mem::forget(src);
        Some(Mount { at })
    }

    fn path(&self) -> &std::path::Path {
        self.at.path()
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.at.path())
            .status();
    }
}

/// Opens the plan in `folder`, types a change, saves; the save fails.
/// Returns the session and the screen with the dialog.
fn failed_save_in(
    folder: &std::path::Path,
) -> (kwadrant::tui::app::App, String, tempfile::TempDir) {
    let start = tempfile::tempdir().unwrap();
    let file = folder.join("plan.toml");
    let mut app = new_app(start.path());
    app.open(plan_file::load(&file).unwrap(), file);
    let term = drive(&mut app, &["Right", "Right", "Enter", "k", "C-s"]);
    (app, screen(&term), start)
}

/// The answer with this label in the open dialog, reached with Down and Enter.
fn choose(app: &mut kwadrant::tui::app::App, label: &str) {
    let options = app.dialog.as_ref().expect("a dialog").kind.options();
    let at = options.iter().position(|o| *o == label).expect(label);
    let mut keys = vec!["Down"; at];
    keys.push("Enter");
    drive(app, &keys);
}

fn saved_elsewhere(app: &kwadrant::tui::app::App, start: &std::path::Path) {
    assert!(
        app.dialog.is_none(),
        "{:?}",
        app.dialog.as_ref().map(|d| &d.kind)
    );
    let file = app.file.clone().unwrap();
    assert_eq!(file.parent(), Some(start));
    let kept = plan_file::load(&file).unwrap();
    assert!(
        kept.acties
            .iter()
            .any(|a| a.tekst.starts_with("Excel geavanceerd") && a.klaar),
        "the typed change is in the new file"
    );
    assert!(!app.dirty());
}

#[test]
fn a_read_only_folder_says_why_in_full_and_the_plan_goes_elsewhere() {
    let Some(ro) = Mount::new(&["--bind", "-o", "ro", "SRC"], |src| {
        fs::copy("tests/fixtures/volledig.toml", src.join("plan.toml")).unwrap();
    }) else {
        return;
    };
    let (mut app, shown, start) = failed_save_in(ro.path());
    let flat = dialog_text(&shown);
    for part in [
        "Je plan is niet opgeslagen.",
        "in deze map kan alleen gelezen worden. Kies een andere map, bijvoorbeeld je eigen map.",
        "Je werk staat nog op het scherm.",
        "De map waar je begon:",
    ] {
        assert!(flat.contains(part), "{part}:\n{shown}");
    }
    // No temporary file name and no system error text.
    assert!(
        !flat.contains(".groeiplan-") && !flat.contains("os error"),
        "{shown}"
    );
    choose(&mut app, "Opslaan in de map waar je begon");
    saved_elsewhere(&app, start.path());
}

#[test]
fn a_full_disk_says_why_in_full_and_the_plan_goes_elsewhere() {
    let Some(full) = Mount::new(&["-t", "tmpfs", "-o", "size=64k", "tmpfs"], |_| {}) else {
        return;
    };
    fs::copy(
        "tests/fixtures/volledig.toml",
        full.path().join("plan.toml"),
    )
    .unwrap();
    // Fill what is left.
    let filler = vec![b'x'; 4096];
    let mut f = fs::File::create(full.path().join("vol")).unwrap();
    while std::io::Write::write_all(&mut f, &filler).is_ok() {}
    let _ = f.sync_all();
    let (mut app, shown, start) = failed_save_in(full.path());
    let flat = dialog_text(&shown);
    assert!(
        flat.contains("de schijf is vol. Maak ruimte vrij, of kies een andere plek"),
        "{shown}"
    );
    // Quitting first: asked, and told that the save failed.
    drive(&mut app, &["Esc", "C-q"]);
    let term = drive(&mut app, &[]);
    let flat = screen(&term)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains("het opslaan is net mislukt"), "{flat}");
    // "Opslaan en stoppen" fails again and offers the other folders.
    drive(&mut app, &["Enter"]);
    choose(&mut app, "Opslaan in de map waar je begon");
    saved_elsewhere(&app, start.path());
}

#[test]
fn a_long_paste_ends_in_a_full_field_and_a_message_and_old_values_stay() {
    use crossterm::event::Event;
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    drive(&mut app, &["Enter"]);
    let pasted = "Sanne de Vries ".repeat(2_000);
    assert_eq!(pasted.chars().count(), 30_000);
    let term = drive_events(&mut app, vec![Event::Paste(pasted)]);
    let naam = app.current_plan().medewerker.naam.unwrap();
    assert_eq!(naam.chars().count(), 100);
    let flat = screen(&term)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains(
            "De tekst was te lang. Er passen 100 tekens in dit vak; de rest is weggelaten."
        ),
        "{flat}"
    );
    assert!(
        flat.contains("Dit vak is vol: er passen 100 tekens in."),
        "{flat}"
    );
    // A plan that already has a longer text keeps it when saved again.
    let file = dir.path().join("lang.toml");
    let long = "x".repeat(5_000);
    let text = fs::read_to_string("tests/fixtures/volledig.toml")
        .unwrap()
        .replace("naam = \"Sanne de Vries\"", &format!("naam = \"{long}\""));
    fs::write(&file, text).unwrap();
    let mut app = new_app(dir.path());
    app.open(plan_file::load(&file).unwrap(), file.clone());
    drive(&mut app, &["Right", "Right", "Enter", "k", "C-s"]);
    let kept = plan_file::load(&file).unwrap();
    assert_eq!(kept.medewerker.naam.as_deref(), Some(long.as_str()));
}

#[test]
fn after_a_failed_save_another_folder_can_be_typed() {
    let Some(ro) = Mount::new(&["--bind", "-o", "ro", "SRC"], |src| {
        fs::copy("tests/fixtures/volledig.toml", src.join("plan.toml")).unwrap();
    }) else {
        return;
    };
    let (mut app, _, _start) = failed_save_in(ro.path());
    choose(&mut app, "Een andere map typen");
    let term = drive(&mut app, &[]);
    let flat = dialog_text(&screen(&term));
    assert!(
        flat.contains("In welke map wil je je plan opslaan?"),
        "{flat}"
    );
    // A folder that is not there is named, and the question stays.
    drive(&mut app, &["/geen/map/hier", "Enter"]);
    let Some(Notice::Error(said)) = &app.notice else {
        panic!("{:?}", app.notice);
    };
    assert_eq!(
        said,
        "Die map is er niet: /geen/map/hier. Typ een map die al bestaat."
    );
    assert!(app.dialog.is_some());
    // Another folder, typed: the plan is saved there with the change.
    let elsewhere = tempfile::tempdir().unwrap();
    drive(
        &mut app,
        &["C-u", &elsewhere.path().display().to_string(), "Enter"],
    );
    saved_elsewhere(&app, elsewhere.path());
    // Esc on the typing question goes back to the choice of folders.
    let (mut app, _, _start) = failed_save_in(ro.path());
    choose(&mut app, "Een andere map typen");
    drive(&mut app, &["Esc"]);
    assert!(matches!(
        app.dialog.as_ref().map(|d| &d.kind),
        Some(kwadrant::tui::dialog::DialogKind::SaveFailed(_))
    ));
}

#[test]
fn a_file_name_with_escape_codes_never_reaches_the_terminal_raw() {
    use kwadrant::tui::dialog::{Dialog, DialogKind, Existing};
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(dir.path());
    app.dialog = Some(Dialog::new(DialogKind::Overwrite(Box::new(Existing {
        path: dir.path().join("plan\u{1b}]0;weg\u{7}\u{202e}.toml"),
        plan: None,
        made_here: false,
    }))));
    let term = drive(&mut app, &[]);
    let buf = term.backend().buffer();
    assert!(
        !buf.content
            .iter()
            .any(|c| c.symbol().chars().any(kwadrant::model::plan::unsafe_char)),
        "{}",
        screen(&term)
    );
    // What is left of the name is plain text.
    assert!(screen(&term).contains("plan]0;weg"), "{}", screen(&term));
}
