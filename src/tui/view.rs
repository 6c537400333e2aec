//! Drawing the whole screen: a pure function of the app state.
//!
//! ```text
//! ┌ kwadrant · Stap 2 van 7: Over jou ─────────────── niet opgeslagen ┐  header
//! │ the step's screen                                                  │  body
//! │ ✓ Opgeslagen ...                                                   │  notice
//! │ Tab volgende  Enter ok  Esc terug  F1 hulp  Ctrl-S opslaan ...     │  footer (2)
//! ```

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::app::{App, MIN_HEIGHT, MIN_WIDTH, Notice, Step};
use super::dialog::DialogKind;
use super::keys;
use super::theme::Theme;
use super::widgets::text_field::TextField;
use super::widgets::{put, wrap};

/// Draws the session into the frame.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let cursor = render(app, area, frame.buffer_mut());
    if let Some(position) = cursor {
        frame.set_cursor_position(position);
    }
}

/// The lines the status line takes at most: room for a failed save's reason
/// and what to do, at 80 columns. Other notices fit in two.
const MAX_NOTICE_ROWS: usize = 4;

/// The lines a step's pages are measured for (see [`smallest_body`]).
const PAGED_NOTICE_ROWS: usize = 2;

/// Header, the step's body (with a margin of one column each side), notice
/// line(s) and footer, for a notice of `notice_rows` lines.
fn layout(area: Rect, notice_rows: usize) -> [Rect; 4] {
    let [header, body, notice, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(notice_rows.clamp(1, MAX_NOTICE_ROWS) as u16),
        Constraint::Length(2),
    ])
    .areas(area);
    let body = Rect {
        x: body.x + 1,
        width: body.width.saturating_sub(2),
        ..body
    };
    [header, body, notice, footer]
}

/// The area a step gets in a terminal of `size` (columns, rows) with a
/// notice of two lines. For a step that pages its text. (While the reason
/// of a failed save takes more lines, the page is shorter for that moment;
/// the next key clears the notice.)
pub fn smallest_body((columns, rows): (u16, u16)) -> Rect {
    layout(Rect::new(0, 0, columns, rows), PAGED_NOTICE_ROWS)[1]
}

/// Renders into a buffer; returns where the text cursor should be. No cell
/// ever holds a control character or a bidi override, whatever text (a
/// file name, say) was handed to a widget.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Option<ratatui::layout::Position> {
    let cursor = render_all(app, area, buf);
    for cell in buf.content.iter_mut() {
        if cell.symbol().chars().any(crate::model::plan::unsafe_char) {
            cell.set_symbol("\u{FFFD}");
        }
    }
    cursor
}

fn render_all(app: &App, area: Rect, buf: &mut Buffer) -> Option<ratatui::layout::Position> {
    let theme = Theme::new(app.palette);
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return None;
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app, area, buf, theme);
        return None;
    }
    let notice_lines = notice_lines(app, usize::from(area.width));
    let [header, body, notice, footer] = layout(area, notice_lines.len());
    render_header(app, header, buf, theme);
    let cursor = app.steps.get(app.step).render(&app.view(), body, buf);
    render_notice(app, &notice_lines, notice, buf, theme);
    render_footer(app, footer, buf, theme);
    if app.help {
        render_help(app, body, buf, theme);
        return None;
    }
    if app.dialog.is_some() {
        return render_dialog(app, body, buf, theme);
    }
    cursor
}

