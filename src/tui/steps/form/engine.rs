//! How a form reacts to keys: moving through rows and fields, typing,
//! choosing and pressing buttons. A step that is a form implements
//! [`FormStep`] (its fields, texts and buttons) and gets the rest of
//! [`Component`] from here.

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::{
    ButtonId, ChecksId, ChoiceId, Field, FieldKind, FormFocus, TextId, choice_options, tool_options,
};
use crate::model::catalog::Catalog;
use crate::model::plan::Plan;
use crate::tui::dialog::DialogKind;
use crate::tui::keys::{Binding, Keymap, hint, key};
use crate::tui::msg::Notice;
use crate::tui::msg::{EditKey, Msg};
use crate::tui::steps::component::{Component, Outcome, StepCtx, View};
use crate::tui::widgets::text_field::{cut_notice, edit_text, paste_text};

/// The state every form keeps: where the focus is, and the cursor in the
/// text field being edited.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Form {
    /// The focused field and row.
    pub focus: FormFocus,
    /// The text field being edited and its cursor (in characters).
    pub editing: Option<(TextId, usize)>,
}

/// Implements [`FormStep::form`] and [`FormStep::form_mut`] for a step that
/// keeps its [`Form`] in a field named `form`.
macro_rules! form_state {
    () => {
        fn form(&self) -> &$crate::tui::steps::form::Form {
            &self.form
        }

        fn form_mut(&mut self) -> &mut $crate::tui::steps::form::Form {
            &mut self.form
        }
    };
}
pub(crate) use form_state;

/// A step that is a form.
pub trait FormStep {
    /// The form's focus and cursor.
    fn form(&self) -> &Form;
    /// The form's focus and cursor, to change them.
    fn form_mut(&mut self) -> &mut Form;
    /// The fields, top to bottom (some show only for some choices).
    fn fields(&self, plan: &Plan) -> Vec<Field>;
    /// What a button does; "Verder" goes to the next step.
    fn press(&mut self, button: ButtonId, _ctx: &mut StepCtx) -> Outcome {
        match button {
            ButtonId::Next => Outcome::Next,
            _ => Outcome::Stay,
        }
    }
    /// The lines above the form.
    fn intro(&self, view: &View) -> Vec<String>;
    /// The explanation beside the focused field.
    fn explanation(&self, view: &View, field: Field, row: usize) -> String;
    /// The help text (F1).
    fn help(&self, view: &View) -> String;

    /// Whether the first intro line is a title.
    fn intro_is_title(&self) -> bool {
        false
    }
    /// The current text of a field.
    fn text(&self, plan: &Plan, id: TextId) -> String {
        id.read(plan)
    }
    /// Stores a field's text.
    fn set_text(&mut self, plan: &mut Plan, id: TextId, value: String) {
        id.write(plan, value);
    }
    /// Words to suggest under a text field while typing.
    fn pool(&self, _id: TextId, _catalog: &'static Catalog) -> Vec<&'static str> {
        Vec::new()
    }
    /// Input this form holds that cannot be stored in the plan.
    fn unstored(&self) -> Option<String> {
        None
    }
    /// A problem with what was typed in a field, shown under it.
    fn problem(&self, _id: TextId) -> Option<String> {
        None
    }
    /// The label of a button.
    fn button_label(&self, _view: &View, id: ButtonId) -> String {
        super::button_label(id).to_string()
    }
    /// Esc.
    /// Keys of this step shown after the buttons' own; their messages go to
    /// [`FormStep::other`].
    fn extra_keys(&self) -> &'static [Binding] {
        &[]
    }

    /// The answer to a question this step asked with [`Outcome::Ask`].
    fn answered(&mut self, _dialog: &DialogKind, _choice: usize, _ctx: &mut StepCtx) -> Outcome {
        Outcome::Stay
    }

    /// A message the form itself does not handle.
    fn other(&mut self, _msg: Msg, _ctx: &mut StepCtx) -> Outcome {
        Outcome::Stay
    }

    fn back(&mut self) -> Outcome {
        Outcome::Back
    }
    /// A plan was opened.
    fn opened(&mut self, _plan: &Plan) {}

