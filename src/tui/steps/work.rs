//! Step "Jouw werk": the questionnaire, one statement at a time, or the two
//! sliders for a coach who already discussed the role.
//!
//! ```text
//! Vraag 3 van 12 · mensenwerk: inleven en contact
//! ■■□□□□□□□□□□  2 van 12 beantwoord
//!
//! Ik moet me inleven in hoe iemand zich voelt om mijn werk goed te doen.
//! Bijvoorbeeld: een boze of verdrietige inwoner.
//!
//! Hoe belangrijk is dit voor je werk?
//!   ( ) 1 Niet belangrijk
//! › ( ) 2 Een beetje belangrijk ...
//! ```

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::model::catalog::Catalog;
use crate::model::plan::{Methode, Plan, Positie, Scores, SoortWerk};
use crate::model::position::{self as grid, Axis, MAX_SCORE, MIN_SCORE, round_score};
use crate::model::questionnaire;
use crate::tui::dialog::DialogKind;
use crate::tui::keys::{Binding, Keymap, SHIFT, bind, hint, key};
use crate::tui::msg::Msg;
use crate::tui::steps::Step;
use crate::tui::steps::component::{Component, Outcome, StepCtx, View};
use crate::tui::widgets::likert::Likert;
use crate::tui::widgets::put;
use crate::tui::widgets::slider::Slider;

/// How far one arrow press moves a score.
pub const STEP: f64 = 0.5;
/// How far one Shift+arrow press moves a score.
pub const FINE_STEP: f64 = 0.1;

/// The questionnaire and the sliders. Both results live in the plan
/// (`antwoorden`, `schuifjes`); this keeps only where the person is.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkStep {
    /// Current questionnaire item.
    pub question: usize,
    /// Highlighted answer (0..5) of the current item.
    pub highlight: usize,
    /// Which slider has the focus.
    pub slider: Axis,
}

impl Default for WorkStep {
    fn default() -> Self {
        WorkStep {
            question: 0,
            highlight: 2,
            slider: Axis::Sociaal,
        }
    }
}

static LIKERT: &[Binding] = &[
    hint(KeyCode::Char('1'), Msg::Answer(1), "1-5", "antwoord"),
    key(KeyCode::Char('2'), Msg::Answer(2)),
    key(KeyCode::Char('3'), Msg::Answer(3)),
    key(KeyCode::Char('4'), Msg::Answer(4)),
    key(KeyCode::Char('5'), Msg::Answer(5)),
    hint(KeyCode::Down, Msg::Down, "↑↓", "kies"),
    key(KeyCode::Up, Msg::Up),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "ok"),
    key(KeyCode::Char(' '), Msg::Confirm),
    hint(KeyCode::Tab, Msg::NextField, "Tab", "sla over"),
    key(KeyCode::BackTab, Msg::PrevField),
    hint(KeyCode::F(2), Msg::SwitchMethod, "F2", "schuifjes"),
    hint(KeyCode::F(3), Msg::ToTasks, "F3", "met taken"),
];

static SLIDERS: &[Binding] = &[
    hint(KeyCode::F(2), Msg::SwitchMethod, "F2", "vragen"),
    hint(KeyCode::F(3), Msg::ToTasks, "F3", "met taken"),
    hint(KeyCode::Down, Msg::Down, "↑↓", "kies"),
    key(KeyCode::Up, Msg::Up),
    key(KeyCode::Tab, Msg::Down),
    key(KeyCode::BackTab, Msg::Up),
    hint(KeyCode::Left, Msg::Left, "←→", "schuif"),
    key(KeyCode::Right, Msg::Right),
    bind(KeyCode::Left, SHIFT, Msg::FineLeft, None),
    bind(KeyCode::Right, SHIFT, Msg::FineRight, None),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "verder"),
];

fn direct(plan: &Plan) -> bool {
    plan.positie.methode == Some(Methode::Direct)
}

