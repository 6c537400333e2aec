//! Drawing "Jouw taken": the list of one week, the own-task questions, and
//! the point the tasks give.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Row, TasksStep};
use crate::model::catalog::AnswerOption;
use crate::model::plan::{Kleur, Taak, Week, total};
use crate::model::tasks;
use crate::report::text::decimal;
use crate::tui::steps::component::View;
use crate::tui::widgets::likert::Likert;
use crate::tui::widgets::put;
use crate::tui::widgets::text_field::{TextField, whole_words};

/// Width of the share, core and sign columns together.
const COLUMNS: usize = 24;

pub(super) fn render(
    step: &TasksStep,
    view: &View,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    if let Some(own) = &step.own {
        return render_own(step, own, view, area, buf);
    }
    let theme = view.theme;
    let plan = view.plan;
    let [head, columns, list, detail, point, rule] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(4),
        Constraint::Length(3),
    ])
    .areas(area);
    let week_name = match step.week {
        Week::Nu => "Jouw week nu",
        Week::Straks => "Jouw week over twee jaar",
    };
    let sum = total(&plan.taken, step.week);
    let divided = if plan.taken.is_empty() {
        "kies je belangrijkste taken (3 tot 8)".to_string()
    } else if sum == 100 {
        "verdeeld: 100 %".to_string()
    } else if sum < 100 {
        format!("verdeeld: {sum} %, nog {} % over", 100 - sum)
    } else {
        format!("verdeeld: {sum} %, {} % te veel", sum - 100)
    };
    let x = put(buf, head, head.x, head.y, week_name, theme.title());
    let sum_style = if sum == 100 || plan.taken.is_empty() {
        theme.muted()
    } else {
        theme.error()
    };
    put(buf, head, x, head.y, &format!(" · {divided}"), sum_style);
    let text_width = usize::from(area.width).saturating_sub(COLUMNS + 5);
    let header = format!(
        "  Nr {:<text_width$} {:>5}  {:<4}  {}",
        "Taak", "Deel", "Kern", "Verandert"
    );
    put(buf, columns, columns.x, columns.y, &header, theme.muted());

    let rows = step.rows(plan);
    let height = usize::from(list.height).max(1);
    let first = step.row.saturating_sub(height.saturating_sub(1));
    for (n, row) in rows.iter().enumerate().skip(first).take(height) {
        let y = list.y + (n - first) as u16;
        let focused = n == step.row;
        let (mark, style) = theme.marker(focused);
        let line = match row {
            Row::Task(i) => {
                let taak = &plan.taken[*i];
                let text = whole_words(&taak.tekst, text_width);
                let core = if taak.kern { "kern" } else { "" };
                format!(
                    "{mark} {:>2} {text:<text_width$} {:>3} %  {core:<4}  {}",
                    i + 1,
                    taak.share(step.week),
                    taak.kleur.sign()
                )
            }
            Row::Example(task) => {
                let text = whole_words(&task.tekst, text_width);
                format!(
                    "{mark}  + {text:<text_width$} {:>3} %  voorbeeld",
                    task.aandeel
                )
            }
            Row::Own => match step.week {
                Week::Nu => format!("{mark}  + Eigen taak toevoegen"),
                Week::Straks => format!("{mark}  + Nieuwe taak toevoegen (komt erbij)"),
            },
            Row::Next => match (step.week, plan.taken.is_empty()) {
                (_, true) => format!("{mark}  → Verder zonder taken"),
                (Week::Nu, false) => format!("{mark}  → Verder: je week over twee jaar"),
                (Week::Straks, false) => format!("{mark}  → Verder naar Jouw plek"),
            },
        };
        let style = match (row, focused) {
            (_, true) => style,
            (Row::Example(_), false) => theme.muted(),
            _ => theme.text(),
        };
        let end = put(buf, list, list.x, y, &line, style);
        // The sign keeps its word; the colour is extra.
        if let (Row::Task(i), false) = (row, focused) {
            let taak = &plan.taken[*i];
            let sign = taak.kleur.sign();
            if !sign.is_empty() {
                let at = end.saturating_sub(sign.chars().count() as u16);
                let colour = match taak.kleur {
                    Kleur::Rood => theme.error(),
                    _ => theme.chosen(),
                };
                put(buf, list, at, y, sign, colour);
            }
        }
    }
    // The focused task in full, where its row had to cut it.
    let full = match rows.get(step.row) {
        Some(Row::Task(i)) => Some(plan.taken[*i].tekst.as_str()),
        Some(Row::Example(task)) => Some(task.tekst.as_str()),
        _ => None,
    };
    if let Some(full) = full.filter(|t| whole_words(t, text_width) != *t) {
        put(
            buf,
            detail,
            detail.x + 2,
            detail.y,
            &format!("› {full}"),
            theme.muted(),
        );
    }
    if first + height < rows.len() {
        let cue = "meer ↓";
        let x = list.right().saturating_sub(cue.chars().count() as u16);
        put(buf, list, x, list.bottom() - 1, cue, theme.title());
    }
    Paragraph::new(point_lines(&plan.taken, view))
        .wrap(Wrap { trim: true })
        .render(point, buf);
    Paragraph::new(tasks::rule(plan.positie.soort_werk))
        .style(theme.muted())
        .wrap(Wrap { trim: true })
        .render(rule, buf);
    None
}

