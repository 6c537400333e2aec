//! Step "Jouw plek": the quadrant chart with the side panel that explains
//! the quadrant, or "Waarom hier?".
//!
//! ```text
//! ↑ Creativiteit en strategie          ┌ Jouw plek ─────────────┐
//! ┌───────────┬───────────┐            │ ◆ Danger zone          │
//! │SLOW CREEP │  SAFE ZONE│            │ Werk dat het meest ... │
//! ├───────────┼───────────┤            │ betekenis ...          │
//! │ ◆ JIJ     │           │            │ Zo verandert het werk  │
//! └───────────┴───────────┘            │ ...                    │
//! ↓ Routine  ← weinig   veel →         └────────────────────────┘
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget, Wrap};

use crate::model::catalog::JobTable;
use crate::model::plan::SoortWerk;
use crate::model::position::Axis;
use crate::model::questionnaire::contributions;
use crate::report::text::lower_first;
use crate::tui::app::App;
use crate::tui::screens::work::y_axis_words;
use crate::tui::theme::Theme;
use crate::tui::widgets::quadrant_chart::{Marker, QuadrantChart};

/// The table of reference jobs shown on the chart.
pub fn shown_table(app: &App) -> JobTable {
    match (app.compare, app.plan.positie.soort_werk) {
        (false, _) => JobTable::Gemeente,
        (true, Some(SoortWerk::Fysiek)) => JobTable::Fysiek,
        (true, _) => JobTable::Cognitief,
    }
}

/// Renders the chart and the side panel.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let side_width = (area.width / 3).clamp(34, 44);
    let [chart_area, _, side] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(side_width),
    ])
    .areas(area);
    let catalog = app.catalog();
    let point = app.plan.positie.position();
    let table = shown_table(app);
    let mut jobs: Vec<_> = catalog.jobs_in(table).collect();
    if let Some(p) = point {
        jobs.sort_by(|a, b| {
            p.distance(&a.position())
                .total_cmp(&p.distance(&b.position()))
        });
    }
    let (_, low, high) = y_axis_words(app.plan.positie.soort_werk);
    let chart = QuadrantChart {
        jobs: jobs
            .iter()
            .map(|j| Marker {
                label: j.short_name(),
                at: j.position(),
            })
            .collect(),
        point,
        top_label: match app.plan.positie.soort_werk {
            Some(SoortWerk::Fysiek) => high,
            _ => "Creativiteit en strategie",
        },
        bottom_label: match app.plan.positie.soort_werk {
            Some(SoortWerk::Fysiek) => low,
            _ => "Routine",
        },
        legend: String::new(),
        theme,
    };
    (&chart).render(chart_area, buf);

    let lines = if app.why {
        why_lines(app, theme)
    } else {
        meaning_lines(app, theme, table)
    };
    let title = if app.why {
        " Waarom hier? "
    } else {
        " Jouw plek "
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .padding(Padding::horizontal(1))
                .title(title)
                .title_style(theme.title())
                .border_style(theme.line()),
        )
        .render(side, buf);
}

fn meaning_lines(app: &App, theme: Theme, table: JobTable) -> Vec<Line<'static>> {
    let Some(p) = app.plan.positie.position() else {
        return vec![Line::raw(
            "Er is nog geen plek. Beantwoord eerst de vragen bij 'Jouw werk' (Esc).",
        )];
    };
    let q = p.quadrant();
    let text = app.catalog().quadrant(q);
    let mut lines = vec![
        Line::from(vec![
            Span::styled("◆ ", theme.point()),
            Span::styled(q.name().to_string(), theme.title()),
        ]),
        Line::raw(text.ondertitel.clone()),
        Line::styled(
            format!(
                "sociaal {:.1} · {} {:.1}",
                p.sociaal,
                y_short(app),
                p.creativiteit
            ),
            theme.muted(),
        ),
    ];
    lines.push(Line::styled(
        format!("• = {} ({})", table.label(), table.bron()),
        theme.muted(),
    ));
    if let Some(border) = p.border() {
        lines.push(Line::styled(
            format!("Grens: {}", lower_first(&border.note())),
            theme.text(),
        ));
    }
    lines.extend([
        Line::raw(""),
        Line::raw(text.betekenis.clone()),
        Line::raw(""),
        Line::styled("Zo verandert het werk:", theme.title()),
        Line::raw(text.verandering.clone()),
    ]);
    lines
}

fn y_short(app: &App) -> &'static str {
    match app.plan.positie.soort_werk {
        Some(SoortWerk::Fysiek) => "handig",
        _ => "creatief",
    }
}

fn why_lines(app: &App, theme: Theme) -> Vec<Line<'static>> {
    let answers = &app.plan.positie.antwoorden;
    if answers.is_empty() {
        return vec![Line::raw(
            "De plek is met de schuifjes gekozen, niet met de vragen. Daarom is er geen \
             uitleg per vraag.",
        )];
    }
    let catalog = app.catalog();
    let mut lines = vec![Line::raw("Deze antwoorden telden het zwaarst:")];
    for (axis, name) in [
        (Axis::Sociaal, "Contact met mensen"),
        (Axis::Creativiteit, "Creativiteit"),
    ] {
        let mut parts = contributions(catalog, answers, axis);
        parts.sort_by_key(|c| std::cmp::Reverse(c.pull().abs()));
        lines.push(Line::raw(""));
        lines.push(Line::styled(name.to_string(), theme.title()));
        for c in parts.iter().filter(|c| c.pull() != 0).take(2) {
            let arrow = if c.pull() > 0 {
                "↑ meer"
            } else {
                "↓ minder"
            };
            let answer = catalog
                .scale
                .iter()
                .find(|a| a.waarde == c.answer)
                .map_or(String::new(), |a| {
                    a.tekst.to_lowercase().replace(['(', ')'], "")
                });
            lines.push(Line::raw(format!(
                "{arrow}: {} ({answer})",
                c.question.kort
            )));
        }
        if parts.iter().all(|c| c.pull() == 0) {
            lines.push(Line::raw("Je antwoorden liggen hier in het midden."));
        }
    }
    lines
}
