//! The real binary in a real terminal: a tmux server of the test's own, at
//! 80x24, with waits for what the screen must show (never on time).
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_kwadrant");

/// Whether tmux is there. Without it the test says on stderr that it
/// skipped; with `CI` set (where .ci/run installs tmux) that is a failure.
pub fn have_tmux() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is missing, and CI is set: .ci/run must install it"
        );
        // The real stderr: the test harness hides eprintln!.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "skipped: tmux is not installed (apt-get install tmux)"
        );
    }
    found
}

/// Whether faketime is there; as for tmux, missing it skips, and fails in CI.
pub fn have_faketime() -> bool {
    let found = Command::new("faketime")
        .args(["2026-10-26 10:00:00", "true"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "faketime is missing, and CI is set: .ci/run must install it"
        );
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "skipped: faketime is not installed (apt-get install faketime)"
        );
    }
    found
}

/// A tmux server of our own, killed when the test ends.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    pub fn start(command: &str) -> Tmux {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let socket = format!("kwadrant-e2e-{}-{n}", std::process::id());
        let tmux = Tmux { socket };
        tmux.run(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            "80",
            "-y",
            "24",
            command,
        ]);
        tmux.run(&["set-option", "-s", "escape-time", "0"]);
        tmux
    }

    pub fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux is installed (.ci/run installs it)");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", "t", key]);
        }
    }

    pub fn text(&self, text: &str) {
        self.run(&["send-keys", "-t", "t", "-l", text]);
    }

    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
    }

    /// The screen once a redraw is complete: two captures in a row agree.
    pub fn settled(&self) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut last = self.screen();
        loop {
            sleep(Duration::from_millis(30));
            let now = self.screen();
            if now == last {
                return now;
            }
            assert!(Instant::now() < deadline, "the screen never settles");
            last = now;
        }
    }

    /// Waits until the screen shows `what`; panics with the screen if it never does.
    pub fn wait_for(&self, what: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let screen = self.screen();
            if screen.contains(what) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {what:?}; screen:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

pub fn shell(dir: &Path, args: &str) -> String {
    // After kwadrant exits, the shell prints its status and waits, so the
    // test can read what is left on the terminal.
    format!(
        "cd '{}' && {BIN} {args}; echo \"KLAAR status=$?\"; sleep 600",
        dir.display()
    )
}
