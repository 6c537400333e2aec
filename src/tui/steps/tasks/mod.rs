//! Step "Jouw taken": the person lists their main tasks, divides the week
//! over them now and in two years, marks the core and the post-it colour,
//! and sees where the tasks place the work. A third way to the point,
//! beside the questionnaire and the sliders; each keeps its own result.
//!
//! ```text
//! Jouw week nu · verdeeld: 85 %, nog 15 % te verdelen
//!  Nr Taak                                       Deel  Kern  Verandert
//! › 1 Aanvragen voor paspoort en rijbewijs …     35 %  kern  − minder
//!   2 Boze inwoners uitleggen waarom iets …      10 %
//!   + Documenten uitreiken en uittreksels (10 %)     voorbeeld
//!   + Eigen taak toevoegen
//!   → Verder: je week over twee jaar
//! ```

mod render;

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use crate::model::catalog::tasks::{self as task_catalog, CatalogTask};
use crate::model::plan::{EIGEN, Kleur, MAX_TAKEN, Methode, Plan, Taak, Week, total};
use crate::model::tasks;
use crate::tui::keys::{Binding, Keymap, SHIFT, bind, hint, key};
use crate::tui::msg::Msg;
use crate::tui::steps::component::{Component, Outcome, StepCtx, View};
use crate::tui::widgets::text_field::{edit_text, paste_text, room_left};

/// How far one arrow press moves a share, in percent.
pub const SHARE_STEP: i64 = 5;
/// The longest task text, in characters.
pub const TASK_LIMIT: usize = 60;

/// An own task being written: its text, then the two questions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OwnTask {
    /// The text typed so far.
    pub tekst: String,
    /// Cursor in the text, in characters.
    pub cursor: usize,
    /// 0: the text; 1: how much contact; 2: how fixed the steps are.
    pub stage: u8,
    /// The answer to the first question, once given.
    pub contact: Option<u8>,
    /// The highlighted answer (0..5) of the current question.
    pub highlight: usize,
}

impl OwnTask {
    /// The task this becomes with `open` as the answer to the second
    /// question (the first defaults to the middle): no share of the week
    /// yet, placed by the two answers.
    fn as_task(&self, open: u8) -> Taak {
        let (sociaal, creativiteit) = tasks::place_own(self.contact.unwrap_or(3), open);
        Taak {
            tekst: self.tekst.trim().to_string(),
            procent_nu: 0,
            procent_straks: 0,
            kern: false,
            kleur: Kleur::Geen,
            sociaal,
            creativiteit,
            bron: EIGEN.into(),
        }
    }
}

/// Which list is shown, the focused row, and an own task being written.
/// The tasks themselves live in the plan (`plan.taken`).
#[derive(Debug, Clone, PartialEq)]
pub struct TasksStep {
    /// The week now or in two years.
    pub week: Week,
    /// The focused row (see [`Row`]).
    pub row: usize,
    /// An own task being written.
    pub own: Option<OwnTask>,
}

impl Default for TasksStep {
    fn default() -> Self {
        TasksStep {
            week: Week::Nu,
            row: 0,
            own: None,
        }
    }
}

/// One row of the list.
#[derive(Debug, Clone, Copy)]
pub enum Row {
    /// A task of the plan, by index.
    Task(usize),
    /// A catalog task not yet in the plan.
    Example(&'static CatalogTask),
    /// Start an own task.
    Own,
    /// Go on.
    Next,
}

/// The list's keys; Tab names the other week.
macro_rules! list_keys {
    ($other_week:literal) => {
        &[
            hint(KeyCode::Down, Msg::Down, "↑↓", "kies"),
            key(KeyCode::Up, Msg::Up),
            hint(KeyCode::Left, Msg::Left, "←→", "deel"),
            key(KeyCode::Right, Msg::Right),
            bind(KeyCode::Left, SHIFT, Msg::FineLeft, None),
            bind(KeyCode::Right, SHIFT, Msg::FineRight, None),
            hint(KeyCode::Char('k'), Msg::MarkCore, "k", "kern"),
            hint(KeyCode::Char('-'), Msg::Shrinks, "-/+", "minder/meer"),
            key(KeyCode::Char('+'), Msg::Grows),
            key(KeyCode::Char('='), Msg::Grows),
            hint(KeyCode::Delete, Msg::Delete, "Del", "weg"),
            hint(KeyCode::Tab, Msg::NextField, "Tab", $other_week),
            key(KeyCode::BackTab, Msg::PrevField),
            hint(KeyCode::Enter, Msg::Confirm, "Enter", "ok"),
        ]
    };
}

static LIST_NOW: &[Binding] = list_keys!("over 2 jaar");
static LIST_LATER: &[Binding] = list_keys!("week nu");

static OWN_TEXT: &[Binding] = &[hint(KeyCode::Enter, Msg::Confirm, "Enter", "verder")];

static OWN_QUESTION: &[Binding] = &[
    hint(KeyCode::Char('1'), Msg::Answer(1), "1-5", "antwoord"),
    key(KeyCode::Char('2'), Msg::Answer(2)),
    key(KeyCode::Char('3'), Msg::Answer(3)),
    key(KeyCode::Char('4'), Msg::Answer(4)),
    key(KeyCode::Char('5'), Msg::Answer(5)),
    hint(KeyCode::Down, Msg::Down, "↑↓", "kies"),
    key(KeyCode::Up, Msg::Up),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "ok"),
];

