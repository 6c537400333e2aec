//! The App: a thin router over the steps. It holds what the steps share
//! (the plan, the file, the current step, dialogs, the status line), sends
//! each message to the step that has the keyboard, and turns what the step
//! asks for into effects (saving, opening, quitting) for the run loop.
//! `App::update` never touches the terminal or the disk.
//!
//! One truth: the plan a save writes is [`App::current_plan`], derived from
//! the plan and what the steps still hold; "unsaved" is that plan compared
//! with the version last opened or saved, never a flag a path must set.

use std::path::PathBuf;

pub use super::dialog::Then;
use super::dialog::{Dialog, DialogKind};
use super::keys::{Keymap, Mode};
pub use super::msg::{EditKey, Effect, Msg, Notice};
pub use super::steps::Step;
use super::steps::form::FormFocus;
use super::steps::{Outcome, Shared, StepCtx, Steps, View, status_of};
use super::theme::{Palette, Theme};
use crate::model::plan::{Plan, Status};
use crate::plan_file::SaveMode;

/// The smallest terminal the session is drawn in.
pub const MIN_WIDTH: u16 = 80;
/// The smallest terminal height.
pub const MIN_HEIGHT: u16 = 24;

/// The whole state of a session: plain data, so a test can compare it.
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
    /// The colours (plain with NO_COLOR or an unknown background).
    pub palette: Palette,
    /// Showing the help text.
    pub help: bool,
    /// An open dialog.
    pub dialog: Option<Dialog>,
    /// The status line message.
    pub notice: Option<Notice>,
    /// What to do after the next successful save.
    pub after_save: Option<Then>,
    /// The emergency copy on screen, removed once the plan is saved.
    pub recovered: Option<PathBuf>,
    /// The plan as this session last read from or wrote to `file`: a save
    /// that would replace something else asks first (see `on_disk`).
    pub on_disk: Option<Plan>,
    /// The last save failed (cleared by the next one that works): leaving
    /// then says so.
    pub last_save_failed: bool,
    /// The files this window saved (also for earlier plans and people), to
    /// say so when one is in the way of a new plan.
    pub written: Vec<PathBuf>,
    /// Letters are being typed where they are keys ([`Msg::Stray`]).
    pub stray: bool,
}

/// What the status line says when letters are typed where they are keys.
pub const STRAY: &str =
    "Hier kun je niet typen. Kies met ↑↓ waar je wilt schrijven en druk op Enter.";

impl App {
    /// A new, empty session.
    pub fn new(dir: PathBuf, today: String, size: (u16, u16), palette: impl Into<Palette>) -> Self {
        App {
            plan: Plan::default(),
            baseline: Plan::default(),
            step: Step::Start,
            steps: Steps::default(),
            dir,
            today,
            file: None,
            size,
            palette: palette.into(),
            help: false,
            dialog: None,
            notice: None,
            after_save: None,
            recovered: None,
            on_disk: None,
            last_save_failed: false,
            written: Vec::new(),
            stray: false,
        }
    }

    /// The plan exactly as a save writes it now (apart from the times):
    /// the plan, the input the steps still hold, and its status: klaar once
    /// it was saved from the save step, for as long as it stays complete.
    pub fn current_plan(&self) -> Plan {
        let mut plan = self.steps.with_pending(&self.plan);
        let complete = status_of(&plan, &self.steps.unstored()) == Status::Klaar;
        if !complete {
            plan.status = Status::Concept;
        }
        plan
    }

    /// The plan on screen, when it differs from the version last opened or saved.
    pub fn unsaved(&self) -> Option<Plan> {
        let plan = self.current_plan();
        (plan != self.baseline).then_some(plan)
    }

    /// Whether what is on screen differs from the version last opened or saved.
    pub fn dirty(&self) -> bool {
        self.unsaved().is_some()
    }

    /// Whether the window is big enough to draw the session.
    pub fn fits(&self) -> bool {
        self.size.0 >= MIN_WIDTH && self.size.1 >= MIN_HEIGHT
    }

