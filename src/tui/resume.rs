//! Going on with a plan: from its file, or from the emergency copy that was
//! written when a signal ended an earlier session. The offer to continue
//! from a copy names no person, only when it was made (DESIGN).

use std::path::{Path, PathBuf};

use super::app::App;
use super::dialog::{Copy, Dialog, DialogKind};
use super::msg::{CopyFile, Effect, Notice};
use super::steps::Step;
use crate::model::plan::Plan;
use crate::plan_file;
use crate::plan_file::names::{EMERGENCY, KEPT, is_emergency_copy};

/// The plan file an emergency copy belongs to: `x.herstel-2.toml` → `x.toml`.
pub fn origin_of(copy: &Path) -> PathBuf {
    let name = copy.file_name().unwrap_or_default().to_string_lossy();
    let base = name.split(&format!(".{EMERGENCY}")).next().unwrap_or(&name);
    copy.with_file_name(format!("{base}.toml"))
}

/// The newest readable emergency copy in `dir`; with a plan opened, only a
/// copy of that plan.
pub fn newest_copy(dir: &Path, opened: Option<&Path>) -> Option<Copy> {
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter(|e| is_emergency_copy(&e.file_name().to_string_lossy()))
        .filter(|e| opened.is_none_or(|plan| origin_of(&e.path()) == plan))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    found.sort();
    found.into_iter().rev().find_map(|(_, path)| {
        let plan = plan_file::load(&path).ok()?;
        Some(Copy { path, plan })
    })
}