impl Component for WorkStep {
    fn update(&mut self, msg: Msg, ctx: &mut StepCtx) -> Outcome {
        match msg {
            Msg::SwitchMethod => {
                self.switch_method(ctx);
                return Outcome::Stay;
            }
            // Answers and sliders stay as they are; on Jouw taken the tasks
            // give the point where nothing else has.
            Msg::ToTasks => return Outcome::GoTo(Step::Tasks),
            _ => {}
        }
        if direct(ctx.plan) {
            match msg {
                Msg::Up | Msg::Down => {
                    self.slider = match self.slider {
                        Axis::Sociaal => Axis::Creativiteit,
                        Axis::Creativiteit => Axis::Sociaal,
                    }
                }
                Msg::Left => nudge(ctx, self.slider, -STEP),
                Msg::Right => nudge(ctx, self.slider, STEP),
                Msg::FineLeft => nudge(ctx, self.slider, -FINE_STEP),
                Msg::FineRight => nudge(ctx, self.slider, FINE_STEP),
                Msg::Confirm => return Outcome::Next,
                Msg::Back => return Outcome::Back,
                _ => {}
            }
            return Outcome::Stay;
        }
        match msg {
            Msg::Up => self.highlight = self.highlight.saturating_sub(1),
            Msg::Down => self.highlight = (self.highlight + 1).min(4),
            // Only the five answers (a number key of another step is not one).
            Msg::Answer(n @ 1..=5) => return self.give_answer(n, ctx),
            Msg::Confirm => return self.give_answer(self.highlight as u8 + 1, ctx),
            Msg::NextField => return self.next_question(ctx),
            Msg::PrevField | Msg::Back if self.question > 0 => {
                self.question -= 1;
                self.sync_highlight(ctx.plan);
            }
            Msg::Back => return Outcome::Back,
            _ => {}
        }
        Outcome::Stay
    }

    fn keymap(&self, view: &View) -> Keymap {
        if direct(view.plan) {
            Keymap::list(SLIDERS)
        } else {
            Keymap::list(LIKERT)
        }
    }

    fn render(&self, view: &View, area: Rect, buf: &mut Buffer) -> Option<Position> {
        if direct(view.plan) {
            self.render_sliders(view, area, buf);
        } else {
            self.render_questionnaire(view, area, buf);
        }
        None
    }

    fn help(&self, view: &View) -> String {
        if direct(view.plan) {
            let (y_name, _, _) = y_axis_words(view.plan.positie.soort_werk);
            return format!(
                "Met de twee schuifjes zet je de plek van het werk zelf neer. Dit is voor \
                 een coach die het werk al met je heeft besproken.\n\nKies een schuifje met \
                 ↑↓: mensenwerk of {}. Schuif met ←→ een halve stap, met Shift een \
                 tiende. Enter gaat verder.\n\nF2 gaat terug naar de vragen; je \
                 antwoorden zijn bewaard. F3 gaat naar Jouw taken: daar vind je de plek met \
                 je taken.",
                y_name.to_lowercase()
            );
        }
        format!(
            "Bij elke uitspraak kies je één antwoord. Meestal kies je hoe belangrijk iets is \
             voor je werk. Bij een paar uitspraken kies je hoeveel van je werktijd eraan \
             opgaat. De vraag staat steeds boven de antwoorden. Er zijn geen goede of foute \
             antwoorden.\n\nTyp 1 tot 5, of \
             kies met ↑↓ en druk op Enter. Tab slaat een vraag over, Esc gaat een vraag \
             terug. Per onderwerp zijn minstens {} antwoorden nodig.\n\nLiever uitgaan van \
             wat je in een week doet? F3 gaat naar Jouw taken. Daar kies je je belangrijkste \
             taken, en die geven de plek. Je antwoorden blijven bewaard.\n\nF2 (voor de \
             coach): kies de plek met twee schuifjes.",
            view.catalog().minimum_per_axis
        )
    }

    fn answer(&mut self, dialog: &DialogKind, choice: usize, ctx: &mut StepCtx) -> Outcome {
        let p = &mut ctx.plan.positie;
        if *dialog == DialogKind::KeepAdjusted && choice == 1 {
            let found = p.bijgesteld_van.take().and_then(Scores::position);
            p.set_point(found);
        }
        Outcome::Stay
    }

