//! End to end: the real binary in a real terminal (tmux, 80x24). A person's
//! whole session, then `kwadrant open` to change one action, then `check`.
//! Every step waits for what the screen must show, with a generous deadline;
//! nothing asserts on how long something took. tmux runs on Unix only.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

mod tmux_support;
use tmux_support::*;

#[test]
fn a_person_completes_a_session_and_a_coach_reopens_it() {
    if !have_tmux() {
        return;
    }
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
    // Jouw taken is a step one may pass: down to "→ Verder zonder taken".
    t.wait_for("Stap 3 van 8: Jouw taken");
    t.wait_for("→ Verder zonder taken");
    t.keys(&["Down"; 9]);
    t.wait_for("›  → Verder zonder taken");
    t.keys(&["Enter"]);
    // A frame may be caught half drawn, so wait for each thing to show.
    t.wait_for("Stap 4 van 8: Jouw plek");
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
    // The overview before saving (issue #9): the whole plan in a few lines.
    let screen = t.wait_for("Plan opslaan als klaar");
    for line in [
        "Plek:",
        "Richting:",
        "Acties:",
        "Gesprek:  met Karin Jansen",
    ] {
        assert!(screen.contains(line), "{line}:\n{screen}");
    }
    t.keys(&["Enter"]);
    t.wait_for("Opgeslagen (klaar)");
    // From the overview a number goes back to that step.
    t.keys(&["6"]);
    t.wait_for("Stap 6 van 8: Jouw plan");

    // The plan, and while the session has it open, its lock (issue #16).
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let plans: Vec<_> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "toml"))
        .collect();
    assert_eq!((plans.len(), files.len()), (1, 2), "{files:?}");
    let file = plans[0].clone();
    let name = file.file_name().unwrap().to_string_lossy().to_string();
    assert!(
        files.contains(&dir.path().join(format!(".{name}.lock"))),
        "{files:?}"
    );
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
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("groeiplan-sanne.toml");
    std::fs::copy("tests/fixtures/volledig.toml", &first).unwrap();
    let before = std::fs::read(&first).unwrap();
    let t = Tmux::start(&shell(dir.path(), "open groeiplan-sanne.toml"));
    t.wait_for("Plan geopend: groeiplan-sanne.toml");
    // Jouw plan -> richting -> plek -> taken -> werk -> over jou -> welkom.
    for header in [
        "Stap 5 van 8: Jouw richting",
        "Stap 4 van 8: Jouw plek",
        "Stap 3 van 8: Jouw taken",
        "Stap 2 van 8: Jouw werk",
        "Stap 1 van 8: Over jou",
        "kwadrant · Welkom",
    ] {
        t.keys(&["Escape"]);
        t.wait_for(header);
    }
    t.wait_for("Terug naar je plan");
    t.keys(&["Down", "Enter"]);
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

