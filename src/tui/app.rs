//! The App: a thin router over the steps. It holds what the steps share
//! (the plan, the file, the current step, dialogs, the status line), sends
//! each message to the step that has the keyboard, and turns what the step
//! asks for into effects (saving, opening, quitting) for the run loop.
//! `App::update` never touches the terminal or the disk.

use std::path::PathBuf;

use toml::value::Datetime;

use super::dialog::{Dialog, DialogKind};
use super::keys::Mode;
pub use super::msg::{EditKey, Effect, Msg, Notice};
pub use super::steps::Step;
use super::steps::form::FormFocus;
use super::steps::{Outcome, Shared, StepCtx, Steps, View};
use super::theme::Theme;
use crate::model::catalog::Catalog;
use crate::model::plan::{Plan, Status};
use crate::plan_file::SaveMode;

/// The smallest terminal the session is drawn in.
pub const MIN_WIDTH: u16 = 80;
/// The smallest terminal height.
pub const MIN_HEIGHT: u16 = 24;

/// What to do once a save succeeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterSave {
    /// Quit the program.
    Quit,
    /// Start over for the next person.
    NewSession,
    /// Write the export for the manager.
    Export,
}

/// The whole state of a session.
#[derive(Debug, Clone, PartialEq)]
pub struct App {
    /// The plan being made: the truth for everything the employee entered.
    pub plan: Plan,
    /// The plan as it was last opened or saved (empty for a new plan).
    pub baseline: Plan,
    /// The current step.
    pub step: Step,
    /// The state of every step.
    pub steps: Steps,
    /// Folder where new plans are saved.
    pub dir: PathBuf,
    /// Today's date as YYYY-MM-DD, for the default file name.
    pub today: String,
    /// The file this plan was opened from or saved to.
    pub file: Option<PathBuf>,
    /// Terminal size.
    pub size: (u16, u16),
    /// Use colours (off with NO_COLOR).
    pub color: bool,
    /// Showing the help text.
    pub help: bool,
    /// An open dialog.
    pub dialog: Option<Dialog>,
    /// The status line message.
    pub notice: Option<Notice>,
    /// What to do after the next successful save.
    pub after_save: Option<AfterSave>,
}

impl App {
    /// A new, empty session.
    pub fn new(dir: PathBuf, today: String, size: (u16, u16), color: bool) -> Self {
        App {
            plan: Plan::default(),
            baseline: Plan::default(),
            step: Step::Start,
            steps: Steps::default(),
            dir,
            today,
            file: None,
            size,
            color,
            help: false,
            dialog: None,
            notice: None,
            after_save: None,
        }
    }

