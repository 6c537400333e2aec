//! Drawing every screen at 80x24 and 200x60. Target: under 1 ms per frame;
//! "Jouw plek" with 8 tasks and the arrow at 200x60: under 0.2 ms (issue 20).

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
    let tasks: Vec<&str> = INTAKE.iter().chain(ANSWERS).copied().collect();
    // Past "Jouw taken" without tasks: down to "→ Verder zonder taken".
    let position: Vec<&str> = tasks
        .iter()
        .copied()
        .chain(["Down"; 9])
        .chain(["Enter"])
        .collect();
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
        ("tasks", tasks.clone()),
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

/// One key typed and taken back in the name field, with the frame drawn
/// after each: empty, nearly full (99 of 100) and full. Issue #16: a key in
/// a full field costs at most twice one in an empty field.
fn typing(c: &mut Criterion) {
    use kwadrant::tui::app::{EditKey, Msg};
    let area = Rect::new(0, 0, 80, 24);
    let mut buf = Buffer::empty(area);
    for (name, filled) in [("empty", 0), ("nearly full", 99), ("full", 100)] {
        let mut app = app_after(&["Enter"], (80, 24));
        app.plan.medewerker.naam = Some("a".repeat(filled));
        c.bench_function(&format!("key in {name} name field 80x24"), |b| {
            b.iter(|| {
                for key in [EditKey::Insert('x'), EditKey::Backspace] {
                    app.update(Msg::Edit(key));
                    buf.reset();
                    view::render(black_box(&app), area, &mut buf);
                }
            })
        });
    }
}

/// "Jouw plek" where eight tasks give the point: their numbers, the point
/// in two years and the arrow, the legend in the panel.
fn position_with_tasks(c: &mut Criterion) {
    use kwadrant::model::catalog::{Catalog, tasks};
    use kwadrant::model::plan::{Kleur, Methode, Taak, Week};
    let (w, h) = (200u16, 60u16);
    let mut app = app_after(
        &INTAKE
            .iter()
            .chain(ANSWERS)
            .chain(&["Down"; 9])
            .chain(&["Enter"])
            .copied()
            .collect::<Vec<_>>(),
        (w, h),
    );
    let job = Catalog::embedded()
        .municipal_job("Administratief medewerker")
        .unwrap();
    let mut taken: Vec<Taak> = tasks::of(job).into_iter().map(|t| t.as_task()).collect();
    taken[0].procent_straks = 0;
    taken.push(Taak {
        tekst: "Inwoners helpen met de nieuwe app".into(),
        procent_nu: 0,
        procent_straks: taken[0].procent_nu,
        kern: false,
        kleur: Kleur::Groen,
        sociaal: 6.5,
        creativiteit: 4.5,
        bron: "eigen".into(),
    });
    assert_eq!(taken.len(), 8);
    let point = kwadrant::model::tasks::point(&taken, Week::Nu);
    app.plan.taken = taken;
    app.plan.positie.methode = Some(Methode::Taken);
    app.plan.positie.set_point(point);
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    c.bench_function("draw position with 8 tasks 200x60", |b| {
        b.iter(|| {
            buf.reset();
            view::render(black_box(&app), area, &mut buf)
        })
    });
}

criterion_group!(benches, draw, typing, position_with_tasks);
criterion_main!(benches);
