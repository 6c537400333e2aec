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
        text.starts_with("Je plan is opgeslagen. De pagina om te printen kon niet worden gemaakt"),
        "{text}"
    );
    assert!(!app.dirty());
    assert_eq!(plan_file::load(&file).unwrap(), app.current_plan());
    // The whole message, reason and advice, can be read at 80x24.
    let shown = screen(&term)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(shown.contains("Je plan is opgeslagen."), "{shown}");
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
    // The dialog wraps the long file name over two lines.
    let shown = screen(&term)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for part in [
        "Er is al een plan groeiplan-sanne-de-vries-2026-11-",
        "23.toml (klaar, opgeslagen op 23 november 2026, 14:40;",
        "niet in dit venster opgeslagen).",
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
