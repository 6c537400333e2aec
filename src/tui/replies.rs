//! The run loop's replies to the effects it carried out (saved, opened,
//! exported, failed): what the App does with each.

use std::path::PathBuf;

use toml::value::Datetime;

use super::app::{App, Effect, Msg, Notice, Then};
use super::dialog::{Dialog, DialogKind, Existing};
use super::msg::{Failed, InUse, TypedFolder};
use crate::model::keyword::Keyword;
use crate::model::plan::Plan;
use crate::plan_file::SaveMode;
use crate::tui::widgets::text_field::{LONG_LIMIT, edit_text, paste_text};

impl App {
    /// Handles `msg` when it is a reply to an effect; gives it back when it
    /// is not.
    pub(super) fn reply(&mut self, msg: Msg) -> Result<Option<Effect>, Msg> {
        Ok(match msg {
            Msg::Saved(path, at, refreshed) => self.saved(path, at, refreshed),
            Msg::SaveConflict(path, plan) => {
                // The plan for after the save (quit, next person) waits for the answer.
                let made_here = self.written.contains(&path);
                let existing = Existing {
                    path,
                    plan,
                    made_here,
                };
                self.dialog = Some(Dialog::new(DialogKind::Overwrite(Box::new(existing))));
                None
            }
            Msg::ChangedOnDisk(path, other) => self.changed_on_disk(path, other),
            Msg::SaveFailed(failed) => {
                // What comes after the save (quit, next person) waits: it
                // goes on once the plan is saved somewhere else.
                self.last_save_failed = true;
                self.dialog = Some(Dialog::new(DialogKind::SaveFailed(failed)));
                None
            }
            Msg::Opened(plan, path) => self.opened(plan, path),
            Msg::InUse(in_use) => {
                self.offer_in_use(*in_use);
                None
            }
            Msg::OpenFailed(why) => self.tell(Notice::Error(why)),
            // An export follows a save: the plan itself is safe, say both.
            Msg::ExportFailed(why) => {
                let text = format!(
                    "Plan opgeslagen. De pagina voor je leidinggevende kon niet worden gemaakt: {why}"
                );
                self.tell(Notice::Error(text))
            }
            Msg::Told(notice) => self.tell(notice),
            Msg::Exported(path) => {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                let text = format!("Klaar om te printen: {name} (open het in je browser)");
                self.tell(Notice::Info(text))
            }
            other => return Err(other),
        })
    }

    /// A plan was read: continue with it, asking first about unsaved work.
    fn opened(&mut self, plan: Box<Plan>, path: PathBuf) -> Option<Effect> {
        if self.file.as_ref() == Some(&path) && self.dirty() {
            let text = "Dit plan is al open. Je wijzigingen staan nog op het scherm.";
            return self.tell(Notice::Error(text.into()));
        }
        self.leave(Then::Open(plan, path))
    }

    fn saved(&mut self, path: PathBuf, at: Datetime, refreshed: bool) -> Option<Effect> {
        // Stamped as the save stamped what it wrote: the plan on screen.
        let mut written = self.current_plan();
        written.stamp(at);
        self.plan.aangemaakt = written.aangemaakt;
        self.plan.gewijzigd = written.gewijzigd;
        self.plan.geschiedenis = written.geschiedenis;
        self.baseline = self.current_plan();
        self.on_disk = Some(self.baseline.clone());
        self.last_save_failed = false;
        // "Not saved yet, save first?" no longer holds (Ctrl-S in a small window).
        if matches!(&self.dialog, Some(d) if matches!(d.kind, DialogKind::Unsaved(_))) {
            self.dialog = None;
        }
        if !self.written.contains(&path) {
            self.written.push(path.clone());
        }
        self.recovered = None;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let folder = path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let status = self.baseline.status.id();
        let mut text = format!("Opgeslagen ({status}): {name} in {folder}");
        for left_out in self.steps.unstored() {
            text.push_str(&format!(". Niet opgeslagen: {left_out}"));
        }
        if refreshed {
            text.push_str(". De versie om te printen is ook bijgewerkt");
        }
        text.push_str(&self.split_note(&path));
        self.notice = Some(Notice::Info(text));
        self.file = Some(path);
        let then = self.after_save.take()?;
        self.carry_out(then)
    }