impl TasksStep {
    /// The rows of the list as it is now.
    pub fn rows(&self, plan: &Plan) -> Vec<Row> {
        let mut rows: Vec<Row> = (0..plan.taken.len()).map(Row::Task).collect();
        if self.week == Week::Nu {
            rows.extend(examples(plan).into_iter().map(Row::Example));
        }
        if plan.taken.len() < MAX_TAKEN {
            rows.push(Row::Own);
        }
        rows.push(Row::Next);
        rows
    }

    fn focused(&self, plan: &Plan) -> Row {
        let rows = self.rows(plan);
        rows.get(self.row).copied().unwrap_or(rows[rows.len() - 1])
    }

    fn update_list(&mut self, msg: Msg, ctx: &mut StepCtx) -> Outcome {
        let rows = self.rows(ctx.plan);
        let row = self.focused(ctx.plan);
        match (msg, row) {
            (Msg::Up, _) => self.row = self.row.saturating_sub(1),
            (Msg::Down, _) => self.row = (self.row + 1).min(rows.len() - 1),
            (Msg::Left, Row::Task(i)) => self.change_share(ctx, i, -SHARE_STEP),
            (Msg::Right, Row::Task(i)) => self.change_share(ctx, i, SHARE_STEP),
            (Msg::FineLeft, Row::Task(i)) => self.change_share(ctx, i, -1),
            (Msg::FineRight, Row::Task(i)) => self.change_share(ctx, i, 1),
            (Msg::MarkCore, Row::Task(i)) => {
                let taak = &mut ctx.plan.taken[i];
                taak.kern = !taak.kern;
                self.follow(ctx);
            }
            (Msg::Shrinks, Row::Task(i)) => colour(ctx, i, Kleur::Rood),
            (Msg::Grows, Row::Task(i)) => colour(ctx, i, Kleur::Groen),
            (Msg::Delete, Row::Task(i)) => {
                let gone = ctx.plan.taken.remove(i);
                ctx.info(format!(
                    "De taak \"{}\" is weggehaald.",
                    crate::tui::widgets::text_field::whole_words(&gone.tekst, 40)
                ));
                self.follow(ctx);
            }
            (Msg::NextField | Msg::PrevField, _) => {
                self.week = match self.week {
                    Week::Nu => Week::Straks,
                    Week::Straks => Week::Nu,
                };
                self.row = 0;
            }
            (Msg::Confirm, Row::Example(task)) => self.add_example(ctx, task),
            (Msg::Confirm, Row::Own) => self.own = Some(OwnTask::default()),
            (Msg::Confirm, Row::Next) => return self.go_on(ctx),
            (Msg::Confirm, Row::Task(_)) => ctx.info(
                "Met ←→ zeg je hoeveel tijd deze taak kost. Klaar met je week? Ga met ↓ naar \
                 '→ Verder' en druk op Enter.",
            ),
            (Msg::Back, _) if self.week == Week::Straks => {
                self.week = Week::Nu;
                self.row = 0;
            }
            (Msg::Back, _) => return Outcome::Back,
            _ => {}
        }
        Outcome::Stay
    }

    /// Now: on to the week in two years. Two years: on to the chart. A week
    /// that is not divided yet says how much is left, and stays.
    fn go_on(&mut self, ctx: &mut StepCtx) -> Outcome {
        if ctx.plan.taken.is_empty() {
            return Outcome::Next;
        }
        let sum = total(&ctx.plan.taken, self.week);
        if sum != 100 {
            ctx.error(left_to_divide(sum));
            return Outcome::Stay;
        }
        match self.week {
            Week::Nu => {
                self.week = Week::Straks;
                self.row = 0;
                ctx.info(
                    "Hoe ziet je week er over twee jaar uit? Verdeel hem opnieuw. Taken die \
                     minder worden, kun je op 0 % zetten.",
                );
                Outcome::Stay
            }
            Week::Straks => Outcome::Next,
        }
    }

