//! Step "Na het gesprek" (issue 19): what the employee and the manager
//! agreed, as one record (`[[verslag]]`). The record being written is the
//! last one while it is not fixed; it is in the plan from the first letter
//! and gone again when everything in it is wiped. Once both agree it is
//! fixed ("vastleggen") and shown read-only: only the done marks of its
//! agreements can still be ticked, and a later conversation is a new record.
//! Which of the two the step shows follows from the plan, apart from the
//! person's choice to start a new record.

pub mod fields;
pub mod typed;

use crate::model::keyword::Keyword;
use crate::model::plan::{KostenDoor, Plan, Verslag, Wie};
use crate::report::history::{date_words, parse_day};
use crate::tui::dialog::DialogKind;
use crate::tui::steps::Step;
use crate::tui::steps::component::{Outcome, StepCtx, View};
use crate::tui::steps::form::engine::form_state;
use crate::tui::steps::form::{
    ButtonId, ChecksId, ChoiceId, Field, FieldKind, Form, FormStep, RecordChoice, RecordText,
    TextId,
};
use typed::{Typed, describe, show_day, show_euros};

/// The record of a conversation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RecordStep {
    /// Focus and cursor.
    pub form: Form,
    /// Dates, hours and amounts as typed.
    pub typed: Typed,
    /// The person writes a new record after a fixed one.
    pub writing_new: bool,
}

/// Why a fixed record cannot be changed.
const LOCKED: &str = "Dit gesprek is vastgelegd en blijft zoals het is. Je kunt alleen \
                      aanvinken wat gedaan is.";

impl RecordStep {
    /// Whether the step shows the latest fixed record, read-only.
    pub fn shows_fixed(&self, plan: &Plan) -> bool {
        plan.open_record().is_none() && !self.writing_new && plan.latest_record().is_some()
    }

    /// The record on screen, if there is one yet.
    fn shown<'p>(&self, plan: &'p Plan) -> Option<&'p Verslag> {
        if self.shows_fixed(plan) {
            plan.latest_record()
        } else {
            plan.open_record()
        }
    }

    /// What cannot be read yet, in the person's words.
    fn unreadable(&self) -> Vec<String> {
        self.typed
            .unreadable()
            .map(|(id, text)| describe(id, text))
            .collect()
    }

    /// Why the record cannot be fixed yet, if it cannot.
    fn not_ready(&self, plan: &Plan) -> Option<String> {
        let Some(v) = plan.open_record() else {
            return Some("Er is nog niets ingevuld over dit gesprek.".into());
        };
        let unreadable = self.unreadable();
        if !unreadable.is_empty() {
            return Some(format!(
                "Dit klopt nog niet: {}. Verbeter het eerst, dan kun je vastleggen.",
                unreadable.join(", ")
            ));
        }
        let blank = v
            .afspraken
            .iter()
            .position(|a| a.wat.trim().is_empty() && !a.is_empty())?;
        Some(format!(
            "Bij afspraak {} staat nog niet wat jullie afspreken. Schrijf het op, of maak \
             de andere vakken ervan leeg.",
            blank + 1
        ))
    }

    /// The record as it is shown, for the texts of its fields.
    fn value(&self, plan: &Plan, id: RecordText) -> String {
        let action_day = |j: usize| {
            plan.acties
                .get(j)
                .and_then(|a| a.streefdatum.and_then(|d| d.date))
                .map(show_day)
                .unwrap_or_default()
        };
        let Some(v) = self.shown(plan) else {
            return match id {
                RecordText::Streefdatum(j) => action_day(j),
                _ => String::new(),
            };
        };
        let text = |t: &Option<String>| t.clone().unwrap_or_default();
        let agreement = |i: usize| v.afspraken.get(i);
        match id {
            RecordText::Datum => v.datum.map(show_day).unwrap_or_default(),
            RecordText::Streefdatum(j) => action_day(j),
            RecordText::Wat(i) => agreement(i).map(|a| a.wat.clone()).unwrap_or_default(),
            RecordText::Wanneer(i) => agreement(i)
                .and_then(|a| a.wanneer)
                .map(show_day)
                .unwrap_or_default(),
            RecordText::Uren => v.uren_per_maand.map(|n| n.to_string()).unwrap_or_default(),
            RecordText::Verlof => v.verlof_uren.map(|n| n.to_string()).unwrap_or_default(),
            RecordText::Kosten => v.kosten_bedrag.map(show_euros).unwrap_or_default(),
            RecordText::WerkgeverDoet => text(&v.werkgever_doet),
            RecordText::Werkzekerheid => text(&v.werkzekerheid),
            RecordText::Volgende => v.volgende_gesprek.map(show_day).unwrap_or_default(),
            RecordText::Verloop => text(&v.verloop),
        }
    }
}