/// "Jouw werk nu: mensenwerk 2,4 · vaste stappen 2,0: Vaste stappen (Danger
/// zone)", and the same for two years when it differs.
fn point_lines<'a>(taken: &[Taak], view: &View) -> Vec<Line<'a>> {
    let theme = view.theme;
    let y_name = match view.plan.positie.soort_werk {
        Some(crate::model::plan::SoortWerk::Fysiek) => "vakmanschap",
        _ => "eigen oordeel",
    };
    let Some(now) = tasks::point(taken, Week::Nu) else {
        return vec![Line::styled(
            "Met drie of meer taken zie je hier waar je taken je werk plaatsen.",
            theme.muted(),
        )];
    };
    let describe = |when: &str, p: crate::model::position::Position| {
        [
            Line::from(vec![
                Span::styled(format!("Jouw werk {when}: "), theme.point()),
                Span::styled(p.result_label(), theme.text()),
            ]),
            Line::styled(
                format!(
                    "  mensenwerk {} van 10 · {y_name} {} van 10",
                    decimal(p.sociaal),
                    decimal(p.creativiteit),
                ),
                theme.text(),
            ),
        ]
    };
    let mut lines = Vec::from(describe("nu", now));
    if let Some(later) = tasks::point(taken, Week::Straks)
        && later != now
    {
        lines.extend(describe("over twee jaar", later));
    }
    lines
}

fn render_own(
    step: &TasksStep,
    own: &super::OwnTask,
    view: &View,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let theme = view.theme;
    let [head, field, _, ask, options, _, note] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(5),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    let title = match step.week {
        Week::Nu => "Een eigen taak",
        Week::Straks => "Een nieuwe taak over twee jaar",
    };
    put(buf, head, head.x, head.y, title, theme.title());
    let label = "Wat is de taak? ";
    let x = put(buf, field, field.x, field.y, label, theme.text());
    let input = Rect {
        x,
        width: field.right().saturating_sub(x),
        ..field
    };
    let text = TextField {
        value: &own.tekst,
        cursor: own.cursor,
        focused: own.stage == 0,
        placeholder: "bijvoorbeeld: Nieuwe collega's inwerken",
        theme,
    };
    (&text).render(input, buf);
    let cursor = text.cursor_position(input);
    if own.stage == 0 {
        Paragraph::new(
            "Schrijf in een paar woorden wat je doet (hoogstens 60 tekens). Daarna volgen twee \
             korte vragen over deze taak. Esc: toch geen eigen taak.",
        )
        .style(theme.muted())
        .wrap(Wrap { trim: true })
        .render(note, buf);
        return cursor;
    }
    let (question, answers) = if own.stage == 1 {
        tasks::contact_question()
    } else {
        tasks::open_question(view.plan.positie.soort_werk)
    };
    Paragraph::new(format!("Vraag {} van 2: {question}", own.stage))
        .style(theme.title())
        .wrap(Wrap { trim: true })
        .render(ask, buf);
    let options_list: Vec<AnswerOption> = answers
        .iter()
        .enumerate()
        .map(|(i, tekst)| AnswerOption {
            waarde: i as i64 + 1,
            tekst: (*tekst).to_string(),
        })
        .collect();
    let chosen = match own.stage {
        1 => own.contact.map(i64::from),
        _ => None,
    };
    let likert = Likert {
        options: &options_list,
        chosen,
        highlight: own.highlight,
        theme,
    };
    (&likert).render(options, buf);
    Paragraph::new("Kies met ↑↓ en Enter, of typ 1 tot 5. Esc gaat een vraag terug.")
        .style(theme.muted())
        .wrap(Wrap { trim: true })
        .render(note, buf);
    None
}
