//! Step "Jouw plek": the quadrant chart with the side panel that explains
//! the quadrant (what it means, how the work can change, a way forward) or
//! "Waarom hier?". The panel pages by lines when it does not fit, with one
//! line of overlap, so every line can be read.
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
    /// The first line of the panel that is shown (PgDn / PgUp).
    pub scroll: usize,
    /// The dot named in the panel, stepped through with Tab (an index in
    /// [`PositionStep::shown_jobs`]).
    pub job: Option<usize>,
}

/// The chart's keys, with the PgDn row given: with its hint while there is
/// more to read, without it when the whole panel has been read.
macro_rules! chart_keys {
    ($page_down:expr) => {
        &[
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
            key(KeyCode::Char('m'), Msg::SwitchMethod),
            // Named above the chart, so the footer keeps its two lines.
            key(KeyCode::Tab, Msg::NextField),
            key(KeyCode::BackTab, Msg::PrevField),
            $page_down,
            key(KeyCode::PageUp, Msg::PageUp),
            hint(KeyCode::Enter, Msg::Confirm, "Enter", "klopt, verder"),
        ]
    };
}

static CHART: &[Binding] = chart_keys!(hint(
    KeyCode::PageDown,
    Msg::PageDown,
    "PgDn",
    "lees verder"
));
static CHART_ALL_READ: &[Binding] = chart_keys!(key(KeyCode::PageDown, Msg::PageDown));

/// The panel's text area in a terminal of a given size, in the body the
/// session gives this step (`view::smallest_body`); the height errs on the
/// small side, so a page step never skips a line.
#[derive(Debug, Clone, Copy)]
struct Page {
    width: usize,
    height: usize,
}

impl Page {
    fn in_terminal(size: (u16, u16)) -> Self {
        let body = crate::tui::view::smallest_body(size);
        Page {
            // Borders and padding of the panel.
            width: usize::from(side_width(body.width)).saturating_sub(4).max(8),
            height: usize::from(body.height.saturating_sub(2)).max(1),
        }
    }

    /// How far PgDn moves: a page less one line, which stays in view.
    fn step(self) -> usize {
        self.height.saturating_sub(1).max(1)
    }
}