/// The whole text of the "Jouw plek" panel, read page by page with PgDn as
/// a person reads it: the pages overlap, so each new page adds only the lines
/// after the overlap. Returned as one line of words.
fn panel_text(t: &Tmux) -> String {
    let mut lines: Vec<String> = Vec::new();
    for _ in 0..20 {
        let screen = t.settled();
        let page: Vec<String> = screen
            .lines()
            .filter_map(|line| {
                // The panel is the last bordered column on the line.
                let chars: Vec<char> = line.chars().collect();
                let bars: Vec<usize> = (0..chars.len()).filter(|&i| chars[i] == '│').collect();
                let [.., a, b] = bars[..] else { return None };
                Some(
                    chars[a + 1..b]
                        .iter()
                        .collect::<String>()
                        .trim()
                        .to_string(),
                )
            })
            .collect();
        let overlap = (0..=page.len().min(lines.len()))
            .rev()
            .find(|&n| lines.ends_with(&page[..n]))
            .unwrap_or(0);
        lines.extend_from_slice(&page[overlap..]);
        if !screen.contains("▼ PgDn") {
            break;
        }
        t.keys(&["PageDown"]);
        let deadline = Instant::now() + Duration::from_secs(20);
        while t.screen() == screen {
            assert!(Instant::now() < deadline, "PgDn did not scroll");
            sleep(Duration::from_millis(50));
        }
    }
    lines
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Issue #10 at 80x24: the border wording, the middle case and the own-job
/// explanation can be read in full, page by page, nothing cut off.
#[test]
fn border_middle_and_own_job_read_in_full_at_80x24() {
    if !have_tmux() {
        return;
    }
    let plan = |functie: &str, sociaal: f64, creativiteit: f64| {
        format!(
            "formaat = 2\nstatus = \"concept\"\n\n[medewerker]\nfunctie = \"{functie}\"\n\n\
             [positie]\nsoort_werk = \"cognitief\"\nmethode = \"direct\"\n\
             sociaal = {sociaal:.1}\ncreativiteit = {creativiteit:.1}\n"
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "grens.toml",
            plan("Onderzoeker", 2.0, 4.5),
            vec![
                "◆ Vaste stappen (Danger zone)",
                "Je werk ligt op de grens tussen Vaste stappen (Danger zone) en Eigen oordeel \
                 (Slow creep).",
                "Bij Vaste stappen (Danger zone): ",
                "Bij Eigen oordeel (Slow creep): ",
                "■ Jouw functie (Onderzoeker) hoort volgens de lijst uit 2019 bij Eigen oordeel \
                 (Slow creep). In jouw werk zit minder eigen oordeel dan bij de meeste mensen \
                 met deze functie. Dat is geen fout: jij kent je eigen werk. Het is iets om \
                 samen over te praten.",
            ],
        ),
        (
            "midden.toml",
            plan("Jobcoach", 5.4, 5.6),
            vec![
                "◆ In het midden, het dichtst bij Oordeel en mensen (Safe zone)",
                "Je werk ligt in het midden, dicht bij alle vier de kwadranten. Het dichtst bij \
                 ligt Oordeel en mensen (Safe zone). Vlak daarnaast liggen Eigen oordeel (Slow \
                 creep) en Regels en mensen (Human veneer), en iets verder Vaste stappen \
                 (Danger zone).",
                "Bij Vaste stappen (Danger zone): ",
                "Bij Regels en mensen (Human veneer): ",
                "In jouw werk zit meer eigen oordeel dan bij de meeste mensen met deze functie.",
            ],
        ),
    ];
    for (name, text, wanted) in cases {
        std::fs::write(dir.path().join(name), text).unwrap();
        let t = Tmux::start(&shell(dir.path(), &format!("open {name}")));
        // The plan opens at its first open step, Jouw richting; one back.
        t.wait_for("Stap 5 van 8: Jouw richting");
        t.keys(&["Escape"]);
        t.wait_for("Stap 4 van 8: Jouw plek");
        let panel = panel_text(&t);
        for want in wanted {
            assert!(panel.contains(want), "{name}: {want:?} not in:\n{panel}");
        }
        // The chart marks the own job.
        let screen = t.wait_for("■");
        assert!(
            screen.contains("◆ jouw werk") || screen.contains("jouw werk ◆"),
            "{screen}"
        );
        t.keys(&["C-q"]);
        t.wait_for("KLAAR status=0");
    }
}

/// The process that the pane's shell started: kwadrant.
#[cfg(target_os = "linux")]
fn kwadrant_in(t: &Tmux) -> i32 {
    let shell: i32 = t
        .run(&["display", "-p", "-t", "t", "#{pane_pid}"])
        .trim()
        .parse()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // pid (comm) state ppid ...
            let Some((_, rest)) = stat.rsplit_once(") ") else {
                continue;
            };
            let ppid: i32 = rest.split(' ').nth(1).unwrap_or("0").parse().unwrap_or(0);
            if ppid == shell && stat.contains("(kwadrant)") {
                return stat.split(' ').next().unwrap().parse().unwrap();
            }
        }
        assert!(Instant::now() < deadline, "kwadrant is not running");
        sleep(Duration::from_millis(50));
    }
}

