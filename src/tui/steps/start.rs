//! Step "Welkom": what kwadrant does in a few lines; go back to the plan
//! that is open, start a new plan, or type the name of a saved one to
//! continue it.

use std::path::Path;

use crate::model::plan::Plan;
use crate::tui::steps::Step;
use crate::tui::steps::component::{Outcome, StepCtx, View};
use crate::tui::steps::form::engine::form_state;
use crate::tui::steps::form::engine::set_focus;
use crate::tui::steps::form::{ButtonId, Field, FieldKind, Form, FormFocus, FormStep, TextId};

/// The start screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StartStep {
    /// Focus and cursor.
    pub form: Form,
    /// The field for a file name is shown, under the button at this index
    /// (Esc goes back to that button).
    pub opening: Option<usize>,
    /// The typed file name.
    pub open_path: String,
}

/// A plan is open (something was typed, or a plan was opened): the first
/// button goes back to it.
fn in_progress(plan: &Plan) -> bool {
    *plan != Plan::default()
}

impl FormStep for StartStep {
    form_state!();

    fn fields(&self, plan: &Plan) -> Vec<Field> {
        let mut f = Vec::new();
        if in_progress(plan) {
            f.push(Field::button(ButtonId::Continue));
        }
        f.push(Field::button(ButtonId::NewPlan));
        f.push(Field::button(ButtonId::ShowOpen));
        if self.opening.is_some() {
            f.push(Field::text(
                "Naam van het bestand (bijvoorbeeld groeiplan-sanne-2026-11-23.toml)",
                TextId::OpenPath,
            ));
            f.push(Field::button(ButtonId::Open));
        }
        f
    }

    fn text(&self, plan: &Plan, id: TextId) -> String {
        match id {
            TextId::OpenPath => self.open_path.clone(),
            _ => id.read(plan),
        }
    }

    fn set_text(&mut self, plan: &mut Plan, id: TextId, value: String) {
        match id {
            TextId::OpenPath => self.open_path = value,
            _ => id.write(plan, value),
        }
    }

    fn press(&mut self, button: ButtonId, ctx: &mut StepCtx) -> Outcome {
        match button {
            ButtonId::Continue => Outcome::GoTo(Step::first_incomplete(ctx.plan)),
            ButtonId::NewPlan => Outcome::NewPlan,
            ButtonId::ShowOpen => {
                let at = self.form.focus.field;
                self.opening = Some(at);
                set_focus(
                    self,
                    FormFocus {
                        field: at + 1,
                        row: 0,
                    },
                );
                Outcome::Stay
            }
            ButtonId::Open => {
                let typed = self.open_path.trim();
                if typed.is_empty() {
                    ctx.error("Typ eerst de naam van het bestand.");
                    return Outcome::Stay;
                }
                let path = Path::new(typed);
                if path.is_absolute() {
                    Outcome::Open(path.to_path_buf())
                } else {
                    Outcome::Open(ctx.shared.dir.join(path))
                }
            }
            _ => Outcome::Stay,
        }
    }

    fn back(&mut self) -> Outcome {
        if let Some(field) = self.opening.take() {
            set_focus(self, FormFocus { field, row: 0 });
            Outcome::Stay
        } else {
            Outcome::Back
        }
    }

    /// Coming back to Welkom starts at the first button: "Terug naar je
    /// plan" while a plan is open, so Enter loses nothing.
    fn entered(&mut self, _ctx: &mut StepCtx) {
        self.opening = None;
        set_focus(self, FormFocus { field: 0, row: 0 });
    }

    fn intro(&self, _view: &View) -> Vec<String> {
        vec![
            "Welkom bij kwadrant.".into(),
            "Je kijkt hoe jouw werk verandert door computers en AI.".into(),
            "AI is slimme software. Die kan bijvoorbeeld teksten schrijven of vragen beantwoorden."
                .into(),
            "Je ziet waar jouw werk staat, naast andere functies bij gemeenten.".into(),
            "Daarna maak je een groeiplan om te bespreken met je leidinggevende.".into(),
        ]
    }

