//! End to end: the real binary in a real terminal (tmux, 80x24). A person's
//! whole session, then `kwadrant open` to change one action, then `check`.
//! Every step waits for what the screen must show, with a generous deadline;
//! nothing asserts on how long something took.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_kwadrant");

/// A tmux server of our own, killed when the test ends.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(command: &str) -> Tmux {
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

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux is installed (.ci/run installs it)");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", "t", key]);
        }
    }

    fn text(&self, text: &str) {
        self.run(&["send-keys", "-t", "t", "-l", text]);
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
    }

    /// Waits until the screen shows `what`; panics with the screen if it never does.
    fn wait_for(&self, what: &str) -> String {
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

fn shell(dir: &Path, args: &str) -> String {
    // After kwadrant exits, the shell prints its status and waits, so the
    // test can read what is left on the terminal.
    format!(
        "cd '{}' && {BIN} {args}; echo \"KLAAR status=$?\"; sleep 600",
        dir.display()
    )
}

#[test]
fn a_person_completes_a_session_and_a_coach_reopens_it() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start(&shell(dir.path(), "--dir ."));
    t.wait_for("Nieuw plan maken");
    t.keys(&["Enter"]);
    t.wait_for("Wat is je naam?");
    t.text("Sanne de Vries");
    t.keys(&["Tab"]);
    t.text("admin");
    t.wait_for("↳ Administratief medewerker");
    t.keys(&["Down", "Enter"]);
    t.text("burger");
    t.wait_for("↳ Publieksdiensten: burgerzaken");
    t.keys(&["Down", "Enter", "Tab", "Enter", "Enter"]);
    t.wait_for("Vraag 1 van 12");
    for (i, answer) in ["4", "3", "2", "2", "1", "3", "2", "1", "2", "4", "4", "5"]
        .iter()
        .enumerate()
    {
        t.wait_for(&format!("{i} van 12 beantwoord"));
        t.keys(&[answer]);
    }
    // A frame may be caught half drawn, so wait for each thing to show.
    t.wait_for("Stap 3 van 7: Jouw plek");
    t.wait_for("jouw werk");
    t.wait_for("◆ Vaste stappen (Danger zone)");
    t.keys(&["Enter"]);
    t.wait_for("Welke kant wil je op?");
    t.keys(&["Enter", "Down", "Enter", "Down", "Down", "Enter"]);
    t.wait_for("(•) 2 Gemiddeld");
    t.keys(&["Down", "Space"]);
    t.wait_for("[x] Tijd anders verdelen (job crafting)");
    t.keys(&["Tab"]);
    t.text("Inwoners helpen");
    // On through goed in, leervorm, houding and keuzes to "Verder".
    t.keys(&["Enter", "Enter", "Enter", "Enter", "Enter", "Enter"]);
    t.wait_for("Wat ga je leren?");
    t.keys(&["Right", "Right", "Enter"]);
    t.wait_for("Ideeën die bij jouw plek passen");
    t.keys(&["Enter"]);
    t.wait_for("Jouw acties");
    t.keys(&["Escape"]);
    t.wait_for("Wat ga je leren?");
    t.keys(&["Down", "Down", "Enter"]);
    t.wait_for("Wie is je leidinggevende?");
    t.text("Karin Jansen");
    t.keys(&["Enter"]);
    t.text("15-12-2026");
    t.keys(&["Enter", "Enter", "Enter"]);
    t.wait_for("Plan opslaan als klaar");
    t.keys(&["Enter"]);
    t.wait_for("Opgeslagen (klaar)");

    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let file = files[0].clone();
    let name = file.file_name().unwrap().to_string_lossy().to_string();
    assert!(name.starts_with("groeiplan-sanne-de-vries-"), "{name}");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("status = \"klaar\""));
    assert!(
        saved.contains("tekst = \"Excel beter leren: grafieken en overzichten (draaitabellen)\"")
    );

    // Quit: the terminal is back to the shell, nothing of Sanne left on it.
    t.keys(&["C-q"]);
    let after = t.wait_for("KLAAR status=0");
    // The shell prints after kwadrant has left the alternate screen.
    for private in ["Sanne", "Karin", "Jouw plek", "groeiplan"] {
        assert!(
            !after.contains(private),
            "{private} left on screen:\n{after}"
        );
    }
    drop(t);

    // A coach opens the plan again and marks the action done.
    let t = Tmux::start(&shell(dir.path(), &format!("open '{name}'")));
    t.wait_for("Wat ga je leren?");
    t.keys(&["Right", "Right", "Enter"]);
    t.wait_for("[ ] (formeel) Excel");
    t.keys(&["k"]);
    t.wait_for("[x] (formeel) Excel");
    t.keys(&["C-s"]);
    t.wait_for("Opgeslagen (klaar)");
    t.keys(&["C-q"]);
    t.wait_for("KLAAR status=0");
    drop(t);

    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("klaar = true"), "{saved}");
    let check = Command::new(BIN).arg("check").arg(&file).output().unwrap();
    assert_eq!(check.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&check.stdout),
        format!("{}: ok\n", file.display())
    );
}

#[test]
fn without_a_terminal_the_session_refuses_to_start() {
    let out = Command::new(BIN)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("kwadrant: de sessie heeft een terminal nodig."),
        "{err}"
    );
}

#[test]
fn a_missing_plan_is_named_before_the_screen_opens() {
    let out = Command::new(BIN)
        .args(["open", "bestaat-niet.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "bestaat-niet.toml: dit bestand bestaat niet; kijk of de naam en de map kloppen\n"
    );
}

/// Issue #18: a coach opens one person's plan, goes back to Welkom and starts
/// a new plan for the next person. The first file is never touched.
#[test]
fn a_new_plan_after_opening_one_never_changes_the_first_file() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("groeiplan-sanne.toml");
    std::fs::copy("tests/fixtures/volledig.toml", &first).unwrap();
    let before = std::fs::read(&first).unwrap();
    let t = Tmux::start(&shell(dir.path(), "open groeiplan-sanne.toml"));
    t.wait_for("Plan geopend: groeiplan-sanne.toml");
    // Jouw plan -> richting -> plek -> werk -> over jou -> welkom.
    for header in [
        "Stap 4 van 7: Jouw richting",
        "Stap 3 van 7: Jouw plek",
        "Stap 2 van 7: Jouw werk",
        "Stap 1 van 7: Over jou",
        "kwadrant · Welkom",
    ] {
        t.keys(&["Escape"]);
        t.wait_for(header);
    }
    t.wait_for("Nieuw plan maken");
    t.keys(&["Enter"]);
    let screen = t.wait_for("Wat is je naam?");
    assert!(!screen.contains("Sanne"), "{screen}");
    t.text("Ahmed");
    t.keys(&["C-s"]);
    t.wait_for("Opgeslagen (concept): groeiplan-ahmed-");
    t.keys(&["C-q"]);
    t.wait_for("KLAAR status=0");
    assert_eq!(
        std::fs::read(&first).unwrap(),
        before,
        "the first plan is unchanged"
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names[0].starts_with("groeiplan-ahmed-"), "{names:?}");
}
