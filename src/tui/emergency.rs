//! The emergency copy: when a signal ends the session (the window is closed,
//! the laptop logs out, someone runs `kill`), unsaved work is written beside
//! the plan as `<plan>.herstel.toml`, a `concept`, created new with mode 0600
//! and never over an existing file. A panic (a bug) writes it too. The
//! anchor is nano's emergency file.

use std::path::{Path, PathBuf};

use toml::value::Datetime;

use std::io::Write;

use super::Clock;
use super::app::App;
use super::steps::component::Shared;
use crate::model::plan::{Plan, Status};
use crate::plan_file::names::EMERGENCY;
use crate::plan_file::{self, SaveError, SaveMode};

/// Where the emergency copy of the plan saved at `plan` goes:
/// `groeiplan-sanne.toml` becomes `groeiplan-sanne.herstel.toml`.
pub fn path_for(plan: &Path) -> PathBuf {
    plan.with_extension(format!("{EMERGENCY}.toml"))
}

/// What an emergency copy would hold right now: the plan on screen as a
/// `concept`, and where its copy goes. Kept up to date by the run loop, so a
/// signal can write it without waiting for the session.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    plan: Plan,
    target: PathBuf,
}

/// The copy to write if the session ended now; `None` with nothing unsaved.
pub fn pending(app: &App) -> Option<Pending> {
    let mut plan = app.unsaved()?;
    // A copy is never finished: the person has not seen it saved.
    plan.status = Status::Concept;
    let target = match &app.file {
        Some(file) => path_for(file),
        None => {
            let shared = Shared::new(&app.dir, None, &app.today, app.size);
            path_for(&app.dir.join(shared.default_file_name(&plan)))
        }
    };
    Some(Pending { plan, target })
}

/// Writes the copy, created new, numbered when an earlier copy is there.
pub fn write(pending: Pending, now: Datetime) -> Result<PathBuf, SaveError> {
    let Pending { mut plan, target } = pending;
    plan.stamp(now);
    let mut path = target.clone();
    for n in 2..100 {
        match plan_file::save(&plan, &path, SaveMode::CreateNew) {
            Ok(()) => return Ok(path),
            // An older copy stays as it is; this one gets the next number.
            Err(SaveError::Exists(_)) => path = numbered(&target, n),
            Err(e) => return Err(e),
        }
    }
    Err(SaveError::Exists(path))
}

/// Writes the plan on screen as an emergency copy when it has unsaved work.
/// `None` when there was nothing to keep; the path, or why it failed.
pub fn save_copy(app: &App, now: Datetime) -> Option<Result<PathBuf, SaveError>> {
    pending(app).map(|p| write(p, now))
}

/// Runs `session`; when it panics (a bug), writes the emergency copy of what
/// was not saved, says where on stderr, and lets the panic go on.
pub fn keep_on_panic<T>(
    app: &mut App,
    clock: &dyn Clock,
    session: impl FnOnce(&mut App) -> T,
) -> T {
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| session(app)));
    ran.unwrap_or_else(|panic| {
        if let Some(copy) = save_copy(app, clock.now()) {
            let _ = writeln!(std::io::stderr(), "{}", report(&copy));
        }
        std::panic::resume_unwind(panic)
    })
}

/// The line on stderr after a copy was attempted.
pub fn report(copy: &Result<PathBuf, SaveError>) -> String {
    match copy {
        Ok(path) => format!(
            "kwadrant is gestopt. Wat je nog niet had opgeslagen, staat in {}.",
            path.display()
        ),
        Err(e) => {
            format!("kwadrant is gestopt. Je laatste wijzigingen konden niet bewaard worden: {e}.")
        }
    }
}

/// `x.herstel.toml` numbered `n`: `x.herstel-2.toml`.
fn numbered(path: &Path, n: usize) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!("{stem}-{n}.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::msg::Msg;

    fn now() -> Datetime {
        "2026-12-01T10:00:00+01:00".parse().unwrap()
    }

    fn app_in(dir: &Path) -> App {
        App::new(dir.to_path_buf(), "2026-12-01".into(), (80, 24), false)
    }

    #[test]
    fn a_panic_in_the_session_keeps_what_was_typed_and_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app_in(dir.path());
        let clock = crate::tui::FixedClock(now());
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            keep_on_panic(&mut app, &clock, |app| {
                app.plan.medewerker.naam = Some("Sanne".into());
                panic!("a bug in the session");
            })
        }));
        assert!(caught.is_err(), "the panic goes on");
        let copy = dir.path().join("groeiplan-sanne-2026-12-01.herstel.toml");
        let kept = plan_file::load(&copy).unwrap();
        assert_eq!(kept.medewerker.naam.as_deref(), Some("Sanne"));
        // Without a panic the session's result comes back and nothing is written.
        let other = tempfile::tempdir().unwrap();
        let mut app = app_in(other.path());
        assert_eq!(keep_on_panic(&mut app, &clock, |_| 7), 7);
        assert_eq!(std::fs::read_dir(other.path()).unwrap().count(), 0);
    }

    #[test]
    fn nothing_unsaved_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        assert!(save_copy(&app_in(dir.path()), now()).is_none());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn unsaved_typing_is_written_as_a_private_concept_never_over_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app_in(dir.path());
        app.plan.medewerker.naam = Some("Sanne".into());
        app.plan.status = Status::Klaar;
        let path = save_copy(&app, now()).unwrap().unwrap();
        assert_eq!(
            path,
            dir.path().join("groeiplan-sanne-2026-12-01.herstel.toml")
        );
        let copy = plan_file::load(&path).unwrap();
        assert_eq!(copy.medewerker.naam.as_deref(), Some("Sanne"));
        assert_eq!(copy.status, Status::Concept);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // A second copy never replaces the first.
        app.plan.medewerker.naam = Some("Sanne de Vries".into());
        let before = std::fs::read(&path).unwrap();
        let second = save_copy(&app, now()).unwrap().unwrap();
        assert_ne!(second, path);
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn an_opened_plan_gets_its_copy_beside_it_and_keeps_its_own_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("groeiplan-ahmed.toml");
        std::fs::copy("tests/fixtures/volledig.toml", &file).unwrap();
        let original = std::fs::read(&file).unwrap();
        let mut app = app_in(dir.path());
        let plan = plan_file::load(&file).unwrap();
        app.update(Msg::Opened(Box::new(plan), file.clone()));
        app.plan.medewerker.gemeente = Some("Breda".into());
        let path = save_copy(&app, now()).unwrap().unwrap();
        assert_eq!(path, dir.path().join("groeiplan-ahmed.herstel.toml"));
        assert_eq!(std::fs::read(&file).unwrap(), original);
        let copy = plan_file::load(&path).unwrap();
        assert_eq!(copy.medewerker.gemeente.as_deref(), Some("Breda"));
    }
}