/// The width of the panel beside the chart in a body `columns` wide.
fn side_width(columns: u16) -> u16 {
    (columns / 3).clamp(34, 44)
}

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
                self.scroll = 0;
            }
            Msg::Compare => {
                self.compare = !self.compare;
                self.job = None;
            }
            Msg::SwitchMethod => tasks_panel::switch(ctx),
            Msg::NextField | Msg::PrevField => {
                // Each dot in turn, then none again.
                let count = self.shown_jobs(ctx.plan, Catalog::active()).len();
                self.job = match (self.job, msg == Msg::NextField) {
                    (None, true) => Some(0),
                    (None, false) => count.checked_sub(1),
                    (Some(i), true) => Some(i + 1).filter(|i| *i < count),
                    (Some(i), false) => i.checked_sub(1),
                };
                self.scroll = 0;
            }
            Msg::PageDown => {
                let page = Page::in_terminal(ctx.shared.size);
                let total = self
                    .panel_lines(ctx.plan, ctx.shared.today, Theme::new(false), page.width)
                    .len();
                let last = total.saturating_sub(page.height);
                self.scroll = (self.scroll + page.step()).min(last);
            }
            Msg::PageUp => {
                let page = Page::in_terminal(ctx.shared.size);
                self.scroll = self.scroll.saturating_sub(page.step());
            }
            Msg::Confirm if ctx.plan.positie.position().is_some() => return Outcome::Next,
            Msg::Confirm => {
                ctx.error("Er is nog geen plek. Beantwoord eerst de vragen bij 'Jouw werk'.");
            }
            // Esc first closes what was opened beside the chart, then goes
            // back (a new user pressed Esc to close "Waarom hier?" and
            // landed on the step before).
            Msg::Back if self.why || self.job.is_some() => {
                self.why = false;
                self.job = None;
                self.scroll = 0;
            }
            Msg::Back => return Outcome::Back,
            _ => {}
        }
        Outcome::Stay
    }

    fn keymap(&self, view: &View) -> Keymap {
        // PgDn is offered only while there is more to read.
        let page = Page::in_terminal(view.shared.size);
        let total = self
            .panel_lines(view.plan, view.shared.today, view.theme, page.width)
            .len();
        let bindings = if total > page.height && self.scroll + page.height < total {
            CHART
        } else {
            CHART_ALL_READ
        };
        // The wheel would move the point.
        Keymap {
            wheel: false,
            ..Keymap::list(bindings)
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
        let earlier = if history_panel::earlier(view.plan, view.shared.today).is_some() {
            " △ is waar je werk stond op de vorige dag dat je dit plan opsloeg; de stippen \
             met de pijl lopen van toen naar nu."
        } else {
            ""
        };
        let dots = format!("{dots}{own}{earlier}{}", tasks_panel::help(view.plan));
        format!(
            "Het raster heeft twee lijnen. Links-rechts: hoeveel je werk vraagt dat je je \
             inleeft in mensen (mensenwerk). Onder-boven: {up_down}.\n\n◆ is jouw werk. \
             {dots} Tab loopt de stippen langs en noemt elke functie.\n\nKlopt de plek \
             niet? Schuif hem met de pijltjes (met Shift een klein stapje). W zegt waarom je \
             werk hier staat. PgDn en PgUp bladeren in de uitleg rechts. Enter gaat verder."
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

    /// The reference jobs drawn as dots, nearest to the point first (they
    /// get their names first); the own function is drawn apart, as ■.
    pub fn shown_jobs<'c>(
        &self,
        plan: &Plan,
        catalog: &'c Catalog,
    ) -> Vec<&'c crate::model::catalog::ReferenceJob> {
        let table = self.shown_table(plan.positie.soort_werk);
        let own = own_job(plan, catalog).filter(|_| table == JobTable::Gemeente);
        let mut jobs: Vec<_> = catalog
            .jobs_in(table)
            .filter(|j| own.is_none_or(|o| o.naam != j.naam))
            .collect();
        if let Some(p) = plan.positie.position() {
            jobs.sort_by(|a, b| {
                p.distance(&a.position())
                    .total_cmp(&p.distance(&b.position()))
            });
        }
        jobs
    }

    /// The panel's text, in sections: the dot Tab stepped to first.
    fn sections(&self, plan: &Plan, today: &str, theme: Theme) -> Vec<Section> {
        let mut sections = Vec::new();
        let catalog = Catalog::active();
        if let Some(job) = self
            .job
            .and_then(|i| self.shown_jobs(plan, catalog).get(i).copied())
        {
            let at = job.position();
            sections.push(vec![
                (format!("● {}", job.naam), theme.title()),
                (
                    format!(
                        "{}. Mensenwerk {} en {} {} van 10, volgens de lijst uit 2019.",
                        at.quadrant().label(),
                        decimal(at.sociaal),
                        y_axis(plan.positie.soort_werk).to_lowercase(),
                        decimal(at.creativiteit)
                    ),
                    theme.text(),
                ),
                ("Tab: de volgende functie.".to_string(), theme.muted()),
            ]);
        }
        sections.extend(if self.why {
            why_sections(plan, theme)
        } else {
            meaning_sections(
                plan,
                today,
                theme,
                self.shown_table(plan.positie.soort_werk),
            )
        });
        sections
    }

    /// Renders the chart and the side panel.
    fn draw(&self, view: &View, area: Rect, buf: &mut Buffer) {
        let theme = view.theme;
        let [chart_area, _, side] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(side_width(area.width)),
        ])
        .areas(area);
        let catalog = view.catalog();
        let point = view.plan.positie.position();
        let table = self.shown_table(view.plan.positie.soort_werk);
        let jobs = self.shown_jobs(view.plan, catalog);
        let (_, low, high) = y_axis_words(view.plan.positie.soort_werk);
        let own = own_job(view.plan, catalog).filter(|_| table == JobTable::Gemeente);
        fn marker(j: &crate::model::catalog::ReferenceJob) -> Marker<'_> {
            Marker {
                label: j.short_name(),
                at: j.position(),
            }
        }
        let (tasks, later, other) = tasks_panel::marks(view.plan);
        let chart = QuadrantChart {
            earlier: history_panel::mark(view.plan, view.shared.today),
            tasks,
            later,
            other,
            jobs: jobs.iter().map(|j| marker(j)).collect(),
            point,
            own: own.map(marker),
            focused: self.job.and_then(|i| jobs.get(i)).map(|j| marker(j)),
            top_label: high,
            bottom_label: low,
            legend: "Tab: wie is wie?".to_string(),
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
    /// The panel's sections wrapped to `width`, a blank line between them.
    fn panel_lines(
        &self,
        plan: &Plan,
        today: &str,
        theme: Theme,
        width: usize,
    ) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        for (i, section) in self.sections(plan, today, theme).into_iter().enumerate() {
            if i > 0 {
                lines.push(Line::raw(""));
            }
            for (text, style) in section {
                for part in wrap(&text, width, "") {
                    lines.push(Line::styled(part, style));
                }
            }
        }
        lines
    }

    /// The panel from line `self.scroll` on; marks when there is more.
    fn draw_panel(&self, view: &View, title: &str, area: Rect, buf: &mut Buffer) {
        let theme = view.theme;
        let block = Block::bordered()
            .padding(Padding::horizontal(1))
            .title(title)
            .title_style(theme.title())
            .border_style(theme.line());
        let inner = block.inner(area);
        let width = usize::from(inner.width).max(8);
        let lines = self.panel_lines(view.plan, view.shared.today, theme, width);
        let height = usize::from(inner.height);
        let start = self.scroll.min(lines.len().saturating_sub(height));
        let more_below = start + height < lines.len();
        let mut block = block;
        if more_below {
            block = block.title_bottom(Line::styled(" ▼ PgDn ", theme.title()).right_aligned());
        }
        if start > 0 {
            block = block.title_bottom(Line::styled(" ▲ PgUp ", theme.title()).left_aligned());
        }
        let shown: Vec<Line> = lines.into_iter().skip(start).take(height).collect();
        Paragraph::new(shown).block(block).render(area, buf);
    }
}

