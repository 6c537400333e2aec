//! The contract between the App and a step: what a step may read and change
//! ([`StepCtx`], [`View`]), what it can ask for ([`Outcome`]), and the
//! [`Component`] trait every step implements.

use std::path::{Path, PathBuf};

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::{Step, Steps};
use crate::model::catalog::Catalog;
use crate::model::plan::{Plan, Problem, Status};
use crate::model::slug::plan_file_name;
use crate::tui::dialog::DialogKind;
use crate::tui::keys::Keymap;
use crate::tui::msg::{Msg, Notice};
use crate::tui::theme::Theme;

/// Facts about the session that every step may read.
#[derive(Debug, Clone, Copy)]
pub struct Shared<'a> {
    /// Folder where new plans are saved.
    pub dir: &'a Path,
    /// The file this plan was opened from or saved to.
    pub file: Option<&'a Path>,
    /// Today's date as YYYY-MM-DD, for the default file name.
    pub today: &'a str,
    /// The terminal's size (columns, rows), for a step that pages its text.
    pub size: (u16, u16),
}

impl<'a> Shared<'a> {
    /// The facts of a session in folder `dir`, with `file` open, on `today`,
    /// in a terminal of `size`.
    pub fn new(dir: &'a Path, file: Option<&'a Path>, today: &'a str, size: (u16, u16)) -> Self {
        Shared {
            dir,
            file,
            today,
            size,
        }
    }

    /// The catalog the session draws from.
    pub fn catalog(&self) -> &'static Catalog {
        Catalog::active()
    }

    /// The file name a new plan gets.
    pub fn default_file_name(&self, plan: &Plan) -> String {
        let m = &plan.medewerker;
        let name = m
            .naam
            .as_deref()
            .filter(|n| !n.trim().is_empty())
            .or(m.functie.as_deref());
        plan_file_name(name, self.today)
    }
}

/// What a step may read and change while it handles a message.
#[derive(Debug)]
pub struct StepCtx<'a> {
    /// The plan being made.
    pub plan: &'a mut Plan,
    /// The status line.
    pub notice: &'a mut Option<Notice>,
    /// Facts about the session.
    pub shared: Shared<'a>,
}

impl StepCtx<'_> {
    /// The catalog the session draws from.
    pub fn catalog(&self) -> &'static Catalog {
        Catalog::active()
    }

    /// Shows a problem in the status line.
    pub fn error(&mut self, text: impl Into<String>) {
        *self.notice = Some(Notice::Error(text.into()));
    }

    /// Shows good news in the status line.
    pub fn info(&mut self, text: impl Into<String>) {
        *self.notice = Some(Notice::Info(text.into()));
    }
}

/// What a step may read while it draws.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    /// The plan being made.
    pub plan: &'a Plan,
    /// Every step, for what they still hold that is not in the plan.
    pub steps: &'a Steps,
    /// Facts about the session.
    pub shared: Shared<'a>,
    /// The plan differs from the file.
    pub dirty: bool,
    /// Styles.
    pub theme: Theme,
}

impl View<'_> {
    /// The catalog the session draws from.
    pub fn catalog(&self) -> &'static Catalog {
        Catalog::active()
    }

    /// Input on screen that cannot be stored, in the person's words.
    pub fn unstored(&self) -> Vec<String> {
        self.steps.unstored()
    }

    /// The status every save writes now.
    pub fn status(&self) -> Status {
        status_of(self.plan, &self.unstored())
    }
}

/// What a step asks of the App after a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Stay on this step.
    Stay,
    /// Go to the next step.
    Next,
    /// Go one step back.
    Back,
    /// Go to this step.
    GoTo(Step),
    /// Save the plan.
    Save,
    /// Save if needed, then write the export for the manager.
    Export,
    /// Start over for the next person (asks first when there are changes).
    NewSession,
    /// Start an empty plan (asks first when there are changes).
    NewPlan,
    /// Leave kwadrant (asks first when there are changes).
    Quit,
    /// Read the plan at this path.
    Open(PathBuf),
    /// Ask this question; the answer comes back through [`Component::answer`].
    Ask(DialogKind),
}

/// One step of the session.
pub trait Component {
    /// Handles one message.
    fn update(&mut self, msg: Msg, ctx: &mut StepCtx) -> Outcome;

    /// The keys this step offers right now.
    fn keymap(&self, view: &View) -> Keymap;

    /// Draws the step into `area`; returns where the text cursor goes.
    fn render(&self, view: &View, area: Rect, buf: &mut Buffer) -> Option<Position>;

    /// The help text (F1) for this step as it is now.
    fn help(&self, view: &View) -> String;

    /// The step becomes the current one.
    fn enter(&mut self, _ctx: &mut StepCtx) {}

    /// The step stops being the current one.
    fn leave(&mut self) {}

    /// A plan was opened: take what this step shows from it.
    fn opened(&mut self, _plan: &Plan) {}

    /// Hands input that is still being typed to `plan`, so saving and
    /// "unsaved" include it (an action being written, for example).
    fn pending(&self, _plan: &mut Plan) {}

    /// Input on screen that cannot be stored in the plan, in the person's
    /// words ("de datum van het gesprek (31-02-2026)"); it blocks klaar.
    fn unstored(&self) -> Option<String> {
        None
    }

    /// The answer to a question this step asked with [`Outcome::Ask`].
    fn answer(&mut self, _dialog: &DialogKind, _choice: usize, _ctx: &mut StepCtx) -> Outcome {
        Outcome::Stay
    }
}

/// The status a save writes: klaar when nothing is missing and nothing on
/// screen is left out, concept otherwise.
pub fn status_of(plan: &Plan, unstored: &[String]) -> Status {
    if unstored.is_empty() && missing_for_klaar(plan).is_empty() {
        Status::Klaar
    } else {
        Status::Concept
    }
}

/// Fields still needed before the plan can be marked klaar. These never
/// depend on the questionnaire, so the catalogs are not read (the first
/// frame does not wait for them).
pub fn missing_for_klaar(plan: &Plan) -> Vec<Problem> {
    let mut plan = plan.clone();
    plan.status = Status::Klaar;
    plan.validate(&[])
        .into_iter()
        .filter(|p| p.message.contains("status = \"klaar\""))
        .collect()
}
