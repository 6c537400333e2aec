//! A harness for the tests of one step: it sends keys through the step's own
//! keymap, keeps the plan and the status line, and draws the step alone,
//! without the App around it.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{Component, Outcome, Shared, StepCtx, Steps, View};
use crate::model::plan::Plan;
use crate::tui::dialog::DialogKind;
use crate::tui::keys::{self, Mode};
use crate::tui::msg::{Msg, Notice};
use crate::tui::theme::Theme;

/// The date the harness's session runs on.
pub const TODAY: &str = "2026-11-23";
/// The terminal a harness step is in by default (`screen` draws its 78x20 body).
const SIZE: (u16, u16) = (80, 24);

/// One step, its plan and what it last answered.
pub struct Harness<C: Component> {
    /// The step under test.
    pub step: C,
    /// The plan it edits.
    pub plan: Plan,
    /// The status line.
    pub notice: Option<Notice>,
    /// The outcome of the last message.
    pub last: Outcome,
    /// Every outcome that was not `Stay`, in order.
    pub outcomes: Vec<Outcome>,
    /// The terminal the step believes it is in.
    pub size: (u16, u16),
    /// The day the session runs on.
    pub today: &'static str,
    dir: PathBuf,
    /// The other steps, as a fresh session has them.
    others: Steps,
}

impl<C: Component> Harness<C> {
    /// A step with an empty plan, in folder `/plannen`.
    pub fn new(step: C) -> Self {
        Harness::with_plan(step, Plan::default())
    }

    /// A step with this plan.
    pub fn with_plan(step: C, plan: Plan) -> Self {
        Harness {
            step,
            plan,
            notice: None,
            last: Outcome::Stay,
            outcomes: Vec::new(),
            size: SIZE,
            today: TODAY,
            dir: PathBuf::from("/plannen"),
            others: Steps::default(),
        }
    }

    /// The view the step draws from.
    pub fn view(&self) -> View<'_> {
        View {
            plan: &self.plan,
            steps: &self.others,
            shared: Shared {
                dir: &self.dir,
                file: None,
                today: self.today,
                size: self.size,
            },
            dirty: false,
            theme: Theme::new(false),
        }
    }

    /// Runs `f` on the step with the context it may change.
    fn with_ctx<T>(&mut self, f: impl FnOnce(&mut C, &mut StepCtx) -> T) -> T {
        let mut ctx = StepCtx {
            plan: &mut self.plan,
            notice: &mut self.notice,
            shared: Shared {
                dir: &self.dir,
                file: None,
                today: self.today,
                size: self.size,
            },
        };
        f(&mut self.step, &mut ctx)
    }

    /// The step becomes the current one.
    pub fn enter(&mut self) {
        self.with_ctx(|step, ctx| step.enter(ctx));
    }

    /// Sends one message.
    pub fn send(&mut self, msg: Msg) {
        self.last = self.with_ctx(|step, ctx| step.update(msg, ctx));
        if self.last != Outcome::Stay {
            self.outcomes.push(self.last.clone());
        }
    }

    /// Answers the question the step asked with option `choice`.
    pub fn answer(&mut self, dialog: &DialogKind, choice: usize) {
        self.last = self.with_ctx(|step, ctx| step.answer(dialog, choice, ctx));
    }

    /// Presses keys, written as words ("Enter", "Down", "Tab", "Esc", "Del",
    /// "S-Right" for Shift; anything else is typed letter by letter), through
    /// the step's keymap. A key the step does not offer is an error.
    pub fn keys(&mut self, words: &[&str]) {
        for word in words {
            let code = |c| vec![KeyEvent::new(c, KeyModifiers::NONE)];
            let presses = match *word {
                "Enter" => code(KeyCode::Enter),
                "Tab" => code(KeyCode::Tab),
                "BTab" => code(KeyCode::BackTab),
                "Esc" => code(KeyCode::Esc),
                "Up" => code(KeyCode::Up),
                "Down" => code(KeyCode::Down),
                "Left" => code(KeyCode::Left),
                "Right" => code(KeyCode::Right),
                "Space" => code(KeyCode::Char(' ')),
                "Del" => code(KeyCode::Delete),
                "F2" => code(KeyCode::F(2)),
                "F3" => code(KeyCode::F(3)),
                "S-Right" => vec![KeyEvent::new(KeyCode::Right, KeyModifiers::SHIFT)],
                "S-Up" => vec![KeyEvent::new(KeyCode::Up, KeyModifiers::SHIFT)],
                text => text
                    .chars()
                    .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
                    .collect(),
            };
            for press in presses {
                let mode = Mode::Step(self.step.keymap(&self.view()));
                // A stray letter is the app's to answer; to a step it does nothing.
                let msg = keys::message_for(&mode, press)
                    .filter(|m| !matches!(m, Msg::Stray(_)))
                    .unwrap_or_else(|| panic!("{press:?} does nothing here ({word})"));
                self.send(msg);
            }
        }
    }

    /// The text of the status line.
    pub fn notice_text(&self) -> String {
        match &self.notice {
            Some(Notice::Info(t) | Notice::Error(t)) => t.clone(),
            None => String::new(),
        }
    }

    /// The step drawn alone at 78x20 (the body of an 80x24 window).
    pub fn screen(&self) -> String {
        self.screen_at(78, 20)
    }

    /// The step drawn alone at this size.
    pub fn screen_at(&self, width: u16, height: u16) -> String {
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        self.step.render(&self.view(), area, &mut buf);
        (0..height)
            .map(|y| {
                let row: String = (0..width).map(|x| buf[(x, y)].symbol()).collect();
                row.trim_end().to_string() + "\n"
            })
            .collect()
    }

    /// The footer's hints as one line, such as "PgDn lees verder  Enter ...".
    pub fn footer(&self) -> String {
        keys::hints(&keys::Mode::Step(self.step.keymap(&self.view())))
            .iter()
            .map(|(key, action)| format!("{key} {action}"))
            .collect::<Vec<_>>()
            .join("  ")
    }

    /// The footer of this step offers help, back, save and quit, and each key
    /// it names works.
    pub fn assert_footer_is_honest(&self) {
        keys::assert_footer_is_honest(self.step.keymap(&self.view()));
    }
}
