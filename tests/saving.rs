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
