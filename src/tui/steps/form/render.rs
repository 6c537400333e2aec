//! Drawing a form step: a short introduction, the fields on the left and an
//! explanation of the focused field on the right.
//!
//! ```text
//! Intro text, one idea per line.
//! ┌──────────────────────────────┐ ┌ Uitleg ───────────┐
//! │ Wat is je functie?           │ │ Typ je functie ... │
//! │ › Administratief_________    │ │                    │
//! │     ↳ Administratief mw.     │ │                    │
//! │ › (•) Vooral denkwerk        │ │                    │
//! │   [ Verder ]                 │ │                    │
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Padding, Paragraph, Widget, Wrap};

use super::{FieldKind, FormStep, choice_options};
use crate::tui::steps::View;
use crate::tui::theme::Theme;
use crate::tui::widgets::text_field::{TextField, room_left};
use crate::tui::widgets::{put, wrap};

/// One line of the form, before scrolling.
enum FormLine {
    /// (A line of) a field's question.
    Label(String),
    /// A row of a field: (field index, row).
    Row(usize, usize),
    /// A note under a field, in the given style.
    Note(String, bool),
    /// A further line of a fixed text.
    Value(String),
    /// Space between fields.
    Blank,
}

/// The box before a mark's text, and the indent of its further lines (the
/// focus mark, the box and a space). A fixed mark is a bullet, not a box:
/// "[x]" on a record that is fixed read as "done".
fn mark_box(chosen: bool, fixed: bool) -> (&'static str, &'static str) {
    match (fixed, chosen) {
        (true, _) => ("•", "    "),
        (false, true) => ("[x]", "      "),
        (false, false) => ("[ ]", "      "),
    }
}

/// The text of a mark, wrapped to the room after its box.
fn mark_lines(text: &str, width: usize, indent: &str) -> Vec<String> {
    wrap(text, width.saturating_sub(indent.len()).max(8), "")
}

/// What a fixed field without a value shows.
const NOT_FILLED_IN: &str = "(niet ingevuld)";

/// A fixed text as it reads, wrapped to `width` after the two columns of
/// the focus mark: it is shown whole, never cut off.
fn fixed_lines(value: &str, width: usize) -> Vec<String> {
    let value = if value.trim().is_empty() {
        NOT_FILLED_IN
    } else {
        value
    };
    wrap(value, width.saturating_sub(2).max(8), "")
}

fn lines<S: FormStep + ?Sized>(step: &S, view: &View, width: usize) -> Vec<FormLine> {
    let mut out = Vec::new();
    let focus = step.form().focus;
    let fields = step.fields(view.plan);
    for (i, field) in fields.iter().enumerate() {
        let label = step.label(view.plan, field);
        if !label.is_empty() {
            for line in wrap(&label, width.max(8), "") {
                out.push(FormLine::Label(line));
            }
        }
        // A mark's text may be long (an action of the plan): it wraps
        // under itself.
        let marks = match field.kind {
            FieldKind::Checks(id) => step.marks(view.plan, id),
            _ => Vec::new(),
        };
        let fixed = step.locked(view.plan, field.kind).is_some();
        for row in 0..step.rows_of(view.plan, i, field) {
            out.push(FormLine::Row(i, row));
            if let Some((text, chosen)) = marks.get(row) {
                let (_, indent) = mark_box(*chosen, fixed);
                for line in mark_lines(text, width, indent).into_iter().skip(1) {
                    out.push(FormLine::Value(format!("{indent}{line}")));
                }
            }
        }
        if let FieldKind::Text(id) = field.kind
            && step.locked(view.plan, field.kind).is_some()
        {
            let value = step.text(view.plan, id);
            for line in fixed_lines(&value, width).into_iter().skip(1) {
                out.push(FormLine::Value(format!("  {line}")));
            }
            out.push(FormLine::Blank);
            continue;
        }
        if let FieldKind::Text(id) = field.kind {
            let note = if let Some(problem) = step.problem(id) {
                Some((format!("! {problem}"), true))
            } else if focus.field == i
                // Only a field with a list reads the catalogs (not the
                // welcome screen's first frame).
                && !step.pool(id, view.catalog()).is_empty()
                && step.text(view.plan, id).trim().is_empty()
            {
                let hint = "Begin te typen: dan zie je voorbeelden uit de lijst.";
                Some((format!("  {hint}"), false))
            } else if focus.field == i {
                // Near the limit the room left shows, as on a paper form.
                room_left(&step.text(view.plan, id), id.limit())
                    .map(|left| (format!("  {left}"), false))
            } else {
                None
            };
            // Notes wrap under the field, so no word is cut off.
            if let Some((text, is_error)) = note {
                for line in wrap(&text, width.max(8), "  ") {
                    out.push(FormLine::Note(line, is_error));
                }
            }
        }
        // Buttons stand together, like the buttons under a paper form.
        let button =
            |f: Option<&super::Field>| f.is_some_and(|f| matches!(f.kind, FieldKind::Button(_)));
        if !(button(Some(field)) && button(fields.get(i + 1))) {
            out.push(FormLine::Blank);
        }
    }
    out
}

