//! Step "Jouw plan": the Tabel 3.11 grid, and one cell opened to add,
//! change or remove actions. This file holds the state and the keys;
//! `render` draws.
//!
//! ```text
//! Kies een vak en druk op Enter. [F] formeel, [I] informeel, ✓ klaar.
//!             Vakinhoudelijk   Soft skills   Digitale skills
//! Skills nu   ┌──────────┐ ┌──────────┐ ╔══════════╗
//! nodig       │          │ │          │ ║• [F] ... ║
//! ...
//! › [ Verder ]
//! ```

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use crate::model::catalog::{Catalog, Suggestion};
use crate::model::keyword::Keyword;
use crate::model::plan::{Actie, Plan, Soort, Termijn, Vorm};
use crate::tui::dialog::DialogKind;
use crate::tui::keys::{Binding, Keymap, hint, key};
use crate::tui::msg::Notice;
use crate::tui::msg::{EditKey, Msg};
use crate::tui::steps::component::{Component, Outcome, StepCtx, View};
use crate::tui::widgets::text_field::{LONG_LIMIT, cut_notice, edit_text, paste_text};

mod render;
pub use render::columns;

/// Where the focus is on the plan grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GridFocus {
    /// 0 = "nu", 1 = "over twee jaar", 2 = the "Verder" button.
    pub row: usize,
    /// 0..3: vakinhoudelijk, soft skills, digitaal.
    pub col: usize,
}

impl GridFocus {
    /// The cell, unless the button has the focus.
    pub fn cell(self) -> Option<(Termijn, Soort)> {
        Some((*Termijn::ALL.get(self.row)?, *Soort::ALL.get(self.col)?))
    }
}

/// One row of an open cell.
#[derive(Debug, Clone, PartialEq)]
pub enum CellRow {
    /// An action of the plan (index in `plan.acties`).
    Action(usize),
    /// A suggestion to add: text and form.
    Suggestion(String, Vorm),
    /// Write your own action.
    Own,
}

/// An open cell of the plan grid.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CellState {
    /// Focused row.
    pub focus: usize,
    /// Writing an action: `Some(None)` new, `Some(Some(i))` changing action i.
    pub writing: Option<Option<usize>>,
    /// The text being written.
    pub draft: String,
    /// The cursor in the draft (in characters), once it was moved or typed in.
    pub cursor: Option<usize>,
}

impl CellState {
    /// The cursor in the draft.
    fn cursor(&self) -> usize {
        self.cursor.unwrap_or(self.draft.chars().count())
    }

    /// Applies one editing key to the draft.
    fn edit(&mut self, key: EditKey) {
        let (draft, cursor) = edit_text(&self.draft, self.cursor(), key, LONG_LIMIT);
        self.draft = draft;
        self.cursor = Some(cursor);
    }
}

/// The Tabel 3.11 grid and its open cell.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanStep {
    /// Focus on the grid.
    pub grid: GridFocus,
    /// The open cell, if any.
    pub cell: Option<CellState>,
}

static GRID: &[Binding] = &[
    hint(KeyCode::Left, Msg::Left, "pijltjes", "kies vak"),
    key(KeyCode::Right, Msg::Right),
    key(KeyCode::Up, Msg::Up),
    key(KeyCode::Down, Msg::Down),
    key(KeyCode::Tab, Msg::NextField),
    key(KeyCode::BackTab, Msg::PrevField),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "open"),
];

/// Writing an action: only Enter and Esc do something besides typing.
static WRITING: &[Binding] = &[
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "bewaren"),
    hint(KeyCode::Esc, Msg::Back, "Esc", "annuleren"),
];

/// An action of the cell has the focus.
static ON_ACTION: &[Binding] = &[
    hint(KeyCode::Down, Msg::Down, "↑↓", "kies"),
    key(KeyCode::Up, Msg::Up),
    key(KeyCode::Tab, Msg::NextField),
    key(KeyCode::BackTab, Msg::PrevField),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "wijzigen"),
    key(KeyCode::Char(' '), Msg::Toggle),
    hint(
        KeyCode::Char('f'),
        Msg::ToggleVorm,
        "F",
        "formeel/informeel",
    ),
    hint(KeyCode::Char('k'), Msg::ToggleKlaar, "K", "klaar"),
    hint(KeyCode::Delete, Msg::Delete, "Del", "weg"),
];