/// Issue #13: closing the window, logging out or `kill` gives the terminal
/// back in order and keeps what was typed in a private emergency copy.
#[cfg(target_os = "linux")]
#[test]
fn a_signal_restores_the_terminal_and_keeps_what_was_typed() {
    use std::os::unix::fs::PermissionsExt;
    if !have_tmux() {
        return;
    }
    for (sig, name) in [
        (libc::SIGHUP, "HUP"),
        (libc::SIGTERM, "TERM"),
        (libc::SIGINT, "INT"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let command = format!(
            "cd '{}' && {BIN}; echo \"KLAAR status=$?\"; stty -a; sleep 600",
            dir.path().display()
        );
        let t = Tmux::start(&command);
        t.wait_for("Nieuw plan maken");
        t.keys(&["Enter"]);
        t.wait_for("Wat is je naam?");
        t.text("Sanne");
        t.wait_for("Sanne");
        let flags = t.run(&["display", "-p", "-t", "t", "#{alternate_on}"]);
        assert_eq!(
            flags.trim(),
            "1",
            "{name}: the session is on the alternate screen"
        );

        let pid = kwadrant_in(&t);
        // SAFETY: kill only sends a signal to a process id.
        assert_eq!(unsafe { libc::kill(pid, sig) }, 0);
        t.wait_for("KLAAR status=");
        // The last line of `stty -a`: the shell has printed all of it.
        let screen = t.wait_for("echoke");
        assert!(
            screen.contains(&format!("KLAAR status={}", 128 + sig)),
            "{name}: {screen}"
        );
        let state = t.run(&[
            "display",
            "-p",
            "-t",
            "t",
            "#{alternate_on} #{mouse_any_flag} #{cursor_flag}",
        ]);
        assert_eq!(
            state.trim(),
            "0 0 1",
            "{name}: normal screen, no mouse tracking, cursor shown"
        );
        let words: Vec<&str> = screen.split_whitespace().collect();
        for mode in ["icanon", "echo"] {
            assert!(words.contains(&mode), "{name}: stty lacks {mode}: {screen}");
            assert!(
                !words.contains(&format!("-{mode}").as_str()),
                "{name}: {screen}"
            );
        }
        assert!(screen.contains("kwadrant is gestopt"), "{name}: {screen}");

        let copies: Vec<PathBuf> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(copies.len(), 1, "{name}: {copies:?}");
        let copy = &copies[0];
        assert!(
            copy.to_string_lossy().ends_with(".herstel.toml"),
            "{name}: {copy:?}"
        );
        let text = std::fs::read_to_string(copy).unwrap();
        assert!(text.contains("naam = \"Sanne\""), "{name}: {text}");
        assert!(text.contains("status = \"concept\""), "{name}: {text}");
        let mode = std::fs::metadata(copy).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{name}");
        drop(t);

        // The next start in that folder offers the copy, without a name.
        let t = Tmux::start(&shell(dir.path(), ""));
        let offer = t.wait_for("Verder met de noodkopie");
        assert!(offer.contains("noodkopie van een plan"), "{offer}");
        assert!(
            !offer.contains("Sanne"),
            "{name}: the offer names no person: {offer}"
        );
        t.keys(&["Enter"]);
        t.wait_for("Je gaat verder met de noodkopie");
        t.wait_for("Sanne");
        t.keys(&["C-s"]);
        t.wait_for("Opgeslagen (concept): groeiplan-sanne-");
        t.keys(&["C-q"]);
        t.wait_for("KLAAR status=0");
        let files: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            files.len(),
            1,
            "{name}: the copy is gone once saved: {files:?}"
        );
        assert!(!files[0].contains("herstel"), "{files:?}");
        let saved = std::fs::read_to_string(dir.path().join(&files[0])).unwrap();
        assert!(saved.contains("naam = \"Sanne\""), "{saved}");
    }
}

