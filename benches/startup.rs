//! Start-up costs that need a real terminal, side by side in one run:
//! a bare ratatui program (enter the screen, draw one frame, leave) and the
//! one question kwadrant asks the terminal about its background colour
//! (issue #17). Run it in a terminal, for example in tmux, which answers the
//! device query but not the colour query:
//! `tmux new-session -d 'cargo bench --bench startup'`.
//! Without a terminal it says so and measures nothing. The numbers are in
//! target/criterion/startup/*/new/estimates.json (stdout must stay the
//! terminal, so do not redirect it).

use std::hint::black_box;
use std::io::IsTerminal;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::widgets::Paragraph;

fn startup(c: &mut Criterion) {
    if !std::io::stdin().is_terminal() {
        eprintln!("startup: no terminal; run this benchmark inside a terminal (see the file)");
        return;
    }
    let mut group = c.benchmark_group("startup");
    group.sample_size(20);
    group.bench_function("bare ratatui: init, one frame, restore", |b| {
        b.iter(|| {
            let mut terminal = ratatui::init();
            terminal
                .draw(|f| f.render_widget(Paragraph::new("kwadrant"), f.area()))
                .unwrap();
            ratatui::restore();
        })
    });
    group.bench_function("colour query (terminal-colorsaurus)", |b| {
        b.iter(|| black_box(kwadrant::tui::colors::ask_terminal()))
    });
    group.finish();
}

/// The parts before kwadrant's first frame that need no terminal, next to a
/// bare ratatui frame drawn the same way (issue #9).
fn first_frame(c: &mut Criterion) {
    use kwadrant::model::catalog::{Catalog, SOURCES};
    use kwadrant::tui::app::App;
    use kwadrant::tui::{Clock, SystemClock, view};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let mut group = c.benchmark_group("first frame");
    group.bench_function("bare ratatui: one frame at 80x24", |b| {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        b.iter(|| {
            terminal
                .draw(|f| f.render_widget(Paragraph::new("kwadrant"), f.area()))
                .unwrap();
        })
    });
    group.bench_function("today's date", |b| {
        b.iter(|| black_box(SystemClock.today()))
    });
    group.bench_function("catalogs parsed", |b| {
        b.iter(|| black_box(Catalog::parse(SOURCES).unwrap()))
    });
    group.bench_function("kwadrant: App::new and the welcome frame at 80x24", |b| {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        b.iter(|| {
            let app = App::new("/plannen".into(), "2026-12-01".into(), (80, 24), false);
            terminal.draw(|f| view::draw(f, &app)).unwrap();
        })
    });
    group.finish();
}

criterion_group!(benches, startup, first_frame);
criterion_main!(benches);