    fn intro_is_title(&self) -> bool {
        true
    }

    fn explanation(&self, _view: &View, field: Field, _row: usize) -> String {
        match field.kind {
            FieldKind::Text(TextId::OpenPath) => "Typ de naam van je plan, zoals die op het \
                 papiertje van je coach staat. Een plan staat in de map waar kwadrant werkt."
                .into(),
            FieldKind::Button(ButtonId::Continue) => {
                "Ga terug naar het plan dat nu open is. Er gaat niets verloren.".into()
            }
            FieldKind::Button(ButtonId::NewPlan) => "Begin met een leeg plan.".into(),
            FieldKind::Button(ButtonId::ShowOpen) => {
                "Ga verder met een plan dat je eerder hebt opgeslagen.".into()
            }
            _ => String::new(),
        }
    }

    fn help(&self, view: &View) -> String {
        let back = if in_progress(view.plan) {
            "Kwam je hier per ongeluk? Kies 'Terug naar je plan': er gaat niets verloren.\n\n"
        } else {
            ""
        };
        format!(
            "kwadrant helpt je na te denken over je werk en over wat je wilt leren.\n\n\
             {back}Kies 'Nieuw plan maken' en druk op Enter. Heb je al een plan? Kies dan \
             'Verder met een opgeslagen plan' en typ de naam van het bestand."
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::steps::testing::Harness;

    #[test]
    fn the_second_button_shows_a_field_for_the_file_name() {
        let mut h = Harness::new(StartStep::default());
        h.keys(&["Down", "Enter"]);
        assert!(h.step.opening.is_some());
        assert_eq!(h.step.form.focus, FormFocus { field: 2, row: 0 });
        h.keys(&["plan.toml", "Enter"]);
        assert_eq!(
            h.last,
            Outcome::Open(Path::new("/plannen").join("plan.toml"))
        );
        assert!(h.screen().contains("› plan.toml"), "{}", h.screen());
        h.keys(&["Esc"]);
        assert!(h.step.opening.is_none());
        assert_eq!(h.step.form.focus, FormFocus { field: 1, row: 0 });
    }

    #[test]
    fn an_empty_file_name_is_refused_with_a_reason() {
        let mut h = Harness::new(StartStep::default());
        h.keys(&["Down", "Enter", "Enter"]);
        assert_eq!(h.last, Outcome::Stay);
        assert!(h.notice_text().contains("Typ eerst de naam"));
    }

    #[test]
    fn with_a_plan_open_the_first_button_goes_back_to_it() {
        let mut plan = Plan::default();
        plan.medewerker.functie = Some("Medewerker beleidsuitvoering".into());
        let mut h = Harness::with_plan(StartStep::default(), plan);
        h.enter();
        assert!(
            h.screen().contains("› [ Terug naar je plan ]"),
            "{}",
            h.screen()
        );
        // Enter, the first thing a worried person presses, loses nothing.
        h.keys(&["Enter"]);
        assert_eq!(h.last, Outcome::GoTo(Step::About));
        // The field for a file name still comes under the third button.
        h.keys(&["Down", "Down", "Enter"]);
        assert!(h.step.opening.is_some());
        assert_eq!(h.step.form.focus, FormFocus { field: 3, row: 0 });
        h.keys(&["Esc"]);
        assert_eq!(h.step.form.focus, FormFocus { field: 2, row: 0 });
        h.assert_footer_is_honest();
    }

    #[test]
    fn without_a_plan_there_is_nothing_to_go_back_to() {
        let mut h = Harness::new(StartStep::default());
        h.enter();
        assert!(!h.screen().contains("Terug naar je plan"), "{}", h.screen());
    }

    #[test]
    fn new_plan_asks_the_app_for_an_empty_plan() {
        let mut h = Harness::new(StartStep::default());
        h.keys(&["Enter"]);
        assert_eq!(h.last, Outcome::NewPlan);
        h.assert_footer_is_honest();
    }
}