/// Issue #13, as it happens: the window is closed while someone types. The
/// process must end (not hang on a terminal that is gone) and keep the work.
#[cfg(target_os = "linux")]
#[test]
fn closing_the_window_ends_the_process_and_keeps_the_work() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start(&shell(dir.path(), ""));
    t.wait_for("Nieuw plan maken");
    t.keys(&["Enter"]);
    t.wait_for("Wat is je naam?");
    t.text("Ahmed");
    t.wait_for("Ahmed");
    let pid = kwadrant_in(&t);
    // Closing the window: the terminal disappears.
    drop(t);
    let deadline = Instant::now() + Duration::from_secs(20);
    while Path::new(&format!("/proc/{pid}")).exists() {
        let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        if state.split(' ').nth(2) == Some("Z") {
            break; // ended, waiting for its parent
        }
        assert!(
            Instant::now() < deadline,
            "kwadrant still runs after its window closed"
        );
        sleep(Duration::from_millis(50));
    }
    let copies: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    let text = std::fs::read_to_string(&copies[0]).unwrap();
    assert!(text.contains("naam = \"Ahmed\""), "{text}");
}

/// Issue #16: while a session has a plan open, a lock file beside it warns a
/// second session; it is gone after a normal quit and after SIGTERM, and
/// the lock of a session killed with SIGKILL is stale and ignored.
#[cfg(target_os = "linux")]
#[test]
fn a_plan_open_in_one_window_is_announced_in_another() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy("tests/fixtures/volledig.toml", dir.path().join("plan.toml")).unwrap();
    let lock = dir.path().join(".plan.toml.lock");
    let wait_until = |what: &str, done: &dyn Fn() -> bool| {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !done() {
            assert!(Instant::now() < deadline, "waited for {what}");
            sleep(Duration::from_millis(50));
        }
    };

    // The first window opens the plan: the lock appears, with no name in it.
    let first = Tmux::start(&shell(dir.path(), "open plan.toml"));
    first.wait_for("Jouw plan");
    wait_until("the lock", &|| lock.exists());
    let text = std::fs::read_to_string(&lock).unwrap();
    assert!(
        text.contains("proces = ") && text.contains("sinds = "),
        "{text}"
    );
    assert!(!text.contains("Sanne"), "{text}");

    // The second window is told, and looks without saving into the file.
    let second = Tmux::start(&shell(dir.path(), "open plan.toml"));
    let screen = second.wait_for("is al open in een ander venster");
    assert!(screen.contains("Alleen lezen"), "{screen}");
    second.keys(&["Enter"]);
    second.wait_for("Alleen lezen: plan.toml blijft zoals het is");
    second.keys(&["C-q"]);
    second.wait_for("KLAAR status=0");
    assert!(
        lock.exists(),
        "the second window leaves the first one's lock"
    );

    // A normal quit removes the lock.
    first.keys(&["C-q"]);
    first.wait_for("KLAAR status=0");
    assert!(!lock.exists(), "gone after Ctrl-Q");

    // So does SIGTERM.
    let third = Tmux::start(&shell(dir.path(), "open plan.toml"));
    third.wait_for("Jouw plan");
    wait_until("the lock", &|| lock.exists());
    // SAFETY: kill only sends a signal to a process id.
    assert_eq!(unsafe { libc::kill(kwadrant_in(&third), libc::SIGTERM) }, 0);
    third.wait_for(&format!("KLAAR status={}", 128 + libc::SIGTERM));
    assert!(!lock.exists(), "gone after SIGTERM");

    // SIGKILL leaves it behind; the next session sees it is stale.
    let fourth = Tmux::start(&shell(dir.path(), "open plan.toml"));
    fourth.wait_for("Jouw plan");
    wait_until("the lock", &|| lock.exists());
    assert_eq!(
        unsafe { libc::kill(kwadrant_in(&fourth), libc::SIGKILL) },
        0
    );
    fourth.wait_for("KLAAR status=");
    assert!(lock.exists(), "kill -9 cannot clean up");
    let fifth = Tmux::start(&shell(dir.path(), "open plan.toml"));
    let screen = fifth.wait_for("Jouw plan");
    assert!(!screen.contains("al open"), "{screen}");
    fifth.keys(&["C-q"]);
    fifth.wait_for("KLAAR status=0");
    assert!(!lock.exists(), "the stale lock was taken over and removed");
}
