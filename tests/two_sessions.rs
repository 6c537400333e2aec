//! Issue #16: two sessions with the same plan open (a coach in one tab, the
//! employee in another) never lose each other's work, and each is told what
//! happened. Both sessions are real Apps over the real run loop and files.

mod support;

use std::fs;
use std::path::Path;

use kwadrant::model::plan::Plan;
use kwadrant::plan_file;
use kwadrant::tui::app::{App, Notice};
use kwadrant::tui::dialog::DialogKind;
use support::*;

/// Opens `file` in a fresh session, as `kwadrant open` does.
fn open(dir: &Path, file: &Path) -> App {
    let mut app = new_app(dir);
    app.open(plan_file::load(file).unwrap(), file.to_path_buf());
    app
}

/// Session A marks "Excel" klaar; session B adds a suggestion in the same cell.
const MARK_EXCEL: &[&str] = &["Right", "Right", "Enter", "k"];
const ADD_IDEA: &[&str] = &["Right", "Right", "Enter", "Down", "Enter"];

fn excel_klaar(p: &Plan) -> bool {
    p.acties
        .iter()
        .any(|a| a.tekst.starts_with("Excel geavanceerd") && a.klaar)
}

fn has_idea(p: &Plan) -> bool {
    p.acties
        .iter()
        .any(|a| a.tekst.starts_with("Excel beter leren"))
}

fn info(app: &App) -> String {
    match &app.notice {
        Some(Notice::Info(text)) => text.clone(),
        other => panic!("expected a message, found {other:?}"),
    }
}

#[test]
fn the_second_save_keeps_both_versions_and_says_where_the_other_is() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, file) = opened_app(dir.path());
    let mut b = open(dir.path(), &file);
    drive(&mut a, MARK_EXCEL);
    drive(&mut b, ADD_IDEA);
    drive(&mut a, &["C-s"]);
    assert!(info(&a).starts_with("Opgeslagen"), "{:?}", a.notice);

    // B saves: the file holds A's version now, so B is asked, not written over.
    let term = drive(&mut b, &["C-s"]);
    let Some(DialogKind::Changed(changed)) = b.dialog.as_ref().map(|d| &d.kind) else {
        panic!("B is asked: {:?}", b.dialog);
    };
    assert_eq!(changed.path, file);
    let shown = screen(&term)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        shown.contains("Iemand anders heeft plan.toml veranderd"),
        "{shown}"
    );
    assert!(shown.contains("De andere versie, opgeslagen op"), "{shown}");
    assert!(
        shown.contains("Jouw werk staat nog op het scherm"),
        "{shown}"
    );
    assert!(
        !shown.contains("Sanne"),
        "no name from either version: {shown}"
    );
    assert!(
        excel_klaar(&plan_file::load(&file).unwrap()),
        "A's save is untouched"
    );

    // The default: B's version under a new name, which says where it came from.
    drive(&mut b, &["Enter"]);
    let split = dir.path().join("plan-2.toml");
    let kept = plan_file::load(&split).unwrap();
    assert!(has_idea(&kept) && !excel_klaar(&kept), "B's version, whole");
    assert_eq!(kept.herkomst.afgesplitst_van.as_deref(), Some("plan.toml"));
    assert!(
        info(&b).ends_with("De andere versie staat nog in plan.toml"),
        "{}",
        info(&b)
    );
    assert_eq!(b.file.as_deref(), Some(split.as_path()));
    assert!(!b.dirty());
    let theirs = plan_file::load(&file).unwrap();
    assert!(
        excel_klaar(&theirs) && !has_idea(&theirs),
        "A's version, whole"
    );

    // Each goes on with its own file without further questions.
    drive(&mut a, &["k", "C-s"]);
    drive(&mut b, &["k", "C-s"]);
    assert!(a.dialog.is_none() && b.dialog.is_none());
    assert!(info(&a).starts_with("Opgeslagen") && info(&b).starts_with("Opgeslagen"));
}

#[test]
fn replacing_the_other_version_takes_a_second_answer() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, file) = opened_app(dir.path());
    let mut b = open(dir.path(), &file);
    drive(&mut a, &[MARK_EXCEL, &["C-s"]].concat());
    drive(&mut b, &[ADD_IDEA, &["C-s"]].concat());
    // A look at the other version first: what differs, then back.
    let term = drive(&mut b, &["Down", "Enter"]);
    let shown = dialog_text(&screen(&term));
    assert!(
        shown.contains("De andere versie van plan.toml (klaar"),
        "{shown}"
    );
    for part in [
        "Plek: dezelfde als bij jou",
        "Acties: 4, waarvan 2 klaar; bij jou: 5, waarvan 1 klaar.",
        "0 staan alleen in de andere versie, 1 alleen in de jouwe.",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    drive(&mut b, &["Enter"]);
    assert!(matches!(
        b.dialog.as_ref().map(|d| &d.kind),
        Some(DialogKind::Changed(_))
    ));
    // "Vervangen", then "Nee, terug" (the default): back to the first question.
    drive(&mut b, &["Down", "Down", "Enter"]);
    assert!(matches!(
        b.dialog.as_ref().map(|d| &d.kind),
        Some(DialogKind::ReplaceChanged(_))
    ));
    drive(&mut b, &["Enter"]);
    assert!(matches!(
        b.dialog.as_ref().map(|d| &d.kind),
        Some(DialogKind::Changed(_))
    ));
    assert!(excel_klaar(&plan_file::load(&file).unwrap()));
    // "Vervangen", "Ja": B's version is in the file.
    drive(&mut b, &["Down", "Down", "Enter", "Down", "Enter"]);
    let now = plan_file::load(&file).unwrap();
    assert!(has_idea(&now) && !excel_klaar(&now));
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no other file"
    );
    // Now A is the one who is asked before its next save.
    drive(&mut a, &["k", "C-s"]);
    assert!(matches!(
        a.dialog.as_ref().map(|d| &d.kind),
        Some(DialogKind::Changed(_))
    ));
    // Esc: nothing is written, A's work stays on screen.
    drive(&mut a, &["Esc"]);
    assert!(a.dialog.is_none() && a.dirty());
    assert!(has_idea(&plan_file::load(&file).unwrap()));
}

#[test]
fn a_file_touched_or_saved_by_this_session_alone_is_simply_saved_again() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, file) = opened_app(dir.path());
    // Rewritten with the same content (a copy, a backup tool): not a change.
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, &text).unwrap();
    drive(&mut app, &[MARK_EXCEL, &["C-s"]].concat());
    assert!(app.dialog.is_none(), "{:?}", app.dialog);
    drive(&mut app, &["k", "C-s", "k", "C-s"]);
    assert!(app.dialog.is_none());
    assert!(excel_klaar(&plan_file::load(&file).unwrap()));
    // A file that was moved away is written again, nothing to replace.
    fs::remove_file(&file).unwrap();
    drive(&mut app, &["k", "C-s"]);
    assert!(app.dialog.is_none());
    assert!(!excel_klaar(&plan_file::load(&file).unwrap()));
}
