//! Benchmarks for the foundation: loading and checking a full plan, and the
//! work behind `kwadrant score`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use kwadrant::model::Catalog;
use kwadrant::model::catalog::JobTable;
use kwadrant::model::plan::SoortWerk;
use kwadrant::model::position::Position;
use kwadrant::plan_file;
use kwadrant::report::text;

const FULL: &str = include_str!("../tests/fixtures/volledig.toml");

fn load_and_validate(c: &mut Criterion) {
    Catalog::embedded();
    c.bench_function("load + validate full plan", |b| {
        b.iter(|| plan_file::parse(black_box(FULL.as_bytes())).unwrap())
    });
    let plan = plan_file::parse(FULL.as_bytes()).unwrap();
    c.bench_function("save full plan to text", |b| {
        b.iter(|| plan_file::to_toml(black_box(&plan)))
    });
}

fn score(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    let here = Position::new(4.5, 2.0).unwrap();
    c.bench_function("score: quadrant, border, nearest jobs", |b| {
        b.iter(|| {
            let p = black_box(here);
            (
                p.quadrant(),
                p.border(),
                catalog.nearest_jobs(&p, JobTable::Gemeente, 3).len(),
            )
        })
    });
    c.bench_function("score: full report text", |b| {
        b.iter(|| text::score_report(black_box(&here), SoortWerk::Cognitief, catalog))
    });
}

criterion_group!(benches, load_and_validate, score);
criterion_main!(benches);