/// An idea, or "write your own", has the focus.
static ON_IDEA: &[Binding] = &[
    hint(KeyCode::Down, Msg::Down, "↑↓", "kies"),
    key(KeyCode::Up, Msg::Up),
    key(KeyCode::Tab, Msg::NextField),
    key(KeyCode::BackTab, Msg::PrevField),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "toevoegen"),
    key(KeyCode::Char(' '), Msg::Toggle),
];

impl Component for PlanStep {
    fn update(&mut self, msg: Msg, ctx: &mut StepCtx) -> Outcome {
        if self.cell.is_some() {
            return self.cell_update(msg, ctx);
        }
        match msg {
            Msg::Confirm | Msg::Toggle => {
                if self.grid.cell().is_some() {
                    self.cell = Some(CellState::default());
                } else {
                    return Outcome::Next;
                }
            }
            Msg::Back => return Outcome::Back,
            other => self.grid_move(&other),
        }
        Outcome::Stay
    }

    fn keymap(&self, view: &View) -> Keymap {
        match &self.cell {
            Some(cell) if cell.writing.is_some() => Keymap::typing(WRITING),
            Some(cell) => match self.cell_rows(view.plan, view.catalog()).get(cell.focus) {
                Some(CellRow::Action(_)) => Keymap::list(ON_ACTION),
                _ => Keymap::list(ON_IDEA),
            },
            None => Keymap::list(GRID),
        }
    }

    fn render(&self, view: &View, area: Rect, buf: &mut Buffer) -> Option<Position> {
        if self.cell.is_some() {
            return self.render_cell(view, area, buf);
        }
        self.render_grid(view, area, buf);
        None
    }

    fn help(&self, _view: &View) -> String {
        format!(
            "Dit is je leerplan. Boven: wat je nu nodig hebt. Onder: wat je over \
             twee jaar nodig hebt. De kolommen zijn: {}.\n\nKies een vak en druk op Enter. \
             Voeg een idee toe met Enter, of schrijf zelf een actie. F wisselt formeel en \
             informeel, K zet een actie op klaar, Del haalt hem weg.",
            columns()
        )
    }

    fn leave(&mut self) {
        self.cell = None;
    }

    fn pending(&self, plan: &mut Plan) {
        let Some(cell) = &self.cell else { return };
        if let Some(target) = cell.writing {
            let _ = self.place(plan, target, cell.draft.trim());
        }
    }

    fn answer(&mut self, dialog: &DialogKind, choice: usize, ctx: &mut StepCtx) -> Outcome {
        if let (DialogKind::DeleteAction(i) | DialogKind::DeleteAgreed(i), 0) = (dialog, choice)
            && *i < ctx.plan.acties.len()
        {
            ctx.plan.acties.remove(*i);
            if let Some(cell) = &mut self.cell {
                cell.focus = cell.focus.saturating_sub(1);
            }
        }
        Outcome::Stay
    }
}

impl PlanStep {
    /// The rows of the open cell: its actions, suggestions, "write your own".
    pub fn cell_rows(&self, plan: &Plan, catalog: &Catalog) -> Vec<CellRow> {
        let Some((termijn, soort)) = self.grid.cell() else {
            return Vec::new();
        };
        let mut rows: Vec<CellRow> = plan
            .acties
            .iter()
            .enumerate()
            .filter(|(_, a)| a.termijn == termijn && a.soort == soort)
            .map(|(i, _)| CellRow::Action(i))
            .collect();
        let taken: Vec<&str> = plan.acties.iter().map(|a| a.tekst.as_str()).collect();
        // Ideas from the person's own tasks first (Jouw taken).
        for (tekst, vorm) in crate::model::tasks::suggestions(&plan.taken, termijn, soort) {
            if !taken.contains(&tekst.as_str()) {
                rows.push(CellRow::Suggestion(tekst, vorm));
            }
        }
        let quadrant = plan.positie.quadrant();
        let fits = |s: &&Suggestion| match quadrant {
            Some(q) => s.fits(q),
            None => s.kwadranten.is_empty(),
        };
        for s in catalog
            .suggestions
            .iter()
            .filter(|s| s.termijn == termijn.id() && s.soort == soort.id())
            .filter(fits)
        {
            if !taken.contains(&s.tekst.as_str()) {
                rows.push(CellRow::Suggestion(
                    s.tekst.clone(),
                    s.form().unwrap_or(Vorm::Informeel),
                ));
            }
        }
        rows.push(CellRow::Own);
        rows
    }