    fn enter(&mut self, ctx: &mut StepCtx) {
        self.sync_highlight(ctx.plan);
    }

    /// An opened plan goes on at its first unanswered statement (a new user
    /// who came back to a half-answered list found herself at question 1).
    /// (The session resets every step before it opens a plan.)
    fn opened(&mut self, plan: &Plan) {
        let current = plan.positie.vragenlijst == Some(Catalog::active().questionnaire_version);
        if current {
            let asked = asked(plan);
            self.question = asked
                .iter()
                .position(|q| answer(&plan.positie, &q.id).is_none())
                .unwrap_or(0);
        }
    }
}

impl WorkStep {
    fn sync_highlight(&mut self, plan: &Plan) {
        let asked = asked(plan);
        self.question = self.question.min(asked.len().saturating_sub(1));
        let id = &asked[self.question].id;
        self.highlight = answer(&plan.positie, id)
            .and_then(|a| usize::try_from(a - 1).ok())
            .unwrap_or(2);
    }

    fn give_answer(&mut self, value: u8, ctx: &mut StepCtx) -> Outcome {
        let catalog = ctx.catalog();
        let Some(question) = asked(ctx.plan).get(self.question).copied() else {
            return Outcome::Stay;
        };
        let id = question.id.clone();
        // The highlight follows the answer, so a later Enter confirms it.
        self.highlight = usize::from(value.clamp(1, 5) - 1);
        let soort = ctx.plan.positie.soort_werk;
        let p = &mut ctx.plan.positie;
        // While the tasks give the point, the answers are kept beside it (as
        // the other point on Jouw plek, chosen there with M).
        let by_tasks = p.methode == Some(Methode::Taken);
        if !by_tasks {
            p.methode = Some(Methode::Vragenlijst);
        }
        // Answers of the earlier questionnaire make way for the new ones; the
        // file keeps them until the person saves.
        if p.vragenlijst != Some(catalog.questionnaire_version) {
            if !p.antwoorden.is_empty() {
                ctx.notice.replace(crate::tui::msg::Notice::Info(
                    "Je beantwoordt nu de nieuwe vragenlijst. De antwoorden van de eerdere \
                     vragenlijst tellen dan niet meer mee."
                        .into(),
                ));
            }
            p.antwoorden.clear();
            p.vragenlijst = Some(catalog.questionnaire_version);
        }
        let before = answer(p, &id);
        let answers = &mut p.antwoorden;
        match answers.iter_mut().find(|(q, _)| *q == id) {
            Some(slot) => slot.1 = i64::from(value),
            None => answers.push((id, i64::from(value))),
        }
        // Keep the catalog's order, so the file reads s1, s2, ... c6.
        let order = |id: &str| catalog.questions.iter().position(|q| q.id == id);
        answers.sort_by_key(|(id, _)| order(id));
        if by_tasks {
            return self.next_question(ctx);
        }
        let found = questionnaire::result(catalog, &p.antwoorden, soort);
        if p.bijgesteld_van.is_none() {
            p.set_point(found);
            return self.next_question(ctx);
        }
        // The point was moved by hand: it stays, now moved from the new
        // result (and the dialog below asks whether to keep it). Not
        // `Positie::follow`: without a result yet, the person's own point
        // stays on screen rather than going.
        p.bijgesteld_van = found.map(Scores::of);
        if before == Some(i64::from(value)) {
            return self.next_question(ctx);
        }
        let _ = self.next_question(ctx);
        Outcome::Ask(DialogKind::KeepAdjusted)
    }

    fn next_question(&mut self, ctx: &mut StepCtx) -> Outcome {
        if self.question + 1 < asked(ctx.plan).len() {
            self.question += 1;
            self.sync_highlight(ctx.plan);
            Outcome::Stay
        } else if ctx.plan.positie.position().is_some() {
            Outcome::Next
        } else {
            let needed = ctx.catalog().minimum_per_axis;
            ctx.error(format!(
                "Beantwoord minstens {needed} vragen over elk onderwerp (terug met Esc), of \
                 ga met F3 naar Jouw taken."
            ));
            Outcome::Stay
        }
    }

