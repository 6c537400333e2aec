//! The coach's group overview (`kwadrant overzicht`): every plan in some
//! folders, read on every core and folded into counts one file at a time, so
//! memory does not grow with the number of plans. It is shown without names,
//! free texts or any one person's point ([`privacy`]).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, mpsc};
use std::thread;

use crate::model::catalog::Catalog;
use crate::model::plan::{Plan, neutralise};
use crate::plan_file::{self, names};

pub mod html;
pub mod privacy;
pub mod progress;
pub mod tally;
pub mod text;
pub mod view;

pub use tally::Tally;

/// How many paths the folder walk hands to a reader at once: one at a time,
/// waking the readers costs more than reading.
const BATCH: usize = 64;

/// How many batches wait between the folder walk and the readers.
const QUEUE: usize = 16;

/// Why the overview cannot start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingFolder(pub String);

/// Checks that every folder (or file) given exists, before anything is read.
pub fn check_roots(roots: &[PathBuf]) -> Result<(), MissingFolder> {
    match roots.iter().find(|r| !r.exists()) {
        Some(missing) => Err(MissingFolder(
            neutralise(&missing.display().to_string()).into_owned(),
        )),
        None => Ok(()),
    }
}

/// Whether the walk hands on a file with this name: a `.toml` (lock and
/// temporary files do not end in `.toml`). Emergency copies are counted
/// apart, never as a plan.
pub fn is_plan_name(name: &str) -> bool {
    name.ends_with(".toml")
}

/// The folders to walk: each once, and none that lies inside another one
/// given, so no plan is counted twice.
pub fn distinct_roots(roots: &[PathBuf]) -> Vec<PathBuf> {
    let real: Vec<Option<PathBuf>> = roots.iter().map(|r| r.canonicalize().ok()).collect();
    roots
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            let Some(me) = &real[*i] else { return true };
            !real.iter().enumerate().any(|(j, other)| {
                other
                    .as_ref()
                    .is_some_and(|o| (me != o && me.starts_with(o)) || (me == o && j < *i))
            })
        })
        .map(|(_, r)| r.clone())
        .collect()
}

/// Walks `roots` (folders, recursively, and plan files given by name) and
/// hands each plan file to `each`, which says whether to go on. A folder that
/// cannot be read goes to `unreadable` with the reason. Symbolic links to
/// folders are not followed, so a loop of links cannot run forever.
pub fn walk(
    roots: &[PathBuf],
    each: &mut dyn FnMut(PathBuf) -> bool,
    unreadable: &mut dyn FnMut(&Path, String),
) {
    let mut folders: Vec<PathBuf> = Vec::new();
    for root in roots {
        if root.is_dir() {
            folders.push(root.clone());
        } else if !each(root.clone()) {
            return;
        }
    }
    while let Some(folder) = folders.pop() {
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) => {
                unreadable(&folder, format!("de map kan niet worden gelezen: {e}"));
                continue;
            }
        };
        for entry in entries.flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                folders.push(entry.path());
            } else if is_plan_name(&entry.file_name().to_string_lossy()) && !each(entry.path()) {
                return;
            }
        }
    }
}

/// Reads every plan under `roots` and counts it; `done` goes up by one for
/// every file read, for a progress bar.
pub fn gather(roots: &[PathBuf], catalog: &Catalog, done: &AtomicU64) -> Tally {
    // More readers than cores: a file that is not in memory yet waits on the
    // disk, and meanwhile the others read (157,790 plans from a cold disk:
    // 20.6 s with one reader per core, 8.2 s with four).
    let readers = thread::available_parallelism().map_or(4, |n| (n.get() * 4).clamp(4, 32));
    let (send, receive) = mpsc::sync_channel::<Vec<PathBuf>>(QUEUE);
    let receive = Mutex::new(receive);
    thread::scope(|scope| {
        let handles: Vec<_> = (0..readers)
            .map(|_| {
                scope.spawn(|| {
                    let mut tally = Tally::new(catalog);
                    while let Ok(Ok(batch)) = receive.lock().map(|r| r.recv()) {
                        for path in &batch {
                            read_one(path, catalog, &mut tally);
                        }
                        done.fetch_add(batch.len() as u64, Ordering::Relaxed);
                    }
                    tally
                })
            })
            .collect();
        let mut whole = Tally::new(catalog);
        let mut batch = Vec::with_capacity(BATCH);
        walk(
            roots,
            &mut |path| {
                batch.push(path);
                batch.len() < BATCH
                    || send
                        .send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
                        .is_ok()
            },
            &mut |folder, why| whole.add_invalid(shown_name(folder), why),
        );
        let _ = send.send(batch);
        drop(send);
        for handle in handles {
            match handle.join() {
                Ok(part) => whole.merge(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        whole.finish()
    })
}

/// Reads one file into the tally.
fn read_one(path: &Path, catalog: &Catalog, tally: &mut Tally) {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    if names::is_emergency_copy(&name) {
        tally.emergency_copies += 1;
        return;
    }
    match plan_file::load(path) {
        Ok(plan) if is_second_copy(path, &plan) => tally.copies += 1,
        Ok(plan) => tally.add(&plan, catalog),
        Err(e) => {
            let name = shown_name(path);
            let first = e.lines(&name).into_iter().next().unwrap_or_default();
            tally.add_invalid(name, neutralise(&first).into_owned());
        }
    }
}

/// Whether this plan is a second version of a plan beside it: split off
/// because someone else saved meanwhile, or an emergency copy that was kept.
/// Only the plan it came from is counted.
fn is_second_copy(path: &Path, plan: &Plan) -> bool {
    let beside = |origin: &str| {
        Path::new(origin)
            .file_name()
            .is_some_and(|name| path.with_file_name(name).is_file())
    };
    let own_name = path.file_name().unwrap_or_default().to_string_lossy();
    plan.herkomst.afgesplitst_van.as_deref().is_some_and(beside)
        || names::kept_copy_origin(&own_name).is_some_and(|o| beside(&o))
}

/// A path as the coach reads it, with no raw control characters.
fn shown_name(path: &Path) -> String {
    neutralise(&path.display().to_string()).into_owned()
}