    fn change_share(&mut self, ctx: &mut StepCtx, i: usize, delta: i64) {
        let week = self.week;
        let taak = &mut ctx.plan.taken[i];
        let before = taak.share(week);
        let after = (before + delta).clamp(0, 100);
        *taak.share_mut(week) = after;
        // Until the person changes the week in two years, it follows now.
        if week == Week::Nu && taak.procent_straks == before {
            taak.procent_straks = after;
        }
        self.follow(ctx);
    }

    fn add_example(&mut self, ctx: &mut StepCtx, task: &CatalogTask) {
        if ctx.plan.taken.len() >= MAX_TAKEN {
            ctx.error(format!("Je kunt hoogstens {MAX_TAKEN} taken noteren."));
            return;
        }
        ctx.plan.taken.push(task.as_task());
        // The focus stays in the examples, on the next one, so several can
        // be taken in a row; the new task is right above.
        self.row += 1;
        if task.kern {
            ctx.info(
                "Deze taak is vaak de kern van het werk, dus er staat 'kern' bij. Klopt dat \
                 niet voor jou? Ga naar de taak en druk op k.",
            );
        }
        self.follow(ctx);
    }

    fn update_own(&mut self, msg: Msg, ctx: &mut StepCtx) -> Outcome {
        let Some(own) = self.own.as_mut() else {
            return Outcome::Stay;
        };
        if own.stage == 0 {
            match msg {
                Msg::Edit(k) => {
                    (own.tekst, own.cursor) = edit_text(&own.tekst, own.cursor, k, TASK_LIMIT);
                    if let Some(left) = room_left(&own.tekst, TASK_LIMIT) {
                        ctx.info(format!("{left} Houd het kort: een paar woorden."));
                    }
                }
                Msg::Paste(text) => {
                    (own.tekst, own.cursor, _) =
                        paste_text(&own.tekst, own.cursor, &text, TASK_LIMIT);
                }
                Msg::Confirm if own.tekst.trim().is_empty() => {
                    ctx.error("Schrijf eerst in een paar woorden wat de taak is.");
                }
                Msg::Confirm => {
                    own.stage = 1;
                    own.highlight = 2;
                }
                Msg::Back => self.own = None,
                _ => {}
            }
            return Outcome::Stay;
        }
        let answer = match msg {
            Msg::Up => {
                own.highlight = own.highlight.saturating_sub(1);
                return Outcome::Stay;
            }
            Msg::Down => {
                own.highlight = (own.highlight + 1).min(4);
                return Outcome::Stay;
            }
            Msg::Answer(n @ 1..=5) => n,
            Msg::Confirm => own.highlight as u8 + 1,
            Msg::Back => {
                // Back to the earlier question, its answer highlighted.
                own.stage -= 1;
                own.highlight = own.contact.map_or(2, |a| usize::from(a) - 1);
                return Outcome::Stay;
            }
            _ => return Outcome::Stay,
        };
        if own.stage == 1 {
            own.contact = Some(answer);
            own.stage = 2;
            own.highlight = 2;
            return Outcome::Stay;
        }
        let own = self.own.take().unwrap_or_default();
        let mut taak = own.as_task(answer);
        // A task added to the week in two years is new there (job innovation).
        if self.week == Week::Straks {
            taak.kleur = Kleur::Groen;
        }
        ctx.plan.taken.push(taak);
        self.row = ctx.plan.taken.len() - 1;
        ctx.info("Je taak staat in de lijst. Geef met ←→ aan hoeveel van je week hij kost.");
        self.follow(ctx);
        Outcome::Stay
    }