impl FormStep for RecordStep {
    form_state!();

    fn fields(&self, plan: &Plan) -> Vec<Field> {
        if self.shows_fixed(plan) {
            fields::fixed(self, plan)
        } else {
            fields::open(plan)
        }
    }

    fn label(&self, plan: &Plan, field: &Field) -> String {
        fields::label(self, plan, field)
    }

    fn text(&self, plan: &Plan, id: TextId) -> String {
        let TextId::Record(r) = id else {
            return id.read(plan);
        };
        match self.typed.get(r) {
            Some(typed) if !self.shows_fixed(plan) => typed.to_string(),
            _ => self.value(plan, r),
        }
    }

    fn set_text(&mut self, plan: &mut Plan, id: TextId, value: String) {
        let TextId::Record(r) = id else {
            return id.write(plan, value);
        };
        if self.shows_fixed(plan) {
            return;
        }
        self.writing_new = true;
        if typed::kind_of(r).is_some() {
            self.typed.set(r, value.clone());
        }
        if let RecordText::Streefdatum(j) = r {
            if let Some(a) = plan.acties.get_mut(j) {
                a.streefdatum = crate::tui::steps::conversation::parse_dutch_date(&value);
            }
            return;
        }
        plan.change_open_record(|v| fields::store(v, r, value));
    }

    fn chosen_option(&self, plan: &Plan, id: ChoiceId) -> Option<usize> {
        let ChoiceId::Record(c) = id else {
            return id.read(plan);
        };
        let v = self.shown(plan);
        match c {
            RecordChoice::KostenDoor => v
                .and_then(|v| v.kosten_door)
                .and_then(|k| KostenDoor::ALL.iter().position(|x| *x == k)),
            RecordChoice::VerloopDelen => Some(usize::from(v.is_some_and(|v| v.verloop_delen))),
            RecordChoice::Wie(i) => v
                .and_then(|v| v.afspraken.get(i))
                .and_then(|a| a.wie)
                .and_then(|w| Wie::ALL.iter().position(|x| *x == w)),
        }
    }

    fn choose(&mut self, plan: &mut Plan, id: ChoiceId, option: usize) {
        let ChoiceId::Record(c) = id else {
            return id.write(plan, option);
        };
        if self.shows_fixed(plan) {
            return;
        }
        self.writing_new = true;
        plan.change_open_record(|v| match c {
            RecordChoice::KostenDoor => v.kosten_door = KostenDoor::ALL.get(option).copied(),
            RecordChoice::VerloopDelen => v.verloop_delen = option == 1,
            RecordChoice::Wie(i) => {
                if let Some(a) = v.afspraken.get_mut(i) {
                    a.wie = Wie::ALL.get(option).copied();
                }
            }
        });
    }

    fn check_rows(&self, plan: &Plan, id: ChecksId) -> Vec<(String, bool)> {
        fields::check_rows(self, plan, id)
    }

    fn toggle(&mut self, id: ChecksId, row: usize, ctx: &mut StepCtx) {
        match id {
            ChecksId::Done(i) => {
                if let Some(a) = ctx
                    .plan
                    .latest_record_mut()
                    .and_then(|v| v.afspraken.get_mut(i))
                {
                    a.klaar = !a.klaar;
                }
            }
            ChecksId::Agreed if !self.shows_fixed(ctx.plan) => {
                self.writing_new = true;
                if fields::toggle_agreed(ctx.plan, row) {
                    self.typed.forget(RecordText::Streefdatum(row));
                    ctx.info(
                        "De datum bij deze actie is weggehaald, omdat jullie de actie niet \
                         meer afspreken.",
                    );
                }
            }
            // The job tools are not on this step.
            ChecksId::Agreed | ChecksId::Tools => {}
        }
    }

