//! Drawing every screen at 80x24 and 200x60. Target: under 1 ms per frame.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use kwadrant::tui::app::App;
use kwadrant::tui::{FixedClock, run_loop, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn keys(words: &[&str]) -> Vec<Event> {
    let key = |code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let mut out = Vec::new();
    for word in words {
        match *word {
            "Enter" => out.push(key(KeyCode::Enter)),
            "Tab" => out.push(key(KeyCode::Tab)),
            "Down" => out.push(key(KeyCode::Down)),
            "Right" => out.push(key(KeyCode::Right)),
            other => out.extend(other.chars().map(|c| key(KeyCode::Char(c)))),
        }
    }
    out
}

/// An app driven by `words` from the start screen.
fn app_after(words: &[&str], size: (u16, u16)) -> App {
    let clock = FixedClock("2026-11-23T14:05:00+01:00".parse().unwrap());
    let mut app = App::new("/plannen".into(), "2026-11-23".into(), size, true);
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    run_loop(
        &mut terminal,
        &mut keys(words).into_iter(),
        &mut app,
        &clock,
    )
    .unwrap();
    app
}

const INTAKE: &[&str] = &[
    "Enter", "Sanne", "Tab", "admin", "Down", "Enter", "Tab", "Tab", "Enter", "Enter",
];
const ANSWERS: &[&str] = &["4", "3", "2", "2", "1", "3", "2", "1", "2", "4", "4", "5"];

fn screens() -> Vec<(&'static str, Vec<&'static str>)> {
    let position: Vec<&str> = INTAKE.iter().chain(ANSWERS).copied().collect();
    let with = |extra: &[&'static str]| -> Vec<&'static str> {
        position
            .iter()
            .copied()
            .chain(extra.iter().copied())
            .collect()
    };
    vec![
        ("start", vec![]),
        ("about", vec!["Enter", "Sanne", "Tab", "admin"]),
        ("questionnaire", INTAKE.to_vec()),
        ("position", position.clone()),
        ("direction", with(&["Enter"])),
        (
            "plan",
            with(&[
                "Enter", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab",
                "Tab", "Tab", "Enter",
            ]),
        ),
        (
            "conversation",
            with(&[
                "Enter", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab",
                "Tab", "Tab", "Enter", "Down", "Down", "Enter",
            ]),
        ),
    ]
}

fn draw(c: &mut Criterion) {
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        for (name, words) in screens() {
            let app = app_after(&words, (w, h));
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            c.bench_function(&format!("draw {name} {w}x{h}"), |b| {
                b.iter(|| {
                    buf.reset();
                    view::render(black_box(&app), area, &mut buf)
                })
            });
        }
    }
}

criterion_group!(benches, draw);
criterion_main!(benches);