/// A window below the minimum: how big it must be, and what still works.
fn too_small(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let mut lines = vec![Line::styled(
        format!(
            "Dit venster is te klein. Maak het minstens {MIN_WIDTH} tekens breed en \
             {MIN_HEIGHT} regels hoog. Nu is het {} bij {}. Je werk blijft bewaard. \
             Ctrl-S slaat op, Ctrl-Q stopt.",
            area.width, area.height
        ),
        theme.text(),
    )];
    if let Some(dialog) = &app.dialog {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!(
                "{} Maak het venster groter om te kiezen.",
                dialog.kind.question()
            ),
            theme.title(),
        ));
    }
    if let Some(Notice::Info(t) | Notice::Error(t)) = &app.notice {
        lines.push(Line::raw(""));
        lines.push(Line::styled(t.clone(), theme.text()));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

fn render_header(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let title = match app.step {
        Step::Start => " kwadrant · Welkom".to_string(),
        Step::Record => format!(" kwadrant · {}", Step::Record.title()),
        step => format!(
            " kwadrant · Stap {} van {}: {}",
            step.index(),
            Step::COUNTED,
            step.title()
        ),
    };
    put(buf, area, area.x, area.y, &title, theme.title());
    let saved = match (&app.file, app.dirty()) {
        (_, true) => "niet opgeslagen".to_string(),
        (Some(file), false) => format!(
            "opgeslagen: {}",
            file.file_name().unwrap_or_default().to_string_lossy()
        ),
        (None, false) => String::new(),
    };
    // A plan with a fixed record of the conversation is besproken (issue
    // 19); where both do not fit, whether it is saved goes first.
    let both = match (app.plan.besproken(), saved.is_empty()) {
        (true, true) => "besproken".to_string(),
        (true, false) => format!("besproken · {saved}"),
        (false, _) => saved.clone(),
    };
    let fits = |s: &String| area.width > title.width() as u16 + s.width() as u16 + 3;
    if let Some(state) = [both, saved].into_iter().find(fits) {
        let w = state.width() as u16 + 1;
        put(buf, area, area.right() - w, area.y, &state, theme.muted());
    }
}

/// The status line, wrapped so that nothing is cut off.
fn notice_lines(app: &App, width: usize) -> Vec<String> {
    let text = match &app.notice {
        Some(Notice::Info(t)) => format!("✓ {t}"),
        Some(Notice::Error(t)) => format!("! {t}"),
        None => return Vec::new(),
    };
    super::widgets::wrap(&text, width.saturating_sub(2).max(8), "  ")
        .into_iter()
        .map(|l| format!(" {l}"))
        .collect()
}

fn render_notice(app: &App, lines: &[String], area: Rect, buf: &mut Buffer, theme: Theme) {
    let style = match &app.notice {
        Some(Notice::Info(_)) => theme.info(),
        Some(Notice::Error(_)) => theme.error(),
        None => return,
    };
    for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
        put(buf, area, area.x, y, line, style);
    }
}

/// The footer: the keys that work here, wrapped over two lines.
fn render_footer(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let hints = keys::hints(&app.mode());
    let mut lines: Vec<Vec<Span>> = vec![Vec::new()];
    let mut used = 1usize;
    for (key, action) in hints {
        let w = key.width() + action.width() + 3;
        if used + w > usize::from(area.width) && !lines.last().is_some_and(Vec::is_empty) {
            lines.push(Vec::new());
            used = 1;
        }
        let line = lines.last_mut().expect("there is always a line");
        line.push(Span::raw(" "));
        line.push(Span::styled(key, theme.key()));
        line.push(Span::styled(format!(" {action} "), theme.text()));
        used += w;
    }
    let text: Vec<Line> = lines.into_iter().map(Line::from).collect();
    Paragraph::new(text).render(area, buf);
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn render_help(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let text = format!(
        "{}\n\nAltijd: Esc = een stap terug, Ctrl-S = opslaan, Ctrl-Q = stoppen.",
        app.steps.get(app.step).help(&app.view())
    );
    let box_area = centered(area, 70, 18);
    Clear.render(box_area, buf);
    let block = Block::bordered()
        .title(" Hulp ")
        .title_style(theme.title())
        .border_style(theme.title());
    Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .block(block)
        .render(box_area, buf);
}

/// The open dialog; returns the text cursor when an answer is typed.
fn render_dialog(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) -> Option<Position> {
    let dialog = app.dialog.as_ref()?;
    const WIDTH: u16 = 56;
    let options = dialog.kind.options();
    let typed = match &dialog.kind {
        DialogKind::TypeFolder(typed) => Some(typed),
        _ => None,
    };
    // The whole question, however long: a blank line, then the answers (or
    // the box to type in).
    let question = wrap(&dialog.kind.question(), usize::from(WIDTH - 2), "");
    let rows = (question.len() + 1 + options.len().max(usize::from(typed.is_some())) + 3) as u16;
    let box_area = centered(area, WIDTH, rows);
    Clear.render(box_area, buf);
    let block = Block::bordered()
        .title(" Even kiezen ")
        .title_style(theme.title())
        .border_style(theme.title());
    let inner = block.inner(box_area);
    block.render(box_area, buf);
    for (i, line) in question.iter().enumerate() {
        put(buf, inner, inner.x, inner.y + i as u16, line, theme.text());
    }
    let first_answer = inner.y + question.len() as u16 + 1;
    if let Some(typed) = typed {
        let field = TextField {
            value: &typed.text,
            cursor: typed.cursor,
            focused: true,
            placeholder: "typ hier de map",
            theme,
        };
        let row = Rect::new(inner.x, first_answer, inner.width, 1).intersection(inner);
        (&field).render(row, buf);
        return field.cursor_position(row);
    }
    for (i, option) in options.iter().enumerate() {
        let y = first_answer + i as u16;
        let focused = i == dialog.focus;
        let (mark, style) = theme.marker(focused);
        put(buf, inner, inner.x, y, &format!("{mark} {option}"), style);
    }
    None
}
