//! Step "Jouw plek": the quadrant chart with the side panel that explains
//! the quadrant (what it means, how the work can change, a way forward) or
//! "Waarom hier?". The panel scrolls by section when it does not fit.
//!
//! ```text
//! ↑ Eigen oordeel en ideeën            ┌ Jouw plek ─────────────┐
//! ┌───────────┬───────────┐            │ ◆ Vaste stappen        │
//! │Eigen      │  Oordeel  │            │ (Danger zone)          │
//! ├───────────┼───────────┤            │ Mensenwerk: 3,8 van 10 │
//! │ ◆ jouw werk           │            │ Een eerste beeld ...   │
//! └← weinig mensenwerk ───┘            └──────────── ▼ PgDn ────┘
//! ↓ Vaste stappen
//! ```

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Padding, Paragraph, Widget};

use crate::model::catalog::Catalog;
use crate::model::catalog::JobTable;
use crate::model::plan::Plan;
use crate::model::plan::{Methode, SoortWerk};
use crate::model::position::{Axis, Position as GridPoint};
use crate::model::questionnaire::contributions;
use crate::report::own_job::{self, own_job};
use crate::report::text::{
    FEELINGS, JOBS_NOTE, capitalize, changes, decimal, first_picture, y_axis,
};
use crate::tui::keys::{Binding, Keymap, SHIFT, bind, hint, key};
use crate::tui::msg::Msg;
use crate::tui::steps::component::{Component, Outcome, StepCtx, View};
use crate::tui::steps::work::{FINE_STEP, STEP, nudge, y_axis_words};
use crate::tui::theme::Theme;
use crate::tui::widgets::quadrant_chart::{Marker, OWN_JOB_MARK, QuadrantChart};
use crate::tui::widgets::wrap;

/// The chart and what it means.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PositionStep {
    /// Showing "Waarom hier?" beside the chart.
    pub why: bool,
    /// Showing the general jobs (Tabel 3.2 / 3.3) instead of the municipal ones.
    pub compare: bool,
    /// The first section of the panel that is shown (PgDn / PgUp).
    pub section: usize,
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
    hint(KeyCode::PageDown, Msg::PageDown, "PgDn", "lees verder"),
    key(KeyCode::PageUp, Msg::PageUp),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "klopt, verder"),
];