    fn grid_move(&mut self, msg: &Msg) {
        let g = &mut self.grid;
        match msg {
            Msg::Left if g.row < 2 => g.col = g.col.saturating_sub(1),
            Msg::Right if g.row < 2 => g.col = (g.col + 1).min(2),
            Msg::Up => g.row = g.row.saturating_sub(1),
            Msg::Down => g.row = (g.row + 1).min(2),
            Msg::NextField => {
                if g.row < 2 && g.col < 2 {
                    g.col += 1;
                } else if g.row < 2 {
                    g.row += 1;
                    g.col = 0;
                }
            }
            Msg::PrevField => {
                if g.row == 2 {
                    g.row = 1;
                    g.col = 2;
                } else if g.col > 0 {
                    g.col -= 1;
                } else if g.row > 0 {
                    g.row -= 1;
                    g.col = 2;
                }
            }
            _ => {}
        }
    }

    fn cell_update(&mut self, msg: Msg, ctx: &mut StepCtx) -> Outcome {
        let rows = self.cell_rows(ctx.plan, ctx.catalog());
        let Some(cell) = &mut self.cell else {
            return Outcome::Stay;
        };
        if let Some(target) = cell.writing {
            match msg {
                Msg::Confirm => self.finish_writing(target, ctx),
                Msg::Back => {
                    cell.writing = None;
                    cell.draft.clear();
                    cell.cursor = None;
                }
                Msg::Edit(key) => cell.edit(key),
                Msg::Paste(text) => {
                    let (draft, cursor, cut) =
                        paste_text(&cell.draft, cell.cursor(), &text, LONG_LIMIT);
                    (cell.draft, cell.cursor) = (draft, Some(cursor));
                    if cut {
                        *ctx.notice = Some(Notice::Error(cut_notice(LONG_LIMIT)));
                    }
                }
                _ => {}
            }
            return Outcome::Stay;
        }
        let focused = rows.get(cell.focus).cloned();
        match (msg, focused) {
            (Msg::Up | Msg::PrevField, _) => cell.focus = cell.focus.saturating_sub(1),
            (Msg::Down | Msg::NextField, _) => {
                cell.focus = (cell.focus + 1).min(rows.len().saturating_sub(1));
            }
            (Msg::Back, _) => self.cell = None,
            (Msg::Confirm | Msg::Toggle, Some(CellRow::Suggestion(tekst, vorm))) => {
                self.add_action(tekst, vorm, ctx);
            }
            (Msg::Confirm | Msg::Toggle, Some(CellRow::Own)) => {
                cell.writing = Some(None);
                cell.draft.clear();
            }
            (Msg::Confirm, Some(CellRow::Action(i))) => {
                cell.writing = Some(Some(i));
                cell.draft = ctx.plan.acties[i].tekst.clone();
                if ctx.plan.agreed_in_fixed_record(&cell.draft) {
                    ctx.info(
                        "Deze actie hebben jullie in het gesprek afgesproken. Verander je de \
                         tekst, dan blijft in het verslag de oude tekst staan.",
                    );
                }
            }
            (Msg::Toggle | Msg::ToggleKlaar, Some(CellRow::Action(i))) => {
                // Said out loud: a K typed by mistake must not go unnoticed.
                let a = &mut ctx.plan.acties[i];
                a.klaar = !a.klaar;
                let klaar = a.klaar;
                ctx.info(if klaar {
                    "Actie op klaar gezet. Nog een keer K zet hem terug."
                } else {
                    "Actie staat weer open. K zet hem op klaar."
                });
            }
            (Msg::ToggleVorm, Some(CellRow::Action(i))) => {
                let a = &mut ctx.plan.acties[i];
                a.vorm = Some(match a.vorm {
                    Some(Vorm::Formeel) => Vorm::Informeel,
                    _ => Vorm::Formeel,
                });
                let vorm = a.vorm;
                ctx.info(match vorm {
                    Some(Vorm::Formeel) => {
                        "Nu formeel leren (een cursus of opleiding). F wisselt terug."
                    }
                    _ => "Nu informeel leren (meelopen, een project, lezen). F wisselt terug.",
                });
            }
            (Msg::Delete, Some(CellRow::Action(i))) => {
                return Outcome::Ask(
                    if ctx.plan.agreed_in_fixed_record(&ctx.plan.acties[i].tekst) {
                        DialogKind::DeleteAgreed(i)
                    } else {
                        DialogKind::DeleteAction(i)
                    },
                );
            }
            _ => {}
        }
        Outcome::Stay
    }