/// Renders a form step; returns the text cursor position.
pub fn render<S: FormStep + ?Sized>(
    step: &S,
    view: &View,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let theme = view.theme;
    // Wrapped here, so the area is as high as the wrapped text.
    let width = usize::from(area.width).max(8);
    let intro_lines: Vec<Line> = step
        .intro(view)
        .iter()
        .enumerate()
        .flat_map(|(i, l)| {
            let style = if i == 0 && step.intro_is_title() {
                theme.title()
            } else {
                theme.text()
            };
            wrap(l, width, "")
                .into_iter()
                .map(move |part| Line::styled(part, style))
                .collect::<Vec<_>>()
        })
        .collect();
    let [intro_area, _, main] = Layout::vertical([
        Constraint::Length(intro_lines.len() as u16),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    Paragraph::new(intro_lines).render(intro_area, buf);

    let [form_area, _, info_area] = Layout::horizontal([
        Constraint::Fill(3),
        Constraint::Length(1),
        Constraint::Fill(2),
    ])
    .areas(main);
    let focus = step.form().focus;
    let info = step
        .focused_field(view.plan)
        .map(|field| step.explanation(view, field, focus.row))
        .unwrap_or_default();
    if !info.is_empty() {
        Paragraph::new(info)
            .wrap(Wrap { trim: false })
            .block(
                Block::bordered()
                    .padding(Padding::horizontal(1))
                    .title(" Uitleg ")
                    .title_style(theme.title())
                    .border_style(theme.line()),
            )
            .render(info_area, buf);
    }
    render_form(step, view, form_area, buf)
}

fn render_form<S: FormStep + ?Sized>(
    step: &S,
    view: &View,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let theme = view.theme;
    let all = lines(step, view, usize::from(area.width));
    let focus = step.form().focus;
    let focus_line = all
        .iter()
        .position(|l| matches!(l, FormLine::Row(f, r) if *f == focus.field && *r == focus.row))
        .unwrap_or(0);
    let height = usize::from(area.height);
    // Keep the focused row in view, with its label above it where possible.
    let offset = (focus_line + 3).saturating_sub(height);
    let fields = step.fields(view.plan);
    let mut cursor = None;
    for (i, line) in all.iter().skip(offset).take(height).enumerate() {
        let y = area.y + i as u16;
        let row_area = Rect::new(area.x, y, area.width, 1);
        match line {
            FormLine::Label(text) => {
                put(buf, row_area, area.x, y, text, theme.title());
            }
            FormLine::Note(text, is_error) => {
                let style = if *is_error {
                    theme.error()
                } else {
                    theme.muted()
                };
                put(buf, row_area, area.x, y, text, style);
            }
            FormLine::Value(text) => {
                put(buf, row_area, area.x, y, text, theme.text());
            }
            FormLine::Blank => {}
            FormLine::Row(f, r) => {
                let focused = *f == focus.field && *r == focus.row;
                let field = fields[*f];
                let row = Row {
                    kind: field.kind,
                    row: *r,
                    focused,
                };
                if let Some(pos) = render_row(step, view, row, row_area, buf) {
                    cursor = Some(pos);
                }
            }
        }
    }
    cursor
}

/// One row of a field, as drawn.
#[derive(Debug, Clone, Copy)]
struct Row {
    kind: FieldKind,
    row: usize,
    focused: bool,
}

fn render_row<S: FormStep + ?Sized>(
    step: &S,
    view: &View,
    Row { kind, row, focused }: Row,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let theme = view.theme;
    let (mark, style) = theme.marker(focused);
    match kind {
        FieldKind::Text(id) if row == 0 && step.locked(view.plan, kind).is_some() => {
            // A fixed text reads as text: no box, no cursor.
            let value = step.text(view.plan, id);
            let first = fixed_lines(&value, usize::from(area.width));
            let first = first.first().map_or("", String::as_str);
            put(buf, area, area.x, area.y, &format!("{mark} {first}"), style);
            None
        }
        FieldKind::Text(id) if row == 0 => {
            let value = step.text(view.plan, id);
            let field = TextField {
                value: &value,
                cursor: step.cursor(view.plan, id),
                focused,
                placeholder: if focused { "typ hier" } else { "(nog leeg)" },
                theme,
            };
            (&field).render(area, buf);
            field.cursor_position(area)
        }
        FieldKind::Text(id) => {
            let suggestion = step
                .suggestions(view.plan, id)
                .get(row - 1)
                .cloned()
                .unwrap_or_default();
            put(
                buf,
                area,
                area.x,
                area.y,
                &format!("{mark}   ↳ {suggestion}"),
                style,
            );
            None
        }
        FieldKind::Choice(id) if step.locked(view.plan, kind).is_some() => {
            let chosen = step.chosen_option(view.plan, id);
            let answer = chosen
                .and_then(|i| choice_options(id).get(i).copied())
                .unwrap_or(NOT_FILLED_IN);
            put(
                buf,
                area,
                area.x,
                area.y,
                &format!("{mark} {answer}"),
                style,
            );
            None
        }
        FieldKind::Choice(id) => {
            let chosen = step.chosen_option(view.plan, id) == Some(row);
            let label = choice_options(id).get(row).copied().unwrap_or("");
            let radio = if chosen { "(•)" } else { "( )" };
            option_row(
                buf,
                area,
                theme,
                focused,
                chosen,
                &format!("{radio} {label}"),
            );
            None
        }
        FieldKind::Checks(id) => {
            let (text, chosen) = step.marks(view.plan, id).get(row).cloned()?;
            let (check, indent) = mark_box(chosen, step.locked(view.plan, kind).is_some());
            let lines = mark_lines(&text, usize::from(area.width), indent);
            let text = lines.first().map_or("", String::as_str);
            option_row(
                buf,
                area,
                theme,
                focused,
                chosen,
                &format!("{check} {text}"),
            );
            None
        }
        FieldKind::Button(id) => {
            let label = step.button_label(view, id);
            put(
                buf,
                area,
                area.x,
                area.y,
                &format!("{mark} [ {label} ]"),
                style,
            );
            None
        }
    }
}

/// One option of a choice: the focus marker, then the option. A chosen
/// option that does not have the focus is drawn in the "chosen" style.
fn option_row(buf: &mut Buffer, area: Rect, theme: Theme, focused: bool, chosen: bool, text: &str) {
    let (mark, style) = theme.marker(focused);
    let style = if chosen && !focused {
        theme.chosen()
    } else {
        style
    };
    put(buf, area, area.x, area.y, &format!("{mark} {text}"), style);
}