    fn shared(&self) -> Shared<'_> {
        Shared::new(&self.dir, self.file.as_deref(), &self.today, self.size)
    }

    /// What the current step may read while drawing.
    pub fn view(&self) -> View<'_> {
        View {
            plan: &self.plan,
            steps: &self.steps,
            shared: self.shared(),
            dirty: self.dirty(),
            theme: Theme::new(self.palette),
        }
    }

    /// Who has the keyboard now.
    pub fn mode(&self) -> Mode {
        if !self.fits() {
            Mode::TooSmall
        } else if let Some(dialog) = &self.dialog {
            match dialog.kind {
                DialogKind::TypeFolder(_) => Mode::DialogText,
                _ => Mode::Dialog,
            }
        } else if self.help {
            Mode::Help
        } else {
            Mode::Step(Keymap {
                stray: self.stray,
                ..self.steps.get(self.step).keymap(&self.view())
            })
        }
    }

    /// Runs `f` on the current step with the context it may change.
    fn with_step<T>(
        &mut self,
        f: impl FnOnce(&mut dyn super::steps::Component, &mut StepCtx) -> T,
    ) -> T {
        let mut ctx = StepCtx {
            plan: &mut self.plan,
            notice: &mut self.notice,
            shared: Shared::new(&self.dir, self.file.as_deref(), &self.today, self.size),
        };
        f(self.steps.get_mut(self.step), &mut ctx)
    }

    /// Applies one message; returns the I/O the run loop must do.
    pub fn update(&mut self, msg: Msg) -> Option<Effect> {
        if let Msg::Resize(w, h) = msg {
            self.size = (w, h);
            return None;
        }
        let msg = match self.reply(msg) {
            Ok(effect) => return effect,
            Err(msg) => msg,
        };
        self.notice = None;
        self.stray = matches!(msg, Msg::Stray(_));
        if self.stray {
            self.notice = Some(Notice::Error(STRAY.into()));
            return None;
        }
        match msg {
            Msg::Quit => return self.leave(Then::Quit),
            Msg::Save => return self.save_effect(),
            _ => {}
        }
        if !self.fits() {
            // Nothing on screen to act on; the work stays as it is.
            return None;
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
                    self.after_save = Some(Then::Export);
                    self.save_effect()
                }
            },
            Outcome::NewSession => self.leave(Then::NewSession),
            Outcome::NewPlan => self.leave(Then::NewPlan),
            Outcome::Quit => self.leave(Then::Quit),
            // Read it first: only a plan that opens is worth the question.
            Outcome::Open(path) => Some(Effect::Open(path)),
            Outcome::Ask(kind) => {
                self.dialog = Some(Dialog::new(kind));
                None
            }
        }
    }

    pub(super) fn go_to(&mut self, step: Step) -> Option<Effect> {
        self.steps.get_mut(self.step).leave();
        self.step = step;
        self.with_step(|step, ctx| step.enter(ctx));
        None
    }

    /// Does `then`, which drops what is on screen: asks first when unsaved.
    pub(super) fn leave(&mut self, then: Then) -> Option<Effect> {
        if self.dirty() {
            if self.last_save_failed {
                let text = "Let op: het opslaan is net mislukt. Je werk is nog niet bewaard.";
                self.notice = Some(Notice::Error(text.into()));
            }
            self.dialog = Some(Dialog::new(DialogKind::Unsaved(then)));
            None
        } else {
            self.carry_out(then)
        }
    }

    pub(super) fn carry_out(&mut self, then: Then) -> Option<Effect> {
        match then {
            Then::Quit => Some(Effect::Quit),
            Then::NewSession => {
                self.reset();
                Some(Effect::ClearScreen)
            }
            Then::NewPlan => {
                self.reset();
                self.go_to(Step::About);
                Some(Effect::ClearScreen)
            }
            Then::Open(plan, path) => {
                self.open(*plan, path);
                None
            }
            Then::OpenReadOnly(plan, path) => {
                self.open_read_only(*plan, path);
                None
            }
            Then::Export => self.file.clone().map(Effect::Export),
        }
    }

    /// Shows `notice` in the status line.
    pub(super) fn tell(&mut self, notice: Notice) -> Option<Effect> {
        self.notice = Some(notice);
        None
    }

    fn dialog_update(&mut self, msg: Msg) -> Option<Effect> {
        let dialog = self.dialog.as_mut()?;
        if let DialogKind::TypeFolder(_) = dialog.kind {
            return self.type_folder(msg);
        }
        match msg {
            Msg::Up => dialog.move_focus(false),
            Msg::Down => dialog.move_focus(true),
            Msg::Back => {
                self.dialog = None;
                self.after_save = None;
            }
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
            (DialogKind::Unsaved(then), 0) => {
                self.after_save = Some(then);
                self.save_effect()
            }
            (DialogKind::Unsaved(Then::Export), _) => None,
            (DialogKind::Unsaved(then), 1) => self.carry_out(then),
            (DialogKind::Unsaved(_), _) => None,
            (DialogKind::Recover(copy), choice) => self.answer_copy(*copy, choice),
            (DialogKind::Changed(changed), choice) => self.answer_changed(*changed, choice),
            (DialogKind::ReplaceChanged(c), choice) => self.answer_replace(*c, choice),
            (DialogKind::OtherVersion(c), _) => self.back_to_choice(*c),
            (DialogKind::SaveFailed(failed), choice) => self.answer_failed(*failed, choice),
            (DialogKind::InUse(in_use), choice) => self.answer_in_use(*in_use, choice),
            (DialogKind::Overwrite(existing), choice) => {
                let effect = Dialog::overwrite(existing.path, choice);
                if effect.is_none() {
                    self.after_save = None;
                }
                effect
            }
            (kind, choice) => {
                let outcome = self.with_step(|step, ctx| step.answer(&kind, choice, ctx));
                self.apply(outcome)
            }
        }
    }

    pub(super) fn save_effect(&mut self) -> Option<Effect> {
        if self.file.is_none() && self.current_plan() == Plan::default() {
            self.after_save = None;
            return self.tell(Notice::Error("Er is nog niets om op te slaan.".into()));
        }
        // On the save step every way of saving writes what it shows there.
        if self.step == Step::Save {
            let plan = self.steps.with_pending(&self.plan);
            self.plan.status = status_of(&plan, &self.steps.unstored());
        }
        Some(match &self.file {
            Some(file) => Effect::Save {
                path: file.clone(),
                mode: SaveMode::ReplaceSamePlan,
                pick_free_name: false,
            },
            None => Effect::Save {
                path: self.dir.join(self.shared_file_name()),
                mode: SaveMode::CreateNew,
                pick_free_name: false,
            },
        })
    }

    /// The name a new plan gets.
    pub(super) fn shared_file_name(&self) -> String {
        self.shared().default_file_name(&self.plan)
    }

    /// Empties the session; the files this window saved stay known.
    pub(super) fn reset(&mut self) {
        let written = std::mem::take(&mut self.written);
        *self = App::new(
            self.dir.clone(),
            self.today.clone(),
            self.size,
            self.palette,
        );
        self.written = written;
    }

    /// The focus on the current step, if it is a form.
    pub fn form_focus(&self) -> Option<FormFocus> {
        self.steps.form_focus(self.step)
    }
}