    /// Questionnaire or sliders; each keeps its own result for switching back.
    fn switch_method(&mut self, ctx: &mut StepCtx) {
        let p = &mut ctx.plan.positie;
        if p.methode == Some(Methode::Direct) {
            p.methode = Some(Methode::Vragenlijst);
            p.schuifjes = p.position().map(Scores::of);
            let soort = p.soort_werk;
            p.set_point(questionnaire::result(
                Catalog::active(),
                &p.antwoorden,
                soort,
            ));
            self.sync_highlight(ctx.plan);
            ctx.info("Je plek komt nu uit de vragen. De stand van de schuifjes blijft bewaard.");
        } else {
            // The sliders start where they were left, or else at the point
            // (a point moved by hand lives on in the sliders).
            let start = match (p.bijgesteld_van, p.schuifjes) {
                (None, Some(kept)) => kept.position(),
                _ => p.position(),
            };
            p.methode = Some(Methode::Direct);
            p.schuifjes = None;
            p.bijgesteld_van = None;
            p.set_point(start.or(grid::Position::new(5.0, 5.0).ok()));
            ctx.info("Je plek komt nu van de schuifjes. Je antwoorden blijven bewaard.");
        }
    }
}

/// The statements asked of this plan's kind of work, in order.
fn asked(plan: &Plan) -> Vec<&'static crate::model::catalog::Question> {
    Catalog::active().questions_for(plan.positie.soort_werk)
}

/// The answer given to an item.
pub fn answer(positie: &Positie, id: &str) -> Option<i64> {
    positie
        .antwoorden
        .iter()
        .find(|(q, _)| q == id)
        .map(|(_, a)| *a)
}

/// Moves the point by `delta` on one axis, within 0 to 10. A point of the
/// questionnaire or the tasks moved this way is adjusted by hand: the result it came from is kept,
/// and moving back onto that result undoes the adjustment.
pub fn nudge(ctx: &mut StepCtx, axis: Axis, delta: f64) {
    let p = &mut ctx.plan.positie;
    let Some(point) = p.position() else {
        ctx.error("Er is nog geen plek. Beantwoord eerst de vragen bij 'Jouw werk'.");
        return;
    };
    let moved = round_score((point.score(axis) + delta).clamp(MIN_SCORE, MAX_SCORE));
    let mut new = point;
    match axis {
        Axis::Sociaal => new.sociaal = moved,
        Axis::Creativiteit => new.creativiteit = moved,
    }
    if new == point {
        return;
    }
    let found = matches!(p.methode, Some(Methode::Vragenlijst | Methode::Taken));
    if found && p.bijgesteld_van.is_none() {
        p.bijgesteld_van = Some(Scores::of(point));
    }
    p.set_point(Some(new));
    if p.bijgesteld_van == Some(Scores::of(new)) {
        p.bijgesteld_van = None;
    }
}

/// The words at both ends of the y axis for this kind of work.
/// The vertical axis for this kind of work: its name, its low end and its
/// high end. Words for the work, never for the person.
pub fn y_axis_words(soort: Option<SoortWerk>) -> (&'static str, &'static str, &'static str) {
    match soort {
        Some(SoortWerk::Fysiek) => (
            "Vakmanschap en handigheid",
            "Vaste handelingen",
            "Veel vakmanschap",
        ),
        _ => (
            "Vaste stappen of eigen oordeel",
            "Vaste stappen",
            "Eigen oordeel en ideeën",
        ),
    }
}