    /// The catalog the session draws from.
    pub fn catalog(&self) -> &'static Catalog {
        Catalog::embedded()
    }

    /// Whether the plan differs from the version last opened or saved.
    pub fn dirty(&self) -> bool {
        self.plan != self.baseline
    }

    /// Whether the window is big enough to draw the session.
    pub fn fits(&self) -> bool {
        self.size.0 >= MIN_WIDTH && self.size.1 >= MIN_HEIGHT
    }

    fn shared(&self) -> Shared<'_> {
        Shared {
            dir: &self.dir,
            file: self.file.as_deref(),
            today: &self.today,
        }
    }

    /// What the current step may read while drawing.
    pub fn view(&self) -> View<'_> {
        View {
            plan: &self.plan,
            shared: self.shared(),
            dirty: self.dirty(),
            theme: Theme::new(self.color),
        }
    }

    /// Who has the keyboard now.
    pub fn mode(&self) -> Mode {
        if !self.fits() {
            Mode::TooSmall
        } else if self.dialog.is_some() {
            Mode::Dialog
        } else if self.help {
            Mode::Help
        } else {
            Mode::Step(self.steps.get(self.step).keymap(&self.view()))
        }
    }

    /// Runs `f` on the current step with the context it may change.
    fn with_step<T>(
        &mut self,
        f: impl FnOnce(&mut dyn super::steps::Component, &mut StepCtx) -> T,
    ) -> T {
        let shared = Shared {
            dir: &self.dir,
            file: self.file.as_deref(),
            today: &self.today,
        };
        let mut ctx = StepCtx {
            plan: &mut self.plan,
            notice: &mut self.notice,
            shared,
        };
        f(self.steps.get_mut(self.step), &mut ctx)
    }

    /// Applies one message; returns the I/O the run loop must do.
    pub fn update(&mut self, msg: Msg) -> Option<Effect> {
        match msg {
            Msg::Resize(w, h) => {
                self.size = (w, h);
                return None;
            }
            Msg::Saved(path, at) => return self.saved(path, at),
            Msg::SaveConflict(path) => {
                self.after_save = None;
                self.dialog = Some(Dialog::new(DialogKind::Overwrite(path)));
                return None;
            }
            Msg::SaveFailed(why) => {
                self.after_save = None;
                self.notice = Some(Notice::Error(why));
                return None;
            }
            Msg::Opened(plan, path) => {
                self.open(*plan, path);
                return None;
            }
            Msg::OpenFailed(why) | Msg::ExportFailed(why) => {
                self.notice = Some(Notice::Error(why));
                return None;
            }
            Msg::Exported(path) => {
                self.notice = Some(Notice::Info(format!(
                    "Klaar om te printen: {} (open het in je browser)",
                    path.file_name().unwrap_or_default().to_string_lossy()
                )));
                return None;
            }
            _ => {}
        }
        self.notice = None;
        match msg {
            Msg::Quit => return self.request_quit(),
            Msg::Save if self.fits() => return self.save_effect(),
            _ => {}
        }
        if self.dialog.is_some() {
            return self.dialog_update(msg);
        }
        if self.help {
            if msg == Msg::Back || msg == Msg::Help {
                self.help = false;
            }
            return None;
        }
        if msg == Msg::Help {
            self.help = true;
            return None;
        }
        let outcome = self.with_step(|step, ctx| step.update(msg, ctx));
        self.apply(outcome)
    }

    /// Carries out what a step asked for.
    fn apply(&mut self, outcome: Outcome) -> Option<Effect> {
        match outcome {
            Outcome::Stay => None,
            Outcome::Next => self.go_to(self.step.next()),
            Outcome::Back => self.go_to(self.step.prev()),
            Outcome::GoTo(step) => self.go_to(step),
            Outcome::Save => self.save_effect(),
            Outcome::Export => match &self.file {
                Some(file) if !self.dirty() => Some(Effect::Export(file.clone())),
                // The export sits beside the plan file: save first.
                _ => {
                    self.after_save = Some(AfterSave::Export);
                    self.save_effect()
                }
            },
            Outcome::NewSession => self.request_new_session(),
            Outcome::Quit => self.request_quit(),
            Outcome::Open(path) => Some(Effect::Open(path)),
            Outcome::Ask(kind) => {
                self.dialog = Some(Dialog::new(kind));
                None
            }
        }
    }

    fn go_to(&mut self, step: Step) -> Option<Effect> {
        self.steps.get_mut(self.step).leave();
        self.step = step;
        self.with_step(|step, ctx| step.enter(ctx));
        None
    }

    fn saved(&mut self, path: PathBuf, at: Datetime) -> Option<Effect> {
        self.plan.aangemaakt.get_or_insert(at);
        self.plan.gewijzigd = Some(at);
        self.baseline = self.plan.clone();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let folder = path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let status = match self.plan.status {
            Status::Klaar => "klaar",
            Status::Concept => "concept",
        };
        self.notice = Some(Notice::Info(format!(
            "Opgeslagen ({status}): {name} in {folder}"
        )));
        self.file = Some(path.clone());
        match self.after_save.take() {
            Some(AfterSave::Quit) => Some(Effect::Quit),
            Some(AfterSave::NewSession) => {
                self.reset();
                Some(Effect::ClearScreen)
            }
            Some(AfterSave::Export) => Some(Effect::Export(path)),
            None => None,
        }
    }

    fn dialog_update(&mut self, msg: Msg) -> Option<Effect> {
        let dialog = self.dialog.as_mut()?;
        match msg {
            Msg::Up => dialog.move_focus(false),
            Msg::Down => dialog.move_focus(true),
            Msg::Back => self.dialog = None,
            Msg::Confirm => {
                let Dialog { kind, focus } = self.dialog.take()?;
                return self.answer_dialog(kind, focus);
            }
            _ => {}
        }
        None
    }

    fn answer_dialog(&mut self, kind: DialogKind, choice: usize) -> Option<Effect> {
        match (kind, choice) {
            (DialogKind::QuitUnsaved, 0) => {
                self.after_save = Some(AfterSave::Quit);
                self.save_effect()
            }
            (DialogKind::QuitUnsaved, 1) => Some(Effect::Quit),
            (DialogKind::NewSessionUnsaved, 0) => {
                self.after_save = Some(AfterSave::NewSession);
                self.save_effect()
            }
            (DialogKind::NewSessionUnsaved, 1) => {
                self.reset();
                Some(Effect::ClearScreen)
            }
            (DialogKind::Overwrite(path), 0) => Some(Effect::Save {
                path,
                mode: SaveMode::CreateNew,
                pick_free_name: true,
            }),
            (DialogKind::Overwrite(path), 1) => Some(Effect::Save {
                path,
                mode: SaveMode::ReplaceSamePlan,
                pick_free_name: false,
            }),
            (kind, choice) => {
                let outcome = self.with_step(|step, ctx| step.answer(&kind, choice, ctx));
                self.apply(outcome)
            }
        }
    }

    fn save_effect(&mut self) -> Option<Effect> {
        if self.plan.status == Status::Klaar
            && !super::steps::missing_for_klaar(&self.plan, self.catalog()).is_empty()
        {
            self.plan.status = Status::Concept;
        }
        Some(match &self.file {
            Some(file) => Effect::Save {
                path: file.clone(),
                mode: SaveMode::ReplaceSamePlan,
                pick_free_name: false,
            },
            None => Effect::Save {
                path: self.dir.join(self.default_file_name()),
                mode: SaveMode::CreateNew,
                pick_free_name: false,
            },
        })
    }

    /// The file name a new plan gets.
    pub fn default_file_name(&self) -> String {
        self.shared().default_file_name(&self.plan)
    }

    fn request_quit(&mut self) -> Option<Effect> {
        if self.dirty() {
            self.dialog = Some(Dialog::new(DialogKind::QuitUnsaved));
            None
        } else {
            Some(Effect::Quit)
        }
    }

    fn request_new_session(&mut self) -> Option<Effect> {
        if self.dirty() {
            self.dialog = Some(Dialog::new(DialogKind::NewSessionUnsaved));
            None
        } else {
            self.reset();
            Some(Effect::ClearScreen)
        }
    }

    fn reset(&mut self) {
        *self = App::new(self.dir.clone(), self.today.clone(), self.size, self.color);
    }

    /// Continues with a plan read from `path`, at its first open step.
    pub fn open(&mut self, plan: Plan, path: PathBuf) {
        let step = Step::first_incomplete(&plan);
        self.reset();
        for s in Step::ALL {
            self.steps.get_mut(*s).opened(&plan);
        }
        self.baseline = plan.clone();
        self.plan = plan;
        self.notice = Some(Notice::Info(format!(
            "Plan geopend: {}",
            path.file_name().unwrap_or_default().to_string_lossy()
        )));
        self.file = Some(path);
        self.go_to(step);
    }

    /// The focus on the current step, if it is a form.
    pub fn form_focus(&self) -> Option<FormFocus> {
        let s = &self.steps;
        Some(match self.step {
            Step::Start => s.start.form.focus,
            Step::About => s.about.form.focus,
            Step::Direction => s.direction.form.focus,
            Step::Conversation => s.conversation.form.focus,
            Step::Save => s.save.form.focus,
            _ => return None,
        })
    }
}