/// One part of the panel: lines of text, each with its style.
type Section = Vec<(String, Style)>;

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
            Msg::Why => {
                self.why = !self.why;
                self.section = 0;
            }
            Msg::Compare => self.compare = !self.compare,
            Msg::PageDown => {
                let last = self
                    .sections(ctx.plan, Theme::new(false))
                    .len()
                    .saturating_sub(1);
                self.section = (self.section + 1).min(last);
            }
            Msg::PageUp => self.section = self.section.saturating_sub(1),
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
            Some(SoortWerk::Fysiek) => "hoeveel vakmanschap en handigheid het werk vraagt",
            _ => "vaste stappen, of je eigen oordeel en ideeën",
        };
        let dots = if self.compare {
            "De stippen zijn andere beroepen, niet alleen bij gemeenten. Met V zie je weer de \
             functies bij gemeenten."
        } else {
            "De stippen zijn functies bij gemeenten, uit een eerste lijst uit 2019. Met V zie \
             je andere beroepen."
        };
        let own = match own_job(view.plan, view.catalog()) {
            Some(_) if !self.compare => {
                format!(" {OWN_JOB_MARK} is jouw eigen functie in die lijst.")
            }
            _ => String::new(),
        };
        let dots = format!("{dots}{own}");
        format!(
            "Het raster heeft twee lijnen. Links-rechts: hoeveel je werk vraagt dat je je \
             inleeft in mensen (mensenwerk). Onder-boven: {up_down}.\n\n◆ is jouw werk. \
             {dots}\n\nVind je dat de plek niet klopt? Schuif hem met de pijltjes (met Shift \
             een klein stapje). Met W zie je welke antwoorden het meest telden. PgDn en PgUp \
             bladeren in de uitleg rechts. Enter gaat verder."
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

    /// The panel's text, in sections.
    fn sections(&self, plan: &Plan, theme: Theme) -> Vec<Section> {
        if self.why {
            why_sections(plan, theme)
        } else {
            meaning_sections(plan, theme, self.shown_table(plan.positie.soort_werk))
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
        let own = own_job(view.plan, catalog).filter(|_| table == JobTable::Gemeente);
        let chart = QuadrantChart {
            jobs: jobs
                .iter()
                .filter(|j| own.is_none_or(|o| o.naam != j.naam))
                .map(|j| Marker {
                    label: j.short_name(),
                    at: j.position(),
                })
                .collect(),
            point,
            own: own.map(|j| Marker {
                label: j.short_name(),
                at: j.position(),
            }),
            top_label: high,
            bottom_label: low,
            legend: String::new(),
            theme,
        };
        (&chart).render(chart_area, buf);
        let title = if self.why {
            " Waarom hier? "
        } else {
            " Jouw plek "
        };
        self.draw_panel(view, title, side, buf);
    }

    /// The panel from section `self.section` on, wrapped; marks when there is more.
    fn draw_panel(&self, view: &View, title: &str, area: Rect, buf: &mut Buffer) {
        let theme = view.theme;
        let sections = self.sections(view.plan, theme);
        let block = Block::bordered()
            .padding(Padding::horizontal(1))
            .title(title)
            .title_style(theme.title())
            .border_style(theme.line());
        let inner = block.inner(area);
        let width = usize::from(inner.width).max(8);
        let start = self.section.min(sections.len().saturating_sub(1));
        let mut lines: Vec<Line> = Vec::new();
        for (i, section) in sections.iter().enumerate().skip(start) {
            if i > start {
                lines.push(Line::raw(""));
            }
            for (text, style) in section {
                for part in wrap(text, width, "") {
                    lines.push(Line::styled(part, *style));
                }
            }
        }
        let more_below = lines.len() > usize::from(inner.height);
        let mut block = block;
        if more_below {
            block = block.title_bottom(Line::styled(" ▼ PgDn ", theme.title()).right_aligned());
        }
        if start > 0 {
            block = block.title_bottom(Line::styled(" ▲ PgUp ", theme.title()).left_aligned());
        }
        Paragraph::new(lines).block(block).render(area, buf);
    }
}

fn meaning_sections(plan: &Plan, theme: Theme, table: JobTable) -> Vec<Section> {
    let Some(p) = plan.positie.position() else {
        return vec![vec![(
            "Er is nog geen plek. Beantwoord eerst de vragen bij 'Jouw werk' (Esc).".into(),
            theme.text(),
        )]];
    };
    let positie = &plan.positie;
    let q = p.quadrant();
    let text = Catalog::embedded().quadrant(q);
    let y_name = y_axis(positie.soort_werk);
    let mut head: Section = vec![
        (format!("◆ {}", p.result_label()), theme.title()),
        (
            format!("Mensenwerk: {} van 10", decimal(p.sociaal)),
            theme.text(),
        ),
        (
            format!("{}: {} van 10", capitalize(y_name), decimal(p.creativiteit)),
            theme.text(),
        ),
    ];
    if !p.is_middle() {
        head.insert(1, (text.ondertitel.clone(), theme.text()));
    }
    if let Some(from) = positie.bijgesteld_van {
        head.push((
            format!(
                "Met de hand bijgesteld van {} / {} naar {} / {}",
                decimal(from.sociaal),
                decimal(from.creativiteit),
                decimal(p.sociaal),
                decimal(p.creativiteit)
            ),
            theme.text(),
        ));
    }
    if let Some(border) = p.border() {
        head.push((border.note(), theme.text()));
    }
    head.push((first_picture(positie.methode), theme.muted()));
    let mut sections = vec![head];
    let own_note = own_job::note(plan, Catalog::embedded()).filter(|_| table == JobTable::Gemeente);
    if let Some(note) = own_note {
        sections.push(vec![(format!("{OWN_JOB_MARK} {note}"), theme.text())]);
    }
    sections.extend([
        vec![(text.meaning(positie.soort_werk).to_string(), theme.text())],
        change_section(&p, theme),
        vec![
            ("Zo kun je verder:".into(), theme.title()),
            (text.perspectief.clone(), theme.text()),
        ],
        vec![
            (FEELINGS.into(), theme.text()),
            (String::new(), theme.text()),
            (format!("• = {}. {JOBS_NOTE}", table.label()), theme.muted()),
        ],
    ]);
    sections
}

/// The direction of change (Tabel 3.5); near a border, of both quadrants.
fn change_section(p: &GridPoint, theme: Theme) -> Section {
    let mut section: Section = vec![("Zo kan het werk veranderen:".into(), theme.title())];
    for line in changes(p, Catalog::embedded()) {
        section.push((line, theme.text()));
    }
    section
}

fn why_sections(plan: &Plan, theme: Theme) -> Vec<Section> {
    let positie = &plan.positie;
    let answers = &positie.antwoorden;
    if positie.methode != Some(Methode::Vragenlijst) || answers.is_empty() {
        let how = if positie.methode == Some(Methode::Direct) {
            "Je hebt deze plek samen met je coach gekozen, met de schuifjes."
        } else {
            "Deze plek komt niet uit de vragen."
        };
        return vec![vec![(
            format!("{how} Daarom staat hier geen uitleg per vraag."),
            theme.text(),
        )]];
    }
    let catalog = Catalog::embedded();
    let mut sections = vec![vec![(
        "Deze antwoorden telden het zwaarst:".to_string(),
        theme.text(),
    )]];
    for (axis, name) in [
        (Axis::Sociaal, "Mensenwerk".to_string()),
        (Axis::Creativiteit, capitalize(y_axis(positie.soort_werk))),
    ] {
        let mut parts = contributions(catalog, answers, axis, positie.soort_werk);
        parts.sort_by_key(|c| std::cmp::Reverse(c.pull().abs()));
        let mut section = vec![(name, theme.title())];
        for c in parts.iter().filter(|c| c.pull() != 0).take(2) {
            let arrow = if c.pull() > 0 {
                "↑ meer"
            } else {
                "↓ minder"
            };
            let answer = catalog
                .scale_of(c.question)
                .1
                .iter()
                .find(|a| a.waarde == c.answer)
                .map_or(String::new(), |a| {
                    a.tekst.to_lowercase().replace(['(', ')'], "")
                });
            section.push((
                format!("{arrow}: {} ({answer})", c.question.kort),
                theme.text(),
            ));
        }
        if parts.iter().all(|c| c.pull() == 0) {
            section.push((
                "Je antwoorden liggen hier in het midden.".into(),
                theme.text(),
            ));
        }
        sections.push(section);
    }
    sections.push(vec![(first_picture(positie.methode), theme.muted())]);
    sections
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Plan;
    use crate::model::position::Quadrant;
    use crate::tui::steps::testing::Harness;

    fn placed(sociaal: f64, creativiteit: f64) -> Harness<PositionStep> {
        let mut plan = Plan::default();
        plan.positie.sociaal = Some(sociaal);
        plan.positie.creativiteit = Some(creativiteit);
        Harness::with_plan(PositionStep::default(), plan)
    }

    fn meaning_text(sociaal: f64, creativiteit: f64) -> String {
        meaning_text_of(&placed(sociaal, creativiteit).plan)
    }

    fn meaning_text_of(plan: &Plan) -> String {
        meaning_sections(plan, Theme::new(false), JobTable::Gemeente)
            .iter()
            .flatten()
            .map(|(text, _)| text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn at_the_centre_the_panel_says_in_het_midden_with_the_nearest_quadrants() {
        // Before, "Soms" to everything gave 5.0 / 5.0 and a plain "Safe zone".
        let h = placed(5.0, 5.0);
        let screen = h.screen_at(80, 22);
        assert!(screen.contains("◆ In het midden, het dichtst"), "{screen}");
        let text = meaning_text(5.0, 5.0);
        assert!(text.contains("Je werk ligt in het midden"), "{text}");
        for q in [
            Quadrant::SafeZone,
            Quadrant::SlowCreep,
            Quadrant::HumanVeneer,
        ] {
            assert!(text.contains(&format!("Bij {}:", q.label())), "{text}");
        }
        assert!(!text.contains("Bij Vaste stappen"), "{text}");
    }

    #[test]
    fn on_a_border_the_panel_names_both_quadrants_and_both_changes() {
        let text = meaning_text(2.0, 4.5);
        assert!(
            text.starts_with("◆ Vaste stappen (Danger zone)\n"),
            "{text}"
        );
        assert!(
            text.contains("Je werk ligt op de grens tussen Vaste stappen (Danger zone) en Eigen"),
            "{text}"
        );
        assert!(text.contains("Bij Vaste stappen (Danger zone): "), "{text}");
        assert!(text.contains("Bij Eigen oordeel (Slow creep): "), "{text}");
        let far = meaning_text(2.0, 2.0);
        assert!(!far.contains("Bij ") && !far.contains("grens"), "{far}");
    }

    #[test]
    fn the_own_job_is_marked_and_a_different_quadrant_is_explained() {
        let mut h = placed(8.0, 7.0);
        h.plan.medewerker.functie = Some("Jobcoach".into());
        let screen = h.screen_at(80, 22);
        assert!(screen.contains("■ Jobcoach"), "{screen}");
        assert_eq!(
            screen.matches("Jobcoach").count(),
            2,
            "one mark, one note: {screen}"
        );
        let text = meaning_text_of(&h.plan);
        assert!(
            text.contains("■ Jouw functie (Jobcoach) staat in de lijst in Regels en mensen"),
            "{text}"
        );
        assert!(
            text.contains("meer eigen oordeel") && text.contains("geen fout"),
            "{text}"
        );
        // A function that is not in the list: no mark, no note.
        h.plan.medewerker.functie = Some("Kok".into());
        assert!(!h.screen_at(80, 22).contains('■'));
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
        assert!(h.screen().contains("komt niet uit de"), "{}", h.screen());
        h.keys(&["v"]);
        assert_eq!(h.step.shown_table(None), JobTable::Cognitief);
        h.keys(&["Enter"]);
        assert_eq!(h.last, Outcome::Next);
    }

    #[test]
    fn the_panel_says_it_is_a_first_picture_and_shows_a_way_forward() {
        let mut h = placed(3.0, 2.0);
        let first = h.screen();
        assert!(first.contains("Vaste stappen (Danger zone)"), "{first}");
        assert!(first.contains("Dit is een eerste beeld"), "{first}");
        assert!(first.contains("oordeel over jou"), "{first}");
        assert!(first.contains("Mensenwerk: 3,0 van 10"), "{first}");
        assert!(first.contains("▼ PgDn"), "more to read: {first}");
        assert!(
            !first.contains("JIJ") && !first.contains("DANGER ZONE"),
            "{first}"
        );
        // The panel holds the way forward, the feelings sentence and the
        // source of the jobs; PgDn reads on to them.
        let text: String = h
            .step
            .sections(&h.plan, Theme::new(false))
            .iter()
            .flatten()
            .map(|(t, _)| format!("{t}\n"))
            .collect();
        let danger = Catalog::embedded().quadrant(crate::model::position::Quadrant::DangerZone);
        for must in [
            "Zo kun je verder:",
            danger.perspectief.as_str(),
            FEELINGS,
            JOBS_NOTE,
        ] {
            assert!(text.contains(must), "{must} not in\n{text}");
        }
        let mut seen = String::new();
        for _ in 0..6 {
            h.send(Msg::PageDown);
            seen.push_str(&h.screen());
        }
        assert!(seen.contains("Zo kun je verder:"), "{seen}");
        assert!(h.screen().contains("▲ PgUp"));
        for _ in 0..6 {
            h.send(Msg::PageUp);
        }
        assert_eq!(h.step.section, 0);
        h.assert_footer_is_honest();
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