    /// The step becomes the current one.
    fn entered(&mut self, _ctx: &mut StepCtx) {}

    /// The focused field, if any.
    fn focused_field(&self, plan: &Plan) -> Option<Field> {
        self.fields(plan).get(self.form().focus.field).copied()
    }

    /// A choice was made: a step may tidy what the choice makes irrelevant.
    fn chosen(&mut self, _id: ChoiceId, _ctx: &mut StepCtx) {}

    /// The question above a field (a step may word it from the plan).
    fn label(&self, _plan: &Plan, field: &Field) -> String {
        field.label.to_string()
    }

    /// The chosen option of a choice.
    fn chosen_option(&self, plan: &Plan, id: ChoiceId) -> Option<usize> {
        id.read(plan)
    }

    /// Chooses option `option`.
    fn choose(&mut self, plan: &mut Plan, id: ChoiceId, option: usize) {
        id.write(plan, option);
    }

    /// The rows of a list of marks the step keeps itself: the text and
    /// whether it is marked.
    fn check_rows(&self, _plan: &Plan, _id: ChecksId) -> Vec<(String, bool)> {
        Vec::new()
    }

    /// The rows of any list of marks: the job tools from the plan, others
    /// from the step.
    fn marks(&self, plan: &Plan, id: ChecksId) -> Vec<(String, bool)> {
        match id {
            ChecksId::Tools => tool_options()
                .iter()
                .map(|t| {
                    (
                        t.short().to_string(),
                        plan.richting.baangereedschap.contains(t),
                    )
                })
                .collect(),
            _ => self.check_rows(plan, id),
        }
    }

    /// Sets or clears the mark of row `row`.
    fn toggle(&mut self, _id: ChecksId, _row: usize, _ctx: &mut StepCtx) {}

    /// Why this field cannot be changed now, if it cannot (a fixed record).
    fn locked(&self, _plan: &Plan, _kind: FieldKind) -> Option<&'static str> {
        None
    }

    /// Suggestions under a text field that match what was typed.
    fn suggestions(&self, plan: &Plan, id: TextId) -> Vec<String> {
        const MAX: usize = 4;
        let typed = self.text(plan, id).trim().to_lowercase();
        if typed.is_empty() {
            return Vec::new();
        }
        self.pool(id, Catalog::active())
            .into_iter()
            .filter(|s| s.to_lowercase().contains(&typed) && s.to_lowercase() != typed)
            .take(MAX)
            .map(str::to_string)
            .collect()
    }

    /// How many rows field `index` has right now.
    fn rows_of(&self, plan: &Plan, index: usize, field: &Field) -> usize {
        match field.kind {
            FieldKind::Text(id) if index == self.form().focus.field => {
                1 + self.suggestions(plan, id).len()
            }
            FieldKind::Text(_) | FieldKind::Button(_) => 1,
            // A fixed answer reads as one line: the answer given.
            FieldKind::Choice(_) if self.locked(plan, field.kind).is_some() => 1,
            FieldKind::Choice(id) => choice_options(id).len(),
            FieldKind::Checks(id) => self.marks(plan, id).len(),
        }
    }

    /// The cursor position (in characters) of a text field.
    fn cursor(&self, plan: &Plan, id: TextId) -> usize {
        match self.form().editing {
            Some((editing, cursor)) if editing == id => cursor,
            _ => self.text(plan, id).chars().count(),
        }
    }
}

/// A text field has the keyboard.
static ON_TEXT: &[Binding] = &[
    hint(KeyCode::Down, Msg::Down, "↑↓", "omhoog/omlaag"),
    key(KeyCode::Up, Msg::Up),
    hint(KeyCode::Tab, Msg::NextField, "Tab", "volgende"),
    key(KeyCode::BackTab, Msg::PrevField),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "ok"),
];

/// An option of a choice has the keyboard.
static ON_OPTION: &[Binding] = &[
    hint(KeyCode::Down, Msg::Down, "↑↓", "omhoog/omlaag"),
    key(KeyCode::Up, Msg::Up),
    hint(KeyCode::Tab, Msg::NextField, "Tab", "volgende"),
    key(KeyCode::BackTab, Msg::PrevField),
    hint(KeyCode::Char(' '), Msg::Toggle, "Spatie", "kies"),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "ok"),
];

