//! The coach's overview over the whole sector: 157,790 plan files (Tabel
//! 3.6), read and counted. The plans are generated once into the temporary
//! folder (never into the repository) by `tests/plans`, and kept there for
//! the next run; 1,000 plans beside them show how the time grows.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;

use criterion::{Criterion, criterion_group, criterion_main};
use kwadrant::model::Catalog;
use kwadrant::overview;

#[path = "../tests/plans/mod.rs"]
mod plans;

/// The number of employees of the municipal sector (Tabel 3.6).
const SECTOR: usize = 157_790;

/// A folder with `count` generated plans, made once.
fn folder(count: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kwadrant-overzicht-{count}"));
    let done = dir.join("gemaakt");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        plans::write_many(&dir, count, 1);
        std::fs::write(&done, "").unwrap();
    }
    dir
}

fn count(dir: &Path) -> u64 {
    let tally = overview::gather(
        &[dir.to_path_buf()],
        Catalog::embedded(),
        &AtomicU64::new(0),
    );
    assert_eq!(tally.invalid, 0);
    tally.plans
}

fn overview_of_the_sector(c: &mut Criterion) {
    let small = folder(1_000);
    let sector = folder(SECTOR);
    let mut group = c.benchmark_group("overzicht");
    group.sample_size(10);
    group.bench_function("1,000 plans", |b| {
        b.iter(|| assert_eq!(count(&small), 1_000))
    });
    group.bench_function("157,790 plans", |b| {
        b.iter(|| assert_eq!(count(&sector), SECTOR as u64))
    });
    group.finish();
}

criterion_group!(benches, overview_of_the_sector);
criterion_main!(benches);