    /// Puts `tekst` in the open cell: as a new action (`target` is `None`) or
    /// as the new text of action `target`. Returns the index of the action,
    /// or `None` when the cell already has an action with this text.
    fn place(&self, plan: &mut Plan, target: Option<usize>, tekst: &str) -> Option<usize> {
        let (termijn, soort) = self.grid.cell()?;
        if tekst.is_empty() {
            return None;
        }
        let twin = plan.acties.iter().enumerate().any(|(i, a)| {
            a.termijn == termijn && a.soort == soort && a.tekst == tekst && Some(i) != target
        });
        if twin {
            return None;
        }
        if let Some(i) = target {
            plan.acties.get_mut(i)?.tekst = tekst.to_string();
            return Some(i);
        }
        add(
            plan,
            termijn,
            soort,
            tekst.to_string(),
            Vorm::of_own_text(tekst),
        );
        plan.acties
            .iter()
            .rposition(|a| a.termijn == termijn && a.soort == soort && a.tekst == tekst)
    }

    fn add_action(&mut self, tekst: String, vorm: Vorm, ctx: &mut StepCtx) {
        let Some((termijn, soort)) = self.grid.cell() else {
            return;
        };
        add(ctx.plan, termijn, soort, tekst.clone(), vorm);
        self.focus_on(ctx.plan, &tekst);
        ctx.info("Actie toegevoegd aan je plan.");
    }

    /// Puts the focus on the action with this text in the open cell.
    fn focus_on(&mut self, plan: &Plan, tekst: &str) {
        let rows = self.cell_rows(plan, Catalog::active());
        let row = rows
            .iter()
            .position(|r| matches!(r, CellRow::Action(i) if plan.acties[*i].tekst == tekst));
        if let (Some(cell), Some(row)) = (&mut self.cell, row) {
            cell.focus = row;
        }
    }

    fn finish_writing(&mut self, target: Option<usize>, ctx: &mut StepCtx) {
        let draft = self
            .cell
            .as_ref()
            .map(|c| c.draft.trim().to_string())
            .unwrap_or_default();
        if draft.is_empty() {
            ctx.error("Schrijf eerst wat je gaat doen, of druk op Esc.");
            return;
        }
        if self.place(ctx.plan, target, &draft).is_none() {
            ctx.error("Deze actie staat al in dit vak. Schrijf iets anders, of druk op Esc.");
            return;
        }
        if target.is_none() {
            ctx.info(match Vorm::of_own_text(&draft) {
                Vorm::Formeel => {
                    "Actie toegevoegd als formeel leren (een cursus of opleiding). Met F maak je \
                     er informeel leren van."
                }
                Vorm::Informeel => {
                    "Actie toegevoegd aan je plan. Met F maak je er formeel leren van."
                }
            });
        }
        self.focus_on(ctx.plan, &draft);
        if let Some(cell) = &mut self.cell {
            cell.writing = None;
            cell.draft.clear();
            cell.cursor = None;
        }
    }
}

/// Adds an action to a cell; the actions of one cell stay together in the file.
fn add(plan: &mut Plan, termijn: Termijn, soort: Soort, tekst: String, vorm: Vorm) {
    plan.acties.push(Actie {
        termijn,
        soort,
        tekst,
        vorm: Some(vorm),
        klaar: false,
        streefdatum: None,
    });
    let order = |a: &Actie| {
        let t = Termijn::ALL.iter().position(|x| *x == a.termijn);
        let s = Soort::ALL.iter().position(|x| *x == a.soort);
        (t, s)
    };
    plan.acties.sort_by_key(order);
}

#[cfg(test)]
mod tests;
