//! Helpers for the session tests: scripted keys written as short words, the
//! real run loop over a `TestBackend`, and the screen as text.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use kwadrant::plan_file;
use kwadrant::tui::app::App;
use kwadrant::tui::{FixedClock, run_loop};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The one time every test session runs at.
pub fn clock() -> FixedClock {
    FixedClock("2026-11-23T14:05:00+01:00".parse().unwrap())
}

pub fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn shift(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::SHIFT))
}

/// A script of keys, written as short words; other words are typed.
pub fn keys(words: &[&str]) -> Vec<Event> {
    let mut out = Vec::new();
    for word in words {
        match *word {
            "Enter" => out.push(key(KeyCode::Enter)),
            "Tab" => out.push(key(KeyCode::Tab)),
            "BTab" => out.push(key(KeyCode::BackTab)),
            "Esc" => out.push(key(KeyCode::Esc)),
            "Up" => out.push(key(KeyCode::Up)),
            "Down" => out.push(key(KeyCode::Down)),
            "Left" => out.push(key(KeyCode::Left)),
            "Right" => out.push(key(KeyCode::Right)),
            "S-Down" => out.push(shift(KeyCode::Down)),
            "S-Left" => out.push(shift(KeyCode::Left)),
            "Space" => out.push(key(KeyCode::Char(' '))),
            "F1" => out.push(key(KeyCode::F(1))),
            "F2" => out.push(key(KeyCode::F(2))),
            "Del" => out.push(key(KeyCode::Delete)),
            "C-s" => out.push(ctrl('s')),
            "C-q" => out.push(ctrl('q')),
            "C-u" => out.push(ctrl('u')),
            other => out.extend(other.chars().map(|c| key(KeyCode::Char(c)))),
        }
    }
    out
}

pub fn new_app(dir: &Path) -> App {
    App::new(dir.to_path_buf(), "2026-11-23".into(), (80, 24), true)
}

/// Runs the loop over `events` at 80x24; returns the terminal.
pub fn drive(app: &mut App, words: &[&str]) -> Terminal<TestBackend> {
    drive_events(app, keys(words))
}

pub fn drive_events(app: &mut App, events: Vec<Event>) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    run_loop(&mut terminal, &mut events.into_iter(), app, &clock()).unwrap();
    terminal
}

pub fn screen(terminal: &Terminal<TestBackend>) -> String {
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            row.trim_end().to_string() + "\n"
        })
        .collect()
}

/// The full example plan copied into `dir` as plan.toml and opened.
pub fn opened_app(dir: &Path) -> (App, PathBuf) {
    let file = dir.join("plan.toml");
    fs::copy("tests/fixtures/volledig.toml", &file).unwrap();
    let plan = plan_file::load(&file).unwrap();
    let mut app = new_app(dir);
    app.open(plan, file.clone());
    (app, file)
}

/// The files in `dir`, by name, sorted.
pub fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    names
}

/// From the start screen: a new plan for Sanne with the twelve answers,
/// passing "Jouw taken" by, ending on "Jouw plek".
pub const TO_POSITION: &[&str] = &[
    "Enter", "Sanne", "Tab", "admin", "Down", "Enter", "Tab", "Tab", "Enter", "Enter", "4", "3",
    "2", "2", "1", "3", "2", "1", "2", "4", "4", "5", "Down", "Down", "Down", "Down", "Down",
    "Down", "Down", "Down", "Down", "Enter",
];

/// From "Jouw plek" to "Opslaan" with a complete plan and no actions.
pub const POSITION_TO_SAVE: &[&str] = &[
    "Enter", // the position is right
    "Enter", // upskilling
    "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab",
    "Enter", // Verder (Tab stops at the last field) -> plan grid
    "Down", "Down", "Enter", // Verder -> conversation
    "Tab", "Tab", "Tab", "Enter", // Verder -> save
];

pub fn script(parts: &[&[&str]]) -> Vec<String> {
    parts
        .iter()
        .flat_map(|p| p.iter().map(|s| s.to_string()))
        .collect()
}

/// The text inside the dialog box, its lines joined.
pub fn dialog_text(shown: &str) -> String {
    shown
        .lines()
        .filter_map(|l| {
            let parts: Vec<&str> = l.split('│').collect();
            (parts.len() >= 3).then(|| parts[1].trim().to_string())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the tools a test needs are installed. When one is missing the
/// test says so on the real stderr (the harness hides `eprintln!`) and
/// skips; with `CI` set (where .ci/run installs them) that is a failure.
pub fn have(tools: &[&str], install: &str) -> bool {
    let missing: Vec<&str> = tools
        .iter()
        .copied()
        .filter(|t| {
            !std::process::Command::new("sh")
                .args(["-c", &format!("command -v {t}")])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} missing, and CI is set: .ci/run must install it ({install})",
        missing.join(", ")
    );
    skipped(&format!(
        "{} is not installed ({install})",
        missing.join(", ")
    ));
    false
}

/// Says on the terminal, past the test harness, that a test skipped.
pub fn skipped(why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "skipped: {why}");
}