    /// After a change of the tasks: the point follows them where the tasks
    /// are the method, or where nothing else gave a point yet. When the
    /// tasks no longer give a point (fewer than three), the point comes
    /// from what else the plan keeps: the answers, the sliders, or nothing.
    fn follow(&self, ctx: &mut StepCtx) {
        let p = &mut ctx.plan.positie;
        let found = tasks::point(&ctx.plan.taken, Week::Nu);
        match p.methode {
            Some(Methode::Taken) if found.is_none() => {
                p.bijgesteld_van = None;
                let answers = crate::model::questionnaire::result(
                    ctx.shared.catalog(),
                    &p.antwoorden,
                    p.soort_werk,
                );
                let (methode, point) = match (answers, p.schuifjes.take()) {
                    // The answers give no point, the sliders kept one.
                    (None, Some(sliders)) => (Some(Methode::Direct), sliders.position()),
                    // Otherwise answers are the questionnaire's again, with
                    // the point they give (none while too few), as before
                    // the tasks; a plan without answers has no method.
                    (point, sliders) => {
                        p.schuifjes = sliders;
                        let methode = (!p.antwoorden.is_empty()).then_some(Methode::Vragenlijst);
                        (methode, point)
                    }
                };
                p.methode = methode;
                p.set_point(point);
                if point.is_some() {
                    ctx.info(
                        "Met minder dan drie taken geven je taken geen plek. Je plek komt weer \
                         uit je eerdere keuze.",
                    );
                }
            }
            Some(Methode::Taken) => p.follow(found),
            // Nothing gave a point yet (no answers, or too few): the tasks
            // do; the answers stay beside them.
            _ if found.is_some() && p.position().is_none() => {
                p.methode = Some(Methode::Taken);
                p.set_point(found);
            }
            _ => {}
        }
    }
}

/// Marks task `i` with `kleur`, or takes the mark off when it had it.
fn colour(ctx: &mut StepCtx, i: usize, kleur: Kleur) {
    let taak = &mut ctx.plan.taken[i];
    taak.kleur = if taak.kleur == kleur {
        Kleur::Geen
    } else {
        kleur
    };
}

/// "Nog 15 % te verdelen" or "20 % te veel".
pub fn left_to_divide(sum: i64) -> String {
    if sum < 100 {
        format!(
            "Je hebt {sum} % van je week verdeeld. Er is nog {} % over om te verdelen.",
            100 - sum
        )
    } else {
        format!(
            "Je hebt {sum} % van je week verdeeld: {} % te veel. Maak een deel kleiner met ←.",
            sum - 100
        )
    }
}

/// The catalog's tasks of the person's job that are not in the plan yet.
pub fn examples(plan: &Plan) -> Vec<&'static CatalogTask> {
    let catalog = crate::model::catalog::Catalog::active();
    let Some(job) = plan
        .medewerker
        .functie
        .as_deref()
        .and_then(|f| catalog.municipal_job(f))
    else {
        return Vec::new();
    };
    task_catalog::of(job)
        .into_iter()
        .filter(|t| !plan.taken.iter().any(|taak| taak.bron == t.id))
        .collect()
}

impl Component for TasksStep {
    fn update(&mut self, msg: Msg, ctx: &mut StepCtx) -> Outcome {
        if self.own.is_some() {
            self.update_own(msg, ctx)
        } else {
            self.update_list(msg, ctx)
        }
    }

    fn keymap(&self, _view: &View) -> Keymap {
        match &self.own {
            Some(own) if own.stage == 0 => Keymap::typing(OWN_TEXT),
            Some(_) => Keymap::list(OWN_QUESTION),
            None if self.week == Week::Nu => Keymap::list(LIST_NOW),
            None => Keymap::list(LIST_LATER),
        }
    }

    fn render(&self, view: &View, area: Rect, buf: &mut Buffer) -> Option<Position> {
        render::render(self, view, area, buf)
    }

    fn help(&self, view: &View) -> String {
        format!(
            "Beschrijf je werk met 3 tot 8 belangrijke taken: kies een voorbeeld met Enter, of \
             voeg een eigen taak toe. Overslaan mag ook.\n\n←→: hoeveel van je week een taak \
             kost (samen 100 %). k: de kern van je werk (een of twee taken). -: wordt minder \
             (rood). +: wordt meer (groen).\n\nTab: je week over twee jaar. Zet taken die je \
             overdraagt op 0 %, of voeg nieuwe toe.\n\n{}",
            tasks::rule(view.plan.positie.soort_werk)
        )
    }

    /// The focus starts on the first row: the first example of the job,
    /// or "Eigen taak toevoegen"; "→ Verder" is at the bottom.
    fn enter(&mut self, ctx: &mut StepCtx) {
        let rows = self.rows(ctx.plan).len();
        self.row = self.row.min(rows - 1);
    }

    fn opened(&mut self, _plan: &Plan) {
        *self = TasksStep::default();
    }

    /// A task still being written is in the plan already, with no share of
    /// the week (so it moves no point) and the places its answers give.
    fn pending(&self, plan: &mut Plan) {
        let Some(own) = &self.own else { return };
        if own.tekst.trim().is_empty() {
            return;
        }
        plan.taken.push(own.as_task(3));
    }
}

#[cfg(test)]
mod tests;
