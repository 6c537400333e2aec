//! Step "Jouw plan": the Tabel 3.11 grid, and one cell opened to add,
//! change or remove actions.
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
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::model::catalog::{Catalog, Suggestion};
use crate::model::keyword::Keyword;
use crate::model::plan::{Actie, Plan, Soort, Termijn, Vorm};
use crate::tui::dialog::DialogKind;
use crate::tui::keys::{Binding, Keymap, hint, key};
use crate::tui::msg::{EditKey, Msg};
use crate::tui::steps::component::{Component, Outcome, StepCtx, View};
use crate::tui::steps::form::engine::TEXT_KEYS;
use crate::tui::widgets::plan_grid::PlanGrid;
use crate::tui::widgets::put;
use crate::tui::widgets::text_field::{TextField, edit_text};

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
        let (draft, cursor) = edit_text(&self.draft, self.cursor(), key);
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

static CELL_LIST: &[Binding] = &[
    hint(KeyCode::Down, Msg::Down, "↑↓", "kies"),
    key(KeyCode::Up, Msg::Up),
    key(KeyCode::Tab, Msg::NextField),
    key(KeyCode::BackTab, Msg::PrevField),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "toevoegen/wijzigen"),
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

    fn keymap(&self, _view: &View) -> Keymap {
        match &self.cell {
            Some(cell) if cell.writing.is_some() => TEXT_KEYS,
            Some(_) => Keymap::list(CELL_LIST),
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
            "Dit is je leerplan (Tabel 3.11). Boven: wat je nu nodig hebt. Onder: wat je over \
             twee jaar nodig hebt. De kolommen zijn: {}.\n\nKies een vak en druk op Enter. \
             Voeg een idee toe met Enter, of schrijf zelf een actie. F wisselt formeel en \
             informeel, K zet een actie op klaar, Del haalt hem weg.",
            columns()
        )
    }

    fn leave(&mut self) {
        self.cell = None;
    }

    fn answer(&mut self, dialog: &DialogKind, choice: usize, ctx: &mut StepCtx) -> Outcome {
        if let (DialogKind::DeleteAction(i), 0) = (dialog, choice)
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
                    for c in text.chars() {
                        cell.edit(EditKey::Insert(if c.is_control() { ' ' } else { c }));
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
            }
            (Msg::Toggle | Msg::ToggleKlaar, Some(CellRow::Action(i))) => {
                let a = &mut ctx.plan.acties[i];
                a.klaar = !a.klaar;
            }
            (Msg::ToggleVorm, Some(CellRow::Action(i))) => {
                let a = &mut ctx.plan.acties[i];
                a.vorm = Some(match a.vorm {
                    Some(Vorm::Formeel) => Vorm::Informeel,
                    _ => Vorm::Formeel,
                });
            }
            (Msg::Delete, Some(CellRow::Action(i))) => {
                return Outcome::Ask(DialogKind::DeleteAction(i));
            }
            _ => {}
        }
        Outcome::Stay
    }

    fn add_action(&mut self, tekst: String, vorm: Vorm, ctx: &mut StepCtx) {
        let Some((termijn, soort)) = self.grid.cell() else {
            return;
        };
        ctx.plan.acties.push(Actie {
            termijn,
            soort,
            tekst,
            vorm: Some(vorm),
            klaar: false,
        });
        // Keep the actions of one cell together in the file.
        let order = |a: &Actie| {
            let t = Termijn::ALL.iter().position(|x| *x == a.termijn);
            let s = Soort::ALL.iter().position(|x| *x == a.soort);
            (t, s)
        };
        ctx.plan.acties.sort_by_key(order);
        ctx.info("Actie toegevoegd aan je plan.");
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
        match target {
            Some(i) => ctx.plan.acties[i].tekst = draft,
            None => self.add_action(draft, Vorm::Informeel, ctx),
        }
        if let Some(cell) = &mut self.cell {
            cell.writing = None;
            cell.draft.clear();
            cell.cursor = None;
        }
    }

    /// Renders the grid.
    fn render_grid(&self, view: &View, area: Rect, buf: &mut Buffer) {
        let theme = view.theme;
        let [intro, grid_area, button] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        Paragraph::new(
            "Wat ga je leren? Kies een vak met de pijltjes en druk op Enter.\n\
         [F] = formeel (cursus, training)  [I] = informeel (project, meelopen, lezen)  ✓ = klaar",
        )
        .style(theme.muted())
        .wrap(Wrap { trim: true })
        .render(intro, buf);
        let focus = (self.grid.row < 2).then_some((self.grid.row, self.grid.col));
        let grid = PlanGrid {
            plan: view.plan,
            focus,
            theme,
        };
        (&grid).render(grid_area, buf);
        let on_button = self.grid.row == 2;
        let (mark, style) = theme.marker(on_button);
        put(
            buf,
            button,
            button.x,
            button.y,
            &format!("{mark} [ Verder ]"),
            style,
        );
    }

    fn render_cell(&self, view: &View, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = view.theme;
        let cell = self.cell.as_ref()?;
        let (termijn, soort) = self.grid.cell()?;
        let writing = cell.writing.is_some();
        let [title, _, list, write_label, write] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(if writing { 1 } else { 0 }),
            Constraint::Length(if writing { 1 } else { 0 }),
        ])
        .areas(area);
        put(
            buf,
            title,
            title.x,
            title.y,
            &format!("{} · {}", termijn.label(), soort.label()),
            theme.title(),
        );
        let rows = self.cell_rows(view.plan, view.catalog());
        let mut lines: Vec<(String, Option<usize>, bool)> = Vec::new();
        let has_actions = rows.iter().any(|r| matches!(r, CellRow::Action(_)));
        if has_actions {
            lines.push((
                "Jouw acties  (K = klaar, F = formeel/informeel, Del = weg)".into(),
                None,
                true,
            ));
        } else {
            lines.push(("Er staan nog geen acties in dit vak.".into(), None, true));
        }
        let mut heading_ideas = false;
        for (i, row) in rows.iter().enumerate() {
            let text = match row {
                CellRow::Action(a) => {
                    let action = &view.plan.acties[*a];
                    let done = if action.klaar { "[x]" } else { "[ ]" };
                    let vorm = match action.vorm {
                        Some(v) => format!("({}) ", v.label()),
                        None => String::new(),
                    };
                    format!("{done} {vorm}{}", action.tekst)
                }
                CellRow::Suggestion(tekst, vorm) => {
                    if !heading_ideas {
                        lines.push((String::new(), None, false));
                        lines.push((
                            "Ideeën die bij jouw plek passen (Enter = toevoegen)".into(),
                            None,
                            true,
                        ));
                        heading_ideas = true;
                    }
                    format!("+ {tekst} ({})", vorm.label())
                }
                CellRow::Own => {
                    lines.push((String::new(), None, false));
                    "+ Zelf een actie schrijven".into()
                }
            };
            lines.push((text, Some(i), false));
        }
        let height = usize::from(list.height);
        let focus_line = lines
            .iter()
            .position(|(_, i, _)| *i == Some(cell.focus))
            .unwrap_or(0);
        let offset = (focus_line + 2).saturating_sub(height);
        for (n, (text, index, heading)) in lines.iter().skip(offset).take(height).enumerate() {
            let y = list.y + n as u16;
            let focused = *index == Some(cell.focus) && !writing;
            let style = if *heading {
                theme.title()
            } else if focused {
                theme.focus()
            } else {
                theme.text()
            };
            let (mark, _) = theme.marker(focused);
            let line = if *heading {
                text.clone()
            } else {
                format!("{mark} {text}")
            };
            put(buf, list, list.x, y, &line, style);
        }
        if !writing {
            return None;
        }
        put(
            buf,
            write_label,
            write_label.x,
            write_label.y,
            "Wat ga je doen? (Enter = bewaren, Esc = annuleren)",
            theme.title(),
        );
        let field = TextField {
            value: &cell.draft,
            cursor: cell.cursor(),
            focused: true,
            placeholder: "",
            theme,
        };
        (&field).render(write, buf);
        field.cursor_position(write)
    }
}