/// A button has the keyboard.
static ON_BUTTON: &[Binding] = &[
    hint(KeyCode::Down, Msg::Down, "↑↓", "omhoog/omlaag"),
    key(KeyCode::Up, Msg::Up),
    hint(KeyCode::Tab, Msg::NextField, "Tab", "volgende"),
    key(KeyCode::BackTab, Msg::PrevField),
    key(KeyCode::Char(' '), Msg::Toggle),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "ok"),
];

/// The keys of a text field, for steps that have one outside a form.
pub const TEXT_KEYS: Keymap = Keymap::typing(ON_TEXT);

impl<S: FormStep> Component for S {
    fn update(&mut self, msg: Msg, ctx: &mut StepCtx) -> Outcome {
        let focused = self.focused_field(ctx.plan).map(|f| f.kind);
        let text_id = match focused {
            Some(FieldKind::Text(id)) => Some(id),
            _ => None,
        };
        if matches!(msg, Msg::Edit(_) | Msg::Paste(_))
            && let Some(why) = focused.and_then(|kind| self.locked(ctx.plan, kind))
        {
            ctx.info(why);
            return Outcome::Stay;
        }
        match msg {
            Msg::Down => move_row(self, ctx.plan, true),
            Msg::Up => move_row(self, ctx.plan, false),
            Msg::NextField => jump(self, ctx.plan, true),
            Msg::PrevField => jump(self, ctx.plan, false),
            Msg::Confirm => return confirm(self, ctx, true),
            Msg::Toggle => return confirm(self, ctx, false),
            Msg::Back => return self.back(),
            Msg::Edit(key) => {
                if let Some(id) = text_id {
                    edit(self, ctx.plan, id, key);
                }
            }
            Msg::Paste(text) => {
                if let Some(id) = text_id {
                    paste(self, ctx, id, &text);
                }
            }
            other => return self.other(other, ctx),
        }
        Outcome::Stay
    }

    fn keymap(&self, view: &View) -> Keymap {
        match self.focused_field(view.plan).map(|f| f.kind) {
            Some(FieldKind::Text(_)) => TEXT_KEYS,
            Some(FieldKind::Choice(_) | FieldKind::Checks(_)) => Keymap::list(ON_OPTION),
            _ => Keymap {
                more: self.extra_keys(),
                ..Keymap::list(ON_BUTTON)
            },
        }
    }

    fn render(&self, view: &View, area: Rect, buf: &mut Buffer) -> Option<Position> {
        super::render::render(self, view, area, buf)
    }

    fn help(&self, view: &View) -> String {
        format!(
            "{}\n\nMet Tab ga je naar het volgende vak.",
            FormStep::help(self, view)
        )
    }

    fn unstored(&self) -> Option<String> {
        FormStep::unstored(self)
    }

    fn leave(&mut self) {
        self.form_mut().editing = None;
    }

    fn opened(&mut self, plan: &Plan) {
        FormStep::opened(self, plan);
    }

    fn enter(&mut self, ctx: &mut StepCtx) {
        self.entered(ctx);
    }

    fn answer(&mut self, dialog: &DialogKind, choice: usize, ctx: &mut StepCtx) -> Outcome {
        self.answered(dialog, choice, ctx)
    }
}

/// Moves the focus; leaving a field ends its editing.
pub fn set_focus<S: FormStep + ?Sized>(step: &mut S, focus: FormFocus) {
    let form = step.form_mut();
    if focus.field != form.focus.field {
        form.editing = None;
    }
    form.focus = focus;
}

