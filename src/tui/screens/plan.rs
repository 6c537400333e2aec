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

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::model::keyword::Keyword;
use crate::tui::app::{App, CellRow};
use crate::tui::form::TextId;
use crate::tui::theme::Theme;
use crate::tui::widgets::plan_grid::PlanGrid;
use crate::tui::widgets::put;
use crate::tui::widgets::text_field::TextField;

/// Renders the grid or the open cell.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) -> Option<Position> {
    if app.cell.is_some() {
        return render_cell(app, area, buf, theme);
    }
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
    let focus = (app.grid.row < 2).then_some((app.grid.row, app.grid.col));
    let grid = PlanGrid {
        plan: &app.plan,
        focus,
        theme,
    };
    (&grid).render(grid_area, buf);
    let on_button = app.grid.row == 2;
    let (mark, style) = theme.marker(on_button);
    put(
        buf,
        button,
        button.x,
        button.y,
        &format!("{mark} [ Verder ]"),
        style,
    );
    None
}

fn render_cell(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) -> Option<Position> {
    let cell = app.cell.as_ref()?;
    let (termijn, soort) = app.grid.cell()?;
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
    let rows = app.cell_rows();
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
                let action = &app.plan.acties[*a];
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
    let value = app.text(TextId::Actie);
    let field = TextField {
        value: &value,
        cursor: app.cursor(TextId::Actie),
        focused: true,
        placeholder: "",
        theme,
    };
    (&field).render(write, buf);
    field.cursor_position(write)
}

/// The column labels, for help text.
pub fn columns() -> String {
    crate::model::plan::Soort::ALL
        .iter()
        .map(|s| s.label())
        .collect::<Vec<_>>()
        .join(", ")
}
