//! A progress bar on stderr for an overview that takes longer than a second.
//! Only the run loop draws it, and only when stderr is a terminal; what it
//! draws is [`bar`], which the tests check.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

use super::privacy::thousands;
use super::walk;

/// How long the overview runs before the bar appears.
pub const DELAY: Duration = Duration::from_secs(1);

/// How often the bar is redrawn.
const EVERY: Duration = Duration::from_millis(100);

/// The width of the bar itself, in characters.
const WIDTH: usize = 30;

/// Tells the bar that the work is done.
#[derive(Debug, Default)]
pub struct Finished {
    done: Mutex<bool>,
    wake: Condvar,
}

impl Finished {
    /// Marks the work done and wakes the bar.
    pub fn set(&self) {
        if let Ok(mut done) = self.done.lock() {
            *done = true;
        }
        self.wake.notify_all();
    }

    /// Waits at most `time`; whether the work is done.
    fn wait(&self, time: Duration) -> bool {
        let Ok(done) = self.done.lock() else {
            return true;
        };
        match self.wake.wait_timeout_while(done, time, |done| !*done) {
            Ok((done, _)) => *done,
            Err(_) => true,
        }
    }
}

/// One line of the bar: `Plannen lezen [#####.....]  45 % (71.000 van 157.790)`.
pub fn bar(done: u64, total: u64) -> String {
    let total = total.max(done).max(1);
    let filled = (done as u128 * WIDTH as u128 / total as u128) as usize;
    let percent = done * 100 / total;
    format!(
        "Plannen lezen [{}{}] {percent:>3} % ({} van {})",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        thousands(done),
        thousands(total)
    )
}

/// Waits [`DELAY`]; when the work is not finished by then, counts the plan
/// files under `roots` and draws the bar until it is, then wipes it.
pub fn show(roots: &[PathBuf], done: &AtomicU64, finished: &Finished, out: &mut dyn Write) {
    if finished.wait(DELAY) {
        return;
    }
    let mut total = 0u64;
    walk(
        roots,
        &mut |_| {
            total += 1;
            true
        },
        &mut |_, _| {},
    );
    loop {
        let _ = write!(out, "\r{}", bar(done.load(Ordering::Relaxed), total));
        let _ = out.flush();
        if finished.wait(EVERY) {
            break;
        }
    }
    let _ = write!(out, "\r\x1b[2K");
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_with_the_plans_read_and_fits_a_narrow_terminal() {
        let start = bar(0, 157_790);
        assert!(
            start.contains(&format!("[{}]", ".".repeat(WIDTH))),
            "{start}"
        );
        assert!(start.ends_with("  0 % (0 van 157.790)"), "{start}");
        let half = bar(78_895, 157_790);
        assert!(half.contains(&format!("[{}{}]", "#".repeat(15), ".".repeat(15))));
        assert!(half.contains(" 50 % "), "{half}");
        let end = bar(157_790, 157_790);
        assert!(end.contains("100 % (157.790 van 157.790)"), "{end}");
        assert!(end.chars().count() < 80, "{end}");
        // More read than counted (files added meanwhile) never overflows.
        assert!(bar(12, 10).contains("100 %"));
    }

    #[test]
    fn a_short_run_draws_nothing() {
        let finished = Finished::default();
        finished.set();
        let mut out = Vec::new();
        show(&[], &AtomicU64::new(0), &finished, &mut out);
        assert!(out.is_empty());
    }
}
