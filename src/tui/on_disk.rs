//! Someone else changed the plan file: never write over it unasked.
//!
//! The App remembers the plan as this session last read or wrote it
//! ([`App::on_disk`]). Before a save replaces that file, the run loop reads
//! it again; when it holds something else (another session saved, a coach
//! in another tab), the save stops and the person chooses: their version
//! under a new name (the default, which records where it split from in
//! `[herkomst]`), or replacing the other version after a second question.
//! Nothing on screen is lost either way.

use std::path::{Path, PathBuf};

use super::app::{App, Effect};
use super::dialog::{Changed, Dialog, DialogKind};
use crate::model::plan::Plan;
use crate::plan_file::{self, SaveMode};

/// Whether `target` may be written now: `Ok(())` when it still holds
/// `expected` (or is gone), otherwise what it holds instead (`None` when it
/// cannot be read as a plan).
pub fn check(target: &Path, expected: &Plan) -> Result<(), Option<Box<Plan>>> {
    if !target.exists() {
        // Moved or removed: saving puts the plan back, nothing is replaced.
        return Ok(());
    }
    match plan_file::load(target) {
        Ok(found) if found == *expected => Ok(()),
        Ok(found) => Err(Some(Box::new(found))),
        Err(_) => Err(None),
    }
}

impl App {
    /// A save found the file changed: ask what to do.
    pub(super) fn changed_on_disk(
        &mut self,
        path: PathBuf,
        other: Option<Box<Plan>>,
    ) -> Option<Effect> {
        let changed = Changed {
            path,
            other: other.map(|o| *o),
            mine: self.current_plan(),
        };
        self.dialog = Some(Dialog::new(DialogKind::Changed(Box::new(changed))));
        None
    }

    /// After a save to `path`: ". De andere versie staat nog in x.toml" when
    /// this save split the plan off from the file it came from.
    pub(super) fn split_note(&self, path: &Path) -> String {
        let before = self.file.as_deref().and_then(Path::file_name);
        let from = self.plan.herkomst.afgesplitst_van.as_deref();
        match (before, from) {
            (Some(before), Some(from))
                if before.to_string_lossy() == from && path.file_name() != Some(before) =>
            {
                format!(". De andere versie staat nog in {from}")
            }
            _ => String::new(),
        }
    }

    /// The answer to [`DialogKind::Changed`].
    pub(super) fn answer_changed(&mut self, changed: Changed, choice: usize) -> Option<Effect> {
        match choice {
            0 => {
                let from = changed.path.file_name().unwrap_or_default();
                self.plan.herkomst.afgesplitst_van = Some(from.to_string_lossy().into_owned());
                Some(Effect::Save {
                    path: changed.path,
                    mode: SaveMode::CreateNew,
                    pick_free_name: true,
                })
            }
            1 => {
                self.dialog = Some(Dialog::new(DialogKind::OtherVersion(Box::new(changed))));
                None
            }
            2 => {
                self.dialog = Some(Dialog::new(DialogKind::ReplaceChanged(Box::new(changed))));
                None
            }
            _ => {
                self.after_save = None;
                None
            }
        }
    }

    /// Back from [`DialogKind::OtherVersion`] to the choice.
    pub(super) fn back_to_choice(&mut self, changed: Changed) -> Option<Effect> {
        self.dialog = Some(Dialog::new(DialogKind::Changed(Box::new(changed))));
        None
    }

    /// The answer to [`DialogKind::ReplaceChanged`]: replace, or back to
    /// the first question.
    pub(super) fn answer_replace(&mut self, changed: Changed, choice: usize) -> Option<Effect> {
        if choice == 1 {
            // What is in the file now is what this save may replace.
            self.on_disk = changed.other;
            return self.save_effect();
        }
        self.dialog = Some(Dialog::new(DialogKind::Changed(Box::new(changed))));
        None
    }
}