/// The column labels, for help text.
pub fn columns() -> String {
    crate::model::plan::Soort::ALL
        .iter()
        .map(|s| s.label())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::steps::testing::Harness;

    #[test]
    fn a_suggestion_and_an_own_action_land_in_the_focused_cell() {
        let mut h = Harness::new(PlanStep::default());
        assert!(h.screen().contains("Vakinhoudelijk"), "{}", h.screen());
        h.keys(&["Right", "Right", "Enter"]);
        assert!(h.step.cell.is_some());
        h.keys(&["Enter"]);
        assert_eq!(h.plan.acties.len(), 1);
        assert_eq!(h.plan.acties[0].soort, Soort::ALL[2]);
        assert_eq!(h.plan.acties[0].termijn, Termijn::ALL[0]);
        assert!(h.notice_text().contains("toegevoegd"));
        // Down to "+ Zelf een actie schrijven".
        let rows = h.step.cell_rows(&h.plan, Catalog::embedded()).len();
        for _ in 0..rows {
            h.keys(&["Down"]);
        }
        h.keys(&["Enter", "Cursus Copilot", "Enter"]);
        assert_eq!(h.plan.acties.len(), 2);
        assert!(h.plan.acties.iter().any(|a| a.tekst == "Cursus Copilot"));
        assert!(h.screen().contains("Cursus Copilot"), "{}", h.screen());
        h.assert_footer_is_honest();
    }

    #[test]
    fn marks_change_and_deleting_asks_the_app_first() {
        let mut h = Harness::new(PlanStep::default());
        h.keys(&["Enter", "Enter", "Up", "k", "f"]);
        assert!(h.plan.acties[0].klaar);
        let vorm = h.plan.acties[0].vorm;
        h.keys(&["f"]);
        assert_ne!(h.plan.acties[0].vorm, vorm);
        h.keys(&["Del"]);
        assert_eq!(h.last, Outcome::Ask(DialogKind::DeleteAction(0)));
        h.answer(&DialogKind::DeleteAction(0), 1);
        assert_eq!(h.plan.acties.len(), 1, "kept on 'Nee'");
        h.answer(&DialogKind::DeleteAction(0), 0);
        assert!(h.plan.acties.is_empty());
    }

    #[test]
    fn the_button_under_the_grid_moves_on_and_esc_goes_back() {
        let mut h = Harness::new(PlanStep::default());
        h.keys(&["Down", "Down", "Enter"]);
        assert_eq!(h.last, Outcome::Next);
        h.keys(&["Esc"]);
        assert_eq!(h.last, Outcome::Back);
    }
}