fn meaning_sections(plan: &Plan, today: &str, theme: Theme, table: JobTable) -> Vec<Section> {
    let Some(p) = plan.positie.position() else {
        return vec![vec![(
            "Er is nog geen plek. Beantwoord eerst de vragen bij 'Jouw werk' (Esc).".into(),
            theme.text(),
        )]];
    };
    let positie = &plan.positie;
    let q = p.quadrant();
    let text = Catalog::active().quadrant(q);
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
    // What moved since the last earlier date, high up, so it shows at 80x24.
    head.extend(
        history_panel::section(plan, today, theme)
            .into_iter()
            .flatten(),
    );
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
    sections.extend(tasks_panel::section(plan, theme));
    let own_note = own_job::note(plan, Catalog::active()).filter(|_| table == JobTable::Gemeente);
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
    for line in changes(p, Catalog::active()) {
        section.push((line, theme.text()));
    }
    section
}

fn why_sections(plan: &Plan, theme: Theme) -> Vec<Section> {
    let positie = &plan.positie;
    let answers = &positie.antwoorden;
    if let Some(by_tasks) = tasks_panel::why(plan, theme) {
        return by_tasks;
    }
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
    let catalog = Catalog::active();
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
mod history_panel;
mod tasks_panel;
#[cfg(test)]
mod tests;