/// Where "De noodkopie apart bewaren" puts the copy: `x-noodkopie.toml`, numbered when
/// that exists.
pub fn kept_name(copy: &Path) -> PathBuf {
    let origin = origin_of(copy);
    let stem = origin.file_stem().unwrap_or_default().to_string_lossy();
    (1..100)
        .map(|n| match n {
            1 => origin.with_file_name(format!("{stem}-{KEPT}.toml")),
            n => origin.with_file_name(format!("{stem}-{KEPT}-{n}.toml")),
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| origin.with_file_name(format!("{stem}-{KEPT}-100.toml")))
}

/// Carries out a choice about the copy's file; the notice to show.
pub fn carry_out(action: &CopyFile) -> Notice {
    match action {
        CopyFile::Keep(copy) => {
            let target = kept_name(copy);
            // A hard link never replaces a file; then the copy's name goes.
            match std::fs::hard_link(copy, &target).and_then(|()| std::fs::remove_file(copy)) {
                Ok(()) => Notice::Info(format!(
                    "De noodkopie is bewaard als {}.",
                    target.file_name().unwrap_or_default().to_string_lossy()
                )),
                Err(e) => Notice::Error(format!("De noodkopie bewaren lukt niet: {e}.")),
            }
        }
        CopyFile::Remove(copy) => match std::fs::remove_file(copy) {
            Ok(()) => Notice::Info("De noodkopie is weggegooid.".into()),
            Err(e) => Notice::Error(format!("De noodkopie weggooien lukt niet: {e}.")),
        },
    }
}

impl App {
    /// Continues with a plan read from `path`, at its first open step.
    pub fn open(&mut self, plan: Plan, path: PathBuf) {
        let step = Step::first_incomplete(&plan);
        self.reset();
        for s in Step::ALL {
            self.steps.get_mut(*s).opened(&plan);
        }
        self.on_disk = Some(plan.clone());
        self.plan = plan;
        // The plan as it reads now is the starting point; an old file that
        // is complete but says "concept" becomes "klaar" at the next save.
        self.baseline = self.current_plan();
        self.notice = Some(Notice::Info(format!(
            "Plan geopend: {}",
            path.file_name().unwrap_or_default().to_string_lossy()
        )));
        self.file = Some(path);
        self.go_to(step);
    }

    /// Asks what to do with an emergency copy found on start.
    pub fn offer_copy(&mut self, copy: Copy) {
        self.dialog = Some(Dialog::new(DialogKind::Recover(Box::new(copy))));
    }

    /// The answer to the offer.
    pub(super) fn answer_copy(&mut self, copy: Copy, choice: usize) -> Option<Effect> {
        match choice {
            0 => {
                self.continue_from(copy);
                None
            }
            1 => Some(Effect::CopyFile(CopyFile::Keep(copy.path))),
            _ => Some(Effect::CopyFile(CopyFile::Remove(copy.path))),
        }
    }

    /// The copy's plan on screen, unsaved: saved, it goes to the plan it
    /// came from (or, for a plan never saved, to a new file), and then the
    /// copy is removed.
    fn continue_from(&mut self, copy: Copy) {
        let origin = origin_of(&copy.path);
        let original = plan_file::load(&origin).ok();
        let mut plan = copy.plan;
        // The copy was written as a concept; on screen the plan had its own
        // status, which stays as long as the plan is complete.
        if let Some(original) = &original {
            plan.status = original.status;
        }
        let before = original.map(|plan| {
            self.open(plan, origin.clone());
            (self.baseline.clone(), self.on_disk.clone())
        });
        self.open(plan, origin.clone());
        match before {
            Some((baseline, on_disk)) => (self.baseline, self.on_disk) = (baseline, on_disk),
            None => {
                self.file = None;
                self.baseline = Plan::default();
                self.on_disk = None;
            }
        }
        self.recovered = Some(copy.path);
        self.notice = Some(Notice::Info(
            "Je gaat verder met de noodkopie. Sla op (Ctrl-S) om hem te bewaren.".into(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_recognised_and_traced_to_their_plan() {
        assert!(is_emergency_copy("groeiplan-sanne.herstel.toml"));
        assert!(is_emergency_copy("groeiplan-sanne.herstel-2.toml"));
        assert!(!is_emergency_copy("groeiplan-sanne.toml"));
        assert!(!is_emergency_copy("groeiplan-sanne-noodkopie.toml"));
        assert!(!is_emergency_copy("herstel.toml"));
        assert_eq!(
            origin_of(Path::new("/m/groeiplan-sanne.herstel-2.toml")),
            Path::new("/m/groeiplan-sanne.toml")
        );
    }

    #[test]
    fn the_offer_says_when_and_names_no_person() {
        let mut plan = Plan::default();
        plan.medewerker.naam = Some("Sanne de Vries".into());
        plan.gewijzigd = Some("2026-12-01T18:02:00+01:00".parse().unwrap());
        let copy = Copy {
            path: PathBuf::from("groeiplan-sanne-de-vries.herstel.toml"),
            plan,
        };
        let q = copy.question();
        assert!(q.contains("gemaakt op 1 december 2026, 18:02."), "{q}");
        assert!(!q.contains("Sanne") && !q.contains("sanne"), "{q}");
    }

    fn copy_in(dir: &Path, name: &str, naam: &str) -> Copy {
        let mut plan = Plan::default();
        plan.medewerker.naam = Some(naam.into());
        let path = dir.join(name);
        plan_file::save(&plan, &path, crate::plan_file::SaveMode::CreateNew).unwrap();
        Copy { path, plan }
    }

    #[test]
    fn keeping_both_gives_the_copy_a_plan_name_and_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("plan-noodkopie.toml"), "bezet").unwrap();
        let copy = copy_in(dir.path(), "plan.herstel.toml", "Sanne");
        let told = carry_out(&CopyFile::Keep(copy.path.clone()));
        assert_eq!(
            told,
            Notice::Info("De noodkopie is bewaard als plan-noodkopie-2.toml.".into())
        );
        assert!(!copy.path.exists());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("plan-noodkopie.toml")).unwrap(),
            "bezet"
        );
        let kept = plan_file::load(&dir.path().join("plan-noodkopie-2.toml")).unwrap();
        assert_eq!(kept.medewerker.naam.as_deref(), Some("Sanne"));
        assert!(newest_copy(dir.path(), None).is_none(), "no longer offered");
    }

    #[test]
    fn throwing_away_removes_only_the_copy() {
        let dir = tempfile::tempdir().unwrap();
        let copy = copy_in(dir.path(), "plan.herstel.toml", "Sanne");
        std::fs::write(
            dir.path().join("plan.toml"),
            "formaat = 2\nstatus = \"concept\"\n",
        )
        .unwrap();
        let told = carry_out(&CopyFile::Remove(copy.path.clone()));
        assert_eq!(told, Notice::Info("De noodkopie is weggegooid.".into()));
        assert!(!copy.path.exists());
        assert!(dir.path().join("plan.toml").exists());
    }

    #[test]
    fn an_opened_plan_is_offered_only_its_own_copy() {
        let dir = tempfile::tempdir().unwrap();
        copy_in(dir.path(), "a.herstel.toml", "A");
        copy_in(dir.path(), "b.herstel.toml", "B");
        let found = newest_copy(dir.path(), Some(&dir.path().join("b.toml"))).unwrap();
        assert_eq!(found.plan.medewerker.naam.as_deref(), Some("B"));
        assert!(newest_copy(dir.path(), Some(&dir.path().join("c.toml"))).is_none());
        assert!(newest_copy(dir.path(), None).is_some());
    }

    #[test]
    fn going_on_shows_the_copy_unsaved_against_its_plan_and_forgets_it_once_saved() {
        let dir = tempfile::tempdir().unwrap();
        let origin = dir.path().join("plan.toml");
        std::fs::copy("tests/fixtures/volledig.toml", &origin).unwrap();
        let mut from_copy = plan_file::load(&origin).unwrap();
        from_copy.medewerker.gemeente = Some("Breda".into());
        // As every emergency copy is written.
        from_copy.status = crate::model::plan::Status::Concept;
        let path = dir.path().join("plan.herstel.toml");
        plan_file::save(&from_copy, &path, crate::plan_file::SaveMode::CreateNew).unwrap();
        let copy = Copy {
            path: path.clone(),
            plan: from_copy,
        };

        let mut app = App::new(
            dir.path().to_path_buf(),
            "2026-12-01".into(),
            (80, 24),
            false,
        );
        app.offer_copy(copy.clone());
        assert!(matches!(
            app.dialog.as_ref().map(|d| &d.kind),
            Some(DialogKind::Recover(_))
        ));
        app.dialog = None;
        assert_eq!(app.answer_copy(copy, 0), None);
        assert_eq!(app.plan.medewerker.gemeente.as_deref(), Some("Breda"));
        assert_eq!(app.file.as_deref(), Some(origin.as_path()));
        assert!(app.dirty(), "the copy is not saved in the plan yet");
        assert_eq!(
            app.current_plan().status,
            plan_file::load(&origin).unwrap().status,
            "the status the plan had on screen, not the copy's concept"
        );
        assert_eq!(app.recovered.as_deref(), Some(path.as_path()));
        let now = "2026-12-01T10:00:00+01:00".parse().unwrap();
        app.update(crate::tui::msg::Msg::Saved(origin.clone(), now, false));
        assert_eq!(app.recovered, None);
        assert!(!app.dirty());
    }
}