impl WorkStep {
    /// Renders the questionnaire.
    fn render_questionnaire(&self, view: &View, area: Rect, buf: &mut Buffer) {
        let theme = view.theme;
        let catalog = view.catalog();
        let asked = asked(view.plan);
        let total = asked.len();
        let Some(question) = asked.get(self.question).copied() else {
            return;
        };
        // For physical work the vertical axis is skill, and so is the topic.
        let topic = match question.axis() {
            Axis::Sociaal => "mensenwerk: inleven en contact".to_string(),
            Axis::Creativiteit => y_axis_words(view.plan.positie.soort_werk).0.to_lowercase(),
        };
        let positie = &view.plan.positie;
        let answered = asked
            .iter()
            .filter(|q| answer(positie, &q.id).is_some())
            .count();
        // The statement and its examples, wrapped here so the area fits them.
        let mut lines = crate::tui::widgets::wrap(&question.tekst, usize::from(area.width), "");
        if !question.voorbeelden.is_empty() {
            let examples = format!("Bijvoorbeeld: {}.", question.voorbeelden.join("; "));
            lines.extend(crate::tui::widgets::wrap(
                &examples,
                usize::from(area.width),
                "",
            ));
        }
        let [head, progress, _, statement, _, ask, options, _, note] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(lines.len() as u16),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(5),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(area);
        let title = format!("Vraag {} van {total} · {topic}", self.question + 1);
        put(buf, head, head.x, head.y, &title, theme.title());
        let bar: String = (0..total)
            .map(|i| if i < answered { '■' } else { '□' })
            .collect();
        let bar = format!("{bar}  {answered} van {total} beantwoord");
        put(buf, progress, progress.x, progress.y, &bar, theme.muted());
        let lines: Vec<ratatui::text::Line> =
            lines.into_iter().map(ratatui::text::Line::raw).collect();
        Paragraph::new(lines)
            .style(theme.text())
            .render(statement, buf);
        put(
            buf,
            ask,
            ask.x,
            ask.y,
            catalog.scale_of(question).0,
            theme.title(),
        );
        let likert = Likert {
            options: catalog.scale_of(question).1,
            chosen: answer(&view.plan.positie, &question.id),
            highlight: self.highlight,
            theme,
        };
        (&likert).render(options, buf);
        let earlier = !positie.antwoorden.is_empty()
            && positie.vragenlijst != Some(catalog.questionnaire_version);
        let note_text = if earlier {
            "Dit plan is gemaakt met de eerdere vragenlijst. Je plek blijft zoals hij was, tot \
             je de nieuwe vragen beantwoordt. Kies met ↑↓ en Enter, of typ 1 tot 5."
        } else {
            "Kies met ↑↓ en Enter, of typ 1 tot 5. Tab slaat een vraag over, Esc gaat terug.\n\
             Liever uitgaan van je taken? Met F3 ga je naar Jouw taken.\n\
             Heeft je coach je werk al met je besproken? Met F2 kies je de plek met twee \
             schuifjes."
        };
        Paragraph::new(note_text)
            .style(theme.muted())
            .wrap(Wrap { trim: true })
            .render(note, buf);
    }

    /// Renders the two sliders.
    fn render_sliders(&self, view: &View, area: Rect, buf: &mut Buffer) {
        let theme = view.theme;
        let (y_name, y_low, y_high) = y_axis_words(view.plan.positie.soort_werk);
        let [intro, _, first, _, second, _, note] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Length(1),
            Constraint::Length(2),
            Constraint::Length(1),
            Constraint::Length(2),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(area);
        Paragraph::new(
            "Zet de schuifjes op de plek die bij het werk past. Dit is voor een coach die het \
         werk al met je heeft besproken.",
        )
        .wrap(Wrap { trim: true })
        .render(intro, buf);
        let p = &view.plan.positie;
        let sociaal = Slider {
            label: "Mensenwerk (inleven en contact)",
            low: "weinig",
            high: "veel",
            value: p.sociaal,
            focused: self.slider == Axis::Sociaal,
            theme,
        };
        (&sociaal).render(first, buf);
        let creativiteit = Slider {
            label: y_name,
            low: &y_low.to_lowercase(),
            high: &y_high.to_lowercase(),
            value: p.creativiteit,
            focused: self.slider == Axis::Creativiteit,
            theme,
        };
        (&creativiteit).render(second, buf);
        Paragraph::new(
            "←→ schuift een halve stap, Shift met ←→ een tiende. F2 gaat terug naar de vragen; \
         je antwoorden blijven bewaard. F3 gaat naar Jouw taken.",
        )
        .style(theme.muted())
        .wrap(Wrap { trim: true })
        .render(note, buf);
    }
}

#[cfg(test)]
mod tests;
