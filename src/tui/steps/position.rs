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

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget, Wrap};

use crate::model::catalog::JobTable;
use crate::model::plan::{Methode, SoortWerk};
use crate::model::position::Axis;
use crate::model::questionnaire::contributions;
use crate::report::text::lower_first;
use crate::tui::keys::{Binding, Keymap, SHIFT, bind, hint, key};
use crate::tui::msg::Msg;
use crate::tui::steps::component::{Component, Outcome, StepCtx, View};
use crate::tui::steps::work::{FINE_STEP, STEP, nudge, y_axis_words};
use crate::tui::theme::Theme;
use crate::tui::widgets::quadrant_chart::{Marker, QuadrantChart};

/// The chart and what it means.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PositionStep {
    /// Showing "Waarom hier?" beside the chart.
    pub why: bool,
    /// Showing the general jobs (Tabel 3.2 / 3.3) instead of the municipal ones.
    pub compare: bool,
}

static CHART: &[Binding] = &[
    hint(KeyCode::Left, Msg::Left, "pijltjes", "punt schuiven"),
    key(KeyCode::Right, Msg::Right),
    key(KeyCode::Up, Msg::Up),
    key(KeyCode::Down, Msg::Down),
    bind(KeyCode::Left, SHIFT, Msg::FineLeft, None),
    bind(KeyCode::Right, SHIFT, Msg::FineRight, None),
    bind(KeyCode::Up, SHIFT, Msg::FineUp, None),
    bind(KeyCode::Down, SHIFT, Msg::FineDown, None),
    hint(KeyCode::Char('w'), Msg::Why, "W", "waarom hier?"),
    hint(KeyCode::Char('v'), Msg::Compare, "V", "andere beroepen"),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "klopt, verder"),
];

impl Component for PositionStep {
    fn update(&mut self, msg: Msg, ctx: &mut StepCtx) -> Outcome {
        match msg {
            Msg::Left => nudge(ctx, Axis::Sociaal, -STEP),
            Msg::Right => nudge(ctx, Axis::Sociaal, STEP),
            Msg::Up => nudge(ctx, Axis::Creativiteit, STEP),
            Msg::Down => nudge(ctx, Axis::Creativiteit, -STEP),
            Msg::FineLeft => nudge(ctx, Axis::Sociaal, -FINE_STEP),
            Msg::FineRight => nudge(ctx, Axis::Sociaal, FINE_STEP),
            Msg::FineUp => nudge(ctx, Axis::Creativiteit, FINE_STEP),
            Msg::FineDown => nudge(ctx, Axis::Creativiteit, -FINE_STEP),
            Msg::Why => self.why = !self.why,
            Msg::Compare => self.compare = !self.compare,
            Msg::Confirm if ctx.plan.positie.position().is_some() => return Outcome::Next,
            Msg::Confirm => {
                ctx.error("Er is nog geen plek. Beantwoord eerst de vragen bij 'Jouw werk'.");
            }
            Msg::Back => return Outcome::Back,
            _ => {}
        }
        Outcome::Stay
    }

    fn keymap(&self, _view: &View) -> Keymap {
        // The wheel would move the point.
        Keymap {
            wheel: false,
            ..Keymap::list(CHART)
        }
    }

    fn render(&self, view: &View, area: Rect, buf: &mut Buffer) -> Option<Position> {
        self.draw(view, area, buf);
        None
    }

    fn help(&self, view: &View) -> String {
        let up_down = match view.plan.positie.soort_werk {
            Some(SoortWerk::Fysiek) => "hoeveel vaardigheid en handigheid het werk vraagt",
            _ => "vaste stappen of eigen ideeën",
        };
        let dots = if self.compare {
            "De stippen zijn andere beroepen, niet alleen bij gemeenten. Met V zie je weer de \
             functies bij gemeenten."
        } else {
            "De stippen zijn functies bij gemeenten (Tabel 3.4). Met V zie je andere beroepen."
        };
        format!(
            "Het raster heeft twee lijnen. Links-rechts: hoeveel contact met mensen je werk \
             vraagt. Onder-boven: {up_down}.\n\n◆ JIJ is jouw plek. {dots}\n\nVind je \
             dat de plek niet klopt? Schuif hem met de pijltjes (met Shift een klein \
             stapje). Met W zie je welke antwoorden het meest telden. Enter gaat verder."
        )
    }
}

impl PositionStep {
    /// The table of reference jobs shown on the chart.
    pub fn shown_table(&self, soort: Option<SoortWerk>) -> JobTable {
        match (self.compare, soort) {
            (false, _) => JobTable::Gemeente,
            (true, Some(SoortWerk::Fysiek)) => JobTable::Fysiek,
            (true, _) => JobTable::Cognitief,
        }
    }