fn move_row<S: FormStep>(step: &mut S, plan: &Plan, down: bool) {
    let fields = step.fields(plan);
    let FormFocus { field, row } = step.form().focus;
    let Some(current) = fields.get(field) else {
        return;
    };
    let rows = step.rows_of(plan, field, current);
    let next = if down {
        if row + 1 < rows {
            FormFocus {
                field,
                row: row + 1,
            }
        } else if field + 1 < fields.len() {
            FormFocus {
                field: field + 1,
                row: 0,
            }
        } else {
            return;
        }
    } else if row > 0 {
        FormFocus {
            field,
            row: row - 1,
        }
    } else if field > 0 {
        let prev = &fields[field - 1];
        let last = match prev.kind {
            FieldKind::Text(_) => 0,
            _ => step.rows_of(plan, field - 1, prev) - 1,
        };
        FormFocus {
            field: field - 1,
            row: last,
        }
    } else {
        return;
    };
    set_focus(step, next);
}

fn jump<S: FormStep>(step: &mut S, plan: &Plan, forward: bool) {
    let fields = step.fields(plan);
    let field = step.form().focus.field;
    let target = if forward {
        (field + 1).min(fields.len().saturating_sub(1))
    } else {
        field.saturating_sub(1)
    };
    let row = match fields.get(target).map(|f| f.kind) {
        Some(kind @ FieldKind::Choice(_)) if step.locked(plan, kind).is_some() => 0,
        Some(FieldKind::Choice(id)) => step.chosen_option(plan, id).unwrap_or(0),
        _ => 0,
    };
    set_focus(step, FormFocus { field: target, row });
}

fn confirm<S: FormStep>(step: &mut S, ctx: &mut StepCtx, by_enter: bool) -> Outcome {
    let row = step.form().focus.row;
    let Some(field) = step.focused_field(ctx.plan) else {
        return Outcome::Stay;
    };
    match field.kind {
        FieldKind::Text(id) => {
            if row > 0
                && let Some(pick) = step.suggestions(ctx.plan, id).get(row - 1).cloned()
            {
                step.set_text(ctx.plan, id, pick);
            }
            if id == TextId::OpenPath {
                return step.press(ButtonId::Open, ctx);
            }
            // Enter says "this is right": on a field whose text has a
            // problem (a date that does not exist) the cursor stays, with
            // the problem under it. Tab and the arrows still move on.
            if step.problem(id).is_none() {
                jump(step, ctx.plan, true);
            }
        }
        FieldKind::Choice(_) | FieldKind::Checks(_)
            if let Some(why) = step.locked(ctx.plan, field.kind) =>
        {
            ctx.info(why);
        }
        FieldKind::Choice(id) => {
            step.choose(ctx.plan, id, row);
            step.chosen(id, ctx);
            if by_enter {
                jump(step, ctx.plan, true);
            }
        }
        FieldKind::Checks(ChecksId::Tools) => super::toggle_tool(ctx.plan, row),
        FieldKind::Checks(id) => step.toggle(id, row, ctx),
        // Only Enter presses a button: a space typed in the wrong place
        // (after a name, say) must not move the session on.
        FieldKind::Button(id) if by_enter => return step.press(id, ctx),
        FieldKind::Button(_) => {}
    }
    Outcome::Stay
}

fn edit<S: FormStep>(step: &mut S, plan: &mut Plan, id: TextId, key: EditKey) {
    let before = step.text(plan, id);
    let cursor = step.cursor(plan, id);
    let (after, cursor) = edit_text(&before, cursor, key, id.limit());
    store(step, plan, id, before, after, cursor);
}

/// A paste into a text field; says so when it did not fit.
fn paste<S: FormStep>(step: &mut S, ctx: &mut StepCtx, id: TextId, text: &str) {
    let before = step.text(ctx.plan, id);
    let cursor = step.cursor(ctx.plan, id);
    let (after, cursor, cut) = paste_text(&before, cursor, text, id.limit());
    store(step, ctx.plan, id, before, after, cursor);
    if cut {
        *ctx.notice = Some(Notice::Error(cut_notice(id.limit())));
    }
}

fn store<S: FormStep>(
    step: &mut S,
    plan: &mut Plan,
    id: TextId,
    before: String,
    after: String,
    cursor: usize,
) {
    step.form_mut().editing = Some((id, cursor));
    if after != before {
        step.set_text(plan, id, after);
        // The list of suggestions changed: go back to the text itself.
        step.form_mut().focus.row = 0;
    }
}