    fn locked(&self, plan: &Plan, kind: FieldKind) -> Option<&'static str> {
        match kind {
            FieldKind::Checks(ChecksId::Done(_)) | FieldKind::Button(_) => None,
            FieldKind::Checks(ChecksId::Agreed) if self.shows_fixed(plan) => Some(
                "Een actie uit je plan vink je af bij Jouw plan (stap 6): kies de actie en \
                 druk op K.",
            ),
            _ if self.shows_fixed(plan) => Some(LOCKED),
            _ => None,
        }
    }

    fn press(&mut self, button: ButtonId, ctx: &mut StepCtx) -> Outcome {
        match button {
            ButtonId::Fix => match self.not_ready(ctx.plan) {
                Some(why) => {
                    ctx.error(why);
                    Outcome::Stay
                }
                None => Outcome::Ask(DialogKind::FixRecord),
            },
            ButtonId::NewRecord => {
                self.writing_new = true;
                self.form = Form::default();
                ctx.info("Vul hier in wat jullie nu afspreken.");
                Outcome::Stay
            }
            ButtonId::ToSummary => Outcome::GoTo(Step::Save),
            _ => Outcome::Stay,
        }
    }

    fn answered(&mut self, dialog: &DialogKind, choice: usize, ctx: &mut StepCtx) -> Outcome {
        if *dialog != DialogKind::FixRecord || choice != 0 || self.not_ready(ctx.plan).is_some() {
            return Outcome::Stay;
        }
        ctx.plan.change_open_record(|v| {
            v.afspraken.retain(|a| !a.is_empty());
            v.vastgelegd = true;
        });
        self.typed.clear();
        self.writing_new = false;
        self.form = Form::default();
        Outcome::Save
    }

    fn unstored(&self) -> Option<String> {
        let unreadable = self.unreadable();
        (!unreadable.is_empty()).then(|| unreadable.join(", "))
    }

    fn problem(&self, id: TextId) -> Option<String> {
        let TextId::Record(r) = id else {
            return None;
        };
        typed::problem(typed::kind_of(r)?, self.typed.get(r)?)
    }

    fn opened(&mut self, _plan: &Plan) {
        *self = RecordStep::default();
    }

    fn entered(&mut self, _ctx: &mut StepCtx) {
        self.typed.keep_unreadable();
    }

    fn intro(&self, view: &View) -> Vec<String> {
        let plan = view.plan;
        if self.shows_fixed(plan) {
            let when = plan
                .latest_record()
                .and_then(|v| v.datum)
                .map(|d| format!(" van {}", date_words(d)))
                .unwrap_or_default();
            let mut lines = vec![format!(
                "Jullie gesprek{when} is vastgelegd. Zo blijft bewaard wat jullie afspraken. \
                 Je kunt nog aanvinken wat gedaan is."
            )];
            if let Some(today) = parse_day(view.shared.today) {
                lines.extend(crate::report::agreements::overdue(plan, today));
            }
            return lines;
        }
        let first = if plan.besproken() {
            "Hebben jullie weer gepraat? Vul in wat jullie nu afspreken. Het vorige gesprek \
             blijft bewaard."
        } else {
            "Vul in wat je met je leidinggevende hebt afgesproken. Alles mag leeg blijven."
        };
        vec![
            first.into(),
            "Zijn jullie het eens? Kies dan onderaan 'Vastleggen'.".into(),
        ]
    }

    fn explanation(&self, view: &View, field: Field, _row: usize) -> String {
        fields::explanation(self.shows_fixed(view.plan), field)
    }

    fn help(&self, _view: &View) -> String {
        "Hier schrijf je op wat je na het gesprek met je leidinggevende hebt afgesproken. \
         Alles mag leeg blijven.\n\nZijn jullie het eens? Dan leg je het gesprek vast. \
         Daarna blijft het zoals het is: je kunt alleen nog aanvinken wat gedaan is. \
         Praten jullie later weer? Dan vul je een nieuw gesprek in. Het eerste blijft \
         bewaard."
            .into()
    }
}

#[cfg(test)]
mod tests;