    /// Renders the chart and the side panel.
    fn draw(&self, view: &View, area: Rect, buf: &mut Buffer) {
        let theme = view.theme;
        let side_width = (area.width / 3).clamp(34, 44);
        let [chart_area, _, side] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(side_width),
        ])
        .areas(area);
        let catalog = view.catalog();
        let point = view.plan.positie.position();
        let table = self.shown_table(view.plan.positie.soort_werk);
        let mut jobs: Vec<_> = catalog.jobs_in(table).collect();
        if let Some(p) = point {
            jobs.sort_by(|a, b| {
                p.distance(&a.position())
                    .total_cmp(&p.distance(&b.position()))
            });
        }
        let (_, low, high) = y_axis_words(view.plan.positie.soort_werk);
        let chart = QuadrantChart {
            jobs: jobs
                .iter()
                .map(|j| Marker {
                    label: j.short_name(),
                    at: j.position(),
                })
                .collect(),
            point,
            top_label: match view.plan.positie.soort_werk {
                Some(SoortWerk::Fysiek) => high,
                _ => "Creativiteit en strategie",
            },
            bottom_label: match view.plan.positie.soort_werk {
                Some(SoortWerk::Fysiek) => low,
                _ => "Routine",
            },
            legend: String::new(),
            theme,
        };
        (&chart).render(chart_area, buf);

        let lines = if self.why {
            why_lines(view, theme)
        } else {
            meaning_lines(view, theme, table)
        };
        let title = if self.why {
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
}

fn meaning_lines(view: &View, theme: Theme, table: JobTable) -> Vec<Line<'static>> {
    let Some(p) = view.plan.positie.position() else {
        return vec![Line::raw(
            "Er is nog geen plek. Beantwoord eerst de vragen bij 'Jouw werk' (Esc).",
        )];
    };
    let q = p.quadrant();
    let text = view.catalog().quadrant(q);
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
                y_short(view),
                p.creativiteit
            ),
            theme.muted(),
        ),
    ];
    if let Some(from) = view.plan.positie.bijgesteld_van {
        lines.push(Line::styled(
            format!(
                "Met de hand bijgesteld van {:.1} · {:.1} naar {:.1} · {:.1}",
                from.sociaal, from.creativiteit, p.sociaal, p.creativiteit
            ),
            theme.text(),
        ));
    }
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

fn y_short(view: &View) -> &'static str {
    match view.plan.positie.soort_werk {
        Some(SoortWerk::Fysiek) => "handig",
        _ => "creatief",
    }
}

fn why_lines(view: &View, theme: Theme) -> Vec<Line<'static>> {
    let answers = &view.plan.positie.antwoorden;
    if view.plan.positie.methode != Some(Methode::Vragenlijst) || answers.is_empty() {
        return vec![Line::raw(
            "De plek is met de schuifjes gekozen, niet met de vragen. Daarom is er geen \
             uitleg per vraag.",
        )];
    }
    let catalog = view.catalog();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Plan;
    use crate::tui::steps::testing::Harness;

    fn placed(sociaal: f64, creativiteit: f64) -> Harness<PositionStep> {
        let mut plan = Plan::default();
        plan.positie.sociaal = Some(sociaal);
        plan.positie.creativiteit = Some(creativiteit);
        Harness::with_plan(PositionStep::default(), plan)
    }

    #[test]
    fn the_arrows_move_the_point_and_the_panel_follows() {
        let mut h = placed(3.0, 2.0);
        assert!(h.screen().contains("Danger zone"), "{}", h.screen());
        h.keys(&["Right", "Right", "Right", "Right", "S-Up"]);
        assert_eq!(h.plan.positie.sociaal, Some(5.0));
        assert_eq!(h.plan.positie.creativiteit, Some(2.1));
        assert!(h.screen().contains("Human veneer"), "{}", h.screen());
        h.assert_footer_is_honest();
        assert!(
            !h.step.keymap(&h.view()).wheel,
            "the wheel never moves the point"
        );
    }

    #[test]
    fn why_and_compare_switch_the_panel_and_the_jobs() {
        let mut h = placed(3.0, 2.0);
        h.keys(&["w"]);
        assert!(h.screen().contains("Waarom hier?"));
        assert!(
            h.screen().contains("De plek is met de schuifjes"),
            "{}",
            h.screen()
        );
        h.keys(&["v"]);
        assert_eq!(h.step.shown_table(None), JobTable::Cognitief);
        h.keys(&["Enter"]);
        assert_eq!(h.last, Outcome::Next);
    }

    #[test]
    fn without_a_point_it_says_what_to_do_first() {
        let mut h = Harness::new(PositionStep::default());
        h.keys(&["Enter", "Left"]);
        assert_eq!(h.last, Outcome::Stay);
        assert!(h.notice_text().contains("nog geen"));
        assert!(h.screen().contains("Er is nog geen plek"));
    }
}