    /// The answer to [`DialogKind::SaveFailed`]: save in the folder chosen
    /// (under a free name), type another one, or back to the plan.
    pub(super) fn answer_failed(&mut self, failed: Failed, choice: usize) -> Option<Effect> {
        let folders = failed.folders();
        if choice == folders.len() {
            let typed = TypedFolder {
                failed,
                text: String::new(),
                cursor: 0,
            };
            self.dialog = Some(Dialog::new(DialogKind::TypeFolder(Box::new(typed))));
            return None;
        }
        match folders.into_iter().nth(choice) {
            Some(folder) => self.save_in(folder),
            None => {
                self.after_save = None;
                None
            }
        }
    }

    /// A key while typing the folder: edit it, save there (when it is a
    /// folder), or back to the choice of folders.
    pub(super) fn type_folder(&mut self, msg: Msg) -> Option<Effect> {
        let Some(Dialog {
            kind: DialogKind::TypeFolder(typed),
            ..
        }) = &mut self.dialog
        else {
            return None;
        };
        match msg {
            Msg::Edit(key) => {
                (typed.text, typed.cursor) = edit_text(&typed.text, typed.cursor, key, LONG_LIMIT);
            }
            Msg::Paste(text) => {
                let (text, cursor, _) = paste_text(&typed.text, typed.cursor, &text, LONG_LIMIT);
                (typed.text, typed.cursor) = (text, cursor);
            }
            Msg::Back => {
                let failed = typed.failed.clone();
                self.dialog = Some(Dialog::new(DialogKind::SaveFailed(Box::new(failed))));
            }
            Msg::Confirm => {
                let text = typed.text.trim().to_string();
                let folder = match (text.strip_prefix('~'), &typed.failed.home) {
                    (Some(rest), Some(home)) => home.join(rest.trim_start_matches(['/', '\\'])),
                    _ => PathBuf::from(&text),
                };
                if text.is_empty() || !folder.is_dir() {
                    let said = format!("Die map is er niet: {text}. Typ een map die al bestaat.");
                    return self.tell(Notice::Error(said));
                }
                self.dialog = None;
                return self.save_in(folder);
            }
            _ => {}
        }
        None
    }

    /// Saves the plan in `folder`, under its own name or a free one.
    fn save_in(&mut self, folder: PathBuf) -> Option<Effect> {
        let name = match self.file.as_deref().and_then(std::path::Path::file_name) {
            Some(name) => name.to_os_string(),
            None => self.shared_file_name().into(),
        };
        self.dir = folder.clone();
        Some(Effect::Save {
            path: folder.join(name),
            mode: SaveMode::CreateNew,
            pick_free_name: true,
        })
    }

    /// Asks what to do with a plan another window has open.
    pub fn offer_in_use(&mut self, in_use: InUse) {
        self.dialog = Some(Dialog::new(DialogKind::InUse(Box::new(in_use))));
    }

    /// The answer to [`DialogKind::InUse`].
    pub(super) fn answer_in_use(&mut self, in_use: InUse, choice: usize) -> Option<Effect> {
        let InUse { plan, path, .. } = in_use;
        match choice {
            0 => self.leave(Then::OpenReadOnly(Box::new(plan), path)),
            1 => self.leave(Then::Open(Box::new(plan), path)),
            _ => None,
        }
    }

    /// Opens `plan` to look at: saving makes a new plan, never a change to
    /// `path`, which another window has open.
    pub(super) fn open_read_only(&mut self, plan: Plan, path: PathBuf) {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        self.open(plan, path);
        self.file = None;
        self.on_disk = None;
        self.notice = Some(Notice::Info(format!(
            "Alleen lezen: {name} blijft zoals het is. Sla je op, dan wordt het een nieuw plan."
        )));
    }
}
