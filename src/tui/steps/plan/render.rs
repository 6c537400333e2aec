//! Drawing "Jouw plan": the grid with the actions per cell, or one open
//! cell with its actions, ideas and the field to write an own action.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{CellRow, PlanStep};
use crate::model::keyword::Keyword;
use crate::tui::steps::component::View;
use crate::tui::widgets::plan_grid::PlanGrid;
use crate::tui::widgets::put;
use crate::tui::widgets::text_field::TextField;

impl PlanStep {
    /// Renders the grid.
    pub(super) fn render_grid(&self, view: &View, area: Rect, buf: &mut Buffer) {
        let theme = view.theme;
        let [intro, grid_area, button] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        Paragraph::new(
            "Wat ga je leren? Kies een vak met de pijltjes en druk op Enter.\n\
         [F] = formeel (cursus, training)  [I] = informeel (meelopen, lezen)  ✓ = klaar",
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

    pub(super) fn render_cell(
        &self,
        view: &View,
        area: Rect,
        buf: &mut Buffer,
    ) -> Option<Position> {
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
        // Work that shrinks frees time: the TNO study's question (Jouw taken).
        if termijn == crate::model::plan::Termijn::OverTweeJaar
            && let Some(question) = crate::model::tasks::freed_time_question(&view.plan.taken)
        {
            // Wrapped once, below, with the rest (wrapping it twice broke
            // it into "Wat ga / je / doen met ...").
            lines.push((question, None, true));
            lines.push((String::new(), None, false));
        }
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
                    format!("+ ({}) {tekst}", vorm.label())
                }
                CellRow::Own => {
                    lines.push((String::new(), None, false));
                    "+ Zelf een actie schrijven".into()
                }
            };
            lines.push((text, Some(i), false));
        }
        // Each row wraps under itself, so a long action is read whole (a
        // new user's own action ended in "…" even while it had the focus).
        let width = usize::from(list.width).saturating_sub(2).max(8);
        let mut shown: Vec<(String, Option<usize>, bool, bool)> = Vec::new();
        for (text, index, heading) in &lines {
            let indent = if *heading { "" } else { "    " };
            let parts = crate::tui::widgets::wrap(text, width, indent);
            for (k, part) in parts.into_iter().enumerate() {
                shown.push((part, *index, *heading, k == 0));
            }
            // A blank line between parts wraps to nothing: keep it.
            if text.is_empty() && shown.last().is_some_and(|(t, ..)| !t.is_empty()) {
                shown.push((String::new(), *index, *heading, true));
            }
        }
        let height = usize::from(list.height);
        let focus_end = shown
            .iter()
            .rposition(|(_, i, _, _)| *i == Some(cell.focus))
            .unwrap_or(0);
        let offset = (focus_end + 2).saturating_sub(height);
        for (n, (text, index, heading, first)) in shown.iter().skip(offset).take(height).enumerate()
        {
            let y = list.y + n as u16;
            let focused = *index == Some(cell.focus) && !writing;
            let style = if *heading {
                theme.title()
            } else if focused {
                theme.focus()
            } else {
                theme.text()
            };
            let (mark, _) = theme.marker(focused && *first);
            let line = if *heading {
                text.clone()
            } else if *first {
                format!("{mark} {text}")
            } else {
                format!("  {text}")
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
    use crate::model::plan::{Actie, Plan, Soort, Termijn, Vorm};
    use crate::tui::steps::plan::PlanStep;
    use crate::tui::steps::testing::Harness;

    #[test]
    fn a_long_action_in_an_open_cell_is_read_whole() {
        let long = "Leren werken met de scanauto en de nieuwe app op mijn telefoon, samen met \
                    een collega die het al kan";
        let mut plan = Plan::default();
        plan.acties.push(Actie {
            termijn: Termijn::Nu,
            soort: Soort::Vakinhoudelijk,
            tekst: long.into(),
            vorm: Some(Vorm::Informeel),
            klaar: false,
            streefdatum: None,
        });
        let mut h = Harness::with_plan(PlanStep::default(), plan);
        h.keys(&["Enter"]);
        let screen = h.screen();
        assert!(!screen.contains('…'), "{screen}");
        let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&format!("› [ ] (informeel) {long}")),
            "{screen}"
        );
        // One blank line between the actions and the ideas, not two.
        let body = screen.split("+ Zelf een actie").next().unwrap();
        assert!(!body.contains("\n\n\n"), "{screen}");
    }
}
